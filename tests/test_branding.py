"""The chat speaks for the office's documents: a real `python app.py` over a corpus of one nursing guide (real Chroma,
real embedder) shows a title, introduction and starter questions drawn from that guide, on the page (Chromium) and in
the widget, with no word about AI; after staff set a title on /admin/documents' API, both show it; a starter answers."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest
from playwright.sync_api import Page, expect
from web_server import AppServer, start_app

from bot import prompts
from bot.config import Settings
from bot.office import branding
from ingest.pipeline import ingest

TOKEN = "branding-admin-token-0123456789"
AUTH = ("Office Staff", TOKEN)
NURSING = """---
title: Nursing Careers Handbook
---
# Nursing Careers Handbook

## Introduction

This handbook explains how to start and grow a career in nursing at Ruritania General Hospital.

## Becoming a registered nurse

To become a registered nurse you complete a three-year nursing degree and 2,300 hours of supervised clinical
placement, then pass the national licensing exam.

## Pay bands

A newly registered staff nurse starts on band 5, paid 28,400 crowns a year in 2031. A ward sister is on band 7.
"""
AI = re.compile(r"\bAI\b|AI/ML|machine learning", re.I)


@pytest.fixture(scope="module")
def app(tmp_path_factory, embedder) -> Iterator[AppServer]:
    base = tmp_path_factory.mktemp("branding")
    corpus = base / "corpus"
    corpus.mkdir()
    (corpus / "nursing-handbook.md").write_text(NURSING, encoding="utf-8")
    settings = Settings(data_dir=base / "data", corpus_dir=corpus)
    ingest(settings, show_progress=False, embedder=embedder)
    server = start_app(settings.data_dir, base / "web", admin_token=TOKEN, corpus_dir=str(corpus))
    yield server
    server.stop()


@pytest.fixture
def page(browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    yield context.new_page()
    context.close()


def test_defaults_keep_the_shipped_starters_only_for_documents_they_fit():
    guide = {"corpus/ai-ml-researcher-career-guide.md": {"title": "AI/ML Researcher Career Guide", "section_names": []}}
    nursing = {
        "corpus/nursing-handbook.md": {
            "title": "Nursing Careers Handbook",
            "section_names": ["Introduction", "Becoming a registered nurse"],
        }
    }
    assert branding.defaults(guide, prompts.starters()).starters == prompts.starters()
    chosen = branding.defaults(nursing, prompts.starters())
    assert chosen.title == "Nursing Careers Handbook"
    assert chosen.starters == ("What does the Nursing Careers Handbook say about Becoming a registered nurse?",)
    assert not any(AI.search(text) for text in (chosen.title, chosen.intro, *chosen.starters))


def test_with_only_a_nursing_guide_neither_the_page_nor_the_widget_mentions_ai(app, page):
    embed = httpx.get(f"{app.url}/embed", timeout=30).text
    assert "Nursing Careers Handbook" in embed and not AI.search(embed), AI.search(embed)
    page.goto(app.url)
    expect(page.locator("#page-intro h1")).to_have_text("Nursing Careers Handbook")
    starter = page.locator("#starters button").first
    expect(starter).to_have_text(re.compile("Becoming a registered nurse"))
    assert not AI.search(page.locator("body").inner_text())
    starter.click()
    expect(page.locator("#chat .answer-text:not(.streaming)")).to_have_count(1, timeout=120_000)
    expect(page.locator("#chat .answer-text").first).to_contain_text("2,300")


def test_after_staff_set_a_title_the_page_and_the_widget_show_it(app, page):
    choice = {
        "title": "Ask the St Elsewhere careers office",
        "intro": "Answers from our own guides only.",
        "starters": ["How do I become a registered nurse?", "What does a staff nurse earn?"],
    }
    assert httpx.put(f"{app.url}/admin/branding", json=choice, timeout=30).status_code == 401
    saved = httpx.put(f"{app.url}/admin/branding", json=choice, auth=AUTH, timeout=30)
    assert saved.status_code == 200 and saved.json()["shown"]["title"] == choice["title"]
    embed = httpx.get(f"{app.url}/embed", timeout=30).text
    assert f'<h1 id="cb-title">{choice["title"]}</h1>' in embed and "Answers from our own guides only." in embed
    assert ">What does a staff nurse earn?</button>" in embed
    page.goto(app.url)
    expect(page.locator("#page-intro h1")).to_have_text(choice["title"])
    expect(page.locator("#page-intro")).to_contain_text(choice["intro"])
    expect(page.locator("#starters button:visible")).to_have_text(choice["starters"])
    audit = httpx.get(f"{app.url}/admin/documents.json", auth=AUTH, timeout=30).json()["audit"]
    assert (audit[0]["who"], audit[0]["action"]) == ("Office Staff (admin token)", "settings")
    cleared = httpx.put(f"{app.url}/admin/branding", json={}, auth=AUTH, timeout=30).json()
    assert cleared["shown"]["title"] == "Nursing Careers Handbook"  # empty again: the documents' default


def test_markup_in_the_title_is_shown_as_text(app, page):
    title = "<img src=x onerror=alert(1)> **Careers**"
    assert httpx.put(f"{app.url}/admin/branding", json={"title": title}, auth=AUTH, timeout=30).status_code == 200
    embed = httpx.get(f"{app.url}/embed", timeout=30).text
    assert "<img src=x" not in embed and "&lt;img src=x onerror=alert(1)&gt;" in embed
    page.goto(app.url)
    expect(page.locator("#page-intro h1")).to_have_text(title)
    assert page.locator("#page-intro img").count() == 0
    httpx.put(f"{app.url}/admin/branding", json={}, auth=AUTH, timeout=30)
