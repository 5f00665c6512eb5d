"""Generate hospitality_salaries_japan.xlsx: hotel and restaurant pay in Japan, 2024.

Re-runnable: .venv/bin/python eval/unseen/sources/make_hospitality_salaries_japan.py
"""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

OUT = Path(__file__).resolve().parent.parent / "corpus" / "hospitality_salaries_japan.xlsx"

YEN = '"¥"#,##0'
MAN = '#,##0"万円"'

CITIES = ["Tokyo", "Osaka", "Kyoto", "Sapporo", "Fukuoka"]
MONTHLY = {
    "Front desk staff": [248000, 232000, 226000, 205000, 211000],
    "Hotel manager": [545000, 498000, 506000, 432000, 448000],
    "Sous chef": [352000, 328000, 336000, 296000, 305000],
    "Head chef": [468000, 425000, 441000, 378000, 392000],
    "Sommelier": [386000, 342000, 357000, 301000, 318000],
}

BANDS = ["0-2 years", "3-5 years", "6-10 years", "10+ years"]
BY_EXPERIENCE = {  # annual pay including bonuses, in 万円
    "Front desk staff": [290, 335, 380, 420],
    "Hotel manager": [510, 630, 750, 880],
    "Sous chef": [400, 465, 525, 585],
    "Head chef": [470, 555, 650, 770],
    "Sommelier": [370, 445, 535, 635],
}

ANNUAL = [  # role, median annual (¥), typical range, bonus in months of base pay
    ("Front desk staff", 3180000, "¥2,700,000–¥3,800,000", 2.0),
    ("Hotel manager", 7050000, "¥5,400,000–¥9,200,000", 3.5),
    ("Sous chef", 4620000, "¥3,900,000–¥5,600,000", 2.5),
    ("Head chef", 5980000, "¥4,700,000–¥7,900,000", 3.0),
    ("Sommelier", 4850000, "¥3,700,000–¥6,500,000", 2.5),
]

NOTES = [
    ("Title", "Hotel and Restaurant Salary Guide: Japan 2024"),
    ("Published by", "International Careers Desk, Student Careers and Employability Centre"),
    (
        "Source",
        "Job advertisements and an employer survey of 86 hotels and restaurants, April–September 2024 "
        "(1,240 vacancies).",
    ),
    (
        "Monthly pay",
        "Base monthly salary (月給) before income tax and social insurance. Excludes overtime, "
        "night-shift, housing and commuting allowances.",
    ),
    ("Annual pay", "Annual pay (年収) includes the summer and winter bonuses (賞与). 1万円 = ¥10,000."),
    (
        "Bonus",
        "Bonuses are quoted as months of base pay and depend on company results; many smaller "
        "restaurants pay no bonus at all.",
    ),
    (
        "Working hours",
        "Hotel staff typically work an 8-hour shift with a 1-hour break, five days a week. Front "
        "desk rotas include night shifts; kitchen staff often work split shifts around lunch "
        "and dinner service.",
    ),
    (
        "Entry route: front desk",
        "Many front desk staff join after a two-year hotel course at a vocational "
        "school (専門学校) or straight from university. Foreign applicants are usually "
        "asked for business-level Japanese (JLPT N2) and good English.",
    ),
    (
        "Entry route: chefs",
        "Chefs start as commis or kitchen assistants. Most head chefs have 10 to 15 years "
        "of kitchen experience, usually including several years as a sous chef.",
    ),
    (
        "Sommelier qualification",
        "The J.S.A. Sommelier certificate from the Japan Sommelier Association "
        "requires at least three years' experience serving alcoholic beverages before "
        "you can sit the exam.",
    ),
    (
        "Visas",
        "Foreign graduates in front desk and management roles commonly hold the 'Engineer/Specialist in "
        "Humanities/International Services' visa; kitchen staff may qualify for the Specified Skilled "
        "Worker (i) visa in the food service field.",
    ),
    (
        "Caution",
        "Figures are illustrative medians, rounded to the nearest ¥1,000 (monthly) or 5万円 (annual). "
        "Individual offers vary with hotel grade and size.",
    ),
]

HEAD_FONT = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DDE6F0")


def style_header(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = HEAD_FONT
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(horizontal="center", wrap_text=True)


def build():
    wb = Workbook()

    # Sheet 1: monthly base pay, role x city (cross table), caption above
    ws = wb.active
    ws.title = "Monthly pay by city"
    ws["A1"] = "Hotel and Restaurant Salary Guide: Japan 2024 – median monthly base pay by city (¥)"
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["Role"] + CITIES)
    style_header(ws, 3, 1 + len(CITIES))
    for role, vals in MONTHLY.items():
        ws.append([role] + vals)
        r = ws.max_row
        for c in range(2, 2 + len(CITIES)):
            ws.cell(row=r, column=c).number_format = YEN
    ws.column_dimensions["A"].width = 20
    for c in range(2, 2 + len(CITIES)):
        ws.column_dimensions[get_column_letter(c)].width = 12

    # Sheet 2: annual pay by experience, 万円, role x band (cross table)
    ws = wb.create_sheet("Annual by experience (万円)")
    ws["A1"] = "Annual pay (年収) by years of experience, all cities, in 万円"
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["Role"] + BANDS)
    style_header(ws, 3, 1 + len(BANDS))
    for role, vals in BY_EXPERIENCE.items():
        ws.append([role] + vals)
        r = ws.max_row
        for c in range(2, 2 + len(BANDS)):
            ws.cell(row=r, column=c).number_format = MAN
    ws.column_dimensions["A"].width = 20
    for c in range(2, 2 + len(BANDS)):
        ws.column_dimensions[get_column_letter(c)].width = 12

    # Sheet 3: national annual salary in yen, header in row 1
    ws = wb.create_sheet("Annual salary (national)")
    ws.append(["Role", "Annual salary (median)", "Typical range", "Bonus (months of base pay)"])
    style_header(ws, 1, 4)
    for role, median, rng, bonus in ANNUAL:
        ws.append([role, median, rng, bonus])
        r = ws.max_row
        ws.cell(row=r, column=2).number_format = YEN
        ws.cell(row=r, column=4).number_format = "0.0"
    for col, w in zip("ABCD", (20, 22, 26, 26)):
        ws.column_dimensions[col].width = w

    # Sheet 4: notes
    ws = wb.create_sheet("Notes")
    ws.append(["Item", "Note"])
    style_header(ws, 1, 2)
    for item, text in NOTES:
        ws.append([item, text])
        ws.cell(row=ws.max_row, column=2).alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 100

    OUT.parent.mkdir(parents=True, exist_ok=True)
    wb.save(OUT)


if __name__ == "__main__":
    build()
    print(OUT)
