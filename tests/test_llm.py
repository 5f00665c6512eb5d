"""bot.engines.hf_transformers and bot.engines.openai_compat: the engine factory, the real local model, and the
OpenAI-compatible client.

The local tests run the real packaged model. Its converted cache lives in
$CAREERBOT_TEST_MODEL_CACHE or ./data/test-models (git-ignored), so the one-off
conversion (about a minute) happens once per machine, not per run. The openai
tests talk to tests/openai_stub.py over real HTTP on 127.0.0.1.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from openai_stub import OpenAIStub, echo_reply

from bot.config import Settings
from bot.engines import make_engine
from bot.engines.ct2 import CT2Engine
from bot.engines.hf_transformers import LocalEngine, chat_inputs
from bot.engines.onnx_genai import OrtEngine
from bot.engines.openai_compat import OpenAIEngine
from bot.errors import GenerationFailed
from bot.types import GenerationRequest
from eval.bench.speed import measure

REPO = Path(__file__).resolve().parent.parent
SYSTEM = {"role": "system", "content": "You are a concise careers adviser."}


def _model_data_dir() -> Path:
    return Path(os.environ.get("CAREERBOT_TEST_MODEL_CACHE") or REPO / "data" / "test-models")


@pytest.fixture(scope="session")
def local_engine() -> LocalEngine:
    engine = LocalEngine(Settings(data_dir=_model_data_dir(), max_new_tokens=48))
    engine.load()
    return engine


def _chat(question: str) -> list[dict[str, str]]:
    return [SYSTEM, {"role": "user", "content": question}]


# --- factory -------------------------------------------------------------------


def test_unknown_engine_kind_is_rejected_listing_the_allowed_ones() -> None:
    settings = Settings().model_copy(update={"engine": "gpt5"})
    with pytest.raises(ValueError, match=r"'gpt5'.*local, openai, extractive"):
        make_engine(settings)


@pytest.mark.parametrize(
    ("kind", "runtime", "cls"),
    [
        ("local", "ctranslate2", CT2Engine),
        ("local", "onnxruntime", OrtEngine),
        ("local", "transformers", LocalEngine),
        ("openai", "ctranslate2", OpenAIEngine),
    ],
)
def test_factory_builds_the_configured_engine_without_loading_it(kind: str, runtime: str, cls: type) -> None:
    engine = make_engine(Settings(engine=kind, model_runtime=runtime, llm_base_url="http://127.0.0.1:9/v1"))
    assert isinstance(engine, cls) and engine.name == kind
    assert not engine.ready()
    assert engine.status()["ready"] is False


# --- local engine (real model) ---------------------------------------------------


def test_local_model_streams_a_short_answer_in_pieces(local_engine: LocalEngine) -> None:
    pieces = list(
        local_engine.stream(
            GenerationRequest(messages=_chat("What is 2 + 2? Reply with the number only."), max_new_tokens=8)
        )
    )
    assert "4" in "".join(pieces)
    assert all(isinstance(p, str) and p for p in pieces)


def test_local_answer_is_bounded_by_max_new_tokens(local_engine: LocalEngine) -> None:
    request = GenerationRequest(
        messages=_chat("Describe the career of a machine learning researcher in detail."), max_new_tokens=6
    )
    pieces = list(local_engine.stream(request))
    tokens = local_engine._loaded.tokenizer("".join(pieces))["input_ids"]
    assert 1 < len(pieces) and len(tokens) <= 7  # re-tokenizing may split a word differently


def test_local_answer_is_the_same_every_time(local_engine: LocalEngine) -> None:
    request = GenerationRequest(messages=_chat("Name one programming language used in ML."), max_new_tokens=10)
    assert "".join(local_engine.stream(request)) == "".join(local_engine.stream(request))


def test_cancel_stops_local_generation_early(local_engine: LocalEngine) -> None:
    cancel = threading.Event()
    request = GenerationRequest(
        messages=_chat("List twenty research areas in AI, one per line."), max_new_tokens=120, cancel=cancel
    )
    pieces = []
    for piece in local_engine.stream(request):
        pieces.append(piece)
        cancel.set()
    tokens = local_engine._loaded.tokenizer("".join(pieces))["input_ids"]
    assert len(tokens) < 10


def test_abandoned_stream_frees_the_model_for_the_next_question(local_engine: LocalEngine) -> None:
    stream = local_engine.stream(GenerationRequest(messages=_chat("Tell me a long story."), max_new_tokens=100))
    next(stream)
    stream.close()
    answer = "".join(
        local_engine.stream(GenerationRequest(messages=_chat("What is 3 + 3? Number only."), max_new_tokens=4))
    )
    assert "6" in answer


def _plain_generate(engine: LocalEngine, messages: list[dict[str, str]], max_new_tokens: int) -> str:
    """model.generate over the whole prompt: no cached system prompt, no streaming."""
    import torch

    loaded = engine._loaded
    inputs = chat_inputs(loaded.tokenizer, messages)
    with torch.inference_mode():
        ids = loaded.model.generate(**inputs, max_new_tokens=max_new_tokens, do_sample=False)
    return loaded.tokenizer.decode(ids[0, inputs["input_ids"].shape[1] :], skip_special_tokens=True)


def _grounded_request(question: str) -> GenerationRequest:
    """The chain's real prompt (prompts/system.txt + answer.txt) over two sections of the real guide."""
    from bot.chain import build_request
    from bot.types import Passage

    guide = (REPO / "corpus" / "ai-ml-researcher-career-guide.md").read_text()
    sections = [s.strip() for s in guide.split("\n## ") if len(s.strip()) > 300][1:3]
    passages = [
        Passage(id=str(i), source="guide", section=s.splitlines()[0], text=s[:900]) for i, s in enumerate(sections)
    ]
    return build_request(question, passages, Settings(max_new_tokens=40), threading.Event())


def test_cached_system_prompt_does_not_change_the_answer(local_engine: LocalEngine) -> None:
    request = _grounded_request("What does an AI researcher do?")
    streamed = "".join(local_engine.stream(request))
    assert "prefix" in local_engine._loaded.extras  # the system prompt's KV cache was made and reused
    assert streamed == _plain_generate(local_engine, request.messages, request.max_new_tokens)


def test_int8_decoding_keeps_the_fp32_answer_to_a_grounded_question(local_engine: LocalEngine) -> None:
    assert local_engine.settings.model_quantized_decode
    request = _grounded_request("What skills does an AI researcher need?")
    plain = LocalEngine(local_engine.settings.model_copy(update={"model_quantized_decode": False}))
    plain.load()
    assert plain._loaded is not local_engine._loaded
    assert "".join(local_engine.stream(request)) == "".join(plain.stream(request))


def test_engines_in_one_process_share_one_loaded_model(local_engine: LocalEngine) -> None:
    other = LocalEngine(local_engine.settings)
    progress: list[tuple[float, str]] = []
    other.load(progress=lambda f, m: progress.append((f, m)))
    assert other._loaded is local_engine._loaded
    assert other.status() == {
        "engine": "local",
        "runtime": "transformers",
        "ready": True,
        "loading": False,
        "progress": 1.0,
        "detail": "model ready",
    }
    assert progress[-1] == (1.0, "model ready")


def test_measure_reports_prefill_first_token_and_decode_speed(local_engine: LocalEngine) -> None:
    speed = measure(local_engine, [_chat("Name two ML conferences.")], max_new_tokens=8)
    assert speed.prompt_tokens > 10 and speed.new_tokens > 1
    assert speed.prefill_tok_s > 0 and speed.first_token_ms > 0 and speed.decode_tok_s > 0


# --- openai engine (stub server) --------------------------------------------------


@pytest.fixture
def stub() -> Iterator[OpenAIStub]:
    with OpenAIStub() as server:
        yield server


def _openai(base_url: str, **overrides: object) -> OpenAIEngine:
    return OpenAIEngine(Settings(engine="openai", llm_base_url=base_url, llm_model="stub-model", **overrides))


def test_openai_engine_sends_the_messages_and_streams_the_reply(stub: OpenAIStub) -> None:
    messages = _chat("Passages: [1] PhD programs. [2] Salaries. Which path suits me?")
    pieces = list(_openai(stub.base_url).stream(GenerationRequest(messages=messages, max_new_tokens=50)))
    assert "".join(pieces) == echo_reply(messages)
    assert len(pieces) > 3
    body = stub.requests[-1]
    assert body["messages"] == messages and body["model"] == "stub-model"
    assert body["stream"] is True and body["temperature"] == 0 and body["max_tokens"] == 50


@pytest.mark.timeout(60)
def test_openai_pieces_arrive_before_the_answer_is_complete() -> None:
    gate = threading.Event()
    with OpenAIStub(gate=gate) as server:
        stream = _openai(server.base_url).stream(GenerationRequest(messages=_chat("Hi [1]"), max_new_tokens=50))
        first = next(stream)  # the server is holding back the rest until the gate opens
        gate.set()
        rest = "".join(stream)
    assert first == "I" and rest.startswith(" received")


def test_openai_answer_is_bounded_by_max_new_tokens(stub: OpenAIStub) -> None:
    pieces = list(_openai(stub.base_url).stream(GenerationRequest(messages=_chat("Hi"), max_new_tokens=3)))
    assert "".join(pieces) == "I received 2"


def test_cancel_stops_the_openai_stream(stub: OpenAIStub) -> None:
    cancel = threading.Event()
    pieces = []
    for piece in _openai(stub.base_url).stream(
        GenerationRequest(messages=_chat("Hi"), max_new_tokens=50, cancel=cancel)
    ):
        pieces.append(piece)
        cancel.set()
    assert pieces == ["I"]


def test_openai_engine_is_ready_when_its_server_answers(stub: OpenAIStub) -> None:
    engine = _openai(stub.base_url)
    engine.load()
    assert engine.ready() and engine.status()["ready"] is True


def test_model_server_down_gives_a_clear_failure() -> None:
    server = OpenAIStub().start()
    url = server.base_url
    server.stop()
    engine = _openai(url)
    engine.load()  # reports, does not raise
    assert not engine.ready() and "not reachable" in engine.status()["detail"]
    with pytest.raises(
        GenerationFailed, match=r"Cannot reach the model server at http://127\.0\.0\.1:\d+/v1: start it"
    ):
        list(engine.stream(GenerationRequest(messages=_chat("Hi"))))


def test_model_server_error_status_gives_a_clear_failure() -> None:
    with OpenAIStub(status=500) as server:
        with pytest.raises(GenerationFailed, match="answered HTTP 500"):
            list(_openai(server.base_url).stream(GenerationRequest(messages=_chat("Hi"))))


def test_slow_model_server_times_out_with_a_clear_failure() -> None:
    with OpenAIStub(delay=3.0) as server:
        engine = _openai(server.base_url, generation_timeout=0.5)
        with pytest.raises(GenerationFailed, match="did not answer within"):
            list(engine.stream(GenerationRequest(messages=_chat("Hi"))))
