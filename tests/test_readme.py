"""The README stays true: its two commands exist and are what CI runs; every documented command answers."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text()


def _block(heading: str) -> str:
    section = README.split(f"## {heading}", 1)[1]
    return re.search(r"```\n(.*?)```", section, re.S).group(1)


def test_quick_start_names_exactly_two_commands_and_the_makefile_has_them():
    commands = [line.split("#")[0].strip() for line in _block("Quick start: two commands").splitlines() if line.strip()]
    assert commands == ["make run", "make test"]
    makefile = (REPO / "Makefile").read_text()
    assert re.search(r"^run:", makefile, re.M) and re.search(r"^test:", makefile, re.M)


def test_ci_runs_the_readme_test_command():
    assert re.search(r"^make test$", (REPO / ".ci/run").read_text(), re.M)


def test_requirements_pin_torch_to_the_cpu_wheel_on_disk():
    assert "torch==2.13.0" in (REPO / "requirements.txt").read_text().splitlines()


COMMANDS = [
    line.split("#")[0].strip() for line in _block("Commands").splitlines() if line.strip().startswith("python -m")
]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_documented_command_exists(command):
    argv = shlex.split(command)
    module, sub = argv[2], [a for a in argv[3:4] if not a.startswith(("-", "[", '"'))]
    result = subprocess.run(
        [sys.executable, "-m", module, *sub, "--help"], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    for flag in re.findall(r"--[a-z-]+", command):
        assert flag in result.stdout, f"{command}: {flag} is not an option"


def test_every_dependency_in_requirements_is_explained_in_the_readme():
    deps = README.split("## Dependencies", 1)[1]
    for line in (REPO / "requirements.txt").read_text().splitlines():
        name = re.split(r"[=\[<>]", line.strip())[0]
        if name and not line.startswith("#") and not name.startswith("pandas-sns"):
            assert name.lower() in deps.lower(), f"{name} is not explained in README 'Dependencies'"
