"""Fixed sentences every card uses: the standing notice, the urgent next step and the plain
statement of a result. English and Simplified Chinese are written here; Spanish and German come
from the "cards" catalog, whose msgids are the English sentences below."""

from __future__ import annotations

from checkup_desktop.core.i18n import N_, translate
from checkup_desktop.core.models import STANDING_NOTICE, Finding

NOTICE_ZH = "这不是医疗建议，也不是诊断。结果的含义和下一步怎么做，由您的医生决定。"

_URGENT = {
    "en": N_("Some results are far outside the usual range. Please contact a doctor today; "
             "if you feel unwell, seek emergency care."),
    "zh": "部分结果明显超出常见范围。请今天联系医生；如果感到不适，请及时就医急诊。",
}

# One template per case (not pieces glued together) so translators see whole sentences.
_SAYS = N_('The report says: "{label}".')
_ABOVE = N_("{label} is {value}, above the range ({range}).")
_BELOW = N_("{label} is {value}, below the range ({range}).")
_ABOVE_DEFAULT = N_("{label} is {value}, above the range "
                    "(a standard adult range; your report printed none).")
_BELOW_DEFAULT = N_("{label} is {value}, below the range "
                    "(a standard adult range; your report printed none).")
_UNUSUAL = N_("{label} is reported as {value}, which is not the usual result.")


def notice(lang: str) -> str:
    return NOTICE_ZH if lang == "zh" else translate(lang, STANDING_NOTICE)


def urgent_sentence(lang: str) -> str:
    return _URGENT["zh"] if lang == "zh" else translate(lang, _URGENT["en"])


def result_sentence(f: Finding, lang: str) -> str:
    """'LDL Cholesterol is 190.00 mg/dL, above the range on your report (< 100.00).'"""
    value = f"{f.value} {f.unit}".strip()
    rng = f.reference_range
    if lang == "zh":
        if f.kind == "narrative":
            return f"报告写道：“{f.label}”。"
        side = {"high": "高于", "critical_high": "高于", "low": "低于", "critical_low": "低于"}
        if f.flag in side:
            where = f"（{rng}）" if rng else ""
            return f"{f.label}为{value}，{side[f.flag]}参考范围{where}。"
        return f"{f.label}的结果为{value}，与正常结果不同。"
    if f.kind == "narrative":
        template = _SAYS
    elif f.flag in ("high", "critical_high", "low", "critical_low"):
        high = "high" in f.flag
        if rng:
            template = _ABOVE if high else _BELOW
        else:
            template = _ABOVE_DEFAULT if high else _BELOW_DEFAULT
    else:
        template = _UNUSUAL
    return translate(lang, template).format(label=f.label, value=value, range=rng)
