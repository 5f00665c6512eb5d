"""What every front end shares: input checks and error -> (status, message) mapping.

The API, the Gradio page and the widget all accept a message and a history
through these checks, which are the chain's own (bot/inputs.py), so the limits
(``max_message_chars``, ``max_history_turns``) and their wording are the same everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot import inputs
from bot.config import Settings
from bot.errors import BadInput, CareerbotError, GenerationFailed, IndexNotBuilt, IndexUnavailable, ModelUnavailable
from bot.types import Turn

SERVICE_UNAVAILABLE = (IndexNotBuilt, IndexUnavailable, ModelUnavailable, GenerationFailed)


def check_message(message: object, settings: Settings) -> str:
    """The message, cleaned; BadInput if it is not text, empty, or too long (``bot.inputs.check_question``)."""
    return inputs.check_question(message, settings)


def check_history(raw: object, settings: Settings) -> list[Turn]:
    """The history as Turns; BadInput if malformed or longer than ``max_history_turns``
    (``bot.inputs.check_history``)."""
    return inputs.check_history(raw, settings)


def error_status(exc: CareerbotError) -> int:
    """HTTP status for a careerbot error: 400 for bad input, 503 when a part is not available, else 500."""
    if isinstance(exc, BadInput):
        return 400
    if isinstance(exc, SERVICE_UNAVAILABLE):
        return 503
    return 500


def history_json(turns: Sequence[Turn]) -> list[dict[str, str]]:
    return [{"role": t.role, "content": t.content} for t in turns]
