"""The overview: one tile per card, most urgent first, grouped under plain headings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from checkup_desktop.core.models import ActionCard
from checkup_desktop.core.presentation import (
    action_sentence,
    card_origin_words,
    group_by_priority,
    priority_style,
)
from checkup_desktop.ui.tr import _, number
from checkup_desktop.ui.widgets import label


def priority_chip(priority: str, lang: str = "en") -> QLabel:
    chip = label(wrap=False)
    set_priority_chip(chip, priority, lang)
    return chip


def set_priority_chip(chip: QLabel, priority: str, lang: str = "en") -> None:
    """Colour AND icon AND word, so the priority reads without colour vision."""
    ps = priority_style(priority, lang)
    chip.setText(f"{ps.icon}  {ps.word}")
    chip.setStyleSheet(f"background: {ps.colour}; color: white; font-weight: 600; "
                       "padding: 3px 10px; border-radius: 4px;")
    chip.setAccessibleName(ps.word)


class CardTile(QFrame):
    activated = Signal(str)

    def __init__(self, card: ActionCard, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.card_id = card.id
        self.setObjectName("tile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        ps = priority_style(card.priority, lang)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 12, 0)
        stripe = QFrame()
        stripe.setFixedWidth(8)
        stripe.setStyleSheet(f"background: {ps.colour}; border-top-left-radius: 8px; "
                             "border-bottom-left-radius: 8px;")
        outer.addWidget(stripe)
        body = QVBoxLayout()
        body.setContentsMargins(8, 10, 0, 10)
        top = QHBoxLayout()
        top.addWidget(priority_chip(card.priority, lang))
        self.title = label(card.title, "h3")
        self.title.setStyleSheet("margin-top: 0px;")
        top.addWidget(self.title, 1)
        body.addLayout(top)
        self.action = label(action_sentence(card, lang))
        body.addWidget(self.action)
        body.addWidget(label(card_origin_words(card, lang), "muted"))
        outer.addLayout(body, 1)
        self.setAccessibleName(f"{ps.word}: {card.title}. {action_sentence(card, lang)}")
        self.setAccessibleDescription(_("Press Enter to open this card."))
        self.setToolTip(_("Open this card"))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.card_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.card_id)
        else:
            super().keyPressEvent(event)


class TilesView(QWidget):
    card_activated = Signal(str)
    export_requested = Signal()
    print_requested = Signal()
    open_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("view")
        self.lang = "en"
        self.tiles: list[CardTile] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(32, 20, 32, 12)
        head = QHBoxLayout()
        self.heading = label(_("Your cards"), "h1")
        head.addWidget(self.heading, 1)
        self.export_button = QPushButton(_("Save handout as PDF…"))
        self.export_button.setProperty("role", "primary")
        self.export_button.setAccessibleName(_("Save handout as PDF"))
        self.export_button.setToolTip(_("Ctrl+E"))
        self.print_button = QPushButton(_("Print…"))
        self.print_button.setAccessibleName(_("Print the handout"))
        self.print_button.setToolTip(_("Ctrl+P"))
        self.open_button = QPushButton(_("Open another report…"))
        self.open_button.setAccessibleName(_("Open another report"))
        for b in (self.export_button, self.print_button, self.open_button):
            head.addWidget(b)
        self.export_button.clicked.connect(self.export_requested)
        self.print_button.clicked.connect(self.print_requested)
        self.open_button.clicked.connect(self.open_requested)
        lay.addLayout(head)
        self.subtitle = label("", "muted")
        lay.addWidget(self.subtitle)

        # Shown while the local model is still rewriting cards in the background.
        self.busy = QFrame()
        self.busy.setObjectName("notice")
        busy_lay = QHBoxLayout(self.busy)
        self.busy_text = label("")
        self.busy_text.setAccessibleName(_("Progress"))
        self.busy_cancel = QPushButton(_("Stop"))
        self.busy_cancel.setAccessibleName(_("Stop improving the wording"))
        self.busy_cancel.clicked.connect(self._cancel)
        busy_lay.addWidget(self.busy_text, 1)
        busy_lay.addWidget(self.busy_cancel)
        self.busy.hide()
        lay.addWidget(self.busy)

        self.warning = QFrame()
        self.warning.setObjectName("warning")
        warn_lay = QVBoxLayout(self.warning)
        self.warning_text = label("")
        self.warning_text.setAccessibleName(_("Pages that could not be read"))
        warn_lay.addWidget(self.warning_text)
        self.warning.hide()
        lay.addWidget(self.warning)

        # Said once, above everything, when any card is urgent.
        self.urgent = QFrame()
        self.urgent.setObjectName("banner")
        urgent_lay = QVBoxLayout(self.urgent)
        self.urgent_text = label("", "h3")
        self.urgent_text.setAccessibleName(_("Urgent"))
        urgent_lay.addWidget(self.urgent_text)
        self.urgent.hide()
        lay.addWidget(self.urgent)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        lay.addWidget(self.scroll, 1)
        self._content = QWidget()
        self._content.setObjectName("view")
        self.scroll.setWidget(self._content)
        self._list = QVBoxLayout(self._content)
        self._list.setAlignment(Qt.AlignmentFlag.AlignTop)

    def _cancel(self) -> None:
        self.busy_cancel.setEnabled(False)
        self.busy_cancel.setText(_("Cancelling…"))
        self.cancel_requested.emit()

    def set_busy(self, text: str | None) -> None:
        if text is None:
            self.busy.hide()
            return
        if not self.busy.isVisible():
            self.busy_cancel.setEnabled(True)
            self.busy_cancel.setText(_("Stop"))
        self.busy_text.setText(text)
        self.busy.show()

    def set_unread_pages(self, pages: list[int]) -> None:
        if not pages:
            self.warning.hide()
            return
        listed = ", ".join(str(p) for p in pages)
        self.warning_text.setText(_(
            "Some pages could not be read: {pages}. They may be pictures of pages. "
            "Nothing on them is in the cards below, so ask your clinician to look at them."
        ).format(pages=listed))
        self.warning.show()

    def set_cards(self, cards: list[ActionCard], report_name: str = "",
                  lang: str = "en") -> None:
        self.lang = lang
        while self._list.count():
            item = self._list.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.tiles = []
        self.subtitle.setText(report_name)
        self.export_button.setEnabled(True)
        self.print_button.setEnabled(True)
        if not cards:
            self.urgent.hide()
            self.heading.setText(_("All clear"))
            self._list.addWidget(label(_(
                "Nothing in this report needed a card: the results the app could read are "
                "within the ranges printed by the lab."), "h3"))
            self._list.addWidget(label(_(
                "This is not a clean bill of health. Keep the report for your next check-up, "
                "and ask your clinician if anything worries you.")))
            return
        self.heading.setText(_("Your cards"))
        n_urgent = sum(c.priority == "urgent" for c in cards)
        if n_urgent:
            one = _("One result needs attention today. Contact a doctor today.")
            many = _("{n} results need attention today. Contact a doctor today.")
            self.urgent_text.setText(one if n_urgent == 1 else many.format(n=number(n_urgent)))
        self.urgent.setVisible(bool(n_urgent))
        for priority, group in group_by_priority(cards):
            ps = priority_style(priority, lang)
            head = label(f"{ps.icon}  {ps.heading}", "h2")
            head.setStyleSheet(f"color: {ps.colour}; margin-top: 10px;")
            self._list.addWidget(head)
            for card in group:
                tile = CardTile(card, lang)
                tile.activated.connect(self.card_activated)
                self._list.addWidget(tile)
                self.tiles.append(tile)
        # Tab moves down the list in reading order.
        for a, b in zip(self.tiles, self.tiles[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def tile_ids(self) -> list[str]:
        return [t.card_id for t in self.tiles]
