"""python -m eval run end to end: the real index, the extractive engine, the golden suite, as a subprocess."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from bot.errors import ConfigError
from bot.types import Citation, Kind, Reason, Timings
from bot.types import Outcome as ChainOutcome
from eval.metrics import Gate
from eval.run import add_parser, exit_code, gates_from_args, load_suite, make_record, make_row, parse_case, summarise

REPO = Path(__file__).resolve().parent.parent
GOLDEN = REPO / "eval" / "suites" / "golden.jsonl"
CATEGORIES = {
    "salary",
    "comparison",
    "career",
    "skills",
    "market",
    "trends",
    "challenges",
    "practices",
    "followup",
    "out_of_scope",
    "adversarial",
}


def run_eval(index_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = os.environ | {
        "CAREERBOT_DATA_DIR": str(index_dir),
        "CAREERBOT_CORPUS_DIR": str(REPO / "corpus"),
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
    }
    return subprocess.run(
        [sys.executable, "-m", "eval", "run", *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=1200
    )


def write_suite(path: Path, cases: list[dict]) -> Path:
    path.write_text("".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")
    return path


# --- the golden suite itself ------------------------------------------------------


def test_golden_suite_covers_every_category_with_enough_cases():
    cases = load_suite(GOLDEN)
    assert len(cases) >= 80
    assert {c.category for c in cases} == CATEGORIES
    assert any(c.history for c in cases if c.category == "followup")


def test_golden_facts_stand_in_the_corpus_under_the_expected_sections():
    """A golden fact the guide does not state would fail every correct answer."""
    from bot.numbers import fact_in_text
    from eval.metrics import section_matches
    from ingest.chunk import chunk_corpus
    from ingest.load import load_corpus

    docs, _ = load_corpus(REPO / "corpus")
    chunks = chunk_corpus(docs)
    corpus = "\n".join(c.text for c in chunks)
    for case in load_suite(GOLDEN):
        if case.expect.sections:
            assert any(section_matches(c.section, case.expect.sections) for c in chunks), case.id
            where = "\n".join(c.text for c in chunks if section_matches(c.section, case.expect.sections))
        else:
            where = corpus
        assert [f for f in case.expect.facts if not fact_in_text(f, where)] == [], case.id
        assert [f for f in case.expect.forbidden if fact_in_text(f, corpus)] == [], case.id  # a false premise is false
        assert not (case.expect.refuse is True and case.expect.facts), case.id


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        ({"id": "a", "question": "Q?", "expect": {"refuse": "yes"}}, "refuse"),
        ({"id": "a", "question": "  ", "expect": {}}, "empty question"),
        ({"id": "a", "question": "Q?", "history": [{"role": "system", "content": "x"}]}, "roles"),
        ({"question": "Q?"}, "id"),
    ],
)
def test_malformed_cases_are_rejected(raw, error):
    with pytest.raises((ValueError, KeyError), match=error):
        parse_case(raw)


def test_a_case_may_leave_the_refusal_open_and_omit_optional_keys():
    case = parse_case({"id": "oos", "question": "Germany?", "expect": {"refuse": None}})
    assert (case.expect.refuse, case.expect.facts, case.expect.sections, case.history, case.category) == (
        None,
        (),
        (),
        (),
        "uncategorised",
    )


def test_a_broken_suite_line_is_named(tmp_path):
    suite = tmp_path / "s.jsonl"
    suite.write_text('{"id": "a", "question": "Q?"}\n{not json\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"s\.jsonl:2:"):
        load_suite(suite)


# --- issue 26's measures and gates, from chain outcomes (no model, no index) ----------------------------------

NURSE_UK, NURSE_IE = "corpus/registered-nurse-uk.md", "corpus/staff-nurse-ireland.html"
OFFICE_TEXT = "Band 8b: £62,200 to £72,300. Staff nurse: €38,500 a year."
SETTINGS = SimpleNamespace(engine="extractive", top_k=5)


def office_run(gates: list[Gate]) -> tuple[list[dict], dict]:
    """Three office cases answered as the chain answers them, scored and summarised as `eval run` does."""
    spain = ChainOutcome(  # a place no document covers for nurses: the Irish figure first, not refused
        text="Average annual salary: €38,500 [1]\nFrom Staff Nurse: Career Guide, Ireland 2023.",
        citations=[Citation(n=1, source=NURSE_IE, section="Pay", text="Staff nurse: €38,500 a year.")],
        timings=Timings(condense_ms=1.0, retrieve_ms=20.0, total_ms=30.0),
    )
    band = ChainOutcome(
        text="Band 8b pays the most: £62,200 to £72,300 [1]",
        citations=[Citation(n=1, source=NURSE_UK, section="Salary by Band", text="Band 8b: £62,200 to £72,300.")],
        timings=Timings(condense_ms=1.0, retrieve_ms=12.0, total_ms=20.0),
    )
    quotes = ChainOutcome(  # the model said NOT COVERED; the quotes open with the Irish document's figure
        text="Staff nurse: €38,500 [1]",
        citations=[Citation(n=1, source=NURSE_IE, section="Pay", text="Staff nurse: €38,500 a year.")],
        kind=Kind.FALLBACK,
        reason=Reason.NO_ANSWER,
    )
    raws = [
        {"id": "spain", "category": "out_of_scope_place", "expect": {"refuse": True}, "doc": ""},
        {"id": "top", "category": "superlative", "expect": {"facts": ["Band 8b", "£62,200"], "refuse": False}},
        {"id": "quotes", "category": "value", "expect": {"facts": ["£62,200"], "refuse": False}},
    ]
    cases = [parse_case({"question": "How much do nurses earn?", "doc": "registered-nurse-uk.md", **r}) for r in raws]
    rows = [
        make_row(case, {True: make_record(case, ans, SETTINGS, OFFICE_TEXT, verification=([], [], False))})
        for case, ans in zip(cases, [spain, band, quotes])
    ]
    return rows, summarise(cases, rows, settings=SETTINGS, guard="on", gates=gates, suite="office")


def test_each_row_carries_its_category_and_document_and_the_summary_counts_issue_26s_measures():
    rows, summary = office_run([])
    assert [(r["category"], r["doc"]) for r in rows] == [
        ("out_of_scope_place", ""),
        ("superlative", "registered-nurse-uk.md"),
        ("value", "registered-nurse-uk.md"),
    ]
    m = summary["metrics"]
    assert (m["scope_first_violations"], m["wrong_document_first"], m["right_row_first"]) == (1, 1, 1.0)
    assert m["model_not_covered_rate"] == 0.5  # one of the two answerable cases fell back on NOT COVERED
    assert m["evidence_ms_p95"] == pytest.approx(20.2)  # condense + retrieve: 0, 13, 21 -> 13 + 0.9 * 8
    assert summary["per_category"]["superlative"]["right_row_first"] == 1.0
    assert summary["per_category"]["out_of_scope_place"]["refusal_accuracy"] == 0.0


@pytest.mark.parametrize(
    ("gate", "code"),
    [
        (Gate("scope_first_violations", 0, "max"), 1),
        (Gate("scope_first_violations", 1, "max"), 0),
        (Gate("right_row_first", 0.95, "min"), 0),
        (Gate("wrong_document_first", 0, "max"), 1),
        (Gate("model_not_covered_rate", 0.05, "max"), 1),
        (Gate("evidence_ms_p95", 10, "max"), 1),
        (Gate("evidence_ms_p95", 50, "max"), 0),
    ],
)
def test_a_failing_gate_makes_the_run_exit_non_zero(gate, code):
    _, summary = office_run([gate])
    assert exit_code(summary) == code


def test_the_issue_26_gate_flags_reach_the_gates():
    parser = argparse.ArgumentParser()
    add_parser(parser.add_subparsers())
    args = parser.parse_args(
        ["run", "--suite", "s.jsonl", "--out", "o", "--min-right-row-first", "0.95"]
        + ["--max-scope-first-violations", "0", "--max-wrong-document-first", "0"]
        + ["--max-model-not-covered-rate", "0.05", "--max-evidence-ms-p95", "50"]
    )
    assert gates_from_args(args) == [
        Gate("right_row_first", 0.95, "min"),
        Gate("scope_first_violations", 0, "max"),
        Gate("wrong_document_first", 0, "max"),
        Gate("model_not_covered_rate", 0.05, "max"),
        Gate("evidence_ms_p95", 50, "max"),
    ]


# --- end to end -------------------------------------------------------------------


def golden_sample(path: Path) -> Path:
    """Two cases of each category of the golden suite, plus the two the end-to-end test reads; kept as written.
    The whole suite (125 cases, ~150 s) runs with its gates in .ci/run; this proves the path end to end."""
    lines = GOLDEN.read_text(encoding="utf-8").splitlines()
    kept, per_category = [], {}
    for line in lines:
        case = json.loads(line) if line.strip() else None
        if case is None:
            continue
        per_category[case["category"]] = per_category.get(case["category"], 0) + 1
        if per_category[case["category"]] <= 2 or case["id"] in ("salary-google", "followup-meta"):
            kept.append(line)
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return path


def test_golden_suite_runs_end_to_end_and_writes_results_summary_and_report(index_dir, tmp_path):
    out, suite = tmp_path / "golden", golden_sample(tmp_path / "golden-sample.jsonl")
    proc = run_eval(index_dir, "--suite", str(suite), "--engine", "extractive", "--out", str(out))
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Fact recall" in proc.stdout and "per category" in proc.stdout

    rows = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [c.id for c in load_suite(suite)]
    for key in ("id", "category", "question", "answer", "refused", "citations", "verdicts", "scores", "timings"):
        assert all(key in r for r in rows), key
    google = next(r for r in rows if r["id"] == "salary-google")
    assert "$204,655" in google["answer"]
    assert google["citations"][0]["section"].startswith("Salary Ranges")
    meta = next(r for r in rows if r["id"] == "followup-meta")
    assert "177,730" in meta["answer"]  # history reached the chain

    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    m = summary["metrics"]
    assert m["n"] == len(rows)
    for key in (
        "hit_at_k",
        "mrr",
        "fact_recall",
        "refusal_precision",
        "refusal_recall",
        "refusal_accuracy",
        "faithfulness_guarded",
        "unsupported_figures",
        "citation_precision",
    ):
        assert key in m
    assert set(summary["per_category"]) == CATEGORIES
    assert {"retrieve_ms", "total_ms"} <= set(summary["latency"])
    for key in ("right_row_first", "scope_first_violations", "wrong_document_first", "model_not_covered_rate"):
        assert key in m
    assert m["model_not_covered_rate"] == 0.0 and m["evidence_ms_p95"] > 0  # the extractive engine never says it

    report = (out / "report.html").read_text(encoding="utf-8")
    assert report.count("data:image/png;base64,") == 2  # scores per category, latency
    assert 'src="measures.svg"' in report and "Right row first" in (out / "measures.svg").read_text(encoding="utf-8")
    assert 'id="failing-cases"' in report
    for case_id in summary["failing"]:
        assert f'id="case-{case_id}"' in report


def test_a_gate_below_threshold_fails_the_run_and_the_report_escapes_the_failing_case(index_dir, tmp_path):
    suite = write_suite(
        tmp_path / "mini.jsonl",
        [
            {
                "id": "google",
                "category": "salary",
                "question": "How much does an AI research scientist make at Google?",
                "expect": {"facts": ["204,655"], "refuse": False, "sections": ["Salary Ranges"]},
            },
            {
                "id": "impossible",
                "category": "salary",
                "question": "<script>alert(1)</script> What does Google pay?",
                "expect": {"facts": ["999,999"], "refuse": False},
            },
        ],
    )
    out = tmp_path / "mini"
    proc = run_eval(
        index_dir,
        "--suite",
        str(suite),
        "--engine",
        "extractive",
        "--guard",
        "both",
        "--out",
        str(out),
        "--min-fact-recall",
        "0.9",
        "--max-unsupported-figures",
        "0",
    )
    assert proc.returncode == 1, proc.stderr[-3000:]
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    gates = {g["metric"]: g for g in summary["gates"]}
    assert gates["fact_recall"]["value"] == 0.5 and not gates["fact_recall"]["passed"]
    assert gates["unsupported_figures"]["passed"]
    assert summary["failing"] == ["impossible"]
    assert summary["metrics"]["faithfulness_raw"] is not None  # --guard both ran the raw answers too
    row = json.loads((out / "results.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert row["guard"] == "on" and "raw" in row
    report = (out / "report.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in report
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in report
    assert "missing facts: 999,999" in report


def test_a_missing_index_fails_with_its_actionable_message(tmp_path):
    out = tmp_path / "none"
    proc = run_eval(
        tmp_path / "empty-data", "--suite", str(GOLDEN), "--engine", "extractive", "--out", str(out), "--limit", "1"
    )
    assert proc.returncode == 2
    assert "python -m ingest" in proc.stderr
