"""What the main window gives each of its collaborators (window_records, window_trends,
window_handout): one explicit interface instead of a shared `self`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from checkup_desktop.ui.session import Session
from checkup_desktop.ui.settings_dialog import GuiSettings
from checkup_desktop.ui.tr import _
from checkup_desktop.ui.vault_keeper import VaultKeeper


@dataclass(frozen=True)
class WindowParts:
    parent: QWidget  # the parent of dialogs and jobs
    keeper: VaultKeeper | None  # the private history; None when the window keeps none
    settings: Callable[[], GuiSettings]  # the settings in force now
    current: Callable[[], Session | None]  # the session on screen
    reading: Callable[[], bool]  # a report is being analysed
    show_session: Callable[[Session], None]  # make it the one on screen, show its cards
    show_error: Callable[[str], None]  # plain words in the window's banner


def still_reading() -> str:
    """Why nothing else can start now."""
    return _("A report is still being read. Wait for it, or press Cancel.")
