"""A question that gives a figure and asks whose it is ("which position in the survey has a median of 1,560,000
colones?", "which job pays a median of 62 million in Bac Ninh?"): the row that holds that figure, with its column.

A table in thousands or millions ("VND million": "62") holds the figure a student writes in full ("62 million"). Of
several cells holding it, those in a column of the place asked ("Bac Ninh – Bac Giang"); when more than one row still
holds it, the rows are named, each with its cell, and the student can tell them apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.evidence.ask import Ask
from bot.evidence.compose import quoted, sentence
from bot.numbers import parse_numbers
from bot.tables import Record, Tables, Value
from bot.text import mentions
from bot.types import Passage

# "Which position ...", "What job ...": whose figure; not "What is ...", "What do ... earn"
_WHOSE = re.compile(
    r"^\s*(?:which|what)\s+(?!(?:is|are|was|were|does|do|did|would|will|can|should|about|if)\b)\w+", re.I
)
# the figure given as a row's ("a median of 62 million", "pays £35,000"), not a name ("a 401k match")
_GIVEN = re.compile(r"\b(?:of|pays?|paid|earns?|makes?|gets?|is|are|on|at|around|about)\s+$", re.I)
_SCALES = (1.0, 1e3, 1e6)  # a cell written in units, thousands or millions
MOST_ROWS = 3


def _holds(value: Value, figure: float) -> bool:
    return any(abs(a * s - figure) <= 0.005 * figure for a in value.amounts for s in _SCALES)


def _figure(ask: Ask) -> float | None:
    """The one figure a question gives when it asks whose it is ("which position has a median of 1,560,000?")."""
    asked = ask.latest or ask.text
    if not _WHOSE.match(asked) or ask.superlative:
        return None
    figures = [
        q.value
        for q in parse_numbers(asked)
        if q.kind in ("money", "count") and q.value >= 100 and _GIVEN.search(asked[: q.start])
    ]
    return figures[0] if len(figures) == 1 else None


def asks_whose(ask: Ask) -> bool:
    return _figure(ask) is not None


def whose_figure(ask: Ask, records: Sequence[Record], tables: Tables, passages: list[Passage]) -> str:
    """The rows holding the figure the question gives, each with that cell; "" when it gives none (or only a year, a
    count of years), when no row holds it, or when too many do to tell apart."""
    figure = _figure(ask)
    if figure is None:
        return ""
    figures = [figure]
    hits = [(r, v) for r in records for v in r.values if v.money and _holds(v, figures[0])]
    placed = [(r, v) for r, v in hits if any(mentions(f"{v.label} {r.line}", p) for p in ask.places)]
    hits = placed or hits
    if not hits or len({r for r, _ in hits}) > MOST_ROWS:
        return ""
    rows = list(dict.fromkeys(r for r, _ in hits))
    text = " ".join(sentence(r, tables, passages, [v for h, v in hits if h is r]) for r in rows)
    return text + "\n\n" + quoted(rows, tables, passages)


_WHERE = re.compile(
    r"\b(?:where|which\s+(?:city|cities|location|locations|region|regions|place|places|province|state|area))\b", re.I
)


def best_place(ask: Ask, records: Sequence[Record], tables: Tables, passages: list[Passage]) -> str:
    """Where a job's row pays the most or least, of a table whose columns are places ("where in vietnam do automation
    engineers earn the most?": the Automation Engineer row's highest cell, "Hai Phong"); "" for any other question."""
    from bot.evidence.places import known_places, places_in

    if not ask.superlative or not ask.jobs or not _WHERE.search(ask.latest or ask.text):
        return ""
    known = known_places(tables)
    rows = [r for r in records if any(mentions(r.name, j) for j in ask.jobs)]
    for record in rows[:1]:
        placed = [v for v in record.values if v.money and places_in(v.label, known)]
        if len(placed) < 2 or len({(v.currency, v.period) for v in placed}) > 1:
            return ""
        pick = (max if ask.want == "max" else min)(placed, key=lambda v: v.amount or 0.0)
        word = "Highest" if ask.want == "max" else "Lowest"
        return f"{word}: {sentence(record, tables, passages, [pick])}\n\n" + quoted([record], tables, passages)
    return ""
