"""The ingest composition: corpus -> load -> chunk -> embed -> Chroma (+ the lexicon, bot/retrieval/lexicon.py), with a progress bar.

Owns the order of the steps and the user-facing checks (missing corpus). The
embedding model is loaded only when there is something to embed, so an
unchanged re-run is cheap.
"""

from __future__ import annotations

from bot.config import Settings
from bot.errors import ConfigError
from bot.retrieval.store import drop_collection, open_collection
from ingest.chunk import chunk_corpus
from bot.retrieval.embed import MODEL_NAME, Embedder
from ingest.index import SyncSummary, sync
from bot.retrieval.lexicon import build_lexicon, save_lexicon
from ingest.load import load_corpus


def ingest(settings: Settings, *, rebuild: bool = False, show_progress: bool = True, embedder: Embedder | None = None) -> tuple[SyncSummary, list[str]]:
    corpus = settings.corpus_dir
    if not corpus.is_dir():
        raise ConfigError(f"Corpus folder {corpus} does not exist: create it and add documents, or set CAREERBOT_CORPUS_DIR")
    docs, warnings = load_corpus(corpus)
    chunks = chunk_corpus(docs, settings.chunk_size, settings.chunk_overlap)
    if rebuild:
        drop_collection(settings)
    collection = open_collection(settings, create=True, embedding_model=MODEL_NAME)
    embedder = embedder or Embedder()
    from tqdm import tqdm

    with tqdm(total=len(chunks), desc="embedding", unit="chunk", disable=not show_progress, leave=False) as bar:
        bar.update(0)
        summary = sync(chunks, collection, embedder.embed, documents=len(docs), progress=bar.update)
    save_lexicon(build_lexicon(chunks), settings.data_dir)  # names, roles, lists, scopes: what verify/scope/condense read
    return summary, warnings
