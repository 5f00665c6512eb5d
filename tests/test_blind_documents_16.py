"""The seventeenth round of documents by other hands (issue 26): what the retired held-out sets `unseen-ad` and
`unseen-test8` showed careerbot missed. A question typed in the documents' own language ("cuanto gana al mes un
cerrajero maestro") was read as English: "cuanto" was "corrected" to a document's "cuando", no pay word was found,
and "de noche de" was said to be a subject no document covers. A table's years of service written in another
language ("alla 1 aasta", "üle 10 aasta") and a student with none yet ("brand new", "less than a year").

Questions are worded here, not taken from the suites.
"""

from __future__ import annotations

import pytest

from bot.evidence.ask import read_question
from bot.evidence.lookup import lookup
from bot.spelling import Speller, speller_of
from bot.stated import asks_a_price
from bot.tables import Tables, year_span
from bot.vocabulary import asks_about_pay

LOCKSMITHS = "corpus/adocets-guia-salarios-tarifas-cerrajeria-2025.html"
TRAMS = "corpus/tallinn_trammijuhid_tootasu_2025.docx"


@pytest.fixture(scope="module")
def tables(whole_tables) -> Tables:
    return whole_tables  # tests/conftest.py: every document, read once per session


def answer(question: str, tables: Tables):
    return lookup(read_question(speller_of(tables).respell(question), tables), tables, [])


def test_a_question_word_of_another_language_is_no_typo_of_a_documents_word():
    speller = Speller(["Cuando el cliente llama de noche, el cerrajero cobra la tarifa nocturna."])
    assert speller.word("cuanto") == "cuanto"  # not the document's "cuando"
    assert speller.word("cerajero") == "cerrajero"  # a typo of the document's word is still read as it


@pytest.mark.parametrize(
    ("question", "pay", "price"),
    [
        ("cuanto gana por mes una cajera", True, False),
        ("cuánto le pagan a un aprendiz", True, False),
        ("quanto ganha um carteiro", True, False),
        ("combien gagne un imprimeur", True, False),
        ("cuanto cuesta abrir una cerradura", False, True),
        ("what does a haircut cost in lima", False, True),
        ("how much do nurses earn in costa rica", True, False),  # "costa" is no price
    ],
)
def test_pay_and_prices_are_asked_in_other_languages_too(question, pay, price):
    assert asks_about_pay(question) is pay
    assert asks_a_price(question) is price


@pytest.mark.parametrize(
    ("cell", "span"),
    [
        ("alla 1 aasta", (0.0, 0.99)),  # Estonian: under 1 year
        ("1–3 aastat", (1.0, 3.0)),
        ("üle 10 aasta", (10.0, float("inf"))),
        ("más de 15 años", (15.0, float("inf"))),
        ("menos de 2 años", (0.0, 1.99)),
        ("5 to 9 years", (5.0, 9.0)),
    ],
)
def test_years_of_service_are_read_in_the_tables_language(cell, span):
    assert year_span(cell) == span


def test_a_student_with_no_years_yet_gets_the_tables_first_row(tables):
    found = answer("hourly pay for a tram driver in tallinn who is brand new?", tables)
    assert found.kind == "answer" and found.documents[0] == TRAMS
    first = found.text.split("\n")[0]
    assert "alla 1 aasta" in first and "10,40" in first


def test_a_bound_in_years_reads_the_last_row(tables):
    found = answer("tram driver in tallinn with over 12 yrs, what is the monthly pay", tables)
    assert found.kind == "answer" and found.documents[0] == TRAMS
    assert "2 243" in found.text.split("\n")[0]


def test_a_question_in_spanish_is_answered_from_its_row(tables):
    found = answer("cuanto cobra por mes un cerrajero maestro", tables)
    assert found.kind == "answer" and found.documents[0] == LOCKSMITHS
    assert "Cerrajero maestro" in found.text.split("\n")[0]


def test_a_superlative_in_spanish_is_ranked(tables):
    asked = read_question("cual es el puesto de cerrajeria mejor pagado", tables)
    assert asked.want == "max" and asked.pay
    asked = read_question("en que ciudad ganan menos los cerrajeros", tables)
    assert asked.want == "min"


def test_a_job_is_named_in_the_documents_language_or_in_english(tables):
    from bot.evidence.coverage import covers_job
    from bot.job_names import english_job, foreign_jobs

    assert english_job("carniceros") == "butcher" and english_job("açougueiro") == "butcher"
    assert foreign_jobs("cuanto gana un cerrajero en santiago") == ["locksmith"]
    assert foreign_jobs("what does a military officer earn") == []  # English words are no other language's job
    assert covers_job("butcher", tables)  # a Spanish scale's "Oficial carnicero"
    assert not covers_job("fishmonger", tables)


def test_a_job_no_document_covers_asked_in_spanish_is_said_not_covered(tables):
    found = answer("cuanto gana un pescadero en rosario", tables)
    assert found.kind == "scope" and "fishmonger" in found.text


def test_the_sheet_of_the_months_asked_is_read(tables):
    from bot.languages import month_span

    assert month_span("Abr-Jun 2025") == (4, 6) and month_span("jul a sep") == (7, 9)
    assert month_span("en agosto") == (8, 8) and month_span("how much may i earn") is None
    # a pay scale with one sheet per quarter: the one of the month asked, not both
    found = answer("valor hora de un medio oficial carnicero en agosto 2025", tables)
    assert found.kind == "answer" and "Jul-Sep" in found.text and "Abr-Jun" not in found.text


def test_a_grade_cut_short_does_not_end_a_sentence():
    from bot.text import split_sentences

    assert len(split_sentences("Scale 2025, Cat. B (Medio oficial): $ 1.062.750,00 [1]. Next.")) == 2


def test_a_file_names_city_says_the_documents_country():
    from ingest.load import _town_country

    assert _town_country("tallinn_trammijuhid_tootasu_2025") == "Estonia"
    assert _town_country("warehouse_logistics_pay") == ""


def test_pay_in_a_place_no_document_covers_is_said_so_when_no_job_is_read(tables):
    # "tea estate hands" is read as no job; the passages found are the Rwandan tea guide's
    found = lookup(
        read_question("how much do tea estate hands earn a day in malawi", tables),
        tables,
        [p for p in _passages(tables, "SAIC_tea")],
    )
    assert found.kind == "scope" and "Malawi" in found.text.split("\n")[0]


def _passages(tables, name):
    from bot.types import Passage

    return [
        Passage(id=c.id, source=c.source, section=c.section, text=c.text, score=1.0)
        for c in tables.chunks.values()
        if name in c.source
    ][:4]


def test_a_rows_range_is_its_lowest_and_highest_step(tables):
    found = answer("monthly pay range of a senior radiographer in uganda?", tables)
    first = found.text.split("\n")[0]
    assert found.kind == "answer" and "1,820,000" in first and "2,050,000" in first


def test_a_header_with_a_time_and_a_slashed_row_are_read(tables):
    from bot.text import row_cells

    cells = row_cells("Centro (Zona): Tarifa (RD$) Normal (lun–sáb, 8:00–18:00): RD$600; Nocturno: RD$1,000")
    assert cells and ("Tarifa (RD$) Normal (lun–sáb, 8:00–18:00)", "RD$600") in cells
    found = answer("cuanto gana por quincena un ayudante de cerrajeria", tables)
    assert found.kind == "answer" and "Aprendiz / ayudante de cerrajería" in found.text.split("\n")[0]
    found = answer("sueldo basico de la cat E en carnicerias, jul a sep", tables)
    assert found.kind == "answer" and "Cat. E" in found.text.split("\n")[0] and "Jul-Sep" in found.text
