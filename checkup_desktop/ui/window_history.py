"""The main window's history actions: save, reopen and delete analyses, unlock the vault,
delete all data. A mixin of MainWindow (it uses the window's session, views and keeper)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QMessageBox,
)

from checkup_desktop.ui.settings_dialog import GuiSettings
from checkup_desktop.ui.tr import _

log = logging.getLogger(__name__)


class HistoryMixin:
    def _save_history(self) -> None:
        """Save the finished session (first time) or its edits (same record)."""
        s = self.session
        if self.history is not None and s is not None and s.analysis is not None:
            self.history.save(s, keep_pdf=self.settings.keep_pdf)

    def open_record(self, record_id: str) -> bool:
        """Show a saved analysis with its edits, without reading the report again."""
        if self.history is None:
            return False
        if self.runner is not None and self.runner.is_running():
            self.show_error(_("A report is still being read. Wait for it, or press Cancel."))
            return False
        s = self.history.load(record_id)
        if s is None:
            return False
        self.banner.hide()
        if self.session is not None:
            self._kept[self.session.path] = (self.session.edits, self.session.ticks)
        self.session, self.pending = s, None
        self.setWindowTitle(f"{s.name} – Checkup Desktop")
        self.show_tiles()
        return True

    def delete_record(self, record_id: str) -> bool:
        if self.history is None or not self.confirm(
                _("Delete this result from your history? This cannot be undone.")):
            return False
        if self.session is not None and self.session.record_id == record_id:
            self.session.record_id = None  # edits from now on make a new record
        self.history.delete(record_id)
        return True

    def confirm(self, question: str) -> bool:
        """Yes/no from the user. Replaceable in tests."""
        answer = QMessageBox.question(self, _("Please confirm"), question)
        return answer == QMessageBox.StandardButton.Yes

    def ask_passphrase(self, message: str, create: bool) -> str | None:
        """The history's passphrase; None when the user gives up. Replaceable in tests."""
        first, ok = QInputDialog.getText(self, _("Passphrase"), message,
                                         QLineEdit.EchoMode.Password)
        if not ok or not first:
            return None
        if create:
            again, ok = QInputDialog.getText(self, _("Passphrase"),
                                             _("Type the same passphrase again."),
                                             QLineEdit.EchoMode.Password)
            if not ok:
                return None
            if again != first:
                self.show_error(_("The two passphrases are not the same. Try again."))
                return None
        return first

    def delete_all_data(self) -> bool:
        """ "Delete all my data": history, settings, caches; a fresh welcome view."""
        from checkup_desktop.core.storage import wipe_all_data

        if not self.confirm(_("Delete all your saved results and settings from this "
                              "computer? This cannot be undone. Downloaded models are kept.")):
            return False
        if self.runner is not None and self.runner.is_running():
            self.runner.cancel()
            self.runner.wait(3000)
        if self.history is not None and self.history.saver is not None:
            self.history.saver.drop()
        result = wipe_all_data()
        self.session, self.pending = None, None
        self._kept.clear()
        fresh = self._on_wiped() if self._on_wiped is not None else None
        self.apply_settings(fresh or GuiSettings(lang=self.settings.lang))
        self.setWindowTitle("Checkup Desktop")
        self._show(self.welcome)
        if self.history is not None:
            self.history.forget()
        if result.complete:
            self.banner.hide()
            self.statusBar().showMessage(_("All your data was deleted from this computer."),
                                         10000)
        else:
            self.show_error(_("Some of your data could not be deleted:") + "\n"
                            + "\n".join(result.problems))
        return True
