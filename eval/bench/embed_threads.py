"""How long one question's embedding takes with torch's default threads and with one (bot/retrieval/embed.py).

Run: .venv/bin/python -m eval.bench.embed_threads  (add a busy core with `python3 -c "while True: pass" &` to see the
shared-machine case). Prints the CPU flags, then p50/p95 per thread count.
"""

from __future__ import annotations

import re
import time
from pathlib import Path


def main(runs: int = 40) -> None:
    import torch

    from bot.retrieval.embed import Embedder

    flags = set(re.findall(r"\b(avx2|avx512f|avx512_vnni|avx512_bf16|amx_tile)\b", Path("/proc/cpuinfo").read_text()))
    print("cpu flags:", " ".join(sorted(flags)) or "(none of avx2/avx512)")
    embedder = Embedder()
    embedder.embed(["warm up"])
    for threads in (torch.get_num_threads(), 1):
        torch.set_num_threads(threads)
        times = []
        for i in range(runs):
            start = time.perf_counter()
            embedder.embed([f"What does a nurse earn in region {i}?"])
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        print(f"{threads} thread(s): p50 {times[runs // 2]:.1f} ms, p95 {times[int(runs * 0.95) - 1]:.1f} ms")


if __name__ == "__main__":
    main()
