"""What the window keeps about the report on screen: its cards and the user's edits."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from checkup_desktop.core.models import ActionCard, Analysis
from checkup_desktop.core.presentation import analysis_in_language
from checkup_desktop.core.trends import Comparison


@dataclass
class Session:
    path: str
    lang: str = "en"
    password: str | None = None  # kept in memory only, to show the report's pages
    cards: dict[str, ActionCard] = field(default_factory=dict)  # report order
    analysis: Analysis | None = None  # set when the pipeline finished
    pages: int = 0
    edits: dict[str, list[str]] = field(default_factory=dict)  # card id -> questions
    ticks: dict[str, set[str]] = field(default_factory=dict)
    record_id: str | None = None  # its record in the history, once saved
    stopped: bool = False  # the user stopped the analysis: the cards made until then
    # this report against the earlier ones in the history (None: nothing to compare yet)
    comparison: Comparison | None = None

    @property
    def name(self) -> str:
        return Path(self.path).name

    def questions(self, card_id: str) -> list[str]:
        return self.edits.get(card_id, self.cards[card_id].questions)

    def current_analysis(self) -> Analysis:
        """What to export: the finished analysis, or the cards so far if it was stopped."""
        cards = list(self.cards.values())
        if self.analysis is not None:
            return self.analysis.model_copy(update={"cards": cards})
        return Analysis(source=self.name, pages=max(1, self.pages), cards=cards,
                        language=self.lang)


def in_language(s: Session, lang: str) -> None:
    """Word `s` in `lang`: its cards rebuilt from the report's results in that language."""
    if s.lang == lang or s.analysis is None:
        return
    analysis = analysis_in_language(s.analysis, lang)
    s.analysis, s.lang = analysis, lang
    s.cards = {c.id: c for c in analysis.cards}
