"""The treatment rules for German cards, in the order they apply
(engine.py interleaves the categories)."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.rule import QUESTION, STATEMENT, TITLE
from checkup_desktop.core.safety.rules.treatment.common import (
    _AFFECTS,
    _NUM,
    _REPORT_ADVISES,
    _not_after,
    _rule,
)

# "Nehmen Sie sich Zeit", "Nehmen Sie den Befund mit", "Kontakt auf": not a medicine
_NEHMEN_NOT = (r"(?=\s+Sie\b(?!\s+(?:sich|Kontakt|Platz|Rücksprache|Stellung|teil)\b)"
               r"(?![^.;!?]*\b(?:mit|teil|auf|wahr)\s*(?:[.;!?,]|$|und\b|oder\b)))")

# From the start of a clause, words with no "falls Sie", "was Sie", "die Sie" (what the person
# takes already: "falls Sie bereits Medikamente für die Schilddrüse einnehmen") and no negation;
# after "am besten ist es," or "es wäre sinnvoll," the "wenn Sie ..." clause is the advice
_ADVICE_COMMA_DE = ("gut,", "besser,", "sinnvoll,", "ratsam,", "wichtig,", "empfehlenswert,",
                    "hilfreich,", "\\bes,")
_NOT_OWN_CLAUSE_DE = (r"(?:(?:^|(?<=[.;:!?,]))" + "".join(f"(?<!{w})" for w in _ADVICE_COMMA_DE)
                      + r"(?:(?!\b(?:falls|wenn|ob|was|die|das|den|der|welche\w*|"
                      r"sofern|solange|soweit|da|weil|nachdem)\s+(?:Sie|du|ich)\b|\bnicht\b|"
                      r"\bkein\w*)[^.;:!?,])*?|(?:"
                      + "|".join(f"(?<={w})" for w in _ADVICE_COMMA_DE) + r")[^.;:!?,]*?)")

_OWN_DE = _not_after(r"\bmein ", r"\bmeine ", r"\bmeinem ", r"\bmeinen ", r"\bmeiner ",
                     r"\bmeines ")

_PROCEDURE_DE = (r"\b\w*(?:biopsie|operation|chemotherapie|strahlentherapie|dialyse|transfusion|"
                 r"transplantation|punktion|ektomie|spiegelung|ohrspülung|ohrenspülung)\b")

DE = [
    _rule(r"\b(?:Statine?|Metformin|Levothyroxin|L-Thyroxin|Aspirin|Ibuprofen|Paracetamol|"
          r"Antibiotik\w*|Amoxicillin|Marcumar|Warfarin|Heparin|Kortison|Cortison|Steroide?|"
          r"Allopurinol|Ezetimib|Omega-3)\b",
          "names a medicine"),
    _rule(r"(?:^|[.;:!]\s+|,\s*)(?:bitte\s+)?(?:nehmen"
          + _NEHMEN_NOT + r"|trinken|essen|meiden|vermeiden|verzichten|"
          r"reduzieren|erhöhen|verdoppeln|halbieren|beginnen|starten|setzen|"
          r"streichen) Sie\b(?![^.;]*\b(?:kein\w*|nichts|vor (?:der|dem) (?:Blutabnahme|"
          r"Untersuchung|Messung|Test))\b)",
          "tells the person what to take, eat or do", kinds=STATEMENT),
    # ("Medikamente und Präparate": a general list for the clinician)
    # (bare "Tabletten" in "wenn Sie schon Tabletten für den Blutdruck einnehmen" are the ones
    # the person takes already)
    _rule(r"\b(?!Präparate\b)(?!(?:Tabletten?|Kapseln?|Pillen?|Tropfen)\b)\w*(?:tablette|"
          r"tabletten|kapsel|kapseln|spritze|spritzen|präparat|präparate|präparaten|"
          r"tropfen|drink|pille|pillen|infusion)\b|"
          + _NOT_OWN_CLAUSE_DE + r"\b(?:Tabletten?|Kapseln?|Pillen?|Tropfen)\b|"
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
    _rule(r"\b\w+arme\w* (?:Kost|Ernährung|Diät)\b|\bDiät\b|\b(?:purin|salz|fett|zucker)arm\w*|"
          r"\bverzichten Sie\b|\bganz auf\b",
          "prescribes a diet", kinds=STATEMENT),
    _rule(r"\b(?:senkt|senken|normalisiert|normalisieren|heilt|heilen|beseitigt|"
          r"korrigiert)\s+(?:den|die|das|ihn|sie|es)\b(?! sich)",
          kinds=STATEMENT),
    # ("der Befund empfiehlt eine Biopsie" restates the report)
    _rule("(?=" + _PROCEDURE_DE + ")" + _REPORT_ADVISES + _PROCEDURE_DE,
          "names a treatment or procedure", kinds=STATEMENT, unless_negated=True,
          unless_choice=True),
    _rule(r"\b(?:essen|trinken|nehmen" + _NEHMEN_NOT + r"|meiden|vermeiden|ersetzen|tauschen|"
          r"ergänzen|ruhen|fasten|"
          r"steigern|senken|verwenden|probieren) Sie\b(?![^.;]*\b(?:kein\w*|nichts|vor (?:der|dem) "
          r"(?:Blutabnahme|Untersuchung|Messung|Test))\b)",
          "tells the person what to take or eat", kinds=STATEMENT),
    # German puts the negation after: "Ändern Sie die Dosis nicht eigenmächtig"
    # ("die Dosis, die Sie nehmen": what the person takes already)
    _rule(r"(?<!\bund die )(?<!\bund )(?<!\bund Ihre )\w*[Dd]osis\b(?![^.;,]*\b(?:nicht|keine?)\b)"
          r"(?!,?\s+(?:die|welche) (?:Sie|du|ich) (?:\w+ )?(?:ein)?nehmen\b)",
          "talks about a dose", kinds=STATEMENT, unless_negated=True),
    _rule(r"\bSie (?:sollten|müssen|sollen)\b[^.;]{0,60}\b(?:essen|trinken|nehmen|meiden|"
          r"vermeiden|reduzieren|verzichten|einnehmen|absetzen)\b|\b\w+reiche\w* Lebensmittel\b",
          "tells the person what to take or eat", kinds=STATEMENT),
    _rule(r"\b(?:viel|mehr|reichlich) (?:Wasser|Flüssigkeit)\b|\bInsulin\w* anfangen\b|"
          r"\bmit \w*(?:Insulin|Tabletten|Spritzen|Medikament)\w* (?:anfangen|beginnen)\b",
          "prescribes a treatment", unless_negated=True),
    _rule(r"\bbehandeln\b|\bstatt (?:der )?(?:Tabletten|Medikamente\w*)\b|\bverzicht\w*|"
          r"\bglutenfrei\w*",
          "suggests a treatment or diet"),
    _rule(r"\b(?:reduzieren|meiden|vermeiden|nehmen|trinken|essen|beginnen|weglassen|absetzen|"
          r"einnehmen|steigern|senken|auffüllen|anheben|ausgleichen|ergänzen|supplementieren)$",
          "tells the person what to do", kinds=TITLE),
    _rule(_NOT_OWN_CLAUSE_DE + r"\bfür (?:die|das|den|meine?n?|Ihre?n?) \w+ (?:ein)?nehmen\b|"
          r"\bhören Sie\b[^.;]{0,40}\bauf\b|\blassen Sie\b[^.;]{0,30}\bweg\b|"
          r"\bmit dem (?:Alkohol|Rauchen|Trinken) aufhören\b",
          "tells the person what to take or stop"),
    # lay classes ("Blutdruckmittel"); "mein Blutdruckmittel ... beeinflussen" is one already taken
    _rule(_OWN_DE + r"\b(?:Blutdruck|Cholesterin|Zucker|Diabetes|Schlaf|Abführ|Entwässerungs|"
          r"Gicht|Rheuma|Säure|Magenschutz|Schilddrüsen)mittel\w*" + _AFFECTS,
          "names a medicine", unless_hedged=True),
    # (lay "Blutverdünner", "Schmerzmittel", "Blutdrucksenker": a rule below judges them in context)
    _rule(r"\b(?:Gerinnungshemmer|Betablocker|Entwässerungstabletten|Diuretik\w*|"
          r"Antidepressiv\w*)\b|"
          r"\bbekommen Sie (?:einen|eine|ein)\b",
          "names a medicine"),
    _rule(r"\b\w*katheter\w*|\b\w*angiograph\w*|\bBelastungs-?EKG\b",
          "names a procedure", kinds=STATEMENT, unless_negated=True, unless_choice=True),
    _rule(r"\b[\w-]+[Kk]ur\b",
          "prescribes a course of treatment", kinds=STATEMENT),
    # "Eisentherapie", "eine tägliche Einnahme von Eisen": a named treatment ("unter laufender
    # Einnahme eines Blutverdünners" is what the person takes already)
    _rule(r"\b[\w-]+-?[Tt]herapie\b|\b(?:tägliche|regelmäßige|zusätzliche|kurzfristige)\w* "
          r"(?:Einnahme|Gabe)\b(?! (?:von|der|Ihrer) (?:Medikamente|Arzneimittel|Tabletten)n?\b)",
          "names a treatment", unless_negated=True),
    # "bringt den Wert wieder nach oben", "damit die Speicher sich wieder auffüllen" (and the
    # "Normbereich")
    _rule(r"\bbring\w*\b[^.?!;]{0,50}\b(?:wieder )?(?:nach oben|nach unten|in den (?:Normal|"
          r"Norm|Referenz|Ziel)bereich|ins Lot)\b(?! oder)|"
          r"\b(?:würde\w*|wird|werden)\b[^.?!;]{0,50}\b(?:wieder )?(?:in den (?:Normal|Norm|"
          r"Referenz|Ziel)bereich (?:bringen|zurück)|auffüllen|aufgefüllt)\b|"
          r"\bdamit\b[^.?!;]{0,60}\b(?:wieder )?(?:in den (?:Normal|Norm|Referenz|Ziel)bereich|"
          r"auffüll\w*|aufgefüllt|normal wird|normal werden)\b",
          kinds=STATEMENT, unless_modal=True, unless_negated=True),
    # "ein paar Kilo weniger reichen meist schon, damit der Zucker normal wird": enough to fix it
    # ("genügt, damit der Wert wieder im Normbereich liegt")
    _rule(r"\b(?:reich(?:t|en)|genüg(?:t|en))\b[^.?!;]{0,25}\b(?:damit|um)\b[^.?!;]{0,60}\b(?:(?:Normal|"
          r"Norm|Referenz|Ziel)bereich|normal|sinkt|sinken|steigt|steigen|zu senken|anzuheben|"
          r"aufzufüllen)\b",
          kinds=STATEMENT, unless_negated=True),
    # a weight-loss target or a meal regimen
    _rule(r"\b(?:\d+(?:[.,]\d+)?|zwei|drei|vier|fünf|sechs|zehn|zwanzig|ein paar|einige)\s*(?:kg|"
          r"Kilos?|Kilogramm|Pfund)\b[^.?!;]{0,25}\bab(?:zu)?nehm\w*|\bnur (?:noch )?(?:eine|zwei) "
          r"Mahlzeit\w*|\bIntervallfasten\b|\bHeilfasten\b|\bFrühstück (?:weglassen|ausfallen)",
          "prescribes weight loss or a diet", kinds=STATEMENT, unless_negated=True),
    # "Zimt hilft, den Blutzucker zu senken" ("kann helfen" is a general statement)
    _rule(r"\bhilft\b[^.?!;]{0,40}\bzu (?:senken|erhöhen|normalisieren|verbessern|steigern|"
          r"regulieren|korrigieren)\b|\bhilft (?:beim|bei der) (?:Senken|Senkung|Abnehmen)\b|"
          r"\bnatürliche\w* (?:Weg|Mittel|Alternative)\b|\bHausmittel\b",
          kinds=STATEMENT, unless_modal=True, unless_negated=True),
    # "nach vier Wochen ohne Alkohol sinken die Werte wieder": a cause and a promised result
    # ("nach dem Essen steigt der Zucker", "mit dem Alter sinkt ...": a cause, not a remedy)
    _rule(r"\b(?:mit|nach|ohne|wenn Sie|wenn du|falls Sie|falls du|sobald Sie|sobald du)\b"
          r"(?!\s+(?:dem |der |einer |einem |zunehmendem |"
          r"körperlicher )?(?:Alter|Essen|Mahlzeit\w*|Infekt\w*|Anstrengung|Belastung|"
          r"Schwangerschaft|Blutabnahme|Operation)\b)[^.?!;]{1,90}\b(?:sinkt|sinken|steigt|steigen|"
          r"normalisier\w*|bessert|bessern|(?:wird|werden) (?:\w+ ){0,3}?(?:wieder )?(?:normal|"
          # ("sollten sich die Kristalle bald wieder verlieren": a finding promised to go)
          r"besser)|(?:wieder )?(?:verlieren|verschwinden|zurückgehen|zurückbilden|auflösen|"
          r"verliert|verschwindet|zurückgeht|zurückbildet|auflöst))\b",
          kinds=STATEMENT, unless_modal=True),
    # "mit 1000 I.E. täglich lässt sich der Wert anheben", "bekommen Sie ihn in den Griff": a
    # promised result ("ob sich der Wert anheben lässt" is a question for the doctor)
    _rule(r"\b(?:lässt|lassen) sich\b[^.?!;]{0,50}\b(?:anheben|senken|steigern|erhöhen|"
          r"normalisieren|ausgleichen|beheben|korrigieren|verbessern|beseitigen|regulieren|"
          r"in den Griff bekommen|(?:wieder )?(?:auffüllen|hochbringen|herunterbringen|"
          r"runterbringen|in den (?:Normal|Norm|Referenz|Ziel)bereich bringen))\b|"
          r"\b(?:bekommen|kriegen) (?:Sie|du)\b[^.?!;]{0,40}\b(?:in den Griff|"
          r"(?:wieder )?(?:hoch|runter|herunter|nach oben|nach unten))\b",
          kinds=STATEMENT, unless_negated=True),
    # an operation; "die doppelte Dosis": a change to a medicine
    # ("... operiert werden muss": an operation foretold)
    _rule(r"\b(?:operativ |chirurgisch )?entfernt werden\b|\bentfernen lassen\b|"
          r"\b(?:operiert|gelasert) werden (?:muss|müssen|müsste|sollte|sollten|wird)\b|"
          r"\b(?:muss|müssen|sollte|sollten|wird)\b[^.?!;]{0,40}\b(?:operiert|gelasert) werden\b|"
          r"\b(?:heraus|weg)operier\w*|\b(?:heraus|weg)(?:nehmen|schneiden) lassen\b|"
          r"\b(?:heraus|weg)schneid\w*",
          "names a treatment or procedure", kinds=STATEMENT, unless_negated=True,
          unless_choice=True),
    _rule(r"\bdie doppelte (?:Dosis|Menge)\b|\bdoppelt so viel\b|\bpausieren\b",
          "changes a medicine or dose", unless_negated=True),
    _rule(r"\b(?:welches?|welcher|welchen)\s+(?:\w+\s+)?(?:Präparat|Mittel|Nahrungsergänzung\w*|"
          r"Vitamin\w*|Medikament|Tee|Lebensmittel)\b[^.?!]{0,30}\b(?:am besten|soll ich|"
          r"zum (?:Senken|Erhöhen|Steigern))\b",
          "asks which remedy to take"),
    # "sehr gut gegen hohen Blutdruck", "wirkt Wunder": a food promised to treat the result
    _rule(r"\b(?:gut|hilft|helfen|wirkt|wirken|ideal|super|prima|bestens)\s+(?:\w+\s+)?(?:gegen|"
          r"bei)\s+(?:(?:den|die|das|einen|eine|zu|Ihren?|deinen?)\s+)?(?:hohe\w*|erhöhte\w*|"
          r"niedrige\w*|schlechte\w*|\w*(?:druck|zucker|cholesterin|harnsäure|fette|werte?|"
          r"spiegel))\b|\b(?:wahre|echte) Wunder\b|\bwirk\w* Wunder\b",
          kinds=STATEMENT, unless_modal=True, unless_negated=True),
    # "auf eine halbe Tablette reduzieren": a dose changed to an amount
    _rule(r"\bauf (?:eine halbe|einen halben|eine|einen|zwei|drei|vier|anderthalb|"
          r"\d+(?:[.,]\d+)?)\s*(?:Tablette\w*|Kapsel\w*|mg|Milligramm|Mikrogramm|µg|Hübe|Tropfen|"
          r"Einheiten|Spritzen)\b(?!\s*/)",
          "changes a medicine or dose", unless_negated=True),
    # "Wie viele Bananen am Tag sollte ich essen?": asks for an amount of a food or drink
    _rule(r"\bwie ?viele?\b(?! Zeit\b)(?![^?.!]*\bvor (?:der|dem) (?:Blutabnahme|Test|"
          r"Untersuchung|Messung))[^?.!]{0,50}\b(?:essen|trinken|verzehren|zu mir nehmen|laufen|"
          r"joggen|gehen|spazieren gehen|Sport treiben|trainieren|bewegen)\b",
          "asks how much to eat or drink", kinds=QUESTION),
    # "30 Minuten zügig gehen", "täglich 10.000 Schritte", "eine Stunde bewegen": an exercise
    # regimen ("30 Minuten nach dem Aufstehen" names no activity)
    _rule(r"(?:\b\d+(?:[.,]\d+)*|\b(?:eine|einer|einen|halbe|zwei|drei|vier|fünf|sechs|zehn|"
          r"zwanzig|dreißig|vierzig|fünfzig|sechzig|neunzig))\s*(?:Minuten|Std\.|Stunden?|"
          r"Schritte|Kilometer|km)\b[^.?!;]{0,25}\b(?:gehen|laufen|joggen|spazieren\w*|walken|"
          r"wandern|Rad\s?fahren|Radfahren|schwimmen|bewegen|Bewegung|Sport|trainieren|Training|"
          r"Ausdauer\w*|Spaziergang|Spaziergänge|zu gehen)\b|"
          r"\b(?:gehen|laufen|joggen|spazieren|walken|schwimmen|bewegen|trainieren) Sie\b"
          r"[^.?!;]{0,30}\b(?:\d+|eine halbe|eine|zwei|drei)\s*(?:Minuten|Stunden?|Schritte)\b",
          "prescribes exercise", unless_negated=True),
    # "Fleisch auf zwei Mahlzeiten pro Woche beschränken": a cap on intake
    _rule(rf"\bauf (?:unter |höchstens |maximal |weniger als |max\. )?{_NUM}(?:g|Gramm|mg|"
          r"Mahlzeit\w*|Portion\w*|Tasse\w*|Gläser|Glas|Scheibe\w*|Eier|Stück|Kalorien|kcal)\b"
          r"[^.?!;]{0,40}\b(?:begrenz|beschränk|reduzier|einschränk|senk|drossel|herunterfahr)\w*|"
          r"\b(?:begrenz|beschränk|reduzier|einschränk|drossel)\w*\b[^.?!;]{0,40}\bauf (?:unter |"
          rf"höchstens |maximal |weniger als )?{_NUM}(?:g|Gramm|mg|Mahlzeit\w*|Portion\w*|"
          r"Tasse\w*|Gläser|Glas|Scheibe\w*|Eier|Stück|Kalorien|kcal)\b(?!\s*/)",
          "caps what the person eats or drinks", kinds=STATEMENT, unless_negated=True),
    # "Zur Senkung des Blutzuckers sollten Sie ...", "Um den Ferritinwert anzuheben, ist ...":
    # a purpose with advice after it ("..., sprechen Sie mit Ihrer Ärztin" is a next step)
    _rule(r"\b(?:zur (?:Senkung|Verbesserung|Erhöhung|Steigerung|Normalisierung|Regulierung|"
          r"Anhebung|Unterstützung|Stärkung|Entlastung|Schutz) (?:des|der|Ihres|Ihrer)|"
          r"um (?:den|die|das|Ihren|Ihre|Ihr) [\w-]+ (?:\w+ )?"
          r"(?:zu senken|zu erhöhen|zu steigern|zu verbessern|zu normalisieren|anzuheben|"
          r"zu regulieren|wieder aufzufüllen|aufzufüllen))\b(?![^.?!;]*\b(?:Ärzt\w*|Arzt\w*|"
          r"besprech\w*|sprech\w*|frag\w*|Termin|Praxis|abklären|Möglichkeit\w*|Optionen|"
          r"infrage|prüfen|entscheid\w*|ob)\b)[^.?!;]*\b(?:sollten|sollen|müssen|empfiehlt|"
          r"empfohlen|hilft|helfen|lohnt|am besten|eignet|eignen|gute Wahl|ideal|sinnvoll|ratsam|"
          r"empfehlenswert|hilfreich|"
          r"[a-zäöü]+ Sie)\b",
          "advises how to change the result", kinds=STATEMENT, unless_choice=True),
    # "empfehle ich Ihnen, Innereien ganz wegzulassen": advice to change intake ("es ist
    # wichtig, nichts eigenmächtig abzusetzen" forbids it)
    _rule(r"\b(?:empfehl\w*|empfiehlt|rate\w*|ratsam|sinnvoll|wichtig|besser|am besten)\b"
          r"(?:(?!\bnicht\b|\bnichts\b|\bkein\w*|\bvor (?:der|dem) (?:Blutabnahme|Untersuchung|"
          r"Messung|Test)|\bob\b)[^.?!;]){0,60}\b(?:wegzulassen|zu meiden|zu vermeiden|zu essen|"
          r"zu trinken|einzunehmen|zu nehmen|zu reduzieren|zu ersetzen|zu ergänzen|abzusetzen|"
          r"zu begrenzen|zu beschränken|abzunehmen|zu streichen|zu pausieren|zu supplementieren)\b",
          "tells the person what to take or eat", kinds=STATEMENT),
    # "Hilft Zimt dabei, meinen Blutzucker zu senken?": asks about a named remedy ("Hilft mehr
    # Bewegung?" asks about a habit)
    _rule(r"^(?:hilft|helfen|wirkt|wirken|bringt|würde|würden|könnte|könnten)\s+(?!(?:mehr|"
          r"weniger|regelmäßige\w*|Bewegung|Sport|Ernährung|eine|ein|das|es|dies|etwas|"
          r"irgendetwas|Medikamente|ich|mir|Abnehmen|Gewicht\w*)\b)[\w-]+\b[^?.!]{0,30}"
          r"\b(?:zu senken|zu erhöhen|zu steigern|zu normalisieren|zu verbessern|anzuheben|"
          r"senken|sinken|steigen|gegen)\b",
          "asks about a named remedy", kinds=QUESTION),
    # "das Eisen zusammen mit Orangensaft nehmen": how to take something
    _rule(r"\b(?:zusammen mit|mit (?:einem Glas |etwas )?(?:\w*saft|Wasser|Milch|Vitamin C|dem "
          r"Frühstück|dem Essen|einer Mahlzeit)|zu den Mahlzeiten|auf nüchternen Magen|vor dem "
          r"(?:Essen|Frühstück|Schlafen(?:gehen)?)|nach dem (?:Essen|Frühstück))\b[^.?!;]{0,25}"
          r"\b(?:zu )?(?:ein)?nehmen\b",
          "tells how to take a medicine", unless_negated=True),
    # "Kaffee reduzieren wegen erhöhtem Blutdruck": a title that is an instruction
    _rule(r"^(?:[\w-]+ ){1,2}(?:reduzieren|meiden|vermeiden|weglassen|einschränken|begrenzen|"
          r"einnehmen|trinken|essen|absetzen|ergänzen|supplementieren|auffüllen|streichen)\b",
          "tells the person what to do", kinds=TITLE),
    # a named diet ("eine mediterrane Ernährung"; "ob ... infrage kommt" is the clinician's)
    _rule(r"\b(?:mediterran|vegetarisch|vegan|ballaststoffreich|eiweißreich|kohlenhydratarm|"
          r"Low-Carb|basisch|vollwertig|kalorienreduziert)\w* (?:Kost|Ernährung|Diät|Küche)\b|"
          r"\b(?:Mittelmeer|Vollwert|Trennkost)(?:kost|diät|küche|ernährung)\b",
          "prescribes a diet", kinds=STATEMENT, unless_negated=True, unless_choice=True),
]

DE += [
    # "ein Tee aus Brennnesseln hilft, die Harnsäure zu senken": an infusion promised to work
    _rule(r"\b(?:\w+tee|Tee aus \w+|\w*[Aa]ufguss|Sud aus \w+)\b[^.;?]{0,60}\b(?:hilft|helfen|"
          r"senkt|senken|stärkt|stärken|schützt|schützen|reguliert|regulieren|reinigt|entgiftet)\b",
          "promises what a treatment will do", kinds=STATEMENT, unless_negated=True),
]

DE += [
    # a procedure foretold: "wird man Ihnen die Entfernung der Gallenblase empfehlen"
    _rule(r"\b(?:Entfernung|Resektion|Operation|OP|\w+ektomie|\w+entfernung)\b[^.;?]{0,40}?"
          r"\b(?:empfehlen|empfohlen|raten|nötig|notwendig|erforderlich|anstehen)\b",
          "names a treatment or procedure", unless_negated=True, unless_choice=True),
]

DE += [
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
]

DE += [
    # lay classes ("Schmerzmittel", "Blutverdünner", "Blutdrucksenker"), as "painkillers": one
    # named as a cause of a result ("können Leberwerte beeinflussen") or one the person takes
    # ("mein Schmerzmittel", "unter laufender Einnahme eines Blutverdünners") is no advice
    _rule(_OWN_DE + r"(?<!Einnahme eines )(?<!Einnahme von )(?<!Einnahme des )"
          r"\b(?:Blutverdünner\w*|Schmerzmittel\w*|Blutdrucksenker\w*|"
          r"Cholesterinsenker\w*)\b" + _AFFECTS,
          "names a medicine", unless_hedged=True),
]

DE += [
    # "Sollte ich wegen der Knochendichte zusätzlich Magnesium nehmen?": a supplement asked for,
    # however many words stand between ("soll ich die Unterlagen mitnehmen" names none)
    _rule(r"\b(?:soll|sollte|muss|müsste|kann|könnte|darf) ich\b[^?.]{0,60}\b(?:Magnesium|"
          r"Vitamin[\w-]*|Eisen|Kalzium|Calcium|Zink|Jod|Folsäure|Omega-3|Fischöl|B12|Selen|Kalium|"
          r"Nahrungsergänzung\w*|Präparat\w*)\s+(?:\w+\s+)?(?:nehmen|einnehmen|ergänzen|zuführen|"
          r"supplementieren|zu mir nehmen)\b|\bzusätzlich (?:Magnesium|Vitamin[\w-]*|Eisen|Kalzium|"
          r"Calcium|Zink|Jod|Folsäure|Omega-3|Fischöl|B12|Selen|Kalium)\b",
          "prescribes a medicine or dose", unless_negated=True),
]

DE += [
    # "Iss eine Woche lang kein rotes Fleisch", "Trink mehr Wasser": the informal imperative
    _rule(r"(?:^|[.;:!]\s+|,\s*(?:und|dann)\s+)(?:bitte\s+)?(?:iss|trink|nimm|meide|vermeide|verzichte|"
          r"reduziere|streiche|ersetze|probier)\b",
          "tells the person what to take, eat or do", kinds=STATEMENT),
    # "Für die Harnsäure ist gut, wenn Sie Kirschsaft trinken": advice in a "wenn" clause
    _rule(r"\b(?:ist|wäre|ist es|wäre es) (?:\w+ )?(?:gut|besser|sinnvoll|ratsam|am besten|"
          r"hilfreich),?\s+wenn (?:Sie|du)\b[^.?!;]{0,60}\b(?:essen|isst|trinken|trinkst|nehmen|"
          r"nimmst|einnehmen|meiden|vermeiden|reduzieren|weglassen|verzichten|ergänzen)\b",
          "tells the person what to take or eat", kinds=STATEMENT, unless_negated=True),
]
