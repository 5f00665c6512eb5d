"""bot/vocabulary.py: the field's words (pay, statistics, job heads, levels, answer kinds), one copy read by the
lexicon, the scope check, the quoted answer and the text layer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.guard.checks import figures, lists
from bot.retrieval.lexicon import lexicon_from_text
from bot.vocabulary import (
    JOB_ALIAS,
    LEVEL_NOUNS,
    STAT_KINDS,
    STAT_WORDS,
    answer_kind,
    asks_about_pay,
    job_synonyms,
    row_kinds,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("question", "pay"),
    [
        ("How much does a pharmacist make?", True),
        ("What are the median earnings of a UX researcher?", True),
        ("Is the compensation better in London?", True),
        ("What do paying employers look for?", True),
        (
            "Since the global AI market will reach $5 trillion by 2030, is AI a safe career bet?",
            False,
        ),  # "$" is no pay word
        ("Which payroll software should I learn?", False),  # whole words only
        ("What skills does a researcher need?", False),
        ("How much do pharmacists take home?", True),  # pay worded as what is left of it
        ("What is the hourly rate for a pharmacist?", True),
        ("What is a software engineer's monthly salary?", True),
    ],
)
def test_a_question_asks_about_pay_when_it_holds_a_pay_word(question, pay):
    assert asks_about_pay(question) is pay


def test_a_figure_line_describes_pay_only_with_a_pay_word():
    lex = lexicon_from_text(
        "## Pay (2031)\n\n- Acme: $100,000 average salary\n\n"
        "## Market\n\n- The widget market will reach $5 billion by 2035\n"
    )
    assert lex.pay_years == (2031,)


def test_a_statistic_is_no_label():
    lex = lexicon_from_text("## Pay\n\n- Median salary: $80,000\n- Acme: $100,000\n")
    assert lex.labels["Pay"] == ("Acme",)
    assert STAT_WORDS.search("Top 10% salary") and not STAT_WORDS.search("Acme")


@pytest.mark.parametrize("noun", ["level", "roles", "positions", "titles", "jobs", "ones"])
def test_a_level_word_names_the_level_before_a_level_noun(noun):
    lex = lexicon_from_text("## Levels\n\n- Lead: $90,000\n- Junior: $40,000\n")
    found = lex.find(f"What do lead {noun} involve?")
    assert [(e.kind, e.name) for e in found if e.kind == "label"] == [("label", "Lead")]
    assert not [e for e in lex.find("Poor sleep can lead to burnout.") if e.kind == "label"]


@pytest.mark.parametrize(
    ("question", "line", "gives"),
    [
        ("How long does a PhD take?", "A PhD takes four to five years.", True),
        ("How much do analysts earn?", "Analysts earn $65,000 on average.", True),
        ("At what rate is the market growing?", "The market grows 12% a year.", True),
        ("How much do analysts earn?", "Analysts work in teams.", False),
    ],
)
def test_the_answer_kind_a_question_asks_for(question, line, gives):
    kind = answer_kind(question)
    assert kind is not None and bool(kind.search(line)) is gives


# --- one copy: no module outside bot/vocabulary.py keeps a list of its own ---------------------------------------

PAY_LIST = re.compile(
    r"(?:salar\w*|earn\w*|pay\w*)\|(?:[\w?\\*]+\|){0,6}(?:salar\w*|earn\w*|pay\w*|paid|wages?\??|income)"
)
JOB_LIST = re.compile(r"engineer\|scientist|scientist\|analyst")
ANSWER_KIND = re.compile(r"how long\\b|per \?cent")


def _holding(rule: re.Pattern[str]) -> set[str]:
    return {
        str(p.relative_to(ROOT)) for p in (ROOT / "bot").rglob("*.py") if rule.search(p.read_text(encoding="utf-8"))
    }


@pytest.mark.parametrize("rule", [PAY_LIST, ANSWER_KIND], ids=["pay words", "answer kinds"])
def test_the_fields_words_are_listed_once(rule):
    assert _holding(rule) == {"bot/vocabulary.py"}


def test_the_job_heads_are_listed_once():
    # the job head nouns are a long list of their own (the trades and services too): bot/occupations.py, read through
    # bot/vocabulary.py's JOB_HEADS; no module keeps an alternation of them
    assert _holding(re.compile(r"\bengineer\s+scientist\s+researcher\b")) == {"bot/occupations.py"}
    assert _holding(JOB_LIST) == set()


def test_the_guard_reads_the_fields_words():
    assert figures.STAT_KINDS is STAT_KINDS
    assert set(lists.OWNER_NOUNS) <= set(LEVEL_NOUNS)  # the level nouns that name a list's owner ("apprentice roles")


@pytest.mark.parametrize(
    ("job", "other"),
    [
        ("software developer", ["software engineer"]),
        ("developer", ["software engineer"]),
        ("corporate lawyers", ["corporate solicitor"]),
        ("nurse", []),  # a job with no other name
    ],
)
def test_a_jobs_everyday_name_is_read_as_the_title_documents_use(job, other):
    assert job_synonyms(job) == other


def test_a_document_may_give_its_job_another_name():
    text = 'In Quebec many employers advertise the same job as "software developer".'
    assert [m.group("alias") for m in JOB_ALIAS.finditer(text)] == ["software developer"]


@pytest.mark.parametrize(
    ("words", "kinds"),
    [
        ("Which town pays the most?", {"place"}),
        ("Which industry pays graduates best?", {"sector"}),
        ("Which workplace pays pharmacists the most?", {"setting"}),
        ("Which grade earns the least?", {"level"}),
        ("What do pharmacists earn?", set()),
    ],
)
def test_the_word_a_question_uses_for_a_tables_rows_has_a_kind(words, kinds):
    assert row_kinds(words) == kinds


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        ("NQ pay after 3 yrs", "newly qualified pay after 3 years"),
        ("2nd yr grad scheme", "second year graduate scheme"),
        ("£30k PA or €2,500 p/m", "£30k per annum or €2,500 per month"),
        ("teh best state", "the best state"),
        ("Pay in PAris", "Pay in PAris"),  # inside a word: untouched
    ],
)
def test_students_shorthand_is_spelled_out_as_documents_write_it(text, spelled):
    from bot.vocabulary import expand_shorthand

    assert expand_shorthand(text) == spelled
    assert expand_shorthand(spelled) == spelled  # reading it twice changes nothing
