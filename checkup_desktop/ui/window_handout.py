"""The main window's handout actions: save as PDF and print, with the user's edits.
A mixin of MainWindow."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
)

from checkup_desktop.core.export import write_handout
from checkup_desktop.ui.tr import _

log = logging.getLogger(__name__)


class HandoutMixin:
    def export_handout(self, path: str | None = None) -> Path | None:
        s = self.session
        if s is None:
            return None
        if path is None:
            suggested = str(Path(s.path).with_name(Path(s.path).stem + " - handout.pdf"))
            path, _filter = QFileDialog.getSaveFileName(
                self, _("Save handout as PDF"), suggested, _("PDF files (*.pdf)"))
            if not path:
                return None
        try:
            out = write_handout(s.current_analysis(), path, report_name=s.name,
                                edits=s.edits, lang=s.lang, comparison=s.comparison)
        except OSError as exc:
            log.warning("handout not written: %s", exc)
            self.show_error(_("The handout could not be saved there ({reason}). Your cards "
                              "and questions are kept; try another folder.")
                            .format(reason=exc.strerror or exc.__class__.__name__))
            return None
        self.statusBar().showMessage(_("Handout saved: {path}").format(path=out), 8000)
        return out

    def print_handout(self, printer=None) -> bool:
        """Print the handout. Without `printer`, asks with the system print dialog."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from checkup_desktop.ui.printing import print_pdf

        s = self.session
        if s is None:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(_("Print the handout"))
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return False
        with tempfile.TemporaryDirectory(prefix="checkup-print-") as tmp:
            handout = Path(tmp) / "handout.pdf"
            try:
                write_handout(s.current_analysis(), handout, report_name=s.name,
                              edits=s.edits, lang=s.lang, comparison=s.comparison)
                print_pdf(handout, printer)
            except Exception:
                log.exception("printing failed")
                self.show_error(_("The handout could not be printed. You can save it as a "
                                  "PDF and print that file instead."))
                return False
        return True
