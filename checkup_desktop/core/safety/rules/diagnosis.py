"""Diagnosis: telling or hinting what the person has (a hedging cue followed by a disease
name from the vocabulary, a label, a stage, a cause, an organ said to be failing).

One list per card language (EN, ZH, ES, DE), in the order the engine applies them; the
English list also holds patterns for the other languages' wordings of the same forms. Every
rule here is `_rule(pattern, why, kinds, **flags)` with the category's usual reason, texts
and flags (below) unless it says otherwise.
"""

from __future__ import annotations

from checkup_desktop.core.safety.rules.rule import ALL, QUESTION, STATEMENT, TITLE, maker

_rule = maker("diagnosis", "hints at a diagnosis", ALL)

# Disease-like nouns the vocabulary may not know ("Helicobacter-pylori-Infektion",
# "alkoholbedingte Leberschädigung", "Vorhofflimmern", "幽门螺杆菌感染"): a compound that ends in
# a morpheme of illness reads as a disease name after a cue or a possessive
_EN_ILL = (r"[\w-]*(?:infections?|infestations?|deficienc(?:y|ies)|damage|insufficiency|failure|"
           r"diseases?|disorders?|syndromes?)\b(?!\s+(?:risks?|tests?|screen\w*|markers?|"
           r"panels?)\b)")
_DE_ILL = (r"(?:(?![\w-]*(?:risiko|test|wert|werte|werten|untersuchung|marker|serologie|"
           r"antikörper|impfung|diagnostik|screening)\b)"
           r"[a-zäöüß-]{3,}(?:schädigung|schaden|schäden|störung|infektion|infekt|flimmern|"
           r"versagen|verfettung|vergrößerung|entzündung|insuffizienz|erkrankung|krankheit|"
           r"unterfunktion|überfunktion|einschränkung|"
           r"syndrom|itis|ämie|leiden|mangel|schwäche|armut|schwund|verkalkung)(?:en|s|es|n)?\b|"
           r"(?:hyper|hypo)tonie\b|adipositas\b|(?:über|unter)gewicht\w*|fettleibigkeit\b|"
           # "Arthrose", "Knochenschwund", "Leberzirrhose", "Schlafapnoe"
           r"(?![\w-]*(?:risiko|test|wert|werte|werten|untersuchung|marker)\b)[a-zäöüß-]*"
           r"(?:arthrose|porose|thrombose|zirrhose|fibrose|steatose|sklerose|apnoe)\b)")
_ES_ILL = (r"(?:infecci[oó]n|daño (?:hepático|renal|hepatico)|lesi[oó]n (?:hepática|renal)|"
           r"déficit|deficiencia|insuficiencia|trastorno|síndrome|enfermedad|sobrepeso|"
           r"obesidad)\b"
           r"(?!\s+(?:de )?(?:riesgo|pruebas?|marcador))")
_ZH_ILL = (r"(?:(?!风险|可能|是否|会不会|有没有|检查|指标|结果|发展|进展|演变|转变|变成|转成|转为|"
           r"排除|除外|需要|建议|医生|筛查|"
           r"将来|以后|未来|会|导致|引起|影响|增加|预防|避免|造成)[\u4e00-\u9fffA-Za-z0-9]){0,8}?"
           r"(?:感染|损伤|损害|病变|衰竭|功能不全|缺乏症?|紊乱|失调|"
           r"房颤|早搏|脂肪肝|甲减|甲亢|甲低|大三阳|小三阳|慢阻肺|痛风|缺血|梗死|梗塞|硬化|脂肪变性?|携带者|肥胖|超重|乙肝|丙肝|肥大|肥厚|[^\W发炎]炎(?!症)|"
           # "心脏传导阻滞", "甲状腺功能减退", "慢性炎症"
           r"阻滞|狭窄|亢进|减退|溃疡|(?:慢性|急性)炎症|"
           r"[^\W病]病(?!毒|因|史|情|人|例))(?![\u4e00-\u9fff]{0,2}"
           r"(?:风险|指标|检查|检测|筛查|标志物))"
           # "乙肝表面抗原", "乙肝病毒的一种标志物": the name of a test, not of the disease
           r"(?![\u4e00-\u9fff]{0,8}?(?:抗原|抗体|标志物|五项|两对半|DNA))")

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
          r"(?!\S+\s+(?:cause[sd]?(?!\s+by\b)|affect\w*(?!\s+by\b)|lead|increase\w*|raise\w*|damage|harm|trigger\w*|"
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
    _rule(r"\bearly\b|\bfrühe\w*\b|\btemprana?\b|早期",
          condition_after=True, gap=-1),
    _rule(r"\bsuggest(?:s|ive of)?\b|\bindicat(?:es?|ive of)\b|\bshows?\b|\bsigns? of\b|"
          r"\bpoints? to\b|\bdue to\b|\bcaused by\b|\bmeans?\b|\b(?:see|seen|found|"
          r"occurs?) (?:in|with)\b",
          kinds=STATEMENT, condition_after=True, weak=True),
    _rule(r"\b(?:pre-?)?(?:diabetic|an(?:a)?emic|hypothyroid|hyperthyroid|obese|hypertensive|"
          r"osteoporotic|cirrhotic|leuk(?:a)?emic|nephrotic|gouty)\s+(?:range|zone|category|"
          r"territory|levels?|stage)\b",
          "places the person in a disease range"),
    _rule(r"\bstage \d\b|\bstage (?:one|two|three|four)\b",
          "stages a disease"),
    _rule(r"\b(?:kidneys?|liver|heart|thyroid|pancreas|lungs?|bone marrow) (?:is|"
          r"are) (?:already |clearly |badly )?(?:damaged|failing|diseased|scarred|not working)\b",
          "says an organ is failing", kinds=STATEMENT, unless_negated=True),
    _rule(r"\b(?:your|the) (?:thyroid|thyroid gland|liver|kidneys?|heart|pancreas|"
          r"bone marrow) (?:is|are|seems|looks) (?:\w+ )?(?:underactive|overactive|sluggish|"
          r"inflamed|enlarged|fatty|scarred|weak|failing)\b",
          "says an organ is diseased", kinds=STATEMENT, unless_negated=True),
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
    _rule(r"\byour (?:liver|kidneys?|heart|thyroid|pancreas|lungs?|bones?|bone marrow|body|"
          r"immune system) (?:is|are|isn't|aren't|has|have) (?:clearly |definitely )?(?:not |"
          r"no longer )?(?:able|unable|failing|damaged|diseased|not working|stopped|lost|"
          r"enlarged|inflamed|weak|filtering|making|producing|coping|clearing|struggling|"
          r"shutting)\b",
          "says an organ is failing", kinds=STATEMENT),
    _rule(r"(?:您|你)的?[\u4e00-\u9fff]{0,3}(?:肝|肾|心脏|心|骨髓|甲状腺|胰腺|胰岛|肺|"
          r"脑)[\u4e00-\u9fff]{0,10}?(?:出了问题|出问题|受损|损伤|损害|坏了|不行了|不工作|不正常了|"
          r"功能不全)",
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
          r"(?:(?!normal|healthy|working|well|usual)[\w'-]+\s+){1,2}?(?:heart|liver|kidneys?|"
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
ZH = [
    # "不能说明您有什么疾病": "any disease" names none
    _rule(r"(?:你|您|我)(?:患有|得了|患上了?|有(?!什么|哪些|哪种|任何|没有)[^。，,？?]{0,6}(?:病|症|癌))",
          "tells the person what they have", unless_negated=True),
    _rule(r"(?:你|您|我)(?:已经)?(?:有|患有|得了|患上了?|得的|患的)",
          "tells the person what they have", condition_after=True, gap=-1),
    _rule(r"确诊|诊断为|诊断是|被诊断|诊断标准",
          "diagnoses", unless_negated=True, unless_modal=True),
    _rule(r"患者(?:患有|是|有)",
          "speaks of 'the patient' as diagnosed"),
    # "eGFR（CKD-EPI）" names a formula; "我的血糖发展成糖尿病" asks about a future risk
    _rule(r"(?:我|您|你)(?:的|得的|患的|所患的)(?![A-Za-z0-9-]+\s*[(（])"
          r"(?![\u4e00-\u9fff]{0,8}(?:发展|进展|演变|转变|变成|转成|转为|将来|以后|未来))"
          # ("您的空腹胰岛素和血糖放在一起看，医生可以算出…": a test's clause, the name comes later)
          r"(?![^，,。；？！]{0,12}?(?:胰岛素|血糖|血脂|血压|指标|结果|数值|检查|报告|化验|水平)"
          r"[^，,。；？！]{0,10}[，,])",
          "presumes a diagnosis", condition_after=True, gap=-1),
    _rule(r"符合|考虑(?:为|是)?|疑似|倾向于?|指向|最(?:有)?可能(?:的)?(?:是|为)|(?:基本)?(?:可以)?(?:判断|确定)(?:为|是(?!否))|很像|像是|"
          r"好像|典型的?|属于|达到|就是|可疑|应该是|应是|(?<![常多])见于|肯定是|一定是",
          condition_after=True),
    _rule(r"提示|说明|表明|意味着|代表|显示|与[^。，]{0,6}有关",
          kinds=STATEMENT, condition_after=True, weak=True),
    # ("判断是否存在脂肪肝" asks it)
    _rule(r"(?:可以|能|就能)?(?:判断|确定|断定)(?:为|是(?!否))",
          condition_after=True),
    _rule(r"(?:我|您|你)(?:这个|这种|的这个|那个)",
          "presumes a diagnosis", condition_after=True, gap=-1),
    _rule(r"哪种|哪一种|什么类型的?|哪一型|几型",
          "asks which disease it is", kinds=QUESTION, condition_after=True),
    _rule(r"(?:都是|就是|全是|基本是)[\u4e00-\u9fff]{0,8}(?:造成的|引起的|导致的|喝的|吃的|抽的|"
          r"累的)",
          "names a cause", kinds=STATEMENT),
    _rule(r"是[\u4e00-\u9fff]{0,8}的(?:原因|病因)|导致了您的",
          "names a cause", kinds=STATEMENT, unless_negated=True),
    # "既然我是肾功能不全" / "您是糖尿病": the person is called the disease ("am"), or it is taken
    # as given ("since ...")
    _rule(r"既然(?:我|您|你)?(?:已经|本来|本身)?(?:就)?(?:是|有|得了|患有|患了)?|"
          r"(?:你|您|我)(?:已经|本来|本身)?(?:就)?是(?!不是|否)"
          r"(?![\u4e00-\u9fff]{0,10}(?:高危|风险|人群|易感))",
          "presumes a diagnosis", condition_after=True, specific=True, gap=-1),
    # "提示您体内可能长了肿瘤": a hedged diagnosis of the person ("可能有较高风险" is a risk)
    _rule(r"(?:你|您)(?:的)?(?:体内|身上)?(?:很|极|也)?(?:可能|或许|也许|大概|估计|多半|恐怕|八成)"
          r"(?:已经|早就)?(?:有|患有|患上了?|得了|长了|存在|出现了)"
          r"(?![^。，,；？?]{0,12}(?:风险|可能性|倾向|隐患|疑问|问题))",
          "tells the person what they may have", kinds=STATEMENT, condition_after=True, gap=-1),
    # "最可能的解释是甲减": the likeliest cause named
    _rule(r"最(?:有)?可能的(?:解释|原因|病因|诊断)",
          kinds=STATEMENT, condition_after=True),
    # "结节很可能只是良性囊肿", "阴影应该是感染留下的疤痕": a finding the vocabulary does not
    # name, said to be a cyst, a scar, benign, on a hedge
    _rule(r"(?:很可能|极可能|大概率|大概|估计|多半|应该|八成|恐怕|看起来|看上去|像是)(?:只)?(?:是|就是|为)"
          r"(?:(?!是否|还是|确定|判断|排除|明确)[^。；？！，,]){0,14}?"
          r"(?:囊肿|疤痕|瘢痕|钙化|息肉|脂肪瘤|良性|恶性|增生)(?![^。；？！]*[”」』])",
          kinds=STATEMENT),
    # "我的幽门螺杆菌感染", "您的肝损伤": the person's own disease, a name the vocabulary lacks
    # ("我的血糖将来发展成糖尿病", "我的药会导致肝损伤吗" speak of a future or a cause)
    _rule(r"(?:我|您|你)(?:的|这个|这种|的这个|的这种)" + _ZH_ILL,
          "presumes a diagnosis", unless_negated=True),
    # "我得高血压多久了": "得" right before a disease is "have got" ("我得注意" is "must")
    _rule(r"(?:你|您|我)(?:已经|早就|其实)?得(?![了的到出去])(?![^。，,？?]{0,12}(?:风险|可能))",
          "presumes a diagnosis", condition_after=True, gap=1),
    # "与心肌缺血相符", "属于肥胖范围", "说明您目前是乙肝病毒携带者": a cue and a disease-like
    # noun the vocabulary may lack ("与糖尿病风险有关", "提示医生可能需要复查" name none)
    _rule(r"(?:(?<!是否)(?<!会不会)(?:与|和|跟)(?=[^。，,；？?]{1,14}(?:相符|吻合|一致|相似|相近))|"
          r"(?:符合|属于|考虑为?|疑似|像是|应该是|应是|就是|提示|说明|表明|"
          # "结果显示为肝脏脂肪变性": a result "shown as" a disease
          r"意味着|(?<!报告)(?<!超声)(?<!彩超)(?<!影像)(?:显示|表现|诊断|结果)为|(?:您|你)(?:目前|现在|其实|已经|本来|应该)*是(?!否|不是)|(?:很|极|最)可能是|"
          r"(?<!可能)(?<!是否)(?<!会不会)已经(?:造成|导致|引起|出现|发展成|发展为)了?))"
          r"(?:(?!不|没|是否|风险|排除|医生)[^。；？！，,]){0,8}?" + _ZH_ILL,
          kinds=STATEMENT, unless_negated=True, unless_modal=True),
    # "说明您的胃里已经有了慢性炎症", "提示您的心脏已经出现了传导阻滞": a cue and the illness
    # said to be already there
    _rule(r"(?:说明|提示|表明|意味着|代表|证明|显示)(?:(?!是否|有没有|可能|风险|不)[^。，,；？！]){0,10}?"
          r"(?:已经|已|早就)(?:有了?|出现了?|存在(?:着)?|形成了?|发生了?|患上了?|得了)"
          r"(?:(?!风险|可能)[^。，,；？！]){0,6}?(?:炎症|" + _ZH_ILL + r")",
          kinds=STATEMENT, unless_negated=True, unless_modal=True),
    # "甲减是不是需要终身治疗？", "痛风会不会复发？": a question whose topic is a disease takes it
    # as the person's own ("血糖偏高会不会发展成糖尿病" has a result as topic)
    _rule(r"^(?:那|那么|请问)?(?:我|我的)?" + _ZH_ILL + r"(?:是不是|是否|需不需要|需要|要不要|"
          r"会不会|能不能|能否|可以|可不可以|该|应该|怎么|多久|要|还能|还会|有没有)",
          "presumes a diagnosis", kinds=QUESTION),
    # a title names the issue, never a disease: "慢性乙型肝炎病毒携带状态", "大三阳"
    _rule(r"^(?!.*(?:风险|筛查|检查|检测|指标|抗原|抗体|五项|两对半|预防))[^。]*?(?:携带(?:者|状态)|"
          + _ZH_ILL + r")",
          "names a condition in the title", kinds=TITLE),
]
ES = [
    # ("si usted tiene ..." asks it)
    _rule(r"(?<!\bsi )\busted (?:tiene|padece|sufre)\b|\btiene usted\b|\b(?:padece|sufre) "
          r"(?:de )?(?:una?|el|la)\b",
          "tells the person what they have"),
    _rule(r"(?<!\bpara )\bdiagnostica\w*|\bdiagnosticad[oa]s?\b|\bdiagnóstico\b",
          "diagnoses", unless_negated=True, unless_modal=True),
    _rule(r"\b(?:mi|mis|su|sus|tu|tus|tengo|tienes|padezco|sufro|llevo con|llevo)\s+"
          r"(?!(?-i:\w+[A-Z0-9][\w-]*)\s*[(（])",
          "presumes a diagnosis", condition_after=True, gap=-1),
    _rule(r"\bcompatibles? con\b|\btípic[oa]s? de\b|\bapunta(?:n)? a\b|\bpropi[oa]s? de\b|"
          r"\bcaracterístic[oa]s? de\b|\bconsistente con\b|\bcuadro (?:típico |clásico )?de\b|"
          r"\bse trata de\b|\bencaja\w* con\b|\bde libro\b|\bse ven? en\b|\bse observa\w* en\b|"
          r"\bque es\b|\bcorresponde(?:n)? a\b|\bencaja(?:n)? con\b|\bprobablemente\b|"
          r"\bposible\b|\bsospecha de\b|\bcriterios de\b|\bes (?:un )?(?:claro )?signo de\b|"
          r"\bparece(?:n)? (?:ser )?\b|\btodo sugiere\b",
          condition_after=True),
    _rule(r"\bsugiere(?:n)?\b|\bindica(?:n)?\b|\bmuestra(?:n)?\b|\bsignos? de\b|\bseñal de\b|"
          r"\bdebid[oa] a\b|\bsignifica(?:n|r)?\b|\bindicar\b",
          kinds=STATEMENT, condition_after=True, weak=True),
    _rule(r"\brango diabétic\w*|\brango de (?:la )?diabetes\b",
          "places the person in a disease range"),
    _rule(r"\b(?:riñones|riñón|hígado|corazón|tiroides|páncreas|pulmones|"
          r"médula) (?:ya )?(?:están|está) (?:ya )?(?:dañad\w+|fallando|enferm\w+|lesionad\w+)",
          "says an organ is failing", kinds=STATEMENT, unless_negated=True),
    _rule(r"\busted (?:ya )?(?:es|está) (?:\w+ )?(?:(?:pre)?diabétic[oa]|anémic[oa]|obes[oa]|"
          r"hipertens[oa]|enferm[oa])\b",
          "labels the person with a condition"),
    _rule(r"\bqué (?:tipo|clase|forma) de\b|\bes (?:esto|una?) (?=\S)",
          "asks which disease it is", kinds=QUESTION, condition_after=True, gap=-1),
    _rule(r"(?<!\bsi )(?<!\bsi usted )\b(?:usted )?tiene\s+",
          "tells the person what they have", kinds=STATEMENT, condition_after=True, specific=True,
          gap=-1),
    _rule(r"\bse debe\w* (?:\w+ )?a (?!muchas|varias|distintas|diferentes)|\bes (?:por|"
          r"culpa de)\b",
          "names a cause", kinds=STATEMENT, unless_negated=True, unless_modal=True),
    _rule(r"\b(?:es|son) (?:la|una) (?:causa|razón) de\b",
          "names a cause", kinds=STATEMENT, unless_negated=True, unless_modal=True),
    # "¿Desde cuándo tengo el X que indican estos resultados?": the question takes as given a
    # disease that the results are said to show
    _rule(r"\b(?:tengo|tuve|he tenido|padezco|tienes)\b(?!\s+que\b|\s+(?:\w+\s+){0,2}?"
          r"(?:resultados?|análisis|pruebas?|valores?|cita|dudas?|preguntas?)\b)[^.?!]{0,50}?\bque\s+"
          r"(?=[^.?!]{0,40}\b(?:resultados?|análisis|pruebas?|electro\w*|ECG|ecografía|informe|"
          r"valores?|analítica|escáner|radiografía)\b)(?:\w+\s+){0,3}?(?:indica\w*|muestra\w*|"
          r"sugiere\w*|revela\w*|señala\w*|se ven?|detecta\w*|apunta\w*)\b",
          "presumes a diagnosis", kinds=QUESTION),
    # informal "tú tienes diabetes"
    _rule(r"\b(?:tú )?(?:tienes|padeces|sufres)\s+(?:de\s+)?(?:una?\s+)?",
          "tells the person what they have", kinds=STATEMENT, condition_after=True,
          specific=True, gap=-1),
    # "sugieren que usted podría tener celiaquía", "es posible que tenga hipotiroidismo"
    _rule(r"\b(?:usted|que)\s+(?:podría|puede)\s+(?:ya\s+)?(?:tener|padecer|sufrir)\s+(?:de\s+)?|"
          r"\bes (?:muy |bastante )?(?:posible|probable) que (?:usted )?(?:ya )?(?:tenga|padezca|"
          r"sufra)\s+(?:de\s+)?|\b(?:quizás?|tal vez|posiblemente|probablemente|seguramente) "
          r"(?:usted )?(?:ya )?(?:tenga|tiene|padezca|padece|sufra|sufre)\s+(?:de\s+)?",
          "tells the person what they may have", kinds=STATEMENT, condition_after=True, gap=-1,
          unless_negated=True),
    # "la explicación más probable es un hígado graso"
    _rule(r"\b(?:la )?(?:explicación|causa|razón) más (?:probable|posible|lógica|evidente)\b",
          kinds=STATEMENT, condition_after=True),
    # "lo más probable es que la mancha sea un quiste": a finding called a cyst, a scar, benign
    _rule(r"\b(?:probablemente|lo más probable|es (?:muy )?probable que|seguramente|"
          r"posiblemente|parece(?:n)? (?:ser )?|tiene pinta de)\b"
          r"(?:(?!\bsi\b|\bno\b)[^.;?!]){0,60}?"
          r"\b(?:quistes?|cicatri(?:z|ces)|calcificaci\w+|pólipos?|lipomas?|benign[oa]s?|"
          r"malign[oa]s?)\b(?![^.;?!]*[”»」])",
          kinds=STATEMENT),
    # "usted se encuentra en el rango de prediabetes": the person placed in a disease
    _rule(r"\b(?:rango|intervalo|umbral|zona|categoría|franja) (?:de|del|que "
          r"corresponde a|propi[oa] de|compatible con)\b(?!\s+(?:personas|pacientes|gente)\b)",
          "places the person in a disease range", condition_after=True, gap=25),
    # "mi infección por H. pylori", "su daño hepático": the person's own disease taken as given
    _rule(r"\b(?:mi|mis|su|sus|tu|tus)\s+(?:(?!(?:riesgo|posibilidad|prueba|análisis|de|para|"
          r"puede\w*|podría\w*|debe\w*|valora\w*|descarta\w*|causa\w*|provoca\w*)\b)"
          r"[\w-]+\s+){0,2}?" + _ES_ILL,
          "presumes a diagnosis", unless_negated=True),
    # "usted está en la categoría de sobrepeso", "su colesterol alto": the person placed in a
    # disease, or a result named as the person's condition
    _rule(r"\b(?:rango|categoría|zona|franja|intervalo|grupo|umbral) (?:de|del|de la)\s+"
          r"(?:[\w-]+\s+)?" + _ES_ILL + r"|\b(?:mi|su|tu)\s+(?:colesterol|tensión|presión "
          r"arterial|presión|azúcar|glucosa|tiroides)\s+(?:alt[oa]|elevad[oa]|baj[oa]|perezos[oa])"
          r"\b(?!\s+(?:resultado|valor|nivel|cifra)\w*)",
          "places the person in a disease", unless_negated=True),
]
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
          r"\bVerdacht auf\b|\bvermutlich\b|\bwahrscheinlich\b|\bliegt\b|\bliegen\b|"
          r"\b(?:charakteristisch|kennzeichnend|bezeichnend) für\b|"
          r"\bKriterien\b|\bhandelt es sich um\b|"
          # ("findet man bei manchen Menschen mit ..." speaks of others)
          r"(?:\bsieht man\b|\bfindet man\b|\btypischerweise\b)(?![^.;?!]{0,40}\b(?:Menschen|"
          r"Personen|Patient\w*|Leuten|Frauen|Männern|Kindern) mit\b)|"
          r"\bdas ist\b|\bentspricht\b|\bdeute\w* (?:klar |eindeutig )?auf\b|\bweis\w* (?:klar |"
          r"eindeutig )?auf\b|"
          # "sieht ganz nach einem Prädiabetes aus", "im Sinne einer Fettleber", "was auf eine
          # familiäre Hypercholesterinämie hindeutet" (the verb comes last)
          r"\b(?:sieht|sehen|klingt|klingen) (?:(?!nicht\b|kein\w*)\w+ ){0,3}?nach\b|"
          r"\bim Sinne (?:einer|eines)\b|\bvereinbar mit\b|\bpassend zu[mr]?\b",
          condition_after=True),
    _rule(r"\bHinweis auf\b|\bZeichen (?:für|einer|eines|von)\b|\bzeig\w*\b|\bbedeute\w*\b",
          kinds=STATEMENT, condition_after=True, weak=True),
    _rule(r"\b(?:prä)?diabetisch\w*\s+Bereich|\banämisch\w*\s+Bereich",
          "places the person in a disease range"),
    _rule(r"\b(?:Nieren?|Leber|Herz|Schilddrüse|Bauchspeicheldrüse|Lunge|Knochenmark) (?:ist|"
          r"sind) (?:bereits |schon )?(?:geschädigt|kaputt|krank|erkrankt|vernarbt)\b|"
          r"\b(?:Nieren?|Leber|Herz)\w* (?:\w+ ){0,3}(?:versag\w+)|\b(?:Nieren?|Leber|Herz|"
          r"Schilddrüse|Lunge|Knochenmark) (?:\w+ ){0,2}(?:geschädigt|kaputt|erkrankt|"
          r"vernarbt) (?:ist|sind)\b",
          "says an organ is failing", kinds=STATEMENT, unless_negated=True),
    _rule(r"\bSie (?:\w+ ){0,2}(?:anämisch|diabetisch|zuckerkrank|übergewichtig|krank) sind\b|"
          r"\bSie sind (?:\w+ )?(?:anämisch|diabetisch|zuckerkrank|übergewichtig|krank)\b",
          "labels the person with a condition"),
    _rule(r"\bwelche[rs]? (?:Art|Form|Typ|Stadium) (?:von|der|des)?\b",
          "asks which disease it is", kinds=QUESTION, condition_after=True),
    _rule(r"\b(?:hätten|haben) Sie\s+",
          "tells the person what they have", kinds=STATEMENT, condition_after=True, specific=True,
          gap=-1),
    _rule(r"\bkommt (?:\w+ ){0,3}(?:vom|von der|von den|durch)\b|\bliegt (?:\w+ ){0,2}(?:am|"
          r"an der|an den)\b",
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
    _rule(r"\bauf\s+(?:(?!nicht\b|kein\w*)[\w-]+\s+){0,3}?" + _DE_ILL + r"(?=[^.;?!,]{0,30}\b"
          r"(?:hindeute\w*|hinweis\w*|deutet|deuten|schließen lässt|schließen lassen)\b)",
          unless_modal=True),
    # "Muss die Helicobacter-Infektion in meinem Magen behandelt werden?": the definite article
    # and "my" take the disease as the person's own
    _rule(r"\b(?:die|der|das|den|dem)\s+(?:[\w-]+\s+)?" + _DE_ILL + r"\s+(?:in|an|bei|von)\s+"
          r"(?:mir|meine[mnrs]?|mein|Ihre[mnrs]?|Ihr|deine[mnrs]?|dein)\b",
          "presumes a diagnosis", unless_negated=True),
    # "Adipositas Grad 1", "Stadium 3": a stage or grade of a disease
    _rule(r"\b(?:Stadium|Grad) (?:[1-5]|I{1,3}V?|IV)\b(?!\s*(?:Celsius|°))",
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
