"""Follow-ups: rewrite the latest question into a standalone query using the conversation.

Owns turning ("What does Acme pay widget analysts?", "And Globex?")
into "What does Globex pay widget analysts?". First turns skip this.
Rule-based and instant, so it costs nothing on a CPU and behaves the same
for every engine: a follow-up that names something the lexicon knows (a
label such as a company or level, a role) or a capitalised name swaps it into
the previous standalone question for the same sort of thing (or adds it); a comparison
("How does that compare to Globex?", "Which of the two pays more?") names both
sides; any other short follow-up is read together with the previous
question. The history's user turns are folded in order, so chains of
follow-ups work.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.retrieval.lexicon import Entity, Lexicon
from bot.types import Turn
from bot.vocabulary import expand_shorthand

FOLLOW_UP_START = re.compile(
    r"^\s*(and|what about|how about|what of|same for|and for|and at|and in|and the|also|ok and|then)\b", re.I
)
# "At what annual growth rate?", "In which year?", "By how much?": a question that opens with a preposition and a
# question word continues the one before (it names no subject of its own).
FRAGMENT_START = re.compile(r"^\s*(?:at|in|by|for|from|to|on|with|since|until)\s+(?:what|which|how|when|whom)\b", re.I)
REFERRING = re.compile(
    r"\b(they|them|their|it|its|that|those|these|there|this one|that one|the two|both|either)\b", re.I
)
COMPARING = re.compile(
    r"\b(compare[sd]?|comparison|versus|vs\.?|difference|differ|the two|both|either|"
    r"which (?:one |of (?:them|the two) )?(?:pays?|earns?|is|offers?)|more|less|higher|lower)\b",
    re.I,
)
PREPOSITION = re.compile(r"\b(in|at|for|from|with)\s+(?:the\s+)?$", re.I)


def is_follow_up(question: str) -> bool:
    words = re.findall(r"\w+", question)
    if (FOLLOW_UP_START.search(question) or FRAGMENT_START.search(question)) and len(words) <= 12:
        return True
    return len(words) <= 4 or (len(words) <= 10 and bool(REFERRING.search(question)))


def _sort(e: Entity) -> tuple[str, str]:
    """What may stand in for what: labels of one heading (Acme, Globex), roles, other names."""
    return ("label", e.group) if e.kind == "label" else (e.kind, "")


def _find(text: str, lex: Lexicon) -> list[Entity]:
    return [e for e in lex.find(text) if e.kind != "name" or not e.known or e.name[:1].isupper() and len(e.name) > 2]


def _swap(previous: str, new: Entity, question: str, lex: Lexicon) -> str:
    name = question[new.start : new.end]
    prep = PREPOSITION.search(question[: new.start])
    found = _find(previous, lex)
    same = [e for e in found if _sort(e) == _sort(new)]
    if not same and new.kind == "name" and not prep:
        same = [e for e in found if e.kind == "label"]  # "And Initech?" after "What does Acme pay ...?"
    if same:
        target = same[0]
        return previous[: target.start] + name + previous[target.end :]
    roles = [e for e in found if e.kind == "role"]
    if new.kind == "label" and roles:  # "what about senior level?" -> "What do senior widget analysts earn?"
        level = re.sub(r"[\s-]+level$", "", name, flags=re.I).lower()
        return previous[: roles[0].start] + level + " " + previous[roles[0].start :]
    connector = prep.group(1).lower() if prep else ("for" if new.kind == "role" else "at")
    return previous.rstrip(" ?.") + f" {connector} {name}?"


def _compared(previous: str, question: str, seen: Sequence[Entity], lex: Lexicon) -> str | None:
    """For a comparison follow-up: the previous question about both sides, then the question itself."""
    if not COMPARING.search(question):
        return None
    asked = _find(question, lex)
    for old in _find(previous, lex):
        others = [e.name for e in asked if _sort(e) == _sort(old) and e.name != old.name]
        same = [e for e in asked if _sort(e) == _sort(old)]
        if not others and (not asked or (same and all(e.name == old.name for e in same))):
            # "Which of the two pays more?": the other side is the one named before
            earlier = [e.name for e in reversed(seen) if _sort(e) == _sort(old) and e.name != old.name]
            others = earlier[:1]
        if others:
            both = " and ".join([previous[old.start : old.end], *others])
            return f"{previous[: old.start]}{both}{previous[old.end :].rstrip()} {question}"
    return None


def rewrite(question: str, previous: str, seen: Sequence[Entity] = (), lexicon: Lexicon | None = None) -> str:
    """One step: ``question`` read in the light of the ``previous`` standalone question."""
    lex = lexicon if lexicon is not None else Lexicon()
    question = question.strip()
    if not previous or not is_follow_up(question):
        return question
    compared = _compared(previous, question, seen, lex)
    if compared:
        return compared
    entities = _find(question, lex)
    if not entities:
        return f"{previous.rstrip()} {question}"
    standalone = previous
    for entity in reversed(entities):  # right to left keeps earlier offsets valid in `question`
        standalone = _swap(standalone, entity, question, lex)
    return standalone


def condense(question: str, history: Sequence[Turn], lexicon: Lexicon | None = None) -> str:
    """The standalone query for ``question`` given ``history`` (which does not include it).

    ``lexicon``: the one ingest built (bot.retrieval.lexicon.load_lexicon);
    without it only capitalised names and job titles are recognised. Students' shorthand ("2nd yr", "NQ") is spelled
    out first, as the documents write it, and so are the short forms the documents define for a job ("SLPs")."""
    lex = lexicon if lexicon is not None else Lexicon()
    standalone = ""
    seen: list[Entity] = []  # everything the user has named, in order
    for turn in history:
        if turn.role == "user" and turn.content.strip():
            content = lex.spell_out(expand_shorthand(turn.content))
            standalone = rewrite(content, standalone, seen, lex)
            seen += _find(content, lex)
    return rewrite(lex.spell_out(expand_shorthand(question)), standalone, seen, lex)
