"""`python -m bot doctor`: is this machine ready for `make run` and `make test`? One line per check, in seconds.

Checks the Python version, the venv, the index, the model cache, free disk,
Chromium, Redis, PostgreSQL and nginx, and prints ``ok`` or ``missing`` with the
command that fixes it. Standard library only (settings are read when the venv
is there), so the system ``python3`` can run it before the venv exists:
``make test`` runs it first with ``--install-missing``, which installs the
Debian packages the tests use (``apt-get`` as root, ``sudo apt-get`` when sudo
may be used) or stops at once with one line naming the command to run.

What counts as present: a command on PATH (``redis-server``, ``chromium``,
``chromedriver``), PostgreSQL's ``initdb``/``pg_ctl`` (Debian keeps them in
/usr/lib/postgresql/N/bin), or the test suite's override variables
``CAREERBOT_TEST_REDIS_URL`` / ``CAREERBOT_TEST_POSTGRES_URL`` pointing at a
server that answers. Shortcut: the index check looks for Chroma's file, not
whether the corpus changed since (``make run`` re-ingests when it did).
"""

from __future__ import annotations

import glob
import importlib.util
import os
import pwd
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

MIN_PYTHON = (3, 11)
GB = 1 << 30
VENV_BYTES = 4 * GB  # torch CPU, transformers, chromadb, gradio, the packaged model parts
MODEL_BYTES = 3 * GB  # the reassembled GGUF (0.5 GB) and its fp32 safetensors copy (2 GB)
SPARE_BYTES = 1 * GB

Which = Callable[[str], "str | None"]  # quoted: this module must still run (and say so) on an old Python


@dataclass(frozen=True)
class Check:
    """One line of the report; ``packages`` are the Debian packages that fix it (system checks only)."""

    name: str
    ok: bool
    detail: str
    fix: str = ""
    packages: tuple[str, ...] = ()
    needed_by_tests: bool = False

    def line(self) -> str:
        status = "ok" if self.ok else "missing"
        fix = f" -> fix: {self.fix}" if self.fix and not self.ok else ""
        return f"  {status:<8} {self.name:<13} {self.detail}{fix}"


@dataclass(frozen=True)
class Machine:
    """What the checks look at; the defaults are this process's machine (tests pass their own PATH)."""

    venv: Path = Path(".venv")
    requirements: Path = Path("requirements.txt")
    env: dict[str, str] = field(default_factory=lambda: dict(os.environ))
    euid: int = field(default_factory=os.geteuid)

    def which(self, name: str) -> str | None:
        return shutil.which(name, path=self.env.get("PATH", os.defpath))


def apt_hint(packages: Sequence[str], euid: int) -> str:
    return f"{'' if euid == 0 else 'sudo '}apt-get install -y {' '.join(packages)}"


# --- the checks ----------------------------------------------------------------------------------


def check_python(version: tuple[int, ...] = tuple(sys.version_info[:3])) -> Check:
    found = ".".join(map(str, version))
    if tuple(version[:2]) >= MIN_PYTHON:
        return Check("Python", True, f"{found} ({sys.executable})", needed_by_tests=True)
    want = ".".join(map(str, MIN_PYTHON))
    return Check(
        "Python",
        False,
        f"{found}, careerbot needs {want}+",
        f"install python{want} and run `make test PYTHON=python{want}`",
        needed_by_tests=True,
    )


def check_venv(m: Machine) -> Check:
    python, stamp = m.venv / "bin" / "python", m.venv / ".installed"
    if python.exists() and stamp.exists():
        if m.requirements.exists() and stamp.stat().st_mtime < m.requirements.stat().st_mtime:
            return Check(
                "venv",
                False,
                f"{m.venv}: requirements.txt changed since the last install",
                "`make install` (make run and make test do it)",
            )
        return Check("venv", True, f"{m.venv} (requirements installed)")
    if importlib.util.find_spec("ensurepip") is None:  # Debian splits `python3 -m venv` into python3-venv
        return Check(
            "venv",
            False,
            f"{m.venv} not built, and this Python cannot make venvs",
            apt_hint(["python3-venv"], m.euid),
            packages=("python3-venv",),
            needed_by_tests=True,
        )
    return Check("venv", False, f"{m.venv} not built yet", "`make install` (make run and make test do it, ~3 min once)")


def _settings() -> tuple[object | None, Check | None]:
    """The app's Settings, or None without the venv (pydantic-settings lives there) or with an invalid variable."""
    try:
        from pydantic import ValidationError

        from bot.config import Settings
    except ImportError:
        return None, None
    try:
        return Settings(), None
    except ValidationError as exc:
        first = exc.errors()[0]
        name = f"CAREERBOT_{'_'.join(map(str, first['loc'])).upper()}"
        return None, Check("settings", False, f"{name}: {first['msg']}", f"correct or unset {name}")


def check_index(settings: object | None, unchecked: str = "no venv yet") -> Check:
    if settings is None:
        return Check("index", False, f"not checked: {unchecked}", "`make run` (installs, ingests, serves)")
    if url := getattr(settings, "chroma_url", None):
        reachable = _reachable(url)
        return Check(
            "index",
            reachable,
            f"Chroma server {url} {'answers' if reachable else 'does not answer'}",
            f"start it (`chroma run --port {urlsplit(url).port or 8000}`) or unset CAREERBOT_CHROMA_URL",
        )
    path = settings.chroma_path
    if (path / "chroma.sqlite3").is_file():
        return Check("index", True, f"{path}")
    return Check("index", False, f"no index at {path}", "`make run` (ingests first) or `python -m ingest`")


def check_model_cache(settings: object | None, test_cache: str | None = None, unchecked: str = "no venv yet") -> Check:
    from bot.engines.model_store import cache_is_complete, converted_dir

    if test_cache:
        cache = Path(test_cache) / "models"
        name, fix = "model (tests)", "built by the first local-model test (~80 s once)"
    elif settings is None:
        return Check(
            "model cache", False, f"not checked: {unchecked}", "`make run` builds it on first start (~80 s once)"
        )
    elif getattr(settings, "engine", "local") != "local":
        return Check("model cache", True, f"not needed (engine {settings.engine})")
    else:
        cache = settings.model_cache_dir
        name, fix = "model cache", "`make run` builds it on first start (~80 s once, progress bar)"
    model_dir = converted_dir(cache)
    if cache_is_complete(model_dir):
        return Check(name, True, f"{model_dir}")
    return Check(name, False, f"no converted model in {cache}", fix)


def check_disk(path: Path, venv_ok: bool, model_ok: bool) -> Check:
    free = shutil.disk_usage(path if path.exists() else Path.cwd()).free
    need = SPARE_BYTES + (0 if venv_ok else VENV_BYTES) + (0 if model_ok else MODEL_BYTES)
    detail = f"{free / GB:.1f} GB free, ~{need / GB:.0f} GB needed for what is still to build"
    return Check("free disk", free >= need, detail, f"free {(need - free) / GB:.1f} GB on {path.resolve()}")


def check_chromium(m: Machine) -> Check:
    found = {name: m.which(name) for name in ("chromium", "chromedriver")}
    if all(found.values()):
        return Check("Chromium", True, f"{found['chromium']}, {found['chromedriver']}", needed_by_tests=True)
    absent = [n for n, p in found.items() if not p]
    pkgs = ("chromium", "chromium-driver")
    return Check(
        "Chromium",
        False,
        f"{' and '.join(absent)} not found (browser tests)",
        apt_hint(pkgs, m.euid),
        packages=pkgs,
        needed_by_tests=True,
    )


def check_redis(m: Machine) -> Check:
    if url := m.env.get("CAREERBOT_TEST_REDIS_URL"):
        return _service_url_check("Redis", url, "CAREERBOT_TEST_REDIS_URL")
    if path := m.which("redis-server"):
        return Check("Redis", True, path, needed_by_tests=True)
    return Check(
        "Redis",
        False,
        "redis-server not found (scale-out and fault tests)",
        apt_hint(["redis-server"], m.euid),
        packages=("redis-server",),
        needed_by_tests=True,
    )


def check_nginx(m: Machine) -> Check:
    path = m.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if path:
        return Check("nginx", True, path, needed_by_tests=True)
    return Check(
        "nginx",
        False,
        "nginx not found (the reverse-proxy test of the README's nginx block)",
        apt_hint(["nginx"], m.euid),
        packages=("nginx",),
        needed_by_tests=True,
    )


def postgres_bin(name: str, which: Which = shutil.which) -> str | None:
    """Debian keeps initdb and pg_ctl in /usr/lib/postgresql/<version>/bin, off PATH: the newest there, else PATH."""
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(Path(p).parts[-3]))
    return found[-1] if found else which(name)


def check_postgres(m: Machine) -> Check:
    if url := m.env.get("CAREERBOT_TEST_POSTGRES_URL"):
        return _service_url_check("PostgreSQL", url, "CAREERBOT_TEST_POSTGRES_URL")
    initdb, pg_ctl = postgres_bin("initdb", m.which), postgres_bin("pg_ctl", m.which)
    fix = apt_hint(["postgresql"], m.euid)
    if not (initdb and pg_ctl):
        return Check(
            "PostgreSQL",
            False,
            "initdb/pg_ctl not found (scale-out and fault tests)",
            fix,
            packages=("postgresql",),
            needed_by_tests=True,
        )
    if m.euid == 0 and not _user_exists("postgres"):  # as root the tests run initdb as the `postgres` user
        return Check(
            "PostgreSQL",
            False,
            "no `postgres` user to run initdb as (running as root)",
            fix,
            packages=("postgresql",),
            needed_by_tests=True,
        )
    return Check("PostgreSQL", True, str(Path(initdb).parent), needed_by_tests=True)


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


DEFAULT_PORTS = {"redis": 6379, "postgresql": 5432, "http": 80, "https": 443}


def _reachable(url: str, timeout: float = 1.0) -> bool:
    parts = urlsplit(url)
    port = parts.port or DEFAULT_PORTS.get(parts.scheme.split("+")[0], 80)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", port), timeout=timeout):
            return True
    except OSError:
        return False


def _service_url_check(name: str, url: str, variable: str) -> Check:
    shown = urlsplit(url)._replace(netloc=urlsplit(url).netloc.rsplit("@", 1)[-1]).geturl()  # no password in the report
    if _reachable(url):
        return Check(name, True, f"{variable}={shown} answers", needed_by_tests=True)
    return Check(
        name,
        False,
        f"{variable}={shown} does not answer",
        f"start that server or unset {variable}",
        needed_by_tests=True,
    )


def run_checks(m: Machine) -> list[Check]:
    settings, invalid = _settings()
    python, venv = check_python(), check_venv(m)
    why = "settings invalid" if invalid else "no venv yet"
    index, model = check_index(settings, why), check_model_cache(settings, unchecked=why)
    checks = [python, venv, *([invalid] if invalid else []), index, model]
    if test_cache := m.env.get("CAREERBOT_TEST_MODEL_CACHE"):
        checks.append(check_model_cache(settings, test_cache))
    checks.append(check_disk(m.venv.parent, venv.ok, model.ok))
    return [*checks, check_chromium(m), check_redis(m), check_postgres(m), check_nginx(m)]


# --- make test's preflight: install what the tests need, or stop with one line ----------------------


def install_prefix(m: Machine, interactive: bool) -> list[str] | None:
    """How this process may run apt-get: as root, through sudo (passwordless, or asking on a terminal), or not."""
    apt = m.which("apt-get")
    if not apt:
        return None
    if m.euid == 0:
        return [apt]
    sudo = m.which("sudo")
    if sudo and (interactive or subprocess.run([sudo, "-n", "true"], capture_output=True).returncode == 0):
        return [sudo, apt]
    return None


def stop_line(packages: Sequence[str], m: Machine) -> str:
    return (
        f"careerbot: make test needs the Debian packages {' '.join(packages)}: "
        f"run `{apt_hint(packages, m.euid)}`, then `make test` again"
    )


def install(packages: Sequence[str], prefix: list[str], m: Machine) -> bool:
    print(
        f"careerbot: installing {' '.join(packages)} with {' '.join(Path(p).name for p in prefix)} (once)", flush=True
    )
    env = {**m.env, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*prefix, "update", "-qq"], env=env, stdout=subprocess.DEVNULL)  # a fresh machine has no lists
    done = subprocess.run([*prefix, "install", "-y", "-qq", *packages], env=env, stdout=subprocess.DEVNULL)
    return done.returncode == 0


def preflight(checks: list[Check], m: Machine, interactive: bool) -> int:
    """0 when the tests have what they need (after installing it if possible), else 1 after one line on stderr."""
    python = next(c for c in checks if c.name == "Python")
    if not python.ok:
        print(f"careerbot: {python.detail}: {python.fix}", file=sys.stderr)
        return 1
    missing = list(dict.fromkeys(p for c in checks if c.needed_by_tests and not c.ok for p in c.packages))
    unfixable = [c for c in checks if c.needed_by_tests and not c.ok and not c.packages]
    if unfixable:
        print(
            f"careerbot: make test cannot start: {unfixable[0].name} {unfixable[0].detail}: {unfixable[0].fix}",
            file=sys.stderr,
        )
        return 1
    if not missing:
        return 0
    prefix = install_prefix(m, interactive)
    if prefix is None or not install(missing, prefix, m):
        print(stop_line(missing, m), file=sys.stderr)
        return 1
    still = [p for c in run_checks(m) if c.needed_by_tests and not c.ok for p in c.packages]
    if still:
        print(stop_line(still, m), file=sys.stderr)
        return 1
    return 0


def main(venv: Path = Path(".venv"), install_missing: bool = False) -> int:
    m = Machine(venv=venv)
    print(
        "careerbot doctor"
        + (
            " (make test needs Python, Chromium, Redis, PostgreSQL and nginx; "
            "it builds the venv, and the tests their own index and model cache)"
            if install_missing
            else ""
        )
    )
    checks = run_checks(m)
    for check in checks:
        print(check.line(), flush=True)
    if install_missing:
        return preflight(checks, m, interactive=sys.stdin.isatty())
    missing = [c.name for c in checks if not c.ok]
    print(f"{len(missing)} missing ({', '.join(missing)}): each line says its fix" if missing else "all ready")
    return 1 if missing else 0
