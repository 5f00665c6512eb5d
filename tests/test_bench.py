"""python -m eval bench --quick, once, as a subprocess: it completes and writes its files with every section.

The bench is not a test: nothing here asserts a time. What a user would notice
is checked instead: the run exits 0, bench.json has each section's figures and
the targets table, the 16 extractive sessions got answers without errors, and
bench.html carries the plots.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def quick_bench(tmp_path_factory, model_dir) -> tuple[subprocess.CompletedProcess[str], Path]:
    out = tmp_path_factory.mktemp("bench")
    env = os.environ | {
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "ANONYMIZED_TELEMETRY": "False",
        "CAREERBOT_MODEL_DIR": str(model_dir),
        "CAREERBOT_CORPUS_DIR": str(REPO / "corpus"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "eval", "bench", "--quick", "--out", str(out)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    return done, out


def test_quick_bench_completes_and_writes_json_and_html(quick_bench):
    done, out = quick_bench
    assert done.returncode == 0, done.stderr[-3000:]
    assert (out / "bench.json").is_file() and (out / "bench.html").is_file()
    assert "| Target | Goal | Measured | Met |" in done.stdout


def test_bench_json_has_every_section_and_the_targets(quick_bench):
    _, out = quick_bench
    bench = json.loads((out / "bench.json").read_text())
    assert {"machine", "ingest", "retrieval", "local", "serving", "targets"} <= bench.keys()
    assert bench["machine"]["cpus"] >= 1
    for size in bench["retrieval"]["sizes"]:
        assert {"chunks", "hybrid_ms", "chroma_ms", "dense_ms", "lexical_ms", "recall", "chroma_recall"} <= size.keys()
        assert {"p50", "p95"} <= size["hybrid_ms"].keys()
    assert [s["chunks"] for s in bench["retrieval"]["sizes"]] == [1000, 5000]
    assert {"chunks_per_s", "bare_chunks_per_s", "throughput_ratio", "reingest_fraction"} <= bench["ingest"].keys()
    assert "chain_first_token_ms" in bench["local"] or "skipped" in bench["local"]
    assert {t["target"] for t in bench["targets"]} >= {
        "First verified unit on screen, p50 (chain)",
        "Hybrid retrieval at the largest size, p95",
    }


def test_unchanged_reingest_embeds_nothing(quick_bench):
    _, out = quick_bench
    ingest = json.loads((out / "bench.json").read_text())["ingest"]
    assert ingest["first_added"] == ingest["chunks"] > 0
    assert ingest["reingest_added"] == 0


def test_sixteen_extractive_sessions_are_all_answered(quick_bench):
    _, out = quick_bench
    serving = json.loads((out / "bench.json").read_text())["serving"]["extractive"]
    assert serving["sessions"] == 16
    assert serving["requests"] == 16
    assert serving["errors"] == 0, serving["error_samples"]


def test_bench_html_shows_the_targets_and_the_plots(quick_bench):
    _, out = quick_bench
    page = (out / "bench.html").read_text()
    local = json.loads((out / "bench.json").read_text())["local"]
    runtimes = json.loads((out / "bench.json").read_text())["runtimes"]
    # latency vs corpus size; tokens/s per engine setting (when the model ran); runtimes side by side (when compared)
    plots = 1 + bool(local.get("generated")) + bool(runtimes.get("rows"))
    assert "<h2>Targets</h2>" in page
    assert page.count("data:image/png;base64,") == plots


def test_runtimes_are_compared_side_by_side_with_the_reference(quick_bench):
    _, out = quick_bench
    runtimes = json.loads((out / "bench.json").read_text())["runtimes"]
    if "skipped" in runtimes:
        pytest.skip(runtimes["skipped"])
    assert (out / "runtimes.json").is_file() and (out / "runtimes.png").read_bytes()[:4] == b"\x89PNG"
    rows = {r["runtime"]: r for r in runtimes["rows"]}
    assert set(rows) == {"transformers-fp32", "ctranslate2-int8_float32"}
    for row in rows.values():
        assert "error" not in row, row.get("error")
        assert row["first_token_s"] > 0 and row["decode_tok_s"] > 0 and row["peak_rss_mb"] > 0
        assert row["compared"] == runtimes["prompts"] == 1
    assert rows["transformers-fp32"]["same_text"] == 1  # the reference against itself
    assert (
        rows["ctranslate2-int8_float32"]["batched_2_tok_s"] > 0 and "batched_2_tok_s" not in rows["transformers-fp32"]
    )
    flags = next(line for line in open("/proc/cpuinfo") if line.startswith("flags")).split()
    assert [f for f in ("avx2", "avx512f", "avx512_vnni") if f in runtimes["cpu_flags"]] == [
        f for f in ("avx2", "avx512f", "avx512_vnni") if f in flags
    ]
    assert runtimes["chosen"]["runtime"] in rows


def test_choose_takes_only_runtimes_that_copy_their_figures_then_the_fastest_first_token():
    from eval.bench.runtimes import choose, summarise

    prompt = [
        {"role": "user", "content": "[1] - Acme: $123,456 average (range: $50,000 - $200,000)\nWhat does Acme pay?"}
    ]

    def probe(name, text, first):
        return {
            "runtime": name,
            "load_s": 1,
            "peak_rss_mb": 2000,
            "rss_loaded_mb": 1000,
            "batched": {},
            "single": [{"first_token_s": first, "decode_tok_s": 10.0, "text": text}],
        }

    reference = probe("ref", "Acme pays $123,456 on average [1].", 1.5)
    rows = [
        summarise(p, reference, [prompt])
        for p in (
            reference,
            probe("shorter", "Acme pays 123,456 [1].", 0.9),  # leaves the range out and the sign off: still copied
            probe("invents", "Acme pays $123,465 [1].", 0.5),  # faster, but a figure the prompt does not state
        )
    ]
    assert [r["exact_figures"] for r in rows] == [1, 1, 0]
    assert [r["same_figures"] for r in rows] == [1, 0, 0]
    assert choose(rows, {"first_token_s": 1.2, "decode_tok_s": 25.0})["runtime"] == "shorter"


def test_the_onnx_candidates_differ_only_in_drafting(tmp_path: Path) -> None:
    """``onnxruntime-int8`` is the product engine as shipped; ``-nodraft`` the same with drafting off (nothing
    loaded)."""
    from bot.config import Settings
    from bot.engines.onnx_genai import OrtEngine
    from eval.bench.runtimes import make_runner

    shipped, plain = (
        make_runner(name, tmp_path, 2).engine for name in ("onnxruntime-int8", "onnxruntime-int8-nodraft")
    )
    assert isinstance(shipped, OrtEngine) and isinstance(plain, OrtEngine)
    assert shipped.settings.draft_tokens == Settings().draft_tokens > 0
    assert plain.settings.draft_tokens == 0
    assert shipped.settings.model_copy(update={"draft_tokens": 0}) == plain.settings
