"""Settings: language, text size, high contrast, history, the local model (which file, how
many processor cores, the graphics card; import one, download a recommended one) and "Delete
all my data". Model words are plain: no file-format names, no "layers"."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from checkup_desktop.core.i18n import LANGS, LANGUAGE_NAMES
from checkup_desktop.core.llm.health import model_disabled_reason
from checkup_desktop.ui.tr import _
from checkup_desktop.ui.widgets import label
from checkup_desktop.workers.download_worker import start_download, start_import
from checkup_desktop.workers.task_worker import TaskRunner, run_task

RULES_ONLY = ""  # model_path value meaning "no model: cards from the knowledge base only"


@dataclass(frozen=True)
class GuiSettings:
    lang: str = "en"
    text_size: str = "normal"  # a key of theme.BASE_POINT_SIZES
    threads: int = 0  # 0: automatic
    gpu_layers: int = 0  # -1: all layers on the GPU, 0: CPU only
    model_path: str = RULES_ONLY
    keep_pdf: bool = False  # keep the report PDF itself in the history, not only the cards
    high_contrast: bool = False  # black on white, thick borders and focus rings


_QUANT = re.compile(
    r"\s*\((?:I?Q\d[\w]*|[BF]F?16|F32)\)|[ ._-]+(?:I?Q\d(?:_[A-Z0-9]+)*|[BF]F?16|F32)\b",
    re.IGNORECASE)


def plain_model_name(name: str) -> str:
    """A model's name without file-format jargon: "Qwen2.5-VL 3B Instruct (Q4_K_M) + vision"
    -> "Qwen2.5-VL 3B Instruct, also reads scanned pages"."""
    name = re.sub(r"\.gguf$", "", name, flags=re.IGNORECASE)
    name = _QUANT.sub("", name)
    name = re.sub(r"\s*\+\s*vision\b", ", " + _("also reads scanned pages"), name)
    return re.sub(r"\s{2,}", " ", name).strip(" ,")


def installed_models(folder: Path | None = None) -> list[tuple[str, str]]:
    """(name, GGUF path) of the models the model manager knows, built-in first."""
    try:
        from checkup_desktop.core.llm.manager import list_installed
        from checkup_desktop.paths import models_dir

        return [(m.name, str(m.model_path)) for m in list_installed(folder or models_dir())]
    except Exception:  # a damaged models folder must not stop the settings from opening
        return []


def recommended_models() -> list:
    """The manifest's entries (none when it cannot be read: the section then stays empty)."""
    try:
        from checkup_desktop.core.llm.manager import load_manifest

        return load_manifest()
    except (OSError, ValueError, TypeError):
        return []


def qualification_words(q) -> str:
    """A model's qualification (core/llm/qualification.py) in plain words, as its summary()
    says it: how many cards it writes well enough, how fast, and which cards it gets."""
    tenths = round(10 * q.accepted_share)
    jobs = {"all": _("It rewrites every card."),
            "unknown": _("It writes only the cards of results the knowledge base does not "
                         "know; the others keep the knowledge-base wording."),
            "none": _("Its text is not used: the cards keep the knowledge-base wording.")}
    return _("Writes about {tenths} in 10 cards; about {speed} words per second on this "
             "computer.").format(tenths=tenths, speed=f"{q.words_per_s:.0f}") + " " + \
        jobs.get(q.jobs, "")


def plain_message(exc: BaseException) -> str:
    return getattr(exc, "message", None) or _("That did not work. Please try again.")


class SettingsDialog(QDialog):
    def __init__(self, settings: GuiSettings, parent: QWidget | None = None, *,
                 models_dir: Path | None = None, manifest: list | None = None,
                 qualification=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Settings"))
        self.setMinimumWidth(680)
        self._initial = settings
        if models_dir is None:
            from checkup_desktop.paths import models_dir as default_models_dir

            models_dir = default_models_dir()
        self.models_dir = Path(models_dir)
        self.manifest = recommended_models() if manifest is None else manifest
        self.wipe_chosen = False  # the window deletes everything once the dialog is closed
        self.job: TaskRunner | None = None  # the running import or download
        # core/llm/qualification.py, given by the composition root (app.py): the window's
        # widgets never import the model's modules themselves. None: nothing is tried.
        self.qualification_api = qualification
        self.qual_job: TaskRunner | None = None
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
        installed = installed_models(self.models_dir)
        for name, path in installed:
            self.model.addItem(plain_model_name(name), path)
        self.browse = QPushButton(_("Choose file…"))
        self.browse.setAccessibleName(_("Choose a model file"))
        self.browse.clicked.connect(self._browse)
        self.import_button = QPushButton(_("Import a model file…"))
        self.import_button.setToolTip(_("Check a model file (.gguf) and copy it to the app's "
                                        "models folder."))
        self.import_button.clicked.connect(self._choose_import)
        model_row.addWidget(self.model, 1)
        form.addRow(_("Model"), model_row)
        file_row = QHBoxLayout()  # its own row: long translations must fit
        file_row.addWidget(self.browse)
        file_row.addWidget(self.import_button)
        file_row.addStretch(1)
        form.addRow("", file_row)
        download_row = QHBoxLayout()
        self.recommended = QComboBox()
        self.recommended.setAccessibleName(_("Recommended models"))
        # models already on this computer (the built-in one above all) are not offered
        have = {os.path.basename(p) for _n, p in installed}
        self.manifest = [e for e in self.manifest
                         if not any(f.filename in have for f in getattr(e, "files", []))
                         and "built in" not in e.name]
        for entry in self.manifest:
            self.recommended.addItem(_("{name} (needs about {ram} GB of memory)").format(
                name=plain_model_name(entry.name), ram=f"{entry.ram_gb:g}"), entry.id)
        self.download_button = QPushButton(_("Download"))
        self.download_button.setAccessibleName(_("Download a recommended model"))
        self.download_button.setEnabled(bool(self.manifest))
        self.download_button.clicked.connect(self.start_download)
        self.cancel_download_button = QPushButton(_("Cancel download"))
        self.cancel_download_button.clicked.connect(self.cancel_download)
        self.cancel_download_button.hide()
        # the list on a row of its own, the buttons under it: long names stay readable
        download_row.addWidget(self.download_button)
        download_row.addWidget(self.cancel_download_button)
        download_row.addStretch(1)
        form.addRow(_("Recommended models"), self.recommended)
        form.addRow("", download_row)
        if not self.manifest:
            self.recommended.hide()
            self.download_button.hide()
            form.labelForField(self.recommended).hide()
        self.download_progress = QProgressBar()
        self.download_progress.setAccessibleName(_("Download progress"))
        self.download_progress.hide()
        form.addRow("", self.download_progress)
        self.model_message = label("", "muted")
        self.model_message.setAccessibleName(_("Model message"))
        self.model_message.hide()
        form.addRow("", self.model_message)
        # why the model was switched off in this session (it crashed), in plain words
        reason = model_disabled_reason()
        self.model_disabled = label(reason or "", None)
        self.model_disabled.setAccessibleName(_("Why the model is not used"))
        self.model_disabled.setVisible(bool(reason))
        form.addRow("", self.model_disabled)
        # what the chosen model was found to do on this computer (its qualification)
        self.qualification = label("", "muted")
        self.qualification.setAccessibleName(_("How well the model works on this computer"))
        self.qualification.hide()
        form.addRow("", self.qualification)
        self.threads = QSpinBox()
        self.threads.setRange(0, os.cpu_count() or 8)
        self.threads.setSpecialValueText(_("Automatic"))
        self.threads.setAccessibleName(_("How many processor cores the model may use"))
        form.addRow(_("Processor cores for the model"), self.threads)
        self.use_gpu = QCheckBox(_("Use the graphics card to make the model faster"))
        self.use_gpu.setToolTip(_("Only helps if this computer has a suitable graphics card."))
        form.addRow(self.use_gpu)
        self._gpu_layers = 0  # kept as it was when the box stays as it was
        self.high_contrast = QCheckBox(_("High contrast (black on white, thick outlines)"))
        form.insertRow(2, self.high_contrast)
        self.keep_pdf = QCheckBox(_("Keep a copy of the report PDF in my history"))
        self.keep_pdf.setToolTip(_("Saved results always keep the cards and your questions, "
                                   "locked on this computer. With this, the report itself too."))
        form.addRow(self.keep_pdf)  # the whole width: the sentence is long in German
        lay.addLayout(form)
        lay.addWidget(label(_(
            "The model only rewords cards in plainer language; safety checks and the "
            "knowledge base decide priority. Everything stays on this computer."), "muted"))
        self.wipe_button = QPushButton(_("Delete all my data…"))
        self.wipe_button.setToolTip(_("Delete your saved results, settings and the key that "
                                      "locks them. Downloaded models are kept."))
        self.wipe_button.clicked.connect(self._choose_wipe)
        lay.addWidget(self.wipe_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._load(settings)
        self.model.currentIndexChanged.connect(self._model_picked)

    def _model_picked(self, _index: int = -1) -> None:
        """Another model: the record of a crashed one no longer applies."""
        from checkup_desktop.core.llm import health

        health.reset()
        self.model_disabled.hide()
        self._show_qualification()

    def _show_qualification(self) -> None:
        if self.qual_job is not None:
            return  # its progress is on show
        path = self.model.currentData()
        api = self.qualification_api
        if not path or api is None:
            self.qualification.hide()
            return
        q = api.load_qualification(path)
        self.qualification.setText(qualification_words(q) if q is not None else _(
            "Not tried on this computer yet. It is tried on sample results in the background "
            "for about a minute; until then the cards keep the knowledge base wording."))
        self.qualification.show()

    def start_qualification(self, path: str) -> None:
        """Try a newly installed model on sample results (in a worker): what it writes
        well enough and how fast, shown here once known."""
        if self.qual_job is not None or self.qualification_api is None:
            return
        self.qualification.setText(_("Trying the model on sample results, to see how well it "
                                     "works on this computer…"))
        self.qualification.show()
        job = run_task(self.qualification_api.qualification_task(path), self, name="qualify",
                       on_success=lambda q: self._qualified(path, q),
                       on_failure=self._qualification_failed)
        job.progress.connect(self._qualification_progress)
        job.done.connect(self._qualification_done)
        self.qual_job = job

    def _qualification_progress(self, done: int, total: int, _text: str) -> None:
        if total:
            self.qualification.setText(_("Trying the model on sample results ({done} of "
                                         "{total})…").format(done=done, total=total))

    def _qualified(self, path: str, q) -> None:
        if self.model.currentData() == path:
            self.qualification.setText(qualification_words(q))
            self.qualification.show()

    def _qualification_failed(self, exc: BaseException) -> None:
        self.qualification.setText(getattr(exc, "message", None) or _(
            "The model could not be tried on this computer. The cards keep the knowledge "
            "base wording if it does not work."))

    def _qualification_done(self) -> None:
        self.qual_job = None

    def _load(self, s: GuiSettings) -> None:
        self.lang.setCurrentIndex(max(0, self.lang.findData(s.lang)))
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(s.text_size)))
        self._select_model(s.model_path)
        self._show_qualification()
        self.threads.setValue(s.threads)
        self._gpu_layers = s.gpu_layers
        self.use_gpu.setChecked(s.gpu_layers != 0)
        self.keep_pdf.setChecked(s.keep_pdf)
        self.high_contrast.setChecked(s.high_contrast)

    def _select_model(self, path: str) -> None:
        i = self.model.findData(path)
        if i < 0:
            self.model.addItem(plain_model_name(os.path.basename(path)), path)
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
                       gpu_layers=self._gpu_value(), keep_pdf=self.keep_pdf.isChecked(),
                       high_contrast=self.high_contrast.isChecked())

    def _gpu_value(self) -> int:
        if not self.use_gpu.isChecked():
            return 0
        return self._gpu_layers or -1  # -1: as much of the model as fits

    def _choose_wipe(self) -> None:
        # the window asks "are you sure" and does it, with the dialog out of the way
        self.wipe_chosen = True
        self.reject()

    # ------------------------------------------------------------ import and download

    def _say(self, message: str) -> None:
        self.model_message.setText(message)
        self.model_message.setVisible(bool(message))

    def _busy(self, busy: bool) -> None:
        for w in (self.import_button, self.download_button, self.browse):
            w.setEnabled(not busy)
        self.download_button.setEnabled(not busy and bool(self.manifest))

    def _installed(self, model) -> None:
        self._select_model(str(model.model_path))
        self.model.setItemText(self.model.currentIndex(), plain_model_name(model.name))
        self._say(_("{name} is ready to use. Press OK to use it.").format(name=model.name))
        self.start_qualification(str(model.model_path))

    def _job_done(self) -> None:
        self.job = None
        self._busy(False)
        self.download_progress.hide()
        self.cancel_download_button.hide()

    def _choose_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _("Import a model file"), "", _("Model files (*.gguf)"))
        if path:
            self.import_model_file(path)

    def import_model_file(self, path: str) -> None:
        """Check and copy a GGUF in a worker; bad files get the checker's plain words."""
        if self.job is not None:
            return
        self._busy(True)
        self._say(_("Checking and copying {name}…").format(name=os.path.basename(path)))
        self.job = start_import(path, self.models_dir, self, on_success=self._installed,
                                on_failure=lambda exc: self._say(plain_message(exc)),
                                on_done=self._job_done)

    def start_download(self) -> None:
        entry = next((e for e in self.manifest if e.id == self.recommended.currentData()), None)
        if entry is None or self.job is not None:
            return
        self._busy(True)
        self._say(_("Downloading {name}…").format(name=entry.name))
        self.download_progress.setRange(0, 0)  # unknown size until the server answers
        self.download_progress.show()
        self.cancel_download_button.show()
        self.job = start_download(entry, self.models_dir, self)
        self.job.progress.connect(self._download_progress)
        self.job.succeeded.connect(self._installed)
        self.job.failed.connect(lambda exc: self._say(plain_message(exc)))
        self.job.cancelled.connect(lambda: self._say(_(
            "Download stopped. Starting it again continues where it stopped.")))
        self.job.done.connect(self._job_done)

    def _download_progress(self, done: int, total: int, _filename: str) -> None:
        if total > 0:
            # in KiB: QProgressBar holds 32-bit ints, model files are larger than 2 GB
            self.download_progress.setRange(0, max(1, total // 1024))
            self.download_progress.setValue(done // 1024)

    def cancel_download(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def done(self, result: int) -> None:  # noqa: D401 - Qt override: closing stops a job
        for job in (self.job, self.qual_job):
            if job is not None:
                job.cancel()
                job.wait(5000)
        super().done(result)
