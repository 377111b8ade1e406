"""How far a result lies outside its range: one measure for routing unknown tests, naming the
test in a card title, ordering a card's results and the "Very high" word on screen."""

from __future__ import annotations

import re

from checkup_desktop.core.models import Evidence, Finding
from checkup_desktop.core.ranges import parse_range
from checkup_desktop.core.textnorm import parse_number

# A result at least this many times beyond its limit (x the upper, 1/x the lower) is "far out":
# the card names the test ("Potassium very high") and an unknown test is seen within a week.
FAR_OUT = 2.0


def distance(value: float | None, low: float | None, high: float | None) -> float | None:
    """1.0 at the limit, 2.0 at twice the upper limit or half the lower one; None when the
    value is inside, or there is no number or no limit on that side."""
    if value is None:
        return None
    if high is not None and high > 0 and value > high:
        return value / high
    if low is not None and low > 0 and value < low:
        return low / value if value > 0 else float("inf")
    return None


def finding_distance(f: Finding) -> float | None:
    return distance(f.value_num, f.low, f.high)


def severity(f: Finding) -> float:
    """For sorting, most abnormal first: critical results, then by distance."""
    if f.flag.startswith("critical"):
        return float("inf")
    return finding_distance(f) or 1.0


def far_out(f: Finding) -> bool:
    d = finding_distance(f)
    return f.flag.startswith("critical") or (d is not None and d >= FAR_OUT)


def evidence_numbers(ev: Evidence) -> tuple[float, float | None, float | None] | None:
    """(value, low, high) of a result as printed, or None when it has no number or range."""
    m = re.search(r"[-+]?\d[\d,]*(?:\.\d+)?", ev.value)
    rng = parse_range(ev.reference_range) if ev.reference_range else None
    if m is None or rng is None:
        return None
    value = parse_number(m.group(0))
    return None if value is None else (value, rng.low, rng.high)


def shown_flag(ev: Evidence) -> str:
    """The flag to show: "critical_high"/"critical_low" ("Very high") also for a result far
    outside the range it was printed with, so TSH 96.2 of 0.30-4.5 is never just "High"."""
    if ev.flag not in ("high", "low"):
        return ev.flag
    numbers = evidence_numbers(ev)
    d = distance(*numbers) if numbers else None
    return f"critical_{ev.flag}" if d is not None and d >= FAR_OUT else ev.flag
