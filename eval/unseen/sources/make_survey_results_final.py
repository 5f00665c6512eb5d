"""Generate survey-results-final.docx (construction trades pay survey, Ireland, 2025, weekly pay)."""

import os

from docx import Document
from docx.shared import Pt

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus", "survey-results-final.docx")

REGION_COLS = ["Trade", "Dublin", "Cork", "Galway", "Rest of Ireland"]
REGION = [
    ("Carpenter", "€1,085", "€985", "€960", "€910"),
    ("Bricklayer", "€1,120", "€1,010", "€975", "€925"),
    ("Scaffolder", "€1,040", "€955", "€930", "€880"),
    ("Electrician's mate", "€760", "€705", "€690", "€655"),
    ("Site manager", "€1,790", "€1,610", "€1,575", "€1,480"),
]

EXP_COLS = ["Trade", "0–2 years", "3–5 years", "6–10 years", "Over 10 years"]
EXP = [
    ("Carpenter", "€840", "€945", "€1,030", "€1,110"),
    ("Bricklayer", "€860", "€970", "€1,060", "€1,140"),
    ("Scaffolder", "€800", "€915", "€990", "€1,050"),
    ("Electrician's mate", "€610", "€680", "€735", "€780"),
    ("Site manager", "€1,320", "€1,520", "€1,710", "€1,905"),
]

RESP_COLS = ["Trade", "Responses", "Share paid overtime regularly", "Average paid hours per week"]
RESP = [
    ("Carpenter", "184", "46%", "42.5"),
    ("Bricklayer", "121", "52%", "43"),
    ("Scaffolder", "97", "58%", "44"),
    ("Electrician's mate", "88", "31%", "40.5"),
    ("Site manager", "122", "n/a", "47"),
]


def table(doc, cols, rows):
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Light Grid Accent 1"
    for cell, text in zip(t.rows[0].cells, cols):
        cell.text = text
        for r in cell.paragraphs[0].runs:
            r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    return t


def note(doc, text):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.italic = True
    run.font.size = Pt(9)


def main():
    doc = Document()
    doc.add_heading("Construction Trades Pay Survey 2025: Ireland – Final Results", level=0)
    doc.add_paragraph(
        "This report sets out the final results of our 2025 survey of pay in the Irish construction "
        "trades. It replaces the interim results circulated in April. Between February and May 2025 we "
        "collected 612 valid responses from carpenters, bricklayers, scaffolders, electrician's mates and "
        "site managers working on residential, commercial and civil projects across the country."
    )
    doc.add_paragraph(
        "All pay figures below are gross weekly pay for a standard week, before tax, USC and PRSI. "
        "We report weekly rather than annual figures because most site workers are paid weekly and "
        "quote their pay that way."
    )

    doc.add_heading("Key findings", level=1)
    for b in (
        "Median weekly pay for a qualified carpenter in Dublin is €1,085, around 19% more than in the rest of Ireland.",
        "Bricklayers remain the best-paid of the craft trades in every region surveyed.",
        "Site managers in Dublin report a median of €1,790 a week; most also receive a van or car allowance.",
        "Pay rose by an average of 4.5% compared with our 2024 survey, slightly ahead of inflation.",
        "Shortages are most acute for bricklayers and scaffolders: 7 in 10 employers said they had turned down work in the past year for lack of staff.",
    ):
        doc.add_paragraph(b, style="List Bullet")

    doc.add_heading("1. Weekly pay by region", level=1)
    doc.add_paragraph("Table 1: Median gross weekly pay by trade and region")
    table(doc, REGION_COLS, REGION)
    note(
        doc,
        "Figures exclude overtime, travel time, subsistence and tool money. "
        "'Rest of Ireland' covers all counties outside Dublin, Cork and Galway.",
    )
    doc.add_paragraph(
        "Dublin pays the highest rates for every trade, reflecting both the volume of commercial work "
        "and the cost of living in the capital. The gap between Cork and Galway is small, typically €25 "
        "to €35 a week. Employers outside the three cities told us they increasingly pay above their "
        "usual rates to keep experienced crews from moving to Dublin sites."
    )

    doc.add_heading("2. Weekly pay by experience", level=1)
    doc.add_paragraph("Median gross weekly pay, all regions")
    table(doc, EXP_COLS, EXP)
    note(
        doc,
        "Experience is counted from the end of apprenticeship (craft trades) or from first "
        "appointment (site managers and electrician's mates).",
    )
    doc.add_paragraph(
        "For carpenters, bricklayers and scaffolders, the largest step up comes in the first five years "
        "after qualifying. Site managers see the steepest growth overall: those with over 10 years in the "
        "role earn €1,905 a week at the median."
    )

    doc.add_heading("3. Hours and overtime", level=1)
    doc.add_paragraph(
        "The standard working week in the sector is 39 hours, Monday to Friday, under the Sectoral "
        "Employment Order for construction. In practice many respondents work longer: the table below "
        "shows average paid hours, including overtime."
    )
    doc.add_paragraph("Table 3: Responses and hours")
    table(doc, RESP_COLS, RESP)
    note(doc, "Site managers are generally salaried and not paid overtime, hence n/a.")

    doc.add_heading("4. Getting into the trades", level=1)
    doc.add_paragraph(
        "Carpenters and bricklayers train through a SOLAS craft apprenticeship, which takes four years "
        "and alternates between paid work with an employer and off-the-job training phases at an "
        "Education and Training Board and an institute of technology. Apprentices must be at least 16 "
        "and have completed the Junior Certificate or equivalent."
    )
    doc.add_paragraph(
        "Scaffolders do not serve a formal apprenticeship; instead they need the Safe Pass card and the "
        "CSCS scaffolding cards, which are gained in stages (basic, then advanced) with logged site "
        "experience between them. Electrician's mates need only a Safe Pass to start, and many go on to "
        "apply for an electrical apprenticeship."
    )
    doc.add_paragraph(
        "Most site managers have come up through a trade or hold a degree in construction management; "
        "a Level 7 or Level 8 qualification is increasingly asked for by larger contractors."
    )

    doc.add_heading("Method", level=1)
    doc.add_paragraph(
        "Responses were gathered online and at site visits. Figures are medians; cells with fewer than "
        "15 responses were checked against employer returns. Figures are rounded to the nearest €5."
    )
    doc.add_paragraph("Source: Construction Trades Pay Survey 2025, final report, June 2025.")

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    doc.save(OUT)
    print("wrote", os.path.abspath(OUT))


if __name__ == "__main__":
    main()
