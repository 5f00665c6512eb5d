"""Shared fixtures: the real corpus ingested once into a real Chroma, the real embedding model, the real local model.

- ``embedder``: the packaged all-MiniLM-L6-v2, loaded once per session.
- ``index_dir``: a data dir with the real corpus ingested (session-scoped).
- ``index_settings``: Settings over that index, extractive engine.
- ``model_dir``: the shared converted-model cache ($CAREERBOT_TEST_MODEL_CACHE/models or ./data/test-models/models),
  so the ~50 s first conversion happens once per machine.
- ``local_runtime``: a Runtime over the index with the real local model loaded.
- ``whole_tables``: the records of every document careerbot is measured on together (``corpus/``, the office corpus
  and the documents by other hands), read with the real ingest code once per session (tests of issue 26's rules).
- ``chroma_server``: URL of a real `chroma run` server ($CAREERBOT_TEST_CHROMA_URL, else one started here on a free
  port).
- ``browser``: a headless Chromium (Playwright, /usr/bin/chromium), one per test module that asks for it.
- ``redis_server``, ``postgres_server``: URLs of a real Redis and PostgreSQL ($CAREERBOT_TEST_REDIS_URL /
  $CAREERBOT_TEST_POSTGRES_URL, else started here on free ports from the Debian binaries; tests/services.py).
Every server started here listens on 127.0.0.1, lives for the session, and is stopped at its end.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from services import free_port, postgres_url, redis_url

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"


def wait_http(url: str, timeout: float = 60.0) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer within {timeout} s")


@pytest.fixture(scope="session")
def embedder():
    from bot.retrieval.embed import Embedder

    return Embedder()


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory, embedder) -> Path:
    from bot.config import Settings
    from ingest.pipeline import ingest

    data = tmp_path_factory.mktemp("index")
    ingest(Settings(data_dir=data, corpus_dir=CORPUS), show_progress=False, embedder=embedder)
    return data


@pytest.fixture(scope="session")
def model_dir() -> Path:
    base = Path(os.environ.get("CAREERBOT_TEST_MODEL_CACHE") or REPO / "data" / "test-models")
    return base / "models"


@pytest.fixture
def index_settings(index_dir):
    from bot.config import Settings

    return Settings(data_dir=index_dir, corpus_dir=CORPUS, engine="extractive")


@pytest.fixture(scope="session")
def local_runtime(index_dir, model_dir, embedder):
    from bot.chain import Runtime
    from bot.config import Settings

    settings = Settings(data_dir=index_dir, corpus_dir=CORPUS, engine="local", model_dir=model_dir)
    runtime = Runtime(settings, embedder=embedder)
    runtime.warm_up()
    return runtime


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    url = os.environ.get("CAREERBOT_TEST_CHROMA_URL")
    if url:
        yield url
        return
    chroma = shutil.which("chroma", path=str(Path(sys.executable).parent)) or shutil.which("chroma")
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    proc = subprocess.Popen(
        [chroma, "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_http(f"http://127.0.0.1:{port}/api/v2/heartbeat")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    from web_server import CHROMIUM_ARGS

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def redis_server() -> Iterator[str]:
    with redis_url() as url:
        yield url


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    with postgres_url() as url:
        yield url


@pytest.fixture(scope="session")
def whole_tables(tmp_path_factory):
    from bot.config import Settings
    from bot.tables import Tables
    from ingest.chunk import chunk_corpus
    from ingest.load import load_corpus

    folders = (CORPUS, REPO / "eval" / "office" / "corpus", REPO / "eval" / "unseen" / "corpus")
    docs = [d for folder in folders for d in load_corpus(folder)[0]]
    settings = Settings(data_dir=tmp_path_factory.mktemp("unused"), corpus_dir=CORPUS)
    return Tables.build(chunk_corpus(docs, settings.chunk_size, settings.chunk_overlap))
