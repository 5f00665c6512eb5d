"""Hand-offs to an adviser and "Email me this": POST /api/handoff, POST /api/transcript/email, /admin/handoffs.

Through the real app (create_app with its middleware, in process) over a real SQLite feedback database and a real
SMTP server on 127.0.0.1 (aiosmtpd, tests/smtp_inbox.py) that a test stops to play "the mail server is down". Each
test speaks from its own client address, so the mail rate limit counts only its own requests.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from smtp_inbox import Inbox, attachments, body_text

from bot.office.feedback import FeedbackStore
from bot.office.handoffs import FIELD_ERRORS
from bot.web.handoffs import NOT_EMAILED

OFFICE = "careers@example.edu"
TOKEN = "staff-token-0123456789abcdef"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
RATE = 4
QUESTION = "What does Meta pay AI research scientists?"
ANSWER = "Meta pays $177,730 on average [1]."
CITATION = {
    "n": 1,
    "source": "ai_researcher.md",
    "section": "Salary Ranges (US Market, 2024) > Top Companies",
    "text": "- Meta: $177,730 average",
    "title": "AI/Machine Learning Researcher: Career Guide",
    "scope": "US 2024",
}
TURNS = [{"question": QUESTION, "answer": ANSWER, "citations": [CITATION]}]
addresses = itertools.count(1)


@pytest.fixture(scope="module")
def inbox() -> Iterator[Inbox]:
    box = Inbox().start()
    yield box
    box.stop()


def make_app(data: Path, **settings):
    from bot.chain import Runtime
    from bot.config import Settings
    from bot.web.server import create_app

    corpus = Path(__file__).resolve().parent.parent / "corpus"
    config = Settings(data_dir=data, corpus_dir=corpus, **settings)
    return create_app(config, Runtime(config))


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory, inbox: Inbox):
    return make_app(
        tmp_path_factory.mktemp("handoffs"),
        smtp_url=inbox.url,
        handoff_email=OFFICE,
        admin_token=TOKEN,
        mail_rate_limit=f"{RATE}/minute",
    )


@pytest.fixture
def client(app) -> TestClient:
    """A client with an address of its own (its own rate-limit counts)."""
    return TestClient(app, client=(f"10.1.0.{next(addresses)}", 50000), follow_redirects=False)


@pytest.fixture
def store(app) -> FeedbackStore:
    return app.state.deps.store


def handoff(client: TestClient, **fields) -> dict:
    body = {
        "name": "Ana Silva",
        "email": "ana@student.example.edu",
        "note": "I am deciding between two offers.",
        "consent": True,
        "turns": TURNS,
        **fields,
    }
    return client.post("/api/handoff", json=body)


def test_a_handoff_is_stored_and_emailed_to_the_office_with_the_transcript(client, inbox, store) -> None:
    before = len(inbox.messages)

    response = handoff(client)

    assert response.status_code == 200, response.text
    reply = response.json()
    assert reply["sent"] is True and "Ana Silva" in reply["message"] and "ana@student.example.edu" in reply["message"]
    message = inbox.wait_for(before + 1)[-1]
    assert message["To"] == OFFICE and message["Reply-To"] == "ana@student.example.edu"
    assert "Ana Silva" in message["Subject"]
    text = body_text(message)
    for part in (
        "Ana Silva",
        "ana@student.example.edu",
        "I am deciding between two offers.",
        QUESTION,
        ANSWER,
        "AI/Machine Learning Researcher: Career Guide",
        "Scope: US 2024",
        "Meta: $177,730 average",
    ):
        assert part in text, part
    ((name, attached),) = attachments(message).items()
    assert name.endswith(".md") and QUESTION in attached and ANSWER in attached
    stored = store.handoffs.get(reply["id"])
    assert stored is not None and stored.sent_at is not None and stored.email == "ana@student.example.edu"
    assert QUESTION in stored.transcript


def test_markup_in_the_note_is_plain_text_in_the_email_and_escaped_on_the_staff_page(client, inbox) -> None:
    note = '<script>alert("x")</script><img src=x onerror=alert(1)> & <b>bold</b>'
    before = len(inbox.messages)

    reply = handoff(client, note=note, name="<i>Bo</i>").json()

    message = inbox.wait_for(before + 1)[-1]
    texts = [p.get_content_type() for p in message.walk() if p.get_content_maintype() == "text"]
    assert texts == ["text/plain", "text/markdown"]
    assert note in body_text(message)  # shown as typed, never rendered: the email has no HTML part
    page = client.get("/admin/handoffs", headers=AUTH).text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page and "&lt;i&gt;Bo&lt;/i&gt;" in page
    assert "<script" not in page and "<img" not in page and "<i>Bo" not in page
    assert f'id="handoff-{reply["id"]}"' in page


def test_when_the_mail_server_is_down_the_handoff_is_kept_and_sent_with_the_next_one(client, inbox, store) -> None:
    inbox.stop()
    try:
        down = handoff(client, name="Cleo Down")
    finally:
        inbox.start()
    assert down.status_code == 200, down.text
    assert down.json()["sent"] is False and "saved" in down.json()["message"]
    kept = store.handoffs.get(down.json()["id"])
    assert kept is not None and kept.sent_at is None and kept.attempts == 1
    assert "did not take the message" in (kept.last_error or "")
    assert "Not emailed yet" in client.get("/admin/handoffs", headers=AUTH).text
    before = len(inbox.messages)

    up = handoff(client, name="Dan Next")

    assert up.json()["sent"] is True
    subjects = [m["Subject"] for m in inbox.wait_for(before + 2)[before:]]
    assert sorted(subjects) == sorted(
        [f"careerbot hand-off #{up.json()['id']}: Dan Next", f"careerbot hand-off #{down.json()['id']}: Cleo Down"]
    )
    assert store.handoffs.get(down.json()["id"]).sent_at is not None  # type: ignore[union-attr]


def test_the_periodic_retry_sends_what_waited_for_the_mail_server(client, inbox, app, store) -> None:
    inbox.stop()
    try:
        waiting = handoff(client, name="Eve Waits").json()
        assert app.state.deps.desk.retry_unsent() == 0  # still down: nothing sent, nothing lost
    finally:
        inbox.start()
    before = len(inbox.messages)

    assert app.state.deps.desk.retry_unsent() == 1

    assert inbox.wait_for(before + 1)[-1]["Subject"] == f"careerbot hand-off #{waiting['id']}: Eve Waits"
    assert app.state.deps.desk.retry_unsent() == 0  # sent once, never twice


@pytest.mark.parametrize(
    ("fields", "bad"),
    [
        ({"email": "ana at example"}, {"email"}),
        ({"email": "a@b.edu, boss@b.edu"}, {"email"}),
        ({"email": "ana@example.edu\r\nBcc: x@y.edu"}, {"email"}),
        ({"consent": False}, {"consent"}),
        ({"name": "   ", "email": "", "consent": False}, {"name", "email", "consent"}),
    ],
)
def test_bad_fields_are_named_each_with_its_message_and_nothing_is_sent(client, inbox, store, fields, bad) -> None:
    before, stored = len(inbox.messages), len(store.handoffs.listing())

    response = handoff(client, **fields)

    assert response.status_code == 400
    assert response.json()["fields"] == {k: FIELD_ERRORS[k] for k in bad}
    assert len(inbox.messages) == before and len(store.handoffs.listing()) == stored


def test_a_handoff_flood_is_rate_limited_and_every_accepted_one_is_kept(client, store) -> None:
    stored = len(store.handoffs.listing())
    codes = [handoff(client, name=f"Flood {i}").status_code for i in range(RATE + 2)]

    assert codes == [200] * RATE + [429, 429]
    refused = handoff(client)
    assert refused.status_code == 429 and "Please wait" in refused.json()["error"] and refused.headers["Retry-After"]
    assert len(store.handoffs.listing()) == stored + RATE
    assert handoff(client, consent=False).status_code == 400  # a form to correct is still answered, not counted


def test_the_staff_page_lists_handoffs_newest_first_behind_the_token_and_marks_one_done(client, store) -> None:
    first = handoff(client, name="Fay First").json()["id"]
    second = handoff(client, name="Gus Second").json()["id"]

    assert client.get("/admin/handoffs").status_code == 401
    page = client.get("/admin/handoffs", headers=AUTH)
    assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
    assert page.text.index("Gus Second") < page.text.index("Fay First")
    assert "Emailed to the office" in page.text and QUESTION in page.text and "30 days" in page.text

    assert client.post(f"/admin/handoffs/{first}/done").status_code == 401
    foreign = client.post(f"/admin/handoffs/{first}/done", headers={**AUTH, "Origin": "https://evil.example"})
    assert foreign.status_code == 403 and store.handoffs.get(first).done_at is None  # type: ignore[union-attr]
    done = client.post(f"/admin/handoffs/{first}/done", headers={**AUTH, "Origin": "http://testserver"})
    assert done.status_code == 303 and done.headers["location"] == f"/admin/handoffs#handoff-{first}"
    assert store.handoffs.get(first).done_by == "admin token"  # type: ignore[union-attr]
    page = client.get("/admin/handoffs", headers=AUTH).text
    first_block = page[page.index(f'id="handoff-{first}"') :]
    assert "Done " in first_block.split("</article>")[0] and f"Mark hand-off {second} done" in page
    assert client.post("/admin/handoffs/999999/done", headers=AUTH).status_code == 404


def test_handoffs_are_purged_with_the_feedback_after_the_retention_period(client, store) -> None:
    kept = handoff(client, name="Hal Purged").json()["id"]

    store.purge(30, now=datetime.now(UTC) + timedelta(days=31))

    assert store.handoffs.get(kept) is None and store.handoffs.listing() == []


def test_email_me_this_sends_the_transcript_to_the_student_and_stores_nothing(client, inbox, store) -> None:
    before, stored = len(inbox.messages), len(store.handoffs.listing())

    response = client.post("/api/transcript/email", json={"email": "ana@student.example.edu", "turns": TURNS})

    assert response.status_code == 200, response.text
    assert response.json()["message"] == "Sent the conversation to ana@student.example.edu."
    message = inbox.wait_for(before + 1)[-1]
    assert message["To"] == "ana@student.example.edu" and message["Subject"] == "Your careerbot conversation"
    assert QUESTION in body_text(message) and "Scope: US 2024" in body_text(message)
    assert len(store.handoffs.listing()) == stored

    bad = client.post("/api/transcript/email", json={"email": "nope", "turns": TURNS})
    assert bad.status_code == 400 and bad.json()["fields"] == {"email": FIELD_ERRORS["email"]}
    empty = client.post("/api/transcript/email", json={"email": "ana@student.example.edu", "turns": []})
    assert empty.status_code == 400


def test_email_me_this_says_so_when_the_mail_server_is_down(client, inbox) -> None:
    inbox.stop()
    try:
        response = client.post("/api/transcript/email", json={"email": "ana@student.example.edu", "turns": TURNS})
    finally:
        inbox.start()
    assert response.status_code == 503 and response.json()["error"] == NOT_EMAILED


def test_without_mail_settings_the_routes_do_not_exist_and_the_widget_keeps_the_link(tmp_path: Path) -> None:
    bare = TestClient(make_app(tmp_path, handoff_url="https://careers.example.edu/book"))

    assert bare.post("/api/handoff", json={}).status_code == 404
    assert bare.post("/api/transcript/email", json={}).status_code == 404
    embed = bare.get("/embed").text
    assert 'href="https://careers.example.edu/book"' in embed
    assert '<meta name="careerbot-handoff-form" content="">' in embed
    assert '<meta name="careerbot-email" content="">' in embed


def test_with_mail_settings_the_widget_offers_the_form_and_email(client) -> None:
    embed = client.get("/embed").text

    assert '<meta name="careerbot-handoff-form" content="1">' in embed
    assert '<meta name="careerbot-email" content="1">' in embed
    assert 'id="cb-handoff-form"' in embed and 'id="cb-email-form"' in embed
