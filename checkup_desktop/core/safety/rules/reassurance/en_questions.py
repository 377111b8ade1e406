"""Dismissal rules for English cards: questions that lead to a dismissal or answer
themselves ("..., right?", "why bother repeating it?", "since it's harmless, can I skip it?")."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.reassurance.common import _CHECK_DE, _CHECK_EN, _rule
from checkup_desktop.core.safety.rules.rule import QUESTION

# What a question may take for granted or lead towards: the result called harmless, nothing,
# unimportant or safe to put off (used with "since ...", "..., right?" and their kin).
_Q_CLAIM_EN = (r"(?:harmless|benign|innocuous|(?:is|'s|means) (?:really )?nothing|"
               r"nothing (?:serious|important|to worry about)|no (?:big )?(?:deal|problem|concern)|"
               r"not (?:a |an )?(?:problem|issue|concern|serious|important|worth)|(?:is|'s|"
               r"are) (?:\w+ )?fine|(?:does|do)(?:n'?t| not) (?:really )?matter|unimportant|"
               r"insignificant|trivial|normal (?:for|at) (?:[\w-]+ ){0,3}?(?:my|your|our) age|"
               r"(?:do|does)(?:n'?t| not) (?:really )?count|(?:a )?false positive|can (?:just |"
               r"safely |simply )?(?:leave|ignore|skip|forget) (?:it|this|that|them)|not (?:that |"
               r"so |very |really |particularly )?urgent|can (?:safely |easily )?wait|(?:a |"
               r"an )?(?:lab(?:oratory)? )?(?:fluke|glitch)|(?:just|only|simply) (?:a |"
               r"an )?(?:lab(?:oratory)? |measurement )?(?:error|mistake)|(?:unnecessary|pointless|"
               r"superfluous|overkill)|(?:does|do|will)(?:n'?t| not) (?:really )?(?:affect|harm|"
               r"impact) (?:my |your )?health)")

_Q_CLAIM_ES = (r"(?:inofensiv\w*|inocu\w*|benign\w*|no es (?:nada|grave|importante|preocupante)|"
               r"nada (?:grave|importante|serio)|sin (?:ninguna )?(?:importancia|relevancia)|"
               r"no (?:tiene|"
               r"tienen) (?:ninguna )?importancia|no importa|ningún problema|normal (?:para|a|con|"
               r"en) (?:mi|su|tu|"
               r"esta) edad|nunca (?:le |me )?(?:dan|da|causan?|provocan?) (?:ningún )?problemas?|"
               r"no (?:es|"
               r"será) (?:tan |muy |nada )?urgente|puede esperar|(?:solo|sólo|"
               r"simplemente) (?:un )?error|"
               r"innecesari[oa]s?|no (?:afecta|afectará|perjudica) (?:a )?(?:mi|su) salud)")

_Q_CLAIM_DE = (r"(?:harmlos\w*|unbedenklich\w*|ungefährlich\w*|gutartig\w*|nichts Ernst\w*|"
               r"nichts (?:Schlimmes|Bedenkliches|Besorgniserregendes|Gefährliches|Wildes)|"
               r"nicht (?:schlimm|wichtig|gefährlich|ernst)|"
               r"in meinem Alter (?:\w+ ){0,3}?(?:normal|üblich|gewöhnlich|typisch)|nicht (?:so |"
               r"besonders |sonderlich |wirklich )?(?:dringend|eilig)|hat (?:doch |ja |noch |"
               r"sicher |wohl )*Zeit|(?:muss|brauche) ich (?:\w+ ){0,3}?nicht (?:\w+ )?(?:zur|zum|"
               r"hin|wieder)\b|kein (?:Problem|Grund zur Sorge)|egal|belanglos|unwichtig|"
               r"normal für mein Alter|in meinem Alter normal|(?:kann|können) (?:\w+ )?warten|"
               r"(?:nur|bloß|einfach) (?:ein )?(?:Labor|Mess)?fehler|überflüssig|unnötig|"
               r"entbehrlich|(?:schadet|beeinträchtigt) (?:meiner|meine|der|die) Gesundheit nicht|"
               r"nicht gesundheitsschädlich)")

_Q_CLAIM_ZH = (r"(?:良性|无害|无碍|没(?:什么|啥)?(?:大碍|关系|问题|事)|不要紧|不重要|不严重|"
               r"不算(?:什么|是)?(?:大)?(?:问题|事)|不算什么|无所谓|小事|小问题|正常现象|"
               r"(?:不用|不必|不需要|无需|可以不|没必要)(?:再|重新|专门|特意|为此|去|抽血){0,3}(?:查|复查|管|处理|"
               r"看|去|检测|化验|抽血)|"
               r"不(?:太|那么|是很|怎么)?(?:急|着急|紧急)(?!诊)|(?:明年|下次|以后|"
               r"过段时间)[\u4e00-\u9fff]{0,6}再(?:说|看|查|复查)|(?:只是|就是|不过是)(?:化验|检验|"
               r"检测|测量|实验室)?误差|(?<!会)不(?:会)?影响(?:身体)?健康)")

# Round 3: the skeletons behind the misses of the third development set.
_CHECK_ANY = (_CHECK_EN + r"|" + _CHECK_DE + r"|\b(?:control\w*|revisión|seguimiento|cita|consulta|"
              r"prueba|análisis|analítica|ecografía|repetir\w*|repetición|\w+scopia|biopsia)\b")

_NEEDLESS = (r"(?:unnecessary|pointless|superfluous|overkill|überflüssig|unnötig|entbehrlich|"
             r"sinnlos|innecesari[oa]s?|inútil\w*)")

# Round 9: the skeletons behind the misses of the ninth set.
# a benign cause the question takes as the whole story: "just down to me being fit", "only
# because of my workout", "simply caused by nerves"
_Q_CAUSE_EN = (r"(?:(?:just|only|simply|merely|purely) (?:down to|due to|because(?: of)?|caused by|"
               r"from|a result of|the result of|(?:a |an )?(?:side )?effect of|a reaction to)|all "
               r"down to)")

# what a rhetorical "isn't it just ...?" calls the result: normal, age, everyone's lot, an error
_NORMALISED_EN = (r"(?:normal(?! to (?:be|feel|worry|ask|want|wonder))|natural|common|typical|"
                  r"usual|expected|harmless|benign|nothing|what happens|part of (?:getting|"
                  r"growing) older|part of (?:ag(?:e)?ing|life)|ag(?:e)?ing|getting older|my age|"
                  r"wear and tear|every(?:one|body| man| woman| person)|all (?:men|women|"
                  r"people)|(?:a |an )?(?:lab(?:oratory)? |measurement )?(?:error|fluke|glitch|"
                  r"quirk|noise)|a phase|(?:my |the )?nerves|stress)")

EN_QUESTIONS = [
    # a question that takes the dismissal as given: "since it's harmless, ...", "既然没关系"
    _rule(r"(?:\b(?:since|seeing as|given(?: that)?|now that)\b|(?:^|[,;:]\s*)as\b)"
          rf"[^,;?]{{0,50}}?\b{_Q_CLAIM_EN}\b|"
          r"(?:\b(?:dado que|ya que|puesto que|visto que)\b|(?:^|[,;:¿]\s*)como\b)"
          rf"[^,;?]{{0,50}}?\b{_Q_CLAIM_ES}|"
          r"(?:(?:^|[,;:]\s*)da\b|\bweil\b|\bwo\b|\bnachdem\b)"
          rf"[^,;?]{{0,50}}?\b{_Q_CLAIM_DE}|"
          rf"(?:既然|反正)[^，,。？?]{{0,20}}{_Q_CLAIM_ZH}",
          kinds=QUESTION, unless_hedged=False),
    # a reason given first, then dropping the check: "since it's borderline, can I skip the
    # follow-up?", "weil ..., kann ich mir die Kontrolle sparen?"
    _rule(r"(?:\b(?:since|seeing as|given(?: that)?|now that|dado que|ya que|puesto que|como|"
          r"weil|da|nachdem)\b|既然|反正)[^?？]{0,80}?(?:\b(?:skip|drop|cancel|forget|ignore|"
          r"saltar\w*|omitir|cancelar|olvidar\w*|ignorar)\b[^?]{0,30}\b(?:follow-?up|appointment|"
          r"re-?check|repeat|re-?test|test|scan|visit|ultrasound|revisión|cita|control|prueba|"
          r"ecografía|análisis|analítica|consulta)|\b(?:Kontrolle|Nachkontrolle|Untersuchung|"
          r"Termin|Wiederholung|Arztbesuch|Ultraschall)\b[^?]{0,20}\b(?:sparen|schenken|"
          r"auslassen|weglassen|absagen)\b|(?:不用|不必|免了|跳过|取消)(?:再)?(?:复查|随访|检查|"
          r"看医生|就诊))",
          kinds=QUESTION, unless_hedged=False),
    # a question that leads to the dismissal: "..., right?", "¿verdad que ...?", "…吧？"
    _rule(rf"\b{_Q_CLAIM_EN}\b[^?]{{0,60}}(?:,\s*(?:right|correct|yes|yeah)\s*\?|\b(?:is|isn'?t|"
          r"does|doesn'?t|can'?t|can|won'?t|will|do|don'?t) (?:it|this|that|they|I|we)\s*\?)|"
          rf"\bsurely\b[^?]{{0,50}}\b{_Q_CLAIM_EN}\b|"
          rf"¿\s*(?:verdad|a que|cierto) que\b[^?]{{0,80}}{_Q_CLAIM_ES}|"
          rf"{_Q_CLAIM_ES}[^?]{{0,60}},\s*¿?\s*(?:verdad|no|cierto)\s*\?|"
          rf"\b{_Q_CLAIM_DE}[^?]{{0,60}}(?:,\s*)?\b(?:oder|nicht wahr|gell|stimmt's|richtig)\s*\?|"
          rf"{_Q_CLAIM_ZH}[^？?。]{{0,10}}(?:对吧|是吧|对不对|是不是|行吧|可以吧|吧)\s*[？?]",
          kinds=QUESTION, unless_hedged=False),
    # rhetorical questions: "why bother repeating it?", "¿para qué ir?", "何必去医院"
    _rule(r"\bwhy (?:even )?bother\b|\b(?:do|does|"
          r"should|would) (?:I|we|it|this) (?:really )?even (?:need|have|bother)\b|\bis it even "
          r"worth\b|¿?\s*para qué (?:(?:me|nos|lo|la|le) )?(?:repetir|volver|ir|acudir|"
          r"consultar|molestar|hacer|mencionar|comentar|pedir|preocupar|controlar|revisar)\w*|"
          r"\bsiquiera\b|"
          r"\bwozu\b[^?,]{0,40}\b(?:wiederholen|kontrollieren|abklären|ansprechen|erwähnen|gehen)"
          r"\s*[?,]|"
          r"\büberhaupt (?:noch )?(?:ansprechen|erwähnen|kontrollieren|wiederholen|zum Arzt|"
          r"abklären)|何必|犯得着|用得着|干嘛(?:还)?要",
          kinds=QUESTION, unless_hedged=False),
    # a question that states the result is normal first, then asks if anything is needed:
    # "Low vitamin D is normal in winter anyway, so do I need to do anything?"
    _rule(r"\b(?:is|are|'s) (?:(?:quite|perfectly|totally|completely|just|pretty|very|so|"
          r"really) )?(?:normal|common|harmless|usual|expected|typical)\b[^?]{0,50}?(?:,|\bso\b)"
          r"[^?]{0,40}\b(?:even|bother|point|worry|leave it|skip|ignore|still need|(?:need|have) "
          r"to do anything|(?:do|does) (?:I|it|this|we) (?:really )?need)\b|"
          r"\b(?:normal|common|harmless|usual|expected|typical) (?:\w+ ){0,3}?anyway\b|"
          r"\banyway\b[^?]{0,40}\b(?:normal|common|harmless|nothing)\b",
          kinds=QUESTION, unless_hedged=False),
    # rhetorical questions with "really": "is it really worth bringing up?", "really any need?"
    _rule(r"\bis it (?:really|actually) (?:worth|necessary|needed)\b|\bis there (?:really|even|"
          r"actually) (?:any )?(?:need|point|reason)\b|\bdo (?:I|we) really (?:need|have) to "
          r"(?:go|see|bother|mention|bring|repeat|come back|follow|check|do anything)\b|"
          r"\b(?:for|over|about) (?:such|so) (?:a )?(?:small|tiny|minor|little) (?:thing|change|"
          r"difference|deviation)\b|\b(?:can|could) (?:I|we) (?:just |simply )?(?:wait|leave "
          r"(?:it|this))\b[^?]{0,40}\buntil (?:my |the |our )?(?:next|yearly|annual|routine)\b"
          r"(?![^?]{0,60}\bor\b)",
          kinds=QUESTION, unless_hedged=False),
    # asked: the check called needless ("is a recheck really unnecessary?", "ist eine Kontrolle
    # ja wohl überflüssig?", "¿no es innecesario repetir el análisis?")
    _rule(r"\b(?:" + _CHECK_ANY + r")\b[^.;?,]{0,40}?\b" + _NEEDLESS + r"\b|\b" + _NEEDLESS
          + r"\b[^.;?,]{0,25}?\b(?:" + _CHECK_ANY + r")\b",
          kinds=QUESTION, unless_hedged=False),
    # "isn't it better to just skip it?", "¿no es mejor olvidarse de ...?": a leading question
    # (unless it asks to wait for the clinician)
    _rule(r"(?:\b(?:isn'?t|wouldn'?t) it (?:be )?(?:better|easier|simpler|smarter|wiser|fine) "
          r"(?:to )?(?:just |simply )?(?:skip|forget|ignore|leave|wait|drop|cancel|not|hold off|"
          r"put off)\b|\bno (?:es|sería|seria) (?:mejor|más fácil|más sensato|suficiente) "
          r"(?:\w+ )?(?:olvid|saltar|ignorar|dejar|esperar|no |cancelar|omitir|pasar|aplazar)\w*|"
          r"\b(?:ist|wäre) es nicht (?:besser|einfacher|klüger|vernünftiger|sinnvoller)\b[^?]{0,60}"
          r"\b(?:vergessen|ausfallen|weglassen|wegzulassen|sein lassen|abwarten|abzuwarten|warten|"
          r"ignorieren|absagen|abzusagen|verzichten|liegen lassen|verschieben)\b|"
          r"(?:是不是|还不如|不如|要不)干脆(?:不|别|先不)|(?:还不如|不如)(?:不|别)(?:查|复查|去|管))"
          r"(?![^?]{0,40}\b(?:doctor|clinician|gp|médic\w+|Arzt|Ärztin)\b)",
          kinds=QUESTION, unless_hedged=False, unless_negated=False),
    # asked, leading: "isn't it enough to forget it until next year?", "¿no basta con ...?"
    # (only with a put-off or a dropping in it; "..., or ...?" asks for the choice)
    _rule(r"(?:\bisn'?t it (?:enough|sufficient|ok(?:ay)?) (?:to|if)\b|\bno (?:basta|bastaría|es "
          r"suficiente|sería suficiente|alcanza|alcanzaría) con\b|\b(?:reicht|genügt|reichte|"
          r"genügte) es (?:denn |doch )?nicht\b)[^?]{0,80}?(?:\b(?:wait\w*|forget|skip|ignore|"
          r"leave it|next year|in a year|olvid\w+|esperar|saltar\w*|dejarlo|el año que viene|"
          r"dentro de un año|el próximo año|próxim\w* (?:revisión|chequeo|control|análisis)|"
          r"año que viene|vergessen|warten|abwarten|ignorieren|sein lassen|"
          r"nächst\w* Jahr|in einem Jahr|später)\b)(?![^?]{0,60}\b(?:or|o|oder)\b)|"
          r"(?:明年|下次|以后|过段时间|等|不管|不查|不去)[^？?。]{0,20}不就(?:行|可以|好|完)了",
          kinds=QUESTION, unless_hedged=False),
    # rhetorical "why should I even worry": the question answers itself
    _rule(r"\bwhy (?:should|would|do|must|need) (?:I|we|you|one)\b[^?]{0,60}?\b(?:even|at all|"
          r"so (?:harmless|minor|small|trivial|tiny))\b|"
          r"\b(?:warum|wieso|weshalb|wozu) (?:sollte|soll|muss|müsste|brauche|sollten|müssen)\b"
          r"[^?]{0,80}?\b(?:überhaupt\b[^?]{0,40}\b(?:Gedanken|Sorgen|kümmern|beunruhigen|Arzt|"
          r"Ärztin|Termin|wiederholen|kontrollieren|untersuchen|Kontrolle|hingehen)|so (?:harmlos|"
          r"klein|gering|unbedeutend|banal)\w*)\b|"
          r"\bpor qué (?:debería|tendría|tengo|habría|hay que|tendríamos)\b[^?]{0,60}?\b"
          r"(?:siquiera|"
          r"acaso|tan (?:inofensiv|pequeñ|leve|mínim|insignificante)\w*)|"
          r"(?:为什么|为啥|干嘛|干吗)[^？?，,]{0,12}(?:这么|那么|这种)(?:小|轻|常见|无害)[^？?]{0,12}"
          r"(?:担心|在意|操心|复查|检查|看医生)",
          kinds=QUESTION, unless_hedged=False),
    # asked, leading, with a tag: "these are just down to me being fit, aren't they?", "harmless,
    # aren't they?", "surely it is only because of my workout?"
    _rule(r"\b(?:" + _Q_CLAIM_EN + r"|" + _Q_CAUSE_EN + r")\b[^?]{0,60}?(?:,\s*(?:right|correct|"
          r"yes|yeah|surely|no)\s*\?|,?\s*\b(?:is|isn'?t|are|aren'?t|was|wasn'?t|were|weren'?t|"
          r"does|doesn'?t|did|didn'?t|can|can'?t|will|won'?t|would|wouldn'?t|do|don'?t|could|"
          r"couldn'?t|should|shouldn'?t) (?:it|this|that|they|these|those|I|we|there)\s*\?)|"
          r"\bsurely\b[^?]{0,50}\b" + _Q_CAUSE_EN + r"\b",
          kinds=QUESTION, unless_hedged=False),
    # asked, rhetorical: "isn't a slightly enlarged prostate just what happens to every man my
    # age?", "isn't this simply part of getting older?" (not "isn't it better to ask ...?")
    _rule(r"^\W*(?:isn'?t|aren'?t|wasn'?t|doesn'?t|don'?t|wouldn'?t|is (?:it|this|that) not|are "
          r"(?:they|these) not)\b[^?]{0,80}?\b(?:just|simply|only|merely|basically|nothing (?:but|"
          r"more than))\b[^?]{0,40}?\b" + _NORMALISED_EN + r"\b",
          kinds=QUESTION, unless_hedged=False),
    # Round 10: the skeletons behind the misses of the tenth set.
    # a verdict slipped into the question as a relative clause: "why is this small rise, which
    # is harmless, flagged?", "..., que no tiene ninguna importancia, ...", "..., der ja harmlos
    # ist, ..."
    _rule(r",\s*(?:which|that)\b[^,?]{0,40}?\b" + _Q_CLAIM_EN + r"\b[^,?]{0,15}(?:,|\?)|"
          r",\s*(?:que|el cual|la cual)\b[^,?]{0,40}?" + _Q_CLAIM_ES + r"[^,?]{0,15}(?:,|\?)|"
          r",\s*(?:der|die|das|was|welche\w*)\b[^,?]{0,40}?\b" + _Q_CLAIM_DE + r"[^,?]{0,15}"
          r"(?:,|\?)",
          kinds=QUESTION, unless_hedged=False, unless_negated=True),
    # why the check, if the result is harmless: "¿por qué me mandan repetir la analítica si ...
    # son algo inofensivo?", "why repeat it if it's nothing?", "warum wiederholen, wenn es
    # harmlos ist?"
    _rule(r"\b(?:why|how come)\b[^?]{0,80}?\b(?:if|when|since|given that)\b[^?]{0,60}?\b"
          + _Q_CLAIM_EN + r"\b|\bpor qué\b[^?]{0,80}?\b(?:si|cuando|ya que|dado que)\b[^?]{0,60}?"
          + _Q_CLAIM_ES + r"|\b(?:warum|wieso|weshalb|wozu)\b[^?]{0,80}?\b(?:wenn|obwohl|da)\b"
          r"[^?]{0,60}?\b" + _Q_CLAIM_DE,
          kinds=QUESTION, unless_hedged=False, unless_negated=True),
    # asking leave to ignore the flag: "是不是可以直接忽略？", "¿puedo ignorarlo?", "kann ich das
    # ignorieren?" ("..., or ...?" asks for the clinician's choice)
    _rule(r"(?:(?:可以|能|是不是可以|能不能|可不可以|是否可以)(?:直接|就|先|暂时|干脆){0,2}(?:忽略|"
          r"无视|"
          r"不理|不管)|\b(?:puedo|podemos|se puede|podría|puede)\b (?:\w+ )?(?:ignorar\w*|"
          r"pasar(?:lo|la)? por alto|olvidar\w*)|\b(?:kann|darf|können|dürfen|könnte) (?:ich|wir|"
          r"man) (?:\w+ ){0,3}?(?:ignorieren|übergehen|"
          r"außer Acht lassen)\b)(?![^?？]{0,60}(?:\b(?:or|o|oder)\b|还是))",
          kinds=QUESTION, unless_hedged=False, unless_negated=True),
    # asked, a minimising premise and then dropping the check: "if it's only slightly high, can
    # I skip the recheck?", "si solo está un poco alto, ¿puedo saltarme la revisión?"
    _rule(r"(?:\b(?:if|since|as|si|como|ya que|wenn|da|weil)\b|如果|既然)[^?¿？]{0,60}(?:\b(?:only|"
          r"just|slightly|a (?:little|bit|touch)|solo|sólo|apenas|un poco|ligeramente|nur|knapp|"
          r"leicht|"
          r"etwas)\b|只是|一点|轻微|略)[^?¿？]{0,40}[,，]\s*¿?\s*(?:\b(?:can|could|may) (?:I|"
          r"we)\b[^?]{0,20}?\b(?:skip|drop|cancel|ignore|forget|miss)\b|\b(?:puedo|podemos|podría|"
          r"se puede)\b[^?]{0,20}?\b(?:saltar\w*|omitir|cancelar|olvidar\w*|ignorar|faltar)\b|"
          r"\b(?:kann|"
          r"darf|können|dürfen) (?:ich|wir)\b[^?]{0,40}?\b(?:ausfallen lassen|absagen|auslassen|"
          r"weglassen|ignorieren|sparen|sein lassen|vergessen)\b|(?:可以|能|是不是可以)(?:不|跳过|"
          r"取消|"
          r"忽略))(?![^?？]{0,60}(?:\b(?:or|o|oder)\b|还是))",
          kinds=QUESTION, unless_hedged=False),
]
