"""Builds financial-analyst-ksa.xlsx (finance salary guide, Saudi Arabia, 2024)."""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(__file__).resolve().parent.parent / "corpus" / "financial-analyst-ksa.xlsx"

HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
HEAD_FONT = Font(bold=True, color="FFFFFF")

ROLES = [
    # role, typical experience, P25, median, P75, housing allowance (% of basic)
    ("Junior Financial Analyst", "0-2 years", "9,500", "11,000", "12,800", "25%"),
    ("Financial Analyst", "2-5 years", "13,500", "15,750", "18,200", "25%"),
    ("Investment Analyst", "2-5 years", "16,800", "19,500", "23,000", "25%"),
    ("Senior Financial Analyst", "5-8 years", "19,000", "22,400", "26,000", "25%"),
    ("Finance Manager", "8-12 years", "28,500", "33,000", "38,500", "25%"),
    ("Treasury Manager", "8-12 years", "29,000", "34,200", "39,800", "25%"),
    ("FP&A Manager", "8-12 years", "30,000", "35,500", "41,000", "25%"),
    ("Financial Controller", "10-15 years", "36,000", "42,000", "48,500", "25%"),
    ("Finance Director", "15+ years", "48,000", "56,000", "65,000", "30%"),
    ("Chief Financial Officer (CFO)", "15+ years", "70,000", "85,000", "105,000", "35%"),
]

CITIES = [
    # role, Riyadh, Jeddah, Dammam (Eastern Province) medians
    ("Junior Financial Analyst", "11,400", "10,300", "10,600"),
    ("Financial Analyst", "16,400", "14,800", "15,300"),
    ("Senior Financial Analyst", "23,300", "20,900", "21,700"),
    ("Finance Manager", "34,500", "30,800", "32,100"),
    ("FP&A Manager", "37,000", "32,600", "34,000"),
    ("Chief Financial Officer (CFO)", "88,000", "78,500", "81,000"),
]

NOTES = [
    "Saudi Arabia Finance & Accounting Salary Guide 2024",
    "",
    "Source: Najd Talent Partners, placements and salary survey, January to December 2024.",
    "Sample: 1,240 finance professionals placed by us or responding to our survey, in 310 organisations.",
    "Year: all figures refer to 2024.",
    "Currency and period: Saudi riyals (SAR), gross BASIC salary per month.",
    "Allowances: housing allowance is shown as a percentage of basic salary and is paid on top of basic. "
    "Most employers also pay a transport allowance of 10% of basic. Neither allowance is included in the salary columns.",
    "P25 / Median / P75: a quarter of salaries in the sample are below P25 and a quarter are above P75.",
    "City sheet: medians for the three largest employment centres; Dammam includes Khobar and Dhahran.",
    "Qualifications: SOCPA (Saudi Organization for Chartered and Professional Accountants) membership or a CFA charter "
    "typically adds 10-15% to basic salary at analyst and manager level.",
    "Nationality: figures cover Saudi nationals and expatriates together. Saudization (Nitaqat) targets mean many "
    "employers give priority to Saudi candidates for analyst roles.",
    "Bonuses: annual bonuses (commonly one to three months of basic salary) are not included.",
]


def header(ws, values):
    ws.append(values)
    for cell in ws[ws.max_row]:
        cell.fill = HEAD_FILL
        cell.font = HEAD_FONT
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def num(s):
    return int(s.replace(",", ""))


def main():
    wb = Workbook()

    ws = wb.active
    ws.title = "Salaries by role"
    ws.append(["Finance salaries in Saudi Arabia, 2024 (basic salary, SAR per month)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    header(
        ws, ["Role", "Typical experience", "P25 (SAR)", "Median (SAR)", "P75 (SAR)", "Housing allowance (% of basic)"]
    )
    for role, exp, p25, med, p75, housing in ROLES:
        ws.append([role, exp, num(p25), num(med), num(p75), int(housing.rstrip("%")) / 100])
        r = ws.max_row
        for col in "CDE":
            ws[f"{col}{r}"].number_format = "#,##0"
        ws[f"F{r}"].number_format = "0%"
    ws.column_dimensions["A"].width = 32
    ws.column_dimensions["B"].width = 18
    for col in "CDE":
        ws.column_dimensions[col].width = 14
    ws.column_dimensions["F"].width = 22
    ws.freeze_panes = "A4"

    ws2 = wb.create_sheet("By city")
    ws2.append(["Median basic salary by city, 2024 (SAR per month)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    header(ws2, ["Role", "Riyadh", "Jeddah", "Dammam"])
    for role, ruh, jed, dmm in CITIES:
        ws2.append([role, num(ruh), num(jed), num(dmm)])
        r = ws2.max_row
        for col in "BCD":
            ws2[f"{col}{r}"].number_format = "#,##0"
    ws2.column_dimensions["A"].width = 32
    for col in "BCD":
        ws2.column_dimensions[col].width = 12

    ws3 = wb.create_sheet("Notes")
    for line in NOTES:
        ws3.append([line])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.column_dimensions["A"].width = 120

    OUT.parent.mkdir(parents=True, exist_ok=True)
    wb.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
