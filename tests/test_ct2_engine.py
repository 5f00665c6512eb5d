"""bot.engines.ct2 and bot.engines.onnx_genai: the local engine on CTranslate2 and on ONNX Runtime, with the real
packaged model.

Every test runs on both runtimes (they share the scheduler and the engine
interface). The converted caches (HF checkpoint, CTranslate2 and ONNX copies) live in
$CAREERBOT_TEST_MODEL_CACHE or ./data/test-models, built once per machine.
Batching and admission run through the real scheduler and the real model; a
spy around the real ``generate_batch`` call (it still generates) holds the
first batch so that later questions provably wait and share the next one.
"""

from __future__ import annotations

import os
import re
import threading
import time
from pathlib import Path

import pytest

from bot.config import Settings
from bot.engines import make_engine
from bot.engines.ct2 import CT2Engine, ct2_dir, ct2_is_complete
from bot.engines.hf_transformers import LocalEngine
from bot.engines.onnx_genai import OrtEngine, ort_dir
from bot.errors import EngineBusy
from bot.types import GenerationRequest, QueueStatus

REPO = Path(__file__).resolve().parent.parent
SYSTEM = {"role": "system", "content": "You are a concise careers adviser. Answer only from the passage."}
PASSAGE = (
    "[1] Salaries (US market, 2024)\nA machine learning engineer at Acme Robotics earns an average of $187,340 per "
    "year, with a range of $120,500 to $262,000."
)


def _data_dir() -> Path:
    return Path(os.environ.get("CAREERBOT_TEST_MODEL_CACHE") or REPO / "data" / "test-models")


@pytest.fixture(scope="module", params=["ctranslate2", "onnxruntime"])
def engine(request) -> CT2Engine:
    engine = make_engine(Settings(data_dir=_data_dir(), max_new_tokens=40, model_runtime=request.param))
    engine.load()
    return engine


def _request(question: str, max_new_tokens: int = 40, cancel: threading.Event | None = None) -> GenerationRequest:
    messages = [SYSTEM, {"role": "user", "content": f"{PASSAGE}\n\nQuestion: {question}"}]
    return GenerationRequest(messages=messages, max_new_tokens=max_new_tokens, cancel=cancel)


def _text(items) -> str:
    return "".join(i for i in items if isinstance(i, str))


def test_conversion_is_cached_beside_the_checkpoint_keyed_by_the_gguf_hash(engine: CT2Engine) -> None:
    from bot.engines.model_store import MODEL_SHA256, converted_dir

    hf_dir = converted_dir(engine.settings.model_cache_dir)
    path, suffix = (
        (ort_dir(hf_dir), "ort-int8") if isinstance(engine, OrtEngine) else (ct2_dir(hf_dir, "int8"), "ct2-int8")
    )
    assert path.name == f"{MODEL_SHA256}.{suffix}"
    assert ct2_is_complete(path)
    assert engine.status()["runtime"] == engine.settings.model_runtime and engine.ready()


def test_an_answer_after_other_questions_is_the_answer_asked_first(engine: CT2Engine) -> None:
    """ONNX Runtime reuses a slot's cached system prompt: a question asked after others gets its first answer."""
    request = _request("What is the average salary of a machine learning engineer at Acme Robotics?")
    first = _text(engine.stream(request))
    _text(engine.stream(_request("Describe this job in great detail.", max_new_tokens=30)))
    assert _text(engine.stream(request)) == first


def test_answer_streams_in_pieces_and_copies_the_figure(engine: CT2Engine) -> None:
    pieces = list(
        engine.stream(_request("What is the average salary of a machine learning engineer at Acme Robotics?"))
    )
    assert len(pieces) > 2 and all(isinstance(p, str) and p for p in pieces)
    assert "187,340" in "".join(pieces)


def test_answer_is_the_same_every_time_and_has_the_fp32_reference_figures(engine: CT2Engine) -> None:
    request = _request("What salary range does a machine learning engineer at Acme Robotics have?")
    first = _text(engine.stream(request))
    assert first == _text(engine.stream(request))
    reference = LocalEngine(
        engine.settings.model_copy(update={"model_quantized_decode": False, "model_runtime": "transformers"})
    )
    expected = "".join(reference.stream(request))
    assert re.findall(r"\$[\d,]+", first) == re.findall(r"\$[\d,]+", expected)


def test_answer_is_bounded_by_max_new_tokens(engine: CT2Engine) -> None:
    text = _text(engine.stream(_request("Describe this job in great detail.", max_new_tokens=5)))
    assert 0 < len(engine.tokenizer(text)["input_ids"]) <= 6


def test_cancel_stops_generation_early(engine: CT2Engine) -> None:
    cancel = threading.Event()
    pieces = []
    for piece in engine.stream(_request("List twenty skills, one per line.", max_new_tokens=120, cancel=cancel)):
        pieces.append(piece)
        cancel.set()
    assert len(engine.tokenizer(_text(pieces))["input_ids"]) < 10


NEAR_TIE = 0.25  # logits (the top one is about 14 here); the one parting measured, on an AVX-512 EPYC, was 0.08 apart


def _token_ids(engine: CT2Engine, request: GenerationRequest, monkeypatch) -> list[int]:
    """The token ids the engine emits for ``request`` (its real decoder, every emitted token recorded)."""
    real, got = engine.scheduler.decode, []

    def decode(jobs, emit) -> None:
        real(jobs, lambda i, token: (got.append(token), emit(i, token))[1])

    with monkeypatch.context() as patch:
        patch.setattr(engine.scheduler, "decode", decode)
        _text(engine.stream(request))
    return got


def _next_token_logits(engine: OrtEngine, ids: list[int]):
    """The model's logits for the token after ``ids``, from a fresh generator without drafting."""
    import numpy as np

    params = engine.og.GeneratorParams(engine.model)
    params.set_search_options(max_length=len(ids) + 8, do_sample=False, batch_size=1)
    generator = engine.og.Generator(engine.model, params)
    generator.append_tokens(np.array([ids], dtype=np.int32))
    return np.asarray(generator.get_logits()).reshape(-1)


def test_onnx_drafting_from_the_passage_keeps_the_answer_it_would_give_without(monkeypatch) -> None:
    """Prompt-lookup drafts (CAREERBOT_DRAFT_TOKENS, on ONNX Runtime) are checked by the model: the same tokens as
    plain greedy decoding, drafts taken; where the two part (the drafts are checked as one batch, rounded slightly
    differently), both tokens are the model's near-tied first choices there, never a draft it would not have chosen."""
    settings = Settings(data_dir=_data_dir(), model_runtime="onnxruntime")
    engine, plain = make_engine(settings), make_engine(settings.model_copy(update={"draft_tokens": 0}))
    engine.load()
    plain.load()
    questions = [
        "What salary range does a machine learning engineer at Acme Robotics have?",
        "Quote the passage word for word.",
        "Describe this job in great detail.",
    ]
    identical = 0
    for question in questions:
        request = _request(question, max_new_tokens=60)
        drafted, greedy = _token_ids(engine, request, monkeypatch), _token_ids(plain, request, monkeypatch)
        part = next((i for i, (a, b) in enumerate(zip(drafted, greedy)) if a != b), None)
        if part is None:
            assert drafted == greedy
            identical += 1
            continue
        rest, static = plain.split_ids(request.messages)
        logits = _next_token_logits(plain, [*static, *rest, *drafted[:part]])
        assert logits.max() - logits[drafted[part]] < NEAR_TIE and logits.max() - logits[greedy[part]] < NEAR_TIE, (
            question
        )
    assert identical >= 2
    assert engine.status()["draft_tokens"]["accepted"] > 0
    assert plain.status()["draft_tokens"] == {"max": 0, "proposed": 0, "accepted": 0}


class _HoldFirstBatch:
    """Wraps the engine's real decoder: records batch sizes; the first batch waits for ``release``."""

    def __init__(self, engine: CT2Engine) -> None:
        self.real = engine.scheduler.decode
        self.sizes: list[int] = []
        self.entered = threading.Event()
        self.release = threading.Event()

    def __call__(self, jobs, emit) -> None:
        self.sizes.append(len(jobs))
        if len(self.sizes) == 1:
            self.entered.set()
            assert self.release.wait(120)
        self.real(jobs, emit)


def test_questions_waiting_together_share_one_batch_and_get_the_solo_answer(engine: CT2Engine, monkeypatch) -> None:
    request = _request("What is the average salary of a machine learning engineer at Acme Robotics?", max_new_tokens=24)
    solo = _text(engine.stream(request))
    spy = _HoldFirstBatch(engine)
    monkeypatch.setattr(engine.scheduler, "decode", spy)
    monkeypatch.setattr(engine.scheduler, "max_wait", 0)
    results: dict[int, list] = {}

    def ask(i: int) -> None:
        results[i] = list(engine.stream(request))

    first = threading.Thread(target=ask, args=(0,))
    first.start()
    assert spy.entered.wait(60)
    waiting = [threading.Thread(target=ask, args=(i,)) for i in (1, 2)]
    for t in waiting:
        t.start()
    deadline = time.monotonic() + 30
    while engine.scheduler.status()["waiting"] < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.6)  # long enough for a waiting stream to report its place
    spy.release.set()
    for t in (first, *waiting):
        t.join(300)
    assert spy.sizes == [1, 2]
    for i in (1, 2):
        assert isinstance(results[i][0], QueueStatus) and results[i][0].position in (1, 2)
    assert [_text(results[i]) for i in (0, 1, 2)] == [solo] * 3


def test_busy_model_refuses_at_once_instead_of_making_the_student_wait(engine: CT2Engine, monkeypatch) -> None:
    spy = _HoldFirstBatch(engine)
    monkeypatch.setattr(engine.scheduler, "decode", spy)
    held: list = []
    first = threading.Thread(
        target=lambda: held.extend(engine.stream(_request("What is the range?", max_new_tokens=16)))
    )
    first.start()
    assert spy.entered.wait(60)
    monkeypatch.setattr(engine.scheduler, "max_wait", 0.5)  # the held answer has more than 0.5 s of work left
    start = time.monotonic()
    with pytest.raises(EngineBusy) as busy:
        next(engine.stream(_request("And the average?")))
    assert time.monotonic() - start < 2.0
    assert busy.value.expected_wait > 0.5
    spy.release.set()
    first.join(300)
    assert _text(held)


def test_conversion_without_its_marker_or_with_a_truncated_file_is_not_trusted(tmp_path: Path) -> None:
    import json

    folder = tmp_path / "model.ct2-int8"
    folder.mkdir()
    (folder / "model.bin").write_bytes(b"x" * 100)
    assert not ct2_is_complete(folder)  # no marker: a crash mid-conversion
    (folder / "complete.json").write_text(json.dumps({"files": {"model.bin": 100}}))
    assert ct2_is_complete(folder)
    (folder / "model.bin").write_bytes(b"x" * 40)
    assert not ct2_is_complete(folder)


def test_a_failed_onnx_export_says_so_and_leaves_no_folder_that_looks_built(tmp_path: Path) -> None:
    from bot.engines.onnx_genai import convert_ort
    from bot.errors import ModelUnavailable

    hf_dir = tmp_path / "broken-checkpoint"
    hf_dir.mkdir()
    (hf_dir / "config.json").write_text("{not json")
    out = ort_dir(hf_dir)
    with pytest.raises(ModelUnavailable, match="ONNX export"):
        convert_ort(hf_dir, out)
    assert not out.exists() and not ct2_is_complete(out)
    assert [p.name for p in tmp_path.iterdir()] == ["broken-checkpoint"]  # the temporary folder is gone too


def test_a_built_model_that_will_not_load_is_rebuilt_once_then_named_in_the_error(tmp_path: Path) -> None:
    """Both runtimes' load path (``load_or_rebuild``): a folder that passed its marker check but fails to load."""
    from bot.engines.ct2 import load_or_rebuild
    from bot.errors import ModelUnavailable

    built = tmp_path / "model.ct2-int8"
    built.mkdir()
    (built / "model.bin").write_bytes(b"truncated")
    loads, rebuilds = [], []

    def rebuild() -> Path:
        assert not built.exists()  # the bad copy is gone before it is built again
        rebuilds.append(1)
        built.mkdir()
        (built / "model.bin").write_bytes(b"whole")
        return built

    def load(path: Path) -> str:
        loads.append(path)
        if (path / "model.bin").read_bytes() != b"whole":
            raise RuntimeError("unexpected end of file")
        return "loaded"

    assert load_or_rebuild(built, load, rebuild, "CTranslate2", "transformers") == "loaded"
    assert len(loads) == 2 and len(rebuilds) == 1

    def broken(path: Path) -> str:
        raise RuntimeError("unsupported model version")

    with pytest.raises(
        ModelUnavailable,
        match=r"CTranslate2 could not load .*unsupported model version.*CAREERBOT_MODEL_RUNTIME=transformers",
    ):
        load_or_rebuild(built, broken, rebuild, "CTranslate2", "transformers")
    assert len(rebuilds) == 2
