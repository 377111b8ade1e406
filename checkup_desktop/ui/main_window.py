"""The main window: switches between the views and connects them to the analysis worker.

State worth keeping (the cards, the user's edited questions and ticks) lives in a Session.
A new report is analysed into a *pending* session; the current one is replaced only once the
new report has produced its first card, so a bad file or a cancel never loses what is shown,
and the replaced session's edits are kept for when that report is opened again.
With `keep_history`, finished sessions and their later edits are saved in the encrypted
history (ui/vault_keeper.py) and listed on the welcome view, to reopen without re-reading.
The window owns three collaborators, each given exactly what it needs: `records` (save, reopen
and delete records, delete all data), `trends` (the report's date, the comparison with the
history, several reports imported at once) and `handout` (save as PDF, print).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from checkup_desktop.core.models import STANDING_NOTICE, ActionCard, Analysis
from checkup_desktop.core.pipeline import preload_rules
from checkup_desktop.core.presentation import shown_card
from checkup_desktop.ui.detail_view import DetailView
from checkup_desktop.ui.fonts import install_cjk_fallback
from checkup_desktop.ui.progress_view import ProgressView, stage_line
from checkup_desktop.ui.session import Session, in_language
from checkup_desktop.ui.settings_dialog import GuiSettings, SettingsDialog
from checkup_desktop.ui.theme import BASE_POINT_SIZES, prefers_high_contrast, style_sheet
from checkup_desktop.ui.tiles_view import TilesView
from checkup_desktop.ui.tr import _, install_window_language
from checkup_desktop.ui.vault_keeper import VaultKeeper
from checkup_desktop.ui.welcome_view import WelcomeView, local_pdf_paths
from checkup_desktop.ui.widgets import Banner
from checkup_desktop.ui.window_handout import WindowHandout
from checkup_desktop.ui.window_parts import WindowParts, still_reading
from checkup_desktop.ui.window_records import WindowRecords
from checkup_desktop.ui.window_trends import WindowTrends, comparison_words, open_filter
from checkup_desktop.workers.analysis_worker import AnalysisRunner, AnalysisWorker, AnalyzeFn

log = logging.getLogger(__name__)

# Builds the optional model writer for the pipeline from the settings; None = rules only.
WriterFactory = Callable[[GuiSettings], object | None]
# Remembers small things across runs in the stored settings: recent=path, geometry=base64.
Remember = Callable[..., None]
WARM_UP_DELAY_MS = 200


def help_text() -> str:
    return "\n\n".join([
        _("1. Open your check-up report (File > Open report…, or drop the PDF on the "
          "window). It is read on this computer only."),
        _("2. Each result worth talking about becomes a card, most urgent first. A red "
          "banner at the top means: contact a doctor today."),
        _("3. Open a card to see what it means, the lines of your report it comes from, and "
          "questions to ask. You can tick, change, add and delete questions."),
        _("4. Save or print the handout and bring it to your appointment."),
        _("Your earlier results are under History. Language, text size and high contrast "
          "are under Settings."),
        _(STANDING_NOTICE)])


def page_source(path: str) -> str:
    """The file whose pages the detail view shows: a photo's pages are those of the PDF it
    was read as (same pages, same evidence boxes; made during the analysis, kept in the cache
    folder)."""
    from checkup_desktop.core.photos import is_photo, photo_to_pdf

    if not is_photo(path):
        return path
    try:
        return str(photo_to_pdf(path))
    except Exception:  # noqa: BLE001 - the page view says the page cannot be shown
        return path


def geometry_b64(window: QWidget) -> str:
    """saveGeometry() as text, for Settings.window_geometry."""
    return bytes(window.saveGeometry().toBase64().data()).decode("ascii")


def restore_geometry(window: QWidget, b64: str) -> bool:
    from PySide6.QtCore import QByteArray

    return bool(b64) and window.restoreGeometry(QByteArray.fromBase64(b64.encode("ascii")))


class MainWindow(QMainWindow):
    # the idle warm-up has loaded what lives as long as the window (app.py freezes it)
    warmed_up = Signal()

    def __init__(self, settings: GuiSettings | None = None, *,
                 analyze: AnalyzeFn | None = None,
                 writer_factory: WriterFactory | None = None,
                 on_settings_changed: Callable[[GuiSettings], None] | None = None,
                 keep_history: bool = False, on_remember: Remember | None = None,
                 on_wiped: Callable[[], GuiSettings | None] | None = None,
                 qualification=None) -> None:
        super().__init__()
        self._qualification = qualification  # core/llm/qualification.py, for Settings
        install_cjk_fallback()
        self.settings = settings or GuiSettings()
        self._analyze = analyze
        self._writer_factory = writer_factory
        # Load the knowledge base, warm the PDF reader and start the chosen model while the
        # window is idle, not during the first analysis (that work would freeze the window).
        QTimer.singleShot(WARM_UP_DELAY_MS, self._preload_while_idle)  # after the first paint
        self._on_settings_changed = on_settings_changed
        self._on_remember = on_remember
        self._on_wiped = on_wiped
        # The model takes seconds to load: keep one writer while its settings stay the same.
        self._writer: tuple[tuple, object | None] | None = None
        self.session: Session | None = None
        self.pending: Session | None = None
        self.runner: AnalysisRunner | None = None
        self._return_to: QWidget | None = None
        self._retry: tuple[str, str] | None = None
        # Edits of reports opened earlier in this run, by path: opening another report
        # never needs an "are you sure" and reopening one brings its questions back.
        self._kept: dict[str, tuple[dict[str, list[str]], dict[str, set[str]]]] = {}
        self.setWindowTitle("Checkup Desktop")
        self.setAcceptDrops(True)
        self.resize(1100, 760)

        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        self.banner = Banner()
        lay.addWidget(self.banner)
        self.stack = QStackedWidget()
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._actions: list[QAction] = []
        self._build_views()
        # the private history (off in tests that do not ask for it: no keychain is touched)
        self.vault_keeper: VaultKeeper | None = None
        if keep_history:
            self.vault_keeper = VaultKeeper(
                self.welcome.history, lambda m, c: self.records.ask_passphrase(m, c), self)
        self._build_collaborators()
        self._connect_views()
        self._build_actions()
        self.apply_settings(self.settings)
        self.stack.setCurrentWidget(self.welcome)
        self._update_actions()
        if self.vault_keeper is not None:
            self.vault_keeper.problem.connect(self.show_error)
            self.vault_keeper.notice.connect(self.show_info)
            self._connect_history_panel()
            self.vault_keeper.start()

    def _build_collaborators(self) -> None:
        """The parts of the window with a job of their own, each given what it needs."""
        def status(text: str, ms: int) -> None:
            self.statusBar().showMessage(text, ms)

        parts = WindowParts(
            parent=self, keeper=self.vault_keeper, settings=lambda: self.settings,
            current=lambda: self.session, reading=self._reading,
            show_session=self.show_session, show_error=self.show_error)
        self.handout = WindowHandout(parts, show_status=status)
        self.records = WindowRecords(
            parts, compare=lambda s: self.trends.compare(s), hide_banner=self.banner.hide,
            show_status=status, stop_work=self._stop_work, start_afresh=self._start_afresh)
        self.trends = WindowTrends(
            parts, save=self.records.save, comparison_ready=self._show_comparison,
            open_report=self.open_report, show_progress=self._show_progress,
            count_progress=lambda done, total, name: self.progress.set_report_count(
                done, total, name),
            show_welcome=lambda: self._show(self.welcome), show_info=self.show_info)

    def _connect_history_panel(self) -> None:
        self.welcome.history.open_requested.connect(self.records.open)
        self.welcome.history.delete_requested.connect(self.records.delete)

    def _build_views(self) -> None:
        """The four views, worded in the current language (built again when it changes)."""
        self.welcome = WelcomeView()
        self.progress = ProgressView()
        self.tiles = TilesView()
        self.detail = DetailView()
        for view in (self.welcome, self.progress, self.tiles, self.detail):
            self.stack.addWidget(view)

    def _connect_views(self) -> None:
        self.welcome.drop_zone.file_dropped.connect(self.open_report)
        self.welcome.drop_zone.files_dropped.connect(self.trends.import_many)
        self.welcome.drop_zone.open_requested.connect(self.choose_report)
        self.progress.cancel_requested.connect(self.cancel_analysis)
        self.tiles.cancel_requested.connect(self.cancel_analysis)
        self.tiles.card_activated.connect(self.show_card)
        self.tiles.export_requested.connect(self.handout.export)
        self.tiles.print_requested.connect(self.handout.print)
        self.tiles.open_requested.connect(self.choose_report)
        self.detail.back_requested.connect(self.show_tiles)
        self.detail.questions_changed.connect(self._questions_changed)
        self.detail.ticks_changed.connect(self._ticks_changed)

    # ------------------------------------------------------------------ actions and menus

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(lambda _checked=False: slot())
        self.addAction(act)  # shortcuts work whichever view has focus
        self._actions.append(act)
        return act

    def _build_actions(self) -> None:
        for act in self._actions:  # built again in another language
            self.removeAction(act)
            act.deleteLater()
        self._actions = []
        self.menuBar().clear()
        self.open_action = self._action(_("Open report…"), self.choose_report,
                                        QKeySequence.StandardKey.Open)
        self.export_action = self._action(_("Save handout as PDF…"), self.handout.export,
                                          "Ctrl+E")
        self.print_action = self._action(_("Print…"), self.handout.print,
                                         QKeySequence.StandardKey.Print)
        self.settings_action = self._action(_("Settings…"), self.open_settings, "Ctrl+,")
        self.quit_action = self._action(_("Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.back_action = self._action(_("Back to all cards"), self.show_tiles, "Esc")
        self.zoom_in_action = self._action(
            _("Zoom in"), lambda: self.detail.page_viewer.step_zoom(1),
            QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_action = self._action(
            _("Zoom out"), lambda: self.detail.page_viewer.step_zoom(-1),
            QKeySequence.StandardKey.ZoomOut)
        self.history_action = self._action(_("Your earlier results"), self.show_history,
                                           "Ctrl+H")
        self.contrast_action = self._action(_("High contrast"), self._toggle_contrast)
        self.contrast_action.setCheckable(True)
        self.contrast_action.setChecked(self.settings.high_contrast)
        self.help_action = self._action(_("How to use Checkup Desktop"), self.show_help,
                                        QKeySequence.StandardKey.HelpContents)
        self.about_action = self._action(_("About Checkup Desktop"), self.show_about)
        bar = self.menuBar()
        file_menu = bar.addMenu(_("&File"))
        for act in (self.open_action, self.export_action, self.print_action):
            file_menu.addAction(act)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = bar.addMenu(_("&View"))
        for act in (self.back_action, self.zoom_in_action, self.zoom_out_action):
            view_menu.addAction(act)
        view_menu.addSeparator()
        view_menu.addAction(self.contrast_action)
        history_menu = bar.addMenu(_("&History"))
        history_menu.addAction(self.history_action)
        settings_menu = bar.addMenu(_("&Settings"))
        settings_menu.addAction(self.settings_action)
        settings_menu.addAction(self.contrast_action)
        help_menu = bar.addMenu(_("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.about_action)
        self.menus = {"file": file_menu, "view": view_menu, "history": history_menu,
                      "settings": settings_menu, "help": help_menu}

    def show_history(self) -> None:
        """The start screen, scrolled to the list of earlier results."""
        if self._reading():
            self.show_error(still_reading())
            return
        self._show(self.welcome)
        panel = self.welcome.history
        if panel.isVisible():
            self.welcome.scroll.ensureWidgetVisible(panel, 0, 0)
            target = panel.rows[0].open_button if panel.rows else panel.unlock_button
            if target.isVisible():
                target.setFocus()
        else:
            self.show_info(_("History is not kept in this window."))

    def show_help(self) -> None:
        QMessageBox.information(self, _("How to use Checkup Desktop"), help_text())

    def show_about(self) -> None:
        QMessageBox.about(self, _("About Checkup Desktop"), _(
            "Checkup Desktop turns a check-up report into cards: what to do, how soon, "
            "which clinic, and questions to ask. Everything stays on this computer.") + "\n\n"
            + _(STANDING_NOTICE))

    def _toggle_contrast(self) -> None:
        self._apply_and_keep(replace(self.settings,
                                     high_contrast=self.contrast_action.isChecked()))

    def _update_actions(self) -> None:
        has_cards = self.session is not None and self.stack.currentWidget() in (
            self.tiles, self.detail)
        self.export_action.setEnabled(has_cards)
        self.print_action.setEnabled(has_cards)
        self.back_action.setEnabled(self.stack.currentWidget() is self.detail)
        in_detail = self.stack.currentWidget() is self.detail
        self.zoom_in_action.setEnabled(in_detail)
        self.zoom_out_action.setEnabled(in_detail)

    def _show(self, view: QWidget) -> None:
        self.stack.setCurrentWidget(view)
        self._update_actions()

    def show_error(self, message: str) -> None:
        """Something did not work (plain words)."""
        self.banner.show_message(message, "error")

    def show_info(self, message: str) -> None:
        """What happened, not an error: e.g. the user stopped an analysis."""
        self.banner.show_message(message, "info")

    # ------------------------------------------------------------------ opening a report

    def choose_report(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, _("Open your check-up report"), "", open_filter())
        if len(paths) > 1:  # several: earlier check-ups for the history
            self.trends.import_many(paths)
        elif paths:
            self.open_report(paths[0])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if local_pdf_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = local_pdf_paths(event)
        if paths:
            event.acceptProposedAction()
            if len(paths) > 1:
                self.trends.import_many(paths)
            else:
                self.open_report(paths[0])

    def open_report(self, path: str, password: str | None = None) -> bool:
        """Start analysing `path`; False (with a message) when it cannot start."""
        if self._reading() or self.trends.import_job:
            self.show_error(still_reading())
            return False
        p = Path(path)
        if not p.is_file():
            self.show_error(_("The file {name} cannot be found. It may have been moved or "
                              "deleted.").format(name=p.name))
            return False
        self.banner.hide()
        self.pending = Session(path=str(p), lang=self.settings.lang, password=password)
        kept = self._kept.get(self.pending.path)
        if kept is not None:  # the same report again: bring back the user's questions
            self.pending.edits, self.pending.ticks = kept
        current = self.stack.currentWidget()
        if current is self.progress:  # never "return" to a finished progress view
            current = self.tiles if self.session else self.welcome
        self._return_to = current
        writer = self._make_writer()
        worker = AnalysisWorker(p, lang=self.settings.lang, password=password, writer=writer,
                                analyze=self._analyze)
        self.runner = AnalysisRunner(worker, self)
        self.runner.progress.connect(self._on_progress)
        self.runner.card.connect(self._on_card)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self._on_cancelled)
        self.runner.password_needed.connect(self._on_password_needed)
        self.runner.done.connect(self._on_done)
        self.progress.start(p.name)
        self._show(self.progress)
        self.runner.start()
        self._remember(recent=str(p))
        return True

    def _remember(self, **changes: str) -> None:
        if self._on_remember is not None:
            try:
                self._on_remember(**changes)
            except OSError as exc:  # only a convenience: never stop the user for it
                log.warning("settings not saved: %s", exc)

    def _make_writer(self) -> object | None:
        if self._writer_factory is None or not self.settings.model_path:
            return None
        s = self.settings
        key = (s.model_path, s.threads, s.gpu_layers)
        if self._writer is not None and self._writer[0] == key:
            return self._writer[1]
        try:
            writer = self._writer_factory(self.settings)
            self._writer = (key, writer)
            return writer
        except Exception as exc:  # a missing or broken model must not stop the rules cards
            log.exception("model writer could not be created")
            message = getattr(exc, "message", None) or _(
                "The local model could not be started, so the cards use the knowledge base "
                "wording only.")
            self.show_error(message)
            return None

    def _preload_while_idle(self) -> None:
        preload_rules()
        # The first progress line loads the number formats; the views not shown yet get
        # their style now rather than when the first report is on screen.
        stage_line("reading", 1, 2, 1, 2)
        for view in (self.progress, self.tiles, self.detail):
            view.ensurePolished()
        writer = self._make_writer()
        if writer is not None and hasattr(writer, "start_model"):
            writer.start_model(self.settings.lang)  # returns at once: it loads in its process
        self.warmed_up.emit()  # what is loaded now lives as long as the window (app.py)

    def _reading(self) -> bool:
        """A report is being analysed."""
        return self.runner is not None and self.runner.is_running()

    def _stop_runner(self) -> None:
        if self._reading():
            self.runner.cancel()
            self.runner.wait(3000)

    def _stop_work(self) -> None:
        """Cancel the analysis and the history jobs, and wait for them."""
        self._stop_runner()
        self.trends.stop_jobs()

    def _start_afresh(self) -> None:
        """After "delete all my data": no session, the settings as new, the start screen."""
        self.session, self.pending = None, None
        self._kept.clear()
        fresh = self._on_wiped() if self._on_wiped is not None else None
        self.apply_settings(fresh or GuiSettings(lang=self.settings.lang))
        self.setWindowTitle("Checkup Desktop")
        self._show(self.welcome)

    def _show_progress(self, title: str) -> None:
        self.banner.hide()
        self.progress.start(title)
        self._show(self.progress)

    def _show_comparison(self) -> None:
        """The current session's comparison came: shown in its cards and the open card."""
        s = self.session
        if s is None:
            return
        if self.stack.currentWidget() is self.detail and self.detail.card is not None:
            if not self.detail.is_editing():
                self.show_card(self.detail.card.id)
        self._fill_tiles(s)

    def cancel_analysis(self) -> None:
        if self.runner is not None:
            self.runner.cancel()
        if self.trends.import_job is not None:
            self.trends.import_job.cancel()

    # ------------------------------------------------------------------ worker signals

    def _commit_pending(self) -> None:
        """The new report produced output: it becomes the current session."""
        if self.pending is not None:
            self._make_current(self.pending)

    def _make_current(self, s: Session) -> None:
        """`s` becomes the current session; the one it replaces keeps its edits for when
        its report is opened again."""
        if self.session is not None:
            self._kept[self.session.path] = (self.session.edits, self.session.ticks)
        self.session, self.pending = s, None

    def show_session(self, s: Session) -> None:
        """`s` (a saved or imported report) becomes the current session, its cards shown."""
        self._make_current(s)
        self.setWindowTitle(f"{s.name} – Checkup Desktop")
        self.show_tiles()

    def _on_progress(self, stage: str, page: int, pages: int, index: int, count: int) -> None:
        target = self.pending or self.session
        if target is not None and pages:
            target.pages = pages
        if stage == "writing" and not count:
            return  # a token tick inside one card: keep showing "card i of n"
        self.progress.set_progress(stage, page, pages, index, count)
        if stage == "writing" and self.session is not None and self.pending is None:
            # Rules cards are all in: show them while the model rewrites them one by one.
            self.tiles.set_busy(stage_line(stage, page, pages, index, count))
            if self.stack.currentWidget() is self.progress:
                self.show_tiles()

    def _on_card(self, card: ActionCard, replaces: bool) -> None:
        self._commit_pending()
        s = self.session
        assert s is not None
        self.setWindowTitle(f"{s.name} – Checkup Desktop")
        s.cards[card.id] = card
        if replaces:
            self._refresh_views(card.id)
        elif self.stack.currentWidget() is not self.tiles:
            # Build this card's tile now, while the tiles are hidden: one small piece of work
            # per card instead of all the tiles at the end (which froze the window).
            self._fill_tiles(s)

    def _on_finished(self, analysis: Analysis) -> None:
        self._commit_pending()
        s = self.session
        assert s is not None
        s.analysis = analysis
        s.pages = analysis.pages
        self.setWindowTitle(f"{s.name} – Checkup Desktop")
        # The final list is authoritative (same ids, possibly rewritten text).
        s.cards = {c.id: c for c in analysis.cards}
        self.tiles.set_busy(None)
        self.records.save(s)
        self.trends.after_finished(s)  # its date (asked when the report gives none), then trends
        if self.stack.currentWidget() is self.detail and self.detail.card is not None:
            self._refresh_views(self.detail.card.id)  # the user is reading: stay there
        else:
            # build the tiles now, show them on the next turn of the event loop: two short
            # pieces of work instead of one long freeze of the window
            self._fill_tiles(s)
            QTimer.singleShot(0, self._show_filled_tiles)

    def _on_failed(self, message: str) -> None:
        self.tiles.set_busy(None)
        if self.pending is not None:
            # The new report could not be read. The cards on screen belong to another
            # report: never leave them under this report's error, as if they were its own.
            self.pending = None
            self._put_away_session()
        self.show_error(message)

    def _put_away_session(self) -> None:
        """Back to the start screen; the report shown until now keeps its edits (and its
        record in the history) for when it is opened again."""
        if self.session is not None:
            self._kept[self.session.path] = (self.session.edits, self.session.ticks)
        self.session = None
        self.setWindowTitle("Checkup Desktop")
        self._show(self.welcome)

    def _on_cancelled(self) -> None:
        self.tiles.set_busy(None)
        if self.pending is not None:
            name = Path(self.pending.path).name
            self.pending = None
            self._show(self._return_to or self.welcome)
            if self.session is not None:
                self.show_info(_("Stopped. {name} was not read. The cards below are still "
                                 "those of {shown}.").format(name=name, shown=self.session.name))
            else:
                self.show_info(_("Stopped. {name} was not read.").format(name=name))
            return
        s = self.session
        if self.stack.currentWidget() is not self.detail:
            self.show_tiles()
        if s is None:
            return
        # The cards so far are kept: shown, and saved in the history like a finished one.
        s.stopped = True
        if s.analysis is None:
            s.analysis = s.current_analysis()
        self.records.save(s)
        kept = self.vault_keeper is not None and self.vault_keeper.saver is not None
        saved = _(" They are saved in your history.") if kept else ""
        self.show_info(_("Stopped. The cards made so far are shown.") + saved + " " + _(
            "Cards the local model had not reworded yet keep the knowledge base wording."))

    def _on_password_needed(self, message: str) -> None:
        path = self.pending.path if self.pending else None
        self.pending = None
        self._show(self._return_to or self.welcome)
        if path is None:
            return
        password = self.ask_password(message)
        if password:
            # The worker thread is finishing; start again once it has.
            self._retry = (path, password)
        else:
            self.show_error(_("The report is protected by a password, so it was not read."))

    def ask_password(self, message: str) -> str | None:
        """Asks for the PDF's password; None when the user gives up. Replaceable in tests."""
        password, ok = QInputDialog.getText(self, _("Password"), message,
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

    # ------------------------------------------------------------------ views

    def show_tiles(self) -> None:
        s = self.session
        if s is None:
            self._show(self.welcome)
            return
        self._fill_tiles(s)
        self._show_filled_tiles()

    def _fill_tiles(self, s: Session) -> None:
        self.tiles.set_cards(list(s.cards.values()), s.name, s.lang)
        self.tiles.set_unread_pages(s.analysis.unread_pages if s.analysis else [])
        self.tiles.set_also_in_report(s.analysis.also_in_report if s.analysis else [])
        self.tiles.set_comparison(*comparison_words(s))

    def _show_filled_tiles(self) -> None:
        if self.session is None:
            return
        self._show(self.tiles)
        if self.tiles.tiles:
            self.tiles.tiles[0].setFocus()

    def show_card(self, card_id: str) -> None:
        s = self.session
        if s is None or card_id not in s.cards:
            return
        self._show(self.detail)  # first, so the page view knows its width
        card = s.cards[card_id]
        cmp, analysis = s.comparison, s.analysis
        trends = cmp.card_trends(card, analysis) if cmp and analysis else []
        since = cmp.new_since.get(card_id) if cmp else None
        self.detail.show_card(shown_card(card), questions=s.questions(card_id),
                              ticked=s.ticks.get(card_id, set()), report_path=page_source(s.path),
                              password=s.password, lang=s.lang, trends=trends, since=since)
        self.detail.back_button.setFocus()

    def _refresh_views(self, card_id: str) -> None:
        if self.stack.currentWidget() is self.tiles and self.session is not None:
            # on screen already: update the tile in place, and leave the keyboard focus
            # where the user put it
            self._fill_tiles(self.session)
        elif (self.stack.currentWidget() is self.detail and self.detail.card is not None
              and self.detail.card.id == card_id and not self.detail.is_editing()):
            # The user's saved edits are in the session, not the card. While a question is
            # being typed the refresh waits: the new text shows next time the card opens.
            self.show_card(card_id)

    def _questions_changed(self, card_id: str, questions: list[str]) -> None:
        if self.session is not None and card_id in self.session.cards:
            self.session.edits[card_id] = list(questions)
            self.records.save(self.session)

    def _ticks_changed(self, card_id: str, ticked: set[str]) -> None:
        if self.session is not None:
            self.session.ticks[card_id] = set(ticked)
            self.records.save(self.session)

    # ------------------------------------------------------------------ settings

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self, qualification=self._qualification)
        accepted = dialog.exec() == SettingsDialog.DialogCode.Accepted
        if dialog.wipe_chosen:
            self.records.delete_all_data()
        elif accepted:
            self._apply_and_keep(dialog.settings())

    def _apply_and_keep(self, settings: GuiSettings) -> None:
        """Apply new settings now (a new language: the whole window at once) and store them."""
        old_lang = self.settings.lang
        self.apply_settings(settings)
        if self.settings.lang != old_lang:
            self.switch_language(self.settings.lang)
        if self._on_settings_changed is not None:
            try:
                self._on_settings_changed(self.settings)
            except OSError:
                self.show_error(_("The settings apply now but could not be saved for "
                                  "next time."))

    def switch_language(self, lang: str) -> None:
        """Word the whole window in `lang` now: menus, views, headings, table headers, and
        the cards on screen (rebuilt from the report's results in that language)."""
        install_window_language(lang)
        shown = self.stack.currentWidget()
        which = {self.welcome: "welcome", self.progress: "progress", self.tiles: "tiles",
                 self.detail: "detail"}.get(shown, "welcome")
        card_id = self.detail.card.id if which == "detail" and self.detail.card else None
        busy = self._reading()
        old = (self.welcome, self.progress, self.tiles, self.detail)
        self._build_views()
        self._connect_views()
        for view in old:
            self.stack.removeWidget(view)
            view.deleteLater()
        self._build_actions()
        self.banner.retranslate()
        self.banner.hide()  # its message was in the old language
        if self.vault_keeper is not None:
            self._connect_history_panel()
            self.vault_keeper.bind(self.welcome.history)
        if self.session is not None and not busy:
            in_language(self.session, lang)
        if busy:
            name = Path((self.pending or self.session).path).name
            self.progress.start(name)
        target = {"welcome": self.welcome, "progress": self.progress}.get(which)
        if which == "detail" and card_id and self.session and card_id in self.session.cards:
            self.show_card(card_id)
        elif which in ("tiles", "detail"):
            self.show_tiles()
        else:
            self._show(target or self.welcome)
        self._update_actions()

    def apply_settings(self, settings: GuiSettings) -> None:
        self.settings = settings
        pt = BASE_POINT_SIZES.get(settings.text_size, BASE_POINT_SIZES["normal"])
        self.setStyleSheet(style_sheet(
            pt, high_contrast=prefers_high_contrast(settings.high_contrast)))
        if hasattr(self, "contrast_action"):
            self.contrast_action.setChecked(settings.high_contrast)
        app = QApplication.instance()
        if app is not None:
            font = app.font()
            font.setPointSize(pt)
            app.setFont(font)
        self.keep_on_screen()

    def keep_on_screen(self) -> None:
        """Larger text must never push the window past the screen: it stays within the
        screen's free area (the views scroll instead)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        # the frame the window manager draws around it is not part of our size
        frame_h = max(0, self.frameGeometry().height() - self.height())
        frame_w = max(0, self.frameGeometry().width() - self.width())
        self.setMaximumSize(room.width() - frame_w, room.height() - frame_h)
        if self.height() > room.height() - frame_h or self.width() > room.width() - frame_w:
            self.resize(min(self.width(), room.width() - frame_w),
                        min(self.height(), room.height() - frame_h))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.keep_on_screen()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._stop_runner()
        self.trends.close()  # no date asked any more: the record is kept without one
        if self.vault_keeper is not None:
            self.vault_keeper.close()  # saves still queued are written now
        self._remember(geometry=geometry_b64(self))
        writer = self._writer[1] if self._writer else None
        runtime = getattr(writer, "runtime", None)
        if runtime is not None and hasattr(runtime, "close"):
            runtime.close()  # ends the model's child process
        super().closeEvent(event)

