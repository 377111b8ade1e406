"""Runs one blocking core call (unlock the history, save a record, import or download a
model) off the GUI thread, with progress, cancel and a plain outcome as Qt signals.

The task is `fn(progress, cancel) -> result`: `progress(done, total, text)` may be called
from the worker thread (it is re-emitted as a queued signal) and `cancel` is a CancelToken
the task checks. As with AnalysisRunner, the runner lives in the GUI thread and owns the
thread, so listeners never touch an object that lives in the worker thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from checkup_desktop.core.cancel import Cancelled, CancelToken

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
Task = Callable[[Progress, CancelToken], Any]


class TaskWorker(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception: the GUI picks what to offer by its type
    cancelled = Signal()
    done = Signal()

    def __init__(self, fn: Task, name: str = "task") -> None:
        super().__init__()
        self.fn = fn
        self.name = name
        self.token = CancelToken()

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(self.progress.emit, self.token)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # reported to the GUI, which shows `.message` or a default
            if not hasattr(exc, "message"):
                log.exception("%s failed", self.name)
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            self.done.emit()


class TaskRunner(QObject):
    """The GUI-thread face of one TaskWorker; `done` comes once its thread has ended."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    done = Signal()

    def __init__(self, fn: Task, parent: QObject | None = None, *, name: str = "task") -> None:
        super().__init__(parent)
        self.worker = TaskWorker(fn, name)
        self.thread = QThread()
        self.thread.setObjectName(name)
        for signal in ("progress", "succeeded", "failed", "cancelled"):
            getattr(self.worker, signal).connect(getattr(self, signal))
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.done.connect(self.thread.quit)
        self.thread.finished.connect(self._finished)

    @Slot()
    def _finished(self) -> None:
        self.done.emit()
        self.deleteLater()

    def start(self) -> TaskRunner:
        self.thread.start()
        return self

    def cancel(self) -> None:
        self.worker.token.cancel()

    def is_running(self) -> bool:
        return self.thread.isRunning()

    def wait(self, ms: int = 5000) -> bool:
        return self.thread.wait(ms)


def run_task(fn: Task, parent: QObject | None = None, *, name: str = "task",
             on_success: Callable[[Any], None] | None = None,
             on_failure: Callable[[BaseException], None] | None = None,
             on_done: Callable[[], None] | None = None) -> TaskRunner:
    """Start `fn` in its own thread and connect the callbacks (called in the GUI thread)."""
    runner = TaskRunner(fn, parent, name=name)
    if on_success is not None:
        runner.succeeded.connect(on_success)
    if on_failure is not None:
        runner.failed.connect(on_failure)
    if on_done is not None:
        runner.done.connect(on_done)
    return runner.start()
