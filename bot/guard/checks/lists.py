"""Lists: items the cited passages do not list, and an item the documents list under one label said of another.

``listed_items`` catches examples made up after "include", "such as", "like": "Skills include Python and
underwater welding [1]" where [1] lists no welding. ``membership`` catches an item moved between sibling labels:
the documents list "Widget Apprentice" under "Grade W1", and the sentence says it is a Grade W2 role. The lists and
their owners come from the lexicon built at ingest.

Example: with "- Grade W1: Widget Apprentice, Junior Widget Tester" and "- Grade W2: Widget Planner, Senior Widget
Tester", "Grade W2 roles include widget apprentice [1]" is dropped ("'Widget Apprentice' is listed under Grade W1,
not Grade W2, in the documents").
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.guard.passage import CitedPassage, Context, Sentence, in_spans
from bot.retrieval.lexicon import Lexicon
from bot.text import content_stems, phrase_pattern

_LIST_CUE = re.compile(r"\b(?:include|includes|including|such as|like|e\.g\.,?|for example|namely)\s+", re.I)
_COPULA = re.compile(
    r"\s*,?\s*(?:is|are|was|were|counts? as|remains?)\s+(?:(?:an?|the|typically|usually|often|still)\s+)*", re.I
)


def listed_items(s: Sentence, cited: list[CitedPassage], ctx: Context) -> list[str]:
    """Items after "include", "such as", "like": each must be (mostly) in the cited passages."""
    stems = frozenset().union(*(p.stems for p in cited))
    out = []
    for m in _LIST_CUE.finditer(s.text):
        if in_spans(m.start(), s.scope_spans):
            continue
        tail = re.split(r"[.;()\[]|:\s", s.text[m.end() :], maxsplit=1)[0]
        for item in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as|along with)\s+", tail):
            words = content_stems(item)
            if words and len(words & stems) / len(words) < 0.5:
                out.append(f"'{item.strip()}' is not in {ctx.where}")
    return out


def membership(s: Sentence, cited: list[CitedPassage], ctx: Context) -> list[str]:
    """ "grade W2 roles include widget apprentice" where the documents list it under Grade W1 (whatever is cited)."""
    owners, items = _list_index(ctx.lex)
    if not owners:
        return []
    said_owners = _spans_of(s.text, owners)
    if not said_owners:
        return []
    out = []
    for item, start, end in _spans_of(s.text, items):
        owner = _owner_for(s.text, start, end, said_owners)
        if owner is None or in_spans(start, s.scope_spans):
            continue
        listed = items[item]
        if owner not in listed and any(_siblings(ctx.lex, owner, other) for other in listed):
            out.append(f"'{item}' is listed under {' / '.join(sorted(listed))}, not {owner}, in the documents")
    return out


@lru_cache(maxsize=8)
def _list_index(lex: Lexicon) -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """(spelling of an owner -> owner, item -> owners) for the lexicon's lists whose owner labels have siblings."""
    owners: dict[str, str] = {}
    items: dict[str, set[str]] = {}
    for owner, listed in lex.lists.items():
        if len(listed) < 2 or not lex.group_of(owner):
            continue
        for form in _owner_forms(owner):
            owners[form] = owner
        for item in listed:
            items.setdefault(item, set()).add(owner)
    return owners, {k: frozenset(v) for k, v in items.items()}


# The level nouns (bot.vocabulary.LEVEL_NOUNS) the guard reads as naming a list's owner ("apprentice roles"): a
# guard-specific subset, as it has always read them; "position", "title", "job" and "one(s)" alone name no owner here.
OWNER_NOUNS = ("roles", "role", "positions", "titles", "jobs")  # tests/test_vocabulary.py: all in LEVEL_NOUNS


def _owner_forms(owner: str) -> list[str]:
    """ "Apprentice-Level" is also said "apprentice-level", "apprentice level", "apprentice roles"."""
    forms = [owner]
    m = re.fullmatch(r"(\w+)[\s-]+level", owner, re.I)
    if m:
        forms += [f"{m.group(1)} {w}" for w in OWNER_NOUNS]
    return forms


def _spans_of(text: str, phrases: dict) -> list[tuple[str, int, int]]:
    """Phrases (keys of ``phrases``) found in ``text``, longest first, no overlaps -> (value or phrase, start, end)."""
    found: list[tuple[str, int, int]] = []
    for phrase in sorted(phrases, key=len, reverse=True):
        for m in re.finditer(phrase_pattern(phrase), text):
            if not any(m.start() < e and m.end() > b for _, b, e in found):
                value = phrases[phrase] if isinstance(phrases[phrase], str) else phrase
                found.append((value, m.start(), m.end()))
    return sorted(found, key=lambda f: f[1])


def _owner_for(text: str, pos: int, end: int, owners: list[tuple[str, int, int]]) -> str | None:
    """The owner an item at ``pos`` is said of: the nearest one before it in its clause, else one it is called
    ("Widget apprentice is a grade W2 role")."""
    lo = max([m.end() for m in re.finditer(r"[;.]|\bwhile\b|\bwhereas\b", text) if m.end() <= pos] + [0])
    nxt = re.search(r"[;.]|\bwhile\b|\bwhereas\b", text[pos:])
    hi = pos + nxt.start() if nxt else len(text)
    before = [o for o in owners if lo <= o[1] < pos]
    if before:
        return before[-1][0]
    after = [o for o in owners if pos < o[1] < hi and _COPULA.fullmatch(text[end : o[1]])]
    return after[0][0] if after else None


def _siblings(lex: Lexicon, a: str, b: str) -> bool:
    return bool(lex.group_of(a)) and lex.group_of(a) == lex.group_of(b)
