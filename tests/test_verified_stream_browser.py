"""No unchecked word on screen, in a real headless Chromium: every state of the answer bubble, recorded.

The real web app (bot/web/server.py: Gradio page, widget, API) runs in-process
over the real index, real embedding model and real guard; only the engine is
scripted (tests/scripted.py). It first reports the student's place in the
queue, then streams, word by word, an answer with a wrong figure in the middle
("Netflix pays $1,000,000. [1]"). A MutationObserver records the bubble's text
at every DOM change, on the chat page and in the widget's chat (/embed, what
widget.js frames). The wrong figure is never in any state; the queue place is;
the last streamed state is the final answer's text (nothing jumps at the end).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from browser_states import record_states, recorded
from playwright.sync_api import Browser, Page, expect
from scripted import Scripted, serve

from bot.types import QueueStatus

GOOGLE = "What does Google pay AI research scientists?"
REPLY = (
    "Google pays AI research scientists $204,655 on average [1]. Netflix pays $1,000,000. [1] "
    "Meta pays $177,730 on average [1]. Google's range is $56,000 - $446,000 [1]."
)
TIMEOUT = 60_000


@pytest.fixture(scope="module")
def app_url(index_settings_module, embedder) -> Iterator[str]:
    engine = Scripted(REPLY, delay=0.08, queue=(QueueStatus(2, 3.0), QueueStatus(1, 1.0)), queue_delay=1.2)
    with serve(index_settings_module, engine, embedder) as url:
        yield url


@pytest.fixture(scope="module")
def index_settings_module(index_dir):
    from conftest import CORPUS

    from bot.config import Settings

    return Settings(data_dir=index_dir, corpus_dir=CORPUS, engine="extractive", rate_limit="1000/minute")


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    yield context.new_page()
    context.close()


def check_states(states: list[dict], final_answer: str) -> None:
    texts = [s.get("part") or s.get("whole") or "" for s in states] + [s["answer"] for s in states if s.get("answer")]
    assert not [t for t in texts if "1,000,000" in t or "Netflix pays" in t]
    answers = [s["answer"] for s in states if s.get("answer")]
    partial = [a for a in answers if "204,655" in a and "177,730" not in a]
    assert partial, "the answer was seen streaming, one verified sentence before the next"
    assert any("number 2 in the queue" in t for t in texts) and any("You are next" in t for t in texts)
    # The answer only ever grows (the model's verified sentences, then the guide's quoted lines) and its last state is
    # the final answer: nothing shown is taken back, nothing jumps at the end. Layout whitespace is not compared.
    squash = lambda text: "".join(text.split())  # noqa: E731
    streamed = [a for a in answers if "204,655" in a]
    assert streamed and all(squash(final_answer).startswith(squash(a)) for a in streamed)
    assert squash(streamed[-1]) == squash(final_answer) and "177,730" in final_answer


def test_chat_page_never_shows_the_wrong_figure_in_any_state(page: Page, app_url: str) -> None:
    page.goto(app_url)
    page.locator("#msg textarea").wait_for()
    record_states(page, "#chat", ".answer-text", ".cite-sources")
    page.locator("#msg textarea").fill(GOOGLE)
    page.locator("#send").click()

    final = page.locator("#chat .answer-text:not(.streaming)")
    expect(final).to_have_count(1, timeout=TIMEOUT)
    expect(final).to_contain_text("446,000")
    check_states(recorded(page), final.text_content() or "")


def test_widget_never_shows_the_wrong_figure_in_any_state(page: Page, app_url: str) -> None:
    page.goto(f"{app_url}/embed")
    # The visually hidden "careerbot: " speaker label (.cb-sr) is for screen readers; the visible text is compared.
    record_states(page, "#cb-log", ".cb-assistant", ".cb-sources, .cb-feedback, .cb-sr")
    page.locator("#cb-input").fill(GOOGLE)
    page.locator("#cb-send").click()

    expect(page.locator(".cb-sources")).to_have_count(1, timeout=TIMEOUT)
    final = page.evaluate("""() => { const n = document.querySelector('.cb-assistant').cloneNode(true);
                                     n.querySelectorAll('.cb-sources, .cb-feedback, \
.cb-sr').forEach((x) => x.remove()); return n.textContent; }""")
    assert "446,000" in final
    check_states(recorded(page), final)
