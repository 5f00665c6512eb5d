"""Syncing chunks into Chroma: add what is new, keep what is unchanged, remove what is gone.

Owns idempotence and kill-safety. Chunk ids hash content, so an unchanged
chunk is never re-embedded. New chunks are embedded and written in batches
(each batch write is atomic in Chroma); stale chunks are deleted only after
every new chunk is in. A run killed halfway therefore leaves the previous
chunks all present (the index stays usable), and the next run adds the rest
and removes the stale ones, converging to the same set as a clean run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

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
        return f"documents: {self.documents}, chunks: {self.chunks}, added: {self.added}, unchanged: {self.unchanged}, removed: {self.removed}"


def existing_ids(collection) -> set[str]:
    ids: set[str] = set()
    offset = 0
    while True:
        page = collection.get(include=[], limit=5000, offset=offset)["ids"]
        ids.update(page)
        if len(page) < 5000:
            return ids
        offset += len(page)


def _metadata(chunk: Chunk) -> dict:
    return dict(chunk.meta) | {"source": chunk.source, "section": chunk.section}


def sync(
    chunks: list[Chunk],
    collection,
    embed: Callable[[list[str]], list[list[float]]],
    *,
    documents: int,
    progress: Callable[[int], None] | None = None,
) -> SyncSummary:
    """Make the collection hold exactly ``chunks``. ``progress(n)`` is called after each batch of n embedded chunks."""
    wanted = {c.id: c for c in chunks}
    have = existing_ids(collection)
    # Shortest first: each batch then pads to a similar length (padding is most of the waste in a mixed batch).
    to_add = sorted((c for cid, c in wanted.items() if cid not in have), key=lambda c: len(c.embed_text))
    for start in range(0, len(to_add), BATCH):
        batch = to_add[start : start + BATCH]
        vectors = embed([c.embed_text for c in batch])
        collection.upsert(ids=[c.id for c in batch], embeddings=vectors, documents=[c.text for c in batch], metadatas=[_metadata(c) for c in batch])
        if progress:
            progress(len(batch))
    stale = sorted(have - wanted.keys())
    for start in range(0, len(stale), 5000):
        collection.delete(ids=stale[start : start + 5000])
    return SyncSummary(documents=documents, chunks=len(wanted), added=len(to_add), unchanged=len(wanted) - len(to_add), removed=len(stale))
