"""A report page as an image with the evidence outlined, and zoom."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from checkup_desktop.core.models import BBox
from checkup_desktop.core.page_image import render_page
from checkup_desktop.ui.tr import _
from checkup_desktop.ui.widgets import label

ZOOMS = (0.75, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0)
FIT_MIN = 0.4  # fitting the page to the width goes this far down


class PageViewer(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: str | None = None
        self.password: str | None = None
        self.page = 0
        self.bboxes: list[BBox] = []
        self.zoom = 1.25
        self.fit_width = True  # until the user zooms: the whole page width is visible
        self.highlight_rects: list[QRectF] = []  # in image pixels, for tests and a11y
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.caption = label("", "h3")
        bar.addWidget(self.caption, 1)
        self.zoom_out = QPushButton("−")
        self.zoom_out.setAccessibleName(_("Zoom out"))
        self.zoom_out.setToolTip(_("Zoom out (Ctrl+-)"))
        self.zoom_in = QPushButton("+")
        self.zoom_in.setAccessibleName(_("Zoom in"))
        self.zoom_in.setToolTip(_("Zoom in (Ctrl++)"))
        self.zoom_out.clicked.connect(lambda: self.step_zoom(-1))
        self.zoom_in.clicked.connect(lambda: self.step_zoom(+1))
        bar.addWidget(self.zoom_out)
        bar.addWidget(self.zoom_in)
        lay.addLayout(bar)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setAccessibleName(_("Report page"))
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.image)
        # The image keeps its own size (a resizable one was squeezed to the view and its
        # right-hand columns cut off when zoomed in); centred while it is narrower.
        self.scroll.setWidgetResizable(False)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll.setMinimumWidth(320)
        lay.addWidget(self.scroll, 1)

    def show_page(self, path: str | Path, page: int, bboxes: list[BBox], *,
                  password: str | None = None) -> None:
        self.path, self.page, self.bboxes = str(path), page, list(bboxes)
        self.password = password
        self._render()

    def reset_zoom(self) -> None:
        """Back to the whole page width, at the top (a new card)."""
        self.fit_width = True
        self.zoom = 1.25
        self.scroll.horizontalScrollBar().setValue(0)
        self.scroll.verticalScrollBar().setValue(0)

    def step_zoom(self, step: int) -> None:
        self.fit_width = False
        if step > 0:  # the next step up from where it is (a fitted page is in between)
            self.zoom = next((z for z in ZOOMS if z > self.zoom * 1.01), ZOOMS[-1])
        else:
            self.zoom = next((z for z in reversed(ZOOMS) if z < self.zoom * 0.99),
                             min(self.zoom, ZOOMS[0]))
        self._render()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.fit_width and self.path and event.oldSize().width() != event.size().width():
            self._render()

    def _render(self) -> None:
        if not self.path or not self.page:
            return
        try:
            img = render_page(self.path, self.page, zoom=self.zoom, password=self.password)
        except Exception:  # the report moved or changed since it was read: say so, go on
            self.image.setPixmap(QPixmap())
            self.image.setText(_("This page cannot be shown: the report file has changed "
                                 "or moved."))
            self.highlight_rects = []
            return
        if self.fit_width:
            bar = self.scroll.verticalScrollBar().sizeHint().width()
            room = self.scroll.width() - bar - 2 * self.scroll.frameWidth() - 6
            # a narrow view may need a page smaller than the smallest zoom step
            fit = max(FIT_MIN, min(ZOOMS[-1], room / (img.width / img.scale)))
            if abs(fit - self.zoom) / self.zoom > 0.05:
                self.zoom = fit
                img = render_page(self.path, self.page, zoom=self.zoom, password=self.password)
        pix = QPixmap()
        pix.loadFromData(img.png, "PNG")
        self.highlight_rects = [QRectF(*_xywh(img.to_pixels(b))) for b in self.bboxes]
        if self.highlight_rects:
            painter = QPainter(pix)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            # Thin outline and a light fill: neighbouring rows stay readable.
            painter.setPen(QPen(QColor("#D97706"), 1.5))
            painter.setBrush(QColor(253, 224, 71, 70))
            for r in self.highlight_rects:
                painter.drawRoundedRect(r.adjusted(-1.5, -1, 1.5, 1), 2, 2)
            painter.end()
        self.image.setPixmap(pix)
        self.image.resize(pix.size())  # now, so the scroll bars know the new size at once
        self.caption.setText(_("Page {page} of your report").format(page=self.page))
        self.scroll_to_highlight()

    def scroll_to_highlight(self) -> None:
        """The highlighted rows in view: vertically centred; horizontally the whole row when
        it fits (its right-hand columns, the result and the range, included), else its start."""
        if not self.highlight_rects:
            return
        area = self.highlight_rects[0]
        for r in self.highlight_rects[1:]:
            area = area.united(r)
        view = self.scroll.viewport().size()
        vbar, hbar = self.scroll.verticalScrollBar(), self.scroll.horizontalScrollBar()
        vbar.setRange(0, max(0, self.image.height() - view.height()))
        hbar.setRange(0, max(0, self.image.width() - view.width()))
        first = self.highlight_rects[0]
        vbar.setValue(int(first.center().y() - view.height() / 2))
        margin = 12
        lo, hi = area.right() + margin - view.width(), area.left() - margin
        hbar.setValue(int(max(0, lo)) if lo <= hi else int(hi))

    def highlight_visible(self) -> bool:
        """The first highlighted row is in the visible part of the page: all of it when it
        fits, else its beginning (tests, a11y)."""
        if not self.highlight_rects:
            return False
        r = self.highlight_rects[0]
        x, y = self.scroll.horizontalScrollBar().value(), self.scroll.verticalScrollBar().value()
        view = self.scroll.viewport().size()
        if not (r.top() >= y and r.bottom() <= y + view.height() and r.left() >= x):
            return False
        # the whole row when it fits in the view, else at least its start
        return r.width() > view.width() or r.right() <= x + view.width()


def _xywh(r: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = r
    return x0, y0, x1 - x0, y1 - y0
