"""Index versions (real Chroma in tmp_path, real embedder, real corpus guide): a re-index is built beside the live
version and swapped in atomically; questions asked meanwhile are answered; rollback restores the old figure; a
deleted document's question is refused; a run with nothing changed builds nothing."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from bot.chain import Runtime, answer
from bot.config import Settings
from bot.retrieval.retrieve import Retriever
from bot.retrieval.store import open_version, read_pointer, roll_back
from bot.types import Kind
from ingest.pipeline import ingest

REPO = Path(__file__).resolve().parent.parent
GUIDE = REPO / "corpus" / "ai-ml-researcher-career-guide.md"
PAY = """---
title: Freedonia Widget Pay
region: Freedonia
year: 2031
---
## Widget analyst pay

| Level | Median salary |
|---|---|
| Junior widget analyst | £{junior} |
| Senior widget analyst | £58,000 |
"""
QUESTION = "What is the median salary of a junior widget analyst in Freedonia?"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(GUIDE, corpus / GUIDE.name)
    (corpus / "freedonia-pay.md").write_text(PAY.format(junior="31,000"))
    return Settings(data_dir=tmp_path / "data", corpus_dir=corpus, engine="extractive")


def _figure(retriever: Retriever) -> str:
    text = " ".join(p.text for p in retriever.search(QUESTION))
    return "31,000" if "31,000" in text else "33,500" if "33,500" in text else ""


def test_questions_during_a_reindex_are_answered_from_the_live_version_then_the_new(settings, embedder):
    ingest(settings, show_progress=False, embedder=embedder)
    retriever = Retriever(settings, embedder)
    seen: list[str] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def ask() -> None:
        while not stop.is_set() and len(seen) < 2000:
            try:
                seen.append(_figure(retriever))
            except BaseException as exc:  # noqa: BLE001 - counted: the test fails on any
                errors.append(exc)

    reader = threading.Thread(target=ask)
    reader.start()
    (settings.corpus_dir / "freedonia-pay.md").write_text(PAY.format(junior="33,500"))
    ingest(settings, show_progress=False, embedder=embedder)
    while "33,500" not in seen[-1:] and reader.is_alive():
        pass
    stop.set()
    reader.join()
    assert not errors, errors[:3]
    assert len(seen) >= 5 and "" not in seen, f"{seen.count('')} of {len(seen)} questions got no answer"
    first_new = seen.index("33,500")
    assert set(seen[:first_new]) == {"31,000"} and set(seen[first_new:]) == {"33,500"}, "answers mixed the two versions"


def test_rollback_restores_the_old_figure_and_rolling_back_again_undoes_it(settings, embedder):
    ingest(settings, show_progress=False, embedder=embedder)
    first = read_pointer(settings).version
    (settings.corpus_dir / "freedonia-pay.md").write_text(PAY.format(junior="33,500"))
    ingest(settings, show_progress=False, embedder=embedder)
    retriever = Retriever(settings, embedder)
    assert _figure(retriever) == "33,500"
    assert roll_back(settings).version == first
    assert _figure(retriever) == "31,000"
    roll_back(settings)
    assert _figure(retriever) == "33,500"


def test_only_the_live_and_previous_versions_are_kept(settings, embedder):
    ingest(settings, show_progress=False, embedder=embedder)
    first = read_pointer(settings).version
    for figure in ("32,000", "33,000"):
        (settings.corpus_dir / "freedonia-pay.md").write_text(PAY.format(junior=figure))
        ingest(settings, show_progress=False, embedder=embedder)
    live = read_pointer(settings)
    assert live.previous and live.previous != first and live.building is None
    with pytest.raises(Exception, match="No collection"):
        open_version(settings, first, create=False)
    assert not (settings.data_dir / "versions" / first).exists()


def test_nothing_changed_builds_no_version_and_embeds_nothing(settings, embedder):
    ingest(settings, show_progress=False, embedder=embedder)
    before = read_pointer(settings)

    class NoEmbedding:
        def embed(self, texts):
            raise AssertionError(f"embedded {len(texts)} chunks")

    summary, _ = ingest(settings, show_progress=False, embedder=NoEmbedding())
    assert summary.added == 0 and read_pointer(settings) == before


def test_a_deleted_documents_question_is_refused(settings, embedder):
    ingest(settings, show_progress=False, embedder=embedder)
    runtime = Runtime(settings, embedder=embedder)
    assert "31,000" in answer(QUESTION, [], settings, runtime=runtime).text
    (settings.corpus_dir / "freedonia-pay.md").unlink()
    ingest(settings, show_progress=False, embedder=embedder)
    outcome = answer(QUESTION, [], settings, runtime=runtime)
    assert outcome.kind in (Kind.REFUSED, Kind.SCOPE) and "31,000" not in outcome.text
