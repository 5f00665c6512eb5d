"""Build the careers office guide to doctors' pay in Poland (PDF)."""

from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).resolve().parent.parent / "corpus" / "Doctors_pay_in_Poland_2025_Careers_Office.pdf"
FONTS = Path("/usr/share/fonts/truetype/dejavu")


class Guide(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 6, "Careers Office | Doctors' pay in Poland 2025", align="L")
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 6, f"Page {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Guide(format="A4")
pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
pdf.add_font("DejaVu", "I", str(FONTS / "DejaVuSans-Oblique.ttf"))
pdf.set_auto_page_break(True, margin=18)
pdf.set_margins(18, 16, 18)


def h1(text):
    pdf.set_font("DejaVu", "B", 18)
    pdf.multi_cell(0, 9, text)
    pdf.ln(2)


def h2(text):
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 12.5)
    pdf.set_text_color(20, 70, 120)
    pdf.multi_cell(0, 7, text)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def para(text, size=10, style=""):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(0, 5.2, text)
    pdf.ln(2)


def bullets(items):
    pdf.set_font("DejaVu", "", 10)
    for item in items:
        pdf.set_x(22)
        pdf.multi_cell(0, 5.2, "\u2022  " + item)
        pdf.ln(0.8)
    pdf.ln(1.5)


def table(headings, rows, widths, note=None):
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(
        col_widths=widths,
        text_align=["LEFT"] + ["RIGHT"] * (len(headings) - 1),
        line_height=5.4,
        first_row_as_headings=False,
    ) as t:
        head = t.row()
        pdf.set_font("DejaVu", "B", 9)
        for h in headings:
            head.cell(h)
        pdf.set_font("DejaVu", "", 9)
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    if note:
        pdf.set_font("DejaVu", "I", 8.5)
        pdf.multi_cell(0, 4.6, note)
    pdf.ln(3)


pdf.add_page()
pdf.set_font("DejaVu", "", 9)
pdf.set_text_color(20, 70, 120)
pdf.cell(0, 6, "CAREERS OFFICE  |  Faculty of Medicine  |  English Division", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
h1("Doctors' pay in Poland 2025\nA guide for final-year students and interns")
para(
    "Edition: September 2025. Prepared by the Careers Office for students of the six-year medical programme, "
    "including the English Division. All amounts are in Polish złoty (zł, PLN), gross (before income tax and "
    "social and health insurance contributions) and per month, unless stated otherwise.",
    9.5,
    "I",
)

h2("1. How doctors' pay is set")
para(
    "Most doctors in Poland work in public hospitals that hold a contract with the National Health Fund (NFZ). "
    "Their pay has two parts: a basic salary under an employment contract (umowa o pracę), and extra pay for "
    "on-call duty (dyżury medyczne), which for many young doctors adds a third or more to their income. Many "
    "specialists also work, or work only, on a civil-law or self-employed contract (kontrakt, often called B2B), "
    "billing the hospital an hourly rate."
)
para(
    "The basic salary cannot be lower than the statutory minimum set by the Act of 8 June 2017 on the method of "
    "determining the lowest basic salary of certain employees in health care. The minimum is a coefficient "
    "multiplied by a reference amount, which is the average gross monthly wage in the national economy in the "
    "previous year as announced by Statistics Poland (GUS). New minimum amounts apply from 1 July each year."
)

h2("2. Statutory minimum basic salary")
table(
    ["Position", "Coefficient", "From 1 July 2024", "From 1 July 2025"],
    [
        ["Specialist doctor (lekarz specjalista)", "1,45", "10 375,45 zł", "11 863,49 zł"],
        [
            "Doctor without a specialisation, including residents (lekarz bez specjalizacji)",
            "1,19",
            "8 515,02 zł",
            "9 736,25 zł",
        ],
        ["Intern (lekarz stażysta)", "0,95", "6 797,71 zł", "7 772,63 zł"],
    ],
    (80, 24, 33, 33),
    note="Reference amount: 7 155,48 zł for the year from 1 July 2024 and 8 181,72 zł for the year from 1 July 2025. "
    "The same minimum applies to dentists (lekarz dentysta) with the same qualifications.",
)

h2("3. Resident doctors (rezydentura)")
para(
    "A residency (rezydentura) is a specialisation training post funded by the Ministry of Health. The Ministry "
    "sets residents' basic salary separately, and it is higher for specialties it has declared a priority because "
    "there are too few doctors in them. Priority specialties for 2025 include anaesthesiology and intensive care, "
    "emergency medicine, paediatrics, psychiatry, child and adolescent psychiatry, geriatrics, family medicine and "
    "pathomorphology."
)
table(
    ["Resident doctor's basic salary from 1 July 2025", "Years 1\u20132 of residency", "From year 3"],
    [
        ["Non-priority specialty", "9 980,00 zł", "10 540,00 zł"],
        ["Priority specialty", "11 210,00 zł", "11 820,00 zł"],
    ],
    (86, 42, 42),
    note="Residents who work in a hospital that is more than 100 km from their place of residence may also be "
    "entitled to reimbursement of travel costs under the residency contract.",
)

h2("4. What doctors actually earn: our graduate survey")
para(
    "Basic salary is only part of the picture. In March 2025 the Careers Office surveyed 1 180 of our graduates "
    "working as doctors in Poland about their total gross monthly earnings, including on-call duty, in the "
    "voivodeship (region) where they work. The table shows median values, rounded to the nearest 100 zł."
)
table(
    ["Voivodeship (main city)", "Residents, total", "Specialists, employment contract", "Specialists, B2B contract"],
    [
        ["Mazowieckie (Warsaw)", "14 900 zł", "24 300 zł", "31 500 zł"],
        ["Dolnośląskie (Wrocław)", "13 950 zł", "22 800 zł", "29 800 zł"],
        ["Małopolskie (Kraków)", "13 800 zł", "21 900 zł", "28 400 zł"],
        ["Pomorskie (Gdańsk)", "13 600 zł", "22 400 zł", "29 100 zł"],
        ["Wielkopolskie (Poznań)", "13 400 zł", "21 600 zł", "27 900 zł"],
        ["Łódzkie (Łódź)", "13 100 zł", "20 700 zł", "27 200 zł"],
        ["Lubelskie (Lublin)", "12 700 zł", "20 100 zł", "26 300 zł"],
        ["Podkarpackie (Rzeszów)", "12 500 zł", "19 800 zł", "25 900 zł"],
    ],
    (58, 36, 40, 36),
    note="B2B earnings are invoiced amounts before the doctor's own tax and social insurance; they do not include "
    "paid holiday or sick pay. Voivodeships with fewer than 40 responses are not shown.",
)

h2("5. Hourly rates on B2B contracts, by specialty")
para(
    "Specialists on a B2B contract agree an hourly rate with the hospital. The ranges below are the rates reported "
    "by the middle half of the specialists in our survey (from the 25th to the 75th percentile), per hour, gross."
)
table(
    ["Specialty", "Lower rate", "Upper rate"],
    [
        ["Anaesthesiology and intensive care", "195 zł", "285 zł"],
        ["Emergency medicine (SOR)", "175 zł", "255 zł"],
        ["Psychiatry", "165 zł", "240 zł"],
        ["Paediatrics", "155 zł", "225 zł"],
        ["Family medicine (primary care clinic)", "150 zł", "215 zł"],
        ["Internal medicine", "140 zł", "205 zł"],
    ],
    (90, 40, 40),
)

h2("6. On-call duty (dyżury)")
para(
    "On-call duty is counted as working time. Hours on call beyond normal working time are paid as overtime: the "
    "basic hourly rate plus a supplement of 50% for hours on weekdays, and a supplement of 100% for night hours, "
    "Sundays and public holidays. A doctor may take on on-call duty beyond the average 48-hour working week only "
    "after signing a written consent, known as the opt-out clause (klauzula opt-out), which can be withdrawn."
)

h2("7. How to get in: from student to specialist")
bullets(
    [
        "Complete the six-year uniform master's programme in medicine (jednolite studia magisterskie) and receive the "
        "professional title of lekarz.",
        "Apply to a regional medical chamber for a limited licence to practise and complete the 13 months of postgraduate "
        "internship (staż podyplomowy) in an accredited hospital. Interns are paid at least the intern minimum shown in "
        "section 2.",
        "Pass the national final medical examination, the LEK (Lekarski Egzamin Końcowy). You need at least 56% of "
        "correct answers; the LEK result also counts towards the ranking for residency places.",
        "Apply for a specialisation place in the qualifying procedure, which runs twice a year, in spring and autumn, "
        "through the SMK online system. Specialisation takes between four and six years depending on the specialty.",
        "At the end of specialisation, pass the State Specialisation Examination, the PES (Państwowy Egzamin "
        "Specjalizacyjny), to become a specialist.",
    ]
)
para(
    "English Division graduates who do not speak Polish as a first language must also pass the Polish language "
    "examination of the Supreme Medical Chamber (Naczelna Izba Lekarska) before they can receive a licence to "
    "practise. The Careers Office runs medical Polish preparation courses every semester."
)

h2("Sources and notes")
para(
    "Statutory minimum salaries: Act of 8 June 2017, as amended, and the GUS announcement of the average wage. "
    "Residents' salaries: Ministry of Health regulation on residency salaries, 2025. Earnings and hourly rates: "
    "Careers Office graduate survey, March 2025. This guide is for information only; check your own contract and "
    "the regulations in force.",
    9,
)

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print("wrote", OUT)
