"""The feedback store: thumbs up/down on answers, kept durably.

Owns one SQL table, ``feedback``, behind SQLAlchemy Core: a SQLite file under
the data dir by default (``settings.feedback_db_url``), PostgreSQL or any other
SQLAlchemy URL for several replicas (``CAREERBOT_FEEDBACK_URL``). Each row is
one verdict on one answer: the question, the history it was asked with, the
answer, its citations, what the faithfulness guard removed, the verdict, an
optional reason and the time. A row is committed before ``add`` returns, so an
acknowledged vote survives a crash (SQLite runs in WAL mode, synchronous=FULL).

Privacy: every text a student typed or saw (question, history, answer, removed
sentences, reason) passes through bot/office/redact.py before it is written, so
e-mail addresses, phone numbers and student IDs are never stored. ``purge``
deletes rows older than the retention period, here and in the question log
(bot/office/questionlog.py, same database, ``store.questions``).

The same database keeps the audit log of changes to the documents (``document_audit``: who, action, document,
detail, when), written by bot/office/documents.py.

Shortcut: the schema is created with ``create_all`` on first use (no migration
tool); a new column needs a migration by hand.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
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
    create_engine,
    delete,
    event,
    insert,
    make_url,
    select,
    update,
)

from bot.errors import BadInput
from bot.office.handoffs import HandoffStore
from bot.office.handoffs import metadata as handoffs_metadata
from bot.office.questionlog import QuestionLog
from bot.office.questionlog import metadata as questions_metadata
from bot.office.redact import redact, redact_value

Verdict = Literal["up", "down"]
VERDICTS: tuple[str, ...] = ("up", "down")
MAX_REASON_CHARS = 2000

_metadata = MetaData()
feedback_table = Table(
    "feedback",
    _metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("session_id", String(128), nullable=True),
    Column("verdict", String(8), nullable=False),
    Column("reason", Text, nullable=True),
    Column("question", Text, nullable=False),
    Column("history", JSON, nullable=False),
    Column("answer", Text, nullable=False),
    Column("citations", JSON, nullable=False),
    Column("removed", JSON, nullable=False),
    Column("refused", Boolean, nullable=False),
    Column("engine", String(32), nullable=False),
)

audit_table = Table(
    "document_audit",
    _metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("who", String(200), nullable=False),
    Column("action", String(32), nullable=False),
    Column("document", String(500), nullable=False),
    Column("detail", Text, nullable=False),
)


@dataclass
class FeedbackRecord:
    """One verdict on one answer, as stored. ``history`` and ``citations`` are plain JSON values."""

    verdict: Verdict
    question: str
    answer: str
    history: list[dict[str, str]] = field(default_factory=list)
    citations: list[dict[str, Any]] = field(default_factory=list)
    removed: list[dict[str, str]] = field(default_factory=list)
    refused: bool = False
    engine: str = ""
    reason: str | None = None
    session_id: str | None = None
    id: int | None = None
    created_at: datetime | None = None


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An SQLAlchemy engine for ``url``; SQLite gets its parent folder created and durable pragmas."""
    if url.startswith("sqlite:///"):
        from pathlib import Path

        path = url.removeprefix("sqlite:///")
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


log = logging.getLogger(__name__)


def _redact(url: str) -> str:
    """The URL with its password masked, fit for a log line."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - an unparsable URL is logged as its scheme only
        return url.split(":", 1)[0] + "://..."


class FeedbackStore:
    """Adds verdicts, attaches reasons, lists them back. Thread-safe (one connection per call)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._engine = make_engine(url)
        self._schema_ready = False
        self._schema_lock = threading.Lock()
        self.questions = QuestionLog(self._engine, self._ensure_schema)
        self.handoffs = HandoffStore(self._engine, self._ensure_schema)  # bot/office/handoffs.py, same retention
        try:  # create the table now when the database is up; a database that is down is not fatal
            self._ensure_schema()
        except Exception as exc:  # noqa: BLE001 - reported, retried on first use
            log.warning("feedback database %s is not reachable yet (%s); will retry on first use", _redact(url), exc)

    def _ensure_schema(self) -> None:
        if self._schema_ready:
            return
        with self._schema_lock:
            if not self._schema_ready:
                _metadata.create_all(self._engine)
                questions_metadata.create_all(self._engine)
                handoffs_metadata.create_all(self._engine)
                self._schema_ready = True

    def add(self, record: FeedbackRecord) -> int:
        """Store ``record`` and return its id; the row is committed when this returns."""
        if record.verdict not in VERDICTS:
            raise BadInput(f"verdict must be one of {VERDICTS}, not {record.verdict!r}")
        values = _row_values(record)
        self._ensure_schema()
        with self._engine.begin() as conn:
            result = conn.execute(insert(feedback_table).values(**values))
            return int(result.inserted_primary_key[0])

    def set_reason(self, feedback_id: int, reason: str) -> bool:
        """Attach (or replace) the free-text reason of a stored verdict; False if no such row."""
        text = redact(reason.strip()[:MAX_REASON_CHARS]) or None
        self._ensure_schema()
        with self._engine.begin() as conn:
            result = conn.execute(update(feedback_table).where(feedback_table.c.id == feedback_id).values(reason=text))
            return result.rowcount > 0

    def records(self, verdict: Verdict | None = None) -> list[FeedbackRecord]:
        """Every stored verdict, oldest first; only ``verdict`` ones when given."""
        query = select(feedback_table).order_by(feedback_table.c.id)
        if verdict is not None:
            query = query.where(feedback_table.c.verdict == verdict)
        self._ensure_schema()
        with self._engine.connect() as conn:
            return [_record_from_row(row._mapping) for row in conn.execute(query)]

    def audit(self, who: str, action: str, document: str, detail: str = "") -> None:
        """Record a change to the documents (who, what, when); kept past the retention period (staff actions)."""
        self._ensure_schema()
        with self._engine.begin() as conn:
            conn.execute(
                insert(audit_table).values(
                    created_at=datetime.now(UTC),
                    who=who[:200],
                    action=action[:32],
                    document=document[:500],
                    detail=detail,
                )
            )

    def audit_log(self, limit: int = 200) -> list[dict[str, Any]]:
        """The latest changes to the documents, newest first."""
        self._ensure_schema()
        query = select(audit_table).order_by(audit_table.c.id.desc()).limit(limit)
        with self._engine.connect() as conn:
            rows = [dict(row._mapping) for row in conn.execute(query)]
        for row in rows:
            at = row["created_at"]
            row["created_at"] = (at.replace(tzinfo=UTC) if at.tzinfo is None else at).isoformat(timespec="seconds")
        return rows

    def purge(self, retention_days: int, now: datetime | None = None) -> tuple[int, int]:
        """Delete feedback rows, question-log rows and hand-offs older than ``retention_days``; (feedback, questions)
        deleted (the hand-offs purged are logged by bot/office/handoffs.py)."""
        before = (now or datetime.now(UTC)) - timedelta(days=retention_days)
        self._ensure_schema()
        with self._engine.begin() as conn:
            feedback = conn.execute(delete(feedback_table).where(feedback_table.c.created_at < before)).rowcount
        self.handoffs.purge(before)
        return feedback, self.questions.purge(before)

    def ping(self) -> bool:
        """True when the database answers a trivial query (for /healthz)."""
        try:
            with self._engine.connect() as conn:
                conn.execute(select(1))
            return True
        except Exception:  # noqa: BLE001 - any driver error means "not reachable"; reported, not raised
            return False

    def close(self) -> None:
        self._engine.dispose()


def _row_values(record: FeedbackRecord) -> dict[str, Any]:
    reason = redact((record.reason or "").strip()[:MAX_REASON_CHARS]) or None
    return {
        "created_at": record.created_at or datetime.now(UTC),
        "session_id": record.session_id,
        "verdict": record.verdict,
        "reason": reason,
        "question": redact(record.question),
        "history": redact_value(list(record.history)),
        "answer": redact(record.answer),
        "citations": list(record.citations),  # the guide's own passages: nothing of the student's
        "removed": redact_value(list(record.removed)),
        "refused": bool(record.refused),
        "engine": record.engine,
    }


def _record_from_row(row: Any) -> FeedbackRecord:
    return FeedbackRecord(
        id=row["id"],
        created_at=row["created_at"].replace(tzinfo=UTC) if row["created_at"].tzinfo is None else row["created_at"],
        session_id=row["session_id"],
        verdict=row["verdict"],
        reason=row["reason"],
        question=row["question"],
        history=row["history"],
        answer=row["answer"],
        citations=row["citations"],
        removed=row["removed"],
        refused=row["refused"],
        engine=row["engine"],
    )
