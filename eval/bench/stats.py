"""Pure helpers of the benchmark: distributions, fairness, a stopwatch, the machine's description.

Owns how a list of timings becomes the figures bench.json reports (p50, p95,
mean, max, n; milliseconds unless a key says otherwise).
"""

from __future__ import annotations

import os
import platform
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

from eval.metrics import percentile


def dist(values: Sequence[float], digits: int = 2) -> dict[str, float | int | None]:
    """p50, p95, mean and max of ``values`` (None when empty), and how many there were."""
    vals = [float(v) for v in values]

    def r(x: float | None) -> float | None:
        return None if x is None else round(x, digits)

    return {
        "p50": r(percentile(vals, 50)),
        "p95": r(percentile(vals, 95)),
        "mean": r(sum(vals) / len(vals)) if vals else None,
        "max": r(max(vals)) if vals else None,
        "n": len(vals),
    }


def ratio(num: float | None, den: float | None, digits: int = 3) -> float | None:
    return round(num / den, digits) if num is not None and den else None


def jain(values: Sequence[float]) -> float | None:
    """Jain's fairness index: 1.0 when all equal, 1/n when one takes everything."""
    vals = [float(v) for v in values]
    if not vals or not any(vals):
        return None
    return round(sum(vals) ** 2 / (len(vals) * sum(v * v for v in vals)), 3)


def fairness(latencies_by_session: Mapping[str, Sequence[float]], solo_ms: float | None) -> dict[str, float | None]:
    """How evenly the sessions were served.

    ``max_over_mean``: the longest single wait over the mean latency.
    ``session_spread``: the slowest session's mean latency over the fastest's.
    ``share_ratio``: the longest wait over (sessions x one request served alone): at most 1.0 means
    no request waited behind more than one request of every other session.
    """
    all_ms = [v for vals in latencies_by_session.values() for v in vals]
    means = [sum(v) / len(v) for v in latencies_by_session.values() if v]
    if not all_ms:
        return {"max_over_mean": None, "session_spread": None, "jain": None, "share_ratio": None}
    mean = sum(all_ms) / len(all_ms)
    return {
        "max_over_mean": ratio(max(all_ms), mean),
        "session_spread": ratio(max(means), min(means)),
        "jain": jain(means),
        "share_ratio": ratio(max(all_ms), len(latencies_by_session) * solo_ms if solo_ms else None),
    }


@contextmanager
def stopwatch() -> Iterator[list[float]]:
    """``with stopwatch() as t: ...`` then ``t[0]`` is the elapsed seconds."""
    out: list[float] = []
    start = time.perf_counter()
    try:
        yield out
    finally:
        out.append(time.perf_counter() - start)


def machine() -> dict[str, object]:
    """CPU count and model, RAM, load average, versions: what a reader needs to compare figures."""
    import psutil

    cpu = platform.processor() or ""
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import torch

    from eval.bench.runtimes import cpu_flags

    return {
        "cpus": os.cpu_count(),
        "cpu_model": cpu,
        "cpu_flags": cpu_flags(),
        "ram_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "gpu": bool(torch.cuda.is_available()),
        "load_avg": [round(x, 2) for x in os.getloadavg()],
        "python": platform.python_version(),
        "torch": torch.__version__,
        "platform": platform.platform(),
    }
