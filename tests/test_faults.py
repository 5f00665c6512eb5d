"""Faults injected into real parts: kill -9, corrupted files, a dead or slow model server, Redis and PostgreSQL gone.

Each test breaks one thing the way it breaks in production and checks what a
user or an operator sees: nothing acknowledged is lost, the message says what
to do, the documented recovery works, and the app keeps answering (the
extractive fallback) while /healthz says what is degraded. Ingest killed
halfway is covered in test_ingest.py.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from openai_stub import OpenAIStub
from services import TcpProxy, fresh_database, host_port, loopback_client
from web_server import REPO, AppServer, start_app

META = "What does Meta pay AI research scientists?"
# A question the model is asked about (how/why/list): a salary lookup never wakes it (the records answer it).
HOW = "How do I become an AI researcher?"


def poll(get, until, timeout: float = 60.0):
    """Call ``get`` until ``until(result)``; the last result either way (the assertion that follows says what
    failed)."""
    deadline = time.monotonic() + timeout
    result = get()
    while not until(result) and time.monotonic() < deadline:
        time.sleep(0.3)
        result = get()
    return result


@pytest.fixture
def app_factory(index_dir: Path, tmp_path: Path) -> Iterator:
    started: list[AppServer] = []

    def start(wait: bool = True, data_dir: Path | None = None, **settings: str) -> AppServer:
        server = start_app(
            data_dir or index_dir, tmp_path / f"app{len(started)}", wait=wait, rate_limit="100000/minute", **settings
        )
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


# --- kill -9 during feedback writes ---------------------------------------------------


def vote_until_stopped(url: str, acked: dict[int, str], stop: threading.Event) -> None:
    with httpx.Client(timeout=10) as client:
        while not stop.is_set():
            marker = uuid.uuid4().hex
            try:
                response = client.post(
                    f"{url}/api/feedback", json={"verdict": "down", "question": marker, "answer": "a"}
                )
            except httpx.HTTPError:
                return  # the server died mid-request: that vote was never acknowledged
            if response.status_code == 200:
                acked[response.json()["id"]] = marker


def test_every_acknowledged_vote_survives_kill_9(app_factory) -> None:
    from bot.office.feedback import FeedbackStore

    server = app_factory()
    acked: dict[int, str] = {}
    stop = threading.Event()
    writers = [threading.Thread(target=vote_until_stopped, args=(server.url, acked, stop)) for _ in range(4)]
    for w in writers:
        w.start()
    poll(lambda: len(acked), lambda n: n >= 200, timeout=120)
    server.proc.send_signal(signal.SIGKILL)  # mid-stream: writers are still posting
    server.proc.wait()
    stop.set()
    for w in writers:
        w.join(timeout=30)

    assert len(acked) >= 200
    stored = {r.id: r.question for r in FeedbackStore(f"sqlite:///{server.feedback_db}").records()}
    lost = {i: q for i, q in acked.items() if stored.get(i) != q}
    print(f"kill -9 after {len(acked)} acknowledged votes; {len(stored)} rows on disk; lost {len(lost)}")
    assert lost == {}


# --- a corrupted index ------------------------------------------------------------------


def corrupt_copy(index_dir: Path, tmp_path: Path) -> Path:
    data = tmp_path / "corrupted"
    shutil.copytree(index_dir / "chroma", data / "chroma")
    db = data / "chroma" / "chroma.sqlite3"
    db.write_bytes(os.urandom(db.stat().st_size))
    return data


def test_corrupted_index_is_reported_with_its_cure_and_the_cure_works(
    app_factory, index_dir: Path, tmp_path: Path
) -> None:
    data = corrupt_copy(index_dir, tmp_path)
    server = app_factory(wait=False, data_dir=data)
    health = poll(
        lambda: httpx.get(f"{server.url}/healthz", timeout=10), lambda r: r.json()["loading"]["error"], timeout=120
    )
    chat = httpx.post(f"{server.url}/api/chat", json={"message": META}, timeout=60)

    assert health.status_code == 503 and "python -m ingest --rebuild" in health.json()["loading"]["error"]
    assert chat.status_code == 503 and "python -m ingest --rebuild" in chat.json()["error"]
    assert server.proc.poll() is None, "the app died instead of saying what is wrong"

    env = os.environ | {"CAREERBOT_DATA_DIR": str(data), "CAREERBOT_CORPUS_DIR": str(REPO / "corpus")}
    rebuild = subprocess.run(
        [sys.executable, "-m", "ingest", "--rebuild", "--quiet"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert rebuild.returncode == 0, rebuild.stderr
    ask = subprocess.run(
        [sys.executable, "-m", "bot", "ask", META, "--engine", "extractive", "--json"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert ask.returncode == 0, ask.stderr
    assert "177,730" in ask.stdout


# --- a truncated model cache ------------------------------------------------------------------


def test_truncated_model_cache_is_detected_and_its_model_file_is_made_again(model_dir: Path, tmp_path: Path) -> None:
    """A copy of the real cache, one file cut short: not trusted; the truncated GGUF is rebuilt from the packages and
    verified."""
    from bot.engines.model_store import MODEL_SIZE, assemble_gguf, cache_is_complete, converted_dir, gguf_path

    real = converted_dir(model_dir)
    assert cache_is_complete(real), f"no converted model cache at {real}: run the local-model tests once to build it"
    copy = converted_dir(tmp_path)
    copy.mkdir()
    for f in real.iterdir():
        (copy / f.name).symlink_to(f)
    assert cache_is_complete(copy)
    (copy / "tokenizer.json").unlink()
    (copy / "tokenizer.json").write_bytes((real / "tokenizer.json").read_bytes()[:4096])
    assert not cache_is_complete(copy), "a truncated cache was trusted"

    with gguf_path(model_dir).open("rb") as whole:
        gguf_path(tmp_path).write_bytes(whole.read(1 << 20))
    said: list[str] = []
    rebuilt = assemble_gguf(tmp_path, progress=lambda _f, message: said.append(message))
    assert rebuilt.stat().st_size == MODEL_SIZE
    assert any("reassembling" in m for m in said), "the rebuild did not say what it was doing"


# --- the model server down or slow ------------------------------------------------------------------


def healthz(server: AppServer) -> dict:
    return httpx.get(f"{server.url}/healthz", timeout=10).json()


@pytest.fixture(scope="module")
def model_server_app(
    index_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[OpenAIStub, AppServer]]:
    """An app on the openai engine, its model server a scripted stub the tests slow down or stop."""
    stub = OpenAIStub().start()
    server = start_app(
        index_dir,
        tmp_path_factory.mktemp("openai-app"),
        rate_limit="100000/minute",
        engine="openai",
        llm_base_url=stub.base_url,
        generation_timeout="3",
    )
    yield stub, server
    server.stop()
    stub.stop()


def test_slow_model_server_gets_the_extractive_answer_at_the_timeout(model_server_app) -> None:
    stub, server = model_server_app
    assert healthz(server)["engine_ready"]
    stub.delay = 60
    try:
        response = httpx.post(f"{server.url}/api/chat", json={"message": HOW}, timeout=30)  # the stub would take 60 s
        health = poll(lambda: healthz(server), lambda h: not h["engine_ready"], timeout=30)
    finally:
        stub.delay = 0

    body = response.json()
    assert response.status_code == 200 and "[1]" in body["answer"]  # the guide's own lines, cited
    assert "timeout" in body["fallback"] or "did not answer within" in body["fallback"]
    assert "did not answer within" in health["engine_status"]["detail"]
    assert health["ready"] and any("answering extractively" in d for d in health["degraded"])


def test_model_server_down_gets_the_extractive_answer_and_healthz_says_so(model_server_app) -> None:
    stub, server = model_server_app
    stub.stop()
    response = httpx.post(f"{server.url}/api/chat", json={"message": HOW}, timeout=30)
    health = healthz(server)

    assert response.status_code == 200 and "[1]" in response.json()["answer"]
    assert "Cannot reach the model server" in response.json()["fallback"]
    assert not health["engine_ready"] and health["ready"], "a replica that still answers must stay in the load balancer"
    assert any("Cannot reach the model server" in d for d in health["degraded"])


# --- Redis and PostgreSQL down --------------------------------------------------------------------


def test_app_keeps_answering_when_redis_and_postgres_go_down_and_says_what_is_degraded(
    app_factory, redis_server, postgres_server
) -> None:
    with fresh_database(postgres_server) as db:
        redis_proxy, pg_proxy = TcpProxy(*host_port(redis_server)), TcpProxy(*host_port(db))
        server = app_factory(rate_limit_storage=redis_proxy.url_for(redis_server), feedback_url=pg_proxy.url_for(db))
        with loopback_client() as client:
            before = healthz(server)
            redis_proxy.cut()
            pg_proxy.cut()
            answers = [client.post(f"{server.url}/api/chat", json={"message": META}) for _ in range(3)]
            vote = client.post(f"{server.url}/api/feedback", json={"verdict": "up", "question": META, "answer": "a"})
            after = healthz(server)

    assert before["degraded"] == []
    assert [a.status_code for a in answers] == [200, 200, 200] and all("177,730" in a.json()["answer"] for a in answers)
    assert vote.status_code == 503 and "feedback" in vote.json()["error"].lower()
    assert any("rate-limit" in d for d in after["degraded"]) and any("feedback" in d for d in after["degraded"])
    assert server.proc.poll() is None


def test_app_starts_and_says_feedback_is_degraded_when_postgres_is_down_at_startup(index_settings) -> None:
    from services import free_port

    from bot.chain import Runtime
    from bot.web.api import health
    from bot.web.server import create_app

    dead = f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/postgres"  # nothing listens there
    settings = index_settings.model_copy(update={"feedback_url": dead})
    app = create_app(settings, Runtime(settings))

    assert any("feedback" in d for d in health(app.state.deps)["degraded"])
