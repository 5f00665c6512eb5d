"""Two app replicas on real shared services: one Chroma server, one Redis, one PostgreSQL.

Two `python app.py` processes (extractive engine, each on its own free port)
share what a deployment behind a load balancer shares: the index
(CAREERBOT_CHROMA_URL + its own collection), the rate-limit counters
(CAREERBOT_RATE_LIMIT_STORAGE=redis://...) and the feedback store
(CAREERBOT_FEEDBACK_URL=postgresql+psycopg://..., a fresh database). Neither
replica has a local index or a local feedback file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from services import fresh_database, loopback_client
from web_server import REPO, AppServer, start_app, wait_ready

RATE = 4
QUESTION = "What does Meta pay AI research scientists?"


@dataclass
class Cluster:
    a: AppServer
    b: AppServer
    collection: str
    chunks: int
    feedback_url: str
    data_dirs: tuple[Path, Path]


@pytest.fixture(scope="module")
def shared_index(chroma_server: str, embedder, tmp_path_factory) -> Iterator[tuple[str, int]]:
    """The corpus ingested once into its own collection on the Chroma server; (collection, chunk count)."""
    from bot.config import Settings
    from bot.retrieval.store import delete_version, open_client, read_pointer
    from ingest.pipeline import ingest

    collection = f"scaleout_{uuid.uuid4().hex[:10]}"
    settings = Settings(
        data_dir=tmp_path_factory.mktemp("ingest"),
        corpus_dir=REPO / "corpus",
        chroma_url=chroma_server,
        collection=collection,
    )
    summary, _ = ingest(settings, show_progress=False, embedder=embedder)
    yield collection, summary.chunks
    client = open_client(settings, create=False)
    live = read_pointer(settings, client)  # ingest builds versioned collections beside a pointer collection
    for version in {live.version, live.previous, live.building} - {None}:
        delete_version(settings, client, version)
    client.delete_collection(f"{collection}-live")


@pytest.fixture(scope="module")
def cluster(
    chroma_server: str, redis_server: str, postgres_server: str, shared_index: tuple[str, int], tmp_path_factory
) -> Iterator[Cluster]:
    collection, chunks = shared_index
    with fresh_database(postgres_server) as feedback_url:
        shared = {
            "chroma_url": chroma_server,
            "collection": collection,
            "rate_limit": f"{RATE}/minute",
            "rate_limit_storage": redis_server,
            "feedback_url": feedback_url,
        }
        dirs = (tmp_path_factory.mktemp("replica-a"), tmp_path_factory.mktemp("replica-b"))
        a = start_app(dirs[0] / "data", dirs[0], wait=False, **shared)
        b = start_app(dirs[1] / "data", dirs[1], wait=False, **shared)
        try:
            wait_ready(a, 180)
            wait_ready(b, 180)
            yield Cluster(a, b, collection, chunks, feedback_url, (dirs[0] / "data", dirs[1] / "data"))
        finally:
            a.stop()
            b.stop()


def test_rate_limit_is_counted_across_both_replicas(cluster: Cluster) -> None:
    """RATE requests per minute per client, wherever the load balancer sends them."""
    with loopback_client() as client:
        codes = [
            client.post(f"{server.url}/api/chat", json={"message": QUESTION}).status_code
            for server in (cluster.a, cluster.b) * (RATE // 2)
        ]
        assert codes == [200] * RATE
        refused_a = client.post(f"{cluster.a.url}/api/chat", json={"message": QUESTION})
        refused_b = client.post(f"{cluster.b.url}/api/chat", json={"message": QUESTION})

    assert (refused_a.status_code, refused_b.status_code) == (429, 429), "each replica counted only its own hits"
    assert "too quickly" in refused_b.json()["error"]


def test_feedback_written_through_one_replica_is_read_through_the_other(cluster: Cluster) -> None:
    marker = uuid.uuid4().hex
    vote = {"verdict": "down", "question": f"q-{marker}", "answer": "a", "reason": f"via A {marker}"}
    with loopback_client() as client:
        first = client.post(f"{cluster.a.url}/api/feedback", json=vote)
        second = client.post(f"{cluster.b.url}/api/feedback", json={**vote, "reason": f"via B {marker}"})
    assert first.status_code == second.status_code == 200
    assert first.json()["id"] != second.json()["id"]

    out = cluster.data_dirs[1].parent / "export.jsonl"  # the export tool, reading the one shared store
    env = os.environ | {"CAREERBOT_FEEDBACK_URL": cluster.feedback_url, "CAREERBOT_DATA_DIR": str(cluster.data_dirs[1])}
    done = subprocess.run(
        [sys.executable, "-m", "eval", "feedback-export", "--out", str(out)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    exported = [json.loads(line) for line in out.read_text().splitlines() if marker in line]
    assert len(exported) == 2, "both replicas' votes must land in the one PostgreSQL store"
    assert not (cluster.data_dirs[0] / "feedback.db").exists() and not (cluster.data_dirs[1] / "feedback.db").exists()


def test_both_replicas_answer_from_one_index(cluster: Cluster) -> None:
    with loopback_client() as client:
        health = [client.get(f"{s.url}/healthz").json() for s in (cluster.a, cluster.b)]
        answers = [client.post(f"{s.url}/api/chat", json={"message": QUESTION}).json() for s in (cluster.a, cluster.b)]

    assert [h["chunks"] for h in health] == [cluster.chunks, cluster.chunks]
    assert answers[0]["answer"] == answers[1]["answer"] and "177,730" in answers[0]["answer"]
    assert answers[0]["citations"] == answers[1]["citations"]
    assert not any((d / "chroma").exists() for d in cluster.data_dirs), "a replica built a local index"
