"""bot/guard/checks/comparisons.py: "more than", "above", "pays more", "the most" against the figures."""

from __future__ import annotations

import pytest

from bot.guard.checks import comparisons
from bot.guard.verify import reasons_of, verify
from bot.retrieval.lexicon import lexicon_from_text

GUIDE = """## Widget Analyst Salaries (Widgetland, 2030)

### Salary by Company

- Acme: $61,000 median salary
- Globex: $66,500 median salary
- Initech: $78,000 median salary

### Salary by Level

- Junior: $48,000 average salary (range: $40,000 - $58,000)
"""

SECTION = "Widget Analyst Salaries (Widgetland, 2030) > Salary by Company"
ROW_LINES = ["- Acme: $61,000 median salary", "- Globex: $66,500 median salary", "- Initech: $78,000 median salary"]
COMPANIES = "\n".join([SECTION, *ROW_LINES])
LEVELS = (
    "Widget Analyst Salaries (Widgetland, 2030) > Salary by Level\n"
    "- Junior: $48,000 average salary (range: $40,000 - $58,000)"
)
# the table's rows chunked apart, as ingest often does: each passage holds one company
ROWS = [f"{SECTION}\n{row}" for row in ROW_LINES]


@pytest.fixture(scope="module")
def lex():
    return lexicon_from_text(GUIDE)


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # the wrong direction (the module's example), also with the side named before "than" or said with a verb
        ("Acme pays more than Globex [1].", "comparison 'more than' disagrees with the figures (61,000 vs 66,500)"),
        ("Widget analysts earn more at Acme than at Initech [1].", "disagrees with the figures (61,000 vs 78,000)"),
        ("Acme outpays Globex for widget analysts [1].", "comparison 'outpays' disagrees"),
        # the wrong degree: 28% apart is not "slightly"; 9% apart is not "much"
        ("Initech pays slightly more than Acme [1].", "comparison 'slightly more than' disagrees"),
        ("Globex pays much more than Acme [1].", "comparison 'much more than' disagrees"),
        # across clauses: the side before is the clause before
        ("Globex's median is $66,500, slightly less than Acme's [1].", "comparison 'slightly less than' disagrees"),
    ],
)
def test_a_comparison_against_the_figures_is_caught(lex, sentence: str, reason: str) -> None:
    reasons = reasons_of(comparisons.than, sentence, [COMPANIES], lex)
    assert any(reason in r for r in reasons), reasons
    (verdict,) = verify(sentence, [COMPANIES], lex)
    assert not verdict.supported


@pytest.mark.parametrize(
    "sentence",
    [
        "Globex pays more than Acme [1].",
        "Widget analysts earn more at Initech than at Acme [1].",
        "Globex pays slightly more than Acme [1].",
        "Initech pays much more than Acme [1].",
        "Acme's median is $61,000, slightly less than Globex's [1].",
        # "more than" a figure is a bound, left to the figure checks
        "Initech pays more than $70,000 [1].",
    ],
)
def test_a_comparison_the_figures_bear_out_passes(lex, sentence: str) -> None:
    assert reasons_of(comparisons.than, sentence, [COMPANIES], lex) == []


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        # a figure against the range written after it: plain arithmetic
        ("Junior analysts earn $48,000 on average, which is above the range of $40,000 - $58,000 [1].", True),
        ("Junior analysts earn $48,000 on average, which is below $40,000 [1].", True),
        ("Junior analysts earn $48,000 on average, which is above $40,000 [1].", False),
        ("Junior analysts earn $48,000 on average, which is below the upper end of $58,000 [1].", False),
    ],
)
def test_a_figure_against_a_figure(lex, sentence: str, wrong: bool) -> None:
    reasons = reasons_of(comparisons.than, sentence, [LEVELS], lex)
    assert bool(reasons) is wrong, reasons
    assert not wrong or "disagrees with the figures ($48,000 vs" in reasons[0]


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        (
            "Acme pays more, $61,000 against Globex's $66,500 [1].",
            "comparison 'pays more' disagrees with the figures (61,000 vs 66,500)",
        ),
        ("Globex pays more [1].", "names no other side"),
        ("Widget analysts earn more at larger firms [1].", "gives no figure to check it against"),
    ],
)
def test_a_comparison_without_than_is_caught(lex, sentence: str, reason: str) -> None:
    reasons = reasons_of(comparisons.bare, sentence, [COMPANIES], lex)
    assert any(reason in r for r in reasons), reasons
    (verdict,) = verify(sentence, [COMPANIES], lex)
    assert not verdict.supported


def test_a_comparison_without_than_that_holds_passes(lex) -> None:
    sentence = "Globex pays more, $66,500 against Acme's $61,000 [1]."
    assert reasons_of(comparisons.bare, sentence, [COMPANIES], lex) == []
    (verdict,) = verify(sentence, [COMPANIES], lex)
    assert verdict.supported, verdict.reasons


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        (
            "Globex pays widget analysts the most [2].",
            "'most' does not hold for Globex (66,500; the passages give 78,000)",
        ),
        (
            "Initech pays the lowest median salary [3].",
            "'lowest' does not hold for Initech (78,000; the passages give 61,000)",
        ),
    ],
)
def test_a_superlative_is_checked_against_every_peer_not_only_the_cited_one(lex, sentence: str, reason: str) -> None:
    reasons = reasons_of(comparisons.superlative, sentence, ROWS, lex)
    assert any(reason in r for r in reasons), reasons


@pytest.mark.parametrize(
    "sentence",
    [
        "Initech pays widget analysts the most [3].",
        "Acme pays the lowest median salary [1].",
        "The most important skill is patience [1].",  # "most" that says nothing of pay
    ],
)
def test_a_superlative_that_holds_passes(lex, sentence: str) -> None:
    assert reasons_of(comparisons.superlative, sentence, ROWS, lex) == []
