"""bot.engines.batching: batches, per-job token routing, queue positions and admission, with a scripted decoder.

The decoder is the generation boundary, so it is the one thing faked here: it
emits token ``prompt * 1000 + step`` for each job until ``emit`` says stop, and
can be held at a gate to keep a lane busy; the paced one takes the time to its
first token that the test sets, per call, so admission sees measured speeds.
The real model runs through the same scheduler in tests/test_ct2_engine.py.
"""

from __future__ import annotations

import threading
import time

import pytest

from bot.engines.batching import Job, Rates, Scheduler
from bot.errors import EngineBusy
from bot.types import QueueStatus


class ScriptedDecoder:
    def __init__(self, steps: int = 5, fail: bool = False) -> None:
        self.batches: list[list[int]] = []
        self.gate = threading.Event()
        self.gate.set()
        self.entered = threading.Event()
        self.steps = steps
        self.fail = fail

    def __call__(self, jobs, emit) -> None:
        self.batches.append([j.prompt for j in jobs])
        self.entered.set()
        assert self.gate.wait(10)
        if self.fail:
            raise RuntimeError("model exploded")
        active = set(range(len(jobs)))
        for step in range(self.steps):
            for i in sorted(active):
                if emit(i, jobs[i].prompt * 1000 + step):
                    active.discard(i)
            if not active:
                return


def tokens(scheduler: Scheduler, job: Job) -> list[int]:
    return [t for t in scheduler.stream(job, poll=0.02) if not isinstance(t, QueueStatus)]


def busy_lane(decoder: ScriptedDecoder, scheduler: Scheduler, prompt: int = 99) -> Job:
    """Hold the (only) lane with one running job."""
    decoder.gate.clear()
    job = scheduler.submit(Job(prompt=prompt, group="sys", max_new_tokens=5, size=500))
    assert decoder.entered.wait(5)
    return job


class PacedDecoder(ScriptedDecoder):
    """A decoder that takes ``first_token_s[k]`` seconds to its first token on its k-th call (the last value
    repeats), then ``step_s`` per further token: a model whose speed the test sets."""

    def __init__(self, first_token_s: list[float], step_s: float = 0.01, steps: int = 5) -> None:
        super().__init__(steps=steps)
        self.first_token_s = first_token_s
        self.step_s = step_s

    def __call__(self, jobs, emit) -> None:
        self.batches.append([j.prompt for j in jobs])
        self.entered.set()
        assert self.gate.wait(10)
        time.sleep(self.first_token_s[min(len(self.batches), len(self.first_token_s)) - 1])
        active = set(range(len(jobs)))
        for step in range(self.steps):
            if step:
                time.sleep(self.step_s)
            active -= {i for i in sorted(active) if emit(i, jobs[i].prompt * 1000 + step)}
            if not active:
                return


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def ask_alone(scheduler: Scheduler, prompt: int) -> list[int]:
    """One student's question, asked as soon as the previous answer has ended, with nobody else asking."""
    return tokens(scheduler, scheduler.submit(Job(prompt=prompt, group="sys", max_new_tokens=10, size=300)))


def test_questions_waiting_together_are_decoded_in_one_batch_each_getting_its_own_tokens() -> None:
    decoder = ScriptedDecoder(steps=3)
    scheduler = Scheduler(decoder, max_batch=8, max_wait=0)
    first = busy_lane(decoder, scheduler)
    jobs = [scheduler.submit(Job(prompt=p, group="sys", max_new_tokens=10, size=300)) for p in (1, 2, 3)]
    decoder.gate.set()
    assert tokens(scheduler, first) == [99000, 99001, 99002]
    for job in jobs:
        assert tokens(scheduler, job) == [job.prompt * 1000 + s for s in range(3)]
    assert decoder.batches == [[99], [1, 2, 3]]


def test_questions_sent_together_to_an_idle_model_share_the_first_batch() -> None:
    decoder = ScriptedDecoder(steps=1)
    scheduler = Scheduler(decoder, max_batch=8, max_wait=0, window=0.3)
    jobs = [scheduler.submit(Job(prompt=p, group="sys", max_new_tokens=4, size=300)) for p in (1, 2, 3)]
    for job in jobs:
        tokens(scheduler, job)
    assert decoder.batches == [[1, 2, 3]]


def test_batch_is_capped_at_max_batch_and_the_rest_go_next() -> None:
    decoder = ScriptedDecoder(steps=1)
    scheduler = Scheduler(decoder, max_batch=2, max_wait=0)
    busy_lane(decoder, scheduler)
    jobs = [scheduler.submit(Job(prompt=p, group="sys", max_new_tokens=4, size=300)) for p in (1, 2, 3)]
    decoder.gate.set()
    for job in jobs:
        tokens(scheduler, job)
    assert decoder.batches[1:] == [[1, 2], [3]]


@pytest.mark.parametrize(
    ("sizes", "batches"),
    [
        ((300, 305, 420), [[1, 2], [3]]),  # 420 tokens would be fed one per step after the shorter prompts' 300
        ((300, 300, 300), [[1, 2, 3]]),
    ],
)
def test_only_prompts_of_similar_length_share_a_batch(sizes, batches) -> None:
    decoder = ScriptedDecoder(steps=1)
    scheduler = Scheduler(decoder, max_batch=8, max_wait=0, slack=8)
    busy_lane(decoder, scheduler)
    jobs = [scheduler.submit(Job(prompt=p, group="sys", max_new_tokens=4, size=n)) for p, n in zip((1, 2, 3), sizes)]
    decoder.gate.set()
    for job in jobs:
        tokens(scheduler, job)
    assert decoder.batches[1:] == batches


def test_different_system_prompts_are_never_batched_together() -> None:
    decoder = ScriptedDecoder(steps=1)
    scheduler = Scheduler(decoder, max_batch=8, max_wait=0)
    busy_lane(decoder, scheduler)
    jobs = [
        scheduler.submit(Job(prompt=p, group=g, max_new_tokens=4, size=300)) for p, g in ((1, "a"), (2, "b"), (3, "a"))
    ]
    decoder.gate.set()
    for job in jobs:
        tokens(scheduler, job)
    assert decoder.batches[1:] == [[1, 3], [2]]


def test_answer_stops_at_max_new_tokens() -> None:
    decoder = ScriptedDecoder(steps=50)
    scheduler = Scheduler(decoder, max_batch=4, max_wait=0)
    job = scheduler.submit(Job(prompt=7, group="sys", max_new_tokens=4, size=10))
    assert tokens(scheduler, job) == [7000, 7001, 7002, 7003]


def test_expected_wait_above_max_wait_is_refused_at_once_with_the_estimate() -> None:
    decoder = ScriptedDecoder()
    rates = Rates(prefill_s=1.0, step_s=0.1, steps=100)  # one answer alone: 1 + 100 * 0.1 = 11 s
    scheduler = Scheduler(decoder, max_batch=8, max_wait=8.0, rates=rates)
    busy_lane(decoder, scheduler)
    start = time.monotonic()
    with pytest.raises(EngineBusy) as busy:
        scheduler.submit(Job(prompt=1, group="sys", max_new_tokens=10, size=300))
    assert time.monotonic() - start < 1.0
    assert 8.0 < busy.value.expected_wait <= 12.0
    decoder.gate.set()


def test_question_is_admitted_when_the_wait_is_short() -> None:
    decoder = ScriptedDecoder(steps=2)
    scheduler = Scheduler(decoder, max_batch=8, max_wait=8.0, rates=Rates(prefill_s=0.5, step_s=0.01, steps=50))
    busy_lane(decoder, scheduler)  # about 1 s of work left
    job = scheduler.submit(Job(prompt=1, group="sys", max_new_tokens=10, size=300))
    decoder.gate.set()
    assert tokens(scheduler, job) == [1000, 1001]


def test_more_queued_questions_mean_a_longer_expected_wait() -> None:
    scheduler = Scheduler(ScriptedDecoder(), max_batch=8, max_wait=0, rates=Rates(prefill_s=1.0, step_s=0.1, steps=100))
    waits = [scheduler.expected_wait(ahead) for ahead in (0, 1, 3)]
    assert waits == sorted(waits) and waits[0] < waits[1] < waits[2]
    two_lanes = Scheduler(
        ScriptedDecoder(), max_batch=8, max_wait=0, rates=Rates(prefill_s=1.0, step_s=0.1, steps=100), lanes=2
    )
    assert two_lanes.expected_wait(3) < waits[2]


def test_waiting_question_is_told_its_place_in_the_queue_before_its_first_token() -> None:
    decoder = ScriptedDecoder(steps=2)
    scheduler = Scheduler(decoder, max_batch=1, max_wait=0)
    busy_lane(decoder, scheduler)
    second = scheduler.submit(Job(prompt=1, group="sys", max_new_tokens=5, size=300))
    third = scheduler.submit(Job(prompt=2, group="sys", max_new_tokens=5, size=300))
    items = scheduler.stream(third, poll=0.02)
    status = next(items)
    assert isinstance(status, QueueStatus) and status.position == 2 and status.expected_wait > 0
    decoder.gate.set()
    rest = list(items)
    assert rest[-2:] == [2000, 2001]
    assert all(isinstance(x, QueueStatus) for x in rest[:-2])
    assert tokens(scheduler, second) == [1000, 1001]


def test_second_lane_serves_a_question_while_the_first_is_busy() -> None:
    decoder = ScriptedDecoder(steps=2)
    scheduler = Scheduler(decoder, max_batch=8, max_wait=0, lanes=2)
    decoder.gate.clear()
    scheduler.submit(Job(prompt=1, group="sys", max_new_tokens=5, size=300))
    assert decoder.entered.wait(5)
    decoder.entered.clear()
    scheduler.submit(Job(prompt=2, group="sys", max_new_tokens=5, size=700))
    assert decoder.entered.wait(5), "the second lane did not start while the first was held"
    decoder.gate.set()


def test_cancelled_waiting_question_is_dropped_without_decoding() -> None:
    decoder = ScriptedDecoder(steps=2)
    scheduler = Scheduler(decoder, max_batch=8, max_wait=0)
    busy_lane(decoder, scheduler)
    cancel = threading.Event()
    dropped = scheduler.submit(Job(prompt=1, group="sys", max_new_tokens=5, size=300, cancel=cancel))
    cancel.set()
    later = scheduler.submit(Job(prompt=2, group="sys", max_new_tokens=5, size=900))
    decoder.gate.set()
    assert tokens(scheduler, later) == [2000, 2001]
    assert tokens(scheduler, dropped) == []
    assert [1] not in decoder.batches


def test_decoder_failure_reaches_each_question_of_the_batch_and_the_next_batch_still_runs() -> None:
    decoder = ScriptedDecoder(fail=True)
    scheduler = Scheduler(decoder, max_batch=8, max_wait=0)
    decoder.gate.clear()
    jobs = [scheduler.submit(Job(prompt=p, group="sys", max_new_tokens=5, size=300)) for p in (1, 2)]
    decoder.gate.set()
    for job in jobs:
        with pytest.raises(RuntimeError, match="model exploded"):
            tokens(scheduler, job)
    decoder.fail = False
    decoder.steps = 1
    assert tokens(scheduler, scheduler.submit(Job(prompt=3, group="sys", max_new_tokens=5, size=300))) == [3000]


def test_the_warm_up_batch_counts_half_and_the_first_warm_batch_replaces_the_priors() -> None:
    decoder = PacedDecoder(first_token_s=[0.6, 0.02], step_s=0.02, steps=6)
    rates = Rates(prefill_s=9.0, step_s=9.0, steps=100)
    scheduler = Scheduler(decoder, max_batch=8, max_wait=0, rates=rates)
    ask_alone(scheduler, 1)
    assert 4.0 < rates.prefill_s < 5.0, "the first batch, warm-up included, should count half against the prior"
    ask_alone(scheduler, 2)
    assert rates.prefill_s < 0.3
    assert 0.01 < rates.step_s(1) < 0.5


def test_a_lone_student_is_always_admitted_after_one_slow_first_batch() -> None:
    """Issue 27's lock-out: the first batch (with the model's warm-up) measured slower than max_wait, then every
    later question from a lone student with an empty queue was refused as 'busy' until restart."""
    decoder = PacedDecoder(first_token_s=[0.8, 0.02])
    scheduler = Scheduler(decoder, max_batch=8, max_wait=0.5, rates=Rates(prefill_s=0.1, step_s=0.01, steps=5))
    assert ask_alone(scheduler, 1) == [1000 + s for s in range(5)]
    for prompt in (2, 3, 4):
        assert ask_alone(scheduler, prompt) == [prompt * 1000 + s for s in range(5)]
    assert scheduler.status()["expected_wait_s"] < 0.5, "the fast later batches did not bring the estimate down"


def test_estimates_return_to_the_machines_measured_speed_while_nothing_is_admitted() -> None:
    """A slow spell (another process on the CPU) pushes the estimates up; with no batch to measure afterwards,
    time alone brings them back to the speed this machine was measured at, and a short queue is admitted again."""
    clock = FakeClock()
    decoder = PacedDecoder(first_token_s=[0.6, 0.03, 0.03, 0.9, 0.9, 0.9])  # warm-up, the machine's speed, a slow spell
    rates = Rates(prefill_s=0.1, step_s=0.01, steps=5, clock=clock)
    scheduler = Scheduler(decoder, max_batch=8, max_wait=0.5, rates=rates)
    for prompt in range(1, 7):
        ask_alone(scheduler, prompt)
    slow = scheduler.status()["prefill_s"]
    assert slow > 0.4
    decoder.first_token_s = [0.03]
    busy_lane(decoder, scheduler)
    with pytest.raises(EngineBusy):
        scheduler.submit(Job(prompt=8, group="sys", max_new_tokens=10, size=300))
    clock.now += 600  # ten minutes without a batch
    assert scheduler.status()["prefill_s"] < 0.1 < slow
    job = scheduler.submit(Job(prompt=9, group="sys", max_new_tokens=10, size=300))  # the model is busy: a real wait
    decoder.gate.set()
    assert tokens(scheduler, job) == [9000 + s for s in range(5)]


def test_a_real_queue_is_still_refused_when_its_measured_wait_passes_max_wait() -> None:
    decoder = PacedDecoder(first_token_s=[0.3], step_s=0.05)  # about 0.5 s per answer, measured
    scheduler = Scheduler(decoder, max_batch=1, max_wait=1.2, rates=Rates(prefill_s=0.1, step_s=0.01, steps=5))
    for prompt in (1, 2, 3):
        ask_alone(scheduler, prompt)
    busy_lane(decoder, scheduler)
    queued = []
    with pytest.raises(EngineBusy) as busy:
        for prompt in range(10, 30):
            queued.append(scheduler.submit(Job(prompt=prompt, group="sys", max_new_tokens=10, size=300)))
    assert 1 <= len(queued) <= 3, "the queue was refused before it was long, or never"
    assert busy.value.expected_wait > 1.2
    decoder.gate.set()
    for job in queued:
        assert tokens(scheduler, job) == [job.prompt * 1000 + s for s in range(5)]
    assert ask_alone(scheduler, 40) == [40000 + s for s in range(5)], "a lone student, once the queue has drained"
