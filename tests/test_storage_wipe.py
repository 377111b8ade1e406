""""Delete all my data": history, caches, settings and the keychain entry are gone, models
stay, and the app starts fresh afterwards."""

from __future__ import annotations

import keyring
import keyring.backends.fail

from checkup_desktop import paths
from checkup_desktop.core.models import Analysis
from checkup_desktop.core.storage import (
    KeyState,
    Settings,
    key_status,
    load_settings,
    open_vault,
    read_settings,
    save_settings,
    wipe_all_data,
)
from checkup_desktop.core.storage.records import history_dir


def _fill_app_dirs() -> None:
    vault = open_vault()
    vault.save(Analysis(source="mine.pdf", pages=2), {"q": 1}, pdf_bytes=b"%PDF-1.4 mine")
    save_settings(Settings(language="de", first_run_done=True, recent_files=["/r/mine.pdf"]))
    (paths.cache_dir() / "pages").mkdir(parents=True)
    (paths.cache_dir() / "pages" / "p1.png").write_bytes(b"\x89PNG")
    (paths.data_dir() / "app.log").write_text("opened mine.pdf")
    paths.models_dir().mkdir(parents=True)
    (paths.models_dir() / "model.gguf").write_bytes(b"GGUF")


def _files(d):
    return sorted(p for p in d.rglob("*") if p.is_file()) if d.exists() else []


def test_wipe_removes_everything_personal(mem):
    _fill_app_dirs()
    assert len(mem.store) == 1
    result = wipe_all_data()
    assert result.complete, result.problems
    assert result.keychain_entries_removed == 1
    assert mem.store == {}
    assert _files(paths.data_dir()) == []
    assert _files(paths.cache_dir()) == []
    assert _files(paths.config_dir()) == []
    # downloaded models are not personal data and are large: kept
    assert (paths.models_dir() / "model.gguf").read_bytes() == b"GGUF"


def test_app_starts_fresh_after_wipe(mem):
    _fill_app_dirs()
    wipe_all_data()
    assert key_status().state is KeyState.KEYCHAIN  # first run again, nothing to unlock
    assert read_settings().settings == Settings()
    assert read_settings().problem is None
    vault = open_vault()
    assert vault.list() == []
    rid = vault.save(Analysis(source="new.pdf", pages=1))
    assert open_vault().load(rid)[0].source == "new.pdf"
    assert len(mem.store) == 1


def test_wipe_models_dir_inside_data_dir(mem, monkeypatch, tmp_path):
    # the platformdirs default: models/ lives inside the data folder
    data = tmp_path / "data"
    monkeypatch.setenv("CHECKUP_DESKTOP_DATA_DIR", str(data))
    monkeypatch.setenv("CHECKUP_DESKTOP_MODELS_DIR", str(data / "models"))
    _fill_app_dirs()
    wipe_all_data()
    assert _files(data) == [data / "models" / "model.gguf"]
    assert not history_dir().exists()


def test_wipe_with_passphrase_vault_and_no_keychain():
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        vault = open_vault("a long enough passphrase")
        vault.save(Analysis(source="x.pdf", pages=1))
        result = wipe_all_data()
        assert result.complete and result.keychain_entries_removed == 0
        assert not history_dir().exists()
        assert key_status().state is KeyState.NO_KEYCHAIN  # fresh: choose a passphrase again
    finally:
        keyring.set_keyring(previous)


def test_wipe_refuses_to_empty_home(mem, monkeypatch, tmp_path):
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    (home / "Documents" / "taxes.pdf").write_bytes(b"keep me")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("CHECKUP_DESKTOP_CACHE_DIR", str(home))
    result = wipe_all_data()
    assert not result.complete and str(home) in result.problems[0]
    assert (home / "Documents" / "taxes.pdf").read_bytes() == b"keep me"


def test_wipe_on_first_run_is_harmless(mem):
    result = wipe_all_data()
    assert result.complete and result.removed == [] and result.keychain_entries_removed == 0
    assert load_settings() == Settings()


def test_wipe_reports_a_key_it_could_not_remove(mem):
    _fill_app_dirs()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # keychain down at wipe time
    result = wipe_all_data()
    assert not result.complete and "keychain" in result.problems[0]
    assert _files(paths.data_dir()) == []  # the files are gone all the same
    assert len(mem.store) == 1  # and the GUI was told about the one thing left
