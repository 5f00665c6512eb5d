"""The question read once, and the answer or scope reply composed from the records (bot/evidence/ask.py, lookup.py).

Over the real documents side by side: the office corpus (eval/office/corpus) and corpus/, loaded and chunked by the
real ingest code once per module. ``lookup`` is given no retrieved passages (as when retrieval brought none of the
rows it cites): every passage it cites is one it added, so each [n] is checked against the passage it points at.

The questions are worded here, not taken from eval/suites/office-*.jsonl (the eval must not be tuned to). What is
asserted is what a student reads: the first sentence says the scope gap before any figure, names the document's job,
place and year, the row and the right figure; a monthly figure is said to be monthly; a comparison gives both
figures and says which is higher; a reply never shows another job's pay.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.config import Settings
from bot.evidence.ask import Ask, read_question
from bot.evidence.lookup import Evidence, lookup
from bot.tables import Tables
from ingest.chunk import chunk_corpus
from ingest.load import load_corpus

REPO = Path(__file__).resolve().parent.parent
FOLDERS = (REPO / "corpus", REPO / "eval" / "office" / "corpus")
FIGURE = re.compile(r"(?:A\$|C\$|US\$|[£€$])\d[\d,]*(?:\.\d+)?")


@pytest.fixture(scope="module")
def tables(tmp_path_factory) -> Tables:
    docs = [d for folder in FOLDERS for d in load_corpus(folder)[0]]
    settings = Settings(data_dir=tmp_path_factory.mktemp("unused"), corpus_dir=FOLDERS[0])
    return Tables.build(chunk_corpus(docs, settings.chunk_size, settings.chunk_overlap))


def ask(tables: Tables, question: str) -> Ask:
    return read_question(question, tables)


def answer(tables: Tables, question: str) -> Evidence:
    return lookup(read_question(question, tables), tables, [])


def first_sentence(text: str) -> str:
    """Up to the first full stop that ends a sentence (after a citation, or before a space or the end)."""
    m = re.match(r"(.*?\.)(?=\s|$)", text.strip(), re.S)
    return m.group(1) if m else text


def lead(text: str) -> str:
    """The composed part of an answer, before the rows quoted under it."""
    return text.split("\n\n")[0]


def citations(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\[(\d+)\]", text)]


def doc(name: str) -> str:
    return f"corpus/{name}"


# --- read_question --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "jobs"),
    [
        ("How much do social workers make in the Netherlands?", ("social worker",)),
        ("What is the going rate for a civil engineer in Cork?", ("civil engineer",)),
        ("Do staff nurses in Ireland get a location allowance?", ("staff nurse",)),
        ("Which province pays data analysts the most?", ("data analyst",)),
    ],
)
def test_the_job_asked_about_is_read_in_its_singular(tables, question, jobs):
    assert ask(tables, question).jobs == jobs


@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("How big is the master's loan for Welsh students?", ("Wales",)),
        ("How much does an Irish staff nurse earn?", ("Ireland",)),
        ("What do nurses earn in Northern Ireland?", ("Northern Ireland",)),  # not also "Ireland"
        ("What do accountants earn in Hobart?", ("Hobart",)),
        ("Do pharmacists earn more in Ohio or Alaska?", ("Ohio", "Alaska")),
        ("What does a software engineer in Frankfurt am Main earn?", ("Frankfurt am Main",)),
    ],
)
def test_places_are_read_with_adjectives_and_the_longest_name_first(tables, question, places):
    assert ask(tables, question).places == places


def test_an_academic_year_is_one_year_not_its_first_half(tables):
    assert ask(tables, "How much was the doctoral stipend in 2023/24?").years == ("2023/24",)
    assert ask(tables, "What did M2 teachers earn in 2022?").years == ("2022",)


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("What would a solicitor at a regional firm with 10 years' PQE earn?", 10),
        ("What does a UK nurse with 12 years of experience earn?", 12),
        ("How much does an Irish staff nurse with 3 years of service make?", 3),
        ("What is a City of London firm salary for a solicitor with 2 years PQE?", 2),
    ],
)
def test_years_of_experience_are_read(tables, question, years):
    assert ask(tables, question).experience == years


def test_years_of_experience_written_as_a_word_are_read(tables):
    assert ask(tables, "What would I earn as a nurse with ten years of experience in the UK?").experience == 10


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Which Canadian city pays software engineers the least?", "min"),
        ("Which region of Ireland has the best civil engineer salaries?", "max"),
        ("Which state pays pharmacists the most per year?", "max"),
        ("What is the lowest-paid accounting specialism in Australia?", "min"),
        ("Do pharmacists earn more in Ohio or Alaska?", "compare"),
        ("Are accountants better paid in Perth or Adelaide?", "compare"),
        ("Is a solicitor in Leeds paid more than one in Cardiff?", "compare"),
        ("What do accountants earn in Hobart?", "value"),
        ("How much is the maximum master's loan for a student from Scotland?", "value"),
    ],
)
def test_what_the_question_wants(tables, question, want):
    assert ask(tables, question).want == want


def test_a_named_row_and_pay_are_read(tables):
    a = ask(tables, "What is a Band 8b nurse paid?")
    assert a.rows == ("Band 8b",) and a.pay and a.jobs == ("nurse",)


# --- the scope reply: a job in a place or year no document covers -------------------------------------------------

# question, the first sentence, the documents of that job (the only ones the reply may cite)
PLACE_GAPS = [
    (
        "What's the pay for a nurse in Spain?",
        "The documents do not cover nurse pay in Spain.",
        {doc("registered-nurse-uk.md"), doc("staff-nurse-ireland.html")},
    ),
    (
        "How much do pharmacists make in Germany?",  # Germany is covered, for software engineers only
        "The documents do not cover pharmacist pay in Germany.",
        {doc("pharmacist-united-states.pdf")},
    ),
    (
        "What's a solicitor's salary in Scotland?",  # Scotland is covered, for nurses and master's loans
        "The documents do not cover solicitor pay in Scotland.",
        {doc("solicitor-england-wales.txt")},
    ),
    (
        "How much do accountants earn in Toronto?",  # Toronto is covered, for software engineers
        "The documents do not cover accountant pay in Toronto.",
        {doc("chartered-accountant-australia.html")},
    ),
    (
        "What does a social worker earn in Berlin?",
        "The documents do not cover social worker pay in Berlin.",
        {doc("social-worker-netherlands.txt")},
    ),
]


@pytest.mark.parametrize(("question", "first", "sources"), PLACE_GAPS)
def test_a_job_in_a_place_no_document_covers_for_it_gets_the_scope_first_and_only_that_jobs_figures(
    tables, question, first, sources
):
    ev = answer(tables, question)
    assert ev.kind == "scope"
    assert first_sentence(ev.text) == first
    assert ev.passages and {p.source for p in ev.passages} <= sources
    assert all(1 <= n <= len(ev.passages) for n in citations(ev.text))
    held = "\n".join(p.text for p in ev.passages)
    shown = FIGURE.findall(ev.text)
    assert all(f in held for f in shown), f"figures not in the job's own passages: {shown}"


def test_the_scope_reply_names_each_document_the_job_has_with_its_place_and_year(tables):
    ev = answer(tables, "What's the pay for a nurse in Spain?")
    second = ev.text.split(". ", 1)[1]
    assert "UK 2024 (Registered Nurse: Career Guide) [" in second
    assert "Ireland 2023 (Staff Nurse in Ireland: Career Guide) [" in second


@pytest.mark.parametrize(
    ("question", "first", "source"),
    [
        (
            "How much did a software engineer in Munich earn in 2021?",
            "The documents do not cover software engineer pay in Munich for the year asked.",
            doc("software-engineer-germany.pdf"),
        ),
        (
            "What's the pay for a data analyst in Alberta in 2024?",  # the Canadian sample is 2022
            "The documents do not cover data analyst pay in Alberta for the year asked.",
            doc("data-analyst-career-guide.pdf"),
        ),
        (
            "What's the salary for a nurse in Dublin in 2024?",  # Irish nurse figures are 2023 (UK ones 2024)
            "The documents do not cover nurse pay in Dublin for the year asked.",
            doc("staff-nurse-ireland.html"),
        ),
    ],
)
def test_a_year_the_jobs_document_does_not_cover_gets_the_scope_reply(tables, question, first, source):
    ev = answer(tables, question)
    assert ev.kind == "scope" and first_sentence(ev.text) == first
    assert {p.source for p in ev.passages} == {source}


def test_a_year_the_document_covers_is_answered_not_refused(tables):
    ev = answer(tables, "What did teachers on M2 earn in 2022?")
    assert ev.kind == "answer"
    assert "£29,500" in first_sentence(ev.text) and "£31,500" not in first_sentence(ev.text)


def test_a_row_asked_about_in_a_year_its_document_does_not_cover_gets_the_scope_first(tables):
    ev = answer(tables, "What were Band 6 starting salaries in 2020?")
    first = first_sentence(ev.text)
    # the gap is said first, and the asked year is not echoed as if a document stated it
    assert ev.kind == "scope" and "for the year asked" in first and "2020" not in ev.text, ev.text


# --- row lookups ----------------------------------------------------------------------------------------------

# question, document, the scope the first sentence names, the row it names, the figure, figures it must not give
ROW_LOOKUPS = [
    (
        "What do accountants earn in Hobart?",
        "chartered-accountant-australia.html",
        "Australia 2024",
        "Hobart",
        "A$83,000",
        [],
    ),
    ("How much are Welsh nurses paid?", "registered-nurse-uk.md", "UK 2024", "Wales", "£34,100", []),
    ("What is a Band 8b nurse paid?", "registered-nurse-uk.md", "UK 2024", "Band 8b", "£60,800", []),
    (
        "What does a UK nurse with 12 years of experience earn?",
        "registered-nurse-uk.md",
        "UK 2024",
        "10 to 19 years",
        "£44,600",
        [],
    ),
    (
        "What does an Irish staff nurse with 10 years of service earn?",
        "staff-nurse-ireland.html",
        "Ireland 2023",
        "10 years or more",
        "€49,100",
        [],
    ),
    (
        "What would a solicitor at a regional firm with 10 years' PQE earn?",
        "solicitor-england-wales.txt",
        "England and Wales 2024",
        "8 years or more",
        "£68,000",
        ["£92,000", "£158,000"],  # the national and City columns of the same row
    ),
    (
        "What did teachers on M2 earn in 2022?",
        "secondary-teacher-england.md",
        "England 2021-2023",
        "M2",
        "£29,500",
        ["£27,300", "£31,500"],  # the 2021 and 2023 columns
    ),
    ("How much is a 2023/24 doctoral stipend?", "postgraduate-funding-uk.html", "UK 2024/25", "2023/24", "£18,800", []),
    (
        "What's the median data analyst salary in Ontario?",
        "data-analyst-career-guide.pdf",
        "Canada 2022",
        "Ontario",
        "$74,000",
        [],
    ),
    (
        "How much do social workers at a housing association earn in the Netherlands?",
        "social-worker-netherlands.txt",
        "Netherlands 2024",
        "Housing association",
        "€3,540",
        [],
    ),
    (
        "What is the hourly wage for pharmacists in New York?",
        "pharmacist-united-states.pdf",
        "US 2023",
        "New York",
        "$66.05",
        [],
    ),
    ("How much do nurses make in London?", "registered-nurse-uk.md", "UK 2024", "London", "£41,500", []),
    (
        "How much does a civil engineer in Galway earn?",  # the place's row, not the grade named "Engineer"
        "civil-engineer-ireland.pdf",
        "Ireland 2024",
        "Galway",
        "€51,000",
        ["€47,000"],
    ),
]


@pytest.mark.parametrize(("question", "source", "scope", "name", "figure", "not_figures"), ROW_LOOKUPS)
def test_a_row_lookup_names_the_documents_scope_the_row_and_the_figure_with_its_passage(
    tables, question, source, scope, name, figure, not_figures
):
    ev = answer(tables, question)
    assert ev.kind == "answer", ev.text
    first = first_sentence(ev.text)
    occupation = tables.profiles[doc(source)].occupation
    assert first.startswith(f"{occupation}, {scope}, "), first
    assert name in first and figure in first, first
    assert not [f for f in not_figures if f in first], first
    n = citations(first)[0]
    cited = ev.passages[n - 1]
    assert cited.source == doc(source) and figure in cited.text


def test_the_rows_used_are_quoted_verbatim_under_their_document(tables):
    ev = answer(tables, "What do accountants earn in Hobart?")
    quoted = ev.text.split("\n\n", 1)[1]
    assert quoted.startswith("From Chartered Accountant: Career Guide (Australia, 2024), Australia 2024,")
    assert "- Hobart (City), Tasmania (State): Median salary: A$83,000 [1]" in quoted


@pytest.mark.parametrize(
    "question",
    [
        "What does a software engineer in Stuttgart earn?",
        "What is the monthly pay for a social worker with 4 years' experience in the Netherlands?",
        "Which employer type pays Dutch social workers the least?",
    ],
)
def test_a_monthly_figure_is_said_to_be_monthly(tables, question):
    ev = answer(tables, question)
    first = first_sentence(ev.text)
    assert ev.kind == "answer" and FIGURE.search(first), ev.text
    assert re.search(r"\ba month\b|\bmonthly\b", first) and "a year" not in first, first


def test_the_experience_row_of_a_monthly_table_gives_its_monthly_figure(tables):
    first = first_sentence(
        answer(tables, "What is the monthly pay for a social worker with 4 years' experience in the Netherlands?").text
    )
    assert first == "Social Worker, Netherlands 2024, 4 years: gross salary €3,520 a month [1]."


# --- highest and lowest -------------------------------------------------------------------------------------------

# question, document, the row picked, its figure, the caption of the one table ranked
SUPERLATIVES = [
    (
        "Which Canadian city pays software engineers the least?",
        "software-engineer-canada.md",
        "Montreal",
        "C$93,000",
        "Salary by City",
    ),
    (
        "Which region of Ireland has the best civil engineer salaries?",
        "civil-engineer-ireland.pdf",
        "Dublin",
        "€58,000",
        "Salary by Region",
    ),
    (
        "What is the lowest-paid accounting specialism in Australia?",
        "chartered-accountant-australia.html",
        "Audit and assurance",
        "A$97,000",
        "Median salary of a senior accountant by specialism, Australia, 2024",
    ),
    ("Which band pays nurses the most?", "registered-nurse-uk.md", "Band 8b", "£70,400", "Salary by Band"),
    (
        "Which state pays pharmacists the best per year?",
        "pharmacist-united-states.pdf",
        "California",
        "$151,300",
        "Pay by State",
    ),
    (
        "Which state has the lowest hourly wage for pharmacists?",
        "pharmacist-united-states.pdf",
        "Ohio",
        "$60.55",
        "Pay by State",
    ),
    (
        "Which work setting pays pharmacists the least per hour?",
        "pharmacist-united-states.pdf",
        "Community pharmacy",
        "$61.70",
        "Pay by Work Setting",
    ),
    (
        "Which employer type pays Dutch social workers the least?",
        "social-worker-netherlands.txt",
        "Housing association",
        "€3,540",
        "Salary by Employer Type",
    ),
    (
        "Which of the graduate schemes pays the least?",
        "graduate-schemes-uk.md",
        "Teal Health Graduate Management Scheme",
        "£29,400",
        "Schemes Recruiting for 2025",
    ),
    (
        "Which academic year had the highest standard doctoral stipend?",
        "postgraduate-funding-uk.html",
        "2024/25",
        "£19,500",
        "Minimum standard doctoral stipend by academic year",
    ),
]


@pytest.mark.parametrize(("question", "source", "name", "figure", "caption"), SUPERLATIVES)
def test_highest_or_lowest_picks_the_right_row_of_one_table(tables, question, source, name, figure, caption):
    ev = answer(tables, question)
    assert ev.kind == "answer", ev.text
    first = first_sentence(ev.text)
    assert f'in "{caption}"' in first, first
    assert f": {name}" in first and figure in first, first
    cited = ev.passages[citations(first)[0] - 1]
    assert cited.source == doc(source) and figure in cited.text
    # the rows ranked are quoted, all from that one table of that one document
    quoted = ev.text.split("\n\n", 1)[1]
    assert quoted.count("From ") == 1 and f"{caption}" in quoted.split("\n")[0]
    assert {ev.passages[n - 1].source for n in citations(quoted)} == {doc(source)}


def test_an_hourly_superlative_ranks_by_the_hourly_column_only(tables):
    first = first_sentence(answer(tables, "Which state has the lowest hourly wage for pharmacists?").text)
    assert first.startswith('Lowest median hourly wage in "Pay by State"') and "$125,900" not in first


# --- comparisons --------------------------------------------------------------------------------------------------

# question, the figures in the order asked, the higher row
COMPARISONS = [
    ("Are accountants better paid in Perth or Adelaide?", ["Perth, A$96,000", "Adelaide, A$87,500"], "Perth"),
    ("Is a solicitor in Leeds paid more than one in Cardiff?", ["Leeds, £49,500", "Cardiff, £44,000"], "Leeds"),
    ("Do pharmacists earn more in Ohio or Alaska?", ["Ohio, $125,900", "Alaska, $149,200"], "Alaska"),
    (
        "Does a software engineer earn more in Ontario or in Manitoba?",
        ["Ontario, C$104,000", "Manitoba, C$84,000"],
        "Ontario",
    ),
    ("Is the stipend higher in 2024/25 than in 2022/23?", ["2024/25, £19,500", "2022/23, £17,900"], "2024/25"),
]


@pytest.mark.parametrize(("question", "figures", "higher"), COMPARISONS)
def test_a_comparison_gives_both_figures_in_the_order_asked_and_names_the_higher(tables, question, figures, higher):
    ev = answer(tables, question)
    assert ev.kind == "answer", ev.text
    text = lead(ev.text)
    at = [text.find(f) for f in figures]
    assert all(i >= 0 for i in at) and at == sorted(at), text
    assert text.endswith(f"{higher}'s is higher.")
    for f in figures:  # each figure's [n] points at a passage that holds it
        n = int(re.search(re.escape(f) + r"[^\[]*\[(\d+)\]", text).group(1))
        assert f.split(", ")[1] in ev.passages[n - 1].text


# --- superlatives, row lookups and scope, read the way a student words them ------------------------------------------


def test_a_superlative_about_nursing_bands_ranks_the_nurse_band_table(tables):
    first = first_sentence(answer(tables, "Which nursing band pays the most at the top of the band?").text)
    assert "Band 8b" in first and "£70,400" in first, first


def test_the_top_of_a_named_band_is_that_bands_top_not_the_highest_band(tables):
    first = first_sentence(answer(tables, "What's the top of the Band 7 scale for nurses?").text)
    assert "£51,900" in first and "£70,400" not in first, first


def test_which_county_pays_civil_engineers_best_is_the_region_table(tables):
    first = first_sentence(answer(tables, "Which Irish county pays civil engineers the best?").text)
    assert "Dublin" in first and "€58,000" in first, first


def test_graduate_schemes_in_a_city_are_not_answered_with_another_jobs_pay(tables):
    ev = answer(tables, "What graduate schemes pay in Edinburgh?")
    assert doc("ux-researcher-career-guide.html") not in {p.source for p in ev.passages}, ev.text


def test_graduate_schemes_in_bristol_keep_the_graduate_schemes_guide(tables):
    ev = answer(tables, "Is there a graduate scheme in Bristol, and what does it pay?")
    assert not ev.documents or doc("graduate-schemes-uk.md") in ev.documents, ev.documents


def test_the_london_stipend_keeps_the_funding_guide(tables):
    ev = answer(tables, "What is the monthly London stipend for a PhD?")
    assert not ev.documents or doc("postgraduate-funding-uk.html") in ev.documents, ev.documents


def test_a_director_of_nursing_is_not_answered_from_the_civil_engineer_guide(tables):
    ev = answer(tables, "How much is a Director of Nursing paid in Ireland?")
    assert doc("civil-engineer-ireland.pdf") not in ev.documents, ev.documents


def test_welsh_students_master_loan_with_a_comparative_word_is_answered(tables):
    ev = answer(tables, "Can Welsh graduates get a bigger master's loan?")
    assert ev.kind != "scope", ev.text
    assert ev.kind == "" or "£18,900" in first_sentence(ev.text), ev.text


def test_a_qualified_solicitor_between_two_pqe_rows_is_not_given_trainee_pay(tables):
    ev = answer(tables, "What would a solicitor with 6 years' PQE at a national firm earn?")
    first = first_sentence(ev.text)
    assert "£34,000" not in first and ("£76,000" in first or "£92,000" in first), first


def test_a_per_month_superlative_gives_the_monthly_figure(tables):
    first = first_sentence(answer(tables, "Which doctoral stipend pays the most per month?").text)
    assert "£1,900" in first and "£22,800" not in first, first


def test_software_developers_in_quebec_are_not_refused(tables):
    ev = answer(tables, "How much do software developers earn in Quebec?")
    assert ev.kind != "scope", ev.text


# --- comparisons, follow-ups, synonyms, pay wordings and prices nobody covers ----------------------------------------


def test_a_comparison_of_two_home_nations_is_answered_not_read_as_a_subject(tables):
    ev = answer(tables, "How do master's loans for English and Scottish students compare?")
    first = first_sentence(ev.text)
    assert ev.kind == "answer" and "£12,300" in first and "£11,500" in first, ev.text


def test_a_column_named_in_the_question_is_the_figure_given(tables):
    first = first_sentence(
        answer(tables, "How much does an in-house legal team pay a trainee solicitor in their second year?").text
    )
    assert "£31,000" in first and "£29,500" not in first, first


def test_a_level_named_like_the_job_is_its_row_not_the_shorter_row_inside_it(tables):
    first = first_sentence(answer(tables, "What is the salary range of a deputy head teacher?").text)
    assert "£52,400" in first and "£131,500" not in first, first


def test_a_row_named_as_another_tables_column_gives_that_column(tables):
    first = first_sentence(answer(tables, "What is the M1 salary in inner London?").text)
    assert "£36,100" in first and "£53,900" not in first and "£29,700" not in first, first


def test_a_starting_salary_in_a_year_is_the_first_point_of_that_year(tables):
    first = first_sentence(answer(tables, "What was a secondary teacher's starting salary in England in 2021?").text)
    assert "£25,900" in first and "£29,700" not in first, first


def test_two_jobs_in_one_place_are_compared_each_with_its_own_scope(tables):
    ev = answer(tables, "How does a civil engineer's pay in Galway compare with a staff nurse's in Galway?")
    first = lead(ev.text)
    assert "Civil Engineer, Ireland 2024, Galway" in first and "€51,000" in first, first
    assert "Staff Nurse, Ireland 2023, Galway" in first and "€42,600" in first, first


def test_figures_in_two_currencies_are_given_side_by_side_never_ranked(tables):
    ev = answer(tables, "Compare software engineer salaries in Vancouver and Munich.")
    text = lead(ev.text)
    assert "C$112,000" in text and "€5,900" in text and "higher" not in text, text


@pytest.mark.parametrize(
    ("question", "row", "figure"),
    [
        ("Which Irish town pays civil engineers the least?", "Midlands", "€47,500"),
        ("Which industry has the lowest average graduate starting pay?", "Charities", "£25,200"),
        ("Which workplace pays pharmacists the most?", "Pharmaceutical industry", "$148,600"),
        ("Which county in Ireland pays staff nurses the most?", "Dublin", "€46,200"),
    ],
)
def test_a_superlative_may_name_the_rows_by_another_word_than_the_tables(tables, question, row, figure):
    first = first_sentence(answer(tables, question).text)
    assert row in first and figure in first, first


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("What's the hourly rate for a pharmacist in Ohio?", "$60.55"),
        ("How much does a social worker with 5 years of experience take home per month in the Netherlands?", "€3,640"),
        ("What's the monthly pay of a software engineer in Hamburg?", "€5,450"),
    ],
)
def test_pay_worded_as_a_rate_or_take_home_is_read_as_pay(tables, question, figure):
    ev = answer(tables, question)
    assert ev.kind == "answer" and figure in first_sentence(ev.text), ev.text


@pytest.mark.parametrize(
    "question",
    [
        "How much is a flat share in Galway?",
        "What does a cinema ticket cost in Leeds?",
        "How much is a visa for the UK?",
    ],
)
def test_a_price_nobody_covers_in_a_known_place_is_said_not_covered(tables, question):
    ev = answer(tables, question)
    assert ev.kind == "scope" and ev.text.startswith("The documents do not cover") and not FIGURE.search(ev.text)


def test_a_follow_up_naming_a_level_without_its_job_word_is_that_levels_row(tables):
    query = "What does a deputy head teacher earn in England? And an assistant head?"
    ev = lookup(read_question(query, tables, "And an assistant head?"), tables, [])
    first = first_sentence(ev.text)
    assert "£48,000" in first and "£52,400" not in first and "£131,500" not in first, first


def test_a_follow_up_asking_another_job_in_the_same_place_is_that_jobs_row(tables):
    query = (
        "What do staff nurse civil engineers earn in Dublin?"  # what the condenser makes of "And a staff nurse there?"
    )
    ev = lookup(read_question(query, tables, "And a staff nurse there?"), tables, [])
    first = first_sentence(ev.text)
    assert "€46,200" in first and "€58,000" not in first, first


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("How much do lawyers earn in Birmingham?", "£50,500"),
        ("What does a software developer earn in Munich?", "€5,900"),
    ],
)
def test_a_jobs_everyday_name_is_answered_from_the_document_of_its_title(tables, question, figure):
    first = first_sentence(answer(tables, question).text)
    assert figure in first, first


def test_an_everyday_name_with_a_word_no_document_uses_is_still_not_covered(tables):
    ev = answer(tables, "What does a web developer earn in Munich?")
    assert ev.kind == "scope" and not FIGURE.search(first_sentence(ev.text)), ev.text


@pytest.mark.parametrize(
    ("question", "row", "share"),
    [
        ("Which specialism has the most job ads for senior accountants in Australia?", "Management accounting", "39%"),
        ("Which city has the most software engineering postings in Germany?", "Berlin", "26%"),
    ],
)
def test_the_most_of_a_share_column_the_question_names_is_ranked_by_that_share(tables, question, row, share):
    first = first_sentence(answer(tables, question).text)
    assert row in first and share in first and "Highest" not in first, first


def test_which_role_pays_the_most_ranks_a_pay_range_by_its_top(tables):
    first = first_sentence(answer(tables, "Which role pays social workers the most in the Netherlands?").text)
    assert "Team Leader" in first and "€5,410" in first, first


def test_a_follow_up_asking_the_other_end_ranks_the_same_table_the_other_way(tables):
    query = "Which city pays solicitors the most? And the least?"
    first = first_sentence(lookup(read_question(query, tables, "And the least?"), tables, []).text)
    assert "Cardiff" in first and "£44,000" in first, first


@pytest.mark.parametrize(
    ("question", "figure", "not_figure"),
    [
        ("What is a deputy head's salary range in England?", "£52,400", "£88,000"),  # not the UX guide's "Head"
        ("How much does an assistant head earn?", "£48,000", "€2,540"),  # not the social work assistant
    ],
)
def test_a_row_said_without_its_job_word_is_that_row_not_another_jobs(tables, question, figure, not_figure):
    ev = answer(tables, question)
    assert figure in first_sentence(ev.text) and not_figure not in ev.text, ev.text


def test_a_comparison_within_a_table_about_the_job_leaves_out_the_jobs_own_level_row(tables):
    text = lead(answer(tables, "Do senior accountants in tax earn more than in audit?").text)
    assert "A$103,000" in text and "A$97,000" in text and "A$101,000" not in text, text


# --- students' wording: shorthand, bounds, follow-ups' own columns, superlatives without "which" -------------------


@pytest.mark.parametrize(
    ("question", "figure", "not_figure"),
    [
        ("What's solicitor pay in Leeds at 3 yrs PQE?", "£49,500", "£49,000"),  # the city table captioned "3 years"
        ("How much are in-house legal team trainees paid in their 2nd yr?", "£31,000", "£29,500"),
        ("US pharmacist salary with more than 20 yrs experience?", "$146,800", "$142,000"),
        ("What do senior accountants make in Oz?", "A$101,000", "£"),
    ],
)
def test_shorthand_and_bounds_read_as_the_documents_write_them(tables, question, figure, not_figure):
    ev = answer(tables, question)
    assert ev.kind == "answer", ev.text
    assert figure in first_sentence(ev.text) and not_figure not in lead(ev.text), ev.text


def test_a_follow_ups_own_years_and_column_replace_those_before(tables):
    query = "What does a social worker earn a month in the Netherlands with 0 years experience? and after 6 yrs?"
    ev = lookup(read_question(query, tables, "and after 6 yrs?"), tables, [])
    assert "€3,760" in first_sentence(ev.text) and "€3,050" not in lead(ev.text), ev.text
    query = "What is the starting salary of a Band 7 nurse in the UK? and the top of band 8a?"
    first = first_sentence(lookup(read_question(query, tables, "and the top of band 8a?"), tables, []).text)
    assert "£59,300" in first, first


@pytest.mark.parametrize(
    ("question", "row", "figure"),
    [
        ("Biggest teacher training bursary by subject?", "Physics", "£27,500"),  # no "which": the subject asked
        ("teh highest paid US state for pharmacists", "California", "$151,300"),
        ("Which specialism tops senior accountant pay in Australia?", "Forensic accounting", "A$115,000"),
    ],
)
def test_a_superlative_said_without_which_ranks_the_rows_it_names(tables, question, row, figure):
    ev = answer(tables, question)
    first = first_sentence(ev.text)
    assert ev.kind == "answer" and row in first and figure in first, ev.text


@pytest.mark.parametrize(
    "question",
    [
        "I'm in Wales, how much can I borrow for a master's?",  # "borrow" asks money; "I'm" names nothing
        "What do the SQE assessments cost altogether?",  # "altogether" says how much, not what
        "Do I need to speak Dutch to work as a social worker?",  # "to speak": what the student does, not a subject
    ],
)
def test_a_students_own_words_are_no_subject_the_documents_miss(tables, question):
    ev = answer(tables, question)
    assert ev.kind != "scope", ev.text


def test_a_citys_price_is_asked_of_the_documents_that_name_the_city(tables):
    # living costs are in the UK funding guide, not in the one document that names Toronto
    ev = answer(tables, "How much are living costs for a graduate in Toronto?")
    assert ev.kind == "scope" and first_sentence(ev.text).startswith("The documents do not cover"), ev.text
    assert not FIGURE.search(ev.text), ev.text
    # the nurse guide names inner London and its supplement: not a subject the documents miss
    assert answer(tables, "How much is the inner London high cost supplement for a nurse?").kind != "scope"
