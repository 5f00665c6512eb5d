"""The ingest composition: corpus -> load -> chunk -> embed -> a new index version -> flip the live pointer.

Owns the order of the steps, index versions and the user-facing checks (missing corpus). Each run that changes
anything builds a new version beside the live one (bot/retrieval/store.py: collection ``<collection>-<version>``,
lexicon under data_dir/versions/<version>/), copying the live version's vectors for unchanged chunks and embedding
only new ones, and flips the pointer only when the version is complete: a question asked meanwhile is answered from
the live version, and a failed or killed run changes nothing a reader sees (the next run resumes its partial
version). The previous version is kept for ``rollback``; older ones are deleted. A run where nothing changed (same
chunks, same files) builds nothing and loads no embedding model. One run at a time per data dir (a file lock).

The pointer also carries each version's manifest: per document, its content hash and what careerbot read from it
(title, places, years, currency, sections, tables, chunks, warnings), which the documents page shows.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from bot.config import Settings
from bot.errors import ConfigError
from bot.retrieval.embed import MODEL_NAME, Embedder
from bot.retrieval.lexicon import build_lexicon, save_lexicon
from bot.retrieval.store import (
    Live,
    delete_version,
    ingest_lock,
    open_version,
    read_pointer,
    version_dir,
    writable_client,
    write_pointer,
)
from bot.types import Chunk
from ingest.chunk import chunk_corpus, chunk_document
from ingest.index import SyncSummary, existing_ids, sync
from ingest.load import SourceDoc, load_corpus

Stage = Callable[[str, int, int], None]  # (stage, done, total): "reading", "embedding", "lines", "live"
LAST_RUN = "ingest-last.json"  # the last run's unreadable files, for the documents page
CURRENCY = re.compile(r"NZ\$|[£$€¥₹₩]|\b(?:USD|GBP|EUR|CAD|AUD|NZD|INR|JPY|CHF|AED|SAR|QAR|ZAR|KRW|CNY)\b")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
TABLE_RULE = re.compile(r"^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$", re.M)
CURRENCY_NAMES = {"£": "GBP", "$": "USD", "€": "EUR", "¥": "JPY", "₹": "INR", "NZ$": "NZD"}


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def _table_warnings(text: str) -> list[str]:
    """A table whose header row holds figures (its first row is data) cannot label its rows' figures."""
    lines = text.splitlines()
    out = []
    for i, line in enumerate(lines):
        if i and TABLE_RULE.match(line):
            cells = [c.strip() for c in lines[i - 1].strip().strip("|").split("|")]
            numeric = [c for c in cells if c and re.fullmatch(r"[\d.,£$€%\s-]+", c) and not re.fullmatch(r"\d{4}", c)]
            if numeric or not any(cells):  # a header of years ("Point | 2021 | 2022") is a header
                out.append("a table has no header row: its figures are read without column names")
    return out


def read_report(doc: SourceDoc, chunks: list[Chunk], digest: str) -> dict:
    """What careerbot read from one document, in plain values (JSON for the pointer's manifest)."""
    from bot.tables import Tables

    meta, text = doc.meta, doc.text
    # what the answers use (bot/tables.py): the document's job, places, years, currency and pay period, its table rows
    profile = Tables.build(chunks).profiles.get(doc.source)
    currencies = sorted({CURRENCY_NAMES.get(m, m) for m in CURRENCY.findall(text)})
    if profile and profile.currency in ("CAD", "AUD", "NZD") and "USD" in currencies:
        currencies.remove("USD")  # a bare "$" in a Canadian or Australian document is its own dollar
    if profile and profile.currency and profile.currency not in currencies:
        currencies.append(profile.currency)
    years = list(profile.years) if profile and profile.years else []
    years = years or sorted({str(meta["year"])} if meta.get("year") else set(YEAR.findall(text)))
    places = ([str(meta["region"])] if meta.get("region") else []) + (list(profile.places) if profile else [])
    warnings = _table_warnings(text)
    if currencies and not years:
        warnings.append("its figures have no year: students cannot tell how current they are")
    return {
        "hash": digest,
        "title": str(meta.get("title", "")),
        "subject": str(meta.get("scope") or meta.get("subject") or ""),
        "occupation": profile.occupation if profile else "",
        "places": list(dict.fromkeys(places)),
        "years": years,
        "currency": currencies,
        "period": "/".join(profile.periods) if profile and profile.periods else str(meta.get("period", "")),
        "rows": profile.records if profile else 0,
        "sections": len({c.section for c in chunks if c.section}),
        "section_names": list(dict.fromkeys(c.section.split(" > ")[0] for c in chunks if c.section))[:12],
        "tables": len(TABLE_RULE.findall(text)),
        "chunks": len(chunks),
        "warnings": warnings,
    }


def manifest_of(docs: list[SourceDoc], chunks: list[Chunk], corpus: Path) -> dict[str, dict]:
    base = corpus.resolve().parent
    by_source: dict[str, list[Chunk]] = {}
    for c in chunks:
        by_source.setdefault(c.source, []).append(c)
    return {d.source: read_report(d, by_source.get(d.source, []), file_hash(base / d.source)) for d in docs}


def inspect(path: Path, settings: Settings) -> dict:
    """What careerbot reads from one file (raises Unreadable with the reason): the upload check."""
    from ingest.load import load_file

    doc = load_file(path, path.name)
    return read_report(doc, chunk_document(doc, settings.chunk_size, settings.chunk_overlap), file_hash(path))


def _save_last_run(settings: Settings, warnings: list[str]) -> None:
    failed = {}
    for w in warnings:
        source, _, reason = w.removeprefix("skipped ").partition(": ")
        failed[source] = reason
    path = settings.data_dir / LAST_RUN
    tmp = path.with_suffix(".tmp")
    tmp.write_text(
        json.dumps({"finished": datetime.now(UTC).isoformat(timespec="seconds"), "failed": failed}), encoding="utf-8"
    )
    tmp.replace(path)


def _unchanged(live: Live, live_ids: set[str], chunks: list[Chunk], manifest: dict) -> bool:
    hashes = {s: r["hash"] for s, r in manifest.items()}
    return (
        bool(live.version)
        and live_ids == {c.id for c in chunks}
        and {s: r.get("hash") for s, r in live.manifest.items()} == hashes
    )


def _refresh_lexicon(settings: Settings, client, version: str, chunks: list[Chunk]) -> None:
    """The same documents read by a newer careerbot: its lexicon (short forms, roles, scopes) is built again and,
    when it differs from the stored one, written and the pointer rewritten so readers reload it."""
    import json

    lexicon = build_lexicon(chunks)
    stored = version_dir(settings, version) / "lexicon.json"
    try:
        same = json.loads(stored.read_text(encoding="utf-8")) == json.loads(json.dumps(lexicon.to_json()))
    except (OSError, ValueError):
        same = False
    if not same:
        save_lexicon(lexicon, version_dir(settings, version))
        save_lexicon(lexicon, settings.data_dir)
        write_pointer(settings, read_pointer(settings, client), client)


def _target(settings: Settings, client, live: Live, rebuild: bool) -> tuple[str, Live]:
    """The version to build: the partial one a killed run left (resumed), else a new one named in the pointer as
    ``building`` before any of it is written, so a killed run's leftovers are always found and reused or deleted."""
    from bot.retrieval.store import new_version

    if live.building and not rebuild and live.building not in (live.version, live.previous):
        return live.building, live
    if live.building and live.building not in (live.version, live.previous):
        delete_version(settings, client, live.building)
    version = new_version()
    live = replace(live, building=version)
    write_pointer(settings, live, client)
    return version, live


def _has_lines(settings: Settings, client, version: str) -> bool:
    from bot.retrieval.meaning import open_lines
    from bot.retrieval.store import collection_name

    lines = open_lines(client, collection_name(settings, version), MODEL_NAME, create=False)
    return lines is not None and lines.count() > 0


def _drop_partial(settings: Settings, client, live: Live) -> None:
    if live.building:
        if live.building not in (live.version, live.previous):
            delete_version(settings, client, live.building)
        write_pointer(settings, replace(live, building=None), client)


def ingest(
    settings: Settings,
    *,
    rebuild: bool = False,
    show_progress: bool = True,
    embedder: Embedder | None = None,
    on_stage: Stage | None = None,
) -> tuple[SyncSummary, list[str]]:
    """Build the corpus into a new index version and make it live; (summary, warnings). ``on_stage(stage, done,
    total)`` reports progress: reading, embedding (chunks written so far), live."""
    corpus = settings.corpus_dir
    if not corpus.is_dir():
        raise ConfigError(
            f"Corpus folder {corpus} does not exist: create it and add documents, or set CAREERBOT_CORPUS_DIR"
        )
    stage = on_stage or (lambda *_: None)
    client = writable_client(settings, reset_corrupt=rebuild)
    with ingest_lock(settings):
        stage("reading", 0, 0)
        docs, warnings = load_corpus(corpus)
        chunks = chunk_corpus(docs, settings.chunk_size, settings.chunk_overlap)
        manifest = manifest_of(docs, chunks, corpus)
        _save_last_run(settings, warnings)
        live = read_pointer(settings, client)
        try:
            live_collection = open_version(
                settings, live.version, create=False, client=client, embedding_model=MODEL_NAME
            )
        except Exception:  # noqa: BLE001 - no live index yet (or another model's): build from nothing
            live, live_collection = Live(version="", building=live.building), None
        live_ids = existing_ids(live_collection) if live_collection is not None else set()
        if not rebuild and _unchanged(live, live_ids, chunks, manifest):
            _drop_partial(settings, client, live)  # a killed run's leftovers
            if live_collection is not None and not _has_lines(settings, client, live.version):
                # an index built before line vectors gets them; the pointer is written again so readers reload
                _embed_lines(
                    settings, client, chunks, live.version, None, _LazyEmbedder(embedder), show_progress, stage
                )
                write_pointer(settings, read_pointer(settings, client), client)
            _refresh_lexicon(settings, client, live.version, chunks)
            stage("live", len(chunks), len(chunks))
            return SyncSummary(len(docs), len(chunks), 0, len(chunks), 0), warnings
        summary = _build(
            settings,
            client,
            live,
            live_collection,
            chunks,
            docs,
            manifest,
            rebuild=rebuild,
            embedder=embedder,
            show_progress=show_progress,
            stage=stage,
        )
        removed = len(live_ids - {c.id for c in chunks})
        return SyncSummary(len(docs), len(chunks), summary.added, summary.unchanged, removed), warnings


class _LazyEmbedder:
    """Loads the embedding model only when a chunk has to be embedded (copied vectors need none)."""

    def __init__(self, embedder: Embedder | None) -> None:
        self._embedder = embedder

    def embed(self, texts: list[str]) -> list[list[float]]:
        if self._embedder is None:
            self._embedder = Embedder()
        return self._embedder.embed(texts)


def _embed_lines(
    settings: Settings,
    client,
    chunks: list[Chunk],
    version: str,
    reuse: str | None,
    lazy,
    show_progress: bool,
    stage: Stage,
) -> int:
    """Every line of the chunks embedded into ``version``'s line collection (bot/retrieval/meaning.py) before the
    pointer names it; the vectors of lines the ``reuse`` version holds are copied, not embedded again."""
    from tqdm import tqdm

    from bot.retrieval.meaning import open_lines, sync_lines
    from bot.retrieval.store import collection_name

    lines = open_lines(client, collection_name(settings, version), MODEL_NAME, create=True)
    old = open_lines(client, collection_name(settings, reuse), MODEL_NAME, create=False) if reuse is not None else None
    with tqdm(desc="embedding lines", unit="line", disable=not show_progress, leave=False) as bar:

        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.n = done
            bar.refresh()
            stage("lines", done, total)

        return sync_lines(
            [(c.source, c.meta, c.section, c.text) for c in chunks], lines, lazy.embed, reuse=old, progress=progress
        )


def _build(
    settings: Settings,
    client,
    live: Live,
    live_collection,
    chunks: list[Chunk],
    docs: list[SourceDoc],
    manifest: dict,
    *,
    rebuild: bool,
    embedder: Embedder | None,
    show_progress: bool,
    stage: Stage,
) -> SyncSummary:
    from tqdm import tqdm

    version, live = _target(settings, client, live, rebuild)
    collection = open_version(settings, version, create=True, client=client, embedding_model=MODEL_NAME)
    lazy = _LazyEmbedder(embedder)
    written = 0

    with tqdm(total=len(chunks), desc="embedding", unit="chunk", disable=not show_progress, leave=False) as bar:

        def progress(n: int) -> None:
            nonlocal written
            written += n
            bar.update(n)
            stage("embedding", written, len(chunks))

        bar.update(0)
        stage("embedding", 0, len(chunks))
        summary = sync(
            chunks,
            collection,
            lazy.embed,
            documents=len(docs),
            progress=progress,
            reuse=None if rebuild else live_collection,
        )
    _embed_lines(
        settings,
        client,
        chunks,
        version,
        None if rebuild or live_collection is None else live.version,
        lazy,
        show_progress,
        stage,
    )
    lexicon = build_lexicon(chunks)  # names, roles, lists, scopes: what verify/scope/condense read
    save_lexicon(lexicon, version_dir(settings, version))
    previous = live.version if live_collection is not None else None
    write_pointer(
        settings,
        Live(
            version,
            previous,
            datetime.now(UTC).isoformat(timespec="seconds"),
            manifest,
            live.manifest if previous is not None else {},
        ),
        client,
    )
    save_lexicon(lexicon, settings.data_dir)  # data_dir/lexicon.json: the live version's, for tools that read it there
    if live.previous is not None and live.previous not in (version, previous):
        delete_version(settings, client, live.previous)  # two versions back: no rollback reaches it
    stage("live", len(chunks), len(chunks))
    return summary
