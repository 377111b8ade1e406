"""Dismissal (false reassurance): calling a result harmless, nothing or not worth a visit.
Reassurance with no clinician or visit anywhere in the text is judged by the engine.

One list per card language (EN, ZH, ES, DE), in the order the engine applies them; the
English list also holds patterns for the other languages' wordings of the same forms. Every
rule here is `_rule(pattern, why, kinds, **flags)` with the category's usual reason, texts
and flags (below) unless it says otherwise.
"""

from __future__ import annotations

from checkup_desktop.core.safety.rules.rule import ALL, QUESTION, STATEMENT, TITLE, maker

_rule = maker("dismissal", "dismisses the result", STATEMENT, unless_hedged=True)

# Hedge words that may not fill the gap between a verb and a verdict ("is often harmless")
_HEDGE_EN = (r"(?:often|usually|generally|mostly|sometimes|frequently|commonly|typically|"
             r"probably|likely|possibly|perhaps|may|might|can|could) ")
_HEDGE_ES = (r"(?:a menudo|suele\w*|normalmente|generalmente|frecuentemente|probablemente|"
             r"a veces|quizás?|posiblemente|puede\w*) ")
_HEDGE_DE = (r"(?:oft|meist\w*|häufig|manchmal|in der Regel|wahrscheinlich|vermutlich|eventuell|"
             r"möglicherweise|kann|könnte\w*) ")

# From the start of the clause, with no quantifier ("many", "muchos", "viele"), hedge or
# clinician before the verdict: "Many ECG findings are harmless" is a general statement.
_OWN_CLAUSE = (r"(?:^|(?<=[.;:!?,]))(?:(?!\b(?:many|most|some|often|usually|generally|"
               r"clinician|doctor|whether|if|much[oa]s|la mayoría|algun[oa]s|a menudo|suele\w*|"
               r"médic[oa]|si|viele|meist\w*|manche\w*|einige\w*|oft|häufig|Arzt|Ärztin|ob|"
               r"wenn|report|informe|Befund|suggest\w*|recommend\w*)\b)[^.;:!?,]){0,80}?")

# "..., though not always": a general fact with its exception, not a verdict on this result
_NOT_ALWAYS = (r"(?![^.;?]{0,60}\b(?:(?:though|although|but) not (?:always|in (?:all|every))|"
               r"(?:aunque|pero) no (?:siempre|en todos|todos)|(?:aber|wenn auch|jedoch|doch) "
               r"nicht (?:immer|in allen|bei allen|jede)))")

# What a question may take for granted or lead towards: the result called harmless, nothing,
# unimportant or safe to put off (used with "since ...", "..., right?" and their kin).
_Q_CLAIM_EN = (r"(?:harmless|benign|innocuous|(?:is|'s|means) (?:really )?nothing|"
               r"nothing (?:serious|important|to worry about)|no (?:big )?(?:deal|problem|concern)|"
               r"not (?:a |an )?(?:problem|issue|concern|serious|important|worth)|"
               r"(?:is|'s|are) (?:\w+ )?fine|(?:does|do)(?:n'?t| not) (?:really )?matter|"
               r"unimportant|insignificant|trivial|normal for (?:my|your|our) age|"
               r"can (?:safely |easily )?wait|(?:a |an )?(?:lab(?:oratory)? )?(?:fluke|glitch)|"
               r"(?:just|only|simply) (?:a |an )?(?:lab(?:oratory)? |measurement )?(?:error|"
               r"mistake)|(?:unnecessary|pointless|superfluous|overkill))")
_Q_CLAIM_ES = (r"(?:inofensiv\w*|inocu\w*|benign\w*|no es (?:nada|grave|importante|preocupante)|"
               r"nada (?:grave|importante|serio)|sin (?:ninguna )?(?:importancia|relevancia)|"
               r"no (?:tiene|tienen) (?:ninguna )?importancia|no importa|ningún problema|"
               r"normal (?:para|a) (?:mi|su|tu) edad|puede esperar|(?:solo|sólo|simplemente) "
               r"(?:un )?error|innecesari[oa]s?)")
_Q_CLAIM_DE = (r"(?:harmlos\w*|unbedenklich\w*|ungefährlich\w*|gutartig\w*|nichts Ernst\w*|"
               r"nichts (?:Schlimmes|Bedenkliches|Besorgniserregendes|Gefährliches|Wildes)|"
               r"nicht (?:schlimm|wichtig|gefährlich|ernst)|kein (?:Problem|Grund zur Sorge)|"
               r"egal|belanglos|unwichtig|normal für mein Alter|in meinem Alter normal|"
               r"(?:kann|können) (?:\w+ )?warten|(?:nur|bloß|einfach) (?:ein )?(?:Labor|Mess)?"
               r"fehler|überflüssig|unnötig|entbehrlich)")
_Q_CLAIM_ZH = (r"(?:良性|无害|无碍|没(?:什么|啥)?(?:大碍|关系|问题|事)|不要紧|不重要|不严重|"
               r"不算(?:什么|是)?(?:大)?(?:问题|事)|不算什么|无所谓|小事|小问题|正常现象|"
               r"(?:不用|不必|不需要|无需|可以不|没必要)(?:再|重新|专门|特意|为此|去|抽血){0,3}(?:查|复查|管|处理|"
               r"看|去|检测|化验|抽血)|"
               r"(?:明年|下次|以后|过段时间)[\u4e00-\u9fff]{0,6}再(?:说|看|查|复查)|"
               r"(?:只是|就是|不过是)(?:化验|检验|检测|测量|实验室)?误差)")

EN = [
    _rule(r"\bnothing to (?:worry|be (?:worried|concerned)|fear) about\b|\bno (?:need|"
          r"reason) to (?:worry|be concerned|see|consult|visit|contact|check|recheck|repeat|"
          r"follow|do anything|bother|act)\b|\bdon'?t (?:worry|bother)\b|\bdo not (?:worry|"
          r"bother)\b|\bno cause for (?:concern|alarm)\b|\bof no (?:\w+ )?(?:significance|"
          r"importance|concern)\b|\b(?:always|completely|totally|entirely|perfectly|"
          r"absolutely) (?:harmless|normal|fine|benign|safe)\b|\b(?:can|may|could) (?:safely |"
          r"just |simply )?(?:ignore|skip|disregard|forget about)\b|"
          r"(?<!n't )(?<!not )(?<!never )\bignore (?:it|this|them|the result)\b|\brest assured\b|"
          r"\bno (?:action|follow-up|treatment|further tests?) (?:is )?(?:needed|required|"
          r"necessary)\b|\bnormal for (?:your|someone your|a person your|people your|"
          r"people of your) age\b|\b(?:this|it|that|these results?|the result|your result|"
          r"this result) (?:is|are|'s) (?:completely |totally |entirely |perfectly |quite |"
          r"just )?(?:harmless|nothing|fine(?! to\b)|not a problem|not important|insignificant|"
          r"not a concern|irrelevant)\b|\bnothing to worry\b|\bharmless result\b",
          kinds=ALL, unless_hedged=False),
    _rule(r"\b(?:does not|doesn't|won't|will not) matter\b|\bnot (?:important|serious|"
          r"significant|relevant)\b|\bnothing serious\b|\bno point (?:in )?\w+ing\b|\b(?:a |"
          r"just a )?(?:lab|laboratory|measurement) error\b|\b(?:be )?(?:safely )?ignored\b|"
          r"\b(?:do not|don't|doesn't|does not|no) need (?:to )?(?:follow|repeat|recheck|"
          r"re-?test|check|see|worry|do anything|act|treat|be (?:followed|checked|seen|repeated|"
          r"treated))\w*\b|\bneeds? no (?:follow-up|treatment|action|further)\b|\btrivial\b|"
          r"\bfluke\b|\bnot worth\b(?! (?:waiting|the wait|delaying|the risk))|\bno reason to\b|"
          r"\bdon'?t lose (?:any )?sleep\b|\bnever needs?\b|\bno follow-?up\b|\ball fine\b|"
          r"\bnothing to see\b|\bno big deal\b|\bminor issue\b"),
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
    _rule(r"\bto be expected\b|\bcan be left(?: alone)?\b|\bleave it be\b"),
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
    _rule(r"\b(?:does|do|will|would|should)(?:n'?t| not) (?:really |actually |much |at all |"
          r"even |particularly )?matter\b|\bhardly matters\b|\bneedn'?t\b|\b(?:won'?t|will not|"
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
ZH = [
    _rule(r"没(?:什么|啥)(?:好|可|需要)?担心|不(?:用|必|需要)担心|无需担心|别担心|没(?:有)?问题|"
          r"不用管|不必管|(?:不|无)(?:用|需|需要|必)(?:去)?(?:看|找)医生|(?:不|无)(?:需|用|"
          r"必)就医|(?<![别勿])(?<!不要)(?<!不能)(?<!不应)(?<!不可)(?<!不宜)(?<!不要自行)(?<!不要轻易)"
          r"忽略|(?:都|完全|一定)(?:是)?无害|(?<![许很大多有部并])(?:无需|不用|不需要|"
          r"不必)(?<!认为不必)(?<!认为不用)(?<!认为不需要)(?:处理|复查|随访|理会)|自(?:己|行|然)(?:会)?(?:恢复|好转|消失|好)(?!吗)|不重要|"
          r"没关系|无所谓|不要紧|没什么大不了|不严重|(?:化验|检验|检测|实验室)误差|谁都有|人人都有|"
          r"不值一提|小问题|小事|永远不需要|无关紧要|不必在意|不用在意"),
    _rule(r"不是问题|放心吧|相信我|(?:永远|总是|一定)是?良性|不用再(?:查|检查|复查)|不必再查"),
    _rule(r"麻烦医生|浪费(?:医生的?)?时间|别(?:拿|为)这个",
          unless_hedged=False),
    _rule(r"没(?:啥|什么)?大事|放在心上|很正常(?!吗)|不用当回事|别当回事"),
    _rule(r"(?<![别勿])(?<!不要)(?<!不能)(?<!不应)(?<!不可)(?<!不宜)(?<!不要自行)(?<!不要轻易)"
          r"(?:忽视|无视)|不用理|别理"),
    _rule(r"从来不重要|从不重要|根本不重要|无所谓",
          unless_hedged=False),
    # putting the check off: "等明年体检再说", "下次再看就可以了"
    _rule(r"(?:明年|下次|下一次|下回|年底|以后|过段时间|过几个月)[\u4e00-\u9fff]{0,6}再(?:说|看|查|"
          r"复查|处理|检查)",
          unless_choice=True, unless_modal=True),
    # "说明不了什么", "不算什么大问题", "无碍": the finding talked down to nothing
    _rule(r"不代表什么|说明不了什么|不说明什么|没(?:有)?(?:什么)?大碍|无(?:大)?碍|不碍事|"
          r"不算(?:什么|是)?(?:大)?(?:问题|事|病)|不算什么|算不上(?:什么)?(?:问题|异常|事)|"
          r"(?:没有|无)(?:任何|什么)?(?:临床|实际)?意义|不具(?:有)?(?:任何)?(?:临床)?意义|"
          r"无关紧要",
          unless_negated=True),
    # an abnormal value called a normal phenomenon: "偏低属于正常现象"
    _rule(r"(?:偏高|偏低|略高|略低|稍高|稍低|升高|降低|异常|阳性|高一点|低一点)[^。；，,]{0,8}"
          r"(?:是|属|属于|算)(?:很|完全|挺)?正常(?:的|现象|情况)?|正常现象",
          unless_modal=True),
    # the value coming back by itself: "会自己降下来", "过几天就好了"
    _rule(r"自(?:己|行|然)(?:就)?(?:会)?(?:降|回落|正常|回到正常|下来|恢复正常|消退)|"
          r"(?:过几天|过段时间|过一阵|睡一觉|休息几天|多喝(?:点)?水|吃点[\u4e00-\u9fff]{1,4})"
          r"就(?:会)?(?:好|没事|正常|降下来|恢复)",
          unless_modal=True),
    # "不值得专门去医院", "不予理会", "不用太在意": not worth a visit or any attention
    _rule(r"不值得(?:专门|特意|特地)?(?:去|跑|看|为|挂号|复查)|不予(?:理会|处理|关注|重视)|"
          r"(?:不用|不必|无需)(?:太|过于|过分)?(?:在意|理会|当回事|重视|关注)",
          unless_negated=False),
    # no visit needed: "没必要找医生", "不用再去眼科", "不用去医院"
    _rule(r"(?:不用|不必|无需|不需要|没必要|用不着|犯不着)(?:再|专门|特意|特地|为此|为这个){0,3}(?:去)?(?:看|找|挂|"
          r"问|麻烦|咨询)?(?:医生|大夫|门诊|专科|医院|[\u4e00-\u9fff]科|号)|(?<![许很大多有部并])"
          r"(?:没必要|不需要|不用|不必|无需)(?:再|去)(?:查|复查|检查|随访|处理|管)|没必要(?:复查|"
          r"检查|处理|随访|管)"),
    # "可以放心", "不危险", "什么都不用做": calming words and nothing-to-do verdicts
    _rule(r"(?<!这一点)(?<!这点)(?:可以|请|尽管|大可|完全可以)放心(?!地?(?:把|带|去|找|和|跟|向|与|咨询|询问))|放心好了|(?<!并)不危险|没"
          r"(?:有)?(?:什么)?危险|"
          r"不会(?:有|造成)(?:什么|任何)?(?:危险|危害|后果)|什么都不用做|(?:不用|不需要|无需)做"
          r"(?:任何|什么)(?:处理|事)",
          unless_negated=True),
]
ES = [
    _rule(r"nada (?:de )?(?:lo )?(?:que|de qu[eé]|qu[eé]) preocupar|no es (?:nada )?(?:grave|"
          r"importante|preocupante)\b|no (?:hay|tiene) (?:nada )?(?:de )?qu[eé] preocupar|"
          r"no se preocupe|no hace falta (?:que )?(?:consulte|ver|acudir|ir|vaya|repetir|"
          r"hacer nada)|no es necesario (?:consultar|ver|acudir|ir|repetir|hacer nada)|"
          r"(?:siempre|completamente|totalmente) (?:son |es )?(?:inofensiv|normal|benign)\w*|"
          r"puede (?:ignorar|olvidar)\w*|ignór\w+|sin (?:ninguna )?importancia|"
          r"no tiene (?:ninguna )?importancia|se (?:le )?pasará sol|desaparecerá sol|"
          r"se (?:corregirá|normalizará|resolverá) sol|(?:no hace falta|no es necesario|"
          r"no necesita|no hay que)\s+(?:\w+\s+){0,3}(?:seguimiento|repetir\w*|consultar|"
          r"control\w*|revis\w+|preocupar\w*)|no importa|nada grave|error de(?:l)? laboratorio|"
          r"tontería|no le dé (?:más )?vueltas|sin importancia|nunca necesita\w*|"
          r"no merece la pena"),
    _rule(r"\b(?:ningún|ningun) problema\b|\bno es un problema\b|\bcréame\b"),
    _rule(r"\bno (?:moleste|molestar|haga perder)\b|\bperder el tiempo\b",
          unless_hedged=False),
    _rule(r"\bno requiere (?:ningún |ninguna )?(?:seguimiento|control|tratamiento|revisión)\b|"
          r"\bproblema menor\b"),
    _rule(r"\bno es nada\b|\bno le dé importancia\b|\bes normal (?:tener|que)\b"
          # (not "es normal que le preocupe", "es normal tener dudas": the feeling is normal)
          r"(?! (?:(?:te|le|se|os|les|usted) )?(?:\w+ )?(?:inquiet|preocup|sient|asust|agobi|"
          r"angusti|nervios|dudas|preguntas|miedo)\w*)"),
    _rule(r"\bnormal para (?:su|la|tu) edad\b",
          unless_hedged=False),
    _rule(r"\bnunca (?:importa|es importante|tiene importancia)\b",
          unless_hedged=False),
    _rule(r"\bno (?:haría|hagas|haga|hace falta hacer) caso\b|\bignor\w+",
          unless_hedged=False),
    _rule(r"\bes de esperar\b|\bdejar(?:lo|la)? estar\b"),
    # putting the check off: "puede esperar hasta el chequeo del año que viene"
    _rule(r"\bpuede(?:n)? esperar (?:\w+ ){0,2}?(?:a|hasta) (?:la |el |su |que )?(?:próxim|"
          r"siguiente|revisión|chequeo|control|análisis|analítica|año|reconocimiento)|"
          r"\b(?:basta|vale|es suficiente|alcanza) con (?:\w+ )?(?:repetir|revisar|controlar|"
          r"mirar)\w* (?:\w+ ){0,2}?(?:el año que viene|el próximo año|dentro de un año|en la "
          r"próxima revisión|en el próximo chequeo)",
          unless_choice=True),
    # no relevance: "sin ninguna relevancia", "carece de importancia", "irrelevante"
    _rule(r"\bsin (?:ninguna |ningún |mayor |gran )?(?:relevancia|trascendencia|significado)\b|"
          r"\bno (?:tiene|tienen) (?:ninguna |mayor |gran |demasiada |mucha |ningún )?"
          r"(?:relevancia|importancia|trascendencia|significado clínico)\b|\bcarece\w* de "
          r"(?:\w+ )?(?:importancia|relevancia|significado)\b|\birrelevante\w*|"
          r"\bintrascendente\w*"),
    # no follow-up needed, any person or number: "no necesitan ningún control"
    _rule(r"\bno (?:necesit|requier|precis|hace falta|es necesario|hay que|tienes? que|tienes? "
          r"por qué)\w*\s+(?:\w+\s+){0,3}?(?:seguimiento|control|revisión|tratamiento|repetir|"
          r"repetición|consulta|cita|médico|vigilancia|atención|más pruebas|comentar|mencionar|"
          r"acudir|ver a|volver|vuelva|regres|venir|venga)\w*"),
    # "es inofensivo", "se normaliza sola": harmless, or fixing itself
    _rule(_OWN_CLAUSE + r"\b(?:es|son|resulta\w*|parece\w*) (?:(?!no |nunca |" + _HEDGE_ES
          + r")\w+ ){0,2}?(?:inofensiv|inocu)\w*|\bse (?:corrige|"
          r"corregirá|normaliza\w*|resuelve|resolverá|arregla\w*|regula\w*|pasa\w*|quita\w*|"
          r"baja\w*|va a (?:corregir|normalizar|arreglar|resolver|pasar|quitar|bajar)) (?:\w+ )?"
          r"(?:sol[oa]s?|por sí (?:mism|sol)[oa]s?|con el tiempo)" + _NOT_ALWAYS
          + r"|\bdesaparece\w* (?:\w+ )?"
          r"(?:sol[oa]s?|por sí)" + _NOT_ALWAYS,
          unless_negated=True, unless_modal=True),
    # "no vale la pena pedir cita" (not "no vale la pena esperar")
    _rule(r"\bno (?:le )?(?:vale|merece) la pena\b(?! (?:esperar|arriesgar\w*|retrasar\w*))"),
    # calming words and dropping the flag: "quédese tranquilo", "puede pasarlo por alto"
    _rule(r"\b(?:puede|pueden|se puede) (?:estar|quedar\w*) tranquil\w*|\bquédese tranquil\w*|"
          r"\besté tranquil\w*|\bno (?:le )?preste (?:ninguna |mucha )?atención|"
          r"\bpas\w+ por alto\b",
          unless_negated=False),
]
DE = [
    _rule(r"kein(?:en)? Grund zur (?:Sorge|Beunruhigung)|keine Sorge|"
          r"machen Sie sich keine Sorgen|(?:müssen|brauchen) Sie (?:deswegen |damit |"
          r"dafür )?nicht zu(?:m Arzt| einer Ärztin)|nicht zum Arzt|(?:immer|völlig|ganz|"
          r"absolut) (?:harmlos|normal|unbedenklich)"
          # ("ganz normal essen": how to get ready, not a verdict)
          r"(?! (?:essen|trinken|frühstücken|arbeiten|Sport))|ignorieren|bedeutungslos|"
          r"geht von (?:selbst|"
          r"allein) weg|erledigt sich von selbst|kein Handlungsbedarf|(?:muss|müssen|braucht|"
          r"brauchen) (?:\w+ ){0,2}nicht (?:\w+ ){0,2}(?:verfolgt|kontrolliert|wiederholt|"
          r"abgeklärt|untersucht|beachtet|behandelt)\w*|nicht (?:nötig|notwendig|wichtig|"
          r"schlimm)|nichts Ernstes|Laborfehler|egal|keinen Kopf|Kleinigkeit|Lappalie|banal|"
          r"nie (?:\w+ )?nötig"),
    _rule(r"\bkein Problem\b|\bglauben Sie mir\b"),
    _rule(r"\bbelästigen\b|\bZeit verschwenden\b|\bdamit nicht (?:zum|zur|behelligen)",
          unless_hedged=False),
    _rule(r"\b(?:erfordert|braucht|benötigt) kein\w* (?:\w+ )?(?:Nachkontrolle|Kontrolle|"
          r"Behandlung|Abklärung|Untersuchung)\b|\bkleines Problem\b"),
    _rule(r"\b(?:ist|sind) nichts\b|\bkeine Bedeutung\b|\b(?:ist|sind) (?:doch |ganz |"
          r"völlig )?normal\b"),
    _rule(r"\bnormal für (?:Ihr|Ihre|das|dein) Alter\b",
          unless_hedged=False),
    _rule(r"\bspielt (?:nie|keine|überhaupt keine) (?:eine )?Rolle\b|\bnie wichtig\b",
          unless_hedged=False),
    # "in einen Diabetes übergehen" is a progression, not leaving the result aside
    _rule(r"(?:^|(?<=[,;:.!?]\s))(?:(?!(?:in|ins|zu|zur|zum)\s)[^\s,;:.!?]+\s+){0,12}?"
          r"übergeh\w*(?!\s+in\b)|\bignorier\w*|\bnicht beachten\b",
          unless_hedged=False),
    _rule(r"\bzu erwarten\b|\bso bleiben\b|\bkann man (?:so )?lassen\b"),
    # putting the check off: "kann bis zum nächsten Check-up warten", "hat Zeit bis nächstes Jahr"
    _rule(r"\b(?:kann|können|könnt)\b(?:(?!\bob\b|\bwenn\b|\bfalls\b)[^.;?,]){0,60}?"
          r"\bbis (?:zum|zur|zu|nächst\w*|in)\b[^.;?]{0,50}"
          r"\bwarten\b|\bwarten,? bis (?:zum|zur) nächsten\b|\bhat (?:\w+ )?Zeit bis (?:zum|zur|"
          r"nächst)\w*|\breicht (?:es )?(?:beim|im|zum|zur|bei der) nächsten\b",
          unless_choice=True),
    # "ist unbedenklich", "normalisiert sich von selbst": harmless, or fixing itself
    _rule(_OWN_CLAUSE + r"\b(?:ist|sind|wirkt|wirken|scheint|scheinen) "
          r"(?:(?!nicht |kein|" + _HEDGE_DE + r")\w+ ){0,2}?(?:harmlos|unbedenklich|ungefährlich|"
          r"belanglos|unerheblich|unbedeutend)\b|\b(?:normalisiert|regelt|reguliert|erledigt|gibt|"
          r"bessert|legt)\w* sich (?:\w+ )?(?:von selbst|von allein|ganz allein)" + _NOT_ALWAYS,
          unless_negated=True, unless_modal=True),
    # no relevance: "keine klinische Relevanz", "ohne Bedeutung", "spielt keine große Rolle"
    _rule(r"\bkeine (?:klinische |große |besondere |weitere |praktische )?(?:Relevanz|Bedeutung)\b|"
          r"\bohne (?:jede |jegliche |große |klinische )?(?:Relevanz|Bedeutung)\b|\birrelevant\b|"
          r"\bspielt (?:\w+ ){0,2}?keine (?:große |besondere |wichtige )?Rolle\b|\bbrauch\w* "
          r"kein\w* (?:\w+ )?(?:Kontrolle|Nachkontrolle|Wiederholung|Therapie|Termin|Arztbesuch|"
          r"Beachtung|Aufmerksamkeit|Nachsorge|Abklärung)\b"),
    # "lohnt sich dafür kein Termin": not worth a visit (not "lohnt sich nicht, zu warten")
    _rule(r"\blohnt (?:sich )?(?:\w+ ){0,4}?(?:nicht|kein\w*)\b(?![^.;]{0,20}\b(?:zu warten|"
          r"abzuwarten|aufzuschieben|zu verschieben)\b)"),
    # "die Kontrolle können Sie sich sparen": the check dropped as not worth it
    _rule(r"\b(?:Kontrolle|Nachkontrolle|Untersuchung|Termin|Wiederholung|Arztbesuch|Weg zum "
          r"Arzt|Gang zum Arzt|Ultraschall)\b[^.;?]{0,30}\b(?:sparen|schenken)\b|"
          r"\b(?:sparen|schenken) Sie sich\b(?![^.;?]{0,40}\bnicht\b)",
          unless_negated=True),
    # "kein Arztbesuch nötig", "außer Acht lassen": no visit, no attention
    _rule(r"\bbedarf keiner (?:\w+ )?(?:Abklärung|Kontrolle|Nachkontrolle|Behandlung|Beachtung|"
          r"Untersuchung|Wiederholung)\b|\b(?:Kontrolle|Nachkontrolle|Wiederholung|"
          r"Untersuchung|Termin|Arztbesuch|Abklärung|Behandlung)\b(?: \w+){0,3}? (?:ist|sind|wäre|"
          r"wären) (?:(?!nicht |keineswegs |keinesfalls |nie )\w+ ){0,3}?(?:überflüssig|unnötig|"
          r"entbehrlich|nicht erforderlich)\b|"
          r"\bkein\w* (?:\w+ )?(?:Termin|Arztbesuch|Kontrolle|Nachkontrolle|Wiederholung|"
          r"Behandlung|Abklärung) (?:ist |sind )?(?:\w+ )?(?:nötig|notwendig|erforderlich)\b|"
          r"\baußer Acht\b|\bkeine Beachtung\b"),
]

# Later additions, kept at the end of each list so the engine's order of earlier rules holds.
# The checks that can be dropped, for "can the follow-up be cancelled", "skip the recheck"
_CHECK_EN = (r"(?:follow-?ups?|appointments?|re-?checks?|repeats?|re-?tests?|tests?|scans?|visits?|"
             r"ultrasounds?|mammograms?|referrals?|check-?ups?|blood tests?|screening|"
             r"\w+scop(?:y|ies)|biops(?:y|ies)|MRI|CT|x-rays?|ECGs?|EKGs?|smears?|eye exams?)")
# telling the person there is no hurry: "so there is no rush" (not "no rush, but book ...")
_NO_RUSH_AFTER = (r"(?![^.;]{0,60}\b(?:but|appointment|doctor|clinician|gp|visit|book|discuss|"
                  r"mention|arrange|weeks?|months?|pero|cita|médico|consulta|aber|Termin|Arzt|"
                  r"Ärztin|besprechen)\b)")
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
ZH += [
    # "不用再操心", "用不着理会": no attention needed
    _rule(r"(?:不用|不必|无需|用不着|犯不着|不需要|没必要)(?:再|太|去|为此|为这个)?(?:操心|理会|费心|"
          r"管它|当回事|做任何(?:事|处理)?)"),
    # the check dropped: "复查可以取消吧", "跳过这次复查"
    _rule(r"(?:复查|随访|检查|超声|B超|彩超|预约|就诊|门诊|肠镜|胃镜|活检|穿刺)(?:(?![不别勿])[\u4e00-\u9fff]){0,4}?"
          r"(?:可以|能|就|是不是可以|可不可以|能不能|是不是能)(?:直接)?(?:取消|不做|免了|省了|不去|"
          r"跳过|推掉|算了)|(?<![需要果若])(?:取消|省掉|省了|跳过|推掉|免了)(?:这次|下次|这个|那次)?(?:的)?(?:复查|"
          r"随访|检查|超声|预约|肠镜|胃镜|活检)",
          kinds=ALL, unless_negated=True, unless_choice=True, unless_hedged=False),
    # "不着急", "不急": no hurry (not "不急诊", not "不急，但建议…")
    _rule(r"(?:不着急|不(?:用|必)(?:着)?急|(?<![用必])不急(?![诊于性]))(?![^。；]{0,20}(?:但|不过|建议|"
          r"预约|医生|门诊|就诊))"),
    # a question that calls the result normal first: "本来就很正常，还需要…吗", "很正常吧"
    _rule(r"(?:本来|反正|本身)就?(?:很|挺|是|属于)?正常|正常(?:的)?吧|还用(?:得着)?[管查看去理]",
          kinds=QUESTION, unless_hedged=False),
]
ES += [
    # "no tiene por qué preocuparse", "no tiene que ocuparse de ello"
    _rule(r"\bno (?:tiene|tienen|tienes|hay) (?:que|por qué) (?:preocupar\w*|ocupar\w*|"
          r"hacer (?:nada|ninguna cosa)(?! (?:antes|hasta|salvo|excepto|especial)))"),
    # the check dropped: "¿se puede cancelar la ecografía?", "saltarme el control"
    _rule(r"\b(?:saltar\w*|cancelar\w*|suspender\w*|anular\w*|omitir\w*|prescindir\w*|"
          r"ahorrar\w*|dejar de (?:ir|hacer\w*)|faltar a)\b (?:(?:a |de |del |al )?(?:el |la |los |"
          r"las |este |esta |mi |su )?)(?:\w+ ){0,1}?(?:control\w*|revisión|seguimiento|cita|"
          r"consulta|prueba|análisis|analítica|ecografía|mamografía|repetición|\w+scopia|"
          r"biopsia|resonancia|radiografía)\b"
          r"(?![^.;?]{0,30}\b(?:no es|no se recomienda|puede|podría|retras\w+|significa)\b)"
          r"(?![^?]{0,80}\bo (?:es|debo|debería|conviene|hace falta|sería)\b)",
          kinds=ALL, unless_negated=True, unless_choice=True, unless_hedged=False),
    # "no hay prisa", "no corre ninguna prisa" (not "no hay prisa, pero pida cita")
    _rule(r"\bno (?:hay|corre|tiene) (?:ninguna |mucha )?prisa\b" + _NO_RUSH_AFTER
          + r"|\bsin (?:ninguna )?prisa\b" + _NO_RUSH_AFTER),
    # "es normal de todas formas, así que ¿tengo que hacer algo?"
    _rule(r"\b(?:normal|frecuente|habitual|inofensiv\w+)\b[^?]{0,30}\b(?:de todas formas|de todos "
          r"modos|igualmente|en cualquier caso)\b|\b(?:es|son) (?:muy |totalmente )?(?:normal|"
          r"frecuente|habitual|inofensiv\w+)\b[^?¿]{0,40}(?:así que|por lo que|entonces)[^?]{0,30}"
          r"\b(?:algo|siquiera|molestar\w*|preocupar\w*|dejarlo|saltar\w*)\b",
          kinds=QUESTION, unless_hedged=False),
]
_CHECK_DE = (r"(?:\w*[Kk]ontroll\w*|\w*[Uu]ntersuchung|Termin|Wiederholung|Arztbesuch|"
             r"Ultraschall|Blutabnahme|Test|Nachsorge|Abklärung|\w*[Ss]piegelung|\w*skopie|"
             r"Biopsie|MRT|CT|Röntgen\w*|EKG)\b")
_NOT_DE = r"(?:(?!\bnicht\b(?! einfach| auch| gleich)|\bkein|\bnie\b)[^.;?,])"
DE += [
    # "darum brauchen Sie sich nicht zu kümmern", "müssen Sie sich keine Gedanken machen"
    _rule(r"\b(?:brauchen|müssen|musst|brauchst|muss man|braucht man) (?:Sie |du )?sich "
          r"(?:\w+ ){0,3}?(?:nicht|keine\w*) (?:(?!allein\w*\b|selbst\b)\w+ ){0,2}?(?:zu )?"
          r"(?:kümmern|sorgen|Sorgen|"
          r"Gedanken|beunruhigen|aufregen)\b"),
    # the check dropped: "kann die Kontrolle doch ausfallen", "auf den Termin verzichten"
    # (with "kann" or "darf"; a "nicht" inside undoes it, but "nicht einfach" leads)
    _rule(r"(?:\b(?:kann|können|könnte\w*|darf|dürfen|dürfte\w*|lässt sich|lassen sich)\b"
          + _NOT_DE + r"{0,50}?\b" + _CHECK_DE + r"|\b" + _CHECK_DE + _NOT_DE + r"{0,30}?"
          r"\b(?:kann|können|könnte\w*|darf|dürfen|dürfte\w*)\b)" + _NOT_DE + r"{0,40}"
          r"\b(?:ausfallen|entfallen|wegfallen|streichen|gestrichen|absagen|abgesagt|weglassen|"
          r"weggelassen|auslassen|ausgelassen|sein lassen|bleiben lassen|verzichten)\b"
          r"(?![^?]{0,80}\boder\s+\w)",
          kinds=ALL, unless_choice=True, unless_hedged=False),
    # "es eilt nicht", "damit hat es keine Eile" (not "es eilt nicht, aber ...")
    _rule(r"\beilt (?:also |ja |überhaupt |gar |wirklich )?nicht\b" + _NO_RUSH_AFTER
          + r"|\bkeine Eile\b" + _NO_RUSH_AFTER),
    # "ist sowieso normal, muss ich da überhaupt etwas tun?"
    _rule(r"\b(?:sowieso|ohnehin|eh|doch) (?:ganz |völlig |total )?(?:normal|harmlos|üblich|"
          r"häufig)\b|\büberhaupt (?:noch )?(?:etwas|was) (?:tun|machen|unternehmen)\b",
          kinds=QUESTION, unless_hedged=False),
]
# the person told to put it out of mind or carry on (not "carry on ... and mention it")
_NO_VISIT_AFTER = (r"(?![^.;]{0,60}\b(?:but|appointment|doctor|clinician|gp|visit|book|discuss|"
                   r"mention|pero|cita|médico|consulta|comente|aber|Termin|Arzt|Ärztin|"
                   r"besprechen)\b)")
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
ZH += [
    _rule(r"(?:不用|不必|无需|不需要)(?:特别|专门|额外|另外|特意|做)(?:处理|治疗|复查|关注|干预)|"
          r"不会(?:对[\u4e00-\u9fff]{0,8})?(?:造成|有|产生|带来)(?:任何|什么)(?:影响|危害|问题)|"
          r"(?:照常|正常)生活就(?:行|好|可以)|该干(?:嘛|什么)(?:就)?干(?:嘛|什么)|"
          r"(?:年纪|年龄)大了[\u4e00-\u9fff]{0,4}(?:都|就)(?:这样|会这样|正常)|没(?:有)?(?:必要|理由)"
          r"(?:专门|特意|特地)?(?:去|找|挂|复查|预约)"),
    _rule(r"真(?:的)?(?:有|需要)?必要|真的需要(?:专门|特意|特地)?(?:去|跑|复查|看)|这么(?:小|一点)的"
          r"[\u4e00-\u9fff]{0,6}(?:也|还)(?:要|需要|用|得)",
          kinds=QUESTION, unless_hedged=False),
]
ES += [
    _rule(r"\bnada (?:preocupante|alarmante|importante|relevante)\b|\bsin que (?:usted )?tenga "
          r"que hacer nada\b|\b(?:seguir|hacer|continuar) (?:con )?(?:su )?vida normal\b"
          + _NO_VISIT_AFTER + r"|\bquit\w+ de la cabeza\b|\bcosa de la edad\b|\bno (?:es|hay) "
          r"motivo (?:para|de) (?:pedir|ir|volver|consultar|repetir|preocupar)\w*|\bpas(?:ar|o|e) "
          r"de (?:este|ese|esto|eso|ello)(?: \w+)?(?=\s*[?,.;])",
          kinds=ALL),
    _rule(r"\bde verdad (?:tengo|hace falta|es necesario|debo)(?: que)? (?:volver|ir|repetir|"
          r"acudir|consultar|pedir|molestar)\w*|\bpor algo tan (?:pequeño|poco|insignificante|"
          r"mínimo)\b",
          kinds=QUESTION, unless_hedged=False),
]
DE += [
    _rule(r"\bkein(?:en)? Grund,? (?:\w+ ){0,3}?(?:Termin|zum Arzt|zur Ärztin|Kontrolle|zu "
          r"(?:gehen|wiederholen|kontrollieren)|\w+zumachen|\w+zulassen)\w*|\bohne dass Sie "
          r"(?:etwas|irgendetwas) tun müssen\b|\b(?:ganz normal|wie gewohnt) weiter\w*"
          + _NO_VISIT_AFTER + r"|\baus dem Kopf\b|\bgehört (?:einfach )?zum Älterwerden\b"),
    _rule(r"\bwirklich (?:extra |noch |gleich )?(?:zum Arzt|zur Ärztin|wiederholen|kontrollieren|"
          r"abklären|nötig|notwendig)|\b(?:so einer|solche[rn]?) (?:Kleinigkeit|Lappalie)\b|"
          r"\b(?:kann|können) (?:ich|wir) (?:mit \w+ \w+ )?(?:einfach|ruhig|getrost) bis "
          r"(?:zum|zur|nächst)\w*[^?]{0,40}\bwarten\b(?![^?]{0,60}\boder\b)",
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
ZH += [
    # "不需要重新检测", "不必为此专门复查": no recheck, with the gap words a model puts in
    _rule(r"(?<![许很大多有部并])(?<!认为)(?<!觉得)(?<!判断)(?:不需要|不用|不必|无需|没必要|用不着)"
          r"(?:再|重新|另外|额外|专门|特意|特地|为此|为这个|去|马上|急着|立刻|抽血|做){0,3}(?:(?:超声|B超|"
          r"彩超|CT|核磁|肠镜|胃镜|血)?(?:化验|检测|复测|复查|随访|重查|重测|检查)|超声|B超|彩超|肠镜|胃镜)"),
    # asked, leading: "等明年体检再说就行了？" (a plain "可以等到下次体检再处理吗？" asks)
    _rule(r"(?:明年|下次|下一次|下回|年底|以后|过段时间|过几个月)[\u4e00-\u9fff]{0,6}再(?:说|看|查|复查|处理|"
          r"检查)[^？?。，,]{0,6}(?:就行|就可以|就好|吧)"
          r"(?![^？?]{0,20}还是)",
          kinds=QUESTION, unless_choice=True, unless_hedged=False),
    # "我可以不做肠镜吗", "复查是不是多余的": the check dropped or called needless, also asked
    _rule(r"(?:可以|能|能不能|可不可以|是不是可以)(?:先|就|直接)?不(?:做|去|查|复查|预约)(?:这次|这个|那个)?"
          r"(?:的)?(?:复查|检查|肠镜|胃镜|活检|超声|B超|彩超|CT|核磁|随访)(?![前后时])|"
          r"(?:可以|能)(?:先|就|直接)?不(?:查|复查|去|管)(?:了)?吗|"
          r"(?:复查|随访|检查|肠镜|胃镜|活检|超声|B超|彩超)[^，。？?]{0,6}(?:多余|没(?:有)?必要|白做|"
          r"浪费(?:时间|钱))",
          kinds=ALL, unless_negated=False, unless_choice=True),
]
ES += [
    # "puede dejarlo hasta el próximo chequeo": put off to the next routine visit
    _rule(r"\b(?:puede|pueden|puedes|podemos|podría\w*)\b (?:\w+ ){0,3}?(?:dejar\w*|aplazar\w*|"
          r"posponer\w*|esperar) (?:\w+ ){0,4}?(?:hasta|para) (?:el|la|su|tu) "
          r"(?:próxim|siguiente)\w*",
          unless_choice=True),
    # asked, leading: "como es leve, ¿puedo dejar el control para el año que viene?"
    _rule(r"\b(?:ya que|como|dado que|puesto que|si)\b[^?¿]{0,60}\b(?:solo|sólo|leve|poco|"
          r"apenas|inofensiv\w*|seguramente|probablemente)\b[^?¿]{0,40},\s*¿?\s*"
          r"(?:puedo|podemos|podría|se puede)\b[^?]{0,40}?\b(?:esperar|dejar\w*|aplazar\w*|"
          r"posponer\w*)\b[^?]{0,40}?\b(?:(?:hasta|para) (?:el|la|mi|su) (?:próxim|siguiente)\w*|"
          r"(?:hasta|para) el año que viene|(?:hasta|para) (?:el|la|mi|"
          r"su) [^?]{0,25}\b(?:año que viene|próximo año|anual)\b)(?![^?]{0,60}\bo\b)",
          kinds=QUESTION, unless_choice=True, unless_hedged=False),
]
DE += [
    # "kannst du bis zur nächsten Routineuntersuchung liegen lassen": put off to the next visit
    # with any verb of leaving; "reicht es, den Test im nächsten Jahr zu wiederholen"
    _rule(r"\b(?:kann|können|kannst|könnt|könnte\w*|darf|dürfen|darfst)\b(?:(?!\bob\b|\bwenn\b|"
          r"\bfalls\b|\bnicht\b)[^.;?,]){0,60}?\bbis (?:zum|zur|zu|nächst\w*|in)\b[^.;?]{0,50}"
          r"\b(?:liegen lassen|ruhen lassen|lassen|ruhen|verschieben|aufschieben|zurückstellen)\b|"
          r"\b(?:reicht|genügt) (?:es )?(?:auch |völlig |vollkommen |durchaus )?(?:,\s*)?"
          r"(?:(?!\bnicht\b|\bob\b)[^.;?]){0,50}?\b(?:(?:im|zum|beim|bei der|zur) nächsten (?:Jahr|"
          r"Routine\w*|Check\w*|Vorsorge\w*|Gesundheits\w*)|in (?:einem|zwei|ein paar) Jahren?|"
          r"nächstes Jahr)\b",
          unless_choice=True),
    # "sodass sich ein Gespräch darüber nicht lohnt": verb last (not "Abwarten lohnt sich nicht")
    _rule(r"\bsich\b(?:(?!\bob\b|warten\b|Abwarten|[Zz]ögern|"
          r"aufzuschieben)[^.;?,]){0,40}?\b(?:nicht|"
          r"kaum|keinesfalls) (?:wirklich |so recht |mehr )?lohn(?:t|en)\b"),
    # asked, leading ("doch", "getrost", or a premise that it is minor): "da der Wert nur leicht
    # erhöht ist, kann ich die Kontrolle doch verschieben?" (a plain "kann das warten?" asks)
    _rule(r"(?:\b(?:da|weil|nachdem)\b[^?]{0,60}\b(?:nur|harmlos|leicht|knapp|gering|minimal|"
          r"unbedenklich|wahrscheinlich|vermutlich)\w*\b[^?]{0,40},\s*|\b(?:doch|einfach|ruhig|"
          r"getrost|bedenkenlos|problemlos)\b[^?]{0,30})"
          r"(?:\b(?:kann|darf|könnte|können|dürfen) (?:ich|wir|man)\b)?[^?]{0,50}?\bbis (?:zum|zur|"
          r"zu|nächst\w*|in)\b[^?]{0,40}\b(?:warten|verschieben|aufschieben|liegen lassen|"
          r"ruhen lassen|lassen|zurückstellen)\b(?![^?]{0,60}\boder\b)",
          kinds=QUESTION, unless_choice=True, unless_hedged=False),
    # "kann ich mir die Magenspiegelung sparen?": any check, also asked
    _rule(r"\b" + _CHECK_DE + r"[^.;?]{0,30}\b(?:sparen|schenken)\b(?![^?]{0,80}\boder\s+\w)",
          kinds=ALL, unless_negated=True, unless_choice=True, unless_hedged=False),
]

# Round 4: constructions whose skeleton the narrower patterns above did not reach.
# like _OWN_CLAUSE, but hedges may stand in it: "it is generally harmless and can wait until
# your next check" still puts this person's check off (a clinician, "if" or "whether" do not)
_OWN_CLAUSE_H = (r"(?:^|(?<=[.;:!?,]))(?:(?!\b(?:clinician|doctor|whether|if|unless|médic[oa]|si|"
                 r"Arzt|Ärztin|ob|wenn|falls|report|informe|Befund|suggest\w*|recommend\w*|"
                 r"decid\w*|entscheid\w*)\b)[^.;:!?,]){0,80}?")
_NEEDLESS_DE = (r"(?:überflüssig|unnötig|entbehrlich|verzichtbar|nicht (?:nötig|notwendig|"
                r"erforderlich))")
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
ZH += [
    # "所以您不用为此再来一趟": no return visit needed
    _rule(r"(?:不用|不必|无需|不需要|没必要|用不着)(?:为此|为这个|再|专门|特意|特地){0,3}(?:来|跑)(?:一趟|"
          r"一次|医院|门诊)"),
]
DE += [
    # verb last in a subordinate clause: "sodass Sie ... bis zum nächsten Check-up warten können"
    _rule(_OWN_CLAUSE + r"\bbis (?:zum|zur|zu|nächst\w*|ins?)\b" + _NOT_DE + r"{0,50}?\b(?:warten|"
          r"verschieben|aufschieben|liegen lassen|ruhen lassen|zurückstellen|ruhen) (?:können|kann|"
          r"könnt|könnten|dürfen|darf|dürften)\b",
          unless_choice=True),
    # the check called needless in any order: "ist ein eigener Termin dafür eigentlich überflüssig"
    _rule(r"\b" + _CHECK_DE + _NOT_DE + r"{0,40}?\b" + _NEEDLESS_DE + r"\b",
          unless_negated=True, unless_choice=True),
    # "müssen Sie deswegen nicht noch einmal kommen": no return visit
    _rule(r"\b(?:müssen|brauchen|muss|braucht) (?:Sie |man )?(?:deswegen |deshalb |dafür |"
          r"damit |daher |"
          r"also )?nicht (?:noch einmal |nochmal |noch mal |erneut |wieder |extra |eigens |"
          r"zur Kontrolle )*(?:zu )?(?:kommen|wiederkommen|vorbeikommen|vorstellen|melden)\b"),
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
ZH += [
    # "不用特意去看", "不必专门跑一趟": no visit, with the adverb a model puts in
    _rule(r"(?:不用|不必|无需|不需要|没必要|用不着)(?:再|专门|特意|特地|为此|为这个){1,3}(?:去)?(?:看|查|跑|管)"
          r"(?![\u4e00-\u9fff]{0,2}(?:时|前|后))"),
]
DE += [
    # "kein Grund zur Eile" (not "..., aber vereinbaren Sie einen Termin")
    _rule(r"\bkein(?:en)? Grund zur (?:Eile|Hektik)\b" + _NO_RUSH_AFTER,
          kinds=STATEMENT),
    # asked, leading: "muss ich deswegen wirklich extra einen Termin machen?"
    _rule(r"\b(?:muss|müsste|soll|sollte|"
          r"brauche) ich (?:[^\W\d]+ ){0,6}?wirklich\b[^?]{0,40}\b(?:Termin|"
          r"Arzt|Ärztin|Kontrolle|wiederholen|kontrollieren|abklären|hingehen|vorbeikommen|"
          r"untersuchen|nachsehen|nachschauen|testen|checken)",
          kinds=QUESTION, unless_hedged=False),
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
DE += [
    # "sich nicht weiter drum kümmern", "sich keinen Kopf darüber machen": no attention needed
    _rule(r"\bsich\b(?:(?!\bob\b|\bwenn\b|\bselbst\b|\ballein\w*)[^.;?,]){0,20}?\b(?:nicht"
          r"|keine\w*) "
          r"(?:weiter |mehr |groß |länger |extra |näher |großartig )?"
          r"(?:(?!allein\w*\b|selbst\b|sofort\b|gleich\b|jetzt\b|unbedingt\b)\w+ )?(?:darum |drum |"
          r"darüber |drüber |damit |deswegen |deshalb |dafür )?(?:zu )?(?:kümmern|scheren|"
          r"Kopf|Sorgen machen|Gedanken machen)\b(?![^.;]{0,80}\b(?:aber|sondern|jedoch)\b)",
          kinds=ALL, unless_hedged=False),
    # "müssen Sie deswegen nicht extra zum Arzt gehen": no visit (not "..., aber bitte ...")
    _rule(r"\b(?:müssen|muss|musst|brauchen|braucht|brauchst)\b (?:\w+ ){0,3}?(?:nicht|kein\w*) "
          r"(?:(?!sofort\b|gleich\b|unbedingt\b|heute\b|nüchtern\b|allein\w*\b)\w+ ){0,2}?(?:zum"
          r"|zur|in die|ins) (?:\w+ )?"
          r"(?:Arzt|Ärztin|Hausarzt|Hausärztin|Praxis|Arztpraxis|Kontrolle|Untersuchung"
          r"|Krankenhaus|"
          r"Facharzt|Fachärztin)\b(?![^.;]{0,80}\b(?:aber|sondern|jedoch|trotzdem|dennoch)\b)",
          kinds=STATEMENT, unless_hedged=False),
    # "können Sie die Kontrolle getrost auf das nächste Jahr verschieben": put off, any preposition
    _rule(r"\b(?:kann|können|kannst|könnt|darf|dürfen|darfst)\b(?:(?!\bob\b|\bwenn\b|\bfalls\b|"
          r"\bnicht\b)[^.;?,]){0,60}?\b(?:auf|in|ins|bis ins) (?:das |den |die )?(?:nächste\w*|"
          r"kommende\w*|folgende\w*) (?:Jahr|Check\w*|Vorsorge\w*|Routine\w*|Gesundheits\w*)\b"
          r"[^.;?]{0,20}\b(?:verschieben|aufschieben|vertagen|zurückstellen|lassen|warten)\b"
          r"(?![^?]{0,60}\boder\b)",
          kinds=ALL, unless_choice=True, unless_hedged=False),
    # "man kann das einfach lassen", "können Sie ruhig so stehen lassen": the result left alone
    _rule(r"\b(?:kann|können|kannst|könnt|darf|dürfen)\b[^.;?,]{0,30}?\b(?:einfach|ruhig|getrost|"
          r"bedenkenlos|gern|gerne) (?:so )?(?:lassen|stehen lassen|sein lassen|links liegen"
          r" lassen|"
          r"ignorieren|übergehen|beiseitelassen)\b(?![^.;?]{0,40}\bbis\b)",
          kinds=ALL, unless_negated=True, unless_hedged=False),
]
ES += [
    # "puede dejarlo tal cual", "no hace falta preocuparse más": the result left alone
    _rule(r"\b(?:puede|pueden|puedes|podemos)\b[^.;?]{0,20}?\bdejarlo (?:tal cual|así|estar|"
          r"correr|pasar)\b|\bno (?:hace falta|es necesario|tiene que|necesita) "
          r"(?:preocuparse|ocuparse|pensar)\w* (?:más|mucho|demasiado|en (?:ello|eso))",
          kinds=ALL, unless_hedged=False),
]
ZH += [
    # "放宽心", "把心放到肚子里": calming words
    _rule(r"放宽心|宽宽心|心放(?:到|在|回)?肚子里",
          kinds=ALL, unless_negated=True, unless_hedged=False),
    # "不用专门去再做检查", "等下次常规体检再顺便复查即可": the check dropped or put off, with
    # the filler words a model puts between
    _rule(r"(?<![许很大多有部并])(?<!认为)(?<!觉得)(?<!判断)(?:不需要|不用|不必|无需|没必要|用不着)"
          r"(?:再|重新|另外|额外|专门|特意|特地|为此|为这个|去|马上|急着|立刻|做|跑去){1,5}"
          r"[\u4e00-\u9fff]{0,3}?(?:化验|检测|复测|复查|随访|重查|检查|超声|B超|彩超|肠镜|胃镜|CT|核磁)|"
          r"(?:明年|下次|下一次|下回|年底|以后|过段时间|过几个月)[\u4e00-\u9fff]{0,8}再(?:顺便|一起|"
          r"去|来|做|顺带){1,2}(?:说|看|查|复查|处理|检查)",
          unless_choice=True, unless_hedged=False),
    # asked, leading: "应该不需要再做胃镜了吧？", "不用复查了吧"
    _rule(r"(?:不需要|不用|不必|没必要|用不着|无需)[^，,。？?]{0,10}了吧|(?:是不是|应该)?就(?:不需要|"
          r"不用|不必|没必要|可以不)[^，,。？?]{0,8}了[吗吧]?\s*[？?]",
          kinds=QUESTION, unless_hedged=False),
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
# the check itself put back, any verb: "die Kontrolle etwas nach hinten schieben"
_PUT_OFF_DE = (r"(?:nach hinten (?:schieben|verschieben|verlegen)|hinausschieben|hinauszögern|"
               r"aufschieben|verschieben|vertagen|zurückstellen|später (?:machen|angehen|"
               r"erledigen))")
# it needs no further attention, verb last: "was keine weitere Beachtung braucht"
_ATTENTION_DE = (r"(?:Beachtung|Aufmerksamkeit|Abklärung|Kontrolle|Nachkontrolle|Behandlung|"
                 r"Maßnahme\w*|Schritte|Nachsorge|Sorge\w*)")
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
DE += [
    # "was keine weitere Beachtung braucht", "erfordert keine Abklärung": no follow-up needed
    _rule(r"\bkein\w* (?:weiter\w* |besonder\w* |groß\w* |ärztlich\w* |zusätzlich\w* |"
          r"gesondert\w* |extra )?" + _ATTENTION_DE + r" (?:\w+ )?(?:braucht|brauchen|benötigt|"
          r"benötigen|erfordert|erfordern|verdient|verdienen|bedarf|bedürfen|nötig macht)\b|"
          r"\b(?:benötigt|benötigen|erfordert|erfordern|verdient|verdienen) (?:\w+ ){0,2}?kein\w* "
          r"(?:\w+ )?" + _ATTENTION_DE + r"\b",
          unless_hedged=False),
    # "können Sie die Kontrolle gerne nach hinten schieben": the check put back, no date needed
    # (either order: "Die Kontrolle lässt sich problemlos verschieben")
    _rule(_OWN_CLAUSE_H + r"(?:\b(?:kann|können|kannst|könnt|darf|dürfen|darfst|lässt sich|"
          r"lassen sich)\b" + _NOT_DE + r"{0,60}?\b" + _CHECK_DE + r"|\b" + _CHECK_DE + _NOT_DE
          + r"{0,20}?\b(?:kann|können|darf|dürfen|lässt sich|lassen sich)\b)" + _NOT_DE
          + r"{0,40}?\b" + _PUT_OFF_DE + r"\b(?![^?]{0,60}\boder\b)",
          unless_hedged=False, unless_choice=True, unless_negated=True),
    # asked, leading ("doch", "ja", or a premise that it is minor): "da der Wert nur minimal
    # erhöht ist, reicht es doch, wenn wir das beim nächsten Check-up anschauen?"
    _rule(r"(?:\b(?:da|weil|nachdem|wenn)\b[^?]{0,60}\b(?:nur|harmlos|leicht|knapp|gering|minimal|"
          r"unbedenklich|normal)\w*\b[^?]{0,40},\s*|\b(?:doch|ja|eh|sowieso|ohnehin)\b[^?]{0,30})"
          r"(?:\b(?:reicht|genügt|langt)\b|\b(?:kann|darf|könnte|können|dürfen) (?:ich|wir|man)\b)"
          r"[^?]{0,70}?(?:\b(?:im|zum|beim|bei der|zur|in der|ins) nächsten? (?:Jahr|Routine\w*|"
          r"Check\w*|Vorsorge\w*|Gesundheits\w*)|\bin (?:einem|zwei|drei|ein paar) Jahren?\b|"
          r"\bnächstes Jahr\b|\b" + _PUT_OFF_DE + r"\b|\bspäter\b)(?![^?]{0,60}\boder\b)",
          kinds=QUESTION, unless_choice=True, unless_hedged=False),
]
DE += [
    # "kein Anlass zur Sorge", "keine Veranlassung zur Beunruhigung" (titles too)
    _rule(r"\bkein\w* (?:Anlass|Veranlassung|Grund) (?:zur|zu) (?:Sorge|Beunruhigung|Besorgnis|"
          r"Panik|Aufregung)\b",
          kinds=STATEMENT, unless_hedged=False),
]
EN += [
    # a title or clause that drops the follow-up: "Eye pressure: recheck not needed"
    _rule(r"\b(?:re-?checks?|re-?tests?|re-?testing|follow-?ups?|repeat (?:tests?|checks?)|further "
          r"(?:tests?|checks?|testing)|check-?ups?|monitoring|Kontroll\w*|Nachkontroll\w*|"
          r"Wiederholung\w*|Nachuntersuchung\w*) (?:is |are |ist |sind )?(?:not (?:needed|"
          r"necessary|required)|unnecessary|unneeded|nicht (?:nötig|notwendig|erforderlich)|"
          r"unnötig|überflüssig)\b", unless_negated=True, unless_hedged=False),
]
ZH += [
    # "一般属于无害的生理波动": the result filed as a harmless normal variation, even with 一般
    _rule(r"属于(?:无害|无碍|良性|正常)的?(?:生理)?性?(?:波动|现象|变化|变异)|"
          r"(?<!可能是)(?<!可能)(?<!也许是)(?<!或许是)(?<!未必是)无害的生理性?(?:波动|现象|变化)",
          unless_negated=True, unless_hedged=False),
    # "这次就不做肠镜了可以吗": asking leave to skip the check
    _rule(r"不(?:做|查|复查|随访|去做|去查|去看|看医生|就诊)[\u4e00-\u9fff]{0,4}了?[，,]?\s*"
          r"(?:可以|行|好|没事|没问题|没关系)[吗吧嘛]",
          kinds=QUESTION, unless_hedged=False),
]
EN += [
    # follow-up or not, "makes little difference": "随不随访其实区别不大", "ob Sie es kontrollieren
    # lassen oder nicht, macht kaum einen Unterschied"
    _rule(r"\b(?:or not|oder nicht|o no)\b[^.;?]{0,30}?\b(?:makes? (?:little|no|hardly any) "
          r"difference|(?:does|do)(?:n'?t| not) (?:really )?matter|macht (?:kaum|keinen|wenig) "
          r"(?:einen )?Unterschied|ist (?:eigentlich |doch )?egal|da (?:casi )?(?:igual|lo mismo)|"
          r"no cambia (?:mucho|nada|gran cosa))\b|"
          r"([查做随复看治])不\1[\u4e00-\u9fff]{0,4}?(?:其实|也|都)?(?:区别|差别|差异|影响)不大|"
          r"([查做随复看治])不\2[\u4e00-\u9fff]{0,4}?(?:其实|也)?都(?:一样|无所谓|行)",
          kinds=ALL, unless_hedged=False),
]
