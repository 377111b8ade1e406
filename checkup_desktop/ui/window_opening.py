"""The window's ways in for reports: the Open dialog, files dropped on the window (one report
is analysed, several are imported as earlier check-ups), and a photo's pages shown from the
PDF it was read as. A collaborator the main window owns (`window.opening`); it sees only what
it is given."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from checkup_desktop.ui.tr import _
from checkup_desktop.ui.welcome_view import local_pdf_paths
from checkup_desktop.ui.window_trends import open_filter


def page_source(path: str) -> str:
    """The file whose pages the detail view shows: a photo's pages are those of the PDF it
    was read as (same pages, same evidence boxes; made during the analysis, kept in the cache
    folder)."""
    from checkup_desktop.core.photos import is_photo, photo_to_pdf

    if not is_photo(path):
        return path
    try:
        return str(photo_to_pdf(path))
    except Exception:  # noqa: BLE001 - the page view says the page cannot be shown
        return path


class WindowOpening:
    def __init__(self, parent: QWidget, *,
                 open_report: Callable[[str], object],
                 import_many: Callable[[list[str]], object]) -> None:
        self._parent = parent  # of the Open dialog
        self._open_report = open_report  # one report: analysed and shown
        self._import_many = import_many  # several: earlier check-ups for the history

    def choose(self) -> None:
        """The Open dialog: one report or several."""
        paths, _filter = QFileDialog.getOpenFileNames(
            self._parent, _("Open your check-up report"), "", open_filter())
        self._open(paths)

    def drag_enter(self, event: QDragEnterEvent) -> None:
        if local_pdf_paths(event):
            event.acceptProposedAction()

    def drop(self, event: QDropEvent) -> None:
        paths = local_pdf_paths(event)
        if paths:
            event.acceptProposedAction()
            self._open(paths)

    def _open(self, paths: list[str]) -> None:
        if len(paths) > 1:  # several: earlier check-ups for the history
            self._import_many(paths)
        elif paths:
            self._open_report(paths[0])
