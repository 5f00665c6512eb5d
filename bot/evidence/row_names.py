"""Which of the documents' table rows a question names (issue 26, item 3): "Band 6", "Munich", "M2", "step 2",
"a purser at asiana" (the "Asiana Airlines" row of an Airline column), "NSW" for "New South Wales".

``row_names(query, records, ...)`` reads every distinct key cell of the records once per question. The cells, their
columns and their documents are indexed once per records list (``_cells_of``): a table row gives one record per
value column, so the same cells repeat; the per-question work is over distinct cells only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.geography import country_of
from bot.tables import Record
from bot.text import FILLER, STOPWORDS, content_stems, job_phrases, mentions, phrase_pattern, stem
from bot.vocabulary import COUNTRY_NAMES, NOT_ROW_NAMES, PLACE_ADJECTIVES, PLACE_SHORT, row_kinds


def _names_row(query: str, stems: list[str], cell: str, heads: frozenset[str] = frozenset()) -> bool:
    """The question names a row's cell: as written, or every word of it by its stem or a long shared start
    ("design consultancies" names "Design consultancy"), a one-word name by its short form ("maths" names
    "Mathematics"), a long name by its first two words ("the Orbital Software programme"), or a job's row without the
    job's head noun the question is about ("an assistant head" of teachers names "Assistant head teacher")."""
    numbered = re.fullmatch(r"([A-Za-z]+)\s+(\d)", cell.strip())  # "Year 1" said "first year" or "year one"
    if numbered and 0 < int(numbered.group(2)) <= len(_ORDINALS):
        word, n = numbered.group(1).lower(), int(numbered.group(2)) - 1
        if re.search(rf"\b(?:{_ORDINALS[n]}\s+{word}|{word}\s+{_CARDINALS[n]})\b", query, re.I):
            return True
    ordinal = re.match(r"(\d)(?:st|nd|rd|th)\s+([A-Za-z]+)", cell.strip())  # "3rd year" said "third year"
    if ordinal and 0 < int(ordinal.group(1)) <= len(_ORDINALS):
        said = rf"\b(?:{_ORDINALS[int(ordinal.group(1)) - 1]}|{re.escape(ordinal.group(0)[:3])})\s+{ordinal.group(2)}\b"
        if re.search(said, query, re.I):
            return True
    if re.fullmatch(r"[A-Z]{2,4}", cell.strip()):  # "WA", "NSW": as written, never inside "was"
        return bool(re.search(rf"(?<![\w-]){cell.strip()}(?![\w-])", query))
    short = re.search(r"\(([A-Z]{2,4})\)\s*$", cell)  # "Able Seaman (AB)" asked as "an AB", in capitals
    if short and re.search(rf"(?<![\w-]){short.group(1)}(?![\w-])", query):
        return True
    # an English name of two words or more: "Upravljavec upepeljevalnika (crematorium operator)" (not "(bilingual)")
    gloss = re.search(r"\(([^\W\d_][^()\d]{3,58}\s[^()\d]+)\)\s*$", cell)
    if gloss and mentions(query, gloss.group(1)):
        return True
    bare = re.sub(r"\s*\([^()]*\)", "", cell).strip()  # "Community agency (non-profit)": without its aside
    named_by_bare = len(bare.split()) >= 2 or not job_phrases(bare)  # "Senior (7+ yrs)"; not "Teacher (..., PL1)"
    if bare != cell and named_by_bare and re.search(r"\d", cell) and not re.search(r"\d", bare):
        return _names_row(query, stems, bare, heads)  # "Large employer (1,000+ staff)" said "a large employer"
    if re.fullmatch(r"[A-Z][a-z]{1,4}\. \w{1,4}", cell.strip()):  # "Cat. D" typed "cat D"
        return mentions(query, cell.replace(".", ""))
    dashed = cell.replace("–", "-").replace("—", "-")  # "0–2 years" written, "0-2 years" typed
    if len(cell) < 2 or cell.isdigit() or re.search(r"\d", cell) and not mentions(query, dashed):
        return False
    if mentions(query, dashed):
        return True
    # "Hospital / health authority", "CELTA or Trinity CertTESOL": either name
    slashed, either = re.split(r"\s+/\s+", cell), re.split(r"\s+or\s+", cell)
    parts = [p for p in slashed if len(slashed) > 1 and len(p) >= 4]
    # not by a job it names ("Translator or interpreter" of "translators")
    parts += [p for p in either if len(either) > 1 and len(p) >= 4 and not job_phrases(p)]
    # "Local banks and financial services" named by either side of two words or more ("a local bank")
    both = re.split(r"\s+and\s+", bare)
    parts += [p for p in both if len(both) == 2 and len(p.split()) >= 2 and not job_phrases(p)]
    if len(parts) > 1 and any(_names_row(query, stems, p, heads) for p in parts):
        return True
    if bare != cell and len(bare) >= 4 and _names_row(query, stems, bare, heads):
        return True
    words = _cell_words(cell)
    if not words or len(words) > 4:
        return len(words) > 4 and mentions(query, " ".join(cell.split()[:2])) and cell[:1].isupper()
    if len(words) == 1:
        full = cell.strip().lower()
        return len(full) >= 8 and any(
            4 <= len(w) <= len(full) - 4 and full.startswith(stem(w)) and w.lower() not in FILLER
            for w in re.findall(r"[A-Za-z]+", query)
        )  # "maths" is short for "Mathematics" ("how much" names no "Muchinga")
    if len(words) >= 3 and words[-1][0] in heads:
        words = words[:-1]  # "assistant head", the teachers asked about before: "Assistant head teacher"
    # every word of the name, in order, next to each other in the question (by stem or a long shared start)
    at = [[i for i, s in enumerate(stems) if own == s or start and s[:6] == start] for own, start in words]
    return any(all(first + k in hits for k, hits in enumerate(at)) for first in at[0])


def _by_first_name(query: str, column: str, cell: str) -> bool:
    """A company's row named by its own first word ("asiana" of "Asiana Airlines" in an Airline column): a name whose
    every word is capitalised, its first word of five letters or more and no place ("Korean" of "Korean Air" is asked
    of every Korean airline)."""
    word = _first_name(cell)
    if word is None or word not in query.lower() or not _company_column(column):
        return False
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", query, re.I) is not None


@lru_cache(maxsize=16384)
def _first_name(cell: str) -> str | None:
    first = re.match(r"([A-Z][\w'’-]{4,})\s+\S", cell)
    proper = all(w[:1].isupper() or w[:1].isdigit() or w == "&" for w in cell.split())  # "Asiana Airlines"
    if not first or not proper:
        return None
    word = first.group(1).lower()
    return None if word in PLACE_ADJECTIVES or word in COUNTRY_NAMES else word


@lru_cache(maxsize=4096)
def _company_column(column: str) -> bool:
    return "company" in row_kinds(column)


def _could_name(query: str, stems: list[str]):
    """A cheap test that rules out most cells before ``_names_row``: a cell the question can name has its first word
    in the question as written, or (by stem or a long shared start) among the question's words, or is one long word
    the question shortens ("maths")."""
    low = query.lower()
    own, starts = set(stems), {s[:6] for s in stems if len(s) >= 6}
    short = [stem(w) for w in re.findall(r"[A-Za-z]{4,}", query)]

    def could(cell: str) -> bool:
        first = re.search(r"[A-Za-z]+", cell)
        if first is None or first.group().lower() in low or re.search(r"\([A-Z]{2,4}\)\s*$", cell):
            return True  # (an initialism in brackets names it too: "Able Seaman (AB)")
        if any(
            re.match(r"[^\W\d_]+", p) and re.match(r"[^\W\d_]+", p).group().lower() in low
            for p in cell.split(" / ")[1:]
            # (a name of two words or more that no English job title is: "ayudante de cerrajería"; not "supervisor
            # (bilingual)", nor "Shift Supervisor" of a fire service's "Watch Manager / Shift Supervisor")
            if len(re.sub(r"\s*\([^()]*\)", "", p).split()) >= 2 and not job_phrases(p)
        ):
            return True  # (either side of a slash: "Aprendiz / ayudante de cerrajería")
        gloss = re.search(r"\(([A-Za-z]+)\s[^()]*\)\s*$", cell)  # (and an English name: "... (crematorium operator)")
        if gloss and gloss.group(1).lower() in low:
            return True
        words = _cell_words(cell)
        if not words:
            return False
        if len(words) == 1 and any(cell.strip().lower().startswith(s) for s in short):
            return True
        return words[0][0] in own or bool(words[0][1]) and words[0][1] in starts

    return could


_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth".split()
_CARDINALS = "one two three four five six seven eight nine".split()


@lru_cache(maxsize=16384)
def _cell_words(cell: str) -> tuple[tuple[str, str], ...]:
    """A cell's words of three letters or more: (stem, first six letters when the word has six or more)."""
    words = [w for w in re.findall(r"[A-Za-z]+", cell) if len(w) > 2]
    return tuple((stem(w), w.lower()[:6] if len(w) >= 6 else "") for w in words)


def _by_column(low: str, column: str, cell: str) -> bool:
    """A short cell ("2", "B") named with its column's word before it ("step 2", "pay point 4"), or a number's cell by
    its ordinal before the word ("the first point")."""
    column_word = _column_word(column)
    if not column_word:
        return False
    named = cell.lower()
    for after in _after_column_word(low, column_word):
        if after.startswith(named) and not re.match(r"[\w.,]", after[len(named) : len(named) + 1]):
            return True
    n = int(cell) if cell.isdigit() else 0
    return 0 < n <= len(_ORDINALS) and _ordinal_before(low, column_word, n)


@lru_cache(maxsize=4096)
def _column_word(column: str) -> str:
    words = [w for w in re.findall(r"[a-z]+", column.lower()) if len(w) > 2 and w not in STOPWORDS]
    return "|".join(words)


@lru_cache(maxsize=1024)
def _after_column_word(low: str, column_word: str) -> tuple[str, ...]:
    """What follows each of the column's words in the question ("step 2": "2")."""
    return tuple(low[m.end() :] for m in re.finditer(rf"\b(?:{column_word})\s+", low))


@lru_cache(maxsize=1024)
def _ordinal_before(low: str, column_word: str, n: int) -> bool:
    return re.search(rf"\b{_ORDINALS[n - 1]}\s+(?:{column_word})s?\b", low) is not None


@dataclass(frozen=True)
class _Cells:
    """A records list's distinct key cells: (column, cell) pairs in first-seen order, each cell's documents, the
    distinct cells, and the cells of the form "X and Y" (four letters or more before "and", five words at most)."""

    pairs: tuple[tuple[str, str], ...]
    sources: dict[str, frozenset[str]]
    cells: tuple[str, ...]
    pair_names: tuple[tuple[str, str], ...]


_CELLS: dict[int, tuple[list[Record], int, _Cells]] = {}


def _cells_of(records: list[Record]) -> _Cells:
    """The index of ``records``, built once per list (the corpus's records are one list until the index changes)."""
    hit = _CELLS.get(id(records))
    if hit is not None and hit[0] is records and hit[1] == len(records):
        return hit[2]
    pairs: dict[tuple[str, str], None] = {}
    sources: dict[str, set[str]] = {}
    for r in records:
        for column, cell in r.keys:
            pairs[(column, cell)] = None
            sources.setdefault(cell, set()).add(r.source)
    cells = tuple(dict.fromkeys(cell for _, cell in pairs))
    pair_names = []
    for cell in cells:
        pair = re.fullmatch(r"([A-Za-z]{4,})\s+and\s+\w[\w\s-]*", cell.strip())
        if pair and len(cell.split()) <= 5:
            pair_names.append((cell, pair.group(1).lower()))
    index = _Cells(tuple(pairs), {c: frozenset(s) for c, s in sources.items()}, cells, tuple(pair_names))
    if len(_CELLS) >= 8:
        _CELLS.clear()
    _CELLS[id(records)] = (records, len(records), index)
    return index


def _columns_of(records: list[Record]) -> dict[str, set[str]]:
    """Each row name (lower case) and the columns it is a cell of."""
    out: dict[str, set[str]] = {}
    for column, cell in _cells_of(records).pairs:
        out.setdefault(cell.lower(), set()).add(column.lower())
    return out


def row_names(
    query: str,
    records: list[Record],
    places: tuple[str, ...] = (),
    latest: str = "",
    jobs: frozenset[str] = frozenset(),
    heads: frozenset[str] = frozenset(),
    compares: bool = False,
) -> list[str]:
    """The row names ``query`` names; for a follow-up (``latest``, the student's own last message, which
    ``compares`` or not), the rows it changes and those it keeps."""
    if latest and latest != query:
        newer = row_names(latest, records, tuple(p for p in places if mentions(latest, p)), jobs=jobs, heads=heads)
        if newer and not compares:
            if any(mentions(latest, p) for p in places if not re.match(r"\d{4}", p)):
                return newer  # "And an associate?": the new row, not the one before
            # "What about station officers there?": the new row, in the place asked before (a row of its own)
            # and the rows before of another column ("And with over 10 years?" after a site manager's pay: the
            # Trade row stays, the experience row is replaced)
            before = row_names(query, records, places, jobs=jobs, heads=heads)
            columns = _columns_of(records)
            replaced = {c for n in newer for c in columns.get(n.lower(), ())}
            asked = {p.lower() for p in places}
            kept = [
                r for r in before if not columns.get(r.lower(), set() if r.lower() in asked else replaced) & replaced
            ]
            return list(dict.fromkeys(newer + kept))
        if newer:  # "How does that compare to Y?": the row before and the new one
            return list(dict.fromkeys(row_names(query, records, places, jobs=jobs, heads=heads) + newer))
    index = _cells_of(records)
    names: list[str] = []
    sources: dict[str, frozenset[str]] = {}  # each name's documents
    asked = {p.lower() for p in places}
    stems = [stem(w) for w in re.findall(r"[A-Za-z]+", query)]
    could = _could_name(query, stems)
    low = query.lower()
    asked_stems = content_stems(query)
    for column, cell in index.pairs:
        if cell.lower().rstrip("s") in jobs or cell.lower() in NOT_ROW_NAMES:
            continue  # the job asked about, or a column's answer ("Most"), not a row
        if cell.lower() in asked or could(cell) and _names_row(query, stems, cell, heads):
            names.append(cell)
            sources[cell] = index.sources[cell]
        elif _by_first_name(query, column, cell):
            names.append(cell)  # "a purser at asiana": the "Asiana Airlines" row of an Airline column
        elif len(cell) <= 3 and _by_column(low, column, cell):
            names.append(cell)  # "step 2": the row "2" of the "Step" column
        elif (other := PLACE_SHORT.get(cell.strip())) and re.search(rf"(?<!\w){re.escape(other)}(?!\w)", query):
            names.append(cell)  # "NSW" asked, "New South Wales" written (or the other way round)
        elif cell.count(" ") >= 2 and len(own := content_stems(cell)) >= 3 and own <= asked_stems:
            names.append(cell)  # every word of "National median salary 2024", in another order
    # a one-word name said with the word before it that starts a longer row's name ("a deputy head" is the
    # "Deputy head teacher" row, not another table's "Head")
    for n in [n for n in names if len(n.split()) == 1]:
        m = re.search(rf"\b([a-z]+)\s+{re.escape(n.lower())}\b", low)
        if m and m.group(1) not in STOPWORDS:
            start = f"{m.group(1)} {n.lower()} "
            longer = [c for c in index.cells if c.lower().startswith(start)]
            if longer:
                names = [x for x in names if x != n] + longer[:1]
    # a longer name hides the shorter one inside it ("Inner London" hides "London"), of the same document (another
    # document's "Mid-level" does not hide this one's "Mid")
    names = sorted(set(names), key=len, reverse=True)
    out: list[str] = []
    for n in names:  # (a name said only in part, "Hospital" of "Hospital / health authority", hides nothing)
        inside = re.compile(rf"(?<![\w]){re.escape(n.lower())}(?![\w])")  # "4" is not inside "4th year"
        own = sources.get(n, frozenset())
        if not any(
            inside.search(o.lower())
            and mentions(query, o)
            and (not own or own & sources.get(o, own))
            and not mentions(phrase_pattern(o).sub(" ", query), n)  # ("senior principal ... than a principal ...")
            for o in out
        ):
            out.append(n)
    # a pair's name by its first word ("audit" names "Audit and assurance"), unless a row is named by that word itself
    for cell, word in index.pair_names:
        if cell in out or word not in low or any(word in j.split() for j in jobs):
            continue  # (not "nursing" of the nursing assistants asked about: "Nursing and residential care")
        if re.search(rf"\b{word}s?\b", low) and not any(o.lower().startswith(word) for o in out):
            out.append(cell)
    return out


_LEVELS: dict[int, tuple[_Cells, list[tuple[str, list[str]]]]] = {}


def _level_cells(index: _Cells) -> list[tuple[str, list[str]]]:
    """The cells of level or job columns with their words' stems (asides dropped), read once per index."""
    hit = _LEVELS.get(id(index))
    if hit is None or hit[0] is not index:
        cells = [
            (cell, [stem(w) for w in re.findall(r"[A-Za-z]+", re.sub(r"\s*\([^()]*\)", "", cell))])
            for column, cell in index.pairs
            if "level" in row_kinds(column)
        ]
        _LEVELS.clear() if len(_LEVELS) >= 8 else None
        hit = _LEVELS[id(index)] = (index, cells)
    return hit[1]


def job_rows(job: str, records: list[Record]) -> list[str]:
    """The rows of a level or job column that name ``job`` (two words or more) with more words between or before
    them ("postdoctoral fellow" of "Postdoctoral Research Fellow (postdoktor)"), its head noun last."""
    words = [stem(w) for w in re.findall(r"[A-Za-z]+", job)]
    if len(words) < 2:
        return []
    out = []
    for cell, own in _level_cells(_cells_of(records)):
        if any([stem(w) for w in re.findall(r"[A-Za-z]+", part)] == words for part in re.split(r"\s+/\s+", cell)[1:]):
            out.append(cell)  # the job as one of a row's two names ("1st Assistant Camera / Focus Puller")
            continue
        if len(own) <= len(words) or own[-1] != words[-1] or own[-len(words) :] == words:
            continue  # (the job itself, with a level or more words before it: "Senior Software Engineer")
        at = iter(own)
        if all(w in at for w in words):  # in order, other words between
            out.append(cell)
    return list(dict.fromkeys(out))


def row_sources(cell: str, records: list[Record]) -> frozenset[str]:
    """The documents whose records hold the key cell ``cell``."""
    return _cells_of(records).sources.get(cell, frozenset())


def holding_names(query: str, rows: Sequence[str], places: Sequence[str], records: list[Record]) -> str:
    """The one document whose rows hold every proper name ``query`` gives a row, by its first two words at least
    (an employer, a company: "Lagoon Telecom" of "Lagoon Telecom Nigeria"), when it names one; "" otherwise."""
    asked = {p.lower() for p in places}
    names = [
        r
        for r in rows
        if r.lower() not in asked
        and not job_phrases(r)
        and len(two := r.split()[:2]) == 2
        and all(w[:1].isupper() and w.isalpha() for w in two)  # "Lagoon Telecom", not "Starting" or "Business /"
        and mentions(query, " ".join(two))
        and not country_of(" ".join(two))  # "Mexico City (CDMX)" is a place, not a company
        and not any(mentions(r, p) for p in places)
    ]
    held = [row_sources(r, records) for r in names]
    common = frozenset.intersection(*held) if held else frozenset()
    return next(iter(common)) if len(common) == 1 else ""


def head(job: str) -> str:
    """The stem of a job phrase's head noun ("nurs" of "staff nurses")."""
    return stem(job.split()[-1]) if job.split() else ""


def kin(word: str, known: set[str] | frozenset[str]) -> bool:
    """Whether the documents write ``word`` in another form: a word of theirs shares its first seven letters
    ("carpentry" of "carpenter", "pharmaceutical" of "pharmacist" is not: six), or is the thing a place in "-ery" is
    named after, or the one who works there ("winery": "wine", "bakery": "baker")."""
    low = word.lower()
    if re.search(r"[a-z]{3}(?:ery|eries)$", low):  # "winery" of "wine", "fisheries" of "fish", "bakery" of "bake"
        base = re.sub(r"(?:ery|eries)$", "", low)
        if any(s in known for b in (base, base + "e", low[: -len("y")]) if len(b) >= 4 for s in content_stems(b)):
            return True
    return len(low) >= 8 and any(k.startswith(low[:7]) for k in known)
