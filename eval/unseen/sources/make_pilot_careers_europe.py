"""Generate pilot-careers-europe.docx (careers office guide, 2024)."""

from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "corpus" / "pilot-careers-europe.docx"

COUNTRY_ROWS = [
    ("Germany", "EUR", "€78,000", "€165,000"),
    ("France", "EUR", "€72,000", "€150,000"),
    ("Spain", "EUR", "€58,000", "€120,000"),
    ("Ireland", "EUR", "€75,000", "€158,000"),
    ("Netherlands", "EUR", "€80,000", "€175,000"),
    ("United Kingdom", "GBP", "£68,000", "£145,000"),
]

TYPE_ROWS = [
    (
        "Legacy carrier",
        "€70,000–€95,000",
        "€150,000–€220,000",
        "Mixed short- and long-haul; seniority-based pay scales",
    ),
    ("Low-cost", "€55,000–€80,000", "€120,000–€170,000", "Short-haul; base pay plus sector pay"),
    ("Cargo", "€75,000–€100,000", "€160,000–€230,000", "Night flying common; fewer bases"),
    ("Regional", "€45,000–€65,000", "€90,000–€130,000", "Turboprops and small jets; often the first job"),
]


def table(doc, header, rows):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, header):
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
    doc.add_heading("Flying for a living: airline pilot careers in Europe", level=0)
    doc.add_paragraph(
        "Careers Service briefing, updated for 2024. This guide is for students thinking about "
        "a career on the flight deck of a commercial airline in Europe. It covers what first "
        "officers and captains are paid, how pay differs between types of airline, and what "
        "training costs."
    )

    doc.add_heading("The career ladder in brief", level=1)
    doc.add_paragraph(
        "Most new pilots join an airline as a first officer (sometimes called a co-pilot), "
        "sitting in the right-hand seat. After building experience, usually somewhere between "
        "5 and 10 years and at least 3,000 flying hours, a first officer can apply for a "
        "command course and become a captain. Some airlines add a senior first officer grade "
        "in between; we have not listed it separately here."
    )
    for item in [
        "Cadet / trainee pilot – in training, usually unpaid or on a small allowance",
        "First officer – right-hand seat, shares flying duties with the captain",
        "Captain – in command of the aircraft and responsible for the crew",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("Pay by country", level=1)
    doc.add_paragraph(
        "Table 1 shows typical annual gross base pay in 2024 for pilots working for airlines "
        "based in six European countries. Figures are in euros except for the United Kingdom, "
        "which is shown in pounds sterling."
    )
    p = doc.add_paragraph()
    p.add_run("Table 1. Typical annual base salary by country, 2024").bold = True
    table(doc, ["Country", "Currency", "First officer (annual, gross)", "Captain (annual, gross)"], COUNTRY_ROWS)
    note(
        doc,
        "Base pay only. Figures exclude flight duty allowances, per diems and sector pay, "
        "which can add 10–25% to total earnings. UK figures are in GBP, all others in EUR.",
    )

    doc.add_heading("Pay by type of airline", level=1)
    doc.add_paragraph(
        "What you earn depends as much on who you fly for as on where you are based. Legacy "
        "(network) carriers and cargo operators tend to pay the most; regional airlines pay "
        "less but are often easier to join with low hours."
    )
    p = doc.add_paragraph()
    p.add_run("Table 2. Annual salary ranges by airline type (EUR, Europe-wide, 2024)").bold = True
    table(doc, ["Airline type", "First officer", "Captain", "Notes"], TYPE_ROWS)
    note(
        doc,
        "Ranges run from entry point to top of scale for each rank. Cargo pay reflects "
        "a high share of night and long-haul work.",
    )

    doc.add_heading("Training and what it costs", level=1)
    doc.add_paragraph(
        "To fly for an airline you need an Airline Transport Pilot Licence (ATPL). Most new "
        "pilots finish training with a so-called frozen ATPL of around 200 hours, which is "
        "unfrozen once they reach 1,500 hours in an airline. Before you spend any money, get a "
        "Class 1 medical certificate from an approved aeromedical examiner: without it you "
        "cannot train as a commercial pilot."
    )
    doc.add_paragraph(
        "There are two main routes. An integrated ATPL course takes you from no experience to "
        "a frozen ATPL full-time at one flight school; it typically lasts 18 months and costs "
        "about €100,000, sometimes more at the best-known academies. The modular route lets "
        "you train in stages while working, which spreads the cost (often €70,000 to €90,000 "
        "in total) but usually takes 2 to 3 years."
    )
    doc.add_paragraph(
        "A few airlines run sponsored or part-funded cadet schemes, in which the airline pays "
        "some of the course fees and the cadet repays them through salary deductions over the "
        "first years of employment. Places are very competitive."
    )
    doc.add_heading("Before you commit", level=2)
    for item in [
        "Book the Class 1 medical first.",
        "Ask schools for their graduate placement rate over the last three years.",
        "Check whether a type rating (often €25,000–€35,000) is included in the course price.",
    ]:
        doc.add_paragraph(item, style="List Number")

    doc.add_paragraph(
        "Source: Careers Service analysis of published pilot pay scales, union agreements and "
        "recruitment adverts, 2024. Figures are illustrative and rounded."
    )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
