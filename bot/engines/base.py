"""The engine interface: what the chain calls to turn a rendered prompt into text.

``load`` (idempotent, all heavy work), ``ready``, ``status`` (for /healthz and the UI's "model loading" bar) and
``stream`` (text pieces for a ``GenerationRequest``, honouring its ``cancel`` event and ``max_new_tokens``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol

from bot.types import GenerationRequest

Progress = Callable[[float, str], None]


class Engine(Protocol):
    """What the chain calls to turn a rendered prompt into text."""

    name: str

    def load(self, progress: Progress | None = None) -> None: ...

    def ready(self) -> bool: ...

    def status(self) -> dict: ...

    def stream(self, request: GenerationRequest) -> Iterator[str]: ...
