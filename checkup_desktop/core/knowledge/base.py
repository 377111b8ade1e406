"""The loaded knowledge base: looks up analytes by printed label, narrative rules by text."""

from __future__ import annotations

import re

from checkup_desktop.core.knowledge.analytes import Analyte
from checkup_desktop.core.knowledge.card_texts import Group
from checkup_desktop.core.knowledge.findings import FindingRule
from checkup_desktop.core.knowledge.normalize import has_cjk, normalize_label
from checkup_desktop.core.textnorm import fold_radicals

_SCRIPT_BOUNDARY = re.compile(
    r"(?<=[A-Za-z0-9])(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])(?=[A-Za-z])")

# --------------------------------------------------------------------------- the base


class KnowledgeBase:
    """All analytes, narrative rules and groups of one knowledge-base version."""

    def __init__(self, version: str, analytes: list[Analyte], findings: list[FindingRule],
                 groups: dict[str, Group], normal_statements: list[str]):
        self.version = version
        self.analytes = {a.key: a for a in analytes}
        self.findings = findings
        self.groups = groups
        self._normal = [re.compile(p, re.I) for p in normal_statements]
        # (how to match, text to look for, alias length, file order, analyte)
        index: list[tuple[str, str, int, int, Analyte]] = []
        for order, analyte in enumerate(analytes):
            for norm, exact in analyte.normalized_aliases:
                if exact:
                    index.append(("exact", norm, len(norm), order, analyte))
                elif has_cjk(norm):
                    index.append(("cjk", norm.replace(" ", ""), len(norm), order, analyte))
                else:
                    index.append(("token", f" {norm} ", len(norm), order, analyte))
        self._alias_index = index
        # labels and sentences repeat across pages and reports: answers are cached
        self._analyte_cache: dict[tuple[str, str, bool | None], Analyte | None] = {}
        self._findings_cache: dict[str, list[FindingRule]] = {}

    def __len__(self) -> int:
        return len(self.analytes) + len(self.findings)

    def group(self, key: str) -> Group:
        return self.groups[key] if key in self.groups else self.groups["other"]

    def analyte(self, key: str) -> Analyte | None:
        return self.analytes.get(key)

    def match_analyte(self, label: str, unit: str = "", value: str = "") -> Analyte | None:
        """The analyte a printed label names, or None.

        The longest alias found in the label wins, so "Non-HDL Cholesterol" is not HDL and
        "Bilirubin Direct" is not total bilirubin. The unit filters candidates first
        ("%" -> differential percentage, "/cumm" -> absolute count, "/hpf" -> urine);
        a non-numeric `value` prefers qualitative tests when the label alone is ambiguous.
        """
        kind = None if not value.strip() else bool(re.match(r"^[<>≤≥]?\s*\d", value.strip()))
        key = (label, unit, kind)
        if key not in self._analyte_cache:
            if len(self._analyte_cache) > 20_000:
                self._analyte_cache.clear()
            self._analyte_cache[key] = self._match_analyte(label, unit, value)
        return self._analyte_cache[key]

    def _match_analyte(self, label: str, unit: str, value: str) -> Analyte | None:
        norm = normalize_label(label)
        if not norm:
            return None
        padded = f" {norm} "
        compact = norm.replace(" ", "")
        hits: dict[str, tuple[int, int, Analyte]] = {}
        needles: dict[str, str] = {}
        for how, needle, length, order, analyte in self._alias_index:
            if how == "token":
                found = needle in padded
            elif how == "cjk":
                found = needle in compact
            else:
                found = needle == norm
            if found:
                best = hits.get(analyte.key)
                if best is None or length > best[0]:
                    hits[analyte.key] = (length, order, analyte)
                    needles[analyte.key] = needle.strip().replace(" ", "")
        if not hits:
            return None
        # an alias inside a longer alias of another test is not that test: "碳13尿素呼气试验"
        # is the breath test, not urea, whatever the value looks like
        candidates = [c for c in hits.values()
                      if not any(k != c[2].key and needles[c[2].key] in n
                                 and len(n) > len(needles[c[2].key])
                                 for k, n in needles.items())]
        if not unit.strip():
            if "%" in label:
                unit = "%"
            elif "#" in label or re.search(r"\babs", norm):
                unit = "/ul"
        if unit.strip():
            fitting = [c for c in candidates if c[2].knows_unit(unit)]
            if fitting:
                candidates = fitting
        if value.strip():
            numeric = bool(re.match(r"^[<>≤≥]?\s*\d", value.strip()))
            wanted = "quantitative" if numeric else "qualitative"
            kinds = [c for c in candidates if c[2].kind == wanted]
            if kinds:
                candidates = kinds
        candidates.sort(key=lambda c: (-c[0], c[1]))
        return candidates[0][2]

    def analyte_mentions(self, text: str, min_length: int = 2) -> list[Analyte]:
        """Analytes named anywhere in a sentence ("脂肪肝伴谷草转氨酶、总胆固醇升高"), longest
        alias first; an alias inside a longer one found at the same place does not count."""
        # "ALT升高": Latin letters run into Chinese without a space
        text = _SCRIPT_BOUNDARY.sub(" ", text)
        norm = normalize_label(text)
        if not norm:
            return []
        padded = f" {norm} "
        compact = norm.replace(" ", "")
        found: list[tuple[int, int, str, Analyte]] = []  # (-length, order, where, analyte)
        for how, needle, length, order, analyte in self._alias_index:
            if length < min_length or how == "exact":
                continue
            hay = compact if how == "cjk" else padded
            pos = hay.find(needle)
            if pos >= 0:
                pad = 1 if how == "token" else 0  # the padding spaces are shared by neighbours
                where = f"{how}:{pos + pad}:{pos + len(needle) - pad}"
                found.append((-length, order, where, analyte))
        found.sort(key=lambda f: (f[0], f[1]))
        taken: list[tuple[str, int, int]] = []
        out: list[Analyte] = []
        for _neg, _order, where, analyte in found:
            how, a, b = where.split(":")
            a, b = int(a), int(b)
            if any(h == how and a < y and x < b for h, x, y in taken):
                continue
            taken.append((how, a, b))
            if analyte not in out:
                out.append(analyte)
        return out

    def finding_rule(self, key: str) -> FindingRule | None:
        return next((r for r in self.findings if r.key == key), None)

    def match_findings(self, text: str) -> list[FindingRule]:
        """Narrative rules that fire on `text` (negated mentions do not fire)."""
        cached = self._findings_cache.get(text)
        if cached is not None:
            return list(cached)
        fired = [rule for rule in self.findings if rule.fires(text)]
        keys = {rule.key for rule in fired}
        out = [rule for rule in fired if not keys.intersection(rule.suppressed_by)]
        if len(self._findings_cache) > 20_000:
            self._findings_cache.clear()
        self._findings_cache[text] = out
        return list(out)

    def is_normal_statement(self, text: str) -> bool:
        """A statement of normality ("No abnormality detected") on which no rule fires."""
        folded = fold_radicals(text)
        return any(p.search(folded) for p in self._normal) and not self.match_findings(text)
