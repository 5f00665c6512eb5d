"""Generate mn_geoscience_pay_guide_2025.pdf (careers-office pay guide, Mongolia, geologists).

Run:  .venv/bin/python eval/unseen/sources/make_mn_geoscience_pay_guide_2025.py
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))

from fpdf import FPDF  # noqa: E402
from fpdf.fonts import FontFace  # noqa: E402

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
OUT = os.path.join(HERE, "..", "corpus", "mn_geoscience_pay_guide_2025.pdf")


class Guide(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Earth Sciences & Exploration: Pay and Conditions Guide 2025", align="L")
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"MUST Career & Alumni Centre  |  page {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Guide(format="A4")
pdf.alias_nb_pages()
pdf.set_margins(18, 16, 18)
pdf.set_auto_page_break(True, margin=18)
pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
pdf.add_font("DejaVu", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
pdf.set_title("Earth Sciences & Exploration - Pay and Conditions Guide 2025")
pdf.set_author("Career & Alumni Centre, School of Geology and Mining")

HEAD = FontFace(emphasis="BOLD", fill_color=(222, 232, 240))


def h1(text):
    pdf.set_font("DejaVu", "B", 17)
    pdf.multi_cell(0, 8, text)
    pdf.ln(1)


def h2(text):
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 11.5)
    pdf.set_text_color(20, 60, 110)
    pdf.multi_cell(0, 6, text)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def para(text, size=9.5, style=""):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(0, 4.8, text, align="L")
    pdf.ln(1.5)


def table(rows, widths, aligns, size=8.5):
    pdf.set_font("DejaVu", "", size)
    with pdf.table(
        col_widths=widths,
        text_align=aligns,
        headings_style=HEAD,
        line_height=4.6,
        repeat_headings=1,
        borders_layout="SINGLE_TOP_LINE",
        cell_fill_color=(246, 246, 246),
        cell_fill_mode="ROWS",
    ) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(1.5)


pdf.add_page()
pdf.set_font("DejaVu", "", 9)
pdf.set_text_color(20, 60, 110)
pdf.cell(0, 5, "School of Geology and Mining  ·  Career & Alumni Centre  ·  Ulaanbaatar")
pdf.ln(8)
pdf.set_text_color(0, 0, 0)
h1("Earth Sciences & Exploration\nPay and Conditions Guide 2025")
pdf.set_font("DejaVu", "I", 10)
pdf.multi_cell(
    0,
    5,
    "What graduates of geology, hydrogeology and geophysics programmes earn in Mongolia, "
    "and how careers in the exploration sector are built",
)
pdf.ln(3)

h2("1. About these figures")
para(
    "This guide is compiled each spring by the Career & Alumni Centre for final-year students and recent "
    "graduates. The 2025 edition is based on a salary survey of 38 exploration companies, drilling-services "
    "contractors, consultancies and the state geological agency (MRPAM), answered between January and March 2025, "
    "and on job offers reported to us by 112 alumni. All amounts are in Mongolian tögrög (₮) per month and are "
    "gross¹ base salaries unless a note says otherwise."
)
para(
    "Grades (G1–G5) are our own, used to line up the very different job titles that companies use. "
    "Where a company pays a daily field rate instead of a monthly salary, we converted it at 22 working days."
)
table(
    [
        ("Who answered (2025 survey)", "Employers", "Salaries\nreported"),
        ("Exploration companies (junior and mid-tier)", "17", "244"),
        ("Drilling-services contractors", "8", "61"),
        ("Geological consultancies", "9", "73"),
        ("MRPAM and state geological survey units", "4", "58"),
        ("Total", "38", "436"),
    ],
    widths=(100, 35, 39),
    aligns=("LEFT", "RIGHT", "RIGHT"),
)

h2("2. Monthly base salary by grade")
table(
    [
        (
            "Grade",
            "Typical job title",
            "Experience\n(years)",
            "Minimum\n₮ / month",
            "Median\n₮ / month",
            "Maximum\n₮ / month",
        ),
        ("G1", "Graduate geologist / field assistant", "0–1", "1.650.000", "1.900.000", "2.200.000"),
        ("G2", "Geologist (exploration, hydro-, geophysics)", "2–4", "2.300.000", "2.750.000", "3.200.000"),
        ("G3", "Senior geologist", "5–8", "3.400.000", "4.100.000", "4.900.000"),
        ("G4", "Project / principal geologist", "9–12", "5.000.000", "5.850.000", "6.900.000"),
        ("G5", "Chief geologist / exploration manager", "13+", "7.200.000", "8.400.000", "10.500.000"),
    ],
    widths=(13, 62, 22, 25, 25, 27),
    aligns=("CENTER", "LEFT", "CENTER", "RIGHT", "RIGHT", "RIGHT"),
)
para(
    "Source: CAC employer survey 2025 (n = 38). Base salary only; excludes field allowance and bonuses.",
    size=7.5,
    style="I",
)
para(
    "Hydrogeologists and geophysicists are paid on the same grid as exploration geologists. Geochemists working "
    "mainly in a laboratory sit about one grade step lower in the first years. Consultancies in Ulaanbaatar pay "
    "close to the median but rarely pay field allowance, because most of their work is desk-based."
)

h2("3. Median salary by work location (aimag)")
para(
    "Employers add a location coefficient for staff based outside the capital, and the Gobi projects compete hard "
    "for experienced people. The table below shows medians including that coefficient² for the three grades where "
    "we had enough answers. Rows are sorted by region, not by pay."
)
table(
    [
        (
            "Aimag / city\n(main work base)",
            "Region",
            "G1 median\n₮ / month",
            "G2 median\n₮ / month",
            "G3 median\n₮ / month",
        ),
        ("Ulaanbaatar (office-based)", "Capital", "1.850.000", "2.700.000", "4.000.000"),
        ("Töv", "Central", "1.760.000", "2.580.000", "3.790.000"),
        ("Selenge", "Northern", "1.800.000", "2.600.000", "3.850.000"),
        ("Darkhan-Uul", "Northern", "1.780.000", "2.620.000", "3.820.000"),
        ("Khentii", "Eastern", "1.720.000", "2.520.000", "3.720.000"),
        ("Sükhbaatar", "Eastern", "1.690.000", "2.480.000", "3.680.000"),
        ("Dornogovi", "Gobi", "2.000.000", "2.950.000", "4.350.000"),
        ("Ömnögovi (South Gobi)", "Gobi", "2.150.000", "3.150.000", "4.650.000"),
        ("Dundgovi", "Gobi", "1.830.000", "2.680.000", "3.900.000"),
        ("Govi-Altai", "Western", "1.740.000", "2.560.000", "3.760.000"),
        ("Khovd", "Western", "1.750.000", "2.550.000", "3.750.000"),
        ("Bayan-Ölgii", "Western", "1.700.000", "2.500.000", "3.700.000"),
    ],
    widths=(52, 28, 30, 30, 30),
    aligns=("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"),
)
para(
    "¹ Gross: personal income tax (10%) and the employee's social and health insurance contribution (11.5%) are "
    "deducted by the employer before payment.\n"
    "² The coefficient is set by each employer (typically +5% to +20%). Field allowance is not included.",
    size=7.5,
    style="I",
)

h2("4. Allowances paid on top of salary")
table(
    [
        ("Allowance", "Amount", "When it is paid"),
        ("Field allowance (хээрийн мөнгө)", "₮55.000 per field day", "Every day spent in a field camp"),
        ("Cold-season supplement", "₮20.000 per field day", "Field days between 15 November and 15 March"),
        ("4×4 driving supplement", "₮150.000 per month", "Holders of a category C licence who drive crews"),
        ("Language supplement", "₮200.000 per month", "Working English or Chinese, tested by employer"),
        ("Competent Person supplement", "₮500.000 per month", "Signing resource reports (JORC / MRC code)"),
    ],
    widths=(55, 45, 74),
    aligns=("LEFT", "LEFT", "LEFT"),
)
para(
    "Camp food, bedding and transport to site are provided free of charge by almost every employer. The usual "
    "rotation in the field season (April–October) is 21 days on / 21 days off; the large Gobi projects run "
    "28/28. Annual leave follows the Labour Law: 15 working days, plus extra days as your length of service grows."
)

h2("5. Career path and training")
para(
    "Most people enter with a four-year bachelor's degree in geology, hydrogeology, geophysics or geochemistry. "
    "The first one or two field seasons are spent logging core, mapping and sampling under a senior geologist. "
    "Promotion to G3 normally requires a full cycle of project work, from target generation to a drilling "
    "programme, and good written English, because most reports go to foreign shareholders."
)
para(
    "To sign public resource estimates you must become a Competent Person under the JORC or MRC code. That needs "
    "five years of relevant experience in the type of deposit concerned and membership of a recognised "
    "professional body. A master's degree helps for G4/G5 positions but is not required by most employers."
)

h2("6. How to apply")
para(
    "Exploration companies hire in February and March, before the field season opens. Send a CV in both "
    "Mongolian and English, your transcript, and a list of field courses and mapping projects. Shortlisted "
    "candidates take a core-logging test and a pre-employment medical (fitness for remote field work). "
    "Vacancies from our partner companies are posted on the Centre's notice board (room 214) and e-mailed "
    "to registered alumni."
)
para(
    "Figures are a guide, not an offer. Check the contract you are offered, and ask whether an amount is gross or net.",
    size=8,
    style="I",
)

pdf.output(OUT)
print("wrote", OUT)
