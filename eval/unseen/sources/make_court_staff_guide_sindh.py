"""Generate a careers-cell guide (DOCX) on court ministerial staff jobs in the district courts of Sindh, 2024-25."""

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
OUT = HERE / "Court_Ministerial_Staff_Sindh_Pay_and_Recruitment_2024-25.docx"


def rs(n):
    return f"{n:,}"


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)

p = doc.add_paragraph("CAREER GUIDANCE & PLACEMENT CELL — Information Note No. 11 (2024-25)")
p.runs[0].font.size = Pt(9)
p.runs[0].font.color.rgb = RGBColor(0x66, 0x66, 0x66)
doc.add_heading("Working in the Courts: Court Administration and Ministerial Staff", level=0)
doc.add_heading("District & Sessions Courts, Sindh — posts, pay and how to apply, 2024-25", level=2)

doc.add_paragraph(
    "Every year the district courts of the province advertise posts for the “ministerial staff” — the clerks, "
    "readers, stenographers and bailiffs who keep the courts running. These are permanent government jobs on the "
    "Basic Pay Scales (BPS) with pension, and they attract a large number of candidates. This note summarises the "
    "latest advertisement, the pay and allowances notified for FY 2024-25 (1 July 2024 to 30 June 2025), and what "
    "you need to prepare. Always read the official advertisement before applying; the figures below are for "
    "guidance."
)

doc.add_heading("1. The jobs", level=1)
jobs = [
    (
        "Junior Clerk (BPS-11)",
        "diary and dispatch, registers of suits and appeals, typing of orders and notices, copying branch.",
    ),
    ("Computer Operator (BPS-12)", "data entry in the case-management system, cause lists, scanning of records."),
    (
        "Reader (BPS-14)",
        "sits in the courtroom with the presiding officer, calls the cases, maintains the cause "
        "list and the roznamcha (order sheet) of each file.",
    ),
    ("Stenographer (BPS-15)", "takes dictation of judgments and orders in shorthand and types them out."),
    ("Assistant (BPS-16)", "accounts, establishment and record branches of the District & Sessions Judge's office."),
    ("Bailiff (BPS-7)", "serves summons, notices and warrants; field work across the district."),
    ("Naib Qasid (BPS-3)", "office support, movement of files between branches and courtrooms."),
]
for name, desc in jobs:
    para = doc.add_paragraph(style="List Bullet")
    r = para.add_run(name + " — ")
    r.bold = True
    para.add_run(desc)
doc.add_paragraph(
    "Senior Clerk (BPS-14) and Superintendent (BPS-17) posts are filled by promotion from within the "
    "establishment and are not open to fresh candidates.*"
)

doc.add_heading("2. Posts advertised in 2024-25", level=1)
divisions = ["Karachi", "Hyderabad", "Sukkur", "Larkana", "Mirpur-khas", "SBA**"]
posts = [
    ("Junior Clerk", "11", "Intermediate (HSC-II); typing 30 w.p.m.", "18–28", [42, 18, 14, 11, 9, 10]),
    ("Computer Operator", "12", "Intermediate + 1-year IT diploma; typing 40 w.p.m.", "18–28", [12, 6, 4, 3, 2, 3]),
    ("Reader", "14", "Graduate (BA / BSc / B.Com)", "18–30", [9, 5, 4, 3, 2, 2]),
    ("Stenographer", "15", "Graduate; shorthand 80 w.p.m. and typing 40 w.p.m.", "18–30", [15, 7, 5, 4, 3, 3]),
    ("Assistant", "16", "Graduate (2nd division) + computer proficiency", "18–30", [6, 3, 2, 2, 1, 1]),
    ("Bailiff", "7", "Matric (SSC)", "18–30", [20, 9, 8, 7, 5, 6]),
    ("Naib Qasid", "3", "Primary; able to read and write Urdu or Sindhi", "18–30", [35, 15, 12, 10, 8, 9]),
]
ncol = 4 + len(divisions)
t = doc.add_table(rows=2 + len(posts), cols=ncol)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
head1 = ["Post", "BPS", "Minimum qualification", "Age limit\n(years)"]
for j, h in enumerate(head1):
    c = t.cell(0, j).merge(t.cell(1, j))
    c.text = h
merged = t.cell(0, 4).merge(t.cell(0, ncol - 1))
merged.text = "Vacancies by division"
for j, d in enumerate(divisions):
    t.cell(1, 4 + j).text = d
for i, (post, bps, qual, age, vac) in enumerate(posts):
    row = t.rows[2 + i].cells
    row[0].text, row[1].text, row[2].text, row[3].text = post, bps, qual, age
    for j, v in enumerate(vac):
        row[4 + j].text = str(v)
for r in (0, 1):
    for c in t.rows[r].cells:
        for pr in c.paragraphs:
            for run in pr.runs:
                run.bold = True
fn = doc.add_paragraph()
fn.add_run(
    "* Superintendent: by promotion from Assistant / Senior Clerk with at least 5 years' service.   "
    "** SBA = Shaheed Benazirabad (Nawabshah) division.   Upper age limits may be relaxed under the "
    "Government of Sindh general relaxation (up to 15 years) and for serving government employees."
).font.size = Pt(8.5)

doc.add_heading("3. Pay: Basic Pay Scales", level=1)
doc.add_paragraph(
    "All the posts are on the Basic Pay Scales. You start at the minimum of your scale and receive one "
    "increment on 1st December each year until you reach the maximum (30 stages). In official notifications a "
    "scale is written minimum–increment–maximum, e.g. BPS-11 (Rs 18,750-1,020-49,350)."
)
scales = [
    (3, 14190, 510),
    (5, 14760, 570),
    (7, 15330, 680),
    (9, 16560, 780),
    (11, 18750, 1020),
    (12, 19880, 1140),
    (14, 23150, 1470),
    (15, 24610, 1620),
    (16, 30370, 2010),
    (17, 45070, 3420),
]
t2 = doc.add_table(rows=1 + len(scales), cols=4)
t2.style = "Table Grid"
for j, h in enumerate(["BPS", "Minimum\n(Rs per month)", "Annual increment\n(Rs)", "Maximum\n(Rs per month)"]):
    t2.cell(0, j).text = h
    for run in t2.cell(0, j).paragraphs[0].runs:
        run.bold = True
for i, (b, mn, inc) in enumerate(scales, 1):
    cells = t2.rows[i].cells
    cells[0].text = f"BPS-{b:02d}"
    cells[1].text = rs(mn)
    cells[2].text = rs(inc)
    cells[3].text = rs(mn + 30 * inc)
    for c in cells[1:]:
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.add_paragraph(
    "Source: Basic Pay Scales 2024 as adopted by the Finance Department, Government of Sindh. "
    "Figures are basic pay only, before allowances and deductions."
).runs[0].italic = True

doc.add_heading("4. Allowances", level=1)
allow = [
    (
        "House Rent Allowance (HRA)",
        "45% of the minimum of the scale — Karachi and Hyderabad\n30% of the minimum of the scale — all other stations",
    ),
    (
        "Conveyance Allowance",
        "BPS 1–4: Rs 2,720 · BPS 5–10: Rs 3,640 · BPS 11–15: Rs 4,620 · BPS-16: Rs 7,300 · BPS-17: Rs 10,150",
    ),
    ("Medical Allowance", "25% of running basic pay (BPS 1–16); Rs 1,500 fixed (BPS-17)"),
    ("ARA-2023", "35% of running basic pay (BPS 1–16); 30% (BPS-17)"),
    ("ARA-2024", "25% of running basic pay (BPS 1–16); 20% (BPS-17)"),
    (
        "Integrated / special allowances",
        "as notified; Readers and Stenographers attached to Sessions courts may receive an additional court allowance",
    ),
]
t3 = doc.add_table(rows=1 + len(allow), cols=2)
t3.style = "Table Grid"
t3.cell(0, 0).text, t3.cell(0, 1).text = "Allowance", "Rate (per month)"
for c in t3.rows[0].cells:
    c.paragraphs[0].runs[0].bold = True
for i, (a, r) in enumerate(allow, 1):
    t3.cell(i, 0).text, t3.cell(i, 1).text = a, r
doc.add_paragraph(
    "ARA = Ad-hoc Relief Allowance, granted in the budget of the year shown; “running basic” "
    "means your current basic pay, not the minimum of the scale."
).runs[0].font.size = Pt(8.5)

doc.add_heading("Worked example: what a new Junior Clerk receives", level=2)
doc.add_paragraph("Junior Clerk, BPS-11, first month of service, posted in Karachi (rounded to the nearest rupee):")
basic = 18750
lines = [
    ("Basic pay (minimum of BPS-11)", basic),
    ("House Rent Allowance @ 45%", round(basic * 0.45 + 0.001)),
    ("Conveyance Allowance", 4620),
    ("Medical Allowance @ 25%", round(basic * 0.25 + 0.001)),
    ("ARA-2023 @ 35%", round(basic * 0.35 + 0.001)),
    ("ARA-2024 @ 25%", round(basic * 0.25 + 0.001)),
]
gross = sum(v for _, v in lines)
ded = [("GP Fund subscription", 1240), ("Benevolent Fund", 620), ("Group Insurance", 200)]
net = gross - sum(v for _, v in ded)
t4 = doc.add_table(rows=0, cols=2)
t4.style = "Table Grid"
for a, v in lines:
    c = t4.add_row().cells
    c[0].text, c[1].text = a, f"Rs. {rs(v)}/-"
c = t4.add_row().cells
c[0].text, c[1].text = "Gross pay", f"Rs. {rs(gross)}/-"
for cc in c:
    cc.paragraphs[0].runs[0].bold = True
for a, v in ded:
    c = t4.add_row().cells
    c[0].text, c[1].text = "less: " + a, f"Rs. {rs(v)}/-"
c = t4.add_row().cells
c[0].text, c[1].text = "Net pay (take-home)", f"Rs. {rs(net)}/-"
for cc in c:
    cc.paragraphs[0].runs[0].bold = True
doc.add_paragraph(
    "No income tax is deducted at this level of pay. In Sukkur, Larkana and other stations the HRA "
    "is lower (30%), so the gross pay is correspondingly less."
).runs[0].font.size = Pt(9)

doc.add_heading("5. How to apply", level=1)
steps = [
    "Watch for the advertisement in Dawn, Jang and Kawish and on the website of the High Court; it names the "
    "testing service and the closing date (usually 15–21 days).",
    "Apply online on the testing service's portal and pay the test fee of Rs 800 at a designated bank branch.",
    "Written test (MCQ): English, Urdu/Sindhi, general knowledge, Pakistan studies, Islamiat/Ethics and basic "
    "computer skills. Pass mark 50%.",
    "Skill test for qualified candidates: typing test (Junior Clerk, Computer Operator) or shorthand and typing "
    "test (Stenographer).",
    "Interview before the District Selection Committee chaired by the District & Sessions Judge; merit lists are "
    "made district-wise.",
]
for s_ in steps:
    doc.add_paragraph(s_, style="List Number")
doc.add_paragraph("Documents required at the interview:")
for d in [
    "CNIC (original and copy)",
    "Domicile and Permanent Residence Certificate (PRC) of the district applied for",
    "Attested copies of degrees/certificates and mark sheets",
    "Character certificate from a gazetted officer and four passport-size photographs",
    "No-objection certificate from your department, if already in government service",
]:
    doc.add_paragraph(d, style="List Bullet")

doc.add_heading("6. Career growth", level=1)
doc.add_paragraph(
    "A Junior Clerk can be promoted to Senior Clerk (BPS-14) after about five years and then to Assistant and "
    "Superintendent, subject to seniority and a departmental examination. Stenographers can rise to Senior "
    "Scale Stenographer (BPS-16) and Private Secretary (BPS-17) to a District & Sessions Judge. Court experience is "
    "also useful for later careers as a legal assistant or in court administration."
)

p = doc.add_paragraph(
    "Prepared by the Career Guidance & Placement Cell from official notifications. Visit the Cell "
    "(Room 14, Admin Block) for past papers of the typing and MCQ tests."
)
p.runs[0].italic = True
p.runs[0].font.size = Pt(9)

doc.save(OUT)
print("wrote", OUT, "gross", gross, "net", net)
