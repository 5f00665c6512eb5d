"""Generate a careers-day slide deck for a Kyrgyz hydropower company (2025)."""

from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Inches, Pt

OUT = Path(__file__).resolve().parent.parent / "corpus" / "NHC_Careers_Day_KSTU_2025.pptx"

RATE = 87.50  # KGS per USD, NBKR official rate used for reference
NAVY = RGBColor(0x0B, 0x3C, 0x5D)
TEAL = RGBColor(0x1C, 0x8C, 0x9E)
GREY = RGBColor(0x55, 0x55, 0x55)

prs = Presentation()
prs.slide_width = Inches(13.333)
prs.slide_height = Inches(7.5)
BLANK = prs.slide_layouts[6]


def add_title(slide, text, sub=None):
    tb = slide.shapes.add_textbox(Inches(0.6), Inches(0.35), Inches(12.1), Inches(0.9))
    p = tb.text_frame.paragraphs[0]
    p.text = text
    p.font.size = Pt(32)
    p.font.bold = True
    p.font.color.rgb = NAVY
    if sub:
        p2 = tb.text_frame.add_paragraph()
        p2.text = sub
        p2.font.size = Pt(16)
        p2.font.color.rgb = TEAL


def add_bullets(slide, items, top=1.6, left=0.7, width=12.0, height=5.2, size=20):
    tb = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    tf = tb.text_frame
    tf.word_wrap = True
    for i, item in enumerate(items):
        level = 0
        if isinstance(item, tuple):
            level, item = item
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = ("• " if level == 0 else "– ") + item
        p.level = level
        p.font.size = Pt(size if level == 0 else size - 3)
        p.space_after = Pt(8)
    return tb


def add_footer(slide, n):
    tb = slide.shapes.add_textbox(Inches(0.6), Inches(7.0), Inches(12.1), Inches(0.4))
    p = tb.text_frame.paragraphs[0]
    p.text = f"Naryn Hydro Cascade OJSC  |  Careers Day, KSTU named after I. Razzakov, Bishkek  |  18.04.2025  |  {n}"
    p.font.size = Pt(10)
    p.font.color.rgb = GREY


def notes(slide, text):
    slide.notes_slide.notes_text_frame.text = text


# 1 Title
s = prs.slides.add_slide(BLANK)
tb = s.shapes.add_textbox(Inches(0.8), Inches(2.0), Inches(11.7), Inches(3.5))
tf = tb.text_frame
tf.word_wrap = True
p = tf.paragraphs[0]
p.text = "Power the mountains. Build your career in hydropower."
p.font.size = Pt(40)
p.font.bold = True
p.font.color.rgb = NAVY
for t, sz in [
    ("Graduate & Technician Recruitment 2025", 26),
    ("Naryn Hydro Cascade OJSC", 22),
    ("Careers Day · Kyrgyz State Technical University named after I. Razzakov · Bishkek · 18.04.2025", 16),
]:
    q = tf.add_paragraph()
    q.text = t
    q.font.size = Pt(sz)
    q.font.color.rgb = TEAL
notes(s, "Welcome, thank the KSTU careers centre. Introduce the HR team and the two engineers presenting.")

# 2 About us
s = prs.slides.add_slide(BLANK)
add_title(s, "Who we are")
add_bullets(
    s,
    [
        "Operator of three hydropower plants on the Naryn river: Naryn-1, Naryn-2 and Naryn-3",
        "Around 1,450 employees at the plants and at the head office in Bishkek",
        "Installed capacity of the cascade: 620 MW",
        "Major rehabilitation programme 2024–2028: new turbines, digital relay protection and SCADA",
        "We are hiring 60 young specialists in 2025 – engineers, technicians and operators",
    ],
)
add_footer(s, 2)

# 3 Who we hire
s = prs.slides.add_slide(BLANK)
add_title(s, "Who we are hiring in 2025")
add_bullets(
    s,
    [
        "Electrical engineers – generators, switchgear, substations",
        "Relay protection & automation engineers",
        "Mechanical engineers – hydro turbines and hydraulic equipment",
        "Hydraulic structures engineers – dam safety and monitoring",
        "SCADA / IT engineers",
        "Hydro turbine operators and electrical technicians (college graduates)",
    ],
)
add_footer(s, 3)

# 4 Salary table
s = prs.slides.add_slide(BLANK)
add_title(
    s,
    "What we pay – monthly base salary 2025",
    "Gross, before personal income tax (10%) and employee Social Fund contribution (10%)",
)
rows = [
    ("Trainee Electrical Technician", "Technician, entry", 28000),
    ("Hydro Turbine Operator", "Shift staff", 38000),
    ("Engineer – Graduate Programme", "No category", 42000),
    ("Relay Protection & Automation Engineer", "Category II", 52000),
    ("Electrical Engineer", "Category II", 55000),
    ("Mechanical Engineer (Turbines)", "Category II", 55000),
    ("Hydraulic Structures Engineer", "Category II", 58000),
    ("SCADA / IT Engineer", "Category II", 62000),
    ("Electrical Engineer", "Category I", 68000),
    ("Shift Supervisor (Plant Dispatcher)", "Supervisor", 75000),
    ("Lead Engineer", "Lead", 85000),
]
shape = s.shapes.add_table(len(rows) + 1, 4, Inches(0.7), Inches(1.7), Inches(11.9), Inches(4.7))
tbl = shape.table
for i, w in enumerate([5.2, 2.4, 2.3, 2.0]):
    tbl.columns[i].width = Inches(w)
hdr = ["Position", "Category", "KGS per month", "≈ USD per month"]
for c, h in enumerate(hdr):
    cell = tbl.cell(0, c)
    cell.text = h
    cell.text_frame.paragraphs[0].font.bold = True
    cell.text_frame.paragraphs[0].font.size = Pt(15)
for r, (pos, cat, kgs) in enumerate(rows, start=1):
    vals = [pos, cat, f"{kgs:,}", f"{round(kgs / RATE):,}"]
    for c, v in enumerate(vals):
        cell = tbl.cell(r, c)
        cell.text = v
        cell.text_frame.paragraphs[0].font.size = Pt(14)
fn = s.shapes.add_textbox(Inches(0.7), Inches(6.45), Inches(11.9), Inches(0.5))
fp = fn.text_frame.paragraphs[0]
fp.text = (
    "USD amounts are for reference only, converted at the NBKR official rate of 1 USD = 87.50 KGS (01.04.2025) "
    "and rounded. Salaries are paid in som (KGS) twice a month."
)
fp.font.size = Pt(11)
fp.font.color.rgb = GREY
add_footer(s, 4)
notes(s, "Stress that these are base salaries; allowances on the next slide can add 30% or more for site-based staff.")

# 5 Allowances
s = prs.slides.add_slide(BLANK)
add_title(s, "On top of your salary")
add_bullets(
    s,
    [
        "High-altitude & remote area supplement: +30% of base salary for staff based at Naryn-2 and Naryn-3",
        "Rotational (vakhta) field allowance: KGS 1,200 per day on site (≈ USD 14)",
        "Night work: +50% of the hourly rate for hours worked between 22:00 and 06:00",
        "13th salary paid in December, subject to company results",
        "Free transport Bishkek – site at the start and end of every rotation",
        "Hostel accommodation and three meals a day on site",
    ],
)
add_footer(s, 5)

# 6 Working time
s = prs.slides.add_slide(BLANK)
add_title(s, "Working time and rotations")
add_bullets(
    s,
    [
        "Head office and Naryn-1 engineers: 40-hour week, Monday–Friday, 8:00–17:00",
        "Plant operators: 12-hour shifts on a four-crew rota (day, night, 2 days off)",
        "Remote sites Naryn-2 and Naryn-3: 15/15 rotation – 15 days on site, 15 days off",
        "Annual leave: 28 calendar days + 6 additional days for shift and high-altitude work",
    ],
)
add_footer(s, 6)

# 7 Entry routes
s = prs.slides.add_slide(BLANK)
add_title(s, "How to join us")
add_bullets(
    s,
    [
        "Engineers: bachelor's degree (4 years) in electric power engineering, hydropower, relay protection or hydraulic engineering",
        (1, "KSTU named after I. Razzakov, KRSU, Osh Technological University and other accredited universities"),
        "Technicians and operators: college (technikum) diploma – 2 years 10 months after grade 11, or 3 years 10 months after grade 9",
        "Graduate Programme: 12 months, rotation through all three plants with a personal mentor; starts 01.09.2025",
        "Paid summer practice for 3rd- and 4th-year students: 2 months, stipend KGS 12,000 per month",
        "Electrical safety clearance: group III within your first month, group IV for engineers before working unsupervised",
        "Languages: Kyrgyz and/or Russian; English is an advantage",
    ],
    size=18,
)
add_footer(s, 7)

# 8 Apply
s = prs.slides.add_slide(BLANK)
add_title(s, "Apply by 31.05.2025")
add_bullets(
    s,
    [
        "Send your CV, a copy of your diploma (or expected graduation letter) and your transcript",
        "Online test and interviews in Bishkek: June 2025",
        "Offers sent by 15.07.2025; start date 01.09.2025",
        "Apply at the NHC stand today or by e-mail: careers@nhc.example.kg",
    ],
)
add_footer(s, 8)

OUT.parent.mkdir(parents=True, exist_ok=True)
prs.save(OUT)
print("wrote", OUT)
for pos, cat, kgs in rows:
    print(pos, cat, f"{kgs:,}", round(kgs / RATE))
