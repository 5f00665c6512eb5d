"""python -m eval bench [--quick] --out DIR: local engine, retrieval, ingest and serving speed, side by side.

Owns the plan of one run and its outputs: DIR/bench.json (every figure, the
machine, the targets of issue 6 checked) and DIR/bench.html (eval.bench.report).
Everything runs in one temp folder: the real corpus is ingested there first
(the index the chain and the web app use), then each section runs in turn
(eval.bench.ingest, eval.bench.retrieval, eval.bench.local, eval.bench.serve).
bench.json is rewritten after each section, so a crash keeps what was
measured; ``--only retrieval,ingest`` reruns some sections and updates them in
an existing bench.json (each run is listed under "runs"); a section that
fails is recorded with its traceback and the run exits 1.
``--quick`` is the smoke run ``make test`` uses: 1k and 5k chunks,
a few questions, a tiny local run only if the converted model is cached,
extractive serving only, no fresh-process probes.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from bot.config import Settings
from bot.errors import ConfigError
from eval.bench.stats import machine
from eval.bench.targets import check, markdown
from eval.run import load_suite

GOLDEN = Path(__file__).resolve().parent.parent / "suites" / "golden.jsonl"
SECTIONS = ("ingest", "retrieval", "runtimes", "local", "serving")


@dataclass(frozen=True)
class Plan:
    """How much of each section to run."""

    sizes: tuple[int, ...]
    passes: int
    retrieval_queries: int
    local_questions: int
    local_max_new_tokens: int | None
    probes: bool
    copies: int
    rounds: int
    extractive_per_session: int
    local_serving: bool
    sessions: int = 16
    runtime_prompts: int = 4
    runtime_names: tuple[str, ...] = ()  # empty: every candidate of eval.bench.runtimes
    runtime_tokens: int = 96
    runtime_batches: tuple[int, ...] = (8, 16)
    runtime_batch_tokens: int = 150
    runtime_sessions: int = (
        16  # students asking different golden questions at once through the default runtime (admission on)
    )
    first_text_students: tuple[int, ...] = (1, 8, 16)  # students at once over the SSE API (issue 27's first text)


QUICK = Plan(
    sizes=(1000, 5000),
    passes=1,
    retrieval_queries=20,
    local_questions=1,
    local_max_new_tokens=16,
    probes=False,
    copies=1,
    rounds=1,
    extractive_per_session=1,
    local_serving=False,
    runtime_prompts=1,
    runtime_names=("transformers-fp32", "ctranslate2-int8_float32"),
    runtime_tokens=16,
    runtime_batches=(2,),
    runtime_batch_tokens=16,
    runtime_sessions=3,
    first_text_students=(1, 4),
)
FULL = Plan(
    sizes=(1000, 10_000, 100_000),
    passes=3,
    retrieval_queries=0,
    local_questions=12,
    local_max_new_tokens=None,
    probes=True,
    copies=8,
    rounds=2,
    extractive_per_session=4,
    local_serving=True,
)


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "bench", help="measure speed: local engine, retrieval, ingest, serving; writes bench.json + bench.html"
    )
    p.add_argument("--out", type=Path, required=True, help="folder for bench.json and bench.html")
    p.add_argument("--quick", action="store_true", help="smoke run (about 1-2 minutes): small sizes, few questions")
    p.add_argument(
        "--sizes", type=lambda s: tuple(int(x) for x in s.split(",")), help="corpus sizes in chunks, e.g. 1000,10000"
    )
    p.add_argument(
        "--only",
        type=lambda s: tuple(s.split(",")),
        default=SECTIONS,
        help=f"run only these sections ({','.join(SECTIONS)}), updating them in an existing DIR/bench.json",
    )
    p.add_argument(
        "--runtimes",
        type=lambda s: tuple(s.split(",")),
        help="runtimes to compare (default: every candidate of eval.bench.runtimes)",
    )
    p.add_argument("--runtime-prompts", type=int, help="golden prompts each runtime answers alone")
    p.add_argument(
        "--runtime-tokens", type=int, help="most new tokens per answer in the runtimes section (alone and batched)"
    )
    p.set_defaults(func=main)


def answerable(limit: int = 0) -> list[tuple[str, tuple[str, ...], str]]:
    """(question, expected sections, category) of the golden first-turn questions the guide answers,
    categories interleaved."""
    cases = [c for c in load_suite(GOLDEN) if c.expect.refuse is False and not c.history and c.expect.sections]
    by_cat: dict[str, list] = {}
    for c in cases:
        by_cat.setdefault(c.category, []).append(c)
    mixed = [group[i] for i in range(max(map(len, by_cat.values()))) for group in by_cat.values() if i < len(group)]
    rows = [(c.question, c.expect.sections, c.category) for c in mixed]
    return rows[:limit] if limit else rows


def main(args: argparse.Namespace) -> int:
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    plan = QUICK if args.quick else FULL
    if args.sizes:
        plan = Plan(**{**plan.__dict__, "sizes": args.sizes})
    if args.runtimes:
        plan = Plan(**{**plan.__dict__, "runtime_names": args.runtimes})
    if args.runtime_prompts:
        plan = Plan(**{**plan.__dict__, "runtime_prompts": args.runtime_prompts})
    if args.runtime_tokens:
        plan = Plan(
            **{**plan.__dict__, "runtime_tokens": args.runtime_tokens, "runtime_batch_tokens": args.runtime_tokens}
        )
    if unknown := set(args.only) - set(SECTIONS):
        raise ConfigError(f"Unknown bench section(s) {', '.join(sorted(unknown))}: choose from {', '.join(SECTIONS)}")
    settings = Settings()
    args.out.mkdir(parents=True, exist_ok=True)
    run_info = {
        "quick": args.quick,
        "started": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": machine(),
        "argv": sys.argv[1:],
        "sections": list(args.only),
    }
    bench: dict = previous(args.out) if set(args.only) != set(SECTIONS) else {}
    bench.setdefault("runs", []).append(run_info)
    bench |= {k: v for k, v in run_info.items() if k != "sections"}
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="careerbot-bench-") as tmp:
        failed = run_sections(
            plan, settings, Path(tmp), bench, args.only, lambda: write(bench, args.out, start), args.out
        )
    write(bench, args.out, start)
    if isinstance(bench.get("runtimes"), dict) and "rows" in bench["runtimes"]:
        from eval.bench.runtimes import markdown as runtimes_table

        print(runtimes_table(bench["runtimes"]))
    print(markdown(bench["targets"]))
    print(f"wrote {args.out / 'bench.json'} and {args.out / 'bench.html'}")
    return 1 if failed else 0


def previous(out: Path) -> dict:
    """The bench.json already in ``out`` (so --only updates it), or an empty dict."""
    path = out / "bench.json"
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    if "runs" not in data:  # written by a full run before --only existed
        data["runs"] = [
            {k: data.get(k) for k in ("quick", "started", "machine", "argv")} | {"sections": list(SECTIONS)}
        ]
    return data


def run_sections(
    plan: Plan, settings: Settings, work: Path, bench: dict, only: Sequence[str], save: Callable[[], None], out: Path
) -> bool:
    from bot.retrieval.embed import Embedder
    from ingest.pipeline import ingest

    embedder = Embedder()
    index = settings.model_copy(
        update={"data_dir": work / "index", "chroma_url": None, "model_dir": settings.model_cache_dir.resolve()}
    )
    ingest(index, show_progress=False, embedder=embedder)
    questions = answerable()
    sections: list[tuple[str, Callable[[], dict]]] = [
        ("ingest", lambda: _ingest(plan, index, embedder, work)),
        ("retrieval", lambda: _retrieval(plan, index, embedder, work, questions)),
        ("runtimes", lambda: _runtimes(plan, index, embedder, out, questions)),
        ("local", lambda: _local(plan, index, embedder, work, questions)),
        ("serving", lambda: _serving(plan, index, work, questions)),
    ]
    failed = False
    for name, fn in sections:
        if name not in only:
            continue
        try:
            bench[name] = fn()
        except Exception:  # one broken section must not lose the others' figures; recorded, and the run fails
            bench[name] = {"error": traceback.format_exc()}
            print(f"bench section {name} failed:\n{bench[name]['error']}", file=sys.stderr)
            failed = True
        save()
    return failed


def _ingest(plan: Plan, settings: Settings, embedder, work: Path) -> dict:
    from eval.bench import ingest as bench_ingest

    return bench_ingest.run(settings, embedder, work / "ingest", plan.copies, plan.rounds)


def _retrieval(plan: Plan, settings: Settings, embedder, work: Path, questions) -> dict:
    from eval.bench import retrieval as bench_retrieval
    from eval.bench.corpus import Base
    from ingest.chunk import chunk_corpus
    from ingest.load import load_corpus

    docs, _ = load_corpus(settings.corpus_dir)
    base = Base.embed(chunk_corpus(docs, settings.chunk_size, settings.chunk_overlap), embedder.embed)
    queries = [(q, sections) for q, sections, _ in questions[: plan.retrieval_queries or None]]
    return bench_retrieval.run(base, queries, plan.sizes, settings, embedder, work / "retrieval", plan.passes)


def _runtimes(plan: Plan, settings: Settings, embedder, out: Path, questions) -> dict:
    """Every local runtime on the same golden prompts (the chain's own prompts for the first questions)."""
    import threading

    from bot.chain import build_request
    from bot.engines.model_store import cache_is_complete, converted_dir
    from bot.retrieval.retrieve import Retriever
    from eval.bench import runtimes as bench_runtimes

    if not cache_is_complete(converted_dir(settings.model_cache_dir)) and not plan.probes:
        return {
            "skipped": (
                f"no converted model cache at {settings.model_cache_dir} (set CAREERBOT_MODEL_DIR); "
                "--quick never converts"
            )
        }
    retriever = Retriever(settings, embedder)
    prompts = []
    for q, _, _ in questions:
        if len(prompts) == plan.sessions:
            break
        if passages := retriever.search(q):
            prompts.append(build_request(q, passages, settings, threading.Event()).messages)
    return bench_runtimes.compare(
        settings.model_cache_dir,
        prompts[: plan.runtime_prompts],
        out,
        runtimes=plan.runtime_names or bench_runtimes.CANDIDATES,
        threads=settings.model_threads,
        max_new_tokens=plan.runtime_tokens,
        batch=plan.runtime_batches,
        batch_tokens=plan.runtime_batch_tokens,
        session_prompts=prompts,
        sessions=plan.runtime_sessions,
    )


def _local(plan: Plan, settings: Settings, embedder, work: Path, questions) -> dict:
    from eval.bench import local as bench_local

    local = settings.model_copy(
        update={"engine": "local"}
        | ({"max_new_tokens": plan.local_max_new_tokens} if plan.local_max_new_tokens else {})
    )
    (work / "local").mkdir(exist_ok=True)
    return bench_local.run(
        local, embedder, [q for q, _, _ in questions[: plan.local_questions]], work / "local", full=plan.probes
    )


def _serving(plan: Plan, settings: Settings, work: Path, questions) -> dict:
    from eval.bench import serve as bench_serve

    qs = [q for q, _, _ in questions]
    out = {
        "extractive": bench_serve.run(
            settings.data_dir,
            work / "serve",
            qs,
            "extractive",
            sessions=plan.sessions,
            per_session=plan.extractive_per_session,
        )
    }
    if plan.local_serving:
        out["local"] = bench_serve.run(
            settings.data_dir,
            work / "serve",
            qs,
            "local",
            sessions=plan.sessions,
            per_session=1,
            extra={"CAREERBOT_MODEL_DIR": str(settings.model_cache_dir)},
        )
    else:
        out["local"] = {"skipped": "--quick serves with the extractive engine only"}
    # Issue 27: the first text on screen over the SSE API, and the model's additions, for 1, 8 and 16 students.
    first_text = {
        "extractive": bench_serve.run_first_text(
            settings.data_dir, work / "serve", qs, "extractive", students=plan.first_text_students
        )
    }
    if plan.local_serving:
        first_text["local"] = bench_serve.run_first_text(
            settings.data_dir,
            work / "serve",
            qs,
            "local",
            students=plan.first_text_students,
            extra={"CAREERBOT_MODEL_DIR": str(settings.model_cache_dir)},
        )
    out["first_text"] = first_text
    return out


def write(bench: dict, out: Path, start: float) -> None:
    from eval.bench.report import write_html

    bench["duration_s"] = round(time.perf_counter() - start, 1)
    bench["load_avg_end"] = [round(x, 2) for x in os.getloadavg()]
    bench["targets"] = check(bench)
    (out / "bench.json").write_text(json.dumps(bench, indent=1, default=str), encoding="utf-8")
    write_html(bench, out / "bench.html")
