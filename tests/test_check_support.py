"""bot/guard/checks/support.py: words the cited passages do not have, and a cause they do not give."""

from __future__ import annotations

import pytest

from bot.guard.checks import support
from bot.guard.verify import reasons_of, verify
from bot.retrieval.lexicon import lexicon_from_text

GUIDE = """## Daily Work

- Tasks: Widget analysts clean and chart sales data for factory managers.
- Model drift: Forecast accuracy falls over time because customer habits change.
"""
WORK = "Daily Work\n" + GUIDE.split("\n\n", 1)[1].strip()


@pytest.fixture(scope="module")
def lex():
    return lexicon_from_text(GUIDE)


def test_a_sentence_made_of_other_words_is_caught(lex) -> None:
    # the module's example
    sentence = "Widget analysts usually work four-day weeks and enjoy unlimited vacation [1]."
    (reason,) = reasons_of(support.support, sentence, [WORK], lex)
    assert reason == "only 33% of its content words are in [1] (missing: day, enjoy, four, unlimit)"
    (verdict,) = verify(sentence, [WORK], lex)
    assert verdict.reasons == (reason,)


def test_a_sentence_in_its_passages_words_passes(lex) -> None:
    sentence = "Widget analysts chart sales data for factory managers [1]."
    assert reasons_of(support.support, sentence, [WORK], lex) == []
    (verdict,) = verify(sentence, [WORK], lex)
    assert verdict.supported, verdict.reasons


@pytest.mark.parametrize(
    ("sentence", "caught"),
    [
        ("Forecast accuracy falls over time because competitors copy the models [1].", True),
        ("Forecast accuracy falls over time because customer habits change [1].", False),
    ],
)
def test_a_cause_the_passage_does_not_give_is_caught(lex, sentence: str, caught: bool) -> None:
    reasons = reasons_of(support.causes, sentence, [WORK], lex)
    assert reasons == (["the cause 'because competitors copy the models' is not in [1]"] if caught else [])
    (verdict,) = verify(sentence, [WORK], lex)
    assert verdict.supported is not caught, verdict.reasons


def test_support_has_the_last_word_only(lex) -> None:
    # a wrong figure is the reason given; support would object too, but is not asked
    sentence = "Widget analysts usually work four-day weeks for $90,000 and enjoy unlimited vacation [1]."
    assert reasons_of(support.support, sentence, [WORK], lex)
    (verdict,) = verify(sentence, [WORK], lex)
    assert not verdict.supported
    assert not any("content words" in r for r in verdict.reasons), verdict.reasons
