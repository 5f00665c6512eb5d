"""The eval run's human-facing outputs: a self-contained HTML report and a terminal table.

Owns presentation only: it reads the rows and summary eval/run.py produced
and never computes a score. The HTML embeds its charts as inline PNG
(matplotlib, no pyplot state) and escapes every string it shows, since
answers and questions are untrusted text. One chart is a file of its own,
measures.svg beside report.html (linked from it): issue 26's measures, each
against its target (the run's gate where one was given, else the issue's
target), and fact recall, refusal accuracy and answer first per category.
The SVG keeps its text as text, so it can be searched and diffed.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Mapping, Sequence
from pathlib import Path

HEADLINE: tuple[tuple[str, str], ...] = (
    ("hit_at_k", "Retrieval hit@k"),
    ("mrr", "Retrieval MRR"),
    ("fact_recall", "Fact recall"),
    ("answer_first", "Answer first (first sentence holds the figure or name)"),
    ("refusal_precision", "Refusal precision"),
    ("refusal_recall", "Refusal recall"),
    ("refusal_accuracy", "Refusal accuracy"),
    ("faithfulness", "Faithfulness (sentences supported)"),
    ("unsupported_figures", "Unsupported figures shown"),
    ("forbidden_shown", "False claims repeated"),
    ("citation_precision", "Citation precision"),
    ("fallbacks", "Fallback answers"),
    ("right_row_first", "Right row first (superlative and row-lookup cases)"),
    ("scope_first_violations", "Scope-first violations (a figure first where the case must refuse)"),
    ("wrong_document_first", "Wrong document first (the first figure cited from another document)"),
    ("model_not_covered_rate", "Model said NOT COVERED to an answerable case"),
    ("evidence_ms_p95", "Evidence step p95 ms (condense + retrieve + evidence)"),
)
CATEGORY_SCORES: tuple[tuple[str, str], ...] = (
    ("pass_rate", "pass"),
    ("fact_recall", "facts"),
    ("answer_first", "answer first"),
    ("refusal_accuracy", "refusal acc"),
    ("faithfulness", "faithful"),
    ("hit_at_k", "hit@k"),
)
# Issue 26's measures and targets: (summary key, short name, min or max, target). A gate given to the run wins.
MEASURES: tuple[tuple[str, str, str, float], ...] = (
    ("fact_recall", "Fact recall", "min", 0.95),
    ("refusal_accuracy", "Refusal accuracy", "min", 0.95),
    ("scope_first_violations", "Scope-first violations", "max", 0),
    ("wrong_document_first", "Wrong document first", "max", 0),
    ("right_row_first", "Right row first", "min", 0.95),
    ("answer_first", "Answer first", "min", 0.9),
    ("model_not_covered_rate", "Model NOT COVERED rate", "max", 0.05),
    ("evidence_ms_p95", "Evidence step p95 ms", "max", 50),
)
RATE_MEASURES = frozenset(
    {"fact_recall", "refusal_accuracy", "right_row_first", "answer_first", "model_not_covered_rate"}
)
CATEGORY_BARS: tuple[tuple[str, str], ...] = (
    ("fact_recall", "fact recall"),
    ("refusal_accuracy", "refusal accuracy"),
    ("answer_first", "answer first"),
)
CHART_FILE = "measures.svg"


def fmt(value: object) -> str:
    """A metric for people: ratios to 3 places, counts as integers, unmeasured as an en dash."""
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def fmt_ms(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def pass_rate(m: Mapping[str, object]) -> float | None:
    n = int(m.get("n") or 0)  # type: ignore[call-overload]
    return None if n == 0 else int(m.get("passed") or 0) / n  # type: ignore[call-overload]


# --- terminal ------------------------------------------------------------------


def print_summary(summary: Mapping, console: object | None = None) -> None:
    """Headline metrics with their gates, then per-category scores and latency, as rich tables."""
    from rich.console import Console
    from rich.table import Table

    con = console or Console()
    m = summary["metrics"]
    t = Table(
        title=f"careerbot eval: {summary['suite']} · engine={summary['engine']} · guard={summary['guard']} · "
        f"{m['passed']}/{m['n']} cases pass"
    )
    has_raw = bool(summary.get("raw_metrics"))
    for col in ("metric", value_label(summary), *(["raw (guard off)"] if has_raw else []), "gate", "ok"):
        t.add_column(col)
    for key, label, value, raw, gate, passed in headline_rows(summary):
        ok = "" if passed is None else "[green]pass" if passed else "[red]FAIL"
        t.add_row(label, value, *([raw] if has_raw else []), gate, ok)
    con.print(t)  # type: ignore[attr-defined]
    c = Table(title="per category")
    for col in ("category", "n", *(label for _, label in CATEGORY_SCORES)):
        c.add_column(col)
    for cat, cm in summary["per_category"].items():
        c.add_row(cat, str(cm["n"]), fmt(pass_rate(cm)), *(fmt(cm.get(k)) for k, _ in CATEGORY_SCORES[1:]))
    con.print(c)  # type: ignore[attr-defined]
    lat = Table(title="latency, ms")
    for col in ("step", "p50", "p95"):
        lat.add_column(col)
    for step, q in summary["latency"].items():
        lat.add_row(step, fmt_ms(q["p50"]), fmt_ms(q["p95"]))
    con.print(lat)  # type: ignore[attr-defined]


def value_label(summary: Mapping) -> str:
    return {"on": "value", "off": "value (guard off)", "both": "guarded (guard on)"}.get(summary["guard"], "value")


def headline_rows(summary: Mapping) -> list[tuple[str, str, str, str, str, bool | None]]:
    """(key, label, value, raw value, gate text, gate passed or None) for each headline metric."""
    m, raw = summary["metrics"], summary.get("raw_metrics") or {}
    gates = {g["metric"]: g for g in summary["gates"]}
    rows = []
    for key, label in HEADLINE:
        if key not in m:
            continue
        g = gates.get(key)
        gate = f"{'≥' if g['kind'] == 'min' else '≤'} {g['threshold']:g}" if g else ""
        show = fmt_ms if key.endswith("_ms_p95") else fmt
        rows.append((key, label, show(m[key]), show(raw[key]) if key in raw else "", gate, g["passed"] if g else None))
    return rows


def measure_rows(summary: Mapping) -> list[tuple[str, str, float | None, str, float, bool | None, bool]]:
    """(key, name, value, kind, target, met or None when unmeasured, whether the target is the run's gate)."""
    m = summary["metrics"]
    gates = {g["metric"]: g for g in summary["gates"]}
    rows = []
    for key, name, kind, target in MEASURES:
        g = gates.get(key)
        kind, target = (g["kind"], g["threshold"]) if g else (kind, target)
        value = m.get(key)
        met = None if value is None else value >= target if kind == "min" else value <= target
        rows.append((key, name, value, kind, target, met, g is not None))
    return rows


# --- charts --------------------------------------------------------------------


def _png(fig: object) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, bbox_inches="tight")  # type: ignore[attr-defined]
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    return f'<img class="chart" alt="chart" src="data:image/png;base64,{data}">'


def write_measures_chart(path: Path, summary: Mapping) -> Path:
    """measures.svg: one bar per measure against its target (dashed line), then per-category bars."""
    import matplotlib
    import numpy as np
    from matplotlib.figure import Figure

    measures = measure_rows(summary)
    fig = Figure(figsize=(2.0 * len(measures), 7.5))
    grid = fig.add_gridspec(2, len(measures), height_ratios=(1, 1.2), hspace=0.6, wspace=0.7)
    for i, (key, name, value, kind, target, met, gated) in enumerate(measures):
        ax = fig.add_subplot(grid[0, i])
        colour = "#bbbbbb" if met is None else "#2e8b57" if met else "#c0392b"
        ax.bar([0], [value or 0.0], color=colour, width=0.6)
        ax.axhline(target, color="#222222", linestyle="--", linewidth=1.2)
        top = 1.05 if key in RATE_MEASURES else max(float(value or 0.0), float(target), 1.0) * 1.3
        ax.set_ylim(0, top)
        ax.set_xticks([])
        shown = "not measured" if value is None else fmt_ms(value) if key.endswith("_ms_p95") else fmt(value)
        ax.set_title(f"{name}\n{shown}", fontsize=8)
        ax.set_xlabel(f"{'gate' if gated else 'target'} {'≥' if kind == 'min' else '≤'} {target:g}", fontsize=8)
    ax = fig.add_subplot(grid[1, :])
    cats = list(summary["per_category"])
    xs = np.arange(len(cats))
    width = 0.8 / len(CATEGORY_BARS)
    for j, (key, label) in enumerate(CATEGORY_BARS):
        values = [_score_of(summary["per_category"][c], key) for c in cats]
        ax.bar(xs + (j - (len(CATEGORY_BARS) - 1) / 2) * width, values, width, label=label)
    ax.set_xticks(xs, cats, rotation=30, ha="right", fontsize=8)
    ax.set_ylim(0, 1.05)
    ax.set_title("Per category (no bar: not measured for that category)", fontsize=10)
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    path.parent.mkdir(parents=True, exist_ok=True)
    with matplotlib.rc_context({"svg.fonttype": "none"}):  # text stays text in the SVG
        fig.savefig(path, format="svg", bbox_inches="tight")
    return path


def category_chart(per_category: Mapping[str, Mapping[str, object]]) -> str:
    """A heatmap: one row per category, one column per score, the value written in each cell (grey: not measured)."""
    import numpy as np
    from matplotlib.figure import Figure

    cats = list(per_category)
    grid = np.array([[_score_of(per_category[c], key) for key, _ in CATEGORY_SCORES] for c in cats], dtype=float)
    fig = Figure(figsize=(7, 0.42 * len(cats) + 1.4))
    ax = fig.subplots()
    ax.set_facecolor("#dddddd")
    image = ax.imshow(np.ma.masked_invalid(grid), cmap="RdYlGn", vmin=0.0, vmax=1.0, aspect="auto")
    ax.set_xticks(range(len(CATEGORY_SCORES)), [label for _, label in CATEGORY_SCORES])
    ax.set_yticks(range(len(cats)), cats)
    for (i, j), v in np.ndenumerate(grid):
        ax.text(j, i, "–" if np.isnan(v) else f"{v:.2f}", ha="center", va="center", fontsize=9)
    ax.set_title("Scores per category")
    fig.colorbar(image, ax=ax, fraction=0.04)
    return _png(fig)


def _score_of(m: Mapping[str, object], key: str) -> float:
    value = pass_rate(m) if key == "pass_rate" else m.get(key)
    return float("nan") if value is None else float(value)  # type: ignore[arg-type]


def latency_chart(rows: Sequence[Mapping], latency: Mapping[str, Mapping[str, float | None]]) -> str:
    """Left: histogram of total time per answer (log-spaced bins). Right: the summary's p50/p95 per step."""
    import numpy as np
    from matplotlib.figure import Figure

    totals = [t for r in rows if (t := r["timings"].get("total_ms")) is not None and t > 0]
    fig = Figure(figsize=(10, 3.5))
    left, right = fig.subplots(1, 2)
    if totals:
        lo, hi = max(min(totals), 0.1), max(max(totals), min(totals) * 1.01, 0.2)
        left.hist(totals, bins=np.geomspace(lo, hi, 25))
        left.set_xscale("log")
    left.set_xlabel("total ms per answer (log scale)")
    left.set_ylabel("answers")
    left.set_title("Latency per answer")
    steps = [k for k in latency if k != "total_ms"]
    p50 = [latency[s]["p50"] or 0.0 for s in steps]
    p95 = [latency[s]["p95"] or 0.0 for s in steps]
    ys = np.arange(len(steps))
    right.barh(ys - 0.2, p50, height=0.4, label="p50")
    right.barh(ys + 0.2, p95, height=0.4, label="p95")
    right.set_yticks(ys, [s.removesuffix("_ms") for s in steps])
    right.invert_yaxis()
    right.set_xlabel("ms")
    right.set_title("Per step")
    right.legend(fontsize="small")
    return _png(fig)


# --- html ----------------------------------------------------------------------

_CSS = """
body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:1em 0}\
td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}
.pass{color:#176f2c;font-weight:bold}.fail{color:#b00020;font-weight:bold}
.case{border:1px solid #ddd;border-radius:6px;padding:.6em 1em;margin:1em 0}
pre{white-space:pre-wrap;background:#f6f6f6;padding:.5em}.chart{max-width:100%}
.unsupported{background:#fde8ea}.supported{background:#e8f6ec}
"""


def e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _metrics_table(summary: Mapping) -> str:
    has_raw = bool(summary.get("raw_metrics"))
    rows = []
    for _key, label, value, raw, gate, passed in headline_rows(summary):
        ok = (
            ""
            if passed is None
            else f'<span class="{"pass" if passed else "fail"}">{"pass" if passed else "FAIL"}</span>'
        )
        raw_cell = f"<td>{e(raw)}</td>" if has_raw else ""
        rows.append(f"<tr><td>{e(label)}</td><td>{e(value)}</td>{raw_cell}<td>{e(gate)}</td><td>{ok}</td></tr>")
    raw_head = "<th>raw (guard off)</th>" if has_raw else ""
    head = f"<tr><th>metric</th><th>{e(value_label(summary))}</th>{raw_head}<th>gate</th><th></th></tr>"
    return "<table>" + head + "".join(rows) + "</table>"


def _measures_table(summary: Mapping) -> str:
    """One column per measure: its value, its target, and whether the target is met."""
    rows = measure_rows(summary)
    head = "".join(f"<th>{e(name)}</th>" for _, name, *_ in rows)
    values = "".join(f"<td>{e(fmt_ms(v) if k.endswith('_ms_p95') else fmt(v))}</td>" for k, _, v, *_ in rows)
    targets = "".join(
        f"<td>{'gate' if gated else 'target'} {'≥' if kind == 'min' else '≤'} {target:g}</td>"
        for _, _, _, kind, target, _, gated in rows
    )
    met = "".join(
        "<td>–</td>" if ok is None else f'<td class="{"pass" if ok else "fail"}">{"met" if ok else "MISSED"}</td>'
        for *_, ok, _ in rows
    )
    return (
        f"<table><tr><th></th>{head}</tr><tr><th>value</th>{values}</tr>"
        f"<tr><th>target</th>{targets}</tr><tr><th></th>{met}</tr></table>"
    )


def _category_table(summary: Mapping) -> str:
    head = "".join(f"<th>{e(x)}</th>" for x in ("category", "n", *(label for _, label in CATEGORY_SCORES)))
    body = "".join(
        f"<tr><td>{e(cat)}</td><td>{e(cm['n'])}</td><td>{e(fmt(pass_rate(cm)))}</td>"
        + "".join(f"<td>{e(fmt(cm.get(k)))}</td>" for k, _ in CATEGORY_SCORES[1:])
        + "</tr>"
        for cat, cm in summary["per_category"].items()
    )
    return f"<table><tr>{head}</tr>{body}</table>"


def _latency_table(summary: Mapping) -> str:
    body = "".join(
        f"<tr><td>{e(s)}</td><td>{e(fmt_ms(q['p50']))}</td><td>{e(fmt_ms(q['p95']))}</td></tr>"
        for s, q in summary["latency"].items()
    )
    return f"<table><tr><th>step</th><th>p50 ms</th><th>p95 ms</th></tr>{body}</table>"


def _case_html(row: Mapping) -> str:
    hist = "".join(f"<li><b>{e(t['role'])}</b>: {e(t['content'])}</li>" for t in row.get("history", []))
    fails = "".join(f"<li>{e(f)}</li>" for f in row["scores"]["failures"])
    cites = "".join(
        f"<li>[{e(c['n'])}] <i>{e(c['section'])}</i><pre>{e(c['text'])}</pre></li>" for c in row["citations"]
    )
    verdicts = "".join(
        f'<tr class="{"supported" if v["supported"] else "unsupported"}"><td>{e(v["sentence"])}</td>'
        f"<td>{e(', '.join(map(str, v['cites'])))}</td><td>{'yes' if v['supported'] else 'no'}</td>"
        f"<td>{e('; '.join(v['reasons']))}</td></tr>"
        for v in row["verdicts"]
    )
    removed = "".join(f"<li>{e(r['sentence'])} — {e(r['reason'])}</li>" for r in row.get("removed", []))
    return (
        f'<div class="case" id="case-{e(row["id"])}"><h3>{e(row["id"])} <small>({e(row["category"])})</small></h3>'
        + (f"<p>History:</p><ul>{hist}</ul>" if hist else "")
        + f"<p><b>Question:</b> {e(row['question'])}</p><p><b>Why it fails:</b></p><ul>{fails}</ul>"
        + f"<p><b>Answer</b> (refused: {e(row['refused'])}, engine: {e(row.get('engine', ''))}, "
        + f"fallback: {e(row.get('fallback'))}):</p><pre>{e(row['answer'])}</pre>"
        + (f"<p><b>Citations:</b></p><ol>{cites}</ol>" if cites else "<p>No citations.</p>")
        + (
            f"<table><tr><th>sentence</th><th>cites</th><th>supported</th><th>reasons</th></tr>{verdicts}</table>"
            if verdicts
            else "<p>No verdicts (nothing verified).</p>"
        )
        + (f"<p><b>Removed by the guard:</b></p><ul>{removed}</ul>" if removed else "")
        + "</div>"
    )


def render_html(rows: Sequence[Mapping], summary: Mapping) -> str:
    """The whole report as one self-contained HTML page."""
    failing = [r for r in rows if r["scores"]["failures"]]
    m = summary["metrics"]
    cases = "".join(_case_html(r) for r in failing) or "<p>No failing cases.</p>"
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        f"<title>careerbot eval: {e(summary['suite'])}</title><style>{_CSS}</style></head><body>"
        f"<h1>careerbot eval</h1><p>Suite {e(summary['suite'])} · engine {e(summary['engine'])} · "
        f"guard {e(summary['guard'])} · top_k {e(summary['top_k'])} · {e(m['passed'])}/{e(m['n'])} cases pass</p>"
        f'<h2 id="measures">Measures against targets</h2>{_measures_table(summary)}'
        f'<p><a href="{CHART_FILE}"><img class="chart" src="{CHART_FILE}" '
        f'alt="Each measure against its target, and scores per category"></a></p>'
        f"<h2>Metrics</h2>{_metrics_table(summary)}"
        f'<h2 id="per-category">Scores per category</h2>'
        f"{category_chart(summary['per_category'])}{_category_table(summary)}"
        f'<h2 id="latency">Latency</h2>{latency_chart(rows, summary["latency"])}{_latency_table(summary)}'
        f'<h2 id="failing-cases">Failing cases ({len(failing)})</h2>{cases}'
        "</body></html>"
    )
