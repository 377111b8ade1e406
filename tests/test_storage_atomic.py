"""Atomic writes: the previous file survives a failed write, and a SIGKILL at any moment of
a save leaves a record that opens and equals one complete version."""

from __future__ import annotations

import os
import random
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checkup_desktop.core.storage.atomic import (
    atomic_write_bytes,
    atomic_write_text,
    remove_stale_temp_files,
    stale_temp_files,
)
from checkup_desktop.core.storage.records import open_vault

REPO = Path(__file__).resolve().parents[1]


class Exploding:
    """bytes-like object whose write fails halfway through a save."""


def test_write_replaces_content_and_is_private(tmp_path):
    target = tmp_path / "sub" / "f.json"
    atomic_write_text(target, "one")
    atomic_write_text(target, "two")
    assert target.read_text() == "two"
    assert stale_temp_files(target.parent) == []
    if sys.platform != "win32":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_failed_write_keeps_previous_file_and_no_temp(tmp_path):
    target = tmp_path / "f.bin"
    atomic_write_bytes(target, b"previous")
    with pytest.raises(TypeError):
        atomic_write_bytes(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"previous"
    assert stale_temp_files(tmp_path) == []


def test_stale_temp_cleanup_spares_fresh_files(tmp_path):
    old = tmp_path / ".rec.cdrec.abc.tmp"
    fresh = tmp_path / ".rec.cdrec.def.tmp"
    keep = tmp_path / "rec.cdrec"
    for p in (old, fresh, keep):
        p.write_bytes(b"x")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    assert remove_stale_temp_files(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([fresh.name, keep.name])


# --------------------------------------------------------------------- kill -9 proof

# Shared by the test and the writer process: version i of the record, fully determined by i.
VERSION_SRC = r'''
from checkup_desktop.core.models import Analysis

PDF_SIZE = 4 * 1024 * 1024

def version(i):
    analysis = Analysis(source=f"v{i}.pdf", pages=i % 50 + 1, language="en")
    pdf = (f"<version {i}>".encode() * (PDF_SIZE // 8 + 1))[:PDF_SIZE]
    return analysis, {"version": i}, f"report {i}", pdf
'''

# A "zygote": imports and derives the key once, then forks one writer per kill (a fresh
# interpreter per kill would spend most of the time budget starting up). Each writer
# rewrites the same record forever with versions base, base+1, ...
WRITER_SRC = VERSION_SRC + r'''
import os, sys
from pathlib import Path
from checkup_desktop.core.storage.records import open_vault

vault = open_vault(sys.argv[1], directory=Path(sys.argv[2]))
rid = sys.argv[3]
print("ready", flush=True)
for line in sys.stdin:
    cmd, arg = line.split()
    if cmd == "go":
        pid = os.fork()
        if pid == 0:
            try:
                i = int(arg)
                while True:
                    analysis, edits, name, pdf = version(i)
                    vault.save(analysis, edits, name, pdf, record_id=rid)
                    i += 1
            finally:
                os._exit(1)
        print(pid, flush=True)
    elif cmd == "reap":
        os.waitpid(int(arg), 0)
        print("reaped", flush=True)
'''


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")
def test_sigkill_mid_save_leaves_a_complete_version(tmp_path):
    ns: dict = {}
    exec(VERSION_SRC, ns)
    version = ns["version"]
    directory = tmp_path / "history"
    passphrase = "kill -9 proof passphrase"
    vault = open_vault(passphrase, directory=directory)
    rid = vault.save(*version(0)[:3], pdf_bytes=version(0)[3])

    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER_SRC, passphrase, str(directory), rid],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=REPO)
    rng = random.Random(20261130)
    kills = mid_write = 0
    seen: set[int] = set()
    last = 0
    try:
        assert proc.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + 20
        while kills < 40 and time.monotonic() < deadline:
            base = (kills + 1) * 100_000
            proc.stdin.write(f"go {base}\n")
            proc.stdin.flush()
            pid = int(proc.stdout.readline())
            time.sleep(rng.uniform(0.02, 0.3))
            os.kill(pid, signal.SIGKILL)
            proc.stdin.write(f"reap {pid}\n")
            proc.stdin.flush()
            assert proc.stdout.readline().strip() == "reaped"
            kills += 1

            leftovers = stale_temp_files(directory)
            mid_write += bool(leftovers)
            for p in leftovers:  # what a killed writer leaves: never the record itself
                p.unlink()
            analysis, edits, pdf = vault.load(rid)
            v = edits["version"]
            # the last complete version: the one before, or one this writer finished
            assert v == last or base <= v < base + 100_000
            exp_analysis, exp_edits, exp_name, exp_pdf = version(v)
            assert analysis == exp_analysis and edits == exp_edits and pdf == exp_pdf
            assert vault.meta(rid).report_name == exp_name
            seen.add(v)
            last = v
    finally:
        proc.stdin.close()
        proc.wait(timeout=10)
        proc.stdout.close()
    print(f"{kills} kills, {mid_write} inside a write, {len(seen)} versions seen")
    assert kills >= 30, f"only {kills} kills in the time budget"
    assert mid_write >= 3, f"only {mid_write} of {kills} kills landed inside a write"
    assert len(seen) >= 5  # the writers made progress between kills
