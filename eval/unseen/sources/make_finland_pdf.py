"""Generate an English summary of a Finnish forest machine sector collective agreement (pay tables)."""

import os

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus", "Metsakonealan_TES_2025-2027_palkkaliite_EN.pdf")
FD = "/usr/share/fonts/truetype/dejavu/"

TEXT = []  # for verification


class Doc(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(
            0,
            5,
            "Metsä- ja Koneliitto ry  |  Metsäkonealan työehtosopimus 1.3.2025–28.2.2027  |  Palkkaliite / Pay appendix (EN)",
            align="L",
        )
        self.ln(7)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(
            0,
            5,
            f"Unofficial English translation – in case of dispute the Finnish text prevails.   Sivu {self.page_no()}/{{nb}}",
            align="C",
        )
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.alias_nb_pages()
pdf.add_font("DejaVu", "", FD + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FD + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FD + "DejaVuSans-Oblique.ttf")
pdf.set_auto_page_break(True, 18)
pdf.set_margins(18, 15, 18)
pdf.add_page()


def h(txt, size=13):
    TEXT.append(txt)
    pdf.set_font("DejaVu", "B", size)
    pdf.multi_cell(0, size * 0.5, txt, align="L")
    pdf.ln(1.5)


def p(txt, size=9.5, style=""):
    TEXT.append(txt)
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(0, 5, txt, align="L")
    pdf.ln(1.8)


def table(rows, widths, head_rows=1, size=8.5, aligns=None):
    for r in rows:
        TEXT.extend(r)
    pdf.set_font("DejaVu", "", size)
    with pdf.table(
        col_widths=widths,
        headings_style=FontFace(emphasis="BOLD", fill_color=(220, 230, 215)),
        line_height=5.2,
        text_align=aligns or "LEFT",
        num_heading_rows=head_rows,
    ) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)


h("METSÄKONEALAN TYÖEHTOSOPIMUS 2025–2027", 15)
h("Collective Agreement for the Forest Machine Sector – Pay appendix and key terms (English summary)", 11)
p(
    "Agreed between Metsä- ja Koneliitto ry (employees) and Metsäkoneyrittäjät ry (employers). Agreement period "
    "1.3.2025–28.2.2027. This summary is produced by the union's service centre for members whose first language is "
    "not Finnish, including seasonal and foreign operators. It covers forest machine operators (metsäkoneenkuljettajat) "
    "employed by harvesting contractors, and forest workers (metsurit) doing manual silviculture for the same employers.",
    size=9,
)

h("1 § General pay increases", 11)
p("Pay increases take effect from the start of the pay period beginning on or after the dates below:")
p(
    "•  from 1.5.2025: general increase 3,0 % to hourly wages and to the pay group minimums;\n"
    "•  from 1.5.2026: general increase 3,1 %.\n"
    "Piece rates (Section 4) are raised by the same percentages."
)

h("2 § Pay groups and minimum hourly wages for forest machine operators", 11)
p(
    "Each operator is placed in a pay group (palkkaryhmä, PR) according to the machine they mainly operate and the "
    "demands of the work site. The employer must confirm the pay group in writing within the trial period. Pay group "
    "minimums in euros per hour (€/h):"
)

table(
    [
        ["Pay group", "Description of work", "from 1.5.2025", "from 1.5.2026"],
        ["PR 1", "Trainee operator, less than 6 months' experience on any forest machine", "14,38 €/h", "14,83 €/h"],
        ["PR 2", "Forwarder (kuormatraktori) operator", "15,92 €/h", "16,41 €/h"],
        ["PR 3", "Harvester (hakkuukone) operator, final fellings and normal thinnings", "16,87 €/h", "17,39 €/h"],
        [
            "PR 4",
            "Harvester operator, demanding sites: first thinnings, steep or peatland sites, night work in winter",
            "17,74 €/h",
            "18,29 €/h",
        ],
        [
            "PR 5",
            "Lead operator / operator-trainer responsible for machine chain or onboarding new operators¹",
            "18,66 €/h",
            "19,24 €/h",
        ],
    ],
    widths=(16, 98, 28, 28),
    aligns=("LEFT", "LEFT", "RIGHT", "RIGHT"),
)
p("¹ PR 5 requires at least 5 years' experience and a written assignment from the employer.", size=7.5, style="I")

p(
    "Monthly equivalent. The wages in this agreement are hourly wages. As an example, a full-time PR 3 harvester "
    "operator working 160 hours in a month earns about 2 699 € per month before tax from 1.5.2025 (160 × 16,87 €). "
    "A PR 1 trainee earns about 2 301 € for the same hours."
)

h("2.1 Experience supplement (kokemuslisä)", 10)
p(
    "On top of the pay group wage, operators receive an experience supplement calculated as a percentage of their "
    "pay group wage. Experience with previous employers counts if it is shown with work certificates."
)
table(
    [
        ["Forest machine experience", "Supplement"],
        ["3 years", "3 %"],
        ["6 years", "6 %"],
        ["10 years or more", "8 %"],
    ],
    widths=(80, 40),
    aligns=("LEFT", "RIGHT"),
)

h("3 § Allowances", 11)
table(
    [
        ["Allowance", "1.5.2025–30.4.2026", "from 1.5.2026"],
        ["Evening work supplement (iltatyölisä), 18–22", "1,42 €/h", "1,46 €/h"],
        ["Night work supplement (yötyölisä), 22–06", "2,94 €/h", "3,03 €/h"],
        ["Saturday supplement (lauantailisä), from 13.00", "2,05 €/h", "2,11 €/h"],
        ["Sunday and church holiday work", "+100 % of hourly wage", "+100 % of hourly wage"],
        ["Machine cleaning & maintenance outside shift", "paid as working time", "paid as working time"],
    ],
    widths=(90, 40, 40),
    aligns=("LEFT", "RIGHT", "RIGHT"),
)
p(
    "Overtime: the first two hours of daily overtime are paid at +50 %, and any further hours at +100 %. Weekly "
    "overtime is paid at +50 % for the first 8 hours and +100 % thereafter."
)

h("3.1 Travel and daily allowances (matkakustannusten korvaukset)", 10)
p(
    "When the work site is more than 15 km from the operator's home and more than 15 km from the main workplace, "
    "travel expenses are compensated according to the Tax Administration's decision for 2025:"
)
table(
    [
        ["Compensation", "2025"],
        ["Full daily allowance (kokopäiväraha), trip over 10 hours", "51 €"],
        ["Partial daily allowance (osapäiväraha), trip over 6 hours", "24 €"],
        ["Meal allowance (ateriakorvaus)", "13,25 €"],
        ["Own car, kilometre allowance", "0,59 €/km"],
        ["Accommodation at site (site hut or rented cabin)", "provided by employer"],
    ],
    widths=(120, 50),
    aligns=("LEFT", "RIGHT"),
)

h("4 § Forest workers (metsurit) – hourly wages and piece rates", 11)
p(
    "Forest workers doing manual silviculture – planting, early cleaning of seedling stands (taimikonhoito) and "
    "clearing saw work – are paid either by the hour or by piece rate (urakkapalkka). On piece work the worker must "
    "be able to earn at least 15 % more than the hourly wage of their group."
)
table(
    [
        ["Work", "Group", "from 1.5.2025", "from 1.5.2026"],
        ["Forest worker, basic (metsuri I)", "hourly", "14,10 €/h", "14,54 €/h"],
        ["Forest worker, experienced, with clearing saw (metsuri II)", "hourly", "14,96 €/h", "15,42 €/h"],
        ["Tree planting, bare-root and container seedlings", "piece rate", "0,21 € / seedling", "0,22 € / seedling"],
        ["Tree planting, with planting tube on prepared soil", "piece rate", "0,17 € / seedling", "0,18 € / seedling"],
        ["Early cleaning of seedling stand²", "piece rate", "from 265 € / ha", "from 273 € / ha"],
    ],
    widths=(82, 24, 32, 32),
    aligns=("LEFT", "LEFT", "RIGHT", "RIGHT"),
)
p(
    "² The hectare price is agreed site by site from a stem-density survey; the figure shown is the minimum for "
    "sites under 8 000 stems per hectare.",
    size=7.5,
    style="I",
)

h("5 § Working time", 11)
p(
    "Regular working time is 8 hours per day and 40 hours per week. Because harvesting is seasonal and often done "
    "in shifts, working time may also be arranged as an average: at most 120 hours in a three-week period, or up to "
    "10 hours per shift in two-shift work. Harvester operators usually work two shifts (05.00–14.30 and 14.30–24.00) "
    "in winter. Spring thaw (kelirikko, usually April–May) is a low season when machines move to dry sites or the "
    "operator takes annual holiday."
)

h("6 § Annual holiday and holiday bonus", 11)
p(
    "Holiday accrues at 2 days per full month of employment in the first holiday credit year, and 2,5 days per "
    "month after one year of employment – in practice 30 working days (5 weeks) a year. A holiday bonus "
    "(lomaraha) of 50 % of holiday pay is paid when the employee returns from holiday on the agreed date."
)

h("7 § Trial period and sick pay", 11)
p(
    "The trial period may be at most 6 months. Sick pay: full pay from the day after the onset of illness, for up to "
    "28 days after 3 years of employment with the same employer (shorter periods for shorter employment)."
)

h("8 § How do I become a forest machine operator? (Koulutus)", 11)
p(
    "Most operators complete the Vocational Qualification in Forestry (metsäalan perustutkinto), study programme "
    "for forest machine operators. It is 180 competence points (osaamispistettä) and normally takes about 3 years "
    "for school leavers; adults with work experience can finish in 1–2 years. Training is free of charge at "
    "vocational institutions. The qualification can also be completed as an apprenticeship (oppisopimus), where the "
    "trainee is employed by a harvesting contractor and paid at least the PR 1 wage."
)
p(
    "Experienced operators may go on to the Further Vocational Qualification for Forest Machine Operators "
    "(metsäkoneenkuljettajan ammattitutkinto). Simulator training is widely used before first work on a real "
    "harvester. A driving licence (category B) is required by almost all employers, and category CE is an advantage "
    "for moving machines on a low-loader."
)

h("9 § Entry into force", 11)
p(
    "This appendix is part of the collective agreement signed in Helsinki on 14.3.2025 and is generally binding "
    "(yleissitova) for the sector. Questions: Metsä- ja Koneliitto ry, member service, jasenpalvelu@metsajakone.fi, "
    "puh. 020 774 3100 (weekdays 9–15).",
    size=9,
)

pdf.output(OUT)
print("wrote", OUT)
