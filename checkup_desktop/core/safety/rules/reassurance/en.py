"""The reassurance rules for English cards, in the order they apply
(engine.py interleaves the categories)."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.reassurance.common import (
             _CHECK_DE,
             _NO_RUSH_AFTER,
             _NO_STEP_AFTER,
             _NO_VISIT_AFTER,
             _NOT_ALWAYS,
             _OWN_CLAUSE,
             _OWN_CLAUSE_H,
             _STEP_CONCESSION,
             _rule,
)
from checkup_desktop.core.safety.rules.rule import ALL, QUESTION, STATEMENT, TITLE

# Hedge words that may not fill the gap between a verb and a verdict ("is often harmless")
_HEDGE_EN = (r"(?:often|usually|generally|mostly|sometimes|frequently|commonly|typically|"
             r"probably|likely|possibly|perhaps|may|might|can|could) ")

# What a question may take for granted or lead towards: the result called harmless, nothing,
# unimportant or safe to put off (used with "since ...", "..., right?" and their kin).
_Q_CLAIM_EN = (r"(?:harmless|benign|innocuous|(?:is|'s|means) (?:really )?nothing|"
               r"nothing (?:serious|important|to worry about)|no (?:big )?(?:deal|problem|concern)|"
               r"not (?:a |an )?(?:problem|issue|concern|serious|important|worth)|"
               r"(?:is|'s|are) (?:\w+ )?fine|(?:does|do)(?:n'?t| not) (?:really )?matter|"
               r"unimportant|insignificant|trivial|normal for (?:my|your|our) age|"
               r"can (?:safely |easily )?wait|(?:a |an )?(?:lab(?:oratory)? )?(?:fluke|glitch)|"
               r"(?:just|only|simply) (?:a |an )?(?:lab(?:oratory)? |measurement )?(?:error|"
               r"mistake)|(?:unnecessary|pointless|superfluous|overkill)|(?:does|do|will)(?:n'?t| "
               r"not) (?:really )?(?:affect|harm|impact) (?:my |your )?health)")

_Q_CLAIM_ES = (r"(?:inofensiv\w*|inocu\w*|benign\w*|no es (?:nada|grave|importante|preocupante)|"
               r"nada (?:grave|importante|serio)|sin (?:ninguna )?(?:importancia|relevancia)|"
               r"no (?:tiene|tienen) (?:ninguna )?importancia|no importa|ningún problema|"
               r"normal (?:para|a) (?:mi|su|tu) edad|puede esperar|(?:solo|sólo|simplemente) "
               r"(?:un )?error|innecesari[oa]s?|no (?:afecta|afectará|perjudica) (?:a )?(?:mi|su) "
               r"salud)")

_Q_CLAIM_DE = (r"(?:harmlos\w*|unbedenklich\w*|ungefährlich\w*|gutartig\w*|nichts Ernst\w*|"
               r"nichts (?:Schlimmes|Bedenkliches|Besorgniserregendes|Gefährliches|Wildes)|"
               r"nicht (?:schlimm|wichtig|gefährlich|ernst)|kein (?:Problem|Grund zur Sorge)|"
               r"egal|belanglos|unwichtig|normal für mein Alter|in meinem Alter normal|"
               r"(?:kann|können) (?:\w+ )?warten|(?:nur|bloß|einfach) (?:ein )?(?:Labor|Mess)?"
               r"fehler|überflüssig|unnötig|entbehrlich|(?:schadet|beeinträchtigt) (?:meiner|meine|"
               r"der|die) Gesundheit nicht|nicht gesundheitsschädlich)")

_Q_CLAIM_ZH = (r"(?:良性|无害|无碍|没(?:什么|啥)?(?:大碍|关系|问题|事)|不要紧|不重要|不严重|"
               r"不算(?:什么|是)?(?:大)?(?:问题|事)|不算什么|无所谓|小事|小问题|正常现象|"
               r"(?:不用|不必|不需要|无需|可以不|没必要)(?:再|重新|专门|特意|为此|去|抽血){0,3}(?:查|复查|管|处理|"
               r"看|去|检测|化验|抽血)|"
               r"(?:明年|下次|以后|过段时间)[\u4e00-\u9fff]{0,6}再(?:说|看|查|复查)|"
               r"(?:只是|就是|不过是)(?:化验|检验|检测|测量|实验室)?误差|(?<!会)不(?:会)?影响(?:身体)?健康)")

EN = [
    _rule(r"\bnothing to (?:worry|be (?:worried|concerned)|fear) about\b|\bno (?:need|"
          r"reason) to (?:worry|be concerned|see|consult|visit|contact|check|recheck|repeat|"
          r"follow|do anything|bother|act)\b|\bdon'?t (?:worry|bother)\b|\bdo not (?:worry|"
          r"bother)\b|\bno cause for (?:concern|alarm)\b" + _NO_STEP_AFTER + r"|\bof no (?:\w+ )?"
          r"(?:significance|importance|concern)\b|\b(?:always|completely|totally|entirely|perfectly|"
          r"absolutely) (?:harmless|normal|fine|benign|safe)\b|\b(?:can|may|could) (?:safely |"
          r"just |simply )?(?:ignore|skip|disregard|forget about)\b|"
          r"(?<!n't )(?<!not )(?<!never )\bignore (?:it|this|them|the result)\b|\brest assured\b|"
          r"\bno (?:action|follow-up|treatment|further tests?) (?:is )?(?:needed|required|"
          r"necessary)\b|\bnormal for (?:your|someone your|a person your|people your|"
          r"people of your) age\b|\b(?:this|it|that|these results?|the result|your result|"
          r"this result) (?:is|are|'s) (?:completely |totally |entirely |perfectly |quite |"
          r"just )?(?:harmless|nothing(?! (?:that |which )?(?:\w+ )?(?:needs?|requires?|calls? for)"
          r" (?:\w+ )?(?:urgent|immediate|emergency))|fine(?! to\b)|not a problem|not important|"
          r"insignificant|not a concern|irrelevant)\b|\bnothing to worry\b|\bharmless result\b",
          kinds=ALL, unless_hedged=False),
    _rule(r"\b(?:does not|doesn't|won't|will not) matter\b|\bnot (?:important|serious|"
          r"significant|relevant)\b|\bnothing serious\b" + _STEP_CONCESSION
          + r"|\bno point (?:in )?\w+ing\b|\b(?:a |just a )?(?:lab|laboratory|measurement) error\b|"
          r"\b(?:be )?(?:safely )?ignored\b|"
          r"\b(?:do not|don't|doesn't|does not|no) need (?:to )?(?:follow|repeat|recheck|"
          r"re-?test|check|see|worry|do anything|act|treat|be (?:followed|checked|seen|repeated|"
          r"treated))\w*\b|\bneeds? no (?:follow-up|treatment|action|further)\b|\btrivial\b|"
          r"\bfluke\b|\bnot worth\b(?! (?:waiting|the wait|delaying|the risk))|\bno reason to\b|"
          r"\bdon'?t lose (?:any )?sleep\b|\bnever needs?\b|\bno follow-?up\b|\ball fine\b|"
          r"\bnothing to see\b|\bno big deal\b|\bminor issue\b",
          unless_choice=True),
    _rule(r"\b(?:sort|clear|fix|settle|resolve)\w* (?:this |it |itself )?(?:out |"
          r"up )?(?:on its own|by itself)\b|\bgo(?:es)? away (?:on its own|by itself)\b"
          + _NOT_ALWAYS, unless_modal=True),
    _rule(r"\bnon-?issue\b|\bnot an issue\b|\b(?:no|not a) problem\b|\btrust me\b|"
          r"\bleave (?:this|it) alone\b|\bforget about\b|\bnever needs? (?:checking|testing|"
          r"follow)"),
    _rule(r"\bit(?:'s| is) (?:just )?nothing\b|\bjust tell you\b|\b(?:bother|trouble|"
          r"waste)\w* (?:\w+ )?(?:your |the )?(?:doctor|gp|clinician|time)\b"),
    _rule(r"\b(?:high|low|raised|elevated|abnormal)\w* (?:\w+ ){0,2}(?:is|are) (?:perfectly |"
          r"quite |totally |completely )?normal\b"),
    _rule(r"\bread (?:anything|too much) into\b|\bwouldn'?t (?:worry|bother)\b|\bnothing in it\b"),
    _rule(r"\bnever (?:matters|important|significant|relevant|a (?:concern|problem|worry))\b",
          unless_hedged=False),
    _rule(r"\bignor\w*\b",
          unless_negated=True, unless_hedged=False),
    # "doctors don't even look at this": the clinician's attention talked down
    _rule(r"\b(?:doctors?|gps?|clinicians?|médicos?|Ärzte|Ärztinnen)\b[^.;]{0,30}(?:\bdon'?t|"
          r"\bdo not\b|\bnever\b|\bwon'?t\b|\bni siquiera\b|\bnunca\b|\bnicht einmal\b|\bnie\b|"
          r"\bkaum\b)|医生[\u4e00-\u9fff]{0,6}(?:不会看|不看|不在意|不当回事|懒得)",
          unless_hedged=False),
    _rule(r"\bmeaningless\b|\btoo strict\b|\bno significa nada\b|\bdemasiado estricto\b|"
          r"\bbedeutet (?:also |eigentlich )?nichts\b|\bzu streng\b|没有意义|毫无意义|太严",
          unless_negated=True, unless_hedged=False),
    _rule(r"\bforget (?:it|this|that|them)\b|\bolvíd\w+|\bolvidar\w*|\bvergessen Sie\b(?! nicht)|"
          r"\b(?:lab|test) (?:quirk|glitch|fluke)\b|\bquirk\b|\bglitch\b|别管|不用管它|"
          r"忘了(?:它|吧)",
          unless_negated=True, unless_hedged=False),
    # ("your clinician will tell you if it can be left alone" is the clinician's choice)
    _rule(r"\bto be expected\b|\bleave it be\b|" + _OWN_CLAUSE + r"\bcan be left(?: alone)?\b",
          unless_choice=True),
    _rule(r"\bsecond thought\b|\bkeine Gedanken\b|\bnot give it a thought\b"),
    _rule(r"\b(?:no|not a single|not one) (?:doctor|gp|clinician|specialist)s?\b|"
          r"\bningún médico\b|\bkein(?:e)? (?:Arzt|Ärztin)\b|没有医生|没有哪个医生",
          unless_hedged=False),
    _rule(r"\b(?:would|will|do|does)(?:n'?t| not) (?:even )?flag\b|\bni siquiera marc\w+|"
          r"\b(?:gar|nicht einmal) (?:nicht )?markier\w+|不会标出|不会标记|不会标红",
          unless_hedged=False),
    # putting the check off to the next routine check-up or next year is a verdict: no hurry
    # (a clinician, the report or a hedge in the clause makes it their call)
    _rule(_OWN_CLAUSE + r"(?:(?:\b(?:can|could|will|may) (?:(?!not\b)\w+ )?(?:safely |easily |"
          r"comfortably |happily |just )?(?:wait|be (?:put off|postponed|deferred|left))|\b(?:hold|"
          r"put) off\b|\b(?:postpone|defer|delay|leave)\w*\b)[^.;:?]{0,30}?\b(?:until|till|to|for)"
          r" (?:your |the |a )?(?:next|yearly|annual|routine|regular|following)\b|\b(?:fine|"
          r"ok(?:ay)?|safe|enough|sufficient|alright|all right) (?:just )?to (?:re-?check|re-?test|"
          r"repeat|check|look again|wait|leave)\b[^.;]{0,40}?\b(?:next year|in a year|"
          r"a year's time|(?:next|yearly|annual|routine) (?:check-?up|physical|screening|visit|"
          r"test))|(?:^|[–:-]\s*)(?:re-?check|re-?test|repeat|check again)\w* (?:it |this )?"
          r"(?:next year|in a year))",
          unless_choice=True),
    # "doesn't really matter", "needn't", "won't need a recheck": the no-need forms with a filler
    # ("needn't fast", "needn't ... today; bring it up at your appointment" are no dismissal)
    _rule(r"\b(?:does|do|will|would|should)(?:n'?t| not) (?:really |actually |much |at all |"
          r"even |particularly )?matter\b|\bhardly matters\b|\bneedn'?t\b(?! (?:\w+ )?(?:fast\w*|"
          r"eat\w*|drink\w*|prepare|bring|stop)\b)(?>(?: [\w'-]+){0,3})" + _NO_STEP_AFTER
          + r"|\b(?:won'?t|will not|"
          r"doesn'?t|does not|don'?t|do not) (?:really |even )?need (?:to (?:be )?)?(?:(?:any|a|"
          r"another|further|more|an) ){0,2}(?:follow|repeat|re-?check|re-?test|check|see|test|"
          r"monitor|visit|appointment|attention|action|look)\w*"),
    # a level that corrects itself: "will correct itself", "goes back to normal on its own"
    _rule(r"\b(?:correct|normali[sz]e|right|sort|fix|resolve|regulate|settle)\w* "
          r"(?:itself|themselves)\b|\b(?:go(?:es)?|come(?:s)?|get(?:s)?|drift(?:s)?|settle(?:s)?)"
          r" (?:back )?(?:down|away|to normal|back to normal|normal) (?:\w+ )?(?:on (?:its|their) "
          r"own|by (?:itself|themselves)|without (?:any )?(?:treatment|help|anything))",
          unless_modal=True),
    # a finding called of no clinical relevance or significance
    _rule(r"\b(?:(?:has|have|had|carr(?:y|ies)|holds?|with|of) no|without any|not of any) "
          r"(?:clinical |medical |real |practical |particular )?(?:relevance|significance)\b|"
          r"(?:^|[,–-]\s*)no (?:clinical |medical )?(?:relevance|significance)\b|"
          r"\bclinically (?:irrelevant|insignificant|meaningless|unimportant|unremarkable)\b|"
          r"\bunimportant\b|\binsignificant\b",
          unless_negated=True),
    # "this result is harmless" (the engine only judges it with no clinician in the text)
    _rule(_OWN_CLAUSE + r"\b(?:is|are|'s|looks?|seems?|appears?) (?:(?!not |never |"
          + _HEDGE_EN + r")\w+ ){0,2}?(?:harmless|innocuous)\b",
          unless_negated=True),
    # "it's fine to skip the recheck" ("fine to" judges the step; a clinician may say so)
    _rule(_OWN_CLAUSE + r"\b(?:fine|ok(?:ay)?|safe|alright|all right) (?:just )?to (?:skip|"
          r"ignore|forget|leave|disregard|miss|cancel|drop|not)\b",
          unless_negated=True),
    # the check called unnecessary: "a repeat test is unnecessary", "es innecesario repetirlo"
    # (the check itself is the subject: "fasting is not needed" is preparation, not dismissal)
    _rule(r"\b(?:re-?checks?|re-?tests?|repeats?|follow-?ups?|appointments?|visits?|scans?|"
          r"referrals?|tests?|treatment|another look)\b(?: (?!not\b|never\b)\w+){0,3}? (?:is|"
          r"are|would be|seems?) "
          r"(?:(?!not |never |no )\w+ ){0,3}?(?:unnecessary|pointless|superfluous|not needed|"
          r"not necessary)\b|"
          r"\b(?:repetir\w*|repetición|control\w*|seguimiento|revisión|consulta|cita)\b"
          r"(?: (?!no\b|nunca\b)\w+){0,3}? (?:es|son|sería) (?:(?!no |"
          r"nunca )\w+ ){0,3}?(?:innecesari[oa]s?|"
          r"inútil\w*)\b|\b(?:es|sería) (?:\w+ )?innecesari[oa] (?:repetir|volver|consultar|ir|"
          r"controlar|hacer)\w*",
          unless_negated=True),
    # "you can leave it" (not "leave it to your clinician"); "deje estar", "auf sich beruhen"
    _rule(r"\b(?:can|could|may) (?:just |safely |simply )?leave (?:it|this|that|them)\b(?! (?:to|"
          r"with|for|until|till)\b)|(?<!sin )\bdejarlo (?:así|pasar|estar|como está)\b|"
          r"\bauf sich beruhen\b",
          unless_negated=True),
    # titles that pass a verdict: "Harmless …", "… – nothing serious"
    _rule(r"\b(?:harmless|innocuous|unimportant|insignificant|not (?:a )?concern(?:ing)?|"
          r"no concern|nothing to (?:act on|do|fear)|inofensiv\w*|inocu[oa]s?|"
          r"intrascendente|irrelevante|harmlos\w*|unbedenklich\w*|ungefährlich\w*|belanglos\w*)\b"
          r"|无害|无碍|不要紧|正常现象",
          kinds=TITLE, unless_negated=True),
    # "forget (about) the repeat test", also asked: dropping the check is the advice
    _rule(r"(?<!easy to )(?<!easily )\bforget (?:about )?(?:the|this|that|my|our|your|it|them)\b|"
          r"\bolvid(?:arnos|arme|arse|arlo|arla)\b|\b(?:können|kann|könnten) (?:wir|ich|man) "
          r"[^.;?]{0,40}\bvergessen\b",
          kinds=ALL, unless_negated=True, unless_hedged=False),
    # a question that takes the dismissal as given: "since it's harmless, ...", "既然没关系"
    _rule(r"(?:\b(?:since|seeing as|given(?: that)?|now that)\b|(?:^|[,;:]\s*)as\b)"
          rf"[^,;?]{{0,50}}?\b{_Q_CLAIM_EN}\b|"
          r"(?:\b(?:dado que|ya que|puesto que|visto que)\b|(?:^|[,;:¿]\s*)como\b)"
          rf"[^,;?]{{0,50}}?\b{_Q_CLAIM_ES}|"
          r"(?:(?:^|[,;:]\s*)da\b|\bweil\b|\bwo\b|\bnachdem\b)"
          rf"[^,;?]{{0,50}}?\b{_Q_CLAIM_DE}|"
          rf"(?:既然|反正)[^，,。？?]{{0,20}}{_Q_CLAIM_ZH}",
          kinds=QUESTION, unless_hedged=False),
    # a reason given first, then dropping the check: "since it's borderline, can I skip the
    # follow-up?", "weil ..., kann ich mir die Kontrolle sparen?"
    _rule(r"(?:\b(?:since|seeing as|given(?: that)?|now that|dado que|ya que|puesto que|como|"
          r"weil|da|nachdem)\b|既然|反正)[^?？]{0,80}?(?:\b(?:skip|drop|cancel|forget|ignore|"
          r"saltar\w*|omitir|cancelar|olvidar\w*|ignorar)\b[^?]{0,30}\b(?:follow-?up|appointment|"
          r"re-?check|repeat|re-?test|test|scan|visit|ultrasound|revisión|cita|control|prueba|"
          r"ecografía|análisis|analítica|consulta)|\b(?:Kontrolle|Nachkontrolle|Untersuchung|"
          r"Termin|Wiederholung|Arztbesuch|Ultraschall)\b[^?]{0,20}\b(?:sparen|schenken|"
          r"auslassen|weglassen|absagen)\b|(?:不用|不必|免了|跳过|取消)(?:再)?(?:复查|随访|检查|"
          r"看医生|就诊))",
          kinds=QUESTION, unless_hedged=False),
    # a question that leads to the dismissal: "..., right?", "¿verdad que ...?", "…吧？"
    _rule(rf"\b{_Q_CLAIM_EN}\b[^?]{{0,60}}(?:,\s*(?:right|correct|yes|yeah)\s*\?|\b(?:is|isn'?t|"
          r"does|doesn'?t|can'?t|can|won'?t|will|do|don'?t) (?:it|this|that|they|I|we)\s*\?)|"
          rf"\bsurely\b[^?]{{0,50}}\b{_Q_CLAIM_EN}\b|"
          rf"¿\s*(?:verdad|a que|cierto) que\b[^?]{{0,80}}{_Q_CLAIM_ES}|"
          rf"{_Q_CLAIM_ES}[^?]{{0,60}},\s*¿?\s*(?:verdad|no|cierto)\s*\?|"
          rf"\b{_Q_CLAIM_DE}[^?]{{0,60}}(?:,\s*)?\b(?:oder|nicht wahr|gell|stimmt's|richtig)\s*\?|"
          rf"{_Q_CLAIM_ZH}[^？?。]{{0,10}}(?:对吧|是吧|对不对|是不是|行吧|可以吧|吧)\s*[？?]",
          kinds=QUESTION, unless_hedged=False),
    # rhetorical questions: "why bother repeating it?", "¿para qué ir?", "何必去医院"
    _rule(r"\bwhy (?:even )?bother\b|\b(?:do|does|"
          r"should|would) (?:I|we|it|this) (?:really )?even (?:need|have|bother)\b|\bis it even "
          r"worth\b|¿?\s*para qué (?:(?:me|nos|lo|la|le) )?(?:repetir|volver|ir|acudir|"
          r"consultar|molestar|hacer|mencionar|comentar|pedir|preocupar|controlar|revisar)\w*|"
          r"\bsiquiera\b|"
          r"\bwozu\b[^?,]{0,40}\b(?:wiederholen|kontrollieren|abklären|ansprechen|erwähnen|gehen)"
          r"\s*[?,]|"
          r"\büberhaupt (?:noch )?(?:ansprechen|erwähnen|kontrollieren|wiederholen|zum Arzt|"
          r"abklären)|何必|犯得着|用得着|干嘛(?:还)?要",
          kinds=QUESTION, unless_hedged=False),
    # passive dropping of the flag: "can be disregarded", "may be overlooked"; "a false alarm"
    _rule(r"\b(?:can|may|could|should) (?:safely |just |simply )?be (?:safely |simply |just )?"
          r"(?:disregarded|overlooked|dismissed|discounted|set aside|written off)\b",
          unless_negated=True, unless_choice=True),
    _rule(r"\bfalse alarm\b|\bfalsa alarma\b|\b(?:Fehlalarm|blinder Alarm)\b|虚惊一场|假警报",
          unless_negated=True, unless_choice=True, unless_modal=True),
    # "seen in many adults and needs no follow-up": the "many" belongs to the people, the
    # verdict to this finding (so it is no general statement)
    _rule(r"\b(?:in|en|bei|among|entre) (?:many|most|muchas|muchos|la mayoría de|vielen|den "
          r"meisten) (?:\w+ ){1,2}(?:and|y|und) (?:needs? no|do(?:es)? not need|don'?t need|"
          r"doesn'?t need|no (?:necesit|requier|precis)\w*|brauch\w* kein\w*|erforder\w* kein\w*)"
          r"\b",
          unless_negated=False),
]

# Later additions, kept at the end of each list so the engine's order of earlier rules holds.
# The checks that can be dropped, for "can the follow-up be cancelled", "skip the recheck"
_CHECK_EN = (r"(?:follow-?ups?|appointments?|re-?checks?|repeats?|re-?tests?|tests?|scans?|visits?|"
             r"ultrasounds?|mammograms?|referrals?|check-?ups?|blood tests?|screening|"
             r"\w+scop(?:y|ies)|biops(?:y|ies)|MRI|CT|x-rays?|ECGs?|EKGs?|smears?|eye exams?)")

EN += [
    # "you don't have to do anything about it", "not something you need to look into"
    _rule(r"\b(?:don'?t|do not|doesn'?t|does not|won'?t|will not) (?:really )?(?:have|need) to "
          r"(?:do anything(?! (?:before|until|except|other than|special))|follow (?:it|this|that|"
          r"them) up|look into|act on|take (?:any )?action|mention|bother|concern yourself)\b|"
          r"\bnot something (?:that )?(?:you )?(?:need|have|must|should|ought) (?:to )?(?:\w+ )?"
          r"(?:worry|look|act|follow|chase|do|mention|think|bother)\w*|"
          r"\bthere(?:'s| is) nothing (?:you need|you have|that needs|to be) (?:to )?(?:do|done)\b"
          r"(?! (?:before|until|except|other than|but))|\bno need to (?:concern|trouble) "
          r"yourself\b"),
    # the check itself dropped: "can the follow-up scan be cancelled", "skip the recheck"
    _rule(r"(?:\b" + _CHECK_EN + r"(?: \w+){0,3}? (?:can|could|may|might) (?:just |simply |safely "
          r")?be (?:just |simply |safely )?(?:skipped|dropped|cancell?ed|called off|scrapped|"
          r"left out|missed|given a miss)\b|\b(?:can|could|may|might) (?:the|my|this|that|our|"
          r"your) (?:[\w-]+ ){0,2}?" + _CHECK_EN + r" (?:just |simply |safely )?be (?:just |simply "
          r")?(?:skipped|dropped|cancell?ed|called off|scrapped|left out|missed)\b"
          r"|" + _OWN_CLAUSE + r"(?<!not )(?<!not to )(?<!never )\b(?:skip|drop|cancel|scrap|"
          r"call off|miss|not bother with|do without) (?:the |my |this |that |our |your |a |any )?"
          r"(?:(?!before|after|for|until|to|in)\w+ ){0,2}?" + _CHECK_EN
          + r"\b|\bgive (?:the |my |this |that )?(?:\w+ )?" + _CHECK_EN + r" a miss\b)"
          # "..., or should I keep it?" asks for the clinician's choice
          r"(?![^?]{0,80}\bor (?:is|should|would|do|does|must|will|can)\b)",
          kinds=ALL, unless_negated=True, unless_choice=True, unless_hedged=False),
    # no hurry at all, or a finding that "almost never turns out to be anything"
    _rule(r"\b(?:no|in no) (?:rush|hurry)\b" + _NO_RUSH_AFTER + r"|\bno need to (?:rush|hurry)\b"
          + _NO_RUSH_AFTER + r"|\b(?:never|rarely|seldom|hardly ever) (?:turns?|turned) out to "
          r"be anything\b|\b(?:never|rarely|seldom|hardly ever) (?:means?|amounts? to|signals?) "
          r"anything\b"),
    # a question that states the result is normal first, then asks if anything is needed:
    # "Low vitamin D is normal in winter anyway, so do I need to do anything?"
    _rule(r"\b(?:is|are|'s) (?:(?:quite|perfectly|totally|completely|just|pretty|very|so|"
          r"really) )?(?:normal|common|harmless|usual|expected|typical)\b[^?]{0,50}?(?:,|\bso\b)"
          r"[^?]{0,40}\b(?:even|bother|point|worry|leave it|skip|ignore|still need|(?:need|have) "
          r"to do anything|(?:do|does) (?:I|it|this|we) (?:really )?need)\b|"
          r"\b(?:normal|common|harmless|usual|expected|typical) (?:\w+ ){0,3}?anyway\b|"
          r"\banyway\b[^?]{0,40}\b(?:normal|common|harmless|nothing)\b",
          kinds=QUESTION, unless_hedged=False),
]

EN += [
    _rule(r"\b(?:just|simply|only|"
          r"merely) (?:a |an )?(?:normal |natural |expected )?(?:part|sign) of (?:getting older|"
          r"ageing|aging|growing older)\b|\b(?:carry on|go on|continue) (?:just )?as (?:usual|"
          r"normal|before)\b" + _NO_VISIT_AFTER + r"|\bout of (?:your|my) mind\b|"
          r"\b(?:doesn'?t|does not|won'?t|will not) change anything\b" + _NO_VISIT_AFTER
          + r"|\b(?:won'?t|will not|is unlikely to|shouldn'?t|should not) (?:cause|give) (?:you )?"
          r"any (?:trouble|problems?|harm|issues?)\b"),
    # "settles without you having to do anything", "is it okay to just wait and see?"
    _rule(r"\bwithout (?:you |your )?(?:having|needing) to do anything\b" + _NO_VISIT_AFTER
          + r"|\bwithout (?:anyone|anybody|any need|the need) (?:having |needing )?to do anything\b"
          + _NO_VISIT_AFTER
          + r"|\b(?:okay|ok|fine|safe|alright|all right) to (?:just )?(?:wait and see|not (?:do|"
          r"bother))\b|\b(?:can|could) (?:I |we |you )?(?:just |simply )?wait and see\b",
          kinds=ALL, unless_hedged=False, unless_negated=True),
    # rhetorical questions with "really": "is it really worth bringing up?", "really any need?"
    _rule(r"\bis it (?:really|actually) (?:worth|necessary|needed)\b|\bis there (?:really|even|"
          r"actually) (?:any )?(?:need|point|reason)\b|\bdo (?:I|we) really (?:need|have) to "
          r"(?:go|see|bother|mention|bring|repeat|come back|follow|check|do anything)\b|"
          r"\b(?:for|over|about) (?:such|so) (?:a )?(?:small|tiny|minor|little) (?:thing|change|"
          r"difference|deviation)\b|\b(?:can|could) (?:I|we) (?:just |simply )?(?:wait|leave "
          r"(?:it|this))\b[^?]{0,40}\buntil (?:my |the |our )?(?:next|yearly|annual|routine)\b"
          r"(?![^?]{0,60}\bor\b)",
          kinds=QUESTION, unless_hedged=False),
]

# Round 3: the skeletons behind the misses of the third development set.
_CHECK_ANY = (_CHECK_EN + r"|" + _CHECK_DE + r"|\b(?:control\w*|revisión|seguimiento|cita|consulta|"
              r"prueba|análisis|analítica|ecografía|repetir\w*|repetición|\w+scopia|biopsia)\b")

_NEEDLESS = (r"(?:unnecessary|pointless|superfluous|overkill|überflüssig|unnötig|entbehrlich|"
             r"sinnlos|innecesari[oa]s?|inútil\w*)")

EN += [
    # asked: the check called needless ("is a recheck really unnecessary?", "ist eine Kontrolle
    # ja wohl überflüssig?", "¿no es innecesario repetir el análisis?")
    _rule(r"\b(?:" + _CHECK_ANY + r")\b[^.;?,]{0,40}?\b" + _NEEDLESS + r"\b|\b" + _NEEDLESS
          + r"\b[^.;?,]{0,25}?\b(?:" + _CHECK_ANY + r")\b",
          kinds=QUESTION, unless_hedged=False),
    # "isn't it better to just skip it?", "¿no es mejor olvidarse de ...?": a leading question
    # (unless it asks to wait for the clinician)
    _rule(r"(?:\b(?:isn'?t|wouldn'?t) it (?:be )?(?:better|easier|simpler|smarter|wiser|fine) "
          r"(?:to )?(?:just |simply )?(?:skip|forget|ignore|leave|wait|drop|cancel|not|hold off|"
          r"put off)\b|\bno (?:es|sería|seria) (?:mejor|más fácil|más sensato|suficiente) "
          r"(?:\w+ )?(?:olvid|saltar|ignorar|dejar|esperar|no |cancelar|omitir|pasar|aplazar)\w*|"
          r"\b(?:ist|wäre) es nicht (?:besser|einfacher|klüger|vernünftiger|sinnvoller)\b[^?]{0,60}"
          r"\b(?:vergessen|ausfallen|weglassen|wegzulassen|sein lassen|abwarten|abzuwarten|warten|"
          r"ignorieren|absagen|abzusagen|verzichten|liegen lassen|verschieben)\b|"
          r"(?:是不是|还不如|不如|要不)干脆(?:不|别|先不)|(?:还不如|不如)(?:不|别)(?:查|复查|去|管))"
          r"(?![^?]{0,40}\b(?:doctor|clinician|gp|médic\w+|Arzt|Ärztin)\b)",
          kinds=QUESTION, unless_hedged=False, unless_negated=False),
]

EN += [
    # "... and can wait until your next annual check": "your next" makes it this person's check
    _rule(_OWN_CLAUSE_H + r"\b(?:can|could|will|may) (?:\w+ )?(?:wait|be (?:put off|postponed|"
          r"deferred|left))\b[^.;:?]{0,20}?\b(?:until|till) your next\b",
          unless_hedged=False, unless_choice=True),
    # "so you don't need to come back for it", "no need to book another appointment"
    _rule(r"\b(?:do not|don'?t|does not|doesn'?t|won'?t|will not|no) need (?:to )?(?:come back|"
          r"return|go back|book|make (?:an|another) appointment|arrange|schedule|(?:get|have) "
          r"(?:it|this|that|them) (?:checked|looked at|seen|re-?checked|re-?tested|tested))\b"
          r"(?! (?:\w+ ){0,2}?(?:fasting|before|until|unless|if|first)\b)"),
    # "never causes any problems", "es de los que nunca dan problemas", "macht nie Probleme"
    _rule(r"\b(?:never|won'?t ever|will never|don'?t ever|doesn'?t ever) (?:really )?(?:cause|"
          r"give|make|lead to|pose)s? (?:you )?(?:any )?(?:problems?|trouble|harm|issues?)\b|"
          r"\bnunca (?:le |te )?(?:dan|da|causan?|dará|darán|provoca\w*|ocasiona\w*) (?:ningún |"
          r"ningun )?(?:problemas?|molestias)\b|\b(?:macht|machen|bereitet|bereiten|verursacht|"
          r"verursachen) (?:\w+ ){0,2}?(?:nie|niemals) (?:\w+ )?(?:Probleme|Beschwerden|Ärger)\b|"
          r"\b(?:nie|niemals) (?:\w+ )?(?:Probleme|Beschwerden) (?:machen|bereiten|verursachen)\b|"
          r"(?:从来|从|永远)不(?:会)?(?:引起|造成|带来|导致|出)(?:什么|任何)?(?:问题|麻烦)",
          unless_negated=True),
    # the change called plain ageing: "属正常老化", "just normal ageing", "envejecimiento normal"
    _rule(r"\b(?:is|are|'s|just|simply|only|merely)\b (?:\w+ ){0,2}?(?:normal|natural|ordinary) "
          r"(?:age-related )?(?:ag(?:e)?ing|wear and tear)\b|\benvejecimiento normal\b|"
          r"\b(?:es|son) (?:\w+ ){0,2}?(?:normal|natural)\w* (?:del|con el|por el) "
          r"(?:envejecimiento|paso de los años|paso del tiempo)\b|\bdesgaste normal\b|"
          r"\bnormale\w* (?:Alterung\w*|Alterserscheinung\w*|Alterungsprozess\w*|Verschleiß\w*)\b|"
          r"(?:属|属于|是|算)(?:正常|自然)(?:的)?(?:老化|衰老|退化|退行性变化)|正常(?:的)?(?:老化|衰老)"
          r"(?:现象|表现)|自然老化",
          unless_negated=True, unless_modal=True, unless_choice=True),
    _rule(r"(?:^|[–:,，-]\s*)(?:(?:just|simply) )?normal ag(?:e)?ing\b|正常老化",
          kinds=TITLE, unless_negated=True),
    # asked, leading: "isn't it enough to forget it until next year?", "¿no basta con ...?"
    # (only with a put-off or a dropping in it; "..., or ...?" asks for the choice)
    _rule(r"(?:\bisn'?t it (?:enough|sufficient|ok(?:ay)?) (?:to|if)\b|\bno (?:basta|bastaría|es "
          r"suficiente|sería suficiente|alcanza|alcanzaría) con\b|\b(?:reicht|genügt|reichte|"
          r"genügte) es (?:denn |doch )?nicht\b)[^?]{0,80}?(?:\b(?:wait\w*|forget|skip|ignore|"
          r"leave it|next year|in a year|olvid\w+|esperar|saltar\w*|dejarlo|el año que viene|"
          r"dentro de un año|el próximo año|próxim\w* (?:revisión|chequeo|control|análisis)|"
          r"año que viene|vergessen|warten|abwarten|ignorieren|sein lassen|"
          r"nächst\w* Jahr|in einem Jahr|später)\b)(?![^?]{0,60}\b(?:or|o|oder)\b)|"
          r"(?:明年|下次|以后|过段时间|等|不管|不查|不去)[^？?。]{0,20}不就(?:行|可以|好|完)了",
          kinds=QUESTION, unless_hedged=False),
]

EN += [
    # "not something that usually needs a doctor's attention", "doesn't warrant a visit"
    _rule(r"\bnot something (?:that )?(?:\w+ )?(?:needs?|requires?|warrants?|calls? for) (?:a |an |"
          r"any )?(?:doctor'?s? |clinician'?s? |medical |further |special |separate )?(?:attention|"
          r"follow-?up|visit|appointment|action|treatment|check\w*)\b|\b(?:doesn'?t|does not|"
          r"wouldn'?t|won'?t|do not|don'?t) (?:really )?(?:warrant|justify|merit|call for|deserve) "
          r"(?:a |an |any )?(?:\w+ )?(?:visit|appointment|follow-?up|re-?check|trip|"
          r"consultation)\b|"
          r"\bno (?:merece|vale|requiere|justifica|amerita)\w* (?:una |un |ninguna |ningún )?"
          r"(?:consulta|cita|visita|control|revisión|seguimiento)\b|\brechtfertigt kein\w* "
          r"(?:\w+ )?(?:Termin|Arztbesuch|Kontrolle|Abklärung)\b"),
    # "let this one slide", "let it go"
    _rule(r"\blet (?:this|it|that)(?: one)? (?:slide|pass|go(?=\s*(?:[.,;?!]|$|and\b)))\b",
          kinds=ALL, unless_negated=True, unless_hedged=False),
    # the problem talked down: "not much of a problem", "问题不大", "nada del otro mundo"
    _rule(r"\bnot (?:much of|a big|a major|a real) (?:a )?(?:problem|issue|concern)\b|"
          r"\bnada del otro mundo\b|\bno es gran cosa\b|\bnicht (?:weiter|so|besonders|sonderlich) "
          r"(?:schlimm|tragisch|wild|dramatisch)\b|\bkein (?:großes|ernstes|echtes) Problem\b|"
          r"(?<!如果)(?<!若)(?<!即使)问题不大|不是(?:什么)?大问题|没(?:多)?大问题|不成问题",
          kinds=STATEMENT, unless_negated=True),
]

# Round 5: the skeletons behind the misses of the fifth development set.
EN += [
    # a title that talks the value down: "Only slightly raised PSA", "Nur leicht erhöht",
    # "Solo ligeramente alto", "只是轻度升高" (a plain "Slightly raised PSA" only reports)
    _rule(r"^\W*(?:only|just|merely|nur|bloß|lediglich|solo|sólo|solamente|apenas|simplemente)"
          r"\b(?: (?:a|an|ein\w*|un|una))?\W{0,3}(?:slightly|mildly|marginally|a (?:little|bit"
          r"|touch)|minimal\w*|"
          r"leicht|gering\w*|knapp|etwas|minimal|ligeramente|levemente|un poco|mínimamente)\b|"
          r"^(?:只是|仅|仅仅|就是|不过是|只)(?:轻度|轻微|稍微|稍|略|有点|一点)",
          kinds=TITLE, unless_hedged=False),
    # a hedged verdict is still a verdict in a title: "肺部小结节，一般无害", "Usually harmless"
    _rule(r"\b(?:harmless|innocuous|harmlos\w*|unbedenklich\w*|ungefährlich\w*|inofensiv\w*|"
          r"inocu[oa]s?)\b(?!\s*(?:\?|or not|oder nicht|o no))|无害|无碍|不要紧",
          kinds=TITLE, unless_negated=True, unless_hedged=False),
    # rhetorical "why should I even worry": the question answers itself
    _rule(r"\bwhy (?:should|would|do|must|need) (?:I|we|you|one)\b[^?]{0,60}?\b(?:even|at all|"
          r"so (?:harmless|minor|small|trivial|tiny))\b|"
          r"\b(?:warum|wieso|weshalb|wozu) (?:sollte|soll|muss|müsste|brauche|sollten|müssen)\b"
          r"[^?]{0,80}?\b(?:überhaupt\b[^?]{0,40}\b(?:Gedanken|Sorgen|kümmern|beunruhigen|Arzt|"
          r"Ärztin|Termin|wiederholen|kontrollieren|untersuchen|Kontrolle|hingehen)|so (?:harmlos|"
          r"klein|gering|unbedeutend|banal)\w*)\b|"
          r"\bpor qué (?:debería|tendría|tengo|habría|hay que|tendríamos)\b[^?]{0,60}?\b"
          r"(?:siquiera|"
          r"acaso|tan (?:inofensiv|pequeñ|leve|mínim|insignificante)\w*)|"
          r"(?:为什么|为啥|干嘛|干吗)[^？?，,]{0,12}(?:这么|那么|这种)(?:小|轻|常见|无害)[^？?]{0,12}"
          r"(?:担心|在意|操心|复查|检查|看医生)",
          kinds=QUESTION, unless_hedged=False),
    # "so you can safely wait and see": waiting made safe by the text itself
    _rule(r"(?:\b(?:can|could|may) (?:safely|just|simply|comfortably|happily|easily) (?:wait and"
          r" see|"
          r"watch and wait|wait it out|sit tight)\b|"
          r"\b(?:kann|können|kannst|könnt|darf|dürfen) (?:\w+ ){0,3}?(?:getrost|ruhig|bedenkenlos|"
          r"beruhigt|entspannt|gelassen|einfach) (?:\w+ ){0,2}?(?:abwarten|abgewartet)\b|"
          r"\b(?:puede|pueden|puedes|podemos) (?:\w+ ){0,2}?(?:esperar|esperar a"
          r" ver)\b[^.;?]{0,20}?"
          r"\b(?:tranquil\w*|sin (?:ningún )?(?:problema|riesgo|preocupación))|"
          r"(?:可以|能|大可|尽管)(?:放心|安心)(?:地)?(?:观察|等|等待|看看))"
          # (waiting for the clinician's call is the next step, not a verdict)
          r"(?![^.;。；]{0,60}(?:\b(?:doctor|clinician|GP|médic[oa]|Arzt|Ärztin|Praxis)\b|医生))",
          kinds=STATEMENT, unless_hedged=False),
]

# Round 6: the skeletons behind the misses of the sixth development set.
# a time far off that the text itself sets for the check: "frühestens im nächsten Jahr",
# "erst in zwei Jahren wieder", "not until next year", "no antes del año que viene"
_LATE_DE = (r"(?:frühestens|erst(?: wieder| dann| einmal)?|nicht vor) (?:wieder )?(?:(?:im|in|zum|"
            r"beim|bei der|zur|nach|ab) )?(?:(?:dem|der|den|das) )?(?:nächst\w*|kommend\w*|"
            r"ein\w*|zwei|drei|ein paar|\d+) (?:\w+ )?(?:Jahr\w*|Check\w*|Vorsorge\w*|Routine\w*|"
            r"Gesundheits\w*)")

_LATE_EN = (r"(?:not (?:until|before)|no sooner than|at the earliest (?:in|at)) "
            r"(?:(?:your|the|a) )?(?:next|coming|one|two|three|a couple of|\d+) (?:\w+ )?"
            r"(?:years?|check-?ups?|physicals?|screening)")

_LATE_ES = (r"(?:no antes de(?:l)?|como pronto|hasta dentro de) (?:(?:el|la|su|un|una) )?"
            r"(?:(?:próxim|siguiente)\w* (?:año|chequeo|revisión|control)|año que viene|"
            r"(?:un|dos|tres|\d+) años?)")

EN += [
    # the text sets the check far off: "a recheck makes sense no sooner than next year"
    _rule(_OWN_CLAUSE_H + r"\b" + _LATE_EN + r"\b|" + _OWN_CLAUSE_H + r"\b" + _LATE_DE + r"\b|"
          + _OWN_CLAUSE_H + r"\b" + _LATE_ES + r"\b",
          unless_hedged=False, unless_choice=True),
    # "not something you need to be concerned about", "nothing you have to fret over"
    _rule(r"\b(?:not|nothing) (?:something |anything )?(?:that )?(?:you |one )?(?:need|have|must|"
          r"should|ought) (?:to )?(?:be |get |feel )?(?:concerned|worried|anxious|troubled|fret\w*|"
          r"stress\w*|care)\b(?! (?:\w+ ){0,3}?(?:until|unless|before|if)\b)"),
    # a title that shrugs the value off: "Presión algo alta, sin más", "– mehr nicht"
    _rule(r"[,–:-]\s*(?:sin más|nada más|y ya(?: está)?|eso es todo|nothing more|that'?s all|"
          r"no more than that|mehr nicht|sonst nichts|weiter nichts|nicht mehr)\s*[.!]?\s*$|"
          r"(?:而已|罢了)\s*[。！]?\s*$",
          kinds=TITLE, unless_hedged=False),
    # "a false alarm", "虚惊一场", "falsa alarma", "Fehlalarm"
    _rule(r"\b(?:(?:just|only|usually|mostly) )?(?:a )?false alarms?\b|\bfalsas? alarmas?\b|"
          r"\b(?:Fehlalarm|blinder Alarm|blinden Alarm)\w*|(?<!是否)(?<!是不是)(?<!当成)(?<!当作)"
          r"(?<!视为)虚惊一场|(?<!是否)(?<!是不是)(?<!当成)(?<!当作)假警报",
          kinds=ALL, unless_negated=True, unless_hedged=False, unless_choice=True),
]

EN += [
    # a title or clause that drops the follow-up: "Eye pressure: recheck not needed"
    _rule(r"\b(?:re-?checks?|re-?tests?|re-?testing|follow-?ups?|repeat (?:tests?|checks?)|further "
          r"(?:tests?|checks?|testing)|check-?ups?|monitoring|Kontroll\w*|Nachkontroll\w*|"
          r"Wiederholung\w*|Nachuntersuchung\w*) (?:is |are |ist |sind )?(?:not (?:needed|"
          r"necessary|required)|unnecessary|unneeded|nicht (?:nötig|notwendig|erforderlich)|"
          r"unnötig|überflüssig)\b", unless_negated=True, unless_hedged=False),
]
