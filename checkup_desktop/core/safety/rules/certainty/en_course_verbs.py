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
