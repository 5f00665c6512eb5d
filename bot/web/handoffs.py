"""POST /api/handoff, POST /api/transcript/email, and the staff page /admin/handoffs.

Owns the routes; bot/office/handoffs.py does the work (store, office email, retries). /api/handoff exists when the
office set both CAREERBOT_HANDOFF_EMAIL and CAREERBOT_SMTP_URL; /api/transcript/email when CAREERBOT_SMTP_URL is set;
/admin/handoffs when the admin token is set (the door of bot/web/admin.py). Every text on the staff page is
HTML-escaped, and the page's CSP runs no script. "Mark done" is a plain form POST (a browser sends its Basic
credentials with it), so it is accepted only from this site's own pages: a POST whose Origin names another site is
refused (403), which keeps a foreign page from marking hand-offs done through a signed-in browser.

Bad input answers 400 with ``error`` (one line) and ``fields`` (a message per bad field: name, email, consent), so
the page and the widget show each message next to its field. Only well-formed requests count against
CAREERBOT_MAIL_RATE_LIMIT (per client IP and per session), so correcting a typo never locks a student out; past it,
429 with a sentence and Retry-After.
"""

from __future__ import annotations

import html
import logging
from datetime import date
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy.exc import SQLAlchemyError

from bot.config import Settings
from bot.errors import BadInput
from bot.office.handoffs import FIELD_ERRORS, Handoff, HandoffDesk, check_form
from bot.office.mail import MailError
from bot.office.transcript import transcript_markdown
from bot.web.admin import NO_STORE, make_door, who
from bot.web.api import ERRORS, ApiError, Deps, TranscriptRequest, TranscriptTurn, client_ip, transcript_exchanges
from bot.web.ratelimit import RateLimiter, limiter_secret
from bot.web.security import is_same_origin
from bot.web.widget import safe_url

log = logging.getLogger(__name__)
NOT_RECEIVED = (
    "Sorry: your request could not be saved or sent right now, so the careers office does not have it. "
    "Please try again in a few minutes."
)
NOT_EMAILED = (
    "Sorry: the email could not be sent right now. Please try again later, or download the conversation instead."
)
OLDEST_FIRST = "The conversation, oldest first."
PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"


class HandoffRequest(BaseModel):
    name: str = Field("", max_length=1000, description="The student's name.")
    email: str = Field("", max_length=1000, description="Where the adviser replies.")
    note: str = Field("", max_length=2000, description="Optional: what the student wants to talk about.")
    consent: bool = Field(False, description="The student agreed to share the conversation with the careers office.")
    turns: list[TranscriptTurn] = Field(default_factory=list, max_length=200, description=OLDEST_FIRST)
    session_id: str | None = Field(None, max_length=128)


class HandoffResponse(BaseModel):
    id: int | None = Field(description="The hand-off's number (None if it was emailed while the database was down).")
    sent: bool = Field(description="Emailed to the office now (else stored and retried).")
    message: str = Field(description="What happens next, for the student.")


class EmailRequest(BaseModel):
    email: str = Field("", max_length=1000, description="Where to send the conversation.")
    turns: list[TranscriptTurn] = Field(default_factory=list, max_length=200, description=OLDEST_FIRST)
    session_id: str | None = Field(None, max_length=128)


class EmailResponse(BaseModel):
    message: str


def install_handoffs(app: Any, deps: Deps) -> None:
    """Add the hand-off, email and staff routes that the settings turn on."""
    desk: HandoffDesk = deps.desk
    limiter = mail_limiter(deps.settings)
    if desk.form_enabled:
        app.include_router(handoff_router(deps, desk, limiter))
    if desk.email_enabled:
        app.include_router(email_router(deps, desk, limiter))
    staff = staff_router(deps, desk)
    if staff is not None:
        app.include_router(staff)


def mail_limiter(settings: Settings) -> RateLimiter:
    """The CAREERBOT_MAIL_RATE_LIMIT counter (per client address and per session): hand-offs and transcript emails."""
    return RateLimiter(
        settings.mail_rate_limit, settings.rate_limit_storage, limiter_secret(settings), namespace="careerbot-mail"
    )


def field_errors(fields: dict[str, str]) -> ApiError:
    return ApiError(400, "Please correct the form: " + " ".join(fields.values()), fields=fields)


def count_one(limiter: RateLimiter, request: Request, session_id: str | None) -> None:
    verdict = limiter.hit(client_ip(request), session_id)
    if not verdict.allowed:
        message = f"Too many requests from here. Please wait {verdict.retry_after} seconds and try again."
        raise ApiError(429, message, {"Retry-After": str(verdict.retry_after)})


def markdown_of(turns: list[TranscriptTurn], deps: Deps, adviser_url: str) -> str | None:
    """The transcript of ``turns`` (None when there is none), within the chat's own limits."""
    if not turns:
        return None
    exchanges = transcript_exchanges(TranscriptRequest(turns=turns), deps.settings)
    return transcript_markdown(exchanges, date.today(), adviser_url)


def handoff_router(deps: Deps, desk: HandoffDesk, limiter: RateLimiter) -> APIRouter:
    router = APIRouter()

    @router.post("/api/handoff", response_model=HandoffResponse, responses=ERRORS, tags=["handoff"])
    def handoff(body: HandoffRequest, request: Request) -> HandoffResponse:
        """Ask for a careers adviser: the student's name, email, optional note and consent, with the conversation.
        Stored, then emailed to the office; if the mail server is down it is kept and retried."""
        form, fields = check_form(body.name, body.email, body.note, body.consent)
        if form is None:
            raise field_errors(fields)
        transcript = markdown_of(body.turns, deps, "")
        count_one(limiter, request, body.session_id)
        try:
            receipt = desk.submit(form, transcript)
        except MailError as exc:
            log.error("hand-off lost: database and mail server both unavailable (%s)", exc)
            raise ApiError(503, NOT_RECEIVED) from exc
        return HandoffResponse(id=receipt.id, sent=receipt.sent, message=receipt.message)

    return router


def email_router(deps: Deps, desk: HandoffDesk, limiter: RateLimiter) -> APIRouter:
    router = APIRouter()

    @router.post("/api/transcript/email", response_model=EmailResponse, responses=ERRORS, tags=["chat"])
    def email_me(body: EmailRequest, request: Request) -> EmailResponse:
        """Email the conversation to the address the student typed (the Markdown transcript, in the message and
        attached). Nothing is stored."""
        if not body.turns:
            raise BadInput("There is nothing to send yet: ask a question first.")
        from bot.office.mail import check_address

        address = check_address(body.email)
        if address is None:
            raise field_errors({"email": FIELD_ERRORS["email"]})
        transcript = markdown_of(body.turns, deps, safe_url(deps.settings.handoff_url)) or ""
        count_one(limiter, request, body.session_id)
        try:
            desk.email_transcript(address, transcript, date.today())
        except MailError as exc:
            log.warning("transcript not emailed: %s", exc)
            raise ApiError(503, NOT_EMAILED) from exc
        return EmailResponse(message=f"Sent the conversation to {address}.")

    return router


def staff_router(deps: Deps, desk: HandoffDesk) -> APIRouter | None:
    door = make_door(deps.settings)
    if door is None:
        return None
    router = APIRouter(include_in_schema=False)

    @router.get("/admin/handoffs")
    def page(request: Request) -> Response:
        refused = door(request)
        if refused is not None:
            return refused
        try:
            rows = desk.store.listing() if desk.store is not None else []
        except SQLAlchemyError as exc:
            log.warning("hand-offs page: database unavailable: %s", exc)
            return HTMLResponse(
                render_page([], deps.settings.retention_days, desk, NOT_LISTED),
                status_code=503,
                headers={**NO_STORE, "Content-Security-Policy": PAGE_CSP},
            )
        return HTMLResponse(
            render_page(rows, deps.settings.retention_days, desk),
            headers={**NO_STORE, "Content-Security-Policy": PAGE_CSP},
        )

    @router.post("/admin/handoffs/{handoff_id}/done")
    def done(handoff_id: int, request: Request) -> Response:
        refused = door(request)
        if refused is not None:
            return refused
        origin = request.headers.get("origin")
        if origin and origin != "null" and not is_same_origin(origin, request.headers.get("host")):
            return JSONResponse(
                {"error": "Hand-offs can be marked done only from this site's own admin page."},
                status_code=403,
                headers=NO_STORE,
            )
        if desk.store is None or not desk.store.mark_done(handoff_id, who(request)):
            return JSONResponse({"error": f"There is no hand-off #{handoff_id}."}, status_code=404, headers=NO_STORE)
        return RedirectResponse(f"/admin/handoffs#handoff-{handoff_id}", status_code=303, headers=NO_STORE)

    return router


NOT_LISTED = "The hand-off database is unavailable right now, so nothing can be listed. Reload in a minute."
STYLE = """body{font:15px/1.5 system-ui,sans-serif;color:#1f2937;max-width:60rem;margin:0 auto;padding:1rem}
article{border:1px solid #9ca3af;border-radius:8px;padding:.5rem 1rem;margin:1rem 0}
.done{background:#f3f4f6}.unsent{color:#991b1b;font-weight:600}.sent{color:#166534;font-weight:600}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f9fafb;padding:.5rem;border:1px solid #e5e7eb}
button{font:inherit;min-height:32px;padding:0 .8rem;cursor:pointer}
summary{cursor:pointer;min-height:24px}
:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}"""


def render_page(rows: list[Handoff], retention_days: int, desk: HandoffDesk, problem: str = "") -> str:
    """The staff page; every value is escaped."""
    e = html.escape
    if not desk.form_enabled:
        intro = (
            "Hand-offs are off: set CAREERBOT_HANDOFF_EMAIL and CAREERBOT_SMTP_URL to offer students the form. "
            "Earlier hand-offs stay listed until the retention period ends."
        )
    else:
        intro = f"Students' requests to talk to an adviser, newest first. Each is emailed to {desk.office}."
    body = [
        f"<h1>Hand-offs to an adviser</h1><p>{e(intro)}</p>",
        f"<p>Hand-offs are deleted {retention_days} days after they were made (CAREERBOT_RETENTION_DAYS), "
        "done or not.</p>",
    ]
    if problem:
        body.append(f'<p role="alert">{e(problem)}</p>')
    elif not rows:
        body.append("<p>No hand-offs yet.</p>")
    body += [handoff_html(h) for h in rows]
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>careerbot: hand-offs</title><style>{STYLE}</style></head><body><main>"
        + "".join(body)
        + "</main></body></html>"
    )


def handoff_html(h: Handoff) -> str:
    e = html.escape
    when = h.created_at.strftime("%Y-%m-%d %H:%M UTC") if h.created_at else ""
    if h.sent_at is not None:
        status = '<span class="sent">Emailed to the office</span>'
    else:
        tried = f" after {h.attempts} attempt(s): {e(h.last_error or '')}" if h.attempts else ""
        status = f'<span class="unsent">Not emailed yet (retrying){tried}</span>'
    if h.done_at is not None:
        action = f"<p>Done {e(h.done_at.strftime('%Y-%m-%d %H:%M UTC'))} by {e(h.done_by or '')}.</p>"
    else:
        action = (
            f'<form method="post" action="/admin/handoffs/{h.id}/done"><button type="submit" '
            f'aria-label="Mark hand-off {h.id} done">Mark done</button></form>'
        )
    state = "done" if h.done_at else "open"
    return (
        f'<article id="handoff-{h.id}" class="{state}" aria-labelledby="handoff-{h.id}-title">'
        f'<h2 id="handoff-{h.id}-title">#{h.id} {e(h.name)}</h2>'
        f'<p>{e(when)} · <a href="mailto:{e(h.email, quote=True)}">{e(h.email)}</a> · {status}</p>'
        f"<h3>Note</h3><p>{e(h.note) if h.note else '(none)'}</p>"
        f"<details><summary>The conversation</summary><pre>{e(h.transcript)}</pre></details>{action}</article>"
    )
