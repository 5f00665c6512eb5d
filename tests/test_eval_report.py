"""The eval report (eval/report.py): issue 26's measures, a column each, and their chart against the targets."""

from __future__ import annotations

import pytest

from eval.report import CHART_FILE, MEASURES, measure_rows, render_html, write_measures_chart


def summary(gates: list[dict] | None = None) -> dict:
    metrics = {
        "n": 4,
        "passed": 2,
        "fact_recall": 0.96,
        "refusal_accuracy": 0.75,
        "answer_first": 0.9,
        "right_row_first": 0.5,
        "scope_first_violations": 2,
        "wrong_document_first": 0,
        "model_not_covered_rate": 0.0,
        "evidence_ms_p95": 31.5,
    }
    per_category = {
        "superlative": {"n": 2, "passed": 1, "fact_recall": 1.0, "refusal_accuracy": 1.0, "answer_first": 0.5},
        "out_of_scope_place": {"n": 2, "passed": 1, "fact_recall": None, "refusal_accuracy": 0.5, "answer_first": None},
    }
    return {
        "suite": "office-test.jsonl",
        "engine": "extractive",
        "guard": "on",
        "top_k": 5,
        "metrics": metrics,
        "raw_metrics": None,
        "per_category": per_category,
        "latency": {"retrieve_ms": {"p50": 12.0, "p95": 30.0}, "total_ms": {"p50": 20.0, "p95": 40.0}},
        "gates": gates or [],
    }


def test_the_chart_file_names_each_measure_and_its_target(tmp_path):
    path = write_measures_chart(tmp_path / CHART_FILE, summary())
    svg = path.read_text(encoding="utf-8")
    assert path.stat().st_size > 0 and svg.lstrip().startswith("<?xml")
    for _, name, _, _ in MEASURES:
        assert name in svg, name
    assert "target ≥ 0.95" in svg and "target ≤ 50" in svg
    assert "out_of_scope_place" in svg and "refusal accuracy" in svg  # the per-category bars


def test_the_report_has_a_column_per_measure_and_links_the_chart():
    page = render_html([], summary())
    table = page.split('id="measures"', 1)[1].split("</table>", 1)[0]
    for _, name, _, _ in MEASURES:
        assert f"<th>{name}</th>" in table, name
    assert f'src="{CHART_FILE}"' in page and f'href="{CHART_FILE}"' in page
    assert "<td>31.5</td>" in table  # the evidence step in ms
    assert table.count("MISSED") == 3  # refusal accuracy, scope-first violations, right row first


@pytest.mark.parametrize(("threshold", "met"), [(0.4, True), (0.6, False)])
def test_a_gate_given_to_the_run_is_the_target_drawn(threshold, met):
    gate = {"metric": "right_row_first", "kind": "min", "threshold": threshold, "value": 0.5, "passed": met}
    row = next(r for r in measure_rows(summary([gate])) if r[0] == "right_row_first")
    assert row[3:] == ("min", threshold, met, True)
    assert f"gate ≥ {threshold:g}" in render_html([], summary([gate]))
