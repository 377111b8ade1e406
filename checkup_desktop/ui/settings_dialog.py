"""Settings: language, text size, and the local model (which file, threads, GPU layers)."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from checkup_desktop.core.i18n import LANGS, LANGUAGE_NAMES
from checkup_desktop.ui.tr import _
from checkup_desktop.ui.widgets import label

RULES_ONLY = ""  # model_path value meaning "no model: cards from the knowledge base only"


@dataclass(frozen=True)
class GuiSettings:
    lang: str = "en"
    text_size: str = "normal"  # a key of theme.BASE_POINT_SIZES
    threads: int = 0  # 0: automatic
    gpu_layers: int = 0  # -1: all layers on the GPU, 0: CPU only
    model_path: str = RULES_ONLY


def installed_models() -> list[tuple[str, str]]:
    """(name, GGUF path) of the models the model manager knows, built-in first."""
    try:
        from checkup_desktop.core.llm.manager import list_installed
        from checkup_desktop.paths import models_dir

        return [(m.name, str(m.model_path)) for m in list_installed(models_dir())]
    except Exception:  # a damaged models folder must not stop the settings from opening
        return []


class SettingsDialog(QDialog):
    def __init__(self, settings: GuiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Settings"))
        self.setMinimumWidth(620)
        self._initial = settings
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.lang = QComboBox()
        for code in LANGS:  # each language in its own name, so anyone can find theirs
            self.lang.addItem(LANGUAGE_NAMES[code], code)
        self.lang.setAccessibleName(_("Language of the cards"))
        form.addRow(_("Language of the cards"), self.lang)
        self.text_size = QComboBox()
        for key, name in (("normal", _("Normal")), ("large", _("Large")),
                          ("larger", _("Larger"))):
            self.text_size.addItem(name, key)
        self.text_size.setAccessibleName(_("Text size"))
        form.addRow(_("Text size"), self.text_size)

        model_row = QHBoxLayout()
        self.model = QComboBox()
        self.model.setAccessibleName(_("Model"))
        self.model.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.model.addItem(_("None (knowledge base only)"), RULES_ONLY)
        for name, path in installed_models():
            self.model.addItem(name, path)
        self.browse = QPushButton(_("Choose file…"))
        self.browse.setAccessibleName(_("Choose a model file"))
        self.browse.clicked.connect(self._browse)
        model_row.addWidget(self.model, 1)
        model_row.addWidget(self.browse)
        form.addRow(_("Model"), model_row)
        self.threads = QSpinBox()
        self.threads.setRange(0, os.cpu_count() or 8)
        self.threads.setSpecialValueText(_("Automatic"))
        self.threads.setAccessibleName(_("Processor threads"))
        form.addRow(_("Processor threads"), self.threads)
        self.gpu_layers = QSpinBox()
        self.gpu_layers.setRange(-1, 999)
        self.gpu_layers.setSpecialValueText(_("All"))
        self.gpu_layers.setAccessibleName(_("Layers on the graphics card"))
        form.addRow(_("Layers on the graphics card"), self.gpu_layers)
        lay.addLayout(form)
        lay.addWidget(label(_(
            "The model only rewords cards in plainer language; safety checks and the "
            "knowledge base decide priority. Everything stays on this computer."), "muted"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._load(settings)

    def _load(self, s: GuiSettings) -> None:
        self.lang.setCurrentIndex(max(0, self.lang.findData(s.lang)))
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(s.text_size)))
        self._select_model(s.model_path)
        self.threads.setValue(s.threads)
        self.gpu_layers.setValue(s.gpu_layers)

    def _select_model(self, path: str) -> None:
        i = self.model.findData(path)
        if i < 0:
            self.model.addItem(os.path.basename(path), path)
            i = self.model.count() - 1
        self.model.setCurrentIndex(i)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _("Choose a model file"), "", _("Model files (*.gguf)"))
        if path:
            self._select_model(path)

    def settings(self) -> GuiSettings:
        return replace(self._initial, lang=self.lang.currentData(),
                       text_size=self.text_size.currentData(),
                       model_path=self.model.currentData(), threads=self.threads.value(),
                       gpu_layers=self.gpu_layers.value())
