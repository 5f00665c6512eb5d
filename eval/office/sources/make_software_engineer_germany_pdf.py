"""Author eval/office/corpus/software-engineer-germany.pdf (a dev-time tool, never ingested).

Run from the repository root (fpdf2 and pypdf; see office_pdf.py):

    .venv/bin/python eval/office/sources/make_software_engineer_germany_pdf.py

Traps it holds for careerbot's loader and evidence: pay per MONTH (not per year) in euro; a running header and a
"Page N" footer on every page; the salary-by-city table runs across a page break without repeating its header row.
The guide and its figures were written for careerbot's tests; they are illustrative, not survey data.
"""

from __future__ import annotations

from pathlib import Path

from office_pdf import write

TITLE = "Software Engineer: Career Guide (Germany, 2023)"
META = {
    "/Title": TITLE,
    "/Region": "Germany",
    "/Year": "2023",
    "/Source": "Careers office review of German software engineering job postings and salary surveys, 2023 "
    "(illustrative figures written for careerbot's tests, not survey data)",
    "/Scope": "Salary figures describe gross monthly salaries of software engineers in Germany in 2023, in euro (EUR), "
    "per month, before tax and social insurance, excluding bonuses.",
}
OUT = Path(__file__).resolve().parent.parent / "corpus" / "software-engineer-germany.pdf"

CONTENT = [
    ("h1", TITLE),
    ("h2", "What a Software Engineer Does"),
    (
        "p",
        "Software engineers design, build, test and maintain the programs that run a company's products and internal "
        "systems. Most work in small teams that plan work in two-week cycles, review each other's code and share "
        "responsibility for keeping their services running.",
    ),
    (
        "ul",
        [
            "Turn product requirements into a technical design",
            "Write and review code, mostly in Java, Python, TypeScript, Go or C#",
            "Write automated tests and keep the build pipeline green",
            "Take part in an on-call rota for the services the team owns",
        ],
    ),
    ("h2", "Salaries (Germany, 2023)"),
    (
        "p",
        "All salary figures in this guide are gross monthly salaries in euro (EUR), before tax and social insurance, "
        "for full-time employees. Most employers pay twelve monthly salaries a year; about a quarter also pay a "
        "thirteenth month as a Christmas bonus, which is not included here.",
    ),
    ("h3", "Monthly Salary by Experience"),
    (
        "table",
        (
            ["Experience", "Typical title", "Median monthly salary", "Typical range"],
            [
                ["0 to 1 years", "Junior Software Engineer", "€4,150", "€3,700 to €4,600"],
                ["2 to 4 years", "Software Engineer", "€5,050", "€4,500 to €5,600"],
                ["5 to 7 years", "Senior Software Engineer", "€6,200", "€5,500 to €6,900"],
                ["8 to 11 years", "Staff Engineer", "€7,350", "€6,600 to €8,200"],
                ["12 years or more", "Principal Engineer", "€8,600", "€7,600 to €9,800"],
            ],
        ),
    ),
    ("h3", "Monthly Salary by Company Size"),
    (
        "table",
        (
            ["Company size", "Median monthly salary"],
            [
                ["1 to 49 employees", "€4,900"],
                ["50 to 249 employees", "€5,200"],
                ["250 to 999 employees", "€5,500"],
                ["1,000 employees or more", "€6,050"],
            ],
        ),
    ),
    (
        "p",
        "Large companies pay more on average, but start-ups in Berlin often add virtual stock options, which are not "
        "counted in these figures. Engineers with 5 years at one company report smaller pay rises than those who "
        "changed employer in the same period.",
    ),
    ("h3", "Monthly Salary by City"),
    ("p", "The table below covers the cities with the most software engineering postings in 2023."),
    (
        "table_no_repeat",
        (
            ["City", "Median monthly salary", "Share of postings"],
            [
                ["Munich", "€5,900", "19%"],
                ["Frankfurt am Main", "€5,700", "9%"],
                ["Stuttgart", "€5,650", "7%"],
                ["Hamburg", "€5,450", "11%"],
                ["Berlin", "€5,300", "26%"],
                ["Düsseldorf", "€5,350", "5%"],
                ["Cologne", "€5,100", "6%"],
                ["Nuremberg", "€5,000", "3%"],
                ["Dresden", "€4,500", "2%"],
                ["Leipzig", "€4,450", "2%"],
            ],
        ),
    ),
    (
        "p",
        "Median monthly salaries are highest in the south, where large car makers, insurers and industrial groups "
        "compete for engineers with technology companies.",
    ),
    ("h3", "Monthly Salary by Specialism"),
    (
        "table",
        (
            ["Specialism", "Median monthly salary"],
            [
                ["Backend development", "€5,300"],
                ["Frontend development", "€4,850"],
                ["Mobile development", "€5,000"],
                ["Data engineering", "€5,400"],
                ["Cloud and DevOps", "€5,600"],
                ["Embedded software", "€5,500"],
                ["IT security", "€5,750"],
            ],
        ),
    ),
    ("h2", "Entry Routes"),
    (
        "p",
        "About 70% of software engineers hired in Germany in 2023 held a university degree in computer science or a "
        "related subject. The other main routes are a three-year dual vocational training as a "
        "Fachinformatiker (IT specialist in application development), combining a company placement with college "
        "classes, and a bootcamp followed by a junior role. German is not required in many Berlin and Munich teams, "
        "but 58% of postings outside those two cities asked for it.",
    ),
    ("h2", "Working Conditions"),
    (
        "p",
        "A full-time contract in German software teams is usually 40 hours a week, with 28 to 30 days of paid "
        "holiday a year. In 2023, 62% of postings offered hybrid work and 11% were fully remote within Germany.",
    ),
    ("h2", "Job Outlook"),
    (
        "p",
        "Postings for software engineers in Germany fell 9% from 2022 to 2023 after two years of fast growth, but "
        "demand for engineers with cloud, security and embedded experience stayed high. The car industry's move to "
        "software-defined vehicles made Munich and Stuttgart the fastest-growing markets.",
    ),
]


def main() -> None:
    write(
        OUT,
        CONTENT,
        META,
        running_header="Careers office guide: Software Engineer, Germany 2023",
        running_footer="Page {page}",
    )


if __name__ == "__main__":
    main()
