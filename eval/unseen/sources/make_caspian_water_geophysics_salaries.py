"""Generates the water & geophysics salary review workbook (openpyxl), several sheets."""

import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "CTP_Su-ve-Geofizika_Maas_Icmali_2024.xlsx")

wb = Workbook()
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13, color="0B4F6C")
HDR_FILL = PatternFill("solid", fgColor="CFE8F3")
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP_C = Alignment(horizontal="center", vertical="center", wrap_text=True)
NUM = "#,##0"


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def hdr(ws, row, col, text):
    c = ws.cell(row=row, column=col, value=text)
    c.font = BOLD
    c.fill = HDR_FILL
    c.alignment = WRAP_C
    c.border = BOX
    return c


def body(ws, row, col, value, num=False):
    c = ws.cell(row=row, column=col, value=value)
    c.border = BOX
    if num:
        c.number_format = NUM
        c.alignment = Alignment(horizontal="right")
    return c


# ---------------------------------------------------------------- Xülasə
ws = wb.active
ws.title = "Xülasə - Summary"
ws["A1"] = "Su ehtiyatları və geofizika: əmək haqqı icmalı 2024"
ws["A1"].font = TITLE
ws["A2"] = "Water Resources & Geophysics – Salary Review 2024"
ws["A2"].font = Font(italic=True, size=11)
ws["A3"] = "Caspian Talent Partners · Bakı · hazırlanıb / prepared: fevral 2025"
ws["A5"] = "Bütün məbləğlər AZN ilə, aylıq, hesablanmış (vergi və DSMF tutulmadan əvvəl)."
ws["A6"] = "All amounts in AZN (₼) per month, gross – before income tax and DSMF social insurance."
ws["A8"] = "Vərəqlər / Sheets"
ws["A8"].font = BOLD
sheets_list = [
    ("Hidrologiya", "Hydrologists by experience level and employer type"),
    ("Seysmologiya", "Seismologists – research-centre posts, base pay and supplements"),
    ("Regionlar", "Hydrologists (3–5 yrs) by city / region"),
    ("Əlavələr", "Allowances, per diem and bonuses"),
    ("Qeydlər - Notes", "Method, career path, how to apply"),
]
r = 9
for name, desc in sheets_list:
    ws.cell(row=r, column=1, value=name)
    ws.cell(row=r, column=2, value=desc)
    r += 1
r += 1
hdr(ws, r, 1, "Peşə\nOccupation")
hdr(ws, r, 2, "Median (AZN/ay)\nMedian (AZN/month)")
hdr(ws, r, 3, "Cavab sayı\nResponses (n)")
ws.row_dimensions[r].height = 32
for occ, med, n in [("Hidroloq / Hydrologist", 1050, 142), ("Seysmoloq / Seismologist", 930, 38)]:
    r += 1
    body(ws, r, 1, occ)
    body(ws, r, 2, med, num=True)
    body(ws, r, 3, n, num=True)
widths(ws, [34, 62, 16])

# ---------------------------------------------------------------- Hidrologiya
ws = wb.create_sheet("Hidrologiya")
ws["A1"] = "Cədvəl 1. Hidroloq – təcrübə səviyyəsi və işəgötürən növü üzrə aylıq əmək haqqı (AZN, hesablanmış)"
ws["A1"].font = BOLD
ws["A2"] = "Table 1. Hydrologist – monthly gross pay by experience level and employer type (AZN)"
ws["A2"].font = Font(italic=True)
# two-row header with merged groups
ws.merge_cells("A4:A5")
hdr(ws, 4, 1, "Səviyyə\nLevel")
ws.merge_cells("B4:D4")
hdr(ws, 4, 2, "Dövlət sektoru / Public sector")
for col in (3, 4):
    ws.cell(row=4, column=col).border = BOX
ws.merge_cells("E4:F4")
hdr(ws, 4, 5, "Özəl və beynəlxalq / Private & international")
ws.cell(row=4, column=6).border = BOX
for col, t in enumerate(
    [
        "Dövlət agentliyi\nState agency",
        "Su təchizatı ASC\nWater utility (OJSC)",
        "AMEA institutu\nANAS research institute",
        "Mühəndis-məsləhət şirkəti\nEngineering consultancy",
        "BMT / MTİ layihəsi\nUN / IFI-funded project",
    ],
    start=2,
):
    hdr(ws, 5, col, t)
ws.row_dimensions[5].height = 44
hyd = [
    ("Kiçik mütəxəssis / Junior (0–2 il)", 650, 720, 560, 1100, 1600),
    ("Mütəxəssis / Specialist (3–5 il)", 850, 940, 730, 1500, 2200),
    ("Aparıcı mütəxəssis / Senior (6–10 il)", 1100, 1250, 950, 2100, 3000),
    ("Baş mütəxəssis / Lead (11+ il)", 1400, 1600, 1250, 2800, 3900),
]
for i, row in enumerate(hyd, start=6):
    body(ws, i, 1, row[0])
    for j, v in enumerate(row[1:], start=2):
        body(ws, i, j, v, num=True)
ws["A11"] = "il = years of experience. MTİ = beynəlxalq maliyyə təşkilatı (international financial institution)."
ws["A11"].font = Font(italic=True, size=9)
ws["A12"] = (
    "* Layihə məbləğləri müqavilə müddətində sabitdir (adətən 12–36 ay). / Project salaries are fixed for the "
    "contract term (usually 12–36 months)."
)
ws["A12"].font = Font(italic=True, size=9)
widths(ws, [38, 18, 20, 20, 22, 20])

# ---------------------------------------------------------------- Seysmologiya
ws = wb.create_sheet("Seysmologiya")
ws["A1"] = "Cədvəl 2. Seysmoloji xidmət və elmi-tədqiqat mərkəzləri – vəzifə maaşları 2024 (AZN/ay)"
ws["A1"].font = BOLD
ws["A2"] = "Table 2. Seismic survey and research centres – salaries by post, 2024 (AZN per month, gross)"
ws["A2"].font = Font(italic=True)
cols = [
    "Vəzifə\nPost",
    "Vəzifə maaşı\nBase salary",
    "Elmi dərəcəyə görə əlavə\nAcademic-degree supplement ¹",
    "Stansiya əlavəsi\nField-station allowance ²",
]
for c, t in enumerate(cols, start=1):
    hdr(ws, 4, c, t)
ws.row_dimensions[4].height = 44
seis = [
    ("Laborant / Laboratory assistant", 480, "–", 120),
    ("Kiçik elmi işçi / Junior researcher", 620, "–", 150),
    ("Elmi işçi / Researcher", 780, 150, 150),
    ("Böyük elmi işçi / Senior researcher", 960, 200, 180),
    ("Aparıcı elmi işçi / Leading researcher", 1150, 250, 180),
    ("Şöbə müdiri / Head of department", 1420, 300, 200),
]
for i, row in enumerate(seis, start=5):
    body(ws, i, 1, row[0])
    for j, v in enumerate(row[1:], start=2):
        body(ws, i, j, v, num=isinstance(v, int))
ws["A12"] = "¹ Fəlsəfə doktoru və ya elmlər doktoru dərəcəsi olanlara. / Paid to holders of a doctoral degree."
ws["A13"] = (
    "² Uzaq seysmik stansiyalarda (Şamaxı, Quba, Lerik və s.) növbə ilə işləyənlərə. / For staff rotating "
    "to remote seismic stations (Shamakhi, Guba, Lerik etc.)."
)
for a in ("A12", "A13"):
    ws[a].font = Font(italic=True, size=9)
widths(ws, [40, 16, 26, 24])

# ---------------------------------------------------------------- Regionlar
ws = wb.create_sheet("Regionlar")
ws["A1"] = "Cədvəl 3. Hidroloq (3–5 il təcrübə) – şəhər / region üzrə orta aylıq əmək haqqı, 2024"
ws["A1"].font = BOLD
ws["A2"] = "Table 3. Hydrologist (3–5 years) – average monthly gross pay by city / region, 2024"
ws["A2"].font = Font(italic=True)
for c, t in enumerate(
    [
        "Şəhər / region\nCity / region",
        "Orta maaş (AZN/ay)\nAverage pay (AZN/month)",
        "Elan sayı 2024\nVacancies advertised 2024",
        "Əsas işəgötürənlər\nMain employers",
    ],
    start=1,
):
    hdr(ws, 4, c, t)
ws.row_dimensions[4].height = 44
reg = [
    ("Bakı", 1050, 64, "Dövlət agentliyi, Su təchizatı ASC, məsləhət şirkətləri"),
    ("Sumqayıt", 900, 11, "Su təchizatı ASC, sənaye parkı"),
    ("Gəncə", 820, 9, "Meliorasiya idarəsi, Su təchizatı ASC"),
    ("Mingəçevir", 880, 7, "Su anbarı istismarı, Meliorasiya idarəsi"),
    ("Şirvan", 780, 5, "Kür hövzə idarəsi"),
    ("Lənkəran", 760, 4, "Meliorasiya idarəsi"),
    ("Şəki", 740, 3, "Meliorasiya idarəsi, sel monitorinqi"),
    ("Naxçıvan", 800, 4, "Su ehtiyatları idarəsi"),
    ("Quba", 710, 3, "Sel və daşqın monitorinqi"),
]
for i, row in enumerate(reg, start=5):
    for j, v in enumerate(row, start=1):
        body(ws, i, j, v, num=isinstance(v, int))
ws["A15"] = "Mənbə: CTP sorğusu (n = 142) və açıq vakansiya elanları, yanvar–dekabr 2024."
ws["A15"].font = Font(italic=True, size=9)
widths(ws, [20, 24, 22, 52])

# ---------------------------------------------------------------- Əlavələr
ws = wb.create_sheet("Əlavələr")
ws["A1"] = "Əlavələr və mükafatlar / Allowances and bonuses"
ws["A1"].font = BOLD
for c, t in enumerate(["Növ\nType", "Məbləğ\nAmount", "Vahid\nUnit", "Qeyd\nNote"], start=1):
    hdr(ws, 3, c, t)
ws.row_dimensions[3].height = 32
allow = [
    (
        "Ölkədaxili ezamiyyət gündəliyi / Domestic field per diem",
        25,
        "AZN/gün (per day)",
        "Çöl ölçmələri, hidroposta səfərlər",
    ),
    (
        "Dağ stansiyası əlavəsi / High-mountain station supplement",
        "20%",
        "vəzifə maaşından (of base salary)",
        "1 500 m-dən yuxarı postlar",
    ),
    ("Sel mövsümü növbətçiliyi / Flood-season standby", 15, "AZN/növbə (per shift)", "aprel–iyun"),
    ("İllik mükafat / Annual bonus (private)", "1–2", "aylıq maaş (monthly salaries)", "yalnız özəl sektor"),
    (
        "Nəqliyyat kompensasiyası / Transport compensation",
        40,
        "AZN/ay (per month)",
        "dövlət agentlikləri, Bakıdan kənar",
    ),
]
for i, row in enumerate(allow, start=4):
    for j, v in enumerate(row, start=1):
        body(ws, i, j, v, num=isinstance(v, int))
widths(ws, [52, 12, 30, 36])

# ---------------------------------------------------------------- Qeydlər
ws = wb.create_sheet("Qeydlər - Notes")
notes = [
    ("Metodologiya / Method", True),
    ("Məlumatlar 2024-cü ildə 180 mütəxəssisin anonim sorğusu və 110 vakansiya elanı əsasında toplanıb.", False),
    ("Based on an anonymous survey of 180 professionals and 110 job adverts during 2024.", False),
    ("", False),
    ("Karyera yolu / Career path", True),
    (
        "Hydrologists normally hold a bachelor's degree in hydrology or water resources (geography faculties) or in "
        "hydraulic engineering; a master's degree is expected for ANAS research posts.",
        False,
    ),
    (
        "Typical path: junior hydrologist at a hydrological post or utility → specialist → senior / team lead → "
        "project manager on donor-funded water projects.",
        False,
    ),
    (
        "Seismologists usually come from physics, geophysics or applied mathematics; most start as laboratory "
        "assistants or junior researchers at the seismic survey centre and rotate to remote stations.",
        False,
    ),
    ("", False),
    ("Necə müraciət etməli / How to apply", True),
    ("Dövlət qurumlarında vəzifələr açıq müsabiqə yolu ilə tutulur (test + müsahibə).", False),
    (
        "State-agency posts are filled by open competition (written test + interview); utilities and consultancies "
        "recruit directly, often through LinkedIn and job boards. English at B2 level is usually required for "
        "IFI-funded projects.",
        False,
    ),
    ("", False),
    (
        "Qısaltmalar / Abbreviations: AMEA = Azərbaycan Milli Elmlər Akademiyası (ANAS); ASC = açıq səhmdar cəmiyyəti "
        "(OJSC); DSMF = Dövlət Sosial Müdafiə Fondu; MTİ = international financial institution.",
        False,
    ),
]
for i, (t, b) in enumerate(notes, start=1):
    c = ws.cell(row=i, column=1, value=t)
    if b:
        c.font = BOLD
ws.column_dimensions["A"].width = 140

wb.save(OUT)
print("wrote", OUT)
