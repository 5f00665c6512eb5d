import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus", "Archeologie_platy_a_kariera_2025.xlsx")


def fmt(n):
    return f"{n:,}".replace(",", " ")


wb = Workbook()
B = Font(bold=True)
thin = Side(style="thin", color="999999")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
fill = PatternFill("solid", fgColor="DDE6F0")

# ---------- Sheet 1: tariffs ----------
ws = wb.active
ws.title = "Platové tarify 2025"
ws["A1"] = (
    "Stupnice platových tarifů – příloha č. 1 k nařízení vlády č. 341/2017 Sb. (Pay tariff scale, Annex 1) – platné od 1. 1. 2025"
)
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = (
    "Měsíční platové tarify v Kč (monthly base pay in CZK) – applies to museums, heritage institutes (NPÚ), regional archaeology departments and other state/regional bodies. Extract for pay classes 5–14 only."
)
ws["A3"] = (
    "Platová třída = pay class (by job difficulty, see sheet 'Pozice'); platový stupeň = pay step (by recognised years of experience)."
)

steps = [
    ("1", "do 1 roku"),
    ("2", "nad 1 do 2 let"),
    ("3", "nad 2 do 4 let"),
    ("4", "nad 4 do 6 let"),
    ("5", "nad 6 do 9 let"),
    ("6", "nad 9 do 12 let"),
    ("7", "nad 12 do 15 let"),
    ("8", "nad 15 do 19 let"),
    ("9", "nad 19 do 23 let"),
    ("10", "nad 23 do 27 let"),
    ("11", "nad 27 do 32 let"),
    ("12", "nad 32 let"),
]
# base values per class at step 1 and step 12
base = {
    5: (17820, 24960),
    6: (19130, 26880),
    7: (20640, 29070),
    8: (22410, 31640),
    9: (24350, 34450),
    10: (26620, 37660),
    11: (29060, 41280),
    12: (31870, 45330),
    13: (34960, 49790),
    14: (38350, 54680),
}
ws.merge_cells("C5:L5")
ws["A5"] = "Platový stupeň"
ws["B5"] = "Započitatelná praxe (years of experience)"
ws["C5"] = "Platová třída / Pay class"
for c in ("A5", "B5", "C5"):
    ws[c].font = B
    ws[c].fill = fill
    ws[c].alignment = Alignment(horizontal="center", wrap_text=True)
ws.merge_cells("A5:A6")
ws.merge_cells("B5:B6")
classes = list(base)
for j, k in enumerate(classes):
    cell = ws.cell(row=6, column=3 + j, value=f"{k}.")
    cell.font = B
    cell.fill = fill
    cell.alignment = Alignment(horizontal="center")
TAR = {}
for i, (s, yrs) in enumerate(steps):
    r = 7 + i
    ws.cell(row=r, column=1, value=s).alignment = Alignment(horizontal="center")
    ws.cell(row=r, column=2, value=yrs)
    for j, k in enumerate(classes):
        lo, hi = base[k]
        v = round((lo + (hi - lo) * (i / 11) ** 0.9) / 10) * 10
        TAR[(k, int(s))] = v
        ws.cell(row=r, column=3 + j, value=fmt(v)).alignment = Alignment(horizontal="right")
for row in ws.iter_rows(min_row=5, max_row=18, min_col=1, max_col=12):
    for c in row:
        c.border = box
ws["A20"] = "Poznámky / Notes:"
ws["A20"].font = B
ws["A21"] = (
    "1) Tariffs increased by 5 % from 1. 1. 2025 compared with 2024 (novela nařízení vlády účinná od 1. 1. 2025). Amounts are gross."
)
ws["A22"] = (
    "2) On top of the tariff employers may pay an osobní příplatek (personal bonus), příplatek za vedení (management supplement) and odměny (one-off bonuses)."
)
ws["A23"] = (
    "3) Private companies and o.p.s. (public benefit companies) doing rescue archaeology are NOT bound by this scale – see sheet 'Pozice'."
)
ws.column_dimensions["A"].width = 14
ws.column_dimensions["B"].width = 24
for col in "CDEFGHIJKL":
    ws.column_dimensions[col].width = 10

# ---------- Sheet 2: positions ----------
ws2 = wb.create_sheet("Pozice")
ws2["A1"] = "Typické pozice v archeologii a jejich zařazení / Typical archaeology jobs and where they sit on the scale"
ws2["A1"].font = Font(bold=True, size=12)
hdr = [
    "Pozice (CZ)",
    "Job title (EN)",
    "Platová třída",
    "Minimální vzdělání / Minimum education",
    "Typický hrubý měsíční plat vč. příplatků (Kč)*",
    "Kde / Where",
]
for j, t in enumerate(hdr):
    c = ws2.cell(row=3, column=1 + j, value=t)
    c.font = B
    c.fill = fill
    c.border = box
    c.alignment = Alignment(wrap_text=True, vertical="top")
rows = [
    [
        "Pomocný pracovník na výzkumu",
        "Excavation worker (seasonal)",
        "5",
        "základní / none",
        "brigáda: 150–190 Kč/hod.",
        "muzea, firmy – sezóna duben–říjen",
    ],
    [
        "Dokumentátor / technik",
        "Archaeological technician / documenter",
        "8",
        "SŠ s maturitou",
        "27 000 – 33 000",
        "muzea, NPÚ, ARÚ",
    ],
    [
        "Archeolog – odborný pracovník",
        "Field archaeologist",
        "10",
        "VŠ – Bc.",
        "31 000 – 38 000",
        "muzea, krajské organizace",
    ],
    [
        "Archeolog – vedoucí výzkumu",
        "Excavation director / project archaeologist",
        "11",
        "VŠ – Mgr.",
        "36 000 – 45 000",
        "muzea, NPÚ, firmy",
    ],
    [
        "Kurátor archeologické sbírky",
        "Curator of the archaeological collection",
        "12",
        "VŠ – Mgr.",
        "38 000 – 48 000",
        "muzea",
    ],
    [
        "Vedoucí archeologického oddělení",
        "Head of archaeology department",
        "13",
        "VŠ – Mgr. (PhD. výhodou)",
        "48 000 – 60 000",
        "krajská muzea, NPÚ",
    ],
    [
        "Vědecký pracovník (ARÚ AV ČR)",
        "Researcher, Institute of Archaeology (Academy of Sciences)",
        "mimo tabulku**",
        "Ph.D.",
        "42 000 – 58 000",
        "ARÚ Praha, ARÚ Brno",
    ],
    [
        "Archeolog v soukromé firmě",
        "Archaeologist in a private rescue-archaeology firm",
        "mimo tabulku**",
        "VŠ – Bc./Mgr.",
        "30 000 – 42 000",
        "soukromé firmy, o.p.s.",
    ],
]
for i, r in enumerate(rows):
    for j, t in enumerate(r):
        c = ws2.cell(row=4 + i, column=1 + j, value=t)
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="top")
ws2["A13"] = (
    "* Zdroj: inzeráty na Jobs.cz a Práce v muzeích, leden–duben 2025, a dotazník absolventů FF (n = 64). Gross monthly pay including personal bonus; excludes one-off bonuses."
)
ws2["A14"] = (
    "** mimo tabulku = not on the public-sector tariff scale; the Academy of Sciences and private employers set their own pay (mzda, not plat)."
)
ws2["A16"] = (
    "Příklad / Example: a field archaeologist in pay class 10 with 3 years of experience is on step 3 and gets a tariff of "
    + fmt(TAR[(10, 3)])
    + " Kč a month before bonuses."
)
for col, w in zip("ABCDEF", [30, 34, 14, 26, 26, 30]):
    ws2.column_dimensions[col].width = w

# ---------- Sheet 3: career notes ----------
ws3 = wb.create_sheet("Kariéra a studium")
notes = [
    ("JAK SE STÁT ARCHEOLOGEM / HOW TO BECOME AN ARCHAEOLOGIST", True),
    ("", False),
    ("Studium", True),
    (
        "Bakalářské studium archeologie (Bc.) trvá 3 roky, navazující magisterské (Mgr.) 2 roky; doktorské (Ph.D.) standardně 4 roky.",
        False,
    ),
    (
        "Bachelor's degree 3 years + Master's degree 2 years; a PhD normally takes 4 years. Most museum posts ask for a Mgr. degree.",
        False,
    ),
    (
        "Povinná terénní praxe: během bakalářského studia min. 4 týdny terénního výzkumu (compulsory field school of at least 4 weeks).",
        False,
    ),
    ("", False),
    ("Oprávnění k archeologickým výzkumům", True),
    (
        "Only organisations holding a permit from the Ministry of Culture (agreement with the Academy of Sciences) may carry out excavations – zákon č. 20/1987 Sb., o státní památkové péči.",
        False,
    ),
    (
        "Individual archaeologists do not need a personal licence, but to lead an excavation (vedoucí výzkumu) employers usually require a Mgr. degree and at least 2 years of field experience.",
        False,
    ),
    ("", False),
    ("Pracovní doba a podmínky / Hours and conditions", True),
    ("Pracovní doba: 40 hodin týdně (museums and NPÚ: 37,5 hours a week under many collective agreements).", False),
    (
        "Field season runs roughly April–October; winter months are spent on processing finds and writing reports (nálezové zprávy).",
        False,
    ),
    (
        "Dovolená: 5 týdnů (25 days) paid holiday in the public sector; many employers add 1 extra week under the collective agreement.",
        False,
    ),
    (
        "Stravenky / meal vouchers or stravenkový paušál (meal allowance) are standard – typically 120 Kč per working day.",
        False,
    ),
    ("", False),
    ("Kontakt", True),
    (
        "Kariérní centrum Filozofické fakulty · konzultace Út a Čt 10:00–14:00 · kariera@ff.example.cz · aktualizováno 15. 4. 2025",
        False,
    ),
]
for i, (t, bold) in enumerate(notes):
    c = ws3.cell(row=1 + i, column=1, value=t if t else None)
    if bold:
        c.font = B
ws3.column_dimensions["A"].width = 140

wb.save(OUT)
print("wrote", OUT)
for k in (8, 10, 11, 12, 14):
    print(k, [fmt(TAR[(k, s)]) for s in range(1, 13)])
