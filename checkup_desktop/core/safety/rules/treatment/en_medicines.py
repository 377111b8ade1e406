"""Treatment rules for English cards: medicines and supplements named, doses and schedules, a
medicine started, stopped or changed, and questions that ask which one or how to take it."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.rule import QUESTION, STATEMENT
from checkup_desktop.core.safety.rules.treatment.common import _AFFECTS, _NUM, _not_after, _rule

# (German datives: "mit zwei Litern Wasser am Tag")
_UNIT = (r"(?:mg|mcg|µg|ug|g|iu|ui|ie|i\.e\.|units?|unidades|einheiten|ml|l|litres?|liters?|"
         r"litros?|litern|gläsern|tassen|"
         r"liter|glas|glass(?:es)?|cups?|bottles?|vasos?|tazas?|tasse|gläser|cucharadas?|"
         r"cucharaditas?|teaspoons?|tablespoons?|tablets?|capsules?|pills?|pastillas?|"
         r"comprimidos?|"
         r"tabletten?|kapseln?|minutes|minutos|minuten|steps|pasos|schritte|servings?|portions?|"
         r"porciones|portionen|nuts|grams?|gramos?|gramm|kcal|calories|kalorien|calorías|"
         r"kilocalorías|bowls?|handfuls?|spoonfuls?|mugs?|puñados?|tazones|esslöffel|teelöffel|"
         r"handvoll)")

# ("30 minutes after a meal": "a" alone is no frequency)
# (and with meals: "before meals", "antes de las comidas", "vor dem Essen")
_FREQ = (r"(?:per|each|every|daily|nightly|day|night|morning|week|al día|a diario|diari[oa]s?|"
         r"cada|por día|täglich|am tag|pro tag|jeden|morgens|abends|pro woche|at night|por la "
         r"noche|semana|woche|am morgen|am abend|por la mañana|before (?:each |every )?meals?|"
         r"antes de (?:cada |las )?comidas?|vor (?:dem|jedem) essen|vor den mahlzeiten|"
         r"todas las (?:mañanas|noches|tardes)|todos los días|evening)")

_DRUG_FORM = (r"(?:tablets?|pills?|capsules?|injections?|shots?|supplements?|sachets?|drops|"
              r"infusions?|jabs?|drinks?)")

_NOT_FORM_HEAD = (r"(?:the|any|your|my|some|of|these|those|a|an|and|or|other|usual|current|all|new|"
                  r"no|which|what|their|his|her|our|its|medicines?|prescribed|taking|take|list|"
                  # "you drink", "to drink": the verb; a glucose or contrast drink is a test's
                  r"you|i|we|they|to|then|glucose|contrast|sugar|"
                  # "over-the-counter or herbal supplements" in general
                  r"over-the-counter|herbal|dietary|nutritional|prescription|regular|"
                  # a list of what the person takes ("including supplements", "such as tablets")
                  r"including|especially|particularly|as|like|plus|also|even|certain|several|"
                  r"both|every|each|many|such)")

# lay classes of medicine named by what they are for ("blood pressure tablets", "Wassertabletten")
_LAY_CLASS = r"(?:pressure|water|heart|sleeping|cholesterol|thyroid|sugar|diabetes|fluid)"

_SUPPLEMENTS = (r"\bbiotin\w*|生物素|\bcollagen\b|\bcolágeno\b|\bKollagen\b|胶原蛋白|"
                r"milk thistle|turmeric|curcumin|ginkgo|ginseng|garlic (?:pills|capsules|tablets)|"
                r"cod liver oil|red yeast rice|coenzyme q10|coq10|echinacea|st\.? john'?s wort|"
                r"berberine|apple cider vinegar|vinagre de manzana|Apfelessig|苹果醋|"
                r"cinnamon (?:pills|capsules)|spirulina|chlorella|"
                r"cardo mariano|cúrcuma|ginseng|levadura de arroz rojo|Mariendistel|Kurkuma|"
                r"Knoblauchkapseln|Rotschimmelreis|Johanniskraut|水飞蓟|姜黄|红曲|辅酶Q10|鱼肝油|"
                r"人参|"
                r"灵芝")

# a device to measure at home is no remedy ("which brand of blood pressure monitor")
_DEVICE = (r"\b(?:monitors?|meters?|cuffs?|machines?|devices?|scales?|strips?|kits?|"
           r"tensiómetros?|glucómetros?|aparatos?|básculas?|tiras|\w*Messgeräte?s?|Geräte?s?|"
           r"Waagen?|Teststreifen)\b|血压计|血糖仪|仪器|试纸|体重秤")

# "take home readings for a week", "take your blood pressure twice a day": a measurement, no dose
_TAKE_READING = (r"(?!\s+(?:[\w-]+\s+){0,3}?(?:readings?|measurements?|samples?|notes?|photos?|"
                 r"pictures?|blood pressure|pulse|temperature|weight)\b)")

_OWN_EN = _not_after(r"\bmy ", r"\bmy current ", r"\bmy usual ", r"\bmy daily ")

EN_MEDICINES = [
    # a unit with "/" or "per" after it is a lab unit (mg/dL, IU/L), not a dose
    _rule(r"\b\d+(?:[.,]\d+)?\s?(?:(?:mg|mcg|µg|ug|iu|ie|ui|units?|Einheiten|unidades)\b|"
          r"i\.\s?e\.)(?!\s*(?:/|%|per\b|pro\b|por\b))",
          "gives a dose"),
    # ("un vaso de agua por la mañana antes de la extracción": getting ready for the test)
    # ("dos cucharadas de salvado de avena en el desayuno cada mañana"; "could the two cups of
    # coffee I drink every morning affect this" names a cause)
    _rule(rf"\b{_NUM}{_UNIT}\b(?!\s*(?:/|%|per\b))[^.?!()]{{0,40}}?\b{_FREQ}\b" + _AFFECTS +
          r"(?![^.?!]{0,40}\b(?:before|antes de(?:l| la)?|vor (?:der|dem))\s+"
          r"(?:the |your |a |this )?(?:test|blood|sample|draw|scan|extracción|análisis|analítica|"
          r"prueba|Blutabnahme|Untersuchung|Test|Messung)\b)",
          "gives a dose or a regimen"),
    _rule(r"\b(?:once|twice|three times) (?:a|per) (?:day|week)\b|\bat bedtime\b",
          "gives a dose schedule"),
    _rule(r"\bhow much\b(?! time\b)[^?.]{0,40}(?<!\bit )\btake\b|"
          r"\b(?:should|must) i take\b[^?.]{0,30}\b(?:each|every|"
          r"a|per) (?:day|night|morning|week)\b|\btake\b" + _TAKE_READING
          + r"[^.?!]{0,25}\b(?:each|"
          r"every|a|per) (?:day|night|morning|week)\b|\btake\b" + _TAKE_READING
          + r"[^.?!]{0,25}\bdaily\b|\bcourse of\b|"
          r"\b(?:oral|intravenous|iv) (?:iron|vitamin\w*|b12|fluids?|antibiotics?|steroids?)\b|"
          r"\b(?:iron|vitamin \w+|b12) (?:infusion|injection|shot|drip)s?\b|\b(?:cut\w*|reduc\w+|"
          r"lower\w*|rais\w+|increas\w+|doubl\w+|halv\w+|chang\w+)\s+(?:your|"
          r"my)\s+[\w-]+\s+(?:back|down|up|to \d)|\bswitch\w* from\b|\b\d+\s*(?:micrograms?|"
          r"milligrams?|microgramos|miligramos|Mikrogramm|Milligramm)\b(?!\s*(?:/|per\b))|"
          r"\b(?:foods?|drinks?)\b[^.?!]{0,40}\b(?:should|must) be (?:avoided|cut|limited|"
          r"reduced|stopped)\b|\b[\w-]+-rich foods?\b[^.?!]{0,40}\bavoid",
          "prescribes a medicine, dose or diet"),
    _rule(r"\b(?:come|go|get|wean\w*) off\b|\b(?:stop|quit) taking \w+|\b(?:put|started|"
          r"start) on\b",
          "changes a medicine"),
    # ("should anything change in the medicines I take" asks the clinician)
    _rule(r"(?<!\banything )(?<!\bsomething )"
          r"\b(?:start|stop|begin|come off|go off|double|halve|increase|reduce|decrease|skip|"
          r"change|adjust|switch|lower|raise|cut)(?:s|ping|ped|ing|d)?\s+(?:taking\s+|"
          r"using\s+)?(?!how\b)(?:(?:my|your|the|this|that|a|an|"
          r"on)\s+)?(?:[\w-]+\s+){0,3}?(?:medicines?|medications?|meds|drugs?|pills?|tablets?|"
          r"doses?|dosage|insulin|treatment|injections?|capsules?)\b",
          "changes a medicine or dose", unless_negated=True),
    # ("certain blood pressure tablets can affect potassium": a lay class named only as
    # something that can change a result, as "water tablets" below)
    _rule(rf"(?<![\w-])(?!{_NOT_FORM_HEAD}\b)(?!{_LAY_CLASS}\s+(?:tablets?|pills?)\b"
          rf"(?={_AFFECTS[3:-1]}))[\w-]+\s+{_DRUG_FORM}\b",
          "names a medicine or supplement"),
    # "if you take any medicines or supplements, bring a list": what the person takes already
    _rule(r"(?<!keep )(?<!continue )(?<!if you )(?<!whether you )(?<!you )(?<!you're )"
          r"(?<!you are )(?<!already )(?<!currently )(?<!still )"
          r"\b(?:take|taking|start|starting|try|trying|add|adding|need|"
          r"recommend\w*|use|using)\s+(?!any\b|other\b|regular\b|all\b)(?:\w+\s+){0,2}?(?:supplements?|medicines?|medications?|"
          r"drugs?|pills?|tablets?|capsules?)\b"
          # ("Take your medicine list to the appointment": a paper to bring)
          r"(?!\s+(?:list|lists|names|boxes|packets|packages|packaging|bag|card|record|chart|"
          r"diary|details)\b)",
          "recommends a medicine", kinds=STATEMENT),
    # (lay "blood thinners", "painkillers": a rule below judges them in context)
    # ("matters for people on anticoagulant treatment": those who take it, in general)
    _rule(r"(?<!people on )(?<!patients on )(?<!those on )(?<!anyone on )(?<!someone on )"
          r"(?<!people taking )(?<!anyone taking )"
          r"\b(?:statins?|beta[- ]?blockers?|ace inhibitors?|diuretics?|antibiotics?|steroids?|"
          r"corticosteroids?|anticoagulants?|antihypertensives?|"
          r"antidepressants?|hormone replacement|(?:thyroid )?hormone tablets?|"
          r"insulin (?:therapy|treatment)|fish oil|omega[- ]?3|plant sterols?|probiotics?|"
          r"multivitamins?)\b",
          "names a medicine or class of medicines", unless_hedged=True),
    # "whoever prescribed it" names the existing prescription
    # "keep taking them as prescribed" is the existing prescription
    _rule(r"(?<!\bwho )(?<!\bwhoever )(?<!\bthat )(?<!\bany )(?<!\byour )(?<!\bas )"
          r"(?<!\bas already )(?<!\bas originally )"
          # ("if you already take prescribed medicines, bring the list": the ones taken already)
          r"(?<!\btake )(?<!\btaking )(?<!\buse )(?<!\busing )(?<!\bon )(?<!\bother )(?<!\ball )"
          r"(?<!\bor )(?<!\band )(?<!\ble )(?<!\bte )(?<!\bse )(?<!\bles )"
          r"\bprescrib(?:e|ed|es|ing)\b|"
          r"\bstart (?:you|him|her) on\b|\bput (?:you|him|her) on\b|"
          r"\bfirst[- ]line\b",
          "recommends a prescription", kinds=STATEMENT),
    # "the names and doses of your medicines": a list to bring, not a dose; nor "the dose you
    # take", "your current dose" (what the person takes already)
    # ("whether the dose should change" leaves it to the clinician)
    _rule(r"(?<!\band )(?<!\band the )(?<!\band their )(?<!\band your )(?<!\bcurrent )"
          r"(?<!\bwhether the )(?<!\bwhether your )(?<!\bif the )(?<!\bif your )"
          r"\b(?:doses?|dosage)\b(?!\s+(?:that |which )?(?:you|I)(?:'re| are| am)? (?:already |"
          r"currently |now |usually |normally )?(?:take|taking|use|using|are on|were "
          r"(?:given|prescribed))\b)",
          "talks about a dose", kinds=STATEMENT, unless_negated=True),
    _rule(r"\b(?:should|could|can|must|do) (?:i|you) (?:be )?(?:tak|start|us|"
          r"add)\w*\s+(?:\w+\s+)?(?:vitamin\w*|iron|magnesium|zinc|calcium|potassium|folic|"
          r"folate|b12|omega|fish oil|iodine|selenium|biotin|supplements?|probiotics?|melatonin|"
          r"tablets?|pills?)\b|\b(?:drink\w*|fluid intake)\b[^.?!]{0,30}\b(?:plenty|more|lots|"
          r"extra|at least|litres?|liters?|glasses)\b|\bplenty of (?:fluids?|water)\b",
          "prescribes a medicine or fluids"),
    _rule(_SUPPLEMENTS,
          "names a supplement or remedy"),
    # ("if you already take tablets for your blood pressure": what the person takes already)
    _rule(r"(?<!\bif you )(?<!\bif you already )(?<!\bif you currently )(?<!\byou already )"
          r"(?<!\byou currently )(?<!\bthat you )(?<!\bwhich you )(?<!\bI already )"
          r"\btake\b[^.?!]{1,40}\bfor (?:my|your|the) (?:liver|kidneys?|heart|thyroid|blood|"
          r"cholesterol|sugar|bones?|iron|joints|memory|immune system)\b",
          "suggests taking something"),
    _rule(rf"{_OWN_EN}(?:\bblood thinners?\b|\bwater tablets?\b|\bpainkillers?\b){_AFFECTS}|"
          r"\b(?:be )?(?:started|put) on\b",
          "names a medicine", unless_hedged=True),
    _rule(r"\b\d+(?:[.,]\d+)?\s*(?:g|mg|ml|mcg)\s*(?:per|por|pro|/)\s*(?:kilo|kg)\w*|每公斤",
          "gives a dose"),
    _rule(r"\b[\w-]+ (?:inhibitors?|blockers?|agonists?|antagonists?)\b|\binhibidor(?:es)? de\b|"
          r"\b\w+hemmer\b|抑制剂|拮抗剂|阻滞剂|激动剂",
          "names a class of medicines", unless_hedged=True),
    # "can I stop my statin", "take double the dose": a change to a medicine
    _rule(r"\b(?:stop|stopping|pause|pausing|halve|halving|quit|come off|go off|skip|skipping|"
          r"double|doubling)\s+(?:taking\s+)?(?:my|your)\s+(?!risk|chances?|odds|efforts?|"
          # ("can stop your heart" is an organ, not a medicine)
          r"breakfast|meal|lunch|dinner|heart|breathing|kidneys?|liver|lungs?|brain)[\w-]+|\b(?:take|taking|use|using)\s+(?:double|twice|"
          r"half|triple)\s+(?:the|my|your|as much)\b|\bdouble up on\b",
          "changes a medicine or dose", unless_negated=True),
    # "which supplement is best for raising my ferritin?": asks for a remedy to pick
    _rule(r"\b(?:which|what)\s+(?:\w+\s+)?(?:supplements?|vitamins?|medicines?|medications?|"
          r"tablets?|pills?|foods?|diet|drinks?|teas?|herbs?|remed(?:y|ies)|brand)\b"
          r"(?![^.?!]{0,30}(?:" + _DEVICE + r"))[^.?!]{0,30}"
          r"\b(?:(?:is|are|works?) (?:the )?best|should i (?:take|use|buy|try)|(?:for|at) "
          r"(?:raising|lowering|boosting|reducing|fixing|clearing|bringing)|to (?:raise|lower|"
          r"boost|reduce|fix|bring))\b|\bwhich (?:one|brand|dose) should i\b",
          "asks which remedy to take"),
    # "take it with orange juice", "works best taken on an empty stomach": how to take something
    _rule(r"(?<!test )(?<!tests )(?<!sample )(?<!blood )\b(?:works?|is|are|'s) (?:best|better|"
          r"most effective) (?:taken|swallowed) (?:with|alongside|away from)\b|"
          r"\btake (?:it|them|this|these|those|the [\w-]+|your [\w-]+|[\w-]+ tablets)\s+"
          r"(?:\w+\s+){0,2}?(?:with (?:a glass of |a cup of |some |a little )?(?:[\w-]+ )?(?:juice|"
          r"food|meals?|milk|breakfast|dinner|a snack|vitamin c)|on an empty stomach|(?:before|"
          r"after) (?:breakfast|meals|eating|food|bed|bedtime|dinner)|away from (?:tea|coffee|"
          r"food|meals|milk|dairy|calcium))\b",
          "tells how to take a medicine", unless_negated=True),
    # "Is it better to take it in the morning or at night?": when to take a medicine
    _rule(r"\b(?:tak\w*|tom\w*|nehm\w*|einnehm\w*)\b[^.?!;]{0,30}\b(?:in the morning or (?:at "
          r"night|in the evening)|por la mañana o por la noche|morgens oder abends|abends oder "
          r"morgens|before or after (?:meals|food|breakfast)|antes o después de (?:comer|las "
          r"comidas)|vor oder nach dem Essen)\b|\b(?:morgens oder abends|abends oder morgens|vor "
          r"oder nach dem Essen)\b[^.?!;]{0,20}\b(?:ein)?nehm\w*",
          "tells when to take a medicine"),
    # a supplement as the means ("with folic acid and a B-vitamin complex", "Folsäure nehmen"),
    # not the name of a test ("Kontrolle von Folsäure", "Ácido fólico bajo")
    _rule(r"\b(?:with|taking|take|mit|nehmen|einnehmen|con|tomar|tome)\s+(?:\w+\s+){0,2}?"
          r"(?:folic acid|B[- ]vitamin complex|vitamin B complex|Folsäure|"
          r"B-Vitamin-Komplex|Vitamin-B-Komplex|ácido fólico|complejo (?:de )?vitamina B)\b"
          r"(?!\s*(?:levels?|values?|results?|tests?|Spiegel|Wert\w*|nivel\w*|valor\w*))",
          "names a medicine or supplement", unless_negated=True),
    # "should the dose of my thyroid medicine be lowered", "¿la dosis de mi levotiroxina debería
    # reducirse?", "take a little less of my tablet": a dose changed, the verb after the dose
    # ("whether the dose needs changing is for your doctor" is the clinician's choice)
    _rule(r"\b(?:doses?|dosage)\b(?:(?!\bnot\b|n't\b|\bnever\b)[^.?!;]){0,50}\b(?:be|been|get|"
          r"gets|getting|being)\s+(?:\w+\s+)?(?:lowered|reduced|raised|increased|decreased|cut|"
          r"changed|adjusted|halved|doubled|stopped|tweaked|altered|upped|dropped)\b|"
          r"\btak\w*\s+(?:a (?:little|bit|touch)\s+|slightly\s+)?(?:less|more|half)\s+of\s+"
          r"(?:my|your|the)\s+(?!time\b)[\w-]+|"
          r"\bla dosis\b(?:(?!\bno\b|\bni\b)[^.?!;]){0,50}\b(?:reducir|bajar|subir|aumentar|"
          r"cambiar|ajustar|modificar|disminuir|doblar|duplicar)(?:se|la)?\b",
          "changes a medicine or dose", unless_negated=True, unless_choice=True),
    # "Which brand of calcium should I buy?", "¿Qué marca de calcio me recomienda?", "Welche Marke
    # ist die beste?", "吃哪个牌子的叶酸片": asking for a brand is asking for a remedy to take,
    # whatever it is called (a brand of blood pressure monitor is a device)
    _rule(r"(?:^|(?<=[.?!。？！]))(?![^.?!。？！]*(?:" + _DEVICE + r"))[^.?!。？！]*?"
          r"(?:\b(?:which|what|a good|the best|best|recommended)\s+brands?\b|"
          r"\b(?:qué|cuál|cuáles|una buena|la mejor|mejor)\s+marcas?\b|\bmarcas? (?:de|del)\s+"
          r"(?:suplemento|vitamina|calcio|hierro|magnesio|omega|zinc|ácido|pastillas|cápsulas)|"
          r"\b(?:welche[rsn]?|eine gute|die beste|beste)\s+Marken?\b|"
          r"(?:哪个|哪种|哪款|哪家|哪一个|哪一种|什么|啥|好的|最好的)(?:牌子|品牌|厂家|厂商))",
          "asks which remedy to take"),
    # "L-thyroxine", "Euthyrox", "Eutirox": the thyroid hormone as a medicine (plain "thyroxine"
    # and "free T4" are the test's names)
    _rule(r"\bL-?thyrox\w*|\blevo-?thyrox\w*|\bl-?tiroxina\b|\b(?:Euthyrox|Eutirox|Eltroxin|"
          r"Synthroid|Letrox|Levaxin|Berlthyrox)\b",
          "names a medicine"),
    # "Could my blood pressure pill be affecting the ECG, and should I change it?", "¿...mi
    # pastilla para la presión..., y debería cambiarla?", "soll ich es absetzen?": a medicine
    # named, then its change asked with a pronoun ("should I change it?" about an appointment
    # names none)
    _rule(r"\b(?:medicines?|medications?|meds|tablets?|pills?|drugs?|statins?|inhalers?|"
          r"injections?|supplements?)\b[^?]{0,80}\b(?:should|can|could|must|do|shall) I\s+"
          r"(?:\w+\s+)?"
          r"(?:change|stop|switch|swap|pause|skip|reduce|lower|increase|halve|double|come off|quit|"
          r"cut down)\s+(?:it|them|that|this|those)\b|"
          r"\b(?:pastillas?|medicamentos?|medicaci[oó]n|comprimidos?|tratamiento|fármacos?|"
          r"estatinas?|inhalador\w*|inyecci\w+|suplementos?)\b[^?]{0,80}\b(?:deber[íi]a|debo|tengo "
          r"que|puedo|podría|conviene|hay que|me conviene)\s+(?:\w+\s+)?(?:cambiar|dejar|suspender|"
          r"retirar|quitar|bajar|subir|reducir|aumentar|parar|interrumpir|duplicar)(?:la|lo|las|"
          r"los)\b|"
          r"\b(?:deber[íi]a|debo|tengo que|puedo|podría|conviene|hay que)\s+(?:cambiar|dejar|"
          r"suspender|retirar|quitar|bajar|subir|reducir|aumentar|parar|interrumpir)(?:la|lo|las|"
          r"los)\b[^?]{0,80}\b(?:pastillas?|medicamentos?|medicaci[oó]n|comprimidos?|fármacos?|"
          r"estatinas?)\b|"
          r"\b(?:\w*mittel\w*|\w*[Tt]ablette\w*|Medikament\w*|Pille\w*|Präparat\w*|Statin\w*|"
          r"Spritze\w*)\b[^?]{0,80}\b(?:soll|sollte|muss|kann|darf) ich (?:es|sie|ihn|das|die|"
          r"den)\s+"
          r"(?:\w+\s+)?(?:wechseln|absetzen|weglassen|pausieren|reduzieren|erhöhen|ändern|"
          r"austauschen|umstellen|halbieren|verdoppeln)\b",
          "changes a medicine or dose", kinds=QUESTION),
    # "Would taking magnesium help ...?", "Magnesium zu nehmen", "吃点镁": a mineral or vitamin
    # taken is a supplement ("the magnesium level", "taking blood for zinc" are tests; "could
    # taking iron affect this test" names a cause)
    _rule(r"\b(?:taking|take|took|start(?:ing)? on)\s+(?:some\s+|extra\s+|more\s+|a little\s+)?"
          r"(?:magnesium|potassium|zinc|calcium|iron|selenium|iodine|vitamin\s+[a-z0-9]+|"
          r"folic acid|folate|b12|omega-3|fish oil|protein powder)\b(?!\s+(?:levels?|results?|"
          r"tests?|values?|readings?|measurement|count)\b)|"
          r"\b(?:Magnesium|Kalium|Zink|Kalzium|Calcium|Eisen|Selen|Jod|Vitamin[\s-]?[A-Z0-9]+\d?|"
          r"Folsäure|Omega-3|Fischöl)(?:tabletten|kapseln|präparate?)?\s+(?:zu\s+)?(?:nehmen|einnehmen|"
          r"ergänzen|supplementieren|zuführen)\b" + _AFFECTS,
          "names a supplement or remedy", unless_negated=True),
    # "¿Me tomo media pastilla?", "take half a tablet", "nur eine halbe Tablette": a fraction of a
    # tablet is a dose changed
    _rule(r"\b(?:media|medio)\s+(?:pastilla|comprimido|cápsula|dosis|tableta)\b|\bhalf (?:a|of "
          r"(?:a|my|the|your|each)) (?:tablet|pill|dose|capsule)\b|\b(?:eine|die|nur eine|nur die) "
          r"halbe (?:Tablette|Dosis|Kapsel|Pille)\b",
          "changes a medicine or dose", unless_negated=True),
    # "Is it okay to keep taking my blood thinner?", "¿Puedo seguir tomando la pastilla?", "Darf
    # ich die Tabletten weiter nehmen?": asking whether to continue a medicine
    _rule(r"(?:\b(?:okay|ok|safe|fine|all right|alright|wise|better)\s+(?:for me\s+)?to\s+(?:keep|"
          r"continue|carry on|go on)\s+(?:taking|using|with|on)\b|\b(?:should|can|could|may) I "
          r"(?:keep|continue|carry on|go on) (?:taking|using|with|on)\b|"
          r"\b(?:puedo|debo|debería|conviene|es seguro)\s+(?:\w+\s+)?seguir\s+(?:tomando|"
          r"usando|con)\b|\b(?:darf|kann|soll|sollte) ich\b[^?.]{0,40}\b(?:weiter|weiterhin)\s+"
          r"(?:ein)?nehmen\b|\bweiter(?:ein)?nehmen\b)"
          # ("Should I keep taking my usual medicines before the repeat test?": the test's
          # preparation)
          r"(?![^?]*\b(?:before|until|antes de|vor) (?:the|my|a|your|el|la|mi|der|dem|meiner) "
          r"(?:\w+ )?(?:test|blood test|draw|sample|scan|análisis|extracción|Blutabnahme|Test)\b)",
          "changes a medicine or dose", kinds=QUESTION),
    # "A 1,200-calorie plan", "1500 kcal al día", "eine 1200-Kalorien-Diät", "每天1200千卡": a
    # calorie target is a diet ("per 100 g" on a label is no target)
    _rule(r"\b\d[\d,.]*\s*-?\s*(?:calories?|kcal|kalorien|calorías|kilocalorías)\b"
          r"(?!\s*(?:/|per\b|pro\b|por\b))|\d+\s*(?:千卡|大卡|卡路里)",
          "prescribes a diet", unless_negated=True),
]
