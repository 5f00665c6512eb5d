"""Build urban-planner-mexico.docx (urban planners in Mexico, pay report 2024)."""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "corpus" / "urban-planner-mexico.docx"

TABLE1 = [
    ("Sector", "Level", "Typical experience", "Monthly gross pay"),
    ("Public sector", "Planning analyst (Analista de planeación)", "0–3 years", "MX$22,500"),
    ("", "Head of department (Jefe de departamento)", "4–8 years", "MX$38,000"),
    ("", "Deputy director (Subdirector)", "9+ years", "MX$61,000"),
    ("Private consultancy", "Junior consultant", "0–3 years", "MX$24,000"),
    ("", "Project consultant", "4–8 years", "MX$42,500"),
    ("", "Associate / project director", "9+ years", "MX$73,000"),
    ("Non-profit and academia", "Research assistant", "0–3 years", "MX$17,800"),
    ("", "Researcher / programme coordinator", "4–8 years", "MX$31,500"),
    ("", "Programme director", "9+ years", "MX$48,000"),
]

TABLE2 = [
    ("City", "Entry (0–3 years)", "Mid-career (4–8 years)", "Senior (9+ years)"),
    ("Mexico City (CDMX)", "335", "560", "910"),
    ("Monterrey", "318", "530", "865"),
    ("Guadalajara", "290", "475", "780"),
    ("Querétaro", "276", "448", "720"),
    ("Puebla", "248", "396", "640"),
    ("Mérida", "239", "381", "615"),
]


def add_table(doc, rows, bold_first_col=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            cell.text = val
            run = cell.paragraphs[0].runs[0] if cell.paragraphs[0].runs else None
            if run is not None and (r == 0 or (bold_first_col and c == 0)):
                run.bold = True
            if c > 0 and r > 0 and val[:1].isdigit() or val.startswith("MX$"):
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return t


def main():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)

    doc.add_heading("Urban Planners in Mexico: Pay and Careers Report 2024", level=0)
    p = doc.add_paragraph()
    p.add_run("Career Development Centre, School of Architecture, Design and Urbanism").italic = True
    doc.add_paragraph("Published: October 2024")

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "Planning jobs in Mexico have grown steadily since municipal planning institutes (IMPLANs) spread "
        "beyond the largest cities, and since the 2016 General Law on Human Settlements, Territorial Planning "
        "and Urban Development required states and municipalities to update their development programmes. "
        "This report is for students and recent graduates who want to know what planners earn, where the "
        "jobs are, and what they need to get started."
    )
    doc.add_paragraph(
        "The figures come from our 2024 salary survey of 412 practising planners (alumni and members of "
        "partner associations), carried out between May and July 2024, checked against public-sector pay "
        "scales published on the National Transparency Platform. All amounts are in Mexican pesos (MXN), "
        "gross, before ISR income tax and IMSS or ISSSTE contributions."
    )

    doc.add_heading("Pay by sector and level", level=1)
    doc.add_paragraph(
        "Table 1 shows median monthly gross pay for full-time planners in 2024, by employer sector and "
        "seniority. Public-sector figures are the tabulated salary for the post (sueldo base plus "
        "compensación garantizada) and do not include the year-end bonus."
    )
    cap = doc.add_paragraph()
    cap.add_run("Table 1. Median monthly gross pay by sector and level, 2024 (MXN per month)").bold = True
    add_table(doc, TABLE1, bold_first_col=True)
    doc.add_paragraph(
        "Private consultancies pay a little more than government at the start of a career and clearly more "
        "at the top, but public posts offer stronger job security, ISSSTE health cover and a pension. "
        "Consultancy pay also varies more: firms working on federal or international projects pay well above "
        "the median, while small local studios often pay by the project (por honorarios)."
    )

    doc.add_heading("Pay by city", level=1)
    doc.add_paragraph(
        "Where you work matters as much as who you work for. Mexico City concentrates federal agencies such "
        "as SEDATU and most of the large consultancies. Monterrey's planners are in demand from industrial "
        "parks and the nearshoring boom, and Guadalajara has a strong metropolitan planning institute "
        "(IMEPLAN) and a growing private sector."
    )
    cap2 = doc.add_paragraph()
    cap2.add_run(
        "Table 2. Median pay by city and career stage, 2024. Figures are annual, in thousands of MXN, "
        "and include the aguinaldo."
    ).bold = True
    add_table(doc, TABLE2)
    doc.add_paragraph(
        "Note: the aguinaldo (year-end bonus) is a legal minimum of 15 days' pay; most public employers pay "
        "40 days and many consultancies pay 30. Cities with fewer than 25 survey responses are not shown."
    )

    doc.add_heading("How to become an urban planner", level=1)
    doc.add_paragraph(
        "Most planners hold a licenciatura (bachelor's degree) in urbanism (Licenciatura en Urbanismo or "
        "en Planeación Territorial), which usually takes four and a half years. Graduates in architecture, "
        "civil engineering, geography or economics also enter the field, typically after a master's degree "
        "in urban planning."
    )
    doc.add_paragraph(
        "After graduating and completing the required social service, you register your degree and apply for "
        "a cédula profesional, the professional licence issued by the Dirección General de Profesiones of the "
        "Ministry of Public Education (SEP). It can now be requested online and usually arrives within a few "
        "weeks. Public posts from Head of department upwards, and signing land-use and urban-impact studies, "
        "normally require it."
    )
    doc.add_paragraph(
        "Skills employers mention most often: GIS (QGIS and ArcGIS), AutoCAD, knowledge of municipal "
        "land-use regulations, and the ability to run public consultations. English is an advantage in "
        "consultancies working with international lenders."
    )

    doc.add_heading("Where the jobs are", level=1)
    for item in (
        "CDMX: federal agencies, the city's planning secretariat (SEDUVI), large consultancies and NGOs.",
        "Guadalajara: IMEPLAN, the municipal IMPLANs of the metropolitan area and private developers.",
        "Monterrey: the state urban development agency, industrial-park developers and infrastructure firms.",
        "Elsewhere: IMPLANs in mid-sized cities such as Querétaro, León, Puebla and Mérida.",
    ):
        doc.add_paragraph(item, style="List Bullet")

    doc.add_paragraph("Questions about this report: contact the Career Development Centre during office hours.").runs[
        0
    ].italic = True

    OUT.parent.mkdir(parents=True, exist_ok=True)
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
