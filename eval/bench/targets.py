"""The issue's targets, checked against one bench.json: pure, so the README table and the HTML agree.

Each target reads its figure from the results (None when that part did not
run, e.g. under --quick) and says whether it is met.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Target:
    name: str
    goal: str
    figure: Callable[[dict], Any]  # the measured value, or None
    met: Callable[[Any, dict], bool]
    unit: str = ""


def _get(d: Any, *path: str | int) -> Any:
    for key in path:
        if isinstance(d, dict):
            d = d.get(key)
        elif isinstance(d, list) and isinstance(key, int) and -len(d) <= key < len(d):
            d = d[key]
        else:
            return None
    return d


def _size(b: dict, which: str) -> dict | None:
    sizes = _get(b, "retrieval", "sizes") or []
    if not sizes:
        return None
    return sizes[0] if which == "smallest" else sizes[-1]


def _chosen(b: dict) -> dict | None:
    """The runtimes section's row of the runtime it chose (issue 13)."""
    name = _get(b, "runtimes", "chosen", "runtime")
    return next((r for r in _get(b, "runtimes", "rows") or [] if r.get("runtime") == name), None) if name else None


TARGETS: tuple[Target, ...] = (
    Target(
        "Chosen runtime: first token alone (engine, p50)",
        "<= 1.2 s",
        lambda b: _get(_chosen(b), "first_token_s"),
        lambda v, b: v <= 1.2,
        "s",
    ),
    Target(
        "Chosen runtime: decode, 1 stream",
        ">= 25 tok/s",
        lambda b: _get(_chosen(b), "decode_tok_s"),
        lambda v, b: v >= 25,
        "tok/s",
    ),
    Target(
        "Chosen runtime: peak RSS with the model loaded",
        "<= 3.5 GB",
        lambda b: _gb(_get(_chosen(b), "peak_rss_mb")),
        lambda v, b: v <= 3.5,
        "GB",
    ),
    Target(
        "Chosen runtime: answers whose every figure is copied from the prompt",
        "all prompts",
        lambda b: _get(_chosen(b), "exact_figures"),
        lambda v, b: v == _get(_chosen(b), "compared"),
    ),
    Target(
        "16 students at once (default runtime): longest wait before an answer starts",
        "<= 10 s",
        lambda b: _longest_start(_get(b, "runtimes", "sessions")),
        lambda v, b: v <= 10,
        "s",
    ),
    Target(
        "16 students at once (default runtime): p95 to a complete model answer",
        "<= 30 s",
        lambda b: _get(b, "runtimes", "sessions", "complete_p95_s"),
        lambda v, b: v <= 30,
        "s",
    ),
    # The chain streams verified units, so its first piece is the first verified unit
    # (issue 13: p50 <= 1.2 s, p95 <= 2.5 s).
    Target(
        "First verified unit on screen, p50 (chain)",
        "<= 1200 ms",
        lambda b: _get(b, "local", "chain_first_token_ms", "p50"),
        lambda v, b: v <= 1200,
        "ms",
    ),
    Target(
        "First verified unit on screen, p95 (chain)",
        "<= 2500 ms",
        lambda b: _get(b, "local", "chain_first_token_ms", "p95"),
        lambda v, b: v <= 2500,
        "ms",
    ),
    # Units arrive whole (and quoted lines at once), so a decode rate between the chain's pieces means nothing:
    # the bare engine's.
    Target(
        "Decode, 1 stream (bare engine, p50)",
        ">= 25 tok/s",
        lambda b: _get(b, "local", "bare_decode_tok_s", "p50"),
        lambda v, b: v >= 25,
        "tok/s",
    ),
    Target(
        "Chain overhead vs bare engine",
        "<= 1.15x",
        lambda b: _get(b, "local", "overhead_ratio"),
        lambda v, b: v <= 1.15,
        "x",
    ),
    Target(
        "Hybrid retrieval at the largest size, p95",
        "<= 25 ms",
        lambda b: _get(_size(b, "largest"), "hybrid_ms", "p95"),
        lambda v, b: v <= 25,
        "ms",
    ),
    Target(
        "(same, query embedding included)",
        "<= 25 ms",
        lambda b: _get(_size(b, "largest"), "hybrid_with_embedding_ms", "p95"),
        lambda v, b: v <= 25,
        "ms",
    ),
    Target(
        "Recall at the largest size vs smallest",
        ">= smallest",
        lambda b: _get(_size(b, "largest"), "recall"),
        lambda v, b: v >= (_get(_size(b, "smallest"), "recall") or 0),
    ),
    Target(
        "Ingest throughput vs bare encode",
        ">= 0.85x",
        lambda b: _get(b, "ingest", "throughput_ratio"),
        lambda v, b: v >= 0.85,
        "x",
    ),
    Target(
        "Unchanged re-ingest vs full ingest",
        "<= 5%",
        lambda b: _pct(_get(b, "ingest", "reingest_fraction")),
        lambda v, b: v <= 5,
        "%",
    ),
    Target(
        "Start with a cached model (fresh process to ready)",
        "<= 20 s",
        lambda b: _get(b, "local", "cold_start_cached", "ready_s"),
        lambda v, b: v <= 20,
        "s",
    ),
    Target(
        "RSS with the model loaded",
        "<= 3.5 GB",
        lambda b: _gb(_get(b, "local", "rss_after_generate_mb")),
        lambda v, b: v <= 3.5,
        "GB",
    ),
    Target(
        "16 sessions, extractive engine: errors",
        "0",
        lambda b: _get(b, "serving", "extractive", "errors"),
        lambda v, b: v == 0,
    ),
    Target(
        "16 sessions, local engine: errors", "0", lambda b: _get(b, "serving", "local", "errors"), lambda v, b: v == 0
    ),
    Target(
        "16 sessions, local engine: answers cut by the generation timeout",
        "0",
        lambda b: _get(b, "serving", "local", "timeouts"),
        lambda v, b: v == 0,
    ),
    Target(
        "16 sessions, local engine: p95 to a complete answer",
        "<= 30 s",
        lambda b: _sec(_get(b, "serving", "local", "latency_ms", "p95")),
        lambda v, b: v <= 30,
        "s",
    ),
    Target(
        "16 sessions, local engine: longest wait / (16 x one request alone)",
        "<= 1.0 (fair share)",
        lambda b: _get(b, "serving", "local", "fairness", "share_ratio"),
        lambda v, b: v <= 1.0,
        "x",
    ),
)


def _first_text(engine: str, students: int, key: str, stat: str) -> Callable[[dict], Any]:
    return lambda b: _get(b, "serving", "first_text", engine, str(students), key, stat)


# Issue 27: the first text on screen (the evidence's, before any model) over the SSE API, and the model's additions.
TARGETS += tuple(
    Target(name, goal, figure, met, "ms")
    for engine in ("extractive", "local")
    for name, goal, figure, met in (
        (
            f"First text on screen, 1 student, p50 (SSE, {engine})",
            "<= 300 ms",
            _first_text(engine, 1, "first_text_ms", "p50"),
            lambda v, b: v <= 300,
        ),
        (
            f"First text on screen, 1 student, p95 (SSE, {engine})",
            "<= 800 ms",
            _first_text(engine, 1, "first_text_ms", "p95"),
            lambda v, b: v <= 800,
        ),
        (
            f"First text on screen, first question after start (SSE, {engine})",
            "<= 800 ms",
            lambda b, engine=engine: _get(b, "serving", "first_text", engine, "first_after_start_ms"),
            lambda v, b: v <= 800,
        ),
        (
            f"First text on screen, 16 students at once, p95 (SSE, {engine})",
            "<= 1500 ms",
            _first_text(engine, 16, "first_text_ms", "p95"),
            lambda v, b: v <= 1500,
        ),
    )
) + (
    Target(
        "A model addition after the first text, 1 student, p50 (SSE, local)",
        "<= 4000 ms",
        _first_text("local", 1, "model_addition_after_first_text_ms", "p50"),
        lambda v, b: v <= 4000,
        "ms",
    ),
    Target(
        "A model addition after the first text, 1 student, p95 (SSE, local)",
        "<= 10000 ms",
        _first_text("local", 1, "model_addition_after_first_text_ms", "p95"),
        lambda v, b: v <= 10000,
        "ms",
    ),
    Target(
        "A model addition after the first text, 16 students at once, longest (SSE, local)",
        "<= 15000 ms",
        _first_text("local", 16, "model_addition_after_first_text_ms", "max"),
        lambda v, b: v <= 15000,
        "ms",
    ),
)


def _pct(x: float | None) -> float | None:
    return None if x is None else round(100 * x, 2)


def _longest_start(s: dict | None) -> float | None:
    """The longest a student waited for an answer to start: an admitted one's first token,
    or a refused one's busy reply."""
    if not s:
        return None
    return max(s.get("first_token_max_s") or 0, s.get("busy_answered_within_s") or 0)


def _sec(ms: float | None) -> float | None:
    return None if ms is None else round(ms / 1000, 2)


def _gb(mb: float | None) -> float | None:
    return None if mb is None else round(mb * 2**20 / 1e9, 2)


def check(bench: dict) -> list[dict]:
    """One row per target: name, goal, measured (None: not measured in this run), met (None likewise)."""
    rows = []
    for t in TARGETS:
        value = t.figure(bench)
        rows.append(
            {
                "target": t.name,
                "goal": t.goal,
                "measured": value,
                "unit": t.unit,
                "met": None if value is None else bool(t.met(value, bench)),
            }
        )
    return rows


def markdown(rows: list[dict]) -> str:
    lines = ["| Target | Goal | Measured | Met |", "|---|---|---|---|"]
    for r in rows:
        measured = "not measured" if r["measured"] is None else f"{r['measured']} {r['unit']}".strip()
        met = {None: "-", True: "yes", False: "**no**"}[r["met"]]
        lines.append(f"| {r['target']} | {r['goal']} | {measured} | {met} |")
    return "\n".join(lines)
