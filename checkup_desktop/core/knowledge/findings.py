"""A narrative-finding rule (imaging, ECG, exam text): its patterns, exclusions and the
clause and negation scoping it fires within."""

from __future__ import annotations

import functools
import re

from pydantic import BaseModel, ConfigDict, Field, field_validator

from checkup_desktop.core.knowledge.names import Names
from checkup_desktop.core.knowledge.routing_rules import Routing
from checkup_desktop.core.models import Department, FollowUp, Priority
from checkup_desktop.core.textnorm import fold_radicals


class FindingRule(BaseModel):
    """A narrative rule: regex patterns over imaging, ECG or exam text."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str
    name: Names
    group: str = ""  # default: the rule's own key
    like: str = ""  # when the group is not defined: create it with this group's texts
    patterns: list[str] = Field(min_length=1)
    exclude: list[str] = []
    suppressed_by: list[str] = []
    # when one of these rules fired elsewhere in the same report, this finding joins its card
    # (a thickened carotid wall beside a carotid plaque, a thyroid nodule beside its TI-RADS)
    joins: list[str] = []
    negatable: bool = True
    priority: Priority
    department: Department
    follow_up: FollowUp
    critical: bool = False
    # usually harmless (a normal variant, an incidental benign finding): no card, an
    # "also in your report" line with this reason instead
    benign_reason: Names | None = None
    source: str

    @field_validator("patterns", "exclude")
    @classmethod
    def _compiles(cls, patterns: list[str]) -> list[str]:
        for p in patterns:
            try:
                re.compile(p, re.I)
            except re.error as exc:
                raise ValueError(f"bad regex {p!r}: {exc}") from exc
        return patterns

    @functools.cached_property
    def _compiled(self) -> list[re.Pattern[str]]:
        return [re.compile(p, re.I) for p in self.patterns]

    @functools.cached_property
    def _excluded(self) -> list[re.Pattern[str]]:
        return [re.compile(p, re.I) for p in self.exclude]

    @property
    def routing(self) -> Routing:
        return Routing(priority=self.priority, department=self.department,
                       follow_up=self.follow_up, critical=self.critical,
                       band_source=self.source)

    def fires(self, text: str) -> bool:
        for clause in _clauses(fold_radicals(text)):
            for pattern in self._compiled:
                for m in pattern.finditer(clause):
                    if any(x.start() < m.end() and m.start() < x.end()
                           for ex in self._excluded for x in ex.finditer(clause)):
                        continue
                    if self.negatable and _negated(clause, m.start(), m.end()):
                        continue
                    return True
        return False


# Clauses end at sentence marks and at the Chinese comma (which separates statements,
# while "、" and "," usually join list items that share one negation).
_CLAUSE_SPLIT = re.compile(r"[.;。；，!\n]+(?!\d)|\b(?:but|however|although|whereas)\b|但|然而")
# Negation cues, plus family history (a relative's condition is not the patient's finding).
# "无回声" (anechoic) and "有无" (whether) are not negations.
_NEG_BEFORE = re.compile(
    r"\b(?:no|not|nor|without|negative for|absence of|absent|free of|rules? out|ruled out|"
    r"no evidence of|no sign of|no signs of|neither|family history of|history in family)\b|"
    r"未见|未发现|未探及|(?<!有)无(?!回声)|没有|排除|家族史",
    re.I,
)
# "... is not seen", and form answers: "Hypertension: No", "Gallstones - absent", "结石：无"
# (but "Thyroid nodule, no calcification" is a nodule).
_NEG_AFTER = re.compile(
    r"^\W{0,3}(?:is |are |was |were )?(?:not (?:seen|detected|noted|present|visualized|"
    r"identified)|absent|ruled out|excluded)\b|"
    r"^\s*[:：\-–]\s*(?:(?:no|nil|none|negative|absent)\b|无|否|阴性)",
    re.I,
)


def _clauses(text: str) -> list[str]:
    return [c for c in _CLAUSE_SPLIT.split(text) if c and c.strip()]


# A positive statement between the negation and the mention ends the negation's scope:
# "no free fluid; the liver shows fatty change" / "no ascites and liver shows steatosis".
_AFFIRM = re.compile(
    r"\b(?:shows?|showing|reveals?|noted|seen|suggest\w*|demonstrat\w*|there (?:is|are)|"
    r"has|have|with|is|are)\b|见|示|提示|显示|可见", re.I,
)


def _negated(clause: str, start: int, end: int) -> bool:
    if _NEG_AFTER.search(clause[end:end + 30]):
        return True
    # the cue may sit inside a long match too: "gallbladder: no calculus"
    before = clause[max(0, start - 60):end]
    cues = list(_NEG_BEFORE.finditer(before))
    if not cues:
        return False
    return not _AFFIRM.search(before[cues[-1].end():])
