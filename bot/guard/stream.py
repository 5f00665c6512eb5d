"""Verified streaming: engine text pieces in; final-form units out, each checked before any screen gets it.

Owns the path every shown word takes (docs/design.md: verify BEFORE it is streamed).
``Splitter`` buffers pieces until a unit (sentence, bullet, table row, heading)
is complete. ``VerifiedStream`` then, for a model's unit: tidies it, gives it
the passage it draws on, checks it with the guard against the passages it
cites (``check_unit``, the one call to the verifier), renumbers its [n] by
first use, and only then releases it. A unit the guard drops is never released.
Units with nothing checkable in them (a heading, a table's header, a lead-in
ending in ":", "NOT COVERED") are held until a substantive unit passes, so an
answer the guard empties releases nothing and the chain can show the
extractive answer, and only that. Trusted text (the extractive engine's quotes,
the chain's own replies) skips tidy, attribution and guard but is split and
renumbered the same way. ``text`` is always exactly what was released, joined.

Shortcuts: units come from ``bot.guard.verify.split_sentences`` run on one line at a
time; a sentence inside a paragraph line is complete once the next has begun
(and is not an unfinished [n]); a line is complete at its newline.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass

from bot.guard.citations import MARKER, Numbering, attribute, source_currency, tidy
from bot.retrieval.lexicon import Lexicon
from bot.text import SEPARATOR_ROW, citation_numbers
from bot.types import Citation, Passage, Removed, verifiable_text

REFUSAL = re.compile(
    r"NOT COVERED|\b(do(es)? not|don't|doesn't) (cover|contain|mention|provide|include|say)|\bno information\b", re.I
)
HAS_MARKER = re.compile(r"\[\d+\]")
_BARE = re.compile(r"[^\w\d]*(?:[^\W\d]+[^\w\d]*){0,2}")  # at most two words and no figure
_CLOSED = re.compile(r"\[\d+\][.!?]$")  # "... [1]." : a sentence that can only be complete
_FINISHED = re.compile(r"[.!?)\]|]\s*$")  # the end of a sentence, a marker or a table row


def split_units(line: str) -> list[tuple[str, int, int]]:
    """The units of one line as (text, start, end). The one call to the unit splitter."""
    from bot.guard.verify import split_sentences

    out, pos = [], 0
    for unit in split_sentences(line):
        start = line.find(unit, pos)
        if start < 0:  # the splitter normalised something: take the rest of the line as one unit
            return out + [(line[pos:].strip(), pos, len(line))] if line[pos:].strip() else out
        out.append((unit, start, start + len(unit)))
        pos = start + len(unit)
    return out


@dataclass(frozen=True)
class Check:
    text: str  # the unit as the guard leaves it ("" when dropped)
    substantive: bool  # kept and says something checkable
    removed: list[Removed]


def check_unit(unit: str, passages: Sequence[str], lex: Lexicon, head: str = "", question: str = "") -> Check:
    """Run the guard on one unit. ``head``: its table's header and separator lines, which rows are read by;
    ``question``: the standalone question, which a unit naming nobody is read as answering (``whose_figure``)."""
    from bot.guard.verify import guard, whose_figure

    result = guard(f"{head}\n{unit}" if head else unit, passages, lex)
    lines = result.text.split("\n")[head.count("\n") + 1 if head else 0 :]
    text = "\n".join(lines).strip() if not result.removed else ""
    reason = whose_figure(text, question, passages, lex) if text and question and not head else ""
    if reason:
        return Check("", False, [*result.removed, Removed(text, reason)])
    return Check(text, bool(text) and not result.gutted, list(result.removed))


def recite(unit: str, passages: Sequence[str], lex: Lexicon, question: str = "") -> Check | None:
    """A model's figure-free unit that fails under the one passage it cites, checked again citing that passage and
    one more (the lowest-numbered that makes it pass): the model often cites one passage for a sentence that names
    the lists of two ("talent deficit ... and overfitting [1]", overfitting being in [3]). None when no one added
    passage makes every word supported. A unit with a figure is never re-cited: which passage a figure came from
    is what its citation asserts."""
    groups = list(MARKER.finditer(unit))
    if not groups or re.search(r"\d", MARKER.sub("", unit)):
        return None
    cited = {tuple(citation_numbers(g.group(1))) for g in groups}
    if len(cited) != 1:
        return None
    (numbers,) = cited
    last = groups[-1].start()
    for extra in range(1, len(passages) + 1):
        if extra in numbers:
            continue
        marker = " [" + ", ".join(str(n) for n in sorted({*numbers, extra})) + "]"
        trial = MARKER.sub(lambda g: marker if g.start() == last else "", unit)  # one marker, at the last one's place
        check = check_unit(trial, passages, lex, question=question)
        if check.text and not check.removed:
            return check
    return None


@dataclass(frozen=True)
class Piece:
    """One complete unit of raw text. ``breaks``: newlines between it and the unit before (0: same line)."""

    text: str
    breaks: int
    table: int = -1  # which table a row belongs to
    head: str = ""  # that table's header and separator lines
    head_breaks: int = 0


class Splitter:
    """Turns text pieces into complete units, in order."""

    def __init__(self) -> None:
        self.line = ""
        self.done = 0  # characters of ``line`` already given out as units
        self.breaks = 0
        self.tables = -1
        self.first_row: tuple[str, int] | None = None  # a table's first line, until we know if it is a header
        self.head: tuple[str, int] | None = None
        self.in_table = False

    def feed(self, text: str) -> list[Piece]:
        out: list[Piece] = []
        self.line += text
        while "\n" in self.line:
            line, self.line = self.line.split("\n", 1)
            out += self._complete_line(line)
            self.done = 0
            self.breaks += 1
        return out + self._partial_line()

    def close(self, cut_off: bool = False) -> list[Piece]:
        """Everything still buffered, as units; the splitter can be fed again afterwards.
        ``cut_off``: the text stopped mid-way (engine failed), so an unfinished last sentence is discarded."""
        if cut_off and not _FINISHED.search(self.line):
            self.line = self.line[: self.done]
        out = self._complete_line(self.line) if self.line.strip() else []
        self.line, self.done = "", 0
        return out + self._end_table()

    def _piece(self, text: str, **table: object) -> Piece:
        piece = Piece(text, self.breaks, **table)  # type: ignore[arg-type]
        self.breaks = 0
        return piece

    def _partial_line(self) -> list[Piece]:
        if self.line.lstrip().startswith("|"):
            return []
        units = split_units(self.line)
        out = []
        for (text, start, end), (following, _, _) in zip(units, units[1:]):
            if following.startswith("["):  # maybe a citation marker still arriving: it belongs to this unit
                break
            if start >= self.done:
                out.append(self._piece(text))
                self.done = end
        else:  # the last unit needs no following one when it already ends with its marker and a full stop
            if (
                units
                and units[-1][1] >= self.done
                and _CLOSED.search(units[-1][0])
                and not self.line[units[-1][2] :].strip()
            ):
                out.append(self._piece(units[-1][0]))
                self.done = units[-1][2]
        return out

    def _complete_line(self, line: str) -> list[Piece]:
        if line.lstrip().startswith("|"):
            return self._table_line(line.strip())
        out = self._end_table()
        return out + [self._piece(text) for text, start, _ in split_units(line) if start >= self.done]

    def _table_line(self, line: str) -> list[Piece]:
        if not self.in_table:
            self.in_table, self.tables, self.head = True, self.tables + 1, None
            self.first_row, self.breaks = (line, self.breaks), 0
            return []
        if self.first_row is not None:
            first, first_breaks = self.first_row
            self.first_row = None
            if SEPARATOR_ROW.match(line):
                self.head = (f"{first}\n{line}", first_breaks)
                self.breaks = 0
                return []
            return [Piece(first, first_breaks, self.tables), self._piece(line, table=self.tables)]
        head, head_breaks = self.head or ("", 0)
        return [self._piece(line, table=self.tables, head=head, head_breaks=head_breaks)]

    def _end_table(self) -> list[Piece]:
        out = []
        if self.first_row is not None:  # a one-line table: a row with no header
            out.append(Piece(self.first_row[0], self.first_row[1], self.tables))
        self.in_table, self.first_row, self.head = False, None, None
        return out


def _plain(line: str) -> str:
    """A line compared as read: no bullet, [n] markers, case, spacing or end punctuation."""
    return " ".join(HAS_MARKER.sub("", line).strip().lstrip("-*• ").rstrip(" .;").lower().split())


@dataclass(frozen=True)
class Opening:
    """The line the extractive ranker would open with (``best``, with its passage [n]) and every passage line.

    A model's first unit that is only a verbatim copy of some other passage line
    adds nothing over quoting, and the small model copies the first line it
    reads more often than the one asked about (the machine learning market's
    growth rate for the global AI market's): the ranker's best line opens instead.
    A sentence of the model's own (one that combines or rephrases lines) stays.
    """

    best: str
    lines: frozenset[str]

    @classmethod
    def of(cls, best: str, lines: Sequence[str]) -> "Opening":
        return cls(best, frozenset(_plain(line) for line in lines))

    def instead_of(self, unit: str) -> str:
        plain = _plain(unit)
        return self.best if plain in self.lines and plain != _plain(self.best) else unit


class VerifiedStream:
    """Releases units of one answer as they are verified. ``model``: the text is a model's (tidy, attribute);
    ``guard``: check each unit with the guard first."""

    def __init__(
        self,
        passages: Sequence[Passage],
        lex: Lexicon,
        *,
        model: bool,
        guard: bool,
        question: str = "",
        opening: "Opening | None" = None,
    ) -> None:
        self.passages = list(passages)
        self.opening = (
            opening  # the ranker's best line: it opens instead when the model's opening only copies another line
        )
        self.question = question  # the standalone question: a unit naming nobody is read as its answer
        self.texts = [verifiable_text(p) for p in passages]
        self.lex = lex
        self.model, self.guard = model, guard
        self.splitter = Splitter()
        self.numbering = Numbering(len(passages))
        self.text = ""  # everything released, joined
        self.raw = ""  # every unit before the guard (tidied and attributed, passage numbering): the guard-off answer
        self.removed: list[Removed] = []
        self.started = False  # a substantive unit was released
        self.verify_ms = 0.0
        self._held: list[tuple[Piece, str, int]] = []
        self._gap = 0
        self._heads_shown: set[int] = set()
        self._raw_heads: set[int] = set()

    def feed(self, text: str) -> list[str]:
        return [s for piece in self.splitter.feed(text) for s in self._unit(piece)]

    def close(self, cut_off: bool = False) -> list[str]:
        """Release what is still buffered (``cut_off``: but not an unfinished last sentence).
        Held units stay unreleased unless something substantive came."""
        return [s for piece in self.splitter.close(cut_off) for s in self._unit(piece)]

    def trust(self) -> None:
        """From now on the text is trusted (the guide's own lines): split and renumbered, not checked."""
        self.model = self.guard = False

    def citations(self) -> list[Citation]:
        return self.numbering.citations(self.passages)

    def _unit(self, piece: Piece) -> list[str]:
        gap = max(self._gap, piece.breaks)
        text, substantive = piece.text, True
        if self.model:
            text = source_currency(attribute(tidy(text, self.passages), self.passages).strip(), self.passages)
            bare = HAS_MARKER.sub("", text).strip()
            if _BARE.fullmatch(bare) or bare.endswith("?"):  # "Acme [1]" to "Which pays more?", or the question echoed
                text = ""
            elif echo := _echo(text, self.texts, self.lex):  # a heading, title or footer copied; a marker twice
                self.removed.append(Removed(text, echo))
                text = ""
            if not text:
                self._gap = gap
                return []
            self._add_raw(piece, text)
            refusal = REFUSAL.search(piece.text) and not HAS_MARKER.search(piece.text)
            substantive = not refusal and not piece.text.rstrip().endswith(
                ":"
            )  # a lead-in waits for what it introduces
        if self.guard:
            started = time.perf_counter()
            check = check_unit(text, self.texts, self.lex, piece.head, question=self.question)
            if not check.text and self.model and not piece.head:
                check = recite(text, self.texts, self.lex, question=self.question) or check
            self.verify_ms += (time.perf_counter() - started) * 1000
            self.removed += check.removed
            text, substantive = check.text, substantive and check.substantive
            if not text:
                self._gap = gap
                return []
        self._gap = 0
        if self.model and substantive and not self.started and self.opening is not None:
            text = self.opening.instead_of(text)
        if not substantive and not self.started:
            self._held.append((piece, text, gap))
            return []
        out = [self._release(*held) for held in self._held] + [self._release(piece, text, gap)]
        self._held = []
        self.started = self.started or substantive
        return out

    def _release(self, piece: Piece, text: str, gap: int) -> str:
        parts = []
        if piece.head and piece.table not in self._heads_shown:
            self._heads_shown.add(piece.table)
            parts.append((self.numbering.apply(piece.head).strip(), max(gap, piece.head_breaks)))
            gap = 1
        parts.append((self.numbering.apply(text).strip(), gap))
        out = ""
        for body, breaks in parts:
            out += _separator(self.text + out, breaks) + body
        self.text += out
        return out

    def _add_raw(self, piece: Piece, text: str) -> None:
        if piece.head and piece.table not in self._raw_heads:
            self._raw_heads.add(piece.table)
            self.raw += _separator(self.raw, piece.head_breaks) + piece.head
            self.raw += "\n" + text
            return
        self.raw += _separator(self.raw, piece.breaks) + text


def _echo(unit: str, passages: Sequence[str], lex: Lexicon) -> str:
    """Why a model's unit is scaffolding, not an answer (bot/guard/checks/echoes.py); "" when it is not. Not a
    faithfulness check (a copied heading is true, only useless): it runs on the model's units as they stream."""
    from bot.guard.checks.echoes import echoes
    from bot.guard.verify import reasons_of

    return "; ".join(reasons_of(echoes, unit, list(passages), lex))


def _separator(before: str, breaks: int) -> str:
    if not before:
        return ""
    return "\n" * min(breaks, 2) if breaks else " "
