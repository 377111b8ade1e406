"""Numbers as labs print them, and values chosen to land in a wanted triage level, away from
every range bound and threshold (so the gold never hinges on a rounding)."""

from __future__ import annotations

import random

from .catalog import Unit
from .convention import TABLE, classify

# ---- numbers ---------------------------------------------------------------------------


def _group_indian(digits: str) -> str:
    head, tail = digits[:-3], digits[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join([*parts, tail])


def fmt_num(v: float, dec: int, style: str) -> str:
    s = f"{v:.{max(dec, 0)}f}"  # dec < 0: counts rounded to tens / thousands
    if style == "comma":
        return s.replace(".", ",")
    if dec <= 0 and abs(v) >= 1000 and style in ("indian", "thousands"):
        sign, digits = ("-", s[1:]) if s.startswith("-") else ("", s)
        return sign + (_group_indian(digits) if style == "indian" else f"{int(digits):,}")
    return s


# ---- values ----------------------------------------------------------------------------


def _interval(state: str, key: str, lo: float | None, hi: float | None):
    a = TABLE[key]
    slight = a.mild == "low"  # "slightly out of range" analytes stay close to the range
    if state == "normal":
        if lo is not None and hi is not None:
            span = hi - lo
            return lo + 0.2 * span, hi - 0.2 * span
        if hi is not None:
            return hi * 0.55, hi * 0.9
        return lo * 1.15, lo * 1.7
    if state == "mild_hi":
        top = a.sev_hi or (a.sev_hi_x_uln * hi if a.sev_hi_x_uln else None) or a.crit_hi
        if slight:
            return hi * 1.04, hi * 1.12
        if top:
            return hi + 0.2 * (top - hi), hi + 0.7 * (top - hi)
        return hi * 1.08, hi * 1.3
    if state == "mild_lo":
        bottom = a.sev_lo or a.crit_lo
        if slight:
            return lo * 0.88, lo * 0.96
        if bottom:
            return lo - 0.7 * (lo - bottom), lo - 0.2 * (lo - bottom)
        return lo * 0.84, lo * 0.94
    if state == "sev_hi":
        t = a.sev_hi or a.sev_hi_x_uln * hi
        if a.crit_hi:  # strictly between the severity and the critical threshold
            return t + 0.25 * (a.crit_hi - t), t + 0.75 * (a.crit_hi - t)
        return t * 1.05, t * 1.5
    if state == "sev_lo":
        if a.crit_lo:
            gap = a.sev_lo - a.crit_lo
            return a.crit_lo + 0.25 * gap, a.crit_lo + 0.75 * gap
        return a.sev_lo * 0.5, a.sev_lo * 0.93
    raise ValueError(state)


# Analytes generated abnormal on one side only: the convention does not settle the other side
# (a high vitamin D; a low creatinine, urea or liver enzyme, which labs flag but rarely matter).
LOW_SIDE_ONLY = {"vit_d", "b12", "hdl"}
HIGH_SIDE_ONLY = {"creat", "urea", "bun", "uric", "ggt", "alp", "alt", "ast", "tbil"}


def abnormal_states(key: str, lo: float | None, hi: float | None) -> list[str]:
    """Abnormal states an analyte can be put in, with its printed range."""
    a = TABLE[key]
    out = []
    if hi is not None and not a.crit_above_range and key not in LOW_SIDE_ONLY:
        out.append("mild_hi")
        if a.sev_hi or a.sev_hi_x_uln:
            out.append("sev_hi")
    if lo is not None and lo > 0 and key not in HIGH_SIDE_ONLY:
        out.append("mild_lo")
        if a.sev_lo:
            out.append("sev_lo")
    return out


def _near_boundary(key: str, v: float, lo: float | None, hi: float | None) -> bool:
    a = TABLE[key]
    marks = [a.sev_lo, a.sev_hi, a.crit_lo, a.crit_hi]
    if a.sev_hi_x_uln and hi:
        marks.append(a.sev_hi_x_uln * hi)
    if any(m and abs(v - m) <= 0.012 * abs(m) for m in marks):
        return True
    # range bounds: narrow ranges (urine specific gravity) need a margin relative to the span
    span = (hi - lo) if lo is not None and hi is not None else None
    return any(
        m and abs(v - m) <= (min(0.012 * abs(m), 0.05 * span) if span else 0.012 * abs(m))
        for m in (lo, hi)
    )


_WANT = {"normal": "normal", "mild_hi": "mild", "mild_lo": "mild", "sev_hi": "severe",
         "sev_lo": "severe", "crit": "critical"}


def pick_value(rng: random.Random, key: str, state: str, unit: Unit, lo_p, hi_p, fixed=None):
    """A printed value (float, rounded as printed) whose level matches the state, away from
    every range bound and threshold; returns (printed value, level)."""
    f = unit.factor
    lo = lo_p / f if lo_p is not None else None
    hi = hi_p / f if hi_p is not None else None
    for _ in range(60):
        if fixed is not None:
            v_c = fixed
        else:
            a, b = _interval(state, key, lo, hi)
            v_c = rng.uniform(a, b)
        v_p = round(v_c * f, unit.dec)
        back = v_p / f
        level = classify(TABLE[key], back, lo, hi)
        if fixed is not None or (level == _WANT[state] and not _near_boundary(key, back, lo, hi)):
            return v_p, level
    raise RuntimeError(f"no value for {key} {state}")  # a table bug, not bad luck
