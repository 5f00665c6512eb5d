"""Generates Oman_Energy_Salary_Guide_2025.xlsx (recruiter salary guide, OMR per month)."""

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = str(
    __import__("pathlib").Path(__file__).resolve().parent.parent / "corpus" / "Oman_Energy_Salary_Guide_2025.xlsx"
)
wb = Workbook()
hdr_fill = PatternFill("solid", fgColor="0B3D5C")
hdr_font = Font(bold=True, color="FFFFFF")
thin = Side(style="thin", color="BBBBBB")
box = Border(left=thin, right=thin, top=thin, bottom=thin)


def header(ws, row, values):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.fill = hdr_fill
        c.font = hdr_font
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="center")


# ---------------- Sheet 1: Read Me ----------------
ws = wb.active
ws.title = "Read Me"
lines = [
    ("Al Sahwa Energy Recruitment LLC", True),
    ("Oman Energy Salary Guide 2025 - Upstream Oil & Gas (Petroleum Engineering family)", True),
    ("Published: 16/02/2025  |  Muscat, Sultanate of Oman  |  CR No. 1289437", False),
    ("", False),
    ("About the figures", True),
    ("All salaries are gross MONTHLY total packages in Omani Rials (OMR / RO) unless stated otherwise.", False),
    (
        "'Total package' = basic salary + housing + transport allowances. Site/rotation premiums, bonuses and air tickets are NOT included (see 'Allowances & Benefits').",
        False,
    ),
    (
        "There is no personal income tax in Oman. Omani nationals contribute to the Social Protection Fund; expatriates do not.",
        False,
    ),
    (
        "Ranges show the 25th to 75th percentile of offers and placements handled by our consultants between 01/01/2024 and 31/12/2024 (412 placements, 37 operators and service companies).",
        False,
    ),
    (
        "Figures for Omani nationals and expatriates are shown separately because packages are structured differently (expat packages normally include family housing and annual leave tickets).",
        False,
    ),
    ("1 OMR = 1,000 baisa. Indicative exchange rate used in this guide: 1 OMR = 2.60 USD.", False),
    ("", False),
    ("Sheets", True),
    ("Upstream Salaries 2025 - salary ranges by role and experience", False),
    ("Allowances & Benefits - typical allowances, rotation premiums and end-of-service terms", False),
    ("Career Notes - entry routes, qualifications and working patterns", False),
    ("", False),
    (
        "Disclaimer: This guide is for general information only. Al Sahwa Energy Recruitment LLC accepts no liability for decisions made on the basis of it. (c) 2025 Al Sahwa Energy Recruitment LLC. All rights reserved.",
        False,
    ),
]
for r, (t, b) in enumerate(lines, 1):
    c = ws.cell(row=r, column=1, value=t)
    c.font = Font(bold=b, size=14 if r <= 2 else 11)
ws.column_dimensions["A"].width = 140

# ---------------- Sheet 2: Salaries ----------------
ws = wb.create_sheet("Upstream Salaries 2025")
ws["A1"] = "Monthly total package (OMR) - 25th to 75th percentile - 2025"
ws["A1"].font = Font(bold=True, size=13)
cols = [
    "Role",
    "Experience (years)",
    "Omani national (OMR / month)",
    "Expatriate (OMR / month)",
    "Change vs 2024",
    "Demand outlook",
]
header(ws, 3, cols)
rows = [
    ("Graduate Petroleum Engineer", "0-2", "950 - 1,250", "1,400 - 1,900", "+4%", "High"),
    ("Petroleum Engineer", "3-5", "1,600 - 2,200", "2,300 - 3,100", "+5%", "High"),
    ("Senior Petroleum Engineer", "6-10", "2,600 - 3,500", "3,400 - 4,600", "+3%", "High"),
    ("Lead / Principal Petroleum Engineer", "10+", "3,800 - 5,200", "4,800 - 6,500", "+2%", "Medium"),
    ("Reservoir Engineer", "3-5", "1,750 - 2,400", "2,500 - 3,300", "+6%", "Very high"),
    ("Senior Reservoir Engineer", "6-10", "2,900 - 3,900", "3,800 - 5,100", "+6%", "Very high"),
    ("Drilling Engineer", "3-5", "1,800 - 2,450", "2,600 - 3,400", "+4%", "High"),
    ("Senior Drilling Engineer", "6-10", "3,000 - 4,000", "3,900 - 5,300", "+3%", "High"),
    ("Drilling Superintendent", "12+", "4,200 - 5,600", "5,200 - 7,100", "+2%", "Medium"),
    ("Production Engineer", "3-5", "1,550 - 2,100", "2,200 - 3,000", "+3%", "Medium"),
    ("Completions Engineer", "3-5", "1,700 - 2,300", "2,450 - 3,250", "+4%", "High"),
    ("Petrophysicist", "3-5", "1,850 - 2,500", "2,700 - 3,500", "+5%", "High"),
    ("Development Geologist", "3-5", "1,500 - 2,050", "2,150 - 2,900", "+2%", "Medium"),
    ("HSE Engineer", "3-5", "1,300 - 1,800", "1,900 - 2,600", "+1%", "Stable"),
    ("Field Production Supervisor (Omani role)", "8+", "2,100 - 2,800", "n/a", "+3%", "Stable"),
]
for i, row in enumerate(rows, 4):
    for j, v in enumerate(row, 1):
        c = ws.cell(row=i, column=j, value=v)
        c.border = box
n = 4 + len(rows) + 1
ws.cell(
    row=n,
    column=1,
    value="Notes: 'n/a' = role reserved for Omani nationals under Omanisation rules. Graduate ranges assume a BSc in Petroleum Engineering or a closely related discipline.",
)
ws.cell(
    row=n + 1,
    column=1,
    value="Source: Al Sahwa Energy Recruitment placement data 2024; salary survey of 37 operators and oilfield service companies, January 2025.",
)
for col, w in zip("ABCDEF", [40, 18, 28, 26, 15, 16]):
    ws.column_dimensions[col].width = w

# ---------------- Sheet 3: Allowances ----------------
ws = wb.create_sheet("Allowances & Benefits")
header(ws, 1, ["Item", "Typical value", "Applies to", "Notes"])
allow = [
    (
        "Housing allowance (single status)",
        "OMR 300 - 450 per month",
        "Expatriates",
        "Often replaced by company accommodation in Muscat or Sohar",
    ),
    (
        "Housing allowance (family status)",
        "OMR 600 - 900 per month",
        "Expatriates",
        "Senior and lead grades only at most operators",
    ),
    ("Housing allowance", "OMR 200 - 350 per month", "Omani nationals", "Usually a fixed % of basic (typically 25%)"),
    (
        "Transport allowance",
        "OMR 100 - 150 per month",
        "All",
        "Company car provided from Senior grade at many operators",
    ),
    (
        "Desert / rotation site premium",
        "15% - 25% of basic salary",
        "All field-based staff",
        "Paid for 14/14 or 28/28 rotations in the interior concession areas",
    ),
    ("Annual performance bonus", "1 - 3 months' basic salary", "All", "Operators more generous than service companies"),
    (
        "Annual leave air ticket",
        "1 return economy ticket per year",
        "Expatriates",
        "Family tickets for family-status hires",
    ),
    ("Annual leave", "30 working days", "All", "Minimum under Omani Labour Law"),
    (
        "End-of-service gratuity",
        "1 month's basic salary per year of service",
        "Expatriates",
        "Under the Labour Law (Royal Decree 53/2023)",
    ),
    ("Medical insurance", "Employer-paid", "All", "Family cover usually included for expatriates"),
]
for i, row in enumerate(allow, 2):
    for j, v in enumerate(row, 1):
        c = ws.cell(row=i, column=j, value=v)
        c.border = box
for col, w in zip("ABCD", [36, 40, 24, 70]):
    ws.column_dimensions[col].width = w

# ---------------- Sheet 4: Career Notes ----------------
ws = wb.create_sheet("Career Notes")
header(ws, 1, ["Topic", "Details"])
notes = [
    (
        "Entry qualification",
        "A BSc in Petroleum Engineering is the standard entry route. Chemical and mechanical engineering graduates are also recruited into production and completions roles.",
    ),
    (
        "Length of degree",
        "Usually 5 years in Oman, including a 1-year foundation programme (English, maths and IT), followed by 4 years of specialist study.",
    ),
    (
        "Graduate development programmes",
        "Most operators run a structured graduate programme lasting 3 years with rotations through reservoir, production and drilling teams before a permanent posting.",
    ),
    (
        "Omanisation",
        "Operators set Omanisation targets for engineering roles; many graduate programmes are open to Omani nationals only. Expatriate hiring focuses on 6+ years of experience.",
    ),
    (
        "Professional development",
        "Membership of the Society of Petroleum Engineers (SPE) is widely expected. Chartered status is not required to practise but is valued for lead roles.",
    ),
    (
        "Working pattern - office",
        "Office-based staff in Muscat work Sunday to Thursday, typically 40 hours per week (reduced hours during Ramadan).",
    ),
    (
        "Working pattern - field",
        "Field and rig-based staff work rotations, most commonly 28 days on / 28 days off for expatriates and 14 days on / 14 days off for Omani nationals.",
    ),
    ("Languages", "English is the working language of the industry; Arabic is an advantage for supervisory roles."),
    (
        "Market outlook 2025",
        "Demand is strongest for reservoir engineers and petrophysicists because of enhanced oil recovery (EOR) and gas projects. Hiring of HSE engineers is stable.",
    ),
]
for i, row in enumerate(notes, 2):
    for j, v in enumerate(row, 1):
        c = ws.cell(row=i, column=j, value=v)
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="top")
ws.column_dimensions["A"].width = 32
ws.column_dimensions["B"].width = 110

wb.save(OUT)
print("wrote", OUT)
