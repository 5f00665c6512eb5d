"""The ``openai`` engine: any OpenAI-compatible chat server (vLLM, Ollama, llama.cpp server, ...).

Talks through LangChain's ``ChatOpenAI`` (streaming, temperature 0, bounded
tokens, ``settings.generation_timeout``, no retries so a dead server fails
fast). LangChain objects stay inside this module: in come chat dicts, out go
text pieces. Connection and server errors become ``GenerationFailed`` with a
one-line fix. ``max_tokens`` is sent under both its old and new names because
local servers differ in which they read.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

from bot.config import Settings
from bot.errors import GenerationFailed
from bot.types import GenerationRequest

Progress = Callable[[float, str], None]


class OpenAIEngine:
    """Streams answers from ``settings.llm_base_url`` / ``settings.llm_model``."""

    name = "openai"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._client: Any | None = None
        self._lock = threading.Lock()
        self._reachable: bool | None = None
        self._detail = "not loaded"

    def load(self, progress: Progress | None = None) -> None:
        """Build the client and probe ``/models`` once; an unreachable server is reported, not raised."""
        with self._lock:
            if self._client is None:
                self._client = self._make_client()
        if self._reachable is None:
            self._probe()
        if progress is not None:
            progress(1.0, self._detail)

    def ready(self) -> bool:
        return self._client is not None and bool(self._reachable)

    def status(self) -> dict:
        return {
            "engine": self.name,
            "ready": self.ready(),
            "loading": False,
            "progress": 1.0 if self._client is not None else 0.0,
            "detail": self._detail,
        }

    def stream(self, request: GenerationRequest) -> Iterator[str]:
        import httpx
        import openai

        self.load()
        cancel = request.cancel
        try:
            chunks = self._client.stream(  # type: ignore[union-attr]
                request.messages,
                max_tokens=request.max_new_tokens,
                extra_body={"max_tokens": request.max_new_tokens},
            )
            for chunk in chunks:
                if cancel is not None and cancel.is_set():  # type: ignore[attr-defined]
                    chunks.close()
                    return
                if text := _text_of(chunk):
                    yield text
        except (openai.OpenAIError, httpx.HTTPError) as exc:
            raise self._failure(exc) from exc
        self._mark(True)

    # --- helpers --------------------------------------------------------------
    def _make_client(self) -> Any:
        from langchain_openai import ChatOpenAI

        s = self.settings
        return ChatOpenAI(
            base_url=s.llm_base_url,
            model=s.llm_model,
            api_key=s.llm_api_key,
            streaming=True,
            temperature=0,
            max_tokens=s.max_new_tokens,
            timeout=s.generation_timeout,
            max_retries=0,
        )

    def _probe(self) -> None:
        import httpx

        url = self.settings.llm_base_url.rstrip("/") + "/models"
        headers = {"Authorization": f"Bearer {self.settings.llm_api_key}"}
        try:
            httpx.get(url, headers=headers, timeout=min(5.0, self.settings.generation_timeout)).raise_for_status()
            self._mark(True)
        except httpx.HTTPError as exc:
            self._mark(False, f"model server at {self.settings.llm_base_url} not reachable ({type(exc).__name__})")

    def _mark(self, ok: bool, detail: str = "") -> None:
        self._reachable = ok
        self._detail = detail or f"model server at {self.settings.llm_base_url} ({self.settings.llm_model})"

    def _failure(self, exc: Exception) -> GenerationFailed:
        import openai

        url = self.settings.llm_base_url
        if isinstance(exc, openai.APITimeoutError):
            message = (
                f"Model server at {url} did not answer within {self.settings.generation_timeout:.0f} s: "
                "check it is healthy or raise CAREERBOT_GENERATION_TIMEOUT"
            )
        elif isinstance(exc, openai.APIConnectionError):
            message = (
                f"Cannot reach the model server at {url}: "
                "start it, fix CAREERBOT_LLM_BASE_URL, or set CAREERBOT_ENGINE=extractive"
            )
        elif isinstance(exc, openai.APIStatusError):
            message = (
                f"Model server at {url} answered HTTP {exc.status_code}: "
                f"check CAREERBOT_LLM_MODEL ({self.settings.llm_model!r}) and the server's log"
            )
        else:
            message = f"Model server at {url} failed: {exc}"
        self._mark(False, message)
        return GenerationFailed(message)


def _text_of(chunk: Any) -> str:
    content = chunk.content
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") for part in content if isinstance(part, dict))
