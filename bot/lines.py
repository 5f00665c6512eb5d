"""Passages cut into lines: the one line model of the evidence, the lexicon and (after its split) the guard.

``parse(text, section)`` reads a passage's text once, line by line, into ``Line`` values of four kinds:

- ``heading``: a Markdown heading ("## Pay"); the lines after it sit under it (their ``section`` grows);
- ``bullet``: a list item (a "- ", "* " or numbered item: ``bot.text.BULLET``), its marker dropped. An indented
  item carries the ``label`` of the top-level item it sits under ("Data Quality" of "- Data Quality:", or of a short
  item of at most five words, "- Technical skills"); every item of a list carries the prose line ending in ":" that
  introduces it, its ``lead`` ("Researchers face several challenges:" introduces challenges none of which says
  "challenge");
- ``row``: a table row, as Markdown writes it ("| Entry | $52,000 |"; the separator row under a header is no line,
  ``bot.text.SEPARATOR_ROW``) or as ingest writes it ("Level: Entry; Median salary: £32,000", ``bot.text.row_cells``);
- ``sentence``: one sentence of prose (``bot.text.split_sentences``); with ``sentences=False``, the whole prose line,
  as the lexicon's builder reads it.

A line whose own words end in ":" ``introduces`` what follows (a list's lead, a parent item): it states nothing of
its own, so the model's context and the quoted answer skip it; the lexicon reads it (a parent item is a label).
``read(passages)`` gives the lines that state something, numbered by passage ([n], 1-based) and in order across
them: what ``bot.evidence.context`` (``shown``: an item keeps its "- ") and ``bot.evidence.quotes`` (``quoted``)
rank. ``common_tokens`` are the words that tell no line apart.

Shortcuts: Markdown read line by line with regular expressions (bot/text.py), not a Markdown parser; nesting is
one level deep (any indented item sits under the last top-level one).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from bot.text import BULLET, HEADING, SEPARATOR_ROW, row_cells, split_sentences, tokenize
from bot.types import Passage

STATES = ("bullet", "row", "sentence")  # the kinds that state something
PARENT_WORDS = 5  # a top-level item this short labels the items nested under it even without a ":"


@dataclass(frozen=True)
class Line:
    """One line of a passage. ``text``: its own words (an item without its marker or its parent's label, one
    sentence, a row, a heading's words); ``section``: the heading path it sits under; ``label``: a nested item's
    parent label; ``lead``: the prose line ending in ":" that introduces an item's list; ``n``: its passage's
    number (1-based; 0 when parsed alone); ``order``: its position across the passages read together."""

    text: str
    kind: str
    section: str = ""
    label: str = ""
    lead: str = ""
    n: int = 0
    order: int = 0

    @property
    def bullet(self) -> bool:
        return self.kind == "bullet"

    @property
    def introduces(self) -> bool:
        """Its words end in ":": it says what follows (a list's lead, a parent item), nothing of its own."""
        return self.text.endswith(":")

    @property
    def quoted(self) -> str:
        """As the quoted answer gives it: a nested item under its parent's label ("Data Quality:
        Ensuring clean data")."""
        return f"{self.label}: {self.text}" if self.label else self.text

    @property
    def shown(self) -> str:
        """As the model reads it: an item keeps a "- " ("- Data Quality: Ensuring clean data")."""
        return f"- {self.quoted}" if self.bullet else self.quoted

    @cached_property
    def words(self) -> frozenset[str]:
        return frozenset(tokenize(self.shown))

    @cached_property
    def lead_words(self) -> frozenset[str]:
        return frozenset(tokenize(self.lead))

    @property
    def topic(self) -> str:
        """The list label an item is shown under ("Data Quality" of "- Data Quality: Ensuring clean data"); ''."""
        return self.quoted.split(":", 1)[0] if self.bullet and ":" in self.quoted[:58] else ""


def parse(text: str, section: str = "", *, sentences: bool = True, as_written: bool = False) -> list[Line]:
    """Every line of ``text`` (headings, items, rows, and prose cut into sentences unless ``sentences`` is false), in
    order; ``section`` is the heading path the text sits under.

    ``as_written``: the guard's reading (bot/guard/passage.py): lines cut at "\\n" only, a separator row or rule
    ("|---|", "---") kept as a line of kind ``rule``, a heading's text as written ("## Pay") and its words with every
    leading "#" and space dropped."""
    out: list[Line] = []
    heading, parent, lead = section, "", ""
    for raw in text.split("\n") if as_written else text.splitlines():
        s = raw.strip()
        if not s:
            continue
        if SEPARATOR_ROW.match(s):
            if as_written:
                out.append(Line(s, "rule", heading, order=len(out)))
            continue
        if HEADING.match(s):
            words = s.lstrip("# ") if as_written else s.lstrip("#").strip()
            heading = f"{heading} > {words}" if heading else words
            out.append(Line(s if as_written else words, "heading", heading, order=len(out)))
            parent = lead = ""
            continue
        marker = BULLET.match(s)
        if marker:
            body = s[marker.end() :].strip()
            nested = raw[:1].isspace()
            if not nested:
                parent = body.rstrip(":") if body.endswith(":") or len(body.split()) <= PARENT_WORDS else ""
            out.append(Line(body, "bullet", heading, parent if nested else "", lead, order=len(out)))
            continue
        parent, lead = "", (s if s.endswith(":") else "")
        if s.startswith("|") or row_cells(s) is not None:
            pieces, kind = [s], "row"
        else:
            pieces, kind = (split_sentences(s) if sentences else [s]), "sentence"
        out += [Line(piece, kind, heading, order=len(out) + i) for i, piece in enumerate(pieces)]
    return out


def read(passages: Sequence[Passage]) -> list[Line]:
    """The lines of ``passages`` that state something (items, rows, sentences; none that ``introduces``), each with
    its passage's number [n] (1-based) and its order across them."""
    out: list[Line] = []
    for n, p in enumerate(passages, 1):
        for line in parse(p.text, p.section):
            if line.kind in STATES and not line.introduces:
                out.append(replace(line, n=n, order=len(out)))
    return out


def common_tokens(passages: Sequence[Passage]) -> frozenset[str]:
    """Words that tell no line apart: the title words most of the passages' documents share (the corpus's own
    subject, "UX Researcher"), words most of their lines share, and "guide".

    Counted over lines, not passages: retrieval returns passages that share the
    question's words, so a word most *passages* hold is often the very word asked
    about ("market" in "How big will the widget market be?") while only a few of
    their lines hold it. A prose line counts once, however many sentences it holds.
    """
    titles = subject_tokens(passages)
    rows = [set(tokenize(line.text)) for p in passages for line in parse(p.text, sentences=False)]
    return frozenset(titles | _most(rows, at_least=6)) | frozenset(tokenize("guide"))


def subject_tokens(passages: Sequence[Passage]) -> set[str]:
    """The title words most of the passages' documents share: they tell no line apart, but among lines that tie they
    favour the one naming the subject asked about ("machine learning market" over "AI market")."""
    return _most([set(tokenize(p.title)) for p in passages])


def _most(rows: list[set[str]], at_least: int = 1) -> set[str]:
    """The words more than half of ``rows`` hold (none when there are fewer than ``at_least`` rows)."""
    counts: dict[str, int] = {}
    for row in rows:
        for t in row:
            counts[t] = counts.get(t, 0) + 1
    return {t for t, c in counts.items() if c > len(rows) / 2} if len(rows) >= at_least else set()
