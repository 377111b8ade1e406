"""Small shared widgets: headings, the standing notice, the error banner."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from checkup_desktop.core.models import STANDING_NOTICE
from checkup_desktop.ui.tr import _


def label(text: str = "", role: str | None = None, *, wrap: bool = True) -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(wrap)
    lab.setTextFormat(Qt.TextFormat.PlainText)  # report text is data, never markup
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        lab.setProperty("role", role)
    return lab


class NoticeBox(QFrame):
    """The standing notice: shown on the welcome view and on every card detail."""

    def __init__(self, text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        lay = QVBoxLayout(self)
        # the notice's translations live in the "cards" catalog, the ui catalog's fallback
        self.text = label(_(STANDING_NOTICE) if text is None else text)
        self.text.setAccessibleName(_("Notice"))
        lay.addWidget(self.text)


class Banner(QFrame):
    """A plain message inside the window (never a crash dialog); the user can close it."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        lay = QHBoxLayout(self)
        self.text = label()
        self.text.setAccessibleName(_("Message"))
        lay.addWidget(self.text, 1)
        close = QPushButton(_("Close"))
        close.setAccessibleName(_("Close message"))
        close.clicked.connect(self.hide)
        close.clicked.connect(self.closed)
        lay.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, message: str) -> None:
        self.text.setText(message)
        self.show()

    def message(self) -> str:
        return self.text.text() if self.isVisible() else ""
