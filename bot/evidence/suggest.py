"""Suggested next questions: two or three follow-ups drawn from the documents near an answer's cited passages, each
one careerbot answers.

Owns ``Suggester``: from the passages an answer cites it proposes candidates, in this order, from the documents' own
words (never from lists in code):

- a neighbouring row or item: another label the lexicon holds under the cited heading ("Globex" beside "Acme"),
  nearest to the one the question named first;
- the next section of the same document (the heading after the cited one);
- the same subject in another document: a section of another document whose top heading shares a word with the
  cited one's ("Salaries (UK, 2023) > Salary by Level" after "Pay (Freedonia, 2031) > ...").

Each candidate is worded by a fixed sentence of language ("What does the guide say about <label> under <heading>?")
and kept only when careerbot answers it: read after the conversation it stays standalone (``condense`` leaves it as
it is), retrieval finds passages, the scope check says "answer", the quoted answer (``compose``) is not empty and
its best line comes from the section the candidate is about. A refused, scope-gap or off-target candidate is never
shown. Verdicts are cached per index version (a new version clears the cache).

Shortcuts: the wording is English templates; "answers" is judged with the extractive composition (the chain's own
fallback, so a model engine answers at least that), not by running the model.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bot.evidence.quotes import compose, ranked
from bot.retrieval.condense import condense
from bot.retrieval.lexicon import Lexicon
from bot.retrieval.scope import assess
from bot.text import content_stems, mentions
from bot.types import Citation, Kind, Passage, Turn

LIMIT = 3  # suggestions shown at most
TRIES = 8  # candidates checked at most per answer (each is one retrieval)
MAX_WORDS = 8  # a heading longer than this is a caption ("Median advertised salary by city, ..."): its parent is used


@dataclass(frozen=True)
class Candidate:
    """A question to suggest and the section (path) its answer must come from."""

    question: str
    section: str


@dataclass
class Suggestions:
    """What ``Suggester.suggest`` found: the questions to show, and how long finding them took."""

    questions: list[str] = field(default_factory=list)
    checked: int = 0
    ms: float = 0.0


def make_suggester(runtime) -> Suggester | None:
    """A Suggester over a runtime's retriever and lexicon (``bot.chain.Runtime``); None for one without them."""
    retriever, lexicon = getattr(runtime, "retriever", None), getattr(runtime, "lexicon", None)
    return Suggester(retriever, lexicon) if retriever is not None and callable(lexicon) else None


class Suggester:
    """Suggested next questions over one retriever and its lexicon (``lexicon``: a callable giving the current one).

    ``retriever`` needs ``search(query) -> list[Passage]``, ``chunks() -> list[Passage]`` and ``version``."""

    def __init__(self, retriever, lexicon: Callable[[], Lexicon]) -> None:
        self.retriever, self.lexicon = retriever, lexicon
        self._version: str | None = None
        self._verdicts: dict[str, bool] = {}
        self._chunks: list[Passage] = []

    def suggest(
        self,
        question: str,
        answer: str,
        citations: Sequence[Citation],
        passages: Sequence[Passage],
        history: Sequence[Turn] = (),
        limit: int = LIMIT,
        query: str = "",
    ) -> Suggestions:
        """Up to ``limit`` questions careerbot answers, near the passages ``citations`` cite (none for an answer
        without citations); ``query`` is the standalone question the answer answered (the Outcome's), whose labels
        are not suggested again."""
        start = time.perf_counter()
        out = Suggestions()
        cited = cited_passages(citations, passages)
        if not cited:
            return out
        self._refresh()
        lex = self.lexicon()
        turns = [*history, Turn("user", question), Turn("assistant", answer)]
        asked = {question.strip().lower(), *(t.content.strip().lower() for t in history if t.role == "user")}
        for cand in candidates(query or question, cited, self._chunks, lex):
            if len(out.questions) >= limit or out.checked >= TRIES:
                break
            if cand.question.lower() in asked or cand.question in out.questions:
                continue
            out.checked += 1
            if self.answers(cand, turns, lex):
                out.questions.append(cand.question)
        out.ms = (time.perf_counter() - start) * 1000
        return out

    def answers(self, cand: Candidate, turns: Sequence[Turn], lex: Lexicon) -> bool:
        """Whether careerbot answers ``cand`` asked after ``turns``, from the section it is about (cached per index
        version; a candidate the conversation would rewrite is not standalone, so never suggested)."""
        if condense(cand.question, turns, lex) != cand.question:
            return False
        key = f"{cand.section}\n{cand.question}"
        if key not in self._verdicts:
            self._verdicts[key] = self._answers(cand, lex)
        return self._verdicts[key]

    def _answers(self, cand: Candidate, lex: Lexicon) -> bool:
        passages = self.retriever.search(cand.question)
        if assess(cand.question, bool(passages), lex).kind != "answer" or not compose(cand.question, passages):
            return False
        best = ranked(cand.question, passages, 1)
        return bool(best) and passages[best[0].n - 1].section.startswith(cand.section)

    def _refresh(self) -> None:
        version = str(self.retriever.version)
        if version != self._version:
            self._version, self._verdicts = version, {}
            chunks = self.retriever.chunks()
            self._chunks = sorted(chunks, key=lambda c: (c.source, int(c.meta.get("position", 0) or 0)))


def for_outcome(suggester: Suggester | None, question: str, outcome, history: Sequence[Turn] = ()) -> Suggestions:
    """Suggestions after an Outcome (none without a suggester or after "not covered")."""
    if suggester is None or outcome.kind is Kind.REFUSED:
        return Suggestions()
    return suggester.suggest(question, outcome.text, outcome.citations, outcome.passages, history, query=outcome.query)


def cited_passages(citations: Sequence[Citation], passages: Sequence[Passage]) -> list[Passage]:
    """The passages the answer cites, in citation order."""
    by_key = {(p.source, p.section, p.text): p for p in passages}
    return [p for c in citations if (p := by_key.get((c.source, c.section, c.text))) is not None]


def candidates(question: str, cited: Sequence[Passage], chunks: Sequence[Passage], lex: Lexicon) -> list[Candidate]:
    """Every candidate, best first: neighbouring labels, then the next sections, then other documents' sections."""
    many = len({c.source for c in chunks}) > 1
    out = [c for p in cited[:2] for c in neighbours(question, p, lex)]
    out += [c for p in cited[:2] if (c := next_section(p, chunks, many)) is not None]
    out += elsewhere(cited[0], chunks)
    return out


def neighbours(question: str, passage: Passage, lex: Lexicon) -> list[Candidate]:
    """Other labels under the passage's heading (rows of its table, items of its list), nearest to the one the question
    names first; none named: in document order."""
    labels = list(lex.labels.get(passage.section, ()))
    named = [i for i, label in enumerate(labels) if mentions(question, label)]
    if not labels or len(named) == len(labels):
        return []
    centre = named[0] if named else -1
    order = sorted((i for i in range(len(labels)) if i not in named), key=lambda i: (abs(i - centre), i))
    leaf = heading_of(passage.section)
    return [Candidate(f"What does the guide say about {labels[i]} under {leaf}?", passage.section) for i in order]


def next_section(passage: Passage, chunks: Sequence[Passage], many: bool) -> Candidate | None:
    """The section that follows the passage's in its document (another heading), asked about by its heading."""
    here = _target(passage.section)
    after = False
    for c in chunks:
        if c.source != passage.source or not c.section:
            continue
        if c.section == passage.section:
            after = True
        elif after and _target(c.section) != here:
            return Candidate(_about(heading_of(c.section), c, many), _target(c.section))
    return None


def elsewhere(passage: Passage, chunks: Sequence[Passage]) -> list[Candidate]:
    """Sections of other documents whose top heading shares a word with the passage's: the same subject there."""
    top = content_stems(passage.section.split(" > ")[0])
    out: list[Candidate] = []
    seen: set[str] = set()
    for c in chunks:
        parts = c.section.split(" > ")
        if c.source == passage.source or len(parts) < 2 or not top & content_stems(parts[0]):
            continue
        target = _target(c.section)
        if target not in seen:
            seen.add(target)
            out.append(Candidate(_about(heading_of(c.section), c, True), target))
    return out[:2]


def heading_of(section: str) -> str:
    """The last heading of a section path that is a heading, not a table's caption."""
    parts = [p for p in section.split(" > ") if p]
    short = [p for p in parts if len(p.split()) <= MAX_WORDS and "," not in p] or parts
    return short[-1] if short else ""


def _target(section: str) -> str:
    """The section path down to the heading a candidate names (a caption under it is part of it)."""
    leaf = heading_of(section)
    parts = section.split(" > ")
    return " > ".join(parts[: parts.index(leaf) + 1]) if leaf in parts else section


def _about(heading: str, chunk: Passage, many: bool) -> str:
    subject = chunk.title.split(":")[0].strip() if many else ""
    guide = f"the {subject} guide" if subject else "the guide"
    return f"What does {guide} say about {heading}?"
