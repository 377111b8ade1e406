"""Next steps and referrals: the concrete next step that makes frightening words acceptable
(NEXT_STEP), and reassurance that calls a result fine or nothing with no clinician, visit or
discussion anywhere in the text (_REASSURE, _refers).
"""

from __future__ import annotations

import re

from checkup_desktop.core.safety.rules.reassurance import common as _RC

_I = re.IGNORECASE

# A concrete next step makes frightening words acceptable (the urgent cards' wording).
NEXT_STEP = re.compile(
    r"\btoday\b|right away|straight away|\bimmediately\b|\bemergency\b|\burgent\w*|"
    r"\bcall (?:an ambulance|911|999|112)\b|contact (?:a|your) (?:doctor|clinician|GP)|"
    r"seek (?:medical )?(?:care|help|attention)|\bhoy\b|urgencias|inmediat\w+|cuanto antes|"
    r"\bheute\b|\bsofort\b|Notaufnahme|Notruf|umgehend|今天|立即|立刻|马上|急诊|尽快就医|"
    r"尽快联系|尽快(?:预约|就诊|复查|复诊|到|去|看|安排|咨询)|"
    # a number to call, not a reading: "182/112 mmHg", "120/80"; "die 120." ends a sentence
    r"(?<![\d/.,])120(?![\d/]|[.,]\d)|(?<![\d/])(?:112|061|116 ?117)(?![\d/]|[.,]\d)|"
    r"\bRettungsdienst\b|\bNotarzt\b|"
    r"\bambulancia\b|\bemergencias\b|"
    # same-day and without-delay wording with a visit or a call ("the same day", "当天就诊",
    # "let your clinician know promptly", "as soon as possible")
    r"\bsame[- ]day\b|\bthis same day\b|\bpromptly\b|\bwithout delay\b|"
    r"as soon as (?:possible|you can)|"
    r"\blet (?:a|your) (?:doctor|clinician|GP|nurse) know\b|当天|当日|今日|即日|第一时间|"
    r"el mismo día|sin demora|lo antes posible|am selben Tag|noch heute|so bald wie möglich|"
    r"unverzüglich",
    _I)
# "nothing" that is no verdict on the result: what the exam or report did not find ("nichts
# Auffälliges beschrieben", "found nothing unusual"), or nothing to do before a test ("nothing
# to do before the test except fast", "nichts zu tun, außer ...")
_ABNORMAL = (r"\s+(?:abnormal|unusual|remarkable|of note|significant|Auffällig\w*|Besonder\w*|"
             r"Krankhaft\w*|Abnorm\w*|Ungewöhnlich\w*|anormal|llamativo|destacable|patológico)\b")
_NOT_A_VERDICT = (r"(?!" + _ABNORMAL + r"[^.;]{0,30}\b(?:(?:was|were) )?(?:found|described|seen|"
                  r"detected|noted|reported|shown|observed|beschrieben|gefunden|festgestellt|gesehen|"
                  r"entdeckt|nachgewiesen|vermerkt|describ\w+|encontr\w+|observ\w+|detect\w+)\b)"
                  r"(?!(?:" + "|".join(f"(?<={v} nothing)|(?<={v} nichts)" for v in (
                      "found", "detected", "showed", "shows", "revealed", "saw", "zeigt", "zeigte",
                      "ergab", "fand")) + r")" + _ABNORMAL + r")"
                  r"(?![^.;]{0,40}\b(?:before (?:the|your|a|this) (?:test|scan|sample|blood|"
                  r"appointment|visit)|except|other than|apart from|außer|vor der|vor dem|antes "
                  r"del?|salvo|excepto)\b)")

# Reassurance needs a next step just as alarm does: a statement that calls the result fine,
# normal or nothing, with no word of the clinician, a visit or a discussion, dismisses it.
_REASSURE = re.compile(
    # "even if you feel fine" is about the person, not the result
    r"\b(?:(?<!feel )(?<!feeling )(?<!feels )fine|harmless|nothing" + _NOT_A_VERDICT + r"|"
    # "just noise", not "noise-induced hearing loss" or "loud noise at work"
    r"(?<!loud )(?<!exposure to )noise(?![- ](?:induced|exposure|level|damage))|"
    r"fluke|trivial|"
    r"meaningless|okay|alright|all right|no point|"
    # "easy to forget the repeat test" and "nichts Sicheres" (nothing certain) reassure no one;
    # "no hace falta estar en ayunas / traer la muestra en frío" is about getting ready for a test
    r"not worth|doesn'?t count|does not count|no need|needn'?t|skip|ignore|(?<!easy to )forget|"
    r"tick (?:it|this|that|this one) off|irrelevant|unimportant|nobody (?:gets|is) treated|bueno|"
    # "ruido" as "just noise", not "la exposición al ruido", "ruido laboral"
    r"(?<!al )(?<!del )(?<!de )ruido(?! (?:laboral|ambiental|intenso|fuerte))|inofensiv\w+|"
    r"sin importancia|no merece|"
    r"no hace falta(?![^.;]{0,40}\b(?:ayun\w*|muestra|agua|fr[ií]o|desayun\w*)\b)|"
    # "su colesterol está bien" (not "está bien comentarlo", "si usted está bien")
    r"(?<!\bsi )(?<!usted )están? bien(?!\s+(?:que|\w+(?:ar|er|ir)(?:lo|la|los|las|le|les|se)?)\b)|"
    r"da igual|in Ordnung|nichts(?! (?:Sicheres|Genaues|Bestimmtes|Eindeutiges))"
    + _NOT_A_VERDICT + r"|Rauschen|"
    r"harmlos|abhaken|lohnt sich (?:nicht|kein)|unwichtig|no hay nada" + _NOT_A_VERDICT
    + r")\b|没事|没必要|没有必要|干扰|无害|"
    r"不重要|"
    r"没人会|这里没什么|没什么(?:事|问题|的)|"
    r"当作正常|"
    r"算正常|不用管|无需", _I)
_REFERRAL = re.compile(
    # a repeat test booked is a next step too; "mention it" is, "the report mentions" is not
    r"\b(?:clinician|doctor|gp|nurse|specialist|visit|appointment|discuss\w*|mention(?:ing)?|"
    r"book\w*|repeat test|re-?check\w*|re-?test\w*|Kontrolltermin|repetir|"
    r"médic[oa]|consulta|cita|comentar\w*|especialista|Arzt|Ärztin|Termin|besprech\w*|"
    r"ansprech\w*|Fach\w*|"
    # a follow-up or control the report recommends is a next step too
    r"follow-?up|recommend\w*|control\w*|Kontroll\w*|empfieh\w*|empfohlen\w*|seguimiento|"
    r"recomiend\w*|recomendad\w*)\b|医生|就诊|讨论|提一下|专科|复诊|复查|随访|建议", _I)
# a concession that only notes the clinician saw the result ("auch wenn Ihre Ärztin das notiert
# hat", "even though your doctor flagged it", "虽然医生标注了") is no referral; one that plans a
# step ("although your doctor will want to recheck it") is
_NOTING_CONCESSION = re.compile(r"\b" + _RC._CONCEDE + r"\b[^.;:!?,]{0,80}|" + _RC._CONCEDE_ZH
                                + r"[^。；：！？，,]{0,30}", _I)
_PLANS_STEP = re.compile(_RC._PLAN_WORDS + "|" + _RC._PLAN_WORDS_ZH, _I)


# the next step itself waved away ("no hace falta que lo mencione en la consulta", "一般不用专门去看
# 医生", "no need to book a recheck", "müssen Sie nicht beim Arzt ansprechen") is no referral
_STEP_WAVED_OFF = re.compile(
    r"\b(?:no need to|needn'?t|(?:don'?t|do not|doesn'?t|does not) need to|not necessary to|"
    r"no reason to)\s+(?:\w+\s+){0,2}?(?:see|visit|mention|discuss|book|repeat|re-?check|"
    r"re-?test|ask|go|consult|contact|call|follow)\b[^.;,!?]{0,50}"
    r"|\b(?:no hace falta|no es necesario|no necesita|no tiene que)(?: que)?\s+(?:\w+\s+){0,2}?"
    r"(?:mencion|coment|consult|repet|volver|ir\b|acud|pedir|ped)\w*[^.;,!?]{0,50}"
    r"|\b(?:nicht|kein\w*)\s+(?:\w+\s+){0,3}?(?:ansprechen|besprechen|erwähnen|wiederholen|"
    r"kontrollieren|vorstellen|zum Arzt|zur Ärztin|in die Praxis)\b"
    r"|(?:不用|不必|无需|没必要|没有必要|不需要|用不着)(?:专门|特意|特地|再|急着)?(?:去|跑一趟)?"
    r"[^。；，,！？]{0,12}?(?:医生|医院|就诊|复查|复诊|门诊|随访)", _I)


def _refers(text: str) -> bool:
    """Whether the text names a clinician, visit or discussion outside a mere concession (or a
    next step it waves away)."""
    kept = _NOTING_CONCESSION.sub(
        lambda m: m.group(0) if _PLANS_STEP.search(m.group(0)) else " ", text)
    return bool(_REFERRAL.search(_STEP_WAVED_OFF.sub(" ", kept)))


# A step the clinician plans, after a list of possible causes ("… as well as some cancers, so
# your clinician will want to look at it and may suggest a scan", "su médico decidirá si hacen
# falta más pruebas", "deshalb wird Ihr Arzt den Wert wiederholen", "医生会告诉您是否需要…"): a
# next step for alarm when it follows the frightening word
_PLAN_VERB = (r"(?:want to|wish to|need to|like to|suggest|arrange|order|recommend|repeat|"
              r"re-?check|check|review|look (?:at|into)|go (?:through|over)|refer|decide|"
              r"see you|follow)")
PLANNED_STEP = re.compile(
    # ("your doctor can explain more at some point" plans nothing)
    r"\b(?:clinician|doctor|GP|nurse|specialist|care team|practice)s?\s+(?:will|would|may|might|"
    r"is likely to|is going to)\s+(?:\w+\s+){0,2}?" + _PLAN_VERB + r"\b"
    r"|\b(?:may|might|will|can) (?:also )?(?:suggest|arrange|order|recommend) (?:a|an|another|"
    r"further|more|some|other|repeat|follow-up)\b"
    r"|\b(?:médic[oa]|doctor(?:a)?|especialista)\s+(?:le |lo |la |se lo )?(?:\w+\s+){0,1}?"
    r"(?:decidirá|dirá|querrá|valorará|revisará|pedirá|indicará|recomendará|explicará|propondrá|"
    r"sabrá|podrá (?:decirle|indicarle|valorar|revisar|explicarle|pedir|proponer))"
    r"|\b(?:Arzt|Ärztin|Praxis|Hausarzt|Hausärztin)\s+(?:\w+\s+){0,3}?(?:wird|will|kann|werden|"
    r"möchte)\b[^.;!?]{0,60}?(?:entscheiden|besprechen|wiederholen|veranlassen|prüfen|"
    r"kontrollieren|sagen|erklären|ansehen|anschauen|beurteilen|abklären|einordnen)"
    r"|\b(?:wird|will|möchte) Ihr\w* (?:Arzt|Ärztin|Praxis)\b[^.;!?]{0,60}?(?:entscheiden|"
    r"besprechen|wiederholen|veranlassen|prüfen|kontrollieren|abklären|ansehen|einordnen)"
    r"|医生(?:会|将|可能会|可以|能|需要)(?:\S{0,4}?)(?:告诉|决定|判断|安排|建议|结合|评估|解释|"
    r"帮您|帮你|复查|检查|进一步)", _I)


# A visit with a time to it, or what to raise at the visit, is the next step an alarm needs
# ("please book an appointment with your clinician soon", "mention any of these at your
# appointment", "建议您在一两周内预约医生", "pida cita en los próximos días", "lassen Sie das
# zeitnah in der Praxis abklären"), and so is asking which tests come next ("我需要做哪些检查
# 来弄清楚？", "which tests do I need?"): searched anywhere in the text, for alarm only (a
# diagnosis stays one with a visit after it)
_VISIT = (r"\b(?:appointment|visit|review|consultation|clinician|doctor|GP|specialist|cita|"
          r"consulta|médic[oa]|Termin|Praxis|Arzt|Ärztin|Sprechstunde)\b|预约|就诊|看医生|复诊|门诊")
_SOON = (r"\b(?:soon|shortly|this week|(?:in|within|over) (?:the )?(?:next |coming )?"
         r"(?:\w+ ){0,2}(?:days?|weeks?)|pronto|esta semana|"
         r"en (?:los|las) próxim[oa]s (?:\w+ )?(?:días|semanas)|en unos días|en una o dos semanas|"
         r"bald|zeitnah|diese Woche|in den (?:nächsten|kommenden) (?:\w+ )?(?:Tagen|Wochen)|"
         r"innerhalb (?:von )?\w+ (?:Tagen?|Wochen?))\b"
         r"|近期|尽早|本周|这周|几天内|(?:一|两|一两|1-2|1～2)(?:周|天)内")
VISIT_STEP = re.compile(
    r"(?:" + _VISIT + r")[^.;!?。；！？]{0,60}?(?:" + _SOON + r")"
    r"|(?:" + _SOON + r")[^.;!?。；！？]{0,60}?(?:" + _VISIT + r")"
    r"|\b(?:mention|raise|bring up|report|tell)\b[^.;!?]{0,50}\b(?:at|during|in) (?:your|the) "
    r"(?:next )?(?:appointment|visit|consultation|review)\b"
    r"|\b(?:coménte\w*|mencióne\w*|dígaselo)\b[^.;!?]{0,40}\ben (?:la|su) (?:próxima )?"
    r"(?:cita|consulta)\b"
    r"|\b(?:erwähnen|ansprechen|berichten)\b[^.;!?]{0,20}\b(?:beim|im) (?:nächsten )?"
    r"(?:Termin|Arztbesuch|Gespräch)\b|\b(?:beim|im) (?:nächsten )?(?:Termin|Arztbesuch)\b"
    r"[^.;!?]{0,40}\b(?:erwähnen|ansprechen|berichten)\b"
    r"|需要做(?:哪些|什么)(?:检查|化验)"
    r"|\bwhich (?:further )?tests\b[^.;!?]{0,30}\b(?:need|should)\b"
    r"|\bqué (?:otras )?pruebas\b|\bwelche (?:weiteren )?Untersuchungen\b", _I)
