"""The one composition: question + history -> Answer (DESIGN.md's data flow, top to bottom).

Owns the order of the steps and what happens when one fails: condense ->
retrieve -> (nothing relevant: fixed "not covered" reply, no generation) ->
(out-of-scope entity: honest scope reply) -> render prompt -> engine (with a
deadline; failure or timeout falls back to the extractive answer) -> guard
(unsupported sentences dropped; a gutted answer falls back) -> citations
renumbered -> Answer with timings.

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
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from bot.citations import attribute, finalize, tidy
from bot.condense import condense
from bot.config import Settings
from bot.errors import BadInput, CareerbotError, GenerationFailed
from bot.extractive import ExtractiveEngine, complete, compose
from bot.prompts import render
from bot.retrieve import Retriever
from bot.scope import asks_about_pay, names_phrase, uncovered
from bot.types import Answer, GenerationRequest, Passage, Removed, Timings, Turn

log = logging.getLogger(__name__)

GUTTED = "guard removed most of the answer"  # the fallback reason when the guard empties an answer
REFUSAL = re.compile(r"NOT COVERED|\b(do(es)? not|don't|doesn't) (cover|contain|mention|provide|include|say)|\bno information\b", re.I)
Progress = Callable[[float, str], None]


class Runtime:
    """Retriever + engine for one Settings. Cheap to construct; ``warm_up`` does the slow loading."""

    def __init__(self, settings: Settings, engine=None, embedder=None) -> None:
        from bot.llm import make_engine

        self.settings = settings
        self.retriever = Retriever(settings, embedder)
        self.engine = engine or make_engine(settings)
        self.extractive = ExtractiveEngine(settings)
        self._corpus: tuple[int, str, list[str]] | None = None

    def warm_up(self, progress: Progress | None = None) -> None:
        self.retriever.load()
        self.retriever.search("warm up the embedding model")  # loads the embedder and touches every index path
        self.engine.load(progress)

    def corpus(self) -> tuple[str, list[str]]:
        """(all chunk texts joined, top-level topics) — cached until the index changes size."""
        count = self.retriever.count()
        if self._corpus is None or self._corpus[0] != count:
            chunks = self.retriever.chunks()
            topics = list(dict.fromkeys(c.section.split(" > ")[0] for c in chunks if c.section))
            self._corpus = (count, "\n".join(f"{c.section}\n{c.text}" for c in chunks), topics)
        return self._corpus[1], self._corpus[2]

    def status(self) -> dict:
        try:
            chunks, index_error = self.retriever.count(), None
        except CareerbotError as exc:
            chunks, index_error = 0, str(exc)
        engine = self.engine.status()
        return {"index_loaded": index_error is None and chunks > 0, "chunks": chunks, "index_error": index_error,
                "engine": self.engine.name, "engine_ready": bool(engine.get("ready")), "engine_status": engine}


@lru_cache(maxsize=4)
def shared_runtime(settings: Settings) -> Runtime:
    return Runtime(settings)


def parse_history(raw: object, settings: Settings) -> list[Turn]:
    """Validate a history (list of {"role": "user"|"assistant", "content": str}); BadInput says what is wrong."""
    if raw is None:
        return []
    if not isinstance(raw, (list, tuple)):
        raise BadInput("history must be a list of {\"role\": \"user\"|\"assistant\", \"content\": \"...\"} objects")
    if len(raw) > settings.max_history_turns:
        raise BadInput(f"history has {len(raw)} turns; the limit is {settings.max_history_turns}: start a new chat or send only the recent turns")
    turns: list[Turn] = []
    for i, item in enumerate(raw):
        if isinstance(item, Turn):
            turns.append(item)
            continue
        if not isinstance(item, dict) or item.get("role") not in ("user", "assistant") or not isinstance(item.get("content"), str):
            raise BadInput(f"history[{i}] must be {{\"role\": \"user\"|\"assistant\", \"content\": \"...\"}}")
        if len(item["content"]) > settings.max_message_chars * 4:
            raise BadInput(f"history[{i}] is longer than {settings.max_message_chars * 4} characters")
        turns.append(Turn(item["role"], item["content"]))
    return turns


def check_question(question: object, settings: Settings) -> str:
    if not isinstance(question, str) or not question.strip():
        raise BadInput("Please type a question.")
    if len(question) > settings.max_message_chars:
        raise BadInput(f"Your message is {len(question)} characters; please keep it under {settings.max_message_chars}.")
    cleaned = "".join(ch for ch in question if ch.isprintable() or ch in "\n\t").strip()
    if not cleaned:
        raise BadInput("Please type a question.")
    return cleaned


def number_passages(passages: Sequence[Passage]) -> str:
    return "\n\n".join(f"[{i}] {p.section}\n{p.text}" for i, p in enumerate(passages, 1))


def build_request(question: str, passages: list[Passage], settings: Settings, cancel: threading.Event) -> GenerationRequest:
    messages = [
        {"role": "system", "content": render("system")},
        {"role": "user", "content": render("answer", passages=number_passages(passages), question=question)},
    ]
    return GenerationRequest(messages=messages, question=question, passages=passages, max_new_tokens=settings.max_new_tokens, cancel=cancel)


def not_covered(runtime: Runtime) -> str:
    _, topics = runtime.corpus()
    return render("not_covered", topics=", ".join(topics) or "nothing yet", handoff_url=runtime.settings.handoff_url)


def _deadline_stream(engine, request: GenerationRequest, timeout: float) -> Iterator[str]:
    """Run ``engine.stream`` in a thread; raise GenerationFailed when it fails or passes ``timeout`` seconds."""
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
            raise GenerationFailed(f"{engine.name} engine passed the {timeout:g} s generation timeout") from None
        if item is done:
            return
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

    def total(self) -> float:
        return (time.perf_counter() - self.start) * 1000


def stream_answer(question: str, history: Sequence[Turn | dict] | None, settings: Settings, *, runtime: Runtime | None = None) -> Iterator[str | Answer]:
    """Yield text pieces as they are generated, then exactly one final Answer (its text is authoritative)."""
    runtime = runtime or shared_runtime(settings)
    question = check_question(question, settings)
    turns = parse_history(history, settings)
    clock, timings = _Clock(), Timings()
    query = condense(question, turns)
    timings.condense_ms = clock.lap()
    passages = runtime.retriever.search(query)
    timings.retrieve_ms = clock.lap()
    corpus, _ = runtime.corpus()

    def finish(text: str, refused: bool, used: list[Passage], engine: str, fallback: str | None = None, removed: list[Removed] | None = None, raw: str = "") -> Answer:
        text, citations = finalize(text, used)
        timings.total_ms = clock.total()
        answer = Answer(text=text, citations=citations, refused=refused, timings=timings, query=query, engine=engine, fallback=fallback,
                        removed=removed or [], passages=passages, raw_text=raw or text)
        log.info("answer engine=%s refused=%s fallback=%s removed=%d total_ms=%.0f", engine, refused, fallback, len(answer.removed), timings.total_ms)
        for r in answer.removed:
            log.info("guard removed %r: %s", r.sentence, r.reason)
        return answer

    if not passages:
        yield finish(not_covered(runtime), True, [], "none")
        return
    gaps = uncovered(query, corpus)
    if gaps:
        text = render("scope_gap", names=names_phrase(gaps, query))
        if asks_about_pay(query):
            closest = compose(query, passages)
            text += " " + closest.replace("From the guide", "The closest figures the guide has", 1) if closest else ""
        text += f"\n\nFor anything else, please talk to a careers adviser: {settings.handoff_url}"
        yield finish(text, True, passages, "scope")
        return
    yield from _generate(query, passages, corpus, runtime, timings, clock, finish)


def _generate(query, passages, corpus, runtime: Runtime, timings: Timings, clock: _Clock, finish) -> Iterator[str | Answer]:
    settings = runtime.settings
    engine = runtime.engine
    request = build_request(query, passages, settings, threading.Event())
    parts: list[str] = []
    fallback: str | None = None
    try:
        for piece in _deadline_stream(engine, request, settings.generation_timeout):
            if not isinstance(piece, str):  # QueueStatus while waiting for the model (the stream branch forwards it)
                continue
            if not parts:
                timings.first_token_ms = (time.perf_counter() - clock.start) * 1000
            parts.append(piece)
            yield piece
    except GenerationFailed as exc:
        log.warning("%s; answering extractively", exc)
        fallback = str(exc)
    timings.generate_ms = clock.lap()
    text = raw = "".join(parts).strip()
    if fallback or not text:
        yield finish(compose(query, passages), False, passages, engine.name, fallback or "empty generation")
        return
    if REFUSAL.search(text) and not re.search(r"\[\d+\]", text):
        # Retrieval found relevant passages and the scope check passed, so the guide has something on this:
        # a small model's "NOT COVERED" here is usually wrong (or was asked for). Quote the guide instead.
        quoted = compose(query, passages)
        if quoted:
            yield finish(quoted, False, passages, engine.name, "the model found no answer in the passages")
        else:
            yield finish(not_covered(runtime), True, [], engine.name)
        return
    if engine.name != "extractive":
        text = raw = attribute(tidy(text, passages), passages)  # raw: what the guard-off answer would be
    removed: list[Removed] = []
    if settings.guard and engine.name != "extractive":
        from bot.verify import guard

        result = guard(text, [f"{p.section}\n{p.text}" for p in passages], corpus)
        timings.verify_ms = clock.lap()
        removed = list(result.removed)
        if result.gutted or not result.text.strip():
            yield finish(compose(query, passages), False, passages, engine.name, GUTTED, removed, raw)
            return
        text = result.text
    if engine.name != "extractive":
        text = complete(text, query, passages)  # a company asked about but left out gets the guide's line on it
    yield finish(text, False, passages, engine.name, None, removed, raw)


def answer(question: str, history: Sequence[Turn | dict] | None, settings: Settings, *, runtime: Runtime | None = None) -> Answer:
    """Answer one question; the same function serves the CLI, the web API and the eval harness."""
    final: Answer | None = None
    for item in stream_answer(question, history, settings, runtime=runtime):
        if isinstance(item, Answer):
            final = item
    assert final is not None
    return final
