"""Generate Caspian Workforce Solutions' 2025 day-rate survey for onshore oil & gas, Western Kazakhstan (XLSX).

Amounts are stored as text in the local format (space as thousands separator), as exported from the agency's
payroll system.
"""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = Path(__file__).resolve().parent.parent / "corpus" / "CWS_Day-Rate-Survey-2025_Oil-Gas_Western-Kazakhstan.xlsx"

HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
HEAD_FONT = Font(bold=True, color="FFFFFF")
TITLE_FONT = Font(bold=True, size=14, color="1F4E78")
THIN = Side(style="thin", color="A6A6A6")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def write_table(ws, start_row, header, rows, widths=None):
    for j, h in enumerate(header, start=1):
        c = ws.cell(row=start_row, column=j, value=h)
        c.fill = HEAD_FILL
        c.font = HEAD_FONT
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    for i, r in enumerate(rows, start=start_row + 1):
        for j, v in enumerate(r, start=1):
            c = ws.cell(row=i, column=j, value=v)
            c.alignment = WRAP
            c.border = BORDER
    if widths:
        for j, w in enumerate(widths, start=1):
            ws.column_dimensions[chr(64 + j)].width = w


wb = Workbook()

# ---------------------------------------------------------------- About
ws = wb.active
ws.title = "About"
lines = [
    ("Caspian Workforce Solutions LLP (ТОО «Caspian Workforce Solutions»)", TITLE_FONT),
    ("Day-Rate Survey 2025 – Onshore Oil & Gas Operations, Western Kazakhstan", Font(bold=True, size=12)),
    ("", None),
    ("Published: 20.01.2025", None),
    ("Survey period: 01.10.2024 – 15.12.2024", None),
    (
        "Sample: 38 employers (operators, drilling contractors and oilfield service companies) covering 4 612 "
        "field employees in Atyrau, Mangystau and West Kazakhstan regions.",
        None,
    ),
    ("", None),
    ("How to read this file", Font(bold=True)),
    (
        "1. Rates are gross day rates in Kazakhstani tenge (₸) per 12-hour shift worked on site, before individual "
        "income tax (10%), mandatory pension contributions (OPV, 10%) and compulsory social health insurance "
        "(VOSMS, 2%).",
        None,
    ),
    ("2. Figures are medians for national (local-hire) staff. Expatriate packages are excluded.", None),
    (
        "3. 'Razryad' is the worker's qualification grade under the Unified Tariff and Qualification Handbook "
        "(ETKS), from 1 (lowest) to 6 (highest).",
        None,
    ),
    (
        "4. Rotation ('vakhta') 28/28 = 28 days on site followed by 28 days off; 14/14 = 14 on / 14 off. "
        "Earnings per hitch = day rate × number of shifts in one hitch (Atyrau rates), excluding allowances.",
        None,
    ),
    ("5. Minimum monthly wage (MZP) in the Republic of Kazakhstan for 2025: 85 000 ₸.", None),
    (
        "6. Allowances and premiums are listed on the 'Allowances' sheet; entry requirements on 'Entry & training'.",
        None,
    ),
    ("", None),
    (
        "For reference only. Individual offers depend on the employer, the field, experience and certificates held.",
        Font(italic=True),
    ),
    ("Contact: survey@caspianworkforce.kz · +7 7122 45 18 60 · Atyrau, Satpayev Ave. 17A, office 304", None),
]
for i, (txt, font) in enumerate(lines, start=1):
    c = ws.cell(row=i, column=1, value=txt)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    if font:
        c.font = font
ws.column_dimensions["A"].width = 120

# ---------------------------------------------------------------- Day rates
ws = wb.create_sheet("Day rates 2025")
ws["A1"] = "Table 1. Median day rates by position and region, 2025 (₸ per 12-hour shift, gross)"
ws["A1"].font = Font(bold=True, size=12, color="1F4E78")
header = [
    "Code",
    "Position",
    "Title (RU)",
    "Razryad",
    "Atyrau region",
    "Mangystau region",
    "West Kazakhstan region",
    "Rotation",
    "Earnings per hitch, Atyrau (₸)",
]
rows = [
    ["DR-01", "Roustabout", "Разнорабочий буровой бригады", "3", "16 000", "17 500", "15 000", "28/28", "448 000"],
    [
        "DR-02",
        "Floorman (roughneck)",
        "Помощник бурильщика (3-й помощник)",
        "4",
        "21 000",
        "23 000",
        "19 500",
        "28/28",
        "588 000",
    ],
    ["DR-03", "Derrickman", "Помощник бурильщика (верховой)", "5", "27 500", "29 000", "25 500", "28/28", "770 000"],
    [
        "DR-04",
        "Assistant driller",
        "Помощник бурильщика (1-й помощник)",
        "5",
        "34 000",
        "36 500",
        "31 000",
        "28/28",
        "952 000",
    ],
    [
        "DR-05",
        "Driller",
        "Бурильщик эксплуатационных и разведочных скважин",
        "6",
        "52 000",
        "55 000",
        "47 000",
        "28/28",
        "1 456 000",
    ],
    [
        "PR-01",
        "Oil & gas production operator",
        "Оператор по добыче нефти и газа",
        "4",
        "19 000",
        "20 500",
        "18 000",
        "14/14",
        "266 000",
    ],
    [
        "PR-02",
        "Oil & gas production operator (senior)",
        "Оператор по добыче нефти и газа",
        "6",
        "26 000",
        "27 500",
        "24 000",
        "14/14",
        "364 000",
    ],
    [
        "MT-01",
        "Instrumentation & controls technician (KIPiA)",
        "Слесарь КИПиА",
        "5",
        "29 500",
        "31 000",
        "27 000",
        "14/14",
        "413 000",
    ],
    ["MT-02", "Mobile crane operator", "Машинист автокрана", "5", "24 000", "25 500", "22 500", "28/28", "672 000"],
    [
        "HS-01",
        "HSE specialist",
        "Специалист по охране труда и ТБ",
        "–",
        "38 000",
        "40 000",
        "35 000",
        "28/28",
        "1 064 000",
    ],
    ["CS-01", "Camp cook", "Повар вахтового посёлка", "4", "14 500", "15 500", "13 500", "28/28", "406 000"],
]
write_table(ws, 3, header, rows, widths=[8, 34, 34, 9, 13, 13, 15, 10, 18])
n = 3 + len(rows) + 2
ws.cell(
    row=n,
    column=1,
    value="Notes: Atyrau region includes Tengiz-area and Kulsary sites; Mangystau region "
    "includes Aktau, Zhanaozen and Kalamkas; West Kazakhstan region covers Aksai (Karachaganak area). "
    "Mangystau rates are highest because of remoteness and the shortage of experienced drilling crews.",
)
ws.cell(row=n + 1, column=1, value="Source: CWS Day-Rate Survey 2025, n = 38 employers.")
for r in (n, n + 1):
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)

# ---------------------------------------------------------------- Allowances
ws = wb.create_sheet("Allowances")
ws["A1"] = "Table 2. Allowances and premiums commonly paid on top of the day rate (2025)"
ws["A1"].font = Font(bold=True, size=12, color="1F4E78")
header = ["Item", "Typical amount / rule", "Comment"]
rows = [
    [
        "Rotation (vakhta) allowance",
        "4 500 ₸ per day on site",
        "Paid for every calendar day spent at the field, including days off within the hitch.",
    ],
    [
        "Night work (22:00–06:00)",
        "not less than 1.5 × the hourly rate",
        "Labour Code of the Republic of Kazakhstan, Art. 108.",
    ],
    [
        "Overtime",
        "not less than 1.5 × the hourly rate",
        "Labour Code, Art. 108. Limited to 12 hours per month for most field roles.",
    ],
    ["Work on public holidays", "not less than 1.5 × the hourly rate", "Or an additional day off by agreement."],
    [
        "Travel days",
        "100% of the day rate",
        "For days spent travelling between the assembly point (Atyrau or Aktau) and the site.",
    ],
    [
        "Annual bonus ('13th salary')",
        "1 to 2 months' average earnings",
        "Common at operators and joint ventures; less common at service contractors.",
    ],
    ["Meals and accommodation", "provided free on site", "Camp accommodation, three meals a day, laundry."],
    [
        "Additional annual leave for harmful working conditions",
        "6 calendar days",
        "On top of the statutory 24 calendar days of paid annual leave.",
    ],
]
write_table(ws, 3, header, rows, widths=[40, 36, 70])

# ---------------------------------------------------------------- Entry & training
ws = wb.create_sheet("Entry & training")
ws["A1"] = "Table 3. Typical entry requirements and progression"
ws["A1"].font = Font(bold=True, size=12, color="1F4E78")
header = [
    "Position",
    "Minimum education",
    "Experience usually required",
    "Mandatory certificates",
    "Typical time from entry",
]
rows = [
    [
        "Roustabout",
        "General secondary education; TVET (college) diploma preferred",
        "None",
        "H2S awareness, first aid, fire-safety minimum",
        "Entry level",
    ],
    [
        "Floorman (roughneck)",
        "TVET diploma 'Drilling of oil and gas wells'",
        "1 year as roustabout",
        "H2S, work at height",
        "1–2 years",
    ],
    ["Derrickman", "TVET diploma", "3 years on a drilling crew", "H2S, work at height", "3–4 years"],
    [
        "Assistant driller",
        "TVET diploma or higher",
        "5 years on a drilling crew",
        "IWCF Well Control Level 2",
        "5–6 years",
    ],
    [
        "Driller",
        "TVET diploma or bachelor's degree in petroleum engineering",
        "8 years, incl. 2 as assistant driller",
        "IWCF Well Control Level 3",
        "7–10 years",
    ],
    [
        "Oil & gas production operator",
        "TVET diploma 'Oil and gas production operator'",
        "0–2 years",
        "H2S, gas-hazardous work permit",
        "Entry level (razryad 3–4)",
    ],
    [
        "Instrumentation & controls technician (KIPiA)",
        "TVET diploma in instrumentation and automation",
        "2 years",
        "Electrical safety group III or higher",
        "2–3 years",
    ],
    [
        "Mobile crane operator",
        "Crane operator certificate from a licensed training centre",
        "2 years",
        "Crane operator licence, slinger certificate",
        "2–3 years",
    ],
    [
        "HSE specialist",
        "Bachelor's degree (occupational safety or engineering)",
        "3 years",
        "NEBOSH IGC preferred",
        "3–5 years",
    ],
    ["Camp cook", "Culinary college certificate", "2 years", "Personal medical book (sanitary book)", "Entry level"],
]
write_table(ws, 3, header, rows, widths=[40, 45, 30, 40, 22])
n = 3 + len(rows) + 2
notes = [
    "General conditions: shifts are 12 hours (07:00–19:00 or 19:00–07:00). All field staff pass a pre-employment "
    "medical examination and a pre-shift medical check every day.",
    "Language: Russian is the working language on most sites; Kazakh is an advantage. Joint-venture operators "
    "usually require intermediate English for supervisors and HSE staff.",
    "Most employers offer a probation period of up to 3 months. Entry-level hires are trained on site by the "
    "crew and typically attend a 2-week induction at the employer's training centre in Atyrau or Aktau.",
]
for k, t in enumerate(notes):
    c = ws.cell(row=n + k, column=1, value=t)
    c.font = Font(italic=True, size=9)

OUT.parent.mkdir(parents=True, exist_ok=True)
wb.save(OUT)
print("wrote", OUT)
