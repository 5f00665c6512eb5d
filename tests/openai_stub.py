"""A scripted OpenAI-compatible HTTP server for tests.

Serves ``GET /v1/models`` and ``POST /v1/chat/completions`` (plain JSON, or
server-sent events with ``"stream": true``) on 127.0.0.1 at a free port, from a
background thread. The reply is scripted: by default it echoes what it
received (how many messages, the passage numbers ``[n]`` in the last user
message), so a test can tell the prompt arrived. Faults for reliability tests:
``delay`` (seconds before answering), ``chunk_delay`` (seconds between streamed
pieces), ``status`` (answer every completion with this HTTP error), and
``stop()`` (the server goes away: connection refused).

    with OpenAIStub(reply=lambda msgs: "Hello [1].") as stub:
        settings = Settings(engine="openai", llm_base_url=stub.base_url)
        ...
        stub.requests  # the JSON bodies received, in order
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Reply = Callable[[list[dict[str, Any]]], str]


def echo_reply(messages: list[dict[str, Any]]) -> str:
    """Says how many messages arrived and which [n] passage markers the last user message held."""
    user = next((m for m in reversed(messages) if m.get("role") == "user"), {"content": ""})
    content = user.get("content") or ""
    if isinstance(content, list):  # content parts
        content = " ".join(p.get("text", "") for p in content if isinstance(p, dict))
    marks = sorted({int(n) for n in re.findall(r"\[(\d+)\]", content)})
    seen = ", ".join(f"[{n}]" for n in marks) or "none"
    return f"I received {len(messages)} messages. Passages seen: {seen}. Done."


def split_pieces(text: str) -> list[str]:
    """Word-sized pieces (each keeps its leading space), as a real server streams tokens."""
    return re.findall(r"\s*\S+", text) or [text]


class OpenAIStub:
    """Start with ``start()`` (or ``with``); ``base_url`` ends in /v1."""

    def __init__(
        self,
        reply: Reply = echo_reply,
        *,
        delay: float = 0.0,
        chunk_delay: float = 0.0,
        status: int | None = None,
        gate: threading.Event | None = None,
        gate_at: Callable[[list[str]], int] | None = None,
        model: str = "stub-model",
    ) -> None:
        self.reply = reply
        self.delay = delay
        self.chunk_delay = chunk_delay
        self.status = status
        self.gate = gate
        self.gate_at = gate_at  # which streamed piece the gate holds the stream after (default: the first)
        self.model = model
        self.requests: list[dict[str, Any]] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        assert self._server is not None, "stub not started"
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> OpenAIStub:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="openai-stub", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening; later requests get connection refused. Safe to call twice."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            if self._thread is not None:
                self._thread.join(timeout=5)
            self._server = None

    def __enter__(self) -> OpenAIStub:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def pieces_for(self, body: dict[str, Any]) -> list[str]:
        """The scripted reply for a request, cut at its max tokens (one piece = one token)."""
        pieces = split_pieces(self.reply(body.get("messages", [])))
        limit = body.get("max_completion_tokens") or body.get("max_tokens")
        return pieces[: int(limit)] if limit else pieces


def _handler_for(stub: OpenAIStub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # quiet test output
            pass

        def do_GET(self) -> None:
            if self.path.rstrip("/").endswith("/models"):
                self._json(200, {"object": "list", "data": [{"id": stub.model, "object": "model", "owned_by": "stub"}]})
            else:
                self._json(404, {"error": {"message": "not found"}})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self._json(404, {"error": {"message": "not found"}})
                return
            stub.requests.append(body)
            time.sleep(stub.delay)
            if stub.status is not None:
                self._json(
                    stub.status, {"error": {"message": f"scripted failure {stub.status}", "type": "server_error"}}
                )
                return
            pieces = stub.pieces_for(body)
            if body.get("stream"):
                self._stream(pieces)
            else:
                self._json(200, _completion(stub.model, "".join(pieces), len(pieces)))

        def _json(self, code: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _stream(self, pieces: list[str]) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-cache")
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                self._event(_chunk(stub.model, {"role": "assistant", "content": ""}, None))
                hold = stub.gate_at(pieces) if stub.gate_at else 0
                for i, piece in enumerate(pieces):
                    self._event(_chunk(stub.model, {"content": piece}, None))
                    if i == hold and stub.gate is not None:
                        stub.gate.wait(timeout=30)
                    time.sleep(stub.chunk_delay)
                self._event(_chunk(stub.model, {}, "stop"))
                self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):  # client went away (cancel): fine
                pass
            self.close_connection = True

        def _event(self, payload: dict[str, Any]) -> None:
            self.wfile.write(b"data: " + json.dumps(payload).encode() + b"\n\n")
            self.wfile.flush()

    return Handler


def _chunk(model: str, delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
    return {
        "id": "chatcmpl-stub",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


def _completion(model: str, text: str, tokens: int) -> dict[str, Any]:
    return {
        "id": "chatcmpl-stub",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 0, "completion_tokens": tokens, "total_tokens": tokens},
    }
