"""bot/guard/checks/names.py: a name or job title the cited passages do not have, and a named row's figure said as
if it named nobody."""

from __future__ import annotations

import pytest

from bot.guard.checks import names
from bot.guard.verify import reasons_of, verify, whose_figure
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

- Junior: $48,000 average salary
- Senior: $92,000 average salary

## Widget Tester Salaries

- Median salary: $70,000
"""

COMPANIES = (
    "Widget Analyst Salaries (Widgetland, 2030) > Salary by Company\n"
    "- Acme: $61,000 median salary\n- Globex: $66,500 median salary"
)
LEVELS = (
    "Widget Analyst Salaries (Widgetland, 2030) > Salary by Level\n"
    "- Junior: $48,000 average salary\n- Senior: $92,000 average salary"
)
TESTERS = "Widget Tester Salaries\n- Median salary: $70,000"


@pytest.fixture(scope="module")
def lex():
    return lexicon_from_text(GUIDE)


@pytest.mark.parametrize(
    ("sentence", "passages", "reason"),
    [
        # a company of another passage (the module's example)
        ("Senior analysts at Acme earn an average of $92,000 [1].", [LEVELS], "name 'Acme' not in [1]"),
        # a company no document names
        (
            "Initech pays senior analysts an average of $92,000 [1].",
            [LEVELS],
            "name 'Initech' not in [1] (invented: not in the corpus)",
        ),
        # a job title of another passage
        ("A widget tester earns $61,000 at Acme [1].", [COMPANIES], "job title 'widget tester' not in [1]"),
    ],
)
def test_a_name_the_cited_passage_does_not_have_is_caught(lex, sentence: str, passages: list[str], reason: str) -> None:
    reasons = reasons_of(names.entities, sentence, passages, lex)
    assert any(reason in r for r in reasons), reasons
    (verdict,) = verify(sentence, passages, lex)
    assert not verdict.supported


@pytest.mark.parametrize(
    ("sentence", "passages"),
    [
        ("Globex pays widget analysts a median salary of $66,500 [1].", [COMPANIES]),
        ("Senior widget analysts earn $92,000 on average [1].", [LEVELS]),
        ("Widget testers earn a median salary of $70,000 [1].", [TESTERS]),
        # the region the document is about counts as named, even where the passage does not say it
        ("In Widgetland, widget testers earn a median salary of $70,000 [1].", [TESTERS]),
        # a name inside a scope clause is not a claim
        ("The guide does not cover Initech; Globex pays a median salary of $66,500 [1].", [COMPANIES]),
    ],
)
def test_a_name_the_cited_passage_has_passes(lex, sentence: str, passages: list[str]) -> None:
    assert reasons_of(names.entities, sentence, passages, lex) == []
    (verdict,) = verify(sentence, passages, lex)
    assert verdict.supported, verdict.reasons


@pytest.mark.parametrize(
    ("unit", "question", "misleads"),
    [
        # Globex's figure, naming nobody, as the answer about senior analysts
        ("Median salary: $66,500 [1]", "What is the median salary of a senior widget analyst?", True),
        # the question names the row, or the unit names its subject
        ("Median salary: $66,500 [1]", "What does Globex pay widget analysts?", False),
        ("Globex pays a median salary of $66,500 [1].", "What is the median salary of a senior widget analyst?", False),
        # a figure of an unnamed line (the whole job) is no one row's
        ("The median salary is $70,000 [2].", "What do widget testers earn?", False),
    ],
)
def test_a_named_rows_figure_naming_nobody_misleads_as_the_answer(lex, unit: str, question: str, misleads: bool):
    reason = whose_figure(unit, question, [COMPANIES, TESTERS], lex)
    assert bool(reason) is misleads, reason
    assert not misleads or "Globex" in reason
