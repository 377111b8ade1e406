"""Which model writes the cards: one place for the CLI and the window.

`--model` may be a GGUF path or the id/name of an installed model; without it the model chosen
in Settings is used, else the built-in small model. The runtime checks the file at once (plain
ModelFileError) and starts its child process only when the first card is written.
"""

from __future__ import annotations

from pathlib import Path

from checkup_desktop.core.llm.card_writer import LlamaCardWriter
from checkup_desktop.core.llm.errors import ModelFileError
from checkup_desktop.core.llm.locate import default_model_path
from checkup_desktop.core.llm.manager import InstalledModel, list_installed, manifest_entry_for
from checkup_desktop.core.llm.runtime import ModelRuntime
from checkup_desktop.paths import models_dir


def resolve_model(model: str | None) -> tuple[Path, Path | None]:
    """(model path, projector path or None) for a --model value or the configured default."""
    if model:
        path = Path(model).expanduser()
        if path.suffix.lower() == ".gguf" or path.exists():
            return path, None
        installed = _find_installed(model)
        if installed is None:
            raise ModelFileError(f"No installed model is called {model!r}. Give a .gguf file "
                                 "or a name from Settings > Model.")
        return installed.model_path, installed.mmproj_path
    from checkup_desktop.core.storage.settings import load_settings

    settings = load_settings()
    if settings.model_path:
        projector = Path(settings.mmproj_path) if settings.mmproj_path else None
        return Path(settings.model_path), projector
    return default_model_path(), None


def _find_installed(name: str) -> InstalledModel | None:
    for m in list_installed(models_dir()):
        if name in (m.id, m.name):
            return m
    return None


def runtime_from_args(*, model: str | None = None, mmproj: str | None = None,
                      threads: int | None = None, gpu_layers: int | None = None,
                      n_ctx: int = 1024) -> ModelRuntime:
    model_path, paired = resolve_model(model)
    projector = Path(mmproj) if mmproj else paired
    return ModelRuntime(model_path, threads=threads, gpu_layers=gpu_layers,
                        mmproj_path=projector, n_ctx=n_ctx,
                        image_max_tokens=image_token_cap(model_path) if projector else None)


def image_token_cap(model_path: str | Path) -> int | None:
    """The manifest's `max_image_tokens` for a recommended model's file (None: the default)."""
    try:
        entry = manifest_entry_for(model_path)
    except (OSError, ValueError):  # an unreadable manifest only means the default cap
        return None
    return entry.max_image_tokens if entry is not None and entry.max_image_tokens else None


def writer_from_args(*, model: str | None = None, mmproj: str | None = None,
                     threads: int | None = None, gpu_layers: int | None = None):
    """(card writer, page scanner or None). The scanner exists when a projector is loaded."""
    runtime = runtime_from_args(model=model, mmproj=mmproj, threads=threads,
                                gpu_layers=gpu_layers, n_ctx=4096 if mmproj else 1024)
    scanner = None
    if runtime.config.mmproj_path:
        from checkup_desktop.core.llm.vision import VisionPageScanner

        scanner = VisionPageScanner(runtime)
    return LlamaCardWriter(runtime), scanner
