"""The certainty rules for Spanish cards, in the order they apply
(engine.py interleaves the categories)."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.certainty.common import _rule
from checkup_desktop.core.safety.rules.rule import QUESTION

ES = [
    _rule(r"\b(?:se convertirá\w*|desarrollará\w*|irá\w* empeorando|empeorará\w*|"
          r"con (?:toda )?(?:seguridad|certeza)|sin (?:ninguna )?duda|"
          r"(?<!no es )(?<!no está )seguro que|definitivamente|"
          r"(?<!\bno )siempre (?:acaba|termina|progresa|evoluciona)|"
          r"va(?:n)? a (?:necesitar|desarrollar|empeorar|tener|sufrir)|necesitará\w*|"
          # ("predecir cómo evolucionará" is an embedded question)
          r"(?<!\bcómo )(?<!\bsi )evolucionará\w*|"
          r"está claro|es evidente|es obvio|"
          # ("está claramente por encima del intervalo" describes the value, not a course)
          r"obviamente|claramente)\b(?!\s+(?:por encima|por debajo|fuera|dentro|elevad\w*|"
          r"alt[oa]s?|baj[oa]s?|superior|inferior|más alt\w*|más baj\w*))",
          unless_uncertain=True),
    _rule(r"\bde por vida\b|\bpara siempre\b|\bnunca volverá\w*",
          unless_uncertain=True),
    _rule(r"\btarde o temprano\b|\b(?:se lo|le|te) aseguro\b|\bcasi (?:seguro|segura)\b|"
          r"\bseguramente\b|\bsin lugar a dudas\b|\btendrá\w* (?:una? )?(?:insuficiencia|"
          r"diabetes|infarto|cáncer|enfermedad)",
          unless_uncertain=True),
    # ("su médico tendrá en cuenta" is the clinician's step, not the person's future)
    # (nor is what the laboratory or the clinic will have or do)
    _rule(r"(?<!\bmédico )(?<!\bmédica )(?<!\bdoctor )(?<!\bdoctora )(?<!\bequipo )"
          r"(?<!\blaboratorio )(?<!\bcentro )(?<!\bclínica )(?<!\bhospital )(?<!\bespecialista )"
          r"(?<!\benfermera )(?<!\benfermero )"
          r"\b(?:usted )?(?:necesitará|tendrá|desarrollará|sufrirá|perderá|acabará|"
          r"terminará)\b(?! (?:que )?(?:pedir|consultar|hablar|repetir|acudir|en cuenta))"
          # ("la ecografía terminará en unos minutos" is the visit)
          r"(?! en (?:\w+ ){0,2}(?:minutos|segundos|media hora))",
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
          # ("su médico le dirá si estará dentro del rango" asks it)
          "predicts the future", unless_uncertain=True, unless_choice=True),
    # "nunca se vuelven malignos", "nunca crece": an absolute about the future
    _rule(r"\bnunca (?:crece\w*|crecerá\w*|cambia\w*|(?:le )?(?:causa\w*|dará\w*|da) "
          r"(?:ningún |ninguna )?(?:problemas?|molestias?|síntomas?)|"
          r"se vuelve\w*|se convierte\w*|se convertirá\w*|evoluciona\w*|degenera\w*|"
          r"se malign\w*|vuelve\w* a|desaparece\w*|mejora\w*|se normaliza\w*|se transforma\w*)",
          unless_uncertain=True, unless_hedged=True),
    # the question takes the bad course as given: "¿cuántos años tardaré en necesitar diálisis?",
    # "¿por qué acabará provocándome cálculos?", "si va a seguir subiendo de todos modos"
    _rule(r"\b(?:cuánto|cuántos|cuántas|cuándo|por qué|para cuándo|a qué edad|en cuántos)\b"
          r"(?:(?!\bsi\b|probabilidad|riesgo|\bpuede|\bpodría)[^?]){0,50}\b(?:tardar(?:é|á|"
          r"án) (?:[\w-]+ ){0,4}?en "
          # ("¿cuánto tardaré en tener los resultados?", "... en llegar el informe" wait for a
          # report)
          r"(?:necesitar|tener(?! (?:los|el|mis|su|sus|la|una) (?:resultados?|informe|cita|"
          r"respuesta|análisis))|desarrollar|aparecer|convertirse|llegar a|empeorar|progresar|"
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
          r"se convertirá\w*|acabará\w*|"
          # ... or a good course as given: "ya que volverán a la normalidad solos"
          r"volverá\w*|se normalizará\w*|mejorará\w*|desaparecerá\w*|se resolverá\w*|"
          r"se curará\w*)"
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
          r"evolucione\w* a|progrese\w* a|acabe\w* (?:en|siendo)|derive\w* en|"
          # "Cuando esta presión límite pase a ser hipertensión, ¿...?"
          r"pase\w* a ser|llegue\w* a ser|se transforme\w* en|termine\w* (?:en|siendo)|"
          r"se haya convertido)\b[^?¿,;]{0,30},"
          r"|\bcuando (?:se )?(?:desarrolle|aparezca|instaure|manifieste) (?:la|el|mi)\b|"
          r"\bcuando (?:la|el|mi) \w+ se (?:desarrolle|instaure|manifieste)\b"
          # "seguro que bajará, ¿verdad?": a tag question that takes the course as sure
          r"|\b(?:seguro que|sin duda|con (?:toda )?seguridad|definitivamente)\b[^?¿]{0,60},?\s*"
          r"¿?(?:verdad|no|cierto)\?",
          "takes a course as certain", kinds=QUESTION),
]

# Round 7: what happens to everyone with such a result, a worsening taken as given in a clause of
# time, a bad event named as the asker's future.
ES += [
    # "Las personas con una densidad como la suya acaban sufriendo una fractura": the course of
    # everyone with such a result told as this person's ("algunas", "pueden" leave it open)
    _rule(r"(?:^|(?<=[.;!?:,]\s))(?:las personas|los pacientes|las pacientes|quienes|todos los que|"
          r"todas las que|las mujeres|los hombres|la gente) (?:con|"
          r"que tienen)\b(?:(?!\b(?:a menudo|"
          r"suele\w*|a veces|pued\w+|podr\w+|riesgo)\b)[^.;!?]){0,50}?\b(?:como (?:el|la|los|las) "
          r"suy[oa]s?|como usted|como (?:este|esta|estos|estas)|tan (?:alt|baj)[oa]s?)\b,?\s+"
          r"(?:\w+\s+)?(?:acaba(?:n)?|termina(?:n)?|sufre(?:n)?|desarrolla(?:n)?|llega(?:n)? a|"
          r"tendrán|sufrirán|desarrollarán|acabarán|terminarán)\b(?!\s+(?:a menudo|a veces|"
          r"en ocasiones)\b)",
          "predicts the future", unless_modal=True, unless_hedged=True, unless_uncertain=True),
    # "Cuando mi presión suba más el año que viene, ¿qué haremos?": a clause of time takes the
    # worsening as given ("si sube" asks it)
    _rule(r"(?:^|[¿,;]\s*|\b)(?:cuando|una vez que|en cuanto)\b[^?¿,;]{0,50}?\b(?:(?:suba|suban|"
          r"empeore|empeoren|aumente|aumenten|baje|bajen|caiga|caigan|descienda|desciendan)\b"
          r"(?:\s+\w+){0,2}?\s+(?:más|aún más|todavía más|el año que viene|el próximo año|en los "
          r"próximos años|con los años|con la edad|dentro de (?:unos |\w+ )?años)|sigan? "
          r"(?:subiendo|bajando|empeorando|aumentando|cayendo))\b",
          "takes a bad course as certain", kinds=QUESTION),
    # "la fractura de cadera que tendré": a bad event named as the asker's certain future
    # (an operation or a test "que tendré" may be planned)
    _rule(r"\b(?:fracturas?|roturas?|infartos?|ictus|diabetes|diálisis|insuficiencia \w+|"
          r"complicaci(?:ón|ones)|gota|cáncer|hemorragias?|ceguera|"
          r"amputación|insulina|enfermedad|daños?)(?: de \w+| \w+)? que (?:voy a (?:tener|"
          r"necesitar|"
          r"sufrir|desarrollar)|tendré|necesitaré|sufriré|desarrollaré|me (?:va a|vendrá|dará|hará "
          r"falta))",
          "takes a bad course as certain", kinds=QUESTION),
]

# Round 9: a disease said to appear some years from now.
ES += [
    # "en unos años aparecerá fibrosis", "la fibrosis aparecerá en unos años" ("el resultado
    # aparecerá en su informe dentro de unos días" is no course)
    _rule(r"\b(?:en|dentro de) (?:unos|unas|pocos|pocas|algunos|algunas|\d+|dos|tres|cuatro|"
          r"cinco|seis|diez|un par de) (?:años|meses)\b[^.;?]{0,30}?\b(?:aparecer(?:á|án)|"
          r"surgir(?:á|án)|se (?:desarrollar|formar|instalar|presentar)(?:á|án)|tendrá\w*|"
          r"desarrollará\w*|habrá (?:un|una)|llegará\w*|sufrirá\w*|perderá\w*|empeorará\w*|"
          r"evolucionará\w*|necesitará\w*)\b|"
          r"\b(?:aparecer|surgir|se desarrollar|se formar|se instalar|se presentar)(?:á|án)\b"
          r"[^.;?]{0,25}\b(?:en|dentro de) (?:unos|unas|pocos|pocas|algunos|algunas|\d+|dos|tres|"
          r"cuatro|cinco|seis|diez|un par de) (?:años|meses)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
]

# Round 10: a finding said to resolve in the future tense, a state said to last, a worsening in
# the progressive future, a question that takes a growth or a need as coming.
ES += [
    # "se reabsorberá en el próximo ciclo", "la inflamación se resolverá", "se reabsorbe por sí
    # solo" ("su médico resolverá sus dudas" is no course; "le dirá si se reabsorberá" asks it)
    _rule(r"(?<!probablemente )(?<!posiblemente )(?<!quizá )(?<!quizás )"
          r"\bse (?:reabsorber|resolver|curar|reducir|encoger|recuperar|corregir|achicar|disolver|"
          r"estrechar|endurecer|obstruir|tapar)(?:á|án)\b|\bremitir(?:á|án)\b|"
          r"\bse (?:irán?|va(?:n)? a ir) (?:estrechando|endureciendo|obstruyendo|tapando|"
          r"deteriorando|dañando|agrandando|reduciendo|perdiendo|debilitando|empeorando|"
          r"adelgazando|endureciendo)\b|"
          r"\bse (?:reabsorbe|resuelve|reduce|encoge|disuelve)\w* (?:\w+ )?(?:por sí sol[oa]s?|"
          r"sol[oa]s?|espontáneamente)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True, unless_choice=True),
    # a state said to last: "siempre será alto", "se mantendrá estable", "le acompañará toda la
    # vida"
    _rule(r"\bsiempre (?:será|serán|estará|estarán|seguirá|seguirán|va(?:n)? a (?:ser|estar)) "
          r"(?:\w+ )?(?:alt|baj|elevad|anormal|patológic|así|igual)\w*|\b(?:será|serán|estará|"
          r"estarán) siempre (?:\w+ )?(?:alt|baj|elevad|anormal|así|igual)\w*|"
          r"\bse mantendrá\w* (?:estable|igual|sin cambios|del mismo tamaño)\b|"
          r"\b(?:le|te) acompañará\w* (?:toda la vida|siempre|de por vida)\b|\b(?:durará\w*|"
          r"tendrá\w*|necesitará\w*|seguirá\w*|será\w*)\b[^.;?]{0,30}\btoda (?:la|su) vida\b",
          "predicts the future", unless_modal=True, unless_uncertain=True, unless_choice=True),
    # "¿Cuánto tardará en normalizarse sola mi ferritina?", "¿Cuántos años tardará el nódulo en
    # duplicar su tamaño?", "¿Cuándo empezaré a necesitar diálisis?", "¿Qué tan rápido seguirá
    # bajando?"
    _rule(r"\bcuánt[oa]s? (?:tiempo |años |meses )?(?:tardar(?:á|án|é)|falta(?:rá)?|queda)\b"
          r"[^?]{0,50}\b(?:en|para) (?:normalizarse|volver a (?:la normalidad|lo normal)|bajar|"
          r"desaparecer|curarse|resolverse|"
          r"duplicar|triplicar|crecer|agrandarse|necesitar|llegar a|perder|empeorar|quedarme)\b|"
          r"\ba qué edad\b[^?]{0,40}\b(?:necesitar(?:é|á)|tendré que(?! (?:hacerme|empezar a "
          r"hacerme|repetir|controlar|revisar|medir|pedir))|voy a necesitar)\b|"
          r"\b(?:empezar|comenzar)(?:é|á|án) a (?:necesitar|tener(?! (?:los|el|mis|la|una) "
          r"(?:resultados?|informe|cita|respuesta))|perder|notar|sufrir|quedarme)\b|"
          r"\b(?:qué tan rápido|a qué velocidad|cuánto más|con qué rapidez|cuán rápido)\b[^?]{0,50}"
          r"\b(?:seguir(?:á|án)|bajar(?:á|án)|subir(?:á|án)|perder(?:é|á|án)|empeorar(?:á|án)|"
          r"crecer(?:á|án)|disminuir(?:á|án)|aumentar(?:á|án))\b",
          "takes a bad course as certain", kinds=QUESTION),
]

# Round 12: a value's return told as fact in other tenses ("volverá al rango en tres meses", "en
# unos meses se habrá recuperado", "va a seguir alta"), an event dated ("la menopausia le llegará
# antes de los 45"), and a question that takes a growth as coming ("¿Cuánto tardará el nódulo en
# hacerse más grande?").
ES += [
    _rule(r"\bvolver(?:á|án) al (?:rango|intervalo|valor|nivel|normal)\b|"
          r"\bse habr(?:á|án) (?:recuperado|normalizado|resuelto|corregido|reabsorbido|"
          r"estabilizado|reducido)\b|\bhabr(?:á|án) (?:vuelto|bajado|subido|desaparecido|"
          r"mejorado|empeorado)\b|\b(?:va|van) a seguir (?:igual de )?(?:alt|baj|elevad)\w*|"
          r"\b(?:le|te|me) llegará (?:antes de los|a los|hacia los) \d+",
          "predicts the future", unless_modal=True, unless_uncertain=True, unless_choice=True),
    _rule(r"\bcuánt[oa]s? (?:tiempo |años |meses )?tardar(?:á|án)\b[^?]{0,50}\ben (?:hacerse|"
          r"ponerse|volverse) (?:más )?(?:grande|peor|malign|alt|baj)\w*",
          "takes a bad course as certain", kinds=QUESTION),
]

# Round 13: a slow course in the periphrastic future ("irán perdiendo función"), a lifelong
# state ("de por vida"), a finding said to stay the same ("seguirá sin cambios").
ES += [
    # "sus riñones irán perdiendo función", "irá disminuyendo con los años" ("su médico irá
    # viendo" or "irá ajustando" is the follow-up)
    _rule(r"\b(?:irá|irán|va(?:n)? a ir)\s+(?:perdiendo|empeorando|aumentando|subiendo|bajando|"
          r"disminuyendo|creciendo|avanzando|progresando|deteriorándose|estrechándose|cayendo|"
          r"endureciéndose|agrandándose|acumulándose|reduciéndose|debilitándose|desapareciendo|"
          r"normalizándose|recuperándose|dañándose|fallando|empeorándose)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True, unless_choice=True),
    # "le va a quedar alta de por vida", "para toda la vida": a state said to last ("¿es
    # posible que ... de por vida?" asks it)
    _rule(r"\bde por vida\b|\bpara toda la vida\b|\b(?:quedar(?:á|án)|va(?:n)? a quedar(?:se)?|"
          r"seguir(?:á|án)) (?:\w+ )?(?:así|alt[oa]s?|baj[oa]s?|elevad[oa]s?) para siempre\b",
          "predicts the future", unless_uncertain=True, unless_choice=True),
    # ... and as the premise of a question: "Como la bilirrubina me va a quedar alta de por
    # vida, ¿...?"
    _rule(r"\b(?:como|ya que|dado que|puesto que|visto que)\b[^?¿]{0,60}\b(?:de por vida|para "
          r"toda la vida|para siempre)\b",
          "takes a course as certain", kinds=QUESTION),
    # "El nódulo seguirá sin cambios en la próxima tomografía", "seguirá igual" ("para comprobar
    # si sigue sin cambios" asks it)
    _rule(r"(?:^|(?<=[.;!?:,]\s))(?:(?!\b(?:si|cómo|algun[oa]s|much[oa]s|pued\w+|podr\w+|"
          r"médic[oa]|informe)\b)[^.;!?:,])*?\bseguir(?:á|án) (?:sin cambios|igual|estables?|"
          r"del mismo tamaño|como (?:está|están|hasta ahora))\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
]

# Round 14: a worsening course as the premise of a question ("Sabiendo que el PSA va a seguir
# subiendo, ¿...?"), everyone's course passed on to this person ("en su caso también lo harán"),
# a bad event dated by age.
ES += [
    # "Como la audición irá empeorando, ¿cuándo ...?", "Sabiendo que el PSA va a seguir subiendo"
    # ("si sigue subiendo" asks it)
    _rule(r"\b(?:sabiendo que|como|ya que|dado que|puesto que|visto que)\b[^?¿,]{0,60}?\b(?:irá|"
          r"irán|va(?:n)? a (?:seguir|ir)|seguirá|seguirán)\s+(?:subiendo|bajando|empeorando|"
          r"aumentando|creciendo|perdiendo|disminuyendo|avanzando|progresando|cayendo|"
          r"deteriorándose|agrandándose|reduciéndose)\b",
          "takes a bad course as certain", kinds=QUESTION),
    # "en la mayoría vuelven a la normalidad y en su caso también lo harán", "los suyos también
    # bajarán" ("su médico le dirá si en su caso también lo harán" asks it)
    _rule(r"\ben su caso (?:también |igualmente )?(?:lo )?(?:hará|harán|ocurrirá|pasará|será así|"
          r"se normalizará\w*|bajará\w*|volverá\w*|mejorará\w*|desaparecerá\w*)\b|"
          r"\b(?:el|los|la|las) suy[oa]s? (?:también|igualmente) (?:lo )?(?:hará|harán|bajará\w*|"
          r"se normalizará\w*|volverá\w*|mejorará\w*)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True, unless_choice=True),
    # "Si el colesterol sigue así, ¿a qué edad tendré mi infarto?"
    _rule(r"\ba qué edad\b[^?]{0,40}\b(?:tendré|sufriré|me dará|me vendrá|desarrollaré|voy a "
          r"tener)\b(?! que)[^?]{0,20}\b(?:infarto|ictus|fractura|diabetes|gota|diálisis|"
          r"insuficiencia|demencia|cáncer|insulina|audífonos?|ceguera)\b",
          "takes a bad course as certain", kinds=QUESTION),
]
