"""A fresh process that loads the local engine and reports how long it took: the cold-start probe.

Run by eval.bench.local as ``python -m eval.bench.coldstart --model-dir DIR
[--runtime ctranslate2|transformers] [--no-int8]
[--prompts FILE.json --max-new-tokens N]``; prints one JSON object on its last
stdout line: ``ready_s`` (from the first call, imports included, to a loaded
model), ``rss_loaded_mb``, and with prompts the ``eval.bench.speed.measure`` speed and
``rss_after_mb``. A fresh process is the only honest cold start: in the
benchmark's own process torch is imported and the model is already loaded.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    start = time.perf_counter()
    parser = argparse.ArgumentParser(prog="python -m eval.bench.coldstart")
    parser.add_argument("--model-dir", type=Path, required=True)
    parser.add_argument("--no-int8", action="store_true")
    parser.add_argument("--runtime", choices=("ctranslate2", "onnxruntime", "transformers"), default="ctranslate2")
    parser.add_argument("--prompts", type=Path)
    parser.add_argument("--max-new-tokens", type=int, default=64)
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import psutil

    from bot.config import Settings
    from bot.engines import make_engine
    from eval.bench.speed import measure

    engine = make_engine(
        Settings(
            model_dir=args.model_dir,
            model_quantized_decode=not args.no_int8,
            model_runtime=args.runtime,
            engine="local",
            max_wait=0,
        )
    )
    engine.load()
    out: dict = {
        "ready_s": round(time.perf_counter() - start, 2),
        "runtime": args.runtime,
        "int8_decode": not args.no_int8,
        "rss_loaded_mb": round(psutil.Process().memory_info().rss / 2**20),
    }
    if args.prompts:
        prompts = json.loads(args.prompts.read_text())
        out["speed"] = {k: round(v, 2) for k, v in asdict(measure(engine, prompts, args.max_new_tokens)).items()}
        out["rss_after_mb"] = round(psutil.Process().memory_info().rss / 2**20)
    print(json.dumps(out))
    return 0


def probe(
    model_dir: Path,
    *,
    int8: bool = True,
    prompts: Path | None = None,
    max_new_tokens: int = 64,
    timeout: float = 900,
    runtime: str = "ctranslate2",
) -> dict:
    """Run the probe in a subprocess; its JSON, or {"error": ...} with the tail of its output."""
    cmd = [
        sys.executable,
        "-m",
        "eval.bench.coldstart",
        "--model-dir",
        str(model_dir),
        "--max-new-tokens",
        str(max_new_tokens),
        "--runtime",
        runtime,
    ]
    if not int8:
        cmd.append("--no-int8")
    if prompts:
        cmd += ["--prompts", str(prompts)]
    env = os.environ | {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    started = time.perf_counter()
    try:
        done = subprocess.run(
            cmd, capture_output=True, text=True, timeout=timeout, env=env, cwd=Path(__file__).resolve().parents[2]
        )
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        return {"error": f"exit {done.returncode}: {(done.stderr or done.stdout)[-800:]}"}
    result = json.loads(lines[-1])
    result["process_s"] = round(time.perf_counter() - started, 2)
    return result


if __name__ == "__main__":
    raise SystemExit(main())
