"""bot/guard/verify.py: sentences checked against the real corpus passages, and the guard that drops the unsupported
ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.guard.verify import guard, split_sentences, verify
from bot.retrieval.lexicon import Lexicon, lexicon_from_text

REPO = Path(__file__).resolve().parent.parent
CORPUS_FILE = REPO / "corpus" / "ai-ml-researcher-career-guide.md"


@pytest.fixture(scope="module")
def chunks() -> list[str]:
    """The real corpus, chunked by ingest, shown as the chain shows passages: section path, then text."""
    from ingest.chunk import chunk_corpus
    from ingest.load import load_corpus

    docs, _ = load_corpus(REPO / "corpus")
    return [f"{c.section}\n{c.text}" for c in chunk_corpus(docs)]


def passage(chunks: list[str], needle: str) -> str:
    return next(c for c in chunks if needle in c)


@pytest.fixture(scope="module")
def salary(chunks: list[str]) -> list[str]:
    """[1] AI researcher salaries, [2] top companies, [3] ML engineers, [4] market size, [5] job growth."""
    needles = (
        "Median salary: $161,650",
        "Google: $204,655",
        "Average annual salary: $126,648",
        "Global AI market",
        "74% annual growth",
    )
    return [passage(chunks, n) for n in needles]


@pytest.fixture(scope="module")
def corpus() -> Lexicon:
    return lexicon_from_text(CORPUS_FILE.read_text(encoding="utf-8"))


def own(passages: list[str]) -> Lexicon:
    """The lexicon of the passages alone: they are the whole corpus."""
    return lexicon_from_text("\n".join(passages))


CASES = [
    # (sentence, supported, a word the reason must contain)
    ("Google pays AI research scientists an average of $204,655 [2].", True, ""),
    ("Meta pays AI research scientists an average of $204,655 [2].", False, "Meta"),
    ("The salary of an AI researcher in Germany is $149,000 per year [1].", False, "Germany"),
    (
        "The guide has no figures for Germany; for the US in 2024 it gives an average range of $149,000 - $220,000 "
        "[1].",
        True,
        "",
    ),
    ("The global AI market is projected to reach $1.8 billion by 2030 [4].", False, "unit"),
    ("The global AI market is projected to reach $1.8 trillion by 2030 [4].", True, ""),
    ("The global AI market is projected to reach $1.8 trillion by 2035 [4].", False, "2035"),
    ("The average salary of an AI researcher is $161,650 [1].", False, "median"),
    ("The median salary of an AI researcher is $161,650 [1].", True, ""),
    ("Meta pays more than Google on average [2].", False, "comparison"),
    ("Google pays more than Meta on average [2].", True, ""),
    ("Google pays slightly more than Amazon [2].", False, "comparison"),
    ("Google offers the highest average salary of the top companies [2].", False, "highest"),
    ("At Google the average is about $205k, ranging from $56k to $446k [2].", True, ""),
    ("ML engineers make roughly $127,000 a year on average [3].", True, ""),
    ("AI researchers earn an average of $126,648 [3].", False, "AI researchers"),
    ("According to Glassdoor, AI jobs grew 74% a year [5].", False, "invented"),
    ("AI researchers usually work four-day weeks and enjoy unlimited vacation.", False, "content words"),
    ("The top 10% of AI researchers earn $285,000, while the bottom 10% earn $129,700 [1].", True, ""),
    ("The top 10% of AI researchers earn $129,700 [1].", False, "bottom"),
    ("The median salary is $161,650 [9].", False, "[9]"),
    # a false premise echoed back ("Amazon pays the most, right?") is a superlative about pay
    ("Yes, Amazon pays AI research scientists the most [2].", False, "most"),
    ("Netflix pays AI research scientists the most [2].", True, ""),
]


@pytest.mark.parametrize(("sentence", "supported", "reason_word"), CASES, ids=[c[0][:50] for c in CASES])
def test_sentence_verdicts_on_salary_passages(
    salary: list[str], corpus: Lexicon, sentence: str, supported: bool, reason_word: str
) -> None:
    (verdict,) = verify(sentence, salary, corpus)
    assert verdict.supported is supported, verdict.reasons
    assert reason_word in " ".join(verdict.reasons)


def test_every_line_of_the_corpus_is_supported_by_its_own_passage(chunks: list[str], corpus: Lexicon) -> None:
    for chunk in chunks:
        text = chunk.split("\n", 1)[1]
        unsupported = [v for v in verify(text, [chunk], corpus) if not v.supported]
        assert unsupported == [], unsupported[0]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "Google pays well. Meta pays less [1]. IBM reports a median.",
            ["Google pays well.", "Meta pays less [1].", "IBM reports a median."],
        ),
        ("Skills include Python, e.g. for ML. Also R.", ["Skills include Python, e.g. for ML.", "Also R."]),
        ("It is $1.8 trillion.[1] Next one.", ["It is $1.8 trillion.[1]", "Next one."]),
        ("Steps:\n- Get a degree [1]\n- Learn Python [2]", ["Steps:", "- Get a degree [1]", "- Learn Python [2]"]),
        (
            "| Company | Pay |\n|---|---|\n| Google | $204,655 |",
            ["| Company | Pay |", "|---|---|", "| Google | $204,655 |"],
        ),
    ],
)
def test_split_sentences_keeps_bullets_and_table_rows_whole(text: str, units: list[str]) -> None:
    assert split_sentences(text) == units


def test_table_header_and_separator_are_structure_and_a_wrong_row_is_caught(salary: list[str], corpus: Lexicon) -> None:
    table = "| Company | Average salary |\n|---|---|\n| Google | $204,655 |\n| Meta | $204,655 |"
    verdicts = verify(table, salary, corpus)
    assert [v.supported for v in verdicts] == [True, True, True, False]


def test_unsupported_salary_sentence_is_dropped(salary: list[str], corpus: Lexicon) -> None:
    answer = (
        "The median salary of an AI researcher is $161,650 [1]. In Germany, AI researchers earn $149,000 [1]. "
        "The top 10% earn $285,000 [1]."
    )
    result = guard(answer, salary, corpus)
    assert result.text == "The median salary of an AI researcher is $161,650 [1]. The top 10% earn $285,000 [1]."
    assert [r.sentence for r in result.removed] == ["In Germany, AI researchers earn $149,000 [1]."]
    assert "Germany" in result.removed[0].reason
    assert not result.gutted


def test_table_whose_rows_are_all_dropped_disappears(salary: list[str], corpus: Lexicon) -> None:
    answer = (
        "Figures [2]:\n\n| Company | Average |\n|---|---|\n| Meta | $204,655 |\n| Apple | $999,999 |\n\nGoogle "
        "averages $204,655 [2]."
    )
    result = guard(answer, salary, corpus)
    assert "|" not in result.text
    assert "Google averages $204,655 [2]." in result.text


def test_guard_keeps_bullets_and_does_not_renumber_citations(salary: list[str], corpus: Lexicon) -> None:
    answer = "- Google: $204,655 average [2]\n- Meta: $204,655 average [2]\n- Junior ML engineers: $109,736 [3]"
    result = guard(answer, salary, corpus)
    assert result.text == "- Google: $204,655 average [2]\n- Junior ML engineers: $109,736 [3]"


def test_answer_that_loses_most_sentences_is_gutted(salary: list[str], corpus: Lexicon) -> None:
    answer = (
        "In Germany AI researchers earn $149,000 [1]. In France they earn $161,650 [1]. The median is $161,650 [1]."
    )
    assert guard(answer, salary, corpus).gutted
    assert guard("", salary, corpus).gutted


def test_refusal_with_hand_off_is_kept_whole(salary: list[str], corpus: Lexicon) -> None:
    answer = "The guide does not cover salaries in Germany. For advice, please talk to a careers adviser."
    result = guard(answer, salary, corpus)
    assert result.text == answer and result.removed == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_verify_and_split_never_raise(salary: list[str], text: str) -> None:
    split_sentences(text)
    for v in verify(text, salary, own(salary)):
        assert isinstance(v.supported, bool)
    guard(text, salary, own(salary))


_words = st.sampled_from(
    [
        "Google",
        "Meta",
        "pays",
        "an",
        "average",
        "of",
        "$204,655",
        "$1.8",
        "trillion",
        "median",
        "in",
        "Germany",
        "AI",
        "researchers",
        "more",
        "than",
        "[1]",
        "[2]",
        ".",
        "the",
        "top",
        "10%",
        "2030",
        "-",
        "|",
        "not",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_words, min_size=1, max_size=25), st.integers(min_value=2, max_value=4))
def test_verdicts_are_stable_under_whitespace_changes(
    salary: list[str], corpus: Lexicon, words: list[str], spaces: int
) -> None:
    text = " ".join(words)
    wider = "  " + (" " * spaces).join(words) + " \t"
    assert [v.supported for v in verify(text, salary, corpus)] == [v.supported for v in verify(wider, salary, corpus)]


# --- checks whose knowledge comes from the lexicon (issue 11) ------------------------------------


@pytest.fixture(scope="module")
def lexicon():
    """The lexicon ingest builds from the real corpus (names, roles, lists: nothing from code)."""
    from bot.retrieval.lexicon import build_lexicon
    from ingest.chunk import chunk_corpus
    from ingest.load import load_corpus

    docs, _ = load_corpus(REPO / "corpus")
    return build_lexicon(chunk_corpus(docs))


NEW_CASES = [
    # (passage needle, sentence, supported, a word the reason must contain)
    # comparison direction against the figures, also across clauses
    ("Google: $204,655", "Apple pays slightly less than Meta on average [1].", False, "comparison"),
    ("Google: $204,655", "Apple's average is $189,678, slightly less than Meta's [1].", False, "comparison"),
    # a direction word with no "than" (a real 0.5B answer to "Which pays more, Google or Meta?")
    ("Google: $204,655", "Meta pays more, $177,730 on average against Google's $204,655 [1].", False, "comparison"),
    ("Google: $204,655", "Google pays more, $204,655 on average against Meta's $177,730 [1].", True, ""),
    ("Google: $204,655", "Apple's average ($189,678) is higher than Meta's ($177,730) [1].", True, ""),
    ("Google: $204,655", "Google pays $204,655 on average and Meta $177,730, so Google pays more [1].", True, ""),
    # a comparison with no "than" (a real 0.5B answer, on ONNX Runtime, to "Compare Amazon and Apple salaries ...")
    (
        "Google: $204,655",
        "Amazon's average salary for AI research scientists is $165,485, which is above Apple's average salary of "
        "$189,678 [1].",
        False,
        "comparison",
    ),
    ("Google: $204,655", "Apple's average salary of $189,678 is well above Amazon's $165,485 [1].", True, ""),
    ("Google: $204,655", "Amazon outpays Apple for AI research scientists [1].", False, "comparison"),
    ("Google: $204,655", "Amazon's $165,485 average is below Apple's [1].", True, ""),
    ("Top 10%: $285,000", "The top 10% of AI researchers earn above $285,000 [1].", True, ""),
    # a figure against a figure or range written after the direction word (a real 0.5B answer, on ONNX Runtime with
    # drafting, to "And Amazon?"): plain arithmetic
    (
        "Google: $204,655",
        "Amazon makes $165,485 average, which is above the range of $84,000 - $272,000 [1].",
        False,
        "comparison",
    ),
    ("Google: $204,655", "Amazon makes $165,485 average, which is below $84,000 [1].", False, "comparison"),
    ("Google: $204,655", "Amazon pays $165,485 average, which is below the upper end of $272,000 [1].", True, ""),
    # a company said to make the salary it pays (issue 26, item 8)
    ("Google: $204,655", "Amazon makes $165,485 on average [1].", False, "does not earn it"),
    ("Google: $204,655", "Apple pays $189,678 on average, which is more than Amazon's $165,485 [1].", True, ""),
    ("Google: $204,655", "Google pays $204,655 on average, and some earn above $300,000 [1].", False, "not in"),
    # a direction word with nothing to compare with (a real 0.5B answer to "Does IBM or Google pay more?")
    ("Google: $204,655", "IBM pays more, $171,000 median (range: $148,000 - $199,000) [1].", False, "other side"),
    # a job between the name and the direction word (the 0.5B model's usual phrasing): the name is the side compared
    ("Google: $204,655", "Meta pays AI research scientists more than Google [1].", False, "comparison"),
    ("Google: $204,655", "Google pays AI research scientists less than Meta [1].", False, "comparison"),
    ("Google: $204,655", "Meta has higher salaries for AI research scientists than Google [1].", False, "comparison"),
    ("Google: $204,655", "Google pays AI research scientists more than Meta [1].", True, ""),
    ("Google: $204,655", "At Meta, AI research scientists earn more than at Google [1].", False, "comparison"),
    ("Google: $204,655", "AI research scientists earn more at Meta than at Google [1].", False, "comparison"),
    ("Google: $204,655", "Meta pays AI research scientists better than Google [1].", False, "comparison"),
    ("Google: $204,655", "Google pays AI research scientists better than Meta [1].", True, ""),
    ("Google: $204,655", "Apple pays AI research scientists more on average, $189,678 [1].", False, "other side"),
    # a comparison with neither a name nor a figure, in words its passage does not use (a real 0.5B answer to "Who
    # earns more at entry level: a junior UX researcher or a junior data analyst?"): nothing to check it by
    ("Entry-Level: Research Intern", "Junior AI engineers earn more at entry level [1].", False, "no figure"),
    ("Entry-Level: Research Intern", "Junior AI engineers earn more, $80,000 at entry level [1].", False, "not in"),
    (
        "Silicon Valley",
        "Location: Tech hubs like Silicon Valley and New York City often offer higher salaries [1].",
        True,
        "",
    ),
    # a list item moved to another level
    (
        "Entry-Level: Research Intern",
        "Mid-level roles include principal scientist and chief research scientist [1].",
        False,
        "Senior-Level",
    ),
    (
        "Entry-Level: Research Intern",
        "A research intern can progress to mid-level titles such as data scientist [1].",
        True,
        "",
    ),
    # contradiction by reversal
    (
        "Disclosure and Transparency",
        "Researchers avoid disclosing the use of generative AI tools in publications [1].",
        False,
        "reverses",
    ),
    (
        "Disclosure and Transparency",
        "Researchers should always disclose the use of generative AI tools in publications [1].",
        True,
        "",
    ),
    ("Edge AI:", "Edge AI means running AI on central servers to reduce latency [1].", False, "reverses"),
    ("Edge AI:", "Edge AI is AI that operates at the edge, reducing latency in IoT applications [1].", True, ""),
    # a stated cause the passage does not give
    (
        "Model Drift and Maintenance",
        "Model accuracy degrades over time because competitors copy the models [1].",
        False,
        "cause",
    ),
    # an honest refusal that names a company the corpus lacks is faithful
    ("Google: $204,655", "Microsoft is not among the companies the guide lists [1].", True, ""),
    ("Google: $204,655", "The guide has no figures for Microsoft; Google averages $204,655 [1].", True, ""),
    ("Google: $204,655", "Microsoft pays AI research scientists $204,655 on average [1].", False, "Microsoft"),
]


@pytest.mark.parametrize(
    ("needle", "sentence", "supported", "reason_word"), NEW_CASES, ids=[c[1][:50] for c in NEW_CASES]
)
def test_lexicon_checks(
    chunks: list[str], lexicon, needle: str, sentence: str, supported: bool, reason_word: str
) -> None:
    (verdict,) = verify(sentence, [passage(chunks, needle)], lexicon)
    assert verdict.supported is supported, verdict.reasons
    assert reason_word in " ".join(verdict.reasons)


def test_guard_called_once_per_unit_matches_one_call_for_the_answer(salary: list[str], lexicon) -> None:
    answer = (
        "The median salary of an AI researcher is $161,650 [1]. In Germany, AI researchers earn $149,000 [1]. "
        "The top 10% earn $285,000 [1]."
    )
    whole = guard(answer, salary, lexicon)
    kept = [u for u in split_sentences(answer) if guard(u, salary, lexicon).text]
    assert " ".join(kept) == whole.text


@pytest.mark.parametrize(
    ("sentence", "supported"),
    [
        ("Globex pays widget analysts the most, with a median salary of $66,500 [1].", False),
        ("Initech pays widget analysts the most, with a median salary of $78,000 [2].", True),
    ],
)
def test_a_superlative_holds_against_every_peer_the_passages_give_not_only_the_one_cited(
    sentence: str, supported: bool
) -> None:
    # a table whose rows were chunked apart: the row cited is the only peer in its own passage
    section = "Widget Analyst Salaries (Widgetland, 2022) > Salary by Company"
    passages = [
        f"{section}\n- Globex (Company): Median salary: $66,500; Share of postings: 16%",
        f"{section}\n- Initech (Company): Median salary: $78,000; Share of postings: 13%",
        f"{section}\n- Acme (Company): Median salary: $61,000; Share of postings: 3%",
    ]
    (verdict,) = verify(sentence, passages, own(passages))
    assert verdict.supported is supported, verdict.reasons
    assert supported or "most" in " ".join(verdict.reasons)


WIDGET_ROWS = [
    "Widget Analyst Salaries (Widgetland, 2022) > Salary by Company\n- Globex (Company): Median salary: $66,500",
    "Widget Analyst Salaries (Widgetland, 2022) > Salary by Company\n- Initech (Company): Median salary: $78,000",
    "Widget Analyst Salaries (Widgetland, 2022) > Overall\n- Median salary: $61,000",
]


@pytest.mark.parametrize(
    ("unit", "question", "misleads"),
    [
        # one row's figure, naming nobody, as the answer to a question about something else
        ("Median salary: $66,500 [1]", "What is the median salary of a senior widget analyst?", True),
        ("The median is $66,500 [1], and $78,000 at Initech [2].", "What do widget analysts earn?", True),
        # the question names the row, the unit names its subject, or an unnamed line gives the figure
        ("Median salary: $66,500 [1]", "What do widget analysts earn at Globex?", False),
        ("Globex pays $66,500 [1].", "What is the median salary of a senior widget analyst?", False),
        ("The median salary is $61,000 [3].", "What is the median salary of a widget analyst?", False),
    ],
)
def test_a_figure_naming_nobody_is_read_as_the_answer_to_the_question(unit: str, question: str, misleads: bool) -> None:
    from bot.guard.verify import whose_figure

    reason = whose_figure(unit, question, WIDGET_ROWS, own(WIDGET_ROWS))
    assert bool(reason) is misleads, reason
    assert not misleads or "globex" in reason.lower()


@pytest.mark.parametrize(
    ("sentence", "supported"),
    [
        ("Model drift can lead to poor predictions over time [2].", True),  # "lead" the verb, not the level "Lead"
        ("A lead widget analyst earns a median salary of $72,000 [1].", True),
        ("Senior ones earn a median salary of $72,000 [1].", False),  # "senior ones" is still the level Senior
    ],
)
def test_a_level_named_by_a_common_word_is_a_level_only_where_it_names_one(sentence: str, supported: bool) -> None:
    passages = [
        "Widget Analyst Salaries > Salary by Level\n- Lead (Level): Median salary: $72,000\n- Senior (Level): "
        "Median salary: $64,000",
        "Widget Analyst Challenges\n- Model drift: accuracy falls, which can cause poor predictions over time",
    ]
    (verdict,) = verify(sentence, passages, own(passages))
    assert verdict.supported is supported, verdict.reasons
