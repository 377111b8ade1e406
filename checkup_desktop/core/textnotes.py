"""Fixed sentences every card uses: the standing notice, the urgent next step and the plain
statement of a result. English and Simplified Chinese are written here; Spanish and German come
from the "cards" catalog, whose msgids are the English sentences below."""

from __future__ import annotations

from checkup_desktop.core.i18n import N_, translate
from checkup_desktop.core.models import STANDING_NOTICE, Finding
from checkup_desktop.core.routing import direction

NOTICE_ZH = "这不是医疗建议，也不是诊断。结果的含义和下一步怎么做，由您的医生决定。"

_URGENT = {
    "en": N_("Some results are far outside the usual range. Please contact a doctor today; "
             "if you feel unwell, seek emergency care."),
    "zh": "部分结果明显超出常见范围。请今天联系医生；如果感到不适，请及时就医急诊。",
}

# A card whose results include one far outside its range names that test in its title.
_VERY = {
    "en": {"high": N_("{label} very high"), "low": N_("{label} very low")},
    "zh": {"high": "{label}明显偏高", "low": "{label}明显偏低"},
}
# The other abnormal results of a card, by name, after the first two are stated in full.
_ALSO = {"en": N_("Also outside the range: {labels}."), "zh": "其他超出范围的结果：{labels}。"}
# The last-resort card, which quotes nothing from the report (cards.generic_card).
_GENERIC_TITLE = {"en": N_("A result to talk over with your doctor"), "zh": "需要与医生讨论的结果"}
_GENERIC = {
    "en": N_("Your report shows a result outside its usual range; the evidence below shows it "
             "as printed."),
    "zh": "您的报告中有结果超出常见范围；下方的依据按报告原样列出。",
}
# Words that belong only on an urgent card due immediately (DESIGN §2: words and routing agree).
TODAY_WORDS = ("today", "今天", "hoy", "heute")

# One template per case (not pieces glued together) so translators see whole sentences.
_SAYS = N_('The report says: "{label}".')
_ABOVE = N_("{label} is {value}, above the range ({range}).")
_BELOW = N_("{label} is {value}, below the range ({range}).")
_ABOVE_DEFAULT = N_("{label} is {value}, above the range "
                    "(a standard adult range; your report printed none).")
_BELOW_DEFAULT = N_("{label} is {value}, below the range "
                    "(a standard adult range; your report printed none).")
_UNUSUAL = N_("{label} is reported as {value}, which is not the usual result.")
_SIDE_ZH = {"high": "高于", "low": "低于"}  # by routing.direction of the flag


def notice(lang: str) -> str:
    return NOTICE_ZH if lang == "zh" else translate(lang, STANDING_NOTICE)


def urgent_sentence(lang: str) -> str:
    return _URGENT["zh"] if lang == "zh" else translate(lang, _URGENT["en"])


def very_title(label: str, side: str, lang: str) -> str:
    """`side`: "high" or "low" (routing.direction of the result's flag)."""
    template = _VERY["zh"][side] if lang == "zh" else translate(lang, _VERY["en"][side])
    return template.format(label=label)


def generic_title(lang: str) -> str:
    return _GENERIC_TITLE["zh"] if lang == "zh" else translate(lang, _GENERIC_TITLE["en"])


def generic_sentence(lang: str) -> str:
    return _GENERIC["zh"] if lang == "zh" else translate(lang, _GENERIC["en"])


def also_sentence(labels: list[str], lang: str) -> str:
    if lang == "zh":
        return _ALSO["zh"].format(labels="、".join(labels))
    return translate(lang, _ALSO["en"]).format(labels=", ".join(labels))


def result_sentence(f: Finding, lang: str) -> str:
    """'LDL Cholesterol is 190.00 mg/dL, above the range on your report (< 100.00).'"""
    value = f"{f.value} {f.unit}".strip()
    rng = f.reference_range
    side = direction(f.flag)  # "high", "low" or "abnormal"
    if lang == "zh":
        if f.kind == "narrative":
            return f"报告写道：“{f.label}”。"
        if side in _SIDE_ZH:
            where = f"（{rng}）" if rng else ""
            return f"{f.label}为{value}，{_SIDE_ZH[side]}参考范围{where}。"
        return f"{f.label}的结果为{value}，与正常结果不同。"
    if f.kind == "narrative":
        template = _SAYS
    elif side == "high":
        template = _ABOVE if rng else _ABOVE_DEFAULT
    elif side == "low":
        template = _BELOW if rng else _BELOW_DEFAULT
    else:
        template = _UNUSUAL
    return translate(lang, template).format(label=f.label, value=value, range=rng)
