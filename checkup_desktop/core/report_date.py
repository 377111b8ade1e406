"""The collection date a report prints ("Collected: 12/03/2025", "采样时间：2025-03-12"), for
trends over the years. None when the report gives none: then the user is asked."""

from __future__ import annotations

import datetime as dt
import re

from checkup_desktop.core.pdf import Document

# Labels of the date a sample was taken, most specific first; a report date is the fallback.
_LABELS = [
    r"(?:sample\s+)?collect(?:ed|ion)(?:\s+(?:on|date|date\s*/\s*time|time))?",
    r"(?:sample|specimen)\s+(?:date|drawn|taken)", r"date\s+of\s+(?:collection|sample)",
    r"采样(?:日期|时间)", r"采集(?:日期|时间)", r"体检日期", r"检查日期", r"送检日期",
    r"(?:report(?:ed)?|registration|registered)(?:\s+(?:on|date))?", r"报告日期", r"date",
]
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_NUMERIC = re.compile(
    r"(?P<y1>(?:19|20)\d\d)\s*[-/.年]\s*(?P<m1>\d{1,2})\s*[-/.月]\s*(?P<d1>\d{1,2})日?|"
    r"(?P<d2>\d{1,2})\s*[-/.]\s*(?P<m2>\d{1,2})\s*[-/.]\s*(?P<y2>(?:19|20)\d\d)")
_WORDY = re.compile(
    r"(?P<d>\d{1,2})(?:st|nd|rd|th)?[\s-]*(?P<mon>[A-Za-z]{3,9})[\s,-]*(?P<y>(?:19|20)\d\d)|"
    r"(?P<mon2>[A-Za-z]{3,9})\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)")


def parse_date(text: str) -> dt.date | None:
    """The first date in `text`. Numeric day/month order is day first (most labs outside the
    US print it so), unless the first number cannot be a day... or a month."""
    m = _WORDY.search(text)
    if m:
        mon = (m.group("mon") or m.group("mon2"))[:3].casefold()
        day = m.group("d") or m.group("d2")
        year = m.group("y") or m.group("y2")
        if mon in _MONTHS:
            return _safe(int(year), _MONTHS[mon], int(day))
    m = _NUMERIC.search(text)
    if not m:
        return None
    if m.group("y1"):
        return _safe(int(m.group("y1")), int(m.group("m1")), int(m.group("d1")))
    a, b, year = int(m.group("d2")), int(m.group("m2")), int(m.group("y2"))
    if b > 12 >= a:  # "03/25/2025": month first
        a, b = b, a
    return _safe(year, b, a)


def _safe(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def collection_date(doc: Document) -> dt.date | None:
    """The date the report gives for the sample, from the first pages' labelled dates."""
    lines = [ln.text for page in doc.pages[:3] for ln in page.lines]
    for label in _LABELS:
        rx = re.compile(rf"(?:^|[\s|,;(]){label}\s*[:：]?\s*(?P<rest>.{{0,40}})", re.IGNORECASE)
        for text in lines:
            for m in rx.finditer(text):
                found = parse_date(m.group("rest"))
                if found is not None and dt.date(1990, 1, 1) <= found <= dt.date.today():
                    return found
    return None
