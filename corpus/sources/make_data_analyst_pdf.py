"""Author corpus/data-analyst-career-guide.pdf from the text below (a dev-time tool, never ingested).

Run from the repository root after `pip install fpdf2==2.8.9` (fpdf2 draws the ruled tables; pypdf,
already a dependency, writes the scope into the PDF's Info dictionary, where careerbot's PDF loader reads it):

    .venv/bin/python corpus/sources/make_data_analyst_pdf.py

The guide and its figures were written for careerbot's tests; they are illustrative, not survey data.
"""

from __future__ import annotations

import io
from pathlib import Path

TITLE = "Data Analyst: Career Guide"
META = {
    "/Title": TITLE,
    "/Region": "Canada",
    "/Year": "2022",
    "/Source": (
        "Careers office review of Canadian data analyst job postings, 2022 (illustrative figures written for "
        "careerbot's tests)"
    ),
    "/Scope": "Salary figures describe Canadian job postings in 2022, in Canadian dollars (CAD), before tax.",
}
OUT = Path(__file__).resolve().parent.parent / "data-analyst-career-guide.pdf"

# (kind, payload): "h1"/"h2"/"h3" headings, "p" paragraphs, "ul" bullet lists, "table" (header, rows).
CONTENT: list[tuple[str, object]] = [
    ("h1", "Data Analyst: Career Guide (Canada, 2022)"),
    ("h2", "What a Data Analyst Does"),
    (
        "p",
        "A data analyst turns raw data into answers that managers can act on. Analysts clean and combine data from "
        "several systems, query it, build reports and dashboards, and explain what the numbers mean for the business.",
    ),
    (
        "ul",
        [
            "Write SQL queries against the company's databases and data warehouse",
            "Clean data and check it for errors before it is reported",
            "Build dashboards that teams check every week",
            "Explain trends and unusual figures to non-specialists",
        ],
    ),
    ("h2", "Tools Data Analysts Use"),
    (
        "p",
        "SQL is asked for in 81% of Canadian data analyst postings in 2022, Excel in 64%, Power BI in 38%, "
        "Tableau in 29% and Python in 33%. Knowing SQL and one dashboard tool well is enough for most junior roles.",
    ),
    ("h2", "Salaries (Canada, 2022)"),
    (
        "p",
        "Figures are median base salaries in Canadian dollars (CAD), before tax, from Canadian job postings in 2022.",
    ),
    ("h3", "Salary by Experience"),
    (
        "table",
        (
            ["Experience", "Typical title", "Median salary", "Typical range"],
            [
                ["0 to 2 years", "Junior Data Analyst", "$58,000", "$50,000 to $65,000"],
                ["3 to 5 years", "Data Analyst", "$71,500", "$63,000 to $80,000"],
                ["6 to 9 years", "Senior Data Analyst", "$86,000", "$77,000 to $96,000"],
                ["10 years or more", "Analytics Manager", "$104,000", "$92,000 to $118,000"],
            ],
        ),
    ),
    ("h3", "Salary by Province"),
    (
        "table",
        (
            ["Province", "Median salary", "Share of postings"],
            [
                ["Ontario", "$74,000", "44%"],
                ["British Columbia", "$76,500", "19%"],
                ["Alberta", "$78,000", "13%"],
                ["Quebec", "$66,500", "16%"],
                ["Nova Scotia", "$61,000", "3%"],
            ],
        ),
    ),
    ("h2", "How to Become a Data Analyst"),
    (
        "p",
        "Most analysts hold a degree in statistics, economics, business, computer science or a science subject. "
        "A college diploma in business analytics or a bootcamp followed by a portfolio of three projects is an "
        "accepted route for career changers.",
    ),
    (
        "ul",
        [
            "Learn SQL first, then a dashboard tool such as Power BI or Tableau",
            "Publish three portfolio projects that answer a real question with public data",
            "Apply for junior data analyst, reporting analyst or business intelligence analyst roles",
        ],
    ),
    ("h2", "Job Outlook"),
    (
        "p",
        "Postings for data analysts in Canada rose 14% from 2021 to 2022. Demand is strongest in banking, government, "
        "retail and health care, and 27% of postings in 2022 offered hybrid work.",
    ),
]


def build() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    for kind, payload in CONTENT:
        if kind in ("h1", "h2", "h3"):
            pdf.set_font("Helvetica", "B", {"h1": 18, "h2": 14, "h3": 12}[kind])
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
        elif kind == "table":
            header, rows = payload  # type: ignore[misc]
            pdf.set_font("Helvetica", "", 10)
            with pdf.table() as table:
                for row in [header, *rows]:
                    cells = table.row()
                    for value in row:
                        cells.cell(value)
            pdf.ln(3)
    return bytes(pdf.output())


def main() -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(build())))
    writer.add_metadata(META)
    with OUT.open("wb") as fh:
        writer.write(fh)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
