"""The reassurance rules for Spanish cards, in the order they apply
(engine.py interleaves the categories)."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.reassurance.common import (
             _NO_RUSH_AFTER,
             _NO_VISIT_AFTER,
             _NOT_ALWAYS,
             _OWN_CLAUSE,
             _rule,
)
from checkup_desktop.core.safety.rules.rule import ALL, QUESTION

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
          r"control\w*|revis\w+|preocupar\w*)|no importa|nada grave|error de(?:l)? laboratorio|"
          r"tontería|no le dé (?:más )?vueltas|sin importancia|nunca necesita\w*|"
          r"no merece la pena"),
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
          r"acudir|ver a|volver|vuelva|regres|venir|venga)\w*"),
    # "es inofensivo", "se normaliza sola": harmless, or fixing itself
    _rule(_OWN_CLAUSE + r"\b(?:es|son|resulta\w*|parece\w*) (?:(?!no |nunca |" + _HEDGE_ES
          + r")\w+ ){0,2}?(?:inofensiv|inocu)\w*|\bse (?:corrige|"
          r"corregirá|normaliza\w*|resuelve|resolverá|arregla\w*|regula\w*|pasa\w*|quita\w*|"
          r"baja\w*|va a (?:corregir|normalizar|arreglar|resolver|pasar|quitar|bajar)) (?:\w+ )?"
          r"(?:sol[oa]s?|por sí (?:mism|sol)[oa]s?|con el tiempo)" + _NOT_ALWAYS
          + r"|\bdesaparece\w* (?:\w+ )?"
          r"(?:sol[oa]s?|por sí)" + _NOT_ALWAYS,
          unless_negated=True, unless_modal=True),
    # "no vale la pena pedir cita" (not "no vale la pena esperar")
    _rule(r"\bno (?:le )?(?:vale|merece) la pena\b(?! (?:esperar|arriesgar\w*|retrasar\w*))"),
    # calming words and dropping the flag: "quédese tranquilo", "puede pasarlo por alto"
    _rule(r"\b(?:puede|pueden|se puede) (?:estar|quedar\w*) tranquil\w*|\bquédese tranquil\w*|"
          r"\besté tranquil\w*|\bno (?:le )?preste (?:ninguna |mucha )?atención|"
          r"\bpas\w+ por alto\b",
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
