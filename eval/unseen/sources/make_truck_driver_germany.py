"""Generate truck-driver-germany.pdf: pay of truck drivers (Berufskraftfahrer) in Germany, 2024.

Re-runnable: .venv/bin/python eval/unseen/sources/make_truck_driver_germany.py
"""

from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = Path(__file__).resolve().parent.parent / "corpus" / "truck-driver-germany.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

TITLE = "Driving for a Living: Truck Drivers (Berufskraftfahrer) in Germany"

INTRO = [
    "This factsheet is for students, school leavers and career changers who are thinking about working as a "
    "professional lorry or truck driver in Germany. It sets out what drivers earned in 2024, how pay differs "
    "with the class of licence, the kind of route you drive and the federal state you work in, and how you "
    "qualify. All pay figures are gross (brutto) amounts in euros, before income tax and social security "
    "contributions.",
    "Germany moves around 70% of its freight tonnage by road, and the industry has been short of drivers for "
    "more than a decade: trade associations estimate that between 60,000 and 80,000 driver posts were unfilled "
    "in 2024, and roughly a third of current drivers are over 55. For newcomers this means steady demand and, "
    "in many regions, employers willing to pay for your licence.",
]

JOB = [
    "A Berufskraftfahrer (professional driver) drives goods vehicles over 3.5 tonnes, loads and secures cargo, "
    "checks the vehicle before each trip, keeps the digital tachograph records and deals with delivery papers "
    "and customers. Local drivers usually return home every evening; national long-distance drivers often spend "
    "four or five nights a week in the cab; international drivers may be away for one to three weeks at a time.",
    "Driving and rest times are set by EU rules. Daily driving time is limited to 9 hours, which may be extended "
    "to 10 hours twice a week. Weekly driving time may not exceed 56 hours, and no more than 90 hours in any two "
    "consecutive weeks. After 4.5 hours at the wheel a driver must take a break of at least 45 minutes. Most "
    "contracts are based on a 40-hour week, with overtime paid or taken as time off.",
]

# Table 1: licence class x route type
T1_HEAD = ["Licence class", "Route type", "Monthly gross (median)", "Hourly rate", "Typical range (monthly)"]
T1 = [
    ["C", "Local (distribution)", "€2,650", "€15.30", "€2,350–€2,950"],
    ["C", "National", "€2,820", "€16.30", "€2,490–€3,150"],
    ["CE", "Local (distribution)", "€2,780", "€16.05", "€2,440–€3,090"],
    ["CE", "National (long-distance)", "€3,050", "€17.65", "€2,720–€3,420"],
    ["CE", "International", "€3,240", "€18.75", "€2,860–€3,680"],
]

# Table 3: federal state x licence class (long; runs over a page break)
STATE_HEAD = ["Federal state", "Licence class", "Monthly gross (median)", "Hourly rate", "Drivers in sample"]
STATES = [
    ["Bavaria", "C", "€2,890", "€16.70", "412"],
    ["Bavaria", "CE", "€3,180", "€18.40", "655"],
    ["Bavaria", "All drivers", "€3,040", "€17.55", "1,067"],
    ["North Rhine-Westphalia", "C", "€2,760", "€15.95", "538"],
    ["North Rhine-Westphalia", "CE", "€3,070", "€17.75", "829"],
    ["North Rhine-Westphalia", "All drivers", "€2,940", "€17.00", "1,367"],
    ["Hamburg", "C", "€2,960", "€17.10", "141"],
    ["Hamburg", "CE", "€3,260", "€18.85", "233"],
    ["Hamburg", "All drivers", "€3,120", "€18.05", "374"],
    ["Saxony", "C", "€2,480", "€14.35", "226"],
    ["Saxony", "CE", "€2,790", "€16.15", "301"],
    ["Saxony", "All drivers", "€2,660", "€15.40", "527"],
    ["Berlin", "C", "€2,640", "€15.25", "164"],
    ["Berlin", "CE", "€2,930", "€16.95", "118"],
    ["Berlin", "All drivers", "€2,800", "€16.20", "282"],
]

# Table 2: experience (CE, national long-distance)
EXP_HEAD = ["Years of experience", "Monthly gross (median)", "Hourly rate"]
EXPERIENCE = [
    ["Under 2 years", "€2,690", "€15.55"],
    ["2–5 years", "€2,910", "€16.80"],
    ["6–10 years", "€3,100", "€17.90"],
    ["More than 10 years", "€3,310", "€19.15"],
]

# Table 4: apprentice training allowance
T4_HEAD = ["Year of training", "Training allowance (monthly gross)"]
T4 = [
    ["1st year", "€1,020"],
    ["2nd year", "€1,095"],
    ["3rd year", "€1,185"],
]

ROUTE_IN = [
    "There are two ways to become a professional driver. The first is the dual apprenticeship "
    "(Ausbildung) as a Berufskraftfahrer, which lasts three years (two years if you already hold a vocational "
    "qualification or the Abitur) and combines work at a haulage firm with classes at a vocational school. "
    "Apprentices take their class C and CE licences during the training, usually paid for by the employer, "
    "and finish with an exam before the Chamber of Industry and Commerce (IHK).",
    "The second route is for adults who want to change career quickly: the accelerated initial qualification "
    "(beschleunigte Grundqualifikation), a course of 140 hours followed by a theory test at the IHK, taken "
    "alongside the driving licence. Without employer support, licence and qualification together typically "
    "cost between €7,000 and €10,000, although the employment agency (Agentur für Arbeit) often funds them "
    "for job seekers with an education voucher (Bildungsgutschein).",
    "You can hold a class C licence from the age of 18 if you have the basic qualification. Once qualified, "
    "every driver must complete 35 hours of periodic training every five years to keep the driver "
    "qualification entry (code 95) on their licence.",
]


class Factsheet(FPDF):
    def header(self):
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(100, 100, 100)
        self.cell(0, 6, "Transport & Logistics Careers Service", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 6, "Factsheet: Berufskraftfahrer", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(160, 160, 160)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(100, 100, 100)
        self.cell(0, 8, f"Page {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)


def build():
    pdf = Factsheet(format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 14, 20)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()

    def h1(text):
        pdf.set_font("DejaVu", "B", 17)
        pdf.multi_cell(0, 8.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    def h2(text):
        pdf.ln(2)
        pdf.set_font("DejaVu", "B", 12.5)
        pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def para(text):
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 5.3, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def caption(text):
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def note(text):
        pdf.set_font("DejaVu", "I", 8.5)
        pdf.multi_cell(0, 4.6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def table(head, rows, widths):
        pdf.set_font("DejaVu", "", 9.5)
        with pdf.table(
            col_widths=widths,
            text_align="LEFT",
            line_height=6.2,
            repeat_headings=1,
            headings_style=FontFace(emphasis="BOLD", fill_color=(225, 232, 240)),
        ) as t:
            r = t.row()
            for v in head:
                r.cell(v)
            for row in rows:
                r = t.row()
                for v in row:
                    r.cell(v)
        pdf.ln(2)

    h1(TITLE)
    for p in INTRO:
        para(p)

    h2("What the job involves")
    for p in JOB:
        para(p)

    h2("Pay by licence and type of route")
    para(
        "Your licence class is the biggest single factor in what you earn. A class C licence covers rigid "
        "trucks over 7.5 tonnes; class CE adds a heavy trailer or articulated semi-trailer and is what most "
        "long-distance and international employers ask for. Drivers on long-distance and international work "
        "also receive tax-free daily allowances on top of the pay shown below."
    )
    caption("Table 1  Pay by licence class and route type")
    table(T1_HEAD, T1, (18, 38, 34, 24, 40))
    note(
        "Figures exclude overtime, night and weekend supplements and tax-free daily allowances (Spesen). "
        "Hourly rates are based on a 40-hour week (173 hours a month)."
    )

    h2("Pay and experience")
    para(
        "Pay rises fastest in the first five years, as drivers add the CE licence, hazardous goods (ADR) "
        "certificates and crane or forklift qualifications. An ADR certificate typically adds €150 to €250 a "
        "month. The figures below are for class CE drivers on national long-distance routes."
    )
    caption("Table 2  Class CE national long-distance drivers by years of experience")
    table(EXP_HEAD, EXPERIENCE, (60, 55, 55))
    note("Overtime is not included. Drivers with more than 10 years on the road often move into dispatching.")
    para(
        "Driving is also a starting point for other jobs in logistics. With a few years' experience, drivers "
        "can train as a driving instructor, become a transport dispatcher (Disponent) planning routes and "
        "loads in the office, or take the IHK qualification as a certified logistics manager "
        "(Fachwirt/in für Güterverkehr und Logistik). Dispatchers usually earn a little more than drivers "
        "and work regular office hours, but most of them are former drivers, because employers value "
        "knowing the road from the cab."
    )

    h2("Pay by federal state")
    para(
        "Pay follows the cost of living and the density of logistics hubs. Drivers in the port city of Hamburg "
        "and in the south earn the most; pay in the eastern states is still lower, although the gap to the west "
        "has narrowed by around 4 percentage points since 2020. The table covers the five states where our "
        "partner employers recruit most. 'All drivers' combines class C and CE drivers on every type of route."
    )
    para(
        "Drivers in the sample were employed full time on permanent or fixed-term contracts. Agency drivers "
        "(Leiharbeit) and self-employed owner-drivers are not included, because their pay is usually quoted "
        "per day or per job rather than per month. Sample sizes for Berlin are small, so its figures should be "
        "read as a guide only."
    )
    caption("Table 3  Median monthly gross pay by federal state and licence class")
    table(STATE_HEAD, STATES, (50, 30, 36, 24, 30))
    note("Sample: 4,617 full-time employed drivers. Source: employer pay survey and job advertisements, 2024.")

    h2("Becoming a professional driver")
    for p in ROUTE_IN:
        para(p)
    caption("Table 4  Apprentice pay (Ausbildungsvergütung)")
    table(T4_HEAD, T4, (70, 100))
    note("Typical allowances in collectively agreed haulage firms; some employers pay more.")

    h2("Allowances on the road")
    para(
        "Drivers away from home receive a tax-free meal allowance (Verpflegungsmehraufwand) for each day: "
        "€14 for a day with more than 8 hours away from home and your first place of work, and €28 for a full "
        "24-hour day away. Drivers who sleep in the cab can also claim a flat €9 per night for overnight "
        "costs such as showers and parking. Different daily rates apply abroad."
    )
    note(
        "Source: Transport & Logistics Careers Service, drawn from an employer pay survey and job advertisements, "
        "January–December 2024. Figures are illustrative medians and rounded."
    )

    OUT.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(OUT))


if __name__ == "__main__":
    build()
    print(OUT)
