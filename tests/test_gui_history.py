"""The window and the private history, offscreen, on the real core: a real encrypted vault
(in-memory keyring, or a passphrase where no keyring works), the real pipeline (rules only)
on a real lab report, "delete all my data", remembered geometry and macOS "Open with"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent

from checkup_desktop.app import install_file_open_handler, remembered
from checkup_desktop.core.storage import Settings
from checkup_desktop.core.storage.history import history_dir
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
    qtbot.waitUntil(lambda: w.history.vault is not None, timeout=5000)


def _analyse(qtbot, w: MainWindow, path: Path) -> None:
    assert w.open_report(str(path))
    qtbot.waitUntil(lambda: w.runner is None and w.session is not None
                    and w.session.analysis is not None, timeout=15_000)
    _saved(qtbot, w)


def _saved(qtbot, w: MainWindow) -> None:
    qtbot.waitUntil(lambda: not w.history.busy(), timeout=5000)


def _rows(w: MainWindow) -> list[str]:
    return [row.text.text() for row in w.welcome.history.rows]


def test_finished_analysis_is_kept_and_reopens_with_its_edits(qtbot, mem, realworld):
    w = _window(qtbot)
    _unlocked(qtbot, w)
    assert w.history.vault.key_kind == "keychain" and _rows(w) == []
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
    metas = w.history.vault.list()
    assert [m.record_id for m in metas] == [s.record_id]  # the same record, updated
    assert not metas[0].has_pdf  # the report itself only when the user asks for it
    w.close()

    # the next start: the list is there; opening a record does not read the report again
    w2 = _window(qtbot)
    _unlocked(qtbot, w2)
    assert len(_rows(w2)) == 1
    w2.welcome.history.rows[0].open_button.click()
    assert w2.runner is None and w2.stack.currentWidget() is w2.tiles
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
    w.confirm = lambda question: False
    w.welcome.history.rows[0].delete_button.click()
    assert len(_rows(w)) == 2
    w.confirm = lambda question: True
    w.welcome.history.rows[0].delete_button.click()
    rows = _rows(w)
    assert len(rows) == 1 and "cbc" in rows[0]
    assert newest not in {m.record_id for m in w.history.vault.list()}


def test_keeping_the_report_pdf_is_a_setting(qtbot, mem, realworld, tmp_path):
    report = tmp_path / CBC
    report.write_bytes((realworld / CBC).read_bytes())
    w = _window(qtbot, GuiSettings(keep_pdf=True))
    _unlocked(qtbot, w)
    _analyse(qtbot, w, report)
    (meta,) = w.history.vault.list()
    assert meta.has_pdf and meta.pdf_size == report.stat().st_size
    _analysis, _edits, pdf = w.history.vault.load(meta.record_id)
    assert pdf == report.read_bytes()
    # the report was moved away: its pages still show, from the kept copy, while open
    report.unlink()
    assert w.open_record(meta.record_id)
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
    assert w2.history.vault is None and w2.welcome.history.unlock_button.isHidden()


def test_no_keychain_offers_a_passphrase_that_then_protects_the_history(
        qtbot, no_keychain, realworld):
    w = _window(qtbot)
    panel = w.welcome.history
    assert "no system keychain" in panel.status.text()
    assert not panel.unlock_button.isHidden() and not panel.skip_button.isHidden()
    answers = iter(["short", "a good long passphrase"])  # too short first: asked again
    asked: list[str] = []
    w.ask_passphrase = lambda message, create: asked.append(message) or next(answers)
    panel.unlock_button.click()
    _unlocked(qtbot, w)
    assert len(asked) == 2 and "8 characters" in asked[1]
    assert w.history.vault.key_kind == "passphrase"
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
    w2.ask_passphrase = lambda message, create: asked2.append(message) or next(answers2)
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
    qtbot.waitUntil(lambda: w.runner is None and w.session is not None, timeout=15_000)
    assert w.session.record_id is None and not history_dir().exists()


def test_delete_all_data_gives_a_fresh_start(qtbot, mem, realworld):
    save_settings(Settings(text_size="larger", recent_files=[str(realworld / CBC)]))
    w = _window(qtbot, GuiSettings(text_size="larger"), on_wiped=lambda: GuiSettings())
    _unlocked(qtbot, w)
    _analyse(qtbot, w, realworld / CBC)
    assert len(_rows(w)) == 1 and mem.store
    w.confirm = lambda question: False
    assert not w.delete_all_data() and len(_rows(w)) == 1
    w.confirm = lambda question: True
    assert w.delete_all_data()
    assert w.stack.currentWidget() is w.welcome and w.session is None
    assert w.settings == GuiSettings() and not settings_path().exists()
    _unlocked(qtbot, w)  # a new, empty history with a new key
    assert _rows(w) == [] and w.history.vault.list() == []
    assert not w.export_action.isEnabled()


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
    qtbot.waitUntil(lambda: w.runner is None, timeout=15_000)
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
        qtbot.waitUntil(lambda: w.session is not None and w.runner is None, timeout=15_000)
        assert w.session.name == CBC and w.tiles.tile_ids()
    finally:
        qapp.removeEventFilter(handler)
