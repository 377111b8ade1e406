"""Results over the years (DESIGN §3 step 8): each result of a new analysis matched to the same
test in earlier analyses from the history, by knowledge-base analyte id (units converted) or
narrative finding id. Qt-free; the window and the handout show what this returns. A report's
own table of earlier years (Analysis.earlier_results, core/report_history.py) counts as earlier
check-ups too; where the history holds an analysis of the same check-up, the history's wins.

What it answers, in the person's words: "LDL 190 mg/dL, up from 160 in March 2025"; which
issues are new since the last check-up; which results are back in range (good news, never a
card); which results rise inside the range (mentioned, never a card by itself).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from checkup_desktop.core.i18n import N_, format_date, format_number, translate
from checkup_desktop.core.knowledge import KnowledgeBase
from checkup_desktop.core.models import ActionCard, Analysis, EarlierResult, Finding
from checkup_desktop.core.report_history import same_checkup

# A change smaller than this share of the earlier value reads as "about the same".
SAME_WITHIN = 0.05
# A rise inside the range worth a mention: at least this share over the readings shown.
RISING_BY = 0.15


class Year(dt.date):
    """A check-up known only by its year (a previous-years table headed "2024"): shown as
    "2024", never as "January 2024"."""

    def __new__(cls, year, month=None, day=None):
        if month is None and isinstance(year, int):
            return super().__new__(cls, year, 1, 1)
        return super().__new__(cls, year, *(a for a in (month, day) if a is not None))


def checkup_day(printed: str) -> dt.date:
    """"2024-05-20", "2024-05" (the 1st) or "2024" (a Year) as a date."""
    parts = [int(p) for p in printed.split("-")]
    if len(parts) == 1:
        return Year(parts[0])
    return dt.date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)


@dataclass(frozen=True)
class Reading:
    """One result on one date, in the unit of the newest report."""

    date: dt.date
    value: float
    flag: str
    low: float | None = None
    high: float | None = None


@dataclass
class Trend:
    key: str  # knowledge-base analyte id
    label: str  # as the newest report prints it
    unit: str
    readings: list[Reading]  # oldest first; the last one is the newest report's

    @property
    def previous(self) -> Reading | None:
        return self.readings[-2] if len(self.readings) >= 2 else None

    @property
    def change(self) -> str | None:
        """"up", "down" or "same" against the previous reading."""
        prev = self.previous
        if prev is None:
            return None
        now = self.readings[-1].value
        if abs(now - prev.value) <= SAME_WITHIN * max(abs(prev.value), 1e-9):
            return "same"
        return "up" if now > prev.value else "down"


@dataclass(frozen=True)
class BackInRange:
    key: str
    label: str
    unit: str
    value: float
    before: Reading


@dataclass
class Comparison:
    date: dt.date | None  # the newest report's
    trends: dict[str, Trend] = field(default_factory=dict)
    new_since: dict[str, dt.date] = field(default_factory=dict)  # card id -> earlier date
    back_in_range: list[BackInRange] = field(default_factory=list)
    rising_in_range: list[Trend] = field(default_factory=list)

    def card_trends(self, card: ActionCard, analysis: Analysis) -> list[Trend]:
        keys = _card_keys(card, analysis)
        return [self.trends[k] for k in keys if k in self.trends]


def _convert(analyte, value: float, from_unit: str, to_unit: str) -> float | None:
    """`value` printed in `from_unit` expressed in `to_unit`, through the canonical unit."""
    if _norm(from_unit) == _norm(to_unit):
        return value
    canon = analyte.to_canonical(value, from_unit)
    zero, one = analyte.to_canonical(0.0, to_unit), analyte.to_canonical(1.0, to_unit)
    if canon is None or zero is None or one is None or one == zero:
        return None
    return (canon - zero) / (one - zero)


def _norm(unit: str) -> str:
    return "".join(unit.split()).casefold()


def _labs(analysis: Analysis) -> dict[str, Finding]:
    """The first numeric lab result of each known analyte in an analysis."""
    out: dict[str, Finding] = {}
    for f in analysis.findings:
        if f.kind == "lab" and f.key and f.value_num is not None:
            out.setdefault(f.key, f)
    return out


def _narrative_keys(analysis: Analysis) -> set[str]:
    return {f.key for f in analysis.findings if f.kind == "narrative" and f.key}


def _card_keys(card: ActionCard, analysis: Analysis) -> list[str]:
    """Analyte or finding ids of a card's evidence, in the card's order."""
    keys = []
    for ev in card.evidence:
        f = next((f for f in analysis.findings if f.label == ev.label and f.page == ev.page
                  and f.value == ev.value), None)
        if f is not None and f.key and f.key not in keys:
            keys.append(f.key)
    return keys


def compare(current: Analysis, current_date: dt.date | None,
            earlier: list[tuple[dt.date, Analysis]], kb: KnowledgeBase) -> Comparison:
    """Match `current` against `earlier` analyses (any order; those dated after the current one
    are ignored, so importing old reports later never calls them "new") and against the
    earlier check-ups the current report prints itself, then those the earlier reports print
    (a check-up already known counts once: the history's, else the newest report's table)."""
    printed = printed_checkups(current, current_date, earlier)
    this = [(current_date, current)] if current_date is not None else []
    for day, analysis in sorted(earlier, key=lambda p: p[0], reverse=True):
        printed += printed_checkups(analysis, day, [*this, *earlier, *printed])
    earlier = [*earlier, *printed]
    past = sorted(((d, a) for d, a in earlier if current_date is None or d < current_date),
                  key=lambda p: p[0])
    result = Comparison(date=current_date)
    now_labs = _labs(current)
    for key, f in now_labs.items():
        analyte = kb.analyte(key)
        if analyte is None:
            continue
        readings = []
        for day, analysis in past:
            old = _labs(analysis).get(key)
            if old is None or old.value_num is None:
                continue
            value = _convert(analyte, old.value_num, old.unit, f.unit)
            if value is None:
                continue
            low = _convert(analyte, old.low, old.unit, f.unit) if old.low is not None else None
            high = _convert(analyte, old.high, old.unit, f.unit) if old.high is not None else None
            readings.append(Reading(day, value, old.flag, low, high))
        if not readings:
            continue
        readings.append(Reading(current_date or readings[-1].date, f.value_num, f.flag,
                                f.low, f.high))
        trend = Trend(key, f.label, f.unit, readings)
        result.trends[key] = trend
        prev = trend.previous
        if f.flag == "normal" and prev is not None and prev.flag != "normal":
            result.back_in_range.append(BackInRange(key, f.label, f.unit, f.value_num, prev))
        elif f.flag == "normal" and _rising(trend):
            result.rising_in_range.append(trend)
    for card in current.cards:
        day = _absent_before(card, current, past)
        if day is not None:
            result.new_since[card.id] = day
    return result


def printed_checkups(current: Analysis, current_date: dt.date | None,
                     earlier: list[tuple[dt.date, Analysis]]) -> list[tuple[dt.date, Analysis]]:
    """The earlier check-ups `current` prints (a previous-years table), one analysis each, but
    those the history already holds (`earlier`: the history's analysis wins) and the current
    report's own."""
    by_date: dict[str, list[EarlierResult]] = {}
    for r in current.earlier_results:
        by_date.setdefault(r.date, []).append(r)
    out = []
    for printed, rows in by_date.items():
        if current_date is not None and same_checkup(printed, current_date):
            continue
        if any(same_checkup(printed, day) for day, _a in earlier):
            continue
        findings = [Finding(label=r.label, value=r.value, unit=r.unit, flag=r.flag,
                            page=r.page, text=f"{r.label} {r.value} {r.unit}".strip(),
                            kind="lab", value_num=r.value_num, low=r.low, high=r.high,
                            key=r.key) for r in rows]
        out.append((checkup_day(printed), Analysis(source=current.source, pages=current.pages,
                                                   findings=findings,
                                                   language=current.language,
                                                   report_date=printed)))
    return out


def _rising(trend: Trend) -> bool:
    values = [r.value for r in trend.readings]
    return (len(values) >= 2 and all(b >= a for a, b in zip(values, values[1:], strict=False))
            and values[0] > 0 and (values[-1] - values[0]) / values[0] >= RISING_BY)


def _absent_before(card: ActionCard, current: Analysis,
                   past: list[tuple[dt.date, Analysis]]) -> dt.date | None:
    """The date of the latest earlier report that looked at this issue and found nothing
    abnormal: the issue is "new since" then. None when no earlier report looked at it."""
    keys = _card_keys(card, current)
    if not keys:
        return None
    for day, analysis in reversed(past):
        labs = _labs(analysis)
        narrative = _narrative_keys(analysis)
        measured = [k for k in keys if k in labs]
        if any(k in narrative for k in keys):
            return None  # the same finding was described then
        if measured:
            if any(labs[k].flag != "normal" for k in measured):
                return None  # it was already out of range then
            return day
    return None


# --------------------------------------------------------------------------- words

_CHANGE = {
    "en": {"up": N_("{label} {value} {unit}, up from {before} in {when}."),
           "down": N_("{label} {value} {unit}, down from {before} in {when}."),
           "same": N_("{label} {value} {unit}, about the same as in {when} ({before})."),
           "new": N_("New since your check-up in {when}."),
           "back": N_("{label} is back in range: {value} {unit} (it was {before} in {when})."),
           "rising": N_("{label} is still in range but has gone up: {values}.")},
    "zh": {"up": "{label} {value} {unit}，比{when}的{before}升高。",
           "down": "{label} {value} {unit}，比{when}的{before}降低。",
           "same": "{label} {value} {unit}，与{when}（{before}）大致相同。",
           "new": "自{when}的体检以来新出现。",
           "back": "{label}已回到参考范围内：{value} {unit}（{when}时为{before}）。",
           "rising": "{label}仍在参考范围内，但在上升：{values}。"},
}


def _words(kind: str, lang: str) -> str:
    return _CHANGE["zh"][kind] if lang == "zh" else translate(lang, _CHANGE["en"][kind])


def when(day: dt.date, lang: str) -> str:
    """"March 2025" / "2025年3月": a check-up is remembered by its month ("2024" / "2024年"
    when only its year is known)."""
    if isinstance(day, Year):
        return f"{day.year}年" if lang == "zh" else str(day.year)
    return format_date(day, lang, format="yyyy年M月" if lang == "zh" else "MMMM y")


def _num(value: float, lang: str) -> str:
    return format_number(round(value, 2), lang)


def change_sentence(trend: Trend, lang: str = "en") -> str:
    prev, now = trend.previous, trend.readings[-1]
    assert prev is not None
    return _words(trend.change or "same", lang).format(
        label=trend.label, value=_num(now.value, lang), unit=trend.unit,
        before=_num(prev.value, lang), when=when(prev.date, lang)).replace("  ", " ")


def new_since_sentence(day: dt.date, lang: str = "en") -> str:
    return _words("new", lang).format(when=when(day, lang))


def back_in_range_sentence(item: BackInRange, lang: str = "en") -> str:
    return _words("back", lang).format(
        label=item.label, value=_num(item.value, lang), unit=item.unit,
        before=_num(item.before.value, lang), when=when(item.before.date, lang)).replace("  ", " ")


def rising_sentence(trend: Trend, lang: str = "en") -> str:
    values = " → ".join(f"{_num(r.value, lang)} ({when(r.date, lang)})" for r in trend.readings)
    return _words("rising", lang).format(label=trend.label, values=values)
