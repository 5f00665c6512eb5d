"""Loading the index and the model in the background, so the page never hangs.

Owns one thread per process that calls ``runtime.warm_up`` and records its
progress (0..1 with a one-line detail) and, if it fails, the error's message.
The chat page and /healthz read ``state()``; a question asked before the
model is ready waits for it while the page shows the progress.
``announce_when_ready`` prints, in the terminal that ran `make run`, the URL to
open once loading has ended (or why it failed).
"""

from __future__ import annotations

import logging
import sys
import threading
from dataclasses import dataclass
from typing import Any, TextIO

from bot.errors import CareerbotError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WarmState:
    ready: bool
    progress: float
    detail: str
    error: str | None = None
    evidence: bool = False  # the index and the embedder are loaded: the documents' lines can answer already


class WarmUp:
    """Runs ``runtime.warm_up`` once in a daemon thread; ``wait`` blocks until it ends."""

    def __init__(self, runtime: Any) -> None:
        self.runtime = runtime
        self._done = threading.Event()
        self._evidence = threading.Event()
        self._lock = threading.Lock()
        self._progress = 0.0
        self._detail = "starting"
        self._error: str | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="careerbot-warmup", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        try:
            retriever = getattr(self.runtime, "retriever", None)
            if retriever is not None:  # the evidence first: it answers while the model still loads
                retriever.load()
                retriever.search("warm up the embedding model")
                self._evidence.set()
            self.runtime.warm_up(progress=self._report)
        except CareerbotError as exc:
            self._set_error(str(exc))
        except Exception as exc:  # noqa: BLE001 - a background thread must record, not lose, its failure
            log.exception("warm-up failed")
            self._set_error(f"Loading failed: {type(exc).__name__}: {exc}")
        finally:
            with self._lock:
                self._progress = 1.0
            self._done.set()

    def _report(self, fraction: float, detail: str) -> None:
        with self._lock:
            self._progress = max(0.0, min(1.0, float(fraction)))
            self._detail = detail

    def _set_error(self, message: str) -> None:
        log.error("warm-up failed: %s", message)
        with self._lock:
            self._error = message

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)

    def state(self) -> WarmState:
        with self._lock:
            done = self._done.is_set()
            ready = done and self._error is None
            evidence = ready or self._evidence.is_set() and self._error is None
            return WarmState(ready, self._progress, self._detail, self._error, evidence)


def status_line(state: WarmState) -> str:
    """What the page says about the model: loading with progress, ready, or the error."""
    if state.error:
        return f"⚠️ careerbot cannot answer yet: {state.error}"
    if not state.ready:
        return (
            f"⏳ Model loading… {round(state.progress * 100)}% ({state.detail}). "
            "Your question will be answered as soon as it is ready."
        )
    return ""


def browser_url(host: str, port: int) -> str:
    """The address to open in a browser: a wildcard bind address is reached through 127.0.0.1."""
    shown = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
    return f"http://{f'[{shown}]' if ':' in shown else shown}:{port}"


def ready_line(state: WarmState, url: str) -> str:
    if state.error:
        return f"careerbot is up at {url} but cannot answer yet: {state.error}"
    return f"careerbot is ready: open {url}"


def announce_when_ready(warmup: WarmUp, url: str, out: TextIO | None = None) -> threading.Thread:
    """A daemon thread that waits for ``warmup`` to end, then prints ``ready_line`` (to stdout by default)."""

    def announce() -> None:
        warmup.wait()
        print(ready_line(warmup.state(), url), file=out or sys.stdout, flush=True)

    thread = threading.Thread(target=announce, name="careerbot-announce", daemon=True)
    thread.start()
    return thread
