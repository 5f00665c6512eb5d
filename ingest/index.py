"""Syncing chunks into Chroma: add what is new, keep what is unchanged, remove what is gone.

Owns idempotence. Chunk ids hash content, so an unchanged chunk is never
re-embedded: ingest fills a new index version (ingest/pipeline.py) by copying
the live version's vectors for the chunks it already holds and embedding only
the new ones, in batches (each batch write is atomic in Chroma). Stale chunks
are deleted only after every new chunk is in. A killed run leaves a partial
version that no reader sees; the next run resumes it, adding the rest and
removing the stale ones, converging to the same set as a clean run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.retrieval.store import all_ids
from bot.types import Chunk

BATCH = 256


@dataclass(frozen=True)
class SyncSummary:
    documents: int
    chunks: int
    added: int
    unchanged: int
    removed: int

    def line(self) -> str:
        return (
            f"documents: {self.documents}, chunks: {self.chunks}, added: {self.added}, "
            f"unchanged: {self.unchanged}, removed: {self.removed}"
        )


existing_ids = all_ids  # the ids a collection holds (ingest's diff); one helper with the line collections'


def _metadata(chunk: Chunk) -> dict:
    return dict(chunk.meta) | {"source": chunk.source, "section": chunk.section}


def _copy_vectors(batch: list[Chunk], source) -> tuple[list[Chunk], list[list[float]]]:
    """The chunks of ``batch`` that ``source`` holds, with their stored vectors (same id = same embedded text)."""
    got = source.get(ids=[c.id for c in batch], include=["embeddings"])
    vectors = dict(zip(got["ids"], got["embeddings"]))
    found = [c for c in batch if c.id in vectors]
    return found, [list(map(float, vectors[c.id])) for c in found]


def sync(
    chunks: list[Chunk],
    collection,
    embed: Callable[[list[str]], list[list[float]]],
    *,
    documents: int,
    progress: Callable[[int], None] | None = None,
    reuse=None,
) -> SyncSummary:
    """Make the collection hold exactly ``chunks``. ``progress(n)`` is called after each batch of n written chunks.

    ``reuse``: another collection (the live version) whose vectors are copied for the chunks it holds, so only new
    chunks are embedded. ``added`` counts the chunks embedded; ``unchanged`` the rest of ``chunks``."""
    wanted = {c.id: c for c in chunks}
    have = existing_ids(collection)
    # Shortest first: each batch then pads to a similar length (padding is most of the waste in a mixed batch).
    to_add = sorted((c for cid, c in wanted.items() if cid not in have), key=lambda c: len(c.embed_text))
    embedded = 0
    for start in range(0, len(to_add), BATCH):
        batch = to_add[start : start + BATCH]
        copied, copied_vectors = _copy_vectors(batch, reuse) if reuse is not None else ([], [])
        held = {c.id for c in copied}
        fresh = [c for c in batch if c.id not in held]
        vectors = embed([c.embed_text for c in fresh]) if fresh else []
        embedded += len(fresh)
        done = copied + fresh
        collection.upsert(
            ids=[c.id for c in done],
            embeddings=[*copied_vectors, *vectors],
            documents=[c.text for c in done],
            metadatas=[_metadata(c) for c in done],
        )
        if progress:
            progress(len(batch))
    stale = sorted(have - wanted.keys())
    for start in range(0, len(stale), 5000):
        collection.delete(ids=stale[start : start + 5000])
    return SyncSummary(
        documents=documents, chunks=len(wanted), added=embedded, unchanged=len(wanted) - embedded, removed=len(stale)
    )
