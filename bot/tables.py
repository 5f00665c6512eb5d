"""What each document is about, and its table rows as records (issue 26, items 1 and 2).

A careers office's documents sit side by side: one job per document, some per country, pay tables by level,
region, year or experience, per year or per month, in several currencies. Two things are read from the documents
themselves, with no sidecar to write:

- ``Profile``: one document's occupation (its title's job: "Registered Nurse"), region, years, currency and pay
  period, and the places its rows name ("Munich", "Scotland"). Read from the title, the front matter (``region``,
  ``year``, ``scope``), the scope sentence and the rows' key cells.
- ``Record``: one table row (as ingest writes it: "Band 5 (Band), Staff Nurse (Typical role): Starting salary:
  £28,900; Top of band: £35,400") or one labelled list item with a figure ("Acme: $123,456 average"). Its key cells
  say which row it is, each value keeps its column label, currency and period, and the record keeps its document's
  scope, so a figure is never moved to another row, period, place, year or job.

``Tables.build(chunks)`` reads every chunk once (cached per index version). A currency comes from the figure's sign,
else the document's scope sentence ("Canadian dollars (CAD)": a bare "$" is CAD).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import bot.stated as _stated
from bot.crosstab import crossed
from bot.currencies import country_currency
from bot.languages import LESS, OVER, YEARS
from bot.numbers import currency_of, parse_numbers  # noqa: F401 - currency_of: read here by callers
from bot.periods import PERIOD_WORDS, PERIODS, period_of, periods_of  # noqa: F401 - read here by callers
from bot.stated import bare_amount, is_money, label_currency, stated_by_document, stated_currency  # noqa: F401 - callers
from bot.text import BULLET, content_stems, job_phrases, row_cells, tokenize
from bot.titles import occupation_of  # noqa: F401 - read here by callers
from bot.types import Chunk, document_title
from bot.vocabulary import COUNT_LABEL, LEVEL_WORDS, PAY_WORDS, STAT_WORDS

# --- places and experience (language) ---------------------------------------------------------------------------
# Columns whose cells are places (language; and in the languages of the documents read so far: "Област", "Oraș").
_PLACE_WORD = (
    r"(?:city|cities|region|province|state|territory|territories|area|home nation|nation|country|location|emirate"
    r"|county|counties|district|prefecture|canton|municipality|municipalities|town|borough|metro area"
    r"|област|область|град|город|регион|район|ciudad|región|provincia|departamento|municipio|cidade|região|ville"
    r"|région|département|stadt|bundesland|città|regione|miasto|województwo|město|oraș|județ|város|megye|kota"
    r"|provinsi|πόλη|περιφέρεια|regija|mesto|okres|županija|linn|maakond|şehir|bölge|şəhər|rayon|stad|län|kommun"
    r"|provincie|gemeente|kaupunki|miestas|pilsēta|novads|qytet|(?:main |regional )?cent(?:re|er)|עיר|مدينة)s?"
)
# "State / territory"; "Kraj / Region", "Oblast / Region": a label in the document's language, then in English
PLACE_COLUMNS = re.compile(
    rf"^(?:[^\W\d_]+(?: [^\W\d_]+)?\s*/\s*|[^\W\d_]+ (?=(?:region|regija|district|county|province)))?"
    rf"{_PLACE_WORD}(?:\s*(?:/|or|and)\s*{_PLACE_WORD})*(?:\s*\([^()]*\))?$",
    re.I,
)
EXPERIENCE_COLUMNS = re.compile(  # columns whose cells are levels of experience (language)
    r"experience|years? of service|\bpqe\b|service|years? (?:registered|qualified|in post)|tenure|seniority"
    r"|years? (?:since|after) (?:graduat|qualif)",
    re.I,
)


# --- records ----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Value:
    """One figure cell of a row: its column ``label``, its ``text`` as written ("€3,700 to €4,600"), the amounts
    in it (one, or a range's two ends), its currency (ISO) and pay period ("year", "month", "hour", or "")."""

    label: str
    text: str
    amounts: tuple[float, ...]
    currency: str = ""
    period: str = ""
    percent: bool = False

    @property
    def amount(self) -> float | None:
        return self.amounts[0] if self.amounts else None

    @property
    def money(self) -> bool:
        return bool(self.amounts) and not self.percent


@dataclass(frozen=True)
class Record:
    """One table row (or labelled list item with a figure) of one document, with the document's scope."""

    keys: tuple[tuple[str, str], ...]  # (column, cell): ("Band", "Band 5"), ("Typical role", "Staff Nurse")
    values: tuple[Value, ...]
    line: str  # the row as written in the chunk (what is quoted)
    section: str  # the heading path it sits under (the table's caption)
    source: str
    chunk_id: str = ""
    title: str = ""
    region: str = ""
    year: str = ""

    @property
    def name(self) -> str:
        """The row's first key cell ("Band 5", "Munich")."""
        return self.keys[0][1] if self.keys else ""

    @property
    def column(self) -> str:
        """The first key's column ("Band", "City")."""
        return self.keys[0][0] if self.keys else ""

    @property
    def table(self) -> tuple[str, str]:
        return self.source, self.section

    @property
    def money(self) -> tuple[Value, ...]:
        return tuple(v for v in self.values if v.money)

    def measure(self, question: str = "") -> Value | None:
        """The value a pay question wants of this row: the money column it names ("starting", "hourly", "top of
        band"), else the one of what one earns, a median or average, else the first."""
        if not (money := self.money):
            return None
        if period := period_of(question):  # "per month", "hourly": the column of that period, when the row has one
            money = tuple(v for v in money if v.period == period) or money
        asked = set(tokenize(question.replace("-", " ")))
        named_cells = [c for _, c in self.keys if re.search(rf"(?<!\w){re.escape(c)}(?!\w)", question, re.I)]
        asked -= {t for cell in named_cells for t in tokenize(cell)} | GENERIC_LABEL_WORDS  # ("a Band 8a nurse": a row)
        # the label the question names most of ("the highest point": "Highest point", not "Lowest point"), of two, by
        # the words fewer labels share ("overhead crane": "Overhead / gantry", not "Tower crane")
        used = Counter(w for v in money for w in set(tokenize(v.label)))
        if named := [v for v in money if set(tokenize(v.label)) & asked]:
            return max(named, key=lambda v: (len(own := set(tokenize(v.label)) & asked), sum(1 / used[w] for w in own)))
        if not _stated.asks_a_price(question):  # what one earns, not what a haircut costs
            money = tuple(v for v in money if _stated.earned_label(v.label)) or money
        for word in ("median", "average", "mean"):
            for v in money:
                if word in v.label.lower() and len(v.amounts) == 1:
                    return v
        return next((v for v in money if len(v.amounts) == 1), money[0])

    def asked(self, question: str) -> tuple[Value, ...]:
        """The values whose column the question names, every word of the label but the generic ones ("second year",
        "top of band", "per month", "hourly wage"); () when it names none."""
        words = set(tokenize(question.replace("-", " ")))
        out = []
        for v in self.values:
            own = set(tokenize(re.sub(r"\(.*?\)", " ", v.label))) - GENERIC_LABEL_WORDS
            code = re.search(r"\(([^()]{1,12})\)\s*$", v.label)  # "Starting salary (M1)": asked as "the M1 salary"
            code = code if code and re.search(r"\d|^[A-Z]{1,4}$", code.group(1)) else None  # a code, not "(gross)"
            if own and own <= words or code and re.search(rf"(?<!\w){re.escape(code.group(1))}(?!\w)", question, re.I):
                out.append(v)
        return tuple(out)

    @cached_property
    def experience(self) -> tuple[float, float] | None:
        """The years of experience the row stands for ((5, 9) of "5 to 9 years", (10, inf) of "10 years or more"),
        from a key whose column is about experience; None otherwise."""
        for column, cell in self.keys:
            if EXPERIENCE_COLUMNS.search(column) or EXPERIENCE_COLUMNS.search(cell) and re.search(r"\d", cell):
                if span := year_span(cell):
                    return span
                if EXPERIENCE_COLUMNS.search(column) and _FIRST_STEP.match(cell):
                    return (0.0, 0.0)  # "On appointment", "New graduate": no years yet
        return None


# A row of an experience table before any year (language).
_FIRST_STEP = re.compile(
    r"\s*(?:on (?:appointment|entry|joining)|entry|start(?:ing)?|new (?:graduate|entrant|starter))", re.I
)

# Words of a column label that name no column of their own (every pay column is a salary).
GENERIC_LABEL_WORDS = frozenset({"salary", "salari", "pay", "wage", "median", "averag", "typical", "gross", "per"})

_SPAN = re.compile(
    rf"(?:(?P<less>less than|under|fewer than|{LESS})\s+|(?P<over>more than|over|at least|{OVER})\s+)?"
    rf"(?P<a>\d+)(?:\s*(?:to|-|–)\s*(?P<b>\d+))?\s*(?:years?|yrs?|{YEARS})?"
    r"(?P<more>\s*(?:or more|or over|\+|and over|and above|or longer))?",
    re.I,
)


def year_span(cell: str) -> tuple[float, float] | None:
    """(low, high) years of a cell like "5 to 9 years", "10 years or more", "Less than 1 year", "0 to 1", "3"."""
    m = _SPAN.search(cell)
    if not m:
        return None
    a = float(m.group("a"))
    if m.group("less"):
        return (0.0, a - 0.01)
    if m.group("over"):
        return (a, float("inf"))
    if m.group("b"):
        return (a, float(m.group("b")))
    if m.group("more"):
        return (a, float("inf"))
    return (a, a)


def _value(label: str, text: str, currency: str, period: str, bare: bool = False) -> Value:
    numbers = [q for q in parse_numbers(text) if q.kind in ("money", "percent", "count")]
    percent = any(q.kind == "percent" for q in numbers) and not any(q.kind == "money" for q in numbers)
    kinds = ("money", "count") if bare else ("money",)  # a bare number under "Median (PLN)" is an amount
    money = [q for q in numbers if q.kind in kinds] if not percent else numbers
    # two figures are a range only when joined by "to" or a dash ("€3,700 to €4,600"); else the first one counts
    if len(money) >= 2 and not re.fullmatch(r"\s*(?:to|-|–|—)\s*", text[money[0].end : money[1].start]):
        money = money[:1]
    own = period_of(label) or period_of(text) or period
    return Value(
        label,
        text,
        tuple(q.value for q in money[:2]),
        (currency if bare and not currency_of(text) else currency_of(text, currency)) if not percent else "",
        own if not percent else "",
        percent,
    )


_YEAR_CELL = re.compile(r"\s*(?:19|20)\d\d\s*")


def _is_figure(text: str) -> bool:
    """A cell holding an amount of money (with its currency sign or code) or a percentage; "Band 8b" is a name."""
    return any(q.kind == "percent" or q.kind == "money" and q.currency for q in parse_numbers(text))


def record_of(
    line: str,
    section: str,
    meta: Mapping[str, object],
    *,
    source: str = "",
    chunk_id: str = "",
    stated: tuple[str, str] = ("", ""),
) -> Record | None:
    """The record of one line of a chunk: a table row with at least one figure, or a labelled list item with a
    money figure ("- Acme: $123,456 average"); None for anything else."""
    text = line.strip()
    marker = BULLET.match(text)
    if marker:
        text = text[marker.end() :].strip()
    scope = str(meta.get("scope") or "")
    # a bare "$" is the dollar (or peso) of the document's country: "$2.450.000" in a Chilean guide is CLP
    currency = currency_of(scope) or country_currency(str(meta.get("region") or ""))
    # a caption that names one period ("Basic monthly salary by grade") says it for columns that do not ("Step 1")
    period = period_of(section.split(" > ")[-1]) or _document_period(scope) or stated[1]
    base = dict(
        line=text,
        section=section,
        source=source,
        chunk_id=chunk_id,
        title=document_title(meta),
        region=str(meta.get("region") or ""),
        year=_section_year(section) or str(meta.get("year") or ""),
    )
    cells = (row_cells(text) or _row_loosely(text)) if not marker else None
    if cells:
        # a bare number under a column that names its currency ("Median (PLN)": "6450") is a figure too
        bare = {h: code for h, c in cells if (code := label_currency(h)) and bare_amount(c, code)}
        # a caption that names the currency or the pay ("Figures are annual, in thousands of MXN", "Pay trend,
        # 2021-2024") says it for the bare numbers of a row that writes no amount, under columns that do not name a
        # count ("Respondents", "Pharmacists employed") or a year
        caption = section.split(" > ")[-1]
        # (or the document: ``stated`` is the currency a line of it says its amounts are in)
        told = label_currency(caption) or (currency if PAY_WORDS.search(caption) else "") or stated[0]
        if told and not bare and not any(is_money(c) for _, c in cells):  # a row with no amount written as one
            bare |= {
                h: told
                for h, c in cells
                if h not in bare and bare_amount(c, told) and not _YEAR_CELL.fullmatch(c) and not COUNT_LABEL.search(h)
            }
        keys = tuple((h, c) for h, c in cells if not _is_figure(c) and not (h in bare and bare_amount(c, bare[h])))
        values = tuple(
            _value(h, c, bare.get(h) or currency, period, bare=h in bare)
            for h, c in cells
            if _is_figure(c) or h in bare and bare_amount(c, bare[h])
        )
        if values and keys:
            return Record(keys=keys, values=values, **base)
        return None
    if marker and ":" in text[:60]:
        label, _, rest = text.partition(":")
        if len(label.split()) <= 6 and any(q.kind == "money" for q in parse_numbers(rest)):
            column = section.split(" > ")[-1]
            label, rest = label.strip().strip("*_").strip(), rest.strip().strip("*_").strip()  # "**Newly qualified:**"
            return Record(keys=((column, label),), values=(_value("", rest, currency, period),), **base)
    return None


_NAMED = re.compile(r"\s*(.+?)\s+\(((?:[^()]|\([^()]*\)){1,40})\)(?=,\s|$)")  # "3 (Wage group (Lohngruppe))"
_PAIR = re.compile(r"^\s*([^:;|]{1,60}?):\s+([^;]+?)\s*$")


def _row_loosely(text: str) -> list[tuple[str, str]] | None:
    """A row whose naming cells hold commas or brackets of their own ("Birmingham, Bristol (Locations)", "Fees and
    living costs (part loan, part grant) (What it covers)"), which ``bot.text.row_cells`` leaves alone."""
    head, sep, rest = text.strip().rstrip(".").partition(": ")
    if not sep:
        return None
    named, at = [], 0
    while at < len(head):
        m = _NAMED.match(head, at)
        if not m:
            return None
        named.append((m.group(2).strip(), m.group(1).strip()))
        at = m.end() + (2 if head[m.end() : m.end() + 2] == ", " else 0)
    if not named:
        return None
    pairs = [_PAIR.match(p) for p in rest.split("; ")]
    if not all(pairs):
        return None
    return named + [(m.group(1).strip(), m.group(2).strip()) for m in pairs if m]


def _section_year(section: str) -> str:
    """The one year a table's heading path names ("2024", a workbook's sheet of that year), else ""."""
    years = set(re.findall(r"(?<![\d/–-])(?:19|20)\d\d(?![\d/–-])", section))
    return years.pop() if len(years) == 1 else ""


def _document_period(scope: str) -> str:
    """The pay period a document's scope sentence gives its figures: one named period, else "year" when it names
    "per year" first ("per year unless a table says per month"), else ""."""
    found = periods_of(scope)
    if len(found) == 1:
        return found[0]
    m = [(rx.search(scope).start(), p) for p, rx in PERIODS if p in found]
    return min(m)[1] if m and "unless" in scope.lower() else ""


def split_places(cell: str) -> list[str]:
    """The places of one cell: "Birmingham, Bristol" is two."""
    return [p.strip() for p in re.split(r",\s*|\s+and\s+(?=[A-Z])", cell) if p.strip()]


_NOT_PLACE = re.compile(
    rf"{PAY_WORDS.pattern}|{STAT_WORDS.pattern}|\b(?:minimum|maximum|min|max|total|gross|net|basic|base|step|grade"
    rf"|band)\b|\b(?:{'|'.join(LEVEL_WORDS)})\b",
    re.I,
)
_NAME = re.compile(r"[A-ZÀ-Ý][^\W\d_]+(?:[ -][A-ZÀ-Ý][^\W\d_]+){0,2}")


def column_places(records: Sequence[Record]) -> list[str]:
    """The places a table's columns name ("Bogotá | Medellín | Barranquilla | Cali"): the money columns of a record
    of three or more, one of which at least is a place the world's names know ("Bogotá") and each other one a name
    (capitalised words, no digit, no word of pay, statistics or levels): places of the same kind (the smaller cities
    of the same country)."""
    from bot.geography import country_of

    out: list[str] = []
    for r in records:
        labels = [v.label for v in r.money]
        if len(labels) < 3 or not any(country_of(x) for x in labels):
            continue
        if all(country_of(x) or _NAME.fullmatch(x) and not _NOT_PLACE.search(x) for x in labels):
            out += labels
    return out


# --- documents --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    """What one document is about and what its figures describe, read from the document itself."""

    source: str
    title: str
    occupation: str  # the title's subject: "Registered Nurse", "Graduate Schemes"
    region: str = ""
    years: tuple[str, ...] = ()
    currency: str = ""
    periods: tuple[str, ...] = ()
    places: tuple[str, ...] = ()  # places its rows name ("Munich", "Scotland")
    records: int = 0

    def summary(self) -> str:
        """One line for the ingest summary and the doctor: what careerbot read from this document."""
        parts = [
            self.occupation or "?",
            self.region or "no region",
            ", ".join(self.years) or "no year",
            self.currency or "no currency",
            "/".join(f"per {p}" for p in self.periods) or "no pay period",
            f"{self.records} table rows",
        ]
        if self.places:
            more = f" +{len(self.places) - 6}" if len(self.places) > 6 else ""
            parts.append("places: " + ", ".join(self.places[:6]) + more)
        return f"{self.source}: " + "; ".join(parts)


def _years(meta: Mapping[str, object], records: Sequence[Record]) -> tuple[str, ...]:
    own = str(meta.get("year") or "").strip()
    found: list[str] = []
    dated: list[str] = []
    if own:
        m = re.fullmatch(r"(\d{4})\s*[-–]\s*(\d{4})", own)
        found += [str(y) for y in range(int(m.group(1)), int(m.group(2)) + 1)] if m else [own]
    for r in records:
        for column, cell in r.keys:
            if re.fullmatch(r"(?:19[5-9]|20[0-4])\d(?:/\d{2})?", cell):  # not a position code "1017"
                found.append(cell)
        for v in r.values:  # "2024", or a label naming its year ("Annual salary from 1 May 2024")
            found += re.findall(r"(?<![\d/.,])(?:19[5-9]|20[0-4])\d(?:/\d{2})?(?![\d.,])", v.label)
            # "Monthly pay 1.2.2024": after the years written alone, which the answers name the document by
            dated += re.findall(r"(?<![\d.])\d{1,2}[./]\d{1,2}[./]((?:19[5-9]|20[0-4])\d)(?![\d.])", v.label)
    return tuple(dict.fromkeys(found + dated))


def _names_job(label: str) -> bool:
    return bool(job_phrases(label))


@dataclass
class Tables:
    """Every record and document profile of an index."""

    records: list[Record] = field(default_factory=list)
    profiles: dict[str, Profile] = field(default_factory=dict)
    chunks: dict[str, Chunk] = field(default_factory=dict)
    by_source: dict[str, list[Record]] = field(default_factory=dict)  # each document's records, in order
    _words: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _labels: list[frozenset[str]] = field(default_factory=list, repr=False)

    def long_labels(self) -> frozenset[str]:
        """Every value column label of two words or more ("Top of band"), read once."""
        if not self._labels:
            self._labels.append(frozenset(v.label for r in self.records for v in r.values if len(v.label.split()) > 1))
        return self._labels[0]

    def words_of(self, source: str) -> frozenset[str]:
        """The stems of a document's title, file name, table captions and row names (what its tables are about)."""
        if source not in self._words:
            recs = self.of(source)
            text = " ".join([source.split("/")[-1].replace("-", " ").replace("_", " ")] + [r.title for r in recs[:1]])
            text += " ".join(f" {r.section} " + " ".join(c for _, c in r.keys) for r in recs)
            self._words[source] = frozenset(content_stems(text))
        return self._words[source]

    @staticmethod
    def _records_of(chunks: Sequence[Chunk], stated: Mapping[str, tuple[str, str]]) -> list[Record]:
        out: list[Record] = []
        for c in chunks:
            for line in c.text.split("\n"):
                rec = record_of(
                    line, c.section, c.meta, source=c.source, chunk_id=c.id, stated=stated.get(c.source, ("", ""))
                )
                if rec is not None:
                    out += crossed(rec, _names_job, period_of)
        return out

    @classmethod
    def build(cls, chunks: Iterable[Chunk]) -> Tables:
        from bot.geography import places_country

        out = cls()
        metas: dict[str, Mapping[str, object]] = {}
        chunks = list(chunks)
        stated = stated_by_document(chunks)
        for c in chunks:
            out.chunks[c.id] = c
            metas.setdefault(c.source, c.meta)
        # a document with no record: read again with a currency said inside a sentence of its opening
        out.records = out._records_of(chunks, stated)
        read = {r.source for r in out.records}
        again = stated_by_document([c for c in chunks if c.source not in read], sentences=True)
        out.records += out._records_of([c for c in chunks if c.source in again], again)
        for r in out.records:
            out.by_source.setdefault(r.source, []).append(r)
        for source, meta in metas.items():
            recs = out.of(source)
            title = document_title(meta)
            scope = str(meta.get("scope") or "")
            places = [
                p for r in recs for column, cell in r.keys if PLACE_COLUMNS.match(column) for p in split_places(cell)
            ] + column_places(recs)
            periods = list(periods_of(scope)) or sorted({v.period for r in recs for v in r.money if v.period})
            out.profiles[source] = Profile(
                source=source,
                title=title,
                occupation=occupation_of(title),
                region=str(meta.get("region") or "") or places_country(places),  # ("Madeira (RAM)": Portugal)
                years=_years(meta, recs),
                currency=currency_of(scope) or next((v.currency for r in recs for v in r.money if v.currency), ""),
                periods=tuple(periods),
                places=tuple(dict.fromkeys(places)),
                records=len(recs),
            )
        return out

    def of(self, source: str) -> list[Record]:
        return self.by_source.get(source, [])

    def texts_naming(self, name: str) -> list[str]:
        """The whole text of each document that names ``name`` (a city: "Toronto"), one string per document."""
        by_doc: dict[str, list[str]] = {}
        for c in self.chunks.values():
            by_doc.setdefault(c.source, []).append(f"{c.section} {c.text}")
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)
        return [" ".join(t) for t in by_doc.values() if pattern.search(" ".join(t))]
