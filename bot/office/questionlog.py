"""The question log: what students asked and how careerbot did, for the careers office's insights.

Owns one SQL table, ``questions``, in the same database as the feedback store
(bot/office/feedback.py builds both on one SQLAlchemy engine). One row per finished
answer: the question, redacted (bot/office/redact.py) before it is written; whether
it was refused; the fallback reason, if any; the sections it cited; the time.
Nothing else: no history, no answer text, no session id, no address.

Writing never gets in the way of answering: a database error is logged and
the answer goes out as usual. Rows older than the retention period are
deleted by ``purge`` (the feedback store calls it with its own purge).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    delete,
    insert,
    select,
)
from sqlalchemy.exc import SQLAlchemyError

from bot.office.redact import redact

log = logging.getLogger(__name__)
Outcome = Literal["answered", "refused", "fallback"]

metadata = MetaData()
questions_table = Table(
    "questions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("question", Text, nullable=False),
    Column("refused", Boolean, nullable=False),
    Column("fallback", String(200), nullable=True),
    Column("sections", JSON, nullable=False),
)


@dataclass(frozen=True)
class QuestionEntry:
    """One logged question. ``sections`` are the cited sections' heading paths, in citation order."""

    question: str
    refused: bool
    fallback: str | None = None
    sections: list[str] = field(default_factory=list)
    created_at: datetime | None = None

    @property
    def outcome(self) -> Outcome:
        return "refused" if self.refused else "fallback" if self.fallback else "answered"


def entry_for(question: str, answer: Any) -> QuestionEntry:
    """The log entry of one finished answer (a bot.types.Outcome: ``refused``, ``fallback``,
    ``citations[].section``)."""
    sections = [c.section for c in getattr(answer, "citations", [])]
    return QuestionEntry(
        question=question,
        refused=bool(answer.refused),
        fallback=answer.fallback,
        sections=list(dict.fromkeys(sections)),
    )


class QuestionLog:
    """Appends entries, lists them back, deletes old ones. Built by FeedbackStore on its engine."""

    def __init__(self, engine: Engine, ensure_schema: Any) -> None:
        self._engine = engine
        self._ensure_schema = ensure_schema

    def record(self, question: str, answer: Any) -> None:
        """Log one finished answer; a database failure is logged, never raised (the student still gets the answer)."""
        try:
            self.add(entry_for(question, answer))
        except SQLAlchemyError as exc:
            log.warning("question not logged: %s", exc)

    def add(self, entry: QuestionEntry) -> None:
        values = {
            "created_at": entry.created_at or datetime.now(UTC),
            "question": redact(entry.question),
            "refused": entry.refused,
            "fallback": redact(entry.fallback)[:200] if entry.fallback else None,
            "sections": list(entry.sections),
        }
        self._ensure_schema()
        with self._engine.begin() as conn:
            conn.execute(insert(questions_table).values(**values))

    def entries(self, since: datetime | None = None) -> list[QuestionEntry]:
        """Every logged question, oldest first; only those at or after ``since`` when given."""
        query = select(questions_table).order_by(questions_table.c.created_at, questions_table.c.id)
        if since is not None:
            query = query.where(questions_table.c.created_at >= since)
        self._ensure_schema()
        with self._engine.connect() as conn:
            return [
                QuestionEntry(
                    question=r.question,
                    refused=r.refused,
                    fallback=r.fallback,
                    sections=list(r.sections),
                    created_at=_utc(r.created_at),
                )
                for r in conn.execute(query)
            ]

    def purge(self, before: datetime) -> int:
        """Delete entries older than ``before``; the number deleted."""
        self._ensure_schema()
        with self._engine.begin() as conn:
            return conn.execute(delete(questions_table).where(questions_table.c.created_at < before)).rowcount


def _utc(value: datetime) -> datetime:
    """SQLite gives naive datetimes back; every stored time is UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value
