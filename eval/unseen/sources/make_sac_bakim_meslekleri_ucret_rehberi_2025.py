# Generator: hair-care trades (barbers / kuaför) wage guide, Türkiye, 2025 (DOCX, python-docx)
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sac_bakim_meslekleri_ucret_rehberi_2025.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)
    s.top_margin = Cm(2)

hdr = doc.sections[0].header.paragraphs[0]
hdr.text = "TBKF Meslek Rehberi · Kariyer Danışmanlığı Serisi No. 7"
hdr.runs[0].font.size = Pt(8)
hdr.runs[0].font.color.rgb = RGBColor(0x80, 0x80, 0x80)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


doc.add_heading("Hair-Care Trades: Pay, Training and Getting Started", level=0)
p = doc.add_paragraph()
r = p.add_run("Berberlik ve Kuaförlük – Ücret Rehberi 2025 (Türkiye)")
r.bold = True
r.font.size = Pt(13)
p = doc.add_paragraph()
r = p.add_run(
    "Published by the Türkiye Berber ve Kuaför Esnafı Federasyonu (TBKF) for school careers counsellors, "
    "MESEM students and their families. Survey of member salons, January–March 2025."
)
r.italic = True

doc.add_heading("1. The trade in brief", level=1)
doc.add_paragraph(
    "Men's barbers (berber) and hairdressers for women (kuaför) work mainly in small, owner-run salons; "
    "about four in five workplaces employ fewer than five people. Traditionally a young person enters the "
    "trade as a çırak (apprentice), becomes a kalfa (journeyman) after completing the apprenticeship and "
    "passing the kalfalık exam, and later qualifies as an usta (master). Larger chains in the big cities "
    "also employ salon managers (salon müdürü) who run the shop for the owner."
)
doc.add_paragraph(
    "Standard working week: 45 hours (Labour Law No. 4857). Most salons are open six days a week and "
    "busiest on Fridays, Saturdays and the days before the bayram holidays."
)

doc.add_heading("2. What people earn", level=1)
doc.add_paragraph(
    "Table 1 shows the typical monthly take-home pay reported by member salons. For comparison, the national "
    "minimum wage for 2025 is 26.005,50 TL gross, which is 22.104,67 TL net per month."
)

cap = doc.add_paragraph()
cr = cap.add_run("Table 1 – Typical net monthly pay by city and level, 2025 (TL)*")
cr.bold = True

table = doc.add_table(rows=2, cols=5)
table.style = "Table Grid"
table.alignment = WD_TABLE_ALIGNMENT.CENTER
# two-row header: first row groups the levels
h0 = table.rows[0].cells
h0[0].text = "City"
h0[1].merge(h0[3])
h0[1].text = "Level (net TL / month)"
h0[4].text = "Salon manager"
h1 = table.rows[1].cells
h1[0].text = ""
h1[1].text = "Çırak"
h1[2].text = "Kalfa"
h1[3].text = "Usta"
h1[4].text = "(salon müdürü)"
# merge the City cell vertically
table.cell(0, 0).merge(table.cell(1, 0))
for row in table.rows[:2]:
    for c in row.cells:
        shade(c, "D9E2F3")
        for pp in c.paragraphs:
            for rr in pp.runs:
                rr.bold = True
data = [
    ("İstanbul", "13.500", "32.000", "48.500", "62.000"),
    ("Ankara", "12.000", "28.500", "41.000", "52.500"),
    ("İzmir", "12.500", "29.750", "43.250", "55.000"),
    ("Antalya**", "12.000", "30.500", "46.000", "58.000"),
    ("Bursa", "11.500", "27.000", "38.500", "48.000"),
    ("Gaziantep", "10.500", "24.500", "34.000", "42.500"),
    ("Trabzon", "10.000", "23.750", "33.000", "41.000"),
]
for d in data:
    cells = table.add_row().cells
    for i, v in enumerate(d):
        cells[i].text = v
        if i:
            cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

note = doc.add_paragraph()
nr = note.add_run(
    "* Net (after income tax and SGK social security deductions), excluding tips (bahşiş) and commission. "
    "Çırak figures are for apprentices in the MESEM programme in their final year; the state pays part of "
    "this amount. ** Antalya: high season (April–October) figures; many salons in coastal districts close or "
    "reduce staff in winter."
)
nr.font.size = Pt(8.5)
nr.italic = True

doc.add_heading("3. Commission and tips", level=1)
doc.add_paragraph(
    "Many ustas are paid a fixed wage plus a commission (prim) on the services they perform, usually "
    "between one quarter and two fifths of the service price, especially in İstanbul and İzmir. Some "
    "experienced barbers rent a chair (koltuk kirası) instead and keep their own takings. Tips are common "
    "but vary widely and are not included in Table 1."
)

doc.add_heading("4. Training route", level=1)
for t in [
    "Apprenticeship: enrol in the Mesleki Eğitim Merkezi (MESEM) programme after 8th grade or later; "
    "students spend four days a week in a salon and one day at the centre. The programme lasts four years.",
    "Kalfalık belgesi: awarded after the apprenticeship and the kalfalık exam.",
    "Ustalık belgesi: awarded after the ustalık exam; holders can train apprentices and open their own salon.",
    "Adults over 19 may take shorter courses at Halk Eğitim Merkezi (public education centres), but still need "
    "the master's certificate to open a shop.",
]:
    doc.add_paragraph(t, style="List Bullet")

doc.add_heading("5. Opening your own salon", level=1)
doc.add_paragraph(
    "To open a barber shop or hairdressing salon you need the ustalık belgesi, registration with the local "
    "chamber of tradesmen (esnaf ve sanatkârlar odası) and the esnaf sicil registry, a tax registration at "
    "the tax office, and a workplace opening and operating licence (işyeri açma ve çalışma ruhsatı) from the "
    "municipality. Hygiene rules for razors, towels and sterilisation are checked by municipal inspectors."
)

doc.add_heading("6. Where to ask", level=1)
doc.add_paragraph(
    "Your provincial chamber of barbers and hairdressers or the nearest MESEM can tell you which salons take "
    "apprentices this year. The figures in this guide are typical values, not legal minimum rates."
)

doc.save(OUT)
print("wrote", OUT)
