"""While a report is read: what is happening, how far along, and a way to stop."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QProgressBar, QPushButton, QVBoxLayout, QWidget

from checkup_desktop.ui.tr import N_, _, number
from checkup_desktop.ui.widgets import label

STAGE_TEXT = {
    "reading": N_("Reading the report"),
    "extracting": N_("Finding the results"),
    "scanning": N_("Reading scanned pages"),
    "grouping": N_("Sorting the results into topics"),
    "cards": N_("Making the cards"),
    "writing": N_("Improving the wording with the local model"),
    "done": N_("Finishing"),
}


def stage_line(stage: str, page: int, pages: int, card_index: int, card_count: int) -> str:
    text = _(STAGE_TEXT.get(stage, STAGE_TEXT["reading"]))
    if card_count:
        return _("{stage}: card {i} of {n}").format(stage=text, i=number(card_index),
                                                    n=number(card_count))
    if page and pages:
        return _("{stage}: page {i} of {n}").format(stage=text, i=number(page), n=number(pages))
    return text + "…"


class ProgressView(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("view")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(48, 48, 48, 48)
        lay.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.report = label("", "h2")
        self.stage = label(_("Getting ready…"))
        self.stage.setAccessibleName(_("Progress"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until we know the page or card count
        self.bar.setAccessibleName(_("Progress bar"))
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(_("Cancel"))
        self.cancel_button.setAccessibleName(_("Cancel reading the report"))
        self.cancel_button.clicked.connect(self._cancel)
        hint = label(_("Everything happens on this computer. This can take a minute."), "muted")
        for w in (self.report, self.stage, self.bar, hint):
            lay.addWidget(w)
        lay.addSpacing(12)
        lay.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)

    def start(self, report_name: str) -> None:
        self.report.setText(report_name)
        self.stage.setText(_("Getting ready…"))
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(_("Cancel"))

    def _cancel(self) -> None:
        # The model may be busy with a prompt it cannot stop mid-way: say so, do not freeze.
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(_("Cancelling…"))
        self.cancel_requested.emit()

    def set_progress(self, stage: str, page: int, pages: int, card_index: int,
                     card_count: int) -> None:
        self.stage.setText(stage_line(stage, page, pages, card_index, card_count))
        if card_count:
            self.bar.setRange(0, card_count)
            self.bar.setValue(card_index)
        elif pages:
            self.bar.setRange(0, pages)
            self.bar.setValue(page)
        else:
            self.bar.setRange(0, 0)

    def set_report_count(self, done: int, total: int, name: str) -> None:
        """Several reports read one after another: `done` of `total`, `name` the next."""
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        if name:
            self.stage.setText(_("Reading report {index} of {count}: {name}").format(
                index=done + 1, count=total, name=name))
