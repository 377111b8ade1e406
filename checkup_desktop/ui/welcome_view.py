"""The first view: a calm place to drop or open a report, and what the app does and does not do."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QPushButton, QScrollArea, QVBoxLayout, QWidget

from checkup_desktop.ui.history_list import HistoryPanel
from checkup_desktop.ui.tr import _
from checkup_desktop.ui.widgets import NoticeBox, label


def local_pdf_paths(event: QDragEnterEvent | QDropEvent) -> list[str]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]


class DropZone(QFrame):
    file_dropped = Signal(str)
    files_dropped = Signal(list)
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropzone")
        self.setAcceptDrops(True)
        self.setMinimumHeight(220)
        lay = QVBoxLayout(self)
        lay.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        title = label(_("Drop your check-up report here"), "h2")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = label(_("A PDF file from your lab or clinic, or a photo of the paper "
                       "report. Drop several reports at once to add your earlier "
                       "check-ups."), "muted")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.open_button = QPushButton(_("Open report…"))
        self.open_button.setProperty("role", "primary")
        self.open_button.setAccessibleName(_("Open report"))
        self.open_button.setToolTip(_("Choose a PDF report or a photo (Ctrl+O)"))
        self.open_button.clicked.connect(self.open_requested)
        lay.addWidget(title)
        lay.addWidget(hint)
        lay.addSpacing(12)
        lay.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(_("Drop zone for your report"))

    def _hover(self, on: bool) -> None:
        self.setProperty("hover", "true" if on else "false")
        self.style().unpolish(self)
        self.style().polish(self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if local_pdf_paths(event):
            event.acceptProposedAction()
            self._hover(True)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt override
        self._hover(False)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        self._hover(False)
        paths = local_pdf_paths(event)
        if paths:
            event.acceptProposedAction()
            if len(paths) > 1:  # several at once: earlier check-ups for the history
                self.files_dropped.emit(paths)
            else:
                self.file_dropped.emit(paths[0])


class WelcomeView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("view")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # it scrolls rather than pushing the window past the bottom of the screen (larger
        # text, a long history)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll)
        inner = QWidget()
        inner.setObjectName("view")
        self.scroll.setWidget(inner)
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(48, 32, 48, 32)
        lay.setSpacing(14)
        lay.addWidget(label(_("Understand your check-up report"), "h1"))
        lay.addWidget(label(_(
            "Checkup Desktop reads your report and makes a short card for each result worth "
            "talking about: how soon to act, which clinic to see, what the result can mean "
            "in plain words, and questions to ask."), None))
        self.drop_zone = DropZone()
        lay.addWidget(self.drop_zone)
        self.history = HistoryPanel()
        self.history.hide()  # shown by the window when it keeps a history
        lay.addWidget(self.history)
        lay.addWidget(label(_("Before you start"), "h3"))
        lay.addWidget(label(_(
            "• It does not diagnose anything and does not suggest medicines or doses.\n"
            "• Your clinician decides what the results mean and what to do.\n"
            "• Everything stays on this computer. Nothing is sent over the internet.\n"
            "• If something feels urgent, contact a doctor or emergency services now.")))
        lay.addWidget(NoticeBox())
        lay.addStretch(1)
