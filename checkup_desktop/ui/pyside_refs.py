"""Works around a reference-count bug of PySide6 6.12 on Python 3.10 and 3.11.

Measured here (PySide6 6.12.0, CPython 3.11.7): every call of a void Qt method (setText,
show, processEvents, ...) takes one reference away from None, and every Signal.emit one
from True. Python 3.12 made these objects immortal, so there it does no harm; on 3.11,
after a few thousand such calls (True starts with ~5,700 references in the window's
process), Python frees True or None and aborts ("deallocating None" / "deallocating True
or False") or crashes later in unrelated code. Until the dependency is fixed (a newer
PySide6, or Python >= 3.12), give the three objects a reference count no run can use up,
which is what 3.12 does. Nothing changes on 3.12 and later.
"""

from __future__ import annotations

import ctypes
import sys

_SPARE_REFERENCES = 1 << 40  # ~1e12 calls


def apply() -> bool:
    """Idempotent; True when the work-around is in force."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if getattr(sys, "_checkup_desktop_spare_refs", False):
        return True
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += _SPARE_REFERENCES
    sys._checkup_desktop_spare_refs = True
    return True
