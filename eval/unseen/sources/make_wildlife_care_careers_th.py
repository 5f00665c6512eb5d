"""Generate a recruitment-roadshow slide deck for animal keepers at Thai public zoos (FY 2568)."""

from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Inches, Pt

HERE = Path(__file__).resolve().parent
OUT = HERE / "NZPO_Wildlife_Care_Careers_Roadshow_2568.pptx"

GREEN = RGBColor(0x1E, 0x5B, 0x3A)
SAND = RGBColor(0xF3, 0xEC, 0xD8)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)

prs = Presentation()
prs.slide_width = Inches(13.333)
prs.slide_height = Inches(7.5)
BLANK = prs.slide_layouts[6]
TITLE_ONLY = prs.slide_layouts[5]


def textbox(slide, x, y, w, h, lines, size=18, bold=False, color=None, align=None):
    tb = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tf = tb.text_frame
    tf.word_wrap = True
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = line
        p.font.size = Pt(size)
        p.font.bold = bold
        if color:
            p.font.color.rgb = color
        if align is not None:
            p.alignment = align
    return tb


def titled(title):
    s = prs.slides.add_slide(TITLE_ONLY)
    s.shapes.title.text = title
    s.shapes.title.text_frame.paragraphs[0].font.size = Pt(32)
    s.shapes.title.text_frame.paragraphs[0].font.color.rgb = GREEN
    s.shapes.title.left, s.shapes.title.top = Inches(0.5), Inches(0.3)
    s.shapes.title.width, s.shapes.title.height = Inches(12.3), Inches(1.0)
    return s


def table(slide, x, y, w, rows, col_w, size=14, header_rows=1, row_h=0.45):
    nr, nc = len(rows), len(rows[0])
    shp = slide.shapes.add_table(nr, nc, Inches(x), Inches(y), Inches(w), Inches(row_h * nr))
    t = shp.table
    for j, cw in enumerate(col_w):
        t.columns[j].width = Inches(cw)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell = t.cell(i, j)
            cell.text = v
            for p in cell.text_frame.paragraphs:
                p.font.size = Pt(size)
                if i < header_rows:
                    p.font.bold = True
    return t


def footer(slide, text):
    textbox(slide, 0.5, 6.75, 12.3, 0.5, [text], size=11, color=RGBColor(0x55, 0x55, 0x55))


# 1 — cover with slogan
s = prs.slides.add_slide(BLANK)
bg = s.background.fill
bg.solid()
bg.fore_color.rgb = GREEN
textbox(s, 0.8, 1.2, 11.5, 1.2, ["Every animal deserves a champion — will it be you?"], size=40, bold=True, color=WHITE)
textbox(s, 0.8, 2.9, 11.5, 1.0, ["Wildlife Care Careers 2025"], size=30, color=SAND)
textbox(
    s,
    0.8,
    3.8,
    11.5,
    1.6,
    [
        "Recruitment roadshow · ปีงบประมาณ 2568 (Oct 2024 – Sep 2025)",
        "National Zoo Parks Office (NZPO) · Human Resources Division",
        "สำนักงานสวนสัตว์แห่งชาติ · ฝ่ายทรัพยากรบุคคล",
    ],
    size=18,
    color=WHITE,
)

# 2 — who we are
s = titled("Six zoos, one team")
textbox(
    s,
    0.6,
    1.5,
    12,
    4.8,
    [
        "• Chiang Mai Zoo — Chiang Mai",
        "• Khao Kheow Open Zoo — Si Racha, Chonburi",
        "• Nakhon Ratchasima Zoo (Korat Zoo) — Nakhon Ratchasima",
        "• Khon Kaen Zoo — Khon Kaen",
        "• Songkhla Zoo — Songkhla",
        "• Ubon Ratchathani Zoo — Ubon Ratchathani",
        "",
        "≈ 1,450 staff · 23,000 animals of about 680 species · 5 million visitors a year",
        "We are a state agency: staff are employees of the Office (พนักงาน), not civil servants (ข้าราชการ).",
    ],
    size=20,
)
footer(s, "NZPO Wildlife Care Careers 2025 · 2")

# 3 — roles
s = titled("Careers in animal care")
table(
    s,
    0.5,
    1.5,
    12.3,
    [
        ["Role", "ตำแหน่ง", "What you do"],
        [
            "Keeper Assistant",
            "ผู้ช่วยพนักงานเลี้ยงสัตว์",
            "Cleaning enclosures, preparing diets, supporting keepers (daily-hired)",
        ],
        ["Animal Keeper", "พนักงานเลี้ยงสัตว์", "Daily care, feeding, enrichment, health observation, keeper talks"],
        ["Senior Keeper", "พนักงานเลี้ยงสัตว์อาวุโส", "Runs a section (e.g. big cats, primates), trains new keepers"],
        ["Head Keeper", "หัวหน้าพนักงานเลี้ยงสัตว์", "Leads all keepers in a zone, rotas, safety, animal moves"],
        ["Animal Curator", "นักวิชาการสัตวบาล", "Collection planning, breeding programmes, records (ZIMS), research"],
        ["Zoo Educator", "นักวิชาการการศึกษา", "School programmes, signage, conservation campaigns"],
    ],
    [2.6, 3.2, 6.5],
    size=15,
)
footer(s, "NZPO Wildlife Care Careers 2025 · 3")

# 4 — pay
s = titled("What we pay — rates from 1 Oct 2567")
table(
    s,
    0.5,
    1.45,
    12.3,
    [
        ["Position", "Minimum qualification", "Starting pay\n(฿/month)¹", "Top of band\n(฿/month)"],
        ["Keeper Assistant", "Mor. 3 (Grade 9)", "฿420 / day²", "—"],
        ["Animal Keeper", "Por.Wor.Chor. (vocational cert.)", "11,500", "22,300"],
        ["Animal Keeper", "Por.Wor.Sor. (higher voc. diploma)", "13,800", "26,700"],
        ["Senior Keeper", "Por.Wor.Sor. + 5 yrs as keeper", "18,600", "34,900"],
        ["Head Keeper", "Bachelor's + 8 yrs", "26,900", "52,400"],
        ["Animal Curator", "Bachelor's (animal sci., biology)", "18,000", "47,800"],
        ["Animal Curator", "Master's", "21,000", "51,200"],
        ["Zoo Educator", "Bachelor's (education, science)", "17,500", "44,600"],
    ],
    [2.6, 4.5, 2.6, 2.6],
    size=15,
    row_h=0.5,
)
textbox(
    s,
    0.5,
    6.15,
    12.3,
    0.7,
    [
        "¹ Gross. Social Security (5 %, max ฿750/month) and the provident fund (3 %) are deducted.",
        "² Paid for days actually worked (about 26 days a month); no provident fund.",
    ],
    size=12,
)
footer(s, "NZPO Wildlife Care Careers 2025 · 4")

# 5 — allowances
s = titled("On top of your salary")
table(
    s,
    0.5,
    1.5,
    12.3,
    [
        ["Allowance / benefit", "Amount", "Who gets it"],
        [
            "Dangerous-animal allowance",
            "฿1,800 / month",
            "Keepers assigned to big cats, elephants, crocodiles, great apes, venomous snakes",
        ],
        ["Night duty", "฿350 / night", "Keepers on the night rota (about 4 nights a month)"],
        ["Public-holiday duty", "฿600 / day", "Anyone rostered on an official holiday"],
        ["Zoo location allowance", "see next slide", "Monthly staff; amount depends on the zoo"],
        ["Annual increment", "3–6 %", "Monthly staff, by performance rating (1 Oct each year)"],
        ["Bonus", "up to 1.5 months' salary", "All staff, if the Office meets its targets"],
        ["Uniform & safety boots", "3 sets / year", "All animal-care staff"],
        ["Health", "Social Security + staff clinic", "All staff; keepers also get annual TB and zoonoses screening"],
    ],
    [3.6, 3.0, 5.7],
    size=14,
)
footer(s, "NZPO Wildlife Care Careers 2025 · 5")

# 6 — vacancies by zoo
s = titled("Where we are hiring — FY 2568")
table(
    s,
    0.5,
    1.5,
    12.3,
    [
        ["Zoo", "Province", "Keeper vacancies", "Zoo location allowance\n(฿/month)³"],
        ["Chiang Mai Zoo", "Chiang Mai", "6", "1,200"],
        ["Khao Kheow Open Zoo", "Chonburi", "9", "1,500"],
        ["Nakhon Ratchasima Zoo", "Nakhon Ratchasima", "5", "800"],
        ["Khon Kaen Zoo", "Khon Kaen", "4", "700"],
        ["Songkhla Zoo", "Songkhla", "3", "1,100"],
        ["Ubon Ratchathani Zoo", "Ubon Ratchathani", "2", "900"],
    ],
    [4.0, 3.3, 2.3, 2.7],
    size=16,
    row_h=0.55,
)
textbox(
    s,
    0.5,
    5.6,
    12.3,
    0.9,
    [
        "³ Reflects local housing costs. Paid monthly to monthly-paid staff only, not to Keeper Assistants.",
        "Vacancies at Khao Kheow include 3 posts in the new savanna zone (opening 2569).",
    ],
    size=12,
)
footer(s, "NZPO Wildlife Care Careers 2025 · 6")

# 7 — career path
s = titled("Your career path")
textbox(
    s,
    0.6,
    1.5,
    12,
    4.8,
    [
        "Keeper Assistant  →  Animal Keeper  →  Senior Keeper  →  Head Keeper",
        "",
        "• Assistant to Keeper: after 1 year of service and passing the internal keeper exam",
        "• Keeper to Senior Keeper: 5 years as a keeper and a good rating in the last 2 years",
        "• Head Keeper: 8 years of experience and a bachelor's degree (part-time study is supported)",
        "• Specialist tracks: elephants, big cats, primates, aquarium & reptiles, nocturnal house, animal nutrition",
        "• Curators and educators are recruited directly with a degree; keepers with a degree may apply internally",
    ],
    size=19,
)
footer(s, "NZPO Wildlife Care Careers 2025 · 7")

# 8 — who can apply / training
s = titled("Who can apply · training")
textbox(
    s,
    0.6,
    1.5,
    12,
    5.0,
    [
        "• Thai nationality, age 18–35 on the closing date",
        "• Qualification as shown on slide 4 (transcript required)",
        "• Physically fit: able to lift 25 kg and work outdoors in all weather; swimming test (50 m) for aquarium posts",
        "• No criminal record; a motorcycle driving licence is an advantage",
        "",
        "Training: probation of 119 days with a mentor keeper. Induction covers animal-handling safety, first aid, "
        "biosecurity, and the Wildlife Conservation and Protection Act B.E. 2562.",
        "Keepers attend at least 2 in-service courses a year; exchanges with partner zoos in the region for senior staff.",
    ],
    size=19,
)
footer(s, "NZPO Wildlife Care Careers 2025 · 8")

# 9 — how to apply
s = titled("How to apply")
textbox(
    s,
    0.6,
    1.5,
    12,
    5.0,
    [
        "1. Register online on the NZPO recruitment website, 1–31 March 2025 (application fee ฿200)",
        "2. Written test — animal biology, zoo safety, basic English",
        "3. Practical test at the zoo — diet preparation, enclosure cleaning, an observation report",
        "4. Interview with the zoo director's panel",
        "5. Health check; start date 1 May 2025",
        "",
        "Bring: copy of ID card, house registration (ทะเบียนบ้าน), transcript, medical certificate "
        "(issued within 1 month), two 1-inch photos.",
    ],
    size=19,
)
footer(s, "NZPO Wildlife Care Careers 2025 · 9")

# 10 — closing
s = prs.slides.add_slide(BLANK)
bg = s.background.fill
bg.solid()
bg.fore_color.rgb = GREEN
textbox(s, 0.8, 2.3, 11.5, 1.2, ["Every animal deserves a champion."], size=40, bold=True, color=WHITE)
textbox(
    s,
    0.8,
    3.6,
    11.5,
    1.2,
    ["Questions? Visit our booth or LINE OA @nzpo.jobs · Thank you / ขอบคุณครับ/ค่ะ"],
    size=20,
    color=SAND,
)

prs.save(OUT)
print("wrote", OUT)
