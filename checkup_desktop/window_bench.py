"""GUI speed figures for `checkup-desktop bench --gui`: how long until the window is shown after
launch, and the longest stall of the GUI thread while a report is analysed (a heartbeat timer
measures the gaps between its ticks)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HEARTBEAT_MS = 5
STARTUP_GOAL_S = 1.5
STALL_GOAL_MS = 50


def measure_startup(runs: int = 3) -> float:
    """Median seconds from starting a fresh process to the window being shown."""
    env = dict(os.environ)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "checkup_desktop.window_bench", "--child"],
                                stdout=subprocess.PIPE, text=True, env=env)
        line = proc.stdout.readline()
        times.append(time.perf_counter() - t0)
        proc.wait(timeout=30)
        if line.strip() != "shown":
            raise RuntimeError("the window did not start")
    return sorted(times)[len(times) // 2]


def _startup_child() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from checkup_desktop.app import gui_settings
    from checkup_desktop.core.storage.settings import read_settings
    from checkup_desktop.ui.main_window import MainWindow

    app = QApplication([sys.argv[0]])
    window = MainWindow(gui_settings(read_settings().settings))
    window.show()

    def shown() -> None:
        print("shown", flush=True)
        app.quit()

    QTimer.singleShot(0, shown)  # runs once the window has been laid out and exposed
    app.exec()


def measure_stall(report: Path, writer=None, timeout_s: float = 900.0) -> dict:
    """Analyse `report` in the window; return the longest GUI-thread stall and the wall time."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from checkup_desktop.app import tune_interpreter
    from checkup_desktop.ui.main_window import MainWindow
    from checkup_desktop.ui.settings_dialog import GuiSettings

    app = QApplication.instance() or QApplication([sys.argv[0]])
    # the window asks its factory for a writer only when a model is chosen in its settings
    settings = GuiSettings(model_path="bench" if writer is not None else "")
    window = MainWindow(settings, writer_factory=lambda _settings: writer)
    tune_interpreter(window)  # as the app does
    window.show()
    settle = time.perf_counter()
    while time.perf_counter() - settle < 3.0:  # the user drops a file into an idle window
        app.processEvents()
        time.sleep(0.005)
    clock = QElapsedTimer()
    gaps: list[int] = []
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    beat = QTimer()
    beat.setInterval(HEARTBEAT_MS)
    beat.timeout.connect(tick)
    clock.start()
    beat.start()
    t0 = time.perf_counter()
    if not window.open_report(str(report)):
        raise RuntimeError("the report could not be opened")
    while window.analysis.runner is not None and time.perf_counter() - t0 < timeout_s:
        app.processEvents()
        time.sleep(0.001)
    wall = time.perf_counter() - t0
    beat.stop()
    cards = len(window.session.cards) if window.session else 0
    window.close()
    longest = max(gaps[1:] or [0]) - HEARTBEAT_MS
    return {"gui_analysis_wall_s": round(wall, 3), "gui_cards": cards,
            "gui_longest_stall_ms": max(longest, 0), "gui_stall_goal_ms": STALL_GOAL_MS}


def bench_gui(report: Path, writer=None) -> dict:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless: measure offscreen
    startup = measure_startup()
    result = {"window_shown_s": round(startup, 3), "window_goal_s": STARTUP_GOAL_S}
    # the first analysis after start pays one-time costs (MuPDF, fonts, model start); report
    # it apart from the next one
    first = measure_stall(report, writer)
    result["gui_first_analysis_longest_stall_ms"] = first["gui_longest_stall_ms"]
    result.update(measure_stall(report, writer))
    return result


if __name__ == "__main__" and "--child" in sys.argv:
    _startup_child()
