"""The documents page and its API against a real `python app.py` (real Chroma in tmp_path, real embedder, the real
guide): the admin door on every route, bad uploads refused one by one with nothing changed, a good upload goes live
and is answered, the audit log names who changed what, and axe (WCAG 2.2 AA) finds nothing on /admin/documents."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator

import httpx
import pytest
from web_server import REPO, AppServer, start_app

from bot.config import Settings
from bot.retrieval.store import read_pointer
from ingest.pipeline import ingest

TOKEN = "documents-admin-token-0123456789"
AUTH = ("Office Staff", TOKEN)  # Basic: the user name is recorded in the audit log
GUIDE = REPO / "corpus" / "ai-ml-researcher-career-guide.md"
CSV = b"Role,Median salary (Freedonia 2031)\nJunior widget analyst,\xc2\xa331000\nSenior widget analyst,\xc2\xa358000\n"
ROUTES = [
    ("GET", "/admin/documents"),
    ("GET", "/admin/documents.js"),
    ("GET", "/admin/documents.json"),
    ("GET", "/admin/documents/status"),
    ("POST", "/admin/documents"),
    ("PUT", f"/admin/documents/{GUIDE.name}"),
    ("DELETE", f"/admin/documents/{GUIDE.name}"),
    ("POST", "/admin/documents/rollback"),
    ("GET", f"/admin/documents/{GUIDE.name}/preview"),
]


@pytest.fixture(scope="module")
def app(tmp_path_factory, embedder) -> Iterator[tuple[AppServer, Settings]]:
    base = tmp_path_factory.mktemp("documents")
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
        max_upload_mb="1",
        trusted_proxies="127.0.0.1",
    )
    yield server, settings
    server.stop()


def _state(server: AppServer) -> dict:
    return httpx.get(f"{server.url}/admin/documents.json", auth=AUTH, timeout=30).json()


def _wait_live(server: AppServer, timeout: float = 300) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = httpx.get(f"{server.url}/admin/documents/status", auth=AUTH, timeout=30).json()["job"]
        if not job["running"]:
            return job
        time.sleep(0.5)
    raise TimeoutError("the re-index did not finish")


@pytest.mark.parametrize(("method", "path"), ROUTES)
def test_every_documents_route_refuses_a_person_without_the_admin_token(app, method, path):
    server, _ = app
    files = {"files": ("x.md", b"# x\n\ntext")} if method in ("POST", "PUT") and "rollback" not in path else None
    for n, auth in enumerate((None, ("someone", "not-the-token-at-all"))):
        # Each refused person from their own address: failed sign-ins are limited per client, staff's stay open.
        client = {"X-Forwarded-For": f"10.9.{ROUTES.index((method, path))}.{n + 1}"}
        response = httpx.request(method, f"{server.url}{path}", auth=auth, files=files, headers=client, timeout=30)
        assert response.status_code in (401, 429), (method, path, response.status_code)
    assert (app[1].corpus_dir / GUIDE.name).is_file(), "a refused request changed the documents"


def test_with_the_token_the_list_shows_what_careerbot_read_and_the_api_is_documented(app):
    server, _ = app
    state = _state(server)
    guide = next(d for d in state["documents"] if d["name"] == GUIDE.name)
    assert guide["status"] == "live" and guide["read"]["chunks"] > 40 and "USD" in guide["read"]["currency"]
    schema = httpx.get(f"{server.url}/openapi.json", timeout=30).json()
    for path in ("/admin/documents.json", "/admin/documents", "/admin/documents/{name}", "/admin/documents/rollback"):
        assert path in schema["paths"], path


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("salaries.exe", b"MZ\x90\x00binary", "it reads Markdown"),
        ("empty.md", b"", "empty (0 bytes)"),
        ("huge.md", b"# Huge\n\n" + b"x " * 600_000, "over the 1 MB limit"),
        ("../escape.md", b"# Escape\n\ntext", "may not contain a path"),
        ("sub\\escape.md", b"# Escape\n\ntext", "may not contain a path"),
        ("broken.docx", b"this is not a zip archive", "broken.docx"),
    ],
)
def test_a_bad_upload_gets_a_clear_message_and_changes_nothing(app, name, data, message):
    server, settings = app
    files_before = sorted(p.name for p in settings.corpus_dir.iterdir())
    live_before = read_pointer(settings).version
    response = httpx.post(f"{server.url}/admin/documents", auth=AUTH, files={"files": (name, data)}, timeout=120)
    assert response.status_code == 400
    result = response.json()["results"][0]
    assert not result["ok"] and message in result["error"], result
    assert sorted(p.name for p in settings.corpus_dir.iterdir()) == files_before
    assert read_pointer(settings).version == live_before and not response.json()["job"]["running"]


def test_upload_goes_live_is_answered_and_the_audit_names_who(app):
    server, settings = app
    response = httpx.post(
        f"{server.url}/admin/documents", auth=AUTH, files={"files": ("freedonia-pay.csv", CSV)}, timeout=120
    )
    assert response.status_code == 200 and response.json()["results"][0]["ok"], response.text
    assert _wait_live(server)["stage"] == "live"
    state = _state(server)
    pay = next(d for d in state["documents"] if d["name"] == "freedonia-pay.csv")
    assert pay["status"] == "live" and pay["read"]["tables"] == 1 and pay["read"]["currency"] == ["GBP"]
    preview = httpx.get(f"{server.url}/admin/documents/freedonia-pay.csv/preview", auth=AUTH, timeout=30).json()
    assert any("31000" in c["text"].replace(",", "") for c in preview["chunks"])
    reply = httpx.post(
        f"{server.url}/api/chat",
        json={"message": "What is the median salary of a junior widget analyst in Freedonia?"},
        timeout=120,
    ).json()
    assert "31" in reply["answer"] and "[1]" in reply["answer"], reply
    assert httpx.delete(f"{server.url}/admin/documents/freedonia-pay.csv", auth=AUTH, timeout=30).status_code == 200
    _wait_live(server)
    audit = _state(server)["audit"]
    assert [(a["who"], a["action"], a["document"]) for a in audit[:2]] == [
        ("Office Staff (admin token)", "delete", "freedonia-pay.csv"),
        ("Office Staff (admin token)", "add", "freedonia-pay.csv"),
    ]


def test_the_documents_page_passes_axe_wcag_22_aa(app, browser):
    from test_a11y import axe_violations

    server, _ = app
    context = browser.new_context(http_credentials={"username": "Office Staff", "password": TOKEN})
    page = context.new_page()
    page.goto(f"{server.url}/admin/documents")
    page.wait_for_selector("#docs tr")
    assert page.locator("#announce[aria-live=polite]").count() == 1
    assert axe_violations(page) == []
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "files", "the file picker is the first stop for the keyboard"
    context.close()
