"""The extractive engine: the engine interface with no model behind it;
its answer is ``bot.evidence.quotes.compose``."""

from __future__ import annotations

from collections.abc import Iterator

from bot.evidence.quotes import compose
from bot.types import GenerationRequest


class ExtractiveEngine:
    """Engine protocol (bot.engines.base.Engine) with no model behind it."""

    name = "extractive"
    quotes_passages = True  # every unit is a passage line, quoted: the chain has nothing to verify

    def __init__(self, settings=None) -> None:
        self.settings = settings

    def load(self, progress=None) -> None:
        if progress:
            progress(1.0, "ready (no model)")

    def ready(self) -> bool:
        return True

    def status(self) -> dict:
        return {"engine": self.name, "ready": True, "loading": False, "progress": 1.0, "detail": "no model needed"}

    def stream(self, request: GenerationRequest) -> Iterator[str]:
        yield compose(request.question, request.passages)
