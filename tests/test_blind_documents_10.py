"""The eleventh round of documents by other hands (issue 26): what the retired held-out sets `unseen-v` and `unseen-w`
showed careerbot missed, read as dev once round 11's sets (`unseen-x`, `unseen-y`) took their place. A semicolon CSV
with decimal commas read as its columns; amounts in dirhams ("3 450 DH"), lari ("900 GEL"), Fiji and Uruguayan
dollars; a currency named in full ("Moroccan dirhams") over its last word's other country; a document's country read
from the currency it names ("UYU", "(ISK)") or its place cells ("Madeira (RAM)"); a header of two rows whose top cells
a PDF leaves blank where they span; a city's own name and its English one ("Açores" / "Azores"); years in dates
("1.2.2024"); a short form another document uses otherwise ("(SQE)").

Questions are worded here, not taken from the suites.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evidence.ask import read_question
from bot.evidence.places import places_in, said_as
from bot.evidence.row_names import kin
from bot.geography import country_of, places_country
from bot.numbers import currency_of, parse_numbers
from bot.retrieval.lexicon import lexicon_from_text
from bot.stated import country_by_currency, stated_currency
from bot.tables import Tables
from bot.text import split_sentences
from bot.types import Chunk
from ingest.chunk import chunk_document
from ingest.formats import load_csv, markdown_table
from ingest.load import SourceDoc, read_scope

CARE = "corpus/guia_salarial_2025_apoio_social_cuidadores.csv"
FARMS = "corpus/mtss_grupo22_ganaderia_agricultura_laudos_2025-01.csv"
WINERY = "corpus/AVWC_HR-POL-04_Remuneration_Policy_2025.docx"
CARS = "corpus/Atlas_Talent_Partners_Salary_Guide_2025_Automotive_Morocco.pdf"
FISH = "corpus/Kauptaxtar_fiskvinnsla_2024-2025.xlsx"


@pytest.fixture(scope="module")
def tables(whole_tables) -> Tables:
    return whole_tables  # tests/conftest.py: every document, read once per session


def test_a_semicolon_csv_with_decimal_commas_is_read_by_its_columns():
    text = (
        "grupo;categoria;salario_mensual_UYU;jornal_UYU\n"
        "22;Tractorista;32.500,00;1.300,00\n"
        "22;Peón común;27.150,00;1.086,00\n"
        "22;Domador;31.250,00;1.250,00\n"
    )
    _, markdown = load_csv(text)
    assert "| Tractorista | 32.500,00 | 1.300,00 |" in markdown  # not "32.500 | 00;1.300 | 00"
    # a comma file whose cells hold semicolons stays a comma file
    _, markdown = load_csv('role,notes,pay\nCook,"days; nights",100\nWaiter,"days; weekends",90\nHost,"days",80\n')
    assert "| Cook | days; nights | 100 |" in markdown


@pytest.mark.parametrize(
    ("written", "code"),
    [("3 450 DH", "MAD"), ("900 GEL", "GEL"), ("GEL 1 200", "GEL"), ("FJ$ 32,110", "FJD"), ("$U 27.150", "UYU")],
)
def test_amounts_in_the_currencies_their_countries_write(written, code):
    money = [q for q in parse_numbers(f"Base pay {written} a month") if q.kind == "money"]
    assert len(money) == 1 and currency_of(written) == code


def test_a_currency_named_in_full_is_that_one():
    assert currency_of("in Moroccan dirhams") == "MAD"  # not the UAE's, which "dirhams" alone is read as
    assert currency_of("paid in dirhams") == "AED"
    assert currency_of("Georgian lari") == "GEL" and currency_of("Icelandic krona") == "ISK"
    assert [q.kind for q in parse_numbers("TOP 10 jobs, all 3 MAD")] == ["count", "count"]  # capitals are no sign
    sentence = (
        "Figures are gross monthly base salaries (salaire brut mensuel de base) in Moroccan dirhams (DH), before "
        "deductions, collected from 212 placements."
    )
    assert stated_currency(sentence, sentences=True) == "MAD"


def test_a_documents_country_from_the_currency_it_names():
    assert country_by_currency("grupo;salario_mensual_UYU;jornal_UYU;valor_hora_UYU") == "Uruguay"
    assert country_by_currency("Amounts are in Icelandic krónur (ISK) for full-time day work.") == "Iceland"
    assert country_by_currency("Paid in GEL; the head office pays in AED.") == ""  # two countries' currencies
    assert country_by_currency("Salaries in US dollars (USD) and euros (EUR).") == ""  # no one country's
    assert read_scope({}, Path("laudos.csv"), "| grupo | jornal_UYU | hora_UYU |\n| --- | --- | --- |")["region"] == (
        "Uruguay"
    )


def test_a_documents_country_from_its_place_cells():
    assert places_country(["Lisboa (AML)", "Madeira (RAM)", "Açores (RAA)", "Centro"]) == "Portugal"
    assert places_country(["Madeira (RAM)", "Toronto"]) == ""
    rows = "| Region | Care assistant |\n| --- | --- |\n| Madeira (RAM) | EUR 910,00 |\n| Açores (RAA) | EUR 913,50 |\n"
    doc = SourceDoc(source="corpus/care.md", text=f"# Care pay\n\n{rows}", meta={"title": "Care pay"})
    # the chunks carry it, so every reader of them (the answers, the guard) names the same country
    assert {c.meta.get("region") for c in chunk_document(doc)} == {"Portugal"}


def test_a_header_of_two_rows_with_blank_spans():
    rows = [
        ["Role", "Tanger", "", "", "Kénitra", "", ""],
        ["", "Junior", "Confirmé", "Senior", "Junior", "Confirmé", "Senior"],
        ["Chef de ligne", "5 200", "6 500", "8 000", "5 000", "6 300", "7 800"],
    ]
    header = markdown_table(rows)[1]
    assert (
        header
        == "| Role | Tanger Junior | Tanger Confirmé | Tanger Senior | Kénitra Junior | Kénitra Confirmé | "
        + ("Kénitra Senior |")
    )
    # a first data row with a blank first cell is no second header row
    plain = [["Role", "Pay", "Notes"], ["", "1", "x"], ["A", "1", "2"]]
    assert markdown_table(plain)[1] == "| Role | Pay | Notes |"


def test_a_city_by_its_own_name_or_its_english_one():
    known = ("Lisboa (AML)", "Açores (RAA)", "Prague")
    assert places_in("care worker pay in the azores", known) == ["Açores (RAA)"]
    assert places_in("salary in lisbon", known) == ["Lisboa (AML)"]
    assert places_in("brewers in praha", known) == ["Prague"]
    assert country_of("Lisboa") == "Portugal"


def test_the_documents_own_rows_and_the_students_words(tables):
    assert tables.profiles[CARE].region == "Portugal"
    asked = read_question("lowest base pay for a care assistant in the Azores", tables)
    assert asked.places == ("Açores (RAA)",)
    assert said_as("Açores (RAA)", asked.text, tables) == "Azores"  # a reply names the place as the student did
    assert tables.profiles[FARMS].records and tables.profiles[FARMS].region == "Uruguay"
    assert tables.profiles[WINERY].currency == "GEL" and tables.profiles[WINERY].region == "Georgia"
    assert tables.profiles[CARS].currency == "MAD" and tables.profiles[CARS].records
    assert {"2024", "2025"} <= set(tables.profiles[FISH].years)  # "Mánaðarlaun 1.2.2024 (kr.)"
    assert tables.profiles[FISH].years[0] == "2025"  # the year it writes alone first


def test_a_year_in_a_columns_date():
    rows = "Cook (Job): Monthly pay 1.2.2024 (kr.): 425.985; Monthly pay 1.1.2025 (kr.): 449.415\n"
    small = Tables.build([Chunk(id="a", source="corpus/a.md", section="Pay", text=rows, meta={"title": "Pay"})])
    assert small.profiles["corpus/a.md"].years == ("2024", "2025")


def test_a_place_named_after_what_it_makes_is_a_word_of_the_documents():
    assert kin("winery", {"wine"}) and kin("fisheries", {"fish"}) and kin("brewery", {"brew"})
    assert not kin("winery", {"vineyard"})


def test_a_short_form_used_otherwise_is_spelled_out_for_neither():
    text = (
        "# Solicitors\n\nPass the Solicitors Qualifying Examination (SQE) first.\n\n"
        "# Plants\n\n- Ingénieur qualité fournisseurs (SQE): 9 500\n- Natural Language Processing (NLP) engineers\n"
    )
    lex = lexicon_from_text(text)
    assert "SQE" not in lex.acronyms and lex.acronyms.get("NLP") == "Natural Language Processing"
    assert lex.spell_out("senior SQE engineer pay") == "senior SQE engineer pay"


def test_a_krona_sign_ends_no_sentence():
    line = "Team leader: Monthly pay (kr.) 511.620 [1]. Cook: Monthly pay (kr.) 449.415 [2]."
    assert split_sentences(line) == [
        "Team leader: Monthly pay (kr.) 511.620 [1].",
        "Cook: Monthly pay (kr.) 449.415 [2].",
    ]
