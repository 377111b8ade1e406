"""Alarm rules applied with the English list (so to every card language): a fear carried by one
vivid phrase rather than a grave word: a cancer asked as the cause, a near miss, being left
defenceless, harm that strikes without warning, a value in free fall, something growing inside,
a discovery that comes too late, the whole body harmed, a worry voiced as the card's own."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.alarm.common import _rule
from checkup_desktop.core.safety.rules.rule import ALL, QUESTION, STATEMENT

_MALIGNANT = (r"(?:(?:cancer|tumou?r)(?! screening| check| prevention| antigen| markers?)|"
              r"leuka?emia|lymphoma|malignan\w*|leucemia|linfoma|cáncer|"
              r"Leukämie|Lymphom\w*|\w*[Kk]rebs(?!vorsorge|früherkennung|screening|risiko)\w*|"
              r"Karzinom\w*)")

EN_FEARS = [
    # asked: a cancer as the cause or the start ("Could a calcium this high be coming from cancer
    # in my bones?", "¿Podrían ser una leucemia?", "Könnten die unreifen Zellen der Anfang einer
    # Leukämie sein?"; "caused by something other than cancer" is not among them)
    _rule(r"\b(?:coming from|caused by|due to|a sign of|the (?:first |early )?(?:start|beginning|"
          r"first signs?) of|deberse a|venir de|el (?:comienzo|inicio|principio) de|der (?:Anfang|"
          r"Beginn)|ein (?:erstes )?(?:Zeichen|Anzeichen|Hinweis|Vorbote))\s+(?:(?:a|an|some|the|"
          r"un|una|el|la|einer|eines|von|für) )?(?:\w+ )?" + _MALIGNANT + r"|"
          r"\b(?:podría|podrían|puede|pueden) ser (?:un|una|el|la) (?:\w+ )?(?:leucemia|linfoma|"
          r"cáncer|tumor)\b|\bkönnte\w* (?:\w+ ){0,6}?(?:eine |ein )?(?:Leukämie|Lymphom|"
          r"Tumor) sein\b",
          kinds=QUESTION, unless_choice=True),
    # a near miss asked or told: "How close did I come to a heart attack?", "差点就心梗了"
    _rule(r"\bhow (?:close|near) (?:did|do|am|was|have|had) I (?:come |came |get |got |been |"
          r"gotten )?to (?:a |an )?(?:heart attack|stroke|cardiac arrest|dying|death|coma|"
          r"seizure|kidney failure|bleed\w*)|\bqué tan cerca (?:estuve|estoy|he estado) de|"
          r"\bwie (?:knapp|nah|nahe) (?:war|bin) ich (?:an|vor) |"
          r"差(?:一)?点(?:就)?(?:心梗|心脏骤停|中风|没命|死|昏迷)",
          kinds=ALL),
    # left defenceless: "unable to fight off even a simple infection", "schutzlos gegen
    # Infektionen", "sin defensas", "毫无抵抗力"
    _rule(r"\bunable to fight (?:off )?(?:even|any)\b|\bdefen[cs]eless\b|\bno defen[cs]es? "
          r"(?:at all|left|against)\b|\bschutzlos\b|\bwehrlos\b|\bsin (?:ninguna )?defensas\b|"
          r"\bindefens[oa]s?\b|毫无抵抗力|没有(?:任何)?抵抗力",
          kinds=ALL),
    # harm that strikes without warning: "de forma repentina y sin ningún aviso previo",
    # "ohne jede Vorwarnung", "毫无征兆地"
    _rule(r"\bwithout (?:any )?(?:prior )?warning\b|\bsin (?:ningún |ninguna )?(?:aviso|señal|"
          r"advertencia) previ[oa]\b|\bsin previo aviso\b|\bsin avisar\b|\bohne (?:jede |"
          r"jegliche |(?:eine )?)?Vorwarnung\b|毫无(?:征兆|预兆)|没有(?:任何)?(?:征兆|预兆)地",
          kinds=STATEMENT | QUESTION),
    # a value in free fall: "Función renal en caída libre", "kidney function plummeting",
    # "Nierenwerte im freien Fall", "断崖式下降"
    _rule(r"\bin (?:free ?fall|freefall)\b|\bplummet\w*|\ben caída libre\b|\bse desplom\w*|"
          r"\bim freien Fall\b|\bstürz\w* (?:\w+ ){0,2}?ab\b|断崖式|一落千丈|"
          r"直线(?:下降|下滑|下跌)",
          kinds=ALL),
    # something growing inside, asked: "dass in meinem Kopf etwas wächst", "is something growing
    # in my head?", "¿algo creciendo en mi cabeza?", "脑子里长了东西"
    _rule(r"\bsomething (?:is )?(?:growing|pressing) (?:in|inside|on) (?:my|your) (?:head|brain|"
          r"body|bones?|chest|nerves?)\b|\bin (?:meinem|Ihrem) (?:Kopf|Gehirn|Körper|Knochen)\b "
          r"(?:\w+ ){0,2}?wächst\b|\betwas (?:in (?:meinem|Ihrem) \w+ )?wächst\b|\balgo (?:me )?"
          r"(?:está )?creciendo (?:en|dentro de) (?:mi|su) (?:cabeza|cerebro|cuerpo)\b|"
          r"(?:脑子|脑袋|头|脑)里[\u4e00-\u9fff]{0,3}长了?(?:东西|什么|瘤)",
          kinds=STATEMENT | QUESTION),
    # a discovery that comes too late: "这类问题往往发现时就已经不早了", "by the time it is found
    # it is often advanced", "cuando se descubre ya es tarde"
    _rule(r"(?:发现|查出|确诊)(?:时|的时候)[\u4e00-\u9fff]{0,4}(?:已经)?(?:不早|晚了|太晚|晚期)|"
          r"为时已晚|\bby the time (?:it|this|they)(?:'s| is| are) (?:found|picked up|detected|"
          r"diagnosed)\b[^.;?]{0,30}\b(?:late|advanced|spread)\b|\bcuando se (?:descubre|detecta|"
          r"diagnostica)\b[^.;?]{0,20}\b(?:tarde|avanzad\w+)\b|\bwenn (?:man )?(?:es|sie) "
          r"(?:entdeckt|findet|bemerkt)\w*\b[^.;?]{0,25}\b(?:zu spät|fortgeschritten)\b",
          kinds=ALL),
    # the whole body harmed, asked or told: "我全身的器官是不是都在缺氧受损", "随时可能堵住我的肺",
    # "are all my organs being starved of oxygen?"
    _rule(r"(?:全身|所有)的?器官[\u4e00-\u9fff]{0,6}(?:缺氧|受损|损伤|损害|衰竭)|"
          r"随时(?:都)?(?:会|可能)[\u4e00-\u9fff]{0,4}(?:堵|停|破|爆|倒|出血|梗|塞)|"
          r"\b(?:all|every one of) (?:my|your|the) organs\b[^.;?]{0,30}\b(?:damag\w+|starv\w+|"
          r"harm\w+|fail\w*)\b|\btodos (?:mis|sus|los) órganos\b[^.;?]{0,30}\b(?:dañ\w+|sufr\w+|"
          r"fall\w+)|\balle (?:meine |Ihre )?Organe\b[^.;?]{0,30}\b(?:geschädigt|leiden|"
          r"versagen|Schaden)\b",
          kinds=STATEMENT | QUESTION),
    # the card voices the worry as its own: "情况让人非常担心", "可怕的问题" ("听起来可能让人害怕，
    # 但……" names the feeling to answer it)
    _rule(r"(?<!可能)(?<!听起来)(?<!也许)(?<!或许)(?<!看起来)(?:(?:让人|令人)(?:非常|十分|很|相当|"
          r"极其)?(?:担心|担忧|害怕|不安)|可怕|吓人)(?![^。？?]*(?:但|不过|其实))",
          kinds=STATEMENT | QUESTION),
    # the worst premise about others, asked: "¿quiere decir que ya he contagiado a toda mi
    # familia?", "Have I already infected my whole family?"
    _rule(r"\b(?:ya )?(?:he|habré|haya) contagiado a (?:toda )?(?:mi|mis)\b|\binfected my "
          r"(?:whole |entire )?family\b|\b(?:meine|die) (?:ganze )?Familie (?:schon )?angesteckt\b|"
          r"传染给了?(?:全家|家人)",
          kinds=STATEMENT | QUESTION),
]

# Round 13: the odds that a finding is cancer, asked; a malignancy said to be "not rare"
_MALIGNANT_ANY = r"(?:" + _MALIGNANT + r"|bösartig\w*|malign\w*)"
_OTHER_THAN = (r"(?![^?]*\b(?:other than|rather than|instead of|distint[oa] (?:de|del)|que no sea|"
               r"außer|anderes als|andere als)\b)")

EN_FEARS += [
    # "What are the chances that a shadow like this turns out to be lung cancer?", "¿Qué
    # probabilidad hay de que sea un cáncer?", "Wie wahrscheinlich ist es, dass das Krebs ist?",
    # "是癌的可能性有多大？" ("how likely is it to be something other than cancer" is not
    # among them)
    _rule(r"\b(?:chances?|odds|likelihood|probability|how likely|probabilidad\w*|posibilidad\w*|"
          r"Wahrscheinlichkeit|wie wahrscheinlich)\b" + _OTHER_THAN + r"[^?]{0,70}?\b(?:is|"
          r"be|being|becomes?|turns? out to be|are|sea|es|ist|sind|"
          r"handelt)\b(?: \w+){0,3}? (?:a |an |un |una |ein |eine |um )?(?:\w+ )?" + _MALIGNANT
          + r"|\b(?:Wahrscheinlichkeit|wie wahrscheinlich)\b" + _OTHER_THAN + r"[^?]{0,70}?\bdass\b"
          r"[^?]{0,40}?" + _MALIGNANT_ANY + r" (?:\w+ )?(?:ist|sind|sein|handelt)\b"
          r"|(?:是|为)(?:癌|恶性|肿瘤)[\u4e00-\u9fff]{0,2}的?(?:可能性?|几率|概率|机会)(?:有)?多(?:大|高|少)",
          kinds=QUESTION),
    # "Rundherde dieser Größe sind nicht selten bösartig", "not uncommonly cancerous", "no es raro
    # que sea maligno", "恶性的并不少见": "not rare" says "often", no negation
    _rule(r"\b(?:not (?:un)?commonly|not (?:at all )?(?:rare|rarely|uncommon|unusual)|nicht "
          r"(?:selten|unüblich|ungewöhnlich)|keineswegs selten|no (?:es )?(?:raro|infrecuente|poco "
          r"común|pocas veces)|no son (?:raros|infrecuentes))\b[^.;?]{0,80}?" + _MALIGNANT_ANY
          + r"|" + _MALIGNANT_ANY + r"[^.;?]{0,40}?\b(?:not (?:rare|uncommon|unusual)|nicht selten|"
          r"no (?:es )?(?:raro|infrecuente))\b|(?:恶性|癌|肿瘤)[\u4e00-\u9fff]{0,8}"
          r"(?:并不少见|不少见|"
          r"不在少数|并不罕见|不罕见)",
          kinds=ALL, unless_negated=False),
    # a rhetorical question that presumes the worst: "Ist ein Rundherd nicht oft schon
    # Lungenkrebs?", "Isn't a nodule like this often cancer already?", "¿No es muchas veces ya
    # un cáncer?"
    _rule(r"\b(?:isn'?t|is not|aren'?t|ist|sind|no es|no son)\b[^?]{0,40}?\b(?:often|usually|"
          r"mostly|already|nicht (?:oft|meist\w*|häufig|schon|immer)|muchas veces|casi siempre|"
          r"ya)\b[^?]{0,40}?(?:" + _MALIGNANT_ANY + r"|advanced|fortgeschritten\w*|avanzad\w+)",
          kinds=QUESTION, unless_negated=False),
]
