"""Treatment rules for English cards: what a remedy, food or habit is promised to do to a
result, in statements, titles and questions ("cinnamon helps lower your sugar", "Oat bran for
high cholesterol")."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.rule import QUESTION, STATEMENT, TITLE
from checkup_desktop.core.safety.rules.treatment.common import _rule

EN_PROMISES = [
    _rule(r"\b(?:will|would|should|usually|always|to)\s+(?:help\s+)?(?:settle (?:this|it)|"
          r"sort (?:this|it) out|resolve (?:this|it)|bring (?:[\w-]+ ){1,3}(?:down|up|back)|"
          r"fix(?:es)?|correct|normali[sz]e|cure|clear (?:it|this|up)|reverse|lower (?:it|them|"
          r"this)|flush (?:out )?(?:your )?\w+)\b|\b(?:fixes|cures|corrects|"
          r"normali[sz]es) (?:this|it)\b",
          kinds=STATEMENT),
    # "should bring your HbA1c under 48" ("whether anything is needed to bring it into range"
    # is a question for the doctor)
    _rule(r"\b(?:will|would|should|'ll)\s+(?:help\s+)?(?:to\s+)?(?:bring|get) (?:[\w-]+ ){1,3}"
          r"(?:under|below|above|into (?:the )?(?:normal |target |healthy )?range|to normal)\b",
          kinds=STATEMENT),
    _rule(r"\b(?:will|'ll|should) (?:\w+ )?(?:go down|come down|drop|fall|improve|normali[sz]e|"
          r"return to normal|go up|rise) if you\b|\b(?:foods?|diet|eat|"
          r"drink)\b[^.?!]{0,30}\bto (?:raise|lower|boost|increase|reduce|improve|bring (?:up|"
          r"down))\b"),
    # "cinnamon helps lower your sugar": a substance promised to treat the result ("can help"
    # is a general statement)
    _rule(r"\bhelps?\s+(?:to\s+)?(?:lower|raise|reduce|boost|bring (?:down|up)|normali[sz]e|"
          r"clear|flush|fix|control)\b|\b(?:a |the )?(?:natural|easy|quick|best|simple) "
          r"(?:way|remedy|fix|cure) (?:to|for)\b"
          # ("the best way to see which way they are going": a test to find out, no remedy)
          r"(?!\s+(?:see|know|find out|check|tell|confirm|clarify|judge|track|follow|monitor|"
          r"understand|measure|get a (?:clear|reliable|true)|be sure|make sure|rule out)\b)",
          kinds=STATEMENT, unless_modal=True, unless_negated=True),
    # "after a month without alcohol it will be back to normal": a cause and a promised result
    _rule(r"\b(?:with|after|without|once you|if you)\b[^.?!;]{1,50}\b(?:will|'ll|should)\s+"
          r"(?:\w+\s+)?(?:return|go back|come back|get back|be back|normali[sz]e|settle|drop|fall|"
          r"come down|go down|rise|improve)\b",
          kinds=STATEMENT, unless_modal=True),
    # "beetroot juice is great for lowering blood pressure", "oats do wonders": a food promised
    # to treat the result
    _rule(r"\b(?:great|good|excellent|ideal|perfect|brilliant|fantastic|wonderful|effective|"
          r"the best thing)\s+(?:for|at)\s+(?:lowering|bringing (?:down|up)|reducing|raising|"
          r"boosting|controlling|normali[sz]ing|flushing|cleansing|detoxing|unclogging)\b",
          kinds=STATEMENT, unless_modal=True, unless_negated=True),
    # "can work wonders", "mano de santo", "wirkt oft Wunder": a promise even with a modal
    _rule(r"\b(?:work|works|working|does|do|did) wonders\b|\bhacen? maravillas\b|"
          r"\bmano de santo\b|\bWunder (?:bei|gegen|für)\b|\bwirk\w* (?:\w+ )?Wunder\b",
          kinds=STATEMENT, unless_negated=True),
    # a title that names a remedy for a result ("Oat bran for high cholesterol"), not a check
    # ("Discuss options for ..." leaves the choice to the talk with the clinician)
    _rule(r"^(?![^.]*\b(?:check|test|follow|repeat|question|visit|result|reading|range|level|"
          r"value|review|monitor|control|análisis|prueba|control|revisión|Kontrolle|Test|Wert|"
          r"discuss|talk|besprech|comentar|hablar|appointment|Termin|cita|consulta|Gespräch)\w*)"
          # ("für einen besseren Blutdruck", "to lower blood pressure", "para bajar la tensión")
          r"[^.]{3,40}\b(?:(?:for|para|gegen|für)\s+(?:(?:high|low|raised|your|el|la|los|las|den|"
          r"die|das|Ihre[nm]?|a|an|einen|eine|ein|un|una|better|lower|healthier|higher|normal|"
          r"bessere[nrs]?|niedrigere[nrs]?|gesündere[nrs]?|normale[nrs]?|mejor(?:es)?|"
          r"stärkere[nrs]?|stronger|strong|healthy|unos|unas|fuertes|sanos|sanas|"
          r"hohe[nrs]?|erhöhte[nrs]?|niedrige[nrs]?)\s+){0,3}|(?:to|zum|zur|para)\s+(?:lower|raise|"
          r"improve|reduce|boost|Senken|Senkung|Verbesserung|Erhöhung|bajar|subir|mejorar|"
          r"reducir)\s+(?:(?:the|your|des|der|el|la|los|las|Ihre[ns]?)\s+)?)"
          r"(?:muscle )?(?:cramps|calambres|"
          r"\w*krämpfe|kidneys?|liver|bones|riñones|hígado|huesos|Nieren|Leber|Knochen|heart|"
          r"corazón|Herz|"
          r"ferritin|ferritina|anaemia|anemia|Blutarmut|blood pressure|cholesterol|blood "
          r"sugar|sugar|glucose|ferritin|uric acid|triglycerides|LDL|HbA1c|tensión|colesterol|"
          r"azúcar|glucosa|ácido úrico|triglicéridos|Blutdruck|Cholesterin|Blutzucker|"
          r"Harnsäure|Triglyzeride)(?:s|es)?\b",
          "names a remedy for a result", kinds=TITLE),
    # "Is it worth trying cinnamon to get my sugar down?", "Does beetroot juice help lower
    # it?": asks about a named remedy ("would losing weight help", "could any changes help")
    _rule(r"\b(?:is it worth|would it (?:help|be worth)|does it help|should i try|could i try|"
          r"would it make sense)\s+(?:trying|taking|adding|eating|drinking|using)\s+(?!(?:any|"
          r"some|more|less|anything|something|other|different|changes?|a change)\b)[\w-]+"
          r"[^?.!]{0,40}\bto (?:get|bring|lower|raise|reduce|boost|improve|increase|help)\b|"
          r"\b(?:does|do|would|could|can|will)\s+(?!(?:more|regular|any|some|less|my|changes?|"
          r"exercise|diet|lifestyle|activity|anything|something|this|that|it|they|these|those|"
          r"treatment|weight|i|you|we|he|she|the (?:clinician|doctor))\b)(?![\w-]+ing\b)[\w-]+"
          r"(?: (?:juice|tea|water|oil|vinegar|seeds?|extract|powder))?\s+(?:really\s+)?help\s+"
          r"(?:to\s+)?(?:lower|raise|reduce|bring|boost|get|improve|normali[sz]e|clear)\b",
          "asks about a named remedy", kinds=QUESTION),
    # a title with a remedy for a result ("Lower uric acid with cherries")
    _rule(r"^(?:lower|raise|boost|reduce|improve|fix|bring (?:down|up)|correct)\b[^.]{0,40}"
          r"\b(?:with|by|using|through)\b",
          "names a remedy for a result", kinds=TITLE),
    # "More exercise for better blood sugar", "Weniger Salz gegen hohen Blutdruck": a title that
    # prescribes a habit for a result ("More tests for the thyroid" is a check)
    _rule(r"^(?:more|less|fewer|daily|regular|mehr|weniger|tägliche\w*|regelmäßige\w*|más|"
          r"menos)\s+(?!(?:tests?|checks?|Kontroll\w*|Untersuch\w*|pruebas|controles|análisis|"
          r"information|Informationen|información|questions|Fragen|preguntas)\b)[\w-]+\b[^.]{0,30}"
          r"\b(?:for|against|to (?:lower|raise|improve|reduce)|für|gegen|zur|para|contra)\b",
          "names a remedy for a result", kinds=TITLE),
    # "brings their HbA1c straight back down", "gets it back to normal": a promised result
    _rule(r"\b(?:brings?|gets?) (?:[\w-]+ ){1,3}(?:straight |right |quickly )?back (?:down|up|"
          r"to normal|into (?:the )?(?:normal |target )?range)\b",
          kinds=STATEMENT, unless_modal=True, unless_negated=True),
    # "removing the gallbladder would solve the problem", "surgery would sort it out once and for
    # all": a treatment promised to end the finding ("whether surgery would solve it" is the
    # clinician's choice)
    _rule(r"\b(?:removing|removal|taking (?:it|them|(?:the|your) [\w-]+) out|surgery|an? operation|"
          r"the operation|the procedure|[a-z]+ectomy|treatment|tablets?|medication|medicines?)\b"
          r"[^.?!;]{0,50}?\b(?:would|will|'ll|should|could|can)\s+(?:\w+\s+)?(?:solve|resolve|fix|"
          r"cure|end|eliminate|get rid of|sort out|take care of)\b|"
          r"\b(?:solve|resolve|fix|cure|end|get rid of|sort out|deal with)\w*\s+"
          r"(?:(?:the|this|that|your)\s+)?(?:[\w-]+\s+)?(?:for good|once and for all|permanently|"
          r"definitively|"
          r"forever|for ever)\b",
          kinds=STATEMENT, unless_negated=True, unless_choice=True),
]
