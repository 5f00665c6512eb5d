"""Echoes: units that state nothing of their own (issue 27 item 4).

A small model sometimes copies the scaffolding of its context instead of answering: a heading or a section path
("Widget Analyst Salaries [1]."), the document's title, a PDF's running footer ("Page 2 of 3"), or the same marker
twice in a row ("... [1]. [1]"). Such a unit is never shown: bot/guard/stream.py drops a model's unit ``echoes``
finds anything in (a display rule, not a faithfulness check: the verifier and the judge do not count it). ``echoes``
reads the cited passages' headings, section path and title (their ``Document:`` line) and compares the unit with
them.

Example: with passage [1] "Salaries > Salary by Band / Band 5 (Band): Starting salary: £28,900", the unit "Salary by
Band [1]." is dropped ("it only repeats the heading 'Salary by Band' of [1]").
"""

from __future__ import annotations

import re

from bot.guard.passage import CitedPassage, Context, Sentence
from bot.text import CITATION

_FOOTER = re.compile(r"^\W*(?:.{0,80}\|\s*)?page\s+\d+(?:\s+of\s+\d+)?\W*$", re.I)
_TWICE = re.compile(r"\[(\d+)\][\s.,;:]{0,3}\[\1\]")
_DOCUMENT = "Document: "


def _plain(text: str) -> str:
    """Lower-case words only: markers, punctuation and spacing dropped."""
    return " ".join(re.findall(r"[a-z0-9£€$%]+", CITATION.sub(" ", text).lower()))


def _scaffolding(passage: CitedPassage) -> dict[str, str]:
    """The plain text of each heading, section path part and title of a passage -> how a reason names it."""
    out: dict[str, str] = {}
    for line in passage.lines:
        for part in [line.heading, *line.heading.split(" > ")] if line.heading else []:
            if _plain(part):
                out[_plain(part)] = f"the heading '{part.strip()}'"
    for raw in passage.text.split("\n"):
        if raw.startswith(_DOCUMENT):
            label = raw[len(_DOCUMENT) :].strip()
            title = label.rsplit(", ", 1)[0] if ", " in label else label
            for part in (label, title):
                if _plain(part):
                    out[_plain(part)] = f"the title '{title}'"
    return out


def echoes(s: Sentence, cited: list[CitedPassage], ctx: Context) -> list[str]:
    """A unit that is only a heading, a section path, a title or a page footer, or that repeats a marker."""
    out = []
    if _TWICE.search(s.raw):
        out.append("it repeats a marker")
    plain = _plain(s.raw)
    if plain and _FOOTER.match(CITATION.sub(" ", s.raw).strip()):
        out.append("it is a page footer")
        return out
    for passage in cited or ctx.passages:
        names = _scaffolding(passage)
        if plain in names:
            out.append(f"it only repeats {names[plain]} of [{passage.n}]")
            break
    return out
