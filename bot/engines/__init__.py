"""The answer engines behind one interface (``bot.engines.base.Engine``), and the factory that picks one.

``make_engine`` is lazy: importing ``bot.engines`` loads no torch, no CTranslate2 and no ONNX Runtime; each runtime's
module is imported only when it is chosen. One file per runtime: ``ct2`` (the default local runtime: int8, batched
sessions, admission control), ``onnx_genai``, ``hf_transformers`` (the reference), ``openai_compat`` (any
OpenAI-compatible server) and ``extractive`` (no model). ``batching`` is the scheduler the local runtimes share;
``model_store`` finds, reassembles and converts the packaged model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.errors import ConfigError

if TYPE_CHECKING:  # nothing at import: `make doctor` imports bot.engines.model_store with the system Python
    from bot.config import Settings
    from bot.engines.base import Engine


def make_engine(settings: Settings) -> Engine:
    """The engine named by ``settings.engine``; cheap (nothing loads until ``load``)."""
    match settings.engine:
        case "local" if settings.model_runtime == "ctranslate2":
            from bot.engines.ct2 import CT2Engine

            return CT2Engine(settings)
        case "local" if settings.model_runtime == "onnxruntime":
            from bot.engines.onnx_genai import OrtEngine

            return OrtEngine(settings)
        case "local":
            from bot.engines.hf_transformers import LocalEngine

            return LocalEngine(settings)
        case "openai":
            from bot.engines.openai_compat import OpenAIEngine

            return OpenAIEngine(settings)
        case "extractive":
            from bot.engines.extractive import ExtractiveEngine

            return ExtractiveEngine(settings)
        case other:
            from bot.config import ENGINES

            raise ConfigError(f"Unknown engine {other!r}: choose one of {', '.join(ENGINES)}")
