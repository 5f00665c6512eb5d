from pathlib import Path

from fpdf import FPDF

OUT = str(
    Path(__file__).resolve().parent.parent / "corpus" / "DoW_Technical_and_Plant_Careers_Information_Sheet_2025.pdf"
)
F = "/usr/share/fonts/truetype/dejavu/"

grades = {
    5: [918.40, 951.20, 984.00, 1016.80],
    6: [1049.60, 1087.30, 1125.00, 1162.70],
    7: [1203.10, 1246.50, 1289.90, 1333.30],
    8: [1381.20, 1431.00, 1480.80, 1530.60],
    9: [1586.40, 1643.60, 1700.80, 1758.00],
    10: [1822.50, 1888.20, 1953.90, 2019.60],
    11: [2094.70, 2170.20, 2245.70, 2321.20],
    12: [2407.80, 2494.60, 2581.40, 2668.20],
}


def k(x):
    return f"K{x:,.2f}"


pdf = FPDF()
pdf.add_font("D", "", F + "DejaVuSans.ttf")
pdf.add_font("D", "B", F + "DejaVuSans-Bold.ttf")
pdf.set_auto_page_break(True, 18)
pdf.add_page()
pdf.set_font("D", "B", 10)
pdf.cell(0, 6, "INDEPENDENT STATE OF PAPUA NEW GUINEA", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 6, "DEPARTMENT OF WORKS AND HIGHWAYS", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("D", "B", 13)
pdf.multi_cell(
    0,
    7,
    "Careers Information Sheet: Roads Technical Officers and Plant Operators – 2025 Recruitment",
    align="C",
    new_x="LMARGIN",
    new_y="NEXT",
)
pdf.set_font("D", "", 8)
pdf.cell(
    0,
    5,
    "Human Resource Management Division, Waigani, NCD  |  Circular No. HRM 04/2025  |  Issued 03/02/2025",
    align="C",
    new_x="LMARGIN",
    new_y="NEXT",
)
pdf.ln(3)


def h(t):
    pdf.set_font("D", "B", 11)
    pdf.ln(1)
    pdf.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("D", "", 9.5)


def p(t):
    pdf.set_font("D", "", 9.5)
    pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


h("1. Purpose")
p(
    "This sheet is for school leavers, TVET and university graduates and serving officers who wish to apply for "
    "technical and plant positions with the Department of Works and Highways (DoWH) in the 2025 intake. "
    "All positions are on the General Public Service salary structure. Salaries are paid fortnightly "
    "(26 pays per year) into a nominated bank account through the Alesco payroll system."
)

h("2. Positions and grades")
pos = [
    ("Plant Operator (Trainee)", "Grade 5", "Grade 10 certificate; Class 5 (heavy plant) learner permit"),
    ("Plant Operator", "Grade 6", "NTC Certificate in Heavy Equipment Operation; Class 5 licence"),
    ("Senior Plant Operator", "Grade 7", "Plant Operator with 4 years' field experience"),
    ("Technical Officer (Roads)", "Grade 8", "Diploma in Civil Engineering (3 years)"),
    ("Technical Officer (Bridges)", "Grade 9", "Diploma in Civil Engineering plus 2 years' bridge work"),
    ("Senior Technical Officer", "Grade 10", "Diploma or Bachelor of Engineering; 5 years' experience"),
    ("Works Supervisor", "Grade 11", "Senior Technical Officer with supervisory experience"),
    ("Provincial Works Manager", "Grade 12", "Bachelor of Engineering (Civil); registration with the Engineers Board"),
]
pdf.set_font("D", "B", 9)
w = [55, 22, 113]
for t, ww in zip(["Position", "Grade", "Minimum qualification / requirement"], w):
    pdf.cell(ww, 6, t, border=1, fill=False)
pdf.ln()
pdf.set_font("D", "", 8.5)
for r in pos:
    for t, ww in zip(r, w):
        pdf.cell(ww, 6, t, border=1)
    pdf.ln()
pdf.ln(2)

h("3. Salary scale (fortnightly, Kina) – effective pay period 1, 2025")
p(
    "New appointees start on Step 1 of the grade unless the Secretary approves a higher step for relevant experience. "
    "Officers move up one step each year after a satisfactory annual performance appraisal, to a maximum of Step 4."
)
pdf.set_font("D", "B", 9)
cw = [30, 40, 40, 40, 40]
for t, ww in zip(["Grade", "Step 1", "Step 2", "Step 3", "Step 4"], cw):
    pdf.cell(ww, 6, t, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln()
pdf.set_font("D", "", 9)
for g, steps in grades.items():
    pdf.cell(cw[0], 6, f"Grade {g}", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    for s, ww in zip(steps, cw[1:]):
        pdf.cell(ww, 6, k(s), border=1, align="R")
    pdf.ln()
pdf.set_font("D", "", 8)
pdf.multi_cell(
    0,
    4.5,
    "Annual equivalent = fortnightly rate x 26. For example, Grade 8 Step 1 is K1,381.20 per fortnight, "
    "or K35,911.20 per annum. Figures are gross, before salary and wages tax (SWT) and the 6% employee NASFUND superannuation contribution.",
)
pdf.ln(2)

h("4. Allowances")
p(
    "Housing allowance: officers not provided with a government house receive K150.00 per fortnight "
    "(K220.00 per fortnight in Port Moresby and Lae)."
)
p("Field allowance: K35.00 per day for each day spent in a road or bridge camp away from the officer's duty station.")
p(
    "Remote locality (district) allowance: K60.00 per fortnight for officers posted to remote stations listed in "
    "General Order 12, including stations in Western, Gulf and Sandaun provinces."
)
p(
    "Overtime (Grades 5 to 9 only): time-and-a-half for work beyond 42 hours in a week and double time on Sundays and public holidays."
)
p(
    "Leave fares: officers recruited from another province are entitled to a return leave fare to their home province every two years."
)

h("5. Conditions of service")
p(
    "Ordinary hours under the General Orders are 42 hours a week, 7:45 am to 4:06 pm, Monday to Friday. "
    "All new officers serve a 12-month probation period before confirmation. Plant operators complete a 6-week induction "
    "at the DoWH Plant Training Centre at Bomana before posting. Technical officers may be posted to any of the 22 provincial works units."
)

h("6. How to apply")
p(
    "Applications close 28/03/2025 at 4:06 pm. Send a covering letter, CV, certified copies of certificates, a police clearance "
    "and two referee reports to: The Director, Human Resource Management, Department of Works and Highways, PO Box 1108, Boroko, NCD. "
    "Only shortlisted applicants will be contacted. Women are strongly encouraged to apply."
)
pdf.set_auto_page_break(False)
pdf.set_y(-15)
pdf.set_font("D", "", 7)
pdf.cell(
    0,
    5,
    "DoWH – Building PNG's roads and bridges | This sheet does not form part of any contract of employment.",
    align="C",
    new_x="LMARGIN",
    new_y="NEXT",
)
pdf.output(OUT)
for g, s in grades.items():
    print(g, [k(x) for x in s], k(s[0] * 26))
