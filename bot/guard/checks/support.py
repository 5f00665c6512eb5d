"""Support: words the cited passages do not have.

``causes`` catches a cause or reason added to a faithful statement ("accuracy degrades over time because
competitors copy the models", where the passage gives drift as the reason); ``support`` a sentence most of whose
content words are in none of its cited passages (made up, or about something else). Support is the guard's last
word: the pipeline asks it only when no other check found anything.

Example: with "Daily Work" / "- Tasks: Widget analysts clean and chart sales data for factory managers", "Widget
analysts usually work four-day weeks and enjoy unlimited vacation [1]" is dropped ("only 33% of its content words
are in [1] (missing: day, enjoy, four, unlimit)").
"""

from __future__ import annotations

import re

from bot.guard.passage import CitedPassage, Context, Sentence, in_spans
from bot.text import content_stems

# content-word precision below which a sentence is unsupported (dev: 0.40-0.55 all error-free; middle taken)
SUPPORT_THRESHOLD = 0.5
_CAUSE = re.compile(r"\b(?:due to|because(?: of)?|caused by|as a result of|owing to|thanks to|driven by)\s+", re.I)


def causes(s: Sentence, cited: list[CitedPassage], ctx: Context) -> list[str]:
    """ "... changes over time due to changes in training data": the stated cause must be in the passage."""
    out = []
    stems = frozenset().union(*(p.stems for p in cited))
    for m in _CAUSE.finditer(s.text):
        if in_spans(m.start(), s.scope_spans):
            continue
        tail = re.split(r"[.;:]|,\s", s.text[m.end() :], maxsplit=1)[0]
        words = content_stems(tail)
        if len(words) >= 2 and len(words & stems) / len(words) < 0.5:
            out.append(f"the cause '{m.group(0).strip()} {tail.strip()}' is not in {ctx.where}")
    return out


def support(s: Sentence, cited: list[CitedPassage], ctx: Context) -> list[str]:
    """At least half of the sentence's content words are in one cited passage."""
    words = content_stems(s.text)
    if len(words) < 2:
        return []
    best = max(len(words & p.stems) / len(words) for p in cited)
    if best >= SUPPORT_THRESHOLD:
        return []
    missing = sorted(words - max(cited, key=lambda p: len(words & p.stems)).stems)[:4]
    return [f"only {best:.0%} of its content words are in {ctx.where} (missing: {', '.join(missing)})"]
