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
         r"porciones|portionen|nuts)")

_NUM = (r"(?:\d+(?:[.,]\d+)?\s*|(?:an?|one|two|three|four|five|six|eight|ten|half an?|a couple of|"
        r"dos|tres|cuatro|cinco|zwei|drei|vier|fünf)\s+)")

_FREQ = (r"(?:a|per|each|every|daily|nightly|day|night|morning|week|al día|a diario|diari[oa]s?|"
         r"cada|por día|täglich|am tag|pro tag|jeden|morgens|abends|pro woche|at night|por la "
         r"noche)")

_DRUG_FORM = (r"(?:tablets?|pills?|capsules?|injections?|shots?|supplements?|sachets?|drops|"
              r"infusions?|jabs?|drinks?)")

_NOT_FORM_HEAD = (r"(?:the|any|your|my|some|of|these|those|a|an|and|or|other|usual|current|all|new|"
                  r"no|which|what|their|his|her|our|its|medicines?|prescribed|taking|take|list)")

_PROCEDURE_EN = (r"\b(?:surgery|operation|chemotherapy|radiotherapy|radiation therapy|dialysis|"
                 r"transfusion|biopsy|transplant\w*|stent\w*|ablation|[a-z]+ectomy|[a-z]+otomy|"
                 r"[a-z]+plasty|colonoscopy|endoscopy|gastroscopy|fna|fine[- ]needle)\b")

_FOODS_EN = (r"(?:gluten|dairy|lactose|sugar|salt|red meat|meat|alcohol|carbs|carbohydrates|fat|"
             r"coffee|caffeine|eggs|bread|seafood|shellfish|beer|sweets|fruit juice|offal)")

_SUPPLEMENTS = (r"\bbiotin\w*|生物素|\bcollagen\b|\bcolágeno\b|\bKollagen\b|胶原蛋白|"
                r"milk thistle|turmeric|curcumin|ginkgo|ginseng|garlic (?:pills|capsules|tablets)|"
                r"cod liver oil|red yeast rice|coenzyme q10|coq10|echinacea|st\.? john'?s wort|"
                r"berberine|apple cider vinegar|cinnamon (?:pills|capsules)|spirulina|chlorella|"
                r"cardo mariano|cúrcuma|ginseng|levadura de arroz rojo|Mariendistel|Kurkuma|"
                r"Knoblauchkapseln|Rotschimmelreis|Johanniskraut|水飞蓟|姜黄|红曲|辅酶Q10|鱼肝油|"
                r"人参|"
                r"灵芝|保健品")

_rule = maker("treatment", "promises what a treatment will do", ALL)

EN = [
    # a unit with "/" or "per" after it is a lab unit (mg/dL, IU/L), not a dose
    _rule(r"\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ug|iu|units?)\b(?!\s*(?:/|%|per\b))",
          "gives a dose"),
    _rule(rf"\b{_NUM}{_UNIT}\b(?!\s*(?:/|%|per\b))[^.?!()]{{0,25}}\b{_FREQ}\b",
          "gives a dose or a regimen"),
    _rule(r"\b(?:once|twice|three times) (?:a|per) (?:day|week)\b|\bat bedtime\b",
          "gives a dose schedule"),
    _rule(r"(?:^|[.;:!]\s+|,\s*(?:so|and then|then)\s+)(?:please\s+|just\s+|simply\s+)?(?:take|"
          r"drink|eat|avoid|cut out|cut down on|cut back on|stop|start|switch to|increase|reduce|"
          r"halve|double|skip|add|limit|give up|quit|go on|lose|walk|exercise)\b",
          "tells the person what to take, eat or do", kinds=STATEMENT),
    _rule(r"\byou (?:should|must|need to|have to|ought to|can)\s+(?:\w+\s+)?(?:take|drink|eat|"
          r"avoid|cut|stop|start|increase|reduce|halve|double|go on|switch|limit|give up)\b",
          "tells the person what to take or stop", kinds=STATEMENT),
    _rule(r"\bhow much\b[^?.]{0,40}\btake\b|\b(?:should|must) i take\b[^?.]{0,30}\b(?:each|every|"
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
    _rule(rf"\b(?!{_NOT_FORM_HEAD}\b)[\w-]+\s+{_DRUG_FORM}\b",
          "names a medicine or supplement"),
    _rule(r"(?<!keep )(?<!continue )\b(?:take|taking|start|starting|try|trying|add|adding|need|"
          r"recommend\w*|use|using)\s+(?:\w+\s+){0,2}?(?:supplements?|medicines?|medications?|"
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
    _rule(r"\bprescrib(?:e|ed|es|ing)\b|\bstart (?:you|him|her) on\b|\bput (?:you|him|her) on\b|"
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
    _rule(r"(?:^|[.;:!]\s+|\band\s+)(?:please\s+)?(?:swap|replace|substitute|rest|fast|include|"
          r"choose|stick to|load up on|boost|add|use|try)\b",
          "tells the person what to do", kinds=STATEMENT),
    _rule(r"\b(?:doses?|dosage)\b",
          "talks about a dose", kinds=STATEMENT),
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
    _rule(r"\bblood thinners?\b|\bwater tablets?\b|\bpainkillers?\b|\b(?:be )?(?:started|"
          r"put) on\b",
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
    _rule(_PROCEDURE_EN,
          "names a treatment or procedure", kinds=STATEMENT, unless_negated=True,
          unless_choice=True),
    _rule(r"\b(?:need|needs|should have|must have|requires?) (?:a |an |some )?(?:medicines?|"
          r"medications?|drugs?|pills?|tablets?|treatment)\b",
          "says treatment is needed", kinds=STATEMENT, unless_negated=True, unless_choice=True),
    _rule(r"\b(?:treated|managed|cured) with\b|\btreatment (?:is|with|of)\b",
          "talks about treatment", kinds=STATEMENT, unless_negated=True, unless_choice=True),
]
ZH = [
    _rule(r"服用|口服|吃药|剂量|处方|停药|补充剂|保健品|注射|他汀|二甲双胍|胰岛素(?:注射|针)|"
          r"阿司匹林|抗生素|优甲乐|左甲状腺素|鱼油|钙片|铁剂|补铁|补钙|补碘|补充维生素|"
          r"[降消止]\w?药|(?:建议|需要|应该|应当|可以)(?:使用|用|开|吃|服)[^。，,]{0,6}药(?!物)|"
          r"[\u4e00-\u9fff]{1,4}(?:[药素钙铁]片|胶囊|注射液|口服液|颗粒|滴丸|沙坦|普利|洛尔|地平|"
          r"双胍|列净|格列\w)(?![\u4e00-\u9fff]*(?:检查|结果))",
          "mentions a medicine or dose", unless_negated=True),
    _rule(r"(?:吃|服用?|补|打)多少|(?:换成|改成|换用|改用)[\u4e00-\u9fff]{2,}|(?:减|加|调)(?:到|"
          r"至)\d|口服|疗程|静脉补",
          "prescribes a medicine or dose", unless_negated=True),
    _rule(r"打[\u4e00-\u9fffA-Za-z0-9]{0,8}针|输液|吊瓶|(?:吃|服)[\u4e00-\u9fff]{0,3}(?:药|"
          r"片)(?!物)",
          "mentions a medicine or injection", unless_negated=True),
    _rule(r"\d+\s*(?:毫克|微克|克|单位|国际单位|IU|mg|片|粒|升|毫升|杯)(?!\s*(?:/|%|每))|"
          r"每[天日晚周](?:补充|服用|吃|喝|口服|注射)",
          "gives a dose"),
    _rule(r"(?<![不别勿])(?:戒掉|戒酒|戒烟|少吃|多吃|多喝|喝够|忌口|不要吃|别吃|低嘌呤|低盐|低脂|"
          r"低糖饮食|饮食控制|改为\w*饮食|停掉|停用|加倍|减半)",
          "prescribes a diet or a change", kinds=STATEMENT, unless_negated=True),
    _rule(r"(?:可以|能|就能|会)(?:把它|把\w{0,4})?(?:降下来|降下去|治好|治愈|纠正过来)",
          kinds=STATEMENT),
    _rule(r"剂量加倍|加倍|减半|停掉|(?:可以|能)停",
          "changes a medicine or dose", unless_negated=True),
    _rule(r"穿刺|活检|手术|透析|化疗|放疗|输血|切除|移植|支架|消融",
          "names a treatment or procedure", kinds=STATEMENT, unless_negated=True,
          unless_choice=True),
    _rule(r"剂量|补(?:点|些|充)?(?:镁|钙|铁|锌|碘|钾|硒|维生素|叶酸|鱼油)|换成|改吃|多吃|少吃",
          "prescribes a medicine, dose or diet", unless_negated=True),
    _rule(r"(?:打|注射|用上?)胰岛素|开始(?:吃|用|打|服)",
          "starts a medicine", unless_negated=True),
    _rule(r"代替|替代|戒掉|戒(?:酒|烟|糖)|不吃|麸质|无麸质|生酮|低碳水",
          "suggests a treatment or diet", kinds=QUESTION),
    _rule(r"空腹(?:吃|服)|饭前(?:吃|服)|饭后(?:吃|服)|睡前(?:吃|服)",
          "tells how to take a medicine", unless_negated=True),
    _rule(r"护肝|保肝|养肝|护肾|降脂药|降糖药|降压药",
          "suggests a treatment", unless_negated=True),
    _rule(r"抗凝药|抗血小板药|利尿剂|止痛药|激素药|降压药|安眠药",
          "names a medicine", unless_negated=True),
    _rule(r"造影|导管|胃镜|肠镜|穿刺",
          "names a procedure", kinds=STATEMENT, unless_negated=True, unless_hedged=True,
          unless_choice=True),
    _rule(r"请(?:避免|少吃|多吃|戒|控制|减少|增加|坚持)|避免(?:吃|喝)|每天锻炼|坚持锻炼|多运动|"
          r"(?:吃|喝)什么(?:能|可以|来)(?:降|升|提高|降低)",
          "prescribes a diet or exercise", unless_negated=True),
]
ES = [
    _rule(r"\b(?:estatinas?|metformina|insulina(?! en ayunas)|levotiroxina|aspirina|ibuprofeno|"
          r"paracetamol|antibióticos?|amoxicilina|warfarina|heparina|corticoides?|esteroides?|"
          r"alopurinol|ezetimiba|omega[- ]?3|esteroles vegetales)\b",
          "names a medicine"),
    _rule(r"(?:^|[.;:!]\s+)(?:por favor,?\s+)?(?:tome|beba|coma|evite|elimine|deje de|empiece|"
          r"comience|suspenda|aumente|reduzca|duplique|añada|cambie a|siga una dieta|camine|"
          r"pierda)\b",
          "tells the person what to take, eat or do", kinds=STATEMENT),
    _rule(r"\b(?:empiece|empezar|comience|comenzar|iniciar|inicie|tomar|tome|añadir|añada|"
          r"suplementar|dejar|deje|suspender|suspenda)\s+(?:de\s+|a\s+|"
          r"con\s+)?(?:tomar\s+)?(?:el |la |las |los |un |una )?(?:hierro|vitamina|ácido fólico|"
          r"omega|calcio|magnesio|zinc|yodo|suplementos?|pastillas?|comprimidos?|cápsulas|"
          r"medicamentos?|medicación|tratamiento|\w+ina\b)",
          "starts or stops a medicine", unless_negated=True),
    _rule(r"\b(?:cápsulas|pastillas|comprimidos|inyecciones|inyección|suplementos?|gotas|"
          r"ampollas|sobres)\s+de\s+\w+|\b(?:hierro|vitamina \w+|calcio|magnesio)\s+(?:oral|"
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
    _rule(r"\brecet\w+|\bprescrib\w+|\bprimer paso\b",
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
    _rule(r"\bdosis\b",
          "talks about a dose", kinds=STATEMENT),
    _rule(r"\b(?:debería|debe|tiene que|hay que|conviene)\s+(?:\w+\s+)?(?:comer|beber|tomar|"
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
          r"suspender)\b",
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
]
DE = [
    _rule(r"\b(?:Statine?|Metformin|Levothyroxin|L-Thyroxin|Aspirin|Ibuprofen|Paracetamol|"
          r"Antibiotik\w*|Amoxicillin|Marcumar|Warfarin|Heparin|Kortison|Cortison|Steroide?|"
          r"Allopurinol|Ezetimib|Omega-3)\b",
          "names a medicine"),
    _rule(r"(?:^|[.;:!]\s+|,\s*)(?:bitte\s+)?(?:nehmen|trinken|essen|meiden|vermeiden|verzichten|"
          r"reduzieren|erhöhen|verdoppeln|halbieren|beginnen|starten|setzen|"
          r"streichen) Sie\b(?![^.;]*\bkein\w*\b)",
          "tells the person what to take, eat or do", kinds=STATEMENT),
    _rule(r"\b\w*(?:tablette|tabletten|kapsel|kapseln|spritze|spritzen|präparat|präparate|"
          r"tropfen|drink|pille|pillen|infusion)\b|\bNahrungsergänzung\w*",
          "names a medicine or supplement"),
    _rule(r"\b(?:Dosis|Tablette\w*|Medikament\w*|Pille\w*|Insulin)\b[^.?!]{0,40}\b(?:verdoppel\w*"
          r"|halbier\w*|absetzen|abgesetzt|weglassen)\b|\b(?:verdoppel\w*|halbier\w*|absetzen|"
          r"weglassen)\b[^.?!]{0,30}\b(?:Dosis|Tablette\w*|Medikament\w*)\b|\b(?:erhöhen|"
          r"reduzieren|steigern) Sie (?:die |Ihre )?(?:Dosis|Tablette\w*|Medikament\w*)\b|"
          r"\babsetzen\b|\bweglassen\b|\beinnehmen\b",
          "changes a medicine or dose", unless_negated=True),
    _rule(r"\bwie viel\b[^?.]{0,40}\b(?:nehmen|einnehmen)\b|\b(?:soll|sollte|"
          r"muss) ich\b[^?.]{0,30}\b(?:nehmen|einnehmen)\b|\btäglich (?:\w+ )?(?:nehmen|"
          r"einnehmen)\b|\b\w+kur\b|\bgeben\b[^.?!]{0,30}\bAntibiotik\w*|"
          r"\bAntibiotik\w*[^.?!]{0,30}\bgeben\b",
          "prescribes a medicine or dose"),
    _rule(r"\bverschreib\w*|\bverordn\w*|\brezept\w*",
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
    _rule(r"\b(?:essen|trinken|nehmen|meiden|vermeiden|ersetzen|tauschen|ergänzen|ruhen|fasten|"
          r"steigern|senken|verwenden|probieren) Sie\b|\w*[Dd]osis\b",
          "tells the person what to take or eat, or a dose", kinds=STATEMENT),
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
          r"einnehmen|steigern|senken)$",
          "tells the person what to do", kinds=TITLE),
    _rule(r"\bfür (?:die|das|den|meine?n?|Ihre?n?) \w+ (?:ein)?nehmen\b|"
          r"\bhören Sie\b[^.;]{0,40}\bauf\b|\blassen Sie\b[^.;]{0,30}\bweg\b|"
          r"\bmit dem (?:Alkohol|Rauchen|Trinken) aufhören\b",
          "tells the person what to take or stop"),
    _rule(r"\b(?:Blutverdünner|Gerinnungshemmer|Betablocker|Entwässerungstabletten|Diuretik\w*|"
          r"Schmerzmittel|Blutdrucksenker|Cholesterinsenker|Antidepressiv\w*)\b|"
          r"\bbekommen Sie (?:einen|eine|ein)\b",
          "names a medicine"),
    _rule(r"\b\w*katheter\w*|\b\w*angiograph\w*|\bBelastungs-?EKG\b",
          "names a procedure", kinds=STATEMENT, unless_negated=True, unless_choice=True),
    _rule(r"\b[\w-]+[Kk]ur\b",
          "prescribes a course of treatment", kinds=STATEMENT),
]
