"""Generate LotusBridge_Vietnam_Salary_Guide_2025_Electronics_Manufacturing.pdf"""

import os

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(
    os.path.dirname(HERE), "corpus", "LotusBridge_Vietnam_Salary_Guide_2025_Electronics_Manufacturing.pdf"
)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

NAVY = (20, 45, 90)
TEAL = (0, 128, 128)
LIGHT = (225, 238, 240)


class Guide(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(
            0,
            5,
            "Lotus Bridge Recruitment  |  Vietnam Salary Guide 2025  |  Electronics & Hi-Tech Manufacturing",
            align="L",
        )
        self.ln(7)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(
            0,
            4,
            "© 2025 Lotus Bridge Recruitment JSC  ·  Hanoi: Tầng 12, 54 Liễu Giai, Ba Đình  ·  "
            "HCMC: Tầng 9, 115 Nguyễn Huệ, Quận 1  ·  www.lotusbridge.vn",
            align="C",
        )
        self.ln(4)
        self.cell(0, 4, f"Page {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)


pdf = Guide(orientation="P", unit="mm", format="A4")
pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
pdf.add_font("DejaVu", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
pdf.set_auto_page_break(True, margin=18)
pdf.set_margins(16, 14, 16)


def h1(text):
    pdf.set_font("DejaVu", "B", 14)
    pdf.set_text_color(*NAVY)
    pdf.multi_cell(0, 7, text)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)


def h2(text):
    pdf.set_font("DejaVu", "B", 11)
    pdf.set_text_color(*TEAL)
    pdf.multi_cell(0, 6, text)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def para(text, size=9.5):
    pdf.set_font("DejaVu", "", size)
    pdf.multi_cell(0, 5, text, align="L")
    pdf.ln(2)


def bullets(items, size=9.5):
    pdf.set_font("DejaVu", "", size)
    for it in items:
        pdf.set_x(pdf.l_margin + 3)
        pdf.multi_cell(0, 5, "•  " + it, align="L")
    pdf.ln(2)


# ---------------- Cover page ----------------
pdf.add_page()
pdf.set_fill_color(*NAVY)
pdf.rect(0, 0, 210, 95, style="F")
pdf.set_xy(16, 28)
pdf.set_text_color(255, 255, 255)
pdf.set_font("DejaVu", "B", 24)
pdf.multi_cell(0, 11, "Vietnam Salary Guide 2025")
pdf.set_x(16)
pdf.set_font("DejaVu", "", 15)
pdf.multi_cell(0, 8, "Electronics & Hi-Tech Manufacturing\nEngineering, Quality and Operations roles")
pdf.set_x(16)
pdf.set_font("DejaVu", "", 10)
pdf.ln(3)
pdf.multi_cell(0, 5, "Lotus Bridge Recruitment  ·  Published 17/02/2025")
pdf.set_text_color(0, 0, 0)
pdf.set_y(108)
pdf.set_fill_color(255, 255, 255)

h2("About this guide")
para(
    "This guide summarises the base salaries our consultants placed and benchmarked across electronics "
    "assembly, semiconductor back-end (assembly & test) and precision-component factories in Vietnam during "
    "the 2024 hiring year. It covers 1,240 placements and salary offers at 310 client sites, the majority "
    "Korean-, Japanese- and Taiwanese-owned manufacturers in industrial parks in the North (Bac Ninh, "
    "Bac Giang, Hai Phong, Hanoi) and the South (Binh Duong, Dong Nai, Ho Chi Minh City)."
)
para(
    "All salary figures are gross monthly base salaries in millions of Vietnamese đồng (VND million), i.e. "
    "before personal income tax and the employee's compulsory social, health and unemployment insurance "
    "contributions (10.5% in total). Unless stated otherwise they exclude the 13th-month salary, allowances, "
    "overtime and performance bonuses. Each figure is the median of offers accepted in that location."
)

h2("Market snapshot 2025")
bullets(
    [
        "Hiring demand for engineers in the North grew again in 2024 as suppliers followed the large smartphone "
        "and display makers into the Bac Ninh – Bac Giang corridor; SMT, automation and test engineers were the "
        "hardest profiles to fill.",
        "Average merit increase budgets for 2025 are 6.5% – 8%; counter-offers for engineers with Korean or "
        "Japanese language skills are frequent.",
        "Typical salary uplift when an engineer moves employer: 15% – 25%.",
        "Hai Phong is now the most competitive location for automation and robotics profiles, driven by new "
        "plants in the Dinh Vu and Trang Due industrial zones.",
    ]
)

# ---------------- Page 2: main table ----------------
pdf.add_page()
h1("1. Monthly base salary by location")
para(
    "Median gross monthly base salary, VND million. Experience = years of relevant experience in "
    "electronics manufacturing. Figures for 'Plant Manager' refer to Vietnamese nationals; see section 3 for "
    "expatriate packages.",
    size=8.5,
)

rows = [
    ("Graduate Engineer Trainee", "0–1", "11.5", "12.8", "12", "12.2", "11"),
    ("SMT Process Engineer", "2–5", "20", "23", "21.5", "21", "19"),
    ("Senior SMT Process Engineer", "5+", "32", "38", "34", "35", "30"),
    ("Quality Engineer (QA/QC)", "2–5", "18.5", "20", "19", "20.5", "17.5"),
    ("Supplier Quality Engineer (SQE)", "3–6", "25", "27", "25.5", "29", "24"),
    ("Test Engineer", "2–5", "21", "22", "20", "22.5", "18.5"),
    ("Equipment / Maintenance Engineer", "2–5", "17.5", "20", "20.5", "18.5", "18"),
    ("Automation Engineer (PLC / Robotics)", "3–6", "27", "29.5", "31", "30", "27.5"),
    ("EHS Engineer", "2–5", "17", "18.5", "18", "18.5", "17"),
    ("Production Supervisor", "3–6", "18.5", "20.5", "19", "20", "18"),
    ("Production Manager", "8+", "55", "62", "58", "60", "50"),
    ("Plant Manager", "15+", "140", "165", "150", "155", "130"),
]

head_style = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY, size_pt=7.5)
pdf.set_font("DejaVu", "", 7.5)
with pdf.table(
    col_widths=(48, 20, 18, 24, 20, 22, 26),
    text_align=("LEFT", "CENTER", "CENTER", "CENTER", "CENTER", "CENTER", "CENTER"),
    headings_style=head_style,
    num_heading_rows=2,
    line_height=5,
    cell_fill_color=LIGHT,
    cell_fill_mode="ROWS",
) as table:
    r = table.row()
    r.cell("Position", rowspan=2, align="LEFT")
    r.cell("Experience (yrs)", rowspan=2)
    r.cell("Northern Vietnam", colspan=3)
    r.cell("Southern Vietnam", colspan=2)
    r = table.row()
    for c in ("Hanoi", "Bac Ninh – Bac Giang", "Hai Phong", "Ho Chi Minh City", "Binh Duong – Dong Nai"):
        r.cell(c)
    for row in rows:
        r = table.row()
        for c in row:
            r.cell(c)
pdf.ln(3)
para(
    "Source: Lotus Bridge Recruitment placements and accepted offers, 01/01/2024 – 31/12/2024. "
    "Locations with fewer than 8 data points for a role were benchmarked against client pay surveys.",
    size=7.5,
)

h2("Reading the table")
bullets(
    [
        "Bac Ninh – Bac Giang pays the highest medians for most engineering roles because of the concentration of "
        "tier-1 suppliers competing for the same talent pool.",
        "Binh Duong – Dong Nai factories pay less on base salary but more often provide free company buses, "
        "dormitories and subsidised meals.",
        "Korean-language skills (TOPIK level 4 or above) add VND 2 – 5 million per month at most Korean-owned "
        "plants; Japanese (JLPT N2 or above) adds VND 3 – 6 million per month at Japanese-owned plants.",
    ],
    size=9,
)

# ---------------- Page 3: allowances, hours, law ----------------
pdf.add_page()
h1("2. Allowances, overtime and working hours")
para(
    "Base salary is only part of the package. In the electronics sector the following items are standard "
    "and should be compared carefully when weighing two offers."
)

allow = [
    (
        "13th-month salary (Tết bonus)",
        "1 month of base salary, paid before Lunar New Year; 1.5 – 2 months at some Korean and Taiwanese plants",
    ),
    (
        "Shift / night allowance",
        "Night work (22:00 – 06:00) paid at least 30% above the day rate, as required by the Labour Code",
    ),
    ("Overtime", "At least 150% on normal working days, 200% on weekly rest days and 300% on public holidays"),
    ("Meal allowance", "Free canteen meal or VND 30,000 – 45,000 per shift"),
    (
        "Transport / housing",
        "Company bus on fixed routes; housing allowance VND 1 – 2.5 million per month for "
        "engineers relocating from another province",
    ),
    ("Language allowance", "Korean, Japanese or Chinese certificate: VND 1 – 6 million per month depending on level"),
    ("Performance bonus", "Engineers: 0.5 – 2 months' base per year; managers: 2 – 4 months' base per year"),
]
pdf.set_font("DejaVu", "", 8.5)
with pdf.table(
    col_widths=(50, 128),
    text_align=("LEFT", "LEFT"),
    headings_style=head_style,
    line_height=5,
    cell_fill_color=LIGHT,
    cell_fill_mode="ROWS",
) as t:
    r = t.row()
    r.cell("Item")
    r.cell("Typical market practice (2025)")
    for a, b in allow:
        r = t.row()
        r.cell(a)
        r.cell(b)
pdf.ln(4)

h2("Working hours and legal minimums")
bullets(
    [
        "Normal working hours may not exceed 8 hours per day or 48 hours per week. Most factories run 48-hour, "
        "six-day weeks for production staff; office-based engineers commonly work Monday to Friday plus alternate "
        "Saturday mornings.",
        "Overtime is capped at 40 hours per month. The electronics sector is one of the industries allowed to use up "
        "to 300 overtime hours per year (the general cap is 200 hours).",
        "Probation may last up to 60 days for positions requiring a college (cao đẳng) qualification or higher, and "
        "up to 180 days for enterprise managers. Probation pay must be at least 85% of the job's salary.",
        "Regional minimum wages (Decree 74/2024/NĐ-CP, effective 01/07/2024): Region I VND 4,960,000 per month, "
        "Region II VND 4,410,000, Region III VND 3,860,000 and Region IV VND 3,450,000. All industrial parks "
        "covered in this guide fall within Region I or Region II.",
    ],
    size=9,
)

h1("3. Expatriate and regional hires")
para(
    "Plant Manager and Production Manager roles at foreign-owned factories are still frequently filled by "
    "expatriates. Expatriate plant managers typically receive USD 8,000 – 12,000 per month plus housing, "
    "international school fees and home leave. Engineers hired from the Philippines, India or Malaysia for "
    "start-up phases are usually paid USD 2,000 – 3,500 per month."
)

# ---------------- Page 4: careers info ----------------
pdf.add_page()
h1("4. Getting started: entry routes for students and graduates")
h2("Qualifications employers ask for")
bullets(
    [
        "Engineer (Kỹ sư) degree in electronics and telecommunications, mechatronics, automation, materials or "
        "industrial engineering. Engineering degrees take 4.5 – 5 years at universities such as Hanoi University of "
        "Science and Technology, Ho Chi Minh City University of Technology (Bách khoa) or the universities of "
        "technical education.",
        "Technician roles (equipment technician, SMT technician, QC technician) usually require a college "
        "(cao đẳng) diploma, which takes 2.5 – 3 years. Many technicians later complete an engineering degree "
        "part-time and move into engineer grades.",
        "English: TOEIC 550 or above is the usual screening level for engineers at Korean and Japanese plants; "
        "supplier quality and customer-facing roles ask for TOEIC 700 or above.",
        "Quality roles value certificates such as ISO 9001 / IATF 16949 internal auditor, Six Sigma Green Belt and "
        "IPC-A-610 (acceptability of electronic assemblies).",
    ]
)
h2("Graduate programmes")
para(
    "Around a third of our clients run structured graduate engineer programmes. These usually last 12 months, "
    "rotate trainees through production, process, quality and maintenance, and often include 2 – 3 months of "
    "training at the parent company's plant in Korea, Japan or Taiwan. Intakes open in March and September; "
    "final-year students should apply 3 – 4 months before graduation."
)
h2("Typical career path")
para(
    "Graduate Engineer Trainee → Engineer (2 – 5 years) → Senior Engineer / Section Leader (5 – 8 years) → "
    "Assistant Manager → Production or Engineering Manager (8+ years) → Plant Manager (15+ years). Moving "
    "into supplier quality or new product introduction (NPI) is a common way to accelerate salary growth "
    "after the first three years."
)

h2("Methodology and disclaimer")
para(
    "Figures are medians of 1,240 placements and offers handled by Lotus Bridge Recruitment between "
    "01/01/2024 and 31/12/2024 and should be used as a guide only. Individual packages vary with company size, "
    "shift pattern, language skills and certifications. Lotus Bridge Recruitment JSC accepts no liability for "
    "decisions made on the basis of this guide. Reproduction is permitted for non-commercial use with "
    "acknowledgement of the source.",
    size=8,
)

pdf.output(OUT)
print("wrote", OUT)
