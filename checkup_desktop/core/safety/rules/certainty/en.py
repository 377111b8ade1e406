"""The certainty rules for English cards, in the order they apply
(engine.py interleaves the categories)."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.certainty.common import _ADVICE_NEAR, _rule
from checkup_desktop.core.safety.rules.rule import ALL, QUESTION, TITLE

EN = [
    # "not inevitable", "no es inevitable", "not certain that" deny the certainty
    # ... and "Is it certain that ...?" asks whether it is
    # ("no guarantee"; "definitely worth discussing" is sure of the advice, not of a course)
    _rule(r"\b(?<!\bnot )(?<!n't )(?<!\bno es )(?<!\bnicht )(?<!\bis it )(?<!\bno )"
          r"(?:definitely|certainly|undoubtedly|"
          r"surely|for sure|no doubt|without (?:a |any )?doubt|100 ?%|certain that|it is certain|"
          r"guarantee[sd]?|inevitabl\w+|"
          r"always (?:progress\w*|lead\w*|turn\w*|end\w*|becomes?|causes?)|"
          r"proves?|proven|"
          r"clearly|(?:certain|sure|bound|guaranteed) to|obvious\w*|evident(?:ly)?|zero chance|"
          r"no chance|no question)\b(?!\s+(?:worth|a good idea|important|sensible|advisable|"
          r"recommended|something to|above|below|outside|over|under|higher|lower|raised|"
          r"elevated|within|out of))|\b(?:this|it|that|these results?) (?:confirms?|"
          r"shows? that you)\b",
          "is certain", kinds=ALL, unless_uncertain=True),
    # ("whether this will get worse" asks it; "hard to tell how your blood pressure will
    # develop" is an embedded question, the clause is read from its start)
    _rule(r"(?:^|(?<=[.;!?,:]\s))(?:(?!\b(?:how|whether|predict\w*|tell|say|know|unclear)\b|"
          r"(?:not|n't) (?:mean|imply|necessarily|guarantee)\b)[^.;!?,:])*?"
          r"(?<!\bwhether it )(?<!\bwhether this )(?<!\bwhether that )(?<!\bwhether they )"
          r"(?<!\bif it )(?<!\bif this )"
          r"\b(?:will|'ll|(?:is|are|am) going to)\s+(?:\w+\s+){0,2}?(?:turn into|develop|"
          r"progress|become|lead to|cause|(?:get|grow) (?:\w+ )?(?:worse|bigger|larger)|"
          r"keep getting worse|worsen|deteriorate|fail|"
          r"need|require|end up|damage|kill|go up|rise|spread|be (?:diabetic|sick|"
          r"ill))\b(?! (?:to )?(?:book|see|contact|discuss|repeat|ask|bring|talk|call|make|"
          r"check)\b| (?:an appointment|a repeat|a follow-up)\b)",
          "predicts the future"),
    _rule(r"\bwill never\b|\bnever (?:go|get|come) back\b|\blife-?long\b|"
          r"\bfor (?:the rest of )?(?:your )?life\b|\bpermanent(?:ly)?\b",
          unless_uncertain=True),
    # ("does not mean that the value will keep rising" denies it: the clause is read from its
    # start)
    _rule(r"(?:^|(?<=[.;!?,:]\s))(?:(?!(?:not|n't) (?:mean|imply|necessarily|guarantee)\b)"
          r"[^.;!?,:])*?\b(?:will|'ll)\s+(?:\w+\s+){0,2}?(?:rising|increasing|worsening|"
          r"climbing|going up|getting worse|falling|dropping)\b",
          "predicts the future"),
    _rule(r"\bsooner or later\b|\bi (?:promise|guarantee|assure you)\b|\balmost certainly\b|"
          r"\bmost certainly\b|\bwithout question\b",
          unless_uncertain=True),
    _rule(r"\bdefinite\b|\bconfirmed\b|\bcertain (?:sign|case)\b",
          "is certain", kinds=TITLE),
    _rule(r"\b(?:since|as|because|now that)\b[^?.]{0,40}\bwill (?:turn into|develop|progress|"
          r"become|lead to)\b",
          "predicts the future", kinds=QUESTION),
    _rule(r"\b100\s?%|\bal 100\b|\bhundertprozentig\w*|\bcien por cien\b|百分之百|百分百|"
          r"\bonly (?:gets?|getting|going to get) worse\b|\bgets? worse with (?:age|time)\b",
          unless_uncertain=True, unless_negated=True),
    # predictions about the person ("you will need...", "usted tendrá...") unless they are the next
    # step of booking or discussing
    # ("does not mean that you will develop ..." denies it)
    _rule(r"(?<!\bnot mean )(?<!n't mean )(?<!\bnot mean that )(?<!n't mean that )"
          r"(?<!\bnot necessarily mean that )(?<!\bno guarantee that )"
          r"\byou(?:'ll| will) (?:\w+ )?(?:need|have|get|develop|be|go|end up|require|suffer|"
          r"lose|feel|become)\b(?! (?:to )?(?:book|see|contact|discuss|repeat|ask|bring|talk|"
          r"call|make|check|an appointment|a repeat|a follow-up|asked|able|offered|given|told|"
          r"seen))",
          "predicts the future"),
    _rule(r"\b(?:anything|nothing) (?:else )?but\b|\bcan only be\b|\b(?:this|it|"
          r"that) must be (?:a |an )?(?!checked|repeated|discussed|seen|looked|done|taken|booked)",
          "is certain"),
    _rule(r"\bno (?:room for )?doubt\b|\bleaves? no doubt\b|\bsure sign\b|\blugar a dudas\b|"
          r"\bseñal segura\b|\bkeinen Zweifel\b|\bsicheres Zeichen\b|毫无悬念|确切|确定无疑|必定",
          "is certain", unless_uncertain=True),
    _rule(r"\b(?:will|'ll)\s+(?:\w+\s+)?(?:halve|double|triple|plummet|crash|collapse)\b",
          "predicts the future"),
    # ("sollte in jedem Fall besprochen werden", "in every case worth discussing" stress advice)
    # ("not in all cases", "no en todos los casos" deny the rule)
    _rule(r"(?<!\bnot )(?<!\bno )(?<!\bnicht )(?:\bin (?:every|each|all) cases?\b|"
          r"\bwithout exception\b|\ben todos los casos\b|"
          r"\bsin excepción\b|\bin jedem Fall\b|\bin allen Fällen\b|\bausnahmslos\b)" + _ADVICE_NEAR
          + r"|每个人都会|所有人都会|无一例外",
          unless_uncertain=True),
    # ("so the result can be confirmed", "needs to be confirmed" leave it open)
    _rule(r"(?<!\bbe )(?<!\bbeen )\bconfirm(?:s|ed)\b(?! (?:with|by) a repeat)",
          "is certain"),
    _rule(r"\b(?:will|can|could|may|might) (?:cause|lead to|result in) (?:a |an )?(?:jaundice|"
          r"heart attacks?|strokes?|kidney failure|liver failure|diabetes|cancer|blindness|death|"
          r"organ damage|seizures?|coma)\b",
          "predicts a disease"),
    # a result's course told as fact: "will be back in range", "will keep going down"
    _rule(r"\b(?:will|'ll|(?:is|are) going to)\s+(?:(?!(?:not )?(?:necessarily|probably|likely|"
          r"possibly|perhaps)\b)\w+\s+){0,2}?(?:be (?:back )?(?:in|within|into|to) (?:the )?"
          r"(?:\w+ )?(?:range|normal)|(?:go|come|get) back (?:to|into|in|down|up)\b|return to|"
          r"normali[sz]e|settle|reach|stay (?:high|low|raised|elevated|above|below|abnormal|"
          r"normal)|"
          r"remain (?:high|low|raised|elevated|above|below|abnormal|normal)|keep (?:going (?:up|"
          r"down)|dropping|falling|rising|climbing|increasing|decreasing|declining|growing|"
          r"worsening|deteriorating|enlarging|expanding|thinning|spreading|progressing|"
          r"advancing|getting (?:worse|better|higher|lower|bigger))|continue to (?:rise|"
          r"fall|drop|climb|increase|decrease|decline|grow|worsen|deteriorate|get worse)|(?:come|"
          r"go) down|disappear|go away|clear up|resolve|improve|shrink|come back (?:higher|lower|"
          r"normal|abnormal|positive|negative))\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # "when they recheck it, your TSH will be back within range": after a clause of time the
    # result is told as fact (a "may" in the time clause does not hedge the second one)
    _rule(r"\b(?:when|once|by the time|after)\b[^.;?!,]{0,60},\s*(?:(?!may|might|could|can|"
          r"probably|likely|possibly|perhaps|hopefully|not)[\w']+\s+){0,5}?(?:will|'ll)\s+"
          r"(?:(?!not|probably|likely|possibly|perhaps)\w+\s+)?(?:be (?:back )?(?:in|within|into|"
          r"to) (?:the )?(?:\w+ )?(?:range|normal)|be normal|(?:go|come|get) back (?:to|into|in|"
          r"down)|normali[sz]e|have (?:settled|normali[sz]ed|gone|cleared|improved)|show (?:a )?"
          r"normal|(?:go|come) down|disappear|go away|clear up|resolve)\b",
          "predicts the future", unless_uncertain=True),
    # "never comes back down", "never turns into cancer": an absolute about the future
    _rule(r"\bnever (?:go(?:es)?|gets?|comes?) back\b|\bnever (?:returns?|recovers?|"
          r"normali[sz]es?|improves?|goes away|gets better|comes down|goes down|disappears?|"
          r"resolves?|heals?)\b|\bnever (?:turns?|becomes?|develops?|progress\w*) (?:into|"
          r"malignant|cancer\w*)\b|\bnever (?:grows?|gets? (?:any )?bigger|changes?|"
          r"causes? (?:you )?(?:any )?(?:problems?|trouble|symptoms|harm))\b",
          unless_uncertain=True, unless_hedged=True),
    # "always come down on their own", "sinken immer von allein wieder": a result's course told
    # as a rule that holds for the person
    _rule(r"\balways\b[^.;?!]{0,40}\b(?:on (?:its|their) own|by (?:itself|themselves)|"
          r"of (?:its|their) own accord)\b|\b(?:immer|stets|jedes Mal)\b[^.;?!]{0,40}\bvon "
          r"(?:allein|selbst)\b|\bvon (?:allein|selbst)\b[^.;?!]{0,15}\b(?:immer|stets)\b|"
          r"\bsiempre\b[^.;?!]{0,40}\b(?:sol[oa]s?|por sí sol[oa]s?|espontáneamente)\b",
          unless_negated=True, unless_hedged=True, unless_uncertain=True),
    # inevitability and fate: "unavoidable", "only a matter of time", "is a given"
    _rule(r"\b(?:unavoidabl[ey]|unstoppable|irreversibl[ey]|destined to|doomed to|a foregone "
          r"conclusion|(?:only |just )?a matter of time|(?:is|are) (?:practically |virtually |"
          r"all but )?(?:certain|a certainty|a given)|irremediabl\w+|ineludibl\w+|"
          r"irreversibles?|cuestión de tiempo|destinad[oa]s? a|condenad[oa]s? a|"
          r"garantizad[oa]s?|unvermeidbar\w*|unvermeidlich\w*|unaufhaltsam\w*|"
          r"unausweichlich\w*|irreversibel\w*|vorprogrammiert|Frage der Zeit|"
          r"nicht (?:mehr )?(?:aufzuhalten|zu (?:vermeiden|verhindern|stoppen)))\b",
          kinds=ALL, unless_negated=True, unless_modal=True),
    # "necessarily" is a certainty in a statement; "¿significa necesariamente ...?" asks it
    _rule(r"\b(?:forzosamente|necesariamente|zwangsläufig\w*|notwendigerweise)\b",
          unless_negated=True, unless_modal=True),
    # a later test said to settle it in advance: "the repeat will confirm that it is benign"
    _rule(r"\b(?:will|'ll|is going to)\s+(?:\w+\s+){0,2}?(?:confirm|show|prove|demonstrate) "
          r"(?:that|it(?:'s| is)|this is|(?:the|a|your) diagnosis)\b|"
          # "a repeat test that will show everything has settled"
          r"\b(?:will|'ll|is going to)\s+(?:show|confirm|prove|find)\s+(?!whether|if|how|what|"
          r"why|when)(?:\w+\s+){1,3}?(?:has|have|is|are|was)\s+(?:\w+\s+)?(?:settled|normal|fine|"
          r"gone|resolved|improved|benign|back|cleared|harmless|healthy|okay)\b|"
          r"\b(?:confirmar|demostrar|mostrar|probar)(?:á|án) que\b|"
          r"\b(?:wird|werden)\b[^.;?]{0,40}\b(?:(?:bestätigen|beweisen|belegen)\b(?!,? ob\b)|"
          r"zeigen, dass)",
          "predicts the future"),
    # "repeat it to confirm that the first result was a lab error", "para confirmar que lo
    # anterior fue un error", "um zu bestätigen, dass es ein Messfehler war": the repeat's
    # outcome taken as settled ("to check whether it was an error" asks it)
    _rule(r"\b(?:confirm\w*|prove|show)\s+(?:that\s+)?(?:(?!whether|if)[\w']+\s+){0,4}?"
          r"(?:was|is|were|'s)\s+(?:(?:just|only|simply|all)\s+)?(?:a |an )?(?:\w+\s+)?"
          r"(?:errors?|mistakes?|fluke|false alarm|false positive|wrong|nothing|harmless)\b|"
          r"\b(?:confirmar|demostrar|comprobar|ver)\s+que\s+(?:[\w']+\s+){0,4}?(?:fue|era|es|"
          r"ha sido|son|fueron)\s+(?:sólo |solo |simplemente )?(?:un |una )?(?:\w+\s+)?"
          r"(?:errore?s?|equivocaci\w+|fals[oa]s?|falsa alarma|fallo|nada)\b|"
          r"\b(?:bestätig\w*|beweis\w*|zeig\w*),?\s+dass\s+(?:[\w']+\s+){0,5}?(?:\w*[Ff]ehler|"
          r"Irrtum|falsch\w*|Fehlalarm|harmlos)\b|"
          r"(?:确认|证明|证实)(?:一下)?(?:之前|上次|上一次|原来)?[^。，,？?]{0,10}(?:是|只是)(?:个|一个)?"
          r"(?:误差|错误|误报|假阳性|失误)",
          "takes a repeat's outcome as settled", kinds=ALL),
    # the question takes the bad course as given: "given that my eGFR will keep dropping, ...",
    # "how long will it take for this to turn into cancer?"
    _rule(r"\b(?:since|as|because|now that|given (?:that )?|seeing (?:as|that)|considering)\b"
          r"[^?.]{0,50}\b(?:will|'ll|is going to|are going to)\s+(?:\w+\s+)?(?:turn into|develop|"
          r"progress|become|lead to|keep \w+ing|get worse|worsen|rise|fall|drop|decline|fail|need|"
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
    # "you are on a path that ends in diabetes", "heading for kidney failure": a course as fact
    _rule(r"\bon (?:a|the|your) (?:path|road|track|course|way) (?:to|towards?|that (?:ends|leads) "
          r"(?:in|to))\b|\b(?:heading|headed) (?:for|towards?|into)\b|\bon course for\b",
          "predicts a disease", condition_after=True, unless_modal=True),
    # "is not going to cause you any problems", "won't grow": a negative prediction as fact
    # ("most nodules like this won't grow" is a general statement: the clause starts with it)
    _rule(r"(?:^|(?<=[.;!?,:]\s))(?!(?:most|many|some|a lot of|plenty of|often|usually)\b)"
          r"[^.;!?,:]*?\b(?:won't|will not|is not going to|isn't going to|are not going to|"
          r"aren't going to)\s+"
          r"(?:ever\s+)?(?:(?!necessarily|always|probably|likely|possibly|by itself\b)\w+\s+)?"
          r"(?:cause (?:you )?(?:any )?(?:problems?|trouble|harm|damage|symptoms)|give you "
          r"(?:any )?(?:problems?|trouble)|turn into|grow|get worse|get bigger|progress|spread|"
          r"develop into|turn \w+ous)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # "your cholesterol will always stay high", "the next test will show a normal count": the
    # course or the next result told as fact
    _rule(r"\b(?:will|'ll)\s+always\s+(?:stay|remain|be|run|sit)\s+(?:\w+\s+)?(?:high|low|raised|"
          r"elevated|abnormal|above|below|out of range|like this|a problem)\b|"
          r"\b(?:will|'ll|is going to)\s+(?:\w+\s+)?(?:show|give|find|come back with)\s+(?:a |an )?"
          r"(?:\w+ )?(?:normal|lower|higher)\b(?! or\b| (?:\w+ )?(?:picture|idea|sense|"
          r"understanding|chance|risk|reference)\b)",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # "Liver values back to normal within weeks", "Low iron: fixed in 3 months": a time frame
    # promised for a result
    _rule(r"(?:\bsoon\b|\bshortly\b|\bquickly\b|\bin (?:a few|a couple of|\d+|one|two|three|"
          r"four|six|twelve) (?:days|weeks|months|years)\b|\bwithin (?:\w+ ){0,3}(?:days|weeks|"
          r"months|years)\b)[^.;?!]{0,25}?\b(?:back (?:to|in|within) (?:the )?(?:normal|range)|"
          r"normal again|(?:be |get )?(?:fixed|resolved|cured|gone|sorted|normali[sz]ed|"
          r"cleared)\b)|"
          r"\b(?:back (?:to|in|within) (?:the )?(?:normal|range)|normal again|fixed|resolved|cured|"
          r"gone|sorted|normali[sz]ed|cleared up)\b[^.;?!]{0,25}?(?:\bsoon\b|\bshortly\b|"
          r"\bin (?:a few|a couple of|\d+|one|two|three|four|six|twelve) (?:days|weeks|months|"
          r"years)\b|\bwithin (?:\w+ ){0,3}(?:days|weeks|months|years)\b)",
          "promises a result's course", unless_modal=True, unless_uncertain=True),
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
]

# Round 7: what happens to everyone with such a result, a worsening taken as given in a clause of
# time, a bad event named as the asker's future.
EN += [
    # "People with a T-score like yours go on to have a fracture": the course of everyone with
    # such a result told as this person's ("some people", "may", "a higher chance" leave it open)
    _rule(r"(?:^|(?<=[.;!?:,]\s))(?:people|patients|those|anyone|everyone|everybody|adults|men|"
          r"women) (?:with|who have|whose)\b[^.;!?]{0,50}?\b(?:like (?:yours|this|these|you)|"
          r"such as "
          r"yours|as (?:high|low|raised) as yours|similar to yours)\b,?\s+(?:\w+\s+)?(?:go(?:es)? "
          r"on to|end(?:s)? up|develop(?:s)?|suffer(?:s)?|progress(?:es)? to|(?:will|'ll|are going "
          r"to) (?:\w+ )?(?:have|get|develop|suffer|break|end up|go on to|lose|need (?:dialysis|"
          r"insulin|surgery|a transplant)))\b",
          "predicts the future", unless_modal=True, unless_hedged=True, unless_uncertain=True),
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
]

# Round 9: a course told as no change, a self-resolution told in the present tense, a rate of
# decline told as fact, a procedure the person will have to undergo.
EN += [
    # "won't change any more", "no cambiará con los años", "wird sich nicht mehr verändern"
    # ("won't change the plan" is about advice; "most nodules won't change" is general)
    _rule(r"(?:^|(?<=[.;!?,:]\s))(?!(?:most|many|some|a lot of|often|usually)\b)[^.;!?,:]*?\b"
          r"(?:won't|will not|will never|is not going to|isn't going to|are not going to|"
          r"aren't going to)\s+(?:ever\s+|really\s+)?change\b(?:\s+(?:any ?more|at all|much|"
          r"in (?:size|the future)|over (?:time|the years)|with (?:time|age)|from now on|again)\b|"
          r"\s*(?:[.,;]|$))|"
          r"\b(?:no|ya no|nunca) (?:va(?:n)? a|volverá\w* a) cambiar\b(?! (?:el|la|los|las|su|sus|"
          r"nada)\b)|\bno cambiará\w*\b(?! (?:el|la|los|las|su|sus|nada)\b)|"
          r"\b(?:wird|werden)\b[^.;?!,]{0,40}\b(?:nicht|nie|niemals) (?:mehr |weiter )?"
          r"(?:verändern|ändern)\b",
          "predicts the future", unless_modal=True, unless_hedged=True, unless_uncertain=True),
    # a self-resolution told in the present tense: "Liver values settle on their own",
    # "normalisieren sich von allein", "se normalizan solas" ("some of these settle on their
    # own" is general; "may", "oft", "a veces" leave it open)
    _rule(r"(?:^|(?<=[.;!?:]\s))(?:(?!\b(?:some|many|most|often|usually|commonly|frequently|"
          r"sometimes|may|might|can|could|whether|if|manche\w*|viele\w*|oft|häufig|meist\w*|"
          r"manchmal|kann|können|könnte\w*|ob|wenn|algun[oa]s|much[oa]s|a menudo|a veces|suele\w*|"
          r"pued\w+|podr\w+|si)\b)[^.;!?:])*?"
          r"\b(?:(?:normali[sz]e|settle|resolve|clear|go away|heal|improve|disappear|recover|"
          r"come down|go down|correct)(?:s|d)?(?: itself| themselves| down| up)?|goes away|"
          r"comes down|goes down)\s+(?:\w+\s+)?(?:on (?:its|their) own|by (?:itself|themselves)|"
          r"of (?:its|their) own accord|without (?:any )?(?:treatment|help))\b|"
          r"(?:^|(?<=[.;!?:]\s))(?:(?!\b(?:manche\w*|viele\w*|oft|häufig|meist\w*|manchmal|kann|"
          r"können|könnte\w*|ob|wenn|falls|eventuell|vielleicht)\b)[^.;!?:])*?"
          r"\b(?:normalisier(?:t|en)|bessert|bessern|erholt|erholen|verschwinde[tn]|heil(?:t|en)|"
          r"bilde[tn]|regulier(?:t|en)|geht|gehen|sinkt|sinken)\s+sich\s+(?:\w+\s+){0,2}?"
          r"(?:von (?:allein\w*|selbst)|wieder (?:von (?:allein\w*|selbst)))\b|"
          # "gehen von selbst wieder weg"
          r"(?:^|(?<=[.;!?:]\s))(?:(?!\b(?:manche\w*|viele\w*|oft|häufig|meist\w*|manchmal|kann|"
          r"können|könnte\w*|ob|wenn|falls|eventuell|vielleicht)\b)[^.;!?:])*?"
          r"\b(?:geh(?:t|en)|verschwinde[tn]|heil(?:t|en))\s+(?:(?!nicht\b)\w+\s+){0,2}?von "
          r"(?:allein\w*|selbst)\s+(?:wieder\s+)?(?:weg|zurück|ab)\b|"
          r"(?:^|(?<=[.;!?:]\s))(?:(?!\b(?:algun[oa]s|much[oa]s|a menudo|a veces|suele\w*|"
          r"pued\w+|podr\w+|si|probablemente|quizás?)\b)[^.;!?:])*?"
          r"\b(?:se normaliza\w*|se resuelve\w*|se corrige\w*|se recupera\w*|desaparece\w*|"
          r"mejora\w*|se cura\w*)\s+(?:\w+\s+)?(?:por sí sol[oa]s?|sol[oa]s?(?=\s*(?:[.,;]|$))|"
          r"espontáneamente|sin tratamiento)",
          "predicts the future", unless_modal=True, unless_hedged=True, unless_uncertain=True),
    # a rate told as fact: "will drop by about 1% every year", "is going to fall by 3% a year"
    _rule(r"\b(?:will|'ll|(?:is|are) going to)\s+(?:(?!not\b|probably\b|likely\b|possibly\b)"
          r"\w+\s+){0,2}?(?:drop|fall|decline|decrease|go down|shrink|thin|lose|rise|go up|"
          r"increase|climb)\w*\s+(?:\w+\s+){0,2}?(?:by|at)\s+(?:about |around |roughly |"
          r"approximately |some |nearly |almost |up to )?\d+(?:[.,]\d+)?\s?(?:%|percent|per ?cent)|"
          r"\b(?:will|'ll|(?:is|are) going to)\s+(?:(?!not\b|probably\b|likely\b|possibly\b)"
          r"\w+\s+){0,2}?(?:drop|fall|decline|decrease|go down|shrink|thin|rise|go up|increase|"
          r"climb)\w*\s+(?:\w+\s+){0,3}?(?:every|each|per|a) year\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # a procedure the person will have to undergo: "will have to be operated on"
    _rule(r"\b(?:will|'ll)\s+(?:\w+\s+)?(?:have|need) to (?:be )?(?:operated on|removed|"
          r"replaced|cut out|amputated|transplanted)\b|\b(?:wird|werden)\b[^.;?!]{0,50}\b"
          r"(?:operiert|amputiert|transplantiert|entfernt|ersetzt|ausgetauscht) werden "
          r"(?:müssen|muss)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
]

EN += [
    # a course nothing can stop: "can't be stopped now", "lässt sich nicht mehr aufhalten", "ya
    # no se puede frenar", "已经无法阻止" (its "can" is no hedge; "many" makes it general)
    _rule(r"(?:(?<=\bcan't )|(?<=\bcannot )|(?<=\bcan not ))be (?:stopped|halted|slowed|held back|"
          r"turned around)\b|\b(?:there(?:'s| is)|is) no stopping\b|\bnothing (?:can|will) "
          r"(?:stop|halt|slow)\b|\bl(?:ä|a)ss(?:t|en) sich (?:\w+ )?nicht (?:mehr )?(?:aufhalten|"
          r"stoppen|bremsen|umkehren)\b|\bno (?:se )?(?:puede|podrá|pueden) (?:frenar|detener|"
          r"parar)\w*|\bno hay (?:forma|manera|modo) de (?:frenar|detener|parar)\w*|"
          r"(?:无法|没法|不能|没有办法)(?:再)?(?:阻止|阻挡|遏制|逆转)|(?:阻止|挡|拦|止|刹)不住|阻止不了",
          kinds=ALL, unless_hedged=True),
]

EN += [
    # a sure tag question: "it definitely can't come back, right?" (its "can't" is no doubt)
    _rule(r"\b(?:definitely|certainly|surely|for sure|guaranteed|100 ?%)\b[^?]{0,60},\s*(?:right|"
          r"correct|isn't it|won't it|can it|will it|doesn't it|don't they|yes|no)\?",
          "takes a course as certain", kinds=QUESTION),
    # asked: a course that "never gets better" taken as given ("Since this hearing loss never
    # gets better, ...?")
    _rule(r"\b(?:since|as|because|now that|given (?:that )?|seeing (?:as|that))\b[^?.]{0,50}\b"
          r"never (?:gets? better|improves?|goes? away|recovers?|comes? back|heals?|returns?)\b",
          "takes a bad course as certain", kinds=QUESTION),
    # "is always benign", "is always a sign of good fitness", "ist immer gutartig", "siempre es
    # benigno", "总是良性的" ("not always" denies it)
    # ("a single reading is always just a snapshot" is about the test)
    _rule(r"\b(?:is|are) always (?:benign|harmless|normal|fine|nothing|a sign of|due to|"
          r"caused by)\b|\b(?:ist|sind) (?:immer|stets) (?:gutartig|harmlos|normal|unbedenklich|"
          r"ein Zeichen (?:für|von))\w*|\b(?:es|son) siempre (?:benign|inofensiv|normal|"
          r"señal de|signo de|debid)\w*|\bsiempre (?:es|son|será|serán) (?:benign|inofensiv|normal|"
          r"señal de|signo de)\w*|\bsiempre se debe\w*|"
          r"\b(?:se corrige|se normaliza|desaparece|se resuelve|se cura|mejora)\w*\s+siempre\b|"
          r"\bsiempre (?:se corrige|se normaliza|desaparece|se resuelve|se cura)\w*|"
          r"(?:总是|永远是|一定是|都是)良性",
          "is certain", kinds=ALL, unless_negated=True),
    # "you can be totally sure", "de eso puede estar totalmente seguro", "da können Sie sicher
    # sein": certainty promised to the reader
    _rule(r"\byou can be (?:\w+ )?(?:sure|certain|confident)\b|"
          r"\bpuede(?:s)? (?:estar|quedarse|quedar) (?:\w+ )?(?:segur|tranquil)[oa]\b|"
          r"\b(?:können|könnt) Sie (?:\w+ )?sicher sein\b|\bSie können (?:\w+ )?sicher sein\b|"
          r"您(?:完全)?可以(?:百分之百)?(?:肯定|确定)",
          "is certain", kinds=ALL, unless_negated=True),
    # the next result told in advance: "will be completely clear by next year's check-up", "en tu
    # próximo análisis estará perfecto", "verás que vuelve a la normalidad", "you'll see it back"
    _rule(r"\b(?:will|'ll)\s+(?:(?!not\b|probably\b|likely\b|"
          r"possibly\b)\w+\s+)?be (?:(?:completely|"
          r"totally|perfectly|entirely|all) (?:clear|clean)|(?:completely |totally |perfectly |"
          r"entirely |all )?(?:normal|fine|healthy|gone))\b(?![^.;?]{0,40}\b(?:whether|if|what|how|"
          r"when)\b| to\b)|\b(?:will|'ll) stay (?:that way|like that|like this)\b|"
          r"\bestar(?:á|án) (?:perfect[oa]s?|normal(?:es)?|en (?:el )?rango|dentro del rango)\b|"
          r"\bverá(?:s|n)? (?:como|que)\b[^.;?]{0,40}\b(?:vuelve\w*|se normaliza\w*|baja\w*|"
          r"mejora\w*|desaparece\w*|está\w* (?:normal|bien|perfect))|"
          r"\byou(?:'ll| will) see (?:that )?[^.;?]{0,40}\b(?:back to normal|back in range|normal "
          r"again|(?:has|have) (?:settled|normali[sz]ed|gone))|"
          r"\bwerden Sie sehen, dass\b[^.;?]{0,40}\b(?:normal|zurück|gesunken|verschwunden)",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # a time frame promised without a verb: "Colesterol normal en tres meses"
    _rule(r"\bnormal(?:es)?\s+(?:de nuevo\s+|otra vez\s+)?(?:en|dentro de) (?:unas? |pocas? |"
          r"\d+ |uno |dos |tres |cuatro |seis )?(?:días|semanas|meses|años)\b|"
          r"\bnormal (?:again )?(?:in|within) (?:a few |\d+ |one |two |three |four |six )?(?:days|"
          r"weeks|months|years)\b|\bnormal in (?:\d+|ein\w*|zwei|drei|vier|sechs|wenigen) "
          r"(?:Tagen|Wochen|Monaten|Jahren)\b",
          "promises a result's course", unless_modal=True, unless_uncertain=True),
]
