"""The words around a match that undo it: negations ("not", "kein", "不"), modal verbs and
general statements ("can", "many", "一般"), hedges that make a disease name a possibility,
uncertainty ("nobody can say"), a choice the clinician makes. The engine asks these before it
counts a rule's match.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# Words before a term that make it general, negated or a question of checking
_NEGATED_BEFORE = re.compile(
    r"(?:\bnot?\b|n't\b|\bnever\b|\bother than\b|\brule[ds]? out\b|\bwithout\b|\brather than\b|"
    r"\bno\b|\bni\b|\bningún\b|\bnada\b|\bnothing\b|\bnicht\b|\bnichts\b|\bkein\w*\b)"
    # up to four words within the clause: a comma ends the negation ("Das ist nicht selten, und
    # es ist harmlos") unless it comes right after it ("bedeutet nicht, dass Sie …") or closes a
    # short aside ("not, as such, a sign of …")
    r"(?:[^\w,]*,(?:[^\w,]*\b\w+){1,3}[^\w,]*(?=,))?[^\w,]*,?[^\w,]*(?:\w+[^\w,]+){0,4}$"
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
    r"informe|imagen|ecografía|Befund|Bildgebung|Ultraschall|described|descrit\w*|beschrieben|"
    # what the report noted ("Im EKG ist ein Vorhofflimmern vermerkt")
    r"vermerkt|noted|anotad\w+)\b"
    # "isn't": no word boundary before the n
    r"|n't\b"
    r"|可能|或许|也许|有时|风险|不|没有|排除|比如|例如|如|包括|很多|许多|大多|常见|通常|一般|是否|"
    r"超声|影像|报告|检查显示|描述|因人而异|高危"
    # some of the people with such a result: a general statement, not about this person
    r"|有些|有的|部分人|也有人"
    # causes listed both ways ("原因既有肿瘤性的，也有…非肿瘤性的")
    r"|既有|多种原因|原因很多", _I)
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
    r"can'?t say|cannot say|ningún resultado|kein einzelner|"
    # the result does not foretell it ("no predice por sí solo si tendrá", "does not predict")
    r"(?:does not|doesn't|cannot|can't) (?:\w+ )?predict|no (?:permite )?predec\w*|no predice|"
    r"sagt (?:\w+ )?nicht (?:\w+ )?voraus)\b|谁也|无法|不能|说不清|单凭|"
    r"没有人|没人能|仅凭|光凭|单靠|难以预测|无从", _I)
# general statements ("many need no treatment", "往往并不严重") are not dismissal
_GENERIC_BEFORE = re.compile(
    r"(?:\bmany\b|\bmost\b|\bsome\b|\boften\b|\busually\b|\bcommonly\b|\bmuch[oa]s\b|"
    r"\ba menudo\b|\bsuele\w*|\bviele\b|\boft\b|\bmeist\w*|\bmanche\w*|"
    # how often, in general ("such cysts are frequently nothing serious"); not "normally",
    # which also tells this person what to skip ("normalmente no hace falta hacer más pruebas")
    # within the clause: a premise's "viele" does not hedge the verdict after its comma
    r"\bfrequently\b|\bcon frecuencia\b|\bfrecuentemente\b|\bhäufig\b|"
    # "some" of them in general ("algunas infecciones desaparecen por sí solas"); "sometimes"
    # as "often" ("sometimes settles again", "有时会自行回落")
    r"\balgun[oa]s\b|\beinige\b|\bsometimes\b|\ba veces\b|\bmanchmal\b)"
    # "and", "so" start the verdict after the premise ("kommt häufig vor und muss Sie nicht
    # weiter beschäftigen", "is common, so no need to …")
    r"[^\w,;:]*(?:(?!(?:and|und|y|so|also|daher|deshalb|therefore|así que|por eso)\b)"
    r"\w+[^\w,;:]+){0,2}$"
    r"|(?:通常|一般|往往|很多|许多|大多|多数|有些|常常)[\u4e00-\u9fff]{0,6}$"
    r"|有时(?:候)?[\u4e00-\u9fff]{0,8}$", _I)
# "一般不用专门去看医生", "通常不必复查": "usually" before "no need to" see a doctor or
# recheck tells this person which step to skip ("通常不需要担心" stays general); only the
# people-words ("很多人不需要治疗") make that general
_ADVERB_ZH = re.compile(r"(?:通常|一般|往往|常常)[\u4e00-\u9fff]{0,6}")
_NEED_NOT_ZH = re.compile(r"(?:不用|不必|无需|没必要|没有必要|不需要|用不着)[^。，,；]{0,6}?"
                          r"(?:医生|医院|复查|复诊|就诊|随访|再查|专门|特意|跑一趟)")


def _generic(before: str, matched: str = "") -> bool:
    """Whether the words before a match make it a general statement."""
    g = _GENERIC_BEFORE.search(before)
    if g and _NEED_NOT_ZH.match(matched) and _ADVERB_ZH.fullmatch(g.group(0)):
        return False
    return bool(g)
# inside the words between a cue and the disease name: a negation or a modal undoes the hint
_HEDGE_IN_GAP = re.compile(
    r"\b(?:not|nicht|no|kein\w*|whether|if|ob|si|may|might|could|can|puede\w*|podría\w*|kann|"
    r"können|könnte\w*)\b|不|未|是否|可能", _I)
# a choice the clinician makes ("helps decide whether ... or a needle test") is not advice
_CHOICE_BEFORE = re.compile(
    r"(?:\bwhether\b|\bdecid\w+|\bdecidir\b|\bsi\b|\bob\b|\bentscheid\w*|决定|是否|还是)[^.;。；]*$",
    _I)
# an indirect question after tell/decide/see/know is no prediction and no verdict ("your
# clinician will tell you whether it will settle", "Su médico le dirá si el valor acabará
# normalizándose", "kann Ihnen sagen, ob sich der Wert normalisieren wird", "医生会告诉您是否会
# 自行恢复"): the words between the question word and the match stay short
_INDIRECT_Q = re.compile(
    r"\b(?:tell|tells|told|decide\w*|see|sees|know|knows|say|says|judge\w*|assess\w*|find out|"
    r"work out|explain\w*|check\w*|dirá|decir\w*|decid\w+|sab\w+|ver(?:á|emos)?|valor\w+|"
    r"comprob\w+|explic\w+|sagen|sieht|sehen|wissen|weiß|entscheid\w*|beurteil\w*|prüf\w*|"
    r"erklär\w*|klär\w*)\b[^.;!?]{0,25}?\b(?:whether|if|si|ob)\b[^.;!?]{0,60}$"
    r"|(?:告诉|决定|判断|看看|知道|评估|确定|说明|解释|判定)[^。；？！]{0,15}?(?:是否|会不会|能不能|"
    r"能否|是不是|有没有)[^。；？！]{0,30}$", _I)
# the clinician's judgement kept as the condition ("If your clinician agrees no action is
# needed, …", "Si su médica considera que no hace falta tratarlo", "Falls Ihre Ärztin findet,
# dass keine Behandlung nötig ist", "如果医生认为暂时不需要处理"): no dismissal of the app's own
_CLINICIAN_JUDGES = re.compile(
    r"(?<!even )(?<!aun )(?<!auch )\b(?:if|once|when|si|cuando|una vez que|wenn|falls|sobald)\s+"
    r"(?:\w+\s+){0,2}?(?:clinician|doctor|GP|médic[oa]|doctora|Arzt|Ärztin|Praxis)\b[^.;!?]{0,30}?"
    r"\b(?:agree\w*|think\w*|decide\w*|consider\w*|find\w*|feel\w*|judge\w*|confirm\w*|says?|"
    r"considera\w*|decid\w+|cree|opina|está de acuerdo|confirm\w+|dice|zustimm\w*|stimmt|findet|"
    # the match inside what the clinician judges, not after the if-clause ("If your doctor
    # agrees, you can ignore it" still dismisses)
    r"meint|entscheid\w*|bestätigt|hält|sagt)\b(?:\s*,\s*(?:dass|that|que)\b)?[^.;!?,]{0,80}$"
    r"|(?<!即使)(?<!就算)(?:如果|若|要是|一旦)医生[^。；？！，]{0,6}?(?:同意|认为|判断|觉得|确认|决定)"
    r"[^。；？！，,]{0,30}$", _I)
# what is not needed is paperwork, not the step ("A referral is not needed for the repeat test",
# "No hace falta derivación para repetir", "Eine Überweisung ist … nicht nötig", "不需要转诊")
# ("a referral to the eye clinic" is the step itself)
_PAPERWORK = re.compile(r"\b(?:referral(?: letter| form)?|volante|derivación|Überweisung\w*)\b"
                        r"(?!\s+(?:to|a|al|an|zu[rm]?|in)\b)|转诊|介绍信", _I)
_PAPERWORK_AND = re.compile(r"\b(?:and|or|y|o|und|oder|but|pero|aber|denn|because|porque)\b|和|或|"
                            r"也|但|因为", _I)

# "sometimes" right before a forecast makes it a general statement ("ALT sometimes comes back
# down on its own", "有时会在一段时间后自行回落", "a veces vuelve", "manchmal normalisiert sich")
_SOMETIMES = re.compile(r"\b(?:sometimes|occasionally|a veces|en ocasiones|manchmal|"
                        r"gelegentlich)\W+(?:\w+\W+){0,3}$|有时(?:候)?[\u4e00-\u9fff]{0,8}$", _I)
# a warning against the dismissal ("请不要自行把它当作化验误差", "don't assume it is just a lab
# error", "no lo atribuya a un error", "nicht vorschnell als Messfehler abtun"); not "don't
# worry, it is harmless"
_WARNS_OFF = re.compile(
    r"(?:请不要|不要|别|切勿|请勿|不宜|不应)(?!担心|紧张|害怕|着急|慌|在意)[\u4e00-\u9fff]{0,8}$"
    r"|\b(?:don'?t|do not|never|avoid)\s+(?:just |simply |automatically )?(?:assume|treat|"
    r"dismiss|write|put|regard|think|conclude|blame|take)\w*\b[^.;,!?]{0,40}$"
    r"|\bno (?:lo |la |le )?(?:atribuya|considere|tome|descarte|asuma|piense|dé por)\w*\b"
    r"[^.;,!?]{0,40}$"
    r"|\bnicht (?:einfach |vorschnell |gleich )?(?:als|für)\s+(?:\w+\s+){0,2}$", _I)
# the clinician as the subject of "will" ("医生会根据…告诉您", "your doctor will look at")
_CLINICIAN_SUBJECT = re.compile(r"(?:医生|大夫|医师)(?:通常|一般|之后|随后|届时)?$|\b(?:clinician|"
                                r"doctor|GP|nurse|specialist|médic[oa]|Arzt|Ärztin)\s+$", _I)
