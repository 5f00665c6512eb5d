"""bot/guard/checks/records.py, scopes.py and bot/guard/documents.py: a table's figure said of its row, column,
pay period, place and job, on real passages of the office corpus (eval/office/corpus/ with corpus/, one corpus).

The passages are the chunks ingest makes, written as the chain gives them to the guard (bot.types.verifiable_text:
section path, text, "Document: <title>, <region> <year>"); the lexicon is the one ingest builds from both folders.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.guard.checks import records, scopes
from bot.guard.documents import parse_document
from bot.guard.verify import reasons_of, verify
from bot.retrieval.lexicon import Lexicon, build_lexicon
from bot.types import verifiable_text

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def corpus() -> tuple[list[str], Lexicon]:
    from ingest.chunk import chunk_corpus
    from ingest.load import load_corpus

    docs = load_corpus(REPO / "corpus")[0] + load_corpus(REPO / "eval" / "office" / "corpus")[0]
    chunks = chunk_corpus(docs)
    return [verifiable_text(c) for c in chunks], build_lexicon(chunks)


def _passages(corpus: tuple[list[str], Lexicon], *needles: str) -> list[str]:
    texts, _ = corpus
    out = []
    for needle in needles:
        hits = [t for t in texts if needle in t]
        assert hits, needle
        out.append(hits[0])
    return out


def _reasons(corpus, answer: str, *needles: str) -> list[str]:
    return [r for v in verify(answer, _passages(corpus, *needles), corpus[1]) for r in v.reasons]


MUNICH, BERLIN, LEIPZIG = "Munich (City)", "Berlin (City)", "Leipzig (City)"
BAND5, BAND6 = "Band 5 (Band), Staff Nurse", "Band 6 (Band)"
IE_GRADE, IE_CNM1 = "Staff Nurse (Grade)", "Clinical Nurse Manager 1 (Grade)"


# --- the sentences the evidence layer composes pass when right ---------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "needles"),
    [
        (  # a value, from the record (bot/evidence/lookup.py)
            "Registered Nurse, UK 2024, Band 6 (Senior Staff Nurse or Nurse Specialist): starting salary £36,200 a "
            "year; top of band £43,700 a year [1].",
            [BAND6, BAND5],
        ),
        ("Social Worker, Netherlands 2024, 5 years: gross salary €3,640 a month [1].", ["5 years (Years of exp"]),
        (
            "Secondary School Teacher, England 2021-2023, M3 (Point): 2021 £29,100 a year; 2022 £31,200 a year; 2023 "
            "£33,300 a year [1].",
            ["M3 (Point)"],
        ),
        (
            "Funding Postgraduate Study, UK 2024/25, Standard stipend (Stipend): per year £19,500; per month £1,625 "
            "[1].",
            ["Standard stipend (Stipend)"],
        ),
        (
            "Pharmacist, US 2023, California (pharmacists employed: 33,900): median annual salary $151,300; median "
            "hourly wage $72.75 [1].",
            ["California (State)"],
        ),
        (  # the highest and the lowest row of one table
            'Highest median monthly salary in "Monthly Salary by City" (Software Engineer, Germany 2023): Munich, '
            "€5,900 a month [1].",
            [MUNICH, BERLIN, LEIPZIG],
        ),
        (
            'Lowest median monthly salary in "Monthly Salary by City" (Software Engineer, Germany 2023): Leipzig, '
            "€4,450 a month [3].",
            [MUNICH, BERLIN, LEIPZIG],
        ),
        (  # a comparison of two rows, and its winner
            "Software Engineer, Germany 2023: Munich, median monthly salary €5,900 a month [1]; Berlin, median "
            "monthly salary €5,300 a month [2]. Munich's is higher.",
            [MUNICH, BERLIN],
        ),
        (  # the scope reply: what is not covered, then which documents have figures
            "The documents do not cover nurses in Spain. They have figures for nurses in: UK 2024 (Registered Nurse: "
            "Career Guide) and Ireland 2023 (Staff Nurse in Ireland: Career Guide). The closest figures the documents "
            "have:",
            [BAND5, IE_GRADE],
        ),
        (  # a place or year no document covers for that job, which other documents name
            "The documents do not cover nurse pay in Canada. The documents do not cover nurse pay in UK in 2019.",
            [BAND5, IE_GRADE],
        ),
        (  # a row quoted as written, whose other cells hold a neighbour's words ("Fees and living costs (part ...)")
            "- England (Home nation), Fees and living costs (What it covers): Maximum loan: £12,300 [1]",
            ["England (Home nation)", "Wales (Home nation)"],
        ),
        (  # the chain's attribution lines (bot/evidence/quotes.py source_line), titles and scopes with years
            'From Secondary School Teacher: Career Guide, England 2021-2023, "Pay Scales > Main and Upper Pay Scale '
            'by Year (Rest of England)":',
            ["M1 (Point)"],
        ),
        (
            'From Funding Postgraduate Study in the UK, UK 2024/25, "Funding a PhD > Doctoral Stipend > Minimum '
            'research council doctoral stipend, 2024/25".',
            ["Standard stipend (Stipend)"],
        ),
        (  # a row quoted with its column labels claims no superlative
            "- Director of Nursing (Grade): Lowest point: €92,000; Highest point: €118,000 [1]\n"
            "- Clinical Nurse Manager 1 (Grade): Lowest point: €52,300; Highest point: €57,800 [2]",
            ["Director of Nursing (Grade)", IE_CNM1, IE_GRADE],
        ),
        (
            "- Social Work Assistant (Role): Pay scale: Scale 6; Lowest step: €2,540; Highest step: €3,390 [1]",
            ["Social Work Assistant (Role)", "Senior Social Worker (Role)"],
        ),
        (
            "Staff Nurse, Ireland 2023, Staff Nurse (Grade): lowest point €35,900 a year; highest point €49,100 a year "
            "[1].",
            [IE_GRADE, IE_CNM1],
        ),
        (  # a model's words for the same records
            "A UK nurse with 7 years of experience is in the 5 to 9 years group, whose median salary is £39,800 [1].",
            ["5 to 9 years (Years of experience)", "10 to 19 years (Years of experience)"],
        ),
        (
            "In Ireland in 2023, a staff nurse is paid from €35,900 at the lowest point of the scale to €49,100 at the "
            "highest point [1].",
            [IE_GRADE, IE_CNM1],
        ),
        ("Munich pays software engineers the most, a median of €5,900 a month [1].", [MUNICH, BERLIN]),
        (
            "Graduates on the Kestrel Retail Management Programme earn £30,000 a year for 18 months [1].",
            ["Kestrel Retail"],
        ),
    ],
)
def test_composed_and_faithful_sentences_pass(corpus, answer: str, needles: list[str]) -> None:
    assert _reasons(corpus, answer, *needles) == []


# --- a figure moved to another row, column, period, place or job is caught -----------------------------------------


@pytest.mark.parametrize(
    ("answer", "needles", "reason"),
    [
        # another row of the same table (Band 5's starting salary said of Band 6; Berlin's of Munich)
        ("Band 6 nurses start on £28,900 a year [1].", [BAND5, BAND6], "is the figure of Band 5 in [1], not of Band 6"),
        (
            "Software Engineer, Germany 2023: Munich, median monthly salary €5,300 a month [1].",
            [BERLIN, MUNICH],
            "is the figure of Berlin",
        ),
        (  # years of experience read into the wrong range
            "A UK nurse with 7 years of experience earns a median salary of £44,600 [1].",
            ["10 to 19 years (Years of experience)", "5 to 9 years (Years of experience)"],
            "not of 7 years",
        ),
        (  # one programme's length given to another of the same list
            "The Kestrel Retail Management Programme lasts 3 years and starts on £30,000 a year [1, 2].",
            ["Kestrel Retail", "Brightwater Utilities"],
            "3 years is the figure of Brightwater",
        ),
        # another column of the row
        (
            "Registered Nurse, UK 2024, Band 6 (Senior Staff Nurse or Nurse Specialist): top of band £36,200 a year "
            "[1].",
            [BAND6],
            "is the starting salary of Band 6 in [1], not its top of band",
        ),
        ("An M3 teacher earned £33,300 in 2022 [1].", ["M3 (Point)"], "is the 2023 of M3"),
        # a monthly (hourly) figure said per year
        (
            "A social worker in the Netherlands with 5 years of experience earns €3,640 a year [1].",
            ["5 years (Years of exp"],
            "is a monthly figure in [1], said per year",
        ),
        (
            "Software engineers in Munich earn a median annual salary of €5,900 [1].",
            [MUNICH],
            "monthly figure in [1], said per year",
        ),
        ("Hospital pharmacists earn $65.80 a year [1].", ["Hospital (Work setting)"], "an hourly figure in [1]"),
        # the wrong row called the highest; the wrong winner of a comparison
        (
            'Highest median monthly salary in "Monthly Salary by City" (Software Engineer, Germany 2023): Berlin, '
            "€5,300 a month [2].",
            [MUNICH, BERLIN],
            "'Highest' does not hold for Berlin",
        ),
        ("Berlin pays software engineers the most, €5,300 a month [2].", [MUNICH, BERLIN], "does not hold for Berlin"),
        (
            "Software Engineer, Germany 2023: Munich, median monthly salary €5,900 a month [1]; Berlin, median "
            "monthly salary €5,300 a month [2]. Berlin's is higher.",
            [MUNICH, BERLIN],
            "'higher' does not hold for Berlin",
        ),
        # another country's figure
        ("Staff nurses in the UK start on €35,900 a year [1].", [IE_GRADE], "is a figure for Ireland 2023 in [1]"),
        (
            "Staff Nurse, UK 2024, Staff Nurse (Grade): lowest point €35,900 a year [1].",
            [IE_GRADE],
            "not for UK",
        ),
        # a neighbouring job's pay
        (
            "Civil engineers in Ireland start at €35,900 a year [1].",
            [IE_GRADE],
            "is a figure for Staff Nurse in [1], not for Civil engineer",
        ),
        ("Tax lawyers in Australia earn a median of A$103,000 [1].", ["Tax (Specialism)"], "not for Tax lawyer"),
        # a company said to make the salary it pays
        ("Northgate Bank makes £38,500 a year [1].", ["Northgate Bank Graduate"], "it does not earn it"),
        ("A City of London firm makes £100,000 a year [1].", ["Newly qualified (PQE)"], "it does not earn it"),
    ],
)
def test_a_figure_said_of_another_row_column_period_place_or_job_is_caught(
    corpus, answer: str, needles: list[str], reason: str
) -> None:
    reasons = _reasons(corpus, answer, *needles)
    assert any(reason in r for r in reasons), reasons


@pytest.mark.parametrize(
    ("check", "answer", "needles", "caught"),
    [
        (records.rows, "Band 6 nurses start on £28,900 a year [1].", [BAND5, BAND6], True),
        (records.rows, "Band 5 nurses start on £28,900 a year [1].", [BAND5, BAND6], False),
        (records.rows, "Band 5 nurses start on £28,900 a month [1].", [BAND5, BAND6], True),
        (scopes.places_and_jobs, "Nurses in Ireland start on £28,900 a year [1].", [BAND5], True),
        (scopes.places_and_jobs, "Nurses in Scotland start on £28,900 a year [1].", [BAND5], False),  # a part of the UK
        (
            scopes.places_and_jobs,
            "Pharmacy technicians in hospitals earn $136,900 a year [1].",
            ["Hospital (Work setting)"],
            True,
        ),
        (
            scopes.places_and_jobs,
            "Nurse specialists at Band 6 start on £36,200 [1].",
            [BAND6],
            False,
        ),  # the row's own role
        (scopes.employers, "Northgate Bank earns £38,500 a year [1].", ["Northgate Bank Graduate"], True),
        (scopes.employers, "Graduates at Northgate Bank earn £38,500 a year [1].", ["Northgate Bank Graduate"], False),
        (
            records.ranks,
            "Leipzig has the lowest median monthly salary, €4,450 a month [3].",
            [MUNICH, BERLIN, LEIPZIG],
            False,
        ),
        (
            records.ranks,
            "Berlin has the lowest median monthly salary, €5,300 a month [2].",
            [MUNICH, BERLIN, LEIPZIG],
            True,
        ),
        (  # a share is ranked among its own column's shares, not by the row's pay
            records.ranks,
            "London has the highest share of vacancies, 22% [1].",
            ["London (Region)", "Scotland (Region)"],
            False,
        ),
        (
            records.ranks,
            "Scotland has the highest share of vacancies, 10% [2].",
            ["London (Region)", "Scotland (Region)"],
            True,
        ),
    ],
)
def test_each_records_check_alone(corpus, check, answer: str, needles: list[str], caught: bool) -> None:
    assert bool(reasons_of(check, answer, _passages(corpus, *needles), corpus[1])) is caught


def test_a_period_the_passage_does_not_give_is_read_from_its_documents_scope_sentence(corpus) -> None:
    """ "Gross salary: €3,640" names no period; the document's scope ("gross per month") does, read from the
    lexicon's documents, or from another passage of the same document when the lexicon has none."""
    from bot.retrieval.lexicon import lexicon_from_text

    answer = "A social worker in the Netherlands with 5 years of experience earns €3,640 a year [1]."
    row_and_scope = _passages(corpus, "5 years (Years of exp", "Salaries in this guide are gross amounts per month")
    bare = lexicon_from_text("\n".join(row_and_scope))  # no documents: the period comes from passage [2]
    assert any("monthly figure" in r for v in verify(answer, row_and_scope, bare) for r in v.reasons)
    assert not [r for v in verify(answer, row_and_scope[:1], bare) for r in v.reasons if "monthly" in r]


@pytest.mark.parametrize(
    ("label", "title", "region", "year"),
    [
        ("Registered Nurse: Career Guide, UK 2024", "Registered Nurse: Career Guide", "UK", "2024"),
        (
            "Chartered Accountant: Career Guide (Australia, 2024), Australia 2024",
            "Chartered Accountant: Career Guide (Australia, 2024)",
            "Australia",
            "2024",
        ),
        ("Solicitor: Career Guide, England and Wales 2024", "Solicitor: Career Guide", "England and Wales", "2024"),
        ("Funding Postgraduate Study in the UK, UK 2024/25", "Funding Postgraduate Study in the UK", "UK", "2024/25"),
        (
            "Secondary School Teacher: Career Guide, England 2021-2023",
            "Secondary School Teacher: Career Guide",
            "England",
            "2021-2023",
        ),
        ("A Guide Without Scope", "A Guide Without Scope", "", ""),
    ],
)
def test_a_passages_document_line_is_read_back_into_title_region_and_year(
    label: str, title: str, region: str, year: str
) -> None:
    doc = parse_document(label)
    assert (doc.title, doc.region, doc.year) == (title, region, year)
