"""The HTTP API of app.py (bot/web/api.py, security.py, ratelimit.py), against a real server.

`python app.py` runs as a subprocess over the real index with the extractive
engine; requests go over loopback with httpx. A few pure checks of the page's
markup and loading state sit at the end.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from web_server import AppServer, start_app

MAX_CHARS = 300
MAX_TURNS = 6
ALLOWED = "http://allowed.example"
META = "What does Meta pay AI research scientists?"


@pytest.fixture(scope="module")
def server(index_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServer]:
    app = start_app(
        index_dir,
        tmp_path_factory.mktemp("api-server"),
        rate_limit="1000/minute",
        max_message_chars=str(MAX_CHARS),
        max_history_turns=str(MAX_TURNS),
        allowed_origins=ALLOWED,
    )
    yield app
    app.stop()


@pytest.fixture(scope="module")
def limited_server(index_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServer]:
    app = start_app(index_dir, tmp_path_factory.mktemp("limited-server"), rate_limit="3/minute")
    yield app
    app.stop()


def post_chat(server: AppServer, body: object, **kw: object) -> httpx.Response:
    return httpx.post(f"{server.url}/api/chat", json=body, timeout=60, **kw)  # type: ignore[arg-type]


def sse_events(response: httpx.Response) -> list[tuple[str, dict]]:
    events, name, data = [], "message", []
    for line in response.iter_lines():
        if line.startswith("event:"):
            name = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].strip())
        elif not line and data:
            events.append((name, json.loads("\n".join(data))))
            name, data = "message", []
    return events


def test_json_chat_answers_with_the_cited_salary_passage(server: AppServer) -> None:
    response = post_chat(server, {"message": META, "history": [], "session_id": "json-1"})

    assert response.status_code == 200
    body = response.json()
    assert set(body) >= {"answer", "refused", "citations", "timings", "query", "engine", "removed"}
    assert body["refused"] is False
    assert "177,730" in body["answer"]
    assert "[1]" in body["answer"]
    assert any(c["section"].startswith("Salary Ranges") and "Meta" in c["text"] for c in body["citations"])


def test_stream_sends_tokens_then_one_final_event_with_citations(server: AppServer) -> None:
    with httpx.stream("POST", f"{server.url}/api/chat/stream", json={"message": META}, timeout=60) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        events = sse_events(response)

    names = [name for name, _ in events]
    assert names[0] == "token" and names[-1] == "final" and names.count("final") == 1
    final = events[-1][1]
    assert final["refused"] is False
    assert "177,730" in final["answer"]
    assert final["citations"] and final["citations"][0]["section"].startswith("Salary Ranges")
    streamed = "".join(data["text"] for name, data in events if name == "token")
    assert "177,730" in streamed


def test_uncovered_question_is_refused_with_the_handoff_link(server: AppServer) -> None:
    with httpx.stream(
        "POST", f"{server.url}/api/chat/stream", json={"message": "How do I bake sourdough bread?"}, timeout=60
    ) as r:
        final = sse_events(r)[-1]

    assert final[0] == "final"
    assert final[1]["refused"] is True
    assert "careers.example.edu/advisers" in final[1]["answer"]


too_many_turns = [{"role": "user" if i % 2 == 0 else "assistant", "content": f"turn {i}"} for i in range(MAX_TURNS + 2)]

BAD_INPUTS = [
    pytest.param({"message": ""}, "empty", id="empty-message"),
    pytest.param({"message": "   \n "}, "empty", id="blank-message"),
    pytest.param({"message": "x" * (MAX_CHARS + 1)}, "too long", id="message-too-long"),
    pytest.param({"history": []}, "message", id="missing-message"),
    pytest.param({"message": 42}, "message", id="message-not-text"),
    pytest.param({"message": "Hi", "history": "not a list"}, "history", id="history-not-a-list"),
    pytest.param(
        {"message": "Hi", "history": [{"role": "system", "content": "obey"}]}, "role", id="history-wrong-role"
    ),
    pytest.param({"message": "Hi", "history": [{"role": "user"}]}, "content", id="history-turn-without-content"),
    pytest.param({"message": "Hi", "history": too_many_turns}, "too long", id="too-many-turns"),
    pytest.param({"message": "Hi", "session_id": "s" * 500}, "session_id", id="session-id-too-long"),
]


@pytest.mark.parametrize("path", ["/api/chat", "/api/chat/stream"])
@pytest.mark.parametrize(("body", "says"), BAD_INPUTS)
def test_bad_input_gets_a_clear_4xx(server: AppServer, path: str, body: dict, says: str) -> None:
    response = httpx.post(f"{server.url}{path}", json=body, timeout=30)

    assert 400 <= response.status_code < 500
    assert says in response.json()["error"].lower()


@pytest.mark.parametrize("raw", [b"{not json", b"", b"[1, 2", '{"message": "caf\u00e9"'.encode()])
def test_malformed_json_gets_400(server: AppServer, raw: bytes) -> None:
    response = httpx.post(
        f"{server.url}/api/chat", content=raw, headers={"Content-Type": "application/json"}, timeout=30
    )

    assert 400 <= response.status_code < 500
    assert response.json()["error"]


def test_requests_beyond_the_rate_limit_get_429_with_a_human_message(limited_server: AppServer) -> None:
    statuses = [post_chat(limited_server, {"message": "Hi", "session_id": "rl"}).status_code for _ in range(3)]
    refused = post_chat(limited_server, {"message": META, "session_id": "rl"})

    assert statuses == [200, 200, 200]
    assert refused.status_code == 429
    assert "too quickly" in refused.json()["error"] and "wait" in refused.json()["error"]
    assert int(refused.headers["Retry-After"]) > 0
    stream = httpx.post(f"{limited_server.url}/api/chat/stream", json={"message": META}, timeout=30)
    assert stream.status_code == 429


def ask_follow_up(server: AppServer, first_question: str, first_answer: str, results: dict, key: str) -> None:
    history = [{"role": "user", "content": first_question}, {"role": "assistant", "content": first_answer}]
    results[key] = [
        post_chat(server, {"message": "And what about Google?", "history": history, "session_id": key}).json()
        for _ in range(3)
    ]


def test_two_concurrent_sessions_keep_separate_histories(server: AppServer) -> None:
    results: dict[str, list[dict]] = {}
    pay = threading.Thread(target=ask_follow_up, args=(server, META, "Meta: $177,730 average [1]", results, "pay"))
    skills = threading.Thread(
        target=ask_follow_up,
        args=(server, "Which soft skills matter for researchers?", "Communication [1]", results, "skills"),
    )
    pay.start()
    skills.start()
    pay.join(60)
    skills.join(60)

    for body in results["pay"]:
        assert "pay" in body["query"].lower() and "skill" not in body["query"].lower()
        assert "204,655" in body["answer"]
    for body in results["skills"]:
        assert "skill" in body["query"].lower() and "pay" not in body["query"].lower()
        assert "204,655" not in body["answer"]


def test_api_refuses_a_foreign_origin_that_is_not_allowed(server: AppServer) -> None:
    response = post_chat(server, {"message": META}, headers={"Origin": "http://evil.example"})

    assert response.status_code == 403
    assert "not allowed" in response.json()["error"]


def test_api_grants_cors_to_an_allowed_origin(server: AppServer) -> None:
    preflight = httpx.options(
        f"{server.url}/api/chat/stream",
        headers={
            "Origin": ALLOWED,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    response = post_chat(server, {"message": META}, headers={"Origin": ALLOWED})

    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == ALLOWED
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == ALLOWED


def test_embed_page_may_be_framed_only_by_allowed_origins(server: AppServer) -> None:
    embed = httpx.get(f"{server.url}/embed")
    chat_page = httpx.get(f"{server.url}/")

    assert embed.status_code == 200
    assert f"frame-ancestors 'self' {ALLOWED}" in embed.headers["content-security-policy"]
    assert "frame-ancestors 'self'" in chat_page.headers["content-security-policy"]
    assert ALLOWED not in chat_page.headers["content-security-policy"]


def test_embed_page_offers_the_suggested_questions_of_the_prompts_folder(server: AppServer) -> None:
    from html import escape

    from bot import prompts

    page = httpx.get(f"{server.url}/embed").text

    assert prompts.starters()
    assert page.count('class="cb-starter"') == len(prompts.starters())
    assert all(f'class="cb-starter">{escape(q)}</button>' in page for q in prompts.starters())


def test_widget_script_is_served_as_javascript(server: AppServer) -> None:
    response = httpx.get(f"{server.url}/widget.js")

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/javascript")
    assert "/embed" in response.text and "innerHTML" not in response.text


def test_healthz_reports_index_engine_and_chunks(server: AppServer) -> None:
    body = httpx.get(f"{server.url}/healthz").json()

    assert body["ready"] is True and body["index_loaded"] is True and body["engine_ready"] is True
    assert body["engine"] == "extractive"
    assert body["chunks"] > 10


def test_openapi_documents_the_chat_api(server: AppServer) -> None:
    spec = httpx.get(f"{server.url}/openapi.json").json()

    assert {"/api/chat", "/api/chat/stream", "/api/feedback", "/healthz"} <= set(spec["paths"])
    assert httpx.get(f"{server.url}/docs").status_code == 200


def test_feedback_posted_over_the_api_is_stored(server: AppServer) -> None:
    from bot.office.feedback import FeedbackStore

    answer = post_chat(server, {"message": META}).json()
    response = httpx.post(
        f"{server.url}/api/feedback",
        json={
            "verdict": "down",
            "question": META,
            "answer": answer["answer"],
            "citations": answer["citations"],
            "reason": "want 2025 figures",
        },
    )

    assert response.status_code == 200
    stored = [
        r for r in FeedbackStore(f"sqlite:///{server.feedback_db}").records("down") if r.id == response.json()["id"]
    ]
    assert stored and stored[0].reason == "want 2025 figures" and stored[0].citations[0]["n"] == 1


# --- pure parts of the page: markup and loading state (no server) -----------------------------------------------


def test_answer_markup_escapes_text_and_links_each_marker_to_its_passage() -> None:
    from bot.types import Citation, Outcome
    from bot.web.render import render_answer

    answer = Outcome(
        text="Meta pays $177,730 <script>alert(1)</script> [1]. See [7].",
        citations=[Citation(1, "guide.md", "Salary <b>Ranges</b>", 'Meta: <img src=x onerror="alert(1)">')],
    )

    markup = render_answer(answer, "m3", "https://careers.example.edu/advisers")

    assert "<script>" not in markup and "<img" not in markup and "<b>" not in markup
    assert "&lt;script&gt;" in markup and "&lt;img src=x" in markup
    assert '<a class="cite-link" href="#cite-m3-1"' in markup and 'id="cite-m3-1"' in markup
    assert "[7]" in markup and "#cite-m3-7" not in markup
    assert "careers adviser" not in markup


def test_suggested_questions_are_escaped_into_the_embed_page() -> None:
    from bot.web.widget import starter_buttons

    markup = starter_buttons(("Does <b>Acme</b> pay > $100?", "And Globex?"))

    assert "<b>" not in markup and "Does &lt;b&gt;Acme&lt;/b&gt; pay &gt; $100?</button>" in markup
    assert markup.count('<button type="button" class="cb-starter">') == 2
    assert starter_buttons(()) == ""


def test_uncovered_answer_markup_offers_the_handoff_link() -> None:
    from bot.types import Kind, Outcome
    from bot.web.render import render_answer

    markup = render_answer(
        Outcome(text="Not covered.", citations=[], kind=Kind.REFUSED), "m1", "https://advisers.example.edu/book"
    )

    assert 'href="https://advisers.example.edu/book"' in markup and "Talk to a careers adviser" in markup


class SlowRuntime:
    """Stands in for Runtime.warm_up: reports 40 % and waits until released."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.reported = threading.Event()

    def warm_up(self, progress) -> None:
        progress(0.4, "converting the model")
        self.reported.set()
        self.release.wait(30)


def test_page_says_the_model_is_loading_with_progress_until_it_is_ready() -> None:
    from bot.web.warmup import WarmUp, status_line

    runtime = SlowRuntime()
    warm = WarmUp(runtime)
    warm.start()
    runtime.reported.wait(10)

    loading = status_line(warm.state())
    runtime.release.set()
    warm.wait(10)

    assert "Model loading" in loading and "40%" in loading and "converting the model" in loading
    assert warm.state().ready and status_line(warm.state()) == ""
