"""The treatment rules for Spanish cards, in the order they apply
(engine.py interleaves the categories)."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.rule import QUESTION, STATEMENT, TITLE
from checkup_desktop.core.safety.rules.treatment.common import (
    _AFFECTS,
    _NO_TELL,
    _NUM,
    _OWN_ES,
    _PENDING_ES,
    _REPORT_ADVISES,
    _REPORT_AFTER,
    _TELL_AFTER,
    _rule,
)

_TAKE_NOT_ES = (r"(?!\s+(?:nota|asiento|aire|en cuenta|su tiempo|tu tiempo|el tiempo|un momento|"
                r"con calma|en serio|la tensión|la presión|el informe|sus preguntas)\b)")

_PROCEDURE_ES = (r"\b(?:biopsia|cirugía|operación|quimioterapia|radioterapia|diálisis|transfusión|"
                 r"trasplante|punción|colonoscopia|endoscopia|\w+ectomía|"
                 r"lavado (?:de oídos|ótico))\b")

ES = [
    # ("la glucosa y la insulina", "el nivel de insulina": insulin measured, a test's name)
    # ("cuánta insulina hay en su sangre", "la insulina que fabrica su cuerpo": the body's own)
    _rule(r"\b(?:estatinas?|metformina|(?<!glucosa y la )(?<!glucosa y )(?<!glucosa e )"
          r"(?<!valor de )(?<!valores de )(?<!nivel de )(?<!niveles de )(?<!análisis de )"
          r"(?<!prueba de )(?<!resultado de )(?<!medición de )(?<!cifra de )(?<!cifras de )"
          r"(?<!cuánta )(?<!cuanta )(?<!propia )(?<!suficiente )(?<!produce )(?<!producen )"
          r"(?<!fabrica )(?<!segrega )(?<!libera )(?<!producir )(?<!fabricar )"
          r"insulina(?! en ayunas| basal| sérica| plasmática| en sangre|\s*(?:y|e|,)\s*(?:la\s+)?"
          r"(?:glucosa|glucemia|HOMA)|\s+(?:que\s+)?(?:hay|produce\w*|fabrica\w*|circula\w*|"
          r"segrega\w*|libera\w*|tiene)\b)|levotiroxina|aspirina|ibuprofeno|"
          r"paracetamol|antibióticos?|amoxicilina|warfarina|heparina|corticoides?|esteroides?|"
          r"alopurinol|ezetimiba|omega[- ]?3|esteroles vegetales)\b",
          "names a medicine"),
    # usted and tú forms, with the pronoun attached ("tómese", "tómatelo")
    _rule(r"(?:^|[.;:!]\s+)(?:por favor,?\s+)?(?:(?:tome|toma|tóm[ae](?:se|te|lo|la|los|las|"
          r"telo|tela|selo|sela))" + _TAKE_NOT_ES + r"|beba|bebe|béb[ae](?:se|te|lo|la)|coma|come|"
          r"cóm[ae](?:se|te|lo|la)|evite|evita|elimine|elimina|deje de|deja de|empiece|empieza|"
          r"comience|comienza|suspenda|suspende|aumente|aumenta|reduzca|reduce|duplique|duplica|"
          r"añada|añade|cambie a|cambia a|siga una dieta|sigue una dieta|camine|camina|pierda|"
          r"pierde)\b",
          "tells the person what to take, eat or do", kinds=STATEMENT),
    # ("antes de ... empezar un suplemento, hable con su médico" warns, it does not advise)
    _rule(r"(?<!\bantes de )(?<!\bantes de )(?<!\bsin )(?<!\bo de )\b(?:empiece|empezar|"
          r"comience|comenzar|iniciar|inicie|tomar|tome|añadir|añada|"
          r"suplementar|dejar|deje|suspender|suspenda)\s+(?:de\s+|a\s+|"
          r"con\s+)?(?:tomar\s+)?(?:el |la |las |los |un |una |mi |mis |su |sus )?(?:hierro|"
          r"vitamina|ácido fólico|"
          r"omega|calcio|magnesio|zinc|yodo|suplementos?|pastillas?|comprimidos?|cápsulas|"
          # ("dejar la píldora", "suspender los anticonceptivos": the contraceptive too)
          r"medicamentos?|medicación|tratamiento|píldoras?|anticonceptiv\w+|parches?|"
          r"inhalador\w*|\w+ina\b)",
          "starts or stops a medicine", unless_negated=True),
    _rule(r"\b(?:cápsulas|pastillas|comprimidos|inyecciones|inyección|suplementos?|gotas|"
          r"ampollas|sobres)\s+de\s+(?!(?:forma|manera|modo|uso|venta)\b)\w+|\b(?:hierro|"
          r"vitamina \w+|calcio|magnesio)\s+(?:oral|"
          r"intraven\w+)",
          "names a medicine or supplement"),
    _rule(r"\b(?:duplicar|doblar|reducir|bajar|subir|aumentar|dejar|suspender|cambiar|"
          r"ajustar)\w*\s+(?:\w+\s+){0,3}?(?:la dosis|las? pastillas?|las? píldoras?|"
          r"los anticonceptivos|los medicamentos|"
          r"la medicación|el tratamiento|los comprimidos|la insulina)\b",
          "changes a medicine or dose", unless_negated=True),
    _rule(r"\bcuánt[oa]s?\b[^?.]{0,40}\btomar\b|\b(?:debo|debería|tengo que|hay que) tomar\b|"
          r"\btomar\b[^.?!]{0,25}\b(?:al|cada|por) día\b|\bciclo (?:corto )?de\b|\b(?:hierro|"
          r"vitamina \w+) oral\b|\bdar(?:án|le|á)\w* (?:un |unos |una )?(?:antibióticos?|"
          r"pastillas|medicamentos?|tratamiento)",
          "prescribes a medicine or dose"),
    # "quien se la recetó": the existing prescription, not a new one
    # ("sin receta": over the counter; "quien le prescribe el tratamiento", "el médico que le
    # receta": the prescriber of the existing treatment)
    _rule(r"(?<!\bsin )(?<!\bquien le )(?<!\bquien se lo )(?<!\bquien se la )(?<!\bque le )"
          r"(?<!\bquien te )(?<!\bque te )\brecet(?!(?:ó|aron|ad[oa]s?)\b)\w+|"
          r"(?<!\bquien le )(?<!\bque le )(?<!\bquien te )(?<!\bque te )(?<!\bquien se lo )"
          r"(?<!\bquien se la )\bprescrib(?!(?:ió|ieron|ed[oa]s?)\b)\w+|"
          r"\bprimer paso\b",
          "recommends a prescription"),
    _rule(r"\bdieta (?:baja|pobre|rica|sin|libre) \w+|\bdieta (?:hipo|baja en)\w*|\b(?:elimine|"
          r"evite|deje)\s+(?:por completo\s+)?(?:la |el |los |las |todo )?(?:carne|alcohol|"
          r"azúcar|sal|lácteos|gluten|marisco|grasas?)",
          "prescribes a diet"),
    _rule(r"\b(?:lo|la|los|las) (?:bajará|bajarán|corregirá|corregirán|normalizará|normalizarán|"
          r"curará|curarán|subirá|subirán)\b"),
    # ("el informe recomienda una biopsia" restates the report)
    _rule("(?=" + _PROCEDURE_ES + ")" + _REPORT_ADVISES + _PENDING_ES + _PROCEDURE_ES
          + _REPORT_AFTER,
          "names a treatment or procedure", kinds=STATEMENT, unless_negated=True,
          unless_choice=True),
    _rule(r"(?:^|[.;:!]\s+|\by\s+)(?:cambie|sustituya|añada|incluya|descanse|utilice|limite|"
          r"pruebe)\b",
          "tells the person what to do", kinds=STATEMENT),
    # ("la dosis que usa": what the person takes already)
    _rule(r"(?<!\by la )(?<!\by las )(?<!\by su )(?<!\by sus )\bdosis\b(?!\s+(?:que|de la que) "
          r"(?:usted )?(?:ya |actualmente |normalmente |habitualmente )?(?:usa|toma|utiliza|lleva|"
          r"tomaba|usaba|le (?:han )?(?:pautado|recetado|indicado))\b|\s+(?:actual|habitual)\b)",
          "talks about a dose", kinds=STATEMENT, unless_negated=True),
    _rule(r"\b(?:debería|debe|tiene que|hay que|conviene|(?:le |te )?recomiendo|(?:le |te )?"
          r"aconsejo|es (?:recomendable|aconsejable))\s+"
          # ("conviene no dejar pasar la prueba de seguimiento": a test not to miss)
          r"(?!no\s+dejar\s+(?:pasar|de\s+(?:acudir|hacer|ir|pedir|repetir|consultar)))"
          r"(?:\w+\s+)?(?:comer|beber|tomar|suprimir|retirar|limitar|restringir|quitar|"
          r"evitar|dejar|reducir|aumentar|eliminar|consumir)\b|\balimentos ricos en\b|"
          r"\bricos? en hierro\b",
          "tells the person what to take or eat", kinds=STATEMENT),
    # ("lo devolverá a la normalidad")
    _rule(r"\b(?:le |lo |la )?(?:bajará|bajarán|reducirá|reducirán|normalizará|normalizarán|"
          r"corregirá|corregirán|mejorará|mejorarán|devolverá|devolverán|restablecerá|"
          r"restablecerán)\b|\bbeb\w+ (?:mucha|más|abundante) agua\b|"
          r"\bmucho líquido\b|\bponerme insulina\b|\bempezar a (?:tomar|ponerme|usar)\b",
          "prescribes or promises a treatment", unless_negated=True),
    _rule(r"\btrat\w+ con\b|\ben (?:vez|lugar) de (?:las |los )?(?:pastillas|medicamentos|"
          r"comprimidos)\b|\b(?:dejar|eliminar|evitar|quitar)\w* (?:el |la |los |las )?(?:gluten|"
          r"azúcar|sal|lácteos|carne|alcohol|pan|marisco|cerveza)\b|\bsin gluten\b",
          "suggests a treatment or diet"),
    _rule(r"^(?:reducir|evitar|tomar|empezar|dejar|beber|comer|eliminar|aumentar|iniciar|"
          r"suspender|bajar|subir|corregir|normalizar)\b",
          "tells the person what to do", kinds=TITLE),
    _rule(r"\btomar\b[^.?!]{1,40}\bpara (?:el|la|los|las|mi|su|sus|mis) (?:hígado|riñones?|"
          r"corazón|tiroides|sangre|colesterol|azúcar|huesos|hierro|defensas)\b",
          "suggests taking something"),
    # (lay "analgésicos", "antiinflamatorios", "anticoagulantes": a rule below judges them in
    # context)
    # ("si toma algún anticoagulante o antiagregante, mencióneselo a su médico": a class told to
    # the clinician or named as a cause; a statin stays a named drug)
    _rule(_NO_TELL + _OWN_ES + r"\b(?:antiagregantes?|betabloqueantes?|diuréticos?|"
          r"antihipertensivos?|antidepresivos?)\b" + _AFFECTS + r"|\bestatinas?\b|\ble (?:pongan|"
          r"den|receten|recetarán|pondrán|darán)\b",
          "names a medicine"),
    _rule(r"\bangiograf\w+|\bcateterismo\b|\bprueba de esfuerzo\b",
          "names a procedure", kinds=STATEMENT, unless_negated=True, unless_choice=True),
    # a weight-loss target or a meal regimen
    _rule(r"\bperd(?:er|a|erá|iendo)\s+(?:al menos\s+|unos\s+|otros\s+)?(?:\d+(?:[.,]\d+)?|"
          r"dos|tres|cuatro|cinco|seis|diez|veinte|unos)\s*(?:kg|kilos?|kilogramos)\b|"
          r"(?<!tensión )(?<!presión )(?<!glucosa )(?<!azúcar )\b(?:una|"
          r"dos) (?:sola )?(?:vez|veces|comidas?) al día\b|\bsolo una comida\b|"
          r"\bayuno intermitente\b|\bsaltarse (?:el desayuno|la cena|comidas)\b",
          "prescribes weight loss or a diet", kinds=STATEMENT, unless_negated=True),
    # "el té verde ayuda a bajar el colesterol" ("puede ayudar" is a general statement)
    # ("te ayudará a que la glucosa vuelva a valores normales")
    _rule(r"\bayuda(?:rá|rán|n)?\s+a\s+(?:bajar|subir|reducir|normalizar|controlar|corregir|"
          r"limpiar|eliminar)\b|\bayuda(?:rá|rán)\s+a\s+que\b|"
          r"\b(?:una|la) (?:forma|manera|vía) natural de\b|"
          r"(?<!\bcualquier )(?<!\bningún )(?<!\balgún )\bremedio natural\b",
          kinds=STATEMENT, unless_modal=True, unless_negated=True),
    # "con un mes sin alcohol, volverán a la normalidad": a cause and a promised result
    _rule(r"\b(?:con|tras|sin|después de|si deja|si toma)\b[^.?!;]{1,50}\b(?:volverá\w*|"
          r"se normalizará\w*|bajará\w*|subirá\w*|mejorará\w*|se corregirá\w*)\b",
          kinds=STATEMENT, unless_modal=True),
    # "si camina a diario, lo normal es que la glucosa baje": a lifestyle change and a promised
    # result ("si la glucosa sale alta, lo normal es que le repitan" has neither)
    _rule(r"(?:\bsi (?:usted |tú )?(?:camin|dej|reduc|com[eai]|tom|beb|hac(?!e falta)|pierd|"
          r"elimin|evit|cort|aument|sigue una|practic|limit|cuid|and)|^(?:camin|dej|reduc|com|"
          r"tom|beb|hac|perd|elimin|evit|cort|aument|practic|limit)\w*(?:ando|iendo))"
          # ("..., coméntelo a su médico, porque puede hacer que suba": a cause to mention)
          r"\w*\b(?:(?!\bpued|\bpodr|\bcom[eé]ntel|\bconsúlte|\bmédic)[^.?!;]){1,90}"
          r"\b(?:que|verá cómo|seguramente)\b[^.?!;]{0,50}\b(?:se )?(?:baj|sub|mejor|normalic|"
          r"vuelv|corrij|recuper|desaparezc|descienda|disminuy|reduzc|regres)\w*",
          kinds=STATEMENT, unless_negated=True),
    # an operation; "suspenderla", "el doble de vitamina D": a change to a medicine
    _rule(r"\b(?:extirpar\w*|extirpe\w*|quitar(?:lo|la|los|las|se)|operar(?:lo|la|los|las|se)|"
          r"drenar(?:lo|la))\b",
          "names a treatment or procedure", kinds=STATEMENT, unless_negated=True,
          unless_choice=True),
    _rule(r"\b(?:qué|cuál)\s+(?:\w+\s+)?(?:suplementos?|vitaminas?|medicamentos?|pastillas?|"
          r"alimentos?|infusión|infusiones|remedios?|marca)\b[^.?!]{0,30}\b(?:es (?:el |la )?mejor|"
          r"son (?:los |las )?mejores|debo tomar|para (?:subir|bajar|aumentar|reducir))\b",
          "asks which remedy to take"),
    _rule(r"\b(?:suspend|retir|duplic|interrump)\w*(?:la|lo|las|los)\b|\bdej\w* de tomar\w*|"
          r"\b(?:tomar|tome|tomo|ponerme|ponerse)\s+(?:el doble|la mitad|el triple)\b",
          "changes a medicine or dose", unless_negated=True),
    # "subir a dos comprimidos", "pasar a medio comprimido": a dose changed to an amount
    _rule(r"\b(?:sub|baj|pas|reduc|aument|qued|dej)\w*\s+(?:(?:el|la|los|las|mi|su)\s+\w+\s+)?"
          r"(?:a|en|con)\s+(?:medi[oa]|una?|dos|"
          r"tres|cuatro|\d+(?:[.,]\d+)?)\s*(?:pastillas?|comprimidos?|cápsulas?|tabletas?|mg|"
          r"miligramos|microgramos|gotas|dosis|sobres?|inyecciones?|unidades)\b(?!\s*/)",
          "changes a medicine or dose", unless_negated=True),
    # "tómate el hierro con zumo de naranja", "en ayunas": how to take something
    _rule(r"\b(?:tom|beb)\w*\b[^.?!;]{0,30}\b(?:con (?:un vaso de |una taza de |un poco de )?"
          r"(?:zumo|jugo|leche|la comida|las comidas|comida|el desayuno|la cena|vitamina c)|"
          r"(?:antes|después) de (?:desayunar|las comidas|comer|cenar|acostarse|dormir)|lejos de "
          r"(?:las comidas|el café|el té|la leche|los lácteos))\b|"
          r"(?:\btóm\w+|(?<!\bse )\btom[ae]\b)(?!\s+(?:la|una) muestra)[^.?!;]{0,30}\ben ayunas\b|"
          r"\btóm[ae](?:se|te|lo|la|los|las|"
          r"telo|tela|selo|sela)\b" + _TAKE_NOT_ES + r"|\b(?:pastillas?|comprimidos?|cápsulas?|"
          r"hierro|suplementos?|vitaminas?|medicación|medicamentos?)\b[^.?!;]{0,20}\bse toman? en "
          r"ayunas\b",
          "tells how to take a medicine", kinds=STATEMENT, unless_negated=True),
    # "son muy buenos para bajar la tensión", "va muy bien para el colesterol", "hace maravillas"
    _rule(r"\b(?:buen[oa]s?|ideal(?:es)?|estupend[oa]s?|genial(?:es)?|perfect[oa]s?|eficaz(?:es)?|"
          r"mano de santo)\s+para\s+(?:bajar|subir|reducir|controlar|normalizar|regular|limpiar|"
          r"depurar|aumentar|combatir|quitar)\b|\b(?:va|van|viene|vienen|sienta|sientan) (?:muy |"
          r"genial |fenomenal |de maravilla )?(?:bien )?para (?:bajar|subir|reducir|controlar|"
          r"normalizar|regular|limpiar|depurar|aumentar|combatir|el colesterol|la tensión|el "
          r"azúcar|la glucosa|el ácido úrico|los triglicéridos)\b|\bhacen? maravillas\b",
          kinds=STATEMENT, unless_modal=True, unless_negated=True),
    # "¿Cuántos plátanos al día debería comer?": asks for an amount of a food or drink
    _rule(r"\bcuánt[oa]s?\b(?![^?.!]*\bantes de(?:l| la| las) (?:análisis|prueba|extracción))"
          r"[^?.!]{0,50}\b(?:comer|coma|como|beber|beba|bebo|consumir|consuma|tomarme)\b",
          "asks how much to eat or drink", kinds=QUESTION),
    # "limite la sal a menos de 5 gramos": a cap on intake
    _rule(rf"\b(?:limit|reduc|baj|restring|dej)\w*\b[^.?!;]{{0,30}}\ba (?:menos de |un máximo de |"
          rf"no más de )?{_NUM}(?:g|gramos?|mg|vasos|tazas|raciones|porciones|huevos|comidas|"
          r"calorías|kcal)\b(?!\s*/)",
          "caps what the person eats or drinks", kinds=STATEMENT, unless_negated=True),
    # "¿Ayuda el té verde a bajar el colesterol?": asks about a named remedy
    _rule(r"\b(?:ayuda|ayudan|ayudaría|ayudarían|sirve|sirven|serviría|funciona|funcionaría)\s+"
          r"(?:el |la |los |las |un |una |tomar |comer |beber )(?!(?:ejercicio|dieta|alimentación|"
          r"actividad|cambios?|tratamiento|medicación|perder peso|médico|médica)\b)[\w-]+"
          r"[^?.!]{0,30}\b(?:a|para) (?:bajar|subir|reducir|normalizar|mejorar|corregir)\b",
          "asks about a named remedy", kinds=QUESTION),
    # a named diet ("dieta mediterránea")
    _rule(r"\bdieta (?:mediterránea|vegetariana|vegana|cetogénica|keto|hiposódica|hipocalórica|"
          r"hipograsa|baja en carbohidratos|rica en fibra)\b",
          "prescribes a diet", kinds=STATEMENT, unless_negated=True, unless_choice=True),
]

ES += [
    # lay classes ("analgésicos", "anticoagulantes"), as "painkillers": one named as a cause of a
    # result ("pueden alterar los valores del riñón") or one the person takes ("mis analgésicos")
    # is no advice
    _rule(_OWN_ES
          + r"\b(?:analgésicos?|calmantes?|antiinflamatorios?|anticoagulantes?)\b"
          + _AFFECTS + _TELL_AFTER,
          "names a medicine", unless_hedged=True),
]

ES += [
    # "unas gotas lubricantes", "pastillas efervescentes", "un jarabe expectorante": a form of
    # medicine with an adjective names a remedy, as "eye drops" does ("sus pastillas habituales"
    # are the person's own; "pastillas anticonceptivas" that can alter a test are a cause; not
    # "sobre", "about")
    _rule(_OWN_ES + r"(?<!\bsu )(?<!\bsus )(?<!\btu )(?<!\btus )\b(?:gotas|pastillas?|cápsulas?|"
          r"comprimidos?|inyecciones|parches?|jarabes?|pomadas?|colirios?)\s+"
          r"(?!(?:de|del|que|para|y|o|e|u|en|al|a|con|sin|se|le|lo|la|los|las|un|una|su|sus|mi|mis|"
          r"como|por|es|son|está|están|ya|no|habituales?|actuales?|recetad\w+|prescrit\w+|"
          r"indicad\w+|diarias?|puede\w*|debe\w*|suele\w*|tiene\w*|pueden)\b)[a-záéíóúñ]{5,}\b"
          + _AFFECTS,
          "names a medicine or supplement"),
]

ES += [
    # "resolverá el tapón de cera", "le quitará la anemia": a promise that something will fix the
    # finding ("su médico resolverá sus dudas" fixes no finding)
    _rule(r"\b(?:resolverá|resolverán|solucionará|solucionarán|eliminará|eliminarán|quitará|"
          r"quitarán|curará|curarán|arreglará|arreglarán|hará desaparecer)\s+(?!(?:sus |las |tus |"
          r"cualquier |la |toda |todas las )?(?:dudas?|preguntas?|incertidumbre|inquietud\w*|"
          r"consultas?)\b)(?:el|la|los|las|su|sus|ese|esa|este|esta)\b",
          kinds=STATEMENT, unless_negated=True, unless_modal=True),
]

ES += [
    # "dos plátanos diarios", "tres nueces al día": an amount of a food per day is a regimen
    _rule(r"\b(?:\d+|una?|dos|tres|cuatro|cinco|seis|diez)\s+(?:[\wáéíóúñ-]+\s+)?[\wáéíóúñ-]+\s+"
          r"(?:al día|diari[oa]s|por día|cada día|a la semana|por semana|cada mañana|cada noche)\b"
          r"(?<!veces al día)(?<!veces diarias)(?<!veces por día)(?<!veces a la semana)",
          "gives a regimen", kinds=STATEMENT, unless_negated=True),
    # "quitar la vesícula resolvería el problema", "lo solucionaría de forma definitiva": a
    # treatment promised to end the finding ("si una operación lo resolvería" is the clinician's)
    _rule(r"\b(?:quitar\w*|extirpar\w*|extirpación|extracción|cirugía|operación|operarse|"
          r"intervención|tratamiento|pastillas?|medicación|\w+ectomía)\b[^.?!;]{0,50}?"
          r"\b(?:resolv|solucion|acab|elimin|cur|arregl)\w*(?:ía|ían|á|án)\b|"
          r"\b(?:resuelve|soluciona|resolvería|solucionaría|resolverá|solucionará|acabaría|"
          r"acabará)\b[^.?!;]{0,40}\b(?:definitiv\w+|para siempre|de una vez|por completo)",
          kinds=STATEMENT, unless_negated=True, unless_choice=True),
    # an order after a fronted "si"/"mientras"/"hasta" clause ("Si vuelve a notar calambres
    # mientras el potasio siga bajo, coma un plátano"; "Mientras la ferritina esté baja, beba
    # ..."): getting ready for a test ("Antes de la extracción, tome solo agua") is no advice
    _rule(r"(?:^|(?<=[.;:!?¿¡]))\s*(?:si|mientras|hasta|cuando|en cuanto)\b(?![^.;:!?,]*\b(?:antes|"
          r"después|extracción|análisis|analítica|prueba|muestra|ayunas?)\b)[^.;:!?,]{1,90},\s*"
          r"(?:coma|beba|tome" + _TAKE_NOT_ES + r"|evite|elimine|reduzca|aumente|añada|deje de|"
          r"suspenda|empiece a|duplique)\b",
          "tells the person what to take, eat or do", kinds=STATEMENT),
    # "le ayudará reducir las grasas saturadas", "comer más carne roja ... suele bastar para que
    # vuelva a subir": a diet change as an infinitive subject, promised or judged to help
    _rule(r"\b(?:le|te|les)\s+(?:ayudará|ayudaría|vendrá bien|irá bien|sentará bien)\s+"
          r"(?:\w+\s+)?(?:reducir|comer|beber|tomar|evitar|eliminar|suprimir|limitar|aumentar|"
          r"bajar|dejar|añadir|incluir)\b|"
          r"(?:^|(?<=[.;:!?,]))\s*(?:comer|beber|tomar|evitar|eliminar|suprimir|reducir|limitar|"
          r"aumentar|añadir|incluir)\b[^.;!?]{1,80}\b(?:suele bastar|basta|bastará|bastaría|"
          r"ayuda(?:rá|ría)?|es suficiente|será suficiente|funciona)\b",
          "tells the person what to take, eat or do", kinds=STATEMENT),
    # "un complejo vitamínico del grupo B le ayudará a subirlos": a supplement named as the means
    _rule(r"\b(?:complejo (?:vitamínico|multivitamínico|de vitaminas?|(?:de )?vitamina B)|"
          r"multivitamínicos?|polivitamínicos?)\b" + _AFFECTS,
          "names a medicine or supplement", unless_negated=True),
]
