"""The diagnosis rules for Spanish cards, in the order they apply
(engine.py interleaves the categories)."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.diagnosis.common import _ES_ILL, _rule
from checkup_desktop.core.safety.rules.rule import QUESTION, STATEMENT

ES = [
    # ("si usted tiene ..." asks it)
    _rule(r"(?<!\bsi )\busted (?:tiene|padece|sufre)\b|\btiene usted\b|\b(?:padece|sufre) "
          r"(?:de )?(?:una?|el|la)\b",
          "tells the person what they have"),
    _rule(r"(?<!\bpara )\bdiagnostica\w*|\bdiagnosticad[oa]s?\b|\bdiagnóstico\b",
          "diagnoses", unless_negated=True, unless_modal=True),
    _rule(r"\b(?:mi|mis|su|sus|tu|tus|tengo|tienes|padezco|sufro|llevo con|llevo)\s+"
          r"(?!(?-i:\w+[A-Z0-9][\w-]*)\s*[(（])",
          "presumes a diagnosis", condition_after=True, gap=-1),
    _rule(r"\bcompatibles? con\b|\btípic[oa]s? de\b|\bapunta(?:n)? a\b|\bpropi[oa]s? de\b|"
          r"\bcaracterístic[oa]s? de\b|\bconsistente con\b|\bcuadro (?:típico |clásico )?de\b|"
          r"\bse trata de\b|\bencaja\w* con\b|\bde libro\b|\bse ven? en\b|\bse observa\w* en\b|"
          r"\bque es\b|\bcorresponde(?:n)? a\b|\bencaja(?:n)? con\b|\bprobablemente\b|"
          r"\bposible\b|\bsospecha de\b|\bcriterios de\b|\bes (?:un )?(?:claro )?signo de\b|"
          r"\bparece(?:n)? (?:ser )?\b|\btodo sugiere\b",
          condition_after=True),
    _rule(r"\bsugiere(?:n)?\b|\bindica(?:n)?\b|\bmuestra(?:n)?\b|\bsignos? de\b|\bseñal de\b|"
          r"\bdebid[oa] a\b|\bsignifica(?:n|r)?\b|\bindicar\b",
          kinds=STATEMENT, condition_after=True, weak=True),
    _rule(r"\brango diabétic\w*|\brango de (?:la )?diabetes\b",
          "places the person in a disease range"),
    _rule(r"\b(?:riñones|riñón|hígado|corazón|tiroides|páncreas|pulmones|"
          r"médula) (?:ya )?(?:están|está) (?:ya )?(?:dañad\w+|fallando|enferm\w+|lesionad\w+)",
          "says an organ is failing", kinds=STATEMENT, unless_negated=True),
    # (and the informal "eres hipertenso")
    _rule(r"\b(?:usted (?:ya )?(?:es|está)|(?:ya )?eres|estás|es usted) (?:\w+ )?"
          r"(?:(?:pre)?diabétic[oa]|anémic[oa]|obes[oa]|hipertens[oa]|enferm[oa]|hipotiroide[oa]|celíac[oa])\b",
          "labels the person with a condition"),
    _rule(r"\bqué (?:tipo|clase|forma) de\b|\bes (?:esto|una?) (?=\S)",
          "asks which disease it is", kinds=QUESTION, condition_after=True, gap=-1),
    _rule(r"(?<!\bsi )(?<!\bsi usted )\b(?:usted )?tiene\s+",
          "tells the person what they have", kinds=STATEMENT, condition_after=True, specific=True,
          gap=-1),
    # ("se debe a cómo se tomó la muestra" names no disease)
    _rule(r"\bse debe\w* (?:\w+ )?a (?!muchas|varias|distintas|diferentes|c[oó]mo\b|la (?:forma|"
          r"manera|toma|muestra|extracci[oó]n)\b|(?:un |una )?(?:errores?|demora|retraso)\b)|"
          r"\bes (?:por|"
          r"culpa de)\b",
          "names a cause", kinds=STATEMENT, unless_negated=True, unless_modal=True),
    _rule(r"\b(?:es|son) (?:la|una) (?:causa|razón) de\b",
          "names a cause", kinds=STATEMENT, unless_negated=True, unless_modal=True),
    # "¿Desde cuándo tengo el X que indican estos resultados?": the question takes as given a
    # disease that the results are said to show
    _rule(r"\b(?:tengo|tuve|he tenido|padezco|tienes)\b(?!\s+que\b|\s+(?:\w+\s+){0,2}?"
          r"(?:resultados?|análisis|pruebas?|valores?|cita|dudas?|preguntas?)\b)[^.?!]{0,50}?\bque\s+"
          r"(?=[^.?!]{0,40}\b(?:resultados?|análisis|pruebas?|electro\w*|ECG|ecografía|informe|"
          r"valores?|analítica|escáner|radiografía)\b)(?:\w+\s+){0,3}?(?:indica\w*|muestra\w*|"
          r"sugiere\w*|revela\w*|señala\w*|se ven?|detecta\w*|apunta\w*)\b",
          "presumes a diagnosis", kinds=QUESTION),
    # informal "tú tienes diabetes"
    _rule(r"\b(?:tú )?(?:tienes|padeces|sufres)\s+(?:de\s+)?(?:una?\s+)?",
          "tells the person what they have", kinds=STATEMENT, condition_after=True,
          specific=True, gap=-1),
    # "sugieren que usted podría tener celiaquía", "es posible que tenga hipotiroidismo"
    _rule(r"\b(?:usted|que)\s+(?:podría|puede)\s+(?:ya\s+)?(?:tener|padecer|sufrir)\s+(?:de\s+)?|"
          r"\bes (?:muy |bastante )?(?:posible|probable) que (?:usted )?(?:ya )?(?:tenga|padezca|"
          r"sufra)\s+(?:de\s+)?|\b(?:quizás?|tal vez|posiblemente|probablemente|seguramente) "
          r"(?:usted )?(?:ya )?(?:tenga|tiene|padezca|padece|sufra|sufre)\s+(?:de\s+)?",
          "tells the person what they may have", kinds=STATEMENT, condition_after=True, gap=-1,
          unless_negated=True),
    # "la explicación más probable es un hígado graso"
    _rule(r"\b(?:la )?(?:explicación|causa|razón) más (?:probable|posible|lógica|evidente)\b",
          kinds=STATEMENT, condition_after=True),
    # "lo más probable es que la mancha sea un quiste": a finding called a cyst, a scar, benign
    _rule(r"\b(?:probablemente|lo más probable|es (?:muy )?probable que|seguramente|"
          r"posiblemente|parece(?:n)? (?:ser )?|tiene pinta de)\b"
          r"(?:(?!\bsi\b|\bno\b)[^.;?!]){0,60}?"
          r"\b(?:quistes?|cicatri(?:z|ces)|calcificaci\w+|pólipos?|lipomas?|benign[oa]s?|"
          r"malign[oa]s?)\b(?![^.;?!]*[”»」])",
          kinds=STATEMENT),
    # "usted se encuentra en el rango de prediabetes": the person placed in a disease
    _rule(r"\b(?:rango|intervalo|umbral|zona|categoría|franja) (?:de|del|que "
          r"corresponde a|propi[oa] de|compatible con)\b(?!\s+(?:personas|pacientes|gente)\b)",
          "places the person in a disease range", condition_after=True, gap=25),
    # "mi infección por H. pylori", "su daño hepático": the person's own disease taken as given
    _rule(r"\b(?:mi|mis|su|sus|tu|tus)\s+(?:(?!(?:riesgo|posibilidad|prueba|análisis|de|para|"
          r"puede\w*|podría\w*|debe\w*|valora\w*|descarta\w*|causa\w*|provoca\w*)\b)"
          r"[\w-]+\s+){0,2}?" + _ES_ILL,
          "presumes a diagnosis", unless_negated=True),
    # "usted está en la categoría de sobrepeso", "su colesterol alto": the person placed in a
    # disease, or a result named as the person's condition
    _rule(r"\b(?:rango|categoría|zona|franja|intervalo|grupo|umbral) (?:de|del|de la)\s+"
          r"(?:[\w-]+\s+)?" + _ES_ILL + r"|\b(?:mi|su|tu)\s+(?:colesterol|tensión|presión "
          r"arterial|presión|azúcar|glucosa|tiroides)\s+(?:alt[oa]|elevad[oa]|baj[oa]|perezos[oa])"
          r"\b(?!\s+(?:resultado|valor|nivel|cifra)\w*)",
          "places the person in a disease", unless_negated=True),
]

ES += [
    # "encajan muy bien con un hígado graso", "cuadran bastante con", "concuerda del todo con":
    # the cue split by words ("no encaja con" undoes it; "cuál encaja en su caso" names none)
    _rule(r"\b(?:encaj|cuadr|concuerd)(?:a|an|aría|arían)\b(?:\s+(?!no\b|ni\b|nada\b)[\w-]+){1,4}?"
          r"\s+con\b",
          condition_after=True, unless_negated=True),
]

ES += [
    # "..., y eso es probablemente lo que le pasa a usted", "seguramente es su caso": a general
    # statement applied to the person ("su médico valorará qué ocurre en su caso" has no
    # likelihood)
    _rule(r"(?<!\bsi )\b(?:probablemente|seguramente|posiblemente|lo más probable|muy probable|"
          r"bastante probable|con toda probabilidad|casi seguro|casi con seguridad)\b"
          r"(?:(?!\bsi\b|\bno\b|\bmédic\w*)[^.;?!]){0,25}?\b(?:lo que (?:le )?(?:pasa|ocurre|"
          r"sucede|está (?:pasando|ocurriendo|sucediendo))|(?:es|sea|sería) (?:también )?"
          r"(?:su caso|lo que tiene))\b",
          "applies a diagnosis to the person", kinds=STATEMENT, unless_negated=True),
    # "los filtros del riñón están inflamados", "sus riñones ya están dañados": an organ said to
    # be inflamed or damaged ("pueden estar", "a menudo", "cuando", "si" make it a general or
    # conditional statement)
    _rule(r"(?:^|(?<=[.;:!?,]))(?![^.;:!?,]*\b(?:si|cuando|aunque)\b)[^.;:!?,]*?"
          r"\b(?:riñ[oó]n\w*|hígado|corazón|páncreas|tiroides|vesícula|próstata|estómago|"
          r"intestino|vejiga|pulm[oó]n\w*|glomérulos|arterias?|vasos)\b(?:\s+[\w-]+){0,2}?\s+"
          r"(?:está|están|estén|esté)\s+(?:ya\s+|algo\s+|un poco\s+|claramente\s+)?(?:inflamad\w+|"
          r"dañad\w+|lesionad\w+|enferm[oa]s?|hinchad\w+|endurecid\w+|calcificad\w+|estrechad\w+|"
          r"obstruid\w+)\b|"
          # "sus riñones ya no están funcionando como deberían", "ya no filtran bien"
          r"\b(?:riñ[oó]n\w*|hígado|corazón|páncreas|tiroides)\b(?:\s+[\w-]+){0,2}?\s+(?:ya\s+)?no\s+"
          r"(?:(?:está|están)\s+)?(?:funciona\w*|filtra\w*|trabaja\w*|rinde\w*)\s+(?:bien|como "
          r"deber[íi]a\w*|correctamente|del todo bien|lo suficiente)\b",
          "says an organ is diseased", kinds=STATEMENT, unless_negated=True, unless_modal=True),
]

ES += [
    # "encaja con un nódulo coloide benigno", "es compatible con un quiste simple": a finding
    # named benign or malignant by a cue of fit ("si es compatible con algo benigno" asks it)
    _rule(r"(?:^|(?<=[.;:!?,]))(?![^.;:!?,]*\bsi\b)[^.;:!?,]*?(?:\bencaja\w* con|"
          r"\bcompatibles? con|\btípic[oa]s? de|"
          r"\bpropi[oa]s? de|\bcaracterístic[oa]s? de|\bcorresponde(?:n)? a|\bapunta(?:n)? a|"
          r"\bsugiere(?:n)?|\bse trata de|\bcuadra\w* con|\bconcuerda\w* con)\s+"
          r"(?:(?!no\b|si\b)[\w-]+\s+){0,4}?(?:benign[oa]s?|malign[oa]s?|inofensiv[oa]s?|"
          r"quistes? simples?)\b(?![^.;?!]*[”»」』])",
          kinds=STATEMENT, unless_negated=True, unless_modal=True),
    # "este quiste benigno", "su nódulo benigno": a finding called benign as if known
    _rule(r"\b(?:este|esta|estos|estas|ese|esa|esos|esas|su|sus|mi|mis)\s+(?:[\w-]+\s+)?"
          r"(?:quistes?|nódulos?|pólipos?|bultos?|tumor(?:es)?|lesi[oó]n(?:es)?|masas?|manchas?|"
          r"calcificaci\w+)\s+(?:[\w-]+\s+)?(?:benign[oa]s?|malign[oa]s?|inofensiv[oa]s?)\b"
          r"(?![^.;?!]*[”»」』])",
          "calls the finding benign or malignant", unless_negated=True),
]

ES += [
    # "en algún momento usted pasó una infección por hepatitis B", "usted ya tuvo una hepatitis":
    # a past disease said to be the person's ("si usted ha pasado ..." asks it)
    _rule(r"(?<!\bsi )\busted (?:ya )?(?:pasó|ha pasado|tuvo|ha tenido|superó|ha superado|"
          r"contrajo|ha contraído|sufrió|ha sufrido)\s+",
          "tells the person what they have", kinds=STATEMENT, condition_after=True, gap=40,
          unless_negated=True, unless_modal=True),
]

ES += [
    # "sugiere que ya puede haber un daño renal inicial", "indica que existe una infección": a
    # cue and the illness said to be there, whatever the vocabulary knows ("si hay" asks it)
    _rule(r"\b(?:sugiere|sugieren|indica|indican|muestra|muestran|apunta|apuntan|significa)n? "
          r"(?:a )?que (?:ya )?(?:(?:puede|podría|debe) )?(?:haber|hay|existe|existir|"
          r"se ha producido)"
          r"\s+(?:(?:un|una|algún|alguna|cierto|cierta|ya)\s+){0,2}" + _ES_ILL,
          kinds=STATEMENT, weak=True),
]

