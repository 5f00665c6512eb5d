# Generates the North Macedonian ski/snowboard instruction fee guide (.docx) next to this script.
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "zimska_nastava_honorari_2024-25.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)


def shade(cell, hexcolor="DCE6F1"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


p = doc.add_paragraph("Здружение на ски-учители и тренери · Скопје")
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p.runs[0].italic = True

doc.add_heading("Winter Sports Instruction: Fees, Daily Rates and Careers", level=0)
doc.add_paragraph(
    "Season 2024/2025 (1 December 2024 – 31 March 2025) · Guidance for ski schools, instructors and trainees"
)

doc.add_heading("About this guide", level=1)
doc.add_paragraph(
    "Each winter the association publishes recommended minimum rates for instructors engaged by ski schools at the "
    "country's resorts. The rates are agreed with the larger schools at Mavrovo, Popova Šapka and Kožuf and are "
    "used as a reference by smaller schools at Kruševo and Pelister. Most instructors work seasonally under a "
    "contract for services (договор за дело) and combine instruction with summer work in mountain guiding, "
    "sports coaching or tourism."
)

doc.add_heading("1. Daily engagement rates at resort ski schools", level=1)
doc.add_paragraph("Table 1 — Recommended minimum daily fee by licence level*")

t = doc.add_table(rows=2, cols=4)
t.style = "Table Grid"
h0 = t.rows[0].cells
h1 = t.rows[1].cells
h0[0].text = "Licence level"
h0[1].text = "Daily fee, ден. (gross)"
h0[3].text = "Guaranteed days per season"
h1[1].text = "Mon–Fri"
h1[2].text = "Sat, Sun & public holidays"
a = h0[0].merge(h1[0])
b = h0[1].merge(h0[2])
c = h0[3].merge(h1[3])
for cell in list(t.rows[0].cells) + list(t.rows[1].cells):
    shade(cell)
    for par in cell.paragraphs:
        for run in par.runs:
            run.bold = True

rows = [
    ("Assistant instructor (помошник ски-учител)", "1.900 ден.", "2.300 ден.", "40"),
    ("Snowboard instructor, national licence", "2.650 ден.", "3.200 ден.", "45"),
    ("Ski instructor, national licence (Level 2)", "2.800 ден.", "3.400 ден.", "50"),
    ("Senior ski instructor (Level 3)", "3.700 ден.", "4.500 ден.", "60"),
    ("ISIA-stamped instructor", "4.600 ден.", "5.500 ден.", "60"),
    ("Head of ski school / technical director", "5.900 ден.", "6.800 ден.", "80"),
]
for r in rows:
    cells = t.add_row().cells
    for i, v in enumerate(r):
        cells[i].text = v
        if i:
            cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

fn = doc.add_paragraph(
    "* Gross fee per working day of up to 6 hours on snow, before the 10% personal income tax withheld by the "
    "school. Hours on snow beyond 6 in one day are paid at one sixth of the daily fee per hour. If a school "
    "engages an instructor for fewer days than the guaranteed minimum, the shortfall is paid at the Mon–Fri rate."
)
fn.runs[0].font.size = Pt(8.5)
fn.runs[0].italic = True

doc.add_heading("2. Private lessons", level=1)
doc.add_paragraph(
    "Private lessons are sold by the school; the instructor receives a share of 70% of the price of each hour "
    "taught. The prices below are the schools' public prices for season 2024/2025 (one person, one hour)."
)
t2 = doc.add_table(rows=1, cols=3)
t2.style = "Table Grid"
for i, h in enumerate(["Resort", "Private lesson, 1 h (price to client)", "Instructor's share per hour"]):
    t2.rows[0].cells[i].text = h
    shade(t2.rows[0].cells[i])
    t2.rows[0].cells[i].paragraphs[0].runs[0].bold = True
resorts = [
    ("Mavrovo (Zare Lazarevski)", "1.800 ден.", "1.260 ден."),
    ("Popova Šapka", "1.600 ден.", "1.120 ден."),
    ("Kožuf", "2.000 ден.", "1.400 ден."),
    ("Kruševo", "1.300 ден.", "910 ден."),
    ("Pelister", "1.200 ден.", "840 ден."),
]
for r in resorts:
    cells = t2.add_row().cells
    for i, v in enumerate(r):
        cells[i].text = v
doc.add_paragraph(
    "Group lessons (4 to 8 participants, 2 hours) are paid to the instructor at the daily rate in Table 1 and are "
    "not counted as private hours. Each additional person in a private lesson adds 400 ден. to the price."
)

doc.add_heading("3. Accommodation, meals and travel", level=1)
for line in [
    "Kožuf and Popova Šapka: schools provide a bed in staff accommodation for the whole engagement.",
    "Mavrovo: instructors travelling daily from Gostivar or Skopje receive a travel allowance of 600 ден. per "
    "working day.",
    "All resorts: one hot meal per working day, or a meal allowance of 350 ден. where the school has no canteen.",
    "Ski pass for the season and the school uniform are provided free of charge; instructors supply their own "
    "skis or board.",
]:
    doc.add_paragraph(line, style="List Bullet")

doc.add_heading("4. Becoming an instructor", level=1)
doc.add_paragraph(
    "Training is organised by the association together with the national ski federation. Candidates must be at "
    "least 18 years old, have completed secondary school and pass an entry test of parallel turns on a red run."
)
doc.add_paragraph(
    "Level 1 (assistant): a course of 12 days on snow plus a practical and theory exam. Holders may teach "
    "beginners' groups under supervision.",
    style="List Number",
)
doc.add_paragraph(
    "Level 2 (national licence): open after at least one full season as an assistant; 15 days of training, "
    "first aid certificate and exam.",
    style="List Number",
)
doc.add_paragraph(
    "Level 3 (senior): at least three seasons with the national licence, a course in teaching methodology and "
    "a technical exam in slalom. Level 3 holders with a recognised foreign language may apply for the ISIA stamp.",
    style="List Number",
)
doc.add_paragraph(
    "The licence must be renewed every two years by attending a one-day refresher clinic before the season."
)

doc.add_heading("5. How to find work", level=1)
doc.add_paragraph(
    "Ski schools recruit between September and November. Send your CV, a copy of your licence and your first aid "
    "certificate to the school by 15 October; most schools hold an on-snow selection day in early December. "
    "Trainees without a licence may register for the Level 1 course through the association's office in Skopje."
)

doc.save(OUT)
print("wrote", OUT)
