"""The lexicon: named things, as the documents name them, built at ingest and read at run time.

Built from the documents only, never from lists in code (``build_lexicon``: chunks -> ``Lexicon``; ``save_lexicon``):

- labels: the names lines are about ("Acme" in "- Acme: $123,456 average", "Director"), by heading (siblings);
- lists: what a label or a heading lists ("Entry-Level" -> Widget Apprentice, Junior Widget Analyst);
- roles: job titles in headings and lines ("Widget Quality Engineer Salaries" -> Widget Quality Engineer);
- names: capitalised names in running text (companies, places, tools, data sources);
- acronyms: "Natural Language Processing (NLP)" -> NLP;
- documents: each document's title and front-matter scope (region, year, source, scope);
- pay years: the years the pay figures describe (heading, line or front matter);
- vocabulary: the stems of every word, to tell a subject the corpus never mentions;
- common: the stems most chunks share (the corpus's own subject, "AI research").

At run time: reading it from the data dir (``load_lexicon``) and finding its entries in a question or an answer
(``Lexicon.find``, an entry's pattern tried only where its first word is). No company, role or figure is known here:
a new document brings its own names. ``lexicon_from_text`` builds one from a text (a test's Markdown, passages).

Shortcuts: names are matched as written (any case, plural "s", acronyms expanded), not by a NER model; the builder
reads lines through ``bot.lines.parse`` (items, rows, prose lines whole), their labels with regular expressions.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path

from bot.errors import IndexNotBuilt
from bot.lines import parse
from bot.numbers import parse_numbers
from bot.retrieval.acronyms import add_short_forms, spell_out
from bot.text import (
    BULLET,
    FILLER,
    HEADING,
    content_stems,
    fold_accents,
    job_phrases,
    line_label,
    phrase_pattern,
    proper_name_spans,
    proper_names,
    row_cells,
    split_front_matter,
    words,
)
from bot.types import Chunk, Passage
from bot.vocabulary import JOB_ALIAS, LEVEL_NEXT, PAY_WORDS, STAT_WORDS, job_synonyms

_SPACES = re.compile(r"\s*")

FILE_NAME = "lexicon.json"


@dataclass(frozen=True)
class DocScope:
    """One document's title and front-matter scope."""

    source: str
    title: str = ""
    region: str = ""
    year: str = ""
    scope: str = ""
    data_source: str = ""

    def phrase(self) -> str:
        """ "Widget Analyst guide, Freedonia 2031" style: title, then region and year when known."""
        where = " ".join(x for x in (self.region, self.year) if x)
        return f"{self.title}, {where}" if self.title and where else self.title or where


@dataclass(frozen=True)
class Entity:
    """A named thing found in a text. ``kind``: label | role | name; ``group``: the heading a label sits under."""

    kind: str
    name: str  # the lexicon's spelling, or the text's when ``known`` is false
    start: int
    end: int
    group: str = ""
    known: bool = True
    note: str = ""  # for scope gaps: what the documents do describe instead


@dataclass(frozen=True)
class Lexicon:
    labels: dict[str, tuple[str, ...]] = field(default_factory=dict)  # heading -> labels of its lines
    lists: dict[str, tuple[str, ...]] = field(default_factory=dict)  # label or heading -> its items
    roles: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    acronyms: dict[str, str] = field(default_factory=dict)
    documents: tuple[DocScope, ...] = ()
    pay_years: tuple[int, ...] = ()
    vocabulary: frozenset[str] = frozenset()
    lines: tuple[tuple[str, str], ...] = ()  # (heading, line) of every line with a figure
    common: frozenset[str] = frozenset()  # stems most chunks share: the corpus's own subject
    sections: dict[str, str] = field(default_factory=dict)  # section path -> the document (source) it belongs to

    # --- storage --------------------------------------------------------------
    def to_json(self) -> dict:
        return {
            "labels": self.labels,
            "lists": self.lists,
            "roles": list(self.roles),
            "names": list(self.names),
            "acronyms": self.acronyms,
            "documents": [asdict(d) for d in self.documents],
            "pay_years": list(self.pay_years),
            "vocabulary": sorted(self.vocabulary),
            "lines": [list(x) for x in self.lines],
            "common": sorted(self.common),
            "sections": self.sections,
        }

    @classmethod
    def from_json(cls, data: dict) -> Lexicon:
        return cls(
            labels={k: tuple(v) for k, v in data.get("labels", {}).items()},
            lists={k: tuple(v) for k, v in data.get("lists", {}).items()},
            roles=tuple(data.get("roles", ())),
            names=tuple(data.get("names", ())),
            acronyms=dict(data.get("acronyms", {})),
            documents=tuple(DocScope(**d) for d in data.get("documents", ())),
            pay_years=tuple(data.get("pay_years", ())),
            vocabulary=frozenset(data.get("vocabulary", ())),
            lines=tuple(tuple(x) for x in data.get("lines", ())),
            common=frozenset(data.get("common", ())),
            sections=dict(data.get("sections", {})),
        )

    def __hash__(self) -> int:
        return id(self)

    # --- lookups ----------------------------------------------------------------
    @cached_property
    def _label_group(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for heading, labels in self.labels.items():
            for label in labels:
                out.setdefault(label.lower(), heading)
        return out

    @cached_property
    def _phrases(self) -> list[tuple[str, str, str]]:
        """(kind, phrase, its first word folded) longest first: labels, roles (acronyms both ways), names."""
        out: dict[str, str] = {}
        for label in (x for x in self._label_group if x != "i"):  # "I" of "Officer I" / "Part I" is the pronoun
            out.setdefault(label, "label")
        for role in self.roles:
            for form in self.forms(role):
                out.setdefault(form.lower(), "role")
        for name in (n for n in self.names if len(n) > 1):  # nor is it a name
            out.setdefault(name.lower(), "name")
        heads = {p: re.split(r"[\s-]", fold_accents(p.strip()))[0] for p in out}
        return sorted(((k, p, heads[p]) for p, k in out.items()), key=lambda t: -len(t[1]))

    def _memo(self, name: str) -> dict:
        """A cache kept on the instance (the lexicon does not change once built; frozen, so set in ``__dict__``)."""
        return self.__dict__.setdefault(f"_memo_{name}", {})

    def forms(self, phrase: str) -> list[str]:
        """Spellings of one phrase: acronyms expanded ("WQ engineer" -> "widget quality engineer") and contracted."""
        memo = self._memo("forms")
        memo[phrase] = memo.get(phrase) or tuple(self._forms(phrase))
        return list(memo[phrase])

    def _forms(self, phrase: str) -> list[str]:
        import re

        out = [phrase]
        for short, long in self.acronyms.items():
            out += [
                re.sub(rf"\b{re.escape(short)}\b", long, f) for f in out if re.search(rf"\b{re.escape(short)}\b", f)
            ]
            out += [re.sub(re.escape(long), short, f, flags=re.I) for f in out if re.search(re.escape(long), f, re.I)]
        out += [expand_initials(f, self.roles) for f in out]
        out += [other for f in out for other in job_synonyms(f)]  # "software developer" is a software engineer
        out += [
            m.group(1) for f in out if (m := re.fullmatch(r"(\w+)[\s-]+level", f, re.I))
        ]  # "senior level" is "Senior"
        return list(dict.fromkeys(out))

    def spell_out(self, text: str) -> str:
        """``text`` with the short forms the documents define for a job spelled out (bot/retrieval/acronyms.py)."""
        return spell_out(text, self.acronyms)

    def documents_of(self, headings: list[str]) -> tuple[DocScope, ...]:
        """The documents these passage headings belong to (all documents when none is known)."""
        sources = {self.sections[h] for h in headings if h in self.sections}
        docs = tuple(d for d in self.documents if d.source in sources)
        return docs or self.documents

    def group_of(self, label: str) -> str:
        return self._label_group.get(label.lower(), "")

    def covers_role(self, phrase: str) -> bool:
        """Whether some role (or heading) of the documents is this job title, allowing aliases and abbreviations."""
        keys = [role_key(f) for f in self.forms(expand_initials(phrase, self.roles))]
        memo = self._memo("role_keys")
        if "known" not in memo:
            memo["known"] = [role_key(f) for r in self.roles for f in self.forms(r)]
        known = memo["known"]
        return any(k and (k <= r or r <= k) and len(k & r) for k in keys for r in known)

    def knows_name(self, phrase: str) -> bool:
        low = phrase.lower()
        if any(low == n.lower() for n in self.names) or low in self._label_group:
            return True
        return any(low == r.lower() for r in self.roles) or any(
            low in (k.lower(), v.lower()) for k, v in self.acronyms.items()
        )

    def find(self, text: str, unknown: bool = True) -> list[Entity]:
        """Lexicon entries in ``text`` (longest first, no overlaps, in text order); with ``unknown``,
        also capitalised names and job titles the lexicon does not know (``known`` false)."""
        cands: list[Entity] = []
        jobs = job_phrases(text)
        job_starts, folded = {a for _, a, _ in jobs}, fold_accents(text.lower())
        for kind, phrase, head in self._phrases:
            for m in phrase_pattern(phrase).finditer(text) if head in folded else ():
                if kind == "name" and not m.group(0)[:1].isupper():
                    continue  # "drift" is a word; "Drift" in a title is no name
                if (
                    kind == "label"
                    and m.group(0).islower()
                    and phrase.isalpha()
                    and not (
                        {m.start(), _SPACES.match(text, m.end()).end()} & job_starts or LEVEL_NEXT.match(text, m.end())
                    )
                ):
                    continue  # "can lead to" is a verb; "lead UX researcher" and "lead level" name the level "Lead"
                group = self.group_of(phrase) if kind == "label" else ""
                cands.append(Entity(kind, _spelling(self, kind, phrase), m.start(), m.end(), group))
        for phrase, a, b in jobs:
            ws = phrase.split()
            while len(ws) > 1 and (
                ws[0].lower() in self._label_group
                or self.vocabulary
                and ws[0][:1].isupper()
                and not self.mentioned(ws[0])
            ):
                a = text.index(ws[1], a + len(ws[0]))
                ws = ws[1:]
            phrase = " ".join(ws)
            cands.append(Entity("role", phrase, a, b, known=self.covers_role(phrase)))
        if unknown:
            for phrase, a, b in proper_name_spans(text, first_words=True):
                cands.append(Entity("name", phrase, a, b, known=self.mentioned(phrase)))
        rank = {"label": 0, "role": 1, "name": 2}
        taken: list[tuple[int, int]] = []
        found: list[Entity] = []
        for e in sorted(cands, key=lambda e: (-(e.end - e.start), not e.known, rank[e.kind], e.start)):
            if e.kind == "name" and not e.known:
                e = self._trimmed(text, e, taken)
            if e is not None and not any(e.start < hi and e.end > lo for lo, hi in taken):
                taken.append((e.start, e.end))
                found.append(e)
        return sorted(found, key=lambda e: e.start)

    def _trimmed(self, text: str, e: Entity, taken: list[tuple[int, int]]) -> Entity | None:
        """An unknown capitalised run without the words another entry took ("Freedonia WQ engineers" -> "Freedonia")."""
        import re

        keep = [
            (m.start() + e.start, m.end() + e.start)
            for m in re.finditer(r"\S+", text[e.start : e.end])
            if not any(m.start() + e.start < hi and m.end() + e.start > lo for lo, hi in taken)
        ]
        if not keep:
            return None
        a, b = keep[0][0], keep[0][1]
        for s, t in keep[1:]:
            if text[b:s].strip():
                break
            b = t
        phrase = text[a:b]
        return Entity("name", phrase, a, b, known=self.mentioned(phrase))

    def mentioned(self, phrase: str) -> bool:
        """Whether the documents use this word or phrase at all (by its content stems)."""
        stems = content_stems(phrase)
        return bool(stems) and stems <= self.vocabulary or self.knows_name(phrase)


def _spelling(lex: Lexicon, kind: str, low: str) -> str:
    pool = {"label": [x for v in lex.labels.values() for x in v], "role": list(lex.roles), "name": list(lex.names)}[
        kind
    ]
    return next((x for x in pool if x.lower() == low), low)


def role_key(phrase: str) -> frozenset[str]:
    """A job title's meaning as stems: "widget researcher" and "widget scientist" give one key
    (scientist folds into research)."""
    return content_stems(phrase) - {"role"}


def expand_initials(phrase: str, roles: tuple[str, ...]) -> str:
    """ "WQ engineer" -> "Widget Quality engineer" when a known role spells the initials out
    ("Widget Quality Engineer")."""
    import re

    def repl(m: re.Match[str]) -> str:
        short = m.group(0)
        for role in roles:
            ws = role.split()
            for i in range(len(ws) - len(short) + 1):
                if "".join(w[0] for w in ws[i : i + len(short)]).upper() == short and all(
                    w[:1].isupper() for w in ws[i : i + len(short)]
                ):
                    return " ".join(ws[i : i + len(short)])
        return short

    return re.sub(r"\b[A-Z]{2,4}\b", repl, phrase)


def load_lexicon(data_dir: Path) -> Lexicon:
    """The lexicon ingest stored next to the index; IndexNotBuilt when there is none."""
    path = Path(data_dir) / FILE_NAME
    if not path.is_file():
        raise IndexNotBuilt(f"No lexicon at {path}: run `python -m ingest`")
    return Lexicon.from_json(json.loads(path.read_text(encoding="utf-8")))


COMMON_SHARE = 0.2  # a stem in at least this share of the chunks is the corpus's own subject ("ai", "research")
_SUBJECT_STOP = re.compile(
    r"^(?:\d.*|\$.*|projected|expected|may|can|will|is|are|was|were|has|have|to|reach\w*|grew|grow\w*|offer\w*)$", re.I
)


def _split_items(value: str) -> list[str]:
    value = re.sub(r"\([^)]*\)", " ", value)
    parts = re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", value.strip().rstrip("."))
    return [p.strip(" .;") for p in parts if p.strip(" .;")]


def _subject(body: str) -> str:
    """The words a figure line opens with, up to its verb or figure ("Global AI market projected ..."
    -> "Global AI market")."""
    out = []
    for w in body.split():
        if _SUBJECT_STOP.match(w.strip("(,")):
            break
        out.append(w.strip(",:"))
    return " ".join(out) if 1 <= len(out) <= 5 else ""


class _Builder:
    def __init__(self) -> None:
        self.labels: dict[str, list[str]] = {}
        self.lists: dict[str, list[str]] = {}
        self.roles: list[str] = []
        self.names: list[str] = []
        self.acronyms, self._two_meanings = dict[str, str](), set[str]()  # (short forms with two meanings)
        self.documents: dict[str, DocScope] = {}
        self.pay_years: set[int] = set()
        self.vocabulary: set[str] = set()
        self.lines: list[tuple[str, str]] = []
        self.sections: dict[str, str] = {}
        self.chunk_count = 0
        self.df: dict[str, int] = {}

    def add(self, source: str, section: str, text: str, meta: dict) -> None:
        if source and source not in self.documents:
            self.documents[source] = DocScope(
                source=source,
                title=str(meta.get("title", "")),
                region=str(meta.get("region", "")),
                year=str(meta.get("year", "")),
                scope=str(meta.get("scope", "")),
                data_source=str(meta.get("source", "")),
            )
        if section and source:
            self.sections.setdefault(section, source)
        self._heading(section)
        for line in parse(text, section, sentences=False):  # a prose line whole: its label and figures stay together
            if line.kind == "heading":
                self._heading(line.section)
            else:
                self._line(line.text, line.section, is_bullet=line.bullet, meta=meta)
        stems = content_stems(section + "\n" + text)
        self.vocabulary |= stems
        self.chunk_count += 1
        for stem in stems:
            self.df[stem] = self.df.get(stem, 0) + 1

    def _heading(self, heading: str) -> None:
        for part in heading.split(" > "):
            self.roles += [p for p, _, _ in job_phrases(part)]
            self._acronyms(part)

    def _line(self, body: str, heading: str, is_bullet: bool, meta: dict) -> None:
        self._acronyms(body)
        self.names += proper_names(body.split(":", 1)[1] if ":" in body[:60] else body)  # a title-case label is no name
        self.roles += [p for p, _, _ in job_phrases(body) if p[:1].isupper()]
        for m in JOB_ALIAS.finditer(body):  # "employers advertise the same job as "software developer""
            self.roles += [p for p, _, _ in job_phrases(m.group("alias") or m.group("alias2"))]
        figures = parse_numbers(body)
        if figures:
            self.lines.append((heading, body))
        label = line_label(body)
        last = heading.split(" > ")[-1] if heading else ""
        cells = row_cells(body)
        if cells:  # a table row: its first cell names it; a title cell is a role
            self.roles += [v for _, v in cells if job_phrases(v) and v[:1].isupper()]
            if not STAT_WORDS.search(label):
                self.labels.setdefault(heading, []).append(label)
        elif label:
            value = body.split(":", 1)[1]
            items = _split_items(value) if not figures else []
            if len(items) >= 2 and all(len(i.split()) <= 4 and i[:1].isupper() for i in items):
                self.lists.setdefault(label, []).extend(items)
            if is_bullet and not STAT_WORDS.search(label):
                self.labels.setdefault(heading, []).append(label)
        elif figures and is_bullet:
            subject = _subject(body)
            if subject and not STAT_WORDS.search(subject.split()[0]):
                self.labels.setdefault(heading, []).append(subject)
        item = label or body.rstrip(".")
        if is_bullet and last and not figures and len(item.split()) <= 4 and item[:1].isupper():
            self.lists.setdefault(last, []).append(item)
        if figures and any(q.kind == "money" for q in figures) and PAY_WORDS.search(f"{heading} {body}"):
            years = [int(q.value) for q in parse_numbers(f"{heading} {body}") if q.kind == "year"]
            if not years and str(meta.get("year", "")).isdigit():
                years = [int(meta["year"])]
            self.pay_years |= set(years)

    def _acronyms(self, text: str) -> None:
        add_short_forms(self.acronyms, self._two_meanings, text)

    def lexicon(self) -> Lexicon:
        def uniq(xs: Iterable[str]) -> tuple[str, ...]:
            return tuple(dict.fromkeys(x for x in xs if x))

        return Lexicon(
            labels={h: uniq(v) for h, v in self.labels.items() if v},
            lists={k: uniq(v) for k, v in self.lists.items() if v},
            roles=uniq(self.roles),
            names=uniq(n for n in self.names if n.lower() not in FILLER),
            acronyms={k: v for k, v in self.acronyms.items() if k not in self._two_meanings},
            documents=tuple(self.documents.values()),
            pay_years=tuple(sorted(self.pay_years)),
            vocabulary=frozenset(self.vocabulary),
            lines=tuple(dict.fromkeys(self.lines)),
            sections=dict(self.sections),
            common=frozenset(t for t, n in self.df.items() if n >= max(2, COMMON_SHARE * self.chunk_count)),
        )


def build_lexicon(chunks: Sequence[Chunk | Passage]) -> Lexicon:
    """The lexicon of ``chunks`` (in document order, as ingest makes them, or as the index gives them back)."""
    builder = _Builder()
    for c in chunks:
        builder.add(c.source, c.section, c.text, dict(c.meta))
    return builder.lexicon()


def lexicon_from_text(corpus: str) -> Lexicon:
    """The lexicon of one text: Markdown (front matter, # headings) or the chain's "section\\ntext" chunks joined."""
    try:
        meta, body = split_front_matter(corpus)
    except Exception:  # malformed front matter: read the text as it is
        meta, body = {}, corpus
    builder = _Builder()
    section, lines = "", []
    for raw in body.split("\n"):
        s = raw.strip()
        if _looks_like_section(s):
            builder.add("text", section, "\n".join(lines), meta)
            section, lines = (s.lstrip("# ").strip() if HEADING.match(s) and " > " not in s else s), []
        else:
            lines.append(raw)
    builder.add("text", section, "\n".join(lines), meta)
    return builder.lexicon()


def _looks_like_section(s: str) -> bool:
    if HEADING.match(s) or " > " in s:
        return True
    return (
        0 < len(s) <= 90
        and not BULLET.match(s)
        and s[-1] not in ".:!?;,)"
        and len(words(s)) <= 10
        and s[:1].isupper()
        and not re.search(r"\d", s[:1])
    )


def save_lexicon(lexicon: Lexicon, data_dir: Path) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / FILE_NAME
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(lexicon.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)
    return path
