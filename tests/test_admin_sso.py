"""Staff sign-in through the university's sign-on, against a real `python app.py` (real Chroma, real embedder, the real
guide): the proxy's user header is honoured only when the request comes straight from CAREERBOT_TRUSTED_PROXIES
(127.0.0.1 here; requests from 127.0.x.2 are another machine), only for users in CAREERBOT_ADMINS, on every admin
route; the token still works for scripts; the audit log names the signed-on user."""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest
from fastapi import FastAPI, Request
from fastapi.testclient import TestClient
from web_server import REPO, AppServer, start_app

from bot.config import Settings
from bot.web.admin import make_door
from ingest.pipeline import ingest

TOKEN = "sso-admin-token-0123456789abcdef"
HEADER = "X-Remote-User"
STAFF = "Adviser@Uni.example"
GUIDE = REPO / "corpus" / "ai-ml-researcher-career-guide.md"
NOTE = b"# Drop-in hours\n\nThe careers office holds drop-in hours on Tuesdays from 2pm to 4pm in room 101.\n"


class Params(dict):
    """Path parameters: the guide's name for {name}, 1 for any other (a hand-off id, a note's slug...)."""

    def __missing__(self, key: str) -> str:
        return "1"


def admin_routes() -> list[tuple[str, str]]:
    """Every /admin route the app registers (read from the app itself, so a new admin route is covered too)."""
    from bot.web.server import create_app

    settings = Settings(data_dir=Path(tempfile.mkdtemp(prefix="sso-routes-")), admin_token=TOKEN, engine="extractive")
    app = create_app(settings, SimpleNamespace())
    routes = []
    for route in app.routes:
        for r in [route, *getattr(getattr(route, "original_router", None), "routes", [])]:
            path = getattr(r, "path", "")
            if path.startswith("/admin"):
                filled = path.format_map(Params(name=GUIDE.name))
                routes += [(m, filled) for m in sorted(r.methods - {"HEAD"})]
    return sorted(set(routes))


ROUTES = admin_routes()


def test_the_route_list_is_the_real_one():
    for expected in [
        ("GET", "/admin/insights"),
        ("GET", "/admin/documents"),
        ("POST", "/admin/documents/rollback"),
        ("DELETE", f"/admin/documents/{GUIDE.name}"),
        ("GET", "/admin/handoffs"),
    ]:
        assert expected in ROUTES


@pytest.fixture(scope="module")
def app(tmp_path_factory, embedder) -> Iterator[tuple[AppServer, Settings]]:
    base = tmp_path_factory.mktemp("sso")
    corpus = base / "corpus"
    corpus.mkdir()
    shutil.copy(GUIDE, corpus / GUIDE.name)
    settings = Settings(data_dir=base / "data", corpus_dir=corpus)
    ingest(settings, show_progress=False, embedder=embedder)
    server = start_app(
        settings.data_dir,
        base / "web",
        admin_token=TOKEN,
        corpus_dir=str(corpus),
        trusted_proxies="127.0.0.1",
        admin_user_header=HEADER,
        admins=f"{STAFF}, jdoe",
    )
    yield server, settings
    server.stop()


def _from(address: str) -> httpx.Client:
    return httpx.Client(transport=httpx.HTTPTransport(local_address=address), timeout=60)


def _call(client: httpx.Client, server: AppServer, method: str, path: str, headers: dict[str, str]) -> httpx.Response:
    files = (
        {"files": ("drop-in.md", NOTE)}
        if method in ("POST", "PUT") and path.startswith("/admin/documents") and "rollback" not in path
        else None
    )
    return client.request(method, f"{server.url}{path}", headers=headers, files=files)


@pytest.mark.parametrize(("method", "path"), ROUTES)
def test_a_spoofed_user_header_from_another_machine_is_ignored(app, method, path):
    server, settings = app
    with _from(f"127.0.{ROUTES.index((method, path)) + 1}.2") as client:  # not the trusted proxy; its own address
        response = _call(client, server, method, path, {HEADER: STAFF})
    assert response.status_code == 401, (method, path, response.status_code, response.text)
    assert (settings.corpus_dir / GUIDE.name).is_file()


@pytest.mark.parametrize(("method", "path"), ROUTES)
def test_a_signed_on_user_not_on_the_staff_list_gets_403(app, method, path):
    server, settings = app
    with _from("127.0.0.1") as client:
        response = _call(client, server, method, path, {HEADER: "student@uni.example"})
    assert response.status_code == 403, (method, path, response.status_code)
    assert "student@uni.example" in response.json()["error"] and "CAREERBOT_ADMINS" in response.json()["error"]
    assert (settings.corpus_dir / GUIDE.name).is_file() and not (settings.corpus_dir / "drop-in.md").exists()


@pytest.mark.parametrize(("method", "path"), ROUTES)
def test_from_the_proxy_without_a_user_or_token_gets_401(app, method, path):
    server, _ = app
    client_ip = {"X-Forwarded-For": f"198.51.100.{ROUTES.index((method, path)) + 1}"}  # each its own failed sign-in
    with _from("127.0.0.1") as client:
        response = _call(client, server, method, path, client_ip)
    assert response.status_code == 401, (method, path, response.status_code)


@pytest.mark.parametrize(("method", "path"), [r for r in ROUTES if r[0] == "GET"])
def test_a_staff_member_signed_on_through_the_proxy_sees_every_admin_page(app, method, path):
    server, _ = app
    with _from("127.0.0.1") as client:
        response = _call(client, server, method, path, {HEADER: "ADVISER@uni.example"})  # case does not matter
    assert response.status_code == 200, (path, response.text[:300])


def _wait_idle(client: httpx.Client, server: AppServer, headers: dict[str, str], timeout: float = 300) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = client.get(f"{server.url}/admin/documents/status", headers=headers).json()["job"]
        if not job["running"]:
            return job
        time.sleep(0.5)
    raise TimeoutError("the re-index did not finish")


def test_changes_by_a_signed_on_user_are_recorded_with_their_name_and_the_token_still_works(app):
    server, settings = app
    staff = {HEADER: STAFF}
    with _from("127.0.0.1") as client:
        assert _call(client, server, "POST", "/admin/documents", staff).status_code == 200
        assert _wait_idle(client, server, staff)["stage"] == "live"
        assert _call(client, server, "PUT", "/admin/documents/drop-in.md", staff).status_code == 200
        assert client.delete(f"{server.url}/admin/documents/drop-in.md", headers=staff).status_code == 200
        assert _wait_idle(client, server, staff)["stage"] == "live"
        back = client.post(f"{server.url}/admin/documents/rollback", headers=staff)
        assert back.status_code == 200, back.text
        done = client.post(f"{server.url}/admin/handoffs/1/done", headers=staff)
        assert done.status_code not in (401, 403)
        script = {"Authorization": f"Bearer {TOKEN}"}
        audit = client.get(f"{server.url}/admin/documents.json", headers=script).json()["audit"]
    assert [(a["who"], a["action"]) for a in audit[:4]] == [
        (f"{STAFF} (sign-on)", "rollback"),
        (f"{STAFF} (sign-on)", "delete"),
        (f"{STAFF} (sign-on)", "replace"),
        (f"{STAFF} (sign-on)", "add"),
    ]
    assert not (settings.corpus_dir / "drop-in.md").exists()


def test_without_a_token_the_sign_on_alone_opens_the_admin_pages(tmp_path):
    """CAREERBOT_ADMIN_USER_HEADER without CAREERBOT_ADMIN_TOKEN: the routes exist, staff pass, nobody else."""
    settings = Settings(data_dir=tmp_path, admin_user_header=HEADER, admins="jdoe", trusted_proxies="127.0.0.1")
    door = make_door(settings)
    assert door is not None
    site = FastAPI()

    @site.get("/admin/x")
    def page(request: Request):
        return door(request) or {"ok": True}

    trusted = TestClient(site, client=("127.0.0.1", 5000))
    assert trusted.get("/admin/x", headers={HEADER: "jdoe"}).status_code == 200
    assert trusted.get("/admin/x", headers={HEADER: "mallory"}).status_code == 403
    assert trusted.get("/admin/x").status_code == 401
    assert trusted.get("/admin/x", headers={"Authorization": "Bearer anything-at-all-123456"}).status_code == 401
    assert TestClient(site, client=("10.1.2.3", 5000)).get("/admin/x", headers={HEADER: "jdoe"}).status_code == 401
    assert make_door(Settings(data_dir=tmp_path)) is None


def test_the_header_without_proxies_or_staff_is_a_configuration_error(tmp_path):
    with pytest.raises(ValueError, match="CAREERBOT_TRUSTED_PROXIES"):
        Settings(data_dir=tmp_path, admin_user_header=HEADER, admins="jdoe")
    with pytest.raises(ValueError, match="CAREERBOT_ADMINS"):
        Settings(data_dir=tmp_path, admin_user_header=HEADER, trusted_proxies="127.0.0.1")
