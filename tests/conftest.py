"""Every test gets its own app directories; Qt runs offscreen."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from local_http import LocalServer
from memory_keyring import MemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
REALWORLD = REPO.parent / "shared" / "realworld"


@pytest.fixture(autouse=True)
def _isolated_app_dirs(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("checkup-home")
    monkeypatch.setenv("CHECKUP_DESKTOP_HOME", str(home))
    for var in ("CHECKUP_DESKTOP_DATA_DIR", "CHECKUP_DESKTOP_CONFIG_DIR",
                "CHECKUP_DESKTOP_CACHE_DIR", "CHECKUP_DESKTOP_MODELS_DIR"):
        monkeypatch.delenv(var, raising=False)
    yield home


@pytest.fixture(scope="session")
def realworld() -> Path:
    assert REALWORLD.is_dir(), f"real reports expected at {REALWORLD}"
    return REALWORLD


@pytest.fixture
def use_keyring():
    """Installs a keyring backend for one test and restores the previous one after; tests
    never touch the real keychain of the machine they run on."""
    previous = keyring.get_keyring()

    def install(backend):
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(previous)


@pytest.fixture
def mem(use_keyring):
    return use_keyring(MemoryKeyring())


@pytest.fixture
def no_keychain(use_keyring):
    # what keyring itself selects when no backend is available (this headless machine)
    return use_keyring(keyring.backends.fail.Keyring())


@pytest.fixture
def server():
    srv = LocalServer()
    srv.thread.start()
    yield srv
    srv.httpd.shutdown()
    srv.httpd.server_close()
    srv.thread.join(timeout=5)
