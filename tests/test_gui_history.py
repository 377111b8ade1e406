"""The window and the private history, offscreen, on the real core: a real encrypted vault
(in-memory keyring, or a passphrase where no keyring works), the real pipeline (rules only)
on a real lab report, "delete all my data", remembered geometry and macOS "Open with"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QFileOpenEvent

from checkup_desktop.app import install_file_open_handler, remembered
from checkup_desktop.core.storage import Settings
from checkup_desktop.core.storage.records import history_dir
from checkup_desktop.core.storage.settings import save_settings, settings_path
from checkup_desktop.ui.main_window import MainWindow, geometry_b64, restore_geometry
from checkup_desktop.ui.settings_dialog import GuiSettings, SettingsDialog

CBC = "reportlens__cbc_abnormal_drlogy.pdf"
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")








def _window(qtbot, settings: GuiSettings | None = None, **kw) -> MainWindow:
    w = MainWindow(settings or GuiSettings(), keep_history=True, **kw)
    qtbot.addWidget(w)
    w.show()
    return w


def _unlocked(qtbot, w: MainWindow) -> None:
    qtbot.waitUntil(lambda: w.vault_keeper.vault is not None, timeout=5000)


def _analyse(qtbot, w: MainWindow, path: Path) -> None:
    assert w.open_report(str(path))
    qtbot.waitUntil(lambda: w.analysis.runner is None and w.session is not None
                    and w.session.analysis is not None, timeout=15_000)
    _saved(qtbot, w)


def _saved(qtbot, w: MainWindow) -> None:
    qtbot.waitUntil(lambda: not w.vault_keeper.busy(), timeout=5000)


def _rows(w: MainWindow) -> list[str]:
    return [row.text.text() for row in w.welcome.history.rows]


def test_finished_analysis_is_kept_and_reopens_with_its_edits(qtbot, mem, realworld):
    w = _window(qtbot)
    _unlocked(qtbot, w)
    assert w.vault_keeper.vault.key_kind == "keychain" and _rows(w) == []
    _analyse(qtbot, w, realworld / CBC)
    s = w.session
    cards = list(s.cards.values())
    assert cards and s.record_id
    rows = _rows(w)
    assert len(rows) == 1 and CBC in rows[0] and str(len(cards)) in rows[0]

    first = w.tiles.tile_ids()[0]
    w.show_card(first)
    w.detail.set_question_text(0, "Should this be rechecked in a month?")
    _saved(qtbot, w)
    metas = w.vault_keeper.vault.list()
    assert [m.record_id for m in metas] == [s.record_id]  # the same record, updated
    assert not metas[0].has_pdf  # the report itself only when the user asks for it
    w.close()

    # the next start: the list is there; opening a record does not read the report again
    w2 = _window(qtbot)
    _unlocked(qtbot, w2)
    assert len(_rows(w2)) == 1
    w2.welcome.history.rows[0].open_button.click()
    assert w2.analysis.runner is None and w2.stack.currentWidget() is w2.tiles
    assert [c.model_dump() for c in w2.session.cards.values()] == [c.model_dump()
                                                                   for c in cards]
    assert w2.tiles.tile_ids() == w.tiles.tile_ids()
    assert w2.session.questions(first)[0] == "Should this be rechecked in a month?"
    w2.show_card(first)
    assert w2.detail.questions.questions()[0] == "Should this be rechecked in a month?"


def test_newest_first_and_delete_asks_first(qtbot, mem, realworld):
    w = _window(qtbot)
    _unlocked(qtbot, w)
    _analyse(qtbot, w, realworld / CBC)
    _analyse(qtbot, w, realworld / "reportlens__lipid_drlogy.pdf")
    rows = _rows(w)
    assert len(rows) == 2 and "lipid" in rows[0] and "cbc" in rows[1]
    newest = w.welcome.history.rows[0].record_id
    w.records.confirm = lambda question: False
    w.welcome.history.rows[0].delete_button.click()
    assert len(_rows(w)) == 2
    w.records.confirm = lambda question: True
    w.welcome.history.rows[0].delete_button.click()
    rows = _rows(w)
    assert len(rows) == 1 and "cbc" in rows[0]
    assert newest not in {m.record_id for m in w.vault_keeper.vault.list()}


def test_keeping_the_report_pdf_is_a_setting(qtbot, mem, realworld, tmp_path):
    report = tmp_path / CBC
    report.write_bytes((realworld / CBC).read_bytes())
    w = _window(qtbot, GuiSettings(keep_pdf=True))
    _unlocked(qtbot, w)
    _analyse(qtbot, w, report)
    (meta,) = w.vault_keeper.vault.list()
    assert meta.has_pdf and meta.pdf_size == report.stat().st_size
    _analysis, _edits, pdf = w.vault_keeper.vault.load(meta.record_id)
    assert pdf == report.read_bytes()
    # the report was moved away: its pages still show, from the kept copy, while open
    report.unlink()
    assert w.records.open(meta.record_id)
    shown = Path(w.session.path)
    assert shown != report and shown.read_bytes() == pdf
    w.show_card(w.tiles.tile_ids()[0])
    assert w.detail.report_path == str(shown)
    w.close()
    assert not shown.exists()  # no readable copy left once the window is closed


def test_a_lost_keychain_key_is_explained(qtbot, mem, realworld):
    w = _window(qtbot)
    _unlocked(qtbot, w)
    _analyse(qtbot, w, realworld / CBC)
    w.close()
    mem.store.clear()  # e.g. the keychain was reset
    w2 = _window(qtbot)
    assert "no longer in this computer's keychain" in w2.welcome.history.status.text()
    assert w2.vault_keeper.vault is None and w2.welcome.history.unlock_button.isHidden()


def test_no_keychain_offers_a_passphrase_that_then_protects_the_history(
        qtbot, no_keychain, realworld):
    w = _window(qtbot)
    panel = w.welcome.history
    assert "no system keychain" in panel.status.text()
    assert not panel.unlock_button.isHidden() and not panel.skip_button.isHidden()
    answers = iter(["short", "a good long passphrase"])  # too short first: asked again
    asked: list[str] = []
    w.records.ask_passphrase = lambda message, create: asked.append(message) or next(answers)
    panel.unlock_button.click()
    _unlocked(qtbot, w)
    assert len(asked) == 2 and "8 characters" in asked[1]
    assert w.vault_keeper.vault.key_kind == "passphrase"
    _analyse(qtbot, w, realworld / CBC)
    assert len(_rows(w)) == 1
    # never a key file: the folder holds the vault description and encrypted records only
    names = sorted(p.name for p in history_dir().iterdir())
    assert names[-1] == "vault.json" and all(n.endswith(".cdrec") for n in names[:-1])
    w.close()

    w2 = _window(qtbot)
    assert "passphrase" in w2.welcome.history.status.text()
    answers2 = iter(["not the passphrase", "a good long passphrase"])
    asked2: list[str] = []
    w2.records.ask_passphrase = lambda message, create: asked2.append(message) or next(answers2)
    w2.welcome.history.unlock_button.click()
    _unlocked(qtbot, w2)
    assert "not the right passphrase" in asked2[1]
    assert len(_rows(w2)) == 1


def test_continue_without_history_saves_nothing(qtbot, no_keychain, realworld):
    w = _window(qtbot)
    w.welcome.history.skip_button.click()
    assert "History is off" in w.welcome.history.status.text()
    assert w.welcome.history.unlock_button.isHidden()
    assert w.open_report(str(realworld / CBC))
    qtbot.waitUntil(lambda: w.analysis.runner is None and w.session is not None, timeout=15_000)
    assert w.session.record_id is None and not history_dir().exists()


def test_delete_all_data_gives_a_fresh_start(qtbot, mem, realworld, tmp_path):
    save_settings(Settings(text_size="larger", recent_files=[str(realworld / CBC)]))
    w = _window(qtbot, GuiSettings(text_size="larger"), on_wiped=lambda: GuiSettings())
    _unlocked(qtbot, w)
    _analyse(qtbot, w, realworld / CBC)
    assert len(_rows(w)) == 1 and mem.store
    w.records.confirm = lambda question: False
    assert not w.records.delete_all_data() and len(_rows(w)) == 1
    w.records.confirm = lambda question: True
    told: list[str] = []
    w.records.inform = lambda title, message: told.append(message)
    # Qt's file dialogs remember recent folders in QSettings("QtProject"): gone too
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "qt-settings"))
    qs = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "QtProject")
    qs.setValue("FileDialog/history", [str(realworld)])
    qs.setValue("FileDialog/lastVisited", str(realworld))
    qs.sync()
    assert w.records.delete_all_data()
    assert len(told) == 1 and "deleted" in told[0]  # said afterwards, not only in passing
    qs = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "QtProject")
    assert qs.value("FileDialog/history") is None and qs.value("FileDialog/lastVisited") is None
    assert w.stack.currentWidget() is w.welcome and w.session is None
    assert w.settings == GuiSettings() and not settings_path().exists()
    _unlocked(qtbot, w)  # a new, empty history with a new key
    assert _rows(w) == [] and w.vault_keeper.vault.list() == []
    assert not w.menus.export_action.isEnabled()


def test_settings_dialog_offers_keep_pdf_and_delete_all(qtbot):
    d = SettingsDialog(GuiSettings(keep_pdf=True), manifest=[])
    qtbot.addWidget(d)
    assert d.keep_pdf.isChecked() and d.settings().keep_pdf
    d.keep_pdf.setChecked(False)
    assert not d.settings().keep_pdf
    d.open()
    d.wipe_button.click()
    assert d.wipe_chosen and d.result() == SettingsDialog.DialogCode.Rejected


def test_geometry_and_recent_files_are_remembered(qtbot, mem, realworld):
    kept: dict[str, str] = {}
    w = _window(qtbot, on_remember=lambda **c: kept.update(c))
    w.resize(700, 640)
    size = (w.width(), w.height())  # the window may hold a minimum size: what it really is
    assert w.open_report(str(realworld / CBC))
    assert kept["recent"] == str(realworld / CBC)
    qtbot.waitUntil(lambda: w.analysis.runner is None, timeout=15_000)
    w.close()
    stored = remembered(Settings(), recent=kept["recent"], geometry=kept["geometry"])
    assert stored.recent_files == [str(realworld / CBC)]
    assert stored.window_geometry == geometry_b64(w)
    w2 = MainWindow(GuiSettings())
    qtbot.addWidget(w2)
    assert restore_geometry(w2, stored.window_geometry)
    assert (w2.width(), w2.height()) == size != (1100, 760)


def test_open_with_while_running_opens_the_report(qtbot, qapp, realworld):
    w = MainWindow(GuiSettings())
    qtbot.addWidget(w)
    handler = install_file_open_handler(qapp, w)
    try:
        QCoreApplication.postEvent(qapp, QFileOpenEvent(str(realworld / CBC)))
        qtbot.waitUntil(lambda: w.session is not None and w.analysis.runner is None, timeout=15_000)
        assert w.session.name == CBC and w.tiles.tile_ids()
    finally:
        qapp.removeEventFilter(handler)


# ---------------------------------------------------------------- issue 12


def test_deleting_one_entry_keeps_the_list_readable(qtbot, mem, realworld):
    """Issue 12: deleting one of two entries collapsed the list to a 2 px strip."""
    w = _window(qtbot)
    _unlocked(qtbot, w)
    _analyse(qtbot, w, realworld / CBC)
    _analyse(qtbot, w, realworld / "reportlens__lipid_drlogy.pdf")
    w.show_history()
    panel = w.welcome.history
    w.records.confirm = lambda question: True
    panel.rows[0].delete_button.click()
    assert len(panel.rows) == 1
    row = panel.rows[0]
    assert panel.scroll.height() > 30
    qtbot.waitUntil(lambda: row.isVisible())
    assert row.open_button.isVisible() and row.height() > 10
    # the whole row is inside the list's visible area, not cut to a strip
    assert row.geometry().bottom() <= panel.scroll.viewport().height()


def test_history_rows_show_the_time_and_an_urgent_marker():
    from datetime import UTC, datetime

    from checkup_desktop.core.storage import RecordMeta
    from checkup_desktop.ui.history_list import record_line

    when = datetime(2026, 12, 6, 14, 5, tzinfo=UTC)
    meta = RecordMeta(record_id="a", report_name="k.pdf", created_at=when, saved_at=when,
                      pages=1, card_count=1, language="en", has_pdf=False, urgent_count=1)
    line = record_line(meta)
    local = datetime.fromtimestamp(when.timestamp())
    assert line.startswith("⚠ Urgent · k.pdf") and f"{local.minute:02d}" in line
    calm = record_line(meta.model_copy(update={"urgent_count": 0, "stopped": True}))
    assert "⚠" not in calm and "stopped" in calm


def test_history_is_in_a_menu_and_there_is_a_help_menu(qtbot, mem):
    w = _window(qtbot)
    _unlocked(qtbot, w)
    menu_type = type(w.menus.top["file"])
    titles = [m.title().replace("&", "") for m in w.menuBar().findChildren(menu_type)]
    assert {"History", "Help", "Settings"} <= set(titles)
    assert w.menus.settings_action in w.menus.top["settings"].actions()  # not only under File
    w._show(w.tiles)
    w.menus.history_action.trigger()
    assert w.stack.currentWidget() is w.welcome and w.welcome.history.isVisible()


def _stoppable(cards, gate):
    from checkup_desktop.core.events import CardReady, Progress

    def analyze(path, *, cancel, **kw):
        yield Progress("reading", page=1, pages=1)
        for i, c in enumerate(cards, start=1):
            yield CardReady(c, index=i, count=len(cards))
        yield Progress("writing", card_index=1, card_count=len(cards))
        while not gate.wait(0.02):
            cancel.check()

    return analyze


def _urgent_card():
    from checkup_desktop.core.models import ActionCard, Evidence

    return ActionCard(
        id="k", title="Potassium far above range", priority="urgent", department="emergency",
        follow_up="immediately", explanation="Potassium is far outside the printed range.",
        questions=["What should I do today?", "Should it be rechecked?"],
        evidence=[Evidence(label="Potassium", value="6.9", unit="mmol/L",
                           reference_range="3.5 - 5.1", flag="critical_high", page=1,
                           text="Potassium 6.9 mmol/L 3.5 - 5.1")])


def test_a_stopped_analysis_is_saved_and_the_user_is_told(qtbot, mem, realworld):
    import threading

    gate = threading.Event()
    w = _window(qtbot, analyze=_stoppable([_urgent_card()], gate))
    _unlocked(qtbot, w)
    assert w.open_report(str(realworld / CBC))
    qtbot.waitUntil(lambda: w.tiles.busy.isVisible(), timeout=10_000)
    w.tiles.busy_cancel.click()
    qtbot.waitUntil(lambda: w.analysis.runner is None, timeout=10_000)
    _saved(qtbot, w)
    assert "saved in your history" in w.banner.message() and w.banner.kind() == "info"
    (meta,) = w.vault_keeper.vault.list()
    assert meta.stopped and meta.urgent_count == 1 and meta.card_count == 1
    assert "stopped" in _rows(w)[0] and _rows(w)[0].startswith("⚠")
    w.show_card("k")
    w.detail.set_question_text(0, "Edited after stopping?")
    _saved(qtbot, w)
    _analysis, edits, _pdf = w.vault_keeper.vault.load(meta.record_id)
    assert edits["questions"]["k"][0] == "Edited after stopping?"


def test_a_report_opened_while_history_is_locked_is_saved_once_unlocked(
        qtbot, no_keychain, realworld):
    w = _window(qtbot)
    assert w.vault_keeper.vault is None  # the passphrase is not set yet
    _analyse_locked = w.open_report(str(realworld / CBC))
    assert _analyse_locked
    qtbot.waitUntil(lambda: w.analysis.runner is None and w.session is not None
                    and w.session.analysis is not None, timeout=15_000)
    assert "not saved yet" in w.banner.message() and w.banner.kind() == "info"
    w.records.ask_passphrase = lambda message, create: "a good long passphrase"
    w.welcome.history.unlock_button.click()
    _unlocked(qtbot, w)
    _saved(qtbot, w)
    assert len(w.vault_keeper.vault.list()) == 1 and w.session.record_id
    assert "saved" in w.banner.message()


def test_passphrase_length_is_checked_before_the_repeat_and_the_warning_stays(qtbot, mem):
    from checkup_desktop.ui.vault_keeper import create_message

    w = _window(qtbot)
    answers = iter(["short", "long enough phrase", "long enough phrase"])
    asked: list[str] = []
    w.records.ask_text = lambda message: asked.append(message) or next(answers)
    assert w.records.ask_passphrase(create_message(), True) == "long enough phrase"
    assert len(asked) == 3
    assert "cannot be recovered" in asked[0]
    assert "too short" in asked[1] and "cannot be recovered" in asked[1]  # not the repeat
    assert "same passphrase again" in asked[2]
    answers = iter(["long enough phrase", "another phrase!!", None])
    asked.clear()
    assert w.records.ask_passphrase(create_message(), True) is None
    assert "not the same" in asked[2] and "cannot be recovered" in asked[2]


def test_delete_all_asks_with_no_as_the_default(qtbot):
    from PySide6.QtWidgets import QApplication, QMessageBox

    w = _window(qtbot)
    seen: list[object] = []

    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.defaultButton() is box.button(QMessageBox.StandardButton.No))
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(100, answer)
    assert not w.records.delete_all_data()
    assert seen == [True]


def test_live_language_switch_and_history_in_the_current_language(qtbot, mem, realworld):
    from dataclasses import replace

    from checkup_desktop.ui.tr import install_window_language

    w = _window(qtbot)
    _unlocked(qtbot, w)
    try:
        _analyse(qtbot, w, realworld / CBC)
        record = w.session.record_id
        w.show_tiles()
        w._apply_and_keep(replace(w.settings, lang="zh"))
        # the whole window at once: menus, headings, the cards on screen
        assert w.menus.top["file"].title().startswith("文件")
        assert w.tiles.heading.text() == "您的卡片"
        assert w.stack.currentWidget() is w.tiles
        titles = [t.title.text() for t in w.tiles.tiles]
        assert titles and all(any("\u4e00" <= ch <= "\u9fff" for ch in t) for t in titles)
        first = w.tiles.tile_ids()[0]
        w.show_card(first)
        headers = [w.detail.evidence.horizontalHeaderItem(i).text() for i in range(5)]
        assert headers[0] == "项目"
        # the analysis saved in English reopens in Chinese
        w.show_history()
        assert w.records.open(record)
        assert w.session.lang == "zh"
        assert all(any("\u4e00" <= ch <= "\u9fff" for ch in c.title)
                   for c in w.session.cards.values())
    finally:
        install_window_language("en")
