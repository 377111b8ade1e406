"""Scores Action Cards against labelled reports (DESIGN §6). Qt-free.

A labelled report is NAME.pdf beside NAME.gold.json. A card matches a gold issue when one of
the issue's keys appears (case-insensitively) in the card's title or an evidence label; each
gold issue takes at most one card and each card at most one issue (greedy on key hits).
Keys and texts are compared after NFKC and CJK-radical folding; a key of ASCII letters and
digits must appear as a whole word ("ast" is not in "breast").

Gold files may also carry (full check-ups, issue 10):
- "optional_issues": findings where a low-key card and an "Also in your report" line are both
  fine: a card for one is neither required nor counted against precision;
- "summary_items": the report's own abnormal-findings list; an item is accounted for when a
  card (title, evidence label or evidence text) or an "Also in your report" line names it;
- "normal_items": results and statements that must never get a card (in-range rows, normal
  conclusions, table-of-contents lines, items the centre lists but that need no action).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, computed_field

from checkup_desktop.core.errors import ReportError
from checkup_desktop.core.models import (
    PRIORITIES,
    ActionCard,
    AlsoInReport,
    Analysis,
    Department,
    FollowUp,
    Priority,
)
from checkup_desktop.core.textnorm import fold_radicals

# urgent=3 ... low=0: a prediction is under-triaged when its rank is below the gold rank
_RANK: dict[str, int] = {p: len(PRIORITIES) - 1 - i for i, p in enumerate(PRIORITIES)}

Checker = Callable[[ActionCard], list[str]]


class GoldIssue(BaseModel):
    model_config = ConfigDict(extra="ignore")

    keys: list[str] = Field(min_length=1)
    priority: Priority
    department: list[Department] = Field(min_length=1)
    follow_up: list[FollowUp] = Field(min_length=1)
    # optional extra acceptable priorities where the triage convention allows two ("low/medium")
    priority_ok: list[Priority] = []

    def accepts_priority(self, p: str) -> bool:
        return p == self.priority or p in self.priority_ok

    def least_urgent_rank(self) -> int:
        return min(_RANK[p] for p in [self.priority, *self.priority_ok])


class OptionalIssue(BaseModel):
    model_config = ConfigDict(extra="ignore")

    keys: list[str] = Field(min_length=1)


class SummaryItem(BaseModel):
    """One item of the report's own abnormal-findings list."""

    model_config = ConfigDict(extra="ignore")

    text: str
    keys: list[str] = Field(min_length=1)
    # card: a card is expected; also: an "Also in your report" line and no card; either
    expect: str = "either"


class NormalItem(BaseModel):
    model_config = ConfigDict(extra="ignore")

    keys: list[str] = Field(min_length=1)
    what: str = ""


class Gold(BaseModel):
    """Everything a NAME.gold.json says; extra top-level keys are ignored."""

    model_config = ConfigDict(extra="ignore")

    issues: list[GoldIssue] = []
    optional_issues: list[OptionalIssue] = []
    summary_items: list[SummaryItem] = []
    normal_items: list[NormalItem] = []


def load_labels(path: str | Path) -> Gold:
    """Read NAME.gold.json with its optional issues, summary items and normal items."""
    return Gold.model_validate(json.loads(Path(path).read_text(encoding="utf-8")))


def load_gold(path: str | Path) -> list[GoldIssue]:
    """Read NAME.gold.json's issues; extra top-level keys (e.g. "unread_pages") are ignored."""
    return load_labels(path).issues


class Pair(BaseModel):
    gold_index: int
    card_id: str
    key_hits: int
    gold_priority: Priority
    predicted_priority: Priority
    priority_ok: bool
    under_triage: bool
    department_ok: bool
    follow_up_ok: bool


def _ratio(num: float, den: float) -> float | None:
    return None if den == 0 else num / den


class ReportScore(BaseModel):
    """Counts for one report (or, summed, for a whole set); rates are derived from counts so
    that summing counts gives micro-averages."""

    name: str = ""
    n_gold: int = 0
    n_cards: int = 0
    n_matched: int = 0
    n_priority_ok: int = 0
    n_under_triage: int = 0
    n_critical_matched: int = 0  # matched pairs whose gold priority is "urgent"
    n_critical_under: int = 0
    n_critical_missed: int = 0  # "urgent" gold issues that no card matched
    n_department_ok: int = 0
    n_follow_up_ok: int = 0
    n_safety_checked: int = 0
    n_safe: int = 0
    n_english: int = 0  # English explanations measured for readability
    fk_grade_sum: float = 0.0
    word_sum: int = 0
    pairs: list[Pair] = []
    missed_keys: list[list[str]] = []  # keys of unmatched gold issues
    extra_cards: list[str] = []  # titles of unmatched cards
    violations: dict[str, list[str]] = {}
    error: str | None = None
    # full check-ups (issue 10)
    n_optional_cards: int = 0  # unmatched cards taken by an optional issue (not in precision)
    n_summary: int = 0  # items of the report's own abnormal-findings list
    n_summary_accounted: int = 0  # ... with a card or an "Also in your report" line
    n_summary_as_expected: int = 0  # ... handled as the scenario expects (card / also line)
    n_normal_cards: int = 0  # cards about a normal item
    n_issue_cards: int = 0  # cards that name a gold issue (duplicates included)
    n_issues_hit: int = 0  # gold issues named by at least one card
    summary_missed: list[str] = []  # summary items nothing accounts for
    summary_unexpected: list[str] = []  # summary items handled otherwise than expected
    normal_cards: list[str] = []  # titles of cards about normal items

    @computed_field
    @property
    def coverage(self) -> float | None:
        return 1.0 if self.n_gold == 0 else self.n_matched / self.n_gold

    @computed_field
    @property
    def precision(self) -> float | None:
        judged = self.n_cards - self.n_optional_cards
        if judged == 0:
            return 1.0 if self.n_gold == 0 else None
        return self.n_matched / judged

    @computed_field
    @property
    def summary_accounted(self) -> float | None:
        return _ratio(self.n_summary_accounted, self.n_summary)

    @computed_field
    @property
    def summary_as_expected(self) -> float | None:
        return _ratio(self.n_summary_as_expected, self.n_summary)

    @computed_field
    @property
    def cards_per_issue(self) -> float | None:
        return _ratio(self.n_issue_cards, self.n_issues_hit)

    @computed_field
    @property
    def priority_accuracy(self) -> float | None:
        return _ratio(self.n_priority_ok, self.n_matched)

    @computed_field
    @property
    def under_triage_rate(self) -> float | None:
        return _ratio(self.n_under_triage, self.n_matched)

    @computed_field
    @property
    def critical_under_triage_rate(self) -> float | None:
        return _ratio(self.n_critical_under, self.n_critical_matched)

    @computed_field
    @property
    def department_accuracy(self) -> float | None:
        return _ratio(self.n_department_ok, self.n_matched)

    @computed_field
    @property
    def follow_up_accuracy(self) -> float | None:
        return _ratio(self.n_follow_up_ok, self.n_matched)

    @computed_field
    @property
    def safety(self) -> float | None:
        return _ratio(self.n_safe, self.n_safety_checked)

    @computed_field
    @property
    def readability_grade(self) -> float | None:
        return _ratio(self.fk_grade_sum, self.n_english)

    @computed_field
    @property
    def mean_words(self) -> float | None:
        return _ratio(self.word_sum, self.n_english)


class Summary(BaseModel):
    reports: list[ReportScore]
    total: ReportScore

    def to_json(self) -> str:
        return self.model_dump_json(indent=2)


# ---- readability -------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_VOWELS = re.compile(r"[aeiouy]+")


def count_syllables(word: str) -> int:
    """Vowel-group heuristic: good to about one syllable per word, which is what FK needs."""
    w = re.sub(r"[^a-z]", "", word.lower())
    if not w:
        return 0
    if len(w) <= 3:
        return 1
    # silent endings: "make", "hoped", "boxes" keep their count; "table", "needed" do not drop
    if w.endswith("e") and not w.endswith(("le", "ee", "ie", "ye")):
        w = w[:-1]
    elif w.endswith("ed") and not w.endswith(("ted", "ded")):
        w = w[:-2]
    elif w.endswith("es") and not w.endswith(("ses", "zes", "ces", "ges", "xes", "shes")):
        w = w[:-2]
    return max(1, len(_VOWELS.findall(w)))


def is_english(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    ascii_letters = sum(1 for c in letters if c.isascii())
    return ascii_letters / len(letters) >= 0.9


def fk_grade(text: str) -> float:
    """Flesch-Kincaid grade level of one text."""
    words = _WORD.findall(text)
    if not words:
        return 0.0
    sentences = max(1, len(re.findall(r"[.!?]+(?:\s|$)", text.strip() + " ")))
    syllables = sum(count_syllables(w) for w in words)
    return 0.39 * len(words) / sentences + 11.8 * syllables / len(words) - 15.59


# ---- matching and scoring ----------------------------------------------------------------


def _norm(s: str) -> str:
    return " ".join(fold_radicals(unicodedata.normalize("NFKC", s)).casefold().split())


_WORDLIKE = re.compile(r"[a-z0-9]")


def contains(haystack: str, key: str) -> bool:
    """`key` appears in `haystack` (both already normalised): ASCII keys as whole words."""
    if not key:
        return False
    if key.isascii() and _WORDLIKE.search(key):
        return re.search(rf"(?<![a-z0-9]){re.escape(key)}(?![a-z0-9])", haystack) is not None
    return key in haystack


def _hits(keys: list[str], haystacks: list[str]) -> int:
    return sum(1 for k in keys if (nk := _norm(k)) and any(contains(h, nk) for h in haystacks))


def _card_labels(card: ActionCard) -> list[str]:
    return [_norm(card.title), *(_norm(e.label) for e in card.evidence)]


def _card_texts(card: ActionCard) -> list[str]:
    return [*_card_labels(card), *(_norm(e.text) for e in card.evidence)]


def key_hits(issue: GoldIssue | OptionalIssue, card: ActionCard) -> int:
    """How many of the issue's keys appear in the card's title or evidence labels."""
    return _hits(issue.keys, _card_labels(card))


def match(cards: list[ActionCard], gold: list[GoldIssue]) -> list[tuple[int, int, int]]:
    """Greedy one-to-one assignment: (gold index, card index, hits), most hits first."""
    candidates = [
        (h, gi, ci)
        for gi, issue in enumerate(gold)
        for ci, card in enumerate(cards)
        if (h := key_hits(issue, card)) > 0
    ]
    candidates.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_gold: set[int] = set()
    used_cards: set[int] = set()
    out = []
    for h, gi, ci in candidates:
        if gi in used_gold or ci in used_cards:
            continue
        used_gold.add(gi)
        used_cards.add(ci)
        out.append((gi, ci, h))
    return sorted(out)


def _default_checker() -> Checker | None:
    try:  # written by another engineer; the evaluator works (without safety) until it exists
        from checkup_desktop.core.safety import check_card
    except ImportError:
        return None
    return check_card


def score_report(
    cards: list[ActionCard],
    gold: list[GoldIssue] | Gold,
    *,
    name: str = "",
    check: Checker | None = None,
    also_in_report: list[AlsoInReport] | None = None,
) -> ReportScore:
    """Score one report's cards (and its "Also in your report" lines). `gold` is the list of
    issues or a whole Gold. `check` returns a card's safety violations; by default
    checkup_desktop.core.safety.check_card."""
    labels = gold if isinstance(gold, Gold) else Gold(issues=list(gold))
    gold = labels.issues
    check = check or _default_checker()
    s = ReportScore(name=name, n_gold=len(gold), n_cards=len(cards))
    matched = match(cards, gold)
    for gi, ci, hits in matched:
        issue, card = gold[gi], cards[ci]
        under = _RANK[card.priority] < issue.least_urgent_rank()
        pair = Pair(
            gold_index=gi,
            card_id=card.id,
            key_hits=hits,
            gold_priority=issue.priority,
            predicted_priority=card.priority,
            priority_ok=issue.accepts_priority(card.priority),
            under_triage=under,
            department_ok=card.department in issue.department,
            follow_up_ok=card.follow_up in issue.follow_up,
        )
        s.pairs.append(pair)
        s.n_priority_ok += pair.priority_ok
        s.n_under_triage += pair.under_triage
        s.n_department_ok += pair.department_ok
        s.n_follow_up_ok += pair.follow_up_ok
        if issue.priority == "urgent":
            s.n_critical_matched += 1
            s.n_critical_under += under
    s.n_matched = len(matched)
    matched_gold = {gi for gi, _, _ in matched}
    matched_cards = {ci for _, ci, _ in matched}
    s.missed_keys = [g.keys for i, g in enumerate(gold) if i not in matched_gold]
    s.n_critical_missed = sum(
        1 for i, g in enumerate(gold) if i not in matched_gold and g.priority == "urgent"
    )
    taken = _score_checkup(s, cards, labels, matched_cards, also_in_report or [])
    s.extra_cards = [c.title for i, c in enumerate(cards)
                     if i not in matched_cards and i not in taken]

    for card in cards:
        if check is not None:
            problems = list(check(card))
            s.n_safety_checked += 1
            s.n_safe += not problems
            if problems:
                s.violations[card.id] = problems
        if is_english(card.explanation):
            s.n_english += 1
            s.fk_grade_sum += fk_grade(card.explanation)
            s.word_sum += len(card.explanation.split())
    return s


def _score_checkup(s: ReportScore, cards: list[ActionCard], labels: Gold,
                   matched_cards: set[int], also: list[AlsoInReport]) -> set[int]:
    """Optional issues, summary items, normal items and duplicate cards (issue 10); returns
    the cards taken by optional issues."""
    labels_of = [_card_labels(c) for c in cards]
    texts_of = [_card_texts(c) for c in cards]
    # duplicates: every card that names a gold issue, against the issues named at all
    hit_issues: set[int] = set()
    for ci in range(len(cards)):
        named = [gi for gi, g in enumerate(labels.issues) if _hits(g.keys, labels_of[ci])]
        s.n_issue_cards += bool(named)
        hit_issues.update(named)
    s.n_issues_hit = len(hit_issues)
    # optional issues: the first unmatched card naming one is not counted against precision
    taken: set[int] = set()
    for opt in labels.optional_issues:
        for ci in range(len(cards)):
            if ci not in matched_cards and ci not in taken and _hits(opt.keys, labels_of[ci]):
                taken.add(ci)
                break
    s.n_optional_cards = len(taken)
    # cards about normal items: unmatched, naming no gold or optional issue, naming a normal item
    wanted = [k for g in (*labels.issues, *labels.optional_issues) for k in g.keys]
    for ci, card in enumerate(cards):
        if ci in matched_cards or ci in taken or _hits(wanted, labels_of[ci]):
            continue
        if any(_hits(n.keys, texts_of[ci]) for n in labels.normal_items):
            s.n_normal_cards += 1
            s.normal_cards.append(card.title)
    # the report's own summary as a checklist
    also_texts = [_norm(a.text) for a in also]
    for item in labels.summary_items:
        keys = [*item.keys, item.text]
        has_card = any(_hits(keys, texts_of[ci]) for ci in range(len(cards)))
        has_line = bool(_hits(keys, also_texts))
        s.n_summary += 1
        if has_card or has_line:
            s.n_summary_accounted += 1
        else:
            s.summary_missed.append(item.text)
            continue
        ok = {"card": has_card, "also": has_line and not has_card}.get(item.expect, True)
        s.n_summary_as_expected += ok
        if not ok:
            s.summary_unexpected.append(item.text)
    return taken


_COUNTS = [
    "n_gold", "n_cards", "n_matched", "n_priority_ok", "n_under_triage", "n_critical_matched",
    "n_critical_under", "n_critical_missed", "n_department_ok", "n_follow_up_ok",
    "n_safety_checked", "n_safe", "n_english", "fk_grade_sum", "word_sum",
    "n_optional_cards", "n_summary", "n_summary_accounted", "n_summary_as_expected",
    "n_normal_cards", "n_issue_cards", "n_issues_hit",
]


def aggregate(scores: Iterable[ReportScore]) -> Summary:
    """Micro-average: sum the counts of every report, then take the rates of the sums."""
    reports = list(scores)
    total = ReportScore(name="TOTAL")
    for s in reports:
        for f in _COUNTS:
            setattr(total, f, getattr(total, f) + getattr(s, f))
    errors = sum(1 for s in reports if s.error)
    if errors:
        total.error = f"{errors} report(s) could not be analysed"
    return Summary(reports=reports, total=total)


_COLUMNS = [
    # header, width, value
    ("gold", 5, lambda s: str(s.n_gold)),
    ("cards", 6, lambda s: str(s.n_cards)),
    ("match", 6, lambda s: str(s.n_matched)),
    ("cover", 6, lambda s: _fmt(s.coverage)),
    ("prec", 6, lambda s: _fmt(s.precision)),
    ("prio", 6, lambda s: _fmt(s.priority_accuracy)),
    ("under", 6, lambda s: _fmt(s.under_triage_rate)),
    ("crit-u", 7, lambda s: _fmt(s.critical_under_triage_rate)),
    ("dept", 6, lambda s: _fmt(s.department_accuracy)),
    ("follow", 7, lambda s: _fmt(s.follow_up_accuracy)),
    ("sumacc", 7, lambda s: _fmt(s.summary_accounted)),
    ("sumexp", 7, lambda s: _fmt(s.summary_as_expected)),
    ("normC", 6, lambda s: str(s.n_normal_cards)),
    ("c/iss", 6, lambda s: _fmt(s.cards_per_issue)),
    ("safe", 6, lambda s: _fmt(s.safety)),
    ("FK", 6, lambda s: _fmt(s.readability_grade, 1)),
    ("words", 6, lambda s: _fmt(s.mean_words, 1)),
]


def _fmt(v: float | None, digits: int = 2) -> str:
    return "-" if v is None else f"{v:.{digits}f}"


def format_table(summary: Summary) -> str:
    """Fixed-width table: one row per report, then the micro-averaged total."""
    rows = [*summary.reports, summary.total]
    name_w = max(6, *(len(r.name) for r in rows))
    header = "report".ljust(name_w) + "".join(h.rjust(w) for h, w, _ in _COLUMNS) + "  note"
    lines = [header, "-" * len(header)]
    for r in rows:
        if r is summary.total:
            lines.append("-" * len(header))
        cells = "".join(fn(r).rjust(w) for _, w, fn in _COLUMNS)
        lines.append((r.name.ljust(name_w) + cells + "  " + (r.error or "")).rstrip())
    return "\n".join(lines)


def labelled_reports(directory: str | Path) -> list[tuple[Path, Path]]:
    """Every NAME.pdf in `directory` that has NAME.gold.json beside it, sorted by name."""
    out = []
    for pdf in sorted(Path(directory).glob("*.pdf")):
        gold = pdf.with_name(pdf.stem + ".gold.json")
        if gold.is_file():
            out.append((pdf, gold))
    return out


def evaluate_dir(
    directory: str | Path,
    analyze: Callable[[Path], list[ActionCard] | Analysis],
    *,
    check: Checker | None = None,
) -> Summary:
    """Analyse and score every labelled report; a ReportError counts as zero cards. `analyze`
    returns the cards, or the Analysis (whose "Also in your report" lines then count)."""
    scores = []
    for pdf, gold_path in labelled_reports(directory):
        gold = load_labels(gold_path)
        error = None
        also: list[AlsoInReport] = []
        try:
            result = analyze(pdf)
            if isinstance(result, Analysis):
                cards, also = result.cards, result.also_in_report
            else:
                cards = list(result)
        except ReportError as e:
            cards, error = [], e.message
        score = score_report(cards, gold, name=pdf.stem, check=check, also_in_report=also)
        score.error = error
        scores.append(score)
    return aggregate(scores)
