"""The redactor (bot/office/redact.py) and `python -m eval redaction` (eval/redaction.py)."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from bot.office.redact import RedactingFilter, install_log_redaction, redact, redact_value
from eval.redaction import MIN_RECALL, load_suite, score_cases, score_corpus

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("write to priya.sharma@umich.edu please", "write to [EMAIL] please"),
        ("I'm at lucia (at) uni-heidelberg (dot) de", "I'm at [EMAIL]"),
        ("call me on (617) 253-1000 tomorrow", "call me on [PHONE] tomorrow"),
        ("whatsapp +44 20 7946 0958", "whatsapp [PHONE]"),
        ("my student ID is 20231457", "my student ID is [STUDENT_ID]"),
        ("Student number: A01234567", "Student number: [STUDENT_ID]"),
        ("ID 7720019, jane.doe@asu.edu, 480-965-3000", "ID [STUDENT_ID], [EMAIL], [PHONE]"),
    ],
)
def test_personal_data_becomes_a_placeholder(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Google pays $204,655 on average, from $56,000 to $446,000.",
        "Job growth is 34.8% for 2023-2030; the market was $419.94 billion in 2024.",
        "Is 150000 a good starting salary? My offer is 185k base.",
        "Apply by 12/05/2024; I have a 3.8 GPA and took CS229.",
    ],
)
def test_figures_a_student_or_the_guide_writes_are_left_alone(text: str) -> None:
    assert redact(text) == text


def test_json_columns_are_redacted_string_by_string() -> None:
    history = [{"role": "user", "content": "I'm dkim@mit.edu"}, {"role": "assistant", "content": "Hello"}]
    assert redact_value(history) == [
        {"role": "user", "content": "I'm [EMAIL]"},
        {"role": "assistant", "content": "Hello"},
    ]


def test_log_lines_are_redacted_before_a_handler_writes_them(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("careerbot.test.redact")
    caplog.handler.addFilter(RedactingFilter())
    logger.warning("guard removed %r: %s", "Call 415-555-0132 or mail a.b@c.io", "no passage")
    assert caplog.messages == ["guard removed 'Call [PHONE] or mail [EMAIL]': no passage"]


def test_install_puts_one_filter_on_every_root_handler() -> None:
    logger = logging.getLogger("careerbot.test.install")
    logger.addHandler(logging.NullHandler())
    first = install_log_redaction(logger)
    second = install_log_redaction(logger)
    assert first is second and logger.handlers[0].filters == [first]


def test_recall_on_the_held_out_split_meets_the_bar() -> None:
    test = score_cases(load_suite())["test"]
    assert test.labelled >= 40
    assert test.recall >= MIN_RECALL, test.missed


def test_the_guide_keeps_every_figure() -> None:
    corpus = score_corpus()
    assert corpus.figures > 20
    assert corpus.false_hits == [] and corpus.lost_figures == []


def test_redaction_command_prints_both_splits_and_the_corpus_figures() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "eval", "redaction", "--gate"], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "dev   recall" in result.stdout and "test  recall" in result.stdout
    assert "corpus  false hits 0" in result.stdout
