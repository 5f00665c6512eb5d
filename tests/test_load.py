"""Loaders on small fixtures the tests write, broken files included: bad files are skipped by name, the rest loaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.load import load_corpus


def _pdf_bytes(text: str) -> bytes:
    """A minimal valid one-page PDF with ``text`` (built by hand: no PDF writer dependency)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)


@pytest.fixture
def mixed_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "README.md").write_text("# How to add documents\n")
    (corpus / "guide.md").write_text("---\ntitle: Guide\nregion: UK\nyear: 2023\n---\n## Pay\n\n- Analyst: £40,000\n")
    (corpus / "notes.txt").write_text("Plain notes about internships.\n")
    (corpus / "page.html").write_text(
        "<html><head><title>Page</title><script>alert(1)</script></head><body>"
        "<h2>Steps</h2><ul><li>Apply early</li></ul><p>Good luck.</p></body></html>"
    )
    (corpus / "doc.pdf").write_bytes(_pdf_bytes("Portfolio advice for graduates"))
    (corpus / "empty.md").write_text("   \n")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    (corpus / "latin1.md").write_bytes("Caf\xe9 salaries".encode("latin-1"))
    (corpus / "badyaml.md").write_text("---\ntitle: [unclosed\n---\nBody\n")
    return corpus


def test_each_readable_type_loads_with_its_structure(mixed_corpus):
    docs, _ = load_corpus(mixed_corpus)
    by_name = {Path(d.source).name: d for d in docs}
    assert set(by_name) == {"guide.md", "notes.txt", "page.html", "doc.pdf"}
    assert by_name["guide.md"].meta == {"title": "Guide", "region": "UK", "year": 2023}
    assert "## Steps" in by_name["page.html"].text and "- Apply early" in by_name["page.html"].text
    assert "alert" not in by_name["page.html"].text
    assert "Portfolio advice" in by_name["doc.pdf"].text


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.md", "empty"),
        ("binary.txt", "binary"),
        ("broken.pdf", "PDF"),
        ("latin1.md", "UTF-8"),
        ("badyaml.md", "YAML"),
    ],
)
def test_unreadable_file_is_skipped_with_a_warning_naming_it(mixed_corpus, name, reason):
    _, warnings = load_corpus(mixed_corpus)
    [warning] = [w for w in warnings if name in w]
    assert reason in warning


def test_corpus_readme_is_instructions_not_knowledge(mixed_corpus):
    docs, warnings = load_corpus(mixed_corpus)
    assert not any("README" in d.source for d in docs) and not any("README" in w for w in warnings)


REPO = Path(__file__).resolve().parent.parent

CAREERS_PAGE = """<!doctype html><html><head><title>Nursing: Career Guide</title>
<meta name="region" content="Ireland"><meta name="year" content="2021"><meta name="source" content="HSE pay scales">
<meta name="viewport" content="width=device-width"></head>
<body><nav>Home | Jobs</nav><h1>Nursing: Career Guide</h1>
<h2>Largest Employers</h2>
<table><caption>Employers hiring the most nurses</caption>
<tr><th>Employer</th><th>Nurses hired</th></tr>
<tr><td>St Brigid's Hospital</td><td>410</td></tr><tr><td>Harbour Clinic</td><td>95</td></tr></table>
<h2>Terms</h2><dl><dt>Triage</dt><dd>Deciding who is seen first.</dd></dl>
<div class="note">Night shifts pay a 25% premium.</div>
<pre>Shift pattern
Day 1: early</pre>
<footer>Copyright</footer></body></html>"""


def test_html_keeps_tables_definitions_div_text_and_pre_as_markdown():
    from ingest.load import load_html

    meta, text = load_html(CAREERS_PAGE.encode())
    assert "| Employer | Nurses hired |" in text and "| St Brigid's Hospital | 410 |" in text
    assert "#### Employers hiring the most nurses" in text  # the caption names the table
    assert "- Triage: Deciding who is seen first." in text
    assert "Night shifts pay a 25% premium." in text and "Day 1: early" in text
    assert "Home | Jobs" not in text and "Copyright" not in text
    assert meta == {"title": "Nursing: Career Guide", "region": "Ireland", "year": 2021, "source": "HSE pay scales"}


def test_html_scope_reaches_the_document_meta_with_source_renamed(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "nursing.html").write_text(CAREERS_PAGE)
    [doc], warnings = load_corpus(corpus)
    assert warnings == []
    assert doc.meta == {
        "title": "Nursing: Career Guide",
        "region": "Ireland",
        "year": 2021,
        "data_source": "HSE pay scales",
    }


def test_pdf_table_comes_out_as_markdown_rows_under_font_size_headings():
    from ingest.load import load_pdf

    meta, text = load_pdf((REPO / "corpus" / "data-analyst-career-guide.pdf").read_bytes())
    assert "| Province | Median salary | Share of postings |" in text
    assert "| Alberta | $78,000 | 13% |" in text
    assert "### Salary by Province" in text and "## Salaries (Canada, 2022)" in text
    assert meta["title"] == "Data Analyst: Career Guide" and meta["region"] == "Canada" and meta["year"] == 2022


def test_a_sidecar_gives_a_pdf_its_scope_and_is_not_a_document(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "doc.pdf").write_bytes(_pdf_bytes("Portfolio advice for graduates"))
    (corpus / "doc.pdf.meta.yaml").write_text("title: Graduate Portfolios\nregion: Scotland\nyear: 2020\n")
    [doc], warnings = load_corpus(corpus)
    assert warnings == []
    assert doc.meta == {"title": "Graduate Portfolios", "region": "Scotland", "year": 2020}


def test_the_sources_folder_is_not_ingested(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "sources").mkdir(parents=True)
    (corpus / "sources" / "make_pdf.py").write_text("print('authoring script')\n")
    (corpus / "guide.md").write_text("## Pay\n\n- Analyst: £40,000\n")
    docs, warnings = load_corpus(corpus)
    assert [d.source for d in docs] == ["corpus/guide.md"] and warnings == []


# --- PDF running headers, footers and page numbers; tables split across pages -------------------------------------

ADVICE = " ".join(f"Tip {i}: ask the careers office to read your application before it closes." for i in range(1, 61))
REGIONS = [[f"Region {i:02d}", f"${40000 + i * 500:,}", f"{i}%"] for i in range(1, 46)]


def _paged_pdf(footer: str, repeat_headings: int) -> bytes:
    """A three-page guide made with fpdf2, as corpus/sources/make_data_analyst_pdf.py makes the corpus PDF: a running
    header on every page, ``footer`` ({n}: page number) at the bottom, a paragraph crossing a page break, and a ruled
    table that runs from page 2 onto page 3 (its header row repeated there when ``repeat_headings``)."""
    from fpdf import FPDF

    class Guide(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 8, "Acme Careers Guide 2024 \u2014 confidential", align="R", new_x="LMARGIN", new_y="NEXT")

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 10, footer.format(n=self.page_no()), align="C")

    pdf = Guide(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 9, "Welding: Career Guide", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.5, ADVICE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 9, "Pay by Region", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    with pdf.table(repeat_headings=repeat_headings) as table:
        for values in [["Region", "Median pay", "Share of postings"], *REGIONS]:
            row = table.row()
            for value in values:
                row.cell(value)
    pdf.multi_cell(0, 5.5, "Figures are before tax.", new_x="LMARGIN", new_y="NEXT")
    assert pdf.page_no() == 3
    return bytes(pdf.output())


@pytest.mark.parametrize("footer", ["Page {n} of {{nb}}", "{n}", "- {n} -"])
def test_pdf_running_header_footer_and_page_numbers_are_dropped(footer):
    from ingest.load import load_pdf

    _, text = load_pdf(_paged_pdf(footer, repeat_headings=1))
    assert "confidential" not in text and "Page " not in text
    assert ADVICE in text.splitlines()  # the paragraph that crosses a page break is whole, nothing glued into it
    assert text.splitlines()[0] == "# Welding: Career Guide"
    assert text.rstrip().endswith("Figures are before tax.")
    assert not any(line.strip(" -") in {"1", "2", "3"} for line in text.splitlines())


@pytest.mark.parametrize("repeat_headings", [1, 0], ids=["header-repeated", "continuation"])
def test_a_pdf_table_split_across_pages_is_one_table(repeat_headings):
    from ingest.chunk import chunk_document
    from ingest.load import SourceDoc
    from ingest.pdf import load_pdf

    _, text = load_pdf(_paged_pdf("Page {n} of {{nb}}", repeat_headings))
    lines = text.splitlines()
    start = lines.index("| Region | Median pay | Share of postings |")
    assert lines[start + 2 : start + 2 + len(REGIONS)] == [f"| {' | '.join(row)} |" for row in REGIONS]
    assert text.count("| Region |") == 1
    chunks = chunk_document(SourceDoc("corpus/welding.pdf", text, {"title": "Welding"}))
    rows = [(c.section, c.text) for c in chunks if "Region 45" in c.text]
    assert rows == [("Pay by Region", "Region 45 (Region): Median pay: $62,500; Share of postings: 45%")]


def test_only_lines_repeating_at_a_page_edge_are_running_lines_and_a_lone_page_number_goes_too():
    from ingest.pdf import PdfLine, PdfTable, drop_running_lines

    def page(n: int, job: str) -> list:
        return [
            PdfLine(10, 8, "Acme Careers Guide"),
            PdfLine(40, 16, job),
            PdfLine(60, 12, "Overview"),
            PdfTable(80, [["Level", "Pay"], ["Entry", "$40,000"]]),
            PdfLine(300 + 100 * n, 10, "Figures are before tax."),
            PdfLine(780, 8, str(n)),
        ]

    pages = drop_running_lines([page(1, "Welder"), page(2, "Plumber"), page(3, "Electrician")])
    assert [[i.text for i in p if isinstance(i, PdfLine)] for p in pages] == [
        ["Welder", "Overview", "Figures are before tax."],
        ["Plumber", "Overview", "Figures are before tax."],
        ["Electrician", "Overview", "Figures are before tax."],
    ]
    one_page = [PdfLine(10, 16, "Nursing Guide"), PdfLine(40, 10, "Nurses care."), PdfLine(780, 8, "Page 1 of 1")]
    [single] = drop_running_lines([one_page])
    assert [i.text for i in single] == ["Nursing Guide", "Nurses care."]
