"""What the model reads: the question's relevant lines of each passage, under their headings and scope.

Owns ``build_request`` (chat messages for an engine) and ``passage_context``
(the numbered passages block). A passage is cut into lines by ``bot.lines.read`` (bullets, with a
nested bullet's parent label, table rows and sentences of prose); each line is scored by
how many of the question's word stems it shares (its section path counts at
half weight), plus a bonus for naming the company asked about (or a job, in a comparison of two); a
bullet under a prose sentence ending in ":" also counts, at half weight, the question's stems that sentence
holds ("researchers face several challenges:" introduces the list of challenges, none of which says
"challenge"). The best lines are kept, one per list label first (the lines under one label say one thing;
the labels are a broad question's answer), then the rest by score, in document order, until ``budget`` (estimated
tokens, headings included) is used; each passage keeps its number [n] (= its place in ``passages``, which
is what citations resolve against), so a passage with no relevant line is
left out and the numbers can skip. Each document's title and scope (``bot.types.scope_label``: "UX Researcher:
Career Guide, UK 2023", as the guard and the quoted answer name it) is printed once above its passages.

Shortcuts: relevance is word-stem overlap (``bot.text.tokenize``), not a
model; the budget is an estimate (digits, words and punctuation marks
counted as one token each, long words as two); the real count, with the model's tokenizer, is
what the bench reports.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence

from bot.lines import Line, common_tokens, read
from bot.prompts import render
from bot.text import job_phrases, mentions, tokenize
from bot.types import GenerationRequest, Passage, scope_label

PIECE = re.compile(r"\d|[A-Za-z]+|[^\sA-Za-z\d]")
BUDGET = 130  # estimated tokens for the passages block and the question; with the system prompt, under 300 in all
LEAD = 0.5  # weight of the words a bullet's introducing sentence shares with the question
WEAK = 3.0  # a best line scoring below this matches the question weakly


def cost(text: str) -> int:
    """Estimated tokens: every digit, word and punctuation mark is about one (Qwen's tokenizer splits digits),
    a long word two."""
    return sum(2 if len(piece) > 8 else 1 for piece in PIECE.findall(text))


def relevance(line: Line, q_words: set[str], section_words: set[str], focus: Sequence[str]) -> float:
    score = (
        len(q_words & line.words)
        + 0.5 * len(q_words & section_words)
        + LEAD * len(q_words & line.lead_words - line.words)
    )
    if any(mentions(line.shown, name) for name in focus):
        score += 3.0
    return score


def focus_names(question: str, found: Sequence[Line]) -> list[str]:
    """The lines' labels the question names ("Acme" of "- Acme: $123,456"), and its jobs when it names two or more
    (a comparison). Labels come from the passages themselves, so any document's names work."""
    labels = [line.quoted.split(":", 1)[0].strip() for line in found if ":" in line.shown[:60]]
    capitalised = {
        w.lower() for w in re.findall(r"\b[A-Z][\w&.+-]*", question)
    }  # a name as the question writes it ("Acme", not "programming")
    named = [
        label
        for label in dict.fromkeys(labels)
        if 0 < len(label.split()) <= 4 and label.split()[0].lower() in capitalised and mentions(question, label)
    ]
    jobs = list(dict.fromkeys(phrase for phrase, _, _ in job_phrases(question)))
    return named + (jobs if len(jobs) >= 2 else [])


def select(question: str, passages: Sequence[Passage], budget: int = BUDGET) -> dict[int, list[Line]]:
    """Passage number -> its kept lines in order: the best-scoring lines (and their headings) that fit ``budget``.

    A line needs 0.6 of the best line's score; when even the best line matches weakly (the question shares few
    words with the guide), the retriever's best passage is the best guess and all its lines are eligible.
    A line already kept is not repeated.
    """
    q_words = set(tokenize(question)) - common_tokens(passages)  # words most passages share tell no line apart
    found = read(passages)
    focus = focus_names(question, found)
    section_words = {section: set(tokenize(section)) for section in {line.section for line in found}}
    scored = [
        (relevance(line, q_words, section_words[line.section], focus) + (0.5 if line.n == 1 else 0.0), line)
        for line in found
    ]
    ranked = sorted(scored, key=lambda sl: (-sl[0], sl[1].order))
    best = ranked[0][0] if ranked else 0.0
    kept: list[Line] = []
    texts: set[str] = set()
    headed: set[int] = set()
    used = cost(question)
    eligible = [
        (score, line) for score, line in ranked if score >= max(1.0, best * 0.6) or (line.n == 1 and best < WEAK)
    ]
    firsts: set[tuple[int, str]] = set()
    spread = []  # one line per list label first: the lines under one label say one thing, the labels are the breadth
    for score, line in eligible:
        key = (line.n, line.topic)
        spread.append((key in firsts and bool(key[1]), score, line))
        firsts.add(key)
    for _, score, line in sorted(spread, key=lambda rsl: (rsl[0], -rsl[1], rsl[2].order)):
        if line.shown in texts:
            continue
        extra = cost(line.shown) + (0 if line.n in headed else cost(passages[line.n - 1].section) + 3)
        if kept and used + extra > budget:
            continue
        kept.append(line)
        texts.add(line.shown)
        headed.add(line.n)
        used += extra
    chosen: dict[int, list[Line]] = {}
    for line in sorted(kept, key=lambda ln: ln.order):
        chosen.setdefault(line.n, []).append(line)
    return chosen


def passage_context(question: str, passages: Sequence[Passage], budget: int = BUDGET) -> str:
    """The numbered passages block of the answer prompt: relevant lines only, each document's scope once."""
    chosen = select(question, passages, budget)
    blocks: list[str] = []
    last_scope = None
    for n, kept in chosen.items():
        p = passages[n - 1]
        doc = scope_label(p)
        if doc and doc != last_scope:
            blocks.append(f"Source: {doc}")
            last_scope = doc
        blocks.append(f"[{n}] {p.section}\n" + "\n".join(line.shown for line in kept))
    return "\n".join(blocks)


def build_request(question: str, passages: list[Passage], settings, cancel: threading.Event) -> GenerationRequest:
    """The chat messages (system rules + relevant passage lines + question) for one generation."""
    messages = [
        {"role": "system", "content": render("system")},
        {"role": "user", "content": render("answer", passages=passage_context(question, passages), question=question)},
    ]
    return GenerationRequest(
        messages=messages, question=question, passages=passages, max_new_tokens=settings.max_new_tokens, cancel=cancel
    )
