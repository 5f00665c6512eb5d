"""The thirteenth round of documents by other hands (issue 26): what the retired held-out sets `unseen-z` and
`unseen-test4` showed careerbot missed. Money written as its own country writes it and CLDR does not ("Tk 1,35,000",
"TT$5,200", "250 000 FCFA", dinars' three decimals after a comma, "MNT 52.000"); a CSV whose comment lines come
before its header; "middle" as a level; "T&T" as the initials of a place a document names; a job whose only
documents are prose of another place; words around a superlative ("among", "senior-level") that name no subject.

Questions are worded here, not taken from the suites.
"""

from __future__ import annotations

import pytest

from bot.evidence.ask import read_question
from bot.evidence.lookup import lookup
from bot.numbers import currency_of, parse_numbers
from bot.stated import label_currency
from bot.tables import Tables, record_of
from ingest.formats import load_csv
from ingest.load import read_scope

BANGLADESH = "corpus/Meridian_Pharma_Field_Force_Salary_Guide_FY2025-26.pdf"
TASHKENT = "corpus/tashkent_it_salaries_2025_H1.csv"


@pytest.fixture(scope="module")
def tables(whole_tables) -> Tables:
    return whole_tables  # tests/conftest.py: every document, read once per session


def answer(question: str, tables: Tables):
    return lookup(read_question(question, tables), tables, [])


@pytest.mark.parametrize(
    ("written", "values", "code"),
    [
        ("Tk 1,12,500 - Tk 1,47,000", [112500.0, 147000.0], "BDT"),
        ("TT$5,150 – TT$6,450", [5150.0, 6450.0], "TTD"),
        ("J$1,150,000", [1150000.0], "JMD"),
        ("245 000 FCFA", [245000.0], "XOF"),
        ("1 512,300 DT", [1512.3], "TND"),
        ("JD 815.500", [815.5], "JOD"),
        ("MNT 52.000", [52000.0], "MNT"),
        ("12.400 TL", [12400.0], "TRY"),
        ("NT$43,500", [43500.0], "TWD"),
        ("Ksh. 6,150 a month", [6150.0], "KES"),
    ],
)
def test_money_as_its_own_country_writes_it(written, values, code):
    found = parse_numbers(written)
    assert [(q.kind, q.value) for q in found] == [("money", v) for v in values]
    assert currency_of(written) == code


def test_amounts_whose_countries_write_them_both_ways_are_left_as_written():
    assert parse_numbers("€1.500")[0].value == 1.5
    assert parse_numbers("$1.250")[0].value == 1.25
    assert [q.value for q in parse_numbers("a 1 200,300 b")] != [1200.3]  # no currency, no dots: not a dinar


def test_a_csvs_comment_lines_are_its_title_and_prose():
    text = (
        "# Welding salary benchmark - Riga 2025\n# Amounts: monthly gross, EUR\n"
        "role,level,median\nWelder,Junior,1 150\nWelder,Senior,1 900\n"
    )
    _, markdown = load_csv(text)
    assert markdown.startswith("# Welding salary benchmark - Riga 2025")
    assert "Amounts: monthly gross, EUR" in markdown
    assert "| Welder | Senior | 1 900 |" in markdown
    assert "| Amounts" not in markdown  # not a row of the table
    _, markdown = load_csv(text + "#\n# Notes on leave\nnote,detail\nannual_leave,21 days\n")
    assert "| Welder | Senior | 1 900 |\n\n### Notes on leave\n\n| note | detail |" in markdown  # a table of its own
    _, markdown = load_csv("#,Role,Pay\n1,Welder,1 150\n")
    assert markdown.startswith("| # | Role | Pay |")  # a "#" column is no comment


def test_a_middle_level_job_is_the_documents_job(tables):
    found = answer("median pay of a middle backend developer in tashkent?", tables)
    assert found.kind == "answer" and "16 000 000" in found.text
    assert found.documents == (TASHKENT,)


def test_the_taka_tables_rows_are_read(tables):
    found = answer("what does a regional sales manager earn at a pharma firm in bangladesh?", tables)
    assert found.kind == "answer" and "Tk 1,35,000" in found.text
    top = answer("which pharma field force job in bangladesh has the highest median?", tables)
    assert top.kind == "answer" and top.text.index("National Sales Manager") < top.text.index("Tk 4,50,000")


def test_a_job_whose_only_document_is_of_another_place_is_said_not_covered_there(tables):
    found = answer("what do aircraft maintenance engineers earn in jamaica?", tables)
    assert found.kind == "scope"
    assert found.text.startswith("The documents do not cover aircraft maintenance engineer pay in Jamaica")


def test_among_and_senior_level_are_no_uncovered_subject(tables):
    found = answer("Among senior-level IT jobs in Tashkent, which has the highest median salary?", tables)
    assert found.kind != "scope"


def test_a_column_label_names_its_currency_before_a_slash():
    assert label_currency("Maximum (Rp/bulan)") == "IDR"
    assert label_currency("Median (Tk/month)") == "BDT"
    record = record_of(
        "VII (Grade), Staff (Level): Minimum (Rp/bulan): 13.500.000; Maximum (Rp/bulan): 21.500.000",
        "Wage scale",
        {"region": "Indonesia"},
    )
    assert record is not None
    assert [(v.amount, v.currency) for v in record.values] == [(13_500_000.0, "IDR"), (21_500_000.0, "IDR")]


def test_a_file_names_capitals_are_no_country_when_its_amounts_are_anothers(tmp_path):
    text = "# PT Example Smelter\n\n| Grade | Basic wage |\n| --- | --- |\n| I | Rp 3.650.000 |\n"
    text += "| II | Rp 3.950.000 |\n| III | Rp 4.400.000 |\n"
    assert read_scope({}, tmp_path / "PT_Sinar_Wage_Scale_2025.md", text)["region"] == "Indonesia"
    prose = "# Wind technicians\n\nPay: DKK 41.000 a month; DKK 44.500 with five years; DKK 47.000 for leads."
    assert read_scope({}, tmp_path / "wind_technicians_DK_2024.md", prose)["region"] == "Denmark"


def test_the_highest_pay_is_ranked_by_the_column_most_rows_pay_in(tables):
    found = answer("best paid aircraft maintenance job in trinidad and tobago?", tables)
    assert found.kind == "answer"
    first = found.text.split("\n")[0]
    assert "Maintenance manager" in first and "TT$30,000 – TT$40,000" in first
