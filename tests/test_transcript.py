"""The transcript a student downloads (bot/office/transcript.py) and POST /api/transcript that serves it.

The pure function is checked on plain values: every answer with its sources (document title, scope, section, passage)
under it, the date, markup in any text shown as text by a real CommonMark renderer with GFM tables (markdown-it-py,
what a Markdown viewer does), and an empty conversation refused with a sentence a student understands. The endpoint is
checked through the real app (create_app with its middleware, in process): the file, its name, and the chat's own
input limits.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from markdown_it import MarkdownIt

from bot.errors import BadInput
from bot.office.transcript import EMPTY, Exchange, neutralise, transcript_filename, transcript_markdown
from bot.types import Citation

MADE = date(2031, 3, 4)
PAY = Citation(
    1,
    "ai_researcher.md",
    "Salary Ranges (US Market, 2024) > AI Research Scientist Salaries at Top Companies",
    "- Google: $204,655 average\n- Meta: $177,730 average",
    "AI/Machine Learning Researcher: Career Guide",
    "US 2024",
)
SKILLS = Citation(
    1,
    "ai_researcher.md",
    "Skills > Technical",
    "Python, PyTorch and linear algebra.",
    "AI/Machine Learning Researcher: Career Guide",
    "",
)
UX_PAY = Citation(
    2, "ux.md", "Pay > Salaries", "Junior UX researcher: £30,000", "UX Researcher: Career Guide", "UK 2023"
)
TWO = [
    Exchange("What does Meta pay AI research scientists?", "Meta pays $177,730 on average [1].", (PAY,)),
    Exchange(
        "Which skills matter, and what do UX researchers earn?",
        "Python and PyTorch [1]. Juniors earn £30,000 [2].",
        (SKILLS, UX_PAY),
    ),
]


def rendered(markdown: str) -> str:
    """The HTML a Markdown viewer would show (CommonMark + GFM tables and strikethrough)."""
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown)


def test_every_answer_is_listed_with_its_sources_title_scope_section_and_passage_under_it() -> None:
    text = transcript_markdown(TWO, MADE)

    first, second = text.split("## Question 2")
    assert "What does Meta pay AI research scientists?" in first and "Meta pays $177,730 on average [1]." in first
    assert "- [1] AI/Machine Learning Researcher: Career Guide" in first
    assert "  - Scope: US 2024" in first
    assert "  - Section: Salary Ranges (US Market, 2024) > AI Research Scientist Salaries at Top Companies" in first
    assert "Meta: $177,730 average" in first and "Google: $204,655 average" in first
    assert "Python and PyTorch [1]. Juniors earn £30,000 [2]." in second
    assert "- [2] UX Researcher: Career Guide" in second and "  - Scope: UK 2023" in second
    assert "Junior UX researcher: £30,000" in second
    assert "Scope:" not in second.split("- [2]")[0]  # the skills document states no scope: no empty "Scope:" line
    assert text.index("Meta pays") < text.index("Salary Ranges") < text.index("## Question 2")


def test_the_file_is_dated_and_named_by_its_day() -> None:
    text = transcript_markdown(TWO, MADE)

    assert "Saved on 4 March 2031." in text.splitlines()[2]
    assert transcript_filename(MADE) == "careerbot-conversation-2031-03-04.md"


def test_it_reads_as_plain_text_and_as_markdown() -> None:
    text = transcript_markdown(TWO, MADE, "https://careers.example.edu/advisers")
    html = rendered(text)

    assert text.startswith("# careerbot: your conversation\n")
    assert "<" not in text and "\\" not in text  # nothing escaped when nothing needs it: a phone shows it as is
    assert html.count("<h2>") == 2 and "<li>Scope: US 2024</li>" in html
    assert "Meta pays $177,730 on average [1]." in html  # markers stay as they read
    assert text.rstrip().endswith("To talk to a careers adviser: https://careers.example.edu/advisers")


def test_an_answer_without_sources_says_so() -> None:
    refused = Exchange("What is the best sourdough recipe?", "The careers guide does not cover this.")
    text = transcript_markdown([refused], MADE)

    assert "Sources: none: this answer does not come from the careers guide." in text


def test_an_empty_conversation_is_refused_with_a_sentence_a_student_understands() -> None:
    with pytest.raises(BadInput) as raised:
        transcript_markdown([], MADE)
    assert str(raised.value) == EMPTY == "There is nothing to download yet: ask a question first."


MARKUP = [
    ("html", "<img src=x onerror=alert(1)>", "<img"),
    ("script", "<script>alert(1)</script>", "<script"),
    ("link", "[click](https://evil.example)", "<a "),
    ("marker as link", "See [1](https://evil.example).", "<a "),
    ("image", "![x](https://tracker.example/p.png)", "<img"),
    ("autolink", "<https://evil.example>", "<a "),
    ("reference", "See [1].\n\n[1]: https://evil.example", "<a "),
    ("heading", "# Sources\nfake", "<h1>Sources"),
    ("setext", "Sources\n===", "<h1>Sources"),
    ("fence", "```\nthe rest of the file", "<pre>"),
    ("tilde fence", "~~~\nthe rest of the file", "<pre>"),
    ("indented code", "        indented", "<pre>"),
    ("entity", "&lt;b&gt; &#60;i&#62;", "&lt;b&gt; &lt;i&gt;"),
]


@pytest.mark.parametrize(("name", "payload", "forbidden"), MARKUP, ids=[m[0] for m in MARKUP])
def test_markup_anywhere_is_shown_as_text_never_as_markup(name: str, payload: str, forbidden: str) -> None:
    citation = Citation(1, "x.md", payload, payload, payload, payload)
    text = transcript_markdown([Exchange(payload, payload, (citation,))], MADE)
    html = rendered(text)

    assert forbidden not in html, name
    assert html.count("<h1>") == 1 and html.count("<h2>") == 1
    assert "Sources of this answer:" in html  # nothing swallowed the rest of the file
    shown = re.sub(r"<[^>]+>", "", rendered(neutralise(payload)))
    assert " ".join(shown.split()) == " ".join(visible(payload).split()), "the text itself is kept"


def visible(payload: str) -> str:
    """``payload`` as the rendered HTML's text holds it: the characters themselves, HTML-escaped."""
    return payload.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# ---- POST /api/transcript ----------------------------------------------------------------------------------------

MAX_CHARS, MAX_TURNS = 300, 6


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    from bot.chain import Runtime
    from bot.config import Settings
    from bot.web.server import create_app

    data = tmp_path_factory.mktemp("transcript-app")
    settings = Settings(
        data_dir=data,
        corpus_dir=Path(__file__).resolve().parent.parent / "corpus",
        max_message_chars=MAX_CHARS,
        max_history_turns=MAX_TURNS,
        handoff_url="https://careers.example.edu/advisers",
    )
    return TestClient(create_app(settings, Runtime(settings)))


def body(exchanges: list[Exchange]) -> dict:
    return {
        "turns": [
            {"question": e.question, "answer": e.answer, "citations": [vars(c) for c in e.citations]} for e in exchanges
        ]
    }


def test_the_endpoint_sends_the_file_to_save_with_todays_name(client: TestClient) -> None:
    response = client.post("/api/transcript", json=body(TWO))

    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/markdown; charset=utf-8"
    assert response.headers["content-disposition"] == f'attachment; filename="{transcript_filename(date.today())}"'
    assert response.headers["cache-control"] == "no-store"
    assert response.text == transcript_markdown(TWO, date.today(), "https://careers.example.edu/advisers")


def test_the_endpoint_refuses_an_empty_conversation_with_the_same_sentence(client: TestClient) -> None:
    response = client.post("/api/transcript", json={"turns": []})

    assert response.status_code == 400
    assert response.json() == {"error": EMPTY}


def test_the_endpoint_keeps_the_chats_own_limits(client: TestClient) -> None:
    # the last question was asked after MAX_TURNS turns: the chat accepted it, so the transcript does too
    longest = [Exchange(f"Question {i}?", f"Answer {i}.") for i in range(MAX_TURNS // 2 + 1)]
    assert client.post("/api/transcript", json=body(longest)).status_code == 200

    too_many = client.post("/api/transcript", json=body([*longest, Exchange("One more?", "Yes.")]))
    assert too_many.status_code == 400 and "history is too long" in too_many.json()["error"]

    too_long = client.post("/api/transcript", json=body([Exchange("x" * (MAX_CHARS + 1), "Answer.")]))
    assert too_long.status_code == 400 and "message is too long" in too_long.json()["error"]

    blank = client.post("/api/transcript", json=body([Exchange("   ", "Answer.")]))
    assert blank.status_code == 400 and "empty" in blank.json()["error"]

    huge_answer = client.post("/api/transcript", json=body([Exchange("Why?", "y" * (MAX_CHARS * 4 + 1))]))
    assert huge_answer.status_code == 400 and "longer than" in huge_answer.json()["error"]


def test_the_endpoint_refuses_a_site_that_may_not_embed_careerbot(client: TestClient) -> None:
    response = client.post("/api/transcript", json=body(TWO), headers={"Origin": "https://elsewhere.example"})

    assert response.status_code == 403


def test_a_lone_surrogate_still_gives_the_file(client: TestClient) -> None:
    raw = '{"turns": [{"question": "Why \\ud800?", "answer": "Because.", "citations": []}]}'
    response = client.post("/api/transcript", content=raw, headers={"Content-Type": "application/json"})

    assert response.status_code == 200 and "Why ?" in response.text
