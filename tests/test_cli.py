"""python -m bot ask: the documented JSON schema, the printed sources, clear errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def ask(*args: str, data: Path, **env: str) -> subprocess.CompletedProcess:
    environ = (
        {k: v for k, v in os.environ.items() if not k.startswith("CAREERBOT_")}
        | {"CAREERBOT_DATA_DIR": str(data), "HF_HUB_OFFLINE": "1"}
        | env
    )
    return subprocess.run(
        [sys.executable, "-m", "bot", "ask", *args], cwd=REPO, capture_output=True, text=True, timeout=300, env=environ
    )


def test_json_output_has_the_documented_shape(index_dir):
    result = ask(
        "How much does an AI research scientist make at Google?", "--engine", "extractive", "--json", data=index_dir
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert {"answer", "refused", "citations", "timings"} <= set(out)
    assert "$204,655" in out["answer"] and out["refused"] is False
    assert set(out["citations"][0]) == {"n", "source", "section", "text", "title", "scope"}
    assert out["citations"][0]["source"] == "corpus/ai-ml-researcher-career-guide.md"
    assert (
        out["citations"][0]["section"]
        == "Salary Ranges (US Market, 2024) > AI Research Scientist Salaries at Top Companies"
    )
    assert set(out["timings"]) >= {
        "condense_ms",
        "retrieve_ms",
        "first_token_ms",
        "generate_ms",
        "verify_ms",
        "total_ms",
    }


def test_history_file_makes_a_follow_up(index_dir, tmp_path):
    history = tmp_path / "h.json"
    history.write_text(
        json.dumps(
            [
                {"role": "user", "content": "What does Google pay AI research scientists?"},
                {"role": "assistant", "content": "$204,655 [1]"},
            ]
        )
    )
    result = ask("And Meta?", "--history", str(history), "--engine", "extractive", data=index_dir)
    assert result.returncode == 0 and "$177,730" in result.stdout
    assert "Sources:" in result.stdout and "Top Companies" in result.stdout


def test_missing_index_prints_one_actionable_line(tmp_path):
    result = ask("What does Meta pay?", "--engine", "extractive", data=tmp_path)
    assert result.returncode == 2 and "run `python -m ingest`" in result.stderr and "Traceback" not in result.stderr


def test_broken_history_file_prints_one_actionable_line(index_dir, tmp_path):
    bad = tmp_path / "h.json"
    bad.write_text("{not json")
    result = ask("And Meta?", "--history", str(bad), "--engine", "extractive", data=index_dir)
    assert result.returncode == 2 and "history file" in result.stderr and "Traceback" not in result.stderr
