"""Manila manning agency recruitment briefing deck: officer cadetship + 2025 wage scales (USD/month)."""

import os

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Inches, Pt

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus", "PMCM_Career-at-Sea_Wage-Scale_2025.pptx")
NAVY = RGBColor(0x0B, 0x2A, 0x4A)

prs = Presentation()
prs.slide_width = Inches(13.333)
prs.slide_height = Inches(7.5)
BLANK = prs.slide_layouts[6]
ALL_TEXT = []


def usd(n):
    return f"US$ {n:,}"


def add_title(slide, text, sub=None):
    tb = slide.shapes.add_textbox(Inches(0.5), Inches(0.3), Inches(12.3), Inches(0.9))
    tf = tb.text_frame
    tf.text = text
    tf.paragraphs[0].runs[0].font.size = Pt(28)
    tf.paragraphs[0].runs[0].font.bold = True
    tf.paragraphs[0].runs[0].font.color.rgb = NAVY
    ALL_TEXT.append(text)
    if sub:
        p = tf.add_paragraph()
        p.text = sub
        p.runs[0].font.size = Pt(14)
        ALL_TEXT.append(sub)


def add_bullets(slide, items, top=1.4, left=0.6, width=12.0, height=5.2, size=18):
    tb = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    tf = tb.text_frame
    tf.word_wrap = True
    for i, it in enumerate(items):
        level = 0
        if isinstance(it, tuple):
            level, it = it
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = ("• " if level == 0 else "– ") + it
        p.level = level
        p.runs[0].font.size = Pt(size - 2 * level)
        ALL_TEXT.append(p.text)


def add_table(slide, rows, top=1.4, left=0.5, width=12.3, col_w=None, size=13):
    n_r, n_c = len(rows), len(rows[0])
    shape = slide.shapes.add_table(n_r, n_c, Inches(left), Inches(top), Inches(width), Inches(0.38 * n_r))
    tbl = shape.table
    if col_w:
        for i, w in enumerate(col_w):
            tbl.columns[i].width = Inches(w)
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = tbl.cell(r, c)
            cell.text = str(val)
            for p in cell.text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(size)
                    run.font.bold = r == 0
            ALL_TEXT.append(str(val))
    return tbl


def notes(slide, text):
    slide.notes_slide.notes_text_frame.text = text
    ALL_TEXT.append(text)


def footer(slide, n):
    tb = slide.shapes.add_textbox(Inches(0.5), Inches(7.0), Inches(12.3), Inches(0.35))
    tb.text_frame.text = (
        f"Pacific Meridian Crew Management, Inc. · DMW License No. DMW-087-LB-03152021-R · "
        f"For recruitment briefing use only · {n}"
    )
    tb.text_frame.paragraphs[0].runs[0].font.size = Pt(10)


# ---- Slide 1: title
s = prs.slides.add_slide(BLANK)
add_title(s, "CAREER AT SEA 2025", "Officer Cadetship Programme & Crew Wage Scales — Recruitment Briefing")
add_bullets(
    s,
    [
        "Pacific Meridian Crew Management, Inc. (PMCM)",
        "Manning agent for bulk carrier and product tanker owners in Japan, Greece and Singapore",
        "Briefing venue: PMCM Training Centre, Kalaw Avenue, Ermita, Manila",
        "Wage scales valid for contracts signed 1 January – 31 December 2025",
    ],
    top=2.4,
    size=18,
)
notes(
    s,
    "Welcome applicants and parents. Remind everyone that PMCM never charges placement fees to seafarers – "
    "report anyone asking for money to the DMW hotline.",
)
footer(s, 1)

# ---- Slide 2: path to officer
s = prs.slides.add_slide(BLANK)
add_title(s, "Your path to the bridge or engine room")
add_bullets(
    s,
    [
        "Step 1 – Maritime degree: BS Marine Transportation (BSMT, deck) or BS Marine Engineering (BSMarE, engine)",
        (1, "4 years in total: 3 years in school + 1 year (12 months) shipboard training as a cadet"),
        (1, "CHED-recognised maritime higher education institution (MHEI) only"),
        "Step 2 – STCW certificates: Basic Training (BT), plus ship-type courses before embarkation",
        "Step 3 – Seafarer's Identification and Record Book (SIRB) and Pre-Employment Medical Exam (PEME)",
        "Step 4 – MARINA Certificate of Competency (CoC) examination → Officer-in-Charge of a Navigational / Engineering Watch",
        "Age limit for PMCM cadets: 25 years old and below on the date of application; general weighted average of 2.5 or better",
    ],
    size=17,
)
notes(
    s,
    "Cadet slots are limited – about 60 per year across deck and engine. Shipboard training is on PMCM-managed "
    "vessels. Cadets receive a monthly training allowance – see the wage slides.",
)
footer(s, 2)

# ---- Slide 3: promotion ladder
s = prs.slides.add_slide(BLANK)
add_title(s, "Typical promotion timeline (deck side)")
add_table(
    s,
    [
        ["Rank", "Usual sea service before promotion", "CoC needed"],
        ["Deck Cadet", "12 months shipboard training", "—"],
        ["3rd Officer", "Entry rank after passing the OIC-NW CoC", "OIC-NW (Reg. II/1)"],
        ["2nd Officer", "12–18 months as 3rd Officer", "OIC-NW"],
        ["Chief Officer", "24–36 months as 2nd Officer", "Chief Mate (Reg. II/2)"],
        ["Master", "24–36 months as Chief Officer", "Master (Reg. II/2)"],
    ],
    col_w=[2.8, 6.0, 3.5],
    size=15,
)
add_bullets(
    s,
    [
        "From cadet to Master usually takes 10 to 12 years, depending on contract lengths and exam results.",
        "Engine side follows the same pattern: 4th Engineer → 3rd → 2nd → Chief Engineer.",
    ],
    top=4.3,
    size=16,
)
footer(s, 3)

# ---- wage scale computation
FOT_RATE = 0.30  # fixed overtime as % of basic (103 hrs guaranteed)
LEAVE_DAYS = {"off": 8, "rat": 6}


def build(rows, kind):
    out = [["Rank", "Basic wage", "Fixed OT (103 hrs)", "Leave pay", "Sub. allowance", "Total / month"]]
    for rank, basic, sub in rows:
        fot = round(basic * FOT_RATE)
        leave = round(basic / 30 * LEAVE_DAYS[kind])
        total = basic + fot + leave + sub
        out.append([rank, usd(basic), usd(fot), usd(leave), usd(sub), usd(total)])
    return out


officers_bulk = [
    ("Master", 5_600, 450),
    ("Chief Officer", 3_900, 300),
    ("2nd Officer", 2_050, 180),
    ("3rd Officer", 1_720, 150),
    ("Chief Engineer", 5_450, 450),
    ("2nd Engineer", 3_780, 300),
    ("3rd Engineer", 2_080, 180),
    ("4th Engineer", 1_740, 150),
    ("Electro-Technical Officer (ETO)", 2_600, 200),
]
ratings_bulk = [
    ("Bosun", 1_020, 80),
    ("Able Seaman (AB)", 860, 60),
    ("Ordinary Seaman (OS)", 650, 50),
    ("Oiler", 860, 60),
    ("Wiper", 650, 50),
    ("Chief Cook", 980, 80),
    ("Messman", 610, 50),
]

s = prs.slides.add_slide(BLANK)
add_title(
    s,
    "2025 Wage Scale – Bulk Carrier Fleet: Officers",
    "All amounts in US dollars per month, paid for the full contract period",
)
off_rows = build(officers_bulk, "off")
add_table(s, off_rows, top=1.55, col_w=[3.4, 1.75, 1.9, 1.6, 1.75, 1.9], size=13)
notes(
    s,
    "Fixed OT is guaranteed overtime equal to 30% of basic, covering up to 103 hours a month. Work beyond 103 "
    "hours is paid at 1.25 × the hourly basic rate. Leave pay is 8 days per month for officers.",
)
footer(s, 4)

s = prs.slides.add_slide(BLANK)
add_title(s, "2025 Wage Scale – Bulk Carrier Fleet: Ratings & Cadets", "US$ per month")
rat_rows = build(ratings_bulk, "rat")
rat_rows.append(["Deck / Engine Cadet", "Training allowance", "—", "—", "—", "US$ 550"])
add_table(s, rat_rows, top=1.55, col_w=[3.4, 1.75, 1.9, 1.6, 1.75, 1.9], size=13)
add_bullets(
    s,
    ["Ratings: leave pay 6 days per month. Cadets receive a flat training allowance only (no overtime)."],
    top=5.6,
    size=14,
)
footer(s, 5)

# ---- Slide 6: tanker
s = prs.slides.add_slide(BLANK)
add_title(
    s, "Product Tanker Fleet – what's different?", "Same basic wage as bulk carriers, plus tanker allowance per month"
)
tank = [["Rank", "Bulk carrier total", "Tanker allowance", "Tanker total / month"]]
allow = {
    "Master": 1_200,
    "Chief Officer": 1_000,
    "2nd Officer": 450,
    "3rd Officer": 400,
    "Chief Engineer": 1_200,
    "2nd Engineer": 1_000,
    "Bosun": 200,
    "Able Seaman (AB)": 150,
}
totals = {r[0]: int(r[5].replace("US$ ", "").replace(",", "")) for r in off_rows[1:] + rat_rows[1:-1]}
for k, a in allow.items():
    tank.append([k, usd(totals[k]), usd(a), usd(totals[k] + a)])
add_table(s, tank, top=1.55, col_w=[3.6, 2.9, 2.9, 2.9], size=14)
add_bullets(
    s,
    [
        "Tanker officers need Advanced Oil Tanker Cargo Operations and at least 3 months' tanker experience"
        " (3rd Officer excepted)."
    ],
    top=5.3,
    size=14,
)
footer(s, 6)

# ---- Slide 7: contract & allotment
s = prs.slides.add_slide(BLANK)
add_title(s, "Contract terms & allotment")
add_bullets(
    s,
    [
        "Contract length: officers 6 months (± 1 month); ratings 9 months (± 1 month)",
        "Standard employment contract: DMW-approved POEA-SEC, plus the IBF/ITF collective agreement on covered vessels",
        "Mandatory allotment: at least 80% of the basic wage is remitted monthly to your allottee in the Philippines",
        (1, "Remitted in pesos through the allottee's bank on or before the 15th of the following month"),
        "Repatriation and medical cover on board paid by the principal",
        "Contributions: SSS, PhilHealth and Pag-IBIG — you remain a voluntary/OFW member while at sea",
        "Working hours on board: 8 hours a day watchkeeping, minimum 10 hours' rest in any 24-hour period (MLC, 2006)",
    ],
    size=17,
)
footer(s, 7)

# ---- Slide 8: peso illustration
s = prs.slides.add_slide(BLANK)
add_title(s, "What does that mean in pesos?")
rate = 57.50
t3 = totals["3rd Officer"]
ab = totals["Able Seaman (AB)"]
m = totals["Master"]
add_bullets(
    s,
    [
        "Illustration only, at an exchange rate of ₱57.50 = US$1:",
        (1, f"3rd Officer, bulk carrier: {usd(t3)} a month ≈ ₱{round(t3 * rate):,} a month"),
        (1, f"Able Seaman, bulk carrier: {usd(ab)} a month ≈ ₱{round(ab * rate):,} a month"),
        (1, f"Master, bulk carrier: {usd(m)} a month ≈ ₱{round(m * rate):,} a month"),
        "Income earned abroad by OFW seafarers on ocean-going vessels is exempt from Philippine income tax.",
        "The exchange rate on the day of remittance applies – the peso amount will move with the market.",
    ],
    size=18,
)
footer(s, 8)

# ---- Slide 9: next steps
s = prs.slides.add_slide(BLANK)
add_title(s, "How to apply")
add_bullets(
    s,
    [
        "Walk-in applications: Monday to Friday, 8:00 AM – 3:00 PM (except holidays)",
        "Bring: SIRB, passport (valid at least 12 months), STCW certificates, TOR and diploma, NBI clearance",
        "Cadets: endorsement letter from your MHEI and latest grades",
        "Email: crewing@pmcm.com.ph · Tel: (02) 8527-4410",
        "Beware of illegal recruiters — PMCM does not collect placement fees from seafarers.",
    ],
    size=18,
)
footer(s, 9)

prs.save(OUT)
print("\n".join(ALL_TEXT))
