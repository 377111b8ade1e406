"""Encryption at rest: AES-256-GCM, and where its key comes from.

The key is either random and kept in the OS keychain (`keyring`, service "CheckupDesktop"),
or derived from the user's passphrase with scrypt when no keychain works. Never a key file
on disk. `vault.json` beside the history holds only what is needed to find or re-derive the
key (keychain account name, or scrypt salt and cost) and a verifier: a known text encrypted
with the key, so a wrong passphrase or a replaced keychain entry gives a clear error instead
of records that silently fail to open.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from checkup_desktop.core.storage.atomic import atomic_write_text
from checkup_desktop.core.storage.errors import (
    KeychainUnavailableError,
    KeyMissingError,
    PassphraseRequiredError,
    VaultDamagedError,
    WeakPassphraseError,
    WrongPassphraseError,
)

log = logging.getLogger(__name__)

SERVICE = "CheckupDesktop"
VAULT_FILE = "vault.json"
VAULT_FORMAT = 1
KEY_BYTES = 32  # AES-256
NONCE_BYTES = 12  # 96-bit, random per encryption
MIN_PASSPHRASE = 8
# scrypt cost: ~0.1 s and 32 MiB on a laptop; stored in vault.json so it can grow later
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
_VERIFIER_TEXT = b"Checkup Desktop history key verifier"
_VERIFIER_AAD = b"checkup-desktop/verifier/v1"


class DecryptError(Exception):
    """Authentication failed: wrong key, wrong associated data, or altered bytes."""


def new_key() -> bytes:
    return AESGCM.generate_key(bit_length=KEY_BYTES * 8)


def encrypt(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """nonce || ciphertext+tag. A fresh random nonce for every call: a (key, nonce) pair
    is never reused, which GCM's security depends on."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def decrypt(key: bytes, blob: bytes, aad: bytes) -> bytes:
    if len(blob) < NONCE_BYTES + 16:
        raise DecryptError("ciphertext too short")
    try:
        return AESGCM(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad)
    except InvalidTag:
        raise DecryptError("authentication failed") from None


def derive_key(passphrase: str, salt: bytes, *, n: int = SCRYPT_N, r: int = SCRYPT_R,
               p: int = SCRYPT_P) -> bytes:
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=256 * n * r + (1 << 20), dklen=KEY_BYTES)


# ------------------------------------------------------------------------ key status


class KeyState(StrEnum):
    KEYCHAIN = "keychain"  # opens without asking: key in the OS keychain (or will be)
    PASSPHRASE = "passphrase"  # history is protected by a passphrase: ask for it
    NO_KEYCHAIN = "no_keychain"  # nothing saved yet and no keychain: offer a passphrase
    KEY_MISSING = "key_missing"  # history exists but its keychain key is gone
    KEYCHAIN_UNREACHABLE = "keychain_unreachable"  # its key is in a keychain that is down
    DAMAGED = "damaged"  # vault.json cannot be read


@dataclass(frozen=True)
class KeyStatus:
    state: KeyState
    message: str  # plain words for the GUI

    @property
    def needs_passphrase(self) -> bool:
        return self.state in (KeyState.PASSPHRASE, KeyState.NO_KEYCHAIN)


NO_KEYCHAIN_MESSAGE = (
    "This computer has no system keychain the app can use to lock your saved results. "
    "Choose a passphrase to protect them instead. Without it nothing can be saved."
)
KEY_MISSING_MESSAGE = (
    "The key that locks your saved results is no longer in this computer's keychain, "
    "so they cannot be opened. You can delete them and start a new history."
)
KEYCHAIN_DOWN_MESSAGE = (
    "Your saved results are locked with a key in this computer's keychain, but the keychain "
    "cannot be reached right now. Unlock or start the keychain and try again."
)


def _keychain_usable() -> bool:
    # keyring's "fail" backend raises on use; the "null" one silently stores nothing
    kr = keyring.get_keyring()
    return not isinstance(kr, keyring.backends.fail.Keyring | keyring.backends.null.Keyring)


def _keychain_get(account: str) -> str | None:
    """The stored secret, None if there is none. KeychainUnavailableError if the keychain
    cannot be used at all (backends raise many kinds: no backend, D-Bus down, locked)."""
    if not _keychain_usable():
        raise KeychainUnavailableError(NO_KEYCHAIN_MESSAGE)
    try:
        return keyring.get_password(SERVICE, account)
    except Exception as exc:  # noqa: BLE001 - any backend failure means "unavailable"
        log.warning("keychain read failed: %s", exc)
        raise KeychainUnavailableError(NO_KEYCHAIN_MESSAGE) from exc


def _keychain_set(account: str, secret: str) -> None:
    if not _keychain_usable():
        raise KeychainUnavailableError(NO_KEYCHAIN_MESSAGE)
    try:
        keyring.set_password(SERVICE, account, secret)
        stored = keyring.get_password(SERVICE, account)
    except Exception as exc:  # noqa: BLE001 - see _keychain_get
        log.warning("keychain write failed: %s", exc)
        raise KeychainUnavailableError(NO_KEYCHAIN_MESSAGE) from exc
    if stored != secret:  # a backend that accepts and forgets
        raise KeychainUnavailableError(NO_KEYCHAIN_MESSAGE)


def keychain_delete(account: str) -> bool:
    """Remove a key from the keychain. True if an entry was removed, False if there was
    none; KeychainUnavailableError if the keychain cannot be reached."""
    if not _keychain_usable():
        raise KeychainUnavailableError(KEYCHAIN_DOWN_MESSAGE)
    try:
        if keyring.get_password(SERVICE, account) is None:
            return False
        keyring.delete_password(SERVICE, account)
    except keyring.errors.PasswordDeleteError:
        return False
    except Exception as exc:  # noqa: BLE001 - see _keychain_get
        raise KeychainUnavailableError(KEYCHAIN_DOWN_MESSAGE) from exc
    return True


# ------------------------------------------------------------------------- vault.json


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s: str) -> bytes:
    return base64.b64decode(s.encode("ascii"), validate=True)


def read_vault_info(directory: Path) -> dict | None:
    """vault.json as a dict, None if there is none; VaultDamagedError if unreadable."""
    path = directory / VAULT_FILE
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise VaultDamagedError(
            "The file that describes how your saved results are locked is damaged, so they "
            "cannot be opened. You can delete them and start a new history."
        ) from exc
    if not isinstance(info, dict) or info.get("kind") not in ("keychain", "passphrase"):
        raise VaultDamagedError(
            "The file that describes how your saved results are locked is not one this "
            "version of the app understands."
        )
    return info


def _verifier(key: bytes) -> str:
    return _b64(encrypt(key, _VERIFIER_TEXT, _VERIFIER_AAD))


def _verifies(key: bytes, info: dict) -> bool:
    try:
        return decrypt(key, _unb64(info["verifier"]), _VERIFIER_AAD) == _VERIFIER_TEXT
    except (DecryptError, KeyError, ValueError, TypeError):
        return False


def key_status(directory: Path) -> KeyStatus:
    """What opening the history needs, without creating or changing anything."""
    try:
        info = read_vault_info(directory)
    except VaultDamagedError as exc:
        return KeyStatus(KeyState.DAMAGED, exc.message)
    if info is None:
        if _keychain_usable():
            return KeyStatus(KeyState.KEYCHAIN, "Saved results are locked with a key kept in "
                             "this computer's keychain.")
        return KeyStatus(KeyState.NO_KEYCHAIN, NO_KEYCHAIN_MESSAGE)
    if info["kind"] == "passphrase":
        return KeyStatus(KeyState.PASSPHRASE, "Enter your passphrase to open your saved "
                         "results.")
    try:
        secret = _keychain_get(info.get("account", ""))
    except KeychainUnavailableError:
        return KeyStatus(KeyState.KEYCHAIN_UNREACHABLE, KEYCHAIN_DOWN_MESSAGE)
    if secret is None:
        return KeyStatus(KeyState.KEY_MISSING, KEY_MISSING_MESSAGE)
    return KeyStatus(KeyState.KEYCHAIN, "Saved results are locked with a key kept in this "
                     "computer's keychain.")


def unlock(directory: Path, passphrase: str | None = None) -> tuple[bytes, str]:
    """The history key and how it is kept ("keychain" | "passphrase"). Sets the vault up on
    first use: with the keychain when it works and no passphrase is given, else with the
    passphrase. Raises the typed errors of storage.errors."""
    info = read_vault_info(directory)
    if info is None:
        return _create(directory, passphrase), ("passphrase" if passphrase is not None
                                                else "keychain")
    if info["kind"] == "passphrase":
        if not passphrase:
            raise PassphraseRequiredError("Enter your passphrase to open your saved results.")
        try:
            kdf = info["kdf"]
            # bounded: an edited vault.json must not make scrypt eat all memory
            if not (int(kdf["n"]) <= 2**20 and int(kdf["r"]) <= 32 and int(kdf["p"]) <= 16):
                raise ValueError("scrypt cost out of range")
            key = derive_key(passphrase, _unb64(kdf["salt"]), n=int(kdf["n"]), r=int(kdf["r"]),
                             p=int(kdf["p"]))
        except (KeyError, ValueError, TypeError) as exc:
            raise VaultDamagedError("The file that describes how your saved results are "
                                    "locked is damaged.") from exc
        if not _verifies(key, info):
            raise WrongPassphraseError("That passphrase is not the one that protects your "
                                       "saved results. Check it and try again.")
        return key, "passphrase"
    try:
        secret = _keychain_get(info.get("account", ""))
    except KeychainUnavailableError as exc:
        raise KeychainUnavailableError(KEYCHAIN_DOWN_MESSAGE) from exc
    if secret is None:
        raise KeyMissingError(KEY_MISSING_MESSAGE)
    try:
        key = _unb64(secret)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES or not _verifies(key, info):
        raise KeyMissingError(KEY_MISSING_MESSAGE)
    return key, "keychain"


def _create(directory: Path, passphrase: str | None) -> bytes:
    if passphrase is not None:
        if len(passphrase) < MIN_PASSPHRASE:
            raise WeakPassphraseError(
                f"Please choose a passphrase of at least {MIN_PASSPHRASE} characters.")
        salt = os.urandom(16)
        key = derive_key(passphrase, salt)
        info = {"format": VAULT_FORMAT, "kind": "passphrase",
                "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
                        "salt": _b64(salt)},
                "verifier": _verifier(key)}
    else:
        account = default_account(directory)
        existing = _keychain_get(account)  # raises KeychainUnavailableError
        try:
            key = _unb64(existing) if existing else b""
        except ValueError:
            key = b""
        if len(key) != KEY_BYTES:
            key = new_key()
            _keychain_set(account, _b64(key))
        # else: vault.json was lost but the key survived: keep it, old records stay readable
        info = {"format": VAULT_FORMAT, "kind": "keychain", "account": account,
                "verifier": _verifier(key)}
    atomic_write_text(directory / VAULT_FILE, json.dumps(info, indent=1))
    return key


def default_account(directory: Path) -> str:
    """Keychain account for a history directory: derived from its path, so two installs
    (e.g. a portable copy) never share a key and "delete all" can find it without vault.json."""
    digest = hashlib.sha256(str(Path(directory).resolve()).encode("utf-8")).hexdigest()
    return f"history-key-{digest[:16]}"


def keychain_account(directory: Path) -> str | None:
    """The keychain account that holds this history's key, if it uses the keychain."""
    try:
        info = read_vault_info(directory)
    except VaultDamagedError:
        return None
    if info and info["kind"] == "keychain":
        return str(info.get("account") or "") or None
    return None
