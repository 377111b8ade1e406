"""User settings: a pydantic model with a schema version, stored as JSON under
paths.config_dir(), written atomically.

Loading never fails: an older schema is migrated; a file that is not JSON, or a field that
does not validate, falls back to defaults (for that field) and the original file is kept
aside as settings.json.bad so nothing the user had is lost.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from checkup_desktop import paths
from checkup_desktop.core.storage.atomic import atomic_write_bytes, atomic_write_text

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2
SETTINGS_FILE = "settings.json"
MAX_RECENT = 10

Language = Literal["system", "en", "zh", "es", "de"]
TextSize = Literal["normal", "large", "larger"]  # keys of ui.theme.BASE_POINT_SIZES


class Settings(BaseModel):
    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    schema_version: int = SCHEMA_VERSION
    language: Language = "system"
    text_size: TextSize = "normal"
    model_name: str = ""  # display name of the chosen model ("" = built-in / rules only)
    model_path: str = ""  # GGUF file; "" = cards from the knowledge base only
    mmproj_path: str = ""  # vision projector for scanned pages; "" = none
    threads: int = Field(default=0, ge=0, le=256)  # 0 = automatic
    gpu_layers: int = Field(default=0, ge=-1)  # -1 = all layers on the GPU, 0 = CPU only
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    first_run_done: bool = False
    recent_files: list[str] = Field(default_factory=list, max_length=MAX_RECENT)
    keep_report_pdf: bool = False  # history keeps an encrypted copy of the report PDF
    high_contrast: bool = False  # black on white, thick borders and focus rings

    def with_recent(self, path: str | Path) -> Settings:
        """A copy with `path` first in the recent files (no duplicates, at most 10)."""
        p = str(path)
        recent = [p] + [r for r in self.recent_files if r != p]
        return self.model_copy(update={"recent_files": recent[:MAX_RECENT]})


# ------------------------------------------------------------------------- migrations


def _v1_to_v2(d: dict[str, Any]) -> dict[str, Any]:
    """v1 (first preview): `lang`, `font_scale` (float), `model` (one path), `geometry`,
    `recent` (unbounded). v2 splits the model into name/path, uses text-size names."""
    out = {k: v for k, v in d.items()
           if k not in ("lang", "font_scale", "model", "geometry", "recent")}
    if "lang" in d:
        out["language"] = d["lang"]
    if "font_scale" in d:
        try:
            scale = float(d["font_scale"])
        except (TypeError, ValueError):
            scale = 1.0
        out["text_size"] = "larger" if scale >= 1.4 else "large" if scale >= 1.15 else "normal"
    if d.get("model"):
        out["model_path"] = str(d["model"])
        out["model_name"] = Path(str(d["model"])).stem
    if "geometry" in d:
        out["window_geometry"] = d["geometry"]
    if isinstance(d.get("recent"), list):
        out["recent_files"] = [str(r) for r in d["recent"]][:MAX_RECENT]
    out["schema_version"] = 2
    return out


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring a settings dict from its schema_version to SCHEMA_VERSION, one step at a time."""
    version = data.get("schema_version", 1)
    if not isinstance(version, int) or version < 1:
        version = 1
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version = data["schema_version"]
    return data


# ---------------------------------------------------------------------- load / save


@dataclass(frozen=True)
class SettingsLoad:
    settings: Settings
    problem: str | None = None  # plain words for the GUI, when something was reset
    kept_aside: Path | None = None  # where the original file was kept


def settings_path() -> Path:
    return paths.config_dir() / SETTINGS_FILE


def _keep_aside(path: Path, raw: bytes) -> Path:
    # never overwrite an earlier .bad: each damaged file is kept
    bad = path.with_name(path.name + ".bad")
    n = 2
    while bad.exists():
        bad = path.with_name(f"{path.name}.bad{n}")
        n += 1
    atomic_write_bytes(bad, raw)
    return bad


def _validate_leniently(data: dict[str, Any]) -> tuple[Settings, list[str]]:
    """Validate; fields that fail are dropped (-> defaults), the rest is kept."""
    dropped: list[str] = []
    for _ in range(len(Settings.model_fields) + 1):
        try:
            return Settings.model_validate(data), dropped
        except ValidationError as exc:
            bad = {str(e["loc"][0]) for e in exc.errors() if e["loc"]}
            if not bad & data.keys():
                break
            dropped += sorted(bad & data.keys())
            data = {k: v for k, v in data.items() if k not in bad}
    return Settings(), dropped


def read_settings() -> SettingsLoad:
    path = settings_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return SettingsLoad(Settings())
    except OSError as exc:
        log.warning("cannot read settings: %s", exc)
        return SettingsLoad(Settings(), "Your settings could not be read; defaults are used.")
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("settings are not a JSON object")
    except ValueError:
        kept = _keep_aside(path, raw)
        path.unlink(missing_ok=True)
        return SettingsLoad(Settings(), "Your settings file was damaged, so the default "
                            f"settings are used. The old file is kept as {kept.name}.", kept)
    version = data.get("schema_version", 1)
    migrated = isinstance(version, int) and version < SCHEMA_VERSION
    try:
        data = migrate(data)
    except Exception as exc:  # noqa: BLE001 - a migration bug must not stop the app
        log.warning("settings migration failed: %s", exc)
        kept = _keep_aside(path, raw)
        return SettingsLoad(Settings(), "Your settings could not be updated to this version "
                            f"of the app; defaults are used. The old file is kept as "
                            f"{kept.name}.", kept)
    settings, dropped = _validate_leniently(data)
    if settings.schema_version != SCHEMA_VERSION:  # a newer app wrote it: read what we know
        settings = settings.model_copy(update={"schema_version": SCHEMA_VERSION})
    if dropped:
        kept = _keep_aside(path, raw)
        save_settings(settings)
        return SettingsLoad(settings, "Some settings were not valid and were reset: "
                            f"{', '.join(dropped)}. The old file is kept as {kept.name}.", kept)
    if migrated:
        save_settings(settings)
    return SettingsLoad(settings)


def load_settings() -> Settings:
    return read_settings().settings


def save_settings(settings: Settings) -> None:
    atomic_write_text(settings_path(), settings.model_dump_json(indent=2) + "\n")
