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
        # saved in another language: shown in the window's language
        self._session_in_language(s, self.settings.lang)
        self.banner.hide()
        if self.session is not None:
            self._kept[self.session.path] = (self.session.edits, self.session.ticks)
        self.session, self.pending = s, None
        self.setWindowTitle(f"{s.name} – Checkup Desktop")
        self.show_tiles()
        self._compare(s)  # with the other records of the history
        return True

    def delete_record(self, record_id: str) -> bool:
        if self.history is None or not self.confirm(
                _("Delete this result from your history? This cannot be undone.")):
            return False
        if self.session is not None and self.session.record_id == record_id:
            self.session.record_id = None  # edits from now on make a new record
        self.history.delete(record_id)
        if self.session is not None:
            self._compare(self.session)  # its trends no longer count the deleted report
        return True

    def confirm(self, question: str) -> bool:
        """Yes/no from the user, No by default (Enter must not delete anything).
        Replaceable in tests."""
        box = QMessageBox(QMessageBox.Icon.Question, _("Please confirm"), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def inform(self, title: str, message: str) -> None:
        """A message the user must see and close. Replaceable in tests."""
        QMessageBox.information(self, title, message)

    def ask_text(self, message: str) -> str | None:
        """One hidden line of text (a passphrase); None when the user gives up.
        Replaceable in tests."""
        text, ok = QInputDialog.getText(self, _("Passphrase"), message,
                                        QLineEdit.EchoMode.Password)
        return text if ok else None

    def ask_passphrase(self, message: str, create: bool) -> str | None:
        """The history's passphrase; None when the user gives up. A new one is checked for
        its length before it is asked again, and every try keeps the warning that it cannot
        be recovered."""
        from checkup_desktop.core.storage.crypto import MIN_PASSPHRASE
        from checkup_desktop.ui.vault_keeper import create_message

        while True:
            first = self.ask_text(message)
            if not first:
                return None
            if not create:
                return first
            if len(first) < MIN_PASSPHRASE:
                message = _("That passphrase is too short.") + " " + create_message()
                continue
            again = self.ask_text(_("Type the same passphrase again."))
            if again is None:
                return None
            if again == first:
                return first
            message = _("The two passphrases are not the same. Try again.") + " " + \
                create_message()

    def delete_all_data(self) -> bool:
        """ "Delete all my data": history, settings, caches, the file dialogs' list of
        recent folders; a fresh welcome view, and a message saying it is done."""
        from checkup_desktop.core.storage import wipe_all_data

        if not self.confirm(_("Delete all your saved results and settings from this "
                              "computer? This cannot be undone. Downloaded models are kept.")):
            return False
        if self.runner is not None and self.runner.is_running():
            self.runner.cancel()
            self.runner.wait(3000)
        self._wait_for_jobs()
        if self.history is not None and self.history.saver is not None:
            self.history.saver.drop()
        result = wipe_all_data()
        problems = list(result.problems)
        problem = forget_file_dialog_history()
        if problem:
            problems.append(problem)
        self.session, self.pending = None, None
        self._kept.clear()
        fresh = self._on_wiped() if self._on_wiped is not None else None
        self.apply_settings(fresh or GuiSettings(lang=self.settings.lang))
        self.setWindowTitle("Checkup Desktop")
        self._show(self.welcome)
        if self.history is not None:
            self.history.forget()
        if not problems:
            self.banner.hide()
            self.statusBar().showMessage(_("All your data was deleted from this computer."),
                                         10000)
            self.inform(_("Your data was deleted"), _(
                "All your saved results, settings and the list of folders you opened were "
                "deleted from this computer."))
        else:
            message = _("Some of your data could not be deleted:") + "\n" + "\n".join(problems)
            self.show_error(message)
            self.inform(_("Not all of your data was deleted"), message)
        return True


def forget_file_dialog_history() -> str | None:
    """Qt's file dialogs remember the folders the user opened (QSettings "QtProject",
    group FileDialog): delete that too. Returns a problem in plain words, or None."""
    from PySide6.QtCore import QSettings

    qs = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "QtProject")
    qs.remove("FileDialog")
    qs.sync()
    if qs.status() != QSettings.Status.NoError:
        return _("The list of folders you opened recently could not be deleted ({path}).") \
            .format(path=qs.fileName())
    return None
