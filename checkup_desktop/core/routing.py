"""Group abnormal findings into issues (one card each) and route them: priority, department,
follow-up from the knowledge base, with critical escalation and floors that no writer can lower."""

from __future__ import annotations

import re
from collections import defaultdict

from checkup_desktop.core.knowledge import KnowledgeBase
from checkup_desktop.core.models import FOLLOW_UPS, PRIORITIES, ActionCard, Finding, Issue

PRIORITY_RANK = {p: i for i, p in enumerate(PRIORITIES)}  # 0 = most urgent
FOLLOW_UP_RANK = {f: i for i, f in enumerate(FOLLOW_UPS)}
# An abnormal result the knowledge base does not know still gets a card (never dropped).
UNKNOWN_ROUTE = ("medium", "general_practice", "within_1_month")
CRITICAL_ROUTE = ("urgent", "emergency", "immediately")


def slug(text: str) -> str:
    s = re.sub(r"[^\w]+", "-", text.casefold(), flags=re.UNICODE).strip("-")
    return s[:40] or "item"


def finding_rule(kb: KnowledgeBase, key: str | None):
    return next((r for r in kb.findings if r.key == key), None) if key else None


def canonical_value(analyte, value: float | None, unit: str, printed_high: float | None,
                    printed_low: float | None = None) -> float | None:
    """The value in the knowledge base's unit. When the printed unit is unknown (typos such as
    "mlU/mL"), the value is taken as canonical only if the printed range has the same
    magnitude as the default range, so a band or critical threshold is never applied to a
    value in another unit."""
    if value is None:
        return None
    canon = analyte.to_canonical(value, unit)
    if canon is not None:
        return canon
    d_low, d_high, _ = analyte.default_range(None)
    pairs = [(printed_high, d_high), (printed_low, d_low)]
    for printed, default in pairs:
        if printed and default and 0.4 <= printed / default <= 2.5:
            return value
    return None


def direction(flag: str) -> str:
    if flag in ("high", "critical_high"):
        return "high"
    if flag in ("low", "critical_low"):
        return "low"
    return "abnormal"


def _route(f: Finding, kb: KnowledgeBase) -> tuple[str, tuple[str, str, str], bool, bool]:
    """(group key, (priority, department, follow_up), known, critical) for one finding."""
    if f.kind == "narrative":
        rule = finding_rule(kb, f.key)
        if rule is None:
            return f"finding:{slug(f.label)}", UNKNOWN_ROUTE, False, False
        r = rule.routing
        return f"finding:{rule.key}", (r.priority, r.department, r.follow_up), True, r.critical
    analyte = kb.analyte(f.key) if f.key else None
    if analyte is None:
        return f"unknown:{slug(f.label)}", UNKNOWN_ROUTE, False, False
    canon = canonical_value(analyte, f.value_num, f.unit, f.high, f.low)
    upper = canonical_value(analyte, f.high, f.unit, f.high, f.low)
    r = analyte.route(direction(f.flag), canon, upper=upper, text=f.value)
    critical = r.critical or f.flag.startswith("critical")
    route = CRITICAL_ROUTE if critical and PRIORITY_RANK[r.priority] > 0 else (
        r.priority, r.department, r.follow_up)
    return analyte.group, route, True, critical


def group_issues(findings: list[Finding], kb: KnowledgeBase) -> list[Issue]:
    buckets: dict[str, list[tuple[Finding, tuple[str, str, str], bool, bool]]] = defaultdict(list)
    for f in findings:
        if f.flag == "normal":
            continue
        key, route, known, critical = _route(f, kb)
        buckets[key].append((f, route, known, critical))
    issues = []
    for key, members in buckets.items():
        # the most severe member decides department; priority and follow-up take the most urgent
        worst = min(members, key=lambda m: (PRIORITY_RANK[m[1][0]], FOLLOW_UP_RANK[m[1][2]]))
        priority = worst[1][0]
        follow_up = min((m[1][2] for m in members), key=FOLLOW_UP_RANK.__getitem__)
        issues.append(Issue(
            key=key, findings=[m[0] for m in members], priority=priority,
            department=worst[1][1], follow_up=follow_up,
            known=all(m[2] for m in members), critical=any(m[3] for m in members),
        ))
    issues.sort(key=lambda i: (PRIORITY_RANK[i.priority], FOLLOW_UP_RANK[i.follow_up], i.key))
    return issues


def enforce_floors(card: ActionCard, issue: Issue, kb: KnowledgeBase) -> ActionCard:
    """Routing a writer proposed, bounded by the knowledge base: for known issues the knowledge
    base decides; for unknown ones the writer may only make things more urgent than the floor,
    and critical findings stay urgent whatever the writer says."""
    if issue.known or card.routing_origin != "model":
        return card.model_copy(update={
            "priority": issue.priority, "department": issue.department,
            "follow_up": issue.follow_up, "routing_origin": "rules",
        })
    floor_p = "urgent" if issue.critical else ("medium" if any(
        f.kind == "lab" for f in issue.findings) else "low")
    priority = min(card.priority, floor_p, key=PRIORITY_RANK.__getitem__)
    follow_up = card.follow_up
    if priority == "urgent":
        follow_up = "immediately" if issue.critical else min(
            follow_up, "within_1_week", key=FOLLOW_UP_RANK.__getitem__)
    department = issue.department if issue.critical else card.department
    return card.model_copy(update={"priority": priority, "follow_up": follow_up,
                                   "department": department})
