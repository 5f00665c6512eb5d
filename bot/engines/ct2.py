"""The local engine on CTranslate2: int8 weights, the system prompt cached, concurrent questions batched.

Owns the CTranslate2 copy of the packaged model and the engine that runs it.
``prepare_ct2`` converts the Hugging Face checkpoint that ``bot.engines.model_store``
dequantizes from the GGUF (once, about a minute, with a progress bar) into
``<model cache>/<GGUF sha256>.ct2-<weights>/``, writing its marker last, so a
crash never leaves a folder that looks complete. ``CT2Engine`` loads it with
``ctranslate2.Generator`` (CPU kernels for AVX2 / AVX-512 / VNNI are chosen
by CTranslate2 at run time), passes the system message as ``static_prompt``
(its state is computed once and reused), and serves questions through
``bot.engines.batching.Scheduler``: one ``generate_batch`` call per batch, tokens
streamed through its per-token callback, ``EngineBusy`` when the expected wait
passes ``settings.max_wait`` (never when the model is idle). transformers stays
for the tokenizer and the conversion; ``bot.engines.hf_transformers.LocalEngine``
is the reference engine.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from bot.config import Settings
from bot.engines.batching import Job, Rates, Scheduler
from bot.engines.model_store import (
    PartLocator,
    Progress,
    Stages,
    is_published,
    packaged_parts,
    prepare_model_dir,
    publish,
)
from bot.errors import GenerationFailed, ModelUnavailable
from bot.types import GenerationRequest, QueueStatus

BATCH_WINDOW_S = 0.05  # an idle model waits this long for more questions, so a burst of them shares one batch
CONVERT_SECONDS = 60.0  # typical conversion time on 2 cores, for the progress bar only


def weights_for(compute_type: str) -> str:
    """The quantization the converted weights are stored in for ``compute_type``."""
    return "float32" if compute_type == "float32" else "int8"


def ct2_dir(hf_dir: Path, weights: str) -> Path:
    """Beside the converted HF checkpoint, keyed by its name (the GGUF's sha256) and the weight type."""
    return hf_dir.parent / f"{hf_dir.name}.ct2-{weights}"


def ct2_is_complete(path: Path) -> bool:
    """A converted copy (CTranslate2 or ONNX) whose marker lists every file at its size."""
    return is_published(path)


def convert_ct2(hf_dir: Path, out: Path, weights: str, progress: Progress | None = None) -> Path:
    """Convert ``hf_dir`` with CTranslate2's transformers converter into ``out`` (temp folder, marker, rename)."""
    from ctranslate2.converters import TransformersConverter

    report = progress or (lambda _f, _m: None)
    tmp = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}-"))
    try:
        with ticking(
            report,
            f"converting the model for CTranslate2, {weights} (first start only, about a minute)",
            CONVERT_SECONDS,
        ):
            TransformersConverter(str(hf_dir), low_cpu_mem_usage=True).convert(
                str(tmp), quantization=weights, force=True
            )
        publish(tmp, out, {"source": hf_dir.name, "weights": weights})
        report(1.0, "CTranslate2 model cached")
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return out


@contextmanager
def ticking(report: Progress, message: str, seconds: float, start: float = 0.0, end: float = 0.95) -> Iterator[None]:
    """Report elapsed time against the usual ``seconds`` (from ``start`` to ``end``) while a silent step runs."""
    done = threading.Event()

    def tick() -> None:
        began = time.monotonic()
        while not done.wait(1.0):
            report(start + (end - start) * min(1.0, (time.monotonic() - began) / seconds), message)

    ticker = threading.Thread(target=tick, daemon=True)
    ticker.start()
    try:
        report(start, message)
        yield
    finally:
        done.set()
        ticker.join()


_Loaded = TypeVar("_Loaded")


def load_or_rebuild(
    path: Path, load: Callable[[Path], _Loaded], rebuild: Callable[[], Path], runtime: str, instead: str
) -> _Loaded:
    """``load(path)``; a converted model that passed its marker check but will not load is deleted and rebuilt once.
    A second failure is ``ModelUnavailable``, naming the folder and the runtime to switch to."""
    try:
        return load(path)
    except RuntimeError as exc:
        shutil.rmtree(path, ignore_errors=True)
        path = rebuild()
        try:
            return load(path)
        except RuntimeError:
            raise ModelUnavailable(
                f"{runtime} could not load {path}: {exc}; delete it, or set CAREERBOT_MODEL_RUNTIME={instead}"
            ) from exc


def prepare_ct2(
    cache_dir: Path, locator: PartLocator = packaged_parts, progress: Progress | None = None, weights: str = "int8"
) -> tuple[Path, Path]:
    """(HF checkpoint dir, CTranslate2 dir), building whichever is missing."""
    hf_dir = prepare_model_dir(cache_dir, locator, progress)
    out = ct2_dir(hf_dir, weights)
    if ct2_is_complete(out):
        return hf_dir, out
    stages = Stages(progress, show_bar=True)
    try:
        convert_ct2(hf_dir, out, weights, stages.stage(0.0, 1.0))
    finally:
        stages.close()
    return hf_dir, out


class Detokenizer:
    """Token ids in, new text out: decodes the whole answer so far and returns what was not returned yet.

    Holds back text ending in U+FFFD (a character whose bytes are split over tokens).
    """

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        self.ids: list[int] = []
        self.sent = 0

    def add(self, token: int) -> str:
        self.ids.append(token)
        text = self.tokenizer.decode(self.ids, skip_special_tokens=True)
        if text.endswith("\ufffd"):
            return ""
        piece, self.sent = text[self.sent :], len(text)
        return piece


class CT2Engine:
    """The packaged model on CTranslate2, questions batched.

    Same interface as ``bot.engines.hf_transformers.LocalEngine``."""

    name = "local"
    runtime = "ctranslate2"

    def __init__(self, settings: Settings, locator: PartLocator = packaged_parts) -> None:
        self.settings = settings
        self.locator = locator
        self.tokenizer: Any = None
        self.generator: Any = None
        self.scheduler: Scheduler | None = None
        self.end_tokens: list[str] = []
        self._load_lock = threading.Lock()
        self._progress = 0.0
        self._detail = "not loaded"
        self._loading = False

    # --- lifecycle ------------------------------------------------------------
    def load(self, progress: Progress | None = None) -> None:
        with self._load_lock:
            if self.scheduler is not None:
                return
            self._loading = True

            def report(frac: float, message: str) -> None:
                self._progress, self._detail = frac, message
                if progress is not None:
                    progress(frac, message)

            try:
                self._load(report)
                report(1.0, "model ready")
            except ModelUnavailable as exc:
                self._detail = str(exc)
                raise
            finally:
                self._loading = False

    def _load(self, report: Progress) -> None:
        import ctranslate2
        from transformers import AutoTokenizer

        s = self.settings
        hf_dir, path = prepare_ct2(s.model_cache_dir, self.locator, report, weights_for(s.model_compute_type))
        report(0.97, "loading the CTranslate2 model")
        self.tokenizer = AutoTokenizer.from_pretrained(hf_dir, local_files_only=True)
        self.end_tokens = end_tokens(self.tokenizer, hf_dir)
        threads = s.model_threads or os.cpu_count() or 1
        options = {
            "device": "cpu",
            "compute_type": s.model_compute_type,
            "inter_threads": s.parallel_batches,
            "intra_threads": max(1, threads // s.parallel_batches),
        }
        self.generator = load_or_rebuild(
            path,
            lambda p: ctranslate2.Generator(str(p), **options),
            lambda: prepare_ct2(s.model_cache_dir, self.locator, report, weights_for(s.model_compute_type))[1],
            "CTranslate2",
            "transformers",
        )
        self.scheduler = Scheduler(
            self._decode,
            s.batch_size,
            s.max_wait,
            Rates(steps=0.75 * s.max_new_tokens),
            lanes=s.parallel_batches,
            window=BATCH_WINDOW_S,
        )

    def ready(self) -> bool:
        return self.scheduler is not None

    def status(self) -> dict:
        out = {
            "engine": self.name,
            "runtime": self.runtime,
            "compute_type": self.settings.model_compute_type,
            "ready": self.ready(),
            "loading": self._loading,
            "progress": round(self._progress, 3),
            "detail": self._detail,
        }
        if self.scheduler is not None:
            out["queue"] = self.scheduler.status()
        return out

    # --- generation -----------------------------------------------------------
    def encode(self, messages: Sequence[dict[str, str]]) -> tuple[list[str], tuple[str, ...]]:
        """(prompt tokens after the system message, system-message tokens: the static prompt, may be empty)."""
        rest, static = self.split_ids(messages)
        return self.tokenizer.convert_ids_to_tokens(rest), tuple(self.tokenizer.convert_ids_to_tokens(list(static)))

    def split_ids(self, messages: Sequence[dict[str, str]]) -> tuple[list[int], tuple[int, ...]]:
        """The chat prompt's token ids: (those after the system message, the system message's own; may be empty)."""
        ids = self.tokenizer.apply_chat_template(
            list(messages), add_generation_prompt=True, tokenize=True, return_dict=True
        )["input_ids"]
        static: list[int] = []
        if messages and messages[0].get("role") == "system":
            prefix = self.tokenizer.apply_chat_template([messages[0]], tokenize=True, return_dict=True)["input_ids"]
            if len(prefix) < len(ids) and ids[: len(prefix)] == prefix:
                static = prefix
        return ids[len(static) :], tuple(static)

    def stream(self, request: GenerationRequest) -> Iterator[str | QueueStatus]:
        """QueueStatus while the question waits for a batch, then its text; EngineBusy (before anything) when the
        expected wait passes ``settings.max_wait`` and the model is not idle."""
        self.load()
        assert self.scheduler is not None
        tokens, static = self.encode(request.messages)
        job = self.scheduler.submit(
            Job(
                prompt=tokens,
                group=static,
                max_new_tokens=request.max_new_tokens,
                cancel=request.cancel,
                size=len(tokens),
            )
        )
        detok = Detokenizer(self.tokenizer)
        for item in self.scheduler.stream(job):
            if isinstance(item, QueueStatus):
                yield item
            elif piece := detok.add(item):
                yield piece

    def _decode(self, jobs: Sequence[Job], emit) -> None:
        """The generation boundary: one ``generate_batch`` over the batch, each token handed to ``emit``."""
        static = list(jobs[0].group) or None
        try:
            self.generator.generate_batch(
                [j.prompt for j in jobs],
                static_prompt=static,
                max_length=max(j.max_new_tokens for j in jobs),
                beam_size=1,
                sampling_topk=1,
                include_prompt_in_result=False,
                end_token=self.end_tokens,
                callback=lambda step: emit(step.batch_id, step.token_id),
            )
        except RuntimeError as exc:
            raise GenerationFailed(f"CTranslate2 failed while generating: {exc}") from exc


def end_tokens(tokenizer: Any, hf_dir: Path) -> list[str]:
    """The tokens that end an answer: the tokenizer's EOS and the generation config's eos_token_id(s)."""
    ids: list[int] = []
    try:
        eos = json.loads((hf_dir / "generation_config.json").read_text()).get("eos_token_id")
        ids = eos if isinstance(eos, list) else [eos] if isinstance(eos, int) else []
    except (OSError, ValueError):
        pass
    names = tokenizer.convert_ids_to_tokens(ids) + [tokenizer.eos_token]
    return list(dict.fromkeys(n for n in names if n))
