"""Verified streaming (bot/guard/stream.py through bot/chain.py and the SSE API): no unit reaches a screen unchecked.

Real index, real embedding model, real guard; a scripted engine only at the
generation boundary (tests/scripted.py), plus the real extractive engine.
Every test reads what a screen would receive: the chain's text pieces, or the
API's SSE events. The model is asked about a question the records do not answer
(``EMPLOYERS``); its verified units are appended below the evidence's first text.
"""

from __future__ import annotations

import json
import threading
import time

import httpx
import pytest
from scripted import Scripted, serve

from bot.chain import Runtime, stream_answer
from bot.errors import EngineBusy
from bot.guard.stream import VerifiedStream
from bot.numbers import parse_numbers
from bot.types import Kind, Outcome, QueueStatus, Reason

GOOGLE = "What does Google pay AI research scientists?"
# A question the model is asked (how two employers compare, in words): its passages hold the companies' salary lines,
# and the first text, shown before the model is called, is the best of them with its document and scope.
EMPLOYERS = "How do Google and Meta compare as employers for AI research scientists?"
FIRST_LINE = "Google: $204,655 average (range: $56,000 - $446,000) [1]"
PLANTED = "Netflix pays $1,000,000. [1]"

# Scripted model answers, each with something the guard must drop somewhere in the middle.
REPLIES = {
    "sentences": (
        f"Google pays AI research scientists $204,655 on average [1]. {PLANTED} Meta pays $177,730 on average [1]."
    ),
    "bullets": (
        "Here is what the guide says:\n- Google: $204,655 average [1]\n- Netflix: $1,000,000 average [1]\n- Meta: "
        "$177,730 average [1]"
    ),
    "table": (
        "| Company | Average |\n|---|---|\n| Google | $204,655 [1] |\n| Netflix | $1,000,000 [1] |\n| Meta | $177,730 "
        "[1] |"
    ),
    "paragraphs": (
        f"Google pays $204,655 on average [1].\n\n{PLANTED} Also, in Germany researchers earn $149,000 [1].\n\nMeta "
        "pays $177,730 on average [1]."
    ),
    "leading marker": f"[1] Google pays $204,655 on average. {PLANTED}",
}


def consume(settings, engine, question=EMPLOYERS) -> tuple[list, Outcome]:
    items = list(stream_answer(question, [], settings, runtime=Runtime(settings, engine=engine)))
    final = items[-1]
    assert isinstance(final, Outcome) and not any(isinstance(i, Outcome) for i in items[:-1])
    return items[:-1], final


def shown(items: list) -> list[str]:
    return [i for i in items if isinstance(i, str)]


def evidence_alone(settings, question=EMPLOYERS) -> str:
    """The answer when the model adds nothing (it is busy): the evidence's, and only it."""
    return consume(settings, Scripted(busy=EngineBusy(99.0)), question)[1].text


def model_part(final: Outcome) -> str:
    """The paragraph the model added below the first text."""
    return final.text.split("\n\n")[1]


def money(text: str) -> set[float]:
    return {q.value for q in parse_numbers(text) if q.kind == "money"}


@pytest.fixture(scope="module")
def corpus_money():
    from pathlib import Path

    return money((Path(__file__).resolve().parent.parent / "corpus" / "ai-ml-researcher-career-guide.md").read_text())


@pytest.mark.parametrize("kind", list(REPLIES))
def test_a_planted_figure_is_never_streamed_and_the_final_text_is_what_was_streamed(index_settings, corpus_money, kind):
    pieces, final = consume(index_settings, Scripted(REPLIES[kind]))

    assert pieces, "something was streamed"
    assert not any("1,000,000" in p or "Netflix pays" in p or "Germany" in p for p in pieces)
    assert "".join(pieces) == final.text
    assert money(final.text) <= corpus_money and "$204,655" in final.text
    assert final.kind is Kind.ANSWERED and any("1,000,000" in r.sentence for r in final.removed)


@pytest.mark.parametrize("size", [1, 2, 5, 13])
def test_units_come_out_the_same_whatever_the_engine_piece_size(index_settings, size):
    runtime = Runtime(index_settings)
    texts = []
    for kind in REPLIES:
        stream = VerifiedStream(runtime.retriever.search(GOOGLE), runtime.lexicon(), model=True, guard=True)
        text = REPLIES[kind]
        out = [s for i in range(0, len(text), size) for s in stream.feed(text[i : i + size])] + stream.close()
        assert "".join(out) == stream.text
        texts.append(stream.text)
    whole = []
    for kind in REPLIES:
        stream = VerifiedStream(runtime.retriever.search(GOOGLE), runtime.lexicon(), model=True, guard=True)
        stream.feed(REPLIES[kind])
        stream.close()
        whole.append(stream.text)
    assert texts == whole


@pytest.mark.parametrize(
    "before_gate",
    [
        ["Google pays $204,655 on average [1].", " Meta"],  # the next sentence has begun
        ["Google pays $204,655 on average", " [1]", "."],  # nothing follows yet: its marker and full stop close it
    ],
)
def test_a_verified_unit_is_shown_while_the_engine_is_still_generating(index_settings, before_gate):
    first_seen = threading.Event()
    rest_of_answer = (
        " pays $177,730 on average [1]." if before_gate[-1] == " Meta" else " Meta pays $177,730 on average [1]."
    )

    class Gated(Scripted):
        def stream(self, request):
            yield from before_gate
            self.waited = first_seen.wait(20)  # the first sentence must reach the screen before the rest is generated
            yield rest_of_answer

    engine = Gated()
    items = stream_answer(EMPLOYERS, [], index_settings, runtime=Runtime(index_settings, engine=engine))
    shown = [next(items), next(items)]  # the evidence's first text: its line, then its document and scope
    model_first = next(items)
    first_seen.set()
    rest = list(items)
    assert shown[0] == FIRST_LINE and shown[1].startswith("\nFrom ")
    assert model_first == "\n\nGoogle pays $204,655 on average [1]." and engine.waited
    assert "".join(shown) + model_first + "".join(i for i in rest if isinstance(i, str)) == rest[-1].text


@pytest.mark.parametrize(
    ("question", "history"),
    [
        (GOOGLE, []),
        ("How do I become an AI researcher?", []),
        ("Which skills do AI/ML researchers need?", []),
        ("And Meta?", [{"role": "user", "content": GOOGLE}]),
        ("What is the average AI researcher salary in Germany?", []),
        ("What's the weather in Paris today?", []),
    ],
)
def test_the_real_extractive_engine_streams_exactly_its_final_text(index_settings, question, history):
    items = list(stream_answer(question, history, index_settings, runtime=Runtime(index_settings)))
    pieces, final = items[:-1], items[-1]
    assert pieces and all(isinstance(p, str) for p in pieces)
    assert "".join(pieces) == final.text and final.text


def test_an_answer_the_guard_empties_adds_nothing_to_the_evidence(index_settings):
    pieces, final = consume(index_settings, Scripted(f"In Germany researchers earn $149,000 [1]. {PLANTED}"))

    assert final.kind is Kind.ANSWERED and final.reason is Reason.GUTTED
    assert "".join(pieces) == final.text == evidence_alone(index_settings)
    assert not any("Germany" in p or "Netflix pays" in p for p in pieces)


def test_a_heading_before_dropped_units_is_never_shown(index_settings):
    pieces, final = consume(index_settings, Scripted(f"## Netflix salaries\nHere is what I found:\n{PLANTED}"))
    assert final.reason is Reason.GUTTED and not any("Netflix salaries" in p or "what I found" in p for p in pieces)


def test_a_line_added_for_a_company_left_out_is_streamed_after_the_check(index_settings):
    pieces, final = consume(index_settings, Scripted("Google pays AI research scientists $204,655 on average [1]."))
    model_at = next(i for i, p in enumerate(pieces) if "Google pays AI research scientists" in p)
    assert any("$177,730" in p for p in pieces[model_at + 1 :]) and "".join(pieces) == final.text
    assert final.kind is Kind.ANSWERED


def test_an_engine_failing_mid_answer_keeps_the_shown_units_drops_the_half_sentence_and_adds_the_guides_lines(
    index_settings,
):
    class Crashing(Scripted):
        def stream(self, request):
            yield "Meta pays $177,730 on average [1]. Google pays AI research"
            raise RuntimeError("model crashed")

    pieces, final = consume(index_settings, Crashing())

    assert pieces[0] == FIRST_LINE and pieces[2] == "\n\nMeta pays $177,730 on average [1]."
    assert "".join(pieces) == final.text and "\nFrom " in "".join(pieces[3:])  # then the documents' lines
    assert "Google pays AI research" not in final.text
    assert final.kind is Kind.ANSWERED and final.reason is Reason.FAILED and "model crashed" in final.detail


def test_a_busy_engine_adds_nothing_at_once_and_says_nothing_about_waiting(index_settings):
    started = time.monotonic()
    pieces, final = consume(index_settings, Scripted(busy=EngineBusy(24.0)))

    assert time.monotonic() - started < 10
    assert final.kind is Kind.ANSWERED and final.reason is Reason.BUSY
    assert final.to_json()["outcome"] == {"kind": "answered", "reason": "busy"}
    assert final.text.startswith(FIRST_LINE) and "24 s" not in final.text and "wait" not in final.text
    assert "".join(pieces) == final.text


def test_no_queue_place_is_passed_on_once_the_first_text_is_on_screen(index_settings):
    queue = (QueueStatus(2, 3.0), QueueStatus(1, 1.0))
    items, final = consume(index_settings, Scripted("Google pays $204,655 on average [1].", queue=queue))

    assert all(isinstance(i, str) for i in items) and items[0] == FIRST_LINE
    assert final.kind is Kind.ANSWERED and "".join(items) == final.text and "Google pays $204,655" in final.text


# --- the SSE API -------------------------------------------------------------------------------


def sse_timed(url: str, message: str) -> list[tuple[float, str, dict]]:
    """(seconds since the request, event name, data) of every event of one /api/chat/stream request."""
    events, name, data = [], "message", []
    started = time.monotonic()
    with httpx.stream("POST", f"{url}/api/chat/stream", json={"message": message}, timeout=60) as response:
        assert response.status_code == 200
        for line in response.iter_lines():
            if line.startswith("event:"):
                name = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].strip())
            elif not line and data:
                events.append((time.monotonic() - started, name, json.loads("\n".join(data))))
                name, data = "message", []
    return events


def test_sse_tokens_are_verified_units_and_join_to_the_final_answer(index_settings, embedder, record_property):
    # The model waits 2 s in its queue before its first word: the evidence's first text must not.
    engine = Scripted(REPLIES["sentences"], delay=0.01, queue=(QueueStatus(3, 4.0), QueueStatus(1, 0.5)), queue_delay=1)
    with serve(index_settings.model_copy(update={"rate_limit": "1000/minute"}), engine, embedder) as url:
        timed = sse_timed(url, EMPLOYERS)

    names = [n for _, n, _ in timed]
    assert names[-1] == "final" and set(names[:-1]) == {"token"}  # the text is on screen: no queue note after it
    tokens = [d["text"] for _, n, d in timed if n == "token"]
    first_text_s = timed[0][0]
    model_at = next(i for i, t in enumerate(tokens) if t.startswith("\n\nGoogle pays AI research scientists"))
    model_s = [s for s, n, _ in timed if n == "token"][model_at]
    assert first_text_s < 1.5 and model_s >= 2.0 > first_text_s  # the first text came before the model's queue ended
    record_property("first_text_ms", round(first_text_s * 1000))
    final = timed[-1][2]
    assert not any("1,000,000" in t for t in tokens)
    assert tokens[0] == FIRST_LINE and tokens[1].startswith("\nFrom ")
    assert tokens[model_at : model_at + 2] == [
        "\n\nGoogle pays AI research scientists $204,655 on average [1].",
        " Meta pays $177,730 on average [1].",
    ]
    assert all(t.startswith("\n") for t in tokens[model_at + 2 :])  # then the guide's own lines, one event each
    assert "".join(tokens) == final["answer"] and final["outcome"] == {"kind": "answered", "reason": None}
    assert any("1,000,000" in r["sentence"] for r in final["removed"])
    assert final["timings"]["first_unit_ms"] < 1500 <= final["timings"]["first_token_ms"]


# --- the answer's shape: the evidence first, the model's sentences, the guide's lines not stated (quotes.supporting) --


def test_the_models_sentence_follows_the_first_text_then_the_guides_lines_it_did_not_state(index_settings):
    reply = "Google pays AI research scientists more than Meta, $204,655 on average against $177,730 [1]."
    pieces, final = consume(index_settings, Scripted(reply))
    alone = evidence_alone(index_settings)

    first, model, support = final.text.split("\n\n", 2)
    assert first == alone.split("\n\n")[0] and first.startswith(FIRST_LINE) and "US 2024" in first
    assert model == reply and final.kind is Kind.ANSWERED
    assert support.startswith("From ") and "US 2024" in support.splitlines()[0]  # the document and scope of the lines
    quoted = [line for line in support.splitlines() if line.startswith("- ")]
    assert quoted and all(line[2:] in alone for line in quoted)  # the guide's own lines, verbatim
    assert "".join(pieces) == final.text


def test_a_line_the_model_already_states_is_not_quoted_again_nor_the_first_line(index_settings):
    pieces, final = consume(
        index_settings, Scripted("Meta pays AI research scientists $177,730 on average, range $72,000 - $328,000 [1].")
    )
    support = "".join(final.text.split("\n\n", 2)[2:])
    assert "$177,730" not in support and "$204,655" not in support  # stated by the model; shown first
    assert final.text.count("$204,655") == 1 and "".join(pieces) == final.text


def test_quoted_support_can_be_switched_off(index_settings):
    settings = index_settings.model_copy(update={"quote_support": False})
    reply = "Google pays AI research scientists more than Meta, $204,655 on average against $177,730 [1]."
    _, final = consume(settings, Scripted(reply))
    assert final.text == evidence_alone(settings).split("\n\n")[0] + "\n\n" + reply


@pytest.mark.parametrize(
    "reply",
    [
        "Meta [1]",
        f"{EMPLOYERS} [1]",
        "Salary Ranges (US Market, 2024) > AI Research Scientist Salaries at Top Companies [1]",
    ],
)
def test_a_unit_with_nothing_to_check_is_never_shown(index_settings, reply):
    pieces, final = consume(index_settings, Scripted(reply))
    assert final.kind is Kind.ANSWERED and final.reason is Reason.GUTTED
    assert "".join(pieces) == final.text == evidence_alone(index_settings)  # the evidence's answer, and only it


def test_a_figure_shows_the_currency_sign_of_the_passage_it_cites(index_settings):
    # A small model copies the digits from its passage but the sign from its prompt's example (or none).
    reply = "Google pays more, 204,655 on average against Meta's €177,730 [1]."
    pieces, final = consume(index_settings, Scripted(reply))
    assert model_part(final).startswith("Google pays more, $204,655 on average against Meta's $177,730")
    assert "€" not in final.text and "".join(pieces) == final.text
    assert final.kind is Kind.ANSWERED


def test_a_figure_naming_nobody_that_is_another_rows_is_never_shown(index_settings):
    # "The average is $177,730" reads as Google's answer, but the passage gives it for Meta
    question = "Why would an AI research scientist choose Google?"
    pieces, final = consume(
        index_settings, Scripted("The average is $177,730 [1]. Google pays $204,655 on average [1]."), question
    )
    assert not any("The average is" in p for p in pieces)  # not even for a moment
    assert model_part(final).startswith("Google pays $204,655 on average [1].") and "".join(pieces) == final.text
    assert any("177,730" in r.sentence for r in final.removed)


AI_MARKET = "What is the expected CAGR of the global AI market?"
ML_LINE = "Machine learning market expected to hit $419.94 billion by 2030 (CAGR of 34.8% from 2023 to 2030)."


def test_the_first_text_is_the_line_asked_about_not_a_line_a_model_would_copy(index_settings):
    # The 0.5B model's real answer to this question (golden case market-ai-cagr) was a verbatim copy of the machine
    # learning market's line. A question for a value is answered by the documents' line asked about, the global AI
    # market's, and the model is not asked.
    engine = Scripted(f"{ML_LINE} [1]")
    pieces, final = consume(index_settings, engine, question=AI_MARKET)

    opening = final.text.split("\n")[0]
    assert "37.3%" in opening and "34.8%" not in opening and engine.calls == 0
    assert "".join(pieces) == final.text and final.kind is Kind.ANSWERED


CHALLENGES = "What challenges do machine learning researchers face?"
# The 0.5B model's real opening for golden case challenges-overview: true to the guide, but it cites only the first
# passage, and data quality and overfitting are the third's list.
TWO_LISTS = (
    "Machine learning researchers face several challenges, including talent deficit, real-world application "
    "challenges, data quality and quantity, and overfitting and underfitting [1]."
)


def test_a_sentence_that_names_two_passages_lists_is_shown_citing_both(index_settings):
    pieces, final = consume(index_settings, Scripted(TWO_LISTS), question=CHALLENGES)

    opening = model_part(final)
    assert final.kind is Kind.ANSWERED and opening.startswith("Machine learning researchers face several challenges")
    cited = [c for c in final.citations if f"[{c.n}]" in opening]
    assert len(cited) == 2
    assert any("Talent Deficit" in c.text for c in cited) and any("Overfitting" in c.text for c in cited)
    assert "".join(pieces) == final.text


def test_a_sentence_no_one_more_passage_supports_is_never_shown(index_settings):
    reply = TWO_LISTS.replace(
        "overfitting and underfitting", "quantum computing"
    )  # in the guide, in none of these passages
    pieces, final = consume(index_settings, Scripted(reply), question=CHALLENGES)
    assert not any("quantum" in p for p in pieces)
    assert "".join(pieces) == final.text


def test_a_figure_cited_to_the_wrong_passage_is_dropped_not_re_cited():
    from bot.guard.stream import recite
    from bot.retrieval.lexicon import lexicon_from_text

    passages = ["- Talent Deficit: a shortage of staff", "- Talent deficit costs 5% of output a year"]
    lex = lexicon_from_text("\n".join(passages))
    assert recite("Talent deficit costs 5% of output [1].", passages, lex) is None
    assert (
        recite("Talent deficit is a shortage of output [2].", passages, lex).text
        == "Talent deficit is a shortage of output [1, 2]."
    )
