"""A conversation as a Markdown file a student keeps: each question, its answer, and the sources under it.

Pure: ``transcript_markdown(exchanges, made)`` -> text, and ``transcript_filename(made)``. The API
(POST /api/transcript, for the widget) and the chat page build the file through these two, from what the
client holds; nothing is stored.

Why Markdown, not PDF: the file is written to read well as plain text (short labelled lines, "- " lists, no
tables, no HTML), so any text viewer or notes app on a phone shows it as it is, and a Markdown viewer a little
tidier; it is small, UTF-8, and reflows on a narrow screen. A PDF would need a layout library and would not reflow.

Everything the student, the model or the corpus wrote goes through ``neutralise``: a Markdown viewer shows it
as the same text and never as markup. No raw HTML or entity (``<``, ``&name;``), no link, image, code span or
fence, no heading, quote or rule of its own that could pass for the file's structure. [n] markers stay as they
are (they read well and cannot become links: no link definition can exist in the file).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bot.errors import BadInput
from bot.types import Citation

EMPTY = "There is nothing to download yet: ask a question first."
TITLE = "careerbot: your conversation"
NO_SOURCES = "none: this answer does not come from the careers guide."

MARKER = re.compile(r"\[\d{1,2}\](?![(:])")  # a citation marker, unless it would open a link or a definition
INLINE = re.compile(r"[\\`<\[\]]|&(?=#?\w+;)")  # what can start HTML, an entity, a link, an image or code
LINE_START = re.compile(r"^(?:#|>|~~~|[=\-*_ ]+$)")  # a heading, a quote, a fence, a setext underline or a rule


@dataclass(frozen=True)
class Exchange:
    """One question and the answer careerbot gave it, with the passages its [n] markers point to."""

    question: str
    answer: str
    citations: tuple[Citation, ...] = ()


def neutralise(text: str) -> str:
    """``text`` as Markdown that shows exactly this text: markup escaped, each line's own indent dropped."""
    return "\n".join(_line(line.strip()) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def lines_kept(text: str) -> str:
    """Neutralised ``text`` whose line breaks a Markdown viewer keeps too (two trailing spaces: a hard break)."""
    return "  \n".join(neutralise(text).split("\n"))


def _line(line: str) -> str:
    out, at = [], 0
    for match in MARKER.finditer(line):
        out.append(INLINE.sub(r"\\\g<0>", line[at : match.start()]))
        out.append(match.group(0))
        at = match.end()
    out.append(INLINE.sub(r"\\\g<0>", line[at:]))
    escaped = "".join(out)
    return "\\" + escaped if LINE_START.match(escaped) else escaped


def long_date(made: date) -> str:
    """5 December 2026: no day/month order to misread."""
    return f"{made.day} {made:%B %Y}"


def transcript_filename(made: date) -> str:
    return f"careerbot-conversation-{made.isoformat()}.md"


def transcript_markdown(exchanges: Sequence[Exchange], made: date, adviser_url: str = "") -> str:
    """The whole file; BadInput(EMPTY) when there is no question yet."""
    if not exchanges:
        raise BadInput(EMPTY)
    head = [
        f"# {TITLE}",
        "",
        f"Saved on {long_date(made)}. careerbot answers only from the careers guide: under each answer are the "
        "passages its [n] markers point to, with the document each comes from and what it covers.",
    ]
    parts = ["\n".join(head)] + [exchange_block(i, ex) for i, ex in enumerate(exchanges, start=1)]
    if adviser_url:
        parts.append(f"---\n\nTo talk to a careers adviser: {neutralise(adviser_url)}")
    return "\n\n".join(parts) + "\n"


def exchange_block(i: int, ex: Exchange) -> str:
    lines = [f"## Question {i}", "", "You asked:", "", lines_kept(ex.question), "", "careerbot answered:", ""]
    lines += [lines_kept(ex.answer), "", "Sources of this answer:" if ex.citations else f"Sources: {NO_SOURCES}"]
    if ex.citations:
        lines.append("")
        lines += [line for c in ex.citations for line in source_lines(c)]
    return "\n".join(lines)


def source_lines(c: Citation) -> list[str]:
    """One cited passage: "- [n] document", then its scope, section and text as sub-items."""
    lines = [f"- [{c.n}] {neutralise(one_line(c.title or c.source))}"]
    if c.scope.strip():
        lines.append(f"  - Scope: {neutralise(one_line(c.scope))}")
    if c.section.strip():
        lines.append(f"  - Section: {neutralise(one_line(c.section))}")
    text = [line for line in neutralise(c.text).split("\n") if line]
    if text:  # each line a hard break ("  "), indented under "Passage:"
        lines += ["  - Passage:", *(f"    {line}" for line in "  \n".join(text).split("\n"))]
    return lines


def one_line(text: str) -> str:
    return " ".join(text.split())
