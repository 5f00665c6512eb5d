"""python -m eval {run,compare,judge,bench,feedback-export,redaction,insights}: one dispatcher,
each subcommand in its own module.

Each module exposes ``add_parser(subparsers)`` which registers its subcommand
and sets ``func`` to a callable taking the parsed args and returning an exit code.
Modules are imported here, not at package import, so ``import eval`` stays cheap.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

SUBCOMMANDS = ("run", "compare", "judge", "bench", "feedback", "redaction", "insights")


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    parser = argparse.ArgumentParser(prog="python -m eval", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in SUBCOMMANDS:
        try:
            module = importlib.import_module(f"eval.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"eval.{name}":
                raise
            continue
        module.add_parser(sub)
    args = parser.parse_args(argv)
    from bot.errors import CareerbotError

    try:
        return int(args.func(args) or 0)
    except CareerbotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
