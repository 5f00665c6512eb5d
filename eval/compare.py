"""python -m eval compare RUN_DIR... --out DIR: several `eval run` results side by side (table + bar chart).

Reads each run's summary.json (engine, guard, metrics), prints one row per
headline metric with one column per run, and writes compare.html (the table
and a grouped bar chart of the rate metrics) and compare.json. `make eval`
uses it to put the local engine beside the extractive one on the golden suite.
"""

from __future__ import annotations

import argparse
import html
import json
from pathlib import Path
from typing import Any

from eval.report import HEADLINE, _png

RATES = ("fact_recall", "answer_first", "right_row_first", "faithfulness", "refusal_accuracy", "citation_precision")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "compare", help="put several `eval run` results side by side; writes compare.html + compare.json"
    )
    p.add_argument("runs", nargs="+", type=Path, help="Folders written by `python -m eval run --out`.")
    p.add_argument("--out", type=Path, required=True, help="Folder for compare.html and compare.json.")
    p.set_defaults(func=main)


def load(run: Path) -> dict[str, Any]:
    summary = run / "summary.json"
    if not summary.is_file():
        from bot.errors import CareerbotError

        raise CareerbotError(f"{run} has no summary.json: run `python -m eval run --suite ... --out {run}` first")
    data = json.loads(summary.read_text(encoding="utf-8"))
    return {
        "name": f"{data.get('engine', run.name)} (guard {data.get('guard', '?')})",
        "run": str(run),
        "metrics": data.get("metrics", {}),
    }


def _fmt(v: object) -> str:
    return "–" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v)


def main(args: argparse.Namespace) -> int:
    runs = [load(r) for r in args.runs]
    rows = [
        (label, [r["metrics"].get(key) for r in runs])
        for key, label in HEADLINE
        if any(key in r["metrics"] for r in runs)
    ]
    width = max(len(label) for label, _ in rows)
    print(f"{'':{width}}  " + "  ".join(f"{r['name']:>22}" for r in runs))
    for label, values in rows:
        print(f"{label:{width}}  " + "  ".join(f"{_fmt(v):>22}" for v in values))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "compare.json").write_text(json.dumps({"runs": runs}, indent=2), encoding="utf-8")
    (args.out / "compare.html").write_text(page(runs, rows), encoding="utf-8")
    print(f"wrote {args.out / 'compare.html'}")
    return 0


def chart(runs: list[dict[str, Any]]) -> str:
    import numpy as np
    from matplotlib.figure import Figure

    keys = [k for k in RATES if any(r["metrics"].get(k) is not None for r in runs)]
    fig = Figure(figsize=(8, 3.6))
    ax = fig.subplots()
    xs = np.arange(len(keys))
    width = 0.8 / max(len(runs), 1)
    for i, r in enumerate(runs):
        values = [r["metrics"].get(k) or 0.0 for k in keys]
        bars = ax.bar(xs + (i - (len(runs) - 1) / 2) * width, values, width, label=r["name"])
        ax.bar_label(bars, fmt="%.2f", fontsize=8)
    ax.set_xticks(xs, [k.replace("_", " ") for k in keys])
    ax.set_ylim(0, 1.1)
    ax.legend(loc="lower left", fontsize=8)
    ax.set_title("Engines side by side (same suite)")
    return _png(fig)


def page(runs: list[dict[str, Any]], rows: list[tuple[str, list[object]]]) -> str:
    head = "".join(f"<th scope=col>{html.escape(r['name'])}</th>" for r in runs)
    body = "".join(
        f"<tr><th scope=row>{html.escape(label)}</th>" + "".join(f"<td>{_fmt(v)}</td>" for v in values) + "</tr>"
        for label, values in rows
    )
    return (
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>careerbot: engines compared</title></head>"
        f"<body><main>"
        f"<h1>Engines compared</h1>{chart(runs)}<table><thead><tr><th scope=col>metric</th>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table></main></body></html>"
    )
