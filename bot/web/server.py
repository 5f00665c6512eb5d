"""Builds careerbot's one FastAPI app: API + widget + security + admin, with the Gradio page mounted at /.

Owns the composition and the app's lifespan: at startup the model and index
start loading in a background thread (bot.web.warmup), so the server accepts
connections at once and the page shows progress instead of hanging; feedback
and question-log rows older than ``settings.retention_days`` are purged at
start-up and then once a day. Routes are registered before Gradio is mounted
at "/", which would otherwise catch every path.

Behind a proxy: uvicorn's ProxyHeadersMiddleware, given
``settings.trusted_proxies``, replaces the peer address with the client's
from X-Forwarded-For only when the peer is one of those proxies; with none
configured, X-Forwarded-For is ignored (app.py turns uvicorn's own
proxy-header handling off, so this setting alone decides).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from typing import Any

import gradio as gr
from fastapi import FastAPI
from sqlalchemy.exc import SQLAlchemyError
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from bot.config import Settings
from bot.office.corrections import Corrections
from bot.office.documents import DocumentOffice
from bot.office.feedback import FeedbackStore
from bot.office.handoffs import HandoffDesk, make_desk
from bot.web.admin import RememberPeer, make_admin_router
from bot.web.api import Deps, install_error_handlers, make_router
from bot.web.corrections import make_corrections_router, page_parts
from bot.web.documents import make_documents_router
from bot.web.handoffs import install_handoffs
from bot.web.ratelimit import RateLimiter, limiter_secret
from bot.web.security import JsonTooLarge, SecurityMiddleware
from bot.web.ui import CSS, JS_HEAD, build_ui
from bot.web.warmup import WarmUp
from bot.web.widget import install_widget

# The chat page's Gradio queue, set by measurement (eval/bench/serve.py's page test, 2 cores):
# - PAGE_THREADS events run at once, on Gradio's own thread pool (apart from FastAPI's, which serves /api, /config and
#   /healthz). An answer event stays open while a model streams, so a lower limit makes later students wait for
#   earlier answers to end: 16 students at once, a model taking 4 s (openai engine, scripted server), first text
#   p95 10.0 s with 8 against 5.6 s with 64; extractive, 50 students at once: p95 1800-2000 ms against 2200-2800 ms.
# - Status estimates go to waiting clients every PAGE_STATUS_S seconds, not to all of them at every start ("auto":
#   waiting x starts messages in a burst).
# - Beyond PAGE_QUEUE waiting events (about 20 s at the ~12 turns/s measured) the page says at once that it is full.
PAGE_THREADS = 64
PAGE_STATUS_S = 2.0
PAGE_QUEUE = 256
PURGE_EVERY_S = 24 * 3600
RETRY_MAIL_EVERY_S = 300  # unsent hand-offs (mail server was down) are retried this often, and after the next one sent
log = logging.getLogger(__name__)


def make_deps(settings: Settings, runtime: Any) -> Deps:
    store = FeedbackStore(settings.feedback_db_url)
    return Deps(
        settings=settings,
        runtime=runtime,
        limiter=RateLimiter(settings.rate_limit, settings.rate_limit_storage, limiter_secret(settings)),
        store=store,
        warmup=WarmUp(runtime),
        desk=make_desk(settings, store.handoffs),
    )


def create_app(settings: Settings, runtime: Any) -> FastAPI:
    """The whole web app for one process; ``runtime`` is the process's one bot.chain.Runtime."""
    deps = make_deps(settings, runtime)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        deps.warmup.start()
        purging = asyncio.create_task(purge_daily(deps.store, settings.retention_days))
        retrying = asyncio.create_task(retry_mail(deps.desk))
        yield
        for task in (purging, retrying):
            task.cancel()
            with suppress(asyncio.CancelledError):
                await task
        deps.store.close()

    app = FastAPI(
        title="careerbot",
        summary="Grounded, cited career advice for AI/ML researchers.",
        version="1.0",
        lifespan=lifespan,
    )
    app.state.deps = deps
    install_error_handlers(app)
    app.include_router(make_router(deps))
    office = DocumentOffice(settings, deps.store)
    notes = Corrections(office, getattr(runtime, "retriever", None), getattr(runtime, "lexicon", None))  # staff notes
    admin = make_admin_router(settings, deps.store, runtime, page_parts(notes, deps.store))
    if admin is not None:
        app.include_router(admin)
    corrections = make_corrections_router(settings, notes, deps.store)
    if corrections is not None:
        app.include_router(corrections)
    documents = make_documents_router(settings, office)
    if documents is not None:
        app.include_router(documents)
    install_handoffs(app, deps)
    install_widget(app, settings)
    app.add_middleware(JsonTooLarge, max_chars=settings.max_message_chars, max_turns=settings.max_history_turns)
    app.add_middleware(SecurityMiddleware, origins=settings.origins)
    if settings.proxies:  # outermost: every layer below sees the real client address
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=settings.proxies)
        app.add_middleware(RememberPeer)  # outside it: the admin sign-on header is trusted only from the direct peer
    demo = build_ui(deps)
    demo.max_threads = PAGE_THREADS  # before queue(): Gradio sizes its queue's workers and its thread pool from it
    demo.queue(default_concurrency_limit=PAGE_THREADS, status_update_rate=PAGE_STATUS_S, max_size=PAGE_QUEUE)
    return gr.mount_gradio_app(app, demo, path="/", css=CSS, head=JS_HEAD, footer_links=["api"], show_error=True)


def purge_once(store: FeedbackStore, retention_days: int) -> None:
    try:
        feedback, questions = store.purge(retention_days)
    except SQLAlchemyError as exc:  # database down: try again next time, keep serving
        log.warning("retention purge failed, will retry in a day: %s", exc)
        return
    log.info(
        "retention: deleted %d feedback row(s) and %d logged question(s) older than %d days",
        feedback,
        questions,
        retention_days,
    )


async def purge_daily(store: FeedbackStore, retention_days: int) -> None:
    """Delete rows past the retention period now, then once a day, until cancelled."""
    while True:
        await asyncio.to_thread(purge_once, store, retention_days)
        await asyncio.sleep(PURGE_EVERY_S)


async def retry_mail(desk: HandoffDesk) -> None:
    """Email the hand-offs stored while the mail server was down: every RETRY_MAIL_EVERY_S, until cancelled."""
    while desk.form_enabled:
        await asyncio.sleep(RETRY_MAIL_EVERY_S)
        sent = await asyncio.to_thread(desk.retry_unsent)
        if sent:
            log.info("hand-offs: emailed %d that had waited for the mail server", sent)
