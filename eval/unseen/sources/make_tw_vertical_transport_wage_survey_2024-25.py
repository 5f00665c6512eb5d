"""Generate the Taiwan lift & escalator maintenance wage survey (PDF, fpdf2)."""

import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tw_vertical_transport_wage_survey_2024-25.pdf")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


class Bulletin(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "TVTCF Members' Bulletin No. 37  |  Wage & Conditions Survey 2024/25", align="L")
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


pdf = Bulletin(format="A4")
pdf.add_font("DejaVu", "", FONT)
pdf.add_font("DejaVu", "B", FONT_B)
pdf.add_font("DejaVu", "I", FONT_I)
pdf.set_auto_page_break(False)
pdf.set_margins(18, 14, 18)
pdf.add_page()

W = pdf.w - 36


def para(txt, size=9.5, style="", h=4.8):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(W, h, txt, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def heading(txt, size=11.5):
    pdf.ln(1.5)
    pdf.set_font("DejaVu", "B", size)
    pdf.cell(W, 6.5, txt, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)


pdf.set_font("DejaVu", "B", 16)
pdf.multi_cell(
    W, 7.5, "Vertical Transportation Maintenance:\nWage & Conditions Survey 2024/25", new_x="LMARGIN", new_y="NEXT"
)
pdf.set_font("DejaVu", "", 10)
pdf.cell(
    W, 6, "Taiwan Vertical Transport Contractors' Federation (TVTCF) - Research Desk", new_x="LMARGIN", new_y="NEXT"
)
pdf.ln(3)

heading("1. About this survey")
para(
    "The survey covers installation, modernisation and maintenance staff working on passenger and "
    "freight lifts, escalators and moving walks. Returns were received from 58 member firms for "
    "1,146 employees. The reference period is July 2024 - June 2025; pay was recorded as at 30 June 2025."
)
para(
    "Figures are monthly base pay in New Taiwan dollars (NT$), gross*. They do not include overtime, "
    "call-out pay, allowances or the year-end bonus, which are reported separately in sections 3 and 4."
)
para(
    "Abbreviations used in the tables: App. = apprentice (no certificate yet); T-C = holder of the Level C "
    "Elevator Installation & Repair technician certificate; T-B = holder of the Level B certificate; "
    "Sr T = senior technician (T-B with at least 5 years on tools); SS = site supervisor / team lead; "
    "P25 and P75 = lower and upper quartile.",
    size=9,
)

heading("2. Monthly base pay by city and grade")
para("Table 1. Monthly base pay, NT$, by city and grade (n = 1,146).", size=9, style="I")

rows = [
    (
        "Taipei",
        [
            ("App.", "31,200", "34,500", "37,000"),
            ("T-C", "38,600", "41,800", "45,300"),
            ("T-B", "45,900", "49,600", "53,800"),
            ("Sr T", "52,400", "57,200", "62,100"),
            ("SS", "62,000", "68,500", "75,400"),
        ],
    ),
    (
        "New Taipei",
        [
            ("App.", "30,800", "33,800", "36,200"),
            ("T-C", "37,500", "40,500", "43,900"),
            ("T-B", "44,700", "48,200", "52,000"),
            ("Sr T", "51,000", "55,400", "60,300"),
            ("SS", "60,100", "66,000", "72,800"),
        ],
    ),
    (
        "Taoyuan",
        [
            ("App.", "30,500", "33,200", "35,700"),
            ("T-C", "37,000", "40,100", "43,200"),
            ("T-B", "44,000", "47,500", "51,100"),
            ("Sr T", "50,200", "54,300", "58,900"),
            ("SS", "59,300", "64,800", "70,500"),
        ],
    ),
    (
        "Taichung",
        [
            ("App.", "29,800", "32,400", "34,900"),
            ("T-C", "35,900", "38,900", "41,700"),
            ("T-B", "42,300", "45,800", "49,400"),
            ("Sr T", "48,600", "52,600", "56,800"),
            ("SS", "57,000", "62,300", "67,900"),
        ],
    ),
    (
        "Tainan",
        [
            ("App.", "28,600", "31,000", "33,400"),
            ("T-C", "34,400", "37,200", "40,000"),
            ("T-B", "40,700", "43,900", "47,200"),
            ("Sr T", "46,300", "50,100", "54,000"),
            ("SS", "54,600", "59,700", "64,900"),
        ],
    ),
    (
        "Kaohsiung",
        [
            ("App.", "29,300", "31,900", "34,100"),
            ("T-C", "35,400", "38,300", "41,100"),
            ("T-B", "41,800", "45,100", "48,600"),
            ("Sr T", "47,700", "51,800", "55,900"),
            ("SS", "56,100", "61,200", "66,400"),
        ],
    ),
    (
        "Hualien†",
        [
            ("App.", "27,900", "30,200", "32,300"),
            ("T-C", "33,000", "35,600", "38,100"),
            ("T-B", "38,900", "41,900", "45,000"),
            ("Sr T", "44,100", "47,700", "51,300"),
            ("SS", "51,200", "55,800", "60,700"),
        ],
    ),
]

cw = [40, 26, 34, 34, 34]
RH = 5.6


def table_header(cont=False):
    pdf.set_font("DejaVu", "B", 8.5)
    pdf.set_fill_color(225, 232, 240)
    if cont:
        pdf.set_font("DejaVu", "I", 8)
        pdf.cell(W, 5, "Table 1 (continued)", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "B", 8.5)
    # header over two lines
    x0, y0 = pdf.get_x(), pdf.get_y()
    pdf.cell(cw[0], 10, "City", border=1, fill=True, align="C")
    pdf.cell(cw[1], 10, "Grade", border=1, fill=True, align="C")
    pdf.cell(sum(cw[2:]), 5, "Monthly base pay, NT$ (gross*)", border=1, fill=True, align="C")
    pdf.set_xy(x0 + cw[0] + cw[1], y0 + 5)
    for lab, w in zip(("P25", "Median", "P75"), cw[2:]):
        pdf.cell(w, 5, lab, border=1, fill=True, align="C")
    pdf.set_xy(x0, y0 + 10)


table_header()
pdf.set_font("DejaVu", "", 8.5)
limit = pdf.h - 22
for city, grades in rows:
    for i, (g, p25, med, p75) in enumerate(grades):
        if pdf.get_y() + RH > limit:
            pdf.add_page()
            table_header(cont=True)
            pdf.set_font("DejaVu", "", 8.5)
        pdf.cell(cw[0], RH, city if i == 0 else "", border="LR" if i else "LTR")
        pdf.cell(cw[1], RH, g, border=1, align="C")
        pdf.cell(cw[2], RH, p25, border=1, align="R")
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.cell(cw[3], RH, med, border=1, align="R")
        pdf.set_font("DejaVu", "", 8.5)
        pdf.cell(cw[4], RH, p75, border=1, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.cell(sum(cw), 0, "", border="T", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("DejaVu", "", 7.5)
pdf.multi_cell(
    W, 3.8, "† Hualien: fewer than 30 returns per grade; treat as indicative only.", new_x="LMARGIN", new_y="NEXT"
)
pdf.ln(2)

heading("Median by years in the trade (all cities)")
para("Table 2. Median monthly base pay, NT$, all grades combined.", size=9, style="I")
yrs = [
    ("0 - 1 years", "33,000"),
    ("2 - 4 years", "39,500"),
    ("5 - 9 years", "48,800"),
    ("10 - 14 years", "56,300"),
    ("15 years and over", "63,900"),
]
pdf.set_font("DejaVu", "B", 8.5)
pdf.cell(60, 6, "Years in trade", border=1, fill=True)
pdf.cell(40, 6, "Median NT$ / month", border=1, fill=True, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 8.5)
for a, b in yrs:
    pdf.cell(60, RH, a, border=1)
    pdf.cell(40, RH, b, border=1, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

heading("3. Allowances and premiums")
para(
    "Most member firms pay the following on top of base pay. Amounts are the most common (modal) "
    "rate reported; some firms pay more.",
    size=9,
)
allow = [
    ("Night / holiday standby (on-call roster)", "NT$600 per night"),
    ("Emergency call-out outside working hours", "NT$450 per hour, minimum 2 hours"),
    ("High-rise site allowance (buildings over 30 floors)", "NT$2,000 per month"),
    ("Level B certificate allowance (T-B, Sr T, SS)", "NT$1,500 per month"),
    ("Meal allowance", "NT$2,400 per month"),
    ("Own scooter used for route maintenance", "NT$3 per km"),
]
pdf.set_font("DejaVu", "B", 8.5)
pdf.cell(105, 6, "Item", border=1, fill=True)
pdf.cell(69, 6, "Typical rate", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 8.5)
for a, b in allow:
    pdf.cell(105, RH, a, border=1)
    pdf.cell(69, RH, b, border=1, new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

heading("4. Year-end bonus")
para(
    "Nearly all firms pay a year-end bonus before Lunar New Year. The median was 1.8 months of base "
    "pay (P25: 1.2 months; P75: 2.5 months). Bonuses at firms with large service contracts tend to be "
    "higher because they are partly tied to contract renewals."
)

if pdf.get_y() > pdf.h - 90:
    pdf.add_page()
heading("5. Getting into the trade")
para(
    "Most entrants come from vocational senior high schools (electrical, electronic or mechanical "
    "programmes) and join a firm as an apprentice. Apprenticeship normally lasts 18 to 24 months, "
    "working alongside a certified technician on maintenance routes."
)
para(
    "Level C: apprentices may sit the Level C Elevator Installation & Repair skills test (written "
    "paper plus practical) once they have completed their in-house training. Firms usually pay the "
    "test fee."
)
para(
    "Level B: candidates need two years of work after passing Level C, or a relevant junior college "
    "diploma plus one year of work. The practical test includes fault-finding on a live controller."
)
para(
    "Safety: every technician must renew work-at-height and lockout/tagout training every 3 years. "
    "Sr T and SS staff are also expected to hold a first-aid certificate."
)
para(
    "How to apply: member firms recruit all year through their own websites and public job banks; "
    "the Federation does not place candidates. Bring your school transcript and, if you have one, "
    "your skills certificate to the interview."
)

pdf.ln(2)
pdf.set_font("DejaVu", "", 7.5)
pdf.multi_cell(
    W,
    3.8,
    "* Gross: before the employee's share of labour insurance and national health insurance, "
    "and before any voluntary pension contribution. Base pay excludes overtime, call-out pay, "
    "allowances and bonuses.",
    new_x="LMARGIN",
    new_y="NEXT",
)

pdf.alias_nb_pages()
pdf.output(OUT)
print("wrote", OUT, "pages:", pdf.page_no())
