"""Alarm: frightening words (death, cancer, organ failure, ...) without a concrete next step.

One list per card language (EN, ZH, ES, DE), in the order the engine applies them; the
English list also holds patterns for the other languages' wordings of the same forms. Every
rule here is `_rule(pattern, why, kinds, **flags)` with the category's usual reason, texts
and flags (below) unless it says otherwise.
"""

from __future__ import annotations

from checkup_desktop.core.safety.rules.rule import STATEMENT, TITLE, maker

_ALARM_EN = (r"\b(?:fatal|deadly|life[- ]threatening|terminal|dying|death|kill\w*|cardiac arrest|"
             r"heart attacks?|coma|seizures?|bleed(?:ing)? to death|bleeding internally|internal "
             r"bleeding|organ failure|stop (?:the|your) heart|heart (?:could|may|might|can|will) "
             r"(?:stop|fail)|give out|dangerous|danger|malignan\w+|cancer\w*|leuka?emia|lymphoma|"
             r"(?:with|have|has|had|be|is|mean|means) (?:a |an )?tumou?r|starv\w+ of oxygen|"
             r"suffocat\w+|shut(?:ting)? down|organ damage|brain damage|irreversibl\w+|"
             r"permanent damage|collaps\w+|strokes?|spread\w*|metasta\w+|(?:brain|heart|kidneys?|"
             r"liver|lungs?) (?:to |could |can |may |will )?(?:swell|fail|stop|burst|bleed)\w*|"
             r"too thick|clots? in (?:the|your) (?:brain|lungs?))\b")

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
    _rule(r"\b(?:dangerously|alarmingly|critically|frighteningly)\b|\bat any (?:time|moment|"
          r"minute|second)\b|\b(?:faint|collapse|pass out|black out)\w*\b"),
    _rule(r"\bbrain bleeds?\b|\bbleed\w* (?:into|in) the brain\b|\bhaemorrhag\w+|\bhemorrhag\w+"),
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
    _rule(r"\b(?:brain |bone |blood )?tumou?rs?\b",
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
]
ZH = [
    _rule(r"致命|危及生命|死亡|(?<!不)死|绝症|晚期|心脏(?:骤停|停跳|突然停|衰竭)|猝死|昏迷|抽搐|"
          r"癫痫|大出血|流血不止|(?<!良)恶性|癌(?![胚抗标])|危险(?:的|水平)|有生命危险|白血病|"
          r"淋巴瘤|骨髓瘤|肉瘤|衰竭|缺氧|扩散|转移(?!酶)|脑水肿|水肿|中风|脑梗|心梗|猝"),
    _rule(r"失明|纤维化|瘫痪"),
    _rule(r"随时(?!间)|晕倒|昏倒|休克|危险地|极其危险"),
    _rule(r"脑出血|内出血|突发|猝然"),
    _rule(r"蔓延|扩散到|中毒"),
    _rule(r"出大问题|大麻烦|严重问题"),
    _rule(r"可怕|很严重的病|坏东西|不好的病"),
    _rule(r"脑瘤|肿瘤(?!标志)",
          unless_modal=True),
]
ES = [
    _rule(r"\b(?:mortal\w*|letal\w*|leucemia|linfoma|hinchar\w* el cerebro|edema cerebral|"
          r"extend\w*|propag\w+|metástasis|ictus|derrame|muerte|morir\w*|muer\w+|"
          r"parar el corazón|paro cardíaco|infarto|coma|convulsiones|cáncer|malign[oa]s?|"
          r"peligros[oa]s?|hemorragia interna|desangr\w+)\b"),
    _rule(r"\b(?:cieg[oa]s?|ceguera)\b"),
    _rule(r"\bpeligrosamente\b|\ben cualquier momento\b|\bdesmay\w+|\bcolaps\w+"),
    _rule(r"\bhemorragia\w*|\bderrame\w*|\bde repente\b"),
    _rule(r"\b(?:serios|graves) problemas\b|\bmuy mal estado\b"),
    _rule(r"\balgo (?:muy )?(?:feo|grave|malo|serio|terrible)\b"),
    _rule(r"\btumor(?:es)?(?: cerebral(?:es)?)?\b",
          unless_modal=True),
]
DE = [
    _rule(r"\b(?:tödlich\w*|lebensbedrohlich\w*|Leukämie|Lymphom|Hirnödem|\w*anschwellen|"
          r"streu\w+|Metastas\w+|Tod|sterben|stirbt|Herzstillstand|Herzinfarkt|Schlaganfall|Koma|"
          r"Krampfanf\w+|\w*krebs\w*|bösartig\w*|gefährlich\w*|innere\w* Blutung\w*|verbluten|"
          r"stehen lassen|stehen bleiben)\b"),
    _rule(r"\b(?:Erblindung|erblinden)\b"),
    _rule(r"\bjederzeit\b|\bzusammenbrech\w*|\bohnmächtig\w*|\bkollabier\w*",
          unless_negated=False),
    _rule(r"\bHirnblutung\w*|\bdroh\w+|\bplötzlich\w*|\bBlutungsgefahr\b"),
    _rule(r"\bübergreifen\w*|\bausbreiten\w*|\bvergift\w*"),
    _rule(r"\bernsten? Schwierigkeiten\b|\bgroßen? Problem\w*|\bschlimm\w*"),
    _rule(r"\betwas (?:sehr )?(?:Übl|Schlimm|Ernst|Bösartig|Gefährlich)\w*"),
    _rule(r"\b\w*[Tt]umor\w*",
          unless_modal=True),
]
