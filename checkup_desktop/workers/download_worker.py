"""Model import and download off the GUI thread (copying or fetching a GGUF takes minutes).

Download progress arrives as `progress(done, total, filename)`; cancel sets the token the
download loop checks between 64 KB chunks, so it stops within a second (the .part file is
kept and a later download resumes it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from checkup_desktop.core.llm.download import download
from checkup_desktop.core.llm.manager import InstalledModel, ManifestEntry, import_model
from checkup_desktop.workers.task_worker import TaskRunner, run_task


def start_import(gguf_path: str | Path, models_dir: str | Path, parent: QObject | None, *,
                 on_success: Callable[[InstalledModel], None],
                 on_failure: Callable[[BaseException], None],
                 on_done: Callable[[], None] | None = None) -> TaskRunner:
    return run_task(lambda _p, _c: import_model(gguf_path, models_dir=models_dir), parent,
                    name="model-import", on_success=on_success, on_failure=on_failure,
                    on_done=on_done)


def start_download(entry: ManifestEntry, models_dir: str | Path, parent: QObject | None, *,
                   timeout: float = 30.0) -> TaskRunner:
    """Not yet connected to anything but its thread: connect `progress`, `succeeded`,
    `failed`, `cancelled` and `done` before control returns to the event loop."""
    runner = TaskRunner(
        lambda progress, cancel: download(entry, models_dir, progress, cancel, timeout=timeout),
        parent, name="model-download")
    return runner.start()
