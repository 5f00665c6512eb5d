"""Test helpers (not a test module): a scripted engine at the generation boundary, and the real web app served
in-process.

``Scripted`` stands in for the model only: everything around it (retrieval,
guard, citations, the web layer) is real. ``serve`` runs bot.web.server's app
(API, widget, Gradio page) with uvicorn on a free 127.0.0.1 port in a thread,
so a browser test can drive a real page whose engine is scripted.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
from services import free_port

from bot.types import QueueStatus


class Scripted:
    """A fake engine: yields ``reply`` in word-sized pieces (or sleeps, or fails, or queues, or is busy)."""

    name = "scripted"

    def __init__(
        self,
        reply: str = "",
        delay: float = 0.0,
        fail: bool = False,
        queue: tuple[QueueStatus, ...] = (),
        busy: Exception | None = None,
        queue_delay: float = 0.0,
    ) -> None:
        self.reply, self.delay, self.fail, self.calls = reply, delay, fail, 0
        self.queue, self.busy, self.queue_delay = queue, busy, queue_delay
        self.yielded: list[str] = []

    def load(self, progress=None) -> None: ...

    def ready(self) -> bool:
        return True

    def status(self) -> dict:
        return {"engine": self.name, "ready": True}

    def stream(self, request):
        self.calls += 1
        self.request = request
        if self.busy is not None:
            raise self.busy
        if self.fail:
            raise RuntimeError("model crashed")
        for status in self.queue:
            yield status
            time.sleep(self.queue_delay)
        for piece in re.findall(r"\s*\S+", self.reply):
            if request.cancel is not None and request.cancel.is_set():
                return
            time.sleep(self.delay)
            self.yielded.append(piece)
            yield piece


@contextmanager
def serve(settings, engine, embedder=None) -> Iterator[str]:
    """The whole web app over ``engine``, listening on 127.0.0.1; yields its base URL once /healthz is ready."""
    import uvicorn

    from bot.chain import Runtime
    from bot.web.server import create_app

    port = free_port()
    settings = settings.model_copy(update={"host": "127.0.0.1", "port": port})
    app = create_app(settings, Runtime(settings, engine=engine, embedder=embedder))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True, name="app-under-test")
    thread.start()
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{url}/healthz", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        else:
            raise TimeoutError(f"{url} not ready within 120 s")
        yield url
    finally:
        server.should_exit = True
        thread.join(timeout=30)
