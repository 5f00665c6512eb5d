"""Passages cut into lines: the unit of meaning of the evidence, the guard and the lexicon.

``lines`` gives the model's context its lines (a bullet keeps its "- ", a nested bullet its parent's label, a bullet
under a prose sentence ending in ":" remembers that sentence's words); ``units`` gives the quoted answer its lines
(bullets and sentences in document order, a repeated text once, each with its section). ``common_tokens`` are the
words that tell no line apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.text import split_sentences, tokenize
from bot.types import Passage

BULLET = re.compile(r"^([-*]|\d+[.)])\s+")


@dataclass(frozen=True)
class Line:
    n: int  # passage number, 1-based
    order: int  # position across all passages
    text: str  # as shown to the model (a bullet keeps its "- ")
    words: frozenset[str]
    lead: frozenset[str] = frozenset()  # words of the prose sentence ending in ":" that introduces this bullet's list


def lines(n: int, passage: Passage, start: int = 0) -> list[Line]:
    """A passage's lines: each bullet (a nested one prefixed with its parent's label) and each prose sentence."""
    out: list[Line] = []
    parent = ""
    lead: frozenset[str] = frozenset()
    for raw in passage.text.splitlines():
        stripped = raw.strip()
        if not stripped:
            continue
        bullet = BULLET.match(stripped)
        if not bullet:
            lead = frozenset(tokenize(stripped)) if stripped.endswith(":") else frozenset()
        body = stripped[bullet.end():] if bullet else stripped
        if bullet and not raw[:1].isspace():
            parent = body.rstrip(":") if body.endswith(":") else ""
            if body.endswith(":"):
                continue
        if bullet:
            label = f"{parent}: " if raw[:1].isspace() and parent else ""
            pieces = [f"- {label}{body}"]
        else:
            pieces = [s for s in split_sentences(body) if not s.rstrip().endswith(":")]
        for piece in pieces:
            if piece.strip():
                out.append(Line(n, start + len(out), piece.strip(), frozenset(tokenize(piece)), lead if bullet else frozenset()))
    return out


def label_of(line: Line) -> str:
    """The list label a nested bullet is shown under ("Data Quality" of "- Data Quality: Ensuring clean data"); ''."""
    return line.text[2:].split(":", 1)[0] if line.text.startswith("- ") and ":" in line.text[:60] else ""


def common_tokens(passages: Sequence[Passage]) -> frozenset[str]:
    """Words that tell no line apart: the title words most of the passages' documents share (the corpus's own
    subject, "UX Researcher"), words most of their lines share, and "guide".

    Counted over lines, not passages: retrieval returns passages that share the
    question's words, so a word most *passages* hold is often the very word asked
    about ("market" in "How big will the widget market be?") while only a few of
    their lines hold it.
    """
    titles = subject_tokens(passages)
    lines = _most([set(tokenize(line)) for p in passages for line in p.text.splitlines() if line.strip()], at_least=6)
    return frozenset(titles | lines) | frozenset(tokenize("guide"))


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


@dataclass(frozen=True)
class Unit:
    n: int  # passage number, 1-based
    order: int
    text: str
    section: str
    bullet: bool = False


def units(passages: Sequence[Passage]) -> list[Unit]:
    """Bullets (a nested bullet keeps its parent's label) and paragraph sentences, in document order; a repeated text once."""
    out: list[Unit] = []
    seen: set[str] = set()
    for n, p in enumerate(passages, 1):
        parent = ""
        for line in p.text.splitlines():
            stripped = line.strip()
            if not stripped:
                continue
            nested = line.startswith((" ", "\t")) and stripped.startswith(("- ", "* "))
            body = stripped[2:].strip() if stripped.startswith(("- ", "* ")) else stripped
            if stripped.startswith(("- ", "* ")) and not nested:
                parent = body.rstrip(":") if body.endswith(":") or len(body.split()) <= 5 else ""
                if body.endswith(":"):
                    continue
            bullet = stripped.startswith(("- ", "* "))
            pieces = [f"{parent}: {body}" if nested and parent else body] if bullet else split_sentences(body)
            for piece in (piece.strip() for piece in pieces):
                if piece and not piece.endswith(":") and " ".join(piece.lower().split()) not in seen:
                    seen.add(" ".join(piece.lower().split()))
                    out.append(Unit(n, len(out), piece, p.section, bullet))
    return out
