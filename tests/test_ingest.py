"""Ingest into a real Chroma with the real embedding model: idempotence, edits, deletions, kill-safety, clear errors."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.config import Settings
from bot.errors import ConfigError, IndexUnavailable
from bot.retrieval.store import open_collection
from ingest.chunk import chunk_corpus
from ingest.index import existing_ids
from ingest.load import load_corpus
from ingest.pipeline import ingest

REPO = Path(__file__).resolve().parent.parent
GUIDE = REPO / "corpus" / "ai-ml-researcher-career-guide.md"


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAREERBOT_")}
    return env | {"HF_HUB_OFFLINE": "1", "PYTHONPATH": str(REPO)} | extra


def _ingest_cli(data: Path, corpus: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ingest", "--quiet", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        env=_env(CAREERBOT_DATA_DIR=str(data), CAREERBOT_CORPUS_DIR=str(corpus), **env),
    )


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(GUIDE, folder / GUIDE.name)
    (folder / "extra.md").write_text(
        "---\ntitle: Extra\n---\n## Interviews\n\n- Practise explaining your research in five minutes.\n"
    )
    return folder


def _ids(settings: Settings) -> set[str]:
    return existing_ids(open_collection(settings, create=False))


def test_second_run_adds_and_removes_nothing_and_embeds_nothing(tmp_path, corpus, embedder):
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=corpus)
    first, _ = ingest(settings, show_progress=False, embedder=embedder)
    assert first.added == first.chunks > 40 and first.documents == 2

    class NoEmbedding:
        def embed(self, texts):
            raise AssertionError(f"re-embedded {len(texts)} unchanged chunks")

    second, _ = ingest(settings, show_progress=False, embedder=NoEmbedding())
    assert (second.added, second.removed, second.unchanged) == (0, 0, first.chunks)


def test_editing_one_document_re_embeds_only_its_changed_chunks(tmp_path, corpus, embedder):
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=corpus)
    ingest(settings, show_progress=False, embedder=embedder)
    guide = corpus / GUIDE.name
    guide.write_text(guide.read_text().replace("Meta: $177,730", "Meta: $178,000"))
    embedded: list[str] = []

    class Counting:
        def embed(self, texts):
            embedded.extend(texts)
            return embedder.embed(texts)

    summary, _ = ingest(settings, show_progress=False, embedder=Counting())
    assert (summary.added, summary.removed) == (1, 1)
    # the changed chunk, then its one changed line (bot/retrieval/meaning.py): nothing else is embedded again
    assert len(embedded) == 2 and all("Meta: $178,000" in text for text in embedded)


def test_deleting_a_document_removes_its_chunks(tmp_path, corpus, embedder):
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=corpus)
    before, _ = ingest(settings, show_progress=False, embedder=embedder)
    (corpus / "extra.md").unlink()
    after, _ = ingest(settings, show_progress=False, embedder=embedder)
    assert after.removed == 1 and after.chunks == before.chunks - 1
    sources = {m["source"] for m in open_collection(settings, create=False).get(include=["metadatas"])["metadatas"]}
    assert sources == {"corpus/" + GUIDE.name}


def test_rebuild_starts_from_empty(tmp_path, corpus, embedder):
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=corpus)
    ingest(settings, show_progress=False, embedder=embedder)
    summary, _ = ingest(settings, rebuild=True, show_progress=False, embedder=embedder)
    assert summary.added == summary.chunks and summary.unchanged == 0


def test_cli_prints_a_one_line_summary_and_second_run_reports_zero_added(tmp_path, corpus):
    first = _ingest_cli(tmp_path / "data", corpus)
    assert first.returncode == 0, first.stderr
    assert re.fullmatch(r"documents: 2, chunks: \d+, added: \d+, unchanged: 0, removed: 0\n", first.stdout)
    second = _ingest_cli(tmp_path / "data", corpus)
    assert "added: 0," in second.stdout and "removed: 0" in second.stdout


def _big_corpus(folder: Path, copies: int, tag: str) -> None:
    text = GUIDE.read_text()
    for i in range(copies):
        # Each copy's text differs too (a bullet tag), not only its headings: identical texts are stored once.
        (folder / f"copy{i:02d}.md").write_text(
            text.replace("## ", f"## {tag} {i} ").replace("\n- ", f"\n- ({tag} {i}) ")
        )


def test_ingest_killed_halfway_keeps_the_old_index_and_the_next_run_converges(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _big_corpus(corpus, 1, "v1")
    data = tmp_path / "data"
    assert _ingest_cli(data, corpus).returncode == 0
    settings = Settings(data_dir=data, corpus_dir=corpus)
    old = _ids(settings)

    for f in corpus.iterdir():
        f.unlink()
    _big_corpus(corpus, 5, "v2")
    log = tmp_path / "stderr.txt"
    with log.open("w") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "ingest"],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=err,
            env=_env(CAREERBOT_DATA_DIR=str(data), CAREERBOT_CORPUS_DIR=str(corpus)),
        )
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and not re.search(r"embedding:.*\b(6[4-9]|[1-9]\d\d)/\d+", log.read_text()):
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert _ids(settings) == old, "readers must see the previous version, whole, when ingest is killed"
    from bot.retrieval.store import open_version, read_pointer

    partial = read_pointer(settings).building
    assert partial and existing_ids(open_version(settings, partial, create=False)) - old, (
        "the run was killed before it wrote anything; the test proves nothing"
    )

    assert _ingest_cli(data, corpus).returncode == 0
    docs, _ = load_corpus(corpus)
    clean_run_ids = {
        c.id for c in chunk_corpus(docs, settings.chunk_size, settings.chunk_overlap)
    }  # what a clean run stores
    assert _ids(settings) == clean_run_ids


def test_missing_corpus_folder_fails_with_one_clear_line(tmp_path):
    result = _ingest_cli(tmp_path / "data", tmp_path / "nope")
    assert result.returncode == 2
    assert result.stderr.strip().startswith("error: Corpus folder") and "CAREERBOT_CORPUS_DIR" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(
    os.geteuid() == 0, reason="root can write anywhere; the read-only check is covered by the file case below"
)
def test_unwritable_data_dir_fails_with_one_clear_line(tmp_path, corpus):
    data = tmp_path / "ro"
    data.mkdir()
    data.chmod(0o500)
    with pytest.raises(ConfigError, match="not writable"):
        ingest(Settings(data_dir=data, corpus_dir=corpus), show_progress=False)


def test_data_dir_that_is_a_file_fails_with_one_clear_line(tmp_path, corpus):
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    result = _ingest_cli(blocker, corpus)
    assert result.returncode == 2 and "not writable" in result.stderr and "CAREERBOT_DATA_DIR" in result.stderr
    assert "Traceback" not in result.stderr


def test_unreachable_chroma_server_fails_with_one_clear_line(tmp_path, corpus):
    from services import free_port

    result = _ingest_cli(tmp_path / "data", corpus, CAREERBOT_CHROMA_URL=f"http://127.0.0.1:{free_port()}")
    assert result.returncode == 2
    assert "Cannot reach the Chroma server" in result.stderr and "chroma run" in result.stderr
    assert "Traceback" not in result.stderr
    with pytest.raises(IndexUnavailable):
        open_collection(Settings(chroma_url=f"http://127.0.0.1:{free_port()}"), create=False)


def test_ingest_and_search_through_a_real_chroma_server(tmp_path, corpus, embedder, chroma_server):
    from bot.retrieval.retrieve import Retriever

    settings = Settings(
        data_dir=tmp_path / "data",
        corpus_dir=corpus,
        chroma_url=chroma_server,
        collection=f"t{os.getpid()}{time.monotonic_ns()}",
    )
    first, _ = ingest(settings, show_progress=False, embedder=embedder)
    second, _ = ingest(settings, show_progress=False, embedder=embedder)
    assert first.added == first.chunks and second.added == 0
    assert not (tmp_path / "data" / "chroma").exists(), "the server path must not write a local index"
    top = Retriever(settings, embedder).search("What does Google pay research scientists?")[0]
    assert "Google: $204,655" in top.text


def test_chromas_default_embedding_function_is_never_called(tmp_path, corpus, embedder, monkeypatch):
    from chromadb.utils import embedding_functions

    def refuse(*args, **kwargs):
        raise AssertionError("Chroma's default embedding function was used")

    monkeypatch.setattr(embedding_functions.DefaultEmbeddingFunction, "__call__", refuse)
    from bot.retrieval.retrieve import Retriever

    settings = Settings(data_dir=tmp_path / "data", corpus_dir=corpus)
    ingest(settings, show_progress=False, embedder=embedder)
    assert Retriever(settings, embedder).search("Which soft skills matter?")
