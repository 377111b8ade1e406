"""High contrast: the window follows the system's contrast preference (or the override)."""

import pytest

from checkup_desktop.ui.main_window import MainWindow
from checkup_desktop.ui.settings_dialog import GuiSettings
from checkup_desktop.ui.theme import style_sheet


def test_style_sheet_has_a_high_contrast_variant():
    plain, high = style_sheet(11), style_sheet(11, high_contrast=True)
    assert "#000000" not in plain
    assert high.startswith(plain) and "border: 4px solid #0000CC" in high
    # check boxes (settings, ticked questions) and focus rings are drawn, not left faint
    assert "QCheckBox::indicator" in high and "QListWidget::indicator:checked" in high
    assert "QCheckBox:focus" in high
    # headings bold (700): Qt emboldens the CJK fallback font only from 700 up, not at 600
    assert 'QLabel[role="h1"] { font-size: 20pt; font-weight: 700; }' in plain


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_window_uses_high_contrast_when_asked(qtbot, monkeypatch, tmp_path):
    monkeypatch.setenv("CHECKUP_DESKTOP_HIGH_CONTRAST", "1")
    window = MainWindow(GuiSettings(text_size="large"))
    qtbot.addWidget(window)
    window.show()
    assert "color: #000000" in window.styleSheet()
    assert "font-size: 13pt" in window.styleSheet()  # text size still applies
    shot = tmp_path / "high-contrast.png"
    assert window.grab().save(str(shot)) and shot.stat().st_size > 0
    monkeypatch.delenv("CHECKUP_DESKTOP_HIGH_CONTRAST")
    window.apply_settings(GuiSettings())
    assert "color: #000000" not in window.styleSheet()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_high_contrast_is_a_setting_and_a_menu_entry(qtbot, monkeypatch):
    from checkup_desktop.ui.settings_dialog import SettingsDialog

    monkeypatch.delenv("CHECKUP_DESKTOP_HIGH_CONTRAST", raising=False)
    window = MainWindow(GuiSettings())
    qtbot.addWidget(window)
    saved: list[GuiSettings] = []
    window._on_settings_changed = saved.append
    assert "color: #000000" not in window.styleSheet()
    dialog = SettingsDialog(GuiSettings(), window, manifest=[])
    qtbot.addWidget(dialog)
    assert not dialog.high_contrast.isChecked()
    dialog.high_contrast.setChecked(True)
    assert dialog.settings().high_contrast
    window.menus.contrast_action.trigger()  # View > High contrast
    assert window.settings.high_contrast and "color: #000000" in window.styleSheet()
    assert saved and saved[-1].high_contrast
    window.menus.contrast_action.trigger()
    assert "color: #000000" not in window.styleSheet()
