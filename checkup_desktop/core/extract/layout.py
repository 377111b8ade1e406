"""Page layout for the extractors: tables of contents, trend tables of previous years,
explanation and advice text, the report's own summary, conclusion headings and the columns of
result tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checkup_desktop.core.extract.flags import _LABEL_STOP
from checkup_desktop.core.extract.rows import _CJK_PUNCT, _has_letters
from checkup_desktop.core.extract.units import _UNIT
from checkup_desktop.core.pdf import Cell, Line, Page
from checkup_desktop.core.ranges import NUM

# A conclusion line: short heads need a colon or the end of the line ("提示" is also a column
# header, "Impression" a word in a sentence).
_NARRATIVE_HEAD = re.compile(
    r"^\s*[【\[]?\s*(?:[一二三四五六七八九十]+[、.．]\s*|\d{1,2}[、.．]\s*)?(?P<head>"
    r"(?:final\s+)?impressions?|conclusions?|findings|opinion|remarks?|"
    r"physician'?s?\s+(?:summary|comments?)|diagnosis|"
    r"小\s*结|初步意见|检查意见|诊断意见|检查结论|超声提示|超声诊断|超声结论|影像诊断|影像学诊断|"
    r"影像意见|心电图诊断|心电图结论|诊断提示|检查提示|科室小结|医生意见|结论|提示|印象|诊断|意见)"
    r"\s*[】\]]?\s*(?:[:：]\s*|$|(?<=[】\]]))(?P<rest>.*)$",
    re.IGNORECASE,
)


# ---------------------------------------------------------------- what is not a finding

_TOC_HEAD = re.compile(r"^\s*(?:目\s*录|contents|table\s+of\s+contents|index)\s*$", re.I)
_DOT_LEADER = re.compile(r"(?:\.{3,}|…+|·{3,}|-{4,}|_{4,})\s*(?:第\s*)?\d{1,3}\s*(?:页)?\s*$")
# "什么是脂肪肝？" and other explanation pages; advice and lifestyle paragraphs
_EXPLAIN_HEAD = re.compile(
    r"^\s*(?:[一二三四五六七八九十\d]+[、.．]\s*)?(?:什么是|何为|认识|了解|健康(?:知识|小贴士|宣教|科普|教育)|"
    r"科普|温馨提示|体检须知|报告解读说明|指标解读|名词解释|what\s+(?:is|are|does)\b|"
    r"understanding\b|about\s+(?:this|your)\s+test|interpretation\b|"
    r"(?:clinical\s+)?significance\b|comments?\s*:|notes?\s*:|disclaimer)",
    re.I,
)
_ADVICE_HEAD = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]\s*)?(?:健康建议|医生建议|健康指导|生活方式建议|饮食建议|"
    r"运动建议|专家建议|健康处方|医嘱|advice|recommendations?|suggestions?|"
    r"lifestyle(?:\s+advice)?)\s*[:：]?\s*$",
    re.I,
)
_ADVICE_LINE = re.compile(r"^\s*(?:建议|advice|recommendation|suggestion)\s*[:：]", re.I)
_TREND_HEAD = re.compile(
    r"历年|往年|历次|既往.{0,4}对比|趋势|结果对比|trend|previous\s+years|year[- ]on[- ]year|"
    r"^\s*(?:previous|earlier|past)\s+results\s*:?\s*$|"
    r"cumulative\s+report|history\s+of\s+results", re.I)
_DATE_WORDS = re.compile(r"日期|时间|采样|采集|送检|报告|打印|审核|date|time|collected|received|"
                         r"reported|printed|registered", re.I)
_YEAR_CELL = re.compile(
    r"^(?:(?:19|20)\d{2}(?:\s*[-./年]\s*\d{1,2}(?:\s*[-./月]\s*\d{1,2}\s*日?)?)?(?:\s*年)?|"
    r"\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d{2}|"  # 12/05/2023
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d{2})$",  # May 2023
    re.I)
# a results table header, a department or section title: what ends a skipped region
_RESULT_HEADER = re.compile(r"^(?:结果|检查结果|检验结果|测定值|测定结果|本次结果|result|results|"
                            r"value|observed\s+value|your\s+value|test\s+result|in\s+range|"
                            r"out\s+of\s+range|your\s+result)$", re.I)
_SECTION_TITLE = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]\s*)?[\u3400-\u9fffA-Za-z()（）/\s]{1,16}"
    r"(?:检查|检验|科|超声|彩超|B超|心电图|常规|功能|全套|四项|五项|标志物|报告|检测|测定|DR|CT|MRI|"
    r"X线|正位片|平片|核磁|panel|profile|test|report|ultrasound|x-ray|imaging)\s*$", re.I)
_PREVIOUS_COL = re.compile(r"上次|前次|历史|上回|既往|previous|last\s+(?:result|value)|prior", re.I)
# "Low | Normal | High" columns: the flag is the column the value sits in
_POSITION_COL = re.compile(
    r"^(?:(?P<low>low|below(?:\s+range)?|偏低)|(?P<normal>normal|within(?:\s+range)?|"
    r"in\s+range|正常)|(?P<high>high|above(?:\s+range)?|偏高))$", re.I)
_OUT_OF_RANGE_COL = re.compile(r"^(?:out\s+of\s+range|abnormal|flag(?:ged)?\s+result)$", re.I)


@dataclass
class PageLayout:
    """Which lines of a page are not report content for the extractors (tables of contents,
    trend tables of previous years, explanation and advice text), and the columns of the
    result tables (previous-result and out-of-range columns)."""

    skip: set[int]  # indices into the page's non-repeated lines
    columns: dict[int, list[tuple[str, float, float]]]  # line index -> header columns
    summary: list[int] = field(default_factory=list)  # lines of the report's own summary
    # lines of a table of earlier results (core/report_history.py reads them; never findings)
    trend: list[int] = field(default_factory=list)
    # result row -> the line index of its table header (previous-result columns' dates)
    header_line: dict[int, int] = field(default_factory=dict)


def _is_toc_page(lines: list[Line]) -> bool:
    leaders = sum(1 for ln in lines if _DOT_LEADER.search(ln.text) and _has_letters(ln.text))
    return leaders >= 3 and (leaders * 3 >= len(lines) or any(_TOC_HEAD.match(ln.text)
                                                              for ln in lines[:8]))


def _header_columns(line: Line) -> list[tuple[str, float, float]] | None:
    """(kind, x0, x1) per header cell when `line` is a result table header."""
    cells = [c for c in line.cells if c.text.strip()]
    if len(cells) < 3:
        return None
    positions = sum(1 for c in cells if _POSITION_COL.match(c.text.strip()))
    if not any(_RESULT_HEADER.match(c.text.strip()) for c in cells) and positions < 2:
        return None
    cols = []
    for c in cells:
        t = c.text.strip()
        pos = _POSITION_COL.match(t) if positions >= 2 else None
        # a dated column beside the result column ("2024-05-20") holds an earlier result
        kind = ("previous" if _PREVIOUS_COL.search(t) or _YEAR_CELL.match(t) else
                "out" if _OUT_OF_RANGE_COL.match(t) else
                f"pos_{pos.lastgroup}" if pos else "other")
        cols.append((kind, c.bbox[0], c.bbox[2]))
    return cols


_ONE_LINE_NOTE = re.compile(r"^\s*(?:comments?|notes?|remarks?|备注|注)\s*[:：]\s*\S", re.I)
_TABLE_RANGE = re.compile(rf"{NUM}\s*(?:-|–|—|~|～)\s*{NUM}|[<>≤≥]\s*{NUM}")


def _looks_like_row(line: Line) -> bool:
    """A cell-structured result row: a name, a number, a range and a unit, no prose."""
    cells = [c.text for c in line.cells if c.text.strip()]
    return (len(cells) >= 3 and _has_letters(cells[0]) and not _CJK_PUNCT.search(line.text)
            and any(_LABEL_STOP.match(c) for c in cells[1:])
            and bool(_TABLE_RANGE.search(line.text)) and bool(_UNIT.search(" ".join(cells[1:]))))


def _is_section_break(line: Line) -> bool:
    return bool(_header_columns(line) or _NARRATIVE_HEAD.match(line.text)
                or (_SECTION_TITLE.match(line.text) and not _EXPLAIN_HEAD.match(line.text)
                    and not _TREND_HEAD.search(line.text)))


def page_layout(page: Page, lines: list[Line]) -> PageLayout:
    skip: set[int] = set()
    columns: dict[int, list[tuple[str, float, float]]] = {}
    if _is_toc_page(lines):
        return PageLayout(set(range(len(lines))), columns)
    region = ""  # "", "explain", "advice", "trend", "summary"
    summary: list[int] = []
    trend: list[int] = []
    header_line: dict[int, int] = {}
    header: list[tuple[str, float, float]] | None = None
    header_at = -1
    for i, line in enumerate(lines):
        text = line.text
        if region and _is_section_break(line) and not (
                region == "summary" and SUMMARY_HEAD.match(text)):
            region = ""
        elif region in ("explain", "advice") and _looks_like_row(line):
            region = ""  # a note ended and the next result row follows without a title
        if _DOT_LEADER.search(text) and _has_letters(text) and not re.search(
                rf"{NUM}\s*(?:-|–|—|~|～)\s*{NUM}", text):
            skip.add(i)  # a table-of-contents line on a mixed page
            continue
        if _EXPLAIN_HEAD.match(text):
            if _ONE_LINE_NOTE.match(text):
                skip.add(i)  # "Note: fasting sample": that line only
                continue
            region = "explain"
        elif _ADVICE_HEAD.match(text):
            region = "advice"
        elif SUMMARY_HEAD.match(text):
            region = "summary"  # core/summary.py reads it as a checklist
        elif (_TREND_HEAD.search(text) and len(text) <= 24 and not _NARRATIVE_HEAD.match(text)
              and not re.search(r"[，。；,;]", text)):  # a heading, not "血糖有升高趋势，..."
            region = "trend"
        elif (sum(1 for c in line.cells if _YEAR_CELL.match(c.text.strip())) >= 2
              and not _DATE_WORDS.search(text)):
            region = "trend"  # a table whose columns are years
        if region:
            skip.add(i)
            if region == "summary":
                summary.append(i)
            elif region == "trend":
                trend.append(i)
            continue
        if _ADVICE_LINE.match(text):
            skip.add(i)
            continue
        cols = _header_columns(line)
        if cols is not None:
            header, header_at = cols, i
            skip.add(i)
            continue
        if header is not None:
            columns[i] = header
            header_line[i] = header_at
    return PageLayout(skip, columns, summary, trend, header_line)


def _column_of(cell: Cell, header: list[tuple[str, float, float]]) -> str:
    """The kind of the header column a cell sits under (by horizontal overlap, else the
    nearest centre)."""
    cx = (cell.bbox[0] + cell.bbox[2]) / 2
    best, best_d = "other", float("inf")
    for kind, x0, x1 in header:
        overlap = min(cell.bbox[2], x1) - max(cell.bbox[0], x0)
        d = -overlap if overlap > 0 else abs(cx - (x0 + x1) / 2)
        if d < best_d:
            best, best_d = kind, d
    return best


_LAYOUTS: dict[int, tuple[Page, list[Line], PageLayout]] = {}


def content_lines(page: Page) -> tuple[list[Line], PageLayout]:
    """The page's report lines and their layout (computed once per page object)."""
    hit = _LAYOUTS.get(id(page))
    if hit is not None and hit[0] is page:
        return hit[1], hit[2]
    lines = [ln for ln in page.lines if not ln.repeated]
    layout = page_layout(page, lines)
    if len(_LAYOUTS) > 2_000:
        _LAYOUTS.clear()
    _LAYOUTS[id(page)] = (page, lines, layout)
    return lines, layout


# The report's own summary is read by core/summary.py as a checklist, not here.
SUMMARY_HEAD = re.compile(
    r"^[\s【\[（(■●★◆▲#*]*(?:[一二三四五六七八九十]+[、.．]\s*)?(?:阳性结果(?:及异常情况)?(?:汇总|一览)?|"
    r"异常(?:结果|情况|指标|项目)(?:汇总|提示|一览|及建议)?|(?:主要)?(?:阳性|异常)(?:发现|体征)|"
    r"总检(?:结论|意见|报告)|体检(?:结论|小结|总结)|综合(?:结论|分析)|重要(?:异常|提示)(?:结果)?|"
    r"本次体检(?:发现|主要问题|异常)|主要(?:问题|异常)|健康问题(?:汇总)?|"
    r"summary\s+of\s+(?:abnormal|positive|key|significant|out[- ]of[- ]range)\s+"
    r"(?:findings|results|values|tests)|(?:abnormal|flagged|out[- ]of[- ]range|significant)\s+"
    r"(?:findings|results|values|tests)(?:\s+summary|\s+at\s+a\s+glance)?|"
    r"results?\s+at\s+a\s+glance|key\s+(?:findings|results)|positive\s+findings|"
    r"(?:results|values|tests|parameters|findings)\s+(?:(?:out(?:side)?\s+of|outside)\s+(?:the\s+)?"
    r"(?:reference\s+|normal\s+)?range|requiring\s+attention|of\s+concern|to\s+(?:note|discuss))|"
    r"findings\s+(?:requiring|that\s+need)\s+attention|areas?\s+of\s+concern|"
    r"tests?\s+outside\s+(?:the\s+)?(?:reference|normal)\s+range|health\s+summary|summary)"
    r"[】\]）)]?\s*(?:[:：(（].*)?$",
    re.IGNORECASE,
)
