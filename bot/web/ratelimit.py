"""Rate limits per client IP and per session, on the `limits` library.

Owns the one limiter of a process: ``settings.rate_limit`` (e.g. "20/minute")
is applied separately to each client IP and to each session id, with a moving
window, in the storage named by ``settings.rate_limit_storage`` ("memory://"
by default; "redis://host:port" shares the counters across replicas).

Shortcut, on purpose: if the storage fails (Redis down), requests are let
through (fail open), the failure is logged and ``degraded`` says so, because a
careers chatbot that stays up beats one that is strictly metered.
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass

from limits import RateLimitItem, parse
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter

log = logging.getLogger(__name__)
MAX_KEY_CHARS = 128


@dataclass(frozen=True)
class Verdict:
    """Outcome of one check: allowed, or refused with a human message and seconds to wait."""

    allowed: bool
    message: str = ""
    retry_after: int = 0


class RateLimiter:
    """Counts hits per ("ip", address) and ("session", id); refuses beyond the configured rate."""

    def __init__(self, rate: str, storage_uri: str) -> None:
        self.item: RateLimitItem = parse(rate)
        self.storage_uri = storage_uri
        self._limiter = MovingWindowRateLimiter(storage_from_string(storage_uri))
        self.degraded: str | None = None

    def hit(self, ip: str | None, session_id: str | None) -> Verdict:
        """Count one request from ``ip`` / ``session_id`` (either may be None) and say if it may proceed."""
        for scope, key in (("ip", ip), ("session", session_id)):
            if not key:
                continue
            verdict = self._hit_one(scope, key[:MAX_KEY_CHARS])
            if not verdict.allowed:
                return verdict
        return Verdict(True)

    def _hit_one(self, scope: str, key: str) -> Verdict:
        try:
            if self._limiter.hit(self.item, "careerbot", scope, key):
                self.degraded = None
                return Verdict(True)
            reset = self._limiter.get_window_stats(self.item, "careerbot", scope, key).reset_time
        except Exception as exc:  # noqa: BLE001 - storage down: fail open, say so in /healthz
            self.degraded = f"rate-limit storage unavailable ({type(exc).__name__}): limits not enforced"
            log.warning("rate limiting disabled for this request: %s", exc)
            return Verdict(True)
        wait = max(1, math.ceil(reset - time.time()))
        return Verdict(False, too_many_message(self.item, wait), wait)


def too_many_message(item: RateLimitItem, wait: int) -> str:
    """The sentence a person sees when they ask too often."""
    unit = item.GRANULARITY.name
    per = f"{item.amount} questions per {unit}" if item.multiples == 1 else f"{item.amount} questions per {item.multiples} {unit}s"
    return f"You are sending questions too quickly (limit: {per}). Please wait {wait} seconds and try again."
