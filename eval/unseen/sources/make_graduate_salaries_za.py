"""Generate graduate-salaries-za.xlsx (graduate starting salaries, South Africa, 2024, rand)."""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(__file__).resolve().parent.parent / "corpus" / "graduate-salaries-za.xlsx"
RAND = '"R"#,##0'

ROLES_HEAD = ["Graduate role", "Sector", "Monthly gross salary", "Annual gross salary", "Typical qualification"]
ROLES = [
    ["Civil engineering graduate", "Engineering & construction", 27500, 330000, "BEng / BSc (Eng) Civil"],
    ["Chemical engineering graduate", "Mining, energy & chemicals", 31200, 374400, "BEng / BSc (Eng) Chemical"],
    ["Mining engineering graduate", "Mining, energy & chemicals", 32800, 393600, "BEng / BSc (Eng) Mining"],
    ["Accounting trainee (SAICA training contract)", "Audit & accounting", 16900, 202800, "BCom Accounting + PGDA"],
    ["Actuarial analyst", "Financial services & insurance", 38500, 462000, "BSc Actuarial Science"],
    [
        "IT graduate / junior software developer",
        "Information technology",
        24600,
        295200,
        "BSc Computer Science / IT diploma",
    ],
    ["Data analyst graduate", "Information technology", 22400, 268800, "BSc / BCom with statistics"],
    ["Teacher (newly qualified, PL1)", "Public education", 23100, 277200, "BEd or PGCE"],
    ["Candidate attorney", "Legal", 13200, 158400, "LLB"],
    ["Marketing graduate", "Retail & FMCG", 15800, 189600, "BCom Marketing"],
    ["Social worker (entry)", "Public service & NGOs", 18700, 224400, "Bachelor of Social Work"],
]

CITY_HEAD = ["City", "Province", "Median graduate monthly salary", "Annual equivalent", "Graduate vacancies (share)"]
CITIES = [
    ["Johannesburg", "Gauteng", 24800, 297600, 0.34],
    ["Pretoria", "Gauteng", 23900, 286800, 0.14],
    ["Cape Town", "Western Cape", 23300, 279600, 0.24],
    ["Durban", "KwaZulu-Natal", 21400, 256800, 0.11],
    ["Gqeberha", "Eastern Cape", 19800, 237600, 0.05],
    ["Bloemfontein", "Free State", 18600, 223200, 0.03],
    ["Polokwane", "Limpopo", 18900, 226800, 0.02],
]

NOTES = [
    ["Title", "Graduate starting salaries in South Africa, 2024"],
    ["Prepared by", "Career Development Unit, for final-year students and recent graduates"],
    ["Currency", "South African rand (R). Salaries are gross (before PAYE tax, UIF and pension deductions)."],
    ["Period", "Starting salaries offered to graduates joining employers in the 2024 intake."],
    [
        "Roles sheet",
        "Annual figures are 12 x the monthly salary and exclude any 13th cheque, bonuses and car or housing allowances.",
    ],
    [
        "Cities sheet",
        "Median monthly salary across all graduate roles advertised in each city; vacancy share is the city's share of graduate adverts in our sample.",
    ],
    [
        "Public sector",
        "Newly qualified teachers in public schools are paid on the post level 1 (PL1) scale set nationally, so pay differs little between provinces.",
    ],
    [
        "Accounting",
        "Trainee accountants complete a three-year SAICA training contract before sitting the Assessment of Professional Competence (APC).",
    ],
    [
        "Source",
        "Career Development Unit survey of 1,240 graduate job adverts and employer returns, January–June 2024. Figures are illustrative and rounded.",
    ],
]


def style_header(ws, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=1, column=c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def all_text():
    parts = list(ROLES_HEAD) + list(CITY_HEAD)
    for r in ROLES:
        parts += [r[0], r[1], f"R{r[2]:,}", f"R{r[3]:,}", r[4]]
    for r in CITIES:
        parts += [r[0], r[1], f"R{r[2]:,}", f"R{r[3]:,}", f"{round(r[4] * 100)}%"]
    for k, v in NOTES:
        parts += [k, v]
    return "\n".join(parts)


def main():
    wb = Workbook()
    wb.properties.title = "Graduate starting salaries in South Africa, 2024"

    ws = wb.active
    ws.title = "Starting salaries by role"
    ws.append(ROLES_HEAD)
    for r in ROLES:
        ws.append(r)
    style_header(ws, len(ROLES_HEAD))
    for row in ws.iter_rows(min_row=2, min_col=3, max_col=4):
        for cell in row:
            cell.number_format = RAND
    for col, w in zip("ABCDE", (44, 32, 20, 20, 34)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"

    ws = wb.create_sheet("By city")
    ws.append(CITY_HEAD)
    for r in CITIES:
        ws.append(r)
    style_header(ws, len(CITY_HEAD))
    for row in ws.iter_rows(min_row=2, min_col=3, max_col=4):
        for cell in row:
            cell.number_format = RAND
    for row in ws.iter_rows(min_row=2, min_col=5, max_col=5):
        for cell in row:
            cell.number_format = "0%"
    for col, w in zip("ABCDE", (16, 16, 24, 20, 22)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Notes")
    ws.append(["Item", "Note"])
    for r in NOTES:
        ws.append(r)
    style_header(ws, 2)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 110

    OUT.parent.mkdir(parents=True, exist_ok=True)
    wb.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
