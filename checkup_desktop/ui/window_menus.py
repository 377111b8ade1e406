"""The window's menu bar and keyboard shortcuts, worded in the current language (built again
when it changes), and the Help menu's texts. A collaborator the main window owns
(`window.menus`); it sees only what it is given."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from checkup_desktop.core.models import STANDING_NOTICE
from checkup_desktop.ui.tr import _


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


class WindowMenus:
    def __init__(self, window: QMainWindow, *,
                 open_report: Callable[[], None],
                 export: Callable[[], object],
                 print_handout: Callable[[], object],
                 open_settings: Callable[[], None],
                 back: Callable[[], None],
                 zoom: Callable[[int], None],
                 show_history: Callable[[], None],
                 high_contrast: Callable[[], bool],
                 set_high_contrast: Callable[[bool], None]) -> None:
        self._window = window  # the menu bar's window; its shortcuts work in every view
        self._open_report = open_report  # asks which report(s) to open
        self._export = export  # the handout as a PDF
        self._print = print_handout
        self._open_settings = open_settings
        self._back = back  # from a card to all cards
        self._zoom = zoom  # +1 / -1 step of the page view
        self._show_history = show_history
        self._high_contrast = high_contrast  # the setting in force now
        self._set_high_contrast = set_high_contrast  # applied and stored
        self._actions: list[QAction] = []
        self.top: dict[str, QMenu] = {}  # the menus of the bar: file, view, history, ...

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        act = QAction(text, self._window)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(act)  # shortcuts work whichever view has focus
        self._actions.append(act)
        return act

    def build(self) -> None:
        """The actions and menus in the current language (again when it changes)."""
        for act in self._actions:  # built again in another language
            self._window.removeAction(act)
            act.deleteLater()
        self._actions = []
        self._window.menuBar().clear()
        self.open_action = self._action(_("Open report…"), self._open_report,
                                        QKeySequence.StandardKey.Open)
        self.export_action = self._action(_("Save handout as PDF…"), self._export, "Ctrl+E")
        self.print_action = self._action(_("Print…"), self._print,
                                         QKeySequence.StandardKey.Print)
        self.settings_action = self._action(_("Settings…"), self._open_settings, "Ctrl+,")
        self.quit_action = self._action(_("Quit"), self._window.close,
                                        QKeySequence.StandardKey.Quit)
        self.back_action = self._action(_("Back to all cards"), self._back, "Esc")
        self.zoom_in_action = self._action(
            _("Zoom in"), lambda: self._zoom(1), QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_action = self._action(
            _("Zoom out"), lambda: self._zoom(-1), QKeySequence.StandardKey.ZoomOut)
        self.history_action = self._action(_("Your earlier results"), self._show_history,
                                           "Ctrl+H")
        self.contrast_action = self._action(
            _("High contrast"),
            lambda: self._set_high_contrast(self.contrast_action.isChecked()))
        self.contrast_action.setCheckable(True)
        self.contrast_action.setChecked(self._high_contrast())
        self.help_action = self._action(_("How to use Checkup Desktop"), self.show_help,
                                        QKeySequence.StandardKey.HelpContents)
        self.about_action = self._action(_("About Checkup Desktop"), self.show_about)
        bar = self._window.menuBar()
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
        self.top = {"file": file_menu, "view": view_menu, "history": history_menu,
                    "settings": settings_menu, "help": help_menu}

    def update(self, *, has_cards: bool, in_detail: bool) -> None:
        """Enabled only when they can do something in the view shown."""
        self.export_action.setEnabled(has_cards)
        self.print_action.setEnabled(has_cards)
        self.back_action.setEnabled(in_detail)
        self.zoom_in_action.setEnabled(in_detail)
        self.zoom_out_action.setEnabled(in_detail)

    def show_contrast(self, on: bool) -> None:
        """The High contrast tick follows the settings."""
        if self._actions:
            self.contrast_action.setChecked(on)

    def show_help(self) -> None:
        QMessageBox.information(self._window, _("How to use Checkup Desktop"), help_text())

    def show_about(self) -> None:
        QMessageBox.about(self._window, _("About Checkup Desktop"), _(
            "Checkup Desktop turns a check-up report into cards: what to do, how soon, "
            "which clinic, and questions to ask. Everything stays on this computer.") + "\n\n"
            + _(STANDING_NOTICE))
