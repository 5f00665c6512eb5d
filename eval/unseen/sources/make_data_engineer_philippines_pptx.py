"""Build data-engineer-philippines.pptx (data engineer salary guide, Philippines 2024)."""

from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Inches, Pt

OUT = Path(__file__).resolve().parent.parent / "corpus" / "data-engineer-philippines.pptx"

NAVY = RGBColor(0x12, 0x2B, 0x4A)

CITY_TABLE = [
    ("Level", "Metro Manila", "Cebu", "Davao"),
    ("Junior (0–2 yrs)", "₱45,000", "₱38,000", "₱33,000"),
    ("Mid-level (3–5 yrs)", "₱85,000", "₱70,000", "₱61,000"),
    ("Senior (6–9 yrs)", "₱140,000", "₱115,000", "₱98,000"),
    ("Lead / Principal (10+ yrs)", "₱195,000", "₱160,000", "₱134,000"),
]

TREND_TABLE = [
    ("Year", "Junior", "Mid-level", "Senior", "Lead"),
    ("2021", "36,000", "67,000", "112,000", "156,000"),
    ("2022", "39,000", "73,000", "121,000", "169,000"),
    ("2023", "42,000", "79,000", "131,000", "183,000"),
    ("2024", "45,000", "85,000", "140,000", "195,000"),
]

EMPLOYER_TABLE = [
    ("Employer type", "Typical monthly pay, mid-level (PHP)", "What to expect"),
    (
        "BPO / shared services centres",
        "₱62,000 – ₱82,000",
        "Structured training, night shifts for US clients, night-differential pay",
    ),
    ("Local banks and financial services", "₱80,000 – ₱105,000", "Stable, strong HMO cover, slower tech adoption"),
    ("Startups and tech scale-ups", "₱68,000 – ₱120,000", "Wide spread; some offer stock options, fewer benefits"),
    (
        "Multinational companies (regional hubs)",
        "₱95,000 – ₱130,000",
        "Highest pay, modern cloud stacks, English-heavy interviews",
    ),
]


def add_title(slide, text):
    tb = slide.shapes.title
    tb.text = text
    for p in tb.text_frame.paragraphs:
        for r in p.runs:
            r.font.size = Pt(30)
            r.font.bold = True
            r.font.color.rgb = NAVY


def add_table(slide, rows, left, top, width, height, font_size=14):
    shape = slide.shapes.add_table(len(rows), len(rows[0]), left, top, width, height)
    table = shape.table
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = table.cell(r, c)
            cell.text = val
            for p in cell.text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(font_size)
                    run.font.bold = r == 0
    return table


def add_text(slide, left, top, width, height, lines, size=16):
    tb = slide.shapes.add_textbox(left, top, width, height)
    tf = tb.text_frame
    tf.word_wrap = True
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = line
        for r in p.runs:
            r.font.size = Pt(size)
    return tb


def main():
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)

    # 1. Title slide
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Data Engineer Salary Guide: Philippines 2024"
    s.placeholders[1].text = (
        "Bayanihan Talent Partners · Technology Recruitment Practice\n"
        "Monthly base pay in Philippine pesos (PHP), based on 1,150 placements and offers, Jan–Dec 2024"
    )

    # 2. Pay by level and city
    s = prs.slides.add_slide(prs.slide_layouts[5])
    add_title(s, "Monthly base pay by level and city, 2024")
    add_table(s, CITY_TABLE, Inches(0.7), Inches(1.6), Inches(11.9), Inches(3.0), font_size=16)
    add_text(
        s,
        Inches(0.7),
        Inches(5.0),
        Inches(11.9),
        Inches(2.0),
        [
            "Median gross monthly base salary in ₱, before tax, SSS, PhilHealth and Pag-IBIG contributions.",
            "Not included: the mandatory 13th-month pay (one extra month of base pay, due by 24 December), "
            "allowances and bonuses.",
            "Example: a senior data engineer in Metro Manila on ₱140,000 a month earns about ₱1,820,000 a year "
            "once 13th-month pay is added.",
        ],
        size=14,
    )

    # 3. Trend
    s = prs.slides.add_slide(prs.slide_layouts[5])
    add_title(s, "Metro Manila pay trend, 2021–2024")
    add_table(s, TREND_TABLE, Inches(0.7), Inches(1.6), Inches(11.9), Inches(2.8), font_size=16)
    add_text(
        s,
        Inches(0.7),
        Inches(4.8),
        Inches(11.9),
        Inches(2.2),
        [
            "Median monthly base pay, Metro Manila only, PHP.",
            "Junior pay has risen 25% since 2021; senior and lead pay has grown faster as companies move "
            "data platforms to the cloud and compete with offshore hiring.",
            "2021 figures are from a smaller sample (about 400 placements) and should be read as indicative.",
        ],
        size=14,
    )

    # 4. Employer types
    s = prs.slides.add_slide(prs.slide_layouts[5])
    add_title(s, "Who is hiring, and what they pay")
    add_table(s, EMPLOYER_TABLE, Inches(0.5), Inches(1.6), Inches(12.3), Inches(3.4), font_size=14)
    add_text(
        s,
        Inches(0.5),
        Inches(5.3),
        Inches(12.3),
        Inches(1.8),
        [
            "Ranges are for mid-level data engineers (3–5 years) in Metro Manila, monthly base pay.",
            "BPO and multinational roles often add a rice or meal allowance and HMO cover for one or two dependants.",
        ],
        size=14,
    )

    # 5. Skills and how to get in
    s = prs.slides.add_slide(prs.slide_layouts[1])
    add_title(s, "Skills in demand and how to get in")
    body = s.placeholders[1].text_frame
    lines = [
        ("Core skills: SQL, Python, data modelling, and ETL/ELT pipelines", 0),
        ("Tools clients ask for: Apache Spark, Airflow, dbt, Kafka, Databricks, Snowflake", 0),
        ("Cloud: AWS is most requested, then Azure and Google Cloud", 0),
        ("Certifications that help at shortlisting:", 0),
        ("AWS Certified Data Engineer – Associate", 1),
        ("Google Cloud Professional Data Engineer", 1),
        ("Microsoft Certified: Fabric Data Engineer Associate", 1),
        (
            "Getting in: most hires hold a BS in Computer Science, Information Technology or Computer "
            "Engineering; many start as data analysts or ETL developers and move across after 1–2 years",
            0,
        ),
        (
            "Build a portfolio: one end-to-end pipeline on GitHub (ingest, transform, schedule, test) "
            "does more than a list of courses",
            0,
        ),
    ]
    for i, (text, level) in enumerate(lines):
        p = body.paragraphs[0] if i == 0 else body.add_paragraph()
        p.text = text
        p.level = level
        for r in p.runs:
            r.font.size = Pt(18 if level == 0 else 16)

    OUT.parent.mkdir(parents=True, exist_ok=True)
    prs.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
