"""Generates Matzilim_Recruitment_Summer2025_HE-EN.pptx next to this script."""

import os

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import PP_ALIGN
from pptx.util import Inches, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "Matzilim_Recruitment_Summer2025_HE-EN.pptx")

prs = Presentation()
prs.slide_width = Inches(13.333)
prs.slide_height = Inches(7.5)
BLANK = prs.slide_layouts[6]
TITLE_ONLY = prs.slide_layouts[5]
SEA = RGBColor(0x00, 0x5B, 0x96)


def textbox(slide, x, y, w, h, lines, size=18, bold=False, color=None, align=None):
    tb = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tf = tb.text_frame
    tf.word_wrap = True
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = line
        p.font.size = Pt(size)
        p.font.bold = bold
        if color is not None:
            p.font.color.rgb = color
        if align is not None:
            p.alignment = align
    return tb


def titled(title):
    s = prs.slides.add_slide(TITLE_ONLY)
    s.shapes.title.text = title
    s.shapes.title.text_frame.paragraphs[0].font.size = Pt(30)
    s.shapes.title.text_frame.paragraphs[0].font.color.rgb = SEA
    return s


def table(slide, x, y, w, data, col_w, size=15):
    rows, cols = len(data), len(data[0])
    shp = slide.shapes.add_table(rows, cols, Inches(x), Inches(y), Inches(w), Inches(0.5 * rows))
    t = shp.table
    for j, cw in enumerate(col_w):
        t.columns[j].width = Inches(cw)
    for i, r in enumerate(data):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = v
            for p in c.text_frame.paragraphs:
                p.font.size = Pt(size)
                p.font.bold = i == 0
    return t


# 1. cover with slogan
s = prs.slides.add_slide(BLANK)
bg = s.background.fill
bg.solid()
bg.fore_color.rgb = SEA
textbox(
    s,
    0.8,
    1.6,
    11.7,
    1.2,
    ["הים צריך אותך. The beach opens when you do."],
    size=40,
    bold=True,
    color=RGBColor(0xFF, 0xFF, 0xFF),
    align=PP_ALIGN.CENTER,
)
textbox(
    s,
    0.8,
    3.2,
    11.7,
    1.6,
    ["קריירה בבטיחות במים — גיוס קיץ 2025", "Water Safety Careers — Summer 2025 recruitment"],
    size=26,
    color=RGBColor(0xFF, 0xFF, 0xFF),
    align=PP_ALIGN.CENTER,
)
textbox(
    s,
    0.8,
    5.6,
    11.7,
    0.8,
    ['חופי הים התיכון בע"מ | Mediterranean Beaches Co. — בשיתוף הרשויות המקומיות בחוף'],
    size=16,
    color=RGBColor(0xDD, 0xEE, 0xFF),
    align=PP_ALIGN.CENTER,
)

# 2. roles
s = titled("את מי אנחנו מגייסים / Who we hire")
textbox(
    s,
    0.7,
    1.6,
    12,
    4.5,
    [
        "מציל בריכה — Pool lifeguard: municipal and hotel pools, indoor and outdoor",
        "מציל ים — Sea lifeguard: declared bathing beaches, lifeguard towers (סוכות הצלה)",
        "אחראי חוף — Head lifeguard: runs a beach sector, rosters, incident reports",
        "כל התפקידים: עבודה במשמרות, כולל שישי-שבת וחגים / All roles work shifts incl. Fri-Sat and holidays",
    ],
    size=20,
)

# 3. hourly by role
s = titled("שכר לשעה לפי תפקיד, קיץ 2025 / Hourly pay by role, summer 2025")
table(
    s,
    0.9,
    1.7,
    11.5,
    [
        ["תפקיד / Role", "שכר לשעה, ימי חול\nHourly, weekdays (₪)", "שבת וחג\nShabbat & holidays"],
        ["מציל בריכה / Pool lifeguard", "₪48.00", "+50%"],
        ["מציל ים / Sea lifeguard", "₪66.00", "+50%"],
        ["אחראי חוף / Head lifeguard", "₪78.50", "+50%"],
    ],
    col_w=[4.5, 3.8, 3.2],
    size=18,
)
textbox(
    s,
    0.9,
    4.6,
    11.5,
    1.2,
    [
        "* ברוטו, לפני מס הכנסה וביטוח לאומי. Rates for sea lifeguards shown here are the Tel Aviv-Yafo reference rate; "
        "see next slide for other cities. All figures gross.",
    ],
    size=13,
)

# 4. sea lifeguards by city
s = titled("מציל ים — שכר לשעה לפי עיר / Sea lifeguard hourly rate by city")
table(
    s,
    0.9,
    1.6,
    11.5,
    [
        ["עיר / City", "2025 (₪/h, gross)", "עונת רחצה / Bathing season"],
        ["תל אביב-יפו / Tel Aviv-Yafo", "₪66.00", "Apr–Oct"],
        ["חיפה / Haifa", "₪63.50", "May–Oct"],
        ["נתניה / Netanya", "₪64.00", "May–Oct"],
        ["הרצליה / Herzliya", "₪65.00", "May–Oct"],
        ["אשדוד / Ashdod", "₪61.50", "May–Sep"],
        ["אילת / Eilat", "₪69.00", "כל השנה / year-round"],
    ],
    col_w=[4.5, 3.5, 3.5],
    size=17,
)

# 5. bonuses
s = titled("מענקים והחזרים / Bonuses and refunds")
textbox(
    s,
    0.7,
    1.6,
    12,
    4.8,
    [
        "מענק סוף עונה: ₪6,000 למי שמשלים את כל העונה",
        "End-of-season bonus: ₪6,000 for completing the full season",
        "מענק חתימה למציל ים חדש: ₪3,500 (משולם באוגוסט)",
        "Signing bonus, new sea lifeguards: ₪3,500 (paid in August)",
        "החזר נסיעות: עד ₪22.60 ליום / Travel refund: up to ₪22.60 per day",
    ],
    size=20,
)

# 6. monthly example
s = titled("כמה זה יוצא בחודש? / What does a month look like?")
textbox(
    s,
    0.7,
    1.6,
    12,
    4.5,
    [
        "דוגמה: מציל ים בתל אביב-יפו, 180 שעות ביולי",
        "Example: sea lifeguard in Tel Aviv-Yafo, 180 hours in July = about ₪11,880 gross",
        "Plus Shabbat/holiday hours at +50% and the end-of-season bonus.",
        "Hours depend on the beach roster; May and October are usually shorter months.",
    ],
    size=20,
)

# 7. training
s = titled("הכשרה ודרישות / Training and requirements")
textbox(
    s,
    0.7,
    1.6,
    12,
    5,
    [
        "גיל 18 ומעלה / Age 18+",
        "Swim test: 200 m in under 4 minutes, plus 25 m underwater",
        "Sea lifeguard course at the Wingate Institute (about 120 hours) and a first-aid certificate",
        "Licence: תעודת מציל ים, renewed every 2 years with a refresher test",
        "Pool lifeguards: shorter course (about 60 hours); a pool licence does not cover the sea",
    ],
    size=20,
)

# 8. apply
s = titled("איך נרשמים / How to apply")
textbox(
    s,
    0.7,
    1.6,
    12,
    4.5,
    [
        "1. Fill in the online form (QR code on our posters at the beaches)",
        "2. Come to a selection day (יום מיון) at the beach in March: swim test + interview",
        "3. Successful candidates sign a seasonal contract with the local authority",
        "שאלות? beaches-jobs@example.org",
    ],
    size=20,
)

prs.save(OUT)
print("wrote", OUT)
