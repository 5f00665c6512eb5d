"""Generate ecology-jobs-report.pdf (ecologists / environmental consultants, UK 2023)."""

from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = Path(__file__).resolve().parent.parent / "corpus" / "ecology-jobs-report.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


class Report(FPDF):
    def header(self):
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, "Ecology Jobs & Pay Report 2023 | Careers Service, Environmental Sciences", align="L")
        self.ln(9)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 8, f"Page {self.page_no()}", align="C")


pdf = Report(format="A4")
pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
pdf.set_auto_page_break(True, margin=20)
pdf.set_margins(20, 15, 20)


def h1(t):
    pdf.set_font("DejaVu", "B", 18)
    pdf.multi_cell(0, 9, t)
    pdf.ln(2)


def h2(t):
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 7, t)
    pdf.ln(1)


def para(t):
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5.5, t)
    pdf.ln(2)


def note(t):
    pdf.set_font("DejaVu", "I", 8.5)
    pdf.multi_cell(0, 4.5, t)
    pdf.ln(2)


def table(rows, widths):
    pdf.set_font("DejaVu", "", 9.5)
    with pdf.table(
        col_widths=widths,
        line_height=6.5,
        text_align="LEFT",
        headings_style=FontFace(emphasis="BOLD", fill_color=(220, 235, 220)),
        repeat_headings=1,
    ) as t:
        for r in rows:
            row = t.row()
            for v in r:
                row.cell(v)


pdf.add_page()
h1("Ecology Jobs & Pay Report 2023: Ecologists and Environmental Consultants in the UK")
para(
    "This report summarises what ecologists earned across the United Kingdom in 2023. It draws on "
    "vacancies advertised between January and December 2023, a survey of 318 recent graduates working "
    "in ecology, and published pay scales from public bodies. Salaries are gross annual figures in pounds "
    "sterling (£) for full-time staff working a standard 37.5-hour week."
)
para(
    "Most ecologists work for environmental consultancies, which carry out the surveys and impact "
    "assessments that developers need before they can obtain planning permission. Others work for local "
    "authorities, statutory agencies such as Natural England, NatureScot and Natural Resources Wales, or "
    "for wildlife trusts and other charities. Demand rose again in 2023, helped by the introduction of "
    "biodiversity net gain requirements in England, and 62% of the graduates we surveyed found an ecology "
    "job within six months of finishing their degree."
)

h2("1. Pay by grade")
para(
    "Consultancies use broadly similar job titles. Assistant ecologists carry out field surveys under "
    "supervision; ecologists lead surveys and write reports; senior ecologists manage projects and hold "
    "protected-species licences; principal ecologists take technical responsibility for a team and sign off "
    "work for clients."
)
pdf.set_font("DejaVu", "B", 10)
pdf.cell(0, 7, "Table 1. Annual salary by grade, UK, 2023", new_x="LMARGIN", new_y="NEXT")
table(
    [
        ["Grade", "Typical experience", "Annual salary (median)", "Typical range"],
        ["Assistant ecologist", "0–2 years", "£24,500", "£22,000–£27,000"],
        ["Ecologist", "2–4 years", "£29,000", "£27,000–£32,500"],
        ["Senior ecologist", "4–7 years", "£36,500", "£33,000–£40,000"],
        ["Principal ecologist", "7+ years", "£45,000", "£41,000–£50,000"],
    ],
    (45, 38, 42, 45),
)
note(
    "Figures exclude overtime. Many consultancies pay time off in lieu rather than overtime for evening "
    "bat surveys, which can add 10 to 15 hours a week in summer."
)

h2("2. Seasonal and graduate fieldwork")
para(
    "Many graduates start as seasonal field surveyors on fixed-term contracts that run for the survey "
    "season, from April to October. Seasonal surveyors were typically paid £11.50 per hour in 2023, "
    "often with mileage on top. Roughly half of the seasonal surveyors in our sample were offered a "
    "permanent assistant ecologist post at the end of the season."
)

h2("3. Pay by type of employer")
para(
    "Private consultancies employ the large majority of ecologists and pay slightly more at senior level. "
    "Charities pay less but often offer more flexible hours and a stronger focus on conservation work "
    "rather than development projects. Table 2 compares median pay for senior ecologists."
)
pdf.set_font("DejaVu", "B", 10)
pdf.cell(0, 7, "Table 2. Senior ecologist salary by employer type", new_x="LMARGIN", new_y="NEXT")
table(
    [
        ["Employer type", "Annual salary (median)", "Share of vacancies"],
        ["Private consultancy", "£37,000", "68%"],
        ["Local authority", "£35,500", "12%"],
        ["Statutory agency", "£36,000", "9%"],
        ["Wildlife trust or charity", "£31,500", "11%"],
    ],
    (60, 55, 55),
)
note(
    "Local authority figures use the 2023 national pay award; statutory agency figures use published civil "
    "service pay ranges."
)

h2("4. Pay by region")
para(
    "London and the South East pay the most, reflecting living costs and the volume of development "
    "work. Salaries in Scotland, Wales and Northern Ireland are closer to the UK median than is often "
    "assumed, partly because statutory agencies there are significant employers. Table 3 gives the "
    "median annual salary for each grade in each nation and English region."
)
para(
    "Regional medians are based on advertised salaries and survey responses combined. Where fewer than "
    "ten observations were available for a grade in a region, the figure has been rounded to the nearest "
    "£500 and should be treated with caution. This applies mainly to principal ecologist posts in the "
    "North East and Northern Ireland."
)
para(
    "Remote and hybrid working became more common in 2023, but ecology is a field-based profession and "
    "almost all posts require employees to live within travelling distance of survey sites. As a result, "
    "regional pay differences have persisted even as office-based sectors have narrowed them."
)
para(
    "Some employers in London add a separate London weighting allowance of between £2,000 and £4,000 a "
    "year; where an advert quoted this separately it has been added to the salary shown below. Employers "
    "in rural areas, by contrast, more often offer a car allowance or a pool vehicle, which is not "
    "included in the figures. Graduates who are willing to relocate for their first post, particularly to "
    "the South West, Wales or the Scottish Highlands, usually find entry-level vacancies easier to secure, "
    "because competition there is lower than around the large cities."
)
pdf.set_font("DejaVu", "B", 10)
pdf.cell(0, 7, "Table 3. Median annual salary by region and grade, 2023", new_x="LMARGIN", new_y="NEXT")
page_before = pdf.page_no()
table(
    [
        ["Region", "Assistant ecologist", "Ecologist", "Senior ecologist", "Principal ecologist"],
        ["London", "£27,500", "£32,500", "£41,000", "£52,000"],
        ["South East", "£25,500", "£30,500", "£38,500", "£47,500"],
        ["East of England", "£24,500", "£29,500", "£37,000", "£45,500"],
        ["South West", "£24,000", "£28,500", "£36,000", "£44,000"],
        ["West Midlands", "£23,800", "£28,000", "£35,500", "£43,500"],
        ["East Midlands", "£23,500", "£27,800", "£35,000", "£43,000"],
        ["Yorkshire and the Humber", "£23,200", "£27,500", "£34,500", "£42,500"],
        ["North West", "£23,600", "£28,200", "£35,200", "£43,200"],
        ["North East", "£22,800", "£27,000", "£34,000", "£41,500"],
        ["Wales", "£23,000", "£27,300", "£34,800", "£42,000"],
        ["Scotland", "£24,200", "£28,800", "£36,200", "£44,500"],
        ["Northern Ireland", "£22,500", "£26,800", "£33,500", "£41,000"],
    ],
    (46, 31, 27, 32, 34),
)
assert pdf.page_no() > page_before, "Table 3 should continue over a page break"
note("Source: Careers Service analysis of 1,146 advertised ecology vacancies and 318 survey responses, 2023.")

h2("5. Getting in and getting on")
para(
    "Almost all employers ask for a degree in ecology, biology, zoology, environmental science or a "
    "related subject, and around a third of assistant ecologists also hold a master's degree. Practical "
    "field identification skills matter as much as academic results: many employers test botanical "
    "identification at interview, and volunteering with a local wildlife trust or recording society is the "
    "most common way to gain them."
)
para(
    "Career progression depends heavily on protected-species licences. To handle or disturb great crested "
    "newts, bats or dormice you need a class licence from Natural England (or NatureScot or Natural "
    "Resources Wales), and a survey licence usually requires at least two years of supervised experience. "
    "Membership of CIEEM, the Chartered Institute of Ecology and Environmental Management, is expected "
    "for senior posts, and full membership normally takes about four years of professional experience."
)
para("Chartered status (CEcol or CEnv) is usually held by principal ecologists and above.")

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print("wrote", OUT, "pages:", pdf.page_no())
