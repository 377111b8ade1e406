"""Group abnormal findings into issues (one card each) and route them: priority, department,
follow-up from the knowledge base, with critical escalation and floors that no writer can lower."""

from __future__ import annotations

import re
from collections import defaultdict

from checkup_desktop.core.knowledge import KnowledgeBase
from checkup_desktop.core.models import (
    FOLLOW_UPS,
    PRIORITIES,
    WINDOWS_BY_PRIORITY,
    ActionCard,
    Finding,
    Issue,
)
from checkup_desktop.core.severity import far_out, severity

PRIORITY_RANK = {p: i for i, p in enumerate(PRIORITIES)}  # 0 = most urgent
FOLLOW_UP_RANK = {f: i for i, f in enumerate(FOLLOW_UPS)}
# An abnormal result the knowledge base does not know still gets a card (never dropped), sent
# to general practice; one far outside its printed range (severity.FAR_OUT) is seen sooner.
UNKNOWN_ROUTE = ("medium", "general_practice", "within_1_month")
UNKNOWN_FAR_ROUTE = ("high", "general_practice", "within_1_week")
CRITICAL_ROUTE = ("urgent", "emergency", "immediately")
# Among equally urgent findings of one issue, an organ clinic (a BI-RADS 4 grading a "mass":
# the breast clinic) is the first stop rather than a broad one.
_BROAD_DEPARTMENTS = ("general_practice", "oncology")


def agreeing(priority: str, follow_up: str) -> tuple[str, str]:
    """The priority with a window it allows: the nearest allowed window to the one asked for,
    so "high / within_1_month" becomes "high / within_1_week" (the priority decides)."""
    allowed = WINDOWS_BY_PRIORITY[priority]
    if follow_up in allowed:
        return priority, follow_up
    rank = FOLLOW_UP_RANK[follow_up]
    return priority, min(allowed, key=lambda w: abs(FOLLOW_UP_RANK[w] - rank))


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
        if f.flag.startswith("critical"):  # the lab's own critical marker
            return f"unknown:{slug(f.label)}", CRITICAL_ROUTE, False, True
        route = UNKNOWN_FAR_ROUTE if far_out(f) else UNKNOWN_ROUTE
        return f"unknown:{slug(f.label)}", route, False, False
    canon = canonical_value(analyte, f.value_num, f.unit, f.high, f.low)
    upper = canonical_value(analyte, f.high, f.unit, f.high, f.low)
    r = analyte.route(direction(f.flag), canon, upper=upper, text=f.value)
    critical = r.critical or f.flag.startswith("critical")
    route = CRITICAL_ROUTE if critical and PRIORITY_RANK[r.priority] > 0 else (
        r.priority, r.department, r.follow_up)
    return analyte.group, route, True, critical


def _cluster_key(f: Finding) -> tuple:
    """Critical scan findings from one conclusion block describe one lesion (a BI-RADS 4
    category and the mass it grades): one card."""
    return (f.page, f.bbox)


def group_issues(findings: list[Finding], kb: KnowledgeBase) -> list[Issue]:
    buckets: dict[str, list[tuple[Finding, tuple[str, str, str], bool, bool]]] = defaultdict(list)
    clusters: dict[tuple, str] = {}
    for f in findings:
        if f.flag == "normal":
            continue
        key, route, known, critical = _route(f, kb)
        if f.kind == "narrative" and critical:
            key = clusters.setdefault(_cluster_key(f), key)
        buckets[key].append((f, route, known, critical))
    issues = []
    for key, members in buckets.items():
        # the most severe member decides department; priority and follow-up take the most urgent
        worst = min(members, key=lambda m: (PRIORITY_RANK[m[1][0]], FOLLOW_UP_RANK[m[1][2]],
                                            m[1][1] in _BROAD_DEPARTMENTS))
        follow_up = min((m[1][2] for m in members), key=FOLLOW_UP_RANK.__getitem__)
        priority, follow_up = agreeing(worst[1][0], follow_up)
        # the most severe finding first: it names the card and leads its explanation
        ordered = sorted(members, key=lambda m: (PRIORITY_RANK[m[1][0]], -severity(m[0])))
        issues.append(Issue(
            key=key, findings=[m[0] for m in ordered], priority=priority,
            department=worst[1][1], follow_up=follow_up,
            known=all(m[2] for m in members), critical=any(m[3] for m in members),
        ))
    issues.sort(key=lambda i: (PRIORITY_RANK[i.priority], FOLLOW_UP_RANK[i.follow_up], i.key))
    return issues


def enforce_floors(card: ActionCard, issue: Issue, kb: KnowledgeBase) -> ActionCard:
    """Routing a writer proposed, bounded by the rules on all three fields.

    Known issues and critical ones: the rules decide priority, department and follow-up.
    Unknown issues: the writer may only make the priority and the window more urgent than the
    rules' route, and may pick the department; the result always agrees (`agreeing`)."""
    if issue.known or issue.critical or card.routing_origin != "model":
        return card.model_copy(update={
            "priority": issue.priority, "department": issue.department,
            "follow_up": issue.follow_up, "routing_origin": "rules",
        })
    priority = min(card.priority, issue.priority, key=PRIORITY_RANK.__getitem__)
    follow_up = min(card.follow_up, issue.follow_up, key=FOLLOW_UP_RANK.__getitem__)
    priority, follow_up = agreeing(priority, follow_up)
    # "urgent" means emergency care today: only the rules send a card there
    department = issue.department if priority == "urgent" else card.department
    return card.model_copy(update={"priority": priority, "follow_up": follow_up,
                                   "department": department})
