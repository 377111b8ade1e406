"""High contrast: the window follows the system's contrast preference (or the override)."""

import pytest

from checkup_desktop.ui.main_window import MainWindow
from checkup_desktop.ui.settings_dialog import GuiSettings
from checkup_desktop.ui.theme import style_sheet


def test_style_sheet_has_a_high_contrast_variant():
    plain, high = style_sheet(11), style_sheet(11, high_contrast=True)
    assert "#000000" not in plain
    assert high.startswith(plain) and "border: 3px solid #0000CC" in high


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
