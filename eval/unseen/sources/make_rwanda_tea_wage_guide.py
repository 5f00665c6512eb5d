"""Generates the tea sub-sector wage guide PDF (fpdf2), written next to this script."""

import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "SAIC_tea-subsector-wage-guide_2024-2025_RW.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


class Guide(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("dj", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "SAIC – Tea Sub-Sector Employment & Wage Guide 2024–2025", align="L")
        self.ln(7)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("dj", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()} / {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Guide(format="A4")
pdf.add_font("dj", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
pdf.add_font("dj", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
pdf.add_font("dj", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
pdf.set_margins(18, 16, 18)
pdf.set_auto_page_break(True, margin=15)
pdf.alias_nb_pages()
pdf.add_page()
W = pdf.w - pdf.l_margin - pdf.r_margin


def h1(txt):
    pdf.set_font("dj", "B", 12)
    pdf.set_fill_color(34, 94, 52)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(W, 8, "  " + txt, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)


def para(txt, size=9.5, style=""):
    pdf.set_font("dj", style, size)
    pdf.multi_cell(W, 5, txt, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(1.5)


def bullet(txt):
    pdf.set_font("dj", "", 9.5)
    pdf.cell(5, 5, "•")
    pdf.multi_cell(W - 5, 5, txt, new_x="LMARGIN", new_y="NEXT", align="L")


# ---- cover block -------------------------------------------------------
pdf.set_font("dj", "B", 9)
pdf.set_text_color(34, 94, 52)
pdf.cell(
    W, 5, "SENDIKA Y'ABAKOZI B'INGANDA Z'ICYAYI (SAIC)  ·  TEA INDUSTRY WORKERS' UNION", new_x="LMARGIN", new_y="NEXT"
)
pdf.set_font("dj", "", 8.5)
pdf.cell(
    W,
    5,
    "Ishami rishinzwe kugira inama ku mirimo  /  Careers & Members' Advice Desk, Kigali",
    new_x="LMARGIN",
    new_y="NEXT",
)
pdf.set_text_color(0, 0, 0)
pdf.ln(4)
pdf.set_font("dj", "B", 19)
pdf.multi_cell(W, 9, "Tea Sub-Sector Employment\n& Wage Guide 2024–2025", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dj", "I", 11)
pdf.cell(W, 7, "Imishahara n'imirimo mu rwego rw'icyayi – Rwanda", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_draw_color(34, 94, 52)
pdf.set_line_width(0.6)
pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + W, pdf.get_y())
pdf.ln(5)

h1("1. About this guide")
para(
    "This guide is written for school leavers, TVET graduates and current members who want to know what work on a "
    "tea estate or in a tea factory looks like and what it pays. It brings together the grade rates agreed with the "
    "employers' side for the 2024 and 2025 seasons and the piece rates reported to SAIC branch secretaries by each "
    "estate. Rates are quoted in Rwandan francs (Frw) per day worked unless stated otherwise. Where an estate pays "
    "more than the minimum grade rate, the higher figure applies."
)
para(
    "Tea is grown on large estates and by outgrower cooperatives in the high-altitude districts of the Northern, "
    "Western and Southern Provinces. Every factory employs two broad groups of people: field staff, who pluck, "
    "weed, prune and infill the bushes, and factory staff, who wither, roll (CTC), ferment, dry, sort and pack "
    "the made tea. Plucking is the largest single job – an average estate of 500 ha may engage more than "
    "1,200 pluckers (abasoromyi) at the peak of the rainy season."
)

h1("2. Minimum daily rates by grade")
para("Table 1 – Minimum daily wage by grade, estates and factories (gross)", 9.5, "B")

cols1 = [22, 82, 35, 35]
hdr_top = ["Grade", "Occupation", "Daily rate (Frw)", "Daily rate (Frw)"]
hdr_bot = ["", "", "2024 season", "2025 season"]
pdf.set_font("dj", "B", 8.5)
pdf.set_fill_color(222, 236, 224)
for w, t in zip(cols1, hdr_top):
    pdf.cell(w, 5.5, t, border="LTR", fill=True, align="C")
pdf.ln()
for w, t in zip(cols1, hdr_bot):
    pdf.cell(w, 5.5, t, border="LBR", fill=True, align="C")
pdf.ln()
rows1 = [
    ("I", "General field worker (weeding, pruning, infilling)", "1,300", "1,500"),
    ("I-P", "Tea plucker – guaranteed minimum ¹", "1,400", "1,600"),
    ("II", "Factory general hand (withering, sorting, packing)", "1,600", "1,800"),
    ("III", "CTC machine / dryer operator", "2,200", "2,500"),
    ("IV", "Capita (field headman)", "2,700", "3,000"),
    ("V", "Leaf clerk / weighing-shed clerk", "3,000", "3,400"),
    ("VI", "Factory shift supervisor", "4,200", "4,800"),
]
pdf.set_font("dj", "", 8.5)
for r in rows1:
    pdf.cell(cols1[0], 6, r[0], border=1, align="C")
    pdf.cell(cols1[1], 6, r[1], border=1)
    pdf.cell(cols1[2], 6, r[2], border=1, align="R")
    pdf.cell(cols1[3], 6, r[3], border=1, align="R")
    pdf.ln()
pdf.ln(1)
pdf.set_font("dj", "", 7.5)
pdf.multi_cell(
    W,
    4,
    "¹ Pluckers are paid by the kilogram of green leaf (see Table 2). If the piece-rate total for a day falls below the "
    "guaranteed minimum because of bad weather or a poor flush, the estate makes up the difference. "
    "All rates are gross, before RSSB and CBHI (mutuelle de santé) deductions.",
    new_x="LMARGIN",
    new_y="NEXT",
    align="L",
)
pdf.ln(3)

h1("3. Plucking piece rates and earnings by estate")
para("Table 2 – Green-leaf piece rates and average monthly earnings of pluckers, 2025 season", 9.5, "B")

cols2 = [44, 32, 30, 30, 38]


def table2_header(cont=False):
    pdf.set_font("dj", "B", 8.5)
    pdf.set_fill_color(222, 236, 224)
    if cont:
        pdf.set_font("dj", "I", 8)
        pdf.cell(W, 5, "Table 2 (continued)", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dj", "B", 8.5)
    top = ["Estate / factory", "District", "Piece rate", "Daily target", "Avg. monthly"]
    bot = ["", "", "(Frw per kg)", "(kg green leaf)", "earnings* (Frw)"]
    for w, t in zip(cols2, top):
        pdf.cell(w, 5.5, t, border="LTR", fill=True, align="C")
    pdf.ln()
    for w, t in zip(cols2, bot):
        pdf.cell(w, 5.5, t, border="LBR", fill=True, align="C")
    pdf.ln()
    pdf.set_font("dj", "", 8.5)


rows2 = [
    ("Mulindi", "Gicumbi", "42", "40", "48,600"),
    ("Rubaya", "Gicumbi", "40", "38", "45,300"),
    ("Sorwathe (Kinihira)", "Rulindo", "44", "42", "52,800"),
    ("Nyabihu", "Nyabihu", "41", "40", "47,100"),
    ("Pfunda", "Rubavu", "43", "40", "50,200"),
    ("Gisovu", "Karongi", "45", "38", "51,900"),
    ("Rugabano", "Karongi", "42", "38", "47,500"),
    ("Gisakura", "Nyamasheke", "40", "36", "43,700"),
    ("Shagasha", "Rusizi", "39", "36", "42,400"),
    ("Kitabi", "Nyamagabe", "46", "40", "55,100"),
    ("Mata", "Nyaruguru", "41", "38", "46,800"),
    ("Nshili-Kivu", "Nyaruguru", "38", "35", "41,200"),
]
table2_header()
ROW_H = 6.2
for r in rows2:
    if pdf.get_y() + ROW_H > pdf.page_break_trigger:
        pdf.add_page()
        table2_header(cont=True)
    pdf.cell(cols2[0], ROW_H, r[0], border=1)
    pdf.cell(cols2[1], ROW_H, r[1], border=1)
    for i in (2, 3, 4):
        pdf.cell(cols2[i], ROW_H, r[i], border=1, align="R")
    pdf.ln()
pdf.ln(1)
pdf.set_font("dj", "", 7.5)
pdf.multi_cell(
    W,
    4,
    "* Average for a plucker working 24 days in the month, gross. Figures reported by SAIC branch secretaries "
    "for January–June 2025; outgrower cooperatives supplying the same factory may pay differently.",
    new_x="LMARGIN",
    new_y="NEXT",
    align="L",
)
pdf.ln(3)

h1("4. What field and factory work involves")
para(
    "Field work starts at about 6:30 a.m. Pluckers follow a plucking round of 7 to 10 days and pick only "
    "the standard 'two leaves and a bud'. Leaf is weighed twice a day at the weighing shed, where the leaf clerk "
    "records each plucker's kilos against her or his number. Coarse leaf (long stalks, old leaves) is rejected "
    "and not paid, so quality matters as much as speed."
)
para(
    "Factory work runs in shifts, including nights during the peak flush (roughly October–December and "
    "March–May). Operators of CTC rollers and dryers need to be confident with machines and with basic hygiene "
    "rules for food processing."
)

h1("5. Allowances and benefits")
bullet(
    "Transport: Frw 300 per day worked for workers living more than 5 km from the estate and not using estate transport."
)
bullet("Night shift (factory): Frw 500 per night shift, on top of the grade rate.")
bullet("Housing allowance: Frw 15,000 per month for permanent staff in Grades V–VI not housed on the estate.")
bullet("Protective gear: rain cape, apron and gumboots issued free of charge once per season.")
bullet("Overtime: time and a half for hours worked beyond the agreed shift on a normal day.")
pdf.ln(3)

h1("6. Getting in and moving up")
para(
    "Requirements. Applicants must be at least 18 years old and hold a national ID card (indangamuntu). No school "
    "certificate is needed for field grades; factory operators (Grade III) are usually recruited from people with a "
    "TVET certificate in food processing, mechanics or electricity, or promoted from Grade II."
)
para(
    "How to apply. Register at the estate labour office with your ID; most estates hire casual pluckers on Monday "
    "mornings before the peak flush. Permanent vacancies (clerks, supervisors) are posted at the factory gate and "
    "with the sector office."
)
para(
    "Training. New pluckers receive a five-day induction on plucking standards, safe use of pruning knives and "
    "agro-chemical safety. SAIC runs a free literacy and numeracy course for members who want to become leaf clerks."
)
para(
    "Career path. Casual plucker → seasonal contract → permanent plucker → capita → field assistant → field "
    "officer. Field officer and estate manager posts normally require an A1 or A0 diploma in agronomy or crop production."
)
pdf.ln(2)
pdf.set_font("dj", "I", 7.5)
pdf.multi_cell(
    W,
    4,
    "SAIC publishes this guide for information only. Figures are minimum or average rates; individual contracts may "
    "be more favourable. Questions: your branch secretary or the Careers & Members' Advice Desk.",
    new_x="LMARGIN",
    new_y="NEXT",
    align="L",
)

pdf.output(OUT)
print("wrote", OUT)
