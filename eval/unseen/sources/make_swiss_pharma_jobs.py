"""Generate Swiss_pharma_jobs.pdf (pharmaceutical industry jobs in Switzerland, 2024, CHF per year)."""

import os

from fpdf import FPDF

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus", "Swiss_pharma_jobs.pdf")

ROLE_COLS = ("Role", "Typical range (annual)", "Median annual salary")
ROLES = [
    ("Lab technician", "CHF 68'000 to CHF 82'000", "CHF 75'000"),
    ("QA specialist", "CHF 92'000 to CHF 115'000", "CHF 103'500"),
    ("Regulatory affairs manager", "CHF 125'000 to CHF 158'000", "CHF 141'000"),
    ("Clinical research associate", "CHF 98'000 to CHF 122'000", "CHF 109'000"),
]

CANTON_COLS = ("Role", "Basel-Stadt", "Zurich", "Geneva", "Ticino")
CANTONS = [
    ("Lab technician", "CHF 78'500", "CHF 76'000", "CHF 77'000", "CHF 66'500"),
    ("QA specialist", "CHF 108'000", "CHF 104'000", "CHF 106'500", "CHF 91'000"),
    ("Regulatory affairs manager", "CHF 148'000", "CHF 142'500", "CHF 145'000", "CHF 124'000"),
    ("Clinical research associate", "CHF 112'000", "CHF 110'500", "CHF 108'000", "CHF 96'500"),
]


class PDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, "Careers Service | Sector guide: Pharmaceutical industry in Switzerland", align="L")
        self.ln(4)
        self.set_draw_color(180, 180, 180)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 10, f"Page {self.page_no()}", align="C")


def heading(pdf, text, size=13):
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", size)
    pdf.multi_cell(0, 7, text)
    pdf.ln(1)


def para(pdf, text):
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.5, text)
    pdf.ln(2)


def small(pdf, text):
    pdf.set_font("Helvetica", "I", 8.5)
    pdf.multi_cell(0, 4.5, text)
    pdf.ln(2)


def table(pdf, cols, rows, widths):
    pdf.set_font("Helvetica", "", 9.5)
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=6) as t:
        r = t.row()
        for c in cols:
            r.cell(c)
        for row in rows:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(2)


def main():
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.multi_cell(0, 9, "Working in the Swiss Pharmaceutical Industry: Roles and Pay 2024")
    pdf.ln(3)
    para(
        pdf,
        "Switzerland is home to two of the world's largest pharmaceutical groups and several hundred "
        "smaller biotech and contract research companies, concentrated around Basel, Zurich and the "
        "Lake Geneva region. The industry employs roughly 47,000 people directly and accounts for "
        "around a third of Swiss exports. This guide describes four roles that graduates and career "
        "changers often ask us about and gives typical salaries for 2024.",
    )
    para(
        pdf,
        "All salaries in this guide are gross annual salaries in Swiss francs for a full-time post. "
        "In Swiss pharma the annual salary is almost always paid in 13 instalments: twelve monthly "
        "payments plus a 13th salary, usually paid in November or December. To estimate a monthly "
        "payslip, divide the annual figure by 13, not by 12. Performance bonuses come on top and are "
        "not included.",
    )

    heading(pdf, "1. The roles")
    para(
        pdf,
        "Lab technician (Laborant/in). Prepares samples, runs analyses and keeps laboratory records "
        "under GMP. The usual route in is the three-year apprenticeship leading to the federal "
        "certificate (EFZ) as a laboratory technician; graduates with a bachelor's in chemistry or "
        "biology are also hired.",
    )
    para(
        pdf,
        "QA specialist. Makes sure that manufacturing and testing follow Good Manufacturing Practice: "
        "reviews batch records, handles deviations and CAPAs, and supports inspections by Swissmedic "
        "and foreign authorities. Most have a degree in pharmacy, chemistry or life sciences.",
    )
    para(
        pdf,
        "Regulatory affairs manager. Prepares and maintains submissions to regulators (Swissmedic, "
        "EMA, FDA) and advises project teams on what the authorities will require. The role normally "
        "needs five or more years of regulatory experience; many hold a master's or PhD.",
    )
    para(
        pdf,
        "Clinical research associate (CRA). Monitors clinical trials at hospital sites, checking that "
        "data are accurate and that the protocol and GCP are followed. Expect to travel 50 to 60% of "
        "the time. A life sciences or nursing degree is the usual entry requirement, and good German "
        "or French in addition to English is expected.",
    )

    heading(pdf, "2. Salaries by role")
    para(pdf, "Table 1 - Typical range and median, all of Switzerland")
    table(pdf, ROLE_COLS, ROLES, (60, 70, 50))
    small(
        pdf,
        "Ranges show the middle half of salaries reported (25th to 75th percentile). "
        "Figures exclude bonuses and the employer's social contributions.",
    )

    heading(pdf, "3. Salaries by canton")
    para(
        pdf,
        "Pay is highest in Basel-Stadt, where the large research and headquarters sites are, and "
        "lowest in Ticino, where salaries across the economy are lower and many employees commute "
        "from Italy. Geneva pays close to Basel levels for most roles.",
    )
    para(pdf, "Table 2 - Median annual salary by canton")
    table(pdf, CANTON_COLS, CANTONS, (52, 32, 32, 32, 32))
    small(pdf, "Cantons with fewer than 40 responses for a role are not shown separately.")

    heading(pdf, "4. Working conditions")
    para(
        pdf,
        "A full-time week in the industry is typically 40 to 42 hours. Most employers offer 25 days "
        "of annual leave, rising with age. Work permits for non-EU/EFTA nationals are subject to "
        "annual quotas, so employers favour candidates who already have the right to work in "
        "Switzerland.",
    )

    heading(pdf, "Source")
    small(
        pdf,
        "Careers Service analysis of the 2024 Swiss life sciences salary survey (1,380 responses) "
        "and employer information. Published September 2024. Figures are illustrative guidance, "
        "not an offer of employment.",
    )

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    pdf.output(OUT)
    print("wrote", os.path.abspath(OUT))


if __name__ == "__main__":
    main()
