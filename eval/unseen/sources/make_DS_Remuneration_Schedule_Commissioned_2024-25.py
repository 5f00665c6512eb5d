# Generates the Zambian defence-services officer remuneration workbook next to this script.
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "DS_Remuneration_Schedule_Commissioned_2024-25.xlsx")

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HFILL = PatternFill("solid", fgColor="D9E1F2")
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right")

wb = Workbook()

# ---------------------------------------------------------------- sheet 1
ws = wb.active
ws.title = "Basic Salary"
ws["A1"] = "REPUBLIC OF ZAMBIA — MINISTRY OF DEFENCE"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Defence Services Remuneration Schedule — Part A: Commissioned Ranks"
ws["A2"].font = Font(bold=True, size=11)
ws["A3"] = "Consolidated monthly salary scales, effective 1st January 2024 (FY 2024–2025). Amounts in Kwacha (ZMW)."
ws["A3"].font = Font(italic=True)

# header over two rows
ws["A5"] = "Rank"
ws["B5"] = "Salary scale"
ws["C5"] = "Monthly basic salary (ZMW)¹"
ws["F5"] = "Remarks"
ws["C6"] = "Min (notch 1)"
ws["D6"] = "Max (notch 8)"
ws["E6"] = "Annual increment"
ws.merge_cells("A5:A6")
ws.merge_cells("B5:B6")
ws.merge_cells("C5:E5")
ws.merge_cells("F5:F6")
for r in (5, 6):
    for c in range(1, 7):
        cell = ws.cell(row=r, column=c)
        cell.font = BOLD
        cell.fill = HFILL
        cell.alignment = CENTRE
        cell.border = BOX

ranks = [
    ("Officer Cadet", "DS/OC", "6,850.00", "—", "—", "Training stipend, fixed; board and lodging provided"),
    ("Second Lieutenant", "DS/14", "11,420.00", "13,960.00", "362.86", "On commissioning"),
    ("Lieutenant", "DS/13", "13,275.00", "16,210.00", "419.29", ""),
    ("Captain", "DS/12", "15,980.00", "19,540.00", "508.57", ""),
    ("Major", "DS/11", "19,640.00", "23,870.00", "604.29", "Staff college qualification required for promotion"),
    ("Lieutenant Colonel", "DS/10", "24,310.00", "29,150.00", "691.43", ""),
    ("Colonel", "DS/09", "29,870.00", "35,620.00", "821.43", ""),
    ("Brigadier General", "DS/08", "36,950.00", "43,300.00", "907.14", ""),
    ("Major General", "DS/07", "44,800.00", "51,900.00", "1,014.29", ""),
    ("Lieutenant General", "DS/06", "53,600.00", "61,250.00", "1,092.86", "Service commanders"),
]
r = 7
for row in ranks:
    for c, v in enumerate(row, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.border = BOX
        if c in (3, 4, 5):
            cell.alignment = RIGHT
    r += 1
r += 1
ws.cell(
    row=r,
    column=1,
    value="¹ Gross figures, before PAYE and the employee's NAPSA contribution. "
    "Equivalent ranks in the Zambia Air Force and Zambia National Service are paid on the same scale.",
)
ws.cell(row=r, column=1).font = Font(italic=True, size=9)
ws.cell(
    row=r + 1,
    column=1,
    value="Increments are paid on 1st January each year, subject to a satisfactory annual "
    "confidential report, until the maximum of the scale is reached.",
)
ws.cell(row=r + 1, column=1).font = Font(italic=True, size=9)
for col, w in zip("ABCDEF", (22, 13, 16, 16, 16, 48)):
    ws.column_dimensions[col].width = w

# ---------------------------------------------------------------- sheet 2
ws2 = wb.create_sheet("Allowances")
ws2["A1"] = "Part B — Allowances payable to commissioned officers"
ws2["A1"].font = Font(bold=True, size=12)
hdr = ["Allowance", "Rate", "Basis", "Eligibility / remarks"]
for c, h in enumerate(hdr, start=1):
    cell = ws2.cell(row=3, column=c, value=h)
    cell.font = BOLD
    cell.fill = HFILL
    cell.border = BOX
allow = [
    (
        "Housing allowance",
        "25% of basic salary",
        "per month",
        "Officers not accommodated in institutional (barracks) housing",
    ),
    ("Rations allowance", "K1,150.00", "per month", "All officers from Second Lieutenant"),
    ("Uniform maintenance allowance", "K2,400.00", "per annum", "Paid in January"),
    ("Parachute (airborne) allowance", "K950.00", "per month", "Qualified parachutists on airborne establishment"),
    ("Command responsibility allowance", "K1,800.00", "per month", "Commanding officers of units (Lt Col and above)"),
    ("Remote station allowance", "See sheet 'Station Allowance'", "per month", "By station category"),
    (
        "Subsistence allowance (local travel)",
        "K480.00",
        "per night",
        "Duty travel within Zambia, where no accommodation is provided",
    ),
]
for i, row in enumerate(allow, start=4):
    for c, v in enumerate(row, start=1):
        cell = ws2.cell(row=i, column=c, value=v)
        cell.border = BOX
        cell.alignment = WRAP
ws2.cell(
    row=12, column=1, value="Allowances are taxable unless stated otherwise by the Zambia Revenue Authority."
).font = Font(italic=True, size=9)
for col, w in zip("ABCD", (36, 28, 12, 60)):
    ws2.column_dimensions[col].width = w

# ---------------------------------------------------------------- sheet 3
ws3 = wb.create_sheet("Station Allowance")
ws3["A1"] = "Part C — Remote station (hardship) allowance by duty station"
ws3["A1"].font = Font(bold=True, size=12)
ws3["A2"] = "Cat. A = most remote. Amounts per month, all commissioned ranks."
hdr = ["Duty station", "District", "Province", "Cat.", "Monthly allowance (K)"]
for c, h in enumerate(hdr, start=1):
    cell = ws3.cell(row=4, column=c, value=h)
    cell.font = BOLD
    cell.fill = HFILL
    cell.border = BOX
stations = [
    ("Shang'ombo", "Shang'ombo", "Western", "A", "1,850.00"),
    ("Chama", "Chama", "Muchinga", "A", "1,650.00"),
    ("Mwinilunga", "Mwinilunga", "North-Western", "B", "1,500.00"),
    ("Sesheke", "Sesheke", "Western", "B", "1,400.00"),
    ("Nakonde", "Nakonde", "Muchinga", "B", "1,200.00"),
    ("Mbala", "Mbala", "Northern", "C", "1,200.00"),
    ("Mansa", "Mansa", "Luapula", "C", "900.00"),
    ("Livingstone", "Livingstone", "Southern", "—", "Nil"),
    ("Kabwe", "Kabwe", "Central", "—", "Nil"),
    ("Lusaka (Defence HQ)", "Lusaka", "Lusaka", "—", "Nil"),
]
for i, row in enumerate(stations, start=5):
    for c, v in enumerate(row, start=1):
        cell = ws3.cell(row=i, column=c, value=v)
        cell.border = BOX
        if c == 5:
            cell.alignment = RIGHT
for col, w in zip("ABCDE", (22, 16, 16, 8, 22)):
    ws3.column_dimensions[col].width = w

# ---------------------------------------------------------------- sheet 4
ws4 = wb.create_sheet("Cadet Entry")
ws4["A1"] = "Part D — Officer cadet entry: requirements, training and application"
ws4["A1"].font = Font(bold=True, size=12)
entry = [
    ("Nationality", "Zambian citizen holding a green national registration card (NRC)."),
    ("Age", "Zambian citizen aged 18 to 25 on the closing date (up to 28 for graduate entrants)."),
    (
        "Education",
        "Grade 12 certificate with at least 5 credits including English and Mathematics. "
        "Graduates in engineering, medicine or ICT may apply for the graduate entry.",
    ),
    (
        "Medical & fitness",
        "Pass the defence services medical board and the physical fitness test (3.2 km run, push-ups, sit-ups).",
    ),
    ("Character", "No criminal record; police clearance required at attestation."),
    (
        "Training",
        "Officer cadet course of 12 months at the Officer Cadet School, Kabwe, followed by "
        "commissioning as Second Lieutenant and a young officers' course in the chosen arm.",
    ),
    (
        "How to apply",
        "Recruitment is advertised in the national press and on the Ministry's official pages. "
        "Collect and return the application form at the nearest district recruitment centre "
        "with certified copies of your NRC and Grade 12 results. Never pay anyone for a form or "
        "a place: recruitment is free of charge.",
    ),
    ("Service commitment", "Minimum engagement of 10 years from the date of commission."),
]
for i, (k, v) in enumerate(entry, start=3):
    ws4.cell(row=i, column=1, value=k).font = BOLD
    c = ws4.cell(row=i, column=2, value=v)
    c.alignment = WRAP
ws4.column_dimensions["A"].width = 20
ws4.column_dimensions["B"].width = 95

# ---------------------------------------------------------------- sheet 5
ws5 = wb.create_sheet("Notes")
notes = [
    "Notes",
    "1. This schedule covers commissioned officers only. Other ranks (Private to Warrant Officer Class I) are paid "
    "under Part E, issued as a separate Cabinet Office circular.",
    "2. Scales apply from 1st January 2024 and remain in force until revised (FY 2024–2025).",
    "3. Abbreviations: DS = Defence Services scale; OC = Officer Cadet; NAPSA = National Pension Scheme Authority; "
    "PAYE = Pay As You Earn; NRC = National Registration Card.",
    "4. Where this schedule differs from a unit's pay record, the Defence Force pay office figure prevails.",
]
for i, t in enumerate(notes, start=1):
    c = ws5.cell(row=i, column=1, value=t)
    c.alignment = WRAP
    if i == 1:
        c.font = BOLD
ws5.column_dimensions["A"].width = 110

wb.save(OUT)
print("wrote", OUT)
