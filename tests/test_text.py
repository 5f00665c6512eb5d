"""bot/text.py: the one text layer every module reads prose with."""

from __future__ import annotations

import pytest

from bot.text import (
    content_stems,
    job_phrases,
    line_label,
    mentions,
    parse_citations,
    proper_names,
    row_cells,
    split_sentences,
    split_units,
    strip_citations,
    tokenize,
)


def test_snowball_stems_meet_across_word_forms():
    assert set(tokenize("mathematics")) == set(tokenize("mathematical"))
    assert content_stems("salaries") == content_stems("salary") == content_stems("earns")  # pay words fold together
    assert "the" not in tokenize("the median salary")


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Google pays most [1].", [1]),
        ("Both [1, 3] and [2;4].", [1, 3, 2, 4]),
        ("Stacked [1][3]", [1, 3]),
        ("No markers (1).", []),
    ],
)
def test_citations_parse_every_spelling(text, cited):
    assert parse_citations(text) == cited
    assert "[" not in strip_citations(text)


@pytest.mark.parametrize(
    ("line", "sentences"),
    [
        ("Skills include Python, e.g. for ML. Also R.", ["Skills include Python, e.g. for ML.", "Also R."]),
        ("It is $1.8 trillion.[1] Next one.", ["It is $1.8 trillion.[1]", "Next one."]),
        ("Version 2.5 is out. It works.", ["Version 2.5 is out.", "It works."]),
    ],
)
def test_sentences_respect_abbreviations_decimals_and_markers(line, sentences):
    assert split_sentences(line) == sentences


def test_units_are_sentences_bullets_and_table_rows():
    answer = "Pay varies. It depends [1].\n- Google: $204,655 [1]\n\n| Who | Pay |\n|---|---|\n| Meta | $177,730 |"
    assert split_units(answer) == [
        "Pay varies.",
        "It depends [1].",
        "- Google: $204,655 [1]",
        "| Who | Pay |",
        "|---|---|",
        "| Meta | $177,730 |",
    ]


def test_phrases_match_spelling_variants_on_word_boundaries():
    assert mentions("Senior ML-engineers earn more", "ML engineer")
    assert mentions("AI/ML solutions", "ML")
    assert not mentions("HTML pages", "ML")


def test_job_titles_keep_their_modifiers_but_not_the_verbs_before_them():
    assert [p for p, _, _ in job_phrases("What does Microsoft pay AI researchers?")] == ["AI researcher"]
    assert [p for p, _, _ in job_phrases("What do machine learning engineers earn?")] == ["machine learning engineer"]
    assert [p for p, _, _ in job_phrases("How much does a nurse earn?")] == ["nurse"]


def test_capitalised_names_skip_sentence_starts_and_common_words():
    assert proper_names("Tech hubs like Silicon Valley and New York City pay more.") == [
        "Silicon Valley",
        "New York City",
    ]
    assert proper_names("However, LinkedIn data shows growth.") == ["LinkedIn"]


def test_table_rows_written_by_ingest_are_read_as_cells():
    row = "Level: Entry; Typical title: Junior UX Researcher; Median salary: £32,000"
    assert row_cells(row) == [
        ("Level", "Entry"),
        ("Typical title", "Junior UX Researcher"),
        ("Median salary", "£32,000"),
    ]
    assert line_label(row) == "Entry"
    assert line_label("Google: $204,655 average") == "Google"
    assert line_label("| Meta | $177,730 |") == "Meta"
    assert row_cells("Just a sentence; with a semicolon.") is None


def test_table_rows_as_ingest_writes_them_name_their_first_cell():
    from ingest.chunk import table_rows

    rows = table_rows(
        [
            "| Province | Median salary | Share of postings |",
            "|---|---|---|",
            "| Quebec | $66,500 | 16% |",
            "| Nova Scotia | $61,000 | 3% |",
        ]
    )
    assert rows[0] == "Quebec (Province): Median salary: $66,500; Share of postings: 16%"
    assert row_cells(rows[0]) == [("Province", "Quebec"), ("Median salary", "$66,500"), ("Share of postings", "16%")]
    assert [line_label(r) for r in rows] == ["Quebec", "Nova Scotia"]
    level = "Entry (Level), Junior UX Researcher (Typical title): Median salary: £32,000"
    assert row_cells(level) == [
        ("Level", "Entry"),
        ("Typical title", "Junior UX Researcher"),
        ("Median salary", "£32,000"),
    ]
    assert line_label("Senior (Level): Median salary: £60,500") == "Senior"
    assert row_cells("Note (see below): it varies") is None


def test_a_repeated_modifier_gives_the_job_phrase_its_real_start():
    """The phrase's span starts at its first modifier, not at a later repeat of the same word (hypothesis found
    "Google Google researchers", whose span then missed its first word and broke Lexicon.find)."""
    text = "Google Google researchers"
    [(phrase, start, end)] = job_phrases(text)
    assert text[start:end] == "Google Google researchers"
    assert phrase == "Google Google researcher"
