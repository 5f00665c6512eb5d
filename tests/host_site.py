"""A careers site that embeds the widget, for the browser tests: a static page on its own 127.0.0.1 port.

Not a test module: test_app_browser.py and test_a11y.py import it. The page is
what a university would write: a heading, some text, a link, and the widget's
one script tag with whatever data-* theming attributes the test passes.
"""

from __future__ import annotations

import html
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from services import free_port

DEFAULT_ATTRS = {"data-title": "Ask about AI careers"}


def host_page(app_url: str, attrs: dict[str, str]) -> str:
    tag_attrs = " ".join(f'{k}="{html.escape(v, quote=True)}"' for k, v in attrs.items())
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Careers office</title></head><body>'
        "<header><h1>University careers office</h1></header><main><p>Welcome. "
        "Our chatbot answers questions about AI careers.</p>"
        '<p><a href="#contact">Contact the careers office</a></p></main>'
        f'<script src="{app_url}/widget.js" {tag_attrs} async></script></body></html>'
    )


class Site:
    """Serves ``host_page`` (or its variants, by file name) from ``root`` on ``port`` (a free one if None)."""

    def __init__(self, root: Path, app_url: str, port: int | None = None, attrs: dict[str, str] | None = None) -> None:
        root.mkdir(parents=True, exist_ok=True)
        self.root, self.app_url = root, app_url
        self.add_page("index.html", attrs or DEFAULT_ATTRS)
        self.port = port or free_port()
        handler = partial(SimpleHTTPRequestHandler, directory=str(root))
        self.httpd = ThreadingHTTPServer(("127.0.0.1", self.port), handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def add_page(self, name: str, attrs: dict[str, str]) -> str:
        """Write another page embedding the widget with ``attrs``; return its URL path."""
        (self.root / name).write_text(host_page(self.app_url, attrs))
        return f"/{name}"

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
