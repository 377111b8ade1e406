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
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

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

    It hands the worker's events on in small portions: a fast pipeline (rules only, or the
    model's token ticks) posts them far quicker than the window can redraw, and handling a
    whole backlog in one go would freeze the window. They wait in a queue that a zero timer
    empties, at most DELIVERY_BUDGET_S of slots per turn of the event loop (at least one
    event), so timers and painting run in between. Repeated progress of one kind (the next
    page, the next token) keeps only the latest.
    """

    DELIVERY_BUDGET_S = 0.004

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
        self._queue: deque[tuple[str, tuple]] = deque()
        self._thread_ended = False
        self._done_sent = False
        self._delivering = False
        self._drain = QTimer(self)
        self._drain.setInterval(0)
        self._drain.timeout.connect(self._deliver)
        worker.progress.connect(self._queue_progress)
        worker.card.connect(self._queue_card)
        worker.finished.connect(self._queue_finished)
        worker.failed.connect(self._queue_failed)
        worker.password_needed.connect(self._queue_password_needed)
        worker.cancelled.connect(self._queue_cancelled)
        worker.moveToThread(self.thread)
        self.thread.started.connect(worker.run)
        worker.done.connect(self.thread.quit)
        # `done` only once the thread has really ended, so the owner may delete it.
        self.thread.finished.connect(self._finished)

    # The worker's signals arrive here, in the GUI thread (queued: the runner lives here).
    @Slot(str, int, int, int, int)
    def _queue_progress(self, stage: str, page: int, pages: int, index: int,
                        count: int) -> None:
        args = (stage, page, pages, index, count)
        if self._queue and self._queue[-1][0] == "progress":
            last = self._queue[-1][1]
            if last[0] == stage and bool(last[4]) == bool(count):  # same kind: keep the latest
                self._queue[-1] = ("progress", args)
                return
        self._put("progress", args)

    @Slot(object, bool)
    def _queue_card(self, card: object, replaces: bool) -> None:
        self._put("card", (card, replaces))

    @Slot(object)
    def _queue_finished(self, analysis: object) -> None:
        self._put("finished", (analysis,))

    @Slot(str)
    def _queue_failed(self, message: str) -> None:
        self._put("failed", (message,))

    @Slot(str)
    def _queue_password_needed(self, message: str) -> None:
        self._put("password_needed", (message,))

    @Slot()
    def _queue_cancelled(self) -> None:
        self._put("cancelled", ())

    def _put(self, name: str, args: tuple) -> None:
        self._queue.append((name, args))
        if not self._drain.isActive() and not self._delivering:
            self._drain.start()

    @Slot()
    def _deliver(self) -> None:
        self._drain.stop()
        if self._delivering:  # a slot runs a nested event loop (a dialog): wait for it
            return
        self._delivering = True
        try:
            t0 = time.perf_counter()
            while self._queue:
                name, args = self._queue.popleft()
                getattr(self, name).emit(*args)
                if time.perf_counter() - t0 >= self.DELIVERY_BUDGET_S:
                    break  # the rest on the next turn of the event loop
        finally:
            self._delivering = False
        if self._queue:
            self._drain.start()
        else:
            self._maybe_done()

    @Slot()
    def _finished(self) -> None:
        self._thread_ended = True
        self._maybe_done()

    def _maybe_done(self) -> None:
        if (self._thread_ended and not self._queue and not self._delivering
                and not self._done_sent):
            self._done_sent = True
            self.done.emit()

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def is_running(self) -> bool:
        """The thread runs, or some of its events are still to be delivered."""
        return self.thread.isRunning() or bool(self._queue)

    def wait(self, ms: int = 5000) -> bool:
        return self.thread.wait(ms)
