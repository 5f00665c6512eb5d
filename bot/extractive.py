"""The extractive engine: answers with no model, from the most relevant lines of the retrieved passages.

Owns ``compose``: split passages into units (bullets and sentences), score
each by word overlap with the question (plus its section path), favour units
naming the company, job or level asked about, and quote the best ones
verbatim with their [n], under a line naming each quoted document and its
scope ("From UX Researcher: Career Guide, UK 2023, "Salaries > Salary by
Level":"), so every figure shown says where and when it holds. A line that
two passages hold is quoted once. Deterministic and instant; the chain also
uses it as the fallback when a model fails, times out or its answer is gutted
by the guard.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from bot.entities import find_entities, mentions
from bot.retrieve import tokenize
from bot.types import GenerationRequest, Passage, scope_label

GENERIC = frozenset(tokenize("ai ml machine learning researcher researchers research guide"))  # stemmed like the tokens
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


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
            pieces = [f"{parent}: {body}" if nested and parent else body] if bullet else SENTENCE_END.split(body)
            for piece in (piece.strip() for piece in pieces):
                if piece and not piece.endswith(":") and " ".join(piece.lower().split()) not in seen:
                    seen.add(" ".join(piece.lower().split()))
                    out.append(Unit(n, len(out), piece, p.section, bullet))
    return out


def _score(unit: Unit, q_tokens: set[str], focus: list[str]) -> float:
    words = set(tokenize(unit.text))
    section_words = set(tokenize(unit.section))
    score = len(q_tokens & words) + 0.5 * len(q_tokens & section_words) + 1.0 / unit.n
    if unit.bullet:
        score += 1.0
    if any(mentions(unit.text, name) for name in focus):
        score += 3.0
    return score


def choose(question: str, passages: Sequence[Passage], limit: int = 5) -> list[Unit]:
    all_units = units(passages)
    if not all_units:
        return []
    q_tokens = set(tokenize(question)) - GENERIC
    focus = [e.name for e in find_entities(question, ("company", "level"))]
    scored = sorted(((_score(u, q_tokens, focus), u) for u in all_units), key=lambda su: (-su[0], su[1].order))
    best = scored[0][0]
    if any(mentions(u.text, f) for f in focus for _, u in scored[:1]):
        picked = [u for s, u in scored if any(mentions(u.text, f) for f in focus)][:limit]
    else:
        picked = [u for s, u in scored if s >= max(1.0, best * 0.5)][:limit] or [u for _, u in scored[:2]]
    return sorted(picked, key=lambda u: u.order)


def section_within(passage: Passage) -> str:
    """The passage's section path without a leading heading that repeats its document's title."""
    parts = passage.section.split(" > ")
    if len(parts) > 1 and passage.title and parts[0].lower().startswith(passage.title.lower()):
        parts = parts[1:]
    return " > ".join(parts)


def source_line(passage: Passage) -> str:
    """'From <title>, <region> <year>, "<section>":' — the document and scope of the lines quoted under it."""
    where = scope_label(passage) or passage.source
    section = section_within(passage)
    return f'From {where}, "{section}":' if section else f"From {where}:"


def compose(question: str, passages: Sequence[Passage], limit: int = 5) -> str:
    """A cited answer quoting the passages, grouped under the document (and scope) each line comes from; empty when
    there are no passages."""
    picked = choose(question, passages, limit)
    lines: list[str] = []
    current = None
    for u in picked:
        passage = passages[u.n - 1]
        doc = (passage.source, scope_label(passage))
        if doc != current:
            lines.append(source_line(passage))
            current = doc
        lines.append(f"- {u.text} [{u.n}]")
    return "\n".join(lines)


FIGURE = re.compile(r"\$?\d[\d,.]*\d(?:%| (?:billion|trillion|million))?")


def complete(answer: str, question: str, passages: Sequence[Passage]) -> str:
    """``answer`` plus, for each company (or, in a comparison, job) the question names and the answer leaves out,
    the guide's best line about it, quoted with its [n].

    A small model asked "Compare IBM and Google pay" often gives only IBM; the
    reader asked for both. Only verbatim passage lines are added, so nothing
    unsupported can enter.
    """
    named = find_entities(question, ("company", "job"))
    jobs = {e.name for e in named if e.kind == "job"}
    wanted = [e for e in named if e.kind == "company" or len(jobs) >= 2]
    missing = list(dict.fromkeys(e.name for e in wanted if not mentions(answer, e.name)))
    if not missing:
        return answer
    q_tokens = set(tokenize(question)) - GENERIC
    shown = set(FIGURE.findall(answer))
    added: list[str] = []
    all_units = units(passages)
    for name in missing:
        candidates = [u for u in all_units if mentions(u.text, name) or mentions(u.section.split(" > ")[-1], name)]
        candidates = [u for u in candidates if not (set(FIGURE.findall(u.text)) & shown)]
        if not candidates:
            continue
        best = max(candidates, key=lambda u: (_score(u, q_tokens, [name]), -u.order))
        text = best.text if mentions(best.text, name) else f"{best.section.split(' > ')[-1]}: {best.text}"
        line = f"- {text} [{best.n}]"
        if line not in added:
            added.append(line)
            shown |= set(FIGURE.findall(best.text))
    return answer.rstrip() + "\n\n" + "\n".join(added) if added else answer


class ExtractiveEngine:
    """Engine protocol (bot.llm.Engine) with no model behind it."""

    name = "extractive"
    quotes_passages = True  # every unit is a passage line, quoted: the chain has nothing to verify

    def __init__(self, settings=None) -> None:
        self.settings = settings

    def load(self, progress=None) -> None:
        if progress:
            progress(1.0, "ready (no model)")

    def ready(self) -> bool:
        return True

    def status(self) -> dict:
        return {"engine": self.name, "ready": True, "loading": False, "progress": 1.0, "detail": "no model needed"}

    def stream(self, request: GenerationRequest) -> Iterator[str]:
        yield compose(request.question, request.passages)
