"""Where a value sits against its reference range, as fractions of a bar: one geometry for the
window's range bars and charts (QPainter) and the handout's (ReportLab)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BarScale:
    """A bar from `start` to `end` (value units) with the normal zone [low, high] inside."""

    start: float
    end: float
    low: float | None
    high: float | None

    def x(self, value: float) -> float:
        """0..1 along the bar (clamped: a value far outside sits at the end, drawn as such)."""
        span = self.end - self.start
        return 0.0 if span <= 0 else min(1.0, max(0.0, (value - self.start) / span))

    @property
    def zones(self) -> list[tuple[str, float, float]]:
        """("low" | "normal" | "high", from, to) as fractions, left to right."""
        lo = self.x(self.low) if self.low is not None else 0.0
        hi = self.x(self.high) if self.high is not None else 1.0
        out = []
        if lo > 0:
            out.append(("low", 0.0, lo))
        out.append(("normal", lo, hi))
        if hi < 1:
            out.append(("high", hi, 1.0))
        return out


def bar_scale(values: list[float], low: float | None, high: float | None) -> BarScale | None:
    """A scale that shows the normal zone and every value with some room on both sides; None
    when there is nothing to draw against (no limit at all)."""
    if low is None and high is None or not values:
        return None
    points = [v for v in values if v is not None] + [x for x in (low, high) if x is not None]
    lo, hi = min(points), max(points)
    width = (high - low) if (low is not None and high is not None and high > low) else \
        max(abs(hi), 1e-9)
    start = lo - 0.35 * width
    end = hi + 0.35 * width
    if low is not None and low >= 0 and start < 0:
        start = 0.0  # most results cannot be negative
    return BarScale(start, end, low, high)
