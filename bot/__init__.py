"""careerbot: grounded, cited career advice from a small corpus.

``bot.answer(question, history, settings)`` is the one entry point. It is
imported lazily so that ``import bot`` (e.g. from ``python -m ingest``) does
no heavy work.
"""

from __future__ import annotations

from typing import Any

__all__ = ["answer", "stream_answer"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from bot import chain

        return getattr(chain, name)
    raise AttributeError(name)
