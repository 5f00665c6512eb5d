"""bot/numbers.py: figures found, normalised and compared as a reader would."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.numbers import Quantity, fact_in_text, parse_numbers, same_quantity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Google: $204,655 average", [(204655, "money")]),
        ("about 204k a year", [(204000, "money")]),
        ("reach $1.8 trillion by 2030", [(1.8e12, "money"), (2030, "year")]),
        ("hit $419.94 billion", [(419.94e9, "money")]),
        ("74% annual growth", [(74, "percent")]),
        ("range: $56,000 - $446,000", [(56000, "money"), (446000, "money")]),
        ("$149,000 - 220,000 per year", [(149000, "money"), (220000, "money")]),
        ("$1.8-2 trillion", [(1.8e12, "money"), (2e12, "money")]),
        ("85k", [(85000, "money")]),
        ("over the past four years", [(4, "count")]),
        ("CAGR of 37.3% from 2023 to 2030", [(37.3, "percent"), (2023, "year"), (2030, "year")]),
        ("the Qwen2.5 model", []),
    ],
)
def test_figures_are_found_with_their_value_and_kind(text: str, expected: list[tuple[float, str]]) -> None:
    found = parse_numbers(text)
    assert [(pytest.approx(q.value), q.kind) for q in found] == [(pytest.approx(v), k) for v, k in expected]
    for q in found:
        assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("$204,655", "204,655", True),
        ("204k", "$204,655", True),  # rounded down, as people write it
        ("about $205,000", "$204,655", True),
        ("$205,000", "$204,655", False),  # not marked as rounded: a different figure
        ("$1.8 billion", "$1.8 trillion", False),
        ("about $420 billion", "$419.94 billion", True),
        ("about $200k", "$161,650", False),
        ("74%", "74", True),
        ("74%", "$74", False),
        ("2030", "2030", True),
    ],
)
def test_same_quantity_matches_rounding_but_not_other_figures_or_units(a: str, b: str, same: bool) -> None:
    qa, qb = parse_numbers(a)[0], parse_numbers(b)[0]
    assert same_quantity(qa, qb) is same
    assert same_quantity(qb, qa) is same


def test_tolerance_widens_the_match() -> None:
    a, b = parse_numbers("$100,000")[0], parse_numbers("$103,000")[0]
    assert not same_quantity(a, b)
    assert same_quantity(a, b, tolerance=0.05)


@pytest.mark.parametrize(
    ("fact", "text", "found"),
    [
        ("$204,655", "Google pays 204,655 on average [1].", True),
        ("204,655", "Google: $204,655 average", True),
        ("$85,000", "about 85k a year", True),
        ("$204,655", "Google pays $214,655.", False),
        ("$1.8 trillion", "$1.8 billion by 2030", False),
        ("Salary Ranges", "see salary  ranges above", True),
        ("Meta", "metadata only", False),
    ],
)
def test_fact_in_text_normalises_numbers_and_matches_words(fact: str, text: str, found: bool) -> None:
    assert fact_in_text(fact, text) is found


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parse_numbers_never_raises_and_spans_are_true(text: str) -> None:
    for q in parse_numbers(text):
        assert isinstance(q, Quantity)
        assert text[q.start : q.end] == q.text


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**9))
def test_written_amounts_read_back_as_themselves(n: int) -> None:
    (q,) = parse_numbers(f"${n:,}")
    assert q.value == n and q.kind == "money"
