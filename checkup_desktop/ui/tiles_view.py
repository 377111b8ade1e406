"""The overview: one tile per card, most urgent first, grouped under plain headings."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from checkup_desktop.core.models import ActionCard, AlsoInReport
from checkup_desktop.core.presentation import (
    action_sentence,
    also_heading,
    also_intro,
    also_line,
    group_by_priority,
    priority_style,
    urgent_summary,
)
from checkup_desktop.ui.tr import _
from checkup_desktop.ui.widgets import label


def priority_chip(priority: str, lang: str = "en") -> QLabel:
    chip = label(wrap=False)
    set_priority_chip(chip, priority, lang)
    return chip


def _set_style_property(widget: QWidget, name: str, value: str) -> None:
    """Colours come from the window's style sheet, keyed by this property (ui/theme.py)."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):  # else done when shown
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def set_priority_chip(chip: QLabel, priority: str, lang: str = "en") -> None:
    """Colour AND icon AND word, so the priority reads without colour vision."""
    ps = priority_style(priority, lang)
    chip.setText(f"{ps.icon}  {ps.word}")
    _set_style_property(chip, "chip", priority)
    chip.setAccessibleName(ps.word)


def tile_label(text: str = "", role: str | None = None) -> QLabel:
    """A label in the list of tiles: a tile is one button (a click opens the card), so its
    text is not selectable, which also spares each label a text document of its own (the
    list lays out about twice as fast)."""
    lab = label(text, role)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return lab


class CardTile(QFrame):
    activated = Signal(str)

    def __init__(self, card: ActionCard, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.card_id = card.id
        self.card: ActionCard | None = None
        self.setObjectName("tile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 12, 0)
        self.stripe = QFrame()
        self.stripe.setFixedWidth(8)
        outer.addWidget(self.stripe)
        body = QVBoxLayout()
        body.setContentsMargins(8, 10, 0, 10)
        top = QHBoxLayout()
        self.chip = tile_label()
        self.chip.setWordWrap(False)
        top.addWidget(self.chip)
        self.title = tile_label("", "h3")
        top.addWidget(self.title, 1)
        body.addLayout(top)
        self.action = tile_label()
        body.addWidget(self.action)
        self.since = tile_label("", "muted")  # "New since your check-up in March 2025."
        self.since.hide()
        body.addWidget(self.since)
        outer.addLayout(body, 1)
        self.setAccessibleDescription(_("Press Enter to open this card."))
        self.setToolTip(_("Open this card"))
        self.set_card(card, lang)

    def set_card(self, card: ActionCard, lang: str = "en") -> None:
        """Show `card` (same id) in this tile; only what changed is touched."""
        if card == self.card:
            return
        self.card = card
        ps = priority_style(card.priority, lang)
        _set_style_property(self.stripe, "stripe", card.priority)
        set_priority_chip(self.chip, card.priority, lang)
        action = action_sentence(card, lang)
        for widget, text in ((self.title, card.title), (self.action, action)):
            if widget.text() != text:
                widget.setText(text)
        self._accessible = f"{ps.word}: {card.title}. {action}"
        self._name()

    def set_since(self, text: str) -> None:
        """"New since …" under the action, or nothing."""
        if text != self.since.text():
            self.since.setText(text)
        self.since.setVisible(bool(text))
        self._name()

    def _name(self) -> None:
        since = self.since.text() if not self.since.isHidden() else ""
        self.setAccessibleName(f"{self._accessible} {since}".strip())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.card_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.card_id)
        else:
            super().keyPressEvent(event)


class TilesView(QWidget):
    """The tiles. Laying out and painting a tile takes a few ms (wrapped text), so a long
    list is not put on screen in one go, which would freeze the window: the first
    SHOWN_AT_ONCE tiles come with the view, the others one per turn of the event loop."""

    SHOWN_AT_ONCE = 2

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
        self._order: list[tuple[str, str]] | None = None  # (id, priority) of the tiles shown
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

        # Said once, above everything, when any card is urgent; styled like nothing else
        # in the window (ui/theme.py: solid red, white words, the warning sign).
        self.urgent = QFrame()
        self.urgent.setObjectName("urgent")
        urgent_lay = QHBoxLayout(self.urgent)
        sign = label("⚠", "h1", wrap=False)
        sign.setAccessibleName(_("Warning"))
        urgent_lay.addWidget(sign, 0, Qt.AlignmentFlag.AlignTop)
        self.urgent_text = label("", "h2")
        self.urgent_text.setAccessibleName(_("Urgent"))
        urgent_lay.addWidget(self.urgent_text, 1)
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
        self._heads: dict[str, QLabel] = {}  # priority -> its group heading
        self._reveal = QTimer(self)
        self._reveal.setInterval(0)
        self._reveal.timeout.connect(self._show_next_tile)
        self._all_clear = [
            label(_("Nothing in this report needed a card: the results the app could read are "
                    "within the ranges printed by the lab."), "h3"),
            label(_("This is not a clean bill of health. Keep the report for your next "
                    "check-up, and ask your clinician if anything worries you."))]
        for text in self._all_clear:
            text.hide()
        # Quiet, below the cards: what the report's own summary lists without a card here.
        self.also = QFrame(self._content)
        self.also.setObjectName("also")
        also_lay = QVBoxLayout(self.also)
        also_lay.setContentsMargins(0, 16, 0, 0)
        self.also_heading = label("", "h3")
        self.also_intro = label("", "muted")
        self.also_list = label("", "muted")
        self.also_list.setAccessibleName(_("Also in your report"))
        for w in (self.also_heading, self.also_intro, self.also_list):
            also_lay.addWidget(w)
        self.also.hide()
        self._list.addWidget(self.also)
        # Quiet good news, never a card: results back in range since the last check-up,
        # and results still in range that keep going up.
        self.news = QFrame(self._content)
        self.news.setObjectName("also")
        news_lay = QVBoxLayout(self.news)
        news_lay.setContentsMargins(0, 16, 0, 0)
        self.back_heading = label(_("Back in range since last time"), "h3")
        self.back_list = label("", None)
        self.back_list.setAccessibleName(_("Back in range since last time"))
        self.rising_heading = label(_("Still in range, but going up"), "h3")
        self.rising_list = label("", "muted")
        self.rising_list.setAccessibleName(_("Still in range, but going up"))
        for w in (self.back_heading, self.back_list, self.rising_heading, self.rising_list):
            news_lay.addWidget(w)
        self.news.hide()
        self._list.addWidget(self.news)
        self._since: dict[str, str] = {}

    def set_comparison(self, since: dict[str, str], back: list[str],
                       rising: list[str]) -> None:
        """What the history says: "new since" per card, and the quiet lists."""
        self._since = dict(since)
        for tile in self.tiles:
            tile.set_since(self._since.get(tile.card_id, ""))
        self.back_list.setText("\n".join("• " + line for line in back))
        self.rising_list.setText("\n".join("• " + line for line in rising))
        for w, on in ((self.back_heading, back), (self.back_list, back),
                      (self.rising_heading, rising), (self.rising_list, rising)):
            w.setVisible(bool(on))
        self.news.setVisible(bool(back or rising))

    def back_in_range_lines(self) -> list[str]:
        text = self.back_list.text() if not self.news.isHidden() else ""
        return [line.removeprefix("• ") for line in text.splitlines()]

    def rising_lines(self) -> list[str]:
        text = self.rising_list.text() if not self.news.isHidden() else ""
        return [line.removeprefix("• ") for line in text.splitlines()]

    def set_also_in_report(self, items: list[AlsoInReport]) -> None:
        if not items:
            self.also.hide()
            return
        self.also_heading.setText(also_heading(self.lang))
        self.also_intro.setText(also_intro(self.lang))
        self.also_list.setText("\n".join("• " + also_line(i, self.lang) for i in items))
        self.also.show()

    def also_lines(self) -> list[str]:
        text = self.also_list.text() if not self.also.isHidden() else ""
        return [line.removeprefix("• ") for line in text.splitlines()]

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
        """Show `cards`, most urgent first. Tiles already built for the same card ids are
        kept and updated where they changed, so calling this as each card arrives costs one
        new tile each time, and the finished list (or a model rewrite) costs next to nothing
        when nothing moved."""
        self.subtitle.setText(report_name)
        self.export_button.setEnabled(True)
        self.print_button.setEnabled(True)
        if lang != self.lang:  # the headings and tiles are worded in the old language
            self._clear()
            self.lang = lang
        groups = group_by_priority(cards)
        order = [(c.id, c.priority) for _p, group in groups for c in group]
        if order == self._order:  # nothing moves: update the tiles whose card changed
            by_id = {c.id: c for c in cards}
            for tile in self.tiles:
                tile.set_card(by_id[tile.card_id], lang)
            return
        self._order = order
        old = {t.card_id: t for t in self.tiles}
        kept = set(old)
        while self._list.count():  # the widgets stay; they are put back in the new order
            self._list.takeAt(0)
        self.tiles = []
        for priority, group in groups:
            head = self._heads.get(priority)
            if head is None:
                ps = priority_style(priority, lang)
                head = self._heads[priority] = tile_label(f"{ps.icon}  {ps.heading}", "h2")
                head.setProperty("group", priority)  # its colour: ui/theme.py
            self._list.addWidget(head)
            head.show()
            for card in group:
                tile = old.pop(card.id, None)
                if tile is None:
                    tile = CardTile(card, lang)
                    tile.activated.connect(self.card_activated)
                else:
                    tile.set_card(card, lang)
                tile.set_since(self._since.get(card.id, ""))
                self._list.addWidget(tile)
                self.tiles.append(tile)
        for tile in old.values():
            tile.deleteLater()
        for i, tile in enumerate(self.tiles):
            if tile.card_id in kept and self.isVisible():
                continue  # on screen already: leave it there
            tile.setHidden(i >= self.SHOWN_AT_ONCE)
        self._start_reveal()
        for priority, head in self._heads.items():
            if priority not in (p for p, _g in groups):
                head.hide()
        for text in self._all_clear:
            self._list.addWidget(text)
            text.setVisible(not cards)
        self._list.addWidget(self.also)
        self._list.addWidget(self.news)
        if not cards:
            self.urgent.hide()
            self.heading.setText(_("All clear"))
            return
        self.heading.setText(_("Your cards"))
        n_urgent = len(groups[0][1]) if groups and groups[0][0] == "urgent" else 0
        if n_urgent:
            self.urgent_text.setText(urgent_summary(n_urgent, lang))
        self.urgent.setVisible(bool(n_urgent))
        # Tab moves down the list in reading order.
        for a, b in zip(self.tiles, self.tiles[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._start_reveal()

    def _start_reveal(self) -> None:
        if self.isVisible() and any(t.isHidden() for t in self.tiles):
            self._reveal.start()

    def _show_next_tile(self) -> None:
        hidden = [t for t in self.tiles if t.isHidden()]
        if hidden and self.isVisible():
            hidden[0].show()
        if len(hidden) <= 1 or not self.isVisible():
            self._reveal.stop()

    def _clear(self) -> None:
        self._list.removeWidget(self.also)
        self._list.removeWidget(self.news)
        for widget in (*self.tiles, *self._heads.values()):
            self._list.removeWidget(widget)
            widget.deleteLater()
        self.tiles, self._heads, self._order = [], {}, None

    def tile_ids(self) -> list[str]:
        return [t.card_id for t in self.tiles]
