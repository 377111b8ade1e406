"""Runs the core pipeline generator off the GUI thread and re-emits each event as a Qt signal.

This is the only place the app starts threads. The worker is a QObject moved to its own
QThread; the generator runs there, and every event crosses to the GUI thread as a queued
signal. Cancelling sets the shared CancelToken: the pipeline stops at its next cancel point
(between pages, between cards, between model tokens), so cancel takes effect quickly except
during a model's prompt prefill, which cannot be interrupted (the UI says "Cancelling…").
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from checkup_desktop.core.cancel import Cancelled, CancelToken
from checkup_desktop.core.errors import PasswordRequiredError, ReportError
from checkup_desktop.core.events import CardReady, Done, Event, Progress

log = logging.getLogger(__name__)
YIELD_S = 0.002

# analyze(path, *, password, lang, writer, cancel) -> Iterator[Event]; injectable for tests.
AnalyzeFn = Callable[..., Iterator[Event]]

UNEXPECTED = (
    "Something went wrong while reading this report. Nothing was changed on your computer. "
    "You can try again, or try another file."
)


def _default_analyze() -> AnalyzeFn:
    from checkup_desktop.core.pipeline import analyze

    return analyze


class AnalysisWorker(QObject):
    # stage, page, pages, card_index, card_count (0 when unknown: Qt signals carry ints)
    progress = Signal(str, int, int, int, int)
    card = Signal(object, bool)  # ActionCard, replaces
    finished = Signal(object)  # Analysis
    failed = Signal(str)  # a plain message for the patient
    password_needed = Signal(str)  # the plain message; the window asks and starts again
    cancelled = Signal()
    done = Signal()  # always last, whatever happened: lets the owner clean up

    def __init__(self, path: str | Path, *, lang: str = "en", password: str | None = None,
                 writer: object | None = None, analyze: AnalyzeFn | None = None) -> None:
        super().__init__()
        self.path = str(path)
        self.lang = lang
        self.password = password
        self.writer = writer
        self._analyze = analyze
        self.token = CancelToken()

    def cancel(self) -> None:
        """Thread-safe: only sets an event the generator checks."""
        self.token.cancel()

    @Slot()
    def run(self) -> None:
        try:
            analyze = self._analyze or _default_analyze()
            events = analyze(self.path, password=self.password, lang=self.lang,
                             writer=self.writer, cancel=self.token)
            for event in events:
                # A cancel point of our own too, so a generator that forgets one still stops.
                self.token.check()
                self._emit(event)
                if not (isinstance(event, Progress) and event.tokens):
                    # Hand the interpreter to the GUI thread between steps (not between
                    # tokens): the pipeline's long C calls would otherwise delay its painting.
                    time.sleep(YIELD_S)
        except Cancelled:
            self.cancelled.emit()
        except PasswordRequiredError as exc:
            self.password_needed.emit(exc.message)
        except ReportError as exc:
            self.failed.emit(exc.message)
        except Exception:
            log.exception("analysis of %s failed", self.path)
            self.failed.emit(UNEXPECTED)
        finally:
            self.done.emit()

    def _emit(self, event: Event) -> None:
        if isinstance(event, Progress):
            self.progress.emit(event.stage, event.page or 0, event.pages or 0,
                               event.card_index or 0, event.card_count or 0)
        elif isinstance(event, CardReady):
            self.card.emit(event.card, event.replaces)
            self.progress.emit("cards", 0, 0, event.index, event.count)
        elif isinstance(event, Done):
            self.finished.emit(event.analysis)


class AnalysisRunner(QObject):
    """The GUI-thread face of one worker: owns its thread and re-emits its signals.

    The runner lives in the GUI thread, so its signals are delivered there (queued), whoever
    listens: windows and tests never touch an object that lives in the worker thread.
    """

    progress = Signal(str, int, int, int, int)
    card = Signal(object, bool)
    finished = Signal(object)
    failed = Signal(str)
    password_needed = Signal(str)
    cancelled = Signal()
    done = Signal()

    def __init__(self, worker: AnalysisWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.thread = QThread()
        self.thread.setObjectName("analysis")
        for name in ("progress", "card", "finished", "failed", "password_needed",
                     "cancelled"):
            getattr(worker, name).connect(getattr(self, name))
        worker.moveToThread(self.thread)
        self.thread.started.connect(worker.run)
        worker.done.connect(self.thread.quit)
        # `done` only once the thread has really ended, so the owner may delete it.
        self.thread.finished.connect(self._finished)

    @Slot()
    def _finished(self) -> None:
        self.done.emit()

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def is_running(self) -> bool:
        return self.thread.isRunning()

    def wait(self, ms: int = 5000) -> bool:
        return self.thread.wait(ms)
