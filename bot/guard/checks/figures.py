"""Figures: a number the cited passages do not give, or give for something else.

Catches a money amount, percentage, count, year or range that is not in the cited passages (normalised by
bot/numbers.py, so "$66.5k" is "$66,500" and "$2.5 billion" is not "$2.5 trillion"), and one that is there
but bound to another name, role, statistic or year: "Globex pays $123,456" where the passage gives $123,456 for
Acme; "the average is $98,765" where $98,765 is the median; "$50,000 in 2031" where that figure is for 2030.

Example: with "- Acme: $61,000 median salary", "Acme's average salary is $61,000 [1]" is dropped ("$61,000 is
called average but [1] gives it as median").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.guard.checks.records import quotes_a_line
from bot.guard.documents import records_of, years_in_rows
from bot.guard.passage import (
    CLAUSE_SPLIT,
    Anchor,
    CitedLine,
    CitedPassage,
    Context,
    Sentence,
    in_spans,
    lines_of,
    role_match,
    roles_in,
)
from bot.numbers import Quantity, parse_numbers, same_quantity
from bot.retrieval.lexicon import Lexicon
from bot.text import mentions, row_cells
from bot.vocabulary import PAY_WORDS, STAT_KINDS

_OWN_LABEL = re.compile(
    rf";\s*(?:[^;:\n]{{1,60}}:|[^;:\n]{{0,50}}(?:{PAY_WORDS.pattern}|\b(?:rate|allowance|bonus|fee)s?\b)(?:\s*\([^()]*\))?)\s*$",
    re.I,
)
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = re.compile(rf"(?:\d{{1,2}}\s+{_MONTHS}\s+)?(?:{_MONTHS}\s+)?(?:19|20)\d\d(?:/\d\d)?|\d{{1,2}}\s+{_MONTHS}")


def _a_date(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a date ("2023", "May 2023", "1 January 2024")."""
    return any(m.start() <= start and end <= m.end() for m in _DATE.finditer(text))


_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|and)\s*$", re.I)


def numbers(s: Sentence, cited: list[CitedPassage], ctx: Context) -> list[str]:
    """Every figure of the sentence is in the cited passages, said of what they say it of; a year said with a
    money figure stands with it."""
    if quotes_a_line(s, cited):
        return []  # a line (or a whole sentence) of a cited passage as written says of each figure what it says
    reasons: list[str] = []
    lines = lines_of(cited)
    money_lines: list[CitedLine] = []
    for q in s.numbers:
        if _inside_stat_phrase(s.text, q):
            phrase = _stat_phrase(s.text, q)
            if not any(mentions(line.text, phrase) for line in lines):
                reasons.append(f"'{phrase}' is not in {ctx.where}")
            continue
        if q.kind == "year" and in_spans(q.start, s.scope_spans):
            continue
        if q.kind == "count" and q.value < 20:  # a small count ("3 steps"): in the passages or written there, no more
            exact = not q.approx and "." not in q.text and not in_spans(q.start, s.scope_spans)
            if exact and not _small_count_in(q, lines, cited) and not _years_of_a_row(s.text, q, cited, ctx):
                reasons.append(f"number {q.text} is not in {ctx.where}")
            continue
        matching = [line for line in lines if _gives(line, q)]
        if not matching:
            reasons.append(_missing_number(q, lines, ctx))
            continue
        reason = _number_bindings(s, q, matching, ctx)
        if reason:
            reasons.append(reason)
        elif q.kind == "money":
            money_lines += matching
    reasons += _years(s, money_lines, ctx)
    return reasons


def _gives(line: CitedLine, q: Quantity) -> bool:
    """The line has the figure (a year: also in its heading)."""
    return any(same_quantity(q, n) for n in line.numbers) or (q.kind == "year" and str(int(q.value)) in line.heading)


def _years_of_a_row(text: str, q: Quantity, cited: list[CitedPassage], ctx: Context) -> bool:
    """ "with 7 years of experience" where a cited row is "5 to 9 years": the question's years, read into a row."""
    if not re.match(r"\s*(?:\+\s*)?years?\b", text[q.end :], re.I):
        return False
    return years_in_rows(q.value, [r for p in cited for r in records_of(p, ctx)])


def _small_count_in(q: Quantity, lines: list[CitedLine], cited: list[CitedPassage]) -> bool:
    as_figure = any(same_quantity(q, n) for line in lines for n in line.numbers)
    return as_figure or any(mentions(p.text, q.text) for p in cited)


def _missing_number(q: Quantity, lines: list[CitedLine], ctx: Context) -> str:
    for line in lines:
        for n in line.numbers:
            if n.kind == q.kind == "money" and _mantissa(n) == _mantissa(q) and n.value != q.value:
                return f"unit of {q.text} does not match {n.text} in {ctx.where}"
    anywhere = any(same_quantity(q, n) for n in _figures(ctx.lex))
    return f"number {q.text} is not in {ctx.where}" + ("" if anywhere else " (invented: not in the corpus)")


def _mantissa(q: Quantity) -> str:
    return re.sub(r"[^\d.]", "", q.text).rstrip("0").rstrip(".")


@lru_cache(maxsize=8)
def _figures(lex: Lexicon) -> tuple[Quantity, ...]:
    """Every figure of the documents (from the lexicon's figure lines)."""
    return tuple(q for _, text in lex.lines for q in parse_numbers(text))


def _number_bindings(s: Sentence, q: Quantity, matching: list[CitedLine], ctx: Context) -> str | None:
    """Why ``q``, found in ``matching``, is not what the passages say: another name's, another role's, another
    statistic's figure, or one end of a range."""
    where = ctx.where
    name = _anchor_for(s.text, q, s.anchors, "name", s.numbers)
    if name and (
        name.start <= q.start
        and q.end <= name.end
        or any(n.start <= name.start and name.end <= n.end and len(n.text) > name.end - name.start for n in s.numbers)
        or _a_date(s.text, name.start, name.end)
    ):
        # the figure is part of the name ("winter season 2024/25") or the name part of a figure (a "11" of a table's
        # names, in "11 000 000"); a date is no name (years: below)
        name = None
    if name and not any(name.key in line.names for line in matching):
        return f"number {q.text} is not stated for {s.text[name.start : name.end]} in {where}"
    role = _anchor_for(s.text, q, s.anchors, "role", s.numbers)
    # a composed answer's scope ("Secondary School Teacher, England 2023, Head teacher: ...") names the document's job,
    # not the row's: the row's own role is checked by its name
    scope = role is not None and role.start == 0 and s.text[role.end : role.end + 1] == ","
    if role and q.kind == "money" and not scope:
        with_roles = [(line, own) for line in matching if (own := _roles_of_figure(line, q, ctx.lex))]
        if with_roles and not any(role_match(role.key, own) for _, own in with_roles):
            return f"number {q.text} is not stated for {s.text[role.start : role.end]} in {where}"
    said = _stat_of(s.text, q, s.numbers)
    pairs = [(line, n) for line in matching for n in line.numbers if same_quantity(q, n)]
    if said and pairs and not any(_stat_ok(said, _line_stats(line, n)) for line, n in pairs):
        stats = sorted({st for line, n in pairs for st in _line_stats(line, n)})
        if stats:
            return f"{q.text} is called {'/'.join(sorted(said))} but {where} gives it as {'/'.join(stats)}"
    one_end = pairs and all(_in_range(line.text, n, line.numbers) for line, n in pairs)
    if "range" in said and not _in_range(s.text, q, s.numbers) and one_end:
        return f"{q.text} is given as a range, but in {where} it is one end of a range"
    return None


def _roles_of_figure(line: CitedLine, q: Quantity, lex: Lexicon) -> tuple[frozenset[str], ...]:
    """The roles a figure of ``line`` is for: a table row's, those of its naming cells and of the column that holds
    the figure ("Starting annual salary" is no purser's, though the row's next column is "Purser annual salary");
    another line's, every role it names."""
    cells = row_cells(line.text)
    if not cells or not line.roles:
        return line.roles
    names = [c for h, c in cells if not parse_numbers(c)]
    column = next((h for h, c in cells if any(same_quantity(q, n) for n in parse_numbers(c))), "")
    return tuple(r for r in roles_in(" ; ".join([line.heading, *names, column]), lex) if r in line.roles)


def _years(s: Sentence, money_lines: list[CitedLine], ctx: Context) -> list[str]:
    """A year said with a figure stands with that figure (same line or its heading)."""
    if not money_lines:
        return []
    out = []
    for q in s.numbers:
        if q.kind != "year" or in_spans(q.start, s.scope_spans):
            continue
        year = str(int(q.value))
        with_figure = any(year in line.text or year in line.heading for line in money_lines)
        if not with_figure and not _front_matter_has(ctx.lex, year):
            out.append(f"year {year} is not given for that figure in {ctx.where}")
    return out


def _front_matter_has(lex: Lexicon, token: str) -> bool:
    return any(doc.year == token for doc in lex.documents)


# --- which name a figure is said of -----------------------------------------


def _clause_bounds(text: str, pos: int) -> tuple[int, int]:
    start, end = 0, len(text)
    for m in CLAUSE_SPLIT.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def _anchor_for(
    text: str, q: Quantity, anchors: list[Anchor], group: str, numbers: Sequence[Quantity] = ()
) -> Anchor | None:
    """The name of ``group`` the number is said of.

    As many names as figures ("Acme and Globex pay $123,456 and $98,765",
    "$87,654 at junior level to $109,876 at senior level"): paired in order.
    Otherwise the nearest name in the number's clause, else the nearest before it.
    """
    cands = [a for a in anchors if a.group == group]
    figures = [n for n in numbers if n.kind == q.kind and not _inside_stat_phrase(text, n)]
    if len(cands) >= 2 and len(cands) == len(figures) and any(n.start == q.start for n in figures):
        return cands[[n.start for n in figures].index(q.start)]
    lo, hi = _clause_bounds(text, q.start)
    inside = [a for a in cands if a.start >= lo and a.end <= hi and _nearest_figure(a, figures or [q]).start == q.start]
    if inside:
        return min(inside, key=lambda a: max(a.start - q.end, q.start - a.end, 0))
    # "Employed pharmacist (annual salary): £45,500; Locum hourly rate: £26.00": a figure with a label of its own
    # after ";" (a label and ":", or a measure: "...; locum hourly rate £24.00") is that label's, not the role
    # before it (a row's name before the line's first label still holds)
    label = _OWN_LABEL.search(text, 0, q.start) if group == "role" else None
    floor = label.start() if label else 0
    before = [a for a in cands if floor <= a.start and a.end <= q.start]
    return before[-1] if before else None


def _nearest_figure(a: Anchor, figures: Sequence[Quantity]) -> Quantity:
    return min(figures, key=lambda n: max(n.start - a.end, a.start - n.end, 0))


# --- which statistic a figure is -------------------------------------------


def _stat_of(text: str, q: Quantity, numbers: Sequence[Quantity]) -> set[str]:
    """Statistic words ("median", "top 10%") said of ``q``: those nearer to it than to any other figure of their
    clause (a ";" ends one: "Median hourly rate: C$48.10; Typical range: ..." -- "range" is not the C$48.10's)."""
    out: set[str] = set()
    money = [n for n in numbers if n.kind in ("money", "count") and not _inside_stat_phrase(text, n)]
    for pattern, stat in STAT_KINDS:
        for m in re.finditer(pattern, text, re.I):
            if not money:
                continue
            own = [n for n in money if ";" not in text[min(n.end, m.end()) : max(n.start, m.start())]]
            nearest = min(own or money, key=lambda n: max(n.start - m.end(), m.start() - n.end, 0))
            if nearest.start == q.start:
                out.add(stat)
    return out


def _in_range(text: str, q: Quantity, numbers: Sequence[Quantity]) -> bool:
    """Whether ``q`` is one end of a range written in ``text`` ("£66,000 to £80,000")."""
    for other in numbers:
        if other.start == q.start:
            continue
        between = text[min(q.end, other.end) : max(q.start, other.start)]
        if _RANGE_JOIN.match(between):
            return True
    return False


def _stat_phrase(text: str, q: Quantity) -> str:
    """ "top 10%" for the 10% of "the top 10% earn"."""
    word = re.search(r"(top|bottom)\s*$", text[max(0, q.start - 10) : q.start], re.I)
    return f"{word.group(1) if word else ''} {q.value:g}%".strip()


def _inside_stat_phrase(text: str, q: Quantity) -> bool:
    """``q`` is the 10% of "top 10%" (a name of a statistic, not a figure of its own)."""
    before = text[max(0, q.start - 10) : q.start]
    return q.kind == "percent" and re.search(r"\b(?:top|bottom)\s*$", before, re.I) is not None


def _line_stats(line: CitedLine, q: Quantity) -> set[str]:
    stats = {stat for pattern, stat in STAT_KINDS if line.label and re.search(pattern, line.label, re.I)}
    return stats | _stat_of(line.text, q, line.numbers)


def _stat_ok(said: set[str], line_stats: set[str]) -> bool:
    if not said or not line_stats:
        return True
    # a range line with an average: an "average" or "range" said of one of its figures stands
    range_with_average = "range" in line_stats and "average" in line_stats
    return bool(said & line_stats) or (range_with_average and said <= {"average", "range"})
