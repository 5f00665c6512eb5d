"""The faithfulness verifier and the runtime guard: pure functions over plain values, no model.

Owns ``verify`` (one verdict per sentence of an answer) and ``guard`` (the
answer with unsupported sentences dropped). A sentence is checked against the
passages it cites with [n] markers, or against all passages when it cites none:

1. numbers: every money amount, percentage, year and range is in a cited
   passage, normalised (bot/numbers.py), with its unit; a number said of a
   company, level or role stands with that name in the passage's line (roles:
   the line's heading);
2. entities: companies, places, job titles, data sources and capitalised names
   are in the cited passages ("invented" when nowhere in the corpus);
3. statistic kind: average / median / range / top 10% / bottom 10% match the line;
4. comparisons: "more than", "highest", "slightly more" agree with the figures;
5. negation: a "not" the passage does not have;
6. support: the share of the sentence's content words found in its best passage.

Scope and hand-off sentences ("The guide does not cover Germany; for the US in
2024 it gives ...") are checked only outside their "not covered" clause.
Passages read best as ``f"{section}\\n{text}"``: a first line that looks like a
heading or section path is the heading of every line below it.

Shortcuts: gazetteers (bot/entities.py) and regular expressions, not a parser;
a crude suffix stemmer; thresholds tuned on the judge suite's dev split
(``python -m eval judge``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.entities import find_entities
from bot.numbers import Quantity, parse_numbers, same_quantity
from bot.types import Removed

SUPPORT_THRESHOLD = 0.5  # content-word precision below which a sentence is unsupported (dev: 0.40-0.55 all error-free; middle taken)
SLIGHT = 0.10  # "slightly more": at most 10% apart; "much more": more than that

# ---------------------------------------------------------------------------
# vocabularies
# ---------------------------------------------------------------------------

_LEVELS = ("senior manager", "senior-level", "senior level", "mid-level", "mid level", "entry-level", "entry level", "junior", "senior", "director")
_ROLE_FAMILIES: dict[str, tuple[str, ...]] = {
    "researcher": ("ai research scientist", "research scientist", "ai researcher", "ml researcher", "machine learning researcher", "ai/machine learning researcher", "ai machine learning researcher", "researcher"),
    "engineer": ("machine learning engineer", "ml engineer"),
    "data scientist": ("data scientist",),
}
_MARKETS = ("machine learning market", "ml market", "ai market")
_SOURCES = ("linkedin", "glassdoor", "indeed", "payscale", "levels.fyi", "ziprecruiter", "bureau of labor statistics", "bls", "salary.com", "built in", "statista", "gartner", "mckinsey", "stack overflow")
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
    r"(?P<dir>more|higher|greater|larger|bigger|less|lower|smaller|fewer)\b(?:\s+\w+){0,3}?\s+than\b",
    re.I,
)
_PAYS_THE = re.compile(r"\b(?:pay|pays|paying|paid|earn|earns|earning|offer|offers|make|makes)\s+(?:[\w-]+\s+){0,5}?the\s*$", re.I)
_SUPERLATIVE = re.compile(r"\b(?P<dir>highest|lowest|best|top|most|least)(?:[- ](?:paying|paid|lucrative|salary|salaries|average))?\b", re.I)
_CITE = re.compile(r"\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]")
_CLAUSE_SPLIT = re.compile(r"[;:]|,(?!\d)|\s(?:while|whereas|but|however|although|compared (?:to|with)|versus|vs\.?)\s", re.I)

_STOP = frozenset(
    """a an the and or of to in for on at by with from as is are was were be been being it its this that these those their they them
    there here which who whom whose what when where how can could may might will would should shall do does did has have had not no also
    such than then so very more most less many much some any each other into about over under between through during per within across up
    out if but yes you your we our us i me my he she his her it's they're one both all only just like well even still yet typically
    often usually generally including include includes e.g i.e etc while whereas however although overall based around approximately roughly
    nearly almost year years annual annually per slightly significantly somewhat versus vs respectively compared marginally
    considerably substantially""".split()
)
_META = frozenset(
    """guide document passage passages source sources context according mention mentions mentioned state states stated say says said note
    notes noted provide provides provided list lists listed describe describes described give gives given cover covers covered information
    answer question hope help helps glad happy feel free ask let know sure certainly here's there's figure figures data point points
    table tables summary below above following shown""".split()
)
_SYNONYMS = {
    "earn": "pay", "salary": "pay", "salari": "pay", "paid": "pay", "compensation": "pay", "income": "pay", "wage": "pay", "make": "pay",
    "employer": "company", "firm": "company", "compani": "company", "job": "role", "position": "role", "career": "role",
    "researcher": "research", "scientist": "research", "ml": "machine", "learn": "learning", "expect": "project", "forecast": "project",
    "pays": "pay", "earns": "pay", "makes": "pay", "grow": "growth", "increase": "growth", "rise": "growth", "big": "large", "huge": "large", "skill": "skill", "abilit": "skill",
}

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
class _Unit:
    """A checkable piece of an answer and where it stands. ``kind``: sentence, bullet, row, header, separator, heading."""

    text: str
    start: int
    end: int
    kind: str
    line: int
    table: int = -1
    context: str = ""  # for table rows: "header: cell" pairs


@dataclass(frozen=True)
class _Line:
    """One line of a passage with its heading (the section it sits under) and its label ("Google" in "- Google: ...")."""

    text: str
    heading: str
    label: str
    numbers: tuple[Quantity, ...]


@dataclass
class _Passage:
    n: int
    text: str
    lines: list[_Line]
    stems: frozenset[str] = field(default_factory=frozenset)


# ---------------------------------------------------------------------------
# splitting an answer into units
# ---------------------------------------------------------------------------

_SEPARATOR_ROW = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+")
_ABBREV = frozenset("e.g i.e etc vs dr mr mrs ms inc ltd co approx no fig st jr sr u.s u.k a.m p.m".split())


def split_sentences(text: str) -> list[str]:
    """The answer's units: sentences; each markdown bullet and table row is a unit of its own."""
    return [u.text for u in _units(text)]


def _units(text: str) -> list[_Unit]:
    units: list[_Unit] = []
    lines = text.split("\n")
    offset, table_id = 0, -1
    header_cells: list[str] = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith("|"):
            prev_is_table = i > 0 and lines[i - 1].strip().startswith("|")
            if not prev_is_table:
                table_id += 1
                header_cells = []
            units.append(_table_unit(line, offset, i, table_id, lines, header_cells))
            if units[-1].kind == "header":
                header_cells = _cells(line)
        elif not stripped:
            pass
        elif _HEADING.match(line):
            units.append(_Unit(stripped, offset + line.index(stripped), offset + len(line), "heading", i))
        elif _BULLET.match(line):
            units.append(_Unit(stripped, offset + line.index(stripped), offset + len(line), "bullet", i))
        else:
            units += [_Unit(s, offset + a, offset + b, "sentence", i) for s, a, b in _split_line(line)]
        offset += len(line) + 1
    return units


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _table_unit(line: str, offset: int, i: int, table_id: int, lines: list[str], header_cells: list[str]) -> _Unit:
    stripped = line.strip()
    start, end = offset + line.index(stripped), offset + len(line)
    if _SEPARATOR_ROW.match(line):
        return _Unit(stripped, start, end, "separator", i, table_id)
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    if _SEPARATOR_ROW.match(nxt) and (i == 0 or not lines[i - 1].strip().startswith("|")):
        return _Unit(stripped, start, end, "header", i, table_id)
    cells = _cells(line)
    if header_cells and len(header_cells) == len(cells):
        context = " ; ".join(f"{h}: {c}" if h else c for h, c in zip(header_cells, cells))
    else:
        context = " ; ".join(cells)
    return _Unit(stripped, start, end, "row", i, table_id, context)


def _split_line(line: str) -> list[tuple[str, int, int]]:
    """Sentences of one paragraph line as (text, start, end); citation markers stay with the sentence before them."""
    cuts: list[int] = []
    for m in re.finditer(r"[.!?]+[\"”’')\]]*", line):
        before = re.search(r"([\w.]+)[.!?]*$", line[: m.start() + 1])
        word = (before.group(1) if before else "").lower().rstrip(".")
        if word in _ABBREV or re.fullmatch(r"[a-z]", word) or re.fullmatch(r"\d+", word) and line[m.end():m.end() + 1].isdigit():
            continue
        tail = re.match(r"(?:\s*\[\d{1,3}(?:\s*[,;]\s*\d{1,3})*\])*", line[m.end():])
        end = m.end() + (tail.end() if tail else 0)
        if end >= len(line.rstrip()) or re.match(r"\s+[A-Z0-9\"“'(*\[$_]", line[end:]):
            cuts.append(end)
    out, start = [], 0
    for cut in cuts + [len(line)]:
        piece = line[start:cut]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((piece.strip(), start + lead, start + lead + len(piece.strip())))
        start = cut
    return out


# ---------------------------------------------------------------------------
# passages
# ---------------------------------------------------------------------------


def _looks_like_heading(line: str) -> bool:
    s = line.strip()
    if _HEADING.match(s) or " > " in s:
        return True
    return 0 < len(s) <= 90 and not _BULLET.match(s) and s[-1] not in ".:!?;," and len(s.split()) <= 12


def _parse_passage(n: int, text: str) -> _Passage:
    lines: list[_Line] = []
    heading = ""
    raw_lines = text.split("\n")
    for i, raw in enumerate(raw_lines):
        s = raw.strip()
        if not s:
            continue
        if _HEADING.match(s) or (i == 0 and _looks_like_heading(s) and len(raw_lines) > 1):
            heading = (heading + " > " if _HEADING.match(s) and heading else "") + s.lstrip("# ")
            lines.append(_Line(s, heading, "", tuple(parse_numbers(s))))
            continue
        body = _BULLET.sub("", s)
        label = body.split(":", 1)[0].strip() if ":" in body[:60] else ""
        lines.append(_Line(body, heading, label, tuple(parse_numbers(body))))
    return _Passage(n, text, lines, frozenset(_stems(text)))


# ---------------------------------------------------------------------------
# words
# ---------------------------------------------------------------------------


def _stem(word: str) -> str:
    w = word.lower().strip("'’")
    w = re.sub(r"['’]s$", "", w)
    for suffix, repl in (("ational", "ate"), ("ations", ""), ("ation", ""), ("ities", ""), ("ity", ""), ("ness", ""), ("ments", ""),
                         ("ment", ""), ("ings", ""), ("ing", ""), ("ies", "y"), ("ers", ""), ("er", ""), ("es", ""), ("ed", ""),
                         ("ly", ""), ("s", ""), ("e", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: len(w) - len(suffix)] + repl
            break
    return _SYNONYMS.get(w, w)


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z'’+#-]*[A-Za-z+#]|[A-Za-z]", text)


def _stems(text: str) -> set[str]:
    out: set[str] = set()
    for word in _words(text):
        for part in word.split("-"):
            low = re.sub(r"['’]s$", "", part.lower())
            if low in _STOP or low in _META or len(low) < 2:
                continue
            out.add(_stem(low))
    return out


def _content_stems(text: str) -> set[str]:
    return {s for s in _stems(text) if s not in _STOP and s not in _META}


def _mentions(text: str, phrase: str) -> bool:
    body = re.escape(phrase.lower()).replace(r"\ ", r"[\s-]+")
    return re.search(rf"(?<![\w]){body}(?:s|es)?(?![\w])", text.lower()) is not None


# ---------------------------------------------------------------------------
# the checks
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Anchor:
    group: str  # "name" (company, level, market) or "role"
    key: str
    start: int
    end: int


def _anchors(text: str) -> list[_Anchor]:
    found: list[_Anchor] = []
    taken: list[tuple[int, int]] = []

    def add(group: str, key: str, phrase: str) -> None:
        body = re.escape(phrase).replace(r"\ ", r"[\s-]+")
        for m in re.finditer(rf"(?<![\w/]){body}(?:s|es)?(?![\w])", text, re.I):
            if not any(m.start() < e and m.end() > s for s, e in taken):
                taken.append((m.start(), m.end()))
                found.append(_Anchor(group, key, m.start(), m.end()))

    for e in find_entities(text, ("company",)):
        if not any(e.start < en and e.end > s for s, en in taken):
            taken.append((e.start, e.end))
            found.append(_Anchor("name", e.name.lower(), e.start, e.end))
    for phrase in sorted(_MARKETS + _LEVELS, key=len, reverse=True):
        add("name", _canonical_name(phrase), phrase)
    for family, phrases in _ROLE_FAMILIES.items():
        for phrase in sorted(phrases, key=len, reverse=True):
            add("role", family, phrase)
    return sorted(found, key=lambda a: a.start)


def _canonical_name(phrase: str) -> str:
    """"Senior-level" and "senior" are one level; "ML market" is the "machine learning market"."""
    key = phrase.lower().replace("-", " ").replace("ml market", "machine learning market")
    return re.sub(r" level$", "", key)


def _line_names(line: _Line) -> set[str]:
    scope = line.label or line.text
    return {a.key for a in _anchors(scope) if a.group == "name"}


def _line_roles(line: _Line) -> set[str]:
    return {a.key for a in _anchors(line.heading + " ; " + line.text) if a.group == "role"}


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

    As many names as figures ("Google and Meta pay $204,655 and $177,730",
    "$109,736 at junior level to $141,405 at senior level"): paired in order.
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


def _prepare(unit: _Unit) -> _Sentence:
    text = unit.context or unit.text
    text = _CITE.sub(" ", text)
    text = _BULLET.sub("", text.strip())
    text = re.sub(r"[*_`]+", "", text).replace("|", " ; ")
    text = re.sub(r"[ \t]+", " ", text).strip()
    numbers = parse_numbers(text)
    return _Sentence(unit.text, text, numbers, _anchors(text), _scope_spans(text))


def _scope_spans(text: str) -> list[tuple[int, int]]:
    """Clauses that say what the guide does not cover, or hand the user over to a person."""
    spans = []
    pieces = [(m.start(), m.end()) for m in re.finditer(r"[^;:]+|[;:]", text)]
    for a, b in pieces:
        clause = text[a:b]
        if _HANDOFF.search(clause) or (_SCOPE_CUE.search(clause) and _SCOPE_SUBJECT.search(clause)) or re.search(r"\bnot (?:covered|mentioned|included|available)\b", clause, re.I):
            spans.append(_extend_to_comma(text, a, b))
    return spans


def _extend_to_comma(text: str, a: int, b: int) -> tuple[int, int]:
    """A scope clause ends at ", but" / "; " — keep the following "but for the US it gives ..." checkable."""
    m = re.search(r",\s*(?:but|however|though|although|yet|whereas|while|so|instead)\b|,\s*(?:for|in) the (?:US|United States)\b|, where\b", text[a:b], re.I)
    return (a, a + m.start()) if m else (a, b)


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


class _Checker:
    """Runs the checks of one answer against its passages; ``corpus`` decides what is "invented"."""

    def __init__(self, passages: Sequence[str], corpus: str) -> None:
        self.passages = [_parse_passage(i + 1, p) for i, p in enumerate(passages)]
        self.corpus = corpus or "\n".join(passages)
        self.corpus_lower = self.corpus.lower()
        self.front_matter = _front_matter(self.corpus)

    def check(self, unit: _Unit) -> Verdict:
        cites = tuple(int(n) for group in _CITE.findall(unit.text) for n in re.split(r"\s*[,;]\s*", group))
        if unit.kind in ("header", "separator", "heading"):
            return Verdict(unit.text, cites, True, ())
        bad = [n for n in cites if not 1 <= n <= len(self.passages)]
        if bad:
            return Verdict(unit.text, cites, False, (f"cites [{bad[0]}], which is not among the {len(self.passages)} passages",))
        reasons: list[str] = []
        for part, part_cites in _cited_parts(unit):
            cited = [p for p in self.passages if p.n in part_cites] if part_cites else self.passages
            reasons += self._reasons(_prepare(part), cited)
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
        if not s.scope_spans:
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
        anywhere = any(same_quantity(q, n) for n in parse_numbers(self.corpus))
        return f"number {q.text} is not in {where}" + ("" if anywhere else " (invented: not in the corpus)")

    def _number_bindings(self, s: _Sentence, q: Quantity, matching: list[_Line], where: str) -> str | None:
        name = _anchor_for(s.text, q, s.anchors, "name", s.numbers)
        if name and not any(name.key in _line_names(line) for line in matching):
            return f"number {q.text} is not stated for {s.text[name.start:name.end]} in {where}"
        role = _anchor_for(s.text, q, s.anchors, "role", s.numbers)
        if role and q.kind == "money":
            with_roles = [line for line in matching if _line_roles(line)]
            if with_roles and not any(role.key in _line_roles(line) for line in with_roles):
                return f"number {q.text} is not stated for {s.text[role.start:role.end]} in {where}"
        said = _stat_of(s.text, q, s.numbers)
        pairs = [(line, n) for line in matching for n in line.numbers if same_quantity(q, n)]
        if said and pairs and not any(_stat_ok(said, _line_stats(line, n)) for line, n in pairs):
            stats = sorted({st for line, n in pairs for st in _line_stats(line, n)})
            if stats:
                return f"{q.text} is called {'/'.join(sorted(said))} but {where} gives it as {'/'.join(stats)}"
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
        return token.lower() in self.front_matter.lower() and bool(re.search(r"\byear:\s*" + re.escape(token), self.front_matter))

    def _in_text(self, token: str, cited: list[_Passage]) -> bool:
        return any(_mentions(p.text, token) for p in cited)

    # -- 2: entities ----------------------------------------------------------
    def _check_entities(self, s: _Sentence, cited: list[_Passage], where: str) -> list[str]:
        reasons = []
        for name, kind, pos in self._named_things(s):
            if _in_spans(pos, s.scope_spans):
                continue
            if any(_mentions(p.text, form) for p in cited for form in _forms(name)) or self._scope_name(name):
                continue
            invented = not any(_mentions(self.corpus, form) for form in _forms(name))
            reasons.append(f"{kind} '{name}' not in {where}" + (" (invented: not in the corpus)" if invented else ""))
        return reasons

    def _named_things(self, s: _Sentence) -> list[tuple[str, str, int]]:
        things: list[tuple[str, str, int]] = []
        seen: set[str] = set()
        for e in find_entities(s.text, ("company", "place", "job")):
            surface = s.text[e.start:e.end]
            things.append((e.name if e.kind != "job" else surface.rstrip("s") if not surface.lower().endswith("ss") else surface, {"company": "company", "place": "place", "job": "job title"}[e.kind], e.start))
            seen.add(e.name.lower())
        for src in _SOURCES:
            for m in re.finditer(rf"(?<![\w.]){re.escape(src)}(?![\w])", s.text, re.I):
                if src not in seen:
                    things.append((m.group(0), "data source", m.start()))
                    seen.add(src)
        for phrase, pos in _capitalised(s.text):
            if phrase.lower() not in seen and not any(t[2] <= pos < t[2] + len(t[0]) for t in things):
                things.append((phrase, "name", pos))
        for phrase, pos in _job_phrases(s.text):
            if not any(t[2] <= pos < t[2] + len(t[0]) + 12 for t in things):
                things.append((phrase, "job title", pos))
        return things

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

    def _scope_name(self, name: str) -> bool:
        """Names the whole corpus is about: its region ("US") and the job it describes."""
        low = name.lower()
        if low in ("us", "u.s.", "united states", "usa", "america") and (
                re.search(r"region:\s*\"?(US|United States)", self.front_matter) or re.search(r"\bUS market\b", self.corpus, re.I)):
            return True
        return low.rstrip("s") in ("ai researcher", "machine learning researcher", "ai/machine learning researcher", "ml researcher")

    # -- 4: comparisons --------------------------------------------------------
    def _check_comparisons(self, s: _Sentence, cited: list[_Passage]) -> list[str]:
        lines = [line for p in cited for line in p.lines]
        reasons = []
        for m in _COMPARATIVE.finditer(s.text):
            left = self._operand(s, lines, before=m.start())
            right = self._operand(s, lines, after=m.end())
            if left is None or right is None:
                continue
            higher = m.group("dir").lower() in ("more", "higher", "greater", "larger", "bigger")
            gap = (left - right) / max(abs(right), 1e-9)
            wrong_dir = gap <= 0 if higher else gap >= 0
            deg = (m.group("deg") or "").lower()
            wrong_deg = (deg in ("slightly", "somewhat", "a bit", "marginally", "a little") and abs(gap) > SLIGHT) or (
                deg in ("significantly", "much", "far", "substantially", "considerably", "well") and abs(gap) <= SLIGHT)
            if wrong_dir or wrong_deg:
                reasons.append(f"comparison '{m.group(0).strip()}' disagrees with the figures ({left:,.0f} vs {right:,.0f})")
        reasons += self._check_superlative(s, lines)
        return reasons

    def _operand(self, s: _Sentence, lines: list[_Line], before: int | None = None, after: int | None = None) -> float | None:
        """The figure on one side of a comparison: a number written there, or the figure of the name written there."""
        if before is not None:
            lo = max([m.end() for m in _CLAUSE_SPLIT.finditer(s.text) if m.end() <= before and not re.match(r"\s*\(", s.text[m.end():])] + [0])
            nums = [q for q in s.numbers if lo <= q.start and q.end <= before and q.kind in ("money", "percent")]
            names = [a for a in s.anchors if lo <= a.start and a.end <= before]
            if nums and (not names or nums[-1].start > names[-1].start):
                return nums[-1].value
            return self._value_of(names[-1], lines) if names else None
        assert after is not None
        rest = s.text[after:after + 60]
        first_num = next((q for q in s.numbers if q.start >= after and q.kind in ("money", "percent")), None)
        first_name = next((a for a in s.anchors if a.start >= after), None)
        if first_name and (first_num is None or first_name.start < first_num.start) and first_name.start - after <= len(rest):
            return self._value_of(first_name, lines)
        return None  # "more than $150,000" is a bound, checked as a number

    def _value_of(self, anchor: _Anchor, lines: list[_Line]) -> float | None:
        for line in lines:
            money = [n for n in line.numbers if n.kind == "money"]
            if not money:
                continue
            if anchor.group == "name" and anchor.key in _line_names(line):
                return money[0].value
            if anchor.group == "role" and anchor.key in _line_roles(line) and not _line_names(line):
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


def _directions(text: str) -> set[str]:
    return ({"up"} if _UP.search(text) else set()) | ({"down"} if _DOWN.search(text) else set())


def _job_phrases(text: str) -> list[tuple[str, int]]:
    """Lower-case job titles ("software tester", "vice president"): modifier + head noun."""
    out = []
    for m in _JOB_HEAD.finditer(text):
        mod = m.group(1).lower()
        if mod in _STOP or mod in _META or re.search(r"(?:ed|ful|ive|ent|ous|ing)$", mod) or mod in ("senior", "junior", "ones", "top", "lead"):
            continue
        out.append((f"{m.group(1)} {m.group(2)}", m.start()))
    return out


def _cited_parts(unit: _Unit) -> list[tuple[_Unit, tuple[int, ...]]]:
    """"X [1] and Y [2]": each part is checked against its own passage. One part when the markers agree."""
    groups = list(_CITE.finditer(unit.text))
    sets = {tuple(int(n) for n in re.split(r"\s*[,;]\s*", g.group(1))) for g in groups}
    if len(sets) <= 1 or unit.context:
        return [(unit, next(iter(sets), ()))]
    parts, start = [], 0
    for g in groups:
        ids = tuple(int(n) for n in re.split(r"\s*[,;]\s*", g.group(1)))
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


def _forms(name: str) -> list[str]:
    """Spellings of one name: "ML engineer" is "machine learning engineer"; a role family's members stand for each other."""
    forms = [name, re.sub(r"\bML\b", "machine learning", name, flags=re.I), re.sub(r"\bmachine learning\b", "ML", name, flags=re.I)]
    low = name.lower().rstrip("s")
    for phrases in _ROLE_FAMILIES.values():
        if low in phrases and low != "researcher":
            forms += [p for p in phrases if p != "researcher"]
    return forms


def _mantissa(q: Quantity) -> str:
    return re.sub(r"[^\d.]", "", q.text).rstrip("0").rstrip(".")


def _front_matter(corpus: str) -> str:
    m = re.match(r"\s*---\n(.*?)\n---", corpus, re.S)
    return m.group(1) if m else ""


_COMMON_CAPS = frozenset("""I AI ML The A An In On For At By With From As If It Its This That These Those They Their There Here However
    Additionally Also And But Or So Yes No Overall Finally First Second Third Then Note Some Many Most According Based Both Each Every
    While Although When Where What Which Who Why How Senior Junior Director Average Median Top Bottom Range Entry Mid Level Over Under
    Ph PhD Master Masters Bachelor Bachelors STEM Salary Salaries US USA To Of Be Is Are Was Were Researchers Researcher Engineers
    Engineer Scientist Scientists Google Meta Amazon Apple Netflix IBM You Your We Our My Key Sources Source Guide Not""".split())


def _capitalised(text: str) -> list[tuple[str, int]]:
    """Capitalised phrases that are not the first word of the sentence: candidate names ("Kaggle", "Stanford University")."""
    out = []
    for m in re.finditer(r"(?<![\w.'’-])([A-Z][\w&.'’-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&.'’-]*)*)", text):
        if m.start() == 0 or re.match(r"[\s\"“(*]*$", text[: m.start()]) or re.search(r"[.:;!?]\s*$", text[: m.start()]):
            continue
        words = [w for w in re.split(r"\s+", m.group(1)) if w.rstrip(".'’s") not in _COMMON_CAPS and w not in _COMMON_CAPS]
        if not words:
            continue
        out.append((m.group(1).rstrip(".'’"), m.start()))
    return out


# ---------------------------------------------------------------------------
# public API
# ---------------------------------------------------------------------------


# Inline Unicode spaces (no-break, narrow no-break, thin, figure, ...) read as a plain space.
# One character for one, so offsets into the answer stay valid.
_INLINE_SPACES = str.maketrans({c: " " for c in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"})


def _fold_spaces(text: str) -> str:
    return text.translate(_INLINE_SPACES)


def verify(answer: str, passages: Sequence[str], corpus: str = "") -> list[Verdict]:
    """One verdict per unit of ``answer``; ``passages[i]`` is passage [i+1]."""
    answer, passages = _fold_spaces(answer), [_fold_spaces(p) for p in passages]
    checker = _Checker(passages, corpus)
    return [checker.check(u) for u in _units(answer)]


def guard(answer: str, passages: Sequence[str], corpus: str = "") -> GuardResult:
    """``answer`` without its unsupported units; markdown structure kept, citations not renumbered."""
    answer, passages = _fold_spaces(answer), [_fold_spaces(p) for p in passages]
    units = _units(answer)
    checker = _Checker(passages, corpus)
    verdicts = [checker.check(u) for u in units]
    dropped = [u for u, v in zip(units, verdicts) if not v.supported]
    dropped += _orphaned_tables(units, verdicts)
    text = _remove(answer, dropped)
    substantive = [(u, v) for u, v in zip(units, verdicts) if _substantive(u)]
    lost = sum(1 for _, v in substantive if not v.supported)
    kept = len(substantive) - lost
    gutted = kept == 0 or lost * 2 > len(substantive) if (lost or not substantive) else False
    removed = [Removed(v.sentence, "; ".join(v.reasons)) for v in verdicts if not v.supported]
    return GuardResult(text, removed, verdicts, gutted)


def _substantive(unit: _Unit) -> bool:
    if unit.kind in ("header", "separator", "heading"):
        return False
    s = _prepare(unit)
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
