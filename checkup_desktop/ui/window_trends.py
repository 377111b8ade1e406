"""The main window's side of "your check-ups over the years" (DESIGN §3 step 8): the report's
date (asked when it prints none), the comparison with the earlier analyses in the encrypted
history (in a worker thread), and several reports dropped at once imported as history, oldest
first. A mixin of MainWindow. The comparison itself is core/trends.py."""

from __future__ import annotations

import logging
from pathlib import Path

from checkup_desktop.core.models import Analysis
from checkup_desktop.core.trends import (
    Comparison,
    back_in_range_sentence,
    new_since_sentence,
    rising_sentence,
)
from checkup_desktop.ui.date_dialog import ReportDateDialog
from checkup_desktop.ui.session import Session
from checkup_desktop.ui.tr import _
from checkup_desktop.workers.record_tasks import compare_with_history, import_reports
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


class TrendsMixin:
    compare_job: TaskRunner | None = None
    import_job: TaskRunner | None = None
    date_dialog: ReportDateDialog | None = None

    # ------------------------------------------------------------------ the report's date

    def _after_finished(self, s: Session) -> None:
        """A report was analysed and saved: when it printed no date, ask for one (a small
        window that does not block); then compare it with the history."""
        if (self.history is None or self.history.saver is None or s.analysis is None
                or s.analysis.report_date):
            self._compare(s)
            return
        dialog = ReportDateDialog(s.name, self)
        self.date_dialog = dialog

        def answered(_result: int) -> None:
            self.date_dialog = None
            chosen = dialog.chosen()
            dialog.deleteLater()
            if chosen and s.analysis is not None:
                s.analysis = s.analysis.model_copy(update={"report_date": chosen})
                self._save_session(s)
            if self.session is s:
                self._compare(s)

        dialog.finished.connect(answered)
        dialog.open()

    def _save_session(self, s: Session) -> None:
        if self.history is not None and s.analysis is not None:
            self.history.save(s, keep_pdf=self.settings.keep_pdf)

    # ------------------------------------------------------------------ comparing

    def _compare(self, s: Session) -> None:
        """Match the report on screen with the earlier ones in the history (decrypted in a
        worker thread); the cards and the results view show the outcome when it comes."""
        vault = self.history.vault if self.history is not None else None
        if vault is None or s.analysis is None:
            return
        if self.compare_job is not None:
            self.compare_job.cancel()

        def compared(cmp: Comparison) -> None:
            if self.session is not s:
                return  # another report is on screen by now
            s.comparison = cmp
            self._show_comparison()

        job = compare_with_history(vault, s.analysis, s.record_id, self, on_success=compared)
        job.failed.connect(lambda exc: log.warning("comparison failed: %s", exc))
        job.done.connect(lambda: self._compare_done(job))
        self.compare_job = job

    def _compare_done(self, job: TaskRunner) -> None:
        if self.compare_job is job:
            self.compare_job = None

    def _show_comparison(self) -> None:
        s = self.session
        if s is None:
            return
        if self.stack.currentWidget() is self.detail and self.detail.card is not None:
            if not self.detail.is_editing():
                self.show_card(self.detail.card.id)
        self._fill_tiles(s)

    def comparison_words(self, s: Session) -> tuple[dict[str, str], list[str], list[str]]:
        """(card id -> "New since …", back-in-range lines, rising-in-range lines)."""
        cmp = s.comparison
        if cmp is None:
            return {}, [], []
        since = {cid: new_since_sentence(day, s.lang) for cid, day in cmp.new_since.items()}
        back = [back_in_range_sentence(b, s.lang) for b in cmp.back_in_range]
        rising = [rising_sentence(t, s.lang) for t in cmp.rising_in_range]
        return since, back, rising

    # ------------------------------------------------------------------ several reports

    def import_many(self, paths: list[str]) -> bool:
        """Several reports at once: each is read with the knowledge base only and saved in
        the history, oldest first; then the newest is shown, compared with the others."""
        if (self.runner is not None and self.runner.is_running()) or self.import_job:
            self.show_error(_("A report is still being read. Wait for it, or press Cancel."))
            return False
        files = [p for p in paths if Path(p).is_file()]
        if not files:
            return False
        if len(files) == 1:
            return self.open_report(files[0])
        if self.history is None or self.history.saver is None:
            self.show_info(_("Your history is not open, so only one report is opened. Open "
                             "your history to add several reports at once."))
            return self.open_report(files[-1])
        self.banner.hide()
        self.progress.start(_("{count} reports").format(count=len(files)))
        self._show(self.progress)
        job = import_reports(files, self.settings.lang, self, on_success=self._imported,
                             on_failure=self._import_failed)
        job.progress.connect(self._import_progress)
        job.cancelled.connect(self._import_cancelled)
        job.done.connect(lambda: setattr(self, "import_job", None))
        self.import_job = job
        return True

    def _import_progress(self, done: int, total: int, name: str) -> None:
        self.progress.bar.setRange(0, total)
        self.progress.bar.setValue(done)
        if name:
            self.progress.stage.setText(_("Reading report {index} of {count}: {name}").format(
                index=done + 1, count=total, name=name))

    def _import_failed(self, exc: BaseException) -> None:
        self._show(self.welcome)
        self.show_error(getattr(exc, "message", None) or _(
            "The reports could not be read. Try them one at a time."))

    def _import_cancelled(self) -> None:
        self._show(self.welcome)
        self.show_info(_("Stopped. None of the reports was added to your history."))

    def _imported(self, results: list[tuple[str, Analysis | None, str]]) -> None:
        read = [(p, a) for p, a, _m in results if a is not None]
        problems = [_("{name}: {reason}").format(name=Path(p).name, reason=m)
                    for p, a, m in results if a is None]
        undated = [Path(p).name for p, a in read if not a.report_date]
        # oldest first, undated ones last: the newest dated report is the one shown
        read.sort(key=lambda pa: (not pa[1].report_date, pa[1].report_date))
        sessions = []
        for path, analysis in read:
            s = Session(path=path, lang=analysis.language, analysis=analysis,
                        pages=analysis.pages, cards={c.id: c for c in analysis.cards})
            self._save_session(s)
            sessions.append(s)
        notes = []
        if undated:
            notes.append(_("These reports do not say when the samples were taken, so they are "
                           "kept but not compared with the others: {names}.").format(
                               names=", ".join(undated)))
        if problems:
            notes.append(_("Some reports could not be read:") + "\n" + "\n".join(problems))
        if not sessions:
            self._show(self.welcome)
            self.show_error("\n".join(notes))
            return
        dated = [s for s in sessions if s.analysis.report_date]
        newest = (dated or sessions)[-1]
        message = _("{count} reports were added to your history, oldest first. The newest is "
                    "shown.").format(count=len(sessions))
        self._show_imported(newest, " ".join([message, *notes]))

    def _show_imported(self, s: Session, message: str) -> None:
        """Show `s` once its record and the earlier ones are saved (the comparison reads
        them from the history)."""
        saver = self.history.saver if self.history is not None else None

        def show() -> None:
            if saver is not None:
                saver.idle.disconnect(show)
            if self.session is not None:
                self._kept[self.session.path] = (self.session.edits, self.session.ticks)
            self.session, self.pending = s, None
            self.setWindowTitle(f"{s.name} – Checkup Desktop")
            self.show_tiles()
            self.show_info(message)
            self._compare(s)

        if saver is not None and saver.busy():
            saver.idle.connect(show)
        else:
            show()

    def _wait_for_jobs(self) -> None:
        for job in (self.compare_job, self.import_job):
            if job is not None:
                job.cancel()
                job.wait(5000)

