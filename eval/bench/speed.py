"""Prefill and decode speed of one engine over some chat prompts, for the benchmarks."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.engines.base import Engine
from bot.engines.hf_transformers import chat_inputs
from bot.types import GenerationRequest


@dataclass(frozen=True)
class Speed:
    """Speed of one engine over some prompts (means across prompts)."""

    prompt_tokens: float
    prefill_tok_s: float
    first_token_ms: float
    decode_tok_s: float
    new_tokens: float


def measure(engine: Engine, prompts: Sequence[list[dict[str, str]]], max_new_tokens: int = 64) -> Speed:
    """Stream each chat prompt through ``engine`` and time it.

    first_token_ms: request to first text piece. Prefill tok/s: prompt tokens /
    first-token time (local engine only; 0 otherwise). Decode tok/s: generated
    tokens after the first / time after the first piece.
    """
    engine.load()
    rows = [_measure_one(engine, messages, max_new_tokens) for messages in prompts]
    n = len(rows) or 1
    return Speed(*(sum(r[i] for r in rows) / n for i in range(5)))


def _measure_one(engine: Engine, messages: list[dict[str, str]], max_new_tokens: int) -> tuple[float, ...]:
    tokenizer = _tokenizer_of(engine)
    prompt_tokens = len(chat_inputs(tokenizer, messages)["input_ids"][0]) if tokenizer else 0
    start = time.perf_counter()
    first = 0.0
    text = ""
    for piece in engine.stream(GenerationRequest(messages=messages, max_new_tokens=max_new_tokens)):
        if not isinstance(piece, str):  # a QueueStatus while waiting for a batch
            continue
        if not first:
            first = time.perf_counter()
        text += piece
    end = time.perf_counter()
    first = first or end
    new_tokens = len(tokenizer(text)["input_ids"]) if tokenizer else len(text.split())
    first_s = first - start
    decode_s = end - first
    return (
        float(prompt_tokens),
        prompt_tokens / first_s if tokenizer and first_s > 0 else 0.0,
        first_s * 1000,
        (new_tokens - 1) / decode_s if decode_s > 0 and new_tokens > 1 else 0.0,
        float(new_tokens),
    )


def _tokenizer_of(engine: Engine) -> Any | None:
    loaded = getattr(engine, "_loaded", None)
    return loaded.tokenizer if loaded is not None else getattr(engine, "tokenizer", None)
