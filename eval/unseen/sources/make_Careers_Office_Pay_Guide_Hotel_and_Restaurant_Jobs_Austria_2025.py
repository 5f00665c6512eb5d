"""Builds the Tourismusschule Alpenland careers office pay guide for Austrian hotel and restaurant jobs (.docx)."""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

OUT = (
    Path(__file__).resolve().parent.parent
    / "corpus"
    / "Careers-Office_Pay-Guide_Hotel-and-Restaurant-Jobs_Austria_2025.docx"
)

doc = Document()
style = doc.styles["Normal"]
style.font.name = "Calibri"
style.font.size = Pt(11)


def table(rows, style_name="Light Grid Accent 1"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style_name
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell = t.cell(i, j)
            cell.text = v
            if i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    doc.add_paragraph()
    return t


p = doc.add_paragraph()
r = p.add_run("Tourismusschule Alpenland · Careers & Internships Office")
r.font.size = Pt(9)
r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)

doc.add_heading("Working in Austrian hotels and restaurants: pay guide 2025", level=0)
p = doc.add_paragraph("For students, graduates and parents · updated June 2025")
p.runs[0].italic = True

doc.add_paragraph(
    "Every year our students ask us the same questions before their internships and first seasonal contracts: "
    "how much will I earn, is the pay the same everywhere in Austria, and what do the different job titles mean? "
    "This guide brings together the minimum wages set by the collective agreement and what our own graduates "
    "actually earned last winter."
)

doc.add_heading("1. Where the minimum wages come from", level=1)
doc.add_paragraph(
    "In Austria there is no statutory minimum wage. Pay floors are set by collective agreements (Kollektivverträge, "
    "usually shortened to KV). For kitchen, service, housekeeping and reception staff in hotels and restaurants, the "
    "relevant agreement is the collective agreement for workers in the hotel and hospitality industry "
    "(Kollektivvertrag für Arbeiter:innen im Hotel- und Gastgewerbe), negotiated between the hotel and hospitality "
    "associations of the Austrian Economic Chamber (WKO) and the trade union vida. It applies to every employer in "
    "the industry, whether or not the employer is a member of an association. New rates normally take effect "
    "on 1 May each year."
)
doc.add_paragraph(
    "The figures below are our English summary. Only the German text of the collective agreement is legally binding."
)

doc.add_heading("2. Minimum monthly wages by wage group", level=1)
doc.add_paragraph(
    "Gross monthly minimum wages in euro for a full-time job (40 hours a week). Employers may pay more "
    "(an \u201cÜberzahlung\u201d), but never less."
)
table(
    [
        ["Wage group (Lohngruppe)", "Typical jobs", "From 1 May 2024", "From 1 May 2025"],
        ["1", "Kitchen helper, dishwasher, cleaning staff", "€ 1.850,00", "€ 1.921,00"],
        ["2", "Room attendant, buffet assistant, untrained commis", "€ 1.890,00", "€ 1.963,00"],
        ["3", "Trained commis de cuisine, commis de rang, barista", "€ 1.955,00", "€ 2.030,00"],
        ["4", "Cook, waiter/waitress or receptionist with a completed apprenticeship", "€ 2.045,00", "€ 2.124,00"],
        [
            "5",
            "Chef de partie, chef de rang, bartender, front office agent with three years' experience",
            "€ 2.160,00",
            "€ 2.243,00",
        ],
        ["6", "Sous chef, restaurant manager (Oberkellner/in), front office supervisor", "€ 2.380,00", "€ 2.472,00"],
        ["7", "Head chef (Küchenchef/in)", "€ 2.690,00", "€ 2.794,00"],
    ]
)
doc.add_paragraph(
    "14 salaries a year: on top of the twelve monthly wages, you receive a holiday bonus (Urlaubszuschuss) and a "
    "Christmas bonus (Weihnachtsremuneration), each equal to one monthly wage. If you work only part of the year, "
    "for example one winter season, you receive a proportional share of both."
)
doc.add_paragraph(
    "Overtime: hours beyond 40 a week are paid with a surcharge of 50%. Many seasonal contracts include a set number "
    "of overtime hours in the monthly pay (an \u201cAll-in\u201d or overtime flat rate); check your contract."
)

doc.add_heading("3. Apprentice pay", level=1)
doc.add_paragraph(
    "Apprentices (Lehrlinge) are paid an apprentice allowance (Lehrlingsentschädigung) that rises with each year "
    "of training. Monthly gross amounts from 1 May 2025:"
)
table(
    [
        ["Year of apprenticeship", "Monthly apprentice pay"],
        ["1st year", "€ 1.030,00"],
        ["2nd year", "€ 1.130,00"],
        ["3rd year", "€ 1.270,00"],
        ["4th year (double apprenticeship only)", "€ 1.345,00"],
    ]
)
doc.add_paragraph(
    "Students on a compulsory internship (Pflichtpraktikum) must be paid at least the apprentice pay for the last "
    "year of the matching apprenticeship, and are entitled to the proportional holiday and Christmas bonuses."
)

doc.add_heading("4. What our graduates actually earned: winter season 2024/25", level=1)
doc.add_paragraph(
    "In April 2025 we asked graduates from the last three years about their pay during the 2024/25 winter season. "
    "143 graduates working in Austria replied. The table shows the median gross monthly pay including any "
    "overpayment, but not including tips or the holiday and Christmas bonuses."
)
table(
    [
        ["Job", "Tyrol", "Salzburg (state)", "Vienna", "Carinthia"],
        ["Commis de cuisine", "€ 2.280", "€ 2.240", "€ 2.150", "€ 2.110"],
        ["Receptionist", "€ 2.420", "€ 2.390", "€ 2.310", "€ 2.260"],
        ["Chef de rang", "€ 2.560", "€ 2.510", "€ 2.395", "€ 2.330"],
        ["Chef de partie", "€ 2.720", "€ 2.680", "€ 2.540", "€ 2.465"],
    ]
)
doc.add_paragraph(
    "Ski resorts pay the most: four- and five-star hotels in the Tyrolean and Salzburg ski areas compete hard for "
    "staff during the winter season. Seasonal receptionists in these resorts were offered between € 2.300 and "
    "€ 2.650 gross a month, and most were also given free board and lodging. City hotels in Vienna pay less, but "
    "offer year-round contracts."
)
doc.add_paragraph(
    "Tips (Trinkgeld) are on top of these figures. In restaurants and bars they can add several hundred euro a month "
    "during a busy season; they vary too much for us to give a reliable figure."
)

doc.add_heading("5. Getting started", level=1)
for text in [
    "Apprenticeship: the apprenticeships as cook (Koch/Köchin), restaurant specialist (Restaurantfachmann/-frau) "
    "and hotel and hospitality assistant (Hotel- und Gastgewerbeassistent/in) each last three years. A double "
    "apprenticeship as cook and restaurant specialist (Gastronomiefachmann/-frau) lasts four years.",
    "School: the five-year higher college for tourism (HLT) ends with the Matura and a professional qualification, "
    "and includes a compulsory internship of at least 12 weeks. Graduates of the HLT can move directly into "
    "front office, events or junior management roles.",
    "Seasons: winter contracts usually run from early December to Easter, summer contracts from May to October. "
    "Hotels in the western provinces start recruiting for the winter in August and September.",
    "Moving up: most head chefs and restaurant managers we know started as commis and reached sous chef level "
    "after six to eight years.",
]:
    doc.add_paragraph(text, style="List Bullet")

doc.add_heading("6. Note", level=1)
doc.add_paragraph(
    "Office and management staff (for example sales, marketing, HR and hotel management) are salaried employees "
    "(Angestellte) covered by a separate collective agreement, which this guide does not cover."
)

p = doc.add_paragraph(
    "Questions? Visit the Careers & Internships Office, room 1.14, Monday to Thursday 10:00–12:00, "
    "or email karriere@ts-alpenland.at."
)
p.alignment = WD_ALIGN_PARAGRAPH.LEFT

OUT.parent.mkdir(parents=True, exist_ok=True)
doc.save(OUT)
print("wrote", OUT)
