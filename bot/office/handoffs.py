"""Hand-offs to a careers adviser: the stored request, the office's email, the retries, and "Email me this".

Owns one SQL table, ``handoffs``, in the feedback database (bot/office/feedback.py builds it on its engine, as
the question log; SQLite by default, PostgreSQL when configured), and ``HandoffDesk``, which composes the store with
the office's SMTP server (bot/office/mail.py). A hand-off is the student's name, email, optional note, and the
conversation as the Markdown transcript (bot/office/transcript.py), kept because the student ticked the consent box;
nothing is redacted, since sharing exactly this with an adviser is the point. Rows older than the retention period
are deleted with the feedback (``purge``), done or not, sent or not.

Sending: ``submit`` stores the row first (committed), then emails the office; if the mail server is down the row
stays unsent with the reason, and the student is still told it was received. Unsent rows are retried by
``retry_unsent``: after the next hand-off that goes through (in a background thread) and every few minutes from the
server (bot/web/server.py). A row is claimed before it is sent (a conditional UPDATE), so two replicas or two
threads never send one hand-off twice; a claim older than ``CLAIM_STALE_S`` (a process that died mid-send) lapses.

"Email me this" (``email_transcript``) sends the transcript to the address the student typed and stores nothing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from typing import Any

from sqlalchemy import (
    Column,
    DateTime,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    delete,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.exc import SQLAlchemyError

from bot.config import Settings
from bot.errors import BadInput
from bot.office.mail import Mailer, MailError, check_address, parse_smtp_url, plain_message
from bot.office.transcript import long_date, one_line, transcript_filename

log = logging.getLogger(__name__)
CLAIM_STALE_S = 120
MAX_NAME_CHARS = 200
MAX_NOTE_CHARS = 2000
NO_CONVERSATION = "(The student asked for an adviser before asking careerbot anything.)"
NEXT_STEPS = (
    "Thank you, {name}: the careers office has your request and this conversation. An adviser will reply to "
    "{email}, usually within two working days."
)
RECEIVED_UNSENT = (
    "Thank you, {name}: your request is saved and will reach the careers office shortly. An adviser "
    "will reply to {email}, usually within two working days."
)

metadata = MetaData()
handoffs_table = Table(
    "handoffs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("name", String(MAX_NAME_CHARS), nullable=False),
    Column("email", String(254), nullable=False),
    Column("note", Text, nullable=False),
    Column("transcript", Text, nullable=False),
    Column("sent_at", DateTime(timezone=True), nullable=True),
    Column("attempts", Integer, nullable=False),
    Column("last_error", Text, nullable=True),
    Column("claimed_at", DateTime(timezone=True), nullable=True),
    Column("done_at", DateTime(timezone=True), nullable=True),
    Column("done_by", String(200), nullable=True),
)


@dataclass(frozen=True)
class Handoff:
    """One request for an adviser, as stored. ``transcript`` is the Markdown file (or NO_CONVERSATION)."""

    name: str
    email: str
    note: str
    transcript: str
    id: int | None = None
    created_at: datetime | None = None
    sent_at: datetime | None = None
    attempts: int = 0
    last_error: str | None = None
    done_at: datetime | None = None
    done_by: str | None = None


@dataclass(frozen=True)
class Receipt:
    """What ``submit`` did: the row's id (None if the database was down but the email went), whether it was emailed,
    and the sentence the student reads."""

    id: int | None
    sent: bool
    message: str


def _utc(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


class HandoffStore:
    """The ``handoffs`` table. Thread-safe (one connection per call); ``ensure_schema`` is the feedback store's."""

    def __init__(self, engine: Engine, ensure_schema: Callable[[], None]) -> None:
        self._engine = engine
        self._ensure_schema = ensure_schema

    def add(self, handoff: Handoff) -> int:
        values = {
            "created_at": handoff.created_at or datetime.now(UTC),
            "name": handoff.name,
            "email": handoff.email,
            "note": handoff.note,
            "transcript": handoff.transcript,
            "attempts": 0,
        }
        self._ensure_schema()
        with self._engine.begin() as conn:
            return int(conn.execute(insert(handoffs_table).values(**values)).inserted_primary_key[0])

    def get(self, handoff_id: int) -> Handoff | None:
        rows = self._select(select(handoffs_table).where(handoffs_table.c.id == handoff_id))
        return rows[0] if rows else None

    def listing(self, limit: int = 500) -> list[Handoff]:
        """The latest hand-offs, newest first."""
        return self._select(select(handoffs_table).order_by(handoffs_table.c.id.desc()).limit(limit))

    def unsent_ids(self) -> list[int]:
        self._ensure_schema()
        query = select(handoffs_table.c.id).where(handoffs_table.c.sent_at.is_(None)).order_by(handoffs_table.c.id)
        with self._engine.connect() as conn:
            return [int(row[0]) for row in conn.execute(query)]

    def claim(self, handoff_id: int, now: datetime | None = None) -> bool:
        """Take an unsent row for sending; False when it is sent already or another sender holds a fresh claim."""
        now = now or datetime.now(UTC)
        c = handoffs_table.c
        free = or_(c.claimed_at.is_(None), c.claimed_at < now - timedelta(seconds=CLAIM_STALE_S))
        return self._update(and_(c.id == handoff_id, c.sent_at.is_(None), free), claimed_at=now)

    def mark_sent(self, handoff_id: int) -> None:
        c = handoffs_table.c
        now = datetime.now(UTC)
        self._update(c.id == handoff_id, sent_at=now, claimed_at=None, attempts=c.attempts + 1, last_error=None)

    def mark_failed(self, handoff_id: int, error: str) -> None:
        c = handoffs_table.c
        self._update(c.id == handoff_id, claimed_at=None, attempts=c.attempts + 1, last_error=error[:1000])

    def mark_done(self, handoff_id: int, who: str) -> bool:
        """Staff dealt with it; False if there is no such hand-off."""
        return self._update(handoffs_table.c.id == handoff_id, done_at=datetime.now(UTC), done_by=who[:200])

    def purge(self, before: datetime) -> int:
        """Delete hand-offs created before ``before``; how many."""
        self._ensure_schema()
        with self._engine.begin() as conn:
            deleted = conn.execute(delete(handoffs_table).where(handoffs_table.c.created_at < before)).rowcount
        if deleted:
            log.info("retention: deleted %d hand-off(s)", deleted)
        return deleted

    def _update(self, where: Any, **values: Any) -> bool:
        self._ensure_schema()
        with self._engine.begin() as conn:
            return conn.execute(update(handoffs_table).where(where).values(**values)).rowcount > 0

    def _select(self, query: Any) -> list[Handoff]:
        self._ensure_schema()
        with self._engine.connect() as conn:
            return [_handoff(row._mapping) for row in conn.execute(query)]


def _handoff(row: Any) -> Handoff:
    return Handoff(
        id=row["id"],
        created_at=_utc(row["created_at"]),
        name=row["name"],
        email=row["email"],
        note=row["note"],
        transcript=row["transcript"],
        sent_at=_utc(row["sent_at"]),
        attempts=row["attempts"],
        last_error=row["last_error"],
        done_at=_utc(row["done_at"]),
        done_by=row["done_by"],
    )


@dataclass(frozen=True)
class HandoffForm:
    """What the student filled in, checked: ``check_form`` builds it or says, per field, what is wrong."""

    name: str
    email: str
    note: str


FIELD_ERRORS = {
    "name": "Enter your name, so the adviser knows who to reply to.",
    "email": "Enter an email address like name@example.edu, so the adviser can reply.",
    "consent": "Tick the box to share this conversation with the careers office; without it nothing is sent.",
}


def check_form(name: str, email: str, note: str, consent: bool) -> tuple[HandoffForm | None, dict[str, str]]:
    """The checked form, or None and a message per bad field (name, email, consent)."""
    name = one_line(name or "")[:MAX_NAME_CHARS]
    address = check_address(email or "")
    checks = (("name", not name), ("email", address is None), ("consent", not consent))
    errors = {k: FIELD_ERRORS[k] for k, bad in checks if bad}
    if errors or address is None:
        return None, errors
    return HandoffForm(name, address, (note or "").strip()[:MAX_NOTE_CHARS]), {}


class HandoffDesk:
    """Hand-offs and transcript emails: the store, the office's address and the mail server (either may be unset)."""

    def __init__(self, store: HandoffStore | None, mailer: Mailer | None, office: str | None) -> None:
        self.store, self.mailer, self.office = store, mailer, office
        self._retrying = threading.Lock()

    @property
    def form_enabled(self) -> bool:
        """True when "Talk to an adviser" opens the form (else it is the CAREERBOT_HANDOFF_URL link); the same rule
        as ``handoff_form_on``, since make_desk builds the mailer only from CAREERBOT_SMTP_URL."""
        return self.mailer is not None and bool(self.office)

    @property
    def email_enabled(self) -> bool:
        """True when "Email me this" is offered."""
        return self.mailer is not None

    def submit(self, form: HandoffForm, transcript: str | None) -> Receipt:
        """Store the hand-off, then email the office. Raises MailError only when neither the database nor the mail
        server took it (then nothing was received and the student must be told so)."""
        handoff = Handoff(form.name, form.email, form.note, transcript or NO_CONVERSATION, created_at=datetime.now(UTC))
        words = {"name": form.name, "email": form.email}
        try:
            handoff_id = self._store().add(handoff)
        except SQLAlchemyError as exc:
            log.warning("hand-off not stored (database unavailable): %s; emailing it directly", exc)
            self._mailer().send(self.office_message(handoff))  # MailError here: nothing received
            return Receipt(None, True, NEXT_STEPS.format(**words))
        sent = self._send(handoff_id)
        if sent:
            threading.Thread(target=self.retry_unsent, name="careerbot-handoff-retry", daemon=True).start()
        return Receipt(handoff_id, sent, (NEXT_STEPS if sent else RECEIVED_UNSENT).format(**words))

    def retry_unsent(self) -> int:
        """Send every stored hand-off not yet sent; how many went. One retry pass at a time per process."""
        if self.store is None or self.mailer is None or not self._retrying.acquire(blocking=False):
            return 0
        try:
            sent = 0
            for handoff_id in self.store.unsent_ids():
                if not self._send(handoff_id):
                    break  # the server is still down: try again next time
                sent += 1
            return sent
        except SQLAlchemyError as exc:
            log.warning("hand-off retry skipped (database unavailable): %s", exc)
            return 0
        finally:
            self._retrying.release()

    def _send(self, handoff_id: int) -> bool:
        """Claim, email and mark one stored hand-off; False when it was not sent (claimed elsewhere, or mail failed)."""
        store = self._store()
        if not store.claim(handoff_id) or (handoff := store.get(handoff_id)) is None:
            return False
        try:
            self._mailer().send(self.office_message(handoff))
        except MailError as exc:
            log.warning("hand-off %d stored but not emailed yet (will retry): %s", handoff_id, exc)
            store.mark_failed(handoff_id, str(exc))
            return False
        store.mark_sent(handoff_id)
        return True

    def office_message(self, handoff: Handoff) -> EmailMessage:
        """The office's email: who, how to reply (Reply-To is the student), the note, then the conversation; the
        transcript is attached as its .md file too. Plain text: nothing the student typed is rendered."""
        made = (handoff.created_at or datetime.now(UTC)).date()
        number = f" #{handoff.id}" if handoff.id is not None else ""
        body = "\n".join(
            [
                f"A student asked to talk to a careers adviser (careerbot hand-off{number}, {long_date(made)}).",
                "",
                f"Name: {handoff.name}",
                f"Email: {handoff.email} (reply to this message to answer them)",
                "",
                "Their note:",
                handoff.note or "(none)",
                "",
                "They agreed to share their conversation with careerbot, which follows.",
                "",
                "-" * 40,
                "",
                handoff.transcript,
            ]
        )
        subject = f"careerbot hand-off{number}: {handoff.name}"
        attachment = (transcript_filename(made), handoff.transcript) if handoff.transcript != NO_CONVERSATION else None
        return plain_message(self._mailer().sender, self.office or "", subject, body, handoff.email, attachment)

    def email_transcript(self, to: str, transcript: str, made: date) -> None:
        """Send the student their conversation; BadInput for a bad address, MailError when the server fails."""
        address = check_address(to)
        if address is None:
            raise BadInput(FIELD_ERRORS["email"])
        body = f"Here is your conversation with careerbot, saved on {long_date(made)}.\n\n{transcript}"
        mailer = self._mailer()
        mailer.send(
            plain_message(
                mailer.sender,
                address,
                "Your careerbot conversation",
                body,
                attachment=(transcript_filename(made), transcript),
            )
        )

    def _store(self) -> HandoffStore:
        if self.store is None:
            raise SQLAlchemyError("no hand-off store")
        return self.store

    def _mailer(self) -> Mailer:
        if self.mailer is None:
            raise MailError("no mail server is configured (CAREERBOT_SMTP_URL)")
        return self.mailer


def handoff_form_on(settings: Settings) -> bool:
    """ "Talk to an adviser" opens the form when the office set both its address and its mail server."""
    return settings.smtp_url is not None and bool(settings.handoff_email)


def email_on(settings: Settings) -> bool:
    """ "Email me this" is offered when there is a mail server."""
    return settings.smtp_url is not None


def make_desk(settings: Settings, store: HandoffStore | None) -> HandoffDesk:
    """The process's desk: a mailer when CAREERBOT_SMTP_URL is set; the office's address is CAREERBOT_HANDOFF_EMAIL."""
    if settings.smtp_url is None:
        return HandoffDesk(store, None, settings.handoff_email)
    url = settings.smtp_url.get_secret_value()
    return HandoffDesk(store, Mailer(url, sender_address(settings)), settings.handoff_email)


def sender_address(settings: Settings) -> str:
    """From: CAREERBOT_SMTP_FROM, else the office's address, else careerbot@ the mail server's host."""
    if settings.smtp_from:
        return settings.smtp_from
    if settings.handoff_email:
        return settings.handoff_email
    if settings.smtp_url is None:
        return "careerbot@localhost"
    return f"careerbot@{parse_smtp_url(settings.smtp_url.get_secret_value()).host}"
