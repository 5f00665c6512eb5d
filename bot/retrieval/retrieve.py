"""Hybrid retrieval: Chroma dense search plus BM25 (bm25s), fused by reciprocal rank, thresholded.

Owns turning a standalone query into at most ``top_k`` ``Passage`` values.
A question counts as covered only when its best dense hit reaches
``relevance_threshold`` (cosine); otherwise the result is empty and the chain
refuses without generating. Passages whose own similarity is far below the
best hit are dropped, so the model gets as few tokens as the answer needs.

BM25 is bm25s (sparse-matrix BM25: milliseconds at 100k chunks) rather than
LangChain's BM25Retriever, whose package (langchain-community) is being
sunset and whose rank_bm25 backend scores every document in Python.
The BM25 side is built in memory from the collection's documents at load
time and rebuilt when the collection's size changes (checked at most every
``REFRESH_S`` seconds), so replicas sharing a Chroma server pick up a
re-ingest. Shortcut: an edit that keeps the chunk count is seen on restart.
Each Passage carries its chunk's meta (document title, region, year,
data_source, scope). A passage whose text an earlier one already holds (the
chunk an intro was expanded with, say) is skipped, so no line is cited twice.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, replace

import numpy as np

from bot.config import Settings
from bot.text import tokenize
from bot.types import Passage, document_title, search_text

RRF_K = 60
CANDIDATES = 20
REFRESH_S = 10.0
LEXICAL_KEEP = 2
RELATIVE_FLOOR = 0.75  # keep passages whose similarity is at least this share of the best hit's


def _normal(text: str) -> str:
    return " ".join(text.lower().split())


@dataclass(frozen=True)
class _Row:
    id: str
    text: str
    meta: dict
    vector: object = None  # numpy array, L2-normalised

    @property
    def section(self) -> str:
        return str(self.meta.get("section", ""))

    def passage(self, score: float, similarity: float) -> Passage:
        meta = {k: v for k, v in self.meta.items() if k not in ("section", "source")}
        return Passage(id=self.id, source=str(self.meta.get("source", "")), section=self.section, text=self.text, score=score, similarity=similarity, meta=meta)


def read_all(collection) -> list[_Row]:
    rows: list[_Row] = []
    offset = 0
    while True:
        page = collection.get(include=["documents", "metadatas", "embeddings"], limit=5000, offset=offset)
        rows += [_Row(i, d or "", dict(m or {}), e) for i, d, m, e in zip(page["ids"], page["documents"], page["metadatas"], page["embeddings"])]
        if len(page["ids"]) < 5000:
            return sorted(rows, key=lambda r: (str(r.meta.get("source", "")), int(r.meta.get("position", 0)), r.id))
        offset += len(page["ids"])


def rrf(*rankings: list[str], k: int = RRF_K) -> dict[str, float]:
    """Reciprocal-rank fusion of id rankings -> {id: score}."""
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, cid in enumerate(ranking):
            scores[cid] = scores.get(cid, 0.0) + 1.0 / (k + rank + 1)
    return scores


class Retriever:
    """Reads the index built by ingest. Cheap to construct; ``load()`` opens the index (raises IndexNotBuilt)."""

    def __init__(self, settings: Settings, embedder=None) -> None:
        self.settings = settings
        self._embedder = embedder
        self._lock = threading.Lock()
        self._collection = None
        self._rows: dict[str, _Row] = {}
        self._bm25 = None
        self._ids: list[str] = []
        self._checked = 0.0

    @property
    def embedder(self):
        if self._embedder is None:
            from bot.retrieval.embed import Embedder

            self._embedder = Embedder()
        return self._embedder

    def load(self) -> None:
        from bot.retrieval.store import open_collection
        from bot.retrieval.embed import MODEL_NAME

        with self._lock:
            if self._collection is None:
                self._collection = open_collection(self.settings, create=False, embedding_model=MODEL_NAME)
            self._build(read_all(self._collection))
            self._checked = time.monotonic()

    def _build(self, rows: list[_Row]) -> None:
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets DEBUG on import: noise in the CLI

        from bot.errors import IndexNotBuilt

        if not rows:
            raise IndexNotBuilt("The index is empty: add documents to the corpus folder and run `python -m ingest`")
        self._rows = {r.id: r for r in rows}
        self._ids = [r.id for r in rows]
        self._position = {cid: i for i, cid in enumerate(self._ids)}
        self._next = {a.id: b.id for a, b in zip(rows, rows[1:]) if a.meta.get("source") == b.meta.get("source")}
        self._vectors = np.asarray([r.vector for r in rows], dtype=np.float32)
        bm25 = bm25s.BM25()
        bm25.index([tokenize(search_text(document_title(r.meta), r.section, r.text)) or ["<empty>"] for r in rows], show_progress=False)
        self._bm25 = bm25

    def _fresh(self) -> None:
        if self._collection is None:
            self.load()
        elif time.monotonic() - self._checked > REFRESH_S:
            self._checked = time.monotonic()
            if self._collection.count() != len(self._rows):
                self.load()

    def count(self) -> int:
        self._fresh()
        return len(self._rows)

    def chunks(self) -> list[Passage]:
        """Every chunk, in document order (the verifier's corpus, the extractive engine's fallback)."""
        self._fresh()
        return [r.passage(0.0, 0.0) for r in self._rows.values()]

    def dense(self, query: str | list[float], n: int = CANDIDATES) -> list[tuple[str, float]]:
        """[(id, cosine similarity)] best first, straight from Chroma."""
        self._fresh()
        vector = self.embedder.embed_query(query) if isinstance(query, str) else query
        result = self._collection.query(query_embeddings=[vector], n_results=min(n, len(self._rows)), include=["distances"])
        return [(cid, 1.0 - dist) for cid, dist in zip(result["ids"][0], result["distances"][0])]

    def _similarity(self, vector: list[float], ids: list[str]) -> dict[str, float]:
        rows = [self._position[cid] for cid in ids if cid in self._position]
        sims = self._vectors[rows] @ np.asarray(vector, dtype=np.float32)
        return {self._ids[r]: float(s) for r, s in zip(rows, sims)}

    def lexical(self, query: str) -> list[str]:
        self._fresh()
        tokens = [t for t in tokenize(query) if t in self._bm25.vocab_dict]
        if not tokens:
            return []
        docs, scores = self._bm25.retrieve([tokens], k=min(CANDIDATES, len(self._ids)), show_progress=False, n_threads=1)
        return [self._ids[i] for i, s in zip(docs[0], scores[0]) if s > 0]

    def search(self, query: str, k: int | None = None) -> list[Passage]:
        """Top passages for ``query``; empty when the best dense hit is under the relevance threshold."""
        k = k or self.settings.top_k
        vector = self.embedder.embed_query(query)
        dense = self.dense(vector)
        if not dense or dense[0][1] < self.settings.relevance_threshold:
            return []
        lexical = self.lexical(query)
        fused = rrf([cid for cid, _ in dense], lexical)
        similarity = self._similarity(vector, list(fused))
        floor = max(self.settings.relevance_threshold, dense[0][1] * RELATIVE_FLOOR)
        ranked = sorted(fused, key=lambda cid: -fused[cid])
        keep = [cid for cid in ranked if similarity.get(cid, 0.0) >= floor]
        # A passage in BM25's top few shares the question's rare words; it may sit below the relative floor (a
        # heading-led chunk the dense model scores low) but it still goes in, after the passages both agree on.
        exact = set(lexical[:LEXICAL_KEEP])
        keep += [cid for cid in ranked if cid in exact and self.settings.relevance_threshold <= similarity.get(cid, 0.0) < floor]
        return self._distinct((self._rows[cid].passage(fused[cid], similarity[cid]) for cid in keep), k)

    def _distinct(self, passages, k: int) -> list[Passage]:
        """The first ``k`` expanded passages whose text no earlier passage already holds (the same line is never cited twice)."""
        out: list[Passage] = []
        held: list[str] = []
        for passage in passages:
            if len(out) == k:
                break
            text = _normal(passage.text)
            if any(text in h for h in held):
                continue
            expanded = self._expand(passage)
            if not any(h in _normal(expanded.text) for h in held):  # an intro is not expanded with a chunk already shown
                passage = expanded
            out.append(passage)
            held.append(_normal(passage.text))
        return out

    def _expand(self, passage: Passage) -> Passage:
        """An intro that announces what follows ("...the key requirements:") carries its first subsection with it."""
        nxt = self._rows.get(self._next.get(passage.id, ""))
        if not passage.text.rstrip().endswith(":") or nxt is None or not nxt.section.startswith(passage.section):
            return passage
        return replace(passage, section=nxt.section, text=f"{passage.text}\n\n{nxt.text}")
