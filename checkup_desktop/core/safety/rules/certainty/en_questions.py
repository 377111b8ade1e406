"""Certainty rules for English cards: questions that take a course as given ("how long will
it take for this to turn into cancer?", "delay the hip fracture I will have")."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.certainty.common import _rule
from checkup_desktop.core.safety.rules.rule import ALL, QUESTION

EN_QUESTIONS = [
    _rule(r"\b(?:since|as|because|now that)\b[^?.]{0,40}\bwill (?:turn into|develop|progress|"
          r"become|lead to)\b",
          "predicts the future", kinds=QUESTION),
    # the question takes the bad course as given: "given that my eGFR will keep dropping, ...",
    # "how long will it take for this to turn into cancer?"
    _rule(r"\b(?:since|as|because|now that|given (?:that )?|seeing (?:as|that)|considering)\b"
          r"[^?.]{0,50}\b(?:will|'ll|(?:is|are) (?:\w+ )?going to)\s+(?:\w+\s+)?(?:turn into|"
          r"develop|"
          r"progress|become|lead to|keep \w+ing|get worse|worsen|rise|fall|drop|decline|fail|need|"
          # "since my nodule is eventually going to grow"
          r"grow|enlarge|get bigger|thicken|harden|spread|"
          r"end up|go (?:up|down)|stay|remain|always|never|"
          # ... or a good course as given: "given that the liver changes will go back to normal"
          r"(?:go|come|get) back|return to|normali[sz]e|settle|resolve|clear up|disappear|"
          r"improve|sort (?:itself|themselves) out|be (?:back to )?(?:normal|fine))\b"
          r"|\bif\b[^?.]{0,50}\b(?:will|'ll|is going to|are going to)\b[^?.]{0,40}\b(?:anyway|"
          r"regardless|no matter what)\b"
          r"|\b(?:how (?:long|soon|many (?:years|months))|when|at what age|why)\b(?:(?!\b(?:"
          r"whether|if|likely|chance|risk|could|might|may)\b)[^?.]){0,40}\b(?:will|'ll|"
          r"is going to|am i going to|until|before)\b[^?.]{0,40}?\b(?:turns? into|turns? \w+ous|"
          r"develops?|progress\w*|becomes? (?!clear|known|obvious|available)|ends? up|leads? to|"
          r"goes? on to|keeps? \w+ing|gets? worse|fails?|"
          # "... to get bad enough to need hearing aids"
          r"gets? (?:\w+ )?(?:bad|severe|serious|poor|weak|big|large|low|high) enough|"
          r"need (?:dialysis|a transplant|surgery|hearing aids?|glasses|a pacemaker|a stent|"
          r"a (?:\w+ )?replacement|"
          r"an operation|insulin|"
          r"treatment|tablets|medication))"
          r"|\b(?:since|as|because|now that|given (?:that )?|seeing (?:as|that))\b[^?.,]{0,40}\b(?:"
          r"definitely|certainly|surely|inevitably|(?:sure|bound|certain|guaranteed) to)\b",
          "takes a bad course as certain", kinds=QUESTION),
    # "how long until my kidneys fully recover?": the question takes a full recovery as given
    # (the subject may be long: "... before my bone density and my vitamin D have fully ...";
    # "whether", "if", a modal in between ask it)
    _rule(r"\b(?:how (?:long|soon|many (?:weeks|months|years))|when)\b(?:(?!\b(?:whether|if|"
          r"could|might|may|can)\b)[^?.]){0,80}\b(?:fully|"
          r"completely|totally|entirely|100 ?%)\s+(?:\w+\s+)?(?:recover\w*|heal\w*|normal|back|"
          r"resolve\w*|clear\w*|disappear\w*|go away|gone|cured)\b"
          r"|\b(?:cuánto|cuándo|en cuánto)\b[^?]{0,50}(?:por completo|completamente|del todo|"
          r"totalmente)\b"
          r"|\b(?:wie (?:lange|schnell|bald)|wann|bis wann)\b(?:(?!\b(?:ob|kann|könnte\w*|"
          r"jemals)\b)[^?]){0,80}\b(?:vollständig|komplett|"
          r"völlig|ganz|restlos)\s+(?:\w+\s+)?(?:erholt|erholen|normal|verschwunden|verschwinden|"
          r"ausgeheilt|abgeheilt|geheilt|weg|zurück\w*)\b",
          "takes a full recovery as certain", kinds=QUESTION),
    # "How soon will my LDL be back in the normal range?", "When the raised uric acid turns into
    # gout, which joints ...?": the question takes the course as given ("how soon could ...",
    # "what happens if it turns into gout?" ask it)
    _rule(r"\b(?:how (?:soon|long|quickly|fast|many (?:weeks|months))|when|by when)\b(?:(?!\b(?:"
          r"whether|if|likely|usually|typically|could|might|may|can)\b)[^?.,]){0,40}\b(?:will|'ll)"
          r"\s+(?:(?!not\b|probably\b|likely\b)\w+\s+){0,4}?(?:be (?:back )?(?:in|within|into|"
          r"to) (?:the )?(?:\w+ )?(?:range|normal)|be normal|(?:go|come|get) back (?:to|into|in|"
          r"down)\b|return to (?:normal|the (?:\w+ )?range)|normali[sz]e)"
          r"|\bhow long will it take\b[^?]{0,40}\bto (?:be (?:back )?(?:in|within|into) (?:the )?"
          r"(?:\w+ )?range|be normal|(?:get|go|come) back (?:to|into|in|down)\b|"
          r"return to (?:normal|the (?:\w+ )?range)|normali[sz]e)"
          r"|(?:^|[¿,;]\s*)(?:when|once|by the time)\b[^?,;]{0,50}\b(?:turns? into|"
          r"becomes? (?!clear|known|available|normal)|progress(?:es)? to|develops? into)\b"
          r"[^?,;]{0,30},|\b(?:when|once) (?:the|my) (?!results?\b|tests?\b|values?\b)\w+ "
          r"(?:\w+ )?(?:develops|sets in|kicks in)\b",
          "takes a course as certain", kinds=QUESTION),
    # "When my blood pressure goes up further next year, what ...?": a clause of time takes the
    # worsening as given ("if it goes up further" asks it; "again" may be a reading at home)
    _rule(r"(?:^|[¿,;]\s*)(?:when|once|by the time)\b[^?,;]{0,50}?\b(?:goes? (?:up|down)|rises?|"
          r"climbs?|gets? (?:worse|higher|lower)|worsens?|drops?|falls?|declines?|increases?|"
          r"deteriorates?|keeps? (?:rising|climbing|dropping|falling|going (?:up|down)|getting "
          r"worse))\b(?:\s+\w+){0,2}?\s+(?:further|even (?:more|higher|lower|further)|next year|"
          r"in (?:a few|a couple of|the coming|\d+|two|three|five|ten) years|"
          r"over (?:the )?(?:years|"
          r"time)|with age|as I get older|later on|in the future)\b",
          "takes a bad course as certain", kinds=QUESTION),
    # "delay the hip fracture I will have": a bad event named as the asker's certain future
    # (an operation or a test "I will have" may be planned)
    _rule(r"\b(?:fractures?|breaks?|heart attacks?|strokes?|diabetes|dialysis|"
          r"(?:kidney|liver|heart) failure|complications?|gout|cancer|bleeds?|bleeding|"
          r"blindness|amputation|insulin|disease|damage) (?:that |which )?I(?:'ll| will|'m going "
          r"to| am going to| am bound to)\s+(?:\w+\s+)?(?:have|get|develop|need|suffer|go through|"
          r"end up with)\b",
          "takes a bad course as certain", kinds=QUESTION),
    # asked: a course that "never gets better" taken as given ("Since this hearing loss never
    # gets better, ...?")
    _rule(r"\b(?:since|as|because|now that|given (?:that )?|seeing (?:as|that))\b[^?.]{0,50}\b"
          r"never (?:gets? better|improves?|goes? away|recovers?|comes? back|heals?|returns?)\b",
          "takes a bad course as certain", kinds=QUESTION),
]

# Round 10: a question that takes a need, a self-resolution, a doubling or a further decline as
# coming ("When will I start needing dialysis?", "How long until my ferritin normalises by
# itself?", "How many years until this nodule doubles in size?", "How fast will my bone density
# decline further?")
EN_QUESTIONS += [
    _rule(r"\bwhen (?:will|do|am) I (?:start|begin|going to start) (?:to )?(?:need\w*|los\w*|"
          r"go\w* (?:blind|deaf)|develop\w*)\b|"
          r"\b(?:how (?:long|soon|many (?:weeks|months|years))|when)\b(?:(?!\b(?:whether|if|"
          r"could|might|may|can)\b)[^?.]){0,40}\b(?:until|before|till)\b[^?]{0,50}\b(?:"
          r"normali[sz]es|settles|clears (?:up)?|resolves|disappears|goes away|doubles|triples|"
          r"(?:is|are) back (?:to|in|within)|(?:have|need) to (?:go on|start) (?:dialysis|insulin)|"
          r"need (?:dialysis|a transplant|surgery|hearing aids?|an operation|insulin))\b|"
          r"\bhow (?:fast|quickly|much|far|rapidly)\b(?:(?!\b(?:whether|if|could|might|may|"
          r"can)\b)[^?]){0,40}\b(?:will|'ll|is going to|are going to)\b[^?]{0,50}\b(?:decline|"
          r"drop|fall|rise|shrink|grow|go down|go up|decrease|increase|worsen|thin)\w*\s+"
          r"(?:any )?(?:further|more|from here)\b|"
          r"\b(?:will|'ll|is going to|are going to) only (?:get|keep getting) worse\b",
          "takes a bad course as certain", kinds=QUESTION),
]

EN_QUESTIONS += [
    # the value's return on its own taken as given: "Once my low platelets go back to normal by
    # themselves, ...", "after my ferritin comes back up on its own"
    _rule(r"\b(?:once|after|when) (?:my |the |these |your )?(?:\w+ ){0,4}?(?:go(?:es)? back to "
          r"normal|(?:is|are) back (?:to|in) (?:normal|range)|normali[sz]es?|settles?|clears? "
          r"up|comes? (?:back )?(?:up|down)|recovers?) (?:by (?:itself|themselves)|on (?:its|"
          r"their) own)\b",
          "takes a course as certain", kinds=ALL),
]

# Round 14: a worsening course as the premise of a question ("Knowing that my PSA will keep
# rising, how often ...?"), a bad event dated by age ("at what age will I have my heart attack?").
EN_QUESTIONS += [
    # "Knowing that my PSA will keep rising every year, how often ...?", "Given that the cyst will
    # keep growing, ..." ("if it keeps rising" asks it)
    _rule(r"\b(?:knowing|given|seeing|now that|since|as)\b(?: that)?[^?,;]{0,60}?\b(?:will|is "
          r"going to|are going to) (?:keep|continue|go on) (?:to )?(?:ris\w*|climb\w*|grow\w*|"
          r"worsen\w*|getting worse|fall\w*|drop\w*|declin\w*|increas\w*|decreas\w*|go\w* (?:up|"
          r"down))",
          "takes a bad course as certain", kinds=QUESTION),
    # "If my cholesterol stays like this, at what age will I have my heart attack?"
    _rule(r"\b(?:at what age|how old will I be when|in how many years)\b[^?]{0,40}\bwill I "
          r"(?:have|get|suffer|develop|need)\b[^?]{0,20}\b(?:heart attack|stroke|fracture|"
          r"diabetes|gout|dialysis|kidney failure|heart failure|dementia|cancer|insulin|"
          r"hearing aids?|blindness)\b",
          "takes a bad course as certain", kinds=QUESTION),
]
