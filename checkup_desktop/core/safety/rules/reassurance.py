"""Dismissal (false reassurance): calling a result harmless, nothing or not worth a visit.
Reassurance with no clinician or visit anywhere in the text is judged by the engine.

One list per card language (EN, ZH, ES, DE), in the order the engine applies them; the
English list also holds patterns for the other languages' wordings of the same forms. Every
rule here is `_rule(pattern, why, kinds, **flags)` with the category's usual reason, texts
and flags (below) unless it says otherwise.
"""

from __future__ import annotations

from checkup_desktop.core.safety.rules.rule import ALL, STATEMENT, maker

_rule = maker("dismissal", "dismisses the result", STATEMENT, unless_hedged=True)

EN = [
    _rule(r"\bnothing to (?:worry|be (?:worried|concerned)|fear) about\b|\bno (?:need|"
          r"reason) to (?:worry|be concerned|see|consult|visit|contact|check|recheck|repeat|"
          r"follow|do anything|bother|act)\b|\bdon'?t (?:worry|bother)\b|\bdo not (?:worry|"
          r"bother)\b|\bno cause for (?:concern|alarm)\b|\bof no (?:\w+ )?(?:significance|"
          r"importance|concern)\b|\b(?:always|completely|totally|entirely|perfectly|"
          r"absolutely) (?:harmless|normal|fine|benign|safe)\b|\b(?:can|may|could) (?:safely |"
          r"just |simply )?(?:ignore|skip|disregard|forget about)\b|\bignore (?:it|this|them|"
          r"the result)\b|\brest assured\b|\bno (?:action|follow-up|treatment|"
          r"further tests?) (?:is )?(?:needed|required|necessary)\b|\bnormal for (?:your|"
          r"someone your|a person your|people your|people of your) age\b|\b(?:this|it|that|"
          r"these results?|the result|your result|this result) (?:is|are|'s) (?:completely |"
          r"totally |entirely |perfectly |quite |just )?(?:harmless|nothing|fine|not a problem|"
          r"not important|insignificant|not a concern|irrelevant)\b|\bnothing to worry\b|"
          r"\bharmless result\b",
          kinds=ALL, unless_hedged=False),
    _rule(r"\b(?:does not|doesn't|won't|will not) matter\b|\bnot (?:important|serious|"
          r"significant|relevant)\b|\bnothing serious\b|\bno point (?:in )?\w+ing\b|\b(?:a |"
          r"just a )?(?:lab|laboratory|measurement) error\b|\b(?:be )?(?:safely )?ignored\b|"
          r"\b(?:do not|don't|doesn't|does not|no) need (?:to )?(?:follow|repeat|recheck|"
          r"re-?test|check|see|worry|do anything|act|treat|be (?:followed|checked|seen|repeated|"
          r"treated))\w*\b|\bneeds? no (?:follow-up|treatment|action|further)\b|\btrivial\b|"
          r"\bfluke\b|\bnot worth\b|\bno reason to\b|\bdon'?t lose (?:any )?sleep\b|"
          r"\bnever needs?\b|\bno follow-?up\b|\ball fine\b|\bnothing to see\b|\bno big deal\b|"
          r"\bminor issue\b"),
    _rule(r"\b(?:sort|clear|fix|settle|resolve)\w* (?:this |it |itself )?(?:out |"
          r"up )?(?:on its own|by itself)\b|\bgo(?:es)? away (?:on its own|by itself)\b"),
    _rule(r"\bnon-?issue\b|\bnot an issue\b|\b(?:no|not a) problem\b|\btrust me\b|"
          r"\bleave (?:this|it) alone\b|\bforget about\b|\bnever needs? (?:checking|testing|"
          r"follow)"),
    _rule(r"\bit(?:'s| is) (?:just )?nothing\b|\bjust tell you\b|\b(?:bother|trouble|"
          r"waste)\w* (?:\w+ )?(?:your |the )?(?:doctor|gp|clinician|time)\b"),
    _rule(r"\b(?:high|low|raised|elevated|abnormal)\w* (?:\w+ ){0,2}(?:is|are) (?:perfectly |"
          r"quite |totally |completely )?normal\b"),
    _rule(r"\bread (?:anything|too much) into\b|\bwouldn'?t (?:worry|bother)\b|\bnothing in it\b"),
    _rule(r"\bnever (?:matters|important|significant|relevant|a (?:concern|problem|worry))\b",
          unless_hedged=False),
    _rule(r"\bignor\w*\b",
          unless_negated=True, unless_hedged=False),
    # "doctors don't even look at this": the clinician's attention talked down
    _rule(r"\b(?:doctors?|gps?|clinicians?|médicos?|Ärzte|Ärztinnen)\b[^.;]{0,30}(?:\bdon'?t|"
          r"\bdo not\b|\bnever\b|\bwon'?t\b|\bni siquiera\b|\bnunca\b|\bnicht einmal\b|\bnie\b|"
          r"\bkaum\b)|医生[\u4e00-\u9fff]{0,6}(?:不会看|不看|不在意|不当回事|懒得)",
          unless_hedged=False),
    _rule(r"\bmeaningless\b|\btoo strict\b|\bno significa nada\b|\bdemasiado estricto\b|"
          r"\bbedeutet (?:also |eigentlich )?nichts\b|\bzu streng\b|没有意义|毫无意义|太严",
          unless_negated=True, unless_hedged=False),
    _rule(r"\bforget (?:it|this|that|them)\b|\bolvíd\w+|\bolvidar\w*|\bvergessen Sie\b|\b(?:lab|"
          r"test) (?:quirk|glitch|fluke)\b|\bquirk\b|\bglitch\b|别管|不用管它|忘了(?:它|吧)",
          unless_negated=True, unless_hedged=False),
    _rule(r"\bto be expected\b|\bcan be left(?: alone)?\b|\bleave it be\b"),
    _rule(r"\bsecond thought\b|\bkeine Gedanken\b|\bnot give it a thought\b"),
    _rule(r"\b(?:no|not a single|not one) (?:doctor|gp|clinician|specialist)s?\b|"
          r"\bningún médico\b|\bkein(?:e)? (?:Arzt|Ärztin)\b|没有医生|没有哪个医生",
          unless_hedged=False),
    _rule(r"\b(?:would|will|do|does)(?:n'?t| not) (?:even )?flag\b|\bni siquiera marc\w+|"
          r"\b(?:gar|nicht einmal) (?:nicht )?markier\w+|不会标出|不会标记|不会标红",
          unless_hedged=False),
]
ZH = [
    _rule(r"没(?:什么|啥)(?:好|可|需要)?担心|不(?:用|必|需要)担心|无需担心|别担心|没(?:有)?问题|"
          r"不用管|不必管|(?:不|无)(?:用|需|需要|必)(?:去)?(?:看|找)医生|(?:不|无)(?:需|用|"
          r"必)就医|忽略|(?:都|完全|一定)(?:是)?无害|(?<![许很大多有部并])(?:无需|不用|不需要|"
          r"不必)(?:处理|复查|随访|理会)|自(?:己|行|然)(?:会)?(?:恢复|好转|消失|好)(?!吗)|不重要|"
          r"没关系|无所谓|不要紧|没什么大不了|不严重|(?:化验|检验|检测)误差|谁都有|人人都有|"
          r"不值一提|小问题|小事|永远不需要|无关紧要|不必在意|不用在意"),
    _rule(r"不是问题|放心吧|相信我|(?:永远|总是|一定)是?良性|不用再(?:查|检查|复查)|不必再查"),
    _rule(r"麻烦医生|浪费(?:医生的?)?时间|别(?:拿|为)这个",
          unless_hedged=False),
    _rule(r"没(?:啥|什么)?大事|放在心上|很正常(?!吗)|不用当回事|别当回事"),
    _rule(r"忽视|无视|不用理|别理"),
    _rule(r"从来不重要|从不重要|根本不重要|无所谓",
          unless_hedged=False),
]
ES = [
    _rule(r"nada (?:de )?(?:lo )?(?:que|de qu[eé]|qu[eé]) preocupar|no es (?:nada )?(?:grave|"
          r"importante|preocupante)\b|no (?:hay|tiene) (?:nada )?(?:de )?qu[eé] preocupar|"
          r"no se preocupe|no hace falta (?:que )?(?:consulte|ver|acudir|ir|vaya|repetir|"
          r"hacer nada)|no es necesario (?:consultar|ver|acudir|ir|repetir|hacer nada)|"
          r"(?:siempre|completamente|totalmente) (?:son |es )?(?:inofensiv|normal|benign)\w*|"
          r"puede (?:ignorar|olvidar)\w*|ignór\w+|sin (?:ninguna )?importancia|"
          r"no tiene (?:ninguna )?importancia|se (?:le )?pasará sol|desaparecerá sol|"
          r"se (?:corregirá|normalizará|resolverá) sol|(?:no hace falta|no es necesario|"
          r"no necesita|no hay que)\s+(?:\w+\s+){0,3}(?:seguimiento|repetir\w*|consultar|"
          r"control\w*|revis\w+|preocupar\w*)|no importa|nada grave|error de(?:l)? laboratorio|"
          r"tontería|no le dé (?:más )?vueltas|sin importancia|nunca necesita\w*|"
          r"no merece la pena"),
    _rule(r"\b(?:ningún|ningun) problema\b|\bno es un problema\b|\bcréame\b"),
    _rule(r"\bno (?:moleste|molestar|haga perder)\b|\bperder el tiempo\b",
          unless_hedged=False),
    _rule(r"\bno requiere (?:ningún |ninguna )?(?:seguimiento|control|tratamiento|revisión)\b|"
          r"\bproblema menor\b"),
    _rule(r"\bno es nada\b|\bno le dé importancia\b|\bes normal (?:tener|que)\b"),
    _rule(r"\bnormal para (?:su|la|tu) edad\b",
          unless_hedged=False),
    _rule(r"\bnunca (?:importa|es importante|tiene importancia)\b",
          unless_hedged=False),
    _rule(r"\bno (?:haría|hagas|haga|hace falta hacer) caso\b|\bignor\w+",
          unless_hedged=False),
    _rule(r"\bes de esperar\b|\bdejar(?:lo|la)? estar\b"),
]
DE = [
    _rule(r"kein(?:en)? Grund zur (?:Sorge|Beunruhigung)|keine Sorge|"
          r"machen Sie sich keine Sorgen|(?:müssen|brauchen) Sie (?:deswegen |damit |"
          r"dafür )?nicht zu(?:m Arzt| einer Ärztin)|nicht zum Arzt|(?:immer|völlig|ganz|"
          r"absolut) (?:harmlos|normal|unbedenklich)|ignorieren|bedeutungslos|geht von (?:selbst|"
          r"allein) weg|erledigt sich von selbst|kein Handlungsbedarf|(?:muss|müssen|braucht|"
          r"brauchen) (?:\w+ ){0,2}nicht (?:\w+ ){0,2}(?:verfolgt|kontrolliert|wiederholt|"
          r"abgeklärt|untersucht|beachtet|behandelt)\w*|nicht (?:nötig|notwendig|wichtig|"
          r"schlimm)|nichts Ernstes|Laborfehler|egal|keinen Kopf|Kleinigkeit|Lappalie|banal|"
          r"nie (?:\w+ )?nötig"),
    _rule(r"\bkein Problem\b|\bglauben Sie mir\b"),
    _rule(r"\bbelästigen\b|\bZeit verschwenden\b|\bdamit nicht (?:zum|zur|behelligen)",
          unless_hedged=False),
    _rule(r"\b(?:erfordert|braucht|benötigt) kein\w* (?:\w+ )?(?:Nachkontrolle|Kontrolle|"
          r"Behandlung|Abklärung|Untersuchung)\b|\bkleines Problem\b"),
    _rule(r"\b(?:ist|sind) nichts\b|\bkeine Bedeutung\b|\b(?:ist|sind) (?:doch |ganz |"
          r"völlig )?normal\b"),
    _rule(r"\bnormal für (?:Ihr|Ihre|das|dein) Alter\b",
          unless_hedged=False),
    _rule(r"\bspielt (?:nie|keine|überhaupt keine) (?:eine )?Rolle\b|\bnie wichtig\b",
          unless_hedged=False),
    _rule(r"\bübergeh\w*|\bignorier\w*|\bnicht beachten\b",
          unless_hedged=False),
    _rule(r"\bzu erwarten\b|\bso bleiben\b|\bkann man (?:so )?lassen\b"),
]
