"""Line vectors: every line of every chunk embedded at ingest, so the evidence ranker scores lines by meaning too.

Owns each index version's line collection ``<chunk collection>-lines``: one vector per line a quoted answer can give
(``bot.lines.read``: items, table rows, sentences), embedded as "<document title>. <section path>: <line>" (the line
alone is often too short to mean anything: "Band 6: £36,200"). Ids hash that text: ingest (ingest/pipeline.py) copies
the live version's vector of every line it already holds and embeds only new lines, before the pointer flips; the
collection lives and dies with its version (a Chroma server holds it beside the chunks for every replica; a new
collection per version, never one rewritten under a reader, since a local Chroma client does not see another
process's writes to a collection it has open).

``LineVectors`` is what a retriever's snapshot holds: {(source, line as quoted): vector}; ``scores`` gives each line
of the passages read together its cosine with the question. A line with no stored vector (an index built before line
vectors) scores 0: the other signals still rank it, and ``python -m ingest`` fills the vectors.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from bot.lines import Line, read
from bot.retrieval.store import LINES_SUFFIX, all_ids
from bot.types import Passage, document_title

BATCH = 512
MEANING = 3.0  # the ranker's weight of a line's cosine with the question: chosen on the dev suites (docs/evaluation.md)


def line_text(title: str, line: Line) -> str:
    """What is embedded for a line: its document's title and section path give it the meaning it has in place."""
    where = ". ".join(x for x in (title, line.section) if x)
    return f"{where}: {line.quoted}" if where else line.quoted


def line_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def chunk_lines(source: str, title: str, section: str, text: str) -> list[tuple[tuple[str, str], str]]:
    """[((source, line as quoted), embedded text)] for the lines of one chunk that state something."""
    one = Passage(id="", source=source, section=section, text=text)
    return [((source, line.quoted), line_text(title, line)) for line in read([one])]


def lines_of(chunks: Iterable[tuple[str, dict, str, str]]) -> dict[str, tuple[tuple[str, str], str]]:
    """{line id: (key, embedded text)} for chunks given as (source, meta, section, text)."""
    out: dict[str, tuple[tuple[str, str], str]] = {}
    for source, meta, section, text in chunks:
        for key, embedded in chunk_lines(source, document_title(meta), section, text):
            out.setdefault(line_id(embedded), (key, embedded))
    return out


def open_lines(client, collection_name: str, embedding_model: str, *, create: bool):
    """The line collection beside a chunk collection (None when a reader finds none: an older index)."""
    name = collection_name + LINES_SUFFIX
    if create:
        return client.get_or_create_collection(
            name,
            embedding_function=None,
            configuration={"hnsw": {"space": "cosine"}},
            metadata={"embedding_model": embedding_model},
        )
    try:
        found = client.get_collection(name, embedding_function=None)
    except Exception:  # noqa: BLE001 - chromadb raises NotFoundError / ValueError by version: no line vectors yet
        return None
    return found if (found.metadata or {}).get("embedding_model") in (None, embedding_model) else None


def _held(collection, ids: list[str]) -> set[str]:
    held: set[str] = set()
    for start in range(0, len(ids), 5000):
        held.update(collection.get(ids=ids[start : start + 5000], include=[])["ids"])
    return held


def _copied(reuse, ids: list[str]) -> dict[str, list[float]]:
    """The vectors ``reuse`` (the live version's lines) holds for ``ids``: same id, same embedded text."""
    if reuse is None or not ids:
        return {}
    got = reuse.get(ids=ids, include=["embeddings"])
    return {i: list(map(float, v)) for i, v in zip(got["ids"], got["embeddings"])}


def sync_lines(
    chunks: Sequence[tuple[str, dict, str, str]],
    collection,
    embed: Callable[[list[str]], list[list[float]]],
    *,
    reuse=None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Make a version's line collection hold exactly the lines of ``chunks``: vectors copied from ``reuse`` (the live
    version's line collection) for the lines it holds, the others embedded. Returns how many lines were embedded."""
    wanted = lines_of(chunks)
    ids = list(wanted)
    missing = sorted(set(ids) - _held(collection, ids), key=lambda i: len(wanted[i][1]))
    embedded = done = 0
    for start in range(0, len(missing), BATCH):
        batch = missing[start : start + BATCH]
        copied = _copied(reuse, batch)
        fresh = [i for i in batch if i not in copied]
        vectors = dict(zip(fresh, embed([wanted[i][1] for i in fresh]))) if fresh else {}
        embedded += len(fresh)
        collection.upsert(
            ids=batch,
            embeddings=[copied.get(i) or vectors[i] for i in batch],
            documents=[wanted[i][1] for i in batch],
            metadatas=[{"source": wanted[i][0][0]} for i in batch],
        )
        done += len(batch)
        if progress:
            progress(done, len(missing))
    stale = sorted(all_ids(collection) - set(wanted))  # a resumed partial version may hold lines since changed
    for start in range(0, len(stale), 5000):
        collection.delete(ids=stale[start : start + 5000])
    return embedded


@dataclass(frozen=True)
class LineVectors:
    """The line vectors of one index version: {(source, line as quoted): row of ``matrix``}."""

    rows: dict[tuple[str, str], int] = field(default_factory=dict)
    matrix: object = None  # numpy float32 (n, d), L2-normalised

    def __len__(self) -> int:
        return len(self.rows)

    def scores(self, vector: Sequence[float], lines: Sequence[Line], passages: Sequence[Passage]) -> list[float]:
        """Each line's cosine with the question's vector (0 for a line with no stored vector)."""
        if not self.rows or not lines:
            return [0.0] * len(lines)
        at = [self.rows.get((passages[u.n - 1].source, u.quoted), -1) for u in lines]
        known = [i for i in at if i >= 0]
        if not known:
            return [0.0] * len(lines)
        sims = self.matrix[known] @ np.asarray(vector, dtype=np.float32)
        by_row = dict(zip(known, sims.tolist()))
        return [by_row.get(i, 0.0) for i in at]


def load_lines(collection, chunks: Sequence[tuple[str, dict, str, str]]) -> LineVectors:
    """The vectors of the lines of ``chunks`` (an index version's rows) from the line collection."""
    if collection is None:
        return LineVectors()
    wanted = lines_of(chunks)
    line_ids = list(wanted)
    rows: dict[tuple[str, str], int] = {}
    vectors: list = []
    for start in range(0, len(line_ids), 5000):
        got = collection.get(ids=line_ids[start : start + 5000], include=["embeddings"])
        for i, v in zip(got["ids"], got["embeddings"]):
            key = wanted[i][0]
            if key not in rows:
                rows[key] = len(vectors)
                vectors.append(v)
    matrix = np.asarray(vectors, dtype=np.float32) if vectors else None
    return LineVectors(rows, matrix)
