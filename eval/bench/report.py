"""bench.html: the targets table, the plots (matplotlib, embedded as PNG) and every figure of bench.json.

Owns presentation only; the figures come from eval.bench as one dict.
"""

from __future__ import annotations

import base64
import html
import io
import json
from pathlib import Path


def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, bbox_inches="tight")
    return base64.b64encode(buf.getvalue()).decode()


def latency_plot(bench: dict) -> str | None:
    """Hybrid search, its dense and lexical parts, and bare Chroma: p50 and p95 against corpus size."""
    import matplotlib.pyplot as plt

    sizes = (bench.get("retrieval") or {}).get("sizes") or []
    if not sizes:
        return None
    x = [s["chunks"] for s in sizes]
    fig, ax = plt.subplots(figsize=(7, 4))
    for key, label, colour in (
        ("hybrid_ms", "hybrid (search)", "C0"),
        ("chroma_ms", "bare Chroma", "C1"),
        ("dense_ms", "dense part", "C2"),
        ("lexical_ms", "BM25 part", "C3"),
    ):
        ax.plot(x, [s[key]["p50"] for s in sizes], "o-", color=colour, label=f"{label} p50")
        ax.plot(x, [s[key]["p95"] for s in sizes], "o--", color=colour, alpha=0.6, label=f"{label} p95")
    ax.axhline(25, color="grey", linestyle=":", label="target p95 25 ms")
    ax.set(
        xscale="log",
        xlabel="chunks in the index",
        ylabel="latency (ms, query embedding excluded)",
        title="Retrieval latency vs corpus size",
    )
    ax.legend(fontsize=7, ncol=2)
    out = _png(fig)
    plt.close(fig)
    return out


def speed_plot(bench: dict) -> str | None:
    """Decode (and prefill) tokens/s per engine setting: chain, bare engine, fresh-process int8 and fp32."""
    import matplotlib.pyplot as plt

    local = bench.get("local") or {}
    bars: list[tuple[str, float, float]] = []  # (label, decode, prefill)
    # (no chain bar: the chain streams verified units whole, so the time between its pieces is no decode rate)
    if (local.get("bare_decode_tok_s") or {}).get("p50"):
        bars.append(("bare engine (p50)", local["bare_decode_tok_s"]["p50"], 0.0))
    for name, speed in (local.get("engine_settings") or {}).items():
        if speed:
            bars.append((f"measure(): {name}", speed["decode_tok_s"], speed["prefill_tok_s"]))
    if not bars:
        return None
    fig, ax = plt.subplots(figsize=(7, 3.5))
    labels = [b[0] for b in bars]
    ax.barh(labels, [b[1] for b in bars], color="C0", label="decode tok/s")
    ax.axvline(20, color="grey", linestyle=":", label="target decode 20 tok/s")
    for i, b in enumerate(bars):
        ax.text(b[1], i, f" {b[1]:.1f}" + (f"  (prefill {b[2]:.0f} tok/s)" if b[2] else ""), va="center", fontsize=8)
    ax.set(xlabel="tokens per second", title="Local engine speed per setting")
    ax.legend(fontsize=7, loc="lower right")
    out = _png(fig)
    plt.close(fig)
    return out


def runtimes_plot(bench: dict, folder: Path) -> str | None:
    """The runtimes section's chart (eval.bench.runtimes writes runtimes.png beside bench.json)."""
    png = folder / "runtimes.png"
    if not (isinstance(bench.get("runtimes"), dict) and bench["runtimes"].get("rows") and png.is_file()):
        return None
    return base64.b64encode(png.read_bytes()).decode()


def targets_table(rows: list[dict]) -> str:
    cells = []
    for r in rows:
        measured = "not measured" if r["measured"] is None else f"{r['measured']} {r['unit']}"
        met = {None: "-", True: "yes", False: "no"}[r["met"]]
        cells.append(
            f"<tr class='{met}'><td>{html.escape(r['target'])}</td><td>{html.escape(r['goal'])}</td>"
            f"<td>{html.escape(measured)}</td><td>{met}</td></tr>"
        )
    return "<table><tr><th>Target</th><th>Goal</th><th>Measured</th><th>Met</th></tr>" + "".join(cells) + "</table>"


def write_html(bench: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    plots = [p for p in (latency_plot(bench), speed_plot(bench), runtimes_plot(bench, path.parent)) if p]
    images = "".join(f"<p><img alt='plot' src='data:image/png;base64,{p}'></p>" for p in plots)
    machine = bench.get("machine", {})
    body = f"""<!doctype html><html><head><meta charset="utf-8"><title>careerbot bench</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:1em auto}} td,th{{border:1px solid #ccc;padding:2px 6px}}
table{{border-collapse:collapse}} tr.no td{{background:#fdd}} tr.yes td{{background:#dfd}} \
pre{{background:#f6f6f6;padding:1em;overflow:auto}}</style></head>
<body><h1>careerbot benchmark{" (--quick)" if bench.get("quick") else ""}</h1>
<p>Machine: {machine.get("cpus")} cores ({html.escape(str(machine.get("cpu_model")))}), \
{machine.get("ram_gib")} GiB RAM,
GPU: {"yes" if machine.get("gpu") else "none"}; CPU flags: {html.escape(" ".join(machine.get("cpu_flags") or []))}; \
load average at start {machine.get("load_avg")}, at end {bench.get("load_avg_end")}.
Run took {bench.get("duration_s")} s.</p>
<h2>Targets</h2>{targets_table(bench.get("targets", []))}
<h2>Plots</h2>{images}
<h2>All figures (bench.json)</h2><pre>{html.escape(json.dumps(bench, indent=1))}</pre></body></html>"""
    path.write_text(body, encoding="utf-8")
