"""The diagnosis rules for English cards, in the order they apply
(engine.py interleaves the categories)."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.diagnosis.common import _ES_ILL, _rule
from checkup_desktop.core.safety.rules.rule import ALL, QUESTION, STATEMENT, TITLE

# Disease-like nouns the vocabulary may not know ("Helicobacter-pylori-Infektion",
# "alkoholbedingte Leberschädigung", "Vorhofflimmern", "幽门螺杆菌感染"): a compound that ends in
# a morpheme of illness reads as a disease name after a cue or a possessive
_EN_ILL = (r"[\w-]*(?:infections?|infestations?|deficienc(?:y|ies)|damage|insufficiency|failure|"
           r"diseases?|disorders?|syndromes?)\b(?!\s+(?:risks?|tests?|screen\w*|markers?|"
           r"panels?)\b)")

EN = [
    _rule(r"(?<!\bif )(?<!\bwhen )(?<!\bwhether )(?<!\bunless )\byou(?:'ve| have| has|"
          r" had)\s+(?:got\s+)?(?:a |an )?(?!to\b|been\b|any\b|no\b|questions?\b|"
          r"a question\b)[a-z]+",
          "tells the person what they have", kinds=STATEMENT, unless_negated=True),
    _rule(r"\b(?:you are|you're)\s+(?:a\s+)?(?:diabetic|an(?:a)?emic|obese|sick|ill|infected|"
          r"pre-?diabetic|hypothyroid|hyperthyroid|hypertensive)\b",
          "labels the person with a condition"),
    # "is not a diagnosis", "your clinician can make a diagnosis", "tests used to diagnose it"
    # speak about diagnosing, they do not diagnose
    _rule(r"(?<!\bto )\bdiagnos(?:e|ed|es|is|ing)\b",
          "diagnoses", unless_negated=True, unless_modal=True),
    _rule(r"\b(?:the|a|this|that) patients?\b|\bpatient (?:is|has|was|suffers)\b",
          "speaks of 'a patient' instead of to the person", kinds=STATEMENT),
    _rule(r"\bsuffer(?:s|ing)? from\b",
          "diagnoses"),
    # "this means you are carrying the hepatitis B virus", "Sie sind Trägerin", "usted es
    # portador": an infection said to be the person's, whether or not the vocabulary names it
    # ("the test checks whether you are carrying it" asks it)
    _rule(r"(?<!\bif )(?<!\bwhether )(?<!\bwenn )(?<!\bob )(?<!\bsi )(?<!\bfalls )"
          r"(?<!\bsi usted )"
          r"(?:\byou(?:'re| are| may be| might be| could be)? (?:\w+ )?(?:(?:carrying|carry) "
          r"(?=[^.;,]{0,40}\b(?:virus\w*|bacteri\w*|infection|hepatitis|HIV|parasit\w*|genes?|"
          r"mutations?|trait)\b)|a carrier of|infected with)|"
          r"\b(?:usted )?(?:es|sea|está) (?:\w+ )?(?:portador(?:a)?|infectad[oa] (?:con|por))\b|"
          r"\busted (?:\w+ )?porta (?:el|un|una|la)\b|"
          r"\b(?:Sie (?:sind|wären|seien)|(?:sind|wären) Sie) (?:\w+ )?(?:Träger(?:in)?|infiziert|"
          r"\w*träger(?:in)?)\b|"
          r"\bSie tragen (?:\w+ ){0,2}?\w*(?:virus|viren|erreger|bakteri\w*)\b|"
          r"(?:您|你)(?:体内)?(?:已经|目前)?(?:携带|带有)(?:了|着)?[^。，,；？！]{0,8}(?:病毒|细菌|菌))",
          "tells the person what they have", kinds=STATEMENT, unless_negated=True),
    _rule(r"\b(?:a|the) (?:condition|disease|disorder|illness) (?:called|named|known as)\b",
          "diagnoses"),
    # a parenthesis after a test's abbreviation holds its method ("eGFR (CKD-EPI)"), not a disease
    _rule(r"\b(?:my|your|his|her|i have|i've|i had|have i (?:(?:probably|likely|already|actually|"
          r"possibly|really|maybe) )?(?:had|got)|i've got|since i have)\s+"
          r"(?!(?-i:\w+[A-Z0-9][\w-]*)\s*[(（])"
          # ("could my medicines cause liver damage" asks about a cause)
          # (a possessive name is the subject: "will my Hashimoto's affect a pregnancy")
          r"(?!(?!\S+'s\s)\S+\s+(?:cause[sd]?(?!\s+by\b)|affect\w*(?!\s+by\b)|lead|increase\w*|raise\w*|damage|harm|trigger\w*|"
          r"worsen\w*|make|made)\b)"
          # ("my eating habits" are a way of living, not a disease)
          r"(?!(?:\S+\s+)?(?:habits?|routine|lifestyle)\b)"
          # ("your hepatitis B surface antibody" names a test)
          r"(?!(?:[\w-]+\s+){1,3}?(?:antibod(?:y|ies)|antigens?|serology|titres?|titers?|"
          r"vaccin\w*|immunity|status|screen\w*)\b)",
          "presumes a diagnosis", condition_after=True, gap=-1),
    # a negation right after the cue ("which is not the same as having gout") undoes it
    # ("whether it points to gout" asks it)
    _rule(r"(?<!\bwhether it )(?<!\bwhether this )(?<!\bwhether that )(?<!\bwhether they )"
          r"(?:\b(?:points?|pointing) (?:to|towards)|\btypical (?:of|for)\b|\bconsistent with\b|"
          r"\bin keeping with\b|\bcompatible with\b|\bcharacteristic of\b|\bclassic (?:for|of)\b|"
          r"\bhallmark of\b|\bmeets? the (?:\w+ )?criteria\b|\bcriteria for\b|\blooks? like\b|"
          r"\bfits? (?:with )?|\bin line with\b|\bmeans? (?:that )?you(?:'ve| have)\b|"
          r"\bcategory of\b|\bfalls? (?:into|in|within)\b|"
          # ("likely that the nodule will change" weighs a course of a known finding)
          r"(?:\bmost likely\b|\blikely\b)(?!\s+(?:that\s+)?(?:the|your|my|this|it)\b"
          r"[^.;?!,]{0,40}\b(?:will|would|is going to|grows?|changes?)\b)|"
          r"\bprobabl[ey]\b|\bpresumabl[ey]\b|\bsuspect(?:ed)?\b|\bsuspicion of\b|"
          r"\bpossibl[ey]\b|\bseems? to be\b|\bappears? to be\b|"
          # ("this is the usual range for people with diabetes" speaks of others)
          r"\b(?:which|that|this|it) is\b(?![^.;?!]{0,30}\b(?:for|in|among|with) (?:people|those|"
          r"patients|someone|anyone|adults)\b)"
          # ("it is hard to predict how the cyst will change" says nothing of what it is)
          r"(?!\s+(?:(?:not|too|very|still|often) )?(?:hard|difficult|impossible|early|unclear|"
          r"possible|important|worth|useful|helpful|common|usual|best|sensible)\b)|"
          r"\bplaces? you\b|\bputs? you\b|\blines? up with\b|\btextbook\b|\bshows? up\b|"
          r"\bwhat happens in\b|\bpicture of\b|\badds? up to\b|\bwhat (?:we|doctors|clinicians) "
          r"(?:\w+ )?see (?:in|with|when)\b|\b(?:is|are) (?:a |an )?(?:clear |"
          r"classic )?signs? of\b)(?!n't\b|\s+(?:not|never)\b)",
          condition_after=True),
    # an early stage named ("beginnende Fettleber", "incipient cataract", "初期脂肪肝")
    _rule(r"\bearly\b|\bfrühe\w*\b|\btemprana?\b|早期|\bbeginnende\w*|\bincipient\b|初期",
          condition_after=True, gap=-1),
    _rule(r"\bsuggest(?:s|ive of)?\b|\bindicat(?:es?|ive of)\b|\bshows?\b|\bsigns? of\b|"
          r"\bpoints? to\b|\bdue to\b|\bcaused by\b|\bmeans?\b|\b(?:see|seen|found|"
          r"occurs?) (?:in|with)\b",
          kinds=STATEMENT, condition_after=True, weak=True),
    _rule(r"\b(?:pre-?)?(?:diabetic|an(?:a)?emic|hypothyroid|hyperthyroid|obese|hypertensive|"
          r"osteoporotic|cirrhotic|leuk(?:a)?emic|nephrotic|gouty)\s+(?:range|zone|category|"
          r"territory|levels?|stage)\b",
          "places the person in a disease range"),
    # ("estadio 3", "grade 2 fatty liver")
    _rule(r"\bstage \d\b|\bstage (?:one|two|three|four)\b|\bestadio (?:[1-5]|I{1,3}V?|IV)\b|"
          r"\bgrade [1-4]\b(?!\s*(?:°|celsius))",
          "stages a disease"),
    _rule(r"\b(?:kidneys?|liver|heart|thyroid|pancreas|lungs?|bone marrow) (?:is|"
          r"are) (?:already |clearly |badly )?(?:damaged|failing|diseased|scarred|not working)\b",
          "says an organ is failing", kinds=STATEMENT, unless_negated=True),
    # ("your kidneys are not inflamed" says the opposite; "if the liver is inflamed" asks it)
    # ("has become a bit lazy", "is getting tired": the organ told as a person)
    _rule(r"\b(?:your|the) (?:thyroid|thyroid gland|liver|kidneys?|heart|pancreas|"
          r"bone marrow) (?:is|are|seems|looks|has become|have become|has gone|is getting|"
          r"are getting|has got(?:ten)?|seems to be|appears to be|looks to be) "
          r"(?:(?!not\b|never\b|no\b)\w+ ){0,2}?(?:underactive|overactive|sluggish|inflamed|"
          r"enlarged|fatty|scarred|weak|failing|lazy|tired|worn out|overworked|worn|slow)\b",
          "says an organ is diseased", kinds=STATEMENT, unless_negated=True, unless_modal=True),
    _rule(r"\b(?:which|what) (?:kind|type|form|sort|stage) of\b|\bis (?:this|it) (?:a |"
          r"an )?(?=\S)|\b(?:could|might|can) (?:this|it) be (?:a |an )?(?!sign|signs|linked|"
          r"related|due|caused|from|the)",
          "asks which disease it is", kinds=QUESTION, condition_after=True, specific=True, gap=-1),
    _rule(r"\b(?:is|are)\s+(?:\w+\s+){0,2}?(?:caused by|due to|the result of|because of|"
          r"down to)\s+(?!many|several|different|various|a number|a range|things)",
          "names a cause", kinds=STATEMENT, unless_negated=True, unless_modal=True),
    _rule(r"\b(?:you are|you're) (?:\w+ )?(?:deficient|insulin resistant|pre-?diabetic|anaemic|"
          r"anemic)\b",
          "labels the person with a condition"),
    _rule(r"\b(?:from|due to|caused by|because of|por|debid[oa] a|von|durch|wegen)\s+",
          "asks which disease it is", kinds=QUESTION, condition_after=True, specific=True, gap=-1),
    _rule(r"\b(?:is|are) (?:the |a )?(?:main )?(?:reason|cause) (?:for|of)\b",
          "names a cause", kinds=STATEMENT, unless_negated=True, unless_modal=True),
    _rule(r"\b(?:rare|serious|severe|dangerous|incurable|genetic|"
          r"hereditary)\b[^.?!]{0,30}?\b(?:diseases?|disorders?|conditions?|syndromes?|"
          r"illness(?:es)?)\b",
          "calls it a serious disease", kinds=STATEMENT),
    _rule(r"\b(?:is|are)\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:disease|disorder|syndrome|cancer|"
          r"illness|medication|medicine|drug)\b",
          "says what disease or drug a result is", kinds=STATEMENT),
    # (a negation undoes "inflamed" but makes "filtering" a failure; "how much insulin your body
    # is producing" is what a test measures, "producing too little" a failure)
    _rule(r"\byour (?:liver|kidneys?|heart|thyroid|pancreas|lungs?|bones?|bone marrow|body|"
          r"immune system) (?:(?:isn't|aren't|is not|are not|is no longer|are no longer|has not|"
          r"have not|hasn't|haven't) (?:able|filtering|making|producing|coping|clearing|working)|"
          r"(?:is|are|has|have) (?:clearly |definitely )?(?:(?:not |no longer )(?:able|filtering|"
          r"making|producing|coping|clearing|working)|unable|failing|damaged|diseased|stopped|lost|"
          r"enlarged|inflamed|weak|struggling|shutting)|(?:is|are) (?:clearly |definitely )?"
          r"(?:filtering|making|producing|clearing)\s+(?:[\w-]+\s+){0,2}?(?:too\b|less\b|more\b|"
          r"not enough|very little|excess\w*|extra\b|antibod\w+|insufficient))\b",
          "says an organ is failing", kinds=STATEMENT),
    _rule(r"(?:您|你)的?[\u4e00-\u9fff]{0,3}(?:肝|肾|心脏|心|骨髓|甲状腺|胰腺|胰岛|肺|"
          r"脑)[\u4e00-\u9fff“]{0,10}?(?:出了问题|出问题|受损|损伤|损害|坏了|不行了|不工作|不正常了|"
          # "您的肾脏已经失去了一半以上的功能"
          r"功能不全|失去了?[\u4e00-\u9fff]{0,6}功能|"
          # the organ told as a person: "甲状腺有点“偷懒”", "肝脏在“罢工”"
          r"[“\"]?(?:偷懒|罢工|累坏了|累着了|不给力|超负荷|怠工)[”\"]?)",
          "says an organ is failing", kinds=STATEMENT, unless_hedged=True, unless_negated=True),
    # "How long have I probably had high blood pressure?", "Seit wann habe ich schon
    # Bluthochdruck?", "¿Desde cuándo tengo la tensión alta?": asking since when takes the
    # condition as given, whether or not the vocabulary knows its name
    _rule(r"\b(?:how long|since when|for how long|how many (?:years|months))\b[^?,]{0,10}?"
          r"\bhave i (?:(?:probably|likely|already|actually|possibly|really|maybe) )?had\s+"
          r"(?!to\b|(?:this|these|the|my|that)\s+(?:\w+\s+)?(?:results?|tests?|values?|numbers?|"
          r"readings?|appointments?|reports?)\b)\w|"
          r"\b(?:seit wann|wie lange|seit wie vielen (?:Jahren|Monaten))\b[^?,]{0,10}?"
          r"\b(?:habe|hab|hatte) ich\s+(?:(?:wohl|wahrscheinlich|vermutlich|schon|bereits|"
          r"eigentlich|vielleicht)\s+)*(?!(?:diese\w*|den|die|das|meine\w*)\s+(?:\w+\s+)?(?:Wert\w*|Ergebnis\w*|"
          r"Befund\w*|Test\w*|Termin\w*)\b|Zeit\b|gewartet\b|gefastet\b)\w+|"
          r"\b(?:desde cuándo|cuánto tiempo|cuántos (?:años|meses))\b[^?,]{0,10}?\b(?:tengo|"
          r"llevo con|he tenido|padezco)\s+(?:(?:probablemente|ya|seguramente|realmente)\s+)*"
          r"(?!que\b|(?:este|estos|esta|estas|el|los|la|las|mis?)\s+(?:\w+\s+)?(?:resultados?|"
          r"análisis|pruebas?|valores?|citas?)\b)\w+",
          "presumes a diagnosis", kinds=QUESTION),
    # "Does having gout mean I should ...": the question takes the disease as the person's own
    _rule(r"\b(?:does|would|will|did|doesn't|wouldn't) having\s+(?=[^.?!]*\b(?:i|me|my)\b)",
          "presumes a diagnosis", kinds=QUESTION, condition_after=True, specific=True, gap=-1),
    # "Since when have I had the X (that) my ECG shows?": the question takes as given a disease
    # that the results are said to show, whether or not the vocabulary knows its name
    _rule(r"\b(?:i have|i've|i had|do i have|did i (?:have|get)|have i (?:had|got))\b(?! to\b)"
          r"(?!\s+(?:\w+\s+){0,2}?(?:tests?|results?|values?|numbers?|scans?|appointments?|"
          r"questions?)\b)"
          r"[^.?!]{0,50}?\b(?:that |which )?(?:the|my|these|this|your)\s+(?:\w+\s+){0,2}?"
          r"(?:ecg|ekg|scan|results?|tests?|report|ultrasound|x-ray|labs?|values?|numbers?|"
          r"blood work|bloods)\s+(?:clearly\s+)?(?:shows?|showed|indicates?|indicated|suggests?|"
          r"reveals?|revealed|points? to|picked up|found)\b",
          "presumes a diagnosis", kinds=QUESTION),
    # "this suggests you may have coeliac disease": a hedged diagnosis is still one ("you may
    # have heard of ..." and "a higher risk of ..." are not)
    # (the vocabulary may read "have coeliac disease" as the name: the match stops before "have")
    _rule(r"(?<!\bif )(?<!\bwhether )\byou (?:may|might|could|possibly|probably|likely|perhaps) "
          r"(?:well )?(?:already )?(?:be suffering from\s+|be developing\s+|(?=have\s+(?!to\b|"
          r"been (?:exposed|told|tested|vaccinated|asked)|(?:\w+\s+){0,3}?(?:risk|chance|odds|"
          r"heard|read|seen|noticed|questions?|family|history|tests?)\b)))",
          "tells the person what they may have", kinds=STATEMENT, condition_after=True, gap=30,
          unless_negated=True),
    # "the most likely explanation would be an enlarged prostate" ("the most common cause of a
    # raised ALT is ..." is a general statement)
    _rule(r"\b(?:most|more) (?:likely|probable|plausible|obvious) (?:explanation|cause|reason|"
          r"diagnosis)\b|\bmost common (?:explanation|cause|reason)\b(?=[^.;?!]{0,40}\b(?:would be|"
          r"in your case|for you|here)\b)",
          kinds=STATEMENT, condition_after=True),
    # "the nodule is probably benign": a finding named as benign or malignant on a hedge
    _rule(r"(?<!\bless )(?<!\bmore )\b(?:most likely|probably|likely|presumably|almost certainly|"
          r"in all likelihood|(?:seems|appears) to be|looks like)\s+(?:(?!not\b|whether\b)\w+\s+)"
          r"{0,3}?(?:benign|malignant|cancerous|non-?cancerous|(?:a |an )(?:\w+ )?(?:benign |"
          r"harmless |fatty )?(?:growth|lipoma|polyp|calcification|cyst))\b(?![^.;?!]*[”»」』])",
          kinds=STATEMENT, unless_negated=True),
    # "Is my H. pylori infection the reason ...?", "your iron deficiency": the person's own
    # disease taken as given, whether or not the vocabulary knows the name (verbs in between
    # make it a question about a cause: "could my tablets cause liver damage")
    _rule(r"\b(?:my|your)\s+(?:(?!(?:risks?|chances?|odds|tests?|testing|signs?|screening|"
          r"history|family|cause[sd]?|affect\w*|lead|increase\w*|raise\w*|lower\w*|prevent\w*|"
          r"protect\w*|be|is|are|was|have|has|had|put\w*|mean\w*|of|for|to|from|against|"
          r"or|and|can|could|may|might|will|would|should|must)\b)[\w.'-]+\s+){0,3}?" + _EN_ILL,
          "presumes a diagnosis", unless_negated=True),
    # "in the range for prediabetes", "the zone of obesity": the person placed in a disease
    _rule(r"\b(?:range|zone|territory|band|bracket|category|threshold) (?:of|for|that "
          r"(?:defines|means|counts as))\b(?!\s+(?:people|those|someone|anyone|patients|adults|"
          r"men|women|children)\b)",
          "places the person in a disease range", condition_after=True, gap=25),
    # a title names the issue, never a disease ("Fatty liver disease on ultrasound"): "disease"
    # is the word of a diagnosis even when a scan is named
    _rule(r"^(?!.*\b(?:risks?|Risiko\w*|riesgos?|screen\w*|Vorsorge|cribado)\b)"
          r".*(?:\b(?:[\w-]+ )(?:diseases?|disorders?|syndromes?)\b|\w(?:krankheit|erkrankung|"
          r"syndrom)\b|\b(?:enfermedad|síndrome|trastorno) (?!de riesgo)\w+)"
          r"(?!\s+(?:tests?|markers?|panel|Test\w*|Marker|pruebas?|marcador\w*)\b)",
          "names a condition in the title", kinds=TITLE),
    # "Does the infection in my stomach need treating?": the definite article and "my" take the
    # disease as the person's own ("an infection in my stomach" asks about one)
    _rule(r"\bthe\s+(?:[\w-]+\s+){0,2}?" + _EN_ILL + r"\s+(?:in|of|on|to)\s+(?:my|your)\b",
          "presumes a diagnosis", unless_negated=True),
    _rule(r"\b(?:la|el)\s+(?:[\w-]+\s+)?" + _ES_ILL + r"(?:\s+[\w.-]+){0,3}?\s+(?:en|de)\s+"
          r"(?:mi|mis|su|sus|tu)\s+(?:est[oó]mago|hígado|riñ[oó]n\w*|sangre|coraz[oó]n|"
          r"tiroides|pulm[oó]n\w*|intestino|vejiga|páncreas)\b",
          "presumes a diagnosis", unless_negated=True),
    # "Your high cholesterol", "Is my high blood pressure inherited?": a result named as the
    # person's condition ("your high cholesterol result", "your cholesterol is high" are results)
    _rule(r"\b(?:my|your)\s+(?:high|raised|elevated|low|bad|underactive|overactive|sluggish)\s+"
          r"(?:blood\s+)?(?:cholesterol|pressure|sugars?|thyroid|iron)\b(?!\s+(?:results?|"
          r"readings?|values?|levels?|numbers?|figures?|tests?|measurements?|counts?|"
          r"resul\w*)\b)",
          "presumes a diagnosis", unless_negated=True),
    # "consistent with an athlete's heart", "points to a fatty liver": a cue and an organ named
    # as diseased ("consistent with a healthy heart" names none)
    _rule(r"(?:\bconsistent with|\bin keeping with|\btypical (?:of|for)|\bcharacteristic of|"
          r"\bpoints? (?:to|towards)|\bsuggest(?:s|ive of)|\blooks? like|\bfits? (?:with )?|"
          r"\bcompatible with|\bsigns? of|\bmeans? you have)\s+(?:an?\s+|the\s+)?"
          # ("points to a thyroid that is working well": an article is not a word of disease)
          r"(?:(?!normal|healthy|working|well|usual|an?\s|the\s)[\w'-]+\s+){1,2}?(?:heart|liver|kidneys?|"
          r"thyroid|prostate|pancreas|gland|lungs?|stomach|bowel|gut)\b(?!\s+(?:tests?|function|"
          r"results?|values?|scan|ultrasound))",
          kinds=STATEMENT, unless_negated=True, unless_modal=True),
    # "¿La presbiacusia que tengo hará que ...?", "the gout that I have", "die Gicht, die ich
    # habe": a noun said to be what the person has (not a question, a date, a pain)
    _rule(r"\b(?:la|el|los|las|esta|este|esa|ese)\s+(?!(?:dudas?|preguntas?|citas?|resultados?|"
          r"análisis|valores?|pruebas?|informes?|síntomas?|molestias?|dolor(?:es)?|miedos?|"
          r"preocupaci\w+|cifras?|niveles?|datos|problemas?|sensaci\w+|impresi\w+|tiempo|hora|"
          r"medicaci\w+|receta|seguro|edad|peso|tensión|colesterol|glucosa|azúcar|cansancio|"
          r"tos|fiebre|mareos?|hábitos?|cita|opci\w+|informaci\w+|papeles|copia)\b)"
          r"[a-záéíóúñü-]{4,}(?:\s+[a-záéíóúñü-]+)?\s+que (?:tengo|padezco|sufro|me "
          r"diagnosticaron|me han diagnosticado)\b|"
          r"\bthe\s+(?!(?:questions?|appointments?|results?|tests?|reports?|symptoms?|pains?|"
          r"aches?|worries|concerns?|doubts?|time|numbers?|values?|readings?|letters?|forms?|"
          r"copies|copy|habits?|options?|choices?|tablets?|medicines?|information|feeling|"
          r"sense|impression|insurance|weight|age|blood pressure|cholesterol|sugar|cough|"
          r"fever|tiredness)\b)[a-z-]{4,}(?:\s+[a-z-]+)?\s+(?:that |which )?i (?:have|suffer "
          r"from|was diagnosed with|'ve got)\b(?!\s+(?:to|been|had|now|here|with me)\b)|"
          r"\b(?:die|der|das|den|dem)\s+(?!(?:Fragen?|Termin\w*|Beschwerden|Schmerz\w*|Wert\w*|"
          r"Ergebnis\w*|Befund\w*|Unterlagen|Symptom\w*|Sorgen?|Angst|Zweifel|Zeit|Gefühl|"
          r"Eindruck|Gewicht|Blutdruck|Cholesterin|Zucker|Husten|Fieber|Müdigkeit|Tabletten|"
          r"Medikament\w*|Gewohnheit\w*|Brief\w*|Bericht\w*|Fragebogen)\b)(?-i:[A-ZÄÖÜ])"
          r"[\wäöüß-]{3,},?\s+(?:die|den|das|an der|an dem|unter der|unter dem) ich\s+"
          r"(?:\w+\s+)?(?:habe|hab|hatte|leide|litt)\b",
          "presumes a diagnosis", kinds=ALL),
]

EN += [
    # "match a fatty liver quite closely", "tally well with coeliac disease": a verb of fit
    # (weak: "can match", "the scan matches", a "not" or "whether" between undo it)
    _rule(r"\b(?:match(?:es|ed)?|tall(?:y|ies|ied)|chimes?|squares?|agrees?) "
          r"(?:(?:\w+ ){0,3}?with\b|(?=(?:an?|the) ))|\bgo(?:es)? (?:\w+ )?(?:together|"
          r"hand in hand)(?: \w+)? with\b",
          kinds=STATEMENT, condition_after=True, weak=True, gap=40),
]

EN += [
    # "..., and that is probably what is going on in your case", "which is very likely the case
    # for you too": a general statement applied to the person ("your clinician can say what is
    # going on in your case" has no likelihood; "whether that is the case" asks it)
    _rule(r"(?<!\bwhether )(?<!\bif )\b(?:that|this|which|it)(?:'s|\s+is|\s+was|\s+would be|\s+may "
          r"well be)?\s+(?:also\s+|very\s+|quite\s+)?(?:probably|(?:most |very |quite |more than )?"
          r"likely|presumably|almost certainly|in all likelihood|most probably)\s+(?:also\s+)?"
          r"(?:what(?:'s| is| was)? (?:going on|happening|behind (?:it|this|yours?)|the matter)|"
          r"the (?:case|explanation|reason|cause|story|problem)|true|what you have|your (?:case|"
          r"situation|problem))(?=[^.;?!]{0,25}\b(?:in your case|for you|with you|in you|here|"
          r"yours)\b)|\bin your case,?\s+(?:that|this|it)(?:'s|\s+is)\s+(?:probably|"
          r"(?:most |very )?likely|almost certainly|presumably)\b",
          "applies a diagnosis to the person", kinds=STATEMENT, unless_negated=True),
    # "usually mean the kidney filters are inflamed": an organ (or a part of it) said to be
    # inflamed or damaged ("can mean", "usually", "not", "if", "when" make it a general, negated
    # or conditional statement)
    _rule(r"(?:^|(?<=[.;:!?,]))(?![^.;:!?,]*\b(?:if|when|whether|unless|once)\b)[^.;:!?,]*?"
          r"\b(?:kidneys?|liver|heart|thyroid|pancreas|gallbladder|prostate|bladder|bowel|"
          r"stomach|lungs?)(?:\s+(?:filters?|cells|tissue|lining|gland|vessels|valves?|"
          r"muscle|wall))?\s+(?:is|are|has been|have been)\s+(?:already\s+|clearly\s+|a bit\s+|"
          r"slightly\s+|mildly\s+)?(?:inflamed|swollen|damaged|scarred|diseased)\b",
          "says an organ is diseased", kinds=STATEMENT, unless_negated=True, unless_modal=True),
]

EN += [
    # "consistent with a benign colloid nodule", "points to a harmless cyst": a finding named
    # benign or malignant by a cue of fit, without a hedge ("whether it is consistent with",
    # the report's quoted words are not the app's)
    _rule(r"(?:^|(?<=[.;:!?,]))(?![^.;:!?,]*\b(?:whether|if)\b)[^.;:!?,]*?(?:\bconsistent with|"
          r"\bin keeping with|\bcompatible with|\btypical (?:of|for)|\bcharacteristic of|"
          r"\bpoints? (?:to|towards)|\bsuggest(?:s|ive of)|\bfits? (?:with)?|\blooks? like|"
          r"\bin line with|\bcorresponds? to|\bmatch(?:es)?)\s+"
          r"(?:(?!not\b|whether\b)[\w-]+\s+){0,4}?"
          r"(?:benign|malignant|cancerous|non-?cancerous|harmless|simple (?:cysts?|nodules?))\b"
          r"(?![^.;?!]*[”»」』])",
          kinds=STATEMENT, unless_negated=True, unless_modal=True),
    # "this benign cyst", "your harmless polyp": a finding called benign or malignant as if known
    # ("a benign cyst" in general, or the report's quoted words, are not)
    _rule(r"\b(?:this|that|these|those|your|my)\s+(?:[\w-]+\s+)?(?:benign|malignant|cancerous|"
          r"harmless)\s+(?:[\w-]+\s+)?(?:cysts?|nodules?|growths?|polyps?|lumps?|tumou?rs?|"
          r"lesions?|spots?|masses|mass|calcifications?)\b(?![^.;?!]*[”»」』])",
          "calls the finding benign or malignant", unless_negated=True),
]

EN += [
    # "Which type of heart murmur have I got?", "¿Qué clase de soplo tengo?", "Welchen Typ
    # Herzgeräusch habe ich?": asking which kind one has takes the finding as one's own, whether
    # or not the vocabulary knows its name (a test, an appointment, a follow-up are no finding)
    _rule(r"\b(?:what|which) (?:kind|type|form|sort|stage|grade|variety) of (?!(?:tests?|scans?|"
          r"appointments?|follow-?ups?|checks?|questions?|results?|insurance|options?|doctors?|"
          r"specialists?|referrals?|treatments?|forms?|samples?|exercise|diet)\b)[\w'-]+"
          r"(?:\s+[\w'-]+)?\s+(?:(?:do|did) I (?:have|get)|have I got|am I dealing with)\b"
          r"(?!\s+to\b)|"
          r"\bqué (?:tipo|clase|forma|grado|variedad) de (?!(?:pruebas?|análisis|citas?|"
          r"seguimiento|control\w*|seguro|preguntas?|médicos?|especialistas?|tratamientos?|resultados?|"
          r"ejercicio|dieta)\b)[\wáéíóúñ-]+(?:\s+[\wáéíóúñ-]+)?\s+(?:tengo|padezco|sufro)\b"
          r"(?!\s+que\b)|"
          r"\bwelche[nrs]? (?:Art|Form|Typ|Sorte|Grad|Stadium) (?:von |der |des |eines? )?"
          r"(?!(?:(?:von|der|des|eine?[mnrs]?)\s+)?(?:Termin|Test|Untersuchung|Kontrolle|Frage|Ergebnis|"
          r"Befund|Versicherung|Überweisung|Behandlung|Sport|Diät)\w*\b)[\wäöüß-]+(?:\s+[\wäöüß-]+)?\s+(?:habe|hab|"
          r"hatte) ich\b|"
          r"(?:我|我的)(?:这个|这种|得的|患的|有的)(?:(?!检查|结果|报告|化验|指标|复查|随访|预约)"
          r"[\u4e00-\u9fff]){1,6}?(?:是|属于)(?:哪|什么类型|几型|几级|几期)",
          "presumes a diagnosis", kinds=QUESTION),
]

EN += [
    # "..., what doctors call chronic kidney disease", "lo que los médicos llaman", "lo que se
    # conoce como", "was man als ... bezeichnet", "这就是所谓的": the name given to the person's
    # finding
    _rule(r"\b(?:what|which) (?:doctors|clinicians|we|medics) (?:would )?call\b|"
          r"\b(?:is|are) (?:often |usually )?(?:known|referred to) as\b|\bso-called\b|"
          r"\blo que (?:los médicos |los especialistas )?(?:llaman|se llama|se denomina|se conoce "
          r"como)\b|\b(?:se conoce|se denomina|se llama) como\b|"
          r"\bwas (?:man|Ärzte|Ärztinnen|Mediziner) (?:auch )?als\b|"
          r"\b(?:nennt man|bezeichnet man als|spricht man von)\b|"
          r"(?:就是|也就是|即)?(?:所谓的|医学上(?:称为|叫做?)|医生(?:称为|所说的|说的))",
          kinds=STATEMENT, condition_after=True, gap=40, unless_negated=True, unless_modal=True),
]

EN += [
    # "places your bone density in the osteoporosis range", "is already in the diabetes range":
    # the person placed in a disease's range ("whether it is in ..." asks it)
    _rule(r"\b(?:places?|puts?|is|are|lies|lie|sits?|falls?|lands?) (?:[\w-]+ ){0,3}?(?:in|within|"
          r"into) the\b",
          "places the person in a disease range", kinds=STATEMENT, condition_after=True, gap=-1,
          unless_negated=True, unless_modal=True),
    # "years in a loud workplace are the likely explanation", "la causa más probable es ...": a
    # cause named as the likely one
    _rule(r"\b(?:is|are|would be|'s) (?:the |a )?(?:most )?(?:likely|probable|obvious) "
          r"(?:explanation|cause|reason|culprit|trigger)\b|"
          r"\b(?:es|son|sería|serían) (?:la|el) (?:causa|explicación|razón|motivo|origen) más "
          r"(?:probable|lógic[oa]|evidente)\b|"
          r"\b(?:ist|sind|wäre|wären) (?:wahrscheinlich |vermutlich )?(?:die|der) "
          r"(?:wahrscheinlichste|naheliegendste)n? (?:Ursache|Erklärung|Grund|Auslöser)\b|"
          r"\b(?:ist|sind) (?:wahrscheinlich|vermutlich|wohl) (?:die|der) (?:Ursache|Grund|"
          r"Auslöser|Erklärung)\b|"
          r"(?:就是|是)(?:最)?(?:有)?可能的(?:原因|解释|病因)|(?:很|最)可能(?:就)?是(?:原因|罪魁祸首|诱因)",
          "names a cause", kinds=STATEMENT, unless_negated=True, unless_modal=True),
]
