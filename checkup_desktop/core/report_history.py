"""Earlier check-ups printed inside a report (issue 14 §1): a table of previous years ("历年结果
对比": test | 2023-05-12 | 2024-05-20 | 本次 | 单位) or a previous-result column beside the
current one with its date in the header ("上次结果 2024-05-20", "Previous (14/05/2024)") or in
the cell ("5.2  05/14/2024").

The extractor (core/extract/layout.py) skips these tables, so they never become findings or cards;
this module reads them into EarlierResult rows (analyte matched through the knowledge base,
each value judged against a range as the report's own results are) for core/trends.py. A
column or cell without a date cannot be placed in time and is left out.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from checkup_desktop.core.extract import content_lines, detect_sex
from checkup_desktop.core.knowledge import KnowledgeBase
from checkup_desktop.core.models import EarlierResult, Finding
from checkup_desktop.core.ranges import NUM, Range, parse_range
from checkup_desktop.core.report_date import parse_date
from checkup_desktop.core.textnorm import parse_number

if TYPE_CHECKING:
    from checkup_desktop.core.pdf import Cell, Document, Line

# a check-up's date as a trend table's column prints it: "2024", "2024-05", "2024年5月"
_YEAR_MONTH = re.compile(
    r"^\s*(?P<y>(?:19|20)\d{2})\s*(?:年|(?:[-./]|年)\s*(?P<m>\d{1,2})\s*月?)?\s*(?:结果)?\s*$")
_CURRENT = re.compile(r"本次|当前|今年|current|this\s+(?:visit|time|report|year)|latest|today",
                      re.I)
_UNIT_HEAD = re.compile(r"^\s*(?:单位|units?)\s*$", re.I)
_RANGE_HEAD = re.compile(r"参考|正常值|range|ref(?:erence)?|interval", re.I)
_PREVIOUS_HEAD = re.compile(r"上次|前次|历史|上回|既往|previous|last\s+(?:result|value)|prior",
                            re.I)
_VALUE = re.compile(rf"^\s*(?P<cmp>[<>≤≥＜＞]=?)?\s*(?P<num>{NUM})\s*(?P<flag>[↑↓]+|[HL]\b|"
                    r"偏高|偏低|高|低)?")
_BP_LABEL = re.compile(r"blood\s+pressure|\bB\.?P\b|血压", re.I)
_BP_VALUE = re.compile(r"^\s*(\d{2,3})\s*/\s*(\d{2,3})\s*$")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_YEAR = re.compile(
    rf"^\s*(?P<mon>(?:{'|'.join(_MONTHS)})[a-z]*)\.?\s+(?P<y>(?:19|20)\d{{2}})\s*$", re.I)
# days apart within which a printed date and a report's date are the same check-up
SAME_CHECKUP_DAYS = 14


def checkup_date(text: str) -> str | None:
    """The date of a check-up a header or a cell prints: ISO "2024-05-20", or "2024-05" /
    "2024" when it prints only a month or a year."""
    m = _YEAR_MONTH.match(text)
    if m:
        y, mon = int(m.group("y")), m.group("m")
        if mon is None:
            return f"{y:04d}"
        return f"{y:04d}-{int(mon):02d}" if 1 <= int(mon) <= 12 else None
    m = _MONTH_YEAR.match(text)
    if m:
        return f"{m.group('y')}-{_MONTHS.index(m.group('mon')[:3].casefold()) + 1:02d}"
    day = parse_date(text)
    return day.isoformat() if day is not None else None


def same_checkup(printed: str, day: dt.date) -> bool:
    """Whether a printed date ("2025", "2025-03", "2025-03-10") is the check-up of `day`."""
    parts = [int(p) for p in printed.split("-")]
    if len(parts) == 1:
        return parts[0] == day.year
    if len(parts) == 2:
        return (parts[0], parts[1]) == (day.year, day.month)
    return abs((dt.date(*parts) - day).days) <= SAME_CHECKUP_DAYS


def earlier_results(doc: Document, findings: list[Finding], kb: KnowledgeBase,
                    report_date: dt.date | None = None) -> list[EarlierResult]:
    """The earlier results a report prints, oldest first; one per test and date."""
    sex = detect_sex(doc)
    current: dict[str, Finding] = {}
    for f in findings:
        if f.kind == "lab" and f.key and f.value_num is not None:
            current.setdefault(f.key, f)
    out: list[EarlierResult] = []
    for page in doc.pages:
        lines, layout = content_lines(page)
        out += _trend_tables(lines, layout.trend, current, kb, sex, report_date)
        out += _previous_columns(lines, layout, findings, kb, sex)
    seen: set[tuple[str, str]] = set()
    kept = []
    for r in out:
        if report_date is not None and same_checkup(r.date, report_date):
            continue  # this report's own results
        if (r.date, r.key) not in seen:
            seen.add((r.date, r.key))
            kept.append(r)
    return sorted(kept, key=lambda r: r.date)


# ------------------------------------------------------------------ tables of earlier years

Column = tuple[str, float, float, str]  # kind ("date", "current", "unit", "range", "other"),
# x0, x1, the date for "date"


def _cells(line: Line) -> list[Cell]:
    return [c for c in line.cells if c.text.strip()]


_HEAD_TOKEN = re.compile(r"(?:19|20)\d{2}(?:\s*[-./年]\s*\d{1,2}(?:\s*[-./月]\s*\d{1,2}日?)?)?年?|"
                         r"本次|当前")


def _split_glued(cell: Cell) -> list[tuple[str, float, float]]:
    """A header cell holding several columns' titles run together ("2023-05-122024-05-20本次":
    wide digits leave no gap between them), cut by their share of the characters."""
    t = cell.text.strip()
    tokens = list(_HEAD_TOKEN.finditer(t))
    if len(tokens) < 2 or "".join(m.group(0) for m in tokens) != t.replace(" ", ""):
        return [(t, cell.bbox[0], cell.bbox[2])]
    x0, width = cell.bbox[0], (cell.bbox[2] - cell.bbox[0]) / max(len(t), 1)
    return [(m.group(0), x0 + m.start() * width, x0 + m.end() * width) for m in tokens]


def _table_header(line: Line) -> list[Column] | None:
    """The columns of a trend table's header: at least two dated (or current) columns."""
    cols: list[Column] = []
    for t, x0, x1 in (part for c in _cells(line) for part in _split_glued(c)):
        day = checkup_date(t) if len(t) <= 24 else None
        kind = ("date" if day else "current" if _CURRENT.search(t) else
                "unit" if _UNIT_HEAD.match(t) else "range" if _RANGE_HEAD.search(t) else "other")
        cols.append((kind, x0, x1, day or ""))
    dated = sum(1 for k, *_ in cols if k == "date")
    if dated >= 1 and dated + sum(1 for k, *_ in cols if k == "current") >= 2:
        return cols
    return None


def _column(cell: Cell, cols: list[Column]) -> Column:
    """The header column a cell sits under: the most overlap, else the nearest centre."""
    cx = (cell.bbox[0] + cell.bbox[2]) / 2

    def distance(col: Column) -> float:
        overlap = min(cell.bbox[2], col[2]) - max(cell.bbox[0], col[1])
        return -overlap if overlap > 0 else abs(cx - (col[1] + col[2]) / 2)

    return min(cols, key=distance)


def _trend_tables(lines: list[Line], indices: list[int], current: dict[str, Finding],
                  kb: KnowledgeBase, sex: str | None,
                  report_date: dt.date | None) -> list[EarlierResult]:
    out: list[EarlierResult] = []
    cols: list[Column] | None = None
    table: list[EarlierResult] = []
    for i in indices:
        line = lines[i]
        header = _table_header(line)
        if header is not None:
            out += _without_current_column(table, current, report_date)
            cols, table = header, []
            continue
        cells = _cells(line)
        if cols is None or len(cells) < 2:
            continue
        first_value_x = min((c[1] for c in cols if c[0] in ("date", "current")), default=0.0)
        label_cells = [c for c in cells if c.bbox[2] <= first_value_x + 2]
        if not label_cells:
            continue
        label = " ".join(c.text.strip() for c in label_cells)
        by_kind: dict[str, list[tuple[str, Cell]]] = {}
        for c in cells[len(label_cells):]:
            col = _column(c, cols)
            by_kind.setdefault(col[0], []).append((col[3], c))
        unit = " ".join(c.text.strip() for _d, c in by_kind.get("unit", []))
        rng_text = " ".join(c.text.strip() for _d, c in by_kind.get("range", []))
        rng = parse_range(rng_text, sex) if rng_text else None
        for day, cell in by_kind.get("date", []):
            table += _results(label, cell.text.strip(), unit, rng, day, line.page, current, kb,
                              sex)
    out += _without_current_column(table, current, report_date)
    return out


def _without_current_column(table: list[EarlierResult], current: dict[str, Finding],
                            report_date: dt.date | None) -> list[EarlierResult]:
    """A table's newest dated column may be this report's own results: when the report gives
    no date, a column whose every value is this report's value is left out."""
    if report_date is not None or not table:
        return table
    newest = max(r.date for r in table)
    column = [r for r in table if r.date == newest]
    shared = [r for r in column if r.key in current]
    if shared and all(current[r.key].value_num == r.value_num for r in shared):
        return [r for r in table if r.date != newest]
    return table


def _results(label: str, text: str, unit: str, rng: Range | None, day: str, page: int,
             current: dict[str, Finding], kb: KnowledgeBase,
             sex: str | None) -> list[EarlierResult]:
    """The result(s) of one cell: a number (with the lab's arrow), or a blood pressure."""
    bp = _BP_VALUE.match(text) if _BP_LABEL.search(label) else None
    if bp:
        out = []
        for key, number in zip(("bp_systolic", "bp_diastolic"), bp.groups(), strict=True):
            analyte = kb.analyte(key)
            if analyte is None:
                continue
            value = float(number)
            low, high, _src = analyte.default_range(sex)
            out.append(EarlierResult(date=day, label=label, value=text, value_num=value,
                                     unit="mmHg", key=key, page=page,
                                     flag=Range(low, high, "").judge(value)))
        return out
    m = _VALUE.match(text)
    value = parse_number(m.group("num")) if m else None
    if m is None or value is None or re.match(r"[/:.]\d", text[m.end():]):
        return []  # "见本次报告", "-", a date
    analyte = kb.match_analyte(label, unit, m.group("num"))
    if analyte is None:
        return []
    now = current.get(analyte.key)
    if not unit and now is not None:
        unit = now.unit  # the table prints the report's units
    return [EarlierResult(date=day, label=label, value=text, value_num=value, unit=unit,
                          key=analyte.key, page=page,
                          **_judged(analyte, value, unit, rng, now, m.group("flag") or "", sex))]


def _judged(analyte, value: float, unit: str, rng: Range | None, now: Finding | None,
            printed: str, sex: str | None) -> dict:
    """flag, low and high of an earlier value: against the range printed beside it, else the
    range of this report's own result (same unit), else the knowledge base's adult range, else
    the lab's own arrow."""
    if rng is None and now is not None and now.unit == unit and (
            now.low is not None or now.high is not None):
        rng = Range(now.low, now.high, "")
    if rng is not None:
        return {"flag": rng.judge(value), "low": rng.low, "high": rng.high}
    canon = analyte.to_canonical(value, unit)
    low, high, _src = analyte.default_range(sex)
    if canon is not None and (low is not None or high is not None):
        return {"flag": Range(low, high, "").judge(canon)}
    if printed:
        return {"flag": "low" if printed in ("↓", "↓↓", "L", "偏低", "低") else "high"}
    return {"flag": "normal"}


# ------------------------------------------------------------------ previous-result columns

def _previous_columns(lines: list[Line], layout, findings: list[Finding], kb: KnowledgeBase,
                      sex: str | None) -> list[EarlierResult]:
    out: list[EarlierResult] = []
    for i, header, head in _rows_with_previous(lines, layout):
        line = lines[i]
        on_line = [f for f in findings if f.kind == "lab" and f.key and f.page == line.page
                   and f.bbox == tuple(line.bbox) and f.value_num is not None]
        if len(on_line) != 1:
            continue  # no result read on this row, or two tables side by side
        now = on_line[0]
        head_cells = _cells(head)
        for kind, x0, x1 in header:
            if kind != "previous":
                continue
            col: Column = ("previous", x0, x1, "")
            title = next((c.text for c in head_cells if c.bbox[0] == x0 and c.bbox[2] == x1), "")
            cols = [col, *(("other", a, b, "") for k, a, b in header if (a, b) != (x0, x1))]
            text = "  ".join(c.text.strip() for c in _cells(line) if _column(c, cols) is col)
            day = _cell_date(text) or checkup_date(_PREVIOUS_HEAD.sub(" ", title).strip(
                " ()（）:：")) or _date_in(title)
            m = _VALUE.match(text)
            value = parse_number(m.group("num")) if m else None
            if day is None or m is None or value is None:
                continue
            analyte = kb.analyte(now.key)
            if analyte is None:
                continue
            rng = Range(now.low, now.high, "") if (now.low is not None or now.high is not None) \
                else None
            out.append(EarlierResult(
                date=day, label=now.label, value=m.group(0).strip(), value_num=value,
                unit=now.unit, key=now.key, page=now.page,
                **_judged(analyte, value, now.unit, rng, None, m.group("flag") or "", sex)))
    return out


def _rows_with_previous(lines: list[Line], layout):
    """(row index, header columns, header line) of the rows under a header with a
    previous-result column: the extractor's result-table headers, and headers it does not take
    for one ("Tests | Current Result and Flag | Previous Result and Date | Units")."""
    own: tuple[list[tuple[str, float, float]], Line] | None = None
    for i, line in enumerate(lines):
        header = layout.columns.get(i)
        if header is not None:
            own = None
            if any(kind == "previous" for kind, *_ in header):
                yield i, header, lines[layout.header_line[i]]
            continue
        cells = _cells(line)
        if len(cells) >= 3 and not any(re.match(r"\s*[<>≤≥]?\s*\d", c.text) for c in cells):
            own = None  # a header or a title: a table ends
            if any(_PREVIOUS_HEAD.search(c.text) for c in cells) and i not in layout.trend:
                cols = [("previous" if _PREVIOUS_HEAD.search(c.text) else "other", c.bbox[0],
                         c.bbox[2]) for c in cells]
                own = (cols, line)
            continue
        if own is not None and i not in layout.skip:
            yield i, own[0], own[1]


def _cell_date(text: str) -> str | None:
    """A date printed in the cell after the value ("5.2  05/14/2024")."""
    m = re.match(rf"^\s*[<>≤≥]?\s*{NUM}\s*(?:[↑↓]+|[HL]\b)?\s+(?P<rest>.+)$", text)
    if not m:
        return None
    day = parse_date(m.group("rest"))
    return day.isoformat() if day else None


def _date_in(title: str) -> str | None:
    day = parse_date(title)
    return day.isoformat() if day else None
