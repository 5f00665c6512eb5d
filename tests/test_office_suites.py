"""The office corpus (eval/office/, issue 26): every expected fact of its questions is written, as is, in the document
and under the section the case names, and the dev/test split is the fixed sha256 rule, not a choice per case."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUITES = ("office-dev", "office-test")


def _cases(name: str) -> list[dict]:
    return [json.loads(line) for line in (ROOT / "eval/suites" / f"{name}.jsonl").read_text().splitlines() if line]


def test_every_fact_is_in_its_document_under_its_section():
    done = subprocess.run(
        [sys.executable, "eval/office/make_suites.py", "--check"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_split_is_the_fixed_sha256_rule_and_holds_at_least_200_questions():
    cases = [c | {"file": name} for name in SUITES for c in _cases(name)]
    assert len(cases) >= 200
    for case in cases:
        even = int(hashlib.sha256(case["id"].encode()).hexdigest(), 16) % 2 == 0
        assert case["split"] == ("dev" if even else "test"), case["id"]
        assert case["file"] == f"office-{case['split']}", case["id"]
    assert len({c["id"] for c in cases}) == len(cases)
