"""Generates tallinn_trammijuhid_tootasu_2025.docx next to this script."""

import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tallinn_trammijuhid_tootasu_2025.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)
    s.top_margin = Cm(1.8)

# header line of the leaflet
hdr = doc.sections[0].header.paragraphs[0]
hdr.text = "Põhja-Eesti Karjäärikeskus  |  Infoleht nr 14/2025  |  Ametid ja palgad"
hdr.runs[0].font.size = Pt(8)
hdr.runs[0].font.color.rgb = RGBColor(0x66, 0x66, 0x66)

doc.add_heading("Ühistranspordi sõidupersonal: töötasu ja karjäär 2025", level=0)
p = doc.add_paragraph()
r = p.add_run("Public transport operating staff: pay and career 2025 (EE/EN)")
r.italic = True

doc.add_paragraph(
    "Infoleht koondab Tallinna trammiliikluse tööandja palgajuhendi põhiandmed, mis kehtivad "
    "perioodil 01.03.2025–28.02.2026. Andmed on esitatud karjääriõppe tarbeks; täpne pakkumine "
    "lepitakse kokku töölepingus."
)
p = doc.add_paragraph()
r = p.add_run(
    "EN: This leaflet summarises the tram operator's pay guide in force 01.03.2025–28.02.2026. "
    "Figures are for careers guidance; the exact offer is set in the employment contract."
)
r.italic = True
r.font.size = Pt(9.5)

doc.add_heading("1. Amet lühidalt / The job in brief", level=1)
doc.add_paragraph(
    "Trammijuht juhib reisijatega trammi graafiku alusel, jälgib liiklust ja reisijate ohutust, "
    "teeb vahetuse alguses vaguni tehnilise ülevaatuse ning suhtleb dispetšeriga raadio teel. "
    "Töö toimub vahetustega (varahommik, päev, õhtu); vahetuse pikkus on tavaliselt 8–10 tundi."
)
p = doc.add_paragraph()
r = p.add_run(
    "EN: Tram drivers run scheduled passenger services, carry out the pre-shift vehicle check and "
    "keep radio contact with the control room. Shifts usually last 8–10 hours."
)
r.italic = True
r.font.size = Pt(9.5)

doc.add_heading("2. Tunnitasu staaži järgi / Hourly pay by length of service", level=1)

rows = [
    ("alla 1 aasta", "T1", "10,40", "1 747"),
    ("1–3 aastat", "T2", "11,20", "1 882"),
    ("3–5 aastat", "T3", "11,85", "1 991"),
    ("5–10 aastat", "T4", "12,60", "2 117"),
    ("üle 10 aasta", "T5", "13,35", "2 243"),
    ("Vanemtrammijuht-instruktor²", "TI", "14,10", "2 369"),
]
t = doc.add_table(rows=1, cols=4)
t.style = "Light Grid Accent 1"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
heads = [
    "Staaž\n(Service)",
    "Palgaaste\n(Grade)",
    "Tunnitasu, €/h\n(Hourly rate, gross¹)",
    "Kuutasu 168 h, €\n(Monthly, est.)",
]
for c, h in zip(t.rows[0].cells, heads):
    c.text = h
    for para in c.paragraphs:
        for run in para.runs:
            run.bold = True
            run.font.size = Pt(9.5)
for row in rows:
    cells = t.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = v
        if i >= 2:
            cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

doc.add_paragraph()
fn = doc.add_paragraph()
r = fn.add_run(
    "¹ Brutosummad enne tulumaksu (22%), töötuskindlustusmakset (1,6%) ja kogumispensioni makset (2%). "
    "Kuutasu on arvestuslik (168 tundi kuus) ja ei sisalda lisatasusid. / Gross, before income tax and "
    "employee contributions; the monthly figure assumes 168 hours and excludes allowances.\n"
    "² Vanemtrammijuht-instruktori ametikohale saab kandideerida vähemalt 5-aastase staažiga trammijuht, "
    "kes on läbinud juhendaja koolituse."
)
r.font.size = Pt(8.5)

doc.add_paragraph(
    "Üleminek järgmisele palgaastmele toimub automaatselt staaži täitumisel, eeldusel et "
    "töötajal ei ole kehtivat distsiplinaarkaristust."
)

doc.add_heading("3. Lisatasud / Allowances", level=1)
al = [
    ("Öötöö (22.00–06.00) / Night work", "+25% tunnitasust"),
    ("Töö riigipühal / Public holiday work", "+100% tunnitasust"),
    ("Ületunnitöö / Overtime", "+50% tunnitasust"),
    ("Poolitatud vahetus / Split shift", "6,50 € vahetuse kohta"),
    ("Õpilase juhendamine liinil / Mentoring a trainee", "1,80 € tunnis"),
    ("Õnnetusteta sõidu preemia / Accident-free year bonus", "300 € aastas"),
]
t2 = doc.add_table(rows=1, cols=2)
t2.style = "Light List Accent 1"
t2.rows[0].cells[0].text = "Lisatasu liik"
t2.rows[0].cells[1].text = "Määr (bruto)"
for a, b in al:
    cells = t2.add_row().cells
    cells[0].text = a
    cells[1].text = b

doc.add_heading("4. Koolitus ja nõuded / Training and requirements", level=1)
doc.add_paragraph(
    "Tööandja korraldab 16-nädalase trammijuhi põhikoolituse (teooria, liikluseeskiri, sõiduõpe "
    "depoos ja liinil). Koolituse ajal makstakse õppijale õppetasu 1 150 € kuus (bruto). "
    "Koolituse lõpetanu kohustub töötama trammijuhina vähemalt 12 kuud; varem lahkumisel "
    "tuleb koolituskulu proportsionaalselt hüvitada."
)
doc.add_paragraph("Kandidaadile esitatavad nõuded:")
for item in [
    "vähemalt 21-aastane;",
    "B-kategooria juhiluba vähemalt 2 aastat;",
    "eesti keele oskus vähemalt B1-tasemel;",
    "kehtiv tervisetõend (sh nägemis- ja kuulmiskontroll);",
    "karistusregistri väljavõte.",
]:
    doc.add_paragraph(item, style="List Bullet")
p = doc.add_paragraph()
r = p.add_run(
    "EN: 16-week paid training course. Applicants must be at least 21, hold a B-category driving "
    "licence for at least 2 years, speak Estonian at B1 level or above and pass a medical check. "
    "Trainees commit to driving for at least 12 months after qualifying."
)
r.italic = True
r.font.size = Pt(9.5)

doc.add_heading("5. Kuidas kandideerida / How to apply", level=1)
doc.add_paragraph(
    "Saada CV ja lühike motivatsioonikiri tööandja värbamiskeskkonna kaudu (rubriik „Sõidupersonal“). "
    "Sobivad kandidaadid kutsutakse vestlusele ja proovisõidule simulaatoril. Vastuvõtt "
    "koolitusgruppidesse toimub neli korda aastas: jaanuaris, aprillis, augustis ja oktoobris."
)
p = doc.add_paragraph()
r = p.add_run(
    "EN: Send your CV and a short cover letter through the employer's recruitment portal. Shortlisted "
    "candidates are invited to an interview and a simulator driving test. New training groups start "
    "four times a year (January, April, August, October)."
)
r.italic = True
r.font.size = Pt(9.5)

doc.add_paragraph()
f = doc.add_paragraph("Koostanud: Põhja-Eesti Karjäärikeskus, märts 2025. Küsimused: karjaar@pek.ee")
f.runs[0].font.size = Pt(8)

doc.save(OUT)
print("wrote", OUT)
