"""/admin/documents: the careers office's documents page and its JSON API, behind the admin door (bot/web/admin.py).

Owns the routes; bot/office/documents.py does the work. The JSON API is in the OpenAPI schema (tag "documents");
every route, the page and its script included, answers 401 (or 429) before anything else without the admin token.
The chat's title, introduction and starters are set here too (GET/PUT /admin/branding; bot/office/branding.py).
Uploads are multipart (one or many files, field ``files``); each file is checked on its own and reported with its
own message, a bad one changes nothing, and when at least one went in a re-index starts in the background.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from fastapi import APIRouter, File, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, ValidationError

from bot.config import Settings
from bot.errors import BadInput, CareerbotError
from bot.office import branding
from bot.office.documents import DocumentOffice
from bot.web.admin import NO_STORE, make_door, who

PAGE = Path(__file__).resolve().parent / "static" / "documents.html"
SCRIPT = Path(__file__).resolve().parent / "static" / "documents.js"
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
REFUSED: dict[int | str, dict[str, Any]] = {
    401: {"description": "No admin token, or a wrong one"},
    429: {"description": "Too many failed sign-ins; wait"},
}


M = TypeVar("M", bound=BaseModel)


class BrandingIn(BaseModel):
    """What staff choose for the chat; an empty value means the default drawn from the documents."""

    title: str = ""
    intro: str = ""
    starters: list[str] = []


class WebsiteIn(BaseModel):
    """The website to keep in sync: a sitemap URL, or page URLs (each http:// or https://)."""

    urls: list[str]


def json_body(model: type[BaseModel]) -> dict[str, Any]:
    """The OpenAPI request body of a route that reads its JSON itself, after the admin door."""
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": model.model_json_schema()}}}}


async def _parse(request: Request, model: type[M]) -> M:
    try:
        return model.model_validate(await request.json())
    except (ValueError, ValidationError) as exc:
        raise BadInput(f"The request body is not what this route takes: {str(exc).splitlines()[0]}") from None


def _error(message: str, status: int = 400) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=NO_STORE)


def make_documents_router(settings: Settings, office: DocumentOffice) -> APIRouter | None:
    """The documents routes, or None without an admin token (then they do not exist, like /admin/insights)."""
    door = make_door(settings)
    if door is None:
        return None
    router = APIRouter(tags=["documents"], responses=REFUSED)
    limit = settings.max_upload_mb * 1024 * 1024

    def state() -> dict[str, Any]:
        audit = office.store.audit_log() if office.store is not None else []
        return {
            "documents": office.listing(),
            "job": office.job.to_json(),
            "versions": office.versions(),
            "audit": audit,
            "max_upload_mb": settings.max_upload_mb,
        }

    @router.get("/admin/documents", include_in_schema=False)
    def page(request: Request) -> Response:
        refused = door(request)
        return refused or HTMLResponse(
            PAGE.read_text(encoding="utf-8"), headers={**NO_STORE, "Content-Security-Policy": PAGE_CSP}
        )

    @router.get("/admin/documents.js", include_in_schema=False)
    def script(request: Request) -> Response:
        refused = door(request)
        return refused or Response(SCRIPT.read_text(encoding="utf-8"), media_type="text/javascript", headers=NO_STORE)

    @router.get(
        "/admin/documents.json", summary="Documents, their status, what careerbot read, the re-index and the audit log"
    )
    def listing(request: Request) -> Response:
        return door(request) or JSONResponse(state(), headers=NO_STORE)

    @router.get("/admin/documents/status", summary="The re-index in progress and the live index version")
    def status(request: Request) -> Response:
        return door(request) or JSONResponse(
            {"job": office.job.to_json(), "versions": office.versions()}, headers=NO_STORE
        )

    async def _take(request: Request, files: list[UploadFile], only: str | None = None) -> Response:
        results, added = [], 0
        for upload in files:
            name = only or upload.filename or ""
            data = await upload.read(limit + 1)
            try:
                if only is not None and not (office.folder / only).is_file():
                    raise BadInput(f"{only}: there is no such document to replace; upload it instead.")
                read = office.add(name, data, who(request))
                results.append({"name": name, "ok": True, "read": read})
                added += 1
            except CareerbotError as exc:
                results.append({"name": name, "ok": False, "error": str(exc)})
        if added:
            office.start_reindex()
        body = {"results": results, "job": office.job.to_json()}
        return JSONResponse(body, status_code=200 if added else 400, headers=NO_STORE)

    @router.post("/admin/documents", summary="Upload one or many documents (multipart field `files`); re-index")
    async def upload(request: Request, files: list[UploadFile] = File(...)) -> Response:
        return door(request) or await _take(request, files)

    @router.put("/admin/documents/{name}", summary="Replace a document with a new version (multipart field `files`)")
    async def replace(request: Request, name: str, files: list[UploadFile] = File(...)) -> Response:
        return door(request) or await _take(request, files[:1], only=name)

    @router.delete("/admin/documents/{name}", summary="Delete a document; re-index")
    def delete(request: Request, name: str) -> Response:
        refused = door(request)
        if refused:
            return refused
        try:
            office.delete(name, who(request))
        except CareerbotError as exc:
            return _error(str(exc), 404 if "no such" in str(exc) else 400)
        office.start_reindex()
        return JSONResponse({"deleted": name, "job": office.job.to_json()}, headers=NO_STORE)

    @router.post("/admin/documents/rollback", summary="Make the previous index version live again")
    def rollback(request: Request) -> Response:
        refused = door(request)
        if refused:
            return refused
        if office.job.to_json()["running"]:
            return _error("A re-index is running; roll back when it has finished.", 409)
        try:
            version = office.rollback(who(request))
        except CareerbotError as exc:
            return _error(str(exc))
        return JSONResponse({"live": version, "versions": office.versions()}, headers=NO_STORE)

    @router.get("/admin/branding", summary="The chat's title, introduction and starters (staff's and the defaults)")
    def get_branding(request: Request) -> Response:
        return door(request) or JSONResponse(_branding(), headers=NO_STORE)

    @router.put(
        "/admin/branding",
        summary="Set the chat's title, introduction and starter questions (empty: default)",
        openapi_extra=json_body(BrandingIn),
    )
    async def put_branding(request: Request) -> Response:
        refused = door(request)
        if refused:
            return refused
        try:
            choice = await _parse(request, BrandingIn)
            branding.save(settings, choice.title, choice.intro, choice.starters)
        except CareerbotError as exc:
            return _error(str(exc))
        if office.store is not None:
            office.store.audit(who(request), "settings", "(chat page)", f"title {choice.title.strip()!r}")
        return JSONResponse(_branding(), headers=NO_STORE)

    @router.get("/admin/website", summary="The website sync: its sources and each page's status from the last sync")
    def website(request: Request) -> Response:
        return door(request) or JSONResponse(office.website() | {"job": office.job.to_json()}, headers=NO_STORE)

    @router.post(
        "/admin/website",
        summary="Sync the website now (a sitemap URL or page URLs); re-index what changed",
        openapi_extra=json_body(WebsiteIn),
        status_code=202,
    )
    async def sync_website(request: Request) -> Response:
        refused = door(request)  # before the body is read: a stranger learns nothing, not even a 422
        if refused:
            return refused
        try:
            sync = await _parse(request, WebsiteIn)
            job = office.start_crawl(sync.urls, who(request))
        except CareerbotError as exc:
            return _error(str(exc))
        return JSONResponse({"job": job.to_json()}, status_code=202, headers=NO_STORE)

    def _branding() -> dict[str, Any]:
        return {"saved": branding.saved(settings).to_json(), "shown": branding.current(settings).to_json()}

    @router.get("/admin/documents/{name}/preview", summary="A document's chunks as careerbot cites them")
    def preview(request: Request, name: str) -> Response:
        refused = door(request)
        if refused:
            return refused
        try:
            return JSONResponse({"name": name, "chunks": office.preview(name)}, headers=NO_STORE)
        except CareerbotError as exc:
            return _error(str(exc))

    return router
