"""Treatment rules for German cards: instructions to take, eat, drink or avoid something,
diets, amounts, exercise regimens and advice in a purpose or "wenn" clause."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.rule import QUESTION, STATEMENT, TITLE
from checkup_desktop.core.safety.rules.treatment.common import _NOT_OWN_CLAUSE_DE, _NUM, _rule

# "Nehmen Sie sich Zeit", "Nehmen Sie den Befund mit", "Kontakt auf": not a medicine
_NEHMEN_NOT = (r"(?=\s+Sie\b(?!\s+(?:sich|Kontakt|Platz|Rücksprache|Stellung|teil)\b)"
               r"(?![^.;!?]*\b(?:mit|teil|auf|wahr)\s*(?:[.;!?,]|$|und\b|oder\b)))")

# getting ready for a test ("vor der PSA-Bestimmung auf Radfahren verzichten", "sollte ich
# vorher auf Kaffee verzichten?"): no advice about the result
_PREP_DE = (r"(?:vorher|davor|zuvor|bevor|vor (?:der|dem|einer|einem|jeder|jedem|Ihrer|Ihrem) "
            r"(?:nächsten |erneuten |geplanten )?[\w-]*(?:Blutabnahme|Abnahme|Test|Untersuchung|"
            r"Messung|Kontrolle|Probe|Bestimmung|Entnahme|Wiederholung|Ultraschall|Sonographie)\w*)")

# a check or test as what is given up ("auf die Kontrolle", "auf eine weitere Blutabnahme")
_CHECK_DE = (r"(?:(?:die|eine|einen|ein|den|das|weitere|erneute|weiteren|erneuten|nächste|"
             r"nächsten|zusätzliche|zusätzlichen)\s+){0,2}[\w-]*(?:Kontroll|Untersuchung|Test|"
             r"Blutabnahme|Messung|Wiederholung|Bestimmung|Nachsorge|Biopsie|Spiegelung|Ultraschall|"
             r"Abklärung|Termin|Vorsorge|Screening|Punktion)\w*")

DE_HABITS = [
    _rule(r"(?:^|[.;:!]\s+|,\s*)(?:bitte\s+)?(?:nehmen"
          + _NEHMEN_NOT + r"|trinken|essen|meiden|vermeiden|verzichten(?=\s+Sie\b(?![^.;]*\b"
          + _PREP_DE + r"\b))|"
          r"reduzieren|erhöhen|verdoppeln|halbieren|beginnen|starten|setzen(?!\s+Sie\s+sich\b)|"
          r"streichen) Sie\b(?![^.;]*\b(?:kein\w*|nichts|vor (?:der|dem) (?:Blutabnahme|"
          r"Untersuchung|Messung|Test))\b)",
          "tells the person what to take, eat or do", kinds=STATEMENT),
    _rule(r"\b\w+arme\w* (?:Kost|Ernährung|Diät)\b|\bDiät\b|\b(?:purin|salz|fett|zucker)arm\w*|"
          r"\bverzichten Sie\b(?![^.;]*\b" + _PREP_DE + r"\b)|\bganz auf\b",
          "prescribes a diet", kinds=STATEMENT),
    _rule(r"\b(?:essen|trinken|nehmen" + _NEHMEN_NOT + r"|meiden|vermeiden|ersetzen|tauschen|"
          r"ergänzen|ruhen|fasten|"
          r"steigern|senken|verwenden|probieren) Sie\b(?![^.;]*\b(?:kein\w*|nichts|vor (?:der|dem) "
          r"(?:Blutabnahme|Untersuchung|Messung|Test))\b)",
          "tells the person what to take or eat", kinds=STATEMENT),
    _rule(r"\bSie (?:sollten|müssen|sollen)\b(?![^.;]*\b" + _PREP_DE + r"\b)[^.;]{0,60}"
          r"\b(?:essen|trinken|nehmen|meiden|"
          r"vermeiden|reduzieren|verzichten|einnehmen|absetzen)\b|\b\w+reiche\w* Lebensmittel\b",
          "tells the person what to take or eat", kinds=STATEMENT),
    # (abstaining to get ready for a test is no diet: the whole sentence is looked at)
    # (nor giving up a check or a test: "Ob ein Verzicht auf die Kontrolle vertretbar ist", "ob
    # auf eine weitere Kontrolle verzichtet werden kann")
    _rule(r"\bbehandeln\b|\bstatt (?:der )?(?:Tabletten|Medikamente\w*)\b|(?:^|(?<=[.;!?]))"
          r"(?![^.;!?]*\b" + _PREP_DE + r"\b)(?![^.;!?]*\bauf\s+" + _CHECK_DE + r"\s+verzicht)"
          r"[^.;!?]*?\bverzicht\w*(?!\s+auf\s+" + _CHECK_DE + r")|"
          r"\bglutenfrei\w*",
          "suggests a treatment or diet"),
    _rule(r"\b(?:reduzieren|meiden|vermeiden|nehmen|trinken|essen|beginnen|weglassen|absetzen|"
          r"einnehmen|steigern|senken|auffüllen|anheben|ausgleichen|ergänzen|supplementieren)$",
          "tells the person what to do", kinds=TITLE),
    _rule(_NOT_OWN_CLAUSE_DE + r"\bfür (?:die|das|den|meine?n?|Ihre?n?) \w+ (?:ein)?nehmen\b|"
          r"\bhören Sie\b[^.;]{0,40}\bauf\b|\blassen Sie\b[^.;]{0,30}\bweg\b|"
          r"\bmit dem (?:Alkohol|Rauchen|Trinken) aufhören\b",
          "tells the person what to take or stop"),
    # a weight-loss target or a meal regimen
    _rule(r"\b(?:\d+(?:[.,]\d+)?|zwei|drei|vier|fünf|sechs|zehn|zwanzig|ein paar|einige)\s*(?:kg|"
          r"Kilos?|Kilogramm|Pfund)\b[^.?!;]{0,25}\bab(?:zu)?nehm\w*|\bnur (?:noch )?(?:eine|zwei) "
          r"Mahlzeit\w*|\bIntervallfasten\b|\bHeilfasten\b|\bFrühstück (?:weglassen|ausfallen)",
          "prescribes weight loss or a diet", kinds=STATEMENT, unless_negated=True),
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
    # "Dreimal pro Woche Ausdauertraining", "Training dreimal die Woche": a weekly regimen
    _rule(r"\b(?:ein|zwei|drei|vier|fünf|sechs|sieben|\d\s*)mal (?:pro |die |in der |jede |am )?"
          r"(?:Woche|Tag)\b[^.?!;]{0,25}\b(?:\w*[Tt]raining|Sport|Ausdauer\w*|Bewegung|"
          r"joggen|laufen|schwimmen|walken|Rad\s?fahren|Spazier\w*)\b|"
          r"\b(?:\w*[Tt]raining|Sport|Ausdauer\w*|Bewegung|joggen|laufen|schwimmen|walken)\b"
          # ("auf Sport verzichten, den ich dreimal pro Woche mache": the person's own habit)
          r"(?:(?!\b(?:ich|verzicht\w*|pausier\w*)\b)[^.?!;]){0,25}\b"
          r"(?:ein|zwei|drei|vier|fünf|sechs|sieben|\d\s*)mal (?:pro |die |in der )"
          r"(?:Woche|Tag)\b",
          "prescribes exercise", unless_negated=True),
    # "Fleisch auf zwei Mahlzeiten pro Woche beschränken": a cap on intake
    # ("auf einen gestrichenen Teelöffel Salz am Tag begrenzen")
    _rule(rf"\bauf (?:unter |höchstens |maximal |weniger als |max\. )?{_NUM}(?:[\w-]+\s+)?(?:g|"
          r"Gramm|mg|Teelöffel|Esslöffel|Liter|"
          r"Mahlzeit\w*|Portion\w*|Tasse\w*|Gläser|Glas|Scheibe\w*|Eier|Stück|Kalorien|kcal)\b"
          r"[^.?!;]{0,40}\b(?:begrenz|beschränk|reduzier|einschränk|senk|drossel|herunterfahr)\w*|"
          r"\b(?:begrenz|beschränk|reduzier|einschränk|drossel)\w*\b[^.?!;]{0,40}\bauf (?:unter |"
          rf"höchstens |maximal |weniger als )?{_NUM}(?:[\w-]+\s+)?(?:g|Gramm|mg|Teelöffel|"
          r"Esslöffel|Liter|Mahlzeit\w*|Portion\w*|"
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
    # "Kaffee reduzieren wegen erhöhtem Blutdruck": a title that is an instruction
    _rule(r"^(?:[\w-]+ ){1,2}(?:reduzieren|meiden|vermeiden|weglassen|einschränken|begrenzen|"
          r"einnehmen|trinken|essen|absetzen|ergänzen|supplementieren|auffüllen|streichen)\b",
          "tells the person what to do", kinds=TITLE),
    # a named diet ("eine mediterrane Ernährung"; "ob ... infrage kommt" is the clinician's)
    _rule(r"\b(?:mediterran|vegetarisch|vegan|ballaststoffreich|eiweißreich|kohlenhydratarm|"
          r"Low-Carb|basisch|vollwertig|kalorienreduziert)\w* (?:Kost|Ernährung|Diät|Küche)\b|"
          r"\b(?:Mittelmeer|Vollwert|Trennkost)(?:kost|diät|küche|ernährung)\b",
          "prescribes a diet", kinds=STATEMENT, unless_negated=True, unless_choice=True),
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
