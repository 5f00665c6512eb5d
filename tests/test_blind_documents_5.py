"""The fifth round of documents by other hands (issue 26): what round 5's dev documents (eval/unseen/README.md
"Round 5") showed careerbot missed. Currencies it had never read (₱, MX$, KSh, ₦, R$), numbers written the European
way ("38.500,00", "$2.450.000"), a "$" that is the document's own country's peso, a caption that gives bare numbers
their currency ("annual, in thousands of MXN"), a workbook with a sheet per year, a newsletter's masthead over its
headline, a title asked as a question, and two job nouns in a row ("vet nurse").

Questions are worded here, not taken from the suites.
"""

from __future__ import annotations

import pytest

from bot.currencies import country_currency
from bot.evidence.ask import read_question
from bot.evidence.coverage import covers_job
from bot.evidence.lookup import Evidence, lookup
from bot.numbers import currency_of, parse_numbers
from bot.tables import Tables, occupation_of, record_of
from bot.text import job_phrases
from ingest.plain import structure


@pytest.fixture(scope="module")
def tables(whole_tables) -> Tables:
    return whole_tables  # tests/conftest.py: every document, read once per session


def answer(tables: Tables, question: str, latest: str = "") -> Evidence:
    return lookup(read_question(question, tables, latest), tables, [])


def lead(text: str) -> str:
    return text.split("\n\n")[0]


# --- currencies and numbers ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "value", "code"),
    [
        ("₱45,000", 45000.0, "PHP"),
        ("MX$28,000 a month", 28000.0, "MXN"),
        ("KSh 45,000 a month", 45000.0, "KES"),
        ("₦4.2m", 4_200_000.0, "NGN"),
        ("R$ 5.000,00", 5000.0, "BRL"),
        ("Rp 5.000.000", 5_000_000.0, "IDR"),
        ("NGN 4.2m", 4_200_000.0, "NGN"),
    ],
)
def test_a_currency_sign_of_any_country_is_read(written, value, code):
    (q,) = parse_numbers(written)
    assert (q.kind, q.value) == ("money", value)
    assert currency_of(written) == code


def test_numbers_written_the_european_way():
    (q,) = parse_numbers("Monthly pay 36.850,00 DKK")
    assert (q.value, currency_of(q.text)) == (36850.0, "DKK")
    (q,) = parse_numbers("$2.450.000 per month")
    assert q.value == 2_450_000.0
    assert [x.value for x in parse_numbers("3.5 years and $1,200.50")] == [3.5, 1200.5]  # the English way unchanged


def test_one_group_of_three_after_a_dot_is_thousands_where_the_currencys_country_writes_so():
    assert [q.value for q in parse_numbers("R$ 22.500 and Rp 5.500")] == [22500.0, 5500.0]  # Brazil, Indonesia
    assert parse_numbers("€1.500")[0].value == 1.5  # the euro's countries write it both ways: left as written
    (q,) = parse_numbers("465万円")
    assert (q.value, currency_of(q.text)) == (4_650_000.0, "JPY")


def test_a_currency_named_in_words_and_capitals_that_are_no_currency():
    assert currency_of("All amounts are in Mexican pesos") == "MXN"
    assert currency_of("in Philippine pesos (PHP)") == "PHP"
    assert currency_of("The TOP 10 jobs") == ""  # the Tongan pa'anga's code is an English word


def test_a_dollar_sign_is_the_documents_own_countrys_currency():
    assert (country_currency("Chile"), country_currency("US"), country_currency("South Korea")) == ("CLP", "USD", "KRW")
    record = record_of("Geologist (Role): Monthly pay: $2.450.000", "Pay", {"region": "Chile"})
    other = record_of("Geologist (Role): Expatriate pay: US$194,000", "Pay", {"region": "Chile"})
    assert record is not None and other is not None
    assert (record.money[0].currency, record.money[0].amount) == ("CLP", 2_450_000.0)
    assert other.money[0].currency == "USD"


# --- tables ---------------------------------------------------------------------------------------------------------


def test_a_caption_gives_bare_numbers_their_currency_but_not_counts_or_years():
    section = "Table 2. Median pay by city, 2024. Figures are annual, in thousands of MXN"
    record = record_of("Monterrey (City): Entry (0–3 years): 318; Senior (9+ years): 865; Respondents: 41", section, {})
    assert record is not None
    assert [(v.label, v.amount, v.currency) for v in record.money] == [
        ("Entry (0–3 years)", 318.0, "MXN"),
        ("Senior (9+ years)", 865.0, "MXN"),
    ]
    row = "2022 (Year): Junior: 39,000; Senior: 121,000"
    trend = record_of(row, "Metro Manila pay trend", {"region": "Philippines"})
    assert trend is not None and trend.keys == (("Year", "2022"),)
    assert [(v.amount, v.currency) for v in trend.money] == [(39000.0, "PHP"), (121000.0, "PHP")]


def test_a_row_of_a_sheet_named_by_a_year_is_of_that_year():
    record = record_of("Jeju Air (Airline): Starting salary: ₩38,500,000", "2024", {"year": "2022–2024"})
    assert record is not None and record.year == "2024"


# --- reading a document --------------------------------------------------------------------------------------------


def test_a_newsletters_masthead_is_not_its_title():
    text = structure(
        "CAREERS BULLETIN\nSchool of Animal Studies\nIssue 2, May 2025\n=========\n\n"
        "WHAT DO VET NURSES EARN IN 2025?\nA pay update for students\n\nIf you are finishing your studies this year, "
        "the question we hear most is what you will be paid.\n"
    )
    assert "# What Do Vet Nurses Earn in 2025?" in text.splitlines()
    assert "# Careers Bulletin" not in text


def test_a_title_asked_as_a_question_names_its_job():
    assert occupation_of("What Do Vet Nurses Earn in 2025?") == "Vet Nurse"
    assert occupation_of("How much does a plumber make in Canada?") == "plumber"


def test_two_job_nouns_in_a_row_are_one_job():
    assert [p for p, _, _ in job_phrases("Vet nurses and apprentice electricians")] == [
        "Vet nurse",
        "apprentice electrician",
    ]
    assert [p for p, _, _ in job_phrases("a nurse, a doctor and a vet")] == ["nurse", "doctor", "vet"]


# --- the dev documents, whole -----------------------------------------------------------------------------------------


def test_a_job_titled_by_a_question_is_covered(tables):
    assert covers_job("vet nurse", tables)
    assert covers_job("cabin crew", tables)


def test_a_pay_trend_table_in_pesos_answers_its_year(tables):
    evidence = answer(tables, "senior data engineer in metro manila, monthly pay in 2022?")
    assert evidence.kind == "answer"
    assert "121,000" in lead(evidence.text)


def test_a_question_naming_a_year_row_of_another_jobs_table_is_not_answered_from_it(tables):
    evidence = answer(tables, "what did a purser at korean air make in 2023")
    assert "Data Engineer" not in lead(evidence.text)


def test_the_highest_of_a_sheet_per_year_is_of_the_year_asked(tables):
    evidence = answer(tables, "which airline paid cabin crew the highest starting salary in 2023?")
    assert evidence.kind == "answer"
    assert "2023" in lead(evidence.text) and "Korean Air" in lead(evidence.text)


# --- loaders --------------------------------------------------------------------------------------------------------


def test_merged_cells_of_an_html_table_are_read_as_a_reader_sees_them():
    from ingest.load import load_html

    html = b"""<html><body><h1>Mining engineers</h1><table>
    <tr><th rowspan="2">Specialty</th><th colspan="2">Junior</th><th colspan="2">Senior</th></tr>
    <tr><th>Antofagasta</th><th>Santiago</th><th>Antofagasta</th><th>Santiago</th></tr>
    <tr><td>Mine planning</td><td>$2.450.000</td><td>$2.100.000</td><td>$5.200.000</td><td>$4.600.000</td></tr>
    </table><table><tr><th>Region</th><th>Site</th><th>Monthly pay</th></tr>
    <tr><td rowspan="2">North</td><td>Escondida</td><td>$3.100.000</td></tr>
    <tr><td>Chuquicamata</td><td>$2.900.000</td></tr></table></body></html>"""
    text = load_html(html)[1]
    assert "| Specialty | Junior Antofagasta | Junior Santiago | Senior Antofagasta | Senior Santiago |" in text
    assert "| Mine planning | $2.450.000 | $2.100.000 | $5.200.000 | $4.600.000 |" in text
    assert "| North | Chuquicamata | $2.900.000 |" in text  # the region spanning two rows stands in both


def test_a_first_cell_left_blank_under_a_group_is_the_groups():
    from ingest.chunk import table_rows

    rows = table_rows(
        [
            "| Sector | Level | Monthly gross pay |",
            "| --- | --- | --- |",
            "| Public sector | Planning analyst | MX$22,500 |",
            "|  | Head of department | MX$38,000 |",
        ]
    )
    assert rows[1] == "Public sector (Sector), Head of department (Level): Monthly gross pay: MX$38,000"


def test_a_csv_exported_the_danish_way():
    from ingest.formats import load_csv

    text = load_csv(
        "Region;Experience;Monthly pay (DKK);Overtime hourly rate (DKK)\r\nHovedstaden;0-2 years;36.850,00;412,50\r\n"
    )[1]
    line = next(x for x in text.splitlines() if "Hovedstaden" in x)
    cells = [c.strip() for c in line.strip("|").split("|")]
    record = record_of(f"Hovedstaden (Region), 0-2 years (Experience): Monthly pay (DKK): {cells[2]}", "", {})
    assert cells[2:] == ["36.850,00", "412,50"]
    assert record is not None and (record.money[0].amount, record.money[0].currency) == (36850.0, "DKK")


def test_space_thousands_and_a_bare_kr_of_the_documents_country():
    (q,) = parse_numbers("42 300 kr/mån")
    assert q.value == 42300.0
    assert currency_of("42 300 kr", "DKK") == "DKK" and currency_of("42 300 kr") == "SEK"


def test_a_follow_up_quotes_the_line_that_holds_the_figure_just_given():
    from bot.evidence.quotes import rank
    from bot.types import Passage

    text = (
        "Newly qualified nurses start on $26.50 an hour.\n\nThe median with five years is now $34.20 an hour, "
        "compared with $31.40 in 2023.\n\nAuckland pays the most in 2023."
    )
    passages = [Passage("c1", "corpus/a.txt", "Pay", text, meta={"title": "Nurses"})]
    best = rank("what was it in 2023?", passages, said="The median with five years is $34.20 an hour.").scored[0][1]
    assert "$31.40" in best.quoted
