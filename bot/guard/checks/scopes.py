"""Scopes: a table's figure said of its document's place and job, and an employer said to earn what it pays.

A figure that appears in the cited passage can still be said of the wrong place ("nurses in the UK earn €35,900",
an Irish figure; "nurses in Spain ...") or the wrong job ("civil engineers earn €35,900", a staff nurse's; "pharmacy
technicians earn $136,900", a pharmacist's), or of a company as if it earned the salary it pays ("Northgate Bank
makes £38,500"). Each money figure of a sentence is looked up in the passages it cites and their documents
(bot/guard/documents.py):

- ``places_and_jobs``: a place the sentence names (a document's region, a place cell of a row, a country, a
  people's adjective) is the figure's document's region, a part of it (or what it is a part of), or a place its
  passages name; a job it names (its level and place aside) is the document's occupation, a row's key, or a job its
  section or title names;
- ``employers``: "<employer> makes/earns <salary>", the employer being a row or column of an employer, firm,
  scheme or company table, or a name under a companies heading.

What is said of a figure is read as bot/guard/checks/records.py reads it: in the figure's window, else before the
sentence's first figure.

Example: with "Staff Nurse (Grade): Lowest point: €35,900; Highest point: €49,100" of "Staff Nurse in Ireland:
Career Guide, Ireland 2023" [1], "Staff nurses in the UK start on €35,900 [1]" is dropped ("€35,900 is a figure for
Ireland 2023 in [1], not for UK").

Shortcuts: English place, level and verb words; a short list of countries and people's adjectives.
"""

from __future__ import annotations

import re

from bot.guard.checks.records import all_records, groups, money_figures, quotes_a_line, windows
from bot.guard.documents import LEVEL_WORDS, Document, document_of, documents_in, records_of, stems
from bot.guard.passage import CitedPassage, Context, Sentence, in_spans
from bot.numbers import Quantity, parse_numbers, same_quantity
from bot.retrieval.lexicon import role_key
from bot.tables import PLACE_COLUMNS
from bot.text import job_phrases, phrase_pattern, split_sentences, stem
from bot.vocabulary import COUNTRIES, PLACE_ADJECTIVES, PLACE_ALIASES, PLACE_PARTS

# Another name of a place, and a people's adjective (language, bot/vocabulary.py).
PLACE_NAMES = {**PLACE_ALIASES, **PLACE_ADJECTIVES}
# What a country is made of, where a sentence names a part of it.
PARTS = {k.lower(): tuple(p.lower() for p in v) for k, v in PLACE_PARTS.items()}
# Job heads that say no more than "someone who works in it" ("tax specialists", "audit professionals").
_ANY_JOB = frozenset(stem(w) for w in "specialist expert professional worker staff employee".split())
_EARN = re.compile(r"\s+(?:makes?|made|earns?|earned|takes? home|brings? in)\b", re.I)
_EMPLOYER = re.compile(r"compan|employer|firm|scheme|programme|program|organi[sz]ation|sector|setting|bank", re.I)
_SUBJECT = re.compile(
    r"((?:[A-Z][\w&'’.-]*\s+(?:of\s+|and\s+|&\s+)?){0,5}[A-Z][\w&'’.-]*"
    r"(?:\s+(?:firms?|banks?|compan(?:y|ies)|schemes?|programmes?|employers?))?)\s*$"
)
_PREPOSITION = re.compile(r"\b(?:at|in|for|with|by|from|of|on|joining|joins)\s+(?:(?:a|an|the)\s+)?$", re.I)

# --- place and job ----------------------------------------------------------------------------------------------------


def places_and_jobs(s: Sentence, cited: list[CitedPassage], ctx: Context) -> list[str]:
    """A place or job the sentence names with a money figure is the place and job of the figure's document."""
    figures = groups(s, money_figures(s))
    if not figures or quotes_a_line(s, cited):
        return []
    spans = windows(s, figures)
    places = _places_in(s, ctx)
    jobs = [(a, b, p) for p, a, b in job_phrases(s.text) if not in_spans(a, s.scope_spans)]
    out: list[str] = []
    for g, window in zip(figures, spans):
        owners = [(p, d) for p in cited if (d := document_of(p)) and _gives(p, g)]
        if not owners:
            continue
        for place in _said_of(places, g, window, spans[0], figures[0]):
            if not any(_place_fits(place, p, d, ctx) for p, d in owners):
                out.append(f"{g[0].text} is a figure for {_where_of(owners)} in {ctx.where}, not for {place}")
        for job in _said_of(jobs, g, window, spans[0], figures[0]):
            if not any(_job_fits(job, p, d, ctx) or _stated_with(job, g, p) for p, d in owners):
                out.append(f"{g[0].text} is a figure for {_job_of(owners)} in {ctx.where}, not for {job}")
    return list(dict.fromkeys(out))


def _gives(p: CitedPassage, g: list[Quantity]) -> bool:
    return any(same_quantity(q, n) for q in g for line in p.lines for n in line.numbers)


def _said_of(found, g, window, first_window, first_group) -> list[str]:
    """What is named in the figure's window, else before the sentence's first figure."""
    lo, hi = window
    inside = [what for a, b, what in found if lo <= a and b <= hi]
    if inside:
        return list(dict.fromkeys(inside))
    return list(dict.fromkeys(what for a, b, what in found if first_window[0] <= a and b <= first_group[0].start))


def _where_of(owners: list[tuple[CitedPassage, Document]]) -> str:
    return " / ".join(dict.fromkeys(d.scope or d.title for _, d in owners))


def _job_of(owners: list[tuple[CitedPassage, Document]]) -> str:
    return " / ".join(dict.fromkeys(d.occupation or d.title for _, d in owners))


def _known_places(ctx: Context) -> dict[str, str]:
    """Every place name the answer's passages, the lexicon's documents and the language know -> its spelling."""
    out: dict[str, str] = {c.lower(): c for c in COUNTRIES}
    out.update({k: v for k, v in PLACE_NAMES.items()})
    for d in documents_in(ctx.passages):
        if d.region:
            out.setdefault(d.region.lower(), d.region)
    for d in ctx.lex.documents:
        if d.region:
            out.setdefault(d.region.lower(), d.region)
    for r, _ in all_records(ctx):
        for column, cell in r.keys:
            if PLACE_COLUMNS.match(column) and cell[:1].isupper():
                out.setdefault(cell.lower(), cell)
    return out


def _places_in(s: Sentence, ctx: Context) -> list[tuple[int, int, str]]:
    """Places named in the sentence, outside its scope clauses (longest first; "Northern Ireland" is not Ireland)."""
    return [(a, b, place) for a, b, place in _find_places(s.text, _known_places(ctx)) if not in_spans(a, s.scope_spans)]


def _find_places(text: str, known: dict[str, str]) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for name in sorted(known, key=len, reverse=True):
        for m in phrase_pattern(name, plural=False).finditer(text):
            if name.islower() and name not in PLACE_NAMES and not m.group(0)[:1].isupper():
                continue
            if not any(m.start() < b and m.end() > a for a, b, _ in found):
                found.append((m.start(), m.end(), known[name]))
    return sorted(found)


def _place_fits(place: str, p: CitedPassage, doc: Document, ctx: Context) -> bool:
    """The document's region, a part of it (or what it is part of), or a place its passages name."""
    low, region = place.lower(), doc.region.lower()
    if not region or low == region or low in PARTS.get(region, ()) or region in PARTS.get(low, ()):
        return True
    same_doc = [q for q in ctx.passages if document_of(q) == doc] or [p]
    known = _known_places(ctx)
    return any(place == where for q in same_doc for _, _, where in _find_places(q.text, known))


def _job_fits(job: str, p: CitedPassage, doc: Document, ctx: Context) -> bool:
    """The document's occupation, a row's key, or a job its section or title names (levels aside)."""
    key = role_key(job) - LEVEL_WORDS - _place_words(ctx)
    if not key:
        return True
    occupation = role_key(doc.occupation)
    if not occupation or key <= occupation or occupation <= key:
        return True
    section = p.text.split("\n", 1)[0]
    named = [role_key(x) for x, _, _ in job_phrases(f"{section} ; {doc.title}")]
    if any(k and (key <= k or k <= key) for k in named):
        return True
    records = records_of(p, ctx)
    if any(_key_fits(key, cell, occupation) for rec in records for _, cell in rec.keys):
        return True
    # a job a column is named by ("Station officer" of a state pay table): the column's figures are its pay
    return any(
        k and key <= k for rec in records for v in rec.values for k in [role_key(v.label)] if job_phrases(v.label)
    )


def _stated_with(job: str, g: list[Quantity], p: CitedPassage) -> bool:
    """A line of the passage gives the figure and names one job, this one ("Site managers ... earn €1,905 a week"
    in a trades survey whose title names no job)."""
    key = role_key(job) - LEVEL_WORDS
    if not key:
        return False
    for line in p.lines:
        if not any(same_quantity(q, n) for q in g for n in line.numbers):
            continue
        for sentence in split_sentences(line.text):
            roles = {k for x, _, _ in job_phrases(sentence) if (k := role_key(x) - LEVEL_WORDS)}
            if len(roles) == 1 and any(same_quantity(q, n) for q in g for n in parse_numbers(sentence)):
                (own,) = roles
                if key <= own or own <= key:
                    return True
    return False


def _place_words(ctx: Context) -> frozenset[str]:
    """The stems of every place name and people's adjective known ("UK nurse" and "Irish nurses" are nurses)."""
    return frozenset(w for name in _known_places(ctx) for w in stems(name))


def _key_fits(key: frozenset[str], cell: str, occupation: frozenset[str]) -> bool:
    """A row's key is the job said ("nurse specialists": "Senior Staff Nurse or Nurse Specialist"), or what the
    document's job does in it ("tax specialists", "tax accountants": "Tax"; not "tax lawyers")."""
    cell_key = role_key(cell)
    if not cell_key:
        return False
    if job_phrases(cell):
        return key <= cell_key or any(key <= role_key(x) for x, _, _ in job_phrases(cell))
    return cell_key <= key and key - cell_key <= occupation | _ANY_JOB


# --- employers --------------------------------------------------------------------------------------------


def employers(s: Sentence, cited: list[CitedPassage], ctx: Context) -> list[str]:
    """ "Northgate Bank earns £38,500": an employer (a row of an employer, scheme or company column, or a name under
    a companies heading) is said to earn the salary it pays."""
    money = money_figures(s)
    if not money:
        return []
    out = []
    for m in _EARN.finditer(s.text):
        if not any(m.end() <= q.start <= m.end() + 60 for q in money) or in_spans(m.start(), s.scope_spans):
            continue
        subject = _SUBJECT.search(s.text[: m.start()])
        if not subject or job_phrases(subject.group(1)) or _PREPOSITION.search(s.text[: subject.start()]):
            continue
        name = re.sub(r"^(?:A|An|The)\s+", "", subject.group(1))
        if _employer(name, ctx):
            verb = m.group(0).strip()
            out.append(f"'{name} {verb}': {name} pays that salary in {ctx.where}; it does not earn it")
    return out


def _employer(name: str, ctx: Context) -> bool:
    low, said = name.lower(), stems(name)
    for r, _ in all_records(ctx):
        cells = [*r.keys, *((v.label, v.label) for v in r.values)]
        for column, cell in cells:
            if stems(cell)[: len(said)] == said and _EMPLOYER.search(f"{column} {r.section}"):
                return True
    return any(
        low in (x.lower() for x in labels) and _EMPLOYER.search(heading) for heading, labels in ctx.lex.labels.items()
    )
