"""Makes docs/insights.png: a simulated fortnight of student questions, answered by the real chain, on the insights
page.

Run from the repository root after `python -m ingest` (it reads the index of
the settings, like the app):

    CAREERBOT_ENGINE=extractive python docs/insights_demo.py

Each question below goes through bot.chain.answer (the real retriever, scope
check and extractive engine over the real corpus) and is logged exactly as
the API logs it; only the times are simulated (spread over 14 days, a fixed
seed) and the votes are drawn at random. The question log goes to a
temporary database, never to the app's own. Then ``python -m eval insights``
renders the page and headless Chromium takes the screenshot.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run as a script from the repository root
QUESTIONS = [
    "What does Google pay AI research scientists?",
    "How much does Meta pay?",
    "What is the salary range at OpenAI?",
    "Do I need a PhD to become an AI researcher?",
    "What skills do AI research scientists need?",
    "What is the job outlook for AI researchers?",
    "Which companies hire the most AI researchers?",
    "What programming languages should I learn for ML research?",
    "How do I move from a PhD to industry research?",
    "What does an entry-level AI researcher earn?",
    "How much do research scientists at Apple make?",
    "Can you review my CV? my email is sam.lee@northwestern.edu",
    "How do I write a cover letter for a research internship?",
    "What should a resume for ML research include?",
    "When is the career fair this semester?",
    "Is there a careers fair in spring?",
    "How do I get an H-1B visa sponsorship?",
    "Will a company sponsor my work visa?",
    "How much do AI researchers earn in Germany?",
    "What are ML salaries in Berlin?",
    "What do AI researchers make in the UK?",
    "Can I book an appointment with an adviser? student ID 20231457",
    "How do I book a meeting with a careers adviser?",
    "How much does a nurse earn?",
    "Can you give me a recipe for chocolate cake?",
    "What internships are open for first-year students?",
    "Are there summer internships for undergraduates in ML?",
    "How do I negotiate a job offer?",
    "What does Amazon pay applied scientists?",
    "How many AI researcher jobs will there be by 2030?",
]


def simulate(url: str, days: int = 14, asked: int = 160, seed: int = 7) -> None:
    from bot.chain import Runtime, answer
    from bot.config import Settings
    from bot.office.feedback import FeedbackRecord, FeedbackStore
    from bot.office.questionlog import entry_for

    settings = Settings()
    runtime = Runtime(settings)
    store = FeedbackStore(url)
    rng = random.Random(seed)
    answers = {q: answer(q, [], settings, runtime=runtime) for q in QUESTIONS}
    start = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=days)
    for _ in range(asked):
        question = rng.choice(QUESTIONS)
        when = start + timedelta(
            days=rng.randrange(days),
            hours=rng.choice([8, 10, 11, 13, 14, 15, 16, 19, 21, 23, 1]),
            minutes=rng.randrange(60),
        )
        result = answers[question]
        store.questions.add(replace(entry_for(question, result), created_at=when))
        if rng.random() < 0.2:
            verdict = "up" if (not result.refused and rng.random() < 0.8) else "down"
            store.add(FeedbackRecord(verdict, question, result.text, created_at=when))
    store.close()


def screenshot(html: Path, png: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        page.goto(html.as_uri())
        page.screenshot(path=str(png), full_page=True)
        browser.close()


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'demo.db'}"
        simulate(url)
        out = Path(tmp) / "insights"
        subprocess.run(
            [sys.executable, "-m", "eval", "insights", "--out", str(out), "--feedback-url", url],
            cwd=REPO,
            check=True,
            env={**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"},
        )
        screenshot(out / "insights.html", REPO / "docs" / "insights.png")
        (REPO / "docs" / "insights.json").write_text((out / "insights.json").read_text())
    print("wrote docs/insights.png and docs/insights.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
