"""Author eval/office/corpus/pharmacist-united-states.pdf (a dev-time tool, never ingested).

Run from the repository root (fpdf2 and pypdf; see office_pdf.py):

    .venv/bin/python eval/office/sources/make_pharmacist_us_pdf.py

Traps it holds: two pay periods in one row (per year and per hour), US dollars in a corpus that also has Canadian
and Australian dollars, a year (2023) next to the AI/ML guide's US 2024, and a "Page N of M" footer on every page.
The guide and its figures were written for careerbot's tests; they are illustrative, not survey data.
"""

from __future__ import annotations

from pathlib import Path

from office_pdf import write

TITLE = "Pharmacist: Career Guide (United States, 2023)"
META = {
    "/Title": TITLE,
    "/Region": "US",
    "/Year": "2023",
    "/Source": "Careers office summary of US pharmacist wage estimates and job postings, 2023 "
    "(illustrative figures written for careerbot's tests, not survey data)",
    "/Scope": "Salary figures describe pharmacists employed in the United States in 2023, in US dollars (USD), "
    "per year and per hour, before tax.",
}
OUT = Path(__file__).resolve().parent.parent / "corpus" / "pharmacist-united-states.pdf"

CONTENT = [
    ("h1", TITLE),
    ("h2", "What a Pharmacist Does"),
    (
        "p",
        "Pharmacists dispense prescription medicines, check that each prescription is safe for the patient, and "
        "advise patients and prescribers on doses, side effects and interactions. In many states they also give "
        "vaccinations and manage long-term medicines for patients with conditions such as diabetes.",
    ),
    (
        "ul",
        [
            "Check prescriptions for errors, allergies and interactions",
            "Counsel patients on how and when to take their medicines",
            "Give flu, COVID-19 and shingles vaccinations",
            "Supervise pharmacy technicians and manage stock",
        ],
    ),
    ("h2", "Education and Licensing"),
    (
        "p",
        "Every US pharmacist needs a Doctor of Pharmacy (PharmD) degree from an accredited school, which takes four "
        "years after at least two years of college prerequisites. Graduates then pass the NAPLEX licensing exam and "
        "the law exam of the state where they want to practise.",
    ),
    (
        "ul",
        [
            "Complete at least two years of undergraduate prerequisites in chemistry, biology and mathematics",
            "Earn a PharmD degree, including about 1,740 hours of supervised practice experience",
            "Pass the NAPLEX and a state law exam",
            "For hospital and clinical roles, complete a one-year PGY1 residency, which paid a stipend of about "
            "$52,000 in 2023",
        ],
    ),
    ("h2", "Pay (United States, 2023)"),
    (
        "p",
        "Figures are median wages in US dollars, before tax, for full-time pharmacists in 2023. Each table gives the "
        "annual salary and the equivalent hourly wage.",
    ),
    ("h3", "Pay by Work Setting"),
    (
        "table",
        (
            ["Work setting", "Median annual salary", "Median hourly wage"],
            [
                ["Community pharmacy", "$128,400", "$61.70"],
                ["Hospital", "$136,900", "$65.80"],
                ["Ambulatory care clinic", "$139,500", "$67.05"],
                ["Mail-order and specialty pharmacy", "$133,200", "$64.05"],
                ["Pharmaceutical industry", "$148,600", "$71.45"],
            ],
        ),
    ),
    ("h3", "Pay by State"),
    (
        "table",
        (
            ["State", "Median annual salary", "Median hourly wage", "Pharmacists employed"],
            [
                ["California", "$151,300", "$72.75", "33,900"],
                ["Alaska", "$149,200", "$71.75", "610"],
                ["New York", "$137,400", "$66.05", "20,800"],
                ["Texas", "$131,800", "$63.35", "24,500"],
                ["Florida", "$127,600", "$61.35", "21,700"],
                ["Ohio", "$125,900", "$60.55", "12,300"],
            ],
        ),
    ),
    ("h3", "Pay by Experience"),
    (
        "table",
        (
            ["Experience", "Median annual salary"],
            [
                ["0 to 2 years", "$119,500"],
                ["3 to 5 years", "$128,000"],
                ["6 to 10 years", "$136,500"],
                ["11 to 20 years", "$142,000"],
                ["More than 20 years", "$146,800"],
            ],
        ),
    ),
    ("h2", "Working Hours"),
    (
        "p",
        "Most pharmacists work full time. Community pharmacies open evenings and weekends, so shifts of 10 to 12 "
        "hours are common; hospital pharmacists may work nights. About 17% of pharmacists worked part time in 2023.",
    ),
    ("h2", "Job Outlook"),
    (
        "p",
        "Employment of pharmacists in the United States was about 335,000 in 2023 and is expected to grow by 3% over "
        "the next ten years. Jobs are moving from community pharmacies, where some chains closed stores, towards "
        "hospitals, clinics and specialty pharmacies.",
    ),
]


def main() -> None:
    write(OUT, CONTENT, META, running_footer="Pharmacist: Career Guide  |  Page {page} of {pages}")


if __name__ == "__main__":
    main()
