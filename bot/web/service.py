"""What every front end shares: input checks and error -> (status, message) mapping.

The API, the Gradio page and the widget all accept a message and a history
through these checks, so the limits (``max_message_chars``,
``max_history_turns``) and their wording are the same everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.config import Settings
from bot.errors import BadInput, CareerbotError, GenerationFailed, IndexNotBuilt, IndexUnavailable, ModelUnavailable
from bot.types import Turn

SERVICE_UNAVAILABLE = (IndexNotBuilt, IndexUnavailable, ModelUnavailable, GenerationFailed)


def check_message(message: object, settings: Settings) -> str:
    """The message, stripped; BadInput if it is not text, empty, or too long."""
    if not isinstance(message, str):
        raise BadInput("The message must be text.")
    text = message.strip()
    if not text:
        raise BadInput("The message is empty: type a question.")
    if len(text) > settings.max_message_chars:
        raise BadInput(
            f"The message is too long: {len(text)} characters, the limit is {settings.max_message_chars}. Shorten it and try again."
        )
    return text


def check_history(raw: object, settings: Settings) -> list[Turn]:
    """The history as Turns; BadInput if malformed or longer than ``max_history_turns``."""
    if raw is None:
        return []
    if isinstance(raw, Sequence) and not isinstance(raw, str) and len(raw) > settings.max_history_turns:
        raise BadInput(
            f"The history is too long: {len(raw)} turns, the limit is {settings.max_history_turns}. Start a new chat."
        )
    from bot.chain import parse_history

    return parse_history(raw, settings)


def error_status(exc: CareerbotError) -> int:
    """HTTP status for a careerbot error: 400 for bad input, 503 when a part is not available, else 500."""
    if isinstance(exc, BadInput):
        return 400
    if isinstance(exc, SERVICE_UNAVAILABLE):
        return 503
    return 500


def history_json(turns: Sequence[Turn]) -> list[dict[str, str]]:
    return [{"role": t.role, "content": t.content} for t in turns]
