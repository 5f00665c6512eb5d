"""Czech recruiter's brewing & malting salary survey 2025 (bilingual CZ/EN workbook)."""

import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus", "Pruzkum_mezd_pivovarnictvi_2025.xlsx")

wb = Workbook()
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="E8C468")
SUB_FILL = PatternFill("solid", fgColor="F6E7B8")
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def put_table(ws, start_row, rows, header_rows=1):
    for r_i, r in enumerate(rows):
        for c_i, v in enumerate(r):
            if v is None:
                continue
            c = ws.cell(row=start_row + r_i, column=1 + c_i, value=v)
            c.border = BOX
            c.alignment = WRAP
            if r_i < header_rows:
                c.font = BOLD
                c.fill = HEAD_FILL
    return start_row + len(rows)


# ---------------- Sheet 1: Úvod ----------------
ws = wb.active
ws.title = "Úvod"
widths(ws, [110])
lines = [
    ("Průzkum mezd v pivovarnictví a sladovnictví 2025", Font(bold=True, size=14)),
    ("Brewing & Malting Salary Survey 2025 – Czech Republic", Font(bold=True, size=12)),
    ("Chmel & Partneři Recruitment s.r.o., Plzeň  |  IČO 07412583  |  www.chmelpartneri.cz", Font(italic=True)),
    ("", None),
    ("O průzkumu / About the survey", BOLD),
    (
        "Data byla sebrána v lednu až březnu 2025 od 412 zaměstnanců a 37 pivovarů a sladoven v ČR. "
        "Data were collected from January to March 2025 from 412 employees at 37 breweries and malt houses in the Czech Republic.",
        None,
    ),
    (
        "Všechny částky jsou hrubé měsíční mzdy v Kč (hrubá mzda), bez 13. platu a bez pivního deputátu. "
        "All amounts are gross monthly salaries in CZK, excluding the 13th-month salary and the beer allowance.",
        None,
    ),
    (
        "Medián = prostřední hodnota; 1. kvartil = 25 % respondentů má méně; 3. kvartil = 75 % respondentů má méně. "
        "Median = middle value; lower quartile = 25% earn less; upper quartile = 75% earn less.",
        None,
    ),
    (
        "Pozice s méně než 10 respondenty nejsou uvedeny (n < 10). Positions with fewer than 10 respondents are not shown.",
        None,
    ),
    ("", None),
    (
        "Listy / Sheets: Pozice (by position) · Kraje (by region) · Velikost pivovaru (by brewery size) · Benefity · Vzdělání a kariéra",
        None,
    ),
    ("", None),
    (
        "© 2025 Chmel & Partneři Recruitment s.r.o. Šíření pouze se souhlasem autora. Redistribution only with permission.",
        Font(italic=True, size=8),
    ),
]
for i, (t, f) in enumerate(lines, 1):
    c = ws.cell(row=i, column=1, value=t)
    c.alignment = WRAP
    if f:
        c.font = f

# ---------------- Sheet 2: Pozice ----------------
ws = wb.create_sheet("Pozice")
widths(ws, [34, 36, 14, 14, 14, 16, 8])
ws["A1"] = (
    "Tabulka 1 – Hrubá měsíční mzda podle pozice, 2025 (Kč) / Table 1 – Gross monthly salary by position, 2025 (CZK)"
)
ws["A1"].font = Font(bold=True, size=12)
ws.merge_cells("A1:G1")
# two-row merged header
ws.merge_cells("A3:A4")
ws.merge_cells("B3:B4")
ws.merge_cells("C3:E3")
ws.merge_cells("F3:F4")
ws.merge_cells("G3:G4")
hdr = {
    "A3": "Pozice",
    "B3": "Position (EN)",
    "C3": "Hrubá mzda měsíčně (Kč) / Gross monthly (CZK)",
    "C4": "1. kvartil",
    "D4": "Medián",
    "E4": "3. kvartil",
    "F3": "Změna mediánu vs. 2024",
    "G3": "n",
}
for k, v in hdr.items():
    ws[k] = v
for row in ws["A3:G4"]:
    for c in row:
        c.font = BOLD
        c.fill = HEAD_FILL
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")

positions = [
    ("VÝROBA / PRODUCTION", None),
    ("Vedoucí výroby", "Production manager", "70 000", "85 000", "105 000", "+4,9 %", 14),
    ("Sládek", "Head brewer", "62 000", "74 500", "92 000", "+6,1 %", 33),
    ("Pivovarský technolog", "Brewing technologist", "45 000", "52 300", "61 500", "+5,2 %", 21),
    ("Podsládek", "Assistant brewer", "41 000", "47 800", "55 000", "+5,5 %", 41),
    ("Sklepmistr", "Cellar master", "40 500", "45 900", "51 000", "+4,3 %", 27),
    ("Sladovník", "Maltster", "34 500", "39 200", "44 000", "+3,7 %", 24),
    ("Pivovarník (vyučený)", "Brewery worker (qualified)", "31 500", "36 100", "40 200", "+4,0 %", 58),
    ("BALENÍ A KVALITA / PACKAGING & QUALITY", None),
    ("Obsluha stáčecí linky", "Bottling & canning line operator", "31 000", "35 400", "39 800", "+3,2 %", 66),
    ("Laborant/ka kontroly kvality", "QC laboratory technician", "33 500", "38 100", "43 000", "+4,6 %", 29),
    ("Údržbář – elektro", "Maintenance technician (electrical)", "39 000", "44 600", "50 500", "+6,8 %", 31),
    ("OBCHOD / SALES", None),
    ("Obchodní zástupce (gastro)", "Sales representative (on-trade)", "42 000", "49 900", "60 000", "+2,9 %", 35),
    (
        "Pivní sommelier / vedoucí návštěvnického centra",
        "Beer sommelier / visitor centre lead",
        "36 000",
        "41 300",
        "47 500",
        "n/a*",
        12,
    ),
]
r = 5
for p in positions:
    if p[1] is None:
        ws.cell(row=r, column=1, value=p[0]).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).fill = SUB_FILL
    else:
        for ci, v in enumerate(p, 1):
            c = ws.cell(row=r, column=ci, value=v)
            c.border = BOX
            if ci >= 3:
                c.alignment = Alignment(horizontal="right")
    r += 1
r += 1
ws.cell(
    row=r, column=1, value="* Pozice poprvé sledována v roce 2025. / * Position surveyed for the first time in 2025."
).font = Font(italic=True, size=9)
ws.cell(
    row=r + 1, column=1, value="Zdroj: Chmel & Partneři, průzkum mezd 2025, n = 412. Částky zaokrouhleny na 100 Kč."
).font = Font(italic=True, size=9)

# ---------------- Sheet 3: Kraje ----------------
ws = wb.create_sheet("Kraje")
widths(ws, [26, 18, 22, 26, 40])
ws["A1"] = (
    "Tabulka 2 – Medián hrubé měsíční mzdy podle kraje (Kč) / Table 2 – Median gross monthly salary by region (CZK)"
)
ws["A1"].font = Font(bold=True, size=12)
ws.merge_cells("A1:E1")
rows = [
    [
        "Kraj / Region",
        "Sládek / Head brewer",
        "Podsládek / Assistant brewer",
        "Obsluha stáčecí linky / Line operator",
        "Poznámka / Note",
    ],
    ["Praha", "86 000", "53 400", "39 900", "Nejvyšší mzdy, ale i nájmy / highest pay, highest rents"],
    ["Středočeský kraj", "75 600", "48 900", "36 200", ""],
    ["Plzeňský kraj", "78 500", "49 700", "37 100", "Velké průmyslové pivovary / large industrial breweries"],
    ["Jihočeský kraj", "71 000", "46 200", "34 600", ""],
    ["Jihomoravský kraj", "73 200", "47 100", "35 000", ""],
    ["Olomoucký kraj", "68 400", "44 800", "33 300", ""],
    ["Moravskoslezský kraj", "69 800", "45 300", "33 900", ""],
    ["Celá ČR / Czech Republic", "74 500", "47 800", "35 400", "= Tabulka 1"],
]
end = put_table(ws, 3, rows)
ws.cell(
    row=end + 1,
    column=1,
    value="Ostatní kraje: n < 10, neuvedeno. Other regions: fewer than 10 respondents, not shown.",
).font = Font(italic=True, size=9)

# ---------------- Sheet 4: Velikost pivovaru ----------------
ws = wb.create_sheet("Velikost pivovaru")
widths(ws, [42, 22, 22, 22])
ws["A1"] = (
    "Tabulka 3 – Medián podle velikosti pivovaru (roční výstav) / Table 3 – Median by brewery size (annual output)"
)
ws["A1"].font = Font(bold=True, size=12)
ws.merge_cells("A1:D1")
rows = [
    [
        "Pozice / Position",
        "Minipivovar (do 10 000 hl)",
        "Regionální (10 000–500 000 hl)",
        "Průmyslový (nad 500 000 hl)",
    ],
    ["Sládek / Head brewer", "58 000", "72 900", "96 500"],
    ["Podsládek / Assistant brewer", "39 500", "46 800", "54 200"],
    ["Pivovarník (vyučený) / Brewery worker", "32 000", "35 700", "39 600"],
    ["Obsluha stáčecí linky / Line operator", "–", "34 100", "38 300"],
]
end = put_table(ws, 3, rows)
ws.cell(
    row=end + 1,
    column=1,
    value="hl = hektolitr (100 litrů). Minipivovary obvykle nemají samostatnou stáčecí linku. "
    "Microbreweries usually have no separate bottling line.",
).font = Font(italic=True, size=9)

# ---------------- Sheet 5: Benefity ----------------
ws = wb.create_sheet("Benefity")
widths(ws, [46, 26, 60])
ws["A1"] = "Tabulka 4 – Nejčastější benefity / Table 4 – Most common benefits"
ws["A1"].font = Font(bold=True, size=12)
ws.merge_cells("A1:C1")
rows = [
    ["Benefit", "Podíl zaměstnavatelů / Share of employers", "Typická hodnota / Typical value"],
    [
        "13. plat / 13th-month salary",
        "71 %",
        "1 měsíční mzda, vyplácená v prosinci / one month's pay, paid in December",
    ],
    [
        "Pivní deputát / Beer allowance",
        "89 %",
        "20 l piva měsíčně (průmyslové pivovary až 40 l) / 20 litres of beer a month (up to 40 litres at large breweries)",
    ],
    ["Stravenky nebo stravenkový paušál / Meal vouchers", "94 %", "120 Kč za odpracovaný den / CZK 120 per day worked"],
    ["5 týdnů dovolené / 5 weeks' holiday", "63 %", "Zákonné minimum jsou 4 týdny / statutory minimum is 4 weeks"],
    [
        "Příplatek za noční směnu / Night shift premium",
        "100 %",
        "zákonem min. 10 % průměrného výdělku, v oboru typicky 20 % / legal minimum 10%, typically 20% in the sector",
    ],
    ["Penzijní připojištění / Pension contribution", "58 %", "1 000 Kč měsíčně / CZK 1,000 a month"],
]
put_table(ws, 3, rows)

# ---------------- Sheet 6: Vzdělání a kariéra ----------------
ws = wb.create_sheet("Vzdělání a kariéra")
widths(ws, [30, 30, 22, 60])
ws["A1"] = "Jak se stát sládkem? / How to become a brewer"
ws["A1"].font = Font(bold=True, size=12)
ws.merge_cells("A1:D1")
rows = [
    ["Cesta / Route", "Kvalifikace / Qualification", "Délka / Duration", "Poznámka / Note"],
    [
        "Učební obor Pivovarník – sladovník",
        "Výuční list (apprenticeship certificate)",
        "3 roky / 3 years",
        "Od 15 let, po základní škole. Praxe v pivovaru od 2. ročníku. Entry at 15 after primary school; brewery placement from year 2.",
    ],
    [
        "Střední průmyslová škola potravinářská",
        "Maturita (secondary school leaving exam)",
        "4 roky / 4 years",
        "Obor Analýza potravin nebo Technologie potravin; vede k pozici technologa či podsládka.",
    ],
    [
        "Vysoká škola – VŠCHT Praha",
        "Bc. (bakalář), poté Ing.",
        "3 + 2 roky / 3 + 2 years",
        "Specializace Technologie kvasné výroby (fermentation technology). Typical route to head brewer at large breweries.",
    ],
    [
        "Rekvalifikační kurz Výroba piva",
        "Osvědčení (certificate)",
        "150 hodin / 150 hours",
        "Pro dospělé měnící obor; nestačí na pozici sládka velkého pivovaru. For adults changing career.",
    ],
]
end = put_table(ws, 3, rows)
ws.cell(
    row=end + 1,
    column=1,
    value="Typická kariéra: pivovarník → podsládek (cca 5 let praxe) → sládek (cca 10 let praxe). "
    "Typical path: brewery worker → assistant brewer (about 5 years' experience) → head brewer (about 10 years).",
).alignment = WRAP
ws.merge_cells(start_row=end + 1, start_column=1, end_row=end + 1, end_column=4)
ws.row_dimensions[end + 1].height = 32
ws.cell(
    row=end + 2,
    column=1,
    value="Směnný provoz: stáčírny obvykle třísměnně (6–14, 14–22, 22–6); varna často 12hodinové směny. "
    "Shift work: packaging usually in three shifts; brewhouse often 12-hour shifts.",
).alignment = WRAP
ws.merge_cells(start_row=end + 2, start_column=1, end_row=end + 2, end_column=4)
ws.row_dimensions[end + 2].height = 32

wb.save(OUT)
print("wrote", OUT)
