"""History of analyses, encrypted at rest (one file per saved analysis).

Record file (`<record_id>.cdrec`): MAGIC, format byte, then three sections, each an 8-byte
length and `nonce || AES-GCM ciphertext`: meta (small JSON, read by `list()` without
decrypting the rest), body (Analysis + the user's edits), pdf (the report bytes, may be
empty). Each section's associated data binds format version, record id and section name,
so a file renamed to another id or a section moved between files fails authentication.
Every save rewrites the whole file atomically (atomic.py): after a crash the previous
version is intact.
"""

from __future__ import annotations

import json
import logging
import re
import secrets
import struct
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from pydantic import BaseModel, ValidationError

from checkup_desktop import paths
from checkup_desktop.core.models import Analysis
from checkup_desktop.core.storage import crypto
from checkup_desktop.core.storage.atomic import (
    atomic_write_bytes,
    fsync_dir,
    remove_stale_temp_files,
)
from checkup_desktop.core.storage.errors import DamagedRecordError, RecordNotFoundError

log = logging.getLogger(__name__)

MAGIC = b"CDREC"
RECORD_FORMAT = 1
SUFFIX = ".cdrec"
_SECTIONS = ("meta", "body", "pdf")
_LEN = struct.Struct(">Q")
_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")

Edits = dict[str, Any]  # JSON-compatible, e.g. {"questions": {card_id: [question, ...]}}


class RecordMeta(BaseModel):
    record_id: str
    report_name: str
    created_at: datetime
    saved_at: datetime
    report_date: str = ""  # as the user or the report gave it, e.g. "2026-11-02"
    pages: int
    card_count: int
    language: str
    has_pdf: bool
    pdf_size: int = 0
    urgent_count: int = 0  # cards marked urgent: the history list shows a marker
    stopped: bool = False  # the user stopped the analysis: the cards made until then


def history_dir() -> Path:
    return paths.data_dir() / "history"


def _aad(record_id: str, section: str) -> bytes:
    return f"checkup-desktop/record/v{RECORD_FORMAT}/{record_id}/{section}".encode()


def _damaged(record_id: str) -> DamagedRecordError:
    return DamagedRecordError(
        "This saved result is damaged or was changed outside the app, so it cannot be "
        f"opened ({record_id}). You can delete it."
    )


def _check_id(record_id: str) -> str:
    if not isinstance(record_id, str) or not _ID.match(record_id):
        raise RecordNotFoundError("There is no saved result with that name.")
    return record_id


def new_record_id() -> str:
    # sortable by time, unique without coordination
    return f"{datetime.now(UTC):%Y%m%dT%H%M%S}-{secrets.token_hex(4)}"


class Vault:
    """An unlocked history. Get one from `open_vault()`."""

    def __init__(self, directory: Path, key: bytes, key_kind: str):
        self.directory = directory
        self.key_kind = key_kind  # "keychain" | "passphrase"
        self._key = key

    # ---------------------------------------------------------------------- files
    def _path(self, record_id: str) -> Path:
        return self.directory / f"{_check_id(record_id)}{SUFFIX}"

    def _read_sections(self, f: BinaryIO, record_id: str, count: int) -> list[bytes]:
        head = f.read(len(MAGIC) + 1)
        if head[:len(MAGIC)] != MAGIC or len(head) != len(MAGIC) + 1:
            raise _damaged(record_id)
        if head[-1] != RECORD_FORMAT:
            raise DamagedRecordError("This saved result was made by a newer version of the "
                                     "app. Update the app to open it.")
        out = []
        for name in _SECTIONS[:count]:
            raw = f.read(_LEN.size)
            if len(raw) != _LEN.size:
                raise _damaged(record_id)
            (n,) = _LEN.unpack(raw)
            blob = f.read(n)
            if len(blob) != n:
                raise _damaged(record_id)
            try:
                out.append(crypto.decrypt(self._key, blob, _aad(record_id, name)))
            except crypto.DecryptError:
                raise _damaged(record_id) from None
        return out

    def _open(self, record_id: str, count: int) -> list[bytes]:
        try:
            with open(self._path(record_id), "rb") as f:
                return self._read_sections(f, record_id, count)
        except FileNotFoundError:
            raise RecordNotFoundError("That saved result no longer exists.") from None

    # ------------------------------------------------------------------------ API
    def save(self, analysis: Analysis, edits: Mapping[str, Any] | None = None,
             report_name: str | None = None, pdf_bytes: bytes | None = None, *,
             record_id: str | None = None, report_date: str = "",
             stopped: bool = False) -> str:
        """Save a new record, or replace `record_id` (e.g. after the user edited questions).
        Returns the record id."""
        edits = dict(edits or {})
        created = datetime.now(UTC)
        if record_id is None:
            record_id = new_record_id()
        else:
            _check_id(record_id)
            try:
                created = self.meta(record_id).created_at
            except (RecordNotFoundError, DamagedRecordError):
                pass
        meta = RecordMeta(
            record_id=record_id, report_name=report_name or analysis.source or "report.pdf",
            created_at=created, saved_at=datetime.now(UTC), report_date=report_date,
            pages=analysis.pages,
            card_count=len(analysis.cards), language=analysis.language,
            has_pdf=pdf_bytes is not None, pdf_size=len(pdf_bytes or b""),
            urgent_count=sum(c.priority == "urgent" for c in analysis.cards), stopped=stopped,
        )
        body = json.dumps({"analysis": analysis.model_dump(mode="json"), "edits": edits},
                          ensure_ascii=False).encode("utf-8")
        parts = [MAGIC, bytes([RECORD_FORMAT])]
        for name, plain in zip(_SECTIONS, (meta.model_dump_json().encode(), body,
                                           pdf_bytes or b""), strict=True):
            blob = crypto.encrypt(self._key, plain, _aad(record_id, name))
            parts += [_LEN.pack(len(blob)), blob]
        atomic_write_bytes(self._path(record_id), b"".join(parts))
        return record_id

    def meta(self, record_id: str) -> RecordMeta:
        (raw,) = self._open(record_id, 1)
        try:
            return RecordMeta.model_validate_json(raw)
        except ValidationError:
            raise _damaged(record_id) from None

    def list(self) -> list[RecordMeta]:
        """Readable records, newest first. Unreadable ones: see `damaged()`."""
        metas = []
        for rid in self._ids():
            try:
                metas.append(self.meta(rid))
            except DamagedRecordError as exc:
                log.warning("%s", exc.message)
            except RecordNotFoundError:  # deleted meanwhile
                pass
        return sorted(metas, key=lambda m: m.saved_at, reverse=True)

    def damaged(self) -> list[str]:
        """Ids of records that cannot be opened with this key (offer to delete them)."""
        bad = []
        for rid in self._ids():
            try:
                self.meta(rid)
            except DamagedRecordError:
                bad.append(rid)
            except RecordNotFoundError:
                pass
        return bad

    def load(self, record_id: str) -> tuple[Analysis, Edits, bytes | None]:
        meta_raw, body_raw, pdf = self._open(record_id, 3)
        try:
            meta = RecordMeta.model_validate_json(meta_raw)
            body = json.loads(body_raw)
            analysis = Analysis.model_validate(body["analysis"])
            edits = body.get("edits") or {}
        except (ValidationError, ValueError, KeyError, TypeError):
            raise _damaged(record_id) from None
        return analysis, edits, (pdf if meta.has_pdf else None)

    def delete(self, record_id: str) -> bool:
        """True if the record existed. The file is unlinked; its content was only ever
        on disk encrypted, and deleting the key (wipe) makes any copy unreadable."""
        try:
            self._path(record_id).unlink()
        except FileNotFoundError:
            return False
        fsync_dir(self.directory)
        return True

    def _ids(self) -> list[str]:
        if not self.directory.is_dir():
            return []
        return sorted(p.name[:-len(SUFFIX)] for p in self.directory.iterdir()
                      if p.name.endswith(SUFFIX) and _ID.match(p.name[:-len(SUFFIX)]))


def key_status(directory: Path | None = None) -> crypto.KeyStatus:
    """What opening the history will need (for the GUI), changing nothing."""
    return crypto.key_status(directory or history_dir())


def open_vault(passphrase: str | None = None, *, directory: Path | None = None) -> Vault:
    """Unlock (or on first use create) the history. Raises KeychainUnavailableError (offer a
    passphrase), PassphraseRequiredError, WrongPassphraseError, WeakPassphraseError,
    KeyMissingError or VaultDamagedError, each with a plain `.message`."""
    d = directory or history_dir()
    key, kind = crypto.unlock(d, passphrase)
    d.mkdir(parents=True, exist_ok=True)
    remove_stale_temp_files(d)
    return Vault(d, key, kind)
