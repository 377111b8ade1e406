"""Certainty rules applied with the English list (so to every card language): a finding's
course told as fact with verbs and frames the older course modules lack ("it will grow over
time", "will keep thickening", "will pass on its own", "always disappears once ...", "acaban
desapareciendo solos", "dass die Nierenfunktion weiter abnehmen wird"), and the questions that
take such a course as given."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.certainty.common import _rule
from checkup_desktop.core.safety.rules.rule import ALL, QUESTION

# the clause read from its start: no "whether", a clinician's step or a general "most" in it
_CLAUSE_EN = (r"(?:^|(?<=[.;!?,:]\s))(?:(?!\b(?:how|whether|if|predict\w*|tell|say|know|unclear|"
              r"most|many|some|clinician|doctor|GP|nurse|lab|team|app|you|children|people|"
              r"everyone)\b|"
              r"(?:not|n't) (?:mean|imply|necessarily|guarantee)\b)[^.;!?,:])*?")
_NOT_SURE = r"(?:(?!not\b|probably\b|likely\b|possibly\b|perhaps\b)\w+\s+)"

EN_COURSE_VERBS = [
    # a finding's growth or a result's drift told as fact: "it will grow over time", "will keep
    # thickening year by year", "will drift back into range", "will fully recover" ("whether it
    # will grow" asks it; "your clinician will ..." is the next step)
    _rule(_CLAUSE_EN + r"\b(?:will|'ll|(?:is|are) (?:\w+ )?going to)\s+" + _NOT_SURE + r"{0,2}?"
          r"(?:grow|enlarge|thicken|stiffen|harden|calcify|progress|(?:fully |completely )?"
          r"(?:recover|heal)|(?:drift|slip|settle|creep|bounce|swing|fall|drop|ease) back|"
          r"keep (?:thickening|growing|enlarging|stiffening|hardening|narrowing|progressing|"
          r"thinning|shrinking|creeping|drifting)|"
          r"pass (?=on (?:its|their) own|by (?:itself|themselves)|naturally|spontaneously|"
          r"without|in (?:the|your) urine|within|out\b))\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # a course told as a rule that holds for this finding: "Liver fat of this grade always
    # disappears once weight comes off", "siempre desaparece", "verschwindet immer" ("doesn't
    # always resolve" denies it; "often" makes it general)
    _rule(r"\balways\s+(?:disappears?|resolves?|goes? away|normali[sz]es?|settles?|clears? up|"
          r"comes? (?:back )?down|recovers?|shrinks?|heals?|returns? to normal|gets? (?:better|"
          r"worse)|progress(?:es)?|turns? into|grows?)\b|"
          r"\bsiempre\s+(?:desaparece\w*|se normaliza\w*|se resuelve\w*|se cura\w*|mejora\w*|"
          r"empeora\w*|crece\w*|progresa\w*|se reabsorbe\w*)\b|"
          r"\b(?:verschwinde[tn]|normalisier(?:t|en) sich|bilde[tn] sich|bessert sich|"
          r"verschlechter(?:t|n) sich|wachsen|wächst)\s+immer\b",
          unless_negated=True, unless_hedged=True, unless_uncertain=True),
    # "acaban desapareciendo solos", "terminarán alterándose", "acabará creciendo": "ends up
    # doing" makes the course the sure end ("algunos acaban ..." is general; "puede acabar"
    # leaves it open)
    _rule(r"(?:^|(?<=[.;!?:,]\s))(?:(?!\b(?:algun[oa]s|much[oa]s|a menudo|a veces|suele\w*|"
          r"pued\w+|podr\w+|si|no)\b)[^.;!?:,])*?"
          r"\b(?:acaba|acaban|acabará|acabarán|termina|terminan|terminará|terminarán)\s+"
          r"(?:por\s+\w+(?:ar|er|ir)(?:se)?|\w+(?:ando|iendo|yendo)|\w+(?:ándo|iéndo|yéndo)(?:se|lo|la))\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # "irá a más con los años", "va a ir a más": a worsening told as fact
    _rule(r"\birá\w* a más\b|\bva(?:n)? a ir a más\b|\bvolver(?:á|án) a (?:su|sus|la|las|los) "
          r"(?:cifras?|valor(?:es)?|nivel(?:es)?|rango|normalidad|sitio)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # German verb-final future: "..., dass Ihre Nierenfunktion weiter abnehmen wird" ("ob der
    # Wert steigen wird" asks it; "bei vielen" is general)
    _rule(r"(?:^|(?<=[.;!?:,]\s))(?:(?!\b(?:ob|wenn|falls|nicht|kein\w*|vielleicht|"
          r"wahrscheinlich|möglicherweise|eventuell|womöglich|kann|können|könnte\w*|viele\w*|"
          r"manche\w*|oft|häufig|Arzt|Ärztin|wie)\b)[^.;!?:,])*?"
          r"\b(?:ansteigen|steigen|sinken|absinken|abnehmen|zunehmen|wachsen|anwachsen|"
          r"fortschreiten|voranschreiten|verschlechtern|verkalken|verengen|vergrößern|"
          r"schlechter werden|größer werden|zurückbilden|normalisieren|verschwinden)\s+"
          r"(?:wird|werden)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # "will not change over the coming years, but your clinician may still suggest a repeat
    # scan": the concession keeps the clinician, not the prediction's doubt
    _rule(_CLAUSE_EN + r"\b(?:won't|will not|is not going to|isn't going to|are not going to|"
          r"aren't going to)\s+(?:ever\s+|really\s+)?change\s+(?:(?:over|in|during) the "
          r"(?:coming|next|following) (?:few |\w+ )?(?:months|years|decades)|over time|with time|"
          r"in the future)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # "ist fest davon auszugehen, dass ...", "Sie müssen sicher davon ausgehen": certain
    _rule(r"\b(?:ist|sind) (?:fest|sicher|mit Sicherheit|fast sicher) davon auszugehen\b|"
          r"\b(?:muss|müssen|kann|können) (?:man |Sie )?(?:fest|sicher) davon ausgehen\b|"
          r"\bgehen Sie (?:fest|sicher) davon aus\b",
          "is certain", unless_negated=True),
]

# questions that take the course as given
EN_COURSE_VERBS += [
    # "By what age will my bone density reach the fracture range?" ("should I start" asks)
    _rule(r"\b(?:by|at|from) what age\b[^?]{0,40}\b(?:will|'ll|am I going to|is going to|are "
          r"going to)\b[^?]{0,40}\b(?:reach|hit|cross|fall (?:into|below)|drop (?:into|below)|"
          r"develop|turn into|become|lose|go (?:blind|deaf)|need (?:dialysis|insulin|a "
          r"transplant|surgery|hearing aids?))\b",
          "takes a bad course as certain", kinds=QUESTION),
    # a statement inside the question: "My cholesterol will come down by itself once work is
    # less stressful, so when ...?" ("Will my cholesterol come down by itself?" asks it)
    # ("Is there a chance the values will improve on their own?" asks it)
    _rule(r"(?:^|(?<=[.;!?,:]\s))(?!(?:is|are|do|does|did|has|have|should|shall)\b)"
          r"(?:(?!\b(?:whether|if|how|when|could|might|may|can|do|does|will|would|what|chance|"
          r"possib\w*|likely|hope\w*|expect\w*|clinician|doctor|GP|said|told|"
          r"says)\b)[^.;!?,:])+?\b(?:will|'ll|(?:is|are) going to)\s+" + _NOT_SURE
          + r"{0,2}?(?:come (?:back )?down|go (?:back )?(?:up|down)|go away|settle|clear up|"
          r"resolve|normali[sz]e|disappear|sort (?:itself|themselves) out|get better|improve|"
          r"return to normal|be back|pass|shrink)\b[^?.,]{0,25}?\b(?:by (?:itself|themselves)|"
          r"on (?:its|their) own|of (?:its|their) own accord|naturally)\b",
          "predicts the future", kinds=QUESTION),
    # "Como la placa va a seguir creciendo, ¿...?", "Ya que mi glucosa empeorará, ¿...?"
    _rule(r"\b(?:como|ya que|puesto que|dado que|visto que)\b[^?¿]{0,50}\b(?:va(?:n)? a "
          r"(?:seguir|empeorar|subir|crecer|aumentar|ir a más|progresar|avanzar|convertirse|"
          r"terminar|acabar)|seguirá\w*|empeorará\w*|subirá\w*|crecerá\w*|aumentará\w*|"
          r"irá\w* a más|progresará\w*|avanzará\w*|se convertirá\w*|terminará\w*|acabará\w*)\b",
          "takes a bad course as certain", kinds=ALL),
    # "¿En cuánto tiempo me saldrán piedras?", "¿Cuántos años me quedan hasta que necesite
    # diálisis?", "¿A qué edad se me empezarán a dañar los ojos?"
    _rule(r"\b(?:en cuánto tiempo|cuánto (?:tiempo )?(?:falta|queda)|cuántos (?:años|meses) "
          r"(?:me |le )?(?:quedan|faltan)|a qué edad|para cuándo)\b(?:(?!\b(?:si|podría\w*|"
          r"puede\w*|posible|riesgo|recomienda\w*|debo|debería\w*)\b)[^?]){0,50}\b(?:"
          r"saldrán|saldrá|aparecerán|aparecerá|empezará\w*|comenzará\w*|llegaré|llegará\w*|"
          r"perderé|perderá\w*|necesitaré|hasta que (?:necesite|tenga|llegue|me (?:salga|dé)|"
          r"aparezca|empiece))\b",
          "takes a bad course as certain", kinds=QUESTION),
    # "Wie lange dauert es noch, bis aus dem Fettleber-Befund eine Zirrhose geworden ist?",
    # "..., bis meine Blutwerte von allein wieder in Ordnung sind?" ("bis die Ergebnisse da
    # sind" asks about the laboratory)
    _rule(r"\b(?:wie lange dauert es|wie viele Jahre dauert es|wie lange noch)\b[^?]{0,10}?,? "
          r"bis\b(?:(?!\b(?:Ergebnis\w*|Termin\w*|Labor\w*|ob)\b)[^?]){0,80}\b(?:aus\b[^?]{0,50}"
          r"\b(?:wird|werden|geworden)|von (?:allein|selbst)|zurückgebildet|verschwunden|"
          r"Dialyse|Insulin|Zirrhose|Diabetes|Krebs)\b|"
          # "Bis wann wird sich der Knoten zurückgebildet haben?"
          r"\b(?:bis wann|wann)\b[^?]{0,60}\b(?:wird|werden)\b[^?]{0,50}\b(?:zurückgebildet|"
          r"normalisiert|erholt|verschwunden|gesunken|halbiert|verdoppelt|verloren)\s+"
          r"(?:haben|sein)\b",
          "takes a course as certain", kinds=QUESTION),
]

# Round 13: a future disease or course taken as given inside a clause of time ("when my eGFR
# eventually falls too low"), a build-up or a threshold crossed told as fact, a self-resolution
# taken as done ("once the nodule has shrunk away by itself"), a future perfect asked about.
EN_COURSE_VERBS += [
    # "When my eGFR eventually falls too low, ...?", "cuando al final mis riñones fallen",
    # "sobald der Wert irgendwann zu niedrig ist": "eventually" takes the course as coming
    # ("when the results eventually come back" is the laboratory)
    _rule(r"\b(?:when|once|by the time)\b[^,?.;]{0,40}\b(?:eventually|inevitably|one day|"
          r"sooner or later|finally)\s+(?:\w+\s+)?(?:falls?|drops?|declines?|fails?|rises?|gets? "
          r"(?:worse|too|bad)|reach\w*|cross\w*|turns? into|becomes?|progress\w*|goes? (?:up|down)|"
          r"grows?|stops? working|develops?|need\w*|needs?|lose\w*|go(?:es)? (?:blind|deaf))\b|"
          r"\bcuando\b[^,?.;¿]{0,40}\b(?:finalmente|al final|tarde o temprano|algún día)\s+"
          r"(?:\w+\s+)?(?:baje|bajen|caiga|caigan|falle|fallen|suba|suban|llegue|lleguen|se "
          r"convierta|necesite|empeore|empeoren|crezca|crezcan|deje|dejen|pierda|pierdan)\b|"
          r"\bsobald\b[^,?.;]{0,40}\b(?:irgendwann|schließlich|früher oder später|zwangsläufig)\b"
          r"[^,?.;]{0,40}\b(?:sinkt|fällt|versagt|steigt|wächst|zu (?:niedrig|hoch|schlecht|groß) "
          r"(?:ist|sind|wird)|brauche|braucht|an die Dialyse)\b",
          "takes a course as certain", kinds=ALL),
    # "iron will build up in your liver over the coming years", "fat will accumulate", "se irá
    # acumulando", "wird sich in der Leber ablagern" ("your clinician will build up a picture"
    # is the next step: the clause keeps no clinician)
    _rule(_CLAUSE_EN + r"\b(?:will|'ll|(?:is|are) going to)\s+" + _NOT_SURE + r"{0,2}?"
          r"(?:build up|accumulate|pile up|deposit|silt up|scar)\b|"
          r"\bse (?:acumular(?:á|án)|depositar(?:á|án)|irá(?:n)? (?:acumulando|depositando))\b|"
          r"\b(?:wird|werden) sich\b[^.;?!,]{0,50}\b(?:ablagern|ansammeln|anreichern|anhäufen)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # a threshold crossed told as fact: "will cross the threshold for diabetes in two years",
    # "llegará a la diabetes", "wird die Grenze zum Diabetes überschreiten"
    _rule(_CLAUSE_EN + r"\b(?:will|'ll|(?:is|are) going to)\s+" + _NOT_SURE + r"{0,2}?"
          r"(?:cross|pass|tip|move|slip)\s+(?:over\s+)?(?:into|the (?:\w+ )?(?:threshold|line|"
          r"cut-?off|border|limit))\b|"
          r"\b(?:llegar(?:á|án)|pasar(?:á|án)) (?:a (?:la |una |tener |padecer )?|"
          r"al (?:rango|umbral|nivel) de (?:la )?)(?:diabetes|prediabetes|insuficiencia|diálisis|"
          r"osteoporosis|cirrosis|hipertensión|gota|glaucoma)\b|"
          r"\b(?:cruzar(?:á|án)|superar(?:á|án)) (?:el|la) "
          r"(?:umbral|límite|frontera|línea)\b|"
          r"\b(?:wird|werden)\b[^.;?!]{0,60}\b(?:Grenze|Schwelle)\b[^.;?!]{0,40}\b(?:überschreiten|"
          r"erreichen|überschritten haben)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # "bei diesem Anstieg ist davon auszugehen, dass ... nötig sein wird", "it is safe to assume
    # that you will need a biopsy": the future stated as what one may take for granted ("davon
    # auszugehen, dass der Wert durch die Mahlzeit beeinflusst wurde" explains the past)
    _rule(r"\b(?:ist|sind) (?:davon auszugehen|damit zu rechnen), dass\b(?:(?!\b(?:Ergebnis\w*|"
          r"Befund\w*|Termin\w*|Labor\w*|Bericht\w*)\b)[^.;?!]){0,80}\b(?:wird|werden|nötig sein|"
          r"notwendig sein|brauchen|müssen)\b|"
          r"\b(?:it is|it's) (?:safe to assume|to be expected|a given|reasonable to assume) that\b"
          r"(?:(?!\b(?:results?|report|appointment|lab)\b)[^.;?]){0,60}\b(?:will|'ll)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # "Su colesterol hará que las arterias se estrechen", "will make your arteries narrow": a
    # result said to cause a course ("puede hacer que" leaves it open)
    _rule(r"\bhar(?:á|án) que\b(?:(?!\b(?:médic\w*|laboratorio|resultados?|informe|prueba)\b)"
          r"[^.;?]){0,40}\b(?:se (?:estrech|dañ|agrand|form|endurezc|obstruy|deterior|pierd|"
          r"engros|debilit)\w*|(?:empeore|suba|baje|crezca|avance|aparezca|progrese|falle|pierda|"
          r"aumente|disminuya)n?)\b|"
          r"\b(?:will|'ll|is going to)\s+make\s+(?:your |the )?(?:\w+\s+){0,2}?(?:narrow|harden|"
          r"stiffen|fail|worsen|grow|enlarge|thicken|weaken|clog)\b|"
          r"\b(?:wird|werden)\b[^.;?!,]{0,30}\bdazu führen, dass\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # "once the lung nodule has shrunk away by itself", "después de que se haya reabsorbido
    # solo", "nachdem sich der Knoten von selbst zurückgebildet hat": a self-resolution taken as
    # done ("if it has shrunk by the next scan" asks it)
    _rule(r"\b(?:once|after|when|by the time)\b[^,?.;]{0,50}\b(?:has|have)\s+(?:\w+\s+)?"
          r"(?:shrunk|gone|settled|cleared|normali[sz]ed|resolved|disappeared|come (?:back )?down|"
          r"returned to normal|healed|recovered|faded|melted)(?: away| back| down| up)?\s+"
          r"(?:by (?:itself|themselves)|on (?:its|their) own|of (?:its|their) own accord|"
          r"naturally)\b|"
          r"\b(?:una vez que|cuando|después de que|en cuanto)\b[^,?.;¿]{0,50}\bse hay(?:a|an) "
          r"(?:normalizado|reabsorbido|resuelto|recuperado|curado|corregido|ido|desaparecido)\s+"
          r"(?:\w+\s+)?(?:por sí sol[oa]s?|sol[oa]s?|espontáneamente)\b|"
          r"\b(?:sobald|nachdem|wenn)\b[^,?.;]{0,50}\bvon (?:allein|selbst)\b[^,?.;]{0,30}"
          r"\b(?:zurückgebildet|verschwunden|normalisiert|erholt|gebessert)\s+(?:hat|haben|ist|sind)\b",
          "takes a course as certain", kinds=ALL),
    # "By when will my ferritin have normalised?", "¿Para cuándo se habrá normalizado la
    # ferritina?": a future perfect asked about takes the course as given
    _rule(r"\b(?:when|by when|how soon)\b(?:(?!\b(?:whether|if|could|might|may)\b)[^?]){0,40}"
          r"\b(?:will|'ll)\s+(?:\w+\s+){0,3}?have (?:normali[sz]ed|settled|recovered|cleared|"
          r"resolved|gone|come (?:back )?down|returned|shrunk|disappeared|healed)\b|"
          r"\b(?:para )?cuándo\b(?:(?!\bsi\b)[^?]){0,40}\b(?:se )?habr(?:á|án|é) (?:normalizado|"
          r"recuperado|vuelto|bajado|desaparecido|resuelto|reabsorbido|curado|mejorado|"
          r"corregido)\b",
          "takes a course as certain", kinds=QUESTION),
    # "Ya que estas cifras siempre se recuperan, ¿...?", "Since these values always come down on
    # their own, ...?", "Da sich der Wert ja von selbst wieder normalisiert – ab wann ...?": the
    # question rests on a course it takes as a rule
    _rule(r"\b(?:since|as|because|given (?:that )?|ya que|como|dado que|puesto que|visto que|"
          r"da|weil)\b[^?¿]{0,50}\b(?:always|siempre|immer|ja|sowieso|ohnehin|von (?:allein|"
          r"selbst)|por sí sol[oa]s?|on (?:its|their) own|by (?:itself|themselves))\b[^?¿]{0,40}"
          r"\b(?:recover\w*|come (?:back )?down|go(?:es)? away|settle\w*|normali[sz]e\w*|"
          r"resolve\w*|clear\w*|se recupera\w*|se normaliza\w*|vuelve\w*|baja\w*|desaparece\w*|"
          r"se resuelve\w*|remite\w*|normalisiert|normalisieren|zurückgeh\w*|geht|gehen|"
          r"verschwinde\w*|sinkt|sinken|bildet|bilden)\b",
          "takes a course as certain", kinds=QUESTION),
    # "Mein Augendruck wird ja auf jeden Fall zu einem Sehverlust führen – wie lange ...?",
    # "Wenn aus dem Blutzucker sicher ein Diabetes wird, ...?": a sure word in the question's
    # own statement ("Wird er sicher sinken?" asks it)
    _rule(r"(?:^|(?<=[,;–—-]\s))(?!(?:wird|werden|ist|sind|kann|muss|geht|gehen)\b)[^?,;–—]{0,60}"
          r"\b(?:wird|werden)\b[^?,;–—]{0,10}\b(?:ja|sicher|bestimmt|auf jeden Fall|sowieso|"
          r"ohnehin)\b[^?,;–—]{0,40}\b(?:führen|bekommen|brauchen|werden|steigen|sinken|wachsen)\b"
          r"[^?]{0,5}[,–—]|"
          r"\b(?:wenn|sobald|da)\b[^?,]{0,40}\baus\b[^?,]{0,40}\b(?:sicher|bestimmt|ohnehin|"
          r"sowieso|ja)\b[^?,]{0,30}\b(?:wird|werden)\b",
          "takes a bad course as certain", kinds=QUESTION),
    # "wird sich aller Voraussicht nach nicht verändern, aber eine Kontrolle schadet nicht": the
    # concession keeps the check, not the prediction's doubt ("ob er sich verändern wird" asks)
    _rule(r"(?:^|(?<=[.;!?:]\s))(?:(?!\b(?:ob|wenn|falls|manche\w*|viele\w*|oft|häufig|meist\w*|"
          r"kann|können|könnte\w*|vielleicht|wahrscheinlich)\b)[^.;!?:])*?\b(?:wird|werden) "
          r"sich\b[^.;?!,]{0,40}\b(?:nicht|nie|niemals) (?:mehr |weiter )?(?:verändern|ändern)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
]
