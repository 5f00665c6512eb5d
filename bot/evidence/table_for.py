"""Which one table a "which ... pays the most" question ranks (issue 26, item 6): among the tables of the documents
``bot.evidence.lookup`` kept for the question (its job, place and year), the one whose rows' column or caption the
question's table word names ("which city", "which trade"), with the words of the table's document ("orchestra" of a
musicians' pay tables), the place rows it holds and the column it names ("first year": "Year 1") as tie-breakers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.evidence.ask import Ask
from bot.evidence.compose import tables_of
from bot.tables import PLACE_COLUMNS, Record, Tables
from bot.text import content_stems, stem
from bot.vocabulary import row_kinds

# Words of a question about one table's rows, and the columns they mean (language).
_SAME_TABLE_WORD = {"county": "region", "counties": "region", "town": "city", "towns": "city"}
_TABLE_WORDS = re.compile(
    r"\b(county|counties|town|towns|city|cities|state|states|area|areas|region|regions|province|provinces|sector|sectors|scheme|schemes|"
    r"programme|programmes|specialism|specialisms|specialty|employer|employers|setting|settings|subject|subjects|"
    r"band|bands|level|levels|grade|grades|stipend|stipends|nation|nations|role|roles|firm|firms|company|companies|"
    r"capital|capitals|experience|point|points|size)\b",
    re.I,
)


_COUNT = re.compile(r"[\d.,\s]+")
_ORDINALS = ["first", "second", "third", "fourth", "fifth"]
_ORDINAL_YEAR = re.compile(r"\b(first|second|third|fourth|fifth)[- ]year\b", re.I)  # "first year": "Year 1"


def _shared(words: set[str], own: frozenset[str]) -> set[str]:
    """The stems of ``words`` a document has, or shares a long start with ("apprenticeship": "apprentice")."""
    return {w for w in words if w in own or len(w) >= 8 and any(x[:7] == w[:7] for x in own)}


def table_for(ask: Ask, records: Sequence[Record], tables: Tables | None = None) -> list[Record]:
    """The one table a "which ... pays the most" question is about: the table whose rows' column or caption the
    question's table word names ("which city"), among tables of at least two rows."""
    # a row the question names is not what it ranks ("which city pays mid-level programmers the least": cities, not
    # levels; "which nation has the lowest Band 5 salary": nations, not bands)
    unnamed = ask.text
    for row in sorted(ask.rows, key=len, reverse=True):
        unnamed = re.sub(rf"(?<!\w){re.escape(row)}(?!\w)", " ", unnamed, flags=re.I)
    words = [_SAME_TABLE_WORD.get(w, w) for w in _TABLE_WORDS.findall(unnamed.lower())]
    q = set(content_stems(unnamed)) | {stem(w) for w in words}
    q -= {s for j in ask.jobs for s in content_stems(j)}  # the job asked is not what the rows are ("pharmacists")
    kinds = row_kinds(unnamed)  # "which town": the rows of a place column, whatever its word
    best, best_score, pay = [], (False, 0.0), content_stems("pay")  # (every pay question says pay: no column's word)
    subject = q - pay - content_stems(" ".join(ask.places)) - content_stems("highest lowest most least best top")
    said = re.sub(_ORDINAL_YEAR, lambda m: f"{m.group(0)} year {_ORDINALS.index(m.group(1).lower()) + 1}", ask.text)
    asked = {x.lower() for x in ask.places}
    which = set(content_stems(" ".join(re.findall(r"\bwhich\s+([a-z]+)", unnamed.lower()))))
    for (source, section), rows in tables_of(records).items():
        if len(rows) < 2:
            continue
        # the columns that name rows, not those holding counts ("Average paid hours per week: 42.5")
        naming = [c for c, cell in rows[0].keys if not _COUNT.fullmatch(cell)]
        column = {stem(w) for c in naming for w in re.findall(r"[a-z]+", c.lower())} | content_stems(" ".join(naming))
        own = set().union(*(row_kinds(c) | ({"place"} if PLACE_COLUMNS.match(c) else set()) for c in naming))
        caption = set(content_stems(section.split(" > ")[-1]))
        about = set(content_stems(f"{rows[0].title} {source.split('/')[-1].replace('-', ' ')}"))  # whose table
        exact = 2.5 * len(q & column - pay)
        # the words of the document's other tables ("orchestra" of its "Orchestra service" column), a tie-breaker
        elsewhere = 0.5 * len(_shared(subject - about, tables.words_of(source))) if tables else 0.0
        # the question names the table's rows: by a column's word or kind, or as what its document lists ("which
        # apprenticeship" of "Recommended apprentice pay")
        named = (exact or 2.0 * bool(kinds & own or _shared(which, frozenset(about)))) + 0.5 * len(q & caption - pay)
        held = 1.0 if any(c.lower() in asked for r in rows for _, c in r.keys[1:]) else 0.0  # "... in Dublin"
        labelled = 1.5 if rows[0].asked(said) else 0.0  # "first-year trainees": a table with a "First year" column
        # the same table once a year (a sheet per year): the year asked, else the latest
        years = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", section)]
        dated = 1.0 if any(y in section for y in ask.years) else 0.0001 * max(years) - 0.2 if years else 0.0
        score = named + 1.0 * len(q & about - pay) + elsewhere + held + labelled + dated if named >= 2.0 else 0.0
        # a table whose column the question's own word heads ("which emirate": "Emirate") before one of that kind
        # ("Province")
        score = (bool(exact) and score > 0, score)
        if score > best_score:
            best, best_score = rows, score
    return best
