import os

from fpdf import FPDF

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus", "SML_orkesterimuusikot_palkkataulukot_2025_EN.pdf")
FD = "/usr/share/fonts/truetype/dejavu/"


class P(FPDF):
    def header(self):
        self.set_font("DV", "B", 9)
        self.cell(120, 5, "Suomen Muusikkojen Liitto ry  |  Finnish Musicians' Union")
        self.set_font("DV", "", 9)
        self.cell(0, 5, f"{self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(120, 5, "JÄSENTIEDOTE / Member bulletin 4/2025")
        self.cell(0, 5, "23.5.2025", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(15, self.get_y() + 1, 195, self.get_y() + 1)
        self.ln(5)

    def footer(self):
        self.set_y(-15)
        self.set_font("DV", "", 7.5)
        self.cell(
            0,
            4,
            "Suomen Muusikkojen Liitto ry · Helsinki · www.muusikkojenliitto.fi · Unofficial English translation – in case of dispute the Finnish text of the agreement prevails.",
            align="C",
        )


pdf = P(format="A4")
pdf.set_margins(15, 15, 15)
pdf.add_font("DV", "", FD + "DejaVuSans.ttf")
pdf.add_font("DV", "B", FD + "DejaVuSans-Bold.ttf")
pdf.add_font("DV", "I", FD + "DejaVuSans-Oblique.ttf")
pdf.alias_nb_pages()
pdf.add_page()


def h(t, size=12):
    pdf.set_font("DV", "B", size)
    pdf.multi_cell(0, 6.5, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


LINES = []


def p(t, size=9.5, style=""):
    pdf.set_font("DV", style, size)
    LINES.extend(pdf.multi_cell(0, 5, t, dry_run=True, output="LINES"))
    pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def table(head, rows, widths, size=8.5):
    pdf.set_font("DV", "B", size)
    pdf.set_fill_color(225, 230, 240)
    for t, w in zip(head, widths):
        pdf.cell(w, 7, t, border=1, align="C", fill=True)
    pdf.ln()
    pdf.set_font("DV", "", size)
    for r in rows:
        for i, (t, w) in enumerate(zip(r, widths)):
            pdf.cell(w, 6, t, border=1, align="L" if i == 0 else "R")
        pdf.ln()
    pdf.ln(2)


h("ORKESTERIMUUSIKOIDEN PALKAT 2025\nOrchestra musicians' pay from 1.6.2025", 14)
p(
    "Orchestra collective agreement (Orkesterimuusikoiden työehtosopimus) for municipal and foundation-run professional "
    "orchestras, agreement period 1.4.2025–31.3.2027. This bulletin lists the minimum monthly salaries (tehtäväkohtainen "
    "palkka) and the most common allowances. Salaries are gross, in euros per month, for full-time musicians."
)
p(
    "Pay increases agreed for 2025: a general increase (yleiskorotus) of 3,0 % from 1.6.2025, and a local "
    "orchestra-specific pot (paikallinen erä) of 0,6 % of the payroll, to be negotiated and allocated by 31.10.2025. "
    "The next general increase, 2,8 %, is due on 1.6.2026. The local pot is not included in the tables below."
)

h("1  Pay groups of orchestras¹", 11)
table(
    ["Pay group", "Orchestra size", "Examples"],
    [
        ["I", "70 or more permanent posts", "symphony orchestras of the large cities"],
        ["II", "40–69 permanent posts", "regional city orchestras"],
        ["III", "under 40 permanent posts", "chamber and smaller city orchestras"],
    ],
    [25, 60, 95],
)

h("2  Minimum monthly salaries, € / month (from 1.6.2025)", 11)
table(
    ["Position (tehtävä)", "Pay group I", "Pay group II", "Pay group III"],
    [
        ["Tutti player (tuttisoittaja)", "3 412,50 €", "3 186,20 €", "2 954,80 €"],
        ["Sub-principal (äänenjohtajan varamies)", "3 755,30 €", "3 497,10 €", "3 241,60 €"],
        ["Principal (äänenjohtaja)", "4 190,40 €", "3 902,90 €", "3 598,00 €"],
        ["Co-concertmaster (II konserttimestari)", "4 604,70 €", "4 282,50 €", "–²"],
        ["Concertmaster (I konserttimestari)", "5 318,90 €", "4 936,40 €", "4 512,20 €"],
        ["Orchestra librarian (nuotistonhoitaja)", "2 871,60 €", "2 702,30 €", "2 566,90 €"],
    ],
    [72, 36, 36, 36],
)
p(
    "¹ The pay group is determined by the number of permanent posts on 1 January of the calendar year. "
    "² Pay group III orchestras do not normally have a co-concertmaster post; if one is established, the salary is agreed locally "
    "but must be at least the principal's salary.",
    7.5,
    "I",
)

h("3  Experience increments (ikälisät)", 11)
p(
    "In addition to the minimum salary, musicians receive an experience increment based on the years of professional "
    "orchestra service, including service in foreign orchestras and as a regular substitute. The increment is calculated as a "
    "percentage of the minimum salary; the percentages are not cumulative."
)
table(
    ["Orchestra service", "Increment"],
    [["3 years", "3,0 %"], ["8 years", "7,5 %"], ["13 years", "12,0 %"], ["18 years", "16,5 %"]],
    [60, 40],
)
p(
    "Example: a tutti violinist in a pay group I orchestra with 9 years of orchestra service earns at least "
    "3 412,50 € + 7,5 % = 3 668,44 € per month."
)

h("4  Allowances and fees", 11)
p(
    "Instrument allowance (soitinkorvaus). Musicians who play their own instrument at work are paid an instrument allowance of "
    "63,00 € per month; for double bass, harp, tuba, contrabassoon and timpani players using their own instruments the "
    "allowance is 95,00 € per month. Strings and bows are paid by the musician."
)
p(
    "Doubling (vaihtosoitin). Playing a secondary instrument (e.g. piccolo, cor anglais, E-flat clarinet, Wagner tuba) in a "
    "production is compensated with 45,80 € per production, unless the secondary instrument is part of the post description."
)
p(
    "Extra services. Working time in orchestras is measured in services (palvelus): one rehearsal or concert lasting at most "
    "3 hours. The normal workload is on average 8 services per week, and at most 10 services in any one week. An extra "
    "service above the agreed schedule is paid at 1/28 of the monthly salary increased by 50 %."
)
p(
    "Holiday bonus (lomaraha) is 50 % of the holiday pay and is paid with the June salary. Musicians earn 2,5 holiday days for "
    "each full month of service (2 days during the first year)."
)

h("5  Substitutes and extra musicians (avustajat)", 11)
p("Freelance substitutes are paid per service. The minimum fees from 1.6.2025 are:")
table(
    ["", "Pay group I", "Pay group II", "Pay group III"],
    [
        ["Tutti, per service", "138,00 €", "124,00 €", "112,00 €"],
        ["Principal / solo part, per service", "172,00 €", "155,00 €", "140,00 €"],
    ],
    [72, 36, 36, 36],
)
p(
    "A concert day with a dress rehearsal counts as at least two services. Travel time over 2 hours is compensated separately."
)

h("6  How to become an orchestra musician", 11)
p(
    "Most members of Finnish professional orchestras hold a Master of Music degree (MuM, musiikin maisteri). At the Sibelius Academy "
    "of the Uniarts Helsinki the classical performance programme takes about 5,5 years (bachelor's degree 3 years + master's degree "
    "2,5 years); performance degrees are also offered by universities of applied sciences (Bachelor of Culture and Arts, "
    "musiikkipedagogi / muusikko, 4 years)."
)
p(
    "Permanent posts are filled through auditions (koesoitto), which are advertised on the union's website and usually held in "
    "2–3 rounds. The first round is typically played behind a screen. A successful candidate starts with a trial period "
    "(koeaika) of 6 months, during which both the musician and the orchestra may end the contract. Many young musicians first work "
    "as substitutes (avustaja) or in fixed-term posts before winning a permanent position."
)
p("Questions about your salary? Contact the union's collective agreement team: tes@muusikkojenliitto.fi.", 9, "I")

pdf.output(OUT)
os.makedirs(os.path.join(os.path.dirname(__file__), "_text"), exist_ok=True)
open(os.path.join(os.path.dirname(__file__), "_text", "pdf_prose_lines.txt"), "w", encoding="utf-8").write(
    "\n".join(LINES)
)
print("wrote", OUT)
