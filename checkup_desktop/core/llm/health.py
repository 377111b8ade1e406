"""Whether the local model can run on this computer: one record for the whole process.

A model whose process dies at start or on its first decode (an illegal instruction on a CPU
without the build's instruction set, a segmentation fault, killed for lack of memory) is
retried once by its runtime; after that the runtime records the failure here and the model is
not used again for this session. The cards keep the knowledge-base wording. The CLI prints the
reason once; the window's Settings > Model page shows `model_disabled_reason()`.

Thread-safe: the model runs in a worker thread, the Settings page reads from the GUI thread.
`reset()` clears the record (the user picked another model, or a test starts afresh).
"""

from __future__ import annotations

import signal
import threading
from dataclasses import dataclass
from pathlib import Path

_lock = threading.Lock()


@dataclass(frozen=True)
class ModelFailure:
    model_path: str  # resolved path of the model file
    reason: str  # plain words for the patient: what happened and what they can do


_failure: ModelFailure | None = None

# Windows reports a crash as an NTSTATUS exit code instead of a signal
_WINDOWS_CODES = {
    0xC000001D: "illegal-instruction",  # STATUS_ILLEGAL_INSTRUCTION
    0xC0000005: "memory-access",  # STATUS_ACCESS_VIOLATION
    0xC00000FD: "stack-overflow",  # STATUS_STACK_OVERFLOW
    0xC0000409: "internal",  # STATUS_STACK_BUFFER_OVERRUN (also abort())
}
_SIGNALS = {
    "SIGILL": "illegal-instruction",
    "SIGSEGV": "memory-access",
    "SIGBUS": "memory-access",
    "SIGKILL": "out-of-memory",
    "SIGABRT": "internal",
    "SIGFPE": "arithmetic",
}
_WHAT = {
    "illegal-instruction": "its process ended with an illegal-instruction error: this build "
                           "uses processor features this computer does not have",
    "memory-access": "its process ended with a memory-access error (segmentation fault)",
    "out-of-memory": "its process was stopped by the system, most often because the computer "
                     "ran out of memory",
    "stack-overflow": "its process ended with a stack overflow",
    "internal": "its process ended with an internal error",
    "arithmetic": "its process ended with an arithmetic error",
}


def exit_kind(exitcode: int | None) -> str:
    """'illegal-instruction', 'memory-access', 'out-of-memory', ... or 'unknown' for a
    multiprocessing exit code (negative: killed by that signal)."""
    if exitcode is None:
        return "unknown"
    if exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            return "unknown"
        return _SIGNALS.get(name, "unknown")
    return _WINDOWS_CODES.get(exitcode & 0xFFFFFFFF, "unknown")


def crash_reason(exitcode: int | None) -> str:
    """The plain-words reason for a model process that died with `exitcode`."""
    kind = exit_kind(exitcode)
    what = _WHAT.get(kind) or (f"its process ended unexpectedly (exit code {exitcode})"
                               if exitcode is not None else "its process ended unexpectedly")
    advice = ("Closing other programs may help, or you can pick a smaller model in "
              "Settings > Model." if kind == "out-of-memory"
              else "You can pick another model in Settings > Model.")
    return (f"The local model stopped working on this computer ({what}). Your cards use the "
            f"knowledge-base wording. {advice}")


def load_reason(model_name: str, detail: str) -> str:
    """The plain-words reason for a model file llama.cpp refused to load."""
    return (f"The local model {model_name} could not be loaded ({detail}). Your cards use "
            "the knowledge-base wording. You can pick another model in Settings > Model.")


def _key(model_path: str | Path) -> str:
    try:
        return str(Path(model_path).resolve())
    except OSError:
        return str(model_path)


def record_model_failure(model_path: str | Path, reason_text: str) -> None:
    """The model at `model_path` cannot run here: do not use it again this session."""
    global _failure
    with _lock:
        _failure = ModelFailure(_key(model_path), reason_text)


def model_disabled_reason(model_path: str | Path | None = None) -> str | None:
    """Why the model is not used (plain words), or None when nothing failed. With a path:
    only when that model is the one that failed."""
    with _lock:
        failure = _failure
    if failure is None:
        return None
    if model_path is not None and _key(model_path) != failure.model_path:
        return None
    return failure.reason


def disabled_model() -> ModelFailure | None:
    """The full record (which file, why), or None."""
    with _lock:
        return _failure


def reset() -> None:
    """Forget the failure: the user picked another model (or a test starts afresh)."""
    global _failure
    with _lock:
        _failure = None
