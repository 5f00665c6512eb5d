"""Follow-ups: rewrite the latest question into a standalone query using the conversation.

Owns turning ("What does Google pay AI research scientists?", "And Meta?")
into "What does Meta pay AI research scientists?". First turns skip this.
Rule-based and instant, so it costs nothing on a CPU and behaves the same
for every engine: a follow-up that names a company, place, job or level
swaps it into the previous standalone question (or adds it); a comparison
("How does that compare to Meta?", "Which of the two pays more?") names both
sides; any other short follow-up is read together with the previous
question. The history's user turns are folded in order, so chains of
follow-ups work.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.entities import Entity, find_entities
from bot.types import Turn

FOLLOW_UP_START = re.compile(r"^\s*(and|what about|how about|what of|same for|and for|and at|and in|and the|also|ok and|then)\b", re.I)
REFERRING = re.compile(r"\b(they|them|their|it|its|that|those|these|there|this one|that one|the two|both|either)\b", re.I)
COMPARING = re.compile(r"\b(compare[sd]?|comparison|versus|vs\.?|difference|differ|the two|both|either|which (?:one |of (?:them|the two) )?(?:pays?|earns?|is|offers?)|more|less|higher|lower)\b", re.I)
CONNECTOR = {"company": "at", "place": "in", "job": "for", "level": "at"}


def is_follow_up(question: str) -> bool:
    words = re.findall(r"\w+", question)
    if FOLLOW_UP_START.search(question) and len(words) <= 12:
        return True
    return len(words) <= 4 or (len(words) <= 10 and bool(REFERRING.search(question)))


def _swap(previous: str, new: Entity, question: str) -> str:
    old = [e for e in find_entities(previous) if e.kind == new.kind]
    name = question[new.start : new.end]
    if old:
        target = old[0]
        return previous[: target.start] + name + previous[target.end :]
    if new.kind == "level":
        jobs = find_entities(previous, ("job",))
        if jobs:
            return previous[: jobs[0].start] + name.lower() + " " + previous[jobs[0].start :]
    return previous.rstrip(" ?.") + f" {CONNECTOR[new.kind]} {name}?"


def _compared(previous: str, question: str, seen: Sequence[Entity]) -> str | None:
    """For a comparison follow-up: the previous question about both sides, then the question itself."""
    if not COMPARING.search(question):
        return None
    asked = find_entities(question)
    for old in find_entities(previous):
        others = [e.name for e in asked if e.kind == old.kind and e.name != old.name]
        same = [e for e in asked if e.kind == old.kind]
        if not others and (not asked or (same and all(e.name == old.name for e in same))):
            # "Which of the two pays more?": the other side is the one named before
            earlier = [e.name for e in reversed(seen) if e.kind == old.kind and e.name != old.name]
            others = earlier[:1]
        if others:
            both = " and ".join([previous[old.start : old.end], *others])
            return f"{previous[: old.start]}{both}{previous[old.end :].rstrip()} {question}"
    return None


def rewrite(question: str, previous: str, seen: Sequence[Entity] = ()) -> str:
    """One step: ``question`` read in the light of the ``previous`` standalone question."""
    question = question.strip()
    if not previous or not is_follow_up(question):
        return question
    compared = _compared(previous, question, seen)
    if compared:
        return compared
    entities = find_entities(question)
    if not entities:
        return f"{previous.rstrip()} {question}"
    standalone = previous
    for entity in reversed(entities):  # right to left keeps earlier offsets valid in `question`
        standalone = _swap(standalone, entity, question)
    return standalone


def condense(question: str, history: Sequence[Turn]) -> str:
    """The standalone query for ``question`` given ``history`` (which does not include it)."""
    standalone = ""
    seen: list[Entity] = []  # everything the user has named, in order
    for turn in history:
        if turn.role == "user" and turn.content.strip():
            standalone = rewrite(turn.content, standalone, seen)
            seen += find_entities(turn.content)
    return rewrite(question, standalone, seen)
