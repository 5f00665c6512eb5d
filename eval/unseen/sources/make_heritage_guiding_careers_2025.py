"""Generate heritage_guiding_careers_2025.pptx (licensed tour guides, Cambodia, 2025)."""

import os

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Inches, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "corpus", "heritage_guiding_careers_2025.pptx")

prs = Presentation()
prs.slide_width = Inches(13.333)
prs.slide_height = Inches(7.5)
BLANK = prs.slide_layouts[6]
TITLE_ONLY = prs.slide_layouts[5]
TITLE = prs.slide_layouts[0]

OCHRE = RGBColor(0x9A, 0x5B, 0x13)


def add_title(slide, text):
    slide.shapes.title.text = text
    for p in slide.shapes.title.text_frame.paragraphs:
        for r in p.runs:
            r.font.size = Pt(32)
            r.font.color.rgb = OCHRE


def add_bullets(slide, items, left=0.7, top=1.6, width=12.0, height=5.2, size=18):
    tb = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    tf = tb.text_frame
    tf.word_wrap = True
    for i, it in enumerate(items):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = "• " + it
        p.font.size = Pt(size)
        p.space_after = Pt(8)
    return tb


def add_table(slide, rows, left, top, width, col_w=None, size=14):
    nr, nc = len(rows), len(rows[0])
    shape = slide.shapes.add_table(nr, nc, Inches(left), Inches(top), Inches(width), Inches(0.42 * nr))
    tbl = shape.table
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = tbl.cell(i, j)
            cell.text = val
            for p in cell.text_frame.paragraphs:
                p.font.size = Pt(size)
                if i == 0:
                    p.font.bold = True
    if col_w:
        for j, w in enumerate(col_w):
            tbl.columns[j].width = Inches(w)
    return tbl


def add_note(slide, text, top=6.7):
    tb = slide.shapes.add_textbox(Inches(0.7), Inches(top), Inches(12.0), Inches(0.6))
    tb.text_frame.word_wrap = True
    p = tb.text_frame.paragraphs[0]
    p.text = text
    p.font.size = Pt(11)
    p.font.italic = True


# 1 ---- title slide with slogan
s = prs.slides.add_slide(TITLE)
s.shapes.title.text = "Heritage Interpretation Careers 2025"
s.placeholders[1].text = (
    "“Every stone has a story – be the one who tells it.”\n"
    "Angkor Licensed Guides Association (ALGA) · Siem Reap · Careers evening deck"
)

# 2 ---- the job
s = prs.slides.add_slide(TITLE_ONLY)
add_title(s, "What a licensed guide does")
add_bullets(
    s,
    [
        "Leads individual travellers and groups through temples, museums and memorial sites – Angkor Wat, "
        "the Bayon, Ta Prohm, the Royal Palace, Tuol Sleng, Battambang's colonial quarter.",
        "Plans the day with the agency or hotel: route, timing around heat and crowds, sunrise and sunset spots.",
        "Interprets history, religion and architecture in the visitor's own language.",
        "Two licences, both issued by the Ministry of Tourism (MoT): the Local Guide Licence (one province only) "
        "and the National Guide Licence (the whole kingdom, needs 3 years as a local guide).",
        "Most guides are self-employed and are booked day by day by agencies, hotels or directly by visitors.",
    ],
)

# 3 ---- getting licensed
s = prs.slides.add_slide(TITLE_ONLY)
add_title(s, "Getting your licence")
add_bullets(
    s,
    [
        "Khmer nationality, aged 18 or over, Grade 12 certificate (Bac II).",
        "Pass the foreign-language entrance test run by the Provincial Department of Tourism (PDoT).",
        "Complete the MoT guide training course: 12 weeks of classes on Khmer history, Angkorian art, first aid "
        "and guiding technique, plus 10 days of supervised practice at the temples.",
        "Course fee: 1,600,000៛ (books and uniform included).",
        "Licence valid 2 years; renewal needs a 5-day refresher course and a fee of 100,000៛.",
        "Lost badge? Replacement costs 40,000៛ at the PDoT office.",
    ],
    size=17,
)

# 4 ---- day rates by language
s = prs.slides.add_slide(TITLE_ONLY)
add_title(s, "Recommended minimum day rates by language (USD)")
rows = [
    ["Language", "Full day\n(up to 8 h)", "Half day\n(up to 4 h)", "Overtime\n(per extra hour)"],
    ["English", "$35", "$22", "$5"],
    ["French", "$40", "$25", "$5"],
    ["Spanish", "$45", "$28", "$6"],
    ["German", "$45", "$28", "$6"],
    ["Chinese (Mandarin)", "$45", "$28", "$6"],
    ["Thai", "$40", "$25", "$5"],
    ["Vietnamese", "$40", "$25", "$5"],
    ["Korean", "$50", "$30", "$7"],
    ["Japanese", "$50", "$30", "$7"],
    ["Russian", "$55", "$33", "$7"],
]
add_table(s, rows, 0.9, 1.45, 11.5, col_w=[4.0, 2.5, 2.5, 2.5], size=14)
add_note(
    s,
    "Rates paid to the guide by the agency or client, Angkor Archaeological Park, 2025. Tips, meals "
    "and transport are not included. Agencies may pay more – these are the association's floor rates.*",
    top=6.55,
)

# 5 ---- beyond Angkor / by base city
s = prs.slides.add_slide(TITLE_ONLY)
add_title(s, "Other bases and longer trips")
rows = [
    ["Base city", "English guide,\nfull day", "Typical sites"],
    ["Siem Reap", "$35", "Angkor Wat, Bayon, Ta Prohm, Banteay Srei"],
    ["Phnom Penh", "$40", "Royal Palace, National Museum, Tuol Sleng, Choeung Ek"],
    ["Battambang", "$30", "Bamboo train, Wat Banan, Phnom Sampov"],
    ["Kampot / Kep", "$30", "Pepper farms, Bokor, crab market"],
    ["Sihanoukville", "$35", "Islands, Ream National Park"],
]
add_table(s, rows, 0.7, 1.45, 7.4, col_w=[1.9, 1.7, 3.8], size=13)
add_bullets(
    s,
    [
        "Supplements on top of the day rate:",
        "Koh Ker & Beng Mealea: +$15",
        "Preah Vihear (overnight): +$30, plus room and meals",
        "Phnom Kulen: +$10",
        "Tonlé Sap floating villages: +$5",
        "Sunrise start before 05:00: +$5",
    ],
    left=8.4,
    top=1.45,
    width=4.6,
    height=4.5,
    size=15,
)

# 6 ---- seasons
s = prs.slides.add_slide(TITLE_ONLY)
add_title(s, "What a year looks like")
rows = [
    ["Season", "Months", "Days booked\n/ month", "Typical income\n/ month"],
    ["High season", "Nov – Mar", "18 – 22", "$650 – $1,100"],
    ["Shoulder", "Apr, Oct", "10 – 15", "$380 – $650"],
    ["Green (rainy) season", "May – Sep", "6 – 10", "$210 – $450"],
]
add_table(s, rows, 0.9, 1.5, 11.5, col_w=[3.5, 2.5, 2.5, 3.0], size=15)
add_bullets(
    s,
    [
        "Income figures are for an English-speaking local guide in Siem Reap, before tips.",
        "Many guides earn extra in the green season as drivers, hotel trainers or interpreters for NGOs.",
        "Guides are self-employed: no paid leave, and you arrange your own NSSF health cover.",
    ],
    top=3.7,
    height=2.8,
    size=16,
)

# 7 ---- how to apply
s = prs.slides.add_slide(TITLE_ONLY)
add_title(s, "How to apply for the next course")
add_bullets(
    s,
    [
        "Apply in person at the Provincial Department of Tourism (PDoT) of the province where you want to work.",
        "Bring: national ID card, Bac II certificate, 4 photos (4×6), a health certificate and the course fee.",
        "Applications for the 2025 intake open in June; the language test is held in early July and classes run "
        "from mid-July to mid-October.",
        "ALGA members mentor new guides for their first 20 paid tours – ask for a mentor when you register.",
    ],
)
add_note(
    s,
    "* ALGA rates are recommendations to members and agencies, not a legal minimum wage. "
    "Figures in riel (៛) are official fees; guiding rates are quoted in US dollars as in the trade.",
)

prs.save(OUT)
print("wrote", OUT)
