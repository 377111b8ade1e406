"""Pictures where people would rather look than read: where a value sits in its range, and a
value over the years against its range band. Drawn with QPainter (no extra Qt module), readable
in high contrast and in black and white: out-of-range zones are hatched, not only coloured, and
the value is a black marker with its number. Each chart carries its text as accessible name."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from checkup_desktop.core.range_scale import BarScale, bar_scale


def _zone_brush(zone: str, palette: QPalette) -> QBrush:
    if zone == "normal":
        return QBrush(palette.color(QPalette.ColorRole.Base))
    # thin diagonal lines in the text colour: visible in black-and-white print and in high
    # contrast, where a tint would vanish
    return QBrush(palette.color(QPalette.ColorRole.WindowText), Qt.BrushStyle.BDiagPattern)


def _fmt(v: float) -> str:
    return f"{v:.4g}"


def _label(p: QPainter, box: QRectF, flags, text: str, pal: QPalette) -> None:
    """Text on a patch of the background colour, so hatching never runs through a number."""
    tight = p.boundingRect(box, flags, text).adjusted(-2, 0, 2, 0)
    p.fillRect(tight, pal.color(QPalette.ColorRole.Base))
    p.drawText(box, flags, text)


class RangeBar(QWidget):
    """Low, normal and high zones with the value marked."""

    def __init__(self, value: float, low: float | None, high: float | None, text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value, self.low, self.high = value, low, high
        self.scale: BarScale | None = bar_scale([value], low, high)
        self.setAccessibleName(text)
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(220, int(3.2 * self.fontMetrics().height()))

    def bar_rect(self) -> QRectF:
        h = self.fontMetrics().height()
        return QRectF(4, h * 1.1, self.width() - 8, h * 0.9)

    def marker_x(self) -> float:
        r = self.bar_rect()
        return r.left() + (self.scale.x(self.value) if self.scale else 0.5) * r.width()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        if self.scale is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        r = self.bar_rect()
        text = pal.color(QPalette.ColorRole.WindowText)
        for zone, a, b in self.scale.zones:
            zr = QRectF(r.left() + a * r.width(), r.top(), (b - a) * r.width(), r.height())
            p.fillRect(zr, _zone_brush(zone, pal))
        p.setPen(QPen(text, 1.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(r)
        # the limits as ticks with their numbers under the bar
        h = self.fontMetrics().height()
        for limit in (self.low, self.high):
            if limit is None:
                continue
            x = r.left() + self.scale.x(limit) * r.width()
            p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()))
            p.drawText(QRectF(x - 40, r.bottom() + 1, 80, h), Qt.AlignmentFlag.AlignHCenter,
                       _fmt(limit))
        # the value: a thick line through the bar and a triangle above it
        x = self.marker_x()
        p.setPen(QPen(text, 3))
        p.drawLine(QPointF(x, r.top() - 2), QPointF(x, r.bottom() + 2))
        p.setBrush(text)
        p.setPen(Qt.PenStyle.NoPen)
        tri = QPolygonF([QPointF(x - 5, r.top() - 9), QPointF(x + 5, r.top() - 9),
                         QPointF(x, r.top() - 2)])
        p.drawPolygon(tri)
        p.setPen(QPen(text, 1))
        right_side = x < r.left() + r.width() * 0.75  # the number beside the marker, inside
        box = QRectF(x + 8, 0, 90, h) if right_side else QRectF(x - 98, 0, 90, h)
        p.drawText(box, (Qt.AlignmentFlag.AlignLeft if right_side else Qt.AlignmentFlag.AlignRight)
                   | Qt.AlignmentFlag.AlignTop, _fmt(self.value))
        p.end()


class TrendChart(QWidget):
    """A value over time (oldest left) against its range band; each reading a dot with its
    number, joined by a line."""

    def __init__(self, points: list[tuple[str, float]], low: float | None,
                 high: float | None, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points = points  # (date label, value), oldest first
        self.low, self.high = low, high
        self.scale = bar_scale([v for _d, v in points], low, high)
        self.setAccessibleName(text)
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(260, 7 * self.fontMetrics().height())

    def plot_rect(self) -> QRectF:
        h = self.fontMetrics().height()
        # room on the right for the range's limits, written beside the band's edges
        limits = [_fmt(v) for v in (self.low, self.high) if v is not None]
        right = max((self.fontMetrics().horizontalAdvance(t) for t in limits), default=0) + 14
        return QRectF(8, h * 1.2, self.width() - 8 - right, self.height() - h * 2.6)

    def point_at(self, i: int) -> QPointF:
        r = self.plot_rect()
        n = len(self.points)
        x = r.left() + (r.width() * (i + 0.5) / n)
        y = r.bottom() - (self.scale.x(self.points[i][1]) if self.scale else 0.5) * r.height()
        return QPointF(x, y)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        if self.scale is None or not self.points:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        r = self.plot_rect()
        for zone, a, b in self.scale.zones:  # bands from the bottom up
            band = QRectF(r.left(), r.bottom() - b * r.height(), r.width(), (b - a) * r.height())
            p.fillRect(band, _zone_brush(zone, pal))
        p.setPen(QPen(text, 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(r)
        p.setPen(QPen(text, 2))
        pts = [self.point_at(i) for i in range(len(self.points))]
        for a, b in zip(pts, pts[1:], strict=False):
            p.drawLine(a, b)
        h = self.fontMetrics().height()
        # the range's limits, at the right end of the band's edges
        p.setPen(QPen(text, 1))
        for limit in (self.low, self.high):
            if limit is None:
                continue
            y = r.bottom() - self.scale.x(limit) * r.height()
            p.drawLine(QPointF(r.right(), y), QPointF(r.right() + 4, y))
            p.drawText(QRectF(r.right() + 6, y - h / 2, 80, h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, _fmt(limit))
        for (day, value), pt in zip(self.points, pts, strict=True):
            p.setBrush(text)
            p.drawEllipse(pt, 4, 4)
            p.setBrush(Qt.BrushStyle.NoBrush)
            _label(p, QRectF(pt.x() - 45, pt.y() - h - 4, 90, h), Qt.AlignmentFlag.AlignHCenter,
                   _fmt(value), pal)
            p.drawText(QRectF(pt.x() - 55, r.bottom() + 2, 110, h),
                       Qt.AlignmentFlag.AlignHCenter, day)
        p.end()


