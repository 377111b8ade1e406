"""Every test gets its own app directories; Qt runs offscreen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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
