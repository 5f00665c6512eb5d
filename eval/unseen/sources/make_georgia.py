from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

d = Document()
st = d.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
h = d.add_paragraph()
r = h.add_run("Alazani Valley Wine Company LLC (შპს „ალაზნის ველის ღვინის კომპანია“)")
r.bold = True
r.font.size = Pt(13)
d.add_paragraph("Telavi, Kakheti, Georgia · Identification code 231 456 789")
d.add_heading("Staff Remuneration and Working Conditions Policy 2025", level=1)
d.add_paragraph(
    "Document HR-POL-04, version 3. Approved by the Director on 14.02.2025; applies from 01.03.2025 until replaced. "
    "This policy is shared with students from the Agricultural University of Georgia and Telavi State University who apply for internships and seasonal work."
)

d.add_heading("1. General principles", level=2)
for t in [
    "All salaries are stated in Georgian lari (GEL) as gross amounts. The Company withholds personal income tax of 20% and the employee's 2% pension contribution; the Company adds its own 2% pension contribution.",
    "Permanent staff are paid monthly, by bank transfer to a TBC Bank or Bank of Georgia account, no later than the 10th day of the following month.",
    "Seasonal workers during the rtveli (grape harvest) are paid per day or per shift, in cash or to a bank card, every Saturday.",
    "The salary range for each position depends on experience and on the outcome of the annual review held in January.",
]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("2. Monthly salary ranges for permanent staff", level=2)
rows = [
    ("Winemaking", None, None, None),
    ("Chief Winemaker", "W5", "6 500", "9 000"),
    ("Assistant Winemaker / Oenologist", "W3", "2 800", "4 200"),
    ("Cellar Master (marani)", "W3", "2 400", "3 200"),
    ("Wine Laboratory Technician", "W2", "1 600", "2 200"),
    ("Cellar Hand", "W1", "1 200", "1 600"),
    ("Vineyards", None, None, None),
    ("Vineyard Manager (Agronomist)", "V4", "3 000", "4 500"),
    ("Tractor Driver", "V2", "1 300", "1 700"),
    ("Vineyard Worker", "V1", "1 000", "1 300"),
    ("Bottling, sales and tourism", None, None, None),
    ("Export Sales Manager", "S4", "4 000", "6 500"),
    ("Bottling Line Operator", "P1", "1 150", "1 450"),
    ("Tasting Room Host / Wine Tourism Guide", "T1", "1 100", "1 500"),
]
tb = d.add_table(rows=2, cols=4)
tb.style = "Table Grid"
a = tb.cell(0, 0).merge(tb.cell(1, 0))
a.text = "Position"
b = tb.cell(0, 1).merge(tb.cell(1, 1))
b.text = "Grade"
c = tb.cell(0, 2).merge(tb.cell(0, 3))
c.text = "Gross monthly salary (GEL)"
tb.cell(1, 2).text = "Minimum"
tb.cell(1, 3).text = "Maximum"
for row in tb.rows[:2]:
    for cell in row.cells:
        for p in cell.paragraphs:
            for rr in p.runs:
                rr.bold = True
for pos, g, lo, hi in rows:
    cells = tb.add_row().cells
    if g is None:
        m = cells[0].merge(cells[3])
        m.text = pos
        for rr in m.paragraphs[0].runs:
            rr.bold = True
            rr.italic = True
    else:
        cells[0].text = pos
        cells[1].text = g
        cells[2].text = lo
        cells[3].text = hi
d.add_paragraph(
    "Export Sales Manager: plus commission of 1,5% of net export invoices paid, settled quarterly. "
    "Tasting Room Host: plus a share of the tips box, divided equally each month."
)

d.add_heading("3. Rtveli (harvest) season rates", level=2)
d.add_paragraph(
    "The rtveli normally runs from mid-September to mid-October (about 25 working days). Seasonal rates for 2025:"
)
t2 = d.add_table(rows=1, cols=3)
t2.style = "Table Grid"
for i, x in enumerate(["Seasonal job", "Rate (GEL)", "Basis"]):
    t2.rows[0].cells[i].text = x
    t2.rows[0].cells[i].paragraphs[0].runs[0].bold = True
for row in [
    ("Grape picker", "70", "per day (07:00–15:00), lunch provided"),
    ("Grape picker – productivity bonus", "0,12", "per kg picked above 500 kg in a day"),
    ("Sorting table worker", "65", "per day"),
    ("Crusher / press operator", "110", "per 12-hour night shift"),
    ("Grape transport driver (own licence, Company truck)", "120", "per day"),
    ("Qvevri cleaning and sealing assistant", "80", "per day"),
]:
    cs = t2.add_row().cells
    for i, x in enumerate(row):
        cs[i].text = x
d.add_paragraph(
    "Permanent staff receive a rtveli bonus equal to 50% of one month's gross salary, paid with the October salary, if they worked the whole harvest."
)

d.add_heading("4. Working time and leave", level=2)
for t in [
    "Standard working time is 40 hours a week, Monday to Friday 09:00–18:00 with a one-hour lunch break.",
    "During the rtveli, cellar staff may work up to 48 hours a week; hours above 40 are paid at 125% of the hourly rate or compensated with time off in November.",
    "Paid annual leave is 24 working days per year. Unpaid leave of up to 15 calendar days may be agreed.",
    "The probationary period for new permanent staff is 3 months; for the Chief Winemaker and Export Sales Manager it is 6 months.",
]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("5. Qualifications, training and career path", level=2)
for t in [
    "Cellar Hand and Vineyard Worker: no formal qualification; training on the job. Many of our cellar hands began as rtveli pickers.",
    "Wine Laboratory Technician: vocational (VET) certificate in food technology or chemistry, or a bachelor's student in the final year.",
    "Assistant Winemaker / Oenologist: bachelor's degree in viticulture and oenology (4 years, e.g. Agricultural University of Georgia in Tbilisi) and at least two vintages of practice.",
    "Chief Winemaker: at least 8 vintages, including experience of traditional qvevri winemaking (UNESCO-listed method) and of European-style tank fermentation.",
    "Internships: a paid 3-month vintage internship (August–October) is offered to 4 students per year at 900 GEL per month, with shared accommodation in Telavi.",
    "Languages: Georgian is required for all positions; English or Russian is required for tasting room and export positions.",
]:
    d.add_paragraph(t, style="List Bullet")

f = d.add_paragraph("HR Department · hr@alazanivalleywine.ge · +995 350 27 41 00 · HR-POL-04 v3 · Page 1 of 1")
f.alignment = WD_ALIGN_PARAGRAPH.CENTER
d.save(str(Path(__file__).resolve().parent.parent / "corpus" / "AVWC_HR-POL-04_Remuneration_Policy_2025.docx"))
