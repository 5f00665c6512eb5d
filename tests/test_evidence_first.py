"""The evidence answers first (issue 27, items 1 and 2): what a student sees first, and when, whatever the model does.

Real index, real embedding model, real guard and records; the engine is scripted at the generation boundary only
(tests/scripted.py), or blocks until the test releases it. Every test reads what a screen would receive: the chain's
pieces, in order, with the moment each arrived.
"""

from __future__ import annotations

import threading
import time

import pytest
from scripted import Scripted

from bot.chain import Runtime, stream_answer
from bot.errors import EngineBusy
from bot.evidence.context import model_adds, question_kind
from bot.types import Kind, Outcome, QueueStatus, Reason

EMPLOYERS = "How do Google and Meta compare as employers for AI research scientists?"  # the model is asked
BECOME = "How do I become an AI researcher?"


class Blocking(Scripted):
    """An engine that yields nothing until the test releases it (a model still loading, or a long queue)."""

    def __init__(self, reply: str) -> None:
        super().__init__(reply)
        self.release = threading.Event()
        self.called = threading.Event()

    def stream(self, request):
        self.called.set()
        assert self.release.wait(30), "never released"
        yield from super().stream(request)


class Refusing(Scripted):
    """An engine that must not be called."""

    def stream(self, request):
        raise AssertionError("the engine was called for a question the evidence answers")


def timed(question: str, settings, engine, history=()) -> tuple[list[tuple[float, object]], float]:
    """Every item the chain yields, with the seconds since the question was asked; and the time the chain took. The
    runtime is warmed up first, as the app does before it serves anyone."""
    runtime = Runtime(settings, engine=engine)
    runtime.warm_up()
    started = time.monotonic()
    items = [
        (time.monotonic() - started, item) for item in stream_answer(question, list(history), settings, runtime=runtime)
    ]
    return items, time.monotonic() - started


def test_the_first_text_arrives_before_the_engine_is_called(index_settings):
    engine = Blocking("Google pays AI research scientists more than Meta, $204,655 against $177,730 [1].")
    items = stream_answer(EMPLOYERS, [], index_settings, runtime=Runtime(index_settings, engine=engine))
    received: list = []

    def consume() -> None:
        received.extend(items)

    reader = threading.Thread(target=consume, daemon=True)
    reader.start()
    deadline = time.monotonic() + 30
    while not received and time.monotonic() < deadline:
        time.sleep(0.01)
    first = received[0] if received else None
    assert isinstance(first, str) and first.startswith("Google: $204,655 average"), first
    assert not engine.yielded, "the first text waited for the model"
    assert engine.called.wait(10)  # the model is then asked, and still blocked while the text is on screen
    shown_while_blocked = "".join(i for i in received if isinstance(i, str))
    assert "From AI/Machine Learning Researcher: Career Guide, US 2024" in shown_while_blocked  # its scope too
    engine.release.set()
    reader.join(30)
    final = received[-1]
    assert isinstance(final, Outcome) and final.kind is Kind.ANSWERED and final.engine == "scripted"
    assert final.text.startswith(shown_while_blocked) and "$204,655 against $177,730 [1]." in final.text


def test_the_first_text_comes_before_the_first_queue_place(index_settings):
    engine = Scripted("Both pay well [1].", queue=(QueueStatus(3, 9.0), QueueStatus(1, 1.0)), queue_delay=0.2)
    items, _ = timed(EMPLOYERS, index_settings, engine)
    assert isinstance(items[0][1], str) and items[0][1].startswith("Google: $204,655")
    assert not any(isinstance(item, QueueStatus) for _, item in items)  # the answer is on screen: no queue note


MODELS = {
    "adds": Scripted("Google pays AI research scientists more than Meta, $204,655 against $177,730 [1]."),
    "adds-then-fails": None,  # see below
    "not-covered": Scripted("NOT COVERED"),
    "gutted": Scripted("Netflix pays AI research scientists $1,000,000 [1]."),
    "busy": Scripted(busy=EngineBusy(40.0)),
    "failed": Scripted(fail=True),
    "slow": Scripted("word " * 100, delay=0.05),
}


class AddsThenFails(Scripted):
    def stream(self, request):
        yield "Meta pays AI research scientists $177,730 on average [1]. Google pays"
        raise RuntimeError("model crashed")


@pytest.mark.parametrize("case", list(MODELS))
def test_nothing_shown_is_ever_replaced_whatever_the_model_does(index_settings, case):
    engine = MODELS[case] or AddsThenFails()
    settings = index_settings.model_copy(update={"generation_timeout": 1.0})
    items, _ = timed(EMPLOYERS, settings, engine)
    pieces = [item for _, item in items[:-1]]
    final = items[-1][1]
    assert all(isinstance(p, str) and p for p in pieces) and isinstance(final, Outcome)
    assert "".join(pieces) == final.text  # append-only: the Outcome's text is exactly what was streamed
    assert final.kind is Kind.ANSWERED and not final.refused
    # The first text is the evidence's, the same whatever the model then does.
    evidence_first = "".join(p for p in pieces[:2])
    assert evidence_first.startswith("Google: $204,655 average (range: $56,000 - $446,000) [1]\nFrom ")
    assert not any(w in final.text for w in ("1,000,000", "NOT COVERED", "busy", "wait", "word word", "Google pays\n"))
    if case in ("adds", "adds-then-fails"):
        assert final.engine == "scripted" and final.text.index("Meta") > final.text.index("From ")
    else:
        assert final.engine == "evidence" and "the model added nothing" in final.detail


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("What does Google pay AI research scientists?", []),
        ("Which company pays AI research scientists the most?", []),
        ("Compare IBM and Google pay for AI research scientists.", []),
        ("And Meta?", [{"role": "user", "content": "What does Google pay AI research scientists?"}]),
    ],
)
def test_a_salary_lookup_never_calls_the_engine(index_settings, question, history):
    engine = Refusing()
    items, took = timed(question, index_settings, engine, history)
    final = items[-1][1]
    assert final.engine == "evidence" and final.kind is Kind.ANSWERED and final.reason is None
    assert "$" in final.text.split("\n")[0] and "[1]" in final.text.split("\n")[0]
    assert took < 5


@pytest.mark.parametrize(
    "question",
    [
        "What is the median salary of an AI researcher in the US?",
        "How big is the global AI market projected to be by 2030?",
    ],
)
def test_a_question_for_a_value_is_answered_by_the_lines_without_the_model(index_settings, question):
    assert question_kind(question) == "value" and not model_adds(question)
    items, _ = timed(question, index_settings, Refusing())
    final = items[-1][1]
    assert final.kind is Kind.ANSWERED and final.engine == "evidence" and final.citations


def test_a_model_not_covered_adds_nothing_and_takes_no_fallback_wait(index_settings):
    engine = Scripted("NOT COVERED", delay=0.5)  # the model takes its time to say it
    items, took = timed(BECOME, index_settings, engine)
    final = items[-1][1]
    first_at = items[0][0]
    last_piece_at = items[-2][0]
    assert first_at < 0.5 <= took  # the lines were on screen before the model even answered
    # the rest of the lines follow the model's reply at once: no fallback wait (the was 3-7 s; 2 s leaves room
    # for a loaded 2-core machine)
    assert last_piece_at - 0.5 < 2.0
    assert final.reason is Reason.NO_ANSWER and final.kind is Kind.ANSWERED and final.fallback == final.detail
    alone, _ = timed(BECOME, index_settings, Scripted(busy=EngineBusy(20.0)))
    assert final.text == alone[-1][1].text  # exactly what the evidence alone gives
    assert "Bachelor" in final.text and "NOT COVERED" not in final.text


def test_a_busy_model_adds_nothing_and_says_nothing_about_waiting(index_settings):
    items, took = timed(BECOME, index_settings, Scripted(busy=EngineBusy(25.0)))
    final = items[-1][1]
    assert took < 5 and final.reason is Reason.BUSY and final.kind is Kind.ANSWERED
    assert "25 s" not in final.text and "busy" not in final.text.lower() and "Bachelor" in final.text


def test_a_model_repeating_the_first_line_adds_nothing(index_settings):
    items, _ = timed(EMPLOYERS, index_settings, Scripted("Google: $204,655 average (range: $56,000 - $446,000) [1]."))
    final = items[-1][1]
    assert final.text.count("$204,655") == 1 and final.reason is Reason.EMPTY and "repeated" in final.detail


def test_a_model_that_keeps_writing_is_stopped_after_two_sentences(index_settings):
    pays = {"Google": "$204,655", "Meta": "$177,730", "Apple": "$189,678", "Amazon": "$165,485"}
    sentences = [f"{who} pays AI research scientists {figure} on average [1]." for who, figure in pays.items()] * 8
    engine = Scripted(" ".join(sentences), delay=0.02)
    items, took = timed(EMPLOYERS, index_settings, engine)
    final = items[-1][1]
    model = final.text.split("\n\n")[1]
    assert model == " ".join(sentences[:2]) and final.engine == "scripted"  # two sentences, as its prompt asks
    assert len(engine.yielded) < 40 and took < 10  # the engine was stopped, not read to its end


def test_an_engine_that_quotes_the_documents_is_never_called(index_settings):
    class Quoting(Refusing):
        name = "extractive"
        quotes_passages = True

    items, _ = timed(BECOME, index_settings, Quoting())
    final = items[-1][1]
    assert final.engine == "extractive" and final.kind is Kind.ANSWERED and "Bachelor" in final.text


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Why does emotional intelligence matter for AI researchers?", "why"),
        ("Should I disclose that I used generative AI in a research paper?", "advice"),
        ("How do I become an AI researcher?", "how"),
        ("Do software engineers earn more in Hamburg or Cologne?", "compare"),
        ("What soft skills do AI researchers need?", "list"),
        ("What is model drift?", "define"),
        ("How much does a matron earn in the UK?", "value"),
        ("What share of social workers in the Netherlands work part time?", "value"),
        ("What do software engineers at German companies with 1,000 or more employees earn?", "value"),
        ("How long is a PGCE with QTS?", "value"),
    ],
)
def test_question_kinds(question, kind):
    assert question_kind(question) == kind


def test_with_the_real_local_model_the_first_text_comes_before_its_first_token(local_runtime):
    items = list(stream_answer(BECOME, [], local_runtime.settings, runtime=local_runtime))
    final = items[-1]
    assert isinstance(final, Outcome) and final.kind is Kind.ANSWERED and "[1]" in items[0]
    assert 0 < final.timings.first_unit_ms < final.timings.first_token_ms  # the model was asked, after the text
    assert "".join(i for i in items[:-1] if isinstance(i, str)) == final.text
