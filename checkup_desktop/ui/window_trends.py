"""The main window's side of "your check-ups over the years" (DESIGN §3 step 8): the report's
date (asked when it prints none), the comparison with the earlier analyses in the encrypted
history (in a worker thread; the report's own previous-years table counts as earlier
check-ups, and is all there is when no history is open), and several reports dropped at once
imported as history, oldest first. A collaborator the main window owns (`window.trends`); it
sees only what it is given. The comparison itself is core/trends.py."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from checkup_desktop.core.knowledge import load_knowledge
from checkup_desktop.core.models import Analysis
from checkup_desktop.core.trends import (
    Comparison,
    back_in_range_sentence,
    compare,
    new_since_sentence,
    rising_sentence,
)
from checkup_desktop.ui.date_dialog import ReportDateDialog
from checkup_desktop.ui.session import Session
from checkup_desktop.ui.tr import _
from checkup_desktop.ui.window_parts import WindowParts, still_reading
from checkup_desktop.workers.record_tasks import compare_with_history, import_reports, iso_date
from checkup_desktop.workers.task_worker import TaskRunner

log = logging.getLogger(__name__)

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".heif")


def open_filter() -> str:
    """The Open dialog's file types: reports as PDFs and photos of paper reports."""
    photos = " ".join(f"*{s}" for s in PHOTO_SUFFIXES)
    return ";;".join([_("Reports and photos (*.pdf {photos})").format(photos=photos),
                      _("PDF reports (*.pdf)"),
                      _("Photos of reports ({photos})").format(photos=photos),
                      _("All files (*)")])


def comparison_words(s: Session) -> tuple[dict[str, str], list[str], list[str]]:
    """(card id -> "New since …", back-in-range lines, rising-in-range lines)."""
    cmp = s.comparison
    if cmp is None:
        return {}, [], []
    since = {cid: new_since_sentence(day, s.lang) for cid, day in cmp.new_since.items()}
    back = [back_in_range_sentence(b, s.lang) for b in cmp.back_in_range]
    rising = [rising_sentence(t, s.lang) for t in cmp.rising_in_range]
    return since, back, rising


class WindowTrends:
    def __init__(self, parts: WindowParts, *,
                 save: Callable[[Session], None],
                 comparison_ready: Callable[[], None],
                 open_report: Callable[[str], bool],
                 show_progress: Callable[[str], None],
                 count_progress: Callable[[int, int, str], None],
                 show_welcome: Callable[[], None],
                 show_info: Callable[[str], None]) -> None:
        self._window = parts
        self._save = save  # a session into the history
        self._comparison_ready = comparison_ready  # show the current session's comparison
        self._open_report = open_report
        self._show_progress = show_progress  # the progress view, titled
        self._count_progress = count_progress  # (reports done, of how many, the next one)
        self._show_welcome = show_welcome
        self._show_info = show_info
        self.compare_job: TaskRunner | None = None
        self.import_job: TaskRunner | None = None
        self.date_dialog: ReportDateDialog | None = None

    def _saver(self):
        return self._window.keeper.saver if self._window.keeper is not None else None

    # ------------------------------------------------------------------ the report's date

    def after_finished(self, s: Session) -> None:
        """A report was analysed and saved: when it printed no date, ask for one (a small
        window that does not block); then compare it with the history."""
        if self._saver() is None or s.analysis is None or s.analysis.report_date:
            self.compare(s)
            return
        dialog = ReportDateDialog(s.name, self._window.parent)
        self.date_dialog = dialog

        def answered(_result: int) -> None:
            self.date_dialog = None
            chosen = dialog.chosen()
            dialog.deleteLater()
            if chosen and s.analysis is not None:
                s.analysis = s.analysis.model_copy(update={"report_date": chosen})
                self._save(s)
            if self._window.current() is s:
                self.compare(s)

        dialog.finished.connect(answered)
        dialog.open()

    # ------------------------------------------------------------------ comparing

    def compare(self, s: Session) -> None:
        """Match the report on screen with the earlier ones in the history (decrypted in a
        worker thread); the cards and the results view show the outcome when it comes."""
        vault = self._window.keeper.vault if self._window.keeper is not None else None
        if s.analysis is None:
            return
        if vault is None:
            # no history open: the previous-years table the report prints is all there is
            # (a few rows, compared here at once)
            if s.analysis.earlier_results:
                s.comparison = compare(s.analysis, iso_date(s.analysis.report_date), [],
                                       load_knowledge())
                self._comparison_ready()
            return
        if self.compare_job is not None:
            self.compare_job.cancel()

        def compared(cmp: Comparison) -> None:
            if self._window.current() is not s:
                return  # another report is on screen by now
            s.comparison = cmp
            self._comparison_ready()

        job = compare_with_history(vault, s.analysis, s.record_id, self._window.parent,
                                   on_success=compared)
        job.failed.connect(lambda exc: log.warning("comparison failed: %s", exc))
        job.done.connect(lambda: self._compare_done(job))
        self.compare_job = job

    def _compare_done(self, job: TaskRunner) -> None:
        if self.compare_job is job:
            self.compare_job = None

    # ------------------------------------------------------------------ several reports

    def import_many(self, paths: list[str]) -> bool:
        """Several reports at once: each is read with the knowledge base only and saved in
        the history, oldest first; then the newest is shown, compared with the others."""
        if self._window.reading() or self.import_job:
            self._window.show_error(still_reading())
            return False
        files = [p for p in paths if Path(p).is_file()]
        if not files:
            return False
        if len(files) == 1:
            return self._open_report(files[0])
        if self._saver() is None:
            self._show_info(_("Your history is not open, so only one report is opened. Open "
                              "your history to add several reports at once."))
            return self._open_report(files[-1])
        self._show_progress(_("{count} reports").format(count=len(files)))
        job = import_reports(files, self._window.settings().lang, self._window.parent,
                             on_success=self._imported, on_failure=self._import_failed)
        job.progress.connect(self._count_progress)
        job.cancelled.connect(self._import_cancelled)
        job.done.connect(lambda: setattr(self, "import_job", None))
        self.import_job = job
        return True

    def _import_failed(self, exc: BaseException) -> None:
        self._show_welcome()
        self._window.show_error(getattr(exc, "message", None) or _(
            "The reports could not be read. Try them one at a time."))

    def _import_cancelled(self) -> None:
        self._show_welcome()
        self._show_info(_("Stopped. None of the reports was added to your history."))

    def _imported(self, results: list[tuple[str, Analysis | None, str]]) -> None:
        read = [(p, a) for p, a, _m in results if a is not None]
        problems = [_("{name}: {reason}").format(name=Path(p).name, reason=m)
                    for p, a, m in results if a is None]
        # oldest first, undated ones last (asked for next)
        read.sort(key=lambda pa: (not pa[1].report_date, pa[1].report_date))
        sessions = []
        for path, analysis in read:
            s = Session(path=path, lang=analysis.language, analysis=analysis,
                        pages=analysis.pages, cards={c.id: c for c in analysis.cards})
            self._save(s)
            sessions.append(s)
        undated = [s for s in sessions if not s.analysis.report_date]
        self._ask_dates(undated, lambda: self._imported_all(sessions, problems))

    def _ask_dates(self, pending: list[Session], then) -> None:
        """Ask, one report at a time, when the samples of a report without a date were taken
        (as for a single report); "I don't know" keeps it undated."""
        if not pending:
            then()
            return
        s = pending[0]
        dialog = ReportDateDialog(s.name, self._window.parent)
        self.date_dialog = dialog

        def answered(_result: int) -> None:
            self.date_dialog = None
            chosen = dialog.chosen()
            dialog.deleteLater()
            if chosen and s.analysis is not None:
                s.analysis = s.analysis.model_copy(update={"report_date": chosen})
                self._save(s)
            self._ask_dates(pending[1:], then)

        dialog.finished.connect(answered)
        dialog.open()

    def _imported_all(self, sessions: list[Session], problems: list[str]) -> None:
        undated = [s.name for s in sessions if not s.analysis.report_date]
        notes = []
        if undated:
            notes.append(_("These reports do not say when the samples were taken, so they are "
                           "kept but not compared with the others: {names}.").format(
                               names=", ".join(undated)))
        if problems:
            notes.append(_("Some reports could not be read:") + "\n" + "\n".join(problems))
        if not sessions:
            self._show_welcome()
            self._window.show_error("\n".join(notes))
            return
        dated = sorted((s for s in sessions if s.analysis.report_date),
                       key=lambda s: s.analysis.report_date)
        newest = (dated or sessions)[-1]
        message = _("{count} reports were added to your history, oldest first. The newest is "
                    "shown.").format(count=len(sessions))
        self._show_imported(newest, " ".join([message, *notes]))

    def _show_imported(self, s: Session, message: str) -> None:
        """Show `s` once its record and the earlier ones are saved (the comparison reads
        them from the history)."""
        saver = self._saver()

        def show() -> None:
            if saver is not None:
                saver.idle.disconnect(show)
            self._window.show_session(s)
            self._show_info(message)
            self.compare(s)

        if saver is not None and saver.busy():
            saver.idle.connect(show)
        else:
            show()

    def close(self) -> None:
        """The window closes: no date for a report still asking for one (its record is kept
        without), and the jobs cancelled and waited for."""
        self.stop_jobs()
        if self.date_dialog is not None:
            self.date_dialog.reject()

    def stop_jobs(self) -> None:
        for job in (self.compare_job, self.import_job):
            if job is not None:
                job.cancel()
                job.wait(5000)
