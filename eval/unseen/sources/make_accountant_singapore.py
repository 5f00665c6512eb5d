"""Generate accountant-singapore.pptx (careers talk deck). Re-runnable."""

from pathlib import Path

from pptx import Presentation
from pptx.util import Inches, Pt

OUT = Path(__file__).resolve().parent.parent / "corpus" / "accountant-singapore.pptx"

prs = Presentation()
prs.slide_width = Inches(13.333)
prs.slide_height = Inches(7.5)
TITLE_ONLY = prs.slide_layouts[5]
TITLE_CONTENT = prs.slide_layouts[1]
TITLE_SLIDE = prs.slide_layouts[0]


def bullets(slide, items, size=20):
    body = slide.placeholders[1]
    body.left, body.top, body.width, body.height = Inches(0.7), Inches(1.6), Inches(12), Inches(5.4)
    tf = body.text_frame
    tf.clear()
    for i, item in enumerate(items):
        level = 0
        if isinstance(item, tuple):
            level, item = item
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = item
        p.level = level
        p.font.size = Pt(size - 2 * level)


def table(slide, rows, top=1.6, col_widths=None, note=None):
    n_rows, n_cols = len(rows), len(rows[0])
    shape = slide.shapes.add_table(n_rows, n_cols, Inches(0.6), Inches(top), Inches(12.1), Inches(0.5 * n_rows))
    tbl = shape.table
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = tbl.cell(r, c)
            cell.text = val
            for p in cell.text_frame.paragraphs:
                p.font.size = Pt(16)
                p.font.bold = r == 0
    if col_widths:
        for c, w in enumerate(col_widths):
            tbl.columns[c].width = Inches(w)
    if note:
        tb = slide.shapes.add_textbox(Inches(0.6), Inches(top + 0.5 * n_rows + 0.3), Inches(12), Inches(1))
        tb.text_frame.word_wrap = True
        tb.text_frame.text = note
        tb.text_frame.paragraphs[0].font.size = Pt(12)
        tb.text_frame.paragraphs[0].font.italic = True


# 1. Title
s = prs.slides.add_slide(TITLE_SLIDE)
s.shapes.title.text = "Counting on a Career: Accountancy in Singapore"
s.placeholders[1].text = (
    "Careers & Employability Office - Lunchtime careers talk, September 2024\n"
    "Salaries quoted in Singapore dollars (S$), before CPF deductions"
)

# 2. Routes
s = prs.slides.add_slide(TITLE_CONTENT)
s.shapes.title.text = "Routes into the profession"
bullets(
    s,
    [
        "Two main routes to chartered status in Singapore:",
        (
            1,
            "ACCA - 13 exams (exemptions possible for accounting graduates), plus 36 months of relevant work experience and the Ethics module",
        ),
        (
            1,
            "CA Singapore - the Singapore CA Qualification (SCAQ) run by ISCA: a Professional Programme of 4 modules followed by a Final Examination",
        ),
        "CA Singapore candidates need a recognised degree and 3 years of relevant practical experience before they can be admitted as a Chartered Accountant of Singapore",
        "Most students start as an audit associate straight after a degree in accountancy (typically 3 or 4 years at NUS, NTU or SMU)",
        "Firms usually sponsor exam fees and give study leave - ask about this at interview",
    ],
    size=20,
)

# 3. Pay by level
s = prs.slides.add_slide(TITLE_ONLY)
s.shapes.title.text = "Pay by level"
table(
    s,
    [
        ["Level", "Typical experience", "Monthly gross (range)", "Annual salary (median)"],
        ["Audit associate", "0-2 years", "S$3,800 - S$4,600", "S$54,600"],
        ["Audit senior", "2-5 years", "S$5,000 - S$6,800", "S$76,700"],
        ["Manager", "5-8 years", "S$7,500 - S$9,800", "S$112,500"],
        ["Senior manager", "8-12 years", "S$10,000 - S$13,500", "S$152,100"],
        ["Director", "12+ years", "S$15,000 - S$22,000", "S$240,000"],
    ],
    col_widths=[2.8, 2.6, 3.4, 3.3],
    note="Annual figures include the 13th-month Annual Wage Supplement (AWS) but exclude performance bonuses. "
    "Based on 2024 recruiter surveys and employer returns; illustrative only.",
)

# 4. Pay by sector
s = prs.slides.add_slide(TITLE_ONLY)
s.shapes.title.text = "Pay by sector"
table(
    s,
    [
        ["Employer type", "Graduate (per month)", "Manager (per month)", "Typical bonus"],
        ["Big Four", "S$4,300", "S$9,000", "0.5 - 1.5 months"],
        ["Mid-tier firm", "S$3,900", "S$8,200", "0.5 - 1 month"],
        ["Commercial (in-house finance)", "S$4,100", "S$9,600", "1 - 3 months"],
        ["Public sector", "S$3,700", "S$8,400", "AWS + performance bonus"],
    ],
    col_widths=[3.8, 2.8, 2.8, 2.7],
    note="Monthly gross salary, 2024. Commercial roles include financial reporting, FP&A and internal audit in MNCs and SGX-listed companies.",
)

# 5. Tips
s = prs.slides.add_slide(TITLE_CONTENT)
s.shapes.title.text = "Tips from our alumni"
bullets(
    s,
    [
        "Apply for Big Four internships in Year 2 - around 60% of graduate offers go to former interns",
        "Busy season runs roughly January to April: expect 50-60 hour weeks",
        "Moving from audit to a commercial role after 3-4 years often brings a pay rise of 15-25%",
        "Data analytics and ESG reporting skills are increasingly asked for in job adverts",
        "Book a mock interview with the Careers Office before the August application window",
    ],
    size=20,
)

prs.save(OUT)
print("wrote", OUT)
