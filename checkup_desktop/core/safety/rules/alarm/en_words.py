"""Alarm rules for English cards: frightening words and grave events named without a next step
(death, cancer, organ failure, a stroke, a vessel bursting, "at any moment"), in the card's
and the other languages' wordings."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.alarm.common import (
    _MAY_SOON,
    _ONE_CAUSE,
    _SENTENCE_UNREPORTED,
    _rule,
)

_ALARM_EN = (r"\b(?:fatal|deadly|life[- ]threatening|terminal|dying|death|kill\w*|cardiac arrest|"
             r"heart attacks?|(?:a|into|in|and|or|diabetic|hepatic|deep|cause[sd]?|causing) coma|"
             r"seizures?|bleed(?:ing)? to death|bleeding internally|internal "
             r"bleeding|organ failure|stop (?:the|your) heart|heart (?:could|may|might|can|will) "
             r"(?:stop|fail)|give out|dangerous|danger|malignan\w+|"
             r"(?<!non-)(?<!non)" + _ONE_CAUSE + r"cancer\w*(?! screening| check| prevention|"
             r" antigen)|leuka?emia|lymphoma|"
             r"(?:with|have|has|had|be|is|mean|means) (?:a |an )?tumou?r(?![- ]markers?)|"
             r"starv\w+ of oxygen|"
             r"suffocat\w+|shut(?:ting)? down|organ damage|brain damage|irreversibl\w+|"
             r"permanent damage|collaps\w+|strokes?|spread\w*|metasta\w+|(?:brain|heart|kidneys?|"
             r"liver|lungs?) (?:to |could |can |may |will )?(?:swell|fail|stop|burst|bleed)\w*|"
             r"too thick|clots? in (?:the|your) (?:brain|lungs?))\b")

# what a patient may do "at any time" (book, ask, call): permission, not a threat
_YOU_MAY = (r"(?:book|ask|call|contact|arrange|request|come|talk|discuss|bring|repeat|have|get|do|"
            r"take|check|see|visit|phone|ring|change|make|speak|return|cancel|send|email|read|"
            r"look|share|use|update|also|always|still)\b")

EN_WORDS = [
    _rule(_ALARM_EN),
    _rule(r"\bdie\b",
          unless_negated=False),
    _rule(r"\b(?:blind\w*|scarr\w+|(?:badly|severely|seriously|permanently) (?:damaged|scarred|"
          r"harmed|injured|affected))\b"),
    # "could give out at any moment" is an event; "you can book it at any time" is permission
    _rule(r"\b(?:dangerously|alarmingly|critically|frighteningly)\b|\b(?:could|can|may|might|will|"
          r"would)\s+(?!" + _YOU_MAY + r")\w+(?:\s+\w+){0,4}?\s+at any (?:time|moment|minute|"
          r"second)\b(?! of)|\bany (?:minute|second) now\b"),
    _rule(r"\bbrain bleeds?\b|\bbleed\w* (?:into|in|inside|within|around|on) (?:the |your )?"
          r"(?:brain|skull|head)\b|\bhaemorrhag\w+|\bhemorrhag\w+"),
    _rule(r"\bpoison\w*|\btoxic\b"),
    _rule(r"\b(?:alarming|frightening|scary|terrifying|very serious|extremely serious|"
          r"really serious)\b"),
    # "grave" (also Spanish) unless a negation comes earlier in the sentence, however far ("no
    # significa por sí solo que haya un problema grave", "does not by itself mean anything grave")
    _rule(r"(?:^|(?<=[.;!?]))(?![^.;!?]*?(?:\b(?:not|no|nicht|kein\w*|nada|nothing|nichts|never|"
          r"nunca|ningún|ninguna|sin|without)\b|n't\b)[^.;!?]*?\bgrave\b)[^.;!?]*?\bgrave\b"),
    _rule(r"\b(?:serious|big|real|deep|grave) trouble\b|\bin a bad way\b|\bbadly damaged\b"),
    _rule(r"\bsomething (?:very |really |quite )?(?:nasty|serious|bad|sinister|terrible|"
          r"dangerous|awful)\b"),
    _rule(r"\btime ?bomb\b|\bbomba de relojería\b|\bZeitbombe\b|定时炸弹",
          unless_negated=False),
    _rule(r"\bclogg\w+|\bas we speak\b|\btaponand\w*|\bse están (?:tapando|obstruyendo)\b|"
          r"\bverstopf\w+|堵死"),
    _rule(r"\b(?:brain |bone |blood )?tumou?rs?\b(?! markers?)",
          unless_modal=True),
    # ("released when heart muscle cells are under strain" says what the test measures)
    _rule(r"(?<!\bwhen )(?<!\bif )\b(?:heart|kidneys?|liver|brain|lungs?|arteries|blood vessels|"
          r"pancreas)\b[^.;]{0,40}\b(?:strain|stress|failing|shutting|stopping|packing up|"
          r"giving up|damaged|under attack|struggling|overwhelmed|breaking down)\w*",
          unless_modal=True),
    _rule(r"\b(?:corazón|riñones|riñón|hígado|cerebro|pulmones|"
          r"arterias)\b[^.;]{0,40}\b(?:esfuerzo|dejando de funcionar|fallando|sufriendo|dañ\w+|"
          r"colaps\w+)",
          unless_modal=True),
    _rule(r"\b(?:Herz|Nieren?|Leber|Gehirn|Lunge|Arterien|Gefäße)\b[^.;]{0,40}\b(?:Belastung|"
          r"einstellen|versag\w+|Schaden|geschädigt|überlastet|kämpf\w+)",
          unless_modal=True),
    _rule(r"(?:心脏|肾脏|肝脏|大脑|肺|血管)[\u4e00-\u9fff]{0,8}(?:压力|衰竭|损伤|停止|崩溃|"
          r"不堪重负)",
          unless_modal=True),
    _rule(r"\bbleed\w* without stopping\b|\bwon'?t stop bleeding\b|\bsangrar sin parar\b|"
          r"\bblutet nicht mehr auf\b",
          unless_negated=False),
    _rule(r"\bcatastroph\w+|\bcatastróf\w+|\bkatastroph\w+|出大事|后果严重|不堪设想|"
          r"\bdisaster\w*|\bdesastr\w+"),
    _rule(r"\bcrumbl\w+|\bdesmoron\w+|\bzerbrösel\w+|骨头会碎"),
    # an organ that may stop or fail: a modal does not soften it ("your kidneys could stop
    # working")
    _rule(r"\b(?:heart|kidneys?|liver|lungs?|brain|organs?)" + _MAY_SOON + r" (?:stop(?:s|ped)?|"
          r"fail(?:s|ed|ing)?|give out|shut down|pack up|burst)\b|\bstop (?:working|beating)\b|"
          r"\b(?:starved|deprived) of oxygen\b|\bnot (?:getting|receiving) enough oxygen\b"),
    # loss that cannot be undone (sight, a limb, an organ), or "too late"
    _rule(r"\bpermanent(?:ly)? (?:blind\w*|loss|lose|lost|damag\w+|harm\w*|disab\w+|impair\w+)|"
          r"\b(?:lose|losing|lost|loss of) (?:your |the |their )?(?:sight|vision|eyesight|legs?|"
          r"foot|feet|toes)\b|\bbeyond repair\b|\bcan(?:not|'t| not) be (?:undone|reversed|"
          r"repaired)\b|\btoo late\b|\bamputat\w+|\bparaly[sz]\w+|\bruptur\w+"),
    # a vessel made to burst ("can burst a blood vessel in the brain"), dire consequences
    _rule(r"\b(?:burst|rupture|pop|tear|break)\w* (?:a |the |one of the |an )?(?:small |tiny |"
          r"major )?(?:blood )?(?:vessels?|arter(?:y|ies)|aneurysms?|veins?)\b|"
          r"(?<!avoid )(?<!prevent )(?<!avoiding )(?<!preventing )\b(?:serious|severe|dire|"
          r"devastating|grave|terrible|life-changing) (?:health )?consequences\b|"
          r"\bconsequences (?:\w+ ){0,2}?(?:could|can|may|might|will|would) be (?:very |"
          r"extremely |really )?(?:serious|severe|dire|devastating|grave|terrible)\b"),
    # "could ... at any moment" with a longer object ("burst a blood vessel in the brain")
    _rule(r"\b(?:could|can|may|might|will|would)\s+(?!" + _YOU_MAY + r")\w+(?:\s+\w+){5,8}?"
          r"\s+at any (?:time|moment|minute|second)\b(?! of)"),
    _rule(r"\b(?:serious|grave|real|immediate|great) (?:threat|danger)\b|\bgo(?:es|ing)? "
          r"downhill\b"),
]

EN_WORDS += [
    # fainting or collapsing, unless the sentence asks to report it ("mention any fainting",
    # "symptoms such as fainting", "whether you have noticed dizziness or fainting") or it is a
    # mild feeling ("feel faint")
    _rule(_SENTENCE_UNREPORTED + r"(?<!\bany )(?<!\bfeel )(?<!\bfeeling )(?<!\bfelt )"
          r"(?<!\bfeels )(?<!\blike )\b(?:faint|collapse|pass out|black out)\w*\b"),
]
