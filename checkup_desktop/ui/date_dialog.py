"""Asks when a check-up took place, for a report that prints no collection date: its results
can then be placed among the earlier ones (trends). Today by default; "I don't know" leaves
the date empty (the results are kept, but not placed in time)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from checkup_desktop.ui.tr import _
from checkup_desktop.ui.widgets import label


class ReportDateDialog(QDialog):
    def __init__(self, report_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("When was this check-up?"))
        lay = QVBoxLayout(self)
        lay.addWidget(label(_(
            "The report {name} does not say when the samples were taken. When was this "
            "check-up? The date is used to compare your results with earlier and later "
            "check-ups.").format(name=report_name)))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate.currentDate())
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(_("Date of the check-up"))
        lay.addWidget(self.date)
        buttons = QDialogButtonBox()
        self.use_button = buttons.addButton(_("Use this date"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.unknown_button = buttons.addButton(_("I don't know"),
                                                QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def chosen(self) -> str:
        """The date as ISO text once accepted; "" for "I don't know"."""
        if self.result() != QDialog.DialogCode.Accepted:
            return ""
        d = self.date.date()
        return dt.date(d.year(), d.month(), d.day()).isoformat()
