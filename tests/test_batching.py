"""bot.engines.batching: batches, per-job token routing, queue positions and admission, with a scripted decoder.

The decoder is the generation boundary, so it is the one thing faked here: it
emits token ``prompt * 1000 + step`` for each job until ``emit`` says stop, and
can be held at a gate to keep a lane busy. The real model runs through the same
scheduler in tests/test_ct2_engine.py.
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


@pytest.mark.parametrize(("sizes", "batches"), [
    ((300, 305, 420), [[1, 2], [3]]),  # 420 tokens would be fed one per step after the shorter prompts' 300
    ((300, 300, 300), [[1, 2, 3]]),
])
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
    jobs = [scheduler.submit(Job(prompt=p, group=g, max_new_tokens=4, size=300)) for p, g in ((1, "a"), (2, "b"), (3, "a"))]
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
    two_lanes = Scheduler(ScriptedDecoder(), max_batch=8, max_wait=0, rates=Rates(prefill_s=1.0, step_s=0.1, steps=100), lanes=2)
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


def test_measured_batches_replace_the_prior_rates() -> None:
    class Slow(ScriptedDecoder):
        def __call__(self, jobs, emit) -> None:
            for step in range(6):
                time.sleep(0.05)
                emit(0, step)

    rates = Rates(prefill_s=9.0, step_s=9.0, steps=100)
    scheduler = Scheduler(Slow(), max_batch=8, max_wait=0, rates=rates)
    tokens(scheduler, scheduler.submit(Job(prompt=1, group="sys", max_new_tokens=10, size=300)))
    assert 0.02 < rates.step_s(1) < 0.5
    assert rates.prefill_s < 1.0
