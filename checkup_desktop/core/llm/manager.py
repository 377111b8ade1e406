"""Model manager: the manifest of recommended models, the models installed under the
user's models directory, and importing a GGUF (+ optional vision projector) with checks.

Each installed model is a folder `<models_dir>/<id>/` holding its GGUF file(s) and a
`model.json` record; a folder without a record is not listed (half-copied or foreign).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tomllib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from checkup_desktop.core.llm.errors import ModelFileError
from checkup_desktop.core.llm.gguf_check import GgufInfo, check_language_model, check_projector
from checkup_desktop.core.llm.locate import default_model_path

MANIFEST_PATH = Path(__file__).resolve().parents[3] / "models" / "manifest.toml"
RECORD = "model.json"
RAM_FACTOR = 1.25  # weights + KV cache + runtime overhead, relative to the file size


@dataclass(frozen=True)
class ManifestFile:
    role: str  # "model" | "mmproj"
    filename: str
    url: str
    size: int = 0  # exact bytes; 0 = not verified yet
    sha256: str = ""  # "" = pinned by the first verified release build
    approx_mb: int = 0


@dataclass(frozen=True)
class ManifestEntry:
    id: str
    name: str
    files: tuple[ManifestFile, ...]
    license: str = ""
    license_url: str = ""
    ram_gb: float = 0.0
    vision: bool = False
    description: str = ""
    languages: tuple[str, ...] = ()
    revision: str = ""
    max_image_tokens: int = 0  # vision: cap of image tokens per scanned page (0: default)

    def file(self, role: str) -> ManifestFile | None:
        return next((f for f in self.files if f.role == role), None)


@dataclass
class InstalledModel:
    id: str
    name: str
    model_path: Path
    mmproj_path: Path | None = None
    architecture: str = ""
    size_bytes: int = 0
    vision: bool = False
    builtin: bool = False
    sha256: dict[str, str] = field(default_factory=dict)  # filename -> hex, when computed


def load_manifest(path: str | Path | None = None) -> list[ManifestEntry]:
    data = tomllib.loads(Path(path or MANIFEST_PATH).read_text(encoding="utf-8"))
    out = []
    for m in data.get("models", []):
        files = tuple(ManifestFile(**f) for f in m.get("files", []))
        fields = {k: v for k, v in m.items() if k != "files"}
        fields["languages"] = tuple(fields.get("languages", ()))
        out.append(ManifestEntry(files=files, **fields))
    return out


def manifest_entry_for(model_path: str | Path,
                       manifest: list[ManifestEntry] | None = None) -> ManifestEntry | None:
    """The manifest entry whose model or projector file has this file name, if any."""
    name = Path(model_path).name
    entries = load_manifest() if manifest is None else manifest
    return next((e for e in entries if any(f.filename == name for f in e.files)), None)


def sha256_file(path: Path, progress: Callable[[int], None] | None = None) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
            if progress:
                progress(len(chunk))
    return h.hexdigest()


def total_ram_bytes() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):  # not POSIX: do not block on it
        return 0


def check_ram(size_bytes: int, name: str, ram_bytes: int | None = None) -> None:
    ram = total_ram_bytes() if ram_bytes is None else ram_bytes
    need = int(size_bytes * RAM_FACTOR)
    if ram and need > ram:
        raise ModelFileError(
            f"{name} needs about {need / 2**30:.1f} GB of memory, but this computer has "
            f"{ram / 2**30:.1f} GB. Choose a smaller model."
        )


def check_pair(model: GgufInfo, proj: GgufInfo) -> None:
    """A projector feeds embeddings of one width: it must match the model's."""
    width = model.metadata.get(f"{model.architecture}.embedding_length")
    proj_dim = proj.metadata.get("clip.vision.projection_dim")
    if width and proj_dim and int(width) != int(proj_dim):
        raise ModelFileError(
            f"The vision projector {proj.path.name} belongs to a different model "
            f"than {model.path.name}. Choose the mmproj file published with this model."
        )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9._-]+", "-", text.lower()).strip("-.") or "model"


def _manifest_sha(filename: str, size: int, manifest: list[ManifestEntry]) -> str:
    for entry in manifest:
        for f in entry.files:
            if f.filename == filename and f.sha256 and (not f.size or f.size == size):
                return f.sha256
    return ""


def _write_record(folder: Path, model: InstalledModel) -> None:
    rec = asdict(model)
    rec["model_path"] = model.model_path.name
    rec["mmproj_path"] = model.mmproj_path.name if model.mmproj_path else None
    rec.pop("builtin")
    tmp = folder / (RECORD + ".tmp")
    tmp.write_text(json.dumps(rec, indent=2), encoding="utf-8")
    os.replace(tmp, folder / RECORD)


def _read_record(folder: Path) -> InstalledModel | None:
    try:
        rec = json.loads((folder / RECORD).read_text(encoding="utf-8"))
        model = InstalledModel(
            id=rec["id"], name=rec["name"], model_path=folder / rec["model_path"],
            mmproj_path=folder / rec["mmproj_path"] if rec.get("mmproj_path") else None,
            architecture=rec.get("architecture", ""), size_bytes=rec.get("size_bytes", 0),
            vision=bool(rec.get("vision")), sha256=rec.get("sha256", {}),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not model.model_path.is_file() or (model.mmproj_path and not model.mmproj_path.is_file()):
        return None
    return model


def list_installed(models_dir: str | Path, *, include_builtin: bool = True) -> list[InstalledModel]:
    """Installed models, the built-in default first (when its package is installed)."""
    out: list[InstalledModel] = []
    if include_builtin:
        try:
            path = default_model_path()
            out.append(InstalledModel(
                id="builtin", name="SmolLM2 135M (built in)", model_path=path,
                architecture="llama", size_bytes=path.stat().st_size, builtin=True,
            ))
        except ModelFileError:
            pass
    root = Path(models_dir)
    if root.is_dir():
        for folder in sorted(p for p in root.iterdir() if p.is_dir()):
            if (model := _read_record(folder)) is not None:
                out.append(model)
    return out


def register(
    folder: Path, model_file: Path, mmproj_file: Path | None = None, *,
    model_id: str | None = None, name: str | None = None, sha256: dict[str, str] | None = None,
) -> InstalledModel:
    """Validate files already inside `folder` and write their record."""
    info = check_language_model(model_file)
    proj = check_projector(mmproj_file) if mmproj_file else None
    if proj:
        check_pair(info, proj)
    model = InstalledModel(
        id=model_id or folder.name, name=name or info.name, model_path=model_file,
        mmproj_path=mmproj_file, architecture=info.architecture,
        size_bytes=info.file_size + (proj.file_size if proj else 0),
        vision=proj is not None, sha256=dict(sha256 or {}),
    )
    _write_record(folder, model)
    return model


def import_model(
    gguf_path: str | Path,
    mmproj: str | Path | None = None,
    models_dir: str | Path | None = None,
    *,
    expected_sha256: str | None = None,
    manifest: list[ManifestEntry] | None = None,
    ram_bytes: int | None = None,
) -> InstalledModel:
    """Check a user-chosen GGUF (and projector) and copy it into `models_dir/<slug>/`.

    Checks: GGUF magic/version/architecture, not truncated, a language model (not a
    projector), the projector is a clip/mmproj GGUF of matching width, the size fits the
    computer's memory, and the sha256 when one is known (argument or manifest).
    Raises ModelFileError with a plain message.
    """
    if models_dir is None:
        raise ValueError("models_dir is required")
    src = Path(gguf_path)
    info = check_language_model(src)
    proj = check_projector(mmproj) if mmproj else None
    if proj:
        check_pair(info, proj)
    check_ram(info.file_size + (proj.file_size if proj else 0), src.name, ram_bytes)

    manifest = load_manifest() if manifest is None else manifest
    hashes: dict[str, str] = {}
    for path, expected in ((src, expected_sha256), (proj.path if proj else None, None)):
        if path is None:
            continue
        want = (expected or _manifest_sha(path.name, path.stat().st_size, manifest)).lower()
        if want:
            got = sha256_file(path)
            if got != want:
                raise ModelFileError(
                    f"{path.name} is not the expected file (its checksum does not match). "
                    "Download it again from the publisher."
                )
            hashes[path.name] = got

    folder = Path(models_dir) / _slug(src.stem)
    folder.mkdir(parents=True, exist_ok=True)
    copies = []
    for path in filter(None, (src, proj.path if proj else None)):
        dest = folder / path.name
        if not (dest.exists() and dest.samefile(path)):
            tmp = folder / (path.name + ".part")
            shutil.copyfile(path, tmp)  # a crash mid-copy leaves only a .part file
            os.replace(tmp, dest)
        copies.append(dest)
    return register(folder, copies[0], copies[1] if proj else None,
                    model_id=folder.name, name=info.name, sha256=hashes)
