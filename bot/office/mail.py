"""Email through the office's SMTP server: the address check, the message, and the one send.

Owns ``CAREERBOT_SMTP_URL`` parsing (``smtp://user:pass@host:port``: plain, upgraded with STARTTLS when the server
offers it; ``smtps://...``: TLS from the first byte; user and password optional, percent-encoded), the check of an
address a student types (``check_address``: one address, no display name, no spaces, a domain with a dot), and
``Mailer.send``: one message, stdlib smtplib, a short timeout, ``MailError`` on any failure so the caller decides
what to keep and retry. Messages are text/plain only (``plain_message``): nothing a student typed is ever rendered
as HTML by a mail client. Header values pass through email.message's default policy, which refuses line breaks,
so nothing typed can add a header.
"""

from __future__ import annotations

import re
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from urllib.parse import unquote, urlsplit

from bot.errors import CareerbotError, ConfigError

SCHEMES = {"smtp": 25, "smtps": 465}
TIMEOUT_S = 15.0
MAX_ADDRESS_CHARS = 254
# local@domain.tld: no spaces, commas, quotes or angle brackets (one plain address, never a list or a display name).
ADDRESS = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
    r"[A-Za-z0-9-]{2,63}$"
)
BAD_ADDRESS = "Enter an email address like name@example.edu."


class MailError(CareerbotError):
    """The message could not be handed to the SMTP server (down, refused, timed out, bad login)."""


@dataclass(frozen=True)
class SmtpTarget:
    """Where and how to send: host, port, implicit TLS or not, optional login."""

    host: str
    port: int
    tls: bool
    user: str | None = None
    password: str | None = None

    def __repr__(self) -> str:  # never the password in a log or a traceback
        return f"SmtpTarget({'smtps' if self.tls else 'smtp'}://{self.host}:{self.port}, user={self.user!r})"


def parse_smtp_url(url: str) -> SmtpTarget:
    """``smtp[s]://[user[:password]@]host[:port]`` -> SmtpTarget; ConfigError naming the problem otherwise."""
    parts = urlsplit(url.strip())
    if parts.scheme not in SCHEMES:
        raise ConfigError(
            "CAREERBOT_SMTP_URL must start with smtp:// or smtps:// (e.g. smtps://user:pass@mail.example.edu:465)"
        )
    try:
        port = parts.port or SCHEMES[parts.scheme]
    except ValueError:
        raise ConfigError("CAREERBOT_SMTP_URL: the port is not a number between 1 and 65535") from None
    if not parts.hostname:
        raise ConfigError("CAREERBOT_SMTP_URL names no host (e.g. smtp://mail.example.edu:587)")
    user = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password else None
    return SmtpTarget(parts.hostname, port, parts.scheme == "smtps", user, password)


def check_address(address: str) -> str | None:
    """The address, trimmed, if it is one plain email address; else None."""
    value = (address or "").strip()
    if len(value) > MAX_ADDRESS_CHARS or not ADDRESS.match(value) or ".." in value:
        return None
    return value


def plain_message(
    sender: str,
    to: str,
    subject: str,
    body: str,
    reply_to: str | None = None,
    attachment: tuple[str, str] | None = None,
) -> EmailMessage:
    """A text/plain message (UTF-8); ``attachment`` is (file name, Markdown text)."""
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    if reply_to:
        message["Reply-To"] = reply_to
    message.set_content(body, subtype="plain", charset="utf-8")
    if attachment is not None:
        name, text = attachment
        message.add_attachment(text.encode("utf-8"), maintype="text", subtype="markdown", filename=name)
    return message


class Mailer:
    """Sends messages to one SMTP server. Thread-safe: one connection per message."""

    def __init__(self, url: str, sender: str, timeout: float = TIMEOUT_S) -> None:
        self.target = parse_smtp_url(url)
        self.sender = sender
        self.timeout = timeout

    def send(self, message: EmailMessage) -> None:
        """Hand ``message`` to the server; MailError (with the reason, never the password) when it cannot."""
        try:
            with self._connect() as smtp:
                if self.target.user:
                    smtp.login(self.target.user, self.target.password or "")
                smtp.send_message(message)
        except (OSError, smtplib.SMTPException, ssl.SSLError) as exc:
            raise MailError(
                f"the mail server {self.target.host}:{self.target.port} did not take the message: "
                f"{type(exc).__name__}: {exc}"
            ) from exc

    def _connect(self) -> smtplib.SMTP:
        context = ssl.create_default_context()
        if self.target.tls:
            return smtplib.SMTP_SSL(self.target.host, self.target.port, timeout=self.timeout, context=context)
        smtp = smtplib.SMTP(self.target.host, self.target.port, timeout=self.timeout)
        try:
            smtp.ehlo()
            if smtp.has_extn("starttls"):
                smtp.starttls(context=context)
                smtp.ehlo()
        except BaseException:
            smtp.close()
            raise
        return smtp
