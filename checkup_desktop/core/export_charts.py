"""The handout's pictures (ReportLab graphics): a range bar per result and a small trend chart,
drawn like the window's (ui/charts.py, same geometry from core/range_scale.py). Black and white
by design: out-of-range zones are hatched, the value is a solid black marker with its number."""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from checkup_desktop.core.range_scale import bar_scale

HATCH_STEP = 3.0  # points between hatch lines


def _fmt(v: float) -> str:
    return f"{v:.4g}"


def _hatch(d: Drawing, x0: float, y0: float, x1: float, y1: float) -> None:
    """Diagonal lines (/) filling the box, each clipped to it."""
    h = y1 - y0
    t = x0 - h
    while t < x1:
        # the line from (t, y0) to (t + h, y1), clipped to x0..x1
        a, b = max(t, x0), min(t + h, x1)
        if b > a:
            d.add(Line(a, y0 + (a - t), b, y0 + (b - t), strokeWidth=0.4,
                       strokeColor=colors.black))
        t += HATCH_STEP


def range_bar(value: float, low: float | None, high: float | None, *, width: float = 150,
              height: float = 22, font: str = "Helvetica") -> Drawing | None:
    scale = bar_scale([value], low, high)
    if scale is None:
        return None
    d = Drawing(width, height)
    bar_y, bar_h = 8.0, 6.0
    x0, x1 = 2.0, width - 2.0
    span = x1 - x0
    for zone, a, b in scale.zones:
        if zone != "normal":
            _hatch(d, x0 + a * span, bar_y, x0 + b * span, bar_y + bar_h)
    d.add(Rect(x0, bar_y, span, bar_h, strokeColor=colors.black, strokeWidth=0.8,
               fillColor=None))
    for limit in (low, high):
        if limit is not None:
            lx = x0 + scale.x(limit) * span
            d.add(Line(lx, bar_y, lx, bar_y + bar_h, strokeWidth=0.8))
            d.add(String(lx, 0.5, _fmt(limit), fontName=font, fontSize=5.5, textAnchor="middle"))
    vx = x0 + scale.x(value) * span
    d.add(Line(vx, bar_y - 1.5, vx, bar_y + bar_h + 1.5, strokeWidth=2))
    d.add(Polygon([vx - 3, bar_y + bar_h + 6, vx + 3, bar_y + bar_h + 6, vx, bar_y + bar_h + 1.5],
                  fillColor=colors.black, strokeColor=None))
    anchor = "start" if vx < x0 + 0.75 * span else "end"
    d.add(String(vx + (4 if anchor == "start" else -4), bar_y + bar_h + 1.5, _fmt(value),
                 fontName=font, fontSize=6.5, textAnchor=anchor))
    return d


def trend_chart(points: list[tuple[str, float]], low: float | None, high: float | None, *,
                width: float = 170, height: float = 60, font: str = "Helvetica") -> Drawing | None:
    scale = bar_scale([v for _d, v in points], low, high)
    if scale is None or not points:
        return None
    d = Drawing(width, height)
    x0, y0, x1, y1 = 2.0, 10.0, width - 2.0, height - 9.0
    h = y1 - y0
    for zone, a, b in scale.zones:
        if zone != "normal":
            _hatch(d, x0, y0 + a * h, x1, y0 + b * h)
    d.add(Rect(x0, y0, x1 - x0, h, strokeColor=colors.black, strokeWidth=0.6, fillColor=None))
    n = len(points)
    xy = [(x0 + (x1 - x0) * (i + 0.5) / n, y0 + scale.x(v) * h) for i, (_d, v) in enumerate(points)]
    if n > 1:
        d.add(PolyLine([c for p in xy for c in p], strokeWidth=1.2, strokeColor=colors.black))
    for (day, value), (x, y) in zip(points, xy, strict=True):
        d.add(Circle(x, y, 2.2, fillColor=colors.black, strokeColor=colors.white,
                     strokeWidth=0.6))
        label = _fmt(value)  # on white: hatching never runs through a number
        w = stringWidth(label, font, 6)
        d.add(Rect(x - w / 2 - 1, y + 2.8, w + 2, 7, fillColor=colors.white, strokeColor=None))
        d.add(String(x, y + 3.5, label, fontName=font, fontSize=6, textAnchor="middle",
                     fillColor=colors.black))
        d.add(String(x, 1.5, day, fontName=font, fontSize=5.5, textAnchor="middle"))
    return d
