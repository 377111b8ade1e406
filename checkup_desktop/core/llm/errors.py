"""Typed errors of the local-model layer; `.message` is written for a patient."""

from checkup_desktop.core.errors import ReportError


class ModelError(ReportError):
    """The local model cannot be used (missing, damaged, wrong kind, crashed)."""


class ModelFileError(ModelError):
    """The model file is missing, truncated, not a GGUF file, or not the expected kind."""


class ModelCrashedError(ModelError):
    """The model process stopped unexpectedly; the next request starts a fresh one."""


class DownloadError(ModelError):
    """A model download failed (offline, server error, checksum mismatch)."""


class ModelDisabledError(ModelError):
    """The model cannot run on this computer (its process died at start or on its first
    decode, twice; or llama.cpp refused the file): it is not used again this session.
    `.message` is the reason recorded in `health`."""
