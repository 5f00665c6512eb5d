# Generates: Snow_Sports_Careers_Kolasin_Zabljak_2024-25.pptx (python-pptx)
import os

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Inches, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "Snow_Sports_Careers_Kolasin_Zabljak_2024-25.pptx")

prs = Presentation()
prs.slide_width = Inches(13.333)
prs.slide_height = Inches(7.5)
BLUE = RGBColor(0x0B, 0x3D, 0x91)


def title_only(title):
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = title
    p = s.shapes.title.text_frame.paragraphs[0]
    p.font.size = Pt(32)
    p.font.bold = True
    p.font.color.rgb = BLUE
    return s


def textbox(slide, x, y, w, h, lines, size=18):
    tb = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tf = tb.text_frame
    tf.word_wrap = True
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = line
        p.font.size = Pt(size)
        p.space_after = Pt(6)
    return tb


def table(slide, x, y, w, data, col_w, size=14, row_h=0.5):
    rows, cols = len(data), len(data[0])
    shp = slide.shapes.add_table(rows, cols, Inches(x), Inches(y), Inches(w), Inches(row_h * rows))
    t = shp.table
    for j, cw in enumerate(col_w):
        t.columns[j].width = Inches(cw)
    for i, r in enumerate(data):
        for j, v in enumerate(r):
            cell = t.cell(i, j)
            cell.text = v
            for p in cell.text_frame.paragraphs:
                p.font.size = Pt(size)
                p.font.bold = i == 0
    return t


# 1 — title with slogan
s = prs.slides.add_slide(prs.slide_layouts[0])
s.shapes.title.text = "Teach the mountain. Live the season."
s.placeholders[1].text = "Snow Sports Careers · Winter 2024/25\nKolašin 1450 · Kolašin 1600 · Žabljak–Savin Kuk · Vučje"
textbox(s, 0.5, 6.7, 12, 0.5, ["Udruženje ski škola Sjever (USŠS) — Northern Ski Schools Association"], size=12)

# 2 — who we hire
s = title_only("Who we hire")
textbox(
    s,
    0.7,
    1.6,
    12,
    5,
    [
        "• Ski instructors (instruktor skijanja) and snowboard instructors, all four licence levels",
        "• Minimum age 18 on 1 December 2024",
        "• Licence from the national ski federation (SSCG) or a recognised foreign licence (ISIA stamp, BASI, DSLV …)",
        "• English for lessons is a must; Russian, German, Polish or Turkish is a plus",
        "• Available for the whole season — no half-season contracts over Christmas–New Year",
    ],
)

# 3 — licence path
s = title_only("Your licence path")
table(
    s,
    0.7,
    1.6,
    11.9,
    [
        ["Level", "How you get there", "Typical time"],
        ["Pripravnik (trainee)", "5-day school course + 40 hours shadowing a licensed instructor", "1st season"],
        ["Instruktor I", "10-day course and exam run by SSCG (ski or snowboard)", "after 1 season"],
        [
            "Instruktor II",
            "min. 2 seasons as Instruktor I + 12-day course, exam in teaching and technique",
            "3–4 seasons",
        ],
        ["Demonstrator", "selection to the national demonstrator team; teaches instructor courses", "6+ seasons"],
    ],
    [2.6, 7.0, 2.3],
    size=15,
    row_h=0.7,
)
textbox(
    s,
    0.7,
    5.8,
    12,
    0.8,
    ["Course fees for Instruktor I are refunded after your second season with a USŠS school."],
    size=14,
)

# 4 — pay by licence level
s = title_only("What you earn — by licence level")
table(
    s,
    0.7,
    1.5,
    11.9,
    [
        ["Level", "Monthly contract\n(€ bruto)", "Private lesson\n(€ per hour)", "Group lesson\n(€ per day)"],
        ["Pripravnik (trainee)", "650 €", "9,00 €", "38 €"],
        ["Instruktor I", "850 €", "12,50 €", "52 €"],
        ["Instruktor II", "1.100 €", "15,50 €", "64 €"],
        ["Demonstrator", "1.450 €", "19,00 €", "78 €"],
        ["Head of ski school (voditelj škole)", "1.900 €", "–", "–"],
    ],
    [4.1, 2.6, 2.6, 2.6],
    size=16,
    row_h=0.65,
)
textbox(
    s,
    0.7,
    5.9,
    12,
    1.2,
    [
        "Monthly contract = guaranteed base for the season months you are on contract. Private and group lesson "
        "rates are paid on top for every hour / day you actually teach.",
        "* bruto = gross, before personal income tax and employee contributions; season 2024/25 only.",
    ],
    size=12,
)

# 5 — by resort
s = title_only("Where you work — resorts")
table(
    s,
    0.7,
    1.5,
    11.9,
    [
        ["Resort", "Season 2024/25", "Housing", "Mountain supplement"],
        ["Kolašin 1450", "14 Dec – 30 Mar", "shared apartment provided", "6 € / day"],
        ["Kolašin 1600", "21 Dec – 23 Mar", "shared apartment provided", "6 € / day"],
        ["Žabljak – Savin Kuk", "20 Dec – 16 Mar", "150 € / month housing allowance", "8 € / day"],
        ["Vučje (Nikšić)", "28 Dec – 2 Mar", "not provided", "4 € / day"],
    ],
    [3.0, 2.6, 3.7, 2.6],
    size=16,
    row_h=0.65,
)
textbox(
    s,
    0.7,
    5.2,
    12,
    1.2,
    [
        "Mountain supplement is paid for each working day on snow. Dates depend on snow; a season cut short by "
        "weather still pays the monthly contract to the end of the month in which the lifts close.",
    ],
    size=13,
)

# 6 — extras
s = title_only("Extras")
textbox(
    s,
    0.7,
    1.6,
    12,
    5,
    [
        "• Dual licence (ski + snowboard): +1,50 € per private-lesson hour",
        "• Teaching in a third language: +1,00 € per private-lesson hour",
        "• Kids' club (ski vrtić), half day: 28 €",
        "• Free season ski pass for your resort (worth 420 €)",
        "• One hot meal per working day at the mountain restaurant",
        "• Tips are yours — we do not pool them",
    ],
)

# 7 — how to apply
s = title_only("How to apply")
textbox(
    s,
    0.7,
    1.6,
    12,
    5,
    [
        "1. Send your CV, a photo and a copy of your licence to posao@usss-sjever.me by 15 October 2024",
        "2. Selection camp (try-outs) on Kolašin 1450, 2–6 December 2024 — bring your own equipment",
        "3. Seasonal fixed-term contract (ugovor na određeno) signed before the first day on snow",
        "Trainees without a licence: tick 'pripravnik' in your e-mail; we run the 5-day school course during the selection camp.",
    ],
)

prs.save(OUT)
print("wrote", OUT)
