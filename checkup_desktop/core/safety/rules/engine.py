"""The checker's engine: which rules a card language gets, in which order, and how a text is
judged against them (the hedges, negations, next steps and clause limits that undo a match), plus
the checks that are not one pattern (reassurance with no referral, a disease linked to these
results, a disease in a title, a medicine name).
"""

from __future__ import annotations

import re

from checkup_desktop.core.safety import terms as T
from checkup_desktop.core.safety.rules import (
    alarm,
    certainty,
    diagnosis,
    reassurance,
    treatment,
)
from checkup_desktop.core.safety.rules.reassurance import common as _RC
from checkup_desktop.core.safety.rules.rule import Rule

_I = re.IGNORECASE

# A concrete next step makes frightening words acceptable (the urgent cards' wording).
NEXT_STEP = re.compile(
    r"\btoday\b|right away|straight away|\bimmediately\b|\bemergency\b|\burgent\w*|"
    r"\bcall (?:an ambulance|911|999|112)\b|contact (?:a|your) (?:doctor|clinician|GP)|"
    r"seek (?:medical )?(?:care|help|attention)|\bhoy\b|urgencias|inmediat\w+|cuanto antes|"
    r"\bheute\b|\bsofort\b|Notaufnahme|Notruf|umgehend|今天|立即|立刻|马上|急诊|尽快就医|"
    # 120 as a number of its own, not in "190/120"
    r"尽快联系|(?<![\d/.,])120(?![\d/.,])|\b(?:112|061|116 ?117)\b|\bRettungsdienst\b|\bNotarzt\b|"
    r"\bambulancia\b|\bemergencias\b|"
    # same-day and without-delay wording with a visit or a call ("the same day", "当天就诊",
    # "let your clinician know promptly", "as soon as possible")
    r"\bsame[- ]day\b|\bthis same day\b|\bpromptly\b|\bwithout delay\b|"
    r"as soon as (?:possible|you can)|"
    r"\blet (?:a|your) (?:doctor|clinician|GP|nurse) know\b|当天|当日|今日|即日|第一时间|"
    r"el mismo día|sin demora|lo antes posible|am selben Tag|noch heute|so bald wie möglich|"
    r"unverzüglich",
    _I)
# Words before a term that make it general, negated or a question of checking
_NEGATED_BEFORE = re.compile(
    r"(?:\bnot?\b|n't\b|\bnever\b|\bother than\b|\brule[ds]? out\b|\bwithout\b|\brather than\b|"
    r"\bno\b|\bni\b|\bningún\b|\bnada\b|\bnothing\b|\bnicht\b|\bnichts\b|\bkein\w*\b)"
    r"\W*(?:\w+\W+){0,4}$"
    r"|(?:(?<![是要])不(?!是)|没有|并非|排除|别|勿)[\u4e00-\u9fff]{0,8}$", _I)
# "会不会", "是不是", "要不要", "有没有": a question form, not a negation
_A_NOT_A = re.compile(r"([\u4e00-\u9fff])[不没]\1")


def _negated(before: str) -> bool:
    """Whether the words before a term negate it (a question form such as 会不会 does not)."""
    return bool(_NEGATED_BEFORE.search(_A_NOT_A.sub(r"\1吗", before)))


_MODAL_BEFORE = re.compile(
    r"(?:\bcan\b|\bcould\b|\bmay\b|\bmight\b|\bsometimes\b|\boften\b|\bpossibly\b|"
    r"\bpueden?\b|\bpodría\w*\b|\ba veces\b|\bkann\b|\bkönnen\b|\bkönnte\w*\b|\bmanchmal\b|"
    r"\bmöglicherweise\b|\blooks? for\b|\bchecks? for\b|\btests? for\b|\bscreens? for\b|"
    r"\bwhether\b|\bif\b|\bbusca\w*|\bprüf\w*|\bob\b|\bsi\b)\W*(?:\w+\W+){0,4}$"
    r"|(?:可能|或许|也许|有时|不一定|少数|常|是否|筛查)[\u4e00-\u9fff]{0,6}$", _I)
# A sentence about the person's own results (deictic words) that names a disease with none of
# these hedges reads as a diagnosis: modal verbs, risk, negation, examples, general statements,
# the scan or report as the speaker, a question of checking.
_DEICTIC = re.compile(
    r"\b(?:your|yours|you|these|this|those|such|here|everything|overall|altogether|estos|estas|"
    r"este|esta|su|sus|usted|todo|diese\w*|Ihr\w*|Sie|alles|Gesamtbild)\b"
    r"|这|您|你|结果|指标|数值|情况", _I)
_HEDGE = re.compile(
    r"\b(?:can|could|may|might|possibl[ey]|perhaps|sometimes|risk\w*|chance|not|no|never|nothing|"
    r"nada|nichts|n't|"
    r"without|other than|rule[ds]? out|such as|like|including|for example|e\.g\.|many|most|"
    r"common(?:ly)?|often|usually|some people|whether|if|look\w* for|check\w* for|test\w* for|"
    r"screen\w* for|pued\w+|podría\w*|a veces|riesgo|posible\w*|como|por ejemplo|muchos|muchas|"
    r"frecuentes?|a menudo|suele\w*|si|kann|können|könnte\w*|manchmal|eventuell|Risiko\w*|nicht|"
    # "wenn"/"falls" hedge as "if" does ("Falls sich eine Fettleber bestätigt, …")
    r"kein\w*|wie|etwa|zum Beispiel|viele|häufig|oft|meist\w*|ob|wenn|falls|sofern|scan|"
    r"ultrasound|report|imag\w+|"
    r"informe|imagen|ecografía|Befund|Bildgebung|Ultraschall|described|descrit\w*|beschrieben)\b"
    # "isn't": no word boundary before the n
    r"|n't\b"
    r"|可能|或许|也许|有时|风险|不|没有|排除|比如|例如|如|包括|很多|许多|大多|常见|通常|一般|是否|"
    r"超声|影像|报告|检查显示|描述|因人而异|高危"
    # some of the people with such a result: a general statement, not about this person
    r"|有些|有的|部分人|也有人", _I)
# words that name a kind of problem, not a disease: only with "this/your" do they diagnose
_GENERIC_CONDITION = re.compile(
    r"^(?:infections?|inflammation|diseases?|disorders?|conditions?|problems?|illness(?:es)?|"
    r"tumou?rs?|cysts?|stones?|nodules?|infección|infecciones|inflamación|enfermedad\w*|"
    r"Infektion\w*|Entzündung\w*|Erkrankung\w*|Krankheit\w*|感染|炎症|疾病|肿瘤|囊肿|结节|结石|"
    r"(?:\w+ )?pains?|aches?|fever|cough|fatigue|tiredness|dizziness|nausea|headaches?|dolor\w*|"
    r"breathlessness|shortness of breath|fainting|syncope|palpitations?|swelling|bleeding|"
    r"(?:blood )?clots?|clotting|bruising|"
    r"weakness|numbness|itching|rash|vomiting|diarrh(?:o)?ea|constipation|"
    r"fiebre|Schmerz\w*|Fieber|疼痛|发热|头痛)$",
    _I)
_SENTENCE = re.compile(r"[^.;!?。；？！]+[.;!?。；？！]?")
_HEDGE_WORD = re.compile(r"\b(?:often|usually|sometimes|commonly|mostly|may|can|might|could|"
                         r"a menudo|suele\w*|a veces|oft|häufig|meist\w*|manchmal|kann|können)\b",
                         _I)
_BUT_AFTER = re.compile(r"^[^.;!?。；？！]*(?:\bbut\b|\bpero\b|\baber\b|\bdoch\b|但|不过)", _I)
_UNCERTAIN = re.compile(
    r"\b(?:nobody|no one|cannot|can't|impossible|not possible|nadie|no se puede|no es posible|"
    r"imposible|niemand|nicht möglich|"
    # "kann nicht" only about predicting ("lässt sich nicht vorhersagen", "kann man nicht sicher
    # sagen"), not "kann nicht rückgängig gemacht werden"
    r"lässt sich nicht (?:vorher|voraus|sicher |genau )?(?:sagen|vorhersagen|voraussagen|"
    r"abschätzen|beurteilen)|kann (?:man |Ihnen |ich )?(?:noch )?nicht (?:sicher |genau )?"
    r"(?:sagen|vorhersagen|voraussagen|abschätzen)|no single|no one result|"
    r"can'?t say|cannot say|ningún resultado|kein einzelner)\b|谁也|无法|不能|说不清|单凭", _I)
# general statements ("many need no treatment", "往往并不严重") are not dismissal
_GENERIC_BEFORE = re.compile(
    r"(?:\bmany\b|\bmost\b|\bsome\b|\boften\b|\busually\b|\bcommonly\b|\bmuch[oa]s\b|"
    r"\ba menudo\b|\bsuele\w*|\bviele\b|\boft\b|\bmeist\w*|\bmanche\w*|"
    # how often, in general ("such cysts are frequently nothing serious"); not "normally",
    # which also tells this person what to skip ("normalmente no hace falta hacer más pruebas")
    # within the clause: a premise's "viele" does not hedge the verdict after its comma
    r"\bfrequently\b|\bcon frecuencia\b|\bfrecuentemente\b|\bhäufig\b)[^\w,;:]*(?:\w+[^\w,;:]+){0,2}$"
    r"|(?:通常|一般|往往|很多|许多|大多|多数|有些|常常)[\u4e00-\u9fff]{0,6}$", _I)
# inside the words between a cue and the disease name: a negation or a modal undoes the hint
_HEDGE_IN_GAP = re.compile(
    r"\b(?:not|nicht|no|kein\w*|whether|if|ob|si|may|might|could|can|puede\w*|podría\w*|kann|"
    r"können|könnte\w*)\b|不|未|是否|可能", _I)
# a choice the clinician makes ("helps decide whether ... or a needle test") is not advice
_CHOICE_BEFORE = re.compile(
    r"(?:\bwhether\b|\bdecid\w+|\bdecidir\b|\bsi\b|\bob\b|\bentscheid\w*|决定|是否|还是)[^.;。；]*$",
    _I)
_SCAN_BEFORE = re.compile(
    r"(?:\bscans?\b|\bultrasound\b|\breport\b|\btracing\b|\bECG\b|\bx-ray\b|\bCT\b|\bMRI\b|"
    r"\bimag\w+\b|\bmammogra\w+\b|\binforme\b|\becografía\b|\bimagen\b|\bBefund\b|"
    r"\bBildgebung\b|\bUltraschall\b|\bEKG\b)\W*(?:\w+\W+){0,3}$"
    r"|(?:超声|B超|彩超|影像|报告|检查|心电图|X线|胸片|磁共振)[\u4e00-\u9fff]{0,4}$", _I)
_SCAN_AFTER = re.compile(
    r"^\W*(?:\w+\W+){0,2}(?:seen|noted|found|shown|described|reported|vist\w+|descrit\w+|"
    r"gesehen|beschrieben)\b|^\W*(?:\w+\W+){0,5}(?:scan|ultrasound|report|x-ray|imaging|imagen|"
    r"ecografía|informe|Befund|Bildgebung|Ultraschall|ECG|EKG|tracing|electrocardiograma)\b", _I)

# between "my" and a disease name: at most two words, none of them "risk", "test", ...
_PRESUME_GAP = re.compile(r"^\s*(?:(?![^\s]*(?:risk|chance|odds|sign|test|screen|family|history|"
                          r"riesgo|Risiko|风险|可能|是否))[^\s.,;?]+\s+){0,2}\S*$", re.I)
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
    # "no hace falta estar en ayunas" is about getting ready for a test
    r"not worth|doesn'?t count|does not count|no need|needn'?t|skip|ignore|(?<!easy to )forget|"
    r"tick (?:it|this|that|this one) off|irrelevant|unimportant|nobody (?:gets|is) treated|bueno|"
    # "ruido" as "just noise", not "la exposición al ruido", "ruido laboral"
    r"(?<!al )(?<!del )(?<!de )ruido(?! (?:laboral|ambiental|intenso|fuerte))|inofensiv\w+|"
    r"sin importancia|no merece|no hace falta(?! (?:estar en ayunas|ayunar))|"
    # "su colesterol está bien" (not "está bien comentarlo", "si usted está bien")
    r"(?<!\bsi )(?<!usted )están? bien(?!\s+(?:que|\w+(?:ar|er|ir)(?:lo|la|los|las|le|les|se)?)\b)|"
    r"da igual|in Ordnung|nichts(?! (?:Sicheres|Genaues|Bestimmtes|Eindeutiges))"
    + _NOT_A_VERDICT + r"|Rauschen|"
    r"harmlos|abhaken|lohnt sich (?:nicht|kein)|unwichtig|no hay nada" + _NOT_A_VERDICT
    + r")\b|没事|没必要|干扰|无害|"
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


def _refers(text: str) -> bool:
    """Whether the text names a clinician, visit or discussion outside a mere concession."""
    kept = _NOTING_CONCESSION.sub(
        lambda m: m.group(0) if _PLANS_STEP.search(m.group(0)) else " ", text)
    return bool(_REFERRAL.search(kept))


_HAVE_Q_MORE = re.compile(r"\bich\b(?:\s+\w+){1,3}\s+habe\b|\bi know i have\b|\bsé que tengo\b|"
                          r"\bi (?:already |still )?have\b|\bya tengo\b|\bbekannte[nm]?\b|我已有的|"
                          r"我已经有的|我原有的", _I)


# The order the rules are applied in, per language, as runs of (category module, how many of its
# rules, in its own order): the order a text's reasons are listed in, as it was when the rules
# were one list. A category's rules beyond the runs come after, category by category.
_MODULES = {"diagnosis": diagnosis, "treatment": treatment, "reassurance": reassurance,
            "alarm": alarm, "certainty": certainty}
_ORDER = {
    "en": (("diagnosis", 12), ("treatment", 16), ("reassurance", 3), ("alarm", 3), ("certainty", 2),
           ("treatment", 3), ("reassurance", 1), ("alarm", 1), ("diagnosis", 1), ("alarm", 1),
           ("certainty", 1), ("reassurance", 1), ("diagnosis", 1), ("treatment", 1),
           ("certainty", 2), ("reassurance", 1), ("alarm", 1), ("diagnosis", 1), ("treatment", 1),
           ("certainty", 3), ("reassurance", 1), ("alarm", 1), ("certainty", 1), ("alarm", 1),
           ("treatment", 2), ("diagnosis", 1), ("reassurance", 1), ("alarm", 1), ("treatment", 1),
           ("reassurance", 1), ("alarm", 1), ("certainty", 1), ("treatment", 1), ("reassurance", 2),
           ("alarm", 1), ("reassurance", 1), ("alarm", 1), ("diagnosis", 1), ("treatment", 1),
           ("reassurance", 1), ("alarm", 5), ("certainty", 1), ("alarm", 1), ("treatment", 1),
           ("reassurance", 1), ("alarm", 1), ("diagnosis", 1), ("treatment", 2), ("certainty", 1),
           ("reassurance", 1), ("certainty", 1), ("reassurance", 1), ("alarm", 1), ("diagnosis", 1),
           ("treatment", 1), ("certainty", 1), ("treatment", 1), ("diagnosis", 2), ("treatment", 1),
           ("diagnosis", 2), ("certainty", 1)),
    "zh": (("diagnosis", 7), ("treatment", 8), ("reassurance", 1), ("alarm", 1), ("certainty", 2),
           ("treatment", 1), ("reassurance", 1), ("alarm", 1), ("diagnosis", 1), ("alarm", 1),
           ("certainty", 1), ("reassurance", 1), ("certainty", 1), ("reassurance", 1), ("alarm", 1),
           ("treatment", 1), ("diagnosis", 2), ("treatment", 1), ("reassurance", 1), ("alarm", 1),
           ("treatment", 1), ("certainty", 1), ("treatment", 1), ("diagnosis", 1),
           ("reassurance", 1), ("alarm", 1), ("certainty", 1), ("alarm", 1), ("treatment", 2),
           ("alarm", 1), ("certainty", 1), ("treatment", 1), ("diagnosis", 1)),
    "es": (("diagnosis", 6), ("treatment", 10), ("reassurance", 1), ("alarm", 1), ("certainty", 1),
           ("treatment", 2), ("reassurance", 1), ("alarm", 1), ("diagnosis", 1), ("alarm", 1),
           ("certainty", 1), ("reassurance", 1), ("treatment", 1), ("reassurance", 1),
           ("diagnosis", 1), ("certainty", 1), ("reassurance", 1), ("alarm", 1), ("treatment", 1),
           ("diagnosis", 1), ("treatment", 2), ("reassurance", 1), ("diagnosis", 1),
           ("certainty", 1), ("treatment", 1), ("diagnosis", 1), ("reassurance", 1), ("alarm", 1),
           ("reassurance", 1), ("alarm", 1), ("certainty", 1), ("treatment", 2), ("reassurance", 1),
           ("alarm", 1), ("diagnosis", 1)),
    "de": (("diagnosis", 6), ("treatment", 9), ("reassurance", 1), ("alarm", 1), ("certainty", 1),
           ("treatment", 1), ("reassurance", 1), ("alarm", 1), ("diagnosis", 1), ("alarm", 1),
           ("certainty", 1), ("reassurance", 1), ("treatment", 1), ("reassurance", 1),
           ("diagnosis", 1), ("certainty", 1), ("reassurance", 1), ("alarm", 1), ("treatment", 1),
           ("diagnosis", 1), ("treatment", 2), ("reassurance", 1), ("diagnosis", 1), ("alarm", 1),
           ("certainty", 1), ("treatment", 1), ("diagnosis", 1), ("reassurance", 1), ("alarm", 1),
           ("reassurance", 1), ("alarm", 1), ("certainty", 1), ("treatment", 2), ("reassurance", 1),
           ("alarm", 1), ("treatment", 1), ("diagnosis", 1)),
}


def _in_order(lang: str) -> list[Rule]:
    lists = {name: list(getattr(module, lang.upper())) for name, module in _MODULES.items()}
    out: list[Rule] = []
    for name, count in _ORDER[lang]:
        run, lists[name] = lists[name][:count], lists[name][count:]
        if len(run) != count:
            raise ValueError(f"_ORDER[{lang!r}] wants more {name} rules than there are")
        out += run
    for rest in lists.values():
        out += rest
    return out


BY_LANG = {lang: _in_order(lang) for lang in _ORDER}



def rules_for(lang: str) -> list[Rule]:
    """The card language's rules, plus the English ones (a model may answer in English) and the
    Chinese ones (they only match Chinese script); German leaves out English "die"."""
    out = list(BY_LANG.get(lang, [])) + (BY_LANG["en"] if lang != "en" else [])
    if lang != "zh":
        out += BY_LANG["zh"]
    if lang == "de":
        out = [r for r in out if r.rx.pattern != r"\bdie\b"]
    return out


# "Which type of hepatitis do I have?": the question takes the disease as given
_HAVE_Q = re.compile(r"\b(?:do|did) i (?:have|get)\b|\bhave i (?:got|had)\b|\bi(?:'ve| have) got\b|"
                     r"\btengo\b|\bpadezco\b|\bhabe ich\b|\bhab ich\b|我得的|我有的|我患的|我得了",
                        _I)
# what ends a clause (and starts the next)
_CLAUSE_MARK = re.compile(r"[.;!?。；？！]")
_MODAL_WORD = re.compile(r"\b(?:can|could|may|might|pued\w+|podr\w+|kann|können|könnte\w*)\b|可能",
                         _I)


def _condition_follows(text: str, end: int, gap: int, conds: list[T.Term]) -> T.Term | None:
    stop = _CLAUSE_MARK.search(text, end)
    limit = min(end + (gap if gap > 0 else 30), stop.start() if stop else len(text))
    for c in conds:
        if end <= c.start < limit:
            if gap < 0 and not _PRESUME_GAP.match(text[end:c.start] + "x"):
                continue
            return c
    return None


# a medicine's level in the blood is a test ("lithium level", "nivel de litio", "地高辛血药浓度"):
# the name is the measured result, not advice to take it
_LEVEL_AFTER = re.compile(r"\s*(?:(?:blood|serum|plasma|trough)\s+)?(?:levels?|concentrations?|"
                          r"Spiegel\w*|Konzentration\w*|Blutspiegel\w*)\b|\s*(?:血药浓度|血药水平|"
                          r"血浓度|的?(?:浓度|水平|含量))", re.IGNORECASE)
_LEVEL_BEFORE = re.compile(r"(?:\bnivel(?:es)?|\bconcentración|\bKonzentration|\bSpiegel)\s+"
                           r"(?:\w+\s+){0,2}?(?:de|del|von|an)\s+(?:la\s+|el\s+)?$", re.IGNORECASE)


def violations(text: str, kind: str, lang: str, *, trusted: bool = False
               ) -> list[tuple[str, str]]:
    """(category, reason) for every rule `text` breaks. `trusted`: knowledge-base text, whose
    disease names (a finding's name in a title) come from the reviewed knowledge base; only the
    constructions around them are judged."""
    out: list[tuple[str, str]] = []
    conds = T.conditions(text, lang)
    next_step = bool(NEXT_STEP.search(text))
    specific = [c for c in conds if not _GENERIC_CONDITION.match(c.text)]
    for rule in rules_for(lang):
        if kind not in rule.kinds:
            continue
        for m in rule.rx.finditer(text):
            before = text[max(0, m.start() - 40):m.start()]
            if (rule.unless_negated or rule.weak or rule.condition_after) and \
                    _negated(before):
                continue
            if rule.unless_modal and (_MODAL_BEFORE.search(before) or _GENERIC_BEFORE.search(before)
                                      or _HEDGE_WORD.search(m.group(0))
                                      or _MODAL_WORD.search(_CLAUSE_MARK.split(
                                          text[:m.start()])[-1])):
                continue
            if rule.unless_hedged and (_GENERIC_BEFORE.search(before)
                                       or _BUT_AFTER.search(text[m.end():m.end() + 80])):
                continue
            if rule.unless_uncertain and _UNCERTAIN.search(text):
                continue
            if rule.unless_choice and _CHOICE_BEFORE.search(text[:m.start()]):
                continue
            if rule.unless_next_step and next_step:
                continue
            if rule.weak and (_MODAL_BEFORE.search(before) or _SCAN_BEFORE.search(before)
                              or kind == "question"):
                continue
            shown = m.group(0).strip()
            if rule.condition_after:
                c = _condition_follows(text, m.end(), rule.gap, specific if rule.specific
                                       else conds)
                if c is None or (rule.weak and _HEDGE_IN_GAP.search(text[m.end():c.start])):
                    continue
                shown = f"{shown} … {c.text}"
            out.append((rule.category, f"{rule.why}: {shown!r}"))
            break
    presumed = _HAVE_Q.search(text) or _HAVE_Q_MORE.search(text)
    if kind == "question" and specific and presumed and not any(
            cat == "diagnosis" for cat, _ in out):
        out.append(("diagnosis", f"presumes a diagnosis: {specific[0].text!r}"))
    # reassurance with no clinician, visit or discussion in the whole text
    if kind == "explanation" and not trusted and not any(cat == "dismissal" for cat, _ in out):
        m = _REASSURE.search(text)
        if m and not _refers(text):
            before = text[max(0, m.start() - 40):m.start()]
            if not (_negated(before) or _GENERIC_BEFORE.search(before)):
                out.append(("dismissal", f"reassures without a next step: {m.group(0)!r}"))
    # a sentence about these results that names a disease without any hedge
    if kind == "explanation" and not trusted and not any(cat == "diagnosis" for cat, _ in out):
        for sent in _SENTENCE.finditer(text):
            inside = [c for c in conds if sent.start() <= c.start < sent.end()]
            body = sent.group(0)
            specific = [c for c in inside if not _GENERIC_CONDITION.match(c.text)]
            if ((specific or (inside and _DEICTIC.search(body))) and not _HEDGE.search(body)
                    and not NEXT_STEP.search(body)):
                out.append(("diagnosis", "links these results to a disease: "
                                         f"{inside[0].text!r}"))
                break
    # a title names the issue (a test, a result), never a disease, unless it says the scan or
    # report describes it
    if kind == "title" and not trusted:
        for c in conds:
            if _SCAN_BEFORE.search(text[:c.start]) or _SCAN_AFTER.search(text[c.end:]):
                continue
            out.append(("diagnosis", f"names a condition in the title: {c.text!r}"))
            break
    for d in T.drugs(text, lang):
        before = text[max(0, d.start - 40):d.start]
        if _negated(before) or _LEVEL_AFTER.match(text, d.end) or _LEVEL_BEFORE.search(before):
            continue
        out.append(("treatment", f"names a medicine: {d.text!r}"))
        break
    return out
