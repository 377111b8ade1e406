"""The reassurance rules for Spanish cards, in the order they apply
(engine.py interleaves the categories)."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.reassurance.common import (
             _NO_RUSH_AFTER,
             _NO_STEP_AFTER,
             _NO_STEP_LATER,
             _NO_VISIT_AFTER,
             _NOT_ALWAYS,
             _OWN_CLAUSE,
             _OWN_CLAUSE_H,
             _OWN_CLAUSE_LONG,
             _OWN_CLAUSE_T,
             _STEP_CONCESSION,
             _rule,
)
from checkup_desktop.core.safety.rules.rule import ALL, QUESTION, STATEMENT

_HEDGE_ES = (r"(?:a menudo|suele\w*|normalmente|generalmente|frecuentemente|probablemente|"
             r"a veces|quizás?|posiblemente|puede\w*) ")

ES = [
    _rule(r"nada (?:de )?(?:lo )?(?:que|de qu[eé]|qu[eé]) preocupar|no es (?:nada )?(?:grave|"
          r"importante|preocupante)\b|no (?:hay|tiene) (?:nada )?(?:de )?qu[eé] preocupar|"
          r"no se preocupe|no hace falta (?:que )?(?:consulte|ver|acudir|ir|vaya|repetir|"
          r"hacer nada)|no es necesario (?:consultar|ver|acudir|ir|repetir|hacer nada)|"
          r"(?:siempre|completamente|totalmente) (?:son |es )?(?:inofensiv|normal|benign)\w*|"
          r"puede (?:ignorar|olvidar)\w*|ignór\w+|sin (?:ninguna )?importancia|"
          r"no tiene (?:ninguna )?importancia|se (?:le )?pasará sol|desaparecerá sol|"
          r"se (?:corregirá|normalizará|resolverá) sol|(?:no hace falta|no es necesario|"
          r"no necesita|no hay que)\s+(?:\w+\s+){0,3}(?:seguimiento|repetir\w*|consultar|"
          r"control\w*|revis\w+|preocupar\w*)|no importa|nada grave" + _STEP_CONCESSION
          + r"|error de(?:l)? laboratorio|"
          r"tontería|no le dé (?:más )?vueltas" + _NO_STEP_AFTER
          + r"|sin importancia|nunca necesita\w*|no merece la pena"),
    _rule(r"\b(?:ningún|ningun) problema\b|\bno es un problema\b|\bcréame\b"),
    _rule(r"\bno (?:moleste|molestar|haga perder)\b|\bperder el tiempo\b",
          unless_hedged=False),
    _rule(r"\bno requiere (?:ningún |ninguna )?(?:seguimiento|control|tratamiento|revisión)\b|"
          r"\bproblema menor\b"),
    _rule(r"\bno es nada\b|\bno le dé importancia\b|\bes normal (?:tener|que)\b"
          # (not "es normal que le preocupe", "es normal tener dudas": the feeling is normal)
          r"(?! (?:(?:te|le|se|os|les|usted) )?(?:\w+ )?(?:inquiet|preocup|sient|asust|agobi|"
          r"angusti|nervios|dudas|preguntas|miedo)\w*)"),
    _rule(r"\bnormal para (?:su|la|tu) edad\b",
          unless_hedged=False),
    _rule(r"\bnunca (?:importa|es importante|tiene importancia)\b",
          unless_hedged=False),
    _rule(r"\bno (?:haría|hagas|haga|hace falta hacer) caso\b|\bignor\w+",
          unless_hedged=False),
    _rule(r"\bes de esperar\b|\bdejar(?:lo|la)? estar\b"),
    # putting the check off: "puede esperar hasta el chequeo del año que viene"
    _rule(r"\bpuede(?:n)? esperar (?:\w+ ){0,2}?(?:a|hasta) (?:la |el |su |que )?(?:próxim|"
          r"siguiente|revisión|chequeo|control|análisis|analítica|año|reconocimiento)|"
          r"\b(?:basta|vale|es suficiente|alcanza) con (?:\w+ )?(?:repetir|revisar|controlar|"
          r"mirar)\w* (?:\w+ ){0,2}?(?:el año que viene|el próximo año|dentro de un año|en la "
          r"próxima revisión|en el próximo chequeo)",
          unless_choice=True),
    # no relevance: "sin ninguna relevancia", "carece de importancia", "irrelevante"
    _rule(r"\bsin (?:ninguna |ningún |mayor |gran )?(?:relevancia|trascendencia|significado)\b|"
          r"\bno (?:tiene|tienen) (?:ninguna |mayor |gran |demasiada |mucha |ningún )?"
          r"(?:relevancia|importancia|trascendencia|significado clínico)\b|\bcarece\w* de "
          r"(?:\w+ )?(?:importancia|relevancia|significado)\b|\birrelevante\w*|"
          r"\bintrascendente\w*"),
    # no follow-up needed, any person or number: "no necesitan ningún control"
    _rule(r"\bno (?:necesit|requier|precis|hace falta|es necesario|hay que|tienes? que|tienes? "
          r"por qué)\w*\s+(?:\w+\s+){0,3}?(?:seguimiento|control|revisión|tratamiento|repetir|"
          r"repetición|consulta|cita|médico|vigilancia|atención|más pruebas|comentar|mencionar|"
          # ("no es necesario pedir cita previa": how to book, not whether)
          r"acudir|ver a|volver|vuelva|regres|venir|venga)\w*(?! previa| en ayunas)"),
    # "es inofensivo", "se normaliza sola": harmless, or fixing itself
    # (the negation stands before the verb: "no es inofensivo" is the opposite)
    _rule(_OWN_CLAUSE + r"(?<!\bno )(?<!\bnunca )\b(?:es|son|resulta\w*|parece\w*) (?:(?!no |"
          r"nunca |" + _HEDGE_ES
          + r")\w+ ){0,2}?(?:inofensiv|inocu)\w*|\bse (?:corrige|"
          r"corregirá|normaliza\w*|resuelve|resolverá|arregla\w*|regula\w*|pasa\w*|quita\w*|"
          r"baja\w*|va a (?:corregir|normalizar|arreglar|resolver|pasar|quitar|bajar)) (?:\w+ )?"
          r"(?:sol[oa]s?|por sí (?:mism|sol)[oa]s?|con el tiempo)" + _NOT_ALWAYS
          # (not "algunas desaparecen por sí solas y otras persisten": a general fact)
          + r"|" + _OWN_CLAUSE + r"\bdesaparece\w* (?:\w+ )?"
          r"(?:sol[oa]s?|por sí)" + _NOT_ALWAYS,
          unless_negated=True, unless_modal=True),
    # "no vale la pena pedir cita" (not "no vale la pena esperar")
    _rule(r"\bno (?:le )?(?:vale|merece) la pena\b(?! (?:esperar|arriesgar\w*|retrasar\w*))"),
    # calming words and dropping the flag: "quédese tranquilo", "puede pasarlo por alto"
    _rule(r"\b(?:puede|pueden|se puede) (?:estar|quedar\w*) tranquil\w*|\bquédese tranquil\w*|"
          r"\besté tranquil\w*|\bno (?:le )?preste (?:ninguna |mucha )?atención|"
          r"(?<!\bno )(?<!\bnunca )\bpas\w+ por alto\b",
          unless_negated=False),
]

ES += [
    # "no tiene por qué preocuparse", "no tiene que ocuparse de ello"
    _rule(r"\bno (?:tiene|tienen|tienes|hay) (?:que|por qué) (?:preocupar\w*|ocupar\w*|"
          r"hacer (?:nada|ninguna cosa)(?! (?:antes|hasta|salvo|excepto|especial)))"),
    # the check dropped: "¿se puede cancelar la ecografía?", "saltarme el control"
    _rule(r"\b(?:saltar\w*|cancelar\w*|suspender\w*|anular\w*|omitir\w*|prescindir\w*|"
          r"ahorrar\w*|dejar de (?:ir|hacer\w*)|faltar a)\b (?:(?:a |de |del |al )?(?:el |la |los |"
          r"las |este |esta |mi |su )?)(?:\w+ ){0,1}?(?:control\w*|revisión|seguimiento|cita|"
          r"consulta|prueba|análisis|analítica|ecografía|mamografía|repetición|\w+scopia|"
          r"biopsia|resonancia|radiografía)\b"
          r"(?![^.;?]{0,30}\b(?:no es|no se recomienda|puede|podría|retras\w+|significa)\b)"
          r"(?![^?]{0,80}\bo (?:es|debo|debería|conviene|hace falta|sería)\b)",
          kinds=ALL, unless_negated=True, unless_choice=True, unless_hedged=False),
    # "no hay prisa", "no corre ninguna prisa" (not "no hay prisa, pero pida cita")
    _rule(r"\bno (?:hay|corre|tiene) (?:ninguna |mucha )?prisa\b" + _NO_RUSH_AFTER
          + r"|\bsin (?:ninguna )?prisa\b" + _NO_RUSH_AFTER),
    # "es normal de todas formas, así que ¿tengo que hacer algo?"
    _rule(r"\b(?:normal|frecuente|habitual|inofensiv\w+)\b[^?]{0,30}\b(?:de todas formas|de todos "
          r"modos|igualmente|en cualquier caso)\b|\b(?:es|son) (?:muy |totalmente )?(?:normal|"
          r"frecuente|habitual|inofensiv\w+)\b[^?¿]{0,40}(?:así que|por lo que|entonces)[^?]{0,30}"
          r"\b(?:algo|siquiera|molestar\w*|preocupar\w*|dejarlo|saltar\w*)\b",
          kinds=QUESTION, unless_hedged=False),
]

ES += [
    _rule(r"\bnada (?:preocupante|alarmante|importante|relevante)\b|\bsin que (?:usted )?tenga "
          r"que hacer nada\b|\b(?:seguir|hacer|continuar) (?:con )?(?:su )?vida normal\b"
          + _NO_VISIT_AFTER + r"|\bquit\w+ de la cabeza\b|\bcosa de la edad\b|\bno (?:es|hay) "
          r"motivo (?:para|de) (?:pedir|ir|volver|consultar|repetir|preocupar)\w*|\bpas(?:ar|o|e) "
          r"de (?:este|ese|esto|eso|ello)(?: \w+)?(?=\s*[?,.;])",
          kinds=ALL),
    _rule(r"\bde verdad (?:tengo|hace falta|es necesario|debo)(?: que)? (?:volver|ir|repetir|"
          r"acudir|consultar|pedir|molestar)\w*|\bpor algo tan (?:pequeño|poco|insignificante|"
          r"mínimo)\b",
          kinds=QUESTION, unless_hedged=False),
]

ES += [
    # "puede dejarlo hasta el próximo chequeo": put off to the next routine visit
    _rule(r"\b(?:puede|pueden|puedes|podemos|podría\w*)\b (?:\w+ ){0,3}?(?:dejar\w*|aplazar\w*|"
          r"posponer\w*|esperar) (?:\w+ ){0,4}?(?:hasta|para) (?:el|la|su|tu) "
          r"(?:próxim|siguiente)\w*",
          unless_choice=True),
    # asked, leading: "como es leve, ¿puedo dejar el control para el año que viene?"
    _rule(r"\b(?:ya que|como|dado que|puesto que|si)\b[^?¿]{0,60}\b(?:solo|sólo|leve|poco|"
          r"apenas|inofensiv\w*|seguramente|probablemente)\b[^?¿]{0,40},\s*¿?\s*"
          r"(?:puedo|podemos|podría|se puede)\b[^?]{0,40}?\b(?:esperar|dejar\w*|aplazar\w*|"
          r"posponer\w*)\b[^?]{0,40}?\b(?:(?:hasta|para) (?:el|la|mi|su) (?:próxim|siguiente)\w*|"
          r"(?:hasta|para) el año que viene|(?:hasta|para) (?:el|la|mi|"
          r"su) [^?]{0,25}\b(?:año que viene|próximo año|anual)\b)(?![^?]{0,60}\bo\b)",
          kinds=QUESTION, unless_choice=True, unless_hedged=False),
]

ES += [
    # "puede dejarlo tal cual", "no hace falta preocuparse más": the result left alone
    _rule(r"\b(?:puede|pueden|puedes|podemos)\b[^.;?]{0,20}?\bdejarlo (?:tal cual|así|estar|"
          r"correr|pasar)\b|\bno (?:hace falta|es necesario|tiene que|necesita) "
          r"(?:preocuparse|ocuparse|pensar)\w* (?:más|mucho|demasiado|en (?:ello|eso))",
          kinds=ALL, unless_hedged=False),
]

# Round 7: the skeletons behind the misses of the seventh set.
ES += [
    # a conclusion drawn in the text: "y por tanto en el fondo inofensiva", "así que
    # básicamente es inofensivo" (a hedge or a negation in between keeps it a possibility)
    _rule(_OWN_CLAUSE_LONG + r"\b(?:así que|por (?:lo )?tanto|por ello|por eso|de modo que|de "
          r"manera que|o sea|con lo que|en consecuencia|en el fondo|básicamente|prácticamente|en "
          r"realidad|en definitiva|a efectos prácticos|esencialmente)\b,?(?: (?!(?:no|nunca|"
          r"a menudo|suele\w*|normalmente|generalmente|probablemente|a veces|quizás?|posiblemente|"
          r"puede\w*)\b)[\w-]+,?){0,3}? (?:inofensiv|inocu)\w*",
          unless_negated=True, unless_choice=True),
    # the result put out of the way: "puede dejar este resultado de lado", "déjelo a un lado"
    _rule(r"(?:\b(?:puede|pueden|puedes|puedo|podemos|podría\w*|se puede)\b (?:\w+ ){0,2}?(?:dejar|"
          r"poner|aparcar|apartar)(?:lo|la|los|las)? (?:(?:este|ese|el|su|esta|esa|la) (?:\w+ )?"
          r"(?:resultado|valor|hallazgo|dato|cifra)s? )?(?:\w+ )?(?:de lado|a un lado|aparte)\b|"
          r"\b(?:déjel[oa]s?|póngal[oa]s?) (?:\w+ )?(?:de lado|a un lado)\b|\b(?:puede|pueden|"
          r"puedes|puedo|podemos|se puede)\b (?:\w+ )?(?:apartar|aparcar)(?:lo|la|los|las)?\b)"
          + _NO_STEP_AFTER,
          kinds=ALL, unless_negated=True, unless_hedged=False, unless_choice=True),
    # "en realidad no quiere decir nada", "no significa realmente nada" (not "por sí solo")
    _rule(r"(?:\bno (?:tiene|tienen) (?:realmente )?(?:ningún|ningun) (?:\w+ )?significado\b|"
          r"\bno (?:significa|quiere decir|indica|supone|implica)\w* (?:(?:realmente|en "
          r"realidad|de verdad|para nada|gran) )?(?:nada|gran cosa|mucho)\b)(?! (?:por sí|en sí|"
          r"aislad|malo|grave))" + _NO_STEP_AFTER,
          kinds=ALL, unless_negated=False),
    # left alone by the text's own verdict: "se pueden dejar tranquilamente como están"
    # (a negation must stand in it: "no dan síntomas, se pueden dejar" is no negation)
    _rule(r"(?<!\bno )(?<!\bnunca )\b(?:se )?(?:puede|pueden)\b (?:(?!no\b|nunca\b)\w+ ){0,2}?dejar"
          r"(?:se|lo|la|los|las)? (?:\w+ ){0,2}?(?:tal cual|tal y como (?:está|están)|como (?:está|"
          r"están)|en paz|sin tratar|sin tratamiento)\b" + _NO_STEP_AFTER,
          unless_choice=True),
    # carrying on as before: "puede seguir con su vida", "mientras se encuentre bien, no ...",
    # "como si nada" (not "seguir con su vida normal y comentarlo en la cita")
    _rule(r"\b(?:seguir|continuar|siga|continúe|hacer|haga)\b (?:\w+ ){0,2}?(?:con )?su vida\b"
          + _NO_STEP_AFTER + r"|\b(?:mientras|siempre que|si) (?:usted )?(?:se encuentr[ae]|se "
          r"sient[ae]|esté|está|se not[ae]) "
          r"(?:bien|perfectamente|sin síntomas)\b[^.;]{0,50}?\b(?:puede|no (?:hace falta|es "
          r"necesario|necesita|tiene que)|nada)\b" + _NO_STEP_AFTER + r"|\bcomo si (?:nada|no "
          r"(?:pasara|hubiera pasado|ocurriera) nada)\b",
          kinds=STATEMENT, unless_negated=True),
    # "nada que requiera atención médica" (not "nada que requiera atención urgente")
    _rule(r"\bnada que (?:requiera|necesite|precise|merezca|exija|justifique|amerite) (?:(?:una|"
          r"un|ninguna|ningún|mayor|más) )?(?:atención|consulta|cita|visita|seguimiento|control|"
          r"tratamiento|revisión|preocupación|preocuparse|vigilar|tratar|consultar)\b(?! "
          r"(?:urgente|inmediat\w*))",
          kinds=STATEMENT),
    # "no afecta a su salud", "sin ningún efecto sobre su salud"
    _rule(r"\bno (?:le )?(?:afecta|afectará|afectaría|perjudica|perjudicará|daña|dañará|"
          r"compromete|comprometerá)\w* (?:en nada |para nada )?(?:a )?(?:su|tu|la) salud\b|"
          r"\b(?:sin|no (?:tiene|tendrá)) (?:ningún |ninguna )?(?:efecto|impacto|consecuencia\w*|"
          r"repercusi\w+) (?:para|en|sobre) (?:su|la|tu) salud\b|\b(?:no (?:supone|representa|"
          r"implica|conlleva|tiene)\w* (?:ningún|ninguna|ningun)|sin (?:ningún|ninguna)?) ?"
          r"(?:\w+ )?(?:riesgo|peligro|amenaza) (?:para|en) (?:su|la|tu) salud\b",
          unless_choice=True),
    # "puede pasar página": the result closed
    _rule(r"\b(?:puede|pueden|puedes|podemos)\b (?:\w+ )?pasar (?:la )?página\b" + _NO_STEP_AFTER,
          kinds=STATEMENT, unless_negated=True),
    # Verdicts the engine only judges with no médico in the text, as rules: "aunque su médico
    # lo haya anotado" is no next step (_NO_STEP_LATER reads such a concession as none).
    # "es solo ruido", "puede darlo por bueno", "aquí no hay nada", "no debería preocuparle",
    # "no tiene que darle más vueltas", "no requiere hacer nada"
    _rule(r"(?:\b(?:es|son) (?:solo |sólo |simplemente )?ruido\b|\bsolo ruido\b|\bdar(?:lo|la|los|"
          r"las)? (?:(?:este|ese|el|su) (?:\w+ )?)?por (?:bueno|buena|válido|normal)\b|"
          r"\baquí no hay nada\b|\bno (?:debería|debe|tendría que|tiene que)\w* preocupar\w*|"
          r"\bno\b[^.;]{0,30}?\b(?:dar|dé|de|des|da|das)(?:le|les)? (?:más |tantas |demasiadas |"
          r"muchas )?vueltas\b|\bno (?:requiere|necesita|precisa|exige) (?:(?:hacer|tomar) "
          r"(?:nada|ninguna medida)|(?:ningún|ninguna) (?:\w+ )?(?:actuación|acción|medida|"
          r"intervención|paso)\w*)\b)" + _NO_STEP_LATER,
          kinds=STATEMENT, unless_choice=True),
    # "no necesita ir al oftalmólogo por eso": no visit to a specialist
    _rule(r"\bno (?:necesita|necesitará|tiene que|hace falta que|hay que|es necesario)\w* (?:ir|"
          r"acudir|volver|pedir cita) (?:\w+ ){0,2}?(?:al|a la|a su|a un|a una|con el|con la|con "
          r"su) (?:\w+ )?(?:\w+ólog[oa]|especialista|médic[oa]|consulta|centro de salud)\b"
          + _NO_STEP_AFTER,
          kinds=STATEMENT),
]

# Round 9: the skeletons behind the misses of the ninth set.
# a benign cause the question takes as the whole story: "es solo por las fiestas", "se debe
# solo al estrés"
_Q_CAUSE_ES = (r"(?:(?:solo|sólo|simplemente|únicamente|nada más|puramente) (?:es |son |fue |se "
               r"debe |se deben )?(?:por|debido a|a causa de|culpa de|cosa de|del?|al?)|(?:se "
               r"debe|se deben|viene|vienen|es|son) (?:solo|sólo|simplemente|únicamente) (?:a|al|"
               r"de|del|por))\b")

# what a rhetorical "¿no es simplemente ...?" calls the result: normal, age, everyone's lot
_AGE_ES = (r"(?:(?:a|para|con|en) (?:mi|la|nuestra|su) edad|con los años|a mis años|"
           r"tod[oa]s l[oa]s (?:hombres|mujeres|personas|de mi edad))")

ES += [
    # the verdict that nothing is to be watched: "nada que vigilar", "no es algo que haya que
    # controlar" (not "nada que hacer antes del análisis", not with a next step after)
    _rule(_OWN_CLAUSE_T + r"(?:\bnada (?:que|de qué|sobre lo que|por lo que) |\bno es (?:algo|"
          r"nada|un (?:resultado|valor|hallazgo|dato)) (?:que|a|sobre lo que|por lo que|de lo "
          r"que) )(?:haya que |tenga que |deba |debamos |necesite |se deba |se tenga que )?"
          r"(?:vigilar|controlar|seguir|revisar|comprobar|repetir|tratar|temer|consultar|mirar|"
          r"volver a mirar|estudiar|"
          r"investigar|actuar|vigilarse|controlarse|revisarse)\b(?! (?:\w+ ){0,2}?(?:antes|hasta|"
          r"salvo|excepto|por su cuenta|usted mism\w+|sol[oa]|hoy|ahora)\b)" + _NO_STEP_AFTER),
    # no reason for a further step: "no es motivo para hacer más pruebas", "no hay ningún motivo
    # para más controles" ("salvo ...", "a menos que ..." keep a safety net)
    _rule(r"\b(?:no (?:es|son|hay|existe|tiene|veo|da|supone)|sin) (?:ningún |ninguna |un |gran |"
          r"mayor )?(?:motivo|razón|razones|motivos|necesidad|indicación)\w* (?:para|de) "
          r"(?:(?:hacer|dar|tomar|pedir|seguir|realizar|programar|hacerse|solicitar) )?(?:más |"
          r"otr[oa]s? |nuev[oa]s? |ningún |ninguna |un |una |mayores )?(?:pasos?|pruebas?|"
          r"controles|control|análisis|estudios?|seguimiento|revisi\w+|medidas?|consultas?|"
          r"citas?|tratamiento|acción|acciones|"
          r"actuar|intervenir|repetir\w*)\b(?![^.;]{0,40}\b(?:salvo|a menos que|si|excepto|"
          r"hasta)\b)" + _NO_STEP_LATER),
    # the result's hold on the person talked away: "no tiene por qué quitarle el sueño", "no
    # debería ocuparle más"
    _rule(r"\bno (?:le |les )?(?:tiene (?:por qué|que)|debería|debe|necesita|hace falta que|"
          r"tendría que|va a)\w* (?:\w+ )?(?:(?:quitar|robar)(?:le|les)? el sueño|"
          r"ocupar(?:le|les|se)|inquietar\w*|agobiar\w*|angustiar\w*|intranquilizar\w*)\b"
          + _NO_STEP_LATER,
          kinds=STATEMENT),
    # hedged, with no step after: "así que no necesariamente hace falta repetirlo"
    _rule(r"\bno (?:(?:necesariamente|forzosamente) (?:hace falta|hay que|es necesario|necesita|"
          r"requiere|tiene que)\w*|(?:hace falta|es necesario|necesita|requiere)\w* "
          r"(?:necesariamente|forzosamente)) (?:(?!hoy\b|ahora\b|ayun\w+)\w+ ){0,2}?(?:repetir\w*|"
          r"control\w*|seguimiento|revisi\w+|consult\w*|tratar\w*|tratamiento|volver|pruebas?|análisis)"
          + _NO_STEP_LATER),
    # asked, leading, with a tag: "es solo por las fiestas, ¿verdad?", "¿verdad que es solo por
    # el estrés?"
    _rule(_Q_CAUSE_ES + r"[^?]{0,60},\s*¿?\s*(?:verdad|no|cierto|a que sí)\s*\?|¿\s*(?:verdad|a "
          r"que|cierto|no es cierto) que\b[^?]{0,80}" + _Q_CAUSE_ES,
          kinds=QUESTION, unless_hedged=False),
    # asked, rhetorical: "¿no es simplemente lo que les pasa a todos los hombres de mi edad?",
    # "¿no es normal a mi edad ...?" (not "¿no debería comentarlo con mi médico?")
    _rule(r"¿\s*no (?:es|son|será|serán|sería|serían)\b[^?]{0,60}?(?:\b(?:simplemente|solo|sólo|"
          r"nada más que|únicamente|sencillamente)\b[^?]{0,40}?(?:\b(?:normal\w*|natural\w*|"
          r"habitual\w*|inofensiv\w*|lo que (?:les |le |nos )?pasa a tod\w+|envejecimiento|"
          r"un error|nervios|estrés)\b|" + _AGE_ES + r")|\bnormal\w* (?:\w+ ){0,3}?" + _AGE_ES
          + r"|\b(?:cosa|propio|propia|típico|típica) de (?:la|mi) edad\b)"
          # (not the feeling: "¿no es simplemente normal preocuparse?")
          r"(?![^?]{0,30}\b(?:preocup\w*|miedo|dudas|inquiet\w*|asustad\w*)\b)",
          kinds=QUESTION, unless_hedged=False),
]

# Round 10: the skeletons behind the misses of the tenth set.
ES += [
    # the importance talked away: "lo más sensato es no darle importancia", "sin mayor
    # importancia", "restarle importancia" (not "no le reste importancia")
    _rule(r"(?:\bno (?:dar|darle|darles|le dé|les dé|dé|le de) (?:mayor |más |demasiada |ninguna |"
          r"gran |ningún tipo de )?importancia\b|\bsin (?:mayor|gran|demasiada|especial|"
          r"excesiva) importancia\b|(?<!\bno )\brestar(?:le|"
          r"les)? (?:toda )?importancia\b)" + _NO_STEP_AFTER,
          kinds=STATEMENT, unless_negated=False),
    # the result closed: "puede dar este resultado por zanjado", "darlo por cerrado"
    _rule(r"\bdar(?:lo|la|los|las)? (?:(?:este|ese|el|su|esta|esa|la) (?:\w+ )?)?por (?:zanjad|"
          r"cerrad|resuelt|terminad|olvidad|superad|archivad)\w*",
          kinds=ALL, unless_negated=True, unless_hedged=False, unless_choice=True),
    # no further study: "no requiere más estudio", "no necesita más pruebas"
    _rule(r"\bno (?:requiere|requieren|necesita|necesitan|precisa|precisan|merece|merecen|"
          r"justifica|exige)\w* (?:\w+ )?(?:más|mayor|otro|otra|otros|otras|nuev[oa]s?|"
          r"ningún|ninguna) (?:\w+ )?(?:estudios?|pruebas?|exploraci\w+|investigaci\w+|"
          r"vigilancia|controles|análisis|atención|valoración)\b" + _NO_STEP_AFTER,
          kinds=STATEMENT),
    # putting the check off, any tense: "probablemente pueda esperar a su revisión anual",
    # "bastará con repetirla dentro de un año"
    _rule(_OWN_CLAUSE_H + r"\b(?:pued\w+|podrá\w*|podría\w*) esperar (?:\w+ ){0,2}?(?:a|hasta) "
          r"(?:la |el |su |que )?(?:próxim|siguiente|revisión|chequeo|control|análisis|"
          r"analítica|año|reconocimiento)|\b(?:bast\w+|valdr\w+|será suficiente|alcanzar\w*) "
          r"con (?:\w+ )?(?:repetir|revisar|controlar|mirar|"
          r"hacer)\w* (?:\w+ ){0,2}?(?:el año que viene|el próximo año|dentro de (?:un|dos|"
          r"unos) años?|en la próxima revisión|en el próximo chequeo|"
          r"en su (?:próxima )?revisión anual)",
          unless_hedged=False, unless_choice=True),
    # asked, leading: "¿de verdad hace falta que vuelva a pedir cita?" (subjunctive)
    _rule(r"\bde verdad (?:tengo que|hace falta que|es necesario que|debo|necesito)\b (?:\w+ )?"
          r"(?:vuelv|vay|repit|acud|pid|consult|hag)\w*",
          kinds=QUESTION, unless_hedged=False),
]
