"""Download the conversation, and icons that always render: the chat page and the widget on a foreign site, in a real
headless Chromium (Playwright).

Servers: `python app.py` over the real index with the extractive engine, and a careers site on another 127.0.0.1
port that embeds the widget with its one script tag (tests/host_site.py). Each surface is asked two questions, the
transcript is downloaded from the keyboard (Playwright's expect_download) and read: both questions, both answers,
and under each the sources shown on screen (document title, scope, section, passage), with today's date. The
download is said in the chat's live region, and axe (WCAG 2.2 AA tags) finds nothing on the page afterwards.
Icons: the thumbs, the download button and the launcher draw inline SVG (no emoji a browser could lack a font
for), and each control is found by its accessible name.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from host_site import Site
from playwright.sync_api import Browser, Download, Frame, FrameLocator, Locator, Page, expect
from services import free_port
from test_a11y import axe_violations
from web_server import REPO, AppServer, start_app

from bot.office.transcript import EMPTY, long_date, transcript_filename

# Screenshots go to docs/ only on request (CAREERBOT_UPDATE_SCREENSHOTS=1), else to a scratch folder.
UPDATE = os.environ.get("CAREERBOT_UPDATE_SCREENSHOTS") == "1"
DOCS = REPO / "docs" if UPDATE else Path(tempfile.mkdtemp(prefix="careerbot-shots-"))
META = "What does Meta pay AI research scientists?"
SKILLS = "Which skills do AI/ML researchers need?"
MARKED_UP = f"{SKILLS} <img src=x onerror=alert(1)>"
TIMEOUT = 60_000
EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f]")


@pytest.fixture(scope="module")
def server(index_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServer]:
    site_port = free_port()
    app = start_app(
        index_dir,
        tmp_path_factory.mktemp("transcript-server"),
        rate_limit="1000/minute",
        allowed_origins=f"http://127.0.0.1:{site_port}",
    )
    app.site_port = site_port  # type: ignore[attr-defined]
    yield app
    app.stop()


@pytest.fixture(scope="module")
def site(server: AppServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    careers = Site(tmp_path_factory.mktemp("careers-site"), server.url, server.site_port)  # type: ignore[attr-defined]
    yield careers
    careers.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1100, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.dialogs = []  # type: ignore[attr-defined]
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    yield page
    context.close()


def flat(text: str | None) -> str:
    return " ".join((text or "").split())


def plain(download: Download) -> str:
    """The saved file's text with Markdown escapes dropped and whitespace flattened: what a student reads."""
    return flat(Path(download.path()).read_text(encoding="utf-8").replace("\\", ""))


def saved_note() -> str:
    return f"Saved the conversation as {transcript_filename(date.today())}."


def press_until_focused(page: Page, doc: Page | Frame, selector: str, key: str = "Tab", limit: int = 40) -> None:
    for _ in range(limit):
        page.keyboard.press(key)
        if doc.evaluate("(s) => !!document.activeElement && document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{key} never reached {selector}")


def assert_holds(saved: str, question: str, answer: str, sources: list[str]) -> None:
    """``saved`` holds ``question``, then its ``answer``, then each source line shown on screen, in that order."""
    at = saved.index(flat(question))
    at = saved.index(flat(answer), at)
    for source in sources:
        at = saved.index(flat(source), at)


def shown_sources(items: list[Locator], section: str, passage: str) -> list[str]:
    """Each cited passage's section and text, as the sources list shows them."""
    return [text for item in items for text in (item.locator(section).inner_text(), item.locator(passage).inner_text())]


def assert_icon_buttons(doc: Page | Frame | FrameLocator | Locator, names: list[str]) -> None:
    """Each button named in ``names`` draws a visible <svg> and no emoji."""
    for name in names:
        button = doc.get_by_role("button", name=name, exact=True).last
        expect(button).to_be_visible()
        box = button.locator("svg").bounding_box()
        assert box and box["width"] >= 12 and box["height"] >= 12, f"{name}: no visible icon"
        assert not EMOJI.search(button.text_content() or ""), f"{name}: an emoji on its face"


# ---- the chat page ---------------------------------------------------------------------------------------------


def page_answers(page: Page):
    return page.locator("#chat .answer-text:not(.streaming)")


def ask_page(page: Page, question: str) -> None:
    before = page_answers(page).count()
    page.locator("#msg textarea").fill(question)
    page.locator("#send").click()
    expect(page_answers(page)).to_have_count(before + 1, timeout=TIMEOUT)


def test_page_downloads_both_answers_with_their_sources_from_the_keyboard(page: Page, server: AppServer) -> None:
    page.goto(server.url)
    page.locator("#download").click()
    expect(page.locator("#feedback-note [role='alert']")).to_have_text(EMPTY)

    ask_page(page, META)
    ask_page(page, SKILLS)
    page.locator("#msg textarea").focus()
    press_until_focused(page, page, "#download")
    with page.expect_download() as download:
        page.keyboard.press("Enter")

    assert download.value.suggested_filename == transcript_filename(date.today())
    saved = plain(download.value)
    assert f"Saved on {long_date(date.today())}." in saved
    page.locator("#chat details").evaluate_all("ds => ds.forEach(d => { d.open = true; })")  # sources as shown
    bubbles = page.locator("#chat .message-row").filter(has=page.locator(".answer-text")).all()
    for question, bubble in zip((META, SKILLS), bubbles, strict=True):
        items = bubble.locator(".cite-item").all()
        assert items, "an answer without sources on screen"
        sources = shown_sources(items, ".cite-section", ".cite-text")
        assert_holds(saved, question, bubble.locator(".answer-text").inner_text(), sources)
    assert "Scope: US 2024" in saved and "AI/Machine Learning Researcher: Career Guide" in saved
    expect(page.locator("#chat [role='log']")).to_contain_text(saved_note())
    DOCS.mkdir(exist_ok=True)
    page.screenshot(path=str(DOCS / "chat-download.png"))
    found = axe_violations(page)
    assert found == [], "\n".join(found)


def test_page_thumbs_are_svg_icons_with_accessible_names(page: Page, server: AppServer) -> None:
    page.goto(server.url)
    ask_page(page, META)

    assert_icon_buttons(page.locator("#chat"), ["Like", "Dislike"])
    faces = page.locator("button").evaluate_all("bs => bs.map(b => b.textContent)")
    assert not [f for f in faces if EMOJI.search(f or "")]


# ---- the widget on a careers site --------------------------------------------------------------------------------


# A widget answer's own text: the bubble without its sources, thumbs and screen-reader label.
ANSWER_TEXT = """b => [...b.childNodes]
  .filter(n => !n.matches || !n.matches('.cb-sources, .cb-feedback, .cb-sr, .cb-suggestions'))
  .map(n => n.textContent).join('')"""


def open_widget(page: Page, site: Site) -> tuple[FrameLocator, Frame]:
    page.goto(site.origin)
    page.get_by_role("button", name="Ask about AI careers").click()
    frame = page.frame_locator("#careerbot-widget iframe")
    expect(frame.locator("#cb-input")).to_be_visible(timeout=TIMEOUT)
    return frame, next(f for f in page.frames if "/embed" in f.url)


def ask_widget(frame: FrameLocator, question: str) -> None:
    done = frame.locator(".cb-assistant:not(.cb-streaming)")
    before = done.count()
    frame.locator("#cb-input").fill(question)
    frame.locator("#cb-send").click()
    expect(done).to_have_count(before + 1, timeout=TIMEOUT)


def test_widget_on_a_foreign_site_downloads_both_answers_with_their_sources(page: Page, site: Site) -> None:
    frame, doc = open_widget(page, site)
    frame.locator("#cb-download").click()
    expect(frame.locator(".cb-error[role='alert']")).to_have_text(EMPTY)

    ask_widget(frame, META)
    ask_widget(frame, MARKED_UP)
    frame.locator("#cb-log details").evaluate_all("ds => ds.forEach(d => { d.open = true; })")  # sources as shown
    frame.locator("#cb-input").focus()
    press_until_focused(page, doc, "#cb-download", key="Shift+Tab")
    with page.expect_download() as download:
        page.keyboard.press("Enter")

    assert download.value.suggested_filename == transcript_filename(date.today())
    raw = Path(download.value.path()).read_text(encoding="utf-8")
    assert "\\<img src=x onerror=alert(1)>" in raw and not re.search(r"(?<!\\)<img", raw)  # text in any Markdown viewer
    saved = plain(download.value)
    assert f"Saved on {long_date(date.today())}." in saved
    bubbles = frame.locator(".cb-assistant:not(.cb-streaming)").all()
    for question, bubble in zip((META, MARKED_UP), bubbles, strict=True):
        answer = bubble.evaluate(ANSWER_TEXT)
        items = bubble.locator(".cb-sources li").all()
        sources = shown_sources(items, ".cb-section", ".cb-passage")
        assert sources, "an answer without sources on screen"
        assert_holds(saved, question, answer, sources)
    assert "Scope: US 2024" in saved
    expect(frame.locator("#cb-log .cb-note")).to_have_text(saved_note())
    assert page.dialogs == [] and frame.locator("img").count() == 0  # type: ignore[attr-defined]
    found = axe_violations(page) + axe_violations(doc)
    assert found == [], "\n".join(found)


def test_widget_thumbs_download_and_launcher_are_svg_icons_with_accessible_names(page: Page, site: Site) -> None:
    frame, _ = open_widget(page, site)
    ask_widget(frame, META)

    assert_icon_buttons(frame, ["Helpful", "Not helpful", "Download conversation"])
    assert_icon_buttons(page, ["Close chat"])
    faces = frame.locator("button").evaluate_all("bs => bs.map(b => b.textContent)")
    assert faces and not [f for f in faces if EMOJI.search(f or "")]
    DOCS.mkdir(exist_ok=True)
    page.screenshot(path=str(DOCS / "widget-icons.png"))

    page.get_by_role("button", name="Close chat").click()
    assert_icon_buttons(page, ["Ask about AI careers"])
