"""Generate midwifery_factsheet_v3.docx (midwives in Canada, 2024, C$)."""

from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "corpus" / "midwifery_factsheet_v3.docx"

TITLE = "Midwifery in Canada – Pay & Career Factsheet"

INTRO = [
    "Student Careers Centre · Health Professions Series · Updated March 2024",
    "This factsheet is for students thinking about a career as a registered midwife in Canada. "
    "It sets out what midwives earned in 2024 in each province, how pay rises with experience, "
    "and how to qualify. All amounts are in Canadian dollars (C$) and are gross, before tax and "
    "practice expenses.",
]

ROLE = [
    "Registered midwives are primary care providers who look after healthy pregnant people and "
    "their newborns from early pregnancy until about six weeks after the birth. Midwives attend "
    "births at home, in birth centres and in hospitals, and they can order tests, prescribe certain "
    "medications and admit clients to hospital.",
    "Most midwives in Canada work in a group practice of three to eight midwives. In Ontario, "
    "British Columbia and Manitoba they are paid by the provincial health plan for each course of "
    "care; in Quebec and some Atlantic provinces midwives are salaried employees of a health "
    "authority. The figures below convert both models to an annual equivalent.",
]

TRAINING = [
    "The standard entry route is a four-year Bachelor of Midwifery (or Bachelor of Health Sciences "
    "in Midwifery) at one of seven Canadian universities, including McMaster, Toronto Metropolitan, "
    "Laurentian, UBC, Mount Royal and the Université du Québec à Trois-Rivières. Places are limited "
    "and competitive; fewer than one in five applicants is offered a place in some years.",
    "After graduating you must pass the Canadian Midwifery Registration Examination (CMRE) and "
    "register with the midwifery regulator of the province where you will practise, for example the "
    "College of Midwives of Ontario. New registrants usually spend their first year under a "
    "new registrant protocol, attending births alongside an experienced midwife.",
    "Midwives educated outside Canada can qualify through a bridging programme such as the "
    "International Midwifery Pre-Registration Program (IMPP), which takes about nine months.",
]

HOURS = [
    "Midwifery is not a nine-to-five job. A full-time midwife typically carries a caseload of 35 to "
    "40 births a year and is on call for roughly 50% of the time, including nights and weekends. "
    "Practices organise on-call rotas so that midwives get regular time fully off call.",
]

PROV_HEAD = ["Province", "Average annual earnings", "Hourly rate (equivalent)", "Main funding model"]
PROV_ROWS = [
    ["British Columbia", "C$104,500", "C$50.24", "Fee per course of care"],
    ["Alberta", "C$98,700", "C$47.45", "Fee per course of care"],
    ["Saskatchewan", "C$96,200", "C$46.25", "Salaried (health authority)"],
    ["Manitoba", "C$94,800", "C$45.58", "Salaried (regional health authority)"],
    ["Ontario", "C$111,300", "C$53.51", "Fee per course of care"],
    ["Quebec", "C$86,400", "C$41.54", "Salaried (CISSS/CIUSSS)"],
    ["Nova Scotia", "C$92,100", "C$44.28", "Salaried (health authority)"],
    ["New Brunswick", "C$89,500", "C$43.03", "Salaried (health authority)"],
]
PROV_NOTE = (
    "Note: hourly equivalents assume 2,080 paid hours a year. Fee-based figures are after the "
    "practice's share of overheads but before personal tax; on-call allowances are included."
)

EXP_HEAD = ["Years registered", "Annual salary range", "Typical hourly rate"]
EXP_ROWS = [
    ["New registrant (first year)", "C$72,000–C$82,000", "C$36.50"],
    ["1–3 years", "C$80,000–C$92,000", "C$41.80"],
    ["4–7 years", "C$92,000–C$106,000", "C$47.10"],
    ["8–12 years", "C$103,000–C$118,000", "C$53.20"],
    ["13 years or more", "C$112,000–C$129,000", "C$58.90"],
]
EXP_NOTE = (
    "Figures are national ranges drawn from provincial fee schedules and collective agreements "
    "in force in 2024. Midwives in remote and northern communities may receive an isolation "
    "allowance on top of these amounts."
)

SOURCE = (
    "Source: Student Careers Centre analysis of provincial midwifery funding schedules and "
    "health authority pay scales, 2024. Figures are illustrative and rounded."
)


def add_table(doc, head, rows):
    table = doc.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, head):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    return table


def all_text():
    parts = [TITLE, *INTRO, *ROLE, *TRAINING, *HOURS, PROV_NOTE, EXP_NOTE, SOURCE]
    for head, rows in ((PROV_HEAD, PROV_ROWS), (EXP_HEAD, EXP_ROWS)):
        parts += head
        for r in rows:
            parts += r
    return "\n".join(parts)


def main():
    doc = Document()
    doc.core_properties.title = TITLE
    doc.add_heading(TITLE, level=0)
    for p in INTRO:
        doc.add_paragraph(p)
    doc.add_heading("What does a midwife do?", level=1)
    for p in ROLE:
        doc.add_paragraph(p)
    doc.add_heading("Earnings by province", level=1)
    doc.add_paragraph("Table 1. Average earnings of full-time registered midwives, by province")
    add_table(doc, PROV_HEAD, PROV_ROWS)
    note = doc.add_paragraph(PROV_NOTE)
    note.runs[0].italic = True
    note.runs[0].font.size = Pt(9)
    doc.add_heading("Pay and experience", level=1)
    doc.add_paragraph("Pay grows steadily over the first decade as caseloads and seniority increase.")
    add_table(doc, EXP_HEAD, EXP_ROWS)
    note = doc.add_paragraph(EXP_NOTE)
    note.runs[0].italic = True
    note.runs[0].font.size = Pt(9)
    doc.add_heading("How to become a midwife", level=1)
    for p in TRAINING:
        doc.add_paragraph(p)
    doc.add_heading("Hours and on-call work", level=1)
    for p in HOURS:
        doc.add_paragraph(p)
    doc.add_paragraph(SOURCE).runs[0].font.size = Pt(8)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
