"""The reference local engine: the packaged Qwen2.5 model run with transformers on CPU.

Greedy, streamed through ``TextIteratorStreamer`` from a generation thread, one generation at a time per loaded
model (files and loading in ``bot.engines.model_store``). The default local runtime is CTranslate2
(``bot.engines.ct2``); ``model_runtime=transformers`` picks this one.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from bot.config import Settings
from bot.engines.base import Progress
from bot.engines.model_store import LoadedModel, PartLocator, load_model, packaged_parts
from bot.errors import GenerationFailed, ModelUnavailable
from bot.types import GenerationRequest

if TYPE_CHECKING:
    import torch


class LocalEngine:
    """The packaged model run in-process with transformers: the reference engine (model_runtime=transformers)."""

    name = "local"
    runtime = "transformers"

    def __init__(self, settings: Settings, locator: PartLocator = packaged_parts) -> None:
        self.settings = settings
        self.locator = locator
        self._loaded: LoadedModel | None = None
        self._load_lock = threading.Lock()
        self._progress = 0.0
        self._detail = "not loaded"
        self._loading = False

    # --- lifecycle ------------------------------------------------------------
    def load(self, progress: Progress | None = None) -> None:
        with self._load_lock:
            if self._loaded is not None:
                return
            self._loading = True

            def report(frac: float, message: str) -> None:
                self._progress, self._detail = frac, message
                if progress is not None:
                    progress(frac, message)

            try:
                _set_threads(self.settings.model_threads)
                self._loaded = load_model(
                    self.settings.model_cache_dir,
                    self.locator,
                    report,
                    int8_decode=self.settings.model_quantized_decode,
                )
                report(1.0, "model ready")
            except ModelUnavailable as exc:
                self._detail = str(exc)
                raise
            finally:
                self._loading = False

    def ready(self) -> bool:
        return self._loaded is not None

    def status(self) -> dict:
        return {
            "engine": self.name,
            "runtime": self.runtime,
            "ready": self.ready(),
            "loading": self._loading,
            "progress": round(self._progress, 3),
            "detail": self._detail,
        }

    # --- generation -----------------------------------------------------------
    def stream(self, request: GenerationRequest) -> Iterator[str]:
        self.load()
        assert self._loaded is not None
        loaded = self._loaded
        with loaded.lock:
            yield from _generate(loaded, request, self.settings.generation_timeout)


def _set_threads(threads: int) -> None:
    import torch

    torch.set_num_threads(threads or os.cpu_count() or 1)


def chat_inputs(tokenizer: Any, messages: Sequence[dict[str, str]]) -> dict[str, torch.Tensor]:
    """Token ids (and attention mask) of ``messages`` under the tokenizer's chat template."""
    return dict(
        tokenizer.apply_chat_template(list(messages), add_generation_prompt=True, return_tensors="pt", return_dict=True)
    )


class _StopWhen:
    """A StoppingCriteria: stop once any of the given events is set (user cancel or abandoned stream)."""

    def __init__(self, *events: Any) -> None:
        self.events = [e for e in events if e is not None]

    def __call__(self, input_ids: torch.Tensor, scores: Any, **kwargs: Any) -> torch.Tensor:
        import torch

        stop = any(e.is_set() for e in self.events)
        return torch.full((input_ids.shape[0],), stop, dtype=torch.bool, device=input_ids.device)


def _generate(loaded: LoadedModel, request: GenerationRequest, timeout: float) -> Iterator[str]:
    """Run ``model.generate`` in a thread and yield its text as it is decoded."""
    import torch
    from transformers import StoppingCriteriaList, TextIteratorStreamer

    inputs = chat_inputs(loaded.tokenizer, request.messages)
    cache = prefix_cache(loaded, request.messages, inputs["input_ids"])
    streamer = TextIteratorStreamer(loaded.tokenizer, skip_prompt=True, skip_special_tokens=True, timeout=timeout)
    abandoned = threading.Event()
    failure: list[BaseException] = []

    def run() -> None:
        try:
            with torch.inference_mode():
                loaded.model.generate(
                    **inputs,
                    streamer=streamer,
                    max_new_tokens=request.max_new_tokens,
                    do_sample=False,
                    stopping_criteria=StoppingCriteriaList([_StopWhen(request.cancel, abandoned)]),
                    pad_token_id=loaded.tokenizer.pad_token_id or loaded.tokenizer.eos_token_id,
                    cache=cache,
                )
        except Exception as exc:  # surfaced to the caller as GenerationFailed below
            failure.append(exc)
            streamer.text_queue.put(streamer.stop_signal)

    worker = threading.Thread(target=run, name="careerbot-generate", daemon=True)
    worker.start()
    try:
        for piece in _pieces(streamer, timeout):
            if piece:
                yield piece
    finally:
        abandoned.set()
        worker.join()
    if failure:
        raise GenerationFailed(f"Local model failed while generating: {failure[0]}") from failure[0]


def prefix_cache(loaded: LoadedModel, messages: Sequence[dict[str, str]], input_ids: torch.Tensor) -> Any | None:
    """A fresh copy of the KV cache of the leading system message, or None when there is none to reuse.

    The chain's system prompt is the same for every question, so its keys and
    values are computed once per loaded model (kept in ``loaded.extras``) and
    copied for each request; generation then only prefills the rest. Called
    with ``loaded.lock`` held.
    """
    import copy

    import torch
    from transformers import DynamicCache

    if not messages or messages[0].get("role") != "system":
        return None
    prefix = loaded.tokenizer.apply_chat_template([messages[0]], tokenize=True, return_dict=True)["input_ids"]
    prefix = torch.as_tensor(prefix).reshape(1, -1)
    n = prefix.shape[1]
    if n >= input_ids.shape[1] or not torch.equal(input_ids[:, :n], prefix):
        return None
    key = tuple(prefix[0].tolist())
    stored = loaded.extras.get("prefix")
    if stored is None or stored[0] != key:
        cache = DynamicCache(config=loaded.model.config)
        with torch.inference_mode():
            loaded.model(input_ids=prefix, cache=cache, use_cache=True, logits_to_keep=1)
        loaded.extras["prefix"] = stored = (key, cache)
    return copy.deepcopy(stored[1])


def _pieces(streamer: Any, timeout: float) -> Iterator[str]:
    import queue

    try:
        yield from streamer
    except queue.Empty:
        raise GenerationFailed(
            f"Local model produced nothing for {timeout:.0f} s: "
            "raise CAREERBOT_GENERATION_TIMEOUT or use a faster engine"
        ) from None
