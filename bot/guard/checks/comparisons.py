"""Comparisons: "more", "less", "above", "the highest" said against the figures the passages give.

``than`` reads "more than", "slightly less than", "above", "outpays": each side is a figure written there or the
figure of the name written there, and the direction and degree must agree with them ("slightly": at most 10% apart),
also across clauses ("$123,456, slightly less than Globex's") and figure against figure or range ("$50,000, which
is above the range of $60,000 - $80,000"). ``bare`` reads a direction word with no "than" ("Acme pays more, $40,000
against Globex's $50,000") and drops one with nothing to check it by. ``superlative`` checks "Acme pays the most"
against every peer the passages name.

Example: with "- Acme: Median salary: $61,000" and "- Globex: Median salary: $66,500", "Acme pays more than Globex
[1]" is dropped ("comparison 'more than' disagrees with the figures (61,000 vs 66,500)").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.guard.checks.records import quotes_a_line
from bot.guard.passage import CLAUSE_SPLIT, Anchor, CitedLine, CitedPassage, Context, Sentence, lines_of, role_match
from bot.numbers import same_quantity
from bot.text import row_cells
from bot.vocabulary import PAY_VERBS

HIGHER = ("more", "higher", "greater", "larger", "bigger", "better")  # direction words of a comparison that say "above"
SLIGHT = 0.10  # "slightly more": at most 10% apart; "much more": more than that

COMPARATIVE = re.compile(
    r"\b(?P<deg>slightly|somewhat|a bit|marginally|a little|significantly|much|far|substantially|considerably|well)?\s*"
    r"(?P<dir>more|higher|greater|larger|bigger|better|less|lower|smaller|fewer|worse)\b(?:\s+\w+){0,5}?\s+than\b",
    re.I,
)
# A comparison said with a preposition or a verb instead of "than" ("$50,000, which is above Globex's $60,000"; "Acme
# outpays Globex"). Its other side must be a name with a figure: "above $150,000" is a bound, checked as a number.
_BEYOND = re.compile(
    r"\b(?P<deg>slightly|somewhat|a bit|marginally|a little|significantly|much|far|substantially|considerably|well)?\s*"
    r"(?P<dir>above|below|exceed(?:s|ed|ing)?|outpa(?:ys?|id|ying)|outearn(?:s|ed|ing)?)\b",
    re.I,
)
_BEYOND_UP = ("above", "exceed", "outpa", "outearn")
_POINTER = re.compile(r"\b(?:see|as|shown|listed|described|given|explained|noted|detailed|set out)\s*$", re.I)
# The guard's pay verbs: the field's (bot.vocabulary.PAY_VERBS) and "offer" ("Acme offers more"); a bare comparative
# is said with a finite one ("pays more", not "paying more").
_PAY_OR_OFFER = (*PAY_VERBS, "offer", "offers")
_FINITE_PAY = "|".join(v for v in _PAY_OR_OFFER if not v.endswith("ing"))
# A direction word with no "than" after it ("Acme pays more, $50,000 against ..."), after a pay verb.
_BARE_COMPARATIVE = re.compile(
    rf"\b(?:{_FINITE_PAY})\s+(?:\w+\s+){{0,4}}?(?P<dir>more|higher|better|less|lower|worse)\b(?!(?:\s+\w+){{0,5}}?\s+than\b)",
    re.I,
)
_PAYS_THE = re.compile(rf"\b(?:{'|'.join(_PAY_OR_OFFER)})\s+(?:[\w-]+\s+){{0,5}}?the\s*$", re.I)
# The words a superlative of pay is said with ("highest-paying", "top salary", "most lucrative"): guard-specific, not
# bot.vocabulary.PAY_WORDS (it adds "lucrative" and "average").
_SUPERLATIVE_OF = ("paying", "paid", "lucrative", "salary", "salaries", "average")
_SUPERLATIVE = re.compile(
    rf"\b(?P<dir>highest|lowest|best|top|most|least)(?:[- ](?:{'|'.join(_SUPERLATIVE_OF)}))?\b", re.I
)


# "less than 6 months' experience", "more than 70 musicians": a bound on a count after "than", not a figure compared
_COUNT_BOUND = re.compile(
    r"\s*(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s*(?:[-–]\s*\d+\s*)?"
    r"(?!thousand|million|billion|k\b|m\b|bn\b|grand\b|per\b|a\b|an\b)[a-z][a-z'’-]*",
    re.I,
)


def than(s: Sentence, cited: list[CitedPassage], ctx: Context) -> list[str]:
    """ "more than", "above", "outpays": the two sides' figures agree with the direction and the degree."""
    lines = lines_of(cited)
    reasons = []
    for m in [*COMPARATIVE.finditer(s.text), *_BEYOND.finditer(s.text)]:
        if _COUNT_BOUND.match(s.text, m.end()):
            continue  # "less than 6 months' experience": a bound on a count, no comparison of the figures
        if _POINTER.search(s.text[: m.start("dir")]) and not m.group("deg"):
            continue  # "degree (see below)", "as above": where the document says more, no comparison
        # "earn more at Acme than at Globex": the left side is named between the direction word and "than"
        inside = [a for a in s.anchors if m.start("dir") < a.start and a.end <= m.end()]
        left = _first_value(reversed(inside), lines)
        left = left if left is not None else _operand(s, lines, before=m.start())
        right = _operand(s, lines, after=m.end())
        higher = m.group("dir").lower() in HIGHER or m.group("dir").lower().startswith(_BEYOND_UP)
        if right is None and (bound := _figure_against_figure(s, m, higher)):
            reasons.append(bound)
            continue
        if left is None or right is None:
            continue
        gap = (left - right) / max(abs(right), 1e-9)
        wrong_dir = gap <= 0 if higher else gap >= 0
        deg = (m.group("deg") or "").lower()
        wrong_deg = (deg in ("slightly", "somewhat", "a bit", "marginally", "a little") and abs(gap) > SLIGHT) or (
            deg in ("significantly", "much", "far", "substantially", "considerably", "well") and abs(gap) <= SLIGHT
        )
        if wrong_dir or wrong_deg:
            reasons.append(_disagrees(m, left, right))
    return reasons


def _figure_against_figure(s: Sentence, m: re.Match[str], higher: bool) -> str | None:
    """ "$50,000 average, which is above the range of $20,000 - $40,000": a figure written before the direction
    word (in its clause, or the clause a "which" or "that" refers back to) against the figure or range written just
    after it. Plain arithmetic, whatever the passages say; a bound with no figure of its own before it ("some earn
    above $150,000") is left to the number checks."""
    kinds = ("money", "percent")
    after = [q for q in s.numbers if q.start >= m.end() and q.kind in kinds]
    if not after or after[0].start - m.end() > 40:
        return None
    low = high = after[0]
    if len(after) > 1 and re.fullmatch(r"\s*(?:-|–|—|to|and)\s*", s.text[after[0].end : after[1].start], re.I):
        high = after[1]
    lo = _clause_start(s.text, m.start())
    before = [q for q in s.numbers if lo <= q.start and q.end <= m.start() and q.kind in kinds]
    if not before and re.match(r"\s*(?:which|that)\b", s.text[lo : m.start()], re.I):
        before = [q for q in s.numbers if q.end <= lo and q.kind in kinds]
    if not before and not s.text[lo : m.start()].strip():  # "C$109,000, less than the C$104,000": the figure before
        before = [q for q in s.numbers if q.end <= lo and q.kind in kinds and s.text[q.end : lo].strip() == ","]
    if not before or before[-1].kind != low.kind:
        return None
    left = before[-1]
    if (left.value > high.value) if higher else (left.value < low.value):
        return None
    side = f"{low.text} - {high.text}" if high is not low else low.text
    return f"comparison '{m.group(0).strip()}' disagrees with the figures ({left.text} vs {side})"


def bare(s: Sentence, cited: list[CitedPassage], ctx: Context) -> list[str]:
    """ "Acme pays more, $40,000 against Globex's $50,000": a direction word with no "than", the name before it in
    its clause, and exactly one other name in the sentence: the figures of the two names must agree with it.
    With no other name ("Acme pays more, $40,000 [1]"), or with neither a name before it nor any figure ("Junior
    analysts earn more at entry level", where the cited passages do not say it in those words), the claim cannot be
    checked, so it is not shown."""
    lines = lines_of(cited)
    out = []
    for m in _BARE_COMPARATIVE.finditer(s.text):
        lo = max([c.end() for c in CLAUSE_SPLIT.finditer(s.text) if c.end() <= m.start()] + [0])
        before = [a for a in s.anchors if a.group == "name" and lo <= a.start and a.end <= m.start()]
        if not before:
            said = any(m.group(0).lower() in line.text.lower() for line in lines)  # the passage's own words
            if not said and not any(q.kind in ("money", "percent") for q in s.numbers):
                # "Junior UX researchers earn more at entry level [1][2]": neither a name nor a figure to check it by
                out.append(f"comparison '{m.group(0).strip()}' gives no figure to check it against")
            continue
        subject = before[-1]
        others = {a.key: a for a in s.anchors if a.group == "name" and a.key != subject.key}
        if not others:  # "Acme pays more [1]": more than whom? Nothing in the sentence to check it against
            out.append(f"comparison '{m.group(0).strip()}' names no other side to check it against")
            continue
        if len(others) != 1:
            continue
        left, right = _value_of(subject, lines), _value_of(next(iter(others.values())), lines)
        if left is None or right is None or left == right:
            continue
        higher = m.group("dir").lower() in HIGHER
        if (left < right) if higher else (left > right):
            out.append(_disagrees(m, left, right))
    return out


def _disagrees(m: re.Match[str], left: float, right: float) -> str:
    return f"comparison '{m.group(0).strip()}' disagrees with the figures ({left:,.0f} vs {right:,.0f})"


def superlative(s: Sentence, cited: list[CitedPassage], ctx: Context) -> list[str]:
    """ "Acme pays the most": the one name said holds the highest (lowest) figure among its peers. A claim about
    every peer the passages name, not only the ones it cites (a table's rows are often chunks of their own)."""
    lines = lines_of(ctx.passages)
    if re.search(r"\brange|upper|lower end|maximum|minimum\b", s.text, re.I) or quotes_a_line(s, cited):
        return []  # (a line of a cited passage as written: "Highest pay, modern cloud stacks" is the document's)
    out = []
    columns = _column_labels(lines)
    money = [q for q in s.numbers if q.kind == "money"]
    if money and any(
        row_cells(line.text) and any(same_quantity(q, n) for q in money for n in line.numbers) for line in lines
    ):
        return []  # a table row's figure called the highest: ranked by its own column (checks/records.py ``ranks``)
    for m in _SUPERLATIVE.finditer(s.text):
        if s.text[m.start() :].lower().startswith(columns):
            continue  # "Lowest point: €35,900" quotes a column's label, and claims no superlative
        word = m.group("dir").lower()
        bare_word = word in ("top", "best", "most", "least") and m.group(0).lower() == word
        if bare_word and not _PAYS_THE.search(s.text[: m.start()]):
            continue  # "most important" is no claim about pay; "pays ... the most" is
        names = [a for a in s.anchors if a.group == "name"]
        if len(names) != 1:
            continue
        subject = names[0]
        value = _value_of(subject, lines)
        peers = _peer_values(subject, lines)
        if value is None or len(peers) < 2:
            continue
        best = max(peers) if word in ("highest", "best", "top", "most") else min(peers)
        if value != best:
            said = s.text[subject.start : subject.end]
            out.append(f"'{m.group(0)}' does not hold for {said} ({value:,.0f}; the passages give {best:,.0f})")
    return out


def _column_labels(lines: list[CitedLine]) -> tuple[str, ...]:
    """The column labels of the table rows in the passages, lower-case ("lowest point", "highest step")."""
    return tuple({header.lower() for line in lines for header, _ in row_cells(line.text) or ()})


# --- the figure of a side ---------------------------------------------------------


def _operand(s: Sentence, lines: list[CitedLine], before: int | None = None, after: int | None = None) -> float | None:
    """The figure on one side of a comparison: a number written there, or the figure of the name written there."""
    if before is not None:
        lo = _clause_start(s.text, before)
        nums = [q for q in s.numbers if lo <= q.start and q.end <= before and q.kind in ("money", "percent")]
        names = [a for a in s.anchors if lo <= a.start and a.end <= before]
        # "Acme's average is $123,456, slightly less than Globex's": the side is the clause before
        if not nums and not names:
            nums = [q for q in s.numbers if q.end <= before and q.kind in ("money", "percent")]
            names = [a for a in s.anchors if a.end <= before and a.group == "name"]
        if nums and (not names or nums[-1].start > names[-1].start):
            return nums[-1].value
        # the nearest name that has a figure: "Acme pays widget analysts more": Acme, not the job between;
        # "At Acme, widget analysts earn more": before the clause when the clause has none
        earlier = [a for a in s.anchors if a.end <= lo]
        return _first_value([*reversed(names), *reversed(earlier)], lines)
    assert after is not None
    first_num = next((q for q in s.numbers if q.start >= after and q.kind in ("money", "percent")), None)
    near = [a for a in s.anchors if after <= a.start <= after + 60 and (first_num is None or a.start < first_num.start)]
    # "less than widget analysts at Globex": the first name after it that has a figure; none (None) when a
    # number comes first: "more than $150,000" is a bound, checked as a number
    return _first_value(near, lines)


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts (a parenthesis opened after a comma stays in the clause before)."""
    ends = [c.end() for c in CLAUSE_SPLIT.finditer(text) if c.end() <= pos and not re.match(r"\s*\(", text[c.end() :])]
    return max(ends + [0])


def _first_value(anchors: Iterable[Anchor], lines: list[CitedLine]) -> float | None:
    """The figure of the first of ``anchors`` that has one."""
    return next((v for v in (_value_of(a, lines) for a in anchors) if v is not None), None)


def _value_of(anchor: Anchor, lines: list[CitedLine]) -> float | None:
    """The first money figure of a line about ``anchor`` (a name's own line; a role's line that names nobody)."""
    for line in lines:
        money = [n for n in line.numbers if n.kind == "money"]
        if not money:
            continue
        if anchor.group == "name" and anchor.key in line.names:
            return money[0].value
        if anchor.group == "role" and role_match(anchor.key, line.roles) and not line.names:
            return money[0].value
    return None


def _peer_values(subject: Anchor, lines: list[CitedLine]) -> list[float]:
    """The first money figure of every named line under the subject's heading."""
    home = next((line.heading for line in lines if subject.key in line.names), None)
    vals = []
    for line in lines:
        if line.heading != home or not line.names:
            continue
        money = [n for n in line.numbers if n.kind == "money"]
        if money:
            vals.append(money[0].value)
    return vals
