"""GET /admin/insights (HTML) and /admin/insights.json: the careers office's view, behind CAREERBOT_ADMIN_TOKEN.

Owns the admin routes and their door. The routes are added only when
``settings.admin_token`` is set: without it they do not exist (404). The
token is accepted as ``Authorization: Bearer TOKEN`` (scripts) or as the
password of HTTP Basic auth (a browser's login prompt; any user name). A
wrong or missing token gets 401; failed attempts are counted per client
(keyed hash, as every rate limit) and past ``ADMIN_FAILURES`` the client gets
429 until the window passes, even with the right token. Tokens are compared
in constant time.
"""

from __future__ import annotations

import base64
import binascii
import hmac
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

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


def make_admin_router(settings: Settings, store: Any, runtime: Any) -> APIRouter | None:
    """The admin routes, or None when no admin token is configured (then they do not exist)."""
    if settings.admin_token is None:
        return None
    token = settings.admin_token.get_secret_value().strip().encode()
    failures = RateLimiter(ADMIN_FAILURES, settings.rate_limit_storage, limiter_secret(settings), namespace="careerbot-admin")
    router = APIRouter(include_in_schema=False)

    def door(request: Request) -> Response | None:
        """None when the request may see the insights; else the 429 or 401 response."""
        ip = request.client.host if request.client else None
        waiting = failures.peek(ip)
        if not waiting.allowed:
            return JSONResponse({"error": waiting.message}, status_code=429, headers={"Retry-After": str(waiting.retry_after), **NO_STORE})
        given = presented_token(request.headers.get("authorization"))
        if given is not None and hmac.compare_digest(given.encode(), token):
            return None
        failures.hit(ip, None)
        return JSONResponse({"error": "This page needs the admin token: send Authorization: Bearer <CAREERBOT_ADMIN_TOKEN>."},
                            status_code=401, headers=CHALLENGE)

    def insights():
        from bot.office.insights import build

        return build(store.questions.entries(), store.records(), runtime.retriever.embedder.embed, settings.office_timezone)

    @router.get("/admin/insights")
    def insights_page(request: Request) -> Response:
        refused = door(request)
        if refused is not None:
            return refused
        from bot.office.insights_html import render

        return HTMLResponse(render(insights()), headers=NO_STORE)

    @router.get("/admin/insights.json")
    def insights_json(request: Request) -> Response:
        refused = door(request)
        return refused if refused is not None else JSONResponse(insights().to_json(), headers=NO_STORE)

    return router
