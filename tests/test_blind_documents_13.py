"""The fourteenth round of documents by other hands (issue 26): what the retired held-out sets `unseen-aa` and
`unseen-test5` showed careerbot missed. A plain-text table boxed by rules, with a header over two or three lines and
rows wrapped onto the next line, or a header over one long rule; a row cell holding a comma ("Storm-warning
observatory, Lake Balaton"); a column keyed by years ("Years since graduation 3–5") whose cells are pay; a question
naming no job careerbot reads as one, answered from the document its rare words are of, not another job's table; a
place's document picked by its own words over the student's other words. (A student's spelling and "(see below)":
tests/test_spelling.py.)

Questions are worded here, not taken from the suites.
"""

from __future__ import annotations

import pytest

from bot.evidence.ask import read_question
from bot.evidence.lookup import lookup
from bot.tables import Tables, record_of
from bot.text import row_cells
from ingest.plain import structure

HUNGARY = "corpus/elte-karrier-atmospheric-sciences-salaries-2025.html"
NEPAL = "corpus/HTWU_circular_07_minimum_daily_rates_FY2081-82.txt"

BOXED = """2. DAILY RATES

   Amounts in rupees, gross, per day.

   ------------------------------------------------------------
    Code  Region /              Senior     Junior    Helper
          district              guide      guide     (load
                                                     max 20 kg)
   ------------------------------------------------------------
    A     Valley rim,             2,300     1,750     1,350
          day walks
    B     High passes (remote)    3,900     2,950     2,300
   ------------------------------------------------------------
   * Notes follow.
"""

RULED = """Grade  Typical post                         Step 1     Step 2     Step 3
---------------------------------------------------------------------------
1      Clerk (archives, mail)               780,400    794,650    823,150
2      Senior clerk, registry             1 004,350  1 025,500  1 067,800

Advancement: one step every 2 years.
"""


@pytest.fixture(scope="module")
def tables(whole_tables) -> Tables:
    return whole_tables  # tests/conftest.py: every document, read once per session


def answer(question: str, tables: Tables):
    return lookup(read_question(question, tables), tables, [])


def test_a_table_boxed_by_rules_is_a_table_with_its_wrapped_rows_whole():
    out = structure(BOXED)
    assert "| Code | Region / district | Senior guide | Junior guide | Helper (load max 20 kg) |" in out
    assert "| A | Valley rim, day walks | 2,300 | 1,750 | 1,350 |" in out
    assert "| B | High passes (remote) | 3,900 | 2,950 | 2,300 |" in out
    assert "* Notes follow." in out and "-----" not in out


def test_a_header_over_one_long_rule_is_a_table():
    out = structure(RULED)
    assert "| Grade | Typical post | Step 1 | Step 2 | Step 3 |" in out
    assert "| 2 | Senior clerk, registry | 1 004,350 | 1 025,500 | 1 067,800 |" in out
    # an underlined heading is still a heading, not a table
    assert structure("Pay and grades\n--------------\n\nSome prose.\n").startswith("## Pay and grades")


def test_a_row_cell_holding_a_comma_keeps_its_header():
    line = "Field station, Lake Balaton (Workplace), Siófok (Location): Years since graduation 3–5: 665 000"
    assert row_cells(line) == [
        ("Workplace", "Field station, Lake Balaton"),
        ("Location", "Siófok"),
        ("Years since graduation 3–5", "665 000"),
    ]


def test_a_column_keyed_by_years_holds_pay():
    line = "Regional office (Workplace), Szeged (Location): Years since graduation 0–2: 505 000; Years 3–5: 620 000"
    rec = record_of(line, "Pay > Median monthly pay (Ft) by workplace and years", {"region": "Hungary"})
    assert rec is not None and [v.amounts for v in rec.values] == [(505000.0,), (620000.0,)]


def test_a_question_naming_no_job_is_answered_from_the_document_its_words_are_of(tables):
    found = answer("weather forecaster at siófok with 4 years experience: what is the median pay?", tables)
    assert found.kind == "answer" and "665 000" in found.text and found.documents == (HUNGARY,)
    # no job nor place read: the document whose words the question's are, weighed by how few documents use each
    found = answer("how much does a storm-warning forecaster make with 4 years experience", tables)
    assert found.kind == "answer" and found.documents == (HUNGARY,) and "Social Worker" not in found.text


def test_a_places_document_is_picked_by_its_own_words(tables):
    found = answer("is there a bonus for night work for weather forecasters in budapest", tables)
    assert found.kind != "scope" and found.documents == (HUNGARY,)


def test_a_plain_text_rate_table_is_records(tables):
    rows = [r for r in tables.of(NEPAL) if any("Langtang" in c for _, c in r.keys)]
    assert rows and any(v.text == "2,700" for v in rows[0].values)


def _banded_pdf() -> bytes:
    """A table whose every other row is shaded, a rule under its header only, a wrapped cell in a plain row, a plain
    row last, and a sentence under it (as fpdf2 draws ``cell_fill_mode="ROWS"``)."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 9)
    rows = [
        ("Grade", "Typical job title", "Years", "Median per month"),
        ("G1", "Graduate surveyor", "0-1", "1.900.000"),
        ("G2", "Surveyor (cadastral, mine, hydrographic)", "2-4", "2.750.000"),
        ("G3", "Senior surveyor", "5-8", "4.100.000"),
        ("G4", "Principal surveyor", "9-12", "5.850.000"),
    ]
    with pdf.table(
        col_widths=(15, 60, 20, 35),
        headings_style=FontFace(emphasis="BOLD", fill_color=(200, 200, 200)),
        borders_layout="SINGLE_TOP_LINE",
        cell_fill_color=(235, 235, 235),
        cell_fill_mode="ROWS",
        line_height=4.6,
    ) as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)
    pdf.multi_cell(0, 5, "Source: employer survey of 38 firms, 2025. Base salary only.")
    return bytes(pdf.output())


def test_a_pdf_table_with_shaded_rows_is_one_table():
    from ingest.pdf import load_pdf

    _, text = load_pdf(_banded_pdf())
    assert "| G2 | Surveyor (cadastral, mine, hydrographic) | 2-4 | 2.750.000 |" in text
    assert "| G4 | Principal surveyor | 9-12 | 5.850.000 |" in text  # the plain row last
    assert "Source: employer survey of 38 firms, 2025. Base salary only." in text  # the sentence below stays prose
    assert "| Grade | Typical job title | Years | Median per month |" in text
    assert sum(line.startswith("| ---") for line in text.split("\n")) == 1


def test_the_row_that_says_more_of_the_job_asked_is_the_answer(tables):
    # "Chief geologist / exploration manager" over "Geologist (exploration, hydro-, geophysics)" of the same grid
    found = answer("median monthly pay of a chief geologist in mongolia?", tables)
    assert found.kind == "answer" and "8.400.000" in found.text and "2.750.000" not in found.text
    assert "| G2 | Geologist (exploration, hydro-, geophysics) |" not in found.text


def test_a_document_naming_its_towns_and_no_country_is_that_countrys(tmp_path):
    from pathlib import Path

    from ingest.load import read_scope

    text = "# Heritage guiding careers\n\nGuides based in Siem Reap earn $35 a day.\n\nIn Battambang a day pays $30.\n"
    assert read_scope({}, Path("guiding.md"), text).get("region") == "Cambodia"
    # a town whose name is an English word is no evidence ("Reading", "Bath")
    text = "# Guiding careers\n\nGuides based in Reading earn £90 a day.\n\nIn Bath a day pays £85.\n"
    assert "region" not in read_scope({}, Path("guiding.md"), text)
