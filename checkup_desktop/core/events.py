"""Events the pipeline generator yields: each yield is a progress report and a cancel point."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from checkup_desktop.core.models import ActionCard, Analysis

Stage = Literal["reading", "extracting", "scanning", "grouping", "writing", "done"]


@dataclass(frozen=True)
class Progress:
    stage: Stage
    page: int | None = None  # 1-based page being read
    pages: int | None = None
    card_index: int | None = None  # 1-based card being written
    card_count: int | None = None
    tokens: int = 0  # tokens generated so far for the current card


@dataclass(frozen=True)
class CardReady:
    """A card exists. The rules card comes first; a checked model card may replace it
    later with the same `card.id` (`replaces=True`)."""

    card: ActionCard
    index: int
    count: int
    replaces: bool = False


@dataclass(frozen=True)
class Done:
    analysis: Analysis


Event = Progress | CardReady | Done
