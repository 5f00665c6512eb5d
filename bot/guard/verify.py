"""The faithfulness verifier and the runtime guard: units -> verdicts -> guard, pure functions, no model.

Owns ``verify`` (one verdict per unit of an answer), ``guard`` (the answer with unsupported units dropped),
``whose_figure`` (a figure that names nobody, read as the answer to a question), and ``CHECKS``, the order the named
checks run in. The pipeline:

1. units: the answer cut into sentences, bullets and table rows (bot/text.py); a unit citing different passages in
   different places ("X [1] and Y [2]") is checked part by part;
2. verdicts: each part prepared (bot/guard/passage.py; the scope it gives a cited passage's document, "Registered
   Nurse, UK 2024, ...", bound to no figure: bot/guard/documents.py) and checked against the passages it cites with
   [n] markers, or against all passages when it cites none, by every check of ``CHECKS`` (bot/guard/checks/):
   figures, names, comparisons, records (a table's figure said of its row, column, pay period, place and job; the
   row called the highest; an employer said to earn what it pays), lists, reversals; when none finds anything
   wrong, by support (the share of its content words in its best passage). The chain's own attribution line
   ('From <title>, <region> <year>, "<section>":' naming a passage's document and section) and a lead-in with no
   figure or name ("The closest figures the documents have:") claim nothing of their own;
3. guard: the unsupported units dropped (with a table whose rows all went); ``gutted`` when most substantive units
   went, so the caller falls back.

Scope and hand-off clauses ("The guide does not cover Freedonia; for Ruritania in 2031 it gives ...", "Initech is
not among the companies listed") are checked only outside their "not covered" part: a check that reads the claim's
own wording (a "not", an opposite word) is skipped for a unit with one. Knowledge of names, roles and lists comes
from the lexicon built at ingest (bot/retrieval/lexicon.py); the word lists of the checks are language only.

Shortcuts: regular expressions, not a parser; thresholds tuned on the judge suite's dev split
(``python -m eval judge --split dev``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.guard.checks import comparisons, figures, lists, names, records, reversals, scopes, support
from bot.guard.documents import is_source_line, without_document_scope
from bot.guard.passage import CitedPassage, Context, Sentence, outside_scope, parse_passages, prepare
from bot.numbers import parse_numbers
from bot.retrieval.lexicon import Lexicon
from bot.text import CITATION, Unit, citation_numbers, content_stems, fold_spaces, split_units
from bot.text import units as _units
from bot.types import Removed

Check = Callable[[Sentence, list[CitedPassage], Context], list[str]]

# The named checks, in the order their reasons are reported.
CHECKS: tuple[Check, ...] = (
    figures.numbers,  # every figure in the cited passages, said of the name, statistic and year they give it for
    names.entities,  # every name and job title in the cited passages
    comparisons.than,  # "more than", "above": the two sides' figures agree
    comparisons.bare,  # "Acme pays more": checkable, and agreeing with the figures
    comparisons.superlative,  # "pays the most": against every peer the passages name
    records.rows,  # a table's figure said of its row, its column and its pay period (bot/tables.py records)
    scopes.places_and_jobs,  # ... of its document's place and job
    scopes.employers,  # "Acme makes $X": an employer said to earn the salary it pays
    records.ranks,  # "Munich pays the most", "Munich's is higher": against the rows of its table
    lists.listed_items,  # "such as X and Y": each item in the cited passages
    reversals.direction,  # "less" where the closest line says "higher"
    lists.membership,  # an item the documents list under another label
    support.causes,  # "because ...": a cause the cited passages give
    reversals.reversal,  # "avoid" where the closest line says "should"
    reversals.negation,  # a "not" the closest line does not have
)
# Checks of the claim's own wording, skipped for a unit with a scope clause: there a "not" is the hand-off's.
PLAIN_ONLY: frozenset[Check] = frozenset({reversals.reversal, reversals.negation})
STRUCTURE = ("header", "separator", "heading")  # units that claim nothing


@dataclass(frozen=True)
class Verdict:
    """One sentence (or bullet, or table row) of an answer and whether its passages support it."""

    sentence: str
    cites: tuple[int, ...]
    supported: bool
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class GuardResult:
    """The answer with unsupported sentences dropped; ``gutted`` asks the caller to fall back."""

    text: str
    removed: list[Removed]
    verdicts: list[Verdict]
    gutted: bool


def split_sentences(text: str) -> list[str]:
    """The answer's units: sentences; each markdown bullet and table row is a unit of its own."""
    return split_units(text)


# --- public API ---------------------------------------------------------------


def verify(answer: str, passages: Sequence[str], lex: Lexicon) -> list[Verdict]:
    """One verdict per unit of ``answer``; ``passages[i]`` is passage [i+1]; ``lex``: the lexicon built at ingest
    (bot.retrieval.lexicon.load_lexicon), or one built from a text (``lexicon_from_text``)."""
    answer, passages = fold_spaces(answer), [fold_spaces(p) for p in passages]
    parsed = parse_passages(passages, lex)
    return [_verdict(u, parsed, lex, answer) for u in _units(answer)]


def guard(answer: str, passages: Sequence[str], lex: Lexicon) -> GuardResult:
    """``answer`` without its unsupported units; markdown structure kept, citations not renumbered.

    Cheap to call once per unit while streaming: the passages are parsed once and cached."""
    answer, passages = fold_spaces(answer), [fold_spaces(p) for p in passages]
    parsed = parse_passages(passages, lex)
    units = _units(answer)
    verdicts = [_verdict(u, parsed, lex, answer) for u in units]
    dropped = [u for u, v in zip(units, verdicts) if not v.supported]
    dropped += _orphaned_tables(units, verdicts)
    text = _remove(answer, dropped)
    substantive = [(u, v) for u, v in zip(units, verdicts) if _substantive(u, lex)]
    lost = sum(1 for _, v in substantive if not v.supported)
    kept = len(substantive) - lost
    gutted = kept == 0 or lost * 2 > len(substantive) if (lost or not substantive) else False
    removed = [Removed(v.sentence, "; ".join(v.reasons)) for v in verdicts if not v.supported]
    return GuardResult(text, removed, verdicts, gutted)


def whose_figure(unit: str, question: str, passages: Sequence[str], lex: Lexicon) -> str:
    """Why ``unit`` would mislead as the answer to ``question``: it names nobody, and the figure it gives is a named
    row's in the passages it cites ("Median salary: $66,500 [1]" is Globex's) while the question asks about no such
    name. Read as the answer, it puts one row's figure on what was asked. "" when nothing is wrong.

    A unit that names its subject, or a figure some unnamed line also gives ("Median salary: $61,000" for the whole
    job), passes; the guard's own checks cover the rest."""
    passages = [fold_spaces(p) for p in passages]
    parsed = parse_passages(passages, lex)
    said = content_stems(f"{question} {unit}")  # the row may be named by any of its cells ("Junior Data Analyst")
    claims = (c for u in _units(fold_spaces(unit)) if u.kind not in STRUCTURE for c in _claims(u, parsed, lex))
    return next((reason for s, cited, _ in claims if (reason := names.unnamed_figure(s, cited, said))), "")


def reasons_of(check: Check, unit: str, passages: Sequence[str], lex: Lexicon) -> list[str]:
    """What one check says of the first unit of ``unit``, its citations read as ``verify`` reads them: a check
    tried alone (its tests; a reason to trace)."""
    passages = [fold_spaces(p) for p in passages]
    claims = _claims(_units(fold_spaces(unit))[0], parse_passages(passages, lex), lex)
    return [r for s, cited, ctx in claims if cited for r in check(s, cited, ctx)]


# --- units -> verdicts --------------------------------------------------------


def _lead_in(unit: Unit, lex: Lexicon) -> bool:
    """ "The closest figures the documents have:": a line that only introduces what follows, with no figure and no
    name of its own, claims nothing the lines under it do not."""
    text = unit.text.strip()
    return text.endswith(":") and not parse_numbers(text) and not lex.find(text, unknown=False)


def _verdict(unit: Unit, passages: list[CitedPassage], lex: Lexicon, answer: str = "") -> Verdict:
    cites = tuple(n for m in CITATION.finditer(unit.text) for n in citation_numbers(m.group(1)))
    bad = [n for n in cites if not 1 <= n <= len(passages)]
    if bad:  # (a heading too: "# [0]")
        return Verdict(unit.text, cites, False, (f"cites [{bad[0]}], which is not among the {len(passages)} passages",))
    if unit.kind in STRUCTURE or (not cites and (is_source_line(unit.text, passages) or _lead_in(unit, lex))):
        return Verdict(unit.text, cites, True, ())
    reasons = [r for s, cited, ctx in _claims(unit, passages, lex, answer) for r in _reasons(s, cited, ctx)]
    return Verdict(unit.text, cites, not reasons, tuple(reasons))


Claim = tuple[Sentence, list[CitedPassage], Context]  # a part of a unit, the passages it cites, what checks know


def _claims(unit: Unit, passages: list[CitedPassage], lex: Lexicon, answer: str = "") -> list[Claim]:
    """Each part of ``unit`` prepared, with the passages it cites (all of them when it cites none); the scope of a
    cited passage's document said with it ("Registered Nurse, UK 2024, ...") is no figure or name of its own."""
    out = []
    for part, part_cites in _cited_parts(unit):
        cited = [p for p in passages if p.n in part_cites] if part_cites else passages
        some = len(cited) < len(passages) or len(cited) == 1
        where = "[" + "], [".join(str(p.n) for p in cited) + "]" if some else "the passages"
        ctx = Context(lex, passages, where, answer)
        out.append((without_document_scope(prepare(part, lex), cited, ctx), cited, ctx))
    return out


def _reasons(s: Sentence, cited: list[CitedPassage], ctx: Context) -> list[str]:
    """Every check's reasons, in ``CHECKS`` order; support's only when there are none."""
    if not content_stems(s.text) and not s.numbers:
        return []
    if not cited:
        return ["no passage to check it against"]
    reasons: list[str] = []
    for check in CHECKS:
        if not (s.scope_spans and check in PLAIN_ONLY):
            reasons += check(s, cited, ctx)
    if not reasons:
        reasons += support.support(outside_scope(s) if s.scope_spans else s, cited, ctx)
    return reasons


def _cited_parts(unit: Unit) -> list[tuple[Unit, tuple[int, ...]]]:
    """ "X [1] and Y [2]": each part is checked against its own passage. One part when the markers agree."""
    groups = list(CITATION.finditer(unit.text))
    sets = {tuple(citation_numbers(g.group(1))) for g in groups}
    if len(sets) <= 1 or unit.context:
        return [(unit, next(iter(sets), ()))]
    parts, start = [], 0
    for g in groups:
        ids = tuple(citation_numbers(g.group(1)))
        piece = unit.text[start : g.end()]
        parts.append((Unit(piece, unit.start + start, unit.start + g.end(), unit.kind, unit.line), ids))
        start = g.end()
    rest = unit.text[start:]
    if content_stems(rest) or parse_numbers(rest):
        last = parts[-1]
        parts[-1] = (Unit(last[0].text + rest, last[0].start, unit.end, unit.kind, unit.line), last[1])
    return parts


# --- verdicts -> guard ----------------------------------------------------------


def _substantive(unit: Unit, lex: Lexicon) -> bool:
    if unit.kind in STRUCTURE:
        return False
    s = prepare(unit, lex)
    if s.scope_spans and not content_stems(outside_scope(s).text):
        return False
    return bool(content_stems(s.text) or s.numbers)


def _orphaned_tables(units: list[Unit], verdicts: list[Verdict]) -> list[Unit]:
    """Header and separator rows of a table whose data rows were all dropped."""
    out = []
    for t in {u.table for u in units if u.table >= 0}:
        rows = [(u, v) for u, v in zip(units, verdicts) if u.table == t and u.kind == "row"]
        if rows and all(not v.supported for _, v in rows):
            out += [u for u in units if u.table == t and u.kind in ("header", "separator")]
    return out


def _remove(answer: str, dropped: list[Unit]) -> str:
    text = answer
    whole_lines = {u.line for u in dropped if u.kind in ("bullet", "row", "header", "separator")}
    for u in sorted((u for u in dropped if u.kind == "sentence"), key=lambda u: u.start, reverse=True):
        end = u.end
        while end < len(text) and text[end] in " \t":
            end += 1
        text = text[: u.start] + text[end:]
    lines = text.split("\n")
    kept = [line.rstrip() for i, line in enumerate(lines) if i not in whole_lines]
    out = "\n".join(kept)
    out = re.sub(r"\n{3,}", "\n\n", out)
    return out.strip()
