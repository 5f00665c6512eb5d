# Generates: postal_salary_schedule_2024-2025_skopje.pdf (fpdf2)
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "postal_salary_schedule_2024-2025_skopje.pdf")
FONT = "/usr/share/fonts/truetype/dejavu/"


class Doc(FPDF):
    def header(self):
        self.set_font("dv", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(
            0, 5, "SRPKD · Annex 2 to the Branch Collective Agreement for Postal and Courier Activities", align="L"
        )
        self.cell(0, 5, "Skopje, June 2024", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(15, 16, 195, 16)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("dv", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.set_margins(15, 15, 15)
pdf.add_font("dv", "", FONT + "DejaVuSans.ttf")
pdf.add_font("dv", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("dv", "I", FONT + "DejaVuSans-Oblique.ttf")
pdf.alias_nb_pages()
pdf.set_auto_page_break(True, margin=18)
pdf.add_page()

W = 180


def h1(t):
    pdf.set_font("dv", "B", 15)
    pdf.multi_cell(W, 7.5, t, new_x="LMARGIN", new_y="NEXT")


def h2(t):
    pdf.ln(3)
    pdf.set_font("dv", "B", 10.5)
    pdf.multi_cell(W, 6, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def para(t, size=9, style=""):
    pdf.set_font("dv", style, size)
    pdf.multi_cell(W, 4.8, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)


def bullet(t):
    pdf.set_font("dv", "", 9)
    pdf.cell(5, 4.8, "•")
    pdf.multi_cell(W - 5, 4.8, t, new_x="LMARGIN", new_y="NEXT")


h1("POSTAL AND COURIER SERVICES\nBasic Salary Schedule 2024–2025")
pdf.set_font("dv", "I", 9)
pdf.multi_cell(
    W,
    5,
    "Union of Workers in Postal and Courier Activities (SRPKD) – English working translation for members. "
    "In case of doubt the Macedonian text of the Agreement prevails.",
    new_x="LMARGIN",
    new_y="NEXT",
)
pdf.ln(2)

h2("1. Scope and validity")
para(
    "This Annex sets the minimum basic salaries and the allowances for employees of the public postal operator and of "
    "the licensed courier companies that have acceded to the Branch Collective Agreement. It applies from 1 July 2024 "
    "to 30 June 2025, after which the amounts stay in force until a new Annex is signed. An employer may pay more "
    "than the amounts below, never less."
)

h2("2. How the basic salary is set")
para(
    "Every post is placed in one of ten grades (I–X). Within each grade the salary rises in three steps according "
    "to completed years of service with any employer. The steps already include the seniority supplement required by "
    "law (минат труд), so no separate 0.5 % per year is added on top of Table 1.¹"
)
para(
    "Part-time employees receive the amounts pro rata. During the probationary period the employee is paid Step A "
    "of the grade in full."
)

h2("Table 1 – Basic monthly salary by grade (gross, ден.)¹")

COLS = [14, 76, 30, 30, 30]
HEAD1 = ["Grade", "Typical position", "Step A", "Step B", "Step C"]
HEAD2 = ["", "", "(0–4 yrs)", "(5–9 yrs)", "(10 yrs +)"]
ROWS_P1 = [
    ("I", "Assistant postal worker (sorting, loading)", "34.850", "36.250", "37.700"),
    ("II", "Mail sorter", "36.400", "37.850", "39.350"),
    ("III", "Letter carrier (поштар)", "38.950", "40.500", "42.100"),
    ("IV", "Parcel courier, motorcycle or van", "40.200", "41.800", "43.450"),
    ("V", "Counter clerk (шалтерски работник)", "42.700", "44.400", "46.150"),
    ("VI", "Senior counter clerk / cashier", "46.300", "48.150", "50.050"),
]
ROWS_P2 = [
    ("VII", "Shift supervisor, sorting centre", "51.800", "53.850", "56.000"),
    ("VIII", "Head of post office, unit up to 8 staff", "57.400", "59.700", "62.100"),
    ("IX", "Head of post office, unit over 8 staff", "64.900", "67.500", "70.200"),
    ("X", "Regional operations coordinator", "73.600", "76.550", "79.600"),
]


def table_head():
    pdf.set_font("dv", "B", 8.5)
    pdf.set_fill_color(225, 230, 240)
    for w, t in zip(COLS, HEAD1):
        pdf.cell(w, 5, t, border="LTR", align="C", fill=True)
    pdf.ln()
    for w, t in zip(COLS, HEAD2):
        pdf.cell(w, 5, t, border="LBR", align="C", fill=True)
    pdf.ln()


def table_rows(rows):
    pdf.set_font("dv", "", 8.5)
    for r in rows:
        for i, (w, t) in enumerate(zip(COLS, r)):
            pdf.cell(w, 6, t, border=1, align="L" if i == 1 else ("C" if i == 0 else "R"))
        pdf.ln()


table_head()
table_rows(ROWS_P1)

# push the rest of Table 1 onto the next page, as in the printed Annex
pdf.ln(2)
pdf.set_font("dv", "I", 8)
pdf.cell(W, 4, "Table 1 continues on the next page →", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
para(
    "Note to Table 1. Grades III and IV are paid for a 40-hour week on a delivery route or in a courier depot. "
    "Letter carriers who also sell products door to door (lottery, subscriptions) are not entitled to a higher grade "
    "for that work; commission is agreed at company level.",
    size=8.5,
)
pdf.ln(1)
para(
    "Parcel couriers who use a company vehicle are responsible for the daily vehicle check list. Couriers who use a "
    "private vehicle are paid the vehicle costs under the company rulebook, not under this Annex.",
    size=8.5,
)
pdf.ln(60)

pdf.add_page()
pdf.set_font("dv", "B", 9)
pdf.cell(W, 5, "Table 1 (continued) – Basic monthly salary by grade (gross, ден.)", new_x="LMARGIN", new_y="NEXT")
table_head()
table_rows(ROWS_P2)
pdf.ln(1)
pdf.set_font("dv", "", 7.5)
pdf.multi_cell(
    W,
    4,
    "¹ All amounts are in Macedonian denars (ден.), gross (бруто), per month, for full-time work of 40 hours "
    "a week. Net pay after personal income tax and social contributions is roughly 66–68 % of the gross figure.",
    new_x="LMARGIN",
    new_y="NEXT",
)
pdf.ln(2)

h2("Table 2 – Allowances (додатоци)")
ACOLS = [88, 52, 40]
pdf.set_font("dv", "B", 8.5)
pdf.set_fill_color(225, 230, 240)
for w, t in zip(ACOLS, ["Allowance", "Amount", "Who / how paid"]):
    pdf.cell(w, 6, t, border=1, align="C", fill=True)
pdf.ln()
ALLOW = [
    ("Night work (22:00–06:00)", "+35 % of hourly rate", "all grades"),
    ("Work on Sundays and public holidays", "+50 % of hourly rate", "all grades"),
    ("Overtime", "+35 % of hourly rate", "max. 8 hrs/week"),
    ("Rural delivery route over 15 km", "180 ден. per working day", "letter carriers"),
    ("Use of own bicycle on delivery", "1.200 ден. per month", "letter carriers"),
    ("Cash handling (blagajna)", "2.500 ден. per month", "grades V–VI"),
    ("Meal allowance (топол оброк)²", "5.850 ден. per month", "all, net"),
    ("Annual leave allowance (регрес)²", "9.000 ден. once a year", "all, net"),
]
pdf.set_font("dv", "", 8.5)
for r in ALLOW:
    for w, t in zip(ACOLS, r):
        pdf.cell(w, 6, t, border=1)
    pdf.ln()
pdf.set_font("dv", "", 7.5)
pdf.multi_cell(
    W,
    4,
    "² Paid net and not part of the basic salary; not taken into account when overtime is calculated.",
    new_x="LMARGIN",
    new_y="NEXT",
)
pdf.ln(2)

h2("Table 3 – Supplement for difficult delivery areas (gross, ден. per month)")
para(
    "Paid to letter carriers and parcel couriers permanently assigned to a delivery unit listed below. The list is "
    "reviewed every year with the regional managers.",
    size=8.5,
)
DCOLS = [90, 45]
pdf.set_font("dv", "B", 8.5)
for w, t in zip(DCOLS, ["Delivery unit(s)", "Supplement"]):
    pdf.cell(w, 6, t, border=1, align="C", fill=True)
pdf.ln()
AREAS = [
    ("Skopje (all units)", "–"),
    ("Kumanovo", "900"),
    ("Bitola", "1.200"),
    ("Ohrid and Struga", "1.500"),
    ("Kičevo", "2.100"),
    ("Kriva Palanka", "3.200"),
    ("Berovo and Pehčevo", "3.500"),
    ("Debar", "3.800"),
    ("Mavrovo and Rostuše", "4.600"),
]
pdf.set_font("dv", "", 8.5)
for a, v in AREAS:
    pdf.cell(DCOLS[0], 6, a, border=1)
    pdf.cell(DCOLS[1], 6, v, border=1, align="R")
    pdf.ln()

h2("3. Entry requirements, training and promotion")
bullet("Grades I–II: completed primary education; a medical certificate of fitness for physical work.")
bullet(
    "Grades III–VI: completed secondary education (средно образование). Parcel couriers also need a "
    "category A or B driving licence."
)
bullet(
    "New letter carriers and counter clerks complete a 10-working-day induction at the regional sorting "
    "centre, followed by a probationary period of 3 months."
)
bullet(
    "Promotion to grade VII requires at least 3 years in grade V or VI and a pass in the internal "
    "operations exam, held twice a year (March and October)."
)
pdf.ln(2)

h2("4. How to apply")
para(
    "Vacancies are advertised on the operators' own websites and through the Employment Service Agency (АВРСМ). "
    "Send a CV, a copy of your school certificate and, for courier posts, your driving licence. Short-listed "
    "candidates are invited to a practical test (sorting by postcode, or a cash-counting exercise for counter posts) "
    "and an interview. Members of SRPKD can ask the union office for help with the application."
)

pdf.output(OUT)
print("wrote", OUT)
