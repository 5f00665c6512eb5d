"""The twelfth round of documents by other hands (issue 26): what the retired held-out sets `unseen-x` and `unseen-y`
(and the dev sets before them) showed careerbot missed. A PDF table drawn as two (its header down one column, each
row's label over its figures) and one whose top header row leaves the columns it does not span blank; a deck whose
first slide has no title; a job named by a head that names no job ("fish farm worker") or by who holds it ("expat");
a job that is one of a row's two names ("1st Assistant Camera / Focus Puller") over a group another word names; the
figure a student quotes, asked whose it is; where a row pays the most, of a table whose columns are places; "the best
paid role in Portugal"; day rates and per diems as pay; financial years ("FY2021/22"); a currency ("US dollars",
"colones") or a work setting ("remote sites") that is no place and no subject; an organisation's initials ("DoWH").

Questions are worded here, not taken from the suites.
"""

from __future__ import annotations

import pytest

from bot.evidence.ask import read_question
from bot.evidence.coverage import coverage
from bot.evidence.lookup import lookup
from bot.evidence.places import known_places, places_in
from bot.tables import Tables
from bot.vocabulary import asks_about_pay
from ingest.formats import two_row_header
from ingest.load import read_scope
from ingest.pdf import PdfTable, mend_stacked

VIETNAM = "corpus/LotusBridge_Vietnam_Salary_Guide_2025_Electronics_Manufacturing.pdf"
NORWAY = "corpus/OSMN_Lonn_og_vilkar_havbruk_2025-2026.docx"
SERBIA = "corpus/crew-rates-2025-2026-en.md"
COSTA_RICA = "corpus/ACOTEM_Encuesta_Salarial_2025_Dispositivos_Medicos.csv"
SAMOA = "corpus/MAF_Fisheries_Division_Salary_Scale_FY2024-25.xlsx"
PNG = "corpus/DoW_Technical_and_Plant_Careers_Information_Sheet_2025.pdf"


@pytest.fixture(scope="module")
def tables(whole_tables) -> Tables:
    return whole_tables  # tests/conftest.py: every document, read once per session


def answer(question: str, tables: Tables):
    return lookup(read_question(question, tables), tables, [])


def test_a_pdf_table_drawn_as_two_is_one():
    header = PdfTable(10.0, [["Grade"], ["Step 1"], ["Step 2"], ["Step 3"]])
    body = PdfTable(
        20.0, [["Grade 5", "", ""], ["K918.40", "K951.20", "K984.00"], ["Grade 6", "", ""], ["K1,049.60", "K1.1", "K2"]]
    )
    [[table]] = mend_stacked([[header, body]])
    assert table.rows == [
        ["Grade", "Step 1", "Step 2", "Step 3"],
        ["Grade 5", "K918.40", "K951.20", "K984.00"],
        ["Grade 6", "K1,049.60", "K1.1", "K2"],
    ]
    other = PdfTable(20.0, [["Band", "Pay", "Hours"], ["A", "100", "40"]])  # an ordinary table stays as it is
    assert mend_stacked([[header, other]]) == [[header, other]]


def test_a_header_whose_top_row_names_some_columns_alone():
    rows = two_row_header(
        [
            ["Position", "Experience (yrs)", "Northern Vietnam", "", "Southern Vietnam", ""],
            ["", "", "Hanoi", "Hai Phong", "Ho Chi Minh City", "Binh Duong"],
            ["Plant Manager", "15+", "140", "150", "155", "130"],
        ]
    )
    assert rows[0] == [
        "Position",
        "Experience (yrs)",
        "Northern Vietnam Hanoi",
        "Northern Vietnam Hai Phong",
        "Southern Vietnam Ho Chi Minh City",
        "Southern Vietnam Binh Duong",
    ]
    assert rows[1][0] == "Plant Manager"


def test_a_deck_whose_first_slide_has_no_title_is_titled_by_its_first_heading_line(tmp_path):
    text = (
        "## Slide 1\n\nPower the mountains. Build your career in hydropower.\nGraduate & Technician Recruitment 2025\n"
        "Naryn Hydro Cascade OJSC\n\n## Slide 2\n\nWho we are\n"
    )
    from ingest.load import _own_title

    assert _own_title(text, ".pptx") == "Graduate & Technician Recruitment 2025"
    assert read_scope({}, tmp_path / "deck.pptx", text)["title"] != "Slide 1"


def test_day_rates_fees_and_per_diems_are_pay():
    for asked in ("film crew day rates in 2019", "the daily fee for a tour guide", "per diem outside the capital"):
        assert asks_about_pay(asked), asked
    assert not asks_about_pay("what is the exchange rate")


def test_a_currency_or_a_work_setting_is_no_place(tables):
    known = known_places(tables)
    assert places_in("the salary in US dollars at the plant", known) == []
    assert places_in("nurses in the US", known) == ["US"]
    assert "England" not in places_in("a new english speaking tour guide in luxor", known)
    assert not any("Remote" in p for p in places_in("the rotation at the remote hydro sites", known))


def test_jobs_named_by_a_generic_head_or_by_who_holds_them(tables):
    cover = coverage(tables)
    assert cover.job("fish farm worker", NORWAY) and not cover.job("fish farm worker", SERBIA)
    assert cover.job("expat plant manager", VIETNAM)
    evidence = answer("minimum hourly wage for a fish farm worker in norway", tables)
    assert evidence.kind != "scope" and NORWAY in evidence.documents


def test_the_job_as_a_rows_second_name_over_a_group_another_word_names(tables):
    evidence = answer("how much does a focus puller get per day on a foreign production in serbia?", tables)
    first = evidence.text.split("\n")[0]
    assert evidence.kind == "answer" and first.split("[1]")[0].count("Focus Puller") == 1 and "220" in first
    assert "Production Manager" not in first


def test_the_figure_a_student_quotes_is_asked_whose_it_is(tables):
    evidence = answer("which job in the vietnam electronics guide pays a median of 62 million in bac ninh?", tables)
    assert evidence.kind == "answer" and "Production Manager" in evidence.text.split("\n")[0]
    evidence = answer("which position in the costa rica survey has a median of 1,560,000 colones?", tables)
    assert evidence.kind == "answer" and "Validation Engineer" in evidence.text.split("\n")[0]
    # a question with no figure is not one of these
    assert "Validation Engineer" not in answer("what do quality inspectors earn in costa rica?", tables).text


def test_where_a_row_pays_the_most_of_a_table_whose_columns_are_places(tables):
    most = answer("where in vietnam do automation engineers earn the most?", tables)
    least = answer("which location in vietnam pays plant managers the least", tables)
    assert most.kind == "answer" and "Hai Phong" in most.text.split("\n")[0] and "31" in most.text.split("\n")[0]
    assert least.kind == "answer" and "Binh Duong" in least.text.split("\n")[0] and "130" in least.text.split("\n")[0]


def test_the_best_paid_role_is_a_superlative(tables):
    assert read_question("best paid role in the portuguese care salary guide?", tables).want == "max"
    assert read_question("what is the best-paid textile job in the cusco career profile", tables).want == "max"
    assert read_question("is a textile job well paid in cusco?", tables).want == "value"


def test_a_financial_year_asked_is_checked_against_the_documents(tables):
    other = answer("Samoa fisheries officer salary scale for FY2021/22?", tables)
    assert other.kind == "scope" and "for the year asked" in other.text and "22,880" not in other.text.split("\n")[0]
    same = answer("Samoa fisheries officer salary scale for FY2024/25?", tables)
    assert same.kind == "answer" and "22,880" in same.text.split("\n")[0]


def test_words_about_the_figure_or_where_the_job_works_are_no_uncovered_subject(tables):
    for question in (
        "hourly equivalent pay for a quality inspector in the costa rica med device survey",
        "which position in the costa rica salary survey has a median of 1,560,000 colones?",
        "salary range for a principal fisheries officer in samoa from bottom to top step",
    ):
        assert answer(question, tables).kind != "scope", question
    # what is asked of the job, in words its documents never use, still is
    assert answer("what pension contribution do samoa fisheries officers pay?", tables).kind != "answer"


def test_an_organisations_initials_name_its_document(tables):
    assert coverage(tables).named_document("what's the highest fortnightly salary on the DoWH scale") == PNG
    evidence = answer("PNG works dept grade 8 step 1 pay per fortnight?", tables)
    assert PNG in evidence.documents and "K1,381.20" in evidence.text
