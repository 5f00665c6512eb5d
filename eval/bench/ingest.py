"""Ingest benchmark: chunks per second of a full ingest against bare SentenceTransformer.encode,
and an unchanged re-ingest.

Owns writing a bigger corpus (``copies`` copies of every corpus file under new
names, so their chunk ids differ), timing ``ingest.pipeline.ingest`` into an
empty temp index with an already-loaded Embedder, timing the bare
``SentenceTransformer.encode`` of exactly the texts ingest embeds (same batch
size, normalised), alternating the two ``rounds`` times and keeping each
side's best, then timing a second ingest of the unchanged corpus.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.config import Settings
from bot.retrieval.embed import Embedder, model_path
from eval.bench.stats import ratio, stopwatch
from ingest.chunk import chunk_corpus
from ingest.load import load_corpus
from ingest.pipeline import ingest


def write_corpus(src: Path, dst: Path, copies: int) -> Path:
    dst.mkdir(parents=True, exist_ok=True)
    for f in sorted(p for p in src.iterdir() if p.is_file()):
        for k in range(copies):
            shutil.copyfile(f, dst / f"{f.stem}-copy{k:02d}{f.suffix}")
    return dst


def run(settings: Settings, embedder: Embedder, workdir: Path, copies: int, rounds: int) -> dict:
    from sentence_transformers import SentenceTransformer

    corpus = write_corpus(settings.corpus_dir, workdir / "corpus", copies)
    docs, _ = load_corpus(corpus)
    texts = [c.embed_text for c in chunk_corpus(docs, settings.chunk_size, settings.chunk_overlap)]
    bare = SentenceTransformer(str(model_path()), device="cpu", local_files_only=True)
    embedder.embed(["warm up"])
    bare.encode(["warm up"])
    full_s, bare_s = [], []
    for r in range(rounds):
        with stopwatch() as t:
            bare.encode(
                texts,
                batch_size=embedder.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        bare_s.append(t[0])
        local = settings.model_copy(update={"data_dir": workdir / f"data{r}", "corpus_dir": corpus, "chroma_url": None})
        with stopwatch() as t:
            summary, _ = ingest(local, show_progress=False, embedder=embedder)
        full_s.append(t[0])
    with stopwatch() as t:
        again, _ = ingest(local, show_progress=False, embedder=embedder)
    n = len(texts)
    return {
        "documents": len(docs),
        "chunks": n,
        "rounds": rounds,
        "full_s": round(min(full_s), 2),
        "bare_encode_s": round(min(bare_s), 2),
        "chunks_per_s": round(n / min(full_s), 1),
        "bare_chunks_per_s": round(n / min(bare_s), 1),
        "throughput_ratio": ratio(min(bare_s), min(full_s)),
        "reingest_s": round(t[0], 3),
        "reingest_fraction": ratio(t[0], min(full_s), 4),
        "reingest_added": again.added,
        "first_added": summary.added,
    }
