"""Download a manifest model with resume (HTTP Range), checksum, cancel and plain errors.

Bytes go to `<file>.part`; only a complete file whose size and sha256 (when known) match is
renamed to its final name, so a half-downloaded model is never loaded. An interrupted or
cancelled download keeps its .part file and resumes from there next time; a checksum
mismatch deletes it (the bytes are wrong, resuming would keep them).
"""

from __future__ import annotations

import hashlib
import http.client
import os
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

from checkup_desktop.core.cancel import CancelToken
from checkup_desktop.core.llm.errors import DownloadError
from checkup_desktop.core.llm.manager import (
    InstalledModel,
    ManifestEntry,
    ManifestFile,
    check_ram,
    register,
    sha256_file,
)

CHUNK = 1 << 16
USER_AGENT = "CheckupDesktop/0.1 (model download)"
# progress_cb(bytes_done, bytes_total_or_0, filename)
ProgressCb = Callable[[int, int, str], None]

_OFFLINE = (
    "Could not reach the download server. Check the internet connection and try again, "
    "or import a model file you already have."
)


def _open(url: str, start: int, timeout: float) -> http.client.HTTPResponse:
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    if start:
        req.add_header("Range", f"bytes={start}-")
    try:
        return urllib.request.urlopen(req, timeout=timeout)  # noqa: S310 - https URLs
    except urllib.error.HTTPError as exc:
        if exc.code == 416:  # nothing left after `start`: the caller re-checks the part
            return exc  # type: ignore[return-value]
        raise DownloadError(
            f"The download server refused the model file (HTTP {exc.code}). Try again later."
        ) from None
    except OSError as exc:  # URLError, refused, reset, timeout: all OSError
        raise DownloadError(_OFFLINE) from exc


def _hash_existing(part: Path) -> tuple[Any, int]:
    h = hashlib.sha256()
    n = 0
    if part.exists():
        with part.open("rb") as f:
            while chunk := f.read(1 << 20):
                h.update(chunk)
                n += len(chunk)
    return h, n


def download_file(
    f: ManifestFile,
    dest_dir: Path,
    *,
    progress_cb: ProgressCb | None = None,
    cancel: CancelToken | None = None,
    timeout: float = 30.0,
) -> Path:
    """One file to `dest_dir/f.filename`, resuming a previous .part file."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    final = dest_dir / f.filename
    part = dest_dir / (f.filename + ".part")
    if final.exists():
        if (not f.size or final.stat().st_size == f.size) and (
            not f.sha256 or sha256_file(final) == f.sha256.lower()
        ):
            return final  # already downloaded and verified
        final.unlink()
    h, done = _hash_existing(part)
    if f.size and done > f.size:  # longer than the real file: cannot be right
        part.unlink()
        h, done = hashlib.sha256(), 0

    resp = _open(f.url, done, timeout)
    try:
        status = getattr(resp, "status", None) or resp.getcode()
        if status == 416:
            total = done
        else:
            if status == 200 and done:  # server ignored Range: start over
                h, done = hashlib.sha256(), 0
            length = int(resp.headers.get("Content-Length") or 0)
            total = done + length if length else f.size
            if f.size and total and total != f.size:
                raise DownloadError(
                    f"The server offers a different {f.filename} than expected "
                    f"({total} bytes instead of {f.size}). The download was stopped."
                )
            with part.open("ab" if done else "wb") as out:
                while True:
                    if cancel is not None:
                        cancel.check()  # Cancelled: the .part file stays for resuming
                    try:
                        chunk = resp.read(CHUNK)
                    except (http.client.IncompleteRead, OSError) as exc:
                        raise DownloadError(
                            "The download was interrupted. Try again: it will continue "
                            "where it stopped."
                        ) from exc
                    if not chunk:
                        break
                    out.write(chunk)
                    h.update(chunk)
                    done += len(chunk)
                    if progress_cb:
                        progress_cb(done, total or 0, f.filename)
    finally:
        resp.close()

    expected = f.size or total
    if expected and done < expected:
        raise DownloadError(
            "The download was interrupted. Try again: it will continue where it stopped."
        )
    if (f.size and done != f.size) or (f.sha256 and h.hexdigest() != f.sha256.lower()):
        part.unlink(missing_ok=True)
        raise DownloadError(
            f"The downloaded {f.filename} is damaged or not the published file (checksum "
            "mismatch). It was deleted; please download it again."
        )
    os.replace(part, final)
    return final


def download(
    entry: ManifestEntry,
    models_dir: str | Path,
    progress_cb: ProgressCb | None = None,
    cancel: CancelToken | None = None,
    *,
    timeout: float = 30.0,
    ram_bytes: int | None = None,
) -> InstalledModel:
    """Download every file of a manifest entry into `models_dir/<entry.id>/`, verify it and
    register it (it then appears in `list_installed`). Raises DownloadError (offline,
    server error, checksum mismatch, interrupted), ModelFileError (not a usable GGUF), or
    Cancelled."""
    folder = Path(models_dir) / entry.id
    check_ram(sum(f.size for f in entry.files), entry.name, ram_bytes)
    paths: dict[str, Path] = {}
    for f in entry.files:
        paths[f.role] = download_file(f, folder, progress_cb=progress_cb, cancel=cancel,
                                      timeout=timeout)
    hashes = {f.filename: f.sha256 for f in entry.files if f.sha256}
    return register(folder, paths["model"], paths.get("mmproj"), model_id=entry.id,
                    name=entry.name, sha256=hashes)
