"""The lexicon: what the documents themselves name, built at ingest and stored with the index.

Owns ``build_lexicon`` (chunks -> ``Lexicon``) and ``save_lexicon``. Read
from the documents only, never from lists in code:

- labels: the names lines are about ("Google" in "- Google: $204,655 average", "Director",
  "Global AI market"), grouped by the heading they sit under (siblings: Google, Meta, ...);
- lists: what a label or a heading lists ("Entry-Level" -> Research Intern, Junior AI Engineer);
- roles: job titles in headings and lines ("Machine Learning Engineer Salaries" -> Machine Learning Engineer);
- names: capitalised names in running text (companies, places, tools, data sources);
- acronyms: "Natural Language Processing (NLP)" -> NLP;
- documents: each document's title and front-matter scope (region, year, source, scope);
- pay years: the years the pay figures describe (heading, line or front matter);
- vocabulary: the stems of every word, to tell a subject the corpus never mentions;
- common: the stems most chunks share (the corpus's own subject, "AI research").

The runtime reads it with ``bot.entities.load_lexicon``. Shortcut: regular
expressions over Markdown lines (bullets, "label: value"), not a parser.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from bot.entities import FILE_NAME, DocScope, Lexicon
from bot.numbers import parse_numbers
from bot.text import BULLET, FILLER, HEADING, content_stems, job_phrases, line_label, proper_names, row_cells, words
from bot.types import Chunk

STAT_WORDS = re.compile(r"\b(average|median|mean|range|top|bottom|salary|salaries|annual|percentile)\b", re.I)
PAY_WORDS = re.compile(r"\b(salary|salaries|pay|paid|earn\w*|compensation|wages?|income)\b", re.I)
COMMON_SHARE = 0.2  # a stem in at least this share of the chunks is the corpus's own subject ("ai", "research")
_SUBJECT_STOP = re.compile(r"^(?:\d.*|\$.*|projected|expected|may|can|will|is|are|was|were|has|have|to|reach\w*|grew|grow\w*|offer\w*)$", re.I)


def _split_items(value: str) -> list[str]:
    value = re.sub(r"\([^)]*\)", " ", value)
    parts = re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", value.strip().rstrip("."))
    return [p.strip(" .;") for p in parts if p.strip(" .;")]


def _subject(body: str) -> str:
    """The words a figure line opens with, up to its verb or figure ("Global AI market projected ..." -> "Global AI market")."""
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
        self.acronyms: dict[str, str] = {}
        self.documents: dict[str, DocScope] = {}
        self.pay_years: set[int] = set()
        self.vocabulary: set[str] = set()
        self.lines: list[tuple[str, str]] = []
        self.sections: dict[str, str] = {}
        self.chunk_count = 0
        self.df: dict[str, int] = {}

    def add(self, source: str, section: str, text: str, meta: dict) -> None:
        if source and source not in self.documents:
            self.documents[source] = DocScope(source=source, title=str(meta.get("title", "")), region=str(meta.get("region", "")),
                                              year=str(meta.get("year", "")), scope=str(meta.get("scope", "")),
                                              data_source=str(meta.get("source", "")))
        heading = section
        if section and source:
            self.sections.setdefault(section, source)
        self._heading(heading)
        parent = ""
        for raw in text.split("\n"):
            s = raw.strip()
            if not s:
                continue
            if HEADING.match(s):
                heading = f"{heading} > {s.lstrip('# ').strip()}" if heading else s.lstrip("# ").strip()
                self._heading(heading)
                continue
            nested = raw.startswith((" ", "\t")) and bool(BULLET.match(s))
            body = BULLET.sub("", s)
            if BULLET.match(s) and not nested:
                parent = body.rstrip(":") if body.endswith(":") else ""
            self._line(body, heading, parent if nested else "", is_bullet=bool(BULLET.match(s)), meta=meta)
        stems = content_stems(section + "\n" + text)
        self.vocabulary |= stems
        self.chunk_count += 1
        for stem in stems:
            self.df[stem] = self.df.get(stem, 0) + 1

    def _heading(self, heading: str) -> None:
        for part in heading.split(" > "):
            self.roles += [p for p, _, _ in job_phrases(part)]
            self._acronyms(part)

    def _line(self, body: str, heading: str, parent: str, is_bullet: bool, meta: dict) -> None:
        self._acronyms(body)
        self.names += proper_names(body.split(":", 1)[1] if ":" in body[:60] else body)  # a title-case label is no name
        self.roles += [p for p, _, _ in job_phrases(body) if p[:1].isupper()]
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
        for m in re.finditer(r"((?:[A-Za-z][\w-]*\s+){1,5})\(([A-Z]{2,6})\)", text):
            ws = m.group(1).split()
            initials = m.group(2)
            for n in range(len(initials) - 1, min(len(ws), len(initials) + 1) + 1):
                phrase = ws[-n:]
                if "".join(w[0] for w in phrase).upper() == initials.upper():
                    self.acronyms[initials] = " ".join(phrase)
                    break

    def lexicon(self) -> Lexicon:
        def uniq(xs: Iterable[str]) -> tuple[str, ...]:
            return tuple(dict.fromkeys(x for x in xs if x))

        return Lexicon(
            labels={h: uniq(v) for h, v in self.labels.items() if v},
            lists={k: uniq(v) for k, v in self.lists.items() if v},
            roles=uniq(self.roles),
            names=uniq(n for n in self.names if n.lower() not in FILLER),
            acronyms=dict(self.acronyms),
            documents=tuple(self.documents.values()),
            pay_years=tuple(sorted(self.pay_years)),
            vocabulary=frozenset(self.vocabulary),
            lines=tuple(dict.fromkeys(self.lines)),
            sections=dict(self.sections),
            common=frozenset(t for t, n in self.df.items() if n >= max(2, COMMON_SHARE * self.chunk_count)),
        )


def build_lexicon(chunks: Sequence[Chunk]) -> Lexicon:
    """The lexicon of ``chunks`` (in document order, as ingest makes them)."""
    builder = _Builder()
    for c in chunks:
        builder.add(c.source, c.section, c.text, dict(c.meta))
    return builder.lexicon()


def lexicon_from_text(corpus: str) -> Lexicon:
    """The lexicon of one text: Markdown (front matter, # headings) or the chain's "section\\ntext" chunks joined."""
    from ingest.load import split_front_matter

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
    return 0 < len(s) <= 90 and not BULLET.match(s) and s[-1] not in ".:!?;,)" and len(words(s)) <= 10 and s[:1].isupper() \
        and not re.search(r"\d", s[:1])


def save_lexicon(lexicon: Lexicon, data_dir: Path) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / FILE_NAME
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(lexicon.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)
    return path
