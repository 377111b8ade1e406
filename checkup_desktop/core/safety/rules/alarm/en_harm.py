"""Alarm rules for English cards: harm pictured as happening or certain to last (damage going
on now or unnoticed, organs short of oxygen, a growth invading or bleeding, loss that never
comes back, a trivial mishap with grave harm, a grim outlook tied to a value)."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.alarm.common import _rule
from checkup_desktop.core.safety.rules.rule import QUESTION, STATEMENT

# Round 4: harm happening now (organs short of oxygen, damage "every day"), a mass growing into
# what is around it.
_ORGANS_EN = (r"(?:blood vessels|vessels|nerves|eyes|kidneys?|heart|liver|brain|organs?|arteries|"
              r"retinas?|lungs?)")

_ORGANS_DE = (r"(?:Blutgefäße|Gefäße|Nerven|Augen|Nieren?|Herz|Leber|Gehirn|Organe|Arterien|"
              r"Netzhaut|Lunge)")

_ORGANS_ES = r"(?:vasos|nervios|ojos|riñones|riñón|órganos|arterias|corazón|hígado|cerebro|retina)"

EN_HARM = [
    # a disease far along with little left to do; a life in bed; no recovery
    _rule(r"\b(?:very |far |quite )?advanced (?:stage|disease|cancer)\b|\b(?:options|chances) "
          r"(?:\w+ ){0,2}?(?:are|is|become) (?:very |often |then )?(?:limited|slim|poor)\b|"
          r"\b(?:little|nothing) (?:more )?(?:can|could) be done\b|\bbedridden\b|\bbed-bound\b|"
          r"\bnever (?:fully )?(?:recover|walk again)\b|\bdrop dead\b"),
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
    # a finding likened to aggressive or fast-growing growths: "a feature often seen in
    # aggressive tumours" frightens even when hedged
    _rule(r"\b(?:aggressive|fast-growing|rapidly growing|invasive) (?:\w+ )?(?:tumou?rs?|growths?|"
          r"lesions?|cancers?|masses|disease)\b|\baggressiv\w* (?:\w+ )?(?:Tumor\w*|Geschwulst\w*|"
          r"Wucherung\w*|Krankheit\w*|Erkrankung\w*|Form\w*)\b|\bschnell wachsend\w* (?:Tumor\w*|"
          r"Geschwulst\w*)\b|\b(?:tumor\w*|lesi\w+|crecimientos?|masas?|enfermedad\w*) "
          r"(?:muy )?(?:agresiv\w*|invasiv\w*|de crecimiento rápido)|"
          r"侵袭性(?:强|高|的)?(?:肿瘤|肿物|病变|癌)?|恶性程度(?:很|较|比较)?高|生长(?:很|非常)?(?:快|迅速)的(?:肿瘤|肿物)"),
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
    # what is lost does not come back: "lost vision never comes back", "kommt nicht mehr zurück"
    _rule(r"\b(?:destroy\w*|destru\w+|zerstör\w*)\b|\bnever (?:comes?|grows?) back\b|"
          r"\bno se recupera\w* (?:nunca|jamás)\b|\bnunca (?:se )?(?:recupera|vuelve)\w*|"
          r"\b(?:kommt|kommen|wächst|wachsen) nicht mehr zurück\b|\bnicht mehr rückgängig\b|"
          r"\bunwiederbringlich\w*"),
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
    # no full recovery, a life changed for good: "many never fully recover", "life-changing"
    _rule(r"\bnever (?:\w+ )?(?:fully |completely |quite |really )?(?:recover\w*|regain\w*|"
          r"get over (?:it|this|them)|walk (?:again|unaided)|(?:be|feel) the same again)\b|"
          r"\blife-?(?:changing|altering|limiting|shortening)\b"),
    # a stage or outlook tied to a value: "the higher the CEA, the worse the outlook"
    _rule(r"\bthe (?:higher|more|greater|larger|bigger|lower)\b[^.;]{0,60}?\bthe (?:more "
          r"(?:advanced|aggressive|widespread)|later the stage|worse the (?:outlook|prognosis|"
          r"survival|chances)|(?:less|shorter) (?:the )?(?:time|survival)|more likely (?:it is |"
          r"that )?(?:the )?(?:cancer|tumou?r|disease)? ?(?:has )?(?:already )?spread)\b"),
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
    # what is lost does not come back: "la visión que se pierde ya no se recupera"
    _rule(r"\bya no se recupera\w*|\bno se recupera\w* (?:más|ya)\b|\bnicht mehr (?:zurück|"
          r"wiederherstellbar)\b|(?:再也|永远)(?:恢复不了|回不来|找不回)",
          unless_negated=False),
]

# Round 10: bleeding that is hard to stop, a "bad sign", an organ losing its function, a vessel
# in the brain blocked, a life kept going by machines.
EN_HARM += [
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
    # an organ losing its function: "your kidneys may be slowly losing their ability to work",
    # "verlieren nach und nach ihre Funktion", "perdiendo su función", "正在一点点失去功能"
    _rule(r"\b(?:kidneys?|heart|liver|lungs?|brain|organs?)\b[^.;?]{0,40}\blos(?:e|es|ing) "
          r"(?:their|its|the) (?:\w+ )?(?:function|ability|capacity)\b|"
          r"\b(?:Nieren?|Herz|Leber|Lunge|Gehirn|Organe?)\b[^.;?]{0,40}\bverlier\w* "
          r"(?:\w+ ){0,4}?(?:ihre|seine|die) (?:\w+ )?(?:Funktion|Fähigkeit|Leistung)\w*|"
          r"\b(?:riñones|riñón|corazón|hígado|pulmones|cerebro|órganos)\b[^.;?]{0,40}\bperd\w* "
          r"(?:\w+ ){0,3}?(?:su|sus|la) (?:\w+ )?(?:función|capacidad)\b|"
          r"(?:心脏|肾脏?|肝脏?|肺|大脑|器官)[\u4e00-\u9fff]{0,12}?(?:失去|丧失)(?:了)?(?:功能|"
          r"工作能力|能力)",
          kinds=STATEMENT | QUESTION),
    # a vessel in the brain blocked, paralysis on one side: "could block a blood vessel in your
    # brain", "tapar un vaso del cerebro", "堵住脑血管", "偏瘫", "呼吸肌麻痹"
    _rule(r"\bblock\w* (?:a |the |an )?(?:\w+ )?(?:blood )?(?:vessel|artery)\w* (?:in|to|of) "
          r"(?:the |your )?brain\b|\b(?:tapar|obstruir|bloquear)\w* (?:un|el|los) "
          r"(?:vasos?|arterias?) (?:del|de su|en el) cerebro\b|"
          r"\b(?:Gefäß|Arterie)\w* im (?:Gehirn|Kopf) (?:verschließ|blockier|verstopf)\w*|"
          r"堵(?:住|塞)(?:了)?(?:脑血管|脑部血管|大脑的血管)|偏瘫|"
          r"半身不遂|(?<!不)(?:呼吸肌?)麻痹"),
    # kept alive by a machine: "kept alive by a machine", "dependiendo de una máquina para
    # seguir con vida", "auf eine Maschine angewiesen", "靠机器维持生命"
    _rule(r"\bkept alive (?:by|on) (?:a )?machines?\b|\bon life support\b|\bmáquina\w* para "
          r"(?:seguir con vida|vivir|sobrevivir)\b|\bsoporte vital\b|\bauf (?:eine )?Maschine\w* "
          r"angewiesen\b|\blebenserhaltend\w*|靠(?:机器|仪器)(?:维持生命|活着|续命)"),
]

EN_HARM += [
    # harm already past repair: "the damage has already been done", "the damage is already
    # permanent", "nicht mehr heilen kann", "已经无法再恢复"
    _rule(r"\bdamage (?:has|is) (?:already )?(?:been )?done\b|\b(?:damage|harm|loss)\b[^.;?]{0,20}"
          r"\b(?:is|are) (?:already )?(?:permanent|irreversible|for good)\b|\bnicht mehr "
          r"(?:aus)?heilen\b|\bkeine Heilung mehr\b|\bya no tiene (?:arreglo|solución|cura)\b|"
          r"(?:无法|不能|没法)再(?:恢复|逆转|挽回|治好)",
          kinds=STATEMENT | QUESTION, unless_negated=False),
]
