"""bot/guard/checks/echoes.py: a heading, a section path, a title or a page footer copied as a unit, or a marker
repeated, is never shown; the answer's own sentences pass."""

from __future__ import annotations

import pytest

from bot.guard.checks import echoes
from bot.guard.stream import VerifiedStream
from bot.guard.verify import reasons_of
from bot.retrieval.lexicon import lexicon_from_text
from bot.types import Passage

GUIDE = """# Widget Analyst: Career Guide

## Salaries (Freedonia, 2031)

### Salary by Band

- Band W1: Starting salary: F$28,900
- Band W2: Starting salary: F$36,200

## How to Become a Widget Analyst

Most widget analysts start with a degree in statistics and a year of practice on a factory floor.
"""
BANDS = (
    "Salaries (Freedonia, 2031) > Salary by Band\n- Band W1: Starting salary: F$28,900\n"
    "- Band W2: Starting salary: F$36,200\nDocument: Widget Analyst: Career Guide, Freedonia 2031"
)
HOW = (
    "How to Become a Widget Analyst\nMost widget analysts start with a degree in statistics and a year of practice "
    "on a factory floor.\nDocument: Widget Analyst: Career Guide, Freedonia 2031"
)


def _passage(text: str) -> Passage:
    section, _, rest = text.partition("\n")
    body, _, document = rest.rpartition("\nDocument: ")
    title, _, scope = document.rpartition(", ")
    region, _, year = scope.partition(" ")
    return Passage(
        id=section,
        source="widget.md",
        section=section,
        text=body,
        meta={"title": title, "region": region, "year": year},
    )


@pytest.fixture(scope="module")
def lex():
    return lexicon_from_text(GUIDE)


@pytest.mark.parametrize(
    ("unit", "reason"),
    [
        ("Salary by Band [1].", "it only repeats the heading 'Salary by Band' of [1]"),
        ("Salaries (Freedonia, 2031) > Salary by Band [1]", "it only repeats the heading"),
        ("How to Become a Widget Analyst [2].", "it only repeats the heading 'How to Become a Widget Analyst' of [2]"),
        ("Widget Analyst: Career Guide [1].", "it only repeats the title 'Widget Analyst: Career Guide' of [1]"),
        ("Page 2 of 3 [1].", "it is a page footer"),
        ("Widget Analyst: Career Guide | Page 1 of 2", "it is a page footer"),
        ("Band W2 starts at F$36,200 [1]. [1]", "it repeats a marker"),
    ],
)
def test_scaffolding_copied_as_a_unit_is_caught(lex, unit: str, reason: str) -> None:
    found = reasons_of(echoes.echoes, unit, [BANDS, HOW], lex)
    assert any(r.startswith(reason) for r in found), found


def test_a_model_stream_never_shows_a_copied_heading_and_keeps_its_answer(lex) -> None:
    stream = VerifiedStream(
        [_passage(BANDS), _passage(HOW)], lex, model=True, guard=True, question="What does Band W2 start at?"
    )
    shown = stream.feed("Salary by Band [1].\nBand W2 starts at F$36,200 a year [1].\n") + stream.close()
    text = "".join(shown)
    assert "Salary by Band" not in text and "F$36,200" in text, text
    assert any("repeats the heading" in r.reason for r in stream.removed)


@pytest.mark.parametrize(
    "unit",
    [
        "Band W2 starts at F$36,200 a year [1].",
        "Most widget analysts start with a degree in statistics [2].",
        "Band W1 pays F$28,900 [1] and Band W2 F$36,200 [1].",  # one marker twice, apart: two claims, one passage
    ],
)
def test_an_answer_of_its_own_passes(lex, unit: str) -> None:
    assert reasons_of(echoes.echoes, unit, [BANDS, HOW], lex) == []
