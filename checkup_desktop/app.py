"""Composition root: builds the QApplication, the settings and the main window, and nothing else."""

from __future__ import annotations

import logging
import sys

from checkup_desktop.core.i18n import babel_locale, resolve_language
from checkup_desktop.core.storage.settings import Settings, read_settings, save_settings
from checkup_desktop.ui.settings_dialog import GuiSettings

log = logging.getLogger(__name__)

# Settings has no field for "keep the report PDF" yet (a core change): kept when it has one.


def gui_settings(stored: Settings) -> GuiSettings:
    """What the window needs from the stored settings ("system" language resolved)."""
    lang = resolve_language(stored.language)
    return GuiSettings(lang=lang, text_size=stored.text_size, threads=stored.threads,
                       gpu_layers=stored.gpu_layers, model_path=stored.model_path,
                       keep_pdf=stored.keep_report_pdf, high_contrast=stored.high_contrast)


def stored_settings(gui: GuiSettings, base: Settings) -> Settings:
    """`base` with the window's choices applied (fields the window does not show are kept)."""
    return base.model_copy(update={
        "language": gui.lang, "text_size": gui.text_size, "threads": gui.threads,
        "gpu_layers": gui.gpu_layers, "model_path": gui.model_path,
        "keep_report_pdf": gui.keep_pdf, "high_contrast": gui.high_contrast,
    })


def remembered(base: Settings, *, recent: str | None = None,
               geometry: str | None = None) -> Settings:
    """`base` with a recent file or the window geometry (base64 of saveGeometry) noted."""
    out = base.with_recent(recent) if recent else base
    if geometry is not None:
        out = out.model_copy(update={"window_geometry": geometry})
    return out


def install_file_open_handler(app, window):
    """macOS "Open with" / a PDF dropped on the Dock icon while the app runs arrives as a
    QFileOpenEvent sent to the application. Returns the filter (keep it alive)."""
    from PySide6.QtCore import QEvent, QObject

    class FileOpenFilter(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.FileOpen:
                path = event.file()
                if path:
                    window.open_report(path)
                    return True
            return False

    handler = FileOpenFilter(app)
    app.installEventFilter(handler)
    return handler



def model_writer(settings: GuiSettings) -> object | None:
    """The local model's CardWriter for these settings (None: knowledge-base cards only)."""
    if not settings.model_path:
        return None
    from checkup_desktop.core.llm.card_writer import LlamaCardWriter
    from checkup_desktop.core.llm.runtime import ModelRuntime

    # The runtime checks the file now (plain ModelFileError) and starts its process lazily.
    runtime = ModelRuntime(settings.model_path, threads=settings.threads or None,
                           gpu_layers=settings.gpu_layers if settings.gpu_layers else None)
    return LlamaCardWriter(runtime)


def install_language(app, lang: str) -> list:
    """The window's gettext catalog and Qt's own translations (standard buttons, dialogs)
    for `lang`. Returns the QTranslators, which must stay alive while the app runs."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from checkup_desktop.ui import tr

    tr.install_language(lang)
    QLocale.setDefault(QLocale(babel_locale(lang)))
    translators = []
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if lang != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{babel_locale(lang)}", folder):  # shipped by PySide6-Essentials
            app.installTranslator(qt)
            translators.append(qt)
        else:
            log.info("no Qt translations for %s in %s", lang, folder)
    return translators


# While an analysis runs, the GUI thread waits for the interpreter lock whenever it runs Python
# (a slot, a timer) and the worker thread holds it: up to the switch interval (5 ms by default)
# each time, and many times per frame. 1 ms keeps those waits short: measured with a CPU hog on
# one of two cores, the median stall of a rules-only analysis fell from ~28 to ~18 ms and the
# worst of eight from ~78 to ~61 ms. With only the GUI thread running it changes nothing.
SWITCH_INTERVAL_S = 0.001


def tune_interpreter(window) -> None:
    """Process-wide interpreter settings for the window, set here and nowhere else."""
    import gc

    sys.setswitchinterval(SWITCH_INTERVAL_S)
    # What the idle warm-up loaded (Qt wrappers, the knowledge base, the model client) lives
    # as long as the window: keep it out of the garbage collector's full passes. A full pass
    # over it held the interpreter lock for 30-70 ms (in whichever thread allocated, the worker
    # mostly), and the window cannot paint without that lock.
    window.warmed_up.connect(gc.freeze)


def run_gui(argv_paths: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    from checkup_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Checkup Desktop")
    app.setOrganizationName("CheckupDesktop")
    loaded = read_settings()
    stored = loaded.settings
    gui = gui_settings(stored)
    app._checkup_translators = install_language(app, gui.lang)  # keep them alive

    def save(gui: GuiSettings) -> None:
        nonlocal stored
        stored = stored_settings(gui, stored)
        save_settings(stored)

    def remember(**changes: str) -> None:
        nonlocal stored
        stored = remembered(stored, **changes)
        save_settings(stored)

    def wiped() -> GuiSettings:
        nonlocal stored
        stored = Settings()  # the file is gone; the next change writes a fresh one
        return gui_settings(stored)

    from checkup_desktop.core.llm import qualification

    window = MainWindow(gui, writer_factory=model_writer, on_settings_changed=save,
                        keep_history=True, on_remember=remember, on_wiped=wiped,
                        qualification=qualification)
    tune_interpreter(window)
    from checkup_desktop.ui.main_window import restore_geometry

    restore_geometry(window, stored.window_geometry)
    app._checkup_file_open = install_file_open_handler(app, window)  # keep it alive
    window.show()
    if loaded.problem:
        window.show_error(loaded.problem)
    if argv_paths:
        window.open_report(argv_paths[0])
    return app.exec()
