"""How an out-of-range result is triaged: a direction's routing and its severity bands."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from checkup_desktop.core.knowledge.normalize import normalize_words, word_pattern
from checkup_desktop.core.models import PRIORITIES, Department, FollowUp, Priority


class Routing(BaseModel):
    """How an abnormal result is triaged (DESIGN §1 vocabularies)."""

    model_config = ConfigDict(frozen=True)

    priority: Priority
    department: Department
    follow_up: FollowUp
    critical: bool = False
    band_source: str = ""


class Band(BaseModel):
    """A severity band: the first band (most severe first) whose condition holds wins.

    The threshold is `value` (canonical unit) or `times_upper` x the upper reference
    limit; qualitative bands list printed grade `words` instead ("++", "3+").
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    op: Literal[">=", ">", "<=", "<"] = ">="
    value: float | None = None
    times_upper: float | None = None
    words: list[str] = []
    priority: Priority | None = None
    department: Department | None = None
    follow_up: FollowUp | None = None
    critical: bool = False
    source: str = ""

    @model_validator(mode="after")
    def _has_threshold(self) -> Band:
        if self.value is None and self.times_upper is None and not self.words:
            raise ValueError("a band needs `value`, `times_upper` or `words`")
        return self

    def holds(self, value: float | None, upper: float | None, text: str) -> bool:
        if self.words:
            norm = normalize_words(text)
            return bool(norm) and any(word_pattern(normalize_words(w)).search(norm)
                                      for w in self.words)
        if value is None:
            return False
        threshold = self.value
        if self.times_upper is not None:
            if upper is None:
                return False
            threshold = self.times_upper * upper
        if threshold is None:
            return False
        return {">=": value >= threshold, ">": value > threshold,
                "<=": value <= threshold, "<": value < threshold}[self.op]


class DirectionRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    priority: Priority
    department: Department
    follow_up: FollowUp
    critical: bool = False
    bands: list[Band] = []

    @field_validator("bands")
    @classmethod
    def _most_severe_first(cls, bands: list[Band]) -> list[Band]:
        ranks = [PRIORITIES.index(b.priority) for b in bands if b.priority]
        if ranks != sorted(ranks):
            raise ValueError("bands must be ordered most severe first")
        return bands

    def route(self, value: float | None, upper: float | None, text: str,
              source: str) -> Routing:
        for band in self.bands:
            if band.holds(value, upper, text):
                critical = band.critical or self.critical
                return Routing(
                    priority=band.priority or ("urgent" if band.critical else self.priority),
                    department=band.department
                    or ("emergency" if band.critical else self.department),
                    follow_up=band.follow_up
                    or ("immediately" if band.critical else self.follow_up),
                    critical=critical,
                    band_source=band.source or source,
                )
        return Routing(priority=self.priority, department=self.department,
                       follow_up=self.follow_up, critical=self.critical, band_source=source)
