"""Alarm rules for English cards: harm to organs pictured as happening, hidden or lasting
(damage going on now or unnoticed, organs short of oxygen, an organ failing or eaten away,
loss that never comes back)."""

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
    # an organ that barely works any more
    _rule(r"\b(?:heart|kidneys?|liver|lungs?|brain|organs?)\b[^.;?]{0,20}\b(?:barely|hardly|"
          r"scarcely) (?:\w+ )?(?:working|functioning|work|function)\b|\b(?:Herz|Nieren?|Leber|"
          r"Lunge|Gehirn|Organe?)\b[^.;?]{0,30}\b(?:kaum|fast nicht|nur noch wenig) (?:noch |"
          r"mehr )?"
          r"(?:arbeiten|funktionieren|arbeitet|funktioniert|schlägt|schlagen)\b|\b(?:corazón|"
          r"riñones|riñón|hígado|pulmones)\b[^.;?]{0,30}\b(?:apenas|casi no) (?:\w+ ){0,2}?"
          r"(?:funciona\w*|trabaja\w*|late\w*)\b|(?:心脏|肾脏?|肝脏?|肺)[\u4e00-\u9fff]{0,6}(?:几乎|"
          r"基本)(?:不|没有)(?:工作|运转|功能)"),
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
    # what is lost does not come back: "lost vision never comes back", "kommt nicht mehr zurück"
    _rule(r"\b(?:destroy\w*|destru\w+|zerstör\w*)\b|\bnever (?:comes?|grows?) back\b|"
          r"\bno se recupera\w* (?:nunca|jamás)\b|\bnunca (?:se )?(?:recupera|vuelve)\w*|"
          r"\b(?:kommt|kommen|wächst|wachsen) nicht mehr zurück\b|\bnicht mehr rückgängig\b|"
          r"\bunwiederbringlich\w*"),
    # no full recovery, a life changed for good: "many never fully recover", "life-changing"
    _rule(r"\bnever (?:\w+ )?(?:fully |completely |quite |really )?(?:recover\w*|regain\w*|"
          r"get over (?:it|this|them)|walk (?:again|unaided)|(?:be|feel) the same again)\b|"
          r"\blife-?(?:changing|altering|limiting|shortening)\b"),
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
    # harm already past repair: "the damage has already been done", "the damage is already
    # permanent", "nicht mehr heilen kann", "已经无法再恢复"
    _rule(r"\bdamage (?:has|is) (?:already )?(?:been )?done\b|\b(?:damage|harm|loss)\b[^.;?]{0,20}"
          r"\b(?:is|are) (?:already )?(?:permanent|irreversible|for good)\b|\bnicht mehr "
          r"(?:aus)?heilen\b|\bkeine Heilung mehr\b|\bya no tiene (?:arreglo|solución|cura)\b|"
          r"(?:无法|不能|没法)再(?:恢复|逆转|挽回|治好)",
          kinds=STATEMENT | QUESTION, unless_negated=False),
]

# Round 14: harm spreading to the organs, the heart short of blood
EN_HARM += [
    # toxins piling up and harming other organs: "las toxinas se acumulan en la sangre y pueden
    # dañar otros órganos", "代谢废物越积越多，逐渐影响到心脏、骨骼和全身多个器官", "can damage
    # other organs", "andere Organe schädigen" ("creatinine is a waste product the kidneys clear"
    # names no harm)
    _rule(r"\b(?:damag\w*|harm\w*|poison\w*|attack\w*|injur\w*)\b (?:\w+ ){0,3}?(?:other|many|"
          r"several|multiple|all (?:your|the)|your) (?:\w+ )?organs\b|\b(?:dañ|perjudic|envenen|"
          r"lesion|atac)\w* (?:\w+ ){0,3}?(?:otros|varios|muchos|todos los|sus) (?:\w+ )?órganos\b|"
          r"\b(?:andere|mehrere|viele|alle|weitere) (?:\w+ )?Organe\b (?:\w+ ){0,3}?(?:schädig|"
          r"angreif|vergift|angegriffen|geschädigt)\w*|\b(?:schädig|vergift|greif)\w* (?:\w+ ){0,3}"
          r"?(?:andere|mehrere|viele|alle|weitere) (?:\w+ )?Organe\b|"
          r"(?:越积越多|蓄积|堆积|积聚|积累)[^。；]{0,30}(?:损害|损伤|伤害|破坏|毒害|影响到?|累及|波及)"
          r"[^。；]{0,20}(?:器官|心脏|大脑|神经|骨骼)|(?:损害|损伤|伤害|破坏|毒害|累及|波及)"
          r"(?:到)?(?:全身|多个|其他|各个)[\u4e00-\u9fff]{0,4}器官"),
    # the heart short of blood, said of the person: "意味着您心脏的供血可能已经跟不上需要了",
    # "your heart may not be getting enough blood", "su corazón no recibe suficiente sangre",
    # "Ihr Herz wird nicht mehr ausreichend mit Blut versorgt"
    _rule(r"\byour heart(?: muscle)?\b[^.;?]{0,30}\b(?:not|isn'?t|no longer) (?:be )?(?:getting|"
          r"receiving) (?:enough|sufficient) (?:blood|oxygen)\b|\bblood supply\b[^.;?]{0,40}\b"
          r"(?:can'?t|cannot|no longer) (?:\w+ )?(?:keep(?:ing)? up|meet\w*)\b|"
          r"\bsu corazón\b[^.;?]{0,30}\bno (?:\w+ )?(?:recib\w+|le llega) (?:suficiente|"
          r"bastante) (?:sangre|oxígeno)\b|\bIhr Herz\w*\b[^.;?]{0,40}\bnicht (?:mehr )?"
          r"(?:ausreichend|genug) (?:mit )?(?:Blut|Sauerstoff)|"
          r"(?:您|你)的?心(?:脏|肌)?的?[\u4e00-\u9fff]{0,4}供血[\u4e00-\u9fff]{0,6}(?:跟不上|不足|不够|不上)"),
]
