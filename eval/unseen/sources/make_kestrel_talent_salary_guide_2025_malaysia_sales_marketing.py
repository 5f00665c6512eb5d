"""Builds the Kestrel Talent Partners Malaysia salary guide 2025 (sales & marketing) as a PDF."""

from pathlib import Path

from fpdf import FPDF, FontFace

OUT = (
    Path(__file__).resolve().parent.parent / "corpus" / "kestrel-talent-salary-guide-2025-malaysia-sales-marketing.pdf"
)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


class Guide(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("DejaVu", "", 8)
            self.set_text_color(110, 110, 110)
            self.cell(0, 6, "Kestrel Talent Partners  |  Malaysia Salary Guide 2025  |  Sales & Marketing", align="R")
            self.ln(10)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 6, f"Page {self.page_no()}  -  kestreltalent.com.my", align="C")
        self.set_text_color(0, 0, 0)


def h1(pdf, text):
    pdf.set_font("DejaVu", "B", 15)
    pdf.set_text_color(20, 70, 110)
    pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)


def h2(pdf, text):
    pdf.set_font("DejaVu", "B", 12)
    pdf.set_text_color(20, 70, 110)
    pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def para(pdf, text, size=10):
    pdf.set_font("DejaVu", "", size)
    pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def table(pdf, rows, widths):
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(
        col_widths=widths,
        text_align="LEFT",
        line_height=6.5,
        headings_style=FontFace(emphasis="BOLD", fill_color=(220, 232, 242)),
    ) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)


pdf = Guide(format="A4")
pdf.add_font("DejaVu", "", f"{FONT_DIR}/DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", f"{FONT_DIR}/DejaVuSans-Bold.ttf")
pdf.set_auto_page_break(True, margin=18)
pdf.set_margins(18, 16, 18)

# ---- cover ----
pdf.add_page()
pdf.ln(30)
pdf.set_font("DejaVu", "B", 24)
pdf.set_text_color(20, 70, 110)
pdf.multi_cell(0, 12, "Malaysia Salary Guide 2025", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 16)
pdf.multi_cell(0, 9, "Sales & Marketing", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_text_color(0, 0, 0)
para(
    pdf,
    "Kestrel Talent Partners Sdn. Bhd.\nLevel 18, Menara Kestrel, Jalan Ampang, 50450 Kuala Lumpur\n"
    "Published January 2025",
    11,
)
pdf.ln(20)
para(
    pdf,
    "All salaries in this guide are monthly basic salaries in Malaysian ringgit (RM), before EPF, SOCSO "
    "and income tax deductions, and exclude commission, bonuses and allowances unless stated otherwise.",
    9,
)

# ---- introduction ----
pdf.add_page()
h1(pdf, "Introduction")
para(
    pdf,
    "Welcome to the 2025 edition of our sales and marketing salary guide for Malaysia. The figures are based "
    "on 1,870 permanent placements made by our consultants in Kuala Lumpur, Penang and Johor Bahru between "
    "October 2023 and September 2024, together with a survey of 412 hiring managers carried out in "
    "October 2024. Where we had fewer than 15 placements for a role, we have used the survey responses only.",
)
para(
    pdf,
    "Hiring for sales roles remained strong through 2024, driven by data-centre, semiconductor and FMCG "
    "clients expanding in the Klang Valley and in Johor. Marketing hiring was more selective: employers "
    "are looking for people who can run performance campaigns and report on return on ad spend, rather "
    "than generalists. Hiring managers told us they expect to award an average salary increment of 4.8% "
    "in 2025, and candidates moving jobs typically secured increases of 15% to 20%.",
)

h2(pdf, "Key findings")
para(
    pdf,
    "•  Fresh graduates entering sales or marketing in Kuala Lumpur typically start at RM 3,000 to RM 3,500 a month.\n"
    "•  Key account managers with semiconductor or industrial experience are the hardest sales profile to hire.\n"
    "•  Digital marketing specialists who can handle paid social, SEO and marketing automation command a "
    "premium of around 20% over general marketing executives.\n"
    "•  67% of employers surveyed plan to increase sales headcount in 2025.",
)

# ---- sales ----
h1(pdf, "Sales salaries, Kuala Lumpur & Klang Valley, 2025")
para(pdf, "Monthly basic salary (RM). Ranges cover the middle 80% of placements; the typical figure is the median.")
table(
    pdf,
    [
        ["Role", "Experience", "Range (RM / month)", "Typical (RM / month)"],
        ["Sales Executive", "1–3 years", "3,600 – 5,000", "4,300"],
        ["Senior Sales Executive", "3–6 years", "5,100 – 7,400", "6,200"],
        ["Key Account Manager", "5–8 years", "8,000 – 12,500", "10,200"],
        ["Business Development Manager", "6–10 years", "9,500 – 14,000", "11,800"],
        ["Sales Manager", "8–12 years", "12,000 – 18,000", "14,600"],
        ["Head of Sales / Sales Director", "12+ years", "20,000 – 32,000", "25,500"],
    ],
    (48, 28, 46, 40),
)
para(
    pdf,
    "Commission: in most sales roles, commission or incentive pay makes up between 10% and 30% of total "
    "annual earnings. Medical-device and industrial sales roles often also include a car allowance "
    "of RM 800 to RM 1,500 a month.",
    9,
)

# ---- marketing ----
h1(pdf, "Marketing salaries, Kuala Lumpur & Klang Valley, 2025")
para(pdf, "Monthly basic salary (RM).")
table(
    pdf,
    [
        ["Role", "Experience", "Range (RM / month)", "Typical (RM / month)"],
        ["Marketing Executive", "1–3 years", "3,800 – 5,200", "4,500"],
        ["Digital Marketing Specialist", "2–5 years", "5,400 – 8,200", "6,700"],
        ["Content & Social Media Lead", "4–7 years", "6,500 – 9,000", "7,600"],
        ["Brand Manager", "6–9 years", "10,000 – 15,500", "12,400"],
        ["Marketing Manager", "8–12 years", "13,000 – 19,000", "15,300"],
        ["Head of Marketing / CMO", "12+ years", "22,000 – 35,000", "27,000"],
    ],
    (48, 28, 46, 40),
)
para(
    pdf,
    "Bonus: marketing staff in multinational companies usually receive a performance bonus of one to three "
    "months' basic salary. Local SMEs more often pay a fixed one-month bonus at year end.",
    9,
)

# ---- regions ----
h1(pdf, "Regional comparison")
para(
    pdf,
    "Salaries outside the Klang Valley are generally lower, although Johor Bahru has closed part of the gap "
    "as data-centre and Johor–Singapore Special Economic Zone employers compete for staff. The table shows "
    "the typical (median) monthly basic salary for four common roles in 2025.",
)
table(
    pdf,
    [
        ["Role", "Kuala Lumpur", "Penang", "Johor Bahru", "Kota Kinabalu"],
        ["Sales Executive", "RM 4,300", "RM 3,900", "RM 4,050", "RM 3,350"],
        ["Key Account Manager", "RM 10,200", "RM 9,100", "RM 9,400", "RM 7,600"],
        ["Marketing Executive", "RM 4,500", "RM 3,950", "RM 3,850", "RM 3,400"],
        ["Marketing Manager", "RM 15,300", "RM 12,900", "RM 13,200", "RM 10,800"],
    ],
    (46, 30, 30, 30, 30),
)

h2(pdf, "How pay has moved: Kuala Lumpur medians, 2023 to 2025")
table(
    pdf,
    [
        ["Role", "2023", "2024", "2025"],
        ["Sales Executive", "RM 3,880", "RM 4,100", "RM 4,300"],
        ["Marketing Executive", "RM 4,020", "RM 4,250", "RM 4,500"],
        ["Sales Manager", "RM 13,300", "RM 13,900", "RM 14,600"],
    ],
    (60, 34, 34, 34),
)

# ---- statutory ----
h1(pdf, "What comes off your pay")
para(
    pdf,
    "Employees contribute 11% of their monthly wages to the Employees Provident Fund (EPF). Employers "
    "contribute 13% for employees earning RM 5,000 or less a month, and 12% for those earning more. SOCSO "
    "and EIS contributions are small, capped amounts. Monthly tax deductions (PCB) depend on your annual "
    "income and reliefs.",
)

# ---- getting in ----
h1(pdf, "Getting into sales and marketing")
para(
    pdf,
    "Most employers ask for a diploma or degree in business, marketing or mass communication, although for "
    "sales roles a proven track record often matters more than the qualification.",
)
para(
    pdf,
    "Management trainee programmes last 18 months at most FMCG and banking groups, and rotate "
    "graduates through sales, trade marketing and brand teams. Places are limited and applications "
    "normally open between August and October for intakes the following year.",
)
para(
    pdf,
    "For digital marketing, employers look for hands-on experience with Google Ads and Meta Ads and for "
    "certifications such as the Google Ads Search certification or HubSpot Inbound Marketing. Fluency in "
    "Bahasa Malaysia and English is expected; Mandarin is an advantage for roles selling to Chinese-owned "
    "SMEs and for regional roles covering Taiwan or China.",
)
para(
    pdf,
    "Talk to us: our Sales & Marketing team places candidates at every level from executive to director. "
    "Send your CV to salesmarketing@kestreltalent.com.my.",
)

pdf.ln(4)
para(
    pdf,
    "Disclaimer: this guide is for general information only. Individual salaries depend on the employer, "
    "the industry, the candidate's experience and the commission structure offered.",
    8,
)

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print("wrote", OUT)
