"""The evidence step on 100 documents: question reading and the records lookup, per question (issue 26 target).

Run: ``.venv/bin/python -m eval.bench.evidence [--docs 100] [--rounds 3] [--profile] [--out reports/bench-evidence]``.

Owns building a corpus of ``--docs`` documents in memory and timing ``read_question`` + ``lookup`` (what the chain
calls once per question, bot/chain.py) for every question of the office suites (office-dev, office-test) and of the
dev suites over documents by other hands (unseen-a, -b, -l, -o) against it. The corpus: every real document
(corpus/, eval/office/corpus/ and eval/unseen/corpus/: the documents other hands wrote, whose tables are the most
varied, loaded and chunked by the real ingest code at the shipped chunk size), then copies of them, each with another
job in its title and text, another region, another year and its figures scaled, until there are ``--docs``
documents. Nothing is embedded.

What is outside the timed region, per question: the standalone query (``condense`` with the history, over a lexicon
built from the same chunks, as the chain does before the evidence step) and its passages (the top ``top_k`` chunks by
BM25, bm25s as in bot/retrieval/retrieve.py, standing in for hybrid retrieval). The first question of a fresh
``Tables`` also builds the per-document coverage (cached on ``Tables``): reported apart as the cold call. Also
reported: ``Tables.build`` for the corpus, and, for the questions the records do not answer, the evidence step plus
the line ranking the chain runs next (``bot.evidence.quotes.rank``: words, structure and meaning, with a stored vector
for every line of the corpus; random unit vectors here, since nothing is embedded: the cost is the same).

Prints the CPU flags, the figures (p50/p95 ms), and writes DIR/evidence.json and DIR/evidence.png. When p95 misses the
target (or with ``--profile``) one round is profiled with cProfile and the hot spots printed and saved.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import re
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from bot.config import Settings
from bot.evidence.ask import read_question
from bot.evidence.lookup import lookup
from bot.evidence.quotes import rank
from bot.retrieval.condense import condense
from bot.retrieval.lexicon import build_lexicon
from bot.retrieval.meaning import LineVectors, lines_of
from bot.tables import Tables, occupation_of
from bot.text import tokenize
from bot.types import Chunk, Passage, document_title, search_text
from eval.bench.runtimes import cpu_flags
from eval.bench.stats import dist
from eval.run import Case, load_suite
from ingest.chunk import chunk_corpus
from ingest.load import SourceDoc, load_corpus

REPO = Path(__file__).resolve().parents[2]
FOLDERS = (REPO / "corpus", REPO / "eval" / "office" / "corpus", REPO / "eval" / "unseen" / "corpus")
# The office questions, and the dev questions over documents by other hands (eval/unseen/README.md).
SUITES = tuple(
    REPO / "eval" / "suites" / f"{name}.jsonl"
    for name in ("office-dev", "office-test", "unseen-a", "unseen-b", "unseen-l", "unseen-o")
)
TARGET_P95_MS = 50.0
FLAGS = ("avx2", "avx512f", "avx512_vnni", "avx512_bf16")

# The copies' jobs and regions (invented for the benchmark; a head noun that takes a plain "s" plural).
JOBS = (
    "Dental Hygienist",
    "Occupational Therapist",
    "Paramedic",
    "Radiographer",
    "Quantity Surveyor",
    "Actuary",
    "Librarian",
    "Speech Therapist",
    "Landscape Architect",
    "Museum Curator",
    "Dietitian",
    "Electrician",
    "Marine Biologist",
    "Translator",
    "Air Traffic Controller",
    "Veterinary Surgeon",
    "Town Planner",
    "Probation Officer",
    "Game Designer",
    "Data Engineer",
    "Patent Attorney",
    "Sound Engineer",
    "Midwife",
    "Optometrist",
    "Geologist",
    "Economist",
    "Copywriter",
    "Physiotherapist",
    "Statistician",
    "Chef",
)
REGIONS = (
    "France",
    "Spain",
    "Italy",
    "Norway",
    "Sweden",
    "Denmark",
    "Poland",
    "Portugal",
    "Japan",
    "Singapore",
    "New Zealand",
    "South Africa",
    "India",
    "Mexico",
    "Belgium",
    "Austria",
    "Finland",
)
_MONEY = re.compile(r"(A\$|C\$|US\$|[£€$])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?")


# --- the corpus -----------------------------------------------------------------------------------------------


def real_documents() -> list[SourceDoc]:
    return [d for folder in FOLDERS for d in load_corpus(folder)[0]]


def _words(text: str, old: str, new: str) -> str:
    """``old`` -> ``new`` as whole words, any case, keeping a lower-case or capitalised spelling."""

    def repl(m: re.Match[str]) -> str:
        found = m.group(0)
        return new.lower() if found.islower() else new

    return re.sub(rf"(?<![\w-]){re.escape(old)}(?![\w-])", repl, text, flags=re.I)


def _scaled(text: str, factor: float) -> str:
    def repl(m: re.Match[str]) -> str:
        amount = float(m.group(2).replace(",", "") + (m.group(3) or ""))
        scaled = amount * factor
        return m.group(1) + (f"{scaled:,.2f}" if m.group(3) else f"{round(scaled, -1):,.0f}")

    return _MONEY.sub(repl, text)


def variant(doc: SourceDoc, k: int) -> SourceDoc:
    """Copy ``k`` of ``doc``: another job, region and year, its figures scaled; its own source path."""
    job, region = JOBS[k % len(JOBS)], REGIONS[(k * 7 + k // len(JOBS)) % len(REGIONS)]
    occupation = occupation_of(document_title(doc.meta)) or "Guide"
    old_head, new_head = occupation.split()[-1], job.split()[-1]
    old_region = str(doc.meta.get("region") or "")
    factor = 1.0 + 0.03 * (1 + k % 11)
    shift = k % 3 - 1

    def change(text: str) -> str:
        text = _words(text, occupation, job)
        text = _words(text, old_head + "s", new_head + "s")
        text = _words(text, old_head, new_head)
        if old_region:
            text = _words(text, old_region, region)
        year = doc.meta.get("year")
        if isinstance(year, int):
            text = re.sub(rf"\b{year}\b", str(year + shift), text)
        return _scaled(text, factor)

    meta = {key: change(v) if isinstance(v, str) else v for key, v in doc.meta.items()}
    meta["region"] = region
    if isinstance(doc.meta.get("year"), int):
        meta["year"] = int(doc.meta["year"]) + shift
    slug = re.sub(r"[^a-z]+", "-", f"{job} {region}".lower()).strip("-")
    suffix = Path(doc.source).suffix
    return replace(doc, source=f"corpus/bench/{k:03d}-{slug}{suffix}", text=change(doc.text), meta=meta)


def corpus_of(size: int, real: Sequence[SourceDoc]) -> list[SourceDoc]:
    """The real documents, then copies until there are ``size``."""
    docs = list(real[:size])
    k = 0
    while len(docs) < size:
        docs.append(variant(real[k % len(real)], k))
        k += 1
    return docs


# --- the questions ----------------------------------------------------------------------------------------------


@dataclass
class Prepared:
    """One question made ready outside the timed region: its standalone query and its passages."""

    case: Case
    query: str
    passages: list[Passage]


def _passages(chunks: Sequence[Chunk], top_k: int):
    import logging

    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    bm25 = bm25s.BM25()
    bm25.index(
        [tokenize(search_text(document_title(c.meta), c.section, c.text)) or ["<empty>"] for c in chunks],
        show_progress=False,
    )

    def search(query: str) -> list[Passage]:
        tokens = [t for t in tokenize(query) if t in bm25.vocab_dict]
        if not tokens:
            return []
        docs, scores = bm25.retrieve([tokens], k=min(top_k, len(chunks)), show_progress=False, n_threads=1)
        return [
            Passage(chunks[i].id, chunks[i].source, chunks[i].section, chunks[i].text, meta=dict(chunks[i].meta))
            for i, s in zip(docs[0], scores[0])
            if s > 0
        ]

    return search


def prepare(cases: Sequence[Case], chunks: Sequence[Chunk], top_k: int) -> list[Prepared]:
    lexicon = build_lexicon(list(chunks))
    search = _passages(chunks, top_k)
    out = []
    for case in cases:
        query = condense(case.question, list(case.history), lexicon) if case.history else case.question
        out.append(Prepared(case, query, search(query)))
    return out


# --- timing -----------------------------------------------------------------------------------------------------


def evidence_step(item: Prepared, tables: Tables):
    return lookup(read_question(item.query, tables), tables, item.passages)


def line_vectors(chunks: Sequence[Chunk], seed: int = 0) -> LineVectors:
    """A vector for every line of the corpus, as ingest stores them (bot/retrieval/meaning.py), but random unit
    vectors: the ranking's cost is one matrix-vector product over the passages' lines, whatever the values."""
    keys = list(
        dict.fromkeys(key for key, _ in lines_of((c.source, c.meta, c.section, c.text) for c in chunks).values())
    )
    rng = np.random.default_rng(seed)
    matrix = rng.standard_normal((len(keys), 384)).astype(np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    return LineVectors({k: i for i, k in enumerate(keys)}, matrix)


def time_questions(items: Sequence[Prepared], tables: Tables, rounds: int, lines: LineVectors | None = None) -> dict:
    """Per question, the evidence step's wall time in ms (every round), the CPU time of this process for it (what the
    wall time would be on an idle core), the cold first call, and the step plus line ranking for the questions the
    records do not answer."""
    start = time.perf_counter()
    evidence_step(items[0], tables)  # builds the coverage cached on ``tables``
    cold_ms = (time.perf_counter() - start) * 1000
    per_question: dict[str, list[float]] = {it.case.id: [] for it in items}
    with_ranking: list[float] = []
    cpu: list[float] = []
    kinds: dict[str, str] = {}
    for _ in range(rounds):
        for it in items:
            cpu_start, start = time.process_time(), time.perf_counter()
            ev = evidence_step(it, tables)
            mid, cpu_end = time.perf_counter(), time.process_time()
            per_question[it.case.id].append((mid - start) * 1000)
            cpu.append((cpu_end - cpu_start) * 1000)
            kinds[it.case.id] = ev.kind or "lines"
            if not ev.kind:
                vector = lines.matrix[0] if lines is not None and len(lines) else None
                meaning = (lambda ls, ps, v=vector: lines.scores(v, ls, ps)) if vector is not None else None
                rank(it.query, ev.passages, meaning).picked()
                with_ranking.append((time.perf_counter() - start) * 1000)
    return {"cold_ms": cold_ms, "per_question": per_question, "cpu": cpu, "with_ranking": with_ranking, "kinds": kinds}


def build_time(chunks: Sequence[Chunk], repeats: int = 3) -> tuple[Tables, float]:
    best, tables = float("inf"), None
    for _ in range(repeats):
        start = time.perf_counter()
        tables = Tables.build(chunks)
        best = min(best, (time.perf_counter() - start) * 1000)
    assert tables is not None
    return tables, best


def hot_spots(items: Sequence[Prepared], tables: Tables, limit: int = 18) -> str:
    profile = cProfile.Profile()
    profile.enable()
    for it in items:
        evidence_step(it, tables)
    profile.disable()
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out).strip_dirs()
    stats.sort_stats("tottime").print_stats(limit)
    stats.sort_stats("cumulative").print_stats(limit)
    return out.getvalue()


# --- output -----------------------------------------------------------------------------------------------------


def chart(results: dict[int, dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    sizes = sorted(results)
    for size in sizes:
        ms = sorted(v for vals in results[size]["per_question"].values() for v in vals)
        left.plot(ms, [i / len(ms) for i in range(1, len(ms) + 1)], label=f"{size} documents")
    left.axvline(TARGET_P95_MS, color="red", linestyle="--", label=f"target p95 {TARGET_P95_MS:.0f} ms")
    left.axhline(0.95, color="grey", linestyle=":", linewidth=0.8)
    left.set_xscale("log")
    left.set_xlabel("read_question + lookup, ms per question (log)")
    left.set_ylabel("share of questions")
    left.set_title("Evidence step, office and unseen dev questions")
    left.legend(loc="lower right")
    biggest = results[sizes[-1]]
    slow = sorted(biggest["per_question"].items(), key=lambda kv: -statistics.median(kv[1]))[:10]
    right.barh([cid for cid, _ in slow][::-1], [statistics.median(v) for _, v in slow][::-1], color="tab:orange")
    right.set_xlabel("median ms")
    right.set_title(f"Slowest questions, {sizes[-1]} documents")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def summary(size: int, chunks: int, tables: Tables, build_ms: float, timed: dict) -> dict:
    every = [v for vals in timed["per_question"].values() for v in vals]
    kinds: dict[str, int] = {}
    for kind in timed["kinds"].values():
        kinds[kind] = kinds.get(kind, 0) + 1
    return {
        "documents": size,
        "chunks": chunks,
        "records": len(tables.records),
        "tables_build_ms": round(build_ms, 1),
        "cold_first_question_ms": round(timed["cold_ms"], 1),
        "evidence_ms": dist(every),
        "evidence_cpu_ms": dist(timed["cpu"]),
        "evidence_plus_ranking_ms": dist(timed["with_ranking"]),
        "kinds": kinds,
        "per_question": timed["per_question"],
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.bench.evidence", description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=100, help="documents in the corpus (default 100)")
    parser.add_argument("--rounds", type=int, default=3, help="times every question is timed (default 3)")
    parser.add_argument("--profile", action="store_true", help="profile one round even when the target is met")
    parser.add_argument("--out", type=Path, default=REPO / "reports" / "bench-evidence")
    args = parser.parse_args(argv)

    have = set(cpu_flags())
    print("cpu flags: " + ", ".join(f"{f} {'yes' if f in have else 'no'}" for f in FLAGS))
    load = [round(x, 2) for x in os.getloadavg()]
    print(f"cpus: {os.cpu_count()}, load average: {load} (figures are noisier when it is above the cpu count)")
    settings = Settings(data_dir=args.out / "unused", corpus_dir=FOLDERS[0])
    cases = [c for suite in SUITES for c in load_suite(suite)]
    real = real_documents()
    results: dict[int, dict] = {}
    sizes = sorted({len(real), args.docs})
    for size in sizes:
        docs = corpus_of(size, real)
        chunks = chunk_corpus(docs, settings.chunk_size, settings.chunk_overlap)
        tables, build_ms = build_time(chunks)
        items = prepare(cases, chunks, settings.top_k)
        tables = Tables.build(chunks)  # fresh: its coverage is built by the cold first question
        timed = time_questions(items, tables, args.rounds, line_vectors(chunks))
        results[size] = summary(size, len(chunks), tables, build_ms, timed)
        r = results[size]
        e, c, w = r["evidence_ms"], r["evidence_cpu_ms"], r["evidence_plus_ranking_ms"]
        print(
            f"{size} documents ({r['chunks']} chunks, {r['records']} records): Tables.build {r['tables_build_ms']} ms; "
            f"cold first question {r['cold_first_question_ms']} ms; "
            f"read_question+lookup p50 {e['p50']} ms, p95 {e['p95']} ms, max {e['max']} ms "
            f"(n={e['n']}: {len(cases)} questions x {args.rounds}); CPU time p50 {c['p50']} ms, p95 {c['p95']} ms; "
            f"+ line ranking (questions the records do not answer) p50 {w['p50']} ms, p95 {w['p95']} ms"
        )
        print(f"  kinds: {r['kinds']}")
    top = results[sizes[-1]]
    p95 = top["evidence_ms"]["p95"] or 0.0
    met = p95 <= TARGET_P95_MS
    print(f"target p95 <= {TARGET_P95_MS:.0f} ms with {sizes[-1]} documents: {'met' if met else 'MISSED'} ({p95} ms)")
    args.out.mkdir(parents=True, exist_ok=True)
    if not met or args.profile:  # one round over the largest corpus (its tables' coverage already built)
        report = hot_spots(items, tables)
        (args.out / "evidence-profile.txt").write_text(report, encoding="utf-8")
        print(report)
    (args.out / "evidence.json").write_text(
        json.dumps(
            {
                "cpu_flags": sorted(have),
                "cpus": os.cpu_count(),
                "load_avg": load,
                "target_p95_ms": TARGET_P95_MS,
                "met": met,
                "sizes": results,
            },
            indent=1,
        ),
        encoding="utf-8",
    )
    chart(results, args.out / "evidence.png")
    print(f"wrote {args.out / 'evidence.json'} and {args.out / 'evidence.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
