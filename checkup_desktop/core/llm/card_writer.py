"""The card writer: the local model rewrites title, explanation and questions of a rules
card; anything that fails a check falls back to the rules card (reason logged).

Checks, in order: JSON + pydantic schema, the ActionCard contract, length limits, the
language asked for, number grounding against the evidence, high/low direction, and the
safety checker.

`write` returns the model's card, or None when the knowledge-base card is kept (the card is
not among the model's jobs, the model failed, or its text failed a check).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Generator

from pydantic import BaseModel, ConfigDict, ValidationError

from checkup_desktop.core.cancel import CancelToken
from checkup_desktop.core.cards import entry_text
from checkup_desktop.core.events import Progress
from checkup_desktop.core.knowledge import load_knowledge
from checkup_desktop.core.llm.errors import ModelCrashedError, ModelDisabledError, ModelError
from checkup_desktop.core.llm.grounding import ungrounded_numbers
from checkup_desktop.core.llm.prompts import card_schema, messages_for, messages_for_prefix
from checkup_desktop.core.llm.runtime import Completion, ModelRuntime, relay
from checkup_desktop.core.models import (
    MAX_EXPLANATION_WORDS,
    MAX_QUESTIONS,
    MAX_TITLE_CHARS,
    MIN_QUESTIONS,
    PRIORITIES,
    ActionCard,
    Department,
    FollowUp,
    Issue,
    Priority,
    unmarked_questions,
)
from checkup_desktop.core.routing import direction
from checkup_desktop.core.safety import check_card, grounding_from_card

log = logging.getLogger(__name__)

MAX_TOKENS_PER_CARD = 160
MIN_EXPLANATION_WORDS = 12
_CJK = re.compile(r"[\u3400-\u9fff]")


class CardText(BaseModel):
    """What the model may write (routing only for issues the knowledge base lacks)."""

    model_config = ConfigDict(extra="forbid")

    title: str
    explanation: str
    questions: list[str]
    priority: Priority | None = None
    department: Department | None = None
    follow_up: FollowUp | None = None


def length_problems(card: ActionCard) -> list[str]:
    out = []
    if len(card.explanation.split()) > MAX_EXPLANATION_WORDS:
        out.append(f"explanation longer than {MAX_EXPLANATION_WORDS} words")
    # a one-liner ("Your LDL cholesterol is high.") tells less than the knowledge-base text
    # it would replace; Chinese has no spaces between words, so count its characters
    if (len(card.explanation.strip()) < 24 if _CJK.search(card.explanation)
            else len(card.explanation.split()) < MIN_EXPLANATION_WORDS):
        out.append("explanation too short")
    if not MIN_QUESTIONS <= len(card.questions) <= MAX_QUESTIONS:
        out.append(f"needs {MIN_QUESTIONS}-{MAX_QUESTIONS} questions")
    out += [f"question does not end with '?': {q!r}" for q in unmarked_questions(card.questions)]
    return out


def language_problems(card: ActionCard, lang: str) -> list[str]:
    # cheap script check: a Chinese card must contain Chinese, an English one must not
    text = card.title + card.explanation
    if lang.startswith("zh") and not _CJK.search(text):
        return ["not written in Chinese"]
    if lang.startswith("en") and _CJK.search(text):
        return ["not written in English"]
    if lang[:2] in _STOPWORDS:  # Spanish/German: more of its own small words than English ones
        words = re.findall(r"[^\W\d_]+", text.casefold())
        own = sum(w in _STOPWORDS[lang[:2]] for w in words)
        english = sum(w in _STOPWORDS["en"] for w in words)
        if own == 0 or own < english:
            return [f"not written in {'Spanish' if lang.startswith('es') else 'German'}"]
    return []


_STOPWORDS = {
    "en": {"the", "is", "and", "your", "this", "of", "with", "can", "are", "it", "be", "or"},
    "es": {"el", "la", "los", "las", "es", "y", "de", "su", "puede", "con", "que", "este",
           "esta", "un", "una", "o", "sus", "del"},
    "de": {"der", "die", "das", "ist", "und", "ihr", "ihre", "kann", "mit", "ein", "eine",
           "nicht", "oder", "zu", "den", "dem", "des"},
}


_UP = re.compile(r"\b(?:high|higher|above|elevated|raised|increased)\b|偏高|升高|过高|增高")
_DOWN = re.compile(r"\b(?:low|lower|below|decreased|reduced)\b|偏低|降低|过低|减少")
_DENSITY = re.compile(r"\b(?:low|high)[- ]density\b", re.IGNORECASE)


def direction_problems(card: ActionCard) -> list[str]:
    """A result flagged low must not be called high, and the other way round."""
    ways = {direction(e.flag) for e in card.evidence}
    text = _without_names(" ".join([card.title, card.explanation, *card.questions]), card)
    if ways <= {"high"} and (m := _DOWN.search(text)):
        return [f"calls a high result {m.group(0)!r}"]
    if ways <= {"low"} and (m := _UP.search(text)):
        return [f"calls a low result {m.group(0)!r}"]
    return _mixed_direction_problems(card)


def _without_names(text: str, card: ActionCard) -> str:
    """Lower-cased text without the test names: "Low-density lipoprotein" is a name, not a
    direction."""
    text = text.lower()
    for e in card.evidence:
        text = text.replace(e.label.lower(), " ")
    return _DENSITY.sub(" ", text)


_SENTENCE = re.compile(r"[^.!?。！？\n]+")


def _mentions(sentence: str, label: str) -> bool:
    """'Hemoglobin (Hb)' is mentioned by 'hemoglobin' or 'hb' (whole words; CJK: anywhere)."""
    for key in re.split(r"[()\[\],/]", label.lower()):
        key = key.strip()
        if len(key) < 2:
            continue
        pattern = re.escape(key) if _CJK.search(key) else rf"\b{re.escape(key)}\b"
        if re.search(pattern, sentence):
            return True
    return False


def _mixed_direction_problems(card: ActionCard) -> list[str]:
    """Results going both ways on one card (haemoglobin low, red cell count high): a sentence
    about one direction's results only must not call them the other way ("Your hemoglobin
    result is high", seen from SmolLM2). Sentences with both directions are left alone."""
    for sentence in _SENTENCE.findall(" . ".join([card.title, card.explanation,
                                                  *card.questions]).lower()):
        named = [e for e in card.evidence if _mentions(sentence, e.label)]
        ways = {direction(e.flag) for e in named}
        if ways not in ({"high"}, {"low"}):
            continue
        rest = _without_names(sentence, card)
        up, down = _UP.search(rest), _DOWN.search(rest)
        if ways == {"low"} and up and not down:
            return [f"calls a low result {up.group(0)!r} ({named[0].label})"]
        if ways == {"high"} and down and not up:
            return [f"calls a high result {down.group(0)!r} ({named[0].label})"]
    return []


def grounding_problems(card: ActionCard) -> list[str]:
    texts = [card.title, card.explanation, *card.questions]
    bad = [n for t in texts for n in ungrounded_numbers(t, card.evidence)]
    return [f"numbers not in the evidence: {', '.join(bad)}"] if bad else []


_OUTSIDE = re.compile(r"\b(?:outside|out of|abnormal|unusual|not the usual)\b|异常|超出|不在",
                      re.IGNORECASE)
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}|[\u3400-\u9fff]{2}")
_GENERIC = {"result", "results", "range", "test", "tests", "healthy", "above", "below",
            "outside", "your", "level", "levels", "value", "values", "结果", "范围", "检查", "指标"}


def title_problems(card: ActionCard, rules_title: str = "") -> list[str]:
    """A model title keeps what the knowledge-base title says: which test (a name on the card
    or a word of the knowledge-base title) and, for results, which way ("Salt or mineral
    results below range" must not become the bare label "Calcium, Total"); it is whole, fits,
    and does not copy the report's line."""
    if not card.title.strip() or len(card.title) > MAX_TITLE_CHARS:
        return [f"title empty or longer than {MAX_TITLE_CHARS} characters"]
    if re.search(r"[,;:(\-–]\s*$", card.title) or card.title.count("(") != card.title.count(")"):
        return ["title cut off"]  # "Total WBC count: 25000 cumm (reference range 4000 -"
    if re.search(r"reference range|\[(?:very )?(?:high|low)\]", card.title, re.IGNORECASE):
        return ["title copies the report line"]
    out = []
    words = {w.casefold() for w in _CONTENT_WORD.findall(rules_title)} - _GENERIC
    names = any(_mentions(card.title.lower(), e.label) or e.label in card.title
                for e in card.evidence) or any(
        w.casefold() in words for w in _CONTENT_WORD.findall(card.title))
    if not names:
        out.append("title names no test of the card")
    rest = _without_names(card.title, card)
    if any(e.flag != "finding" for e in card.evidence) and not (
            _UP.search(rest) or _DOWN.search(rest) or _OUTSIDE.search(rest)):
        out.append("title does not say which way the result is")
    return out


def with_kept_title(card: ActionCard, rules: ActionCard) -> ActionCard:
    """The knowledge-base title stays when the model's loses the test or its direction."""
    if title_problems(card, rules.title):
        return card.model_copy(update={"title": rules.title})
    return card


def review(card: ActionCard, lang: str, rules: ActionCard | None = None,
           entry: str = "") -> list[str]:
    """Every reason to reject a model card (empty: it may be shown). With the knowledge-base
    card of the same issue (and its whole entry, cards.entry_text), the terms must be grounded
    there or in the evidence."""
    return (
        length_problems(card)
        + language_problems(card, lang)
        + grounding_problems(card)
        + direction_problems(card)
        + check_card(card, grounding_from_card(rules) + "\n" + entry if rules else "")
    )


def parse_card(text: str, issue: Issue, rules_card: ActionCard) -> ActionCard:
    """Model JSON -> ActionCard (evidence, id, notice kept from the rules card).
    Raises ValueError / ValidationError when the output does not fit the contract."""
    data = CardText.model_validate(json.loads(text))
    update = {
        "title": " ".join(data.title.split()),
        "explanation": " ".join(data.explanation.split()),
        "questions": [" ".join(q.split()) for q in data.questions],
        "origin": "model",
    }
    if not issue.known and data.priority and data.department and data.follow_up:
        # never below what the rules chose: the model may only raise the priority
        rank = PRIORITIES.index
        update["priority"] = min(data.priority, rules_card.priority, key=rank)
        update["department"] = data.department
        update["follow_up"] = data.follow_up
        update["routing_origin"] = "model"
    return ActionCard.model_validate({**rules_card.model_dump(), **update})


JOBS = ("all", "unknown", "none")  # which cards the model rewrites (see qualification.py)


class LlamaCardWriter:
    """CardWriter on a ModelRuntime. Counters in `stats`; last rejection in `last_reasons`.

    `jobs`: "all" cards, only "unknown" findings (issues the knowledge base lacks), or
    "none"; by default what the model's qualification (core/llm/qualification.py) decided on
    this computer, "none" for a model not qualified yet. Cards outside its jobs keep the
    knowledge-base text at once, without a model call."""

    def __init__(
        self,
        runtime: ModelRuntime,
        *,
        max_tokens: int = MAX_TOKENS_PER_CARD,
        temperature: float = 0.2,
        seed: int | None = 0,
        jobs: str | None = None,
    ):
        self.runtime = runtime
        self.max_tokens = max_tokens
        self.temperature = temperature
        self.seed = seed
        self.stats = {"accepted": 0, "rejected": 0, "failed": 0, "skipped": 0,
                      "prompt_tokens": 0, "evaluated_prompt_tokens": 0, "generated_tokens": 0,
                      "wasted_tokens": 0}  # generated for text that was then rejected
        if jobs is None:
            from checkup_desktop.core.llm.qualification import jobs_for

            jobs = jobs_for(runtime.config.model_path)
        if jobs not in JOBS:
            raise ValueError(f"jobs must be one of {JOBS}, not {jobs!r}")
        self.jobs = jobs
        self.last_skipped = False  # the last card was outside the model's jobs
        self.last_reasons: list[str] = []
        self.last_text = ""
        self.last_completion: Completion | None = None
        self._disabled: str | None = None  # the model cannot load: stop trying

    def start_model(self, lang: str = "en", *, wait: bool = False) -> bool:
        """Load the model and compute the shared prompt prefix (system prompt + example) so
        the first card only evaluates its own findings. With wait=False (default) this
        returns at once and the work runs in the model process while the caller goes on
        (reading the PDF, showing rules cards). False if the model is known not to load
        or has no jobs."""
        if self._disabled or self.jobs == "none":
            return False
        messages = messages_for_prefix(lang)
        try:
            if not wait:
                self.runtime.prefetch(messages)
                return True
            self.runtime.complete_text(messages, max_tokens=1, seed=self.seed)
        except ModelError as exc:
            if self.runtime.pid is None or isinstance(exc, ModelDisabledError):
                self._disabled = exc.message
            log.info("model warm-up failed: %s", exc.message)
            return False
        return True

    def write(
        self, issue: Issue, rules_card: ActionCard, *, lang: str, cancel: CancelToken
    ) -> Generator[Progress, None, ActionCard | None]:
        """The model's card for `issue`, or None: `rules_card` is kept (module doc)."""
        cancel.check()
        self.last_reasons, self.last_text = [], ""
        self.last_skipped = not self.takes(issue)
        if self.last_skipped:
            self.stats["skipped"] += 1
            return None
        if self._disabled:
            return self._reject(issue, [self._disabled], failed=True)
        try:
            gen = self.runtime.complete(
                messages_for(issue, lang),
                schema=card_schema(issue.known),
                max_tokens=self.max_tokens,
                temperature=self.temperature,
                seed=self.seed,
                cancel=cancel,
            )
            result = yield from relay(gen, lambda n: Progress(stage="writing", tokens=n))
        except ModelDisabledError as exc:  # cannot run on this computer: rules cards only
            self._disabled = exc.message
            return self._reject(issue, [exc.message], failed=True)
        except ModelCrashedError as exc:  # this card falls back; the next one restarts
            return self._reject(issue, [exc.message], failed=True)
        except ModelError as exc:
            if self.runtime.pid is None:  # never came up: do not retry for every card
                self._disabled = exc.message
            return self._reject(issue, [exc.message], failed=True)
        self.stats["prompt_tokens"] += result.prompt_tokens
        self.stats["evaluated_prompt_tokens"] += result.evaluated_prompt_tokens
        self.stats["generated_tokens"] += result.generated_tokens
        self.last_text = result.text
        self.last_completion = result
        spent = result.generated_tokens
        if result.finish_reason == "length":
            return self._reject(issue, ["output cut at the token limit"], wasted=spent)
        try:
            card = with_kept_title(parse_card(result.text, issue, rules_card), rules_card)
        except (ValueError, ValidationError) as exc:
            return self._reject(issue, [f"schema: {exc}".splitlines()[0]], wasted=spent)
        reasons = review(card, lang, rules_card, entry_text(issue, load_knowledge(), lang))
        if reasons:
            return self._reject(issue, reasons, wasted=spent)
        self.stats["accepted"] += 1
        return card

    def takes(self, issue: Issue) -> bool:
        """Whether this issue is among the model's jobs."""
        return self.jobs == "all" or (self.jobs == "unknown" and not issue.known)

    def _reject(
        self, issue: Issue, reasons: list[str], *, failed: bool = False, wasted: int = 0,
    ) -> None:
        """Count and log why the model's card is not used; None: the rules card is kept."""
        self.stats["failed" if failed else "rejected"] += 1
        self.stats["wasted_tokens"] += wasted
        self.last_reasons = reasons
        log.info("model card for %s not used (rules card kept): %s", issue.key,
                 "; ".join(reasons))
        return None
