"""Generate architect-france.pptx: careers-fair slide deck on architects in France, 2023."""

from pathlib import Path

from pptx import Presentation
from pptx.util import Inches, Pt

OUT = Path(__file__).resolve().parent.parent / "corpus" / "architect-france.pptx"

prs = Presentation()
prs.slide_width = Inches(13.333)
prs.slide_height = Inches(7.5)


def add_footer(slide, text):
    tb = slide.shapes.add_textbox(Inches(0.5), Inches(6.8), Inches(12.3), Inches(0.5))
    p = tb.text_frame.paragraphs[0]
    p.text = text
    p.runs[0].font.size = Pt(11)


def bullet_slide(title, bullets, footer=None):
    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = title
    body = s.placeholders[1].text_frame
    body.clear()
    first = True
    for item in bullets:
        level = 0
        if isinstance(item, tuple):
            level, item = item
        p = body.paragraphs[0] if first else body.add_paragraph()
        first = False
        p.text = item
        p.level = level
        p.runs[0].font.size = Pt(20 if level == 0 else 16)
    if footer:
        add_footer(s, footer)
    return s


def table_slide(title, header, rows, note=None):
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = title
    n_rows, n_cols = len(rows) + 1, len(header)
    shape = s.shapes.add_table(n_rows, n_cols, Inches(0.8), Inches(1.7), Inches(11.7), Inches(0.5) * n_rows)
    t = shape.table
    for c, h in enumerate(header):
        t.cell(0, c).text = h
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    for r in range(n_rows):
        for c in range(n_cols):
            for p in t.cell(r, c).text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(16)
    if note:
        add_footer(s, note)
    return s


# 1. Title slide
s = prs.slides.add_slide(prs.slide_layouts[0])
s.shapes.title.text = "Becoming an Architect in France"
s.placeholders[1].text = (
    "Careers Fair 2023 – Architecture & Built Environment stand\n"
    "Pay, training routes and employers (salaries for 2023, in euros)"
)

# 2. Routes into the profession
bullet_slide(
    "Routes into the profession",
    [
        "Study at one of the 20 state schools of architecture (ENSA) or an accredited private school",
        (1, "3-year Diplôme d'études en architecture (licence level)"),
        (1, "then 2 more years for the Diplôme d'État d'architecte (DEA) – 5 years in total, master level"),
        "To sign your own projects you need the HMONP licence",
        (
            1,
            "Habilitation à la maîtrise d'œuvre en son nom propre: about 1 year, mixing paid practice in an agency and 150 hours of teaching",
        ),
        'Register with the Ordre des architectes before practising under the title "architecte"',
        "Permits: projects over 150 m² of floor area must be signed by a registered architect",
    ],
    footer="Entry to ENSA schools is selective, via Parcoursup after the baccalauréat.",
)

# 3. Salary by experience
table_slide(
    "Salary by experience",
    ["Experience", "Typical role", "Annual gross salary", "Monthly gross (brut mensuel)"],
    [
        ["0–2 years", "Architecte junior / assistant", "€31,000", "€2,580"],
        ["3–5 years", "Architecte (HMONP)", "€36,500", "€3,040"],
        ["6–10 years", "Chef de projet (project lead)", "€44,000", "€3,670"],
        ["More than 10 years", "Senior project lead / directeur de projet", "€54,000", "€4,500"],
        ["Associate / partner", "Architecte associé", "€68,000 – €90,000", "€5,670 – €7,500"],
    ],
    note="Gross salaries before social contributions (roughly 22% is deducted to get net pay). Survey of agencies, 2023.",
)

# 4. Salary by city
table_slide(
    "Salary by city",
    ["City", "Median annual salary (gross)", "Brut mensuel", "Agencies surveyed"],
    [
        ["Paris", "€45,500", "€3,790", "212"],
        ["Lyon", "€39,000", "€3,250", "87"],
        ["Marseille", "€36,200", "€3,020", "54"],
        ["Bordeaux", "€37,800", "€3,150", "49"],
        ["Toulouse", "€35,400", "€2,950", "46"],
    ],
    note="All experience levels combined. Paris figures include the wider Île-de-France region.",
)

# 5. Employers
bullet_slide(
    "Employers",
    [
        "Private architecture practices (agences d'architecture) – about 6 in 10 salaried architects",
        (1, "most agencies are small: fewer than 10 staff"),
        "Self-employed / own practice (libéral) once you hold the HMONP",
        "Public sector: local authorities, CAUE advisory councils, Ministry of Culture (architecte et urbaniste de l'État, by competitive exam)",
        "Developers, social housing landlords and construction companies",
        "Interior design, heritage restoration and urban planning consultancies",
    ],
    footer="Source: Careers Office, based on agency salary surveys and the Ordre des architectes, 2023. Figures are illustrative.",
)

OUT.parent.mkdir(parents=True, exist_ok=True)
prs.save(OUT)
print("wrote", OUT)
