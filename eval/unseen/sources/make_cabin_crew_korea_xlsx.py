"""Build cabin-crew-korea.xlsx (cabin crew pay in South Korea, 2022-2024)."""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

OUT = Path(__file__).resolve().parent.parent / "corpus" / "cabin-crew-korea.xlsx"

HEADER = [
    "Airline",
    "Carrier type",
    "Starting annual salary (₩)",
    "Purser annual salary (₩)",
    "Flight allowance per hour (KRW)",
]

# Airline, type, starting salary, purser salary, flight allowance per block hour
YEARS = {
    "2022": [
        ("Korean Air", "Full-service", "₩41,500,000", "₩76,900,000", "22,600"),
        ("Asiana Airlines", "Full-service", "₩40,300,000", "₩73,200,000", "21,800"),
        ("Jeju Air", "Low-cost", "₩34,700,000", "₩59,800,000", "15,300"),
        ("Jin Air", "Low-cost", "₩35,600,000", "₩61,000,000", "16,100"),
        ("T'way Air", "Low-cost", "₩33,200,000", "₩56,400,000", "14,700"),
        ("Air Busan", "Low-cost", "₩33,800,000", "₩55,900,000", "15,000"),
    ],
    "2023": [
        ("Korean Air", "Full-service", "₩43,800,000", "₩79,600,000", "23,900"),
        ("Asiana Airlines", "Full-service", "₩42,100,000", "₩75,800,000", "22,700"),
        ("Jeju Air", "Low-cost", "₩36,900,000", "₩62,100,000", "16,600"),
        ("Jin Air", "Low-cost", "₩37,700,000", "₩63,500,000", "17,400"),
        ("T'way Air", "Low-cost", "₩35,400,000", "₩59,300,000", "15,800"),
        ("Air Busan", "Low-cost", "₩35,900,000", "₩58,600,000", "16,200"),
    ],
    "2024": [
        ("Korean Air", "Full-service", "₩45,600,000", "₩82,400,000", "24,800"),
        ("Asiana Airlines", "Full-service", "₩43,900,000", "₩78,100,000", "23,500"),
        ("Jeju Air", "Low-cost", "₩38,500,000", "₩64,300,000", "17,200"),
        ("Jin Air", "Low-cost", "₩39,200,000", "₩65,900,000", "18,100"),
        ("T'way Air", "Low-cost", "₩36,800,000", "₩61,700,000", "16,400"),
        ("Air Busan", "Low-cost", "₩37,300,000", "₩60,200,000", "16,900"),
    ],
}

README_ROWS = [
    ("Cabin Crew Pay in South Korea, 2022–2024",),
    ("Prepared by the Aviation Services Careers Desk, Department of Airline Service, for students and graduates",),
    ("",),
    ("What this workbook contains",),
    (
        "One sheet per year (2022, 2023, 2024). Each sheet lists six Korean airlines, two full-service carriers and four low-cost carriers (LCCs).",
    ),
    (
        "Starting annual salary: gross annual pay in the first year after training for a new flight attendant (base pay, fixed allowances and regular bonuses; the flight allowance is NOT included).",
    ),
    (
        "Purser annual salary: gross annual pay for a purser (사무장), the senior crew member in charge of a cabin, typically reached after 8 to 12 years of flying.",
    ),
    (
        "Flight allowance per hour: paid on top of salary for each block hour flown, in Korean won. Most crew fly 70 to 85 block hours a month.",
    ),
    ("",),
    ("Sources",),
    (
        "Figures combine the airlines' published recruitment notices, collective agreements with the cabin crew unions where these are public, and our own survey of 214 alumni working as cabin crew (survey closed in January of the following year).",
    ),
    (
        "Figures are rounded to the nearest ₩100,000 (salaries) and ₩100 (hourly allowance). They are before income tax and the four social insurances.",
    ),
    ("",),
    ("Notes",),
    ("Full-service carriers pay more at every stage, but LCC crew usually reach purser grade sooner.",),
    (
        "Asiana Airlines figures for 2024 are for Asiana's own crew and do not reflect any change after the merger with Korean Air.",
    ),
    (
        "New crew are hired on a two-year intern (contract) period at most airlines before becoming permanent; starting salaries above already include this period.",
    ),
    ("",),
    ("How to get in",),
    (
        "Most airlines ask for a TOEIC score of 550 or above (Korean Air and Asiana usually look for 650+), a swimming test, and corrected vision of 1.0 or better.",
    ),
    (
        "Recruitment is by open call once or twice a year: document screening, a group interview, an English interview, a physical check and a final interview with executives.",
    ),
    (
        "A degree in airline service is common but not required; a second foreign language (Japanese or Chinese) is a clear advantage.",
    ),
]


def style_header(ws, ncols):
    fill = PatternFill("solid", fgColor="1F4E79")
    for col in range(1, ncols + 1):
        cell = ws.cell(row=1, column=col)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = "Read me"
    for r, row in enumerate(README_ROWS, start=1):
        ws.cell(row=r, column=1, value=row[0])
    ws["A1"].font = Font(bold=True, size=14)
    for r in (4, 10, 14, 19):
        ws.cell(row=r, column=1).font = Font(bold=True)
    ws.column_dimensions["A"].width = 140

    for year, rows in YEARS.items():
        sh = wb.create_sheet(year)
        sh.append(HEADER)
        style_header(sh, len(HEADER))
        for row in rows:
            sh.append(list(row))
        for r in range(2, len(rows) + 2):
            for c in range(3, 6):
                sh.cell(row=r, column=c).alignment = Alignment(horizontal="right")
        widths = [18, 14, 26, 26, 30]
        for i, w in enumerate(widths, start=1):
            sh.column_dimensions[get_column_letter(i)].width = w
        sh.freeze_panes = "A2"

    OUT.parent.mkdir(parents=True, exist_ok=True)
    wb.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
