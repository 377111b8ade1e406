"""The window's side of the private history: unlock it (keychain, or a passphrase when no
keychain works), save each finished analysis and its edits, list, reopen and delete records.
The vault work itself is core/storage; slow calls run through workers/record_tasks.py."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from checkup_desktop import paths
from checkup_desktop.core.models import Analysis
from checkup_desktop.core.storage import (
    KeyState,
    StorageError,
    Vault,
    WeakPassphraseError,
    WrongPassphraseError,
    key_status,
)
from checkup_desktop.core.storage.records import new_record_id
from checkup_desktop.ui.history_list import HistoryPanel
from checkup_desktop.ui.session import Session
from checkup_desktop.ui.tr import _
from checkup_desktop.workers.record_tasks import HistorySaver, unlock
from checkup_desktop.workers.task_worker import TaskRunner

log = logging.getLogger(__name__)

# ask(message, create) -> the passphrase, or None when the user gives up
AskPassphrase = Callable[[str, bool], str | None]


def opened_dir() -> Path:
    """Where a reopened record's kept PDF is put while it is on screen (the page view reads
    a file). Emptied when the window closes, and by "delete all my data" (cache folder)."""
    return paths.cache_dir() / "opened"


def record_edits(s: Session) -> dict[str, Any]:
    """What a record keeps besides the analysis: the user's questions and ticks, and where
    the report was (to show its pages again when the PDF itself is not kept)."""
    return {"questions": s.edits, "ticks": {k: sorted(v) for k, v in s.ticks.items()},
            "path": s.path, "stopped": s.stopped}


def create_message() -> str:
    """What setting a passphrase means; shown on every try, the first and each retry."""
    return _("Choose a passphrase of at least 8 characters. It cannot be recovered: "
             "without it your saved results cannot be opened.")


class VaultKeeper(QObject):
    problem = Signal(str)  # plain words for the window's banner
    notice = Signal(str)  # plain words, not an error (a result waits to be saved, or is)

    def __init__(self, panel: HistoryPanel, ask_passphrase: AskPassphrase,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.ask_passphrase = ask_passphrase
        self.vault: Vault | None = None
        self.saver: HistorySaver | None = None
        self.unlocking = False
        self._unlock_job: TaskRunner | None = None
        self._create = False  # no history yet: the passphrase is being set, not entered
        # what the panel shows, kept so it can be shown again in another language:
        # opening, offer, key_missing, unreachable, damaged, failed, off, open
        self._state = "opening"
        self._retry_reason: str | None = None  # "wrong" or "weak" after a failed try
        self._failed_message = ""
        # results finished while the history was locked: saved once it is unlocked
        self._waiting: list[tuple[Session, bool]] = []
        self._told: list[Session] = []  # sessions already told they are not saved
        self.bind(panel)

    def bind(self, panel: HistoryPanel) -> None:
        """Show the history in `panel` (a new one after the language changed)."""
        self.panel = panel
        panel.unlock_requested.connect(self.request_unlock)
        panel.skip_requested.connect(self.skip)
        panel.show()
        self._render()

    def _set_state(self, state: str) -> None:
        self._state = state
        self._render()

    def _render(self) -> None:
        """The panel for the current state, in the current language."""
        p, state = self.panel, self._state
        if state == "open":
            self.refresh()
        elif state == "opening":
            p.show_message(_("Opening your saved results…"))
        elif state == "offer":
            if self._retry_reason == "wrong":
                message = _("That is not the right passphrase. Check it and try again.")
            elif self._retry_reason == "weak":
                message = _("Please choose a passphrase of at least 8 characters.") + " " + \
                    create_message()
            elif self._create:
                message = _("This computer has no system keychain to lock your saved "
                            "results. Choose a passphrase to protect them, or continue "
                            "without keeping a history.")
            else:
                message = _("Your saved results are protected by a passphrase. Enter it to "
                            "see them.")
            p.show_offer(message, create=self._create)
        elif state == "key_missing":
            p.show_message(_(
                "The key that locks your saved results is no longer in this computer's "
                "keychain, so they cannot be opened. \"Delete all my data\" in Settings "
                "starts a new history."))
        elif state == "unreachable":
            p.show_message(_(
                "Your saved results are locked with a key in this computer's keychain, but "
                "the keychain cannot be reached right now. Unlock or start the keychain and "
                "start the app again."))
        elif state == "damaged":
            p.show_message(_(
                "The file that describes how your saved results are locked is damaged, so "
                "they cannot be opened. \"Delete all my data\" in Settings starts a new "
                "history."))
        elif state == "failed":
            p.show_message(self._failed_message or _("Your saved results could not be "
                                                     "opened."))
        elif state == "off":
            p.show_message(_("History is off until the app starts again. Nothing is "
                             "saved."))

    # ------------------------------------------------------------------ unlocking

    def start(self) -> None:
        self.panel.show()
        shutil.rmtree(opened_dir(), ignore_errors=True)  # left by a crash
        self._retry_reason = None
        status = key_status()
        if status.state is KeyState.KEYCHAIN:
            self._unlock(None)
        elif status.state is KeyState.NO_KEYCHAIN:
            self._create = True
            self._set_state("offer")
        elif status.state is KeyState.PASSPHRASE:
            self._create = False
            self._set_state("offer")
        elif status.state is KeyState.KEY_MISSING:
            self._set_state("key_missing")
        elif status.state is KeyState.KEYCHAIN_UNREACHABLE:
            self._set_state("unreachable")
        else:  # vault.json damaged
            self._set_state("damaged")

    def request_unlock(self, message: str = "") -> None:
        if self.unlocking:
            return
        if not message:
            message = (create_message() if self._create
                       else _("Enter the passphrase of your saved results."))
        passphrase = self.ask_passphrase(message, self._create)
        if passphrase is not None:
            self._unlock(passphrase)

    def _unlock(self, passphrase: str | None) -> None:
        self.unlocking = True
        self._set_state("opening")
        job = unlock(passphrase, self, on_success=self._unlocked,
                     on_failure=self._unlock_failed)
        job.done.connect(lambda: self._unlock_done(job))
        self._unlock_job = job

    def _unlock_done(self, job: TaskRunner) -> None:
        if self._unlock_job is job:  # a retry may already have started the next one
            self._unlock_job = None

    def _unlocked(self, vault: Vault) -> None:
        self.unlocking = False
        self.vault = vault
        self.saver = HistorySaver(vault, self)
        self.saver.failed.connect(self._save_failed)
        self.saver.saved.connect(lambda _rid: self.refresh())
        self._set_state("open")
        waiting, self._waiting = self._waiting, []
        for s, keep_pdf in waiting:
            self.save(s, keep_pdf=keep_pdf)
        if waiting:
            self.notice.emit(_("Your history is open now. The results you opened before "
                               "are saved in it."))

    def _unlock_failed(self, exc: BaseException) -> None:
        self.unlocking = False
        if isinstance(exc, WrongPassphraseError):
            self._retry_reason = "wrong"
            message = _("That is not the right passphrase. Check it and try again.")
        elif isinstance(exc, WeakPassphraseError):
            self._retry_reason = "weak"
            message = _("Please choose a passphrase of at least 8 characters.") + " " + \
                create_message()
        else:
            self._failed_message = getattr(exc, "message", None) or ""
            self._set_state("failed")
            self._tell_waiting_lost()
            return
        self._set_state("offer")
        self.request_unlock(message)  # try again at once; cancelling leaves the offer

    def skip(self) -> None:
        self._set_state("off")
        self._tell_waiting_lost()

    def _tell_waiting_lost(self) -> None:
        waiting, self._waiting = self._waiting, []
        if waiting:
            self.notice.emit(_("Your history is off, so the results you opened are not "
                               "saved. Save a handout if you want to keep them."))
            self._told += [s for s, _k in waiting]

    def forget(self) -> None:
        """After "delete all my data": drop the key and start as on first run."""
        if self.saver is not None:
            self.saver.drop()
        self.vault, self.saver = None, None
        self._waiting, self._told = [], []
        self.panel.show_records([])
        self.start()

    # ------------------------------------------------------------------ records

    def refresh(self) -> None:
        if self.vault is not None:
            self.panel.show_records(self.vault.list())

    def save(self, s: Session, *, keep_pdf: bool) -> None:
        """Save (or update) the record of a session with cards. While the history is
        locked the session waits and the user is told once; it is saved when unlocked."""
        if s.analysis is None:
            return
        if self.saver is None:
            self._not_saved_yet(s, keep_pdf)
            return
        if s.record_id is None:
            s.record_id = new_record_id()
        self.saver.save(s.record_id, s.current_analysis(), record_edits(s),
                        report_name=s.name,
                        pdf_path=s.path if keep_pdf and Path(s.path).is_file() else None,
                        stopped=s.stopped, report_date=s.analysis.report_date)

    def _not_saved_yet(self, s: Session, keep_pdf: bool) -> None:
        if any(w is s for w, _k in self._waiting) or any(t is s for t in self._told):
            return  # told already; a waiting session is saved with its latest edits
        if self._state in ("opening", "offer"):
            self._waiting.append((s, keep_pdf))
            if self._state == "offer":
                self.notice.emit(_(
                    "Your history is locked, so this result is not saved yet. Unlock it on "
                    "the start screen (History > Your earlier results) to save it."))
            return
        self._told.append(s)
        if self._state == "off":
            self.notice.emit(_("History is off, so this result is not saved. Save a handout "
                               "if you want to keep it."))
        else:  # the history cannot be opened (the reason is on the start screen)
            self.notice.emit(_("Your saved results cannot be opened right now, so this "
                               "result is not saved. Save a handout if you want to keep it."))

    def _save_failed(self, exc: BaseException) -> None:
        log.warning("history not saved: %s", exc)
        self.problem.emit(_("This result could not be saved in your history. Your cards "
                            "are still shown."))

    def load(self, record_id: str) -> Session | None:
        """The saved session, cards and edits as they were; None (with a message) if not."""
        if self.vault is None:
            return None
        try:
            analysis, edits, pdf = self.vault.load(record_id)
            report_date = self.vault.meta(record_id).report_date
        except StorageError as exc:
            self.problem.emit(exc.message)
            return None
        if report_date and not analysis.report_date:  # the date the user gave
            analysis = analysis.model_copy(update={"report_date": report_date})
        path = str(edits.get("path") or analysis.source)
        if pdf is not None and not Path(path).is_file():
            path = str(self._private_copy(record_id, analysis, pdf))
        s = Session(path=path, lang=analysis.language, analysis=analysis, pages=analysis.pages,
                    cards={c.id: c for c in analysis.cards}, record_id=record_id,
                    stopped=bool(edits.get("stopped")))
        s.edits = {k: list(v) for k, v in (edits.get("questions") or {}).items()}
        s.ticks = {k: set(v) for k, v in (edits.get("ticks") or {}).items()}
        return s

    @staticmethod
    def _private_copy(record_id: str, analysis: Analysis, pdf: bytes) -> Path:
        # the page view reads a file; the cache folder is emptied by "delete all my data"
        folder = opened_dir() / record_id
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        out = folder / Path(analysis.source or "report.pdf").name
        out.write_bytes(pdf)
        out.chmod(0o600)
        return out

    def delete(self, record_id: str) -> None:
        if self.vault is None:
            return
        self.vault.delete(record_id)
        self.refresh()

    def busy(self) -> bool:
        return self.unlocking or (self.saver is not None and self.saver.busy())

    def close(self) -> None:
        if self._unlock_job is not None:  # a thread must not outlive its window
            self._unlock_job.wait()
        if self.saver is not None:
            self.saver.flush()
        shutil.rmtree(opened_dir(), ignore_errors=True)  # no readable copy left behind
