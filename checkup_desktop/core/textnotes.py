"""Fixed sentences every card uses: the standing notice, the urgent next step and the plain
statement of a result. English and Simplified Chinese."""

from __future__ import annotations

from checkup_desktop.core.models import STANDING_NOTICE, Finding

NOTICE_ZH = "这不是医疗建议，也不是诊断。结果的含义和下一步怎么做，由您的医生决定。"

_URGENT = {
    "en": "Some results are far outside the usual range. Please contact a doctor today; "
          "if you feel unwell, seek emergency care.",
    "zh": "部分结果明显超出常见范围。请今天联系医生；如果感到不适，请及时就医急诊。",
}


def notice(lang: str) -> str:
    return NOTICE_ZH if lang == "zh" else STANDING_NOTICE


def urgent_sentence(lang: str) -> str:
    return _URGENT["zh" if lang == "zh" else "en"]


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
        return f'The report says: "{f.label}".'
    if f.flag in ("high", "critical_high", "low", "critical_low"):
        side = "above" if "high" in f.flag else "below"
        where = f" ({rng})" if rng else " (a standard adult range; your report printed none)"
        return f"{f.label} is {value}, {side} the range{where}."
    return f"{f.label} is reported as {value}, which is not the usual result."
