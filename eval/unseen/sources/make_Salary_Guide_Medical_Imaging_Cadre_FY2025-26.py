"""Generates Salary_Guide_Medical_Imaging_Cadre_FY2025-26.pdf next to this script."""

import os

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "Salary_Guide_Medical_Imaging_Cadre_FY2025-26.pdf")


class Guide(FPDF):
    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Kampala School of Allied Health Sciences - Career Guidance & Placement Office", align="L")
        self.cell(0, 5, "CG/INFO/07", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


pdf = Guide(format="A4")
pdf.set_margins(20, 15, 20)
pdf.set_auto_page_break(True, margin=20)
pdf.alias_nb_pages()
pdf.add_page()

pdf.set_font("Helvetica", "B", 16)
pdf.multi_cell(0, 8, "Health Workforce Pay Guide: Medical Imaging Cadre", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 11)
pdf.multi_cell(
    0,
    6,
    "Republic of Uganda - Public Service Salary Structure, FY 2025/26 (1 July 2025 - 30 June 2026)",
    new_x="LMARGIN",
    new_y="NEXT",
)
pdf.ln(4)


def h2(t):
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)


def para(t):
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


para(
    "This guide is prepared for final-year students and recent graduates of imaging programmes. It summarises "
    "the consolidated pay of imaging posts in government health facilities (Health Centre IV, General Hospitals, "
    "Regional Referral Hospitals and National Referral Hospitals) under the salary structure for FY 2025/26. "
    "Private and PNFP (private not-for-profit) hospitals set their own pay and are not covered here."
)

h2("1. About the cadre")
para(
    "Radiographers produce diagnostic images using general X-ray, fluoroscopy, CT, MRI and mammography equipment, "
    "position patients, apply radiation protection rules and keep imaging records. In many district hospitals the "
    "radiographer is the only imaging professional on site and also supervises the darkroom/processing area and the "
    "radiography assistants. Senior and principal grades take on departmental management, quality assurance and "
    "the supervision of interns."
)
para(
    "Progression: a Radiographer (U5) may be promoted to Senior Radiographer (U4) on attaining a bachelor's degree "
    "and at least 3 years of service at U5, subject to an advertised vacancy. Within a scale, one notch increment "
    "is awarded each year on 1 July, subject to a satisfactory annual performance appraisal."
)

para(
    "Working pattern: imaging departments in referral hospitals run a day shift and an on-call rota for nights, "
    "weekends and public holidays. Staff on the rota are paid the extra duty allowance in Table 2. Radiation "
    "workers are monitored with personal dosimeters and have an annual medical review."
)
para(
    "Specialisation: after registration, radiographers may take short courses in CT, MRI or mammography offered "
    "by teaching hospitals. These courses do not by themselves change the salary scale, but are taken into "
    "account when posts at the next grade are filled."
)

h2("2. Monthly and annual salary by scale and notch (Table 1)")
para("Amounts are consolidated gross pay in Uganda Shillings (UGX)*. Entry to a scale is normally at notch 1.")

rows = [
    ("U8", "Darkroom Attendant", [480000, 496000, 512000]),
    ("U7", "Radiography Assistant", [690000, 713000, 737000]),
    ("U5", "Radiographer", [1150000, 1192000, 1236000, 1280000]),
    ("U4", "Senior Radiographer", [1820000, 1895000, 1972000, 2050000]),
    ("U3", "Principal Radiographer", [2480000, 2572000, 2665000, 2760000]),
    ("U2", "Senior Principal Radiographer", [3350000, 3472000, 3595000, 3720000]),
]

pdf.set_font("Helvetica", "", 9.5)
head_style = FontFace(emphasis="BOLD", fill_color=(215, 228, 240))
with pdf.table(
    col_widths=(16, 58, 16, 38, 38),
    text_align=("CENTER", "LEFT", "CENTER", "RIGHT", "RIGHT"),
    headings_style=head_style,
    repeat_headings=1,
    line_height=6.2,
) as table:
    table.row(["Salary\nscale", "Post title", "Notch", "Monthly gross\n(UGX)", "Annual gross\n(UGX)"])
    for scale, title, notches in rows:
        for i, m in enumerate(notches, start=1):
            table.row([scale, title, str(i), f"{m:,}", f"{m * 12:,}"])
pdf.ln(2)
pdf.set_font("Helvetica", "I", 8)
pdf.multi_cell(
    0,
    4.2,
    "* Gross figures before PAYE and Local Service Tax. Scales U6 and U1 have no imaging posts in the "
    "approved structure. Figures for FY 2024/25 and earlier are not reproduced in this guide.",
    new_x="LMARGIN",
    new_y="NEXT",
)
pdf.ln(3)

h2("3. Allowances (Table 2)")
pdf.set_font("Helvetica", "", 9.5)
with pdf.table(
    col_widths=(60, 50, 56), text_align=("LEFT", "LEFT", "LEFT"), headings_style=head_style, line_height=5.5
) as table:
    table.row(["Allowance", "Rate", "Who qualifies"])
    table.row(
        [
            "Hard-to-reach allowance",
            "30% of monthly basic salary",
            "Staff posted to designated hard-to-reach districts, e.g. Kotido, Moroto, Kaabong, Kalangala, Buvuma, Adjumani",
        ]
    )
    table.row(
        [
            "Radiation risk allowance",
            "UGX 150,000 per month",
            "Staff working in a licensed imaging unit and enrolled in personal dosimetry",
        ]
    )
    table.row(
        ["Extra duty (on-call) allowance", "UGX 25,000 per night on call", "Paid against the approved duty roster"]
    )
pdf.ln(3)

h2("4. Entry requirements")
para(
    "Radiography Assistant (U7): Certificate in Radiography, or O-level with in-service training.\n"
    "Radiographer (U5): Diploma in Diagnostic Radiography from a recognised institution.\n"
    "Senior Radiographer (U4): Bachelor of Science in Radiography and at least 3 years' experience at U5.\n"
    "All imaging staff must be registered with the Allied Health Professionals Council and hold a valid "
    "practising licence, renewed every year."
)

h2("5. How to apply")
para(
    "Vacancies in National and Regional Referral Hospitals are advertised by the Health Service Commission in the "
    "national newspapers and on its website; applications are made online using the prescribed form. Posts in "
    "district hospitals and Health Centre IVs are filled by the respective District Service Commission. Attach "
    "certified copies of academic documents, your council registration and practising licence. Shortlisted "
    "candidates sit an oral interview; some vacancies also include an aptitude test."
)

pdf.set_font("Helvetica", "I", 8)
pdf.ln(2)
pdf.multi_cell(
    0,
    4.2,
    "Prepared by the Career Guidance & Placement Office, August 2025. For guidance only; the official "
    "salary structure circular prevails in case of any difference.",
    new_x="LMARGIN",
    new_y="NEXT",
)

pdf.output(OUT)
print("wrote", OUT)
