"""Generate the Serendib Talent Partners Apparel & Textile Salary Guide 2025 (Sri Lanka) as XLSX."""

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

OUT = "/work/round9/b/corpus/Serendib-Talent-Apparel-Textile-Salary-Guide-2025-Sri-Lanka.xlsx"

wb = Workbook()
NAVY = PatternFill("solid", fgColor="1F3A5F")
LIGHT = PatternFill("solid", fgColor="E8EEF6")
thin = Side(style="thin", color="A6B4C8")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def title(ws, text, sub=None):
    ws["A1"] = text
    ws["A1"].font = Font(bold=True, size=14, color="1F3A5F")
    if sub:
        ws["A2"] = sub
        ws["A2"].font = Font(italic=True, size=9, color="555555")


def grid(ws, start_row, rows, widths):
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=start_row + i, column=j + 1, value=v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if i == 0:
                c.font = Font(bold=True, color="FFFFFF")
                c.fill = NAVY
            elif i % 2 == 0:
                c.fill = LIGHT
    for j, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(j + 1)].width = w
    ws.freeze_panes = ws.cell(row=start_row + 1, column=2)


def notes(ws, start_row, lines):
    for k, line in enumerate(lines):
        c = ws.cell(row=start_row + k, column=1, value=line)
        c.font = Font(size=9, italic=True)


# ---------------- Sheet 1: About ----------------
ws = wb.active
ws.title = "About this guide"
title(
    ws,
    "Apparel & Textile Salary Guide 2025 – Sri Lanka",
    "Serendib Talent Partners (Pvt) Ltd · Specialist recruiters for apparel, textiles & supply chain · Published March 2025",
)
about = [
    ("Item", "Details"),
    (
        "What the figures show",
        "Typical monthly gross salary ranges in Sri Lankan Rupees (LKR): basic salary plus fixed "
        "allowances, including the Budgetary Relief Allowance (BRA). They are ranges, not "
        "averages – most offers we see fall inside the range.",
    ),
    (
        "What is NOT included",
        "Overtime, production/efficiency incentives, attendance bonus, annual bonus, and employer "
        "EPF (12%) and ETF (3%) contributions. See the 'Benefits & Hours' sheet.",
    ),
    (
        "Data sources",
        "1,280 placements handled by Serendib Talent between July and December 2024, plus a salary survey "
        "of 41 apparel and textile manufacturers (BOI and non-BOI) completed in January 2025.",
    ),
    ("Experience bands", "Entry = 0–2 years in the role; Mid = 3–6 years; Senior = 7+ years."),
    ("Change vs 2024", "Change in the mid-point of the mid-level range compared with our 2024 guide."),
    (
        "Location",
        "Unless stated, figures are for the Western Province (Colombo, Gampaha and Kalutara districts). "
        "Regional differences for operator grades are on the 'Operator pay by zone' sheet.",
    ),
    ("Currency note", "Rs. and LKR are used interchangeably. 1,000s separated by commas."),
    ("Contact", "salaryguide@serendibtalent.lk · +94 11 257 8840 · Level 6, Liberty Plaza Annex, Colombo 03"),
]
grid(ws, 4, about, (26, 110))
ws.freeze_panes = None
notes(
    ws,
    15,
    [
        "© Serendib Talent Partners (Pvt) Ltd 2025. This guide may be shared for non-commercial careers "
        "guidance with acknowledgement. Salaries are indicative and do not constitute an offer of employment."
    ],
)

# ---------------- Sheet 2: Factory & Production ----------------
ws = wb.create_sheet("Factory & Production")
title(
    ws,
    "Factory & Production roles – monthly gross salary (LKR)",
    "Entry 0–2 yrs · Mid 3–6 yrs · Senior 7+ yrs · Western Province · figures exclude OT and incentives",
)
rows = [
    (
        "Role",
        "Typical entry qualification",
        "Entry (LKR/month)",
        "Mid (LKR/month)",
        "Senior (LKR/month)",
        "Change vs 2024",
    ),
    (
        "Sewing Machine Operator",
        "Grade 8/9; 4-week in-house training school",
        "32,000 – 38,000",
        "38,000 – 45,000",
        "45,000 – 52,000",
        "+9%",
    ),
    (
        "Quality Checker / Inspector",
        "GCE O/L; NVQ Level 3 in Apparel Quality Control",
        "38,000 – 45,000",
        "45,000 – 60,000",
        "60,000 – 75,000",
        "+8%",
    ),
    (
        "Team Leader (Sewing Line)",
        "Promoted from operator; supervisory course",
        "50,000 – 62,000",
        "62,000 – 80,000",
        "80,000 – 95,000",
        "+7%",
    ),
    (
        "Cutting Room Supervisor",
        "NVQ Level 4; 3 yrs cutting experience",
        "70,000 – 90,000",
        "95,000 – 125,000",
        "130,000 – 165,000",
        "+6%",
    ),
    (
        "Maintenance Technician (Sewing Machines)",
        "NVQ Level 4 Sewing Machine Mechanic (VTA)",
        "55,000 – 70,000",
        "75,000 – 100,000",
        "100,000 – 135,000",
        "+11%",
    ),
    (
        "Pattern Maker / CAD Technician",
        "Diploma (SLITA) or NVQ Level 4; Gerber/Lectra skills",
        "65,000 – 85,000",
        "90,000 – 130,000",
        "140,000 – 190,000",
        "+10%",
    ),
    (
        "Production Executive",
        "Degree or HND; management trainee programme",
        "85,000 – 110,000",
        "110,000 – 150,000",
        "150,000 – 200,000",
        "+8%",
    ),
    (
        "Industrial Engineer",
        "BSc Eng (Hons) Textile & Apparel Engineering",
        "120,000 – 150,000",
        "160,000 – 240,000",
        "250,000 – 380,000",
        "+12%",
    ),
    ("Factory Manager", "Degree plus 10+ years in production", "n/a", "450,000 – 650,000", "650,000 – 950,000", "+6%"),
]
grid(ws, 4, rows, (38, 44, 18, 18, 18, 14))
notes(
    ws,
    15,
    [
        "Industrial Engineers showed the largest increase (+12%) because of demand for lean/automation "
        "skills and migration of engineers overseas in 2023–24.",
        "Factory Manager: no entry band – the role is filled from experienced production managers.",
    ],
)

# ---------------- Sheet 3: Merchandising & Design ----------------
ws = wb.create_sheet("Merchandising & Design")
title(
    ws,
    "Merchandising, Design & Commercial roles – monthly gross salary (LKR)",
    "Titles already reflect seniority, so one typical range is shown · Colombo head offices",
)
rows = [
    ("Role", "Typical experience", "Typical range (LKR/month)", "Change vs 2024", "Notes"),
    (
        "Trainee Merchandiser",
        "0–1 yr; GCE A/L plus diploma",
        "60,000 – 80,000",
        "+8%",
        "Often hired through 12-month trainee intake in January",
    ),
    ("Assistant Merchandiser", "1–3 yrs", "85,000 – 120,000", "+9%", "English fluency is essential"),
    ("Merchandiser", "3–6 yrs", "150,000 – 220,000", "+10%", "Handles 2–4 styles/buyers"),
    ("Senior Merchandiser", "6–10 yrs", "240,000 – 340,000", "+9%", "Account ownership for one major buyer"),
    ("Merchandising Manager", "10+ yrs", "380,000 – 550,000", "+7%", "Manages a team of 8–15"),
    (
        "Head of Merchandising / GM – Merchandising",
        "15+ yrs",
        "900,000 – 1,400,000",
        "+5%",
        "Group level; often includes car and fuel allowance",
    ),
    ("Fashion / Product Designer", "0–5 yrs; BDes", "90,000 – 180,000", "+8%", "Portfolio-based hiring"),
    ("Garment Technologist", "3–6 yrs; BSc / Diploma", "130,000 – 200,000", "+9%", "Fit and fabric testing"),
    (
        "Sourcing / Fabric Executive",
        "2–5 yrs",
        "110,000 – 160,000",
        "+7%",
        "Liaison with mills in China, India, Bangladesh",
    ),
    ("Planning Executive (Production Planning)", "2–5 yrs", "100,000 – 145,000", "+8%", "ERP/SAP skills valued"),
]
grid(ws, 4, rows, (40, 28, 24, 14, 48))

# ---------------- Sheet 4: Operator pay by zone ----------------
ws = wb.create_sheet("Operator pay by zone")
title(
    ws,
    "Sewing Machine Operator – typical monthly earnings by location (LKR)",
    "Earnings = basic + BRA + attendance bonus + average overtime · mid-level operator (3–6 yrs) · Q4 2024",
)
rows = [
    (
        "Location / zone",
        "District",
        "Basic + BRA (LKR/month)",
        "Typical total earnings incl. OT (LKR/month)",
        "Average OT hours per month",
        "Free transport",
    ),
    ("Katunayake EPZ", "Gampaha", "40,000", "58,000 – 66,000", 48, "Yes"),
    ("Biyagama EPZ", "Gampaha", "39,500", "55,000 – 63,000", 44, "Yes"),
    ("Horana / Kalutara", "Kalutara", "38,000", "52,000 – 60,000", 40, "Yes"),
    ("Koggala EPZ", "Galle", "37,500", "50,000 – 57,000", 38, "Yes"),
    ("Kurunegala", "Kurunegala", "36,000", "47,000 – 54,000", 36, "Partly"),
    ("Polonnaruwa", "Polonnaruwa", "35,000", "44,000 – 50,000", 30, "Partly"),
    ("Vavuniya", "Vavuniya", "34,000", "42,000 – 48,000", 28, "Partly"),
]
grid(ws, 4, rows, (22, 14, 22, 30, 20, 14))
notes(
    ws,
    13,
    [
        "Overtime is paid at 1.5 times the hourly rate (monthly basic ÷ 240).",
        "Rural factories pay less basic but often offer hostel accommodation and lower living costs.",
    ],
)

# ---------------- Sheet 5: Benefits & Hours ----------------
ws = wb.create_sheet("Benefits & Hours")
title(ws, "Statutory benefits, typical allowances and working hours", "Based on 41 employers surveyed, January 2025")
rows = [
    ("Item", "Typical practice / rate", "Notes"),
    ("EPF – Employees' Provident Fund", "Employee 8% + employer 12% of total earnings", "Mandatory"),
    ("ETF – Employees' Trust Fund", "Employer 3%", "Mandatory"),
    ("Gratuity", "Half a month's salary for each completed year of service", "Payable after 5 years' service"),
    ("Attendance bonus", "Rs. 3,000 – 6,000 per month", "Operators and line staff; lost after 1–2 absences"),
    ("Annual bonus", "1 month's basic (median); range 0.5–2 months", "Paid in December by most employers"),
    ("Festival advance", "Rs. 10,000", "Before Sinhala & Tamil New Year (April); recovered over 10 months"),
    ("Meals", "Free or subsidised lunch", "Offered by 37 of 41 employers"),
    (
        "Medical",
        "OPD cover Rs. 25,000 – 60,000 a year for executives",
        "Surgical/hospitalisation cover for staff grades",
    ),
    (
        "Normal working hours",
        "45 hours per week: 8 hours Mon–Fri plus 5 hours on Saturday",
        "Or 9 h Mon–Fri in 5-day factories",
    ),
    ("Overtime", "1.5 × hourly rate", "Max 60 OT hours per month for female workers under BOI guidelines"),
    ("Annual leave", "14 days after first full year of service", "Plus 7 days casual leave"),
    ("Maternity leave", "84 working days", "For first and second child; 42 working days for third and subsequent"),
    ("National minimum wage", "Rs. 17,500 per month (from 2024)", "Budget 2025 proposes Rs. 27,000 from April 2025"),
]
grid(ws, 4, rows, (34, 56, 58))

# ---------------- Sheet 6: Entry routes ----------------
ws = wb.create_sheet("Entry routes")
title(ws, "How to get into the apparel & textile industry", "For school leavers, diploma holders and graduates")
rows = [
    ("Route", "Provider (examples)", "Duration", "Leads to"),
    (
        "In-house operator training school",
        "Large manufacturers' training centres",
        "2–4 weeks (paid at trainee rate)",
        "Sewing Machine Operator",
    ),
    (
        "NVQ Level 3/4 (apparel production, quality control, sewing machine mechanic)",
        "Vocational Training Authority (VTA), NAITA; accredited by TVEC",
        "6–12 months",
        "Quality Checker, Maintenance Technician",
    ),
    (
        "Diploma in Apparel Production & Management",
        "Sri Lanka Institute of Textile & Apparel (SLITA)",
        "1 year",
        "Trainee Merchandiser, Production Executive",
    ),
    ("Diploma in Fashion Design", "SLITA; private fashion institutes", "2 years", "Pattern Maker, Assistant Designer"),
    (
        "BSc Eng (Hons) Textile & Apparel Engineering",
        "University of Moratuwa",
        "4 years",
        "Industrial Engineer, Garment Technologist",
    ),
    (
        "BDes (Hons) Fashion Design & Product Development",
        "University of Moratuwa",
        "4 years",
        "Fashion / Product Designer",
    ),
    (
        "Management trainee programme",
        "Large apparel groups (intake January and July)",
        "12–18 months",
        "Production Executive, Merchandiser",
    ),
]
grid(ws, 4, rows, (46, 48, 26, 38))
notes(
    ws,
    13,
    [
        "Tip: merchandising roles need strong written English and Excel; most large groups test both at interview.",
        "Engineering graduates usually join as Industrial Engineers on the entry band above.",
    ],
)

wb.save(OUT)
print("wrote", OUT)
