# Generator: orthopaedic technical services (orthotists & prosthetists) careers deck, Namibia, FY 2024/25 (PPTX)
import os

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import PP_ALIGN
from pptx.util import Inches, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "MoHSS_orthopaedic_technical_services_careers_2024-25.pptx")

prs = Presentation()
prs.slide_width = Inches(13.333)
prs.slide_height = Inches(7.5)
BLUE = RGBColor(0x00, 0x38, 0x7A)
blank = prs.slide_layouts[6]
title_only = prs.slide_layouts[5]


def tb(slide, x, y, w, h, text, size=18, bold=False, color=None, align=None):
    box = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tf = box.text_frame
    tf.word_wrap = True
    lines = text if isinstance(text, list) else [text]
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = line
        p.font.size = Pt(size)
        p.font.bold = bold
        if color:
            p.font.color.rgb = color
        if align:
            p.alignment = align
    return box


def titled(title):
    s = prs.slides.add_slide(title_only)
    s.shapes.title.text = title
    s.shapes.title.text_frame.paragraphs[0].font.size = Pt(30)
    s.shapes.title.text_frame.paragraphs[0].font.color.rgb = BLUE
    return s


def table(slide, x, y, w, rows, colw, size=14):
    shp = slide.shapes.add_table(len(rows), len(rows[0]), Inches(x), Inches(y), Inches(w), Inches(0.4 * len(rows)))
    t = shp.table
    for j, cw in enumerate(colw):
        t.columns[j].width = Inches(cw)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = v
            for p in c.text_frame.paragraphs:
                p.font.size = Pt(size)
                p.font.bold = i == 0
                if j > 0 and i > 0:
                    p.alignment = PP_ALIGN.RIGHT
    return t


# 1. title slide with slogan
s = prs.slides.add_slide(blank)
tb(s, 0.8, 1.6, 11.5, 1.2, "Helping Namibia walk tall", 44, True, BLUE)
tb(s, 0.8, 3.0, 11.5, 1.0, "Careers in Orthopaedic Technical Services", 28)
tb(
    s,
    0.8,
    4.0,
    11.5,
    1.2,
    [
        "Ministry of Health and Social Services – Republic of Namibia",
        "Directorate: Tertiary Health Care & Clinical Support Services",
        "National Careers Fair, Windhoek Show Grounds – FY 2024/25",
    ],
    16,
)

# 2. what the job is
s = titled("What do O&P professionals do?")
tb(
    s,
    0.8,
    1.6,
    11.8,
    5,
    [
        "• Orthotists design and fit braces, splints and insoles (orthoses) for patients with weak or injured limbs and spines",
        "• Prosthetists make and fit artificial limbs (prostheses) after amputation – diabetes, road accidents, landmines",
        "• Orthopaedic technicians manufacture the devices in the workshop: plaster casting, lamination, thermoforming",
        "• Clubfoot clinics, cerebral palsy seating, outreach visits to regional hospitals",
        "• Public service O&P workshops: Windhoek Central Hospital, Oshakati Intermediate Hospital, Rundu and Katima Mulilo",
    ],
    18,
)

# 3. career path
s = titled("Your career path in the Public Service")
tb(
    s,
    0.8,
    1.6,
    11.8,
    4.5,
    [
        "Assistant Orthopaedic Technician (Grade 12)  →  Orthopaedic Technician (Grade 10)",
        "        ↓ diploma / degree in P&O",
        "Orthotist & Prosthetist (Grade 8)  →  Senior Orthotist & Prosthetist (Grade 7)  →  Chief Orthotist & Prosthetist (Grade 5)",
        "",
        "Note: in the Namibian Public Service a LOWER grade number means a HIGHER post.",
        "Promotion to Senior normally requires 5 years' post-registration experience.",
    ],
    18,
)

# 4. pay table
s = titled("What you will earn – FY 2024/25")
rows = [
    ["Post (grade)", "Annual basic salary (N$)\nentry notch", "Annual basic salary (N$)\ntop notch"],
    ["Assistant Orthopaedic Technician (Gr 12)", "N$ 104 592", "N$ 128 244"],
    ["Orthopaedic Technician (Gr 10)", "N$ 158 136", "N$ 196 980"],
    ["Orthotist & Prosthetist (Gr 8)", "N$ 274 560", "N$ 337 848"],
    ["Senior Orthotist & Prosthetist (Gr 7)", "N$ 352 908", "N$ 434 124"],
    ["Chief Orthotist & Prosthetist (Gr 5)", "N$ 512 796", "N$ 632 580"],
]
table(s, 0.8, 1.6, 11.7, rows, [5.7, 3.0, 3.0], 16)
tb(
    s,
    0.8,
    5.9,
    11.7,
    1.0,
    [
        "* Basic salary per annum, gross, effective 1 April 2024. Excludes allowances and the "
        "annual bonus (one month's basic salary, paid in the month of birth).",
        "Employees contribute 7% of basic salary to the GIPF pension fund; the employer adds 16%.",
    ],
    12,
    color=RGBColor(0x55, 0x55, 0x55),
)

# 5. allowances
s = titled("Allowances on top of basic pay")
tb(
    s,
    0.8,
    1.5,
    5.6,
    4.5,
    [
        "• Housing allowance: N$ 2 100 per month (Grades 8–12), higher for Grades 5–7",
        "• Transport allowance: for officers at Grade 7 and above",
        "• Medical aid: PSEMAS, employer pays the larger share",
        "• Remote area allowance (see table) for hard-to-staff stations",
    ],
    17,
)
rows = [
    ["Region (duty station)", "Remote area allowance\n(N$ / month)"],
    ["Khomas (Windhoek)", "nil"],
    ["Erongo (Swakopmund)", "nil"],
    ["Oshana (Oshakati)", "N$ 850"],
    ["Kavango East (Rundu)", "N$ 1 250"],
    ["Zambezi (Katima Mulilo)", "N$ 1 600"],
    ["Kunene (Opuwo)**", "N$ 1 800"],
]
table(s, 6.8, 1.5, 5.8, rows, [3.3, 2.5], 15)
tb(
    s,
    6.8,
    4.9,
    5.8,
    0.8,
    "** Opuwo: outreach post attached to Opuwo District Hospital from 2024/25.",
    11,
    color=RGBColor(0x55, 0x55, 0x55),
)

# 6. training
s = titled("How to qualify")
tb(
    s,
    0.8,
    1.6,
    11.8,
    5,
    [
        "• There is no P&O degree programme in Namibia yet – MoHSS awards bursaries to study abroad",
        "• Most bursary holders study the three-year Diploma in Orthopaedic Technology at TATCOT in Moshi, Tanzania",
        "• Other recognised routes: BSc P&O in South Africa (e.g. Tshwane University of Technology)",
        "• Bursary holders serve the Ministry one year for every year of study",
        "• School subjects: Mathematics, Physical Science and Biology (NSSCAS level preferred)",
        "• Before practising you must register with the Allied Health Professions Council of Namibia (AHPCN)",
    ],
    18,
)

# 7. how to apply
s = titled("How to apply")
tb(
    s,
    0.8,
    1.6,
    11.8,
    5,
    [
        "Vacancies are advertised in the national newspapers and on the MoHSS website.",
        "Send: completed Public Service application form, a CV, certified copies of qualifications, ID and AHPCN "
        "registration certificate.",
        "Late, incomplete or e-mailed applications are not considered. Only shortlisted candidates are contacted.",
        "Bursary applications (for Grade 12 learners): Ministry bursary call opens each year in August.",
    ],
    18,
)

# 8. contact
s = titled("Questions?")
tb(
    s,
    0.8,
    1.8,
    11.8,
    3,
    ["Orthopaedic Workshop, Windhoek Central Hospital", "Visit our stand: Hall 3, stand 14", "“Every step counts.”"],
    20,
)

prs.save(OUT)
print("wrote", OUT)
