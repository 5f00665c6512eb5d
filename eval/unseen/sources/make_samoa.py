"""Generate MAF Fisheries Division salary scale workbook (Samoa, FY2024/25)."""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = Path(__file__).resolve().parent.parent / "corpus" / "MAF_Fisheries_Division_Salary_Scale_FY2024-25.xlsx"

GRADES = [
    # code, title, PSC level, step-1 salary (SAT p.a.)
    ("FIS-01", "Fisheries Assistant (Trainee)", "Level 4", 11840),
    ("FIS-02", "Fisheries Assistant", "Level 5", 13960),
    ("FIS-03", "Fisheries Technician", "Level 7", 17315),
    ("FIS-04", "Fisheries Officer", "Level 9", 22880),
    ("FIS-05", "Senior Fisheries Officer", "Level 11", 29650),
    ("FIS-06", "Principal Fisheries Officer", "Level 13", 38420),
    ("FIS-07", "Assistant Chief Executive Officer – Fisheries", "Level 16", 56760),
    ("VES-01", "Deckhand – Research Vessel", "Level 4", 12480),
    ("VES-02", "Vessel Engineer (Class 5)", "Level 8", 19240),
    ("VES-03", "Vessel Master (Class 5)", "Level 9", 24310),
]
INCREMENT = 0.025
STEPS = 5


def money(v: float, dp: int = 0) -> str:
    return f"{v:,.{dp}f}"


def steps_for(base: int) -> list[int]:
    return [round(base * (1 + INCREMENT) ** i) for i in range(STEPS)]


thin = Side(style="thin", color="808080")
border = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="1F4E78")
head_font = Font(bold=True, color="FFFFFF")

wb = Workbook()

# ---------------- Sheet 1: salary scale ----------------
ws = wb.active
ws.title = "Salary Scale"
ws["A1"] = "GOVERNMENT OF SAMOA – MINISTRY OF AGRICULTURE AND FISHERIES"
ws["A2"] = "Fisheries Division – Salary Scale for Established Positions"
ws["A3"] = "Financial Year 2024/2025 (effective 1 July 2024 to 30 June 2025)"
ws["A4"] = (
    "All amounts in Samoan Tala (SAT), gross per annum unless stated. Salaries are paid fortnightly by direct credit."
)
ws["A1"].font = Font(bold=True, size=13)
ws["A2"].font = Font(bold=True, size=12)
ws["A3"].font = Font(italic=True)

headers = (
    ["Grade", "Position Title", "PSC Level"]
    + [f"Step {i} (SAT p.a.)" for i in range(1, STEPS + 1)]
    + ["Fortnightly at Step 1 (SAT)"]
)
ws.append([])
ws.append(headers)
hr = ws.max_row
for c in range(1, len(headers) + 1):
    cell = ws.cell(row=hr, column=c)
    cell.fill = head_fill
    cell.font = head_font
    cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    cell.border = border

section_rows = {"FIS-01": "Fisheries Management, Aquaculture & Inshore Fisheries", "VES-01": "Research Vessel Crew"}
for code, title, level, base in GRADES:
    if code in section_rows:
        ws.append([section_rows[code]])
        ws.cell(row=ws.max_row, column=1).font = Font(bold=True, italic=True)
    st = steps_for(base)
    row = [code, title, level] + [money(s) for s in st] + [money(st[0] / 26, 2)]
    ws.append(row)
    r = ws.max_row
    for c in range(1, len(row) + 1):
        ws.cell(row=r, column=c).border = border
        if c >= 4:
            ws.cell(row=r, column=c).alignment = Alignment(horizontal="right")

ws.append([])
notes = [
    "Notes:",
    "1. Appointment is normally at Step 1 of the grade. Progression to the next step is on the annual increment date, subject to a satisfactory Performance Appraisal.",
    "2. Fortnightly amounts are the annual Step 1 salary divided by 26 pay periods, before PAYE tax.",
    "3. Vessel crew grades (VES) are based at Apia Wharf and are rostered for sea duty; see the 'Allowances' sheet.",
    "4. Acting appointments for more than 4 weeks attract Step 1 of the higher grade.",
]
for n in notes:
    ws.append([n])
ws.cell(row=ws.max_row - len(notes) + 1, column=1).font = Font(bold=True)

widths = [10, 44, 11, 14, 14, 14, 14, 14, 16]
for i, w in enumerate(widths):
    ws.column_dimensions[chr(65 + i)].width = w
ws.row_dimensions[hr].height = 32

# ---------------- Sheet 2: allowances ----------------
wa = wb.create_sheet("Allowances")
wa["A1"] = "Allowances payable to Fisheries Division staff – FY2024/2025"
wa["A1"].font = Font(bold=True, size=12)
wa.append([])
wa.append(["Allowance", "Rate (SAT)", "Basis", "Eligible grades"])
for c in range(1, 5):
    cell = wa.cell(row=wa.max_row, column=c)
    cell.fill = head_fill
    cell.font = head_font
    cell.border = border
allow = [
    (
        "Sea-going allowance",
        "35.00",
        "per day at sea (full or part day)",
        "All VES grades; FIS grades when assigned to survey trips",
    ),
    (
        "Outer-island posting allowance (Savai'i)",
        "1,500",
        "per annum, paid pro rata each fortnight",
        "All grades posted to the Salelologa or Asau field stations",
    ),
    (
        "Overtime",
        "1.5 x hourly rate",
        "per hour beyond 40 ordinary hours; double time on Sundays and public holidays",
        "FIS-01 to FIS-04, VES-01 to VES-03",
    ),
    (
        "Meal allowance (field work)",
        "15.00",
        "per day when field work extends beyond 6:00pm",
        "All grades below FIS-06",
    ),
    (
        "Diving allowance",
        "20.00",
        "per dive day (certified SCUBA survey work)",
        "FIS-03 to FIS-05 holding a current dive certificate",
    ),
]
for a in allow:
    wa.append(list(a))
    for c in range(1, 5):
        wa.cell(row=wa.max_row, column=c).border = border
        wa.cell(row=wa.max_row, column=c).alignment = Alignment(wrap_text=True, vertical="top")
for col, w in zip("ABCD", [40, 18, 46, 50]):
    wa.column_dimensions[col].width = w

# ---------------- Sheet 3: entry requirements ----------------
we = wb.create_sheet("Entry Requirements")
we["A1"] = "Minimum qualifications and experience by grade"
we["A1"].font = Font(bold=True, size=12)
we.append([])
we.append(["Grade", "Position Title", "Minimum qualification", "Experience", "Other requirements"])
for c in range(1, 6):
    cell = we.cell(row=we.max_row, column=c)
    cell.fill = head_fill
    cell.font = head_font
    cell.border = border
entry = [
    (
        "FIS-01",
        "Fisheries Assistant (Trainee)",
        "Pass in Samoa Secondary Leaving Certificate (SSLC) including Biology or Science",
        "None – 12-month traineeship with on-the-job training",
        "Able to swim 200 m; basic sea safety course within first 3 months",
    ),
    (
        "FIS-02",
        "Fisheries Assistant",
        "SSLC plus successful completion of the traineeship, or Certificate III in Fisheries Operations (SQA-accredited)",
        "1 year",
        "Sea safety certificate",
    ),
    (
        "FIS-03",
        "Fisheries Technician",
        "Certificate IV or Diploma in Fisheries, Marine Science or Aquaculture (SQA-accredited or equivalent)",
        "2 years in fisheries or aquaculture work",
        "Dive certificate an advantage",
    ),
    (
        "FIS-04",
        "Fisheries Officer",
        "Bachelor of Science in Marine Science, Fisheries, Biology or related field (NUS, USP or equivalent)",
        "Graduate entry; no experience required",
        "Class 2 driver's licence",
    ),
    (
        "FIS-05",
        "Senior Fisheries Officer",
        "Bachelor of Science as for FIS-04; Postgraduate Diploma an advantage",
        "4 years at FIS-04 or equivalent",
        "Supervisory experience",
    ),
    (
        "FIS-06",
        "Principal Fisheries Officer",
        "Master's degree in Fisheries Management, Marine Science or related field",
        "7 years, including 3 years supervising staff",
        "Experience with regional bodies (e.g. SPC, FFA) desirable",
    ),
    (
        "FIS-07",
        "Assistant Chief Executive Officer – Fisheries",
        "Master's degree in a relevant field",
        "10 years, including 5 years at senior management level",
        "Appointed on a 3-year performance contract",
    ),
    (
        "VES-01",
        "Deckhand – Research Vessel",
        "Year 12 completed",
        "None",
        "Basic Sea Safety and First Aid certificates",
    ),
    (
        "VES-02",
        "Vessel Engineer (Class 5)",
        "Class 5 Marine Engineer certificate of competency (Samoa Shipping Services Maritime Training or equivalent)",
        "2 years sea time as engine room rating",
        "Valid medical certificate",
    ),
    (
        "VES-03",
        "Vessel Master (Class 5)",
        "Class 5 Master certificate of competency",
        "3 years sea time, including 1 year as mate",
        "Valid medical certificate; GMDSS radio operator licence",
    ),
]
for e in entry:
    we.append(list(e))
    for c in range(1, 6):
        we.cell(row=we.max_row, column=c).border = border
        we.cell(row=we.max_row, column=c).alignment = Alignment(wrap_text=True, vertical="top")
for col, w in zip("ABCDE", [10, 36, 52, 36, 44]):
    we.column_dimensions[col].width = w

we.append([])
for line in [
    "Working hours: 8:00am – 4:30pm, Monday to Friday (40 ordinary hours per week). Vessel crew work to a sea roster.",
    "Probation: new appointees serve a probation period of 6 months.",
    "Annual leave: 20 working days per year; sick leave 10 working days per year.",
    "Vacancies are advertised through the Public Service Commission and in the Samoa Observer. Applications close 14 days after advertisement.",
    "Prepared by the Corporate Services Division, Ministry of Agriculture and Fisheries, Apia. Based on the PSC salary determination for FY2024/2025.",
]:
    we.append([line])

OUT.parent.mkdir(parents=True, exist_ok=True)
wb.save(OUT)
print("wrote", OUT)
for code, title, level, base in GRADES:
    st = steps_for(base)
    print(code, title, [money(s) for s in st], money(st[0] / 26, 2))
