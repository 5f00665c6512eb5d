"""Generate physiotherapist-australia.docx (careers office pay guide, Australia 2024)."""

from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "corpus" / "physiotherapist-australia.docx"

doc = Document()
doc.add_heading("Physiotherapy Careers in Australia: Pay and Progression Guide", 0)
p = doc.add_paragraph()
p.add_run("Careers & Employability Service — Allied Health Series. Updated July 2024.").italic = True

doc.add_paragraph(
    "This guide is for students considering physiotherapy and for final-year physiotherapy "
    "students planning their first job. All salary figures relate to 2024 and are shown in "
    "Australian dollars (A$) as gross annual base pay for a full-time (38-hour week) position. "
    "They do not include superannuation, penalty rates for weekend work, or overtime."
)

doc.add_heading("Becoming a physiotherapist", 1)
doc.add_paragraph(
    "Most people enter the profession through a four-year Bachelor of Physiotherapy (or an "
    "equivalent bachelor degree with honours). Graduates who already hold a degree in a related "
    "field such as exercise science can instead complete a two-year graduate-entry Master of "
    "Physiotherapy or a three-year Doctor of Physiotherapy. Clinical placements make up roughly "
    "1,000 hours of most accredited programs."
)

doc.add_heading("Registration with AHPRA", 2)
doc.add_paragraph(
    "Physiotherapy is a regulated health profession. Before you can practise or use the title "
    '"physiotherapist" you must be registered with the Physiotherapy Board of Australia through '
    "AHPRA (the Australian Health Practitioner Regulation Agency). Graduates of an accredited "
    "Australian program can apply up to four to six months before completing their course. "
    "Registration is renewed every year by 30 November, and registrants must declare that they "
    "have completed at least 20 hours of continuing professional development (CPD) in the "
    "previous registration year, hold professional indemnity insurance and meet the recency of "
    "practice standard. Overseas-qualified physiotherapists must first be assessed by the "
    "Australian Physiotherapy Council."
)

doc.add_heading("Pay in the public health system", 1)
doc.add_paragraph(
    "Public hospitals and community health services pay physiotherapists under state awards or "
    'enterprise agreements. Each state uses slightly different titles (for example, "Level" '
    'rather than "Grade" in some agreements), but the structure below is broadly comparable.'
)
doc.add_paragraph("Table 1. Public sector physiotherapy salary by grade, 2024", style="Caption")

grades = [
    ("Grade / level", "Typical experience", "Annual salary range", "Typical role"),
    ("Grade 1 (new graduate)", "0–2 years", "A$76,200–A$92,400", "Rotating clinician across wards and outpatients"),
    ("Grade 2 (senior clinician)", "3–6 years", "A$98,600–A$112,900", "Senior physiotherapist in one clinical stream"),
    (
        "Grade 3 (team leader / clinical specialist)",
        "7–10 years",
        "A$115,300–A$126,800",
        "Leads a team or a specialist service",
    ),
    (
        "Grade 4 (manager / advanced practice)",
        "10+ years",
        "A$129,500–A$148,000",
        "Department manager or advanced practice physiotherapist",
    ),
]
t = doc.add_table(rows=len(grades), cols=4)
t.style = "Light Grid Accent 1"
for i, row in enumerate(grades):
    for j, val in enumerate(row):
        t.cell(i, j).text = val
doc.add_paragraph(
    "Note: progression within a grade is usually by annual increment; moving up a grade requires "
    "applying for a higher-graded position."
).runs[0].font.size = Pt(9)

doc.add_heading("Pay by state and territory", 1)
doc.add_paragraph(
    "Pay differs between states mainly because each state negotiates its own public health "
    "agreement. Remote and regional areas, particularly in the Northern Territory and Western "
    "Australia, tend to pay more to attract staff."
)
doc.add_paragraph("Table 2. Physiotherapist salaries by state and territory, 2024", style="Caption")
states = [
    ("State / territory", "New graduate starting salary", "Median salary (all grades)"),
    ("New South Wales", "A$78,900", "A$101,400"),
    ("Victoria", "A$76,200", "A$98,700"),
    ("Queensland", "A$80,300", "A$99,500"),
    ("Western Australia", "A$83,100", "A$104,800"),
    ("South Australia", "A$75,600", "A$95,200"),
    ("Tasmania", "A$74,900", "A$93,600"),
    ("Australian Capital Territory", "A$81,700", "A$103,900"),
    ("Northern Territory", "A$84,500", "A$106,300"),
]
t = doc.add_table(rows=len(states), cols=3)
t.style = "Light Grid Accent 1"
for i, row in enumerate(states):
    for j, val in enumerate(row):
        t.cell(i, j).text = val
doc.add_paragraph(
    "Figures exclude superannuation and remote-area allowances. Medians combine public and private sector roles."
).runs[0].font.size = Pt(9)

doc.add_heading("Pay by employer type", 1)
doc.add_paragraph(
    "Around 45% of physiotherapists work in private practice. Private clinics often pay a base "
    "salary plus a percentage of billings once a caseload target is met, so earnings vary more "
    "than in the public system."
)
doc.add_paragraph("Table 3. Median salary by employer type, 2024", style="Caption")
emp = [
    ("Employer type", "Median annual salary"),
    ("Public hospital", "A$101,000"),
    ("Private practice", "A$92,500"),
    ("Aged care", "A$88,400"),
    ("Disability services (NDIS)", "A$96,800"),
    ("Sport and exercise (clubs, academies)", "A$90,000"),
]
t = doc.add_table(rows=len(emp), cols=2)
t.style = "Light Grid Accent 1"
for i, row in enumerate(emp):
    for j, val in enumerate(row):
        t.cell(i, j).text = val

doc.add_heading("Tips for your first job", 1)
for tip in [
    "Rotational Grade 1 programs in public hospitals usually open for applications in June–August.",
    "Rural and remote roles may offer relocation support and accommodation.",
    "Keep a CPD log from your first day: you will need it at renewal time.",
]:
    doc.add_paragraph(tip, style="List Bullet")

doc.add_paragraph(
    "Source: Careers & Employability Service analysis of state public health agreements and "
    "advertised vacancies, March–June 2024. Figures are indicative only."
).runs[0].italic = True

OUT.parent.mkdir(parents=True, exist_ok=True)
doc.save(OUT)
print("wrote", OUT)
