"""Citation markers: parse [n], drop markers that point at no passage, renumber in order of first use.

Pure functions over plain values. ``finalize`` returns the answer text with
markers renumbered 1..m and exactly the cited passages as ``Citation`` values.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.types import Citation, Passage

MARKER = re.compile(r"\s*\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]")
REPEATED = re.compile(r"(\[\d+\])(?:\s*\1)+")


def parse_markers(text: str) -> list[int]:
    """Every cited number, in order of appearance ("[1][3]" and "[1, 3]" both give 1, 3)."""
    return [int(n) for group in MARKER.findall(text) for n in group.split(",")]


def renumber(text: str, count: int) -> tuple[str, list[int]]:
    """Renumber markers by first use; drop those outside 1..count. -> (text, old numbers in new order)."""
    order: list[int] = []
    for n in parse_markers(text):
        if 1 <= n <= count and n not in order:
            order.append(n)
    new = {old: i + 1 for i, old in enumerate(order)}

    def repl(match: re.Match) -> str:
        kept = []
        for n in (int(x) for x in match.group(1).split(",")):
            if n in new and new[n] not in kept:
                kept.append(new[n])
        return " " + "".join(f"[{n}]" for n in kept) if kept else ""

    text = MARKER.sub(repl, text)
    return REPEATED.sub(r"\1", text), order


def finalize(text: str, passages: Sequence[Passage]) -> tuple[str, list[Citation]]:
    """Renumbered text and the cited passages, numbered as in the text."""
    text, order = renumber(text, len(passages))
    citations = [Citation(n=i + 1, source=passages[old - 1].source, section=passages[old - 1].section, text=passages[old - 1].text) for i, old in enumerate(order)]
    return text.strip(), citations
