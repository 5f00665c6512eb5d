"""Sentences composed from the records (issue 26, item 6): each figure with its scope in the line.

``sentence`` gives one row's figures under its document's job, place and year ("Registered Nurse, UK 2024, Band 6
(...): starting salary £36,200 a year [2]."); ``quoted`` the rows as written under their document's title and scope;
``ranking`` the column a highest/lowest or a comparison ranks by (one currency and one period only; a share or a
count column when the question names it); ``comparison`` rows of one table side by side; ``across`` rows of
different documents side by side, each with its own scope, ranked only within one currency and period;
``either_side`` the rows around years of experience no row holds; ``starting`` the first row of an experience table;
``scope_text`` the scope reply. Each [n] is the passage that holds the row (added to ``passages`` when retrieval did
not bring it).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from bot.evidence.ask import Ask
from bot.evidence.rows import holding
from bot.numbers import currency_of
from bot.tables import PERIOD_WORDS, Profile, Record, Tables, Value, period_of
from bot.text import content_stems, mentions
from bot.types import Passage
from bot.vocabulary import COUNT_LABEL, PERCENT_ASKED

# --- sentences --------------------------------------------------------------------------------------


def passage_number(record: Record, tables: Tables, passages: list[Passage]) -> int:
    for i, p in enumerate(passages, start=1):
        if p.id == record.chunk_id:
            return i
    chunk = tables.chunks[record.chunk_id]
    passages.append(Passage(chunk.id, chunk.source, chunk.section, chunk.text, meta=dict(chunk.meta)))
    return len(passages)


def where(record: Record, tables: Tables) -> str:
    profile = tables.profiles.get(record.source)
    occupation = profile.occupation if profile else record.title
    scope = " ".join(x for x in (record.region, record.year) if x)
    return ", ".join(x for x in (occupation, scope) if x)


def per(value: Value, row: Record | None = None) -> str:
    """ " a month" after a figure whose label does not say its period; "" when the label or the figure says it, or
    another column of its row is named by that period ("Monthly salary" beside "Usual range": "a month" after the
    range would name that column)."""
    label = value.label.lower()
    if not value.period or value.percent or re.search(r"month|hour|annual|year|week|daily|day\b|per ", label):
        return ""
    if period_of(value.text):  # "£32,000–£36,000 a year" says it already
        return ""
    if row is not None and any(v is not value and period_of(v.label) == value.period for v in row.money):
        return ""
    return " " + PERIOD_WORDS[value.period]


def value_phrase(value: Value, row: Record | None = None) -> str:
    label = value.label.strip()
    text = f"{value.text}{per(value, row)}"
    titled = len(label.split()) > 1 and all(w[:1].isupper() for w in label.split() if w.isalpha() and len(w) > 3)
    titled = titled or label[1:2].isupper()  # "UK basic salary": an initialism keeps its capitals
    # "Senior House Officer" keeps its capitals
    return labelled(label if titled else label[:1].lower() + label[1:], text) if label else text


def labelled(label: str, text: str) -> str:
    """A figure after its label; a colon between when both are numbers ("Year 1: 620", never "Year 1 620")."""
    return f"{label}: {text}" if label[-1:].isdigit() and text[:1].isdigit() else f"{label} {text}"


_TIMED = re.compile(r"\s*(?:years?|hours?|age)\b", re.I)


def row_name(record: Record) -> str:
    name, others = record.name, []
    for column, cell in record.keys[1:]:
        if re.fullmatch(r"[\d.,\s]+", cell) and COUNT_LABEL.search(column) and not _TIMED.match(column):
            continue  # a count ("No. of notches: 8") names no row; years of service do
        # (a cell that says its column: "Years since graduation 3–5", not "years since graduation: Years since ...")
        said = not re.search(r"\d", cell) or cell.lower().startswith(column.lower())
        others.append(cell if said else f"{column.lower()}: {cell}")
    return f"{name} ({'; '.join(others)})" if others else name


def sentence(record: Record, tables: Tables, passages: list[Passage], values: Sequence[Value] = ()) -> str:
    n = passage_number(record, tables, passages)
    shown = "; ".join(value_phrase(v, record) for v in (values or record.values))
    text = f"{where(record, tables)}, {row_name(record)}: {shown} [{n}]."
    return text[:1].upper() + text[1:]  # a sentence begins with a capital ("Fish processing worker, Iceland, ...")


def quoted(records: Sequence[Record], tables: Tables, passages: list[Passage]) -> str:
    """The rows as written, each under its document's title, scope and section."""
    from bot.evidence.quotes import source_line

    lines, current, seen = [], None, set()
    for r in records:
        if (r.chunk_id, r.line) in seen:
            continue  # the cells of one cross-table row (bot/crosstab.py) are one line
        seen.add((r.chunk_id, r.line))
        n = passage_number(r, tables, passages)
        doc = (r.source, r.section)
        if doc != current:
            lines.append(source_line(passages[n - 1]))
            current = doc
        lines.append(f"- {r.line} [{n}]")
    return "\n".join(lines)


def ranking(ask: Ask, rows: Sequence[Record]) -> tuple[str, list[tuple[Record, float, Value | None]]]:
    """The column to rank rows by, and each row's amount in it (one currency and one period only)."""
    asked = set(content_stems(ask.text)) - {s for j in ask.jobs for s in content_stems(j)}
    # a question that names pay ("are graduate salaries higher ...") ranks by pay, whatever other column it names
    counts = () if asked & _MONEY_STEMS else rows[0].keys[1:]
    # a count column the question names ("employs the most" -> "Pharmacists employed")
    for column, cell in counts:
        if set(content_stems(column)) & asked - {"pay"} and re.fullmatch(r"[\d,.]+", cell):
            out = []
            for r in rows:
                cell = dict(r.keys).get(column, "")
                digits = re.sub(r"[^\d.]", "", cell)
                if digits:
                    out.append((r, float(digits), None))
            if len(out) >= 2:
                return column, out
    # a share column the question names ("the most job ads" -> "Share of job ads", "the biggest bonus (as % of base)
    # for analysts" -> "Analyst"): ranked by its percentage
    said = set(content_stems(ask.text))
    shares = not asked & _MONEY_STEMS or bool(PERCENT_ASKED.search(ask.text))
    for v in rows[0].values:
        own = set(content_stems(v.label)) - {"share", "pay"}
        if v.percent and own and own & said and not own & _MONEY_STEMS and shares:
            out = [(r, x.amount, x) for r in rows for x in r.values if x.label == v.label and x.amount is not None]
            if len(out) >= 2:
                return v.label, out
    label = rows[0].measure(ask.text)
    if label is None:
        return "", []
    if sum(any(v.label == label.label and v.amount is not None for v in r.values) for r in rows) * 2 < len(rows):
        # a column only the first row has a figure in (its note: "In training; paid TT$29.50 per hour" beside a
        # column of monthly salaries): the measure most rows give
        measures = [m for r in rows if (m := r.measure(ask.text)) is not None]
        common = Counter(m.label for m in measures).most_common(1)[0][0]
        label = next(m for m in measures if m.label == common)
    top = _TOP.search(" ".join(v.label for v in rows[0].money))
    if ask.want == "max" and top and not rows[0].asked(ask.text):
        # "which ... pays the most" of a table with a bottom and a top column: ranked by the top ("Highest step")
        label = next((v for v in rows[0].money if _TOP.search(v.label) and len(v.amounts) == 1), label)
    # in the currency and period most of the column's rows are in (not the first row's, when it is the odd one out:
    # "brigáda: 150–190 Kč/hod" above a column of monthly pay)
    column = [v for r in rows for v in r.values if v.label == label.label and v.amount is not None]
    unit = Counter((v.currency, v.period) for v in column).most_common(1)[0][0] if column else ()
    out = []
    for r in rows:
        v = next((x for x in r.values if x.label == label.label), None)
        if v and v.amount is not None and (v.currency, v.period) == unit:
            out.append((r, v.amount, v))
    return label.label, out


_MONEY_STEMS = frozenset({"pay", "salari", "wage", "stipend", "loan", "bursari"})
# A column holding the top of a row's pay (language).
_TOP = re.compile(r"\b(?:highest|top|maximum|max)\b", re.I)


def comparison(ask: Ask, rows: Sequence[Record], tables: Tables, passages: list[Passage]) -> str:
    """One sentence with both rows' figures (in the order asked), then which is higher."""
    label, ranked = ranking(ask, list(rows))
    if len(ranked) < 2 or len({r.source for r, _, _ in ranked}) > 1:
        return " ".join(sentence(r, tables, passages) for r in rows)
    names = _side_names([r for r, _, _ in ranked])
    parts = [
        f"{names[i]}, {v.text}{per(v, r)} [{passage_number(r, tables, passages)}]"
        for i, (r, _, v) in enumerate(ranked)
        if v
    ]
    measure = f", {label[:1].lower() + label[1:]}" if label else ""
    shared = [
        c
        for c in (cell for _, cell in ranked[0][0].keys)
        if all(c in dict(r.keys).values() for r, _, _ in ranked) and not currency_of(f"{c} 1")  # "EUR" names nothing
    ]
    measure += f" for {shared[0]}" if shared and shared[0] not in names else ""
    lead = f"{where(ranked[0][0], tables)}{measure}: " + "; ".join(parts)
    top = max(range(len(ranked)), key=lambda i: ranked[i][1])
    same = sum(1 for t in ranked if t[1] == ranked[top][1]) > 1
    return lead + (". The figures are the same." if same else f". {names[top]}'s is higher.")


def _side_names(rows: Sequence[Record]) -> list[str]:
    """What tells each compared row apart: its first key cell the other rows do not share ("Basel-Stadt" and
    "Zurich" of two QA specialist rows), else its name."""
    out = []
    for r in rows:
        others = [set(dict(o.keys).values()) for o in rows if o is not r]
        own = [
            cell for _, cell in r.keys if all(cell not in o for o in others) and not re.fullmatch(r"[\d.,\s]+", cell)
        ]
        out.append(own[0] if own else r.name)
    return out


def scope_text(what: str, docs: Sequence[Profile], tables: Tables, ask: Ask, passages: list[Passage]) -> str:
    text = f"The documents do not cover {what}."
    if not docs:
        return text
    shown = list(docs[:3])
    sources = {d.source for d in shown}
    job = ask.jobs[0] if ask.jobs else ""

    def names_job(text: str) -> bool:
        return not job or mentions(text, job) or mentions(text, job.split()[-1])

    for d in shown:  # each document named is cited by a passage that names the job, checked against it
        own = [p for p in passages if p.source == d.source]
        if not any(names_job(f"{p.section}\n{p.text}") for p in own):
            money = [r for r in tables.of(d.source) if r.money]
            row = next((r for r in money if names_job(f"{r.section}\n{r.line}")), None)
            row = row or (money[0] if money and not own else None)
            if row is not None:
                passage_number(row, tables, passages)
    passages[:] = [p for p in passages if p.source in sources]  # the reply cites these only, numbered as here

    def cited(d: Profile) -> str:
        mine = [i for i, p in enumerate(passages, start=1) if p.source == d.source]
        # the passage that names the job as asked (the sentence names it so), else one naming its head
        whole = [i for i in mine if job and mentions(passages[i - 1].text, job)]
        n = next(
            (i for i in whole + mine if names_job(f"{passages[i - 1].section}\n{passages[i - 1].text}")),
            mine[0] if mine else 0,
        )
        # a document of no one region is named by its title alone (its years may be its columns', not its own)
        # (a span its title gives is said as the title says it: "2022–2024", not its first year)
        span = re.search(rf"{d.years[0]}\s*[–-]\s*(?:19|20)\d\d", d.title) if d.years else None
        when = span.group(0) if span else ", ".join(d.years[:1])
        where = " ".join(x for x in (d.region, when) if x) if d.region else ""
        title = re.sub(r"[?!](?=\s|$)", "", d.title)  # "What do building artisans earn?" would end the sentence
        return (f"{where} ({title})" if where else title) + (f" [{n}]" if n else "")

    # the job as asked when each document's passage names it so; else "this job" ("investment banking analyst" of a
    # deck whose rows say "Analyst")
    named = job and all(any(mentions(p.text, job) for p in passages if p.source == d.source) for d in shown)
    text += f" They have figures for {job if named else 'this job'} in: {' and '.join(cited(d) for d in shown)}."
    # the closest figures: the retrieved lines of the job's own documents (never another job's pay), each group under
    # its document's title, scope and section
    from bot.evidence.quotes import compose

    closest = compose(ask.text, passages)
    if closest:
        text += " The closest figures the documents have:\n\n" + closest
    return text


# --- answers of several rows ----------------------------------------------------------------------------------


def shown(ask: Ask, record: Record) -> list[Value]:
    """The values of a row to state: the year's column asked ("2022"), else the columns the question names ("second
    year", "per month", "top of band"), a follow-up's own first ("and the top of band 8a?"), else all (empty)."""
    asked = of_years(ask, record) or (record.asked(ask.latest) if ask.latest else ())
    if not asked and ask.latest:
        asked = _timed(record, ask.latest)  # "and per year?" after an hourly rate: the row's yearly column now
    return asked or record.asked(ask.text) or _timed(record, ask.text)


def _timed(record: Record, text: str):
    """The row's columns of the one pay period ``text`` names ("the monthly gross"), when it has others; else ()."""
    period = period_of(text)
    timed = tuple(v for v in record.money if v.period == period) if period else ()
    return timed if len(timed) < len(record.money) else ()


def either_side(ask: Ask, records: Sequence[Record], tables: Tables, passages: list[Passage]) -> str:
    """Years of experience no row holds ("6 years' PQE" in a table of 5 and 8 years or more): the rows either side,
    with their scope; never a figure made up between them, never another table's row."""
    years = ask.experience
    for rows in sorted(tables_of([r for r in records if r.experience and r.money]).values(), key=len, reverse=True):
        rows = holding(ask, rows, least=1)  # of a table by experience and firm, the column of the firm asked
        below = [r for r in rows if r.experience and r.experience[1] < years]
        above = [r for r in rows if r.experience and r.experience[0] > years]
        if len(rows) < 3 or not below or not above:
            continue
        low = max(below, key=lambda r: r.experience[1] if r.experience else 0.0)
        high = min(above, key=lambda r: r.experience[0] if r.experience else 0.0)
        n = passage_number(low, tables, passages)
        caption = low.section.split(" > ")[-1]

        def figures(r: Record) -> str:
            values = shown(ask, r) or [m for m in [r.measure(ask.text)] if m]
            return "; ".join(labelled(v.label[:1].lower() + v.label[1:], f"{v.text}{per(v, r)}") for v in values)

        lead = (
            f'{where(low, tables)}: no row of "{caption}" is for {years:g} years; the rows either side are '
            f"{low.name}, {figures(low)}, and {high.name}, {figures(high)} [{n}]."
        )
        return lead + "\n\n" + quoted([low, high], tables, passages)
    return ""


def across(ask: Ask, named: Sequence[Record], tables: Tables, passages: list[Passage]) -> str:
    """A comparison whose sides are rows of different documents ("software engineers in Toronto and Berlin", "a civil
    engineer and a staff nurse in Cork"): each row's figure with its own scope; which is higher only within one
    currency and one pay period."""
    by_doc: dict[str, list[Record]] = {}
    for r in named:
        by_doc.setdefault(r.source, []).append(r)
    if not 2 <= len(by_doc) <= 3 or any(len(rows) != 1 for rows in by_doc.values()):
        return ""
    low = ask.text.lower()
    rows = sorted((rows[0] for rows in by_doc.values()), key=lambda r: position(low, r))
    figures = [(r, r.measure(ask.text)) for r in rows]
    if any(v is None for _, v in figures):
        return ""
    text = " ".join(sentence(r, tables, passages, [v]) for r, v in figures if v)
    units = {(v.currency, v.period) for _, v in figures if v}
    if len(units) == 1:
        top = max(figures, key=lambda t: t[1].amount or 0.0 if t[1] else 0.0)[0]
        text += f" The higher is the {where(top, tables)}, {top.name} figure."
    return text + "\n\n" + quoted(rows, tables, passages)


def of_years(ask: Ask, record: Record) -> list[Value]:
    """A row whose columns are years ("2021", "2022", "2023"), asked about one of them: that column only."""
    if not ask.years:
        return []
    return [v for v in record.values if v.label in ask.years]


def position(question: str, record: Record) -> int:
    """Where the question names a row (so rows are given in the order asked)."""
    found = [question.find(cell.lower()) for _, cell in record.keys if cell.lower() in question]
    if not found:  # named by its words' stems ("design consultancies"): where its first word's start is
        first = re.findall(r"[a-z]+", record.name.lower())
        m = re.search(rf"\b{re.escape(first[0][:5])}", question) if first else None
        found = [m.start()] if m else []
    return min(found) if found else len(question)


def tables_of(records: Sequence[Record]) -> dict[tuple[str, str], list[Record]]:
    out: dict[tuple[str, str], list[Record]] = {}
    for r in records:
        out.setdefault(r.table, []).append(r)
    return out


_STARTING = re.compile(r"\b(?:start(?:ing)?|entry[- ]level|newly qualified|first job|new starters?)\b", re.I)


def starting(ask: Ask, records: Sequence[Record]) -> list[Record]:
    """ "The starting salary" in a document whose pay goes by years of experience: its first row (the least
    experience), unless a column of its own says what starting pay is ("Starting salary")."""
    if not _STARTING.search(ask.text) or any(_STARTING.search(v.label) for r in records for v in r.money):
        return []
    tables = [rows for rows in tables_of([r for r in records if r.experience and r.money]).values()]
    if len({r.source for rows in tables for r in rows}) != 1:
        return []
    rows = max(tables, key=len)
    return [min(rows, key=lambda r: r.experience or (0.0, 0.0))]
