"""Salary answers from the records, with the scope said first (issue 26, items 5 and 6).

``lookup(ask, tables, passages)`` decides, from what each document covers (bot/tables.py ``Profile``) and what the
question asks (bot/evidence/ask.py ``Ask``), one of:

- ``scope``: the question asks about a job, place or year no document covers for that job. The first sentence says
  exactly that ("The documents do not cover nurse pay in Spain."), then which documents do have figures for the job,
  then the closest figures: the same job elsewhere, each line with its scope in the line. Never another job's pay.
- ``answer``: a row lookup (a row the question names, or the row whose years of experience hold the asked number),
  the highest or lowest row of one table (within one currency and one pay period), or a comparison of named rows.
  The sentence is composed from the record ("Registered Nurse, UK 2024, Band 6 (...): starting salary £36,200 a
  year [2]."), so it is fluent, instant and verified by construction; the rows it used follow, quoted verbatim
  under their document's title and scope.
- nothing (``kind == ""``): the question is not one the records answer; ``documents`` still says which documents
  cover the job and place asked, so the chain can keep its other lines to those.

The cited chunks are added to ``passages`` when retrieval did not bring them: every [n] is the passage of its row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from bot.evidence.ask import _AFTER_YEARS, _NO_YEARS, Ask
from bot.evidence.compose import (
    across,
    comparison,
    either_side,
    of_years,
    passage_number,
    per,
    position,
    quoted,
    ranking,
    row_name,
    scope_text,
    sentence,
    shown,
    starting,
    tables_of,
    where,
)
from bot.evidence.coverage import Coverage, coverage
from bot.evidence.places import said_as
from bot.evidence.row_names import holding_names
from bot.evidence.rows import NATIONAL, bare_job, by_keys, holding, named_rows, of_a_place_not_asked, said_in_prose
from bot.evidence.steps import RANGE, ends_of, of_months
from bot.evidence.subjects import unknown_subject, where_after_job
from bot.evidence.table_for import table_for
from bot.evidence.whose import asks_whose, best_place, whose_figure
from bot.tables import GENERIC_LABEL_WORDS, Profile, Record, Tables, period_of
from bot.text import content_stems, job_phrases, mentions, tokenize
from bot.types import Passage
from bot.vocabulary import (
    EXPLAIN_WORDS,
    MEASURE_LABEL_WORDS,
    PRICE_WORDS,
)

_RANK_WORDS = {"money": ("Highest", "Lowest"), "share": ("Largest", "Smallest"), "count": ("Most", "Fewest")}


@dataclass
class Evidence:
    kind: str = ""  # "answer", "scope", or "" (the records do not answer it)
    text: str = ""
    passages: list[Passage] = field(default_factory=list)
    documents: tuple[str, ...] = ()  # the sources that cover what was asked (empty: no restriction)


# --- choosing records -----------------------------------------------------------------------------------------


def _by_experience(ask: Ask, records: Sequence[Record]) -> list[Record]:
    if ask.experience is None:
        return []
    years = ask.experience
    hits = [r for r in records if r.experience and r.experience[0] <= years <= r.experience[1] and r.money]
    # the table of single years over the table of ranges, a narrower range over a wider one
    hits.sort(key=lambda r: (r.experience[1] - r.experience[0]) if r.experience else 99)
    return by_keys(ask, hits)[:1]  # of a table by city and experience, the row of the city asked


# --- the decision ---------------------------------------------------------------------------------------------


def lookup(ask: Ask, tables: Tables, passages: Sequence[Passage]) -> Evidence:
    """Scope reply, composed answer, or nothing, for a question read by ``read_question``."""
    out = list(passages)
    if not tables.profiles:
        return Evidence(passages=out)
    cover = coverage(tables)
    price = bool(PRICE_WORDS.search(ask.text))
    places_only = all(r.lower() in (p.lower() for p in ask.places) for r in ask.rows)
    covered = any(cover.job(j, s) or cover.in_rows(j, s) for j in ask.jobs for s in cover.by_doc)
    # a document the question names by its own name ("at Nordvik University", "the Kestrel guide", "nakuru county
    # govt"): the question is about it; one with no table (a job advert's prose) answers from its lines
    named = cover.named_document(ask.text)
    # not a document the job asked is not in ("civil" of the question before a follow-up's "a staff nurse there?"),
    # nor one of two jobs compared ("machine learning" of the AI guide); its own row of the job keeps it
    heads = {j.split()[-1].lower().rstrip("s") for j in ask.jobs}  # (a row of the job asked: "3rd Officer")
    held_rows = {r.name for r in tables.of(named) if r.name.split()[-1:] and r.name.split()[-1].lower() in heads}
    if named and tables.profiles[named].records and ask.jobs and not all(cover.job(j, named) for j in ask.jobs):
        # (its prose names the job: "AGRICULTURAL OFFICER II – CPSB 09" over an advert's job-group rows)
        said = all(any(mentions(x, j) for x in cover.texts.get(named, ())) for j in ask.jobs)
        named = named if held_rows and len(ask.jobs) < 2 or said else ""
    # (of a document with tables, a question that asks no pay nor price: "the SQE assessments' cost" is its rows')
    if named and (not tables.profiles[named].records or not ask.pay and not price):
        foreign = unknown_subject(ask, cover.doc_words[named], tables, at_least=2, verbs=False, elsewhere=cover.words)
        if foreign:  # "the pension scheme of the Nakuru posts": words that document never uses
            return Evidence("scope", f"The documents do not cover {foreign}.", out)
    if named and not tables.profiles[named].records:
        return Evidence(passages=out, documents=(named,))
    # a price asked that is no pay ("a visa cost"), or pay or a place with no job the documents cover: a subject the
    # documents never mention is said so; a pay question about a covered job never is (its other words may be rare)
    if price and not ask.pay or (ask.pay or ask.places) and places_only and not covered:
        foreign = unknown_subject(ask, cover.words, tables)
        if foreign and ask.places and (own := cover.of_place_words(ask.text, ask.places, tables)):
            return Evidence(passages=out, documents=own)  # ("night shift bonus for weather forecasters in Budapest")
        if foreign:  # "car insurance in Ontario", "a skilled worker visa": a subject the documents never mention
            return Evidence("scope", f"The documents do not cover {foreign}.", out)
    if covered and ask.want == "value":
        # the job's (and place's) documents never use two words of the question's subject ("days of annual leave"):
        # said so, not answered from their nearest lines. One odd word is not: a student's own ("degree") often is
        own = [
            s
            for s, profile in tables.profiles.items()
            if any(cover.job(j, s) or cover.in_rows(j, s) for j in ask.jobs)  # ("Foreman with certificate")
            and all(cover.place(pl, profile) for pl in ask.places)
        ]
        # and the document holding a company's row the question names ("Lagoon Telecom" of its employer rows)
        own += [s for s in [holding_names(ask.text, ask.rows, ask.places, tables.records)] if s and s not in own]
        own_words = set().union(*(cover.doc_words[s] for s in own)) if own else set()
        # the sentence that names the job is the question ("Ignore your instructions. What do nurses earn ...?")
        said = [x for x in re.split(r"(?<=[.!?])\s+", ask.text) if any(mentions(x, j) for j in ask.jobs)]
        asked = replace(ask, text=said[-1]) if said else ask
        # (not of documents written in another language: "cold room" of a Spanish scale's "cámara frigorífica")
        english = [s for s in own if not cover.foreign(s)]
        foreign = (
            unknown_subject(asked, own_words, tables, at_least=2, verbs=False, elsewhere=cover.words) if english else ""
        )
        # unless one other document uses every one of those words and the job's ("tanger automotive plants" and
        # "technician" of a Moroccan guide whose rows are in French): the question is about that one
        wanted = content_stems(foreign) | set().union(*(content_stems(j) for j in ask.jobs)) if foreign else set()
        holders = [
            s
            for s, words in cover.doc_words.items()
            if wanted and wanted <= words and all(cover.place(pl, tables.profiles[s]) for pl in ask.places)
        ]  # (of the place asked: not "chef de service" of a Tunisian notice, for chefs in the UK)
        if len(holders) == 1:
            return Evidence(passages=out, documents=(holders[0],))
        if foreign and not (ask.pay and where_after_job(asked.text, foreign, ask.jobs)):
            return Evidence("scope", f"The documents do not cover {foreign}.", out)
    figure_or_column = _column_asked(ask, tables) or asks_whose(ask)  # "the top of Band 7", "whose is 62 million"
    if not ask.pay and not ask.superlative and not figure_or_column or EXPLAIN_WORDS.match(ask.text):
        return Evidence(passages=out, documents=_about(ask, cover))
    profiles = [p for p in tables.profiles.values() if p.records]
    gap = ""
    # a document named by its own name, or the one document holding the names the question gives its rows ("Lagoon
    # Telecom" of a survey's employer rows)
    held = holding_names(ask.text, ask.rows, ask.places, tables.records)
    docs = [p for p in profiles if p.source == (named or held)] or profiles
    if ask.jobs and not held:
        # a document whose title, rows or prose name the job, or one of whose columns pays it ("Captain (annual,
        # gross)" of a pilots' table, beside a fire service's "Captain" rows); and one of the place asked a row of
        # which names it ("Cook, waiter/waitress or receptionist with a completed apprenticeship" in Austria)
        by_job = [p for p in docs if any(cover.job(j, p.source) or cover.named(j, p.source) for j in ask.jobs)]
        by_job += [
            p
            for p in docs
            if p not in by_job
            and ask.places
            and all(cover.place(pl, p) and cover.names_a_place(p) for pl in ask.places)
            and any(cover.in_rows(j, p.source) for j in ask.jobs)
        ]
        # of several, for a highest or lowest, those that name the job in full ("lift technician" of a Moldovan
        # column, not a Taiwanese "Sr T (senior technician)" whose text mentions lifts), when a modifier says which
        rowed = [p for p in by_job if any(len(j.split()) > 1 and cover.named(j, p.source) for j in ask.jobs)]
        by_job = rowed if rowed and ask.superlative else by_job
        if not by_job and not ask.pay:
            return Evidence(passages=out)
        if not by_job:
            # a job only documents with no table describe (a job advert's prose): their lines answer
            prose = [s for s, p in tables.profiles.items() if not p.records and any(cover.job(j, s) for j in ask.jobs)]
            placed = [s for s in prose if all(cover.place(pl, tables.profiles[s]) for pl in ask.places)]
            if prose and not placed:  # the job's prose is of another place ("AMEs in Jamaica": Trinidad's deck)
                what = f"{ask.jobs[0]} pay in {' or '.join(said_as(p, ask.text, tables) for p in ask.places)}"
                return Evidence("scope", scope_text(what, [tables.profiles[s] for s in prose], tables, ask, out), out)
            if prose:
                return Evidence(passages=out, documents=tuple(placed))
            if any(bare_job(j) in r.lower() for r in ask.rows for j in ask.jobs):
                by_job = docs  # the job is a row of some table ("matron"): the rows decide
            else:
                # a job the documents' lines name, not their titles or rows: their lines answer, in the place asked
                about = [tables.profiles[s] for s in dict.fromkeys(s for j in ask.jobs for s in cover.written_about(j))]
                placed = [p for p in about if all(cover.place(pl, p) and cover.names_a_place(p) for pl in ask.places)]
                if placed:
                    return Evidence(passages=out, documents=tuple(p.source for p in placed))
                return Evidence("scope", scope_text(f"{ask.jobs[0]} pay", [], tables, ask, out), out)
        docs = by_job
    if ask.places:
        # every place asked, or (two jobs or two places compared) any of them
        each = all if len(ask.jobs) < 2 and len(ask.places) < 2 else any
        placed = [p for p in docs if each(cover.place(pl, p) for pl in ask.places)]
        # the documents that name the place over those that name none (a place they do not rule out); none of those
        # when the job's documents that name a place name others ("cabin crew in Spain": Korea's, not a shipping deck)
        explicit = [p for p in placed if cover.names_a_place(p)]
        # no job the question names is read as one ("tea pluckers"), and the passages found for it are all of
        # documents about other places: the place is said not covered, not their figures given as its (nor another
        # job's as "the closest": which job was asked is not known)
        found = [tables.profiles[s] for s in dict.fromkeys(p.source for p in out[:4]) if s in tables.profiles]
        if (
            not explicit
            and not ask.jobs
            and found
            and all(cover.names_a_place(p) for p in found)
            and not any(mentions(t, pl) for p in found for t in cover.texts.get(p.source, ()) for pl in ask.places)
        ):  # (and none of them writes the place)
            where = " or ".join(said_as(p, ask.text, tables) for p in ask.places)
            return Evidence("scope", scope_text(f"pay in {where}", [], tables, ask, out), out)
        placed = explicit or ([] if ask.jobs and any(cover.names_a_place(p) for p in docs) else placed)
        if not placed:
            where = " or ".join(said_as(p, ask.text, tables) for p in ask.places)  # ("Lisbon", not "Lisboa (AML)")
            what = f"{ask.jobs[0]} pay in {where}" if ask.jobs else f"pay in {where}"
            if ask.jobs:
                return Evidence("scope", scope_text(what, docs, tables, ask, out), out)
            gap = what
        docs = placed or docs
    if ask.years and not gap and not ask.jobs and len(docs) == len(profiles):
        # no job asked: the documents the question is about are those holding the rows it names, else the one its
        # words point at ("the doctoral stipend in 2020")
        named = named_rows(ask, tables.records)
        # a row named only by the year asked ("2022" of a pay-trend table) says less than the question's words do
        # ("a purser at Asiana in 2022": the airline workbook, not another job's trend table)
        about = [tables.profiles[s] for s in dict.fromkeys(r.source for r in named if r.name not in ask.years)]
        by_year = [tables.profiles[s] for s in dict.fromkeys(r.source for r in named)] if not ask.superlative else []
        docs = about or _topic(ask, profiles, cover) or by_year or docs
    if ask.years and not gap:
        dated = [p for p in docs if all(cover.year(y, p) for y in ask.years)]
        if not dated and docs and len(docs) < len(profiles):
            # the asked year is not repeated: a year the documents never state is never shown as if they did
            where = said_as(ask.places[0], ask.text, tables) if ask.places else ""
            what = (ask.jobs[0] + " pay" if ask.jobs else "pay") + (f" in {where}" if where else "")
            return Evidence("scope", scope_text(f"{what} for the year asked", docs, tables, ask, out), out)
        docs = dated or docs
    sources = tuple(p.source for p in docs) if len(docs) < len(profiles) else ()
    if not sources and not ask.jobs and not ask.places:  # ("the georgian winery": its rare words' document)
        sources = cover.of_rare_words(ask.text, tables)
        if not sources and ask.experience is not None and not ask.superlative:
            sources = cover.of_words(ask.text, tables)  # ("a forecaster with 4 years": not any table's 4 years)
    if gap:
        return Evidence(passages=out, documents=sources)
    records = of_months(ask, [r for r in tables.records if not sources or r.source in sources])
    text = whose_figure(ask, records, tables, out) or best_place(ask, records, tables, out)
    text = text or _answer(ask, records, tables, out)
    return Evidence("answer" if text else "", text, out, sources)


def _topic(ask: Ask, profiles: Sequence[Profile], cover: Coverage) -> list[Profile]:
    """The one document whose title, headings and rows share clearly the most words with the question; [] when none
    stands out."""
    asked = set(content_stems(ask.text)) - set(content_stems(" ".join(ask.places)))
    scored = sorted(((len(asked & cover.by_doc[p.source][1]), p) for p in profiles), key=lambda t: -t[0])
    if len(scored) < 2 or scored[0][0] < 2 or scored[0][0] < scored[1][0] + 2:
        return []
    return [scored[0][1]]


def _about(ask: Ask, cover: Coverage) -> tuple[str, ...]:
    """For a question that is not about pay ("What degree do you need to become a social worker in Canada?"): the
    documents that cover its job in its place, when some do and others cover the job elsewhere; with no place, the
    one or two documents that cover its job ("what extra do locomotive drivers get for night work": the rail union's
    scale, not a truck drivers' guide); else () (any)."""
    profiles = list(cover.tables.profiles.values())
    if not ask.jobs:  # a place alone ("working hours in tunisian insurance companies"): the documents of that place
        placed = [p for p in profiles if all(cover.place(pl, p) for pl in ask.places) and cover.names_a_place(p)]
        return tuple(p.source for p in placed) if ask.places and len(placed) < len(profiles) else ()
    by_job = [p for p in profiles if any(cover.job(j, p.source) for j in ask.jobs)]
    if not ask.places:  # (a job many documents cover, "software engineer", is not one document's)
        return tuple(p.source for p in by_job) if 0 < len(by_job) <= 2 else ()
    placed = [p for p in by_job if all(cover.place(pl, p) for pl in ask.places)]
    placed = [p for p in placed if cover.names_a_place(p)] or placed  # those naming it over those naming none
    return tuple(p.source for p in placed) if placed and len(placed) < len(by_job) else ()


def _column_asked(ask: Ask, tables: Tables) -> bool:
    """A question with no pay word that names a row and one of its columns ("the top of the Band 7 scale")."""
    return bool(ask.rows) and any(r.asked(ask.text) for r in named_rows(ask, tables.records))


def _answer(ask: Ask, records: Sequence[Record], tables: Tables, passages: list[Passage]) -> str:
    if ask.superlative:
        table = table_for(ask, records, tables)
        rows = holding(ask, table)
        among = ""  # "which emirate ... commercial managers": the Commercial Manager rows, ranked by emirate
        if len(rows) == len(table):
            rows = holding(ask, table, own=True)
            among = rows[0].name if len(rows) < len(table) and len({r.name for r in rows}) == 1 else ""
        if rows:
            label, ranked = ranking(ask, rows)
            if len(ranked) >= 2:
                pick = (max if ask.want == "max" else min)(ranked, key=lambda t: t[1])
                record, _, value = pick
                # pay is the highest, a share the largest, a count the most (the guard ranks pay by "highest")
                kind = "count" if value is None else "money" if value.money else "share"
                up = ask.want == "max"
                word = _RANK_WORDS[kind][0 if up else 1]
                n = passage_number(record, tables, passages)
                # the caption without its number ("1. Weekly pay by region"): its "1." would end the sentence
                c = re.sub(r"^\s*(?:table\s+)?[\d.]+\s*[-–:.]?\s+", "", record.section.split(" > ")[-1], flags=re.I)
                caption = f' in "{c}"' if c else ""
                figure = f"{value.text}{per(value, record)}" if value else dict(record.keys).get(label, "")
                name = re.sub(r"\s*\([^()]*\)\s*$", "", label)  # "Starting salary", not "(M1)": a row's name elsewhere
                measure = f"{word} {name if name[1:2].isupper() else name[:1].lower() + name[1:]}" if name else word
                if name and kind == "share" and not MEASURE_LABEL_WORDS.search(name):
                    measure = f"{word} figure for {name}"  # a column named by a job ("Analyst"): no "Largest analyst"
                if among:  # the rows share their name: the place (or other key) tells them apart
                    measure += f" for {among}"
                    shown_row = next((c for _, c in record.keys[1:] if not re.search(r"\d", c)), row_name(record))
                else:
                    shown_row = row_name(record)
                lead = f"{measure}{caption} ({where(record, tables)}): {shown_row}, {figure} [{n}]."
                return lead + "\n\n" + quoted([r for r, _, _ in ranked], tables, passages)
    named = named_rows(ask, records)
    if ask.years:
        # rows of the year asked ("2023/24"), not of a table captioned with another year
        dated = [r for r in named if any(y in f"{r.section} {r.line}" for y in ask.years)]
        named = dated or named
    # "in Leeds with 3 years' PQE": the Leeds row of a table captioned "(3 years PQE)", not the 3 years row
    said = rf"(?<![\d.]){int(ask.experience or 0)}\s*years?\b" if ask.experience == int(ask.experience or 0) else "(?!)"
    captioned = [r for r in named if ask.experience is not None and re.search(said, r.section, re.I)]
    if captioned:
        named = captioned
    elif ask.experience is not None:
        by_years = _by_experience(ask, records)
        # not a row of another pay period than the one asked ("hourly wage ... less than a year": not the monthly
        # table's first row; the document's sentence on hourly pay answers)
        said = [_AFTER_YEARS.sub(" ", _NO_YEARS.sub(" ", t)) for t in (ask.latest, ask.text)]  # (not "a year of")
        asked = period_of(said[0]) or period_of(said[1])
        # (hourly pay is another kind of contract; a year's pay of a table by month is its months')
        hourly = [r for r in by_years if any(v.period in ("", asked) for v in r.money)]
        by_years = hourly if asked == "hour" else by_years
        if by_years:
            # "a national firm solicitor with 10 years' PQE": the experience row, and of it the column asked
            record = by_years[0]
            return sentence(record, tables, passages, shown(ask, record)) + "\n\n" + quoted([record], tables, passages)
        between = either_side(ask, records, tables, passages)
        if between:
            return between
    named = _not_columns(named)
    if not named:
        named = _coded(ask, records) or starting(ask, records)
    if not ask.pay:  # a value asked by its column ("the top of the Band 7 scale"): the rows that have that column
        named = [r for r in named if r.asked(ask.text)]
    if not named:
        return ""
    named = _of_job(ask, named)
    if ask.want == "value" and said_in_prose(ask, named, passages):
        return ""  # "what about per hour?" of monthly rows: a sentence of their document says it per hour
    if ask.want == "value" and RANGE.search(ask.latest or ask.text) and (ends := ends_of(ask, named)):
        # "the range for a senior radiographer": of its rows in one table (notches 1 to 4), the lowest and highest
        return (
            " ".join(sentence(r, tables, passages, shown(ask, r)) for r in ends)
            + "\n\n"
            + quoted(ends, tables, passages)
        )
    picked = _one_document(ask, named)
    if ask.want == "compare" and len(picked) < 2:
        sides = across(ask, named, tables, passages)
        if sides:
            return sides
    named = picked
    if not named:
        return ""  # a name several documents share ("London"), nothing else telling them apart: the ranked lines
    if NATIONAL.search(ask.text) and all(of_a_place_not_asked(ask, r) for r in named):
        return ""  # "the national median": no state's or city's row (the document's own national line, ranked)
    low = ask.text.lower()
    # the rows that hold more of the keys asked first ("a CELTA ... in Spain": the CELTA row's Spain cell, not the
    # Spain row of a monthly table), then of those the period asked
    named = holding(ask, named, least=1 if ask.want != "compare" else 2, most=ask.want != "compare")
    latest = ask.latest.lower()  # a follow-up's own row first ("what about a principal ...?"), then in order asked
    named = sorted(
        _of_role(ask, _of_period(ask, named)),
        key=lambda r: (bool(latest) and position(latest, r) == len(latest), position(low, r)),
    )[:4]
    if ask.want == "compare" and len(named) < 2:
        return ""  # one side of a comparison: the ranked lines, not half an answer
    if ask.want == "compare":
        text = comparison(ask, named, tables, passages)
    else:
        text = " ".join(sentence(r, tables, passages, shown(ask, r)) for r in named)
    return text + "\n\n" + quoted(named, tables, passages)


def _of_role(ask: Ask, named: list[Record]) -> list[Record]:
    """Of a table whose rows are jobs (programmer, artist, producer by level), the rows of the job asked ("a junior
    artist": not the other jobs' Junior cells); other tables' rows as they are."""
    if not ask.jobs:
        return named
    out = []
    for rows in tables_of(named).values():
        if all(job_phrases(r.name) for r in rows):
            own = [r for r in rows if any(mentions(r.name, j) for j in ask.jobs)]
            out += own or rows
        else:
            out += rows
    return [r for r in named if r in out]


def _of_period(ask: Ask, named: list[Record]) -> list[Record]:
    """Of rows of tables by period ("Monthly base salary by role and level", "Annual salary by role and level"), those
    with a figure of the period asked ("per year", "annual"); all when none or all have one."""
    period = period_of(ask.latest or ask.text) or period_of(ask.text)
    kept = [r for r in named if any(v.period == period for v in r.money)] if period else []
    return kept if kept else named


def _of_job(ask: Ask, named: list[Record]) -> list[Record]:
    """Of rows named in several tables of one document ("point 1" of four pay scales), those of the tables whose
    caption or columns name the job asked ("a consultant on the first point": the table captioned "Consultant");
    else all of them."""
    if not ask.jobs or len({r.table for r in named}) < 2 or len({r.source for r in named}) > 1:
        return named  # rows of several documents: each document's own job (a comparison across two)
    own = [
        r
        for r in named
        if any(mentions(r.section.split(" > ")[-1], j) or any(mentions(v.label, j) for v in r.values) for j in ask.jobs)
    ]
    return own or named


def _not_columns(named: list[Record]) -> list[Record]:
    """Named rows without those whose name is a column of another named row ("the M1 starting salary in the London
    fringe": M1 is the area table's "Starting salary (M1)" column, not the pay scale's M1 row) or what another named
    row's table is about ("senior accountants in tax": the specialism table of senior accountants)."""
    out = []
    for r in named:
        pattern = re.compile(rf"(?<![\w.-]){re.escape(r.name)}(?![\w-]|\.\d)", re.I)  # "4" is not in "Table 2.4"
        if any(o is not r and o.table != r.table and any(pattern.search(v.label) for v in o.values) for o in named):
            continue
        if any(o.table != r.table and o.source == r.source and pattern.search(o.section) for o in named):
            continue  # what another named row's table is about ("a senior accountant by specialism"), not a row
        out.append(r)
    return out or named


def _coded(ask: Ask, records: Sequence[Record]) -> list[Record]:
    """A column the question names that stands for a row of another table ("the starting salary ... in 2022": the
    "Starting salary (M1)" column of a 2023 table is the M1 row of the table by year): that row, when the question asks
    a year the row has a column for."""
    if not ask.years:
        return []
    asked = set(tokenize(ask.text.replace("-", " ")))
    out: list[Record] = []
    for r in records:
        for v in r.values:
            code = re.search(r"\(([^()]{1,12})\)\s*$", v.label)
            words = set(tokenize(v.label[: code.start()])) - GENERIC_LABEL_WORDS if code else set()
            if not code or not words or not words <= asked:
                continue
            for o in records:
                if o.source == r.source and o.name.lower() == code.group(1).lower() and of_years(ask, o):
                    out.append(o)
    return list(dict.fromkeys(out))


def _one_document(ask: Ask, named: list[Record]) -> list[Record]:
    """The named rows of the one document the rest of the question points at ("master's loan for Welsh students":
    the funding guide's Wales row, not the nurse guide's), when the rows come from several documents."""
    if len({r.source for r in named}) <= 1:
        return named
    names = set()
    for r in named:
        names |= content_stems(r.name)
    asked = set(content_stems(ask.text)) - names
    scores: dict[str, int] = {}
    for r in named:
        words = content_stems(f"{r.title} {r.section} {r.line} {' '.join(c for c, _ in r.keys)}")
        scores[r.source] = max(scores.get(r.source, 0), len(asked & words))
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if ranked[0][1] == 0 or ranked[0][1] == ranked[1][1]:
        return []
    return [r for r in named if r.source == ranked[0][0]]
