"""python -m eval judge: the verifier measured on the real labeled suite, with the issue's gates."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from eval.judge import Row, check_gates, confusion, metrics

REPO = Path(__file__).resolve().parent.parent
SUITE = REPO / "eval" / "suites" / "judge_cases.jsonl"


def _judge(out: Path, *gates: str, cases: Path = SUITE) -> subprocess.CompletedProcess:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYTHONPATH": str(REPO)}
    cmd = [
        sys.executable,
        "-m",
        "eval",
        "judge",
        "--cases",
        str(cases),
        "--out",
        str(out),
        "--split",
        "test",
        "--bootstrap",
        "200",
        *gates,
    ]
    return subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)


def test_judge_suite_meets_the_issue_targets_on_the_test_split(tmp_path: Path) -> None:
    done = _judge(
        tmp_path, "--min-balanced-accuracy", "0.95", "--min-number-recall", "0.98", "--max-false-alarm", "0.05"
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "balanced_accuracy" in done.stdout and "confusion" in done.stdout
    summary = json.loads((tmp_path / "summary.json").read_text())
    rows = [json.loads(line) for line in (tmp_path / "results.jsonl").read_text().splitlines()]
    assert summary["n"] == len(rows) >= 75
    assert {r["predicted"] for r in rows} <= {"faithful", "unfaithful"}
    assert all(r["reasons"] for r in rows if r["predicted"] == "unfaithful")
    report = (tmp_path / "report.html").read_text()
    assert "data:image/png;base64," in report and "Misjudged cases" in report  # the picture and the table of misses


def test_judge_exits_1_when_a_gate_is_not_met(tmp_path: Path) -> None:
    """A gate no result can meet (false alarms below -1) fails the run; ten test-split cases are enough to show it
    (the whole suite is scored, with the real gates, above and in .ci/run)."""
    cases = [line for line in SUITE.read_text(encoding="utf-8").splitlines() if '"split": "test"' in line][:10]
    small = tmp_path / "cases.jsonl"
    small.write_text("\n".join(cases) + "\n", encoding="utf-8")
    done = _judge(tmp_path, "--max-false-alarm", "-1", cases=small)
    assert done.returncode == 1
    assert "GATE FAILED: false_alarm" in done.stderr


def _row(label: str, predicted: str, kind: str = "number") -> Row:
    return Row("x", label, predicted, kind, "test", "planted", ())


def test_balanced_accuracy_weighs_both_classes_equally() -> None:
    rows = (
        [_row("unfaithful", "unfaithful")] * 9
        + [_row("unfaithful", "faithful")]
        + [_row("faithful", "unfaithful", "paraphrase")]
    )
    m = metrics(rows)
    assert m["recall"] == 0.9 and m["false_alarm"] == 1.0
    assert m["balanced_accuracy"] == 0.45
    assert confusion(rows) == {
        "faithful": {"faithful": 0, "unfaithful": 1},
        "unfaithful": {"faithful": 1, "unfaithful": 9},
    }
    assert check_gates({"metrics": m}, {"balanced_accuracy": 0.95, "number_recall": None, "false_alarm": None}) != []
