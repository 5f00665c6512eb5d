"""Generate teaching-english-abroad.docx (TEFL pay by country, 2024, per month)."""

from pathlib import Path

from docx import Document

OUT = Path(__file__).resolve().parent.parent / "corpus" / "teaching-english-abroad.docx"

COUNTRIES = [
    (
        "Japan",
        "¥260,000",
        "¥230,000–¥300,000",
        "Usually not provided; rent subsidy of ¥20,000 at some schools",
        "Monthly pay, 29.5 contact hours a week typical",
    ),
    (
        "South Korea",
        "₩2,300,000",
        "₩2,100,000–₩2,700,000",
        "Free single apartment (public schools and most hagwons)",
        "Return flight and 1 month severance after 12 months",
    ),
    (
        "Vietnam",
        "US$1,600",
        "US$1,200–US$2,200",
        "Not usually provided; US$150 allowance at larger chains",
        "Often paid in dong at the day's rate",
    ),
    (
        "Spain",
        "€1,250",
        "€1,000–€1,500",
        "None (language assistants receive €1,000 grant only)",
        "Academy contracts are often October to June",
    ),
    (
        "UAE",
        "AED 12,500",
        "AED 10,000–AED 16,000",
        "AED 3,500 housing allowance or shared accommodation",
        "Tax-free; mostly requires a teaching licence",
    ),
]

QUALS = [
    (
        "No certificate (degree only)",
        "Entry-level academies, some online platforms",
        "¥250,000",
        "₩2,100,000",
        "US$1,300",
        "€1,000",
        "Rarely hired",
    ),
    (
        "120-hour online TEFL",
        "Most academies, public school programmes",
        "¥255,000",
        "₩2,200,000",
        "US$1,500",
        "€1,150",
        "AED 9,500",
    ),
    (
        "CELTA or Trinity CertTESOL",
        "Language schools, British Council-type centres",
        "¥275,000",
        "₩2,400,000",
        "US$1,800",
        "€1,400",
        "AED 12,000",
    ),
    (
        "DELTA or MA TESOL",
        "Senior teacher, academic manager, universities",
        "¥340,000",
        "₩3,000,000",
        "US$2,500",
        "€1,900",
        "AED 17,500",
    ),
]


def main():
    doc = Document()
    doc.add_heading("Teaching English Abroad: Pay and Conditions in Five Countries", 0)
    doc.add_paragraph(
        "Careers Service briefing, updated March 2024. This guide is for final-year students and recent "
        "graduates thinking about a year or more teaching English as a foreign language (TEFL). It covers "
        "Japan, South Korea, Vietnam, Spain and the United Arab Emirates, which between them account for "
        "roughly 60% of the overseas teaching enquiries we receive each year."
    )
    doc.add_heading("Getting started", 1)
    doc.add_paragraph(
        "Most employers ask for a bachelor's degree in any subject plus a TEFL certificate of at least 120 hours. "
        "The Cambridge CELTA is the best-known entry qualification; it is a four-week full-time course "
        "(or part-time over about 12 weeks) and usually costs between £1,200 and £1,600 in the UK. "
        "The DELTA is a higher-level diploma for teachers who already have at least two years of classroom "
        "experience, and it is normally the route into senior teacher and academic management posts."
    )
    doc.add_paragraph(
        "Visa rules differ. South Korea's E-2 visa requires a criminal record check and degree apostille; "
        "Japan's instructor visa is sponsored by the employer; the UAE generally recruits licensed "
        "teachers for government schools. Spain is easiest for UK graduates through the Auxiliares de "
        "Conversación programme, which runs for eight months from October."
    )
    doc.add_heading("Monthly pay by country, 2024", 1)
    doc.add_paragraph(
        "Table 1. Typical monthly salary for a full-time teacher in their first or second year, in local currency (gross)."
    )
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(
        t.rows[0].cells, ["Country", "Monthly salary (typical)", "Usual range", "Housing allowance", "Notes"]
    ):
        c.text = h
    for row in COUNTRIES:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph(
        "Note: figures are gross before local tax and exclude overtime and private tutoring. Vietnam salaries "
        "are quoted in US dollars because most employers advertise them that way."
    )
    doc.add_heading("Pay by qualification level", 1)
    doc.add_paragraph("Monthly starting pay by highest teaching qualification (2024)")
    t2 = doc.add_table(rows=1, cols=7)
    t2.style = "Table Grid"
    for c, h in zip(
        t2.rows[0].cells, ["Qualification", "Typical employers", "Japan", "South Korea", "Vietnam", "Spain", "UAE"]
    ):
        c.text = h
    for row in QUALS:
        cells = t2.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph(
        "Source: Careers Service survey of 140 job advertisements and returning-graduate reports, January–February 2024."
    )
    doc.add_heading("Hours and contracts", 1)
    doc.add_paragraph(
        "Contracts normally last 12 months. In South Korea a public-school teacher works around 22 contact "
        "hours a week, while private academies (hagwons) can ask for up to 30 hours, often in the afternoon "
        "and evening. In Spain many academies pay only for the teaching months, so plan for a gap in July and August."
    )
    for b in [
        "Check whether flights are reimbursed before you sign.",
        "Ask for the number of paid holiday days in writing.",
        "Talk to a current teacher at the school if you can.",
    ]:
        doc.add_paragraph(b, style="List Bullet")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
