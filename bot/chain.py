"""The one composition: question + history -> stream of verified units, then one Outcome
(docs/design.md, the data flow).

Owns the order of the steps and what happens when one fails: condense ->
retrieve -> (nothing relevant: Kind.REFUSED, fixed "not covered" reply, no
generation) -> (out-of-scope entity: Kind.SCOPE, honest scope reply) -> render
prompt -> engine (with a deadline) -> bot.guard.stream (each unit tidied,
attributed, guarded and renumbered BEFORE it is yielded) -> complete() lines,
checked the same way -> Outcome. When nothing of the engine's answer can be
shown (busy, failed, timed out, empty, "not covered", or every unit dropped)
the guide's own lines are shown instead: Kind.FALLBACK with a ``Reason``.
Every path streams its text, and the Outcome's text is exactly what was
streamed. The chain never asks which engine runs: an engine whose units are
the guide's own lines says so with ``quotes_passages = True``.

``Runtime`` holds what is expensive to build (retriever, engine) for one
Settings; build one per process and pass it, or let ``answer`` share one per
Settings value.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from bot.config import Settings
from bot.errors import CareerbotError, EngineBusy, GenerationFailed, GenerationTimeout, IndexNotBuilt
from bot.evidence.ask import ADJECTIVES, ALIASES, read_question
from bot.evidence.context import build_request
from bot.evidence.lookup import lookup
from bot.evidence.quotes import complete, compose, opening, supporting
from bot.guard.stream import HAS_MARKER, REFUSAL, Opening, VerifiedStream
from bot.inputs import check_history, check_question
from bot.prompts import render
from bot.retrieval.condense import condense
from bot.retrieval.lexicon import Lexicon, build_lexicon, load_lexicon
from bot.retrieval.retrieve import Retriever
from bot.retrieval.scope import assess, names_phrase
from bot.retrieval.store import version_dir
from bot.tables import Tables
from bot.types import GenerationRequest, Kind, Outcome, QueueStatus, Reason, Removed, Timings, Turn
from bot.vocabulary import asks_about_pay

log = logging.getLogger(__name__)

GUTTED = "guard removed every checked sentence of the answer"  # the detail of a Reason.GUTTED fallback
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

    def stream(self, *, model: bool = False, guard: bool = False, opening: Opening | None = None) -> VerifiedStream:
        return VerifiedStream(
            self.passages, self.lexicon, model=model, guard=guard, question=self.query, opening=opening
        )

    def show(self, shown: list[str]) -> Iterator[str]:
        for text in shown:
            if text and not self.timings.first_unit_ms:
                self.timings.first_unit_ms = self.clock.since_start()
            yield text

    def say(self, text: str) -> Iterator[str]:
        """Stream trusted text (the chain's own replies, the guide's quoted lines) unit by unit."""
        self.out = self.stream()
        yield from self.show(self.out.feed(text) + self.out.close())

    def outcome(
        self,
        kind: Kind,
        engine: str,
        reason: Reason | None = None,
        detail: str = "",
        raw: str = "",
        removed: Sequence[Removed] = (),
    ) -> Outcome:
        self.timings.total_ms = self.clock.since_start()
        out = Outcome(
            text=self.out.text,
            citations=self.out.citations(),
            kind=kind,
            reason=reason,
            detail=detail,
            timings=self.timings,
            query=self.query,
            engine=engine,
            removed=list(removed),
            passages=self.passages,
            raw_text=raw or self.out.text,
        )
        log.info(
            "answer engine=%s outcome=%s reason=%s removed=%d total_ms=%.0f",
            engine,
            kind,
            reason,
            len(out.removed),
            out.timings.total_ms,
        )
        for r in out.removed:
            log.info("guard removed %r: %s", r.sentence, r.reason)
        return out


def stream_answer(
    question: str, history: Sequence[Turn | dict] | None, settings: Settings, *, runtime: Runtime | None = None
) -> Iterator[str | QueueStatus | Outcome]:
    """Yield verified text pieces (and QueueStatus while waiting for the model), then exactly one Outcome,
    whose text is exactly the pieces joined."""
    runtime = runtime or shared_runtime(settings)
    question = check_question(question, settings)
    turns = check_history(history, settings)
    run = _Run(runtime)
    run.lexicon = runtime.lexicon()
    query = run.query = condense(question, turns, run.lexicon)
    run.timings.condense_ms = run.clock.lap()
    passages = run.passages = runtime.retriever.search(query)
    run.timings.retrieve_ms = run.clock.lap()
    decision = assess(query, bool(passages), run.lexicon)  # not covered: nothing relevant, or a subject no document has
    if decision.kind == "not_covered":
        yield from run.say(not_covered(runtime))
        yield run.outcome(Kind.REFUSED, "none")
        return
    # The question read once, against what each document covers: a job, place or year no document covers for that
    # job gets the scope reply; a row lookup, a highest/lowest or a comparison is answered from the table's records.
    evidence = lookup(read_question(query, runtime.tables()), runtime.tables(), passages)
    run.timings.evidence_ms = run.clock.lap()
    run.passages = evidence.passages  # with the chunks of the rows it cites
    if evidence.kind == "scope":
        yield from run.say(
            evidence.text + f"\n\nFor anything else, please talk to a careers adviser: {settings.handoff_url}"
        )
        yield run.outcome(Kind.SCOPE, "scope")
        return
    if decision.kind == "scope" and all(
        g.name.lower() in ADJECTIVES or g.name.lower() in ALIASES for g in decision.gaps
    ):
        decision = type(decision)("answer")  # "Welsh students": a place the reader knows, not an unknown name
    if evidence.kind == "answer" and decision.kind != "scope" and getattr(runtime.engine, "quotes_passages", False):
        # an engine that quotes the documents answers a row lookup with the record's sentence; a model engine gets
        # the same rows first in its passages (issue 27's evidence-first streaming for models is not built yet)
        yield from run.say(evidence.text)
        yield run.outcome(Kind.ANSWERED, "evidence")
        return
    passages = run.passages = _documents_first(passages, evidence.documents)
    if decision.kind == "scope":
        text = render("scope_gap", names=names_phrase(list(decision.gaps), query))
        if asks_about_pay(query):
            closest = compose(query, passages)  # each quoted line under its document's title and scope
            text += " The closest figures the documents have:\n\n" + closest if closest else ""
        text += f"\n\nFor anything else, please talk to a careers adviser: {settings.handoff_url}"
        yield from run.say(text)
        yield run.outcome(Kind.SCOPE, "scope")
        return
    yield from _generate(run)


def _documents_first(passages: list, documents: tuple[str, ...]) -> list:
    """The passages of the documents that cover what was asked, when any was retrieved; else all of them."""
    if not documents:
        return passages
    kept = [p for p in passages if p.source in documents]
    return kept or passages


def _generate(run: _Run) -> Iterator[str | QueueStatus | Outcome]:
    """The engine's answer, released unit by unit once verified;
    the guide's own lines when nothing of it can be shown."""
    settings, engine = run.runtime.settings, run.runtime.engine
    quotes = bool(getattr(engine, "quotes_passages", False))  # its units are the guide's lines: nothing to check
    out = run.out = run.stream(
        model=not quotes,
        guard=settings.guard and not quotes,
        opening=None if quotes else opening(run.query, run.passages),
    )
    request = build_request(run.query, run.passages, settings, threading.Event())
    reason, detail, raw, wait = None, "", [], 0.0
    try:
        for item in _deadline_stream(engine, request, settings.generation_timeout):
            if isinstance(item, QueueStatus):
                yield item
                continue
            if not raw:
                run.timings.first_token_ms = run.clock.since_start()
            raw.append(item)
            yield from run.show(out.feed(item))
    except EngineBusy as exc:
        reason, detail, wait = Reason.BUSY, str(exc), exc.expected_wait
    except GenerationFailed as exc:
        reason, detail = (Reason.TIMEOUT if isinstance(exc, GenerationTimeout) else Reason.FAILED), str(exc)
    if reason is not None:
        log.warning("%s; answering from the guide's lines", detail)
    run.timings.generate_ms = run.clock.lap()
    yield from run.show(out.close(cut_off=reason is not None))
    if out.started and reason is not None:  # cut off after verified units: they stay, and the guide's own lines follow
        run.timings.verify_ms = out.verify_ms
        out.trust()
        yield from run.show(out.feed("\n\n" + compose(run.query, run.passages)) + out.close())
        yield run.outcome(Kind.FALLBACK, engine.name, reason, detail, out.raw, out.removed)
        return
    if out.started:
        if not quotes:
            # A company asked about but left out gets the guide's line on it, checked like the rest; then the guide's
            # own lines the model's opening did not state follow as the short list (trusted: quoted verbatim).
            completed = complete(out.text, run.query, run.passages)
            yield from run.show(out.feed(completed[len(out.text) :]) + out.close())
            evidence = supporting(out.text, run.query, run.passages) if settings.quote_support else ""
            if evidence:
                out.trust()
                yield from run.show(out.feed("\n\n" + evidence) + out.close())
        run.timings.verify_ms = out.verify_ms
        yield run.outcome(Kind.ANSWERED, engine.name, None, "", out.raw, out.removed)
        return
    yield from _fall_back(run, reason, detail, "".join(raw).strip(), out, wait)


def _fall_back(
    run: _Run, reason: Reason | None, detail: str, raw: str, model: VerifiedStream, wait: float
) -> Iterator[str | Outcome]:
    """Nothing of the engine's answer was shown: show the guide's own lines (the extractive answer), and only them."""
    engine = run.runtime.engine.name
    run.timings.verify_ms = model.verify_ms
    if reason is None:
        if not raw:
            reason, detail = Reason.EMPTY, "empty generation"
        elif REFUSAL.search(raw) and not HAS_MARKER.search(raw):
            # Retrieval found relevant passages and the scope check passed, so the guide has something on this:
            # a small model's "NOT COVERED" here is usually wrong (or was asked for). Quote the guide instead.
            reason, detail = Reason.NO_ANSWER, "the model found no answer in the passages"
        else:
            reason, detail = Reason.GUTTED, GUTTED
    quoted = compose(run.query, run.passages)
    if reason is Reason.NO_ANSWER and not quoted:
        yield from run.say(not_covered(run.runtime))
        yield run.outcome(Kind.REFUSED, engine)
        return
    if reason is Reason.BUSY:
        quoted = render("busy", wait=f"{wait:.0f}") + "\n\n" + quoted
    yield from run.say(quoted)
    yield run.outcome(
        Kind.FALLBACK, engine, reason, detail, model.raw if reason is Reason.GUTTED else "", model.removed
    )


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
