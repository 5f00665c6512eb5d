from pathlib import Path

from fpdf import FPDF

D = "/usr/share/fonts/truetype/dejavu/"


class P(FPDF):
    def header(self):
        self.set_font("DV", "B", 9)
        self.set_text_color(120, 20, 30)
        self.cell(
            0,
            6,
            "ATLAS TALENT PARTNERS  |  Cabinet de recrutement  |  Tanger · Kénitra · Casablanca",
            align="L",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 7)
        self.cell(
            0,
            5,
            f"Atlas Talent Partners SARL – RC Tanger 98 417 – ICE 002 345 678 000 091 – Salary Guide 2025, page {self.page_no()}",
            align="C",
        )


p = P(format="A4")
p.set_margins(14, 14, 14)
p.add_font("DV", "", D + "DejaVuSans.ttf")
p.add_font("DV", "B", D + "DejaVuSans-Bold.ttf")
p.set_auto_page_break(True, 18)
p.add_page()
p.set_font("DV", "B", 17)
p.multi_cell(0, 9, "Salary Guide 2025 — Automotive Industry, Morocco", align="L", new_x="LMARGIN", new_y="NEXT")
p.set_font("DV", "", 10)
p.multi_cell(
    0,
    5.5,
    "Wiring harness, seating, stamping and assembly plants in Tanger Automotive City, Tanger Med Zones and Kénitra Atlantic Free Zone. Published March 2025.",
    align="L",
    new_x="LMARGIN",
    new_y="NEXT",
)
p.ln(3)


def para(title, text):
    p.set_font("DV", "B", 12)
    p.multi_cell(0, 7, title, align="L", new_x="LMARGIN", new_y="NEXT")
    p.set_font("DV", "", 9.5)
    p.multi_cell(0, 5, text, align="L", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)


para(
    "About this guide",
    "Figures are gross monthly base salaries (salaire brut mensuel de base) in Moroccan dirhams (DH), before CNSS, AMO and IR (income tax) deductions, "
    "collected from 212 placements and 37 client plants between January 2024 and February 2025. They exclude bonuses, the 13e mois and shift premiums, "
    "which are described on page 2. Experience bands: Junior = 0–2 years, Confirmé = 3–6 years, Senior = 7 years and more.",
)

# table with merged group header
roles = [
    ("Opérateur câblage (wiring harness operator)", ["3 450", "3 900", "4 400"], ["3 450", "3 850", "4 300"]),
    ("Chef de ligne (line leader)", ["5 200", "6 500", "8 000"], ["5 000", "6 300", "7 800"]),
    ("Technicien de maintenance", ["6 000", "8 500", "11 000"], ["6 200", "8 800", "11 500"]),
    ("Technicien qualité", ["5 500", "7 500", "9 500"], ["5 400", "7 300", "9 200"]),
    ("Logisticien / planificateur", ["7 000", "10 000", "14 000"], ["7 000", "9 800", "13 500"]),
    ("Ingénieur process / méthodes", ["9 000", "14 000", "20 000"], ["9 500", "14 500", "21 000"]),
    ("Ingénieur qualité fournisseurs (SQE)", ["9 500", "15 000", "22 000"], ["9 500", "15 000", "22 000"]),
    ("Responsable de production (UAP manager)", ["18 000", "26 000", "35 000"], ["17 500", "25 000", "34 000"]),
]
p.set_font("DV", "B", 12)
p.multi_cell(
    0,
    7,
    "Table 1 – Gross monthly base salary by role, site and experience (DH)",
    align="L",
    new_x="LMARGIN",
    new_y="NEXT",
)
W0, W = 62, 20
p.set_font("DV", "B", 8.5)
p.set_fill_color(120, 20, 30)
p.set_text_color(255, 255, 255)
x, y = p.get_x(), p.get_y()
p.cell(W0, 14, "Role", border=1, fill=True, align="C")
p.cell(W * 3, 7, "Tanger (TAC / Tanger Med)", border=1, fill=True, align="C")
p.cell(W * 3, 7, "Kénitra (Atlantic Free Zone)", border=1, fill=True, align="C", new_x="LMARGIN", new_y="NEXT")
p.set_x(x + W0)
for _ in range(2):
    for h in ("Junior", "Confirmé", "Senior"):
        p.cell(W, 7, h, border=1, fill=True, align="C")
p.ln(7)
p.set_text_color(0, 0, 0)
p.set_font("DV", "", 8.5)
for i, (r, t, k) in enumerate(roles):
    fill = i % 2 == 1
    p.set_fill_color(245, 235, 236)
    p.cell(W0, 7, r, border=1, fill=fill)
    for v in t + k:
        p.cell(W, 7, v, border=1, align="R", fill=fill)
    p.ln(7)
p.set_font("DV", "", 7.5)
p.multi_cell(
    0,
    4.5,
    "Source: Atlas Talent Partners placements 2024–2025. Casablanca (Ain Sebaâ, Midparc) pays on average 5 to 8% above Tanger for engineering roles; operator rates are close to the SMIG everywhere.",
    align="L",
    new_x="LMARGIN",
    new_y="NEXT",
)
p.ln(3)

para(
    "Minimum wage (SMIG)",
    "Since 1 January 2025 the industrial minimum wage (SMIG) is 17,92 DH per hour, i.e. 3 422,72 DH per month for 191 hours. "
    "A new operator on a 3-month trial period (période d'essai) is usually paid at or just above the SMIG.",
)

p.add_page()
para(
    "Bonuses, allowances and premiums",
    "• 13e mois: paid by about 70% of the large OEM and tier-1 plants, usually in December; some pay it in two halves (June and December).\n"
    "• Prime de rendement (productivity bonus): 300 to 800 DH per month for operators, linked to line efficiency and scrap rate.\n"
    "• Prime de panier (meal allowance): 20 DH per shift worked, or a free meal in the plant canteen.\n"
    "• Night shift premium: 25% of the hourly rate for hours worked between 21h00 and 6h00 in plants running 3x8.\n"
    "• Transport: free company buses from Tanger, Tétouan, Ksar El Kébir and Kénitra neighbourhoods are standard; no transport allowance is then paid.\n"
    "• Prime d'ancienneté (statutory seniority bonus, Code du travail art. 350): 5% of salary after 2 years, 10% after 5 years, 15% after 12 years, 20% after 20 years and 25% after 25 years.",
)

para(
    "Hours and shifts",
    "The legal working week in industry is 44 hours (2 288 hours a year). Most wiring harness plants run 3x8 shifts (6h–14h, 14h–22h, 22h–6h) six days a week, with rotation every week. "
    "Overtime is paid at +25% by day and +50% at night, and at +50% / +100% on the weekly rest day.",
)

para(
    "Entry routes and training",
    "Operators: no diploma is required; plants recruit at the Bac level or below and train new hires for 2 to 6 weeks at the IFMIA (Instituts de Formation aux Métiers de l'Industrie Automobile) in Tanger, Kénitra or Casablanca before they join the line.\n"
    "Technicians: a Technicien Spécialisé diploma (Bac+2) from the OFPPT in electromechanics, industrial maintenance or quality is the standard route; a DUT or BTS is also accepted.\n"
    "Engineers: an engineering degree (Bac+5) from ENSAM, ENSA, EMI or EHTP; plants hire many graduates through the PFE (end-of-studies internship of 4 to 6 months).\n"
    "Languages: French is the working language on site; English is required for SQE and engineering roles in plants with foreign headquarters; Spanish is an asset in Tanger.",
)

para(
    "What students ask us",
    "Q: Can I move from operator to technician?\nA: Yes. Several plants sponsor evening OFPPT courses (cours du soir) and promote operators to line leader after 18 to 24 months.\n"
    "Q: Are salaries paid monthly?\nA: Yes, operators and staff are paid monthly by bank transfer, normally before the 5th of the following month.",
)

p.output(
    str(
        Path(__file__).resolve().parent.parent
        / "corpus"
        / "Atlas_Talent_Partners_Salary_Guide_2025_Automotive_Morocco.pdf"
    )
)
