"""What the guard knows of a passage's document and table rows: its scope, its records, and the chain's own lines.

A passage reaches the guard as bot.types.verifiable_text writes it: its section path, its text, and a last line
"Document: <title>, <region> <year>" (``scope_label``). From that line ``document_of`` reads the document (title,
region, year, occupation: bot.tables.occupation_of); ``records_of`` reads every table row and labelled figure of the
passage as a bot.tables ``Record`` with that scope, and the pay period of each value: its column label or cell, else
its section path ("Monthly Salary by City"), else the document's scope sentence (the lexicon's documents at run
time), else a line of another passage of the same document that states it ("Salaries in this guide are gross
amounts per month"). ``document_spans`` finds where a sentence names a document's scope ("Registered Nurse, UK
2024", "Ireland 2023 (Staff Nurse in Ireland: Career Guide)"); ``is_source_line`` tells the chain's own attribution
line (bot/evidence/quotes.py ``source_line``: 'From <title>, <region> <year>, "<section>":').

Shortcuts: the "Document:" line is split at its last ", " (a title holding ", " and no scope reads wrong); English
period words (bot.tables).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.guard.passage import CitedPassage, Context, Sentence, in_spans
from bot.numbers import parse_numbers
from bot.retrieval.lexicon import Lexicon, role_key
from bot.tables import Record, Value, occupation_of, period_of, periods_of, record_of
from bot.text import BULLET, HEADING, STOPWORDS, job_phrases, mentions, phrase_pattern, stem
from bot.vocabulary import FIGURE_WORDS, FUNDING_WORDS, PAY_WORDS
from bot.vocabulary import LEVEL_WORDS as BASE_LEVEL_WORDS

DOCUMENT_LINE = "Document: "
# Words that say a level or a stage, not what a job is ("senior nurses" are nurses).
LEVEL_WORDS = frozenset(stem(w) for w in BASE_LEVEL_WORDS | {"registered"})
_SCOPE = re.compile(r"(?:(?P<region>.*?)\s+)?(?P<year>\d{4}(?:\s*[-–/]\s*\d{2,4})?)")
_PAY = re.compile(rf"{PAY_WORDS.pattern}|{FUNDING_WORDS.pattern}|{FIGURE_WORDS.pattern}", re.I)


@dataclass(frozen=True)
class Document:
    """A passage's document as its "Document:" line names it."""

    label: str  # "Registered Nurse: Career Guide, UK 2024"
    title: str
    region: str = ""
    year: str = ""

    @property
    def occupation(self) -> str:
        return occupation_of(self.title)

    @property
    def scope(self) -> str:
        return " ".join(x for x in (self.region, self.year) if x)

    def phrases(self) -> tuple[str, ...]:
        """The ways an answer names this document's scope: its label, "<occupation>, <region> <year>",
        "<region> <year> (<title>)", "<region> <year>", its title."""
        out = [self.label, self.title]
        if self.scope:
            out += [
                f"{self.occupation}, {self.scope}",
                f"{self.scope} ({self.title})",
                f"{self.occupation} ({self.scope})",
            ]
            out += [self.scope, f"{self.title} ({self.scope})", self.region, self.year]
        return tuple(dict.fromkeys(p for p in out if p))


def parse_document(label: str) -> Document:
    """ "Registered Nurse: Career Guide, UK 2024" -> title, region "UK", year "2024"."""
    label = label.strip()
    title, comma, tail = label.rpartition(", ")
    if comma:
        m = _SCOPE.fullmatch(tail)
        if m:
            return Document(label, title, (m.group("region") or "").strip(), m.group("year"))
        if len(tail.split()) <= 4 and not re.search(r"[()\d:]", tail) and tail[:1].isupper():
            return Document(label, title, tail)
    m = _SCOPE.fullmatch(label)
    if m and not m.group("region"):
        return Document(label, "", "", m.group("year"))
    return Document(label, label)


def document_of(p: CitedPassage) -> Document | None:
    """The document passage ``p`` names on its last "Document:" line; None when it names none."""
    return _document(p.text)


@lru_cache(maxsize=1024)
def _document(text: str) -> Document | None:
    last = text.rstrip().rsplit("\n", 1)[-1].strip()
    return parse_document(last[len(DOCUMENT_LINE) :]) if last.startswith(DOCUMENT_LINE) else None


def body_of(p: CitedPassage) -> tuple[str, list[str]]:
    """(section path, body lines) of a passage, without its "Document:" line."""
    return _body(p.text)


def _body(text: str) -> tuple[str, list[str]]:
    lines = text.split("\n")
    if lines and lines[-1].strip().startswith(DOCUMENT_LINE):
        lines = lines[:-1]
    first = lines[0].strip() if lines else ""
    if len(lines) > 1 and first and (" > " in first or _heading_like(first)):
        return first.lstrip("# "), lines[1:]
    return "", lines


def _heading_like(line: str) -> bool:
    if HEADING.match(line):
        return True
    return len(line) <= 90 and not BULLET.match(line) and line[-1] not in ".:!?;," and len(line.split()) <= 12


# --- records ------------------------------------------------------------------------------------------------------


def records_of(p: CitedPassage, ctx: Context) -> tuple[Record, ...]:
    """The table rows and labelled figures of passage ``p`` as records, each value with its pay period where the
    passage, its document or a passage of the same document says it."""
    doc = document_of(p)
    scope = _scope_sentence(doc, ctx.lex) if doc else ""
    period = "" if scope else _stated_period(doc, ctx.passages) if doc else ""
    return _records(p.text, scope, period)


@lru_cache(maxsize=2048)
def _records(text: str, scope: str, period: str) -> tuple[Record, ...]:
    doc = _document(text)
    section, lines = _body(text)
    meta = {"title": doc.title, "region": doc.region, "year": doc.year, "scope": scope} if doc else {}
    section_period = period_of(section.split(" > ")[-1]) or period_of(section)
    out = []
    for line in lines:
        rec = record_of(line, section, meta)
        if rec is None:
            continue
        fallback = section_period or period
        if fallback:
            values = tuple(_with_period(v, fallback) for v in rec.values)
            rec = replace(rec, values=values)
        out.append(rec)
    return tuple(out)


def _with_period(v: Value, period: str) -> Value:
    if v.period or v.percent or not v.money:
        return v
    return Value(v.label, v.text, v.amounts, v.currency, period, v.percent)


def _scope_sentence(doc: Document, lex: Lexicon) -> str:
    """The document's scope sentence, from the lexicon's documents (ingest stores them; a lexicon built from a text
    has none)."""
    for d in lex.documents:
        if d.title and d.title == doc.title and (not doc.region or d.region == doc.region):
            return d.scope
    return ""


def _stated_period(doc: Document, passages: Sequence[CitedPassage]) -> str:
    """The pay period a sentence of another passage of the same document gives its figures ("Salaries in this guide
    are gross amounts per month"): one sentence about pay naming one period."""
    found = {
        period
        for p in passages
        if document_of(p) == doc
        for line in body_of(p)[1]
        if not record_of(line, "", {})
        for sentence in re.split(r"(?<=[.;])\s+", line)
        if _PAY.search(sentence) and (period := _one_period(sentence))
    }
    return found.pop() if len(found) == 1 else ""


def _one_period(sentence: str) -> str:
    found = periods_of(sentence)
    return found[0] if len(found) == 1 else ""


# --- rows named in a sentence ----------------------------------------------------------------------------------------


def key_mentions(text: str, records: Sequence[Record], window: tuple[int, int], skip) -> list[tuple[int, int, str]]:
    """Key cells of ``records`` written in the window, by their words' stems ("community pharmacies" names
    "Community pharmacy"; a cell's bracket aside: "London stipend"), longest first, no overlaps, outside a
    document's scope and not inside a longer job title ("civil engineers" does not name the row "Engineer")."""
    cells = sorted(
        {c for r in records for _, c in r.keys if len(c) > 1}, key=lambda c: len(stems(plain(c))), reverse=True
    )
    toks = tokens(text, window)
    jobs = [(a, b) for _, a, b in job_phrases(text)]
    # a number's part is no row ("14" of "R$ 14.600", "1" of "1 January 2024")
    figures = [(q.start, q.end) for q in parse_numbers(text) if q.end - q.start > 2 or q.kind == "year"]
    found: list[tuple[int, int, str]] = []
    for cell in cells:
        form = stems(plain(cell))
        n = len(form)
        if not n:
            continue
        for i in range(len(toks) - n + 1):
            if [w for w, _, _ in toks[i : i + n]] != form:
                continue
            a, b = toks[i][1], toks[i + n - 1][2]
            if in_spans(a, skip) or any(a < y and b > x for x, y, _ in found):
                continue
            if cell[:1].isdigit() and any(x <= a and b <= y and (x, y) != (a, b) for x, y in figures):
                continue
            if any(x <= a and b <= y and (y - x) > (b - a) + 2 for x, y in jobs):
                continue
            found.append((a, b, cell))
    return sorted(found)


def plain(cell: str) -> str:
    return re.sub(r"\s*\([^)]*\)", " ", cell).strip() or cell


def tokens(text: str, window: tuple[int, int]) -> list[tuple[str, int, int]]:
    """The window's words as (stem, start, end), stop words left out."""
    lo, hi = window
    out = [(stem(m.group(0)), m.start() + lo, m.end() + lo) for m in re.finditer(r"\w+", text[lo:hi])]
    return [t for t in out if t[0] not in STOPWORDS]


def stems(text: str) -> list[str]:
    return [stem(w) for w in re.findall(r"\w+", text.lower()) if w not in STOPWORDS]


def years_in_rows(years: float, records: Iterable[Record]) -> bool:
    """Some row's range of years holds ``years`` ("7 years" is in "5 to 9 years")."""
    return any(r.experience and r.experience[0] <= years <= r.experience[1] for r in records)


def names_years_of_a_row(phrase: str, records: Iterable[Record]) -> bool:
    """ "7 years", named where a row's range holds it ("5 to 9 years"): the question's years, read into a row."""
    m = re.fullmatch(r"(\d{1,2})\s*years?", phrase.strip(), re.I)
    return bool(m) and years_in_rows(float(m.group(1)), records)


# --- where a sentence names a document's scope ---------------------------------------------------------------------


def documents_in(passages: Iterable[CitedPassage]) -> list[Document]:
    return list(dict.fromkeys(d for p in passages if (d := document_of(p))))


def document_spans(text: str, docs: Iterable[Document]) -> list[tuple[int, int]]:
    """Where ``text`` names one of ``docs`` by its scope (longest phrases first, no overlaps)."""
    phrases = sorted({ph for d in docs for ph in d.phrases()}, key=len, reverse=True)
    spans: list[tuple[int, int]] = []
    for phrase in phrases:
        for m in phrase_pattern(phrase, plural=False).finditer(text):
            if not any(m.start() < b and m.end() > a for a, b in spans):
                spans.append((m.start(), m.end()))
    return sorted(spans)


def is_source_line(unit: str, passages: Sequence[CitedPassage]) -> bool:
    """'From <title>, <region> <year>, "<section>":' (or ending in "."), naming a passage's document as its
    "Document:" line does and a section that ends that passage's section path."""
    m = re.fullmatch(r'From (?P<label>.+?)(?:, "(?P<section>[^"]*)")?[:.]', unit.strip())
    if not m:
        return False
    for p in passages:
        doc = document_of(p)
        if doc is None or doc.label != m.group("label"):
            continue
        section = m.group("section")
        first = p.text.split("\n", 1)[0].strip().lstrip("# ")  # (a numbered section, "2. Day rates", reads as a list)
        if section is None or body_of(p)[0].endswith(section) or first.endswith(section):
            return True
    return False


def without_document_scope(s: Sentence, cited: Sequence[CitedPassage], ctx: Context) -> Sentence:
    """``s`` without the figures and names of the scope it gives a cited passage's document ("Software Engineer,
    Germany 2023: Munich, ..."): the document's own title, region, year and job, and what the cited table's heading
    says of all its rows ("Main and Upper Pay Scale by Year (Rest of England)"), bind no figure; a name written
    inside a cited row's key ("6 years" in "4 to 6 years") is that row's, which the records check reads. A sentence
    with no money figure ("They have figures for nurses in: UK 2024 (Registered Nurse: Career Guide) and ...") may
    name any document of the answer or of the corpus this way."""
    docs = documents_in(cited)
    if not any(q.kind == "money" for q in s.numbers):
        docs += documents_in(ctx.passages) + [_from_lexicon(d.title, d.region, d.year) for d in ctx.lex.documents]
    spans = document_spans(s.text, [d for d in docs if d.title or d.scope])
    jobs = {role_key(d.occupation) for d in documents_in(cited)} - {frozenset()}
    spans += [(a.start, a.end) for a in s.anchors if a.group == "name" and _names_job(a.key, jobs)]
    records = [r for p in cited for r in records_of(p, ctx)]
    rows = [(a, b) for a, b, _ in key_mentions(s.text, records, (0, len(s.text)), [])]
    spans += [
        (a.start, a.end)
        for a in s.anchors
        if a.group == "name"
        and (
            any(x <= a.start and a.end <= y and (a.start, a.end) != (x, y) for x, y in rows)
            or names_years_of_a_row(s.text[a.start : a.end], records)
        )
    ]
    sections = [body_of(p)[0] for p in cited]
    spans += [(a.start, a.end) for a in s.anchors if any(mentions(x, s.text[a.start : a.end]) for x in sections)]
    if not spans:
        return s
    numbers = [q for q in s.numbers if not in_spans(q.start, spans)]
    anchors = [a for a in s.anchors if not in_spans(a.start, spans)]
    return Sentence(s.raw, s.text, numbers, anchors, s.scope_spans)


def is_documents_job(phrase: str, cited: Sequence[CitedPassage]) -> bool:
    """ "UK nurse", "trainee teacher": a cited document's job, said with its place or a level ("Registered Nurse"
    of a UK guide; "Secondary School Teacher")."""
    from bot.vocabulary import job_synonyms

    docs = documents_in(cited)
    places = {w for d in docs for w in stems(d.region)}
    jobs = [role_key(d.occupation) for d in docs]
    for said in (phrase, *job_synonyms(phrase)):  # "physio": the physiotherapist a guide describes
        key = role_key(said) - LEVEL_WORDS - places
        if key and any(key <= job for job in jobs):
            return True
    return False


def _names_job(name: object, jobs: set[frozenset[str]]) -> bool:
    """ "software engineers", "senior accountants": the document's job (its level aside), not a row of it."""
    key = role_key(str(name)) - LEVEL_WORDS
    return bool(key) and any(key <= job for job in jobs)


def _from_lexicon(title: str, region: str, year: str) -> Document:
    scope = " ".join(x for x in (region, year) if x)
    return Document(", ".join(x for x in (title, scope) if x), title, region, year)
