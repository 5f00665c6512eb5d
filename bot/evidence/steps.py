"""A row's steps and a year's parts (issue 26: documents by other hands).

- ``ends_of``: "the range for a senior radiographer" of a table whose rows step ("Senior Radiographer" at notches 1
  to 4): its lowest and highest row, each said with its own figure (not one made up between them).
- ``of_months``: a pay scale with a sheet per quarter ("Abr-Jun 2025", "Jul-Sep 2025"): the rows of the month asked
  ("in april", "desde julio", "jul-sep"), not both sheets' rows side by side.
"""

from __future__ import annotations

import re

from bot.evidence.ask import Ask
from bot.languages import month_span
from bot.tables import Record

RANGE = re.compile(
    r"\brange\b|\bfrom what to what\b|\bgoes from\b|\b(?:lowest|min\w*) (?:and|to) (?:the )?(?:highest|max)", re.I
)


def ends_of(ask: Ask, named: list[Record]) -> list[Record]:
    """The lowest and highest of a row's steps (one name, one table, two rows or more: "Senior Radiographer" at
    notches 1 to 4), by the measure asked; [] otherwise."""
    if len({(r.name, r.source, r.section) for r in named}) != 1 or len(named) < 2:
        return []
    valued = [(v.amounts[0], r) for r in named if (v := r.measure(ask.text)) and v.amounts]
    if len(valued) < 2 or len({v for v, _ in valued}) < 2:
        return []
    return [min(valued, key=lambda t: t[0])[1], max(valued, key=lambda t: t[0])[1]]


def of_months(ask: Ask, records: list[Record]) -> list[Record]:
    """Of tables one per part of a year ("Abr-Jun 2025", "Jul-Sep 2025" sheets), the one of the month asked ("in
    april", "jul-sep"); the others' rows are left out, rows of no such table are kept."""
    asked = month_span(ask.latest or ask.text) or month_span(ask.text)
    if not asked:
        return records
    spans = {r.section: month_span(r.section.split(" > ")[-1]) for r in records}
    if not any(s and s[0] <= asked[0] <= s[1] for s in spans.values()):
        return records
    return [r for r in records if not (s := spans[r.section]) or s[0] <= asked[0] <= s[1]]
