"""Office corrections that stick, against a real `python app.py` (real Chroma in tmp_path, real embedder, the real
corpus copied to tmp_path, the extractive engine): a question refused today is answered with [n] to the staff note
after staff add it through the API, an edit changes the answer, withdrawing it brings the refusal back; the admin
door on every route; bad notes get a clear message and change nothing; markup in a note is escaped on the insights
page; the insights page marks the questions a note answers; axe (WCAG 2.2 AA) finds nothing on the page with the form,
with an error shown and after a note is saved, and the form works from the keyboard."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator

import httpx
import pytest
from web_server import REPO, AppServer, start_app

from bot.config import Settings
from bot.office.corrections import Note, parse, slug_for
from ingest.pipeline import ingest

TOKEN = "corrections-admin-token-0123456789"
AUTH = ("Office Staff", TOKEN)
TRAVEL = "Does the university offer funding for conference travel?"
TRAVEL_NOTE = (
    "Students presenting a paper can apply to the careers office's conference travel fund, which covers "
    "registration and travel up to 500 dollars; apply at least six weeks before the conference."
)
ROUTES = [
    ("GET", "/admin/notes"),
    ("POST", "/admin/notes"),
    ("PUT", "/admin/notes/some-note"),
    ("DELETE", "/admin/notes/some-note"),
    ("GET", "/admin/corrections.js"),
    ("GET", "/admin/insights"),
]


@pytest.fixture(scope="module")
def app(tmp_path_factory, embedder) -> Iterator[tuple[AppServer, Settings]]:
    base = tmp_path_factory.mktemp("corrections")
    corpus = base / "corpus"
    shutil.copytree(REPO / "corpus", corpus)
    settings = Settings(data_dir=base / "data", corpus_dir=corpus)
    ingest(settings, show_progress=False, embedder=embedder)
    server = start_app(
        settings.data_dir, base / "web", admin_token=TOKEN, corpus_dir=str(corpus), trusted_proxies="127.0.0.1"
    )
    yield server, settings
    server.stop()


def _ask(server: AppServer, question: str) -> dict:
    response = httpx.post(f"{server.url}/api/chat", json={"message": question}, timeout=120)
    assert response.status_code == 200, response.text
    return response.json()


def _wait_live(server: AppServer, timeout: float = 300) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = httpx.get(f"{server.url}/admin/documents/status", auth=AUTH, timeout=30).json()["job"]
        if not job["running"]:
            assert job["stage"] == "live", job
            return job
        time.sleep(0.5)
    raise TimeoutError("the re-index did not finish")


def _notes(server: AppServer) -> list[dict]:
    response = httpx.get(f"{server.url}/admin/notes", auth=AUTH, timeout=120)
    assert response.status_code == 200, response.text
    return response.json()["notes"]


def _add(server: AppServer, question: str, answer: str, **extra) -> dict:
    body = {"question": question, "answer": answer, **extra}
    response = httpx.post(f"{server.url}/admin/notes", auth=AUTH, json=body, timeout=120)
    assert response.status_code == 201, response.text
    _wait_live(server)
    return response.json()["note"]


def _withdraw(server: AppServer, slug: str) -> None:
    response = httpx.delete(f"{server.url}/admin/notes/{slug}", auth=AUTH, timeout=120)
    assert response.status_code == 200, response.text
    _wait_live(server)


def _insights(server: AppServer) -> str:
    response = httpx.get(f"{server.url}/admin/insights", auth=AUTH, timeout=120)
    assert response.status_code == 200
    return response.text


def test_a_note_file_reads_back_as_written_whatever_the_text():
    note = Note(
        name=f"office-note-{slug_for(TRAVEL)}.md",
        question='Is "x: y" --- a #question?',
        answer="Line one.\n\n---\nLine: two",
        author="O'Brien",
        date="2025-01-10",
        rests_on=["A > B"],
    )
    assert parse(note.name, note.markdown()) == note


@pytest.mark.parametrize(("method", "path"), ROUTES)
def test_every_notes_route_refuses_a_person_without_the_admin_token(app, method, path):
    server, settings = app
    before = sorted(p.name for p in settings.corpus_dir.iterdir())
    body = {"question": TRAVEL, "answer": TRAVEL_NOTE} if method in ("POST", "PUT") else None
    for n, auth in enumerate((None, ("someone", "not-the-token-at-all"))):
        client = {"X-Forwarded-For": f"10.8.{ROUTES.index((method, path))}.{n + 1}"}
        response = httpx.request(method, f"{server.url}{path}", auth=auth, json=body, headers=client, timeout=30)
        assert response.status_code in (401, 429), (method, path, response.status_code)
    assert sorted(p.name for p in settings.corpus_dir.iterdir()) == before, "a refused request changed the documents"


def test_the_notes_api_is_in_the_openapi_schema(app):
    server, _ = app
    paths = httpx.get(f"{server.url}/openapi.json", timeout=30).json()["paths"]
    assert set(paths["/admin/notes"]) >= {"get", "post"} and set(paths["/admin/notes/{slug}"]) >= {"put", "delete"}
    schema = paths["/admin/notes"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert {"question", "answer", "rests_on"} <= set(schema["properties"])


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        ({"question": TRAVEL, "answer": "   "}, 400, "The note is empty"),
        ({"question": " ", "answer": TRAVEL_NOTE}, 400, "Write the question"),
        ({"question": TRAVEL, "answer": "word " * 1200}, 400, "over the 4,000 limit"),
        ({"question": TRAVEL, "answer": "x" * 100_000}, 413, "keep it to a few sentences"),
        ({"question": TRAVEL, "answer": TRAVEL_NOTE, "rests_on": ["A Section Nobody Wrote"]}, 400, "No section called"),
        ({"question": TRAVEL}, 400, "Send a JSON object"),
    ],
)
def test_a_bad_note_gets_a_clear_message_and_changes_nothing(app, body, status, message):
    server, settings = app
    before = sorted(p.name for p in settings.corpus_dir.iterdir())
    response = httpx.post(f"{server.url}/admin/notes", auth=AUTH, json=body, timeout=60)
    assert response.status_code == status and message in response.json()["error"], response.text
    assert sorted(p.name for p in settings.corpus_dir.iterdir()) == before


def test_a_refused_question_is_answered_from_the_staff_note_until_it_is_withdrawn(app):
    server, settings = app
    refused = _ask(server, TRAVEL)
    assert refused["refused"] and not refused["citations"], refused

    note = _add(server, TRAVEL, TRAVEL_NOTE, rests_on=["Career Development"])
    assert (settings.corpus_dir / note["name"]).is_file() and note["author"] == "Office Staff"
    for question in (TRAVEL, "Can I get money to travel to a conference where I present a paper?"):
        reply = _ask(server, question)
        assert not reply["refused"] and "conference travel fund" in reply["answer"], reply
        cited = {c["n"]: c for c in reply["citations"]}
        n = next(n for n, c in cited.items() if c["source"].endswith(note["name"]))
        assert f"[{n}]" in reply["answer"] and cited[n]["title"] == f"Careers office note: {TRAVEL}"

    listed = next(n for n in _notes(server) if n["slug"] == note["slug"])
    assert listed["status"] == "live" and TRAVEL in listed["answers"] and listed["rests_on"] == ["Career Development"]
    page = _insights(server)
    assert f"answered by Careers office note: {TRAVEL}" in page, "the insights page does not mark the answered question"

    edited = httpx.put(
        f"{server.url}/admin/notes/{note['slug']}",
        auth=AUTH,
        timeout=120,
        json={"answer": TRAVEL_NOTE.replace("500 dollars", "800 dollars")},
    )
    assert edited.status_code == 200, edited.text
    _wait_live(server)
    answer = _ask(server, TRAVEL)["answer"]
    assert "800 dollars" in answer and "500" not in answer, answer

    _withdraw(server, note["slug"])
    again = _ask(server, TRAVEL)
    assert again["refused"] and not again["citations"], again
    assert not (settings.corpus_dir / note["name"]).exists() and _notes(server) == []
    gone = httpx.delete(f"{server.url}/admin/notes/{note['slug']}", auth=AUTH, timeout=30)
    assert gone.status_code == 404 and "no staff note" in gone.json()["error"]


def test_markup_in_a_note_or_a_question_is_shown_as_text_on_the_insights_page(app, browser):
    server, _ = app
    question = 'Is there a <b id="q-markup">stipend</b> for <script>window.pwned=1</script>internships?'
    answer = (
        'Yes, see <img src=x onerror="window.pwned=2"> the <a id="n-markup" href="https://evil.example">office</a>.'
    )
    down = {"verdict": "down", "question": '<i id="d-markup">Why</i> no answer?', "answer": "x", "refused": True}
    assert httpx.post(f"{server.url}/api/feedback", json=down, timeout=30).status_code == 200
    note = _add(server, question, answer)
    try:
        page = _insights(server)
        assert "<script>window.pwned" not in page and "<img src=x" not in page and '<b id="q-markup">' not in page
        assert "&lt;img src=x onerror=" in page and "&lt;i id=&quot;d-markup&quot;&gt;Why" in page
        context = browser.new_context(http_credentials={"username": "Office Staff", "password": TOKEN})
        view = context.new_page()
        view.goto(f"{server.url}/admin/insights")
        assert view.locator("#q-markup, #n-markup, #d-markup").count() == 0
        assert view.evaluate("window.pwned === undefined")
        assert view.get_by_text("onerror=").count() >= 1, "the note's text is not shown as typed"
        context.close()
    finally:
        _withdraw(server, note["slug"])


def test_the_insights_page_with_the_note_form_passes_axe_and_works_from_the_keyboard(app, browser):
    from test_a11y import axe_violations

    server, settings = app
    question = "Can students borrow a laptop from the careers office?"
    assert _ask(server, question)["refused"]
    context = browser.new_context(http_credentials={"username": "Office Staff", "password": TOKEN})
    page = context.new_page()
    page.goto(f"{server.url}/admin/insights")
    assert axe_violations(page) == [], "form open"
    page.get_by_role("button", name=f"Write a note answering: {question}").first.click()
    assert page.input_value("#note-question") == question
    assert page.evaluate("document.activeElement.id") == "note-answer", "the answer box gets the focus"
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "note-save"
    page.keyboard.press("Enter")  # an empty note
    status = page.locator("#note-status[role=status]")
    status.filter(has_text="The note is empty").wait_for()
    assert page.get_attribute("#note-answer", "aria-invalid") == "true"
    assert axe_violations(page) == [], "error shown"
    page.focus("#note-answer")
    page.keyboard.type("Yes: the careers office lends laptops for interviews; ask at the front desk a day ahead.")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    status.filter(has_text="Saved: Careers office note:").wait_for()
    assert page.get_attribute("#note-answer", "aria-invalid") is None
    assert axe_violations(page) == [], "note saved"
    context.close()
    _wait_live(server)
    slug = next(n["slug"] for n in _notes(server) if n["question"] == question)
    assert "lends laptops" in _ask(server, question)["answer"]
    _withdraw(server, slug)
