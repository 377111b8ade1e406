"""The window's handout: the report on screen saved as a PDF or printed, with the user's
edits. A collaborator the main window owns (`window.handout`); it sees only what it is given."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from checkup_desktop.core.export import write_handout
from checkup_desktop.ui.session import Session
from checkup_desktop.ui.tr import _
from checkup_desktop.ui.window_parts import WindowParts

log = logging.getLogger(__name__)


def write_session_handout(s: Session, path: str | Path) -> Path:
    """The handout of `s` (its cards so far and the user's edits) written to `path`."""
    return write_handout(s.current_analysis(), path, report_name=s.name, edits=s.edits,
                         lang=s.lang, comparison=s.comparison)


class WindowHandout:
    def __init__(self, parts: WindowParts, *,
                 show_status: Callable[[str, int], None]) -> None:
        self._window = parts
        self._show_status = show_status  # (text, milliseconds) in the status bar

    def export(self, path: str | None = None) -> Path | None:
        """Save the handout as a PDF. Without `path`, asks where with the save dialog."""
        s = self._window.current()
        if s is None:
            return None
        if path is None:
            suggested = str(Path(s.path).with_name(Path(s.path).stem + " - handout.pdf"))
            path, _filter = QFileDialog.getSaveFileName(
                self._window.parent, _("Save handout as PDF"), suggested, _("PDF files (*.pdf)"))
            if not path:
                return None
        try:
            out = write_session_handout(s, path)
        except OSError as exc:
            log.warning("handout not written: %s", exc)
            self._window.show_error(_("The handout could not be saved there ({reason}). Your cards "
                               "and questions are kept; try another folder.")
                             .format(reason=exc.strerror or exc.__class__.__name__))
            return None
        self._show_status(_("Handout saved: {path}").format(path=out), 8000)
        return out

    def print(self, printer=None) -> bool:
        """Print the handout. Without `printer`, asks with the system print dialog."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from checkup_desktop.ui.printing import print_pdf

        s = self._window.current()
        if s is None:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self._window.parent)
            dialog.setWindowTitle(_("Print the handout"))
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return False
        with tempfile.TemporaryDirectory(prefix="checkup-print-") as tmp:
            handout = Path(tmp) / "handout.pdf"
            try:
                write_session_handout(s, handout)
                print_pdf(handout, printer)
            except Exception:
                log.exception("printing failed")
                self._window.show_error(_("The handout could not be printed. You can save it as a "
                                   "PDF and print that file instead."))
                return False
        return True
