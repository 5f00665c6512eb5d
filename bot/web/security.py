"""Who may embed careerbot and call its API: CORS on /api/*, CSP frame-ancestors on /embed.

Owns one ASGI middleware. ``settings.origins`` lists the foreign sites
allowed; an empty list means same origin only.
- /api/*: a request whose Origin is neither this site nor allowed gets 403
  (so even a "simple" cross-site POST is not answered); allowed origins get
  CORS headers (Starlette's CORSMiddleware, scoped to /api/*).
- /embed: ``Content-Security-Policy`` with ``frame-ancestors 'self' <origins>``
  plus a strict script/style/connect policy; every other page gets
  ``frame-ancestors 'self'`` so the full chat cannot be framed elsewhere.
- Everywhere: ``X-Content-Type-Options: nosniff``, ``Referrer-Policy``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from urllib.parse import urlsplit

from starlette.datastructures import Headers, MutableHeaders
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

EMBED_PATH = "/embed"


def embed_csp(origins: Sequence[str]) -> str:
    ancestors = " ".join(["'self'", *origins])
    return (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
        f"base-uri 'none'; form-action 'none'; frame-ancestors {ancestors}"
    )


def is_same_origin(origin: str, host: str | None) -> bool:
    """True when ``origin`` (scheme://host[:port]) names the host this request was sent to."""
    return bool(host) and urlsplit(origin).netloc.lower() == host.lower()


class SecurityMiddleware:
    """Origin checks + CORS for /api/*, CSP and hardening headers for pages."""

    def __init__(self, app: ASGIApp, origins: Sequence[str]) -> None:
        self.app = app
        self.origins = [o.rstrip("/") for o in origins]
        self.cors = CORSMiddleware(
            app, allow_origins=self.origins, allow_methods=["GET", "POST"], allow_headers=["Content-Type"], max_age=600
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        headers = Headers(scope=scope)
        if path.startswith("/api/"):
            origin = headers.get("origin")
            if origin and not is_same_origin(origin, headers.get("host")) and origin.rstrip("/") not in self.origins:
                await forbidden(origin, send)
                return
            await self.cors(scope, receive, self._with_headers(send, path))
            return
        await self.app(scope, receive, self._with_headers(send, path))

    def _with_headers(self, send: Send, path: str) -> Send:
        csp = embed_csp(self.origins) if path.rstrip("/") == EMBED_PATH else "frame-ancestors 'self'"

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                h = MutableHeaders(scope=message)
                h.setdefault("Content-Security-Policy", csp)
                h.setdefault("X-Content-Type-Options", "nosniff")
                h.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
            await send(message)

        return wrapped


async def forbidden(origin: str, send: Send) -> None:
    body = json.dumps(
        {
            "error": (
                f"The site {origin} is not allowed to use careerbot. Its administrator can add it to "
                "CAREERBOT_ALLOWED_ORIGINS."
            )
        }
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 403,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


TOO_LARGE = (
    "The request is too large for careerbot: keep a message under {chars} characters and send at most "
    "{turns} turns of history (the chat page and widget do this for you)."
)


class JsonTooLarge:
    """Turns the body-size limit's plain-text 413 (sent by Starlette before the API runs) into the API's JSON error."""

    def __init__(self, app: ASGIApp, max_chars: int, max_turns: int) -> None:
        self.app = app
        self.message = TOO_LARGE.format(chars=max_chars, turns=max_turns)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope.get("path", "").startswith("/api/"):
            await self.app(scope, receive, send)
            return
        state = {"replacing": False}

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] == 413:
                state["replacing"] = True
                return
            if state["replacing"]:
                if message["type"] == "http.response.body" and not message.get("more_body", False):
                    body = json.dumps({"error": self.message}).encode()
                    await send(
                        {
                            "type": "http.response.start",
                            "status": 413,
                            "headers": [
                                (b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode()),
                            ],
                        }
                    )
                    await send({"type": "http.response.body", "body": body})
                return
            await send(message)

        await self.app(scope, receive, wrapped)
