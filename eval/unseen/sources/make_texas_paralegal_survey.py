"""Generates 2025-Texas-Paralegal-Compensation-Survey-Summary.pdf (USD annual)."""

from fpdf import FPDF

OUT = str(
    __import__("pathlib").Path(__file__).resolve().parent.parent
    / "corpus"
    / "2025-Texas-Paralegal-Compensation-Survey-Summary.pdf"
)
FONT = "/usr/share/fonts/truetype/dejavu/"


class PDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.set_text_color(120, 20, 30)
        self.cell(
            0,
            6,
            "LONE STAR PARALEGAL ASSOCIATION  |  2025 Compensation & Utilization Survey - Summary Report",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.cell(
            0,
            5,
            f"© 2025 Lone Star Paralegal Association, P.O. Box 12094, Austin, TX 78711. Members may reproduce for personal use only.   Page {self.page_no()}",
            align="C",
        )


pdf = PDF(format="Letter")
pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.set_auto_page_break(True, 18)
pdf.add_page()


def h1(t):
    pdf.set_font("DejaVu", "B", 16)
    pdf.multi_cell(0, 8, t)
    pdf.ln(1)


def h2(t):
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 12)
    pdf.set_text_color(120, 20, 30)
    pdf.multi_cell(0, 7, t)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def p(t):
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5.2, t, align="L")
    pdf.ln(1.5)


def bullet(t):
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5.2, "•  " + t, align="L")
    pdf.ln(0.5)


def table(headers, rows, widths):
    pdf.set_font("DejaVu", "B", 9)
    pdf.set_fill_color(230, 220, 220)
    for h, w in zip(headers, widths):
        pdf.cell(w, 7, h, border=1, fill=True)
    pdf.ln()
    pdf.set_font("DejaVu", "", 9)
    for r in rows:
        for v, w in zip(r, widths):
            pdf.cell(w, 6.5, v, border=1)
        pdf.ln()
    pdf.ln(3)


h1("2025 Texas Paralegal Compensation & Utilization Survey\nSummary Report")
p(
    "Released April 7, 2025. Survey fielded January 6 – February 14, 2025. Compensation figures refer to base salary for calendar year 2024 as reported by respondents, in U.S. dollars, before taxes and deductions. Bonuses and overtime are reported separately."
)

h2("Key findings")
bullet("1,146 paralegals and legal assistants working in Texas completed the survey (response rate 23%).")
bullet("The statewide median base salary was $63,750, up 4.1% from $61,240 in the 2023 survey.")
bullet("71% of respondents received a bonus; the average bonus was $3,850.")
bullet(
    "Respondents holding the NALA Certified Paralegal (CP) credential reported a median base salary $6,200 higher than those without a national credential."
)
bullet(
    "The average reported workweek was 42.5 hours; 58% of respondents are classified as non-exempt (eligible for overtime pay)."
)

h2("Table 1. Median base salary by metropolitan area")
table(
    ["Metro area", "Respondents", "Median base salary", "Middle 50% range"],
    [
        ["Austin–Round Rock", "164", "$71,200", "$62,000 – $80,500"],
        ["Houston–The Woodlands", "322", "$68,400", "$58,900 – $79,000"],
        ["Dallas–Fort Worth", "298", "$67,900", "$58,000 – $78,300"],
        ["San Antonio–New Braunfels", "151", "$58,750", "$50,500 – $66,000"],
        ["El Paso", "47", "$49,300", "$43,800 – $56,100"],
        ["Lubbock / Amarillo", "39", "$51,600", "$45,200 – $58,400"],
        ["Rio Grande Valley (McAllen–Brownsville)", "41", "$46,800", "$41,500 – $52,900"],
        ["Other / non-metro Texas", "84", "$52,400", "$45,000 – $60,250"],
    ],
    [70, 25, 38, 50],
)

h2("Table 2. Median base salary by years of paralegal experience")
table(
    ["Experience", "Median base salary", "Average bonus"],
    [
        ["Less than 3 years", "$46,500", "$1,900"],
        ["3 – 5 years", "$55,800", "$2,600"],
        ["6 – 10 years", "$64,200", "$3,400"],
        ["11 – 15 years", "$72,600", "$4,500"],
        ["16 – 20 years", "$79,900", "$5,300"],
        ["More than 20 years", "$84,350", "$6,100"],
    ],
    [60, 50, 50],
)

h2("Table 3. Median base salary by primary practice area")
table(
    ["Practice area", "Median base salary", "Share of respondents"],
    [
        ["Intellectual property", "$78,900", "6%"],
        ["Corporate / transactional", "$72,400", "11%"],
        ["Oil, gas & energy", "$74,100", "7%"],
        ["Commercial litigation", "$66,100", "24%"],
        ["Real estate", "$61,300", "9%"],
        ["Personal injury (plaintiff)", "$55,400", "17%"],
        ["Criminal law", "$53,900", "5%"],
        ["Family law", "$52,700", "8%"],
        ["Other", "$58,000", "13%"],
    ],
    [70, 50, 50],
)

h2("Table 4. Median base salary by employer type")
table(
    ["Employer type", "Median base salary"],
    [
        ["Law firm, 100+ attorneys", "$74,800"],
        ["Law firm, 26 – 99 attorneys", "$66,300"],
        ["Law firm, 2 – 25 attorneys", "$56,900"],
        ["Solo practitioner", "$49,750"],
        ["Corporate legal department", "$76,200"],
        ["Government (city, county, state, federal)", "$57,400"],
        ["Nonprofit / legal aid", "$48,900"],
    ],
    [90, 50],
)

h2("Billing rates and overtime")
p(
    "Among respondents whose time is billed to clients (64%), the average hourly billing rate was $165, with most rates between $125 and $225 per hour. Large firms in Houston and Dallas reported the highest rates, with a median of $210 per hour. Non-exempt paralegals who worked overtime reported an average of 96 overtime hours in 2024, paid at one and a half times the regular hourly rate as required by the Fair Labor Standards Act."
)

h2("Benefits")
p(
    "91% of respondents receive employer-paid health insurance (employee coverage), 84% receive a 401(k) or other retirement plan (62% with an employer match) and 77% have their paralegal association dues paid by the employer. The median paid time off was 15 days per year, plus firm holidays. 38% are allowed to work remotely at least one day a week."
)

h2("Becoming a paralegal in Texas")
p(
    "Texas does not license paralegals, and there is no mandatory state exam. Paralegals must work under the supervision of a licensed attorney and may not give legal advice. Most employers nonetheless expect formal paralegal education:"
)
bullet(
    "Associate of Applied Science (AAS) in Paralegal Studies – about 60 credit hours, normally two years full-time at a community college."
)
bullet(
    "Post-baccalaureate paralegal certificate – for applicants who already hold a bachelor's degree; typically 24 credit hours and can be completed in 9 to 12 months."
)
bullet("Bachelor's degree in paralegal or legal studies – four years; held by 39% of survey respondents.")
p(
    "Programs approved by the American Bar Association (ABA) are preferred by many large firms. Voluntary national credentials include the NALA Certified Paralegal (CP) and the NFPA Paralegal CORE Competency Exam (PCCE). Experienced paralegals may also apply to the Texas Board of Legal Specialization for Board Certified Paralegal status, which requires at least five years of experience as a paralegal and passing a specialty exam in an area such as civil trial law, family law, personal injury trial law or real estate law."
)
p(
    "Continuing legal education: the Association recommends at least 12 hours of CLE per year; holders of the CP credential must complete 50 hours of CLE every five years to maintain it."
)

h2("About the survey")
p(
    "The survey was distributed by email to members of the Lone Star Paralegal Association and partner local associations, and promoted through the State Bar of Texas Paralegal Division newsletter. Results are self-reported and unweighted. Categories with fewer than 30 responses are not reported. Medians are rounded to the nearest $50."
)

pdf.output(OUT)
print("wrote", OUT)
