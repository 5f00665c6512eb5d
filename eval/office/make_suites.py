"""Write the office suites (eval/suites/office-dev.jsonl, office-test.jsonl) from the cases below, and check them.

Owns the office corpus' question set: every case is written here once, as data, and split into dev and test by a
fixed rule decided before any tuning: ``sha256(id)`` read as an integer, even -> dev, odd -> test. The rule depends
on nothing but the id, so adding a case never moves another one between halves.

    .venv/bin/python eval/office/make_suites.py            # write both suites
    .venv/bin/python eval/office/make_suites.py --check    # also check every fact against the documents

``--check`` loads eval/office/corpus/ with ingest's own loader and chunker and fails when a fact is not written, as
is, in the document the case names, or when no chunk under the expected section states it. Facts are exact strings
from the documents ("£28,900", "Band 8b"); a refusal case expects no facts.

Case fields (the suites' format, eval/run.py): id, category, question, history, expect {facts, refuse, sections},
split; and, read by nothing in eval/run.py yet, ``doc`` (the file that answers it), ``asks`` (what a scope question
asks about that no document covers together: job, place, year) and ``period`` ("month" when the figure is monthly).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).resolve().parent / "corpus"
SUITES = ROOT / "eval" / "suites"

DOCS = {
    "nuk": "registered-nurse-uk.md",
    "nie": "staff-nurse-ireland.html",
    "tch": "secondary-teacher-england.md",
    "sol": "solicitor-england-wales.txt",
    "acc": "chartered-accountant-australia.html",
    "seg": "software-engineer-germany.pdf",
    "sec": "software-engineer-canada.md",
    "pha": "pharmacist-united-states.pdf",
    "civ": "civil-engineer-ireland.pdf",
    "sw": "social-worker-netherlands.txt",
    "grad": "graduate-schemes-uk.md",
    "pgf": "postgraduate-funding-uk.html",
    "da": "data-analyst-career-guide.pdf",  # corpus/: the sample PDF, for cross-document follow-ups
}
OUTSIDE = {"da": ROOT / "corpus"}  # documents of the main corpus a case may name

CASES: list[dict] = []


def split_of(case_id: str) -> str:
    """The fixed rule: sha256 of the id, as an integer, even -> dev, odd -> test."""
    return "dev" if int(hashlib.sha256(case_id.encode()).hexdigest(), 16) % 2 == 0 else "test"


def ask(
    doc: str,
    cid: str,
    question: str,
    facts: list[str],
    section: str,
    category: str = "value",
    *,
    history: list[tuple[str, str]] = (),
    period: str = "",
) -> None:
    """An answerable case: ``facts`` are exact strings of document ``doc``, found under ``section``."""
    case = {
        "id": f"{doc}-{cid}",
        "category": category,
        "question": question,
        "history": [{"role": r, "content": c} for r, c in history],
        "expect": {"facts": facts, "refuse": False, "sections": [section] if section else []},
        "doc": DOCS[doc],
    }
    if period:
        case["period"] = period
    CASES.append(case)


def refuse(cid: str, question: str, category: str, *, history: list[tuple[str, str]] = (), **asks: str) -> None:
    """A case no document answers: careerbot says so first (a refusal, or the scope reply, which counts as one)."""
    case = {
        "id": cid,
        "category": category,
        "question": question,
        "history": [{"role": r, "content": c} for r, c in history],
        "expect": {"facts": [], "refuse": True, "sections": []},
    }
    if asks:
        case["asks"] = asks
    CASES.append(case)


def either(cid: str, question: str, category: str, **asks: str) -> None:
    """A case two documents answer in part (the job in two places): answering is right, refusing is not."""
    CASES.append(
        {
            "id": cid,
            "category": category,
            "question": question,
            "history": [],
            "expect": {"facts": [], "refuse": False, "sections": []},
            "asks": asks,
        }
    )


def turn(user: str, assistant: str) -> list[tuple[str, str]]:
    return [("user", user), ("assistant", assistant)]


# --- Registered nurse, UK 2024 (Markdown) ------------------------------------------------------------------------
S = "Salaries (UK, 2024) > Salary by "
ask("nuk", "band5-start", "What is the starting salary for a Band 5 staff nurse in the UK?", ["£28,900"], S + "Band")
ask("nuk", "band7-top", "What is the top of Band 7 for nurses in the UK?", ["£51,900"], S + "Band")
ask("nuk", "matron", "How much does a matron earn in the UK?", ["£52,600", "£59,300"], S + "Band", "range")
ask("nuk", "lead-nurse", "What is the pay range for a Band 8b lead nurse?", ["£60,800", "£70,400"], S + "Band", "range")
ask("nuk", "london", "What is the median nurse salary in London?", ["£41,500"], S + "Region")
ask("nuk", "scotland", "How much do nurses earn in Scotland?", ["£35,600"], S + "Region")
ask("nuk", "wales", "What is the median salary for a nurse in Wales?", ["£34,100"], S + "Region")
ask("nuk", "northern-ireland", "What do nurses earn in Northern Ireland?", ["£33,400"], S + "Region")
ask("nuk", "london-share", "What share of UK nursing vacancies are in London?", ["22%"], S + "Region")
ask("nuk", "nmc-fee", "How much is the NMC annual registration fee for nurses?", ["£120"], "How to Become", "text")
ask(
    "nuk",
    "placement-hours",
    "How many hours of clinical placement does a UK nursing degree include?",
    ["2,300"],
    "How to Become",
    "text",
)
ask(
    "nuk",
    "degree-length",
    "How long does a full-time nursing degree take in the UK?",
    ["three years"],
    "How to Become",
    "text",
)
ask(
    "nuk",
    "apprenticeship",
    "How long is a nursing degree apprenticeship in the UK?",
    ["four years"],
    "How to Become",
    "text",
)
ask(
    "nuk",
    "vacancy-rate",
    "What share of registered nurse posts in the UK were vacant in 2024?",
    ["9%"],
    "Job Outlook",
    "text",
)
ask(
    "nuk",
    "night-pay",
    "How are night hours paid for nurses in the UK?",
    ["time and a third"],
    "Shifts and Extra Pay",
    "text",
)
ask(
    "nuk",
    "high-cost",
    "What is the high cost area supplement for nurses in inner London?",
    ["20%"],
    "Shifts and Extra Pay",
    "text",
)
ask("nuk", "top-region", "Which UK region pays nurses the most?", ["London", "£41,500"], S + "Region", "superlative")
ask(
    "nuk",
    "lowest-region",
    "Where in the UK do nurses earn the least?",
    ["Northern Ireland", "£33,400"],
    S + "Region",
    "superlative",
)
ask(
    "nuk",
    "top-band",
    "Which nursing band in the UK has the highest top of band pay?",
    ["Band 8b", "£70,400"],
    S + "Band",
    "superlative",
)
ask(
    "nuk",
    "exp-7",
    "What does a nurse in the UK with 7 years of experience earn?",
    ["£39,800"],
    S + "Years of Experience",
    "row_lookup",
)
ask(
    "nuk",
    "exp-15",
    "How much does a UK nurse with 15 years' experience earn?",
    ["£44,600"],
    S + "Years of Experience",
    "row_lookup",
)
ask(
    "nuk",
    "exp-new",
    "What is the median salary of a UK nurse with less than a year of experience?",
    ["£30,400"],
    S + "Years of Experience",
    "row_lookup",
)
ask(
    "nuk",
    "exp-25",
    "What does a nurse with 25 years of experience earn in the UK?",
    ["£47,900"],
    S + "Years of Experience",
    "row_lookup",
)
ask(
    "nuk",
    "exp-3",
    "How much does a UK nurse with 3 years of experience earn?",
    ["£34,900"],
    S + "Years of Experience",
    "row_lookup",
)
ask(
    "nuk",
    "cmp-scotland-wales",
    "Do nurses earn more in Scotland or in Wales?",
    ["Scotland", "£35,600", "£34,100"],
    S + "Region",
    "comparison",
)
ask(
    "nuk",
    "cmp-band5-band6",
    "How does the starting salary of a Band 6 nurse compare with a Band 5 nurse in the UK?",
    ["£36,200", "£28,900"],
    S + "Band",
    "comparison",
)

# --- Staff nurse, Ireland 2023 (HTML; the place only in the title) -----------------------------------------------
S = "Pay > Salary by "
ask("nie", "dublin", "What is the median staff nurse salary in Dublin?", ["€46,200"], S + "Hospital Group Area")
ask("nie", "cork", "How much do staff nurses earn in Cork?", ["€43,100"], S + "Hospital Group Area")
ask("nie", "limerick", "What do staff nurses earn in Limerick?", ["€42,000"], S + "Hospital Group Area")
ask(
    "nie",
    "cnm2",
    "What is the salary range for a Clinical Nurse Manager 2 in Ireland?",
    ["€56,900", "€63,400"],
    S + "Grade",
    "range",
)
ask(
    "nie",
    "director",
    "How much does a Director of Nursing earn in Ireland?",
    ["€92,000", "€118,000"],
    S + "Grade",
    "range",
)
ask(
    "nie",
    "qualification-allowance",
    "How much is the qualification allowance for nurses in Ireland?",
    ["€3,250"],
    "Pay > Allowances",
)
ask("nie", "night-duty", "What is the night duty premium for nurses in Ireland?", ["25%"], "Pay > Allowances", "text")
ask(
    "nie",
    "island-allowance",
    "What allowance do nurses working on the islands off the west coast of Ireland get?",
    ["€1,600"],
    "Pay > Allowances",
)
ask("nie", "nmbi-fee", "What is the NMBI annual retention fee?", ["€100"], "Getting Started", "text")
ask("nie", "weekly-hours", "How many hours is a full-time week for a staff nurse in Ireland?", ["39"], "Pay", "text")
ask(
    "nie",
    "recognition",
    "How long does NMBI recognition take for nurses trained outside the EU?",
    ["four months"],
    "The Role",
    "text",
)
ask(
    "nie",
    "recruited",
    "How many nurses did the Irish public health service recruit in 2023?",
    ["1,900"],
    "Outlook",
    "text",
)
ask(
    "nie",
    "dublin-share",
    "What share of staff nurse vacancies in Ireland are in Dublin?",
    ["41%"],
    S + "Hospital Group Area",
)
ask(
    "nie",
    "exp-4",
    "What does a staff nurse in Ireland earn after 4 years of service?",
    ["€40,800"],
    S + "Years of Service",
    "row_lookup",
)
ask(
    "nie",
    "exp-1",
    "What is the salary of a staff nurse in Ireland in their first year of service?",
    ["€35,900"],
    S + "Years of Service",
    "row_lookup",
)
ask(
    "nie",
    "exp-7",
    "How much does a staff nurse with 7 years of service earn in Ireland?",
    ["€45,050"],
    S + "Years of Service",
    "row_lookup",
)
ask(
    "nie",
    "exp-12",
    "What does a staff nurse with 12 years of service earn in Ireland?",
    ["€49,100"],
    S + "Years of Service",
    "row_lookup",
)
ask(
    "nie",
    "exp-9",
    "What is the annual salary of an Irish staff nurse with 9 years of service?",
    ["€47,750"],
    S + "Years of Service",
    "row_lookup",
)
ask(
    "nie",
    "top-area",
    "Which area of Ireland pays staff nurses the most?",
    ["Dublin", "€46,200"],
    S + "Hospital Group Area",
    "superlative",
)
ask(
    "nie",
    "low-area",
    "Where in Ireland is the median staff nurse salary lowest?",
    ["Waterford", "€41,300"],
    S + "Hospital Group Area",
    "superlative",
)
ask(
    "nie",
    "top-grade",
    "Which nursing grade in Ireland has the highest pay?",
    ["Director of Nursing", "€118,000"],
    S + "Grade",
    "superlative",
)
ask(
    "nie",
    "cmp-cork-galway",
    "Do staff nurses earn more in Cork or Galway?",
    ["Cork", "€43,100", "€42,600"],
    S + "Hospital Group Area",
    "comparison",
)
ask(
    "nie",
    "cmp-cnm1-cnm3",
    "How does the top of the Clinical Nurse Manager 1 grade compare with the top of CNM 3?",
    ["€57,800", "€71,500"],
    S + "Grade",
    "comparison",
)

# --- Secondary teacher, England 2021-2023 (Markdown; a year range) -----------------------------------------------
SCALE = "Pay Scales > Main and Upper Pay Scale by Year"
AREA = "Pay Scales > Pay by Area (2023)"
LEAD = "Pay Scales > Leadership Pay (2023)"
BURS = "Training to Teach > Training Bursaries (2023)"
ask("tch", "m1-2023", "What was the M1 starting salary for teachers in England in 2023?", ["£29,700"], SCALE)
ask("tch", "m1-2021", "What was a newly qualified teacher's M1 salary in England in 2021?", ["£25,900"], SCALE)
ask("tch", "start-2022", "What was the starting salary for a secondary teacher in England in 2022?", ["£27,800"], SCALE)
ask("tch", "u3-2022", "What was the U3 teacher salary in 2022?", ["£43,500"], SCALE, "row_lookup")
ask("tch", "m6-2023", "How much did a teacher on M6 earn in 2023?", ["£40,800"], SCALE, "row_lookup")
ask("tch", "m3-2022", "What did a teacher on point M3 earn in 2022?", ["£31,200"], SCALE, "row_lookup")
ask("tch", "u1-2021", "What was the U1 salary for teachers in England in 2021?", ["£39,100"], SCALE, "row_lookup")
ask("tch", "m4-2023", "What was the pay for point M4 of the main pay scale in 2023?", ["£35,200"], SCALE, "row_lookup")
ask("tch", "inner-london", "What is the starting salary for a teacher in inner London?", ["£36,100"], AREA)
ask(
    "tch", "outer-london-top", "What is the top of the upper pay scale for teachers in outer London?", ["£50,200"], AREA
)
ask("tch", "fringe-start", "What is the M1 starting salary in the London fringe?", ["£30,900"], AREA)
ask(
    "tch",
    "head-range",
    "What is the salary range for a head teacher in England?",
    ["£60,200", "£131,500"],
    LEAD,
    "range",
)
ask("tch", "deputy-range", "How much does a deputy head teacher earn?", ["£52,400", "£72,800"], LEAD, "range")
ask("tch", "physics-bursary", "How big is the bursary for training to teach physics?", ["£27,500"], BURS)
ask("tch", "english-bursary", "What is the bursary for training to teach English?", ["£13,500"], BURS)
ask("tch", "geography-bursary", "How much is the geography teacher training bursary?", ["£22,000"], BURS)
ask(
    "tch",
    "directed-hours",
    "How many hours a year are full-time teachers in England directed to work?",
    ["1,265"],
    "Workload and Holidays",
    "text",
)
ask(
    "tch",
    "teaching-days",
    "How many teaching days are there in a school year in England?",
    ["190"],
    "Workload and Holidays",
    "text",
)
ask(
    "tch",
    "weekly-hours",
    "How many hours a week do teachers in England report working in term time?",
    ["51"],
    "Workload and Holidays",
    "text",
)
ask("tch", "pgce", "How long is a PGCE with QTS?", ["one-year"], "Training to Teach", "text")
ask(
    "tch",
    "school-days",
    "How many days do trainee teachers spend teaching in schools?",
    ["120"],
    "Training to Teach",
    "text",
)
ask(
    "tch",
    "recruited",
    "How many new secondary teachers were recruited in England in 2023?",
    ["14,000"],
    "Job Outlook",
    "text",
)
ask(
    "tch",
    "top-bursary",
    "Which subject has the largest teacher training bursary?",
    ["Physics", "£27,500"],
    BURS,
    "superlative",
)
ask(
    "tch",
    "low-bursary",
    "Which subject has the smallest teacher training bursary?",
    ["English", "£13,500"],
    BURS,
    "superlative",
)
ask(
    "tch",
    "top-area",
    "Which area of England has the highest starting salary for teachers?",
    ["Inner London", "£36,100"],
    AREA,
    "superlative",
)
ask(
    "tch",
    "cmp-m1-years",
    "How much did the M1 teacher salary rise from 2021 to 2023?",
    ["£25,900", "£29,700"],
    SCALE,
    "comparison",
)
ask(
    "tch",
    "cmp-inner-outer",
    "How does the teacher starting salary in inner London compare with outer London?",
    ["£36,100", "£34,300"],
    AREA,
    "comparison",
)

# --- Solicitor, England and Wales 2024 (plain text + sidecar) ----------------------------------------------------
PQE = "Salaries > Salary by PQE"
TRAIN = "Salaries > Trainee Pay"
CITY = "Salaries > Salary by City"
ask("sol", "nq-city", "What does a newly qualified solicitor earn at a City of London firm?", ["£100,000"], PQE)
ask("sol", "nq-regional", "What is a newly qualified solicitor's salary at a regional firm?", ["£38,000"], PQE)
ask(
    "sol",
    "trainee-national",
    "How much do trainee solicitors earn in their first year at a national firm?",
    ["£34,000"],
    TRAIN,
)
ask(
    "sol",
    "trainee-inhouse",
    "What do second-year trainee solicitors earn in an in-house legal team?",
    ["£31,000"],
    TRAIN,
)
ask("sol", "manchester", "What is the median salary for a solicitor in Manchester?", ["£52,000"], CITY)
ask("sol", "cardiff", "How much do solicitors in Cardiff earn?", ["£44,000"], CITY)
ask(
    "sol",
    "sqe-fees",
    "How much did the SQE exam fees come to in 2024?",
    ["£4,564"],
    "Qualifying as a Solicitor",
    "text",
)
ask(
    "sol",
    "qwe",
    "How much qualifying work experience does a solicitor need?",
    ["two years"],
    "Qualifying as a Solicitor",
    "text",
)
ask(
    "sol",
    "billable",
    "What billable hours target do solicitors in large City firms have?",
    ["1,800"],
    "Hours and Working Life",
    "text",
)
ask(
    "sol",
    "partnership",
    "When might a solicitor be offered partnership?",
    ["eight to twelve years"],
    "Career Progression",
    "text",
)
ask(
    "sol",
    "pqe3-national",
    "What does a solicitor with 3 years' PQE earn at a national firm?",
    ["£66,500"],
    PQE,
    "row_lookup",
)
ask(
    "sol",
    "pqe5-city",
    "How much does a City of London firm solicitor with 5 years PQE earn?",
    ["£133,000"],
    PQE,
    "row_lookup",
)
ask(
    "sol",
    "pqe2-regional",
    "What is the salary of a regional firm solicitor with 2 years of PQE?",
    ["£45,000"],
    PQE,
    "row_lookup",
)
ask(
    "sol",
    "pqe10-national",
    "How much does a national firm solicitor with 10 years' PQE earn?",
    ["£92,000"],
    PQE,
    "row_lookup",
)
ask(
    "sol",
    "pqe1-city",
    "What does a solicitor with 1 year PQE earn at a City of London firm?",
    ["£106,000"],
    PQE,
    "row_lookup",
)
ask("sol", "top-city", "Which city pays solicitors the most?", ["London", "£78,000"], CITY, "superlative")
ask("sol", "low-city", "In which city do solicitors earn the least?", ["Cardiff", "£44,000"], CITY, "superlative")
ask(
    "sol",
    "top-trainee",
    "Which type of firm pays first-year trainee solicitors the most?",
    ["City of London", "£50,000"],
    TRAIN,
    "superlative",
)
ask(
    "sol",
    "cmp-nq",
    "How much more does a City of London firm pay a newly qualified solicitor than a regional firm?",
    ["£100,000", "£38,000"],
    PQE,
    "comparison",
)
ask(
    "sol",
    "cmp-leeds-bristol",
    "Do solicitors earn more in Leeds or Bristol?",
    ["Bristol", "£51,000", "£49,500"],
    CITY,
    "comparison",
)

# --- Chartered accountant, Australia 2024 (HTML, A$) -------------------------------------------------------------
S = "Salaries in Australia (2024) > Salary by "
ask("acc", "graduate", "What does a graduate accountant earn in Australia?", ["A$68,000"], S + "Level")
ask("acc", "senior", "What is the median salary of a senior accountant in Australia?", ["A$101,000"], S + "Level")
ask(
    "acc",
    "manager-range",
    "What is the typical salary range for an accounting manager in Australia?",
    ["A$118,000", "A$148,000"],
    S + "Level",
    "range",
)
ask("acc", "sydney", "How much do accountants earn in Sydney?", ["A$104,000"], S + "State Capital")
ask("acc", "perth", "What is the median accountant salary in Perth?", ["A$96,000"], S + "State Capital")
ask("acc", "queensland", "What do accountants earn in Queensland?", ["A$92,000"], S + "State Capital")
ask("acc", "tax", "What does a senior tax accountant earn in Australia?", ["A$103,000"], S + "Specialism")
ask(
    "acc",
    "super",
    "What superannuation contribution do Australian employers pay accountants?",
    ["11%"],
    "Salaries in Australia (2024)",
    "text",
)
ask(
    "acc",
    "jobs-month",
    "How many accounting jobs were advertised each month in Australia in 2024?",
    ["16,500"],
    "Career Outlook",
    "text",
)
ask(
    "acc",
    "hybrid",
    "What share of accounting roles in Australia offered hybrid work?",
    ["35%"],
    "Career Outlook",
    "text",
)
ask(
    "acc",
    "program-subjects",
    "How many subjects are in the chartered accountants program?",
    ["five"],
    "Becoming a Chartered Accountant",
    "text",
)
ask(
    "acc",
    "mgmt-share",
    "What share of senior accountant job ads in Australia are in management accounting?",
    ["39%"],
    S + "Specialism",
)
ask(
    "acc",
    "exp-5",
    "What does an accountant with 5 years of experience earn in Australia?",
    ["A$101,000"],
    S + "Level",
    "row_lookup",
)
ask(
    "acc",
    "exp-8",
    "How much does an accountant in Australia with 8 years of experience earn?",
    ["A$132,000"],
    S + "Level",
    "row_lookup",
)
ask(
    "acc",
    "exp-15",
    "What is the median salary of an accountant with 15 years of experience in Australia?",
    ["A$185,000"],
    S + "Level",
    "row_lookup",
)
ask(
    "acc",
    "exp-2",
    "What does an accountant with 2 years of experience earn in Australia?",
    ["A$82,000"],
    S + "Level",
    "row_lookup",
)
ask(
    "acc",
    "top-city",
    "Which Australian city pays accountants the most?",
    ["Sydney", "A$104,000"],
    S + "State Capital",
    "superlative",
)
ask(
    "acc",
    "low-city",
    "Which state capital has the lowest accountant salaries?",
    ["Hobart", "A$83,000"],
    S + "State Capital",
    "superlative",
)
ask(
    "acc",
    "top-specialism",
    "Which accounting specialism pays the most in Australia?",
    ["Forensic accounting", "A$115,000"],
    S + "Specialism",
    "superlative",
)
ask(
    "acc",
    "low-specialism",
    "Which accounting specialism pays senior accountants the least in Australia?",
    ["Audit and assurance", "A$97,000"],
    S + "Specialism",
    "superlative",
)
ask(
    "acc",
    "cmp-melbourne-brisbane",
    "Do accountants earn more in Melbourne or Brisbane?",
    ["Melbourne", "A$98,500", "A$92,000"],
    S + "State Capital",
    "comparison",
)
ask(
    "acc",
    "cmp-tax-advisory",
    "Compare the pay of tax and advisory accountants in Australia.",
    ["A$103,000", "A$112,000"],
    S + "Specialism",
    "comparison",
)

# --- Software engineer, Germany 2023 (PDF; per MONTH; a table split across pages; running header and footer) -----
S = "Salaries (Germany, 2023) > Monthly Salary by "
M = "month"
ask("seg", "junior", "What does a junior software engineer earn in Germany?", ["€4,150"], S + "Experience", period=M)
ask(
    "seg",
    "senior",
    "What is the median monthly salary of a senior software engineer in Germany?",
    ["€6,200"],
    S + "Experience",
    period=M,
)
ask(
    "seg",
    "principal-range",
    "What is the salary range for a principal engineer in Germany?",
    ["€7,600", "€9,800"],
    S + "Experience",
    "range",
    period=M,
)
ask("seg", "munich", "How much do software engineers earn in Munich?", ["€5,900"], S + "City", period=M)
ask(
    "seg",
    "berlin",
    "What is the median monthly salary for software engineers in Berlin?",
    ["€5,300"],
    S + "City",
    period=M,
)
ask("seg", "hamburg", "What do software engineers earn in Hamburg?", ["€5,450"], S + "City", period=M)
ask("seg", "leipzig", "How much does a software engineer earn in Leipzig?", ["€4,450"], S + "City", period=M)
ask(
    "seg",
    "frankfurt",
    "What is the median software engineer salary in Frankfurt am Main?",
    ["€5,700"],
    S + "City",
    period=M,
)
ask(
    "seg",
    "security",
    "What do IT security engineers earn per month in Germany?",
    ["€5,750"],
    S + "Specialism",
    period=M,
)
ask(
    "seg",
    "frontend",
    "What is the median monthly salary in frontend development in Germany?",
    ["€4,850"],
    S + "Specialism",
    period=M,
)
ask(
    "seg",
    "large-company",
    "What do software engineers at German companies with 1,000 or more employees earn?",
    ["€6,050"],
    S + "Company Size",
    period=M,
)
ask(
    "seg",
    "holiday",
    "How many days of paid holiday do software engineers in Germany get?",
    ["28 to 30 days"],
    "Working Conditions",
    "text",
)
ask(
    "seg",
    "hybrid",
    "What share of German software engineering postings offered hybrid work in 2023?",
    ["62%"],
    "Working Conditions",
    "text",
)
ask(
    "seg",
    "degree-share",
    "What share of software engineers hired in Germany in 2023 held a university degree?",
    ["70%"],
    "Entry Routes",
    "text",
)
ask(
    "seg",
    "german-required",
    "What share of software postings outside Berlin and Munich asked for German?",
    ["58%"],
    "Entry Routes",
    "text",
)
ask(
    "seg",
    "postings-fall",
    "How much did software engineering postings in Germany fall from 2022 to 2023?",
    ["9%"],
    "Job Outlook",
    "text",
)
ask("seg", "berlin-share", "What share of German software engineering postings are in Berlin?", ["26%"], S + "City")
ask(
    "seg",
    "yearly-senior",
    "What is the yearly salary of a senior software engineer in Germany?",
    ["€6,200"],
    S + "Experience",
    "period_trap",
    period=M,
)
ask(
    "seg",
    "yearly-staff",
    "How much does a staff engineer earn a year in Germany?",
    ["€7,350"],
    S + "Experience",
    "period_trap",
    period=M,
)
ask(
    "seg",
    "exp-3",
    "What does a software engineer with 3 years of experience earn in Germany?",
    ["€5,050"],
    S + "Experience",
    "row_lookup",
    period=M,
)
ask(
    "seg",
    "exp-6",
    "How much does a software engineer in Germany with 6 years of experience earn?",
    ["€6,200"],
    S + "Experience",
    "row_lookup",
    period=M,
)
ask(
    "seg",
    "exp-10",
    "What is the monthly salary of a German software engineer with 10 years of experience?",
    ["€7,350"],
    S + "Experience",
    "row_lookup",
    period=M,
)
ask(
    "seg",
    "exp-5",
    "What does a software engineer with 5 years of experience earn in Germany?",
    ["€6,200"],
    S + "Experience",
    "row_lookup",
    period=M,
)
ask(
    "seg",
    "top-city",
    "Which German city pays software engineers the most?",
    ["Munich", "€5,900"],
    S + "City",
    "superlative",
    period=M,
)
ask(
    "seg",
    "low-city",
    "Which German city has the lowest software engineer pay?",
    ["Leipzig", "€4,450"],
    S + "City",
    "superlative",
    period=M,
)
ask(
    "seg",
    "top-specialism",
    "Which software specialism pays best in Germany?",
    ["IT security", "€5,750"],
    S + "Specialism",
    "superlative",
    period=M,
)
ask(
    "seg",
    "low-specialism",
    "Which software specialism pays the least in Germany?",
    ["Frontend development", "€4,850"],
    S + "Specialism",
    "superlative",
    period=M,
)
ask(
    "seg",
    "cmp-berlin-munich",
    "How does software engineer pay in Berlin compare with Munich?",
    ["€5,300", "€5,900"],
    S + "City",
    "comparison",
    period=M,
)
ask(
    "seg",
    "cmp-hamburg-cologne",
    "Do software engineers earn more in Hamburg or Cologne?",
    ["Hamburg", "€5,450", "€5,100"],
    S + "City",
    "comparison",
    period=M,
)

# --- Software engineer, Canada 2024 (Markdown, C$) -----------------------------------------------------------------
S = "Salaries (Canada, 2024) > Salary by "
ask("sec", "junior", "What does a junior software engineer earn in Canada?", ["C$78,000"], S + "Level")
ask(
    "sec",
    "senior-range",
    "What is the typical salary range for a senior software engineer in Canada?",
    ["C$110,000", "C$140,000"],
    S + "Level",
    "range",
)
ask("sec", "manager", "How much does an engineering manager earn in Canada?", ["C$158,000"], S + "Level")
ask("sec", "ontario", "What do software engineers earn in Ontario?", ["C$104,000"], S + "Province")
ask(
    "sec",
    "british-columbia",
    "What is the median software engineer salary in British Columbia?",
    ["C$109,000"],
    S + "Province",
)
ask("sec", "quebec", "How much do software engineers earn in Quebec?", ["C$91,000"], S + "Province")
ask("sec", "toronto", "What is the median software engineer salary in Toronto?", ["C$108,000"], S + "City")
ask("sec", "ottawa", "What do software engineers make in Ottawa?", ["C$99,500"], S + "City")
ask(
    "sec",
    "coop",
    "How much work experience can co-op programs give software students in Canada?",
    ["20 months"],
    "Getting In",
    "text",
)
ask(
    "sec",
    "remote",
    "What share of Canadian software engineering postings were fully remote in 2024?",
    ["18%"],
    "Working Conditions",
    "text",
)
ask(
    "sec",
    "growth",
    "How much did software engineering postings in Canada rise from 2023 to 2024?",
    ["6%"],
    "Outlook",
    "text",
)
ask(
    "sec",
    "ontario-share",
    "What share of Canadian software engineering postings are in Ontario?",
    ["46%"],
    S + "Province",
)
ask(
    "sec",
    "exp-4",
    "What does a software engineer with 4 years of experience earn in Canada?",
    ["C$98,000"],
    S + "Level",
    "row_lookup",
)
ask(
    "sec",
    "exp-7",
    "How much does a software engineer in Canada with 7 years of experience earn?",
    ["C$124,000"],
    S + "Level",
    "row_lookup",
)
ask(
    "sec",
    "exp-1",
    "What is the salary of a Canadian software engineer with 1 year of experience?",
    ["C$78,000"],
    S + "Level",
    "row_lookup",
)
ask(
    "sec",
    "top-province",
    "Which province pays software engineers the most?",
    ["British Columbia", "C$109,000"],
    S + "Province",
    "superlative",
)
ask(
    "sec",
    "low-province",
    "Which Canadian province pays software engineers the least?",
    ["Nova Scotia", "C$82,500"],
    S + "Province",
    "superlative",
)
ask(
    "sec",
    "top-city",
    "Which Canadian city pays software engineers the most?",
    ["Vancouver", "C$112,000"],
    S + "City",
    "superlative",
)
ask(
    "sec",
    "low-city",
    "Which Canadian city has the lowest software engineer salary?",
    ["Montreal", "C$93,000"],
    S + "City",
    "superlative",
)
ask(
    "sec",
    "cmp-alberta-quebec",
    "Do software engineers earn more in Alberta or Quebec?",
    ["Alberta", "C$101,500", "C$91,000"],
    S + "Province",
    "comparison",
)
ask(
    "sec",
    "cmp-calgary-waterloo",
    "Compare software engineer salaries in Calgary and Waterloo.",
    ["C$102,000", "C$103,000"],
    S + "City",
    "comparison",
)

# --- Pharmacist, United States 2023 (PDF; per year and per hour; "Page N of M" footer) -----------------------------
S = "Pay (United States, 2023) > Pay by "
ask("pha", "hospital", "What does a hospital pharmacist earn in the US?", ["$136,900"], S + "Work Setting")
ask(
    "pha",
    "community-hourly",
    "What is the median hourly wage of a community pharmacist in the US?",
    ["$61.70"],
    S + "Work Setting",
    period="hour",
)
ask("pha", "industry", "How much do pharmacists in the pharmaceutical industry earn?", ["$148,600"], S + "Work Setting")
ask("pha", "california", "What do pharmacists earn in California?", ["$151,300"], S + "State")
ask("pha", "texas-hourly", "What is the hourly wage of a pharmacist in Texas?", ["$63.35"], S + "State", period="hour")
ask("pha", "ny-employed", "How many pharmacists work in New York?", ["20,800"], S + "State")
ask("pha", "residency", "How much does a PGY1 pharmacy residency pay?", ["$52,000"], "Education and Licensing", "text")
ask(
    "pha",
    "practice-hours",
    "How many hours of supervised practice does a PharmD include?",
    ["1,740"],
    "Education and Licensing",
    "text",
)
ask("pha", "part-time", "What share of US pharmacists worked part time in 2023?", ["17%"], "Working Hours", "text")
ask(
    "pha",
    "employment",
    "How many pharmacists were employed in the United States in 2023?",
    ["335,000"],
    "Job Outlook",
    "text",
)
ask(
    "pha",
    "growth",
    "How much is US pharmacist employment expected to grow over the next ten years?",
    ["3%"],
    "Job Outlook",
    "text",
)
ask(
    "pha",
    "exp-4",
    "What does a pharmacist with 4 years of experience earn in the US?",
    ["$128,000"],
    S + "Experience",
    "row_lookup",
)
ask(
    "pha",
    "exp-15",
    "How much does a US pharmacist with 15 years of experience earn?",
    ["$142,000"],
    S + "Experience",
    "row_lookup",
)
ask(
    "pha",
    "exp-25",
    "What is the median salary of a pharmacist with 25 years of experience?",
    ["$146,800"],
    S + "Experience",
    "row_lookup",
)
ask(
    "pha",
    "exp-8",
    "What does a US pharmacist with 8 years of experience earn?",
    ["$136,500"],
    S + "Experience",
    "row_lookup",
)
ask(
    "pha", "top-state", "Which state pays pharmacists the most?", ["California", "$151,300"], S + "State", "superlative"
)
ask(
    "pha",
    "low-state",
    "Which state in the guide pays pharmacists the least?",
    ["Ohio", "$125,900"],
    S + "State",
    "superlative",
)
ask(
    "pha",
    "top-setting",
    "Which work setting pays pharmacists the most?",
    ["Pharmaceutical industry", "$148,600"],
    S + "Work Setting",
    "superlative",
)
ask(
    "pha",
    "low-setting",
    "In which work setting do pharmacists earn the least?",
    ["Community pharmacy", "$128,400"],
    S + "Work Setting",
    "superlative",
)
ask(
    "pha",
    "most-employed",
    "Which state employs the most pharmacists?",
    ["California", "33,900"],
    S + "State",
    "superlative",
)
ask(
    "pha",
    "cmp-hospital-community",
    "How much more do hospital pharmacists earn than community pharmacists?",
    ["$136,900", "$128,400"],
    S + "Work Setting",
    "comparison",
)
ask(
    "pha",
    "cmp-ny-florida",
    "Do pharmacists earn more in New York or Florida?",
    ["New York", "$137,400", "$127,600"],
    S + "State",
    "comparison",
)

# --- Civil engineer, Ireland 2024 (PDF; place and year only in the title) -----------------------------------------
S = "Salaries > Salary by "
ask("civ", "graduate", "What does a graduate civil engineer earn in Ireland?", ["€36,500"], S + "Grade")
ask(
    "civ",
    "senior-range",
    "What is the typical salary range for a senior civil engineer in Ireland?",
    ["€54,000", "€66,000"],
    S + "Grade",
    "range",
)
ask("civ", "director", "How much does a civil engineering director earn in Ireland?", ["€98,000"], S + "Grade")
ask("civ", "dublin", "What is the median civil engineer salary in Dublin?", ["€58,000"], S + "Region")
ask("civ", "cork", "How much do civil engineers earn in Cork?", ["€53,500"], S + "Region")
ask("civ", "midlands", "What do civil engineers earn in the Irish Midlands?", ["€47,500"], S + "Region")
ask(
    "civ",
    "local-authority",
    "What do civil engineers working for a local authority in Ireland earn?",
    ["€52,000"],
    S + "Employer Type",
)
ask(
    "civ",
    "contractor",
    "How much do civil engineers at main contractors in Ireland earn?",
    ["€57,500"],
    S + "Employer Type",
)
ask(
    "civ",
    "ndp",
    "How much did Ireland's national development plan commit to public infrastructure?",
    ["€165 billion"],
    "Outlook",
    "text",
)
ask(
    "civ",
    "chartered",
    "How long after graduating do civil engineers in Ireland usually become chartered?",
    ["four to six years"],
    "Qualifications",
    "text",
)
ask("civ", "dublin-share", "What share of civil engineering adverts in Ireland are in Dublin?", ["48%"], S + "Region")
ask(
    "civ",
    "exp-4",
    "What does a civil engineer with 4 years of experience earn in Ireland?",
    ["€47,000"],
    S + "Grade",
    "row_lookup",
)
ask(
    "civ",
    "exp-12",
    "How much does a civil engineer in Ireland with 12 years of experience earn?",
    ["€74,000"],
    S + "Grade",
    "row_lookup",
)
ask(
    "civ",
    "exp-7",
    "What is the median salary of an Irish civil engineer with 7 years of experience?",
    ["€59,500"],
    S + "Grade",
    "row_lookup",
)
ask(
    "civ",
    "exp-20",
    "What does a civil engineer with 20 years of experience earn in Ireland?",
    ["€98,000"],
    S + "Grade",
    "row_lookup",
)
ask(
    "civ",
    "top-region",
    "Which region of Ireland pays civil engineers the most?",
    ["Dublin", "€58,000"],
    S + "Region",
    "superlative",
)
ask(
    "civ",
    "low-region",
    "Which region of Ireland pays civil engineers the least?",
    ["Midlands", "€47,500"],
    S + "Region",
    "superlative",
)
ask(
    "civ",
    "top-employer",
    "Which type of employer pays civil engineers the most in Ireland?",
    ["Main contractor", "€57,500"],
    S + "Employer Type",
    "superlative",
)
ask(
    "civ",
    "cmp-galway-limerick",
    "Do civil engineers earn more in Galway or Limerick?",
    ["Galway", "€51,000", "€50,500"],
    S + "Region",
    "comparison",
)
ask(
    "civ",
    "cmp-consultancy-contractor",
    "Compare civil engineering pay at design consultancies and main contractors in Ireland.",
    ["€54,000", "€57,500"],
    S + "Employer Type",
    "comparison",
)

# --- Social worker, Netherlands 2024 (plain text + sidecar; per MONTH) ---------------------------------------------
S = "Salaries (Netherlands, 2024) > Salary by "
ask(
    "sw",
    "start",
    "What is the starting salary of a social worker in the Netherlands?",
    ["€3,050"],
    S + "Years of Experience",
    period=M,
)
ask(
    "sw",
    "team-leader",
    "What is the pay range for a social work team leader in the Netherlands?",
    ["€3,890", "€5,410"],
    S + "Role",
    "range",
    period=M,
)
ask("sw", "senior-scale", "Which pay scale is a senior social worker on in the Netherlands?", ["Scale 9"], S + "Role")
ask(
    "sw",
    "municipality",
    "What do social workers employed by a municipality earn in the Netherlands?",
    ["€3,720"],
    S + "Employer Type",
    period=M,
)
ask(
    "sw",
    "hospital",
    "How much does a hospital social worker earn in the Netherlands?",
    ["€3,580"],
    S + "Employer Type",
    period=M,
)
ask(
    "sw",
    "holiday-allowance",
    "How much holiday allowance do social workers in the Netherlands receive?",
    ["8%"],
    "Salaries (Netherlands, 2024)",
    "text",
)
ask(
    "sw",
    "year-end",
    "What is the end-of-year payment for social workers in the Netherlands?",
    ["8.3%"],
    "Salaries (Netherlands, 2024)",
    "text",
)
ask(
    "sw",
    "hours",
    "How many hours is a full-time week for a social worker in the Netherlands?",
    ["36"],
    "Salaries (Netherlands, 2024)",
    "text",
)
ask(
    "sw",
    "caseload",
    "How many open cases does a neighbourhood team social worker in the Netherlands hold?",
    ["25 to 35"],
    "Hours and Caseloads",
    "text",
)
ask(
    "sw",
    "part-time",
    "What share of social workers in the Netherlands work part time?",
    ["60%"],
    "Hours and Caseloads",
    "text",
)
ask(
    "sw",
    "vacancies",
    "How many social work vacancies did Dutch municipalities report in 2024?",
    ["2,000"],
    "Outlook",
    "text",
)
ask(
    "sw",
    "placement",
    "How long is the placement in a Dutch social work degree?",
    ["40 weeks"],
    "Becoming a Social Worker",
    "text",
)
ask(
    "sw",
    "yearly-5",
    "What is the annual salary of a social worker in the Netherlands with 5 years of experience?",
    ["€3,640"],
    S + "Years of Experience",
    "period_trap",
    period=M,
)
ask(
    "sw",
    "exp-3",
    "What does a social worker with 3 years of experience earn in the Netherlands?",
    ["€3,400"],
    S + "Years of Experience",
    "row_lookup",
    period=M,
)
ask(
    "sw",
    "exp-6",
    "How much does a Dutch social worker with 6 years of experience earn?",
    ["€3,760"],
    S + "Years of Experience",
    "row_lookup",
    period=M,
)
ask(
    "sw",
    "exp-12",
    "What does a social worker in the Netherlands with 12 years of experience earn?",
    ["€4,150"],
    S + "Years of Experience",
    "row_lookup",
    period=M,
)
ask(
    "sw",
    "exp-8",
    "What is the gross monthly salary of a social worker with 8 years of experience in the Netherlands?",
    ["€4,010"],
    S + "Years of Experience",
    "row_lookup",
    period=M,
)
ask(
    "sw",
    "top-employer",
    "Which type of employer pays social workers the most in the Netherlands?",
    ["Municipality", "€3,720"],
    S + "Employer Type",
    "superlative",
    period=M,
)
ask(
    "sw",
    "low-employer",
    "Which type of employer pays social workers the least in the Netherlands?",
    ["Housing association", "€3,540"],
    S + "Employer Type",
    "superlative",
    period=M,
)
ask(
    "sw",
    "top-role",
    "Which social work role has the highest pay in the Netherlands?",
    ["Team Leader", "€5,410"],
    S + "Role",
    "superlative",
    period=M,
)
ask(
    "sw",
    "cmp-youth-mental",
    "Do social workers earn more in youth care or in mental health services in the Netherlands?",
    ["€3,650", "€3,610"],
    S + "Employer Type",
    "comparison",
    period=M,
)

# --- Graduate schemes, UK 2025 (Markdown; one programme list with salaries and lengths) ----------------------------
SCH = "Schemes Recruiting for 2025"
SEC = "Average Starting Salary by Sector"
ask("grad", "northgate", "What is the starting salary on the Northgate Bank Graduate Programme?", ["£38,500"], SCH)
ask("grad", "kestrel-length", "How long is the Kestrel Retail Management Programme?", ["18 months"], SCH)
ask("grad", "public-length", "How long does the Public Service Leadership Scheme last?", ["4 years"], SCH)
ask("grad", "orbital", "What does the Orbital Software Graduate Engineer Programme pay?", ["£42,000"], SCH)
ask(
    "grad", "halden-locations", "Where is the Halden & Moore Audit Trainee Scheme based?", ["London", "Manchester"], SCH
)
ask("grad", "teal", "What is the starting salary of the Teal Health Graduate Management Scheme?", ["£29,400"], SCH)
ask(
    "grad",
    "brightwater",
    "What are the starting salary and length of the Brightwater Utilities Engineering Scheme?",
    ["£32,500", "3 years"],
    SCH,
)
ask("grad", "law-average", "What is the average graduate starting salary in law?", ["£44,500"], SEC)
ask("grad", "charity-average", "What is the average starting salary for graduates at charities?", ["£25,200"], SEC)
ask("grad", "tech-share", "What share of graduate schemes are in technology?", ["18%"], SEC)
ask(
    "grad",
    "any-class",
    "What share of graduate schemes in 2025 accepted any degree class?",
    ["40%"],
    "How Schemes Select Graduates",
    "text",
)
ask(
    "grad",
    "retention",
    "What share of graduates were still with their employer a year after their scheme ended?",
    ["85%"],
    "After the Scheme",
    "text",
)
ask(
    "grad",
    "video",
    "How many questions are in a graduate scheme video interview?",
    ["five to eight"],
    "How Schemes Select Graduates",
    "text",
)
ask(
    "grad",
    "top-scheme",
    "Which graduate scheme pays the highest starting salary?",
    ["Marlow Law Trainee Programme", "£48,000"],
    SCH,
    "superlative",
)
ask(
    "grad",
    "low-scheme",
    "Which graduate scheme has the lowest starting salary?",
    ["Teal Health Graduate Management Scheme", "£29,400"],
    SCH,
    "superlative",
)
ask(
    "grad",
    "longest",
    "Which graduate scheme lasts the longest?",
    ["Public Service Leadership Scheme", "4 years"],
    SCH,
    "superlative",
)
ask(
    "grad",
    "shortest",
    "Which graduate scheme is the shortest?",
    ["Orbital Software Graduate Engineer Programme"],
    SCH,
    "superlative",
)
ask(
    "grad",
    "top-sector",
    "Which sector has the highest average graduate starting salary?",
    ["Law", "£44,500"],
    SEC,
    "superlative",
)
ask(
    "grad",
    "low-sector",
    "Which sector has the lowest average graduate starting salary?",
    ["Charities", "£25,200"],
    SEC,
    "superlative",
)
ask(
    "grad",
    "cmp-northgate-orbital",
    "Which pays more to start, the Northgate Bank Graduate Programme or the Orbital Software programme?",
    ["Orbital", "£42,000", "£38,500"],
    SCH,
    "comparison",
)
ask(
    "grad",
    "cmp-retail-public",
    "Compare the average graduate starting salaries in retail and the public sector.",
    ["£28,500", "£27,800"],
    SEC,
    "comparison",
)

# --- Postgraduate funding, UK 2024/25 (HTML; per year and per month in one table) ---------------------------------
LOAN = "Paying for a Master's Degree > Master's Loans by Nation"
STIP = "Funding a PhD > Doctoral Stipend"
BYYEAR = "Funding a PhD > Stipend by Academic Year"
OTHER = "Other Sources of Funding"
ask("pgf", "england-loan", "What is the maximum master's loan for students from England?", ["£12,300"], LOAN)
ask("pgf", "wales-loan", "How much is the master's loan for Welsh students?", ["£18,900"], LOAN)
ask("pgf", "scotland-loan", "How much can Scottish students borrow for a master's degree?", ["£11,500"], LOAN)
ask("pgf", "ni-loan", "What is the maximum postgraduate loan for students from Northern Ireland?", ["£6,500"], LOAN)
ask("pgf", "stipend", "What is the standard PhD stipend in 2024/25?", ["£19,500"], STIP)
ask("pgf", "stipend-month", "How much is the standard PhD stipend per month?", ["£1,625"], STIP, period=M)
ask("pgf", "london-stipend", "What is the London doctoral stipend per year?", ["£21,500"], STIP)
ask("pgf", "london-month", "What is the London doctoral stipend per month?", ["£1,791"], STIP, period=M)
ask("pgf", "industry-stipend", "How much is a typical industry-sponsored PhD stipend?", ["£22,800"], STIP)
ask("pgf", "repayment", "How are postgraduate master's loans repaid?", ["6%", "£21,000"], LOAN, "text")
ask("pgf", "doctoral-loan", "How much is the government doctoral loan?", ["£29,900"], BYYEAR, "text")
ask("pgf", "dsa", "How much is the Disabled Students' Allowance for postgraduate students?", ["£26,300"], OTHER)
ask(
    "pgf",
    "charity-grants",
    "How much are charity grants for postgraduate students?",
    ["£500", "£3,000"],
    OTHER,
    "range",
)
ask(
    "pgf",
    "scholarship",
    "What fee discount do universities give their own graduates for postgraduate study?",
    ["10%", "20%"],
    OTHER,
    "range",
)
ask(
    "pgf",
    "duration",
    "How long does a funded PhD studentship usually last?",
    ["three and a half years"],
    "Funding a PhD",
    "text",
)
ask("pgf", "stipend-2022", "What was the standard doctoral stipend in 2022/23?", ["£17,900"], BYYEAR, "row_lookup")
ask("pgf", "stipend-2023", "What was the standard doctoral stipend in 2023/24?", ["£18,800"], BYYEAR, "row_lookup")
ask("pgf", "top-loan", "Which UK nation offers the largest master's loan?", ["Wales", "£18,900"], LOAN, "superlative")
ask(
    "pgf",
    "low-loan",
    "Which home nation has the smallest master's loan?",
    ["Northern Ireland", "£6,500"],
    LOAN,
    "superlative",
)
ask(
    "pgf",
    "top-stipend",
    "Which kind of doctoral stipend pays the most?",
    ["Industry-sponsored", "£22,800"],
    STIP,
    "superlative",
)
ask(
    "pgf",
    "cmp-stipend-rise",
    "How much has the standard doctoral stipend risen since 2022/23?",
    ["£17,900", "£19,500"],
    BYYEAR,
    "comparison",
)
ask(
    "pgf",
    "cmp-england-scotland",
    "Compare the master's loans for students from England and Scotland.",
    ["£12,300", "£11,500"],
    LOAN,
    "comparison",
)

# --- Follow-ups: the question inherits its job, place or row from the turn before --------------------------------
FU = "follow_up"
ask(
    "nie",
    "fu-exp",
    "And after 10 years?",
    ["€49,100"],
    "Pay > Salary by Years of Service",
    FU,
    history=turn(
        "What does a staff nurse in Ireland earn in their first year?",
        "A staff nurse in Ireland earns €35,900 a year in their first year of service [1].",
    ),
)
ask(
    "nie",
    "fu-area",
    "What about Cork?",
    ["€43,100"],
    "Pay > Salary by Hospital Group Area",
    FU,
    history=turn(
        "What is the median staff nurse salary in Dublin?", "The median staff nurse salary in Dublin is €46,200 [1]."
    ),
)
ask(
    "nuk",
    "fu-band",
    "And Band 7?",
    ["£45,100"],
    "Salaries (UK, 2024) > Salary by Band",
    FU,
    history=turn(
        "What is the starting salary for a Band 5 nurse in the UK?",
        "A Band 5 staff nurse in the UK starts on £28,900 a year [1].",
    ),
)
ask(
    "nuk",
    "fu-region",
    "And in Wales?",
    ["£34,100"],
    "Salaries (UK, 2024) > Salary by Region",
    FU,
    history=turn("What is the median nurse salary in London?", "Nurses in London earn a median £41,500 [1]."),
)
ask(
    "tch",
    "fu-year",
    "And in 2023?",
    ["£29,700"],
    SCALE,
    FU,
    history=turn("What was the M1 teacher salary in England in 2021?", "In 2021 the M1 salary was £25,900 [1]."),
)
ask(
    "tch",
    "fu-area",
    "What about the top of the upper pay scale there?",
    ["£53,900"],
    AREA,
    FU,
    history=turn(
        "What is the starting salary for a teacher in inner London?", "A teacher in inner London starts on £36,100 [1]."
    ),
)
ask(
    "sol",
    "fu-pqe",
    "And with 5 years' PQE?",
    ["£76,000"],
    PQE,
    FU,
    history=turn(
        "What does a newly qualified solicitor earn at a national firm?",
        "A newly qualified solicitor at a national firm earns £52,000 [1].",
    ),
)
ask(
    "sol",
    "fu-city",
    "How about Leeds?",
    ["£49,500"],
    CITY,
    FU,
    history=turn(
        "What is the median salary for a solicitor in Manchester?",
        "Solicitors in Manchester earn a median £52,000 [1].",
    ),
)
ask(
    "acc",
    "fu-level",
    "And a manager?",
    ["A$132,000"],
    "Salaries in Australia (2024) > Salary by Level",
    FU,
    history=turn(
        "What does a graduate accountant earn in Australia?",
        "A graduate accountant in Australia earns a median A$68,000 [1].",
    ),
)
ask(
    "acc",
    "fu-city",
    "And in Adelaide?",
    ["A$87,500"],
    "Salaries in Australia (2024) > Salary by State Capital",
    FU,
    history=turn("How much do accountants earn in Sydney?", "Accountants in Sydney earn a median A$104,000 [1]."),
)
ask(
    "seg",
    "fu-city",
    "And in Hamburg?",
    ["€5,450"],
    "Salaries (Germany, 2023) > Monthly Salary by City",
    FU,
    history=turn(
        "How much do software engineers earn in Munich?",
        "Software engineers in Munich earn a median €5,900 per month [1].",
    ),
    period=M,
)
ask(
    "seg",
    "fu-level",
    "What about a staff engineer?",
    ["€7,350"],
    "Salaries (Germany, 2023) > Monthly Salary by Experience",
    FU,
    history=turn(
        "What does a junior software engineer earn in Germany?",
        "A junior software engineer in Germany earns a median €4,150 per month [1].",
    ),
    period=M,
)
ask(
    "sec",
    "fu-province",
    "And Alberta?",
    ["C$101,500"],
    "Salaries (Canada, 2024) > Salary by Province",
    FU,
    history=turn(
        "What do software engineers earn in Ontario?", "Software engineers in Ontario earn a median C$104,000 [1]."
    ),
)
ask(
    "sec",
    "fu-level",
    "What about a senior one?",
    ["C$124,000"],
    "Salaries (Canada, 2024) > Salary by Level",
    FU,
    history=turn(
        "What does a junior software engineer earn in Canada?",
        "A junior software engineer in Canada earns a median C$78,000 [1].",
    ),
)
ask(
    "pha",
    "fu-state",
    "And in Texas?",
    ["$131,800"],
    "Pay (United States, 2023) > Pay by State",
    FU,
    history=turn("What do pharmacists earn in California?", "Pharmacists in California earn a median $151,300 [1]."),
)
ask(
    "pha",
    "fu-hourly",
    "What is that per hour?",
    ["$65.80"],
    "Pay (United States, 2023) > Pay by Work Setting",
    FU,
    history=turn(
        "What does a hospital pharmacist earn in the US?",
        "A hospital pharmacist in the US earns a median $136,900 a year [1].",
    ),
    period="hour",
)
ask(
    "civ",
    "fu-region",
    "And in Galway?",
    ["€51,000"],
    "Salaries > Salary by Region",
    FU,
    history=turn(
        "What is the median civil engineer salary in Dublin?", "Civil engineers in Dublin earn a median €58,000 [1]."
    ),
)
ask(
    "civ",
    "fu-grade",
    "And an associate?",
    ["€74,000"],
    "Salaries > Salary by Grade",
    FU,
    history=turn(
        "What does a graduate civil engineer earn in Ireland?",
        "A graduate civil engineer in Ireland earns a median €36,500 [1].",
    ),
)
ask(
    "sw",
    "fu-exp",
    "And after 9 years?",
    ["€4,150"],
    "Salaries (Netherlands, 2024) > Salary by Years of Experience",
    FU,
    history=turn(
        "What is the starting salary of a social worker in the Netherlands?",
        "A social worker in the Netherlands starts on €3,050 gross per month [1].",
    ),
    period=M,
)
ask(
    "sw",
    "fu-employer",
    "And in a hospital?",
    ["€3,580"],
    "Salaries (Netherlands, 2024) > Salary by Employer Type",
    FU,
    history=turn(
        "What do social workers employed by a municipality earn in the Netherlands?",
        "Social workers at a municipality earn a median €3,720 gross per month [1].",
    ),
    period=M,
)
ask(
    "grad",
    "fu-length",
    "How long is it?",
    ["2 years"],
    SCH,
    FU,
    history=turn(
        "What is the starting salary on the Northgate Bank Graduate Programme?",
        "The Northgate Bank Graduate Programme starts at £38,500 [1].",
    ),
)
ask(
    "grad",
    "fu-where",
    "Where is it based?",
    ["London"],
    SCH,
    FU,
    history=turn(
        "Which graduate scheme pays the most?",
        "The Marlow Law Trainee Programme pays the highest starting salary, £48,000 [1].",
    ),
)
ask(
    "pgf",
    "fu-month",
    "How much is that per month?",
    ["£1,625"],
    STIP,
    FU,
    history=turn(
        "What is the standard PhD stipend in 2024/25?", "The standard doctoral stipend is £19,500 a year [1]."
    ),
    period=M,
)
ask(
    "pgf",
    "fu-nation",
    "And for Welsh students?",
    ["£18,900"],
    LOAN,
    FU,
    history=turn(
        "What is the maximum master's loan for students from England?",
        "Students from England can borrow up to £12,300 [1].",
    ),
)
ask(
    "civ",
    "fu-other-job",
    "And a civil engineer there?",
    ["€58,000"],
    "Salaries > Salary by Region",
    FU,
    history=turn("What does a staff nurse earn in Dublin?", "The median staff nurse salary in Dublin is €46,200 [1]."),
)
ask(
    "da",
    "fu-other-job",
    "And a data analyst?",
    ["$74,000"],
    "Salaries (Canada, 2022) > Salary by Province",
    FU,
    history=turn(
        "What do software engineers earn in Ontario?", "Software engineers in Ontario earn a median C$104,000 [1]."
    ),
)

# --- Follow-ups that move out of scope -----------------------------------------------------------------------------
FS = "follow_up_scope"
refuse(
    "fus-nurse-spain",
    "And in Spain?",
    FS,
    job="staff nurse",
    place="Spain",
    history=turn("What does a staff nurse earn in Dublin?", "The median staff nurse salary in Dublin is €46,200 [1]."),
)
refuse(
    "fus-se-seattle",
    "What about in Seattle?",
    FS,
    job="software engineer",
    place="Seattle",
    history=turn(
        "What is the median software engineer salary in Toronto?",
        "Software engineers in Toronto earn a median C$108,000 [1].",
    ),
)
refuse(
    "fus-teacher-2025",
    "And in 2025?",
    FS,
    job="teacher",
    place="England",
    year="2025",
    history=turn(
        "What was the M1 starting salary for teachers in England in 2023?", "In 2023 the M1 salary was £29,700 [1]."
    ),
)
refuse(
    "fus-pharmacist-canada",
    "And in Canada?",
    FS,
    job="pharmacist",
    place="Canada",
    history=turn("What do pharmacists earn in California?", "Pharmacists in California earn a median $151,300 [1]."),
)
refuse(
    "fus-solicitor-scotland",
    "And in Scotland?",
    FS,
    job="solicitor",
    place="Scotland",
    history=turn("Which city pays solicitors the most?", "London pays solicitors the most, a median £78,000 [1]."),
)
refuse(
    "fus-accountant-auckland",
    "What about Auckland?",
    FS,
    job="accountant",
    place="Auckland",
    history=turn("How much do accountants earn in Sydney?", "Accountants in Sydney earn a median A$104,000 [1]."),
)

# --- Out of scope: a place no document covers for this job ---------------------------------------------------------
P = "out_of_scope_place"
refuse("oop-nurse-spain", "What do nurses earn in Spain?", P, job="nurse", place="Spain")
refuse("oop-nurse-canada", "What does a registered nurse earn in Canada?", P, job="registered nurse", place="Canada")
refuse("oop-nurse-australia", "How much do nurses earn in Australia?", P, job="nurse", place="Australia")
refuse("oop-nurse-paris", "What is a staff nurse's salary in Paris?", P, job="staff nurse", place="Paris")
refuse("oop-se-france", "How much does a software engineer earn in France?", P, job="software engineer", place="France")
refuse("oop-se-seattle", "What do software engineers earn in Seattle?", P, job="software engineer", place="Seattle")
refuse(
    "oop-se-amsterdam",
    "How much do software engineers make in Amsterdam?",
    P,
    job="software engineer",
    place="Amsterdam",
)
refuse("oop-civil-scotland", "What does a civil engineer earn in Scotland?", P, job="civil engineer", place="Scotland")
refuse("oop-civil-germany", "How much do civil engineers earn in Germany?", P, job="civil engineer", place="Germany")
refuse(
    "oop-accountant-nz",
    "What do chartered accountants earn in New Zealand?",
    P,
    job="chartered accountant",
    place="New Zealand",
)
refuse("oop-accountant-dublin", "How much does an accountant earn in Dublin?", P, job="accountant", place="Dublin")
refuse("oop-pharmacist-uk", "What does a pharmacist earn in the UK?", P, job="pharmacist", place="UK")
refuse("oop-pharmacist-ontario", "How much do pharmacists earn in Ontario?", P, job="pharmacist", place="Ontario")
refuse("oop-solicitor-scotland", "What does a solicitor earn in Scotland?", P, job="solicitor", place="Scotland")
refuse("oop-lawyer-new-york", "What is a lawyer's salary in New York?", P, job="lawyer", place="New York")
refuse("oop-social-worker-belgium", "What do social workers earn in Belgium?", P, job="social worker", place="Belgium")
refuse(
    "oop-social-worker-england",
    "How much does a social worker earn in England?",
    P,
    job="social worker",
    place="England",
)
refuse(
    "oop-social-worker-ireland", "What does a social worker earn in Ireland?", P, job="social worker", place="Ireland"
)
refuse("oop-teacher-wales", "What is the starting salary for a teacher in Wales?", P, job="teacher", place="Wales")
refuse("oop-teacher-scotland", "How much do teachers earn in Scotland?", P, job="teacher", place="Scotland")
refuse(
    "oop-teacher-ireland", "What do secondary teachers earn in Ireland?", P, job="secondary teacher", place="Ireland"
)
refuse("oop-social-worker-munich", "What does a social worker earn in Munich?", P, job="social worker", place="Munich")

# --- Out of scope: a year no document covers for this job and place ----------------------------------------------
Y = "out_of_scope_year"
refuse("ooy-nurse-2019", "What did a Band 5 nurse in the UK earn in 2019?", Y, job="nurse", place="UK", year="2019")
refuse("ooy-nurse-2026", "What will nurses in the UK earn in 2026?", Y, job="nurse", place="UK", year="2026")
refuse(
    "ooy-staff-nurse-2024",
    "What will a staff nurse in Ireland earn in 2024?",
    Y,
    job="staff nurse",
    place="Ireland",
    year="2024",
)
refuse(
    "ooy-teacher-2025",
    "What is the M1 teacher salary in England for 2025?",
    Y,
    job="teacher",
    place="England",
    year="2025",
)
refuse(
    "ooy-teacher-2019",
    "What was a teacher's starting salary in England in 2019?",
    Y,
    job="teacher",
    place="England",
    year="2019",
)
refuse(
    "ooy-solicitor-2020",
    "What did newly qualified solicitors earn in 2020?",
    Y,
    job="solicitor",
    place="England and Wales",
    year="2020",
)
refuse(
    "ooy-accountant-2022",
    "What did graduate accountants earn in Australia in 2022?",
    Y,
    job="accountant",
    place="Australia",
    year="2022",
)
refuse(
    "ooy-se-berlin-2024",
    "What did software engineers earn in Berlin in 2024?",
    Y,
    job="software engineer",
    place="Berlin",
    year="2024",
)
refuse(
    "ooy-se-ontario-2022",
    "What did software engineers earn in Ontario in 2022?",
    Y,
    job="software engineer",
    place="Ontario",
    year="2022",
)
refuse(
    "ooy-pharmacist-2024",
    "How much do pharmacists in California earn in 2024?",
    Y,
    job="pharmacist",
    place="California",
    year="2024",
)
refuse(
    "ooy-civil-2021",
    "What did a graduate civil engineer earn in Ireland in 2021?",
    Y,
    job="civil engineer",
    place="Ireland",
    year="2021",
)
refuse(
    "ooy-social-worker-2023",
    "What was the starting salary of a social worker in the Netherlands in 2023?",
    Y,
    job="social worker",
    place="Netherlands",
    year="2023",
)
refuse(
    "ooy-graduate-2024",
    "What did the Northgate Bank graduate programme pay in 2024?",
    Y,
    job="Northgate Bank Graduate Programme",
    place="UK",
    year="2024",
)
refuse(
    "ooy-stipend-2020", "What was the PhD stipend in 2020/21?", Y, job="doctoral stipend", place="UK", year="2020/21"
)
refuse(
    "ooy-stipend-2026",
    "What will the standard doctoral stipend be in 2026/27?",
    Y,
    job="doctoral stipend",
    place="UK",
    year="2026/27",
)

# --- Out of scope: a job no document covers, in a place some document does ----------------------------------------
J = "out_of_scope_job"
refuse("ooj-dentist-uk", "What does a dentist earn in the UK?", J, job="dentist", place="UK")
refuse(
    "ooj-physiotherapist-ireland",
    "How much does a physiotherapist earn in Ireland?",
    J,
    job="physiotherapist",
    place="Ireland",
)
refuse("ooj-midwife-england", "How much does a midwife earn in England?", J, job="midwife", place="England")
refuse("ooj-architect-germany", "What does an architect earn in Germany?", J, job="architect", place="Germany")
refuse("ooj-electrician-canada", "What does an electrician earn in Canada?", J, job="electrician", place="Canada")
refuse("ooj-doctor-us", "How much does a doctor earn in the US?", J, job="doctor", place="US")
refuse(
    "ooj-pharmacy-technician-us",
    "What does a pharmacy technician earn in the US?",
    J,
    job="pharmacy technician",
    place="US",
)
refuse(
    "ooj-healthcare-assistant-uk",
    "What does a healthcare assistant earn in the UK?",
    J,
    job="healthcare assistant",
    place="UK",
)
refuse("ooj-police-uk", "How much does a police officer earn in the UK?", J, job="police officer", place="UK")
refuse(
    "ooj-barrister", "What does a barrister earn in England and Wales?", J, job="barrister", place="England and Wales"
)
refuse("ooj-bookkeeper-australia", "What does a bookkeeper earn in Australia?", J, job="bookkeeper", place="Australia")
refuse(
    "ooj-teaching-assistant",
    "How much does a teaching assistant earn in England?",
    J,
    job="teaching assistant",
    place="England",
)
refuse(
    "ooj-primary-teacher",
    "What does a primary school teacher earn in England?",
    J,
    job="primary school teacher",
    place="England",
)
refuse(
    "ooj-data-scientist-germany",
    "What does a data scientist earn in Germany?",
    J,
    job="data scientist",
    place="Germany",
)
refuse(
    "ooj-quantity-surveyor",
    "What does a quantity surveyor earn in Ireland?",
    J,
    job="quantity surveyor",
    place="Ireland",
)
refuse(
    "ooj-psychologist-netherlands",
    "How much does a psychologist earn in the Netherlands?",
    J,
    job="psychologist",
    place="Netherlands",
)

# --- Nothing covers it -----------------------------------------------------------------------------------------------
N = "not_covered"
refuse("nc-weather-dublin", "What will the weather be like in Dublin tomorrow?", N)
refuse("nc-sourdough", "How do I make a sourdough starter?", N)
refuse("nc-football", "Who won the Premier League in 2023?", N)
refuse("nc-visa-fee", "How much does a UK skilled worker visa cost?", N)
refuse("nc-rent-munich", "How much is rent for a flat in Munich?", N)
refuse("nc-tax-netherlands", "What is the income tax rate in the Netherlands?", N)
refuse("nc-university-ranking", "Which UK university is best for nursing?", N)
refuse("nc-bitcoin", "What is the price of Bitcoin today?", N)
refuse("nc-train", "Book me a train from Cork to Dublin.", N)
refuse("nc-poem", "Write a poem about accountants.", N)
refuse("nc-car-insurance", "How much is car insurance for a new driver in Ontario?", N)
refuse("nc-gym", "What time does the university gym open?", N)

# --- The job in two places, no place asked: answering (with each figure's scope) is right, refusing is not ----------
A = "ambiguous_place"
either("amb-nurse-salary", "What is the starting salary of a nurse?", A, job="nurse", covered="UK 2024; Ireland 2023")
either(
    "amb-software-engineer",
    "How much does a senior software engineer earn?",
    A,
    job="software engineer",
    covered="Germany 2023 (per month); Canada 2024 (per year)",
)
either(
    "amb-nurse-dublin-or-london",
    "Where do nurses earn more, London or Dublin?",
    A,
    job="nurse",
    covered="London: UK 2024 (GBP); Dublin: Ireland 2023 (EUR)",
)
either(
    "amb-se-germany-canada",
    "Do software engineers earn more in Germany or in Canada?",
    A,
    job="software engineer",
    covered="Germany 2023 per month in EUR; Canada 2024 per year in CAD",
)


# --- writing and checking ----------------------------------------------------------------------------------------


def write_suites() -> dict[str, int]:
    ids = [c["id"] for c in CASES]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise SystemExit(f"duplicate case ids: {', '.join(dupes)}")
    counts = {"dev": 0, "test": 0}
    lines: dict[str, list[str]] = {"dev": [], "test": []}
    for case in CASES:
        case["split"] = split_of(case["id"])
        counts[case["split"]] += 1
        lines[case["split"]].append(json.dumps(case, ensure_ascii=False))
    for split, rows in lines.items():
        (SUITES / f"office-{split}.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return counts


def check() -> list[str]:
    """Problems: a fact not written in its document, or no chunk under the expected section stating it."""
    sys.path.insert(0, str(ROOT))
    from bot.numbers import fact_in_text
    from ingest.chunk import chunk_document
    from ingest.load import load_file

    problems: list[str] = []
    for case in CASES:
        if "doc" not in case:
            continue
        name = case["doc"]
        key = next(k for k, v in DOCS.items() if v == name)
        path = OUTSIDE.get(key, CORPUS) / name
        doc = load_file(path, f"corpus/{name}")
        chunks = chunk_document(doc)
        sections = case["expect"]["sections"]
        for fact in case["expect"]["facts"]:
            if fact.lower() not in doc.text.lower():
                problems.append(f"{case['id']}: {fact!r} is not written in {name}")
            under = [c for c in chunks if not sections or c.section.lower().startswith(sections[0].lower())]
            if not under:
                problems.append(f"{case['id']}: no section of {name} starts with {sections[0]!r}")
            elif not any(fact_in_text(fact, c.text) for c in under):
                problems.append(f"{case['id']}: no chunk under {sections[0]!r} states {fact!r}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="check every fact against the documents")
    args = parser.parse_args()
    counts = write_suites()
    by_category: dict[str, dict[str, int]] = {}
    for case in CASES:
        by_category.setdefault(case["category"], {"dev": 0, "test": 0})[case["split"]] += 1
    print(f"{len(CASES)} cases: dev {counts['dev']}, test {counts['test']}")
    for category, n in sorted(by_category.items()):
        print(f"  {category:20} dev {n['dev']:3}  test {n['test']:3}")
    if args.check:
        problems = check()
        for p in problems:
            print("problem:", p)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
