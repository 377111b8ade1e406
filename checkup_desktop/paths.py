"""Where the app keeps its files: platformdirs, with environment overrides for tests and a
portable mode. CHECKUP_DESKTOP_HOME moves everything; each *_DIR variable moves one place."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

APP = "CheckupDesktop"
_dirs = PlatformDirs(APP, appauthor=False)


def _pick(var: str, default: str, sub: str) -> Path:
    if os.environ.get(var):
        return Path(os.environ[var])
    if os.environ.get("CHECKUP_DESKTOP_HOME"):
        return Path(os.environ["CHECKUP_DESKTOP_HOME"]) / sub
    return Path(default)


def data_dir() -> Path:
    return _pick("CHECKUP_DESKTOP_DATA_DIR", _dirs.user_data_dir, "data")


def config_dir() -> Path:
    return _pick("CHECKUP_DESKTOP_CONFIG_DIR", _dirs.user_config_dir, "config")


def cache_dir() -> Path:
    return _pick("CHECKUP_DESKTOP_CACHE_DIR", _dirs.user_cache_dir, "cache")


def models_dir() -> Path:
    return _pick("CHECKUP_DESKTOP_MODELS_DIR", str(Path(_dirs.user_data_dir) / "models"), "models")


def resources_dir() -> Path:
    """resources/ beside the package in a checkout, or inside a frozen (PyInstaller) app."""
    import sys

    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base / "resources"
