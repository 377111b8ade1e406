"""Alarm: frightening words (death, cancer, organ failure, ...) without a concrete next step.

One list per card language (EN, ZH, ES, DE), in the order the engine applies them; the
English list also holds patterns for the other languages' wordings of the same forms. Every
rule here is `_rule(pattern, why, kinds, **flags)` with the category's usual reason, texts
and flags (below) unless it says otherwise.
"""

from __future__ import annotations

import re
from dataclasses import replace

from checkup_desktop.core.safety.rules.rule import QUESTION, STATEMENT, TITLE, Rule, maker

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
_SIE_DURFEN = (r"(?![^.;,]{0,60}\b(?:vereinbaren|anrufen|fragen|nachfragen|melden|wenden|"
               r"ansprechen|besprechen|kommen|wiederholen|buchen|machen|kontaktieren|"
               r"vorbeikommen|erreichen|"
               r"absagen|verschieben|durchführen|abnehmen|messen|möglich)\b)")
_USTED_PUEDE = (r"(?:pedir|llamar|consultar|preguntar|acudir|contactar|comentar|hacer\w*|repetir|"
                r"solicitar|cambiar|concertar|reservar|volver|venir|tomar|medir\w*)\b")

# a call for help later in the sentence ("llame al 112", "wählen Sie die 112") is the next step
# the engine's list lacks in Spanish and German
_CALL_AFTER = (r"(?![^?]*?(?:\b(?:112|061|911|999|ambulancia|emergencias|servicios? de emergencia|"
               r"Rettungsdienst\w*|Notarzt\w*|Krankenwagen)\b|急救))")

_rule = maker("alarm", "frightens without a next step", STATEMENT, unless_next_step=True,
              unless_negated=True)

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
ZH = [
    _rule(r"致命|危及生命|死亡|(?<!不)死|绝症|晚期|心脏(?:骤停|停跳|突然停|衰竭)|猝死|昏迷|抽搐|"
          r"癫痫|大出血|流血不止|(?<!良)恶性|癌(?![胚抗标])(?![症]?(?:筛查|早筛|普查|早期筛))|危险(?:的|水平)|有生命危险|白血病|"
          r"淋巴瘤|骨髓瘤|肉瘤|衰竭|缺氧|扩散|转移(?!酶)|脑水肿|水肿|中风|脑梗|心梗|猝"),
    _rule(r"失明|纤维化|瘫痪"),
    _rule(r"随时(?!间|都?可以|联系|咨询|预约|就诊|就医|复查|告诉|询问)|晕倒|昏倒|休克|危险地|极其危险"),
    _rule(r"脑出血|内出血|颅内出血|脑溢血|突发|猝然"),
    _rule(r"蔓延|扩散到|中毒"),
    _rule(r"出大问题|大麻烦|严重问题"),
    _rule(r"可怕|很严重的病|坏东西|不好的病"),
    _rule(r"脑瘤|(?<![非无])肿瘤(?!标志|指标|标记|因素)",
          unless_modal=True),
    # an organ or nerve damaged now or stopping; a loss that cannot be undone
    _rule(r"(?:正在|已经|严重|永久性?)受损|(?:心脏|心跳|肾脏?|肝脏?|大脑|肺|器官|神经|血管|动脉|"
          r"动脉瘤)"
          r"[\u4e00-\u9fff]{0,6}(?:停止跳动|停止工作|罢工|失去功能|丧失功能|破裂)|"
          r"永久(?:性)?(?:丧失|失明|损伤|损害|失去)|(?:视力|视觉|肾功能)[\u4e00-\u9fff]{0,4}丧失|"
          r"丧失视力|失去视力|不可逆|无法(?:挽回|逆转|恢复)|来不及|为时已晚|截肢"),
    # asking about death, an organ failing or how long is left
    _rule(r"(?<!不)死|衰竭|猝死|停跳|骤停|昏迷|瘫痪|失明|还能活|还有多久(?![能可才出拿到取])|来不及|太晚|晚期|"
          r"有生命危险|危及生命",
          kinds=QUESTION),
    _rule(r"扩散|转移(?!酶)|(?<!良)恶性",
          kinds=QUESTION, unless_choice=True),
]
ES = [
    _rule(r"\b(?:mortal\w*|letal\w*|leucemia|linfoma|hinchar\w* el cerebro|edema cerebral|"
          r"extend\w*|propag\w+|metástasis|ictus|derrame|muerte|morir\w*|muer\w+|"
          r"parar el corazón|paro cardíaco|parada cardi[aá]ca|infarto|"
          r"(?:en|un|al|el|del|provoca\w*|causa\w*) coma|"
          r"coma (?:diabético|hepático|profundo)|convulsiones|"
          # "cribado de cáncer colorrectal" names a screening programme
          r"(?<!cribado de )(?<!cribado del )(?<!screening de )(?<!screening» de )"
          r"(?<!detección de )(?<!precoz de )(?<!prevención de )(?<!prevención del )"
          r"cáncer(?![^.;]{0,80}\b(?:cribado|screening|tamizaje|detección precoz)\b)|malign[oa]s?|"
          r"peligros[oa]s?|hemorragia interna|desangr\w+)\b"),
    _rule(r"\b(?:cieg[oa]s?|ceguera)\b"),
    # "puede fallar en cualquier momento" is an event; "puede pedir cita en cualquier momento"
    # is permission
    _rule(r"\bpeligrosamente\b|\b(?:pued\w+|podr\w+)\s+(?!" + _USTED_PUEDE + r")\w+(?:\s+\w+){0,4}?"
          r"\s+en cualquier momento\b(?! del día)|\bdesmay\w+|\bcolaps\w+"),
    _rule(r"\bhemorragia\w*|\bderrame\w*|\bde repente\b"),
    _rule(r"\b(?:serios|graves) problemas\b|\bmuy mal estado\b"),
    _rule(r"\balgo (?:muy )?(?:feo|grave|malo|serio|terrible)\b"),
    _rule(r"\btumor(?:es)?(?: cerebral(?:es)?)?\b",
          unless_modal=True),
    # an organ that may stop or fail, also with "podría"; too little oxygen
    _rule(r"\b(?:corazón|riñones|riñón|hígado|cerebro|pulmones|órganos)\b(?: \w+){0,3}? "
          r"(?:dej\w+ de (?:funcionar|latir)|par(?:ar|arse|e|en|ará|arán|aría|arían)|"
          r"fall(?:ar|e|en|ará|arán|aría|arían)|revent\w+|romp\w+)\b|\bfallo (?:renal|"
          r"card[ií]aco|hepático|multiorgánico|orgánico)\b|\b(?:no reciben?|sin|falta de) "
          r"(?:suficiente )?oxígeno\b|\bsangr\w+ (?:en el|dentro del?) (?:cerebro|cabeza)\b|"
          r"\bsangrado interno\b"),
    # loss that cannot be undone, or "too late"
    _rule(r"\b(?:daños?|pérdida|dañ\w+) (?:\w+ ){0,3}?(?:permanente|irreversible)s?\b|"
          r"\bdañ\w+ (?:\w+ ){0,3}?(?:de forma|de manera|para) (?:permanente|irreversible|"
          r"siempre)\b|"
          r"\birreversibles?\b|\bdemasiado tarde\b|\bperder (?:la vista|"
          r"la visión|el riñón|los riñones|la pierna|el pie)\b|\bamputaci\w+|\bparálisis\b|"
          r"\bparalizad\w+|\b(?:aorta|aneurisma|vasos?|arterias?|bazo)\b[^.;]{0,50}\b(?:romper\w*|"
          r"rotura|revent\w+)"),
    # asking about death, an organ stopping, "how long do I have left"
    _rule(r"\b(?:morir\w*|muer\w+|mortal\w*|letal\w*|fallecer\w*|cuánto (?:tiempo|vida) me queda|"
          r"me queda(?:n)? de vida|demasiado tarde|dej\w+ de (?:funcionar|latir)|"
          r"(?:corazón|riñones|riñón|hígado|pulmones)\b(?: \w+){0,3}? (?:fall\w+|"
          r"par(?:ar|arse|e|en|ará)|se pare\w*)|"
          r"paro cardíaco|parada cardi[aá]ca|ceguera|ciegos?|ciegas?|(?:en|un) coma)\b",
          kinds=QUESTION),
    _rule(r"\b(?:metástasis|extendido|propagado|diseminado|malign[oa]s?)\b",
          kinds=QUESTION, unless_choice=True),
]
DE = [
    _rule(r"\b(?:tödlich\w*|lebensbedrohlich\w*|lebensgefährlich\w*|\w+tod(?:es)?|Leukämie|"
          r"Lymphom|Hirnödem|\w*anschwellen|"
          r"streu\w+|Metastas\w+|Tod|sterben|stirbt|Herzstillstand|Herzinfarkt|Schlaganfall|Koma|"
          r"Krampfanf\w+|\w*krebs(?!vorsorge|früherkennung|screening|-screening|-vorsorge)\w*|"
          r"bösartig\w*|gefährlich\w*|innere\w* Blutung\w*|verbluten|"
          r"stehen lassen|stehen bleiben)\b"),
    _rule(r"\b(?:Erblindung|erblinden)\b"),
    _rule(r"\bjederzeit\b" + _SIE_DURFEN + r"|\bzusammenbrech\w*|\bohnmächtig\w*|\bkollabier\w*",
          unless_negated=False),
    _rule(r"\b\w*hirnblutung\w*|\bBlutung\w* (?:im|ins|in das) (?:Gehirn|Kopf)\b|\bdroh\w+|"
          r"\bplötzlich\w*|\bBlutungsgefahr\b"),
    _rule(r"\bübergreifen\w*|\bausbreiten\w*|\bvergift\w*"),
    _rule(r"\bernsten? Schwierigkeiten\b|\bgroßen? Problem\w*|\bschlimm\w*"),
    _rule(r"\betwas (?:sehr )?(?:Übl|Schlimm|Ernst|Bösartig|Gefährlich)\w*"),
    _rule(r"\b\w*[Tt]umor(?!marker)\w*",
          unless_modal=True),
    # an organ that may stop or fail, also with "könnte"; too little oxygen
    _rule(r"\b(?:Herz|Nieren?|Leber|Lunge|Gehirn|Organe?)\b(?: \w+){0,3}? (?:versagen|"
          r"stehen ?bleiben|ausfallen|platzen|reißen|aufhören zu (?:schlagen|arbeiten|"
          r"funktionieren))\b|"
          r"\b\w*(?:nieren|herz|leber|lungen|organ)versagen\b|\bnicht (?:mehr )?genug Sauerstoff\b|"
          r"\bSauerstoffmangel\b"),
    # loss that cannot be undone, or "too late"
    _rule(r"\bbleibende\w* (?:Schäden|Schaden)\b|\bdauerhaft\w* (?:geschädigt|Schaden|Schäden|"
          r"erblind\w*|verlier\w*|Verlust)|\birreversib\w+|\bunwiderruflich\w*|\bzu spät\b|"
          r"\b(?:Augenlicht|Sehkraft) verlier\w*|\bAmputation\w*|\bamputier\w+|\bgelähmt\w*|"
          r"\bLähmung\w*|\bRuptur\w*|\b(?:Aorta|Aneurysma|Gefäß\w*|Arterie\w*|Milz)\b[^.;]{0,50}"
          r"\b(?:reißen|platzen)\b"),
    # asking about death, an organ stopping, "how long do I have left"
    _rule(r"\b(?:sterben|sterbe|stirbt|Tod\w*|\w+tod(?:es)?|tödlich\w*|lebensgefährlich\w*|"
          r"lebensbedrohlich\w*|zu spät|versag\w+|"
          r"stehen ?bleiben|Herzstillstand|erblind\w+|blind|Koma|(?:Herz|Nieren?|Leber|Lunge)\b"
          r"(?: \w+){0,3}? (?:aufhören|ausfallen|platzen))\b",
          kinds=QUESTION),
    _rule(r"\b(?:gestreut|streu\w+|Metastas\w+|bösartig\w*)\b",
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
ZH += [
    # "恶变", "后果会非常严重", "撑破血管": turning malignant, dire consequences, a vessel bursting
    _rule(r"恶变|后果[\u4e00-\u9fff]{0,4}严重|严重(?:的)?后果|(?:撑|胀|冲|涨)破(?:了)?(?:血管|动脉)"),
]
ES += [
    # "malignizarse", "reventar una arteria", "consecuencias muy graves"
    _rule(r"\bmaligniz\w+|\brevent\w* (?:un |una |el |la )?(?:vasos?|arterias?|aneurisma|venas?)\b|"
          r"(?<!evitar )(?<!prevenir )\b(?:graves|serias|terribles|fatales|devastadoras) "
          r"consecuencias\b|\bconsecuencias (?:\w+ ){0,3}?(?:muy |tan )?(?:graves|serias|"
          r"terribles|fatales|devastadoras)\b(?! (?:si no|para evitar))"),
]
DE += [
    # "entarten", "schwerwiegende Folgen", "ein Blutgefäß zum Platzen bringen"
    _rule(r"\bentart\w+|\bEntartung\w*|\b(?:schwere|schwerwiegende|ernste|fatale|verheerende|"
          r"gravierende) Folgen\b(?! zu vermeiden)|\bFolgen (?:\w+ ){0,3}?(?:sehr |äußerst )?"
          r"(?:schwer|schwerwiegend|fatal|verheerend|gravierend)\b|\b\w*[Gg]efäß\w* (?:\w+ ){0,2}?"
          r"(?:platzen|reißen|zum Platzen)\b"),
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
ZH += [
    _rule(r"侵犯|侵袭|(?:肾|肝|心)[\u4e00-\u9fff]{0,4}(?:严重受损|严重损伤)|(?:很快|马上|迟早)"
          r"(?:就)?(?:要|得|会)透析"),
]
DE += [
    _rule(r"\b(?:Herz|Nieren?|Leber|Lunge|Gehirn|Organe?)\b[^.;]{0,40}\b(?:nicht mehr (?:arbeiten|"
          r"funktionieren|schlagen)|angegriffen)\b"),
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
ZH += [
    # "已经没有办法挽回", "卧床不起", "还有多少时间": no way back, a life in bed, time left
    _rule(r"(?<!有)(?:没有|没|无)(?:任何)?办法(?:挽回|救|逆转|治好|治愈)|挽回不了|没救|治不好|"
          r"卧床不起|长期卧床|(?:会|可能)瞎(?:掉)?|再也(?:站不起来|好不了|恢复不了)|时日无多|(?:很难|难以)治疗的(?:晚期|"
          r"恶性)"),
    _rule(r"会不会(?:瞎|失明|瘫|昏迷|猝死|衰竭|死)|瞎(?:掉|了)|会瞎|无法挽回|(?<!有)(?:没有|没|无)(?:任何)?办法(?:挽回|救|逆转)|不可逆|"
          r"还(?:有|剩)(?:多少|多久)(?:时间|日子)|(?:已经)?(?:造成|伤)了?多(?:少|大)"
          r"(?:损伤|损害|伤害)|随时(?:都)?(?:会|可能)(?:死|倒下|发作|中风|猝死|出事)",
          kinds=QUESTION),
]
ES += [
    _rule(r"\b(?:enfermedad|cáncer|tumor)\w* (?:\w+ ){0,2}?(?:muy |bastante )?avanzad[oa]s?\b|"
          r"\b(?:fase|estadio|etapa) (?:muy )?avanzad[oa]\b|\bopciones (?:\w+ ){0,3}?(?:son|están|"
          r"quedan) (?:muy )?(?:limitadas|escasas|pocas)\b|\b(?:poco|nada) (?:más )?(?:que hacer|"
          r"se puede hacer)\b|\bpostrad\w+|\bnunca (?:más )?(?:se )?(?:recupera\w*|vuelv\w+ a "
          r"caminar)\b"),
    _rule(r"\bcuánto daño\b|\b(?:me|le) queda(?:n)? (?:\w+ )?(?:tiempo|años|meses)\b(?! (?:para|"
          r"hasta))|\b(?:pued\w+|podr\w+)\s+(?!" + _USTED_PUEDE + r")\w+(?:\s+\w+){0,4}?\s+en "
          r"cualquier momento\b(?! del día)|\bcaer\w* muert[oa]\b",
          kinds=QUESTION),
]
DE += [
    _rule(r"\b(?:weit |sehr |stark )?fortgeschritten\w* (?:Stadium|Erkrankung|Krankheit|Krebs)\b|"
          r"\b(?:Erkrankung|Krankheit|Krebs)\b[^.;]{0,20}\b(?:weit|sehr|stark) fortgeschritten\b|"
          r"\b(?:schlecht|kaum|nicht mehr) (?:behandelbar|heilbar)\b|\bMöglichkeiten (?:\w+ ){0,2}?"
          r"(?:sind|werden) (?:sehr |dann )?(?:begrenzt|gering)\b|\bbettlägerig\w*|\bnie (?:wieder|"
          r"mehr) (?:ganz )?(?:erholen|laufen|gehen)\b|\btot umfallen\b"),
    # ("wie lange habe ich Zeit, den Termin zu vereinbaren" asks for a deadline)
    _rule(r"\bwie (?:viel Zeit|lange|viele Jahre) (?:habe ich|bleib\w* mir|hab ich)\b(?![^?]{0,40}"
          r"\b(?:Termin|vereinbaren|melden|anrufen|bis|um)\b)|\bwie viel "
          r"(?:Schaden|Schäden)\b|\bwie stark (?:\w+ ){0,3}?(?:geschädigt|zerstört)\b|\btot\b|"
          r"\bjederzeit\b" + _SIE_DURFEN,
          kinds=QUESTION),
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


def _unless_called(rule: Rule) -> Rule:
    return replace(rule, rx=re.compile(f"(?:{rule.rx.pattern}){_CALL_AFTER}", re.IGNORECASE))


ES = [_unless_called(r) for r in ES]
DE = [_unless_called(r) for r in DE]
