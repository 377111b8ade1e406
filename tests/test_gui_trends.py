"""Issue 14 in the window, offscreen, on the real core and a real encrypted vault: two
synthetic reports of the same person a year apart give trend lines, "new since" and "back in
range" entries and charts that are drawn (pixels checked); the report's date is asked when it
prints none; several reports dropped at once are imported oldest first; photos are accepted;
the handout shows the trends; deleting all data removes them."""

from __future__ import annotations

from pathlib import Path

import fitz
import pytest
from pdfmaker import text_pdf
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent
from test_trends import MARCH_2025, MARCH_2026

from checkup_desktop.core.pipeline import PHOTO_NEEDS_VISION
from checkup_desktop.core.storage.records import history_dir
from checkup_desktop.ui.charts import TrendChart
from checkup_desktop.ui.main_window import MainWindow
from checkup_desktop.ui.settings_dialog import GuiSettings
from checkup_desktop.ui.window_trends import open_filter

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LDL_LINE = "LDL Cholesterol 190 mg/dL, up from 160 in March 2025."
BACK_LINE = "Glucose Fasting is back in range: 90 mg/dL (it was 118 in March 2025)."
NEW_SINCE = "New since your check-up in March 2025."


def _window(qtbot, **kw) -> MainWindow:
    w = MainWindow(GuiSettings(), keep_history=True, **kw)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.vault_keeper.vault is not None, timeout=5000)
    return w


def _idle(qtbot, w: MainWindow) -> None:
    qtbot.waitUntil(lambda: w.analysis.runner is None and w.trends.import_job is None
                    and not w.vault_keeper.busy() and w.trends.compare_job is None, timeout=20_000)


def _analyse(qtbot, w: MainWindow, path: Path) -> None:
    assert w.open_report(str(path))
    qtbot.waitUntil(lambda: w.analysis.runner is None and w.session is not None
                    and w.session.analysis is not None, timeout=20_000)
    _idle(qtbot, w)


def _reports(tmp_path: Path) -> tuple[Path, Path]:
    return (text_pdf(tmp_path / "2025.pdf", [MARCH_2025]),
            text_pdf(tmp_path / "2026.pdf", [MARCH_2026]))


def _gray(img, x, y) -> float:
    c = QColor(img.pixel(int(x), int(y)))
    return 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()


def _card_with(w: MainWindow, text: str) -> str:
    return next(c.id for c in w.session.cards.values()
                if any(text in e.label for e in c.evidence))


def _tile(w: MainWindow, card_id: str):
    return next(t for t in w.tiles.tiles if t.card_id == card_id)


def _check_2026_view(qtbot, w: MainWindow) -> None:
    s = w.session
    assert s.analysis.report_date == "2026-03-10" and s.comparison is not None
    # the results view: "new since" on the TSH tile, never on LDL (high both years), and the
    # quiet lists
    tsh, ldl = _card_with(w, "TSH"), _card_with(w, "LDL")
    assert _tile(w, tsh).since.text() == NEW_SINCE and _tile(w, tsh).since.isVisibleTo(w)
    assert NEW_SINCE in _tile(w, tsh).accessibleName()
    assert _tile(w, ldl).since.isHidden()
    assert w.tiles.back_in_range_lines() == [BACK_LINE]
    assert w.tiles.news.isVisibleTo(w)
    (rising,) = w.tiles.rising_lines()
    assert rising.startswith("ALT (SGPT) is still in range but has gone up: 30 (March 2025)")
    assert not any("Glucose" in e.label for c in s.cards.values() for e in c.evidence)

    # the detail view: the earlier value in words, and a chart that is drawn
    w.show_card(ldl)
    assert w.detail.trend_lines == [LDL_LINE]
    (chart,) = w.detail.trend_charts
    assert chart.accessibleName() == LDL_LINE
    w.detail.left_scroll.ensureWidgetVisible(chart)
    qtbot.waitUntil(lambda: chart.isVisible() and chart.height() >= chart.sizeHint().height(),
                    timeout=3000)
    img = chart.grab().toImage()
    p0, p1 = chart.point_at(0), chart.point_at(1)
    r0 = chart.plot_rect()
    assert p1.y() < p0.y(), (chart.size(), chart.sizeHint(), r0)  # 190 is drawn higher
    for pt in (p0, p1):
        assert _gray(img, pt.x(), pt.y()) < 90  # a dark dot at each reading
    r = chart.plot_rect()
    # LDL's range is "< 100": the band above 100 is hatched (dark and light pixels mixed)
    top = [_gray(img, x, r.top() + 3) for x in range(int(r.left()) + 4, int(r.left()) + 60)]
    assert max(top) - min(top) > 60
    # the TSH card says it is new
    w.show_card(tsh)
    assert w.detail.since_text == NEW_SINCE and w.detail.history_box.isVisibleTo(w)
    assert w.detail.trend_lines == ["TSH 6 uIU/mL, up from 2 in March 2025."]
    # nothing of the LDL card is left on screen: one chart, TSH's
    charts = w.detail.history_box.findChildren(TrendChart)
    assert [c.accessibleName() for c in charts] == ["TSH 6 uIU/mL, up from 2 in March 2025."]


def test_two_reports_a_year_apart_show_trends_new_since_and_back_in_range(qtbot, mem,
                                                                           tmp_path):
    old, new = _reports(tmp_path)
    w = _window(qtbot)
    _analyse(qtbot, w, old)
    assert w.session.comparison is not None and not w.session.comparison.trends
    assert w.tiles.news.isHidden()
    _analyse(qtbot, w, new)
    _check_2026_view(qtbot, w)
    # the collection dates are in the records' meta; the history stays encrypted
    assert sorted(m.report_date for m in w.vault_keeper.vault.list()) == ["2025-03-12",
                                                                    "2026-03-10"]
    for f in history_dir().glob("*.cdrec"):
        raw = f.read_bytes()
        assert b"LDL" not in raw and b"Glucose" not in raw and b"2025-03-12" not in raw

    # a record reopened from the history is compared again
    rid = w.session.record_id
    _analyse(qtbot, w, old)
    assert w.records.open(rid)
    _idle(qtbot, w)
    _check_2026_view(qtbot, w)


def test_the_detail_view_has_a_range_bar_for_each_result_with_numbers(qtbot, mem, tmp_path):
    _old, new = _reports(tmp_path)
    w = _window(qtbot)
    _analyse(qtbot, w, new)
    ldl = _card_with(w, "LDL")
    w.show_card(ldl)
    (bar,) = w.detail.range_bars
    assert bar.accessibleName() == (
        "LDL Cholesterol: 190 mg/dL, High. Range in your report: < 100.")
    w.detail.left_scroll.ensureWidgetVisible(bar)
    qtbot.waitUntil(lambda: bar.isVisible() and bar.width() > 100, timeout=3000)
    img = bar.grab().toImage()
    r = bar.bar_rect()
    assert _gray(img, bar.marker_x(), r.center().y()) < 90
    # no trend without an earlier report
    assert w.detail.history_box.isHidden() and w.detail.trend_charts == []


def test_a_report_without_a_date_asks_for_one(qtbot, mem, tmp_path):
    rows = [line for line in MARCH_2025 if isinstance(line, tuple)]
    undated = text_pdf(tmp_path / "undated.pdf", [["Patient: A. Person", *rows]])
    w = _window(qtbot)
    assert w.open_report(str(undated))
    qtbot.waitUntil(lambda: w.trends.date_dialog is not None, timeout=20_000)
    dialog = w.trends.date_dialog
    assert "undated.pdf" in dialog.findChildren(type(w.tiles.heading))[0].text()
    dialog.date.setDate(dialog.date.date().fromString("2024-05-02", "yyyy-MM-dd"))
    dialog.use_button.click()
    _idle(qtbot, w)
    assert w.trends.date_dialog is None and w.session.analysis.report_date == "2024-05-02"
    (meta,) = w.vault_keeper.vault.list()
    assert meta.report_date == "2024-05-02"

    # "I don't know" keeps the record without a date
    copy = tmp_path / "undated again.pdf"
    copy.write_bytes(undated.read_bytes())
    assert w.open_report(str(copy))
    qtbot.waitUntil(lambda: w.trends.date_dialog is not None, timeout=20_000)
    w.trends.date_dialog.unknown_button.click()
    _idle(qtbot, w)
    dates = sorted(m.report_date for m in w.vault_keeper.vault.list())
    assert dates == ["", "2024-05-02"]


def _drop(widget, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)


def test_several_reports_dropped_at_once_are_imported_oldest_first(qtbot, mem, tmp_path):
    old, new = _reports(tmp_path)
    older = text_pdf(tmp_path / "2024.pdf", [[
        "Patient: A. Person    Sex: Female    Collected: 02/04/2024",
        ("LDL Cholesterol", "150", "mg/dL", "< 100"),
        ("TSH", "1.8", "uIU/mL", "0.4 - 4.0"),
    ]])
    junk = tmp_path / "notes.pdf"
    junk.write_bytes(b"not a report at all")
    w = _window(qtbot)
    _drop(w.welcome.drop_zone, [new, junk, older, old])  # in no particular order
    assert w.trends.import_job is not None and w.stack.currentWidget() is w.progress
    _idle(qtbot, w)
    metas = sorted(w.vault_keeper.vault.list(), key=lambda m: m.saved_at)
    assert [m.report_date for m in metas] == ["2024-04-02", "2025-03-12", "2026-03-10"]
    assert [m.report_name for m in metas] == ["2024.pdf", "2025.pdf", "2026.pdf"]
    # the newest is shown, compared with both earlier ones
    assert w.stack.currentWidget() is w.tiles and w.session.name == "2026.pdf"
    assert "3 reports were added to your history" in w.banner.text.text()
    assert "Some reports could not be read:\nnotes.pdf: " in w.banner.text.text()
    ldl = w.session.comparison.trends["ldl"]
    assert [r.value for r in ldl.readings] == [150, 160, 190]
    _check_2026_view(qtbot, w)
    w.show_card(_card_with(w, "LDL"))
    assert [d for d, _v in w.detail.trend_charts[0].points] == [
        "April 2024", "March 2025", "March 2026"]


def test_photos_are_accepted_and_need_a_vision_model(qtbot, mem, tmp_path):
    assert "*.png" in open_filter() and "*.heic" in open_filter() and "*.jpg" in open_filter()
    photo = tmp_path / "report photo.png"
    Image.new("RGB", (400, 600), (250, 250, 250)).save(photo)
    w = _window(qtbot)
    _drop(w, [photo])
    qtbot.waitUntil(lambda: w.analysis.runner is None and w.banner.isVisible(), timeout=20_000)
    assert w.banner.text.text() == PHOTO_NEEDS_VISION
    assert w.stack.currentWidget() is w.welcome


def test_the_handout_shows_the_trends(qtbot, mem, tmp_path):
    old, new = _reports(tmp_path)
    w = _window(qtbot)
    _analyse(qtbot, w, old)
    _analyse(qtbot, w, new)
    out = w.handout.export(str(tmp_path / "handout.pdf"))
    text = " ".join(" ".join(page.get_text().split()) for page in fitz.open(out))
    assert "Back in range since last time" in text and BACK_LINE in text
    assert LDL_LINE in text and NEW_SINCE in text
    assert "Compared with your earlier check-ups" in text


def test_deleting_all_data_removes_the_trends(qtbot, mem, tmp_path):
    old, new = _reports(tmp_path)
    w = _window(qtbot)
    _analyse(qtbot, w, old)
    _analyse(qtbot, w, new)
    assert w.session.comparison.trends
    w.records.confirm = lambda question: True
    w.records.inform = lambda title, message: None
    assert w.records.delete_all_data()
    assert w.session is None
    qtbot.waitUntil(lambda: w.vault_keeper.vault is not None, timeout=5000)
    assert w.vault_keeper.vault.list() == []
    _analyse(qtbot, w, new)
    cmp = w.session.comparison
    assert cmp is not None and cmp.trends == {} and cmp.new_since == {}
    assert w.tiles.back_in_range_lines() == [] and w.tiles.news.isHidden()
    w.show_card(_card_with(w, "LDL"))
    assert w.detail.trend_lines == [] and w.detail.history_box.isHidden()


class _ReadsLdl:
    """A stand-in for the vision model: every image-only page holds one LDL result."""

    def scan(self, doc, page_number, *, cancel):
        from checkup_desktop.core.models import Finding

        yield from ()
        return [Finding(label="LDL Cholesterol", value="190", unit="mg/dL",
                        reference_range="< 100", flag="high", page=page_number,
                        text="LDL Cholesterol 190 mg/dL < 100", source="image",
                        value_num=190.0, high=100.0, key="ldl")]


def test_a_photo_read_by_a_vision_model_shows_its_pages(qtbot, tmp_path):
    import functools

    from checkup_desktop.core.pipeline import analyze

    photo = tmp_path / "phone screenshot.png"
    Image.new("RGB", (1080, 5000), (250, 250, 250)).save(photo)  # tall: cut into pages
    w = MainWindow(GuiSettings(), analyze=functools.partial(analyze, scanner=_ReadsLdl()))
    qtbot.addWidget(w)
    w.show()
    assert w.open_report(str(photo))
    qtbot.waitUntil(lambda: w.analysis.runner is None and w.session is not None
                    and w.session.analysis is not None, timeout=20_000)
    assert w.session.analysis.pages > 1 and not w.session.analysis.unread_pages
    w.show_card(_card_with(w, "LDL"))
    viewer = w.detail.page_viewer
    assert viewer.path.endswith(".pdf") and viewer.path != str(photo)
    assert not viewer.image.pixmap().isNull()  # the photo's page is drawn, not an error


# A report that prints its own table of the two earlier years (issue 14 §1): the same figures
# as the two reports above, so the same words are expected by hand.
_COLS = (40.0, 200.0, 300.0, 400.0)
WITH_TABLE = [
    "Patient: A. Person    Sex: Female    Collected: 10/03/2026",
    tuple(zip(_COLS, ("Test", "Result", "Unit", "Range"), strict=True)),
    tuple(zip(_COLS, ("LDL Cholesterol", "190", "mg/dL", "< 100"), strict=True)),
    tuple(zip(_COLS, ("TSH", "6.0", "uIU/mL", "0.4 - 4.0"), strict=True)),
    tuple(zip(_COLS, ("Glucose Fasting", "90", "mg/dL", "70 - 99"), strict=True)),
    "",
    "Previous years",
    tuple(zip(_COLS, ("Test", "2024-03-08", "2025-03-12", "Unit"), strict=True)),
    tuple(zip(_COLS, ("LDL Cholesterol", "150", "160", "mg/dL"), strict=True)),
    tuple(zip(_COLS, ("TSH", "1.8", "2.0", "uIU/mL"), strict=True)),
    tuple(zip(_COLS, ("Glucose Fasting", "105", "118", "mg/dL"), strict=True)),
]


def _with_table(tmp_path: Path) -> Path:
    from checkup_pdfs import write_pdf

    return write_pdf(tmp_path / "2026 with table.pdf", [WITH_TABLE], font="helv")


def _check_table_view(qtbot, w: MainWindow) -> None:
    s = w.session
    # the table's rows are no findings and no cards: one card each for LDL and TSH
    assert sorted(e.label for c in s.cards.values() for e in c.evidence) == [
        "LDL Cholesterol", "TSH"]
    assert [r.value for r in s.comparison.trends["ldl"].readings] == [150, 160, 190]
    tsh, ldl = _card_with(w, "TSH"), _card_with(w, "LDL")
    assert _tile(w, tsh).since.text() == NEW_SINCE and _tile(w, ldl).since.isHidden()
    assert w.tiles.back_in_range_lines() == [BACK_LINE]
    w.show_card(ldl)
    assert w.detail.trend_lines == [LDL_LINE]
    (chart,) = w.detail.trend_charts
    assert [d for d, _v in chart.points] == ["March 2024", "March 2025", "March 2026"]
    w.detail.left_scroll.ensureWidgetVisible(chart)
    qtbot.waitUntil(lambda: chart.isVisible() and chart.height() >= chart.sizeHint().height(),
                    timeout=3000)
    img = chart.grab().toImage()
    p0, p1, p2 = chart.point_at(0), chart.point_at(1), chart.point_at(2)
    assert p2.y() < p1.y() < p0.y()  # 150, 160, 190: each drawn higher
    for pt in (p0, p1, p2):
        assert _gray(img, pt.x(), pt.y()) < 90  # a dark dot at each reading


def test_a_previous_years_table_in_the_report_gives_trends_with_an_empty_history(
        qtbot, mem, tmp_path):
    w = _window(qtbot)
    _analyse(qtbot, w, _with_table(tmp_path))
    _check_table_view(qtbot, w)
    # the handout shows them too
    out = w.handout.export(str(tmp_path / "handout.pdf"))
    text = " ".join(" ".join(page.get_text().split()) for page in fitz.open(out))
    assert BACK_LINE in text and LDL_LINE in text and NEW_SINCE in text


def test_a_previous_years_table_gives_trends_without_a_history(qtbot, tmp_path):
    w = MainWindow(GuiSettings())
    qtbot.addWidget(w)
    w.show()
    assert w.vault_keeper is None  # no history kept
    assert w.open_report(str(_with_table(tmp_path)))
    qtbot.waitUntil(lambda: w.analysis.runner is None and w.session is not None
                    and w.session.comparison is not None, timeout=20_000)
    _check_table_view(qtbot, w)


def test_the_history_wins_over_the_table_for_the_same_checkup(qtbot, mem, tmp_path):
    # the history holds the March 2025 report (LDL 160 there too, but glucose 118 and TSH 2.0
    # come from it); its record, not the table's column, is the March 2025 reading
    old = text_pdf(tmp_path / "2025.pdf", [[*MARCH_2025[:1], ("LDL Cholesterol", "170",
                                                               "mg/dL", "< 100"),
                                            *MARCH_2025[2:]]])
    w = _window(qtbot)
    _analyse(qtbot, w, old)
    _analyse(qtbot, w, _with_table(tmp_path))
    assert [r.value for r in w.session.comparison.trends["ldl"].readings] == [150, 170, 190]
    w.show_card(_card_with(w, "LDL"))
    assert w.detail.trend_lines == ["LDL Cholesterol 190 mg/dL, up from 170 in March 2025."]


def test_reports_dropped_together_without_a_date_are_asked_about_one_by_one(
        qtbot, mem, tmp_path):
    old, new = _reports(tmp_path)
    rows = [line for line in MARCH_2025 if isinstance(line, tuple)]
    first = text_pdf(tmp_path / "no-date-1.pdf", [["Patient: A. Person", *rows]])
    second = text_pdf(tmp_path / "no-date-2.pdf", [["Patient: A. Person", *rows]])
    w = _window(qtbot)
    _drop(w.welcome.drop_zone, [new, first, second])
    asked = []
    for answer in ("2023-06-01", None):  # a date for the first, "I don't know" for the next
        qtbot.waitUntil(lambda: w.trends.date_dialog is not None
                        and w.trends.date_dialog not in asked, timeout=20_000)
        dialog = w.trends.date_dialog
        asked.append(dialog)
        if answer:
            dialog.date.setDate(dialog.date.date().fromString(answer, "yyyy-MM-dd"))
            dialog.use_button.click()
        else:
            dialog.unknown_button.click()
    _idle(qtbot, w)
    dates = sorted(m.report_date for m in w.vault_keeper.vault.list())
    assert dates == ["", "2023-06-01", "2026-03-10"]
    assert w.session.name == "2026.pdf"  # the newest dated report is shown
    assert "no-date-" in w.banner.text.text()  # the one left undated is named
