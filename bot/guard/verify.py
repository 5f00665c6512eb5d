"""The faithfulness verifier and the runtime guard: the checks, as pure functions over plain values, no model.

Owns ``verify`` (one verdict per unit of an answer) and ``guard`` (the answer
with unsupported units dropped). A unit (sentence, bullet, table row: bot/text.py)
is checked against the passages it cites with [n] markers, or against all
passages when it cites none:

1. numbers: every money amount, percentage, year and range is in a cited
   passage, normalised (bot/numbers.py), with its unit; a number said of a
   label ("Acme", "Grade W3") or a role stands with it in the passage's line;
2. entities: names, places, job titles and sources are in the cited passages
   ("invented" when the corpus never names them);
3. statistic kind: average / median / range / top 10% / bottom 10% match the line;
4. comparisons: "more than", "highest", "slightly less" agree with the figures,
   also across clauses ("$123,456, slightly less than Globex's");
5. lists: an item the documents list under one label or heading ("Grade W1:
   Widget Apprentice") is not attributed to another;
6. reversal: a claim whose word is the opposite of its passage's (recommend/avoid,
   increase/decrease, edge/central, ...), and a "not" the passage does not have;
7. support: the share of the unit's content words found in its best passage.

Scope and hand-off clauses ("The guide does not cover Freedonia; for Ruritania in
2031 it gives ...", "Initech is not among the companies listed") are checked
only outside their "not covered" part. Knowledge of names, roles and lists comes
from the lexicon built at ingest (bot/retrieval/lexicon.py); the word lists here are
language only (statistics, comparison, negation, opposites).

Shortcuts: regular expressions, not a parser; thresholds tuned on the judge
suite's dev split (``python -m eval judge --split dev``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from bot.retrieval.lexicon import Lexicon, lexicon_of, role_key
from bot.numbers import Quantity, parse_numbers, same_quantity
from bot.text import BULLET as _BULLET
from bot.text import CITATION as _CITE
from bot.text import HEADING as _HEADING
from bot.text import Unit as _Unit
from bot.text import citation_numbers, content_stems, fold_spaces, line_label, mentions, row_cells, split_units
from bot.text import units as _units
from bot.types import Removed

SUPPORT_THRESHOLD = 0.5  # content-word precision below which a sentence is unsupported (dev: 0.40-0.55 all error-free; middle taken)
HIGHER = ("more", "higher", "greater", "larger", "bigger", "better")  # direction words of a comparison that say "above"
SLIGHT = 0.10  # "slightly more": at most 10% apart; "much more": more than that

# ---------------------------------------------------------------------------
# vocabularies
# ---------------------------------------------------------------------------

_STAT_WORDS: tuple[tuple[str, str], ...] = (
    (r"\btop\s+10\s*(?:%|percent)|\btop\s+(?:earners|decile)|\b90th\s+percentile", "top"),
    (r"\bbottom\s+10\s*(?:%|percent)|\bbottom\s+(?:earners|decile)|\blowest[- ]paid\s+10|\b10th\s+percentile", "bottom"),
    (r"\bmedian\b", "median"),
    (r"\baverage\b|\bmean\b|\bavg\b|\bon average\b", "average"),
    (r"\brange[sd]?\b|\branging\b", "range"),
)
_SCOPE_SUBJECT = re.compile(r"\b(guide|document|passages?|sources?|context|corpus|materials?|text|data I have|I)\b", re.I)
_SCOPE_CUE = re.compile(
    r"\b(?:does not|doesn't|do not|don't|did not|cannot|can't|can not|is not|isn't|are not|aren't|has no|have no|contains? no|gives? no"
    r"|provides? no|lists? no|offers? no|includes? no|only|no (?:specific |detailed |salary )?(?:information|data|figures?|details|numbers|mention)"
    r"|not (?:covered|mentioned|included|available|listed|specified|provided|stated|given)|outside|beyond|unable)\b",
    re.I,
)
_HANDOFF = re.compile(r"advis[eo]r|careers? (?:service|office|team|centre|center)|https?://|counsell?or", re.I)
_NEGATION = re.compile(r"\b(?:not|no|never|none|cannot|neither|nor|without)\b|n't\b", re.I)
_COMPARATIVE = re.compile(
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
# A direction word with no "than" after it ("Acme pays more, $50,000 against ..."), after a pay verb.
_BARE_COMPARATIVE = re.compile(
    r"\b(?:pay|pays|paid|earn|earns|offer|offers|make|makes)\s+(?:\w+\s+){0,4}?(?P<dir>more|higher|better|less|lower|worse)\b(?!(?:\s+\w+){0,5}?\s+than\b)",
    re.I,
)
_PAYS_THE = re.compile(r"\b(?:pay|pays|paying|paid|earn|earns|earning|offer|offers|make|makes)\s+(?:[\w-]+\s+){0,5}?the\s*$", re.I)
_SUPERLATIVE = re.compile(r"\b(?P<dir>highest|lowest|best|top|most|least)(?:[- ](?:paying|paid|lucrative|salary|salaries|average))?\b", re.I)
_CLAUSE_SPLIT = re.compile(r"[;:]|,(?!\d)|\s(?:while|whereas|but|however|although|compared (?:to|with)|versus|vs\.?)\s", re.I)

# Opposites (language): a unit that uses one where its passage's closest line uses the other reverses the claim.
_OPPOSITES: tuple[tuple[str, str], ...] = (
    (r"recommend\w*|advis\w*|encourag\w*|always|should|must|best practice", r"avoid\w*|discourag\w*|never|should not|shouldn't|must not"),
    (r"increas\w*|ris(?:e|es|ing)|grow\w*|expand\w*|more|higher", r"decreas\w*|fall\w*|declin\w*|shrink\w*|drop\w*|fewer|lower"),
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
_NEGATED_CLAUSE = re.compile(r"\b(?:not|no|never|none|isn't|aren't|doesn't|don't|lacks?|without|neither|nor)\b", re.I)

# ---------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    """One sentence (or bullet, or table row) of an answer and whether its passages support it."""

    sentence: str
    cites: tuple[int, ...]
    supported: bool
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class GuardResult:
    """The answer with unsupported sentences dropped; ``gutted`` asks the caller to fall back."""

    text: str
    removed: list[Removed]
    verdicts: list[Verdict]
    gutted: bool


@dataclass(frozen=True)
class _Line:
    """One line of a passage with its heading (the section it sits under) and its label ("Acme" in "- Acme: ...")."""

    text: str
    heading: str
    label: str
    numbers: tuple[Quantity, ...]
    names: frozenset[str] = frozenset()  # labels the line is about (its label, else the labels in it)
    roles: tuple[frozenset[str], ...] = ()  # role keys of its heading and text


@dataclass
class _Passage:
    n: int
    text: str
    lines: list[_Line]
    stems: frozenset[str] = field(default_factory=frozenset)


def split_sentences(text: str) -> list[str]:
    """The answer's units: sentences; each markdown bullet and table row is a unit of its own."""
    return split_units(text)


# ---------------------------------------------------------------------------
# passages
# ---------------------------------------------------------------------------


def _looks_like_heading(line: str) -> bool:
    s = line.strip()
    if _HEADING.match(s) or " > " in s:
        return True
    return 0 < len(s) <= 90 and not _BULLET.match(s) and s[-1] not in ".:!?;," and len(s.split()) <= 12


@lru_cache(maxsize=512)
def _parse_passage(n: int, text: str, lex: Lexicon) -> _Passage:
    lines: list[_Line] = []
    heading = ""
    raw_lines = text.split("\n")
    for i, raw in enumerate(raw_lines):
        s = raw.strip()
        if not s:
            continue
        if _HEADING.match(s) or (i == 0 and _looks_like_heading(s) and len(raw_lines) > 1):
            heading = (heading + " > " if _HEADING.match(s) and heading else "") + s.lstrip("# ")
            lines.append(_Line(s, heading, "", tuple(parse_numbers(s)), frozenset(), _roles_in(heading, lex)))
            continue
        body = _BULLET.sub("", s)
        label = line_label(body)
        names = frozenset(a.key for a in _anchors(body if row_cells(body) or not label else label, lex) if a.group == "name")
        names |= {_canonical(label)} if label and lex.group_of(label) else frozenset()
        lines.append(_Line(body, heading, label, tuple(parse_numbers(body)), names, _roles_in(heading + " ; " + body, lex)))
    return _Passage(n, text, lines, content_stems(text))


def _roles_in(text: str, lex: Lexicon) -> tuple[frozenset[str], ...]:
    return tuple(dict.fromkeys(a.key for a in _anchors(text, lex) if a.group == "role"))


def _role_match(key: frozenset[str], keys: Sequence[frozenset[str]]) -> bool:
    return any(key <= k or k <= key for k in keys if k)


_content_stems = content_stems
_mentions = mentions


# ---------------------------------------------------------------------------
# the checks
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Anchor:
    group: str  # "name" (a label of the documents: company, level, market) or "role"
    key: object  # a label's lower-case spelling, or a role's key (frozenset of stems)
    start: int
    end: int


@lru_cache(maxsize=4096)
def _anchors(text: str, lex: Lexicon) -> tuple[_Anchor, ...]:
    out = []
    for e in lex.find(text, unknown=False):
        if e.kind == "label":
            out.append(_Anchor("name", _canonical(e.name), e.start, e.end))
        elif e.kind == "role":
            out.append(_Anchor("role", role_key(e.name), e.start, e.end))
    return tuple(out)


def _canonical(label: str) -> str:
    """ "Apprentice-level" and "apprentice level" are one label."""
    return re.sub(r"[\s-]+level$", "", re.sub(r"[\s-]+", " ", label.lower()).strip())


def _line_names(line: _Line) -> frozenset[str]:
    return line.names


def _clause_bounds(text: str, pos: int) -> tuple[int, int]:
    start, end = 0, len(text)
    for m in _CLAUSE_SPLIT.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def _anchor_for(text: str, q: Quantity, anchors: list[_Anchor], group: str, numbers: Sequence[Quantity] = ()) -> _Anchor | None:
    """The name of ``group`` the number is said of.

    As many names as figures ("Acme and Globex pay $123,456 and $98,765",
    "$87,654 at junior level to $109,876 at senior level"): paired in order.
    Otherwise the nearest name in the number's clause, else the nearest before it.
    """
    cands = [a for a in anchors if a.group == group]
    figures = [n for n in numbers if n.kind == q.kind and not _inside_stat_phrase(text, n)]
    if len(cands) >= 2 and len(cands) == len(figures) and any(n.start == q.start for n in figures):
        return cands[[n.start for n in figures].index(q.start)]
    lo, hi = _clause_bounds(text, q.start)
    inside = [a for a in cands if a.start >= lo and a.end <= hi and _nearest_figure(a, figures or [q]).start == q.start]
    if inside:
        return min(inside, key=lambda a: max(a.start - q.end, q.start - a.end, 0))
    before = [a for a in cands if a.end <= q.start]
    return before[-1] if before else None


def _nearest_figure(a: _Anchor, figures: Sequence[Quantity]) -> Quantity:
    return min(figures, key=lambda n: max(n.start - a.end, a.start - n.end, 0))


def _stat_of(text: str, q: Quantity, numbers: Sequence[Quantity]) -> set[str]:
    """Statistic words ("median", "top 10%") said of ``q``: those nearer to it than to any other figure."""
    out: set[str] = set()
    money = [n for n in numbers if n.kind in ("money", "count") and not _inside_stat_phrase(text, n)]
    for pattern, stat in _STAT_WORDS:
        for m in re.finditer(pattern, text, re.I):
            if not money:
                continue
            nearest = min(money, key=lambda n: max(n.start - m.end(), m.start() - n.end, 0))
            if nearest.start == q.start:
                out.add(stat)
    return out


_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|and)\s*$", re.I)


def _in_range(text: str, q: Quantity, numbers: Sequence[Quantity]) -> bool:
    """Whether ``q`` is one end of a range written in ``text`` ("£66,000 to £80,000")."""
    for other in numbers:
        if other.start == q.start:
            continue
        between = text[min(q.end, other.end):max(q.start, other.start)]
        if _RANGE_JOIN.match(between):
            return True
    return False


def _stat_phrase(text: str, q: Quantity) -> str:
    """ "top 10%" for the 10% of "the top 10% earn"."""
    word = re.search(r"(top|bottom)\s*$", text[max(0, q.start - 10):q.start], re.I)
    return f"{word.group(1) if word else ''} {q.value:g}%".strip()


def _inside_stat_phrase(text: str, q: Quantity) -> bool:
    return q.kind == "percent" and re.search(r"\b(?:top|bottom)\s*$", text[max(0, q.start - 10):q.start], re.I) is not None


def _line_stats(line: _Line, q: Quantity) -> set[str]:
    stats = {stat for pattern, stat in _STAT_WORDS if line.label and re.search(pattern, line.label, re.I)}
    return stats | _stat_of(line.text, q, line.numbers)


def _stat_ok(said: set[str], line_stats: set[str]) -> bool:
    if not said or not line_stats:
        return True
    return bool(said & line_stats) or ("range" in line_stats and said <= {"average", "range"} and "average" in line_stats)


@dataclass
class _Sentence:
    """A unit prepared for checking: its plain text, its figures and its named things."""

    raw: str
    text: str
    numbers: list[Quantity]
    anchors: list[_Anchor]
    scope_spans: list[tuple[int, int]]


def _prepare(unit: _Unit, lex: Lexicon) -> _Sentence:
    text = unit.context or unit.text
    text = _CITE.sub(" ", text)
    text = _BULLET.sub("", text.strip())
    text = re.sub(r"[*_`]+", "", text).replace("|", " ; ")
    text = re.sub(r"[ \t]+", " ", text).strip()
    numbers = parse_numbers(text)
    return _Sentence(unit.text, text, numbers, list(_anchors(text, lex)), _scope_spans(text, lex))


def _scope_spans(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Clauses that say what the guide does not cover, or hand the user over to a person; also a negated clause
    about a name the documents never mention ("Initech is not among the companies listed")."""
    spans = []
    pieces = [(m.start(), m.end()) for m in re.finditer(r"[^;:]+|[;:]", text)]
    for a, b in pieces:
        clause = text[a:b]
        if _HANDOFF.search(clause) or (_SCOPE_CUE.search(clause) and _SCOPE_SUBJECT.search(clause)) or re.search(r"\bnot (?:covered|mentioned|included|available)\b", clause, re.I):
            spans.append(_extend_to_comma(text, a, b))
        elif _NEGATED_CLAUSE.search(clause) and any(not e.known and (e.start > 0 or " " in e.name) for e in lex.find(clause) if e.kind in ("name", "role")):
            spans.append(_extend_to_comma(text, a, b))
    return spans


def _extend_to_comma(text: str, a: int, b: int) -> tuple[int, int]:
    """A scope clause ends at ", but" / "; " — keep the following "but for the US it gives ..." checkable."""
    m = re.search(r",\s*(?:but|however|though|although|yet|whereas|while|so|instead)\b|,\s*(?:for|in) the (?:US|United States)\b|, where\b", text[a:b], re.I)
    return (a, a + m.start()) if m else (a, b)


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


class _Checker:
    """Runs the checks of one answer against its passages; the lexicon decides what is "invented"."""

    def __init__(self, passages: Sequence[str], lex: Lexicon) -> None:
        self.lex = lex
        self.passages = [_parse_passage(i + 1, p, lex) for i, p in enumerate(passages)]

    def check(self, unit: _Unit) -> Verdict:
        cites = tuple(n for m in _CITE.finditer(unit.text) for n in citation_numbers(m.group(1)))
        if unit.kind in ("header", "separator", "heading"):
            return Verdict(unit.text, cites, True, ())
        bad = [n for n in cites if not 1 <= n <= len(self.passages)]
        if bad:
            return Verdict(unit.text, cites, False, (f"cites [{bad[0]}], which is not among the {len(self.passages)} passages",))
        reasons: list[str] = []
        for part, part_cites in _cited_parts(unit):
            cited = [p for p in self.passages if p.n in part_cites] if part_cites else self.passages
            reasons += self._reasons(_prepare(part, self.lex), cited)
        return Verdict(unit.text, cites, not reasons, tuple(reasons))

    def _reasons(self, s: _Sentence, cited: list[_Passage]) -> list[str]:
        if not _content_stems(s.text) and not s.numbers:
            return []
        if not cited:
            return ["no passage to check it against"]
        where = "[" + "], [".join(str(p.n) for p in cited) + "]" if len(cited) < len(self.passages) or len(cited) == 1 else "the passages"
        reasons: list[str] = []
        reasons += self._check_numbers(s, cited, where)
        reasons += self._check_entities(s, cited, where)
        reasons += self._check_comparisons(s, cited)
        reasons += self._check_list_items(s, cited, where)
        reasons += self._check_direction(s, cited, where)
        reasons += self._check_lists(s, where)
        reasons += self._check_causes(s, cited, where)
        if not s.scope_spans:
            reasons += self._check_reversal(s, cited, where)
            reasons += self._check_negation(s, cited, where)
            if not reasons:
                reasons += self._check_support(s, cited, where)
        elif not reasons:
            reasons += self._check_support(_outside_scope(s), cited, where)
        return reasons

    # -- 1 and 3: numbers, their names, their statistic ----------------------
    def _check_numbers(self, s: _Sentence, cited: list[_Passage], where: str) -> list[str]:
        reasons: list[str] = []
        lines = [line for p in cited for line in p.lines]
        money_lines: list[_Line] = []
        for q in s.numbers:
            if _inside_stat_phrase(s.text, q):
                phrase = _stat_phrase(s.text, q)
                if not any(_mentions(line.text, phrase) for line in lines):
                    reasons.append(f"'{phrase}' is not in {where}")
                continue
            if q.kind == "year" and _in_spans(q.start, s.scope_spans):
                continue
            if q.kind == "count" and q.value < 20 and not q.approx and "." not in q.text and not _in_spans(q.start, s.scope_spans) and not any(same_quantity(q, n) for line in lines for n in line.numbers) and not self._in_text(q.text, cited):
                reasons.append(f"number {q.text} is not in {where}")
                continue
            if q.kind == "count" and q.value < 20:
                continue
            matching = [line for line in lines if any(same_quantity(q, n) for n in line.numbers) or (q.kind == "year" and str(int(q.value)) in line.heading)]
            if not matching:
                reasons.append(self._missing_number(q, lines, where))
                continue
            reason = self._number_bindings(s, q, matching, where)
            if reason:
                reasons.append(reason)
            elif q.kind == "money":
                money_lines += matching
        reasons += self._check_years(s, money_lines, where)
        return reasons

    def _missing_number(self, q: Quantity, lines: list[_Line], where: str) -> str:
        for line in lines:
            for n in line.numbers:
                if n.kind == q.kind == "money" and _mantissa(n) == _mantissa(q) and n.value != q.value:
                    return f"unit of {q.text} does not match {n.text} in {where}"
        anywhere = any(same_quantity(q, n) for n in _figures(self.lex))
        return f"number {q.text} is not in {where}" + ("" if anywhere else " (invented: not in the corpus)")

    def _number_bindings(self, s: _Sentence, q: Quantity, matching: list[_Line], where: str) -> str | None:
        name = _anchor_for(s.text, q, s.anchors, "name", s.numbers)
        if name and not any(name.key in _line_names(line) for line in matching):
            return f"number {q.text} is not stated for {s.text[name.start:name.end]} in {where}"
        role = _anchor_for(s.text, q, s.anchors, "role", s.numbers)
        if role and q.kind == "money":
            with_roles = [line for line in matching if line.roles]
            if with_roles and not any(_role_match(role.key, line.roles) for line in with_roles):
                return f"number {q.text} is not stated for {s.text[role.start:role.end]} in {where}"
        said = _stat_of(s.text, q, s.numbers)
        pairs = [(line, n) for line in matching for n in line.numbers if same_quantity(q, n)]
        if said and pairs and not any(_stat_ok(said, _line_stats(line, n)) for line, n in pairs):
            stats = sorted({st for line, n in pairs for st in _line_stats(line, n)})
            if stats:
                return f"{q.text} is called {'/'.join(sorted(said))} but {where} gives it as {'/'.join(stats)}"
        if "range" in said and not _in_range(s.text, q, s.numbers) and pairs and all(_in_range(line.text, n, line.numbers) for line, n in pairs):
            return f"{q.text} is given as a range, but in {where} it is one end of a range"
        return None

    def _check_years(self, s: _Sentence, money_lines: list[_Line], where: str) -> list[str]:
        """A year said with a figure stands with that figure (same line or its heading)."""
        if not money_lines:
            return []
        out = []
        for q in s.numbers:
            if q.kind != "year" or _in_spans(q.start, s.scope_spans):
                continue
            year = str(int(q.value))
            if not any(year in line.text or year in line.heading for line in money_lines) and not self._front_matter_has(year):
                out.append(f"year {year} is not given for that figure in {where}")
        return out

    def _front_matter_has(self, token: str) -> bool:
        return any(doc.year == token for doc in self.lex.documents)

    def _in_text(self, token: str, cited: list[_Passage]) -> bool:
        return any(_mentions(p.text, token) for p in cited)

    # -- 2: entities ----------------------------------------------------------
    def _check_entities(self, s: _Sentence, cited: list[_Passage], where: str) -> list[str]:
        reasons = []
        cited_text = "\n".join(p.text for p in cited)
        cited_roles = [k for p in cited for line in p.lines for k in line.roles]
        for e in self.lex.find(s.text):
            if _in_spans(e.start, s.scope_spans) or self._scope_name(e.name, cited):
                continue
            surface = s.text[e.start:e.end]
            if e.kind == "role":
                if any(_mentions(cited_text, f) for f in self.lex.forms(surface)) or _role_match(role_key(surface), cited_roles):
                    continue
                kind = "job title"
            else:
                if any(_mentions(cited_text, f) for f in self.lex.forms(surface) + self.lex.forms(e.name)):
                    continue
                if e.start == 0:
                    rest = surface.split(" ", 1)[1] if " " in surface else ""
                    if not rest and not (not e.known and _NAMED_SUBJECT.match(s.text[e.end:])):
                        continue  # a sentence's capitalised first word ("Go on to ...", "Two figures ..."), unless it pays or owns
                    if rest and any(_mentions(cited_text, f) for f in self.lex.forms(rest)):
                        continue  # "Learn Cobol"
                kind = "name"
            invented = not e.known
            reasons.append(f"{kind} '{surface}' not in {where}" + (" (invented: not in the corpus)" if invented else ""))
        return reasons

    # -- listed items, direction words ----------------------------------------
    def _check_list_items(self, s: _Sentence, cited: list[_Passage], where: str) -> list[str]:
        """Items after "include", "such as", "like": each must be (mostly) in the cited passages."""
        stems = frozenset().union(*(p.stems for p in cited))
        out = []
        for m in _LIST_CUE.finditer(s.text):
            if _in_spans(m.start(), s.scope_spans):
                continue
            tail = re.split(r"[.;()\[]|:\s", s.text[m.end():], maxsplit=1)[0]
            for item in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as|along with)\s+", tail):
                words = _content_stems(item)
                if words and len(words & stems) / len(words) < 0.5:
                    out.append(f"'{item.strip()}' is not in {where}")
        return out

    def _check_direction(self, s: _Sentence, cited: list[_Passage], where: str) -> list[str]:
        """"pay less" where the passage's closest line says "higher" (comparisons without "than")."""
        own = _directions(_COMPARATIVE.sub(" ", s.text))
        if not own:
            return []
        words = _content_stems(s.text)
        best = max((line for p in cited for line in p.lines), key=lambda line: len(words & _content_stems(line.text)), default=None)
        theirs = _directions(best.text) if best else set()
        if theirs and not own & theirs:
            return [f"says '{'/'.join(sorted(own))}' where {where} says '{'/'.join(sorted(theirs))}'"]
        return []

    def _scope_name(self, name: str, cited: list[_Passage]) -> bool:
        """Names the cited passages' documents are about: the region ("US") and the words of the title."""
        low = name.lower().strip()
        headings = [line.heading for p in cited for line in p.lines[:1]]
        for doc in self.lex.documents_of(headings):
            if doc.region and low in _region_forms(doc.region):
                return True
            if doc.title and _mentions(doc.title, name):
                return True
        return False

    # -- 5: lists: an item under the wrong label ------------------------------
    def _check_lists(self, s: _Sentence, where: str) -> list[str]:
        """ "grade W2 roles include widget apprentice" where the documents list it under Grade W1."""
        owners, items = _list_index(self.lex)
        if not owners:
            return []
        said_owners = _spans_of(s.text, owners)
        if not said_owners:
            return []
        out = []
        for item, start, end in _spans_of(s.text, items):
            owner = _owner_for(s.text, start, end, said_owners)
            if owner is None or _in_spans(start, s.scope_spans):
                continue
            listed = items[item]
            if owner not in listed and any(_siblings(self.lex, owner, other) for other in listed):
                out.append(f"'{item}' is listed under {' / '.join(sorted(listed))}, not {owner}, in the documents")
        return out

    # -- a cause or purpose the passage does not give --------------------------
    def _check_causes(self, s: _Sentence, cited: list[_Passage], where: str) -> list[str]:
        """ "... changes over time due to changes in training data": the stated cause must be in the passage."""
        out = []
        stems = frozenset().union(*(p.stems for p in cited))
        for m in _CAUSE.finditer(s.text):
            if _in_spans(m.start(), s.scope_spans):
                continue
            tail = re.split(r"[.;:]|,\s", s.text[m.end():], maxsplit=1)[0]
            words = _content_stems(tail)
            if len(words) >= 2 and len(words & stems) / len(words) < 0.5:
                out.append(f"the cause '{m.group(0).strip()} {tail.strip()}' is not in {where}")
        return out

    # -- 6: reversal -------------------------------------------------------------
    def _check_reversal(self, s: _Sentence, cited: list[_Passage], where: str) -> list[str]:
        """A word whose opposite stands in the passage's closest line, without the word itself."""
        own = _claim_part(s.text)
        words = _content_stems(own)
        best = max((line for p in cited for line in p.lines), key=lambda line: len(words & _content_stems(line.text)), default=None)
        if best is None or len(words & _content_stems(best.text)) < 2:
            return []
        theirs = _claim_part(best.text)
        plain = "".join(" " if any(e.kind == "label" and e.start <= i < e.end for e in self.lex.find(own, unknown=False)) else ch
                        for i, ch in enumerate(own))  # "Edge Widgets" names a topic; its "edge" is no claim
        for a, b in _OPPOSITES:
            for mine, other in ((a, b), (b, a)):
                m = re.search(rf"\b(?:{mine})\b", own, re.I)
                if m and re.search(rf"\b(?:{other})\b", theirs, re.I) and not re.search(rf"\b(?:{mine})\b", theirs, re.I) \
                        and not re.search(rf"\b(?:{other})\b", plain, re.I):
                    return [f"'{m.group(0)}' reverses {where}, which says '{re.search(rf'(?:{other})', theirs, re.I).group(0)}'"]
        return []

    # -- 4: comparisons --------------------------------------------------------
    def _check_comparisons(self, s: _Sentence, cited: list[_Passage]) -> list[str]:
        lines = [line for p in cited for line in p.lines]
        reasons = []
        for m in [*_COMPARATIVE.finditer(s.text), *_BEYOND.finditer(s.text)]:
            # "earn more at Acme than at Globex": the left side is named between the direction word and "than"
            inside = [a for a in s.anchors if m.start("dir") < a.start and a.end <= m.end()]
            left = self._first_value(reversed(inside), lines)
            left = left if left is not None else self._operand(s, lines, before=m.start())
            right = self._operand(s, lines, after=m.end())
            higher = m.group("dir").lower() in HIGHER or m.group("dir").lower().startswith(_BEYOND_UP)
            if right is None and (bound := self._figure_against_figure(s, m, higher)):
                reasons.append(bound)
                continue
            if left is None or right is None:
                continue
            gap = (left - right) / max(abs(right), 1e-9)
            wrong_dir = gap <= 0 if higher else gap >= 0
            deg = (m.group("deg") or "").lower()
            wrong_deg = (deg in ("slightly", "somewhat", "a bit", "marginally", "a little") and abs(gap) > SLIGHT) or (
                deg in ("significantly", "much", "far", "substantially", "considerably", "well") and abs(gap) <= SLIGHT)
            if wrong_dir or wrong_deg:
                reasons.append(f"comparison '{m.group(0).strip()}' disagrees with the figures ({left:,.0f} vs {right:,.0f})")
        reasons += self._check_bare_comparison(s, lines)
        # "Acme pays the most" is a claim about every peer the passages name, not only the ones it cites (a table's
        # rows are often chunks of their own)
        reasons += self._check_superlative(s, [line for p in self.passages for line in p.lines])
        return reasons

    def _figure_against_figure(self, s: _Sentence, m: re.Match[str], higher: bool) -> str | None:
        """ "$50,000 average, which is above the range of $20,000 - $40,000": a figure written before the direction
        word (in its clause, or the clause a "which" or "that" refers back to) against the figure or range written just
        after it. Plain arithmetic, whatever the passages say; a bound with no figure of its own before it ("some earn
        above $150,000") is left to the number checks."""
        kinds = ("money", "percent")
        after = [q for q in s.numbers if q.start >= m.end() and q.kind in kinds]
        if not after or after[0].start - m.end() > 40:
            return None
        low = high = after[0]
        if len(after) > 1 and re.fullmatch(r"\s*(?:-|–|—|to|and)\s*", s.text[after[0].end:after[1].start], re.I):
            high = after[1]
        lo = max([c.end() for c in _CLAUSE_SPLIT.finditer(s.text) if c.end() <= m.start() and not re.match(r"\s*\(", s.text[c.end():])] + [0])
        before = [q for q in s.numbers if lo <= q.start and q.end <= m.start() and q.kind in kinds]
        if not before and re.match(r"\s*(?:which|that)\b", s.text[lo:m.start()], re.I):
            before = [q for q in s.numbers if q.end <= lo and q.kind in kinds]
        if not before or before[-1].kind != low.kind:
            return None
        left = before[-1]
        if (left.value > high.value) if higher else (left.value < low.value):
            return None
        side = f"{low.text} - {high.text}" if high is not low else low.text
        return f"comparison '{m.group(0).strip()}' disagrees with the figures ({left.text} vs {side})"

    def _check_bare_comparison(self, s: _Sentence, lines: list[_Line]) -> list[str]:
        """ "Acme pays more, $40,000 against Globex's $50,000": a direction word with no "than", the name before it in
        its clause, and exactly one other name in the sentence: the figures of the two names must agree with it.
        With no other name ("Acme pays more, $40,000 [1]"), or with neither a name before it nor any figure ("Junior
        analysts earn more at entry level", where the cited passages do not say it in those words), the claim cannot be
        checked, so it is not shown."""
        out = []
        for m in _BARE_COMPARATIVE.finditer(s.text):
            lo = max([c.end() for c in _CLAUSE_SPLIT.finditer(s.text) if c.end() <= m.start()] + [0])
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
            left, right = self._value_of(subject, lines), self._value_of(next(iter(others.values())), lines)
            if left is None or right is None or left == right:
                continue
            higher = m.group("dir").lower() in HIGHER
            if (left < right) if higher else (left > right):
                out.append(f"comparison '{m.group(0).strip()}' disagrees with the figures ({left:,.0f} vs {right:,.0f})")
        return out

    def _operand(self, s: _Sentence, lines: list[_Line], before: int | None = None, after: int | None = None) -> float | None:
        """The figure on one side of a comparison: a number written there, or the figure of the name written there."""
        if before is not None:
            lo = max([m.end() for m in _CLAUSE_SPLIT.finditer(s.text) if m.end() <= before and not re.match(r"\s*\(", s.text[m.end():])] + [0])
            nums = [q for q in s.numbers if lo <= q.start and q.end <= before and q.kind in ("money", "percent")]
            names = [a for a in s.anchors if lo <= a.start and a.end <= before]
            if not nums and not names:  # "Acme's average is $123,456, slightly less than Globex's": the side is the clause before
                nums = [q for q in s.numbers if q.end <= before and q.kind in ("money", "percent")]
                names = [a for a in s.anchors if a.end <= before and a.group == "name"]
            if nums and (not names or nums[-1].start > names[-1].start):
                return nums[-1].value
            # the nearest name that has a figure: "Acme pays widget analysts more": Acme, not the job between;
            # "At Acme, widget analysts earn more": before the clause when the clause has none
            earlier = [a for a in s.anchors if a.end <= lo]
            return self._first_value([*reversed(names), *reversed(earlier)], lines)
        assert after is not None
        first_num = next((q for q in s.numbers if q.start >= after and q.kind in ("money", "percent")), None)
        near = [a for a in s.anchors if after <= a.start <= after + 60 and (first_num is None or a.start < first_num.start)]
        # "less than widget analysts at Globex": the first name after it that has a figure; none (None) when a
        # number comes first: "more than $150,000" is a bound, checked as a number
        return self._first_value(near, lines)

    def _first_value(self, anchors: Iterable[_Anchor], lines: list[_Line]) -> float | None:
        """The figure of the first of ``anchors`` that has one."""
        return next((v for v in (self._value_of(a, lines) for a in anchors) if v is not None), None)

    def _value_of(self, anchor: _Anchor, lines: list[_Line]) -> float | None:
        for line in lines:
            money = [n for n in line.numbers if n.kind == "money"]
            if not money:
                continue
            if anchor.group == "name" and anchor.key in _line_names(line):
                return money[0].value
            if anchor.group == "role" and _role_match(anchor.key, line.roles) and not _line_names(line):
                return money[0].value
        return None

    def _check_superlative(self, s: _Sentence, lines: list[_Line]) -> list[str]:
        if re.search(r"\brange|upper|lower end|maximum|minimum\b", s.text, re.I):
            return []
        out = []
        for m in _SUPERLATIVE.finditer(s.text):
            word = m.group("dir").lower()
            if word in ("top", "best", "most", "least") and m.group(0).lower() == word and not _PAYS_THE.search(s.text[: m.start()]):
                continue  # "most important" is no claim about pay; "pays ... the most" is
            names = [a for a in s.anchors if a.group == "name"]
            if len(names) != 1:
                continue
            subject = names[0]
            value = self._value_of(subject, lines)
            peers = self._peer_values(subject, lines)
            if value is None or len(peers) < 2:
                continue
            best = max(peers) if word in ("highest", "best", "top", "most") else min(peers)
            if value != best:
                out.append(f"'{m.group(0)}' does not hold for {s.text[subject.start:subject.end]} ({value:,.0f}; the passages give {best:,.0f})")
        return out

    def _peer_values(self, subject: _Anchor, lines: list[_Line]) -> list[float]:
        home = next((line.heading for line in lines if subject.key in _line_names(line)), None)
        vals = []
        for line in lines:
            if line.heading != home or not _line_names(line):
                continue
            money = [n for n in line.numbers if n.kind == "money"]
            if money:
                vals.append(money[0].value)
        return vals

    # -- 5: negation and support --------------------------------------------
    def _check_negation(self, s: _Sentence, cited: list[_Passage], where: str) -> list[str]:
        neg = _NEGATION.search(s.text)
        if not neg:
            return []
        words = _content_stems(s.text)
        best = max((line for p in cited for line in p.lines), key=lambda line: len(words & _content_stems(line.text)), default=None)
        if best is None or _NEGATION.search(best.text):
            return []
        return [f"negation '{neg.group(0)}' is not in {where}"]

    def _check_support(self, s: _Sentence, cited: list[_Passage], where: str) -> list[str]:
        words = _content_stems(s.text)
        if len(words) < 2:
            return []
        best = max(len(words & p.stems) / len(words) for p in cited)
        if best >= SUPPORT_THRESHOLD:
            return []
        missing = sorted(words - max(cited, key=lambda p: len(words & p.stems)).stems)[:4]
        return [f"only {best:.0%} of its content words are in {where} (missing: {', '.join(missing)})"]


_LIST_CUE = re.compile(r"\b(?:include|includes|including|such as|like|e\.g\.,?|for example|namely)\s+", re.I)
_UP = re.compile(r"\b(?:more|higher|greater|larger|bigger)\b", re.I)
_DOWN = re.compile(r"\b(?:less|lower|fewer|smaller)\b", re.I)
_JOB_HEAD = re.compile(
    r"\b([A-Za-z][\w-]*)\s+(engineer|scientist|analyst|developer|tester|designer|consultant|architect|president|officer|manager"
    r"|specialist|intern|professor|technician)s?\b", re.I)


_NAMED_SUBJECT = re.compile(r"^(?:['’]s\b|\s+(?:pays?|paid|offers?|hires?|employs?|gives?)\b)", re.I)
_CAUSE = re.compile(r"\b(?:due to|because(?: of)?|caused by|as a result of|owing to|thanks to|driven by)\s+", re.I)
_CONTRAST = re.compile(r"\b(?:rather than|instead of|as opposed to|not|unlike)\b.*$", re.I)


def _claim_part(text: str) -> str:
    """The text without what it sets itself against ("at the edge rather than on central servers" -> "at the edge")."""
    return _CONTRAST.sub(" ", text)


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


def _owner_forms(owner: str) -> list[str]:
    """ "Apprentice-Level" is also said "apprentice-level", "apprentice level", "apprentice roles"."""
    forms = [owner]
    m = re.fullmatch(r"(\w+)[\s-]+level", owner, re.I)
    if m:
        forms += [f"{m.group(1)} {w}" for w in ("roles", "role", "positions", "titles", "jobs")]
    return forms


def _spans_of(text: str, phrases: dict) -> list[tuple[str, int, int]]:
    """Phrases (keys of ``phrases``) found in ``text``, longest first, no overlaps -> (value or phrase, start, end)."""
    found: list[tuple[str, int, int]] = []
    for phrase in sorted(phrases, key=len, reverse=True):
        for m in re.finditer(_mention_pattern(phrase), text):
            if not any(m.start() < e and m.end() > b for _, b, e in found):
                value = phrases[phrase] if isinstance(phrases[phrase], str) else phrase
                found.append((value, m.start(), m.end()))
    return sorted(found, key=lambda f: f[1])


def _mention_pattern(phrase: str) -> re.Pattern[str]:
    from bot.text import phrase_pattern

    return phrase_pattern(phrase)


def _owner_for(text: str, pos: int, end: int, owners: list[tuple[str, int, int]]) -> str | None:
    """The owner an item at ``pos`` is said of: the nearest one before it in its clause, else one it is called
    ("Widget apprentice is a grade W2 role")."""
    lo = max([m.end() for m in re.finditer(r"[;.]|\bwhile\b|\bwhereas\b", text) if m.end() <= pos] + [0])
    nxt = re.search(r"[;.]|\bwhile\b|\bwhereas\b", text[pos:])
    hi = pos + nxt.start() if nxt else len(text)
    before = [o for o in owners if lo <= o[1] < pos]
    if before:
        return before[-1][0]
    after = [o for o in owners if pos < o[1] < hi and _COPULA.fullmatch(text[end:o[1]])]
    return after[0][0] if after else None


_COPULA = re.compile(r"\s*,?\s*(?:is|are|was|were|counts? as|remains?)\s+(?:(?:an?|the|typically|usually|often|still)\s+)*", re.I)


def _siblings(lex: Lexicon, a: str, b: str) -> bool:
    return bool(lex.group_of(a)) and lex.group_of(a) == lex.group_of(b)


def _directions(text: str) -> set[str]:
    return ({"up"} if _UP.search(text) else set()) | ({"down"} if _DOWN.search(text) else set())


def _cited_parts(unit: _Unit) -> list[tuple[_Unit, tuple[int, ...]]]:
    """"X [1] and Y [2]": each part is checked against its own passage. One part when the markers agree."""
    groups = list(_CITE.finditer(unit.text))
    sets = {tuple(citation_numbers(g.group(1))) for g in groups}
    if len(sets) <= 1 or unit.context:
        return [(unit, next(iter(sets), ()))]
    parts, start = [], 0
    for g in groups:
        ids = tuple(citation_numbers(g.group(1)))
        piece = unit.text[start:g.end()]
        parts.append((_Unit(piece, unit.start + start, unit.start + g.end(), unit.kind, unit.line), ids))
        start = g.end()
    rest = unit.text[start:]
    if _content_stems(rest) or parse_numbers(rest):
        last = parts[-1]
        parts[-1] = (_Unit(last[0].text + rest, last[0].start, unit.end, unit.kind, unit.line), last[1])
    return parts


def _outside_scope(s: _Sentence) -> _Sentence:
    keep = "".join(ch if not _in_spans(i, s.scope_spans) else " " for i, ch in enumerate(s.text))
    return _Sentence(s.raw, keep, [], [], [])


def _mantissa(q: Quantity) -> str:
    return re.sub(r"[^\d.]", "", q.text).rstrip("0").rstrip(".")


@lru_cache(maxsize=8)
def _figures(lex: Lexicon) -> tuple[Quantity, ...]:
    """Every figure of the documents (from the lexicon's figure lines)."""
    return tuple(q for _, text in lex.lines for q in parse_numbers(text))


def _region_forms(region: str) -> set[str]:
    """A region's usual spellings (language: "US" is "the United States")."""
    low = region.lower().strip()
    same = ({"us", "u.s.", "usa", "united states", "america", "the us"}, {"uk", "u.k.", "united kingdom", "britain", "great britain"})
    return next((group for group in same if low in group), {low})


# ---------------------------------------------------------------------------
# public API
# ---------------------------------------------------------------------------


def verify(answer: str, passages: Sequence[str], corpus: str | Lexicon = "") -> list[Verdict]:
    """One verdict per unit of ``answer``; ``passages[i]`` is passage [i+1].

    ``corpus``: the lexicon built at ingest (bot.retrieval.lexicon.load_lexicon), or the corpus text (a lexicon is built
    from it once and cached), or nothing (the passages are the corpus)."""
    answer, passages = fold_spaces(answer), [fold_spaces(p) for p in passages]
    checker = _Checker(passages, lexicon_of(corpus or "\n".join(passages)))
    return [checker.check(u) for u in _units(answer)]


def guard(answer: str, passages: Sequence[str], corpus: str | Lexicon = "") -> GuardResult:
    """``answer`` without its unsupported units; markdown structure kept, citations not renumbered.

    Cheap to call once per unit while streaming: passages and the lexicon are parsed once and cached."""
    answer, passages = fold_spaces(answer), [fold_spaces(p) for p in passages]
    lex = lexicon_of(corpus or "\n".join(passages))
    units = _units(answer)
    checker = _Checker(passages, lex)
    verdicts = [checker.check(u) for u in units]
    dropped = [u for u, v in zip(units, verdicts) if not v.supported]
    dropped += _orphaned_tables(units, verdicts)
    text = _remove(answer, dropped)
    substantive = [(u, v) for u, v in zip(units, verdicts) if _substantive(u, lex)]
    lost = sum(1 for _, v in substantive if not v.supported)
    kept = len(substantive) - lost
    gutted = kept == 0 or lost * 2 > len(substantive) if (lost or not substantive) else False
    removed = [Removed(v.sentence, "; ".join(v.reasons)) for v in verdicts if not v.supported]
    return GuardResult(text, removed, verdicts, gutted)


def whose_figure(unit: str, question: str, passages: Sequence[str], corpus: str | Lexicon = "") -> str:
    """Why ``unit`` would mislead as the answer to ``question``: it names nobody, and the figure it gives is a named
    row's in the passages it cites ("Median salary: $66,500 [1]" is Globex's) while the question asks about no such
    name. Read as the answer, it puts one row's figure on what was asked. "" when nothing is wrong.

    A unit that names its subject, or a figure some unnamed line also gives ("Median salary: $61,000" for the whole
    job), passes; the guard's own checks cover the rest."""
    passages = [fold_spaces(p) for p in passages]
    lex = lexicon_of(corpus or "\n".join(passages))
    checker = _Checker(passages, lex)
    said = _content_stems(f"{question} {unit}")  # the row may be named by any of its cells ("Junior Data Analyst")
    parts = [pc for u in _units(fold_spaces(unit)) if u.kind not in ("header", "separator", "heading") for pc in _cited_parts(u)]
    for part, part_cites in parts:
        s = _prepare(part, lex)
        if any(a.group == "name" for a in s.anchors):
            continue
        cited = [p for p in checker.passages if p.n in part_cites] if part_cites else checker.passages
        for q in s.numbers:
            if q.kind not in ("money", "percent"):
                continue
            owners = [line for p in cited for line in p.lines if any(same_quantity(q, n) for n in line.numbers)]
            if owners and all(line.names for line in owners) and not any(_named(line) & said for line in owners):
                return f"{q.text} is the figure for '{_naming_part(owners[0])}' in the passages, and the sentence does not say so"
    return ""


def _naming_part(line: _Line) -> str:
    """What names a line: its label with every naming cell of a table row ("0 to 2 years (Experience), Junior Data
    Analyst (Typical title)"), else the names in it."""
    head = line.text.split(": ", 1)[0] if line.label else ""
    return head if head and len(head) < 120 else ", ".join(sorted(line.names))


def _named(line: _Line) -> frozenset[str]:
    """The words of a line's naming part without its cells' headers ("Quebec", not "Province")."""
    return frozenset(_content_stems(re.sub(r"\s*\([^()]*\)", "", _naming_part(line))))


def _substantive(unit: _Unit, lex: Lexicon) -> bool:
    if unit.kind in ("header", "separator", "heading"):
        return False
    s = _prepare(unit, lex)
    if s.scope_spans and not _content_stems(_outside_scope(s).text):
        return False
    return bool(_content_stems(s.text) or s.numbers)


def _orphaned_tables(units: list[_Unit], verdicts: list[Verdict]) -> list[_Unit]:
    """Header and separator rows of a table whose data rows were all dropped."""
    out = []
    for t in {u.table for u in units if u.table >= 0}:
        rows = [(u, v) for u, v in zip(units, verdicts) if u.table == t and u.kind == "row"]
        if rows and all(not v.supported for _, v in rows):
            out += [u for u in units if u.table == t and u.kind in ("header", "separator")]
    return out


def _remove(answer: str, dropped: list[_Unit]) -> str:
    text = answer
    whole_lines = {u.line for u in dropped if u.kind in ("bullet", "row", "header", "separator")}
    for u in sorted((u for u in dropped if u.kind == "sentence"), key=lambda u: u.start, reverse=True):
        end = u.end
        while end < len(text) and text[end] in " \t":
            end += 1
        text = text[: u.start] + text[end:]
    lines = text.split("\n")
    kept = [line.rstrip() for i, line in enumerate(lines) if i not in whole_lines]
    out = "\n".join(kept)
    out = re.sub(r"\n{3,}", "\n\n", out)
    return out.strip()
