"""Render a careers-office guide to PDF: the shared renderer of the office corpus' generator scripts (never ingested).

Owns turning a list of (kind, payload) blocks into an A4 PDF with fpdf2 (headings in larger bold fonts, paragraphs,
bullet lists, ruled tables) and writing the document's scope into the PDF Info dictionary with pypdf, where
careerbot's PDF loader reads it (/Title, /Region, /Year, /Source, /Scope). Optional running header and footer
lines are drawn on every page, as many real PDFs have them ("Page 2"); a table can be told not to repeat its
header row after a page break. Core fonts with the Windows-1252 encoding, so £ and € print.

Blocks: ("h1" | "h2" | "h3", text), ("p", text), ("ul", [items]), ("table", (header, rows)),
("table_no_repeat", (header, rows)): a table whose header row is not repeated on the next page.
"""

from __future__ import annotations

import io
from pathlib import Path

Block = tuple[str, object]
HEADING_SIZES = {"h1": 18, "h2": 14, "h3": 12}


def _pdf_class():
    from fpdf import FPDF

    class GuidePDF(FPDF):
        running_header = ""
        running_footer = ""  # may hold {page} and {pages}

        def header(self) -> None:
            if self.running_header:
                self.set_font("Helvetica", "I", 8)
                self.cell(0, 6, self.running_header, new_x="LMARGIN", new_y="NEXT", align="R")
                self.ln(2)

        def footer(self) -> None:
            if self.running_footer:
                self.set_y(-12)
                self.set_font("Helvetica", "I", 8)
                text = self.running_footer.replace("{page}", str(self.page_no())).replace("{pages}", "{nb}")
                self.cell(0, 6, text, align="C")

    return GuidePDF


def _table(pdf, payload: object, repeat: bool) -> None:
    header, rows = payload  # type: ignore[misc]
    pdf.set_font("Helvetica", "", 10)
    with pdf.table(repeat_headings=1 if repeat else 0) as table:
        for row in [header, *rows]:
            cells = table.row()
            for value in row:
                cells.cell(value)
    pdf.ln(3)


def build(content: list[Block], *, running_header: str = "", running_footer: str = "") -> bytes:
    """The PDF's bytes, before its Info dictionary is written."""
    pdf = _pdf_class()(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.running_header, pdf.running_footer = running_header, running_footer
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.add_page()
    for kind, payload in content:
        if kind in HEADING_SIZES:
            pdf.set_font("Helvetica", "B", HEADING_SIZES[kind])
            pdf.ln(3)
            pdf.multi_cell(0, 9, str(payload), new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5.5, str(payload), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "ul":
            pdf.set_font("Helvetica", "", 10)
            for item in payload:  # type: ignore[union-attr]
                pdf.multi_cell(0, 5.5, f"- {item}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind in ("table", "table_no_repeat"):
            _table(pdf, payload, repeat=kind == "table")
        else:
            raise ValueError(f"unknown block kind {kind!r}")
    return bytes(pdf.output())


def write(
    out: Path, content: list[Block], meta: dict[str, str], *, running_header: str = "", running_footer: str = ""
) -> None:
    """Build the PDF, write ``meta`` (/Title, /Region, /Year, /Source, /Scope) into its Info dictionary, save it."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(
        clone_from=PdfReader(io.BytesIO(build(content, running_header=running_header, running_footer=running_footer)))
    )
    writer.add_metadata(meta)
    with out.open("wb") as fh:
        writer.write(fh)
    print(f"wrote {out}")
