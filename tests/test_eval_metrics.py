"""The eval harness' scores (eval/metrics.py): pure, table-driven, no model."""

from __future__ import annotations

import pytest

from bot.types import Kind, Reason
from eval.metrics import (
    Expect,
    Gate,
    Outcome,
    aggregate,
    answer_first,
    case_failures,
    check_gates,
    evidence_ms,
    evidence_ms_p95,
    fact_recall,
    figure_citations,
    figures,
    figures_not_in,
    first_line,
    first_sentence,
    hit_at_k,
    latency_summary,
    mean,
    measure_scores,
    model_not_covered,
    percentile,
    reciprocal_rank,
    refusal_ok,
    refusal_scores,
    right_row_first,
    scope_first_violation,
    score_case,
    section_matches,
    shown_forbidden,
    unsupported_figures,
    wrong_document_first,
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


# --- issue 26: the right row, from the right document, in the right scope ------------------------------------------

NURSE_UK = "corpus/registered-nurse-uk.md"
NURSE_IE = "corpus/staff-nurse-ireland.html"


@pytest.mark.parametrize(
    ("facts", "answer", "category", "right"),
    [
        (
            ["Band 8b", "£62,200"],
            "Band 8b pays the most: £62,200 to £72,300 [1].\nFrom the guide.",
            "superlative",
            True,
        ),
        (["£41,000"], "Band 5 pays £29,000 [1]. With 7 years: £41,000 [1].", "row_lookup", False),  # second sentence
        (["£41,000"], "- 5 to 9 years: £41,000 [1]\n- 10 years or more: £45,000 [2]", "row_lookup", True),
        (["£41,000"], "£41,000 [1].", "value", None),  # other kinds of question are not scored
        ([], "Anything.", "superlative", None),
    ],
)
def test_right_row_first_asks_the_first_sentence_for_the_rows_figure(facts, answer, category, right):
    assert right_row_first(facts, answer, category) is right


@pytest.mark.parametrize(
    ("refuse", "refused", "answer", "violation"),
    [
        (True, False, "Average annual salary: €38,500 [1]\nFrom Staff Nurse, Ireland 2023.", True),  # place moved
        (True, False, "Senior accountant: A$95,000 a year [1]", True),
        (True, False, "Nurses earn 25% more at night [1].\nFigures: €38,500 [1]", False),  # none in the first line
        (True, True, "The documents here do not cover nurses in Spain.\nIreland 2023: €38,500 [1]", False),
        (False, False, "€38,500 [1]", None),  # an answerable case is not scored
        (None, False, "€38,500 [1]", None),
    ],
)
def test_a_figure_first_where_the_case_must_refuse_is_a_scope_violation(refuse, refused, answer, violation):
    assert scope_first_violation(refuse, refused, answer) is violation


@pytest.mark.parametrize(
    ("answer", "sources", "wrong"),
    [
        ("Band 5 starts at £29,000 [1]\nMore [2]", {1: NURSE_UK, 2: NURSE_IE}, False),
        ("Staff nurse: €38,500 [2]\nBand 5 [1]", {1: NURSE_UK, 2: NURSE_IE}, True),  # another document's figure
        ("[2] context, then Band 5: £29,000 [1]", {1: NURSE_UK, 2: NURSE_IE}, False),  # the marker after the figure
        ("Band 5: £29,000 [1, 2]", {1: NURSE_IE, 2: NURSE_UK}, False),  # one of its passages is the document's
        ("Band 5: £29,000 [3]", {1: NURSE_UK}, True),  # a marker with no citation behind it
        ("Band 5 is the entry band [1]\n£29,000 [1]", {1: NURSE_IE}, None),  # no money figure in the first line
        ("Band 5: £29,000", {1: NURSE_IE}, None),  # no marker: nothing to check
    ],
)
def test_the_first_figure_cited_from_another_document_is_the_wrong_document_first(answer, sources, wrong):
    assert wrong_document_first(False, "registered-nurse-uk.md", answer, sources) is wrong


def test_wrong_document_first_scores_only_answerable_cases_that_name_their_document():
    answer, sources = "Staff nurse: €38,500 [1]", {1: NURSE_IE}
    assert wrong_document_first(True, "registered-nurse-uk.md", answer, sources) is None
    assert wrong_document_first(None, "registered-nurse-uk.md", answer, sources) is None
    assert wrong_document_first(False, "", answer, sources) is None


def test_figure_citations_and_first_line():
    assert first_line("\n\n  Band 5: £29,000 [1]\nBand 6 [2]") == "Band 5: £29,000 [1]"
    assert figure_citations("Band 5: £29,000 [1, 3] and [2]") == (1, 3)
    assert figure_citations("Band 5 [2]") == ()


@pytest.mark.parametrize(
    ("refuse", "kind", "reason", "flag"),
    [
        (False, Kind.FALLBACK, Reason.NO_ANSWER, True),
        (False, Kind.ANSWERED, Reason.NO_ANSWER, True),  # the model said NOT COVERED below the evidence
        (False, Kind.ANSWERED, None, False),
        (False, Kind.FALLBACK, Reason.TIMEOUT, False),
        (False, Kind.ANSWERED, None, False),
        (True, Kind.FALLBACK, Reason.NO_ANSWER, None),  # a case that must refuse is not scored
    ],
)
def test_model_not_covered_counts_a_no_answer_fallback_on_an_answerable_case(refuse, kind, reason, flag):
    assert model_not_covered(refuse, kind, reason) is flag


def test_evidence_step_adds_condense_retrieve_and_evidence_when_timed():
    assert evidence_ms({"condense_ms": 1.0, "retrieve_ms": 12.0, "generate_ms": 400.0}) == 13.0
    assert evidence_ms({"condense_ms": 1.0, "retrieve_ms": 12.0, "evidence_ms": 7.0}) == 20.0
    timings = [{"retrieve_ms": float(ms)} for ms in range(1, 101)]
    assert evidence_ms_p95(timings) == pytest.approx(95.05)
    assert evidence_ms_p95([]) is None


def test_issue_26_measures_are_counted_and_averaged_over_a_suite():
    must_refuse = Expect(refuse=True)
    answerable = Expect(facts=("Band 8b", "£62,200"), refuse=False)
    cases = [
        (must_refuse, Outcome(text="Average salary: €38,500 [1]", refused=False), "out_of_scope_place", ""),
        (must_refuse, Outcome(text="Not covered here.", refused=True, kind=Kind.SCOPE), "out_of_scope_year", ""),
        (
            answerable,
            Outcome(text="Band 8b pays the most: £62,200 [1]", refused=False, citation_sources=((1, NURSE_UK),)),
            "superlative",
            "registered-nurse-uk.md",
        ),
        (
            answerable,
            Outcome(text="Staff nurse: €38,500 [1]", refused=False, citation_sources=((1, NURSE_IE),)),
            "superlative",
            "registered-nurse-uk.md",
        ),
        (
            answerable,
            Outcome(text="Quotes.", refused=False, kind=Kind.FALLBACK, reason=Reason.NO_ANSWER),
            "value",
            "registered-nurse-uk.md",
        ),
    ]
    scored = []
    for expect, out, category, doc in cases:
        scores = score_case(expect, out) | measure_scores(expect, out, category=category, doc=doc)
        scored.append((expect, out.refused, scores))
    m = aggregate(scored)
    assert (m["scope_first_violations"], m["wrong_document_first"]) == (1, 1)
    assert m["right_row_first"] == 0.5
    assert m["model_not_covered_rate"] == pytest.approx(1 / 3)
