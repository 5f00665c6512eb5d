"""Salary answers from the records, with the scope said first (issue 26, items 5 and 6).

``lookup(ask, tables, passages)`` decides, from what each document covers (bot/tables.py ``Profile``) and what the
question asks (bot/evidence/ask.py ``Ask``), one of:

- ``scope``: the question asks about a job, place or year no document covers for that job. The first sentence says
  exactly that ("The documents do not cover nurse pay in Spain."), then which documents do have figures for the job,
  then the closest figures: the same job elsewhere, each line with its scope in the line. Never another job's pay.
- ``answer``: a row lookup (a row the question names, or the row whose years of experience hold the asked number),
  the highest or lowest row of one table (within one currency and one pay period), or a comparison of named rows.
  The sentence is composed from the record ("Registered Nurse, UK 2024, Band 6 (...): starting salary £36,200 a
  year [2]."), so it is fluent, instant and verified by construction; the rows it used follow, quoted verbatim
  under their document's title and scope.
- nothing (``kind == ""``): the question is not one the records answer; ``documents`` still says which documents
  cover the job and place asked, so the chain can keep its other lines to those.

The cited chunks are added to ``passages`` when retrieval did not bring them, so every [n] points at the passage
that holds the row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.evidence.ask import Ask, head
from bot.tables import PERIOD_WORDS, PLACE_COLUMNS, Profile, Record, Tables, Value, split_places
from bot.text import content_stems, stem, tokenize
from bot.types import Passage
from bot.vocabulary import LEVEL_WORDS, PLACE_ADJECTIVES, PLACE_ALIASES, PLACE_PARTS

# Words of a question about one table's rows, and the columns they mean (language).
_SAME_TABLE_WORD = {"county": "region", "counties": "region", "town": "city", "towns": "city"}
_TABLE_WORDS = re.compile(
    r"\b(county|counties|town|towns|city|cities|state|states|area|areas|region|regions|province|provinces|sector|sectors|scheme|schemes|"
    r"programme|programmes|specialism|specialisms|specialty|employer|employers|setting|settings|subject|subjects|"
    r"band|bands|level|levels|grade|grades|stipend|stipends|nation|nations|role|roles|firm|firms|company|companies|"
    r"capital|capitals|experience|point|points|size)\b",
    re.I,
)


@dataclass
class Evidence:
    kind: str = ""  # "answer", "scope", or "" (the records do not answer it)
    text: str = ""
    passages: list[Passage] = field(default_factory=list)
    documents: tuple[str, ...] = ()  # the sources that cover what was asked (empty: no restriction)


# --- which documents cover the question ---------------------------------------------------------------------


def _vocabulary(profile: Profile, records: Sequence[Record], sections: Sequence[str]) -> frozenset[str]:
    words = set(tokenize(profile.title)) | set(tokenize(profile.occupation))
    for r in records:
        for _, cell in r.keys:
            words |= set(tokenize(cell))
    for s in sections:
        words |= set(tokenize(s))
    return frozenset(words)


def _heads(profile: Profile, records: Sequence[Record], sections: Sequence[str]) -> frozenset[str]:
    """The job nouns a document is about: its occupation's head, and the heads of its rows' names and headings."""
    from bot.text import job_phrases

    heads = {head(profile.occupation)} if profile.occupation else set()
    for cell in (cell for r in records for _, cell in r.keys):
        # a row's name's head noun is its last word ("Assistant head teacher" is a teacher, not an assistant)
        heads |= {head(p) for p, _, end in job_phrases(cell) if not cell[end:].strip(" )")}
    for section in sections:
        heads |= {head(p) for p, _, _ in job_phrases(section)}
    return frozenset(h for h in heads if h)


class Coverage:
    """Per document: its job nouns and vocabulary (cached per Tables)."""

    def __init__(self, tables: Tables) -> None:
        self.tables = tables
        self.by_doc: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        sections: dict[str, list[str]] = {}
        for c in tables.chunks.values():
            sections.setdefault(c.source, []).append(c.section)
        self.words: set[str] = set()
        for c in tables.chunks.values():
            self.words |= content_stems(f"{c.meta.get('title', '')} {c.section} {c.text}")
        for source, profile in tables.profiles.items():
            recs = tables.of(source)
            secs = list(dict.fromkeys(sections.get(source, [])))
            self.by_doc[source] = (_heads(profile, recs, secs), _vocabulary(profile, recs, secs))

    def job(self, job: str, source: str) -> bool:
        heads, vocab = self.by_doc[source]
        words = job.lower().split()
        if head(job) not in heads:
            return False
        mods = [w for w in words[:-1] if w not in LEVEL_WORDS]
        return all(stem(w) in vocab or set(tokenize(w)) <= vocab for w in mods)

    def place(self, place: str, profile: Profile) -> bool:
        region = profile.region
        low = place.lower()
        if not region and not profile.places:
            return True  # a document that names no place does not rule one out
        if low == region.lower() or low in (p.lower() for p in profile.places):
            return True
        if low in (p.lower() for p in PLACE_PARTS.get(region, ())):
            return True
        return region.lower() in (p.lower() for p in PLACE_PARTS.get(place, ()))  # "the UK" asked, England covered

    def year(self, year: str, profile: Profile) -> bool:
        return not profile.years or any(y == year or y.startswith(year) for y in profile.years)


def _coverage(tables: Tables) -> Coverage:
    cached = getattr(tables, "_coverage", None)
    if cached is None:
        cached = Coverage(tables)
        tables._coverage = cached  # type: ignore[attr-defined]
    return cached


# --- composing sentences --------------------------------------------------------------------------------------


def _passage_number(record: Record, tables: Tables, passages: list[Passage]) -> int:
    for i, p in enumerate(passages, start=1):
        if p.id == record.chunk_id:
            return i
    chunk = tables.chunks[record.chunk_id]
    passages.append(Passage(chunk.id, chunk.source, chunk.section, chunk.text, meta=dict(chunk.meta)))
    return len(passages)


def _where(record: Record, tables: Tables) -> str:
    profile = tables.profiles.get(record.source)
    occupation = profile.occupation if profile else record.title
    scope = " ".join(x for x in (record.region, record.year) if x)
    return ", ".join(x for x in (occupation, scope) if x)


def _per(value: Value) -> str:
    label = value.label.lower()
    if not value.period or value.percent or re.search(r"month|hour|annual|year|per ", label):
        return ""
    return " " + PERIOD_WORDS[value.period]


def _value_phrase(value: Value) -> str:
    label = value.label.strip()
    text = f"{value.text}{_per(value)}"
    return f"{label[:1].lower() + label[1:]} {text}" if label else text


def _row_name(record: Record) -> str:
    name, others = record.name, []
    for column, cell in record.keys[1:]:
        others.append(cell if not re.search(r"\d", cell) else f"{column.lower()}: {cell}")
    return f"{name} ({'; '.join(others)})" if others else name


def _sentence(record: Record, tables: Tables, passages: list[Passage], values: Sequence[Value] = ()) -> str:
    n = _passage_number(record, tables, passages)
    shown = "; ".join(_value_phrase(v) for v in (values or record.values))
    return f"{_where(record, tables)}, {_row_name(record)}: {shown} [{n}]."


def _quoted(records: Sequence[Record], tables: Tables, passages: list[Passage]) -> str:
    """The rows as written, each under its document's title, scope and section."""
    from bot.evidence.quotes import source_line

    lines, current = [], None
    for r in records:
        n = _passage_number(r, tables, passages)
        doc = (r.source, r.section)
        if doc != current:
            lines.append(source_line(passages[n - 1]))
            current = doc
        lines.append(f"- {r.line} [{n}]")
    return "\n".join(lines)


# --- choosing records -----------------------------------------------------------------------------------------


def _named(ask: Ask, records: Sequence[Record]) -> list[Record]:
    """The rows the question names: by their name (first key cell) when any is named so, else by any key cell."""
    rows = {r.lower() for r in ask.rows}
    by_name = [r for r in records if r.name.lower() in rows and r.money]
    # a place named in another column ("London" of a scheme's locations) when no row is named by its name
    return by_name or [
        r
        for r in records
        if r.money and any(p.lower() in rows for col, c in r.keys if PLACE_COLUMNS.match(col) for p in split_places(c))
    ]


def _by_experience(ask: Ask, records: Sequence[Record]) -> list[Record]:
    if ask.experience is None:
        return []
    years = ask.experience
    hits = [r for r in records if r.experience and r.experience[0] <= years <= r.experience[1] and r.money]
    # the table of single years over the table of ranges, a narrower range over a wider one
    hits.sort(key=lambda r: (r.experience[1] - r.experience[0]) if r.experience else 99)
    return hits[:1]


def _tables_of(records: Sequence[Record]) -> dict[tuple[str, str], list[Record]]:
    out: dict[tuple[str, str], list[Record]] = {}
    for r in records:
        out.setdefault(r.table, []).append(r)
    return out


def _table_for(ask: Ask, records: Sequence[Record]) -> list[Record]:
    """The one table a "which ... pays the most" question is about: the table whose rows' column or caption the
    question's table word names ("which city"), among tables of at least two rows."""
    words = [_SAME_TABLE_WORD.get(w, w) for w in _TABLE_WORDS.findall(ask.text.lower())]
    q = set(content_stems(ask.text)) | {stem(w) for w in words}
    best, best_score = [], 0.0
    for (source, section), rows in _tables_of(records).items():
        if len(rows) < 2:
            continue
        column = {stem(w) for c, _ in rows[0].keys for w in re.findall(r"[a-z]+", c.lower())}
        caption = set(content_stems(section.split(" > ")[-1]))
        about = set(content_stems(f"{rows[0].title} {source.split('/')[-1].replace('-', ' ')}"))  # whose table
        named = 2.0 * len(q & column) + 0.5 * len(q & caption)  # the question names the table's rows
        score = named + 1.0 * len(q & about) if named >= 2.0 else 0.0  # whose table: a tie-breaker only
        if score > best_score:
            best, best_score = rows, score
    return best


def _measure(ask: Ask, rows: Sequence[Record]) -> tuple[str, list[tuple[Record, float, Value | None]]]:
    """The column to rank rows by, and each row's amount in it (one currency and one period only)."""
    asked = set(content_stems(ask.text)) - {s for j in ask.jobs for s in content_stems(j)}
    # a count column the question names ("employs the most" -> "Pharmacists employed")
    for column, cell in rows[0].keys[1:]:
        if set(content_stems(column)) & asked - {"pay"} and re.fullmatch(r"[\d,.]+", cell):
            out = []
            for r in rows:
                cell = dict(r.keys).get(column, "")
                digits = re.sub(r"[^\d.]", "", cell)
                if digits:
                    out.append((r, float(digits), None))
            if len(out) >= 2:
                return column, out
    label = rows[0].measure(ask.text)
    if label is None:
        return "", []
    out = []
    for r in rows:
        v = next((x for x in r.values if x.label == label.label), None)
        if v and v.amount is not None and v.currency == label.currency and v.period == label.period:
            out.append((r, v.amount, v))
    return label.label, out


# --- the decision ---------------------------------------------------------------------------------------------


def lookup(ask: Ask, tables: Tables, passages: Sequence[Passage]) -> Evidence:
    """Scope reply, composed answer, or nothing, for a question read by ``read_question``."""
    out = list(passages)
    if not tables.profiles or not ask.pay and not ask.superlative:
        return Evidence(passages=out)
    cover = _coverage(tables)
    profiles = [p for p in tables.profiles.values() if p.records]
    gap = ""
    docs = profiles
    if ask.jobs:
        by_job = [p for p in profiles if any(cover.job(j, p.source) for j in ask.jobs)]
        if not by_job and not ask.pay:
            return Evidence(passages=out)
        if not by_job:
            if any(r.lower() in j.lower() or j.lower() in r.lower() for r in ask.rows for j in ask.jobs):
                by_job = profiles  # the job is a row of some table ("matron"): the rows decide
            else:
                return Evidence("scope", _scope_text(f"{ask.jobs[0]} pay", [], tables, ask, out), out)
        docs = by_job
    if ask.places:
        # every place asked, or (two jobs or two places compared) any of them
        each = all if len(ask.jobs) < 2 and len(ask.places) < 2 else any
        placed = [p for p in docs if each(cover.place(pl, p) for pl in ask.places)]
        if not placed:
            where = " or ".join(ask.places)
            what = f"{ask.jobs[0]} pay in {where}" if ask.jobs else f"pay in {where}"
            if ask.jobs:
                return Evidence("scope", _scope_text(what, docs, tables, ask, out), out)
            gap = what
        docs = placed or docs
    if ask.years and not gap and not ask.jobs and len(docs) == len(profiles):
        # no job asked: the documents the question is about are those holding the rows it names, else the one its
        # words point at ("the doctoral stipend in 2020")
        about = [tables.profiles[s] for s in dict.fromkeys(r.source for r in _named(ask, tables.records))]
        docs = about or _topic(ask, profiles, cover) or docs
    if ask.years and not gap:
        dated = [p for p in docs if all(cover.year(y, p) for y in ask.years)]
        if not dated and docs and len(docs) < len(profiles):
            # the asked year is not repeated: a year the documents never state is never shown as if they did
            what = (ask.jobs[0] + " pay" if ask.jobs else "pay") + (f" in {ask.places[0]}" if ask.places else "")
            return Evidence("scope", _scope_text(f"{what} for the year asked", docs, tables, ask, out), out)
        docs = dated or docs
    sources = tuple(p.source for p in docs) if len(docs) < len(profiles) else ()
    if not ask.jobs and ask.pay:
        foreign = _foreign(ask, cover)
        if foreign:  # "car insurance in Ontario": a place the documents know, a subject they never mention
            return Evidence("scope", f"The documents do not cover {foreign}.", out)
    if gap:
        return Evidence(passages=out, documents=sources)
    records = [r for r in tables.records if not sources or r.source in sources]
    text = _answer(ask, records, tables, out)
    return Evidence("answer" if text else "", text, out, sources)


# Words that compare, not name a subject ("a bigger loan") (language).
_COMPARATIVES = frozenset("bigger smaller larger higher lower cheaper dearer greater better worse more less".split())


def _topic(ask: Ask, profiles: Sequence[Profile], cover: Coverage) -> list[Profile]:
    """The one document whose title, headings and rows share clearly the most words with the question; [] when none
    stands out."""
    asked = set(content_stems(ask.text)) - set(content_stems(" ".join(ask.places)))
    scored = sorted(((len(asked & cover.by_doc[p.source][1]), p) for p in profiles), key=lambda t: -t[0])
    if len(scored) < 2 or scored[0][0] < 2 or scored[0][0] < scored[1][0] + 2:
        return []
    return [scored[0][1]]


def _foreign(ask: Ask, cover: Coverage) -> str:
    """The question's subject words the documents never use, when it names no job and no row but places: what it
    asks the price of ("car insurance", "visa") is not in the documents."""
    from bot.retrieval.scope import _ASKING
    from bot.text import FILLER, META, STOPWORDS
    from bot.vocabulary import PAY_WORDS

    if any(r.lower() not in (p.lower() for p in ask.places) for r in ask.rows):
        return ""
    text = ask.text
    for p in (*ask.places, *ask.rows, *PLACE_ADJECTIVES, *PLACE_ALIASES):
        text = re.sub(rf"\b{re.escape(p)}\b", " ", text, flags=re.I)
    words = [
        w
        for w in re.findall(r"[A-Za-z][A-Za-z'-]{3,}", text)
        if w.lower() not in FILLER | STOPWORDS | META | _ASKING | LEVEL_WORDS | _COMPARATIVES
        and not PAY_WORDS.fullmatch(w.lower())
    ]
    missing = [w for w in words if content_stems(w) and not content_stems(w) <= cover.words]
    return " ".join(missing[:3])


def _answer(ask: Ask, records: Sequence[Record], tables: Tables, passages: list[Passage]) -> str:
    if ask.superlative:
        scoped = _named(ask, records)  # "which band in Scotland" is rare; a named row narrows nothing here
        rows = _table_for(ask, records if not scoped or len(scoped) < 2 else records)
        if rows:
            label, ranked = _measure(ask, rows)
            if len(ranked) >= 2:
                pick = (max if ask.want == "max" else min)(ranked, key=lambda t: t[1])
                word = "Highest" if ask.want == "max" else "Lowest"
                record, _, value = pick
                n = _passage_number(record, tables, passages)
                caption = record.section.split(" > ")[-1]
                shown = f"{value.text}{_per(value)}" if value else dict(record.keys).get(label, "")
                measure = f"{word} {label[:1].lower() + label[1:]}" if label else word
                lead = f'{measure} in "{caption}" ({_where(record, tables)}): {_row_name(record)}, {shown} [{n}].'
                return lead + "\n\n" + _quoted([r for r, _, _ in ranked], tables, passages)
    named = _named(ask, records)
    if ask.years:
        # rows of the year asked ("2023/24"), not of a table captioned with another year
        dated = [r for r in named if any(y in f"{r.section} {r.line}" for y in ask.years)]
        named = dated or named
    by_years = _by_experience(ask, records)
    if by_years:
        # "a national firm solicitor with 10 years' PQE": the experience row, and of it the column the question names
        record = by_years[0]
        asked = [v for v in record.values if any(r.lower() == v.label.lower() for r in ask.rows)]
        return _sentence(record, tables, passages, asked) + "\n\n" + _quoted([record], tables, passages)
    if not named:
        named = _starting(ask, records)
    if not named:
        return ""
    named = _one_document(ask, named)
    if not named:
        return ""  # a name several documents share ("London"), nothing else telling them apart: the ranked lines
    low = ask.text.lower()
    named = sorted(named, key=lambda r: _position(low, r))[:4]
    if ask.want == "compare" and len(named) < 2:
        return ""  # one side of a comparison: the ranked lines, not half an answer
    if ask.want == "compare":
        text = _comparison(ask, named, tables, passages)
    else:
        text = " ".join(_sentence(r, tables, passages, _of_years(ask, r)) for r in named)
    return text + "\n\n" + _quoted(named, tables, passages)


_STARTING = re.compile(r"\b(?:start(?:ing)?|entry[- ]level|newly qualified|first job|new starters?)\b", re.I)


def _starting(ask: Ask, records: Sequence[Record]) -> list[Record]:
    """ "The starting salary" in a document whose pay goes by years of experience: its first row (the least
    experience), unless a column of its own says what starting pay is ("Starting salary")."""
    if not _STARTING.search(ask.text) or any(_STARTING.search(v.label) for r in records for v in r.money):
        return []
    tables = [rows for rows in _tables_of([r for r in records if r.experience and r.money]).values()]
    if len({r.source for rows in tables for r in rows}) != 1:
        return []
    rows = max(tables, key=len)
    return [min(rows, key=lambda r: r.experience or (0.0, 0.0))]


def _of_years(ask: Ask, record: Record) -> list[Value]:
    """A row whose columns are years ("2021", "2022", "2023"), asked about one of them: that column only."""
    if not ask.years:
        return []
    return [v for v in record.values if v.label in ask.years]


def _position(question: str, record: Record) -> int:
    """Where the question names a row (so rows are given in the order asked)."""
    found = [question.find(cell.lower()) for _, cell in record.keys if cell.lower() in question]
    if not found:  # named by its words' stems ("design consultancies"): where its first word's start is
        first = re.findall(r"[a-z]+", record.name.lower())
        m = re.search(rf"\b{re.escape(first[0][:5])}", question) if first else None
        found = [m.start()] if m else []
    return min(found) if found else len(question)


def _comparison(ask: Ask, rows: Sequence[Record], tables: Tables, passages: list[Passage]) -> str:
    """One sentence with both rows' figures (in the order asked), then which is higher."""
    label, ranked = _measure(ask, list(rows))
    if len(ranked) < 2 or len({r.source for r, _, _ in ranked}) > 1:
        return " ".join(_sentence(r, tables, passages) for r in rows)
    parts = [f"{r.name}, {v.text}{_per(v)} [{_passage_number(r, tables, passages)}]" for r, _, v in ranked if v]
    measure = f", {label[:1].lower() + label[1:]}" if label else ""
    lead = f"{_where(ranked[0][0], tables)}{measure}: " + "; ".join(parts)
    top = max(ranked, key=lambda t: t[1])
    same = sum(1 for t in ranked if t[1] == top[1]) > 1
    return lead + (". The figures are the same." if same else f". {top[0].name}'s is higher.")


def _one_document(ask: Ask, named: list[Record]) -> list[Record]:
    """The named rows of the one document the rest of the question points at ("master's loan for Welsh students":
    the funding guide's Wales row, not the nurse guide's), when the rows come from several documents."""
    if len({r.source for r in named}) <= 1:
        return named
    names = set()
    for r in named:
        names |= content_stems(r.name)
    asked = set(content_stems(ask.text)) - names
    scores: dict[str, int] = {}
    for r in named:
        words = content_stems(f"{r.title} {r.section} {r.line} {' '.join(c for c, _ in r.keys)}")
        scores[r.source] = max(scores.get(r.source, 0), len(asked & words))
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if ranked[0][1] == 0 or ranked[0][1] == ranked[1][1]:
        return []
    return [r for r in named if r.source == ranked[0][0]]


def _scope_text(what: str, docs: Sequence[Profile], tables: Tables, ask: Ask, passages: list[Passage]) -> str:
    text = f"The documents do not cover {what}."
    if not docs:
        return text
    shown = list(docs[:3])
    sources = {d.source for d in shown}
    for d in shown:  # each document named is cited, so its title and scope are checked against its own passage
        if not any(p.source == d.source for p in passages):
            first = next((r for r in tables.of(d.source) if r.money), None)
            if first is not None:
                _passage_number(first, tables, passages)
    passages[:] = [p for p in passages if p.source in sources]  # the reply cites these only, numbered as here

    def cited(d: Profile) -> str:
        n = next((i for i, p in enumerate(passages, start=1) if p.source == d.source), 0)
        where = " ".join(x for x in (d.region, ", ".join(d.years[:1])) if x)
        return f"{where} ({d.title})" + (f" [{n}]" if n else "")

    job = ask.jobs[0] if ask.jobs else "this"
    text += f" They have figures for {job} in: {' and '.join(cited(d) for d in shown)}."
    # the closest figures: the retrieved lines of the job's own documents (never another job's pay), each group under
    # its document's title, scope and section
    from bot.evidence.quotes import compose

    closest = compose(ask.text, passages)
    if closest:
        text += " The closest figures the documents have:\n\n" + closest
    return text
