"""The alarm rules for Spanish cards, in the order they apply
(engine.py interleaves the categories)."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.alarm.common import (
    _ONE_CAUSE,
    _SENTENCE_UNREPORTED,
    _rule,
    _unless_called,
)
from checkup_desktop.core.safety.rules.rule import QUESTION, STATEMENT, TITLE

_USTED_PUEDE = (r"(?:pedir|llamar|consultar|preguntar|acudir|contactar|comentar|hacer\w*|repetir|"
                r"solicitar|cambiar|concertar|reservar|volver|venir|tomar|medir\w*)\b")

ES = [
    _rule(r"\b(?:mortal\w*|letal\w*|leucemia|linfoma|hinchar\w* el cerebro|edema cerebral|"
          r"extend\w*|propag\w+|metástasis|ictus|derrame|muerte|morir\w*|muer\w+|"
          r"parar el corazón|paro card[ií]aco|parada card[ií]aca|infarto|"
          r"(?:en|un|al|el|del|provoca\w*|causa\w*) coma|"
          r"coma (?:diabético|hepático|profundo)|convulsiones|"
          # "cribado de cáncer colorrectal" names a screening programme
          r"(?<!cribado de )(?<!cribado del )(?<!screening de )(?<!screening» de )"
          r"(?<!detección de )(?<!precoz de )(?<!prevención de )(?<!prevención del )"
          + _ONE_CAUSE + r"c[aá]ncer(?:es)?(?![^.;]{0,80}\b(?:cribado|screening|tamizaje|"
          r"detección precoz)\b)|malign[oa]s?|"
          r"peligros[oa]s?|hemorragia interna|desangr\w+)\b"),
    _rule(r"\b(?:cieg[oa]s?|ceguera)\b"),
    # "puede fallar en cualquier momento" is an event; "puede pedir cita en cualquier momento"
    # is permission
    _rule(r"\bpeligrosamente\b|\b(?:pued\w+|podr\w+)\s+(?!" + _USTED_PUEDE + r")\w+(?:\s+\w+){0,4}?"
          r"\s+en cualquier momento\b(?! del día)"),
    # fainting or collapsing, unless the sentence asks to report it ("si ha notado mareos o
    # desmayos, coméntelo")
    _rule(_SENTENCE_UNREPORTED + r"\b(?:desmay\w+|colaps\w+)"),
    _rule(r"\bhemorragia\w*|\bderrame\w*|\bde repente\b"),
    _rule(r"\b(?:serios|graves) problemas\b|\bmuy mal estado\b"),
    _rule(r"\balgo (?:muy )?(?:feo|grave|malo|serio|terrible)\b"),
    _rule(r"\btumor(?:es)?(?: cerebral(?:es)?)?\b",
          unless_modal=True),
    # an organ that may stop or fail, also with "podría"; too little oxygen
    _rule(r"\b(?:corazón|riñones|riñón|hígado|cerebro|pulmones|órganos)\b(?: \w+){0,3}? "
          r"(?:dej\w+ de (?:funcionar|latir)|par(?:ar|arse|e|en|ará|arán|aría|arían)|"
          r"fall(?:ar|e|en|ará|arán|aría|arían)|revent\w+|romp\w+)\b|\bfallo (?:renal|"
          r"card[ií]aco|hepático|multiorgánico|orgánico)\b|\b(?:no reciben?|sin|falta de) "
          r"(?:suficiente )?oxígeno\b|\bsangr\w+ (?:en el|dentro del?) (?:cerebro|cabeza)\b|"
          r"\bsangrado interno\b"),
    # loss that cannot be undone, or "too late"
    _rule(r"\b(?:daños?|pérdida|dañ\w+) (?:\w+ ){0,3}?(?:permanente|irreversible)s?\b|"
          r"\bdañ\w+ (?:\w+ ){0,3}?(?:de forma|de manera|para) (?:permanente|irreversible|"
          r"siempre)\b|"
          r"\birreversibles?\b|\bdemasiado tarde\b|\bperder (?:la vista|"
          r"la visión|el riñón|los riñones|la pierna|el pie)\b|\bamputaci\w+|\bparálisis\b|"
          r"\bparalizad\w+|\b(?:aorta|aneurisma|vasos?|arterias?|bazo)\b[^.;]{0,50}\b(?:romper\w*|"
          r"rotura|revent\w+)"),
    # asking about death, an organ stopping, "how long do I have left"
    _rule(r"\b(?:morir\w*|muer\w+|mortal\w*|letal\w*|fallecer\w*|cuánto (?:tiempo|vida) me queda|"
          r"me queda(?:n)? de vida|demasiado tarde|dej\w+ de (?:funcionar|latir)|"
          r"(?:corazón|riñones|riñón|hígado|pulmones)\b(?: \w+){0,3}? (?:fall\w+|"
          r"par(?:ar|arse|e|en|ará)|se pare\w*)|"
          r"paro card[ií]aco|parada card[ií]aca|ceguera|ciegos?|ciegas?|(?:en|un) coma)\b",
          kinds=QUESTION),
    _rule(r"\b(?:metástasis|extendido|propagado|diseminado|malign[oa]s?)\b",
          kinds=QUESTION, unless_choice=True),
]

ES += [
    # "malignizarse", "reventar una arteria", "consecuencias muy graves"
    _rule(r"\bmaligniz\w+|\brevent\w* (?:un |una |el |la )?(?:vasos?|arterias?|aneurisma|venas?)\b|"
          r"(?<!evitar )(?<!prevenir )\b(?:graves|serias|terribles|fatales|devastadoras) "
          r"consecuencias\b|\bconsecuencias (?:\w+ ){0,3}?(?:muy |tan )?(?:graves|serias|"
          r"terribles|fatales|devastadoras)\b(?! (?:si no|para evitar))"),
]

ES += [
    _rule(r"\b(?:enfermedad|cáncer|tumor)\w* (?:\w+ ){0,2}?(?:muy |bastante )?avanzad[oa]s?\b|"
          r"\b(?:fase|estadio|etapa) (?:muy )?avanzad[oa]\b|\bopciones (?:\w+ ){0,3}?(?:son|están|"
          r"quedan) (?:muy )?(?:limitadas|escasas|pocas)\b|\b(?:poco|nada) (?:más )?(?:que hacer|"
          r"se puede hacer)\b|\bpostrad\w+|\bnunca (?:más )?(?:se )?(?:recupera\w*|vuelv\w+ a "
          r"caminar)\b"),
    _rule(r"\bcuánto daño\b|\b(?:me|le) queda(?:n)? (?:\w+ )?(?:tiempo|años|meses)\b(?! (?:para|"
          r"hasta))|\b(?:pued\w+|podr\w+)\s+(?!" + _USTED_PUEDE + r")\w+(?:\s+\w+){0,4}?\s+en "
          r"cualquier momento\b(?! del día)|\bcaer\w* muert[oa]\b",
          kinds=QUESTION),
]

# Round 7: an alarming degree, a trivial mishap with grave harm, organ damage named in a title,
# a stage or outlook tied to how high a value is.
ES += [
    # "alarmantemente bajas", "un nivel alarmante": the degree itself frightens
    # ("puede parecer alarmante" is about how it looks: only a value or "es alarmante" counts)
    _rule(r"\b(?:alarmantemente|preocupantemente|escandalosamente)\b|\b(?:nivel|valor|cifra|"
          r"resultado|punto|grado|descenso|aumento)(?:es)? (?:\w+ )?alarmantes?\b|\b(?:es|son|"
          r"resulta|está) (?:muy |realmente )?alarmante|"
          r"\b(?:aterrador\w*|espantos\w*)"),
    # "incluso una simple caída podría romperle la cadera": a trivial mishap, grave harm
    # ("si incluso un pequeño corte sangra mucho, ..." asks to report it)
    _rule(r"(?<!\bsi )(?<!\bcuando )\b(?:incluso|hasta|aun|solo|sólo|basta(?:ría)? con) (?:un|"
          r"una) (?:(?:simple|pequeñ[oa]|"
          r"leve|mínim[oa]|liger[oa]|tont[oa]|sencill[oa]) (?:caída|golpe|tropiezo|tos|estornudo|"
          r"resbalón|esfuerzo|corte|torcedura)|(?:caída|golpe|tropiezo|tos|estornudo|resbalón|"
          r"esfuerzo|corte|torcedura) (?:\w+ )?(?:leve|mínim[oa]|sin importancia|pequeñ[oa]))\b"
          r"[^.;]{0,60}?\b(?:romp\w*|rotura|fractur\w*|quebr\w*|hemorrag\w*|revent\w*|sangrado "
          r"(?:grave|abundante|interno|importante)|sangrar (?:mucho|gravemente|sin control))"),
    # "nunca se recuperan del todo" is in the English list; "le cambia la vida por completo"
    _rule(r"\b(?:le|les|te) cambi(?:a|an|ará|ó) la vida\b|\bcambi\w* (?:\w+ )?la vida (?:por "
          r"completo|para siempre)\b|\bno (?:llegan? a |se )?(?:recuperar\w*|se recuperan?) "
          r"(?:nunca|jamás) (?:del todo|por completo)\b"),
    # organ damage named in a title: "Daño en el músculo cardíaco detectado" (not a marker)
    _rule(r"(?<!marcador de )(?<!marcadores de )(?<!prueba de )(?<!indicador de )"
          r"\b(?:daños?|lesi(?:ón|ones)) (?:\w+ )?(?:(?:en|de|a|al|del) (?:el |la |los |las )?)?"
          r"(?:músculo cardíac\w+|corazón|riñ(?:ón|ones)|hígado|cerebr\w+|pulm\w+|ojos?|retina|"
          r"nervios?|renal\w*|hepátic\w*|cardíac\w*|cardiac\w*|miocárdic\w*|pulmonar\w*|ocular\w*|"
          r"nervios\w*|orgánic\w*)\b(?! (?:marcador|indicador)\w*)",
          kinds=TITLE),
    # "cuanto más alto, más avanzada la enfermedad": a stage or outlook tied to a value
    _rule(r"\bcuanto (?:más|mayor|menor)\b[^.;]{0,60}?\b(?:más (?:avanzad[oa]|agresiv[oa]|"
          r"extendid[oa])|peor (?:es |será |suele ser )?(?:el )?pronóstico|(?:estadio|fase) más "
          r"avanzad[oa])"),
]

ES = [_unless_called(r) for r in ES]

# Round 9: damage that stays hidden until something goes badly wrong, a vessel asked about
# bursting, a "¿Y si ...?" that pictures a malignancy (its "si" is no choice between tests).
ES += [_unless_called(r) for r in [
    # "un daño silencioso en el corazón", "cuando algo sale muy mal"
    _rule(r"\bdañ\w* silencios\w*|\bsilenciosamente\b|\b(?:algo|todo|las cosas) (?:sale|salga|"
          r"salen|va|vaya|van|ha salido) (?:muy|realmente|gravemente|terriblemente|seriamente) "
          r"mal\b|\bsólo se (?:descubre|nota|detecta) cuando\b|\bsolo se (?:descubre|nota|detecta) "
          r"cuando\b",
          kinds=STATEMENT | QUESTION),
    # "¿Puede la aorta ensanchada romperse de repente?"
    _rule(r"\b(?:aorta|aneurisma|vasos?|arterias?|bazo|venas?|quistes?|corazón)\b[^.;?]{0,50}\b"
          r"(?:romper\w*|rompa\w*|rotura|revent\w+|estall\w+|rasg\w+)",
          kinds=QUESTION),
    # "¿Y si la sombra es algo maligno?", "¿Qué pasa si ya se ha extendido?" ("¿qué prueba decide
    # si es benigno o maligno?" is a choice)
    _rule(r"(?:¿\s*|^)(?:y\s+)?(?:qué (?:pasa|ocurre|hago|"
          r"pasaría) )?si\b(?![^?]*\bbenign)[^?]{0,80}?"
          r"\b(?:malign\w*|cáncer\w*|metástasis|tumor(?:es)?\b|(?:se ha|ya se ha|está|se haya) "
          r"(?:extendido|propagado|diseminado))",
          kinds=QUESTION),
]]

ES += [_unless_called(r) for r in [
    # asked: cancer as what the result means ("¿significa que podría tener cáncer de páncreas?";
    # "¿puede deberse a algo distinto del cáncer?" is not among them)
    _rule(r"\b(?:significa|quiere decir|indica|implica)\b[^?]{0,60}\bque (?:yo )?(?:ya )?"
          r"(?:podría |puedo |pueda |debo )?(?:tener|tengo|tenga|padezco|padecer|haya)\b[^?]{0,30}"
          r"\b(?:cáncer|tumor(?:es)?\b|algo maligno|malign\w+|metástasis)",
          kinds=QUESTION),
]]

ES += [_unless_called(r) for r in [
    # the heart made to stop, said of the person: "¿Podría este potasio pararme el corazón?",
    # "puede pararle el corazón"
    _rule(r"\bpar(?:ar|ando|e|a)(?:me|le|te|les)? el corazón\b|\bse (?:me|le) (?:pare|pararía|"
          r"pueda "
          r"parar) el corazón\b",
          kinds=STATEMENT | QUESTION),
]]
