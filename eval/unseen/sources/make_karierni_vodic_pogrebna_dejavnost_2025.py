"""Generate karierni_vodic_pogrebna_dejavnost_2025.docx (Slovenia, funeral & cemetery services)."""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).with_name("karierni_vodic_pogrebna_dejavnost_2025.docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)

p = doc.add_paragraph("Karierno središče za poklicno orientacijo  |  Poklicni vodič št. 14/2025")
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.add_heading("Komunalne dejavnosti: pogrebna in pokopališka dejavnost", level=0)
doc.add_paragraph(
    "Republika Slovenija, plačno leto 2025 — vodič za dijake, študente in iskalce zaposlitve "
    "(English edition for students)"
)

doc.add_heading("1. What the work involves", level=1)
doc.add_paragraph(
    "Funeral and cemetery services (pogrebna in pokopališka dejavnost) are run mostly by public utility companies "
    "(javna komunalna podjetja, JKP) owned by the municipalities, and by a smaller number of licensed private "
    "funeral companies. Staff collect and transport the deceased, prepare the ceremony (pogrebna slovesnost), "
    "carry the coffin or urn, dig and close graves, look after the cemetery grounds and, in Ljubljana and "
    "Maribor, run the cremation plant (upepeljevalnica). Work is physical, outdoors in all weather, and "
    "includes weekends: funerals in Slovenia are normally held on weekdays and Saturdays, and on-call duty "
    "(dežurstvo) covers nights and Sundays."
)
doc.add_paragraph("Typical posts, from entry level upwards:")
for t in [
    "pomožni delavec na pokopališču — cemetery helper (grounds, cleaning, flower removal);",
    "grobar — gravedigger (digging, closing and levelling of graves, often with a mini-excavator);",
    "pogrebnik / nosač — funeral attendant and bearer (transport of the deceased, ceremony, carrying);",
    "upravljavec upepeljevalnika — crematorium operator;",
    "pogrebni organizator — funeral arranger (meets the family, plans the ceremony, paperwork);",
    "vodja pogrebne službe — head of funeral service (staff, rosters, contracts with the municipality).",
]:
    doc.add_paragraph(t, style="List Bullet")

doc.add_heading("2. Basic pay by tarifni razred (TR)", level=1)
doc.add_paragraph(
    "Basic pay follows the collective agreement for communal activities (KPKD). The table shows the basic "
    "monthly pay for a full-time post (40 hours a week) valid from 1 January 2025. All amounts are GROSS "
    "(bruto); the net amount after contributions and advance income tax is usually about 64–68 % of gross."
)
rows = [
    ("TR II", "Pomožni delavec na pokopališču", "1.253,90 ¹"),
    ("TR III", "Grobar", "1.318,45"),
    ("TR IV", "Pogrebnik / nosač", "1.402,70"),
    ("TR V", "Upravljavec upepeljevalnika", "1.527,15"),
    ("TR VI", "Pogrebni organizator", "1.684,30"),
    ("TR VII", "Vodja pogrebne službe", "2.196,80"),
]
tbl = doc.add_table(rows=1, cols=3)
tbl.style = "Table Grid"
hdr = tbl.rows[0].cells
hdr[0].text = "Tarifni\nrazred"
hdr[1].text = "Delovno mesto\n(post)"
hdr[2].text = "Osnovna plača\n(EUR bruto / mesec)"
for r in rows:
    c = tbl.add_row().cells
    for i, v in enumerate(r):
        c[i].text = v
fn = doc.add_paragraph(
    "¹ Where basic pay plus performance pay is lower than the statutory minimum wage (1.277,72 € bruto in "
    "2025), the employer pays the difference (razlika do minimalne plače)."
)
fn.runs[0].font.size = Pt(8.5)

doc.add_heading("3. Dodatki (allowances)", level=1)
doc.add_paragraph("On top of basic pay, the KPKD and the Employment Relationships Act (ZDR-1) provide:")
al = [
    ("Delovna doba (seniority)", "0,5 % of basic pay for each completed year of service"),
    ("Nočno delo (22.00–6.00)", "50 % of the hourly rate"),
    ("Delo v nedeljo", "75 % of the hourly rate"),
    ("Delo na praznik / dela prost dan", "100 % of the hourly rate"),
    ("Dežurstvo (on-call at home)", "20 % of the hourly rate for each hour on call"),
    ("Delo s pokojniki (handling the deceased)", "12 % of basic pay"),
    ("Ekshumacija", "45,00 € per exhumation"),
    ("Prehrana med delom (meals)", "7,96 € per working day"),
    ("Prevoz na delo (commuting)", "0,21 € per km"),
    ("Regres za letni dopust", "at least 1.277,72 €, paid once a year (by 1 July)"),
]
t2 = doc.add_table(rows=1, cols=2)
t2.style = "Table Grid"
t2.rows[0].cells[0].text = "Dodatek"
t2.rows[0].cells[1].text = "Višina"
for a, b in al:
    c = t2.add_row().cells
    c[0].text = a
    c[1].text = b

doc.add_heading("4. What people actually earn, by statistical region", level=1)
doc.add_paragraph(
    "Basic pay is the same across the country, but allowances (on-call duty, Sundays, exhumations) make real "
    "earnings differ. The figures below are average gross monthly earnings including all allowances for "
    "funeral and cemetery staff in TR III–VI, from the 2024 survey of JKP employers (latest available)."
)
reg = [
    ("Osrednjeslovenska", "Ljubljana", "2.041,55"),
    ("Gorenjska", "Kranj", "1.903,25"),
    ("Obalno-kraška", "Koper", "1.955,70"),
    ("Savinjska", "Celje", "1.846,10"),
    ("Podravska", "Maribor", "1.812,40"),
    ("Pomurska", "Murska Sobota", "1.698,35"),
]
t3 = doc.add_table(rows=1, cols=3)
t3.style = "Table Grid"
h = t3.rows[0].cells
h[0].text = "Statistična regija"
h[1].text = "Main centre"
h[2].text = "Povprečna plača 2024\n(EUR bruto / mesec, z dodatki)"
for r in reg:
    c = t3.add_row().cells
    for i, v in enumerate(r):
        c[i].text = v
doc.add_paragraph("Source: careers-centre survey of 23 JKP and private funeral companies, sample n = 412.").runs[
    0
].font.size = Pt(8.5)

doc.add_heading("5. Training and requirements", level=1)
doc.add_paragraph(
    "No specific school is required for entry posts. Employers ask for completed primary school (osnovna šola), "
    "a category B driving licence, a medical certificate of fitness for heavy physical work and a clean "
    "criminal record. New bearers and attendants complete the national vocational qualification NPK "
    "Pogrebnik/pogrebnica within their first year; the employer pays the assessment."
)
doc.add_paragraph(
    "Crematorium operators are trained on the job: at least three months working under a qualified operator, "
    "followed by an internal exam on safety and emissions rules. Gravediggers who use an excavator need a "
    "machine-operator certificate (izpit za upravljavca gradbene mehanizacije)."
)
doc.add_paragraph(
    "To become a pogrebni organizator or vodja pogrebne službe you need secondary vocational or technical "
    "education (level V) and at least five years of experience in funeral services; the head of service "
    "usually also holds a business or administration diploma."
)

doc.add_heading("6. How to apply", level=1)
doc.add_paragraph(
    "Vacancies at public utility companies are published on the ZRSZ portal and on the company website. Send "
    "a short CV, a copy of your driving licence and your school certificate to the JKP of your municipality. "
    "Many companies also take summer students (študentsko delo) for cemetery maintenance before All Saints' "
    "Day (1 November), which is the easiest way in."
)
doc.save(OUT)
print("wrote", OUT)
