"""The one text layer: words, Snowball stems, sentences and answer units, citation markers, phrase patterns.

Everything that reads prose uses these (retrieve, extractive, citations, verify, scope, condense, ingest's lexicon),
so a sentence, a stem or an [n] means the same thing everywhere.

- ``tokenize``: BM25 tokens (lower-case, Snowball-stemmed words and numbers, stop words out).
- ``stem`` / ``content_stems``: Snowball (PyStemmer) stems of the words that carry meaning.
- ``split_sentences``: sentences of one paragraph line, abbreviation-aware; [n] markers stay with their sentence.
- ``units``: an answer's checkable units: sentences, each markdown bullet and table row (with its header).
- ``BULLET`` / ``HEADING`` / ``SEPARATOR_ROW``: the one rule for a list item, a heading and a table's separator row;
  an answer's units here and a passage's lines (bot/lines.py) both use them.
- ``CITATION`` / ``parse_citations`` / ``strip_citations``: [1], [1, 3], [1; 3], [1][3].
- ``phrase_pattern`` / ``mentions``: a word-bounded, case-insensitive phrase ("ML engineer", "ML-engineers").

Shortcuts: regular expressions, not a parser; English, and other languages' function words (bot.languages).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import yaml

from bot.errors import Unreadable
from bot.languages import FUNCTION_WORDS
from bot.vocabulary import JOB_HEADS

# --- words and stems ----------------------------------------------------------

STOPWORDS = FUNCTION_WORDS.union(  # (other languages' articles, prepositions and question words: bot.languages)
    """a an and are as at be by can do does for from how i in is it me my of on or should the their they this to was
    what when where which who why will with you your about would could much many""".split()
)
# Words that carry no content of their own when comparing a sentence with a passage (language, not document facts).
FILLER = FUNCTION_WORDS.union(
    """a an the and or of to in for on at by with from as is are was were be been being it its this that these those
    their they them there here which who whom whose what when where how can could may might will would should shall
    do does did has have had not no also such than then so very more most less many much some any each other into
    about over under between through during per within across up out if but yes you your we our us i me my he she his
    her it's they're one both all only just like well even still yet typically often usually generally including
    include includes e.g i.e etc while whereas however although overall based around approximately roughly nearly
    almost year years annual annually slightly significantly somewhat versus vs respectively compared marginally
    considerably substantially go goes going went gone come comes came""".split()
)
META = frozenset(
    """guide document passage passages source sources context according mention mentions mentioned state states stated
    say says said note notes noted provide provides provided list lists listed describe describes described give
    gives given cover covers covered information answer question hope help helps glad happy feel free ask let know
    sure certainly here's there's figure figures data point points table tables summary below above following
    shown""".split()
)
# Words of one meaning, after stemming (language: pay words, role heads, growth words).
SYNONYMS = {
    "earn": "pay",
    "salari": "pay",
    "paid": "pay",
    "compens": "pay",
    "incom": "pay",
    "wage": "pay",
    "make": "pay",
    "employ": "compani",
    "firm": "compani",
    "job": "role",
    "posit": "role",
    "career": "role",
    "research": "research",
    "scientist": "research",
    "ml": "machin",
    "forecast": "project",
    "expect": "project",
    "grow": "growth",
    "increas": "growth",
    "rise": "growth",
    "big": "larg",
    "huge": "larg",
    "abil": "skill",
}

_local = threading.local()


def _stemmer():
    """A Snowball English stemmer per thread (PyStemmer objects are not thread-safe)."""
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        import Stemmer

        stemmer = _local.stemmer = Stemmer.Stemmer("english")
    return stemmer


def stem(word: str) -> str:
    """The Snowball stem of one lower-cased word ("salaries" -> "salari")."""
    return _stemmer().stemWord(_singular_ves(word.lower()))


def _singular_ves(word: str) -> str:
    """ "midwives" -> "midwife": a plural Snowball does not bring to its singular's stem."""
    return word[:-3] + "fe" if word.endswith("wives") else word


def tokenize(text: str) -> list[str]:
    """BM25 tokens: lower-case words (Snowball-stemmed, so "mathematics" meets "mathematical") and numbers,
    stop words removed."""
    tokens = [
        t for t in re.findall(r"[a-z0-9$%.,]+", text.lower().replace(",", "")) if t not in STOPWORDS and t.strip(".$%")
    ]
    stem_word = _stemmer().stemWord
    return [stem_word(_singular_ves(t)) if t.isalpha() else t for t in tokens]


def words(text: str) -> list[str]:
    """Words as written: letters, inner apostrophes, hyphens, "+" and "#" ("C++", "C#", "e-commerce")."""
    return re.findall(r"[A-Za-z][A-Za-z'’+#-]*[A-Za-z+#]|[A-Za-z]", text)


@lru_cache(maxsize=8192)
def _content_stems_cached(text: str) -> frozenset[str]:
    out: set[str] = set()
    for word in words(text):
        for part in word.split("-"):
            low = re.sub(r"['’]s$", "", part.lower())
            if low in FILLER or low in META or len(low) < 2:
                continue
            s = stem(low)
            out.add(SYNONYMS.get(s, s))
    return frozenset(out)


def content_stems(text: str) -> frozenset[str]:
    """Stems of the words that carry meaning, synonyms folded ("salaries", "earn" -> "pay")."""
    return _content_stems_cached(text)


# --- phrases ------------------------------------------------------------------


_UNMARKED = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "s", "æ": "a", "Æ": "A", "ı": "i"}


@lru_cache(maxsize=4096)
def _plain_letter(ch: str) -> str:
    base = unicodedata.normalize("NFKD", ch)[:1]
    return _UNMARKED.get(ch) or (base if base.isascii() and base.isalpha() else ch)


def fold_accents(text: str) -> str:
    """``text`` with each accented letter as its plain one ("Wrocław" -> "Wroclaw", "Poznań" -> "Poznan"), one
    letter for one, so a span found in the folded text is the same span in ``text``: students type names plain."""
    return text if text.isascii() else "".join(_plain_letter(c) for c in text)


@lru_cache(maxsize=16384)
def phrase_pattern(phrase: str, plural: bool = True) -> re.Pattern[str]:
    """``phrase`` as a case-insensitive pattern on word boundaries; spaces match spaces, hyphens, "&" or "/", an
    accented letter its plain one too ("Poznan" is "Poznań"), an "s"/"es" may follow."""
    body = re.escape(phrase.strip()).replace(r"\ ", r"(?:\s*[&/]\s*|[\s-]+)").replace(r"\-", r"[\s-]+")  # "X & Y"
    if not phrase.isascii():
        body = "".join(f"[{c}{_plain_letter(c)}]" if _plain_letter(c) != c else c for c in body)
    tail = r"(?:s|es|'s|’s)?" if plural and phrase[-1:].isalpha() else ""
    # a row named "1" or "5" is not the digit of a figure ("€1,000", "5+ years", "2.5%")
    before = r"(?<![\w$£€₹.,])" if phrase.strip()[:1].isdigit() else r"(?<![\w])"
    after = r"(?![\w+%]|[.,]\d)" if phrase.strip()[-1:].isdigit() else r"(?![\w])"
    return re.compile(rf"{before}{body}{tail}{after}", re.I)


def mentions(text: str, phrase: str) -> bool:
    return bool(phrase.strip()) and phrase_pattern(phrase).search(text) is not None


# --- citations ----------------------------------------------------------------

CITATION = re.compile(r"\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]")


def citation_numbers(group: str) -> list[int]:
    """The numbers inside one marker's brackets: "1, 3" -> [1, 3]."""
    return [int(n) for n in re.split(r"\s*[,;]\s*", group.strip())]


def parse_citations(text: str) -> list[int]:
    """Every cited number, in order of appearance ("[1][3]" and "[1, 3]" both give 1, 3)."""
    return [n for m in CITATION.finditer(text) for n in citation_numbers(m.group(1))]


def strip_citations(text: str) -> str:
    return CITATION.sub(" ", text)


# --- sentences ------------------------------------------------------------------

_ABBREV = frozenset(  # (and a grade's word cut short: "Cat. A", "Gr. II")
    "e.g i.e etc vs dr mr mrs ms inc ltd co approx no fig st jr sr u.s u.k a.m p.m kr cat kat gr niv lvl".split()
)
_TAIL_MARKERS = re.compile(r"(?:\s*\[\d{1,3}(?:\s*[,;]\s*\d{1,3})*\])*")


def sentence_spans(line: str) -> list[tuple[str, int, int]]:
    """Sentences of one paragraph line as (text, start, end); citation markers stay with the sentence before them."""
    cuts: list[int] = []
    for m in re.finditer(r"[.!?]+[\"”’')\]]*", line):
        before = re.search(r"([\w.]+)[.!?]*$", line[: m.start() + 1])
        word = (before.group(1) if before else "").lower().rstrip(".")
        if (
            word in _ABBREV
            or re.fullmatch(r"[a-z]", word)
            or re.fullmatch(r"\d+", word)
            and line[m.end() : m.end() + 1].isdigit()
            or re.fullmatch(r"\d{1,2}", word)  # an ordinal in a row's cells ("(13. Monatslohn", "; 3. Lehrjahr")
            and re.search(r"(?:^|[(/;:,\"“]\s*)\d{1,2}$", line[: m.start()])  # or a quoted section's ("2. Day rates")
        ):
            continue
        end = m.end() + (tail.end() if (tail := _TAIL_MARKERS.match(line[m.end() :])) else 0)
        nxt = after.group(1) if (after := re.match(r"\s+(\S)", line[end:])) else ""
        if word and not word.isascii() and len(word) <= 5 and word.isalpha() and nxt and not nxt.isupper():
            continue  # "мин. 1 600", "макс. 2 950": a short word of another alphabet cut short, before a figure
        if not line[end:].strip() or nxt and (nxt in "0123456789\"“'(*[$_" or nxt.isupper()):  # "higher. София"
            cuts.append(end)
    out, start = [], 0
    for cut in [*cuts, len(line)]:
        if (piece := line[start:cut]).strip():
            out.append((piece.strip(), start + len(piece) - len(piece.lstrip()), start + len(piece.rstrip())))
        start = cut
    return out


def split_sentences(line: str) -> list[str]:
    return [s for s, _, _ in sentence_spans(line)]


# --- units of an answer -------------------------------------------------------

SEPARATOR_ROW = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
BULLET = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+")


@dataclass(frozen=True)
class Unit:
    """A checkable piece of an answer. ``kind``: sentence, bullet, row, header, separator, heading.

    ``start``/``end`` are offsets into the text; ``line`` its line number; ``table`` which table a row
    belongs to (-1: none); ``context`` for a table row: its cells as "header: cell" pairs.
    """

    text: str
    start: int
    end: int
    kind: str
    line: int
    table: int = -1
    context: str = ""


def cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def units(text: str) -> list[Unit]:
    """The answer's units: sentences; each markdown bullet and table row is a unit of its own."""
    out: list[Unit] = []
    lines = text.split("\n")
    offset, table_id = 0, -1
    header: list[str] = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith("|"):
            if not (i > 0 and lines[i - 1].strip().startswith("|")):
                table_id, header = table_id + 1, []
            out.append(_table_unit(line, offset, i, table_id, lines, header))
            if out[-1].kind == "header":
                header = cells(line)
        elif not stripped:
            pass
        elif HEADING.match(line):
            out.append(Unit(stripped, offset + line.index(stripped), offset + len(line), "heading", i))
        elif BULLET.match(line):
            out.append(Unit(stripped, offset + line.index(stripped), offset + len(line), "bullet", i))
        else:
            out += [Unit(s, offset + a, offset + b, "sentence", i) for s, a, b in sentence_spans(line)]
        offset += len(line) + 1
    return out


def _table_unit(line: str, offset: int, i: int, table_id: int, lines: list[str], header: list[str]) -> Unit:
    stripped = line.strip()
    start, end = offset + line.index(stripped), offset + len(line)
    if SEPARATOR_ROW.match(line):
        return Unit(stripped, start, end, "separator", i, table_id)
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    if SEPARATOR_ROW.match(nxt) and (i == 0 or not lines[i - 1].strip().startswith("|")):
        return Unit(stripped, start, end, "header", i, table_id)
    row = cells(line)
    if header and len(header) == len(row):
        context = " ; ".join(f"{h}: {c}" if h else c for h, c in zip(header, row))
    else:
        context = " ; ".join(row)
    return Unit(stripped, start, end, "row", i, table_id, context)


def split_units(text: str) -> list[str]:
    return [u.text for u in units(text)]


# Inline Unicode spaces (no-break, narrow no-break, thin, figure, ...) read as a plain space, one for one.
_INLINE_SPACES = str.maketrans(
    {c: " " for c in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"}
)


def fold_spaces(text: str) -> str:
    return text.translate(_INLINE_SPACES)


# --- names and job titles (language: capitalisation; the head nouns of job titles: bot.vocabulary) ----
_JOB = re.compile(rf"\b((?:[A-Za-z][\w/+&-]*\s+){{0,3}}?)({JOB_HEADS})(?:s|es)?\b", re.I)
_IVES = re.compile(r"\b(midwi)ves\b", re.I)  # a head noun's plural in -ves
_MODIFIER_NOT = re.compile(
    r"^(?:(?!\w*motive$)\w+(?:ed|ful|ive|ous|ly)|senior|junior|top|lead|best|new|good|great|typical|average|median|aspiring|leading|emerging|growing|working|future|the|a|an)$",
    re.I,
)


_NOT_MODIFIER = frozenset(
    """pay pays paid earn earns make makes become becoming hire hires hiring offer offers get gets want wants work works
    give gives giving employ employs need needs take takes have has start starts job jobs salary salaries role roles
    offering paying earning making getting wanting employing needing taking having seeking
    one two three four five six seven eight nine ten highest lowest largest smallest biggest fewest compare compared
    comparing versus vs""".split()
)


def job_phrases(text: str) -> list[tuple[str, int, int]]:
    """Job titles: up to three modifier words and a job head noun ("widget quality engineer", "nurse")
    as (phrase, start, end)."""
    out = []
    text = _IVES.sub(lambda m: m.group(1) + "fes", text)  # "midwives" -> "midwifes": same length, offsets kept
    for m in _JOB.finditer(text):
        mods: list[str] = []
        for w in reversed(m.group(1).split()):
            low = w.lower()
            if (
                low in FILLER
                or low in STOPWORDS
                or low in _NOT_MODIFIER
                or (_MODIFIER_NOT.match(w) and not w[:1].isupper())
            ):
                break
            if mods and mods[0].islower() and w[:1].isupper() and not w.isupper():
                break
            mods.insert(0, w)
        phrase = " ".join(mods + [m.group(2)])
        # the modifiers are the last len(mods) words before the head: start at the first of them, by position
        # (searching for its text would find a later repeat: "Acme Acme researchers")
        spans = [w.start() for w in re.finditer(r"\S+", m.group(1))]
        start = m.start(1) + spans[len(spans) - len(mods)] if mods else m.start(2)
        if out and not mods and not text[out[-1][2] : start].strip():
            # two job nouns in a row are one job ("vet nurse", "apprentice electrician"): the first names the second
            first, first_start, _ = out.pop()
            phrase, start = f"{first} {phrase}", first_start
        out.append((phrase, start, m.end()))
    return out


# Capitalised words that start sentences or name the language, not a thing (language, not facts about a document).
COMMON_CAPS = frozenset(
    """I The A An In On For At By With From As If It Its This That These Those They Their There Here However
    Additionally Also And But Or So Yes No Overall Finally First Second Third Then Note Some Many Most According
    Based Both Each Every While Although When Where What Which Who Why How To Of Be Is Are Was Were You Your We Our
    My Key Not Do Does Did Can Could Should Would Will May Might Must Please Sorry Sure Great Good Thanks Thank Hi
    Hello Unfortunately Generally Typically Usually Often Average Median Top Bottom Range Salary Salaries Source
    Sources Guide Passage Passages Figure Figures Table Level Entry Mid Senior Junior Director Manager Researcher
    Researchers Engineer Engineers Scientist Scientists Master Masters Bachelor Bachelors PhD Ph Never Always Among
    Half Get Being Learn Gain Build Develop Pursue Start Focus Consider Take Make Keep Use Try Look Check Join Apply
    Explore Read Write Practice Work Earn Become Having Getting Besides Beyond Despite Unlike Like Across Within
    Without During After Before Since Because Until Whether Once Instead Rather Just Even Only Still Yet Already
    Another Other Such Several Few More Less Much Any All None Neither Either Nor Roughly About Around Approximately
    Nearly Over Under Above Below Between Following Together Meanwhile Likewise Similarly Conversely Thus Therefore
    Hence Moreover Furthermore Ultimately Currently Today Now Often Sometimes Remember Ensure Stay Engage Collaborate
    Attend Obtain Master Acquire Aim Seek Note Importantly Specifically Notably Including""".split()
)
_RAND = re.compile(r"R\d[\d,.]*$")
_CAPS = re.compile(r"(?<![\w.'’-])([A-Z][\w&.'’+#-]*(?:\s+(?:of\s+|&\s+|de\s+)?[A-Z][\w&.'’+#-]*)*)")


def proper_names(text: str, first_words: bool = False) -> list[str]:
    """Capitalised phrases ("Springfield Heights", "WidgetHub"); a sentence's first word only when ``first_words``."""
    return [p for p, _, _ in proper_name_spans(text, first_words)]


def proper_name_spans(text: str, first_words: bool = False) -> list[tuple[str, int, int]]:
    out = []
    for m in _CAPS.finditer(text):
        at_start = (
            m.start() == 0
            or re.match(r"[\s\"“(*|:-]*$", text[: m.start()])
            or re.search(r"[.:;!?|]\s*[\"“(*]*$", text[: m.start()])
        )
        ws = [w for w in m.group(1).split() if not _RAND.match(w)]  # "R38,500": an amount in rand, not a name
        if at_start and not first_words:
            ws = ws[1:]
        while ws and ws[0].rstrip(".'’s") in COMMON_CAPS:
            ws = ws[1:]
        while ws and ws[-1].rstrip(".'’") in COMMON_CAPS:
            ws = ws[:-1]
        if not ws or all(w.rstrip(".'’s") in COMMON_CAPS for w in ws):
            continue
        phrase = " ".join(ws).rstrip(".'’")
        phrase = re.sub(r"['’]s$", "", phrase)
        start = text.index(ws[0], m.start())
        out.append((phrase, start, start + len(phrase)))
    return out


# --- table rows as ingest writes them: "Header: cell; Header: cell" ----------------------------

# a header may be long ("Median salary 2024 (AED, incl. housing)"), but holds no sentence's end
_ROW_PAIR = re.compile(r"^\s*((?:(?![.!?]\s+[A-Z])(?:[^:;|]|:(?=\d))){1,90}?):\s+([^;]+?)\s*$")  # ("8:00–18:00")


# "Quebec (Province)", "Community agency (non-profit) (Sector)": a cell (its own aside kept) and its header
_NAMED_CELL = re.compile(r"^\s*((?:\w{1,3}\)\s+)?[^()]+?(?:\s*\([^()]*\))?)\s+\(((?:[^()]|\([^()]*\)){1,60})\)\s*$")


def row_cells(line: str) -> list[tuple[str, str]] | None:
    """The (header, cell) pairs of a table row, else None. Ingest (``ingest.chunk.table_rows``) writes a row as its
    naming cells, each with its header in brackets, then its figures with theirs: "Entry (Level), Junior (Title):
    Median salary: £32,000; Typical range: £27,000 to £36,000"; plain pairs ("Level: Entry; Median: £32,000") too."""
    parts = line.strip().rstrip(".").split("; ")
    named: list[tuple[str, str]] = []
    head, _, rest = parts[0].partition(": ")
    head = re.sub(r"^(?:\([^()]*\),\s)+", "", head)  # an empty first cell: "(S/No.), Agricultural Officer (Post)"
    # cells split at ", " outside brackets ("Hospital (state, local) (Sector)"), else not before a digit, else after a
    # header's bracket only ("Storm-warning observatory, Lake Balaton (Workplace), Siófok (Location)")
    cells_ = [_NAMED_CELL.match(c) for c in re.split(r",\s(?![^()]*\))", head)] if _ROW_PAIR.match(rest) else []
    for split in (r",\s(?![^()]*\))(?!\d)", r"(?<=\)),\s(?![^()]*\))"):
        cells_ = [_NAMED_CELL.match(c) for c in re.split(split, head)] if cells_ and not all(cells_) else cells_
    if cells_ and all(cells_):
        named = [(m.group(2).strip(), m.group(1).strip()) for m in cells_ if m]
        parts = [rest, *parts[1:]]
    elif len(parts) < 2:
        return None
    # a cell that holds "; " itself ("Usually not provided; rent subsidy of ¥20,000 at some schools"): a part with no
    # label of its own, after a labelled one, goes on with the cell before
    pairs: list[tuple[str, str]] = []
    for p in parts:
        m = _ROW_PAIR.match(p)
        if m:
            pairs.append((m.group(1).strip(), m.group(2).strip()))
        elif pairs and ": " not in p and p.strip():
            pairs[-1] = (pairs[-1][0], f"{pairs[-1][1]}; {p.strip()}")
        else:
            return None
    return named + pairs


def line_label(body: str) -> str:
    """What a line is about: a table row's first cell, else the label before a colon ("Acme" in "Acme: $123,456")."""
    cells_ = row_cells(body)
    if cells_:
        return cells_[0][1]
    if body.lstrip().startswith("|") and not SEPARATOR_ROW.match(body):
        first = cells(body)[0]
        return first if first and not parse_first_is_number(first) else ""
    if ":" in body[:60]:
        label = body.split(":", 1)[0].strip()
        return label if len(label.split()) <= 6 else ""
    return ""


def parse_first_is_number(cell: str) -> bool:
    return bool(re.match(r"^[\d$£€.,%\s-]+$", cell))


def flatten_meta(meta: object) -> dict[str, str | int | float | bool]:
    if not isinstance(meta, dict):
        return {}
    flat: dict[str, str | int | float | bool] = {}
    for key, value in meta.items():
        if isinstance(value, (str, int, float, bool)):
            flat[str(key)] = value
        elif value is not None:
            flat[str(key)] = str(value)
    return flat


def split_front_matter(text: str) -> tuple[dict[str, str | int | float | bool], str]:
    """YAML front matter between leading ``---`` lines -> (meta, body). Malformed YAML -> Unreadable."""
    match = re.match(r"\A---\s*\n(.*?)\n---\s*(?:\n|\Z)", text, re.S)
    if not match:
        return {}, text
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise Unreadable(f"front matter is not valid YAML ({exc.__class__.__name__})") from exc
    return flatten_meta(meta), text[match.end() :]
