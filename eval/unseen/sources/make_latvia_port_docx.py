"""Generate the (unofficial English translation of the) 2025-2026 collective agreement for Riga stevedores (DOCX)."""

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "corpus" / "Collective_Agreement_2025-2026_DSK_Ostnieks_EN.docx"

doc = Document()
style = doc.styles["Normal"]
style.font.name = "Calibri"
style.font.size = Pt(10.5)

sec = doc.sections[0]
sec.header.paragraphs[0].text = (
    "SIA “Daugavgrīvas Stividoru kompānija” / Arodbiedrība “Ostnieks” – "
    "Collective Agreement 2025–2026 (unofficial translation)"
)
sec.footer.paragraphs[0].text = (
    "Reg. No. 40003512874 · Birzes iela 14, Rīga, LV-1015 · "
    "This translation is provided for information. In case of discrepancy the Latvian "
    "text (KOPLĪGUMS) prevails."
)


def p(text, bold=False, italic=False, align=None, size=None, space_after=4):
    para = doc.add_paragraph()
    run = para.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if align:
        para.alignment = align
    para.paragraph_format.space_after = Pt(space_after)
    return para


def clause(num, text):
    para = doc.add_paragraph()
    r = para.add_run(f"{num} ")
    r.bold = True
    para.add_run(text)
    para.paragraph_format.space_after = Pt(4)
    return para


def heading(text, level=1):
    h = doc.add_heading(text, level=level)
    for r in h.runs:
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    return h


def table(header, rows, widths=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell = t.rows[0].cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(h)
        run.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
            if i >= 2:
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return t


p("KOPLĪGUMS / COLLECTIVE AGREEMENT", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=16)
p("2025–2026", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13)
p(
    "between SIA “Daugavgrīvas Stividoru kompānija” (the Company) and the Port Workers’ Trade Union “Ostnieks” "
    "(the Union)",
    align=WD_ALIGN_PARAGRAPH.CENTER,
    italic=True,
)
p("Rīgā, 2024. gada 12. decembrī / Riga, 12 December 2024", align=WD_ALIGN_PARAGRAPH.CENTER)

heading("1. General provisions")
clause(
    "1.1.",
    "This Agreement is concluded in accordance with the Labour Law of the Republic of Latvia and "
    "applies to all employees of the Company employed at the Daugavgrīva and Kundziņsala terminals of the "
    "Freeport of Riga, irrespective of Union membership.",
)
clause(
    "1.2.",
    "The Agreement enters into force on 01.01.2025 and is valid until 31.12.2026. The Parties shall "
    "begin negotiations on the tariff rates for 2026 no later than 01.10.2025.",
)
clause(
    "1.3.",
    "Terms of individual employment contracts that are less favourable to the employee than this "
    "Agreement are not valid.",
)

heading("2. Working time and rest")
clause(
    "2.1.",
    "Because of the continuous operation of the terminals, summed working time (summētais darba laiks) "
    "is applied with a reference period of four months. The normal working time shall not exceed 40 hours "
    "per week on average over the reference period.",
)
clause(
    "2.2.",
    "Work is organised in 12-hour shifts: day shift 08:00–20:00 and night shift 20:00–08:00, "
    "normally in a ‘2 days on, 2 nights on, 4 off’ rotation. Each shift includes a paid meal break of "
    "30 minutes.",
)
clause(
    "2.3.",
    "The uninterrupted rest between two shifts shall be at least 12 hours. Shift schedules are "
    "published no later than 10 days before the start of the month.",
)

heading("3. Remuneration")
clause(
    "3.1.",
    "Employees are paid an hourly tariff rate according to their tariff group and step, as set out in "
    "Annex 1. The rates are gross amounts in euro (EUR) before mandatory state social insurance "
    "contributions and personal income tax.",
)
clause(
    "3.2.",
    "Step A applies during the first 2 years of continuous service with the Company, Step B after "
    "2 years and Step C after 5 years. Transfer to the next step takes effect from the first day of the "
    "month following the anniversary.",
)
clause(
    "3.3.",
    "The guaranteed minimum monthly earnings of a full-time employee in tariff groups II–IX who has "
    "completed the probationary period shall be not less than 1 350 EUR gross, regardless of the volume of "
    "cargo handled. For comparison, the national minimum monthly wage in 2025 is 740 EUR.",
)
clause("3.4.", "The following supplements are paid on top of the hourly tariff rate:")
for b in [
    "night work (22:00–06:00): 50% of the hourly tariff rate;",
    "overtime work and work on public holidays: 100% of the hourly tariff rate;",
    "handling of dangerous goods (IMDG Code classes 1–9): 1,15 EUR per hour;",
    "work in refrigerated holds or cold stores below –10 °C: 0,80 EUR per hour;",
    "performing the duties of an absent shift foreman for a full shift: 15% of the employee’s own tariff rate.",
]:
    doc.add_paragraph(b, style="List Bullet")
clause("3.5.", "Wages are paid twice a month, on the 10th and the 25th, by transfer to the employee’s bank account.")
clause(
    "3.6.",
    "An annual loyalty bonus of 300 EUR is paid in December to employees with at least 3 years of continuous service.",
)

heading("4. Leave")
clause("4.1.", "Employees are entitled to annual paid leave of four calendar weeks, not counting public holidays.")
clause(
    "4.2.",
    "Additional paid leave is granted: 1 working day after 5 years and 3 working days after 10 years "
    "of continuous service with the Company; 3 working days per year to employees in tariff groups VIII and "
    "IX for work with increased psychological strain.",
)

heading("5. Recruitment, training and qualifications")
clause(
    "5.1.",
    "The Company recruits persons who have reached 18 years of age and have passed the mandatory "
    "health examination (obligātā veselības pārbaude). The probationary period is 3 months.",
)
clause(
    "5.2.",
    "New port workers complete a 160-hour induction course at the Company’s training centre, "
    "covering cargo handling, lashing, signalling and occupational safety. During probation they are paid "
    "at the tariff group I rate.",
)
clause(
    "5.3.",
    "To be appointed as a forklift, reach stacker or terminal tractor driver, the employee must hold a "
    "tractor machinery driving licence (traktortehnikas vadītāja apliecība) of the appropriate category. "
    "Crane operators must hold a valid certificate for operating lifting equipment and complete at least "
    "400 hours of supervised practice on the terminal’s cranes.",
)
clause(
    "5.4.",
    "The Company covers the cost of training and licences required for promotion to a higher tariff "
    "group. An employee who leaves within 2 years of completing Company-funded crane operator training "
    "reimburses the training costs in proportion to the time not worked.",
)
clause("5.5.", "Vacancies in tariff groups V–IX are first advertised internally for 10 working days.")

heading("6. Social guarantees and the Union")
clause(
    "6.1.",
    "After the probationary period the Company provides health insurance (veselības apdrošināšana) "
    "covering outpatient care and annual medical examinations.",
)
clause(
    "6.2.",
    "On the birth of a child the employee receives a one-off benefit of 300 EUR; on the death of a "
    "close family member, 400 EUR.",
)
clause(
    "6.3.",
    "At the written request of a member, the Company deducts the Union membership fee of 1% of gross "
    "earnings from wages and transfers it to the Union’s account.",
)

# -------------------------------------------------- Annex 1
doc.add_page_break()
heading("Annex 1. Hourly tariff rates from 01.01.2025 (EUR per hour, gross)")
rows = [
    ("I", "Port worker, trainee (during probation)", "6,20", "–", "–"),
    ("II", "Docker (stevedore)", "8,40", "8,95", "9,60"),
    ("III", "Tally clerk", "8,70", "9,25", "9,90"),
    ("IV", "Lasher / signaller", "8,90", "9,45", "10,10"),
    ("V", "Terminal tractor driver", "9,70", "10,30", "11,00"),
    ("VI", "Forklift / reach stacker driver", "10,20", "10,85", "11,60"),
    ("VII", "Shift foreman (brigadieris)", "12,10", "12,90", "13,80"),
    ("VIII", "Mobile harbour crane operator", "13,40", "14,30", "15,25"),
    ("IX", "Ship-to-shore (STS) gantry crane operator", "14,60", "15,55", "16,70"),
]
table(["Tariff group", "Occupation", "Step A (0–2 years)", "Step B (2–5 years)", "Step C (5+ years)"], rows)
p("")
p(
    "Supplements under clause 3.4 are calculated on the rate in this table. Rates are rounded to the nearest 5 cents.",
    italic=True,
    size=9,
)

# -------------------------------------------------- Annex 2
heading("Annex 2. Examples of monthly base earnings (168 hours, without supplements)")
ex = [
    ("II", "Docker (stevedore), Step A", "8,40", "1 411,20"),
    ("II", "Docker (stevedore), Step B", "8,95", "1 503,60"),
    ("VI", "Forklift / reach stacker driver, Step B", "10,85", "1 822,80"),
    ("VIII", "Mobile harbour crane operator, Step C", "15,25", "2 562,00"),
    ("IX", "STS gantry crane operator, Step C", "16,70", "2 805,60"),
]
table(["Tariff group", "Example", "Hourly rate, EUR", "Monthly base, EUR"], ex)
p("")
p(
    "The examples are for information only. Actual monthly earnings depend on the number of hours scheduled in "
    "the month under summed working time and on supplements.",
    italic=True,
    size=9,
)

p("")
p("For the Company: Valdes priekšsēdētājs / Chairman of the Board  J. Kalniņš", size=10)
p("For the Union: Priekšsēdētāja / Chairperson  I. Ozoliņa", size=10)
p("DOKUMENTS PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA ZĪMOGU", size=8, italic=True)

OUT.parent.mkdir(parents=True, exist_ok=True)
doc.save(OUT)
print("wrote", OUT)
