"""The office's insights: bot/office/insights.py (figures), bot/office/insights_html.py (page), `python -m eval
insights`."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.office.feedback import FeedbackRecord, FeedbackStore
from bot.office.insights import after_hours, build, group_questions, is_after_hours, outcomes_by_day, top_sections
from bot.office.insights_html import render
from bot.office.questionlog import QuestionEntry

REPO = Path(__file__).resolve().parent.parent


def at(day: int, hour: int) -> datetime:
    return datetime(2026, 3, day, hour, 15, tzinfo=UTC)  # 2 March 2026 is a Monday


def test_paraphrased_unanswered_questions_form_one_group_with_its_count(embedder) -> None:
    questions = [
        "When is the career fair?",
        "Is there a careers fair this semester?",
        "When is the career fair?",
        "Can you give me a recipe for chocolate cake?",
    ]
    groups = group_questions(questions, embedder.embed)
    assert [(g.count, sorted(g.examples)) for g in groups] == [
        (3, ["Is there a careers fair this semester?", "When is the career fair?"]),
        (1, ["Can you give me a recipe for chocolate cake?"]),
    ]


def test_top_topics_count_cited_sections_of_answered_questions_only() -> None:
    entries = [
        QuestionEntry("a", False, sections=["Salary > Meta", "Salary > Google"]),
        QuestionEntry("b", False, sections=["Salary > Meta"]),
        QuestionEntry("c", True, sections=["Ignored"]),
    ]
    assert top_sections(entries) == [
        {"section": "Salary > Meta", "count": 2},
        {"section": "Salary > Google", "count": 1},
    ]


def test_outcome_shares_are_per_local_day() -> None:
    entries = [
        QuestionEntry("a", False, created_at=at(2, 10)),
        QuestionEntry("b", True, created_at=at(2, 11)),
        QuestionEntry("c", False, fallback="timeout", created_at=at(3, 2)),
    ]
    utc = outcomes_by_day(entries, ZoneInfo("UTC"))
    assert [(d.day, d.questions, d.answered, d.refused, d.fallback) for d in utc] == [
        ("2026-03-02", 2, 0.5, 0.5, 0.0),
        ("2026-03-03", 1, 0.0, 0.0, 1.0),
    ]
    assert [d.day for d in outcomes_by_day(entries, ZoneInfo("America/New_York"))] == [
        "2026-03-02"
    ]  # 02:15 UTC is still the 2nd there


def test_after_hours_are_evenings_nights_and_weekends_in_the_office_time_zone() -> None:
    entries = [
        QuestionEntry("q", False, created_at=t) for t in (at(3, 10), at(3, 20), at(7, 12), at(4, 16))
    ]  # Tue 10, Tue 20, Sat 12, Wed 16
    assert [is_after_hours(e.created_at, ZoneInfo("UTC")) for e in entries] == [False, True, True, False]
    # New York is UTC-5 then: Tue 05:15 (late), Tue 15:15 (office hours), Sat 07:15 (weekend), Wed 11:15
    assert [is_after_hours(e.created_at, ZoneInfo("America/New_York")) for e in entries] == [True, False, True, False]
    assert after_hours(entries, ZoneInfo("UTC"))["share"] == 0.5


def test_page_shows_every_section_and_escapes_what_students_typed(embedder) -> None:
    entries = [
        QuestionEntry("<script>alert(1)</script> where is $1M?", True, created_at=at(2, 10)),
        QuestionEntry("What does Meta pay?", False, sections=["Salary Ranges > Meta"], created_at=at(2, 23)),
    ]
    insights = build(
        entries,
        [FeedbackRecord("up", "q", "a"), FeedbackRecord("down", "q", "a"), FeedbackRecord("up", "q", "a")],
        embedder.embed,
    )
    page = render(insights)
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; where is $1M?" in page
    for heading in ("What the guide does not answer", "Top topics", "Outcomes over time", "When students ask"):
        assert heading in page
    assert page.count("<svg") == 4
    assert insights.feedback["thumbs_up_rate"] == 2 / 3 and insights.after_hours["share"] == 0.5


def test_insights_command_writes_the_page_and_the_json(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'feedback.db'}"
    store = FeedbackStore(url)
    store.questions.add(QuestionEntry("Does the guide cover jobs in Germany?", True, created_at=at(2, 10)))
    store.questions.add(
        QuestionEntry("What does Google pay?", False, sections=["Salary Ranges > Google"], created_at=at(2, 12))
    )
    store.add(FeedbackRecord("up", "What does Google pay?", "$204,655 [1]"))
    store.close()

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "eval",
            "insights",
            "--out",
            str(tmp_path / "out"),
            "--feedback-url",
            url,
            "--no-progress",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads((tmp_path / "out" / "insights.json").read_text())
    assert data["totals"] == {"questions": 2, "answered": 1, "refused": 1, "fallback": 0, "votes": 1}
    assert data["unanswered_groups"] == [
        {
            "label": "Does the guide cover jobs in Germany?",
            "count": 1,
            "examples": ["Does the guide cover jobs in Germany?"],
        }
    ]
    assert "Salary Ranges &gt; Google" in (tmp_path / "out" / "insights.html").read_text()


def test_insights_command_rejects_an_unknown_time_zone(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "eval",
            "insights",
            "--out",
            str(tmp_path),
            "--feedback-url",
            f"sqlite:///{tmp_path / 'f.db'}",
            "--timezone",
            "Mars/Olympus",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 2 and "not a known time zone" in result.stderr
