"""Model settings, offscreen, on the real model manager: import (a bad file gets the plain
message of ModelFileError; a good one is selected), and download from a real HTTP server on
127.0.0.1 with a progress bar, Cancel, and a clear message when the server cannot be
reached."""

from __future__ import annotations

import hashlib
import socket
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressBar

from checkup_desktop.core.llm.errors import ModelFileError
from checkup_desktop.core.llm.gguf_check import check_language_model
from checkup_desktop.core.llm.manager import ManifestEntry, ManifestFile, list_installed
from checkup_desktop.ui.settings_dialog import GuiSettings, SettingsDialog

try:
    from test_llm_gguf import write_gguf
except ImportError:  # tests collected as a package
    from tests.test_llm_gguf import write_gguf


def entry(url: str, data: bytes | None, name: str = "Tiny Test") -> ManifestEntry:
    f = ManifestFile("model", "tiny.gguf", url, len(data) if data else 0,
                     hashlib.sha256(data).hexdigest() if data else "")
    return ManifestEntry(id="tiny", name=name, files=(f,), ram_gb=0.1)


def dialog(qtbot, tmp_path, manifest=()) -> SettingsDialog:
    d = SettingsDialog(GuiSettings(), models_dir=tmp_path / "models", manifest=list(manifest))
    qtbot.addWidget(d)
    return d


def _model_gguf(tmp_path) -> bytes:
    path = write_gguf(tmp_path / "src.gguf", meta={"general.name": "Tiny Test"},
                      tensors=(("a", (256, 256)),))
    return path.read_bytes()


def test_importing_a_bad_file_says_why_in_plain_words(qtbot, tmp_path):
    bad = tmp_path / "notes.gguf"
    bad.write_bytes(b"these are my notes, not a model" * 10)
    with pytest.raises(ModelFileError) as expected:
        check_language_model(bad)
    d = dialog(qtbot, tmp_path)
    before = d.model.count()
    d.import_model_file(str(bad))
    qtbot.waitUntil(lambda: d.job is None, timeout=5000)
    assert d.model_message.text() == expected.value.message
    assert "Traceback" not in d.model_message.text() and d.model.count() == before
    assert d.import_button.isEnabled()


def test_importing_a_good_file_selects_it(qtbot, tmp_path):
    src = tmp_path / "tiny-test.gguf"
    src.write_bytes(_model_gguf(tmp_path))
    d = dialog(qtbot, tmp_path)
    d.import_model_file(str(src))
    qtbot.waitUntil(lambda: d.job is None, timeout=5000)
    (installed,) = list_installed(tmp_path / "models", include_builtin=False)
    assert d.settings().model_path == str(installed.model_path)
    assert "Tiny Test" in d.model_message.text()


def test_download_shows_progress_and_installs_the_model(qtbot, tmp_path, server):
    data = _model_gguf(tmp_path)
    server.files["tiny.gguf"] = data
    d = dialog(qtbot, tmp_path, [entry(server.url("tiny.gguf"), data)])
    seen: list[int] = []
    bar = d.findChild(QProgressBar)
    bar.valueChanged.connect(seen.append)
    d.download_button.click()
    assert not d.cancel_download_button.isHidden() and not d.download_button.isEnabled()
    qtbot.waitUntil(lambda: d.job is None, timeout=10_000)
    assert seen and seen[-1] == len(data) // 1024 and len(set(seen)) > 1
    (installed,) = list_installed(tmp_path / "models", include_builtin=False)
    assert installed.model_path.read_bytes() == data
    assert d.settings().model_path == str(installed.model_path)
    assert d.cancel_download_button.isHidden() and d.download_button.isEnabled()


def test_cancel_stops_the_download_within_a_second(qtbot, tmp_path, server):
    data = bytes(4 << 20)  # 4 MB at 16 KB per 20 ms: about 5 s if nobody stops it
    server.files["tiny.gguf"] = data
    server.delay = 0.02
    d = dialog(qtbot, tmp_path, [entry(server.url("tiny.gguf"), data)])
    d.download_button.click()
    qtbot.waitUntil(lambda: d.download_progress.value() > 0, timeout=5000)
    start = time.monotonic()
    d.cancel_download_button.click()
    qtbot.waitUntil(lambda: d.job is None, timeout=2000)
    assert time.monotonic() - start < 1.0
    assert "stopped" in d.model_message.text()
    part = tmp_path / "models" / "tiny" / "tiny.gguf.part"
    assert part.exists() and part.stat().st_size < len(data)  # kept, to resume later
    assert list_installed(tmp_path / "models", include_builtin=False) == []


def test_download_offline_says_so(qtbot, tmp_path):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    d = dialog(qtbot, tmp_path, [entry(f"http://127.0.0.1:{port}/tiny.gguf", None)])
    d.download_button.click()
    qtbot.waitUntil(lambda: d.job is None, timeout=5000)
    assert "Could not reach the download server" in d.model_message.text()


# ------------------------------------------------------------------ issue 14: model choice


def _qualification(path, accepted=4, words=290, seconds=10.0, jobs="unknown"):
    from checkup_desktop.core.llm.qualification import Qualification

    return Qualification(model=path.name, size_bytes=path.stat().st_size, lang="en", cards=10,
                         accepted=accepted, known_cards=7, known_accepted=2, unknown_cards=3,
                         unknown_accepted=2, generated_tokens=1000, wasted_tokens=300,
                         known_tokens=700, known_wasted_tokens=280, unknown_tokens=300,
                         unknown_wasted_tokens=20, words=words, writing_s=seconds,
                         peak_ram_mb=0.0, jobs=jobs)


def test_picking_another_model_forgets_the_crash_of_the_old_one(qtbot, tmp_path):
    from checkup_desktop.core.llm import health

    crashed = tmp_path / "crashed.gguf"
    crashed.write_bytes(b"x")
    health.record_model_failure(crashed, "It stopped with an illegal-instruction error.")
    try:
        d = SettingsDialog(GuiSettings(model_path=str(crashed)), models_dir=tmp_path / "m",
                           manifest=[])
        qtbot.addWidget(d)
        assert not d.model_disabled.isHidden()
        assert health.model_disabled_reason(crashed)
        d.model.setCurrentIndex(d.model.findData(""))  # None (knowledge base only)
        assert health.model_disabled_reason(crashed) is None and health.disabled_model() is None
        assert d.model_disabled.isHidden()
    finally:
        health.reset()


def test_the_models_qualification_is_shown_in_plain_words(qtbot, tmp_path):
    from checkup_desktop.core.llm import qualification as ql

    model = tmp_path / "tried.gguf"
    model.write_bytes(b"a model" * 100)
    q = _qualification(model)
    ql.save_qualification(q)
    d = SettingsDialog(GuiSettings(model_path=str(model)), models_dir=tmp_path / "m",
                       manifest=[], qualification=ql)
    qtbot.addWidget(d)
    assert d.qualification.text() == q.summary()
    assert d.qualification.text().startswith(
        "Writes about 4 in 10 cards; about 29 words per second on this computer.")
    assert not d.qualification.isHidden()
    d.model.setCurrentIndex(d.model.findData(""))
    assert d.qualification.isHidden()


def test_an_imported_model_is_tried_on_sample_results(qtbot, tmp_path):
    from types import SimpleNamespace

    from checkup_desktop.core.llm import qualification as ql

    asked: list[str] = []

    def task_for(path):
        asked.append(path)

        def task(progress, cancel):
            for i in range(1, 4):
                progress(i, 3, "")
            q = _qualification(Path(path), accepted=7, words=120, seconds=10.0, jobs="all")
            ql.save_qualification(q)
            return q
        return task

    api = SimpleNamespace(load_qualification=ql.load_qualification, qualification_task=task_for)
    src = tmp_path / "tiny-test.gguf"
    src.write_bytes(_model_gguf(tmp_path))
    d = SettingsDialog(GuiSettings(), models_dir=tmp_path / "models", manifest=[],
                       qualification=api)
    qtbot.addWidget(d)
    d.import_model_file(str(src))
    qtbot.waitUntil(lambda: d.job is None and d.qual_job is None, timeout=10_000)
    (installed,) = list_installed(tmp_path / "models", include_builtin=False)
    assert asked == [str(installed.model_path)]
    assert "Tiny Test" in d.model_message.text()
    assert d.qualification.text() == (
        "Writes about 7 in 10 cards; about 12 words per second on this computer. "
        "It rewrites every card.")
    # shown again when the dialog opens next time, from the stored record
    d2 = SettingsDialog(d.settings(), models_dir=tmp_path / "models", manifest=[],
                        qualification=ql)
    qtbot.addWidget(d2)
    assert d2.qualification.text() == d.qualification.text()


@pytest.mark.model
def test_the_window_tries_a_model_new_to_this_computer_while_idle(qtbot):
    """A model chosen but never tried here (a fresh home) writes no cards; the window tries it
    on the sample results in a worker and then gives it the jobs it earned."""
    from checkup_desktop.app import model_writer
    from checkup_desktop.core.llm import qualification as ql
    from checkup_desktop.core.llm.locate import default_model_path
    from checkup_desktop.ui.main_window import MainWindow

    path = str(default_model_path())
    w = MainWindow(GuiSettings(model_path=path), writer_factory=model_writer, qualification=ql)
    qtbot.addWidget(w)
    w.analysis.warm_up()
    writer = w.analysis.make_writer()
    assert writer.jobs == "none" and w.analysis.qual_job is not None
    assert writer.runtime.pid is None  # no second model process while it is being tried
    qtbot.waitUntil(lambda: w.analysis.qual_job is None, timeout=240_000)
    q = ql.load_qualification(path)
    assert q is not None and writer.jobs == q.jobs
    w.close()
