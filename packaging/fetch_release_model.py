"""Release builds only (CHECKUP_RELEASE=1): download the recommended vision model named in
models/manifest.toml into a build folder and verify every file's sha256 before the spec
bundles it. An entry without a pinned sha256 stops the build: an unverified multi-GB file
must never ship inside an installer.

    python packaging/fetch_release_model.py DEST_DIR [--model ID] [--manifest PATH]

Prints the prepared folder (DEST_DIR/<id>) on stdout; exit 1 with a message on stderr.
Uses only the standard library (runs before the app's dependencies matter).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tomllib
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / "models" / "manifest.toml"
CHUNK = 1 << 20


class FetchError(RuntimeError):
    pass


def pick_entry(manifest: dict, model_id: str | None = None) -> dict:
    """The named entry, else the first vision model (the manifest lists the recommended
    one first)."""
    models = manifest.get("models", [])
    for m in models:
        if (model_id and m.get("id") == model_id) or (not model_id and m.get("vision")):
            return m
    wanted = f"model {model_id}" if model_id else "vision model"
    raise FetchError(f"models/manifest.toml has no {wanted}.")


def require_pins(entry: dict) -> None:
    missing = [f["filename"] for f in entry.get("files", []) if not f.get("sha256")]
    if missing or not entry.get("files"):
        raise FetchError(
            f"Release build stopped: models/manifest.toml gives no sha256 for "
            f"{', '.join(missing) or 'any file'} of {entry.get('id')}. Pin the hashes "
            "(download once, check the model loads and writes cards, record size and sha256) "
            "before building a release; unverified model files are never bundled."
        )


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def fetch_file(spec: dict, dest_dir: Path) -> Path:
    """Download to .part, check size and sha256, then rename; a verified file is reused."""
    final = dest_dir / spec["filename"]
    want = spec["sha256"].lower()
    if final.is_file() and _sha256(final) == want:
        return final
    part = final.with_name(final.name + ".part")
    req = urllib.request.Request(spec["url"], headers={"User-Agent": "CheckupDesktop-build"})
    h = hashlib.sha256()
    size = 0
    with urllib.request.urlopen(req, timeout=60) as resp, part.open("wb") as out:  # noqa: S310
        while chunk := resp.read(CHUNK):
            h.update(chunk)
            size += len(chunk)
            out.write(chunk)
    if spec.get("size") and size != spec["size"]:
        part.unlink()
        raise FetchError(f"{spec['filename']}: {size} bytes, manifest says {spec['size']}.")
    if h.hexdigest() != want:
        part.unlink()
        raise FetchError(f"{spec['filename']}: sha256 {h.hexdigest()} != manifest {want}.")
    os.replace(part, final)
    return final


def prepare(dest: Path, model_id: str | None = None, manifest_path: Path = MANIFEST) -> Path:
    entry = pick_entry(tomllib.loads(manifest_path.read_text(encoding="utf-8")), model_id)
    require_pins(entry)  # before any byte is downloaded
    folder = dest / entry["id"]
    folder.mkdir(parents=True, exist_ok=True)
    paths = {f["role"]: fetch_file(f, folder) for f in entry["files"]}
    # the record format of checkup_desktop/core/llm/manager.py (_read_record)
    record = {
        "id": entry["id"], "name": entry.get("name", entry["id"]),
        "model_path": paths["model"].name,
        "mmproj_path": paths["mmproj"].name if "mmproj" in paths else None,
        "architecture": "", "size_bytes": sum(p.stat().st_size for p in paths.values()),
        "vision": "mmproj" in paths,
        "sha256": {f["filename"]: f["sha256"].lower() for f in entry["files"]},
    }
    (folder / "model.json").write_text(json.dumps(record, indent=2), encoding="utf-8")
    return folder


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dest", type=Path)
    ap.add_argument("--model", help="manifest id (default: the first vision model)")
    ap.add_argument("--manifest", type=Path, default=MANIFEST)
    args = ap.parse_args(argv)
    try:
        print(prepare(args.dest, args.model, args.manifest))
    except (FetchError, OSError) as exc:
        print(f"fetch_release_model: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
