"""History work that can take time, off the GUI thread: unlocking the vault (scrypt key
derivation takes a noticeable fraction of a second) and saving records (a big report PDF is
read and encrypted). Saves run one after another, in the order asked, so a later edit of a
record always lands after the first save of it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from checkup_desktop.core.models import Analysis
from checkup_desktop.core.storage import Vault, open_vault
from checkup_desktop.workers.task_worker import TaskRunner, run_task


def unlock(passphrase: str | None, parent: QObject | None, *,
           on_success: Callable[[Vault], None],
           on_failure: Callable[[BaseException], None]) -> TaskRunner:
    """open_vault(passphrase) in a worker thread."""
    return run_task(lambda _progress, _cancel: open_vault(passphrase), parent, name="unlock",
                    on_success=on_success, on_failure=on_failure)


class HistorySaver(QObject):
    """Saves records in a worker thread, one at a time, in order."""

    saved = Signal(str)  # record id
    failed = Signal(object)  # the exception (a StorageError has a plain `.message`)
    idle = Signal()

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._queue: deque[Callable[..., Any]] = deque()
        self._runner: TaskRunner | None = None

    def save(self, record_id: str, analysis: Analysis, edits: dict[str, Any], *,
             report_name: str, pdf_path: str | None = None, stopped: bool = False) -> None:
        """Queue a save of `record_id` (created or replaced). With `pdf_path`, the report's
        bytes are read (in the worker) and kept in the record."""
        vault = self.vault

        def task(_progress, _cancel) -> str:
            pdf = Path(pdf_path).read_bytes() if pdf_path else None
            return vault.save(analysis, edits, report_name, pdf, record_id=record_id,
                              stopped=stopped)

        self._queue.append(task)
        self._next()

    def busy(self) -> bool:
        return self._runner is not None or bool(self._queue)

    def flush(self, ms: int = 10000) -> None:
        """When the window closes: let the running save finish, then do the queued ones
        here (the event loop that would start them is ending)."""
        if self._runner is not None:
            self._runner.wait(ms)
        while self._queue:
            try:
                self._queue.popleft()(None, None)
            except Exception as exc:  # noqa: BLE001 - the app is closing: log, go on
                self.failed.emit(exc)

    def drop(self, ms: int = 10000) -> None:
        """After "delete all my data": forget queued saves, let a running one end."""
        self._queue.clear()
        if self._runner is not None:
            self._runner.wait(ms)

    def _next(self) -> None:
        if self._runner is not None:
            return
        if not self._queue:
            self.idle.emit()
            return
        self._runner = run_task(self._queue.popleft(), self, name="history-save",
                                on_success=self.saved.emit, on_failure=self.failed.emit,
                                on_done=self._done)

    def _done(self) -> None:
        self._runner = None
        self._next()
