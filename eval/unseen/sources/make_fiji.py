from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

wb = Workbook()
ws = wb.active
ws.title = "Salary Scales 2025"
bold = Font(bold=True)
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="D9D9D9")

ws["A1"] = "MINISTRY OF HEALTH AND MEDICAL SERVICES — REPUBLIC OF FIJI"
ws["A2"] = "Laboratory Services Cadre: Salary Scales effective 1 August 2025 (Circular No. 14/2025)"
ws["A3"] = "All amounts in Fiji dollars (FJ$). Salaries are paid fortnightly; fortnightly rate = annual salary / 26."
for c in ("A1", "A2"):
    ws[c].font = Font(bold=True, size=12)

# two-row header with merged groups
ws.merge_cells("A5:A6")
ws["A5"] = "Salary Band"
ws.merge_cells("B5:B6")
ws["B5"] = "Position Title"
ws.merge_cells("C5:G5")
ws["C5"] = "Annual Salary (FJ$) by Step"
for i, s in enumerate(["Step 1", "Step 2", "Step 3", "Step 4", "Step 5"]):
    ws.cell(row=6, column=3 + i, value=s)
ws.merge_cells("H5:H6")
ws["H5"] = "Fortnightly at Step 1 (FJ$)"
ws.merge_cells("I5:I6")
ws["I5"] = "Minimum Qualification"
for r in (5, 6):
    for c in range(1, 10):
        cell = ws.cell(row=r, column=c)
        cell.font = bold
        cell.fill = grey
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = box

rows = [
    ("Band B", "Laboratory Attendant", [11230.00, 11570.00, 11920.00, 12280.00, 12650.00], "Year 12 pass"),
    (
        "Band C",
        "Phlebotomist",
        [14520.00, 15065.00, 15630.00, 16215.00, 16820.00],
        "Certificate IV in Pathology Collection",
    ),
    (
        "Band C",
        "Laboratory Assistant",
        [14520.00, 15065.00, 15630.00, 16215.00, 16820.00],
        "Certificate IV in Laboratory Techniques",
    ),
    (
        "Band D",
        "Medical Laboratory Technician (Intern)",
        [19760.00, 20350.00, 0, 0, 0],
        "Diploma or Bachelor in Medical Laboratory Science",
    ),
    (
        "Band E",
        "Medical Laboratory Technician",
        [25480.00, 26420.00, 27390.00, 28400.00, 29445.00],
        "Diploma in Medical Laboratory Science + registration",
    ),
    (
        "Band F",
        "Medical Laboratory Scientist",
        [32110.00, 33290.00, 34515.00, 35785.00, 37100.00],
        "Bachelor of Medical Laboratory Science + registration",
    ),
    (
        "Band F",
        "Senior Medical Laboratory Technician",
        [32110.00, 33290.00, 34515.00, 35785.00, 37100.00],
        "Diploma + 6 years post-registration",
    ),
    (
        "Band G",
        "Principal Medical Laboratory Scientist",
        [41600.00, 43130.00, 44715.00, 46360.00, 48065.00],
        "Bachelor + postgraduate diploma; 8 years experience",
    ),
    (
        "Band G",
        "Divisional Laboratory Manager",
        [41600.00, 43130.00, 44715.00, 46360.00, 48065.00],
        "Bachelor + 8 years experience incl. supervision",
    ),
    (
        "Band H",
        "Chief Medical Laboratory Scientist (National Laboratory Services)",
        [54210.00, 56200.00, 58265.00, 60410.00, 62630.00],
        "Master's degree preferred; 12 years experience",
    ),
]
r = 7
for band, title, steps, qual in rows:
    ws.cell(row=r, column=1, value=band)
    ws.cell(row=r, column=2, value=title)
    for i, v in enumerate(steps):
        c = ws.cell(row=r, column=3 + i, value=(f"{v:,.2f}" if v else "—"))
        c.alignment = Alignment(horizontal="right")
    f = ws.cell(row=r, column=8, value=f"{steps[0] / 26:,.2f}")
    f.alignment = Alignment(horizontal="right")
    ws.cell(row=r, column=9, value=qual)
    for c in range(1, 10):
        ws.cell(row=r, column=c).border = box
    r += 1
ws.cell(row=r + 1, column=1, value="Notes:").font = bold
notes = [
    "1. Interns are appointed to Band D Step 1 and move to Step 2 after 6 months; the internship lasts 12 months, after which the officer is appointed to Band E Step 1.",
    "2. Progression from one step to the next is annual, subject to a 'Meets Expectations' rating in the Performance Management System.",
    "3. Band D has two steps only.",
    "4. Officers posted to Divisional hospitals in the Northern Division or to subdivisional hospitals in the Eastern Division receive the Remote Area Allowance (see Allowances sheet).",
]
for i, n in enumerate(notes):
    ws.cell(row=r + 2 + i, column=1, value=n)
widths = [12, 52, 13, 13, 13, 13, 13, 16, 50]
for i, w in enumerate(widths):
    ws.column_dimensions[get_column_letter(i + 1)].width = w

# Allowances sheet
a = wb.create_sheet("Allowances")
a["A1"] = "Allowances payable to Laboratory Services Cadre (effective 1 August 2025)"
a["A1"].font = Font(bold=True, size=12)
hdr = ["Allowance", "Rate (FJ$)", "Basis", "Eligibility"]
for i, h in enumerate(hdr):
    c = a.cell(row=3, column=i + 1, value=h)
    c.font = bold
    c.fill = grey
arows = [
    ("Shift Allowance (night shift)", "18.50", "per night shift (10pm–6am)", "Bands C–F rostered on night shift"),
    (
        "Weekend / Public Holiday Allowance",
        "25.00",
        "per shift",
        "Bands C–F rostered on Saturday, Sunday or public holiday",
    ),
    ("On-Call Allowance", "30.00", "per night on call", "Bands E–G on the after-hours on-call roster"),
    (
        "Call-Back",
        "Overtime at time and a half (1.5x hourly rate)",
        "minimum 2 hours per call-back",
        "Officers on call who are recalled to the laboratory",
    ),
    (
        "Remote Area Allowance",
        "1,500.00",
        "per annum, paid fortnightly",
        "Officers posted to Labasa, Savusavu, Taveuni, Levuka, Lau and Rotuma",
    ),
    ("Uniform Allowance", "250.00", "per annum", "All laboratory staff"),
    (
        "Acting Allowance",
        "Difference between current salary and Step 1 of the higher band",
        "per fortnight",
        "Acting in a higher position for 4 weeks or more",
    ),
]
for j, row in enumerate(arows):
    for i, v in enumerate(row):
        a.cell(row=4 + j, column=i + 1, value=v)
for i, w in enumerate([38, 44, 32, 62]):
    a.column_dimensions[get_column_letter(i + 1)].width = w

# Careers sheet
k = wb.create_sheet("Entry & Training")
k["A1"] = "Becoming a medical laboratory professional in Fiji"
k["A1"].font = Font(bold=True, size=12)
lines = [
    ("Training route", "Details"),
    (
        "Diploma in Medical Laboratory Science",
        "3 years full-time at Fiji National University (FNU), College of Medicine, Nursing and Health Sciences, Tamavua campus, Suva.",
    ),
    (
        "Bachelor of Medical Laboratory Science",
        "4 years full-time at FNU; includes a clinical attachment at CWM Hospital, Lautoka Hospital or Labasa Hospital.",
    ),
    (
        "Entry requirements",
        "Year 13 pass with at least 250 marks out of 400, including English, Biology and Chemistry.",
    ),
    (
        "Scholarships",
        "Tertiary Scholarship and Loans Service (TSLS) Toppers scholarships and TELS loans cover tuition for eligible Fijian citizens.",
    ),
    (
        "Registration",
        "Graduates must register with the Fiji Allied Health Practitioners Council before appointment to Band E; annual practising licence renewal required.",
    ),
    (
        "Internship",
        "12-month supervised internship rotating through haematology, biochemistry, microbiology, blood bank and histopathology.",
    ),
    (
        "Working hours",
        "40 hours per week, Monday to Friday 8.00am–4.30pm for day staff; 24-hour laboratories at CWM, Lautoka and Labasa run a three-shift roster.",
    ),
    ("Annual leave", "20 working days per year."),
    ("Retirement age", "Civil service retirement age is 60 years (Public Service Commission policy)."),
]
for j, (x, y) in enumerate(lines):
    k.cell(row=3 + j, column=1, value=x)
    k.cell(row=3 + j, column=2, value=y)
    if j == 0:
        k.cell(row=3, column=1).font = bold
        k.cell(row=3, column=2).font = bold
k.column_dimensions["A"].width = 40
k.column_dimensions["B"].width = 120

wb.save(str(Path(__file__).resolve().parent.parent / "corpus" / "MHMS_Laboratory_Cadre_Salary_Scales_2025.xlsx"))
