"""No network, ever: the rules-only analysis, the local model's card writer (in its own
child process), the encrypted history and the settings all run with every way of reaching
the network blocked, and not one attempt is made."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from memory_keyring import MemoryKeyring

from checkup_desktop.core.models import Analysis

CBC_REPORT = "reportlens__cbc_abnormal_drlogy.pdf"

# The same guard for child processes (the model runs in a spawned interpreter):
# PYTHONPATH puts this sitecustomize first, it patches socket and logs to a file.
CHILD_GUARD = textwrap.dedent('''
    import os, socket

    _LOG = os.environ["CHECKUP_TEST_NET_LOG"]

    def _blocked(name):
        def fn(*args, **kwargs):
            with open(_LOG, "a") as f:
                f.write(f"attempt {name} {args[1:]!r}\\n")
            raise OSError(f"network blocked by test ({name})")
        return fn

    for _n in ("connect", "connect_ex", "sendto"):
        setattr(socket.socket, _n, _blocked(_n))
    socket.create_connection = _blocked("create_connection")
    socket.getaddrinfo = _blocked("getaddrinfo")
    socket.gethostbyname = _blocked("gethostbyname")
    with open(_LOG, "a") as f:
        f.write(f"guarded pid {os.getpid()}\\n")
''')


@pytest.fixture
def attempts(monkeypatch, tmp_path):
    """Blocks the network for the whole test, here and in child processes; the list it
    returns is filled with every attempt (which must stay empty)."""
    seen: list[str] = []

    def blocked(name):
        def fn(*args, **kwargs):
            seen.append(f"{name} {args!r}")
            raise OSError(f"network blocked by test ({name})")
        return fn

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, blocked(name))
    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, blocked(name))

    guard_dir = tmp_path / "netguard"
    guard_dir.mkdir()
    (guard_dir / "sitecustomize.py").write_text(CHILD_GUARD)
    log = tmp_path / "child-net.log"
    log.touch()
    monkeypatch.setenv("CHECKUP_TEST_NET_LOG", str(log))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        [str(guard_dir)] + [p for p in [os.environ.get("PYTHONPATH")] if p]))
    yield seen


def everything(attempts: list[str]) -> list[str]:
    """Attempts made here plus those the guarded child processes logged."""
    log = Path(os.environ["CHECKUP_TEST_NET_LOG"]).read_text().splitlines()
    return attempts + [line for line in log if line.startswith("attempt")]


def test_guard_itself_records_attempts(attempts):
    # proves the fixture can fail: a real connect is blocked and recorded
    with pytest.raises(OSError), socket.socket() as s:
        s.connect(("192.0.2.1", 443))
    with pytest.raises(OSError):
        socket.create_connection(("example.com", 80))
    assert len(attempts) == 2
    # and a child process inherits the guard
    child = subprocess.run(
        [sys.executable, "-c", "import socket; socket.create_connection(('192.0.2.1', 9))"],
        capture_output=True, text=True, timeout=60)
    assert child.returncode != 0 and "network blocked by test" in child.stderr
    assert len(everything(attempts)) == 3
    attempts.clear()
    Path(os.environ["CHECKUP_TEST_NET_LOG"]).write_text("")


def test_rules_only_analysis_makes_no_connection(attempts, realworld):
    from checkup_desktop.core.pipeline import run

    analysis = run(realworld / CBC_REPORT)
    assert analysis.pages >= 1 and analysis.cards
    assert everything(attempts) == []


class _FirstCards:
    """The real writer for the first n cards, the rules card after: one card is enough to
    exercise the model process, and the test stays short on a shared CPU."""

    def __init__(self, writer, n: int):
        self.writer, self.left = writer, n

    def write(self, issue, rules_card, *, lang, cancel):
        if self.left <= 0:
            return None  # the knowledge-base card stays
        self.left -= 1
        return (yield from self.writer.write(issue, rules_card, lang=lang, cancel=cancel))


@pytest.mark.model
@pytest.mark.slow
def test_model_card_writer_makes_no_connection(attempts, realworld, tmp_path):
    from checkup_desktop.core.llm.factory import writer_from_args
    from checkup_desktop.core.llm.locate import default_model_path
    from checkup_desktop.core.pipeline import run

    model = default_model_path()
    writer, _scanner = writer_from_args(model=str(model), mmproj=None, threads=1, gpu_layers=0)
    writer.jobs = "all"  # not qualified in this fresh home: it must write for this test
    # a short answer is enough to prove the model process ran offline (shared CPU)
    writer.max_tokens = min(writer.max_tokens, 48)
    runtime = writer.runtime
    try:
        analysis = run(realworld / CBC_REPORT, writer=_FirstCards(writer, 1))
        child_pid = runtime.pid
        assert child_pid is not None  # the model child really ran
    finally:
        runtime.close()
    assert analysis.cards
    assert writer.stats["generated_tokens"] > 0  # the model really wrote
    print(writer.stats)
    log = Path(os.environ["CHECKUP_TEST_NET_LOG"]).read_text()
    assert f"guarded pid {child_pid}\n" in log  # the model's process was guarded too
    assert everything(attempts) == []



@pytest.mark.parametrize("keychain", ["memory", "none"])
def test_vault_and_settings_make_no_connection(attempts, keychain):
    from checkup_desktop.core.storage import (
        Settings,
        load_settings,
        open_vault,
        save_settings,
        wipe_all_data,
    )

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring() if keychain == "memory"
                        else keyring.backends.fail.Keyring())
    try:
        vault = open_vault(None if keychain == "memory" else "a long enough passphrase")
        rid = vault.save(Analysis(source="r.pdf", pages=1), {"q": []}, pdf_bytes=b"%PDF")
        assert vault.load(rid)[2] == b"%PDF"
        save_settings(Settings(language="es"))
        assert load_settings().language == "es"
        assert wipe_all_data().complete
    finally:
        keyring.set_keyring(previous)
    assert everything(attempts) == []
