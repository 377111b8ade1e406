"""Render every view of the app, and the handout pages, to PNGs (offscreen).

    .venv/bin/python scripts/screenshots.py OUT_DIR [--report REPORT.pdf] [--lang en|zh]

Without --report a made-up sample report is written to a temp folder and analysed with the
real pipeline (knowledge-base cards only). Handout pages need `pdftoppm` (poppler-utils).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from checkup_desktop.core.sample_report import write_sample_report  # noqa: E402
from checkup_desktop.ui.main_window import MainWindow  # noqa: E402
from checkup_desktop.ui.settings_dialog import GuiSettings, SettingsDialog  # noqa: E402


def _settle(app: QApplication, seconds: float = 0.2) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def _wait(app: QApplication, done, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.02)


def _shot(widget: QWidget, out: Path, name: str) -> Path:
    path = out / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"could not save {path}")
    print(path)
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--report", type=Path)
    ap.add_argument("--lang", default="en", choices=["en", "zh"])
    args = ap.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="checkup-shots-") as tmp:
        report = args.report or write_sample_report(Path(tmp) / "sample_checkup.pdf")
        w = MainWindow(GuiSettings(lang=args.lang))
        w.resize(1200, 820)
        w.show()
        _settle(app)
        _shot(w, out, "1-welcome")

        w.progress.start(report.name)
        w.progress.set_progress("reading", 3, 10, 0, 0)
        w.stack.setCurrentWidget(w.progress)
        _settle(app)
        _shot(w, out, "2-progress")

        w.open_report(str(report))
        _wait(app, lambda: w.runner is None)
        _settle(app)
        _shot(w, out, "3-tiles")
        if w.session and w.session.cards:
            with_box = [c for c in w.session.cards.values() if any(e.bbox for e in c.evidence)]
            first = (with_box or list(w.session.cards.values()))[0]
            w.show_card(first.id)
            _settle(app, 0.4)
            _shot(w, out, "4-detail")
            w.show_tiles()

        bad = Path(tmp) / "holiday-photo.pdf"
        bad.write_bytes(b"\xff\xd8\xff\xe0 not a pdf")
        w.open_report(str(bad))
        _wait(app, lambda: w.runner is None)
        _settle(app)
        _shot(w, out, "5-error")

        dialog = SettingsDialog(w.settings, w)
        dialog.show()
        _settle(app)
        _shot(dialog, out, "6-settings")
        dialog.close()

        if w.session:
            handout = w.export_handout(str(Path(tmp) / "handout.pdf"))
            if handout and shutil.which("pdftoppm"):
                subprocess.run(["pdftoppm", "-r", "70", "-png", str(handout),
                                str(out / "7-handout")], check=True)
                for p in sorted(out.glob("7-handout*.png")):
                    print(p)
            elif handout:
                print("pdftoppm not found: handout pages not rendered", file=sys.stderr)
        w.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
