# Generates the Albanian postal-services pay guide (PDF) next to this script.
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "pagat_sherbimi_postar_2024-2025.pdf")
FONT = "/usr/share/fonts/truetype/dejavu/"


class Guide(FPDF):
    def header(self):
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(
            0,
            5,
            "Drejtoria Rajonale e Punësimit · Njësia e Orientimit në Karrierë · Fletë informative nr. 14",
            new_x="LMARGIN",
            new_y="NEXT",
            align="R",
        )
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"faqe {self.page_no()}/{{nb}}", align="C")


pdf = Guide(format="A4")
pdf.alias_nb_pages()
pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
pdf.set_auto_page_break(True, margin=18)
pdf.add_page()

pdf.set_font("DejaVu", "B", 16)
pdf.multi_cell(
    0, 8, "Postal, Parcel & Counter Services\nPay and Career Guide 2024–2025", new_x="LMARGIN", new_y="NEXT", align="L"
)
pdf.set_font("DejaVu", "", 10)
pdf.multi_cell(
    0,
    5,
    "Republika e Shqipërisë — for students, jobseekers and school leavers",
    new_x="LMARGIN",
    new_y="NEXT",
    align="L",
)
pdf.ln(3)


def para(t, size=10):
    pdf.set_font("DejaVu", "", size)
    pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(2)


def head(t):
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(1)


head("1. What the work involves")
para(
    "The national postal operator and the licensed parcel companies employ people in three broad streams: "
    "collection and delivery (letter carriers – postierë – and courier-drivers), counter services in post offices "
    "(mail, parcels, pensions, bill payments and money transfers), and sorting and logistics in the regional "
    "processing centres. Most staff start on a fixed-term contract and move to an open-ended contract after "
    "probation. Work starts early: delivery rounds normally begin at 07:00 and counters open at 08:00."
)
para(
    "Pay is set by job category (Kat.) in the collective agreement for the sector. Every position is placed in a "
    "category from III to IX and each category has a band. New staff start at the bottom of the band and move up "
    'with seniority and the annual appraisal; the column "after 5 yrs" shows where a person with a satisfactory '
    "record normally is after five years of service."
)

head("2. Monthly pay by position")

W = [80, 14, 30, 30, 30]
HDR = ["Position (Albanian title)", "Kat.", "Entry", "After 5 yrs", "Top of band"]


def table_header():
    pdf.set_font("DejaVu", "B", 9)
    pdf.set_fill_color(225, 232, 240)
    for w, h in zip(W, HDR):
        pdf.cell(w, 7, h, border=1, align="C", fill=True)
    pdf.ln()


ROWS = [
    ("Sorting operator (Operator sortimi)", "III", "48.500", "53.200", "57.800"),
    ("Letter carrier, urban (Postier)", "III", "50.200", "55.100", "60.400"),
    ("Letter carrier, rural/mountain (Postier rural)", "III", "51.600", "56.700", "62.300"),
    ("Counter clerk (Sportelist)", "IV", "53.900", "59.300", "65.000"),
    ("Courier-driver (Korrier-shofer)", "IV", "56.400", "62.000", "68.100"),
    ("Financial services clerk (Sportelist financiar)", "V", "60.800", "66.900", "73.500"),
    ("Processing centre team leader (Kryeturn)", "VI", "67.300", "74.000", "81.200"),
    ("Post office manager (Përgjegjës zyre postare)", "VII", "74.500", "82.000", "90.100"),
    ("Regional branch manager (Drejtues dege rajonale)", "IX", "112.000", "123.200", "135.500"),
]


def row(r):
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(W[0], 7, r[0], border=1)
    pdf.cell(W[1], 7, r[1], border=1, align="C")
    for w, v in zip(W[2:], r[2:]):
        pdf.cell(w, 7, v, border=1, align="R")
    pdf.ln()


# push the table down so that it breaks across the page, as in the printed leaflet
para(
    "Note for school leavers: the figures below are the contractual base pay. Allowances (section 3) are paid on "
    "top, and overtime on Saturdays or during the December peak is paid separately at the rates in the agreement. "
    "Part-time seasonal staff recruited for the peak are paid pro rata on the Kat. III scale.",
    9,
)
para(
    "Abbreviations: Kat. = kategoria (pay category); QPP = Qendra e Përpunimit Postar (postal processing centre); "
    "DRP = Drejtoria Rajonale Postare (regional postal directorate); yrs = years of service.",
    9,
)
para(
    "Category III positions do not require previous experience. Category IV and above normally require either "
    "experience in a lower category or a relevant vocational qualification; see section 4.",
    9,
)
para(
    "Students who work summer contracts (June–September) are engaged as seasonal sorting operators and are "
    "paid the Kat. III entry figure for each full month worked.",
    9,
)
pdf.set_font("DejaVu", "I", 9)
pdf.multi_cell(
    0,
    5,
    "Table 1. Paga mujore bruto¹, lekë (ALL), scale in force 01.01.2024 – 31.12.2025",
    new_x="LMARGIN",
    new_y="NEXT",
    align="L",
)
pdf.ln(1)
table_header()
for r in ROWS[:5]:
    row(r)
pdf.add_page()
pdf.set_font("DejaVu", "I", 9)
pdf.multi_cell(0, 5, "Table 1 (vazhdim / continued)", new_x="LMARGIN", new_y="NEXT", align="L")
pdf.ln(1)
table_header()
for r in ROWS[5:]:
    row(r)
pdf.set_font("DejaVu", "", 7.5)
pdf.ln(1)
pdf.multi_cell(
    0,
    4,
    "¹ Gross monthly amounts (bruto), before the employee's social and health insurance contributions "
    "(11.2% in total) and personal income tax. Net pay is therefore lower. Figures are rounded to the "
    "nearest 100 lekë.",
    new_x="LMARGIN",
    new_y="NEXT",
    align="L",
)
pdf.ln(4)

head("3. Allowances (shtesa)")
para(
    "Regional supplement. Staff working in zone A (the two largest cities) or in mountain districts (zone M) "
    "receive a fixed monthly supplement on top of the base pay. Zone C districts receive none."
)
W2 = [70, 25, 50]
pdf.set_font("DejaVu", "B", 9)
for w, h in zip(W2, ["District / DRP", "Zone", "Supplement per month"]):
    pdf.cell(w, 7, h, border=1, align="C", fill=True)
pdf.ln()
ZONES = [
    ("Tiranë", "A", "4.000 lekë"),
    ("Durrës", "A", "3.000 lekë"),
    ("Vlorë", "B", "1.500 lekë"),
    ("Shkodër", "B", "1.500 lekë"),
    ("Korçë", "B", "1.500 lekë"),
    ("Elbasan", "B", "1.000 lekë"),
    ("Fier", "B", "1.000 lekë"),
    ("Gjirokastër", "C", "—"),
    ("Kukës", "M", "6.500 lekë"),
    ("Dibër (Peshkopi)", "M", "6.500 lekë"),
    ("Tropojë (Bajram Curri)", "M", "7.200 lekë"),
]
pdf.set_font("DejaVu", "", 9)
for d, z, s in ZONES:
    pdf.cell(W2[0], 6.5, d, border=1)
    pdf.cell(W2[1], 6.5, z, border=1, align="C")
    pdf.cell(W2[2], 6.5, s, border=1, align="R")
    pdf.ln()
pdf.ln(3)
para(
    "Other allowances:\n"
    "• Meal voucher: 250 lekë per day actually worked.\n"
    "• Own-vehicle allowance for letter carriers who use their own scooter or motorbike on the round: "
    "3.000 lekë per month, plus fuel reimbursed against receipts.\n"
    "• Night work in the QPP Tiranë (22:00–06:00): +20% of the hourly base rate.\n"
    "• Cash-handling allowance for counter staff: 2.000 lekë per month."
)

head("4. Entry requirements and training")
para(
    "Letter carriers, sorting operators and counter clerks need completed secondary education (arsim i mesëm i "
    "plotë). Counter clerks take a short numeracy and customer-service test at interview. Courier-drivers must "
    "hold a category B driving licence for at least 2 years and have a clean driving record."
)
para(
    "All new staff attend a 3-week induction course at the regional training centre, covering postal products, "
    "security of valuables and the handheld scanner, followed by a probation period of 6 months. Counter clerks "
    "who want to move to financial services (Kat. V) complete the in-house certificate in payment services."
)

head("5. How to apply")
para(
    "Vacancies are published on the operator's website and on the national employment portal. Send a CV, a copy "
    "of your secondary-school diploma and a certificate of criminal record (vërtetim i gjendjes gjyqësore) issued "
    "within the last three months. Shortlisted candidates are called to a written test and an interview at the "
    "DRP. Our career advisers can help you prepare: book an appointment at your local employment office."
)

pdf.output(OUT)
print("wrote", OUT)
