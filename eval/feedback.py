"""python -m eval feedback-export: thumbs-down answers -> suite cases for a person to label.

Reads the feedback store named by the settings (SQLite under the data dir, or
``CAREERBOT_FEEDBACK_URL``) and writes one case per thumbs-down verdict, in the
suite format ``python -m eval run`` reads. The ``expect`` block is left open
(``refuse: null``, no facts, no sections) with ``needs_label: true``: a person
fills it in before the case joins a suite. What users saw and said is kept
under ``feedback`` to help them.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from bot.office.feedback import FeedbackRecord, FeedbackStore


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "feedback-export",
        help="write thumbs-down answers as suite cases (JSONL) for labelling",
        description=__doc__.splitlines()[0],
    )
    parser.add_argument("--out", type=Path, required=True, help="JSONL file to write")
    parser.add_argument("--feedback-url", default=None, help="SQLAlchemy URL of the store (default: from settings)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    url = args.feedback_url or _settings_url()
    store = FeedbackStore(url)
    try:
        cases = [to_case(record) for record in store.records(verdict="down")]
    finally:
        store.close()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        for case in cases:
            out.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} thumbs-down case(s) to {args.out}")
    return 0


def _settings_url() -> str:
    from bot.config import Settings

    return Settings().feedback_db_url


def to_case(record: FeedbackRecord) -> dict[str, Any]:
    """One thumbs-down verdict as an unlabelled suite case."""
    return {
        "id": f"feedback-{record.id}",
        "category": "feedback",
        "question": record.question,
        "history": [{"role": t["role"], "content": t["content"]} for t in record.history],
        "expect": {"facts": [], "refuse": None, "sections": []},
        "needs_label": True,
        "feedback": {
            "reason": record.reason,
            "answer": record.answer,
            "refused": record.refused,
            "citations": [{"n": c.get("n"), "section": c.get("section")} for c in record.citations],
            "removed": record.removed,
            "engine": record.engine,
            "created_at": record.created_at.isoformat() if record.created_at else None,
        },
    }
