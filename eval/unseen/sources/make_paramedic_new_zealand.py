"""Generate paramedic-new-zealand.xlsx (paramedic pay, New Zealand, 2023 and 2024)."""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(__file__).resolve().parent.parent / "corpus" / "paramedic-new-zealand.xlsx"
NZD = '"NZ$"#,##0'
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")

wb = Workbook()

# Sheet 1: pay by step
ws = wb.active
ws.title = "Pay by step"
ws.append(["Step", "Role", "Years of service", "2023 annual salary", "2024 annual salary"])
rows = [
    (1, "Graduate paramedic", "0–1", 62400, 66100),
    (2, "Paramedic", "1–2", 66800, 70500),
    (3, "Paramedic", "2–3", 70900, 74800),
    (4, "Paramedic", "3–5", 75300, 79200),
    (5, "Senior paramedic", "5–7", 80100, 84600),
    (6, "Intensive care paramedic", "7+", 88700, 93400),
    (7, "Clinical team leader", "9+", 97200, 102500),
]
for r in rows:
    ws.append(list(r))
for row in ws.iter_rows(min_row=2, min_col=4, max_col=5):
    for c in row:
        c.number_format = NZD
ws.column_dimensions["A"].width = 8
ws.column_dimensions["B"].width = 28
ws.column_dimensions["C"].width = 18
ws.column_dimensions["D"].width = 20
ws.column_dimensions["E"].width = 20

# Sheet 2: by region
ws2 = wb.create_sheet("By region")
ws2.append(["Region", "Median salary 2023", "Median salary 2024", "Vacancies advertised 2024"])
regions = [
    ("Auckland", 79800, 84200, 46),
    ("Wellington", 78400, 82900, 21),
    ("Canterbury", 76900, 81300, 18),
    ("Waikato", 75200, 79600, 14),
    ("Bay of Plenty", 75900, 80100, 11),
    ("Otago", 74600, 78700, 9),
    ("Northland", 73800, 78100, 8),
    ("West Coast", 72100, 76400, 4),
]
for r in regions:
    ws2.append(list(r))
for row in ws2.iter_rows(min_row=2, min_col=2, max_col=3):
    for c in row:
        c.number_format = NZD
for row in ws2.iter_rows(min_row=2, min_col=4, max_col=4):
    for c in row:
        c.number_format = "#,##0"
ws2.column_dimensions["A"].width = 16
for col in "BCD":
    ws2.column_dimensions[col].width = 24

# Sheet 3: notes
ws3 = wb.create_sheet("Notes")
ws3.append(["Notes"])
notes = [
    "Paramedic pay in New Zealand, 2023 and 2024 (annual base salary, NZ$). Compiled by the University Careers Centre, March 2025.",
    "Figures are gross annual base pay for full-time frontline staff. They exclude shift allowances, overtime and on-call payments, which can add 15–25% to take-home pay.",
    "Steps on the 'Pay by step' sheet follow the collective agreement for ambulance staff; most paramedics move up one step per year of service, subject to satisfactory performance.",
    "Regional figures are medians across all steps and come from advertised vacancies and survey responses.",
    "Entry route: most paramedics complete a three-year Bachelor of Health Science (Paramedicine) before joining an ambulance service as a graduate paramedic.",
    "Paramedics must be registered with Te Kaunihera Manapou Paramedic Council and hold a current annual practising certificate.",
    "A typical roster is four 12-hour shifts on followed by four days off.",
    "Intensive care paramedics need a further postgraduate qualification, usually a Postgraduate Diploma in Specialty Care (Paramedicine).",
]
for n in notes:
    ws3.append([n])
ws3.column_dimensions["A"].width = 120
for row in ws3.iter_rows(min_row=2):
    for c in row:
        c.alignment = Alignment(wrap_text=True, vertical="top")

for sh in (ws, ws2, ws3):
    for c in sh[1]:
        c.font = Font(bold=True)
        c.fill = HEAD_FILL
    sh.freeze_panes = "A2"

OUT.parent.mkdir(parents=True, exist_ok=True)
wb.save(OUT)
print("wrote", OUT)
