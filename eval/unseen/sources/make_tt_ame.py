import os

from pptx import Presentation
from pptx.util import Inches, Pt

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus", "AME_Careers_Day_Piarco_2025.pptx")
prs = Presentation()
prs.slide_width = Inches(13.333)
prs.slide_height = Inches(7.5)
FOOT = "Caribbean Institute of Aviation Technology (CIAT) • Careers Day, Piarco • 22nd May 2025"


def footer(s):
    tb = s.shapes.add_textbox(Inches(0.5), Inches(7.0), Inches(12.3), Inches(0.4))
    tb.text_frame.text = FOOT
    tb.text_frame.paragraphs[0].runs[0].font.size = Pt(10)


def bullets(title, items, notes=None):
    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = title
    body = s.placeholders[1]
    body.left, body.top, body.width, body.height = Inches(0.6), Inches(1.5), Inches(12.1), Inches(5.3)
    tf = body.text_frame
    for i, it in enumerate(items):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = it
        p.font.size = Pt(20)
    if notes:
        s.notes_slide.notes_text_frame.text = notes
    footer(s)
    return s


def table(title, rows, widths, intro=None, note=None):
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = title
    top = Inches(1.4)
    if intro:
        tb = s.shapes.add_textbox(Inches(0.6), Inches(1.3), Inches(12), Inches(0.5))
        tb.text_frame.text = intro
        tb.text_frame.paragraphs[0].runs[0].font.size = Pt(16)
        top = Inches(1.9)
    t = s.shapes.add_table(len(rows), len(rows[0]), Inches(0.6), top, Inches(12.1), Inches(0.4 * len(rows))).table
    for j, w in enumerate(widths):
        t.columns[j].width = Inches(w)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = v
            for p in c.text_frame.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(14)
                    run.font.bold = i == 0
    if note:
        tb = s.shapes.add_textbox(Inches(0.6), Inches(6.35), Inches(12.1), Inches(0.6))
        tb.text_frame.word_wrap = True
        tb.text_frame.text = note
        tb.text_frame.paragraphs[0].runs[0].font.size = Pt(12)
    footer(s)
    return s


s = prs.slides.add_slide(prs.slide_layouts[0])
s.shapes.title.text = "Careers in Aircraft Maintenance Engineering – Trinidad & Tobago"
s.placeholders[1].text = (
    "Pay, training and licensing for Aircraft Maintenance Engineers (AMEs)\n"
    "Careers Day 2025 – Piarco, 22nd May 2025\nPresented by the Student Services & Placement Office, CIAT"
)

bullets(
    "What does an Aircraft Maintenance Engineer do?",
    [
        "Inspects, services and repairs aircraft, engines and avionics so they are airworthy",
        "Carries out daily/transit checks on the line and heavy checks (C-checks) in the hangar",
        "Certifies work in the aircraft technical log – the licensed AME signs the Certificate of Release to Service",
        "Employers in T&T: the national airline, regional carriers, helicopter operators serving offshore platforms, "
        "ground-handling and MRO (maintenance, repair & overhaul) companies at Piarco and ANR Robinson International Airport, Tobago",
    ],
)

bullets(
    "Entry route & training",
    [
        "Entry: five CXC CSEC passes (Grades I–III) including Mathematics, English A and Physics or Integrated Science",
        "CIAT Diploma in Aircraft Maintenance Engineering: 2 years full-time (TTCAA-approved training organisation)",
        "Then at least 2 years of practical experience on aircraft before sitting the TTCAA licence exams",
        "Licence categories: A (line mechanic), B1 (mechanical – airframe & engines), B2 (avionics)",
        "Type ratings (e.g. ATR 72, Boeing 737, Sikorsky S-92) are added through employer-sponsored courses",
        "Typical time from Form 5 / CSEC to first B1 licence: 4 to 5 years",
    ],
)

table(
    "What you can earn – monthly salaries (TT$)",
    [
        ("Position", "Monthly salary (TT$)", "Typical experience"),
        ("Apprentice / trainee mechanic", "TT$5,200 – TT$6,500", "In training; paid TT$30.00 per hour"),
        ("Aircraft mechanic (unlicensed)", "TT$7,500 – TT$10,000", "Diploma, 0–2 years"),
        ("Licensed AME – Category A", "TT$11,000 – TT$14,000", "2–4 years"),
        ("Maintenance controller / planner", "TT$13,500 – TT$18,000", "4+ years, office-based"),
        ("Licensed AME – Category B1 / B2", "TT$15,000 – TT$21,000", "4–8 years"),
        ("Quality assurance inspector", "TT$18,000 – TT$24,000", "8+ years, B1 or B2 licence"),
        ("Crew chief / shift supervisor", "TT$20,000 – TT$26,000", "8+ years"),
        ("Maintenance manager", "TT$30,000 – TT$40,000", "12+ years, TTCAA-accepted post holder"),
    ],
    [4.6, 3.5, 4.0],
    intro="Basic monthly salary before PAYE, NIS and health surcharge. Based on CIAT graduate placements 2023–2024 and employer returns.",
    note="Helicopter operators serving offshore oil & gas platforms typically pay 10–15% above these ranges.",
)

table(
    "Allowances & extras",
    [
        ("Item", "Typical amount"),
        ("Shift allowance (rotating shifts)", "TT$850 per month"),
        ("Night premium (19:00–07:00)", "TT$12.00 per hour worked"),
        ("Type-rating / licence allowance", "TT$1,200 per month per type rating"),
        ("Overtime", "Time-and-a-half; double time on public holidays"),
        ("Tobago line station posting", "TT$1,500 per month + accommodation"),
        ("Tool allowance", "TT$2,400 per year"),
    ],
    [6.0, 6.1],
)

bullets(
    "Hours & working life",
    [
        "Line maintenance usually works 12-hour shifts on a 4 days on / 4 days off rotation",
        "Hangar (base maintenance) staff work 40 hours per week, Monday to Friday, with overtime during heavy checks",
        "Work outdoors on the ramp in heat and rain; hearing protection and PPE required",
        "Normal colour vision is required for B2 avionics work (wiring colour codes)",
        "Annual vacation: 15 working days to start, 20 days after 5 years (most employers)",
    ],
)

bullets(
    "Next steps",
    [
        "Applications for the September 2025 intake close on 31st July 2025",
        "Tuition: TT$38,500 per year; GATE funding is available to eligible citizens",
        "Open house at the CIAT hangar: Saturdays 9:00 a.m. – 12:00 noon",
        "Contact: Student Services & Placement Office • careers@ciat.edu.tt • (868) 669-0000",
    ],
)
prs.save(OUT)
print("ok", OUT)
