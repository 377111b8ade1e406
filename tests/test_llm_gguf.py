"""GGUF header checks on generated files and on the real bundled model.

`write_gguf` builds small but well-formed GGUF files; other test_llm_* modules import it.
"""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from checkup_desktop.core.llm.errors import ModelError, ModelFileError
from checkup_desktop.core.llm.gguf_check import (
    check_language_model,
    check_projector,
    read_gguf,
)
from checkup_desktop.core.llm.locate import DEFAULT_MODEL_FILE, default_model_path


def _s(text: str) -> bytes:
    b = text.encode()
    return struct.pack("<Q", len(b)) + b


def _kv(key: str, value: object) -> bytes:
    if isinstance(value, bool):
        return _s(key) + struct.pack("<I?", 7, value)
    if isinstance(value, int):
        return _s(key) + struct.pack("<II", 4, value)
    if isinstance(value, float):
        return _s(key) + struct.pack("<If", 6, value)
    if isinstance(value, list):  # array of strings
        return _s(key) + struct.pack("<IIQ", 9, 8, len(value)) + b"".join(map(_s, value))
    return _s(key) + struct.pack("<I", 8) + _s(str(value))


def write_gguf(
    path: Path,
    *,
    arch: str | None = "llama",
    meta: dict | None = None,
    tensors: tuple[tuple[str, tuple[int, ...]], ...] = (("w", (64, 4)),),
    version: int = 3,
) -> Path:
    """A GGUF v3 file with F32 tensors of zeros, data aligned to 32 bytes."""
    kvs = dict(meta or {})
    if arch is not None:
        kvs = {"general.architecture": arch, **kvs}
    header = b"GGUF" + struct.pack("<IQQ", version, len(tensors), len(kvs))
    header += b"".join(_kv(k, v) for k, v in kvs.items())
    offset, infos, sizes = 0, b"", []
    for name, shape in tensors:
        infos += _s(name) + struct.pack("<I", len(shape))
        infos += b"".join(struct.pack("<Q", d) for d in shape)
        infos += struct.pack("<IQ", 0, offset)
        n = 4
        for d in shape:
            n *= d
        sizes.append(n)
        offset += -(-n // 32) * 32
    body = header + infos
    body += b"\0" * (-len(body) % 32)
    path.write_bytes(body + b"\0" * offset)
    return path


def projector(path: Path) -> Path:
    return write_gguf(path, arch="clip", meta={"general.type": "mmproj",
                                               "clip.has_vision_encoder": True})


def test_reads_the_real_bundled_model_header():
    path = default_model_path()
    assert path.name == DEFAULT_MODEL_FILE
    info = check_language_model(path)
    assert info.version == 3
    assert info.architecture == "llama"
    assert info.tensor_count > 100
    assert not info.is_projector
    assert "tokenizer.chat_template" in info.metadata


def test_generated_files_round_trip(tmp_path):
    info = read_gguf(write_gguf(tmp_path / "m.gguf", meta={"general.name": "Tiny"}))
    assert (info.architecture, info.name, info.tensor_count) == ("llama", "Tiny", 1)
    proj = check_projector(projector(tmp_path / "p.gguf"))
    assert proj.is_projector and proj.architecture == "clip"


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda p: p.write_bytes(b"%PDF-1.7 not a model"), "not a GGUF model file"),
        (lambda p: p.write_bytes(b""), "not a GGUF model file"),
        (lambda p: write_gguf(p, version=7), "GGUF version 7"),
        (lambda p: write_gguf(p, arch=None), "no model architecture"),
    ],
)
def test_bad_files_give_plain_typed_errors(tmp_path, make, words):
    path = tmp_path / "bad.gguf"
    make(path)
    with pytest.raises(ModelFileError) as err:
        read_gguf(path)
    assert words in err.value.message
    assert isinstance(err.value, ModelError)


@pytest.mark.parametrize("keep", [3, 30, 200, -8])
def test_truncated_files_are_rejected(tmp_path, keep):
    full = write_gguf(tmp_path / "full.gguf", meta={"general.name": "x" * 100}).read_bytes()
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(full[:keep])  # negative: the last tensor loses its tail
    with pytest.raises(ModelFileError) as err:
        read_gguf(cut)
    assert "damaged or incomplete" in err.value.message or "not a GGUF" in err.value.message


def test_truncated_copy_of_the_real_model_is_rejected(tmp_path):
    src = default_model_path()
    cut = tmp_path / "cut.gguf"
    with src.open("rb") as f:
        cut.write_bytes(f.read(src.stat().st_size - 4096))
    with pytest.raises(ModelFileError, match="shorter than its header says"):
        read_gguf(cut)


def test_projector_and_model_are_not_interchangeable(tmp_path):
    model = write_gguf(tmp_path / "m.gguf")
    proj = projector(tmp_path / "p.gguf")
    with pytest.raises(ModelFileError, match="not a vision projector"):
        check_projector(model)
    with pytest.raises(ModelFileError, match="is a vision projector"):
        check_language_model(proj)


def test_missing_file(tmp_path):
    with pytest.raises(ModelFileError, match="not found"):
        read_gguf(tmp_path / "nope.gguf")
