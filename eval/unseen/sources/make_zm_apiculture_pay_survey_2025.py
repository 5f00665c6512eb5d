# Generates: zm_apiculture_pay_survey_2025.xlsx (openpyxl)
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "zm_apiculture_pay_survey_2025.xlsx")

B = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEAD_FILL = PatternFill("solid", fgColor="F4D03F")
WRAP = Alignment(wrap_text=True, vertical="top")
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def header(ws, row, labels):
    for c, t in enumerate(labels, start=1):
        cell = ws.cell(row=row, column=c, value=t)
        cell.font = B
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        cell.border = BOX
    ws.row_dimensions[row].height = 32


def rows(ws, start, data):
    for r, line in enumerate(data, start=start):
        for c, v in enumerate(line, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = Alignment(
                wrap_text=True,
                vertical="top",
                horizontal="left" if c == 1 or isinstance(v, str) and not v.startswith("K") else "right",
            )


wb = Workbook()

# ---------------- Sheet 1: About
ws = wb.active
ws.title = "About"
ws["A1"] = "Apiculture Sector — Pay & Conditions Survey 2025"
ws["A1"].font = TITLE
ws["A2"] = "Beekeeping, honey & beeswax enterprises · Zambia"
ws["A4"] = "Survey period"
ws["B4"] = "October 2024 – March 2025 (2024/25 harvest year)"
ws["A5"] = "Responses"
ws["B5"] = "187 workers from 41 employers (commercial apiaries, cooperatives, processors, public extension service)"
ws["A6"] = "Currency"
ws["B6"] = "Zambian kwacha (K). Figures are GROSS, i.e. before PAYE, NAPSA (5%) and NHIMA (1%) deductions."
ws["A7"] = "Period"
ws["B7"] = "Per month unless the sheet says per day, per night or per hive."
ws["A8"] = "n/a"
ws["B8"] = "Fewer than 5 responses — not published."
ws["A10"] = "Sheets"
ws["B10"] = "Pay by role · By province · Day rates 2024-25 · Allowances · Careers & training"
ws["A12"] = (
    "Prepared by the Careers & Enterprise Desk, Apiculture Training Programme. Figures rounded to the nearest K50."
)
for a in ("A4", "A5", "A6", "A7", "A8", "A10"):
    ws[a].font = B
ws.column_dimensions["A"].width = 16
ws.column_dimensions["B"].width = 100

# ---------------- Sheet 2: Pay by role
ws = wb.create_sheet("Pay by role")
ws["A1"] = "Table 1. Monthly basic pay by role, permanent staff (K, gross)"
ws["A1"].font = B
header(
    ws, 3, ["Role", "Also called", "Lowest\n(K/month)", "Median\n(K/month)", "Highest\n(K/month)", "No. of\nresponses"]
)
rows(
    ws,
    4,
    [
        ["Beekeeper (permanent)", "apiary worker, hive attendant", "K2,200", "K3,050", "K4,300", 64],
        ["Senior beekeeper", "lead hand", "K3,600", "K4,450", "K5,900", 31],
        ["Queen rearer", "breeding technician", "K4,100", "K5,200", "K6,800", 9],
        ["Apiary supervisor", "site foreman", "K4,800", "K6,350", "K8,200", 22],
        ["Honey processing operator", "extraction & bottling", "K2,900", "K3,700", "K4,950", 27],
        ["Hive carpenter (workshop)", "top-bar & Langstroth hives", "K2,600", "K3,300", "K4,400", 14],
        ["Apiculture extension officer*", "forestry/agric. camp officer", "K7,450", "K8,900", "K11,300", 12],
        ["Bee farm manager", "apiary manager", "K9,500", "K13,800", "K19,500", 8],
        ["Seasonal apiary assistant", "casual", "n/a", "n/a", "n/a", 4],
    ],
)
ws["A14"] = "* Public service; salary scale of the employing ministry, plus allowances — see sheet 'Allowances'."
ws["A15"] = "Seasonal assistants are paid by the day — see sheet 'Day rates 2024-25'."
for col, w in zip("ABCDEF", (32, 30, 13, 13, 13, 11)):
    ws.column_dimensions[col].width = w

# ---------------- Sheet 3: By province
ws = wb.create_sheet("By province")
ws["A1"] = "Table 2. Median monthly pay by province (K, gross)"
ws["A1"].font = B
header(ws, 3, ["Province", "Main centre(s)", "Beekeeper\n(permanent)", "Apiary\nsupervisor"])
rows(
    ws,
    4,
    [
        ["North-Western", "Solwezi, Kabompo, Mwinilunga", "K3,150", "K6,500"],
        ["Copperbelt", "Ndola, Kitwe", "K3,400", "K6,900"],
        ["Lusaka", "Lusaka, Chongwe", "K3,900", "K7,200"],
        ["Central", "Kabwe, Serenje", "K2,950", "K6,100"],
        ["Northern", "Kasama, Mbala", "K2,750", "K5,800"],
        ["Muchinga", "Chinsali, Mpika", "K2,700", "K5,750"],
        ["Luapula", "Mansa, Samfya", "K2,600", "K5,600"],
        ["Eastern", "Chipata, Petauke", "K2,850", "K5,900"],
        ["Southern", "Choma, Livingstone", "K3,000", "K6,000"],
        ["Western", "Mongu, Kaoma", "K2,450", "n/a"],
    ],
)
ws["A15"] = "Province medians are for permanent staff only; seasonal and casual workers excluded."
for col, w in zip("ABCD", (18, 30, 14, 14)):
    ws.column_dimensions[col].width = w

# ---------------- Sheet 4: Day rates
ws = wb.create_sheet("Day rates 2024-25")
ws["A1"] = "Table 3. Casual and seasonal rates, harvest seasons May–Jul and Oct–Dec (K, gross)"
ws["A1"].font = B
header(ws, 3, ["Task", "Rate", "Unit", "Notes"])
rows(
    ws,
    4,
    [
        ["Honey harvesting crew", "K160", "per night", "night work, usually 22:00–04:00; smoker & suit provided"],
        ["Seasonal apiary assistant (general work)", "K90", "per day", "meals not included"],
        ["Hive baiting and hanging", "K95", "per day", "climbing allowance where trees > 6 m"],
        ["Wax rendering and moulding", "K110", "per day", ""],
        ["Honey pressing & bottling (casual)", "K100", "per day", "processors in Lusaka & Copperbelt pay up to K130"],
        ["Top-bar hive construction", "K85", "per hive", "piece rate, timber supplied by employer"],
    ],
)
for col, w in zip("ABCD", (40, 10, 12, 60)):
    ws.column_dimensions[col].width = w

# ---------------- Sheet 5: Allowances
ws = wb.create_sheet("Allowances")
ws["A1"] = "Table 4. Allowances reported by employers"
ws["A1"].font = B
header(ws, 3, ["Allowance", "Typical amount", "Who gets it", "% of employers\npaying it"])
rows(
    ws,
    4,
    [
        ["Bicycle allowance", "K250 per month", "beekeepers on forest apiaries", "38%"],
        ["Motorbike fuel", "K900 per month", "supervisors, extension officers", "27%"],
        ["Harvest-night lunch allowance", "K45 per night", "harvest crews", "61%"],
        ["Housing allowance", "20% of basic pay", "public extension officers", "—"],
        ["Rural hardship allowance", "K600 per month", "public extension officers in remote camps", "—"],
        ["Protective clothing (suit, veil, gloves, boots)", "provided in kind", "all field staff", "91%"],
    ],
)
for col, w in zip("ABCD", (42, 20, 40, 16)):
    ws.column_dimensions[col].width = w

# ---------------- Sheet 6: Careers & training
ws = wb.create_sheet("Careers & training")
ws["A1"] = "Getting into beekeeping work"
ws["A1"].font = B
notes = [
    (
        "Entry level",
        "No formal qualification is needed to start. Most beekeepers start as seasonal assistants during "
        "the May–July and October–December harvests and are taken on permanently after two seasons.",
    ),
    (
        "Certificate",
        "Certificate in Apiculture, 1 year full-time (TEVETA-accredited), covering colony management, "
        "hive making, honey hygiene and bee health. School certificate with a pass in Science or "
        "Agricultural Science required.",
    ),
    (
        "Extension officer",
        "Needs a Diploma in Agriculture or Forestry and a short course in apiculture; recruited "
        "through the public service commission.",
    ),
    (
        "Queen rearing",
        "Usually senior beekeepers who have completed a 3-week queen-rearing course and worked at least two seasons.",
    ),
    (
        "How to apply",
        "Cooperatives and commercial apiaries recruit for the season in March–April and August. "
        "Take a copy of your NRC and any certificate to the cooperative office or the district "
        "forestry office; some employers ask you to show you are not allergic to stings.",
    ),
]
for r, (k, v) in enumerate(notes, start=3):
    ws.cell(row=r, column=1, value=k).font = B
    c = ws.cell(row=r, column=2, value=v)
    c.alignment = WRAP
ws.column_dimensions["A"].width = 20
ws.column_dimensions["B"].width = 110

wb.save(OUT)
print("wrote", OUT)
