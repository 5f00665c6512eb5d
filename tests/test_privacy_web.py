"""Privacy, insights and proxy handling of app.py, against real servers (bot/web/admin.py, server.py, ratelimit.py).

Two `python app.py` servers over the real index with the extractive engine:
one behind a "proxy" (its trusted proxy is 127.0.0.1, the tests' own address,
so X-Forwarded-For names the client) with an admin token and a feedback
database that already holds rows past the retention period; one that trusts
no proxy on this host and has no admin token.
"""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from services import free_port
from web_server import AppServer, start_app

from bot.office.feedback import FeedbackRecord, FeedbackStore
from bot.office.questionlog import QuestionEntry
from bot.web.ratelimit import RateLimiter

TOKEN = "office-token-0123456789abcdef"
UNCOVERED = "I'm jo.student@uni.edu, student ID 20231457: can you give me a recipe for chocolate cake?"


@pytest.fixture(scope="module")
def proxied(index_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServer]:
    workdir = tmp_path_factory.mktemp("proxied")
    store = FeedbackStore(f"sqlite:///{workdir / 'feedback.db'}")
    now = datetime.now(UTC)
    for age, question in ((40, "asked 40 days ago"), (2, "asked 2 days ago")):
        store.add(FeedbackRecord("up", question, "answer", created_at=now - timedelta(days=age)))
        store.questions.add(QuestionEntry(question, refused=True, created_at=now - timedelta(days=age)))
    store.close()
    app = start_app(
        index_dir, workdir, rate_limit="3/minute", trusted_proxies="127.0.0.1", admin_token=TOKEN, retention_days="30"
    )
    yield app
    app.stop()


@pytest.fixture(scope="module")
def direct(index_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServer]:
    app = start_app(index_dir, tmp_path_factory.mktemp("direct"), rate_limit="3/minute", trusted_proxies="10.0.0.0/8")
    yield app
    app.stop()


def chat(server: AppServer, message: str, client: str | None = None) -> httpx.Response:
    headers = {"X-Forwarded-For": client} if client else {}
    return httpx.post(f"{server.url}/api/chat", json={"message": message}, headers=headers, timeout=60)


def insights(server: AppServer, auth: str | None, client: str = "192.0.2.10") -> httpx.Response:
    headers = {"X-Forwarded-For": client, **({"Authorization": auth} if auth else {})}
    return httpx.get(f"{server.url}/admin/insights", headers=headers, timeout=120)


def test_rows_past_the_retention_period_are_purged_at_start_up(proxied: AppServer) -> None:
    store = FeedbackStore(f"sqlite:///{proxied.feedback_db}")
    assert [r.question for r in store.records()] == ["asked 2 days ago"]
    assert "asked 40 days ago" not in [e.question for e in store.questions.entries()]


def test_admin_insights_needs_the_token_then_shows_the_unanswered_question(proxied: AppServer) -> None:
    assert chat(proxied, UNCOVERED, client="192.0.2.1").json()["refused"] is True

    missing = insights(proxied, None)
    assert missing.status_code == 401 and missing.headers["www-authenticate"].startswith("Basic")
    assert insights(proxied, "Bearer not-the-token-at-all").status_code == 401

    page = insights(proxied, f"Bearer {TOKEN}")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "can you give me a recipe for chocolate cake?" in page.text
    assert "jo.student@uni.edu" not in page.text and "20231457" not in page.text
    assert "[EMAIL]" in page.text and "<svg" in page.text

    browser = "Basic " + base64.b64encode(f"office:{TOKEN}".encode()).decode()
    data = httpx.get(f"{proxied.url}/admin/insights.json", headers={"Authorization": browser}, timeout=120).json()
    assert data["totals"]["refused"] >= 1
    assert any("chocolate cake" in g["label"] for g in data["unanswered_groups"])


def test_repeated_wrong_tokens_are_rate_limited_even_for_the_right_one_after(proxied: AppServer) -> None:
    statuses = [insights(proxied, f"Bearer wrong-guess-{i:020d}", client="203.0.113.66").status_code for i in range(6)]
    assert statuses[:5] == [401] * 5 and statuses[5] == 429
    blocked = insights(proxied, f"Bearer {TOKEN}", client="203.0.113.66")
    assert blocked.status_code == 429 and int(blocked.headers["retry-after"]) > 0
    assert (
        insights(proxied, f"Bearer {TOKEN}", client="203.0.113.67").status_code == 200
    )  # another client is not blocked


def test_behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit(proxied: AppServer) -> None:
    first = [chat(proxied, "", client="198.51.100.1").status_code for _ in range(4)]
    assert first == [400, 400, 400, 429]  # empty questions still count against the limit
    assert chat(proxied, "", client="198.51.100.2").status_code == 400  # a different student behind the same proxy
    assert (
        chat(proxied, "", client="198.51.100.1, 198.51.100.9").status_code == 400
    )  # the proxy's own hop is the client


def test_an_untrusted_peer_cannot_dodge_the_limit_with_x_forwarded_for(direct: AppServer) -> None:
    statuses = [chat(direct, "", client=f"198.51.100.{i}").status_code for i in range(4)]
    assert statuses == [400, 400, 400, 429]


def test_without_an_admin_token_the_admin_route_does_not_exist(direct: AppServer) -> None:
    assert (
        httpx.get(f"{direct.url}/admin/insights", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30).status_code
        == 404
    )


def test_rate_limit_storage_never_holds_a_raw_address_or_session_id() -> None:
    limiter = RateLimiter("5/minute", "memory://")
    limiter.hit("203.0.113.9", "session-abc")
    keys = " ".join(map(str, limiter._limiter.storage.events)) + " ".join(
        map(str, getattr(limiter._limiter.storage, "storage", {}))
    )
    assert keys and "203.0.113.9" not in keys and "session-abc" not in keys
    assert limiter.key("ip", "203.0.113.9") != RateLimiter("5/minute", "memory://").key(
        "ip", "203.0.113.9"
    )  # per-process secret
    assert RateLimiter("5/minute", "memory://", "shared").key("ip", "x") == RateLimiter(
        "5/minute", "memory://", "shared"
    ).key("ip", "x")


def readme_nginx_block() -> str:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    return re.search(r"```nginx\n(.*?)```", readme.split("## Behind your web server", 1)[1], re.S).group(1)


@pytest.fixture
def nginx(proxied: AppServer, tmp_path: Path) -> Iterator[str]:
    """Real nginx on 127.0.0.1 with the README's location block, in front of the proxied server."""
    binary = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if binary is None:
        pytest.skip("nginx is not installed (apt-get install nginx)")
    port = free_port()
    location = readme_nginx_block().replace("http://127.0.0.1:7860", proxied.url)
    temp = {name: tmp_path / name for name in ("client", "proxy", "fastcgi", "uwsgi", "scgi")}
    conf = tmp_path / "nginx.conf"
    conf.write_text(
        f"user root; worker_processes 1; pid {tmp_path / 'nginx.pid'}; error_log {tmp_path / 'error.log'};\n"
        "events {}\nhttp {\n access_log off;\n"
        + "".join(
            f" {name}_temp_path {path};\n"
            for name, path in (
                ("client_body", temp["client"]),
                *((n, temp[n]) for n in ("proxy", "fastcgi", "uwsgi", "scgi")),
            )
        )
        + f" server {{\n  listen 127.0.0.1:{port};\n{location}\n }}\n}}\n"
    )
    proc = subprocess.Popen([binary, "-p", str(tmp_path), "-c", str(conf), "-g", "daemon off;"], stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(f"{url}/healthz", timeout=5)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_readme_nginx_example_gives_each_student_their_own_limit(nginx: str) -> None:
    def student(address: str) -> httpx.Client:  # a student's machine: its own source address on the loopback network
        return httpx.Client(transport=httpx.HTTPTransport(local_address=address), timeout=60)

    with student("127.0.0.2") as first, student("127.0.0.3") as second:
        spoofing = [
            first.post(
                f"{nginx}/api/chat", json={"message": ""}, headers={"X-Forwarded-For": f"198.18.0.{i}"}
            ).status_code
            for i in range(4)
        ]
        assert spoofing == [
            400,
            400,
            400,
            429,
        ]  # nginx overwrites the header: a forged address does not reset the limit
        assert (
            second.post(f"{nginx}/api/chat", json={"message": ""}).status_code == 400
        )  # the next student is not blocked


def test_replicas_sharing_counters_agree_on_keys_without_a_configured_secret() -> None:
    from bot.config import Settings
    from bot.web.ratelimit import limiter_secret

    shared = Settings(rate_limit_storage="redis://127.0.0.1:6379")
    replicas = [RateLimiter("5/minute", "memory://", limiter_secret(shared)) for _ in range(2)]
    assert replicas[0].key("ip", "203.0.113.9") == replicas[1].key("ip", "203.0.113.9")
    assert limiter_secret(Settings()) is None  # in-process counters: a random key per process
    assert limiter_secret(Settings(rate_limit_secret="s3cret")) == "s3cret"
