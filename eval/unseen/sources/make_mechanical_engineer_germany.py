"""Generate mechanical-engineer-germany.xlsx: mechanical engineer pay in Germany, 2024.

Monthly gross salaries in euro; the "By experience" sheet also has one clearly
labelled annual column.
"""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(__file__).resolve().parent.parent / "corpus" / "mechanical-engineer-germany.xlsx"
EUR = '"€"#,##0'
HEAD_FILL = PatternFill("solid", fgColor="DDE7F3")


def write_sheet(ws, header, rows, formats, widths, notes=()):
    ws.append(header)
    for c in ws[1]:
        c.font = Font(bold=True)
        c.fill = HEAD_FILL
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        ws.append(list(row))
    for col_idx, fmt in enumerate(formats, start=1):
        if fmt:
            for r in range(2, len(rows) + 2):
                ws.cell(row=r, column=col_idx).number_format = fmt
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    ws.freeze_panes = "A2"
    if notes:
        r = len(rows) + 3
        for n in notes:
            ws.cell(row=r, column=1, value=n).font = Font(italic=True, size=9)
            r += 1


def build():
    wb = Workbook()

    ws = wb.active
    ws.title = "By experience"
    write_sheet(
        ws,
        [
            "Years of experience",
            "Monthly gross (median)",
            "Monthly gross (lower quartile)",
            "Monthly gross (upper quartile)",
            "Annual gross (median, incl. bonuses)",
        ],
        [
            ("0–2 years (graduate)", 4150, 3800, 4550, 52400),
            ("3–5 years", 4700, 4250, 5200, 59800),
            ("6–9 years", 5350, 4800, 5950, 68500),
            ("10–14 years", 5950, 5300, 6700, 76900),
            ("15+ years", 6600, 5800, 7600, 86200),
        ],
        [None, EUR, EUR, EUR, EUR],
        [24, 22, 26, 26, 32],
        notes=(
            "Columns B–D are monthly gross salary. Column E is ANNUAL gross salary and "
            "includes Christmas bonus, holiday pay and performance bonuses.",
        ),
    )

    ws = wb.create_sheet("By state")
    write_sheet(
        ws,
        ["Federal state", "Monthly gross (median)", "Respondents"],
        [
            ("Bavaria", 5450, 286),
            ("Baden-Württemberg", 5600, 312),
            ("Hesse", 5300, 142),
            ("North Rhine-Westphalia", 5050, 264),
            ("Saxony", 4250, 98),
            ("Berlin", 4800, 76),
        ],
        [None, EUR, "#,##0"],
        [26, 22, 14],
        notes=("All experience levels combined. States with fewer than 50 respondents are not shown.",),
    )

    ws = wb.create_sheet("By industry")
    write_sheet(
        ws,
        ["Industry", "Monthly gross (median)", "Monthly gross, entry level", "Covered by collective agreement"],
        [
            ("Automotive (manufacturers and suppliers)", 5700, 4500, "Mostly (IG Metall)"),
            ("Machinery and plant engineering", 5100, 4050, "Often (IG Metall)"),
            ("Energy and utilities", 5250, 4200, "Often"),
            ("Aerospace", 5500, 4400, "Partly"),
        ],
        [None, EUR, EUR, None],
        [40, 22, 24, 30],
        notes=("Entry level = first job after a Bachelor's or Master's degree.",),
    )

    ws = wb.create_sheet("Info")
    ws.append(["About this workbook"])
    ws["A1"].font = Font(bold=True, size=13)
    lines = [
        "Mechanical engineers in Germany: salary overview 2024, prepared by the Careers Service.",
        "Source: Careers Service salary survey of 1,240 mechanical engineers (Maschinenbauingenieure), carried out in autumn 2024, checked against published collective agreement tables.",
        "Scope: full-time employees in Germany only; freelancers, interns and working students are excluded.",
        "All amounts are gross monthly salaries in euro unless a column is labelled as annual. Monthly figures exclude Christmas bonus and holiday pay.",
        "Most employers pay 12 or 13 monthly salaries a year, so annual pay is usually more than 12 times the monthly figure.",
        "Entry route: most mechanical engineers hold a Bachelor of Engineering or Bachelor of Science in mechanical engineering (Maschinenbau), which takes 6 to 7 semesters at a university or university of applied sciences (Fachhochschule).",
        "Many graduates go on to a Master's degree of 3 to 4 semesters; a Master's graduate typically starts around €300 a month higher than a Bachelor's graduate.",
        "Working hours: the IG Metall collective agreement sets a 35-hour week in western Germany; many engineers outside collective agreements work 40 hours.",
        "Figures are rounded and illustrative; use them as a guide only.",
    ]
    for line in lines:
        ws.append([line])
    ws.column_dimensions["A"].width = 140
    for row in ws.iter_rows(min_row=2):
        row[0].alignment = Alignment(wrap_text=True)

    OUT.parent.mkdir(parents=True, exist_ok=True)
    wb.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
