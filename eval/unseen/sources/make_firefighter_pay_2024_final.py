"""Generate firefighter_pay_2024_FINAL.docx (US firefighter pay fact sheet, 2024)."""

from pathlib import Path

from docx import Document

OUT = Path(__file__).resolve().parent.parent / "corpus" / "firefighter_pay_2024_FINAL.docx"

TITLE = "Firefighter Pay in the United States, 2024"
INTRO = (
    "This fact sheet from the Careers & Employability Office summarises base pay for career "
    "(paid, full-time) firefighters in municipal fire departments across the United States in 2024. "
    "It is written for students considering fire service careers, including those on our "
    "Emergency Management and Paramedic Science programs. Volunteer and wildland (seasonal) "
    "positions are not included."
)

ABOUT = [
    "Most departments require applicants to be at least 18 years old, hold a high school diploma "
    "or GED, have a valid driver's license and pass the Candidate Physical Ability Test (CPAT) "
    "before a written exam and oral board interview.",
    "Most departments expect EMT-Basic certification before hire or within the first year, and "
    "around 30% of big-city departments now hire firefighter/paramedics directly.",
    "New hires attend a recruit academy that typically lasts 12 to 16 weeks, followed by a "
    "probationary period on shift that usually lasts 12 months.",
    'Many departments work a 24-hour shift followed by 48 hours off (the "24/48" schedule), '
    "averaging 56 hours a week; others use a 48/96 rotation or 10- and 14-hour day/night shifts.",
]

RANK_HEAD = ["Rank", "Hourly base rate", "Annual salary (median)", "Typical range (annual)", "Typical years in service"]
RANK_ROWS = [
    ["Probationary firefighter", "$23.51", "$48,900", "$41,000–$71,000", "0–1"],
    ["Firefighter", "$30.63", "$63,700", "$52,000–$88,000", "1–7"],
    ["Engineer / Driver", "$34.76", "$72,300", "$58,500–$97,000", "5+"],
    ["Lieutenant", "$38.70", "$80,500", "$66,000–$110,000", "8+"],
    ["Captain", "$44.09", "$91,700", "$74,000–$128,000", "12+"],
    ["Battalion Chief", "$54.71", "$113,800", "$92,000–$160,000", "18+"],
]

CITY_HEAD = ["City", "Probationary", "Firefighter", "Engineer/Driver", "Lieutenant", "Captain", "Battalion Chief"]
CITY_ROWS = [
    ["Los Angeles", "$71,200", "$89,400", "$101,300", "$114,600", "$132,900", "$168,500"],
    ["Chicago", "$58,600", "$83,100", "$92,700", "$104,800", "$118,300", "$146,200"],
    ["Houston", "$49,300", "$61,800", "$68,900", "$77,400", "$88,600", "$109,700"],
    ["Phoenix", "$54,100", "$70,500", "$78,200", "$88,900", "$101,400", "$127,300"],
    ["Seattle", "$82,700", "$103,600", "$112,400", "$126,800", "$141,500", "$172,900"],
    ["Denver", "$63,400", "$81,900", "$90,300", "$101,700", "$115,200", "$141,800"],
]

EXTRA_HEAD = ["Pay addition", "Typical rate", "Notes"]
EXTRA_ROWS = [
    ["Paramedic certification premium", "$3.25 per hour", "Some cities pay a flat $6,000 a year instead"],
    ["Hazardous materials technician", "$1.10 per hour", "Assigned hazmat companies only"],
    ["Bachelor's degree incentive", "5% of base pay", "Associate degree usually 2.5%"],
    ["Longevity pay", "$1,200 a year", "After 10 years of service"],
    ["Overtime", "1.5 × hourly rate", "Mandatory recall common in summer"],
]


def add_table(doc, head, rows):
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        cell = t.rows[0].cells[i]
        cell.text = h
        for r in cell.paragraphs[0].runs:
            r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t


def main():
    doc = Document()
    doc.add_heading(TITLE, level=0)
    doc.add_paragraph(INTRO)
    p = doc.add_paragraph("Last updated: March 2024")
    p.runs[0].italic = True

    doc.add_heading("About the job", level=1)
    for s in ABOUT:
        doc.add_paragraph(s)

    doc.add_heading("Pay by rank", level=1)
    doc.add_paragraph(
        "Table 1 shows national median base pay for each rank. Promotion above firefighter is "
        "by competitive written and practical exam; most departments require at least 3 years "
        "in rank before a member can test for engineer or lieutenant."
    )
    cap = doc.add_paragraph("Table 1. Base pay by rank, national median")
    cap.runs[0].bold = True
    add_table(doc, RANK_HEAD, RANK_ROWS)
    doc.add_paragraph(
        "Note: hourly base rates are the annual salary divided by 2,080 hours. Departments on "
        "56-hour schedules quote a lower hourly figure for the same annual pay."
    )

    doc.add_heading("Pay by city", level=1)
    doc.add_paragraph(
        "Pay varies a great deal between departments. Larger West Coast departments pay the most, "
        "although housing costs in those cities are also much higher. Figures are top-of-step "
        "annual base salary for each rank, except Probationary, which is the starting salary."
    )
    cap = doc.add_paragraph("Table 2. Annual base salary by city and rank")
    cap.runs[0].bold = True
    add_table(doc, CITY_HEAD, CITY_ROWS)
    doc.add_paragraph(
        "Figures are base pay only and exclude overtime, FLSA pay, holiday pay and certification "
        "premiums. Overtime can add 15% to 40% to annual earnings."
    )

    doc.add_heading("Extra pay and premiums", level=1)
    add_table(doc, EXTRA_HEAD, EXTRA_ROWS)

    doc.add_heading("Sources", level=1)
    doc.add_paragraph(
        "Source: Careers & Employability Office analysis of published municipal pay schedules and "
        "collective bargaining agreements, January–March 2024. All figures are illustrative and "
        "rounded; always check the department's current pay ordinance before applying."
    )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
