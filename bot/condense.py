"""Follow-ups: rewrite the latest question into a standalone query using the conversation.

Owns turning ("What does Google pay AI research scientists?", "And Meta?")
into "What does Meta pay AI research scientists?". First turns skip this.
Rule-based and instant, so it costs nothing on a CPU and behaves the same
for every engine: a follow-up that names a company, place, job or level
swaps it into the previous standalone question (or adds it); any other short
follow-up is read together with the previous question. The history's user
turns are folded in order, so chains of follow-ups work.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.entities import Entity, find_entities
from bot.types import Turn

FOLLOW_UP_START = re.compile(r"^\s*(and|what about|how about|what of|same for|and for|and at|and in|and the|also|ok and|then)\b", re.I)
REFERRING = re.compile(r"\b(they|them|their|it|its|that|those|these|there|this one|that one)\b", re.I)
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


def rewrite(question: str, previous: str) -> str:
    """One step: ``question`` read in the light of the ``previous`` standalone question."""
    question = question.strip()
    if not previous or not is_follow_up(question):
        return question
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
    for turn in history:
        if turn.role == "user" and turn.content.strip():
            standalone = rewrite(turn.content, standalone)
    return rewrite(question, standalone)
