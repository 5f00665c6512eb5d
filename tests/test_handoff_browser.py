"""Talk to an adviser, in a real headless Chromium (Playwright): the chat page and the widget on a foreign site.

Servers: `python app.py` over the real index with the extractive engine, CAREERBOT_HANDOFF_EMAIL and
CAREERBOT_SMTP_URL pointing at a real SMTP server on 127.0.0.1 (aiosmtpd, tests/smtp_inbox.py), and a careers site
on another port embedding the widget (tests/host_site.py). On each surface: ask a question, open the form from the
keyboard, send it empty (each message shows under its field, the field is marked invalid and focused), fill it in
and send it; the SMTP server receives the office's email with the transcript, and the staff page lists the hand-off
(and marks it done, through the browser's login). axe (WCAG 2.2 AA tags) finds nothing with the form open, with its
errors shown, and after it is sent.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from host_site import Site
from playwright.sync_api import Browser, Page, expect
from services import free_port
from smtp_inbox import Inbox, attachments, body_text
from test_a11y import axe_violations
from test_transcript_browser import META, TIMEOUT, ask_page, ask_widget, open_widget, press_until_focused
from web_server import AppServer, start_app

from bot.office.handoffs import FIELD_ERRORS

OFFICE = "careers@example.edu"
TOKEN = "staff-token-0123456789abcdef"
NOTE = "<b>Offers</b> & <script>alert(1)</script>"


@pytest.fixture(scope="module")
def inbox() -> Iterator[Inbox]:
    box = Inbox().start()
    yield box
    box.stop()


@pytest.fixture(scope="module")
def server(index_dir: Path, tmp_path_factory: pytest.TempPathFactory, inbox: Inbox) -> Iterator[AppServer]:
    site_port = free_port()
    app = start_app(
        index_dir,
        tmp_path_factory.mktemp("handoff-server"),
        rate_limit="1000/minute",
        mail_rate_limit="100/minute",
        allowed_origins=f"http://127.0.0.1:{site_port}",
        smtp_url=inbox.url,
        handoff_email=OFFICE,
        admin_token=TOKEN,
    )
    app.site_port = site_port  # type: ignore[attr-defined]
    yield app
    app.stop()


@pytest.fixture(scope="module")
def site(server: AppServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    careers = Site(tmp_path_factory.mktemp("handoff-site"), server.url, server.site_port)  # type: ignore[attr-defined]
    yield careers
    careers.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    login = {"username": "staff", "password": TOKEN}
    context = browser.new_context(viewport={"width": 1100, "height": 900}, http_credentials=login)
    page = context.new_page()
    page.dialogs = []  # type: ignore[attr-defined]
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    yield page
    context.close()


def no_violations(*targets) -> None:
    found = [v for t in targets for v in axe_violations(t)]
    assert found == [], "\n".join(found)


def office_email(inbox: Inbox, count: int, name: str):
    message = inbox.wait_for(count)[-1]
    assert message["To"] == OFFICE and name in message["Subject"]
    return message


def staff_page_lists(page: Page, server: AppServer, name: str) -> None:
    """The staff page (signed in through the browser's login) lists the hand-off, escaped, and marks it done."""
    page.goto(f"{server.url}/admin/handoffs")
    article = page.locator("article").filter(has_text=name).first
    expect(article).to_contain_text("Emailed to the office")
    expect(article).to_contain_text(NOTE)  # the markup shown as text
    assert page.dialogs == [] and article.locator("script, b").count() == 0  # type: ignore[attr-defined]
    no_violations(page)
    article.get_by_role("button", name="Mark hand-off").click()
    expect(page.locator("article").filter(has_text=name).first).to_contain_text("by staff (admin token)")


# ---- the chat page ---------------------------------------------------------------------------------------------


def test_page_handoff_from_the_keyboard_reaches_the_office_with_the_transcript(
    page: Page, server: AppServer, inbox: Inbox
) -> None:
    page.goto(server.url)
    ask_page(page, META)
    page.locator("#msg textarea").focus()
    press_until_focused(page, page, "#handoff-open", key="Shift+Tab")
    page.keyboard.press("Enter")
    expect(page.locator("#handoff-form")).to_be_visible()
    expect(page.locator("#handoff-name input, #handoff-name textarea").first).to_be_focused()
    no_violations(page)

    page.locator("#handoff-send").click()
    expect(page.locator("#handoff-email-error")).to_have_text(FIELD_ERRORS["email"])
    expect(page.locator("#handoff-consent-error")).to_have_text(FIELD_ERRORS["consent"])
    name_field = page.locator("#handoff-name input, #handoff-name textarea").first
    expect(name_field).to_be_focused()
    expect(name_field).to_have_attribute("aria-invalid", "true")
    expect(name_field).to_have_attribute("aria-describedby", "handoff-name-error")
    no_violations(page)

    before = len(inbox.messages)
    name_field.fill("Page Student")
    page.locator("#handoff-email input, #handoff-email textarea").first.fill("page.student@example.edu")
    page.locator("#handoff-note textarea").fill(NOTE)
    page.locator("#handoff-consent input").check()
    page.locator("#handoff-send").click()
    expect(page.locator("#chat .handoff-said")).to_contain_text("Thank you, Page Student", timeout=TIMEOUT)
    expect(page.locator("#handoff-form")).to_be_hidden()
    no_violations(page)

    message = office_email(inbox, before + 1, "Page Student")
    assert META in body_text(message) and NOTE in body_text(message)
    assert message["Reply-To"] == "page.student@example.edu"
    assert any(META in text for text in attachments(message).values())
    staff_page_lists(page, server, "Page Student")


# ---- the widget on a careers site --------------------------------------------------------------------------------


def test_widget_handoff_from_the_keyboard_reaches_the_office_with_the_transcript(
    page: Page, site: Site, server: AppServer, inbox: Inbox
) -> None:
    frame, doc = open_widget(page, site)
    ask_widget(frame, META)
    frame.locator("#cb-input").focus()
    press_until_focused(page, doc, "#cb-adviser", key="Shift+Tab")
    page.keyboard.press("Enter")
    expect(frame.locator("#cb-handoff-panel")).to_be_visible()
    expect(frame.locator("#cb-h-name")).to_be_focused()
    expect(frame.locator("#cb-adviser")).to_have_attribute("aria-expanded", "true")
    no_violations(page, doc)

    page.keyboard.press("Enter")  # submit the empty form from the keyboard
    expect(frame.locator("#cb-h-email-error")).to_have_text(FIELD_ERRORS["email"])
    expect(frame.locator("#cb-h-consent-error")).to_have_text(FIELD_ERRORS["consent"])
    expect(frame.locator("#cb-h-name")).to_be_focused()
    expect(frame.locator("#cb-h-consent")).to_have_attribute("aria-invalid", "true")
    no_violations(page, doc)

    before = len(inbox.messages)
    frame.locator("#cb-h-name").fill("Widget Student")
    frame.locator("#cb-h-email").fill("widget.student@example.edu")
    frame.locator("#cb-h-note").fill(NOTE)
    frame.locator("#cb-h-consent").check()
    frame.get_by_role("button", name="Send to an adviser").click()
    expect(frame.locator("#cb-handoff-status")).to_contain_text("Thank you, Widget Student", timeout=TIMEOUT)
    expect(frame.get_by_role("button", name="Back to the chat")).to_be_focused()
    no_violations(page, doc)

    message = office_email(inbox, before + 1, "Widget Student")
    assert META in body_text(message) and NOTE in body_text(message)
    page.keyboard.press("Enter")  # back to the chat: the message stays in it
    expect(frame.locator("#cb-log .cb-note").last).to_contain_text("Thank you, Widget Student")
    staff_page_lists(page, server, "Widget Student")


def test_widget_emails_the_conversation_to_the_student(page: Page, site: Site, inbox: Inbox) -> None:
    frame, doc = open_widget(page, site)
    ask_widget(frame, META)
    frame.get_by_role("button", name="Email me this conversation").click()
    expect(frame.locator("#cb-e-email")).to_be_focused()
    page.keyboard.type("not an address")
    page.keyboard.press("Enter")
    expect(frame.locator("#cb-e-email-error")).to_have_text(FIELD_ERRORS["email"])
    no_violations(page, doc)

    before = len(inbox.messages)
    frame.locator("#cb-e-email").fill("me@student.example.edu")
    page.keyboard.press("Enter")
    sent = "Sent the conversation to me@student.example.edu."
    expect(frame.locator("#cb-email-status")).to_have_text(sent, timeout=TIMEOUT)
    message = inbox.wait_for(before + 1)[-1]
    assert message["To"] == "me@student.example.edu" and META in body_text(message)
    no_violations(page, doc)


# ---- the offer after two answers that did not help -------------------------------------------------------------

OFF_TOPIC = "What is the best recipe for sourdough bread?"
OFF_TOPIC_2 = "Which football team won the league in 1998?"


def test_page_offers_the_handoff_after_two_refused_answers(page: Page, server: AppServer) -> None:
    page.goto(server.url)
    ask_page(page, META)
    ask_page(page, OFF_TOPIC)
    expect(page.locator("#handoff-offer")).to_be_hidden()  # one refusal after a good answer: no offer yet

    ask_page(page, OFF_TOPIC_2)

    expect(page.locator("#handoff-offer")).to_be_visible()
    page.locator("#handoff-offer-open").click()
    expect(page.locator("#handoff-form")).to_be_visible()
    no_violations(page)


def test_widget_offers_the_handoff_after_a_refusal_and_a_thumbs_down(page: Page, site: Site) -> None:
    frame, doc = open_widget(page, site)
    ask_widget(frame, OFF_TOPIC)
    ask_widget(frame, META)
    expect(frame.locator(".cb-offer")).to_have_count(0)
    frame.get_by_role("button", name="Not helpful").last.click()
    frame.get_by_role("button", name="Send feedback").click()

    offer = frame.locator("#cb-log .cb-offer")
    expect(offer).to_have_count(1)
    offer.get_by_role("button", name="Talk to an adviser").click()
    expect(frame.locator("#cb-h-name")).to_be_focused()
    no_violations(page, doc)
