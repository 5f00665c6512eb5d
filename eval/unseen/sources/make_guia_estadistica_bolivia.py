"""Generate a careers-office guide (PDF) on official statistics & survey work in Bolivia."""

from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = HERE / "guia_carreras_estadistica_bolivia_2024-2025.pdf"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def bs(n):
    """Bolivian habit: dot as thousands separator."""
    return f"{n:,}".replace(",", ".")


class Guide(FPDF):
    def header(self):
        self.set_font("DV", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(
            0,
            5,
            "Unidad de Orientación Profesional y Empleabilidad · Serie «Salidas profesionales» · Bolivia",
            align="L",
        )
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("DV", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Página {self.page_no()} de {{nb}}  ·  Guía 07/2024 – Estadística", align="C")
        self.set_text_color(0, 0, 0)


pdf = Guide(format="A4")
pdf.add_font("DV", "", FONT)
pdf.add_font("DV", "B", FONT_B)
pdf.add_font("DV", "I", FONT_I)
pdf.alias_nb_pages()
pdf.set_auto_page_break(True, margin=18)
pdf.set_margins(18, 15, 18)
pdf.add_page()


def h1(t):
    pdf.set_font("DV", "B", 17)
    pdf.multi_cell(0, 8, t)
    pdf.ln(1)


def h2(t):
    pdf.ln(2)
    pdf.set_font("DV", "B", 11.5)
    pdf.set_text_color(20, 60, 110)
    pdf.multi_cell(0, 6, t)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def para(t, size=9.5, style=""):
    pdf.set_font("DV", style, size)
    pdf.multi_cell(0, 5, t)
    pdf.ln(1.5)


def bullets(items, size=9.5):
    pdf.set_font("DV", "", size)
    for it in items:
        pdf.set_x(22)
        pdf.multi_cell(0, 5, "•  " + it)
    pdf.ln(1.5)


def table_header(widths, lines_per_header, headers, size=8):
    pdf.set_font("DV", "B", size)
    pdf.set_fill_color(225, 232, 242)
    x0, y0 = pdf.get_x(), pdf.get_y()
    hh = 4.2 * lines_per_header
    for w, h in zip(widths, headers):
        x, y = pdf.get_x(), pdf.get_y()
        pdf.rect(x, y, w, hh, style="DF")
        pdf.multi_cell(w, 4.2, h, align="C", new_x="RIGHT", new_y="TOP")
        pdf.set_xy(x + w, y)
    pdf.set_xy(x0, y0 + hh)


def table_row(widths, cells, size=8.5, aligns=None, fill=False):
    pdf.set_font("DV", "", size)
    aligns = aligns or ["L"] + ["R"] * (len(cells) - 1)
    pdf.set_fill_color(246, 246, 246)
    for w, c, a in zip(widths, cells, aligns):
        pdf.cell(w, 6, c, border=1, align=a, fill=fill)
    pdf.ln(6)


# ---------------------------------------------------------------- page 1
h1("Estadística Oficial e Investigación por Encuestas")
pdf.set_font("DV", "", 10.5)
pdf.multi_cell(0, 5.5, "Official Statistics & Survey Research — career guide and reference pay, gestión 2024–2025")
pdf.ln(3)
para(
    "This guide is part of our «Salidas profesionales» series for students and recent graduates of Estadística, "
    "Economía, Ingeniería Comercial and related careers. It describes who hires people who collect, clean and "
    "analyse data about the population and the economy, how the career usually develops, what you need to apply and "
    "what the jobs pay. Pay figures were compiled by the Unit from published escalas salariales of public entities, "
    "convocatorias of the past two gestiones and a short survey of 31 employers (market research firms, NGOs, "
    "banks). They are reference figures, not offers."
)

h2("1. Who hires")
bullets(
    [
        "The national statistics institute (INE) — censuses, the Encuesta de Hogares (EH), price indices (IPC), "
        "agricultural and economic surveys. Largest single employer of statisticians and field staff.",
        "Banco Central de Bolivia (BCB), the Autoridad de Supervisión del Sistema Financiero (ASFI), the ministries "
        "(Economía y Finanzas Públicas, Salud, Educación, Planificación del Desarrollo) and the nine Gobernaciones.",
        "Market and opinion research firms, mostly in La Paz, Santa Cruz de la Sierra and Cochabamba.",
        "Banks, microfinance institutions (IFD) and insurers — credit-risk and reporting teams.",
        "International cooperation projects and NGOs running baseline and evaluation surveys.",
    ]
)

h2("2. Career path")
para(
    "Most people enter through fieldwork or a technician post and move into analysis. A typical path in a public "
    "statistical entity:"
)
bullets(
    [
        "Encuestador(a) / Auxiliar de campo — interviews households with a tablet (CAPI), usually on a fixed-term "
        "consultoría de línea for a single survey round (3 to 8 months).",
        "Supervisor(a) de campo — leads a brigade of 4–6 enumerators, checks questionnaires, plans routes.",
        "Técnico I / Técnico II — data validation, coding, processing in Stata, R, SPSS or CSPro.",
        "Profesional II → Profesional I — sample design, weighting, estimation, methodological notes.",
        "Jefe(a) de Unidad → Director(a) Técnico(a) — manages a survey or statistical programme.",
    ]
)
para(
    "Promotion in the public sector is by convocatoria (open competition) for a vacant ítem; there is no "
    "automatic promotion by years of service, but the bono de antigüedad rewards seniority (see Table 3)."
)

h2("3. Training and requirements")
para(
    "Employers ask for a Licenciatura en Estadística (5 years at UMSA, UMSS, UAGRM, UATF and other public "
    "universities) or in Economía, Matemática or Ingeniería; technician posts accept a Técnico Superior "
    "(3 years). Field posts usually ask for bachillerato plus experience in surveys. For any public post you will "
    "be asked for:"
)
bullets(
    [
        "Título en Provisión Nacional (professional posts) or Título de Técnico Superior;",
        "Cédula de identidad and, for men, Libreta de Servicio Militar;",
        "Certificado de antecedentes (SIPPASE) and, once appointed, the Declaración Jurada de Bienes y Rentas "
        "before the Contraloría;",
        "Demonstrable knowledge of at least one statistical package; a native language (aymara, quechua, guaraní) is "
        "an advantage and is required for fieldwork in many municipalities.",
    ]
)

h2("4. How to apply")
para(
    "Public entities publish each convocatoria on their own website and on the state portal, with the terms of "
    "reference (TdR), the deadline and the address of the ventanilla única. Field staff for survey rounds are hired "
    "as consultores individuales de línea; the call is also published in SICOES. You normally submit your hoja de "
    "vida with photocopies of supporting documents in a sobre cerrado, addressed to the hiring committee, before "
    "the stated hour. Shortlisted candidates sit a written test (muestreo, estadística descriptiva and a practical "
    "exercise) and an interview. Private firms recruit through job boards and internships (pasantías)."
)

# ---------------------------------------------------------------- pay tables
h2("5. Pay")
para(
    "Table 1 shows the reference salary scale of a public statistical entity. Consultores de línea are not on the "
    "scale and are paid a monthly fee (honorario) — see Table 2.",
    size=9.5,
)

pdf.set_font("DV", "B", 9.5)
pdf.multi_cell(0, 5, "Table 1. Escala salarial referencial, entidades públicas de estadística — gestión 2024–2025")
pdf.ln(1)
t1 = [
    (1, "Director(a) General Ejecutivo(a)", 14140),
    (2, "Director(a) Técnico(a)", 13070),
    (3, "Jefe(a) de Unidad", 11690),
    (4, "Profesional I (Estadístico/a sénior)", 9460),
    (5, "Profesional II", 8220),
    (6, "Técnico I", 6830),
    (7, "Técnico II", 5710),
    (8, "Asistente", 4560),
    (9, "Auxiliar de campo", 3820),
]
w1 = [16, 76, 40, 42]
table_header(w1, 3, ["Nivel", "Cargo (ítem)", "Haber básico\nmensual\n(Bs)¹", "Total anual\n13 haberes\n(Bs)²"])
for i, (lvl, cargo, hb) in enumerate(t1):
    table_row(w1, [str(lvl), cargo, bs(hb), bs(hb * 13)], aligns=["C", "L", "R", "R"], fill=i % 2 == 1)
pdf.set_font("DV", "I", 7.5)
pdf.ln(1)
pdf.multi_cell(
    0,
    4,
    "¹ Gross (ganado bruto). The employee contribution to the long-term social security system "
    "(12,71 %) and RC-IVA, where applicable, are deducted from these amounts.\n"
    "² 12 monthly salaries plus the aguinaldo (Christmas bonus, one month's salary, paid in "
    "December). The 2025 salary increase had not been applied to the scale at the time of "
    "publication.",
)

h2("Types of contract")
para(
    "Public entities hire three ways. Personal de planta (permanent staff on an ítem) receive the haber básico of "
    "Table 1, the aguinaldo, the bono de antigüedad and short-term social security (Caja Nacional de Salud). "
    "Personal eventual are hired for a fixed period on the same scale but without the seniority bonus. "
    "Consultores individuales de línea sign a service contract: they invoice or have tax withheld, pay their own "
    "long-term contributions and have no aguinaldo or paid holidays. In the private sector, contracts follow the "
    "Ley General del Trabajo: after a trial period of 90 days the contract is indefinite unless agreed otherwise."
)
# Table 2 runs over the page break (as printed in the guide); header repeated on the next page
pdf.ln(2)
para(
    "Table 2 brings together fees of consultores de línea on survey rounds and salaries reported by private "
    "employers. Figures are per month and gross; consultores de línea receive no aguinaldo and must pay their own "
    "contributions to the Gestora and their taxes. Reading the table: the first column is the fee offered for a "
    "survey round; the other columns are the median salaries reported by employers in each city. Differences "
    "between cities reflect the cost of living and the concentration of private employers in the eje troncal "
    "(La Paz – Cochabamba – Santa Cruz)."
)
pdf.set_font("DV", "B", 9.5)
pdf.multi_cell(0, 5, "Table 2. Remuneración mensual referencial por ciudad (Bs, bruto) — 2024")
pdf.ln(1)
t2 = [
    ("La Paz", 3900, 5300, 7400, 12800),
    ("El Alto", 3600, 4900, 6300, 10200),
    ("Santa Cruz de la Sierra", 4100, 5600, 7900, 13600),
    ("Cochabamba", 3800, 5100, 6900, 11500),
    ("Sucre", 3500, 4700, 6200, 9800),
    ("Oruro", 3400, 4600, 5900, 9300),
    ("Potosí", 3400, 4650, 5800, 9100),
    ("Tarija", 3700, 5000, 6600, 10700),
    ("Trinidad", 3500, 4800, 6100, 9400),
    ("Cobija³", 3900, 5200, 6400, 9900),
]
w2 = [46, 32, 30, 34, 32]
h2cols = [
    "Ciudad",
    "Encuestador(a)\n(consultor/a\nde línea)",
    "Supervisor(a)\nde campo",
    "Analista de datos /\nEstadístico/a\njúnior",
    "Estadístico/a\nsénior / Jefe/a\nde proyecto",
]
print("table 2 starts at y =", pdf.get_y())
table_header(w2, 3, h2cols)
for i, r in enumerate(t2):
    if pdf.get_y() + 10 > pdf.page_break_trigger:
        pdf.set_font("DV", "I", 7.5)
        pdf.cell(0, 4, "continues on next page →", align="R")
        pdf.add_page()
        pdf.set_font("DV", "B", 9.5)
        pdf.multi_cell(0, 5, "Table 2 (cont.). Remuneración mensual referencial por ciudad (Bs, bruto) — 2024")
        pdf.ln(1)
        table_header(w2, 3, h2cols)
    table_row(w2, [r[0]] + [bs(v) for v in r[1:]], fill=i % 2 == 1)
pdf.set_font("DV", "I", 7.5)
pdf.ln(1)
pdf.multi_cell(
    0,
    4,
    "³ Cobija and other localities within 50 km of the border: the figures include the bono de "
    "frontera (20 % of the basic salary) paid to salaried staff. Consultores de línea do not "
    "receive it; their fee in Cobija is set higher to compensate travel.",
)
pdf.ln(3)

pdf.set_font("DV", "B", 9.5)
pdf.multi_cell(0, 5, "Table 3. Bono de antigüedad (seniority bonus), salaried staff — 2024")
pdf.ln(1)
para(
    "Paid monthly on top of the haber básico to staff with at least two years of service. It is calculated as a "
    "percentage of three national minimum wages (3 × SMN Bs 2.500 = Bs 7.500 in 2024), not of your own salary.",
    size=9,
)
t3 = [("2 – 4", 5), ("5 – 7", 11), ("8 – 10", 18), ("11 – 14", 26), ("15 – 19", 34), ("20 – 24", 42), ("25 y más", 50)]
w3 = [44, 36, 44]
table_header(w3, 2, ["Años de servicio", "Porcentaje", "Bono mensual\n(Bs)"])
for i, (yrs, pct) in enumerate(t3):
    table_row(w3, [yrs, f"{pct} %", bs(7500 * pct // 100)], aligns=["C", "C", "R"], fill=i % 2 == 1)
pdf.set_font("DV", "I", 7.5)
pdf.ln(1)
pdf.multi_cell(
    0,
    4,
    "With the 2025 minimum wage the base changes and the amounts rise accordingly; ask the "
    "entity's human resources unit for the current figure.",
)

h2("6. Good to know")
bullets(
    [
        "Survey rounds are seasonal: the largest hiring periods are before the Encuesta de Hogares (second semester) "
        "and before a census or agricultural survey.",
        "Fieldwork includes travel to rural areas with per diem (viáticos) paid according to the entity's "
        "reglamento; bring your own warm clothing for the altiplano.",
        "An internship (pasantía) or a trabajo dirigido in a statistics unit counts as experience in most "
        "convocatorias.",
    ]
)
para(
    "Questions: visit the Unit on the ground floor of the Faculty building, Monday to Friday, 08:30–12:30 and "
    "14:30–18:30.",
    size=9,
    style="I",
)

pdf.output(str(OUT))
print("wrote", OUT)
