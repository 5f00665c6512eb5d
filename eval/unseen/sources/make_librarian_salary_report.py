"""Generate librarian-salary-report.pdf (US librarians, 2024, $ per year)."""

from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).resolve().parent.parent / "corpus" / "librarian-salary-report.pdf"


class Report(FPDF):
    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, "Careers Office  |  Librarian Salary Report 2024 (United States)", align="R")
        self.ln(9)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 8, f"Page {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)


def heading(pdf, text):
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def para(pdf, text):
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def note(pdf, text):
    pdf.set_font("Helvetica", "I", 8.5)
    pdf.multi_cell(0, 4.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def table(pdf, caption, rows, widths):
    pdf.set_font("Helvetica", "B", 10)
    pdf.multi_cell(0, 6, caption, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=6) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(2)


pdf = Report(format="Letter")
pdf.set_auto_page_break(auto=True, margin=18)
pdf.set_margins(20, 15, 20)
pdf.add_page()

pdf.set_font("Helvetica", "B", 18)
pdf.multi_cell(0, 9, "Library Careers in the United States: 2024 Salary Report", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 10)
pdf.multi_cell(
    0, 5, "Careers Office | Information, Library and Archive Studies advising", new_x="LMARGIN", new_y="NEXT"
)
pdf.ln(4)

para(
    pdf,
    "This report is written for students thinking about a career as a librarian. It brings together pay "
    "figures for librarians across the United States in 2024, broken down by the type of library you work "
    "in and by region. All salaries are gross annual base pay in US dollars for full-time positions "
    "(normally 35 to 40 hours a week); they exclude benefits, summer stipends and overtime.",
)

heading(pdf, "1. Becoming a librarian")
para(
    pdf,
    "Almost every professional librarian post in the US asks for a Master of Library and Information "
    "Science (MLIS) or equivalent from a program accredited by the American Library Association (ALA). "
    "Full-time students usually finish in 1 to 2 years; many programs are also offered fully online, and "
    "about 60% of current students study part-time while working in a library.",
)
para(
    pdf,
    "School librarians follow a different route. In most states they must hold a teaching certificate plus "
    "a school library media endorsement, and some states also require 2 or 3 years of classroom teaching "
    "experience. Academic librarians at research universities are often expected to hold a second "
    "master's degree in a subject area, and some have faculty status with tenure review.",
)
para(
    pdf,
    "Special librarians work in law firms, hospitals, corporations, museums and government agencies. "
    "Law librarians frequently hold a JD as well as an MLIS, which helps explain why this sector pays the most.",
)

heading(pdf, "2. Pay by library type")
para(
    pdf,
    "The table below shows starting salaries, medians and the top 10% of earners for each of the four "
    "main library types. Special libraries pay the most at every point of the scale, while public "
    "libraries pay the least.",
)
table(
    pdf,
    "Table 1. Annual salary by library type, 2024",
    [
        ["Library type", "Starting salary", "Median annual salary", "90th percentile"],
        ["Public", "$48,500", "$62,400", "$88,000"],
        ["Academic", "$54,000", "$71,800", "$104,500"],
        ["School", "$50,200", "$66,900", "$92,300"],
        ["Special (law, medical, corporate)", "$56,800", "$78,500", "$118,000"],
    ],
    (60, 35, 40, 35),
)
note(
    pdf,
    "Source: Careers Office analysis of 2,380 job postings and published salary schedules, January to "
    "June 2024. School librarian figures are for a 10-month contract.",
)

heading(pdf, "3. Pay by region")
para(
    pdf,
    "Where you live makes a large difference. Regions follow the US Census Bureau definitions. Salaries "
    "in the West and Northeast are higher, but so are housing costs, particularly in California, "
    "New York and Massachusetts.",
)
table(
    pdf,
    "Table 2. Median annual salary by region and library type, 2024",
    [
        ["Region", "Public", "Academic", "School", "Special", "All types"],
        ["Northeast", "$68,900", "$78,200", "$74,600", "$86,300", "$72,100"],
        ["Midwest", "$56,700", "$65,400", "$61,200", "$71,900", "$60,300"],
        ["South", "$54,300", "$63,800", "$59,900", "$70,400", "$58,700"],
        ["West", "$70,800", "$79,600", "$72,100", "$88,900", "$74,500"],
    ],
    (34, 27, 27, 27, 27, 28),
)
note(pdf, "Medians for full-time posts only. 'All types' is weighted by the number of postings in each region.")

heading(pdf, "4. Career progression in public libraries")
para(
    pdf,
    "Public library systems usually publish a grade structure. Staff without an MLIS can work as library "
    "assistants or technicians, but professional grades start at Librarian I. Moving from Librarian I to "
    "branch manager typically takes 6 to 10 years.",
)
table(
    pdf,
    "Table 3. Public library positions, median annual salary, 2024",
    [
        ["Position", "Usual requirement", "Median annual salary"],
        ["Library assistant", "High-school diploma or associate degree", "$36,200"],
        ["Librarian I", "MLIS, 0-2 years", "$52,900"],
        ["Librarian II", "MLIS, 3-5 years", "$61,700"],
        ["Branch manager", "MLIS, 6+ years, supervisory", "$74,800"],
        ["Library director", "MLIS, senior management", "$98,500"],
    ],
    (45, 75, 50),
)
note(
    pdf,
    "Library director salaries vary widely with the size of the system: directors of large urban systems "
    "can earn well above $150,000.",
)

heading(pdf, "5. Outlook")
para(
    pdf,
    "Employment of librarians is expected to grow by about 3% between 2023 and 2033, roughly in line with "
    "the average for all occupations. Around 12,000 openings are projected each year, mostly to replace "
    "librarians who retire. Skills in data management, digital archives and instructional design are "
    "increasingly listed in job postings, especially in academic and special libraries.",
)
para(
    pdf,
    "Want to talk it through? Book a one-to-one appointment with the careers office, or join our annual "
    "Information Careers panel in March.",
)

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print("wrote", OUT)
