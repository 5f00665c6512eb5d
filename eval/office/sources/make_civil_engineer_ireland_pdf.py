"""Author eval/office/corpus/civil-engineer-ireland.pdf (a dev-time tool, never ingested).

Run from the repository root (fpdf2 and pypdf; see office_pdf.py):

    .venv/bin/python eval/office/sources/make_civil_engineer_ireland_pdf.py

Traps it holds: the place (Ireland) and the year (2024) are said only in the title and the Info dictionary, never in
the table headings; a second job in a country another guide covers (the staff nurse guide, Ireland 2023); a
grade table whose rows are keyed by years of experience too.
The guide and its figures were written for careerbot's tests; they are illustrative, not survey data.
"""

from __future__ import annotations

from pathlib import Path

from office_pdf import write

TITLE = "Civil Engineer in Ireland: Career Guide 2024"
META = {
    "/Title": TITLE,
    "/Region": "Ireland",
    "/Year": "2024",
    "/Source": "Careers office review of Irish civil and structural engineering job adverts, 2024 "
    "(illustrative figures written for careerbot's tests, not survey data)",
    "/Scope": "Salary figures describe civil engineers' base salaries in Ireland in 2024, in euro (EUR), per year, "
    "before tax.",
}
OUT = Path(__file__).resolve().parent.parent / "corpus" / "civil-engineer-ireland.pdf"

CONTENT = [
    ("h1", TITLE),
    ("h2", "The Work"),
    (
        "p",
        "Civil engineers plan, design and oversee the building of roads, bridges, railways, water and drainage "
        "systems, flood defences and the structures of buildings. Design engineers work mostly in consultancies; "
        "site engineers work for contractors, setting out works and checking quality on site.",
    ),
    (
        "ul",
        [
            "Design structures and check calculations against the building codes",
            "Prepare drawings, specifications and cost estimates",
            "Supervise contractors and check that work matches the design",
            "Manage budgets, programmes and health and safety on site",
        ],
    ),
    ("h2", "Qualifications"),
    (
        "p",
        "The usual route is a four-year accredited bachelor's degree in civil engineering, or a five-year integrated "
        "master's degree, which is the academic standard for chartered status. Chartered Engineer status with "
        "Engineers Ireland normally follows four to six years of supervised professional development after "
        "graduating.",
    ),
    ("h2", "Salaries"),
    (
        "p",
        "Base salaries in euro, before tax, from advertised civil engineering posts. Site roles often add a car "
        "allowance or a company van, which is not included.",
    ),
    ("h3", "Salary by Grade"),
    (
        "table",
        (
            ["Grade", "Years of experience", "Median salary", "Typical range"],
            [
                ["Graduate Engineer", "0 to 2", "€36,500", "€33,000 to €40,000"],
                ["Engineer", "3 to 5", "€47,000", "€42,000 to €52,000"],
                ["Senior Engineer", "6 to 9", "€59,500", "€54,000 to €66,000"],
                ["Associate", "10 to 14", "€74,000", "€67,000 to €82,000"],
                ["Director", "15 or more", "€98,000", "€85,000 to €120,000"],
            ],
        ),
    ),
    ("h3", "Salary by Region"),
    (
        "table",
        (
            ["Region", "Median salary", "Share of adverts"],
            [
                ["Dublin", "€58,000", "48%"],
                ["Cork", "€53,500", "16%"],
                ["Galway", "€51,000", "9%"],
                ["Limerick", "€50,500", "7%"],
                ["Midlands", "€47,500", "6%"],
            ],
        ),
    ),
    ("h3", "Salary by Employer Type"),
    (
        "table",
        (
            ["Employer type", "Median salary"],
            [
                ["Design consultancy", "€54,000"],
                ["Main contractor", "€57,500"],
                ["Local authority", "€52,000"],
                ["State infrastructure body", "€55,500"],
            ],
        ),
    ),
    ("h2", "Career Path"),
    (
        "p",
        "Graduates usually spend their first two years rotating between design and site work. Most become chartered "
        "around six years after graduating and move into senior engineer or project manager roles; associates and "
        "directors lead teams and win work from clients.",
    ),
    ("h2", "Outlook"),
    (
        "p",
        "The national development plan committed about €165 billion to public infrastructure between 2021 and 2030, "
        "and housing, water and public transport projects kept demand for civil engineers high in 2024. About a "
        "quarter of vacancies in 2024 were filled by engineers recruited from abroad.",
    ),
]


def main() -> None:
    write(OUT, CONTENT, META)


if __name__ == "__main__":
    main()
