"""The alarm rules for English cards, in the order they apply
(engine.py interleaves the categories)."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.alarm.common import _rule
from checkup_desktop.core.safety.rules.rule import QUESTION, STATEMENT, TITLE

_ALARM_EN = (r"\b(?:fatal|deadly|life[- ]threatening|terminal|dying|death|kill\w*|cardiac arrest|"
             r"heart attacks?|(?:a|into|in|and|or|diabetic|hepatic|deep|cause[sd]?|causing) coma|"
             r"seizures?|bleed(?:ing)? to death|bleeding internally|internal "
             r"bleeding|organ failure|stop (?:the|your) heart|heart (?:could|may|might|can|will) "
             r"(?:stop|fail)|give out|dangerous|danger|malignan\w+|"
             r"cancer\w*(?! screening| check| prevention)|leuka?emia|lymphoma|"
             r"(?:with|have|has|had|be|is|mean|means) (?:a |an )?tumou?r|starv\w+ of oxygen|"
             r"suffocat\w+|shut(?:ting)? down|organ damage|brain damage|irreversibl\w+|"
             r"permanent damage|collaps\w+|strokes?|spread\w*|metasta\w+|(?:brain|heart|kidneys?|"
             r"liver|lungs?) (?:to |could |can |may |will )?(?:swell|fail|stop|burst|bleed)\w*|"
             r"too thick|clots? in (?:the|your) (?:brain|lungs?))\b")

# between an organ and "stop"/"fail": modals and adverbs only ("your kidneys could soon fail"),
# so "kidney tablets be stopped" is not an organ stopping
_MAY_SOON = (r"(?: (?:could|can|may|might|will|would|is|are|going to|about to|just|suddenly|"
             r"soon|completely|eventually|simply|really|actually|already|start to|begin to|"
             r"then|even|one day|at some point|to))*")

# what a patient may do "at any time" (book, ask, call): permission, not a threat
_YOU_MAY = (r"(?:book|ask|call|contact|arrange|request|come|talk|discuss|bring|repeat|have|get|do|"
            r"take|check|see|visit|phone|ring|change|make|speak|return|cancel|send|email|read|"
            r"look|share|use|update|also|always|still)\b")

EN = [
    _rule(_ALARM_EN),
    _rule(r"\bdie\b",
          unless_negated=False),
    _rule(r"\b(?:warning|danger|critical|alert|at risk)\b|!",
          kinds=TITLE, unless_negated=False),
    _rule(r"\b(?:blind\w*|scarr\w+|(?:badly|severely|seriously|permanently) (?:damaged|scarred|"
          r"harmed|injured|affected))\b"),
    # "could give out at any moment" is an event; "you can book it at any time" is permission
    _rule(r"\b(?:dangerously|alarmingly|critically|frighteningly)\b|\b(?:could|can|may|might|will|"
          r"would)\s+(?!" + _YOU_MAY + r")\w+(?:\s+\w+){0,4}?\s+at any (?:time|moment|minute|"
          r"second)\b(?! of)|\bany (?:minute|second) now\b|"
          r"\b(?:faint|collapse|pass out|black out)\w*\b"),
    _rule(r"\bbrain bleeds?\b|\bbleed\w* (?:into|in|inside|within|around|on) (?:the |your )?"
          r"(?:brain|skull|head)\b|\bhaemorrhag\w+|\bhemorrhag\w+"),
    _rule(r"\bpoison\w*|\btoxic\b"),
    _rule(r"\b(?:alarming|frightening|scary|terrifying|grave|very serious|extremely serious|"
          r"really serious)\b"),
    _rule(r"\b(?:serious|big|real|deep|grave) trouble\b|\bin a bad way\b|\bbadly damaged\b"),
    _rule(r"\bsomething (?:very |really |quite )?(?:nasty|serious|bad|sinister|terrible|"
          r"dangerous|awful)\b"),
    _rule(r"\btime ?bomb\b|\bbomba de relojería\b|\bZeitbombe\b|定时炸弹",
          unless_negated=False),
    _rule(r"\bclogg\w+|\bas we speak\b|\btaponand\w*|\bse están (?:tapando|obstruyendo)\b|"
          r"\bverstopf\w+|堵死"),
    _rule(r"\b(?:brain |bone |blood )?tumou?rs?\b(?! markers?)",
          unless_modal=True),
    _rule(r"\b(?:heart|kidneys?|liver|brain|lungs?|arteries|blood vessels|"
          r"pancreas)\b[^.;]{0,40}\b(?:strain|stress|failing|shutting|stopping|packing up|"
          r"giving up|damaged|under attack|struggling|overwhelmed|breaking down)\w*",
          unless_modal=True),
    _rule(r"\b(?:corazón|riñones|riñón|hígado|cerebro|pulmones|"
          r"arterias)\b[^.;]{0,40}\b(?:esfuerzo|dejando de funcionar|fallando|sufriendo|dañ\w+|"
          r"colaps\w+)",
          unless_modal=True),
    _rule(r"\b(?:Herz|Nieren?|Leber|Gehirn|Lunge|Arterien|Gefäße)\b[^.;]{0,40}\b(?:Belastung|"
          r"einstellen|versag\w+|Schaden|geschädigt|überlastet|kämpf\w+)",
          unless_modal=True),
    _rule(r"(?:心脏|肾脏|肝脏|大脑|肺|血管)[\u4e00-\u9fff]{0,8}(?:压力|衰竭|损伤|停止|崩溃|"
          r"不堪重负)",
          unless_modal=True),
    _rule(r"\bbleed\w* without stopping\b|\bwon'?t stop bleeding\b|\bsangrar sin parar\b|"
          r"\bblutet nicht mehr auf\b",
          unless_negated=False),
    _rule(r"\bcatastroph\w+|\bcatastróf\w+|\bkatastroph\w+|出大事|后果严重|不堪设想|"
          r"\bdisaster\w*|\bdesastr\w+"),
    _rule(r"\bcrumbl\w+|\bdesmoron\w+|\bzerbrösel\w+|骨头会碎"),
    # an organ that may stop or fail: a modal does not soften it ("your kidneys could stop
    # working")
    _rule(r"\b(?:heart|kidneys?|liver|lungs?|brain|organs?)" + _MAY_SOON + r" (?:stop(?:s|ped)?|"
          r"fail(?:s|ed|ing)?|give out|shut down|pack up|burst)\b|\bstop (?:working|beating)\b|"
          r"\b(?:starved|deprived) of oxygen\b|\bnot (?:getting|receiving) enough oxygen\b"),
    # loss that cannot be undone (sight, a limb, an organ), or "too late"
    _rule(r"\bpermanent(?:ly)? (?:blind\w*|loss|lose|lost|damag\w+|harm\w*|disab\w+|impair\w+)|"
          r"\b(?:lose|losing|lost|loss of) (?:your |the |their )?(?:sight|vision|eyesight|legs?|"
          r"foot|feet|toes)\b|\bbeyond repair\b|\bcan(?:not|'t| not) be (?:undone|reversed|"
          r"repaired)\b|\btoo late\b|\bamputat\w+|\bparaly[sz]\w+|\bruptur\w+"),
    # asking about death, an organ stopping or "too late": the card puts the fear in the
    # patient's mouth ("Could this potassium stop my heart?")
    # (these run on every language: German "will die", Spanish "que coma", "me siento fatal")
    _rule(r"\b(?:(?:I|me|could|might|going to|gonna|can|will I) die|dying|death|dead|deadly|"
          r"(?<!siento )(?<!sentirme )fatal|"
          r"terminal|kill (?:me|you)|too late|how long (?:do I have|have I got)|(?:stop|kill) "
          r"(?:my|the|your) heart|(?:heart|kidneys?|liver|lungs?|brain|organs?)" + _MAY_SOON +
          r" (?:stop(?:s|ped|ping)?|fail\w*|give out|shut down|burst)|organ failure|cardiac arrest|"
          r"blind\w*|(?:a|into|in) coma|brain damage|bleed\w* to death)\b",
          kinds=QUESTION),
    # asking whether a cancer has spread or is malignant, unless it asks how to find out
    _rule(r"\b(?:spread\w*|metasta\w+|malignan\w+)\b",
          kinds=QUESTION, unless_choice=True),
]

# Later additions, kept at the end of each list so the engine's order of earlier rules holds.
EN += [
    # a vessel made to burst ("can burst a blood vessel in the brain"), dire consequences
    _rule(r"\b(?:burst|rupture|pop|tear|break)\w* (?:a |the |one of the |an )?(?:small |tiny |"
          r"major )?(?:blood )?(?:vessels?|arter(?:y|ies)|aneurysms?|veins?)\b|"
          r"(?<!avoid )(?<!prevent )(?<!avoiding )(?<!preventing )\b(?:serious|severe|dire|"
          r"devastating|grave|terrible|life-changing) (?:health )?consequences\b|"
          r"\bconsequences (?:\w+ ){0,2}?(?:could|can|may|might|will|would) be (?:very |"
          r"extremely |really )?(?:serious|severe|dire|devastating|grave|terrible)\b"),
    # asked: "Could this pressure burst a blood vessel in my brain?"
    _rule(r"\b(?:burst|rupture|pop)\w* (?:a |the |one of the |an )?(?:small |tiny |major )?"
          r"(?:blood )?(?:vessels?|arter(?:y|ies)|aneurysms?|veins?)\b",
          kinds=QUESTION),
    # "could ... at any moment" with a longer object ("burst a blood vessel in the brain")
    _rule(r"\b(?:could|can|may|might|will|would)\s+(?!" + _YOU_MAY + r")\w+(?:\s+\w+){5,8}?"
          r"\s+at any (?:time|moment|minute|second)\b(?! of)"),
]

EN += [
    _rule(r"\b(?:serious|grave|real|immediate|great) (?:threat|danger)\b|\bgo(?:es|ing)? "
          r"downhill\b"),
    # asked: a life on dialysis, a cancer that "has already reached my bones"
    _rule(r"\b(?:will|am|would|do) I (?:\w+ ){0,3}?(?:need|be on|go on|end up on|have to (?:go on|"
          r"have|start)) (?:a )?(?:dialysis|(?:kidney|liver) transplant)\b|\bdialysis for "
          r"(?:the rest of my life|life|ever)\b|\b(?:voy a|tendré que|tengo que|acabaré)\b"
          r"[^?]{0,30}\bdiálisis\b|"
          r"\b(?:werde|muss|müsste) ich\b[^?]{0,30}\bDialyse\b|(?:要|得|会|需要)(?:做)?透析|透析了",
          kinds=QUESTION),
    _rule(r"\b(?:reached|spread to|got into|invaded) (?:my |the )?(?:bones?|lymph nodes?|liver|"
          r"lungs?|brain|blood)\b|\bllegado a (?:los |el |la |mis )?(?:huesos|ganglios|hígado|"
          r"pulmones|cerebro)\b|\b(?:ausgebreitet|übergegriffen)\b|跑到(?:骨|淋巴|肝|肺|脑)|"
          r"侵犯|侵袭|转移到|扩散到",
          kinds=QUESTION, unless_choice=True),
    # a title that cries danger in any language ("Potasio en nivel crítico", "血钾危险升高")
    _rule(r"\bcrític\w+|\bpeligr\w+|\balerta\b|\bkritisch\w*|\bWarnung\b|\bAchtung\b|\bGefahr\b|"
          r"危险|危急|警告|警报",
          kinds=TITLE, unless_negated=False),
]

# Round 3: frightening futures the lists above did not name.
EN += [
    # asked: how long is left, damage already done, an event "at any moment"
    _rule(r"\bhow (?:much (?:time|longer)|many (?:years|months)) (?:do I have|have I got|"
          r"(?:is|are) left|(?:do|would|will) I (?:still )?have)\b|\bhow much (?:damage|harm) "
          r"(?:has|have|did|is)\b|\b(?:damage|harm)\w* (?:has|have) (?:\w+ ){0,4}?already\b|"
          r"\balready (?:done|caused) (?:\w+ )?(?:damage|harm)\b|\bat any (?:moment|minute|second)"
          r"\b|\bany (?:minute|second|day) now\b|\b(?:organs?|heart|kidneys?|liver|lungs?|brain)\b"
          r"[^.;?]{0,60}\b(?:(?:start|begin)\w* to fail|not (?:getting|receiving) enough oxygen)\b|"
          r"\bdrop dead\b|\bbedridden\b",
          kinds=QUESTION),
    # a disease far along with little left to do; a life in bed; no recovery
    _rule(r"\b(?:very |far |quite )?advanced (?:stage|disease|cancer)\b|\b(?:options|chances) "
          r"(?:\w+ ){0,2}?(?:are|is|become) (?:very |often |then )?(?:limited|slim|poor)\b|"
          r"\b(?:little|nothing) (?:more )?(?:can|could) be done\b|\bbedridden\b|\bbed-bound\b|"
          r"\bnever (?:fully )?(?:recover|walk again)\b|\bdrop dead\b"),
]

# Round 4: harm happening now (organs short of oxygen, damage "every day"), a mass growing into
# what is around it.
_ORGANS_EN = (r"(?:blood vessels|vessels|nerves|eyes|kidneys?|heart|liver|brain|organs?|arteries|"
              r"retinas?|lungs?)")

_ORGANS_DE = (r"(?:Blutgefäße|Gefäße|Nerven|Augen|Nieren?|Herz|Leber|Gehirn|Organe|Arterien|"
              r"Netzhaut|Lunge)")

_ORGANS_ES = r"(?:vasos|nervios|ojos|riñones|riñón|órganos|arterias|corazón|hígado|cerebro|retina)"

EN += [
    # organs not supplied with enough oxygen, in any wording
    _rule(r"\b(?:not|no longer|aren'?t|isn'?t)\b (?:\w+ ){0,2}?(?:supplied|provided) with "
          r"(?:enough |sufficient )?oxygen\b|\bnot (?:getting|receiving) (?:enough|sufficient|"
          r"adequate) oxygen\b|\b(?:lack|shortage) of oxygen\b|\boxygen[- ]starved\b|"
          r"\bnicht (?:mehr )?(?:ausreichend|genügend|genug|richtig) (?:mit )?Sauerstoff\b|"
          r"\bSauerstoff(?:unter|mangel)versorg\w*|\bunterversorgt\b|"
          r"\bno (?:les )?(?:reciben?|llega\w*) (?:\w+ )?(?:suficiente )?oxígeno|\boxígeno "
          r"suficiente\b|\bfalta de oxígeno\b|\bmal oxigenad\w+|"
          r"供氧不足|氧(?:气)?供应不足|得不到足够的氧|缺少氧气"),
    # damage going on now, to this person's organs ("damages your vessels with every day");
    # "can damage blood vessels over time" is a possibility
    _rule(r"\b(?:is|are) (?:\w+ )?(?:damaging|harming|destroying|injuring)\b(?! to\b)|"
          r"\b(?:damag|harm|"
          r"destroy)\w* (?:\w+ ){0,3}?your (?:\w+ )?" + _ORGANS_EN + r"\b|\b(?:every|each) "
          r"(?:single )?day\b[^.;]{0,40}\b(?:damag|harm)\w*|"
          r"\bschädig\w* (?:\w+ ){0,4}?(?:Ihre|Ihr|Ihren|deine?)\b (?:\w+ )?" + _ORGANS_DE
          + r"|\b(?:mit jedem Tag|jeden Tag|Tag für Tag)\b[^.;]{0,40}\bschädig\w*|\bschädig\w*"
          r"[^.;]{0,30}\b(?:mit jedem Tag|jeden Tag|Tag für Tag)\b|"
          r"\bdañ(?:a|an|ando)\b (?:\w+ ){0,3}?(?:sus|tus) (?:\w+ )?" + _ORGANS_ES + r"|\bcada "
          r"día\b[^.;]{0,40}\bdañ\w+|"
          r"(?:每天|每一天|一天天|正在|不断|持续)[\u4e00-\u9fff]{0,4}(?:损害|损伤|伤害|破坏)(?:着)?"
          r"(?:您的|你的)?(?:血管|神经|眼睛|肾|心|肝|大脑|器官|视网膜)",
          unless_modal=True),
    # a mass that grows into what is around it, even "can": the finding is the threat
    _rule(r"\b(?:grow|grows|growing|spread|spreads|push|pushes|pushing|eat|eats|eating|break|"
          r"breaks) (?:into|through) (?:the |your |nearby |surrounding |neighbou?ring |adjacent |"
          r"other )+(?:\w+ )?(?:blood vessels?|vessels?|organs?|tissues?|bones?|veins?|"
          r"arter(?:y|ies)|walls?|structures)\b|\binvad(?:e|es|ing) (?:the |your |nearby |"
          r"surrounding |"
          r"neighbou?ring |adjacent |other )+(?:\w+ )?(?:blood vessels?|vessels?|organs?|tissues?|"
          r"bones?|veins?|arter(?:y|ies)|walls?|structures)\b|"
          r"\b(?:ein|hinein)wachsen\b|\bwachs\w* (?:\w+ ){0,2}?in (?:die )?(?:benachbarte|"
          r"umliegende|angrenzende|nahe)\w* (?:\w+ )?(?:Gefäße|Organe|Gewebe|Knochen)\b|"
          r"\binvad(?:ir|e|en|iendo|ido|irá|irán) (?:los |las |el |la |sus )?(?:\w+ )?(?:vasos|"
          r"órganos|"
          r"tejidos|huesos|pared)\w*|\bcrec\w* hacia (?:los |las )?(?:\w+ )?"
          r"(?:vasos|órganos|tejidos|huesos)\b|"
          r"长入|侵入|浸润"),
]

EN += [
    # an event "without warning"; bleeding that will not be small
    _rule(r"\bwithout (?:any )?warning\b(?! signs?| symptoms?)|\bohne (?:jede |jegliche )?"
          r"(?:Vor)?[Ww]arnung\b|\bsin (?:previo )?aviso\b|毫无预兆|没有任何(?:预兆|征兆)|"
          r"\bbleed (?:heavily|badly|severely|uncontrollably|a lot|excessively)\b|\bstark "
          r"(?:zu )?bluten\b|\bsangrar (?:mucho|abundantemente|gravemente|sin control)\b|"
          r"出血不止|血流不止"),
    # an organ that barely works any more
    _rule(r"\b(?:heart|kidneys?|liver|lungs?|brain|organs?)\b[^.;?]{0,20}\b(?:barely|hardly|"
          r"scarcely) (?:\w+ )?(?:working|functioning|work|function)\b|\b(?:Herz|Nieren?|Leber|"
          r"Lunge|Gehirn|Organe?)\b[^.;?]{0,30}\b(?:kaum|fast nicht|nur noch wenig) (?:noch |"
          r"mehr )?"
          r"(?:arbeiten|funktionieren|arbeitet|funktioniert|schlägt|schlagen)\b|\b(?:corazón|"
          r"riñones|riñón|hígado|pulmones)\b[^.;?]{0,30}\b(?:apenas|casi no) (?:\w+ ){0,2}?"
          r"(?:funciona\w*|trabaja\w*|late\w*)\b|(?:心脏|肾脏?|肝脏?|肺)[\u4e00-\u9fff]{0,6}(?:几乎|"
          r"基本)(?:不|没有)(?:工作|运转|功能)"),
    # asked: an organ already ruined ("is my liver too damaged to recover?", "坏掉了")
    _rule(r"\b(?:heart|kidneys?|liver|lungs?|brain|organs?|eyes?|nerves)\b[^?]{0,30}\b(?:too "
          r"damaged|ruined|destroyed|beyond (?:repair|saving)|wrecked|damaged for good|"
          r"permanently damaged)\b|\b(?:Herz|Nieren?|Leber|Lunge|Gehirn|Organe?|Augen|Nerven)\b"
          r"[^?]{0,30}\b(?:kaputt|zerstört|ruiniert|dauerhaft geschädigt|hinüber)\b|\b(?:corazón|"
          r"riñones|riñón|hígado|pulmones|ojos)\b[^?]{0,30}\b(?:destrozad|arruinad|destruid|"
          r"perdid)\w*|(?:心脏?|肾脏?|肝脏?|肺|眼睛|大脑)[\u4e00-\u9fff]{0,6}(?:坏掉|坏了|毁了|废了)",
          kinds=QUESTION),
]

EN += [
    # a finding likened to aggressive or fast-growing growths: "a feature often seen in
    # aggressive tumours" frightens even when hedged
    _rule(r"\b(?:aggressive|fast-growing|rapidly growing|invasive) (?:\w+ )?(?:tumou?rs?|growths?|"
          r"lesions?|cancers?|masses|disease)\b|\baggressiv\w* (?:\w+ )?(?:Tumor\w*|Geschwulst\w*|"
          r"Wucherung\w*|Krankheit\w*|Erkrankung\w*|Form\w*)\b|\bschnell wachsend\w* (?:Tumor\w*|"
          r"Geschwulst\w*)\b|\b(?:tumor\w*|lesi\w+|crecimientos?|masas?|enfermedad\w*) "
          r"(?:muy )?(?:agresiv\w*|invasiv\w*|de crecimiento rápido)|"
          r"侵袭性(?:强|高|的)?(?:肿瘤|肿物|病变|癌)?|恶性程度(?:很|较|比较)?高|生长(?:很|非常)?(?:快|迅速)的(?:肿瘤|肿物)"),
]

# Round 6: loss that can never be won back, a growth pictured bleeding, cancer asked about as
# already forming in the person, a title that lists grave complications.
EN += [
    # "any vision lost this way can never be recovered", "se pierde para siempre", "无法恢复"
    _rule(r"\b(?:can|could|will)(?:not|n'?t| never| not) (?:ever )?be (?:recovered|restored|"
          r"reversed|undone|regained|repaired|brought back|won back|got(?:ten)? back)\b|"
          r"\b(?:is|are|stays?|remains?) (?:gone|lost) (?:for good|forever)\b|"
          r"\b(?:nunca|jamás) (?:se )?(?:recupera\w*|vuelve\w*)|\bno (?:se )?(?:puede|podrá) "
          r"(?:recuperar|revertir|deshacer)\w*|\b(?:perd\w+|pierde\w*) para siempre\b|"
          r"\bno tiene vuelta atrás\b|\b(?:nie|niemals|nicht) (?:mehr |wieder )*"
          r"(?:zurück(?:gewinnen|kommen|holen)|wiederherstell\w+|rückgängig (?:zu )?machen)\b|"
          r"\bfür immer (?:verloren|weg|geschädigt)\b|"
          r"(?:无法|不能|不可|再也(?:不能|无法)?)(?:恢复|逆转|挽回|找回|回来)|一去不复返|永远(?:失去|丧失)",
          unless_negated=False),
    # a growth pictured bleeding inside: "a tumour bleeding into the bowel", "tumor sangrando"
    _rule(r"\btumou?r\w* (?:\w+ ){0,2}?(?:bleeding|that bleeds|sangrando|que sangra\w*|"
          r"sangrante|der blutet|die blutet|blutet)\b|\b(?:bleeding|blutend\w*|sangrante) "
          r"(?:\w+ )?tumou?r\w*|(?:肿瘤|癌)[\u4e00-\u9fff]{0,3}(?:正在|在)?出血|"
          r"出血(?:的|性)(?:肿瘤|癌)",
          unless_negated=True),
]

EN += [
    # asked: cancer already forming in the person ("is cancer already growing in me?",
    # "bildet sich schon Magenkrebs bei mir", "¿ya se me está formando un cáncer?")
    _rule(r"\b(?:cancers?|tumou?rs?)\b[^?]{0,20}\b(?:is |are |has |have )?already (?:\w+ )?"
          r"(?:forming|formed|growing|developing|there|present)\b|\balready (?:have|got|has|be|"
          r"developing|growing|forming) (?:a |an |some )?(?:\w+ )?(?:cancer|tumou?r)s?\b|"
          r"\b(?:schon|bereits) (?:\w+ ){0,3}?\w*(?:krebs|Tumor)(?!vorsorge|früh|screening|marker|"
          r"test)\w*\b[^?]{0,30}\b(?:bildet|gebildet|entsteht|entstanden|entwickelt|wächst|"
          r"gewachsen|vorhanden|bei mir|in mir)\b|"
          r"\bya\b (?:\w+ ){0,4}?(?:cáncer|tumor)\w*[^?]{0,30}\b(?:formando|formado|creciendo|"
          r"desarrollando)\b|\bya (?:tengo|hay|se (?:me )?(?:está|ha) (?:formando|formado|"
          r"desarrollando)) (?:\w+ ){0,2}?(?:cáncer|tumor)\w*|"
          r"已经(?:有|长了|长出|形成|出现|发展成|变成|开始)[\u4e00-\u9fff]{0,4}(?:癌|肿瘤)|"
          r"(?:癌|肿瘤)[\u4e00-\u9fff]{0,2}(?:已经|正在)(?:形成|长|生长|出现)",
          kinds=QUESTION, unless_next_step=False),
    # a title that lists grave complications: "高尿酸：关节畸形与肾损害", "joint deformity"
    _rule(r"畸形|(?:肾|肝|心|脑|器官|神经|视神经|关节)(?:功能)?(?:损害|损伤|衰竭)|失明|瘫痪|截肢|致残|"
          r"\b(?:joint )?deformit\w*|\b(?:kidney|organ|nerve|joint) damage\b|\bdeformidad\w*|"
          r"\bdaño (?:renal|articular|orgánico|nervioso)\b|\w*[Dd]eformit\w*|\b(?:Nieren|Organ|"
          r"Nerven|Gelenk)schäd\w*",
          kinds=TITLE, unless_negated=True),
]

EN += [
    # what is lost does not come back: "lost vision never comes back", "kommt nicht mehr zurück"
    _rule(r"\b(?:destroy\w*|destru\w+|zerstör\w*)\b|\bnever (?:comes?|grows?) back\b|"
          r"\bno se recupera\w* (?:nunca|jamás)\b|\bnunca (?:se )?(?:recupera|vuelve)\w*|"
          r"\b(?:kommt|kommen|wächst|wachsen) nicht mehr zurück\b|\bnicht mehr rückgängig\b|"
          r"\bunwiederbringlich\w*"),
    # how long is left to live, asked or said
    _rule(r"\b(?:don'?t|do not|not) have (?:very )?long (?:left )?to live\b|"
          r"\blong (?:left )?to live\b|"
          r"\b(?:nicht mehr|nur noch) (?:lange|kurz|wenige \w+) (?:zu )?leben\b|"
          r"\bpoco (?:tiempo )?de vida\b|\bme queda poco\b|活不了多久|活不长",
          kinds=STATEMENT | QUESTION),
    # a severe named harm as this result's risk: "serious bleeding risk", "Risiko extrem hoch"
    _rule(r"\b(?:serious|severe|grave|major|extreme|very high|extremely high)\s+(?:risk of "
          r"(?:\w+ )?(?:bleeding|stroke|heart attack|blindness|complications|kidney failure)|"
          r"(?:bleeding|stroke|complication) risk)\b|"
          r"\b(?:serious|severe|major|massive) (?:internal )?bleeding\b|"
          r"\b(?:hoh\w*|erheblich\w*|ernst\w*|schwer\w*|extrem\w*) (?:Blutungs|Schlaganfall|"
          r"Komplikations|Erblindungs)risiko|"
          r"\b(?:Risiko\w* (?:für|einer?|eines) [^.;]{0,30}|\w*risiko (?:ist |bleibt )?)\b"
          r"(?:extrem|enorm|äußerst|massiv|sehr) (?:hoch|erhöht)\b|"
          r"\briesgo (?:\w+ ){0,3}?(?:es )?(?:altísimo|muy alto|extremadamente alto|enorme)\b|"
          r"\briesgo grave\b|"
          r"风险(?:极|极其|非常|特别|十分)(?:高|大)|极高(?:的)?风险"),
]

# Round 7: an alarming degree, a trivial mishap with grave harm, no full recovery, a life
# changed for good, organ damage named in a title, a stage or outlook tied to how high a value is.
EN += [
    # an adverb that frightens about the value itself: "worryingly low platelets"
    _rule(r"\b(?:alarmingly|worryingly|shockingly|frighteningly|scarily|terrifyingly|"
          r"perilously|precariously|disturbingly)\b"),
    # a trivial mishap with grave harm: "even a minor fall could break your hip"
    # ("if even a small cut bleeds for long, tell your clinician" asks to report it)
    _rule(r"(?<!\bif )(?<!\bwhen )\b(?:even|just|only) (?:a |an |one )?(?:\w+ )?(?:minor|small|"
          r"simple|slight|little|tiny|light|gentle|ordinary|everyday|trivial|mild) (?:fall|bump|"
          r"knock|trip|stumble|slip|cough|sneeze|twist|blow|strain|lift|injury|cut|graze)s?\b"
          r"[^.;]{0,60}?\b(?:break|broke|broken|fractur\w*|crack\w*|snap\w*|haemorrhag\w*|"
          r"hemorrhag\w*|burst\w*|ruptur\w*|bleed\w* (?:heavily|badly|severely|internally|"
          r"uncontrollably|into)|(?:serious|severe|heavy|major|internal) bleed\w*)"),
    # no full recovery, a life changed for good: "many never fully recover", "life-changing"
    _rule(r"\bnever (?:\w+ )?(?:fully |completely |quite |really )?(?:recover\w*|regain\w*|"
          r"get over (?:it|this|them)|walk (?:again|unaided)|(?:be|feel) the same again)\b|"
          r"\blife-?(?:changing|altering|limiting|shortening)\b"),
    # organ damage named in a title: "Heart muscle damage found in blood test" (a marker's
    # name, "heart muscle marker", names a test)
    _rule(r"(?<!marker of )(?<!markers of )(?<!marker for )(?<!test for )(?<!check for )"
          r"\b(?:heart(?: muscle)?|cardiac|myocardial|liver|brain|lung|eye|retinal|optic nerve)"
          r" (?:cell )?(?:damage|injury|injuries)\b(?! markers?| tests?)",
          kinds=TITLE, unless_negated=True),
    # a stage or outlook tied to a value: "the higher the CEA, the worse the outlook"
    _rule(r"\bthe (?:higher|more|greater|larger|bigger|lower)\b[^.;]{0,60}?\bthe (?:more "
          r"(?:advanced|aggressive|widespread)|later the stage|worse the (?:outlook|prognosis|"
          r"survival|chances)|(?:less|shorter) (?:the )?(?:time|survival)|more likely (?:it is |"
          r"that )?(?:the )?(?:cancer|tumou?r|disease)? ?(?:has )?(?:already )?spread)\b"),
]
