"""The second round of documents by other hands (issue 26): a plain-text pay sheet laid out with spaces, a CSV in
dirhams whose file name is its only title, a workbook in rand, short forms a document defines ("SLPs", "SHO").

The documents are eval/unseen/corpus's dev set of this round (eval/unseen/README.md); the whole corpus is loaded with
the real ingest code once per module, as in tests/test_unseen_documents.py. Questions are worded here, not taken from
the suites.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.config import Settings
from bot.evidence.ask import read_question
from bot.evidence.lookup import Evidence, lookup
from bot.numbers import parse_numbers
from bot.retrieval.lexicon import build_lexicon
from bot.tables import Tables, currency_of
from ingest.chunk import chunk_corpus, table_rows
from ingest.load import load_corpus, load_file, unwrap
from ingest.plain import structure

REPO = Path(__file__).resolve().parent.parent
UNSEEN = REPO / "eval" / "unseen" / "corpus"
FOLDERS = (REPO / "corpus", REPO / "eval" / "office" / "corpus", UNSEEN)


@pytest.fixture(scope="module")
def chunks(tmp_path_factory):
    docs = [d for folder in FOLDERS for d in load_corpus(folder)[0]]
    settings = Settings(data_dir=tmp_path_factory.mktemp("unused"), corpus_dir=FOLDERS[0])
    return chunk_corpus(docs, settings.chunk_size, settings.chunk_overlap)


@pytest.fixture(scope="module")
def tables(chunks) -> Tables:
    return Tables.build(chunks)


@pytest.fixture(scope="module")
def lexicon(chunks):
    return build_lexicon(chunks)


def answer(tables: Tables, question: str, latest: str = "") -> Evidence:
    return lookup(read_question(question, tables, latest), tables, [])


def lead(text: str) -> str:
    return text.split("\n\n")[0]


def profile(tables: Tables, name: str):
    return next(p for s, p in tables.profiles.items() if s.endswith(name))


# --- plain text laid out with spaces ------------------------------------------------------------------------------

SHEET = """\
==========================================
   PAY SCALES FOR TRAINEE WIDGETEERS 2024
==========================================

1. THE LADDER
-------------

Table 1.1  Widgeteer scale

  Point   Year of service     Annual salary
  -----   ---------------     -------------
  1       1st year            €30,100
  2       2nd year and after  €32,400

  Note: widgeteers on older contracts (Type A or B)
  are paid on other scales.
"""


def test_a_plain_text_sheet_gets_its_title_headings_caption_and_table() -> None:
    text = unwrap(structure(SHEET))
    assert text.startswith("# Pay Scales for Trainee Widgeteers 2024")  # a framed title, in title case
    assert "## 1. The Ladder" in text  # an underlined heading
    assert "### Table 1.1  Widgeteer scale" in text  # the caption heads its table
    assert "| 2 | 2nd year and after | €32,400 |" in text  # columns cut where the rule's dashes start
    assert "(Type A or B) are paid on other scales." in text  # a wrapped sentence ending in ")" joined


def test_text_without_layout_comes_back_unchanged() -> None:
    plain = "Widgeteers earn well.\nSome work shifts: nights and weekends.\n\n- one item\n"
    assert structure(plain) == plain


def test_the_hospital_doctors_sheet_is_read_as_pay_scales(tables) -> None:
    doctors = profile(tables, "hospital-doctors-ireland.txt")
    assert doctors.title.startswith("Hospital Doctors in Ireland") and doctors.region == "Ireland"
    assert doctors.records >= 19 and doctors.currency == "EUR"


def test_a_row_of_the_table_captioned_with_the_job_asked(tables) -> None:
    text = lead(answer(tables, "What does a consultant earn in Ireland on the first point of the scale?").text)
    assert "€209,915" in text and "€45,092" not in text  # the consultant scale's point 1, not the intern's


def test_an_ordinal_row_in_another_column(tables) -> None:
    text = lead(answer(tables, "Specialist registrar in his third year of service, what's the pay in Ireland?").text)
    assert "€72,480" in text


# --- a CSV that is only a table -------------------------------------------------------------------------------------


def test_a_csv_in_dirhams_named_by_its_file_is_read_for_country_places_and_rows(tables) -> None:
    qs = profile(tables, "qs_uae_2024.csv")
    assert qs.region == "United Arab Emirates" and qs.currency == "AED" and qs.periods == ("month",)
    assert {"Dubai", "Abu Dhabi", "Sharjah"} <= set(qs.places) and qs.records >= 17


def test_a_header_with_its_own_semicolon_and_an_na_cell_still_make_a_row() -> None:
    rows = table_rows(
        [
            "| Level | Emirate | Median (AED; all-in) | Premium (MRICS) |",
            "| --- | --- | --- | --- |",
            "| Graduate | Dubai | AED 10,500 | n/a |",
        ]
    )
    assert rows == ["Graduate (Level), Dubai (Emirate): Median (AED, all-in): AED 10,500"]


def test_which_place_pays_a_named_level_most_ranks_that_levels_rows(tables) -> None:
    text = lead(answer(tables, "Which emirate pays commercial managers the highest median salary?").text)
    assert text.startswith("Highest") and "for Commercial Manager" in text and "Abu Dhabi, AED 36,500" in text


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        ("AED 24,000", 24_000, "AED"),
        ("R38,500", 38_500, "ZAR"),
        ("¥4,500,000", 4_500_000, "JPY"),
    ],
)
def test_more_currencies_are_figures_with_their_currency(text, value, code) -> None:
    (q,) = parse_numbers(text)
    assert q.kind == "money" and q.value == value and currency_of(text) == code


def test_an_r_before_a_small_number_is_no_currency() -> None:
    assert not [q for q in parse_numbers("Form R2 and room R12") if q.kind == "money"]


# --- a workbook in rand -------------------------------------------------------------------------------------------


def test_a_pay_comparison_ranks_by_pay_not_by_a_share_column(tables) -> None:
    text = lead(answer(tables, "Are graduate salaries higher in Cape Town or Pretoria?").text)
    assert "R23,300" in text and "R23,900" in text and "%" not in text


# --- short forms, plurals and years of experience -----------------------------------------------------------------


def test_a_short_form_the_documents_define_for_a_job_is_spelled_out(lexicon) -> None:
    assert lexicon.acronyms.get("SLP") == "Speech-language pathologist"  # "(SLPs)": a plural short form
    assert lexicon.acronyms.get("SpR") == "Specialist Registrar"  # capitals that skip a lower-case letter
    assert lexicon.spell_out("hourly rate for SLPs in BC?") == "hourly rate for Speech-language pathologists in BC?"
    assert lexicon.spell_out("what does an SHO earn") == "what does an Senior House Officer earn"
    assert lexicon.spell_out("AWS and cloud") == "AWS and cloud"  # a short form that names no job stays


def test_midwives_is_the_plural_of_a_job(tables) -> None:
    text = lead(answer(tables, "Do midwives earn more in British Columbia or Quebec?").text)
    assert "C$104,500" in text and "C$86,400" in text


def test_years_in_the_job_said_as_been_for(tables) -> None:
    text = lead(answer(tables, "I've been a midwife in Canada for 10 years, what hourly rate should I expect?").text)
    assert "C$53.20" in text  # the 8-12 years row of a "Years registered" column


def test_a_follow_up_naming_a_new_row_keeps_the_place_asked_before(tables) -> None:
    query = "How much does a station officer make in Western Australia?"
    text = lead(answer(tables, query, latest="what about station officers there?").text)
    assert "A$125,100" in text


# --- what the documents never say ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What pension contribution do hospital consultants in Ireland have to pay?",
        "How many days annual leave do quantity surveyors get in the UAE?",
    ],
)
def test_a_subject_the_jobs_documents_never_mention_is_said_to_be_not_covered(tables, question) -> None:
    evidence = answer(tables, question)
    assert evidence.kind == "scope" and evidence.text.startswith("The documents do not cover")


@pytest.mark.parametrize(
    "question",
    [
        "What's the salary of a senior firefighter in Australia?",  # "whats": one odd word is the student's
        "whats the hourly rate for a 2nd year electrical apprentice in the uk",  # "second" from "2nd"
    ],
)
def test_a_students_own_word_is_not_a_subject_nobody_covers(tables, question) -> None:
    evidence = answer(tables, question)
    assert evidence.kind == "answer" and re.search(r"\d", lead(evidence.text))


def test_a_why_question_is_not_answered_with_a_tables_figure(tables) -> None:
    evidence = answer(tables, "Why is the monthly salary in Spain lower than the annual one divided by 12?")
    assert evidence.kind == ""  # the ranked lines (prose), not a pilot's row for Spain


# --- the guard on rows with several labelled figures ---------------------------------------------------------------


def test_the_guard_reads_a_statistic_within_its_own_clause(tables, lexicon) -> None:
    from bot.guard.verify import verify
    from bot.types import verifiable_text

    passage = next(
        verifiable_text(c)
        for c in tables.chunks.values()
        if c.text.startswith("British Columbia (Province): Median annual")
    )
    good = "Speech-Language Pathologist, Canada 2024, British Columbia: median hourly rate C$48.10 [1]."
    assert all(v.supported for v in verify(good, [passage], lexicon))


def test_an_amount_in_rand_is_no_name(tables, lexicon) -> None:
    from bot.guard.verify import verify
    from bot.types import verifiable_text

    passage = next(verifiable_text(c) for c in tables.chunks.values() if c.text.startswith("Durban (City)"))
    sentence = "Durban (KwaZulu-Natal): median graduate monthly salary R21,400 [1]."
    assert all(v.supported for v in verify(sentence, [passage], lexicon)), [
        v.reasons for v in verify(sentence, [passage], lexicon)
    ]


def test_a_file_named_document_loads(tmp_path) -> None:
    doc = load_file(UNSEEN / "qs_uae_2024.csv", "corpus/qs_uae_2024.csv")
    assert doc.meta.get("region") == "United Arab Emirates"
