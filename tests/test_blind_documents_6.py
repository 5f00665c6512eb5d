"""The seventh round of documents by other hands (issue 26): what round 6's documents read as dev (`unseen-o`) and the
retired held-out set `unseen-test2` showed careerbot missed. A place no document names ("Lisbon", "Texas") is a place;
a workbook whose first line is its publisher; a document that says once what its amounts are in ("All amounts are in
Polish złoty (PLN) per month") over tables of bare numbers; a document named by its own name ("Nordvik"); a job
written with a word between ("Postdoctoral Research Fellow"); years written in column labels ("from 1 May 2024");
"the minimum monthly wage" (a measure, not the lowest row); a column label with brackets inside brackets; and four
guard false alarms on answers careerbot composes from the documents.

Questions are worded here, not taken from the suites.
"""

from __future__ import annotations

import pytest

from bot.evidence.ask import read_question
from bot.evidence.coverage import coverage
from bot.evidence.lookup import Evidence, lookup
from bot.evidence.places import places_in
from bot.geography import country_of
from bot.guard.verify import verify
from bot.numbers import fact_in_text, parse_numbers
from bot.retrieval.lexicon import build_lexicon
from bot.tables import Tables, record_of, stated_currency
from ingest.load import _countries, _own_title

BRIDGEWISE = "corpus/Bridgewise_Raport_Placowy_IT_2025_DevOps_Cloud.xlsx"
NORDVIK = "corpus/nordvik-university-salary-phd-postdoc-researchers.html"


@pytest.fixture(scope="module")
def tables(whole_tables) -> Tables:
    return whole_tables  # tests/conftest.py: every document, read once per session


def answer(tables: Tables, question: str, latest: str = "") -> Evidence:
    return lookup(read_question(question, tables, latest), tables, [])


def lead(text: str) -> str:
    return text.split("\n\n")[0]


# --- places no document names -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "place", "country"),
    [
        ("devops engineer salary in lisbon?", "Lisbon", "Portugal"),
        ("brand manager pay in Bangkok", "Bangkok", "Thailand"),
        ("how much do paralegals make in florida", "Florida", "US"),
        ("salary in Sao Paulo", "São Paulo", "Brazil"),
        ("nurse pay in Oman", "Oman", "Oman"),
    ],
)
def test_a_place_no_document_names_is_read_with_its_country(question, place, country):
    assert places_in(question, ()) == [place]
    assert country_of(place) == country


@pytest.mark.parametrize("text", ["a christmas bonus", "an oral exam", "midway through my degree", "is it worth it"])
def test_words_that_are_also_place_names_are_not_places(text):
    assert places_in(text, ()) == []


def test_a_job_asked_in_a_city_no_document_covers_is_said_not_covered(tables):
    ev = answer(tables, "What does a DevOps engineer earn in Lisbon?")
    assert ev.kind == "scope"
    assert "Lisbon" in lead(ev.text).split(".")[0]  # the first sentence says where is not covered
    assert "not cover" in lead(ev.text)


def test_a_city_of_the_country_a_document_covers_is_within_it(tables):
    profile = tables.profiles[BRIDGEWISE]
    assert coverage(tables).place("Warsaw", profile)  # (also a row of the document)
    assert country_of("Warsaw") == "Poland" == profile.region


def test_one_state_with_its_country_is_the_state_several_are_the_country():
    assert _countries("Paralegal pay in Texas, United States") == ["Texas"]
    assert _countries("Nurses in Australia: New South Wales, Victoria and Queensland") == ["Australia"]
    assert _countries("Software engineers in Canada") == ["Canada"]


# --- what a document says once about its amounts -----------------------------------------------------------------


def test_a_line_saying_what_the_amounts_are_in_gives_bare_numbers_their_currency(tables):
    assert stated_currency("All amounts are in Polish złoty (PLN) per month.") == "PLN"
    assert stated_currency("PLN per month. UoP = gross salary") == "PLN"
    assert stated_currency("Pay rises in line with inflation") == ""
    assert stated_currency("Salaries rose to PLN 9,000 in 2024") == ""  # an amount, not a statement
    junior = [r for r in tables.of(BRIDGEWISE) if any(c.startswith("Junior") for _, c in r.keys)]
    assert junior, "the workbook's level rows are records"
    money = [v for v in junior[0].money]
    assert money and all(v.currency == "PLN" and v.period == "month" for v in money)
    assert tables.profiles[BRIDGEWISE].currency == "PLN"


def test_a_workbooks_publisher_line_is_not_its_title():
    text = "## Read me\n\nAcme Talent Recruitment\nSalary Report 2025 – Nursing (English edition)\n\nWhat it covers\n"
    assert _own_title(text, ".xlsx") == "Salary Report 2025 – Nursing (English edition)"
    plain = "## Read me\n\nChef salaries in the UK, 2025\nSome notes follow here.\n"
    assert _own_title(plain, ".xlsx") == "Chef salaries in the UK, 2025"


def test_a_job_a_recruiters_workbook_pays_is_covered_and_answered(tables):
    ev = answer(tables, "median pay for a junior devops engineer in poland on uop")
    assert ev.kind == "answer"
    assert "10,800" in lead(ev.text)


# --- documents, rows and years ---------------------------------------------------------------------------------------


def test_a_document_named_by_its_own_name_is_the_one_searched(tables):
    assert coverage(tables).named_document("Which position at Nordvik University pays most?") == NORDVIK
    ev = answer(tables, "Which position at Nordvik University has the highest annual salary from May 2025?")
    assert ev.kind == "answer"
    assert "Associate Professor" in lead(ev.text) and "NOK 640 200" in lead(ev.text)


def test_a_job_written_with_a_word_between_names_its_row(tables):
    ask = read_question("postdoc salary at nordvik uni in 2024", tables)
    assert "Postdoctoral Research Fellow (postdoktor)" in ask.rows
    ev = answer(tables, "postdoc salary at nordvik uni in 2024")
    assert "NOK 575 400" in lead(ev.text)
    # a level before the job is no word between: "Senior Software Engineer" is not named by "software engineer"
    assert not any("Senior Software" in r for r in read_question("software engineer pay in Ontario", tables).rows)


def test_years_written_in_column_labels_are_the_documents_years(tables):
    assert {"2024", "2025"} <= set(tables.profiles[NORDVIK].years)


def test_the_minimum_wage_is_a_measure_not_the_lowest_row(tables):
    assert read_question("what was the minimum monthly wage for Lohngruppe 3 in 2024", tables).want == "value"
    assert read_question("which city pays the minimum?", tables).want == "min"
    ev = answer(tables, "what was the minimum monthly wage for Lohngruppe 3 in 2024")
    assert "1.955,00" in lead(ev.text)


def test_a_column_label_with_brackets_inside_brackets():
    line = "3 (Wage group (Lohngruppe)), Commis de cuisine, barista (Typical jobs): From 1 May 2024: € 1.955,00"
    rec = record_of(line, "Minimum monthly wages", {"region": "Austria"})
    assert rec is not None
    assert ("Wage group (Lohngruppe)", "3") in rec.keys


# --- numbers -------------------------------------------------------------------------------------------------------


def test_a_code_before_an_amount_is_that_amounts_not_the_year_befores():
    found = [(q.text, q.kind) for q in parse_numbers("annual salary from 1 May 2025 NOK 550 800")]
    assert ("NOK 550 800", "money") in found and ("2025", "year") in found
    assert [q.value for q in parse_numbers("NOK 640 200 – 862 500")] == [640200.0, 862500.0]
    assert [q.value for q in parse_numbers("96,000 zł a year")] == [96000.0]


def test_a_fact_is_stated_when_written_as_the_document_writes_it():
    assert fact_in_text("862 500", "NOK 640 200 – 862 500 a year")
    assert not fact_in_text("500", "paid 1,500 a month")


# --- the guard on answers composed from the documents ---------------------------------------------------------------


@pytest.fixture(scope="module")
def pharmacy(tables):
    """The UK pharmacists guide's regional table row (unseen-test2's document) and the whole corpus's lexicon."""
    chunk = next(c for c in tables.chunks.values() if "Scotland (Region): Employed pharmacist" in c.text)
    row = next(line for line in chunk.text.split("\n") if line.startswith("Scotland (Region)"))
    return row, [f"{chunk.section}\n{chunk.text}"], build_lexicon(list(tables.chunks.values()))


def test_a_figure_with_a_label_of_its_own_after_a_semicolon_is_that_labels(pharmacy):
    row, passages, lex = pharmacy
    assert "Locum hourly rate: £26.00" in row
    (v,) = verify(f"{row} [1]", passages, lex)
    assert v.supported, v.reasons
    (v,) = verify(
        "Scotland: employed pharmacist (annual salary) £45,500; locum hourly rate £26.00 [1].",
        passages,
        lex,
    )
    assert v.supported, v.reasons


def test_the_guard_still_catches_the_hourly_figure_said_per_year(pharmacy):
    _, passages, lex = pharmacy
    (v,) = verify("In Scotland an employed pharmacist earns £26.00 a year [1].", passages, lex)
    assert not v.supported


def test_a_heading_citing_a_passage_that_does_not_exist_is_not_supported(pharmacy):
    _, passages, lex = pharmacy
    (v,) = verify("# [0]", passages, lex)
    assert not v.supported
