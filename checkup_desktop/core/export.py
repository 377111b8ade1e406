"""The printable one-visit handout (ReportLab). Qt-free: the GUI and the CLI both call it.

The handout is for a patient to carry into an appointment: a cover with the date, the report
name and a summary; then one section per card, most urgent first, with the priority shown in
colour and in words, the evidence as printed in the report, and the questions as a checklist
with room to write the answers. The standing notice is on the cover and on every card.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import os
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from checkup_desktop.core.export_charts import range_bar, trend_chart
from checkup_desktop.core.i18n import CATALOG_LANGS, N_, translate
from checkup_desktop.core.i18n import format_date as i18n_format_date
from checkup_desktop.core.knowledge import load_knowledge
from checkup_desktop.core.models import STANDING_NOTICE, ActionCard, Analysis
from checkup_desktop.core.presentation import (
    action_sentence,
    also_heading,
    also_intro,
    also_line,
    evidence_result,
    flag_words,
    group_by_priority,
    priority_style,
    sort_cards,
    urgent_summary,
)
from checkup_desktop.core.severity import evidence_numbers
from checkup_desktop.core.textnotes import notice as notice_for
from checkup_desktop.core.trends import (
    Comparison,
    Trend,
    back_in_range_sentence,
    change_sentence,
    compare,
    new_since_sentence,
    rising_sentence,
    when,
)

# Chinese (and symbols such as ≥ ↑) use the Droid Sans Fallback font that ships inside PyMuPDF,
# embedded as a subset so every viewer and printer shows it. If that font cannot be loaded,
# ReportLab's built-in CID font STSong-Light is used: no file needed, but not embedded, so
# viewers without Chinese fonts (poppler without poppler-data) show boxes.
CJK_FONT = "CheckupCJK"
_CID_FALLBACK = "STSong-Light"
_LATIN = "Helvetica"
_LATIN_BOLD = "Helvetica-Bold"
_INK = colors.HexColor("#1F2933")
_MUTED = colors.HexColor("#52606D")
_RULE = colors.HexColor("#9AA5B1")
_NOTICE_BG = colors.HexColor("#F1F5F9")

_WORDS = {
    "en": {
        "title": N_("Your check-up: notes for your appointment"),
        "title_urgent": N_("Your check-up: contact a doctor today"),
        "urgent_more": N_("Do not wait for a planned appointment. If you feel very unwell, "
                          "call emergency services."),
        "report": N_("Report"),
        "prepared": N_("Prepared on"),
        "intro": N_(
            "This handout lists the results from your report that are worth talking about "
            "with a clinician. Bring it to your appointment. Tick each question when you "
            "have asked it, and write the answer in the space below."
        ),
        "summary": N_("At a glance"),
        "col_priority": N_("Priority"),
        "col_issue": N_("Topic"),
        "col_action": N_("What to do"),
        "none": N_(
            "No result in this report needed a card. Keep the report for your next "
            "check-up, and ask your clinician if anything worries you."
        ),
        "unread": N_("Some pages could not be read: {pages}. Ask your clinician to look at them."),
        "what_to_do": N_("What to do"),
        "meaning": N_("What this means"),
        "evidence": N_("What the report says"),
        "ev_test": N_("Test"), "ev_result": N_("Result"), "ev_range": N_("Reference range"),
        "ev_flag": N_("Flag"), "ev_page": N_("Page"),
        "questions": N_("Questions to ask"),
        "own": N_("Your own question:"),
        "footer": N_("Checkup Desktop handout · {name} · page {page}"),
        "earlier": N_("Compared with your earlier check-ups"),
        "back": N_("Back in range since last time"),
        "rising": N_("Still in range, but going up"),
    },
    "zh": {
        "title": "您的体检：就诊笔记",
        "title_urgent": "您的体检：请今天联系医生",
        "urgent_more": "不要等到计划的就诊时间。如果感觉非常不适，请拨打急救电话。",
        "report": "报告",
        "prepared": "生成日期",
        "intro": (
            "这份讲义列出了报告中值得与医生讨论的结果。就诊时请带上它。"
            "问过每个问题后打勾，并在下方空白处写下回答。"
        ),
        "summary": "概览",
        "col_priority": "优先级",
        "col_issue": "主题",
        "col_action": "建议",
        "none": (
            "这份报告中没有需要生成卡片的结果。请保存报告以便下次体检，如有疑虑请咨询医生。"
        ),
        "unread": "以下页面无法读取：{pages}。请让医生查看这些页面。",
        "what_to_do": "建议",
        "meaning": "这意味着什么",
        "evidence": "报告原文",
        "ev_test": "项目", "ev_result": "结果", "ev_range": "参考范围",
        "ev_flag": "标记", "ev_page": "页",
        "questions": "可以问医生的问题",
        "own": "您自己的问题：",
        "footer": "Checkup Desktop 讲义 · {name} · 第 {page} 页",
        "earlier": "与您以前的体检相比",
        "back": "自上次以来已回到参考范围内",
        "rising": "仍在参考范围内，但在上升",
    },
}





@functools.cache
def _words(lang: str) -> dict[str, str]:
    if lang in _WORDS:
        return _WORDS[lang]
    return {k: translate(lang, v) for k, v in _WORDS["en"].items()}


@functools.cache
def cjk_font() -> str:
    """Register the CJK font once; return its ReportLab name."""
    try:
        import pymupdf

        pdfmetrics.registerFont(TTFont(CJK_FONT, io.BytesIO(pymupdf.Font("cjk").buffer)))
        return CJK_FONT
    except Exception:  # any failure (old PyMuPDF, no font): use the built-in CID font
        pdfmetrics.registerFont(UnicodeCIDFont(_CID_FALLBACK))
        return _CID_FALLBACK


def _needs_cjk(text: str) -> bool:
    """Helvetica only has WinAnsi glyphs; anything else (Chinese, ≥, ↑) needs the CID font."""
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return True
    return False


class _Styles:
    def __init__(self) -> None:
        base = ParagraphStyle("base", fontName=_LATIN, fontSize=10.5, leading=14.5,
                              textColor=_INK, alignment=TA_LEFT)
        self.body = base
        self.small = ParagraphStyle("small", base, fontSize=8.5, leading=11, textColor=_MUTED)
        self.h1 = ParagraphStyle("h1", base, fontName=_LATIN_BOLD, fontSize=22, leading=27,
                                 spaceAfter=6)
        self.h2 = ParagraphStyle("h2", base, fontName=_LATIN_BOLD, fontSize=15, leading=19,
                                 spaceBefore=4, spaceAfter=2)
        self.h3 = ParagraphStyle("h3", base, fontName=_LATIN_BOLD, fontSize=11, leading=14,
                                 spaceBefore=8, spaceAfter=3)
        self.band = ParagraphStyle("band", base, fontName=_LATIN_BOLD, fontSize=11,
                                   leading=14, textColor=colors.white)
        self.cell = ParagraphStyle("cell", base, fontSize=9, leading=11.5)
        self.cell_head = ParagraphStyle("cellh", self.cell, fontName=_LATIN_BOLD)
        self.notice = ParagraphStyle("notice", base, fontSize=9, leading=12, textColor=_INK)


def _para(text: str, style: ParagraphStyle) -> Flowable:
    """A paragraph of untrusted text (report labels, model text): escaped, right font."""
    if _needs_cjk(text):
        bold = style.fontName == _LATIN_BOLD
        style = ParagraphStyle(style.name + "-cjk", style, fontName=cjk_font(),
                               wordWrap="CJK")
        if bold:  # the CJK font has no bold face: headings are drawn emboldened
            return _Emboldened(Paragraph(escape(text), style))
    return Paragraph(escape(text), style)


class _Emboldened(Flowable):
    """A paragraph drawn with its glyph outlines stroked as well as filled (PDF text render
    mode 2): bold for a font without a bold face, and the text stays text (searchable)."""

    def __init__(self, para: Paragraph) -> None:
        super().__init__()
        self.para = para

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = self.para.wrap(avail_width, avail_height)
        return self.width, self.height

    def getSpaceBefore(self) -> float:  # noqa: N802 - ReportLab API
        return self.para.getSpaceBefore()

    def getSpaceAfter(self) -> float:  # noqa: N802 - ReportLab API
        return self.para.getSpaceAfter()

    def draw(self) -> None:
        style = self.para.style
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(style.textColor)
        canv.setLineWidth(style.fontSize * 0.04)
        canv._code.append("2 Tr")  # fill and stroke the glyphs
        self.para.drawOn(canv, 0, 0)
        canv._code.append("0 Tr")
        canv.restoreState()


class _CheckBox(Flowable):
    """An empty square to tick by hand."""

    def __init__(self, size: float = 4 * mm) -> None:
        super().__init__()
        self.size = size
        self.width = self.height = size

    def draw(self) -> None:
        self.canv.setStrokeColor(_INK)
        self.canv.setLineWidth(0.9)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


class _WritingLines(Flowable):
    """Ruled lines to write an answer on."""

    def __init__(self, lines: int = 2, gap: float = 7.5 * mm) -> None:
        super().__init__()
        self.lines, self.gap = lines, gap
        self.height = lines * gap

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(_RULE)
        self.canv.setLineWidth(0.5)
        for i in range(self.lines):
            y = self.height - (i + 1) * self.gap + 1
            self.canv.line(0, y, self.width, y)


def _notice_box(notice: str, st: _Styles, width: float) -> Table:
    t = Table([[_para(notice, st.notice)]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), _NOTICE_BG),
        ("BOX", (0, 0), (-1, -1), 0.6, _RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def _priority_band(card: ActionCard, lang: str, st: _Styles, width: float) -> Table:
    ps = priority_style(card.priority, lang)
    # Colour AND words, the same words as the window's group heading:
    # "Urgent · Contact a doctor today." in print and in grey.
    text = ps.heading
    t = Table([[_para(text, st.band)]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(ps.colour)),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return t


def _evidence_table(card: ActionCard, words: dict, lang: str, st: _Styles,
                    width: float) -> Table:
    head = [_para(words[k], st.cell_head)
            for k in ("ev_test", "ev_result", "ev_range", "ev_flag", "ev_page")]
    rows = [head]
    fractions = (0.30, 0.18, 0.30, 0.14, 0.08)
    for ev in card.evidence:
        rng: list[Flowable] = [_para(ev.reference_range or "–", st.cell)]
        numbers = evidence_numbers(ev)
        bar = range_bar(*numbers, width=width * fractions[2] - 8) if numbers else None
        if bar is not None:  # where the value sits in its range, readable in black and white
            rng.append(bar)
        rows.append([
            _para(ev.label, st.cell),
            _para(evidence_result(ev.value, ev.unit), st.cell),
            rng,
            _para(flag_words(ev, lang), st.cell),
            _para(str(ev.page), st.cell),
        ])
    t = Table(rows, colWidths=[width * f for f in fractions], repeatRows=1)
    t.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, _INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, _RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def _checklist(questions: list[str], words: dict, st: _Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = []
    # Always leave one blank line for the patient's own question.
    for q in [*questions, None]:
        label = _para(q if q is not None else words["own"], st.body)
        row = Table([[_CheckBox(), label]], colWidths=[8 * mm, width - 8 * mm])
        row.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (0, 0), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))
        out.append(KeepTogether([row, _WritingLines(2)]))
        out.append(Spacer(1, 2 * mm))
    return out


def _history_flowables(trends: list[Trend], since: dt.date | None, lang: str, st: _Styles,
                       width: float) -> list[Flowable]:
    """Earlier check-ups: "new since", and each result over time in words and a chart."""
    if not trends and since is None:
        return []
    out: list[Flowable] = [_para(_words(lang)["earlier"], st.h3)]
    if since is not None:
        out.append(_para(new_since_sentence(since, lang), st.body))
    font = cjk_font() if lang == "zh" else _LATIN
    for trend in trends:
        newest = trend.readings[-1]
        chart = trend_chart([(when(r.date, lang), r.value) for r in trend.readings],
                            newest.low, newest.high, width=min(width * 0.45, 75 * mm),
                            height=22 * mm, font=font)
        out.append(_para(change_sentence(trend, lang), st.body))
        if chart is not None:  # under its sentence, on the text's left edge
            chart.hAlign = "LEFT"
            out += [Spacer(1, 1 * mm), chart, Spacer(1, 2 * mm)]
    return out


def _card_flowables(card: ActionCard, questions: list[str], lang: str, st: _Styles,
                    width: float, trends: list[Trend] | None = None,
                    since: dt.date | None = None) -> list[Flowable]:
    words = _words(lang)
    # The card carries its notice in its own language; an English card in a Chinese
    # handout still gets the Chinese notice.
    notice = notice_for(lang) if card.notice == STANDING_NOTICE else card.notice
    head = [
        _priority_band(card, lang, st, width),
        Spacer(1, 3 * mm),
        _para(card.title, st.h2),
        _para(f"{words['what_to_do']}: {action_sentence(card, lang)}", st.body),
        _para(words["meaning"], st.h3),
        _para(card.explanation, st.body),
        _para(words["evidence"], st.h3),
        _evidence_table(card, words, lang, st, width),
        *_history_flowables(trends or [], since, lang, st, width),
    ]
    tail = [
        Spacer(1, 3 * mm),
        _notice_box(notice, st, width),
    ]
    # One card is never split across pages unless it is longer than a page.
    return [KeepTogether([*head, _para(words["questions"], st.h3),
                          *_checklist(questions, words, st, width), *tail])]


def _cover(analysis: Analysis, report_name: str, lang: str, st: _Styles, width: float,
           today: dt.date) -> list[Flowable]:
    words = _words(lang)
    notice = notice_for(lang)
    n_urgent = sum(c.priority == "urgent" for c in sort_cards(analysis.cards))
    out: list[Flowable] = []
    if n_urgent:
        # first thing on the first page, as in the window: urgent, in colour and in words
        out += [_urgent_banner(n_urgent, lang, st, width), Spacer(1, 5 * mm)]
    out += [
        _para(words["title_urgent" if n_urgent else "title"], st.h1),
        _para(f"{words['report']}: {report_name}", st.body),
        _para(f"{words['prepared']}: {_format_date(today, lang)}", st.body),
        Spacer(1, 5 * mm),
        _para(words["intro"], st.body),
        Spacer(1, 4 * mm),
        _notice_box(notice, st, width),
        Spacer(1, 4 * mm),
    ]
    if analysis.unread_pages:
        pages = ", ".join(str(p) for p in analysis.unread_pages)
        out += [_para(words["unread"].format(pages=pages), st.body), Spacer(1, 4 * mm)]
    if not analysis.cards:
        out.append(_para(words["none"], st.body))
        return out + _also_in_report(analysis, lang, st)
    out.append(_para(words["summary"], st.h2))
    rows = [[_para(words[k], st.cell_head)
             for k in ("col_priority", "col_issue", "col_action")]]
    style_cmds: list[tuple] = [
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, _INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, _RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for prio, cards in group_by_priority(analysis.cards):
        ps = priority_style(prio, lang)
        for card in cards:
            r = len(rows)
            rows.append([_para(ps.word, ParagraphStyle("pw", st.cell_head,
                                                       textColor=colors.white)),
                         _para(card.title, st.cell),
                         _para(action_sentence(card, lang), st.cell)])
            style_cmds.append(("BACKGROUND", (0, r), (0, r), colors.HexColor(ps.colour)))
    t = Table(rows, colWidths=[width * 0.16, width * 0.40, width * 0.44], repeatRows=1)
    t.setStyle(TableStyle(style_cmds))
    out.append(t)
    out += _also_in_report(analysis, lang, st)
    return out


def _good_news(comparison: Comparison | None, lang: str, st: _Styles) -> list[Flowable]:
    """Back in range since last time, and rising inside the range: quiet, never a card."""
    if comparison is None:
        return []
    words = _words(lang)
    out: list[Flowable] = []
    for key, lines in (("back", [back_in_range_sentence(b, lang)
                                 for b in comparison.back_in_range]),
                       ("rising", [rising_sentence(t, lang)
                                   for t in comparison.rising_in_range])):
        if lines:
            out += [Spacer(1, 4 * mm), _para(words[key], st.h3)]
            out += [_para("• " + line, st.small) for line in lines]
    return out


def _urgent_banner(count: int, lang: str, st: _Styles, width: float) -> Table:
    ps = priority_style("urgent", lang)
    big = ParagraphStyle("urgent-big", st.band, fontSize=14, leading=18)
    t = Table([[_para(urgent_summary(count, lang), big)],
               [_para(_words(lang)["urgent_more"], st.band)]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(ps.colour)),
        ("BOX", (0, 0), (-1, -1), 2, colors.HexColor("#7F1D1D")),
        ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def _also_in_report(analysis: Analysis, lang: str, st: _Styles) -> list[Flowable]:
    """The report's own list items without a card, quietly, with their reason and page."""
    if not analysis.also_in_report:
        return []
    out: list[Flowable] = [Spacer(1, 5 * mm), _para(also_heading(lang), st.h3),
                           _para(also_intro(lang), st.small)]
    out += [_para("• " + also_line(item, lang), st.small) for item in analysis.also_in_report]
    return out


def _format_date(day: dt.date, lang: str) -> str:
    return i18n_format_date(day, lang, format="long")  # Babel, in the handout's locale


def _iso(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def write_handout(analysis: Analysis, path: str | os.PathLike, *, report_name: str,
                  edits: dict[str, list[str]] | None = None, lang: str = "en",
                  today: dt.date | None = None,
                  comparison: Comparison | None = None) -> Path:
    """Write the handout PDF to `path` atomically; return the path.

    `edits` maps card id -> the user's edited question list, which replaces the card's own
    questions (an empty list leaves only the blank question lines). The file at `path` is
    either the old one or the complete new one, never half written. `comparison` (the
    report against earlier ones in the history, core/trends.py) adds each card's earlier
    values and "new since", and the results back in range, to the handout. Without one, a
    previous-years table the report prints itself (Analysis.earlier_results) is used alone.
    """
    if comparison is None and analysis.earlier_results:
        comparison = compare(analysis, _iso(analysis.report_date), [], load_knowledge())
    lang = lang if lang in _WORDS or lang in CATALOG_LANGS else "en"
    cjk_font()
    edits = edits or {}
    target = Path(path)
    st = _Styles()
    margin = 18 * mm
    width = A4[0] - 2 * margin
    footer = _words(lang)["footer"]

    def on_page(canvas, doc) -> None:
        text = footer.format(name=report_name, page=doc.page)
        canvas.saveState()
        canvas.setFont(cjk_font() if _needs_cjk(text) else _LATIN, 8)
        canvas.setFillColor(_MUTED)
        canvas.drawString(margin, 10 * mm, text)
        canvas.restoreState()

    story: list[Flowable] = _cover(analysis, report_name, lang, st, width,
                                   today or dt.date.today())
    story += _good_news(comparison, lang, st)
    if analysis.cards:
        story.append(PageBreak())
    for i, card in enumerate(sort_cards(analysis.cards)):
        if i:
            story.append(Spacer(1, 9 * mm))
        trends = comparison.card_trends(card, analysis) if comparison else []
        since = comparison.new_since.get(card.id) if comparison else None
        story += _card_flowables(card, edits.get(card.id, card.questions), lang, st, width,
                                 trends, since)

    fd, tmp = tempfile.mkstemp(prefix=".handout-", suffix=".pdf", dir=target.parent)
    os.close(fd)
    try:
        doc = SimpleDocTemplate(
            tmp, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin,
            bottomMargin=margin, author="Checkup Desktop",
            title=_words(lang)["title_urgent" if any(
                c.priority == "urgent" for c in sort_cards(analysis.cards)) else "title"],
            subject=report_name)
        doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
