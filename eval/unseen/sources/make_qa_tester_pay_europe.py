"""Generate qa-tester-pay-europe.xlsx (software testers / QA engineers, five European countries)."""

import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus", "qa-tester-pay-europe.xlsx")

FMT = {"EUR": '"€"#,##0', "PLN": '#,##0" zł"', "SEK": '#,##0" kr"'}

LEVELS = [
    # country, currency, junior, mid, senior, test lead, respondents
    ("Germany", "EUR", 44000, 56500, 69000, 78500, 612),
    ("Netherlands", "EUR", 40000, 52000, 64500, 74000, 388),
    ("Poland", "PLN", 96000, 150000, 204000, 234000, 547),
    ("Portugal", "EUR", 18500, 27000, 38500, 45000, 261),
    ("Sweden", "SEK", 420000, 510000, 600000, 672000, 332),
]

TREND = [
    ("Germany", "EUR", 52000, 54000, 56000),
    ("Netherlands", "EUR", 48500, 50000, 52500),
    ("Poland", "PLN", 126000, 138000, 147000),
    ("Portugal", "EUR", 24000, 25500, 27500),
    ("Sweden", "SEK", 480000, 492000, 510000),
]

ABOUT = [
    ("Software Testing & QA Engineering Salary Benchmark: Europe",),
    ("",),
    ("What this workbook covers",),
    (
        "Annual gross base salary for software testers and QA engineers (manual and automation) in Germany, the Netherlands, Poland, Portugal and Sweden.",
    ),
    (
        "Each country is shown in its own currency: euro (€) for Germany, the Netherlands and Portugal, Polish złoty (zł) for Poland and Swedish krona (kr) for Sweden. Figures are not converted.",
    ),
    (
        "The 'Salary by level' sheet gives 2024 medians. The 'Median trend' sheet gives the all-levels median for 2022, 2023 and 2024.",
    ),
    ("",),
    ("Level definitions",),
    ("Junior: 0-2 years in testing; executes test cases, logs defects.",),
    ("Mid-level: 3-5 years; designs test plans, writes automated tests (e.g. Selenium, Playwright, Cypress).",),
    ("Senior: 6+ years; owns the test strategy for a product area, mentors others.",),
    ("Test lead: leads a team of 3-10 testers; may carry the title QA lead or test manager.",),
    ("",),
    ("Notes",),
    ("Figures exclude bonuses, overtime, stock and employer social contributions.",),
    ("Contractors and freelancers paid by day rate are excluded.",),
    ("Many Polish testers work on B2B contracts; only employment contracts (umowa o pracę) are included here.",),
    ("Automation-focused (SDET) roles typically sit 8-12% above the figures for the same level.",),
    ("",),
    (
        "Source: European QA Community salary survey, 2,140 responses collected January-March 2024, plus job advertisements. Compiled by the Careers Service, March 2024.",
    ),
]


def header(ws, cols):
    ws.append(cols)
    for c in ws[1]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="305496")
        c.alignment = Alignment(wrap_text=True, vertical="center")


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = "About"
    for i, (line,) in enumerate(ABOUT, start=1):
        ws.cell(row=i, column=1, value=line or None)
    ws["A1"].font = Font(bold=True, size=14)
    for r in (3, 8, 14):
        ws.cell(row=r, column=1).font = Font(bold=True)
    ws.column_dimensions["A"].width = 120

    ws = wb.create_sheet("Salary by level")
    header(ws, ["Country", "Currency", "Junior", "Mid-level", "Senior", "Test lead", "Respondents"])
    for country, cur, *vals, n in LEVELS:
        ws.append([country, cur, *vals, n])
        r = ws.max_row
        for col in range(3, 7):
            ws.cell(row=r, column=col).number_format = FMT[cur]
        ws.cell(row=r, column=7).number_format = "#,##0"
    for col, w in zip("ABCDEFG", (16, 10, 14, 14, 14, 14, 13)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("Median trend")
    header(ws, ["Country", "Currency", "2022", "2023", "2024"])
    for country, cur, *vals in TREND:
        ws.append([country, cur, *vals])
        r = ws.max_row
        for col in range(3, 6):
            ws.cell(row=r, column=col).number_format = FMT[cur]
    for col, w in zip("ABCDE", (16, 10, 14, 14, 14)):
        ws.column_dimensions[col].width = w

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    wb.save(OUT)
    print("wrote", os.path.abspath(OUT))


if __name__ == "__main__":
    main()
