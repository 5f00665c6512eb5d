"""What careerbot reads from each document by itself (bot/tables.py), on the real documents side by side.

The whole office corpus (eval/office/corpus, twelve documents) and corpus/ (the AI/ML guide and the two samples) are
loaded and chunked by the real ingest code (ingest.load, ingest.chunk, at the shipped chunk size), once per module;
no embedding is needed to build ``Tables``. Each test states what a careers office or a student would see go wrong:
a document read as the wrong job, place, year, currency or pay period, or a table row whose figure is given to the
wrong column, period or row.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from bot.config import Settings
from bot.tables import Record, Tables, currency_of, occupation_of, period_of, record_of, year_span
from ingest.chunk import chunk_corpus
from ingest.load import load_corpus
from ingest.pipeline import read_report

REPO = Path(__file__).resolve().parent.parent
FOLDERS = (REPO / "corpus", REPO / "eval" / "office" / "corpus")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """(docs, chunks) of all fifteen documents, as ingest reads and chunks them."""
    docs = [d for folder in FOLDERS for d in load_corpus(folder)[0]]
    settings = Settings(data_dir=tmp_path_factory.mktemp("unused"), corpus_dir=FOLDERS[0])
    return docs, chunk_corpus(docs, settings.chunk_size, settings.chunk_overlap)


@pytest.fixture(scope="module")
def tables(corpus) -> Tables:
    return Tables.build(corpus[1])


def rows_of(tables: Tables, doc: str) -> list[Record]:
    return tables.of(f"corpus/{doc}")


def row(tables: Tables, doc: str, name: str) -> Record:
    """The one record of ``doc`` whose key cells include ``name``."""
    found = [r for r in rows_of(tables, doc) if any(cell == name for _, cell in r.keys)]
    assert len(found) == 1, f"{doc}: {len(found)} rows named {name!r}: {[r.line for r in rows_of(tables, doc)]}"
    return found[0]


def value(record: Record, label: str):
    found = [v for v in record.values if v.label == label]
    assert found, f"no {label!r} column in {record.line!r}: {[v.label for v in record.values]}"
    return found[0]


# --- every document's profile -------------------------------------------------------------------------------------

# file, occupation, region, years, currency, pay periods (None: the document names no period, nothing asserted)
PROFILES = [
    ("registered-nurse-uk.md", "Registered Nurse", "UK", {"2024"}, "GBP", {"year"}),
    ("staff-nurse-ireland.html", "Staff Nurse", "Ireland", {"2023"}, "EUR", {"year"}),
    ("secondary-teacher-england.md", "Secondary School Teacher", "England", {"2021", "2022", "2023"}, "GBP", {"year"}),
    ("solicitor-england-wales.txt", "Solicitor", "England and Wales", {"2024"}, "GBP", {"year"}),
    ("chartered-accountant-australia.html", "Chartered Accountant", "Australia", {"2024"}, "AUD", {"year"}),
    ("software-engineer-germany.pdf", "Software Engineer", "Germany", {"2023"}, "EUR", {"month"}),
    ("software-engineer-canada.md", "Software Engineer", "Canada", {"2024"}, "CAD", {"year"}),
    ("pharmacist-united-states.pdf", "Pharmacist", "US", {"2023"}, "USD", {"year", "hour"}),
    ("civil-engineer-ireland.pdf", "Civil Engineer", "Ireland", {"2024"}, "EUR", {"year"}),
    ("social-worker-netherlands.txt", "Social Worker", "Netherlands", {"2024"}, "EUR", {"month"}),
    ("graduate-schemes-uk.md", "Graduate Schemes", "UK", {"2025"}, "GBP", {"year"}),
    (
        "postgraduate-funding-uk.html",
        "Funding Postgraduate Study",
        "UK",
        {"2022/23", "2023/24", "2024/25"},
        "GBP",
        {"year", "month"},
    ),
    ("ai-ml-researcher-career-guide.md", "AI/Machine Learning Researcher", "US", {"2024"}, "USD", {"year"}),
    ("data-analyst-career-guide.pdf", "Data Analyst", "Canada", {"2022"}, "CAD", None),
    ("ux-researcher-career-guide.html", "UX Researcher", "UK", {"2023"}, "GBP", None),
]


def test_every_document_in_both_folders_gets_a_profile(tables):
    assert len(tables.profiles) == len(PROFILES) == 15
    assert {p.source for p in tables.profiles.values()} == {f"corpus/{doc}" for doc, *_ in PROFILES}


@pytest.mark.parametrize(("doc", "occupation", "region", "years", "currency", "periods"), PROFILES)
def test_each_documents_job_place_years_currency_and_pay_period_are_read_from_it(
    tables, doc, occupation, region, years, currency, periods
):
    p = tables.profiles[f"corpus/{doc}"]
    assert (p.occupation, p.region, set(p.years), p.currency) == (occupation, region, years, currency), p.summary()
    if periods is not None:
        assert set(p.periods) == periods, p.summary()
    assert p.records >= 9, f"{doc}: only {p.records} table rows read"


def test_the_summary_line_an_office_checks_says_per_month_for_the_german_guide(tables):
    line = tables.profiles["corpus/software-engineer-germany.pdf"].summary()
    assert line.startswith("corpus/software-engineer-germany.pdf: Software Engineer; Germany; 2023; EUR; per month;")
    assert "Munich" in line


def test_a_bare_dollar_in_the_canadian_sample_is_canadian_dollars(tables):
    alberta = row(tables, "data-analyst-career-guide.pdf", "Alberta")
    assert alberta.line.startswith("Alberta (Province): Median salary: $78,000")  # written with a bare "$"
    assert (value(alberta, "Median salary").currency, value(alberta, "Median salary").amount) == ("CAD", 78000)


def test_the_place_cells_of_each_document_are_its_places(tables):
    assert {"Munich", "Leipzig", "Frankfurt am Main"} <= set(
        tables.profiles["corpus/software-engineer-germany.pdf"].places
    )
    assert {"Cork", "Waterford"} <= set(tables.profiles["corpus/staff-nurse-ireland.html"].places)
    assert "Cardiff" in tables.profiles["corpus/solicitor-england-wales.txt"].places
    assert "Dublin" not in tables.profiles["corpus/registered-nurse-uk.md"].places


def test_a_locations_cell_naming_two_cities_gives_both_places(tables):
    places = set(tables.profiles["corpus/graduate-schemes-uk.md"].places)
    assert {"Birmingham", "Bristol", "Edinburgh", "Cambridge"} <= places


def test_the_ingest_report_an_office_sees_gives_the_german_guide_per_month_in_euro(corpus):
    docs, chunks = corpus
    doc = next(d for d in docs if d.source == "corpus/software-engineer-germany.pdf")
    report = read_report(doc, [c for c in chunks if c.source == doc.source], "0" * 16)
    assert (report["occupation"], report["period"], report["currency"], report["years"]) == (
        "Software Engineer",
        "month",
        ["EUR"],
        ["2023"],
    )
    assert report["rows"] >= 20 and report["places"][:2] == ["Germany", "Munich"]


def test_the_ingest_report_gives_the_pharmacist_guide_both_pay_periods(corpus):
    docs, chunks = corpus
    doc = next(d for d in docs if d.source == "corpus/pharmacist-united-states.pdf")
    report = read_report(doc, [c for c in chunks if c.source == doc.source], "0" * 16)
    assert set(report["period"].split("/")) == {"hour", "year"} and report["currency"] == ["USD"]


def test_a_table_whose_columns_are_years_is_not_reported_as_headerless(corpus):
    docs, chunks = corpus
    doc = next(d for d in docs if d.source == "corpus/secondary-teacher-england.md")
    report = read_report(doc, [c for c in chunks if c.source == doc.source], "0" * 16)
    assert not any("no header row" in w for w in report["warnings"]), report["warnings"]


# --- records: a row's keys and values ---------------------------------------------------------------------------


def test_a_band_row_keeps_its_band_and_role_as_keys_and_each_figure_under_its_column(tables):
    band5 = row(tables, "registered-nurse-uk.md", "Band 5")
    assert band5.keys == (("Band", "Band 5"), ("Typical role", "Staff Nurse"))
    assert [(v.label, v.amounts, v.currency, v.period) for v in band5.values] == [
        ("Starting salary", (28900.0,), "GBP", "year"),
        ("Top of band", (35400.0,), "GBP", "year"),
    ]
    assert (band5.title, band5.region, band5.year) == ("Registered Nurse: Career Guide", "UK", "2024")
    assert band5.section.endswith("Salary by Band")


def test_a_band_whose_name_ends_in_a_letter_is_a_name_not_a_figure(tables):
    band8b = row(tables, "registered-nurse-uk.md", "Band 8b")  # "8b" is not 8 billion
    assert band8b.name == "Band 8b"
    assert [v.amount for v in band8b.money] == [60800, 70400]


def test_a_range_cell_has_both_ends_and_the_documents_monthly_period(tables):
    junior = row(tables, "software-engineer-germany.pdf", "0 to 1 years")
    rng = value(junior, "Typical range")
    assert (rng.text, rng.amounts, rng.currency, rng.period) == ("€3,700 to €4,600", (3700.0, 4600.0), "EUR", "month")
    median = value(junior, "Median monthly salary")
    assert (median.amounts, median.period) == ((4150.0,), "month")
    assert junior.measure("What does a junior earn?") is median  # the median, not the range's low end


def test_ten_years_or_more_stands_for_every_length_of_service_from_ten(tables):
    top = row(tables, "staff-nurse-ireland.html", "10 years or more")
    assert top.experience == (10.0, math.inf)
    assert row(tables, "staff-nurse-ireland.html", "4 years").experience == (4.0, 4.0)
    assert row(tables, "registered-nurse-uk.md", "5 to 9 years").experience == (5.0, 9.0)


def test_a_grade_row_knows_the_years_of_experience_in_its_other_column(tables):
    senior = row(tables, "civil-engineer-ireland.pdf", "Senior Engineer")
    assert senior.name == "Senior Engineer" and senior.experience == (6.0, 9.0)


def test_a_row_whose_naming_cells_hold_commas_is_read_with_all_its_keys(tables):
    scheme = row(tables, "graduate-schemes-uk.md", "Brightwater Utilities Engineering Scheme")
    assert scheme.line.startswith(
        "Brightwater Utilities Engineering Scheme (Scheme), Engineering (Sector), Birmingham,"
    )
    assert dict(scheme.keys) == {
        "Scheme": "Brightwater Utilities Engineering Scheme",
        "Sector": "Engineering",
        "Locations": "Birmingham, Bristol",
        "Length": "3 years",
    }
    assert [(v.label, v.amount, v.currency) for v in scheme.money] == [("Starting salary", 32500, "GBP")]


def test_a_naming_cell_with_brackets_of_its_own_stays_one_key(tables):
    wales = row(tables, "postgraduate-funding-uk.html", "Wales")
    assert dict(wales.keys)["What it covers"] == "Fees and living costs (part loan, part grant)"
    assert value(wales, "Maximum loan").amount == 18900


def test_one_row_with_an_annual_and_an_hourly_column_keeps_each_period(tables):
    california = row(tables, "pharmacist-united-states.pdf", "California")
    assert [(v.label, v.amount, v.period) for v in california.money] == [
        ("Median annual salary", 151300, "year"),
        ("Median hourly wage", 72.75, "hour"),
    ]
    assert dict(california.keys)["Pharmacists employed"] == "33,900"  # a head count, not pay


def test_a_stipend_table_with_per_year_and_per_month_columns_keeps_them_apart(tables):
    standard = row(tables, "postgraduate-funding-uk.html", "Standard stipend")
    assert [(v.label, v.amount, v.period) for v in standard.money] == [
        ("Per year", 19500, "year"),
        ("Per month", 1625, "month"),
    ]


def test_a_pay_scale_with_a_column_per_year_keeps_the_years_as_labels(tables):
    m1 = row(tables, "secondary-teacher-england.md", "M1")
    assert [(v.label, v.amount) for v in m1.values] == [("2021", 25900), ("2022", 27800), ("2023", 29700)]


def test_a_share_column_is_a_percentage_not_pay(tables):
    munich = row(tables, "software-engineer-germany.pdf", "Munich")
    share = value(munich, "Share of postings")
    assert share.percent and not share.money and share.currency == ""
    assert munich.measure("How much do engineers in Munich earn?").label == "Median monthly salary"


def test_a_labelled_list_item_with_a_figure_is_a_record(tables):
    meta = row(tables, "ai-ml-researcher-career-guide.md", "Meta")
    assert meta.line.startswith("Meta: $177,730 average")
    assert (meta.money[0].amount, meta.money[0].currency) == (177730, "USD")


def test_record_of_reads_a_real_row_the_way_ingest_wrote_it(corpus):
    _, chunks = corpus
    chunk = next(c for c in chunks if c.source.endswith("social-worker-netherlands.txt") and "Team Leader" in c.text)
    line = next(x for x in chunk.text.split("\n") if "Team Leader" in x)
    rec = record_of(line, chunk.section, chunk.meta, source=chunk.source, chunk_id=chunk.id)
    assert rec is not None and rec.keys == (("Role", "Team Leader"), ("Pay scale", "Scale 10"))
    assert [(v.label, v.amount, v.currency, v.period) for v in rec.values] == [
        ("Lowest step", 3890, "EUR", "month"),
        ("Highest step", 5410, "EUR", "month"),
    ]
    assert record_of("Social workers in the Netherlands hold about 25 open cases.", chunk.section, chunk.meta) is None


# --- the small readers ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "span"),
    [
        ("10 years or more", (10.0, math.inf)),
        ("5 to 9 years", (5.0, 9.0)),
        ("11 or more", (11.0, math.inf)),
        ("More than 20 years", (20.0, math.inf)),
        ("0 to 1", (0.0, 1.0)),
        ("3 years", (3.0, 3.0)),
    ],
)
def test_year_span_of_an_experience_cell(cell, span):
    assert year_span(cell) == span


def test_less_than_a_year_ends_before_one_year():
    low, high = year_span("Less than 1 year")
    assert low == 0 and high < 1


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Median monthly salary", "month"),
        ("Median hourly wage", "hour"),
        ("Average annual salary", "year"),
        ("in euro (EUR), gross per month, before tax", "month"),
        ("per year and per hour, before tax", ""),  # two periods: not one
        ("Median salary", ""),
    ],
)
def test_period_of(text, period):
    assert period_of(text) == period


@pytest.mark.parametrize(
    ("text", "default", "code"),
    [
        ("A$104,000", "", "AUD"),
        ("C$112,000", "", "CAD"),
        ("$78,000", "CAD", "CAD"),
        ("$137,400", "", "USD"),
        ("€5,900", "", "EUR"),
        ("£34,100", "", "GBP"),
        ("in Canadian dollars (CAD), per year", "", "CAD"),
        ("gross, before tax", "", ""),
    ],
)
def test_currency_of(text, default, code):
    assert currency_of(text, default) == code


@pytest.mark.parametrize(
    ("title", "occupation"),
    [
        ("Civil Engineer in Ireland: Career Guide 2024", "Civil Engineer"),
        ("Staff Nurse in Ireland: Career Guide", "Staff Nurse"),
        ("Pharmacist: Career Guide (United States, 2023)", "Pharmacist"),
        ("Graduate Schemes: A Guide for Final-Year Students", "Graduate Schemes"),
        ("Funding Postgraduate Study in the UK", "Funding Postgraduate Study"),
    ],
)
def test_occupation_of_a_title(title, occupation):
    assert occupation_of(title) == occupation


def _row(line: str, section: str = "Pay > Salary by Grade") -> Record:
    record = record_of(line, section, {"scope": "Figures are per year, in euro."}, source="corpus/x.md")
    assert record is not None
    return record


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("What is the highest point for a Clinical Nurse Manager 1?", "Highest point"),  # the label named most
        ("What is the hourly pay of a pharmacist in Texas?", "Median hourly wage"),  # the period asked
        ("How much does a pharmacist earn in Texas?", "Median annual salary"),
    ],
)
def test_the_measure_of_a_row_is_the_column_the_question_names(question, label):
    rows = {
        "Highest point": "Clinical Nurse Manager 1 (Grade): Lowest point: €52,300; Highest point: €57,800",
        "Median hourly wage": "Texas (State): Median annual salary: $131,800; Median hourly wage: $63.35",
        "Median annual salary": "Texas (State): Median annual salary: $131,800; Median hourly wage: $63.35",
    }
    measure = _row(rows[label]).measure(question)
    assert measure is not None and measure.label == label


def test_a_column_asked_by_its_words_or_its_code_is_the_one_given():
    band = _row("Band 7 (Band): Starting salary: £45,100; Top of band: £51,900")
    assert [v.label for v in band.asked("What's the top of the Band 7 scale?")] == ["Top of band"]
    area = _row("Inner London (Area): Starting salary (M1): £36,100; Top of upper scale (U3): £53,900")
    assert [v.label for v in area.asked("What is the M1 salary in inner London?")] == ["Starting salary (M1)"]
    assert area.asked("What do teachers earn in inner London?") == ()
