"""Cross tables read as one record per cell (issue 26, item 2: "every table row is a record").

A careers office's pay table is often a cross table: trades down the side and regions across the top ("Bricklayer:
Dublin: €1,120; Cork: €1,010"), countries down the side and levels across ("Junior: €44,000; Senior: €69,000"), a
year per column, or bands of experience as columns. Such a row's column labels are not measures (a median, a
starting salary) but a second key. ``crossed(record)`` turns the row into one record per cell, keyed by both (the
row's own key and the column's, named after the table: "Region", "Level", "Experience"), whose one value is
the table's measure ("Weekly pay"). Every other part of careerbot (a row lookup by two keys, the places a document
covers, the years of experience a row holds, the highest of one table) then reads the cell like any other row.

A row whose columns name a measure, a statistic or a scale point, or are all jobs ("First officer", "Captain"), is
left as it is, as is a row whose figures are in more than one currency (unless each column is a country) or
period, or a table nothing names the columns of.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol, TypeVar

from bot.vocabulary import COUNTRY_NAMES, MEASURE_LABEL_WORDS


class _Value(Protocol):
    label: str
    currency: str
    period: str

    @property
    def money(self) -> bool: ...


class _Record(Protocol):
    keys: tuple[tuple[str, str], ...]
    values: tuple[_Value, ...]
    section: str


R = TypeVar("R", bound=_Record)

_YEAR = re.compile(r"\d{4}(?:\s*[/-]\s*\d{2,4})?")
_SPAN = re.compile(
    r"(?:(?:less than|under|over|more than|at least)\s+)?\d+\s*(?:\+|[-–]\s*\d+|to\s+\d+)?\s*(?:years?|yrs?)"
    r"(?:\s*(?:\+|or more|and over))?|\d+\s*(?:[-–]|to)\s*\d+|\d+\s*\+",
    re.I,
)
_EXPERIENCE = re.compile(r"\b(?:experience|years?|yrs)\b", re.I)
# "Salary by level", "Median gross weekly pay by trade and region", "Table 2 - Median annual salary by canton".
_BY = re.compile(r"\bby\s+(?P<what>[a-z][\w -]{1,40}?)\s*(?:,|\(|$)", re.I)


def _measure(section: str) -> str:
    """The measure a cross table gives, from its caption: "Weekly pay" of "1. Weekly pay by region", "" when the
    caption names none ("Median trend" names a median)."""
    tail = section.split(" > ")[-1]
    tail = re.sub(r"^\s*(?:table\s+)?[\d.]+\s*[-–:.]?\s*", "", tail, flags=re.I)  # "1. ", "Table 2 - "
    head = re.split(r"\s+by\s+", tail, maxsplit=1, flags=re.I)[0].strip(" ,:-–")
    return head if MEASURE_LABEL_WORDS.search(head) else ""


def _key_name(labels: list[str], section: str, rows: set[str]) -> str:
    """What a cross table's column labels are: "Year", "Experience", or what its caption says the table is "by"
    and its rows are not ("Region" of "pay by trade and region" when the rows are trades), else "Country" for
    countries; "" when nothing says."""
    if all(_YEAR.fullmatch(label) for label in labels):
        return "Year"
    if all(_SPAN.fullmatch(label.strip()) for label in labels):
        return "Experience"
    if any(label.lower() in COUNTRY_NAMES for label in labels):
        return "Country"
    for m in _BY.finditer(section.split(" > ")[-1]):
        dims = [d.strip() for d in re.split(r"\s+and\s+|\s*,\s*", m.group("what")) if d.strip()]
        others = [d for d in dims if d.lower() not in rows]
        if len(dims) > 1 and len(others) == 1 or len(dims) == 1 and others:
            return others[-1][:1].upper() + others[-1][1:]
    return ""


def crossed(record: R, is_job, period_of=lambda text: "") -> list[R]:
    """One record per cell of a cross table's row; ``[record]`` for any other row. ``is_job(label)`` says whether a
    column label names a job (a table whose columns are all jobs is read by its own rule); ``period_of(text)`` reads
    the pay period the measure names ("Monthly base salary": a month)."""
    # a column of years of experience beside the place columns ("Experience (yrs)": "2–5") is a key of the row
    spans = [v for v in record.values if _EXPERIENCE.search(v.label) and _SPAN.fullmatch(v.text.strip())]
    values = [v for v in record.values if v not in spans]
    money = [v for v in values if v.money]
    if len(money) < 2 or len(money) != len(values):
        return [record]
    labels = [v.label.strip() for v in money]
    if any(not label or MEASURE_LABEL_WORDS.search(label) for label in labels) or all(is_job(x) for x in labels):
        return [record]
    if len({label.lower() for label in labels}) != len(labels):
        return [record]
    column = _key_name(labels, record.section, {c.lower() for c, _ in record.keys})
    # one currency and period across the row; a country per column may pay in its own ("Japan: ¥275,000; Spain: €1,400")
    if len({v.currency for v in money}) > 1 and column != "Country" or len({v.period for v in money}) > 1:
        return [record]
    if not column or column == "Year":
        return [record]  # a year per column stays a label: a year asked picks its column (bot.tables.Record.asked)
    measure = _measure(record.section)
    keys = tuple((c, cell) for c, cell in record.keys if not re.fullmatch(r"[\d.,\s]+", cell))
    keys += tuple((v.label.strip(), v.text.strip()) for v in spans)
    period = period_of(measure)
    return [
        replace(
            record,
            keys=keys + ((column, v.label.strip()),),
            values=(replace(v, label=measure, period=period or v.period),),
        )
        for v in money
    ]
