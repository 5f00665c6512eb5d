"""Citation parsing and renumbering, table-driven."""

from __future__ import annotations

import pytest

from bot.guard.citations import finalize, parse_markers, renumber
from bot.types import Passage


@pytest.mark.parametrize(
    ("text", "markers"),
    [
        ("No markers.", []),
        ("One [1].", [1]),
        ("Two [2][1].", [2, 1]),
        ("Comma [1, 3] and [2].", [1, 3, 2]),
        ("Not a marker [x] or [].", []),
    ],
)
def test_parse_markers(text, markers):
    assert parse_markers(text) == markers


@pytest.mark.parametrize(
    ("text", "count", "expected", "order"),
    [
        ("A [3]. B [1].", 3, "A [1]. B [2].", [3, 1]),
        ("A [1]. B [7].", 2, "A [1]. B.", [1]),
        ("A [2] [2]. B [2].", 2, "A [1]. B [1].", [2]),
        ("A [1, 3].", 3, "A [1][2].", [1, 3]),
        ("A [0]. B [4].", 3, "A. B.", []),
    ],
)
def test_renumber_drops_dangling_markers_and_orders_by_first_use(text, count, expected, order):
    assert renumber(text, count) == (expected, order)


def test_finalize_returns_exactly_the_cited_passages_in_order():
    passages = [Passage(id=str(i), source="corpus/g.md", section=f"S{i}", text=f"text {i}") for i in range(1, 5)]
    text, citations = finalize("First [4]. Second [2]. Again [4]. Bad [9].", passages)
    assert text == "First [1]. Second [2]. Again [1]. Bad."
    assert [(c.n, c.section) for c in citations] == [(1, "S4"), (2, "S2")]
