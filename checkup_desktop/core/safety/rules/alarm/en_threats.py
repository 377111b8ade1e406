"""Alarm rules for English cards: growths, bleeding and grave risks (a mass invading, a
tumour bleeding, "the first sign of a tumour", a severe risk or outlook tied to a value, a
trivial mishap with grave harm, "a very bad sign")."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.alarm.common import _rule
from checkup_desktop.core.safety.rules.rule import QUESTION, STATEMENT

EN_THREATS = [
    # a disease far along with little left to do; a life in bed; no recovery
    _rule(r"\b(?:very |far |quite )?advanced (?:stage|disease|cancer)\b|\b(?:options|chances) "
          r"(?:\w+ ){0,2}?(?:are|is|become) (?:very |often |then )?(?:limited|slim|poor)\b|"
          r"\b(?:little|nothing) (?:more )?(?:can|could) be done\b|\bbedridden\b|\bbed-bound\b|"
          r"\bnever (?:fully )?(?:recover|walk again)\b|\bdrop dead\b"),
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
    # an event "without warning"; bleeding that will not be small
    _rule(r"\bwithout (?:any )?warning\b(?! signs?| symptoms?)|\bohne (?:jede |jegliche )?"
          r"(?:Vor)?[Ww]arnung\b|\bsin (?:previo )?aviso\b|毫无预兆|没有任何(?:预兆|征兆)|"
          r"\bbleed (?:heavily|badly|severely|uncontrollably|a lot|excessively)\b|\bstark "
          r"(?:zu )?bluten\b|\bsangrar (?:mucho|abundantemente|gravemente|sin control)\b|"
          r"出血不止|血流不止"),
    # a finding likened to aggressive or fast-growing growths: "a feature often seen in
    # aggressive tumours" frightens even when hedged
    _rule(r"\b(?:aggressive|fast-growing|rapidly growing|invasive) (?:\w+ )?(?:tumou?rs?|growths?|"
          r"lesions?|cancers?|masses|disease)\b|\baggressiv\w* (?:\w+ )?(?:Tumor\w*|Geschwulst\w*|"
          r"Wucherung\w*|Krankheit\w*|Erkrankung\w*|Form\w*)\b|\bschnell wachsend\w* (?:Tumor\w*|"
          r"Geschwulst\w*)\b|\b(?:tumor\w*|lesi\w+|crecimientos?|masas?|enfermedad\w*) "
          r"(?:muy )?(?:agresiv\w*|invasiv\w*|de crecimiento rápido)|"
          r"侵袭性(?:强|高|的)?(?:肿瘤|肿物|病变|癌)?|恶性程度(?:很|较|比较)?高|生长(?:很|非常)?(?:快|迅速)的(?:肿瘤|肿物)"),
    # a growth pictured bleeding inside: "a tumour bleeding into the bowel", "tumor sangrando"
    _rule(r"\btumou?r\w* (?:\w+ ){0,2}?(?:bleeding|that bleeds|sangrando|que sangra\w*|"
          r"sangrante|der blutet|die blutet|blutet)\b|\b(?:bleeding|blutend\w*|sangrante) "
          r"(?:\w+ )?tumou?r\w*|(?:肿瘤|癌)[\u4e00-\u9fff]{0,3}(?:正在|在)?出血|"
          r"出血(?:的|性)(?:肿瘤|癌)",
          unless_negated=True),
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
    # a stage or outlook tied to a value: "the higher the CEA, the worse the outlook"
    _rule(r"\bthe (?:higher|more|greater|larger|bigger|lower)\b[^.;]{0,60}?\bthe (?:more "
          r"(?:advanced|aggressive|widespread)|later the stage|worse the (?:outlook|prognosis|"
          r"survival|chances)|(?:less|shorter) (?:the )?(?:time|survival)|more likely (?:it is |"
          r"that )?(?:the )?(?:cancer|tumou?r|disease)? ?(?:has )?(?:already )?spread)\b"),
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
    # "bleeding inside the body that is hard to stop", "un sangrado difícil de detener", "eine
    # Blutung, die schwer zu stillen ist"
    _rule(r"(?:^|(?<=[.;!?:]\s))(?:(?!\b(?:if|when|wenn|falls|si|cuando|tell|report|mention)\b)"
          r"[^.;!?:])*?(?:"
          r"\bbleed\w* inside (?:the|your) (?:body|head|brain|belly|skull)\b|\bbleed\w*[^.;]{0,30}"
          r"\b(?:hard|difficult|impossible) to (?:stop|control)\b|\bsangrado\w*[^.;]{0,20}"
          r"\b(?:difícil|imposible) de (?:detener|parar|controlar)\b|\bhemorragia\w*[^.;]{0,20}"
          r"\b(?:difícil|imposible) de (?:detener|parar|controlar)\b|"
          r"\bBlutung\w*(?: \w+)?,? die (?:sich )?(?:nur )?(?:schwer|kaum|nicht) (?:zu )?"
          r"(?:stillen|stoppen)\b|\bschwer (?:zu )?stillende\w* Blutung|"
          r"(?<!如果)(?:很难|难以|无法)(?:止血|止住))"),
    # a "bad sign": "this is a very bad sign", "ein sehr schlechtes Zeichen", "una muy mala
    # señal", "很不好的信号"
    _rule(r"\b(?:a |an )?(?:very |really |particularly )?(?:bad|worrying|ominous|grim|alarming|"
          r"sinister) (?:sign|signal|omen)\b|\b(?:ein (?:sehr )?(?:schlechtes|bedrohliches|"
          r"alarmierendes)|kein (?:sehr )?gutes) (?:Zeichen|Signal|Omen)\b|"
          r"\b(?:muy )?mala (?:señal|"
          r"noticia)\b|\bseñal (?:muy )?(?:mala|preocupante|alarmante)\b|(?:很|非常|特别)?"
          r"(?<!不是)不好的(?:信号|兆头|迹象|征兆)|坏(?:信号|兆头)|不祥"),
]

# Round 13: growths that are hard to treat or found late
EN_THREATS += [
    # "suele acompañar a tumores difíciles de tratar", "cancers that are hard to treat",
    # "schwer behandelbare Tumoren", "难以治疗的肿瘤"; "die oft erst spät entdeckt werden",
    # "often only found late"
    _rule(r"\b(?:tumou?r|cancer|tumor|cáncer|c[aá]nceres|Tumor|Krebs|Karzinom)\w*\b[^.;?]{0,40}"
          r"\b(?:hard|difficult|difícil\w*|schwer) (?:to |de |zu )?(?:treat|tratar|behandeln)\b|"
          r"\b(?:hard|difficult)-to-treat (?:\w+ )?(?:tumou?rs?|cancers?)\b|\bschwer "
          r"behandelbar\w* (?:\w+ )?(?:Tumor|Krebs|Erkrankung)\w*|(?:难以|很难|不好)治疗?的?"
          r"(?:肿瘤|癌|恶性)|\b(?:oft|häufig|meist) erst spät (?:entdeckt|erkannt|bemerkt)|"
          r"\b(?:often|usually|typically) (?:only )?(?:found|detected|diagnosed|picked up|"
          r"discovered) (?:too )?late\b|\b(?:se )?(?:suele|suelen) (?:detectar|descubrir|"
          r"diagnosticar)(?:se)? tarde\b|(?:往往|通常|常常)(?:发现|确诊)(?:得)?(?:较|很)?晚",
          kinds=STATEMENT | QUESTION),
]

# Round 14: a growth pictured as hiding behind a finding
EN_THREATS += [
    # "dahinter verbergen sich manchmal Tumoren im Kopf", "a tumour could be hiding behind it",
    # "un tumor escondido que la ecografía no ha visto", "背后可能藏着肿瘤" ("hidden blood" in a
    # stool test names the blood, not a growth)
    _rule(r"\b(?:hidden|lurking|concealed|undetected|unseen) (?:\w+ )?(?:tumou?rs?|cancers?|"
          r"growths?|mass(?:es)?|malignan\w+)\b|\b(?:tumou?rs?|cancers?|growths?|mass(?:es)?)\b"
          r"[^.;?]{0,20}\b(?:hiding|lurking|hidden)\b|"
          r"\b(?:tumor(?:es)?|cáncer(?:es)?|c[aá]nceres|masas?)\b (?:\w+ )?(?:escondid|ocult|"
          r"agazapad)\w*|\bse (?:esconde|esconden|oculta|ocultan)\w*\b[^.;?]{0,30}\b(?:tumor|"
          r"cáncer|c[aá]nceres|algo maligno)|"
          r"\b(?:verb(?:ergen|irgt)|versteck\w*) sich\b[^.;?]{0,40}(?:Tumor|Krebs|Karzinom|"
          r"Metastase)|\b(?:versteckt|verborgen|unentdeckt)\w* (?:\w+ )?(?:Tumor|Krebs|Karzinom)|"
          r"(?:藏着|隐藏着?|潜伏着?|躲着)[\u4e00-\u9fff]{0,4}(?:肿瘤|癌|恶性)|"
          r"(?:隐藏|潜伏)的(?:肿瘤|癌)",
          kinds=STATEMENT | QUESTION),
]
