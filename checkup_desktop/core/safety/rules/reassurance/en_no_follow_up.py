"""Dismissal rules for English cards: the check dropped, put off or called needless ("no
need to recheck", "can wait until your next annual check", "settles on its own", "carry on
as before")."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.reassurance.common import (
    _CHECK_EN,
    _NO_STEP_AFTER,
    _NO_STEP_LATER,
    _NO_VISIT_AFTER,
    _NOT_ALWAYS,
    _OWN_CLAUSE,
    _OWN_CLAUSE_H,
    _OWN_CLAUSE_LONG,
    _OWN_CLAUSE_T,
    _OWN_SENTENCE,
    _rule,
)
from checkup_desktop.core.safety.rules.rule import ALL, STATEMENT

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

# Round 12: what a check is not needed for, when that is itself a step: "a referral is not
# needed for the repeat blood test", "an appointment is not needed just to collect the sample"
_FOR_A_STEP = (r"(?! (?:just |only |simply )?(?:for|to|before) (?:(?:the|a|an|your|this|any) )?"
               r"(?:[\w-]+ ){0,2}?(?:repeat|re-?check|re-?test|follow-?up|tests?|samples?|"
               r"appointment|visit|scan|blood|urine|collect\w*|book\w*|get|have|arrange\w*|"
               r"drop)\b)")

EN_NO_FOLLOW_UP = [
    _rule(r"\b(?:sort|clear|fix|settle|resolve)\w* (?:this |it |itself )?(?:out |"
          r"up )?(?:on its own|by itself)\b|\bgo(?:es)? away (?:on its own|by itself)\b"
          + _NOT_ALWAYS, unless_modal=True),
    # ("your clinician will tell you if it can be left alone" is the clinician's choice)
    _rule(r"\bto be expected\b|\bleave it be\b|" + _OWN_CLAUSE + r"\bcan be left(?: alone)?\b",
          unless_choice=True),
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
          r"another|further|more|an|second) ){0,2}(?:follow|repeat|re-?check|re-?test|check|see|"
          r"test|monitor|visit|appointment|attention|action|look)\w*\b(?! (?:today|tonight|now|"
          r"urgently|right away|straight away|immediately|(?:the |your |any )?(?:fast\w*|diet\w*|"
          r"preparation|form|questionnaire))\b)"),
    # a level that corrects itself: "will correct itself", "goes back to normal on its own"
    _rule(r"\b(?:correct|normali[sz]e|right|sort|fix|resolve|regulate|settle)\w* "
          r"(?:itself|themselves)\b|\b(?:go(?:es)?|come(?:s)?|get(?:s)?|drift(?:s)?|settle(?:s)?)"
          r" (?:back )?(?:down|away|to normal|back to normal|normal) (?:\w+ )?(?:on (?:its|their) "
          r"own|by (?:itself|themselves)|without (?:any )?(?:treatment|help|anything))",
          unless_modal=True),
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
          r"not necessary)\b" + _FOR_A_STEP + r"|"
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
    # "forget (about) the repeat test", also asked: dropping the check is the advice
    _rule(r"(?<!easy to )(?<!easily )\bforget (?:about )?(?:the|this|that|my|our|your|it|them)\b|"
          r"\bolvid(?:arnos|arme|arse|arlo|arla)\b|\b(?:können|kann|könnten) (?:wir|ich|man) "
          r"[^.;?]{0,40}\bvergessen\b",
          kinds=ALL, unless_negated=True, unless_hedged=False),
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
          r"|" + _OWN_CLAUSE + r"(?<!not )(?<!not to )(?<!never )(?<!n't )(?<!do not )"
          r"\b(?:skip|drop|cancel|scrap|"
          r"call off|miss|not bother with|do without) (?:the |my |this |that |our |your |a |any )?"
          r"(?:(?!before|after|for|until|to|in)\w+ ){0,2}?" + _CHECK_EN
          + r"\b|\bgive (?:the |my |this |that )?(?:\w+ )?" + _CHECK_EN + r" a miss\b)"
          # "..., or should I keep it?" asks for the clinician's choice
          r"(?![^?]{0,80}\bor (?:is|should|would|do|does|must|will|can)\b)",
          kinds=ALL, unless_negated=True, unless_choice=True, unless_hedged=False),
    # "settles without you having to do anything", "is it okay to just wait and see?"
    _rule(r"\bwithout (?:you |your )?(?:having|needing) to do anything\b" + _NO_VISIT_AFTER
          + r"|\bwithout (?:anyone|anybody|any need|the need) (?:having |needing )?to do anything\b"
          + _NO_VISIT_AFTER
          + r"|\b(?:okay|ok|fine|safe|alright|all right) to (?:just )?(?:wait and see|not (?:do|"
          r"bother))\b|\b(?:can|could) (?:I |we |you )?(?:just |simply )?wait and see\b",
          kinds=ALL, unless_hedged=False, unless_negated=True),
    # "... and can wait until your next annual check": "your next" makes it this person's check
    _rule(_OWN_CLAUSE_H + r"\b(?:can|could|will|may) (?:\w+ )?(?:wait|be (?:put off|postponed|"
          r"deferred|left))\b[^.;:?]{0,20}?\b(?:until|till) your next\b",
          unless_hedged=False, unless_choice=True),
    # "so you don't need to come back for it", "no need to book another appointment"
    _rule(r"\b(?:do not|don'?t|does not|doesn'?t|won'?t|will not|no) need (?:to )?(?:come back|"
          r"return|go back|book|make (?:an|another) appointment|arrange|schedule|(?:get|have) "
          r"(?:it|this|that|them) (?:checked|looked at|seen|re-?checked|re-?tested|tested))\b"
          r"(?! (?:\w+ ){0,2}?(?:fasting|before|until|unless|if|first)\b)"),
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
    # the text sets the check far off: "a recheck makes sense no sooner than next year"
    _rule(_OWN_CLAUSE_H + r"\b" + _LATE_EN + r"\b|" + _OWN_CLAUSE_H + r"\b" + _LATE_DE + r"\b|"
          + _OWN_CLAUSE_H + r"\b" + _LATE_ES + r"\b",
          unless_hedged=False, unless_choice=True),
    # follow-up or not, "makes little difference": "随不随访其实区别不大", "ob Sie es kontrollieren
    # lassen oder nicht, macht kaum einen Unterschied"
    _rule(r"\b(?:or not|oder nicht|o no)\b[^.;?]{0,30}?\b(?:makes? (?:little|no|hardly any) "
          r"difference|(?:does|do)(?:n'?t| not) (?:really )?matter|macht (?:kaum|keinen|wenig) "
          r"(?:einen )?Unterschied|ist (?:eigentlich |doch )?egal|da (?:casi )?(?:igual|lo mismo)|"
          r"no cambia (?:mucho|nada|gran cosa))\b|"
          r"([查做随复看治])不\1[\u4e00-\u9fff]{0,4}?(?:其实|也|都)?(?:区别|差别|差异|影响)不大|"
          r"([查做随复看治])不\2[\u4e00-\u9fff]{0,4}?(?:其实|也)?都(?:一样|无所谓|行)",
          kinds=ALL, unless_hedged=False),
    # left alone by the text's own verdict: "so they can simply be left alone", "can safely be
    # left as it is" ("can usually be left alone" is a general statement; "whether it can be
    # left alone" the clinician's choice; a negation must stand in it: "not causing symptoms,
    # so they can be left alone" is no negation of the verdict)
    _rule(_OWN_CLAUSE_LONG + r"\b(?:can|could|may)\b (?:(?:simply|just|safely|easily|quite "
          r"safely|happily|comfortably|perfectly well) )?be (?:(?:safely|simply|just) )?left "
          r"(?:alone|as (?:it is|they are|is)|be|untreated|unchecked|unmonitored|well alone|to "
          r"(?:itself|themselves))\b" + _NO_STEP_AFTER,
          unless_choice=True),
    # carrying on as before: "you can carry on with your life", "as long as you feel well, ...
    # nothing to change", "as if nothing happened" (not "carry on ... and mention it")
    _rule(r"\b(?:carry on|get on|go on|continue|get back to|go about) (?:with )?(?:your |living "
          r"your )?(?:(?:normal|usual|everyday|daily) )?life\b" + _NO_STEP_AFTER
          + r"|(?:\b(?:as|so) long as|\bprovided(?: that)?|(?<!even )\bif) you feel (?:well|fine|"
          r"ok(?:ay)?|good|healthy|alright|all right)\b(?:(?!\b(?:don'?t|do not|never|not)\b)"
          r"[^.;]){0,50}?\b(?:nothing|no need|(?:do not|don'?t) (?:need|have)|carry on|continue|"
          r"get on|ignore|skip|forget|leave it)\b" + _NO_STEP_AFTER
          + r"|\blive (?:your life )?(?:normally|as (?:usual|normal|before))\b" + _NO_STEP_AFTER
          + r"|\bas (?:if|though) nothing (?:had |has )?(?:happened|was wrong|were wrong)\b",
          kinds=STATEMENT, unless_negated=True),
    # "nothing that needs medical attention", "nothing that warrants a visit" (urgency is
    # another matter: "nothing that needs urgent attention; mention it at ..." is calm)
    _rule(r"\bnothing (?:that |which )?(?:(?:really|actually|particularly) )?(?:needs|requires|"
          r"warrants|merits|calls for|justifies|demands|deserves|is worth) (?:(?:any|a|an|your|"
          r"much) )?(?:(?:medical|further|special|particular|doctor'?s?|clinical|extra|more|"
          r"professional) )?(?:attention|visit|appointment|follow-?up|action|treatment|check\w*|"
          r"concern|worry|looking into|a second look|seeing to)\b",
          kinds=STATEMENT),
    # the verdict that nothing is to be done: "so it isn't something to act on", "nothing to
    # watch" (a clinician, "whether", a time limit or a next step after keep it a plan: "nothing
    # to act on before your visit", "not something to act on yourself; your clinician ...")
    _rule(_OWN_CLAUSE_T + r"(?:(?:\bnot|n't|\bnever) (?:really |actually )?(?:something|anything|a "
          r"thing|one)|\bnothing)\b (?:(?:that|which) )?(?:(?:you|we|anyone) )?(?:(?:need|have|"
          r"must|should|ought)s? )?(?:to )?(?:be )?(?:act(?:ed)? (?:up)?on|follow(?:ed)? up|"
          r"chase[d]?|watch(?:ed)?(?! (?:for|out))|monitor(?:ed)?|keep an eye on|kept an eye on|"
          r"look(?:ed)? into|pursue[d]?|recheck(?:ed)?|re-check(?:ed)?)\b"
          r"(?! (?:\w+ ){0,2}?(?:yourself|on your own|alone|before|until|unless|if|today|now)\b)"
          + _NO_STEP_AFTER),
    # no reason for a further step: "no reason for further tests", "no grounds for any further
    # action" ("no cause for alarm" is about feelings; "unless ..." keeps a safety net)
    _rule(r"\bno (?:real |good |medical |clinical |particular )?(?:reason|cause|grounds|need|call|"
          r"indication|justification) (?:at all )?(?:for|to (?:take|do|order|arrange|have)) "
          r"(?:any |a |an )?(?:further |more |additional |extra |other |new )?(?:steps?|action|"
          r"tests?|testing|checks?|check-?ups?|follow-?ups?|investigations?|work-?up|scans?|"
          r"appointments?|visits?|"
          r"treatment|measures|re-?checks?|re-?tests?|monitoring)\b(?![^.;]{0,40}\b(?:unless|if|"
          r"until|except)\b)" + _NO_STEP_LATER,
          unless_hedged=False),
    # seldom worth a look: "are rarely worth a second look", "hardly worth mentioning", "selten
    # einen zweiten Blick wert", "rara vez merece la pena repetirlo" (not worth waiting is advice)
    _rule(r"(?:\b(?:rarely|seldom|hardly(?: ever)?|barely|scarcely|almost never|never really|not "
          r"usually|not often) (?:\w+ )?worth\b(?! (?:\w+ )?(?:waiting|the wait|delaying|"
          r"putting off|the risk))|\b(?:rara vez|raramente|casi nunca|pocas veces|apenas) (?:\w+ )?"
          r"(?:merece\w*|vale\w*)(?: la pena)?\b(?! (?:\w+ )?(?:esperar|retrasar\w*|aplazar\w*))|"
          r"\b(?:selten|kaum|fast nie|nur selten)\b(?:(?!\b(?:nicht|aber|doch|trotzdem|jedoch|"
          r"dennoch)\b)[^.;?,]){0,40}?\b(?:wert|lohn\w*)\b|\blohn\w* (?:sich )?(?:\w+ ){0,2}?"
          r"(?:selten|kaum|fast nie)\b)(?![^.;]{0,40}\b(?:zu warten|abzuwarten|aufzuschieben|zu "
          r"verschieben|zu zögern|waiting|wait)\b)"
          # (the words that follow name what is not worth it, not a next step)
          r"(?>(?:\s+[\w'-]+){0,3})" + _NO_STEP_AFTER,
          kinds=ALL, unless_negated=True),
    # hedged, with no step after: "so it doesn't necessarily need a repeat test"
    _rule(r"(?:\bnot|n't) necessarily (?:need|require|call for|warrant|mean you need)\w* "
          r"(?:to (?:be )?)?(?:(?:a|an|any|another|further|more) ){0,2}?(?:follow\w*|repeat\w*|"
          r"re-?check\w*|re-?test\w*|check\w*|test\w*|monitor\w*|treat\w*|action|visit|"
          r"appointment|scan)"
          + _NO_STEP_LATER),
    # Round 10: the skeletons behind the misses of the tenth set.
    # the check itself moved to next year's routine visit: "you can simply redo the kit at next
    # year's check-up", "repeat it at your next annual physical" (a clinician or "if" in the
    # clause makes it their plan)
    _rule(_OWN_SENTENCE + r"\b(?:can|could|may|might|will|just|simply|then)\b (?:(?!not\b)\w+ )"
          r"{0,2}?(?:re-?do|repeat|re-?check|re-?test|check|test|look at|do|take)\w* (?:(?:it|this|"
          r"that|them)|(?:the|your|a|this) (?:[\w-]+ ){0,2}?(?:[\w-]+))(?: again)? (?:at|in|during|"
          r"with|for) (?:your |the )?(?:next year'?s|next|following|coming|yearly|annual|routine|"
          r"regular) (?:[\w-]+ )?(?:check-?up|physical|screening|visit|health check|review|year)\b",
          unless_hedged=False, unless_choice=True),
    # "it is reasonable to let it be", "let them be": the result left alone by the text
    _rule(_OWN_CLAUSE + r"(?:(?<!not )(?<!n't )(?<!never )\b(?:reasonable|sensible|acceptable|"
          r"perfectly fine|perfectly safe|"
          r"quite safe) (?:just )?to (?:skip|ignore|forget|leave|let (?:it|this|that|them) (?:be|"
          r"go|rest|slide)|disregard|cancel|drop|not (?:act|do anything|bother|follow|check|"
          r"repeat))\b|(?<!not )(?<!never )\blet (?:it|this|that|them)(?: one)? be\b(?! (?:known|"
          r"said|clear|noted)\b))" + _NO_STEP_AFTER,
          kinds=STATEMENT),
    # the check put off to whenever suits: "leave the check until whenever suits you", "dejar el
    # control para cuando le venga bien", "等有空再查"
    _rule(r"\b(?:leave|put off|postpone|defer|delay|push back|wait with|do)\w* (?:\w+ ){0,3}?"
          r"(?:until |till |to |for )?(?:whenever|when(?:ever)? (?:it )?(?:suits you|is convenient|"
          r"you (?:have|find|get) (?:the |some )?time|you get round to it|you feel like it))\b|"
          r"\b(?:dejar|aplazar|posponer|retrasar|dejarlo|"
          r"dejarla)\w* (?:\w+ ){0,3}?para cuando (?:le|te|usted|a usted le) (?:venga bien|parezca|"
          r"apetezca|resulte (?:cómodo|práctico)|sea (?:cómodo|práctico)|vaya bien)|\b(?:dejar|"
          r"aplazar|posponer)\w* (?:\w+ ){0,3}?(?:sin fecha|indefinidamente)\b|(?:有空|有时间|"
          r"方便的时候|哪天|想起来)(?:的时候)?(?:再)(?:去)?(?:查|复查|看|说|处理|检查)",
          kinds=ALL, unless_negated=True, unless_hedged=False),
    # Round 12: "no action needed" as this text's own verdict; the clinician's or a condition's
    # ("if your clinician agrees no action is needed") is not, nor none before the visit
    # ("no action is needed from you before the appointment")
    _rule(_OWN_SENTENCE + r"\bno (?:action|follow-up|treatment|further tests?) (?:is )?(?:needed|"
          r"required|necessary)\b(?! (?:from you |on your part )?(?:before|until|ahead of)\b)",
          kinds=ALL, unless_hedged=False),
]
