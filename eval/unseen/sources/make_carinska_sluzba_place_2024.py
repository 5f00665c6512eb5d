"""Generate carinska_sluzba_place_2024.docx (career information sheet, customs service, Croatia 2024)."""

import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "corpus", "carinska_sluzba_place_2024.docx")

BASE = 947.18  # osnovica (base) for civil servants, EUR


def eur(x):
    """Croatian style: 1.378,15 €"""
    s = f"{x:,.2f}"  # 1,378.15
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s + " €"


GRADES = [
    # (post, English, education, coefficient)
    ("Carinik", "customs officer", "SSS", 1.067),
    ("Viši carinik", "senior customs officer", "SSS", 1.164),
    ("Carinski inspektor", "customs inspector", "VSS", 1.455),
    ("Viši carinski inspektor", "senior customs inspector", "VSS", 1.649),
    ("Samostalni carinski inspektor", "independent customs inspector", "VSS", 1.843),
    ("Voditelj carinske ispostave", "head of customs branch", "VSS", 2.134),
    ("Načelnik carinskog ureda", "head of customs office", "VSS", 2.619),
]


def coef(c):
    return f"{c:.3f}".replace(".", ",")


def shade_header(row):
    for cell in row.cells:
        for p in cell.paragraphs:
            for r in p.runs:
                r.bold = True


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)

p = doc.add_paragraph()
r = p.add_run("SVEUČILIŠNI CENTAR ZA KARIJERE · Information sheet no. 17")
r.font.size = Pt(9)
r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)

doc.add_heading("Customs and Excise Careers in Croatia: Pay, Grades and Entry 2024", level=0)

doc.add_paragraph(
    "Carinska služba (the customs service) is part of the Ministry of Finance. Its officers – carinici – check "
    "goods and travellers at border crossings, sea ports and airports, collect customs duties and VAT on imports, "
    "control excise goods (trošarine: fuel, tobacco, alcohol) and work in mobile units (mobilne jedinice) that "
    "patrol roads and warehouses inland. Since the country joined the Schengen area the work has shifted "
    "towards the external EU border with Serbia, Bosnia and Herzegovina and Montenegro, and towards ports and "
    "post-clearance audit."
)

doc.add_heading("1. Grades and basic pay", level=1)
doc.add_paragraph(
    "Basic pay in the civil service is the base (osnovica) multiplied by the coefficient of the post "
    "(koeficijent složenosti poslova). For 2024 the base is 947,18 € gross. The table shows the main customs "
    "posts, the minimum education (SSS = secondary school, VSS = university master's level) and the resulting "
    "gross monthly pay before allowances."
)

t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
hdr = t.rows[0].cells
hdr[0].text = "Radno mjesto\n(post)"
hdr[1].text = "English"
hdr[2].text = "Obrazovanje\n(education)"
hdr[3].text = "Koeficijent\n(coefficient)"
hdr[4].text = "Bruto plaća / mj.¹\n(EUR)"
shade_header(t.rows[0])
for post, en, edu, c in GRADES:
    row = t.add_row().cells
    row[0].text = post
    row[1].text = en
    row[2].text = edu
    row[3].text = coef(c)
    row[4].text = eur(BASE * c)
    row[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

fn = doc.add_paragraph()
fr = fn.add_run(
    "¹ Gross (bruto) amounts, before the employee's pension contributions (20 %) and income tax. Net pay for a "
    "single person with no dependants is roughly 72–75 % of gross, depending on the municipality of residence. "
    "Basic pay rises by 0,5 % for each completed year of service (minuli rad)."
)
fr.font.size = Pt(8.5)
fr.italic = True

doc.add_heading("2. Allowances (dodaci)", level=1)
doc.add_paragraph(
    "Most officers at border posts and in mobile units work in shifts. Shift work is paid through percentage "
    "supplements on the hourly rate of basic pay; some posts also carry a fixed supplement."
)
t2 = doc.add_table(rows=1, cols=2)
t2.style = "Table Grid"
t2.rows[0].cells[0].text = "Dodatak (allowance)"
t2.rows[0].cells[1].text = "Iznos (amount)"
shade_header(t2.rows[0])
for a, b in [
    ("Rad noću (night work, 22:00–06:00)", "+40 % of the hourly rate"),
    ("Rad nedjeljom (Sunday work)", "+35 % of the hourly rate"),
    ("Rad na blagdan (public holiday)", "+50 % of the hourly rate"),
    ("Prekovremeni rad (overtime)", "+50 % of the hourly rate"),
    ("Posts on the external EU border", "8 % of basic pay"),
    ("Mobilne jedinice (mobile units)", "10 % of basic pay"),
    ("Terenski dodatak (field allowance, away from home post)", "26,54 € per day, tax-free"),
]:
    c = t2.add_row().cells
    c[0].text = a
    c[1].text = b

doc.add_heading("3. What officers actually take home, by region", level=1)
doc.add_paragraph(
    "Customs work is organised in four regional customs offices (PCU – područni carinski ured). Average gross "
    "monthly earnings below include shift supplements, border supplements and years of service, so they are "
    "higher than the basic pay in section 1. Figures are averages for 2024 reported by the service's payroll "
    "and rounded to the cent."
)
t3 = doc.add_table(rows=1, cols=4)
t3.style = "Table Grid"
h3 = t3.rows[0].cells
h3[0].text = "Regija\n(PCU)"
h3[1].text = "Main posts"
h3[2].text = "Carinik –\nprosj. bruto / mj."
h3[3].text = "Carinski inspektor –\nprosj. bruto / mj."
shade_header(t3.rows[0])
for reg, posts, a, b in [
    ("PCU Zagreb", "Zračna luka Zagreb, Bregana, inland terminals", "1.284,60 €", "1.642,30 €"),
    ("PCU Split", "Split port, Karasovići, Metković, Nova Sela", "1.263,10 €", "1.615,80 €"),
    ("PCU Rijeka", "Rijeka port, Pula, Zračna luka Rijeka", "1.249,75 €", "1.598,40 €"),
    ("PCU Osijek", "Bajakovo, Slavonski Šamac, Stara Gradiška", "1.327,90 €", "1.689,20 €"),
]:
    c = t3.add_row().cells
    c[0].text = reg
    c[1].text = posts
    c[2].text = a
    c[3].text = b

doc.add_heading("4. Getting in", level=1)
doc.add_paragraph(
    "Vacancies are filled through a public competition (javni natječaj) announced in Narodne novine, the "
    "official gazette, and on the central civil-service vacancies portal. Check the exact deadline in each "
    "announcement: it is usually 8 days from publication, and incomplete applications are not considered."
)
doc.add_paragraph("Requirements that appear in almost every competition:", style=None)
for b in [
    "Croatian citizenship and no criminal proceedings pending;",
    "secondary school (SSS) for carinik posts, a master's degree (VSS) in economics, law or a related field for "
    "inspector posts;",
    "a category B driving licence for mobile units;",
    "physical and mental fitness confirmed by an occupational health doctor;",
    "a working knowledge of English; German or Italian is an advantage at ports and airports.",
]:
    doc.add_paragraph(b, style="List Bullet")

doc.add_heading("5. Training and probation", level=1)
doc.add_paragraph(
    "Candidates without previous civil-service experience start as trainees (vježbenik) for 12 months. During "
    "that year they rotate through clearance, excise and border work and attend the basic customs course at the "
    "service's training centre. Before the end of the traineeship they must pass the state professional "
    "examination (državni stručni ispit); a trainee who fails it loses the post. After that, promotion from "
    "carinik to viši carinik usually takes three to four years of good annual appraisals."
)

p = doc.add_paragraph()
r = p.add_run(
    "Sources: civil-service pay regulations and the customs service's published 2024 payroll averages, "
    "compiled by the careers centre. Figures are indicative; the competition notice is always the binding text."
)
r.font.size = Pt(8.5)
r.italic = True

doc.save(OUT)
for post, en, edu, c in GRADES:
    print(post, coef(c), eur(BASE * c))
print("wrote", OUT)
