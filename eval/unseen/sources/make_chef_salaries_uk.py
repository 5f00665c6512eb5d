"""Generate chef-salaries-uk.xlsx (UK chef pay, 2025)."""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

OUT = Path(__file__).resolve().parent.parent / "corpus" / "chef-salaries-uk.xlsx"

GBP = '"£"#,##0'
GBP2 = '"£"#,##0.00'

ROLES = [
    ("Commis chef", 23800, 25500, 28000),
    ("Chef de partie", 26000, 29000, 33000),
    ("Sous chef", 31000, 35000, 40000),
    ("Head chef", 38000, 45000, 55000),
    ("Executive chef", 50000, 62000, 85000),
]

CITIES = [
    ("London", 36500, 18.70),
    ("Manchester", 30000, 15.40),
    ("Edinburgh", 31200, 16.00),
    ("Birmingham", 29500, 15.10),
    ("Glasgow", 29000, 14.85),
]

ABOUT = [
    ("Title", "Chef salaries in the UK, 2025"),
    (
        "Source",
        "Compiled by the university Careers Service from hospitality job adverts, "
        "recruiter salary surveys and employer returns collected January to March 2025.",
    ),
    (
        "Scope",
        "Full-time chefs employed in restaurants, hotels, pubs and contract catering "
        "across the UK. Self-employed and agency chefs are not included.",
    ),
    (
        "Pay basis",
        "All figures are gross annual or hourly pay before tax, in pounds sterling (GBP). "
        "Figures exclude tips, service charge and overtime.",
    ),
    (
        "Hours",
        "A typical contracted week for chefs is 45 hours, often split across evenings "
        "and weekends; hourly figures on the 'By city' sheet are based on actual hours worked.",
    ),
    (
        "Entry routes",
        "Many chefs start with a Level 2 Commis Chef apprenticeship, which usually "
        "takes 12 to 18 months, or a college diploma in professional cookery.",
    ),
    ("Progression", "Moving from commis chef to head chef typically takes 8 to 10 years."),
    ("Note", "Figures are illustrative and rounded. Check current adverts before negotiating pay."),
]


def header(ws, labels, widths):
    ws.append(labels)
    for i, cell in enumerate(ws[1]):
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[cell.column_letter].width = widths[i]
    ws.freeze_panes = "A2"


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = "By role"
    header(ws, ["Role", "Annual salary (low)", "Annual salary (median)", "Annual salary (high)"], [20, 20, 22, 20])
    for role, lo, med, hi in ROLES:
        ws.append([role, lo, med, hi])
        for c in ws[ws.max_row][1:]:
            c.number_format = GBP

    ws = wb.create_sheet("By city")
    header(ws, ["City", "Median annual salary (all chef roles)", "Median hourly pay"], [16, 30, 20])
    for city, annual, hourly in CITIES:
        ws.append([city, annual, hourly])
        ws.cell(ws.max_row, 2).number_format = GBP
        ws.cell(ws.max_row, 3).number_format = GBP2

    ws = wb.create_sheet("About")
    header(ws, ["Topic", "Detail"], [16, 100])
    for topic, text in ABOUT:
        ws.append([topic, text])
        ws.cell(ws.max_row, 2).alignment = Alignment(wrap_text=True, vertical="top")

    OUT.parent.mkdir(parents=True, exist_ok=True)
    wb.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
