"""Build the biz Limmattal workbook of apprentice pay and collective-agreement minimum wages (XLSX)."""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

OUT = Path(__file__).resolve().parent.parent / "corpus" / "Lehrlingsloehne_Bau_und_Handwerk_2025_biz-Limmattal.xlsx"

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEAD_FILL = PatternFill("solid", fgColor="D9E2F3")
WRAP = Alignment(wrap_text=True, vertical="top")
CHF = "#,##0"

wb = Workbook()

# ---------------------------------------------------------------- sheet 1: apprentices
ws = wb.active
ws.title = "Lernende 2025"
ws["A1"] = "Lohnempfehlungen für Lernende 2025 / Recommended apprentice pay 2025"
ws["A1"].font = TITLE
ws["A2"] = (
    "Bau und Handwerk, Kanton Zürich. Monatslohn brutto in CHF, nach Lehrjahr / "
    "Construction and trades, Canton of Zurich. Gross monthly pay in CHF, by year of apprenticeship."
)
ws["A3"] = (
    "Quelle: Empfehlungen der Berufsverbände für Lehrverträge mit Beginn August 2025 / "
    "Source: recommendations of the trade associations for apprenticeships starting in August 2025."
)
head = [
    "Beruf (EFZ)",
    "Occupation (English)",
    "Lehrdauer (Jahre) / Duration (years)",
    "1. Lehrjahr / Year 1",
    "2. Lehrjahr / Year 2",
    "3. Lehrjahr / Year 3",
    "4. Lehrjahr / Year 4",
    "13. Monatslohn / 13th month pay",
]
ws.append([])
ws.append(head)
rows = [
    ["Maurer/in EFZ", "Bricklayer / mason", 3, 1150, 1640, 2260, "\u2013", "ja / yes"],
    ["Zimmermann/Zimmerin EFZ", "Carpenter (timber construction)", 4, 820, 1060, 1370, 1680, "ja / yes"],
    ["Schreiner/in EFZ", "Joiner / cabinetmaker", 4, 710, 930, 1190, 1480, "ja / yes"],
    ["Elektroinstallateur/in EFZ", "Electrician", 4, 760, 970, 1240, 1530, "ja / yes"],
    ["Sanitärinstallateur/in EFZ", "Plumber", 4, 780, 990, 1260, 1560, "ja / yes"],
    ["Heizungsinstallateur/in EFZ", "Heating installer", 4, 770, 980, 1250, 1545, "ja / yes"],
    ["Dachdecker/in EFZ", "Roofer", 3, 940, 1310, 1720, "\u2013", "ja / yes"],
    ["Maler/in EFZ", "Painter and decorator", 3, 730, 1010, 1330, "\u2013", "ja / yes"],
    ["Gärtner/in EFZ Garten- und Landschaftsbau", "Landscape gardener", 3, 690, 880, 1140, "\u2013", "nein / no"],
    ["Automobil-Mechatroniker/in EFZ", "Automotive mechatronics technician", 4, 650, 840, 1090, 1390, "nein / no"],
    ["Coiffeur/Coiffeuse EFZ", "Hairdresser", 3, 620, 810, 1020, "\u2013", "nein / no"],
]
for r in rows:
    ws.append(r)
first, last = 5, 5 + len(rows)
for c in ws[first]:
    c.font = BOLD
    c.fill = HEAD_FILL
    c.alignment = WRAP
for row in ws.iter_rows(min_row=first + 1, max_row=last, min_col=4, max_col=7):
    for c in row:
        if isinstance(c.value, int):
            c.number_format = CHF
ws.append([])
ws.append(
    [
        "Die Beträge sind Empfehlungen. Der Lohn wird im Lehrvertrag festgelegt; einzelne Betriebe zahlen mehr. / "
        "The amounts are recommendations. Pay is fixed in the apprenticeship contract; some firms pay more."
    ]
)
ws.append(["EFZ = Eidgenössisches Fähigkeitszeugnis (federal VET diploma)."])

# ---------------------------------------------------------------- sheet 2: minimum wages after the apprenticeship
ws2 = wb.create_sheet("Mindestlöhne GAV 2025")
ws2["A1"] = "Mindestlöhne nach Lehrabschluss 2025 / Minimum wages after qualifying, 2025"
ws2["A1"].font = TITLE
ws2["A2"] = (
    "Gemäss allgemeinverbindlich erklärten Gesamtarbeitsverträgen (GAV). Monatslohn brutto in CHF, "
    "Vollzeit; Stundenlohn brutto in CHF. / Under the collective labour agreements (GAV) declared "
    "generally binding. Gross monthly wage in CHF, full time; gross hourly wage in CHF."
)
ws2.append([])
ws2.append(["A) Bauhauptgewerbe: Landesmantelvertrag (LMV) / Main construction trades: national agreement (LMV)"])
ws2["A4"].font = BOLD
ws2.append(
    [
        "Lohnklasse / Wage class",
        "Beschreibung / Description",
        "Zone Rot / Red zone",
        "Zone Blau / Blue zone",
        "Zone Grün / Green zone",
    ]
)
lmv = [
    ["Q", "Vorarbeiter/in mit Ausweis / Foreman with certificate", 6540, 6380, 6210],
    ["A", "Bau-Facharbeiter/in mit EFZ (z.B. Maurer/in) / Skilled worker with EFZ (e.g. bricklayer)", 5980, 5830, 5690],
    [
        "B",
        "Bauarbeiter/in mit Fachkenntnissen ohne EFZ / Construction worker with trade skills, no EFZ",
        5560,
        5420,
        5290,
    ],
    ["C", "Bauarbeiter/in ohne Fachkenntnisse / Construction worker without trade skills", 5020, 4890, 4760],
]
for r in lmv:
    ws2.append(r)
for c in ws2[5]:
    c.font = BOLD
    c.fill = HEAD_FILL
    c.alignment = WRAP
ws2.append(
    [
        "Zonen siehe Blatt \u00abZonen LMV\u00bb. Monatslohn bei 13 Monatslöhnen pro Jahr. / "
        "For the zones see the sheet \u00abZonen LMV\u00bb. Monthly wage, paid 13 times a year."
    ]
)
ws2.append([])
ws2.append(["B) Ausbau- und Gebäudetechnikgewerbe / Finishing trades and building services"])
ws2.cell(row=ws2.max_row, column=1).font = BOLD
ws2.append(
    [
        "Branche (GAV) / Sector (agreement)",
        "Berufe / Occupations",
        "1. Jahr nach Lehrabschluss, Monatslohn / 1st year after qualifying, monthly",
        "Ab 4. Jahr nach Lehrabschluss, Monatslohn / From 4th year after qualifying, monthly",
        "1. Jahr nach Lehrabschluss, Stundenlohn / 1st year after qualifying, hourly",
    ]
)
hdr = ws2.max_row
for c in ws2[hdr]:
    c.font = BOLD
    c.fill = HEAD_FILL
    c.alignment = WRAP
gav = [
    [
        "Gebäudetechnik (GAV Gebäudetechnikbranche)",
        "Elektroinstallateur/in, Sanitärinstallateur/in, Heizungsinstallateur/in",
        4680,
        5240,
        26.85,
    ],
    ["Holzbau (GAV Holzbau)", "Zimmermann/Zimmerin", 4870, 5360, 27.95],
    ["Schreinergewerbe (GAV Schreinergewerbe)", "Schreiner/in", 4520, 5010, 25.95],
    ["Gebäudehülle (GAV Gebäudehülle)", "Dachdecker/in", 4740, 5280, 27.30],
    ["Maler- und Gipsergewerbe (GAV Maler/Gipser)", "Maler/in", 4610, 5070, 26.45],
    ["Coiffeurgewerbe (GAV Coiffeur)", "Coiffeur/Coiffeuse", 4000, 4260, 22.95],
]
for r in gav:
    ws2.append(r)
ws2.append(
    [
        "Garten- und Landschaftsbau: kein allgemeinverbindlicher GAV; Lohnempfehlung JardinSuisse Zürich für "
        "Gärtner/in EFZ im 1. Jahr: CHF 4'450 pro Monat. / Landscape gardening: no generally binding "
        "agreement; JardinSuisse Zurich recommends CHF 4'450 a month for a gardener with EFZ in the first year."
    ]
)
ws2.append(
    [
        "Stundenlöhne gelten für Angestellte im Stundenlohn und verstehen sich ohne Ferien- und "
        "Feiertagsentschädigung. / Hourly wages apply to staff paid by the hour and exclude holiday and "
        "public-holiday pay."
    ]
)
for row in ws2.iter_rows(min_row=6, max_row=ws2.max_row, min_col=3, max_col=5):
    for c in row:
        if isinstance(c.value, int):
            c.number_format = CHF
        elif isinstance(c.value, float):
            c.number_format = "0.00"

# ---------------------------------------------------------------- sheet 3: LMV zones
ws3 = wb.create_sheet("Zonen LMV")
ws3["A1"] = (
    "Lohnzonen Landesmantelvertrag (Auszug Deutschschweiz) / LMV wage zones (German-speaking Switzerland, extract)"
)
ws3["A1"].font = TITLE
ws3.append([])
ws3.append(["Zone", "Gebiete / Areas"])
for c in ws3[3]:
    c.font = BOLD
    c.fill = HEAD_FILL
ws3.append(
    [
        "Rot / Red",
        "Stadt Zürich, Bezirke Dietikon, Affoltern, Horgen, Meilen, Uster und Bülach; Basel-Stadt; "
        "Stadt Bern; Stadt Zug",
    ]
)
ws3.append(
    [
        "Blau / Blue",
        "Übrige Gebiete des Kantons Zürich; Kantone Aargau, Solothurn, Schaffhausen, Luzern, "
        "Basel-Landschaft; übriger Kanton Bern und Zug",
    ]
)
ws3.append(
    ["Grün / Green", "Kantone Graubünden, Uri, Schwyz, Ob- und Nidwalden, Glarus, Appenzell, Thurgau, St. Gallen"]
)

# ---------------------------------------------------------------- sheet 4: notes
ws4 = wb.create_sheet("Hinweise")
ws4["A1"] = "Hinweise / Notes"
ws4["A1"].font = TITLE
notes = [
    "Herausgeber / Publisher: biz Limmattal, Berufsinformationszentrum des Amts für Jugend und Berufsberatung, "
    "Dietikon. Stand / As of: 1. Mai 2025.",
    "Alle Beträge in Schweizer Franken (CHF), brutto, d.h. vor Abzug der Sozialversicherungsbeiträge (AHV/IV/EO, ALV) "
    "und der Unfallversicherung. / All amounts in Swiss francs (CHF), gross, i.e. before social insurance "
    "and accident insurance deductions.",
    "Lernende haben bis zum vollendeten 20. Altersjahr Anspruch auf mindestens 5 Wochen Ferien pro Jahr. / "
    "Apprentices are entitled to at least 5 weeks of holiday a year until the age of 20.",
    "Im Bauhauptgewerbe beträgt die Jahresarbeitszeit 2112 Stunden, im Durchschnitt 40,5 Stunden pro Woche. / "
    "In the main construction trades, annual working time is 2112 hours, an average of 40.5 hours a week.",
    "Der Lehrvertrag muss vom Mittelschul- und Berufsbildungsamt des Kantons Zürich genehmigt werden. / "
    "The apprenticeship contract must be approved by the Canton of Zurich Office for Secondary and Vocational "
    "Education.",
    "So finden Sie eine Lehrstelle / How to find an apprenticeship: offene Lehrstellen sind im "
    "Lehrstellennachweis LENA publiziert. Vor der Bewerbung machen die meisten Jugendlichen eine Schnupperlehre "
    "(2 bis 5 Tage im Betrieb). Bewerben Sie sich im Herbst der 2. Sekundarklasse, rund ein Jahr vor Lehrbeginn. / "
    "Open places are published in the LENA apprenticeship register. Before applying, most young people do a "
    "taster placement (Schnupperlehre) of 2 to 5 days in the firm. Apply in the autumn of the second year of "
    "secondary school, about a year before the apprenticeship starts.",
    "Mit der Berufsmaturität (BM), während oder nach der Lehre, steht der Weg an eine Fachhochschule offen, "
    "z.B. für ein Studium in Holztechnik, Bauingenieurwesen oder Gebäudetechnik. / With the vocational "
    "baccalaureate (Berufsmaturität), taken during or after the apprenticeship, you can go on to a university "
    "of applied sciences, e.g. to study timber engineering, civil engineering or building services.",
    "Beratung / Advice: biz Limmattal, Termine nach Vereinbarung. Die Angaben sind ohne Gewähr; massgebend sind "
    "Lehrvertrag und GAV. / Appointments by arrangement. Information without guarantee; the apprenticeship "
    "contract and the collective agreement prevail.",
]
for i, n in enumerate(notes, start=3):
    ws4.cell(row=i, column=1, value=n).alignment = WRAP
ws4.column_dimensions["A"].width = 120

for sheet in (ws, ws2, ws3):
    widths = {1: 42, 2: 44}
    for col in range(1, sheet.max_column + 1):
        sheet.column_dimensions[get_column_letter(col)].width = widths.get(col, 20)

OUT.parent.mkdir(parents=True, exist_ok=True)
wb.save(OUT)
print("wrote", OUT)
