import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus", "Scheme_of_Service_Surveying_and_Mapping_Cadre_2025.docx")

d = Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(11)
sec = d.sections[0]
sec.header.paragraphs[0].text = "DPSM 1/15/4 II (27)\t\tRESTRICTED – FOR OFFICIAL USE"
sec.footer.paragraphs[0].text = "Scheme of Service – Surveying and Mapping Cadre (Revised 2025)          Page 1"


def c(text, bold=True, size=12):
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)


def para(text, bold_lead=None):
    p = d.add_paragraph()
    if bold_lead:
        p.add_run(bold_lead).bold = True
    p.add_run(text)
    return p


def heading(text):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.underline = True


c("REPUBLIC OF BOTSWANA", size=14)
c("DIRECTORATE OF PUBLIC SERVICE MANAGEMENT")
c("DPSM DIRECTIVE NO. 7 OF 2025", size=11)
c("SCHEME OF SERVICE FOR THE SURVEYING AND MAPPING CADRE\n(Department of Surveys and Mapping)", size=12)
p = d.add_paragraph("Effective date: 1st April 2025")
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

heading("1.0  INTRODUCTION")
para(
    "1.1  This Scheme of Service replaces the Scheme of Service for Land Surveyors and Survey Technicians issued under "
    "Directive No. 12 of 2016. It sets out the structure, entry qualifications, salary grades, advancement criteria and "
    "training provisions applicable to officers in the Surveying and Mapping Cadre of the Department of Surveys and Mapping."
)
para(
    "1.2  The Scheme is intended to (a) attract and retain suitably qualified surveyors in a scarce-skill profession, "
    "(b) provide a clear career path from certificate level to the post of Surveyor General, and (c) link advancement to "
    "performance, experience and professional registration."
)

heading("2.0  STRUCTURE OF THE CADRE AND ENTRY REQUIREMENTS")
para("2.1  The cadre shall comprise the following posts:")
rows = [
    ("Post", "Grade", "Minimum entry qualification / requirement"),
    ("TECHNICAL STREAM", None, None),
    ("Survey Assistant", "B3", "BGCSE with a credit in Mathematics and a Certificate in Land Surveying"),
    ("Survey Technician", "C4", "Diploma in Land Surveying or Geomatics (3 years)"),
    ("Senior Survey Technician", "C3", "Survey Technician with 3 years at C4"),
    ("Principal Survey Technician", "C2", "Senior Survey Technician with 3 years at C3"),
    ("PROFESSIONAL STREAM", None, None),
    (
        "Land Surveyor (Graduate Trainee)",
        "D4",
        "Bachelor's degree in Land Surveying, Geomatics or Surveying Engineering (4 years)",
    ),
    ("Land Surveyor", "D3", "2 years at D4 and registration as a Licensed Land Surveyor"),
    ("Senior Land Surveyor", "D2", "3 years at D3"),
    ("Principal Land Surveyor II", "D1", "3 years at D2"),
    ("Principal Land Surveyor I", "E2", "3 years at D1; Master's degree an added advantage"),
    ("Chief Land Surveyor", "E1", "Appointment on merit from Principal Land Surveyor I"),
]
t = d.add_table(rows=0, cols=3)
t.style = "Table Grid"
for r in rows:
    cells = t.add_row().cells
    if r[1] is None:
        m = cells[0].merge(cells[1]).merge(cells[2])
        m.text = r[0]
        m.paragraphs[0].runs[0].bold = True
    else:
        for i, v in enumerate(r):
            cells[i].text = v
        if r[0] == "Post":
            for cc in cells:
                cc.paragraphs[0].runs[0].bold = True
para(
    "2.2  Holders of a Bachelor's degree who join the service without registration shall be appointed as Land Surveyor "
    "(Graduate Trainee) and shall serve a pupillage of not less than two (2) years under the supervision of a Licensed Land "
    "Surveyor before sitting the professional examination of the Land Surveyors Board."
)

heading("3.0  SALARY GRADES")
para(
    "3.1  Posts in the cadre shall be remunerated on the Public Service salary structure as shown in Annex A. Salaries are "
    "expressed in Pula (P) per annum; the monthly equivalent at the minimum of each grade is shown for information. "
    "Officers shall progress within the grade by annual notch increments on 1st April, subject to a performance rating of "
    'at least "Meets Expectations".'
)
para("ANNEX A – SALARY SCALES (with effect from 1st April 2025)", bold_lead=None).runs[0].bold = True
t2 = d.add_table(rows=2, cols=5)
t2.style = "Table Grid"
h = t2.rows[0].cells
h[0].text = "Grade"
h[1].merge(h[2]).text = "Annual salary (P p.a.)"
h[3].text = "Entry monthly (P)"
h[4].text = "No. of notches"
h2 = t2.rows[1].cells
h2[0].merge(h[0])
h2[3].merge(h[3])
h2[4].merge(h[4])
h2[1].text = "Minimum"
h2[2].text = "Maximum"
scales = [
    ("B3", 58224, 73512, 8),
    ("C4", 76104, 92568, 8),
    ("C3", 86412, 104784, 8),
    ("C2", 97836, 118596, 8),
    ("D4", 114960, 140712, 9),
    ("D3", 131376, 160896, 9),
    ("D2", 149532, 183108, 9),
    ("D1", 170292, 208404, 9),
    ("E2", 212844, 258216, 7),
    ("E1", 247608, 301164, 7),
]
for g, lo, hi, n in scales:
    assert lo % 12 == 0
    cells = t2.add_row().cells
    cells[0].text = g
    cells[1].text = f"P {lo:,}"
    cells[2].text = f"P {hi:,}"
    cells[3].text = f"P {lo // 12:,}"
    cells[4].text = str(n)
para(
    "Note: Grade F1 (Director of Surveys and Mapping / Surveyor General) is remunerated on the Senior Public Service "
    "Management scale and is not reproduced here."
).runs[0].italic = True

heading("4.0  ALLOWANCES")
para(
    "4.1  Scarce Skills Allowance: Officers in the Professional Stream (grades D4 to E1) who hold a recognised degree in "
    "Land Surveying or Geomatics shall be paid a Scarce Skills Allowance of twenty per cent (20%) of basic salary. "
    "Officers in the Technical Stream are not eligible."
)
para(
    "4.2  Field (Camping) Allowance: Officers required to camp in the field away from their duty station shall be paid a "
    "camping allowance of P180 per night. Where Government accommodation is provided, the allowance shall be reduced by half."
)
para(
    "4.3  Remote Area Service Allowance: Officers stationed at Ghanzi, Tsabong, Hukuntsi, Kang and Shakawe shall be paid "
    "a Remote Area Service Allowance of P450 per month."
)
para(
    "4.4  Professional Registration Allowance: a Licensed Land Surveyor shall be refunded the annual practising fee "
    "payable to the Land Surveyors Board."
)

heading("5.0  ADVANCEMENT")
para(
    "5.1  Advancement from one grade to the next is not automatic. An officer shall be considered for advancement "
    "only where a vacancy exists in the establishment, the officer meets the minimum period stated in paragraph 2.1, and "
    'the officer has obtained a performance rating of "Meets Expectations" or better for the last two (2) consecutive years.'
)
para(
    "5.2  A Survey Technician who obtains a Bachelor's degree in Land Surveying or Geomatics through in-service training "
    "shall, on successful completion, be appointed Land Surveyor (Graduate Trainee) at grade D4."
)

heading("6.0  TRAINING AND DEVELOPMENT")
para(
    "6.1  The Department shall sponsor serving officers for in-service training at Diploma, Degree and Master's level "
    "according to the approved Training Plan. Officers sponsored for full-time training of more than six (6) months shall "
    "enter into a bond to serve the Government for a period equal to the duration of the training."
)
para(
    "6.2  New officers shall complete a six (6) week induction on cadastral survey regulations, the Land Survey Act and "
    "GNSS/CORS field procedures within their first year of service."
)

heading("7.0  CONDITIONS OF SERVICE")
para(
    "7.1  Official working hours are 07:30 to 16:30, Monday to Friday, with a lunch break of one hour. Field staff may "
    "be required to work extended hours and weekends during survey campaigns, for which time-off in lieu shall be granted."
)
para("7.2  All other conditions of service shall be governed by the Public Service Act and the General Orders.")

d.add_paragraph()
para(
    "Issued by:\nPermanent Secretary\nDirectorate of Public Service Management\nPrivate Bag 0011, Gaborone\n14th March 2025"
)
d.save(OUT)
print("wrote", OUT)
