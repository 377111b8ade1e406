"""The window's analysis run: start reading a report into a *pending* session, cancel it, and
route the worker's signals (progress, cards, the end, a failure, a password) to the views.
The pending session becomes the current one only once it has produced its first card.
It also keeps the optional model writer (the model takes seconds to load). A collaborator
the main window owns (`window.analysis`); it sees only what it is given."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from checkup_desktop.core.models import ActionCard, Analysis
from checkup_desktop.core.pipeline import preload_rules
from checkup_desktop.ui.detail_view import DetailView
from checkup_desktop.ui.progress_view import ProgressView, stage_line
from checkup_desktop.ui.session import Session
from checkup_desktop.ui.settings_dialog import GuiSettings
from checkup_desktop.ui.tiles_view import TilesView
from checkup_desktop.ui.tr import _
from checkup_desktop.ui.welcome_view import WelcomeView
from checkup_desktop.ui.window_parts import WindowParts, still_reading
from checkup_desktop.workers.analysis_worker import AnalysisRunner, AnalysisWorker, AnalyzeFn
from checkup_desktop.workers.task_worker import run_task

log = logging.getLogger(__name__)

# Builds the optional model writer for the pipeline from the settings; None = rules only.
WriterFactory = Callable[[GuiSettings], object | None]
Edits = tuple[dict[str, list[str]], dict[str, set[str]]]


class Views(NamedTuple):
    """The window's views now (built again when the language changes)."""
    welcome: WelcomeView
    progress: ProgressView
    tiles: TilesView
    detail: DetailView


class WindowAnalysis:
    def __init__(self, parts: WindowParts, *,
                 analyze: AnalyzeFn | None,
                 writer_factory: WriterFactory | None,
                 views: Callable[[], Views],
                 shown: Callable[[], QWidget],
                 show: Callable[[QWidget], None],
                 show_tiles: Callable[[], None],
                 fill_tiles: Callable[[Session], None],
                 show_filled_tiles: Callable[[], None],
                 refresh_views: Callable[[str], None],
                 make_current: Callable[[Session], None],
                 put_away_session: Callable[[], None],
                 kept_edits: Callable[[str], Edits | None],
                 set_title: Callable[[str], None],
                 hide_banner: Callable[[], None],
                 show_info: Callable[[str], None],
                 import_busy: Callable[[], bool],
                 save: Callable[[Session], None],
                 after_finished: Callable[[Session], None],
                 remember: Callable[..., None],
                 qualification=None) -> None:
        self._window = parts
        self._analyze = analyze
        self._writer_factory = writer_factory
        self._views = views
        self._shown = shown  # the view on screen
        self._show = show  # put a view on screen
        self._show_tiles = show_tiles
        self._fill_tiles = fill_tiles  # the tiles of a session, built but not shown
        self._show_filled_tiles = show_filled_tiles
        self._refresh_views = refresh_views  # a card changed: its tile or its open detail
        self._make_current = make_current  # a session becomes the one on screen
        self._put_away_session = put_away_session  # back to the start screen
        self._kept_edits = kept_edits  # the user's edits of a report opened earlier
        self._set_title = set_title  # the window's title, for a report's name
        self._hide_banner = hide_banner
        self._show_info = show_info
        self._import_busy = import_busy  # several reports are being imported
        self._save = save  # in the history
        self._after_finished = after_finished  # its date, then the trends
        self._remember = remember  # recent=path in the stored settings
        self._qualification = qualification  # core/llm/qualification.py (None: not used)
        self.qual_job = None  # the chosen model being tried on sample results
        # The model takes seconds to load: keep one writer while its settings stay the same.
        self._writer: tuple[tuple, object | None] | None = None
        self.pending: Session | None = None
        self.runner: AnalysisRunner | None = None
        self._return_to: QWidget | None = None
        self._retry: tuple[str, str] | None = None

    def open_report(self, path: str, password: str | None = None) -> bool:
        """Start analysing `path`; False (with a message) when it cannot start."""
        if self.reading() or self._import_busy():
            self._window.show_error(still_reading())
            return False
        p = Path(path)
        if not p.is_file():
            self._window.show_error(_("The file {name} cannot be found. It may have been moved "
                                      "or deleted.").format(name=p.name))
            return False
        self._hide_banner()
        settings = self._window.settings()
        self.pending = Session(path=str(p), lang=settings.lang, password=password)
        kept = self._kept_edits(self.pending.path)
        if kept is not None:  # the same report again: bring back the user's questions
            self.pending.edits, self.pending.ticks = kept
        v = self._views()
        current = self._shown()
        if current is v.progress:  # never "return" to a finished progress view
            current = v.tiles if self._window.current() else v.welcome
        self._return_to = current
        writer = self.make_writer()
        worker = AnalysisWorker(p, lang=settings.lang, password=password, writer=writer,
                                analyze=self._analyze)
        self.runner = AnalysisRunner(worker, self._window.parent)
        self.runner.progress.connect(self._on_progress)
        self.runner.card.connect(self._on_card)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.password_needed.connect(self._on_password_needed)
        self.runner.done.connect(self._on_done)
        v.progress.start(p.name)
        self._show(v.progress)
        self.runner.start()
        self._remember(recent=str(p))
        return True

    def make_writer(self) -> object | None:
        settings = self._window.settings()
        if self._writer_factory is None or not settings.model_path:
            return None
        s = settings
        key = (s.model_path, s.threads, s.gpu_layers)
        if self._writer is not None and self._writer[0] == key:
            return self._writer[1]
        try:
            writer = self._writer_factory(settings)
            self._writer = (key, writer)
            return writer
        except Exception as exc:  # a missing or broken model must not stop the rules cards
            log.exception("model writer could not be created")
            message = getattr(exc, "message", None) or _(
                "The local model could not be started, so the cards use the knowledge base "
                "wording only.")
            self._window.show_error(message)
            return None

    def warm_up(self) -> None:
        """While the window is idle: the knowledge base, the PDF reader and the chosen model
        are loaded now, not during the first analysis (that work would freeze the window)."""
        preload_rules()
        # The first progress line loads the number formats; the views not shown yet get
        # their style now rather than when the first report is on screen.
        stage_line("reading", 1, 2, 1, 2)
        v = self._views()
        for view in (v.progress, v.tiles, v.detail):
            view.ensurePolished()
        writer = self.make_writer()
        self.qualify_chosen_model()
        if writer is not None and hasattr(writer, "start_model"):
            writer.start_model(self._window.settings().lang)  # returns at once: own process

    def qualify_chosen_model(self) -> None:
        """The chosen model has never been tried on this computer (just chosen in Settings,
        chosen with an older version, or its file changed): try it now, in a worker, while the
        window is idle. Until it has shown what it writes well it gets no cards (start_model
        does nothing), so only this one model process runs; then the writer gets the jobs it
        earned."""
        writer = self.make_writer()
        api, runtime = self._qualification, getattr(writer, "runtime", None)
        if api is None or runtime is None or self.qual_job is not None:
            return
        config = runtime.config
        if api.load_qualification(config.model_path) is not None:
            return

        def qualified(q) -> None:
            writer.jobs = q.jobs

        def done() -> None:
            self.qual_job = None

        task = api.qualification_task(config.model_path, threads=config.n_threads,
                                      gpu_layers=config.n_gpu_layers,
                                      lang=self._window.settings().lang)
        self.qual_job = run_task(task, self._window.parent, name="qualify",
                                 on_success=qualified, on_done=done)

    def close_model(self) -> None:
        """Ends the model's child process (the window closes), and a qualification's."""
        if self.qual_job is not None:
            self.qual_job.cancel()
            self.qual_job.wait(5000)
        writer = self._writer[1] if self._writer else None
        runtime = getattr(writer, "runtime", None)
        if runtime is not None and hasattr(runtime, "close"):
            runtime.close()

    def reading(self) -> bool:
        """A report is being analysed."""
        return self.runner is not None and self.runner.is_running()

    def reading_path(self) -> str:
        """The report being read (or the one on screen)."""
        return (self.pending or self._window.current()).path

    def cancel(self) -> None:
        if self.runner is not None:
            self.runner.cancel()

    def stop(self) -> None:
        """Cancel the analysis and wait for it."""
        if self.reading():
            self.runner.cancel()
            self.runner.wait(3000)

    def forget_pending(self) -> None:
        """Another session was put on screen, or all data deleted."""
        self.pending = None

    # ------------------------------------------------------------------ worker signals

    def _commit_pending(self) -> None:
        """The new report produced output: it becomes the current session."""
        if self.pending is not None:
            self._make_current(self.pending)

    def _on_progress(self, stage: str, page: int, pages: int, index: int, count: int) -> None:
        target = self.pending or self._window.current()
        if target is not None and pages:
            target.pages = pages
        if stage == "writing" and not count:
            return  # a token tick inside one card: keep showing "card i of n"
        v = self._views()
        v.progress.set_progress(stage, page, pages, index, count)
        if stage == "writing" and self._window.current() is not None and self.pending is None:
            # Rules cards are all in: show them while the model rewrites them one by one.
            v.tiles.set_busy(stage_line(stage, page, pages, index, count))
            if self._shown() is v.progress:
                self._show_tiles()

    def _on_card(self, card: ActionCard, replaces: bool) -> None:
        self._commit_pending()
        s = self._window.current()
        assert s is not None
        self._set_title(s.name)
        s.cards[card.id] = card
        if replaces:
            self._refresh_views(card.id)
        elif self._shown() is not self._views().tiles:
            # Build this card's tile now, while the tiles are hidden: one small piece of work
            # per card instead of all the tiles at the end (which froze the window).
            self._fill_tiles(s)

    def _on_finished(self, analysis: Analysis) -> None:
        self._commit_pending()
        s = self._window.current()
        assert s is not None
        s.analysis = analysis
        s.pages = analysis.pages
        self._set_title(s.name)
        # The final list is authoritative (same ids, possibly rewritten text).
        s.cards = {c.id: c for c in analysis.cards}
        v = self._views()
        v.tiles.set_busy(None)
        self._save(s)
        self._after_finished(s)  # its date (asked when the report gives none), then trends
        if self._shown() is v.detail and v.detail.card is not None:
            self._refresh_views(v.detail.card.id)  # the user is reading: stay there
        else:
            # build the tiles now, show them on the next turn of the event loop: two short
            # pieces of work instead of one long freeze of the window
            self._fill_tiles(s)
            QTimer.singleShot(0, self._show_filled_tiles)

    def _on_failed(self, message: str) -> None:
        self._views().tiles.set_busy(None)
        if self.pending is not None:
            # The new report could not be read. The cards on screen belong to another
            # report: never leave them under this report's error, as if they were its own.
            self.pending = None
            self._put_away_session()
        self._window.show_error(message)

    def _on_cancelled(self) -> None:
        v = self._views()
        v.tiles.set_busy(None)
        if self.pending is not None:
            name = Path(self.pending.path).name
            self.pending = None
            self._show(self._return_to or v.welcome)
            shown = self._window.current()
            if shown is not None:
                self._show_info(_("Stopped. {name} was not read. The cards below are still "
                                  "those of {shown}.").format(name=name, shown=shown.name))
            else:
                self._show_info(_("Stopped. {name} was not read.").format(name=name))
            return
        s = self._window.current()
        if self._shown() is not v.detail:
            self._show_tiles()
        if s is None:
            return
        # The cards so far are kept: shown, and saved in the history like a finished one.
        s.stopped = True
        if s.analysis is None:
            s.analysis = s.current_analysis()
        self._save(s)
        keeper = self._window.keeper
        kept = keeper is not None and keeper.saver is not None
        saved = _(" They are saved in your history.") if kept else ""
        self._show_info(_("Stopped. The cards made so far are shown.") + saved + " " + _(
            "Cards the local model had not reworded yet keep the knowledge base wording."))

    def _on_password_needed(self, message: str) -> None:
        path = self.pending.path if self.pending else None
        self.pending = None
        self._show(self._return_to or self._views().welcome)
        if path is None:
            return
        password = self.ask_password(message)
        if password:
            # The worker thread is finishing; start again once it has.
            self._retry = (path, password)
        else:
            self._window.show_error(
                _("The report is protected by a password, so it was not read."))

    def ask_password(self, message: str) -> str | None:
        """Asks for the PDF's password; None when the user gives up. Replaceable in tests."""
        password, ok = QInputDialog.getText(self._window.parent, _("Password"), message,
                                            QLineEdit.EchoMode.Password)
        return password if ok and password else None

    def _on_done(self) -> None:
        runner, self.runner = self.runner, None
        if runner is not None:
            runner.wait()
            runner.deleteLater()
        retry, self._retry = self._retry, None
        if retry:
            self.open_report(*retry)
