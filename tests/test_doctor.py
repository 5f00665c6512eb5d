"""`make doctor` and `make test`'s preflight: what a new user sees on a machine that lacks something.

The preflight runs for real (`make test`, the Makefile's own recipe) with PATH
pointing at a folder that holds only a Python: no redis-server, no Chromium, no
apt-get, no sudo, so nothing can be installed. It must stop at once, before the
venv is built, with one line naming the command to run. A second run gives the
folder a scripted apt-get that "installs" the binaries, to show the install
path and that a machine with everything present gets no apt-get call at all.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bot.doctor import Check, Machine, check_python, check_venv

REPO = Path(__file__).resolve().parent.parent
MAKE = shutil.which("make")
NAMES = ["Python", "venv", "index", "model cache", "free disk", "Chromium", "Redis", "PostgreSQL", "nginx"]


def base_python() -> str:
    """A Python outside the venv: the one a fresh machine has."""
    return shutil.which("python3", path="/usr/bin:/bin") or getattr(sys, "_base_executable", sys.executable)


def bare_env(bin_dir: Path) -> dict[str, str]:
    """A PATH of ``bin_dir`` only, and none of the tests' service overrides."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAREERBOT_")}
    return env | {"PATH": str(bin_dir)}


def run_killable(argv: list[str], env: dict[str, str], timeout: float) -> subprocess.CompletedProcess:
    """Run ``argv`` in its own process group; if it outlives ``timeout`` kill the group (a preflight that did not
    stop)."""
    proc = subprocess.Popen(
        argv, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail(f"`{' '.join(argv)}` did not stop within {timeout} s")
    return subprocess.CompletedProcess(argv, proc.returncode, out, err)


@pytest.mark.skipif(MAKE is None, reason="make is the README's entry point; without it there is no `make test` to run")
def test_make_test_stops_at_once_with_one_line_when_redis_server_is_missing(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "python3").symlink_to(base_python())
    venv = tmp_path / "venv"

    result = run_killable([MAKE, "test", f"VENV={venv}"], bare_env(bin_dir), timeout=10)

    said = [line for line in result.stderr.splitlines() if line.strip() and not line.startswith("make")]
    assert result.returncode != 0
    assert len(said) == 1, result.stderr
    assert "redis-server" in said[0] and "apt-get install -y" in said[0] and "make test" in said[0]
    assert not venv.exists(), "it stopped before the 3-minute install, not after"
    assert any(line.split()[:2] == ["missing", "Redis"] for line in result.stdout.splitlines()), result.stdout


FAKE_APT = """#!/bin/sh
echo "$@" >> "{log}"
if [ "$1" = install ]; then
  for name in redis-server chromium chromedriver initdb pg_ctl; do
    printf '#!/bin/sh\\n' > "{bin}/$name"; /bin/chmod +x "{bin}/$name"
  done
fi
"""
FAKE_SUDO = """#!/bin/sh
[ "$1" = -n ] && shift
"$@"
"""


def test_preflight_installs_what_is_missing_once_and_then_calls_apt_get_no_more(tmp_path: Path) -> None:
    bin_dir, log = tmp_path / "bin", tmp_path / "apt.log"
    bin_dir.mkdir()
    for name, text in (("apt-get", FAKE_APT.format(log=log, bin=bin_dir)), ("sudo", FAKE_SUDO)):
        (bin_dir / name).write_text(text)
        (bin_dir / name).chmod(0o755)
    argv = [sys.executable, "-m", "bot", "doctor", "--install-missing", "--venv", str(REPO / ".venv")]

    first = run_killable(argv, bare_env(bin_dir), timeout=60)
    calls = log.read_text().splitlines()
    second = run_killable(argv, bare_env(bin_dir), timeout=60)

    assert first.returncode == 0, first.stderr
    assert calls[0] == "update -qq"
    assert calls[1].split()[:3] == ["install", "-y", "-qq"]
    assert {"chromium", "chromium-driver", "redis-server"} <= set(calls[1].split()[3:])
    assert "installing" in first.stdout
    assert second.returncode == 0, second.stderr
    assert log.read_text().splitlines() == calls, "everything present: no apt-get call at all"


def test_doctor_prints_one_line_per_check_and_the_fix_for_what_is_missing(tmp_path: Path) -> None:
    env = os.environ | {"CAREERBOT_DATA_DIR": str(tmp_path / "empty")}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "doctor"], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
    )

    lines = result.stdout.splitlines()[1:-1]
    assert [line[11:24].strip() for line in lines if "model (tests)" not in line] == NAMES
    index = next(line for line in lines if line[11:24].strip() == "index")
    assert index.split()[0] == "missing" and str(tmp_path / "empty") in index and "fix: `make run`" in index
    assert result.returncode == 1 and "index" in result.stdout.splitlines()[-1]


def test_an_old_python_is_named_with_the_version_to_install() -> None:
    check = check_python((3, 9, 2))
    assert not check.ok
    assert "3.11+" in check.line() and "python3.11" in check.fix


def test_a_venv_older_than_requirements_txt_is_reported_stale(tmp_path: Path) -> None:
    venv = tmp_path / ".venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").touch()
    (venv / ".installed").touch()
    requirements = tmp_path / "requirements.txt"
    requirements.write_text("x==1\n")
    os.utime(venv / ".installed", (1, 1))

    stale = check_venv(Machine(venv=venv, requirements=requirements))
    os.utime(venv / ".installed")
    fresh = check_venv(Machine(venv=venv, requirements=requirements))

    assert not stale.ok and "make install" in stale.fix
    assert fresh.ok
    assert Check("x", True, "d", "f").line().split()[0] == "ok"
