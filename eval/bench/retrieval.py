"""Retrieval benchmark: hybrid search latency and recall against bare Chroma, at several corpus sizes.

Owns building one Chroma collection per size in a temp folder (synthetic rows
from eval.bench.corpus, written with explicit embeddings; no embedding
function is ever attached), then timing the same queries through
``Retriever.search`` (hybrid), its parts (``dense``, ``lexical``) and a bare
``collection.query``, and scoring recall of each query's expected section in
the top ``top_k``. Query vectors are computed once and cached, so the search
figures exclude embedding the query; its cost is reported beside them
(``embed_ms``), and one pass times the whole search with the query embedded
(``hybrid_with_embedding_ms``). At the largest size one pass is also profiled (cProfile).
"""

from __future__ import annotations

import cProfile
import pstats
import time
from collections.abc import Sequence
from pathlib import Path

from tqdm import tqdm

from bot.config import Settings
from bot.retrieval.embed import MODEL_NAME
from bot.retrieval.store import open_collection
from eval.bench.corpus import Base, Rows, synthesise
from eval.bench.stats import dist, stopwatch
from eval.metrics import hit_at_k

WRITE_BATCH = 5000


class CachedEmbedder:
    """Wraps an Embedder: each query string is embedded once, then served from memory."""

    def __init__(self, embedder) -> None:
        self.inner = embedder
        self.cache: dict[str, list[float]] = {}
        self.embed_ms: list[float] = []

    def embed(self, texts):
        return self.inner.embed(texts)

    def embed_query(self, text: str) -> list[float]:
        if text not in self.cache:
            start = time.perf_counter()
            self.cache[text] = self.inner.embed_query(text)
            self.embed_ms.append((time.perf_counter() - start) * 1000)
        return self.cache[text]


def build_collection(settings: Settings, rows: Rows):
    collection = open_collection(settings, create=True, embedding_model=MODEL_NAME)
    for batch in rows.batches(WRITE_BATCH):
        collection.add(ids=batch.ids, documents=batch.documents, metadatas=batch.metadatas, embeddings=batch.embeddings)
    return collection


def run(
    base: Base,
    queries: Sequence[tuple[str, Sequence[str]]],
    sizes: Sequence[int],
    settings: Settings,
    embedder,
    workdir: Path,
    passes: int,
) -> dict:
    """Figures per size; ``queries`` are (question, expected section prefixes)."""
    cached = CachedEmbedder(embedder)
    for q, _ in queries:
        cached.embed_query(q)
    results = []
    for size in tqdm(sizes, desc="retrieval sizes", unit="size"):
        results.append(
            one_size(base, queries, size, settings, cached, workdir / f"n{size}", passes, profile=size == max(sizes))
        )
    return {
        "queries": len(queries),
        "passes": passes,
        "top_k": settings.top_k,
        "embed_ms": dist(cached.embed_ms),
        "sizes": results,
    }


def one_size(
    base: Base,
    queries,
    size: int,
    settings: Settings,
    cached: CachedEmbedder,
    data_dir: Path,
    passes: int,
    profile: bool,
) -> dict:
    from bot.retrieval.retrieve import Retriever

    local = settings.model_copy(update={"data_dir": data_dir, "chroma_url": None, "collection": "bench"})
    rows = synthesise(base, size)
    with stopwatch() as write_s:
        collection = build_collection(local, rows)
    retriever = Retriever(local, cached)
    with stopwatch() as load_s:
        retriever.load()
    timed = time_queries(retriever, collection, queries, cached, settings.top_k, passes)
    out = {"chunks": len(rows), "write_s": round(write_s[0], 1), "load_s": round(load_s[0], 1), **timed}
    if profile:
        out["profile"] = profile_search(retriever, [q for q, _ in queries])
    return out


def time_queries(retriever, collection, queries, cached: CachedEmbedder, top_k: int, passes: int) -> dict:
    hybrid, dense, lexical, bare, end_to_end = [], [], [], [], []
    hits, bare_hits = [], []
    for q, _ in queries[:3]:  # warm-up: first queries pay for lazy loads
        retriever.search(q)
        bare_query(collection, cached.embed_query(q), top_k)
    for p in range(passes):
        for q, expected in queries:
            vector = cached.embed_query(q)
            first_bare = p % 2 == 1  # alternate the order so neither side always runs on a warmer cache
            if first_bare:
                bare.append(_ms(lambda: bare_query(collection, vector, top_k)))
            start = time.perf_counter()
            passages = retriever.search(q)
            hybrid.append((time.perf_counter() - start) * 1000)
            if not first_bare:
                bare.append(_ms(lambda: bare_query(collection, vector, top_k)))
            dense.append(_ms(lambda: retriever.dense(vector)))
            lexical.append(_ms(lambda: retriever.lexical(q)))
            if p == 0:
                cached.cache.pop(q, None)  # once per query: the whole search, query embedding included
                getattr(cached.inner, "_queries", {}).pop(q, None)  # and not from the Embedder's own query cache
                end_to_end.append(_ms(lambda: retriever.search(q)))
                hits.append(bool(hit_at_k([x.section for x in passages], expected, top_k)))
                found = bare_query(collection, vector, top_k)["metadatas"][0]
                bare_hits.append(bool(hit_at_k([str(m.get("section", "")) for m in found], expected, top_k)))
    return {
        "hybrid_ms": dist(hybrid),
        "dense_ms": dist(dense),
        "lexical_ms": dist(lexical),
        "chroma_ms": dist(bare),
        "hybrid_with_embedding_ms": dist(end_to_end),
        "recall": round(sum(hits) / len(hits), 3) if hits else None,
        "chroma_recall": round(sum(bare_hits) / len(bare_hits), 3) if bare_hits else None,
    }


def bare_query(collection, vector, k: int) -> dict:
    """What a plain Chroma RAG does: top k by vector, with documents and metadata."""
    return collection.query(query_embeddings=[vector], n_results=k, include=["documents", "metadatas", "distances"])


def _ms(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def profile_search(retriever, questions: Sequence[str], top: int = 12) -> list[dict]:
    """The functions where one pass of ``search`` spends its time (cumulative), biggest first."""
    prof = cProfile.Profile()
    prof.enable()
    for q in questions:
        retriever.search(q)
    prof.disable()
    stats = pstats.Stats(prof)
    rows = []
    for (file, line, func), (_cc, calls, tottime, cumtime, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append(
            {
                "function": f"{Path(file).name}:{line}:{func}",
                "calls": calls,
                "cum_ms_per_query": round(cumtime * 1000 / len(questions), 3),
                "own_ms_per_query": round(tottime * 1000 / len(questions), 3),
            }
        )
    rows.sort(key=lambda r: -r["own_ms_per_query"])
    return rows[:top]
