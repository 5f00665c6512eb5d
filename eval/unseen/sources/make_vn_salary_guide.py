import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.join(
    os.path.dirname(__file__), "..", "corpus", "Lotus-Talent-Vietnam-Salary-Guide-2025-Property-Construction.xlsx"
)
wb = Workbook()

TEAL = PatternFill("solid", fgColor="0F6E6E")
GREY = PatternFill("solid", fgColor="EAF2F2")
WH = Font(bold=True, color="FFFFFF")
B = Font(bold=True)
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

# --- Read me
ws = wb.active
ws.title = "Read me"
lines = [
    ("Lotus Talent Vietnam – Salary Guide 2025", True),
    ("Property & Construction", True),
    ("", False),
    ("About this guide", True),
    (
        "Figures are gross monthly base salaries in VND million (triệu đồng) for permanent, full-time employees, before personal income tax and employee social insurance contributions.",
        False,
    ),
    (
        "Ranges show the typical 25th–75th percentile of offers made through Lotus Talent and data shared by client companies between July 2024 and June 2025 (412 placements and 96 participating employers).",
        False,
    ),
    (
        "Salaries exclude the 13th-month salary (Tết bonus), performance bonuses, sales commission and allowances unless stated.",
        False,
    ),
    (
        "Hà Nội and TP. Hồ Chí Minh (HCMC) are reported separately. Salaries in Đà Nẵng and Bình Dương are typically 10–15% below HCMC and are not shown.",
        False,
    ),
    ("Exchange rate used where USD is quoted by foreign-invested enterprises (FIEs): USD 1 = VND 25,400.", False),
    ("", False),
    ("Sheets", True),
    ("Construction – contractor, developer and consultancy roles on site and in project offices.", False),
    ("Real Estate – leasing, property and facility management, sales and investment roles.", False),
    ("Market notes – benefits, hiring trends and qualifications employers ask for.", False),
    ("", False),
    (
        "© 2025 Lotus Talent Vietnam Co., Ltd. | Level 12, Saigon Centre Tower, 65 Lê Lợi, Quận 1, TP. Hồ Chí Minh | lotustalent.vn",
        False,
    ),
    (
        "This guide is provided for general information only. Individual salaries depend on company type (FIE, local private, state-owned), project size, English ability and negotiation.",
        False,
    ),
]
for i, (t, bold) in enumerate(lines, start=1):
    c = ws.cell(row=i, column=1, value=t)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    if bold:
        c.font = Font(bold=True, size=14 if i <= 2 else 11, color="0F6E6E")
ws.column_dimensions["A"].width = 120

HEAD = ["Job title", "Years of experience", "Hà Nội – min", "Hà Nội – max", "HCMC – min", "HCMC – max", "Trend vs 2024"]


def sheet(name, title, rows, notes):
    s = wb.create_sheet(name)
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=13, color="0F6E6E")
    s["A2"] = "Gross monthly base salary, VND million"
    s["A2"].font = Font(italic=True)
    for j, h in enumerate(HEAD, start=1):
        c = s.cell(row=4, column=j, value=h)
        c.fill = TEAL
        c.font = WH
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, r in enumerate(rows, start=5):
        for j, v in enumerate(r, start=1):
            c = s.cell(row=i, column=j, value=v)
            c.border = BOX
            if (i % 2) == 0:
                c.fill = GREY
            if j >= 3 and j <= 6:
                c.alignment = Alignment(horizontal="center")
    n = 5 + len(rows) + 1
    for k, t in enumerate(notes):
        s.cell(row=n + k, column=1, value=t).font = Font(italic=True, size=9)
    widths = [34, 14, 12, 12, 12, 12, 16]
    for j, w in enumerate(widths):
        s.column_dimensions["ABCDEFG"[j]].width = w
    s.freeze_panes = "A5"


construction = [
    ("Construction Director", "15+", 150, 250, 170, 280, "Stable"),
    ("Project Director", "12+", 120, 180, 130, 200, "+5%"),
    ("Project Manager", "8–12", 70, 110, 80, 120, "+5%"),
    ("Design Manager", "8+", 55, 85, 60, 90, "Stable"),
    ("MEP Manager", "8+", 60, 90, 65, 100, "+8%"),
    ("Site Manager", "6–10", 45, 70, 50, 75, "+3%"),
    ("HSE Manager", "7+", 45, 65, 50, 70, "+5%"),
    ("BIM Coordinator", "3–6", 22, 35, 25, 40, "+10%"),
    ("MEP Engineer", "2–5", 18, 30, 20, 32, "+5%"),
    ("Site Engineer (Civil / Structural)", "2–5", 15, 25, 16, 28, "Stable"),
    ("HSE Officer", "1–3", 12, 18, 13, 20, "Stable"),
    ("Graduate Engineer", "0–1", 9, 12, 10, 13, "Stable"),
]
sheet(
    "Construction",
    "Construction – Contractors, Developers & Consultancies",
    construction,
    [
        "Site-based roles outside the city (e.g. industrial parks in Bắc Ninh, Long An) usually add a site allowance of VND 3–8 million per month.",
        "Foreign contractors and FIEs typically pay at or above the max of the range for candidates with strong English.",
    ],
)

realestate = [
    ("Head of Leasing", "10+", 80, 130, 90, 150, "+5%"),
    ("Development Manager", "8+", 70, 110, 80, 120, "Stable"),
    ("Investment Manager", "6+", 60, 95, 70, 110, "+5%"),
    ("Valuation Manager", "6+", 45, 70, 50, 75, "Stable"),
    ("Property Manager", "5–10", 40, 60, 45, 70, "+3%"),
    ("Leasing Manager", "5–8", 35, 55, 40, 60, "+5%"),
    ("Facility Manager", "5+", 35, 50, 38, 55, "Stable"),
    ("Marketing Manager (Real Estate)", "5+", 35, 55, 40, 60, "-5%"),
    ("Sales Executive (Residential)", "1–3", 10, 15, 12, 18, "-10%"),
]
sheet(
    "Real Estate",
    "Real Estate – Leasing, Property Management, Sales & Investment",
    realestate,
    [
        "Sales Executive figures are base salary only; residential sales staff commonly earn commission of 0.5–1.5% of transaction value on top.",
        "Residential sales hiring remained slow in H1 2025; industrial and logistics property leasing was the strongest segment.",
    ],
)

# --- Market notes
mn = wb.create_sheet("Market notes")
notes = [
    ("Topic", "Notes"),
    (
        "13th-month salary",
        "Almost all employers pay a 13th-month salary before Tết (Lunar New Year). Around 60% of developers also paid a performance bonus of 1–3 months' salary in 2025.",
    ),
    (
        "Social insurance",
        "Employers contribute 21.5% of salary (social, health and unemployment insurance); employees contribute 10.5%, up to the statutory salary cap.",
    ),
    (
        "Probation",
        "Under the Labour Code, probation can last up to 60 days for roles requiring a college degree or higher, and up to 180 days for enterprise manager roles. Probation pay must be at least 85% of the official salary.",
    ),
    (
        "Working hours",
        "Standard office hours are 8:00–17:30 Monday to Friday, with many contractors also working Saturday mornings. Site teams commonly work 6 days a week.",
    ),
    (
        "Practising certificates",
        "Site supervision, design and project management roles on public or large projects require a construction practising certificate (chứng chỉ hành nghề xây dựng) issued by the Ministry of Construction or provincial Department of Construction, graded Class I–III. Class III generally needs a relevant university degree and at least 3 years' experience.",
    ),
    (
        "In-demand skills",
        "BIM (Revit, Navisworks), MEP design for data centres and factories, LEED/EDGE green building, PMP certification, and professional English or Japanese/Korean for FDI projects.",
    ),
    (
        "Hiring trends",
        "Demand is strongest for industrial park, factory and logistics projects in the North (Bắc Ninh, Hải Phòng) and South (Bình Dương, Long An). Residential development hiring is recovering slowly.",
    ),
    (
        "Allowances",
        "Common allowances: lunch (VND 730,000–1,000,000 per month), mobile phone, transport or petrol, and a site allowance for remote projects.",
    ),
]
for i, (a, b) in enumerate(notes, start=1):
    ca = mn.cell(row=i, column=1, value=a)
    cb = mn.cell(row=i, column=2, value=b)
    ca.alignment = cb.alignment = Alignment(wrap_text=True, vertical="top")
    ca.border = cb.border = BOX
    if i == 1:
        ca.fill = cb.fill = TEAL
        ca.font = cb.font = WH
    else:
        ca.font = B
mn.column_dimensions["A"].width = 24
mn.column_dimensions["B"].width = 110

wb.save(OUT)
print("wrote", OUT)
