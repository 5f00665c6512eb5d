"""bot/guard/checks/lists.py: examples the cited passages do not list, and an item listed under one label said of
another."""

from __future__ import annotations

import pytest

from bot.guard.checks import lists
from bot.guard.verify import reasons_of, verify
from bot.retrieval.lexicon import lexicon_from_text

GUIDE = """## Career Levels

- Grade W1: Widget Apprentice, Junior Widget Tester
- Grade W2: Widget Planner, Senior Widget Tester

## Skills

- Tools: spreadsheets, barcode scanners and inventory software
"""

LEVELS = "Career Levels\n" + GUIDE.split("\n\n")[1]
SKILLS = "Skills\n- Tools: spreadsheets, barcode scanners and inventory software"


@pytest.fixture(scope="module")
def lex():
    return lexicon_from_text(GUIDE)


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # an item moved to its sibling label (the module's example)
        ("Grade W2 roles include widget apprentice [1].", "'Widget Apprentice' is listed under Grade W1, not Grade W2"),
        (
            "Grade W1 roles include widget planner and junior widget tester [1].",
            "'Widget Planner' is listed under Grade W2, not Grade W1",
        ),
        # the item first, then the label it is called
        (
            "A senior widget tester is a Grade W1 role [1].",
            "'Senior Widget Tester' is listed under Grade W2, not Grade W1",
        ),
    ],
)
def test_an_item_under_the_wrong_label_is_caught(lex, sentence: str, reason: str) -> None:
    reasons = reasons_of(lists.membership, sentence, [LEVELS], lex)
    assert any(reason in r for r in reasons), reasons
    (verdict,) = verify(sentence, [LEVELS], lex)
    assert not verdict.supported


@pytest.mark.parametrize(
    "sentence",
    [
        "Grade W1 roles include widget apprentice and junior widget tester [1].",
        "A widget planner is a Grade W2 role [1].",
        "Grade W1 roles include widget apprentice, while Grade W2 roles include widget planner [1].",
    ],
)
def test_an_item_under_its_own_label_passes(lex, sentence: str) -> None:
    assert reasons_of(lists.membership, sentence, [LEVELS], lex) == []
    (verdict,) = verify(sentence, [LEVELS], lex)
    assert verdict.supported, verdict.reasons


def test_an_example_the_passage_does_not_list_is_caught(lex) -> None:
    sentence = "Widget analysts use tools such as spreadsheets and laser welders [1]."
    assert reasons_of(lists.listed_items, sentence, [SKILLS], lex) == ["'laser welders' is not in [1]"]
    (verdict,) = verify(sentence, [SKILLS], lex)
    assert not verdict.supported


@pytest.mark.parametrize(
    "sentence",
    [
        "Widget analysts use tools such as spreadsheets and barcode scanners [1].",
        "Their tools include spreadsheets, barcode scanners and inventory software [1].",
        # an example inside a scope clause is not a claim
        "The guide does not cover tools such as laser welders; it lists spreadsheets [1].",
    ],
)
def test_examples_the_passage_lists_pass(lex, sentence: str) -> None:
    assert reasons_of(lists.listed_items, sentence, [SKILLS], lex) == []
