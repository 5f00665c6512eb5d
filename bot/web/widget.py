"""The embeddable widget: GET /widget.js (the one script tag) and GET /embed (the compact chat it frames).

Owns the routes and the static files under bot/web/static/. /widget.js is
static/widget.js behind static/theme.js (the theming rules /embed also loads). /embed is plain
HTML + JS (no framework) that talks to /api/chat/stream and builds every node
with textContent, so nothing a user, the model or the corpus writes can run as
markup. The only values put into the page are the public hand-off link and the
office's title, introduction and suggested questions (bot/office/branding.py, re-read per request; escaped); nothing
secret is ever in it. Its CSP (frame-ancestors) comes from security.py.
"""

from __future__ import annotations

import html
from pathlib import Path
from string import Template

from fastapi import APIRouter, FastAPI
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

from bot.config import Settings
from bot.office import branding
from bot.office.handoffs import email_on, handoff_form_on

STATIC_DIR = Path(__file__).parent / "static"
STATIC_URL = "/widget-static"


def install_widget(app: FastAPI, settings: Settings) -> None:
    """Add /widget.js, /embed and the widget's static files to ``app`` (before Gradio is mounted at /)."""
    app.include_router(make_router(settings))
    app.mount(STATIC_URL, StaticFiles(directory=STATIC_DIR), name="widget-static")


def make_router(settings: Settings) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    script = widget_script()

    @router.get("/widget.js")
    def widget_js() -> Response:
        return Response(script, media_type="text/javascript", headers={"Cache-Control": "public, max-age=300"})

    @router.get("/embed")
    def embed() -> HTMLResponse:
        return HTMLResponse(render_embed_page(settings), headers={"Cache-Control": "no-cache"})

    return router


def widget_script() -> str:
    """widget.js with theme.js (the accent's contrast rule, shared with /embed) in front, in one scope: one request,
    and no global left on the host page."""
    theme = (STATIC_DIR / "theme.js").read_text(encoding="utf-8")
    widget = (STATIC_DIR / "widget.js").read_text(encoding="utf-8")
    return f"(function () {{\n{theme}\n{widget}\n}})();\n"


def render_embed_page(settings: Settings) -> str:
    template = Template((STATIC_DIR / "embed.html").read_text(encoding="utf-8"))
    brand = branding.current(settings)
    return template.substitute(
        title=html.escape(brand.title),
        greeting=html.escape(brand.intro),
        handoff_url=html.escape(safe_url(settings.handoff_url), quote=True),
        static=STATIC_URL,
        max_chars=settings.max_message_chars,
        starters=starter_buttons(brand.starters),
        handoff_form="1" if handoff_form_on(settings) else "",  # "Talk to an adviser" opens the hand-off form
        email="1" if email_on(settings) else "",  # "Email me this" is offered
    )


def starter_buttons(questions: tuple[str, ...]) -> str:
    """The suggested questions as /embed's buttons, escaped (widget.js's data-starters may replace them in the page)."""
    return "".join(f'\n      <button type="button" class="cb-starter">{html.escape(q)}</button>' for q in questions)


def safe_url(url: str) -> str:
    """``url`` if it is http(s), else "#": a setting cannot smuggle a javascript: link into the page."""
    return url if url.lower().startswith(("https://", "http://")) else "#"
