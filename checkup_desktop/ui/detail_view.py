"""One card in full: what to do, what it means, questions to edit, evidence, the report page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkup_desktop.core.models import ActionCard, Evidence
from checkup_desktop.core.presentation import (
    action_sentence,
    card_origin_words,
    evidence_result,
    flag_words,
)
from checkup_desktop.core.severity import evidence_numbers
from checkup_desktop.core.trends import Trend, change_sentence, new_since_sentence, when
from checkup_desktop.ui.charts import RangeBar, TrendChart
from checkup_desktop.ui.page_viewer import PageViewer
from checkup_desktop.ui.tiles_view import priority_chip, set_priority_chip
from checkup_desktop.ui.tr import _
from checkup_desktop.ui.widgets import NoticeBox, label

EVIDENCE_ROWS_SHOWN = 8  # the evidence table shows this many rows before it scrolls


class _QuestionEditor(QStyledItemDelegate):
    """The editor of a question: an empty new question shows a grey hint, never text that
    could end up in the list or the handout."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setPlaceholderText(_("Type your question, then press Enter"))
        return editor


class QuestionList(QListWidget):
    """Questions with a tick box each; double-click or F2 edits the text in place. A question
    left empty (a new one abandoned with Esc, or an edit that removed all its text) is
    removed from the list."""

    edit_closed = Signal()  # an editor closed; rows left empty were removed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_("Questions to ask"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setWordWrap(True)
        self.setMinimumHeight(110)
        self.setItemDelegate(_QuestionEditor(self))

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 - Qt override
        super().closeEditor(editor, hint)
        removed = False
        for row in reversed(range(self.count())):
            if not self.item(row).text().strip():
                self.takeItem(row)
                removed = True
        if removed or hint == QAbstractItemDelegate.EndEditHint.RevertModelCache:
            self.edit_closed.emit()

    def set_questions(self, questions: list[str], ticked: set[str]) -> None:
        self.blockSignals(True)
        self.clear()
        for q in questions:
            self.append(q, q in ticked)
        self.blockSignals(False)

    def append(self, text: str, ticked: bool = False) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable
                      | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.addItem(item)
        return item

    def questions(self) -> list[str]:
        texts = (self.item(i).text().strip() for i in range(self.count()))
        return [t for t in texts if t]

    def ticked(self) -> set[str]:
        return {self.item(i).text().strip() for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked}


class DetailView(QWidget):
    back_requested = Signal()
    questions_changed = Signal(str, list)  # card id, the edited questions
    ticks_changed = Signal(str, set)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("view")
        self.card: ActionCard | None = None
        self.report_path = ""
        self.password: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 12)
        top = QHBoxLayout()
        self.back_button = QPushButton(_("← All cards"))
        self.back_button.setAccessibleName(_("Back to all cards"))
        self.back_button.setToolTip(_("Back to all cards (Esc)"))
        self.back_button.clicked.connect(self.back_requested)
        top.addWidget(self.back_button)
        top.addStretch(1)
        outer.addLayout(top)

        head = QHBoxLayout()
        self.chip = priority_chip("low")
        head.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignVCenter)
        self.title = label("", "h1")
        head.addWidget(self.title, 1)
        outer.addLayout(head)
        self.action = label("", "h3")
        self.action.setAccessibleName(_("What to do"))
        outer.addWidget(self.action)
        self.origin = label("", "muted")
        outer.addWidget(self.origin)
        self.notice = NoticeBox()
        outer.addWidget(self.notice)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left.setObjectName("view")
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 12, 0)
        col.addWidget(label(_("What this means"), "h3"))
        self.explanation = label("")
        self.explanation.setAccessibleName(_("What this means"))
        col.addWidget(self.explanation)

        # earlier check-ups from the history: "new since", each value over time
        self.history_box = QWidget()
        self.history_box.setObjectName("view")
        self.history_lay = QVBoxLayout(self.history_box)
        self.history_lay.setContentsMargins(0, 0, 0, 0)
        self.history_box.hide()
        col.addWidget(self.history_box)
        self.trend_charts: list[TrendChart] = []
        self.trend_lines: list[str] = []
        self.since_text = ""

        col.addWidget(label(_("Questions to ask"), "h3"))
        col.addWidget(label(_("Tick a question once you have asked it. Double-click to "
                              "change it. The handout uses your questions."), "muted"))
        self.questions = QuestionList()
        self.questions.itemChanged.connect(self._changed)
        col.addWidget(self.questions)
        qbar = QHBoxLayout()
        self.add_button = QPushButton(_("Add question"))
        self.add_button.setAccessibleName(_("Add a question"))
        self.edit_button = QPushButton(_("Edit"))
        self.edit_button.setAccessibleName(_("Edit the selected question"))
        self.delete_button = QPushButton(_("Delete"))
        self.delete_button.setAccessibleName(_("Delete the selected question"))
        self.undo_button = QPushButton(_("Undo delete"))
        self.undo_button.setAccessibleName(_("Bring back the question you deleted"))
        self.undo_button.setToolTip(_("Ctrl+Z"))
        self.undo_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_question)
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_delete)
        self.questions.edit_closed.connect(self._changed)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.activated.connect(self.undo_delete)
        # deleted questions of this card, latest last: (row, text, ticked)
        self._deleted: list[tuple[int, str, bool]] = []
        for b in (self.add_button, self.edit_button, self.delete_button, self.undo_button):
            qbar.addWidget(b)
        qbar.addStretch(1)
        col.addLayout(qbar)

        col.addWidget(label(_("What the report says"), "h3"))
        self.evidence = QTableWidget(0, 5)
        self.evidence.setHorizontalHeaderLabels(
            [_("Test"), _("Result"), _("Reference range"), _("Flag"), _("Page")])
        self.evidence.setAccessibleName(_("Results from the report"))
        self.evidence.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.evidence.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.evidence.verticalHeader().hide()
        self.evidence.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.evidence.currentCellChanged.connect(lambda row, *_a: self._show_evidence(row))
        col.addWidget(self.evidence)
        # where each value sits against its range: low, normal and high zones
        self.bars_heading = label(_("Where your results sit"), "h3")
        col.addWidget(self.bars_heading)
        self.bars_hint = label(_("The clear part of each bar is the range printed in your "
                                 "report; the hatched parts are below or above it. The "
                                 "mark with the number is your result."), "muted")
        col.addWidget(self.bars_hint)
        self.bars_box = QWidget()
        self.bars_box.setObjectName("view")
        self.bars_lay = QVBoxLayout(self.bars_box)
        self.bars_lay.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.bars_box)
        self.range_bars: list[RangeBar] = []
        col.addStretch(1)
        self.left_scroll = scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        split.addWidget(scroll)
        self.page_viewer = PageViewer()
        split.addWidget(self.page_viewer)
        split.setSizes([560, 440])
        outer.addWidget(split, 1)

        QWidget.setTabOrder(self.back_button, self.questions)
        QWidget.setTabOrder(self.questions, self.add_button)
        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.evidence)
        QWidget.setTabOrder(self.evidence, self.page_viewer.zoom_out)
        QWidget.setTabOrder(self.page_viewer.zoom_out, self.page_viewer.zoom_in)

    def show_card(self, card: ActionCard, *, questions: list[str], ticked: set[str],
                  report_path: str, password: str | None = None,
                  lang: str = "en", trends: list[Trend] | None = None,
                  since: dt.date | None = None) -> None:
        new_card = self.card is None or self.card.id != card.id
        self.card, self.report_path, self.password = card, report_path, password
        if new_card:  # the next card starts at the top, its page fitted to the width
            self.left_scroll.verticalScrollBar().setValue(0)
            self.page_viewer.reset_zoom()
            self._deleted = []
            self.undo_button.setEnabled(False)
        set_priority_chip(self.chip, card.priority, lang)
        self.title.setText(card.title)
        self.action.setText(action_sentence(card, lang))
        self.notice.text.setText(card.notice)
        self.explanation.setText(card.explanation)
        self.questions.set_questions(questions, ticked)
        self.origin.setText(card_origin_words(card, lang))
        self.evidence.setRowCount(len(card.evidence))
        for r, ev in enumerate(card.evidence):
            cells = (ev.label, evidence_result(ev.value, ev.unit), ev.reference_range or "–",
                     flag_words(ev, lang), str(ev.page))
            for c, text in enumerate(cells):
                self.evidence.setItem(r, c, QTableWidgetItem(text))
        self._fit_evidence()
        self._set_history(trends or [], since, lang)
        self._set_range_bars(card.evidence, lang)
        self._show_evidence(0)
        # once laid out, the table knows whether it needs a horizontal scroll bar
        QTimer.singleShot(0, self._fit_evidence)

    def _set_history(self, trends: list[Trend], since: dt.date | None, lang: str) -> None:
        """The earlier values of this card's results, in words and as a small chart each."""
        _clear_layout(self.history_lay)
        self.trend_charts, self.trend_lines = [], []
        self.since_text = new_since_sentence(since, lang) if since else ""
        if not trends and not since:
            self.history_box.hide()
            return
        self.history_lay.addWidget(label(_("Compared with your earlier check-ups"), "h3"))
        if self.since_text:
            self.history_lay.addWidget(label(self.since_text, None))
        if any(t.readings[-1].low is not None or t.readings[-1].high is not None
               for t in trends):
            self.history_lay.addWidget(label(_(
                "In each chart the clear band is the range printed in your report; hatched "
                "means outside it."), "muted"))
        for trend in trends:
            sentence = change_sentence(trend, lang)
            self.trend_lines.append(sentence)
            self.history_lay.addWidget(label(sentence, None))
            newest = trend.readings[-1]
            points = [(when(r.date, lang), r.value) for r in trend.readings]
            chart = TrendChart(points, newest.low, newest.high, sentence)
            if chart.scale is not None:  # without a printed range there is no band to show
                self.history_lay.addWidget(chart)
                self.trend_charts.append(chart)
            else:
                chart.deleteLater()
        self.history_box.show()

    def _set_range_bars(self, evidence: list[Evidence], lang: str) -> None:
        _clear_layout(self.bars_lay)
        self.range_bars = []
        for ev in evidence:
            numbers = evidence_numbers(ev)
            if numbers is None:
                continue
            value, low, high = numbers
            result = evidence_result(ev.value, ev.unit)
            text = _("{test}: {result}, {flag}. Range in your report: {range}.").format(
                test=ev.label, result=result, flag=flag_words(ev, lang),
                range=ev.reference_range)
            bar = RangeBar(value, low, high, text)
            if bar.scale is None:
                bar.deleteLater()
                continue
            self.bars_lay.addWidget(label(f"{ev.label}: {result} ({flag_words(ev, lang)})",
                                          None))
            self.bars_lay.addWidget(bar)
            self.range_bars.append(bar)
        for w in (self.bars_heading, self.bars_hint, self.bars_box):
            w.setVisible(bool(self.range_bars))

    def _fit_evidence(self) -> None:
        """Every row readable: sized with the font the table really uses (the window's
        style sheet, larger text included), up to EVIDENCE_ROWS_SHOWN rows, then it scrolls."""
        self.evidence.ensurePolished()
        self.evidence.horizontalHeader().ensurePolished()
        self.evidence.resizeColumnsToContents()
        self.evidence.resizeRowsToContents()
        self.evidence.setFixedHeight(_table_height(self.evidence, EVIDENCE_ROWS_SHOWN))
        self.evidence.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (event.Type.StyleChange, event.Type.FontChange) and self.card:
            self._fit_evidence()

    def _show_evidence(self, row: int) -> None:
        """Show the page of evidence `row`, outlining every evidence item on that page."""
        if self.card is None or not (0 <= row < len(self.card.evidence)):
            return
        page = self.card.evidence[row].page
        boxes = [e.bbox for e in self.card.evidence if e.page == page and e.bbox]
        self.page_viewer.show_page(self.report_path, page, boxes, password=self.password)

    def _changed(self, *_args) -> None:
        if self.card is None:
            return
        self.questions_changed.emit(self.card.id, self.questions.questions())
        self.ticks_changed.emit(self.card.id, self.questions.ticked())

    def add_question(self) -> None:
        """An empty row in edit mode: typed text becomes the question; Esc or nothing
        typed leaves no row behind."""
        self.questions.blockSignals(True)
        item = self.questions.append("")
        self.questions.blockSignals(False)
        self.questions.setCurrentItem(item)
        self.questions.editItem(item)

    def _edit_selected(self) -> None:
        item = self.questions.currentItem()
        if item is not None:
            self.questions.editItem(item)

    def delete_selected(self) -> None:
        row = self.questions.currentRow()
        if row >= 0:
            item = self.questions.takeItem(row)
            self._deleted.append((row, item.text(),
                                  item.checkState() == Qt.CheckState.Checked))
            self.undo_button.setEnabled(True)
            self._changed()

    def undo_delete(self) -> None:
        """Bring back the question deleted last, where it was."""
        if not self._deleted or self.card is None:
            return
        row, text, ticked = self._deleted.pop()
        self.questions.blockSignals(True)
        item = self.questions.append(text, ticked)
        self.questions.takeItem(self.questions.row(item))
        self.questions.insertItem(min(row, self.questions.count()), item)
        self.questions.blockSignals(False)
        self.questions.setCurrentItem(item)
        self.undo_button.setEnabled(bool(self._deleted))
        self._changed()

    def is_editing(self) -> bool:
        return self.questions.state() == QAbstractItemView.State.EditingState

    def set_question_text(self, row: int, text: str) -> None:
        """Programmatic edit (tests, accessibility tools): same path as typing."""
        self.questions.item(row).setText(text)


def _clear_layout(lay: QVBoxLayout) -> None:
    while lay.count():
        item = lay.takeAt(0)
        widget = item.widget()
        if widget is not None:  # gone from the screen now, deleted by the event loop later
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()


def _table_height(table: QTableWidget, most: int) -> int:
    """Tall enough for every row up to `most` rows (then the table scrolls); the header's
    height from its size hint, which is right before the table was ever shown."""
    heights = [table.rowHeight(r) for r in range(table.rowCount())]
    rows = sum(heights[:most])
    # room for a horizontal scroll bar when the columns are wider than the table (long
    # labels, larger text): it must never hide a row
    head = table.horizontalHeader()
    wanted = sum(max(table.sizeHintForColumn(c), head.sectionSizeHint(c))
                 for c in range(table.columnCount()))
    if wanted > table.viewport().width():
        rows += table.horizontalScrollBar().sizeHint().height()
    header = max(table.horizontalHeader().height(), table.horizontalHeader().sizeHint().height())
    return rows + header + 2 * table.frameWidth() + 4
