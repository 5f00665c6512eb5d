"""Plain values that cross module boundaries.

Every arrow of the data flow (DESIGN.md) passes one of these; no LangChain
``Document`` or raw dict crosses a module boundary.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

Role = Literal["user", "assistant"]


@dataclass(frozen=True)
class Turn:
    """One message of a conversation."""

    role: Role
    content: str


@dataclass(frozen=True)
class Chunk:
    """One piece of a corpus document, as ingest stores it.

    ``section`` is the heading path joined with " > ", e.g.
    "Salary Ranges (US Market, 2024) > AI Researcher Salaries".
    ``meta`` holds the document's front matter (title, region, year, ...),
    flattened to str/int/float/bool values so Chroma can store it.
    """

    id: str
    source: str
    section: str
    text: str
    meta: dict[str, str | int | float | bool] = field(default_factory=dict)

    @property
    def embed_text(self) -> str:
        """What is embedded: the section path takes part, so "Google" finds the salary chunk."""
        return f"{self.section}\n{self.text}" if self.section else self.text


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with its scores. ``similarity`` is cosine (dense), ``score`` the fused rank score."""

    id: str
    source: str
    section: str
    text: str
    score: float = 0.0
    similarity: float = 0.0
    meta: dict[str, str | int | float | bool] = field(default_factory=dict)


@dataclass(frozen=True)
class Citation:
    """A passage as shown to the user under an answer, numbered [n] in order of first use."""

    n: int
    source: str
    section: str
    text: str


@dataclass(frozen=True)
class Removed:
    """A sentence the faithfulness guard took out of an answer, and why."""

    sentence: str
    reason: str


@dataclass
class Timings:
    """Milliseconds spent in each step of one answer."""

    condense_ms: float = 0.0
    retrieve_ms: float = 0.0
    first_token_ms: float = 0.0
    generate_ms: float = 0.0
    verify_ms: float = 0.0
    total_ms: float = 0.0


@dataclass(frozen=True)
class QueueStatus:
    """Yielded by ``engine.stream`` (and forwarded by the chain) before the first token while a question waits."""

    position: int  # 1 = next to be served
    expected_wait: float  # seconds until generation is expected to start


@dataclass
class Answer:
    """What bot.answer returns; ``to_json`` gives the documented --json / API schema."""

    text: str
    citations: list[Citation]
    refused: bool
    timings: Timings = field(default_factory=Timings)
    query: str = ""
    engine: str = ""
    fallback: str | None = None
    removed: list[Removed] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    raw_text: str = ""  # the engine's text before the guard (for measuring the raw model)

    def to_json(self) -> dict:
        return {
            "answer": self.text,
            "refused": self.refused,
            "citations": [asdict(c) for c in self.citations],
            "timings": {k: round(v, 1) for k, v in asdict(self.timings).items()},
            "query": self.query,
            "engine": self.engine,
            "fallback": self.fallback,
            "removed": [asdict(r) for r in self.removed],
        }


@dataclass(frozen=True)
class GenerationRequest:
    """What the chain hands an engine.

    Model engines (local, openai) read ``messages`` (chat format, system + user);
    the extractive engine reads ``question`` and ``passages``. ``cancel`` is a
    ``threading.Event`` (or None): once set, the engine stops as soon as it can.
    """

    messages: list[dict[str, str]]
    question: str = ""
    passages: list[Passage] = field(default_factory=list)
    max_new_tokens: int = 160
    cancel: object | None = None
