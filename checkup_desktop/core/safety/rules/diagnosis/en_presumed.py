"""Diagnosis rules for English cards: a disease taken as the person's own ("my fatty liver",
"Since when have I had ...?", "Which type of heart murmur have I got?")."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.diagnosis.common import _ES_ILL, _rule
from checkup_desktop.core.safety.rules.rule import ALL, QUESTION

# Disease-like nouns the vocabulary may not know ("Helicobacter-pylori-Infektion",
# "alkoholbedingte Leberschädigung", "Vorhofflimmern", "幽门螺杆菌感染"): a compound that ends in
# a morpheme of illness reads as a disease name after a cue or a possessive
_EN_ILL = (r"[\w-]*(?:infections?|infestations?|deficienc(?:y|ies)|damage|insufficiency|failure|"
           r"diseases?|disorders?|syndromes?)\b(?!\s+(?:risks?|tests?|screen\w*|markers?|"
           r"panels?)\b)")

EN_PRESUMED = [
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
          # ("the tests your clinician chooses": a person; "how quickly your blood clots": the
          # verb, a test's meaning)
          r"(?!(?:clinician|doctor|GP|nurse|pharmacist|specialist|physician|care team|team|"
          r"midwife|consultant)s?\b)"
          r"(?!blood clots?(?:\s*(?:[,;:.)]|$)|\s+(?:normally|properly|quickly|slowly|as|when|"
          r"too|more|less|in a|after)\b))"
          # ("your hepatitis B surface antibody" names a test)
          r"(?!(?:[\w-]+\s+){1,3}?(?:antibod(?:y|ies)|antigens?|serology|titres?|titers?|"
          r"vaccin\w*|immunity|status|screen\w*)\b)",
          "presumes a diagnosis", condition_after=True, gap=-1),
    _rule(r"\b(?:which|what) (?:kind|type|form|sort|stage) of\b|\bis (?:this|it) (?:a |"
          r"an )?(?=\S)|\b(?:could|might|can) (?:this|it) be (?:a |an )?(?!sign|signs|linked|"
          r"related|due|caused|from|the)",
          "asks which disease it is", kinds=QUESTION, condition_after=True, specific=True, gap=-1),
    _rule(r"\b(?:from|due to|caused by|because of|por|debid[oa] a|von|durch|wegen)\s+",
          "asks which disease it is", kinds=QUESTION, condition_after=True, specific=True, gap=-1),
    # "How long have I probably had high blood pressure?", "Seit wann habe ich schon
    # Bluthochdruck?", "¿Desde cuándo tengo la tensión alta?": asking since when takes the
    # condition as given, whether or not the vocabulary knows its name
    _rule(r"\b(?:how long|since when|for how long|how many (?:years|months))\b[^?,]{0,10}?"
          r"\b(?:have i|(?:could|might|may|would) i (?:\w+ )?have) (?:(?:probably|likely|already|"
          r"actually|possibly|really|maybe) )?had\s+"
          r"(?!to\b|(?:this|these|the|my|that)\s+(?:\w+\s+)?(?:results?|tests?|values?|numbers?|"
          r"readings?|appointments?|reports?)\b)\w|"
          r"\b(?:seit wann|wie lange|seit wie vielen (?:Jahren|Monaten))\b[^?,]{0,10}?"
          r"\b(?:habe|hab|hatte|könnte|dürfte) ich\s+(?:(?:wohl|wahrscheinlich|vermutlich|schon|"
          r"bereits|"
          r"eigentlich|vielleicht)\s+)*(?!(?:diese\w*|den|die|das|meine\w*)\s+(?:\w+\s+)?(?:Wert\w*|Ergebnis\w*|"
          r"Befund\w*|Test\w*|Termin\w*)\b|Zeit\b|gewartet\b|gefastet\b)\w+|"
          r"\b(?:desde cuándo|cuánto tiempo|cuántos (?:años|meses))\b[^?,]{0,10}?\b(?:tengo|"
          r"llevo con|he tenido|padezco|(?:puedo|podría|pude) (?:haber )?(?:tener|tenido|padecer|"
          r"padecido))\s+(?:(?:probablemente|ya|seguramente|realmente)\s+)*"
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
    # "Is my H. pylori infection the reason ...?", "your iron deficiency": the person's own
    # disease taken as given, whether or not the vocabulary knows the name (verbs in between
    # make it a question about a cause: "could my tablets cause liver damage")
    _rule(r"\b(?:my|your)\s+(?:(?!(?:risks?|chances?|odds|tests?|testing|signs?|screening|"
          r"history|family|cause[sd]?|affect\w*|lead|increase\w*|raise\w*|lower\w*|prevent\w*|"
          r"protect\w*|be|is|are|was|have|has|had|put\w*|mean\w*|of|for|to|from|against|"
          r"or|and|can|could|may|might|will|would|should|must)\b)[\w.'-]+\s+){0,3}?" + _EN_ILL,
          "presumes a diagnosis", unless_negated=True),
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

EN_PRESUMED += [
    # "Since I'm a hepatitis C carrier, ...", "Now that I'm prediabetic, ...": the person names
    # themselves by the disease ("Does this mean I'm diabetic?", "if I'm anaemic" ask it)
    _rule(r"(?<!\bif )(?<!\bwhether )(?<!\bmean )(?<!\bmeans )(?<!\bmean that )(?<!\bmeans that )"
          r"(?<!\bthink )(?<!\bthink that )"
          r"(?<!\bworried )(?<!\bafraid )(?<!\bsure )\bI(?:'m| am)\s+(?:(?:already|now|still|"
          r"probably|likely|clearly|officially|actually)\s+)*(?:an?\s+)?",
          "presumes a diagnosis", condition_after=True, specific=True, gap=2),
    # "Since the polyp in my gallbladder is a cholesterol polyp, ...", "ya que mi tiroides es
    # hipoactiva": a premise that names the finding as a disease
    _rule(r"\b(?:since|now that|given that|seeing that|ya que|puesto que|dado que|como)\b"
          r"[^.?!,;]{0,60}?\b(?:is|are|'s|es|son)\s+(?:(?:a|an|the|una?|el|la)\s+)?",
          "presumes a diagnosis", condition_after=True, specific=True, gap=2, unless_negated=True),
    # "¿En qué fase de enfermedad renal estoy?", "In welchem Stadium der Nierenerkrankung bin
    # ich?", "What stage of kidney disease am I in?": asking one's stage takes the disease as given
    _rule(r"\bqué (?:fase|etapa|estadio|grado|nivel) (?:de|del)\s+(?:la\s+|el\s+)?"
          r"(?!(?:pruebas?|análisis|seguimiento|control\w*|tratamiento\w*|estudio|riesgo)\b)"
          r"[\wáéíóúñ-]+(?:\s+[\wáéíóúñ-]+){0,2}?\s+(?:estoy|me encuentro|tengo|padezco|estaría)\b|"
          r"\bin welche[mnrs]? (?:Stadium|Grad|Stufe|Phase) (?:der|des|meiner|meines|von)\s+"
          r"(?!(?:Untersuchung|Kontrolle|Behandlung|Risiko)\w*\b)[\wäöüß-]+(?:\s+[\wäöüß-]+)?\s+"
          r"(?:bin ich|befinde ich mich|stehe ich)\b|"
          r"\b(?:what|which) (?:stage|grade|phase) of (?!(?:tests?|testing|follow-?up|treatment|"
          r"risk)\b)[\w'-]+(?:\s+[\w'-]+){0,2}?\s+am I\b",
          "presumes a diagnosis", kinds=QUESTION),
    # "¿La gota que indican mis niveles ...?", "the gout my uric acid shows", "die Gicht, die
    # meine Werte zeigen": a disease that the person's results are said to show, taken as given
    _rule(r"\b(?:la|el|los|las)\s+(?=[^.?!;,]{0,40}?\bque\s+(?:me\s+|le\s+)?(?:indica|muestra|"
          r"sugiere|revela|señala|confirma|refleja|detecta)\w*\s+(?:mis|mi|sus|su|estos|estas|este|"
          r"esta)\b)|"
          r"\bthe\s+(?=[^.?!;,]{0,40}?\b(?:my|your|these)\s+(?:[\w-]+\s+){0,2}?(?:results?|levels?|"
          r"tests?|ecg|ekg|scan|ultrasound|report|bloods|numbers|values|labs?|readings?)\s+"
          r"(?:clearly\s+)?(?:shows?|showed|indicates?|indicated|suggests?|reveals?|revealed|"
          r"points? to|picked up|found)\b)|"
          r"\b(?:die|der|das|den)\s+(?=[^.?!;]{0,40}?,?\s*(?:die|den|das|welche\w*)\s+(?:meine|"
          r"Ihre|diese)\w*\s+(?:[\w-]+\s+){0,2}?(?:Werte|Ergebnis\w*|Befund\w*|EKG|Ultraschall|"
          r"Labor\w*|\w*werte)\s+(?:zeig\w*|anzeig\w*|nahelegen|nahelegt|belegen|belegt)\b)",
          "presumes a diagnosis", condition_after=True, specific=True, gap=-1),
]

EN_PRESUMED += [
    # "¿El síndrome de ovario poliquístico que me sale en las hormonas ...?", "the anaemia that
    # showed up on my blood test", "die Anämie, die bei mir herausgekommen ist", "der bei Ihnen
    # festgestellte Eisenmangel": a disease said to have come out of the person's tests
    _rule(r"\b(?:la|el|los|las|esta|este|esa|ese)\s+(?=[^.?!;,]{0,50}?\bque\s+(?:me|le|te)\s+"
          r"(?:(?:ha|han|has)\s+)?(?:sale|salen|salió|salieron|salido|aparece\w*|apareció|dio|"
          r"dieron|dado|detecta\w*|encontra\w*|vieron|visto|marca\w*)\b)|"
          r"\b(?:the|this|that)\s+(?=[^.?!;,]{0,50}?\b(?:that|which)\s+(?:(?:has|have)\s+)?"
          r"(?:showed|shows|shown|show|came|comes|turned|popped|cropped)\s+up\s+(?:in|on)\s+"
          r"(?:my|your)\b)|"
          r"\b(?:die|der|das|den)\s+(?=[^.?!;]{0,40}?,?\s*(?:die|der|das|welche\w*)\s+bei\s+"
          r"(?:mir|Ihnen|dir)\s+(?:[\w-]+\s+){0,3}?(?:herausgekommen|gefunden|festgestellt|"
          r"aufgefallen|nachgewiesen|entdeckt)\b)|"
          r"\b(?:die|der|das|den|dem|meine[nmr]?|Ihre[nmr]?)\s+bei\s+(?:mir|Ihnen|dir)\s+"
          r"(?:[\w-]+\s+)?(?:festgestellte|gefundene|nachgewiesene|diagnostizierte|entdeckte)[nmrs]?\s+",
          "presumes a diagnosis", condition_after=True, specific=True, gap=-1),
]
