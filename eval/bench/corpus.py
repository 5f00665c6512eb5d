"""A synthetic corpus of any size, recombined from the guide, with vectors but without embedding it.

Owns turning the guide's real chunks into N chunk rows (id, text, metadata,
vector) for the retrieval benchmark. Embedding 100k texts takes too long on
two cores, so only the guide's chunks and sentences are embedded (a few
hundred texts); every synthetic chunk is 2-4 sentences, mostly from one
"home" chunk plus sometimes one from elsewhere, lightly paraphrased, and its
vector is the normalised mix of the home chunk's vector, the mean of its
sentences' vectors and a little Gaussian noise. Its section is the home
chunk's section, so recall of the expected section stays measurable.

Shortcut: paraphrasing is a fixed word-substitution table, enough to vary the
BM25 side; the vectors come from the unparaphrased sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from bot.types import Chunk

SYNONYMS = {
    "important": "key",
    "researchers": "scientists",
    "researcher": "scientist",
    "salary": "pay",
    "salaries": "pay levels",
    "companies": "firms",
    "skills": "abilities",
    "experience": "background",
    "often": "frequently",
    "significant": "major",
    "career": "professional path",
    "growth": "expansion",
    "opportunities": "openings",
    "industry": "sector",
    "develop": "build",
    "strong": "solid",
    "typically": "usually",
    "require": "need",
    "large": "big",
    "students": "learners",
}
NOISE = 0.015
Embed = Callable[[list[str]], list[list[float]]]


@dataclass(frozen=True)
class Rows:
    """Columns ready for ``collection.add``: ids, documents, metadatas, embeddings (float32, L2-normalised)."""

    ids: list[str]
    documents: list[str]
    metadatas: list[dict]
    embeddings: np.ndarray

    def __len__(self) -> int:
        return len(self.ids)

    def batches(self, size: int) -> Iterator[Rows]:
        for start in range(0, len(self), size):
            s = slice(start, start + size)
            yield Rows(self.ids[s], self.documents[s], self.metadatas[s], self.embeddings[s])


def sentences(text: str) -> list[str]:
    """Sentences and list items of a chunk with at least four words."""
    parts = re.split(r"(?<=[.!?])\s+|\n+", text)
    return [p.strip(" -*•") for p in parts if len(p.split()) >= 4]


def paraphrase(sentence: str, rng: np.random.Generator) -> str:
    """Swap each known word for its synonym with probability one half."""
    words = sentence.split(" ")
    return " ".join(SYNONYMS.get(w.lower(), w) if w.lower() in SYNONYMS and rng.random() < 0.5 else w for w in words)


def _normalise(m: np.ndarray) -> np.ndarray:
    return m / np.linalg.norm(m, axis=-1, keepdims=True).clip(min=1e-12)


@dataclass(frozen=True)
class Base:
    """The guide, embedded: its chunks and their sentences, with vectors."""

    chunks: list[Chunk]
    chunk_vectors: np.ndarray
    sentences: list[list[str]]  # per chunk
    sentence_vectors: list[np.ndarray]  # per chunk, one row per sentence

    @classmethod
    def embed(cls, chunks: Sequence[Chunk], embed: Embed) -> Base:
        chunk_vectors = np.asarray(embed([c.embed_text for c in chunks]), dtype=np.float32)
        per_chunk = [sentences(c.text) or [c.text] for c in chunks]
        flat = np.asarray(embed([s for group in per_chunk for s in group]), dtype=np.float32)
        split, start = [], 0
        for group in per_chunk:
            split.append(flat[start : start + len(group)])
            start += len(group)
        return cls(list(chunks), chunk_vectors, per_chunk, split)

    def real_rows(self) -> Rows:
        return Rows(
            [c.id for c in self.chunks],
            [c.text for c in self.chunks],
            [dict(c.meta) | {"source": c.source, "section": c.section} for c in self.chunks],
            self.chunk_vectors.copy(),
        )


def synthesise(base: Base, n: int, seed: int = 0) -> Rows:
    """The guide's real chunks plus ``n - len(base.chunks)`` recombined ones (n rows in all)."""
    rng = np.random.default_rng(seed)
    real = base.real_rows()
    extra = max(0, n - len(real))
    ids, docs, metas, vectors = [], [], [], np.empty((extra, real.embeddings.shape[1]), dtype=np.float32)
    for i in range(extra):
        text, section, vectors[i] = _one(base, rng)
        ids.append(f"synth-{i:06d}")
        docs.append(text)
        metas.append({"source": f"synthetic/guide-{i % 97:02d}.md", "section": section, "position": i})
    vectors += rng.normal(0.0, NOISE, size=vectors.shape).astype(np.float32)
    vectors = _normalise(vectors)
    return Rows(
        real.ids + ids, real.documents + docs, real.metadatas + metas, np.concatenate([real.embeddings, vectors])
    )


def _one(base: Base, rng: np.random.Generator) -> tuple[str, str, np.ndarray]:
    home = int(rng.integers(len(base.chunks)))
    own = base.sentences[home]
    picks = [(home, int(j)) for j in rng.choice(len(own), size=min(len(own), int(rng.integers(2, 5))), replace=False)]
    if rng.random() < 0.5:
        other = int(rng.integers(len(base.chunks)))
        picks.append((other, int(rng.integers(len(base.sentences[other])))))
    order = rng.permutation(len(picks))
    picks = [picks[k] for k in order]
    text = " ".join(paraphrase(base.sentences[c][j], rng) for c, j in picks)
    mean = np.mean([base.sentence_vectors[c][j] for c, j in picks], axis=0)
    vector = 0.5 * base.chunk_vectors[home] + 0.5 * _normalise(mean)
    return text, base.chunks[home].section, vector
