"""Model manager: manifest, import checks, and downloads from a real local HTTP server
(http.server in a thread, with Range support) - full, resumed, bad checksum, cancelled,
offline."""

from __future__ import annotations

import hashlib
import os
import socket
from dataclasses import replace
from pathlib import Path

import pytest

from checkup_desktop.core.cancel import Cancelled, CancelToken
from checkup_desktop.core.llm.download import download, download_file
from checkup_desktop.core.llm.errors import DownloadError, ModelFileError
from checkup_desktop.core.llm.locate import default_model_path
from checkup_desktop.core.llm.manager import (
    ManifestEntry,
    ManifestFile,
    import_model,
    list_installed,
    load_manifest,
)

try:
    from test_llm_gguf import projector, write_gguf
except ImportError:  # tests collected as a package
    from tests.test_llm_gguf import projector, write_gguf


@pytest.fixture
def gguf_pair(tmp_path):
    """A generated model (~256 KB) and its projector, as bytes."""
    model = write_gguf(tmp_path / "src-model.gguf", meta={"general.name": "Tiny Test",
                                                          "llama.embedding_length": 64},
                       tensors=(("a", (256, 256)),))
    proj = projector(tmp_path / "src-proj.gguf")
    return model.read_bytes(), proj.read_bytes()


def entry_for(server, model: bytes, proj: bytes | None = None, *, sha=True, size=True):
    server.files["m.gguf"] = model
    files = [ManifestFile("model", "m.gguf", server.url("m.gguf"),
                          len(model) if size else 0,
                          hashlib.sha256(model).hexdigest() if sha else "")]
    if proj is not None:
        server.files["p.gguf"] = proj
        files.append(ManifestFile("mmproj", "p.gguf", server.url("p.gguf"), len(proj),
                                  hashlib.sha256(proj).hexdigest()))
    return ManifestEntry(id="tiny", name="Tiny", files=tuple(files), vision=proj is not None)


# ------------------------------------------------------------------------- manifest


def test_manifest_lists_the_recommended_models():
    entries = {e.id: e for e in load_manifest()}
    assert {"smollm2-135m-instruct-q4_1", "qwen3-vl-2b-instruct-q4_k_m",
            "qwen3-vl-4b-instruct-q4_k_m"} <= set(entries)
    for e in entries.values():
        assert e.license and e.ram_gb > 0 and e.file("model") is not None
        assert (e.file("mmproj") is not None) is e.vision
        # patient-facing app: no research-only / non-commercial licences (issue 11 §7)
        assert "non-commercial" not in e.license.lower() and "research" not in e.license.lower()
        if e.vision:  # a scanned page cannot take minutes
            assert 0 < e.max_image_tokens <= 1024
        if e.revision:  # pinned: the URLs fetch that commit
            assert all(f"/resolve/{e.revision}/" in f.url for f in e.files)
        for f in e.files:
            assert f.url.startswith("https://") and f.filename.endswith(".gguf")
            assert f.sha256 == "" or len(f.sha256) == 64
    smol = entries["smollm2-135m-instruct-q4_1"].file("model")
    # the one pinned hash is the real bundled file's
    path = default_model_path()
    assert smol.size == path.stat().st_size
    assert smol.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


# --------------------------------------------------------------------------- import


def test_import_copies_validates_and_lists(tmp_path, gguf_pair):
    model, proj = gguf_pair
    src = tmp_path / "in"
    src.mkdir()
    (src / "tiny.gguf").write_bytes(model)
    (src / "mmproj-tiny.gguf").write_bytes(proj)
    models_dir = tmp_path / "models"
    got = import_model(src / "tiny.gguf", src / "mmproj-tiny.gguf", models_dir,
                       expected_sha256=hashlib.sha256(model).hexdigest(), manifest=[])
    assert got.vision and got.architecture == "llama" and got.name == "Tiny Test"
    assert got.model_path.parent.parent == models_dir and got.model_path.read_bytes() == model
    listed = list_installed(models_dir, include_builtin=False)
    assert [(m.id, m.model_path, m.mmproj_path) for m in listed] == [
        (got.id, got.model_path, got.mmproj_path)]
    assert not list(models_dir.rglob("*.part"))
    builtin = list_installed(models_dir)[0]
    assert builtin.builtin and builtin.model_path == default_model_path()


@pytest.mark.parametrize(
    "make_model, make_proj, words",
    [
        (lambda p: p.write_bytes(b"MZ\x90\x00 an exe"), None, "not a GGUF model file"),
        (lambda p: p.write_bytes(write_gguf(p).read_bytes()[:-100]), None,
         "damaged or incomplete"),
        (projector, None, "is a vision projector"),
        (write_gguf, write_gguf, "not a vision projector"),
        (lambda p: write_gguf(p, meta={"llama.embedding_length": 64}),
         lambda p: write_gguf(p, arch="clip", meta={"clip.vision.projection_dim": 2048}),
         "belongs to a different model"),
    ],
)
def test_import_rejects_bad_files_with_plain_errors(tmp_path, make_model, make_proj, words):
    model = tmp_path / "model.gguf"
    make_model(model)
    proj = None
    if make_proj:
        proj = tmp_path / "proj.gguf"
        make_proj(proj)
    with pytest.raises(ModelFileError) as err:
        import_model(model, proj, tmp_path / "models", manifest=[])
    assert words in err.value.message
    assert list_installed(tmp_path / "models", include_builtin=False) == []


def test_import_checks_sha256_and_memory(tmp_path, gguf_pair):
    src = tmp_path / "tiny.gguf"
    src.write_bytes(gguf_pair[0])
    with pytest.raises(ModelFileError, match="checksum does not match"):
        import_model(src, None, tmp_path / "models", expected_sha256="0" * 64, manifest=[])
    # a manifest entry with the same file name and size supplies the hash
    wrong = ManifestEntry(id="x", name="x", files=(
        ManifestFile("model", "tiny.gguf", "https://x", src.stat().st_size, "1" * 64),))
    with pytest.raises(ModelFileError, match="checksum"):
        import_model(src, None, tmp_path / "models", manifest=[wrong])
    with pytest.raises(ModelFileError, match="needs about"):
        import_model(src, None, tmp_path / "models", manifest=[], ram_bytes=1000)


# ------------------------------------------------------------------------- download


def test_full_download_verifies_and_registers(tmp_path, server, gguf_pair):
    entry = entry_for(server, *gguf_pair)
    seen = []
    got = download(entry, tmp_path, lambda done, total, name: seen.append((done, total, name)))
    assert got.model_path.read_bytes() == gguf_pair[0]
    assert got.mmproj_path.read_bytes() == gguf_pair[1] and got.vision
    assert seen[-1][0] == seen[-1][1] and {s[2] for s in seen} == {"m.gguf", "p.gguf"}
    assert [m.id for m in list_installed(tmp_path, include_builtin=False)] == ["tiny"]
    assert not list(tmp_path.rglob("*.part"))
    # done already: a second call verifies and does not download again
    n = len(server.ranges)
    download(entry, tmp_path)
    assert len(server.ranges) == n


@pytest.mark.parametrize("known_size", [True, False])
def test_interrupted_download_resumes_with_range(tmp_path, server, gguf_pair, known_size):
    entry = entry_for(server, gguf_pair[0], size=known_size)
    server.cut_after = 100_000
    with pytest.raises(DownloadError) as err:
        download(entry, tmp_path)
    assert "interrupted" in err.value.message
    part = tmp_path / "tiny" / "m.gguf.part"
    assert part.stat().st_size == 100_000 and not (tmp_path / "tiny" / "m.gguf").exists()
    got = download(entry, tmp_path)
    assert server.ranges[-1] == "bytes=100000-"  # continued, not restarted
    assert got.model_path.read_bytes() == gguf_pair[0] and not part.exists()


def test_checksum_mismatch_is_rejected_and_the_part_deleted(tmp_path, server, gguf_pair):
    entry = entry_for(server, gguf_pair[0])
    bad = replace(entry.files[0], sha256=hashlib.sha256(b"other").hexdigest())
    with pytest.raises(DownloadError, match="checksum"):
        download_file(bad, tmp_path / "dl")
    assert list((tmp_path / "dl").iterdir()) == []  # neither the final file nor a .part


def test_cancel_keeps_the_part_for_later(tmp_path, server, gguf_pair):
    entry = entry_for(server, gguf_pair[0])
    token = CancelToken()

    def progress(done, total, name):
        if done >= 3 * 65536:
            token.cancel()

    with pytest.raises(Cancelled):
        download(entry, tmp_path, progress, token)
    part = tmp_path / "tiny" / "m.gguf.part"
    assert 0 < part.stat().st_size < len(gguf_pair[0])
    assert list_installed(tmp_path, include_builtin=False) == []
    assert download(entry, tmp_path).model_path.read_bytes() == gguf_pair[0]


def test_offline_gives_a_plain_error(tmp_path):
    with socket.socket() as s:  # a port that was free a moment ago: connection refused
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    f = ManifestFile("model", "m.gguf", f"http://127.0.0.1:{port}/m.gguf", 10, "")
    with pytest.raises(DownloadError) as err:
        download_file(f, tmp_path, timeout=5)
    assert "Check the internet connection" in err.value.message
    assert not any(tmp_path.iterdir())


def test_server_errors_and_wrong_files(tmp_path, server, gguf_pair):
    missing = ManifestFile("model", "x.gguf", server.url("nope.gguf"))
    with pytest.raises(DownloadError, match="HTTP 404"):
        download_file(missing, tmp_path)
    wrong_size = ManifestFile("model", "m.gguf", entry_for(server, gguf_pair[0]).files[0].url,
                              size=123)
    with pytest.raises(DownloadError, match="different"):
        download_file(wrong_size, tmp_path)
    # a served file that is not a GGUF is caught before it is registered
    server.files["fake.gguf"] = os.urandom(5000)
    fake = ManifestEntry(id="fake", name="Fake", files=(
        ManifestFile("model", "fake.gguf", server.url("fake.gguf")),))
    with pytest.raises(ModelFileError):
        download(fake, tmp_path)
    assert [m.id for m in list_installed(tmp_path, include_builtin=False)] == []
    assert Path(tmp_path / "fake" / "fake.gguf").exists()  # kept for inspection, unlisted
