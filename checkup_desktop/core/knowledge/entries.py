"""Knowledge-base entries: analytes, narrative-finding rules, card groups and their texts,
with the label/unit normalisation they match on.

The data lives in versioned TOML files under resources/knowledge/ (DESIGN §3 step 4: data,
not code). This module reads and validates them and answers the questions the pipeline asks:
which analyte is this printed label, what is this value in canonical units, how is an
out-of-range value routed, which narrative rules fire on a sentence. Qt-free.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from checkup_desktop.core.i18n import translate
from checkup_desktop.core.models import PRIORITIES, Department, FollowUp, Priority
from checkup_desktop.core.textfit import shorten
from checkup_desktop.core.textnorm import fold_radicals
from checkup_desktop.paths import resources_dir

DEFAULT_DIR = resources_dir() / "knowledge"  # frozen-app aware (PyInstaller _MEIPASS)

Direction = Literal["high", "low", "abnormal"]


class KnowledgeBaseError(ValueError):
    """A knowledge-base file is missing or invalid; the message names the file and entry."""


# --------------------------------------------------------------------------- text helpers

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_SUPERSCRIPTS = str.maketrans({"⁰": "^0", "¹": "^1", "²": "^2", "³": "^3", "⁴": "^4",
                               "⁵": "^5", "⁶": "^6", "⁹": "^9"})


def normalize_label(text: str) -> str:
    """Casefolded, NFKC, punctuation-free, single-spaced text for alias matching.

    Dots vanish rather than becoming spaces so "S.G.P.T." reads as "sgpt".
    """
    s = fold_radicals(unicodedata.normalize("NFKC", text)).casefold()
    s = _SCRIPT_BOUNDARY.sub(" ", s)  # "糖类抗原ca19-9": Latin letters glued to Chinese
    s = s.replace(".", "")
    s = re.sub(r"[^\w\u3400-\u9fff]+", " ", s)
    return " ".join(s.split())


_SCRIPT_BOUNDARY = re.compile(r"(?<=[\u3400-\u9fff])(?=[a-z])|(?<=[a-z])(?=[\u3400-\u9fff])")


def _has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def normalize_unit(unit: str) -> str:
    """Map the many printed spellings of a unit to one key ("x10³/µL" -> "10^3/ul")."""
    u = unicodedata.normalize("NFKC", unit.translate(_SUPERSCRIPTS)).casefold()
    u = re.sub(r"\s+", "", u).replace("μ", "u").replace("×", "x")
    u = u.replace("10*", "10^").replace("10~", "10^").replace("10＾", "10^")
    u = re.sub(r"10e(\d)", r"10^\1", u)
    u = re.sub(r"^x(?=10)", "", u)
    # "10⁹/L" after NFKC reads "109/L" (the reader folds superscripts)
    u = re.sub(r"^10(3|6|9|12)(?=/)", r"10^\1", u)
    u = u.replace("m^2", "m2")
    for vol in ("cu.mm", "cumm", "cmm", "mm^3", "mm3", "mcl", "microl"):
        u = u.replace(vol, "ul")
    u = u.replace("mcg", "ug").replace("gms", "g").replace("gm", "g")
    u = u.replace("mlu/", "miu/")  # a common misprint of mIU ("mlU/mL")
    u = re.sub(r"^(thou|thousands?|k)(?=/)", "10^3", u)
    u = re.sub(r"^(lakhs?|lacs?)(?=/)", "10^5", u)
    u = re.sub(r"^(millions?|mill|mil)(?=/)", "10^6", u)
    u = re.sub(r"^(cells|nos?)(?=/)", "", u)
    if u == "ul":  # "cumm" printed alone means "per cumm"
        u = "/ul"
    if u in ("g%", "g/100ml"):
        u = "g/dl"
    if u in ("mg%", "mg/100ml"):
        u = "mg/dl"
    if u.endswith("iu/l") and not u.startswith(("miu", "uiu", "niu", "piu")):
        u = u[:-4] + "u/l"  # IU/L and U/L are the same enzyme unit
    if (u.startswith("mm") and "h" in u and "/" in u) or u in ("mmat1hr", "mm1sthr"):
        u = "mm/h"  # ESR: "mm/hr", "mm at 1hr", "mm/1st hr"
    return u


@functools.lru_cache(maxsize=2048)
def _word_re(word: str) -> re.Pattern[str]:
    if _has_cjk(word):
        return re.compile(re.escape(word))
    return re.compile(r"(?<![\w+])" + re.escape(word) + r"(?![\w+])")


def _normalize_words(text: str) -> str:
    s = fold_radicals(unicodedata.normalize("NFKC", text)).casefold().strip()
    s = re.sub(r"(?<=\w)[-‐–](?=\w)", " ", s)
    return " ".join(s.split())


# --------------------------------------------------------------------------- routing models


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
            norm = _normalize_words(text)
            return bool(norm) and any(_word_re(_normalize_words(w)).search(norm)
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


class RefRange(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    low: float | None = None
    high: float | None = None
    low_female: float | None = None
    high_female: float | None = None
    source: str


class Names(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    en: str
    zh: str


# --------------------------------------------------------------------------- analytes

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
        norm = _normalize_words(text)
        if not norm:
            return None
        if re.fullmatch(r"[-−]+|\(-\)", norm):
            return False
        if re.fullmatch(r"\+{1,4}|\d\+|\(\+{1,4}\)", norm):
            return True
        for word in [*self.normal_words, *self.base_normal_words]:
            if _word_re(_normalize_words(word)).search(norm):
                return False
        for word in [*self.abnormal_words, *self.base_abnormal_words]:
            if _word_re(_normalize_words(word)).search(norm):
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


# --------------------------------------------------------------------------- narrative rules


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


# --------------------------------------------------------------------------- groups and texts


class GroupTexts(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    abnormal: str
    high: str = ""
    low: str = ""
    explanation: str
    questions: list[str] = Field(min_length=2, max_length=4)

    @field_validator("questions")
    @classmethod
    def _questions_marked(cls, questions: list[str]) -> list[str]:
        for q in questions:
            if not q.rstrip().endswith(("?", "？")):
                raise ValueError(f"question does not end with '?': {q!r}")
        return questions

    @field_validator("explanation")
    @classmethod
    def _short(cls, text: str) -> str:
        if len(text.split()) > 70 or len(text) > 450:
            raise ValueError("explanation longer than 70 words")
        return text


class Group(BaseModel):
    """One card's worth of related results, its default routing and its texts."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str
    name: Names
    priority: Priority = "medium"
    department: Department = "general_practice"
    follow_up: FollowUp = "within_1_month"
    like: str = ""  # borrow en/zh texts from this group
    en: GroupTexts | None = None
    zh: GroupTexts | None = None

    @property
    def routing(self) -> Routing:
        return Routing(priority=self.priority, department=self.department,
                       follow_up=self.follow_up)

    def texts(self, lang: str) -> GroupTexts:
        texts = self.zh if lang.startswith("zh") else self.en
        assert texts is not None  # the loader resolves `like` and checks presence
        if lang in CATALOG_LANGS:
            return _translated(texts, lang)
        return texts

    def title(self, direction: str, lang: str = "en", label: str | None = None) -> str:
        """Card title (<= 60 chars). `{label}` is filled with `label` or the group name."""
        texts = self.texts(lang)
        template = {"high": texts.high, "low": texts.low}.get(direction) or texts.abnormal
        if label is None:
            label = self.name.zh if lang.startswith("zh") else self.name.en
        title = template.format(label=label)
        if len(title) > 60:
            room = 60 - len(template.format(label=""))
            title = template.format(label=shorten(label, max(room, 8)))
        return shorten(title, 60)

    def explanation(self, lang: str = "en", label: str | None = None) -> str:
        label = _inline_label(self._label(lang, label))
        return self.texts(lang).explanation.format(label=label)

    def questions(self, lang: str = "en", label: str | None = None) -> list[str]:
        label = _inline_label(self._label(lang, label))
        return [q.format(label=label) for q in self.texts(lang).questions]

    def _label(self, lang: str, label: str | None) -> str:
        if label is None:
            return self.name.zh if lang.startswith("zh") else self.name.en
        return shorten(label, 60)  # a whole printed sentence: keep within the word limits


# The TOML holds en and zh; other languages come from the "knowledge" gettext catalog, whose
# msgids are the English texts (scripts/i18n.py extracts them).
CATALOG_LANGS = ("es", "de")


def _translated(texts: GroupTexts, lang: str) -> GroupTexts:
    def tr(text: str) -> str:
        return translate(lang, text, "knowledge") if text else text

    # model_construct: the length limits are checked on the English source; the catalog
    # check (tests/test_i18n.py) keeps the translations within the card limits.
    return GroupTexts.model_construct(
        abnormal=tr(texts.abnormal), high=tr(texts.high), low=tr(texts.low),
        explanation=tr(texts.explanation), questions=[tr(q) for q in texts.questions])


def _inline_label(label: str) -> str:
    """Mid-sentence form: "shows fatty liver", but "shows ST elevation", "HbA1c"."""
    first = label.split(" ", 1)[0]
    if re.fullmatch(r"[A-Z][a-z]+", first):
        return label[0].lower() + label[1:]
    return label
