"""Follow-ups become standalone questions; first turns are left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.retrieval.condense import condense
from bot.types import Turn

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def lexicon():
    """The lexicon ingest builds from the real corpus."""
    from bot.retrieval.lexicon import build_lexicon
    from ingest.chunk import chunk_corpus
    from ingest.load import load_corpus

    docs, _ = load_corpus(REPO / "corpus")
    return build_lexicon(chunk_corpus(docs))


def user(*questions: str) -> list[Turn]:
    turns: list[Turn] = []
    for q in questions:
        turns += [Turn("user", q), Turn("assistant", "...")]
    return turns


@pytest.mark.parametrize(
    ("history", "question", "standalone"),
    [
        ([], "And Meta?", "And Meta?"),
        (["What does Google pay AI research scientists?"], "And Meta?", "What does Meta pay AI research scientists?"),
        (
            ["What does Google pay AI research scientists?", "And Meta?"],
            "what about Apple?",
            "What does Apple pay AI research scientists?",
        ),
        (
            ["What do machine learning engineers earn?"],
            "what about senior level?",
            "What do senior machine learning engineers earn?",
        ),
        # a level before a job title, or written "<level> level", is swapped for the level asked about
        (
            ["What does a senior machine learning engineer earn?"],
            "And a junior one?",
            "What does a junior machine learning engineer earn?",
        ),
        (
            ["What does a senior  machine learning engineer earn?"],
            "And a junior one?",
            "What does a junior  machine learning engineer earn?",
        ),
        (
            ["What are entry-level roles in AI research?"],
            "And at senior level?",
            "What are senior level roles in AI research?",
        ),
        (
            ["What is the median AI researcher salary?"],
            "and in Germany?",
            "What is the median AI researcher salary in Germany?",
        ),
        (
            ["What does Google pay AI research scientists?"],
            "Which soft skills matter most for researchers?",
            "Which soft skills matter most for researchers?",
        ),
        # comparisons name both sides, then keep the question so the answer can compare
        (
            ["What does Google pay AI research scientists?", "And Meta?"],
            "Which of the two pays more?",
            "What does Meta and Google pay AI research scientists? Which of the two pays more?",
        ),
        (
            ["What does Google pay AI research scientists?"],
            "How does that compare to Meta?",
            "What does Google and Meta pay AI research scientists? How does that compare to Meta?",
        ),
        (
            ["What does Google pay AI research scientists?", "And Meta?"],
            "How does that compare to Meta?",
            "What does Meta and Google pay AI research scientists? How does that compare to Meta?",
        ),
        (
            ["What does Google pay AI research scientists?", "And Meta?"],
            "And what about more senior roles?",
            "What does Meta pay senior AI research scientists?",
        ),
    ],
)
def test_follow_up_is_rewritten_with_history(lexicon, history, question, standalone):
    assert condense(question, user(*history), lexicon) == standalone


def test_follow_up_without_a_named_thing_is_read_with_the_previous_question(lexicon):
    query = condense("what do they do day to day?", user("What is an AI researcher?"), lexicon)
    assert "AI researcher" in query and "day to day" in query


def test_without_a_lexicon_capitalised_names_still_swap():
    assert (
        condense("And Meta?", user("What does Google pay AI research scientists?"))
        == "What does Meta pay AI research scientists?"
    )


def test_a_name_the_documents_lack_replaces_the_company_asked_before(lexicon):
    assert (
        condense("And Microsoft?", user("What does Google pay AI research scientists?"), lexicon)
        == "What does Microsoft pay AI research scientists?"
    )


@pytest.mark.parametrize("fragment", ["At what annual growth rate?", "In which year does that hold?", "By how much?"])
def test_a_question_opening_with_a_preposition_and_a_question_word_continues_the_one_before(lexicon, fragment):
    query = condense(fragment, user("How big will the global AI market be?"), lexicon)
    assert "global AI market" in query and fragment.rstrip("?") in query


def test_a_question_naming_its_own_subject_is_left_alone(lexicon):
    question = "At what age do most people start a PhD in machine learning research programmes today?"
    assert condense(question, user("How big will the global AI market be?"), lexicon) == question
