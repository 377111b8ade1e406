"""Certainty and prognosis: sure claims and predictions about the person's future.

One list per card language (EN, ZH, ES, DE), in the order the engine applies them; the
English list also holds patterns for the other languages' wordings of the same forms. Every
rule here is `_rule(pattern, why, kinds, **flags)` with the category's usual reason, texts
and flags (below) unless it says otherwise.
"""

from __future__ import annotations

from checkup_desktop.core.safety.rules.rule import ALL, QUESTION, STATEMENT, TITLE, maker

_rule = maker("certainty", "is certain or predicts the future", STATEMENT)

# words of advice in the same clause: "in any case" then stresses the next step, not a course
_ADVICE_NEAR = (r"(?<!\bsollte )(?<!\bsollten )(?<!\bsollten Sie )(?<!\bsollte man )"
                r"(?<!\blohnt es sich )(?<!\blohnt sich )"
                r"(?![^.;?!]{0,60}\b(?:besprech\w*|besprochen|abklär\w*|abgeklärt|kontrollier\w*|"
                r"ansprech\w*|angesprochen|zeigen|vorstell\w*|discuss\w*|mention\w*|check\w*|"
                r"worth|consult\w*|coment\w*|revis\w*|consultar)\b)")

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
          r"worsening|deteriorating|getting (?:worse|better|higher|lower))|continue to (?:rise|"
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
          r"end up|go (?:up|down)|stay|remain|always|never)\b"
          r"|\bif\b[^?.]{0,50}\b(?:will|'ll|is going to|are going to)\b[^?.]{0,40}\b(?:anyway|"
          r"regardless|no matter what)\b"
          r"|\b(?:how (?:long|soon|many (?:years|months))|when|at what age|why)\b(?:(?!\b(?:"
          r"whether|if|likely|chance|risk|could|might|may)\b)[^?.]){0,40}\b(?:will|'ll|"
          r"is going to|am i going to|until|before)\b[^?.]{0,40}?\b(?:turns? into|turns? \w+ous|"
          r"develops?|progress\w*|becomes? (?!clear|known|obvious|available)|ends? up|leads? to|"
          r"goes? on to|keeps? \w+ing|gets? worse|fails?|need (?:dialysis|a transplant|surgery|"
          r"an operation|insulin|"
          r"treatment|tablets|medication))"
          r"|\b(?:since|as|because|now that|given (?:that )?|seeing (?:as|that))\b[^?.,]{0,40}\b(?:"
          r"definitely|certainly|surely|inevitably|(?:sure|bound|certain|guaranteed) to)\b",
          "takes a bad course as certain", kinds=QUESTION),
    # "how long until my kidneys fully recover?": the question takes a full recovery as given
    _rule(r"\b(?:how (?:long|soon|many (?:weeks|months|years))|when)\b[^?.]{0,50}\b(?:fully|"
          r"completely|totally|entirely|100 ?%)\s+(?:\w+\s+)?(?:recover\w*|heal\w*|normal|back|"
          r"resolve\w*|clear\w*|disappear\w*|go away|gone|cured)\b"
          r"|\b(?:cuánto|cuándo|en cuánto)\b[^?]{0,50}(?:por completo|completamente|del todo|"
          r"totalmente)\b"
          r"|\b(?:wie (?:lange|schnell|bald)|wann|bis wann)\b[^?]{0,50}\b(?:vollständig|komplett|"
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
# "不一定会", "并不意味着一定会", "未必": the word of certainty is denied
_NOT_ZH = (r"(?<!不)(?<!未)(?<!并非)(?<!不是)(?<!不意味着)(?<!不代表)(?<!不等于)(?<!不表示)"
           r"(?<!不说明)(?<!不见得)")
# ... and a "会" after a denied "一定", or after "some people" (a general statement), is no
# prediction about this person
_NOT_ZH_WILL = (r"(?<!不一定)(?<!未必)(?<!不见得)(?<!并非一定)(?<!不是一定)(?<!不意味着一定)"
                r"(?<!不代表一定)(?<!不等于一定)(?<!不表示一定)(?<!有些人)(?<!部分人)(?<!一些人)"
                r"(?<!有的人)(?<!少数人)(?<!不少人)(?<!有人)(?<!很多人)(?<!许多人)(?<!有些)(?<!一些)"
                r"(?<!部分)(?<!有的)(?<!少数)(?<!其中)")
ZH = [
    _rule(_NOT_ZH + r"(?:一定会|肯定会|必然|必定|注定|肯定是|一定是)|百分之百|100%|完全是|"
          r"绝对(?!值)|毫无疑问|"
          + _NOT_ZH_WILL + r"(?:会|将)(?:越来越|逐渐)(?:差|严重|高|低|糟|坏)|"
          + _NOT_ZH_WILL + r"(?:会|将)(?:发展成|变成|演变为|导致|引起|得)|将来(?:肯定|一定)?会|"
          r"明显是|很明显|显然|毋庸置疑|必将|癌变", unless_negated=True),
    # ("可能会检查您是否有 ..." is no prediction)
    _rule(_NOT_ZH_WILL + r"(?<!可能)(?<!也许)(?<!或许)(?:会|将会|将)"
          r"(?:得|患上?|发生|出现|发展为|变成)?"
          r"(?![^。；？！?]{0,20}(?:是否|有没有|是不是))",
          "predicts a disease", condition_after=True, gap=-1),
    _rule(r"终身|一辈子|这辈子|永远(?:不会|无法)|再也"),
    _rule(r"迟早|八成|多半|十有八九|百分百|板上钉钉|我保证|(?:用不了|不出|过不了)(?:几|两|三|\d+)"
          r"(?:年|个月)"),
    _rule(r"(?:您|你)(?:将|会|以后会|将来会)(?:需要|得|有|出现|发展|变得|失去)",
          "predicts the future"),
    _rule(r"只可能|没有别的可能|不可能是别的|" + _NOT_ZH + r"一定是",
          "is certain"),
    _rule(r"肯定没有|肯定不是|绝不是|绝对不是|绝对没有",
          "is certain"),
    # "肯定能恢复正常", "保证能降下来": a promised outcome
    _rule(_NOT_ZH + r"(?:肯定|一定|绝对|保证|必然)(?:能|可以)|只是时间问题|不可避免|"
          r"无法避免|避免不了|躲不过|逃不掉|跑不了|不可逆转|无法逆转|绝不会|绝对不会|决不会|"
          # "以后肯定不会变成恶性的": a sure negative prediction
          r"(?<!不)(?<!未)(?:肯定|一定|必然|保证)不会",
          unless_negated=True),
    # a later test said to settle it in advance: "复查会证实是良性的"
    _rule(r"(?:会|将会|将|一定能|肯定能)(?:证实|证明|确认)(?!是否|有没有|是不是|一下)|"
          + _NOT_ZH + r"(?<!无法)(?<!不能)(?<!没)(?<!以)确定(?:为|是|了)(?!否|不是|什么|哪)|"
          r"可以(?:确定|肯定)(?:的是|地说)",
          "is certain", unless_uncertain=True),
    # the question takes the bad course as given: "什么时候会变成糖尿病？", "反正会越来越高"
    _rule(r"(?:什么时候|多久|多少年|几年|为什么|何时|哪一年)(?:(?!可能|是否|会不会|有没有)[^？?，,]){0,12}"
          r"(?:会|将|就会|才会)(?:发展成|变成|演变为|导致|引起|得|需要透析|需要换肾|恶化|癌变|衰竭|"
          r"越来越)|(?:既然|反正|横竖|无论如何|不管怎样)[^，,。？?]{0,15}(?:都|也)?(?:会|将)(?:一直|持续|"
          r"不断|还)?(?:继续|"
          r"越来越|发展|变成|得|恶化|升高|下降|需要)|(?:既然|反正|横竖)[^，,。？?]{0,12}?(?:必然|必定|"
          r"肯定|一定|注定|迟早|早晚|终归|总归)",
          "takes a bad course as certain", kinds=ALL),
    # "会一年比一年差", "以后不会再长大": a steady or a negative course told as fact
    _rule(_NOT_ZH_WILL + r"(?<!是否)(?<!可能)(?<!也许)(?<!或许)"
          r"(?:会|将)(?:一年比一年|一天比一天|逐年|不断|持续|继续|一直)(?:地)?"
          r"(?:变)?(?:差|坏|严重|升高|降低|下降|恶化|加重|增大|长大|变大|高|低)|(?<!一定)(?<!未必)(?<!不见得)不会(?:再)?"
          r"(?:长大|变大|增大|恶化|癌变|加重)",
          "predicts the future", unless_hedged=True, unless_uncertain=True),
    # "三个月内可恢复正常", "很快就会降下来": a time frame or a soon promised for a result
    # ("能否在几个月内降到正常因人而异" asks it)
    _rule(r"(?<!能否)(?<!能否在)(?<!是否)(?<!是否在)"
          r"(?:(?:\d+|[一二两三四五六七八九十半几]+)(?:个)?(?:天|周|星期|月|年)(?:之内|以内|内|后|左右)?|"
          r"很快|不久|马上|用不了多久|过一阵子?|过段时间|"
          # "复查时就会完全正常": the next result told in advance
          r"(?:复查|复检|再查|下次检查|到时候|到那时)(?:时|的时候)?)(?:就|便|即)?(?:会|能|可|将|可以|就能|"
          r"一定|肯定)?(?:完全|自行|自己)?(?:恢复正常|恢复|降下来|降到正常|回到正常|回落|正常|消失|好转|"
          r"痊愈|转阴|治愈|降下去|变正常|好了)",
          "promises a result's course", unless_modal=True, unless_uncertain=True),
    # "我的肾功能要多久才会彻底恢复？": a full recovery taken as given
    _rule(r"(?:什么时候|多久|多长时间|几年|几个月|何时)[^？?，,。]{0,6}?(?:才|就)?(?:会|能|可以|可)"
          r"(?:彻底|完全|完完全全|百分之百)(?:地)?(?:恢复|好|正常|消失|痊愈|治愈|降下来)",
          "takes a full recovery as certain", kinds=ALL),
    # "我的肾功能多久以后一定会恢复正常？": the question takes the course as certain ("几年后一定会
    # 恢复吗？" asks whether it is)
    _rule(r"(?:什么时候|多久|多长时间|几年|几个月|何时|哪一年)[^？?，,。]{0,10}?(?<!不)(?:一定|肯定|"
          r"必然|必定|注定|保证)(?:会|能|要|可以)(?![^？?，,。]*[吗么])",
          "takes a course as certain", kinds=ALL),
    # "三个月后血脂一定恢复正常", "它会在半年的时间慢慢变成正常的": a result's return to normal told
    # as sure or as what will happen ("可能会恢复正常", "不一定会恢复" leave it open)
    _rule(_NOT_ZH + r"(?:一定|肯定|必然|必定|保证|注定)(?:会|能|可以|将)?"
          r"(?:完全|自行|自己|慢慢|逐渐)?"
          r"(?:恢复|降下来|降到正常|回到正常|回落|变正常|变成正常|正常|消失|好转|痊愈|转阴|好起来)|"
          + _NOT_ZH_WILL + r"(?<!可能)(?<!也许)(?<!或许)(?<!是否)(?<!会不)(?:会|将会|将)"
          r"(?:(?!可能|是否|不)[^。，,；？！?]){0,12}?"
          r"(?:恢复正常|变成正常|变正常|回到正常|降到正常|回落到正常|正常的|自行消失|自己消失|好起来|"
          r"降下来)(?![^。？?]*[吗么])",
          "promises a result's course", unless_modal=True, unless_uncertain=True,
          unless_hedged=True),
    # "等复查时结果恢复正常以后，我还需要再查吗？": the question takes the return to normal as given
    # ("如果 ... 恢复正常" asks what happens if it does)
    _rule(r"(?<!如果)(?<!假如)(?<!要是)等(?:到)?(?:(?!如果|是否|能否|会不会)[^。，,；？！?]){0,14}?"
          r"(?:恢复正常|变正常|正常了|降下来|回到正常|消失|好了)(?:以后|之后|后)",
          "takes a course as certain", kinds=QUESTION),
    # "窦性心动过缓总是会慢慢加重", "肝功能最终都会出现异常", "会随着时间慢慢加重": a course
    # told as what always or in the end happens
    _rule(_NOT_ZH_WILL + r"(?<!可能)(?:总是|总会|终究|终将|最终|最后|总有一天|随着时间的?推移?)"
          r"(?:都|也|还是|一定|肯定)?(?:会|要|将)|" + _NOT_ZH_WILL + r"(?<!可能)(?<!也许)(?<!或许)"
          r"(?:会|将)(?:随着|随)(?:时间|年龄)(?:的推移)?(?:的增长)?(?:而)?(?:慢慢|逐渐|不断)?"
          r"(?:加重|恶化|变差|升高|降低|下降|长大|变大|增大|发展|进展)",
          "predicts the future", unless_uncertain=True, unless_hedged=True),
    # "既然肾囊肿会一直长大", "PSA下个月肯定会降下来吧？": the question takes the course as given
    # ("一定会降下来吗？" asks whether it is)
    _rule(r"既然[^，,。？?]{0,15}?(?:会|将)(?:一直|持续|不断|继续|越来越|逐渐|慢慢|长大|变大|增大|加重|"
          r"恶化|进展)|(?:一定|肯定|必然|绝对|保证)(?:会|能|要)[^，,。？?吗么]{0,12}(?:吧|对吧|是吧|"
          r"没错吧|对不对|是不是)[？?]|"
          # "多久会降到正常？", "等尿酸变成痛风以后，…？"
          r"(?:多久|多长时间|什么时候|何时|几个月)(?:以后|之后)?(?:就|才)?(?:会|将)(?:完全|自行|慢慢)?"
          r"(?:恢复正常|降到正常|回到正常|变正常|降下来|消失|正常)|"
          r"(?<!如果)(?<!假如)(?<!要是)等(?:到)?(?:(?!如果|是否|会不会)[^。，,；？?]){0,12}?"
          r"(?:变成|发展成|发展为|转成|演变成)[^。，,；？?]{1,8}(?:以后|之后|后|的时候|时)",
          "takes a course as certain", kinds=QUESTION),
]
ES = [
    _rule(r"\b(?:se convertirá\w*|desarrollará\w*|irá\w* empeorando|empeorará\w*|"
          r"con (?:toda )?(?:seguridad|certeza)|sin (?:ninguna )?duda|"
          r"(?<!no es )(?<!no está )seguro que|definitivamente|"
          r"(?<!\bno )siempre (?:acaba|termina|progresa|evoluciona)|"
          r"va(?:n)? a (?:necesitar|desarrollar|empeorar|tener|sufrir)|necesitará\w*|"
          # ("predecir cómo evolucionará" is an embedded question)
          r"(?<!\bcómo )(?<!\bsi )evolucionará\w*|"
          r"está claro|es evidente|es obvio|"
          r"obviamente|claramente)\b",
          unless_uncertain=True),
    _rule(r"\bde por vida\b|\bpara siempre\b|\bnunca volverá\w*",
          unless_uncertain=True),
    _rule(r"\btarde o temprano\b|\b(?:se lo|le|te) aseguro\b|\bcasi (?:seguro|segura)\b|"
          r"\bseguramente\b|\bsin lugar a dudas\b|\btendrá\w* (?:una? )?(?:insuficiencia|"
          r"diabetes|infarto|cáncer|enfermedad)",
          unless_uncertain=True),
    # ("su médico tendrá en cuenta" is the clinician's step, not the person's future)
    _rule(r"(?<!\bmédico )(?<!\bmédica )(?<!\bdoctor )(?<!\bdoctora )(?<!\bequipo )"
          r"\b(?:usted )?(?:necesitará|tendrá|desarrollará|sufrirá|perderá|acabará|"
          r"terminará)\b(?! (?:que )?(?:pedir|consultar|hablar|repetir|acudir|en cuenta))",
          "predicts the future", unless_uncertain=True),
    _rule(r"\bno puede ser otra cosa\b|\bsolo puede ser\b|\btiene que ser\b",
          "is certain"),
    # "con total seguridad", "a ciencia cierta": certainty in other words
    _rule(r"\bcon (?:toda |total |absoluta |plena |completa )?(?:seguridad|certeza)\b|"
          r"\ba ciencia cierta\b|\bes (?:seguro|segura|un hecho)\b",
          unless_negated=True, unless_uncertain=True),
    # a result's course told as fact: "seguirán bajos", "se normalizará", "volverá a la normalidad"
    _rule(r"\b(?:seguir(?:á|án) (?:\w+ndo|alt[oa]s?|baj[oa]s?|elevad[oa]s?|por (?:encima|debajo)|"
          r"igual|fuera)|(?:va|van) a seguir \w+ndo|normalizar(?:á|án)|volver(?:á|án) a (?:la )?"
          r"(?:normalidad|normal\w*|(?:su|sus|los|el) (?:valor|nivel|rango)\w*)|estar(?:á|án) "
          r"(?:de nuevo |otra vez )?(?:en|dentro del) (?:rango|(?:los )?valores normales)|"
          r"(?:subir|bajar|aumentar|disminuir|descender|caer|mejorar|desaparecer)(?:á|án))\b",
          "predicts the future", unless_uncertain=True),
    # "nunca se vuelven malignos", "nunca crece": an absolute about the future
    _rule(r"\bnunca (?:crece\w*|crecerá\w*|cambia\w*|(?:le )?(?:causa\w*|dará\w*|da) "
          r"(?:ningún |ninguna )?(?:problemas?|molestias?|síntomas?)|"
          r"se vuelve\w*|se convierte\w*|se convertirá\w*|evoluciona\w*|degenera\w*|"
          r"se malign\w*|vuelve\w* a|desaparece\w*|mejora\w*|se normaliza\w*)",
          unless_uncertain=True, unless_hedged=True),
    # the question takes the bad course as given: "¿cuántos años tardaré en necesitar diálisis?",
    # "¿por qué acabará provocándome cálculos?", "si va a seguir subiendo de todos modos"
    _rule(r"\b(?:cuánto|cuántos|cuántas|cuándo|por qué|para cuándo|a qué edad|en cuántos)\b"
          r"(?:(?!\bsi\b|probabilidad|riesgo|\bpuede|\bpodría)[^?]){0,50}\b(?:tardar(?:é|á|án) en "
          r"(?:necesitar|tener|desarrollar|aparecer|convertirse|llegar|empeorar|progresar|"
          r"evolucionar|volverse)|acabar(?:é|á|án)|terminar(?:é|á|án) (?:\w+ndo|en|con)|"
          r"necesitar(?:é|á|án) (?:diálisis|un trasplante|cirugía|una operación|insulina|"
          r"tratamiento)|desarrollar(?:é|á|án)|se convertirá\w*|empeorar(?:á|án)|"
          r"llegar(?:é|á|án) a|"
          r"(?:me )?(?:provocará|causará|dará)\w*)"
          r"|\b(?:ya que|puesto que|dado que|visto que|si)\b[^?¿]{0,50}\b(?:va|van) a \w+\b"
          r"[^?¿]{0,40}"
          r"\b(?:de todos modos|de todas formas|igualmente|en cualquier caso|sí o sí|de cualquier "
          r"manera)\b"
          r"|\b(?:ya que|puesto que|dado que|visto que)\b[^?¿]{0,50}\b(?:va(?:n)? a (?:seguir|"
          r"empeorar|necesitar|tener|desarrollar|subir|bajar)|seguirá\w*|empeorará\w*|"
          r"se convertirá\w*|acabará\w*)"
          # "¿hace falta repetirla si de todos modos va a volver a la normalidad?"
          r"|\bsi\b[^?¿,]{0,30}\b(?:de todos modos|de todas formas|igualmente|seguro que|sin duda|"
          r"con (?:toda )?seguridad|definitivamente)\b[^?¿,]{0,30}\b(?:va(?:n)? a|volverá\w*|"
          r"\w+ará\w*|\w+erá\w*|\w+irá\w*)"
          r"|\b(?:ya que|puesto que|dado que|visto que|como)\b[^?¿,]{0,20}\b(?:seguro que|sin duda|"
          r"seguramente|inevitablemente|con (?:toda )?seguridad|forzosamente)\b",
          "takes a bad course as certain", kinds=QUESTION),
    # "no va a crecer nunca", "no empeorará": a negative prediction as fact; "va camino de ..."
    _rule(r"\bno (?:va|van) a (?:\w+ )?(?:crecer|empeorar|causar\w*|dar\w* (?:problemas|"
          r"molestias)|convertirse|progresar|malignizarse)\b|\bno (?:crecerá|empeorará|causará|"
          r"se convertirá|progresará|se malignizará)\w*|\bva(?:n)? camino de\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # "Hierro bajo: resuelto en 3 meses", "normales de nuevo en pocas semanas": a time frame
    # promised for a result
    _rule(r"\b(?:resuelt[oa]s?|normalizad[oa]s?|curad[oa]s?|normales? (?:de nuevo|otra vez)|"
          r"de nuevo normales?|en (?:el )?rango|solucionad[oa]s?)\b[^.;?!]{0,25}?\b"
          r"(?:en|dentro de) (?:unas? |pocas? |\d+ |uno |dos |tres |seis )?(?:días|semanas|meses|"
          r"años)\b|"
          r"\b(?:pronto|en breve|en (?:pocas?|unas?|\d+|dos|tres|seis) (?:días|semanas|meses))\b"
          r"[^.;?!]{0,25}?\b(?:resuelt[oa]s?|normal(?:es|izad[oa]s?)?|curad[oa]s?|en (?:el )?rango|"
          r"solucionad[oa]s?)\b",
          "promises a result's course", unless_modal=True, unless_uncertain=True),
    # "¿Cuándo volverá mi LDL al rango normal?", "Cuando el ácido úrico se convierta en gota,
    # ¿qué ...?": the question takes the course as given ("¿podría volver ...?" asks it)
    _rule(r"\b(?:cuándo|cuánto tiempo|en cuánto tiempo|para cuándo|qué tan pronto)\b(?:(?!\b(?:"
          r"si|probable\w*|suele\w*|pued\w+|podr\w+)\b)[^?¿,]){0,40}\b(?:volver(?:á|án) "
          r"(?:[\w-]+ ){0,3}?a "
          r"(?:la )?(?:normalidad|(?:lo )?normal\w*|estar (?:dentro del|en el) rango|(?:su|sus|los|"
          r"el) (?:valor|nivel|rango)\w*)|se normalizar(?:á|án)|estar(?:á|án) (?:de nuevo |otra "
          r"vez )?(?:en|dentro del) (?:el )?(?:rango|(?:los )?valores normales)|bajar(?:á|án) a|"
          r"tardar(?:á|án) (?:[\w-]+ ){0,3}?en (?:volver a (?:la )?(?:normalidad|(?:lo )?normal|"
          r"estar (?:dentro del|en el) rango)|normalizarse|bajar a|recuperarse))"
          r"|(?:^|[¿,;]\s*)(?:cuando|una vez que|en cuanto)\b[^?¿,;]{0,50}\b(?:se convierta\w*|"
          r"evolucione\w* a|progrese\w* a|acabe\w* (?:en|siendo)|derive\w* en)\b[^?¿,;]{0,30},"
          r"|\bcuando (?:se )?(?:desarrolle|aparezca|instaure|manifieste) (?:la|el|mi)\b|"
          r"\bcuando (?:la|el|mi) \w+ se (?:desarrolle|instaure|manifieste)\b"
          # "seguro que bajará, ¿verdad?": a tag question that takes the course as sure
          r"|\b(?:seguro que|sin duda|con (?:toda )?seguridad|definitivamente)\b[^?¿]{0,60},?\s*"
          r"¿?(?:verdad|no|cierto)\?",
          "takes a course as certain", kinds=QUESTION),
]
DE = [
    _rule(r"\bdaraus wird\b|\b(?:wird|werden)\b[^.;?]{0,50}\b(?:bekommen|entwickeln|"
          r"verschlechter\w*|brauchen|benötigen|versagen|schädig\w*|zerstör\w*)\b|"
          r"\bmit Sicherheit\b|\bzweifellos\b|\beindeutig\b|\bdefinitiv\b|\bganz sicher\b|"
          r"\bgarantiert\b|\bauf jeden Fall\b" + _ADVICE_NEAR + r"|\bunweigerlich\b|"
          r"\boffensichtlich\b|\bklar ist\b|"
          r"\bganz bestimmt\b|\bmit Bestimmtheit\b|\bsicherlich\b|"
          r"\bohne Frage\b",
          unless_uncertain=True),
    _rule(r"\blebenslang\w*|\bfür immer\b|\bnie wieder\b",
          unless_uncertain=True),
    _rule(r"\bfrüher oder später\b|\bgarantier\w*|\bso gut wie sicher\b|\bhöchstwahrscheinlich\b|"
          r"\bziemlich sicher\b|\bversprech\w*",
          unless_uncertain=True),
    _rule(r"\bSie werden\b[^.;]{0,50}\b(?:brauchen|bekommen|haben|entwickeln|müssen|verlieren|"
          r"leiden)\b",
          "predicts the future", unless_uncertain=True),
    _rule(r"\bkann nur\b[^.;]{0,40}\bsein\b|\bnichts anderes\b|\bmuss (?:\w+ )?sein\b",
          "is certain"),
    # "mit absoluter Sicherheit", "steht fest": certainty in other words
    _rule(r"\bmit (?:absoluter|hundertprozentiger|völliger|großer) Sicherheit\b|\bsteht (?:schon )?"
          r"fest\b|\bsicher ist\b(?!,? nur\b)",
          unless_negated=True, unless_uncertain=True),
    # "nie wieder normal", "wird niemals bösartig": an absolute about the future
    _rule(r"\b(?:nie|niemals) (?:\w+ )?(?:bösartig|entarten|zurück\w*|verschwinden|normal\w*|"
          r"besser)\b",
          unless_uncertain=True, unless_hedged=True),
    # the question takes the bad course as given: "Wann wird aus meinem Prädiabetes ein Diabetes?",
    # "Da der Wert sowieso weiter steigen wird, ..."
    _rule(r"\b(?:wann|wie lange|wie bald|wie schnell|warum|wieso|ab wann|bis wann|"
          r"in wie vielen Jahren)\b"
          r"(?:(?!\bob\b|wahrscheinlich|Risiko|\bkann|\bkönnte)[^?]){0,40}\b(?:wird|werde|werden|"
          r"muss ich)\b(?:(?!\bob\b)[^?]){0,50}\b(?:aus \w+ \w+ ein|entwickeln|entarten|"
          r"verschlechter\w*|versagen|Dialyse|Transplantation|bösartig|Krebs|operiert|Operation|"
          r"zu (?:einem|einer) (?:\w+ ){0,2}?\w+ werden)"
          r"|\b(?:sowieso|ohnehin|so oder so)\b[^?,]{0,40}\b(?:wird|werden)\b|\b(?:wird|werden)\b"
          r"[^?,]{0,40}\b(?:sowieso|ohnehin|so oder so)\b"
          # "Da der Wert sicher weiter steigt, ...": the clause takes a sure course as given
          # "Warum wird mein Blutzucker sicher in den Diabetesbereich steigen?" ("Wann wird der Wert
          # bestimmt?" asks when it is measured)
          r"|\b(?:wann|warum|wieso|ab wann)\b[^?,]{0,50}\b(?:sicher|bestimmt|zwangsläufig|"
          r"unweigerlich|garantiert)\s+(?:[^?,\s]+\s+){0,4}?(?:steig\w*|sink\w*|fall\w*|wachs\w*|"
          r"verschlechter\w*|entwickeln|bekommen|brauchen|benötigen|versagen|entarten)\b"
          r"|\b(?:da|weil|nachdem|wo)\b[^?,]{0,40}(?<!nicht )(?<!nicht so )"
          r"\b(?:sicher|bestimmt|"
          r"zwangsläufig|unweigerlich|garantiert|sowieso|ohnehin|auf jeden Fall|nie wieder|"
          r"niemals|nie mehr|immer weiter|immer schlechter)\b(?! nicht)"
          # "Reicht eine Kontrolle, wenn sich die Werte ohnehin definitiv wieder einpendeln?": the
          # "if" clause takes the course as given ("wenn es sicher ist" is not among these)
          r"|\b(?:wenn|sobald|falls)\b[^?,]{0,70}(?<!nicht )\b(?:definitiv|garantiert|"
          r"zwangsläufig|unweigerlich|mit Sicherheit|ganz sicher|ohnehin|sowieso)\b(?! nicht)",
          "takes a bad course as certain", kinds=QUESTION),
    # "wird sich niemals verändern", "wird nicht wachsen", "der sicher weiter sinkt": a course
    # told as fact
    _rule(r"\b(?:wird|werden)\b[^.;?]{0,30}\b(?:(?:nie|niemals)\s+(?:\w+\s+)?(?:verändern|"
          r"Probleme|Beschwerden)|(?:nie|niemals|nicht|keine?)\s+(?:\w+\s+)?(?:wachsen|größer|"
          r"verschlechtern|bösartig|entarten|schlimmer))\b|"
          r"\b(?:sicher|bestimmt|zwangsläufig)\s+(?:weiter\s+)?(?:steigt|steigen|sinkt|sinken|fällt|"
          r"fallen|wächst|wachsen|ansteigen|abfallen|zunimmt|zunehmen)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # "werden sich in sechs Wochen wieder normalisieren", "wird das Kribbeln verschwinden", "wird
    # einen normalen Wert zeigen": a result's course told as fact ("wird zeigen, ob ..." asks it)
    # ("bei vielen Menschen werden die Werte wieder normal" is a general statement)
    _rule(r"(?:^|(?<=[.;!?:]\s))(?:(?!\b(?:viele\w*|manche\w*|einige\w*|oft|häufig|meist\w*|"
          r"gelegentlich)\b)[^.;!?:])*?\b(?:wird|werden)\b(?:(?!\bob\b|\bnicht\b|\bkein\w*|\bwahrscheinlich\b|\bvielleicht\b|"
          r"\bmöglicherweise\b|\beventuell\b|\boft\b|\bhäufig\b|\bmeist\w*|\bmanchmal\b|\bwenn\b|"
          r"\bfalls\b)[^.;?!,]){0,60}?\b(?:normalisieren|zurückgehen|zurückbilden|verschwinden|"
          r"abklingen|ausheilen|abheilen|erholen|bessern|verbessern|zurückkehren|normal (?:sein|"
          r"werden|ausfallen)|(?:wieder )?im (?:Normal|Referenz|Norm)bereich (?:sein|liegen)|"
          r"normal\w* \S+ zeigen|unauffällig (?:sein|ausfallen)|wieder normal\b)",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # "Leberwerte bald wieder im Normalbereich", "Niedriges Eisen: in 3 Monaten behoben": a time
    # frame promised for a result
    _rule(r"\b(?:bald|schnell|rasch|demnächst|in Kürze|in (?:\d+|ein\w*|zwei|drei|vier|sechs|"
          r"wenigen) (?:Tagen|Wochen|Monaten|Jahren)|innerhalb (?:von )?\w+ (?:Tagen|Wochen|"
          r"Monaten|Jahren))\s+(?:\w+\s+){0,2}?(?:wieder\s+)?(?:normal\w*|"
          r"im (?:Normal|Referenz|Norm)bereich|behoben|weg|verschwunden|ausgeheilt|geheilt|"
          r"erledigt|überstanden|im grünen Bereich)\b",
          "promises a result's course", unless_modal=True, unless_uncertain=True),
    # "Ihr Cholesterin wird in den nächsten Jahren weiter ansteigen": a result's course told as
    # fact ("Ihr Arzt wird prüfen, ob der Wert steigt" asks it; "bei vielen Menschen" is general)
    _rule(r"(?:^|(?<=[.;!?:]\s))(?:(?!\b(?:viele\w*|manche\w*|einige\w*|oft|häufig|meist\w*|"
          r"gelegentlich)\b)[^.;!?:])*?\b(?:wird|werden)\b(?:(?!\bob\b|\bnicht\b|\bkein\w*|\bwahrscheinlich\b|\bvielleicht\b|"
          r"\bmöglicherweise\b|\beventuell\b|\bwomöglich\b|\bwenn\b|\bfalls\b|\bArzt\b|\bÄrztin\b)"
          r"[^.;?!,]){0,40}?\b(?:(?:immer |stetig |kontinuierlich |weiter )+)?(?:ansteigen|steigen|"
          r"sinken|absinken|abfallen|fallen|zunehmen|anwachsen|wachsen|größer werden|"
          r"schlechter werden|schlimmer werden)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True, unless_hedged=True),
    # "auf dem besten Weg zum Diabetes" (not "auf dem Weg zur Praxis")
    _rule(r"\bauf dem (?:besten |direkten )?Weg (?:zu[mr]?|in)\b",
          "predicts a disease", condition_after=True, unless_modal=True),
    # "Wie schnell wird mein LDL wieder im Normbereich sein?", "Sobald aus der Harnsäure eine
    # Gicht wird, ...?": the question takes the course as given ("Kann ... wieder normal
    # werden?" asks it)
    _rule(r"\b(?:wie (?:schnell|lange|bald|rasch)|wann|bis wann|ab wann|in wie vielen (?:Wochen|"
          r"Monaten))\b(?:(?!\bob\b|\bwahrscheinlich\b|\bkann\b|\bkönnte\w*|\bmeist\w*|"
          r"\bnormalerweise\b|\bin der Regel\b)[^?,]){0,30}\b(?:wird|werden)\b[^?,]{0,50}?"
          r"\b(?:(?:wieder )?(?:im (?:\w+ )?(?:Normal|Norm|Referenz|Ziel)bereich|im grünen Bereich|"
          r"normal) (?:sein|liegen|sind|ist)|"
          r"(?:sich )?normalisier\w*|(?:wieder )?normal werden|verschwunden sein|zurückgehen|"
          r"verschwinden)\b"
          r"|\bwie lange wird es dauern, bis\b[^?]{0,50}\b(?:(?:wieder )?(?:im (?:\w+ )?(?:Normal|"
          r"Norm|Referenz|Ziel)bereich|im grünen Bereich|normal) (?:sind|ist|liegen|liegt)|"
          r"(?:sich )?normalisier\w*|verschwunden (?:sind|ist))"
          # "..., wenn sich die Gicht entwickelt?": the definite article takes the disease as coming
          r"|\b(?:wenn|sobald) sich (?:die|der|das|mein\w*) (?!\w*wert)\w+ (?:\w+ )?(?:entwickelt|"
          r"einstellt|ausbildet)\b"
          r"|(?:^|[,;]\s*)(?:sobald|nachdem)\b[^?,;]{0,50}\b(?:zu (?:einer?|einem) \w+ (?:wird|"
          r"geworden ist)|(?:eine?|ein) \w+ (?:wird|geworden ist))[^?,;]{0,5},"
          # "wird sicher wieder sinken, oder?": a tag question that takes the course as sure
          r"|(?<!nicht )\b(?:sicher|bestimmt|garantiert|definitiv|auf jeden Fall)\s+"
          r"(?:\w+\s+){0,4}?(?:sinken|steigen|fallen|normal|zurückgehen|verschwinden|wachsen|heilen|sein|"
          r"werden)\b[^?]{0,10},\s*(?:oder|nicht wahr|stimmt's|stimmt das|gell|richtig)\?",
          "takes a course as certain", kinds=QUESTION),
    # "wird beim nächsten Test sicher wieder sinken", "wächst nie weiter", "verursacht auch in
    # Zukunft keinerlei Probleme": a course told as sure
    _rule(r"\b(?:wird|werden)\b[^.;?!,]{0,40}\b(?<!nicht )(?:sicher|bestimmt|garantiert|"
          r"definitiv)\s+(?:(?:wieder|weiter|bald|noch|von selbst|von allein)\s+)*(?:sinken|"
          r"steigen|fallen|normal|zurückgehen|verschwinden|wachsen|abnehmen|zunehmen|besser|"
          r"schlechter|heilen|ausheilen)\b"
          r"|(?:^|(?<=[.;!?:,]\s))(?:(?!\b(?:[Vv]iele|[Mm]anche|[Ee]inige|[Dd]ie meisten|oft|"
          r"häufig|meist\w*)\b)[^.;!?:,])*?\b(?:nie|niemals)\s+(?:mehr\s+|weiter\s+)?(?:wächst|wachsen|größer|verändert|"
          r"verändern|Probleme|Beschwerden|Schaden|schadet|schaden)\b"
          r"|\b(?:auch )?(?:in Zukunft|künftig|später|zukünftig)\s+(?:\w+\s+)?(?:keinerlei|keine|"
          r"nie)\s+(?:\w+\s+)?(?:Probleme|Beschwerden|Schäden|Folgen)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # "bilden sich bei Ihnen bestimmt von selbst zurück", "geht sicher wieder weg": a sure
    # adverb on a course told in the present tense
    _rule(r"(?<!\bnicht )(?<!\bnicht so )\b(?:bestimmt|sicher(?:lich)?|garantiert|definitiv|"
          r"zweifellos)\s+(?:(?:auch|bald|schnell|ganz|wieder)\s+)*(?:von (?:selbst|allein\w*)|"
          r"wieder (?:normal|weg|zurück|unauffällig)|zurück\b(?!\s*(?:zu|zur|zum)\b)|weg\b|"
          r"verschwinde\w*|normalisier\w*|abklingen|abheilen|ausheilen|folgenlos)"
          # "normalisiert sich bei Ihnen bestimmt": the verb first, the sure adverb after
          r"|\b(?:normalisier(?:t|en)|verschwinde(?:t|n)|heil(?:t|en)|sink(?:t|en)|bessert|"
          r"bessern|erholt|erholen|bilde(?:t|n) sich|klingt|klingen|verschwindet)\s+"
          r"(?:(?!nicht\b|kein\w*|ob\b)\w+\s+){0,3}?(?:bestimmt|sicher(?:lich)?|garantiert|"
          r"definitiv|zweifellos|mit Sicherheit)\b(?!\s+nicht\b)",
          "predicts the future", unless_negated=True, unless_uncertain=True),
    # "Wann werden mir die Gallensteine die ersten Koliken bereiten?": the question takes the
    # trouble as coming ("Wann werden die Ergebnisse kommen?" names none)
    _rule(r"\b(?:wann|ab wann|wie bald|wie lange(?! dauert es, bis ich weiß))\b(?:(?!\bob\b|"
          r"\bkann\b|\bkönnte\w*|\bwahrscheinlich\b|\bRisiko\b)[^?,]){0,15}\b(?:wird|werden|werde)\b"
          r"(?:(?!\bob\b|\bkann\b|\bkönnte\w*|\bwahrscheinlich\b|\bRisiko\b)[^?,]){0,50}?\b"
          r"(?:Beschwerden|Koliken|Kolik|Schmerzen|Symptome|Anfälle|Anfall|Komplikationen|"
          r"Probleme|Schäden)\b",
          "takes a bad course as certain", kinds=QUESTION),
]
