"""Dismissal rules for English cards: verdicts that talk a result down ("harmless", "nothing
to worry about", "just a lab error", "a false alarm", "normal ageing")."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.reassurance.common import (
    _CHECK_EN,
    _NO_RUSH_AFTER,
    _NO_STEP_AFTER,
    _NO_STEP_LATER,
    _NO_VISIT_AFTER,
    _OWN_CLAUSE,
    _OWN_CLAUSE_LONG,
    _OWN_CLAUSE_Q,
    _STEP_CONCESSION,
    _rule,
)
from checkup_desktop.core.safety.rules.rule import ALL, STATEMENT

# Hedge words that may not fill the gap between a verb and a verdict ("is often harmless")
_HEDGE_EN = (r"(?:often|usually|generally|mostly|sometimes|frequently|commonly|typically|"
             r"probably|likely|possibly|perhaps|may|might|can|could) ")

# Hedge words and negations that may not stand between a conclusion and its verdict
_NOT_HEDGE_EN = (r"(?!not\b|never\b|no\b|often\b|usually\b|generally\b|mostly\b|sometimes\b|"
                 r"probably\b|likely\b|possibly\b|perhaps\b|may\b|might\b|can\b|could\b)")

EN_VERDICTS = [
    _rule(r"\bnothing to (?:worry|be (?:worried|concerned)|fear) about\b|\bno (?:need|"
          r"reason) to (?:worry|be concerned|see|consult|visit|contact|check|recheck|repeat|"
          r"follow|do anything|bother|act)\b|\bdon'?t (?:worry|bother)\b|\bdo not (?:worry|"
          r"bother)\b|\bno cause for (?:concern|"
          r"alarm)\b" + _NO_STEP_AFTER + r"|\bof no (?:\w+ )?(?:significance|importance|concern)\b|"
          r"\b(?:always|completely|totally|entirely|perfectly|absolutely) (?:harmless|normal|fine|"
          r"benign|safe)\b|\b(?:can|may|could) (?:safely |just |simply )?(?:ignore|skip|disregard|"
          r"forget about)\b|(?<!n't )(?<!not )(?<!never )\bignore (?:it|this|them|the result)\b|"
          r"\brest assured\b|\bnormal for (?:your|someone your|a person your|people your|"
          r"people of your) age\b(?![- ](?:group|band|bracket|range))|\b(?:this|it|that|"
          r"these results?|the result|your result|this result) (?:is|are|'s) (?:completely |"
          r"totally |entirely |perfectly |quite |just )?(?:harmless|nothing(?! (?:that |"
          r"which )?(?:\w+ )?(?:needs?|requires?|calls? for) (?:\w+ )?(?:urgent|immediate|"
          r"emergency))|fine(?! to\b)|not a problem|not important|insignificant|not a concern|"
          r"irrelevant)\b|\bnothing to worry\b|\bharmless result\b",
          kinds=ALL, unless_hedged=False),
    _rule(r"\b(?:does not|doesn't|won't|will not) matter\b|\bnot (?:important|serious|"
          r"significant|relevant)\b|\bnothing serious\b"
          r"(?! (?:is|gets|will be) (?:missed|overlooked))"
          + _STEP_CONCESSION
          + r"|\bno point (?:in )?\w+ing\b|\b(?:a |just a )?(?:lab|laboratory|measurement) error\b|"
          r"\b(?:be )?(?:safely )?ignored\b|\b(?:do not|don't|doesn't|does not|"
          r"no) need (?:to )?(?:follow|repeat|recheck|re-?test|check|see|worry|do anything|act|"
          r"treat|be (?:followed|checked|seen|repeated|treated))\w*\b(?! (?:today|tonight|now|"
          r"urgently|right away|straight away|immediately|(?:the |your |any )?(?:fast\w*|diet\w*|"
          r"preparation|form|questionnaire))\b)|\bneeds? no (?:follow-up|treatment|"
          r"action|further)\b|\btrivial\b|\bfluke\b|\bnot worth\b(?! (?:waiting|the wait|delaying|"
          r"the risk))|\bno reason to\b|\bdon'?t lose (?:any )?sleep\b|\bnever needs?\b|"
          r"\bno follow-?up\b|\ball fine\b|\bnothing to see\b|\bno big deal\b|\bminor issue\b",
          unless_choice=True),
    _rule(r"\bnon-?issue\b|\bnot an issue\b|\b(?:no|not a) problem\b|\btrust me\b|"
          # ("Don't simply leave it alone" asks for the opposite)
          r"(?<!n't )(?<!not )(?<!never )(?<!n't simply )(?<!n't just )(?<!not simply )"
          r"(?<!not just )\bleave (?:this|it) alone\b|\bforget about\b|\bnever needs? (?:checking|"
          r"testing|follow)"),
    _rule(r"\bit(?:'s| is) (?:just )?nothing\b|\bjust tell you\b|\b(?:bother|trouble|"
          r"waste)\w* (?:\w+ )?(?:your |the )?(?:doctor|gp|clinician|time)\b"),
    _rule(r"\b(?:high|low|raised|elevated|abnormal)\w* (?:\w+ ){0,2}(?:is|are) (?:perfectly |"
          r"quite |totally |completely )?normal\b"),
    _rule(r"\bread (?:anything|too much) into\b|\bwouldn'?t (?:worry|bother)\b|\bnothing in it\b"),
    _rule(r"\bnever (?:matters|important|significant|relevant|a (?:concern|problem|worry))\b",
          unless_hedged=False),
    # (not "ignorieren Sie den Wert nicht")
    _rule(r"\bignor\w*\b(?! Sie\b[^.;,]{0,30}\bnicht\b)",
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
    _rule(r"\bsecond thought\b|\bkeine Gedanken\b|\bnot give it a thought\b"),
    _rule(r"\b(?:no|not a single|not one) (?:doctor|gp|clinician|specialist)s?\b|"
          r"\bningún médico\b|\bkein(?:e)? (?:Arzt|Ärztin)\b|没有医生|没有哪个医生",
          unless_hedged=False),
    # ("the report does not flag either result" only quotes the report)
    _rule(r"\b(?:would|will)(?:n'?t| not) (?:even )?flag\b|\b(?:do|does)(?:n'?t| not) even "
          r"flag\b|\bni siquiera marc\w+|"
          r"\b(?:gar|nicht einmal) (?:nicht )?markier\w+|不会标出|不会标记|不会标红",
          unless_hedged=False),
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
    # no hurry at all, or a finding that "almost never turns out to be anything"
    _rule(r"\b(?:no|in no) (?:rush|hurry)\b" + _NO_RUSH_AFTER + r"|\bno need to (?:rush|hurry)\b"
          + _NO_RUSH_AFTER + r"|\b(?:never|rarely|seldom|hardly ever) (?:turns?|turned) out to "
          r"be anything\b|\b(?:never|rarely|seldom|hardly ever) (?:means?|amounts? to|signals?) "
          r"anything\b"),
    _rule(r"\b(?:just|simply|only|"
          r"merely) (?:a |an )?(?:normal |natural |expected )?(?:part|sign) of (?:getting older|"
          r"ageing|aging|growing older)\b|\b(?:carry on|go on|continue) (?:just )?as (?:usual|"
          r"normal|before)\b" + _NO_VISIT_AFTER + r"|\bout of (?:your|my) mind\b|"
          r"\b(?:doesn'?t|does not|won'?t|will not) change anything\b" + _NO_VISIT_AFTER
          + r"|\b(?:won'?t|will not|is unlikely to|shouldn'?t|should not) (?:cause|give) (?:you )?"
          r"any (?:trouble|problems?|harm|issues?)\b"),
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
    # the problem talked down: "not much of a problem", "问题不大", "nada del otro mundo"
    _rule(r"\bnot (?:much of|a big|a major|a real) (?:a )?(?:problem|issue|concern)\b|"
          r"\bnada del otro mundo\b|\bno es gran cosa\b|\bnicht (?:weiter|so|besonders|sonderlich) "
          r"(?:schlimm|tragisch|wild|dramatisch)\b|\bkein (?:großes|ernstes|echtes) Problem\b|"
          r"(?<!如果)(?<!若)(?<!即使)问题不大|不是(?:什么)?大问题|没(?:多)?大问题|不成问题",
          kinds=STATEMENT, unless_negated=True),
    # "not something you need to be concerned about", "nothing you have to fret over"
    _rule(r"\b(?:not|nothing) (?:something |anything )?(?:that )?(?:you |one )?(?:need|have|must|"
          r"should|ought) (?:to )?(?:be |get |feel )?(?:concerned|worried|anxious|troubled|fret\w*|"
          r"stress\w*|care)\b(?! (?:\w+ ){0,3}?(?:until|unless|before|if)\b)"),
    # "a false alarm", "虚惊一场", "falsa alarma", "Fehlalarm"
    _rule(r"\b(?:(?:just|only|usually|mostly) )?(?:a )?false alarms?\b|\bfalsas? alarmas?\b|"
          r"\b(?:Fehlalarm|blinder Alarm|blinden Alarm)\w*|(?<!是否)(?<!是不是)(?<!当成)(?<!当作)"
          r"(?<!视为)虚惊一场|(?<!是否)(?<!是不是)(?<!当成)(?<!当作)假警报",
          kinds=ALL, unless_negated=True, unless_hedged=False, unless_choice=True),
    # a conclusion drawn in the text: "... and therefore essentially harmless", "which makes it
    # basically harmless" (a hedge or a negation in between keeps it a possibility)
    _rule(_OWN_CLAUSE_LONG + r"\b(?:so|therefore|thus|hence|which makes (?:it|them|this)|"
          r"meaning (?:it|they|this) (?:is|are)|in other words|in effect|basically|essentially|"
          r"effectively|practically|fundamentally|in essence|ultimately|at heart|for all practical "
          r"purposes)\b,?(?: " + _NOT_HEDGE_EN + r"[\w-]+,?){0,3}? (?:harmless|innocuous)\b",
          unless_negated=True, unless_choice=True),
    # the result put out of the way: "you can safely set this result aside", "brush it off"
    # (not "set aside ten minutes", not "put it to one side until your appointment")
    _rule(r"(?:\b(?:can|could|may|should|free to|fine to|safe to|okay to|ok to)\b (?:(?:I|we|"
          r"you) )?(?:(?:safely|just|simply|easily|comfortably|happily|now|quite safely) )?(?:set|"
          r"put|lay|push|file) "
          r"(?:(?:it|this|that|them|these|those)(?: one)?|(?:this|that|the|your|these) "
          r"(?:[\w-]+ ){0,2}?(?:results?|findings?|values?|readings?|numbers?|flags?|levels?))"
          r" (?:aside|to one side|to the side|away|behind you|on the back burner)\b|"
          r"\b(?:safe|fine|okay|ok) to (?:set|put|lay) (?:aside|to one side)\b|"
          r"\b(?:can|could|may|should) (?:(?:I|we|you) )?(?:(?:safely|just|simply|easily) )?"
          r"(?:set|put|lay|push) aside (?:it|this|that|them|these|the|your)\b|"
          r"\b(?:brush|shrug|write|laugh)(?:ed)? (?:it|this|that|them|(?:this|the|your) "
          r"(?:[\w-]+ ){0,2}?(?:result|finding|value|reading))s? off\b)" + _NO_STEP_AFTER,
          kinds=ALL, unless_negated=True, unless_hedged=False, unless_choice=True),
    # "this result does not really mean anything for you" (not "does not mean you have ...",
    # not "doesn't mean much on its own", and not with a next step after)
    _rule(r"\b(?:does not|doesn'?t|do not|don'?t|will not|won'?t)\b (?:(?:really|actually|truly|"
          r"even) )?(?:mean|signify|indicate|amount to|add up to) (?:anything|much|a thing|very "
          r"much|anything much)\b(?! (?:is|was|will|has|serious|bad|wrong|sinister|on its own|"
          r"by itself|in isolation|alone|yet|unless)\b)" + _NO_STEP_AFTER,
          kinds=ALL, unless_negated=False, unless_hedged=True),
    # "will not affect your health", "no effect on your health"
    _rule(r"\b(?:won'?t|will not|doesn'?t|does not|shouldn'?t|should not|cannot|can'?t)\b "
          r"(?:(?:really|in any way|at all|ever) )?(?:affect|harm|damage|hurt|impact|threaten|"
          r"endanger)\w* (?:your|my) (?:(?:general|overall|long-term) )?health\b|"
          r"\b(?:no|without any|not any|has no|of no) (?:(?:real|lasting|long-term) )?(?:effect|"
          r"impact|consequences?|bearing|influence) (?:on|for) (?:your|my) (?:(?:general|overall|"
          r"long-term) )?health\b|\b(?:poses?|carr(?:y|ies)|is|means?) no (?:(?:real|particular) )?"
          r"(?:risk|danger|threat) (?:to|for) your (?:(?:general|overall|long-term) )?health\b",
          unless_negated=False, unless_choice=True),
    # Verdicts the engine only judges with no clinician in the text, as rules: "even though your
    # doctor noted it" is no next step (_NO_STEP_LATER reads such a concession as none).
    # "it is just noise", "treat it as normal", "this shouldn't worry you"
    _rule(r"(?:\b(?:is|'s|are) (?:(?:just|only|merely|simply|probably) )?(?:(?:statistical|"
          r"background|lab|laboratory|measurement) )?noise\b|\b(?:treat|count|take|regard|"
          r"consider|file) (?:it|this|that|them|this result|the result|this value) as (?:normal|"
          r"fine|okay|ok)\b|"
          r"\bthere(?:'s| is) nothing (?:here|to it|there)\b|\b(?:shouldn'?t|should not|needn'?t|"
          r"need not) (?:really )?(?:worry|concern|bother|trouble) you\b|\brequires? no (?:further "
          r")?(?:action|follow-?up|treatment|attention)\b)" + _NO_STEP_LATER,
          kinds=STATEMENT, unless_negated=True, unless_choice=True),
    # the result's hold on the person talked away: "needn't occupy you any further", "shouldn't
    # keep you up at night"
    _rule(r"\b(?:needn'?t|need not|shouldn'?t|should not|doesn'?t need to|does not need to|won'?t|"
          r"will not|ought not to) (?:really |further )?(?:occupy|preoccupy|weigh on|play on|"
          r"burden|keep you (?:up|awake)|cost you (?:any )?sleep|take up (?:any )?(?:more )?"
          r"(?:of )?your (?:time|thoughts|attention))\b" + _NO_STEP_LATER,
          kinds=STATEMENT, unless_negated=True),
    # Round 10: the skeletons behind the misses of the tenth set.
    # the result said to tell nothing: "the figure doesn't really tell you anything", "no le
    # dice nada", "sagt Ihnen eigentlich nichts" (not "on its own", not with a step after)
    _rule(r"(?:\b(?:does not|doesn'?t|do not|don'?t|won'?t|will not)\b (?:(?:really|actually|truly|"
          r"even) )?tell (?:you|us|me|anyone|anybody) (?:anything|much|very much|a thing)\b|"
          r"\bno (?:le |"
          r"te |nos |les )?dice\w* (?:(?:realmente|en realidad|de verdad) )?(?:nada|gran cosa)\b|"
          r"\bsagt (?:Ihnen|uns|dir|euch) (?:(?:eigentlich|wirklich|im Grunde|also|"
          r"letztlich) ){0,2}(?:gar )?(?:nichts|nicht viel|"
          r"kaum etwas)\b(?! (?:\w+ ){0,3}?aus\b))(?! (?:on its own|by itself|in isolation|alone|"
          r"yet|"
          r"about|por sí|en sí|aislad\w*|allein|für sich|über)\b)" + _NO_STEP_AFTER,
          kinds=ALL, unless_negated=False),
    # the readings said not to count: "these readings don't really count", "zählen nicht",
    # "no cuentan" (the engine judges "doesn't count" only with no clinician in the text)
    _rule(r"\b(?:readings?|results?|values?|numbers?|figures?|measurements?|levels?|it|this|"
          r"that|they|these|those)\b (?:(?:really|actually|just|simply|probably) )?(?:don'?t|"
          r"doesn'?t|do not|does not|won'?t|will not) (?:really |actually |even )?count\b|"
          r"\b(?:Messung\w*|Wert\w*|Ergebnis\w*|das|die|es) (?:\w+ ){0,4}?zähl\w* (?:also |"
          r"eigentlich |wirklich )?nicht\b(?! (?:mehr|dazu|zu)\b)|\bno (?:cuenta|cuentan|vale|"
          r"valen)(?: (?:realmente|de verdad))?(?: (?:para nada|nada))?(?=\s*[.,;]|$)",
          kinds=STATEMENT, unless_negated=False),
    # nothing more behind it: "there is nothing more to it", "mehr steckt in aller Regel nicht
    # dahinter", "no hay nada más detrás" (not "ob mehr dahintersteckt, klärt ...")
    _rule(r"(?:\bthere(?:'s| is) (?:usually |really |generally )?nothing more (?:to it|behind it|"
          r"going on)\b|\bthat'?s all (?:there is to it|it is)\b|"
          r"\bmehr steckt (?:\w+ ){0,9}?nicht dahinter\b|\bsteckt (?:\w+ ){0,5}?(?:nichts|"
          r"kaum etwas) (?:weiter|mehr|Ernstes|Schlimmes|Besonderes) dahinter\b|"
          r"\bno hay (?:\w+ )?(?:nada )?más (?:detrás|de fondo)\b|\bno (?:hay|"
          r"tiene) más (?:misterio|"
          r"historia)\b)" + _NO_STEP_AFTER,
          kinds=STATEMENT, unless_negated=False, unless_hedged=False),
    # plain age as the verdict: "normal at your age", "normal for a man of your age", "in Ihrem
    # Alter ganz üblich", "normal a su edad" (a hedge or "not" in the gap keeps it open)
    _rule(r"\bnormal (?:at|for) (?:(?!not\b)[\w-]+ ){0,3}?(?:your|our) age\b(?![- ](?:group|band|"
          r"bracket|range))|\bin Ihrem Alter\b(?:(?!\b(?:nicht|kein\w*|oft|manchmal|selten|"
          r"eher)\b)[^.;?,]){0,30}?\b(?:normal|üblich|gewöhnlich|typisch|nichts Ungewöhnliches|"
          r"altersentsprechend)\b|\b(?:normal|üblich|gewöhnlich|"
          r"typisch)\w* (?:\w+ ){0,2}?in Ihrem Alter\b|\bnormal\w* (?:a|con|en) (?:su|tu|esta|"
          r"la) edad\b|"
          r"\b(?:propi[oa]|típic[oa]) de (?:su|la|esta) edad\b",
          kinds=STATEMENT, unless_negated=True, unless_modal=True),
    # no real reason to book the check: "there is no real reason to book the follow-up CT the
    # radiologist suggested" (the check named as the object is no step)
    _rule(r"\bno (?:real |good |actual |particular |medical |clinical |obvious |"
          r"pressing )?(?:reason|need|point) (?:at all )?(?:to|in) (?:book|schedul|arrang|attend|"
          r"keep|"
          r"go(?:ing)? (?:for|to)|get|hav|do|re-?do|repeat)\w* (?:(?:the|a|an|any|another|your|"
          r"that|this|"
          r"my) )?(?:[\w-]+ ){0,2}?" + _CHECK_EN + r"\b" + _NO_STEP_AFTER,
          kinds=ALL, unless_hedged=False),
    # the verdict with a frequency hedge in its own clause: "doesn't usually need anyone to look
    # into it", "does not need to be tracked" (not "many ..."; not with a step after)
    _rule(_OWN_CLAUSE_Q + r"\b(?:does not|doesn'?t|do not|don'?t|won'?t|will not|shouldn'?t|"
          r"should not|needn'?t|need not)\b (?:(?:usually|normally|generally|typically|really|"
          r"actually|necessarily) )?(?:need(?:s)? )?(?:(?:anyone|anybody|a doctor|you|"
          r"your doctor) to (?:look into|look at|check|follow|see to|review|worry about)|"
          r"(?:to )?be (?:tracked|monitored|watched|followed(?: up)?|checked|re-?checked|"
          r"re-?tested|repeated|seen|investigated|looked (?:at|into)|reviewed|treated|"
          r"acted (?:up)?on|pursued|chased|worried about))\b" + _NO_STEP_LATER,
          kinds=STATEMENT, unless_hedged=False, unless_choice=True),
    # not worth a thought or a word: "not something to think twice about", "nicht der Rede
    # wert", "no merece ni mencionarse"
    _rule(r"\b(?:not|nothing|no need|no reason)\b[^.;?]{0,25}\bthink twice\b|\bnot (?:something|"
          r"anything) to (?:dwell|fret|stress|lose sleep) (?:about|on|over)\b|"
          r"\bnot worth (?:a (?:second )?thought|mentioning|talking about)\b|\b(?:nicht|"
          r"kaum) (?:weiter )?der Rede wert\b|\bno (?:merece|"
          r"vale) (?:ni )?(?:la pena )?(?:mencionarlo|"
          r"mencionarse|comentarlo|pensarlo)\b" + _NO_STEP_AFTER,
          kinds=ALL, unless_negated=False),
    # the result put aside, passive: "can be safely put aside for now" (not with a step after)
    _rule(r"\b(?:can|could|may|should)\b (?:(?:now|safely|simply|just) )?be (?:(?:safely|simply|"
          r"just|comfortably) )?(?:(?:put|set|laid|pushed) (?:aside|to one side|on the back burner|"
          r"on hold)|parked|shelved)\b" + _NO_STEP_AFTER,
          unless_negated=True, unless_choice=True),
]
