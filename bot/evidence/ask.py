"""The question, read once (issue 26, item 3): what it asks about and what it wants.

``read_question(query, tables)`` gives an ``Ask``: the jobs it names ("staff nurse"), the places ("Cork", "Welsh"
read as Wales), the years ("2022", "2024/25"), the years of experience ("7 years of experience", "10 years' PQE"),
the documents' row names it mentions ("Band 6", "Munich", "M2"), and what it wants: ``value``, ``max``, ``min`` or
``compare``, and whether it is about pay. The query is the standalone one (bot/retrieval/condense.py folds a
follow-up into the question before it), so a follow-up inherits the job, place or row of the turn before; the
student's own last message (``latest``) says what it changes: its job, place, row or superlative ("And the least?").

Rows are named as written, by their words' stems, by a short form ("maths"), or without the job word the question is
about ("an assistant head" of teachers); a document's own job title is the job, not a row. Two rows, two jobs or two
places with a comparing word make a comparison; "which town/industry/workplace" ranks one table's rows.

Places are read from the documents (their regions and the cells of their place columns, bot/tables.py) and from a
short list of language (a people's adjective names its place: "Welsh students", "Irish hospitals"). Shortcuts:
English; regular expressions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.evidence.coverage import coverage, towns_in
from bot.evidence.places import holds_place, known_places, places_in
from bot.evidence.row_names import head, job_rows, row_names, row_sources
from bot.geography import country_of
from bot.job_names import foreign_jobs
from bot.languages import MAX as _LANG_MAX
from bot.languages import MIN as _LANG_MIN
from bot.languages import WHICH as _LANG_WHICH
from bot.languages import YEARS as _LANG_YEARS
from bot.numbers import parse_numbers
from bot.tables import Tables
from bot.text import content_stems, fold_accents, job_phrases, mentions
from bot.vocabulary import (
    LEVEL_WORDS,
    PAY_WORDS,
    asks_about_money,
    expand_shorthand,
    job_synonyms,
    row_kinds,
)

_MAX = re.compile(
    r"\b(?:highest|most|best|biggest|largest|greatest|top[- ](?:pay(?:ing)?|paid|earning)|maximum|max|richest|"
    r"best[- ]paid|pays? (?:the )?more|tops)\b|" + _LANG_MAX,
    re.I,
)
_TOP = re.compile(rf"\btop[- ]{PAY_WORDS.pattern}", re.I)  # "the top salary you can reach": the highest
# ("the minimum monthly wage" is a measure, not the lowest row)
_RANKED_NOUN = re.compile(
    r"\b(?:best|highest|top|lowest|worst|least)[- ]pa(?:id|ying)\s+(?:[\w-]+\s+){0,2}"
    r"(?:role|job|position|occupation|career|grade|title|profession)s?\b",
    re.I,
)
_MIN = re.compile(
    r"\b(?:lowest|least|smallest|worst|cheapest|minimum|min|lowest[- ]paid|fewest)\b"
    r"(?<!\bminimum)(?<!\bmin)|\bmin(?:imum)?\b(?!\s+(?:(?:gross|basic|monthly|annual|hourly|weekly|statutory)\s+)*"
    r"(?:wages?|salar(?:y|ies)|pay|rates?)\b)|" + _LANG_MIN,
    re.I,
)
_COMPARE = re.compile(
    r"\b(?:compare[sd]?|comparison|versus|vs\.?|difference|differ|more than|less than|than|(?:more|less) in\b|"
    r"higher|lower|better|worse)\b|\bor\b.*\?",
    re.I,
)
_WHICH = re.compile(rf"\b(?:which|what|where|in which)\b|{_LANG_WHICH}", re.I)
_EXPERIENCE = re.compile(
    r"\b(\d{1,2})\s*(?:\+\s*)?(?:years?|yrs?)['’]?\s*(?:of\s+)?(?:experience|service|pqe|in the job|in the role|"
    r"on the job|qualified|post[- ]qualification|registered)\b|\b(\d{1,2})\s*years?['’]?\s+pqe\b"
    r"|\bwith\s+(\d{1,2})\s+years?\b|\b(\d{1,2})\s*(?:years?|yrs?)\s+(?:in|as)\s+(?!total\b)"
    # "6 years after graduating", "3 yrs since qualifying"
    r"|\b(\d{1,2})\s*(?:years?|yrs?)\s+(?:after|since|out of)\s+(?:graduat\w*|qualif\w*|universit\w*|college|school)"
    # "been a midwife for 10 years"
    r"|\b(?:been|worked|working|practi[sc]ed|practi[sc]ing)\b.{0,70}?\bfor\s+(\d{1,2})\s*(?:years?|yrs?)\b"
    rf"|\b(\d{{1,2}})\s*(?:{_LANG_YEARS})\s+(?:de\s+|d'|di\s+)?(?:experiencia|experi[eê]ncia|exp[ée]rience|esperienza"
    r"|erfahrung|antig[üu]edad|servicio)\b",
    re.I,
)
# Years of experience said by a bound ("after 5 years", "more than 20 years", "over 10 years in the job").
_AFTER_YEARS = re.compile(
    r"\b(after|more than)\s+(\d{1,2})\s*(?:\+\s*)?(?:years?|yrs?)\b(?!\s*(?:old|of age|ago|time))"
    r"|\b(over|at least)\s+(\d{1,2})\s*(?:\+\s*)?(?:years?|yrs?)['’]?(?:\s+(?:of\s+)?(?:experience|service|pqe|in the"
    r" job)\b|\s*(?:[?!,]|$))",
    re.I,
)
# No years of experience yet ("when you're brand new", "with less than a year", "no experience").
_NO_YEARS = re.compile(
    r"\b(?:brand[- ]new|(?:less than|under) (?:a|one|1) (?:year|yr)|(?:with )?no (?:prior )?experience|just (?:started"
    r"|starting|hired)|(?:fresh|straight) out of (?:school|college|uni\w*)|sin experiencia|sem experi[eê]ncia)\b",
    re.I,
)
# The stems of a statistic's label ("Median salary", "Average annual salary"), not a row's name.
STATISTIC_STEMS = frozenset(content_stems("median average mean salary salaries annual typical range pay wage"))
_ACADEMIC_YEAR = re.compile(r"\b(20\d\d)\s*/\s*(\d\d)\b")


@dataclass(frozen=True)
class Ask:
    """What a question asks about and wants."""

    text: str
    pay: bool
    jobs: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    years: tuple[str, ...] = ()
    experience: float | None = None
    rows: tuple[str, ...] = ()  # row names of the documents it mentions ("Band 6", "Munich")
    want: str = "value"  # value | max | min | compare
    latest: str = ""  # the student's own follow-up ("and the top of band 8a?"), when ``text`` folds it in

    @property
    def superlative(self) -> bool:
        return self.want in ("max", "min")


def _years_in(text: str) -> list[str]:
    text = re.sub(r"\bFY\s?(?=\d)", "FY ", text, flags=re.I)  # "FY2021/22": a financial year
    years = [m.group(0).replace(" ", "") for m in _ACADEMIC_YEAR.finditer(text)]
    return years + [
        str(int(q.value))
        for q in parse_numbers(text)
        if q.kind == "year" and not any(str(int(q.value)) in y for y in years)
    ]


def _extends(longer: str, name: str) -> bool:
    """Whether ``longer`` is ``name`` with more letters in its last word ("Librarian II" of "Librarian I"; not
    "Mid-level" of "Mid")."""
    if len(longer) <= len(name) or not longer.lower().startswith(name.lower()):
        return False
    return name[-1].isalpha() and longer[len(name)].isalpha()  # "4th year" does not extend "4"


def _jobs(query: str) -> list[str]:
    """The job phrases of ``query``, neighbours joined ("a director widget engineer" is one job), a title's "of" part
    kept ("Director of Nursing")."""
    out: list[tuple[str, int, int]] = []
    for phrase, start, end in job_phrases(query):
        lead = re.match(r"(?:\w\s+)+(?=\w{2,})", phrase) if query[start - 1 : start] in ("'", "’") else None
        if lead:  # "What's solicitor pay": the "s" of "What's" is no word of the job
            phrase, start = phrase[lead.end() :], start + lead.end()
        titled = re.match(r"\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?", query[end:])
        if titled and phrase[:1].isupper():
            end += titled.end()
            phrase = query[start:end]
        if out and not query[out[-1][2] : start].strip():
            last = out.pop()
            out.append((query[last[1] : end], last[1], end))
        else:
            out.append((phrase, start, end))
    # "a rating (non officer)", "non-teaching staff": a job named only to rule it out is not asked about
    return [p for p, _, _ in out if not re.match(r"non\b", p, re.I)]


def _spelled_out(query: str, tables: Tables) -> tuple[str, ...]:
    """The job an initialism of the question stands for, as a document's title spells it out before it in brackets
    ("CNAs": "Certified Nursing Assistants (CNAs)"); () when none does."""
    out = []
    for m in re.finditer(r"\b([A-Z]{2,5})s?\b", query):
        short = m.group(1)
        for title in (p.title for p in tables.profiles.values() if short in p.title):
            words = rf"((?:[A-Z][\w-]*\s+(?:of\s+|and\s+)?){{{len(short)}}})\({short}s?\)"
            if (spelled := re.search(words, title)) and job_phrases(spelled.group(1)):
                out.append(job_phrases(spelled.group(1))[0][0])
    return tuple(dict.fromkeys(out))


def _titled_rows(job: str, tables: Tables) -> list[str]:
    """The rows named by the job's head noun alone ("Analyst") of the documents whose title holds the job's other
    words ("Careers in Investment Banking" for "investment banking analyst")."""
    words = job.lower().split()
    if len(words) < 2 or any(w in LEVEL_WORDS for w in words):
        return []  # "a senior civil engineer": the level's row ("Senior Engineer"), read by its own rule
    mods = content_stems(" ".join(words[:-1]))

    def other_job(source: str) -> bool:  # the deck's job is a banker; its "Analyst" row is a level of it
        occupation = tables.profiles[source].occupation.lower().split() if source in tables.profiles else []
        return bool(occupation) and occupation[-1].rstrip("s") != words[-1].rstrip("s")

    return [
        c
        for r in tables.records
        for _, c in r.keys[:1]
        if c.lower().rstrip("s") == words[-1].rstrip("s")
        and mods
        and mods <= content_stems(r.title)
        and other_job(r.source)
    ]


def _of_a_place_asked(row: str, places: tuple[str, ...], tables: Tables) -> bool:
    """Whether some document holding ``row`` covers every place asked (or the row is a place asked)."""
    if not places or row.lower() in (p.lower() for p in places):
        return True
    cover = coverage(tables)
    holders = row_sources(row, tables.records)
    return not holders or any(all(cover.place(p, tables.profiles[s]) for p in places) for s in holders)


def _in_a_title_name(row: str, query: str, tables: Tables) -> bool:
    """Whether the question writes ``row`` only as a word of a capitalised name that a document's title holds
    ("Nordvik University" of "... - Nordvik University")."""
    for m in re.finditer(r"[A-Z][\w'-]*(?:\s+(?:of\s+)?[A-Z][\w'-]*)+", query):
        name = m.group(0)
        if name.lower() != row.lower() and mentions(name, row):
            if any(name.lower() in p.title.lower() for p in tables.profiles.values()):
                return True
    return False


def _without_places(phrase: str, tables: Tables) -> str:
    """A job phrase without the place words in front of it ("Scotland solicitors" -> "solicitors")."""
    words = phrase.split()
    while len(words) > 1 and places_in(words[0], known_places(tables)):
        words = words[1:]
    return " ".join(words)


def _a_town(text: str) -> bool:
    """Whether ``text`` names a GeoNames town (bot/geography.py ``asked_towns``) after "in", "at" or the like."""
    from bot.geography import asked_towns

    words = re.findall(r"[^\W\d_][\w'-]*", fold_accents(text.lower()))
    known = asked_towns()
    return any(
        " ".join(words[i + 1 : i + 1 + n]) in known
        for i, w in enumerate(words)
        if w in ("in", "at", "near", "around", "about")
        for n in (1, 2, 3)
    )


def read_question(query: str, tables: Tables, latest: str = "") -> Ask:
    """Read ``query`` (the standalone question) once; ``latest`` is the student's own last message when it was a
    follow-up folded into ``query``: a row it names replaces the rows of the question before."""
    query, latest = expand_shorthand(query), expand_shorthand(latest)
    pay = asks_about_money(query)
    places = tuple(places_in(query, known_places(tables)))
    places += tuple(towns_in(query, tables, places))  # "in odesa": a town no document names
    jobs = tuple(dict.fromkeys(j for j in (_without_places(p, tables) for p in _jobs(query)) if j))
    jobs = jobs or _spelled_out(query, tables)  # "CNAs" of "Certified Nursing Assistants (CNAs) in the US"
    jobs = jobs or tuple(foreign_jobs(query))  # "cuanto gana un cerrajero": a locksmith, as the glossary names it
    before = jobs
    follow_up = bool(latest and latest != query)
    if follow_up:
        # a follow-up's own job or place replaces the one before ("And a civil engineer there?", "And in Canada?")
        own_jobs = tuple(dict.fromkeys(j for j in (_without_places(p, tables) for p in _jobs(latest)) if j))
        own_places = tuple(places_in(latest, known_places(tables)))
        own_places += tuple(towns_in(latest, tables, own_places))
        # not a shorter name of the job before ("civil engineers" ... "And the engineers in Cork?")
        own_jobs = tuple(
            j for j in own_jobs if not any(q.lower() != j.lower() and q.lower().endswith(j.lower()) for q in jobs)
        )
        jobs = own_jobs or jobs
        # (a town no document names, in a country one is about: "and in banska bystrica?" asks no longer of the place
        # before, though its region's row is written otherwise, "Banskobystrický")
        places = own_places or (() if _a_town(latest) else places)
    years = _years_in(query)
    if follow_up and _years_in(latest):
        years = _years_in(latest)  # "and in 2023?": the year asked now, not the one before
    # a follow-up's own years ("and after 5 years?") replace those of the question before
    experience = _experience(latest) if follow_up else None
    if experience is None:
        experience = _experience(query)

    # a row named like the job asked about ("Software Engineer" of a level table, in "software engineers in Munich")
    # is the job, not a row; a statistic's label ("Median salary") is a row only when nothing else is named
    def bare(text: str) -> str:
        kept = [w for w in text.lower().split() if w not in LEVEL_WORDS]
        return " ".join(kept).rstrip("s")

    # the job's head noun alone ("Engineer" in "a graduate civil engineer") is the job too, not a row; so is a row
    # named like a document's own job ("Staff Nurse" of the staff nurse guide); a level named like the job asked
    # ("Deputy head teacher" of the teacher guide's leadership table) is a row
    names = {p.occupation.lower() for p in tables.profiles.values() if p.occupation}
    occupations = {o.split()[-1] for o in names}
    heads = {j.split()[-1].lower().rstrip("s") for j in jobs} & occupations  # "engineer" of a civil engineer
    asked_jobs = {j.lower().rstrip("s") for j in jobs} | {bare(j) for j in jobs}
    asked_jobs = {j for j in asked_jobs if j in names or j in occupations} | heads | names  # a document's own job
    job_heads = frozenset(head(j) for j in (*jobs, *(before if latest and latest != query else ())))
    rows = tuple(
        row_names(
            query,
            tables.records,
            places + tuple(years),
            latest,
            frozenset(asked_jobs),
            job_heads,
            compares=bool(latest and _COMPARE.search(latest)),
        )
    )
    # "Librarian II" named, not also "Librarian I" inside it
    rows = tuple(r for r in rows if not any(_extends(o, r) and mentions(query, o) for o in rows))
    # a job word that starts a row it names ("an assistant head": the "Assistant head teacher" row, not an assistant)
    if rows:
        kept = tuple(
            j
            for j in jobs
            if not any(  # "Social worker (entry)": the job with an aside, still the job
                r.lower().startswith(j.lower() + " ") and re.sub(r"\([^()]*\)", "", r[len(j) :]).strip() for r in rows
            )
        )
        if follow_up:
            kept = tuple(j for j in kept if not any(j.lower() in r.lower() for r in rows))
        jobs = kept or (before if follow_up else ())
    # "a senior civil engineer": the level's row of the job ("Senior Engineer"), when a table has one
    levels = {
        f"{w} {j.split()[-1].rstrip('s')}".lower()
        for j in jobs
        for w in j.lower().split()[:-1]
        if w in LEVEL_WORDS and (not follow_up or re.search(rf"\b{w}\b", latest, re.I))  # the level asked now
    }
    rows += tuple(
        dict.fromkeys(
            c
            for r in tables.records
            for _, c in r.keys
            if c.lower() in levels and not any(c.lower() in n.lower() for n in rows)  # not inside a row named
        )
    )
    # "an investment banking analyst": the "Analyst" row of the document whose title names investment banking
    rows += tuple(dict.fromkeys(c for j in jobs for c in _titled_rows(j, tables) if c not in rows))
    # "Nordvik University" names a document's publisher, not another table's "University" row
    rows = tuple(r for r in rows if not _in_a_title_name(r, query, tables))
    # "a postdoc" (a postdoctoral fellow): the "Postdoctoral Research Fellow (postdoktor)" row of a Position column
    rows += tuple(
        dict.fromkeys(
            c
            for j in jobs
            if not any(mentions(r, j) for r in rows)  # (a row named by the job itself: that row)
            for o in (j, *job_synonyms(j))
            for c in job_rows(o, tables.records)
            if c not in rows
        )
    )
    # a place inside a row the question names ("a Chinese investment bank", "a US bulge-bracket bank") is the row's
    # word, not a place asked
    places = tuple(p for p in places if not any(holds_place(r, p, query, tables) for r in rows))
    # a row of a document about another place is no row of this question ("Starting" of another country's table,
    # for "which graduate job in South Africa has the lowest starting salary?")
    rows = tuple(r for r in rows if _of_a_place_asked(r, places, tables))
    specific = tuple(r for r in rows if not (content_stems(r) and content_stems(r) <= STATISTIC_STEMS))
    rows = specific or rows
    # a row's own name ("Top 10%") or a column's ("Top of band", "Highest point") is not a superlative asked for
    wording = query
    if follow_up and (_MAX.search(latest) or _MIN.search(latest)):
        wording = latest  # "And the least?" after "Which city pays the most?": the superlative asked now
    # (in a fixed order, longest first; a label saying highest or lowest stays when the question asks which row:
    # "which position has the highest step 1 salary" is no "Highest step" column)
    asks_which = re.search(r"\b(?:which|where)\b", query, re.I)
    labels = [
        x
        for x in tables.long_labels()
        if mentions(wording, x) and not (asks_which and (_MAX.search(x) or _MIN.search(x)))
    ]
    for name in [*rows, *sorted(labels, key=lambda x: (-len(x), x))]:
        wording = re.sub(re.escape(name), " ", wording, flags=re.I)
    # a named row's column ("the maximum salary on grade D2" of "Annual salary Maximum") is no superlative either,
    # unless the question asks which row ("which city pays senior engineers the most")
    named, own = set(rows), set()
    for r in tables.records if rows else ():
        own |= {w.lower() for v in r.values for w in v.label.split()} if r.name in named else set()
    for extreme in (_MAX, _MIN) if not re.search(r"\b(?:which|where)\b", query, re.I) else ():
        wording = extreme.sub(lambda m: " " if m.group(0).lower() in own else m.group(0), wording)
    # "most" before a plural without "the" is a quantifier, not a superlative ("what do librarians need in most states")
    # ("most Nigerian graduate employers": words before the plural, none of them a preposition or an article)
    word = r"(?!(?:in|across|of|for|at|on|the|a|an|to|with|by|from|per|is|was|has|does|as|this|its|his|us)\b)[a-z-]+"
    wording = re.sub(rf"(?<!\bthe )(?<!\bat )\bmost\s+(?=(?:{word}\s+){{0,3}}{word}s\b)", " ", wording, flags=re.I)
    # two rows, two jobs or two places (not a place and the country it is in: "Dublin, Ireland"): a comparison
    inside = {p for p in places for q in places if q != p and _within(q, p, tables)}
    sides = max(len(rows), len(jobs), len(places) - len(inside))
    which = _WHICH.search(wording) or (follow_up and _WHICH.search(query))  # "And the least?" of "Which city ...?"
    which = which or bool(row_kinds(wording) - {"experience", "level"})  # "Best-paid state for ...?": which state
    # "best paid of the swiss pharma roles" (not "the top of the band")
    which = which or bool(re.search(r"\bof (?:the|all|these|those)\s+(?:[\w-]+\s+){0,3}[\w-]+s\b", wording, re.I))
    # "the best paid role in ...", "the best-paid textile job": which role
    which = which or bool(_RANKED_NOUN.search(wording))
    # "Which city has the most ...": the rows of one table ranked, even when other words name rows
    over_table = bool(which and row_kinds(wording) and not _COMPARE.search(wording))
    if sides >= 2 and not over_table and (_COMPARE.search(wording) or _MAX.search(wording) or _MIN.search(wording)):
        want = "compare"
    elif _MAX.search(wording) and which or re.search(r"\b(?:highest|lowest)\b", wording, re.I) or _TOP.search(wording):
        want = "min" if _MIN.search(wording) and not _MAX.search(wording) else "max"
        if _MIN.search(wording) and _MAX.search(wording):
            want = "min" if _MIN.search(wording).start() < _MAX.search(wording).start() else "max"
    elif _MIN.search(wording) and which:
        want = "min"
    else:
        want = "value"
    own = latest if follow_up else ""
    return Ask(query, pay, jobs, places, tuple(dict.fromkeys(years)), experience, rows, want, own)


def _experience(text: str) -> float | None:
    """The years of experience ``text`` asks about ("10 years' PQE", "after 5 years", "more than 20 years in"); a
    number word read as its number ("ten years of experience"); past a bound ("more than 20") the next year; none yet
    ("brand new", "less than a year", "no experience"): 0."""
    if _NO_YEARS.search(text):
        return 0.0
    spelled = text
    for q in reversed([q for q in parse_numbers(text) if q.kind == "count" and q.text.strip().isalpha()]):
        spelled = spelled[: q.start] + str(int(q.value)) + spelled[q.end :]
    m = _AFTER_YEARS.search(spelled)
    if m:
        bound, years = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        return float(years) + (1.0 if re.match(r"more|over", bound, re.I) else 0.0)
    m = _EXPERIENCE.search(spelled)
    return float(next(g for g in m.groups() if g)) if m else None


def _within(place: str, country: str, tables: Tables) -> bool:
    """Whether ``place`` lies in ``country``: a place a document of that region names, or a part of it."""
    from bot.vocabulary import PLACE_PARTS

    if place in PLACE_PARTS.get(country, ()) or place != country and country_of(place) == country:
        return True
    return any(p.region == country and place in p.places for p in tables.profiles.values())
