"""What the guard's checks read: a cited passage cut into lines, and a unit of the answer prepared for checking.

Owns ``CitedPassage`` and ``CitedLine`` (each line with its heading, its label, its figures, the names and roles it is
about), ``Sentence`` (a unit's plain text, figures, named things and scope clauses), ``Anchor`` (a name or role
found in a text), and ``Context`` (what every check is given besides the sentence and its passages).

A scope clause says what the guide does not cover or hands the user over to a person ("The guide does not cover
Freedonia", "please talk to a careers adviser", "Initech is not among the companies listed"); the checks leave it
alone. Names and roles come from the lexicon built at ingest (bot/retrieval/lexicon.py).

Shortcuts: regular expressions, not a parser; a passage is cut into lines by the one passage parser (bot/lines.py,
``parse(..., as_written=True)``), its first line read as its section path when it looks like one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from bot.lines import Line, parse
from bot.numbers import Quantity, parse_numbers
from bot.retrieval.lexicon import Lexicon, role_key
from bot.text import BULLET, CITATION, HEADING, Unit, content_stems, line_label, row_cells

CLAUSE_SPLIT = re.compile(
    r"[;:]|,(?!\d)|\s(?:while|whereas|but|however|although|compared (?:to|with)|versus|vs\.?)\s", re.I
)

_SCOPE_SUBJECT = re.compile(
    r"\b(guides?|documents?|passages?|sources?|context|corpus|materials?|text|data I have|I)\b", re.I
)
_SCOPE_CUE = re.compile(
    r"\b(?:does not|doesn't|do not|don't|did not|cannot|can't|can not|is not|isn't|are not|aren't|has no|have no"
    r"|contains? no|gives? no|provides? no|lists? no|offers? no|includes? no|only"
    r"|no (?:specific |detailed |salary )?(?:information|data|figures?|details|numbers|mention)"
    r"|not (?:covered|mentioned|included|available|listed|specified|provided|stated|given)|outside|beyond|unable)\b",
    re.I,
)
_HANDOFF = re.compile(r"advis[eo]r|careers? (?:service|office|team|centre|center)|https?://|counsell?or", re.I)
_NOT_COVERED = re.compile(r"\bnot (?:covered|mentioned|included|available)\b", re.I)
_SCOPE_END = re.compile(
    r",\s*(?:but|however|though|although|yet|whereas|while|so|instead)\b|,\s*(?:for|in) the (?:US|United States)\b"
    r"|, where\b",
    re.I,
)
_NEGATED_CLAUSE = re.compile(r"\b(?:not|no|never|none|isn't|aren't|doesn't|don't|lacks?|without|neither|nor)\b", re.I)


@dataclass(frozen=True)
class CitedLine:
    """One line of a passage with its heading (the section it sits under) and its label ("Acme" in "- Acme: ...")."""

    text: str
    heading: str
    label: str
    numbers: tuple[Quantity, ...]
    names: frozenset[str] = frozenset()  # labels the line is about (its label, else the labels in it)
    roles: tuple[frozenset[str], ...] = ()  # role keys of its heading and text


@dataclass
class CitedPassage:
    """Passage [n] as the checks read it: its text, its lines, and the content-word stems of the whole (the
    retrieved passage itself is bot.types.Passage; the model's lines are bot.lines)."""

    n: int
    text: str
    lines: list[CitedLine]
    stems: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Anchor:
    """A name or a role found in a text, with where it stands."""

    group: str  # "name" (a label of the documents: company, level, market) or "role"
    key: object  # a label's lower-case spelling, or a role's key (frozenset of stems)
    start: int
    end: int


@dataclass
class Sentence:
    """A unit prepared for checking: its plain text, its figures and its named things."""

    raw: str
    text: str
    numbers: list[Quantity]
    anchors: list[Anchor]
    scope_spans: list[tuple[int, int]]


@dataclass(frozen=True)
class Context:
    """What a check knows besides the sentence and its cited passages."""

    lex: Lexicon  # the lexicon: which names, roles, lists and figures the corpus has
    passages: list[CitedPassage]  # every passage of the answer, cited or not
    where: str  # how a reason names the cited passages: "[2]", "[1], [3]", "the passages"
    answer: str = ""  # the whole answer the unit is part of (a comparison's other rows are named there)


# --- passages ---------------------------------------------------------------


def parse_passages(passages: Sequence[str], lex: Lexicon) -> list[CitedPassage]:
    """``passages[i]`` as passage [i+1]."""
    return [parse_passage(i + 1, p, lex) for i, p in enumerate(passages)]


def _looks_like_heading(line: str) -> bool:
    s = line.strip()
    if HEADING.match(s) or " > " in s:
        return True
    return 0 < len(s) <= 90 and not BULLET.match(s) and s[-1] not in ".:!?;," and len(s.split()) <= 12


@lru_cache(maxsize=512)
def parse_passage(n: int, text: str, lex: Lexicon) -> CitedPassage:
    """Passage [n] in lines: its first line is its section path when it looks like one; every other line is read whole
    by the one passage parser (``bot.lines.parse``, as written), and keeps the heading it sits under, its label, its
    figures, and the names and roles it is about."""
    first, newline, rest = text.partition("\n")
    written = first.strip()
    if newline and written and not HEADING.match(written) and _looks_like_heading(written):
        section = written.lstrip("# ")
        head = [_heading(written, section, lex)]
    else:
        head, section, rest = [], "", text
    lines = head + [_cited(line, lex) for line in parse(rest, section, sentences=False, as_written=True)]
    return CitedPassage(n, text, lines, content_stems(text))


def _heading(text: str, path: str, lex: Lexicon) -> CitedLine:
    return CitedLine(text, path, "", tuple(parse_numbers(text)), frozenset(), roles_in(path, lex))


def _cited(line: Line, lex: Lexicon) -> CitedLine:
    """A parsed line as the checks read it: its label ("Acme" in "Acme: ..."), figures, names and roles."""
    if line.kind == "heading":
        return _heading(line.text, line.section, lex)
    body, heading = line.text, line.section
    label = line_label(body)
    about = body if row_cells(body) or not label else label
    names = frozenset(a.key for a in anchors(about, lex) if a.group == "name")
    names |= {canonical(label)} if label and lex.group_of(label) else frozenset()
    roles = roles_in(heading + " ; " + body, lex)
    return CitedLine(body, heading, label, tuple(parse_numbers(body)), names, roles)


def roles_in(text: str, lex: Lexicon) -> tuple[frozenset[str], ...]:
    return tuple(dict.fromkeys(a.key for a in anchors(text, lex) if a.group == "role"))


def role_match(key: frozenset[str], keys: Sequence[frozenset[str]]) -> bool:
    """One role key is the other's, or one holds the other ("analyst" and "data analyst")."""
    return any(key <= k or k <= key for k in keys if k)


def lines_of(passages: Sequence[CitedPassage]) -> list[CitedLine]:
    return [line for p in passages for line in p.lines]


def closest_line(words: frozenset[str], cited: Sequence[CitedPassage]) -> CitedLine | None:
    """The cited line sharing the most of ``words`` (the first of a tie); None with no lines."""
    return max(lines_of(cited), key=lambda line: len(words & content_stems(line.text)), default=None)


# --- names and roles in a text ----------------------------------------------


@lru_cache(maxsize=4096)
def anchors(text: str, lex: Lexicon) -> tuple[Anchor, ...]:
    out = []
    for e in lex.find(without_money(text), unknown=False):
        if e.kind == "label":
            out.append(Anchor("name", canonical(e.name), e.start, e.end))
        elif e.kind == "role":
            out.append(Anchor("role", role_key(e.name), e.start, e.end))
    return tuple(out)


def without_money(text: str) -> str:
    """``text`` with each amount blanked, offsets kept: an amount is no part of a name ("Johor Bahru RM 9,400": the
    name is Johor Bahru, "RM" the ringgit)."""
    for q in parse_numbers(text):
        if q.kind == "money":
            text = text[: q.start] + " " * (q.end - q.start) + text[q.end :]
    return text


def canonical(label: str) -> str:
    """ "Apprentice-level" and "apprentice level" are one label."""
    return re.sub(r"[\s-]+level$", "", re.sub(r"[\s-]+", " ", label.lower()).strip())


# --- a unit of the answer -----------------------------------------------------


def prepare(unit: Unit, lex: Lexicon) -> Sentence:
    """A unit as the checks read it: markers, bullets and markdown emphasis gone, a table row read by its cells."""
    text = unit.context or unit.text
    text = CITATION.sub(" ", text)
    text = BULLET.sub("", text.strip())
    text = re.sub(r"[*_`]+", "", text).replace("|", " ; ")
    text = re.sub(r"[ \t]+", " ", text).strip()
    numbers = parse_numbers(text)
    return Sentence(unit.text, text, numbers, list(anchors(text, lex)), _scope_spans(text, lex))


def _scope_spans(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Clauses that say what the guide does not cover, or hand the user over to a person; also a negated clause
    about a name the documents never mention ("Initech is not among the companies listed")."""
    spans = []
    pieces = [(m.start(), m.end()) for m in re.finditer(r"[^;:]+|[;:]", text)]
    for a, b in pieces:
        clause = text[a:b]
        if _says_scope(clause) or (_NEGATED_CLAUSE.search(clause) and _names_unknown(clause, lex)):
            spans.append(_extend_to_comma(text, a, b))
    return spans


def _says_scope(clause: str) -> bool:
    """A hand-off, or "the guide does not cover ...", or "... is not covered"."""
    said_of_guide = _SCOPE_CUE.search(clause) and _SCOPE_SUBJECT.search(clause)
    return bool(_HANDOFF.search(clause) or said_of_guide or _NOT_COVERED.search(clause))


def _names_unknown(clause: str, lex: Lexicon) -> bool:
    """A name or role the documents never mention (a sentence's one capitalised first word is no name)."""
    return any(not e.known and (e.start > 0 or " " in e.name) for e in lex.find(clause) if e.kind in ("name", "role"))


def _extend_to_comma(text: str, a: int, b: int) -> tuple[int, int]:
    """A scope clause ends at ", but" / "; " — keep the following "but for the US it gives ..." checkable."""
    m = _SCOPE_END.search(text[a:b])
    return (a, a + m.start()) if m else (a, b)


def in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def outside_scope(s: Sentence) -> Sentence:
    """The sentence with its scope clauses blanked out (their figures and names dropped)."""
    keep = "".join(ch if not in_spans(i, s.scope_spans) else " " for i, ch in enumerate(s.text))
    return Sentence(s.raw, keep, [], [], [])
