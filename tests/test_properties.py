"""Property tests (hypothesis) of the pure cores: the verifier, the citation parser, the chunker, the number normaliser.

Two kinds of property: no exception on any text at all (any unicode, control
characters, stray brackets, half-written numbers), and the same verdicts when
only whitespace or formatting changes. Answers are built from the real
corpus's lines, so the verifier meets the sentences it meets in production,
plus figures that the guide never states.
"""

from __future__ import annotations

import math
import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.guard.citations import finalize, parse_markers, renumber
from bot.guard.verify import guard, verify
from bot.numbers import fact_in_text, parse_numbers
from bot.retrieval.lexicon import Lexicon, lexicon_from_text
from bot.text import split_units
from bot.types import Passage
from ingest.chunk import chunk_document
from ingest.load import SourceDoc

REPO = Path(__file__).resolve().parent.parent
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# The stability properties verify a whole answer twice against the corpus (~0.3 s an example). 40 examples of 1-4 corpus
# lines still meet the formats that broke them (23 of the corpus's 255 lines are a numbered list item or hold two
# sentences: an example holds one ~20% of the time, so 40 miss them all about once in 10,000 runs), and a failure
# found once is replayed first from hypothesis's database on the next local run.
STABLE = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def corpus_chunks() -> tuple:
    from ingest.chunk import chunk_corpus
    from ingest.load import load_corpus

    docs, _ = load_corpus(REPO / "corpus")
    return tuple(chunk_corpus(docs, 500))


@cache
def corpus_lexicon() -> Lexicon:
    """The lexicon of the corpus text, as the chain shows its chunks (section path, then text)."""
    return lexicon_from_text("\n".join(f"{c.section}\n{c.text}" for c in corpus_chunks()))


@cache
def corpus_lines() -> tuple[str, ...]:
    return tuple(line.strip(" -*") for c in corpus_chunks() for line in c.text.splitlines() if len(line.strip()) > 20)


any_text = st.text(
    alphabet=st.characters(codec="utf-8"), max_size=400
)  # every plane, control characters, surrogate-free
tricky_text = st.lists(
    st.sampled_from(
        [
            "[1]",
            "[2, 3]",
            "[0]",
            "[99]",
            "[",
            "]",
            "$",
            "%",
            "1,000",
            "$1.2M",
            "2024",
            "—",
            "–",
            "\u200b",
            "\x00",
            "\n",
            " ",
            "Google",
            "Meta",
            "€",
            "£40k",
            "10%",
            "-5",
            "1e9",
            "...",
        ]
    ),
    max_size=40,
).map("".join)
messy = st.one_of(any_text, tricky_text, st.tuples(any_text, tricky_text).map("".join))


@st.composite
def answers(draw) -> tuple[str, list[str]]:
    """(answer, passages): corpus lines cited [1]..[k], sometimes with a planted figure, and the k passages."""
    chunks = corpus_chunks()
    picked = draw(st.lists(st.sampled_from(range(len(chunks))), min_size=1, max_size=4, unique=True))
    passages = [f"{chunks[i].section}\n{chunks[i].text}" for i in picked]
    sentences = []
    for _ in range(draw(st.integers(1, 4))):
        line = draw(st.sampled_from(corpus_lines())).rstrip(".")
        if draw(st.booleans()):
            line += f" and pays ${draw(st.integers(1, 9_999_999)):,}"
        sentences.append(f"{line} [{draw(st.integers(1, len(passages)))}].")
    return " ".join(sentences), passages


def respace(text: str, wide: str) -> str:
    """The same words with ``wide`` between them (and around the whole text)."""
    return "\n" + re.sub(r"(?<=\S) (?=\S)", wide, text) + "  \n"


def outcome(verdicts) -> list[tuple[tuple[int, ...], bool]]:
    return [(v.cites, v.supported) for v in verdicts]


# --- no exception on any text ------------------------------------------------------


@FAST
@given(answer=messy, passage=messy)
def test_verifier_and_guard_accept_any_text(answer: str, passage: str) -> None:
    for verdict in verify(answer, [passage, corpus_chunks()[0].text], corpus_lexicon()):
        if any(n not in (1, 2) for n in verdict.cites):
            assert not verdict.supported, "a sentence citing a passage that does not exist was supported"
    result = guard(answer, [passage], corpus_lexicon())
    assert isinstance(result.text, str)


@FAST
@given(text=messy, count=st.integers(0, 6))
def test_citation_parser_accepts_any_text_and_keeps_only_real_passage_numbers(text: str, count: int) -> None:
    parse_markers(text)
    renumbered, order = renumber(text, count)
    assert set(order) <= set(range(1, count + 1))
    assert set(parse_markers(renumbered)) <= set(range(1, len(order) + 1))
    passages = [Passage(id=str(i), source="s", section=f"S{i}", text=f"t{i}") for i in range(count)]
    final, citations = finalize(text, passages)
    assert [c.n for c in citations] == list(range(1, len(citations) + 1))


@FAST
@given(text=messy, size=st.integers(200, 1200))
def test_chunker_accepts_any_text_and_is_deterministic(text: str, size: int) -> None:
    doc = SourceDoc(source="corpus/fuzz.md", text=text)
    first, second = chunk_document(doc, size), chunk_document(doc, size)
    assert [c.id for c in first] == [c.id for c in second]
    assert all(c.text.strip() for c in first)
    assert all(len(c.text) <= size or not re.search(r"\s", c.text) for c in first)


@FAST
@given(text=messy)
def test_number_normaliser_accepts_any_text_and_points_at_each_figure_it_reads(text: str) -> None:
    for quantity in parse_numbers(text):
        assert text[quantity.start : quantity.end] == quantity.text, quantity
        assert math.isfinite(quantity.value), quantity


# --- verdicts stable under whitespace and formatting ----------------------------------------


@STABLE
@given(case=answers(), wide=st.sampled_from(["  ", "   ", " \t", "\t"]))
def test_verdicts_do_not_change_with_extra_whitespace(case: tuple[str, list[str]], wide: str) -> None:
    answer, passages = case
    assert outcome(verify(respace(answer, wide), passages, corpus_lexicon())) == outcome(
        verify(answer, passages, corpus_lexicon())
    )


@pytest.mark.parametrize("space", ["\u00a0", "\u202f"])
def test_verdicts_do_not_change_with_no_break_spaces(space: str) -> None:
    overview = next(c for c in corpus_chunks() if c.section == "Overview")
    sentence = overview.text.split(". ")[0].rstrip(".") + " [1]."
    passages = [f"{overview.section}\n{overview.text}"]
    assert outcome(verify(sentence, passages, corpus_lexicon())) == [((1,), True)]
    assert outcome(verify(sentence.replace(" ", space), passages, corpus_lexicon())) == [((1,), True)]


@STABLE
@given(case=answers())
def test_verdicts_do_not_change_when_sentences_become_a_bullet_list(case: tuple[str, list[str]]) -> None:
    answer, passages = case
    # Each unit the verifier reads in the prose becomes one bullet. Splitting at every ". " is wrong: a corpus line may
    # open with a list number ("1. Learn the core methods ... [1].": "1." is no sentence) or hold two sentences.
    bullets = "\n".join(f"- {s}" for s in split_units(answer))
    assert [s for _, s in outcome(verify(bullets, passages, corpus_lexicon()))] == [
        s for _, s in outcome(verify(answer, passages, corpus_lexicon()))
    ]


@FAST
@given(amount=st.integers(1_000, 999_999_999), wide=st.sampled_from(["  ", "\n", "\t"]))
def test_a_figure_is_found_however_the_text_around_it_is_spaced(amount: int, wide: str) -> None:
    figure = f"${amount:,}"
    text = f"The average pay is {figure} per year."
    assert fact_in_text(figure, text)
    assert fact_in_text(figure, text.replace(" ", wide))
    assert fact_in_text(f"${amount}", text)  # thousands separators are formatting, not value
