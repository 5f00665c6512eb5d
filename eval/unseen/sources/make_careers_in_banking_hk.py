"""Generate careers-in-banking-hk.pptx (investment banking careers, Hong Kong 2024)."""

from pathlib import Path

from pptx import Presentation
from pptx.util import Inches, Pt

OUT = Path(__file__).resolve().parent.parent / "corpus" / "careers-in-banking-hk.pptx"

prs = Presentation()
prs.slide_width = Inches(13.333)
prs.slide_height = Inches(7.5)


def bullets(title, items, notes=None):
    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = title
    body = s.placeholders[1]
    body.left, body.top, body.width, body.height = Inches(0.7), Inches(1.5), Inches(12), Inches(5.5)
    tf = body.text_frame
    tf.clear()
    for i, item in enumerate(items):
        level = 0
        if isinstance(item, tuple):
            level, item = item
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = item
        p.level = level
        p.font.size = Pt(20 if level == 0 else 16)
    if notes:
        s.notes_slide.notes_text_frame.text = notes
    return s


def table_slide(title, header, rows, note=None, col_widths=None):
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = title
    n_rows, n_cols = len(rows) + 1, len(header)
    shape = s.shapes.add_table(n_rows, n_cols, Inches(0.6), Inches(1.6), Inches(12.1), Inches(0.5) * n_rows)
    tbl = shape.table
    for c, h in enumerate(header):
        tbl.cell(0, c).text = h
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            tbl.cell(r, c).text = v
    for r in range(n_rows):
        for c in range(n_cols):
            for p in tbl.cell(r, c).text_frame.paragraphs:
                p.font.size = Pt(16)
    if col_widths:
        for c, w in enumerate(col_widths):
            tbl.columns[c].width = Inches(w)
    if note:
        tb = s.shapes.add_textbox(Inches(0.6), Inches(1.8) + Inches(0.5) * n_rows, Inches(12), Inches(1))
        tb.text_frame.word_wrap = True
        tb.text_frame.text = note
        tb.text_frame.paragraphs[0].font.size = Pt(13)
        tb.text_frame.paragraphs[0].font.italic = True
    return s


# 1. Title
s = prs.slides.add_slide(prs.slide_layouts[0])
s.shapes.title.text = "Careers in Investment Banking: Hong Kong 2024"
s.placeholders[1].text = "Careers Service employer insight session \u2022 Finance sector series \u2022 Autumn 2024"

# 2. Market overview
bullets(
    "The Hong Kong market in 2024",
    [
        "Hong Kong remains Asia's largest centre for equity capital markets (ECM) and cross-border M&A advisory",
        "Hiring slowed in 2023 but picked up again in the second half of 2024, led by Chinese investment banks",
        "Roughly 40% of front-office junior roles are filled by graduates from overseas universities",
        "Mandarin is requested in around 7 out of 10 analyst job adverts; Cantonese is an advantage for client-facing roles",
        "All pay on the following slides is in Hong Kong dollars (HK$), per year, before salaries tax",
    ],
)

# 3. Pay by level
table_slide(
    "Pay by level: base salary and bonus (HK$ per year, 2024)",
    ["Level", "Typical years in role", "Base salary (median)", "Base salary range", "Bonus (median)"],
    [
        ["Analyst", "1\u20133 years", "HK$600,000", "HK$520,000\u2013HK$700,000", "HK$200,000"],
        ["Associate", "3\u20134 years", "HK$960,000", "HK$850,000\u2013HK$1,100,000", "HK$450,000"],
        ["Vice president", "3\u20135 years", "HK$1,500,000", "HK$1,300,000\u2013HK$1,750,000", "HK$900,000"],
        ["Director", "3+ years", "HK$2,200,000", "HK$1,900,000\u2013HK$2,600,000", "HK$1,800,000"],
    ],
    note="Bonus is discretionary and paid in cash and deferred shares; figures show the 2024 bonus round. "
    "Housing allowances for relocated staff are excluded.",
    col_widths=[2.2, 2.2, 2.4, 3.3, 2.0],
)

# 4. Bonus by bank type
table_slide(
    "Bonus as a percentage of base salary, by type of bank",
    ["Type of bank", "Analyst", "Associate", "Vice president"],
    [
        ["US bulge-bracket bank", "40%", "55%", "70%"],
        ["European universal bank", "30%", "45%", "55%"],
        ["Chinese investment bank", "35%", "45%", "60%"],
        ["Independent advisory boutique", "25%", "40%", "65%"],
    ],
    note="Median of bonuses reported to the Careers Service by 2023 and 2024 alumni (n = 86).",
    col_widths=[4.6, 2.5, 2.5, 2.5],
)

# 5. Pay by division
table_slide(
    "Analyst base salary by division",
    ["Division", "Analyst base salary (median)", "Typical weekly hours"],
    [
        ["Mergers & acquisitions (M&A)", "HK$620,000", "80"],
        ["Equity capital markets (ECM)", "HK$600,000", "75"],
        ["Debt capital markets (DCM)", "HK$570,000", "65"],
        ["Leveraged finance", "HK$640,000", "80"],
        ["Sales & trading", "HK$580,000", "55"],
    ],
    col_widths=[5.0, 4.1, 3.0],
)

# 6. Route in
bullets(
    "The route in",
    [
        "Most analysts are hired through a 10-week penultimate-year summer internship (June\u2013August)",
        (1, "Around 70% of graduate analyst offers go to former summer interns"),
        (1, "Applications open in August and most close by the end of October, a year before the internship"),
        "Any degree discipline is accepted, but banks usually ask for a 2:1 or a GPA of 3.3 or above",
        "Selection: online tests, a video interview, then an assessment centre with a case study and a modelling test",
        "Off-cycle internships (3\u20136 months) are a second chance for final-year students and graduates",
        "Before advising clients you must be licensed by the SFC: corporate finance staff pass HKSI Licensing Examination Papers 1 and 6",
    ],
)

# 7. Life on the desk
bullets(
    "Hours and lifestyle",
    [
        "Analysts typically work 70\u201390 hours a week during live deals",
        "Promotion from analyst to associate usually comes after three years",
        "Many analysts leave after two to three years for private equity, corporate development or hedge funds",
        "Annual leave is usually 15\u201318 working days for analysts",
    ],
)

# 8. Sources
bullets(
    "Sources and notes",
    [
        "Careers Service alumni pay survey, 2024",
        "Recruiter salary guides for Hong Kong financial services, 2024",
        "All figures are illustrative and rounded; individual offers vary by bank and team",
    ],
)

OUT.parent.mkdir(parents=True, exist_ok=True)
prs.save(OUT)
print("wrote", OUT)
