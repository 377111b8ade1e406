"""Treatment rules for German cards: medicines and supplements named, doses, a medicine
started, stopped or changed, and questions that ask which one or how to take it."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.rule import STATEMENT
from checkup_desktop.core.safety.rules.treatment.common import (
                     _AFFECTS,
                     _NO_TELL,
                     _NOT_OWN_CLAUSE_DE,
                     _TELL_AFTER,
                     _not_after,
                     _rule,
)

_OWN_DE = _not_after(r"\bmein ", r"\bmeine ", r"\bmeinem ", r"\bmeinen ", r"\bmeiner ",
                     r"\bmeines ")

DE_MEDICINES = [
    _rule(r"\b(?:Statine?|Metformin|Levothyroxin|L-Thyroxin|Aspirin|Ibuprofen|Paracetamol|"
          r"Antibiotik\w*|Amoxicillin|Marcumar|Warfarin|Heparin|Kortison|Cortison|Steroide?|"
          # ("ASS": acetylsalicylic acid, in capitals only)
          r"Allopurinol|Ezetimib|Omega-3|Acetylsalicylsäure|Clopidogrel)\b|(?-i:\bASS\b)",
          "names a medicine"),
    # ("Medikamente und Präparate": a general list for the clinician)
    # (bare "Tabletten" in "wenn Sie schon Tabletten für den Blutdruck einnehmen" are the ones
    # the person takes already)
    # ("Informieren Sie Ihren Arzt über ... Tropfen", "Bringen Sie die Packungen Ihrer Tabletten
    # mit": things to tell or show the clinician)
    # ("Können meine Eisentabletten diesen Wert beeinflussen?" names a supplement; a lay class
    # named as a cause does not)
    _rule(_NO_TELL + r"\b(?!Präparate\b)(?!(?:Tabletten?|Kapseln?|Pillen?|Tropfen)\b)"
          r"(?=(?:Eisen|Vitamin|Magnesium|Zink|Kalium|Kalzium|Calcium|Jod|Folsäure|Biotin|Fischöl|"
          r"Selen)\w*(?:tablette|tabletten|kapsel|kapseln|präparate?n?|tropfen|pillen?)\b)\w+|"
          + _NO_TELL + r"\b(?!Präparate\b)(?!(?:Tabletten?|Kapseln?|Pillen?|Tropfen)\b)"
          r"\w*(?:tablette|tabletten|kapsel|kapseln|spritze|spritzen|präparat|präparate|präparaten|"
          r"tropfen|drink|pille|pillen|infusion)\b" + _AFFECTS + r"|"
          + _NO_TELL + _NOT_OWN_CLAUSE_DE + r"\b(?:Tabletten?|Kapseln?|Pillen?|Tropfen)\b|"
          # "Medikamente oder Nahrungsergänzungsmittel": general, a list for the clinician
          # ("Ihrer Nahrungsergänzungsmittel, die Sie einnehmen": the ones taken already)
          r"(?<!oder )(?<!und )(?<!alle )(?<!welche )(?<!irgendwelche )(?<!Ihre )(?<!Ihrer )"
          r"(?<!Ihren )(?<!meine )(?<!meiner )\bNahrungsergänzung\w*\b(?!,?\s+(?:die|welche) "
          r"(?:Sie|du|ich)\s+(?:\w+\s+)?(?:ein)?nehmen\b(?!\s+sollt))" + _AFFECTS,
          "names a medicine or supplement"),
    _rule(r"\b(?:Dosis|Tablette\w*|Medikament\w*|Pille\w*|Insulin)\b[^.?!]{0,40}\b(?:verdoppel\w*"
          r"|halbier\w*|absetzen|abgesetzt|weglassen)\b|\b(?:verdoppel\w*|halbier\w*|absetzen|"
          r"weglassen)\b[^.?!]{0,30}\b(?:Dosis|Tablette\w*|Medikament\w*)\b|\b(?:erhöhen|"
          r"reduzieren|steigern) Sie (?:die |Ihre )?(?:Dosis|Tablette\w*|Medikament\w*)\b|"
          # "Falls Sie Medikamente einnehmen", "die Sie einnehmen": what the person takes already
          r"\babsetzen\b|\bweglassen\b|"
          r"(?:" + _NOT_OWN_CLAUSE_DE + r"(?<!Medikamente )(?<!Arzneimittel )(?<!Mittel )"
          r"(?<!Präparate )(?<!Sie )(?<!regelmäßig )\beinnehmen\b|"
          r"\beinnehmen\s+(?:soll|sollte|sollten|muss|müsste|müssen)\b)",
          "changes a medicine or dose", unless_negated=True),
    _rule(r"\bwie viel\b(?! Zeit\b)[^?.]{0,40}\b(?:nehmen|einnehmen)\b|\b(?:soll|sollte|"
          r"muss) ich\b(?! mir\b)[^?.]{0,30}\b(?:nehmen|einnehmen)\b|\btäglich (?:\w+ )?(?:nehmen|"
          r"einnehmen)\b|\b\w+kur\b|\bgeben\b[^.?!]{0,30}\bAntibiotik\w*|"
          r"\bAntibiotik\w*[^.?!]{0,30}\bgeben\b",
          "prescribes a medicine or dose"),
    # "die Ärztin, die es verschrieben hat": the existing prescription
    # ("wie verordnet": the existing prescription)
    _rule(r"\bverschreib\w*|(?<!\bwie )\bverschrieben(?! ha\w*\b)|"
          r"(?<!\bwie )\bverordn(?!et ha\w*\b)\w*|"
          r"(?<!ohne )\brezept(?!frei)\w*",
          "recommends a prescription"),
    # German puts the negation after: "Ändern Sie die Dosis nicht eigenmächtig"
    # ("die Dosis, die Sie nehmen": what the person takes already)
    _rule(r"(?<!\bund die )(?<!\bund )(?<!\bund Ihre )\w*[Dd]osis\b(?![^.;,]*\b(?:nicht|keine?)\b)"
          r"(?!,?\s+(?:die|welche) (?:Sie|du|ich) (?:\w+ )?(?:ein)?nehmen\b)",
          "talks about a dose", kinds=STATEMENT, unless_negated=True),
    _rule(r"\b(?:viel|mehr|reichlich) (?:Wasser|Flüssigkeit)\b|\bInsulin\w* anfangen\b|"
          # ("mit Magnesium anzufangen": a supplement started; "mit der Eisenmessung" is a test)
          r"\bmit (?!\w*(?:wert|messung|bestimmung|test|spiegel|kontrolle)\b)\w*(?:Insulin|"
          r"Tabletten|Spritzen|Medikament|Magnesium|Eisen|Vitamin|Zink|Kalium|Calcium|Kalzium|"
          r"Folsäure|Jod|Selen|Omega|Fischöl|Nahrungsergänzung|Präparat)[\w-]* (?:zu )?"
          r"(?:anfangen|anzufangen|beginnen|starten)\b",
          "prescribes a treatment", unless_negated=True),
    # lay classes ("Blutdruckmittel"); "mein Blutdruckmittel ... beeinflussen" is one already taken
    _rule(_OWN_DE
          + r"\b(?:Blutdruck|Cholesterin|Zucker|Diabetes|Schlaf|Abführ|Entwässerungs|"
          r"Gicht|Rheuma|Säure|Magenschutz|Schilddrüsen)mittel\w*" + _AFFECTS + _TELL_AFTER,
          "names a medicine", unless_hedged=True),
    # (lay "Blutverdünner", "Schmerzmittel", "Blutdrucksenker": a rule below judges them in context)
    # (the same classes told to the clinician or named as a cause: "da manche ...
    # Entwässerungstabletten den Kaliumwert beeinflussen können")
    _rule(_NO_TELL + r"\b(?:Gerinnungshemmer|Betablocker|Entwässerungstabletten|Diuretik\w*|"
          r"Antidepressiv\w*)\b" + _AFFECTS + r"|"
          r"\bbekommen Sie (?:einen|eine|ein)\b",
          "names a medicine"),
    # "Eisentherapie", "eine tägliche Einnahme von Eisen": a named treatment ("unter laufender
    # Einnahme eines Blutverdünners" is what the person takes already)
    # ("Falls Sie eine Hormontherapie erhalten, teilen Sie das ... mit": one the person has)
    _rule(_NO_TELL + _NOT_OWN_CLAUSE_DE + r"\b[\w-]+-?[Tt]herapie\b|"
          r"\b(?:tägliche|regelmäßige|zusätzliche|kurzfristige)\w* "
          r"(?:Einnahme|Gabe)\b(?! (?:von|der|Ihrer) (?:Medikamente|Arzneimittel|Tabletten)n?\b)",
          "names a treatment", unless_negated=True),
    _rule(r"\bdie doppelte (?:Dosis|Menge)\b|\bdoppelt so viel\b|\bpausieren\b",
          "changes a medicine or dose", unless_negated=True),
    _rule(r"\b(?:welches?|welcher|welchen)\s+(?:\w+\s+)?(?:Präparat|Mittel|Nahrungsergänzung\w*|"
          r"Vitamin\w*|Medikament|Tee|Lebensmittel)\b[^.?!]{0,30}\b(?:am besten|soll ich|"
          r"zum (?:Senken|Erhöhen|Steigern))\b",
          "asks which remedy to take"),
    # "auf eine halbe Tablette reduzieren": a dose changed to an amount
    _rule(r"\bauf (?:eine halbe|einen halben|eine|einen|zwei|drei|vier|anderthalb|"
          r"\d+(?:[.,]\d+)?)\s*(?:Tablette\w*|Kapsel\w*|mg|Milligramm|Mikrogramm|µg|Hübe|Tropfen|"
          r"Einheiten|Spritzen)\b(?!\s*/)",
          "changes a medicine or dose", unless_negated=True),
    # "das Eisen zusammen mit Orangensaft nehmen": how to take something
    _rule(r"\b(?:zusammen mit|mit (?:einem Glas |etwas )?(?:\w*saft|Wasser|Milch|Vitamin C|dem "
          r"Frühstück|dem Essen|einer Mahlzeit)|zu den Mahlzeiten|auf nüchternen Magen|vor dem "
          r"(?:Essen|Frühstück|Schlafen(?:gehen)?)|nach dem (?:Essen|Frühstück))\b[^.?!;]{0,25}"
          r"\b(?:zu )?(?:ein)?nehmen\b",
          "tells how to take a medicine", unless_negated=True),
    # "die Dosis meines L-Thyroxins etwas reduzieren", "Dosierung anpassen", "meine Tabletten
    # etwas herabsetzen": a dose raised or lowered ("ob die Dosis angepasst wird" is the
    # clinician's choice)
    # ("Medikamente können die Leberwerte erhöhen" is a cause of a result)
    _rule(r"\b(?:mein\w*|Ihr\w*)\s+(?:\w+\s+)?(?:Tablette\w*|Medikament\w*|\w*mittel\w*)\b"
          r"(?:(?!\bnicht\b|\bkein\w*|\w*[Ww]ert\w*|\w*[Ss]piegel\w*)[^.?!;]){0,40}"
          r"\b(?:reduzier\w*|verringer\w*|herabsetz\w*|heruntersetz\w*|hochsetz\w*|anpass\w*|"
          r"angepasst|halbier\w*|verdoppel\w*)\b|"
          r"\b(?:\w*[Dd]osis|\w*[Dd]osierung)\b(?:(?!\bnicht\b|\bkein\w*)[^.?!;]){0,70}"
          r"\b(?:reduzier\w*|verringer\w*|erhöh\w*|senk\w*|steiger\w*|anpass\w*|angepasst|änder\w*|"
          r"geändert|herabsetz\w*|heruntersetz\w*|hochsetz\w*|herabgesetzt|heruntergesetzt|"
          r"hochgesetzt|verkleiner\w*|vergrößer\w*)\b|\b(?:reduzier|verringer|erhöh|senk|steiger|"
          r"anpass|änder|herabsetz|heruntersetz|hochsetz)\w*\s+(?:\w+\s+){0,3}?(?:\w*[Dd]osis|"
          r"\w*[Dd]osierung)\b|\b(?:weniger|mehr|eine halbe|die halbe)\s+(?:\w+\s+)?(?:von\s+)?"
          r"(?:meine[mnrs]?|Ihre[mnrs]?|dem|der)\s+[\w-]+\s+(?:nehmen|einnehmen)\b",
          "changes a medicine or dose", unless_negated=True, unless_choice=True),
    # "L-Thyroxins", "Metformins": a medicine's name with a case ending
    _rule(r"\b(?:L-Thyroxin|Levothyroxin|Euthyrox|Metformin|Ramipril|Bisoprolol|Amlodipin|"
          r"Simvastatin|Atorvastatin|Rosuvastatin|Allopurinol|Ezetimib|Marcumar|Ibuprofen|"
          r"Aspirin)(?:s|es|e|en)\b",
          "names a medicine"),
    # lay classes ("Schmerzmittel", "Blutverdünner", "Blutdrucksenker"), as "painkillers": one
    # named as a cause of a result ("können Leberwerte beeinflussen") or one the person takes
    # ("mein Schmerzmittel", "unter laufender Einnahme eines Blutverdünners") is no advice
    _rule(_OWN_DE + r"(?<!Einnahme eines )(?<!Einnahme von )(?<!Einnahme des )"
          r"\b(?:Blutverdünner\w*|Schmerzmittel\w*|Blutdrucksenker\w*|"
          r"Cholesterinsenker\w*)\b" + _AFFECTS + _TELL_AFTER,
          "names a medicine", unless_hedged=True),
    # "Sollte ich wegen der Knochendichte zusätzlich Magnesium nehmen?": a supplement asked for,
    # however many words stand between ("soll ich die Unterlagen mitnehmen" names none)
    _rule(r"\b(?:soll|sollte|muss|müsste|kann|könnte|darf) ich\b[^?.]{0,60}\b(?:Magnesium|"
          r"Vitamin[\w-]*|Eisen|Kalzium|Calcium|Zink|Jod|Folsäure|Omega-3|Fischöl|B12|Selen|Kalium|"
          r"Nahrungsergänzung\w*|Präparat\w*)\s+(?:\w+\s+)?(?:nehmen|einnehmen|ergänzen|zuführen|"
          r"supplementieren|zu mir nehmen)\b|\bzusätzlich (?:Magnesium|Vitamin[\w-]*|Eisen|Kalzium|"
          r"Calcium|Zink|Jod|Folsäure|Omega-3|Fischöl|B12|Selen|Kalium)\b",
          "prescribes a medicine or dose", unless_negated=True),
    # "kann es helfen, Eisen zusammen mit einem Glas Orangensaft einzunehmen", "es lohnt sich,
    # Vitamin D zu ergänzen": a supplement in a zu-infinitive, words between ("Eisenwerte" and
    # "Blut abzunehmen" are tests)
    _rule(r"\b(?:Magnesium|Vitamin[\s-]?[A-Z]\d{0,2}|Eisen|Kalzium|Calcium|Zink|Jod|Folsäure|"
          r"Omega-3|Fischöl|Selen|Kalium|B12|Eisentabletten|Eisenpräparat\w*)\b"
          r"(?![\s-]*(?:Wert|Spiegel|Status|Bestimmung|Messung))[^.;!?]{0,50}"
          r"\b(?:einzunehmen|zu nehmen|zu ergänzen|zuzuführen|zu supplementieren)\b" + _AFFECTS,
          "names a supplement or remedy", unless_negated=True, unless_choice=True),
]
