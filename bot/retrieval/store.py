"""Opening the Chroma index: a persistent client under the data dir, or an HTTP client to a Chroma server.

Owns the connection and the collection's identity (name, cosine space, which
embedding model filled it). Both ingest (writer) and retrieval (reader) open
the index through here, so they always agree. No embedding function is ever
attached: vectors are computed by bot.retrieval.embed and passed explicitly, so
Chroma's default (downloading) embedding function is never used.

Also owns index versions (below): where each version lives, the live-version pointer every reader follows, and
the ingest lock. A version is complete before the pointer names it, so a reader never sees a half-built index.
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlparse

from bot.config import Settings
from bot.errors import BadInput, ConfigError, IndexNotBuilt, IndexUnavailable

EMBEDDING_MODEL_KEY = "embedding_model"


def _check_writable(path: Path) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / ".write-test"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        raise ConfigError(
            f"Data dir {path} is not writable ({exc.strerror}): "
            "fix its permissions or set CAREERBOT_DATA_DIR to a writable folder"
        ) from exc


def open_client(settings: Settings, *, create: bool):
    """A Chroma client. ``create=False`` means a reader: a missing local index raises IndexNotBuilt."""
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        try:
            client = chromadb.HttpClient(
                host=url.hostname or "127.0.0.1",
                port=url.port or 8000,
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
            client.heartbeat()
        except Exception as exc:  # chromadb raises assorted connection errors: one message for all
            raise IndexUnavailable(
                f"Cannot reach the Chroma server at {settings.chroma_url}: "
                f"start it (`chroma run --host 127.0.0.1 --port {url.port or 8000}`) "
                "or unset CAREERBOT_CHROMA_URL to use a local index"
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
        raise IndexNotBuilt(
            f"The index at {path} cannot be opened ({exc.__class__.__name__}): "
            "rebuild it with `python -m ingest --rebuild`"
        ) from exc


def open_collection(settings: Settings, *, create: bool, embedding_model: str = "all-MiniLM-L6-v2"):
    """The chunk collection: for a reader (``create=False``) the live version the pointer names; for a writer the
    unversioned ``settings.collection`` (tools that fill their own index). Readers get IndexNotBuilt when it does
    not exist or was filled by another model."""
    if not create:
        return open_live(settings, embedding_model)[1]
    client = open_client(settings, create=True)
    try:
        return open_version(settings, "", create=True, client=client, embedding_model=embedding_model)
    except Exception as exc:
        raise IndexNotBuilt(
            f"The index cannot be written ({exc.__class__.__name__}: {exc}): "
            "rebuild it with `python -m ingest --rebuild`"
        ) from exc


def writable_client(settings: Settings, *, reset_corrupt: bool = False):
    """A client for ingest. With ``reset_corrupt`` (``--rebuild``), a local index that cannot be opened (corrupted)
    is removed from disk with its pointer and versions, and a fresh one is opened."""
    try:
        client = open_client(settings, create=True)
        client.list_collections()
        return client
    except (IndexUnavailable, ConfigError):
        raise
    except Exception:  # a corrupted local index fails in many ways; removing it is the documented cure
        if settings.chroma_url or not reset_corrupt:
            raise
        import shutil

        from chromadb.api.client import SharedSystemClient

        SharedSystemClient.clear_system_cache()
        shutil.rmtree(settings.chroma_path, ignore_errors=True)
        shutil.rmtree(settings.data_dir / VERSIONS_DIR, ignore_errors=True)
        (settings.data_dir / POINTER_FILE).unlink(missing_ok=True)
        return open_client(settings, create=True)


# --- index versions ------------------------------------------------------------------------------------------------
# Ingest builds each index version beside the live one (collection ``<collection>-<version>``, its lexicon under
# data_dir/versions/<version>/) and flips a small pointer only when the version is complete. The pointer is a JSON file
# replaced by atomic rename under data_dir (local index), or the metadata of the collection ``<collection>-live`` on the
# Chroma server (one row, replaced in one write, read by every replica that reads the index: no extra service). A
# missing pointer means the unversioned collection ``settings.collection`` (an index built before versions) is live.

POINTER_FILE = "index-live.json"
VERSIONS_DIR = "versions"
LOCK_FILE = "ingest.lock"


@dataclass(frozen=True)
class Live:
    """What the pointer names: the live version, the previous one (for rollback), each one's manifest ({source:
    what was read from it, with its content hash}) and the version being built. Versions are found only through
    the pointer (listing collections would build Chroma's default embedding function)."""

    version: str
    previous: str | None = None
    built: str = ""
    manifest: dict[str, str] = field(default_factory=dict)
    previous_manifest: dict[str, str] = field(default_factory=dict)
    building: str | None = None  # a version being built (or left partial by a killed run): no reader opens it

    def to_json(self) -> dict:
        return asdict(self)

    @staticmethod
    def from_json(data: dict) -> Live:
        return Live(
            **{
                k: data[k]
                for k in ("version", "previous", "built", "manifest", "previous_manifest", "building")
                if k in data
            }
        )

    def rolled_back(self) -> Live:
        if self.previous is None:
            raise BadInput("There is no previous version of the index to roll back to.")
        return Live(
            self.previous,
            self.version,
            datetime.now(UTC).isoformat(timespec="seconds"),
            self.previous_manifest,
            self.manifest,
            self.building,
        )


LEGACY = Live(version="")


def new_version() -> str:
    """A fresh version id, sortable by time: v20250101t120000-1a2b3c."""
    return "v" + datetime.now(UTC).strftime("%Y%m%dt%H%M%S") + "-" + secrets.token_hex(3)


def collection_name(settings: Settings, version: str) -> str:
    return f"{settings.collection}-{version}" if version else settings.collection


def version_dir(settings: Settings, version: str) -> Path:
    """Where a version's lexicon lives; the unversioned (legacy) index keeps it in data_dir itself."""
    return settings.data_dir / VERSIONS_DIR / version if version else settings.data_dir


def _pointer_collection(client, settings: Settings):
    return client.get_or_create_collection(f"{settings.collection}-live", embedding_function=None)


def read_pointer(settings: Settings, client=None) -> Live:
    """The live version (LEGACY when no ingest has flipped a pointer yet)."""
    if settings.chroma_url:
        client = client or open_client(settings, create=False)
        raw = (_pointer_collection(client, settings).metadata or {}).get("pointer")
        return Live.from_json(json.loads(raw)) if raw else LEGACY
    path = settings.data_dir / POINTER_FILE
    try:
        return Live.from_json(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return LEGACY


def pointer_stamp(settings: Settings) -> tuple:
    """A cheap value that changes whenever a local pointer is replaced (a rename gives a new inode)."""
    try:
        st = (settings.data_dir / POINTER_FILE).stat()
    except FileNotFoundError:
        return ()
    return (st.st_ino, st.st_mtime_ns, st.st_size)


def write_pointer(settings: Settings, live: Live, client=None) -> None:
    """Flip the pointer in one atomic step: rename over the file, or one metadata write on the Chroma server."""
    text = json.dumps(live.to_json(), ensure_ascii=False)
    if settings.chroma_url:
        _pointer_collection(client or open_client(settings, create=True), settings).modify(metadata={"pointer": text})
        return
    path = settings.data_dir / POINTER_FILE
    tmp = path.with_name(f".{POINTER_FILE}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    tmp.replace(path)


def open_version(
    settings: Settings, version: str, *, create: bool, client=None, embedding_model: str = "all-MiniLM-L6-v2"
):
    """The collection of one version (created empty when ``create``)."""
    client = client or open_client(settings, create=create)
    name = collection_name(settings, version)
    if create:
        return client.get_or_create_collection(
            name,
            embedding_function=None,
            configuration={"hnsw": {"space": "cosine"}},
            metadata={EMBEDDING_MODEL_KEY: embedding_model},
        )
    try:
        collection = client.get_collection(name, embedding_function=None)
    except Exception as exc:  # chromadb raises NotFoundError / ValueError / InvalidCollection by version
        raise IndexNotBuilt(f"No collection '{name}' in the index: run `python -m ingest`") from exc
    found = (collection.metadata or {}).get(EMBEDDING_MODEL_KEY)
    if found and found != embedding_model:
        raise IndexNotBuilt(
            f"The index was built with {found}, not {embedding_model}: run `python -m ingest --rebuild`"
        )
    return collection


LINES_SUFFIX = "-lines"  # a version's line collection (bot/retrieval/meaning.py): "<collection>-<version>-lines"


def all_ids(collection) -> set[str]:
    """Every id a collection holds, read a page at a time (ingest's diff, a version's stale lines)."""
    ids: set[str] = set()
    offset = 0
    while True:
        page = collection.get(include=[], limit=5000, offset=offset)["ids"]
        ids.update(page)
        if len(page) < 5000:
            return ids
        offset += len(page)


def open_live(settings: Settings, embedding_model: str = "all-MiniLM-L6-v2", *, client=None):
    """(live pointer, its collection) for a reader; ``client`` reuses one the caller has opened."""
    client = client or open_client(settings, create=False)
    live = read_pointer(settings, client)
    return live, open_version(settings, live.version, create=False, client=client, embedding_model=embedding_model)


def delete_version(settings: Settings, client, version: str) -> None:
    import shutil

    for name in (collection_name(settings, version), collection_name(settings, version) + LINES_SUFFIX):
        with suppress(Exception):  # already gone: nothing to do
            client.delete_collection(name)
    if version:
        shutil.rmtree(version_dir(settings, version), ignore_errors=True)


@contextmanager
def ingest_lock(settings: Settings) -> Iterator[None]:
    """One ingest at a time per data dir (the web's background thread and the CLI wait for each other)."""
    import fcntl

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    with (settings.data_dir / LOCK_FILE).open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def roll_back(settings: Settings, embedding_model: str = "all-MiniLM-L6-v2") -> Live:
    """Make the previous version live again (the current one becomes the previous: rolling back twice undoes it)."""
    import shutil

    client = writable_client(settings)
    with ingest_lock(settings):
        back = read_pointer(settings, client).rolled_back()
        open_version(
            settings, back.version, create=False, client=client, embedding_model=embedding_model
        )  # still there
        write_pointer(settings, back, client)
        lexicon = version_dir(settings, back.version) / "lexicon.json"
        if back.version and lexicon.is_file():  # data_dir/lexicon.json follows the live version
            shutil.copyfile(lexicon, settings.data_dir / ".lexicon.rollback")
            (settings.data_dir / ".lexicon.rollback").replace(settings.data_dir / "lexicon.json")
        return back
