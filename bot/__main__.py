"""python -m bot ask "QUESTION" [--history FILE.json] [--engine local|openai|extractive] [--json]
python -m bot doctor [--install-missing] [--venv DIR]

`ask` prints the answer (streamed) and its sources, or with --json the Outcome in
the documented schema. Errors print one actionable line and exit 2.
`doctor` checks the machine (bot.doctor); it imports nothing outside the
standard library unless the venv is there, so the system python3 can run it.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path


def _history(path: str | None) -> list:
    from bot.errors import BadInput

    if not path:
        return []
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BadInput(
            f'Cannot read history file {path}: {exc}. It must be a JSON list of {{"role", "content"}} objects'
        ) from exc


def _print_sources(answer) -> None:
    if answer.citations:
        print("\nSources:")
    for c in answer.citations:
        print(f"  [{c.n}] {c.source} — {c.section}")
        for line in c.text.splitlines():
            print(f"      {line}")


def _warm_up(runtime) -> None:
    """Load the index and the model before answering, with a progress bar, so the timings measure the answer."""
    from tqdm import tqdm

    with tqdm(total=100, desc="loading", unit="%", leave=False, disable=runtime.engine.ready()) as bar:

        def progress(fraction: float, message: str) -> None:
            bar.set_postfix_str(message[:40])
            bar.update(max(0, int(fraction * 100) - bar.n))

        runtime.warm_up(progress)


def ask(args: argparse.Namespace) -> int:
    from bot.chain import Runtime, stream_answer
    from bot.config import Settings
    from bot.types import Outcome, QueueStatus

    overrides = {"engine": args.engine} if args.engine else {}
    settings = Settings().model_copy(update=overrides)
    logging.basicConfig(
        level=os.environ.get("CAREERBOT_LOG_LEVEL", "WARNING") if not args.verbose else "INFO",
        format="%(levelname)s %(name)s: %(message)s",
    )
    from bot.office.redact import install_log_redaction

    install_log_redaction()
    runtime = Runtime(settings)
    _warm_up(runtime)
    final = None
    for item in stream_answer(args.question, _history(args.history), settings, runtime=runtime):
        if isinstance(item, Outcome):
            final = item
        elif isinstance(item, QueueStatus):
            print(
                f"(waiting: number {item.position} in the queue, about {item.expected_wait:.0f} s)",
                file=sys.stderr,
                flush=True,
            )
        elif not args.json:
            print(item, end="", flush=True)  # verified units only; together they are exactly the final text
    assert final is not None
    if args.json:
        print(json.dumps(final.to_json(), indent=2, ensure_ascii=False))
        return 0
    print()
    _print_sources(final)
    return 0


def doctor(args: argparse.Namespace) -> int:
    from bot import doctor as checks

    return checks.main(venv=args.venv, install_missing=args.install_missing)


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    parser = argparse.ArgumentParser(prog="python -m bot", description="careerbot from the command line")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("ask", help="answer one question")
    p.add_argument("question")
    p.add_argument("--history", help='JSON file: a list of {"role": "user"|"assistant", "content": ...}')
    p.add_argument("--engine", choices=["local", "openai", "extractive"])
    p.add_argument("--json", action="store_true", help="print the Answer as JSON")
    p.add_argument("--verbose", action="store_true", help="log each step (guard removals included)")
    p.set_defaults(func=ask)
    d = sub.add_parser("doctor", help="check this machine for `make run` and `make test`, one line per check")
    d.add_argument(
        "--install-missing",
        action="store_true",
        help="install the Debian packages the tests use (apt-get as root, else sudo) or stop with the command to run",
    )
    d.add_argument("--venv", type=Path, default=Path(".venv"), help="the venv `make` builds (default .venv)")
    d.set_defaults(func=doctor)
    args = parser.parse_args(argv)
    from bot.errors import CareerbotError

    try:
        return args.func(args)
    except CareerbotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
