"""The extractive engine: answers with no model, from the most relevant lines of the retrieved passages.

Owns ``compose``: the passages' lines (``bot.lines.read``: items, table rows, sentences), each scored
by word overlap with the question (plus its section path), favour units
naming a label the question names (a line's "Acme:", "Grade W3:"), and quote the
best ones verbatim with their [n]: the best line first (the student reads the
answer before the lines around it), then the others under a line naming each
quoted document and its scope ("From UX Researcher: Career Guide, UK 2023,
"Salaries > Salary by Level":"), so every figure shown says where and when it
holds. A line that two passages hold is quoted once. Deterministic and instant;
the chain also uses it as the fallback when a model fails, times out or its
answer is gutted by the guard.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from bot.lines import Line, common_tokens, read, subject_tokens
from bot.numbers import parse_numbers
from bot.retrieval.meaning import MEANING
from bot.tables import period_of
from bot.text import job_phrases, mentions, tokenize
from bot.types import Chunk, Passage, Turn, scope_label
from bot.vocabulary import answer_kind


def units(passages: Sequence[Passage]) -> list[Line]:
    """The lines a quoted answer can give (``bot.lines.read``: items, rows, sentences), a repeated text once."""
    out: list[Line] = []
    seen: set[str] = set()
    for line in read(passages):
        key = " ".join(line.quoted.lower().split())
        if key not in seen:
            seen.add(key)
            out.append(line)
    return out


def _score(unit: Line, q_tokens: set[str], focus: list[str], kind: re.Pattern[str] | None = None) -> float:
    section_words = set(tokenize(unit.section))
    words = unit.words
    asked, mark, answer = unit.quoted.partition("? ")
    if mark and len(asked) < 120 and answer.strip():
        words = frozenset(tokenize(answer))  # an FAQ's "How long until ...? From graduation, ...": its answer's words
    score = len(q_tokens & words) + 0.5 * len(q_tokens & section_words) + 1.0 / unit.n
    if unit.bullet:
        score += 1.0
    if any(mentions(unit.quoted, name) for name in focus):
        score += 3.0
    if kind is not None and kind.search(unit.quoted):
        score += 1.5
    return score


def labels(all_units: Sequence[Line]) -> list[str]:
    """What the passages' lines are about: the label before a colon ("Acme" in "Acme: $123,456 average")."""
    out = [u.quoted.split(":", 1)[0].strip() for u in all_units if u.bullet and ":" in u.quoted[:60]]
    return list(dict.fromkeys(x for x in out if 0 < len(x.split()) <= 4))


def focus_of(question: str, all_units: Sequence[Line]) -> list[str]:
    """The passages' labels the question names ("Acme", "Grade W3")."""
    return [label for label in labels(all_units) if mentions(question, label)]


def choose(question: str, passages: Sequence[Passage], limit: int = 5) -> list[Line]:
    """The lines to quote, in document order."""
    return sorted(ranked(question, passages, limit), key=lambda u: u.order)


@dataclass
class Ranking:
    """The passages' lines ranked once for one question: words shared (the section path at half weight), structure
    (a list item, a label the question names, the kind of answer asked for: a figure, a duration) and meaning (the
    line's cosine with the question, from the vectors ingest stored: bot/retrieval/meaning.py). The quoted answer,
    the opening line, the lines after a model's addition and the model's context all read this one ranking."""

    scored: list[tuple[float, Line]]  # best first
    focus: list[str]
    score: dict[int, float]  # line order -> score
    near: dict[int, float]  # line order -> its cosine with the question (0 without line vectors)

    def picked(self, limit: int = 5) -> list[Line]:
        """The lines to quote, best first: those naming a label the question names when the best one does, else the
        lines scoring at least half the best."""
        if not self.scored:
            return []
        best, top = self.scored[0]
        if any(mentions(top.quoted, f) for f in self.focus):
            return [u for _, u in self.scored if any(mentions(u.quoted, f) for f in self.focus)][:limit]
        return [u for s, u in self.scored if s >= max(1.0, best * 0.5)][:limit] or [u for _, u in self.scored[:2]]


def with_figures_before(passages: list[Passage], turns: Sequence[Turn], chunks: Mapping[str, Chunk]) -> list[Passage]:
    """A follow-up ("what was it in 2023?") is about the figure just given: the passages of the documents found that
    hold an amount the answer before stated, as written ("$34.20"), join the ones found (the rest of its sentence
    often answers: "... now $34.20 an hour, compared with $31.40 in 2023")."""
    before = turns[-1].content if turns and turns[-1].role == "assistant" else ""
    said = [q.text.strip() for q in parse_numbers(before) if q.kind == "money" and q.currency]
    if not said or not passages:
        return passages
    found = {p.id for p in passages}
    sources = {p.source for p in passages}
    ordered = list(chunks.values())  # in document order
    holding = [i for i, c in enumerate(ordered) if c.source in sources and any(f in c.text for f in said)]
    # each chunk holding it, and the one after it in its document (the next paragraph: "that works out at ...")
    near = (
        ordered[j] for i in holding for j in (i, i + 1) if j < len(ordered) and ordered[j].source == ordered[i].source
    )
    extra = list({c.id: c for c in near if c.id not in found}.values())
    return passages + [Passage(c.id, c.source, c.section, c.text, meta=dict(c.meta)) for c in extra[:3]]


_SAME_FIGURE = 3.0  # a line holding an amount the answer before stated (a follow-up's "it", "that")
_AFTER_FIGURE = 2.0
Meaning = Callable[[Sequence[Line], Sequence[Passage]], list[float]]


def rank(question: str, passages: Sequence[Passage], meaning: Meaning | None = None, said: str = "") -> Ranking:
    """``said``: the answer before, for a follow-up ("what was it in 2023?", "whats that per year"): a line holding an
    amount it stated is about the same thing, and ranks higher."""
    all_units = units(passages)
    if not all_units:
        return Ranking([], [], {}, {})
    q_tokens = set(tokenize(question)) - common_tokens(passages)
    subject = set(tokenize(question)) & subject_tokens(passages)
    focus = focus_of(question, all_units)
    kind = answer_kind(question)
    near = meaning(all_units, passages) if meaning else [0.0] * len(all_units)
    scores = [_score(u, q_tokens, focus, kind) + MEANING * m for u, m in zip(all_units, near)]
    if stated := {q.value for q in parse_numbers(said) if q.kind == "money"}:
        holding = [any(q.value in stated for q in parse_numbers(u.quoted)) for u in all_units]
        # and a line just after one that holds it (its paragraph or the next), giving an amount (in the period
        # asked, if one is): "On a full-time roster that works out at roughly $55,100 to $64,500 a year" after the
        # hourly range, asked "whats that per year"
        asked = period_of(question)
        after = [
            not holding[i]
            and any(holding[k] and u.n - 1 <= all_units[k].n <= u.n for k in range(max(0, i - 3), i))
            and any(q.kind == "money" for q in parse_numbers(u.quoted))
            and (not asked or period_of(u.quoted) == asked)
            for i, u in enumerate(all_units)
        ]
        scores = [s + _SAME_FIGURE * h + _AFTER_FIGURE * a for s, h, a in zip(scores, holding, after)]
    scores = _lead_ins(all_units, scores, kind)
    scored = sorted(
        zip(scores, all_units),
        key=lambda su: (-su[0], -len(subject & su[1].words), su[1].order),
    )
    return Ranking(scored, focus, {u.order: s for s, u in scored}, {u.order: m for u, m in zip(all_units, near)})


def _lead_ins(lines: Sequence[Line], scores: list[float], kind: re.Pattern[str] | None) -> list[float]:
    """When the best line is a short sentence that only names its topic ("Professional certification helps you
    progress.", "Lab technician (Laborant/in)."), the sentence after it, which says what it is, opens instead. Not
    when the question asks a kind of answer (a duration, a degree): a short sentence may state one, and the kind tells
    lines apart; nor when the next line is a "Source:" or "Note:" line."""
    out = list(scores)
    if kind is not None or len(lines) < 2:
        return out
    top = max(range(len(lines)), key=lambda i: scores[i])
    if top + 1 >= len(lines):
        return out
    prev, line = lines[top], lines[top + 1]
    if not (prev.kind == line.kind == "sentence" and prev.n == line.n):
        return out
    if len(prev.text.split()) > 7 or re.search(r"\d", prev.text) or re.match(r"[\w ]{1,20}:", line.text):
        return out
    out[top + 1] = scores[top] + 0.01
    out[top] = scores[top] - 0.01
    return out


def ranked(question: str, passages: Sequence[Passage], limit: int = 5, ranking: Ranking | None = None) -> list[Line]:
    """The lines to quote, best first."""
    return (ranking or rank(question, passages)).picked(limit)


def section_within(passage: Passage) -> str:
    """The passage's section path without a leading heading that repeats its document's title."""
    parts = passage.section.split(" > ")
    if len(parts) > 1 and passage.title and parts[0].lower().startswith(passage.title.lower()):
        parts = parts[1:]
    return " > ".join(parts)


def source_line(passage: Passage, end: str = ":") -> str:
    """'From <title>, <region> <year>, "<section>":' — the document and scope of the lines quoted under it (``end``
    ".": of the line above it)."""
    where = scope_label(passage) or passage.source
    section = section_within(passage)
    return f'From {where}, "{section}"{end}' if section else f"From {where}{end}"


def compose(question: str, passages: Sequence[Passage], limit: int = 5, ranking: Ranking | None = None) -> str:
    """A cited answer quoting the passages: the best line first, then the other lines grouped under the document (and
    scope) each comes from; empty when there are no passages.

    The student reads the line that answers the question before the lines around it,
    as a model's answer opens with its figure. The best line's document and scope
    follow it: as the heading of the list under it when that list starts with the
    same document, else on a line of their own ('From <title>, <scope>, "<section>".').
    """
    picked = ranked(question, passages, limit, ranking)
    if not picked:
        return ""
    best, rest = picked[0], sorted(picked[1:], key=lambda u: u.order)
    opening = f"{best.quoted} [{best.n}]"
    if not rest or _document(passages[rest[0].n - 1]) != _document(passages[best.n - 1]):
        opening += "\n" + source_line(passages[best.n - 1], end=".")
    return opening + ("\n\n" + quote(rest, passages) if rest else "")


def _document(passage: Passage) -> tuple[str, str]:
    return passage.source, scope_label(passage)


def supporting(
    answer: str, question: str, passages: Sequence[Passage], limit: int = 5, ranking: Ranking | None = None
) -> str:
    """The lines ``compose`` would quote, less those ``answer`` already states: the short list of the guide's own
    lines that follows a model's opening sentence, under each document's title and scope.

    A line is already stated when every figure in it is in the answer, or, for a
    line with no figure, when most of its words are. The best line is always
    quoted: it shows the document and scope the answer's figures hold for.
    """
    shown = {f.strip(".,") for f in FIGURE.findall(answer)}
    said = set(tokenize(answer))
    picked = ranked(question, passages, limit, ranking)
    best = picked[0] if picked else None
    left = []
    for u in sorted(picked, key=lambda u: u.order):
        if u.quoted in answer:  # already quoted (a line ``complete`` added)
            continue
        if u is best:
            left.append(u)
            continue
        figures = {f.strip(".,") for f in FIGURE.findall(u.quoted)}
        words = u.words
        if figures and figures <= shown or not figures and words and len(words & said) >= 0.7 * len(words):
            continue
        left.append(u)
    return quote(left, passages)


def quote(picked: Sequence[Line], passages: Sequence[Passage]) -> str:
    """``picked`` as cited bullets, each group under its document's title, scope and section."""
    lines: list[str] = []
    current = None
    for u in picked:
        passage = passages[u.n - 1]
        doc = _document(passage)
        if doc != current:
            lines.append(source_line(passage))
            current = doc
        lines.append(f"- {u.quoted} [{u.n}]")
    return "\n".join(lines)


FIGURE = re.compile(r"\$?\d[\d,.]*\d(?:%| (?:billion|trillion|million))?")


def complete(answer: str, question: str, passages: Sequence[Passage]) -> str:
    """``answer`` plus, for each company (or, in a comparison, job) the question names and the answer leaves out,
    the guide's best line about it, quoted with its [n].

    A small model asked "Compare Initech and Acme pay" often gives only Initech; the
    reader asked for both. Only verbatim passage lines are added, so nothing
    unsupported can enter.
    """
    all_units = units(passages)
    jobs = list(dict.fromkeys(p for p, _, _ in job_phrases(question)))
    wanted = focus_of(question, all_units) + (jobs if len(jobs) >= 2 else [])
    missing = list(dict.fromkeys(name for name in wanted if not mentions(answer, name)))
    if not missing:
        return answer
    q_tokens = set(tokenize(question)) - common_tokens(passages)
    shown = set(FIGURE.findall(answer))
    added: list[str] = []
    for name in missing:
        candidates = [u for u in all_units if mentions(u.quoted, name) or mentions(u.section.split(" > ")[-1], name)]
        candidates = [u for u in candidates if not (set(FIGURE.findall(u.quoted)) & shown)]
        if not candidates:
            continue
        best = max(candidates, key=lambda u: (_score(u, q_tokens, [name]), -u.order))
        text = best.quoted if mentions(best.quoted, name) else f"{best.section.split(' > ')[-1]}: {best.quoted}"
        line = f"- {text} [{best.n}]"
        if line not in added:
            added.append(line)
            shown |= set(FIGURE.findall(best.quoted))
    return answer.rstrip() + "\n\n" + "\n".join(added) if added else answer
