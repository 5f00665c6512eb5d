"""careerbot's small error hierarchy.

Each error's message is one actionable line for a person: what is wrong and
what to do. Entry points print it (no traceback); the web layer turns it into
a user-facing message. Nothing else catches broadly.
"""

from __future__ import annotations


class CareerbotError(Exception):
    """Base of every error careerbot raises on purpose."""


class ConfigError(CareerbotError, ValueError):
    """A setting, path or template is unusable (missing corpus, unwritable data dir, unknown engine, ...).

    Also a ``ValueError``, so pydantic's validators report it as a validation error of the setting."""


class IndexNotBuilt(CareerbotError):
    """There is no index, or it is empty or unreadable."""


class IndexUnavailable(CareerbotError):
    """The Chroma server cannot be reached."""


class ModelUnavailable(CareerbotError):
    """The packaged model is missing, corrupt, or could not be loaded."""


class GenerationFailed(CareerbotError):
    """The engine failed or timed out while generating."""


class Unreadable(CareerbotError):
    """A document careerbot cannot read (empty, binary, not UTF-8, malformed front matter); the message says why."""


class BadInput(CareerbotError, ValueError):
    """A question, history or vote that careerbot will not process (empty, too long, malformed)."""


class EngineBusy(CareerbotError):
    """The engine's queue is too long: raised by ``engine.stream`` before any token when the expected wait
    passes ``settings.max_wait``; the chain answers at once with the guide's own lines instead."""

    def __init__(self, expected_wait: float) -> None:
        super().__init__(f"the model is busy: about {expected_wait:.0f} s to wait")
        self.expected_wait = expected_wait


class GenerationTimeout(GenerationFailed):
    """The engine passed ``settings.generation_timeout``."""
