"""Every local runtime side by side on the same golden prompts: the measurement that picks the default.

Owns the candidates and their comparison. Each candidate runs in a fresh
process (``python -m eval.bench.runtimes probe ...``) so its peak RSS is its
own: load, then each prompt streamed alone (first token, decode tok/s, the
text), then one prompt repeated 8 and 16 times decoded together (total tok/s,
first token of each). Candidates:

- ``transformers-fp32``: the reference (``bot.engines.hf_transformers.LocalEngine``, plain fp32);
- ``transformers-int8``: the same with ``model_quantized_decode`` (neither is batched:
  the product serves them one answer at a time, so they get no batched figure);
- ``ctranslate2-int8_float32`` / ``ctranslate2-int8``: ``bot.engines.ct2.CT2Engine``,
  the product path (static system prompt, ``bot.engines.batching`` scheduler);
- ``onnxruntime-int8``: ``bot.engines.onnx_genai.OrtEngine``, the product path (int8 ``MatMulNBits``
  built by onnxruntime-genai's model builder, the system prompt cached per slot, prompt-lookup drafting, the same
  scheduler); ``onnxruntime-int8-nodraft``: the same with ``draft_tokens`` 0, for what drafting adds;
- ``onnxruntime-genai-int8``: the same built model run bare, the whole prompt prefilled each
  time (only when the package is installed).

The parent compares every candidate's texts with the reference (identical
text; identical figures), picks the runtime that meets the most targets
(``choose``), and writes ``runtimes.json`` and ``runtimes.png``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

CANDIDATES = (
    "transformers-fp32",
    "transformers-int8",
    "ctranslate2-int8_float32",
    "ctranslate2-int8",
    "onnxruntime-int8",
    "onnxruntime-int8-nodraft",
    "onnxruntime-genai-int8",
)
REFERENCE = "transformers-fp32"
# The shipped default (Settings.model_runtime / model_compute_type); gets the sessions run.
DEFAULT = "ctranslate2-int8_float32"
UNBATCHED = (
    "transformers-fp32",
    "transformers-int8",
)  # the product serves these one answer at a time: no batched figure
FIGURE = re.compile(r"\$?\d[\d,]*(?:\.\d+)?\s?(?:%|k|K|million|billion)?")
RSS_LIMIT_GB = 3.5


def cpu_flags() -> list[str]:
    """The SIMD flags that decide which kernels a runtime can use (from /proc/cpuinfo)."""
    wanted = (
        "sse4_2",
        "avx",
        "avx2",
        "fma",
        "f16c",
        "avx512f",
        "avx512bw",
        "avx512vl",
        "avx512_vnni",
        "avx512_bf16",
        "avx_vnni",
        "amx_tile",
        "amx_int8",
        "amx_bf16",
    )
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("flags"):
                have = set(line.split(":", 1)[1].split())
                return [f for f in wanted if f in have]
    except OSError:
        pass
    return []


# --- the child: one runtime in its own process ------------------------------------


class Runner:
    """What the probe needs from a runtime: load, one streamed answer, one batched call."""

    tokenizer: Any

    def load(self) -> None: ...

    def stream(self, messages: list[dict], max_new_tokens: int) -> Iterator[str]: ...

    def batch(self, messages: list[dict], n: int, max_new_tokens: int) -> tuple[int, list[float]]:
        """(tokens generated in all, seconds to each sequence's first token)."""
        raise NotImplementedError


class EngineRunner(Runner):
    """A product engine (bot.engines.hf_transformers.LocalEngine or bot.engines.ct2.CT2Engine);
    batches are n concurrent streams."""

    def __init__(self, engine) -> None:
        self.engine = engine

    def load(self) -> None:
        self.engine.load()
        self.tokenizer = getattr(self.engine, "tokenizer", None) or self.engine._loaded.tokenizer

    def stream(self, messages, max_new_tokens):
        from bot.types import GenerationRequest

        for piece in self.engine.stream(
            GenerationRequest(messages=messages, max_new_tokens=max_new_tokens, cancel=threading.Event())
        ):
            if isinstance(piece, str):
                yield piece

    def batch(self, messages, n, max_new_tokens):
        texts: list = [""] * n  # text per stream, or token count on the scheduler path
        firsts: list[float] = [0.0] * n
        start = time.perf_counter()

        scheduler = getattr(self.engine, "scheduler", None)
        if (
            scheduler is not None
        ):  # CTranslate2: the n questions reach the scheduler together, as a burst of students would
            from bot.engines.batching import Job

            tokens, static = self.engine.encode(messages)
            start = time.perf_counter()
            jobs = [
                scheduler.submit(
                    Job(prompt=tokens, group=static, max_new_tokens=max_new_tokens, size=len(tokens)), admit=False
                )
                for _ in range(n)
            ]

        def one(i: int) -> None:
            items = (t for t in scheduler.stream(jobs[i]) if isinstance(t, int)) if scheduler is not None else None
            if items is not None:
                count = 0
                for _ in items:
                    firsts[i] = firsts[i] or time.perf_counter() - start
                    count += 1
                texts[i] = count
                return
            for piece in self.stream(messages, max_new_tokens):
                firsts[i] = firsts[i] or time.perf_counter() - start
                texts[i] += piece

        threads = [threading.Thread(target=one, args=(i,)) for i in range(n)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return sum(t if isinstance(t, int) else len(self.tokenizer(t)["input_ids"]) for t in texts), firsts


class TransformersBatchRunner(EngineRunner):
    """transformers: single streams through LocalEngine; batches through one ``model.generate`` (same prompt,
    no padding)."""

    def batch(self, messages, n, max_new_tokens):
        import torch

        from bot.engines.hf_transformers import chat_inputs

        loaded = self.engine._loaded
        inputs = chat_inputs(loaded.tokenizer, messages)
        inputs = {k: v.repeat(n, 1) for k, v in inputs.items()}
        eos = loaded.tokenizer.eos_token_id
        start = time.perf_counter()
        with torch.inference_mode():
            out = loaded.model.generate(**inputs, max_new_tokens=max_new_tokens, do_sample=False, pad_token_id=eos)
        new = out[:, inputs["input_ids"].shape[1] :]
        tokens = sum(int((row != eos).sum()) for row in new)
        return tokens, [time.perf_counter() - start] * n  # generate gives no per-sequence first token


class OrtGenaiRunner(Runner):
    """onnxruntime-genai int8, built from the HF checkpoint by its model builder (cached beside it)."""

    def __init__(self, cache_dir: Path, threads: int) -> None:
        self.cache_dir = cache_dir
        self.threads = threads

    def load(self) -> None:
        import onnxruntime_genai as og
        from transformers import AutoTokenizer

        from bot.engines.onnx_genai import prepare_ort

        self.hf_dir, self.path = prepare_ort(self.cache_dir)  # the product engine's build, run here without its slots
        config = og.Config(str(self.path))
        config.overlay(json.dumps({"model": {"decoder": {"session_options": {"intra_op_num_threads": self.threads}}}}))
        self.og = og
        self.model = og.Model(config)
        self.tokenizer = AutoTokenizer.from_pretrained(self.hf_dir, local_files_only=True)

    def _ids(self, messages) -> list[int]:
        return self.tokenizer.apply_chat_template(
            messages, add_generation_prompt=True, tokenize=True, return_dict=True
        )["input_ids"]

    def _generator(self, ids, n: int, max_new_tokens: int):
        import numpy as np

        params = self.og.GeneratorParams(self.model)
        params.set_search_options(max_length=len(ids) + max_new_tokens, do_sample=False, batch_size=n)
        gen = self.og.Generator(self.model, params)
        gen.append_tokens(np.array([ids] * n, dtype=np.int32))
        return gen

    def stream(self, messages, max_new_tokens):
        gen = self._generator(self._ids(messages), 1, max_new_tokens)
        ids: list[int] = []
        sent = 0
        while not gen.is_done():
            gen.generate_next_token()
            ids.append(int(gen.get_next_tokens()[0]))
            text = self.tokenizer.decode(ids, skip_special_tokens=True)
            if not text.endswith("\ufffd") and len(text) > sent:
                yield text[sent:]
                sent = len(text)

    def batch(self, messages, n, max_new_tokens):
        start = time.perf_counter()
        gen = self._generator(self._ids(messages), n, max_new_tokens)
        tokens, first = 0, 0.0
        eos = {self.tokenizer.eos_token_id, *self.tokenizer.convert_tokens_to_ids(["<|im_end|>", "<|endoftext|>"])}
        while not gen.is_done():
            gen.generate_next_token()
            first = first or time.perf_counter() - start
            tokens += sum(int(t) not in eos for t in gen.get_next_tokens())
        return tokens, [first] * n


def make_runner(name: str, model_dir: Path, threads: int) -> Runner:
    from bot.config import Settings

    settings = Settings(model_dir=model_dir, model_threads=threads, max_wait=0)
    if name.startswith("transformers"):
        from bot.engines.hf_transformers import LocalEngine

        return TransformersBatchRunner(
            LocalEngine(settings.model_copy(update={"model_quantized_decode": name.endswith("int8")}))
        )
    if name.startswith("ctranslate2"):
        from bot.engines.ct2 import CT2Engine

        compute = name.split("-", 1)[1]
        return EngineRunner(CT2Engine(settings.model_copy(update={"model_compute_type": compute, "batch_size": 16})))
    if name in ("onnxruntime-int8", "onnxruntime-int8-nodraft"):
        from bot.engines.onnx_genai import OrtEngine

        drafts = 0 if name.endswith("nodraft") else settings.draft_tokens
        return EngineRunner(OrtEngine(settings.model_copy(update={"batch_size": 16, "draft_tokens": drafts})))
    if name == "onnxruntime-genai-int8":
        return OrtGenaiRunner(model_dir, threads)
    raise ValueError(f"Unknown runtime {name!r}: choose one of {', '.join(CANDIDATES)}")


def sessions(engine, prompts: Sequence[list[dict]], n: int, max_wait: float, max_new_tokens: int) -> dict:
    """``n`` students asking different golden questions at once through the engine, admission on (``max_wait``).

    A refused question (EngineBusy) would get the guide's own lines at once; an admitted one is timed to its
    first token and to its last.
    """
    from bot.errors import EngineBusy
    from bot.types import GenerationRequest, QueueStatus

    engine.scheduler.max_wait = max_wait
    barrier = threading.Barrier(n)
    rows: list[dict] = [{} for _ in range(n)]

    def one(i: int) -> None:
        request = GenerationRequest(
            messages=prompts[i % len(prompts)], max_new_tokens=max_new_tokens, cancel=threading.Event()
        )
        barrier.wait()
        start = time.perf_counter()
        row = rows[i]
        try:
            for item in engine.stream(request):
                if isinstance(item, QueueStatus):
                    row.setdefault("queue_positions", []).append(item.position)
                    continue
                row["first_s"] = row.get("first_s") or time.perf_counter() - start
            row["done_s"] = time.perf_counter() - start
        except EngineBusy as busy:
            row.update(busy=True, refused_after_s=time.perf_counter() - start, expected_wait_s=busy.expected_wait)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    admitted = [r for r in rows if not r.get("busy")]
    busy = [r for r in rows if r.get("busy")]
    q = lambda vals, p: (
        round(statistics.quantiles(vals, n=20)[18], 2) if len(vals) > 1 else (round(vals[0], 2) if vals else None)
    )  # noqa: E731
    firsts = [r["first_s"] for r in admitted if "first_s" in r]
    dones = [r["done_s"] for r in admitted if "done_s" in r]
    return {
        "sessions": n,
        "max_wait_s": max_wait,
        "admitted": len(admitted),
        "busy": len(busy),
        "busy_answered_within_s": round(max((r["refused_after_s"] for r in busy), default=0), 3),
        "first_token_p50_s": round(statistics.median(firsts), 2) if firsts else None,
        "first_token_max_s": round(max(firsts), 2) if firsts else None,
        "complete_p95_s": q(dones, 95),
        "complete_max_s": round(max(dones), 2) if dones else None,
        "told_queue_position": sum(bool(r.get("queue_positions")) for r in admitted),
    }


def peak_rss_mb() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def probe(args: argparse.Namespace) -> int:
    import psutil

    start = time.perf_counter()
    runner = make_runner(args.runtime, args.model_dir, args.threads)
    runner.load()
    out: dict = {
        "runtime": args.runtime,
        "load_s": round(time.perf_counter() - start, 2),
        "rss_loaded_mb": round(psutil.Process().memory_info().rss / 2**20),
    }
    prompts = json.loads(args.prompts.read_text())
    rows = []
    for messages in prompts:
        t0 = time.perf_counter()
        first = last = 0.0
        text = ""
        for piece in runner.stream(messages, args.max_new_tokens):
            last = time.perf_counter() - t0
            first = first or last
            text += piece
        n = len(runner.tokenizer(text)["input_ids"])
        rows.append(
            {
                "first_token_s": round(first, 3),
                "tokens": n,
                "text": text,
                "decode_tok_s": round((n - 1) / (last - first), 2) if n > 1 and last > first else None,
            }
        )
    out["single"] = rows
    out["batched"] = {}
    for n in args.batch:
        t0 = time.perf_counter()
        tokens, firsts = runner.batch(prompts[0], n, args.batch_tokens)
        wall = time.perf_counter() - t0
        out["batched"][str(n)] = {
            "tokens": tokens,
            "wall_s": round(wall, 2),
            "tok_s": round(tokens / wall, 2),
            "first_token_p50_s": round(statistics.median(firsts), 2),
            "first_token_max_s": round(max(firsts), 2),
        }
    if args.sessions and getattr(getattr(runner, "engine", None), "scheduler", None) is not None:
        many = json.loads(args.session_prompts.read_text()) if args.session_prompts else prompts
        out["sessions"] = sessions(runner.engine, many, args.sessions, args.max_wait, args.batch_tokens)
    out["rss_end_mb"] = round(psutil.Process().memory_info().rss / 2**20)
    out["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(out))
    return 0


# --- the parent: run every candidate, compare, choose ------------------------------


def run_probe(
    runtime: str,
    model_dir: Path,
    prompts: Path,
    *,
    threads: int,
    max_new_tokens: int,
    batch: Sequence[int],
    batch_tokens: int,
    timeout: float = 1800,
    sessions: int = 0,
    session_prompts: Path | None = None,
) -> dict:
    cmd = [
        sys.executable,
        "-m",
        "eval.bench.runtimes",
        "probe",
        "--runtime",
        runtime,
        "--model-dir",
        str(model_dir),
        "--prompts",
        str(prompts),
        "--threads",
        str(threads),
        "--max-new-tokens",
        str(max_new_tokens),
        "--batch",
        ",".join(map(str, batch)),
        "--batch-tokens",
        str(batch_tokens),
    ]
    if sessions:
        cmd += ["--sessions", str(sessions)] + (["--session-prompts", str(session_prompts)] if session_prompts else [])
    env = os.environ | {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    try:
        done = subprocess.run(
            cmd, capture_output=True, text=True, timeout=timeout, env=env, cwd=Path(__file__).resolve().parents[2]
        )
    except subprocess.TimeoutExpired:
        return {"runtime": runtime, "error": f"timed out after {timeout:.0f} s"}
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        return {"runtime": runtime, "error": f"exit {done.returncode}: {(done.stderr or done.stdout)[-1200:]}"}
    return json.loads(lines[-1])


def figures(text: str) -> list[str]:
    return [f.strip() for f in FIGURE.findall(text)]


def copied(text: str, prompt: object) -> bool:
    """Whether every figure ``text`` writes is one its prompt states (currency sign and spacing aside): nothing
    invented or altered, whatever the runtime left out."""
    digits = lambda t: {re.sub(r"[^\d.%]", "", f) for f in figures(t)}  # noqa: E731
    return digits(text) <= digits(json.dumps(prompt))


def summarise(result: dict, reference: dict | None, prompts: Sequence[object] = ()) -> dict:
    """The side-by-side row of one runtime (medians over prompts) and its answers compared with the reference."""
    if "error" in result:
        return {"runtime": result["runtime"], "error": result["error"]}
    single = result["single"]
    med = lambda key: statistics.median([r[key] for r in single if r.get(key) is not None] or [0])  # noqa: E731
    row = {
        "runtime": result["runtime"],
        "load_s": result["load_s"],
        "first_token_s": round(med("first_token_s"), 3),
        "decode_tok_s": round(med("decode_tok_s"), 2),
        "peak_rss_mb": result["peak_rss_mb"],
        "rss_loaded_mb": result["rss_loaded_mb"],
        **{f"batched_{n}_tok_s": b["tok_s"] for n, b in result["batched"].items()},
        **{f"batched_{n}_first_token_p50_s": b["first_token_p50_s"] for n, b in result["batched"].items()},
    }
    if reference and "single" in reference:
        pairs = list(zip(single, reference["single"]))
        row["same_text"] = sum(a["text"].strip() == b["text"].strip() for a, b in pairs)
        row["same_figures"] = sum(figures(a["text"]) == figures(b["text"]) for a, b in pairs)
        row["compared"] = len(pairs)
    if prompts:
        row["exact_figures"] = sum(copied(r["text"], p) for r, p in zip(single, prompts))
        row["compared"] = len(single)
    return row


def choose(rows: Sequence[dict], targets: dict) -> dict:
    """The runtime meeting the most targets among those that copy every figure from their prompts; ties: the faster
    first token (what every student waits for), then throughput."""

    def met(r: dict) -> list[str]:
        ok = []
        if r["first_token_s"] <= targets["first_token_s"]:
            ok.append("first token")
        if r["decode_tok_s"] >= targets["decode_tok_s"]:
            ok.append("decode")
        if r["peak_rss_mb"] * 2**20 / 1e9 <= RSS_LIMIT_GB:
            ok.append("RSS")
        return ok

    fit = [
        r for r in rows if "error" not in r and r.get("exact_figures", r.get("same_figures", 0)) == r.get("compared", 0)
    ]
    if not fit:
        return {"runtime": None, "why": "no runtime copied every figure from its prompts"}
    best = max(fit, key=lambda r: (len(met(r)), -r["first_token_s"], r.get("batched_8_tok_s", 0) + r["decode_tok_s"]))
    return {
        "runtime": best["runtime"],
        "meets": met(best),
        "why": f"every figure copied from its prompt on {best.get('compared', 0)} prompts; "
        f"meets {', '.join(met(best)) or 'no target'}; "
        f"first token {best['first_token_s']} s, decode {best['decode_tok_s']} tok/s, "
        f"peak RSS {best['peak_rss_mb']} MB",
    }


def chart(rows: Sequence[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ok = [r for r in rows if "error" not in r]
    metrics = [
        ("first_token_s", "first token (s)"),
        ("decode_tok_s", "decode, 1 stream (tok/s)"),
        ("batched_8_tok_s", "8 batched (tok/s)"),
        ("batched_16_tok_s", "16 batched (tok/s)"),
        ("peak_rss_mb", "peak RSS (MB)"),
    ]
    fig, axes = plt.subplots(1, len(metrics), figsize=(4 * len(metrics), 4))
    names = [r["runtime"].replace("-", "\n", 1) for r in ok]
    for ax, (key, title) in zip(axes, metrics):
        ax.bar(range(len(ok)), [r.get(key) or 0 for r in ok], color="#4c72b0")
        ax.set_xticks(range(len(ok)), names, fontsize=7)
        ax.set_title(title, fontsize=9)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def compare(
    model_dir: Path,
    prompts: Sequence[list[dict]],
    out: Path,
    *,
    runtimes: Sequence[str] = CANDIDATES,
    threads: int = 0,
    max_new_tokens: int = 96,
    batch: Sequence[int] = (8, 16),
    batch_tokens: int = 150,
    targets: dict | None = None,
    session_prompts: Sequence[list[dict]] = (),
    sessions: int = 16,
) -> dict:
    """Probe each runtime (reference first), write runtimes.json + runtimes.png into ``out``; returns the JSON."""
    from tqdm import tqdm

    out.mkdir(parents=True, exist_ok=True)
    targets = targets or {"first_token_s": 1.2, "decode_tok_s": 25.0}
    prompt_file = out / "runtime-prompts.json"
    prompt_file.write_text(json.dumps(list(prompts)))
    many = out / "session-prompts.json"
    many.write_text(json.dumps(list(session_prompts or prompts)))
    threads = threads or os.cpu_count() or 1
    order = [r for r in (REFERENCE, *runtimes) if r in runtimes]  # the reference first (when asked for), then the rest
    order = list(dict.fromkeys(order))
    if "onnxruntime-genai-int8" in order and not _installed("onnxruntime_genai"):
        order.remove("onnxruntime-genai-int8")
    results = {}
    for name in tqdm(order, desc="runtimes side by side", unit="runtime"):
        results[name] = run_probe(
            name,
            model_dir,
            prompt_file,
            threads=threads,
            max_new_tokens=max_new_tokens,
            batch=() if name in UNBATCHED else batch,
            batch_tokens=batch_tokens,
            sessions=sessions if name == DEFAULT else 0,
            session_prompts=many,
        )
    rows = [summarise(results[n], results.get(REFERENCE), prompts) for n in order]
    report = {
        "cpu_flags": cpu_flags(),
        "sessions": results.get(DEFAULT, {}).get("sessions"),
        "threads": threads,
        "prompts": len(prompts),
        "max_new_tokens": max_new_tokens,
        "batch_tokens": batch_tokens,
        "targets": targets,
        "rows": rows,
        "chosen": choose(rows, targets),
        "load_avg": [round(x, 2) for x in os.getloadavg()],
        "raw": results,
    }
    (out / "runtimes.json").write_text(json.dumps(report, indent=1))
    chart(rows, out / "runtimes.png")
    return report


def _installed(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def markdown(report: dict) -> str:
    cols = [
        "runtime",
        "first_token_s",
        "decode_tok_s",
        "batched_8_tok_s",
        "batched_16_tok_s",
        "peak_rss_mb",
        "same_text",
        "same_figures",
        "exact_figures",
    ]
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for r in report["rows"]:
        if "error" in r:
            lines.append(f"| {r['runtime']} | error: {r['error'][:80]!r} |")
            continue
        cells = [str(r.get(c, "-")) for c in cols]
        if "compared" in r:
            cells[-3] = f"{r.get('same_text', '-')}/{r['compared']}"
            cells[-2] = f"{r.get('same_figures', '-')}/{r['compared']}"
            cells[-1] = f"{r.get('exact_figures', '-')}/{r['compared']}"
        lines.append("| " + " | ".join(cells) + " |")
    lines.append(
        f"CPU flags: {' '.join(report['cpu_flags'])}; chosen: {report['chosen']['runtime']} ({report['chosen']['why']})"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.bench.runtimes")
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("probe", help="one runtime in this process (run by the bench)")
    p.add_argument("--runtime", choices=CANDIDATES, required=True)
    p.add_argument("--model-dir", type=Path, required=True)
    p.add_argument("--prompts", type=Path, required=True)
    p.add_argument("--threads", type=int, default=0)
    p.add_argument("--max-new-tokens", type=int, default=96)
    p.add_argument(
        "--batch", type=lambda s: [int(x) for x in s.split(",") if x], default=[8, 16], help="batch sizes; '' for none"
    )
    p.add_argument("--batch-tokens", type=int, default=150)
    p.add_argument(
        "--sessions", type=int, default=0, help="students asking at once through the engine (schedulers only)"
    )
    p.add_argument("--session-prompts", type=Path, help="their prompts (default: --prompts)")
    p.add_argument("--max-wait", type=float, default=8.0, help="admission limit for --sessions")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    code = probe(args)
    # The figures are printed: leave at once. A normal exit tears the runtime down while its worker threads may still
    # be alive, and CTranslate2 then aborts now and then ("terminate called without an active exception", exit -6).
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    raise SystemExit(main())
