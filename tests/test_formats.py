"""Word, Excel, CSV and PowerPoint files, made here with the libraries careerbot reads them with: headings, tables and
rows keep their structure through loading, chunking, a real ingest and an extractive answer; bad files are refused
with a reason and the rest of the corpus still loads."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest

from ingest.chunk import chunk_document
from ingest.load import MAX_FILE_BYTES, load_corpus

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"

PAY_HEADER = ["Grade", "Typical title", "Annual salary", "Share of nurses"]
PAY_ROWS = [
    ["Band 5", "Staff Nurse", 35200, 0.41],
    ["Band 6", "Clinical Nurse Manager", 68500, 0.22],
    ["Band 8", "Director of Nursing", 97250, 0.03],
]


def docx_bytes() -> bytes:
    from docx import Document

    document = Document()
    document.core_properties.title = "Nursing: Career Guide"
    document.add_heading("Nursing: Career Guide", 0)
    document.add_heading("What Nurses Do", 1)
    document.add_paragraph("Nurses assess patients, plan their care and give medicines.")
    document.add_paragraph("Take and record observations", style="List Bullet")
    document.add_paragraph("Explain treatment to families", style="List Bullet")
    document.add_heading("Pay by Band", 2)
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Band", "Typical title", "Annual salary"]):
        cell.text = text
    for row in [["Band 5", "Staff Nurse", "€35,200"], ["Band 7", "Advanced Nurse Practitioner", "€74,900"]]:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def xlsx_bytes(title: str = "Nurse Pay: Ireland 2024") -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.properties.title = title
    sheet = book.active
    sheet.title = "Salary by Grade"
    sheet.append(["Public hospital nurses, 2024"])
    sheet.append([])
    sheet.append(PAY_HEADER)
    for row in PAY_ROWS:
        sheet.append(row)
    for cells in sheet.iter_rows(min_row=4):
        cells[2].number_format = '"€"#,##0'
        cells[3].number_format = "0%"
    regions = book.create_sheet("Salary by Region")
    for row in [["Region", "Median salary"], ["Dublin", 52400], ["Galway", 47100]]:
        regions.append(row)
    for cells in regions.iter_rows(min_row=2):
        cells[1].number_format = "#,##0 €"
    hidden = book.create_sheet("Lookups")
    hidden.append(["internal", "do not read"])
    hidden.sheet_state = "hidden"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def pptx_bytes() -> bytes:
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    deck.core_properties.title = "Careers Fair 2024"
    first = deck.slides.add_slide(deck.slide_layouts[1])  # title and content
    first.shapes.title.text = "Why Choose Nursing"
    body = first.placeholders[1].text_frame
    body.text = "Secure jobs in every county"
    nested = body.add_paragraph()
    nested.text = "Night shifts pay a 25% premium"
    nested.level = 1
    second = deck.slides.add_slide(deck.slide_layouts[5])  # title only
    second.shapes.title.text = "Starting Pay"
    table = second.shapes.add_table(3, 2, Inches(1), Inches(2), Inches(6), Inches(1.5)).table
    for r, row in enumerate([["Band", "Starting salary"], ["Band 5", "€35,200"], ["Band 6", "€45,900"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    second.notes_slide.notes_text_frame.text = "Figures are from the 2024 pay scales."
    untitled = deck.slides.add_slide(deck.slide_layouts[6])  # blank
    untitled.shapes.add_textbox(Inches(1), Inches(1), Inches(6), Inches(1)).text_frame.text = "Ask us about placements."
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


def _load(tmp_path: Path, name: str, data: bytes):
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / name).write_bytes(data)
    docs, warnings = load_corpus(corpus)
    assert warnings == []
    [doc] = [d for d in docs if d.source.endswith(name)]
    return doc


def test_a_word_document_keeps_its_headings_lists_and_tables(tmp_path):
    doc = _load(tmp_path, "nursing.docx", docx_bytes())
    assert doc.meta["title"] == "Nursing: Career Guide"
    assert "## What Nurses Do" in doc.text and "### Pay by Band" in doc.text
    assert "- Take and record observations\n- Explain treatment to families" in doc.text
    assert "| Band | Typical title | Annual salary |" in doc.text
    assert "| Band 7 | Advanced Nurse Practitioner | €74,900 |" in doc.text
    row = next(c for c in chunk_document(doc) if "€74,900" in c.text)
    assert row.section == "What Nurses Do > Pay by Band"
    assert row.text == "Band 7 (Band), Advanced Nurse Practitioner (Typical title): Annual salary: €74,900"


def test_each_sheet_is_a_section_and_each_row_keeps_its_column_headers(tmp_path):
    doc = _load(tmp_path, "nurse-pay.xlsx", xlsx_bytes())
    assert doc.meta["title"] == "Nurse Pay: Ireland 2024"
    assert "## Salary by Grade" in doc.text and "## Salary by Region" in doc.text
    assert "Lookups" not in doc.text and "do not read" not in doc.text  # a hidden sheet is the office's scratch space
    chunks = chunk_document(doc)
    manager = next(c for c in chunks if "Clinical Nurse Manager" in c.text)
    assert manager.section == "Salary by Grade > Public hospital nurses, 2024"  # the title row names the table
    assert manager.text == (
        "Band 6 (Grade), Clinical Nurse Manager (Typical title): Annual salary: €68,500; Share of nurses: 22%"
    )
    galway = next(c for c in chunks if "Galway" in c.text)
    assert (galway.section, galway.text) == ("Salary by Region", "Galway (Region): Median salary: 47,100 €")


@pytest.mark.parametrize(
    ("value", "number_format", "shown"),
    [
        (52400, "General", "52400"),
        (0.125, "General", "0.125"),
        (52400, "#,##0", "52,400"),
        (52400.5, '"$"#,##0', "$52,401"),  # rounded as a spreadsheet rounds, half up
        (1234.5, '_("£"* #,##0.00_);_("£"* \\(#,##0.00\\);_("£"* "-"??_);_(@_)', "£1,234.50"),  # accounting
        (61000, "[$€-407] #,##0", "€ 61,000"),
        (61000, '#,##0 "EUR"', "61,000 EUR"),
        (0.035, "0.0%", "3.5%"),
        (-1500, "#,##0", "-1,500"),
    ],
)
def test_a_spreadsheet_number_reads_as_its_cell_shows_it(tmp_path, value, number_format, shown):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Figure", "Value"])
    sheet.append(["Pay", value])
    sheet["B2"].number_format = number_format
    buffer = io.BytesIO()
    book.save(buffer)
    doc = _load(tmp_path, "figures.xlsx", buffer.getvalue())
    assert f"| Pay | {shown} |" in doc.text


def test_a_csv_is_one_table_whatever_its_delimiter(tmp_path):
    text = "Role;City;Median salary\nPharmacist;Cork;€51,000\nPharmacist;Limerick;€49,500\n"
    doc = _load(tmp_path, "pharmacy.csv", text.encode())
    assert doc.meta["title"] == "pharmacy"
    rows = [c.text for c in chunk_document(doc)]
    assert rows == [
        "Pharmacist (Role), Cork (City): Median salary: €51,000",
        "Pharmacist (Role), Limerick (City): Median salary: €49,500",
    ]


def test_each_slide_is_a_section_with_its_text_tables_and_notes(tmp_path):
    doc = _load(tmp_path, "fair.pptx", pptx_bytes())
    assert doc.meta["title"] == "Careers Fair 2024"
    assert "## Why Choose Nursing\n\n- Secure jobs in every county\n  - Night shifts pay a 25% premium" in doc.text
    assert "## Starting Pay" in doc.text and "| Band 6 | €45,900 |" in doc.text
    assert "Figures are from the 2024 pay scales." in doc.text
    assert "## Slide 3\n\nAsk us about placements." in doc.text
    chunks = chunk_document(doc)
    band6 = next(c for c in chunks if "€45,900" in c.text)
    assert (band6.section, band6.text) == ("Starting Pay", "Band 6 (Band): Starting salary: €45,900")


def test_an_unknown_format_is_refused_with_the_formats_careerbot_reads(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "guide.md").write_text("## Pay\n\n- Analyst: £40,000\n")
    (corpus / "old-guide.doc").write_bytes(b"\xd0\xcf\x11\xe0 an old Word file")
    (corpus / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 a photo")
    docs, warnings = load_corpus(corpus)
    assert [d.source for d in docs] == ["corpus/guide.md"]
    [doc_warning] = [w for w in warnings if "old-guide.doc" in w]
    [jpg_warning] = [w for w in warnings if "photo.jpg" in w]
    for warning in (doc_warning, jpg_warning):
        for fmt in (
            "Markdown (.md",
            "text (.txt)",
            "HTML (.html",
            "PDF (.pdf)",
            "Word (.docx)",
            "Excel (.xlsx)",
            "CSV (.csv)",
            "PowerPoint (.pptx)",
        ):
            assert fmt in warning
    assert doc_warning.startswith("skipped corpus/old-guide.doc: careerbot cannot read .doc files")
    assert "Save it as .docx" in doc_warning and "Save it as" not in jpg_warning


def _zip_bomb() -> bytes:
    """A real .docx with one more part: 300 MB of zeros that deflate to about 300 KB."""
    buffer = io.BytesIO(docx_bytes())
    with zipfile.ZipFile(buffer, "a", compression=zipfile.ZIP_DEFLATED) as package:
        with package.open("word/media/padding.bin", "w", force_zip64=True) as part:
            block = bytes(1024 * 1024)
            for _ in range(300):
                part.write(block)
    return buffer.getvalue()


def _encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(REPO / "corpus" / "data-analyst-career-guide.pdf"))
    writer.encrypt(user_password="careers", owner_password="office", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory) -> Path:
    corpus = tmp_path_factory.mktemp("bad") / "corpus"
    corpus.mkdir()
    good = {"nursing.docx": docx_bytes(), "nurse-pay.xlsx": xlsx_bytes(), "fair.pptx": pptx_bytes()}
    for name, data in good.items():
        (corpus / name).write_bytes(data)
    (corpus / "truncated.docx").write_bytes(good["nursing.docx"][: len(good["nursing.docx"]) // 2])
    (corpus / "renamed.xlsx").write_text("Role,Salary\nNurse,35000\n")  # a CSV saved with the wrong extension
    (corpus / "not-office.pptx").write_bytes(_zip_of({"hello.txt": b"a zip, but not a presentation"}))
    shutil.copy(FIXTURES / "encrypted.xlsx", corpus / "encrypted.xlsx")
    (corpus / "locked.pdf").write_bytes(_encrypted_pdf())
    (corpus / "empty.pptx").write_bytes(b"")
    (corpus / "empty.csv").write_bytes(b"")
    (corpus / "every-posting.csv").write_text("Role,City\n" + "Nurse,Cork\n" * 20_001)
    with (corpus / "huge.docx").open("wb") as fh:  # sparse: 25 MB on disk without writing them
        fh.truncate(MAX_FILE_BYTES + 5 * 2**20)
    (corpus / "bomb.docx").write_bytes(_zip_bomb())
    return corpus


def _zip_of(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def loaded_bad_corpus(bad_corpus):
    return load_corpus(bad_corpus)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("truncated.docx", "not a valid .docx file (corrupt or truncated"),
        ("renamed.xlsx", "not a valid .xlsx file (corrupt or truncated"),
        ("not-office.pptx", "not a valid .pptx file (no member '/[Content_Types].xml' in package)"),
        ("encrypted.xlsx", "the .xlsx is password-protected (encrypted); save a copy without a password"),
        ("locked.pdf", "the PDF is password-protected (encrypted); save a copy without a password"),
        ("empty.pptx", "file is empty"),
        ("empty.csv", "file is empty"),
        ("huge.docx", "file is 25 MB, over the 20 MB limit"),
        (
            "every-posting.csv",
            "the spreadsheet has 20,002 rows, over the 20,000 careerbot reads from one file; split it",
        ),
        ("bomb.docx", "the .docx would unpack to 300.8 MB, over the 200 MB limit (a zip bomb"),
    ],
)
def test_a_file_that_cannot_be_read_is_skipped_with_its_reason_and_the_rest_still_loads(
    loaded_bad_corpus, name, reason
):
    docs, warnings = loaded_bad_corpus
    assert sorted(Path(d.source).name for d in docs) == ["fair.pptx", "nurse-pay.xlsx", "nursing.docx"]
    [warning] = [w for w in warnings if f"corpus/{name}:" in w]
    assert warning.startswith(f"skipped corpus/{name}: ") and reason in warning, warning
    assert "Traceback" not in warning and len(warnings) == 10


def test_a_spreadsheet_row_answers_a_question_after_a_real_ingest(tmp_path, embedder):
    from bot.chain import Runtime, answer
    from bot.config import Settings
    from bot.retrieval.store import open_collection
    from ingest.pipeline import ingest

    corpus = tmp_path / "corpus"
    shutil.copytree(REPO / "corpus", corpus)
    (corpus / "nurse-pay.xlsx").write_bytes(xlsx_bytes())
    (corpus / "nursing.docx").write_bytes(docx_bytes())
    (corpus / "fair.pptx").write_bytes(pptx_bytes())
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=corpus, engine="extractive")
    summary, warnings = ingest(settings, show_progress=False, embedder=embedder)
    assert warnings == [] and summary.documents == 6

    collection = open_collection(settings, create=False)
    stored = collection.get(where={"source": "corpus/nurse-pay.xlsx"}, include=["documents", "metadatas"])
    row = "Band 8 (Grade), Director of Nursing (Typical title): Annual salary: €97,250; Share of nurses: 3%"
    assert row in stored["documents"]
    assert {m["title"] for m in stored["metadatas"]} == {"Nurse Pay: Ireland 2024"}

    runtime = Runtime(settings, embedder=embedder)
    result = answer("What is the annual salary of a director of nursing?", [], settings, runtime=runtime)
    assert "€97,250" in result.text.splitlines()[0]
    assert any(c.source == "corpus/nurse-pay.xlsx" and "€97,250" in c.text for c in result.citations)
