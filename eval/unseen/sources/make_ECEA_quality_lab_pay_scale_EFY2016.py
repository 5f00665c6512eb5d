# Generator: coffee quality laboratory (cuppers / liquorers) pay scale, Ethiopia, EFY 2016 (XLSX, openpyxl)
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ECEA_quality_lab_pay_scale_EFY2016.xlsx")

wb = Workbook()
thin = Side(style="thin", color="999999")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="6B3E26")
head_font = Font(bold=True, color="FFFFFF")
wrap = Alignment(wrap_text=True, vertical="top")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def style_head(ws, row, c1, c2):
    for c in range(c1, c2 + 1):
        cell = ws.cell(row=row, column=c)
        cell.fill = head_fill
        cell.font = head_font
        cell.alignment = center
        cell.border = box


# ---------------- Sheet 1: Read me ----------------
ws = wb.active
ws.title = "Read me"
widths(ws, [110])
lines = [
    ("Coffee Quality & Liquoring Staff – Salary Scale and Allowances", Font(bold=True, size=14)),
    (
        "Ethiopian Coffee Exporters' Association (ECEA) – recommended scale for member companies, Ethiopia",
        Font(italic=True),
    ),
    ("Effective EFY 2016 (Hamle 1, 2015 – Sene 30, 2016 E.C. / 8 July 2023 – 7 July 2024)", Font(bold=True)),
    ("", None),
    ("Sheets in this file:", Font(bold=True)),
    ("  Base scale – monthly gross salary by grade and step", None),
    ("  Station allowances – hardship % and housing allowance by cupping station", None),
    ("  Other allowances – transport, per diem, peak-season cupping", None),
    ("  Career & requirements – grades, qualifications, how members recruit", None),
    ("", None),
    (
        "All amounts are in Ethiopian Birr. Salaries are GROSS monthly amounts, before employment income tax "
        "and the employee's 7% pension contribution.",
        None,
    ),
    ("Member companies may pay above the scale. Figures are a recommendation, not a collective agreement.", None),
    ("Prepared by the ECEA Quality Committee, Addis Ababa. Revised Tir 2016 E.C.", Font(italic=True, color="777777")),
]
for i, (t, f) in enumerate(lines, start=1):
    c = ws.cell(row=i, column=1, value=t)
    c.alignment = wrap
    if f:
        c.font = f

# ---------------- Sheet 2: Base scale ----------------
ws = wb.create_sheet("Base scale")
widths(ws, [9, 34, 15, 15, 15, 40])
ws["A1"] = "Table 1. Monthly gross salary by grade and step, EFY 2016 (Birr)"
ws["A1"].font = Font(bold=True, size=12)
# two-line header
ws.merge_cells("A3:A4")
ws["A3"] = "Grade"
ws.merge_cells("B3:B4")
ws["B3"] = "Position title"
ws.merge_cells("C3:E3")
ws["C3"] = "Monthly gross salary (Birr)"
ws["C4"] = "Step 1\n(entry)"
ws["D4"] = "Step 3"
ws["E4"] = "Step 5\n(ceiling)"
ws.merge_cells("F3:F4")
ws["F3"] = "Remarks"
style_head(ws, 3, 1, 6)
style_head(ws, 4, 1, 6)
ws.row_dimensions[4].height = 30
rows = [
    ("CQ-1", "Trainee liquorer", "6,850", "7,420", "8,010", "probation 6 months"),
    ("CQ-2", "Cupper", "9,600", "10,380", "11,150", ""),
    ("CQ-3", "Senior cupper", "13,200", "14,260", "15,330", "signs export grade reports"),
    ("CQ-4", "Licensed Q grader", "18,750", "20,240", "21,800", "valid CQI licence required *"),
    ("CQ-5", "Head of quality laboratory", "26,400", "28,500", "30,650", "one per company"),
]
for r, row in enumerate(rows, start=5):
    for c, v in enumerate(row, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.border = box
        if 3 <= c <= 5:
            cell.alignment = Alignment(horizontal="right")
ws["A11"] = "Steps are awarded every second year on satisfactory performance (Step 1 → 2 → 3 …)."
ws["A12"] = "* If the CQI licence lapses, salary reverts to CQ-3 Step 5 until recalibration is passed."
ws["A12"].font = Font(italic=True, size=9)
ws.freeze_panes = "C5"

# ---------------- Sheet 3: Station allowances ----------------
ws = wb.create_sheet("Station allowances")
widths(ws, [22, 18, 16, 20, 44])
ws["A1"] = "Table 2. Station (duty-place) allowances, EFY 2016"
ws["A1"].font = Font(bold=True, size=12)
hdr = ["Cupping station", "Region", "Hardship\nallowance\n(% of basic)", "Housing allowance\n(Birr / month)", "Note"]
for c, v in enumerate(hdr, start=1):
    ws.cell(row=3, column=c, value=v)
style_head(ws, 3, 1, 5)
ws.row_dimensions[3].height = 45
srows = [
    ("Addis Ababa (HQ lab)", "Addis Ababa", "–", "3,500", "transport allowance also applies"),
    ("Dire Dawa", "Dire Dawa", "10%", "2,400", "Harar coffees"),
    ("Hawassa", "Sidama", "5%", "2,200", "Sidama & Yirgacheffe intake"),
    ("Jimma", "Oromia", "5%", "1,800", ""),
    ("Bonga", "South West Ethiopia", "15%", "1,500", "forest coffee"),
    ("Gimbi", "Oromia", "20%", "1,500", "Lekempti / Wellega"),
    ("Mizan Teferi", "South West Ethiopia", "25%", "1,500", "company housing may replace allowance"),
]
for r, row in enumerate(srows, start=4):
    for c, v in enumerate(row, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.border = box
ws["A12"] = "Hardship allowance is calculated on the basic salary of Table 1 and is taxable."
ws["A12"].font = Font(italic=True, size=9)

# ---------------- Sheet 4: Other allowances ----------------
ws = wb.create_sheet("Other allowances")
widths(ws, [38, 18, 16, 50])
ws["A1"] = "Table 3. Other allowances and payments, EFY 2016"
ws["A1"].font = Font(bold=True, size=12)
for c, v in enumerate(["Item", "Amount (Birr)", "Unit", "Applies to"], start=1):
    ws.cell(row=3, column=c, value=v)
style_head(ws, 3, 1, 4)
orows = [
    ("Transport allowance", "1,200", "per month", "Addis Ababa staff, all grades"),
    ("Field per diem – within the region", "650", "per day", "sample collection, farm & washing-station visits"),
    ("Field per diem – outside the region", "900", "per day", "incl. travel to ECX warehouses"),
    ("Peak-season cupping (Tikimt–Tir)", "45", "per extra cup", "cups scored above 60 per day, CQ-1 to CQ-3"),
    ("Q grader recalibration fee", "paid by company", "every 36 months", "CQ-4 and CQ-5"),
    ("Protective clothing", "2 sets", "per year", "all laboratory staff"),
]
for r, row in enumerate(orows, start=4):
    for c, v in enumerate(row, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.border = box
        cell.alignment = wrap

# ---------------- Sheet 5: Career & requirements ----------------
ws = wb.create_sheet("Career & requirements")
widths(ws, [26, 90])
ws["A1"] = "Career path and entry requirements"
ws["A1"].font = Font(bold=True, size=12)
crows = [
    (
        "Entry (CQ-1)",
        "Diploma (TVET level IV) or BSc in coffee science, horticulture, plant science or food "
        "technology. Candidates must pass a sensory screening: triangle test and basic taste "
        "identification. Colour-blind candidates are not accepted for green-grading tasks.",
    ),
    (
        "CQ-1 to CQ-2",
        "Minimum 12 months in the laboratory and the ECTA cupping certificate (Ethiopian Coffee and "
        "Tea Authority liquoring course).",
    ),
    ("CQ-2 to CQ-3", "At least 3 years as a cupper; grading of export lots under supervision."),
    (
        "CQ-3 to CQ-4",
        "Pass the CQI Q Arabica Grader examination (theory, sensory and cupping tests). The company "
        "normally pays the course fee for staff with 2+ years of service.",
    ),
    ("CQ-5", "Appointed by the company; usually 8+ years of experience and a valid Q licence."),
    (
        "How to apply",
        "Member companies advertise trainee intakes in September (Meskerem) before the harvest. "
        "Send a CV, copies of certificates and a letter to the exporter directly; the ECEA does "
        "not recruit on behalf of members.",
    ),
]
for r, (a, b) in enumerate(crows, start=3):
    ws.cell(row=r, column=1, value=a).font = Font(bold=True)
    ws.cell(row=r, column=2, value=b).alignment = wrap
    ws.cell(row=r, column=1).alignment = wrap
    ws.row_dimensions[r].height = 48

wb.save(OUT)
print("wrote", OUT)
