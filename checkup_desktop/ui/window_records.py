"""The window's record actions: save, reopen and delete analyses in the encrypted history,
ask for its passphrase, delete all data. A collaborator the main window owns
(`window.records`); it sees only what it is given."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QMessageBox,
)

from checkup_desktop.ui.session import Session, in_language
from checkup_desktop.ui.tr import _
from checkup_desktop.ui.vault_keeper import create_message
from checkup_desktop.ui.window_parts import WindowParts, still_reading

log = logging.getLogger(__name__)


class WindowRecords:
    def __init__(self, parts: WindowParts, *,
                 compare: Callable[[Session], None],
                 hide_banner: Callable[[], None],
                 show_status: Callable[[str, int], None],
                 stop_work: Callable[[], None],
                 start_afresh: Callable[[], None]) -> None:
        self._window = parts
        self._compare = compare  # with the other records of the history
        self._hide_banner = hide_banner
        self._show_status = show_status  # (text, milliseconds) in the status bar
        self._stop_work = stop_work  # cancel the analysis and the jobs, and wait for them
        self._start_afresh = start_afresh  # no session, fresh settings, the welcome view

    def save(self, s: Session | None) -> None:
        """Save a finished session (first time) or its edits (same record)."""
        if self._window.keeper is not None and s is not None and s.analysis is not None:
            self._window.keeper.save(s, keep_pdf=self._window.settings().keep_pdf)

    def open(self, record_id: str) -> bool:
        """Show a saved analysis with its edits, without reading the report again."""
        if self._window.keeper is None:
            return False
        if self._window.reading():
            self._window.show_error(still_reading())
            return False
        s = self._window.keeper.load(record_id)
        if s is None:
            return False
        # saved in another language: shown in the window's language
        in_language(s, self._window.settings().lang)
        self._hide_banner()
        self._window.show_session(s)
        self._compare(s)  # with the other records of the history
        return True

    def delete(self, record_id: str) -> bool:
        if self._window.keeper is None or not self.confirm(
                _("Delete this result from your history? This cannot be undone.")):
            return False
        s = self._window.current()
        if s is not None and s.record_id == record_id:
            s.record_id = None  # edits from now on make a new record
        self._window.keeper.delete(record_id)
        if s is not None:
            self._compare(s)  # its trends no longer count the deleted report
        return True

    def confirm(self, question: str) -> bool:
        """Yes/no from the user, No by default (Enter must not delete anything).
        Replaceable in tests."""
        box = QMessageBox(QMessageBox.Icon.Question, _("Please confirm"), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self._window.parent)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def inform(self, title: str, message: str) -> None:
        """A message the user must see and close. Replaceable in tests."""
        QMessageBox.information(self._window.parent, title, message)

    def ask_text(self, message: str) -> str | None:
        """One hidden line of text (a passphrase); None when the user gives up.
        Replaceable in tests."""
        text, ok = QInputDialog.getText(self._window.parent, _("Passphrase"), message,
                                        QLineEdit.EchoMode.Password)
        return text if ok else None

    def ask_passphrase(self, message: str, create: bool) -> str | None:
        """The history's passphrase; None when the user gives up. A new one is checked for
        its length before it is asked again, and every try keeps the warning that it cannot
        be recovered."""
        from checkup_desktop.core.storage.crypto import MIN_PASSPHRASE

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
        self._stop_work()
        if self._window.keeper is not None and self._window.keeper.saver is not None:
            self._window.keeper.saver.drop()
        result = wipe_all_data()
        problems = list(result.problems)
        problem = forget_file_dialog_history()
        if problem:
            problems.append(problem)
        self._start_afresh()
        if self._window.keeper is not None:
            self._window.keeper.forget()
        if not problems:
            self._hide_banner()
            self._show_status(_("All your data was deleted from this computer."), 10000)
            self.inform(_("Your data was deleted"), _(
                "All your saved results, settings and the list of folders you opened were "
                "deleted from this computer."))
        else:
            message = _("Some of your data could not be deleted:") + "\n" + "\n".join(problems)
            self._window.show_error(message)
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
