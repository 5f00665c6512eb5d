"""The feedback store (bot/office/feedback.py) and `python -m eval feedback-export` (eval/feedback.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.office.feedback import FeedbackRecord, FeedbackStore

REPO = Path(__file__).resolve().parent.parent


def record(verdict: str, question: str = "What does Meta pay?", reason: str | None = None) -> FeedbackRecord:
    return FeedbackRecord(
        verdict=verdict,  # type: ignore[arg-type]
        question=question,
        answer="Meta pays $177,730 on average [1].",
        history=[{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}],
        citations=[{"n": 1, "source": "guide.md", "section": "Salary Ranges > Meta", "text": "Meta: $177,730 average"}],
        removed=[{"sentence": "Meta pays $1M.", "reason": "number not in passage"}],
        engine="extractive",
        reason=reason,
        session_id="s1",
    )


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'sub' / 'feedback.db'}"


def test_a_vote_survives_reopening_the_store(db_url: str) -> None:
    store = FeedbackStore(db_url)
    feedback_id = store.add(record("down", reason="wrong company"))
    store.close()

    [stored] = FeedbackStore(db_url).records()
    assert stored.id == feedback_id
    assert (stored.verdict, stored.reason, stored.question) == ("down", "wrong company", "What does Meta pay?")
    assert stored.history[1] == {"role": "assistant", "content": "Hello"}
    assert stored.citations[0]["section"] == "Salary Ranges > Meta"
    assert stored.removed[0]["reason"] == "number not in passage"
    assert stored.created_at is not None


def test_reason_added_after_the_vote_is_kept(db_url: str) -> None:
    store = FeedbackStore(db_url)
    feedback_id = store.add(record("down"))
    assert store.set_reason(feedback_id, "  cites the wrong year  ")
    assert store.records()[0].reason == "cites the wrong year"
    assert not store.set_reason(feedback_id + 100, "no such vote")


def test_only_thumbs_down_are_listed_when_asked(db_url: str) -> None:
    store = FeedbackStore(db_url)
    store.add(record("up", "Q1"))
    store.add(record("down", "Q2"))
    assert [r.question for r in store.records(verdict="down")] == ["Q2"]
    assert len(store.records()) == 2


def test_unknown_verdict_is_rejected(db_url: str) -> None:
    with pytest.raises(ValueError, match="verdict"):
        FeedbackStore(db_url).add(record("meh"))


def test_feedback_export_writes_thumbs_down_as_unlabelled_suite_cases(db_url: str, tmp_path: Path) -> None:
    store = FeedbackStore(db_url)
    store.add(record("up", "Liked question"))
    store.add(record("down", "Disliked question", reason="too vague"))
    store.close()
    out = tmp_path / "cases" / "feedback.jsonl"

    result = subprocess.run(
        [sys.executable, "-m", "eval", "feedback-export", "--out", str(out)],
        cwd=REPO,
        env={"PATH": "/usr/bin:/bin", "CAREERBOT_FEEDBACK_URL": db_url},
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr
    [case] = [json.loads(line) for line in out.read_text().splitlines()]
    assert case["question"] == "Disliked question"
    assert case["history"] == [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}]
    assert case["expect"] == {"facts": [], "refuse": None, "sections": []}
    assert case["needs_label"] is True
    assert case["feedback"]["reason"] == "too vague"
    assert "1 thumbs-down case" in result.stdout


def test_personal_data_is_redacted_before_a_vote_is_written(db_url: str) -> None:
    store = FeedbackStore(db_url)
    rec = record(
        "down",
        question="I'm priya@umich.edu, student ID 20231457: what does Meta pay?",
        reason="call me on 617-253-1000",
    )
    rec.history = [{"role": "user", "content": "my number is (415) 555-0132"}]
    feedback_id = store.add(rec)
    store.set_reason(feedback_id, "or mail me at priya@umich.edu")

    [stored] = FeedbackStore(db_url).records()
    assert stored.question == "I'm [EMAIL], student ID [STUDENT_ID]: what does Meta pay?"
    assert stored.history == [{"role": "user", "content": "my number is [PHONE]"}]
    assert stored.reason == "or mail me at [EMAIL]"
    assert stored.answer == "Meta pays $177,730 on average [1]."  # the guide's figure is not personal data


def test_purge_deletes_feedback_and_logged_questions_older_than_the_retention(db_url: str) -> None:
    from datetime import UTC, datetime, timedelta

    from bot.office.questionlog import QuestionEntry

    now = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    store = FeedbackStore(db_url)
    for age_days, question in ((45, "old"), (31, "just too old"), (29, "recent"), (0, "today")):
        rec = record("up", question=question)
        rec.created_at = now - timedelta(days=age_days)
        store.add(rec)
        store.questions.add(QuestionEntry(question=question, refused=False, created_at=now - timedelta(days=age_days)))

    assert store.purge(30, now=now) == (2, 2)

    assert [r.question for r in store.records()] == ["recent", "today"]
    assert [e.question for e in store.questions.entries()] == ["recent", "today"]
    assert store.purge(30, now=now) == (0, 0)


def test_question_log_keeps_the_redacted_question_and_outcome_only(db_url: str) -> None:
    from bot.types import Citation, Kind, Outcome, Reason

    store = FeedbackStore(db_url)
    cited = [
        Citation(1, "guide.md", "Salary Ranges > Meta", "Meta: $177,730"),
        Citation(2, "guide.md", "Salary Ranges > Meta", "x"),
    ]
    store.questions.record(
        "I'm jo@x.edu; what does Meta pay?",
        Outcome(text="Meta pays $177,730 [1].", citations=cited, kind=Kind.ANSWERED),
    )
    store.questions.record("Tell me about Mars", Outcome(text="Not covered.", citations=[], kind=Kind.REFUSED))
    store.questions.record(
        "Google pay?",
        Outcome(text="...", citations=[], kind=Kind.FALLBACK, reason=Reason.FAILED, detail="local engine failed"),
    )

    entries = FeedbackStore(db_url).questions.entries()
    assert [(e.question, e.outcome, e.sections) for e in entries] == [
        ("I'm [EMAIL]; what does Meta pay?", "answered", ["Salary Ranges > Meta"]),
        ("Tell me about Mars", "refused", []),
        ("Google pay?", "fallback", []),
    ]
    assert entries[0].created_at is not None and entries[0].created_at.tzinfo is not None
