"""Generate web-dev-spain.pptx: web developer salaries in Spain, 2023."""

from pathlib import Path

from pptx import Presentation
from pptx.util import Inches, Pt

OUT = Path(__file__).resolve().parent.parent / "corpus" / "web-dev-spain.pptx"

prs = Presentation()
prs.slide_width = Inches(13.333)
prs.slide_height = Inches(7.5)
TITLE_ONLY = prs.slide_layouts[5]
BULLETS = prs.slide_layouts[1]


def bullet_slide(title, items):
    s = prs.slides.add_slide(BULLETS)
    s.shapes.title.text = title
    body = s.placeholders[1]
    body.left, body.top, body.width, body.height = Inches(0.7), Inches(1.6), Inches(12), Inches(5.4)
    tf = body.text_frame
    tf.clear()
    for i, item in enumerate(items):
        level = 0
        if item.startswith("- "):
            level, item = 1, item[2:]
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = item
        p.level = level
        p.font.size = Pt(20 if level == 0 else 17)
    return s


def table_slide(title, header, rows, note=None):
    s = prs.slides.add_slide(TITLE_ONLY)
    s.shapes.title.text = title
    n_rows, n_cols = len(rows) + 1, len(header)
    shape = s.shapes.add_table(n_rows, n_cols, Inches(0.7), Inches(1.7), Inches(11.9), Inches(0.45) * n_rows)
    t = shape.table
    for c, h in enumerate(header):
        t.cell(0, c).text = h
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    for r in range(n_rows):
        for c in range(n_cols):
            for p in t.cell(r, c).text_frame.paragraphs:
                p.font.size = Pt(15)
    if note:
        tb = s.shapes.add_textbox(Inches(0.7), Inches(1.9) + Inches(0.45) * n_rows, Inches(11.9), Inches(0.8))
        tb.text_frame.word_wrap = True
        tb.text_frame.text = note
        tb.text_frame.paragraphs[0].font.size = Pt(13)
        tb.text_frame.paragraphs[0].font.italic = True
    return s


# 1. Title
s = prs.slides.add_slide(prs.slide_layouts[0])
s.shapes.title.text = "Web Developer Salaries in Spain 2023"
s.placeholders[1].text = (
    "Careers Service employer briefing · All figures gross, in euros (€)\n"
    "Presented at the Tech Careers Week, November 2023"
)

# 2. Key points
bullet_slide(
    "Key points",
    [
        "Most Spanish employers pay salaries in 14 payments a year: 12 monthly payments plus two extra payments (pagas extra) in June and December",
        "Monthly figures in this deck are therefore annual salary divided by 14",
        "Madrid and Barcelona pay the most; Seville and Zaragoza the least of the cities surveyed",
        "Demand is strongest for full-stack developers with JavaScript/TypeScript and cloud experience",
        "Roughly 35% of job adverts in 2023 offered fully remote or hybrid work",
    ],
)

# 3. By seniority
table_slide(
    "Pay by seniority (Spain, all cities)",
    ["Level", "Experience", "Gross annual (median)", "Gross monthly (14 payments)", "Typical range (annual)"],
    [
        ["Junior developer", "0–2 years", "€24,500", "€1,750", "€21,000–€28,000"],
        ["Mid-level developer", "2–5 years", "€33,600", "€2,400", "€29,000–€38,000"],
        ["Senior developer", "5–8 years", "€44,800", "€3,200", "€40,000–€52,000"],
        ["Lead developer / Tech lead", "8+ years", "€56,000", "€4,000", "€50,000–€65,000"],
    ],
    note="Figures exclude variable bonuses, meal vouchers and flexible-benefit schemes.",
)

# 4. By city
table_slide(
    "Mid-level web developer pay by city",
    ["City", "Gross annual (mid-level)", "Gross monthly (×14)", "Change vs 2022"],
    [
        ["Madrid", "€37,100", "€2,650", "+5%"],
        ["Barcelona", "€36,400", "€2,600", "+4%"],
        ["Bilbao", "€33,600", "€2,400", "+4%"],
        ["Valencia", "€30,800", "€2,200", "+6%"],
        ["Málaga", "€30,100", "€2,150", "+7%"],
        ["Seville", "€28,700", "€2,050", "+3%"],
        ["Zaragoza", "€28,000", "€2,000", "+3%"],
    ],
    note="Mid-level = 2–5 years' experience. Source: 1,140 job adverts and 380 survey responses, 2023.",
)

# 5. By specialism
table_slide(
    "Senior developers by specialism",
    ["Specialism", "Gross annual (senior)", "Gross monthly (14 payments)"],
    [
        ["Front-end (React, Angular, Vue)", "€42,000", "€3,000"],
        ["Back-end (Java, Node.js, PHP)", "€45,500", "€3,250"],
        ["Full-stack", "€47,600", "€3,400"],
        ["WordPress / CMS developer", "€35,000", "€2,500"],
    ],
)

# 6. Entry routes
bullet_slide(
    "How people get in",
    [
        "Vocational route: the two-year CFGS in Desarrollo de Aplicaciones Web (DAW), which includes a work placement of about 370 hours",
        "University route: a four-year degree in computer engineering (Grado en Ingeniería Informática)",
        "Bootcamps: intensive courses of around 12 weeks; popular with career changers",
        "- Employers value a portfolio or GitHub profile as much as the qualification",
        "Junior roles often ask for English at B2 level",
    ],
)

# 7. Remote work
bullet_slide(
    "Working remotely for foreign employers",
    [
        "Senior developers working remotely from Spain for companies based elsewhere in Europe or the US reported €50,000 to €70,000",
        "These contracts are often freelance (autónomo), so social security and tax are paid by the developer",
        "The standard working week in tech companies is 40 hours, with many offering a shorter 'summer schedule' (jornada intensiva) in July and August",
    ],
)

# 8. Sources
bullet_slide(
    "Sources and notes",
    [
        "Careers Service survey of graduates and employers, 2023",
        "Public job adverts collected January–October 2023",
        "All figures are illustrative, rounded and gross (before income tax and social security)",
    ],
)

OUT.parent.mkdir(parents=True, exist_ok=True)
prs.save(OUT)
print("wrote", OUT)
