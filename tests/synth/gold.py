"""Gold issues from the abnormal rows printed on readable pages: one issue per group (or per
narrative finding), keys = printed labels, routing of the most urgent member."""

from __future__ import annotations

import re

from .convention import FOLLOW_RANK, PRIORITY_RANK
from .layouts import GoldRow


def _keys_for(row: GoldRow, other_labels: list[str]) -> list[str]:
    """Printed labels, lower-cased, plus the label without its "(ABBR)" when that short form
    is not part of another issue's label (so "hemoglobin" is not a key next to HbA1c)."""
    keys = list(row.keys)
    for label in row.labels:
        full = label.lower()
        keys.append(full)
        m = re.match(r"^(.+?)\s*[(（][^()（）]+[)）]$", full)
        if m and len(m.group(1)) >= 2:
            base = m.group(1).strip(" ,")
            if not any(base in o.lower() for o in other_labels):
                keys.append(base)
    return list(dict.fromkeys(keys))


def build_gold(rows: list[GoldRow], all_labels: dict[str, str]) -> list[dict]:
    """One issue per group / narrative finding; routing of its most urgent member."""
    by_issue: dict[str, list[GoldRow]] = {}
    for r in rows:
        by_issue.setdefault(r.issue, []).append(r)
    issues = []
    for issue_key, members in by_issue.items():
        lead = max(members, key=lambda r: (PRIORITY_RANK[r.priority], -FOLLOW_RANK[r.follow[0]]))
        own = {lbl for m in members for lbl in m.labels}
        others = [lbl for lbl, grp in all_labels.items() if grp != issue_key and lbl not in own]
        keys: list[str] = []
        for m in members:
            keys.extend(_keys_for(m, others))
        item = {"keys": list(dict.fromkeys(keys)), "priority": lead.priority,
                "department": list(lead.departments), "follow_up": list(lead.follow),
                "group": issue_key}
        if lead.priority_ok:
            item["priority_ok"] = list(lead.priority_ok)
        issues.append(item)
    return issues
