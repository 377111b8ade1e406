"""Certainty rules for English cards: a result's course told as fact ("will be back in range",
"will keep drifting down", "never comes back down", "settles on its own"), time frames, rates,
and the next result told in advance."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.certainty.common import _rule
from checkup_desktop.core.safety.rules.rule import ALL

EN_COURSE = [
    # ("whether this will get worse" asks it; "hard to tell how your blood pressure will
    # develop" is an embedded question, the clause is read from its start)
    # ("your clinician will need the list" is the next step)
    _rule(r"(?:^|(?<=[.;!?,:]\s))(?:(?!\b(?:how|whether|predict\w*|tell|say|know|unclear|"
          r"clinician|doctor|GP|nurse|lab|radiologist)\b|"
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
          r"\bfor (?:the rest of )?(?:your |a person's |one's |their |his |her )?li(?:fe|ves)\b|"
          r"\bpermanent(?:ly)?\b",
          unless_uncertain=True),
    # ("does not mean that the value will keep rising" denies it: the clause is read from its
    # start)
    _rule(r"(?:^|(?<=[.;!?,:]\s))(?:(?!(?:not|n't) (?:mean|imply|necessarily|guarantee)\b|"
          r"\b(?:whether|how|if|unclear|predict\w*)\b)"
          r"[^.;!?,:])*?\b(?:will|'ll)\s+(?:\w+\s+){0,2}?(?:rising|increasing|worsening|"
          r"climbing|going up|getting worse|falling|dropping)\b",
          "predicts the future"),
    _rule(r"\b(?:will|'ll)\s+(?:\w+\s+)?(?:halve|double|triple|plummet|crash|collapse)\b",
          "predicts the future"),
    # a result's course told as fact: "will be back in range", "will keep going down"
    _rule(r"\b(?:will|'ll|(?:is|are) going to)\s+(?:(?!(?:not )?(?:necessarily|probably|likely|"
          r"possibly|perhaps)\b)\w+\s+){0,2}?(?:be (?:back )?(?:in|within|into|to) (?:the )?"
          r"(?:\w+ )?(?:range|normal)|(?:go|come|get) back (?:into|down|up)\b|return to|"
          r"normali[sz]e|settle|reach|stay (?:high|low|raised|elevated|above|below|abnormal|"
          r"normal)|"
          # ("the result will come back in a few days", "... back to your GP" is the report)
          r"(?:come|go|get) back in(?! (?:a|an|about|around|one|two|three|four|five|six|seven|"
          r"\d+|under|less|the next)\b)|(?:come|go|get) back to (?!(?:the |your )?(?:GP|clinic|"
          r"practice|doctor|clinician|surgery|app|portal|you|lab)\b)|"
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
    # "won't change any more", "no cambiará con los años", "wird sich nicht mehr verändern"
    # ("won't change the plan" is about advice; "most nodules won't change" is general)
    _rule(r"(?:^|(?<=[.;!?,:]\s))(?!(?:most|many|some|a lot of|often|usually)\b)[^.;!?,:]*?\b"
          r"(?:won't|will not|will never|is not going to|isn't going to|are not going to|"
          r"aren't going to)\s+(?:ever\s+|really\s+)?change\b(?:\s+(?:any ?more|at all|much|"
          r"in (?:size|the future)|over (?:time|the years)|with (?:time|age)|from now on|again|"
          # "will not change over the coming years"
          r"(?:over|in|during) the (?:coming|next) (?:few |\w+ )?(?:months|years|decades))\b|"
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
          r"\b(?:geh(?:t|en)|verschwinde[tn]|heil(?:t|en))\s+(?:(?!nicht\b)\w+\s+){0,5}?von "
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
    # "Kidney function will decline further", "your arteries are going to narrow over time",
    # "will keep drifting down" ("whether it will decline" asks it; "most ... will" is general)
    _rule(r"(?:^|(?<=[.;!?,:]\s))(?:(?!\b(?:how|whether|if|predict\w*|tell|say|know|unclear|"
          r"most|many|some|clinician|doctor|GP|dose|dosage|appointment|time|date|plan|"
          r"instructions|nurse|lab|fast\w*)\b|(?:not|n't) (?:mean|imply|"
          r"necessarily|guarantee)\b)[^.;!?,:])*?\b(?:will|'ll|(?:is|are|am) going to)\s+"
          r"(?:(?!not\b|probably\b|likely\b|possibly\b)\w+\s+){0,2}?(?:decline|"
          r"(?:drop|fall)(?! (?:off|by|in|out|on|asleep)\b)|decrease|narrow|harden|stiffen|"
          r"thicken|clog|calcify|weaken|shrink|"
          r"(?:drift|slide|slip|creep|edge|trend)\w* (?:down|up|lower|higher|downwards?|upwards?)|"
          r"break (?:a|your) (?!fast\b)|fracture|stay (?:the same|stable|unchanged|as it is)|"
          r"remain (?:the same|stable|unchanged|as it is)|no longer (?:be able to )?(?:work|"
          r"function|cope|filter|keep up)|be (?:back )?inside (?:the )?(?:\w+ )?range|"
          r"stay with you(?! (?:during|while|until|throughout|for the|at|in)\b))\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # an extrapolation told as what will be: "at this rate your eGFR will be under 30", "bei
    # diesem Tempo werden Ihre Nieren ...", "a este ritmo ... habrá perdido", "照这个速度下去"
    _rule(r"\b(?:at|on) (?:this|the current|that|the present) (?:rate|pace|speed|trajectory)\b"
          r"[^.;?!]{0,80}?\b(?:will|'ll|going to|in (?:a few|\d+|two|three|five|ten) years)\b|"
          r"\b(?:bei|in|mit) (?:diesem|dem jetzigen|dem derzeitigen|gleichem|gleichbleibendem) "
          r"(?:Tempo|Verlauf|Trend)\b[^.;?!]{0,80}?\b(?:wird|werden|in (?:ein paar|einigen|wenigen|"
          r"\d+|zwei|drei|fünf|zehn) Jahren)\b|"
          r"\b(?:a este|al|a ese) (?:ritmo|paso|velocidad)(?: actual)?\b[^.;?!]{0,80}?\b(?:\w+rá|"
          r"\w+rán|va(?:n)? a|en (?:unos|pocos|\d+|dos|tres|cinco|diez) años)\b|"
          r"(?:照|按|按照|以)(?:这个|这样的|目前的|现在的)(?:速度|趋势|速率|进度)|照这样下去|"
          r"(?<!如果)这样下去[^。？?]{0,20}(?:会|将|就)",
          "predicts the future", kinds=ALL),
    # a future perfect: "your kidneys will have lost half their function", "habrá perdido",
    # "wird sich halbiert haben"
    _rule(r"\b(?:will|'ll) have (?:lost|halved|doubled|progressed|worsened|declined|dropped|"
          r"fallen|risen|grown|spread|normali[sz]ed|settled|recovered|shrunk|disappeared|"
          r"returned|cleared|resolved|improved|healed|come (?:back )?down|gone (?:back )?down)\b|"
          r"\bhabr(?:á|án) (?:perdido|empeorado|progresado|crecido|aumentado|bajado|subido|caído|"
          r"avanzado|desaparecido|vuelto|normalizado|mejorado|disminuido|duplicado)\b|"
          r"\b(?:wird|werden)\b[^.;?!,]{0,50}\b(?:verloren|halbiert|verdoppelt|verschlechtert|"
          r"zugenommen|abgenommen|normalisiert|erholt|gesunken|gestiegen|zurückgebildet) haben\b|"
          r"\b(?:wird|werden)\b[^.;?!,]{0,50}\b(?:halbiert|verdoppelt) sein\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # a course present-tense for "ones like this": "nodules like this shrink back by themselves"
    _rule(r"(?:^|(?<=[.;!?:]\s))(?:(?!\b(?:some|many|most|often|usually|commonly|frequently|"
          r"sometimes|may|might|can|could|whether|if)\b)[^.;!?:])*?"
          r"\b(?:shrink|fade|regress|disappear|dissolve|melt away|get smaller|be reabsorbed|"
          r"reabsorb)(?:s|ed)?(?: back| away| down)?\s+(?:\w+\s+)?(?:on (?:its|their) own|by "
          r"(?:itself|themselves)|of (?:its|their) own accord|without (?:any )?(?:treatment|"
          r"help))\b",
          "predicts the future", unless_modal=True, unless_hedged=True, unless_uncertain=True),
    # the course in the present tense, then a time frame: "Liver values normalise within a few
    # weeks", "se normalizan en pocas semanas" ("many people's values settle within weeks" is
    # general)
    _rule(r"(?:^|(?<=[.;!?:]\s))(?:(?!\b(?:some|many|most|often|usually|commonly|may|might|can|"
          r"could|whether|if|algun[oa]s|much[oa]s|a menudo|a veces|suele\w*|pued\w+|podr\w+|si)\b)"
          r"[^.;!?:])*?\b(?:normali[sz]es?|settles?|resolves?|clears? up|disappears?|goes away|"
          r"se normaliza\w*|se resuelve\w*|desaparece\w*|se corrige\w*|vuelve\w* a la normalidad)"
          r"\b[^.;?!]{0,20}?\b(?:within (?:a |\w+ )?(?:few |couple of )?(?:days|weeks|months)|in "
          r"(?:a few|a couple of|\d+|two|three|four|six) (?:days|weeks|months)|en (?:pocas?|unas?|"
          r"\d+|dos|tres|cuatro|seis) (?:días|semanas|meses))\b",
          "promises a result's course", unless_modal=True, unless_uncertain=True),
    # the reader told to expect a course: "Expect your blood pressure to climb further", "Bone
    # loss set to continue", "Rechnen Sie damit, dass Ihr Blutdruck weiter steigt", "cuente con
    # que ..." ("expect the test to take ten minutes" is about the visit)
    _rule(r"\b(?:expect|anticipate)\b[^.;?!]{0,40}\bto (?:climb|rise|fall|drop|decline|keep|"
          r"continue|get (?:worse|better)|worsen|go (?:up|down)|return|come (?:down|back)|"
          r"normali[sz]e|settle|grow|shrink|progress)\b|\b(?:(?:is|are) )?set to (?:continue|rise|"
          r"fall|climb|worsen|drop|decline|get worse|keep|grow|progress)\b|"
          r"\b(?:rechnen Sie|müssen Sie) (?:fest |sicher )?damit(?: rechnen)?, dass\b[^.;?!]{0,60}"
          r"\b(?:steigt|steigen|sinkt|sinken|fällt|fallen|zunimmt|zunehmen|abnimmt|abnehmen|"
          r"wächst|wachsen|verschlechtert|schlechter|normalisiert|zurückgeht|verschwindet)\b|"
          r"\bcuente (?:usted )?con que\b[^.;?!]{0,60}\b(?:subir|bajar|empeorar|seguir|aumentar|"
          r"disminuir|normalizar|volver|crecer|desaparecer|mejorar|caer)(?:á|án)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # the next result told in advance: "By your next check-up this value will be right where it
    # should be", "Bis zur nächsten Kontrolle ist der Wert wieder im Normalbereich", "Para su
    # próxima revisión este valor ya estará dentro de lo normal" ("... will show whether" asks)
    _rule(r"\bby (?:your|the) next (?:check-?up|test|visit|appointment|scan|blood test|review)\b"
          r"(?:(?!\b(?:whether|if|clinician|doctor|GP|lab)\b)[^.;?!]){0,60}\b(?:will|'ll) "
          r"(?:\w+ )?(?:be (?:back|normal|fine|in|within|right|where|lower|higher|down|up)|have "
          r"(?:settled|normali[sz]ed|come down|gone|improved|dropped|risen|cleared)|look (?:normal|"
          r"better|fine)|(?:come|go) down|normali[sz]e|settle)\b|"
          r"\bbis zur nächsten (?:Kontrolle|Untersuchung|Blutabnahme|Messung)\b(?:(?!\b(?:ob|"
          r"Arzt|Ärztin|prüf\w*|es|wichtig|bitte|sollten)\b)[^.;?!]){0,50}\b(?:ist|sind|wird|"
          r"werden)\b(?:(?!\b(?:es|wichtig|bitte|sollten)\b)[^.;?!]){0,30}\b"
          r"(?:wieder (?:normal|im|unauffällig)|normalisiert|im (?:Normal|Referenz|Ziel)bereich|"
          r"unauffällig|verschwunden)\b|"
          r"\bpara (?:su|la) próxima (?:revisión|analítica|consulta|prueba|ecografía)\b(?:(?!\b(?:"
          r"si|médic[oa])\b)[^.;?!]){0,40}\b(?:estará\w*|será\w*|habrá\w*|volverá\w*)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
]
