"""Settings: defaults, atomic save, v1 -> v2 migration, damaged files kept aside."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from checkup_desktop import paths
from checkup_desktop.core.storage.atomic import stale_temp_files
from checkup_desktop.core.storage.settings import (
    SCHEMA_VERSION,
    Settings,
    load_settings,
    migrate,
    read_settings,
    save_settings,
    settings_path,
)

V1_FILE = {
    "schema_version": 1,
    "lang": "zh",
    "font_scale": 1.25,
    "model": "/models/qwen2.5-1.5b-instruct-q4_k_m.gguf",
    "geometry": "AdnQywADAAAAAAAAAAAAAAAAA+8AAAL3",
    "recent": [f"/reports/{i}.pdf" for i in range(15)],
    "threads": 3,
    "first_run_done": True,
}


def test_defaults_when_no_file():
    result = read_settings()
    assert result.settings == Settings()
    assert result.problem is None
    assert result.settings.schema_version == SCHEMA_VERSION == 2
    assert result.settings.language == "system"
    assert not settings_path().exists()  # reading never creates files


def test_save_and_load_round_trip():
    s = Settings(language="de", text_size="larger", model_name="SmolLM2",
                 model_path="/m/smol.gguf", mmproj_path="/m/mmproj.gguf", threads=4,
                 gpu_layers=-1, window_geometry="AdnQyw==", first_run_done=True,
                 recent_files=["/a.pdf"])
    save_settings(s)
    assert settings_path().parent == paths.config_dir()
    assert load_settings() == s
    assert json.loads(settings_path().read_text())["schema_version"] == 2
    assert stale_temp_files(settings_path().parent) == []


def test_v1_file_is_migrated_and_rewritten():
    settings_path().parent.mkdir(parents=True)
    settings_path().write_text(json.dumps(V1_FILE))
    result = read_settings()
    s = result.settings
    assert result.problem is None
    assert s.schema_version == 2
    assert s.language == "zh"
    assert s.text_size == "large"
    assert s.model_path == V1_FILE["model"]
    assert s.model_name == "qwen2.5-1.5b-instruct-q4_k_m"
    assert s.window_geometry == V1_FILE["geometry"]
    assert s.recent_files == V1_FILE["recent"][:10]
    assert (s.threads, s.first_run_done) == (3, True)  # unchanged fields carried over
    on_disk = json.loads(settings_path().read_text())
    assert on_disk["schema_version"] == 2 and "lang" not in on_disk
    assert load_settings() == s


def test_v1_without_version_field_is_v1():
    assert migrate({"lang": "es"}) == {"language": "es", "schema_version": 2}


def test_corrupt_file_falls_back_and_is_kept_aside():
    path = settings_path()
    path.parent.mkdir(parents=True)
    garbage = b'{"language": "de", "threads": 2'  # cut mid-write by an old editor
    path.write_bytes(garbage)
    result = read_settings()
    assert result.settings == Settings()
    assert result.kept_aside == path.with_name("settings.json.bad")
    assert result.kept_aside.read_bytes() == garbage
    assert "settings.json.bad" in result.problem
    # a second damaged file does not overwrite the first one kept aside
    path.write_bytes(b"\xff\xfe not json")
    second = read_settings()
    assert second.kept_aside != result.kept_aside
    assert result.kept_aside.read_bytes() == garbage
    assert second.kept_aside.read_bytes() == b"\xff\xfe not json"


def test_invalid_field_resets_only_that_field():
    path = settings_path()
    path.parent.mkdir(parents=True)
    raw = json.dumps({"schema_version": 2, "language": "klingon", "threads": 6,
                      "text_size": "large"})
    path.write_text(raw)
    result = read_settings()
    assert result.settings.language == "system"
    assert (result.settings.threads, result.settings.text_size) == (6, "large")
    assert "language" in result.problem
    assert result.kept_aside.read_text() == raw
    assert load_settings() == result.settings  # the repaired file was saved


def test_newer_schema_keeps_known_fields():
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"schema_version": 9, "language": "es", "future": [1]}))
    s = load_settings()
    assert (s.language, s.schema_version) == ("es", SCHEMA_VERSION)


def test_model_validates_assignments_and_recent_files():
    s = Settings()
    with pytest.raises(ValidationError):
        s.language = "fr"
    with pytest.raises(ValidationError):
        Settings(threads=-1)
    s2 = s.with_recent("/a.pdf").with_recent("/b.pdf").with_recent("/a.pdf")
    assert s2.recent_files == ["/a.pdf", "/b.pdf"]
    many = s
    for i in range(12):
        many = many.with_recent(f"/{i}.pdf")
    assert len(many.recent_files) == 10 and many.recent_files[0] == "/11.pdf"
