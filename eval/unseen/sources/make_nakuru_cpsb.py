import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = os.path.join(
    os.path.dirname(__file__), "..", "corpus", "CPSB-Nakuru-Advert-No-04-2025-Agriculture-Livestock-Fisheries.docx"
)
d = Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(11)


def c(t, bold=True, size=12):
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(t)
    r.bold = bold
    r.font.size = Pt(size)


def para(t, bold=False):
    p = d.add_paragraph()
    r = p.add_run(t)
    r.bold = bold
    return p


def bl(items):
    for it in items:
        d.add_paragraph(it, style="List Bullet")


c("COUNTY GOVERNMENT OF NAKURU", size=14)
c("NAKURU COUNTY PUBLIC SERVICE BOARD")
c("P.O. Box 2870 – 20100, NAKURU", bold=False, size=10)
c("Email: cpsb@nakuru.go.ke", bold=False, size=10)
d.add_paragraph()
para("REF: NCPSB/ADV/04/2025\t\t\t\t\t\tDATE: 14th April, 2025", bold=True)
c("ADVERTISEMENT OF VACANCIES", size=13)
c("DEPARTMENT OF AGRICULTURE, LIVESTOCK AND FISHERIES", size=12)
para(
    "The Nakuru County Public Service Board, pursuant to Section 65 of the County Governments Act, 2012, invites applications from qualified and suitable persons to fill the following vacant positions in the Department of Agriculture, Livestock and Fisheries. All positions are on Permanent and Pensionable terms unless otherwise stated."
)

para("SUMMARY OF POSTS AND REMUNERATION", bold=True)
rows = [
    ("S/No.", "Post", "Job Group", "No. of Posts", "Basic Salary Scale (Ksh. p.m.)", "Terms"),
    (
        "1.",
        "Chief Officer Advisor – Agricultural Value Chains",
        "CPSB 04 (Job Group 'Q')",
        "1",
        "Ksh. 89,748 – Ksh. 120,270",
        "Contract (3 years)",
    ),
    ("2.", "Principal Agricultural Officer", "CPSB 06 (Job Group 'N')", "2", "Ksh. 62,480 – Ksh. 83,020", "P&P"),
    ("3.", "Senior Livestock Production Officer", "CPSB 07 (Job Group 'M')", "2", "Ksh. 49,310 – Ksh. 66,910", "P&P"),
    ("4.", "Agricultural Officer II", "CPSB 09 (Job Group 'K')", "10", "Ksh. 35,910 – Ksh. 48,190", "P&P"),
    ("5.", "Livestock Production Officer II", "CPSB 09 (Job Group 'K')", "6", "Ksh. 35,910 – Ksh. 48,190", "P&P"),
    ("6.", "Fisheries Officer II", "CPSB 09 (Job Group 'K')", "2", "Ksh. 35,910 – Ksh. 48,190", "P&P"),
    ("7.", "Assistant Agricultural Officer III", "CPSB 11 (Job Group 'H')", "25", "Ksh. 23,450 – Ksh. 31,320", "P&P"),
    ("8.", "Assistant Animal Health Officer III", "CPSB 11 (Job Group 'H')", "8", "Ksh. 23,450 – Ksh. 31,320", "P&P"),
    ("9.", "Agricultural Machinery Operator III", "CPSB 14 (Job Group 'E')", "4", "Ksh. 16,430 – Ksh. 20,110", "P&P"),
]
t = d.add_table(rows=len(rows), cols=6)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        cell = t.cell(i, j)
        cell.text = v
        if i == 0:
            for run in cell.paragraphs[0].runs:
                run.bold = True
d.add_paragraph()

para("ALLOWANCES", bold=True)
para(
    "In addition to the basic salary, successful candidates will be entitled to the following monthly allowances in accordance with the Salaries and Remuneration Commission (SRC) guidelines:"
)
rows2 = [
    ("Job Group", "House Allowance (Ksh. p.m.)", "Commuter Allowance (Ksh. p.m.)", "Annual Leave Allowance (Ksh.)"),
    ("CPSB 04 (Q)", "Ksh. 35,000", "Ksh. 16,000", "Ksh. 10,000"),
    ("CPSB 06 (N)", "Ksh. 24,000", "Ksh. 12,000", "Ksh. 6,000"),
    ("CPSB 07 (M)", "Ksh. 18,000", "Ksh. 8,000", "Ksh. 6,000"),
    ("CPSB 09 (K)", "Ksh. 12,000", "Ksh. 6,000", "Ksh. 6,000"),
    ("CPSB 11 (H)", "Ksh. 7,500", "Ksh. 5,000", "Ksh. 4,000"),
    ("CPSB 14 (E)", "Ksh. 4,200", "Ksh. 4,000", "Ksh. 4,000"),
]
t2 = d.add_table(rows=len(rows2), cols=4)
t2.style = "Table Grid"
for i, r in enumerate(rows2):
    for j, v in enumerate(r):
        cell = t2.cell(i, j)
        cell.text = v
        if i == 0:
            for run in cell.paragraphs[0].runs:
                run.bold = True
d.add_paragraph()
para(
    "Officers deployed to Sub-County and Ward offices may also be eligible for a hardship allowance where applicable. Extension officers who are required to use their own motorcycles for field visits are paid a mileage allowance at rates set by the Board."
)

para("1. AGRICULTURAL OFFICER II – CPSB 09 (JOB GROUP 'K') – TEN (10) POSTS", bold=True)
para("Duties and Responsibilities", bold=True)
para(
    "This is the entry grade for graduate agricultural officers. The officer will be deployed at Ward level and will be responsible to the Sub-County Agricultural Officer. Duties will include:"
)
bl(
    [
        "Providing agricultural extension services to farmers, farmer groups and cooperatives;",
        "Carrying out crop surveys, crop forecasting and collection of agricultural statistics;",
        "Training farmers on good agricultural practices, soil and water conservation and post-harvest management;",
        "Promoting climate-smart agriculture and value chain development (dairy, potatoes, pyrethrum and horticulture);",
        "Preparing monthly and quarterly work plans and reports.",
    ]
)
para("Requirements for Appointment", bold=True)
para("For appointment to this grade, a candidate must:")
bl(
    [
        "Be a Kenyan citizen;",
        "Have a Bachelor's Degree in any of the following disciplines: Agriculture, Agricultural Economics, Horticulture, Crop Science, Soil Science, Agricultural Education and Extension, or Agribusiness Management from a university recognized in Kenya;",
        "Have a certificate in computer applications skills from a recognized institution;",
        "Possess a valid motorcycle riding licence (an added advantage); and",
        "Meet the requirements of Chapter Six (6) of the Constitution of Kenya, 2010.",
    ]
)
para(
    "There is no experience requirement for this grade. Officers are eligible for promotion to Agricultural Officer I (CPSB 08, Job Group 'L') after a minimum period of three (3) years, subject to a satisfactory performance appraisal."
)

para("2. ASSISTANT AGRICULTURAL OFFICER III – CPSB 11 (JOB GROUP 'H') – TWENTY-FIVE (25) POSTS", bold=True)
para("Requirements for Appointment", bold=True)
bl(
    [
        "Be a Kenyan citizen;",
        "Have a Diploma in any of the following disciplines: General Agriculture, Horticulture, Agricultural Engineering, Crop Protection, Agricultural Extension or Agribusiness from a recognized institution;",
        "Have a certificate in computer applications skills;",
        "Meet the requirements of Chapter Six (6) of the Constitution of Kenya, 2010.",
    ]
)
para(
    "Preference will be given to candidates residing in the Ward where the vacancy exists. Assistant Agricultural Officers III may be promoted to Assistant Agricultural Officer II (CPSB 10, Job Group 'J') after a minimum period of three (3) years."
)

para("3. SENIOR LIVESTOCK PRODUCTION OFFICER – CPSB 07 (JOB GROUP 'M') – TWO (2) POSTS", bold=True)
bl(
    [
        "Bachelor's Degree in Animal Science, Animal Production, Range Management or Agriculture from a recognized university;",
        "Served in the grade of Livestock Production Officer I (Job Group 'L') or a comparable position for a minimum period of three (3) years;",
        "A Master's Degree in a relevant field will be an added advantage;",
        "Certificate in Senior Management Course lasting not less than four (4) weeks from a recognized institution.",
    ]
)

para("HOW TO APPLY", bold=True)
para(
    "Interested and qualified candidates should submit their applications by filling the Nakuru County Public Service Board Application Form (available on the County website www.nakuru.go.ke). Applicants should attach copies of their National ID card, academic and professional certificates, testimonials and a detailed curriculum vitae with three referees."
)
para(
    "Shortlisted candidates will be required to present clearance certificates from the following bodies during the interview:"
)
bl(
    [
        "Kenya Revenue Authority (KRA) – Tax Compliance Certificate;",
        "Higher Education Loans Board (HELB);",
        "Ethics and Anti-Corruption Commission (EACC);",
        "Directorate of Criminal Investigations (DCI) – Certificate of Good Conduct;",
        "A registered Credit Reference Bureau (CRB).",
    ]
)
para("Applications should be addressed to:")
para("The Secretary/CEO,\nNakuru County Public Service Board,\nP.O. Box 2870 – 20100,\nNAKURU.")
para(
    "so as to reach the Board on or before Monday, 5th May, 2025 at 5.00 p.m. (East African Time). Hand-delivered applications should be dropped at the Board offices, Old Town Hall Building, Kenyatta Avenue, Nakuru.",
    bold=False,
)
para("NOTE:", bold=True)
bl(
    [
        "Nakuru County Government is an equal opportunity employer. Persons with Disabilities, the Marginalized and Minorities and candidates from all gender are encouraged to apply.",
        "Only shortlisted candidates will be contacted.",
        "Canvassing in any form will lead to automatic disqualification.",
        "The Board does not charge any fee at any stage of the recruitment process.",
    ]
)
d.add_paragraph()
para("SECRETARY/CEO\nNAKURU COUNTY PUBLIC SERVICE BOARD", bold=True)
d.save(OUT)
print("wrote", OUT)
