"""One card in full: what to do, what it means, questions to edit, evidence, the report page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkup_desktop.core.models import ActionCard
from checkup_desktop.core.presentation import (
    action_sentence,
    card_origin_words,
    evidence_result,
    flag_words,
)
from checkup_desktop.ui.page_viewer import PageViewer
from checkup_desktop.ui.tiles_view import priority_chip, set_priority_chip
from checkup_desktop.ui.tr import _
from checkup_desktop.ui.widgets import NoticeBox, label

NEW_QUESTION = "New question?"


class QuestionList(QListWidget):
    """Questions with a tick box each; double-click or F2 edits the text in place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_("Questions to ask"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setWordWrap(True)
        self.setMinimumHeight(110)

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
        self.add_button.clicked.connect(self.add_question)
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        for b in (self.add_button, self.edit_button, self.delete_button):
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
        col.addStretch(1)
        scroll = QScrollArea()
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
                  lang: str = "en") -> None:
        self.card, self.report_path, self.password = card, report_path, password
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
                     flag_words(ev.flag, lang), str(ev.page))
            for c, text in enumerate(cells):
                self.evidence.setItem(r, c, QTableWidgetItem(text))
        self.evidence.resizeColumnsToContents()
        self.evidence.resizeRowsToContents()
        self.evidence.setFixedHeight(_table_height(self.evidence))
        self.evidence.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self._show_evidence(0)

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
        item = self.questions.append(_(NEW_QUESTION))
        self.questions.setCurrentItem(item)
        self.questions.editItem(item)
        self._changed()

    def _edit_selected(self) -> None:
        item = self.questions.currentItem()
        if item is not None:
            self.questions.editItem(item)

    def delete_selected(self) -> None:
        row = self.questions.currentRow()
        if row >= 0:
            self.questions.takeItem(row)
            self._changed()

    def is_editing(self) -> bool:
        return self.questions.state() == QAbstractItemView.State.EditingState

    def set_question_text(self, row: int, text: str) -> None:
        """Programmatic edit (tests, accessibility tools): same path as typing."""
        self.questions.item(row).setText(text)


def _table_height(table: QTableWidget) -> int:
    """Tall enough for every row: the evidence is short and should not scroll on its own."""
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    return rows + table.horizontalHeader().height() + 2 * table.frameWidth() + 2
