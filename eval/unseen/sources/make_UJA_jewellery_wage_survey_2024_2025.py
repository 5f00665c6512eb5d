"""Generate UJA_jewellery_wage_survey_2024-2025.xlsx (jewellers and diamond cutters, Armenia).

Run:  .venv/bin/python eval/unseen/sources/make_UJA_jewellery_wage_survey_2024-2025.py
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402

OUT = os.path.join(HERE, "..", "corpus", "UJA_jewellery_wage_survey_2024-2025.xlsx")

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
SMALL = Font(italic=True, size=9, color="555555")
HEAD_FILL = PatternFill("solid", fgColor="E8DCC2")
THIN = Side(style="thin", color="999999")
BOX = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")
AMD = "#,##0"

wb = Workbook()

# ---------------------------------------------------------------- cover
ws = wb.active
ws.title = "Read me"
ws["A1"] = "Jewellery & Diamond Processing Sector: Wage Survey 2024–2025"
ws["A1"].font = TITLE
ws["A2"] = "Ոսկերչության և ադամանդագործության ոլորտ. աշխատավարձերի ուսումնասիրություն, Հայաստանի Հանրապետություն"
ws["A4"] = "Published by"
ws["B4"] = "Union of Jewellers of Armenia (UJA), research desk, Yerevan"
ws["A5"] = "Survey period"
ws["B5"] = "October 2024 – March 2025"
ws["A6"] = "Respondents"
ws["B6"] = "41 enterprises (workshops, jewellery factories, diamond-cutting plants), 612 employees"
ws["A7"] = "Currency"
ws["B7"] = "Armenian dram (AMD, ֏)"
ws["A8"] = "Basis"
ws["B8"] = (
    "Monthly wage, GROSS (համախառն): before income tax (20%) and the employee's funded pension "
    "contribution. Piece-rate bonuses and 13th-month pay are NOT included unless stated."
)
ws["A9"] = "Sheets"
ws["B9"] = "By position · By city · Trend 2021-2025 · Allowances & careers"
ws["A11"] = (
    "Quartiles: 25% of reported wages are below the lower quartile and 25% are above the upper quartile. "
    "Cells marked n/a had fewer than 5 answers."
)
ws["A11"].font = SMALL
for r in range(4, 10):
    ws[f"A{r}"].font = BOLD
ws.column_dimensions["A"].width = 16
ws.column_dimensions["B"].width = 95

# ---------------------------------------------------------------- by position
ws = wb.create_sheet("By position")
ws["A1"] = "Table 1. Gross monthly wage by position and grade, AMD (survey 2024–2025)"
ws["A1"].font = BOLD
# header over two rows
ws["A3"], ws["B3"], ws["C3"], ws["D3"] = "Position", "Grade", "Experience,\nyears", "Monthly wage, AMD (gross)"
ws["G3"] = "Answers\n(n)"
ws["D4"], ws["E4"], ws["F4"] = "Lower quartile", "Median", "Upper quartile"
ws.merge_cells("A3:A4")
ws.merge_cells("B3:B4")
ws.merge_cells("C3:C4")
ws.merge_cells("D3:F3")
ws.merge_cells("G3:G4")
for row in ws["A3:G4"]:
    for c in row:
        c.font, c.fill, c.alignment, c.border = BOLD, HEAD_FILL, WRAP, BOX

positions = [
    ("Apprentice jeweller (աշակերտ)", "A1", "0–1", 140000, 165000, 190000, 58),
    ("Polisher / finisher", "A2", "1+", 160000, 190000, 225000, 47),
    ("Caster", "B1", "1+", 200000, 240000, 280000, 26),
    ("Bench jeweller (goldsmith)", "B1", "2–4", 220000, 265000, 310000, 121),
    ("Engraver", "B1", "2+", 240000, 290000, 350000, 24),
    ("Stone setter", "B2", "3+", 300000, 360000, 430000, 63),
    ("Senior bench jeweller (master)", "B2", "5–9", 340000, 410000, 480000, 54),
    ("Diamond cutter / polisher", "C1", "0–3", 180000, 215000, 250000, 72),
    ("Diamond cutter / polisher", "C2", "4+", 290000, 345000, 400000, 66),
    ("CAD jewellery designer", "D1", "2+", 320000, 395000, 470000, 31),
    ("Gemmologist / diamond grader", "D2", "3+", 360000, 440000, 530000, 19),
    ("Workshop master / head of production", "E", "10+", 520000, 650000, 820000, 31),
]
for i, p in enumerate(positions, start=5):
    for j, v in enumerate(p, start=1):
        c = ws.cell(row=i, column=j, value=v)
        c.border = BOX
        if j in (4, 5, 6):
            c.number_format = AMD
ws.cell(row=18, column=1, value="Grades are UJA reference grades; firms use their own titles.").font = SMALL
ws.cell(
    row=19, column=1, value="Wages for C1 apply after the training period (see sheet 'Allowances & careers')."
).font = SMALL
for col, w in zip("ABCDEFG", (38, 8, 12, 15, 13, 15, 10)):
    ws.column_dimensions[col].width = w
ws.row_dimensions[3].height = 30

# ---------------------------------------------------------------- by city
ws = wb.create_sheet("By city")
ws["A1"] = "Table 2. Median gross monthly wage by city, AMD"
ws["A1"].font = BOLD
ws["A3"] = "City / marz"
ws["B3"] = "Median wage, AMD / month"
ws["B4"], ws["C4"], ws["D4"] = "Bench jeweller\n(B1)", "Diamond cutter\n(C2)", "Stone setter\n(B2)"
ws["E3"] = "Employees\nsurveyed"
ws.merge_cells("A3:A4")
ws.merge_cells("B3:D3")
ws.merge_cells("E3:E4")
for row in ws["A3:E4"]:
    for c in row:
        c.font, c.fill, c.alignment, c.border = BOLD, HEAD_FILL, WRAP, BOX
cities = [
    ("Yerevan", 275000, 355000, 370000, 421),
    ("Gyumri (Shirak)", 215000, 300000, 310000, 64),
    ("Vanadzor (Lori)", 205000, 290000, 295000, 41),
    ("Abovyan (Kotayk)", 240000, 320000, 335000, 38),
    ("Vagharshapat (Armavir)", 230000, 310000, 325000, 29),
    ("Kapan (Syunik)", 195000, "n/a", 280000, 19),
]
for i, p in enumerate(cities, start=5):
    for j, v in enumerate(p, start=1):
        c = ws.cell(row=i, column=j, value=v)
        c.border = BOX
        if j in (2, 3, 4) and isinstance(v, int):
            c.number_format = AMD
ws.cell(
    row=12, column=1, value="n/a: fewer than 5 answers. Kapan figures are indicative only (small sample)."
).font = SMALL
for col, w in zip("ABCDE", (26, 16, 16, 16, 12)):
    ws.column_dimensions[col].width = w
ws.row_dimensions[4].height = 30

# ---------------------------------------------------------------- trend
ws = wb.create_sheet("Trend 2021-2025")
ws["A1"] = "Table 3. Median gross monthly wage, AMD, by survey year"
ws["A1"].font = BOLD
heads = ("Year", "Apprentice\n(A1)", "Bench jeweller\n(B1)", "Diamond cutter\n(C2)", "Workshop master\n(E)")
for j, h in enumerate(heads, start=1):
    c = ws.cell(row=3, column=j, value=h)
    c.font, c.fill, c.alignment, c.border = BOLD, HEAD_FILL, WRAP, BOX
trend = [
    ("2021", 110000, 205000, 280000, 520000),
    ("2022", 125000, 225000, 300000, 560000),
    ("2023", 145000, 240000, 320000, 600000),
    ("2024", 155000, 255000, 335000, 630000),
    ("2025*", 165000, 265000, 345000, 650000),
]
for i, p in enumerate(trend, start=4):
    for j, v in enumerate(p, start=1):
        c = ws.cell(row=i, column=j, value=v)
        c.border = BOX
        if j > 1:
            c.number_format = AMD
ws.cell(
    row=10, column=1, value="* 2025 = survey 2024–2025 (provisional). Earlier years from UJA surveys, same method."
).font = SMALL
ws.cell(row=11, column=1, value="Legal minimum wage in Armenia since 1 January 2023: 75 000 ֏ per month.").font = SMALL
ws.row_dimensions[3].height = 30
for col, w in zip("ABCDE", (10, 14, 16, 16, 17)):
    ws.column_dimensions[col].width = w

# ---------------------------------------------------------------- allowances & careers
ws = wb.create_sheet("Allowances & careers")
ws["A1"] = "Table 4. Allowances and extras reported by employers"
ws["A1"].font = BOLD
for j, h in enumerate(("Item", "Typical amount", "Who gets it / notes"), start=1):
    c = ws.cell(row=3, column=j, value=h)
    c.font, c.fill, c.border = BOLD, HEAD_FILL, BOX
extras = [
    (
        "Material responsibility allowance",
        "20 000 ֏ / month",
        "Staff who sign for gold, platinum or stones at the start of a shift",
    ),
    ("Piece-rate bonus", "5–15% of base wage", "Bench jewellers and setters who exceed the monthly output norm"),
    ("Tool allowance", "60 000 ֏ / year", "Masters who work with their own hand tools"),
    ("Overtime, night and holiday work", "+50% of the hourly rate", "Labour Code minimum; most firms pay exactly this"),
    ("13th-month pay", "one month's wage", "Paid by 14 of the 41 firms, usually in December"),
    ("Export-order bonus", "varies", "Diamond plants, when a large export lot ships on time"),
]
for i, p in enumerate(extras, start=4):
    for j, v in enumerate(p, start=1):
        ws.cell(row=i, column=j, value=v).border = BOX

ws["A12"] = "Getting into the trade"
ws["A12"].font = BOLD
notes = [
    (
        "Training",
        "Most bench jewellers complete a three-year middle vocational programme in jewellery art at a "
        "state college in Yerevan or Gyumri; others learn as an apprentice in a family workshop.",
    ),
    (
        "Diamond cutting",
        "Cutting plants train new cutters themselves: expect six months of in-house training, "
        "paid at the apprentice rate, before you move to grade C1.",
    ),
    (
        "Gemmology",
        "Graders need a recognised gemmology diploma (for example GIA or FGA) and good eyesight; a "
        "colour-vision test is part of the hiring process.",
    ),
    (
        "CAD design",
        "Employers ask for a portfolio in Rhino/MatrixGold or ZBrush and at least two years of "
        "bench experience or a design degree.",
    ),
    (
        "How to apply",
        "Workshops rarely advertise. Bring a portfolio of 5–10 finished pieces (photos are "
        "fine) and ask for a bench test; the UJA keeps a list of member firms that take apprentices.",
    ),
]
for i, (k, v) in enumerate(notes, start=13):
    ws.cell(row=i, column=1, value=k).font = BOLD
    c = ws.cell(row=i, column=2, value=v)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=3)
    ws.row_dimensions[i].height = 32
for col, w in zip("ABC", (34, 26, 70)):
    ws.column_dimensions[col].width = w

wb.save(OUT)
print("wrote", OUT)
