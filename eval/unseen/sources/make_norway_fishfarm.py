"""Generate OSMN_Lonn_og_vilkar_havbruk_2025-2026.docx (training office info sheet, aquaculture, Norway)."""

import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "corpus", "OSMN_Lonn_og_vilkar_havbruk_2025-2026.docx")

BLUE = RGBColor(0x0B, 0x4F, 0x6C)

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)

st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)

# header / footer
hp = sec.header.paragraphs[0]
hp.text = "Opplæringskontoret for sjømatnæringen i Midt-Norge (OSMN)  ·  Infoskriv 3/2025"
hp.runs[0].font.size = Pt(8)
hp.runs[0].font.color.rgb = RGBColor(0x70, 0x70, 0x70)
fp = sec.footer.paragraphs[0]
fp.text = (
    "OSMN · Fillan, 7240 Hitra · post@osmn.no · Org.nr. 987 654 321  —  "
    "This sheet summarises the collective agreement; the signed agreement text always prevails."
)
fp.runs[0].font.size = Pt(7.5)
fp.runs[0].font.color.rgb = RGBColor(0x70, 0x70, 0x70)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, white=False, align=None, size=9.5):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if white:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def heading(text, level):
    h = doc.add_heading(text, level=level)
    for r in h.runs:
        r.font.color.rgb = BLUE
    return h


def para(text, italic=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def bullet(text):
    doc.add_paragraph(text, style="List Bullet")


# ---------------------------------------------------------------- title
t = doc.add_heading("Lønn og vilkår i havbruk 2025–2026", level=0)
for r in t.runs:
    r.font.color.rgb = BLUE
    r.font.size = Pt(22)
para(
    "Pay and working conditions for fish farm operators (havbruksoperatører) and apprentices — "
    "English summary for students, apprentices and new employees",
    italic=True,
    size=11,
)
para(
    "Issued by Opplæringskontoret for sjømatnæringen i Midt-Norge (OSMN), Hitra, 12.06.2025. "
    "Applies from 01.05.2025 until the next settlement (tariffoppgjør), expected spring 2026.",
    size=9,
)

heading("Who this sheet is for", 1)
para(
    "OSMN is the training office that places and follows up apprentices in aquaculture for 46 member companies "
    "with sea sites, hatcheries (settefiskanlegg) and harvesting stations along the coast of Trøndelag and "
    "Møre og Romsdal. This sheet summarises the minimum pay in the collective agreement for the aquaculture "
    "industry (tariffavtalen for havbruk) after the 2025 settlement. Most member companies are bound by the "
    "agreement; companies without an agreement often follow it in practice, but check your contract."
)

# ---------------------------------------------------------------- table 1
heading("1. Minimum hourly rates and annual equivalents", 1)
para(
    "Normal full-time working hours are 37,5 hours per week. Annual amounts below are the hourly rate × "
    "1 950 hours (37,5 hours × 52 weeks) and do not include supplements, overtime or holiday pay. "
    "Amounts in Norwegian kroner (kr).",
    size=9.5,
)

rows = [
    ("Unskilled operator (ufaglært), less than 1 year in the industry", "221,40", "431 730", "212,90"),
    ("Unskilled operator (ufaglært), 1 year or more in the industry", "226,90", "442 455", "218,40"),
    ("Skilled operator with trade certificate (fagarbeider med fagbrev i akvakultur)", "244,60", "476 970", "236,10"),
    ("Skilled operator, 5 years or more after trade certificate", "252,10", "491 595", "243,60"),
    ("Shift leader / foreman (skiftleder / formann)", "268,30", "523 185", "259,80"),
]

tbl = doc.add_table(rows=2 + len(rows), cols=4)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
# two-row header
a = tbl.cell(0, 0).merge(tbl.cell(1, 0))
set_cell(a, "Category", bold=True, white=True)
b = tbl.cell(0, 1).merge(tbl.cell(0, 2))
set_cell(b, "Minimum rate from 01.05.2025", bold=True, white=True, align="center")
set_cell(tbl.cell(0, 3), "Previous rate", bold=True, white=True, align="center")
set_cell(tbl.cell(1, 1), "Per hour (kr)", bold=True, white=True, align="center")
set_cell(tbl.cell(1, 2), "Per year, 1 950 hours (kr)", bold=True, white=True, align="center")
set_cell(tbl.cell(1, 3), "Per hour from 01.05.2024 (kr)", bold=True, white=True, align="center")
for rr in (0, 1):
    for cc in range(4):
        shade(tbl.cell(rr, cc), "0B4F6C")
for i, row in enumerate(rows, start=2):
    set_cell(tbl.cell(i, 0), row[0])
    for j in (1, 2, 3):
        set_cell(tbl.cell(i, j), row[j], align="right")
    if i % 2 == 1:
        for cc in range(4):
            shade(tbl.cell(i, cc), "E3EEF3")
for row in tbl.rows:
    row.cells[0].width = Cm(8.2)
    for c in row.cells[1:]:
        c.width = Cm(2.9)
para("")
para(
    "Site managers (driftsledere / lokalitetsledere) and office staff are normally on individual monthly "
    "salaries outside the agreement. The general increase in the 2025 settlement was kr 8,50 per hour for all "
    "categories.",
    size=9.5,
)

# ---------------------------------------------------------------- apprentices
heading("2. Apprentice pay (lærlinglønn)", 1)
para(
    "Apprentices are paid a percentage of the minimum rate for a skilled operator with trade certificate "
    "(kr 244,60 per hour). The percentage rises every half-year of the two-year apprenticeship."
)
app = [
    ("1st half-year", "30 %", "73,38", "143 091"),
    ("2nd half-year", "40 %", "97,84", "190 788"),
    ("3rd half-year", "50 %", "122,30", "238 485"),
    ("4th half-year", "80 %", "195,68", "381 576"),
]
t2 = doc.add_table(rows=1 + len(app), cols=4)
t2.style = "Table Grid"
t2.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, h in enumerate(
    ("Period of apprenticeship", "Share of skilled rate", "Per hour (kr)", "Per year equivalent (kr)")
):
    set_cell(t2.cell(0, j), h, bold=True, white=True, align=None if j == 0 else "center")
    shade(t2.cell(0, j), "0B4F6C")
for i, row in enumerate(app, start=1):
    set_cell(t2.cell(i, 0), row[0])
    for j in (1, 2, 3):
        set_cell(t2.cell(i, j), row[j], align="right")
para("")
para(
    "Apprentices receive the same shift, weekend and overtime supplements as other employees. Apprentices under "
    "18 may not work at night (21:00–06:00) and may not dive or operate cranes.",
    size=9.5,
)

# ---------------------------------------------------------------- supplements
heading("3. Supplements, overtime and holiday pay", 1)
sup = [
    ("Evening supplement (kveldstillegg), 18:00–21:00", "kr 25,00 per hour"),
    ("Night supplement (nattillegg), 21:00–06:00", "kr 45,00 per hour"),
    ("Saturday and Sunday supplement (helgetillegg)", "kr 60,00 per hour"),
    ("Skipper supplement — responsible for a workboat (requires båtførerbevis or higher)", "kr 18,00 per hour"),
    ("Exposed-site supplement (eksponert lokalitet)", "kr 35,00 per hour"),
    ("Overtime — first 3 hours on weekdays", "50 %"),
    ("Overtime — after 21:00, Sundays and public holidays", "100 %"),
    ("Holiday pay (feriepenger), 5 weeks' holiday", "12 % of previous year's earnings; 14,3 % from age 60"),
]
t3 = doc.add_table(rows=1 + len(sup), cols=2)
t3.style = "Table Grid"
for j, h in enumerate(("Supplement", "Rate 2025–2026")):
    set_cell(t3.cell(0, j), h, bold=True, white=True)
    shade(t3.cell(0, j), "0B4F6C")
for i, (x, y) in enumerate(sup, start=1):
    set_cell(t3.cell(i, 0), x)
    set_cell(t3.cell(i, 1), y)
para("")
para(
    "Example: a skilled operator on a 7/7 rotation at a sea site, with the usual share of evening, night and "
    "weekend hours, typically earns kr 560 000 – 610 000 a year before holiday pay.",
    size=9.5,
)

# ---------------------------------------------------------------- careers info
heading("4. Working hours and rotations", 1)
bullet(
    "Normal working week: 37,5 hours. Hatcheries and harvesting stations mostly work day shifts, Monday to "
    "Friday, with weekend duty in turn."
)
bullet(
    "Sea sites commonly use rotations: 7 days on / 7 days off with long working days, or 14 on / 14 off at "
    "remote sites where staff live on the feed barge (fôrflåte). Hours are averaged over the rotation period."
)
bullet(
    "Travel to and from a remote site at the start and end of a rotation is paid at the normal hourly rate "
    "without supplements."
)

heading("5. How to become a fish farm operator", 1)
para("The usual route is the 2+2 model in upper secondary education:")
bullet("Vg1 Naturbruk (natural resources) at upper secondary school — 1 year.")
bullet("Vg2 Akvakultur (aquaculture) — 1 year, including work placement at a fish farm.")
bullet(
    "Apprenticeship (læretid) in a member company — 2 years, ending with the trade test (fagprøve). "
    "Passing gives the trade certificate (fagbrev i akvakulturfaget)."
)
para(
    "Adults with at least 5 years of varied relevant work experience can take the trade test as a "
    "praksiskandidat without an apprenticeship. OSMN runs theory courses for praksiskandidater every autumn "
    "in Fillan and Kristiansund."
)
para("Courses required before working with live fish or at sea:")
bullet("Fish welfare course (kurs i fiskevelferd) — mandatory for everyone who handles live fish; 3 days.")
bullet("Safety course for aquaculture (sikkerhetskurs for havbruk) — 2 days, renewed every 5 years.")
bullet(
    "Boat licence (båtførerbevis) for workboats under 15 metres; larger service vessels require a deck "
    "officer certificate (Dekksoffiser klasse 5 or higher)."
)
bullet("Crane certificate (kranførerbevis) for the feed barge and workboat cranes — arranged by the employer.")
para(
    "Many operators go on to further study: a 2-year vocational college programme (fagskole) in aquaculture "
    "management, or a 3-year bachelor's degree in aquaculture, which leads to roles such as site manager, "
    "production planner or fish health technician."
)

heading("6. Contact", 1)
para(
    "Questions about apprenticeships and pay: OSMN, tel. 72 44 18 00, post@osmn.no. "
    "Union representatives (tillitsvalgte) at your workplace can also help with pay questions."
)

doc.core_properties.title = "Lønn og vilkår i havbruk 2025–2026"
doc.core_properties.author = "OSMN"
doc.save(OUT)
print("wrote", OUT)
