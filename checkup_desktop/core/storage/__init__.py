"""Private and durable storage (Qt-free): encrypted history, settings, "delete all my data".

Nothing here opens a network connection; see tests/test_no_network.py.
"""

from checkup_desktop.core.storage.crypto import KeyState, KeyStatus
from checkup_desktop.core.storage.errors import (
    DamagedRecordError,
    KeychainUnavailableError,
    KeyMissingError,
    PassphraseRequiredError,
    RecordNotFoundError,
    StorageError,
    VaultDamagedError,
    WeakPassphraseError,
    WrongPassphraseError,
)
from checkup_desktop.core.storage.records import RecordMeta, Vault, key_status, open_vault
from checkup_desktop.core.storage.settings import (
    Settings,
    SettingsLoad,
    load_settings,
    read_settings,
    save_settings,
)
from checkup_desktop.core.storage.wipe import WipeResult, wipe_all_data

__all__ = [
    "DamagedRecordError", "KeyMissingError", "KeyState", "KeyStatus",
    "KeychainUnavailableError", "PassphraseRequiredError", "RecordMeta", "RecordNotFoundError",
    "Settings", "SettingsLoad", "StorageError", "Vault", "VaultDamagedError",
    "WeakPassphraseError", "WipeResult", "WrongPassphraseError", "key_status",
    "load_settings", "open_vault", "read_settings", "save_settings", "wipe_all_data",
]
