"""Typed storage errors. Like core.errors, `.message` is written for the patient, so the
GUI can show it as is and choose what to offer (a passphrase box, a "delete" button)."""


class StorageError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class KeychainUnavailableError(StorageError):
    """No working OS keychain: the GUI should offer to protect the history with a passphrase."""


class KeyMissingError(StorageError):
    """The history was locked with a keychain key that is gone or different now."""


class PassphraseRequiredError(StorageError):
    """The history is protected by a passphrase and none was given."""


class WrongPassphraseError(StorageError):
    pass


class WeakPassphraseError(StorageError):
    pass


class VaultDamagedError(StorageError):
    """The small file that describes the history's key (vault.json) cannot be read."""


class RecordNotFoundError(StorageError):
    pass


class DamagedRecordError(StorageError):
    """A saved analysis failed authentication: damaged, truncated or tampered with."""
