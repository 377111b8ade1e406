"""History work that can take time, off the GUI thread: unlocking the vault (scrypt key
derivation takes a noticeable fraction of a second) and saving records (a big report PDF is
read and encrypted). Saves run one after another, in the order asked, so a later edit of a
record always lands after the first save of it.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from checkup_desktop.core.knowledge import load_knowledge
from checkup_desktop.core.models import Analysis
from checkup_desktop.core.storage import StorageError, Vault, open_vault
from checkup_desktop.core.trends import Comparison, compare
from checkup_desktop.workers.task_worker import TaskRunner, run_task


def unlock(passphrase: str | None, parent: QObject | None, *,
           on_success: Callable[[Vault], None],
           on_failure: Callable[[BaseException], None]) -> TaskRunner:
    """open_vault(passphrase) in a worker thread."""
    return run_task(lambda _progress, _cancel: open_vault(passphrase), parent, name="unlock",
                    on_success=on_success, on_failure=on_failure)


def iso_date(text: str) -> dt.date | None:
    """A record's report date ("2025-03-12"), None when it has none."""
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def earlier_analyses(vault: Vault, exclude: str | None = None) -> list[tuple[dt.date, Analysis]]:
    """The dated analyses of the history, but `exclude` (the record on screen). Records
    without a date cannot be placed in time and are left out; unreadable ones too."""
    out = []
    seen: set[dt.date] = set()  # the same check-up read twice counts once (latest saved)
    for meta in vault.list():  # newest saved first
        day = iso_date(meta.report_date)
        if meta.record_id == exclude or day is None or day in seen:
            continue
        seen.add(day)
        try:
            analysis, _edits, _pdf = vault.load(meta.record_id)
        except StorageError:
            continue
        out.append((day, analysis))
    return out


def compare_with_history(vault: Vault, analysis: Analysis, record_id: str | None,
                         parent: QObject | None, *,
                         on_success: Callable[[Comparison], None]) -> TaskRunner:
    """Decrypt the earlier analyses and match `analysis` to them (core/trends.py), in a
    worker thread: the history may hold years of reports."""
    def task(_progress, cancel) -> Comparison:
        kb = load_knowledge()
        earlier = earlier_analyses(vault, exclude=record_id)
        cancel.check()
        return compare(analysis, iso_date(analysis.report_date), earlier, kb)

    return run_task(task, parent, name="compare", on_success=on_success)


def import_reports(paths: list[str], lang: str, parent: QObject | None, *,
                   on_success: Callable[[list], None],
                   on_failure: Callable[[BaseException], None]) -> TaskRunner:
    """Several reports dropped at once, each analysed with the knowledge base only (no model:
    these are earlier check-ups for the history). Succeeds with [(path, Analysis | None,
    problem)]: a report that cannot be read has its plain reason instead of an analysis."""
    def task(progress, cancel) -> list:
        from checkup_desktop.core.errors import ReportError
        from checkup_desktop.core.events import Done
        from checkup_desktop.core.pipeline import analyze

        kb = load_knowledge()
        out = []
        for i, path in enumerate(paths):
            progress(i, len(paths), Path(path).name)
            try:
                result = None
                for event in analyze(path, lang=lang, cancel=cancel, kb=kb):
                    if isinstance(event, Done):
                        result = event.analysis
                out.append((path, result, ""))
            except ReportError as exc:
                out.append((path, None, exc.message))
        progress(len(paths), len(paths), "")
        return out

    return run_task(task, parent, name="import", on_success=on_success,
                    on_failure=on_failure)


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
             report_name: str, pdf_path: str | None = None, stopped: bool = False,
             report_date: str = "") -> None:
        """Queue a save of `record_id` (created or replaced). With `pdf_path`, the report's
        bytes are read (in the worker) and kept in the record."""
        vault = self.vault

        def task(_progress, _cancel) -> str:
            pdf = Path(pdf_path).read_bytes() if pdf_path else None
            return vault.save(analysis, edits, report_name, pdf, record_id=record_id,
                              stopped=stopped, report_date=report_date)

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
