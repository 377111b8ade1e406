"""The main window: switches between the views and connects them to the analysis worker.

State worth keeping (the cards, the user's edited questions and ticks) lives in a Session.
A new report is analysed into a *pending* session; the current one is replaced only once the
new report has produced its first card, so a bad file or a cancel never loses what is shown,
and the replaced session's edits are kept for when that report is opened again.
With `keep_history`, finished sessions and their later edits are saved in the encrypted
history (ui/vault_keeper.py) and listed on the welcome view, to reopen without re-reading.
The window owns six collaborators, each given exactly what it needs: `analysis` (start and
cancel an analysis, the worker's signals routed to the views, the model writer), `menus` (the
menu bar and its shortcuts, worded again when the language changes), `opening` (the Open
dialog, dropped files, a photo's pages), `records` (save, reopen
and delete records, delete all data), `trends` (the report's date, the comparison with the
history, several reports imported at once) and `handout` (save as PDF, print).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from checkup_desktop.core.presentation import shown_card
from checkup_desktop.ui.detail_view import DetailView
from checkup_desktop.ui.fonts import install_cjk_fallback
from checkup_desktop.ui.progress_view import ProgressView
from checkup_desktop.ui.session import Session, in_language
from checkup_desktop.ui.settings_dialog import GuiSettings, SettingsDialog
from checkup_desktop.ui.theme import BASE_POINT_SIZES, prefers_high_contrast, style_sheet
from checkup_desktop.ui.tiles_view import TilesView
from checkup_desktop.ui.tr import _, install_window_language
from checkup_desktop.ui.vault_keeper import VaultKeeper
from checkup_desktop.ui.welcome_view import WelcomeView
from checkup_desktop.ui.widgets import Banner
from checkup_desktop.ui.window_analysis import Views, WindowAnalysis, WriterFactory
from checkup_desktop.ui.window_handout import WindowHandout
from checkup_desktop.ui.window_menus import WindowMenus
from checkup_desktop.ui.window_opening import WindowOpening, page_source
from checkup_desktop.ui.window_parts import WindowParts, still_reading
from checkup_desktop.ui.window_records import WindowRecords
from checkup_desktop.ui.window_trends import WindowTrends, comparison_words
from checkup_desktop.workers.analysis_worker import AnalyzeFn

log = logging.getLogger(__name__)

# Remembers small things across runs in the stored settings: recent=path, geometry=base64.
Remember = Callable[..., None]
WARM_UP_DELAY_MS = 200


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
        # Load the knowledge base, warm the PDF reader and start the chosen model while the
        # window is idle, not during the first analysis (that work would freeze the window).
        QTimer.singleShot(WARM_UP_DELAY_MS, self._preload_while_idle)  # after the first paint
        self._on_settings_changed = on_settings_changed
        self._on_remember = on_remember
        self._on_wiped = on_wiped
        self.session: Session | None = None
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
        self._build_views()
        # the private history (off in tests that do not ask for it: no keychain is touched)
        self.vault_keeper: VaultKeeper | None = None
        if keep_history:
            self.vault_keeper = VaultKeeper(
                self.welcome.history, lambda m, c: self.records.ask_passphrase(m, c), self)
        self._build_collaborators(analyze, writer_factory)
        self._connect_views()
        self.menus.build()
        self.apply_settings(self.settings)
        self.stack.setCurrentWidget(self.welcome)
        self._update_actions()
        if self.vault_keeper is not None:
            self.vault_keeper.problem.connect(self.show_error)
            self.vault_keeper.notice.connect(self.show_info)
            self._connect_history_panel()
            self.vault_keeper.start()

    def _build_collaborators(self, analyze: AnalyzeFn | None,
                             writer_factory: WriterFactory | None) -> None:
        """The parts of the window with a job of their own, each given what it needs."""
        def status(text: str, ms: int) -> None:
            self.statusBar().showMessage(text, ms)

        parts = WindowParts(
            parent=self, keeper=self.vault_keeper, settings=lambda: self.settings,
            current=lambda: self.session, reading=lambda: self.analysis.reading(),
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
        self.analysis = WindowAnalysis(
            parts, analyze=analyze, writer_factory=writer_factory,
            views=lambda: Views(self.welcome, self.progress, self.tiles, self.detail),
            shown=self.stack.currentWidget, show=self._show, show_tiles=self.show_tiles,
            fill_tiles=self._fill_tiles, show_filled_tiles=self._show_filled_tiles,
            refresh_views=self._refresh_views, make_current=self._make_current,
            put_away_session=self._put_away_session, kept_edits=self._kept.get,
            set_title=lambda name: self.setWindowTitle(f"{name} – Checkup Desktop"),
            hide_banner=self.banner.hide, show_info=self.show_info,
            import_busy=lambda: bool(self.trends.import_job), save=self.records.save,
            after_finished=self.trends.after_finished, remember=self._remember,
            qualification=self._qualification)
        self.opening = WindowOpening(
            self, open_report=lambda path: self.open_report(path),
            import_many=lambda paths: self.trends.import_many(paths))
        self.menus = WindowMenus(
            self, open_report=self.opening.choose, export=self.handout.export,
            print_handout=self.handout.print, open_settings=self.open_settings,
            back=self.show_tiles, zoom=lambda step: self.detail.page_viewer.step_zoom(step),
            show_history=self.show_history, high_contrast=lambda: self.settings.high_contrast,
            set_high_contrast=lambda on: self._apply_and_keep(
                replace(self.settings, high_contrast=on)))

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
        self.welcome.drop_zone.open_requested.connect(self.opening.choose)
        self.progress.cancel_requested.connect(self.cancel_analysis)
        self.tiles.cancel_requested.connect(self.cancel_analysis)
        self.tiles.card_activated.connect(self.show_card)
        self.tiles.export_requested.connect(self.handout.export)
        self.tiles.print_requested.connect(self.handout.print)
        self.tiles.open_requested.connect(self.opening.choose)
        self.detail.back_requested.connect(self.show_tiles)
        self.detail.questions_changed.connect(self._questions_changed)
        self.detail.ticks_changed.connect(self._ticks_changed)

    # ------------------------------------------------------------------ views

    def show_history(self) -> None:
        """The start screen, scrolled to the list of earlier results."""
        if self.analysis.reading():
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

    def _update_actions(self) -> None:
        has_cards = self.session is not None and self.stack.currentWidget() in (
            self.tiles, self.detail)
        self.menus.update(has_cards=has_cards, in_detail=self.stack.currentWidget() is self.detail)

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

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        self.opening.drag_enter(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        self.opening.drop(event)

    def open_report(self, path: str, password: str | None = None) -> bool:
        """Start analysing `path`; False (with a message) when it cannot start."""
        return self.analysis.open_report(path, password)

    def _remember(self, **changes: str) -> None:
        if self._on_remember is not None:
            try:
                self._on_remember(**changes)
            except OSError as exc:  # only a convenience: never stop the user for it
                log.warning("settings not saved: %s", exc)

    def _preload_while_idle(self) -> None:
        self.analysis.warm_up()
        self.warmed_up.emit()  # what is loaded now lives as long as the window (app.py)

    def _stop_work(self) -> None:
        """Cancel the analysis and the history jobs, and wait for them."""
        self.analysis.stop()
        self.trends.stop_jobs()

    def _start_afresh(self) -> None:
        """After "delete all my data": no session, the settings as new, the start screen."""
        self.session = None
        self.analysis.forget_pending()
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
        self.analysis.cancel()
        if self.trends.import_job is not None:
            self.trends.import_job.cancel()

    def _make_current(self, s: Session) -> None:
        """`s` becomes the current session; the one it replaces keeps its edits for when
        its report is opened again."""
        if self.session is not None:
            self._kept[self.session.path] = (self.session.edits, self.session.ticks)
        self.session = s
        self.analysis.forget_pending()

    def show_session(self, s: Session) -> None:
        """`s` (a saved or imported report) becomes the current session, its cards shown."""
        self._make_current(s)
        self.setWindowTitle(f"{s.name} – Checkup Desktop")
        self.show_tiles()

    def _put_away_session(self) -> None:
        """Back to the start screen; the report shown until now keeps its edits (and its
        record in the history) for when it is opened again."""
        if self.session is not None:
            self._kept[self.session.path] = (self.session.edits, self.session.ticks)
        self.session = None
        self.setWindowTitle("Checkup Desktop")
        self._show(self.welcome)

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
        self.analysis.qualify_chosen_model()  # a model new to this computer is tried first
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
        busy = self.analysis.reading()
        old = (self.welcome, self.progress, self.tiles, self.detail)
        self._build_views()
        self._connect_views()
        for view in old:
            self.stack.removeWidget(view)
            view.deleteLater()
        self.menus.build()
        self.banner.retranslate()
        self.banner.hide()  # its message was in the old language
        if self.vault_keeper is not None:
            self._connect_history_panel()
            self.vault_keeper.bind(self.welcome.history)
        if self.session is not None and not busy:
            in_language(self.session, lang)
        if busy:
            name = Path(self.analysis.reading_path()).name
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
        if hasattr(self, "menus"):
            self.menus.show_contrast(settings.high_contrast)
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
        self.analysis.stop()
        self.trends.close()  # no date asked any more: the record is kept without one
        if self.vault_keeper is not None:
            self.vault_keeper.close()  # saves still queued are written now
        self._remember(geometry=geometry_b64(self))
        self.analysis.close_model()  # ends the model's child process
        super().closeEvent(event)

