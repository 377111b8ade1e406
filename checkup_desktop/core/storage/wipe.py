""""Delete all my data": saved analyses, caches, settings and the history key in the OS
keychain. Downloaded model files are kept (they are not personal data and are large); the
app starts afterwards as on first run."""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from checkup_desktop import paths
from checkup_desktop.core.storage import crypto
from checkup_desktop.core.storage.errors import KeychainUnavailableError
from checkup_desktop.core.storage.records import history_dir

log = logging.getLogger(__name__)


@dataclass
class WipeResult:
    removed: list[Path] = field(default_factory=list)
    keychain_entries_removed: int = 0
    problems: list[str] = field(default_factory=list)  # plain words; empty = all gone

    @property
    def complete(self) -> bool:
        return not self.problems


def _too_broad(d: Path) -> bool:
    # an override pointing at the home folder or a filesystem root must never be emptied
    d = d.resolve()
    home = Path.home().resolve()
    return d == Path(d.anchor) or d == home or d in home.parents


def _empty_dir(d: Path, keep: set[Path], result: WipeResult) -> None:
    if not d.exists():
        return
    if _too_broad(d):
        result.problems.append(f"{d} was not emptied: it is not a folder of this app only.")
        return
    for child in sorted(d.iterdir()):
        resolved = child.resolve()
        if resolved in keep:
            continue
        if any(k.is_relative_to(resolved) for k in keep):  # holds the models folder
            _empty_dir(child, keep, result)
            continue
        try:
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
            result.removed.append(child)
        except OSError as exc:
            result.problems.append(f"{child} could not be deleted ({exc.strerror or exc}).")


def wipe_all_data() -> WipeResult:
    """Remove everything the app keeps about the user. Never raises for a missing file or
    keychain; what could not be removed is listed in `problems`."""
    result = WipeResult()
    hdir = history_dir()
    in_use = crypto.keychain_account(hdir)  # the account vault.json names, if any
    # the key first: once it is gone, any copy of the encrypted files is unreadable
    for account in sorted({crypto.default_account(hdir), in_use} - {None}):
        try:
            result.keychain_entries_removed += int(crypto.keychain_delete(account))
        except KeychainUnavailableError:
            if account == in_use:  # a key we know exists could not be removed
                result.problems.append(
                    "The key of your saved results could not be removed from this "
                    "computer's keychain because the keychain cannot be reached. Its name "
                    f"there is {crypto.SERVICE} / {account}.")
    keep = {paths.models_dir().resolve()}
    for d in (paths.data_dir(), paths.cache_dir(), paths.config_dir()):
        _empty_dir(d, keep, result)
    log.info("wiped %d items, %d keychain entries", len(result.removed),
             result.keychain_entries_removed)
    return result
