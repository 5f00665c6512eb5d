"""The eval harness' scores (eval/metrics.py): pure, table-driven, no model."""

from __future__ import annotations

import pytest

from eval.metrics import (
    Expect,
    Gate,
    Outcome,
    aggregate,
    answer_first,
    case_failures,
    check_gates,
    fact_recall,
    figures,
    figures_not_in,
    first_sentence,
    hit_at_k,
    latency_summary,
    mean,
    percentile,
    reciprocal_rank,
    refusal_ok,
    refusal_scores,
    score_case,
    section_matches,
    shown_forbidden,
    unsupported_figures,
)

TOP = "Salary Ranges (US Market, 2024) > AI Research Scientist Salaries at Top Companies"
MLE = "Salary Ranges (US Market, 2024) > Machine Learning Engineer Salaries"
TRENDS = "Industry Trends"


@pytest.mark.parametrize(
    ("section", "expected", "matches"),
    [
        (TOP, ["Salary Ranges"], True),
        (TOP, ["salary ranges (us market, 2024) > ai research scientist"], True),
        (TOP, ["Machine Learning Engineer Salaries"], False),  # a prefix, not a substring
        (MLE, ["Industry Trends", "Salary Ranges (US Market, 2024) > Machine"], True),
        (TRENDS, [], False),
        (TRENDS, ["  "], False),
    ],
)
def test_expected_sections_match_as_prefixes_of_the_section_path(section, expected, matches):
    assert section_matches(section, expected) is matches


@pytest.mark.parametrize(
    ("sections", "expected", "k", "hit", "rr"),
    [
        ([TOP, MLE, TRENDS], ["Salary Ranges (US Market, 2024) > AI Research"], None, True, 1.0),
        ([TRENDS, MLE, TOP], ["Salary Ranges (US Market, 2024) > AI Research"], None, True, 1 / 3),
        ([TRENDS, MLE, TOP], ["Salary Ranges (US Market, 2024) > AI Research"], 2, False, 1 / 3),
        ([TRENDS, MLE], ["Salary Ranges"], None, True, 0.5),
        ([TRENDS], ["Salary Ranges"], None, False, 0.0),
        ([], ["Salary Ranges"], None, False, 0.0),  # a refusal that retrieved nothing misses
        ([TOP], [], None, None, None),  # nothing expected: not scored
    ],
)
def test_retrieval_hit_at_k_and_reciprocal_rank(sections, expected, k, hit, rr):
    assert hit_at_k(sections, expected, k) is hit
    assert reciprocal_rank(sections, expected) == (pytest.approx(rr) if rr is not None else None)


@pytest.mark.parametrize(
    ("facts", "answer", "recall"),
    [
        (["204,655"], "Google pays AI research scientists $204,655 on average [1].", 1.0),
        (["$204,655"], "The average is 204,655 dollars.", 1.0),
        (["204,655", "177,730"], "Google: $204,655 [1]. Meta is not listed.", 0.5),
        (["1.8 trillion"], "The AI market may reach $1.8 billion by 2030.", 0.0),  # units differ
        (["419.94 billion"], "It should hit $419.94 billion by 2030 [2].", 1.0),
        (["37.3%"], "A CAGR of 37.3 percent.", 1.0),
        (["Principal Scientist"], "Senior roles: principal scientist or lead AI researcher.", 1.0),
        (["Git"], "Use Jupyter and GitHub.", 0.0),  # whole words only
        ([], "Anything at all.", None),
    ],
)
def test_fact_recall_normalises_numbers_and_matches_whole_words(facts, answer, recall):
    assert fact_recall(facts, answer) == recall


@pytest.mark.parametrize(
    ("expected", "refused", "ok"),
    [
        (True, True, True),
        (True, False, False),
        (False, False, True),
        (False, True, False),
        (None, True, None),
        (None, False, None),
    ],
)
def test_refusal_decision_is_right_or_either_is_acceptable(expected, refused, ok):
    assert refusal_ok(expected, refused) is ok


def test_refusal_precision_recall_accuracy_ignore_cases_where_either_is_acceptable():
    pairs = [(True, True), (True, False), (False, True), (False, False), (False, False), (None, True)]
    assert refusal_scores(pairs) == {
        "refusal_precision": 0.5,  # 2 refusals among definite cases, 1 right
        "refusal_recall": 0.5,  # 2 should refuse, 1 did
        "refusal_accuracy": 0.6,  # 3 of 5 definite cases right
    }


def test_refusal_scores_are_unmeasured_without_any_refusal():
    assert refusal_scores([(False, False), (None, True)]) == {
        "refusal_precision": None,
        "refusal_recall": None,
        "refusal_accuracy": 1.0,
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Google pays $204,655 [1][2].", ["$204,655"]),
        ("1. Meta: $177,730 average [3]\n2. Amazon: $165,485 [3]", ["$177,730", "$165,485"]),
        ("The guide covers the US in 2024 [1].", ["2024"]),
        ("No figures here [4].", []),
    ],
)
def test_citation_markers_and_list_numbers_are_not_figures(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("verdicts", "shown"),
    [
        ([("Google pays $204,655 [1].", True)], []),
        ([("In Germany an AI researcher earns $149,000 [1].", False)], ["$149,000"]),
        (
            [("Meta pays $204,655 and up to $446,000 [1].", False), ("Entry roles exist [2].", False)],
            ["$204,655", "$446,000"],
        ),
        ([], []),
    ],
)
def test_every_figure_in_an_unsupported_sentence_counts_as_shown(verdicts, shown):
    assert unsupported_figures(verdicts) == shown


def test_refusal_figures_must_occur_in_the_corpus():
    corpus = "Google: $204,655 average. Salary figures describe the US market in 2024."
    assert (
        figures_not_in("The guide has no figures for Germany; for the US in 2024 Google pays $204,655.", corpus) == []
    )
    assert figures_not_in("The guide has no Germany figures; expect about €90,000 there.", corpus) == ["€90,000"]


@pytest.mark.parametrize(
    ("forbidden", "answer", "shown"),
    [
        (["300,000"], "Meta does not pay that; the guide gives $177,730 [1].", []),
        (["300,000"], "Since Meta pays $300,000 [1], yes.", ["300,000"]),
        (["5 trillion"], "The AI market reaches $1.8 trillion [1].", []),
        ([], "Anything.", []),
    ],
)
def test_a_false_premise_figure_repeated_in_the_answer_is_caught(forbidden, answer, shown):
    assert shown_forbidden(forbidden, answer) == shown


@pytest.mark.parametrize(
    ("values", "q", "expected"),
    [
        ([10.0], 50, 10.0),
        ([1.0, 2.0, 3.0, 4.0], 50, 2.5),
        ([5.0, 1.0, 3.0], 50, 3.0),
        ([float(v) for v in range(1, 101)], 95, 95.05),
        ([], 95, None),
    ],
)
def test_percentile_interpolates_linearly(values, q, expected):
    result = percentile(values, q)
    assert result == (pytest.approx(expected) if expected is not None else None)


def test_latency_summary_gives_p50_and_p95_per_step():
    timings = [{"retrieve_ms": 10.0, "total_ms": 100.0}, {"retrieve_ms": 30.0, "total_ms": 300.0}]
    assert latency_summary(timings) == {
        "retrieve_ms": {"p50": 20.0, "p95": pytest.approx(29.0)},
        "total_ms": {"p50": 200.0, "p95": pytest.approx(290.0)},
    }


def test_mean_skips_unmeasured_values():
    assert mean([1.0, None, 0.0, True]) == pytest.approx(2 / 3)
    assert mean([None, None]) is None


@pytest.mark.parametrize(
    ("scores", "reasons"),
    [
        ({"refusal_ok": True, "missing_facts": [], "unsupported_figures": [], "forbidden_shown": [], "hit": True}, []),
        ({"refusal_ok": None, "missing_facts": [], "unsupported_figures": [], "forbidden_shown": [], "hit": None}, []),
        (
            {
                "refusal_ok": False,
                "missing_facts": ["177,730"],
                "unsupported_figures": ["$300,000"],
                "forbidden_shown": ["300,000"],
                "hit": False,
                "sentences": 3,
                "supported": 1,
            },
            [
                "wrong refusal decision",
                "missing facts: 177,730",
                "unsupported figures shown: $300,000",
                "2 sentence(s) the verifier does not support",
                "repeated a false claim: 300,000",
                "retrieval missed the expected sections",
            ],
        ),
    ],
)
def test_case_failures_name_each_problem(scores, reasons):
    assert case_failures(scores) == reasons


def test_a_correct_salary_answer_passes():
    expect = Expect(facts=("204,655",), refuse=False, sections=("Salary Ranges",))
    out = Outcome(
        text="Google pays AI research scientists $204,655 on average [1].",
        refused=False,
        passage_sections=(TOP, MLE),
        verdicts=(("Google pays AI research scientists $204,655 on average [1].", True),),
        citation_support=(True,),
    )
    scores = score_case(expect, out, k=4)
    assert scores["failures"] == []
    assert (scores["hit"], scores["rr"], scores["fact_recall"], scores["faithfulness"]) == (True, 1.0, 1.0, 1.0)


def test_an_invented_germany_figure_fails_the_case():
    expect = Expect(facts=(), refuse=None)
    sentence = "The salary of an AI researcher in Germany is $149,000 per year [1]."
    out = Outcome(
        text=sentence, refused=False, passage_sections=(TOP,), verdicts=((sentence, False),), citation_support=(False,)
    )
    scores = score_case(expect, out)
    assert scores["unsupported_figures"] == ["$149,000"]
    assert scores["faithfulness"] == 0.0
    assert scores["failures"] == ["unsupported figures shown: $149,000", "1 sentence(s) the verifier does not support"]


def test_an_unverified_refusal_is_checked_against_the_corpus():
    out = Outcome(
        text="The guide does not cover nurses. Talk to a careers adviser.",
        refused=True,
        verified=False,
        corpus="Google: $204,655",
    )
    scores = score_case(Expect(refuse=True), out)
    assert scores["failures"] == [] and scores["faithfulness"] is None and scores["sentences"] == 0


def test_aggregate_pools_sentences_and_averages_cases():
    good = score_case(
        Expect(facts=("204,655",), refuse=False, sections=("Salary",)),
        Outcome("Google $204,655 [1]. Extra [1].", False, (TOP,), (("a", True), ("b", False)), (True, False)),
    )
    refusal = score_case(Expect(refuse=True), Outcome("Not covered.", True, verified=False))
    wrong = score_case(
        Expect(facts=("177,730",), refuse=False, sections=("Salary",)),
        Outcome("Not covered.", True, (), (), (), verified=False),
    )
    m = aggregate(
        [
            (Expect(facts=("204,655",), refuse=False), False, good),
            (Expect(refuse=True), True, refusal),
            (Expect(facts=("177,730",), refuse=False), True, wrong),
        ]
    )
    assert m["n"] == 3 and m["passed"] == 1  # only the refusal: "good" shows an unsupported sentence
    assert m["fact_recall"] == 0.5 and m["hit_at_k"] == 0.5
    assert m["faithfulness"] == 0.5 and m["citation_precision"] == 0.5
    assert (
        m["refusal_accuracy"] == pytest.approx(2 / 3) and m["refusal_precision"] == 0.5 and m["refusal_recall"] == 1.0
    )
    assert m["unsupported_figures"] == 0  # the unsupported sentence "b" shows no figure


@pytest.mark.parametrize(
    ("gate", "value", "passed"),
    [
        (Gate("fact_recall", 0.9), 0.95, True),
        (Gate("fact_recall", 0.9), 0.9, True),
        (Gate("fact_recall", 0.9), 0.89, False),
        (Gate("unsupported_figures", 0, "max"), 0, True),
        (Gate("unsupported_figures", 0, "max"), 2, False),
        (Gate("refusal_accuracy", 0.95), None, False),  # not measured: cannot pass
    ],
)
def test_gates_fail_below_a_minimum_above_a_maximum_or_when_unmeasured(gate, value, passed):
    [result] = check_gates({gate.metric: value}, [gate])
    assert result.passed is passed and result.value == value


@pytest.mark.parametrize(
    ("facts", "answer", "refuse", "first"),
    [
        (
            ["204,655"],
            "An AI research scientist at Google makes $204,655 on average (US, 2024) [1].\n- Range: "
            "$56,000 - $446,000 [1]",
            False,
            True,
        ),
        (
            ["204,655"],
            "Salaries vary by company [1]. Google pays $204,655 on average [1].",
            False,
            False,
        ),  # the figure comes second
        (
            ["204,655"],
            'From the guide ("Salary Ranges"):\n- Google: $204,655 average [1]',
            False,
            False,
        ),  # a preface, then a list
        (["Bachelor", "PhD"], "You need a Bachelor's degree in a STEM field, and often a PhD [1].", False, True),
        (["internships"], "Try internships [1].", False, None),  # a common phrase, not a figure or a name: not scored
        (["204,655"], "NOT COVERED", None, None),  # a case that may refuse is not scored
        ([], "Anything.", False, None),
    ],
)
def test_answer_first_asks_the_first_sentence_for_the_expected_figure_or_name(facts, answer, refuse, first):
    assert answer_first(facts, answer, refuse) is first


def test_first_sentence_ends_at_a_full_stop_or_a_line_break_and_drops_citations():
    assert first_sentence("Google pays $204,655 [1]. Meta pays less [2].") == "Google pays $204,655 ."
    assert first_sentence("- Google: $1.8 trillion by 2030 [1]\n- Meta") == "Google: $1.8 trillion by 2030"


def test_answer_first_is_averaged_over_the_cases_that_score_it():
    out = Outcome(text="Google pays $204,655 on average [1].", refused=False)
    scored = [
        score_case(Expect(facts=("204,655",), refuse=False), out),
        score_case(Expect(facts=("177,730",), refuse=False), out),
        score_case(Expect(facts=("internships",), refuse=False), out),
    ]
    assert aggregate([(Expect(), False, s) for s in scored])["answer_first"] == 0.5
