"""Scores of the offline harness: pure functions over plain values.

Owns every number ``python -m eval run`` reports: retrieval hit@k and MRR
against expected section prefixes, fact recall, refusal precision/recall/
accuracy, answer-first (the first sentence states an expected figure or
name), faithfulness, unsupported figures shown, citation precision,
latency percentiles, per-case failure reasons and the gates; and issue 26's
measures over a corpus of many documents: the right row first (superlative
and row-lookup cases), scope-first violations (a figure first where the case
must refuse), the wrong document first (the first figure cited from another
document than the case's), the model's NOT COVERED to an answerable case,
and the evidence step's p95. Nothing here
runs a model or reads a file; eval/run.py gathers the values and calls these.

Shortcuts it takes: a section matches an expected one when it starts with it,
case-insensitively (so "Salary Ranges" matches "Salary Ranges (US Market,
2024) > AI Researcher Salaries"). A case whose expectation is empty or null
is left out of the score that needs it (``None``), never counted as a pass.
Number normalisation is bot.numbers' (the one parser), not a copy.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from bot.numbers import fact_in_text, parse_numbers
from bot.types import Kind, Reason

_CITATION_RE = re.compile(r"\[\d+(?:\s*,\s*\d+)*\]")
_LIST_MARK_RE = re.compile(r"^\s*(?:\d+[.)]|[-*•])\s+", re.MULTILINE)


# --- retrieval ---------------------------------------------------------------


def section_matches(section: str, expected: Sequence[str]) -> bool:
    """``section`` starts with one of the ``expected`` prefixes (case-insensitive)."""
    s = section.strip().lower()
    return any(s.startswith(e.strip().lower()) for e in expected if e.strip())


def hit_at_k(sections: Sequence[str], expected: Sequence[str], k: int | None = None) -> bool | None:
    """Whether one of the first ``k`` retrieved sections matches; None when nothing is expected."""
    if not expected:
        return None
    top = sections if k is None else sections[:k]
    return any(section_matches(s, expected) for s in top)


def reciprocal_rank(sections: Sequence[str], expected: Sequence[str]) -> float | None:
    """1/rank of the first matching section (0.0 when none matches); None when nothing is expected."""
    if not expected:
        return None
    for rank, section in enumerate(sections, start=1):
        if section_matches(section, expected):
            return 1.0 / rank
    return 0.0


# --- answers -----------------------------------------------------------------


def missing_facts(facts: Sequence[str], answer: str) -> list[str]:
    """The expected facts ``answer`` does not state (numbers normalised by bot.numbers)."""
    return [f for f in facts if not fact_in_text(f, answer)]


def fact_recall(facts: Sequence[str], answer: str) -> float | None:
    """Share of expected facts the answer states; None when no facts are expected."""
    if not facts:
        return None
    return 1.0 - len(missing_facts(facts, answer)) / len(facts)


_FIRST_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z$\[])|\n")


def first_sentence(answer: str) -> str:
    """The first sentence a reader sees: up to the first sentence end or line break, citation markers dropped."""
    for piece in _FIRST_SENTENCE_END.split(strip_markers(answer).strip()):
        if piece.strip():
            return piece.strip()
    return ""


def is_figure_or_name(fact: str) -> bool:
    """A fact that is a figure ("204,655") or a name ("PhD", "Research Intern"), not a common phrase ("internships")."""
    return bool(parse_numbers(fact)) or fact[:1].isupper()


def answer_first(facts: Sequence[str], answer: str, refuse: bool | None = False) -> bool | None:
    """Whether the answer's first sentence states one of the expected figures or names.

    None (not scored) for a case that may or must refuse, or that expects no figure or name.
    """
    wanted = [f for f in facts if is_figure_or_name(f)]
    if refuse is not False or not wanted:
        return None
    first = first_sentence(answer)
    return any(fact_in_text(f, first) for f in wanted)


def refusal_ok(expected: bool | None, refused: bool) -> bool | None:
    """Whether the refusal decision is right; None when either is acceptable."""
    return None if expected is None else expected == refused


def refusal_scores(pairs: Iterable[tuple[bool | None, bool]]) -> dict[str, float | None]:
    """Precision, recall and accuracy of refusing, over (expected, refused) pairs with a definite expectation.

    Precision: of the refusals, the share that should refuse. Recall: of the
    cases that should refuse, the share refused. Accuracy: share decided right.
    """
    definite = [(e, r) for e, r in pairs if e is not None]
    tp = sum(1 for e, r in definite if e and r)
    refused = sum(1 for _, r in definite if r)
    should = sum(1 for e, _ in definite if e)
    right = sum(1 for e, r in definite if e == r)
    return {
        "refusal_precision": _ratio(tp, refused),
        "refusal_recall": _ratio(tp, should),
        "refusal_accuracy": _ratio(right, len(definite)),
    }


def strip_markers(text: str) -> str:
    """``text`` without [n] citation markers and list enumerators, so they are not read as figures."""
    return _LIST_MARK_RE.sub("", _CITATION_RE.sub("", text))


def figures(text: str) -> list[str]:
    """The figures ``text`` shows a reader (citation markers and list numbers are not figures)."""
    return [q.text for q in parse_numbers(strip_markers(text))]


def unsupported_figures(verdicts: Sequence[tuple[str, bool]]) -> list[str]:
    """Figures shown in sentences the verifier did not support, from (sentence, supported) pairs.

    Conservative on purpose: every figure in an unsupported sentence counts,
    whichever check failed, because that is what a reader sees.
    """
    return [f for sentence, supported in verdicts if not supported for f in figures(sentence)]


def figures_not_in(text: str, source: str) -> list[str]:
    """Figures in ``text`` that ``source`` never states (for replies with nothing to verify against)."""
    return [f for f in figures(text) if not fact_in_text(f, source)]


def shown_forbidden(forbidden: Sequence[str], answer: str) -> list[str]:
    """Forbidden facts (a false premise's figure, an injected claim) that the answer repeats."""
    return [f for f in forbidden if fact_in_text(f, strip_markers(answer))]


def faithfulness(supported: Sequence[bool]) -> float | None:
    """Share of sentences the verifier supports; None for an answer with no sentence to verify."""
    return _ratio(sum(supported), len(supported))


def _ratio(num: float, den: float) -> float | None:
    return None if den == 0 else num / den


# --- aggregation -------------------------------------------------------------


def mean(values: Iterable[float | bool | None]) -> float | None:
    """Mean of the values that are not None; None when there are none."""
    kept = [float(v) for v in values if v is not None]
    return sum(kept) / len(kept) if kept else None


def percentile(values: Sequence[float], q: float) -> float | None:
    """The ``q``-th percentile (0-100) with linear interpolation; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100.0
    lo, hi = math.floor(pos), math.ceil(pos)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def latency_summary(timings: Sequence[Mapping[str, float]]) -> dict[str, dict[str, float | None]]:
    """p50 and p95 of every timing step (condense_ms, retrieve_ms, ..., total_ms)."""
    steps = list(dict.fromkeys(k for t in timings for k in t))
    return {
        s: {
            "p50": percentile([t[s] for t in timings if s in t], 50),
            "p95": percentile([t[s] for t in timings if s in t], 95),
        }
        for s in steps
    }


def case_failures(scores: Mapping[str, object]) -> list[str]:
    """Why one case fails, from its scores (see eval/run.py's ``score_case``); empty when it passes."""
    reasons: list[str] = []
    if scores.get("refusal_ok") is False:
        reasons.append("wrong refusal decision")
    if scores.get("missing_facts"):
        reasons.append("missing facts: " + ", ".join(map(str, scores["missing_facts"])))  # type: ignore[arg-type]
    if scores.get("unsupported_figures"):
        reasons.append("unsupported figures shown: " + ", ".join(map(str, scores["unsupported_figures"])))  # type: ignore[arg-type]
    unsupported = int(scores.get("sentences") or 0) - int(scores.get("supported") or 0)  # type: ignore[call-overload]
    if unsupported > 0:
        reasons.append(f"{unsupported} sentence(s) the verifier does not support")
    if scores.get("forbidden_shown"):
        reasons.append("repeated a false claim: " + ", ".join(map(str, scores["forbidden_shown"])))  # type: ignore[arg-type]
    if scores.get("hit") is False:
        reasons.append("retrieval missed the expected sections")
    return reasons


# --- gates -------------------------------------------------------------------


@dataclass(frozen=True)
class Gate:
    """A threshold on one summary metric: ``min`` fails below it, ``max`` fails above it."""

    metric: str
    threshold: float
    kind: Literal["min", "max"] = "min"


@dataclass(frozen=True)
class GateResult:
    gate: Gate
    value: float | None
    passed: bool


def check_gates(metrics: Mapping[str, float | None], gates: Sequence[Gate]) -> list[GateResult]:
    """Each gate against the metrics; a metric that was not measured (None) fails its gate."""
    results = []
    for g in gates:
        value = metrics.get(g.metric)
        if value is None:
            passed = False
        elif g.kind == "min":
            passed = value >= g.threshold
        else:
            passed = value <= g.threshold
        results.append(GateResult(g, value, passed))
    return results


# --- one case ----------------------------------------------------------------


@dataclass(frozen=True)
class Expect:
    """What a golden case expects: facts any correct answer states, the refusal decision, section prefixes."""

    facts: tuple[str, ...] = ()
    refuse: bool | None = None
    sections: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()


@dataclass(frozen=True)
class Outcome:
    """What one bot.answer call produced, reduced to plain values for scoring.

    ``verdicts`` are (sentence, supported) pairs; ``verified`` is False for a
    refusal with nothing to verify against, whose figures are then checked
    against ``corpus`` instead. ``citation_support`` holds one flag per
    (sentence, cited passage) pair: does that passage support that sentence.
    """

    text: str
    refused: bool
    passage_sections: tuple[str, ...] = ()
    verdicts: tuple[tuple[str, bool], ...] = ()
    citation_support: tuple[bool, ...] = ()
    verified: bool = True
    corpus: str = ""
    fallback: str | None = None
    kind: Kind = Kind.ANSWERED
    reason: Reason | None = None
    citation_sources: tuple[tuple[int, str], ...] = ()  # (n, source file) of each citation


def score_case(expect: Expect, out: Outcome, k: int | None = None) -> dict[str, object]:
    """Every per-case score, plus ``failures`` (why the case fails; empty when it passes)."""
    supported = [s for _, s in out.verdicts]
    shown = unsupported_figures(out.verdicts) if out.verified else figures_not_in(out.text, out.corpus)
    scores: dict[str, object] = {
        "hit": hit_at_k(out.passage_sections, expect.sections, k),
        "rr": reciprocal_rank(out.passage_sections, expect.sections),
        "fact_recall": fact_recall(expect.facts, out.text),
        "answer_first": answer_first(expect.facts, out.text, expect.refuse),
        "missing_facts": missing_facts(expect.facts, out.text),
        "refusal_ok": refusal_ok(expect.refuse, out.refused),
        "sentences": len(supported),
        "supported": sum(supported),
        "faithfulness": faithfulness(supported),
        "unsupported_figures": shown,
        "forbidden_shown": shown_forbidden(expect.forbidden, out.text),
        "citation_pairs": len(out.citation_support),
        "citation_supported": sum(out.citation_support),
        "fallback": out.fallback is not None,
    }
    scores["failures"] = case_failures(scores)
    return scores


def aggregate(cases: Sequence[tuple[Expect, bool, Mapping[str, object]]]) -> dict[str, float | int | None]:
    """Suite-level metrics from (expect, refused, scores) triples.

    Faithfulness and citation precision are pooled over sentences / pairs
    (each sentence weighs the same); fact recall and retrieval are means over
    the cases that expect something.
    """
    scores = [s for _, _, s in cases]
    sentences = sum(int(s["sentences"]) for s in scores)  # type: ignore[call-overload]
    pairs = sum(int(s["citation_pairs"]) for s in scores)  # type: ignore[call-overload]
    return {
        "n": len(cases),
        "passed": sum(1 for s in scores if not s["failures"]),
        "hit_at_k": mean(s["hit"] for s in scores),  # type: ignore[misc]
        "mrr": mean(s["rr"] for s in scores),  # type: ignore[misc]
        "fact_recall": mean(s["fact_recall"] for s in scores),  # type: ignore[misc]
        "answer_first": mean(s.get("answer_first") for s in scores),  # type: ignore[misc]
        **refusal_scores((e.refuse, refused) for e, refused, _ in cases),
        "faithfulness": _ratio(sum(int(s["supported"]) for s in scores), sentences),  # type: ignore[call-overload]
        "unsupported_figures": sum(len(s["unsupported_figures"]) for s in scores),  # type: ignore[arg-type]
        "forbidden_shown": sum(len(s["forbidden_shown"]) for s in scores),  # type: ignore[arg-type]
        "citation_precision": _ratio(sum(int(s["citation_supported"]) for s in scores), pairs),  # type: ignore[call-overload]
        "fallbacks": sum(1 for s in scores if s.get("fallback")),
        "right_row_first": mean(s.get("right_row_first") for s in scores),  # type: ignore[misc]
        "scope_first_violations": sum(1 for s in scores if s.get("scope_first_violation")),
        "wrong_document_first": sum(1 for s in scores if s.get("wrong_document_first")),
        "model_not_covered_rate": mean(s.get("model_not_covered") for s in scores),  # type: ignore[misc]
    }


# --- issue 26: the right line, from the right document, in the right scope ----------

ROW_CATEGORIES = frozenset({"superlative", "row_lookup"})
_MONEY_SIGN_RE = re.compile(r"(?:A\$|C\$|NZ\$|[£€$₹])\s?\d")
_MARKER_NUMBER_RE = re.compile(r"\d+")


def first_line(answer: str) -> str:
    """The answer's first non-empty line, as written (citation markers kept)."""
    return next((line.strip() for line in answer.splitlines() if line.strip()), "")


def money_start(line: str) -> int | None:
    """Where the first money figure of ``line`` starts ("£28,900", "€4,100", "A$95,000", "$1.2m"); None when none."""
    starts = [q.start for q in parse_numbers(line) if q.kind == "money"]
    starts += [m.start() for m in _MONEY_SIGN_RE.finditer(line)]
    return min(starts, default=None)


def right_row_first(facts: Sequence[str], answer: str, category: str) -> bool | None:
    """Whether a superlative or row-lookup case's first sentence states its first expected fact (the row's figure
    or name); None for other categories and for a case that expects no fact."""
    if category not in ROW_CATEGORIES or not facts:
        return None
    return fact_in_text(facts[0], first_sentence(answer))


def scope_first_violation(refuse: bool | None, refused: bool, answer: str) -> bool | None:
    """A case that must refuse (a place, year or job no document covers), answered, with a money figure in its
    first line: another place's, year's or job's figure read as the one asked for. None unless the case must
    refuse."""
    if refuse is not True:
        return None
    return not refused and money_start(first_line(answer)) is not None


def figure_citations(line: str) -> tuple[int, ...]:
    """The [n] that cites the first money figure of ``line``: the first marker after it, else the last before it;
    () when the line has no money figure or no marker."""
    start = money_start(line)
    markers = list(_CITATION_RE.finditer(line))
    if start is None or not markers:
        return ()
    after = [m for m in markers if m.start() >= start]
    marker = after[0] if after else markers[-1]
    return tuple(int(n) for n in _MARKER_NUMBER_RE.findall(marker.group()))


def wrong_document_first(
    refuse: bool | None, doc: str, answer: str, sources: Mapping[int, str] | Sequence[tuple[int, str]]
) -> bool | None:
    """Whether an answerable case's first money figure is cited from a passage of another document than ``doc``
    (the file that answers the case; a source matches when it ends with it). None when the case may or must
    refuse, names no document, or its first line has no cited money figure."""
    cited = figure_citations(first_line(answer))
    if refuse is not False or not doc or not cited:
        return None
    by_n = dict(sources)
    return not any(by_n.get(n, "").endswith(doc) for n in cited)


def model_not_covered(refuse: bool | None, kind: Kind, reason: Reason | None) -> bool | None:
    """Whether the model said NOT COVERED to an answerable case though the passages answer it (the chain then adds
    nothing below the evidence: ``Reason.NO_ANSWER``); None for a case that may or must refuse."""
    if refuse is not False:
        return None
    return reason is Reason.NO_ANSWER


def measure_scores(expect: Expect, out: Outcome, *, category: str, doc: str) -> dict[str, bool | None]:
    """Issue 26's per-case measures (``aggregate`` counts or averages them)."""
    return {
        "right_row_first": right_row_first(expect.facts, out.text, category),
        "scope_first_violation": scope_first_violation(expect.refuse, out.refused, out.text),
        "wrong_document_first": wrong_document_first(expect.refuse, doc, out.text, out.citation_sources),
        "model_not_covered": model_not_covered(expect.refuse, out.kind, out.reason),
    }


def evidence_ms(timings: Mapping[str, float]) -> float:
    """The evidence step of one answer: reading the question (condense), retrieval, and the evidence ranking
    (``evidence_ms`` where the chain times it; 0 where it does not)."""
    return sum(float(timings.get(k) or 0.0) for k in ("condense_ms", "retrieve_ms", "evidence_ms"))


def evidence_ms_p95(timings: Sequence[Mapping[str, float]]) -> float | None:
    """p95 of ``evidence_ms`` over the answers; None for no answers."""
    return percentile([evidence_ms(t) for t in timings], 95)
