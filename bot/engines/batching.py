"""Concurrent questions sharing one model: batches formed from a queue, and admission from the expected wait.

Owns the scheduling, not the model. ``lanes`` worker threads (started on the
first ``submit``; CTranslate2 runs that many batches in parallel) each take up
to ``max_batch`` waiting jobs that share a ``group`` (the static system
prompt) and a prompt length (within ``slack`` tokens), hand them to a
``BatchDecoder`` in one call, and route each generated token id to its job's
queue as the decoder reports it. Jobs that arrive while the lanes are busy
wait for the next free lane: CTranslate2's ``generate_batch`` cannot add a
sequence to a running batch, so this is request-level batching with
per-token streaming, not continuous batching.

Admission: ``submit`` estimates how long a new job would wait for its first
token from the queue ahead of it and the rates measured on earlier batches
(``Rates``); above ``max_wait`` it raises ``EngineBusy`` at once, except when
nobody waits and a lane is free: a question that would start at once is always
admitted, however slow the estimates, so they can never lock the model out. The
estimates relax in time toward the fastest speed measured on this machine, so
a slow spell raises them only while it lasts, whether or not anything runs.
While a job waits, ``stream`` yields ``QueueStatus`` (1-based position, expected seconds).

The decoder is the generation boundary (tests fake it there):
``decode(jobs, emit)`` generates for all ``jobs`` together and calls
``emit(i, token_id)`` for each new token of ``jobs[i]``; ``emit`` returns True
when that job wants no more tokens (cancelled, abandoned or at its limit).
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import time
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.errors import EngineBusy
from bot.types import QueueStatus

log = logging.getLogger(__name__)

BatchDecoder = Callable[[Sequence["Job"], Callable[[int, int], bool]], None]
_END = object()
_ids = itertools.count(1)


@dataclass(eq=False)
class Job:
    """One question's generation: its prompt (opaque here), its batch group and its token queue."""

    prompt: Any
    group: Hashable
    max_new_tokens: int
    size: int = 0  # prompt length: only jobs of similar size are batched together
    cancel: Any = None  # a threading.Event or None
    learn: bool = True  # False for warm-up jobs: their timings say nothing about real answers
    id: int = field(default_factory=lambda: next(_ids))
    out: queue.Queue = field(default_factory=queue.Queue)  # token ids, then _END or an Exception
    started: threading.Event = field(default_factory=threading.Event)
    abandoned: threading.Event = field(default_factory=threading.Event)
    emitted: int = 0
    queued: float = field(default_factory=time.monotonic)

    def stopped(self) -> bool:
        return self.abandoned.is_set() or (self.cancel is not None and self.cancel.is_set())


HALF_LIFE_S = 60.0  # between batches, an estimate's excess over the machine's measured speed halves every minute
FIRST_WEIGHT = 0.5  # a process's first batch also pays one-off costs (buffers, kernels): it counts half


@dataclass
class Estimate:
    """One measured quantity: a moving average that relaxes, as time passes, toward ``floor``, the fastest warm
    measurement so far (None before one: then it stays where it is)."""

    value: float
    floor: float | None = None
    at: float = 0.0  # clock time of the last measurement

    def now(self, t: float, half_life: float) -> float:
        if self.floor is None:
            return self.value
        return self.floor + (self.value - self.floor) * 0.5 ** (max(0.0, t - self.at) / half_life)

    def fold(self, x: float, weight: float, t: float, half_life: float, warm: bool) -> None:
        current = self.now(t, half_life)
        self.value, self.at = current + weight * (x - current), t
        if warm:
            self.floor = x if self.floor is None else min(self.floor, x)


class Rates:
    """Measured speed of past batches; priors until the first batch.

    ``prefill_s``: seconds from a batch's start to its first tokens, per job in it.
    ``step_s(n)``: seconds per decoding step of a batch of n jobs (nearest measured size when n was not seen).
    ``steps``: decoding steps a batch takes (its longest answer).

    Each speed is a moving average (``alpha``) that relaxes toward the fastest
    value measured on this machine, halving the difference every ``half_life``
    seconds (``clock`` time), so after a slow spell the estimates come back
    even when no batch runs. The first batch is the process's warm-up: it
    counts ``FIRST_WEIGHT`` against the priors and sets no floor; the second,
    the first warm measurement, replaces them.
    """

    def __init__(
        self,
        prefill_s: float = 0.6,
        step_s: float = 0.08,
        steps: float = 120,
        alpha: float = 0.3,
        half_life: float = HALF_LIFE_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.alpha = alpha
        self.half_life = half_life
        self.clock = clock
        self.batches = 0
        self._prefill = Estimate(prefill_s)
        self._step: dict[int, Estimate] = {1: Estimate(step_s)}
        self._steps = Estimate(steps)

    @property
    def prefill_s(self) -> float:
        return self._prefill.now(self.clock(), self.half_life)

    @property
    def steps(self) -> float:
        return self._steps.value

    def step_s(self, n: int) -> float:
        size = min(self._step, key=lambda m: (abs(m - n), -m))
        return self._step[size].now(self.clock(), self.half_life)

    def batch_s(self, n: int) -> float:
        """Expected seconds for a whole batch of ``n`` jobs."""
        return self.prefill_s * n + self.steps * self.step_s(n)

    def observe(self, n: int, prefill_s: float, steps: int, decode_s: float) -> None:
        """Fold in one finished batch of ``n`` jobs: the first (the warm-up) at ``FIRST_WEIGHT``, the second replaces
        the priors, later ones at ``alpha``; a batch size not seen before is taken whole once warm."""
        t, warm = self.clock(), self.batches > 0
        weight = FIRST_WEIGHT if not warm else 1.0 if self.batches == 1 else self.alpha
        self._prefill.fold(prefill_s / n, weight, t, self.half_life, warm)
        if steps > 0 and decode_s > 0:
            new = n not in self._step
            if new:
                self._step[n] = Estimate(self.step_s(n))
            self._step[n].fold(decode_s / steps, 1.0 if new and warm else weight, t, self.half_life, warm)
        if steps > 0:
            self._steps.fold(steps, self.alpha, t, self.half_life, warm=False)
        self.batches += 1


class Scheduler:
    """Batches jobs for one ``BatchDecoder`` on ``lanes`` worker threads; see the module docstring.

    A batch holds jobs of one ``group`` whose ``size`` (prompt length) is within
    ``slack`` of the first waiting job's: CTranslate2 feeds the part of a longer
    prompt beyond the shortest one token per step, so mixing lengths would
    delay the longer prompts' first tokens by seconds.
    """

    def __init__(
        self,
        decode: BatchDecoder,
        max_batch: int,
        max_wait: float,
        rates: Rates | None = None,
        lanes: int = 1,
        slack: int = 8,
        window: float = 0.0,
    ) -> None:
        self.decode = decode
        self.max_batch = max_batch
        self.max_wait = max_wait
        self.rates = rates or Rates()
        self.lanes = lanes
        self.slack = slack
        self.window = (
            window  # an idle lane waits this long after a job arrives, so questions sent together share a batch
        )
        self._cond = threading.Condition()
        self._waiting: list[Job] = []
        self._running: dict[int, tuple[list[Job], float]] = {}  # lane -> (batch, start time)
        self._workers: list[threading.Thread] = []

    # --- admission --------------------------------------------------------------
    def expected_wait(self, ahead: int) -> float:
        """Seconds until a job with ``ahead`` jobs queued before it gets its first token. Call with the lock held.

        Each lane is free after its running batch's expected remaining time; each
        job ahead is assumed to run alone (batches form only among prompts of
        similar length) on the lane that frees first.
        """
        now = time.monotonic()
        free = [0.0] * self.lanes
        for lane, (batch, started) in self._running.items():
            n = len(batch)
            free[lane] = max(self.rates.batch_s(n) - (now - started), self.rates.step_s(n))
        for _ in range(ahead):
            i = free.index(min(free))
            free[i] += self.rates.batch_s(1)
        return min(free) + self.rates.prefill_s

    def submit(self, job: Job, admit: bool = True) -> Job:
        """Queue ``job``; raise EngineBusy instead when its expected wait passes ``max_wait`` (0: never), unless it
        would start at once (nobody waiting, a lane free): an idle model always takes a question."""
        with self._cond:
            wait = self.expected_wait(len(self._waiting))
            starts_now = not self._waiting and len(self._running) < self.lanes
            if admit and self.max_wait > 0 and wait > self.max_wait and not starts_now:
                log.info(
                    "engine busy: %d waiting, %d running, expected wait %.1f s",
                    len(self._waiting),
                    len(self._running),
                    wait,
                )
                raise EngineBusy(wait)
            self._waiting.append(job)
            if not self._workers:
                for lane in range(self.lanes):
                    worker = threading.Thread(
                        target=self._work, args=(lane,), name=f"careerbot-batches-{lane}", daemon=True
                    )
                    self._workers.append(worker)
                    worker.start()
            self._cond.notify_all()
        return job

    def status(self) -> dict:
        with self._cond:
            running = sum(len(b) for b, _ in self._running.values())
            return {
                "waiting": len(self._waiting),
                "running": running,
                "lanes": self.lanes,
                "max_batch": self.max_batch,
                "prefill_s": round(self.rates.prefill_s, 3),
                "step_s": round(self.rates.step_s(1), 4),
                "expected_wait_s": round(self.expected_wait(len(self._waiting)), 2),
            }

    # --- one job's view ---------------------------------------------------------
    def stream(self, job: Job, poll: float = 0.5) -> Iterator[int | QueueStatus]:
        """QueueStatus while ``job`` waits behind others (when its position or estimate changes), then its token ids."""
        try:
            last: tuple[int, int] | None = None
            while not job.started.wait(poll):
                with self._cond:
                    if job not in self._waiting:
                        continue
                    ahead = self._waiting.index(job)
                    status = QueueStatus(position=ahead + 1, expected_wait=round(self.expected_wait(ahead), 1))
                if (status.position, round(status.expected_wait)) != last:
                    last = (status.position, round(status.expected_wait))
                    yield status
            while (item := job.out.get()) is not _END:
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            job.abandoned.set()

    # --- the workers ------------------------------------------------------------
    def _next_batch(self, lane: int) -> list[Job]:
        with self._cond:
            while True:
                for job in [j for j in self._waiting if j.stopped()]:
                    self._waiting.remove(job)
                    job.started.set()
                    job.out.put(_END)
                if self._waiting and (left := self._waiting[0].queued + self.window - time.monotonic()) > 0:
                    self._cond.wait(left)
                    continue
                if self._waiting:
                    break
                self._cond.wait()
            head = self._waiting[0]
            batch = [j for j in self._waiting if j.group == head.group and abs(j.size - head.size) <= self.slack][
                : self.max_batch
            ]
            for job in batch:
                self._waiting.remove(job)
                job.started.set()
            self._running[lane] = (batch, time.monotonic())
            return batch

    def _work(self, lane: int) -> None:
        while True:
            self._run(lane, self._next_batch(lane))

    def _run(self, lane: int, batch: list[Job]) -> None:
        """Decode ``batch``; then, before its jobs hear it has ended, free the lane and learn its rates, so a
        student who asks again at once finds the model idle."""
        start = time.monotonic()
        first = last = 0.0
        steps = [0] * len(batch)

        def emit(i: int, token: int) -> bool:
            nonlocal first, last
            job = batch[i]
            last = time.monotonic()
            first = first or last
            steps[i] += 1
            if job.stopped():
                return True
            job.out.put(token)
            job.emitted += 1
            return job.emitted >= job.max_new_tokens

        failure: Exception | None = None
        try:
            self.decode(batch, emit)
        except Exception as exc:  # handed to every job of the batch; the worker keeps serving
            log.exception("batch of %d failed", len(batch))
            failure = exc
        with self._cond:
            self._running.pop(lane, None)
            if failure is None and first and any(j.learn for j in batch):
                self.rates.observe(len(batch), first - start, max(steps) - 1, last - first)
        for job in batch:
            if failure is not None:
                job.out.put(failure)
            job.out.put(_END)
