"""The data contract shared by the CLI, the GUI, the export and the evaluator (DESIGN §1)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Priority = Literal["urgent", "high", "medium", "low"]
PRIORITIES: tuple[Priority, ...] = ("urgent", "high", "medium", "low")

Department = Literal[
    "emergency", "general_practice", "cardiology", "endocrinology", "gastroenterology",
    "hepatology", "nephrology", "urology", "hematology", "pulmonology", "neurology",
    "ophthalmology", "ent", "dermatology", "gynecology", "breast_clinic", "thyroid_clinic",
    "orthopedics", "rheumatology", "oncology", "infectious_disease", "nutrition", "dentistry",
    "psychiatry",
]
FollowUp = Literal[
    "immediately", "within_1_week", "within_1_month", "within_3_months", "within_6_months",
    "next_checkup",
]
FOLLOW_UPS: tuple[FollowUp, ...] = (
    "immediately", "within_1_week", "within_1_month", "within_3_months", "within_6_months",
    "next_checkup",
)
# The follow-up windows each priority may carry: a priority and its window never disagree
# (an "urgent" card says "today", so its window is "immediately"; "soon" is within a week).
WINDOWS_BY_PRIORITY: dict[str, tuple[FollowUp, ...]] = {
    "urgent": ("immediately",),
    "high": ("within_1_week",),
    "medium": ("within_1_month", "within_3_months"),
    "low": ("within_6_months", "next_checkup"),
}
# "normal" only ever appears on Findings; Evidence is always about something abnormal.
Flag = Literal["normal", "high", "low", "abnormal", "critical_high", "critical_low", "finding"]
Origin = Literal["rules", "model"]

STANDING_NOTICE = (
    "This is not medical advice. It does not diagnose anything. "
    "Your clinician decides what the results mean and what to do."
)

BBox = tuple[float, float, float, float]

# The card contract's limits: the model's JSON schema (core/llm/prompts.py), the writer's
# review (core/llm/card_writer.py) and the knowledge-base cards (core/cards.py) read them here.
MAX_TITLE_CHARS = 60
MAX_EXPLANATION_WORDS = 90
MAX_EXPLANATION_CHARS = 600
MIN_QUESTIONS = 2
MAX_QUESTIONS = 4
QUESTION_MARKS = ("?", "？")  # a question ends with one (ASCII or full-width)


class Evidence(BaseModel):
    model_config = ConfigDict(frozen=True)

    label: str
    value: str
    unit: str = ""
    reference_range: str = ""
    flag: Flag
    page: int = Field(ge=1)
    bbox: BBox | None = None
    text: str


class Finding(Evidence):
    """One result read from the report: a lab row or a narrative statement."""

    kind: Literal["lab", "narrative"] = "lab"
    source: Literal["text", "image"] = "text"
    value_num: float | None = None
    low: float | None = None
    high: float | None = None
    # knowledge-base analyte key once identified (None: the knowledge base does not know it)
    key: str | None = None

    @property
    def abnormal(self) -> bool:
        return self.flag != "normal"

    def evidence(self) -> Evidence:
        return Evidence(**self.model_dump(include=set(Evidence.model_fields)))


def short_enough(text: str, words: int = MAX_EXPLANATION_WORDS,
                 chars: int = MAX_EXPLANATION_CHARS) -> str:
    """Validator: an explanation within the word and character limits."""
    if len(text.split()) > words or len(text) > chars:
        raise ValueError(f"explanation longer than {words} words")
    return text


def unmarked_questions(questions: list[str]) -> list[str]:
    """The questions that do not end with a question mark (the card contract)."""
    return [q for q in questions if not q.rstrip().endswith(QUESTION_MARKS)]


def questions_marked(questions: list[str]) -> list[str]:
    """Validator: every question ends with "?" (or "？")."""
    if bad := unmarked_questions(questions):
        raise ValueError(f"question does not end with '?': {bad[0]!r}")
    return questions


class ActionCard(BaseModel):
    id: str
    title: str = Field(max_length=MAX_TITLE_CHARS)
    priority: Priority
    department: Department
    follow_up: FollowUp
    explanation: str
    questions: list[str] = Field(min_length=MIN_QUESTIONS, max_length=MAX_QUESTIONS)
    evidence: list[Evidence] = Field(min_length=1)
    origin: Origin = "rules"
    # who chose priority/department/follow-up: the knowledge base or the local model
    routing_origin: Origin = "rules"
    notice: str = STANDING_NOTICE

    @field_validator("explanation")
    @classmethod
    def _short_explanation(cls, v: str) -> str:
        return short_enough(v)

    @field_validator("questions")
    @classmethod
    def _questions_end_with_mark(cls, v: list[str]) -> list[str]:
        return questions_marked(v)


class AlsoInReport(BaseModel):
    """An item of the report's own abnormal-findings summary that has no card, with the reason
    (e.g. the report says no action is needed): nothing the centre flagged silently vanishes."""

    text: str
    reason: str
    page: int = Field(ge=1)


class EarlierResult(BaseModel):
    """A result of an earlier check-up that the report prints itself: a previous-years table
    or a previous-result column (core/report_history.py). Never a finding, never a card; the
    comparison over the years (core/trends.py) reads it with the history."""

    model_config = ConfigDict(frozen=True)

    date: str  # "2024-05-20", or "2024-05" / "2024" when the report prints only that
    label: str  # as printed
    value: str  # as printed ("5.32↑")
    value_num: float
    unit: str = ""
    key: str  # knowledge-base analyte id
    flag: Flag = "normal"  # judged against the range, as the report's own results are
    low: float | None = None
    high: float | None = None
    page: int = Field(ge=1)


class Analysis(BaseModel):
    source: str = ""
    pages: int
    unread_pages: list[int] = []
    cards: list[ActionCard] = []
    findings: list[Finding] = []
    also_in_report: list[AlsoInReport] = []
    language: str = "en"
    report_date: str = ""  # ISO collection date the report prints ("" = not given)
    # earlier check-ups' results the report prints (a previous-years table), for trends only
    earlier_results: list[EarlierResult] = []

    def to_public_json(self) -> dict:
        """The CLI's --json document (DESIGN §5)."""
        return {
            "cards": [c.model_dump(mode="json") for c in self.cards],
            "pages": self.pages,
            "unread_pages": self.unread_pages,
            "also_in_report": [a.model_dump(mode="json") for a in self.also_in_report],
        }


class Issue(BaseModel):
    """One clinically relevant issue: the findings that make one card, and their routing."""

    key: str  # knowledge-base group key, or "unknown:<slug>" / "finding:<slug>"
    findings: list[Finding] = Field(min_length=1)
    priority: Priority
    department: Department
    follow_up: FollowUp
    known: bool = True  # False: the knowledge base does not know these findings
    critical: bool = False  # a critical-value or critical-text rule fired
