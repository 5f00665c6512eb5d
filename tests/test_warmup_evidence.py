"""The documents answer while the model still loads (issue 27 item 1): warm-up marks the evidence side ready as soon
as the index and the embedder are loaded, before the engine's (slow) load ends, and the page waits only for that."""

from __future__ import annotations

import threading

from bot.web.warmup import WarmUp


class _Retriever:
    def __init__(self) -> None:
        self.searched = threading.Event()

    def load(self) -> None:
        pass

    def search(self, query: str) -> list:
        self.searched.set()
        return []


class _SlowModelRuntime:
    """The index loads at once; the model's load blocks until released."""

    def __init__(self, fail: Exception | None = None) -> None:
        self.retriever = _Retriever()
        self.release = threading.Event()
        self.loading = threading.Event()
        self.fail = fail

    def warm_up(self, progress) -> None:
        self.loading.set()
        progress(0.3, "converting the model")
        self.release.wait(30)
        if self.fail:
            raise self.fail


def test_the_evidence_is_ready_while_the_model_still_loads() -> None:
    runtime = _SlowModelRuntime()
    warm = WarmUp(runtime)
    warm.start()
    assert runtime.loading.wait(10)
    during = warm.state()
    runtime.release.set()
    warm.wait(10)
    assert during.evidence and not during.ready  # a question can be answered from the documents already
    assert warm.state().ready and warm.state().evidence


def test_a_failed_model_load_is_reported_not_hidden() -> None:
    runtime = _SlowModelRuntime(fail=RuntimeError("model part missing"))
    warm = WarmUp(runtime)
    warm.start()
    runtime.release.set()
    warm.wait(10)
    state = warm.state()
    assert state.error and "model part missing" in state.error and not state.ready
