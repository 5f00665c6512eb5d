"""The third round of documents by other hands (issue 26): cross tables (trades by region, countries by level, a year
per column), currencies written after the amount ("96,000 zł", "420,000 kr"), Swiss thousands ("CHF 95'000"), a
workbook whose title is its first line, a plain-text title block, and language words that are not places
("English teachers").

The documents are the dev set of this round (eval/unseen/README.md, "Round 3"); the whole corpus is loaded with the
real ingest code once per module, as in tests/test_blind_documents_2.py. Questions are worded here, not taken from
the suites.
"""

from __future__ import annotations

import pytest

from bot.crosstab import crossed
from bot.evidence.ask import read_question
from bot.evidence.lookup import Evidence, lookup
from bot.evidence.places import places_in
from bot.evidence.quotes import rank
from bot.evidence.subjects import unknown_subject
from bot.numbers import currency_of, parse_numbers
from bot.tables import Tables, occupation_of, record_of
from bot.types import Passage
from ingest.plain import structure


@pytest.fixture(scope="module")
def tables(whole_tables) -> Tables:
    return whole_tables  # tests/conftest.py: every document, read once per session


def answer(tables: Tables, question: str, latest: str = "") -> Evidence:
    return lookup(read_question(question, tables, latest), tables, [])


def lead(text: str) -> str:
    return text.split("\n\n")[0]


def _never_job(label: str) -> bool:
    return label.lower() in ("first officer", "captain")


# --- cross tables: one record per cell ----------------------------------------------------------------------------


def _row(line: str, section: str):
    record = record_of(line, section, {"scope": ""}, source="x.md")
    assert record is not None
    return crossed(record, _never_job)


def test_a_row_of_regions_is_one_record_per_region_keyed_by_both():
    cells = _row("Roofer (Trade): Leeds: £610; York: £590; Hull: £575", "2. Weekly pay by trade and region")
    assert [dict(r.keys) for r in cells] == [
        {"Trade": "Roofer", "Region": "Leeds"},
        {"Trade": "Roofer", "Region": "York"},
        {"Trade": "Roofer", "Region": "Hull"},
    ]
    assert [(v.label, v.amount) for r in cells for v in r.values] == [
        ("Weekly pay", 610.0),
        ("Weekly pay", 590.0),
        ("Weekly pay", 575.0),
    ]


def test_experience_bands_as_columns_are_keys_and_years_stay_labels():
    (years,) = _row("Norway (Country): 2021: €50,000; 2022: €51,500", "Median trend")
    assert [v.label for v in years.values] == ["2021", "2022"]  # a year asked picks its column
    bands = _row("Welder (Trade): 0-2 years: £500; 3-5 years: £560; Over 5 years: £610", "Pay by experience")
    assert [r.experience for r in bands] == [(0.0, 2.0), (3.0, 5.0), (5.0, float("inf"))]


def test_measures_jobs_and_unnamed_columns_stay_one_row():
    # columns that are measures, a job per column, and columns nothing names are read as before
    assert len(_row("Band 5 (Band): Starting salary: £29,000; Top of band: £35,000", "Pay by band")) == 1
    assert len(_row("Madrid (City): First officer: €70,000; Captain: €120,000", "Pilot pay by city")) == 1
    assert len(_row("Regional firm (Firm): First year: £26,000; Second year: £28,000", "Trainee pay")) == 1


# --- figures ------------------------------------------------------------------------------------------------------


def test_currencies_written_after_the_amount_and_swiss_thousands():
    (zloty,) = parse_numbers("Mid-level: 150,000 zł a year")
    assert (zloty.kind, zloty.value, zloty.text) == ("money", 150000.0, "150,000 zł")
    assert currency_of("Senior: 600,000 kr") == "SEK"
    assert currency_of("PLN 6,450 gross") == "PLN"
    low, high = parse_numbers("CHF 98'000 to CHF 122'000")
    assert (low.value, high.value, currency_of(low.text)) == (98000.0, 122000.0, "CHF")


# --- documents read by themselves ----------------------------------------------------------------------------------


def test_a_title_block_ruled_off_at_the_top_gives_its_first_line():
    text = "GLAZING AS A CAREER IN WALES\nA wage guide, 2025\nPrepared by the Trades Office\n" + "=" * 40 + "\n\nIntro."
    assert structure(text).startswith("# Glazing as a Career in Wales\n")


def test_a_field_in_a_title_names_its_job():
    assert occupation_of("Plumbing as a Career in Canada") == "Plumber"
    assert occupation_of("Working in Games in Japan") == "Game developer"


def test_a_workbook_title_line_and_its_opening_jobs(tables):
    qa = next(p for s, p in tables.profiles.items() if s.endswith("qa-tester-pay-europe.xlsx"))
    assert qa.title == "Software Testing & QA Engineering Salary Benchmark: Europe"
    assert {"Poland", "Sweden"} <= set(qa.places)  # zł and kr rows are read as figures
    ev = answer(tables, "how much does a senior QA engineer make in germany?")
    assert ev.kind == "answer" and "€69,000" in lead(ev.text).split(".")[0] + lead(ev.text)[:120]


# --- questions ----------------------------------------------------------------------------------------------------


def test_a_trade_in_a_region_of_a_cross_table(tables):
    ev = answer(tables, "weekly wage of a scaffolder in Galway?")
    assert ev.kind == "answer"
    first = lead(ev.text).split(" [")[0]
    assert "€930" in first and "Galway" in first and "€1,040" not in lead(ev.text)


def test_which_canton_pays_least_ranks_the_row_across_its_columns(tables):
    ev = answer(tables, "in which canton do regulatory affairs managers earn the least?")
    assert ev.kind == "answer"
    assert "Ticino, CHF 124'000" in lead(ev.text)


def test_which_trade_pays_least_in_a_city_reads_that_city_column(tables):
    ev = answer(tables, "lowest paid construction trade in Cork?")
    assert ev.kind == "answer" and "Electrician's mate (Cork), €705" in lead(ev.text)


def test_a_comparison_of_two_cantons_names_the_cantons(tables):
    ev = answer(tables, "clinical research associate pay: Geneva or Zurich?")
    first = lead(ev.text)
    assert "Zurich, CHF 110'500" in first and "Geneva, CHF 108'000" in first and "Zurich's is higher" in first


def test_an_experience_band_typed_with_a_hyphen(tables):
    ev = answer(tables, "bricklayer with 3-5 years, weekly pay?")
    assert ev.kind == "answer" and "€970" in lead(ev.text) and "€1,120" not in lead(ev.text)


def test_a_follow_up_year_replaces_the_year_and_keeps_the_country(tables):
    question = "median QA salary in Portugal in 2024? and in 2023?"
    ev = answer(tables, question, latest="and in 2023?")
    assert ev.kind == "answer"
    assert "€25,500" in lead(ev.text) and "€27,500" not in lead(ev.text)


def test_a_follow_up_band_keeps_the_trade(tables):
    question = "weekly pay for a carpenter with 0-2 years? and with 6-10 years?"
    ev = answer(tables, question, latest="and with 6-10 years?")
    assert ev.kind == "answer" and "Carpenter" in lead(ev.text) and "€1,030" in lead(ev.text)


def test_a_job_no_document_covers_is_not_answered_by_a_row_named_like_its_last_word(tables):
    ev = answer(tables, "what do product managers earn in Poland?")
    assert ev.kind == "scope" and "product manager" in ev.text.split(".")[0]


def test_language_adjectives_are_not_places():
    assert places_in("how much do english teachers make in japan", ()) == ["Japan"]
    assert places_in("rates for French to English translation", ()) == []
    assert places_in("what do Swiss pharma jobs pay", ()) == ["Switzerland"]


def test_a_word_the_documents_write_in_another_form_is_no_unknown_subject(tables):
    from bot.evidence.coverage import coverage

    ask = read_question("how long is a carpentry apprenticeship in ireland?", tables)
    assert unknown_subject(ask, coverage(tables).words, tables) == ""


def test_a_topic_sentence_gives_way_to_the_sentence_that_says_what_it_is():
    passage = Passage(
        id="p1",
        source="x.md",
        section="Getting in",
        text="Certification helps you progress. The best known are the ABC-1 and the XYZ; both need experience.",
        meta={"title": "HR careers"},
    )
    ranking = rank("What certification should I get to progress?", [passage])
    assert ranking.picked(1)[0].text.startswith("The best known are the ABC-1")


def test_bare_numbers_under_a_column_naming_its_currency_are_amounts():
    record = record_of("Gdansk (City): Median gross monthly (PLN): 7120; Sample size: 96", "Pay", {"scope": ""})
    assert record is not None
    (value,) = record.values
    assert (value.amount, value.currency, value.period) == (7120.0, "PLN", "month")
    assert dict(record.keys) == {"City": "Gdansk", "Sample size": "96"}  # a count under a plain label stays a key


def test_a_tab_separated_table_in_plain_text_is_a_table():
    text = (
        "Pay by region\n\nRegion\tHourly wage\tAnnual salary\nLima\t$18.20\t$37,900\nCusco\t$16.10\t$33,500\n\nNotes."
    )
    lines = structure(text).splitlines()
    assert "| Region | Hourly wage | Annual salary |" in lines
    assert "| Cusco | $16.10 | $33,500 |" in lines
    assert lines.index("| Region | Hourly wage | Annual salary |") + 1 == lines.index("| --- | --- | --- |")
