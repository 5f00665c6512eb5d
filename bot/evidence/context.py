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

``question_kind`` and ``model_adds`` say which questions the model is asked at all: the documents' best line answers
a question for a value (how much, how many, how long, what share) at once and in full, so the model is woken only for
the kinds it answers better than the lines (see ``MODEL_KINDS``: chosen by measurement, docs/evaluation.md).

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
from bot.retrieval.meaning import MEANING
from bot.text import job_phrases, mentions, tokenize
from bot.types import GenerationRequest, Passage, scope_label
from bot.vocabulary import FIGURE_WORDS, FUNDING_WORDS, OTHER_MONEY_WORDS, PAY_WORDS, answer_kind, asks_about_pay

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


def select(
    question: str, passages: Sequence[Passage], budget: int = BUDGET, near: dict[int, float] | None = None
) -> dict[int, list[Line]]:
    """Passage number -> its kept lines in order: the best-scoring lines (and their headings) that fit ``budget``.

    A line needs 0.6 of the best line's score; when even the best line matches weakly (the question shares few
    words with the guide), the retriever's best passage is the best guess and all its lines are eligible.
    A line already kept is not repeated. ``near``: each line's cosine with the question, from the chain's one ranking
    (bot/evidence/quotes.py ``Ranking.near``), weighted as the quoted answer weighs it.
    """

    q_words = set(tokenize(question)) - common_tokens(passages)  # words most passages share tell no line apart
    found = read(passages)
    focus = focus_names(question, found)
    section_words = {section: set(tokenize(section)) for section in {line.section for line in found}}
    scored = [
        (
            relevance(line, q_words, section_words[line.section], focus)
            + (0.5 if line.n == 1 else 0.0)
            + MEANING * (near or {}).get(line.order, 0.0),
            line,
        )
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


def passage_context(
    question: str, passages: Sequence[Passage], budget: int = BUDGET, near: dict[int, float] | None = None
) -> str:
    """The numbered passages block of the answer prompt: relevant lines only, each document's scope once."""
    chosen = select(question, passages, budget, near)
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


def build_request(
    question: str, passages: list[Passage], settings, cancel: threading.Event, near: dict[int, float] | None = None
) -> GenerationRequest:
    """The chat messages (system rules + relevant passage lines + question) for one generation; ``near``: the lines'
    meaning from the chain's ranking."""
    context = passage_context(question, passages, near=near)
    messages = [
        {"role": "system", "content": render("system")},
        {"role": "user", "content": render("answer", passages=context, question=question)},
    ]
    return GenerationRequest(
        messages=messages, question=question, passages=passages, max_new_tokens=settings.max_new_tokens, cancel=cancel
    )


# --- which questions the model is asked (language, not facts about a document) -----------------------------------

_WHY = re.compile(r"\bwhy\b|\bwhat (?:makes|causes)\b", re.I)
_ADVICE = re.compile(
    r"^\W*should\b|\b(?:should|shall) (?:i|we)\b|\bwhat should\b|\bis (?:it|a|an|the) [\w' -]{0,40}\bworth\b"
    r"|\bis it a good\b|\bwhat (?:do|would) you (?:recommend|suggest)\b|\btips?\b|\badvice\b",
    re.I,
)
_HOW = re.compile(r"^\W*how\b(?!\s+(?:much|many|long|large|big|fast|old|often)\b)", re.I)
_COMPARE = re.compile(
    r"\bcompar\w*|\bversus\b|\bvs\.?\b|\bdiffer\w*|\bgap between\b|\b(?:more|less|better|higher|lower) than\b"
    r"|\b(?:more|less)\b.*\bor\b|\bor\b.*\b(?:more|less)\b|\bwhich of the two\b",
    re.I,
)
_VALUE = re.compile(
    r"\bhow (?:much|many|long|large|big|fast|old|often)\b|\bwhat (?:share|percentage|proportion)\b|\bwhere is\b"
    rf"|{PAY_WORDS.pattern}|{FUNDING_WORDS.pattern}|{OTHER_MONEY_WORDS.pattern}|{FIGURE_WORDS.pattern}",
    re.I,
)
_LIST_HEAD = re.compile(
    r"^\W*(?:what|which) (?:[\w/-]+ ){0,2}(?:skills|tools|roles|languages|frameworks|technologies|challenges|trends"
    r"|industries|positions|specializations|specialisations|considerations|factors|practices|responsibilities"
    r"|kinds|types|areas)\b",
    re.I,
)
_DEFINE = re.compile(r"^\W*what (?:is|are|does) (?:[\w/-]+ ){0,4}(?:mean|\w+)\W*$", re.I)
_OPEN = re.compile(r"^\W*(?:what|which|where|who|in which)\b", re.I)


def question_kind(question: str) -> str:
    """What a question wants, as far as choosing who answers it goes: why | advice | how | compare | list | value |
    define | other (the first that applies, in that order)."""
    plain = re.sub(r"\bor (?:more|less|fewer)\b", "", question)  # "1,000 or more employees" compares nothing
    for kind, pattern in (("why", _WHY), ("advice", _ADVICE), ("how", _HOW), ("compare", _COMPARE)):
        if pattern.search(plain):
            return kind
    if _LIST_HEAD.search(plain):
        return "list"
    if _VALUE.search(plain) or asks_about_pay(plain) or answer_kind(plain) is not None:
        return "value"
    if _DEFINE.search(plain):
        return "define"
    return "list" if _OPEN.search(plain) else "other"


# The kinds the model is asked about, by measurement (issue 27; office dev split on the whole corpus and the golden
# suite, the local model asked about every question the records do not answer, against the evidence alone):
# - value (how much / how many / how long / what share): asked 53 times, added a verified sentence 15 times, raised
#   fact recall 0 times, said NOT COVERED 20 times, and some of what it added restated the line wrongly: not asked.
# - compare (one case the records left over): added nothing; "how does X compare with Y" is a "how" question.
# - other (injections, off-topic, bare fragments): not asked.
# - list, how, why, define, advice: added a verified sentence in 27 of 52 cases (a definition, a reason, a list
#   joined into one sentence), fact recall never lower and higher in one: asked.
MODEL_KINDS = frozenset({"list", "how", "why", "define", "advice"})


def model_adds(question: str) -> bool:
    """Whether the model is asked about ``question`` (the standalone one) at all: the evidence answers the rest."""
    return question_kind(question) in MODEL_KINDS
