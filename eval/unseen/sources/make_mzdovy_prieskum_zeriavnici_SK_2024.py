# Generator: wage survey of crane operators, Slovak Republic, 2024 (PDF, fpdf2)
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mzdovy_prieskum_zeriavnici_SK_2024.pdf")
FONT = "/usr/share/fonts/truetype/dejavu/"


class Doc(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "ZŽS  |  Mzdový prieskum / Wage Survey 2024  |  Lifting equipment operation", align="L")
        self.ln(7)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Združenie žeriavnikov Slovenska, Žilina  ·  strana {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
pdf.alias_nb_pages()
pdf.set_auto_page_break(True, margin=20)
pdf.set_margins(18, 15, 18)


def h1(t):
    pdf.set_font("DejaVu", "B", 17)
    pdf.multi_cell(0, 8, t)
    pdf.ln(2)


def h2(t):
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(0, 6, t)
    pdf.ln(1)


def para(t, size=10, style=""):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(0, 5, t, align="L")
    pdf.ln(2)


def bullet(t):
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(5, 5, "–")
    pdf.multi_cell(0, 5, t, align="L")
    pdf.ln(0.5)


# ---------------- page 1 ----------------
pdf.add_page()
h1("Lifting Equipment Operation in Construction and Industry\nWage Survey 2024 – Slovak Republic")
para(
    "Prepared by the Združenie žeriavnikov Slovenska (ZŽS) for members, training centres and school "
    "careers advisers. Survey period: January–December 2024; data collected from 212 employers and "
    "1 064 operator payslips.",
    9,
    "I",
)

h2("1. Who this survey covers")
para(
    "The survey covers employees whose main task is operating lifting equipment: tower cranes on "
    "building sites (vežové žeriavy, TC), mobile and truck-mounted cranes (autožeriavy, MC) and overhead "
    "and gantry cranes in factories, steelworks and warehouses (mostové a portálové žeriavy, OC). "
    "Self-employed operators (živnostníci) who rent out their own machine are not included, as their "
    "invoiced rates also cover fuel, insurance and the machine itself."
)

h2("2. Key figures")
bullet("Average gross monthly wage, all crane categories, whole SR: 1 812 €")
bullet("Median gross hourly wage, all categories: 10,45 €")
bullet("Share of operators aged 50 or over: 46 %")
bullet("Change against 2023 (all categories): +6,1 %")
pdf.ln(2)
para(
    "Mobile crane operators remain the best paid group in every region, mainly because of on-call "
    "duty, travel between sites and the responsibility for slinging plans on heavy lifts. Overhead crane "
    "operators in industry earn less in base pay but more often work in three shifts, which adds night "
    "and weekend supplements not shown in Table 1."
)

h2("3. Becoming a crane operator")
para(
    "Operating a crane requires a valid crane operator's licence (preukaz žeriavnika) for the relevant "
    "class of crane. The licence is issued after an approved course at an authorised training "
    "organisation and an examination before an inspector of Technická inšpekcia, a.s. Applicants must be "
    "at least 18 years old and hold a certificate of medical fitness from an occupational physician; "
    "tower crane operators are also examined for work at height. The typical course fee reported by "
    "training centres in 2024 was 460 € for one crane class; many employers pay it for new hires in "
    "return for a commitment to stay two years."
)
para(
    "Most newcomers come from building trades or from driving heavy goods vehicles (a category C "
    "driving licence is expected for truck-mounted cranes). After five to seven years, experienced "
    "operators often move into lift supervision (vedúci zdvíhacích prác) or instructor roles."
)

# ---------------- page 2 : table 1 starts ----------------
pdf.add_page()
h2("4. Pay by region")
para(
    "Table 1 gives the average gross monthly wage by self-governing region (kraj) and crane category, "
    "together with the median gross hourly wage for all categories. Regions are shown with their usual "
    "two-letter abbreviations. Regional figures are based on the place of work, not the employer's seat."
)
para(
    "Operators working away from home (mainly MC crews from eastern Slovakia employed on sites in BA "
    "and TT) additionally receive travel reimbursements (cestovné náhrady), which are not wages and are "
    "not included."
)
pdf.ln(2)

cols = [52, 30, 30, 30, 32]
head1 = ["Region (kraj)", "Tower crane", "Mobile crane", "Overhead /", "Median hourly,"]
head2 = ["", "TC", "MC", "gantry OC", "all categories"]
rows = [
    ("Bratislavský (BA)", "2 140", "2 310", "1 720", "12,40"),
    ("Trnavský (TT)", "1 860", "1 990", "1 580", "10,75"),
    ("Trenčiansky (TN)", "1 790", "1 905", "1 545", "10,30"),
    ("Nitriansky (NR)", "1 765", "1 880", "1 510", "10,15"),
    ("Žilinský (ZA)", "1 820", "1 955", "1 600", "10,60"),
    ("Banskobystrický (BB)", "1 640", "1 770", "1 430", "9,45"),
    ("Prešovský (PO)", "1 585", "1 715", "1 395", "9,10"),
    ("Košický (KE)", "1 690", "1 845", "1 610", "9,80"),
]


def table_head(caption):
    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(0, 5, caption)
    pdf.ln(1)
    pdf.set_font("DejaVu", "B", 9)
    pdf.set_fill_color(225, 232, 240)
    for w, t in zip(cols, head1):
        pdf.cell(w, 6, t, border="LTR", fill=True, align="C")
    pdf.ln()
    for w, t in zip(cols, head2):
        pdf.cell(w, 6, t, border="LBR", fill=True, align="C")
    pdf.ln()


def table_rows(rs):
    pdf.set_font("DejaVu", "", 9)
    for r in rs:
        for i, (w, t) in enumerate(zip(cols, r)):
            pdf.cell(w, 6.5, t, border=1, align="L" if i == 0 else "R")
        pdf.ln()


# push the table towards the page bottom so it breaks naturally after row 5
para(
    "Note on method: where fewer than 15 payslips were available for a region and crane category, "
    "figures from 2023 were indexed by the national wage change. This applied to OC in PO and BB.",
    9,
    "I",
)
pdf.ln(60)
table_head("Table 1  Average gross monthly wage in € (2024), by region and crane category¹")
table_rows(rows[:5])
pdf.set_font("DejaVu", "I", 8)
pdf.cell(0, 5, "continued on next page", align="R")

pdf.add_page()
table_head("Table 1 (continued)  Average gross monthly wage in € (2024)¹")
table_rows(rows[5:])
pdf.ln(2)
pdf.set_font("DejaVu", "", 7.5)
pdf.multi_cell(
    0,
    4,
    align="L",
    text="¹ Gross wage (hrubá mzda) before employee social and health insurance contributions and "
    "income tax advance; includes the basic wage and regular monthly bonuses, excludes supplements "
    "for night, weekend and holiday work, overtime, and travel reimbursements. Hourly column: € per "
    "hour worked, gross.",
)
pdf.ln(4)

h2("5. Pay by length of experience")
para(
    "Table 2 shows tower crane (TC) operators only, whole SR, because only this group had enough "
    "payslips in every experience band."
)
cols2 = [70, 50, 50]
pdf.set_font("DejaVu", "B", 9)
for w, t in zip(cols2, ["Years as licensed operator", "Gross monthly (€)", "Gross hourly (€)"]):
    pdf.cell(w, 6.5, t, border=1, fill=True, align="C")
pdf.ln()
pdf.set_font("DejaVu", "", 9)
for r in [
    ("under 2 years", "1 480", "8,55"),
    ("2 – 5 years", "1 650", "9,50"),
    ("5 – 10 years", "1 810", "10,40"),
    ("10 – 20 years", "1 940", "11,15"),
    ("over 20 years", "2 025", "11,65"),
]:
    for i, (w, t) in enumerate(zip(cols2, r)):
        pdf.cell(w, 6.5, t, border=1, align="L" if i == 0 else "R")
    pdf.ln()
pdf.ln(4)

h2("6. Supplements (príplatky)")
para(
    "The Labour Code (Zákonník práce) sets minimum supplements per hour; many collective agreements "
    "pay more. Figures below are the statutory minimums for 2024 unless stated otherwise."
)
bullet("Night work (22:00–06:00): at least 40 % of the minimum hourly wage (50 % for risk work)")
bullet("Saturday work: at least 50 % of the minimum hourly wage; Sunday work: at least 100 %")
bullet("Work on a public holiday: at least 100 % of the employee's average earnings")
bullet("Work-at-height supplement (company agreements, not statutory): typically 0,50 € per hour in the cab")
pdf.ln(3)
para(
    "Questions about the survey: prieskum@zzs-zeriavnici.sk. Reproduction for careers guidance "
    "purposes is permitted with acknowledgement of the source.",
    9,
    "I",
)

pdf.output(OUT)
print("wrote", OUT)
