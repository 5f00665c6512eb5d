"""The local engine on ONNX Runtime: int8 weights, the system prompt cached per session slot.

Owns the ONNX copy of the packaged model and the engine that runs it.
``prepare_ort`` builds it once (under a minute, with a progress bar) from the
Hugging Face checkpoint that ``bot.engines.model_store`` dequantizes from the GGUF,
with onnxruntime-genai's model builder: every linear layer becomes a
``MatMulNBits`` node with 8-bit weights in blocks of 32 and
``accuracy_level`` 4, so ONNX Runtime quantizes each token's activations per
block and runs integer kernels (MLAS picks AVX2, AVX-512 or VNNI code from the
CPU at run time). On 2 AVX2 cores it decodes about twice as fast as
CTranslate2's int8 and its answers match the fp32 reference more often
(``python -m eval bench --only runtimes``); its prefill is slower, which the
cached system prompt hides. The folder is ``<model cache>/<GGUF sha256>.ort-int8/``,
its marker written last.

Tried and not kept: the fp32 export with ONNX Runtime's ``quantize_dynamic``
(int8 per channel, one activation scale per MatMul call) prefills three times
faster, but one scale for a whole prompt is set by the few tokens whose
activations are hundreds of times larger than the rest (the first ones), and
even fed token by token it matched the fp32 answers on 3 of 8 golden prompts
and dropped citation markers (the golden suite's answer-first rate fell from
0.92 to 0.60).

Serving: ``onnxruntime_genai`` generators, one per session slot, each keeping
the system prompt's state (a generator is rewound to the end of the system
prompt and the next question appended to it, so only the question's own tokens
are prefilled). Questions come through ``bot.engines.batching.Scheduler`` as on
CTranslate2; a batch of n is n slots stepped in turn, so each gets a token per
round (decoding one token is memory-bound here, so the total rate is about
that of one stream).

Drafting (``CAREERBOT_DRAFT_TOKENS``, on by default): onnxruntime-genai's
prompt-lookup speculation. When the answer's last ``NGRAM_SIZE`` tokens occur
in the prompt (or earlier in the answer), the tokens that followed them there
are proposed and the model checks them all in one pass, keeping each only
where it is the model's own greedy choice. Answers quote their passages (names,
figures, headings), so several tokens often come for the price of about two.
The text is plain greedy decoding's, but for near-ties: the check runs the
drafted tokens as one batch, whose rounding differs slightly from one token's
(on 16 held-out golden prompts 15 answers were identical).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.engines.batching import Rates, Scheduler
from bot.engines.ct2 import BATCH_WINDOW_S, CT2Engine, ct2_is_complete, end_tokens, load_or_rebuild, ticking
from bot.engines.model_store import PartLocator, Progress, Stages, packaged_parts, prepare_model_dir, publish
from bot.errors import GenerationFailed, ModelUnavailable

BUILD_SECONDS = 40.0  # typical build time on 2 cores, for the progress bar only
SLOT_LENGTH = 2048  # tokens a pooled slot holds (system prompt + question + answer); its cache is about 50 MB
NGRAM_SIZE = 3  # prompt-lookup drafting: the answer's last tokens matched in the prompt (tuned on 8 golden prompts)
MIN_DRAFT = (
    2  # floor of onnxruntime-genai's adaptive draft length (min_adaptive_k); its ceiling is CAREERBOT_DRAFT_TOKENS
)


def ort_dir(hf_dir: Path) -> Path:
    """Beside the converted HF checkpoint, keyed by its name (the GGUF's sha256)."""
    return hf_dir.parent / f"{hf_dir.name}.ort-int8"


def convert_ort(hf_dir: Path, out: Path, progress: Progress | None = None) -> Path:
    """Build the int8 ONNX model from ``hf_dir`` into ``out`` with the model builder (temp folder, marker, rename)."""
    report = progress or (lambda _f, _m: None)
    tmp = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}-"))
    built = tmp / "model"
    try:
        with ticking(report, "building the int8 ONNX model (first start only, under a minute)", BUILD_SECONDS):
            run = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "onnxruntime_genai.models.builder",
                    "-m",
                    str(hf_dir),
                    "-i",
                    str(hf_dir),
                    "-o",
                    str(built),
                    "-p",
                    "int8",
                    "-e",
                    "cpu",
                    "-c",
                    str(tmp / "cache"),
                ],
                capture_output=True,
                text=True,
            )
        if run.returncode != 0 or not (built / "model.onnx").is_file():
            raise ModelUnavailable(f"the ONNX export of {hf_dir} failed: {(run.stderr or run.stdout)[-800:]}")
        shutil.rmtree(tmp / "cache", ignore_errors=True)
        publish(built, out, {"source": hf_dir.name, "weights": "int8 MatMulNBits, block 32, accuracy level 4"})
        report(1.0, "ONNX model cached")
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return out


def prepare_ort(
    cache_dir: Path, locator: PartLocator = packaged_parts, progress: Progress | None = None
) -> tuple[Path, Path]:
    """(HF checkpoint dir, ONNX dir), building whichever is missing."""
    hf_dir = prepare_model_dir(cache_dir, locator, progress)
    out = ort_dir(hf_dir)
    if ct2_is_complete(out):
        return hf_dir, out
    stages = Stages(progress, show_bar=True)
    try:
        convert_ort(hf_dir, out, stages.stage(0.0, 1.0))
    finally:
        stages.close()
    return hf_dir, out


@dataclass
class _Slot:
    """One generator and the tokens its state holds (the system prompt, once a question has been answered)."""

    generator: Any
    prefix: tuple[int, ...]
    length: int
    drafted: tuple[int, int] = (0, 0)  # (proposed, accepted) draft tokens already counted


class OrtEngine(CT2Engine):
    """The packaged model on ONNX Runtime; same interface as ``bot.engines.ct2.CT2Engine`` (which it reuses)."""

    runtime = "onnxruntime"

    def __init__(self, settings: Settings, locator: PartLocator = packaged_parts) -> None:
        super().__init__(settings, locator)
        self.drafts = {"proposed": 0, "accepted": 0}  # draft tokens since load (in the engine status /health reports)

    def _load(self, report: Progress) -> None:
        import os

        import onnxruntime_genai as og
        from transformers import AutoTokenizer

        s = self.settings
        hf_dir, path = prepare_ort(s.model_cache_dir, self.locator, report)
        report(0.97, "loading the ONNX model")
        self.tokenizer = AutoTokenizer.from_pretrained(hf_dir, local_files_only=True)
        self.end_ids = set(self.tokenizer.convert_tokens_to_ids(end_tokens(self.tokenizer, hf_dir)))
        threads = s.model_threads or os.cpu_count() or 1
        self.og = og
        self.model = load_or_rebuild(
            path,
            lambda p: self._model(p, threads),
            lambda: prepare_ort(s.model_cache_dir, self.locator, report)[1],
            "ONNX Runtime",
            "ctranslate2",
        )
        self._slots: list[_Slot] = []
        self.scheduler = Scheduler(
            self._decode,
            s.batch_size,
            s.max_wait,
            Rates(prefill_s=0.3, step_s=0.04, steps=0.75 * s.max_new_tokens),
            lanes=1,
            slack=SLOT_LENGTH,
            window=BATCH_WINDOW_S,
        )

    def _model(self, path: Path, threads: int) -> Any:
        config = self.og.Config(str(path))
        config.overlay(
            json.dumps(
                {
                    "model": {
                        "decoder": {"session_options": {"intra_op_num_threads": threads, "inter_op_num_threads": 1}}
                    }
                }
            )
        )
        return self.og.Model(config)

    def status(self) -> dict:
        out = super().status()
        out["compute_type"] = "int8 (MatMulNBits)"
        out["draft_tokens"] = {"max": self.settings.draft_tokens, **self.drafts}
        return out

    def encode(self, messages: Sequence[dict[str, str]]) -> tuple[list[int], tuple[int, ...]]:  # type: ignore[override]
        """(prompt token ids after the system message, system-message token ids: cached per slot, may be empty)."""
        return self.split_ids(messages)

    # --- slots ------------------------------------------------------------------
    def _slot(self, prefix: tuple[int, ...], need: int) -> _Slot:
        """A pooled slot already holding ``prefix`` (rewound to its end), else a new one with ``prefix`` fed."""
        for i, slot in enumerate(self._slots):
            if slot.prefix == prefix and slot.length >= need:
                del self._slots[i]
                slot.generator.rewind_to(len(prefix))
                return slot
        length = max(SLOT_LENGTH, need)
        params = self.og.GeneratorParams(self.model)
        params.set_search_options(max_length=length, do_sample=False, batch_size=1)
        if k := self.settings.draft_tokens:  # greedy: a draft is kept only where it is the model's own argmax
            params.set_speculative_options(ngram_size=NGRAM_SIZE, max_draft_tokens=k, min_adaptive_k=min(MIN_DRAFT, k))
        slot = _Slot(self.og.Generator(self.model, params), prefix, length)
        self._feed(slot, list(prefix))
        return slot

    def _feed(self, slot: _Slot, ids: list[int]) -> None:
        import numpy as np

        if ids:
            slot.generator.append_tokens(np.array([ids], dtype=np.int32))

    def _decode(self, jobs: Sequence[Any], emit) -> None:  # type: ignore[override]
        """The generation boundary: each job in its own slot, prefilled then stepped in turn,
        tokens handed to ``emit``."""
        slots: list[_Slot] = []
        try:
            live: list[int] = []
            for i, job in enumerate(jobs):
                prefix = tuple(job.group)
                slot = self._slot(
                    prefix, len(prefix) + len(job.prompt) + job.max_new_tokens + 1 + self.settings.draft_tokens
                )
                slots.append(slot)
                self._feed(slot, list(job.prompt))
                if self._step(slot, i, emit):  # its first token now, before the next job's prefill
                    live.append(i)
            while live:
                live = [i for i in live if self._step(slots[i], i, emit)]
        except RuntimeError as exc:
            slots = []  # a generator that failed is not pooled
            raise GenerationFailed(f"ONNX Runtime failed while generating: {exc}") from exc
        finally:
            for slot in slots:
                self._count_drafts(slot)
            self._slots.extend(slot for slot in slots if slot.prefix)
            del self._slots[: -max(1, self.settings.batch_size)]  # the most recently used are kept

    def _count_drafts(self, slot: _Slot) -> None:
        """Add the slot's draft tokens since the last count to ``self.drafts`` (its generator's counters only grow)."""
        if not self.settings.draft_tokens:
            return
        stats = slot.generator.get_speculative_stats()
        now = (int(stats.get("draft_tokens_proposed", 0)), int(stats.get("draft_tokens_accepted", 0)))
        self.drafts["proposed"] += now[0] - slot.drafted[0]
        self.drafts["accepted"] += now[1] - slot.drafted[1]
        slot.drafted = now

    def _step(self, slot: _Slot, i: int, emit) -> bool:
        """One token for job ``i``; False once it is finished (end token, its limit, cancelled, slot full)."""
        generator = slot.generator
        if generator.is_done():
            return False
        generator.generate_next_token()
        token = int(generator.get_next_tokens()[0])
        if token in self.end_ids:
            return False
        return not emit(i, token)
