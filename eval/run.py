"""python -m eval run: drive bot.answer over a suite of cases and score it.

Owns reading a suite (JSONL, one case a line), running each case through the
same ``bot.answer`` the web app uses (history fed in, one Runtime built once
and reused), verifying every answer with bot.guard.verify, and writing
DIR/results.jsonl, DIR/summary.json, DIR/report.html and DIR/measures.svg
(issue 26's measures against their targets). Scores are computed
by eval/metrics.py (pure); the report by eval/report.py.

Shortcuts it takes: each answer is verified against its cited passages
(numbered as the citations are) followed by the other retrieved passages, so
an uncited sentence is checked against everything retrieved, and the corpus
is the index's chunk text (what the chain's guard uses). A refusal with no
citations is not verified sentence by sentence; its figures must occur in the
corpus. Citation precision re-verifies each sentence against each passage it
cites, alone. A case that crashes (a bug, not a CareerbotError) is recorded
with its traceback, fails, and makes the run exit non-zero; the other cases
still run. With ``--guard both`` each case is generated once with the guard on;
decoding is greedy, so the raw (guard-off) answer is that run's pre-guard text
(``Outcome.raw_text``), cited and scored on its own. The guarded run is scored
and gated, the raw run's scores sit beside it (summary.json "raw_metrics",
each row's "raw").
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.errors import ConfigError
from bot.types import Outcome as ChainOutcome  # eval.metrics has its own Outcome (a scored case)
from bot.types import Turn
from eval.attacks import attack_failures, attack_scores, attack_totals
from eval.metrics import (
    Expect,
    Gate,
    Outcome,
    aggregate,
    check_gates,
    evidence_ms_p95,
    latency_summary,
    measure_scores,
    score_case,
    strip_markers,
)

GATE_FLAGS: tuple[tuple[str, str, str], ...] = (
    # (flag, metric, kind)
    ("--min-fact-recall", "fact_recall", "min"),
    ("--min-answer-first", "answer_first", "min"),
    ("--min-refusal-accuracy", "refusal_accuracy", "min"),
    ("--min-faithfulness", "faithfulness", "min"),
    ("--max-unsupported-figures", "unsupported_figures", "max"),
    ("--min-hit-at-k", "hit_at_k", "min"),
    ("--min-citation-precision", "citation_precision", "min"),
    ("--max-forbidden-shown", "forbidden_shown", "max"),
    ("--max-prompt-leaks", "prompt_leaks", "max"),  # eval/attacks.py
    ("--max-foreign-figures", "foreign_figures", "max"),
    ("--max-live-markup", "live_markup", "max"),
    ("--min-right-row-first", "right_row_first", "min"),  # issue 26: many documents side by side
    ("--max-scope-first-violations", "scope_first_violations", "max"),
    ("--max-wrong-document-first", "wrong_document_first", "max"),
    ("--max-model-not-covered-rate", "model_not_covered_rate", "max"),
    ("--max-evidence-ms-p95", "evidence_ms_p95", "max"),
)


@dataclass(frozen=True)
class Case:
    """One line of a suite."""

    id: str
    category: str
    question: str
    history: tuple[Turn, ...]
    expect: Expect
    doc: str = ""  # the file that answers the case (office suites); "" when the suite does not say


# --- the command -------------------------------------------------------------


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("run", help="Run bot.answer over a suite of cases, score it, write a report.")
    p.add_argument("--suite", type=Path, required=True, help="JSONL file of cases.")
    p.add_argument("--out", type=Path, required=True, help="Folder for results.jsonl, summary.json, report.html.")
    p.add_argument(
        "--engine", choices=("local", "openai", "extractive"), help="Answer engine (default: CAREERBOT_ENGINE)."
    )
    p.add_argument(
        "--guard", choices=("on", "off", "both"), default="on", help="Faithfulness guard; both runs each case twice."
    )
    p.add_argument("--limit", type=int, help="Run only the first N cases.")
    for flag, metric, kind in GATE_FLAGS:
        p.add_argument(
            flag,
            type=float,
            dest=f"gate_{metric}",
            help=f"Exit non-zero when {metric} is {'below' if kind == 'min' else 'above'} this.",
        )
    p.set_defaults(func=main)


def main(args: argparse.Namespace) -> int:
    from bot.config import Settings

    settings = Settings()
    if args.engine:
        settings = settings.model_copy(update={"engine": args.engine})
    cases = load_suite(args.suite)[: args.limit]
    gates = gates_from_args(args)
    summary = run_suite(cases, settings, guard=args.guard, out=args.out, gates=gates, suite=str(args.suite))
    from eval.report import print_summary

    print_summary(summary)
    for case_id, error in summary["errors"].items():
        print(f"error: case {case_id} crashed: {error} (traceback in {args.out / 'results.jsonl'})", file=sys.stderr)
    return exit_code(summary)


def gates_from_args(args: argparse.Namespace) -> list[Gate]:
    """The gates asked for on the command line (GATE_FLAGS), in the table's order."""
    return [
        Gate(metric, value, kind)  # type: ignore[arg-type]
        for _, metric, kind in GATE_FLAGS
        if (value := getattr(args, f"gate_{metric}", None)) is not None
    ]


def exit_code(summary: dict) -> int:
    """0 when every gate passes and no case crashed, else 1."""
    return 0 if all(g["passed"] for g in summary["gates"]) and not summary["errors"] else 1


# --- suites ------------------------------------------------------------------


def load_suite(path: Path) -> list[Case]:
    """Every case of a JSONL suite; a malformed line fails with its line number."""
    if not path.is_file():
        raise ConfigError(f"No suite at {path}: pass --suite FILE.jsonl")
    cases = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            cases.append(parse_case(json.loads(line)))
        except (ValueError, KeyError, TypeError) as exc:
            raise ConfigError(f"{path}:{lineno}: not a valid case ({exc}); see eval/run.py for the format") from exc
    ids = [c.id for c in cases]
    if dupes := sorted({i for i in ids if ids.count(i) > 1}):
        raise ConfigError(f"{path}: duplicate case ids {', '.join(dupes)}")
    return cases


def parse_case(raw: dict[str, Any]) -> Case:
    """One case from its JSON object; ``expect`` keys: facts, refuse (true/false/null), sections, forbidden.

    Optional: ``category`` and ``doc`` (the file that answers the case), both passed through into results.jsonl.
    """
    exp = raw.get("expect") or {}
    refuse = exp.get("refuse")
    if refuse is not None and not isinstance(refuse, bool):
        raise ValueError("expect.refuse must be true, false or null")
    history = tuple(Turn(role=t["role"], content=str(t["content"])) for t in raw.get("history") or [])
    if any(t.role not in ("user", "assistant") for t in history):
        raise ValueError("history roles must be user or assistant")
    question = str(raw["question"]).strip()
    if not question:
        raise ValueError("empty question")
    return Case(
        id=str(raw["id"]),
        category=str(raw.get("category", "uncategorised")),
        question=question,
        history=history,
        doc=str(raw.get("doc") or ""),
        expect=Expect(
            facts=tuple(exp.get("facts") or ()),
            refuse=refuse,
            sections=tuple(exp.get("sections") or ()),
            forbidden=tuple(exp.get("forbidden") or ()),
        ),
    )


# --- running -----------------------------------------------------------------


def guard_modes(guard: str) -> list[bool]:
    """The guard settings to run, the scored (last) one last."""
    return {"on": [True], "off": [False], "both": [False, True]}[guard]


def run_suite(
    cases: Sequence[Case], settings: Any, *, guard: str, out: Path, gates: Sequence[Gate], suite: str = ""
) -> dict:
    """Run and score every case, write the three files, return the summary."""
    from tqdm import tqdm

    modes = guard_modes(guard)
    # Greedy decoding makes the guard-off answer the guard-on run's pre-guard text
    # (Outcome.raw_text), so --guard both costs one generation per case, not two.
    runtimes = make_runtimes(settings, modes[-1:])
    corpus, _topics = runtimes[modes[-1]].corpus()
    rows = []
    with tqdm(total=len(cases), desc=f"eval {settings.engine}", unit="answer", file=sys.stderr) as bar:
        for case in cases:
            runs = {}
            runs_both = run_case(case, runtimes[modes[-1]], corpus, raw_too=len(modes) == 2)
            for g, record in zip(modes, runs_both):
                runs[g] = record
            bar.update(1)
            rows.append(make_row(case, runs))
    summary = summarise(cases, rows, settings=settings, guard=guard, gates=gates, suite=suite)
    write_outputs(out, rows, summary)
    return summary


def make_runtimes(settings: Any, modes: Sequence[bool]) -> dict[bool, Any]:
    """One warmed-up Runtime per guard setting, all sharing one engine (the local model loads once)."""
    from bot.chain import Runtime

    first = Runtime(settings.model_copy(update={"guard": modes[0]}))
    first.warm_up()
    runtimes = {modes[0]: first}
    for g in modes[1:]:
        runtimes[g] = Runtime(settings.model_copy(update={"guard": g}), engine=first.engine)
        runtimes[g].warm_up()
    return runtimes


def raw_answer(ans: ChainOutcome) -> ChainOutcome:
    """The answer as the guard-off chain gives it: the guarded run's pre-guard text, cited again."""
    from bot.guard.citations import finalize
    from bot.types import Kind, Reason

    if ans.raw_text == ans.text:
        return ans
    text, citations = finalize(ans.raw_text, list(ans.passages))
    if ans.reason is Reason.GUTTED:  # with the guard off, the model's answer would have been shown
        return replace(ans, text=text, citations=citations, removed=[], kind=Kind.ANSWERED, reason=None, detail="")
    return replace(ans, text=text, citations=citations, removed=[])


def run_case(case: Case, runtime: Any, corpus: str, *, raw_too: bool = False) -> list[dict]:
    """[record] for the runtime's guard setting; with ``raw_too``, [raw record, guarded record]."""
    from bot.chain import answer

    try:
        ans = answer(case.question, list(case.history), runtime.settings, runtime=runtime)
    except Exception as exc:  # noqa: BLE001 - re-raised when deliberate; else recorded and counted as an error
        _reraise_deliberate(exc)
        failed = make_record(
            case,
            ChainOutcome(text="", citations=[], engine=runtime.settings.engine),
            runtime.settings,
            corpus,
            verification=([], [], False),
            error=exc,
        )
        return [failed, failed] if raw_too else [failed]
    answers = [raw_answer(ans), ans] if raw_too else [ans]
    return [score_answer(case, a, runtime, corpus) for a in answers]


def score_answer(case: Case, ans: ChainOutcome, runtime: Any, corpus: str) -> dict:
    """One bot.answer call, verified and scored: the record stored in results.jsonl.

    A bug in one case (an exception that is not a CareerbotError) fails that
    case, with its error and traceback in the record, instead of the whole run;
    a CareerbotError (no index, no model) stops the run with its message.
    """
    try:
        verification = verify_answer(ans, corpus)
    except Exception as exc:  # noqa: BLE001 - a verifier bug on this answer: keep the answer, record the error
        _reraise_deliberate(exc)
        return make_record(case, ans, runtime.settings, corpus, verification=([], [], True), error=exc)
    return make_record(case, ans, runtime.settings, corpus, verification=verification)


def _reraise_deliberate(exc: Exception) -> None:
    from bot.errors import CareerbotError

    if isinstance(exc, CareerbotError):
        raise exc


def make_record(
    case: Case,
    ans: ChainOutcome,
    settings: Any,
    corpus: str,
    *,
    verification: tuple[list[dict], list[bool], bool],
    error: Exception | None = None,
) -> dict:
    verdicts, cite_support, verified = verification
    outcome = Outcome(
        text=ans.text,
        refused=ans.refused,
        passage_sections=tuple(p.section for p in ans.passages),
        verdicts=tuple((v["sentence"], v["supported"]) for v in verdicts),
        citation_support=tuple(cite_support),
        verified=verified,
        corpus=corpus,
        fallback=ans.fallback,
        kind=ans.kind,
        reason=ans.reason,
        citation_sources=tuple((c.n, c.source) for c in ans.citations),
    )
    scores = score_case(case.expect, outcome, k=settings.top_k)
    scores.update(measure_scores(case.expect, outcome, category=case.category, doc=case.doc))
    scores.update(attack_scores(case.question, ans.text, corpus))
    scores["failures"] = [*scores["failures"], *attack_failures(scores)]  # type: ignore[misc]
    record = {
        "answer": ans.text,
        "refused": ans.refused,
        "query": ans.query,
        "engine": ans.engine,
        "fallback": ans.fallback,
        "outcome": ans.kind.value,
        "reason": ans.reason.value if ans.reason else None,
        "citations": [asdict(c) for c in ans.citations],
        "passages": [{"section": p.section, "score": p.score, "similarity": p.similarity} for p in ans.passages],
        "removed": [asdict(r) for r in ans.removed],
        "verdicts": verdicts,
        "scores": scores,
        "timings": asdict(ans.timings),
    }
    if error is not None:
        record["error"] = f"{type(error).__name__}: {error}"
        record["traceback"] = "".join(traceback.format_exception(error))
        scores["failures"] = [f"crashed: {record['error']}", *scores["failures"]]  # type: ignore[misc]
    return record


def verify_answer(ans: ChainOutcome, corpus: str) -> tuple[list[dict], list[bool], bool]:
    """(verdicts, one support flag per cited (sentence, passage) pair, whether the answer was verified)."""
    from bot.guard.verify import verify
    from bot.types import verifiable_text

    if ans.refused and not ans.citations:
        return [], [], False
    cited = [verifiable_text(c) for c in sorted(ans.citations, key=lambda c: c.n)]
    passages = cited + [t for p in ans.passages if (t := verifiable_text(p)) not in cited]
    verdicts = [verdict_dict(v) for v in verify(ans.text, passages, corpus_lexicon(corpus or "\n".join(passages)))]
    by_n = {c.n: verifiable_text(c) for c in ans.citations}
    support = [cited_passage_supports(v["sentence"], by_n.get(n), corpus) for v in verdicts for n in v["cites"]]
    return verdicts, support, True


def cited_passage_supports(sentence: str, passage: str | None, corpus: str) -> bool:
    """Whether one cited passage, alone, supports the sentence (a dangling marker never does)."""
    from bot.guard.verify import verify

    if passage is None:
        return False
    results = verify(strip_markers(sentence).strip() + " [1]", [passage], corpus_lexicon(corpus or passage))
    return bool(results) and all(v.supported for v in results)


@lru_cache(maxsize=8)
def corpus_lexicon(corpus: str) -> Any:
    """The lexicon the verifier reads the answers by: built once from the corpus text (``runtime.corpus()``)."""
    from bot.retrieval.lexicon import lexicon_from_text

    return lexicon_from_text(corpus)


def verdict_dict(v: Any) -> dict:
    return {"sentence": v.sentence, "cites": list(v.cites), "supported": bool(v.supported), "reasons": list(v.reasons)}


# --- results -----------------------------------------------------------------


def make_row(case: Case, runs: dict[bool, dict]) -> dict:
    """One results.jsonl row: the scored (last) run's fields; with both guards, the raw run under "raw"."""
    guard = list(runs)[-1]
    row = {
        "id": case.id,
        "category": case.category,
        "doc": case.doc,
        "question": case.question,
        "history": [asdict(t) for t in case.history],
        "expect": asdict(case.expect),
        "guard": "on" if guard else "off",
        **runs[guard],
    }
    if len(runs) > 1:
        row["raw"] = runs[False]
    return row


def summarise(
    cases: Sequence[Case], rows: Sequence[dict], *, settings: Any, guard: str, gates: Sequence[Gate], suite: str
) -> dict:
    """summary.json: headline metrics (scored run), raw/guarded faithfulness, per category, latency, gates.

    ``per_category`` holds every aggregate score per case category (n, fact recall, refusal accuracy, answer first,
    right row first, ...), so a suite's kinds of question can be read apart.
    """
    scored = [(c.expect, r["refused"], r["scores"]) for c, r in zip(cases, rows)]
    metrics = aggregate(scored)
    raw = (
        aggregate([(c.expect, r["raw"]["refused"], r["raw"]["scores"]) for c, r in zip(cases, rows)])
        if guard == "both"
        else None
    )
    metrics["faithfulness_raw"] = raw["faithfulness"] if raw else (metrics["faithfulness"] if guard == "off" else None)
    metrics["faithfulness_guarded"] = metrics["faithfulness"] if guard != "off" else None
    if raw:
        metrics["unsupported_figures_raw"] = raw["unsupported_figures"]
    categories = sorted({c.category for c in cases})
    per_category = {cat: aggregate([t for c, t in zip(cases, scored) if c.category == cat]) for cat in categories}
    metrics.update(attack_totals(r["scores"] for r in rows))
    metrics["evidence_ms_p95"] = evidence_ms_p95([r["timings"] for r in rows])
    results = check_gates(metrics, gates)
    return {
        "suite": suite,
        "engine": settings.engine,
        "guard": guard,
        "top_k": settings.top_k,
        "metrics": metrics,
        "raw_metrics": raw,
        "per_category": per_category,
        "latency": latency_summary([r["timings"] for r in rows]),
        "gates": [
            {
                "metric": g.gate.metric,
                "kind": g.gate.kind,
                "threshold": g.gate.threshold,
                "value": g.value,
                "passed": g.passed,
            }
            for g in results
        ],
        "failing": [r["id"] for r in rows if r["scores"]["failures"]],
        "errors": {r["id"]: run["error"] for r in rows for run in (r.get("raw") or {}, r) if run.get("error")},
    }


def write_outputs(out: Path, rows: Sequence[dict], summary: dict) -> None:
    from eval.report import CHART_FILE, render_html, write_measures_chart

    out.mkdir(parents=True, exist_ok=True)
    with (out / "results.jsonl").open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    (out / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
    write_measures_chart(out / CHART_FILE, summary)
    (out / "report.html").write_text(render_html(rows, summary), encoding="utf-8")
