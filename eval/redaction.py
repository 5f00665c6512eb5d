"""python -m eval redaction: the redactor's recall on a labelled set and its false hits on the corpus.

Reads ``eval/suites/redaction.jsonl`` (one case per line: ``text``, ``split``
dev|test, ``pii``: the e-mails, phones and student IDs in it) and every
``corpus/*.md``. Prints, per split:

- recall: labelled values that no longer appear in the redacted text;
- false hits on clean questions: placeholders in a case labelled with no personal data;
- false hits on the corpus: placeholders put into the guide's own text (must be 0:
  salaries, ranges, percentages and years are not personal data),
  and the corpus figures (numbers with $, %, commas) that did not survive.

The split was fixed when the set was written, before the redactor existed:
rules are tuned on dev; test is reported as it falls. ``--gate`` exits 1 when
test recall is under 0.95 or any corpus false hit remains.
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SUITE = REPO / "eval" / "suites" / "redaction.jsonl"
CORPUS = REPO / "corpus"
FIGURE = re.compile(r"\$?\d[\d,]*(?:\.\d+)?%?(?:\s*[-–]\s*\$?\d[\d,]*(?:\.\d+)?%?)?")
PLACEHOLDER = re.compile(r"\[(?:EMAIL|PHONE|STUDENT_ID)\]")
MIN_RECALL = 0.95


@dataclass
class SplitScore:
    found: int = 0
    labelled: int = 0
    clean_cases: int = 0
    clean_false_hits: int = 0
    missed: list[dict[str, str]] = field(default_factory=list)
    by_kind: dict[str, list[int]] = field(default_factory=dict)

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 1.0


def load_suite(path: Path = SUITE) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score_cases(cases: list[dict[str, Any]]) -> dict[str, SplitScore]:
    """Recall and clean-case false hits, per split."""
    from bot.office.redact import redact

    scores: dict[str, SplitScore] = {}
    for case in cases:
        score = scores.setdefault(case["split"], SplitScore())
        out = redact(case["text"])
        if not case["pii"]:
            score.clean_cases += 1
            score.clean_false_hits += len(PLACEHOLDER.findall(out))
        for pii in case["pii"]:
            caught = pii["value"] not in out
            score.labelled += 1
            score.found += caught
            kind = score.by_kind.setdefault(pii["kind"], [0, 0])
            kind[0] += caught
            kind[1] += 1
            if not caught:
                score.missed.append({"id": case["id"], "kind": pii["kind"], "value": pii["value"], "output": out})
    return scores


@dataclass
class CorpusScore:
    files: int
    figures: int
    false_hits: list[str]
    lost_figures: list[str]


def score_corpus(corpus_dir: Path = CORPUS) -> CorpusScore:
    """Placeholders the redactor puts into the corpus, and corpus figures it changes (both must be 0)."""
    from bot.office.redact import find, redact

    files, figures, false_hits, lost = 0, 0, [], []
    for path in sorted(corpus_dir.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        files += 1
        false_hits += [f"{path.name}: {text[h.start : h.end]!r} -> {h.placeholder}" for h in find(text)]
        out = redact(text)
        for figure in FIGURE.findall(text):
            figures += 1
            if figure not in out:
                lost.append(f"{path.name}: {figure}")
    return CorpusScore(files, figures, false_hits, lost)


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "redaction",
        help="redactor recall (labelled set) and false hits (corpus figures)",
        description=__doc__.splitlines()[0],
    )
    parser.add_argument("--suite", type=Path, default=SUITE, help="labelled JSONL set")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of corpus *.md files")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all", help="which split's misses to list")
    parser.add_argument(
        "--gate", action="store_true", help=f"exit 1 if test recall < {MIN_RECALL} or any corpus false hit"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    scores = score_cases(load_suite(args.suite))
    corpus = score_corpus(args.corpus)
    for split in ("dev", "test"):
        s = scores.get(split, SplitScore())
        kinds = ", ".join(f"{k} {f}/{n}" for k, (f, n) in sorted(s.by_kind.items()))
        print(
            f"{split:4s}  recall {s.recall:.3f} ({s.found}/{s.labelled}: {kinds})  "
            f"false hits on clean questions {s.clean_false_hits} in {s.clean_cases}"
        )
        if args.split in (split, "all"):
            for miss in s.missed:
                print(f"      missed {miss['kind']} {miss['value']!r} in {miss['id']}: {miss['output']!r}")
    print(
        f"corpus  false hits {len(corpus.false_hits)} in {corpus.files} file(s); "
        f"figures kept {corpus.figures - len(corpus.lost_figures)}/{corpus.figures}"
    )
    for line in corpus.false_hits + corpus.lost_figures:
        print(f"      {line}")
    test = scores.get("test", SplitScore())
    if args.gate and (test.recall < MIN_RECALL or corpus.false_hits or corpus.lost_figures):
        return 1
    return 0
