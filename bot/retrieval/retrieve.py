"""Hybrid retrieval: Chroma dense search plus BM25 (bm25s), fused by reciprocal rank, thresholded.

Owns turning a standalone query into at most ``top_k`` ``Passage`` values.
A question counts as covered only when its best dense hit reaches
``relevance_threshold`` (cosine); otherwise the result is empty and the chain
refuses without generating. Passages whose own similarity is far below the
best hit are dropped, so the model gets as few tokens as the answer needs.

BM25 is bm25s (sparse-matrix BM25: milliseconds at 100k chunks) rather than
LangChain's BM25Retriever, whose package (langchain-community) is being
sunset and whose rank_bm25 backend scores every document in Python.
The BM25 side is built in memory from the live index version's documents at
load time and rebuilt when the live-version pointer moves (ingest or
rollback; bot/retrieval/store.py), so every replica picks up a re-ingest, and
a question asked during one is answered from the version that was live.
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
from bot.retrieval.meaning import LineVectors, load_lines
from bot.text import row_cells, tokenize
from bot.types import Passage, document_title, search_text
from bot.vocabulary import asks_for_prose

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
        return Passage(
            id=self.id,
            source=str(self.meta.get("source", "")),
            section=self.section,
            text=self.text,
            score=score,
            similarity=similarity,
            meta=meta,
        )


def read_all(collection) -> list[_Row]:
    rows: list[_Row] = []
    offset = 0
    while True:
        page = collection.get(include=["documents", "metadatas", "embeddings"], limit=5000, offset=offset)
        rows += [
            _Row(i, d or "", dict(m or {}), e)
            for i, d, m, e in zip(page["ids"], page["documents"], page["metadatas"], page["embeddings"])
        ]
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


@dataclass(frozen=True)
class _Snapshot:
    """One index version as read at one time: a question uses one snapshot from start to end."""

    version: str
    collection: object
    rows: dict[str, _Row]
    ids: list[str]
    position: dict[str, int]
    next: dict[str, str]
    vectors: object
    bm25: object
    lines: LineVectors = LineVectors()


def _snapshot(version: str, collection, rows: list[_Row], lines=None) -> _Snapshot:
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets DEBUG on import: noise in the CLI

    from bot.errors import IndexNotBuilt

    if not rows:
        raise IndexNotBuilt("The index is empty: add documents to the corpus folder and run `python -m ingest`")
    ids = [r.id for r in rows]
    bm25 = bm25s.BM25()
    bm25.index(
        [tokenize(search_text(document_title(r.meta), r.section, r.text)) or ["<empty>"] for r in rows],
        show_progress=False,
    )
    return _Snapshot(
        version,
        collection,
        {r.id: r for r in rows},
        ids,
        {cid: i for i, cid in enumerate(ids)},
        {a.id: b.id for a, b in zip(rows, rows[1:]) if a.meta.get("source") == b.meta.get("source")},
        np.asarray([r.vector for r in rows], dtype=np.float32),
        bm25,
        load_lines(lines, [(str(r.meta.get("source", "")), r.meta, r.section, r.text) for r in rows]),
    )


class Retriever:
    """Reads the live index version built by ingest. Cheap to construct; ``load()`` opens it (raises IndexNotBuilt).

    Each question re-checks the live-version pointer (a stat of the local pointer file; on a Chroma server, one
    read at most every ``REFRESH_S`` seconds). When it names a new version, the new version is read into a new
    snapshot while other questions go on with the old one, then swapped in with one assignment."""

    def __init__(self, settings: Settings, embedder=None) -> None:
        self.settings = settings
        self._embedder = embedder
        self._lock = threading.Lock()
        self._snap: _Snapshot | None = None
        self._stamp: tuple = ()
        self._checked = 0.0

    @property
    def embedder(self):
        if self._embedder is None:
            from bot.retrieval.embed import Embedder

            self._embedder = Embedder()
        return self._embedder

    @property
    def version(self) -> str:
        """The index version being read ("" for an index built before versions)."""
        return self._fresh().version

    def load(self) -> None:
        with self._lock:
            self._load()

    def _load(self) -> None:
        from bot.retrieval.embed import MODEL_NAME
        from bot.retrieval.meaning import open_lines
        from bot.retrieval.store import collection_name, open_client, open_live, pointer_stamp

        stamp = pointer_stamp(self.settings)
        client = open_client(self.settings, create=False)
        live, collection = open_live(self.settings, MODEL_NAME, client=client)
        lines = open_lines(client, collection_name(self.settings, live.version), MODEL_NAME, create=False)
        self._snap = _snapshot(live.version, collection, read_all(collection), lines)
        self._stamp, self._checked = stamp, time.monotonic()

    def _moved(self) -> bool:
        """Has the live pointer moved since the snapshot was read? Cheap: a stat, or a throttled server read."""
        from bot.retrieval.store import pointer_stamp, read_pointer

        if not self.settings.chroma_url:
            return pointer_stamp(self.settings) != self._stamp
        if time.monotonic() - self._checked < REFRESH_S:
            return False
        self._checked = time.monotonic()
        return read_pointer(self.settings).version != self._snap.version

    def _fresh(self) -> _Snapshot:
        if self._snap is None:
            self.load()
        elif self._moved() and self._lock.acquire(blocking=False):  # one thread reloads; the others use the old one
            try:
                self._load()
            except Exception:  # noqa: BLE001 - the old version keeps answering; the next question tries again
                logging.getLogger(__name__).warning("could not read the new index version", exc_info=True)
                self._stamp = ()
            finally:
                self._lock.release()
        return self._snap

    def meaning(self, query: str):
        """``scores(lines, passages)``: each line's cosine with ``query`` (bot/retrieval/meaning.py), from the line
        vectors ingest stored; the query's vector is the one retrieval computed (the embedder caches it)."""
        snap = self._fresh()
        if not len(snap.lines):
            return None
        vector = self.embedder.embed_query(query)
        return lambda lines, passages: snap.lines.scores(vector, lines, passages)

    def count(self) -> int:
        return len(self._fresh().rows)

    def chunks(self) -> list[Passage]:
        """Every chunk, in document order (the verifier's corpus, the extractive engine's fallback)."""
        return [r.passage(0.0, 0.0) for r in self._fresh().rows.values()]

    def dense(
        self, query: str | list[float], n: int = CANDIDATES, snap: _Snapshot | None = None
    ) -> list[tuple[str, float]]:
        """[(id, cosine similarity)] best first, straight from Chroma."""
        snap = snap or self._fresh()
        vector = self.embedder.embed_query(query) if isinstance(query, str) else query
        result = snap.collection.query(
            query_embeddings=[vector], n_results=min(n, len(snap.rows)), include=["distances"]
        )
        return [(cid, 1.0 - dist) for cid, dist in zip(result["ids"][0], result["distances"][0])]

    @staticmethod
    def _similarity(snap: _Snapshot, vector: list[float], ids: list[str]) -> dict[str, float]:
        rows = [snap.position[cid] for cid in ids if cid in snap.position]
        sims = snap.vectors[rows] @ np.asarray(vector, dtype=np.float32)
        return {snap.ids[r]: float(s) for r, s in zip(rows, sims)}

    def lexical(self, query: str, snap: _Snapshot | None = None) -> list[str]:
        snap = snap or self._fresh()
        tokens = [t for t in tokenize(query) if t in snap.bm25.vocab_dict]
        if not tokens:
            return []
        docs, scores = snap.bm25.retrieve([tokens], k=min(CANDIDATES, len(snap.ids)), show_progress=False, n_threads=1)
        return [snap.ids[i] for i, s in zip(docs[0], scores[0]) if s > 0]

    def search(self, query: str, k: int | None = None) -> list[Passage]:
        """Top passages for ``query``; empty when the best dense hit is under the relevance threshold."""
        k = k or self.settings.top_k
        snap = self._fresh()
        vector = self.embedder.embed_query(query)
        dense = self.dense(vector, snap=snap)
        if not dense or dense[0][1] < self.settings.relevance_threshold:
            return []
        lexical = self.lexical(query, snap)
        fused = rrf([cid for cid, _ in dense], lexical)
        similarity = self._similarity(snap, vector, list(fused))
        floor = max(self.settings.relevance_threshold, dense[0][1] * RELATIVE_FLOOR)
        ranked = sorted(fused, key=lambda cid: -fused[cid])
        keep = [cid for cid in ranked if similarity.get(cid, 0.0) >= floor]
        # A passage in BM25's top few shares the question's rare words; it may sit below the relative floor (a
        # heading-led chunk the dense model scores low) but it still goes in, after the passages both agree on.
        exact = set(lexical[:LEXICAL_KEEP])
        keep += [
            cid
            for cid in ranked
            if cid in exact and self.settings.relevance_threshold <= similarity.get(cid, 0.0) < floor
        ]
        if asks_for_prose(query):
            # "What degree do you need?": the document's prose before its table rows, which name the job and place
            # as often as the prose does but never answer such a question
            keep = sorted(keep, key=lambda cid: row_cells(snap.rows[cid].text) is not None)
        return self._distinct(snap, (snap.rows[cid].passage(fused[cid], similarity[cid]) for cid in keep), k)

    def _distinct(self, snap: _Snapshot, passages, k: int) -> list[Passage]:
        """The first ``k`` expanded passages whose text no earlier passage already holds
        (the same line is never cited twice)."""
        out: list[Passage] = []
        held: list[str] = []
        for passage in passages:
            if len(out) == k:
                break
            text = _normal(passage.text)
            if any(text in h for h in held):
                continue
            expanded = self._expand(snap, passage)
            if not any(
                h in _normal(expanded.text) for h in held
            ):  # an intro is not expanded with a chunk already shown
                passage = expanded
            out.append(passage)
            held.append(_normal(passage.text))
        return out

    @staticmethod
    def _expand(snap: _Snapshot, passage: Passage) -> Passage:
        """An intro that announces what follows ("...the key requirements:") carries its first subsection with it."""
        nxt = snap.rows.get(snap.next.get(passage.id, ""))
        if not passage.text.rstrip().endswith(":") or nxt is None or not nxt.section.startswith(passage.section):
            return passage
        return replace(passage, section=nxt.section, text=f"{passage.text}\n\n{nxt.text}")
