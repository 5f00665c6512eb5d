"""Which rows of a table a question means when it names more than one of a row's keys (issue 26, item 3).

A table keyed by two columns (city x experience level, state x grade) has many rows per name: "Mumbai" names three
rows, "entry-level" six. ``holding`` keeps the rows that hold every other key the question names ("mid-level data
scientists in Mumbai vs Delhi NCR": the Mid rows; "the least for entry-level in India": the Entry rows), and
``by_keys`` puts first the rows that hold most of them ("3-6 years in Chennai": Chennai's 3-6 years row).
``said_in_prose`` tells when a sentence of the rows' document, not the rows, answers. ``named_rows``: the rows a
question names, by their name, a place cell or another cell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.evidence.ask import Ask
from bot.job_names import foreign_jobs
from bot.numbers import parse_numbers
from bot.tables import PLACE_COLUMNS, Record, period_of, split_places
from bot.text import content_stems, job_phrases, mentions, phrase_pattern, row_cells
from bot.types import Passage
from bot.vocabulary import LEVEL_WORDS, PAY_WORDS, PERCENT_ASKED, PLACE_SHORT


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


def said_in_prose(ask: Ask, named: list[Record], passages: Sequence[Passage]) -> bool:
    """Whether a sentence of the named rows' document among the passages says what the rows do not: a money figure
    of the period asked when no row has one ("what about per hour?" of monthly rows: "Senior contractors ... invoice
    between 145 and 195 PLN per hour"), or of two words or more of the question no row holds ("a guaranteed minimum
    monthly pay for dockers": "The guaranteed minimum monthly earnings ... shall be not less than 1 350 EUR";
    "apprentice masons ... chop money"). That sentence answers, not the rows."""
    sources = {r.source for r in named}
    lines = [
        line
        for p in passages
        if p.source in sources
        for line in p.text.split("\n")
        if line.strip() and not row_cells(line) and any(q.kind == "money" for q in parse_numbers(line))
    ]
    if not lines:
        return False
    asked = ask.latest or ask.text
    period = period_of(asked)
    periods = {v.period for r in named for v in r.money if v.period}
    if period and periods and period not in periods:  # (rows with no period may be of the period asked)
        return any(period_of(line) == period for line in lines)
    held = set().union(*(content_stems(f"{r.section} {r.line}") for r in named))
    held |= content_stems(" ".join((*ask.places, *ask.rows, *(j.split()[-1] for j in ask.jobs))))
    said = " ".join(w for w in re.findall(r"[\w'-]+", asked) if not PAY_WORDS.fullmatch(w) and not period_of(w))
    missing = content_stems(said) - held
    return len(missing) >= 2 and any(2 * len(missing & content_stems(line)) >= max(len(missing), 3) for line in lines)


NATIONAL = re.compile(r"\b(?:national(?:ly)?|nationwide|country-?wide|across the country)\b", re.I)


def of_a_place_not_asked(ask: Ask, record: Record) -> bool:
    """Whether ``record`` is a row of a place (a state, a city) the question does not name."""
    cells = [c for column, c in record.keys if PLACE_COLUMNS.match(column)]
    return bool(cells) and not any(c.lower() == p.lower() for c in cells for p in ask.places)


def bare_job(job: str) -> str:
    """A job without its level words ("senior matron" -> "matron"): a row naming it names the job; a row naming
    less ("Manager" of "product manager") does not."""
    return " ".join(w for w in job.lower().split() if w not in LEVEL_WORDS) or job.lower()


def named_rows(ask: Ask, records: Sequence[Record]) -> list[Record]:
    """The rows the question names: by their name (first key cell) when any is named so, else by any key cell."""
    rows = {r.lower() for r in ask.rows} | {PLACE_SHORT[r].lower() for r in ask.rows if r in PLACE_SHORT}  # "WA"
    share = bool(PERCENT_ASKED.search(ask.text))  # "the associate bonus as % of base": a row of percentages too
    by_name = [r for r in records if r.name.lower() in rows and (r.money or share and r.values)]
    # the job asked, in a row's other cell, over a group its first cell names ("1st Assistant Camera / Focus Puller"
    # of the Camera department, not the rows of "Production" that "a foreign production" named)
    jobs = [
        r
        for r in records
        if r.money and any(c.lower() in rows and any(mentions(c, j) for j in ask.jobs) for _, c in r.keys[1:])
    ]
    said = [" ".join([c for _, c in r.keys] + [v.label for v in r.values]) for r in by_name]  # (its job columns)
    one_table = len({r.source for r in by_name + jobs}) == 1  # (of one table: its group and its job rows)
    if jobs and said and one_table and not any(mentions(x, j) for x in said for j in ask.jobs):
        by_name = jobs
    # a place in another column ("Edinburgh" of a scheme's locations), of another document than the rows named
    named_in = {r.source for r in by_name}
    by_place = [
        r
        for r in records
        if r.money
        and r.source not in named_in
        and any(p.lower() in rows for col, c in r.keys[1:] if PLACE_COLUMNS.match(col) for p in split_places(c))
    ]
    # a row named by the job title in another of its cells ("Junior Software Engineer" of "0 to 1 years"), or by an
    # ordinal one ("3rd year" of point 3)
    by_other = [
        r
        for r in records
        if r.money
        and r.source not in named_in
        and r not in by_place
        and any(
            c.lower() in rows
            and (
                job_phrases(c)
                or len(c.split()) >= 3
                or re.match(r"\d+(?:st|nd|rd|th)\s", c)
                or re.search(r"\([a-z][a-z -]+\)$", c)  # a local name the document glosses: "Grobar (gravedigger)"
                or foreign_jobs(c)  # a job in the document's language: "Oficial carnicero" of "Cat. C"
                or any(mentions(r.name, j) for j in ask.jobs)  # "a junior artist": the Artist row's Junior cell
            )
            for col, c in r.keys[1:]
            if not PLACE_COLUMNS.match(col)
        )
    ]
    found = by_name + by_place + by_other
    # of rows named by a cell, those that say more of the question ("chief geologist": "Chief geologist / exploration
    # manager", not "Geologist (exploration, hydro-, geophysics)")
    # (within the words a longer one names: "junior data analyst" and "analytics manager" compared keep both)
    spans = [_said_span(r, ask.text) for r in found]
    return [
        r for r, (a, b) in zip(found, spans) if not any(c <= a and b <= d and d - c > b - a for c, d in spans) or a == b
    ]


def _said_span(record: Record, text: str) -> tuple[int, int]:
    """Where ``text`` says the longest of a row's job names ((0, 0) when it says none)."""
    found = [m.span() for p in _parts(record) if job_phrases(p) and (m := phrase_pattern(p).search(text))]
    return max(found, key=lambda s: s[1] - s[0], default=(0, 0))


def _parts(record: Record) -> list[str]:
    """A row's cells, each part of a list ("Chief geologist / exploration manager") without its aside in brackets."""
    cells = [p for _, c in record.keys for p in re.split(r"\s+/\s+", c)]
    return [q for p in cells if (q := re.sub(r"\s*\([^()]*\)", "", p).strip())]
