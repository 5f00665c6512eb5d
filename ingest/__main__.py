"""python -m ingest [--rebuild]: load corpus/, chunk it, embed what changed, build a new index version, make it live.

Also the careers office's commands (bot/office/documents.py does the work):
  python -m ingest add FILE...     check each file, copy it into the corpus folder (replacing one of that name),
                                   re-index
  python -m ingest remove NAME     delete a document from the corpus folder, re-index
  python -m ingest rollback        make the previous index version live again
  python -m ingest list            each document: status and what careerbot read from it
  python -m ingest inspect FILE    what careerbot reads from one file (--json for a script)
  python -m ingest crawl URL...    keep the office's website in sync (a sitemap or pages; ingest/crawl.py), re-index
Errors print one actionable line (no traceback) and exit 2.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

COMMANDS = ("add", "remove", "rollback", "list", "inspect", "crawl")


def _ingest(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m ingest",
        description="Chunk and embed the corpus into Chroma (idempotent). "
        f"Commands: {', '.join(COMMANDS)} (python -m ingest COMMAND --help).",
    )
    parser.add_argument("--rebuild", action="store_true", help="start from an empty index")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.add_argument(
        "--progress-json", action="store_true", help="one JSON line per stage on stderr (for the documents page)"
    )
    args = parser.parse_args(argv)
    from ingest.pipeline import ingest

    def stage(name: str, done: int, total: int) -> None:
        print(json.dumps({"stage": name, "done": done, "total": total}), file=sys.stderr, flush=True)

    summary, warnings = ingest(
        _settings(), rebuild=args.rebuild, show_progress=not args.quiet, on_stage=stage if args.progress_json else None
    )
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(summary.line())
    if not args.quiet:
        _print_read(_settings())
    return 0


def _print_read(settings) -> None:
    """What careerbot read from each live document (its job, places, years, currency, pay period, table rows), so a
    careers office can check it: the answers' scope comes from these."""
    from bot.retrieval.store import read_pointer

    for source, read in sorted(read_pointer(settings).manifest.items()):
        if isinstance(read, dict):
            print("  " + _report_line(source.split("/")[-1], read))


def _settings():
    from bot.config import Settings

    settings = Settings()
    logging.basicConfig(level=settings.log_level, format="%(levelname)s %(name)s: %(message)s")
    return settings


def _office(settings):
    from bot.office.documents import DocumentOffice
    from bot.office.feedback import FeedbackStore
    from bot.retrieval.store import roll_back
    from ingest.pipeline import ingest, inspect

    def reindex(on_stage) -> str:
        summary, warnings = ingest(settings, show_progress=False, on_stage=on_stage)
        return "\n".join([*(f"warning: {w}" for w in warnings), summary.line()])

    return DocumentOffice(
        settings,
        FeedbackStore(settings.feedback_db_url),
        check=lambda p: inspect(p, settings),
        reindex=reindex,
        rollback_index=lambda: roll_back(settings),
    )


def _command(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m ingest")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("add", help="add or replace documents, then re-index").add_argument("files", nargs="+", type=Path)
    sub.add_parser("remove", help="delete a document, then re-index").add_argument("name")
    sub.add_parser("rollback", help="make the previous index version live")
    sub.add_parser("list", help="documents, their status and what careerbot read")
    inspect_parser = sub.add_parser("inspect", help="what careerbot reads from one file")
    inspect_parser.add_argument("file", type=Path)
    inspect_parser.add_argument("--json", action="store_true")
    crawl_parser = sub.add_parser("crawl", help="fetch a sitemap's (or the listed) pages into the corpus, re-index")
    crawl_parser.add_argument("urls", nargs="*", help="sitemap or page URLs (default: those of the last crawl)")
    crawl_parser.add_argument("--json", action="store_true", help="each page's status as JSON")
    args = parser.parse_args(argv)
    settings = _settings()
    if args.command == "crawl":
        return _crawl(settings, args.urls, args.json)
    if args.command == "inspect":
        from ingest.pipeline import inspect

        report = inspect(args.file, settings)
        print(json.dumps(report, ensure_ascii=False) if args.json else _report_line(args.file.name, report))
        return 0
    office = _office(settings)
    who = f"{os.environ.get('USER') or 'someone'} (command line)"
    if args.command == "add":
        for path in args.files:
            report = office.add(path.name, path.read_bytes(), who)
            print(_report_line(path.name, report))
    elif args.command == "remove":
        office.delete(args.name, who)
    elif args.command == "rollback":
        print(f"live version: {office.rollback(who) or 'the original index'}")
        return 0
    elif args.command == "list":
        for doc in office.listing():
            reason = f" ({doc['reason']})" if doc["reason"] else ""
            print(
                f"{doc['status']:<9} {_report_line(doc['name'], doc['read']) if doc['read'] else doc['name']}{reason}"
            )
        return 0
    job = office.start_reindex()
    job = office.wait()
    print(
        job.summary if job.stage == "live" else f"error: {job.error}",
        file=sys.stdout if job.stage == "live" else sys.stderr,
    )
    return 0 if job.stage == "live" else 2


def _crawl(settings, urls: list[str], as_json: bool) -> int:
    from dataclasses import asdict

    from ingest.crawl import STATE, crawl
    from ingest.pipeline import ingest

    if not urls:
        try:
            urls = json.loads((settings.data_dir / STATE).read_text(encoding="utf-8"))["sources"]
        except (OSError, ValueError, KeyError):
            urls = []
    report = crawl(settings, urls)
    summary, _ = ingest(settings, show_progress=False)
    if as_json:
        print(json.dumps({"pages": [asdict(p) for p in report.pages.values()], "index": asdict(summary)}))
    else:
        for page in report.pages.values():
            print(f"{page.status:<9} {page.url}" + (f" ({page.reason})" if page.reason else ""))
        print(report.line())
        print(summary.line())
    return 0


def _report_line(name: str, read: dict) -> str:
    parts = [
        f"{name}: {read.get('title') or '(no title)'}",
        f"job: {read.get('occupation') or '(none read)'}",
        f"{read.get('sections', 0)} sections",
        f"{read.get('tables', 0)} tables ({read.get('rows', 0)} rows read as records)",
        f"{read.get('chunks', 0)} chunks",
    ]
    for key in ("places", "years", "currency"):
        if read.get(key):
            parts.append(f"{key}: {', '.join(read[key][:8])}" + (" ..." if len(read[key]) > 8 else ""))
    parts.append(f"pay period: {read.get('period') or '(not stated)'}")
    return "; ".join(parts + [f"warning: {w}" for w in read.get("warnings", [])])


def run(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from bot.errors import CareerbotError

    try:
        return _command(argv) if argv and argv[0] in COMMANDS else _ingest(argv)
    except CareerbotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    raise SystemExit(run())
