"""bot/guard/checks/figures.py: a figure the cited passages do not give, or give for another name, statistic or year."""

from __future__ import annotations

import pytest

from bot.guard.checks import figures
from bot.guard.verify import reasons_of, verify
from bot.retrieval.lexicon import lexicon_from_text

GUIDE = """---
title: "Widget Analyst: Career Guide"
region: Widgetland
year: 2030
---

## Widget Analyst Salaries (Widgetland, 2030)

### Salary by Company

- Acme: $61,000 median salary
- Globex: $66,500 median salary

### Salary by Level

- Junior: $48,000 average salary (range: $40,000 - $58,000)
- Senior: $92,000 average salary
- Top 10%: $120,000

## Outlook

- Demand: openings for widget analysts grew from 2025 to 2030, across 3 regions
"""

COMPANIES = (
    "Widget Analyst Salaries (Widgetland, 2030) > Salary by Company\n"
    "- Acme: $61,000 median salary\n- Globex: $66,500 median salary"
)
LEVELS = (
    "Widget Analyst Salaries (Widgetland, 2030) > Salary by Level\n"
    "- Junior: $48,000 average salary (range: $40,000 - $58,000)\n"
    "- Senior: $92,000 average salary\n- Top 10%: $120,000"
)
OUTLOOK = "Outlook\n- Demand: openings for widget analysts grew from 2025 to 2030, across 3 regions"


@pytest.fixture(scope="module")
def lex():
    return lexicon_from_text(GUIDE)


@pytest.mark.parametrize(
    ("sentence", "passages", "reason"),
    [
        # a figure moved to another name
        ("Acme pays widget analysts a median salary of $66,500 [1].", [COMPANIES], "not stated for Acme in [1]"),
        # a figure nobody gives, and one no document gives
        (
            "Globex pays widget analysts a median salary of $67,000 [1].",
            [COMPANIES],
            "number $67,000 is not in [1] (invented",
        ),
        ("Senior analysts earn $61,000 on average [1].", [LEVELS], "number $61,000 is not in [1]"),
        # the right digits in the wrong unit
        ("Acme pays a median salary of $61 million [1].", [COMPANIES], "unit of $61 million does not match $61,000"),
        # a median called an average (the module's example)
        ("Acme's average salary is $61,000 [1].", [COMPANIES], "$61,000 is called average but [1] gives it as median"),
        # one end of a range said as the range
        ("Junior analysts earn a range of $58,000 [1].", [LEVELS], "one end of a range"),
        # the top 10% said as the bottom 10%
        ("The bottom 10% of widget analysts earn $120,000 [1].", [LEVELS], "'bottom 10%' is not in [1]"),
        # a small count the passages do not give
        ("Openings for widget analysts grew across 4 regions [1].", [OUTLOOK], "number 4 is not in [1]"),
        # a year the passages give, but not for that figure
        (
            "In 2025, Acme paid widget analysts a median salary of $61,000 [1, 2].",
            [COMPANIES, OUTLOOK],
            "year 2025 is not given for that figure",
        ),
    ],
)
def test_a_wrong_figure_is_caught(lex, sentence: str, passages: list[str], reason: str) -> None:
    reasons = reasons_of(figures.numbers, sentence, passages, lex)
    assert any(reason in r for r in reasons), reasons
    (verdict,) = verify(sentence, passages, lex)
    assert not verdict.supported


@pytest.mark.parametrize(
    ("sentence", "passages"),
    [
        ("Acme pays widget analysts a median salary of $61,000 [1].", [COMPANIES]),
        ("Acme and Globex pay median salaries of $61,000 and $66,500 [1].", [COMPANIES]),
        ("Globex pays a median of about $66.5k [1].", [COMPANIES]),  # rounded and abbreviated
        ("Junior analysts earn $48,000 on average, ranging from $40,000 to $58,000 [1].", [LEVELS]),
        ("The top 10% of widget analysts earn $120,000 [1].", [LEVELS]),
        ("Openings for widget analysts grew across 3 regions [1].", [OUTLOOK]),
        # the year of the document's front matter stands with every figure of it
        ("In 2030, Acme paid widget analysts a median salary of $61,000 [1].", [COMPANIES]),
    ],
)
def test_a_right_figure_passes(lex, sentence: str, passages: list[str]) -> None:
    assert reasons_of(figures.numbers, sentence, passages, lex) == []
    (verdict,) = verify(sentence, passages, lex)
    assert verdict.supported, verdict.reasons


def test_a_year_in_a_scope_clause_is_not_checked(lex) -> None:
    sentence = "The guide has no figures for 2031; for 2030 it gives Acme a median salary of $61,000 [1]."
    assert reasons_of(figures.numbers, sentence, [COMPANIES], lex) == []
