"""Pay periods a text names (language): "per month", "hourly", "p.a.", and their words in the documents' other
languages ("brut mensuel", "R$/mês", "kr/mån", "rocznie"). ``period_of`` gives the one period a column label or scope
sentence names; ``periods_of`` every period a text names."""

from __future__ import annotations

import re

_MONTH = re.compile(
    r"\b(?:per month|a month|monthly|each month|/\s?month|per mensem|mensuel(?:le)?|mensual|mensal|mensile|monatlich"
    r"|månadslön|miesięcznie)\b|/\s?(?:m[eê]s|mån)\b", re.I
)  # fmt: skip
_HOUR = re.compile(r"\b(?:per hour|an hour|hourly|/\s?h(?:ou)?r|por hora|all'ora|pro Stunde|/\s?godz)\b", re.I)
_YEAR = re.compile(
    r"\b(?:per year|a year|annual|annually|yearly|per annum|/\s?year|p\.a\.|annuel(?:le)?|jährlich|anual|annuale"
    r"|/\s?ano|/\s?año|rocznie|årslön)\b",
    re.I,
)
_WEEK = re.compile(r"\b(?:per week|a week|weekly|each week|/\s?(?:week|wk)|p\.w\.)\b", re.I)
_DAY = re.compile(r"\b(?:per day|a day|daily|day rate|per diem|/\s?day|full day|half day)\b", re.I)
PERIODS = (("month", _MONTH), ("hour", _HOUR), ("year", _YEAR), ("week", _WEEK), ("day", _DAY))
PERIOD_WORDS = {"year": "a year", "month": "a month", "hour": "an hour", "week": "a week", "day": "a day"}


def period_of(text: str) -> str:
    """ "month", "hour", "year", "week" or "day" when ``text`` names one pay period (a column label, a scope
    sentence); else ""."""
    found = [p for p, rx in PERIODS if rx.search(text)]
    return found[0] if len(found) == 1 else ""


def periods_of(text: str) -> tuple[str, ...]:
    """Every pay period ``text`` names, in the order month, hour, year, week, day."""
    return tuple(p for p, rx in PERIODS if rx.search(text))
