"""More reassurance rules for English cards, applied after those of en.py (the English list
was split at 500 lines; `EN` in __init__ is en.py's list followed by this one)."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.reassurance.common import (
             _NO_STEP_AFTER,
             _NO_STEP_LATER,
             _OWN_CLAUSE_LONG,
             _OWN_CLAUSE_T,
             _rule,
)
from checkup_desktop.core.safety.rules.reassurance.en import _Q_CLAIM_EN
from checkup_desktop.core.safety.rules.rule import ALL, QUESTION, STATEMENT

# Hedge words and negations that may not stand between a conclusion and its verdict
_NOT_HEDGE_EN = (r"(?!not\b|never\b|no\b|often\b|usually\b|generally\b|mostly\b|sometimes\b|"
                 r"probably\b|likely\b|possibly\b|perhaps\b|may\b|might\b|can\b|could\b)")

EN_MORE = [
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

# Round 7: the skeletons behind the misses of the seventh set.
EN_MORE += [
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
]

# Round 9: the skeletons behind the misses of the ninth set.
# a benign cause the question takes as the whole story: "just down to me being fit", "only
# because of my workout", "simply caused by nerves"
_Q_CAUSE_EN = (r"(?:(?:just|only|simply|merely|purely) (?:down to|due to|because(?: of)?|caused by|"
               r"from|a result of|the result of|(?:a |an )?(?:side )?effect of|a reaction to)|all "
               r"down to)")

# what a rhetorical "isn't it just ...?" calls the result: normal, age, everyone's lot, an error
_NORMALISED_EN = (r"(?:normal(?! to (?:be|feel|worry|ask|want|wonder))|natural|common|typical|"
                  r"usual|expected|harmless|benign|nothing|what happens|part of (?:getting|"
                  r"growing) older|part of (?:ag(?:e)?ing|life)|ag(?:e)?ing|getting older|my age|"
                  r"wear and tear|every(?:one|body| man| woman| person)|all (?:men|women|"
                  r"people)|(?:a |an )?(?:lab(?:oratory)? |measurement )?(?:error|fluke|glitch|"
                  r"quirk|noise)|a phase|(?:my |the )?nerves|stress)")

EN_MORE += [
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
    # asked, leading, with a tag: "these are just down to me being fit, aren't they?", "harmless,
    # aren't they?", "surely it is only because of my workout?"
    _rule(r"\b(?:" + _Q_CLAIM_EN + r"|" + _Q_CAUSE_EN + r")\b[^?]{0,60}?(?:,\s*(?:right|correct|"
          r"yes|yeah|surely|no)\s*\?|,?\s*\b(?:is|isn'?t|are|aren'?t|was|wasn'?t|were|weren'?t|"
          r"does|doesn'?t|did|didn'?t|can|can'?t|will|won'?t|would|wouldn'?t|do|don'?t|could|"
          r"couldn'?t|should|shouldn'?t) (?:it|this|that|they|these|those|I|we|there)\s*\?)|"
          r"\bsurely\b[^?]{0,50}\b" + _Q_CAUSE_EN + r"\b",
          kinds=QUESTION, unless_hedged=False),
    # asked, rhetorical: "isn't a slightly enlarged prostate just what happens to every man my
    # age?", "isn't this simply part of getting older?" (not "isn't it better to ask ...?")
    _rule(r"^\W*(?:isn'?t|aren'?t|wasn'?t|doesn'?t|don'?t|wouldn'?t|is (?:it|this|that) not|are "
          r"(?:they|these) not)\b[^?]{0,80}?\b(?:just|simply|only|merely|basically|nothing (?:but|"
          r"more than))\b[^?]{0,40}?\b" + _NORMALISED_EN + r"\b",
          kinds=QUESTION, unless_hedged=False),
    # hedged, with no step after: "so it doesn't necessarily need a repeat test"
    _rule(r"(?:\bnot|n't) necessarily (?:need|require|call for|warrant|mean you need)\w* "
          r"(?:to (?:be )?)?(?:(?:a|an|any|another|further|more) ){0,2}?(?:follow\w*|repeat\w*|"
          r"re-?check\w*|re-?test\w*|check\w*|test\w*|monitor\w*|treat\w*|action|visit|"
          r"appointment|scan)"
          + _NO_STEP_LATER),
    # the result's hold on the person talked away: "needn't occupy you any further", "shouldn't
    # keep you up at night"
    _rule(r"\b(?:needn'?t|need not|shouldn'?t|should not|doesn'?t need to|does not need to|won'?t|"
          r"will not|ought not to) (?:really |further )?(?:occupy|preoccupy|weigh on|play on|"
          r"burden|keep you (?:up|awake)|cost you (?:any )?sleep|take up (?:any )?(?:more )?"
          r"(?:of )?your (?:time|thoughts|attention))\b" + _NO_STEP_LATER,
          kinds=STATEMENT, unless_negated=True),
]
