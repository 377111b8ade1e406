"""What a disease name looks like, for words the vocabulary (terms.py) does not list: English
"-itis", "-osis", "... disease"; Chinese "…病", "…炎", "…癌"; German "…erkrankung"; Spanish
"enfermedad …"; and the words around a name that make it a test's ("hepatitis B antigen",
"Diabetesrisiko", "乙肝两对半检查")."""

from __future__ import annotations

import re

# Han characters that are grammar, never part of a disease name ("符合慢性肾病" -> "慢性肾病")
_ZH_STOP = set("的了是有为和或与在您你我他她这那其可能提示符合考虑"
               "说明表明显示得患上已经就都很像属于会将成及被把让使到项个种些")
_ZH_MORPH = re.compile(
    r"[\u4e00-\u9fff]{0,6}?((?:综合征|功能减退|功能低下|功能不足|功能减低|功能亢进|功能衰竭|功能不全|衰竭|结石|脂肪肝|贫血|"
    r"痛风|"
    r"[甲乙丙丁戊]肝|胰岛素抵抗|缺(?:铁|钙|碘|锌|维生素\w?)|狼疮|堵了|堵塞|梗阻|甲亢|甲减|心梗|"
    r"脑梗|心衰|肾衰|骨质疏松|房颤|"
    r"中风|卒中|"
    # "肝脏脂肪堆积", "肝内脂肪沉积": fatty liver told in lay words
    r"肝(?:脏|内|细胞)?(?:内|里|中)?(?:的)?脂肪(?:堆积|沉积|浸润|蓄积|变性?)|"
    r"哮喘|高血压|梅毒|淋病|疟疾|"
    # "心脏存在传导问题": a conduction block told in lay words
    r"(?<!窦性)(?:心脏|心电)?传导(?:阻滞|障碍|问题|延迟)|"
    r"高血脂|高尿酸血症|"
    r"血症|糖尿病|肾病|肝病|心脏病|(?<!炎)症(?!状)|"
    # ("病态窦房结综合征": "病态" begins a longer name)
    # ("占位性病变" is a scan's word for a mass, not a disease)
    r"炎(?!症)|癌|瘤|(?<!占位性)(?<!占位)病(?![毒因史情人例程理历假房态])|硬化|梗死|梗塞|栓塞|血栓|"
    # check-up diagnoses the vocabulary lacks, told by their usual endings: "噪声性听力损失",
    # "老年性聋", "白内障", "骨量减少", "心肌缺血", "心脏供血不足", "心律失常", "空腹血糖受损",
    # "甲状腺肿大", "乳腺增生"
    r"听力损失|(?:耳|性)聋|白内障|骨量(?:减少|低下)|骨质减少|(?<!无)缺血(?!性|液)|(?:供血|血供)(?:不足|不良)|"
    r"(?<!窦性)心律(?:失常|不齐)|血糖受损|糖耐量(?:受损|异常|减低)|椎间盘突出|慢阻肺|肿大|"
    r"(?<!细胞)增生(?!性)|"
    # an organ said to be inflamed ("肾小球有炎症", "肝脏发炎")
    # (a verb first: "胰腺炎症等情况" in a list of causes names no one's disease)
    r"(?:肾|肝|胰腺|胆囊|甲状腺|前列腺|膀胱|胃|肠)(?:脏|小球|内|里)?(?:(?:有|出现了?|存在|发生了?)炎症|"
    r"发炎)|"
    # an organ said to have gone wrong ("肾小球方面出了些问题", "肝脏出现了损伤")
    r"(?:肾小球|肾脏|肝脏|心脏|胰腺|甲状腺|肾上腺|骨髓|心肌)(?:方面|功能)?(?:已经)?(?:出了|出现了)"
    r"(?:一些|些|点|一点)?(?:问题|毛病|损伤|损害)))"
)
_ZH_TEST_AFTER = re.compile(
    r"\s*(?:的)?[\u4e00-\u9fff]{0,2}(?:标志物|抗原|抗体|筛查|检测|检查|化验|指标|指数|风险|病毒|疫苗)"
    # ("肝病专科", "肝病科门诊": a department named for a disease)
    r"|(?:专科|科室|门诊|科(?![\u4e00-\u9fff])|科(?:门诊|就诊|医生|或|和))")
# "tests for hepatitis B", "pruebas de la hepatitis B", "Test auf Hepatitis": a test's name
_TEST_BEFORE = re.compile(
    # ("unidad de diabetes", "consulta de hepatología": a department)
    r"\b(?:tests?|testing|screening|pruebas?|análisis|serología|cribado|Tests?|Suchtest|unidad|"
    r"cl[ií]nica|consulta|servicio|clinic|Ambulanz|Sprechstunde|"
    # a marker of the virus or of the body's answer to it ("antígeno de superficie de la
    # hepatitis B", "antibodies against hepatitis C", "Impfung gegen Hepatitis B", "panel de
    # hepatitis")
    r"antígenos?(?:\s+de\s+superficie|\s+core|\s+e)?|anticuerpos?(?:\s+totales)?|antigens?|"
    r"antibod(?:y|ies)|Antikörper|Antigen|virus|vacunas?|vacunación|vaccin\w*|immuni[sz]ation|"
    r"Impfung|Impfschutz|Impfstoff|panel|perfil|marcadores?|markers?|serolog\w*|inmunidad|"
    r"immunity|Immunität|protección|protection|Schutz|"
    r"Untersuchung(?:en)?)\s+(?:for|of|de(?:\s+la|\s+los|\s+el)?|del|auf|für|zur?|against|to|"
    r"contra(?:\s+la|\s+el)?|frente\s+a(?:l|\s+la)?|gegen(?:\s+das|\s+die)?)\s+$"
    # what a test is for ("se usan para estudiar la diabetes", "used to check for diabetes",
    # "zur Abklärung eines Diabetes")
    r"|\b(?:para|to) (?:estudiar|detectar|descartar|diagnosticar|buscar|cribar|vigilar|check|"
    r"screen|look|test|rule|diagnose|detect)(?:\s+(?:for|out|la|el|los|las|una?))?\s+$"
    r"|\b(?:zur|die|der) (?:Abklärung|Erkennung|Früherkennung|Diagnostik|Suche)(?:\s+(?:von|nach|"
    r"eine[sr]?|des|der))?\s+$", re.I)

# a blood level named in "-emia" ("litemia", "glucemia", "calcemia": the test, not a disease;
# "hipoglucemia", "anemia" stay)
_LEVEL_EMIA = (r"(?!(?:gluc|glic|glyc|lit|lith|calc|natr|kal|kali|potas|uric|colesterol|"
               r"cholesterol|trigliceride|triglycerid|magnes|fosfat|phosphat|ferritin|"
               r"bilirrubin|bilirubin|creatinin|amon|ammon)a?emias?\b)")

# infections a serology panel tests for that the list lacks (a filter dropped them as everyday
# words): "syphilis", "chlamydia"; "syphilis serology" stays a test's name (_TEST_AFTER)
_INFECTIONS = (r"|\b(?:syphilis|s[ií]filis|chlamydi(?:a|en)|clamidia|gonorrh?o?ea|gonorrea|"
               r"gonorrh(?:ö|oe)|tripper|malaria|herpes|measles|sarampi[oó]n|masern|rubella|rub[eé]ola|"
               r"röteln|mumps|paperas)\b")

_EN_MORPH = re.compile(
    r"\b(?!(?:diagnosis|prognosis|hypnosis|osmosis|symbiosis|empathy|sympathy|telepathy|"
    r"homeopathy|osteopathy|aroma|stoma|diploma|soma|chroma|coma)\b)"
    # ("Tablettendosis", "Insulindosis": a dose, not a disease in "-osis")
    r"(?![a-z]*dosis\b)" + _LEVEL_EMIA +
    r"[a-z]{3,}(?:itis|osis|oses|a?emias?|pathy|pathies|omas?|plasias?|megaly)\b"
    r"|\b(?:(?!(?:of|the|a|an|and|or|with|to|for|in|on|your|my|this|that|these|any|some|is|are|"
    r"be|can|may|might|could|no|not|other|certain|kind)\b)[a-z'-]+\s+){0,2}(?:diseases?|"
    r"disorders?|syndromes?|cancers?|carcinomas?|tumou?rs?|"
    r"failure|insufficiency|deficiency)\b"
    r"|\b(?:hashimoto|graves|gilbert|cushing|addison|crohn|wilson|conn|paget|alzheimer|parkinson|"
    r"hodgkin|raynaud|sjögren|sjogren|behçet|behcet|basedow)(?:'s|')?(?=\W|$)"
    r"|\b(?:pre-?)?diabet(?:es|ic)\b|\bgout\b|\bfatty[- ]liver\b|\b(?:hypo|hyper)[a-z]{5,}ism\b"
    r"|\b(?:under|over)[- ]?active (?:thyroid|gland)\b|\b(?:reduced|impaired|poor|decreased|"
    r"failing) (?:kidney|renal|liver|thyroid|heart) function\b|\b[a-z]+ enlargement\b|"
    r"\benlarged (?:prostate|liver|spleen|heart|thyroid)\b|\b(?:blocked|obstructed|clogged|"
    r"narrowed|leaking|leaky) (?:bile )?[a-z]+\b|\binsulin resistance\b|\b(?:renal|kidney|liver|"
    r"hepatic|cognitive|thyroid) impairment\b|\b(?:kidney|liver|renal|"
    r"heart) "
    r"(?:damage|failure|disease)\b"
    # a disease told in lay words: "a thyroid that is not working hard enough", "fat building
    # up in the liver"
    r"|\b(?:thyroid|thyroid gland|kidneys?|liver|heart|pancreas|adrenal glands?) (?:that|which) "
    r"(?:(?:is|are|has been|have been) (?:\w+ )?(?:not working|under-?performing|struggling|"
    r"working (?:too|less|below|harder|overtime|more slowly|slowly))|(?:isn't|aren't|is not|"
    r"are not|doesn't|don't|does not|do not) (?:\w+ )?(?:working|work|filter\w*|mak\w+ enough)|"
    r"works? (?:too|less|below|harder|overtime|more slowly|slowly))"
    r"|\b(?:fat(?:ty)? (?:build-?up|deposits?|accumulation|infiltration|storage)|(?:build-?up|"
    r"accumulation|deposits?|storage) of fat|fat building up|(?<!extra )(?<!more )(?<!some )"
    r"(?<!increased )fat) in (?:the|your) liver\b"
    # "hypertension" (the vocabulary has only longer names with it), "osteopenia"-like names
    r"|\b(?:pre-?)?hypertension\b|\b[a-z]{3,}penias?\b"
    # an ECG's conduction block named as the person's ("first-degree heart block")
    r"|\b(?:(?:first|second|third|1st|2nd|3rd)[- ]degree )?(?:heart|av|atrioventricular) block\b"
    # an organ said to be inflamed, or its blood supply reduced: a disease in lay words
    r"|\binflamed (?:kidneys?|kidney filters|liver|pancreas|gallbladder|prostate|bladder|stomach|"
    r"bowel|gut|colon|thyroid)\b|\binflammation (?:of|in) (?:the |your )?(?:kidneys?|kidney "
    r"filters|liver|pancreas|gallbladder|prostate|bladder|stomach|bowel|gut|colon|thyroid)\b|"
    r"\b(?:kidney|liver|pancreas|bladder|bowel|stomach|thyroid|prostate) inflammation\b|"
    r"\b(?:reduced|poor|restricted|insufficient|not enough) blood (?:supply|flow) to "
    r"(?:the |your )?(?:heart(?: muscle)?|brain)\b"
    # "a thickened heart muscle", "a stiff heart": left ventricular hypertrophy in lay words
    r"|\b(?:thickened|thicker|stiff(?:ened)?|weakened|enlarged) (?:heart muscle|heart wall|"
    r"walls? of the heart|heart)\b"
    # stones told in lay words ("your gallbladder is full of stones", "stones in the kidney")
    r"|\b(?:gallbladder|kidneys?|bladder) (?:is |are )?full of (?:small )?stones\b|\bstones? in "
    r"(?:the |your )?(?:gallbladder|kidneys?|bladder)\b"
    # the person called by the disease's adjective ("you appear to be anaemic", "I'm
    # hypertensive"), a thyroid said to be slow ("a sluggish thyroid", "my thyroid has become
    # underactive"), "high blood pressure" (the list has only its plural)
    r"|\ban(?:a)?emic\b|\bhypertensive\b|\bhypo-?thyroid\b|\bhyper-?thyroid\b|"
    r"\b(?:sluggish|lazy|slow|tired) thyroid\b|\bthyroid (?:gland )?(?:\w+ ){0,2}?(?:become|became|"
    r"gone|turned|grown|is|was|got|getting|being) (?:a bit |slightly |somewhat |a little )?"
    r"(?:(?:under|over)[- ]?active|sluggish|lazy|slow)\b|"
    # ("Very high blood pressure reading – act today" names the result)
    r"(?<!very )(?<!extremely )(?<!dangerously )(?<!severely )\bhigh blood pressure\b"
    r"(?![ -]+(?:readings?|results?|values?|numbers?|measurements?|levels?)\b)"
    # a polyp or lesion named by its kind ("a cholesterol polyp", "precancerous changes")
    r"|\b(?:cholesterol|adenomatous|hyperplastic) polyps?\b|\bpre-?(?:cancerous|malignant) "
    r"(?:lesions?|changes?|cells?|polyps?|growths?|conditions?)\b"
    # fatty liver told as what the liver does ("your liver is storing fat")
    r"|\bliver (?:is |has been |seems to be |may be )?(?:storing|accumulating|building up|"
    r"collecting|laying down|holding) (?:\w+ )?fat\b"
    # arteries said to be hardened ("your arteries are already hardened")
    r"|\barteries (?:are |have )?(?:already |become |been )?(?:hardened|hardening|stiffened|"
    r"furred up|calcified)\b|\b(?:hardened|stiffened|calcified|furred[- ]up) arteries\b"
    + _INFECTIONS
)
_ES_MORPH = re.compile(
    r"\b(?!(?:síntomas?|idiomas?|aromas?|diplomas?|genomas?|cromosomas?|ribosomas?)\b)"
    + _LEVEL_EMIA + r"[a-záéíóúñ]{3,}(?:itis|osis|emias?|patías?|omas?)\b"
    r"|\b(?:enfermedad|enfermedades|síndrome|trastorno|cáncer|insuficiencia|deficiencia)"
    r"(?:\s+(?:de(?:l| la| los)?\s+)?[a-záéíóúñ]+){0,2}"
    r"|\b(?:pre)?diabetes\b|\b(?:pre)?diabétic[oa]\b|\bhip[oe]r?tensi[oó]n\b|\bhipotensi[oó]n\b|"
    r"\bgota\b|\bdéficit de (?:vitamina [\w-]+|hierro|ácido fólico|folato|yodo|zinc|magnesio)|"
    r"\bhígado graso\b|\b(?:hipo|"
    r"hiper)[a-zíé]{5,}ismo\b"
    r"|\banemia\s+\w+|\bfunción (?:renal|hepática|tiroidea) (?:reducida|disminuida|alterada)\b"
    # an ECG's conduction block named as the person's ("un bloqueo auriculoventricular")
    r"|\bbloqueo (?:auriculoventricular|av|cardíaco)\b"
    r"|\binfecci[oó]n (?:de|del|urinaria|respiratoria|bacteriana|viral)(?: \w+)?"
    r"|\b(?!sist)\w+émic[oa]s?\b|\b\w+ (?:\w+ )?(?:obstruid[oa]|tapad[oa]|estrechad[oa])\b|"
    r"\bresistencia a la \w+"
    r"|\btiroides (?:hipoactiv[oa]|hiperactiv[oa]|perezos[oa])\b"
    # a disease told in lay words: "una tiroides que funciona por debajo de lo normal", "una
    # acumulación de grasa en el hígado"
    r"|\b(?:tiroides|riñ[oó]n|riñones|hígado|corazón|páncreas|glándulas? suprarrenal\w*) que "
    r"(?:no (?:funciona|trabaja|filtra|rinde)\w* (?:bien|como debería|lo suficiente|"
    r"correctamente|del todo bien)|(?:funciona|trabaja|filtra|rinde)\w* (?:por debajo|por encima|"
    r"menos|de menos|de más|más de la cuenta|poco|mal|demasiado|en exceso|lent\w+|más despacio|"
    r"a medio gas))"
    r"|\b(?:(?:acumulaci[oó]n|dep[oó]sitos?|infiltraci[oó]n|exceso) (?:de )?grasa |grasa "
    r"(?:acumulada )?)(?:en el|del) hígado\b|\binfiltraci[oó]n grasa\b|\bhígado con grasa\b"
    # check-up diagnoses the short Spanish list lacks: "hipoacusia", "presbiacusia", "pérdida de
    # audición", "osteopenia"-like names, "arritmia", "hipertrofia ventricular", "litiasis",
    # "cálculos renales", "bocio", "microalbuminuria" (an ECG's "bloqueo de rama" is the
    # report's word, quoted)
    r"|\b[a-záéíóúñ]*acusias?\b|\bpérdida (?:de (?:la )?audición|auditiva)\b|"
    r"\b[a-záéíóúñ]{3,}penias?\b|\barritmias?\b(?! sinusal)|"
    # ("piedra en el riñón" is the knowledge base's own title for a stone seen on a scan)
    r"\b(?:hipertrofia|atrofia)\b|\blitiasis\b|\bcálculos? (?:renal|biliar)\w*|\bbocio\b|"
    r"\bcataratas?\b|"
    r"\b(?:micro)?(?:albumin|protein|hemat|glucos|leucocit|bacteri)urias?\b|"
    # an organ enlarged or inflamed: a disease in lay words ("próstata agrandada", "una pequeña
    # inflamación de sus riñones", "los riñones inflamados")
    r"\b(?:próstata|hígado|bazo|tiroides|corazón) (?:agrandad[oa]|aumentad[oa] de tamaño)\b|"
    r"\bagrandamiento (?:de la|del) (?:próstata|hígado|bazo|tiroides|corazón)\b|"
    r"\binflamaci[oó]n (?:de|del|en) (?:(?:los|las|el|la|sus|su)\s+)?(?:riñ[oó]n\w*|hígado|"
    r"páncreas|tiroides|vesícula|próstata|estómago|intestino|colon|vejiga|filtros? del riñ[oó]n)\b|"
    r"\b(?:riñones|riñ[oó]n|hígado|páncreas|tiroides|vesícula|próstata|estómago|intestino|vejiga) "
    r"inflamad[oa]s?\b|"
    # too little blood reaching the heart ("una falta de riego en el corazón"): ischaemia
    r"\b(?:falta|déficit|disminución|reducción|problemas?) de riego(?: sanguíneo)? (?:en el|al|del|"
    r"de su) (?:corazón|cerebro|músculo cardíaco)\b|\b(?:poco|mal|menos) riego(?: sanguíneo)? "
    r"(?:en el|al) (?:corazón|cerebro)\b"
    # "una lesión precancerosa", "cambios premalignos": a lesion named by its kind
    r"|\b(?:lesi[oó]n|lesiones|cambios?|células|pólipos?) (?:pre-?cancer[oí]\w+|pre-?malign\w+)|"
    # "su hígado está acumulando grasa": fatty liver told as what the liver does
    r"\bhígado (?:\w+ )?(?:acumula|almacena|deposita|guarda|retiene)\w* (?:\w+ )?grasa\b|"
    # an ECG's bundle branch block ("bloqueo de rama derecha"; the English list names it)
    r"\bbloqueo (?:completo |incompleto )?de (?:la )?rama (?:derecha|izquierda)\b"
)
_DE_MORPH = re.compile(
    # sugars and words that end like a disease, alone or at the end of a compound
    # ("Nüchternglukose" is a test, "Verdachtsdiagnose" no disease)
    r"\b(?![a-zäöüß]*(?:glukose|glucose|laktose|fruktose|diagnose|prognose|dose)\b)"
    r"(?!(?:hose|rose|lose|cellulose|symptom|atom|strom|phantom)\b)(?![a-zäöüß]*los(?:e|en|er|es)?\b)"
    r"[a-zäöüß]{3,}(?:itis|osen?|ämien?|pathien?|ome?)\b"
    # (with the genitive: "wegen meines Bluthochdrucks", "des Krebses")
    r"|\b[a-zäöüß]*(?:krankheit|krankheiten|erkrankung|erkrankungen|syndrom|syndroms|krebs|krebses|"
    r"karzinom|karzinoms|insuffizienz|unterfunktion|überfunktion|schwäche|anämie|fettleber|gicht|"
    r"diabetes)\b"
    r"|\bmorbus \w+|\b\w+infekt(?:ion)?\w*|\b\w*hochdruck(?:s|es)?\b|\b(?:prä)?diabet\w*\b"
    r"|\b\w+resistenz\b|\b(?:eisen|vitamin\w*|jod|zink|folsäure|kalzium|calcium|magnesium|"
    r"b12)-?mangel\w*|\b(?:vermindert|eingeschränkt|reduziert)\w* \w*funktion\b|\b(?:verstopft|"
    r"verengt|"
    r"verschlossen)\w* \w+"
    # a disease told in lay words: "eine Schilddrüse, die zu wenig arbeitet", "Fetteinlagerungen
    # in der Leber", "Leberverfettung"
    r"|\b(?:schilddrüse|niere|nieren|leber|herz|bauchspeicheldrüse|nebennieren?),? die "
    r"(?:(?!nicht\b|kein\w*)\w+ )?"
    r"(?:zu wenig|zu viel|zu langsam|zu schnell|nicht (?:mehr )?(?:richtig|ausreichend|gut|genug)|"
    r"nur (?:noch )?eingeschränkt|unzureichend|schwächer|vermindert)(?: \w+)? (?:arbeite\w*|"
    r"funktionier\w*|filter\w*|produzier\w*)\b"
    # ("vermehrtes Fett in der Leber", "extra fat in the liver": the knowledge base's words for
    # what a scan shows, an amount, not a name)
    r"|\b(?:fett(?:einlagerung|ansammlung|ablagerung|speicherung)\w*|(?<!vermehrtes )"
    r"(?<!etwas )(?<!mehr )(?<!erhöhtes )(?<!extra )fett) in der leber\b|"
    r"\b\w*verfettung\b"
    # check-up diagnoses the short German list lacks: "Altersschwerhörigkeit", "Hörminderung",
    # "Osteopenie", "Prostatavergrößerung", "Fettstoffwechselstörung",
    # "Linksherzhypertrophie", "Gallensteine", "Struma", "Katarakt", "Blutarmut" (an ECG's
    # "Schenkelblock", a urine report's "Mikrohämaturie" are the report's words, quoted)
    r"|\b[a-zäöüß]*schwerhörigkeit\b|\bhör(?:minderung|sturz)\b|\b[a-zäöüß]{3,}penie\b|"
    r"\b[a-zäöüß]+vergrößerung\b|\bvergrößerte[nrs]? (?:prostata|leber|milz|schilddrüse|herz)\b|"
    r"\b[a-zäöüß]+störung(?:en)?\b|"
    r"\b(?:arterielle )?(?:hyper|hypo)tonie\b|\bsportlerherz\w*|\b[a-zäöüß]*trophie\b|\b(?:gallen|"
    r"nieren|harn|blasen|harnleiter)stein\w*|\bstruma\b|"
    r"\bkropf\b|\bkatarakt\b|\b(?:grau|grün)e[rnm]? star(?:s|es)?\b|\bblutarmut\b|"
    # an organ said to be inflamed ("Nierenentzündung", "eine Entzündung der Nieren")
    r"\b[a-zäöüß]+entzündung(?:en)?\b|\bentzündung(?:en)? (?:der|in der|an der|im|des) "
    r"(?:nieren?|leber|bauchspeicheldrüse|gallenblase|prostata|blase|schilddrüse|magen\w*|darm\w*)\b"
    # "eine Krebsvorstufe", "präkanzeröse Veränderungen"; "Ihre Leber lagert Fett ein"
    r"|\bkrebsvorstufe\w*|\bvorstufen? (?:von|eines|einer) (?:krebs|karzinom\w*)|"
    r"\bpräkanzeröse[nrs]? \w+|\b(?:gefäße|arterien|adern|halsschlagader\w*) (?:\w+ ){0,2}"
    r"(?:verkalkt|verhärtet)\b|\bverkalkte[nr]? (?:gefäße|arterien|adern)\b|"
    r"\bleber (?:\w+ )?(?:lagert|speichert|sammelt) (?:\w+ ){0,2}fett\b"
)
_TEST_AFTER = re.compile(
    # ("Hepatitis-Serologie": a test's name joined by a hyphen)
    # ("hepatitis B surface antigen", "Hepatitis-C-Virus", "hepatitis A IgM", "HIV viral load")
    # ("chlamydia and gonorrhoea screening", "hepatitis B and C antibodies": a list of them)
    r"[\s-]*(?:[a-z0-9]{1,3}[\s-]+)?(?:(?:and|or|y|o|und|oder|&|/)\s*[\w-]+[\s-]+"
    r"(?:[a-z0-9]{1,3}[\s-]+)?)?(?:blood\s+|surface\s+|core\s+|e\s+|viral\s+)?"
    r"(?:markers?|tests?|screen(?:ing)?|antigens?|antibod(?:y|ies)|ig[gma]|rna|dna|pcr|load|"
    r"such\w*tests?|schnelltests?|bestätigungstests?|diagnosti[ck]\w*|abklärung|früherkennung|"
    r"immunity|titres?|titers?|vaccines?|vaccination|status|"
    # a report, a clinic or a specialist named for a disease ("Hepatitis-B-Befund", "liver
    # clinic", "clínica de diabetes")
    r"(?:[a-z0-9]{1,3}-)?befund\w*|clinic|clínica|sprechstunde|ambulanz|specialists?|"
    r"virus|panel|serology|serolog(?:ie|ía)|"
    r"risk|marcador\w*|prueba\w*|antígeno|anticuerpos|riesgo|marker|antikörper|risiko)\b", re.I)

_TEST_COMPOUND = re.compile(r"(?:risiko|test|tests|wert|werte|werten|screening|marker|vorsorge|"
                            r"risk|riesgo|befund|ambulanz|sprechstunde)$", re.I)
