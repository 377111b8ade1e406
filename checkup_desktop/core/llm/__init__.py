"""Local model layer: llama.cpp (llama-cpp-python) in a child process, the card writer,
the vision page scanner, the model manager (manifest, import, download) and the benchmark.

Importing this package never loads llama.cpp: only the model child process does.
"""

from checkup_desktop.core.llm.card_writer import LlamaCardWriter
from checkup_desktop.core.llm.errors import (
    DownloadError,
    ModelCrashedError,
    ModelError,
    ModelFileError,
)
from checkup_desktop.core.llm.locate import default_model_path
from checkup_desktop.core.llm.runtime import ModelRuntime
from checkup_desktop.core.llm.vision import VisionPageScanner
from checkup_desktop.core.writer_protocol import CardWriter


def make_writer(
    model_path: str | None = None,
    *,
    mmproj_path: str | None = None,
    threads: int | None = None,
    gpu_layers: int | None = None,
    n_ctx: int = 1024,
) -> LlamaCardWriter:
    """The CardWriter for the CLI/GUI (`--model`, `--mmproj`, `--threads`, `--gpu-layers`).
    The model process starts on the first card; call `writer.runtime.close()` when done.
    Raises ModelFileError (plain `.message`) for a missing or bad model file."""
    runtime = ModelRuntime(
        model_path or default_model_path(), n_ctx=n_ctx, threads=threads,
        gpu_layers=gpu_layers, mmproj_path=mmproj_path,
    )
    return LlamaCardWriter(runtime)


def make_scanner(writer: LlamaCardWriter) -> VisionPageScanner | None:
    """The PageScanner for image-only pages when the writer's model has a projector
    (`--mmproj`), else None (those pages are then reported unread)."""
    if not writer.runtime.config.mmproj_path:
        return None
    return VisionPageScanner(writer.runtime)


__all__ = [
    "CardWriter", "DownloadError", "LlamaCardWriter", "ModelCrashedError", "ModelError",
    "ModelFileError", "ModelRuntime", "VisionPageScanner", "default_model_path", "make_scanner",
    "make_writer",
]
