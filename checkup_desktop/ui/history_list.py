"""The welcome view's list of saved analyses, and what to do when the history is locked."""

from __future__ import annotations

from datetime import datetime

from babel.dates import format_time
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from checkup_desktop.core.i18n import babel_locale, format_date
from checkup_desktop.core.storage import RecordMeta
from checkup_desktop.ui.tr import _, language, number
from checkup_desktop.ui.widgets import label


def record_line(meta: RecordMeta) -> str:
    """"⚠ Urgent · report.pdf · 2 Nov 2026, 14:05 · cards: 5" in the user's locale: the time
    tells two runs of one report apart, the marker says which one had an urgent result."""
    # when it was first saved, on this computer's clock, as the user's language writes it
    local = datetime.fromtimestamp(meta.created_at.timestamp())
    day = format_date(local.date(), language(), "medium")
    clock = format_time(local.time(), "short", locale=babel_locale(language()))
    when = f"{meta.report_date}, {clock}" if meta.report_date else f"{day}, {clock}"
    line = _("{name} · {date} · cards: {count}").format(
        name=meta.report_name, date=when, count=number(meta.card_count))
    if meta.stopped:
        line += " · " + _("stopped before the end")
    if meta.urgent_count:
        line = "⚠ " + _("Urgent") + " · " + line
    return line


class HistoryRow(QFrame):
    def __init__(self, meta: RecordMeta, panel: HistoryPanel) -> None:
        super().__init__(panel)
        self.record_id = meta.record_id
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.text = label(record_line(meta))
        self.open_button = QPushButton(_("Open"))
        self.open_button.setAccessibleName(_("Open {name}").format(name=meta.report_name))
        self.open_button.clicked.connect(lambda: panel.open_requested.emit(self.record_id))
        self.delete_button = QPushButton(_("Delete"))
        self.delete_button.setAccessibleName(
            _("Delete {name} from your history").format(name=meta.report_name))
        self.delete_button.clicked.connect(lambda: panel.delete_requested.emit(self.record_id))
        lay.addWidget(self.text, 1)
        lay.addWidget(self.open_button)
        lay.addWidget(self.delete_button)


class HistoryPanel(QWidget):
    open_requested = Signal(str)  # record id
    delete_requested = Signal(str)
    unlock_requested = Signal()  # set or enter the passphrase
    skip_requested = Signal()  # continue without history for this session

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.heading = label(_("Your earlier results"), "h3")
        lay.addWidget(self.heading)
        self.status = label("", "muted")
        lay.addWidget(self.status)
        offer = QHBoxLayout()
        self.unlock_button = QPushButton(_("Set a passphrase…"))
        self.unlock_button.clicked.connect(self.unlock_requested)
        self.skip_button = QPushButton(_("Continue without history"))
        self.skip_button.setToolTip(_("Nothing is saved until the app starts again."))
        self.skip_button.clicked.connect(self.skip_requested)
        offer.addWidget(self.unlock_button)
        offer.addWidget(self.skip_button)
        offer.addStretch(1)
        lay.addLayout(offer)
        # a long history scrolls inside the welcome view instead of pushing it apart
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        inner.setObjectName("view")  # the window's background, not a grey box
        self.rows_box = QVBoxLayout(inner)
        self.rows_box.setContentsMargins(0, 0, 0, 0)
        self.rows_box.addStretch(1)
        self.scroll.setWidget(inner)
        lay.addWidget(self.scroll)
        self.rows: list[HistoryRow] = []
        self.show_records([])

    def show_offer(self, message: str, *, create: bool) -> None:
        """The history is locked: explain why and offer a passphrase or going without."""
        self.status.setText(message)
        self.status.show()
        self.unlock_button.setText(_("Set a passphrase…") if create else
                                   _("Enter your passphrase…"))
        self.unlock_button.show()
        self.skip_button.show()

    def show_message(self, message: str) -> None:
        self.status.setText(message)
        self.status.setVisible(bool(message))
        self.unlock_button.hide()
        self.skip_button.hide()

    def show_records(self, metas: list[RecordMeta]) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = [HistoryRow(m, self) for m in metas]
        for i, row in enumerate(self.rows):
            self.rows_box.insertWidget(i, row)  # above the closing stretch
            # Added to a shown panel, a row would only be shown on the next turn of the
            # event loop, and a hidden row has no height: the list shrank to a 2 px strip.
            row.setHidden(False)
        self.scroll.setVisible(bool(metas))
        # as tall as the rows, up to a limit: then it scrolls
        spacing = self.rows_box.spacing()
        width = max(300, self.scroll.viewport().width())  # rows wrap: height at this width
        rows_h = sum((r.heightForWidth(width) if r.hasHeightForWidth()
                      else r.sizeHint().height()) + spacing for r in self.rows)
        self.scroll.setFixedHeight(min(220, rows_h + 2) if self.rows else 0)
        self.show_message("" if metas else _("Reports you open are kept here, locked, on "
                                             "this computer only."))
