"""The composition root: the window's settings map onto the stored settings and back."""

from __future__ import annotations

import os
import subprocess
import sys

from checkup_desktop.app import gui_settings, stored_settings
from checkup_desktop.core.storage.settings import Settings, load_settings, save_settings
from checkup_desktop.ui.settings_dialog import GuiSettings


def test_window_settings_survive_a_save_and_load():
    base = Settings(recent_files=["/reports/a.pdf"], window_geometry="abc")
    wanted = GuiSettings(lang="zh", text_size="larger", threads=3, gpu_layers=-1,
                         model_path="/models/x.gguf", high_contrast=True)
    save_settings(stored_settings(wanted, base))  # under the test's own config folder
    loaded = load_settings()
    assert gui_settings(loaded) == wanted
    assert loaded.recent_files == ["/reports/a.pdf"]  # what the window does not show is kept


def test_system_language_resolves_to_one_the_cards_support():
    from checkup_desktop.core.i18n import LANGS

    assert gui_settings(Settings(language="system")).lang in LANGS
    assert gui_settings(Settings(language="de")).lang == "de"
    assert gui_settings(Settings()).model_path == ""  # default: knowledge-base cards only


_RUN_GUI = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from checkup_desktop.app import run_gui
from checkup_desktop.ui.main_window import MainWindow

def check_and_quit():
    app = QApplication.instance()
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    w = windows[-1] if windows else None
    if w is not None and w.analysis.runner is None and (w.session or w.banner.message()):
        print("session:", w.session.name if w.session else None, flush=True)
        w.close()
        app.exit(0)
    else:
        QTimer.singleShot(50, check_and_quit)

app = QApplication([sys.argv[0]])  # run_gui uses the running application
QTimer.singleShot(50, check_and_quit)
sys.exit(run_gui([sys.argv[1]]))
"""


def test_run_gui_builds_the_window_and_returns_the_exit_code(realworld, tmp_path):
    # its own process: run_gui owns the application's event loop and exit code
    out = subprocess.run(
        [sys.executable, "-c", _RUN_GUI, str(realworld / "reportlens__lipid_drlogy.pdf")],
        capture_output=True, text=True, timeout=120,
        # never the real keychain of the machine running the tests
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
             "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    assert out.returncode == 0, out.stderr
    assert "session: reportlens__lipid_drlogy.pdf" in out.stdout
