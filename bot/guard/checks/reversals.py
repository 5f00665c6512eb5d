"""Reversals: a claim that says the opposite of the cited line closest to it.

``direction`` catches "pay less" (a comparison with no "than") where that line says "higher"; ``reversal`` a word
whose opposite stands in that line without the word itself (recommend/avoid, increase/decrease, edge/central, ...;
the words a claim sets itself against, "rather than ...", do not count); ``negation`` a "not" or "never" that line
does not have. The opposites are language, not facts of a document.

Example: with "- Disclosure: Analysts should always disclose the tools they use.", "Analysts avoid disclosing the
tools they use [1]" is dropped ("'avoid' reverses [1], which says 'should'").
"""

from __future__ import annotations

import re

from bot.guard.checks.comparisons import COMPARATIVE
from bot.guard.passage import CitedPassage, Context, Sentence, closest_line
from bot.text import content_stems, row_cells

# Opposites (language): a unit that uses one where its passage's closest line uses the other reverses the claim.
_OPPOSITES: tuple[tuple[str, str], ...] = (
    (
        r"recommend\w*|advis\w*|encourag\w*|always|should|must|best practice",
        r"avoid\w*|discourag\w*|never|should not|shouldn't|must not",
    ),
    (
        r"increas\w*|ris(?:e|es|ing)|grow\w*|expand\w*|more|higher",
        r"decreas\w*|fall\w*|declin\w*|shrink\w*|drop\w*|fewer|lower",
    ),
    (r"edge", r"central\w*|cloud|centralis\w*|centraliz\w*"),
    (r"reduc\w*|cut\w*|lower\w*", r"increas\w*|rais\w*|add\w*"),
    (r"global\w*|worldwide", r"local\w*|regional\w*|domestic"),
    (r"fair|unbiased", r"unfair|biased"),
    (r"transparen\w*|disclos\w*", r"hid\w*|conceal\w*|secre\w*"),
    (r"strong\w*|significant\w*|high", r"weak\w*|insignificant\w*|low"),
    (r"requir\w*|essential|necessary", r"optional|unnecessary|not required"),
    (r"shortage|crunch|deficit|gap", r"surplus|glut|oversuppl\w*"),
    (r"public", r"private"),
    (r"online", r"offline"),
    (r"real-time", r"batch"),
    (r"overfitting", r"underfitting"),
)
_NEGATION = re.compile(r"\b(?:not|no|never|none|cannot|neither|nor|without)\b|n't\b", re.I)
_UP = re.compile(r"\b(?:more|higher|greater|larger|bigger)\b", re.I)
_DOWN = re.compile(r"\b(?:less|lower|fewer|smaller)\b", re.I)
_CONTRAST = re.compile(r"\b(?:rather than|instead of|as opposed to|not|unlike)\b.*$", re.I)


def direction(s: Sentence, cited: list[CitedPassage], ctx: Context) -> list[str]:
    """ "pay less" where the passage's closest line says "higher" (comparisons without "than")."""
    own = _directions(COMPARATIVE.sub(" ", s.text))
    if not own:
        return []
    best = closest_line(content_stems(s.text), cited)
    # a table row compares nothing: its "lower quartile" is a column's name, not a direction
    theirs = _directions(best.text) if best and not row_cells(best.text) else set()
    if theirs and not own & theirs:
        return [f"says '{'/'.join(sorted(own))}' where {ctx.where} says '{'/'.join(sorted(theirs))}'"]
    return []


def _directions(text: str) -> set[str]:
    return ({"up"} if _UP.search(text) else set()) | ({"down"} if _DOWN.search(text) else set())


def reversal(s: Sentence, cited: list[CitedPassage], ctx: Context) -> list[str]:
    """A word whose opposite stands in the passage's closest line, without the word itself."""
    own = _claim_part(s.text)
    words = content_stems(own)
    best = closest_line(words, cited)
    if best is None or len(words & content_stems(best.text)) < 2:
        return []
    theirs = _claim_part(best.text)
    labels = [e for e in ctx.lex.find(own, unknown=False) if e.kind == "label"]
    # "Edge Widgets" names a topic; its "edge" is no claim
    plain = "".join(" " if any(e.start <= i < e.end for e in labels) else ch for i, ch in enumerate(own))
    for a, b in _OPPOSITES:
        for mine, other in ((a, b), (b, a)):
            m = re.search(rf"\b(?:{mine})\b", own, re.I)
            if (
                m
                and re.search(rf"\b(?:{other})\b", theirs, re.I)
                and not re.search(rf"\b(?:{mine})\b", theirs, re.I)
                and not re.search(rf"\b(?:{other})\b", plain, re.I)
            ):
                said = re.search(rf"(?:{other})", theirs, re.I).group(0)
                return [f"'{m.group(0)}' reverses {ctx.where}, which says '{said}'"]
    return []


def _claim_part(text: str) -> str:
    """The text without what it sets itself against ("at the edge rather than on central servers" -> "at the edge")."""
    return _CONTRAST.sub(" ", text)


def negation(s: Sentence, cited: list[CitedPassage], ctx: Context) -> list[str]:
    """A "not", "no" or "never" the passage's closest line does not have."""
    neg = _NEGATION.search(s.text)
    if not neg:
        return []
    best = closest_line(content_stems(s.text), cited)
    if best is None or _NEGATION.search(best.text):
        return []
    return [f"negation '{neg.group(0)}' is not in {ctx.where}"]
