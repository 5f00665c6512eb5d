"""Generate swe-salaries-us-cities.xlsx (software engineers, US cities, 2024, $ per year)."""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

OUT = Path(__file__).resolve().parent.parent / "corpus" / "swe-salaries-us-cities.xlsx"
MONEY = '"$"#,##0'

BASE = [
    ("San Francisco", 128000, 162000, 205000, 248000),
    ("Seattle", 121000, 154000, 194000, 236000),
    ("New York", 118000, 150000, 190000, 231000),
    ("Austin", 102000, 131000, 165000, 199000),
    ("Chicago", 97000, 124000, 156000, 187000),
    ("Atlanta", 92000, 118000, 148000, 176000),
]

TC = [
    ("Startup (under 50 staff)", 115000, 150000, 185000, "Equity often illiquid; valued at zero here"),
    ("Scale-up (50–999 staff)", 130000, 175000, 235000, "Includes annual bonus and RSU grant"),
    ("Large company (1,000–9,999)", 135000, 185000, 255000, "Includes bonus and RSUs at grant value"),
    ("Big Tech (10,000+ staff)", 185000, 265000, 380000, "Median of reported packages; top-quartile higher"),
    ("Non-tech enterprise (bank, retailer)", 110000, 140000, 175000, "Base plus cash bonus"),
]


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = "Base salary by city"
    ws.append(["Software engineer base salary by city and level, 2024 (US$ per year, median)"])
    ws["A1"].font = Font(bold=True)
    ws.append(["City", "Junior (0-2 yrs)", "Mid-level (3-5 yrs)", "Senior (6-9 yrs)", "Staff (10+ yrs)"])
    for c in ws[2]:
        c.font = Font(bold=True)
    for r in BASE:
        ws.append(list(r))
    for row in ws.iter_rows(min_row=3, min_col=2, max_col=5):
        for c in row:
            c.number_format = MONEY
    ws.append([])
    ws.append(
        [
            "Note: base salary only; excludes bonus, stock and sign-on payments. Source: careers office analysis of 9,200 offers reported by alumni and public salary postings, 2024."
        ]
    )
    ws.column_dimensions["A"].width = 22
    for col in "BCDE":
        ws.column_dimensions[col].width = 20

    ws2 = wb.create_sheet("Total comp by company size")
    ws2.append(
        [
            "Company size",
            "Junior total compensation",
            "Mid-level total compensation",
            "Senior total compensation",
            "What is included",
        ]
    )
    for c in ws2[1]:
        c.font = Font(bold=True)
    for r in TC:
        ws2.append(list(r))
    for row in ws2.iter_rows(min_row=2, min_col=2, max_col=4):
        for c in row:
            c.number_format = MONEY
    ws2.append([])
    ws2.append(
        ["Total compensation = base salary + annual bonus + yearly value of stock. All six cities combined, 2024."]
    )
    ws2.column_dimensions["A"].width = 36
    for col in "BCD":
        ws2.column_dimensions[col].width = 26
    ws2.column_dimensions["E"].width = 48

    ws3 = wb.create_sheet("Notes")
    ws3.append(["Topic", "Note"])
    for c in ws3[1]:
        c.font = Font(bold=True)
    ws3.append(
        [
            "Levels",
            "Junior = new graduate to 2 years; staff engineers typically lead technical direction across several teams.",
        ]
    )
    ws3.append(
        ["Remote roles", "Fully remote offers were on average 8% below the San Francisco figure for the same level."]
    )
    ws3.append(
        [
            "Entry route",
            "Most junior hires hold a computer science degree, but around 1 in 5 came through a coding bootcamp or self-taught route.",
        ]
    )
    ws3.append(
        [
            "Interviews",
            "Expect 4 to 6 interview rounds, usually including a technical phone screen and a system design round for senior roles.",
        ]
    )
    ws3.column_dimensions["A"].width = 16
    ws3.column_dimensions["B"].width = 110

    OUT.parent.mkdir(parents=True, exist_ok=True)
    wb.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
