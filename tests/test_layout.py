"""The floor plan: the stack bottom up (foundations -> retrieval -> guard -> evidence -> engines -> chain -> web, the
office's data beside it, ingest on top of retrieval), read from the code's own imports."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 500


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for pkg in ("bot", "ingest") for p in sorted((ROOT / pkg).rglob("*.py"))}


def _imports(path: Path, known: dict[str, Path]) -> set[str]:
    """Every module of ours that ``path`` imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        found |= {name for name in names if name in known}
    found.discard(_module_name(path))
    return found


def _graph() -> dict[str, set[str]]:
    known = _modules()
    return {name: _imports(path, known) for name, path in known.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in graph:
        if v not in index:
            visit(v)
    return out


def test_no_import_circles():
    graph = _graph()
    # a package's __init__ importing its own submodule lazily is the factory, not a circle back up
    assert _cycles(graph) == []


def test_bot_never_imports_ingest():
    offenders = {
        m: sorted(d)
        for m, d in _graph().items()
        if m.startswith("bot") and any(x == "ingest" or x.startswith("ingest.") for x in d)
    }
    assert offenders == {}


@pytest.mark.parametrize(
    "lower, upper",
    [
        ("bot.retrieval", "bot.evidence"),
        ("bot.retrieval", "bot.guard"),
        ("bot.retrieval", "bot.engines"),
        ("bot.guard", "bot.evidence"),
        ("bot.guard", "bot.engines"),
        ("bot.evidence", "bot.engines"),
        ("bot.retrieval", "bot.chain"),
        ("bot.guard", "bot.chain"),
        ("bot.evidence", "bot.chain"),
        ("bot.engines", "bot.chain"),
        ("bot.office", "bot.chain"),
        ("bot.office", "bot.web"),
        ("bot.chain", "bot.web"),
    ],
)
def test_no_arrow_points_back_up(lower: str, upper: str):
    """A module of a lower layer never imports one of a higher layer."""
    back = {
        m: sorted(up)
        for m, deps in _graph().items()
        if m.startswith(lower)
        if (up := {x for x in deps if x == upper or x.startswith(upper + ".")})
    }
    assert back == {}


def test_no_module_of_bot_is_over_500_lines():
    long = {
        str(p.relative_to(ROOT)): n
        for p in (ROOT / "bot").rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_importing_the_engines_loads_no_model_runtime():
    code = (
        "import sys, bot.engines, bot.chain; "
        "print(sorted(m for m in ('torch', 'transformers', 'ctranslate2', 'onnxruntime_genai') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
