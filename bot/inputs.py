"""What a user may send, and the words that say what is wrong: the one input check of the chain and every front end.

``check_question`` (the message: text, not empty once control characters are out, at most ``max_message_chars``)
and ``check_history`` (at most ``max_history_turns`` {"role": "user"|"assistant", "content": str} turns, each at
most four messages long) raise ``BadInput`` with a message the user can act on. The chain calls them, and so do
the API, the Gradio page and the widget (through bot/web/service.py), so the limits and their wording are the same
everywhere, and a message that passes the web layer passes the chain.
"""

from __future__ import annotations

from bot.config import Settings
from bot.errors import BadInput
from bot.types import Turn

TURN_SHAPE = '{"role": "user"|"assistant", "content": "..."}'
ROLES = ("user", "assistant")
TURN_MESSAGES = 4  # a history turn may be this many messages long (an assistant's answer is longer than a question)


def check_question(question: object, settings: Settings) -> str:
    """The message with control characters out (an odd space read as a space) and stripped; BadInput if it is not
    text, is empty, or is longer than ``max_message_chars``."""
    if not isinstance(question, str):
        raise BadInput("The message must be text.")
    text = "".join(ch if ch.isprintable() or ch in "\n\t" else " " if ch.isspace() else "" for ch in question).strip()
    if not text:
        raise BadInput("The message is empty: type a question.")
    if len(text) > settings.max_message_chars:
        raise BadInput(
            f"The message is too long: {len(text)} characters; please keep it under {settings.max_message_chars}."
        )
    return text


def check_history(raw: object, settings: Settings) -> list[Turn]:
    """The history as Turns (None: none); BadInput if it is not a list of turns, a turn is malformed or too long, or
    it holds more than ``max_history_turns``."""
    if raw is None:
        return []
    if not isinstance(raw, (list, tuple)):
        raise BadInput(f"The history must be a list of {TURN_SHAPE} objects.")
    if len(raw) > settings.max_history_turns:
        raise BadInput(
            f"The history is too long: {len(raw)} turns; the limit is {settings.max_history_turns}. "
            "Start a new chat or send only the recent turns."
        )
    return [_turn(i, item, settings) for i, item in enumerate(raw)]


def _turn(i: int, item: object, settings: Settings) -> Turn:
    if isinstance(item, Turn):
        return item
    if not isinstance(item, dict) or item.get("role") not in ROLES or not isinstance(item.get("content"), str):
        raise BadInput(f"history[{i}] must be {TURN_SHAPE}")
    if len(item["content"]) > settings.max_message_chars * TURN_MESSAGES:
        raise BadInput(f"history[{i}] is longer than {settings.max_message_chars * TURN_MESSAGES} characters")
    return Turn(item["role"], item["content"])
