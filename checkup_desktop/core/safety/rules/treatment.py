"""Treatment: any medicine, supplement, dose, regimen, diet or fluid prescription, procedure,
or a promise of what a treatment will do.

One list per card language (EN, ZH, ES, DE), in the order the engine applies them; the
English list also holds patterns for the other languages' wordings of the same forms. Every
rule here is `_rule(pattern, why, kinds, **flags)` with the category's usual reason, texts
and flags (below) unless it says otherwise.
"""

from __future__ import annotations

from checkup_desktop.core.safety.rules.rule import ALL, QUESTION, STATEMENT, TITLE, maker

_UNIT = (r"(?:mg|mcg|µg|ug|g|iu|ui|ie|i\.e\.|units?|unidades|einheiten|ml|l|litres?|liters?|"
         r"litros?|"
         r"liter|glass(?:es)?|cups?|bottles?|vasos|gläser|tablets?|capsules?|pills?|pastillas?|"
         r"comprimidos?|"
         r"tabletten?|kapseln?|minutes|minutos|minuten|steps|pasos|schritte|servings?|portions?|"
         r"porciones|portionen|nuts|grams?|gramos?|gramm|kcal|calories|kalorien|calorías|"
         r"kilocalorías)")

_NUM = (r"(?:\d+(?:[.,]\d+)?\s*|(?:an?|one|two|three|four|five|six|eight|ten|half an?|"
        r"a couple of|twenty|thirty|forty|forty-five|sixty|dos|tres|cuatro|cinco|diez|quince|"
        r"veinte|treinta|cuarenta|sesenta|zwei|drei|vier|fünf|zehn|fünfzehn|zwanzig|dreißig|vierzig|sechzig)\s+)")

# ("30 minutes after a meal": "a" alone is no frequency)
_FREQ = (r"(?:per|each|every|daily|nightly|day|night|morning|week|al día|a diario|diari[oa]s?|"
         r"cada|por día|täglich|am tag|pro tag|jeden|morgens|abends|pro woche|at night|por la "
         r"noche|semana|woche)")

_DRUG_FORM = (r"(?:tablets?|pills?|capsules?|injections?|shots?|supplements?|sachets?|drops|"
              r"infusions?|jabs?|drinks?)")

_NOT_FORM_HEAD = (r"(?:the|any|your|my|some|of|these|those|a|an|and|or|other|usual|current|all|new|"
                  r"no|which|what|their|his|her|our|its|medicines?|prescribed|taking|take|list|"
                  # "you drink", "to drink": the verb; a glucose or contrast drink is a test's
                  r"you|i|we|they|to|then|glucose|contrast|sugar|"
                  # "over-the-counter or herbal supplements" in general
                  r"over-the-counter|herbal|dietary|nutritional|prescription|regular)")

_PROCEDURE_EN = (r"\b(?:surgery|operation|chemotherapy|radiotherapy|radiation therapy|dialysis|"
                 r"transfusion|biopsy|transplant\w*|stent\w*|ablation|[a-z]+ectomy|[a-z]+otomy|"
                 r"[a-z]+plasty|colonoscopy|endoscopy|gastroscopy|fna|fine[- ]needle)\b")

# a past operation in the history: "status post cholecystectomy", "your previous appendectomy"
_HISTORY = r"(?:status|post|s/p|p|previous|prior|earlier|past|history|old|had)"

_FOODS_EN = (r"(?:gluten|dairy|lactose|sugar|salt|red meat|meat|alcohol|carbs|carbohydrates|fat|"
             r"coffee|caffeine|eggs|bread|seafood|shellfish|beer|sweets|fruit juice|offal)")

_SUPPLEMENTS = (r"\bbiotin\w*|生物素|\bcollagen\b|\bcolágeno\b|\bKollagen\b|胶原蛋白|"
                r"milk thistle|turmeric|curcumin|ginkgo|ginseng|garlic (?:pills|capsules|tablets)|"
                r"cod liver oil|red yeast rice|coenzyme q10|coq10|echinacea|st\.? john'?s wort|"
                r"berberine|apple cider vinegar|cinnamon (?:pills|capsules)|spirulina|chlorella|"
                r"cardo mariano|cúrcuma|ginseng|levadura de arroz rojo|Mariendistel|Kurkuma|"
                r"Knoblauchkapseln|Rotschimmelreis|Johanniskraut|水飞蓟|姜黄|红曲|辅酶Q10|鱼肝油|"
                r"人参|"
                r"灵芝|(?<!任何)(?<!或)(?<!和)(?<!及)(?<!与)(?<!的)保健品")

# "take your time", "take this report with you", "tome nota", "tómese su tiempo": not a medicine
_TAKE_NOT_EN = (r"(?!\s+(?:(?:your|a|some|the|this|these|that|it)\s+)?(?:time|moment|note|notes|"
                r"look|breath|seat|part|copy|photo|picture|report|results?|letter|list|card|"
                r"questions?|printout|papers?|form|easy)\b)")
_TAKE_NOT_ES = (r"(?!\s+(?:nota|asiento|aire|en cuenta|su tiempo|tu tiempo|el tiempo|un momento|"
                r"con calma|en serio|la tensión|la presión|el informe|sus preguntas)\b)")
# "Nehmen Sie sich Zeit", "Nehmen Sie den Befund mit", "Kontakt auf": not a medicine
_NEHMEN_NOT = (r"(?=\s+Sie\b(?!\s+(?:sich|Kontakt|Platz|Rücksprache|Stellung|teil)\b)"
               r"(?![^.;!?]*\b(?:mit|teil|auf|wahr)\s*(?:[.;!?,]|$|und\b|oder\b)))")

# a dose changed to an amount ("减到半片", "改成一天两粒", "少吃一片")
_ZH_AMOUNT = (r"(?:(?:减|加|增|降|调|改|换|退)(?:到|至|成|为|回)|(?:多|少)(?:吃|服|用|加|打)|"
              r"加|减|吃|服|服用|补|打)(?:每天|一天|每日|每晚|早上|晚上|隔天|隔日|每次|一次)?"
              r"[\d一二两三四五六七八九十半]+(?:\.\d+)?\s*(?:片|粒|颗|毫克|微克|单位|支|袋|勺|滴|mg)"
              r"(?!\s*(?:/|%))")

_rule = maker("treatment", "promises what a treatment will do", ALL)

# Medicine in general or a lay class of it ("painkillers", "降压药") named as something that can
# change a test ("部分药物会影响化验结果") is not advice: appended after such words, nothing later
# in the sentence may say so. A drug or supplement's own name ("biotin", "statin") stays unsafe
# in any context (DESIGN §2: no drug names; the corpus holds it so).
_AFFECTS = (r"(?![^.?!;。？！；]*?(?:\b(?:affect\w*|interfer\w*|skew\w*|distort\w*|falsif\w*|"
            r"alter(?:s|ed|ing|ar|an?|en?|ad[oa]s?)?|influ\w*|throw\w* off|thrown off|"
            r"mess\w* (?:up|with)|explain\w*|afect\w*|falsea\w*|false|verfälsch\w*|"
            r"beeinfluss\w*|verzerr\w*|stör(?:en|t|te)|auswirk\w*|Einfluss)\b|影响|干扰|假性|不准))")


def _not_after(*words: str) -> str:
    """Fixed-width lookbehinds, one per word: the medicine is one the person already takes
    ("my painkillers", "我目前吃的降压药")."""
    return "".join(f"(?<!{w})" for w in words)


_OWN_EN = _not_after(r"\bmy ", r"\bmy current ", r"\bmy usual ", r"\bmy daily ")
_OWN_ES = _not_after(r"\bmi ", r"\bmis ")
_OWN_DE = _not_after(r"\bmein ", r"\bmeine ", r"\bmeinem ", r"\bmeinen ", r"\bmeiner ",
                     r"\bmeines ")
_OWN_ZH = _not_after(*(f"我{when}{verb}的" for when in ("", "在", "目前", "目前在", "现在", "正在",
                                                      "一直", "平时", "长期", "已经在")
                       for verb in ("吃", "服用", "用")))
# "... the statin I take", "la estatina que tomo", "das Statin, das ich nehme"
_OWN_AFTER = (r"(?!\s*(?:that |which |,\s*)?(?:I(?:'m| am)? (?:already |currently |now |still )?"
              r"(?:take|taking|use|using|on)\b|que (?:ya |actualmente )?(?:tomo|estoy tomando|"
              r"uso|llevo)\b|(?:das|die|den) ich (?:\w+ )?(?:nehme|einnehme)\b))")

EN = [
    # a unit with "/" or "per" after it is a lab unit (mg/dL, IU/L), not a dose
    _rule(r"\b\d+(?:[.,]\d+)?\s?(?:(?:mg|mcg|µg|ug|iu|ie|ui|units?|Einheiten|unidades)\b|"
          r"i\.\s?e\.)(?!\s*(?:/|%|per\b|pro\b|por\b))",
          "gives a dose"),
    _rule(rf"\b{_NUM}{_UNIT}\b(?!\s*(?:/|%|per\b))[^.?!()]{{0,25}}\b{_FREQ}\b",
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
    _rule(r"\b(?:start|stop|begin|come off|go off|double|halve|increase|reduce|decrease|skip|"
          r"change|adjust|switch|lower|raise|cut)(?:s|ping|ped|ing|d)?\s+(?:taking\s+|"
          r"using\s+)?(?!how\b)(?:(?:my|your|the|this|that|a|an|"
          r"on)\s+)?(?:[\w-]+\s+){0,3}?(?:medicines?|medications?|meds|drugs?|pills?|tablets?|"
          r"doses?|dosage|insulin|treatment|injections?|capsules?)\b",
          "changes a medicine or dose", unless_negated=True),
    _rule(rf"(?<![\w-])(?!{_NOT_FORM_HEAD}\b)[\w-]+\s+{_DRUG_FORM}\b",
          "names a medicine or supplement"),
    # "if you take any medicines or supplements, bring a list": what the person takes already
    _rule(r"(?<!keep )(?<!continue )(?<!if you )(?<!whether you )(?<!you )(?<!you're )"
          r"(?<!you are )\b(?:take|taking|start|starting|try|trying|add|adding|need|"
          r"recommend\w*|use|using)\s+(?!any\b|other\b|regular\b|all\b)(?:\w+\s+){0,2}?(?:supplements?|medicines?|medications?|"
          r"drugs?|pills?|tablets?|capsules?)\b",
          "recommends a medicine", kinds=STATEMENT),
    _rule(r"\b(?:statins?|beta[- ]?blockers?|ace inhibitors?|diuretics?|antibiotics?|steroids?|"
          r"corticosteroids?|blood thinners?|anticoagulants?|antihypertensives?|painkillers?|"
          r"antidepressants?|hormone replacement|(?:thyroid )?hormone tablets?|"
          r"insulin (?:therapy|treatment)|fish oil|omega[- ]?3|plant sterols?|probiotics?|"
          r"multivitamins?)\b",
          "names a medicine or class of medicines", unless_hedged=True),
    _rule(r"\b(?:therapy|treatment|medication|medicine|tablets?) (?:is |are )?(?:recommended|"
          r"advised|indicated|required)\b",
          "recommends a treatment", kinds=STATEMENT),
    # "whoever prescribed it" names the existing prescription
    _rule(r"(?<!\bwho )(?<!\bwhoever )(?<!\bthat )(?<!\bany )(?<!\byour )"
          r"\bprescrib(?:e|ed|es|ing)\b|"
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
    # "the names and doses of your medicines": a list to bring, not a dose
    _rule(r"(?<!\band )(?<!\band the )(?<!\band their )(?<!\band your )\b(?:doses?|dosage)\b",
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
    _rule(r"\btreat\w* (?:this|it|that) with\b|\binstead of (?:the )?(?:tablets|pills|medicines?|"
          r"medications?|drugs)\b|\b(?:cut out|give up|avoid|stop eating|quit|drop|go "
          rf"without|cut down on)\s+(?:all\s+|any\s+)?{_FOODS_EN}\b(?![^.?!]*\bbefore\b)|"
          rf"\b(?:low-carb|keto|ketogenic|"
          r"gluten-free|dairy-free|vegan|paleo|intermittent fasting)\b",
          "suggests a treatment or diet"),
    _rule(_SUPPLEMENTS,
          "names a supplement or remedy"),
    _rule(r"\btake\b[^.?!]{1,40}\bfor (?:my|your|the) (?:liver|kidneys?|heart|thyroid|blood|"
          r"cholesterol|sugar|bones?|iron|joints|memory|immune system)\b",
          "suggests taking something"),
    _rule(rf"\b{_NUM}[\w-]+\s+(?:a|per|each|every) (?:day|week|night|morning)\b",
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
    _rule(r"(?:(?<!status )(?<!s/)(?<!previous )(?<!prior )(?<!earlier )(?<!past )(?<!of )"
          r"(?<!of a )(?<!of an )(?<!had )\b(?!" + _HISTORY + r"\b)[\w'-]+\s+|(?<![\w'-]\s))"
          + _PROCEDURE_EN,
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
          r"tablets?|pills?|foods?|diet|drinks?|teas?|herbs?|remed(?:y|ies)|brand)\b[^.?!]{0,30}"
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
          r"discuss|talk|besprech|comentar|hablar)\w*)"
          r"[^.]{3,40}\b(?:for|para|gegen|für)\s+(?:high |low |raised |your |el |la |los |las |"
          r"den |die |das |Ihre[nm]? |"
          r"hohe[nrs]? |erhöhte[nrs]? |niedrige[nrs]? )?(?:muscle )?(?:cramps|calambres|"
          r"\w*krämpfe|kidneys?|liver|bones|riñones|hígado|huesos|Nieren|Leber|Knochen|"
          r"ferritin|ferritina|anaemia|anemia|Blutarmut|blood pressure|cholesterol|blood "
          r"sugar|sugar|glucose|ferritin|uric acid|triglycerides|LDL|HbA1c|tensión|colesterol|"
          r"azúcar|glucosa|ácido úrico|triglicéridos|Blutdruck|Cholesterin|Blutzucker|"
          r"Harnsäure|Triglyzeride)\b",
          "names a remedy for a result", kinds=TITLE),
    # "Is it better to take it in the morning or at night?": when to take a medicine
    _rule(r"\b(?:tak\w*|tom\w*|nehm\w*|einnehm\w*)\b[^.?!;]{0,30}\b(?:in the morning or (?:at "
          r"night|in the evening)|por la mañana o por la noche|morgens oder abends|abends oder "
          r"morgens|before or after (?:meals|food|breakfast)|antes o después de (?:comer|las "
          r"comidas)|vor oder nach dem Essen)\b|\b(?:morgens oder abends|abends oder morgens|vor "
          r"oder nach dem Essen)\b[^.?!;]{0,20}\b(?:ein)?nehm\w*",
          "tells when to take a medicine"),
    # "How many bananas a day should I eat?", "how much water should I drink to ...": asks for
    # an amount of a food or drink ("how much fasting before the test" is the test's own)
    _rule(r"\bhow (?:much|many)\b(?![^?.!]*\bbefore (?:the|my|a|your|this) (?:test|blood|"
          r"sample|scan|draw|appointment))(?:[^?.!]{0,50}\b(?:eat|eating|drink|drinking|consume|"
          r"consuming)\b|\s+(?!times?\b|tests?\b|more\b|visits?\b|checks?\b|scans?\b|weeks?\b|"
          r"months?\b|days?\b|years?\b|hours?\b)[\w-]+(?:\s+[\w-]+)?\s+(?:a|per|each|every) "
          r"(?:day|week)\b|[^?.!]{0,30}\b(?:can|should|may|could) i have\b[^?.!]{0,20}\b(?:a|"
          r"per|each|every) (?:day|week)\b)",
          "asks how much to eat or drink"),
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
ZH = [
    # "正在服用" is what the person already takes, and "服用…会影响化验结果" names a cause of a
    # result (a named medicine stays: no drug names); 口服葡萄糖耐量试验 is a test; "开处方的医生"
    _rule(r"(?:(?<!正在)(?<!目前)(?<!已经)(?<!所)(?<!在)服用|(?<!需要)(?<!要不要)(?<!需不需要)吃药|"
          r"吃药(?![^。，,]{0,4}[吗呢]))" + _AFFECTS +
          r"|口服(?![^。，,]{0,8}(?:试验|测试|实验))|(?<!低)(?<!辐射)剂量(?![^。，,]{0,4}(?:CT|螺旋|扫描|辐射))|处方(?![^。，,]{0,2}(?:医生|医师))|停药|注射|他汀|"
          r"(?<!任何)(?<!或)(?<!和)(?<!及)(?<!与)(?<!的)(?:补充剂|保健品)|"
          r"二甲双胍|胰岛素(?:注射|针)|"
          r"阿司匹林|抗生素|优甲乐|左甲状腺素|鱼油|钙片|铁剂|补铁|补钙|补碘|补充维生素|"
          + _OWN_ZH + r"[降消止]\w?药" + _AFFECTS +
          # "我需要吃药吗" asks whether medicine is needed at all
          r"|(?:建议|(?<!是否)(?<!要不要)(?<!需不需要)(?<!会不会)(?<!何时)需要(?![^。，,]{0,8}吗)|应该|应当|可以)(?:使用|用|开|吃|服)[^。，,]{0,6}药(?!物)|"
          r"[\u4e00-\u9fff]{1,4}(?:[药素钙铁]片|胶囊|注射液|口服液|颗粒|滴丸|滴剂|喷剂|冲剂|泡腾片|沙坦|普利|洛尔|地平|"
          r"双胍|列净|格列\w)(?![\u4e00-\u9fff]*(?:检查|结果))",
          "mentions a medicine or dose", unless_negated=True),
    _rule(r"(?:吃|服用?|补|打)多少|(?:换成|改成|换用|改用)[\u4e00-\u9fff]{2,}|(?:减|加|调)(?:到|"
          r"至)\d|口服(?![^。，,]{0,8}(?:试验|测试|实验))|疗程|静脉补",
          "prescribes a medicine or dose", unless_negated=True),
    # "我需要长期服药吗" asks whether medicine is needed at all; "正在吃的药" is taken already
    _rule(r"打[\u4e00-\u9fffA-Za-z0-9]{0,8}针|输液|吊瓶|" + _not_after(
              "需要", "需要长期", "要不要", "要不要长期", "需不需要", "是否需要", "是否", "用不用",
              "正在", "目前", "已经", "在", "所") +
          # "吃的药" names what is taken already, as a cause ("可以吃的药" is caught above)
          r"(?:吃|服)(?!过?的药)[\u4e00-\u9fff]{0,3}(?:药|片)(?!物)" + _AFFECTS,
          "mentions a medicine or injection", unless_negated=True),
    # "CA125升高" is a test's name and a rise, not a dose
    _rule(r"(?<![A-Za-z\d.-])\d+(?:\.\d+)?\s*(?:毫克|微克|克|单位|国际单位|IU|mg|片|粒|升(?!高)|毫升|"
          r"杯)(?!\s*(?:/|%|每))|"
          r"每[天日晚周](?:补充|服用|吃|喝|口服|注射)",
          "gives a dose"),
    _rule(r"(?<![不别勿])(?:戒掉|戒酒|戒烟|少吃|多吃|多喝|喝够|忌口|"
          r"(?:不要吃|别吃)(?!东西|早饭|早餐|饭|任何)|低嘌呤|低盐|低脂|"
          r"低糖饮食|饮食控制|改为\w*饮食|停掉|停用|加倍|减半)",
          "prescribes a diet or a change", kinds=STATEMENT, unless_negated=True),
    _rule(r"(?:可以|能|就能|会)(?:把它|把\w{0,4})?(?:降下来|降下去|治好|治愈|纠正过来)",
          kinds=STATEMENT),
    _rule(r"剂量加倍|加倍|减半|停掉|(?:可以|能)停",
          "changes a medicine or dose", unless_negated=True),
    # "胆囊切除术后", "以前做过的手术": an operation in the history
    _rule(r"(?<!做过的)(?<!做过)(?<!以前的)(?<!既往)(?<!曾行)(?<!曾做)"
          r"(?:穿刺|活检|手术|透析|化疗|放疗|输血|切除|移植|支架|消融)(?!术?后)",
          "names a treatment or procedure", kinds=STATEMENT, unless_negated=True,
          unless_choice=True),
    _rule(r"(?<!低)(?<!辐射)剂量(?![^。，,]{0,4}(?:CT|螺旋|扫描|辐射))|补(?:点|些|充)?(?:镁|钙|铁|锌|碘|钾|硒|维生素|叶酸|鱼油)|换成|改吃|多吃|少吃",
          "prescribes a medicine, dose or diet", unless_negated=True),
    _rule(r"(?:打|注射|用上?)胰岛素|开始(?:吃|用|打|服)",
          "starts a medicine", unless_negated=True),
    _rule(r"代替|替代|戒掉|戒(?:酒|烟|糖)|不吃|麸质|无麸质|生酮|低碳水",
          "suggests a treatment or diet", kinds=QUESTION),
    _rule(r"空腹(?:吃|服)|饭前(?:吃|服)|饭后(?:吃|服)|睡前(?:吃|服)",
          "tells how to take a medicine", unless_negated=True),
    _rule(_OWN_ZH + r"(?:护肝|保肝|养肝|护肾|降脂药|降糖药|降压药)" + _AFFECTS,
          "suggests a treatment", unless_negated=True),
    _rule(_OWN_ZH + r"(?:抗凝药|抗血小板药|利尿剂|止痛药|激素药|降压药|安眠药)" + _AFFECTS,
          "names a medicine", unless_negated=True),
    _rule(r"造影|导管|胃镜|肠镜|穿刺",
          "names a procedure", kinds=STATEMENT, unless_negated=True, unless_hedged=True,
          unless_choice=True),
    _rule(r"请(?:避免|少吃|多吃|戒|控制|减少|增加|坚持)(?![^。]*(?:以免|免得)影响)|避免(?:吃|喝)|每天锻炼|坚持锻炼|多运动|"
          r"(?:吃|喝)什么(?:能|可以|来)(?:降|升|提高|降低)",
          "prescribes a diet or exercise", unless_negated=True),
    # a weight-loss target or a meal regimen ("一个月减掉十斤", "每天只吃一顿饭", "轻断食")
    _rule(r"减(?:掉|重|肥|去)?[\d一二三四五六七八九十两几]+(?:斤|公斤|千克|kg)|只吃一顿|"
          r"(?:一天|每天|每日)(?:只)?吃[一1]顿|过午不食|轻断食|间歇性?断食|辟谷|(?:戒|不吃)主食|"
          r"生酮饮食",
          "prescribes weight loss or a diet", kinds=STATEMENT, unless_negated=True),
    # an exercise regimen ("每天快走30分钟")
    # ("每周的运动量" is a topic; "控制在1500千卡", "盐控制在5克以内": a cap on intake)
    _rule(r"每[天日周晚](?:坚持)?[^。，,？]{0,14}(?:快走|散步|跑步|慢跑|游泳|锻炼|运动|骑车|跳绳)"
          r"(?!量|情况|习惯|方面)|"
          r"(?:快走|散步|跑步|慢跑|游泳|锻炼|运动|骑车|跳绳)[^。，,？]{0,3}\d+\s*(?:分钟|公里|步|小时)|"
          r"(?:不少于|不低于|不短于)?\d+\s*分钟的?[^。，,？]{0,6}(?:快走|散步|跑步|慢跑|游泳|锻炼|运动|骑车|跳绳)|"
          r"(?:走|步行)[^。，,？]{0,3}[\d一二两三四五六七八九十百千万]+步|"
          r"控制在[^。，,？]{0,4}\d+(?:\.\d+)?\s*(?:千卡|大卡|卡路里|克|毫克|g|kcal)",
          "prescribes exercise", kinds=STATEMENT, unless_negated=True),
    # a food or substance promised to treat the result ("喝苦瓜汁可以降血糖", "戒酒…就会恢复正常")
    _rule(r"(?:吃|喝|服|用|补|戒|少吃|多吃|多喝)[^。，,？]{1,10}(?:可以|能|能够|就能|有助于|"
          r"帮助|会)(?:帮助|帮您|帮你)?(?:降|降低|控制|稳定|升|提高|改善|调节|补)(?:血糖|血脂|血压|"
          r"尿酸|胆固醇|转氨酶|肝酶|甘油三酯|铁蛋白|血红蛋白|肌酐|体重|指标|结节)|"
          r"就(?:会|能)(?:恢复正常|降下来|降下去|正常|好转|消掉|消失|升上来|回到正常|回到参考范围|"
          r"恢复到正常|降到正常|回落|补回来|补上来)",
          unless_negated=True),
    # "能不能把降压药减半？", "要不要补钙？": asking how to change a medicine
    _rule(r"(?:能不能|可不可以|要不要|该不该|能否|可以不)[^。？，,]{0,12}(?:停药|停用|停掉|停了|"
          r"停几天|减半|加倍|减量|加量|换药|换成|换用|补(?:点|些|充)?(?:镁|钙|铁|锌|碘|钾|硒|维生素|"
          r"叶酸|鱼油))",
          "changes a medicine or dose"),
    # "可以用碘131治疗", "靠中药调理": a named means of treating it
    _rule(r"(?:用|靠|通过)[^。，,？]{1,10}(?:治疗|治好|调理|控制住|消除|消掉|纠正)",
          "suggests a treatment", kinds=STATEMENT, unless_negated=True, unless_choice=True,
          unless_hedged=True),
    _rule(r"哪(?:种|个|款|些)(?:保健品|补充剂|药|维生素|营养品|食物|中药)[^。，,]{0,6}(?:最好|比较好|"
          r"效果好|好用|管用|有效|能|可以)",
          "asks which remedy to take"),
    # "最好切掉", "开刀": an operation
    _rule(r"切掉|割掉|摘掉|切了吧|开刀|做掉",
          "names a treatment or procedure", kinds=STATEMENT, unless_negated=True,
          unless_choice=True),
    # "减到半片", "加到两片", "改成一天半片": a dose changed to an amount (a brand or generic
    # name is no help); "能不能" is a question, not a negation, so it has its own rule
    _rule(_ZH_AMOUNT,
          "changes a medicine or dose", unless_negated=True),
    _rule(r"(?:能不能|可不可以|能否|可否|可以不|要不要|该不该|是不是(?:可以|该|能))[^。？，,]{0,14}"
          + _ZH_AMOUNT,
          "changes a medicine or dose"),
    # "对降血压很有帮助", "有助于降血脂": something promised to treat the result
    _rule(r"对(?:降|降低|控制|稳定|升|提高|改善|调节|软化|清理|清除|保护|养护|修复)"
          r"[\u4e00-\u9fff]{1,6}?(?:很|非常|特别|挺|都|也|大|较|比较)?(?:有帮助|有好处|有效|有益|有用|"
          r"管用|有奇效|效果好)|有(?:助于|利于|益于)(?:降|降低|控制|稳定|升|提高|改善|调节|软化|"
          r"清除|修复)|(?:降|控|稳)(?:血压|血糖|血脂|尿酸|胆固醇)(?:效果)?(?:很|非常|特别|挺)?"
          r"(?:好|有效|管用)",
          kinds=STATEMENT, unless_negated=True),
    # "和橙汁一起吃", "早上空腹喝": how to take something
    _rule(r"(?:和|与|跟|配|搭配|配合)[\u4e00-\u9fff]{1,6}(?:一起|同时)(?:吃|服|服用|服下|喝|吞)|"
          r"空腹喝(?!水|白开水|少量|一点|一小口)|(?:吃|服|服用)[\u4e00-\u9fff]{0,6}(?:时|的时候)"
          r"(?:配|搭配|喝|加)|(?:早上|晚上|睡前|饭前|饭后|空腹)(?:吃|服|服用)还是(?:早上|晚上|睡前|"
          r"饭前|饭后|空腹)",
          "tells how to take a medicine", unless_negated=True),
    # a title that names a remedy for a result ("醋泡黑豆辅助降压", "苦瓜茶降血糖")
    _rule(r"辅助(?:降|控|稳|调)|^(?![^。]*(?:复查|检查|偏|高于|低于|药|范围))[^。]{1,8}"
          r"(?:降|控|稳)(?:血压|血糖|血脂|尿酸|胆固醇|压|糖|脂)$",
          "names a remedy for a result", kinds=TITLE),
    # "每天吃几根香蕉", "喝多少水才能…": asks for an amount of a food or drink
    _rule(r"(?:吃|喝|服用?|补)(?:几|多少)(?![^。，,？]{0,4}(?:天|次|周|个月|年))|"
          r"才能(?:让|使|把)?[^。，,？]{0,8}(?:降下来|降下去|升上来|恢复正常|回到正常|回到参考范围|"
          r"降到正常|正常)",
          "asks how much to eat or drink"),
    # "额外补充一些维生素D": a supplement, words between ("是否需要补充" is the clinician's choice)
    _rule(r"补充[^。，,？]{0,4}(?:维生素|镁|钙|铁|锌|碘|钾|硒|叶酸|鱼油|益生菌|蛋白粉)",
          "prescribes a supplement", unless_negated=True, unless_choice=True),
    # a named diet ("地中海饮食", "低碳水饮食")
    _rule(r"(?:地中海|低碳水?|低GI|高蛋白|高纤维|素食|轻食|DASH)(?:饮食|食谱)",
          "prescribes a diet", kinds=STATEMENT, unless_negated=True, unless_choice=True),
]
ES = [
    _rule(r"\b(?:estatinas?|metformina|insulina(?! en ayunas)|levotiroxina|aspirina|ibuprofeno|"
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
          r"medicamentos?|medicación|tratamiento|\w+ina\b)",
          "starts or stops a medicine", unless_negated=True),
    _rule(r"\b(?:cápsulas|pastillas|comprimidos|inyecciones|inyección|suplementos?|gotas|"
          r"ampollas|sobres)\s+de\s+(?!(?:forma|manera|modo|uso|venta)\b)\w+|\b(?:hierro|"
          r"vitamina \w+|calcio|magnesio)\s+(?:oral|"
          r"intraven\w+)",
          "names a medicine or supplement"),
    _rule(r"\b(?:duplicar|doblar|reducir|bajar|subir|aumentar|dejar|suspender|cambiar|"
          r"ajustar)\w*\s+(?:\w+\s+){0,3}?(?:la dosis|las? pastillas?|los medicamentos|"
          r"la medicación|el tratamiento|los comprimidos|la insulina)\b",
          "changes a medicine or dose", unless_negated=True),
    _rule(r"\bcuánt[oa]s?\b[^?.]{0,40}\btomar\b|\b(?:debo|debería|tengo que|hay que) tomar\b|"
          r"\btomar\b[^.?!]{0,25}\b(?:al|cada|por) día\b|\bciclo (?:corto )?de\b|\b(?:hierro|"
          r"vitamina \w+) oral\b|\bdar(?:án|le|á)\w* (?:un |unos |una )?(?:antibióticos?|"
          r"pastillas|medicamentos?|tratamiento)",
          "prescribes a medicine or dose"),
    # "quien se la recetó": the existing prescription, not a new one
    _rule(r"\brecet(?!(?:ó|aron|ad[oa]s?)\b)\w+|\bprescrib(?!(?:ió|ieron|ed[oa]s?)\b)\w+|"
          r"\bprimer paso\b",
          "recommends a prescription"),
    _rule(r"\bdieta (?:baja|pobre|rica|sin|libre) \w+|\bdieta (?:hipo|baja en)\w*|\b(?:elimine|"
          r"evite|deje)\s+(?:por completo\s+)?(?:la |el |los |las |todo )?(?:carne|alcohol|"
          r"azúcar|sal|lácteos|gluten|marisco|grasas?)",
          "prescribes a diet"),
    _rule(r"\b(?:lo|la|los|las) (?:bajará|bajarán|corregirá|corregirán|normalizará|normalizarán|"
          r"curará|curarán|subirá|subirán)\b"),
    _rule(r"\b(?:biopsia|cirugía|operación|quimioterapia|radioterapia|diálisis|transfusión|"
          r"trasplante|punción|colonoscopia|endoscopia|\w+ectomía)\b",
          "names a treatment or procedure", kinds=STATEMENT, unless_negated=True,
          unless_choice=True),
    _rule(r"(?:^|[.;:!]\s+|\by\s+)(?:cambie|sustituya|añada|incluya|descanse|utilice|limite|"
          r"pruebe)\b",
          "tells the person what to do", kinds=STATEMENT),
    _rule(r"(?<!\by la )(?<!\by las )(?<!\by su )(?<!\by sus )\bdosis\b",
          "talks about a dose", kinds=STATEMENT, unless_negated=True),
    _rule(r"\b(?:debería|debe|tiene que|hay que|conviene|(?:le |te )?recomiendo|(?:le |te )?"
          r"aconsejo|es (?:recomendable|aconsejable))\s+(?:\w+\s+)?(?:comer|beber|tomar|"
          r"evitar|dejar|reducir|aumentar|eliminar|consumir)\b|\balimentos ricos en\b|"
          r"\bricos? en hierro\b",
          "tells the person what to take or eat", kinds=STATEMENT),
    _rule(r"\b(?:le |lo |la )?(?:bajará|bajarán|reducirá|reducirán|normalizará|normalizarán|"
          r"corregirá|corregirán|mejorará|mejorarán)\b|\bbeb\w+ (?:mucha|más|abundante) agua\b|"
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
    _rule(r"\b(?:anticoagulantes?|antiagregantes?|estatinas?|betabloqueantes?|diuréticos?|"
          r"antihipertensivos?|antidepresivos?|analgésicos?|antiinflamatorios?)\b|\ble (?:pongan|"
          r"den|receten|recetarán|pondrán|darán)\b",
          "names a medicine"),
    _rule(r"\bangiograf\w+|\bcateterismo\b|\bprueba de esfuerzo\b",
          "names a procedure", kinds=STATEMENT, unless_negated=True, unless_choice=True),
    # a weight-loss target or a meal regimen
    _rule(r"\bperd(?:er|a|erá|iendo)\s+(?:al menos\s+|unos\s+|otros\s+)?(?:\d+(?:[.,]\d+)?|"
          r"dos|tres|cuatro|cinco|seis|diez|veinte|unos)\s*(?:kg|kilos?|kilogramos)\b|\b(?:una|"
          r"dos) (?:sola )?(?:vez|veces|comidas?) al día\b|\bsolo una comida\b|"
          r"\bayuno intermitente\b|\bsaltarse (?:el desayuno|la cena|comidas)\b",
          "prescribes weight loss or a diet", kinds=STATEMENT, unless_negated=True),
    # "el té verde ayuda a bajar el colesterol" ("puede ayudar" is a general statement)
    _rule(r"\bayuda(?:rá|rán|n)?\s+a\s+(?:bajar|subir|reducir|normalizar|controlar|corregir|"
          r"limpiar|eliminar)\b|\b(?:una|la) (?:forma|manera|vía) natural de\b|"
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
          "asks how much to eat or drink"),
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
    _rule(r"\b(?!Präparate\b)\w*(?:tablette|tabletten|kapsel|kapseln|spritze|spritzen|präparat|"
          r"präparate|präparaten|"
          r"tropfen|drink|pille|pillen|infusion)\b|"
          # "Medikamente oder Nahrungsergänzungsmittel": general, a list for the clinician
          r"(?<!oder )(?<!und )(?<!alle )(?<!welche )(?<!irgendwelche )\bNahrungsergänzung\w*",
          "names a medicine or supplement"),
    _rule(r"\b(?:Dosis|Tablette\w*|Medikament\w*|Pille\w*|Insulin)\b[^.?!]{0,40}\b(?:verdoppel\w*"
          r"|halbier\w*|absetzen|abgesetzt|weglassen)\b|\b(?:verdoppel\w*|halbier\w*|absetzen|"
          r"weglassen)\b[^.?!]{0,30}\b(?:Dosis|Tablette\w*|Medikament\w*)\b|\b(?:erhöhen|"
          r"reduzieren|steigern) Sie (?:die |Ihre )?(?:Dosis|Tablette\w*|Medikament\w*)\b|"
          # "Falls Sie Medikamente einnehmen", "die Sie einnehmen": what the person takes already
          r"\babsetzen\b|\bweglassen\b|(?<!Medikamente )(?<!Arzneimittel )(?<!Mittel )"
          r"(?<!Präparate )(?<!Sie )(?<!regelmäßig )\beinnehmen\b",
          "changes a medicine or dose", unless_negated=True),
    _rule(r"\bwie viel\b(?! Zeit\b)[^?.]{0,40}\b(?:nehmen|einnehmen)\b|\b(?:soll|sollte|"
          r"muss) ich\b(?! mir\b)[^?.]{0,30}\b(?:nehmen|einnehmen)\b|\btäglich (?:\w+ )?(?:nehmen|"
          r"einnehmen)\b|\b\w+kur\b|\bgeben\b[^.?!]{0,30}\bAntibiotik\w*|"
          r"\bAntibiotik\w*[^.?!]{0,30}\bgeben\b",
          "prescribes a medicine or dose"),
    # "die Ärztin, die es verschrieben hat": the existing prescription
    _rule(r"\bverschreib\w*|\bverschrieben(?! ha\w*\b)|\bverordn(?!et ha\w*\b)\w*|"
          r"(?<!ohne )\brezept(?!frei)\w*",
          "recommends a prescription"),
    _rule(r"\b\w+arme\w* (?:Kost|Ernährung|Diät)\b|\bDiät\b|\b(?:purin|salz|fett|zucker)arm\w*|"
          r"\bverzichten Sie\b|\bganz auf\b",
          "prescribes a diet", kinds=STATEMENT),
    _rule(r"\b(?:senkt|senken|normalisiert|normalisieren|heilt|heilen|beseitigt|"
          r"korrigiert)\s+(?:den|die|das|ihn|sie|es)\b(?! sich)",
          kinds=STATEMENT),
    _rule(r"\b\w*(?:biopsie|operation|chemotherapie|strahlentherapie|dialyse|transfusion|"
          r"transplantation|punktion|ektomie|spiegelung)\b",
          "names a treatment or procedure", kinds=STATEMENT, unless_negated=True,
          unless_choice=True),
    _rule(r"\b(?:essen|trinken|nehmen" + _NEHMEN_NOT + r"|meiden|vermeiden|ersetzen|tauschen|"
          r"ergänzen|ruhen|fasten|"
          r"steigern|senken|verwenden|probieren) Sie\b(?![^.;]*\b(?:kein\w*|nichts|vor (?:der|dem) "
          r"(?:Blutabnahme|Untersuchung|Messung|Test))\b)",
          "tells the person what to take or eat", kinds=STATEMENT),
    # German puts the negation after: "Ändern Sie die Dosis nicht eigenmächtig"
    _rule(r"(?<!\bund die )(?<!\bund )(?<!\bund Ihre )\w*[Dd]osis\b(?![^.;,]*\b(?:nicht|keine?)\b)",
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
    _rule(r"\bfür (?:die|das|den|meine?n?|Ihre?n?) \w+ (?:ein)?nehmen\b|"
          r"\bhören Sie\b[^.;]{0,40}\bauf\b|\blassen Sie\b[^.;]{0,30}\bweg\b|"
          r"\bmit dem (?:Alkohol|Rauchen|Trinken) aufhören\b",
          "tells the person what to take or stop"),
    # lay classes ("Blutdruckmittel"); "mein Blutdruckmittel ... beeinflussen" is one already taken
    _rule(_OWN_DE + r"\b(?:Blutdruck|Cholesterin|Zucker|Diabetes|Schlaf|Abführ|Entwässerungs|"
          r"Gicht|Rheuma|Säure|Magenschutz|Schilddrüsen)mittel\w*" + _AFFECTS,
          "names a medicine", unless_hedged=True),
    _rule(r"\b(?:Blutverdünner|Gerinnungshemmer|Betablocker|Entwässerungstabletten|Diuretik\w*|"
          r"Schmerzmittel|Blutdrucksenker|Cholesterinsenker|Antidepressiv\w*)\b|"
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
    # "bringt den Wert wieder nach oben", "damit die Speicher sich wieder auffüllen"
    _rule(r"\bbring\w*\b[^.?!;]{0,50}\b(?:wieder )?(?:nach oben|nach unten|in den (?:Normal|"
          r"Referenz|Ziel)bereich|ins Lot)\b(?! oder)|\b(?:würde\w*|wird|werden)\b[^.?!;]{0,50}"
          r"\b(?:wieder )?(?:in den (?:Normal|Referenz|Ziel)bereich (?:bringen|zurück)|auffüllen|"
          r"aufgefüllt)\b|"
          r"\bdamit\b[^.?!;]{0,60}\b(?:wieder )?(?:in den (?:Normal|Referenz|Ziel)bereich|"
          r"auffüll\w*|aufgefüllt|normal wird|normal werden)\b",
          kinds=STATEMENT, unless_modal=True, unless_negated=True),
    # "ein paar Kilo weniger reichen meist schon, damit der Zucker normal wird": enough to fix it
    _rule(r"\breich(?:t|en)\b[^.?!;]{0,25}\b(?:damit|um)\b[^.?!;]{0,60}\b(?:(?:Normal|Referenz|"
          r"Ziel)bereich|normal|sinkt|sinken|steigt|steigen|zu senken|anzuheben|aufzufüllen)\b",
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
    _rule(r"\b(?:mit|nach|ohne|wenn Sie|wenn du)\b(?!\s+(?:dem |der |einer |einem |zunehmendem |"
          r"körperlicher )?(?:Alter|Essen|Mahlzeit\w*|Infekt\w*|Anstrengung|Belastung|"
          r"Schwangerschaft|Blutabnahme|Operation)\b)[^.?!;]{1,90}\b(?:sinkt|sinken|steigt|steigen|"
          r"normalisier\w*|bessert|bessern|(?:wird|werden) (?:\w+ )?(?:wieder )?(?:normal|"
          r"besser))\b",
          kinds=STATEMENT, unless_modal=True),
    # "mit 1000 I.E. täglich lässt sich der Wert anheben", "bekommen Sie ihn in den Griff": a
    # promised result ("ob sich der Wert anheben lässt" is a question for the doctor)
    _rule(r"\b(?:lässt|lassen) sich\b[^.?!;]{0,50}\b(?:anheben|senken|steigern|erhöhen|"
          r"normalisieren|ausgleichen|beheben|korrigieren|verbessern|beseitigen|regulieren|"
          r"in den Griff bekommen|(?:wieder )?(?:auffüllen|hochbringen|herunterbringen|"
          r"runterbringen))\b|\b(?:bekommen|kriegen) (?:Sie|du)\b[^.?!;]{0,40}\b(?:in den Griff|"
          r"(?:wieder )?(?:hoch|runter|herunter|nach oben|nach unten))\b",
          kinds=STATEMENT, unless_negated=True),
    # an operation; "die doppelte Dosis": a change to a medicine
    _rule(r"\b(?:operativ |chirurgisch )?entfernt werden\b|\bentfernen lassen\b|"
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
          "asks how much to eat or drink"),
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
ZH += [
    # "可以买一些维生素B族吃一吃", "去药店买点钙片": buying a remedy to take is the advice
    _rule(r"买(?:一些|些|点|一点|一盒|一瓶|上)?[^。，,？?]{0,8}(?:吃一吃|吃吃|来吃|吃上|吃着|来补|补一补|"
          r"补补|服用)|(?:可以|建议|不妨|试试|最好|自己)[^。，,]{0,4}(?:买|吃|服用)(?:一些|些|点|一点)?"
          r"[^。，,？?]{0,4}(?:维生素|鱼油|钙|铁|锌|镁|叶酸|益生菌|蛋白粉|保健品|补充剂)",
          "suggests a remedy", unless_negated=True),
]

# Round 6: home remedies steeped or boiled to drink ("枸杞和菊花泡水喝"), and a benefit promised
# for a list of aims ("对稳定眼压、保护视神经有一定帮助").
ZH += [
    _rule(r"(?:泡|煮|熬|冲|沏)(?:水|茶|汤|粥)(?:来)?(?:喝|饮|服|代茶)|(?:当|代)茶(?:喝|饮)",
          "suggests a remedy", unless_negated=True, unless_choice=True),
    _rule(r"对(?:降|降低|控制|稳定|升|提高|改善|调节|软化|清理|清除|保护|养护|修复)"
          r"[\u4e00-\u9fff、和及与]{1,14}?(?:有(?:一定|一些|些|点|很大|较大)(?:的)?(?:帮助|好处|作用|"
          r"效果|益处)|很有帮助|有帮助|有好处|有益|有效)",
          "promises what a treatment will do", kinds=STATEMENT, unless_negated=True),
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
EN += [
    # a supplement as the means ("with folic acid and a B-vitamin complex", "Folsäure nehmen"),
    # not the name of a test ("Kontrolle von Folsäure", "Ácido fólico bajo")
    _rule(r"\b(?:with|taking|take|mit|nehmen|einnehmen|con|tomar|tome)\s+(?:\w+\s+){0,2}?"
          r"(?:folic acid|B[- ]vitamin complex|vitamin B complex|Folsäure|"
          r"B-Vitamin-Komplex|Vitamin-B-Komplex|ácido fólico|complejo (?:de )?vitamina B)\b"
          r"(?!\s*(?:levels?|values?|results?|tests?|Spiegel|Wert\w*|nivel\w*|valor\w*))",
          "names a medicine or supplement", unless_negated=True),
]
