"""More alarm rules for English cards, applied after those of en.py (the English list was split
at 500 lines; `EN` in __init__ is en.py's list followed by this one). Like en.py's, they also
hold the other languages' wordings of the same forms."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.alarm.common import _rule
from checkup_desktop.core.safety.rules.rule import QUESTION, STATEMENT

# Round 9: damage that stays hidden until it is too late, an organ pictured eaten away, a vessel
# or organ asked about bursting, a growth named as what a result is the first sign of, how long an
# organ can hold out, the heart thrown out of rhythm, a level at which an organ is harmed.
EN_MORE = [
    # hidden harm found out only when it goes badly wrong: "silent heart damage", "people only
    # find out when something goes badly wrong"
    _rule(r"\bsilent(?:ly)? (?:\w+ ){0,2}?(?:damag\w*|destroy\w*|destruction|killers?|harm\w*|"
          r"injur\w+|progress\w*|spread\w*|worsen\w*)\b|\b(?:go|goes|went|going|gone|turn|turns) "
          r"(?:very |really )?(?:badly|seriously|terribly|horribly|disastrously|dreadfully) "
          r"(?:wrong|awry)\b|\b(?:only|first) (?:find|finds|found|discover\w*|notice\w*|learn\w*|"
          r"realis\w+|realiz\w+) (?:out )?(?:about (?:it|them) )?(?:when|once|after) (?:it(?:'s|"
          r" is)"
          r" (?:serious|advanced)|the damage|(?:a|the) (?:heart attack|stroke|fracture|bleed))|"
          # "goes unnoticed until it is badly advanced", "pasa desapercibido hasta que"
          r"\b(?:unnoticed|undetected|unseen|hidden) until\b|\bdesapercibid[oa]s? hasta\b|"
          r"\bunbemerkt,? bis\b",
          kinds=STATEMENT | QUESTION),
    # an organ pictured eaten away: "something is eating away at my bowel", "carcomiendo",
    # "zerfrisst den Darm", "侵蚀肠子" ("eating away from home" is about meals)
    _rule(r"\beat(?:s|ing|en)? away\b(?! from home)|\beat(?:s|ing)? (?:into|through) (?:my|your|"
          r"the) (?!meals?\b|food\b|\w+ (?:meals?|food)\b)|\bgnaw\w* (?:at|away|into)\b|"
          r"\bdevour\w*|"
          r"\brott?(?:s|ing|ed)? (?:away|from (?:the )?inside)\b|"
          r"\bcarcom\w+|\b(?:me|le|te|se|lo|la|los|las) (?:está|están|esté|estén|va|van) "
          r"(?:a )?(?:comiendo|comer|devorando|devorar|royendo|roer)\b|\b(?:comiendo|devorando|"
          r"royendo|destruyendo)\w* (?:\w+ ){0,3}?por dentro\b|"
          r"\bzerfr(?:i|e)ss\w*|\bzerfressen\w*|\b(?:frisst|fressen) sich\b|\bauffr(?:i|e)ss\w*|"
          r"侵蚀|吞噬|啃噬|啃咬|蚕食|腐蚀|烂穿|烂掉",
          kinds=STATEMENT | QUESTION),
    # asked: a vessel or an organ bursting ("Could my widened aorta suddenly burst one day?",
    # "Is my aorta going to rupture?"); said: the statement rules above cover "rupture"
    _rule(r"\b(?:aorta|aortic|aneurysm\w*|arter(?:y|ies)|blood vessels?|vessels?|veins?|spleen|"
          r"heart|bowel|gut|appendix|cyst|brain)\b[^.;?]{0,50}\b(?:burst\w*|ruptur\w*|"
          r"split (?:open|apart)|tear (?:open|apart)|blow (?:out|up)|pop(?:s|ping)?|explod\w*)\b|"
          r"\bruptur\w*",
          kinds=QUESTION),
    # a growth as what a result is the first sign of, hedged or not: "can be the first clue to a
    # bladder tumour", "puede ser la primera pista de un tumor", "das erste Anzeichen eines
    # Blasentumors", "可能是膀胱肿瘤的最早信号" (a test that looks for, finds or screens for early
    # signs of cancer describes screening: the word before the sign may not be such a verb, and a
    # match may not start after an article, so that it is read from the article on; a negation
    # must stand right before it, "no clear cause can be the first sign" is no negation)
    _rule(r"(?<!\bnot )(?<!n't )(?<!\bnever )(?<!\bfor )(?<!\bfind )(?<!\bfinds )"
          r"(?<!\bdetect )(?<!\bdetects )(?<!\bspot )"
          r"(?<!\bspots )(?<!\bcatch )(?<!\bcatches )(?<!\bup )(?<!\bany )(?<!\bthe )(?<!\ba )"
          r"(?<!\ban )(?<!\bpossible )\b(?:(?:any|the|a|an|possible) )?"
          r"(?:first|early|earliest|initial|warning) (?:\w+ )?(?:signs?|clues?|hints?|signals?|"
          r"indications?|indicators?|symptoms?|warnings?|red flags?) (?:of|to|for) (?:a |an |the )?"
          r"(?:\w+ ){0,2}?(?:tumou?rs?|cancers?|malignan\w+|growths?|neoplas\w+|masses)\b|"
          r"(?<!\bcannot )(?<!\bcan't )(?<!\bnot )\b(?:indicate|indicates|signal|signals|point to|"
          r"points to|herald|heralds) (?:a |an )?(?:\w+ )?(?:tumou?r|malignan\w+|neoplas\w+)\b|"
          r"(?<!\bno es )(?<!\bnunca es )(?<!\bbusca )(?<!\bbuscan )(?<!\bbuscar )"
          r"(?<!\bdetecta )(?<!\bdetectan )"
          r"(?<!\bdetectar )(?<!\bidentificar )(?<!\bencontrar )(?<!\blos )(?<!\blas )(?<!\bel )"
          r"(?<!\bla )(?<!\bun )(?<!\buna )(?<!\bposibles )\b(?:(?:los|las|el|la|un|una|"
          r"posibles) )?"
          r"(?:(?:primer[oa]?s?|tempran[oa]s?|precoz|precoces|inicial\w*) (?:\w+ )?(?:signo|señal|"
          r"pista|indicio|aviso|síntoma|manifestación|indicador)\w*|(?:signo|señal|pista|indicio|"
          r"aviso|síntoma|manifestación)\w* (?:temprana?s?|precoz|precoces|inicial\w*)) (?:de|del) "
          r"(?:un |una |la |el )?(?:\w+ ){0,2}?(?:tumor\w*|cáncer|malign\w+|neoplasia\w*)|"
          r"\b(?:indicar|señalar|apuntar a)\w* (?:la presencia de )?(?:un |una )?(?:tumor\w*|"
          r"cáncer|neoplasia)\b|"
          r"(?<!\bkein )(?<!\bkeine )(?<!\bnicht )(?<!\bnach )(?<!\berkennt )(?<!\berkennen )"
          r"(?<!\bentdeckt )(?<!\bentdecken )"
          r"(?<!\bfindet )(?<!\bfinden )(?<!\bdie )(?<!\bden )(?<!\bdas )(?<!\bdem )(?<!\bein )"
          r"(?<!\beine )(?<!\bmögliche )(?<!\bmöglichen )"
          r"\b(?:(?:die|den|das|dem|ein|eine|mögliche|möglichen) )?"
          r"(?:erste\w*|frühe\w*|frühest\w*) (?:\w+ )?(?:Zeichen|Anzeichen|Hinweis\w*|"
          r"Warnzeichen|Symptom\w*|Signal\w*|Vorbot\w*|Spur\w*|Indiz\w*) (?:\w+ ){0,2}?"
          r"\w*(?:[Tt]umor(?!marker)|[Kk]rebs(?!vorsorge|früherkennung|screening)|[Bb]ösartig)\w*|"
          r"\bauf (?:einen|ein) (?:\w+ )?\w*(?:[Tt]umor(?!marker)|[Kk]rebs(?!vorsorge))\w* "
          r"(?:hindeuten|hinweisen|deuten)\b|"
          r"(?<!不)(?:是|属于)[\u4e00-\u9fff]{0,6}?(?:肿瘤|癌|恶性病变)[\u4e00-\u9fff]{0,4}(?:最早|早期|"
          r"第一个?|最初|首要)的?(?:信号|征兆|迹象|表现|线索|症状|预警|警报)|"
          r"(?<!不)(?:是|属于)(?:最早|早期|第一个?|最初)的?(?:信号|征兆|迹象|线索|预警)"
          r"[\u4e00-\u9fff]{0,4}(?:肿瘤|癌)",
          kinds=STATEMENT | QUESTION, unless_negated=False),
    # how long an organ can hold out: "How long can my heart keep going?", "¿Cuánto tiempo puede
    # aguantar mi corazón?", "Wie lange hält mein Herz das noch aus?", "心脏还能撑多久？"
    _rule(r"\bhow (?:long|much longer|many (?:more )?years)\b[^?.]{0,40}\b(?:heart|kidneys?|liver|"
          r"lungs?|brain|organs?|body|eyes?|arteries)\b[^?.]{0,30}\b(?:hold (?:out|up|on)|last|"
          r"keep (?:going|up|working|beating|functioning)|cope|survive|hang on|take (?:it|this)|"
          r"withstand|put up with|carry on|function|go on)\b|"
          r"\b(?:cuánto (?:tiempo |más )?|hasta cuándo )(?:\w+ )?(?:aguant|resist|sopor|dur)\w*\b"
          r"[^?]{0,40}\b"
          r"(?:corazón|riñones|riñón|hígado|pulmones|cerebro|cuerpo|órganos|ojos|arterias)\b|"
          r"\b(?:cuánto (?:tiempo |más )?|hasta cuándo )[^?]{0,30}\b(?:corazón|riñones|riñón|"
          r"hígado|pulmones|"
          r"cerebro|cuerpo|órganos|ojos|arterias)\b[^?]{0,20}\b(?:aguant|resist|sopor|dur)\w*|"
          r"\bwie lange\b(?![^?]*\bbis\b)[^?]{0,40}\b(?:Herz\w*|Nieren?|Leber|Lunge\w*|Gehirn|"
          r"Körper|Organe?|Augen|Arterien)\b[^?]{0,40}(?:\b(?:aus)?h(?:ä|a)lt\w*|\baushalten|"
          r"\bdurchh(?:a|ä)lt\w*|\bmitmach\w*|\büberleb\w*|\bverkraft\w*|\bnoch (?:arbeiten|"
          r"funktionieren|schlagen|mitspielen)|\b(?:aus|mit|durch)\s*\?)|"
          r"(?:心脏|心|肾脏?|肝脏?|肺|大脑|脑子|身体|器官|眼睛|血管)?(?:还|又)(?:能|可以|可)"
          r"(?:撑|坚持|扛|挺|支撑|熬|活|维持)(?:得)?(?:多久|多长时间|几年|多少年|几个月|多少时间)",
          kinds=QUESTION),
    # the heart thrown out of rhythm, a level at which an organ is harmed: "can knock the heart
    # out of rhythm", "aus dem Takt geraten", "perder el ritmo", "让心脏乱跳"
    _rule(r"\b(?:throw\w*|threw|knock\w*|send\w*|sent|go|goes|went|gone|going|get\w*|fall\w*|"
          r"drive\w*|push\w*) (?:\w+ ){0,3}?out of (?:its |their |the |a |normal )?(?:rhythm|sync|"
          r"step|beat)\b|"
          r"\b(?:levels?|values?|readings?|points?|ranges?|results?) (?:at|in|with|from) which "
          r"(?:the |your )?(?:heart|kidneys?|brain|lungs?|liver|organs?)\b|"
          r"\baus dem (?:Takt|Tritt|Rhythmus|Gleichtakt|Gleichgewicht) (?:\w+ )?(?:geraten|gerät|"
          r"gerate\w*|bringen|bringt|kommen|kommt|fallen|fällt)\b|"
          r"\b(?:Werte\w*|Bereich\w*|Spiegel\w*|Höhe|Schwelle), (?:bei|in|ab|an) (?:denen|dem|"
          r"der) (?:das|die|der|Ihr\w*) (?:Herz\w*|Nieren?|Gehirn|Lunge|Leber|Organe?)\b|"
          r"\bperd(?:er|iendo|e|en|a|an|erá)\w* (?:el |su )?(?:ritmo|compás)\b|"
          r"\b(?:descontrol|desacompas|descompas|desbocar)\w* (?:\w+ ){0,3}?(?:ritmo|corazón|"
          r"latido\w*)\b|\bsacar\w* (?:al corazón |el corazón )?de (?:su )?ritmo\b|"
          r"\bvalores? (?:con|en|a partir de) (?:los|las|el|la) que (?:el|los|la|su|sus) "
          r"(?:corazón|riñones|riñón|cerebro|pulmones|hígado|órganos)\b|"
          r"心脏乱跳|心跳(?:乱了|大乱|失控|紊乱)|(?:打乱|扰乱|搅乱)(?:了)?(?:心脏|心跳|心律)",
          unless_modal=False),
    # killing asked or said in other languages: "Kann mich das umbringen?", "¿me puede matar?",
    # "会不会要了我的命"; a sudden catastrophe one day: "会不会哪天突然破裂"
    _rule(r"\bumbring\w*|\bumgebracht\b|\bum(?:zu)?bringen\b|\btöte[nt]?\b|\bums Leben\b|"
          r"\b(?:matar\w*|me mata\w*|le mata\w*|nos mata\w*|te mata\w*|mata(?:n)? a)\b|"
          r"要(?:了)?(?:我的|您的|你的|人的?)?命|(?:丢|送|丧)(?:了)?(?:性)?命|没命",
          kinds=STATEMENT | QUESTION),
]

EN_MORE += [
    # damage said to build up unnoticed, an organ in acute danger, a grim outlook, vital organs,
    # dementia: "damage may be building up silently", "va dañando el nervio en silencio",
    # "schädigt unbemerkt", "in akuter Gefahr", "muy mal pronóstico", "órganos vitales"
    _rule(r"\b(?:damag\w*|harm\w*|destroy\w*|build\w* up|spread\w*|progress\w*|worsen\w*|"
          r"eat\w* away)\b[^.;]{0,30}\bsilently\b|"
          r"\b(?:dañ|destru|deterior|avanz|progres|empeor)\w*\b[^.;]{0,40}\ben silencio\b|"
          r"\b(?:va|van|sigue|siguen) (?:dañando|destruyendo|deteriorando|comiendo)\b|"
          r"\bschädig\w*\b[^.;]{0,40}\bunbemerkt\b|"
          r"\bin (?:akuter|großer|ernster|höchster|unmittelbarer|echter|akut) Gefahr\b|"
          r"\bakut gefährdet\b|\ben (?:grave |serio |gran |verdadero )?peligro\b|"
          r"\bin (?:grave|serious|immediate|real|great|acute) danger\b|"
          r"\b(?:poor|bad|grim|bleak|dismal|gloomy|terrible) (?:prognosis|outlook)\b|"
          r"\b(?:mal|peor|sombrío|malo|muy mal) pronóstico\b|\bpronóstico (?:\w+ )?(?:malo|sombrío|"
          r"grave|desfavorable)\b|\b(?:schlecht|ungünstig|düster|trüb)\w* (?:Prognose|"
          r"Aussicht\w*)\b|"
          r"预后(?:很|极|非常|较|比较)?(?:差|不好|不佳|极差)|"
          r"\bvital organs\b|\bórganos vitales\b|\blebenswichtig\w* Organ\w*|"
          r"重要(?:的)?(?:脏器|器官)|"
          r"\bdementia\b|\bdemencia\b|\bDemenz\w*|痴呆|阿尔茨海默"),
    # grave harm from a trivial mishap, told after it: "could bleed internally from even a minor
    # bump", "un simple tropiezo podría romperte la cadera", "a wheelchair"
    _rule(r"\b(?:bleed\w* (?:internally|heavily|badly)|break\w*|fractur\w*|snap\w*|crack\w*)\b"
          r"[^.;]{0,40}\b(?:from|after|with) (?:even |just )?(?:a |an |the )?(?:\w+ )?(?:minor|"
          r"small|"
          r"slight|little|tiny|simple|gentle|trivial|ordinary) (?:fall|bump|knock|trip|stumble|"
          r"slip|"
          r"cough|sneeze|twist|blow|strain)s?\b|\bbleed internally\b|"
          r"\b(?:a|one) (?:simple|minor|small|little|slight|tiny|trivial) (?:fall|trip|bump|knock|"
          r"stumble|slip)\b[^.;]{0,40}\b(?:could|can|may|might|will|would) (?:\w+ )?(?:break|"
          r"fracture|snap|crack)|"
          r"\bun (?:simple|pequeño|leve|mínimo|ligero|tonto) (?:tropiezo|golpe|resbalón|esfuerzo)|"
          r"\buna (?:simple|pequeña|leve|mínima|ligera|tonta) (?:caída|torcedura)\b[^.;]{0,40}"
          r"\b(?:romp\w*|fractur\w*|quebr\w*)|\bsilla de ruedas\b|\bwheelchair\b(?! access)|"
          r"\bRollstuhl\w*|坐轮椅|\b(?:snap|snaps|snapping|shatter\w*)\b|"
          # "so low your bones could snap" ("so high that your doctor may repeat it" is a step)
          r"\bso (?:low|high|bad|weak|thin|fragile) (?:that )?(?:your|the) (?:bones?|heart|"
          r"kidneys?|liver|brain|arteries|blood vessels|vessels|eyes?|lungs?|nerves?|body) "
          r"(?:could|may|might|will|can) \w+"),
    # an organ that may end up failing, an organ made to stop: "puede llegar a fallar", "cause it
    # to stop altogether"
    _rule(r"\b(?:corazón|riñones|riñón|hígado|pulmones|cerebro|órganos)\b[^.;]{0,60}\b(?:llegar a|"
          r"acabar|terminar) (?:fallar|fallando|parándose|pararse|colapsar|dejar de funcionar)|"
          r"\bcause (?:it|the heart|your heart|them) to stop\b|\bstop (?:altogether|completely|"
          r"entirely)\b|"
          r"(?<!不是)(?<!并不)(?<!不)(?<!没有那么)(?<!没那么)(?:非常|十分|很|特别|极|相当|极度)危险|"
          r"处于(?:极度|严重)?危险"),
    # asked: an organ destroyed ("¿Cuántos años tardará en destruirme el hígado?")
    _rule(r"\b(?:destroy\w*|destru\w+|zerstör\w*)\b|摧毁|毁掉",
          kinds=QUESTION),
    # what is lost does not come back: "la visión que se pierde ya no se recupera"
    _rule(r"\bya no se recupera\w*|\bno se recupera\w* (?:más|ya)\b|\bnicht mehr (?:zurück|"
          r"wiederherstellbar)\b|(?:再也|永远)(?:恢复不了|回不来|找不回)",
          unless_negated=False),
]

EN_MORE += [
    # "What if it's a tumour that is already growing?"
    _rule(r"\bwhat if\b[^?]{0,60}\b(?:tumou?rs?|cancer\w*|malignan\w+|spread\w*|metasta\w+)\b",
          kinds=QUESTION),
]
