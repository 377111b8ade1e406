"""Plain words, colours and icons for the card vocabularies, shared by the window and the handout.

Qt-free on purpose: the handout (ReportLab) and the window (PySide6) must say exactly the same
thing about a card, so the sentences live here once.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from checkup_desktop.core.i18n import CATALOG_LANGS, N_, translate
from checkup_desktop.core.models import (
    PRIORITIES,
    WINDOWS_BY_PRIORITY,
    ActionCard,
    AlsoInReport,
    Analysis,
    Department,
    Evidence,
    FollowUp,
    Origin,
    Priority,
)
from checkup_desktop.core.severity import shown_flag

LANGS = ("en", "zh")  # written in this file; other languages come from the "cards" catalog


@dataclass(frozen=True)
class PriorityStyle:
    word: str  # one word shown on the tile and the handout band
    meaning: str  # what the patient should do and by when, one short sentence
    colour: str  # hex; always paired with the word and the icon, never colour alone
    icon: str  # a shape that differs per priority, for people who do not see the colour

    @property
    def heading(self) -> str:
        """The group heading in the window AND the band of the handout: the same words."""
        return f"{self.word} · {self.meaning}"


# Colours chosen to stay distinct in grey scale and for red-green colour blindness
# (dark red, orange, blue, grey-green) and to keep white text readable on them.
# Each meaning names the follow-up windows its priority allows (models.WINDOWS_BY_PRIORITY), so
# a group heading never disagrees with the "within ..." of a card under it.
_PRIORITY = {
    "en": {
        "urgent": PriorityStyle(N_("Urgent"), N_("Contact a doctor today."), "#B3261E", "⚠"),
        "high": PriorityStyle(N_("Soon"), N_("Book an appointment within 1 week."),
                              "#B45309", "▲"),
        "medium": PriorityStyle(N_("Planned"), N_("Book a visit within 1 to 3 months."),
                                "#1D4ED8", "●"),
        "low": PriorityStyle(N_("Watch"),
                             N_("Recheck within 6 months or at your next check-up."),
                             "#4B6358", "○"),
    },
    "zh": {
        "urgent": PriorityStyle("紧急", "请今天联系医生。", "#B3261E", "⚠"),
        "high": PriorityStyle("尽快", "请在1周内预约就诊。", "#B45309", "▲"),
        "medium": PriorityStyle("计划", "请在1至3个月内安排就诊。", "#1D4ED8", "●"),
        "low": PriorityStyle("观察", "6个月内或下次体检时复查。", "#4B6358", "○"),
    },
}

# The priority each follow-up window implies on its own (models.WINDOWS_BY_PRIORITY).
_WINDOW_PRIORITY = {w: p for p, ws in WINDOWS_BY_PRIORITY.items() for w in ws}

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
    "en": {"rules": N_("The app wrote this card from its built-in medical knowledge base."),
           "model": N_("A language model on this computer reworded this card; the app then "
                       "checked the wording against its safety rules."),
           # unknown findings only: the model proposed priority, clinic and timing
           "routing_model": N_("The local model suggested how soon and which clinic; "
                               "the knowledge base's safety limits still apply")},
    "zh": {"rules": "本卡片由本应用根据内置的医学知识库编写。",
           "model": "本卡片由本电脑上的语言模型改写，并经过本应用安全规则的检查。",
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
        return {k: replace(ps, word=translate(lang, ps.word), meaning=translate(lang, ps.meaning))
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
        words += ("" if _lang(lang) == "zh" else " ") + _table("origin", _lang(lang))[
            "routing_model"] + ("。" if _lang(lang) == "zh" else ".")
    return words


def flag_words(flag: str | Evidence, lang: str = "en") -> str:
    """The flag in words; for a result, its distance from the range decides ("Very high")."""
    if isinstance(flag, Evidence):
        flag = shown_flag(flag)
    return _table("flag", _lang(lang)).get(flag, flag)


def action_sentence(card: ActionCard, lang: str = "en") -> str:
    """What to do, in one sentence: "Book an appointment with Endocrinology (...) within 1 week".

    Urgent cards, and anything due immediately, always say "Contact a doctor today" first so
    the most important words are never hidden behind a department name.
    """
    lang = _lang(lang)
    card = shown_card(card)
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


def shown_card(card: ActionCard) -> ActionCard:
    """The card with a priority and a window that agree, as the window and the handout show
    it. Routing already makes them agree; a card that does not (an old saved card, a model's
    routing) is shown at the more urgent of the two and with a window its priority allows,
    never later than the card's own: agreement never makes a card look less pressing."""
    implied = _WINDOW_PRIORITY[card.follow_up]
    priority = min(card.priority, implied, key=PRIORITIES.index)
    follow_up = card.follow_up
    if follow_up not in WINDOWS_BY_PRIORITY[priority]:
        follow_up = WINDOWS_BY_PRIORITY[priority][-1]  # the card's is later: the latest allowed
    if (priority, follow_up) == (card.priority, card.follow_up):
        return card
    return card.model_copy(update={"priority": priority, "follow_up": follow_up})


def sort_cards(cards: list[ActionCard]) -> list[ActionCard]:
    """As shown (shown_card), most urgent first, then soonest follow-up; stable for equal
    cards (report order)."""
    follow_rank = {f: i for i, f in enumerate(_FOLLOW_UP["en"])}
    return sorted((shown_card(c) for c in cards),
                  key=lambda c: (PRIORITIES.index(c.priority), follow_rank[c.follow_up]))


def group_by_priority(cards: list[ActionCard]) -> list[tuple[Priority, list[ActionCard]]]:
    """Sorted cards (as shown) under their priority, omitting empty groups."""
    ordered = sort_cards(cards)
    return [(p, [c for c in ordered if c.priority == p]) for p in PRIORITIES
            if any(c.priority == p for c in ordered)]


def urgent_summary(count: int, lang: str = "en") -> str:
    """The one sentence above everything when cards are urgent (window and handout)."""
    lang = _lang(lang)
    if lang == "zh":
        return ("有1项结果需要今天处理。请今天联系医生。" if count == 1
                else f"有{count}项结果需要今天处理。请今天联系医生。")
    if count == 1:
        return translate(lang, N_("One result needs attention today. Contact a doctor today."))
    return translate(lang, N_("{n} results need attention today. Contact a doctor today.")
                     ).format(n=count)


def also_heading(lang: str = "en") -> str:
    return "报告中还提到" if _lang(lang) == "zh" else translate(_lang(lang),
                                                                N_("Also in your report"))


def also_intro(lang: str = "en") -> str:
    if _lang(lang) == "zh":
        return "报告还提到以下内容。它们没有单独的卡片，原因如下："
    return translate(_lang(lang), N_("Your report also mentions these. They have no card of "
                                     "their own, for the reason given:"))


def also_line(item: AlsoInReport, lang: str = "en") -> str:
    """"Small gallbladder polyp: the report says no follow-up is needed (page 3)"."""
    if _lang(lang) == "zh":
        return f"{item.text}：{item.reason}（第{item.page}页）"
    return translate(_lang(lang), N_("{text}: {reason} (page {page})")).format(
        text=item.text, reason=item.reason.rstrip("."), page=item.page)


def evidence_result(value: str, unit: str) -> str:
    return f"{value} {unit}".strip()


def analysis_in_language(analysis: Analysis, lang: str) -> Analysis:
    """The analysis with its cards worded in `lang`, rebuilt from the findings it kept (the
    knowledge-base wording: a model's rewording was in the old language). Card ids stay the
    same, so the user's edited questions still belong to their cards. Without findings (an
    analysis the user stopped) the cards stay as they are; their headings, chips and "what
    to do" sentences follow `lang` anyway, since they are worded when shown."""
    if analysis.language == lang or not analysis.findings:
        return analysis
    from checkup_desktop.core.cards import rules_card
    from checkup_desktop.core.knowledge import load_knowledge
    from checkup_desktop.core.pipeline import _checked
    from checkup_desktop.core.routing import group_issues

    kb = load_knowledge()
    cards = [_checked(rules_card(issue, kb, lang=lang), issue, kb, lang)
             for issue in group_issues(analysis.findings, kb)]
    return analysis.model_copy(update={"cards": cards, "language": lang})
