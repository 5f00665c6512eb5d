"""Builds graduate-recruitment-survey-ng.docx (Careers & Employability Centre report, 2024)."""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "corpus" / "graduate-recruitment-survey-ng.docx"

EMPLOYERS = [
    # employer, sector, annual starting salary, approx. monthly gross
    ("Delta Basin Energy Ltd", "Oil & gas", "₦7,800,000", "₦650,000"),
    ("Atlantic Petroleum Services", "Oil & gas", "₦6,600,000", "₦550,000"),
    ("Zenora Bank Plc", "Banking", "₦5,400,000", "₦450,000"),
    ("Lagoon Telecom Nigeria", "Telecoms", "₦5,100,000", "₦425,000"),
    ("Meridian Trust Bank", "Banking", "₦4,800,000", "₦400,000"),
    ("Okoye & Partners Advisory", "Consulting", "₦4,500,000", "₦375,000"),
    ("Harmattan Beverages Plc", "FMCG", "₦4,200,000", "₦350,000"),
    ("NetSphere Communications", "Telecoms", "₦3,900,000", "₦325,000"),
    ("Sunleaf Foods Nigeria", "FMCG", "₦3,600,000", "₦300,000"),
    ("Bright Ledger Consulting", "Consulting", "₦3,300,000", "₦275,000"),
    ("Crestline Microfinance Bank", "Banking", "₦2,400,000", "₦200,000"),
]

SECTORS = [
    # sector, respondents, average, lowest, highest
    ("Oil & gas", "6", "₦6,950,000", "₦4,850,000", "₦8,100,000"),
    ("Banking & financial services", "12", "₦4,620,000", "₦2,280,000", "₦5,700,000"),
    ("Telecommunications", "5", "₦4,380,000", "₦3,450,000", "₦5,250,000"),
    ("Consulting & professional services", "9", "₦3,960,000", "₦2,700,000", "₦5,040,000"),
    ("FMCG (fast-moving consumer goods)", "10", "₦3,740,000", "₦2,520,000", "₦4,680,000"),
    ("Public sector & parastatals", "4", "₦2,160,000", "₦1,800,000", "₦2,640,000"),
]


def table(doc, header, rows, widths=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Light Grid Accent 1"
    for cell, text in zip(t.rows[0].cells, header):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in rows:
        cells = t.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    return t


def main():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)

    p = doc.add_paragraph("Lagos Metropolitan University — Careers & Employability Centre")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading("Graduate Recruitment Survey 2024", level=0)
    doc.add_paragraph("Starting salaries, hiring volumes and selection practices of graduate employers in Nigeria")

    doc.add_heading("1. About this report", level=1)
    doc.add_paragraph(
        "Each year the Careers & Employability Centre asks the organisations that recruit at our campus fairs "
        "about their graduate intake. The 2024 survey ran from March to June 2024 and received complete returns "
        "from 46 employers, who between them expected to hire 1,380 graduates during the year. Salaries are "
        "gross annual starting salaries in Nigerian naira (NGN) for graduate trainees joining after NYSC, "
        "excluding one-off signing bonuses and the value of staff loans. Monthly figures are the annual figure "
        "divided by twelve and are rounded."
    )
    doc.add_paragraph(
        "The median starting salary across all 46 employers was ₦4.1m, roughly 24% higher than in our previous "
        "survey, although much of that rise has been absorbed by inflation over the same period. Oil and gas "
        "companies continue to pay the most: Delta Basin Energy's offer of ₦7.8m a year was the highest we "
        "recorded among named employers, while most public-sector and parastatal employers paid under ₦2.7m."
    )

    doc.add_heading("2. Starting salaries by employer", level=1)
    doc.add_paragraph(
        "The employers below agreed to be named. Figures are for the standard graduate trainee or management "
        "trainee programme; engineering and technical streams sometimes pay more."
    )
    table(doc, ["Employer", "Sector", "Annual starting salary (NGN)", "Approx. monthly gross"], EMPLOYERS)
    doc.add_paragraph(
        "Table 1. Graduate starting salaries, 2024, named employers (11 of 46 respondents).",
        style="Caption",
    )

    doc.add_heading("3. Starting salaries by sector", level=1)
    doc.add_paragraph(
        "The sector figures include every responding employer, named or not, so the lowest and highest values "
        "in a sector may come from organisations that are not listed in Table 1."
    )
    table(doc, ["Sector", "Employers", "Average", "Lowest", "Highest"], SECTORS)
    doc.add_paragraph("Table 2. Annual graduate starting salaries by sector, 2024 (NGN).", style="Caption")
    doc.add_paragraph(
        "Banking shows the widest spread: tier-one commercial banks pay close to ₦5.7m while microfinance banks "
        "start graduates on less than half of that. Telecoms salaries have risen fastest since our last survey, "
        "reflecting competition for data and network engineering graduates."
    )

    doc.add_heading("4. NYSC and the timing of offers", level=1)
    doc.add_paragraph(
        "Almost every employer in the survey expects applicants to have completed the National Youth Service "
        "Corps (NYSC). The scheme lasts one year and is compulsory for graduates of Nigerian and foreign "
        "universities who graduate before the age of 30. Corps members receive the federal monthly allowance, "
        "currently ₦77,000, from the Federal Government."
    )
    doc.add_paragraph(
        "33 of the 46 employers will only make a permanent offer once the candidate can show an NYSC discharge "
        "or exemption certificate. A further 19 employers accept corps members at their Place of Primary "
        "Assignment (PPA) and pay them a monthly top-up stipend, usually between ₦50,000 and ₦120,000, on top "
        "of the federal allowance. Being posted to a PPA with a large employer is not a guarantee of a job, but "
        "employers told us that roughly a third of their graduate hires in 2024 had served with them as corps "
        "members."
    )
    doc.add_paragraph(
        "Our advice: start applying during your service year. Most banks and FMCG companies open their "
        "graduate trainee applications between August and November, so a corps member who applies in the "
        "second half of service can often start soon after passing out."
    )

    doc.add_heading("5. How graduates are selected", level=1)
    doc.add_paragraph(
        "The usual minimum academic requirement is a Second Class Upper (2:1) degree; 28 employers stated "
        "this, and only the public-sector employers and two FMCG companies said they would consider a Second "
        "Class Lower. Several oil and gas and consulting firms also set a maximum age of 26 at the point of "
        "application."
    )
    doc.add_paragraph("Selection usually follows the same steps:")
    for step in [
        "Online application and screening of grades and age.",
        "Online aptitude tests (numerical, verbal and logical reasoning), usually run by a third-party test provider.",
        "An assessment centre: 31 of the 46 employers use one, typically a full day combining a group exercise, "
        "a case study presentation and a competency-based interview.",
        "A final interview with a senior manager or partner, followed by medical checks and references.",
    ]:
        doc.add_paragraph(step, style="List Number")
    doc.add_paragraph(
        "The average time from application to offer was 11 weeks. Candidates told us the group exercise was "
        "the stage they felt least prepared for; the Centre runs practice assessment centres every semester, "
        "and you can book one through the careers portal."
    )

    doc.add_heading("6. Notes", level=1)
    doc.add_paragraph(
        "Employers were asked for their standard offer, not for individual negotiated salaries. Figures for "
        "named employers are published with their permission. Where an employer pays a 13th-month salary or "
        "a housing allowance as part of the package, it is included in the annual figure."
    )

    OUT.parent.mkdir(parents=True, exist_ok=True)
    doc.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
