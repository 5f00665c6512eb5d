"""The one composition: question + history -> stream of verified units, then one Outcome
(docs/design.md, the data flow).

Owns the order of the steps and what each shows: condense -> retrieve ->
(nothing relevant: Kind.REFUSED, fixed "not covered" reply, no generation) ->
evidence (bot/evidence/lookup.py: a scope gap gets Kind.SCOPE, an honest scope
reply; a question the table records answer gets the sentence composed from
them, and no model is woken) -> the first text AT ONCE, before any engine call,
queue or model load: the documents' best line with its [n] and its document and
scope (bot/evidence/quotes.py) -> for a question the model answers better than
the lines (bot/evidence/context.py ``model_adds``), the engine's units, each
tidied, attributed and guarded (bot.guard.stream) BEFORE it is appended ->
the documents' lines not yet stated -> Outcome. Nothing shown is ever replaced
or taken back: every later piece is appended, and the Outcome's text is exactly
the pieces joined. When the model has nothing verified to add (busy, failed,
timed out, empty, "not covered", every unit dropped or a repeat) nothing of it
is shown: the answer is the evidence's, Kind.ANSWERED, and its ``Reason`` says
why the model added nothing. The chain never asks which engine runs: an engine
whose units are the guide's own lines says so with ``quotes_passages = True``
and is never called (the evidence is its answer).

``Runtime`` holds what is expensive to build (retriever, engine) for one
Settings; build one per process and pass it, or let ``answer`` share one per
Settings value.
"""

from __future__ import annotations

import logging
import queue
import re
import threading
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from bot.config import Settings
from bot.errors import CareerbotError, EngineBusy, GenerationFailed, GenerationTimeout, IndexNotBuilt
from bot.evidence.ask import read_question
from bot.evidence.context import build_request, model_adds
from bot.evidence.coverage import covers_job
from bot.evidence.lookup import lookup
from bot.evidence.quotes import Ranking, complete, compose, quote, rank, source_line, supporting, with_figures_before
from bot.geography import warm as warm_places
from bot.guard.stream import HAS_MARKER, REFUSAL, VerifiedStream
from bot.inputs import check_history, check_question
from bot.prompts import render
from bot.retrieval.condense import condense
from bot.retrieval.lexicon import Lexicon, build_lexicon, load_lexicon
from bot.retrieval.retrieve import Retriever
from bot.retrieval.scope import assess, names_phrase
from bot.retrieval.store import version_dir
from bot.spelling import speller_of
from bot.tables import Tables
from bot.types import GenerationRequest, Kind, Outcome, QueueStatus, Reason, Removed, Timings, Turn
from bot.vocabulary import PLACE_ADJECTIVES, PLACE_ALIASES, PLACE_SHORT, REFERS_BACK, asks_about_pay

log = logging.getLogger(__name__)

GUTTED = "the guard removed every checked sentence of the model's answer"  # the detail of a Reason.GUTTED outcome
# The model adds at most two sentences (its prompt asks for one or two) and is stopped after four units shown, left
# out as repeats or removed by the guard: a small model that lists the passages' lines instead adds nothing the
# quoted lines do not, and the student would wait for the rest of the lines until it ran out of tokens.
MOST_ADDED, MOST_UNITS = 2, 4
# Seconds the model's addition may take (issue 27: none waits past 15 s): later, it is skipped and the rest of the
# documents' lines follow. CAREERBOT_GENERATION_TIMEOUT, when lower, is the limit.
ADD_WITHIN = 15.0
Progress = Callable[[float, str], None]


class Runtime:
    """Retriever + engine for one Settings. Cheap to construct; ``warm_up`` does the slow loading."""

    def __init__(self, settings: Settings, engine=None, embedder=None) -> None:
        from bot.engines import make_engine

        self.settings = settings
        self.retriever = Retriever(settings, embedder)
        self.engine = engine or make_engine(settings)
        self._corpus: tuple[tuple[str, int], str, list[str]] | None = None
        self._lexicon: Lexicon | None = None
        self._tables: Tables | None = None

    def warm_up(self, progress: Progress | None = None) -> None:
        self.retriever.load()
        self.retriever.search("warm up the embedding model")  # loads the embedder and touches every index path
        self.tables(), self.lexicon(), warm_places()  # what the first question reads, read before anyone asks it
        speller_of(self.tables()).respell("warm up")  # (the documents' spellings and the model's word list)
        self.engine.load(progress)

    def corpus(self) -> tuple[str, list[str]]:
        """(all chunk texts joined, top-level topics) — cached until the index changes size."""
        count = (self.retriever.version, self.retriever.count())  # a new index version (ingest, rollback) -> reload
        if self._corpus is None or self._corpus[0] != count:
            chunks = self.retriever.chunks()
            topics = list(dict.fromkeys(c.section.split(" > ")[0] for c in chunks if c.section))
            self._corpus = (count, "\n".join(f"{c.section}\n{c.text}" for c in chunks), topics)
            self._lexicon = None
            self._tables = None
        return self._corpus[1], self._corpus[2]

    def tables(self) -> Tables:
        """Every document's profile and table rows (bot/tables.py), rebuilt when the index changes."""
        self.corpus()
        if self._tables is None:
            self._tables = Tables.build(self.retriever.chunks())
        return self._tables

    def lexicon(self) -> Lexicon:
        """The lexicon ingest stored beside the index (names, roles, lists, scopes), reloaded when the index changes.
        With none stored (an index built elsewhere, e.g. on a Chroma server), it is built from the chunks."""
        self.corpus()
        if self._lexicon is None:
            try:
                self._lexicon = load_lexicon(version_dir(self.settings, self.retriever.version))
            except IndexNotBuilt:
                self._lexicon = build_lexicon(self.retriever.chunks())
        return self._lexicon

    def status(self) -> dict:
        try:
            chunks, index_error = self.retriever.count(), None
        except CareerbotError as exc:
            chunks, index_error = 0, str(exc)
        engine = self.engine.status()
        return {
            "index_loaded": index_error is None and chunks > 0,
            "chunks": chunks,
            "index_error": index_error,
            "engine": self.engine.name,
            "engine_ready": bool(engine.get("ready")),
            "engine_status": engine,
        }


@lru_cache(maxsize=4)
def shared_runtime(settings: Settings) -> Runtime:
    return Runtime(settings)


def not_covered(runtime: Runtime) -> str:
    _, topics = runtime.corpus()
    return render("not_covered", topics=", ".join(topics) or "nothing yet", handoff_url=runtime.settings.handoff_url)


def _deadline_stream(engine, request: GenerationRequest, timeout: float) -> Iterator[str | QueueStatus]:
    """Run ``engine.stream`` in a thread; raise GenerationFailed when it fails or passes ``timeout`` seconds
    (GenerationTimeout), and pass EngineBusy through."""
    pieces: queue.Queue = queue.Queue()
    done = object()

    def work() -> None:
        try:
            for piece in engine.stream(request):
                pieces.put(piece)
        except Exception as exc:  # any engine failure becomes a fallback, never a crash
            pieces.put(exc)
        pieces.put(done)

    threading.Thread(target=work, daemon=True, name=f"generate-{engine.name}").start()
    deadline = time.monotonic() + timeout
    while True:
        try:
            item = pieces.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            request.cancel.set()
            raise GenerationTimeout(f"{engine.name} engine passed the {timeout:g} s generation timeout") from None
        if item is done:
            return
        if isinstance(item, EngineBusy):
            raise item
        if isinstance(item, Exception):
            raise GenerationFailed(f"{engine.name} engine failed: {item}") from item
        yield item


class _Clock:
    def __init__(self) -> None:
        self.start = self.mark = time.perf_counter()

    def lap(self) -> float:
        now = time.perf_counter()
        ms, self.mark = (now - self.mark) * 1000, now
        return ms

    def since_start(self) -> float:
        return (time.perf_counter() - self.start) * 1000


class _Run:
    """One question on its way through the chain: what it shows, when, and the Outcome it ends with."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime, self.clock, self.timings = runtime, _Clock(), Timings()
        self.query, self.passages, self.lexicon = "", [], Lexicon()
        self.ranking: Ranking | None = None  # the passages' lines ranked once for the question
        self.text = ""  # every piece shown, joined: the Outcome's text
        self.raw = ""  # the same answer before renumbering and before the guard (the guard-off answer)

    def stream(self, *, model: bool = False, guard: bool = False) -> VerifiedStream:
        return VerifiedStream(self.passages, self.lexicon, model=model, guard=guard, question=self.query)

    def show(self, shown: list[str]) -> Iterator[str]:
        for text in shown:
            if text and not self.timings.first_unit_ms:
                self.timings.first_unit_ms = self.clock.since_start()
            self.text += text
            yield text

    def say(self, text: str) -> Iterator[str]:
        """Stream trusted text (the chain's own replies, the documents' quoted lines) unit by unit."""
        self.out = self.stream()
        self.raw += text
        yield from self.show(self.out.feed(text) + self.out.close())

    def outcome(
        self,
        kind: Kind,
        engine: str,
        reason: Reason | None = None,
        detail: str = "",
        removed: Sequence[Removed] = (),
    ) -> Outcome:
        self.timings.total_ms = self.clock.since_start()
        out = Outcome(
            text=self.text,
            citations=self.out.citations(),
            kind=kind,
            reason=reason,
            detail=detail,
            timings=self.timings,
            query=self.query,
            engine=engine,
            removed=list(removed),
            passages=self.passages,
            raw_text=self.raw or self.text,
        )
        log.info(
            "answer engine=%s outcome=%s reason=%s removed=%d first_unit_ms=%.0f total_ms=%.0f",
            engine,
            kind,
            reason,
            len(out.removed),
            out.timings.first_unit_ms,
            out.timings.total_ms,
        )
        for r in out.removed:
            log.info("guard removed %r: %s", r.sentence, r.reason)
        return out


def stream_answer(
    question: str, history: Sequence[Turn | dict] | None, settings: Settings, *, runtime: Runtime | None = None
) -> Iterator[str | QueueStatus | Outcome]:
    """Yield verified text pieces (and QueueStatus while the model's queue holds a question with nothing on screen
    yet), then exactly one Outcome, whose text is exactly the pieces joined."""
    runtime = runtime or shared_runtime(settings)
    question = check_question(question, settings)
    turns = check_history(history, settings)
    run = _Run(runtime)
    run.lexicon = runtime.lexicon()
    # "geolgist", "jewelry": read as the documents spell them ("geologist", "jewellery")
    asked = speller_of(runtime.tables()).respell(question)
    query = run.query = condense(asked, turns, run.lexicon)
    run.timings.condense_ms = run.clock.lap()
    # "what was it in 2023?", "whats that per year": a follow-up about the figure just given (not "and a senior one?")
    back = turns if REFERS_BACK.search(question) else []
    passages = run.passages = with_figures_before(runtime.retriever.search(query), back, runtime.tables().chunks)
    run.timings.retrieve_ms = run.clock.lap()
    decision = assess(query, bool(passages), run.lexicon)  # not covered: nothing relevant, or a subject no document has
    if decision.kind == "not_covered":
        yield from run.say(not_covered(runtime))
        yield run.outcome(Kind.REFUSED, "none")
        return
    # The question read once, against what each document covers: a job, place or year no document covers for that
    # job gets the scope reply; a row lookup, a highest/lowest or a comparison is answered from the table's records.
    latest = run.lexicon.spell_out(asked) if run.lexicon is not None else asked  # "SLPs", as documents write it
    evidence = lookup(read_question(query, runtime.tables(), latest), runtime.tables(), passages)
    run.timings.evidence_ms = run.clock.lap()
    run.passages = evidence.passages  # with the chunks of the rows it cites
    if evidence.kind == "scope":
        yield from run.say(
            evidence.text + f"\n\nFor anything else, please talk to a careers adviser: {settings.handoff_url}"
        )
        yield run.outcome(Kind.SCOPE, "scope")
        return
    if decision.kind == "scope" and all(
        g.name.lower() in PLACE_ADJECTIVES or g.name.lower() in PLACE_ALIASES or g.name in PLACE_SHORT
        for g in decision.gaps
    ):
        decision = type(decision)("answer")  # "Welsh students": a place the reader knows, not an unknown name
    if decision.kind == "scope" and all(
        g.kind == "role" and covers_job(g.name, runtime.tables()) for g in decision.gaps
    ):
        # a job a document describes (its title, rows or opening name it), with a qualifier its words hold: no gap
        decision = type(decision)("answer")
    if evidence.kind == "answer" and decision.kind != "scope":
        # A row lookup, a highest/lowest or a comparison of rows: the sentence composed from the records is the
        # answer, for every engine, verified by construction; no model is woken for it.
        yield from run.say(evidence.text)
        yield run.outcome(Kind.ANSWERED, "evidence")
        return
    passages = run.passages = _documents_first(passages, evidence.documents)
    # The lines ranked once (words, structure, meaning): every answer below reads this one ranking.
    meaning = getattr(runtime.retriever, "meaning", None)
    before = back[-1].content if back and back[-1].role == "assistant" else ""
    run.ranking = rank(query, passages, meaning(query) if meaning else None, said=before)
    if decision.kind == "scope":
        text = render("scope_gap", names=names_phrase(list(decision.gaps), query))
        if asks_about_pay(query):
            closest = compose(query, passages, ranking=run.ranking)  # each line under its document's title and scope
            text += " The closest figures the documents have:\n\n" + closest if closest else ""
        text += f"\n\nFor anything else, please talk to a careers adviser: {settings.handoff_url}"
        yield from run.say(text)
        yield run.outcome(Kind.SCOPE, "scope")
        return
    yield from _answer(run, question)


def _documents_first(passages: list, documents: tuple[str, ...]) -> list:
    """The passages of the documents that cover what was asked, when any was retrieved; else all of them."""
    if not documents:
        return passages
    kept = [p for p in passages if p.source in documents]
    return kept or passages


def _answer(run: _Run, question: str) -> Iterator[str | QueueStatus | Outcome]:
    """The documents' best line first, at once; then, for a question the model answers better than the lines, the
    model's verified units; then the documents' lines not yet stated. Nothing shown is replaced."""
    engine = run.runtime.engine
    quotes = bool(getattr(engine, "quotes_passages", False))  # its answer is the quoted lines: nothing to add
    picked = run.ranking.picked()
    if quotes or not model_adds(run.query):
        quoted = compose(run.query, run.passages, ranking=run.ranking)  # the extractive answer, whole, at once
        if not quoted:
            yield from run.say(not_covered(run.runtime))
            yield run.outcome(Kind.REFUSED, "none")
            return
        yield from run.say(quoted)
        yield run.outcome(Kind.ANSWERED, engine.name if quotes else "evidence")
        return
    first = ""
    if picked:  # the best line, with its [n], and the document and scope it holds for, on the line under it
        best = picked[0]
        first = f"{best.quoted} [{best.n}]\n" + source_line(run.passages[best.n - 1], end=".")
    yield from run.say(first)
    added = yield from _model_adds(run, [question, run.query, *(u.quoted for u in picked)])
    settings = run.runtime.settings
    if added.shown:
        if settings.quote_support and (lines := supporting(run.text, run.query, run.passages, ranking=run.ranking)):
            yield from _append_trusted(run, lines)
        run.timings.verify_ms = added.verify_ms
        yield run.outcome(Kind.ANSWERED, engine.name, added.reason, added.detail, added.removed)
        return
    run.timings.verify_ms = added.verify_ms
    rest = sorted(picked[1:], key=lambda u: u.order)
    if rest:  # the rest of the lines the extractive answer gives
        yield from _append_trusted(run, quote(rest, run.passages))
    if not run.text:  # no line to quote and nothing from the model: the documents do not answer it
        yield from run.say(not_covered(run.runtime))
        yield run.outcome(Kind.REFUSED, engine.name, added.reason, added.detail, added.removed)
        return
    yield run.outcome(Kind.ANSWERED, "evidence", added.reason, added.detail, added.removed)


def _append_trusted(run: _Run, text: str) -> Iterator[str]:
    """The documents' own lines appended below what is shown, renumbered with it (trusted: quoted verbatim)."""
    run.raw += "\n\n" + text
    pieces = run.out.feed("\n\n" + text) + run.out.close()
    if pieces and run.text and not pieces[0].startswith("\n"):  # ``out`` has not seen the model's units above
        pieces[0] = "\n\n" + pieces[0].lstrip()
    yield from run.show(pieces)


@dataclass
class _Added:
    """What the model added below the first text: how many of its units, and why none or why it stopped."""

    shown: int = 0
    reason: Reason | None = None
    detail: str = ""
    removed: list[Removed] = field(default_factory=list)
    verify_ms: float = 0.0


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9$£€%]+", HAS_MARKER.sub(" ", text.lower())))


class _Additions:
    """The model's released units as they are appended below what is shown: a unit whose words are already on
    screen (or known: the question, the lines quoted anyway) adds nothing and is left out; a lead-in ending in ":"
    waits for what it introduces; the first unit kept starts a paragraph of its own."""

    def __init__(self, shown: str, known: Sequence[str]) -> None:
        self.shown = " | ".join(["", _words(shown), *map(_words, known), ""])
        self.start = "\n\n" if shown else ""
        self.count = self.seen = 0
        self.lead: tuple[str, str] | None = None

    def take(self, pieces: list[str]) -> list[str]:
        out = []
        self.seen += len(pieces)
        for piece in pieces:
            body = piece.lstrip()
            gap, words = piece[: len(piece) - len(body)], _words(body)
            if not words or f" {words} " in self.shown:
                continue
            if body.rstrip().endswith(":") and "\n" not in body:
                self.lead = (gap, body)
                continue
            for gap, body in [*([self.lead] if self.lead else []), (gap, body)]:
                out.append((gap if self.count else self.start) + body)
                self.count += 1
            self.lead, self.shown = None, self.shown + f"{words} "
        return out


def _model_adds(run: _Run, known: list[str]) -> Generator[str | QueueStatus, None, _Added]:
    """The engine's answer, each unit released once verified and appended below what is shown; nothing of it when it
    has nothing verified to add. A unit that repeats what is on screen or ``known`` (the question, and the lines the
    documents' list quotes anyway) adds nothing. A place in the queue is passed on only while nothing is shown."""
    settings, engine = run.runtime.settings, run.runtime.engine
    model = run.stream(model=True, guard=settings.guard)
    model.numbering = run.out.numbering  # one numbering for the whole answer: [n] by first use
    adds = _Additions(run.text, known)
    request = build_request(
        run.query, run.passages, settings, threading.Event(), run.ranking.near if run.ranking else None
    )
    added, raw, enough = _Added(), [], False
    try:
        for item in _deadline_stream(engine, request, min(settings.generation_timeout, ADD_WITHIN)):
            if isinstance(item, QueueStatus):
                if not run.text:
                    yield item
                continue
            if not raw:
                run.timings.first_token_ms = run.clock.since_start()
            raw.append(item)
            yield from run.show(adds.take(model.feed(item)))
            if enough := adds.count >= MOST_ADDED or adds.seen + len(model.removed) >= MOST_UNITS:
                request.cancel.set()  # the engine stops at its next token
                break
    except EngineBusy as exc:
        added.reason, added.detail = Reason.BUSY, str(exc)
    except GenerationFailed as exc:
        added.reason = Reason.TIMEOUT if isinstance(exc, GenerationTimeout) else Reason.FAILED
        added.detail = str(exc)
    run.timings.generate_ms = run.clock.lap()
    yield from run.show(adds.take(model.close(cut_off=enough or added.reason is not None)))
    added.shown = adds.count
    if adds.count:
        # A company asked about but left out gets the documents' line on it, checked like the model's units.
        completed = complete(run.text, run.query, run.passages)[len(run.text.rstrip()) :]
        if completed.strip():
            yield from run.show(adds.take(model.feed(completed) + model.close()))
    elif added.reason is None:
        added.reason, added.detail = _nothing_added("".join(raw).strip(), model.started)
    if added.reason is not None:
        added.detail = ("the model added nothing: " if not added.shown else "the model stopped: ") + added.detail
        log.info("%s", added.detail)
    run.raw += "\n\n" + model.raw if model.raw else ""
    added.removed, added.verify_ms = model.removed, model.verify_ms
    return added


def _nothing_added(raw: str, released: bool) -> tuple[Reason, str]:
    """Why a model that ran to its end added nothing."""
    if not raw:
        return Reason.EMPTY, "empty generation"
    if REFUSAL.search(raw) and not HAS_MARKER.search(raw):
        # Retrieval found relevant passages and the scope check passed, so the documents have something on this:
        # a small model's "NOT COVERED" here is usually wrong; the documents' own lines are the answer.
        return Reason.NO_ANSWER, "it found no answer in the passages"
    if released:
        return Reason.EMPTY, "it only repeated the lines shown"
    return Reason.GUTTED, GUTTED


def answer(
    question: str, history: Sequence[Turn | dict] | None, settings: Settings, *, runtime: Runtime | None = None
) -> Outcome:
    """Answer one question; the same function serves the CLI, the web API and the eval harness."""
    final: Outcome | None = None
    for item in stream_answer(question, history, settings, runtime=runtime):
        if isinstance(item, Outcome):
            final = item
    assert final is not None
    return final
