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
    """A plain message inside the window (never a crash dialog); the user can close it.
    Two looks, neither like the urgent banner of the cards (ui/theme.py): "error" (something
    did not work) and "info" (what happened, e.g. the user stopped an analysis)."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message")
        self.setProperty("kind", "error")
        lay = QHBoxLayout(self)
        self.text = label()
        self.text.setAccessibleName(_("Message"))
        lay.addWidget(self.text, 1)
        self.close_button = close = QPushButton(_("Close"))
        close.setAccessibleName(_("Close message"))
        close.clicked.connect(self.hide)
        close.clicked.connect(self.closed)
        lay.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def retranslate(self) -> None:
        self.text.setAccessibleName(_("Message"))
        self.close_button.setText(_("Close"))
        self.close_button.setAccessibleName(_("Close message"))

    def show_message(self, message: str, kind: str = "error") -> None:
        self.text.setText(message)
        if self.property("kind") != kind:
            self.setProperty("kind", kind)
            self.style().unpolish(self)
            self.style().polish(self)
            for child in self.findChildren(QWidget):
                child.style().unpolish(child)
                child.style().polish(child)
        self.show()

    def kind(self) -> str:
        return str(self.property("kind"))

    def message(self) -> str:
        return self.text.text() if self.isVisible() else ""
