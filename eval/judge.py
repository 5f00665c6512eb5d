"""python -m eval judge: measure the faithfulness verifier (bot/guard/verify.py) on hand-labeled answers.

Owns reading judge cases (JSONL: id, question, context, answer, label,
kind, split, source), predicting each answer's label with ``bot.guard.verify``
(unfaithful when any sentence is unsupported), and scoring the predictions:
balanced accuracy, recall per error kind, false alarms on faithful answers, a
confusion table, and seeded bootstrap 95% confidence intervals. Writes
DIR/results.jsonl and DIR/summary.json; gates make it exit 1.

A case may name a corpus folder of its own (``corpus``, relative to the repository:
the office corpus's cases say "eval/office/corpus"): it is judged with the lexicon
of the main corpus and that folder together, as the chain reads them when both are
one index.

The scoring functions are pure (lists of rows in, numbers out). "Number errors"
are the figure kinds: number, unit and year, and a table's figure said of another
row, column or pay period (row, column, period).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bot.errors import ConfigError

if TYPE_CHECKING:
    from bot.retrieval.lexicon import Lexicon

NUMBER_KINDS = ("number", "unit", "year", "row", "column", "period")
ROOT = Path(__file__).resolve().parent.parent
GATES: tuple[tuple[str, str, str], ...] = (
    ("--min-balanced-accuracy", "balanced_accuracy", "min"),
    ("--min-number-recall", "number_recall", "min"),
    ("--max-false-alarm", "false_alarm", "max"),
)


@dataclass(frozen=True)
class Row:
    """One judged case: the truth and the verifier's prediction."""

    id: str
    label: str
    predicted: str
    kind: str
    split: str
    source: str
    reasons: tuple[str, ...]


# --- the command -------------------------------------------------------------


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("judge", help="Measure the faithfulness verifier on labeled answers.")
    p.add_argument("--cases", type=Path, required=True, help="JSONL file of labeled answers.")
    p.add_argument("--out", type=Path, required=True, help="Folder for results.jsonl and summary.json.")
    p.add_argument(
        "--split",
        choices=("dev", "test", "all"),
        default="test",
        help="Which cases to score (tune on dev, report on test).",
    )
    p.add_argument(
        "--corpus",
        type=Path,
        default=None,
        help="Corpus folder, to tell invented names (default: CAREERBOT_CORPUS_DIR).",
    )
    p.add_argument("--bootstrap", type=int, default=1000, help="Bootstrap resamples for the confidence intervals.")
    p.add_argument("--seed", type=int, default=0, help="Seed of the bootstrap.")
    for flag, metric, kind in GATES:
        p.add_argument(
            flag,
            type=float,
            default=None,
            dest=metric + "_gate",
            help=f"Exit 1 when {metric} is {'below' if kind == 'min' else 'above'} this.",
        )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from bot.config import Settings

    cases = read_cases(args.cases, args.split)
    folder = Path(args.corpus or Settings().corpus_dir)
    extra = sorted({c["corpus"] for c in cases if c.get("corpus")})
    lexicons = {name: read_lexicon(folder, ROOT / name) for name in extra}
    rows = judge_cases(cases, read_lexicon(folder), lexicons)
    summary = summarize(rows, n_boot=args.bootstrap, seed=args.seed)
    summary["split"] = args.split
    write_outputs(args.out, rows, summary)
    print(format_summary(summary))
    failed = check_gates(summary, {metric: getattr(args, metric + "_gate") for _, metric, _ in GATES})
    for line in failed:
        print(f"GATE FAILED: {line}", file=sys.stderr)
    return 1 if failed else 0


# --- reading ---------------------------------------------------------------


def read_cases(path: Path, split: str) -> list[dict]:
    if not path.is_file():
        raise ConfigError(f"No judge cases at {path}: pass --cases eval/suites/judge_cases.jsonl")
    cases = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{path}:{n} is not JSON ({exc.msg}): fix that line") from exc
        missing = {"id", "context", "answer", "label"} - case.keys()
        if missing or case["label"] not in ("faithful", "unfaithful"):
            raise ConfigError(
                f"{path}:{n} needs id, context, answer and label faithful|unfaithful (missing: {sorted(missing)})"
            )
        if split == "all" or case.get("split", "test") == split:
            cases.append(case)
    return cases


def read_lexicon(*folders: Path) -> Lexicon:
    """The lexicon ingest would build from the corpus folders as one corpus (every loader: .md, .txt, .html,
    .pdf)."""
    from bot.retrieval.lexicon import build_lexicon
    from ingest.chunk import chunk_corpus
    from ingest.load import load_corpus

    docs: list = []
    for folder in folders:
        if not folder.is_dir():
            raise ConfigError(f"No corpus folder at {folder}: pass --corpus or set CAREERBOT_CORPUS_DIR")
        have = {Path(d.source).name for d in docs}  # a corpus folder that already holds the other's documents
        docs += [d for d in load_corpus(folder)[0] if Path(d.source).name not in have]
    return build_lexicon(chunk_corpus(docs))


# --- judging -----------------------------------------------------------------


def judge_cases(cases: Sequence[dict], lexicon: Lexicon, lexicons: dict[str, Lexicon] | None = None) -> list[Row]:
    """Each case's answer verified against its context; ``lexicon``: the corpus's (``read_lexicon``); ``lexicons``:
    the one of each case ``corpus`` named beside it."""
    from tqdm import tqdm

    from bot.guard.verify import verify

    rows = []
    for case in tqdm(cases, desc="judge", unit="case", file=sys.stderr, disable=None):
        verdicts = verify(case["answer"], case["context"], (lexicons or {}).get(case.get("corpus", ""), lexicon))
        bad = [f"{v.sentence[:80]!r}: {r}" for v in verdicts if not v.supported for r in v.reasons]
        rows.append(
            Row(
                case["id"],
                case["label"],
                "unfaithful" if bad else "faithful",
                case.get("kind", ""),
                case.get("split", ""),
                case.get("source", ""),
                tuple(bad),
            )
        )
    return rows


# --- scoring (pure) ----------------------------------------------------------


def _rate(hits: int, total: int) -> float | None:
    return hits / total if total else None


def metrics(rows: Sequence[Row]) -> dict[str, float | None]:
    """Balanced accuracy, unfaithful recall, false-alarm rate and number-error recall of ``rows``."""
    pos = [r for r in rows if r.label == "unfaithful"]
    neg = [r for r in rows if r.label == "faithful"]
    recall = _rate(sum(r.predicted == "unfaithful" for r in pos), len(pos))
    false_alarm = _rate(sum(r.predicted == "unfaithful" for r in neg), len(neg))
    specificity = None if false_alarm is None else 1 - false_alarm
    parts = [x for x in (recall, specificity) if x is not None]
    numbers = [r for r in pos if r.kind in NUMBER_KINDS]
    return {
        "balanced_accuracy": sum(parts) / len(parts) if parts else None,
        "recall": recall,
        "false_alarm": false_alarm,
        "number_recall": _rate(sum(r.predicted == "unfaithful" for r in numbers), len(numbers)),
        "accuracy": _rate(sum(r.label == r.predicted for r in rows), len(rows)),
    }


def recall_by_kind(rows: Sequence[Row]) -> dict[str, dict[str, float | int | None]]:
    """For unfaithful answers: recall per error kind. For faithful ones: the false-alarm rate per kind."""
    out: dict[str, dict[str, float | int | None]] = {}
    for label, hit in (("unfaithful", "unfaithful"), ("faithful", "unfaithful")):
        for kind in sorted({r.kind for r in rows if r.label == label}):
            group = [r for r in rows if r.label == label and r.kind == kind]
            rate = _rate(sum(r.predicted == hit for r in group), len(group))
            out[f"{label}/{kind}"] = {"n": len(group), ("recall" if label == "unfaithful" else "false_alarm"): rate}
    return out


def confusion(rows: Sequence[Row]) -> dict[str, dict[str, int]]:
    labels = ("faithful", "unfaithful")
    return {t: {p: sum(r.label == t and r.predicted == p for r in rows) for p in labels} for t in labels}


def bootstrap(
    rows: Sequence[Row], metric: Callable[[Sequence[Row]], dict[str, float | None]], n: int, seed: int
) -> dict[str, tuple[float, float] | None]:
    """Percentile 95% intervals of each metric, resampling cases with replacement."""
    rng = random.Random(seed)
    samples: dict[str, list[float]] = {}
    for _ in range(n):
        draw = [rows[rng.randrange(len(rows))] for _ in rows] if rows else []
        for name, value in metric(draw).items():
            if value is not None:
                samples.setdefault(name, []).append(value)
    out: dict[str, tuple[float, float] | None] = {}
    for name in metric(rows):
        vals = sorted(samples.get(name, []))
        out[name] = (vals[int(0.025 * (len(vals) - 1))], vals[int(0.975 * (len(vals) - 1))]) if vals else None
    return out


def summarize(rows: Sequence[Row], n_boot: int = 1000, seed: int = 0) -> dict:
    return {
        "n": len(rows),
        "n_faithful": sum(r.label == "faithful" for r in rows),
        "n_unfaithful": sum(r.label == "unfaithful" for r in rows),
        "metrics": metrics(rows),
        "ci95": bootstrap(rows, metrics, n_boot, seed),
        "by_kind": recall_by_kind(rows),
        "by_source": {s: metrics([r for r in rows if r.source == s]) for s in sorted({r.source for r in rows})},
        "confusion": confusion(rows),
    }


def check_gates(summary: dict, gates: dict[str, float | None]) -> list[str]:
    failed = []
    for _, metric, kind in GATES:
        limit, value = gates.get(metric), summary["metrics"].get(metric)
        if limit is None:
            continue
        if value is None or (value < limit if kind == "min" else value > limit):
            failed.append(f"{metric} = {value} ({'min' if kind == 'min' else 'max'} {limit})")
    return failed


# --- output ----------------------------------------------------------------


def write_outputs(out: Path, rows: Sequence[Row], summary: dict) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with (out / "results.jsonl").open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(
                json.dumps(
                    {
                        "id": r.id,
                        "label": r.label,
                        "predicted": r.predicted,
                        "reasons": list(r.reasons),
                        "kind": r.kind,
                        "split": r.split,
                        "source": r.source,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    (out / "summary.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    (out / "report.html").write_text(report_html(rows, summary), encoding="utf-8")


def judge_chart(summary: dict) -> str:
    """The confusion table as a heatmap beside recall / false-alarm rate per kind."""
    from matplotlib.figure import Figure

    from eval.report import _png

    labels = ("faithful", "unfaithful")
    grid = [[summary["confusion"][t][p] for p in labels] for t in labels]
    kinds = list(summary["by_kind"].items())
    fig = Figure(figsize=(11, max(3.0, 0.32 * len(kinds) + 1)), layout="constrained")
    ax, bx = fig.subplots(1, 2, gridspec_kw={"width_ratios": [1, 2]})
    ax.imshow(grid, cmap="Blues")
    ax.set_xticks([0, 1], [f"judged\n{x}" for x in labels])
    ax.set_yticks([0, 1], [f"labelled\n{x}" for x in labels])
    for i in range(2):
        for j in range(2):
            ax.text(j, i, str(grid[i][j]), ha="center", va="center", fontsize=14, color="black" if i != j else "white")
    ax.set_title("confusion (test split)" if summary.get("split") == "test" else "confusion")
    names = [k for k, _ in kinds]
    values = [v.get("recall", v.get("false_alarm")) or 0.0 for _, v in kinds]
    colours = ["#2563eb" if k.startswith("unfaithful") else "#dc2626" for k in names]
    bx.barh(range(len(names)), values, color=colours)
    bx.set_yticks(range(len(names)), [f"{k} (n={v['n']})" for k, v in kinds], fontsize=8)
    bx.set_xlim(0, 1)
    bx.invert_yaxis()
    bx.set_title("blue: recall per error kind (want 1) / red: false alarms per faithful kind (want 0)", fontsize=9)
    return _png(fig)


def report_html(rows: Sequence[Row], summary: dict) -> str:
    from eval.report import e

    m, ci = summary["metrics"], summary["ci95"]
    metric_rows = "".join(
        f"<tr><td>{e(k)}</td><td>{_fmt(v)}</td>"
        f"<td>{e('' if ci.get(k) is None else f'{ci[k][0]:.3f}-{ci[k][1]:.3f}')}</td></tr>"
        for k, v in m.items()
    )
    wrong = [r for r in rows if r.label != r.predicted]
    wrong_rows = (
        "".join(
            f"<tr><td>{e(r.id)}</td><td>{e(r.label)}</td><td>{e(r.predicted)}</td><td>{e(r.kind)}</td>"
            f"<td>{e('; '.join(r.reasons))}</td></tr>"
            for r in wrong
        )
        or '<tr><td colspan="5">none</td></tr>'
    )
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>careerbot judge validation</title>
<style>body{{font-family:sans-serif;max-width:1100px;margin:2em auto}}td,th{{border:1px solid #ddd;padding:4px 8px}}
table{{border-collapse:collapse;margin:1em 0}}.chart{{max-width:100%}}</style></head><body>
<h1>Judge validation: the sentence verifier against labelled answers</h1>
<p>{summary["n"]} cases ({summary["n_faithful"]} faithful, {summary["n_unfaithful"]} unfaithful), \
split {e(summary.get("split", "?"))}.</p>
{judge_chart(summary)}
<table><tr><th>metric</th><th>value</th><th>95% bootstrap CI</th></tr>{metric_rows}</table>
<h2>Misjudged cases</h2>
<table><tr><th>id</th><th>label</th><th>judged</th><th>kind</th><th>reasons</th></tr>{wrong_rows}</table>
</body></html>"""


def _fmt(x: float | None) -> str:
    return "  n/a" if x is None else f"{x:.3f}"


def format_summary(summary: dict) -> str:
    m, ci, c = summary["metrics"], summary["ci95"], summary["confusion"]
    lines = [
        f"judge: {summary['n']} cases ({summary['n_faithful']} faithful, {summary['n_unfaithful']} unfaithful), "
        f"split={summary.get('split', '?')}"
    ]
    for name in ("balanced_accuracy", "recall", "number_recall", "false_alarm", "accuracy"):
        interval = ci.get(name)
        band = f"  [95% CI {interval[0]:.3f}-{interval[1]:.3f}]" if interval else ""
        lines.append(f"  {name:<18} {_fmt(m[name])}{band}")
    lines.append("  recall per error kind / false alarms per faithful kind:")
    for key, v in summary["by_kind"].items():
        rate = v.get("recall", v.get("false_alarm"))
        lines.append(f"    {key:<28} n={v['n']:<3} {'recall' if 'recall' in v else 'false alarm'} {_fmt(rate)}")
    lines.append("  confusion (rows: label, columns: predicted)")
    lines.append(f"    {'':<12} {'faithful':>10} {'unfaithful':>11}")
    for t in ("faithful", "unfaithful"):
        lines.append(f"    {t:<12} {c[t]['faithful']:>10} {c[t]['unfaithful']:>11}")
    return "\n".join(lines)
