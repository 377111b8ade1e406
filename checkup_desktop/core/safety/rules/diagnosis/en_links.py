"""Diagnosis rules for every card language, joined after the English lists: a result said to
explain the person's complaints ("which explains your tiredness"), an organ or a virus said to
be doing a disease's work ("your liver is storing fat", "the virus has settled in your liver"),
a finding given the name a profession uses for it, and a general statement applied to "people
like you"."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.diagnosis.common import _rule
from checkup_desktop.core.safety.rules.rule import QUESTION, STATEMENT

# what a person feels, in the four languages (the complaint a verdict is said to explain)
_COMPLAINT = (r"(?:tired\w*|fatigue|exhaustion|breathless\w*|shortness of breath|headaches?|"
              r"dizz\w+|aches?|pains?|back ?pain|cramps?|palpitations?|weakness|itch\w*|thirst|"
              r"swelling|symptoms?|complaints?|low energy|lack of energy|cold hands|"
              r"(?:out|short) of breath|always cold|faint\w*|"
              r"cansancio|fatiga|agotamiento|falta de aire|ahogo|dolor\w*|mareos?|síntomas?|"
              r"molestias|debilidad|calambres|palpitaciones|sed|hinchazón|frío|"
              r"Müdigkeit|Erschöpfung|Abgeschlagenheit|Atemnot|Kurzatmigkeit|Schwindel\w*|"
              r"\w*schmerz\w*|Beschwerden|Symptom\w*|Frieren|Kälteempfindlichkeit|Schwäche|Durst|"
              r"Herzklopfen|Krämpfe|Antriebslosigkeit)\b")

EN_LINKS = [
    # "..., which explains the tiredness you mentioned", "lo que explicaría el cansancio que
    # nota", "ein Muster, das Ihre Müdigkeit erklärt", "this is why you feel so tired": a result
    # given as the reason for what the person feels is a verdict ("can explain", "your clinician
    # can tell whether it explains how you feel" weigh it)
    _rule(r"(?<!\bwhether )(?<!\bif )(?<!\bsi )(?<!\bob )"
          r"\b(?:explains?|explained|would explain|accounts? for|explica|explican|explicaría\w*|"
          r"justifica\w*|erklärt|erklären|erklärte\w*|erklären würde\w*)\s+(?:also\s+|well\s+|"
          r"probably\s+|bien\s+|también\s+|auch\s+|wohl\s+)?(?:why you\b[^.;?!]{0,40}?|por qué "
          r"[^.;?!]{0,40}?|warum Sie\b[^.;?!]{0,40}?|(?:\w+\s+){0,2}?(?:your|the|su|sus|el|la|"
          r"los|las|Ihre[nmrs]?|die|den|das)\s+(?:[\w-]+\s+)?)" + _COMPLAINT,
          "gives the result as the cause of the complaints", kinds=STATEMENT,
          unless_negated=True, unless_modal=True),
    # ... with the verb last ("..., das Ihre Müdigkeit und das Frieren erklärt")
    _rule(r"\b(?:das|die|der|was|welche\w*)\s+(?:Ihre[nmrs]?|die|den|das)\s+(?:[\w-]+\s+)?"
          + _COMPLAINT + r"[^.;?!]{0,50}?\berklär(?:t|en|te|ten)\b(?!\s+(?:kann|könnte|dürfte))",
          "gives the result as the cause of the complaints", kinds=STATEMENT,
          unless_negated=True, unless_modal=True),
    # "that is why you feel so tired", "por eso se siente tan cansado", "deshalb sind Sie so
    # müde", "no wonder you are exhausted": the result as the cause of how the person feels
    _rule(r"\b(?:that(?:'s| is)|this(?:'s| is)|which is) (?:(?:probably|likely|also|exactly|"
          r"precisely) )?(?:why|the reason) (?:you|you've)\b(?=[^.;?!]{0,40}\b(?:feel\w*|"
          r"tired|exhausted|breathless|dizzy|weak|cold|short of breath)\b)|"
          r"\bno wonder (?:you|you're)\b|"
          r"\b(?:por eso|de ahí que|esa es la (?:razón|causa) (?:de que|por la que))\s+"
          r"(?:usted\s+)?(?:se (?:siente|nota|cansa|fatiga|marea|ahoga)|(?:está|esté|anda) "
          r"(?:tan |muy )?(?:cansad|agotad|fatigad|maread)\w*|(?:tiene|tenga) "
          r"(?:tanto |tanta )?(?:cansancio|fatiga|frío|sed))\b|"
          r"\b(?:deshalb|deswegen|daher) (?:sind|fühlen|frieren|ermüden) Sie\b(?=[^.;?!]{0,30}\b"
          r"(?:müde|erschöpft|schlapp|kurzatmig|schwindelig|sich|schnell)\b)",
          "gives the result as the cause of the complaints", kinds=STATEMENT,
          unless_negated=True, unless_modal=True),
    # "su hígado está acumulando grasa", "your liver is storing fat", "Ihre Leber lagert Fett
    # ein": fatty liver told as what the organ is doing ("whether", "si", "ob", "can" weigh it)
    _rule(r"(?:^|(?<=[.;:!?,]))(?![^.;:!?,]*\b(?:if|when|whether|si|cuando|ob|wenn|falls)\b)"
          r"[^.;:!?,]*?(?:\bliver (?:is|has been) (?:\w+ )?(?:accumulating|storing|building up|"
          r"collecting|laying down|holding on to)\s+(?:\w+\s+)?fat\b|"
          r"\bhígado (?:ya )?(?:está|ha estado|ha ido|viene) (?:\w+ )?(?:acumulando|almacenando|"
          r"guardando|depositando)\s+(?:\w+\s+)?grasa\b|"
          r"\bLeber (?:\w+ )?(?:lagert|speichert|sammelt|hortet)\s+(?:\w+\s+){0,2}?Fett\w*|"
          r"\bLeber (?:\w+ ){0,2}?Fett\w* (?:einlagert|speichert|ansammelt|anreichert))",
          "says an organ is diseased", kinds=STATEMENT, unless_negated=True, unless_modal=True),
    # "meaning the virus has settled in your liver", "el virus se ha instalado en su hígado",
    # "das Virus hat sich in Ihrer Leber festgesetzt": an infection said to be the person's
    _rule(r"(?<!\bwhether )(?<!\bif )\bthe (?:[\w-]+ )?virus (?:has|is|has been|remains) (?:\w+ )?"
          r"(?:settled|living|lodged|established|hiding|persisting|active|present|staying|"
          r"nesting)\s+in (?:your|the)\b(?!\s+(?:sample|test|blood test)\b)|"
          r"\bel virus (?:ya )?(?:se ha instalado|sigue|está|permanece|vive|se ha quedado)\s+"
          r"(?:\w+\s+)?en su\b|"
          r"\b(?:das|der) (?:[\w-]+ )?Virus (?:hat sich|ist|bleibt|lebt) (?:\w+ )?(?:in Ihrer|in "
          r"Ihrem|bei Ihnen)\b",
          "tells the person what they have", kinds=STATEMENT, unless_negated=True,
          unless_modal=True),
    # "this is what cardiologists call first-degree heart block", "lo que los cardiólogos
    # llaman", "was Kardiologen als ... bezeichnen": the name a profession gives the finding
    _rule(r"\b(?:what|which) (?:\w+ )?(?:\w+ologists|specialists|physicians|cardiologists|"
          r"experts|medicine|textbooks) (?:would )?(?:call|refer to as|describe as|term)\b|"
          r"\blo que (?:los|las) (?:\w+ )?(?:\w+ólog[oa]s|especialistas|expertos|libros) "
          r"(?:llaman|denominan|conocen como|describen como)\b|"
          r"\bwas (?:\w+ )?(?:\w+ologen|\w+ologinnen|Fachleute|Fachärzte|Expert\w+|Lehrbücher) "
          r"(?:\w+ )?als\b",
          kinds=STATEMENT, condition_after=True, gap=40, unless_negated=True, unless_modal=True),
    # "in people like you this usually corresponds to COPD", "en personas fumadoras como
    # usted", "bei Menschen wie Ihnen": a general statement applied to the person (a risk, a
    # test, a check speak of chances)
    _rule(r"\b(?:people|smokers|men|women|adults|patients|someone) (?:\w+ )?like you\b|"
          r"\b(?:personas|gente|pacientes|fumadores|fumadoras|hombres|mujeres|adultos)"
          r"(?: \w+)? como usted\b|\b(?:Menschen|Personen|Patient\w*|Raucher\w*|Männer\w*|"
          r"Frauen) wie (?:Ihnen|Sie)\b"
          r"(?![^.;?!]{0,80}\b(?:risk\w*|chance|odds|riesgo\w*|Risiko\w*|tests?|check\w*|screen\w*|"
          r"pruebas?|análisis|Test\w*|Untersuch\w*|descartar|ausschließen|rule out)\b)",
          kinds=STATEMENT, condition_after=True, gap=80, unless_negated=True),
    # "..., describen un síndrome metabólico", "together add up to", "ergeben zusammen das Bild
    # eines ...": the results together named as a disease (the report describing a finding is
    # a quotation: the verb is plural, or "together" says the results are the subject)
    _rule(r"\b(?:describen|configuran|dibujan|conforman|componen) (?:(?:en conjunto|juntos|"
          r"juntas) )?(?:un|una|el|la)\s+(?:cuadro (?:de|compatible con)\s+)?|"
          r"\btogether (?:they )?(?:describe|make up|form|amount to|point to|spell)\b|"
          r"\bergeben (?:\w+ )?(?:zusammen|gemeinsam|insgesamt) (?:das |ein )?(?:Bild (?:einer|"
          r"eines) )?",
          kinds=STATEMENT, condition_after=True, gap=40, unless_negated=True, unless_modal=True),
    # "How did I end up with kidney disease?", "¿Cómo he llegado a tener EPOC?", "Wie habe ich
    # mir die Infektion eingefangen?", "Wie lange trage ich die Infektion schon in mir?": the
    # question takes the disease as the person's own
    _rule(r"\b(?:did|have|could|would) I (?:have )?(?:end(?:ed)? up with|develop(?:ed)?|catch|"
          r"caught|contract(?:ed)?|pick(?:ed)? up|come down with|come to have)\s+|"
          r"\b(?:he|haya|pude|acabé|he acabado|llegué|he llegado) (?:a )?(?:tener|desarrollar|"
          r"desarrollado|contraer|contraído|pillar|pillado|con)\s+|"
          r"\b(?:puedo|podría|pude) (?:tener|llevar con|padecer)\s+"
          r"(?:(?:esta|este|esa|ese|la|el)\s+)?"
          r"(?=[^?]*\b(?:desde cuándo|cuánto tiempo|hace cuánto)\b|[^?]{0,30}\bsi nunca\b)|"
          r"\b(?:trage|trug) ich\b(?=[^.;?!]{0,60}\bin mir\b)|\b(?:habe|hab) ich mir\s+",
          "presumes a diagnosis", kinds=QUESTION, condition_after=True, specific=True, gap=60,
          unless_negated=True),
    # "so your body is no longer handling sugar properly", "su cuerpo ya no procesa bien el
    # azúcar", "Ihr Körper verarbeitet Zucker nicht mehr richtig", "您的身体已经不能很好地处理血糖":
    # diabetes told as what the body fails to do ("whether", "si", "ob", "can" weigh it)
    _rule(r"(?:^|(?<=[.;:!?,]))(?![^.;:!?,]*\b(?:if|when|whether|si|cuando|ob|wenn|falls)\b)"
          r"[^.;:!?,]*?(?:\byour body (?:is |has )?(?:no longer|not|isn't|can't|cannot|can no "
          r"longer|(?:is )?struggling to|struggles to|has trouble|(?:is )?having trouble) "
          r"(?:\w+ )?(?:handl\w+|process\w*|us\w+|deal\w* with|clear\w*|respond\w* to|"
          r"cop\w+ with|manag\w+)\s+(?:\w+\s+)?(?:sugar|glucose|insulin|carbohydrates?)\b|"
          r"\bsu (?:cuerpo|organismo) (?:ya )?no (?:\w+ )?(?:procesa|maneja|utiliza|usa|aprovecha|"
          r"regula|responde a|tolera)\w*\s+(?:\w+\s+){0,2}?(?:azúcar|glucosa|insulina|"
          r"carbohidratos|hidratos)\b|"
          r"\bIhr (?:Körper|Organismus|Stoffwechsel)\b(?=[^.;:!?,]{0,50}\b(?:Zucker|Glukose|"
          r"Insulin|Kohlenhydrate)\b)(?=[^.;:!?,]{0,70}\b(?:nicht mehr|nicht richtig|nicht gut|"
          r"nicht ausreichend|schlechter|kaum noch)\b)[^.;:!?,]{0,40}?\b(?:verarbeite\w*|"
          r"verwerte\w*|reguliere?\w*|nutz\w*|reagier\w*|bewältig\w*))",
          "says the body fails as in a disease", kinds=STATEMENT, unless_negated=True,
          unless_modal=True),
    # "this looks like the inherited type of high cholesterol", "apunta a la forma familiar de",
    # "spricht für die erbliche Form": a named form of a condition given as the person's
    _rule(r"\b(?:looks? like|is|are|suggests?|points? to|fits?|means?|sounds? like) (?:the |an? )?"
          r"(?:inherited|familial|genetic|hereditary|congenital) (?:type|form|kind|version|"
          r"variant)\b|\b(?:es|parece|apunta a|sugiere|encaja con|indica) (?:la|una) (?:forma|"
          r"variante|tipo) (?:hereditaria|familiar|genética|congénita)\b|\b(?:ist|spricht für|"
          r"passt zu|deutet auf|entspricht) (?:die|der|eine[rm]?) (?:erbliche|familiäre|"
          r"genetische|angeborene)n? (?:Form|Variante|Typ)\b",
          "hints at a diagnosis", kinds=STATEMENT, unless_negated=True, unless_modal=True),
]

EN_LINKS += [
    # "so you carry the hepatitis B virus", "eres portador del virus de la hepatitis B", "tragen
    # Sie das Hepatitis-B-Virus in sich", "您是乙肝病毒携带者": the person said to carry or be
    # infected with a germ (the germ's name is a test's word, so no disease name is needed)
    _rule(r"(?<!\bif )(?<!\bwhether )\byou(?:'re| are| have been|'ve been)? (?:\w+ )?"
          r"(?:carry(?:ing)?|a carrier of|infected with|harbou?r(?:ing)?|(?:have |had )?"
          r"(?:caught|contracted|picked up))\s+(?:\w+\s+){0,4}?(?:virus|HBV|HCV|HIV|bacteri\w+|"
          r"H\.? pylori|germs?|infection|parasites?)\b|"
          r"(?<!\bsi )\b(?:eres|es usted|usted es|usted ha sido|has sido|está(?:s)?) (?:\w+ )?"
          r"(?:portador(?:a)?|infectad[oa])\b|(?<!\bsi )\b(?:usted |te )?(?:ha|has) "
          r"(?:contraído|cogido|adquirido)\s+(?:\w+\s+){0,3}?(?:virus|bacteria|infección)\b|"
          r"\b(?:Sie|du) (?:sind|bist) (?:\w+ )?(?:Träger(?:in)?|infiziert)\b|"
          r"\b(?:tragen Sie|Sie tragen|trägst du|du trägst)\b[^.;:!?]{0,50}?\bin (?:sich|dir)\b|"
          r"\b(?:haben Sie|Sie haben|hast du|du hast) sich\b[^.;:!?]{0,40}?\b(?:infiziert|"
          r"angesteckt)\b|"
          r"您(?:是|已经是|属于|为)?[^，。；？]{0,10}?(?:携带者|感染者)|您[^，。；？]{0,4}?(?:携带|感染了)"
          r"[^，。；？]{0,10}?(?:病毒|细菌|螺杆菌)",
          "tells the person what they have", kinds=STATEMENT, unless_negated=True,
          unless_modal=True),
]

EN_LINKS += [
    # "lo más probable es que la infección siga activa", "the infection is most likely still
    # active", "wahrscheinlich ist die Infektion noch aktiv", "很可能病毒仍在体内": a likely
    # ongoing infection said of the person ("si la infección sigue activa" asks it)
    _rule(r"(?<!\bif )(?<!\bwhether )\b(?:most likely|probably|likely|almost certainly|chances are)"
          r"\b[^.;?!]{0,30}?\b(?:infection|virus)\b[^.;?!]{0,25}?\b(?:active|present|ongoing|"
          r"chronic)\b|"
          r"(?<!\bsi )\b(?:lo más probable|probablemente|seguramente|es (?:muy )?probable que)\b"
          r"[^.;?!]{0,30}?\b(?:infección|virus)\b[^.;?!]{0,25}?\b(?:activ[oa]|presente|crónic[oa])\b|"
          r"(?<!\bob )\b(?:höchstwahrscheinlich|wahrscheinlich|vermutlich)\b[^.;?!]{0,30}?"
          r"(?:Infektion|Virus)\b[^.;?!]{0,25}?\b(?:aktiv|vorhanden|chronisch)\b|"
          r"(?:很可能|多半|大概率|应该)[^。；？！，,]{0,6}(?:感染|病毒)[^。；？！，,]{0,6}(?:仍然|仍|还|依然)"
          r"(?:在|处于)?(?:活动|活跃|存在|在体内)",
          "tells the person what they have", kinds=STATEMENT, unless_negated=True),
]

EN_LINKS += [
    # "your body is already becoming resistant to insulin", "su cuerpo se está volviendo
    # resistente a la insulina", "Ihr Körper ist insulinresistent geworden", "您的身体已经出现了
    # 胰岛素抵抗": insulin resistance said of the person ("whether", "si", "ob" ask it)
    _rule(r"(?:^|(?<=[.;:!?,]))(?![^.;:!?,]*\b(?:if|when|whether|si|cuando|ob|wenn|falls)\b)"
          r"[^.;:!?,]*?(?:\b(?:your body|your cells|you)(?:'re| are| is| have| has)?\s+"
          r"(?:(?:already|now|becoming|getting|turning|growing|become|grown|slightly|somewhat|"
          r"a bit|been)\s+){0,3}(?:insulin[- ]resistant|resistant to (?:its own )?insulin)\b|"
          r"\b(?:su (?:cuerpo|organismo)|usted)\s+(?:(?:ya|se|está|ha|es|vuelto|volviendo|"
          r"haciendo|hecho)\s+){0,3}(?:algo\s+|un poco\s+)?resistente a (?:la )?insulina\b|"
          r"\b(?:Ihr (?:Körper|Organismus)|Sie)\s+(?:\w+\s+){0,3}?(?:insulinresistent|resistent "
          r"gegen (?:das |Ihr eigenes )?Insulin)\b|"
          r"(?:您|你)的?(?:身体|机体)?(?:已经|已|可能|应该|开始)*(?:出现了?|有了?|产生了?)(?:一定的?|轻度的?)?"
          r"胰岛素抵抗)",
          "says the body fails as in a disease", kinds=STATEMENT, unless_negated=True,
          unless_modal=True),
    # "you can now be considered hypertensive", "ya puede considerarse usted hipertenso", "Sie
    # gelten damit als Hypertoniker", "您已经可以算是高血压患者": the person counted as a case
    # ("your bones count as osteoporotic": the person's organ counted as a case)
    _rule(r"(?<!\bif )(?<!\bwhether )\b(?:you|your (?:bones?|body|liver|kidneys?|thyroid|"
          r"heart|blood sugar|blood pressure))"
          r" (?:can|could|would|may|might|will)? ?(?:now |already "
          r"|officially |technically )?(?:be |are |is )?(?:considered|classed as|classified as|"
          r"counted as|counts? as|qualify as|regarded as)\s+(?:an? )?(?:pre-?diabetic|diabetic|"
          r"hypertensive|"
          r"an(?:a)?emic|obese|hypothyroid|hyperthyroid|osteoporotic|insulin[- ]resistant)\b|"
          r"(?:(?<!\bsi )\b(?:puede|podría|debe) (?:ya )?considerarse (?:usted )?(?:ya )?|"
          r"\b(?:se le|le) (?:puede |podría )?(?:considera|considerar|clasifica|clasificar)\w* )"
          r"(?:como )?(?:(?:pre)?diabétic[oa]|hipertens[oa]|anémic[oa]|obes[oa]|hipotiroide[oa]|"
          r"osteoporótic[oa])\b|"
          r"(?<!\bob )(?<!\bwenn )\b(?:Sie gelten|gelten Sie)\s+(?:\w+\s+){0,2}?als\s+(?:\w+\s+)?"
          r"(?:Hypertoniker\w*|Diabetiker\w*|Prädiabetiker\w*|zuckerkrank|anämisch|"
          r"fettleibig|adipös|\w*kranke?r?)\b",
          "labels the person with a condition", kinds=STATEMENT, unless_negated=True),
]

