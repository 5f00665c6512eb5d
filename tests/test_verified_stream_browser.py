"""No unchecked word on screen, in a real headless Chromium: every state of the answer bubble, recorded.

The real web app (bot/web/server.py: Gradio page, widget, API) runs in-process
over the real index, real embedding model and real guard; only the engine is
scripted (tests/scripted.py). The evidence's first text (the documents' best
line, with its document and scope) is on screen at once; the scripted model
then holds the question in its queue for about 2.4 s and streams, word by word,
an answer with a wrong figure in the middle ("Netflix pays $1,000,000. [1]"). A
MutationObserver records the bubble's text, and the page's clock, at every DOM
change, on the chat page and in the widget's chat (/embed, what widget.js
frames). The first text is on screen long before the model's first sentence
(its time is recorded as the test's ``first_text_ms`` property) and no queue
note ever replaces it; the wrong figure is never in any state; every state is
the start of the final answer (nothing shown is replaced or removed), and the
last streamed state is the final answer's text (nothing jumps at the end).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from browser_states import mark, record_states, recorded
from playwright.sync_api import Browser, Page, expect
from scripted import Scripted, serve

from bot.types import QueueStatus

# A question the records do not answer and the model is asked about; its first text is Google's salary line.
EMPLOYERS = "How do Google and Meta compare as employers for AI research scientists?"
QUEUED_S = 2.4  # the scripted model's two queue places, 1.2 s each, before its first word
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


def check_states(states: list[dict], final_answer: str, asked_at: float) -> float:
    """Every recorded state, checked; returns the time to the first text on screen (ms after the question)."""
    texts = [s.get("part") or s.get("whole") or "" for s in states] + [s["answer"] for s in states if s.get("answer")]
    assert not [t for t in texts if "1,000,000" in t or "Netflix pays" in t]
    answers = [(s["t"], s["answer"]) for s in states if s.get("answer")]
    first_text = [t for t, a in answers if "204,655" in a]
    model = [t for t, a in answers if "Meta pays $177,730" in a]
    assert first_text and model, "the first text and the model's sentences were both seen"
    first_text_ms = first_text[0] - asked_at
    assert model[0] - first_text[0] >= 1000 * QUEUED_S / 2, "the first text waited for the model"
    assert not any("in the queue" in t or "You are next" in t for t in texts)  # the answer was already on screen
    # The answer only ever grows (the evidence's line, the model's verified sentences, then the guide's quoted lines)
    # and its last state is the final answer: nothing shown is replaced or removed, nothing jumps at the end.
    squash = lambda text: "".join(text.split())  # noqa: E731
    streamed = [a for t, a in answers if t >= first_text[0]]
    assert all(squash(final_answer).startswith(squash(a)) for a in streamed)
    assert squash(streamed[-1]) == squash(final_answer) and "177,730" in final_answer
    return first_text_ms


def test_chat_page_never_shows_the_wrong_figure_in_any_state(page: Page, app_url: str, record_property) -> None:
    page.goto(app_url)
    page.locator("#msg textarea").wait_for()
    record_states(page, "#chat", ".answer-text", ".cite-sources")
    page.locator("#msg textarea").fill(EMPLOYERS)
    asked_at = mark(page)
    page.locator("#send").click()

    final = page.locator("#chat .answer-text:not(.streaming)")
    expect(final).to_have_count(1, timeout=TIMEOUT)
    expect(final).to_contain_text("Meta pays $177,730")
    record_property("first_text_ms", round(check_states(recorded(page), final.text_content() or "", asked_at)))


def test_widget_never_shows_the_wrong_figure_in_any_state(page: Page, app_url: str, record_property) -> None:
    page.goto(f"{app_url}/embed")
    # The visually hidden "careerbot: " speaker label (.cb-sr) is for screen readers; the visible text is compared.
    record_states(page, "#cb-log", ".cb-assistant", ".cb-sources, .cb-feedback, .cb-sr")
    page.locator("#cb-input").fill(EMPLOYERS)
    asked_at = mark(page)
    page.locator("#cb-send").click()

    expect(page.locator(".cb-sources")).to_have_count(1, timeout=TIMEOUT)
    final = page.evaluate("""() => { const n = document.querySelector('.cb-assistant').cloneNode(true);
                                     n.querySelectorAll('.cb-sources, .cb-feedback, \
.cb-sr').forEach((x) => x.remove()); return n.textContent; }""")
    assert "Meta pays $177,730" in final
    record_property("first_text_ms", round(check_states(recorded(page), final, asked_at)))
