"""Minimal GGUF header reader, so a wrong or damaged file is rejected with a plain message
before llama.cpp ever sees it (the `gguf` package is not a dependency).

Layout (GGUF v2/v3): magic b"GGUF", u32 version, u64 tensor_count, u64 kv_count, the
key/value metadata, the tensor infos, then tensor data aligned to `general.alignment`.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from checkup_desktop.core.llm.errors import ModelFileError

GGUF_MAGIC = b"GGUF"
SUPPORTED_VERSIONS = (2, 3)

# value types of the metadata section: code -> struct format (scalars only)
_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?",
            10: "<Q", 11: "<q", 12: "<d"}
_STRING, _ARRAY = 8, 9
# ggml tensor types: code -> (bytes per block, elements per block); unknown codes are skipped
_TYPE_SIZES = {
    0: (4, 1), 1: (2, 1), 2: (18, 32), 3: (20, 32), 6: (22, 32), 7: (24, 32), 8: (34, 32),
    9: (36, 32), 10: (84, 256), 11: (110, 256), 12: (144, 256), 13: (176, 256),
    14: (210, 256), 15: (292, 256), 24: (1, 1), 25: (2, 1), 26: (4, 1), 27: (8, 1),
    28: (8, 1), 30: (2, 1),
}
_MAX_STRING = 1 << 24  # a longer string means a damaged header, not a real model


@dataclass
class GgufInfo:
    path: Path
    version: int
    tensor_count: int
    architecture: str
    metadata: dict[str, Any] = field(default_factory=dict)  # scalars and strings only
    file_size: int = 0

    @property
    def is_projector(self) -> bool:
        """A vision projector (mmproj / CLIP) rather than a language model."""
        return (
            self.architecture == "clip"
            or self.metadata.get("general.type") in ("mmproj", "clip-vision")
            or bool(self.metadata.get("clip.has_vision_encoder"))
        )

    @property
    def name(self) -> str:
        return str(self.metadata.get("general.name") or self.path.stem)


def _damaged(path: Path, why: str) -> ModelFileError:
    return ModelFileError(
        f"The model file {path.name} is damaged or incomplete ({why}). "
        "Download or copy it again."
    )


class _Reader:
    def __init__(self, f: BinaryIO, path: Path):
        self.f, self.path = f, path

    def read(self, n: int) -> bytes:
        data = self.f.read(n)
        if len(data) != n:
            raise _damaged(self.path, "the header ends early")
        return data

    def unpack(self, fmt: str) -> Any:
        return struct.unpack(fmt, self.read(struct.calcsize(fmt)))[0]

    def string(self) -> str:
        n = self.unpack("<Q")
        if n > _MAX_STRING:
            raise _damaged(self.path, "an impossible string length")
        return self.read(n).decode("utf-8", errors="replace")

    def value(self, vtype: int) -> Any:
        if vtype in _SCALARS:
            return self.unpack(_SCALARS[vtype])
        if vtype == _STRING:
            return self.string()
        if vtype == _ARRAY:
            item_type, count = self.unpack("<I"), self.unpack("<Q")
            if item_type in _SCALARS:  # fixed-size items: skip them in one seek
                self.f.seek(struct.calcsize(_SCALARS[item_type]) * count, io.SEEK_CUR)
            else:
                for _ in range(count):
                    self.value(item_type)
            return None  # arrays (token lists) are not needed for checks
        raise _damaged(self.path, f"unknown metadata type {vtype}")


def read_gguf(path: str | Path) -> GgufInfo:
    """Read and sanity-check the GGUF header; ModelFileError with a plain message if bad."""
    path = Path(path)
    if not path.is_file():
        raise ModelFileError(f"The model file {path.name} was not found.")
    size = path.stat().st_size
    with path.open("rb") as f:
        if f.read(4) != GGUF_MAGIC:
            raise ModelFileError(
                f"{path.name} is not a GGUF model file. Choose a .gguf file made for llama.cpp."
            )
        r = _Reader(f, path)
        version = r.unpack("<I")
        if version not in SUPPORTED_VERSIONS:
            raise ModelFileError(
                f"{path.name} uses GGUF version {version}, which this app cannot read."
            )
        tensor_count, kv_count = r.unpack("<Q"), r.unpack("<Q")
        if tensor_count > 1_000_000 or kv_count > 1_000_000:
            raise _damaged(path, "impossible counts in the header")
        meta: dict[str, Any] = {}
        for _ in range(kv_count):
            key = r.string()
            value = r.value(r.unpack("<I"))
            if value is not None:
                meta[key] = value
        # tensor infos: name, dims, type, offset; the furthest tensor end must fit in the file
        data_end = 0
        for _ in range(tensor_count):
            r.string()
            n_dims = r.unpack("<I")
            if n_dims > 8:
                raise _damaged(path, "an impossible tensor shape")
            n_elems = 1
            for _ in range(n_dims):
                n_elems *= r.unpack("<Q")
            ttype, offset = r.unpack("<I"), r.unpack("<Q")
            block_bytes, block_elems = _TYPE_SIZES.get(ttype, (0, 1))
            data_end = max(data_end, offset + n_elems * block_bytes // block_elems)
        align = int(meta.get("general.alignment", 32)) or 32
        data_start = -(-f.tell() // align) * align
    if data_start + data_end > size:
        raise _damaged(path, "the file is shorter than its header says")
    arch = meta.get("general.architecture")
    if not isinstance(arch, str) or not arch:
        raise _damaged(path, "no model architecture in the header")
    return GgufInfo(path, version, tensor_count, arch, meta, size)


def check_language_model(path: str | Path) -> GgufInfo:
    info = read_gguf(path)
    if info.is_projector:
        raise ModelFileError(
            f"{Path(path).name} is a vision projector (mmproj), not a language model. "
            "Choose the main model file."
        )
    return info


def check_projector(path: str | Path) -> GgufInfo:
    info = read_gguf(path)
    if not info.is_projector:
        raise ModelFileError(
            f"{Path(path).name} is not a vision projector (mmproj) file. "
            "Choose the mmproj .gguf that belongs to the model."
        )
    return info
