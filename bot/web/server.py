"""Builds careerbot's one FastAPI app: API + widget + security, with the Gradio page mounted at /.

Owns the composition and the app's lifespan: at startup the model and index
start loading in a background thread (bot.web.warmup), so the server accepts
connections at once and the page shows progress instead of hanging. Routes
are registered before Gradio is mounted at "/", which would otherwise catch
every path.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import gradio as gr
from fastapi import FastAPI

from bot.config import Settings
from bot.feedback import FeedbackStore
from bot.web.api import Deps, install_error_handlers, make_router
from bot.web.ratelimit import RateLimiter
from bot.web.security import JsonTooLarge, SecurityMiddleware
from bot.web.ui import CSS, JS_HEAD, build_ui
from bot.web.warmup import WarmUp
from bot.web.widget import install_widget

# Several sessions are served at once; the chain itself serialises model use.
QUEUE_CONCURRENCY = 8


def make_deps(settings: Settings, runtime: Any) -> Deps:
    return Deps(
        settings=settings,
        runtime=runtime,
        limiter=RateLimiter(settings.rate_limit, settings.rate_limit_storage),
        store=FeedbackStore(settings.feedback_db_url),
        warmup=WarmUp(runtime),
    )


def create_app(settings: Settings, runtime: Any) -> FastAPI:
    """The whole web app for one process; ``runtime`` is the process's one bot.chain.Runtime."""
    deps = make_deps(settings, runtime)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        deps.warmup.start()
        yield
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
    install_widget(app, settings)
    app.add_middleware(JsonTooLarge, max_chars=settings.max_message_chars, max_turns=settings.max_history_turns)
    app.add_middleware(SecurityMiddleware, origins=settings.origins)
    demo = build_ui(deps).queue(default_concurrency_limit=QUEUE_CONCURRENCY)
    return gr.mount_gradio_app(app, demo, path="/", css=CSS, head=JS_HEAD, footer_links=["api"], show_error=True)
