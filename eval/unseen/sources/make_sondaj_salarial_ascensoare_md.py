"""Generate a recruiter's salary-survey workbook: lift (elevator) mechanics, Moldova 2024."""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
OUT = HERE / "Sondaj_salarial_ascensoare_MD_2024.xlsx"

LEI = '# ##0" lei"'
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="1F4E78")
SUB = PatternFill("solid", fgColor="DDEBF7")
WH = Font(color="FFFFFF", bold=True)
B = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")

wb = Workbook()

# ------------------------------------------------------------------ Sheet 1: cover
ws = wb.active
ws.title = "Cuprins"
rows = [
    ["Transport vertical și servicii tehnice pentru clădiri"],
    ["Vertical Transport & Building Services — Salary Survey 2024 (Sondaj salarial)"],
    [],
    ["Realizat de / Prepared by:", "Ascendia Recruitment SRL, Chișinău — divizia Tehnic & Industrie"],
    ["Perioada colectării / Fieldwork:", "ianuarie – martie 2024"],
    [
        "Respondenți / Respondents:",
        "23 de companii (montaj, întreținere și reparație ascensoare, administratori de "
        "blocuri, centre comerciale) — 412 posturi",
    ],
    [
        "Moneda / Currency:",
        "MDL (lei). Toate sumele sunt lunare, BRUTE (înainte de impozitul pe venit 12% și "
        "contribuția CNAM 9%), dacă nu se specifică altfel.",
    ],
    [],
    ["Foi / Sheets", ""],
    ["Pe orașe", "Salariu median lunar brut pe oraș și funcție"],
    ["Pe vechime", "Min / median / max după vechimea în meserie: Chișinău vs. alte orașe"],
    ["Sporuri", "Sporuri, plăți pentru gardă și intervenții, beneficii"],
    ["Note", "Funcții, calificare, cum aplici, note metodologice"],
    [],
    ["© Ascendia Recruitment. Reproducerea permisă cu citarea sursei. Datele nu constituie o ofertă de angajare."],
]
for r in rows:
    ws.append(r)
ws["A1"].font = Font(bold=True, size=16, color="1F4E78")
ws["A2"].font = Font(italic=True, size=11)
for r in range(4, 8):
    ws.cell(r, 1).font = B
ws["A9"].font = B
ws.column_dimensions["A"].width = 30
ws.column_dimensions["B"].width = 95
for r in range(4, 14):
    ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top")

# ------------------------------------------------------------------ Sheet 2: by city
ws = wb.create_sheet("Pe orașe")
ws["A1"] = "Tabelul 1. Salariu median lunar brut, pe oraș și funcție (lei) — T1 2024"
ws["A1"].font = Font(bold=True, size=12)
hdr1 = [
    "Oraș / City",
    "Mecanic ascensoare — ucenic\n(trainee lift mechanic)",
    "Mecanic ascensoare\n(lift mechanic)",
    "Electromecanic superior / șef de echipă\n(senior lift technician)",
    "Inginer service ascensoare\n(lift service engineer)",
    "Nr. posturi\nîn eșantion",
]
for c, h in enumerate(hdr1, 1):
    cell = ws.cell(3, c, h)
    cell.font = WH
    cell.fill = HEAD
    cell.alignment = WRAP
    cell.border = BOX
ws.row_dimensions[3].height = 48
city_rows = [
    ("Chișinău", 8400, 13800, 18500, 24000, 214),
    ("Bălți", 7200, 11300, 15100, 19500, 58),
    ("Cahul", 6600, 10200, 13600, "n.d.", 27),
    ("Orhei", 6800, 10500, 13900, "n.d.", 24),
    ("Ungheni", 6700, 10400, 14200, "n.d.", 31),
    ("Comrat¹", 6500, 9900, 13300, "n.d.", 22),
    ("Soroca", 6400, 9700, 12800, "n.d.", 19),
    ("Total Republica Moldova", 7900, 12600, 16900, 23100, 395),
]
for i, row in enumerate(city_rows):
    r = 4 + i
    for c, v in enumerate(row, 1):
        cell = ws.cell(r, c, v)
        cell.border = BOX
        if isinstance(v, int) and c < 6:
            cell.number_format = LEI
        if v == "n.d.":
            cell.alignment = Alignment(horizontal="center")
    if row[0].startswith("Total"):
        for c in range(1, 7):
            ws.cell(r, c).font = B
            ws.cell(r, c).fill = SUB
notes_city = [
    "Sumele sunt mediane, rotunjite la 100 lei; brut, pe lună, normă întreagă (40 ore/săptămână).",
    "n.d. = date insuficiente (mai puțin de 5 posturi raportate).",
    "¹ UTA Găgăuzia. Cahul, Orhei, Ungheni, Soroca — centre raionale.",
    "Totalul pe țară include 17 posturi din alte localități, neafișate separat.",
]
for j, t in enumerate(notes_city):
    ws.cell(13 + j, 1, t).font = Font(italic=True, size=9)
widths = [26, 24, 20, 30, 26, 12]
for c, w in enumerate(widths, 1):
    ws.column_dimensions[get_column_letter(c)].width = w
ws.freeze_panes = "B4"

# ------------------------------------------------------------------ Sheet 3: by experience (two-row header)
ws = wb.create_sheet("Pe vechime")
ws["A1"] = "Tabelul 2. Mecanic ascensoare: salariu lunar brut după vechimea în meserie (lei), 2024"
ws["A1"].font = Font(bold=True, size=12)
ws.merge_cells("A3:A4")
ws["A3"] = "Vechime în meserie\n(years in the trade)"
ws.merge_cells("B3:D3")
ws["B3"] = "Chișinău (municipiu)"
ws.merge_cells("E3:G3")
ws["E3"] = "Alte orașe (other towns)"
for c, h in zip("BCDEFG", ["Min", "Median", "Max"] * 2):
    ws[f"{c}4"] = h
for r in (3, 4):
    for c in range(1, 8):
        cell = ws.cell(r, c)
        cell.font = WH if r == 3 else B
        cell.fill = HEAD if r == 3 else SUB
        cell.alignment = WRAP
        cell.border = BOX
ws.row_dimensions[3].height = 32
exp_rows = [
    ("sub 1 an", 7500, 8400, 9800, 6000, 6900, 8000),
    ("1–3 ani", 9800, 11600, 13500, 7800, 9200, 11000),
    ("3–5 ani", 11500, 13800, 16000, 9000, 10600, 12500),
    ("5–10 ani", 14000, 16900, 20500, 10800, 12900, 15600),
    ("peste 10 ani", 16500, 19800, 26000, 12500, 14700, 18300),
]
for i, row in enumerate(exp_rows):
    r = 5 + i
    for c, v in enumerate(row, 1):
        cell = ws.cell(r, c, v)
        cell.border = BOX
        if isinstance(v, int):
            cell.number_format = LEI
ws.cell(
    11, 1, "Min și max = percentila 10 și percentila 90 a salariilor raportate; median = percentila 50."
).font = Font(italic=True, size=9)
ws.cell(
    12,
    1,
    "Include salariul de bază și sporurile fixe lunare; nu include plățile pentru gardă și ore "
    "suplimentare (vezi foaia «Sporuri»).",
).font = Font(italic=True, size=9)
for c, w in zip("ABCDEFG", [24, 13, 13, 13, 13, 13, 13]):
    ws.column_dimensions[c].width = w

# ------------------------------------------------------------------ Sheet 4: allowances
ws = wb.create_sheet("Sporuri")
ws["A1"] = "Tabelul 3. Sporuri și plăți suplimentare practicate de angajatori (2024)"
ws["A1"].font = Font(bold=True, size=12)
hdr = ["Spor / plată", "Valoare", "Unitate / bază de calcul", "% angajatori care îl plătesc", "Observații"]
for c, h in enumerate(hdr, 1):
    cell = ws.cell(3, c, h)
    cell.font = WH
    cell.fill = HEAD
    cell.alignment = WRAP
    cell.border = BOX
spor = [
    ("Muncă de noapte (22:00–06:00)", "50%", "din salariul tarifar pe oră", "100%", "minim legal, Codul muncii"),
    ("Ore suplimentare — primele 2 ore", "150%", "din salariul tarifar pe oră", "100%", "minim legal"),
    ("Ore suplimentare — următoarele ore", "200%", "din salariul tarifar pe oră", "100%", "minim legal"),
    (
        "Muncă în zi de odihnă / sărbătoare",
        "200%",
        "din salariul tarifar pe oră",
        "100%",
        "sau zi liberă compensatorie",
    ),
    ("Gardă la domiciliu — noapte zi lucrătoare", 180, "lei / tură", "61%", "disponibil la telefon, 18:00–08:00"),
    ("Gardă — sâmbătă, duminică, sărbători", 350, "lei / zi", "61%", ""),
    (
        "Intervenție de urgență (persoane blocate în cabină)",
        120,
        "lei / intervenție",
        "48%",
        "în afara programului; se adaugă la plata gărzii",
    ),
    ("Compensație telefon și unelte", 300, "lei / lună", "35%", ""),
    ("Tichete de masă", 65, "lei / zi lucrată", "57%", "scutite de impozit în limita legală"),
    ("Spor pentru lucru la înălțime / în puț", "10%", "din salariul de bază", "22%", "mai ales montaj"),
    ("Prima anuală (a 13-a)", "1 salariu", "o dată pe an", "39%", "condiționată de rezultate"),
]
for i, row in enumerate(spor):
    r = 4 + i
    for c, v in enumerate(row, 1):
        cell = ws.cell(r, c, v)
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(v, int):
            cell.number_format = LEI
ws.cell(16, 1, "Procentele din coloana D arată ponderea companiilor respondente care practică sporul.").font = Font(
    italic=True, size=9
)
for c, w in zip("ABCDE", [46, 12, 26, 16, 40]):
    ws.column_dimensions[c].width = w

# ------------------------------------------------------------------ Sheet 5: notes
ws = wb.create_sheet("Note")
ws.column_dimensions["A"].width = 120
notes = [
    ("Funcții incluse", True),
    ("Mecanic ascensoare (ucenic): primul an, lucrează doar împreună cu un mecanic autorizat.", False),
    (
        "Mecanic ascensoare: revizii lunare, depanări, eliberarea persoanelor blocate; deservește de regulă 60–120 de "
        "ascensoare dintr-un sector.",
        False,
    ),
    (
        "Electromecanic superior / șef de echipă: conduce 3–6 mecanici, reparații capitale, modernizări, lucrări de montaj.",
        False,
    ),
    (
        "Inginer service: planificare, relația cu Agenția pentru Supraveghere Tehnică, verificări tehnice periodice, "
        "oferte de modernizare. Posturile de inginer sunt aproape toate în Chișinău și Bălți.",
        False,
    ),
    ("", False),
    ("Calificare și formare", True),
    (
        "Cale obișnuită: școală profesională sau colegiu (electrician, electromecanic) 2–3 ani, apoi cursul de calificare "
        "«mecanic ascensoare» (circa 3 luni, teorie + practică) la un centru de formare autorizat.",
        False,
    ),
    (
        "Înainte de a lucra singur: atestare internă, grupa III de securitate electrică și instruire privind lucrul la "
        "înălțime; examen medical anual.",
        False,
    ),
    ("Pentru inginer service: studii superioare în inginerie electrică, electromecanică sau automatică.", False),
    ("Limbi: română obligatoriu; rusa este cerută de majoritatea angajatorilor din Chișinău, Bălți și Comrat.", False),
    ("", False),
    ("Cum aplici", True),
    (
        "Trimite CV-ul la cariere@ascendia.md cu subiectul «Ascensoare – [oraș]» sau aplică pe anunțurile publicate de "
        "angajatori. Interviul include un test practic pe un stand cu schemă electrică de comandă.",
        False,
    ),
    (
        "Companiile mari primesc ucenici fără experiență dacă au diplomă de electrician; salariul de ucenic se plătește "
        "din prima zi.",
        False,
    ),
    ("", False),
    ("Note metodologice", True),
    (
        "Sumele din Tabelul 1 și Tabelul 2 provin din aceleași răspunsuri; medianele pot diferi ușor din cauza "
        "rotunjirii.",
        False,
    ),
    (
        "Salariul net se obține scăzând impozitul pe venit (12%, după scutirea personală) și prima CNAM (9%). "
        "Contribuția CNAS de 24% este plătită de angajator și nu este inclusă în sume.",
        False,
    ),
    ("Datele se referă la anul 2024. Ediția 2025 a sondajului este în pregătire.", False),
]
for i, (t, bold) in enumerate(notes, 1):
    c = ws.cell(i, 1, t)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    if bold:
        c.font = Font(bold=True, size=12, color="1F4E78")

wb.save(OUT)
print("wrote", OUT)
