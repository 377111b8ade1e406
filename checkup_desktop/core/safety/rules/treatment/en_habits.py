"""Treatment rules for English cards: diets, foods, fluids, weight and exercise given as
instructions or amounts ("avoid red meat", "limit sugar to 25 grams", "How many bananas a day
should I eat?")."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.rule import QUESTION, STATEMENT, TITLE
from checkup_desktop.core.safety.rules.treatment.common import _AFFECTS, _NUM, _rule

_FOODS_EN = (r"(?:gluten|dairy|lactose|sugar|salt|red meat|meat|alcohol|carbs|carbohydrates|fat|"
             r"purines?|"
             r"coffee|caffeine|eggs|bread|seafood|shellfish|beer|sweets|fruit juice|offal)")

# "take your time", "take this report with you", "tome nota", "tómese su tiempo": not a medicine
_TAKE_NOT_EN = (r"(?!\s+(?:(?:your|a|some|the|this|these|that|it)\s+)?(?:time|moment|note|notes|"
                r"look|breath|seat|part|copy|photo|picture|report|results?|letter|list|card|"
                r"questions?|printout|papers?|form|easy)\b|\s+(?:\w+\s+){0,3}(?:readings?|measurements?)\b"
                # "Take your medicine list to the appointment": a paper to bring, not a remedy
                r"|\s+(?:your|a|the|this|that)\s+(?:[\w-]+\s+){1,2}?(?:list|lists|letter|report|"
                r"card|diary|log|record|chart|printout|questions|notes|forms?|request|referral|"
                r"paperwork)\b)")

# the clinician, the lab or the team as the subject of what is done ("your doctor may want to
# repeat it and add ...", "the lab will ... and use ...")
_THIRD_PARTY_EN = (r"\b(?:doctors?|clinicians?|GPs?|physicians?|team|specialists?|nurses?|labs?|"
                   r"laborator(?:y|ies)|they|he|she|\w+ologists?)\s+(?:\w+\s+)?(?:may|might|will|"
                   r"would|can|could|should|often|usually|typically|commonly|wants?|plans?|"
                   r"is likely|are likely|decides?|orders?)\b")

# what is added or used is a test ("add a urine albumin test", "use an early-morning sample")
_TEST_OBJECT_EN = (r"(?!\s+(?:(?:an?|the|one|another|further|more|extra|other|second)\s+)?"
                   r"(?:[\w-]+\s+){0,3}?(?:tests?|levels?|checks?|panels?|measurements?|samples?|"
                   r"screens?|screening|counts?|markers?|studies|scans?|readings?)\b)")

EN_HABITS = [
    _rule(r"(?:^|[.;:!]\s+|,\s*(?:so|and then|then)\s+)(?:please\s+|just\s+|simply\s+)?(?:take"
          + _TAKE_NOT_EN + r"|"
          r"drink|eat|avoid|cut out|cut down on|cut back on|cut(?![\w-])|stop|start|switch to|"
          r"increase|reduce|"
          r"halve|double|skip|add|limit|give up|quit|go on|lose|walk|exercise)\b",
          "tells the person what to take, eat or do", kinds=STATEMENT),
    _rule(r"\byou (?:should|must|need to|have to|ought to|can)\s+(?:\w+\s+)?(?:take|drink|eat|"
          r"avoid|cut|stop|start|increase|reduce|halve|double|go on|switch|limit|give up)\b",
          "tells the person what to take or stop", kinds=STATEMENT),
    _rule(r"\b(?:low|high|reduced|no)[- ](?:purine|salt|sodium|carb(?:ohydrate)?|fat|protein|"
          r"sugar|iodine|fodmap|calorie|cholesterol|fibre|fiber|gluten|lactose)\s+diet\b|"
          r"\bdiet (?:plan|sheet)\b|\b(?:keto|ketogenic|vegan|mediterranean|dash|paleo|"
          r"gluten-free|dairy-free|crash)\s+diet\b(?![^.?!;]*\b(?:make|makes|cause|causes|raise|"
          r"raises|push|pushes)\b)|\bfasting plan\b",
          "prescribes a diet"),
    _rule(r"\b(?:avoid|cut out|cut down on|give up|stop|eliminate|no more|without)\s+(?:all\s+|"
          r"any\s+|eating\s+|drinking\s+)?(?:red meat|meat|dairy|gluten|sugar|alcohol|salt|carbs|"
          r"fat|fried food|seafood|bread|coffee|offal|beer|sweets)\b",
          "prescribes a diet", kinds=STATEMENT),
    # ("your doctor may want to repeat it and add a urine albumin test": the "and" goes on with
    # the clinician as the one who acts; "add a magnesium level": a test added is no remedy)
    _rule(r"(?:(?:^|[.;:!]\s+)|(?:^|(?<=[.;:!?]))(?:(?!" + _THIRD_PARTY_EN + r")[^.;:!?])*?"
          r"\band\s+)(?:please\s+)?(?:swap|replace|substitute|rest|fast|include|"
          r"choose|stick to|load up on|boost|add|use|try)\b" + _TEST_OBJECT_EN,
          "tells the person what to do", kinds=STATEMENT),
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
    # ("two Brazil nuts a day": a name of two words)
    _rule(rf"\b{_NUM}(?:[\w-]+\s+)?[\w-]+\s+(?:a|per|each|every) (?:day|week|night|morning)\b",
          "gives a regimen"),
    # a weight-loss target ("lose 5 kg this month") or a meal regimen is a prescription
    _rule(r"\b(?:lose|losing|shed|shedding|drop|dropping|take off)\s+(?:at least\s+|about\s+|"
          r"around\s+|another\s+)?(?:\d+(?:[.,]\d+)?|a few|some|two|three|four|five|six|ten|"
          r"twenty)\s*(?:kg|kilos?|kilograms?|pounds?|lbs?|stone)\b|\b(?:one|a single|two) meals? "
          r"(?:a|per) day\b|\bonly one meal\b|\bOMAD\b|\b(?:water|juice|bone broth) fast\b|"
          r"\b(?:16:8|5:2) (?:fasting|diet|plan)\b",
          "prescribes weight loss or a diet", kinds=STATEMENT, unless_negated=True),
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
    # "drink protein shakes twice a day", "tomar batidos dos veces al día", "zweimal täglich einen
    # Shake trinken": a food or drink on a schedule is a regimen ("measure it twice a day" is a
    # check; "could the coffee I drink twice a day affect it" names a cause)
    _rule(r"(?:\b(?:take|taking|drink\w*|eat\w*|have|having|tom(?:ar|e|o|a)|beb(?:er|a|o|e)|"
          r"com(?:er|a|o|e))\b(?!\s+(?:la |su |mi )?(?:tensión|presión|muestra|medición)\b)"
          r"[^.?!;]{1,40}?\b(?:once|twice|three times|four times|\d+ times|una vez|dos veces|"
          r"tres veces|cuatro veces|\d+ veces) (?:a|per|each|al|por|cada) (?:day|día)\b|"
          r"\b(?:einmal|zweimal|dreimal|viermal|\d+-?mal)\s+(?:täglich|am Tag|pro Tag)\b"
          r"[^.?!;]{0,40}\b(?:trinken|trinke|essen|esse|nehmen|nehme|einnehmen|einnehme)\b)"
          + _AFFECTS,
          "gives a regimen", unless_negated=True),
    # "keeping fatty foods off your plate should stop any attacks", "eating more oily fish
    # should lower your triglycerides": a habit as the subject, a promised result after it
    # ("fasting before the test will lower ..." is the test's own)
    _rule(r"(?:^|[;:]\s*|,\s*(?:and|so)\s+)(?!(?:checking|repeating|testing|talking|discussing|"
          r"waiting|asking|seeing|fasting|resting|sitting|booking|bringing|measuring|"
          r"following)\b)[a-z]+ing\b[^.?!;]{0,80}?\b(?:will|should|'ll)\s+(?:\w+\s+)?(?:lower|"
          r"reduce|stop|prevent|bring|get|fix|clear|normali[sz]e|settle|correct|cure|keep "
          r"(?:it|them|this) (?:down|low|under))\b",
          kinds=STATEMENT, unless_negated=True),
    # "eliminar la carne roja hará que baje", "caminar a diario hará que su glucosa baje": a
    # habit as the subject, a promised result after it
    _rule(r"\b[a-záéíóú]+(?:ar|er|ir)\b[^.?!;]{0,90}?\bhar(?:á|án|ía|ían) que\b[^.?!;]{0,40}?"
          r"\b(?:baj|sub|vuelv|mejor|normalic|desaparezc|recuper|descienda|disminuy|se normalic|"
          r"se corrij|regres)\w*",
          kinds=STATEMENT, unless_negated=True),
    # "Sollte ich mein Blutdruckmittel morgens statt abends nehmen?", "take my pills at night
    # instead of in the morning": moving a medicine's time is a change to it (a blood test in
    # the morning instead is not)
    _rule(r"\b(?:pills?|tablets?|medicines?|medications?|meds|doses?|\w*mittel|Tablette\w*|"
          r"Medikament\w*|Dosis|pastillas?|comprimidos?|medicación|medicamentos?|dosis)\b"
          r"[^.?!;]{0,40}?\b(?:(?:at night|in the morning|in the evening|at bedtime|morning|"
          r"night|evening) (?:instead of|rather than)|(?:morgens|abends|früh|nachts|zur Nacht) "
          r"(?:statt|anstatt|anstelle von)|(?:por la (?:mañana|noche|tarde)|de noche|de día) en "
          r"(?:vez|lugar) de)\b",
          "changes a medicine or dose"),
    # "Uric acid: fewer purines, 2 litres of water", "Menos sal y más verduras", "Weniger Purine,
    # mehr Wasser": a title whose part is more or less of a food or drink is a diet ("Less than
    # 5 mm" and "More tests" name none)
    _rule(r"(?:^|[:;,]\s*|\b(?:and|y|und)\s+)(?:less|fewer|more|menos|más|weniger|mehr)\s+"
          r"(?:[\w-]+\s+)?(?:purines?|purinas|Purine|salt|sal|Salz|sugars?|azúcar(?:es)?|Zucker|"
          r"fats?|grasas?|Fett|alcohol|Alkohol|meat|carne|Fleisch|water|agua|Wasser|fib(?:re|er)|"
          r"fibra|Ballaststoffe|carbs|carbohidratos|Kohlenhydrate|coffee|café|Kaffee|fruit|fruta|"
          r"Obst|vegetables|verduras|Gemüse|sweets|dulces|Süßes|Süßigkeiten|beer|cerveza|Bier|"
          r"seafood|marisco|Meeresfrüchte|fluids?|líquidos?|Flüssigkeit|offal|vísceras|Innereien|"
          r"fish|pescado|Fisch|protein|proteínas?|Eiweiß|oil|aceite|Öl|bread|pan|Brot)\b",
          "prescribes a diet", kinds=TITLE),
    # "drink 3 L of water", "2 litros de agua", "2 Liter Wasser": an amount of fluid to take in
    # ("drink 1 L of water an hour before the scan" gets the bladder ready for the test)
    _rule(r"(?:^|(?<=[.;:!?]))(?![^.;!?]*\b(?:before|prior to|ahead of|antes|vor|vorher|bladder|"
          r"vejiga|Blase|scan|ultrasound|ecografía|Ultraschall|contrast|contraste|Kontrastmittel)"
          r"\b)(?:(?!\bnot?\b|n't\b|\bnicht\b|\bkein\w*|\bno\b)[^.;!?])*?"
          r"\b(?:\d+(?:[.,]\d+)?\s*|(?:one|two|three|a|una?|dos|tres|ein|einen|"
          r"zwei|drei)\s+(?:and a half\s+|y medio\s+)?)(?:l|litres?|liters?|litros?|Liter|ml|"
          r"glasses|vasos|Gläser|cups|tazas|Tassen)\s+(?:of\s+|de\s+)?(?:water|agua|Wasser|"
          r"fluids?|líquidos?|Flüssigkeit|tea|té|Tee)\b" + _AFFECTS,
          "prescribes fluids", unless_negated=True),
    # an order after a fronted "if"/"while"/"until" clause ("While your ferritin is low, eat more
    # red meat"): getting ready for a test ("If you are asked to fast, drink only water") is no
    # advice
    _rule(r"(?:^|(?<=[.;:!?]))\s*(?:if|while|until|when|whenever|as long as)\b(?![^.;:!?,]*\b(?:"
          r"before|after|fast\w*|test|draw|sample|lab)\b)[^.;:!?,]{1,90},\s*(?:please\s+)?(?:eat|"
          r"drink|take" + _TAKE_NOT_EN + r"|avoid|cut out|cut down on|increase|reduce|double|halve|"
          r"add|limit|switch to|give up)\b",
          "tells the person what to take, eat or do", kinds=STATEMENT),
    # "leaving them out of your meals until the repeat test is a sensible precaution", "cutting
    # back on salt would be wise": a diet change as a gerund, then judged worth doing
    _rule(r"\b(?:leaving|keeping|cutting)\s+(?:\w+\s+){0,3}?out of (?:your|the) (?:meals?|diet|"
          r"plate|shopping)\b|(?<!whether )(?<!if )\b(?:leaving out|cutting out|"
          r"cutting (?:back|down) on|avoiding|"
          r"limiting|eating (?:more|less|fewer)|drinking (?:more|less)|swapping|switching to|"
          r"adding)\b[^.?!;]{0,70}\b(?:is|would be|seems|will be|could be)\s+(?:a\s+|the\s+)?"
          r"(?:\w+\s+)?(?:sensible|wise|good idea|smart|prudent|reasonable step|sensible step|"
          r"precaution|worthwhile|the way to go)\b",
          "tells the person what to take, eat or do", kinds=STATEMENT, unless_choice=True),
]
