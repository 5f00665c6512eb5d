"""Opening the Chroma index: a persistent client under the data dir, or an HTTP client to a Chroma server.

Owns the connection and the collection's identity (name, cosine space, which
embedding model filled it). Both ingest (writer) and retrieval (reader) open
the index through here, so they always agree. No embedding function is ever
attached: vectors are computed by bot.retrieval.embed and passed explicitly, so
Chroma's default (downloading) embedding function is never used.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlparse

from bot.config import Settings
from bot.errors import ConfigError, IndexNotBuilt, IndexUnavailable

EMBEDDING_MODEL_KEY = "embedding_model"


def _check_writable(path: Path) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / ".write-test"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        raise ConfigError(f"Data dir {path} is not writable ({exc.strerror}): fix its permissions or set CAREERBOT_DATA_DIR to a writable folder") from exc


def open_client(settings: Settings, *, create: bool):
    """A Chroma client. ``create=False`` means a reader: a missing local index raises IndexNotBuilt."""
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        try:
            client = chromadb.HttpClient(host=url.hostname or "127.0.0.1", port=url.port or 8000, ssl=url.scheme == "https", settings=chroma_settings)
            client.heartbeat()
        except Exception as exc:  # chromadb raises assorted connection errors: one message for all
            raise IndexUnavailable(
                f"Cannot reach the Chroma server at {settings.chroma_url}: start it (`chroma run --host 127.0.0.1 --port {url.port or 8000}`) or unset CAREERBOT_CHROMA_URL to use a local index"
            ) from exc
        return client
    path = settings.chroma_path
    if create:
        _check_writable(path)
    elif not (path / "chroma.sqlite3").exists():
        raise IndexNotBuilt(f"No index at {path}: run `python -m ingest`")
    try:
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    except Exception as exc:  # a corrupted sqlite file or segment folder surfaces as many error types
        raise IndexNotBuilt(f"The index at {path} cannot be opened ({exc.__class__.__name__}): rebuild it with `python -m ingest --rebuild`") from exc


def open_collection(settings: Settings, *, create: bool, embedding_model: str = "all-MiniLM-L6-v2"):
    """The chunk collection. Readers get IndexNotBuilt when it does not exist or was filled by another model."""
    client = open_client(settings, create=create)
    try:
        if create:
            return client.get_or_create_collection(
                settings.collection,
                embedding_function=None,
                configuration={"hnsw": {"space": "cosine"}},
                metadata={EMBEDDING_MODEL_KEY: embedding_model},
            )
        collection = client.get_collection(settings.collection, embedding_function=None)
    except IndexNotBuilt:
        raise
    except Exception as exc:
        if create:
            raise IndexNotBuilt(f"The index cannot be written ({exc.__class__.__name__}: {exc}): rebuild it with `python -m ingest --rebuild`") from exc
        raise IndexNotBuilt(f"No collection '{settings.collection}' in the index: run `python -m ingest`") from exc
    found = (collection.metadata or {}).get(EMBEDDING_MODEL_KEY)
    if found and found != embedding_model:
        raise IndexNotBuilt(f"The index was built with {found}, not {embedding_model}: run `python -m ingest --rebuild`")
    return collection


def drop_collection(settings: Settings) -> None:
    """Start from empty (for --rebuild). A local index that cannot be opened (corrupted) is removed from disk."""
    try:
        client = open_client(settings, create=True)
        names = [c if isinstance(c, str) else c.name for c in client.list_collections()]
        if settings.collection in names:
            client.delete_collection(settings.collection)
    except IndexUnavailable:
        raise
    except Exception:  # a corrupted local index fails in many ways; removing it is the documented cure
        if settings.chroma_url:
            raise
        import shutil

        from chromadb.api.client import SharedSystemClient

        SharedSystemClient.clear_system_cache()
        shutil.rmtree(settings.chroma_path, ignore_errors=True)
