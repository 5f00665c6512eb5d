"""Citation markers: parse [n], drop markers that point at no passage, renumber in order of first use.

Pure functions over plain values. ``finalize`` returns the answer text with
markers renumbered 1..m and exactly the cited passages as ``Citation`` values.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text import CITATION, SEPARATOR_ROW, citation_numbers, parse_citations, split_sentences, tokenize
from bot.types import Citation, Passage

MARKER = re.compile(r"\s*" + CITATION.pattern)
REPEATED = re.compile(r"(\[\d+\])(?:\s*\1)+")
parse_markers = parse_citations  # every cited number, in order of appearance ("[1][3]" and "[1, 3]" both give 1, 3)


class Numbering:
    """Renumbering by first use, kept across calls: the chain renumbers a streamed answer unit by unit,
    and each unit's markers come out as they would in the whole answer."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.order: list[int] = []  # old numbers, in new order

    def apply(self, text: str) -> str:
        """``text`` with its markers renumbered (new numbers get the next free number); out-of-range markers dropped."""
        for n in parse_markers(text):
            if 1 <= n <= self.count and n not in self.order:
                self.order.append(n)
        new = {old: i + 1 for i, old in enumerate(self.order)}

        def repl(match: re.Match) -> str:
            kept = []
            for n in citation_numbers(match.group(1)):
                if n in new and new[n] not in kept:
                    kept.append(new[n])
            return " " + "".join(f"[{n}]" for n in kept) if kept else ""

        return REPEATED.sub(r"\1", MARKER.sub(repl, text))

    def citations(self, passages: Sequence[Passage]) -> list[Citation]:
        """The cited passages, numbered as in the text."""
        return [Citation.of(i + 1, passages[old - 1]) for i, old in enumerate(self.order)]


def renumber(text: str, count: int) -> tuple[str, list[int]]:
    """Renumber markers by first use; drop those outside 1..count. -> (text, old numbers in new order)."""
    numbering = Numbering(count)
    return numbering.apply(text), numbering.order


def finalize(text: str, passages: Sequence[Passage]) -> tuple[str, list[Citation]]:
    """Renumbered text and the cited passages, numbered as in the text."""
    numbering = Numbering(len(passages))
    text = numbering.apply(text)
    return text.strip(), numbering.citations(passages)


HEADER_ECHO = re.compile(r"^\s*\[(\d{1,3})\]\s*\(?([^)\n]*)\)?\s*$")
LEADING_MARKER = re.compile(r"^(\s*(?:[-*]\s+)?)\[(\d{1,3})\]\s+(.+)$")


def tidy(text: str, passages: Sequence[Passage]) -> str:
    """Undo a small model's habits: drop echoed passage headers ("[2] (Career Development)") and copied section
    paths (the prompt's "A > B" headings),
    and move a leading "[n] " list marker to the end of its line, where a citation belongs."""
    sections = {p.section.strip().lower() for p in passages}
    lines: list[str] = []
    for line in text.splitlines():
        echo = HEADER_ECHO.match(line)
        if echo and (echo.group(2).strip().lower() in sections or not echo.group(2).strip()):
            continue
        if " > " in line and not line.lstrip().startswith(
            "|"
        ):  # a copied section path ("Salaries > Salary by Level [1]")
            continue
        lead = LEADING_MARKER.match(line)
        if lead and not line.lstrip().startswith("|"):
            line = f"{lead.group(1)}{lead.group(3).rstrip()} [{lead.group(2)}]"
        lines.append(line)
    return "\n".join(lines).strip()


_GROUPED = re.compile(r"(?<![\w.,$€£¥])([$€£¥]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?)(?![\d,]*\d)")


def source_currency(unit: str, passages: Sequence[Passage]) -> str:
    """Each grouped figure of ``unit`` ("123,456") with the currency sign the passages it cites give it ("$123,456").

    A small model copies the digits from its passage but the sign from elsewhere
    (its prompt's example, or none). A figure is changed only when every
    occurrence of it in the cited passages has the same sign; a figure they do
    not state is left as it is, for the guard to judge.
    """
    cited = [passages[n - 1].text for n in parse_citations(unit) if 1 <= n <= len(passages)]
    if not cited:
        return unit
    signs: dict[str, set[str]] = {}  # figure -> the signs the cited passages write it with ("" for none)
    for g in _GROUPED.finditer("\n".join(cited)):
        signs.setdefault(g.group(2), set()).add(g.group(1))

    def sign_of(m: re.Match[str]) -> str:
        sign, figure = m.group(1), m.group(2)
        found = signs.get(figure, set())
        return (
            f"{next(iter(found))}{figure}" if len(found) == 1 and "" not in found and sign not in found else m.group(0)
        )

    return _GROUPED.sub(sign_of, unit)


def _best_passage(sentence: str, passages: Sequence[Passage]) -> int | None:
    words = set(tokenize(sentence))
    if len(words) < 2:
        return None
    overlaps = [len(words & set(tokenize(f"{p.section} {p.text}"))) for p in passages]
    best = max(range(len(passages)), key=lambda i: overlaps[i], default=None)
    return best + 1 if best is not None and overlaps[best] >= 2 else None


def _cite(unit: str, passages: Sequence[Passage]) -> str:
    if MARKER.search(unit) or not unit.strip():
        return unit
    n = _best_passage(unit, passages)
    if n is None:
        return unit
    stripped = unit.rstrip()
    if stripped.endswith("|"):
        return stripped[:-1].rstrip() + f" [{n}] |"
    if stripped[-1:] in ".!?":
        return stripped[:-1] + f" [{n}]" + stripped[-1]
    return stripped + f" [{n}]"


def attribute(text: str, passages: Sequence[Passage]) -> str:
    """Give each uncited sentence, bullet or table row the passage that shares most words with it."""
    out: list[str] = []
    for line in text.splitlines():
        if SEPARATOR_ROW.match(line) or not line.strip():
            out.append(line)
            continue
        lead = line[: len(line) - len(line.lstrip())]
        out.append(
            lead
            + " ".join(
                _cite(s, passages)
                for s in (split_sentences(line) if not line.lstrip().startswith("|") else [line.strip()])
            )
        )
    return "\n".join(out)
