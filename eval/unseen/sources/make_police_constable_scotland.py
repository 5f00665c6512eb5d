"""Generate police-constable-scotland.pdf: police officer pay in Scotland 2024/25."""

from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).resolve().parent.parent / "corpus" / "police-constable-scotland.pdf"


TOTAL_PAGES = None


class Guide(FPDF):
    def header(self):
        self.set_font("Helvetica", "I", 9)
        self.set_text_color(90, 90, 90)
        self.cell(0, 8, "Police Scotland careers guide", align="L")
        self.cell(0, 8, "Pay and conditions 2024/25", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "I", 9)
        self.cell(0, 10, f"Page {self.page_no()} of {TOTAL_PAGES or '?'}", align="C")


def build():
    pdf = Guide(format="A4")
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.set_margins(20, 15, 20)
    pdf.add_page()

    def h1(text):
        pdf.set_font("Helvetica", "B", 18)
        pdf.multi_cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def h2(text):
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 13)
        pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def para(text):
        pdf.set_font("Helvetica", "", 10.5)
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def note(text):
        pdf.set_font("Helvetica", "I", 9)
        pdf.multi_cell(0, 4.8, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def table(rows, widths):
        pdf.set_font("Helvetica", "", 10)
        with pdf.table(col_widths=widths, text_align="LEFT", line_height=6.5, repeat_headings=1) as t:
            for row in rows:
                r = t.row()
                for v in row:
                    r.cell(v)
        pdf.ln(2)

    h1("Becoming a Police Constable in Scotland")
    para(
        "This guide is for students and graduates thinking about a career with Police Scotland, "
        "the national police service covering the whole of Scotland. It explains what constables "
        "earn in 2024/25, how pay rises with service and promotion, and what the application "
        "process involves. All figures are annual basic salaries in pounds sterling before tax and "
        "deductions."
    )

    h2("The role")
    para(
        "Constables respond to emergency and non-emergency calls, patrol local communities, "
        "investigate crime, gather evidence, and give evidence in court. Most new officers start in "
        "local policing on a shift pattern that covers days, nights and weekends. The standard working "
        "week is 40 hours, usually worked as a rotating shift pattern. After probation, officers can "
        "apply for specialist roles such as roads policing, criminal investigation (CID), public "
        "protection, firearms or the dog unit."
    )
    para(
        "Police Scotland employs around 16,500 officers across 13 local policing divisions, from "
        "Highlands and Islands to Greater Glasgow, so new constables may be posted anywhere in the "
        "country. You can state a preference, but postings depend on the needs of the service."
    )

    h2("Who can apply")
    para(
        "You must be at least 17 to apply and 18 to be appointed. There is no upper age limit, but you "
        "must be able to complete the two-year probationary period. You need a good standard of "
        "education (for example, Scottish Qualifications Authority (SQA) Highers or equivalent) or you "
        "can pass the Standard Entrance Test instead. You must be a British citizen, an EU/EEA national "
        "with settled status, or a Commonwealth citizen with no restrictions on your stay, and have "
        "lived in the UK for the last three years."
    )

    h2("Probation")
    para(
        "Every new constable serves a probation period of 2 years. It starts with 12 weeks of initial "
        "training at the Scottish Police College at Tulliallan, Fife, followed by further training "
        "in your local division while working on shift under the supervision of a tutor constable. "
        "During probation your progress is assessed against a Probationer Development Portfolio. "
        "Once you are confirmed in post at the end of probation you can apply for promotion or "
        "specialist posts. If your performance is not yet at the required standard, probation "
        "can be extended, usually by up to six months."
    )

    h2("Constable pay points 2024/25")
    para(
        "Constables move up one pay point each year, subject to satisfactory performance, until they "
        "reach the top of the scale after seven years' service."
    )
    table(
        [
            ("Pay point", "Length of service", "Annual salary"),
            ("0", "On appointment", "£32,067"),
            ("1", "After 1 year", "£33,951"),
            ("2", "After 2 years", "£35,529"),
            ("3", "After 3 years", "£37,164"),
            ("4", "After 4 years", "£38,979"),
            ("5", "After 5 years", "£40,863"),
            ("6", "After 6 years", "£43,086"),
            ("7", "After 7 years", "£46,308"),
        ],
        (25, 70, 55),
    )
    note(
        "Figures exclude overtime and shift allowances. Officers who join with relevant previous police "
        "service may start on a higher pay point."
    )

    h2("Pay by rank")
    para(
        "Promotion is by competitive process. Constables can sit the sergeants' examination once they "
        "have completed probation. Each rank has its own pay scale with annual increments."
    )
    table(
        [
            ("Rank", "Salary range 2024/25", "Pay points"),
            ("Constable", "£32,067 to £46,308", "8"),
            ("Sergeant", "£50,178 to £54,906", "4"),
            ("Inspector", "£59,418 to £64,347", "4"),
            ("Chief Inspector", "£66,330 to £70,722", "4"),
        ],
        (55, 65, 30),
    )
    note(
        "Ranges run from the first to the last pay point of each rank. Superintendent and above are "
        "paid on separate senior officer scales not shown here."
    )

    h2("How to apply")
    para(
        "Applications are made online through the Police Scotland recruitment website. The process "
        "usually takes between six and nine months from application to starting at Tulliallan. The "
        "main steps are:"
    )
    steps = [
        "1. Online application form and eligibility questions.",
        "2. Standard Entrance Test (English, maths and information handling) unless you are exempt.",
        "3. Fitness test: a 15-metre shuttle run to level 5.4.",
        "4. Assessment centre with a competency-based interview.",
        "5. Medical examination, eyesight test, vetting and references.",
        "6. Offer of appointment and a start date for initial training.",
    ]
    pdf.set_font("Helvetica", "", 10.5)
    for s in steps:
        pdf.multi_cell(0, 5.5, s, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    para(
        "Candidates who fail the fitness test can retake it after a short interval. You will be told "
        "the outcome of each stage before moving to the next."
    )

    pdf.set_font("Helvetica", "I", 9)
    pdf.ln(4)
    pdf.multi_cell(
        0,
        4.8,
        "Source: Careers Service summary of the Police Negotiating Board for Scotland "
        "pay settlement for 2024/25. Figures are illustrative; check the Police Scotland "
        "recruitment website for current rates.",
        new_x="LMARGIN",
        new_y="NEXT",
    )

    return pdf


# Two passes so the footer can say "Page N of M" with the real page count.
TOTAL_PAGES = build().page_no()
pdf = build()
OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print("wrote", OUT, "pages:", pdf.page_no())
