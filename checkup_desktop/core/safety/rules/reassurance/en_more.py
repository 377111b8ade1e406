"""More reassurance rules for English cards, applied after those of en.py (the English list
was split at 500 lines; `EN` in __init__ is en.py's list followed by this one)."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.reassurance.common import (
             _NO_STEP_AFTER,
             _NO_STEP_LATER,
             _OWN_CLAUSE_LONG,
             _rule,
)
from checkup_desktop.core.safety.rules.rule import ALL, STATEMENT

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
