"""The treatment rules for English cards, in the order they apply
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

# (German datives: "mit zwei Litern Wasser am Tag")
_UNIT = (r"(?:mg|mcg|µg|ug|g|iu|ui|ie|i\.e\.|units?|unidades|einheiten|ml|l|litres?|liters?|"
         r"litros?|litern|gläsern|tassen|"
         r"liter|glas|glass(?:es)?|cups?|bottles?|vasos?|tazas?|tasse|gläser|cucharadas?|"
         r"cucharaditas?|teaspoons?|tablespoons?|tablets?|capsules?|pills?|pastillas?|"
         r"comprimidos?|"
         r"tabletten?|kapseln?|minutes|minutos|minuten|steps|pasos|schritte|servings?|portions?|"
         r"porciones|portionen|nuts|grams?|gramos?|gramm|kcal|calories|kalorien|calorías|"
         r"kilocalorías)")

# ("30 minutes after a meal": "a" alone is no frequency)
# (and with meals: "before meals", "antes de las comidas", "vor dem Essen")
_FREQ = (r"(?:per|each|every|daily|nightly|day|night|morning|week|al día|a diario|diari[oa]s?|"
         r"cada|por día|täglich|am tag|pro tag|jeden|morgens|abends|pro woche|at night|por la "
         r"noche|semana|woche|am morgen|am abend|por la mañana|before (?:each |every )?meals?|"
         r"antes de (?:cada |las )?comidas?|vor (?:dem|jedem) essen|vor den mahlzeiten)")

_DRUG_FORM = (r"(?:tablets?|pills?|capsules?|injections?|shots?|supplements?|sachets?|drops|"
              r"infusions?|jabs?|drinks?)")

_NOT_FORM_HEAD = (r"(?:the|any|your|my|some|of|these|those|a|an|and|or|other|usual|current|all|new|"
                  r"no|which|what|their|his|her|our|its|medicines?|prescribed|taking|take|list|"
                  # "you drink", "to drink": the verb; a glucose or contrast drink is a test's
                  r"you|i|we|they|to|then|glucose|contrast|sugar|"
                  # "over-the-counter or herbal supplements" in general
                  r"over-the-counter|herbal|dietary|nutritional|prescription|regular)")

_PROCEDURE_EN = (r"\b(?:surgery|operation|chemotherapy|radiotherapy|radiation therapy|dialysis|"
                 r"transfusion|biopsy|ear (?:syringing|irrigation|wax removal)|microsuction|"
                 r"transplant\w*|stent\w*|ablation|[a-z]+ectomy|[a-z]+otomy|"
                 r"[a-z]+plasty|colonoscopy|endoscopy|gastroscopy|fna|fine[- ]needle)\b")

# a past operation in the history: "status post cholecystectomy", "your previous appendectomy"
_HISTORY = r"(?:status|post|s/p|p|previous|prior|earlier|past|history|old|had)"

_FOODS_EN = (r"(?:gluten|dairy|lactose|sugar|salt|red meat|meat|alcohol|carbs|carbohydrates|fat|"
             r"coffee|caffeine|eggs|bread|seafood|shellfish|beer|sweets|fruit juice|offal)")

_SUPPLEMENTS = (r"\bbiotin\w*|生物素|\bcollagen\b|\bcolágeno\b|\bKollagen\b|胶原蛋白|"
                r"milk thistle|turmeric|curcumin|ginkgo|ginseng|garlic (?:pills|capsules|tablets)|"
                r"cod liver oil|red yeast rice|coenzyme q10|coq10|echinacea|st\.? john'?s wort|"
                r"berberine|apple cider vinegar|vinagre de manzana|Apfelessig|苹果醋|"
                r"cinnamon (?:pills|capsules)|spirulina|chlorella|"
                r"cardo mariano|cúrcuma|ginseng|levadura de arroz rojo|Mariendistel|Kurkuma|"
                r"Knoblauchkapseln|Rotschimmelreis|Johanniskraut|水飞蓟|姜黄|红曲|辅酶Q10|鱼肝油|"
                r"人参|"
                r"灵芝|(?<!任何)(?<!或)(?<!和)(?<!及)(?<!与)(?<!的)保健品")

# "take your time", "take this report with you", "tome nota", "tómese su tiempo": not a medicine
_TAKE_NOT_EN = (r"(?!\s+(?:(?:your|a|some|the|this|these|that|it)\s+)?(?:time|moment|note|notes|"
                r"look|breath|seat|part|copy|photo|picture|report|results?|letter|list|card|"
                r"questions?|printout|papers?|form|easy)\b)")

# a device to measure at home is no remedy ("which brand of blood pressure monitor")
_DEVICE = (r"\b(?:monitors?|meters?|cuffs?|machines?|devices?|scales?|strips?|kits?|"
           r"tensiómetros?|glucómetros?|aparatos?|básculas?|tiras|\w*Messgeräte?s?|Geräte?s?|"
           r"Waagen?|Teststreifen)\b|血压计|血糖仪|仪器|试纸|体重秤")

_OWN_EN = _not_after(r"\bmy ", r"\bmy current ", r"\bmy usual ", r"\bmy daily ")

EN = [
    # a unit with "/" or "per" after it is a lab unit (mg/dL, IU/L), not a dose
    _rule(r"\b\d+(?:[.,]\d+)?\s?(?:(?:mg|mcg|µg|ug|iu|ie|ui|units?|Einheiten|unidades)\b|"
          r"i\.\s?e\.)(?!\s*(?:/|%|per\b|pro\b|por\b))",
          "gives a dose"),
    # ("un vaso de agua por la mañana antes de la extracción": getting ready for the test)
    _rule(rf"\b{_NUM}{_UNIT}\b(?!\s*(?:/|%|per\b))[^.?!()]{{0,25}}\b{_FREQ}\b"
          r"(?![^.?!]{0,40}\b(?:before|antes de(?:l| la)?|vor (?:der|dem))\s+"
          r"(?:the |your |a |this )?(?:test|blood|sample|draw|scan|extracción|análisis|analítica|"
          r"prueba|Blutabnahme|Untersuchung|Test|Messung)\b)",
          "gives a dose or a regimen"),
    _rule(r"\b(?:once|twice|three times) (?:a|per) (?:day|week)\b|\bat bedtime\b",
          "gives a dose schedule"),
    _rule(r"(?:^|[.;:!]\s+|,\s*(?:so|and then|then)\s+)(?:please\s+|just\s+|simply\s+)?(?:take"
          + _TAKE_NOT_EN + r"|"
          r"drink|eat|avoid|cut out|cut down on|cut back on|stop|start|switch to|increase|reduce|"
          r"halve|double|skip|add|limit|give up|quit|go on|lose|walk|exercise)\b",
          "tells the person what to take, eat or do", kinds=STATEMENT),
    _rule(r"\byou (?:should|must|need to|have to|ought to|can)\s+(?:\w+\s+)?(?:take|drink|eat|"
          r"avoid|cut|stop|start|increase|reduce|halve|double|go on|switch|limit|give up)\b",
          "tells the person what to take or stop", kinds=STATEMENT),
    _rule(r"\bhow much\b(?! time\b)[^?.]{0,40}(?<!\bit )\btake\b|"
          r"\b(?:should|must) i take\b[^?.]{0,30}\b(?:each|every|"
          r"a|per) (?:day|night|morning|week)\b|\btake\b[^.?!]{0,25}\b(?:each|every|a|"
          r"per) (?:day|night|morning|week)\b|\btake\b[^.?!]{0,25}\bdaily\b|\bcourse of\b|"
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
    _rule(rf"(?<![\w-])(?!{_NOT_FORM_HEAD}\b)[\w-]+\s+{_DRUG_FORM}\b",
          "names a medicine or supplement"),
    # "if you take any medicines or supplements, bring a list": what the person takes already
    _rule(r"(?<!keep )(?<!continue )(?<!if you )(?<!whether you )(?<!you )(?<!you're )"
          r"(?<!you are )(?<!already )(?<!currently )(?<!still )"
          r"\b(?:take|taking|start|starting|try|trying|add|adding|need|"
          r"recommend\w*|use|using)\s+(?!any\b|other\b|regular\b|all\b)(?:\w+\s+){0,2}?(?:supplements?|medicines?|medications?|"
          r"drugs?|pills?|tablets?|capsules?)\b",
          "recommends a medicine", kinds=STATEMENT),
    # (lay "blood thinners", "painkillers": a rule below judges them in context)
    _rule(r"\b(?:statins?|beta[- ]?blockers?|ace inhibitors?|diuretics?|antibiotics?|steroids?|"
          r"corticosteroids?|anticoagulants?|antihypertensives?|"
          r"antidepressants?|hormone replacement|(?:thyroid )?hormone tablets?|"
          r"insulin (?:therapy|treatment)|fish oil|omega[- ]?3|plant sterols?|probiotics?|"
          r"multivitamins?)\b",
          "names a medicine or class of medicines", unless_hedged=True),
    _rule(r"\b(?:therapy|treatment|medication|medicine|tablets?) (?:is |are )?(?:recommended|"
          r"advised|indicated|required)\b",
          "recommends a treatment", kinds=STATEMENT),
    # "whoever prescribed it" names the existing prescription
    # "keep taking them as prescribed" is the existing prescription
    _rule(r"(?<!\bwho )(?<!\bwhoever )(?<!\bthat )(?<!\bany )(?<!\byour )(?<!\bas )"
          r"(?<!\bas already )(?<!\bas originally )\bprescrib(?:e|ed|es|ing)\b|"
          r"\bstart (?:you|him|her) on\b|\bput (?:you|him|her) on\b|"
          r"\bfirst[- ]line\b",
          "recommends a prescription", kinds=STATEMENT),
    _rule(r"\b(?:low|high|reduced|no)[- ](?:purine|salt|sodium|carb(?:ohydrate)?|fat|protein|"
          r"sugar|iodine|fodmap|calorie|cholesterol|fibre|fiber|gluten|lactose)\s+diet\b|"
          r"\bdiet (?:plan|sheet)\b|\b(?:keto|ketogenic|vegan|mediterranean|dash|paleo|"
          r"gluten-free|dairy-free|crash)\s+diet\b|\bfasting plan\b",
          "prescribes a diet"),
    _rule(r"\b(?:avoid|cut out|cut down on|give up|stop|eliminate|no more|without)\s+(?:all\s+|"
          r"any\s+|eating\s+|drinking\s+)?(?:red meat|meat|dairy|gluten|sugar|alcohol|salt|carbs|"
          r"fat|fried food|seafood|bread|coffee|offal|beer|sweets)\b",
          "prescribes a diet", kinds=STATEMENT),
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
    _rule(r"(?:^|[.;:!]\s+|\band\s+)(?:please\s+)?(?:swap|replace|substitute|rest|fast|include|"
          r"choose|stick to|load up on|boost|add|use|try)\b",
          "tells the person what to do", kinds=STATEMENT),
    # "the names and doses of your medicines": a list to bring, not a dose; nor "the dose you
    # take", "your current dose" (what the person takes already)
    _rule(r"(?<!\band )(?<!\band the )(?<!\band their )(?<!\band your )(?<!\bcurrent )"
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
    _rule(r"\b(?:lower|reduce|cut|raise|bring down|drop)\w* (?:your |"
          r"the )?[\w-]+ (?:\w+ )?by (?:\d+|a third|half|a quarter)",
          kinds=STATEMENT),
    # ("cutting out bread and pasta": the verb in any form)
    _rule(r"\btreat\w* (?:this|it|that) with\b|\binstead of (?:the )?(?:tablets|pills|medicines?|"
          r"medications?|drugs)\b|\b(?:cut(?:ting)? out|giv(?:e|ing) up|avoid(?:ing)?|"
          r"stop(?:ping)? eating|quit(?:ting)?|drop(?:ping)?|go(?:ing)? without|"
          rf"cut(?:ting)? down on)\s+(?:all\s+|any\s+)?{_FOODS_EN}\b(?![^.?!]*\bbefore\b)|"
          rf"\b(?:low-carb|keto|ketogenic|"
          r"gluten-free|dairy-free|vegan|paleo|intermittent fasting)\b",
          "suggests a treatment or diet"),
    _rule(_SUPPLEMENTS,
          "names a supplement or remedy"),
    # ("if you already take tablets for your blood pressure": what the person takes already)
    _rule(r"(?<!\bif you )(?<!\bif you already )(?<!\bif you currently )(?<!\byou already )"
          r"(?<!\byou currently )(?<!\bthat you )(?<!\bwhich you )(?<!\bI already )"
          r"\btake\b[^.?!]{1,40}\bfor (?:my|your|the) (?:liver|kidneys?|heart|thyroid|blood|"
          r"cholesterol|sugar|bones?|iron|joints|memory|immune system)\b",
          "suggests taking something"),
    # ("two Brazil nuts a day": a name of two words)
    _rule(rf"\b{_NUM}(?:[\w-]+\s+)?[\w-]+\s+(?:a|per|each|every) (?:day|week|night|morning)\b",
          "gives a regimen"),
    _rule(rf"{_OWN_EN}(?:\bblood thinners?\b|\bwater tablets?\b|\bpainkillers?\b){_AFFECTS}|"
          r"\b(?:be )?(?:started|put) on\b",
          "names a medicine", unless_hedged=True),
    _rule(r"\bangio\w+|\bcatheter\w*|\bstress test\b|\bscope\b|\bbone marrow (?:test|biopsy)\b",
          "names a procedure", kinds=STATEMENT, unless_negated=True, unless_choice=True),
    _rule(r"\b(?:will|'ll|should) (?:\w+ )?(?:go down|come down|drop|fall|improve|normali[sz]e|"
          r"return to normal|go up|rise) if you\b|\b(?:foods?|diet|eat|"
          r"drink)\b[^.?!]{0,30}\bto (?:raise|lower|boost|increase|reduce|improve|bring (?:up|"
          r"down))\b"),
    _rule(r"\b\d+(?:[.,]\d+)?\s*(?:g|mg|ml|mcg)\s*(?:per|por|pro|/)\s*(?:kilo|kg)\w*|每公斤",
          "gives a dose"),
    _rule(r"\b[\w-]+ (?:inhibitors?|blockers?|agonists?|antagonists?)\b|\binhibidor(?:es)? de\b|"
          r"\b\w+hemmer\b|抑制剂|拮抗剂|阻滞剂|激动剂",
          "names a class of medicines", unless_hedged=True),
    # (the word before is part of the match, so "earlier gallbladder operation" is history too)
    # ("at the surgery", "your GP surgery": the practice, not an operation; "the report recommends
    # a biopsy" restates the report)
    _rule(r"(?:(?<!status )(?<!s/)(?<!previous )(?<!prior )(?<!earlier )(?<!past )(?<!of )"
          r"(?<!of a )(?<!of an )(?<!had )\b(?!" + _HISTORY + r"\b)"
          r"(?!(?:GP'?s?|doctor'?s|local|family)\s+surgery\b)"
          r"(?!(?<=\bat )(?:the|your|my|our)\s+surgery\b)(?!(?<=\bto )(?:the|your|my|our)\s+"
          r"surgery\b)(?!(?<=\bring |\bcall )(?:the|your|my|our)\s+surgery\b)"
          r"(?!(?<=\bphone |\bvisit )(?:the|your|my|our)\s+surgery\b)[\w'-]+\s+|(?<![\w'-]\s))"
          + "(?=" + _PROCEDURE_EN + ")" + _REPORT_ADVISES + _PROCEDURE_EN,
          "names a treatment or procedure", kinds=STATEMENT, unless_negated=True,
          unless_choice=True),
    _rule(r"\b(?:need|needs|should have|must have|requires?) (?:a |an |some )?(?:medicines?|"
          r"medications?|drugs?|pills?|tablets?|treatment)\b",
          "says treatment is needed", kinds=STATEMENT, unless_negated=True, unless_choice=True),
    _rule(r"\b(?:treated|managed|cured) with\b|\btreatment (?:is|with|of)\b",
          "talks about treatment", kinds=STATEMENT, unless_negated=True, unless_choice=True),
    # a weight-loss target ("lose 5 kg this month") or a meal regimen is a prescription
    _rule(r"\b(?:lose|losing|shed|shedding|drop|dropping|take off)\s+(?:at least\s+|about\s+|"
          r"around\s+|another\s+)?(?:\d+(?:[.,]\d+)?|a few|some|two|three|four|five|six|ten|"
          r"twenty)\s*(?:kg|kilos?|kilograms?|pounds?|lbs?|stone)\b|\b(?:one|a single|two) meals? "
          r"(?:a|per) day\b|\bonly one meal\b|\bOMAD\b|\b(?:water|juice|bone broth) fast\b|"
          r"\b(?:16:8|5:2) (?:fasting|diet|plan)\b",
          "prescribes weight loss or a diet", kinds=STATEMENT, unless_negated=True),
    # "cinnamon helps lower your sugar": a substance promised to treat the result ("can help"
    # is a general statement)
    _rule(r"\bhelps?\s+(?:to\s+)?(?:lower|raise|reduce|boost|bring (?:down|up)|normali[sz]e|"
          r"clear|flush|fix|control)\b|\b(?:a |the )?(?:natural|easy|quick|best|simple) "
          r"(?:way|remedy|fix|cure) (?:to|for)\b",
          kinds=STATEMENT, unless_modal=True, unless_negated=True),
    # "after a month without alcohol it will be back to normal": a cause and a promised result
    _rule(r"\b(?:with|after|without|once you|if you)\b[^.?!;]{1,50}\b(?:will|'ll|should)\s+"
          r"(?:\w+\s+)?(?:return|go back|come back|get back|be back|normali[sz]e|settle|drop|fall|"
          r"come down|go down|rise|improve)\b",
          kinds=STATEMENT, unless_modal=True),
    # "should be removed", "have it taken out": an operation
    _rule(r"\b(?:should|must|needs? to|has to|have to|will (?:need|have) to|ought to|is best)\s+"
          r"be\s+(?:surgically\s+)?(?:removed|cut out|taken out|drained|excised|operated on|"
          r"lasered|frozen off|burned off)\b|\b(?:have|get|having|getting)\s+(?:it|them|this|that|"
          r"the \w+)\s+(?:surgically\s+)?(?:removed|cut out|taken out|drained|lasered|frozen off|"
          r"operated on)\b|\bneeds? (?:removing|cutting out|taking out|draining|an operation)\b",
          "names a treatment or procedure", kinds=STATEMENT, unless_negated=True,
          unless_choice=True),
    # "can I stop my statin", "take double the dose": a change to a medicine
    _rule(r"\b(?:stop|stopping|pause|pausing|halve|halving|quit|come off|go off|skip|skipping|"
          r"double|doubling)\s+(?:taking\s+)?(?:my|your)\s+(?!risk|chances?|odds|efforts?|"
          r"breakfast|meal|lunch|dinner)[\w-]+|\b(?:take|taking|use|using)\s+(?:double|twice|"
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
          r"hohe[nrs]?|erhöhte[nrs]?|niedrige[nrs]?)\s+){0,3}|(?:to|zum|zur|para)\s+(?:lower|raise|"
          r"improve|reduce|boost|Senken|Senkung|Verbesserung|Erhöhung|bajar|subir|mejorar|"
          r"reducir)\s+(?:(?:the|your|des|der|el|la|los|las|Ihre[ns]?)\s+)?)"
          r"(?:muscle )?(?:cramps|calambres|"
          r"\w*krämpfe|kidneys?|liver|bones|riñones|hígado|huesos|Nieren|Leber|Knochen|"
          r"ferritin|ferritina|anaemia|anemia|Blutarmut|blood pressure|cholesterol|blood "
          r"sugar|sugar|glucose|ferritin|uric acid|triglycerides|LDL|HbA1c|tensión|colesterol|"
          r"azúcar|glucosa|ácido úrico|triglicéridos|Blutdruck|Cholesterin|Blutzucker|"
          r"Harnsäure|Triglyzeride)(?:s|es)?\b",
          "names a remedy for a result", kinds=TITLE),
    # "Is it better to take it in the morning or at night?": when to take a medicine
    _rule(r"\b(?:tak\w*|tom\w*|nehm\w*|einnehm\w*)\b[^.?!;]{0,30}\b(?:in the morning or (?:at "
          r"night|in the evening)|por la mañana o por la noche|morgens oder abends|abends oder "
          r"morgens|before or after (?:meals|food|breakfast)|antes o después de (?:comer|las "
          r"comidas)|vor oder nach dem Essen)\b|\b(?:morgens oder abends|abends oder morgens|vor "
          r"oder nach dem Essen)\b[^.?!;]{0,20}\b(?:ein)?nehm\w*",
          "tells when to take a medicine"),
    # "How many bananas a day should I eat?", "how much water should I drink to ...": asks for
    # an amount of a food or drink ("how much fasting before the test" is the test's own; a
    # statement's "rather than how much you eat" asks nothing)
    _rule(r"\bhow (?:much|many)\b(?![^?.!]*\bbefore (?:the|my|a|your|this) (?:test|blood|"
          r"sample|scan|draw|appointment))(?:[^?.!]{0,50}\b(?:eat|eating|drink|drinking|consume|"
          r"consuming)\b|\s+(?!times?\b|tests?\b|more\b|visits?\b|checks?\b|scans?\b|weeks?\b|"
          r"months?\b|days?\b|years?\b|hours?\b)[\w-]+(?:\s+[\w-]+)?\s+(?:a|per|each|every) "
          r"(?:day|week)\b|[^?.!]{0,30}\b(?:can|should|may|could) i have\b[^?.!]{0,20}\b(?:a|"
          r"per|each|every) (?:day|week)\b)",
          "asks how much to eat or drink", kinds=QUESTION),
    # "limit sugar to 25 grams", "keep alcohol below 2 drinks": a cap on intake
    _rule(rf"\b(?:limit|cap|keep|restrict|cut|reduce|bring)\w*\b[^.?!;]{{0,30}}\b(?:to|under|"
          rf"below|at) (?:under |below |less than |no more than |at most |a maximum of )?{_NUM}"
          r"(?:g|grams?|mg|cups?|glasses|drinks|units|servings|portions|eggs|slices|meals|"
          r"calories|kcal|teaspoons?)\b(?!\s*/)",
          "caps what the person eats or drinks", kinds=STATEMENT, unless_negated=True),
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
    # "a medicine to lower the uric acid", "ein Medikament zur Senkung der Harnsäure": a treatment
    # foretold ("whether a medicine to lower it is needed" is the clinician's choice)
    _rule(r"\b(?:a|an|some)\s+(?:\w+\s+)?(?:medicines?|medications?|tablets?|pills?|drugs?|"
          r"injections?)\s+(?:to|that will|which will|that would)\s+(?:lower|raise|reduce|bring|"
          r"control|treat|protect)\b|\b(?:Medikament\w*|Mittel|Tabletten?|Präparat\w*|"
          r"Spritzen?)\s+(?:zur|gegen|für die) (?:Senkung|Erhöhung|Behandlung|Regulierung|"
          r"Anhebung)\b|\b(?:medicamentos?|pastillas?|fármacos?|tratamiento)\s+para (?:bajar|"
          r"subir|reducir|controlar|tratar|normalizar)\b",
          "foretells a medicine", unless_negated=True, unless_choice=True, unless_hedged=True),
]

EN += [
    # a supplement as the means ("with folic acid and a B-vitamin complex", "Folsäure nehmen"),
    # not the name of a test ("Kontrolle von Folsäure", "Ácido fólico bajo")
    _rule(r"\b(?:with|taking|take|mit|nehmen|einnehmen|con|tomar|tome)\s+(?:\w+\s+){0,2}?"
          r"(?:folic acid|B[- ]vitamin complex|vitamin B complex|Folsäure|"
          r"B-Vitamin-Komplex|Vitamin-B-Komplex|ácido fólico|complejo (?:de )?vitamina B)\b"
          r"(?!\s*(?:levels?|values?|results?|tests?|Spiegel|Wert\w*|nivel\w*|valor\w*))",
          "names a medicine or supplement", unless_negated=True),
]

EN += [
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
]

EN += [
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
]

EN += [
    # "L-thyroxine", "Euthyrox", "Eutirox": the thyroid hormone as a medicine (plain "thyroxine"
    # and "free T4" are the test's names)
    _rule(r"\bL-?thyrox\w*|\blevo-?thyrox\w*|\bl-?tiroxina\b|\b(?:Euthyrox|Eutirox|Eltroxin|"
          r"Synthroid|Letrox|Levaxin|Berlthyrox)\b",
          "names a medicine"),
]

EN += [
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
]

EN += [
    # "no more than a teaspoon a day", "Sal: no más de una cucharadita al día", "höchstens zwei
    # Tassen am Tag", "每天不超过一茶匙": a cap on intake, with or without a verb
    _rule(r"\b(?:no more than|not more than|at most|a maximum of|max\.?|up to|less than)\s+"
          r"(?:\d+(?:[.,]\d+)?\s*|(?:an?|one|two|three|four|five|half an?)\s+)(?:g|grams?|mg|cups?|"
          r"glass(?:es)?|drinks|units|servings|portions|eggs|slices|teaspoons?|tablespoons?|pieces|"
          r"litres?|liters?)\b[^.?!;]{0,20}\b(?:a|per|each|every) (?:day|week)\b|"
          r"\b(?:no más de|como máximo|un máximo de|hasta|menos de)\s+(?:\d+(?:[.,]\d+)?\s*|"
          r"(?:una?|media|medio|dos|tres|cuatro|cinco)\s+)(?:g|gramos?|mg|cucharaditas?|cucharadas?|"
          r"tazas?|vasos?|copas?|raciones|porciones|huevos?|piezas?|lonchas|litros?)\b[^.?!;]{0,20}"
          r"\b(?:al día|por día|diari[oa]s?|a la semana|por semana)\b|"
          r"\b(?:nicht mehr als|höchstens|maximal|max\.|bis zu|weniger als)\s+"
          r"(?:\d+(?:[.,]\d+)?\s*|(?:eine?n?|zwei|drei|vier|fünf|ein halber|eine halbe)\s+)"
          r"(?:g|Gramm|mg|Teelöffel|Esslöffel|Tassen?|Gläser|Glas|Portionen?|Eier|Scheiben?|Stück|"
          r"Liter)\b[^.?!;]{0,20}\b(?:am Tag|pro Tag|täglich|pro Woche|in der Woche|die Woche)\b|"
          r"(?:每天|每日|一天|每周|一周)[^。，,？]{0,6}(?:不超过|不要超过|最多|不多于|控制在)[^。，,？]{0,4}"
          r"[\d一二两三四五六七八九十半]+(?:克|茶匙|勺|杯|个|片|份|两)",
          "caps what the person eats or drinks", kinds=STATEMENT, unless_negated=True),
]

EN += [
    # "brings their HbA1c straight back down", "gets it back to normal": a promised result
    _rule(r"\b(?:brings?|gets?) (?:[\w-]+ ){1,3}(?:straight |right |quickly )?back (?:down|up|"
          r"to normal|into (?:the )?(?:normal |target )?range)\b",
          kinds=STATEMENT, unless_modal=True, unless_negated=True),
]
