"""A document is first-class: answers, citations and the sources list name each figure's document and scope."""

from __future__ import annotations

import pytest

from bot.evidence.quotes import compose
from bot.guard.citations import finalize
from bot.types import Citation, Passage, scope_label, verifiable_text
from bot.web.render import sources_block

UX = {"title": "UX Researcher: Career Guide", "region": "UK", "year": 2023}
DA = {"title": "Data Analyst: Career Guide", "region": "Canada", "year": 2022}


def _passage(n: int, text: str, section: str, meta: dict) -> Passage:
    return Passage(id=str(n), source=f"corpus/doc{n}", section=section, text=text, meta=meta)


@pytest.mark.parametrize(
    ("meta", "label"),
    [
        (UX, "UX Researcher: Career Guide, UK 2023"),
        ({"title": "Guide", "year": 2020}, "Guide, 2020"),
        ({"title": "Guide"}, "Guide"),
        ({}, ""),
    ],
)
def test_scope_label_names_the_document_and_what_its_figures_describe(meta, label):
    assert scope_label(meta) == label == scope_label(_passage(1, "x", "s", meta))


def test_citations_carry_the_document_title_and_scope():
    passages = [_passage(1, "Senior (Level): Median salary: £60,500", "Salaries (UK, 2023) > Salary by Level", UX)]
    _, [citation] = finalize("A senior earns £60,500 [1].", passages)
    assert (citation.title, citation.scope, citation.label) == (
        "UX Researcher: Career Guide",
        "UK 2023",
        "UX Researcher: Career Guide, UK 2023",
    )


def _scope_of(lines: list[str], i: int) -> str:
    """The source line a reader takes line i's figure from: the line right after the opening, else the heading above."""
    if i == 0:
        return lines[1]
    return next(line for line in reversed(lines[:i]) if line.startswith("From "))


def test_extractive_answer_opens_with_its_best_line_and_names_each_quoted_documents_scope():
    passages = [
        _passage(
            1,
            "Senior (Level), Senior UX Researcher (Typical title): Median salary: £60,500",
            "Salaries (UK, 2023) > Salary by Level",
            UX,
        ),
        _passage(
            2,
            "6 to 9 years (Experience), Senior Data Analyst (Typical title): Median salary: $86,000",
            "Salaries (Canada, 2022) > Salary by Experience",
            DA,
        ),
    ]
    text = compose("Compare a senior UX researcher with a senior data analyst", passages)
    lines = text.splitlines()
    assert "Median salary" in lines[0] and not lines[0].startswith("From ")  # the answer first, not a heading
    ux = next(i for i, line in enumerate(lines) if "£60,500" in line)
    da = next(i for i, line in enumerate(lines) if "$86,000" in line)
    assert _scope_of(lines, ux).startswith(
        'From UX Researcher: Career Guide, UK 2023, "Salaries (UK, 2023) > Salary by Level"'
    )
    assert _scope_of(lines, da).startswith(
        'From Data Analyst: Career Guide, Canada 2022, "Salaries (Canada, 2022) > Salary by Experience"'
    )
    assert "the guide" not in text


def test_an_opening_line_whose_document_heads_the_list_below_is_not_followed_by_its_own_source_line():
    body = "- Acme: $123,456 average\n- Globex: $98,765 average\n- Initech: $87,654 average"
    passages = [
        _passage(1, body, "Salaries > Salary by Company", {"title": "Widget Maker Guide", "region": "US", "year": 2021})
    ]
    lines = compose("What does Acme pay, and Globex?", passages).splitlines()
    assert lines[0] == "Acme: $123,456 average [1]"
    assert lines[1:3] == ["", 'From Widget Maker Guide, US 2021, "Salaries > Salary by Company":']
    assert "- Globex: $98,765 average [1]" in lines


WIDGETS = {"title": "Widget Analyst: Career Guide", "region": "US", "year": 2021}


def test_a_word_the_question_asks_about_ranks_lines_even_when_every_retrieved_passage_holds_it():
    # Retrieval returns passages that share the question's words: "market" is in all three, but only in two lines.
    passages = [
        _passage(
            1,
            "- Gadget market projected to reach $9.1 billion by 2030\n- Widget market expected to hit $4.2 billion by "
            "2030",
            "Outlook > Market Size",
            WIDGETS,
        ),
        _passage(
            2,
            "- Widget analysts review supplier contracts\n- Market research is part of the job\n- Reports go to the "
            "board",
            "Duties",
            WIDGETS,
        ),
        _passage(
            3,
            "- Demand for widget analysts keeps rising\n- The market pays well for senior staff\n- Most roles are in "
            "cities",
            "Outlook",
            WIDGETS,
        ),
    ]
    opening = compose("How big will the widget market be by 2030?", passages).splitlines()[0]
    assert opening == "Widget market expected to hit $4.2 billion by 2030 [1]"


def test_the_documents_own_subject_words_do_not_outrank_the_lines_asked_for():
    # "widget analyst" is the corpus's subject (its title): a line full of it is not what "specializations" asks for.
    passages = [
        _passage(1, "- Supply chains\n- Pricing\n- Quality control", "Overview > Specializations", WIDGETS),
        _passage(2, "Widget analysts study how widget analyst teams work.", "Overview", WIDGETS),
    ]
    opening = compose("What specializations can a widget analyst focus on?", passages).splitlines()[0]
    assert opening in {"Supply chains [1]", "Pricing [1]", "Quality control [1]"}


def test_a_line_two_passages_hold_is_quoted_once():
    line = "- Google: $204,655 average (range: $56,000 - $446,000)"
    passages = [
        _passage(1, line, "Salaries", {"title": "AI"}),
        _passage(2, line + "\n- Meta: $177,730 average", "Salaries", {"title": "AI"}),
    ]
    assert compose("What does Google pay?", passages).count("$204,655") == 1


def test_the_sources_list_shows_document_and_scope_above_the_section():
    citation = Citation(
        n=1,
        source="corpus/ux.html",
        section="Salaries (UK, 2023) > Salary by City",
        text="London (City): Median salary: £58,000",
        title="UX Researcher: Career Guide",
        scope="UK 2023",
    )
    html = sources_block("u1", [citation])
    assert (
        "[1] UX Researcher: Career Guide, UK 2023</strong>" in html
        and "Salaries (UK, 2023) &gt; Salary by City" in html
    )


def test_the_verifier_reads_a_passage_with_its_document_and_scope():
    passage = _passage(1, "London (City): Median salary: £58,000", "Salary by City", UX)
    assert (
        verifiable_text(passage)
        == "Salary by City\nLondon (City): Median salary: £58,000\nDocument: UX Researcher: Career Guide, UK 2023"
    )


@pytest.mark.parametrize(
    ("question", "label", "figure"),
    [
        ("What is the median salary of a senior UX researcher?", "UX Researcher: Career Guide, UK 2023", "60,500"),
        ("What does a junior data analyst earn in Canada?", "Data Analyst: Career Guide, Canada 2022", "58,000"),
        (
            "What does Google pay AI research scientists?",
            "AI/Machine Learning Researcher: Career Guide, US 2024",
            "204,655",
        ),
    ],
)
def test_every_answer_that_shows_a_figure_shows_its_document_and_scope(index_settings, question, label, figure):
    from bot.chain import answer

    result = answer(question, [], index_settings)
    assert figure in result.text and f"From {label}" in result.text
    assert any(c.label == label and figure in c.text for c in result.citations)
    assert result.to_json()["citations"][0]["scope"]  # the API's JSON carries it too
