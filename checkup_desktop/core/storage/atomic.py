"""Atomic file replacement: a crash or kill at any moment leaves either the old file or the
new one, never a mix. Temp file in the same directory (so os.replace is a rename on one
filesystem), fsync the file before the rename, fsync the directory after it (so the rename
itself survives a power cut)."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
import time
from pathlib import Path

TEMP_SUFFIX = ".tmp"


def fsync_dir(directory: str | Path) -> None:
    """Make a rename or unlink in `directory` durable. Windows cannot open directories;
    NTFS journals the metadata, so there is nothing to do there."""
    if sys.platform == "win32":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        # some filesystems (network shares, FUSE) cannot sync a directory: the rename has
        # still happened, so this is not a failed save
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def _replace(src: str, dst: Path) -> None:
    # Windows refuses to replace a file another process has open (an antivirus scan, a
    # reader): retry briefly instead of failing the save.
    for attempt in range(10):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if sys.platform != "win32" or attempt == 9:
                raise
            time.sleep(0.05 * (attempt + 1))


def atomic_write_bytes(path: str | Path, data: bytes, *, mode: int = 0o600) -> None:
    """Replace `path` with `data` atomically. The file is private to the user (0600)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if sys.platform != "win32":
            os.chmod(tmp, mode)
        _replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def atomic_write_text(path: str | Path, text: str, *, mode: int = 0o600) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), mode=mode)


def stale_temp_files(directory: str | Path) -> list[Path]:
    """Temp files a killed writer left behind (the target file itself is intact)."""
    d = Path(directory)
    if not d.is_dir():
        return []
    return sorted(p for p in d.iterdir()
                  if p.name.startswith(".") and p.name.endswith(TEMP_SUFFIX) and p.is_file())


def remove_stale_temp_files(directory: str | Path, *, older_than_s: float = 600.0) -> int:
    """Delete leftovers of killed writers. Only old ones: a second app instance may be
    writing right now, and its temp file must not vanish under it."""
    now = time.time()
    removed = 0
    for p in stale_temp_files(directory):
        with contextlib.suppress(OSError):
            if now - p.stat().st_mtime >= older_than_s:
                p.unlink()
                removed += 1
    return removed
