"""Records: a table's figure said of its row, its column and its pay period, and a row called the highest.

A figure that appears in the cited passage can still be wrong (issue 26, item 8): another row's ("Band 6 nurses
start on £28,900", Band 5's), another column's ("top of band £36,200", Band 6's starting salary), another period's
("€3,640 a year", a monthly salary), another place's ("nurses in the UK earn €35,900", an Irish figure), another
job's ("civil engineers earn €35,900", a staff nurse's). Each money figure of a sentence is looked up in the records
of the passages it cites (bot/guard/documents.py, bot/tables.py) and checked against what the sentence says of it:

- ``rows``: the row the sentence names next to the figure (a key cell of the figure's table: "Band 6", "Munich",
  "5 to 9 years", or a number of years a row's range holds), the column ("starting salary", "top of band", "2022",
  "per month") and the pay period ("a year", "monthly", "hourly");
- ``ranks``: "Munich pays the most" / "Highest median salary in ...: Munich" holds among the rows of its table in
  the passages; "Munich's median monthly salary is higher." among the rows the answer cites.

What a sentence says of a figure is read in the figure's window: its clause up to the neighbouring figures (a range
"€3,700 to €4,600" is one figure); the nearest row, column or period word in it counts. A place or job named before
the first figure speaks for every figure of the sentence. The place, job and employer said of a figure are
bot/guard/checks/scopes.py's.

Example: with "Band 5 (Band), Staff Nurse (Typical role): Starting salary: £28,900; Top of band: £35,400" [1] and
the Band 6 row [2], "Band 6 nurses start on £28,900 [1]" is dropped ("£28,900 is the figure of Band 5 in [1], not
of Band 6").

Shortcuts: English period words; the nearest word wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.guard.documents import (
    document_of,
    document_spans,
    documents_in,
    key_mentions,
    plain,
    records_of,
    stems,
    tokens,
)
from bot.guard.passage import CitedPassage, Context, Sentence, in_spans
from bot.numbers import Quantity, parse_numbers, same_quantity
from bot.tables import Record, Value
from bot.text import STOPWORDS, split_sentences, stem

# --- language ---------------------------------------------------------------------------------------------------

_PERIOD_WORDS = (
    (
        "year",
        re.compile(r"\b(?:a|per|each|every)\s+year\b|\bannual(?:ly)?\b|\byearly\b|\bper annum\b|/\s?year\b", re.I),
    ),
    ("month", re.compile(r"\b(?:a|per|each|every)\s+month\b|\bmonthly\b|/\s?month\b", re.I)),
    ("hour", re.compile(r"\b(?:an|per|each|every)\s+hour\b|\bhourly\b|/\s?h(?:ou)?r\b", re.I)),
)
_PERIOD_NAME = {"year": "a yearly", "month": "a monthly", "hour": "an hourly"}
# Words a column label shares with its neighbours without naming it ("Median salary" / "Typical range").
_GENERIC = frozenset(stem(w) for w in "salary salaries pay wage gross basic base typical".split())
# What joins a figure to the row or column named after it: "€49,100 at the highest point", "€5,300 a month in Berlin".
_LINK = re.compile(
    r"\s*(?:(?:a|an|per)\s+(?:year|month|hour)\s*)?,?\s*(?:at|in|for|on|as)\s+(?:the\s+|a\s+|an\s+|its\s+)?"
    r"|\s*(?:a|an|per)\s+",
    re.I,
)
# "the highest", "pays the most", "best-paid"; "Munich's ... is higher" (a comparison with the rows cited)
_RANK = re.compile(
    r"\b(?:highest|lowest|top[- ]paying|best[- ]paid|best[- ]paying|lowest[- ]paid)\b"
    r"|(?<=\bthe )(?:most|least)\b(?=[^.;]{0,40}$|\s*(?:[,.;]|\bof\b|\bamong\b|\bin\b))"
    r"|['’]s?\s+[^.;,]{0,60}?\bis\s+(?P<cmp>higher|lower)\b",
    re.I,
)


@dataclass(frozen=True)
class Holder:
    """A record of a cited passage that gives the figure, and the value it gives it in."""

    record: Record
    value: Value
    passage: CitedPassage


# --- the figures of a sentence, and what it says of each -------------------------------------------------------------


def money_figures(s: Sentence) -> list[Quantity]:
    return [q for q in s.numbers if q.kind == "money" and not in_spans(q.start, s.scope_spans)]


def groups(s: Sentence, quantities: list[Quantity]) -> list[list[Quantity]]:
    """The figures, a range's two ends ("€3,700 to €4,600") as one."""
    out: list[list[Quantity]] = []
    for q in quantities:
        if out and re.fullmatch(r"\s*(?:-|–|—|to|and)\s*", s.text[out[-1][-1].end : q.start], re.I):
            out[-1].append(q)
        else:
            out.append([q])
    return out


def windows(s: Sentence, figures: list[list[Quantity]]) -> list[tuple[int, int]]:
    """Each group's window: its clause (";" ends one) up to the neighbouring groups."""
    out = []
    for i, g in enumerate(figures):
        lo = max([m.end() for m in re.finditer(r";", s.text[: g[0].start])] + [0])
        nxt = re.search(r";", s.text[g[-1].end :])
        hi = g[-1].end + nxt.start() if nxt else len(s.text)
        if i > 0:
            lo = max(lo, figures[i - 1][-1].end)
        if i + 1 < len(figures):
            hi = min(hi, figures[i + 1][0].start)
        out.append((lo, hi))
    return out


def nearest(
    found: Iterable[tuple[int, int, object]], g: list[Quantity], text: str, before: bool = False
) -> object | None:
    """The found item (start, end, what) said of the group: one joined to it after by a preposition ("€49,100 at the
    highest point", "€5,300 a month in Berlin", "£1,625 a month"), else the nearest (a tie: the one before it); with
    ``before``, the nearest one before it when there is one ("Acme earns £X, while Globex earns £Y": Globex is nearer
    £X)."""
    found = list(found)
    linked = [f for f in found if f[0] >= g[-1].end and _LINK.fullmatch(text[g[-1].end : f[0]])]
    if linked:
        return min(linked)[2]
    if before and any(b <= g[0].start for _, b, _ in found):
        found = [f for f in found if f[1] <= g[0].start]
    best, best_d = None, None
    for a, b, what in found:
        # a tie goes to the longer mention ("principal ecologist £44,500": the "Principal ecologist" column, not the
        # "Ecologist" one inside it), whatever order the mentions were found in
        d = (g[0].start - b, 0, a) if b <= g[0].start else (a - g[-1].end, 1, -b)
        if best_d is None or d < best_d:
            best, best_d = what, d
    return best


def _holders(q: Quantity, cited: Sequence[CitedPassage], ctx: Context) -> list[Holder]:
    return [
        Holder(r, v, p)
        for p in cited
        for r in records_of(p, ctx)
        for v in r.values
        if v.money and any(same_quantity(q, n) for n in parse_numbers(v.text))
    ]


def _table(p: CitedPassage, r: Record) -> tuple[str, str]:
    doc = document_of(p)
    return (doc.label if doc else "", r.section)


def all_records(ctx: Context) -> list[tuple[Record, CitedPassage]]:
    return [(r, p) for p in ctx.passages for r in records_of(p, ctx)]


# --- rows, columns and periods ----------------------------------------------------------------------------------------


def rows(s: Sentence, cited: list[CitedPassage], ctx: Context) -> list[str]:
    """Each money figure of a table is said of its row, its column and its pay period; a duration ("3 years") that
    a row gives in a cell of its own ("Length: 3 years") is said of that row."""
    if quotes_a_line(s, cited):
        return []
    skip = document_spans(s.text, documents_in(cited))
    out = _durations(s, cited, ctx, skip)
    figures = groups(s, money_figures(s))
    if not figures:
        return out
    paired = _paired_rows(s, figures, cited, ctx, skip)
    for i, (g, window) in enumerate(zip(figures, windows(s, figures))):
        holders = [h for q in g for h in _holders(q, cited, ctx)]
        if not holders:
            continue
        named = paired[i] if paired else None
        for step in (_row, _column, _period):
            holders, reason = step(s, g, window, holders, ctx, skip, named)
            if reason:
                out.append(reason.replace("{where}", ctx.where))
                break
    return out


def quotes_a_line(s: Sentence, cited: list[CitedPassage]) -> bool:
    """The sentence is a line of a cited passage, or a whole sentence of one, as written ("- Band 5 (Band), Staff
    Nurse (...): ..."): it says of each figure what the passage says. Markdown emphasis aside ("**two years**")."""
    said = _plain_text(s.text)
    if any(_plain_text(line.text, " .-") == said for p in cited for line in p.lines):
        return True
    # or one whole sentence of a paragraph ("Head nurses ... earned a median of $38.75 an hour this year.")
    return any(
        _plain_text(sentence, " .-") == said
        for p in cited
        for line in p.lines
        if len(line.text) > len(said)
        for sentence in split_sentences(line.text)
    )


def _plain_text(text: str, strip: str = " .") -> str:
    return re.sub(r"\s+", " ", re.sub(r"\*\*|__|`", "", text)).strip(strip)


def _durations(s: Sentence, cited: list[CitedPassage], ctx: Context, skip) -> list[str]:
    """ "The Kestrel programme lasts 3 years": a cell "3 years" of another row of the list is not this row's."""
    out = []
    for q in s.numbers:
        unit = re.match(r"\s*(?:years?|months?|weeks?)\b", s.text[q.end :], re.I)
        if q.kind != "count" or not unit or in_spans(q.start, s.scope_spans) or in_spans(q.start, skip):
            continue
        said = s.text[q.start : q.end + unit.end()].lower()
        holders = [
            Holder(r, Value(column, cell, ()), p)
            for p in cited
            for r in records_of(p, ctx)
            for column, cell in r.keys
            if cell.lower().startswith(said) and not re.search(r"\d", r.name)
        ]
        if not holders:
            continue
        _, reason = _row(s, [q], (0, len(s.text)), holders, ctx, skip, None)
        if reason:
            out.append(reason.replace(f"{q.text} is the figure", f"{said} is the figure").replace("{where}", ctx.where))
    return out


def _paired_rows(s: Sentence, figures, cited, ctx: Context, skip) -> list[str] | None:
    """As many rows named as figures ("Acme pays more than Globex, $61,000 against $55,000"): paired in order.
    Consecutive cells of one row ("Band 6 (Senior Staff Nurse ...)") name it once."""
    if len(figures) < 2:
        return None
    tables = {_table(h.passage, h.record) for g in figures for q in g for h in _holders(q, cited, ctx)}
    siblings = [r for r, p in all_records(ctx) if _table(p, r) in tables]
    rows_named: list[tuple[str, frozenset[int]]] = []
    for _, _, cell in key_mentions(s.text, siblings, (0, len(s.text)), skip):
        owners = frozenset(i for i, r in enumerate(siblings) if _key(cell) in (_key(c) for _, c in r.keys))
        if rows_named and rows_named[-1][1] & owners:
            continue
        rows_named.append((cell, owners))
    return [cell for cell, _ in rows_named] if len(rows_named) == len(figures) else None


Step = tuple[list[Holder], str]


def _row(
    s: Sentence, g: list[Quantity], window: tuple[int, int], holders: list[Holder], ctx: Context, skip, paired
) -> Step:
    """The row named nearest the figure is the figure's row; "7 years" falls in its range of years."""
    tables = {_table(h.passage, h.record) for h in holders}
    siblings = [r for r, p in all_records(ctx) if _table(p, r) in tables]
    named = paired or nearest(key_mentions(s.text, siblings, window, skip), g, s.text, before=True)
    if named is not None:
        kept = [h for h in holders if _key(named) in (_key(c) for _, c in h.record.keys)]
        # or the figure's column ("Year 4: Senior Occupational Therapist €61,008", the grades written as columns)
        own = set(_key(named))  # (or a word of the figure's own column: "mediana PJ 2023 (R$/mês)" of "PJ")
        kept = kept or [h for h in holders if own and own <= set(stems(h.value.label))]
        if kept:
            return kept, ""
        return holders, f"{g[0].text} is the figure of {_row_name(holders)} in {{where}}, not of {named}"
    years = _years_said(s.text, window)
    ranged = [h for h in holders if h.record.experience]
    if years is None or not ranged:
        return holders, ""
    kept = [h for h in ranged if h.record.experience[0] <= years <= h.record.experience[1]]
    other = [r for r in siblings if r.experience and r.experience[0] <= years <= r.experience[1]]
    if kept or not other:
        return kept or holders, ""
    return holders, f"{g[0].text} is the figure of {_row_name(holders)} in {{where}}, not of {years:g} years"


def _key(cell: str) -> tuple[str, ...]:
    """A key cell as a sentence names it: its words' stems, its bracket aside ("London stipend")."""
    return tuple(stems(plain(cell)))


def _row_name(holders: list[Holder]) -> str:
    return holders[0].record.name


def _years_said(text: str, window: tuple[int, int]) -> float | None:
    m = re.search(r"\b(\d{1,2})\+?\s*(?:years?|yrs?)(?:['’]s?)?\b", text[window[0] : window[1]], re.I)
    return float(m.group(1)) if m else None


def _column(
    s: Sentence, g: list[Quantity], window: tuple[int, int], holders: list[Holder], ctx: Context, skip, _
) -> Step:
    """The column named nearest the figure is a column that gives it ("top of band £36,200": Band 6's starting)."""
    labels = {v.label for h in holders for v in h.record.money if v.label}
    if len(labels) < 2:
        return holders, ""
    found = [
        (a, b, label)
        for label in labels
        for a, b in _label_mentions(s.text, label, labels, window)
        if not in_spans(a, skip)
    ]
    said = nearest(found, g, s.text, before=True)
    if said is None:
        return holders, ""
    kept = [h for h in holders if h.value.label == said]
    if kept:
        return kept, ""
    own = holders[0].value.label
    row = holders[0].record.name
    return holders, f"{g[0].text} is the {own.lower()} of {row} in {{where}}, not its {str(said).lower()}"


def _label_mentions(text: str, label: str, labels: set[str], window: tuple[int, int]) -> list[tuple[int, int]]:
    """Where the window names ``label``: all its words, or the words that tell it from the other labels."""

    def bare(x: str) -> list[str]:
        return stems(re.sub(r"\([^)]*\)", " ", x))

    # labels told apart only by their brackets ("Hourly rate (national)", "Hourly rate (London)") keep them
    kept = any(other != label and bare(other) == bare(label) for other in labels)
    mine = stems(label) if kept else bare(label)
    # a word of another label, in its brackets too ("Typical range (annual)"), tells this one ("Gross annual") apart
    # from nothing
    others = {w for other in labels if other != label for w in stems(other)}
    own = [i for i, w in enumerate(mine) if w not in others and w not in _GENERIC]
    forms = [mine] + ([mine[own[0] : own[-1] + 1]] if own else [])
    toks = tokens(text, window)
    out = []
    for form in forms:
        form = [w for w in form if w not in STOPWORDS]
        if not form or (len(form) == 1 and form[0] in _GENERIC):
            continue
        for i in range(len(toks)):
            if toks[i][0] != form[0]:
                continue
            j, k = i, 0
            while j < len(toks) and k < len(form) and j - i < len(form) + 2:
                k += toks[j][0] == form[k]
                j += 1
            if k == len(form):
                out.append((toks[i][1], toks[j - 1][2]))
    return out


def _period(
    s: Sentence, g: list[Quantity], window: tuple[int, int], holders: list[Holder], ctx: Context, skip, _
) -> Step:
    """The pay period said nearest the figure ("a year", "monthly") is the period its column gives."""
    lo, hi = window
    found = [(m.start() + lo, m.end() + lo, p) for p, rx in _PERIOD_WORDS for m in rx.finditer(s.text[lo:hi])]
    # "Gross monthly salary (1/12 of annual salary): NOK 45 900": a period in brackets explains one said outside them
    # (in the same label: no ":" or ";" between them)
    for m in re.finditer(r"\(([^()]*)\)", s.text):
        label_start = max(s.text.rfind(":", 0, m.start()), s.text.rfind(";", 0, m.start())) + 1
        if any(label_start <= a and b <= m.start() for a, b, _ in found):
            found = [f for f in found if not m.start() < f[0] < m.end()]
    said = nearest(found, g, s.text)
    known = {h.value.period for h in holders}
    if said is None or "" in known or said in known:
        return holders, ""
    own = sorted(known)[0]
    return holders, f"{g[0].text} is {_PERIOD_NAME[own]} figure in {{where}}, said per {said}"


# --- ranks ------------------------------------------------------------------------------------------------------------


def ranks(s: Sentence, cited: list[CitedPassage], ctx: Context) -> list[str]:
    """ "Munich pays the most", "Highest median salary in ...: Munich, €5,900", "Munich's median monthly salary is
    higher.": the row named holds the highest (lowest) figure of its column among its table's rows in the passages
    (a comparison without a figure: among the rows the answer names)."""
    skip = document_spans(s.text, documents_in(cited))
    out = []
    for m in _RANK.finditer(s.text):
        if in_spans(m.start(), s.scope_spans) or in_spans(m.start(), skip):
            continue
        compare = m.group("cmp") is not None
        if compare and money_figures(s):
            continue  # "Munich's is higher, €5,900 against €5,300": the comparison checks read the figures
        pool = all_records(ctx)
        if compare:  # against the other rows the answer names ("Munich, €5,900 [1]; Berlin, €5,300 [2]. Munich's ...")
            text = ctx.answer or s.text
            said = {_key(c) for _, _, c in key_mentions(text, [r for r, _ in pool], (0, len(text)), [])}
            held = [(sum(_key(c) in said for _, c in r.keys), r, p) for r, p in pool]
            most = max((n for n, _, _ in held), default=0)
            # the rows holding most of the names said ("Forklift operator" in Kraków and in Poznań, not in Warsaw)
            pool = [(r, p) for n, r, p in held if n and n == most]
        if s.text[m.start() :].lower().startswith(tuple(v.label.lower() for r, _ in pool for v in r.values if v.label)):
            continue  # "Lowest point: €35,900" quotes a column's label
        word = (m.group("cmp") or m.group(0)).lower()
        reason = _rank(s, m, pool, cited, skip, up=word.startswith(("high", "most", "top", "best")))
        if reason:
            out.append(reason)
    return out


def _rank(s: Sentence, m: re.Match[str], pool, cited, skip, up: bool) -> str:
    named = key_mentions(s.text, [r for r, _ in pool], (0, len(s.text)), skip)
    # a table's caption quoted in the sentence names no row ('in "Merchandising & Design"' is no "Merchandiser")
    quoted = [q.span() for q in re.finditer(r'"[^"]*"', s.text)]
    named = [f for f in named if not any(a <= f[0] < b for a, b in quoted)]
    if not named:
        return ""
    before = [f for f in named if f[1] <= m.start()]
    cell = (before[-1] if before else named[0])[2]
    mine = [(r, p) for r, p in pool if _key(cell) in (_key(c) for _, c in r.keys) and r.money]
    mine = [(r, p) for r, p in mine if p in cited] or mine
    if not mine:
        return ""
    record, passage = mine[0]
    shares = [q for q in s.numbers if q.kind == "percent" and not in_spans(q.start, s.scope_spans)]
    value = _measure(record, s.text, money_figures(s) + shares)
    if value is None or value.amount is None:
        return ""
    # "Highest median salary for Commercial Manager: Abu Dhabi": ranked among the rows of that name
    among = re.search(rf"\bfor {re.escape(cell)}\b", s.text[: m.end() + 200], re.I) is not None
    peers = [
        v.amount
        for r, p in pool
        if _table(p, r) == _table(passage, record)
        and (not among or _key(cell) in (_key(c) for _, c in r.keys))
        and (v := next((x for x in r.values if x.label == value.label), None)) is not None
        and v.amount is not None
        and v.currency == value.currency
        and v.period == value.period
    ]
    if len(peers) < 2:
        return ""
    best = max(peers) if up else min(peers)
    if value.amount == best:
        return ""
    word = (m.group("cmp") or m.group(0)).strip()
    return f"'{word}' does not hold for {cell} ({value.text}; {best:,.0f} is the {'highest' if up else 'lowest'})"


def _measure(record: Record, text: str, figures: list[Quantity]) -> Value | None:
    """The column a sentence ranks a row by: the one whose figure it gives (a share too: "the largest share, 31%"),
    else the one it names, else the row's pay column (bot.tables.Record.measure)."""
    for v in record.values:
        if v.amounts and any(same_quantity(q, n) for q in figures for n in parse_numbers(v.text)):
            return v
    labels = {v.label for v in record.money}
    for v in record.money:
        if v.label and _label_mentions(text, v.label, labels, (0, len(text))):
            return v
    return record.measure(text)
