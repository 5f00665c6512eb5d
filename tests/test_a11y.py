"""Accessibility (WCAG 2.2 AA) of the chat page, /embed and a careers site with the widget, in a real headless Chromium.

- axe-core (axe-playwright-python) with the WCAG 2.0/2.1/2.2 A and AA tags plus axe's best-practice rules
  (page-has-heading-one, region, ...), in every state: idle, streaming, answered with sources open, refused,
  rate-limited, error, and at 320 px wide. 0 violations each. On the host page axe runs on the page and in the
  widget's frame.
- Keyboard: Tab reaches the launcher, Enter opens the panel with focus in the question box, every control works
  from the keyboard with a visible focus ring, Esc closes the panel and focus returns to the launcher; no trap.
- Screen readers: what is added to the one polite live region is recorded (MutationObserver, aria-hidden and
  closed <details> skipped, as a screen reader would): tokens are never read one by one, each answer is read
  once, history is not re-read, errors are role="alert".
- Theming: the script tag's data-* attributes, and an accent that fails contrast refused with a console warning.

Servers (`python app.py` over the real index): extractive; openai engine against a scripted stub whose stream
a test can hold (the generation boundary, for the streaming state); and one with a rate limit of 1 per hour.
"""

from __future__ import annotations

import os
import re
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from host_site import Site
from openai_stub import OpenAIStub
from playwright.sync_api import Browser, Frame, Page, expect
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
OFF_TOPIC = "What is the best recipe for sourdough bread?"
TOO_QUICK = "too quickly"
TIMEOUT = 60_000
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
STATES = ["idle", "streaming", "answered-sources-open", "refused", "rate-limited", "error", "320px"]
PAGES = ["/", "/embed", "host"]
AXE_RESULTS: dict[str, dict[str, list[str]]] = {}
ADVISER_AT: dict[str, dict[str, dict[str, float]]] = {}
ADVISER_BOX = """(sel) => { const r = document.querySelector(sel).getBoundingClientRect();
  return {x: Math.round(r.x + scrollX), y: Math.round(r.y + scrollY), w: Math.round(r.width), \
h: Math.round(r.height)}; }"""


def stub_reply(messages: list[dict[str, Any]]) -> str:
    """Quotes the first figure line of the prompt's passages, then a second sentence, in word-sized streamed pieces,
    as a model would."""
    user = next(m for m in reversed(messages) if m.get("role") == "user")["content"]
    line = next(
        (
            ln
            for ln in re.split(r"\n+", user)
            if re.search(r"\d", ln) and len(ln) > 30 and not ln.startswith(("Source:", "["))
        ),
        "Research experience matters",
    )
    first, second = re.sub(r"^\W*(\[\d+\])?\s*", "", line).strip(), line.strip().lstrip("- ")
    return f"{first.rstrip('.')} [1]. {second.rstrip('.')} [1]."


def after_first_sentence(pieces: list[str]) -> int:
    """Hold the stream just after the second sentence starts: the first is then complete and verified, so it is on
    screen while the answer is still streaming (only verified units are ever shown)."""
    first_end = next((i for i, p in enumerate(pieces) if "[1]" in p), 0)
    return min(first_end + 1, len(pieces) - 1)


@dataclass
class Backend:
    app: AppServer
    site: Site
    stub: OpenAIStub | None = None
    gate: threading.Event | None = None


def start_backend(index_dir: Path, workdir: Path, **settings: str) -> Backend:
    port = free_port()
    app = start_app(index_dir, workdir, ready_timeout=600, allowed_origins=f"http://127.0.0.1:{port}", **settings)
    return Backend(app, Site(workdir / "site", app.url, port))


@pytest.fixture(scope="module")
def backends(index_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Backend]]:
    gate = threading.Event()
    stub = OpenAIStub(reply=stub_reply, gate=gate, gate_at=after_first_sentence, chunk_delay=0.05).start()
    made: dict[str, Backend] = {}
    try:
        made["extractive"] = start_backend(
            index_dir, tmp_path_factory.mktemp("a11y-extractive"), rate_limit="1000/minute"
        )
        made["stub"] = start_backend(
            index_dir,
            tmp_path_factory.mktemp("a11y-stub"),
            rate_limit="1000/minute",
            engine="openai",
            llm_base_url=stub.base_url,
        )
        made["stub"].stub, made["stub"].gate = stub, gate
        made["limited"] = start_backend(index_dir, tmp_path_factory.mktemp("a11y-limited"), rate_limit="1/hour")
        yield made
    finally:
        gate.set()
        for b in made.values():
            b.site.close()
            b.app.stop()
        stub.stop()


@pytest.fixture(scope="module", autouse=True)
def axe_summary() -> Iterator[None]:
    yield
    if AXE_RESULTS:
        print("\naxe violations per page and state (tags: " + ", ".join(AXE_TAGS) + "):")
        for page_name, states in AXE_RESULTS.items():
            print(f"  {page_name:7} " + "  ".join(f"{s}={len(v)}" for s, v in states.items()))


def new_page(browser: Browser, width: int = 1100, height: int = 900, reduced_motion: str = "no-preference") -> Page:
    context = browser.new_context(viewport={"width": width, "height": height}, reduced_motion=reduced_motion)  # type: ignore[arg-type]
    page = context.new_page()
    page.console_lines = []  # type: ignore[attr-defined]
    page.on("console", lambda m: page.console_lines.append(m.text))  # type: ignore[attr-defined]
    return page


def axe_violations(target: Page | Frame) -> list[str]:
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"], "iframes": False}
    response = Axe().run(target, options=options).response
    return [
        f"{v['id']} ({v['impact']}): {', '.join(str(n['target']) for n in v['nodes'][:3])}: "
        f"{v['nodes'][0].get('failureSummary', '')}"
        for v in response["violations"]
    ]


# ---- driving each surface into a state -------------------------------------------------------------------------


class ChatPage:
    """The Gradio chat page at /."""

    adviser = "#handoff-link a"

    def __init__(self, page: Page, url: str) -> None:
        self.page, self.url = page, url

    def open(self) -> None:
        self.page.goto(self.url)
        expect(self.page.locator("#msg textarea")).to_be_visible(timeout=TIMEOUT)
        expect(self.page.locator("#model-status")).not_to_contain_text("oading", timeout=TIMEOUT)

    @property
    def targets(self) -> list[Page | Frame]:
        return [self.page]

    def ask(self, question: str) -> None:
        self.page.locator("#msg textarea").fill(question)
        self.page.locator("#send").click()

    def answers(self):
        return self.page.locator("#chat .answer-text:not(.streaming)")

    def errors(self):
        return self.page.locator("#chat [role='alert']")

    def streaming(self):
        return self.page.locator("#chat .answer-text.streaming")

    def open_sources(self) -> None:
        self.page.locator("#chat .cite-sources summary").last.click()
        expect(self.page.locator("#chat .cite-item").first).to_be_visible()

    def handoff_in_answer(self):
        return self.page.locator("#chat .handoff a")

    def send_error(self) -> None:
        self.page.locator("#msg textarea").fill("   ")
        self.page.locator("#send").click()


class EmbedChat:
    """The compact chat, at /embed or inside the widget's frame on a host page."""

    adviser = "#cb-adviser"

    def __init__(self, page: Page, url: str, site: Site | None = None) -> None:
        self.page, self.url, self.site = page, url, site
        self.doc: Page | Frame = page

    def open(self) -> None:
        if self.site is None:
            self.page.goto(self.url + "/embed")
        else:
            self.page.goto(self.site.origin)
            self.page.get_by_role("button", name="Ask about AI careers").click()
            self.page.wait_for_function("() => !!document.querySelector('#careerbot-widget')")
            expect(self.page.frame_locator("#careerbot-widget iframe").locator("#cb-input")).to_be_visible(
                timeout=TIMEOUT
            )
            self.doc = next(f for f in self.page.frames if "/embed" in f.url)
        expect(self.doc.locator("#cb-input")).to_be_visible()

    @property
    def targets(self) -> list[Page | Frame]:
        return [self.page] if self.site is None else [self.page, self.doc]

    def ask(self, question: str) -> None:
        self.doc.locator("#cb-input").fill(question)
        self.doc.locator("#cb-send").click()

    def answers(self):
        return self.doc.locator(".cb-assistant:not(.cb-streaming)")

    def errors(self):
        return self.doc.locator(".cb-error[role='alert']")

    def streaming(self):
        return self.doc.locator(".cb-streaming")

    def open_sources(self) -> None:
        self.doc.locator(".cb-sources summary").last.click()
        expect(self.doc.locator(".cb-sources li").first).to_be_visible()

    def handoff_in_answer(self):
        return self.doc.locator(".cb-handoff")

    def send_error(self) -> None:
        """The API cannot be reached (server down, network gone)."""
        self.page.context.route("**/api/chat/stream", lambda route: route.abort())
        self.ask(META)


def surface(page_name: str, page: Page, backend: Backend) -> ChatPage | EmbedChat:
    if page_name == "/":
        return ChatPage(page, backend.app.url)
    return EmbedChat(page, backend.app.url, backend.site if page_name == "host" else None)


def reach_state(state: str, chat: ChatPage | EmbedChat, backend: Backend) -> None:
    """Drive ``chat`` (opened) into ``state``; for "streaming" the stub holds its stream until the gate opens."""
    if state == "idle":
        return
    if state == "streaming":  # the evidence's first line is on screen; the model (the stub) is held at its gate
        chat.ask(SKILLS)  # a list question: the model is asked to add to it (a salary lookup never wakes it)
        expect(chat.streaming()).to_have_count(1, timeout=TIMEOUT)
        expect(chat.streaming()).to_contain_text("[1]", timeout=TIMEOUT)
        assert chat.answers().count() == 0, "the answer was final before the gate opened"
    elif state in ("answered-sources-open", "320px"):
        chat.ask(META)
        expect(chat.answers()).to_have_count(1, timeout=TIMEOUT)
        chat.open_sources()
    elif state == "refused":
        chat.ask(OFF_TOPIC)
        expect(chat.handoff_in_answer()).to_have_count(1, timeout=TIMEOUT)
    elif state == "rate-limited":
        for _ in range(2):  # the limit is 1 per hour for all of this server's clients: at most the first is answered
            chat.ask(SKILLS)
            expect(chat.answers().or_(chat.errors()).last).to_be_visible(timeout=TIMEOUT)
            chat.page.wait_for_timeout(300)
            if chat.errors().count():
                break
        expect(chat.errors().last).to_contain_text(TOO_QUICK)
    elif state == "error":
        chat.send_error()
        expect(chat.errors()).to_have_count(1, timeout=TIMEOUT)


BACKEND_FOR = {"streaming": "stub", "rate-limited": "limited"}


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("page_name", PAGES)
def test_axe_finds_no_violations(browser: Browser, backends: dict[str, Backend], page_name: str, state: str) -> None:
    backend = backends[BACKEND_FOR.get(state, "extractive")]
    page = new_page(browser, *((320, 640) if state == "320px" else (1100, 900)))
    try:
        if backend.gate is not None:
            backend.gate.clear()
        chat = surface(page_name, page, backend)
        chat.open()
        reach_state(state, chat, backend)
        found = [v for target in chat.targets for v in axe_violations(target)]
        AXE_RESULTS.setdefault(page_name, {})[state] = found
        if state == "320px":
            assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 1
        assert found == [], "\n".join(found)
        doc = chat.doc if isinstance(chat, EmbedChat) else page
        at = ADVISER_AT.setdefault(page_name, {})[state] = doc.evaluate(ADVISER_BOX, chat.adviser)
        if state != "320px" and "idle" in ADVISER_AT[page_name]:
            assert at == ADVISER_AT[page_name]["idle"], "the adviser link moved"
    finally:
        if backend.gate is not None:
            backend.gate.set()
        page.context.close()


# ---- screen readers: the live region ----------------------------------------------------------------------------

RECORDER = """() => {
  window.__said = [];
  function liveRegion(node) {
    for (let e = node.nodeType === 1 ? node : node.parentNode; e && e.nodeType === 1; e = e.parentNode) {
      const live = e.getAttribute('aria-live');
      if (live === 'off') return null;
      if (live === 'polite' || live === 'assertive' || ['log', 'status', \
'alert'].includes(e.getAttribute('role'))) return e;
    }
    return null;
  }
  function hidden(node) {
    for (let e = node.nodeType === 1 ? node : node.parentNode; e && e.nodeType === 1; e = e.parentNode)
      if (e.getAttribute('aria-hidden') === 'true') return true;
    return false;
  }
  function spoken(n) {  /* what a screen reader reads of an added node */
    if (n.nodeType === 3) return n.data;
    if (n.nodeType !== 1 || n.getAttribute('aria-hidden') === 'true' || getComputedStyle(n).display === 'none') \
return '';
    if (n.tagName === 'DETAILS' && !n.open) { const s = n.querySelector('summary'); return s ? spoken(s) : ''; }
    let t = ''; n.childNodes.forEach(c => { t += spoken(c); }); return t;
  }
  window.__spoken = (sel) => { const all = document.querySelectorAll(sel); \
return all.length ? spoken(all[all.length - 1]).replace(/\\s+/g, ' ').trim() : ''; };
  function say(node, text) { text = text.replace(/\\s+/g, ' ').trim(); \
if (text && !hidden(node) && liveRegion(node)) window.__said.push(text); }
  new MutationObserver(ms => ms.forEach(m => {
    if (m.type === 'childList') m.addedNodes.forEach(n => say(n, spoken(n)));
    else if (m.type === 'characterData') say(m.target, m.target.data);
  })).observe(document.body, {subtree: true, childList: true, characterData: true});
}"""

LIVE_REGIONS = """() => [...document.querySelectorAll('[aria-live], [role=log], [role=status], [role=alert]')]
  .filter(e => e.getAttribute('aria-live') !== 'off' && e.getAttribute('aria-live') !== 'assertive' && \
e.getAttribute('role') !== 'alert')
  .filter(e => getComputedStyle(e).display !== 'none')
  .map(e => (e.getAttribute('role') || '') + '#' + e.id)"""


@pytest.mark.parametrize("page_name", ["/", "/embed"])
def test_live_region_reads_each_answer_once_never_tokens_nor_history(
    browser: Browser, backends: dict[str, Backend], page_name: str
) -> None:
    backend = backends["stub"]
    backend.gate.set()  # type: ignore[union-attr]
    page = new_page(browser)
    chat = surface(page_name, page, backend)
    chat.open()
    doc = chat.doc if isinstance(chat, EmbedChat) else page
    answer_sel = (
        ".cb-assistant:not(.cb-streaming)" if isinstance(chat, EmbedChat) else "#chat .answer-text:not(.streaming)"
    )
    [region] = doc.evaluate(LIVE_REGIONS)
    assert region.startswith("log"), region
    doc.evaluate(RECORDER)

    chat.ask(META)
    expect(chat.answers()).to_have_count(1, timeout=TIMEOUT)
    page.wait_for_timeout(500)
    first = doc.evaluate(f"() => __spoken({answer_sel!r})")
    chat.ask(SKILLS)
    expect(chat.answers()).to_have_count(2, timeout=TIMEOUT)
    page.wait_for_timeout(500)
    second = doc.evaluate(f"() => __spoken({answer_sel!r})")
    chat.send_error()
    expect(chat.errors()).to_have_count(1, timeout=TIMEOUT)
    page.wait_for_timeout(500)
    error = chat.errors().first.inner_text().strip()
    said: list[str] = doc.evaluate("() => __said")
    page.context.close()

    pieces = [p.strip() for body in backend.stub.requests[-2:] for p in backend.stub.pieces_for(body)]  # type: ignore[union-attr]
    assert first and second and first != second
    said_all = "\n".join(said)
    assert sum(first in s for s in said) == 1, said_all  # read once, and not again with the second answer
    assert sum(second in s for s in said) == 1, said_all
    assert sum(error in s for s in said) == 1, said_all
    assert not [s for s in said if s in pieces or (s in first and s != first) or (s in second and s != second)], (
        said_all
    )


# ---- keyboard -----------------------------------------------------------------------------------------------------

LAUNCHER_FOCUSED = """() => { const h = document.getElementById('careerbot-widget');
  return !!h && document.activeElement === h && !!h.shadowRoot.activeElement && \
h.shadowRoot.activeElement.tagName === 'BUTTON'; }"""
FOCUS_RING = """() => { let e = document.activeElement; while (e && e.shadowRoot && \
e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
  const cs = getComputedStyle(e); return cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2; }"""


def tab_to(page: Page, doc: Page | Frame, selector: str, *, back: bool = False, limit: int = 25) -> None:
    """Press Tab (Shift+Tab if ``back``) until the focused element in ``doc`` matches ``selector``; it must show a
    focus ring."""
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if back else "Tab")
        if doc.evaluate("(s) => !!document.activeElement && document.activeElement.matches(s)", selector):
            assert doc.evaluate(FOCUS_RING), f"{selector} has no visible focus ring"
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_keyboard_alone_opens_the_widget_uses_every_control_and_closes_it(
    browser: Browser, backends: dict[str, Backend]
) -> None:
    backend = backends["extractive"]
    page = new_page(browser)
    page.goto(backend.site.origin)
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate(LAUNCHER_FOCUSED):
            break
    else:
        raise AssertionError("Tab never reached the widget's launcher")
    assert page.evaluate(FOCUS_RING), "the launcher has no visible focus ring"

    page.keyboard.press("Enter")
    frame = page.frame_locator("#careerbot-widget iframe")
    expect(frame.locator("#cb-input")).to_be_focused(timeout=TIMEOUT)
    doc = next(f for f in page.frames if "/embed" in f.url)
    page.keyboard.type(META)
    page.keyboard.press("Enter")
    expect(frame.locator(".cb-sources")).to_have_count(1, timeout=TIMEOUT)

    tab_to(page, doc, "a.cb-cite")
    page.keyboard.press("Enter")
    expect(frame.locator(".cb-sources li").first).to_be_focused()
    expect(frame.locator(".cb-sources li").first).to_contain_text("Salary Ranges")
    tab_to(page, doc, ".cb-sources summary", back=True)
    page.keyboard.press("Enter")
    assert doc.evaluate("() => document.querySelector('.cb-sources').open") is False
    page.keyboard.press("Enter")
    assert doc.evaluate("() => document.querySelector('.cb-sources').open") is True

    tab_to(page, doc, "button[aria-label='Not helpful']")
    page.keyboard.press("Enter")
    expect(frame.locator(".cb-feedback input")).to_be_focused()
    page.keyboard.type("Keyboard only: fine")
    tab_to(page, doc, ".cb-feedback button")
    page.keyboard.press("Enter")
    expect(frame.locator(".cb-feedback")).to_contain_text("Thanks")
    page.wait_for_timeout(500)
    stored = [r for r in FeedbackStore(f"sqlite:///{backend.app.feedback_db}").records("down") if r.question == META]
    assert stored and stored[-1].reason == "Keyboard only: fine"

    page.keyboard.press("Escape")
    expect(page.locator("#careerbot-panel")).to_be_hidden()
    assert page.evaluate(LAUNCHER_FOCUSED), "focus did not return to the launcher"
    expect(page.locator(".careerbot-button")).to_have_attribute("aria-expanded", "false")

    page.keyboard.press("Enter")  # no trap: from the question box, Tab leaves the panel for the launcher
    expect(frame.locator("#cb-input")).to_be_focused(timeout=TIMEOUT)
    for _ in range(6):
        page.keyboard.press("Tab")
        if page.evaluate(LAUNCHER_FOCUSED):
            break
    else:
        raise AssertionError("Tab stayed inside the widget")
    page.context.close()


def test_chat_page_citations_sources_and_thumbs_work_from_the_keyboard(
    browser: Browser, backends: dict[str, Backend]
) -> None:
    backend = backends["extractive"]
    page = new_page(browser)
    chat = ChatPage(page, backend.app.url)
    chat.open()
    tab_to(page, page, "#msg textarea")
    page.keyboard.type(META)
    page.keyboard.press("Enter")
    expect(chat.answers()).to_have_count(1, timeout=TIMEOUT)

    tab_to(page, page, "#chat a.cite-link", back=True)
    page.keyboard.press("Enter")
    expect(page.locator("#chat .cite-item").first).to_be_focused()
    tab_to(page, page, "#chat button[aria-label='Dislike']")
    page.keyboard.press("Enter")
    expect(page.locator("#reason textarea")).to_be_visible()
    page.context.close()


# ---- theming -----------------------------------------------------------------------------------------------------


def wcag_ratio(hex_a: str, hex_b: str) -> float:
    def lum(h: str) -> float:
        c = [int(h[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        c = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in c]
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]

    la, lb = sorted((lum(hex_a), lum(hex_b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def rgb(hex_colour: str) -> str:
    return "rgb({}, {}, {})".format(*(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)))


THEMED = {
    "data-title": "Ask the careers bot",
    "data-accent": "#0f766e",
    "data-position": "left",
    "data-greeting": "Hello! I answer from the university's AI careers guide.",
    "data-starters": "Which skills do AI/ML researchers need? | What does Google pay AI research scientists?",
}


def test_widget_takes_its_title_accent_position_greeting_and_starters_from_the_script_tag(
    browser: Browser, backends: dict[str, Backend]
) -> None:
    backend = backends["extractive"]
    page = new_page(browser)
    page.goto(backend.site.origin + backend.site.add_page("themed.html", THEMED))
    launcher = page.locator(".careerbot-button")
    expect(launcher).to_have_text("Ask the careers bot")
    assert launcher.evaluate("b => getComputedStyle(b).backgroundColor") == rgb("#0f766e")
    assert launcher.bounding_box()["x"] < 40  # type: ignore[index]
    launcher.click()
    frame = page.frame_locator("#careerbot-widget iframe")
    expect(frame.locator("#cb-title")).to_have_text("Ask the careers bot")
    expect(frame.locator("#cb-greeting")).to_have_text(THEMED["data-greeting"])
    expect(frame.locator(".cb-starter")).to_have_text([q.strip() for q in THEMED["data-starters"].split("|")])
    assert frame.locator("#cb-header").evaluate("h => getComputedStyle(h).backgroundColor") == rgb("#0f766e")
    assert frame.locator("#cb-send").evaluate("b => getComputedStyle(b).backgroundColor") == rgb("#0f766e")
    assert not [line for line in page.console_lines if "careerbot" in line]  # type: ignore[attr-defined]
    DOCS.mkdir(exist_ok=True)
    page.screenshot(path=str(DOCS / "widget-themed.png"))

    frame.locator(".cb-starter").last.click()
    expect(frame.locator(".cb-sources")).to_have_count(1, timeout=TIMEOUT)
    expect(frame.locator(".cb-assistant").first).to_contain_text("204,655")
    page.context.close()


def test_an_accent_that_fails_contrast_is_refused_with_a_warning_naming_its_ratio(
    browser: Browser, backends: dict[str, Backend]
) -> None:
    backend = backends["extractive"]
    page = new_page(browser)
    with page.expect_console_message(lambda m: "data-accent" in m.text, timeout=TIMEOUT) as message:
        page.goto(
            backend.site.origin + backend.site.add_page("yellow.html", {"data-title": "Ask", "data-accent": "#facc15"})
        )
    ratio = wcag_ratio("#facc15", "#ffffff")
    assert ratio < 4.5
    assert message.value.type == "warning"
    assert f"{ratio:.2f}:1" in message.value.text and "4.5:1" in message.value.text
    default = rgb("#1e3a8a")
    assert page.locator(".careerbot-button").evaluate("b => getComputedStyle(b).backgroundColor") == default
    page.locator(".careerbot-button").click()
    frame = page.frame_locator("#careerbot-widget iframe")
    expect(frame.locator("#cb-header")).to_be_visible(timeout=TIMEOUT)
    assert frame.locator("#cb-header").evaluate("h => getComputedStyle(h).backgroundColor") == default
    page.context.close()


@pytest.mark.parametrize("page_name", ["/", "/embed"])
def test_nothing_moves_while_an_answer_streams_when_reduced_motion_is_asked(
    browser: Browser, backends: dict[str, Backend], page_name: str
) -> None:
    backend = backends["stub"]
    backend.gate.clear()  # type: ignore[union-attr]
    page = new_page(browser, reduced_motion="reduce")
    try:
        chat = surface(page_name, page, backend)
        chat.open()
        reach_state("streaming", chat, backend)
        page.wait_for_timeout(300)
        doc = chat.doc if isinstance(chat, EmbedChat) else page
        running = doc.evaluate(
            "() => document.getAnimations().map(a => a.animationName || a.transitionProperty || 'animation')"
        )
        assert running == []
    finally:
        backend.gate.set()  # type: ignore[union-attr]
        page.context.close()
