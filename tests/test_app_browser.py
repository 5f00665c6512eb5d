"""The chat page, the widget and their safety, in a real headless Chromium (Playwright).

Servers: `python app.py` over the real index (extractive engine, and once the
real local model), plus two plain pages on other 127.0.0.1 ports that embed
the widget with its one script tag: one origin allowed, one not. The tests
save the screenshots the README shows (docs/chat.png, docs/widget.png,
docs/chat-phone.png).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_states import record_states, recorded
from host_site import Site
from playwright.sync_api import Browser, Page, expect
from services import free_port
from web_server import REPO, AppServer, start_app

from bot.office.feedback import FeedbackStore

# The README's screenshots are refreshed only on request (CAREERBOT_UPDATE_SCREENSHOTS=1), so `make test` leaves a
# clone unchanged; otherwise they go to a scratch folder.
DOCS = (
    REPO / "docs"
    if os.environ.get("CAREERBOT_UPDATE_SCREENSHOTS") == "1"
    else Path(tempfile.mkdtemp(prefix="careerbot-shots-"))
)
META = "What does Meta pay AI research scientists?"
SKILLS = "Which skills do AI/ML researchers need?"
PAYLOAD = "<img src=x onerror=alert(1)>"
ANSWER_TIMEOUT = 60_000
LOCAL_TIMEOUT = 300_000


@pytest.fixture(scope="module")
def server(index_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServer]:
    allowed_port = free_port()
    app = start_app(
        index_dir,
        tmp_path_factory.mktemp("browser-server"),
        rate_limit="1000/minute",
        allowed_origins=f"http://127.0.0.1:{allowed_port}",
    )
    app.allowed_port = allowed_port  # type: ignore[attr-defined]
    yield app
    app.stop()


@pytest.fixture(scope="module")
def sites(server: AppServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Site, Site]]:
    allowed = Site(tmp_path_factory.mktemp("allowed-site"), server.url, server.allowed_port)  # type: ignore[attr-defined]
    other = Site(tmp_path_factory.mktemp("other-site"), server.url)
    yield allowed, other
    allowed.close()
    other.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    page.dialogs = []  # type: ignore[attr-defined]
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    yield page
    context.close()


def answers(page: Page):
    return page.locator("#chat .answer-text:not(.streaming)")


def ask(page: Page, question: str) -> None:
    before = answers(page).count()
    page.locator("#msg textarea").fill(question)
    page.locator("#send").click()
    expect(answers(page)).to_have_count(before + 1, timeout=ANSWER_TIMEOUT)


def test_starter_question_answers_with_its_cited_passage_and_a_follow_up_uses_history(
    page: Page, server: AppServer
) -> None:
    page.goto(server.url)
    page.get_by_role("button", name=META).click()

    expect(answers(page)).to_have_count(1, timeout=ANSWER_TIMEOUT)
    expect(answers(page).first).to_contain_text("177,730")
    page.locator("#chat a.cite-link").first.click()
    passage = page.locator("#chat .cite-item").first
    expect(passage).to_be_visible()
    expect(passage).to_contain_text("Salary Ranges")
    expect(passage).to_contain_text("Meta: $177,730")
    DOCS.mkdir(exist_ok=True)
    page.screenshot(path=str(DOCS / "chat.png"))

    ask(page, "And what about Google?")
    expect(answers(page).nth(1)).to_contain_text("204,655")


def test_thumbs_down_with_a_reason_is_stored(page: Page, server: AppServer) -> None:
    page.goto(server.url)
    page.get_by_role("button", name=SKILLS).click()
    expect(answers(page)).to_have_count(1, timeout=ANSWER_TIMEOUT)

    page.locator("#chat button[aria-label='Dislike']").last.click()
    page.locator("#reason textarea").fill("Too generic for a PhD student")
    page.locator("#reason-send").click()
    expect(page.locator("#feedback-note")).to_contain_text("saved")

    [stored] = [r for r in FeedbackStore(f"sqlite:///{server.feedback_db}").records("down") if r.question == SKILLS]
    assert stored.reason == "Too generic for a PhD student"
    assert stored.citations and stored.answer


def test_new_chat_forgets_the_conversation(page: Page, server: AppServer) -> None:
    page.goto(server.url)
    ask(page, META)
    page.locator("#new-chat").click()
    expect(page.locator("#chat")).not_to_contain_text("177,730")

    ask(page, "And what about Google?")
    expect(page.locator("#chat")).not_to_contain_text(META)


def test_html_in_a_message_is_shown_as_text_and_never_runs(page: Page, server: AppServer) -> None:
    page.goto(server.url)
    ask(page, PAYLOAD)

    expect(page.locator("#chat")).to_contain_text(PAYLOAD)
    assert page.locator("#chat img[src='x']").count() == 0
    assert page.dialogs == []  # type: ignore[attr-defined]


def test_two_browser_sessions_never_see_each_others_turns(browser: Browser, server: AppServer) -> None:
    pages = [browser.new_context().new_page() for _ in range(2)]
    for p in pages:
        p.goto(server.url)
    pages[0].get_by_role("button", name=META).click()
    pages[1].get_by_role("button", name=SKILLS).click()
    for p in pages:
        expect(answers(p)).to_have_count(1, timeout=ANSWER_TIMEOUT)

    expect(pages[0].locator("#chat")).not_to_contain_text(SKILLS)
    expect(pages[1].locator("#chat")).not_to_contain_text(META)
    for p in pages:
        p.context.close()


def test_chat_page_fits_a_phone_screen(browser: Browser, server: AppServer) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(server.url)
    page.get_by_role("button", name=META).click()
    expect(answers(page)).to_have_count(1, timeout=ANSWER_TIMEOUT)

    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1
    expect(page.locator("#send")).to_be_in_viewport()
    page.screenshot(path=str(DOCS / "chat-phone.png"))
    context.close()


def open_widget(page: Page, site: Site):
    page.goto(site.origin)
    page.get_by_role("button", name="Ask about AI careers").click()
    return page.frame_locator("#careerbot-widget iframe")


def test_widget_opens_and_answers_on_an_allowed_site(page: Page, sites: tuple[Site, Site]) -> None:
    frame = open_widget(page, sites[0])
    frame.get_by_role("button", name=META).click()

    expect(frame.locator(".cb-sources")).to_have_count(1, timeout=ANSWER_TIMEOUT)
    expect(frame.locator(".cb-assistant").first).to_contain_text("177,730")
    frame.locator(".cb-cite").first.click()
    expect(frame.locator(".cb-sources li").first).to_be_visible()
    expect(frame.locator(".cb-sources li").first).to_contain_text("Salary Ranges")
    expect(frame.locator("#cb-title")).to_have_text("Ask about AI careers")
    page.screenshot(path=str(DOCS / "widget.png"))

    frame.locator("#cb-input").fill(PAYLOAD)
    frame.locator("#cb-send").click()
    expect(frame.locator(".cb-user").last).to_have_text(f"You: {PAYLOAD}")  # "You: " is for screen readers only
    expect(frame.locator(".cb-assistant")).to_have_count(2, timeout=ANSWER_TIMEOUT)
    assert frame.locator("img").count() == 0 and page.locator("img").count() == 0
    assert page.dialogs == []  # type: ignore[attr-defined]


def test_widget_is_refused_on_a_site_that_is_not_allowed(
    page: Page, server: AppServer, sites: tuple[Site, Site]
) -> None:
    with page.expect_console_message(lambda m: "frame-ancestors" in m.text, timeout=30_000):
        frame = open_widget(page, sites[1])

    assert frame.locator("#cb-input").count() == 0
    outcome = page.evaluate(
        """async (url) => { try { await fetch(url + '/api/chat', {method: 'POST', \
headers: {'Content-Type': 'application/json'},
             body: JSON.stringify({message: 'hi'})}); return 'answered'; } catch (e) { return 'blocked'; } }""",
        server.url,
    )
    assert outcome == "blocked"


@pytest.fixture(scope="module")
def local_server(index_dir: Path, model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServer]:
    app = start_app(
        index_dir,
        tmp_path_factory.mktemp("local-server"),
        wait=False,
        engine="local",
        model_dir=str(model_dir),
        rate_limit="1000/minute",
    )
    yield app
    app.stop()


def test_local_server_answers_citing_the_salary_passage_and_never_shows_unverified_text(
    page: Page, local_server: AppServer
) -> None:
    """The real local engine's server, end to end. A salary lookup is answered from the records at once, even while
    the model still loads (the page waits only for the index); every state of the answer bubble is recorded and
    checked: nothing shown that the final answer does not hold."""
    page.goto(local_server.url)
    page.locator("#msg textarea").wait_for()
    record_states(page, "#chat", ".answer-text, .note", ".cite-sources")
    page.get_by_role("button", name=META).click()

    expect(answers(page)).to_have_count(1, timeout=LOCAL_TIMEOUT)
    expect(page.locator("#chat .cite-item").first).to_contain_text("Salary Ranges")
    final = flat(answers(page).first.text_content())
    bubble = [(s["cls"], flat(s["answer"])) for s in recorded(page) if s.get("answer") is not None]
    notes = [i for i, (cls, _) in enumerate(bubble) if "note" in cls.split()]
    texts = [
        i for i, (cls, text) in enumerate(bubble) if "answer-text" in cls.split() and text
    ]  # not the empty pending bubble
    assert texts, bubble
    assert all(i < texts[0] for i in notes), "a note came back after the answer began"
    assert not [t for i, (_, t) in enumerate(bubble) if i in texts and t not in final], (
        "shown text not in the final answer"
    )
    assert not [cls for cls, _ in bubble if "error" in cls.split()]


def flat(text: str | None) -> str:
    return " ".join((text or "").split())
