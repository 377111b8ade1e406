"""Issue 14 §2: the range bar and the trend chart are drawn (pixels checked, not only widgets),
readable in black and white and in high contrast, and carry their text for screen readers."""

from PySide6.QtGui import QColor, QPalette

from checkup_desktop.ui.charts import RangeBar, TrendChart


def _gray(img, x, y):
    c = QColor(img.pixel(int(x), int(y)))
    return 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()


def _zone_pixels(img, x0, x1, y):
    return [_gray(img, x, y) for x in range(int(x0) + 2, int(x1) - 2)]


def _show(qtbot, w, width, height):
    qtbot.addWidget(w)
    w.resize(width, height)
    w.show()
    qtbot.waitExposed(w)
    return w.grab().toImage()


def test_the_range_bar_marks_the_value_and_hatches_out_of_range_zones(qtbot):
    bar = RangeBar(6.9, 3.5, 5.1, "Potassium 6.9 mmol/L, above the range (3.5 - 5.1).")
    img = _show(qtbot, bar, 320, 60)
    r = bar.bar_rect()
    mid_y = r.center().y()
    # the marker: a dark line at the value's place, right of the upper limit
    x = bar.marker_x()
    assert x > r.left() + bar.scale.x(5.1) * r.width()
    assert _gray(img, x, mid_y) < 80
    zones = {z: (r.left() + a * r.width(), r.left() + b * r.width()) for z, a, b in bar.scale.zones}
    normal = _zone_pixels(img, *zones["normal"], mid_y)
    low = _zone_pixels(img, *zones["low"], mid_y + 3)
    # the normal zone is plain; an out-of-range zone is hatched (dark and light pixels mixed),
    # so it reads in black-and-white print without colour
    assert max(normal) - min(normal) < 10
    assert max(low) - min(low) > 60
    assert bar.accessibleName().startswith("Potassium 6.9")


def test_the_range_bar_stays_readable_in_high_contrast(qtbot):
    bar = RangeBar(2.0, 3.5, 5.1, "Potassium 2.0, below the range.")
    pal = bar.palette()
    pal.setColor(QPalette.ColorRole.Window, QColor("black"))
    pal.setColor(QPalette.ColorRole.Base, QColor("black"))
    pal.setColor(QPalette.ColorRole.WindowText, QColor("white"))
    pal.setColor(QPalette.ColorRole.Mid, QColor("white"))
    bar.setPalette(pal)
    bar.setAutoFillBackground(True)
    img = _show(qtbot, bar, 320, 60)
    r = bar.bar_rect()
    assert _gray(img, bar.marker_x(), r.center().y()) > 200  # a white marker on black
    assert _gray(img, r.right() - 30, r.center().y()) < 60  # the normal zone stays dark


def test_the_trend_chart_draws_each_reading_against_the_band(qtbot):
    chart = TrendChart([("Mar 2024", 150.0), ("Mar 2025", 160.0), ("Mar 2026", 190.0)],
                       None, 100.0, "LDL 190 mg/dL, up from 160 in March 2025.")
    img = _show(qtbot, chart, 360, 150)
    pts = [chart.point_at(i) for i in range(3)]
    assert pts[0].y() > pts[2].y()  # higher values are drawn higher
    for pt in pts:
        assert _gray(img, pt.x(), pt.y()) < 80  # a dark dot at each reading
    r = chart.plot_rect()
    top_band = _zone_pixels(img, r.left(), r.left() + 40, r.top() + 4)
    assert max(top_band) - min(top_band) > 60  # above the range: hatched
    assert "up from 160" in chart.accessibleName()
