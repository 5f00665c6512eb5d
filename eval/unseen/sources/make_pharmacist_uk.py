"""Generate pharmacist-uk.docx: pharmacist pay in the UK, 2024 (GBP, per year)."""

from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "corpus" / "pharmacist-uk.docx"


def add_table(doc, header, rows, style="Light Grid Accent 1"):
    table = doc.add_table(rows=1, cols=len(header))
    try:
        table.style = style
    except Exception:
        table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    return table


def note(doc, text):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.italic = True
    run.font.size = Pt(9)


def build():
    doc = Document()
    doc.add_heading("Pharmacy careers: what pharmacists earn in the UK", 0)
    doc.add_paragraph(
        "Careers Service briefing for pharmacy students and graduates, updated for 2024. "
        "All salaries are in pounds sterling (GBP), gross per year, for a full-time post of "
        "37.5 hours a week unless stated otherwise."
    )
    doc.add_paragraph(
        "Pharmacists work in three main settings: NHS hospitals (and, increasingly, GP practices "
        "and other primary care teams), community pharmacies on the high street and in "
        "supermarkets, and the pharmaceutical industry. Pay is set quite differently in each, so "
        "this briefing treats them separately."
    )

    doc.add_heading("Becoming a pharmacist", 1)
    doc.add_paragraph(
        "To practise as a pharmacist in Great Britain you need a Master of Pharmacy (MPharm) "
        "degree accredited by the General Pharmaceutical Council (GPhC). The MPharm is a "
        "4-year full-time course; a few universities also offer a 5-year version with the "
        "training year built in. In Northern Ireland the regulator is the Pharmaceutical "
        "Society of Northern Ireland."
    )
    doc.add_paragraph(
        "After graduating you complete a foundation training year: 52 weeks of paid, "
        "supervised practice in a hospital, community pharmacy or GP practice, with a "
        "designated supervisor who signs off your progress. During this year you sit the GPhC "
        "registration assessment, and once you have passed it and completed the year you can "
        "join the register and practise as a pharmacist. Foundation trainees in the NHS are "
        "paid on Band 5."
    )

    doc.add_heading("NHS pharmacists: Agenda for Change pay bands", 1)
    doc.add_paragraph(
        "Pharmacists employed by the NHS are paid on the national Agenda for Change scale. "
        "Each band is a range: you normally start at the bottom of the band and move up to "
        "the top after a set number of years."
    )
    doc.add_heading("Table 1: Agenda for Change bands for pharmacy roles (England)", 3)
    add_table(
        doc,
        ["Band", "Typical pharmacy role", "Annual salary range"],
        [
            ["Band 5", "Foundation trainee pharmacist", "£29,970 to £36,483"],
            ["Band 6", "Newly qualified / rotational pharmacist", "£37,338 to £44,962"],
            ["Band 7", "Specialist pharmacist", "£46,148 to £52,809"],
            ["Band 8a", "Advanced or lead pharmacist", "£53,755 to £60,504"],
            ["Band 8b", "Principal pharmacist / team lead", "£62,215 to £72,293"],
            ["Band 8c", "Consultant pharmacist", "£74,290 to £85,601"],
        ],
    )
    note(
        doc,
        "Figures are the 2024 pay points for England and exclude high cost area supplements. "
        "Staff working in inner London receive an extra 20% of basic pay (subject to a minimum "
        "and maximum). Scotland, Wales and Northern Ireland set their own rates, which are "
        "similar but not identical.",
    )
    doc.add_paragraph(
        "Most newly registered hospital pharmacists start on Band 6 and move to Band 7 within "
        "two to three years once they have completed a postgraduate diploma in clinical "
        "pharmacy."
    )

    doc.add_heading("Community pharmacy pay by region", 1)
    doc.add_paragraph(
        "Community pharmacy employers (the large chains, supermarkets and independent "
        "pharmacies) set their own pay. The table shows what an employed pharmacist with a "
        "few years' experience could expect in 2024, alongside typical locum rates."
    )
    doc.add_heading("Table 2: Community pharmacist salaries by region", 3)
    add_table(
        doc,
        ["Region", "Employed pharmacist (annual salary)", "Locum hourly rate"],
        [
            ["London", "£48,500", "£28.50"],
            ["South East England", "£47,000", "£27.00"],
            ["Midlands", "£44,500", "£25.50"],
            ["North West England", "£44,000", "£25.00"],
            ["North East and Yorkshire", "£43,000", "£24.50"],
            ["Scotland", "£45,500", "£26.00"],
            ["Wales", "£43,500", "£24.00"],
            ["Northern Ireland", "£42,000", "£23.50"],
        ],
    )
    note(
        doc,
        "Salaries are for employed pharmacists, not pharmacy managers. Locum rates are "
        "weekday rates; weekend and bank holiday shifts usually pay more.",
    )

    doc.add_heading("Hospital, community or industry?", 1)
    doc.add_paragraph(
        "The table below compares the main sectors. Industry roles (for example in regulatory "
        "affairs, medical information or clinical trials) often pay more but usually expect "
        "some post-registration experience or a further qualification."
    )
    doc.add_heading("Table 3: Pharmacist pay by sector", 3)
    add_table(
        doc,
        ["Sector", "Starting salary", "Typical salary after 5 years"],
        [
            ["Hospital (NHS)", "£37,338", "£50,500"],
            ["Community pharmacy", "£40,000", "£46,000"],
            ["Primary care / GP practice", "£42,500", "£53,000"],
            ["Pharmaceutical industry", "£45,000", "£62,000"],
        ],
    )
    note(doc, "Figures exclude bonuses and overtime. Industry figures are for permanent staff roles.")

    doc.add_heading("Working patterns", 1)
    doc.add_paragraph(
        "Community pharmacists often work some evenings and Saturdays, and around one in four "
        "work part-time. Hospital pharmacists take part in on-call and weekend rotas, which "
        "are paid on top of basic salary."
    )

    doc.add_paragraph(
        "Source: Careers Service analysis of NHS Employers pay tables, job advertisements and "
        "employer information, 2024. Figures are illustrative and rounded."
    )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
