"""Rate limits per client IP and per session, on the `limits` library.

Owns the one limiter of a process: ``settings.rate_limit`` (e.g. "20/minute")
is applied separately to each client IP and to each session id, with a moving
window, in the storage named by ``settings.rate_limit_storage`` ("memory://"
by default; "redis://host:port" shares the counters across replicas).

No raw address or session id reaches the storage: each key is an HMAC-SHA256
of it under ``settings.rate_limit_secret`` (``limiter_secret``: when unset, a
random key per process for in-memory counters, or a key derived from the
storage URI when replicas share Redis counters, so they still agree). Which
address counts as the client's is decided before this module, by the proxy
middleware (bot/web/server.py, ``CAREERBOT_TRUSTED_PROXIES``).

Shortcut, on purpose: if the storage fails (Redis down), requests are let
through (fail open), the failure is logged and ``degraded`` says so, because a
careers chatbot that stays up beats one that is strictly metered.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import math
import secrets
import time
from dataclasses import dataclass

from limits import RateLimitItem, parse
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter

from bot.config import Settings

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

    def __init__(self, rate: str, storage_uri: str, secret: str | None = None, namespace: str = "careerbot") -> None:
        self.item: RateLimitItem = parse(rate)
        self.storage_uri = storage_uri
        self.namespace = namespace
        self._secret = (secret or secrets.token_hex(32)).encode()
        self._limiter = MovingWindowRateLimiter(storage_from_string(storage_uri))
        self.degraded: str | None = None

    def key(self, scope: str, value: str) -> str:
        """The stored key for ``value`` (an address or session id): a keyed hash, never the value itself."""
        return hmac.new(self._secret, f"{scope}:{value[:MAX_KEY_CHARS]}".encode(), hashlib.sha256).hexdigest()[:32]

    def peek(self, ip: str | None) -> Verdict:
        """Whether ``ip`` is already over the limit, without counting a hit (admin failures: checked before the
        token)."""
        if not ip:
            return Verdict(True)
        key = self.key("ip", ip)
        try:
            if self._limiter.test(self.item, self.namespace, "ip", key):
                return Verdict(True)
            reset = self._limiter.get_window_stats(self.item, self.namespace, "ip", key).reset_time
        except Exception as exc:  # noqa: BLE001 - storage down: fail open, as hit() does
            log.warning("rate limiting disabled for this request: %s", exc)
            return Verdict(True)
        wait = max(1, math.ceil(reset - time.time()))
        return Verdict(False, f"Too many failed attempts. Please wait {wait} seconds and try again.", wait)

    def hit(self, ip: str | None, session_id: str | None) -> Verdict:
        """Count one request from ``ip`` / ``session_id`` (either may be None) and say if it may proceed."""
        for scope, key in (("ip", ip), ("session", session_id)):
            if not key:
                continue
            verdict = self._hit_one(scope, self.key(scope, key))
            if not verdict.allowed:
                return verdict
        return Verdict(True)

    def _hit_one(self, scope: str, key: str) -> Verdict:
        try:
            if self._limiter.hit(self.item, self.namespace, scope, key):
                self.degraded = None
                return Verdict(True)
            reset = self._limiter.get_window_stats(self.item, self.namespace, scope, key).reset_time
        except Exception as exc:  # noqa: BLE001 - storage down: fail open, say so in /healthz
            self.degraded = f"rate-limit storage unavailable ({type(exc).__name__}): limits not enforced"
            log.warning("rate limiting disabled for this request: %s", exc)
            return Verdict(True)
        wait = max(1, math.ceil(reset - time.time()))
        return Verdict(False, too_many_message(self.item, wait), wait)


def limiter_secret(settings: Settings) -> str | None:
    """The HMAC key: the configured one; else None (a random key per process) for in-process counters; else, for
    shared counters (Redis), a key derived from the storage URI, which every replica shares (with a warning)."""
    configured, storage_uri = settings.rate_limit_secret, settings.rate_limit_storage
    if configured is not None:
        return configured.get_secret_value()
    if storage_uri.startswith("memory://"):
        return None
    log.warning(
        "CAREERBOT_RATE_LIMIT_SECRET is unset: rate-limit keys are hashed with a key derived from the storage URI, "
        "so anyone who knows that URI can test guessed addresses; set a secret shared by every replica"
    )
    return hashlib.sha256(b"careerbot-rate-limit:" + storage_uri.encode()).hexdigest()


def too_many_message(item: RateLimitItem, wait: int) -> str:
    """The sentence a person sees when they ask too often."""
    unit = item.GRANULARITY.name
    per = (
        f"{item.amount} questions per {unit}"
        if item.multiples == 1
        else f"{item.amount} questions per {item.multiples} {unit}s"
    )
    return f"You are sending questions too quickly (limit: {per}). Please wait {wait} seconds and try again."
