"""What the pipeline asks of a card writer (the local model, core/llm/card_writer.py)."""

from __future__ import annotations

from collections.abc import Generator
from typing import Protocol

from checkup_desktop.core.cancel import CancelToken
from checkup_desktop.core.events import Progress
from checkup_desktop.core.models import ActionCard, Issue


class CardWriter(Protocol):
    def write(
        self, issue: Issue, rules_card: ActionCard, *, lang: str, cancel: CancelToken
    ) -> Generator[Progress, None, ActionCard | None]:
        """Rewrite the knowledge-base card `rules_card` of `issue`, yielding progress.
        Returns the new card, or None when the knowledge-base card is kept (the writer did
        not take the card, failed, or its text did not pass a check)."""
        ...
