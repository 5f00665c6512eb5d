"""Generate MOHW HRM Circular No. 9 of 2024 (environmental health posts) as PDF."""

from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = "/work/round9/b/corpus/MOHW-HRM-Circular-No-9-of-2024-Environmental-Health-Compensation.pdf"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


class Circular(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font("DejaVuSerif", "B", 15)
            self.cell(0, 8, "MINISTRY OF HEALTH & WELLNESS", align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_font("DejaVuSerif", "", 10)
            self.cell(0, 5, "Human Resource Management & Development Branch", align="C", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 5, "Kingston, Jamaica, W.I.   ·   www.moh.gov.jm", align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_line_width(0.6)
            self.line(15, self.get_y() + 2, 195, self.get_y() + 2)
            self.ln(6)
        else:
            self.set_font("DejaVuSans", "I", 8)
            self.cell(
                0,
                5,
                "MOHW HRM Circular No. 9 of 2024 – Revised Compensation for Environmental Health Posts",
                align="R",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            self.ln(2)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVuSans", "", 8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


pdf = Circular(format="A4")
pdf.set_margins(15, 15, 15)
pdf.set_auto_page_break(True, 18)
pdf.add_font("DejaVuSans", "", FONT_DIR + "DejaVuSans.ttf")
pdf.add_font("DejaVuSans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVuSans", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
pdf.add_font("DejaVuSerif", "", FONT_DIR + "DejaVuSerif.ttf")
pdf.add_font("DejaVuSerif", "B", FONT_DIR + "DejaVuSerif-Bold.ttf")
pdf.alias_nb_pages()
pdf.add_page()

W = 180


def para(text, size=10, style="", h=5.2, indent=0):
    pdf.set_font("DejaVuSans", style, size)
    if indent:
        pdf.set_x(15 + indent)
    pdf.multi_cell(W - indent, h, text, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(1.5)


def numbered(n, text):
    pdf.set_font("DejaVuSans", "", 10)
    pdf.cell(9, 5.2, f"{n}.")
    pdf.multi_cell(W - 9, 5.2, text, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(1.5)


def heading(text, size=11):
    pdf.ln(1)
    pdf.set_font("DejaVuSans", "B", size)
    pdf.multi_cell(W, 6, text, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(1)


def table(rows, widths, aligns=None, size=8.5, header_rows=1):
    pdf.set_font("DejaVuSans", "", size)
    head = FontFace(emphasis="BOLD", fill_color=(220, 228, 240))
    with pdf.table(
        col_widths=widths,
        text_align=aligns or "LEFT",
        line_height=4.6,
        headings_style=head,
        num_heading_rows=header_rows,
        width=W,
    ) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)


# --- reference block ---
pdf.set_font("DejaVuSans", "", 10)
for label, value in [
    ("Our Ref. No.:", "34/12/HRM/EH"),
    ("Circular No.:", "9 of 2024"),
    ("Date:", "May 15, 2024"),
]:
    pdf.set_font("DejaVuSans", "B", 10)
    pdf.cell(32, 5.5, label)
    pdf.set_font("DejaVuSans", "", 10)
    pdf.cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT", align="L")
pdf.ln(3)

pdf.set_font("DejaVuSans", "B", 10)
pdf.cell(0, 5.5, "TO:", new_x="LMARGIN", new_y="NEXT", align="L")
pdf.set_font("DejaVuSans", "", 10)
for line in [
    "Chief Executive Officers, Regional Health Authorities (SERHA, NERHA, SRHA, WRHA)",
    "Chief Medical Officer",
    "Director, Environmental Health Unit",
    "Medical Officers (Health) and Chief Public Health Inspectors – all Parishes",
    "Directors, Human Resource Management – Regional Health Authorities",
]:
    pdf.cell(0, 5.2, "    " + line, new_x="LMARGIN", new_y="NEXT", align="L")
pdf.ln(3)

pdf.set_font("DejaVuSans", "B", 10.5)
pdf.multi_cell(
    W,
    5.6,
    "SUBJECT:  REVISED COMPENSATION ARRANGEMENTS FOR ENVIRONMENTAL HEALTH POSTS – FINANCIAL YEARS 2024/25 AND 2025/26",
    new_x="LMARGIN",
    new_y="NEXT",
    align="L",
)
pdf.ln(3)

numbered(
    1,
    "Reference is made to the Ministry of Finance and the Public Service Circular No. 11 of 2024 concerning the "
    "implementation of the Public Sector Compensation Structure, and to the Heads of Agreement concluded with the "
    "Jamaica Association of Public Health Inspectors (JAPHI) on April 22, 2024.",
)
numbered(
    2,
    "The purpose of this Circular is to advise of the salary bands and allowances approved for posts in the "
    "Environmental Health Programme (Public Health Inspectors and Vector Control staff) in the Ministry of Health "
    "& Wellness and the four Regional Health Authorities, with effect from April 1, 2024 (Financial Year 2024/25) "
    "and April 1, 2025 (Financial Year 2025/26).",
)
numbered(
    3,
    "The approved salary ranges are set out at Appendix A. All amounts are stated in Jamaican dollars (JMD) per annum "
    "and are payable monthly in arrears through the Human Capital Management Enterprise System (HCM). The 2025/26 "
    "ranges represent a further increase of 4.5 per cent on the 2024/25 ranges.",
)
numbered(
    4,
    "Officers shall be placed at the step in the new band nearest to but not less than their salary at March 31, 2024. "
    "The incremental steps for the Public Health Inspector grades are shown at Appendix B. Increments are payable "
    "annually on the officer's incremental date, subject to a satisfactory rating under the Performance Management "
    "and Appraisal System (PMAS).",
)
numbered(
    5,
    "For the avoidance of doubt, the entry salary of a Public Health Inspector I for 2024/25 is $2,643,780 per annum, "
    "which is a monthly equivalent of $220,315.00 before statutory deductions (Income Tax, NIS, NHT and Education Tax).",
)
numbered(
    6,
    "Retroactive payments for the period April 1 to May 31, 2024 will be made in the June 2024 payroll. "
    "Heads of Entities are asked to ensure that the Ministry's Finance & Accounts Division receives the revised "
    "schedules of officers no later than June 7, 2024.",
)
numbered(
    7,
    "Allowances payable to officers in the Environmental Health Programme are set out at Appendix C. The Travelling "
    "(Upkeep) Allowance remains subject to the officer being the registered owner of a motor vehicle that is used "
    "on official business and to the submission of a valid certificate of fitness and insurance.",
)
numbered(
    8,
    "The normal working week for all posts covered by this Circular is 40 hours, Monday to Friday, 8:30 a.m. to "
    "5:00 p.m. Officers may be required to work outside of normal hours during disease outbreaks (including dengue "
    "and other vector-borne disease responses), mass gatherings, port-of-entry inspections and emergencies declared "
    "under the Disaster Risk Management Act. Officers at Band 10 and above are not eligible for overtime.",
)
numbered(
    9,
    "Vacation leave entitlements are unchanged: 20 working days per year for officers in Bands 3 to 8, and "
    "30 working days per year for officers in Band 9 and above. Sick leave remains at 10 working days per year.",
)
numbered(
    10,
    "The minimum qualifications and experience for each post are restated at Appendix D for the guidance of "
    "Human Resource Units and the Public Service Commission/Regional Health Authority Boards when filling vacancies.",
)
numbered(
    11,
    "Any queries on this Circular should be directed to the Director, Compensation & Benefits, Human Resource "
    "Management & Development Branch, at compensation@moh.gov.jm.",
)

pdf.ln(4)
para("(Sgd.)", size=10)
pdf.set_font("DejaVuSans", "B", 10)
pdf.cell(0, 5, "Marcia A. Whitfield (Mrs.)", new_x="LMARGIN", new_y="NEXT", align="L")
pdf.set_font("DejaVuSans", "", 10)
pdf.cell(0, 5, "for Permanent Secretary", new_x="LMARGIN", new_y="NEXT", align="L")
pdf.ln(3)
para(
    "c.c.  Financial Secretary, Ministry of Finance and the Public Service\n"
    "        Chief Personnel Officer, Office of the Services Commissions\n"
    "        President, Jamaica Association of Public Health Inspectors (JAPHI)",
    size=8.5,
    h=4.5,
)

# --- Appendix A ---
pdf.add_page()
heading("APPENDIX A – SALARY BANDS FOR ENVIRONMENTAL HEALTH POSTS, 2024/25 AND 2025/26", 11)
para(
    "Annual salary in Jamaican dollars (JMD). Minimum = first step of the band; Maximum = last step of the band.",
    size=9,
)
A = [
    ("Vector Control Worker", "VC/1", "3", 1184760, 1431564, 1238076, 1495980),
    ("Vector Control Supervisor", "VC/2", "5", 1641288, 1983432, 1715148, 2072688),
    ("Public Health Inspector (Trainee)", "PHI/T", "6", 1923516, 2154336, 2010072, 2251284),
    ("Public Health Inspector I", "PHI/1", "8", 2643780, 3194988, 2762748, 3338760),
    ("Public Health Inspector II", "PHI/2", "9", 3051372, 3687348, 3188688, 3853284),
    ("Senior Public Health Inspector", "PHI/3", "10", 3521640, 4255620, 3680112, 4447128),
    ("Chief Public Health Inspector (Parish)", "PHI/4", "12", 4478256, 5411016, 4679772, 5654508),
    ("Environmental Health Specialist (Regional)", "EHS/1", "13", 5052432, 6105132, 5279796, 6379860),
    ("Director, Environmental Health Unit", "EHS/3", "15", 6481140, 7832352, 6772788, 8184804),
]
rows = [("Post", "Grade", "Band", "2024/25 Minimum", "2024/25 Maximum", "2025/26 Minimum", "2025/26 Maximum")]
for p, g, b, a, bb, c, d in A:
    rows.append((p, g, b, f"${a:,}", f"${bb:,}", f"${c:,}", f"${d:,}"))
table(
    rows, (58, 15, 12, 24, 24, 24, 24), aligns=("LEFT", "CENTER", "CENTER", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), size=8
)
para(
    "Note: Posts in the Port Health Services (Norman Manley International Airport, Sangster International Airport and "
    "the seaports of Kingston, Montego Bay and Ocho Rios) are graded as above but attract the Port Health Allowance "
    "at Appendix C.",
    size=8.5,
    h=4.5,
)

# --- Appendix B ---
heading("APPENDIX B – INCREMENTAL SCALES, PUBLIC HEALTH INSPECTOR GRADES (2024/25)", 11)
para(
    "Five (5) steps per band. Annual salary in JMD. Officers move one step per year on their incremental date, subject to PMAS.",
    size=9,
)
B = [
    ("Public Health Inspector I (Band 8)", [2643780, 2781576, 2919384, 3057192, 3194988]),
    ("Public Health Inspector II (Band 9)", [3051372, 3210360, 3369360, 3528360, 3687348]),
    ("Senior Public Health Inspector (Band 10)", [3521640, 3705132, 3888624, 4072128, 4255620]),
]
rows = [("Grade", "Step 1", "Step 2", "Step 3", "Step 4", "Step 5")]
for g, s in B:
    rows.append((g, *[f"${v:,}" for v in s]))
table(rows, (55, 25, 25, 25, 25, 25), aligns=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), size=8)
para("The 2025/26 steps are obtained by applying the 4.5 per cent adjustment to each step above.", size=8.5, h=4.5)

# --- Appendix C ---
heading("APPENDIX C – ALLOWANCES (EFFECTIVE APRIL 1, 2024)", 11)
rows = [
    ("Allowance", "Rate", "Eligibility"),
    (
        "Travelling (Upkeep) Allowance – Full Upkeep",
        "$996,768 per annum",
        "PHI I and above who travel regularly on official business in own motor vehicle",
    ),
    (
        "Travelling (Upkeep) Allowance – Half Upkeep",
        "$498,384 per annum",
        "Vector Control Supervisors and officers with limited field travel",
    ),
    ("Mileage (casual travel)", "$90.00 per km", "Officers without upkeep travelling on approved duty"),
    ("Uniform Allowance", "$75,000 per annum", "All Public Health Inspector and Vector Control posts"),
    ("Port Health Allowance", "10% of basic salary", "PHIs assigned full-time to an airport or seaport"),
    ("Meal Allowance", "$1,500 per meal", "Field duty in excess of 10 hours in one day"),
    (
        "Call-out Allowance",
        "$4,500 per call-out",
        "Officers below Band 10 called out after 8:00 p.m. or on a public holiday",
    ),
]
table(rows, (55, 35, 90), size=8)

# --- Appendix D ---
heading("APPENDIX D – MINIMUM QUALIFICATIONS AND EXPERIENCE", 11)
rows = [
    ("Post", "Minimum qualifications and experience"),
    (
        "Vector Control Worker",
        "Three (3) CSEC subjects including English Language; valid food handler's permit is an asset.",
    ),
    (
        "Vector Control Supervisor",
        "Five (5) CSEC subjects including English Language and Mathematics; three (3) years' "
        "experience as a Vector Control Worker.",
    ),
    (
        "Public Health Inspector (Trainee)",
        "Bachelor of Science in Public Health (Environmental Health), University of "
        "Technology, Jamaica (UTech), or equivalent, awaiting registration. Appointment "
        "is for a maximum of 12 months.",
    ),
    (
        "Public Health Inspector I",
        "BSc in Public Health (Environmental Health) or equivalent; registration with the "
        "Council for Professions Supplementary to Medicine (CPSM); valid driver's licence.",
    ),
    ("Public Health Inspector II", "As for PHI I, plus three (3) years' experience as a Public Health Inspector I."),
    (
        "Senior Public Health Inspector",
        "As for PHI I, plus six (6) years' experience, of which two (2) at PHI II level; "
        "a postgraduate certificate in Food Safety or Occupational Health is an asset.",
    ),
    (
        "Chief Public Health Inspector (Parish)",
        "Master of Public Health (MPH) or MSc Environmental Health; ten (10) "
        "years' experience in environmental health including three (3) years "
        "supervisory.",
    ),
    (
        "Environmental Health Specialist (Regional)",
        "Master's degree in Environmental Health or related field; ten (10) "
        "years' experience including a specialist area (water quality, port "
        "health, food safety or solid waste).",
    ),
    (
        "Director, Environmental Health Unit",
        "Master's degree in Environmental Health, Public Health or related field; "
        "twelve (12) years' experience of which five (5) at senior management level.",
    ),
]
table(rows, (60, 120), size=8)

pdf.set_font("DejaVuSans", "I", 8)
pdf.multi_cell(
    W,
    4.5,
    "This Circular supersedes Circular No. 21 of 2022 in respect of the posts listed. "
    "File: 34/12/HRM/EH – Compensation & Benefits Unit.",
    new_x="LMARGIN",
    new_y="NEXT",
    align="L",
)

pdf.output(OUT)
print("wrote", OUT)
