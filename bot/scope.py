"""Scope: which companies, places and job titles a question names that the corpus never mentions.

Owns the "honest answer" decision for out-of-scope questions: the guide's
salary figures are US, 2024, so a question about Germany, Microsoft or
nurses is told the guide does not cover it (and, for pay questions, shown the
closest figures the guide does have, with their scope), never given a
figure moved from elsewhere.
"""

from __future__ import annotations

import re

from bot.entities import Entity, find_entities, mentions

PAY_WORDS = re.compile(r"\b(pay|pays|paid|salary|salaries|earn|earns|earning|income|compensation|wage|wages|make|makes|money|\$)", re.I)
US_NAMES = {"US", "USA", "United States", "North America"}


def uncovered(question: str, corpus: str) -> list[Entity]:
    """Companies, places and jobs named in ``question`` that ``corpus`` never mentions."""
    gaps: list[Entity] = []
    for entity in find_entities(question, ("company", "place", "job")):
        if entity.name in US_NAMES:
            continue
        if not mentions(corpus, entity.name) and entity.name not in {g.name for g in gaps}:
            gaps.append(entity)
    return gaps


def asks_about_pay(question: str) -> bool:
    return bool(PAY_WORDS.search(question))


def names_phrase(entities: list[Entity], question: str) -> str:
    words = [question[e.start : e.end] for e in entities]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]
