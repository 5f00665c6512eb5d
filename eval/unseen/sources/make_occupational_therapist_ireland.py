"""Generate occupational-therapist-ireland.pdf: OT pay in Ireland, 2023 (EUR, per year)."""

from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = Path(__file__).resolve().parent.parent / "corpus" / "occupational-therapist-ireland.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


class Guide(FPDF):
    def header(self):
        self.set_font("DejaVu", "I", 8.5)
        self.set_text_color(100, 100, 100)
        self.cell(0, 7, "Occupational Therapy in Ireland: Careers and Pay Guide 2023", align="L")
        self.cell(0, 7, "Careers & Employability Office", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "I", 8.5)
        self.cell(0, 10, f"Page {self.page_no()}", align="C")


def build():
    pdf = Guide(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.set_margins(20, 15, 20)
    pdf.add_page()

    def h1(text):
        pdf.set_font("DejaVu", "B", 17)
        pdf.multi_cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def h2(text):
        pdf.ln(3)
        pdf.set_font("DejaVu", "B", 12.5)
        pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def para(text, size=10):
        pdf.set_font("DejaVu", "", size)
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def small(text):
        pdf.set_font("DejaVu", "I", 8.5)
        pdf.multi_cell(0, 4.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def table(header, rows, widths):
        pdf.set_font("DejaVu", "", 9.5)
        with pdf.table(
            col_widths=widths,
            headings_style=FontFace(emphasis="BOLD", fill_color=(225, 235, 245)),
            line_height=6.5,
            text_align="LEFT",
            repeat_headings=1,
        ) as t:
            r = t.row()
            for h in header:
                r.cell(h)
            for row in rows:
                r = t.row()
                for c in row:
                    r.cell(c)
        pdf.ln(3)

    h1("Occupational Therapist: Careers and Pay in Ireland")
    para(
        "Occupational therapists (OTs) help people of all ages to take part in the everyday "
        "activities that matter to them: self-care, work, school and leisure. In Ireland most "
        "OTs are employed by the Health Service Executive (HSE) or by voluntary hospitals and "
        "agencies funded by it, so public sector pay scales set the benchmark for the whole "
        "profession. This guide summarises the consolidated salary scales that applied in 2023."
    )
    para(
        "All amounts are in euro, gross per year, for a whole-time post of 35 hours a week. "
        "Part-time staff are paid pro rata."
    )

    h2("1. Qualifying as an occupational therapist")
    para(
        "To work as an occupational therapist in Ireland you need an approved qualification: "
        "either a four-year BSc in Occupational Therapy (offered at Trinity College Dublin, "
        "University College Cork, University of Limerick and University of Galway) or a "
        "two-year professional MSc for graduates who already hold a degree in a related subject. "
        "Every programme includes at least 1,000 hours of supervised practice placement."
    )

    h2("2. Salary by grade")
    para(
        "HSE occupational therapy posts are graded. Each grade has its own salary scale, "
        "shown here as the range from the first point to the top point of the scale. New "
        "graduates are appointed as Staff Occupational Therapists."
    )
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Table 1: HSE occupational therapy grades and salary scales, 2023", new_x="LMARGIN", new_y="NEXT")
    table(
        ["Grade", "Salary scale (annual)", "Typical experience"],
        [
            ["Staff Occupational Therapist", "€40,104 – €55,712", "New graduate onwards"],
            ["Senior Occupational Therapist", "€57,087 – €64,809", "Usually 4+ years"],
            ["Clinical Specialist Occupational Therapist", "€60,456 – €68,213", "Usually 7+ years"],
            ["Occupational Therapy Manager", "€63,460 – €74,093", "Usually 8+ years"],
            ["Occupational Therapy Manager in Charge III", "€71,226 – €81,720", "Senior management"],
        ],
        (70, 55, 45),
    )
    small("Scales include long service increments; they exclude allowances and overtime.")

    h2("3. Pay by years of service")
    para(
        "You move up one point of your grade's scale for each year of satisfactory service. "
        "A dash means the scale has no point for that year."
    )
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Table 2: Salary by years of service, 2023", new_x="LMARGIN", new_y="NEXT")
    table(
        ["Years of service", "Staff Occupational Therapist", "Senior Occupational Therapist"],
        [
            ["Year 1", "€40,104", "€57,087"],
            ["Year 2", "€41,741", "€58,400"],
            ["Year 3", "€43,348", "€59,712"],
            ["Year 4", "€44,929", "€61,008"],
            ["Year 5", "€46,511", "€62,295"],
            ["Year 6", "€48,092", "€63,557"],
            ["Year 7", "€49,663", "€64,809"],
            ["Year 8", "€51,237", "–"],
            ["Year 9", "€52,806", "–"],
            ["Year 10+", "€55,712", "–"],
        ],
        (50, 60, 60),
    )
    small(
        "Year 10+ for Staff Occupational Therapists is the long service increment, paid "
        "after three years on the previous point. Senior figures count years in the senior "
        "grade, not total years since qualifying."
    )

    h2("4. CORU registration")
    para(
        "Occupational therapy is a designated profession under the Health and Social Care "
        "Professionals Act 2005. That means you must be registered with CORU, Ireland's "
        "regulator for health and social care professionals, through its Occupational "
        'Therapists Registration Board before you can use the title "occupational therapist" '
        "or take up a post. Graduates of Irish programmes apply once their results are "
        "published; applicants who qualified outside Ireland must first have their "
        "qualification recognised by CORU, which can take up to four months."
    )
    para(
        "Registration must be renewed every year, and registrants have to complete "
        "continuing professional development (CPD) and keep a record of it, which CORU may "
        "audit."
    )

    h2("5. Where OTs work")
    para(
        "About 70% of occupational therapists in Ireland work in the public health service, "
        "in acute hospitals, primary care teams, mental health services, disability services "
        "and services for older people. The rest work for private practices, insurers, "
        "schools, charities and medical device companies, where pay is set by the employer "
        "and is often, though not always, linked to the HSE scales."
    )
    para(
        "Demand for OTs has been strong: HSE recruitment campaigns have run continuously, and "
        "many graduates receive offers before they have finished their final placement. "
        "Posts in children's disability network teams and in primary care are the most "
        "frequently advertised."
    )

    h2("6. Getting started")
    para(
        "Most new graduates apply through the HSE's national recruitment campaigns for staff "
        "grade posts, which place successful candidates on panels from which jobs are offered. "
        "It is worth also applying directly to voluntary hospitals and agencies, which often "
        "run their own competitions. Talk to our advisers about interview practice: most "
        "competitions use a competency-based interview of 30 to 45 minutes."
    )
    small(
        "Source: HSE consolidated salary scales, summarised by the Careers & Employability Office. Published September 2023. Figures are illustrative."
    )

    OUT.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(OUT))
    print("wrote", OUT, "pages:", pdf.page_no())


if __name__ == "__main__":
    build()
