"""The core stays Qt-free (DESIGN §4), threads live only in workers/. Which layer may import
which is checked by import-linter (pyproject.toml), run by scripts/test.sh."""

import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "checkup_desktop"


def test_importing_the_whole_core_loads_no_qt():
    code = (
        "import sys, pkgutil, importlib, checkup_desktop.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'checkup_desktop.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "print('PySide6' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_threads_only_in_workers():
    offenders = []
    for p in PKG.rglob("*.py"):
        if "workers" in p.parts:
            continue
        src = p.read_text(encoding="utf-8")
        if "QThread" in src or "threading.Thread(" in src:
            offenders.append(p.relative_to(PKG))
    assert offenders == []
