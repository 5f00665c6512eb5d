"""Which rows of a table a question means when it names more than one of a row's keys (issue 26, item 3).

A table keyed by two columns (city x experience level, state x grade) has many rows per name: "Mumbai" names three
rows, "entry-level" six. ``holding`` keeps the rows that hold every other key the question names ("mid-level data
scientists in Mumbai vs Delhi NCR": the Mid rows; "the least for entry-level in India": the Entry rows), and
``by_keys`` puts first the rows that hold most of them ("3-6 years in Chennai": Chennai's 3-6 years row).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.evidence.ask import Ask
from bot.tables import Record


def _low(text: str) -> str:
    return text.lower().replace("–", "-").replace("—", "-")  # "0-2 years" typed, "0–2 years" written


def _named(ask: Ask) -> set[str]:
    return {_low(x) for x in (*ask.rows, *ask.places)}


def _held(record: Record, named: set[str], own: bool) -> int:
    """How many of the named keys the row holds (its own name too when ``own``)."""
    cells = record.keys if own else record.keys[1:]
    return sum(1 for _, c in cells if _low(c) in named)


def holding(ask: Ask, rows: Sequence[Record], *, least: int = 2, own: bool = False, most: bool = False) -> list[Record]:
    """The rows that hold, besides their own name (or, with ``own``, as their own name too: "which emirate pays
    commercial managers the most" ranks the Commercial Manager rows), a key the question names, when at least
    ``least`` do and not all do; else the rows as they are. With ``most``, of those the rows that hold the most keys
    asked, when some hold more than others ("a docker on step B": the Docker row of Step B, not of Step A)."""
    named = _named(ask)
    held = [(r, _held(r, named, own=own)) for r in rows]
    top = max((n for _, n in held), default=0)
    if most and top and any(0 < n < top for _, n in held):
        best = [r for r, n in held if n == top]
        if least <= len(best) < len(rows):
            return best
    kept = [r for r, n in held if n]
    return kept if least <= len(kept) < len(rows) else list(rows)


def by_keys(ask: Ask, rows: Sequence[Record]) -> list[Record]:
    """The rows, those that hold most of the keys the question names first (a stable sort: ties keep their order)."""
    named = _named(ask)
    return sorted(rows, key=lambda r: -_held(r, named, own=True))
