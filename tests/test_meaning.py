"""Line vectors (bot/retrieval/meaning.py): ingest embeds every line of every chunk into a real Chroma with the real
embedding model; the evidence ranker scores lines by meaning as well as words, and an index without line vectors
still answers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.chain import Runtime, answer
from bot.config import Settings
from bot.retrieval.embed import MODEL_NAME
from bot.retrieval.meaning import LINES_SUFFIX, lines_of, open_lines
from bot.retrieval.retrieve import Retriever
from bot.retrieval.store import collection_name, open_client, read_pointer, roll_back
from ingest.pipeline import ingest

REPO = Path(__file__).resolve().parent.parent
TEACHER = REPO / "eval" / "office" / "corpus" / "secondary-teacher-england.md"
GUIDE = REPO / "corpus" / "ai-ml-researcher-career-guide.md"
DAYS = "How many teaching days are there in a school year in England?"
HANDBOOK = """---
title: Widget Works Staff Handbook
---
## Working at Widget Works

- Every new starter completes 30 hours of safety training in the first year.
- Staff receive {leave} days of annual leave plus public holidays.
- The canteen serves lunch between noon and two.
"""


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for doc in (TEACHER, GUIDE):
        shutil.copy(doc, corpus / doc.name)
    return Settings(data_dir=tmp_path / "data", corpus_dir=corpus, engine="extractive")


def _stored(settings: Settings) -> set[str]:
    version = read_pointer(settings).version
    client = open_client(settings, create=False)
    lines = open_lines(client, collection_name(settings, version), MODEL_NAME, create=False)
    return set(lines.get(include=[])["ids"])


def test_every_line_of_every_chunk_is_embedded_at_ingest(settings, embedder):
    ingest(settings, show_progress=False, embedder=embedder)
    retriever = Retriever(settings, embedder)
    chunks = retriever.chunks()
    wanted = lines_of((p.source, {"title": p.title}, p.section, p.text) for p in chunks)
    assert len(wanted) > len(chunks)  # lines, not chunks
    assert set(wanted) == _stored(settings)
    assert len(retriever._fresh().lines) == len({key for key, _ in wanted.values()})


def test_only_a_changed_line_is_embedded_again_and_rollback_reads_the_old_lines(tmp_path, embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    doc = corpus / "handbook.md"
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=corpus, engine="extractive")
    doc.write_text(HANDBOOK.format(leave="25"))
    ingest(settings, show_progress=False, embedder=embedder)
    before = _stored(settings)
    embedded: list[str] = []

    class Counting:
        def embed(self, texts):
            embedded.extend(texts)
            return embedder.embed(texts)

    doc.write_text(HANDBOOK.format(leave="26"))
    ingest(settings, show_progress=False, embedder=Counting())
    after = _stored(settings)
    # the changed chunk, then its one changed line; the other lines' vectors are copied from the live version
    assert len(embedded) == 2 and all("26 days of annual leave" in text for text in embedded)
    assert len(after) == len(before) and len(after - before) == 1
    roll_back(settings)
    assert _stored(settings) == before
    retriever = Retriever(settings, embedder)
    assert len(retriever._fresh().lines) == len(before)


def test_the_line_that_means_the_answer_opens_it_when_words_alone_would_pick_another(settings, embedder):
    """ "Teaching days" shares its words with a line about teaching practice too; the ranking's meaning picks the
    line that answers (190 of 195 working days are teaching days)."""
    ingest(settings, show_progress=False, embedder=embedder)
    result = answer(DAYS, [], settings, runtime=Runtime(settings, embedder=embedder))
    first = result.text.splitlines()[0]
    assert "190" in first, result.text


def test_an_index_without_line_vectors_still_answers_and_ingest_fills_them(settings, embedder):
    ingest(settings, show_progress=False, embedder=embedder)
    version = read_pointer(settings).version
    open_client(settings, create=True).delete_collection(collection_name(settings, version) + LINES_SUFFIX)
    result = answer(DAYS, [], settings, runtime=Runtime(settings, embedder=embedder))
    assert result.text and "[1]" in result.text  # answered from the lines' words and structure alone
    ingest(settings, show_progress=False, embedder=embedder)  # nothing changed: only the line vectors are filled
    assert Retriever(settings, embedder)._fresh().lines
    assert "190" in answer(DAYS, [], settings, runtime=Runtime(settings, embedder=embedder)).text.splitlines()[0]
