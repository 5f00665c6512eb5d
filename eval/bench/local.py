"""Local-engine benchmark: time to first token and decode speed through the chain and through the bare engine.

Owns, for each chosen golden question: one run through ``bot.chain.stream_answer``
(timed from the call: first text piece, last piece), then the very prompt the
chain built (same messages, same ``max_new_tokens``) streamed through the bare
engine, so the overhead ratio compares the same prompt and, greedy, the same
output (``same_output`` says whether it was). Tokens are counted with the
model's own tokenizer. Questions the chain answers without generating (refusals,
scope replies) are listed but not timed. Cold start, memory and the int8/fp32
decode settings are measured in fresh processes (eval.bench.coldstart).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from tqdm import tqdm

from bot.config import Settings
from bot.types import GenerationRequest, Outcome
from eval.bench.coldstart import probe
from eval.bench.stats import dist, ratio


def chain_run(question: str, settings: Settings, runtime) -> tuple[Outcome, str, float, float | None, float]:
    """(answer, streamed text, first piece ms, last piece ms or None, total ms) for one question through the chain."""
    from bot.chain import stream_answer

    start = time.perf_counter()
    first = last = None
    final = None
    parts: list[str] = []
    for item in stream_answer(question, [], settings, runtime=runtime):
        if isinstance(item, Outcome):
            final = item
        elif isinstance(item, str) and item:  # not a QueueStatus
            now = time.perf_counter()
            first = first or now
            last = now
            parts.append(item)
    total = time.perf_counter() - start
    assert final is not None
    ms = lambda t: None if t is None else (t - start) * 1000  # noqa: E731
    return final, "".join(parts), ms(first) or 0.0, ms(last), total * 1000


def bare_run(engine, messages: list[dict[str, str]], max_new_tokens: int) -> tuple[str, float, float, float]:
    """(text, first piece ms, last piece ms, total ms) for one prompt straight through the engine."""
    start = time.perf_counter()
    first = last = start
    parts: list[str] = []
    for piece in engine.stream(
        GenerationRequest(messages=messages, max_new_tokens=max_new_tokens, cancel=threading.Event())
    ):
        if not isinstance(piece, str):  # QueueStatus
            continue
        now = time.perf_counter()
        if not parts:
            first = now
        parts.append(piece)
        last = now
    total = time.perf_counter() - start
    return "".join(parts), (first - start) * 1000, (last - start) * 1000, total * 1000


def decode_rate(tokens: int, first_ms: float, last_ms: float | None) -> float | None:
    if last_ms is None or tokens < 2 or last_ms <= first_ms:
        return None
    return (tokens - 1) / ((last_ms - first_ms) / 1000)


def measure_questions(
    questions: Sequence[str], settings: Settings, runtime, tokenizer
) -> tuple[list[dict], list[list[dict]]]:
    """One row per question, and the prompts (chat messages) of the generated ones."""
    from bot.chain import build_request

    rows, prompts = [], []
    for q in tqdm(questions, desc="local engine: chain vs bare", unit="question"):
        ans, streamed, first, last, total = chain_run(q, settings, runtime)
        row: dict = {"question": q, "engine": ans.engine, "refused": ans.refused, "reason": ans.reason}
        # the model added nothing, or failed, timed out or was busy: not a timing of the model
        if ans.engine != runtime.engine.name or not first or ans.reason is not None:
            rows.append(row | {"generated": False})
            continue
        messages = build_request(ans.query, ans.passages, settings, threading.Event()).messages
        prompts.append(messages)
        bare_text, b_first, b_last, b_total = bare_run(runtime.engine, messages, settings.max_new_tokens)
        count = lambda text: len(tokenizer(text)["input_ids"])  # noqa: E731
        prompt_tokens = len(
            tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=True, return_dict=True)[
                "input_ids"
            ]
        )
        rows.append(
            row
            | {
                "generated": True,
                "prompt_tokens": prompt_tokens,
                "chain_first_token_ms": round(first, 1),
                "chain_total_ms": round(total, 1),
                "chain_tokens": count(streamed),
                "chain_decode_tok_s": decode_rate(count(streamed), first, last),
                "bare_first_token_ms": round(b_first, 1),
                "bare_total_ms": round(b_total, 1),
                "bare_tokens": count(bare_text),
                "bare_decode_tok_s": decode_rate(count(bare_text), b_first, b_last),
                "same_output": bare_text.strip() == streamed.strip(),
                "timings": {k: round(v, 1) for k, v in vars(ans.timings).items()},
            }
        )
    return rows, prompts


def summarise(rows: Sequence[dict]) -> dict:
    gen = [r for r in rows if r.get("generated")]
    col = lambda key: [r[key] for r in gen if r.get(key) is not None]  # noqa: E731
    return {
        "questions": len(rows),
        "generated": len(gen),
        "same_output": sum(bool(r["same_output"]) for r in gen),
        "chain_first_token_ms": dist(col("chain_first_token_ms")),
        "chain_decode_tok_s": dist(col("chain_decode_tok_s")),
        "bare_first_token_ms": dist(col("bare_first_token_ms")),
        "bare_decode_tok_s": dist(col("bare_decode_tok_s")),
        "prompt_tokens": dist(col("prompt_tokens")),
        "chain_tokens": dist(col("chain_tokens")),
        "overhead_ratio": ratio(sum(col("chain_total_ms")), sum(col("bare_total_ms"))),
        "first_token_overhead_ratio": ratio(sum(col("chain_first_token_ms")), sum(col("bare_first_token_ms"))),
    }


def tokenizer_for(settings: Settings):
    from transformers import AutoTokenizer

    from bot.engines.model_store import converted_dir

    return AutoTokenizer.from_pretrained(converted_dir(settings.model_cache_dir), local_files_only=True)


def run(settings: Settings, embedder, questions: Sequence[str], workdir: Path, *, full: bool) -> dict:
    """The whole local section; ``full`` adds the fresh-process probes (cold start, RSS, int8 vs fp32)."""
    import psutil

    from bot.chain import Runtime
    from bot.engines.model_store import cache_is_complete, converted_dir

    if not cache_is_complete(converted_dir(settings.model_cache_dir)) and not full:
        return {
            "skipped": (
                f"no converted model cache at {settings.model_cache_dir} (set CAREERBOT_MODEL_DIR); "
                "--quick never converts"
            )
        }
    runtime = Runtime(settings, embedder=embedder)
    start = time.perf_counter()
    runtime.warm_up()
    out: dict = {
        "max_new_tokens": settings.max_new_tokens,
        "runtime": settings.model_runtime,
        "int8_decode": settings.model_quantized_decode,
        "model_threads": settings.model_threads,
        "in_process_load_s": round(time.perf_counter() - start, 2),
    }
    rows, prompts = measure_questions(questions, settings, runtime, tokenizer_for(settings))
    out |= summarise(rows) | {"rows": rows, "bench_process_rss_mb": round(psutil.Process().memory_info().rss / 2**20)}
    if full:
        out |= probes(settings, prompts[:3], workdir)
    return out


def probes(settings: Settings, chat_prompts: Sequence[list[dict]], workdir: Path) -> dict:
    """Fresh processes: cached start + speed of the configured runtime, the transformers settings,
    and a start with an empty cache."""
    prompts = workdir / "prompts.json"
    prompts.write_text(json.dumps(list(chat_prompts)))
    steps = tqdm(total=4, desc="local engine: fresh-process probes", unit="probe")
    runtime = settings.model_runtime
    cached = probe(settings.model_cache_dir, prompts=prompts, max_new_tokens=64, runtime=runtime)
    steps.update()
    int8 = probe(settings.model_cache_dir, int8=True, prompts=prompts, max_new_tokens=64, runtime="transformers")
    steps.update()
    fp32 = probe(settings.model_cache_dir, int8=False, prompts=prompts, max_new_tokens=64, runtime="transformers")
    steps.update()
    empty = workdir / "empty-model-cache"
    empty.mkdir(exist_ok=True)
    uncached = probe(empty, runtime=runtime)
    steps.update()
    steps.close()
    return {
        "cold_start_cached": cached,
        "cold_start_uncached": uncached,
        "engine_settings": {
            f"{runtime} (default)": cached.get("speed"),
            "transformers int8 decode": int8.get("speed"),
            "transformers fp32": fp32.get("speed"),
        },
        "rss_loaded_mb": cached.get("rss_loaded_mb"),
        "rss_after_generate_mb": cached.get("rss_after_mb"),
        "rss_fp32_mb": fp32.get("rss_after_mb"),
    }
