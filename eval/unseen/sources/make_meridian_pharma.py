import os

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus", "Meridian_Pharma_Field_Force_Salary_Guide_FY2025-26.pdf")
D = "/usr/share/fonts/truetype/dejavu/"


class P(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.set_text_color(0, 90, 60)
        self.cell(0, 6, "MERIDIAN TALENT PARTNERS LTD.  |  Pharmaceutical Field Force Salary Guide FY 2025-26")
        self.set_draw_color(0, 90, 60)
        self.line(10, self.get_y(), 200, self.get_y())
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(
            0,
            4,
            "© 2025 Meridian Talent Partners Ltd. | House 42, Road 11, Banani, Dhaka 1213 | RJSC Reg. C-148763 | www.meridiantalent.com.bd",
            align="C",
        )
        self.cell(
            0,
            4,
            f"Published 15/07/2025. For guidance only - not an offer of employment.   Page {self.page_no()} of {{nb}}",
            align="C",
        )


pdf = P(format="A4")
pdf.alias_nb_pages()
pdf.add_font("DejaVu", "", D + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", D + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", D + "DejaVuSans-Oblique.ttf")
pdf.set_auto_page_break(True, 18)
pdf.add_page()


def h(t, s=13):
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", s)
    pdf.set_text_color(0, 90, 60)
    pdf.multi_cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def p(t):
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def b(t):
    pdf.set_font("DejaVu", "", 9.5)
    pdf.set_x(14)
    pdf.multi_cell(0, 5, "•  " + t, new_x="LMARGIN", new_y="NEXT")


def table(rows, widths, align=None):
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(
        col_widths=widths,
        text_align=align or "LEFT",
        line_height=5.2,
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=(0, 90, 60)),
    ) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)


pdf.set_font("DejaVu", "B", 18)
pdf.set_text_color(0, 90, 60)
pdf.multi_cell(
    0, 9, "Pharmaceutical Field Force & Marketing\nSalary Guide - Bangladesh, FY 2025-26", new_x="LMARGIN", new_y="NEXT"
)
pdf.set_text_color(0, 0, 0)
pdf.set_font("DejaVu", "I", 9)
pdf.multi_cell(
    0,
    5,
    "Medical Promotion Officers (MPOs), field managers, sales management and Product Management Department (PMD) roles",
    new_x="LMARGIN",
    new_y="NEXT",
)
pdf.ln(2)
p(
    "Bangladesh's pharmaceutical industry supplies almost all of the medicines used in the country and employs one of the largest "
    "white-collar field forces in South Asia. This guide summarises what local and multinational pharmaceutical companies are paying "
    "their field and marketing staff for the fiscal year 2025-26 (July 2025 - June 2026). Figures are based on 1,240 placements, "
    "offer letters and salary verifications handled by Meridian's Healthcare & Life Sciences desk between July 2024 and June 2025, "
    "supplemented by a survey of 37 employers."
)
p(
    "All figures are monthly GROSS salary in Bangladeshi Taka (Tk), before income tax and before the employee's provident fund "
    "contribution, unless stated otherwise. Amounts are written in the Bangladeshi style (1,00,000 = one lakh). Field allowances, "
    "incentives and festival bonuses are NOT included in the gross figures - see Sections 3 and 4."
)

h("1. Monthly gross salary by role (all employers)")
rows = [
    ["Role", "Typical range (Tk/month)", "Median (Tk/month)", "Typical experience"],
    ["Trainee MPO (probation)", "Tk 20,000 - Tk 26,000", "Tk 23,500", "Fresh graduate"],
    ["Medical Promotion Officer (MPO)", "Tk 28,000 - Tk 42,000", "Tk 35,000", "0-3 years"],
    ["Senior MPO", "Tk 38,000 - Tk 55,000", "Tk 46,500", "3-6 years"],
    ["Field Manager / Area Manager", "Tk 60,000 - Tk 90,000", "Tk 72,000", "6-9 years"],
    ["Regional Sales Manager (RSM)", "Tk 1,10,000 - Tk 1,60,000", "Tk 1,35,000", "9-13 years"],
    ["Zonal Sales Manager (ZSM)", "Tk 1,80,000 - Tk 2,60,000", "Tk 2,15,000", "12-16 years"],
    ["National Sales Manager (NSM)", "Tk 3,50,000 - Tk 6,00,000", "Tk 4,50,000", "15+ years"],
    ["Product Executive (PMD)", "Tk 45,000 - Tk 65,000", "Tk 52,000", "0-3 years (B.Pharm)"],
    ["Product Manager (PMD)", "Tk 90,000 - Tk 1,40,000", "Tk 1,10,000", "4-8 years"],
    ["Senior Product Manager (PMD)", "Tk 1,50,000 - Tk 2,20,000", "Tk 1,80,000", "8+ years"],
    ["Medical Services Officer (MBBS)", "Tk 70,000 - Tk 1,00,000", "Tk 85,000", "MBBS + BMDC registration"],
]
table(rows, (58, 48, 34, 50))
p(
    "Note: Product Executives are normally recruited directly from B.Pharm / M.Pharm programmes and do not pass through the MPO grade. "
    "Many companies also promote high-performing Senior MPOs into PMD after an internal written test."
)

h("2. MPO salary by type of employer")
rows = [
    ["Employer type", "Median MPO gross (Tk/month)", "Festival bonuses", "Provident fund"],
    ["Multinational (MNC)", "Tk 45,000", "2 x basic", "10% of basic, matched"],
    ["Top-10 local company", "Tk 38,000", "2 x basic", "10% of basic, matched"],
    ["Mid-size local company (rank 11-40)", "Tk 31,000", "2 x basic", "Usually 8-10% of basic"],
    ["Small local / Unani & Ayurvedic", "Tk 25,500", "1-2 x basic", "Often none"],
]
table(rows, (62, 48, 34, 46))
p(
    "Basic salary is usually 55% to 60% of gross at local companies and 50% at most multinationals; the remainder is paid as house rent, "
    "medical and conveyance allowances. Because festival bonuses and provident fund are calculated on BASIC, two offers with the same "
    "gross can differ by Tk 40,000 or more a year."
)

h("3. Field allowances and incentives (paid in addition to gross)")
rows = [
    ["Item", "Typical amount", "Notes"],
    ["Daily allowance (DA) - headquarters", "Tk 400 per working day", "Paid for each reported field day"],
    ["Daily allowance (DA) - ex-headquarters", "Tk 1,100 per night", "Overnight tours outside the HQ town"],
    [
        "Motorcycle maintenance & fuel",
        "Tk 6,000 - Tk 9,000 per month",
        "Own motorcycle; some firms supply one on an ownership scheme",
    ],
    ["Mobile & internet", "Tk 1,000 per month", ""],
    ["Sales incentive (MPO)", "Up to Tk 60,000 per quarter", "On 100%+ achievement of the quarterly target"],
    ["Annual increment", "8% - 12% of basic", "Effective 1 January at most companies"],
]
table(rows, (62, 52, 76))
p(
    "A Dhaka-based MPO at a top-10 company who works 24 field days a month, runs their own motorcycle and hits target typically takes "
    "home around Tk 58,000 a month in cash after allowances, averaged over the year."
)

h("4. Festival bonuses, provident fund and gratuity")
b(
    "Two festival bonuses a year - one before Eid-ul-Fitr and one before Eid-ul-Adha - each normally equal to one month's basic salary. "
    "Non-Muslim employees usually receive the equivalent bonus at Durga Puja, Christmas or Buddha Purnima."
)
b("Contributory provident fund: employee 10% of basic, matched by the employer, after confirmation.")
b("Gratuity: commonly one month's basic salary for each completed year of service, payable after 5 years.")
b(
    "Income tax: the tax-free threshold for an individual taxpayer is Tk 3,50,000 per year (FY 2025-26); employers deduct tax at source each month."
)
pdf.ln(2)

h("5. Getting in: entry requirements and training")
p(
    "Most companies advertise MPO vacancies on job portals and in national dailies two or three times a year, often for 100+ posts at once. "
    "Typical requirements are:"
)
b(
    "A bachelor's degree (B.Sc. preferred; science background an advantage). Some companies still accept HSC for remote territories."
)
b("Maximum age 30 years at the date of application.")
b("A valid motorcycle driving licence and willingness to be posted anywhere in Bangladesh.")
b("Selection: written test, viva (interview) and medical check.")
pdf.ln(1)
p(
    "New recruits attend a residential foundation training of 6 weeks at head office covering pharmacology, product knowledge and "
    "detailing skills, followed by a final exam. Probation lasts 6 months, after which the trainee is confirmed as MPO. "
    "Promotion to Senior MPO normally comes after 3 to 4 years, and to Field/Area Manager after 6 to 8 years."
)
p(
    "Working week: Saturday to Thursday, with Friday as the weekly holiday. MPOs typically do a morning chamber/hospital round and an "
    "evening round of doctors' chambers, plus pharmacy visits - a 10-hour field day is normal. Each MPO is assigned a territory and "
    "must submit a daily call report through the company's SFA mobile app."
)

h("6. Methodology", 11)
p(
    "Medians are calculated from verified offers and salary slips. Ranges show the 10th to 90th percentile. Multinational data "
    "includes 6 companies; local data includes 31 companies. Figures are rounded to the nearest Tk 500."
)
pdf.output(OUT)
print("ok", OUT)
