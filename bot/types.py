"""Plain values that cross module boundaries.

Every arrow of the data flow (docs/design.md) passes one of these; no LangChain
``Document`` or raw dict crosses a module boundary.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Literal

Role = Literal["user", "assistant"]
Meta = Mapping[str, str | int | float | bool]


def document_title(meta: Meta) -> str:
    """The document's title (ingest always sets one: front matter, <title>, PDF Info, or the file name)."""
    return str(meta.get("title") or "").strip()


def document_scope(meta: Meta) -> str:
    """What a document's figures describe, short: "UK 2023", "US", "2022"; empty when the document does not say."""
    return " ".join(str(meta[k]).strip() for k in ("region", "year") if str(meta.get(k) or "").strip())


def scope_label(item: object) -> str:
    """ "UX Researcher: Career Guide, UK 2023": the one way a document and its scope are named to a user or a model.

    ``item`` is a Passage, Chunk or Citation, or a document's meta mapping.
    """
    if isinstance(item, Citation):
        title, scope = item.title, item.scope
    else:
        meta = item if isinstance(item, Mapping) else getattr(item, "meta", {})
        title, scope = document_title(meta), document_scope(meta)
    return ", ".join(part for part in (title, scope) if part)


def search_text(title: str, section: str, text: str) -> str:
    """What retrieval matches a chunk by: its document's title (so "data analyst" finds a row of the data analyst
    guide's table), its section path (so "Acme" finds the salary chunk) and its text, one per line."""
    return "\n".join(part for part in (title, section, text) if part)


def verifiable_text(item: object) -> str:
    """A passage as the faithfulness verifier reads it (the chain's guard and eval alike): section path, text, and
    a last line naming its document and scope, so "UK 2023" said of a figure is checked against the passage that
    states it. ``item`` is a Passage or Citation."""
    section, text, label = getattr(item, "section", ""), getattr(item, "text", ""), scope_label(item)
    body = f"{section}\n{text}" if section else text
    return f"{body}\nDocument: {label}" if label else body


@dataclass(frozen=True)
class Turn:
    """One message of a conversation."""

    role: Role
    content: str


@dataclass(frozen=True)
class Chunk:
    """One piece of a corpus document, as ingest stores it.

    ``section`` is the heading path joined with " > ", e.g.
    "Pay (Freedonia, 2031) > Widget Analyst Salaries".
    ``meta`` holds the document's meta (ingest/load.py: title always; region,
    year, data_source, scope, audience when the document states them),
    flattened to str/int/float/bool values so Chroma can store it.
    """

    id: str
    source: str
    section: str
    text: str
    meta: dict[str, str | int | float | bool] = field(default_factory=dict)

    @property
    def embed_text(self) -> str:
        """What is embedded (and what BM25 reads): search_text of the document's title,
        the section path and the text."""
        return search_text(document_title(self.meta), self.section, self.text)


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with its scores. ``similarity`` is cosine (dense), ``score`` the fused rank score.

    ``meta`` is the chunk's (title, region, year, data_source, scope, position); ``title``, ``scope``
    and ``label`` read it ("UX Researcher: Career Guide", "UK 2023", "UX Researcher: Career Guide, UK 2023").
    """

    id: str
    source: str
    section: str
    text: str
    score: float = 0.0
    similarity: float = 0.0
    meta: dict[str, str | int | float | bool] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return document_title(self.meta)

    @property
    def scope(self) -> str:
        return document_scope(self.meta)

    @property
    def label(self) -> str:
        return scope_label(self)


@dataclass(frozen=True)
class Citation:
    """A passage as shown to the user under an answer, numbered [n] in order of first use,
    with its document's ``title`` and ``scope`` ("UK 2023")."""

    n: int
    source: str
    section: str
    text: str
    title: str = ""
    scope: str = ""

    @classmethod
    def of(cls, n: int, passage: Passage) -> Citation:
        return cls(
            n=n,
            source=passage.source,
            section=passage.section,
            text=passage.text,
            title=passage.title,
            scope=passage.scope,
        )

    @property
    def label(self) -> str:
        return scope_label(self)


@dataclass(frozen=True)
class Removed:
    """A sentence the faithfulness guard took out of an answer, and why."""

    sentence: str
    reason: str


@dataclass
class Timings:
    """Milliseconds spent in each step of one answer.

    ``first_token_ms``: the engine's first text piece; ``first_unit_ms``: the
    first verified unit handed to a screen (what a student waits for).
    """

    condense_ms: float = 0.0
    retrieve_ms: float = 0.0
    evidence_ms: float = 0.0  # reading the question and looking up the records (bot/evidence/lookup.py)
    first_token_ms: float = 0.0
    first_unit_ms: float = 0.0
    generate_ms: float = 0.0
    verify_ms: float = 0.0
    total_ms: float = 0.0


class Kind(StrEnum):
    """How a question was answered."""

    ANSWERED = "answered"  # the evidence first (records' sentence or the documents' lines), then any verified units
    # the model added below it; ``Reason`` says why the model added nothing, when it was asked and did not
    FALLBACK = "fallback"  # kept for readers of old logs and reports: the chain no longer replaces an answer
    REFUSED = "refused"  # nothing in the guide is relevant: "not covered" + hand-off link
    SCOPE = "scope"  # a place, year, company or role the guide does not describe: said so, with the closest figures


class Reason(StrEnum):
    """Why the model added nothing below the evidence (it never replaces what is on screen)."""

    BUSY = "busy"  # the model's queue was longer than CAREERBOT_MAX_WAIT
    FAILED = "failed"  # the engine raised
    TIMEOUT = "timeout"  # the engine passed CAREERBOT_GENERATION_TIMEOUT
    EMPTY = "empty"  # the engine produced no text
    GUTTED = "gutted"  # the guard removed every substantive unit
    NO_ANSWER = "no_answer"  # the model said the passages do not answer it, but retrieval and scope say they do


@dataclass(frozen=True)
class QueueStatus:
    """Yielded by ``engine.stream`` (and forwarded by the chain) before the first token while a question waits."""

    position: int  # 1 = next to be served
    expected_wait: float  # seconds until generation is expected to start


@dataclass
class Outcome:
    """What the chain returns for one question: the UI, the API and eval read this and nothing else.

    ``text`` is exactly the concatenation of the text pieces streamed before it.
    ``refused`` and ``fallback`` are the API's older fields, derived from ``kind``,
    ``reason`` and ``detail``; ``to_json`` gives the documented --json / API schema.
    """

    text: str
    citations: list[Citation]
    kind: Kind = Kind.ANSWERED
    reason: Reason | None = None
    detail: str = ""  # one line on what happened (the API's ``fallback`` string); empty when answered
    timings: Timings = field(default_factory=Timings)
    query: str = ""
    engine: str = ""
    removed: list[Removed] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    raw_text: str = ""  # the engine's text before the guard (for measuring the raw model)

    @property
    def refused(self) -> bool:
        """True when the guide does not answer this (the hand-off link is shown)."""
        return self.kind in (Kind.REFUSED, Kind.SCOPE)

    @property
    def fallback(self) -> str | None:
        """Why the model added nothing (or, for an engine that still falls back, why it did); None when nothing
        went wrong."""
        return (self.detail or str(self.reason)) if self.reason is not None else None

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
            "outcome": {"kind": self.kind.value, "reason": self.reason.value if self.reason else None},
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
