"""The diagnosis rules for German cards, in the order they apply
(engine.py interleaves the categories)."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.diagnosis.common import _rule
from checkup_desktop.core.safety.rules.rule import QUESTION, STATEMENT

_DE_ILL = (r"(?:(?![\w-]*(?:risiko|test|wert|werte|werten|untersuchung|marker|serologie|befund|"
           r"antikörper|impfung|diagnostik|screening)\b)"
           r"[a-zäöüß-]{3,}(?:schädigung|schaden|schäden|störung|infektion|infekt|flimmern|"
           r"versagen|verfettung|vergrößerung|entzündung|insuffizienz|erkrankung|krankheit|"
           r"unterfunktion|überfunktion|einschränkung|"
           r"syndrom|itis|ämie|leiden|mangel|schwäche|armut|schwund|verkalkung|(?<!notiz)block)(?:en|s|es|n)?\b|"
           r"(?:hyper|hypo)tonie\b|adipositas\b|(?:über|unter)gewicht\w*|fettleibigkeit\b|"
           # "Arthrose", "Knochenschwund", "Leberzirrhose", "Schlafapnoe"
           r"(?![\w-]*(?:risiko|test|wert|werte|werten|untersuchung|marker)\b)[a-zäöüß-]*"
           r"(?:arthrose|porose|thrombose|zirrhose|fibrose|steatose|sklerose|apnoe)\b)")

DE = [
    # ("wenn Sie ... haben" asks it; a small model may also write "Wenn Sie haben ...")
    _rule(r"(?<!\bwenn )(?<!\bfalls )(?<!\bob )\bSie (?:haben|leiden)\b"
          r"(?! (?:Fragen|Beschwerden|Symptome))",
          "tells the person what they have", kinds=STATEMENT),
    _rule(r"\bdiagnostizier\w*|\bdie Diagnose (?:ist|lautet)\b",
          "diagnoses", unless_negated=True, unless_modal=True),
    _rule(r"\b(?:mein|meine|meinen|meinem|meiner|meines|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|dein|"
          r"deine|deinen|deinem|deiner|deines|habe ich|ich habe|hab ich|hatte ich|ich hatte|da ich|"
          r"weil ich|nachdem ich)\s+(?!(?-i:\w+[A-Z0-9][\w-]*)\s*[(（])"
          # ("sollte meine Ärztin eine Nierenerkrankung ausschließen" speaks of the doctor)
          r"(?!(?:\w*arzt|\w*ärztin|Ärzte|Doktor|Fachärzt\w*|\w*olog\w*|Praxis)\b)"
          # ("in meiner Hepatitis-B-Serologie" names a test)
          r"(?![\w-]+-(?:Serologie|Antikörper|Antigen|Test|Werte?|Status|Impfung|Screening)\b)",
          "presumes a diagnosis", condition_after=True, gap=-1),
    _rule(r"\bpass(?:t|en) (?:gut |genau |am besten |eher )?zu[mr]?\b|"
          r"\bspr(?:i|e|a)ch\w* (?:(?!nicht\b|kein\w*)\w+ ){0,3}?für\b|\bam ehesten\b|"
          r"\bim (?:\w+ )?Bereich (?:der|des|einer|eines|von)\b|\btypisch für\b|"
          # ("liegt", "liegen" are weak: a rule below)
          r"\bVerdacht auf\b|\bvermutlich\b|\bwahrscheinlich\b|"
          r"\b(?:charakteristisch|kennzeichnend|bezeichnend) für\b|"
          r"\bKriterien\b|\bhandelt es sich um\b|"
          # ("findet man bei manchen Menschen mit ..." speaks of others)
          # ("sieht man manchmal bei ..." speaks of what sometimes goes with it)
          r"(?:\bsieht man\b|\bfindet man\b|\btypischerweise\b)(?!\s+(?:manchmal|gelegentlich|"
          r"bisweilen|mitunter|unter anderem|zum Beispiel|etwa|auch)\b)"
          r"(?![^.;?!]{0,40}\b(?:Menschen|"
          r"Personen|Patient\w*|Leuten|Frauen|Männern|Kindern) mit\b)|"
          r"\bdas ist\b|\bentspricht\b|\bdeute\w* (?:klar |eindeutig )?auf\b|\bweis\w* (?:klar |"
          r"eindeutig )?auf\b|"
          # "sieht ganz nach einem Prädiabetes aus", "im Sinne einer Fettleber", "was auf eine
          # familiäre Hypercholesterinämie hindeutet" (the verb comes last)
          r"\b(?:sieht|sehen|klingt|klingen) (?:(?!nicht\b|kein\w*)\w+ ){0,3}?nach\b|"
          r"\bim Sinne (?:einer|eines)\b|\bvereinbar mit\b|\bpassend zu[mr]?\b|"
          # "passen genau ins Bild einer Eisenmangelanämie"
          r"\b(?:ins|das) (?:\w+ )?Bild (?:einer|eines|von)\b",
          condition_after=True),
    _rule(r"\bHinweis auf\b|\bZeichen (?:für|einer|eines|von)\b|\bzeig\w*\b|\bbedeute\w*\b",
          kinds=STATEMENT, condition_after=True, weak=True),
    _rule(r"\b(?:prä)?diabetisch\w*\s+Bereich|\banämisch\w*\s+Bereich",
          "places the person in a disease range"),
    _rule(r"\b(?:Nieren?|Leber|Herz|Schilddrüse|Bauchspeicheldrüse|Lunge|Knochenmark) (?:ist|"
          r"sind) (?:bereits |schon )?(?:ein bisschen |etwas )?(?:geschädigt|kaputt|krank|erkrankt|"
          r"vernarbt|träge|faul|überlastet|erschöpft|angeschlagen)\b|"
          r"\b(?:Nieren?|Leber|Herz)\w* (?:\w+ ){0,3}(?:versag\w+)|\b(?:Nieren?|Leber|Herz|"
          r"Schilddrüse|Lunge|Knochenmark) (?:\w+ ){0,2}(?:geschädigt|kaputt|erkrankt|"
          r"vernarbt) (?:ist|sind)\b",
          "says an organ is failing", kinds=STATEMENT, unless_negated=True),
    _rule(r"\bSie (?:\w+ ){0,2}(?:anämisch|diabetisch|zuckerkrank|übergewichtig|krank) sind\b|"
          r"\bSie sind (?:\w+ )?(?:anämisch|diabetisch|zuckerkrank|übergewichtig|krank)\b",
          "labels the person with a condition"),
    _rule(r"\bwelche[mnrs]? (?:Art|Form|Typ|Stadium) (?:von|der|des)?\b",
          "asks which disease it is", kinds=QUESTION, condition_after=True),
    _rule(r"\b(?:hätten|haben) Sie\s+",
          "tells the person what they have", kinds=STATEMENT, condition_after=True, specific=True,
          gap=-1),
    _rule(r"\bkomm(?:t|en) (?:\w+ ){0,3}(?:vom|von der|von den|durch)\b|"
          # ("liegt an der unteren Grenze" tells where a value lies)
          r"\blieg(?:t|en) (?:\w+ ){0,2}(?:am|an der|an den)\b(?!\s+(?:\w+\s+)?(?:\w*grenze|Rand|"
          r"Ende|Spitze|Schwelle|Bereich)\b)",
          "names a cause", kinds=STATEMENT, unless_negated=True, unless_modal=True),
    _rule(r"\b(?:ist|sind) (?:der|die|ein) (?:Grund|Ursache) (?:für|der|des)\b",
          "names a cause", kinds=STATEMENT, unless_negated=True, unless_modal=True),
    # informal address: "du hast einen B12-Mangel" (like "Sie haben")
    _rule(r"(?<!\bwenn )(?<!\bfalls )(?<!\bob )\bdu (?:hast|leidest)\b"
          r"(?! (?:(?:das|ein|eine|einen|noch|keine?n?) )?(?:Fragen|"
          r"Beschwerden|Symptome|Recht|Zeit|Anspruch|Möglichkeit))",
          "tells the person what they have", kinds=STATEMENT),
    # "Wann hatte ich den Herzinfarkt, den man im EKG sieht?": the question takes as given a
    # disease that the results are said to show
    _rule(r"\b(?:hatte|habe|hab) ich\b(?!\s+(?:\w+\s+){0,2}?(?:Werte?\w*|Ergebnis\w*|Befund\w*|"
          r"Test\w*|Untersuchung\w*|Termin\w*|Frage\w*)\b|\s+(?:\w+\s+)?(?:richtig|falsch))"
          r"[^.?!]{0,50}?\b(?:den|die|das|der|welche[nrs]?)\s+"
          r"(?=[^.?!]{0,40}\b(?:EKG|Befund\w*|Werte\w*|Ergebnis\w*|Labor\w*|Ultraschall|"
          r"Röntgen\w*|Blutwerte\w*|Untersuchung\w*|Bild\w*|Test\w*)\b)(?:\w+\s+){0,4}?"
          r"(?:sieht|sehen|zeigt|zeigen|anzeigt|anzeigen|nahelegt|nahelegen|findet|erkennt|"
          r"erkennen|belegt|belegen)\b",
          "presumes a diagnosis", kinds=QUESTION),
    # "dass Sie möglicherweise eine Fettleber haben", "Sie könnten eine ... haben"
    _rule(r"\bdass Sie\s+(?:(?:möglicherweise|vielleicht|wahrscheinlich|vermutlich|bereits|schon|"
          r"eventuell)\s+)*(?=[^.;?!,]{0,50}\b(?:haben|hatten|leiden)\b)|\bSie (?:könnten|dürften) "
          r"(?:(?:bereits|schon|auch)\s+)?",
          "tells the person what they may have", kinds=STATEMENT, condition_after=True, gap=-1,
          unless_negated=True),
    # "handelt es sich bei dem Knoten wahrscheinlich um eine Zyste": the finding named
    _rule(r"\bhandelt es sich (?:\w+ )?bei [^.;?!,]{0,50}?\bum\b|\bdürfte (?:es )?sich "
          r"(?:\w+ ){0,5}?um\b",
          condition_after=True),
    # "die wahrscheinlichste Erklärung ist eine Fettleber"
    _rule(r"\b(?:die )?(?:wahrscheinlichste|naheliegendste|plausibelste) (?:Erklärung|Ursache|"
          r"Diagnose)\b",
          kinds=STATEMENT, condition_after=True),
    # ... or called a cyst, a scar, benign, on a hedge (the vocabulary does not name these)
    _rule(r"\b(?:wahrscheinlich|vermutlich|wohl|höchstwahrscheinlich|am ehesten|offenbar|"
          r"anscheinend|dürfte)\b(?:(?!\bob\b|\bnicht\b|\bkein)[^.;?!]){0,80}?\b(?:Zyste\w*|Narbe\w*|"
          r"Verkalkung\w*|Geschwulst|Wucherung\w*|Polyp\w*|Lipom\w*|Fettablagerung\w*|gutartig\w*|"
          r"bösartig\w*)(?![^.;?!]*[“”»])",
          kinds=STATEMENT),
    # "passen gut zu einer alkoholbedingten Leberschädigung", "zeigt, dass Sie eine
    # Helicobacter-pylori-Infektion haben": a cue and a compound of illness the vocabulary lacks
    _rule(r"(?:\bpass(?:t|en) (?:(?!nicht\b|kein\w*)\w+ )?zu[mr]?\b|"
          r"\bspr(?:i|e|a)ch\w* (?:(?!nicht\b|kein\w*)\w+ ){0,3}?für\b|"
          r"\bim (?:\w+ )?Bereich (?:der|des|einer|eines)\b|\btypisch für\b|\bVerdacht auf\b|"
          r"\bvermutlich\b|\bwahrscheinlich\b|\bam ehesten\b|"
          r"\bdeute\w* (?:\w+ )?auf\b|\bweis\w* (?:\w+ )?auf\b|\bentspricht\b|\bhandelt es sich\b|"
          r"\b(?:sieht|sehen|klingt|klingen) (?:(?!nicht\b|kein\w*)\w+ ){0,3}?nach\b|"
          r"\bim Sinne (?:einer|eines)\b|\bvereinbar mit\b|\bpassend zu[mr]?\b|"
          r"\bdass (?:Sie|du)\b|\bSie (?:haben|leiden)\b|"
          r"\b(?:charakteristisch|kennzeichnend|bezeichnend) für\b)"
          # ("weisen oft auf ... hin, die zu Blutarmut führen können": "often", and a relative
          # clause after a comma, speak of what may follow)
          r"(?:(?!\bnicht\b|\bkein\w*|\bob\b|\bkann\b|\bkönnte\w*|\bRisiko\w*|\boft\b|\bhäufig\w*|"
          r"\bmeist\w*|\bmanchmal\b|,\s*(?:die|der|das|was|welche\w*)\b)[^.;?!]){0,50}?"
          r"\b" + _DE_ILL, unless_negated=True),
    # "Bei Ihnen besteht eine Fettstoffwechselstörung", "liegt eine Nierenschwäche vor": the
    # disease said to be present ("ob bei Ihnen eine ... vorliegt" asks it)
    _rule(r"\b(?:bei (?:Ihnen|dir)|besteht|bestehen|liegt|liegen)\b(?:(?!\bnicht\b|\bkein\w*|"
          r"\bob\b|[\w-]*risiko\w*|\bVerdacht\w*)[^.;?!,]){0,40}?\b" + _DE_ILL,
          unless_negated=True, unless_modal=True),
    # "Man kann hier von einer beginnenden Nierenschwäche sprechen": the disease named
    _rule(r"(?:^|(?<=[.;!?:,]\s))(?:(?!\bob\b|\bnicht\b|\bkein\w*)[^.;!?:,])*?"
          r"\bvon (?:einer|einem)\s+(?:[\w-]+\s+){0,2}?(?:" + _DE_ILL + r"|Mangel\w*|"
          r"Unterfunktion|Überfunktion)\s+(?:zu )?(?:sprechen|ausgehen|ausgegangen)\b",
          unless_negated=True),
    # ... "ein Zeichen einer Blutarmut" ("können ein Zeichen einer Blutarmut sein" is a
    # possibility)
    _rule(r"(?:\bZeichen (?:für|einer|eines)\b|\bHinweis auf\b)(?:(?!\bnicht\b|\bkein\w*|\bob\b|"
          r"\bkann\b|\bkönnte\w*|\bRisiko\w*)[^.;?!]){0,50}?\b" + _DE_ILL,
          unless_negated=True, unless_modal=True),
    # "dass Sie an einer chronischen Entzündung der Leber leiden": what the person suffers from
    _rule(r"\bdass (?:Sie|du) (?:\w+ ){0,2}?an (?:einer|einem|einen|der|dem)\b[^.;?!,]{0,50}?"
          r"\b(?:leiden|leidest|erkrankt sind|erkrankt bist)\b",
          "tells the person what they have", unless_negated=True),
    # "wegen meines Vorhofflimmerns", "Ihre Leberschädigung": the person's own disease
    _rule(r"\b(?:mein|meine[nmrs]?|Ihr|Ihre[nmrs]?|dein|deine[nmrs]?)\s+(?:(?!(?:Risiko\w*|"
          r"Test\w*|Wert\w*|Untersuchung\w*|für|von|auf|gegen|\w*arzt|\w*ärztin|Ärzte|Doktor|"
          r"\w*olog\w*|Praxis)\b)[\w-]+\s+){0,2}?" + _DE_ILL,
          "presumes a diagnosis", unless_negated=True),
    # "was auf eine familiäre Hypercholesterinämie hindeutet": the verb comes last ("kann auf
    # ein höheres Diabetes-Risiko hinweisen" is a possibility and a risk)
    _rule(r"\bauf\b(?=(?:(?!\bnicht\b|\bkein\w*|\bob\b|[\w-]*risiko\w*)[^.;?!,]){0,60}\b"
          r"(?:hindeute\w*|hinweis\w*|deutet|deuten|schließen lässt|schließen lassen)\b)",
          condition_after=True, unless_modal=True),
    # ("lässt auf einen Linksschenkelblock schließen": the verb last)
    _rule(r"\bauf\s+(?:(?!nicht\b|kein\w*)[\w-]+\s+){0,3}?" + _DE_ILL + r"(?=[^.;?!,]{0,30}\b"
          r"(?:hindeute\w*|hinweis\w*|deutet|deuten|schließen lässt|schließen lassen|"
          r"schließen)\b)",
          unless_modal=True),
    # "Muss die Helicobacter-Infektion in meinem Magen behandelt werden?": the definite article
    # and "my" take the disease as the person's own
    _rule(r"\b(?:die|der|das|den|dem)\s+(?:[\w-]+\s+)?" + _DE_ILL + r"\s+(?:in|an|bei|von)\s+"
          r"(?:mir|meine[mnrs]?|mein|Ihre[mnrs]?|Ihr|deine[mnrs]?|dein)\b",
          "presumes a diagnosis", unless_negated=True),
    # "Adipositas Grad 1", "Stadium 3": a stage or grade of a disease
    # (a grade quoted from the report, „Steatosis hepatis Grad I“, is the report's)
    _rule(r"\b(?:Stadium|Grad) (?:[1-5]|I{1,3}V?|IV)\b(?!\s*(?:Celsius|°))(?![^.;?!„]*[“”»])",
          "stages a disease"),
    # "Ihr hoher Blutdruck", "mein hohes Cholesterin": a result named as the person's condition
    # ("Ihr hoher Cholesterinwert" is a result)
    _rule(r"\b(?:mein|meine[nmrs]?|Ihr|Ihre[nmrs]?|dein|deine[nmrs]?)\s+(?:hohe[nmrs]?|erhöhte[nmrs]?|"
          r"niedrige[nmrs]?|zu hohe[nmrs]?)\s+(?:Blutdruck|Cholesterin|Blutzucker|Zucker|"
          r"Blutfett\w*|Harnsäure)\b",
          "presumes a diagnosis", unless_negated=True),
    # "dass sich bei Ihnen eine Fettleber entwickelt hat": the disease said to have formed in the
    # person ("ob sich bei Ihnen ... entwickelt" asks it)
    _rule(r"\bbei (?:Ihnen|dir)\b(?=[^.;?!,]{0,60}\b(?:entwickelt|gebildet|entstanden|"
          r"eingestellt|vorliegt|vorhanden|besteht|ausgebildet|vor(?=\s*(?:[.;!]|$)))\b)",
          "tells the person what they have", condition_after=True, gap=45, unless_modal=True),
]

DE += [
    # "passen zusammen mit dem Ultraschallbefund sehr gut zu einer Fettleber", "passt in der
    # Zusammenschau am ehesten zu": the cue split by words ("passen nicht zu" undoes it)
    # (the gap counts from "zu": "passt zusammen mit dem im Ultraschall gemessenen Volumen von
    # 48 ml gut zu einer ...")
    _rule(r"\bpass(?:t|en|te|ten)\b(?:\s+(?:(?!nicht\b|kein\w*|ob\b|weniger\b|schlecht\b)[\w-]+)"
          r"){1,12}?\s+zu[mr]?\b",
          condition_after=True, gap=60, unless_negated=True),
]

DE += [
    # "..., und genau das ist wahrscheinlich bei Ihnen der Fall", "das dürfte bei Ihnen die
    # Ursache sein": a general statement applied to the person, in either order ("ob das bei
    # Ihnen der Fall ist" asks it; "Ihre Ärztin wird ... bei Ihnen" is the doctor's)
    _rule(r"(?:^|(?<=[.;:!?,]))(?![^.;:!?,]*\b(?:ob|falls|wenn|Ärzt\w*|Arzt\w*)\b)"
          r"(?=[^.;:!?,]*\b(?:wahrscheinlich|vermutlich|wohl|höchstwahrscheinlich|dürfte|"
          r"am ehesten|sicherlich)\b)[^.;:!?,]*?\b(?:bei Ihnen|auf Sie|in Ihrem Fall|bei dir|"
          r"auf dich)\b[^.;:!?,]{0,30}?\b(?:der Fall|so|die Ursache|die Erklärung|der Grund|zu|"
          r"zutreffen)\b",
          "applies a diagnosis to the person", kinds=STATEMENT, unless_negated=True),
    # "dass die Nierenfilter entzündet sind", "eine entzündete Leber": an organ said to be
    # inflamed ("kann ... entzündet sein" is a possibility, "ob", "wenn" a question or a condition)
    _rule(r"(?:^|(?<=[.;:!?,]))(?![^.;:!?,]*\b(?:ob|wenn|falls|sofern)\b)[^.;:!?,]*?"
          r"\b(?:Nieren?\w*|Leber\w*|Bauchspeicheldrüse|Gallenblase|Schilddrüse|Prostata|Blase|"
          r"Magen\w*|Darm\w*|Herz\w*)\s+(?:\w+\s+){0,2}?(?:entzündet|geschädigt|vernarbt|"
          r"verfettet)\s+"
          r"(?:ist|sind|sei|seien|wäre|wären)\b|"
          # "Ihre Nieren filtern nicht mehr richtig", "die Schilddrüse arbeitet zu langsam"
          r"\b(?:Nieren?|Leber|Schilddrüse|Bauchspeicheldrüse|Herz)\s+(?:\w+\s+){0,2}?(?:arbeite\w*|"
          r"funktionier\w*|filter\w*|produzier\w*)\s+(?:\w+\s+)?(?:nicht mehr"
          r"(?: richtig| ausreichend| gut| genug)?|nicht (?:richtig|ausreichend|gut genug)|"
          r"zu wenig|zu langsam|schlechter)\b|"
          r"\bentzündete[nrs]?\s+(?:Niere|Nieren|Leber|Bauchspeicheldrüse|Gallenblase|Schilddrüse|"
          r"Prostata|Blase)\b",
          "says an organ is diseased", kinds=STATEMENT, unless_negated=True, unless_modal=True),
]

DE += [
    # "passt zu einem gutartigen Kolloidknoten", "spricht für eine harmlose Zyste": a finding
    # named benign, malignant or a cyst by a cue of fit ("ob ... passt" asks it)
    _rule(r"(?:^|(?<=[.;:!?,]))(?![^.;:!?,]*\bob\b)[^.;:!?,]*?(?:\bpass(?:t|en) (?:gut |genau |"
          r"am ehesten |eher |am besten )?zu[mr]?|"
          r"\bspr(?:i|e)ch\w* (?:(?!nicht\b|kein\w*)\w+ ){0,2}?für|\btypisch für|\bvereinbar mit|"
          r"\bentspricht|\bdeute\w* (?:\w+ )?auf|\bim Sinne (?:einer|eines)|\bhandelt es sich "
          r"(?:\w+ )?um)\s+(?:(?!nicht\b|kein\w*|ob\b)[\w-]+\s+){0,4}?(?:gutartig\w*|bösartig\w*|"
          r"harmlos\w*|Zyste\w*|Verkalkung\w*|Polyp\w*|Lipom\w*)(?![^.;?!]*[“”»])",
          kinds=STATEMENT, unless_negated=True, unless_modal=True),
    # "dieser gutartigen Zyste", "Ihr harmloser Knoten": a finding called benign as if known
    _rule(r"\b(?:diese[rsmn]?|Ihre[rsmn]?|Ihr|meine[rsmn]?|mein)\s+(?:\w+\s+)?(?:gutartig|bösartig|"
          r"harmlos)\w*\s+(?:\w+\s+)?(?:Zyste|Knoten|Polyp|Wucherung|Geschwulst|Tumor|Veränderung|"
          r"Verkalkung|Raumforderung|Herd|Läsion)\w*(?![^.;?!]*[“”»])",
          "calls the finding benign or malignant", unless_negated=True),
]

DE += [
    # "hängt vermutlich mit Ihrem Training zusammen": a cause named ("kann mit ... zusammenhängen"
    # is a possibility)
    _rule(r"\bhäng(?:t|en) (?:\w+ ){0,3}?mit (?:Ihre[mnr]?|de[mnr]|einer?m?|Ihrem) [^.;?!,]{0,40}?"
          r"\bzusammen\b",
          "names a cause", kinds=STATEMENT, unless_negated=True, unless_modal=True),
]

DE += [
    # "liegt im Bereich eines Diabetes": "liegt" tells where a value is, so an "ob" or "nicht"
    # between it and the name undoes it ("..., liegen, ist es sinnvoll zu klären, ob ein Diabetes
    # ...")
    _rule(r"\bliegt\b|\bliegen\b",
          condition_after=True, weak=True),
]

DE += [
    # "..., was zu einer bereits fortgeschrittenen Osteoporose passt": the cue with its verb last
    # ("zu ... passen kann", "ob ... passt" weigh it)
    _rule(r"\b(?<!ob )(?:was|das|die|der|welche\w*)\s+(?:\w+\s+){0,3}?zu\s+(?:einer|einem|einer)\s+"
          r"(?:(?!nicht\b|kein\w*)[\w-]+\s+){0,3}?" + _DE_ILL + r"\s+(?:passt|passen|passe)\b"
          r"(?!\s+(?:kann|könnte|könnten|würde))",
          unless_negated=True, unless_modal=True),
]
