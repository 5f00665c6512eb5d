"""Pay periods a text names (language): "per month", "hourly", "p.a.", and their words in the documents' other
languages ("brut mensuel", "R$/mês", "kr/mån", "rocznie"). ``period_of`` gives the one period a column label or scope
sentence names; ``periods_of`` every period a text names."""

from __future__ import annotations

import re

# (a word on word boundaries; a slash form after anything: "Tanker total / month", "€/h", "Kč/hod"; "p.a." ends in a
# stop, so each ends where no letter follows)
_MONTH = re.compile(
    r"(?:(?<!\w)(?:per month|a month|monthly|each month|per mensem|mensuel(?:le)?|mensual|mensal|mensile|monatlich"
    r"|månadslön|miesięcznie)|/\s?(?:month|m[eê]s|mån))(?!\w)", re.I
)  # fmt: skip
_HOUR = re.compile(
    r"(?:(?<!\w)(?:per hour|an hour|hourly|por hora|all'ora|pro Stunde)"
    r"|(?<!km)/\s?(?:h(?:ou)?r|h|godz|hod))(?!\w)", re.I
)  # fmt: skip
_YEAR = re.compile(
    r"(?:(?<!\w)(?:per year|a year|annual|annually|yearly|per annum|p\.a\.|annuel(?:le)?|jährlich|anual|annuale"
    r"|rocznie|årslön)|/\s?(?:year|yr|ano|año))(?!\w)",
    re.I,
)
_WEEK = re.compile(r"(?:(?<!\w)(?:per week|a week|weekly|each week|p\.w\.)|/\s?(?:week|wk))(?!\w)", re.I)
_DAY = re.compile(r"(?:(?<!\w)(?:per day|a day|daily|day rate|per diem|full day|half day)|/\s?day)(?!\w)", re.I)
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
