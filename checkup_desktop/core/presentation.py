"""Plain words, colours and icons for the card vocabularies, shared by the window and the handout.

Qt-free on purpose: the handout (ReportLab) and the window (PySide6) must say exactly the same
thing about a card, so the sentences live here once.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from checkup_desktop.core.i18n import N_, translate
from checkup_desktop.core.models import (
    PRIORITIES,
    ActionCard,
    Department,
    FollowUp,
    Origin,
    Priority,
)

LANGS = ("en", "zh")  # written in this file; other languages come from the "cards" catalog
CATALOG_LANGS = ("es", "de")


@dataclass(frozen=True)
class PriorityStyle:
    word: str  # one word shown on the tile and the handout band
    heading: str  # group heading in the tile view
    meaning: str  # what the patient should do, one short sentence
    colour: str  # hex; always paired with the word and the icon, never colour alone
    icon: str  # a shape that differs per priority, for people who do not see the colour


# Colours chosen to stay distinct in grey scale and for red-green colour blindness
# (dark red, orange, blue, grey-green) and to keep white text readable on them.
_PRIORITY = {
    "en": {
        "urgent": PriorityStyle(
            N_("Urgent"), N_("Urgent: contact a doctor today"), N_("Contact a doctor today."),
            "#B3261E", "⚠"),
        "high": PriorityStyle(
            N_("Soon"), N_("Soon: book an appointment"), N_("Book an appointment soon."),
            "#B45309", "▲"),
        "medium": PriorityStyle(
            N_("Planned"), N_("Planned: discuss at your next visit"),
            N_("Discuss at a planned visit."), "#1D4ED8", "●"),
        "low": PriorityStyle(
            N_("Watch"), N_("Watch: recheck at your next check-up"),
            N_("Keep an eye on it and recheck at your next check-up."),
            "#4B6358", "○"),
    },
    "zh": {
        "urgent": PriorityStyle(
            "紧急", "紧急：今天联系医生", "请今天联系医生。", "#B3261E", "⚠"),
        "high": PriorityStyle(
            "尽快", "尽快：预约就诊", "请尽快预约就诊。", "#B45309", "▲"),
        "medium": PriorityStyle(
            "计划", "计划：下次就诊时讨论", "在计划的就诊时与医生讨论。", "#1D4ED8", "●"),
        "low": PriorityStyle(
            "观察", "观察：下次体检时复查", "留意观察，下次体检时复查。", "#4B6358", "○"),
    },
}

_DEPARTMENT: dict[str, dict[str, str]] = {
    "en": {
        "emergency": N_("Emergency care"),
        "general_practice": N_("your family doctor (general practice)"),
        "cardiology": N_("Cardiology (heart)"),
        "endocrinology": N_("Endocrinology (hormones and diabetes)"),
        "gastroenterology": N_("Gastroenterology (stomach and gut)"),
        "hepatology": N_("Hepatology (liver)"),
        "nephrology": N_("Nephrology (kidneys)"),
        "urology": N_("Urology (urinary tract)"),
        "hematology": N_("Hematology (blood)"),
        "pulmonology": N_("Pulmonology (lungs)"),
        "neurology": N_("Neurology (brain and nerves)"),
        "ophthalmology": N_("Ophthalmology (eyes)"),
        "ent": N_("Ear, nose and throat (ENT)"),
        "dermatology": N_("Dermatology (skin)"),
        "gynecology": N_("Gynecology"),
        "breast_clinic": N_("a breast clinic"),
        "thyroid_clinic": N_("a thyroid clinic"),
        "orthopedics": N_("Orthopedics (bones and joints)"),
        "rheumatology": N_("Rheumatology (joints and immune system)"),
        "oncology": N_("Oncology"),
        "infectious_disease": N_("Infectious diseases"),
        "nutrition": N_("a nutrition clinic"),
        "dentistry": N_("a dentist"),
        "psychiatry": N_("Psychiatry (mental health)"),
    },
    "zh": {
        "emergency": "急诊",
        "general_practice": "全科（家庭医生）",
        "cardiology": "心内科",
        "endocrinology": "内分泌科",
        "gastroenterology": "消化内科",
        "hepatology": "肝病科",
        "nephrology": "肾内科",
        "urology": "泌尿外科",
        "hematology": "血液科",
        "pulmonology": "呼吸科",
        "neurology": "神经内科",
        "ophthalmology": "眼科",
        "ent": "耳鼻喉科",
        "dermatology": "皮肤科",
        "gynecology": "妇科",
        "breast_clinic": "乳腺门诊",
        "thyroid_clinic": "甲状腺门诊",
        "orthopedics": "骨科",
        "rheumatology": "风湿免疫科",
        "oncology": "肿瘤科",
        "infectious_disease": "感染科",
        "nutrition": "营养科",
        "dentistry": "口腔科",
        "psychiatry": "精神心理科",
    },
}

_FOLLOW_UP: dict[str, dict[str, str]] = {
    "en": {
        "immediately": N_("today"),
        "within_1_week": N_("within 1 week"),
        "within_1_month": N_("within 1 month"),
        "within_3_months": N_("within 3 months"),
        "within_6_months": N_("within 6 months"),
        "next_checkup": N_("at your next check-up"),
    },
    "zh": {
        "immediately": "今天",
        "within_1_week": "1周内",
        "within_1_month": "1个月内",
        "within_3_months": "3个月内",
        "within_6_months": "6个月内",
        "next_checkup": "下次体检时",
    },
}

_ORIGIN = {
    "en": {"rules": N_("Written from the knowledge base"),
           "model": N_("Written by the local model, checked"),
           # unknown findings only: the model proposed priority, clinic and timing
           "routing_model": N_("The local model suggested how soon and which clinic; "
                               "the knowledge base's safety limits still apply")},
    "zh": {"rules": "根据知识库编写", "model": "由本地模型编写，已检查",
           "routing_model": "就诊时间和科室由本地模型建议，知识库的安全规则仍然适用"},
}

_FLAG = {
    "en": {"high": N_("High"), "low": N_("Low"), "abnormal": N_("Outside range"),
           "critical_high": N_("Very high"), "critical_low": N_("Very low"),
           "finding": N_("Noted"), "normal": N_("In range")},
    "zh": {"high": "偏高", "low": "偏低", "abnormal": "异常", "critical_high": "明显偏高",
           "critical_low": "明显偏低", "finding": "所见", "normal": "正常"},
}


def _lang(lang: str) -> str:
    return lang if lang in LANGS or lang in CATALOG_LANGS else "en"


@functools.cache
def _table(name: str, lang: str) -> dict:
    """One vocabulary table in `lang`: written here (en, zh) or the English one translated."""
    tables = {"priority": _PRIORITY, "department": _DEPARTMENT, "follow_up": _FOLLOW_UP,
              "origin": _ORIGIN, "flag": _FLAG}[name]
    if lang in tables:
        return tables[lang]
    if name == "priority":
        return {k: replace(ps, word=translate(lang, ps.word), heading=translate(lang, ps.heading),
                           meaning=translate(lang, ps.meaning))
                for k, ps in _PRIORITY["en"].items()}
    return {k: translate(lang, v) for k, v in tables["en"].items()}


def priority_style(priority: Priority, lang: str = "en") -> PriorityStyle:
    return _table("priority", _lang(lang))[priority]


def department_name(department: Department, lang: str = "en") -> str:
    return _table("department", _lang(lang))[department]


def follow_up_words(follow_up: FollowUp, lang: str = "en") -> str:
    return _table("follow_up", _lang(lang))[follow_up]


def origin_words(origin: Origin, lang: str = "en") -> str:
    return _table("origin", _lang(lang))[origin]


def card_origin_words(card: ActionCard, lang: str = "en") -> str:
    """Who wrote the card, and, when the local model chose its routing, that too."""
    words = origin_words(card.origin, lang)
    if card.routing_origin == "model":
        words += ("。" if _lang(lang) == "zh" else ". ") + _table("origin", _lang(lang))[
            "routing_model"]
    return words


def flag_words(flag: str, lang: str = "en") -> str:
    return _table("flag", _lang(lang)).get(flag, flag)


def action_sentence(card: ActionCard, lang: str = "en") -> str:
    """What to do, in one sentence: "Book an appointment with Endocrinology (...) within 1 week".

    Urgent cards, and anything due immediately, always say "Contact a doctor today" first so
    the most important words are never hidden behind a department name.
    """
    lang = _lang(lang)
    dept = department_name(card.department, lang)
    when = follow_up_words(card.follow_up, lang)
    if lang == "zh":
        if card.priority == "urgent" or card.follow_up == "immediately":
            return f"今天联系医生（{dept}）。"
        if card.follow_up == "next_checkup":
            return f"下次体检时复查，可咨询{dept}。"
        return f"{when}预约{dept}。"
    # English is the msgid; Spanish and German come from the "cards" catalog.
    if card.priority == "urgent" or card.follow_up == "immediately":
        if card.department == "emergency":
            return translate(lang, N_("Contact a doctor today, or go to emergency care."))
        template = N_("Contact a doctor today: {department}.")
    elif card.follow_up == "next_checkup":
        template = N_("Recheck at your next check-up; you can ask {department}.")
    else:
        template = N_("Book an appointment with {department} {when}.")
    return translate(lang, template).format(department=dept, when=when)


def sort_cards(cards: list[ActionCard]) -> list[ActionCard]:
    """Most urgent first, then soonest follow-up; stable for equal cards (report order)."""
    follow_rank = {f: i for i, f in enumerate(_FOLLOW_UP["en"])}
    return sorted(
        cards, key=lambda c: (PRIORITIES.index(c.priority), follow_rank[c.follow_up]))


def group_by_priority(cards: list[ActionCard]) -> list[tuple[Priority, list[ActionCard]]]:
    """Sorted cards under their priority, omitting empty groups."""
    ordered = sort_cards(cards)
    return [(p, [c for c in ordered if c.priority == p]) for p in PRIORITIES
            if any(c.priority == p for c in ordered)]


def evidence_result(value: str, unit: str) -> str:
    return f"{value} {unit}".strip()
