"""GET /admin/insights (HTML) and /admin/insights.json: the careers office's view, behind CAREERBOT_ADMIN_TOKEN.

Owns the admin routes and their door. The routes are added only when
``settings.admin_token`` is set or the university's sign-on is (below): without
either they do not exist (404). The token is accepted as ``Authorization:
Bearer TOKEN`` (scripts) or as the password of HTTP Basic auth (a browser's
login prompt; any user name). Sign-on: a reverse proxy in front of careerbot
signs staff in and names the user in ``settings.admin_user_header``; the header
is read only when the request's direct peer (remembered by ``RememberPeer``
before X-Forwarded-For replaces it) is one of ``settings.trusted_proxies``,
and the user must be in ``settings.admins``, else 403. A wrong or missing
token (and no trusted user) gets 401; failed attempts are counted per client
(keyed hash, as every rate limit) and past ``ADMIN_FAILURES`` the client gets
429 until the window passes, even with the right token. Tokens are compared
in constant time.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import ipaddress
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from bot.config import Settings
from bot.web.ratelimit import RateLimiter, limiter_secret

ADMIN_FAILURES = "5/minute"
NO_STORE = {"Cache-Control": "no-store"}
CHALLENGE = {"WWW-Authenticate": 'Basic realm="careerbot admin", charset="UTF-8"', **NO_STORE}


def presented_token(header: str | None) -> str | None:
    """The token in an Authorization header (Bearer, or Basic's password), or None."""
    if not header:
        return None
    scheme, _, value = header.strip().partition(" ")
    if scheme.lower() == "bearer":
        return value.strip() or None
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return None
        return decoded.partition(":")[2] or None
    return None


PEER = "careerbot.peer"  # the scope key holding the direct peer's address (set by RememberPeer)


class RememberPeer:
    """Keeps the direct peer's address in the scope before ProxyHeadersMiddleware replaces the client with
    X-Forwarded-For's: the sign-on header is trusted only from a proxy, which is the direct peer, not the client."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket") and scope.get("client"):
            scope[PEER] = scope["client"][0]
        await self.app(scope, receive, send)


def _in_networks(address: str | None, networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address or "")
    except ValueError:
        return False
    return any(ip in net for net in networks)


def signed_on_user(request: Request, settings: Settings) -> str | None:
    """The user the sign-on proxy names in ``admin_user_header``, or None: no header configured, none sent,
    or the request did not come straight from a trusted proxy (then a header is anyone's claim and is ignored)."""
    name = settings.admin_user_header.strip()
    if not name:
        return None
    networks = [ipaddress.ip_network(p, strict=False) for p in settings.proxies]
    peer = request.scope.get(PEER) or (request.client.host if request.client else None)
    if not _in_networks(peer, networks):
        return None
    user = (request.headers.get(name) or "").strip()
    return user[:200] or None


def who(request: Request) -> str:
    """Who made a change, for the audit log: the signed-on user, else the Basic user name, with how they signed in."""
    signed_on = getattr(request.state, "admin_user", None)
    if signed_on:
        return f"{signed_on} (sign-on)"
    header = (request.headers.get("authorization") or "").strip()
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "basic":
        try:
            user = base64.b64decode(value.strip(), validate=True).decode("utf-8").partition(":")[0].strip()
        except (binascii.Error, UnicodeDecodeError):
            user = ""
        if user:
            return f"{user[:100]} (admin token)"
    return "admin token"


def make_door(settings: Settings) -> Callable[[Request], Response | None] | None:
    """The admin door: ``door(request)`` is None when the request may pass, else the 429, 403 or 401 response.
    None when neither an admin token nor the sign-on header is configured (then the admin routes do not exist)."""
    sign_on = bool(settings.admin_user_header.strip())
    if settings.admin_token is None and not sign_on:
        return None
    secret = settings.admin_token
    token = secret.get_secret_value().strip().encode() if secret is not None else None
    failures = RateLimiter(
        ADMIN_FAILURES, settings.rate_limit_storage, limiter_secret(settings), namespace="careerbot-admin"
    )
    staff = settings.staff
    how = (
        "sign in through the university's sign-on" if sign_on else "send Authorization: Bearer <CAREERBOT_ADMIN_TOKEN>"
    )

    def door(request: Request) -> Response | None:
        ip = request.client.host if request.client else None
        waiting = failures.peek(ip)
        if not waiting.allowed:
            return JSONResponse(
                {"error": waiting.message},
                status_code=429,
                headers={"Retry-After": str(waiting.retry_after), **NO_STORE},
            )
        given = presented_token(request.headers.get("authorization"))
        if token is not None and given is not None and hmac.compare_digest(given.encode(), token):
            return None
        user = signed_on_user(request, settings)
        if user is not None:
            if user.lower() in staff:
                request.state.admin_user = user
                return None
            return JSONResponse(
                {
                    "error": f"You are signed in as {user}, who is not on careerbot's staff list "
                    "(CAREERBOT_ADMINS); ask the careers office to add you."
                },
                status_code=403,
                headers=NO_STORE,
            )
        failures.hit(ip, None)
        return JSONResponse(
            {"error": f"This page is for careers office staff: {how}."},
            status_code=401,
            headers=CHALLENGE if token is not None else NO_STORE,
        )

    return door


def make_admin_router(
    settings: Settings, store: Any, runtime: Any, page_parts: Callable[[Any], dict[str, Any]] | None = None
) -> APIRouter | None:
    """The admin routes, or None when no admin door is configured (then they do not exist). ``page_parts(insights)``:
    what the insights page adds (the staff-note form, bot/web/corrections.py), as keyword arguments of ``render``."""
    door = make_door(settings)
    if door is None:
        return None
    router = APIRouter(include_in_schema=False)

    def insights():
        from bot.office.insights import build

        return build(
            store.questions.entries(), store.records(), runtime.retriever.embedder.embed, settings.office_timezone
        )

    @router.get("/admin/insights")
    def insights_page(request: Request) -> Response:
        refused = door(request)
        if refused is not None:
            return refused
        from bot.office.insights_html import render

        data = insights()
        return HTMLResponse(render(data, **(page_parts(data) if page_parts else {})), headers=NO_STORE)

    @router.get("/admin/insights.json")
    def insights_json(request: Request) -> Response:
        refused = door(request)
        return refused if refused is not None else JSONResponse(insights().to_json(), headers=NO_STORE)

    return router
