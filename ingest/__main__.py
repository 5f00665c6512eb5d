"""python -m ingest [--rebuild]: load corpus/, chunk it, embed what changed, sync Chroma, print a one-line summary.

Errors print one actionable line (no traceback) and exit 2.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys


def run(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ingest", description="Chunk and embed the corpus into Chroma (idempotent).")
    parser.add_argument("--rebuild", action="store_true", help="start from an empty index")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)

    from bot.config import Settings
    from bot.errors import CareerbotError
    from ingest.pipeline import ingest

    settings = Settings()
    logging.basicConfig(level=settings.log_level, format="%(levelname)s %(name)s: %(message)s")
    try:
        summary, warnings = ingest(settings, rebuild=args.rebuild, show_progress=not args.quiet)
    except CareerbotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(summary.line())
    return 0


if __name__ == "__main__":
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    raise SystemExit(run())
