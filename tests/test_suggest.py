"""Suggested next questions (bot/evidence/suggest.py, shown by bot/web/api.py, ui.py and the widget).

Over the golden suite, with the extractive engine and a real index of the corpus: every suggestion shown after an
answer is answered (not refused, no scope gap) when it is asked next in that conversation, by the chain itself.
Then the API carries them (JSON and the SSE final event), and the page and the widget show them as a labelled group
of buttons that ask when clicked, with no axe violation (WCAG 2.2 AA tags).
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bot.chain import Runtime, answer
from bot.evidence.suggest import Suggester, for_outcome
from bot.types import Kind, Turn

REPO = Path(__file__).resolve().parent.parent
GOLDEN = REPO / "eval" / "suites" / "golden.jsonl"
META = "What does Meta pay AI research scientists?"


@pytest.fixture(scope="module")
def runtime(index_dir, embedder) -> Runtime:
    from bot.config import Settings

    settings = Settings(data_dir=index_dir, corpus_dir=REPO / "corpus", engine="extractive")
    rt = Runtime(settings, embedder=embedder)
    rt.warm_up()
    return rt


def test_every_suggestion_over_the_golden_suite_is_answered_when_asked(runtime: Runtime) -> None:
    suggester = Suggester(runtime.retriever, runtime.lexicon)
    cases = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line.strip()]
    shown, refused, times, answered_cases = 0, [], [], 0
    for case in cases:
        history = [Turn(**t) for t in case["history"]]
        outcome = answer(case["question"], history, runtime.settings, runtime=runtime)
        found = for_outcome(suggester, case["question"], outcome, history)
        times.append(found.ms)
        answered_cases += outcome.kind is not Kind.REFUSED
        after = [*history, Turn("user", case["question"]), Turn("assistant", outcome.text)]
        for question in found.questions:
            shown += 1
            asked = answer(question, after, runtime.settings, runtime=runtime)
            if asked.refused or not asked.citations:
                refused.append((case["id"], question, asked.kind))
    print(
        f"\nsuggestions over {len(cases)} golden questions: {shown} shown, {len(refused)} refused; "
        f"median {statistics.median(times):.0f} ms, max {max(times):.0f} ms per answer"
    )
    assert refused == []
    assert shown >= 2 * answered_cases  # two or three after most answers: the check above is not passed by showing none


def test_suggestions_name_a_neighbouring_row_not_the_one_asked_about(runtime: Runtime) -> None:
    suggester = Suggester(runtime.retriever, runtime.lexicon)
    outcome = answer(META, [], runtime.settings, runtime=runtime)
    found = for_outcome(suggester, META, outcome)
    assert 2 <= len(found.questions) <= 3
    labels = runtime.lexicon().labels[outcome.passages[0].section]
    assert not any("Meta" in q for q in found.questions)
    assert any(label in found.questions[0] for label in labels)


def test_no_suggestions_after_a_question_the_documents_do_not_cover(runtime: Runtime) -> None:
    suggester = Suggester(runtime.retriever, runtime.lexicon)
    outcome = answer("What is the best recipe for banana bread?", [], runtime.settings, runtime=runtime)
    assert outcome.kind is Kind.REFUSED
    assert for_outcome(suggester, "banana bread", outcome).questions == []


def test_verdicts_are_cached_until_the_index_version_changes(runtime: Runtime) -> None:
    suggester = Suggester(runtime.retriever, runtime.lexicon)
    outcome = answer(META, [], runtime.settings, runtime=runtime)
    first = for_outcome(suggester, META, outcome)
    again = for_outcome(suggester, META, outcome)
    assert again.questions == first.questions and again.ms < max(first.ms, 50)
    suggester._version = "another"  # as after a new index version: the verdicts are computed afresh
    assert for_outcome(suggester, META, outcome).questions == first.questions


# ---- the web: API, page and widget ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(index_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    from web_server import start_app

    app = start_app(index_dir, tmp_path_factory.mktemp("suggest-server"), rate_limit="1000/minute")
    yield app
    app.stop()


def test_api_json_and_stream_final_carry_the_suggestions(server) -> None:
    body = httpx.post(f"{server.url}/api/chat", json={"message": META}, timeout=60).json()
    assert 2 <= len(body["suggestions"]) <= 3 and all(q.endswith("?") for q in body["suggestions"])
    with httpx.stream("POST", f"{server.url}/api/chat/stream", json={"message": META}, timeout=60) as response:
        finals = [line for line in response.iter_lines() if line.startswith("data:") and '"suggestions"' in line]
    assert json.loads(finals[-1][5:])["suggestions"] == body["suggestions"]
    asked = httpx.post(
        f"{server.url}/api/chat",
        json={
            "message": body["suggestions"][0],
            "history": [{"role": "user", "content": META}, {"role": "assistant", "content": body["answer"]}],
        },
        timeout=60,
    ).json()
    assert asked["refused"] is False and asked["citations"]


def test_widget_and_page_show_suggestions_as_a_labelled_group_that_asks_and_passes_axe(server, browser) -> None:
    from playwright.sync_api import expect
    from test_a11y import axe_violations

    page = browser.new_context(viewport={"width": 1100, "height": 900}).new_page()
    page.goto(server.url + "/embed")
    page.locator("#cb-input").fill(META)
    page.locator("#cb-send").click()
    group = page.get_by_role("group", name="You could also ask:")
    expect(group).to_be_visible(timeout=60_000)
    buttons = group.get_by_role("button")
    assert 2 <= buttons.count() <= 3
    assert axe_violations(page) == []
    first = buttons.first.inner_text()
    buttons.first.focus()
    page.keyboard.press("Enter")
    expect(page.locator(".cb-user").last).to_contain_text(first, timeout=60_000)
    expect(page.locator(".cb-assistant:not(.cb-streaming)")).to_have_count(2, timeout=60_000)
    assert "[1]" in page.locator(".cb-assistant").last.inner_text()

    page.goto(server.url)
    page.locator("#msg textarea").fill(META)
    page.locator("#send").click()
    box = page.locator("#suggestions")
    expect(box.locator("button.suggestion").first).to_be_visible(timeout=60_000)
    expect(box).to_have_attribute("role", "group", timeout=10_000)
    assert axe_violations(page) == []
    question = box.locator("button.suggestion").first.inner_text()
    box.locator("button.suggestion").first.click()
    expect(page.locator("#chat")).to_contain_text(question, timeout=60_000)
    page.context.close()
