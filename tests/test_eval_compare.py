"""python -m eval compare: two real `eval run` results side by side, as a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def summary(folder: Path, engine: str, fact_recall: float, answer_first: float) -> Path:
    folder.mkdir(parents=True)
    metrics = {
        "n": 3,
        "fact_recall": fact_recall,
        "answer_first": answer_first,
        "faithfulness": 1.0,
        "unsupported_figures": 0,
    }
    (folder / "summary.json").write_text(json.dumps({"engine": engine, "guard": "on", "metrics": metrics}))
    return folder


def compare(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "eval", "compare", *args], cwd=REPO, capture_output=True, text=True, timeout=120
    )


def test_two_runs_are_printed_and_drawn_side_by_side(tmp_path):
    a = summary(tmp_path / "a", "extractive", 0.924, 0.0)
    b = summary(tmp_path / "b", "local", 0.933, 0.6)
    result = compare(str(a), str(b), "--out", str(tmp_path / "cmp"))

    assert result.returncode == 0, result.stderr
    recall = next(line for line in result.stdout.splitlines() if line.startswith("Fact recall"))
    assert recall.split()[-2:] == ["0.924", "0.933"]
    page = (tmp_path / "cmp" / "compare.html").read_text()
    assert "extractive (guard on)" in page and "local (guard on)" in page and "data:image/png;base64," in page
    assert [
        r["metrics"]["answer_first"] for r in json.loads((tmp_path / "cmp" / "compare.json").read_text())["runs"]
    ] == [0.0, 0.6]


def test_a_folder_without_a_run_gets_the_command_that_makes_one(tmp_path):
    result = compare(str(tmp_path / "nothing"), "--out", str(tmp_path / "cmp"))
    assert result.returncode == 2 and "python -m eval run" in result.stderr
