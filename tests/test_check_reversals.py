"""bot/guard/checks/reversals.py: a claim that says the opposite of the cited line closest to it."""

from __future__ import annotations

import pytest

from bot.guard.checks import reversals
from bot.guard.verify import reasons_of, verify
from bot.retrieval.lexicon import lexicon_from_text

GUIDE = """## Good Practice

- Disclosure: Analysts should always disclose the tools they use.
- Demand: Demand for widget analysts is rising as factories automate.
- Location: Factory towns often offer higher salaries than rural areas.
- Edge Widgets: Edge widgets process sensor data on the device rather than on central servers.
- Model drift: Forecast accuracy falls over time because customer habits change.
"""
PRACTICE = "Good Practice\n" + GUIDE.split("\n\n", 1)[1].strip()


@pytest.fixture(scope="module")
def lex():
    return lexicon_from_text(GUIDE)


@pytest.mark.parametrize(
    ("check", "sentence", "reason"),
    [
        # the module's example: the opposite of "should always"
        (
            reversals.reversal,
            "Analysts avoid disclosing the tools they use [1].",
            "'avoid' reverses [1], which says 'should'",
        ),
        (
            reversals.reversal,
            "Demand for widget analysts is falling as factories automate [1].",
            "'falling' reverses [1], which says 'rising'",
        ),
        (
            reversals.reversal,
            "Edge widgets process sensor data on central servers [1].",
            "'central' reverses [1], which says 'Edge'",
        ),
        (reversals.direction, "Factory towns often offer lower salaries [1].", "says 'down' where [1] says 'up'"),
        (reversals.negation, "Forecast accuracy does not fall over time [1].", "negation 'not' is not in [1]"),
    ],
)
def test_a_reversed_claim_is_caught(lex, check, sentence: str, reason: str) -> None:
    assert reasons_of(check, sentence, [PRACTICE], lex) == [reason]
    (verdict,) = verify(sentence, [PRACTICE], lex)
    assert not verdict.supported


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts should always disclose the tools they use [1].",
        "Demand for widget analysts is rising as factories automate [1].",
        # what the claim sets itself against ("rather than ...") is not its claim
        "Edge widgets process sensor data on the device rather than on central servers [1].",
        "Factory towns often offer higher salaries [1].",
        "Forecast accuracy falls over time [1].",
    ],
)
def test_a_claim_that_says_what_its_line_says_passes(lex, sentence: str) -> None:
    for check in (reversals.reversal, reversals.direction, reversals.negation):
        assert reasons_of(check, sentence, [PRACTICE], lex) == [], check.__name__
    (verdict,) = verify(sentence, [PRACTICE], lex)
    assert verdict.supported, verdict.reasons


def test_a_not_in_a_scope_clause_is_the_hand_offs_not_the_claims(lex) -> None:
    # negation alone would object; the pipeline does not ask it for a unit with a scope clause
    sentence = "The guide does not cover rural areas, but forecast accuracy falls over time [1]."
    assert reasons_of(reversals.negation, sentence, [PRACTICE], lex)
    (verdict,) = verify(sentence, [PRACTICE], lex)
    assert verdict.supported, verdict.reasons
