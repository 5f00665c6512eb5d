"""Generate the Talento Andino 2025 contact-centre / BPO salary guide for Colombia (PDF)."""

from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = (
    Path(__file__).resolve().parent.parent
    / "corpus"
    / "TalentoAndino_Salary-Guide-2025_Contact-Centre-BPO_Colombia.pdf"
)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

NAVY = (18, 45, 92)
TEAL = (0, 128, 128)
GREY = (90, 90, 90)


class Guide(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 8)
        self.set_text_color(*GREY)
        self.cell(
            0,
            6,
            "Talento Andino Consultores S.A.S.  |  Salary Guide 2025  |  Contact Centre & BPO, Colombia",
            new_x="LMARGIN",
            new_y="NEXT",
            align="R",
        )
        self.ln(2)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(*GREY)
        self.multi_cell(
            0,
            3.5,
            "Talento Andino Consultores S.A.S. · NIT 901.482.317-6 · Cra. 11 # 93-46, Of. 502, Bogotá D.C. · "
            "Agencia privada de gestión y colocación de empleo autorizada por el Ministerio del Trabajo. "
            f"Page {self.page_no()}/{{nb}}",
            align="C",
        )
        self.set_text_color(0, 0, 0)

    def h1(self, txt):
        self.set_font("DejaVu", "B", 14)
        self.set_text_color(*NAVY)
        self.multi_cell(0, 7, txt, new_x="LMARGIN", new_y="NEXT", align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def h2(self, txt):
        self.set_font("DejaVu", "B", 11)
        self.set_text_color(*TEAL)
        self.multi_cell(0, 6, txt, new_x="LMARGIN", new_y="NEXT", align="L")
        self.set_text_color(0, 0, 0)

    def para(self, txt, size=9.5):
        self.set_font("DejaVu", "", size)
        self.multi_cell(0, 5, txt, new_x="LMARGIN", new_y="NEXT", align="L")
        self.ln(1.5)

    def bullets(self, items, size=9.5):
        self.set_font("DejaVu", "", size)
        for it in items:
            self.set_x(self.l_margin + 3)
            self.multi_cell(0, 5, "•  " + it, new_x="LMARGIN", new_y="NEXT", align="L")
        self.ln(1.5)


pdf = Guide(format="A4")
pdf.add_font("DejaVu", "", f"{FONT_DIR}/DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", f"{FONT_DIR}/DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", f"{FONT_DIR}/DejaVuSans-Oblique.ttf")
pdf.set_auto_page_break(True, margin=20)
pdf.set_margins(18, 15, 18)
pdf.set_title("Salary Guide 2025 - Contact Centre & BPO, Colombia")
pdf.set_author("Talento Andino Consultores S.A.S.")

# ---------------- cover / page 1 ----------------
pdf.add_page()
pdf.set_fill_color(*NAVY)
pdf.rect(0, 0, 210, 48, style="F")
pdf.set_xy(18, 12)
pdf.set_text_color(255, 255, 255)
pdf.set_font("DejaVu", "B", 20)
pdf.cell(0, 10, "Salary Guide 2025", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(18)
pdf.set_font("DejaVu", "", 12)
pdf.cell(0, 7, "Contact Centre & BPO  ·  Colombia", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(18)
pdf.set_font("DejaVu", "I", 9)
pdf.cell(
    0,
    6,
    "Guía Salarial 2025 – Contact Center & BPO (English edition)  ·  Published February 2025",
    new_x="LMARGIN",
    new_y="NEXT",
)
pdf.set_text_color(0, 0, 0)
pdf.set_y(56)

pdf.h1("About this guide")
pdf.para(
    "Colombia is one of the largest nearshore contact-centre and business process outsourcing (BPO) hubs serving "
    "North American and Spanish-speaking clients. Every year Talento Andino publishes the salaries our consultants "
    "see in real offers. This 2025 edition is based on 1.186 placements we made between January and November 2024 "
    "and on a survey of 64 contact-centre and BPO operators in Bogotá, Medellín, Barranquilla, Cali and Pereira, "
    "adjusted for the 2025 increase in the minimum wage."
)
pdf.h2("How to read the figures")
pdf.bullets(
    [
        "All amounts are in Colombian pesos (COP) and show the gross monthly base salary (salario básico mensual) "
        "for a full-time employee on a payroll contract, before deductions for health (4%) and pension (4%).",
        "Figures are medians of the offers we recorded. Variable pay, language bonuses and surcharges are shown "
        "separately in Table 2.",
        "Base salaries exclude the prestaciones sociales (prima de servicios, cesantías and interest on cesantías, "
        "vacations), which add roughly 21% to 22% to the cost of a payroll employee.",
        "Salario mínimo mensual legal vigente (SMMLV) 2025: $1.423.500. Auxilio de transporte 2025: $200.000 per month, "
        "paid to employees earning up to two minimum wages ($2.847.000) and not included in the tables below.",
    ]
)

pdf.h2("Key findings")
pdf.bullets(
    [
        "A bilingual agent with verified B2 English in Bogotá now starts at a median of $2.600.000 a month – "
        "1,8 times the minimum wage – against $1.650.000 for a Spanish-only agent.",
        "Moving from B2 to C1 English is worth about $600.000 a month in every city we track.",
        "Barranquilla and Pereira remain 10% to 15% cheaper than Bogotá and Medellín, and are where most new sites "
        "opened in 2024.",
        "Median salary increases for 2025 were 9,5%, in line with the 9,54% rise in the minimum wage.",
    ]
)

# ---------------- Table 1 ----------------
pdf.add_page()
pdf.h1("Table 1. Monthly base salary by role and city, 2025 (COP, gross, median)")
roles = [
    ("Customer service agent (Spanish only)", "$1.650.000", "$1.600.000", "$1.500.000", "$1.550.000", "$1.480.000"),
    ("Bilingual agent (English B2)", "$2.600.000", "$2.500.000", "$2.300.000", "$2.350.000", "$2.200.000"),
    ("Bilingual agent (English C1)", "$3.200.000", "$3.100.000", "$2.800.000", "$2.900.000", "$2.700.000"),
    (
        "Technical support agent, Tier 1 (bilingual)",
        "$3.500.000",
        "$3.400.000",
        "$3.000.000",
        "$3.100.000",
        "$2.900.000",
    ),
    ("Quality analyst (bilingual)", "$3.300.000", "$3.250.000", "$2.850.000", "$2.950.000", "$2.750.000"),
    ("Trainer (bilingual)", "$3.800.000", "$3.700.000", "$3.300.000", "$3.400.000", "$3.150.000"),
    ("Workforce / real-time analyst", "$4.200.000", "$4.000.000", "$3.600.000", "$3.700.000", "$3.400.000"),
    ("Team leader / supervisor (bilingual)", "$4.600.000", "$4.400.000", "$3.900.000", "$4.100.000", "$3.700.000"),
    ("Operations manager (account)", "$9.500.000", "$9.000.000", "$7.800.000", "$8.200.000", "$7.200.000"),
]
head = ("Role", "Bogotá", "Medellín", "Barranquilla", "Cali", "Pereira")
pdf.set_font("DejaVu", "", 8.5)
pdf.set_draw_color(180, 180, 180)
with pdf.table(
    col_widths=(58, 23, 23, 25, 22, 23),
    text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
    headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY),
    cell_fill_color=(235, 243, 243),
    cell_fill_mode="ROWS",
    line_height=6,
) as table:
    table.row(head)
    for r in roles:
        table.row(r)
pdf.ln(2)
pdf.set_font("DejaVu", "I", 8)
pdf.multi_cell(
    0,
    4,
    "Source: Talento Andino placements Jan–Nov 2024 (n = 1.186) and operator survey (n = 64), updated for "
    "2025. Medians rounded to the nearest $50.000. Agents with less than 6 months' experience are usually "
    "hired at the median; experienced hires may negotiate up to 10% more.",
    new_x="LMARGIN",
    new_y="NEXT",
    align="L",
)
pdf.ln(4)

# ---------------- Table 2 ----------------
pdf.h1("Table 2. Variable pay, bonuses and surcharges")
extras = [
    (
        "Third-language bonus (Portuguese, French or German)",
        "$400.000 – $900.000 per month",
        "Paid on top of base salary after passing the client's language test.",
    ),
    (
        "Monthly performance bonus (agents)",
        "5% – 15% of base salary",
        "Linked to KPIs such as CSAT, AHT and attendance.",
    ),
    ("Team leader bonus", "up to 20% of base salary", "Usually paid quarterly."),
    (
        "Night surcharge (recargo nocturno)",
        "+35% per hour",
        "For ordinary hours worked between 9:00 p.m. and 6:00 a.m.",
    ),
    ("Sunday / public-holiday work", "+75% per hour", "Rate in force in early 2025; rising under the labour reform."),
    (
        "Connectivity allowance (remote agents)",
        "$80.000 – $120.000 per month",
        "Internet and electricity for work-from-home staff.",
    ),
]
pdf.set_font("DejaVu", "", 8.5)
with pdf.table(
    col_widths=(62, 48, 64),
    text_align=("LEFT", "LEFT", "LEFT"),
    headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY),
    cell_fill_color=(235, 243, 243),
    cell_fill_mode="ROWS",
    line_height=5,
) as table:
    table.row(("Item", "Typical amount", "Notes"))
    for r in extras:
        table.row(r)

# ---------------- Careers page ----------------
pdf.add_page()
pdf.h1("Getting in and getting on")
pdf.h2("Entry requirements")
pdf.bullets(
    [
        "Título de bachiller (secondary-school diploma) is the usual minimum; a técnico, tecnólogo or university "
        "degree is not required for agent roles but helps for analyst and leadership positions.",
        "For bilingual roles, English is assessed during selection with an online test (Versant, EF SET or the "
        "client's own test) plus a phone interview. Most accounts require a verified B2 level; premium and "
        "technical-support accounts ask for C1.",
        "Basic typing speed of 35 words per minute and confident use of a CRM or ticketing tool.",
        "Candidates must be legally able to work in Colombia; foreign nationals need a PPT (Permiso por Protección "
        "Temporal) or an appropriate visa.",
    ]
)
pdf.h2("Training and contracts")
pdf.bullets(
    [
        "New agents complete a paid training period (capacitación) of 2 to 4 weeks before taking live calls, "
        "followed by a 'nesting' period of about two weeks with extra floor support.",
        "Most operators now offer a contrato a término indefinido (open-ended contract); some still hire for "
        "obra o labor (for the duration of a client campaign). The trial period (período de prueba) is up to two "
        "months.",
        "Maximum ordinary working week: 47 hours until 14 July 2025 and 46 hours from 15 July 2025, under Ley "
        "2101 de 2021. Most contact centres schedule 6-day rotating shifts.",
        "Hybrid and fully remote roles are common in Bogotá and Medellín after the first 3 months on site.",
    ]
)
pdf.h2("Career progression")
pdf.para(
    "Agents who hit their targets are typically considered for quality analyst, trainer or team leader roles "
    "after 18 to 24 months. A team leader usually manages 15 to 20 agents. Reaching operations manager normally "
    "takes 6 to 8 years and requires a professional degree (pregrado) – many employers also value a "
    "specialisation (especialización) in operations or project management."
)
pdf.h2("Methodology and disclaimer")
pdf.para(
    "This guide is provided for reference only. Salaries vary with the client account, the language level "
    "verified at selection, shift pattern and the candidate's experience. Talento Andino Consultores S.A.S. does "
    "not charge candidates any fee for job placement. Contact: salarios@talentoandino.com.co · +57 601 745 2281.",
    size=8.5,
)

OUT.parent.mkdir(parents=True, exist_ok=True)
pdf.output(str(OUT))
print("wrote", OUT)
