"""The HTTP API: POST /api/chat (JSON), POST /api/chat/stream (SSE), POST /api/feedback, POST /api/transcript,
GET /healthz.

Owns request/response models (they make the OpenAPI at /docs) and the mapping
of careerbot errors to HTTP: BadInput -> 400 with its message, index or model
not available -> 503 with its message, too many requests -> 429 with a
sentence a person understands, schema errors -> 422 / malformed JSON -> 400,
each with a one-line ``error``. The API is stateless: the client sends the
history with every message, so any replica can answer any session; for a
transcript it sends the whole conversation, which is turned into the file and
not kept.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.sse import EventSourceResponse, ServerSentEvent
from pydantic import BaseModel, Field
from sqlalchemy.exc import SQLAlchemyError

from bot.config import Settings
from bot.errors import CareerbotError
from bot.evidence.suggest import Suggester, for_outcome, make_suggester
from bot.office.feedback import FeedbackRecord, FeedbackStore
from bot.office.transcript import Exchange, transcript_filename, transcript_markdown
from bot.types import Citation, Outcome, QueueStatus, Turn
from bot.web.ratelimit import RateLimiter
from bot.web.service import check_history, check_message, error_status
from bot.web.warmup import WarmUp
from bot.web.widget import safe_url

log = logging.getLogger(__name__)


class HistoryTurn(BaseModel):
    role: Literal["user", "assistant"] = Field(description="Who said it.")
    content: str = Field(description="What was said.")


class ChatRequest(BaseModel):
    message: str = Field(description="The question (at most CAREERBOT_MAX_MESSAGE_CHARS characters).")
    history: list[HistoryTurn] = Field(
        default_factory=list, description="Earlier turns of this conversation, oldest first."
    )
    session_id: str | None = Field(
        None, max_length=128, description="Opaque id of the browser session; rate limits count per session."
    )


class CitationOut(BaseModel):
    n: int
    source: str
    section: str
    text: str
    title: str = ""  # the document's title
    scope: str = ""  # its scope: region and year, e.g. "UK 2023"


class RemovedOut(BaseModel):
    sentence: str
    reason: str


class OutcomeOut(BaseModel):
    kind: Literal["answered", "fallback", "refused", "scope"] = Field(description="How the question was answered.")
    reason: Literal["busy", "failed", "timeout", "empty", "gutted", "no_answer"] | None = Field(
        None, description="Why a fallback answered with the guide's own lines instead of the model's."
    )


class ChatResponse(BaseModel):
    """The `python -m bot ask --json` schema."""

    answer: str
    refused: bool
    citations: list[CitationOut]
    timings: dict[str, float]
    query: str = ""
    engine: str = ""
    fallback: str | None = None
    removed: list[RemovedOut] = Field(default_factory=list)
    outcome: OutcomeOut | None = None
    suggestions: list[str] = Field(
        default_factory=list,
        description=(
            "Up to three follow-up questions from the documents near the cited passages, each one careerbot answers."
        ),
    )


class FeedbackRequest(BaseModel):
    verdict: Literal["up", "down"] = Field(description="Thumbs up or down.")
    question: str = Field(max_length=20_000)
    answer: str = Field(max_length=50_000)
    history: list[HistoryTurn] = Field(default_factory=list, max_length=200)
    citations: list[CitationOut] = Field(default_factory=list, max_length=50)
    removed: list[RemovedOut] = Field(default_factory=list, max_length=50)
    refused: bool = False
    engine: str = Field("", max_length=32)
    reason: str | None = Field(None, max_length=2000, description="Optional: what was wrong (or right).")
    session_id: str | None = Field(None, max_length=128)


class CitationIn(BaseModel):
    n: int = Field(ge=1, le=99)
    source: str = Field("", max_length=500)
    section: str = Field("", max_length=1000)
    text: str = Field("", max_length=20_000)
    title: str = Field("", max_length=500, description="The document's title.")
    scope: str = Field("", max_length=200, description='What the document covers, e.g. "UK 2023".')


class TranscriptTurn(BaseModel):
    question: str = Field(description="What the student asked.")
    answer: str = Field(description="careerbot's answer (the `answer` of /api/chat).")
    citations: list[CitationIn] = Field(default_factory=list, max_length=50, description="The answer's `citations`.")


class TranscriptRequest(BaseModel):
    turns: list[TranscriptTurn] = Field(
        default_factory=list, max_length=200, description="The conversation, oldest first."
    )


class FeedbackResponse(BaseModel):
    id: int


class ErrorResponse(BaseModel):
    error: str


@dataclass(frozen=True)
class ChatInput:
    question: str
    history: list[Turn]
    session_id: str | None


@dataclass(frozen=True)
class Deps:
    """What the API needs, built once per process by server.create_app."""

    settings: Settings
    runtime: Any
    limiter: RateLimiter
    store: FeedbackStore
    warmup: WarmUp
    desk: Any = None  # bot.office.handoffs.HandoffDesk: hand-offs and transcript emails (bot/web/handoffs.py)
    suggester: Suggester | None = (
        None  # suggested next questions (bot/evidence/suggest.py); made from runtime when None
    )


class ApiError(Exception):
    def __init__(
        self, status: int, message: str, headers: dict[str, str] | None = None, fields: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.headers, self.fields = status, message, headers or {}, fields or {}


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "Bad input (empty, too long, malformed history or JSON)."},
    422: {"model": ErrorResponse, "description": "The body does not match the schema."},
    429: {"model": ErrorResponse, "description": "Too many requests from this client or session."},
    503: {"model": ErrorResponse, "description": "Index or model not available yet."},
}


def make_router(deps: Deps) -> APIRouter:
    router = APIRouter()
    suggester = deps.suggester or make_suggester(deps.runtime)
    body_limit = 64_000 + 8 * deps.settings.max_message_chars * (deps.settings.max_history_turns + 1)

    def chat_input(body: ChatRequest, request: Request) -> ChatInput:
        verdict = deps.limiter.hit(client_ip(request), body.session_id)
        if not verdict.allowed:
            raise ApiError(429, verdict.message, {"Retry-After": str(verdict.retry_after)})
        question = check_message(body.message, deps.settings)
        history = check_history([t.model_dump() for t in body.history], deps.settings)
        return ChatInput(question, history, body.session_id)

    @router.post("/api/chat", response_model=ChatResponse, responses=ERRORS, tags=["chat"], max_body_size=body_limit)
    def chat(inp: ChatInput = Depends(chat_input)) -> dict[str, Any]:
        """Answer one message, given the history; the whole answer at once."""
        from bot.chain import answer

        result = answer(inp.question, inp.history, deps.settings, runtime=deps.runtime)
        deps.store.questions.record(inp.question, result)  # redacted question + outcome, for /admin/insights
        return final_json(result, inp, suggester)

    @router.post(
        "/api/chat/stream",
        response_class=EventSourceResponse,
        responses=ERRORS,
        tags=["chat"],
        max_body_size=body_limit,
    )
    def chat_stream(inp: ChatInput = Depends(chat_input)) -> Iterator[ServerSentEvent]:
        """Server-Sent Events: `queue` events ({"position", "expected_wait"}) while waiting for the model, `token`
        events ({"text"}: verified units only, in their final form), then one `final` event (the /api/chat schema; its
        `answer` is the tokens joined), or one `error` event."""
        yield from sse_events(inp, deps, suggester)

    @router.post("/api/feedback", response_model=FeedbackResponse, responses=ERRORS, tags=["feedback"])
    def feedback(body: FeedbackRequest) -> FeedbackResponse:
        """Store a thumbs up or down on an answer, with an optional reason."""
        record = FeedbackRecord(
            verdict=body.verdict,
            question=body.question,
            answer=body.answer,
            history=[t.model_dump() for t in body.history],
            citations=[c.model_dump() for c in body.citations],
            removed=[r.model_dump() for r in body.removed],
            refused=body.refused,
            engine=body.engine,
            reason=body.reason,
            session_id=body.session_id,
        )
        try:
            return FeedbackResponse(id=deps.store.add(record))
        except SQLAlchemyError as exc:  # database down or unreachable: say so, never a bare 500
            log.warning("feedback not stored: %s", exc)
            raise ApiError(
                503, "The feedback store is unavailable right now, so your vote was not saved. Please try again later."
            ) from exc

    @router.post(
        "/api/transcript",
        response_class=Response,
        tags=["chat"],
        max_body_size=2 * body_limit,
        responses={**ERRORS, 200: {"content": {"text/markdown": {}}, "description": "The Markdown file."}},
    )
    def transcript(body: TranscriptRequest) -> Response:
        """The conversation the client sends, as a Markdown file to keep: each question, its answer and the
        answer's sources (document title, scope, section, passage), dated today. Within the chat's own limits;
        nothing is stored."""
        made = date.today()
        text = transcript_markdown(transcript_exchanges(body, deps.settings), made, safe_url(deps.settings.handoff_url))
        disposition = f'attachment; filename="{transcript_filename(made)}"'
        headers = {"Content-Disposition": disposition, "Cache-Control": "no-store"}
        # A lone surrogate (valid JSON, not UTF-8) becomes "?": the file is still written, never a 500.
        return Response(text.encode("utf-8", "replace"), media_type="text/markdown; charset=utf-8", headers=headers)

    @router.get("/healthz", tags=["ops"])
    def healthz() -> JSONResponse:
        """Index loaded, engine ready, chunk count; 200 when answering, 503 while loading or broken."""
        body = health(deps)
        return JSONResponse(body, status_code=200 if body["ready"] else 503)

    return router


def transcript_exchanges(body: TranscriptRequest, settings: Settings) -> list[Exchange]:
    """The conversation within the limits the chat accepted it under: each question passes check_message, the turns
    before the last question pass check_history (the history it was sent with), and so does the last answer's length."""
    flat = [{"role": r, "content": c} for t in body.turns for r, c in (("user", t.question), ("assistant", t.answer))]
    check_history(flat[:-2], settings)
    check_history(flat[-1:], settings)
    return [
        Exchange(check_message(t.question, settings), t.answer, tuple(Citation(**c.model_dump()) for c in t.citations))
        for t in body.turns
    ]


def final_json(outcome: Outcome, inp: ChatInput, suggester: Suggester | None) -> dict[str, Any]:
    """The Outcome's JSON with its ``suggestions`` (none when they cannot be found: the answer is never held up)."""
    data = outcome.to_json()
    try:
        found = for_outcome(suggester, inp.question, outcome, inp.history)
    except CareerbotError as exc:
        log.warning("no suggestions: %s", exc)
        return data | {"suggestions": []}
    data["timings"]["suggest_ms"] = round(found.ms, 1)
    return data | {"suggestions": found.questions}


def sse_events(inp: ChatInput, deps: Deps, suggester: Suggester | None = None) -> Iterator[ServerSentEvent]:
    from bot.chain import stream_answer

    finished = False
    try:
        for piece in stream_answer(inp.question, inp.history, deps.settings, runtime=deps.runtime):
            if isinstance(piece, Outcome):
                finished = True
                deps.store.questions.record(inp.question, piece)  # redacted question + outcome, for /admin/insights
                yield ServerSentEvent(event="final", data=final_json(piece, inp, suggester))
            elif isinstance(piece, QueueStatus):
                yield ServerSentEvent(
                    event="queue", data={"position": piece.position, "expected_wait": round(piece.expected_wait, 1)}
                )
            elif piece:
                yield ServerSentEvent(event="token", data={"text": piece})
    except CareerbotError as exc:
        yield ServerSentEvent(event="error", data={"error": str(exc), "status": error_status(exc)})
        return
    if not finished:
        log.error("stream_answer ended without its final Answer")
        yield ServerSentEvent(
            event="error", data={"error": "The answer could not be finished. Please ask again.", "status": 500}
        )


def health(deps: Deps) -> dict[str, Any]:
    warm = deps.warmup.state()
    status = deps.runtime.status()
    degraded = [d for d in (deps.limiter.degraded,) if d]
    if not deps.store.ping():
        degraded.append("feedback store unavailable: votes are not being saved")
    engine_ready = bool(status.get("engine_ready"))
    if warm.ready and not engine_ready:  # loaded, then lost (model server down): answers fall back to extractive
        detail = (status.get("engine_status") or {}).get("detail") or "not ready"
        degraded.append(f"answer engine unavailable, answering extractively: {detail}")
    ready = bool(warm.ready and status.get("index_loaded"))
    return {
        "ready": ready,
        "index_loaded": bool(status.get("index_loaded")),
        "chunks": int(status.get("chunks") or 0),
        "engine": status.get("engine", deps.settings.engine),
        "engine_ready": bool(status.get("engine_ready")),
        "engine_status": status.get("engine_status", {}),
        "loading": {"progress": round(warm.progress, 3), "detail": warm.detail, "error": warm.error},
        "degraded": degraded,
    }


def client_ip(request: Request) -> str | None:
    return request.client.host if request.client else None


def install_error_handlers(app: FastAPI) -> None:
    """Every error of the API leaves as JSON {"error": one clear line}; never a bare 500 for bad input."""

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        body = {"error": exc.message, "fields": exc.fields} if exc.fields else {"error": exc.message}
        return JSONResponse(body, status_code=exc.status, headers=exc.headers)

    @app.exception_handler(CareerbotError)
    async def _careerbot_error(_request: Request, exc: CareerbotError) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=error_status(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            return JSONResponse({"error": "The request body is not valid JSON."}, status_code=400)
        return JSONResponse({"error": validation_message(errors)}, status_code=422)


def validation_message(errors: Any) -> str:
    """One line naming each bad field: 'body.history.0.role: Input should be 'user' or 'assistant''."""
    parts = []
    for e in list(errors)[:5]:
        where = ".".join(str(p) for p in e.get("loc", ()))
        parts.append(f"{where}: {e.get('msg', 'invalid')}")
    return "Invalid request: " + "; ".join(parts)
