"""An analyte entry (one measurable test, a lab row): its aliases, units and canonical
values, default reference range, qualitative words and routing."""

from __future__ import annotations

import functools
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from checkup_desktop.core.knowledge.names import Names
from checkup_desktop.core.knowledge.normalize import (
    normalize_label,
    normalize_unit,
    normalize_words,
    word_pattern,
)
from checkup_desktop.core.knowledge.routing_rules import DirectionRule, Routing

Direction = Literal["high", "low", "abnormal"]


class RefRange(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    low: float | None = None
    high: float | None = None
    low_female: float | None = None
    high_female: float | None = None
    source: str


Scale = float | tuple[float, float]


class Analyte(BaseModel):
    """One measurable test (a lab row)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str
    name: Names
    aliases: list[str] = Field(min_length=1)
    group: str
    kind: Literal["quantitative", "qualitative"] = "quantitative"
    unit: str = ""
    # printed unit -> factor (canonical = value * factor) or [scale, offset] (affine)
    units: dict[str, Scale] = {}
    range: RefRange | None = None
    high: DirectionRule | None = None
    low: DirectionRule | None = None
    abnormal: DirectionRule | None = None
    abnormal_words: list[str] = []
    normal_words: list[str] = []
    # directions that are not an issue (a hepatitis B surface antibody above range or
    # positive means immunity), with the plain-language reason the report summary line gets
    benign: list[Direction] = []
    benign_reason: Names | None = None
    source: str
    # filled by the loader: global qualitative words and the group's default routing
    default_rule: DirectionRule | None = None
    base_normal_words: list[str] = []
    base_abnormal_words: list[str] = []

    @functools.cached_property
    def _unit_table(self) -> dict[str, tuple[float, float]]:
        table: dict[str, tuple[float, float]] = {normalize_unit(self.unit): (1.0, 0.0)}
        for printed, scale in self.units.items():
            pair = (float(scale), 0.0) if isinstance(scale, int | float) else scale
            table.setdefault(normalize_unit(printed), (pair[0], pair[1]))
        return table

    def knows_unit(self, unit: str) -> bool:
        return normalize_unit(unit) in self._unit_table

    def to_canonical(self, value: float, unit: str) -> float | None:
        """`value` in the canonical unit; None when the printed unit is not known.

        A blank unit is accepted only for analytes that have no unit (ratios, pH).
        """
        pair = self._unit_table.get(normalize_unit(unit))
        if pair is None:
            return None
        return value * pair[0] + pair[1]

    def default_range(self, sex: str | None = None) -> tuple[float | None, float | None, str]:
        """Adult reference range in the canonical unit, for reports that print none."""
        r = self.range
        if r is None:
            return None, None, ""
        if sex and sex.strip().casefold().startswith(("f", "w", "女")):
            low = r.low_female if r.low_female is not None else r.low
            high = r.high_female if r.high_female is not None else r.high
            return low, high, r.source
        return r.low, r.high, r.source

    def route(self, direction: Direction, canonical_value: float | None = None, *,
              upper: float | None = None, text: str = "") -> Routing:
        """Routing for a result out of range in `direction`.

        `upper` is the printed upper limit (canonical unit) for "x times upper" bands;
        the default range is used when it is None. `text` is the printed value, for
        qualitative grade bands ("++").
        """
        rule = {"high": self.high, "low": self.low, "abnormal": self.abnormal}[direction]
        if rule is None and direction == "abnormal":
            rule = self.high
        if rule is None:
            rule = self.default_rule
        assert rule is not None  # the loader always sets default_rule
        if upper is None:
            upper = self.default_range(None)[1]
        return rule.route(canonical_value, upper, text, self.source)

    def is_abnormal_word(self, text: str) -> bool | None:
        """True/False when `text` is a printed qualitative result ("Reactive", "Nil",
        "++"); None when it is not a word this analyte knows."""
        norm = normalize_words(text)
        if not norm:
            return None
        if re.fullmatch(r"[-−]+|\(-\)", norm):
            return False
        if re.fullmatch(r"\+{1,4}|\d\+|\(\+{1,4}\)", norm):
            return True
        for word in [*self.normal_words, *self.base_normal_words]:
            if word_pattern(normalize_words(word)).search(norm):
                return False
        for word in [*self.abnormal_words, *self.base_abnormal_words]:
            if word_pattern(normalize_words(word)).search(norm):
                return True
        return None

    @functools.cached_property
    def normalized_aliases(self) -> list[tuple[str, bool]]:
        """(normalized alias, whole-label-only). A leading "=" marks whole-label aliases."""
        out = []
        for alias in [self.key.replace("_", " "), self.name.en, self.name.zh, *self.aliases]:
            exact = alias.startswith("=")
            norm = normalize_label(alias.lstrip("="))
            if norm:
                out.append((norm, exact))
        return out
