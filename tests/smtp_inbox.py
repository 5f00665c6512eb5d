"""A real SMTP server on 127.0.0.1 for the mail tests (aiosmtpd), that a test can stop and start again.

Not a test module: test_handoffs.py and test_handoff_browser.py import it. Every message the server accepts is
parsed (email's default policy) and kept in ``messages``; ``stop()`` takes the server down (connections refused),
``start()`` brings it back on the same port, which is how a test plays "the office's mail server is down".
"""

from __future__ import annotations

import time
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from services import free_port


class Inbox:
    """``messages``: what the server received, oldest first; ``url``: the CAREERBOT_SMTP_URL that reaches it."""

    def __init__(self) -> None:
        self.port = free_port()
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self._controller: Controller | None = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's name
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))  # type: ignore[arg-type]
        return "250 Message accepted for delivery"

    def start(self) -> Inbox:
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def wait_for(self, count: int, timeout: float = 20.0) -> list[EmailMessage]:
        """The messages once there are at least ``count`` of them; AssertionError after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while len(self.messages) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"the SMTP server received {len(self.messages)} message(s), expected {count}")
            time.sleep(0.1)
        return self.messages


def body_text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None, "no text/plain body"
    return part.get_content()


def attachments(message: EmailMessage) -> dict[str, str]:
    return {
        a.get_filename() or "": a.get_content() if isinstance(a.get_content(), str) else a.get_content().decode()
        for a in message.iter_attachments()
    }
