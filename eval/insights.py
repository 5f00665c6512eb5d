"""python -m eval insights --out DIR: what students ask, as DIR/insights.html and DIR/insights.json.

Reads the question log and the feedback store named by the settings (SQLite
under the data dir, or ``CAREERBOT_FEEDBACK_URL``), groups the unanswered
questions with the packaged embedding model (bot.retrieval.embed.Embedder), and
writes the page the careers office reads (bot/office/insights_html.py) plus the same
figures as JSON. A progress bar follows the slow part (embedding). The same
page is served at /admin/insights when CAREERBOT_ADMIN_TOKEN is set.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

EMBED_BATCH = 64


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "insights",
        help="write insights.html and insights.json for the careers office",
        description=__doc__.splitlines()[0],
    )
    parser.add_argument("--out", type=Path, required=True, help="folder to write insights.html and insights.json into")
    parser.add_argument("--feedback-url", default=None, help="SQLAlchemy URL of the store (default: from settings)")
    parser.add_argument(
        "--timezone", default=None, help="office time zone for after-hours (default: CAREERBOT_OFFICE_TIMEZONE)"
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.set_defaults(func=run)


def progress_embed(embedder: Any, show: bool):
    """An ``embed(texts)`` that embeds in batches behind a tqdm bar."""
    from tqdm import tqdm

    def embed(texts: list[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        with tqdm(total=len(texts), desc="embedding unanswered questions", unit="q", disable=not show) as bar:
            for start in range(0, len(texts), EMBED_BATCH):
                batch = texts[start : start + EMBED_BATCH]
                vectors.extend(embedder.embed(batch))
                bar.update(len(batch))
        return vectors

    return embed


def write(out: Path, insights: Any) -> tuple[Path, Path]:
    from bot.office.insights_html import render

    out.mkdir(parents=True, exist_ok=True)
    html, data = out / "insights.html", out / "insights.json"
    html.write_text(render(insights), encoding="utf-8")
    data.write_text(json.dumps(insights.to_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return html, data


def run(args: argparse.Namespace) -> int:
    from bot.config import Settings
    from bot.errors import BadInput
    from bot.office.feedback import FeedbackStore
    from bot.office.insights import build
    from bot.retrieval.embed import Embedder

    settings = Settings()
    timezone = args.timezone or settings.office_timezone
    try:
        Settings(office_timezone=timezone)
    except ValueError as exc:
        raise BadInput(
            f"--timezone {timezone!r} is not a known time zone (e.g. America/New_York, Europe/London, UTC)"
        ) from exc
    store = FeedbackStore(args.feedback_url or settings.feedback_db_url)
    try:
        entries, votes = store.questions.entries(), store.records()
    finally:
        store.close()
    insights = build(entries, votes, progress_embed(Embedder(), not args.no_progress), timezone)
    html, data = write(args.out, insights)
    t = insights.totals
    print(
        f"{t['questions']} question(s): {t['answered']} answered, {t['refused']} refused, {t['fallback']} fallback; "
        f"{len(insights.unanswered_groups)} group(s) of unanswered questions; {t['votes']} vote(s)"
    )
    print(f"wrote {html} and {data}")
    return 0
