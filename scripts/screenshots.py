"""Render every view of the app, and the handout pages, to PNGs (offscreen).

    .venv/bin/python scripts/screenshots.py OUT_DIR [--report REPORT.pdf] [--lang en|zh]
    .venv/bin/python scripts/screenshots.py OUT_DIR --proof   # under a real X server

Without --report a made-up sample report is written to a temp folder and analysed with the
real pipeline (knowledge-base cards only). Handout pages need `pdftoppm` (poppler-utils).

--trends (issue 14) shoots, under a real X server too, three check-ups of one person a year
apart imported into a throw-away history: the results view (new since, back in range), a
card's detail view with its trend chart and range bars, and the handout pages (14-*.png).

--proof (issue 12) shoots the whole screen, window manager frame included, so run it under
Xvfb with a window manager (QT_QPA_PLATFORM=xcb): a critical potassium report, a failed
open (a scanned page) after it, the window after a live switch to Chinese, and the first page
of the handout of the critical report.
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

if "--proof" not in sys.argv and "--trends" not in sys.argv:
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


def _critical_report(path: Path) -> Path:
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((40, 60), "City Lab - Basic metabolic panel", fontsize=14)
    rows = [("Test", "Result", "Unit", "Reference range"),
            ("Sodium", "139", "mmol/L", "135 - 145"),
            ("Potassium", "6.9", "mmol/L", "3.5 - 5.1"),
            ("Chloride", "101", "mmol/L", "98 - 107"),
            ("Glucose (fasting)", "112", "mg/dL", "70 - 99"),
            ("Creatinine", "1.0", "mg/dL", "0.7 - 1.3")]
    for i, row in enumerate(rows):
        for x, text in zip((40, 220, 320, 420), row, strict=True):
            page.insert_text((x, 100 + 18 * i), text, fontsize=10)
    doc.save(path)
    doc.close()
    return path


def _scanned_report(path: Path) -> Path:
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page()
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 400, 500), False)
    pix.clear_with(235)
    page.insert_image(page.rect, pixmap=pix)
    doc.save(path)
    doc.close()
    return path


def _screen(app: QApplication, out: Path, name: str) -> Path:
    path = out / f"{name}.png"
    if not app.primaryScreen().grabWindow(0).save(str(path)):
        raise OSError(f"could not save {path}")
    print(path)
    return path


def proof(out: Path) -> int:
    from dataclasses import replace

    from checkup_desktop.core.export import write_handout

    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="checkup-proof-") as tmp:
        critical = _critical_report(Path(tmp) / "potassium.pdf")
        scan = _scanned_report(Path(tmp) / "scan.pdf")
        w = MainWindow(GuiSettings())
        w.resize(1100, 760)
        w.move(40, 30)
        w.show()
        _settle(app, 1.0)
        w.open_report(str(critical))
        _wait(app, lambda: w.analysis.runner is None)
        _settle(app, 1.0)
        _screen(app, out, "1-critical")
        w.open_report(str(scan))
        _wait(app, lambda: w.analysis.runner is None)
        _settle(app, 1.0)
        _screen(app, out, "2-failed-open-after-critical")
        w.open_report(str(critical))
        _wait(app, lambda: w.analysis.runner is None)
        _settle(app, 0.5)
        handout = write_handout(w.session.current_analysis(), Path(tmp) / "handout.pdf",
                                report_name=w.session.name, lang="en")
        w._apply_and_keep(replace(w.settings, lang="zh"))
        _settle(app, 1.0)
        _screen(app, out, "3-chinese-live-switch")
        first = w.tiles.tile_ids()[0]
        w.show_card(first)
        _settle(app, 1.0)
        _screen(app, out, "3b-chinese-detail")
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                        str(handout), str(out / "4-handout-page1")], check=True)
        print(out / "4-handout-page1.png")
        w.close()
    return 0


def _year_report(path: Path, collected: str, rows: list[tuple[str, str, str, str]]) -> Path:
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((40, 60), "City Lab - Annual check-up", fontsize=14)
    page.insert_text((40, 80), f"Patient: A. Person    Sex: Female    Collected: {collected}",
                     fontsize=10)
    for i, row in enumerate([("Test", "Result", "Unit", "Reference range"), *rows]):
        for x, text in zip((40, 220, 320, 420), row, strict=True):
            page.insert_text((x, 110 + 18 * i), text, fontsize=10)
    doc.save(path)
    doc.close()
    return path


def trends(out: Path) -> int:
    """Issue 14: a throw-away app folder and in-memory keychain, three yearly reports."""
    import keyring
    from keyring.backend import KeyringBackend

    class _MemoryKeyring(KeyringBackend):
        priority = 1
        store: dict = {}

        def get_password(self, service, username):
            return self.store.get((service, username))

        def set_password(self, service, username, password):
            self.store[(service, username)] = password

        def delete_password(self, service, username):
            self.store.pop((service, username), None)

    keyring.set_keyring(_MemoryKeyring())
    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="checkup-trends-") as tmp:
        os.environ["CHECKUP_DESKTOP_HOME"] = str(Path(tmp) / "home")
        years = [
            ("02/04/2024", [("LDL Cholesterol", "150", "mg/dL", "< 100"),
                            ("TSH", "1.8", "uIU/mL", "0.4 - 4.0"),
                            ("Glucose Fasting", "104", "mg/dL", "70 - 99"),
                            ("ALT (SGPT)", "26", "U/L", "10 - 40")]),
            ("12/03/2025", [("LDL Cholesterol", "160", "mg/dL", "< 100"),
                            ("TSH", "2.0", "uIU/mL", "0.4 - 4.0"),
                            ("Glucose Fasting", "118", "mg/dL", "70 - 99"),
                            ("ALT (SGPT)", "30", "U/L", "10 - 40")]),
            ("10/03/2026", [("LDL Cholesterol", "190", "mg/dL", "< 100"),
                            ("TSH", "6.0", "uIU/mL", "0.4 - 4.0"),
                            ("Glucose Fasting", "90", "mg/dL", "70 - 99"),
                            ("ALT (SGPT)", "38", "U/L", "10 - 40")]),
        ]
        paths = [str(_year_report(Path(tmp) / f"checkup-{d[-4:]}.pdf", d, rows))
                 for d, rows in years]
        w = MainWindow(GuiSettings(), keep_history=True)
        w.resize(1100, 760)
        w.move(40, 30)
        w.show()
        _wait(app, lambda: w.vault_keeper.vault is not None)
        w.trends.import_many(list(reversed(paths)))
        _wait(app, lambda: w.trends.import_job is None and w.trends.compare_job is None
              and w.session is not None and w.session.comparison is not None)
        _settle(app, 1.0)
        w.tiles.scroll.verticalScrollBar().setValue(w.tiles.scroll.verticalScrollBar().maximum())
        _settle(app, 0.5)
        _screen(app, out, "14-1-results-back-in-range")
        ldl = next(c.id for c in w.session.cards.values()
                   if any("LDL" in e.label for e in c.evidence))
        w.show_card(ldl)
        _settle(app, 1.0)
        w.detail.left_scroll.ensureWidgetVisible(w.detail.trend_charts[0], 0, 40)
        _settle(app, 0.5)
        _screen(app, out, "14-2-detail-trend")
        w.detail.left_scroll.ensureWidgetVisible(w.detail.range_bars[-1], 0, 40)
        _settle(app, 0.5)
        _screen(app, out, "14-3-detail-range-bar")
        tsh = next(c.id for c in w.session.cards.values()
                   if any("TSH" in e.label for e in c.evidence))
        w.show_card(tsh)
        _settle(app, 1.0)
        _screen(app, out, "14-4-detail-new-since")
        handout = w.handout.export(str(Path(tmp) / "handout.pdf"))
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(handout), str(out / "14-5-handout")],
                       check=True)
        for p in sorted(out.glob("14-5-handout*.png")):
            print(p)
        from dataclasses import replace

        w._apply_and_keep(replace(w.settings, lang="zh", high_contrast=True))
        _settle(app, 1.0)
        w.show_card(ldl)
        _settle(app, 1.0)
        w.detail.left_scroll.ensureWidgetVisible(w.detail.trend_charts[0], 0, 40)
        _settle(app, 0.5)
        _screen(app, out, "14-6-detail-trend-zh-high-contrast")
        w.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--report", type=Path)
    ap.add_argument("--lang", default="en", choices=["en", "zh"])
    ap.add_argument("--proof", action="store_true")
    ap.add_argument("--trends", action="store_true")
    args = ap.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    if args.proof:
        return proof(out)
    if args.trends:
        return trends(out)
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
        _wait(app, lambda: w.analysis.runner is None)
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
        _wait(app, lambda: w.analysis.runner is None)
        _settle(app)
        _shot(w, out, "5-error")

        dialog = SettingsDialog(w.settings, w)
        dialog.show()
        _settle(app)
        _shot(dialog, out, "6-settings")
        dialog.close()

        if w.session:
            handout = w.handout.export(str(Path(tmp) / "handout.pdf"))
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
