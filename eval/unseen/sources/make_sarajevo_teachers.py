import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus", "Salaries_in_Education_Sarajevo_Canton_2025.docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)

p = doc.add_paragraph(
    "NEZAVISNI SINDIKAT UPOSLENIKA U OBRAZOVANJU KANTONA SARAJEVO\nIndependent Union of Education Employees of Sarajevo Canton"
)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.runs[0].bold = True
doc.add_paragraph("Broj / Ref. No.: 01-112/25          Sarajevo, 20.01.2025.")

doc.add_heading(
    "Information for members and new teachers: salaries in primary and secondary schools of Sarajevo Canton in 2025",
    level=1,
)

doc.add_paragraph(
    "This information note explains how the salaries (plaće) of teachers and professional staff in public primary "
    "and secondary schools of Sarajevo Canton are calculated in 2025. It is prepared for union members, trainee "
    "teachers and final-year students of the teacher-training faculties. All amounts are NET monthly amounts in "
    "convertible marks (KM / BAM), i.e. after contributions and income tax, as is usual in the Federation of Bosnia "
    "and Herzegovina."
)

doc.add_heading("1. How the salary is calculated", level=2)
doc.add_paragraph(
    "The salary is the product of the base for calculation of salary (osnovica za obračun plaće) and the "
    "coefficient (koeficijent) of the post, as set by the Cantonal Collective Agreement for Primary and Secondary "
    "Education and the Government of Sarajevo Canton. For 2025 the base is 560,00 KM (in 2024 it was 520,00 KM). "
    "To the basic salary are added the increase for length of service (minuli rad) and, where applicable, the "
    "increase for a professional title (mentor / savjetnik)."
)

doc.add_heading("2. Coefficients and net monthly salaries, from 1 January 2025", level=2)
rows = [
    ("Post (radno mjesto)", "Qualification", "Coefficient", "Net monthly salary (KM)"),
    (
        "Class teacher, primary school, grades 1–5 (nastavnik razredne nastave)",
        "VII stepen / 240 ECTS",
        "3,30",
        "1.848,00",
    ),
    ("Subject teacher, primary school, grades 6–9 (predmetni nastavnik)", "VII stepen / 240 ECTS", "3,40", "1.904,00"),
    ("Subject teacher, secondary school (profesor)", "VII stepen / 300 ECTS", "3,50", "1.960,00"),
    ("Teacher of practical training, vocational school", "VI stepen (VŠS)", "2,90", "1.624,00"),
    ("School pedagogue / psychologist (stručni saradnik)", "VII stepen / 240 ECTS", "3,45", "1.932,00"),
    ("School librarian (bibliotekar)", "VII stepen / 240 ECTS", "3,10", "1.736,00"),
    ("Deputy head teacher (pomoćnik direktora)", "VII stepen", "3,90", "2.184,00"),
    ("Head teacher, primary school (direktor)", "VII stepen", "4,40", "2.464,00"),
    ("Head teacher, secondary school (direktor)", "VII stepen", "4,60", "2.576,00"),
    ("Trainee teacher (pripravnik), subject teacher primary", "VII stepen / 240 ECTS", "2,72", "1.523,20"),
]
t = doc.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        c = t.cell(i, j)
        c.text = v
        if i == 0:
            c.paragraphs[0].runs[0].bold = True
doc.add_paragraph(
    "Note: A trainee (pripravnik) receives 80% of the coefficient of the post for which he or she is trained. "
    "Amounts do not include minuli rad, the hot-meal allowance or other reimbursements.",
    style=None,
).runs[0].italic = True

doc.add_heading("3. Increases and allowances", level=2)
for s in [
    "Length of service (minuli rad): 0,5% of the basic salary for each completed year of service, up to a maximum of 20%.",
    "Professional title 'mentor': +10% on the basic salary; title 'savjetnik' (adviser): +20%.",
    "Class teacher responsibility (razrednik) in secondary school: +5% of the basic salary.",
    "Hot meal allowance (topli obrok): 12,00 KM per working day actually worked.",
    "Annual leave allowance (regres): 600,00 KM, paid once a year, normally in June.",
    "Transport to work: reimbursed at the price of a monthly GRAS public transport ticket within the Canton.",
]:
    doc.add_paragraph(s, style="List Bullet")

doc.add_heading("Worked example", level=3)
doc.add_paragraph(
    "A secondary-school subject teacher (coefficient 3,50) with 15 completed years of service: basic salary "
    "1.960,00 KM + minuli rad 7,5% (147,00 KM) = 2.107,00 KM net per month, plus the hot-meal allowance "
    "(for 21 working days: 252,00 KM)."
)

doc.add_heading("4. How to become a teacher in Sarajevo Canton", level=2)
for s in [
    "Qualification: completed university studies at the teacher-training or relevant faculty – at least 240 ECTS "
    "for primary school and, as a rule, 300 ECTS (Bologna 3+2 or 4+1) for secondary school, including the "
    "pedagogical-psychological and methodological group of subjects.",
    "Traineeship (pripravnički staž): 12 months in a school under a mentor; a trainee may also be engaged as a "
    "volunteer (volonter) without salary for the same period.",
    "Professional exam (stručni ispit): taken before a commission of the Ministry for Education, Science and Youth "
    "of Sarajevo Canton at the end of the traineeship; it is a condition for permanent employment.",
    "Jobs are filled by public competition (javni konkurs) announced by each school; candidates are ranked on a "
    "points list (bodovna lista) using grade average, length of waiting on the employment bureau register and "
    "an interview.",
]:
    doc.add_paragraph(s, style="List Number")

doc.add_heading("5. Working time and leave", level=2)
doc.add_paragraph(
    "Full-time working week is 40 hours. Within that, the teaching norm (norma) is 20 class hours per week in "
    "secondary school and 24 class hours per week for class teachers in primary school (grades 1–5); the rest is "
    "preparation, marking, school duty and meetings. Annual leave is between 20 and 30 working days, and teachers "
    "normally use it during the summer school holidays."
)

doc.add_heading("6. Contact", level=2)
doc.add_paragraph(
    "Union office: Ulica Hamze Humo 14, 71000 Sarajevo • tel. +387 33 000 112 • Office hours: Monday–Friday, "
    "08:00–16:00. Members with questions about their payslip may bring the payslip (platna lista) to the office."
)
p = doc.add_paragraph("Predsjednica Sindikata / Union President\nmr. Amra Hodžić")
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
sec = doc.sections[0]
sec.footer.paragraphs[0].text = "NSUO KS – Informacija o platama u obrazovanju 2025 – Sarajevo, 20.01.2025."
doc.save(OUT)
print("ok", OUT)
