"""Dismissal rules, every card language: the check, visit or talk called needless, and the
result to be set aside ("no recheck needed", "does not call for any action", "没有必要再查",
"no tiene sentido repetir la ecografía", "braucht keine eigene Abklärung", "best forgotten
about", "getrost vernachlässigen"), with the questions that lead to the same ("¿para qué voy a
repetirla?", "brauche ich doch keine Kontrolle mehr, oder?")."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.reassurance.common import (
    _CHECK_DE,
    _CHECK_EN,
    _NO_STEP_AFTER,
    _NO_STEP_AFTER_ZH,
    _NO_STEP_LATER,
    _OWN_CLAUSE_Q,
    _rule,
)
from checkup_desktop.core.safety.rules.reassurance.put_off import _OWN_SENT
from checkup_desktop.core.safety.rules.rule import ALL, QUESTION, STATEMENT, TITLE

# Round 11: the constructions behind many misses of the eleventh set, in all four languages.
# what a step can be: a check, a visit, a talk, any action
_STEP_EN = (r"(?!referrals?\b)(?:" + _CHECK_EN + r"|(?:home )?readings|measurements|monitoring|"
            r"action|steps?|investigations?|work-?up|attention)")
_STEP_DE = (r"(?:" + _CHECK_DE + r"|Abklärung|Rücksprache|Arzttermin|Arztbesuch|"
            r"Nachuntersuchung|Ultraschall\w*|Behandlung|\w*[Kk]ontrolle)")

NEEDLESS_EN = [
    # the step called needless: "no recheck needed", "home readings aren't really needed" (not
    # "a referral isn't needed to book it", "no fasting is needed")
    _rule(_OWN_CLAUSE_Q + r"(?:\bno (?:further |repeat |more |additional |extra |other )?"
          + _STEP_EN + r" (?:is |are )?|\b" + _STEP_EN + r" (?:is|are)(?:n'?t| not) (?:really |"
          r"actually |strictly |even |usually )?)(?:needed|necessary|required|called for|"
          r"warranted)\b(?! (?:to|before|for (?:booking|the|this))\b)" + _NO_STEP_AFTER,
          kinds=ALL, unless_hedged=False, unless_choice=True),
    # the result calls for nothing: "does not call for any action", "doesn't warrant further
    # tests", "isn't something that needs chasing"
    _rule(_OWN_CLAUSE_Q + r"(?:\b(?:does not|doesn'?t|do not|don'?t|will not|won'?t)\b (?:really |"
          r"usually |necessarily |generally )?(?:call for|warrant|merit|justify|require|need)\b "
          r"(?:(?:any|a|an|further|more|additional|special|specific|extra) ){0,2}" + _STEP_EN
          + r"|\b(?:is not|isn'?t|'s not|are not|aren'?t)\b (?:really )?(?:something|anything|a "
          r"[\w-]+) (?:that |which )?(?:needs?|requires?|calls? for|warrants?|is worth) "
          r"(?:(?:any|further|more) )?(?:chasing|pursuing|following(?: up)?|follow-?up|acting on|"
          r"action|looking into|investigating|investigation|checking|re-?checking))\b"
          + _NO_STEP_LATER,
          kinds=STATEMENT, unless_hedged=False, unless_choice=True),
    # set aside in the passive: "best forgotten about", "small rises like this are simply
    # disregarded" (not "are usually disregarded by clinicians")
    _rule(r"\bbest (?:forgotten|ignored|disregarded|left alone|overlooked|put out of (?:your )?"
          r"mind)\b|\b(?:is|are|be|gets?) (?:simply|just|safely|routinely) (?:disregarded|ignored|"
          r"overlooked|forgotten)\b(?! by)" + _NO_STEP_AFTER,
          kinds=STATEMENT, unless_negated=True, unless_hedged=False),
    # asked for agreement to leave it: "... and fine to ignore, isn't it?", "safe to forget
    # about, right?", "I don't really need the repeat scan, do I?", "no need to mention this,
    # is there?"
    _rule(r"(?:\b(?:fine|okay|ok|safe|alright|all right|reasonable) to (?:just )?(?:ignore|skip|"
          r"forget|leave|disregard|drop|overlook)\b|\b(?:don'?t|do not|won'?t) (?:really |actually "
          r")?(?:need|have) (?:to )?\w+|\bno (?:real )?(?:need|point|reason)\b)[^?]{0,60}?,\s*"
          r"(?:right|isn'?t it|is it|do I|do we|will I|is there|correct|surely)\s*\?",
          kinds=QUESTION, unless_hedged=False, unless_negated=True),
    # a title that shrugs it off as a passing thing: "Low vitamin D is just a winter thing"
    _rule(r"\b(?:just|only|merely|simply) (?:a |an )(?:[\w-]+ )?thing\b" + _NO_STEP_LATER,
          kinds=STATEMENT, unless_hedged=False),
    # a title that calls the flag false: "Sangre oculta en heces: probablemente un falso
    # positivo", "Blut im Stuhl: vermutlich falsch positiv"
    _rule(r"(?:^|[:–,-]\s*)(?:(?:probably|likely|most likely|almost certainly|probablemente|"
          r"seguramente|casi seguro|vermutlich|wahrscheinlich|wohl|sicher) )?(?:just |only |solo |"
          r"sólo |nur )?(?:(?:a|an|un|una|ein|eine) )?(?:false positive|falso positivo|falsch[- ]"
          r"positiv\w*|falscher Alarm|false alarm|falsa alarma)\s*[.!]?\s*$",
          kinds=TITLE, unless_hedged=False),
    # less than a real finding: "eher ein Schönheitsfehler als ein echter Befund", "more a
    # quirk than a real problem", "más una variante que un verdadero problema"
    _rule(r"\b(?:than|als|que) (?:a |an |ein |eine |un |una )?(?:echte\w*|richtige\w*|real|true|"
          r"actual|genuine|verdader[oa]|auténtic[oa]) (?:Befund|Problem|Krankheit|finding|problem|"
          r"abnormality|issue|hallazgo|problema)\b|\b(?:eher|nur|bloß|lediglich) (?:ein )?"
          r"(?:kleiner )?(?:kosmetisch\w* |optisch\w* )?Schönheitsfehler\b" + _NO_STEP_LATER,
          kinds=STATEMENT, unless_hedged=False),
    # a question that takes "nothing" for certain: "Da der Wert sicher nichts bedeutet: ...",
    # "since it surely means nothing, ...", "ya que seguro que no es nada"
    _rule(r"\b(?:surely|certainly|definitely|obviously|clearly) (?:means |is |'s )?nothing\b|"
          r"\b(?:sicher|bestimmt|sowieso|offensichtlich) (?:nichts|bedeutungslos|harmlos)\b|"
          r"\bseguro que no (?:es|significa) nada\b|\b(?:seguramente|sin duda|obviamente) no "
          r"(?:es|significa) nada\b|(?:肯定|一定|显然)(?:没事|没什么|不是什么)",
          kinds=QUESTION, unless_hedged=False),
    # dropping the check called a fair choice: "skipping the re-test recommended in 12 months
    # is a reasonable choice", "saltarse el control es razonable", "auf die Kontrolle zu
    # verzichten ist vertretbar"
    _rule(_OWN_SENT + r"(?:\b(?:skipping|dropping|cancel+ing|ignoring|missing|forgoing|leaving out|"
          r"not (?:doing|having|booking|attending|repeating))\b (?:(?!(?:before|after|for|until)\b)"
          r"[\w-]+ ){0,3}?(?:" + _CHECK_EN
          + r"|it|this|that|them)\b (?:[\w-]+ ){0,5}?(?:is|would be|"
          r"seems) (?:a |an )?(?:perfectly |entirely |quite |completely |very |also )?"
          r"(?:reasonable|sensible|fine|okay|ok|acceptable|safe|legitimate|valid)\b|"
          r"\b(?:saltarse|omitir|no repetir|no hacer|dejar de lado|cancelar|prescindir de)\b "
          r"(?:[\w-]+ ){0,7}?(?:es|sería|resulta) (?:una )?(?:opción |decisión )?"
          r"(?:perfectamente |totalmente |bastante )?"
          r"(?:razonable|sensat[oa]|aceptable|válid[oa]|segur[oa])\b|\b(?:auszulassen|wegzulassen|"
          r"abzusagen|zu verzichten|ausfallen zu lassen|sein zu lassen),? (?:\w+ ){0,2}?(?:ist|"
          r"wäre) (?:völlig |durchaus |absolut |ganz |auch )?(?:vertretbar|vernünftig|in Ordnung|"
          r"okay|unbedenklich|legitim)\b)",
          kinds=STATEMENT, unless_hedged=False),
    # a question that blames the lab as a settled premise: "these little bumps usually come down
    # to the lab, so ...", "seguro que es cosa del laboratorio, así que ...", "liegt ja sowieso
    # am Labor, also ..." (not "Could it come down to the lab?")
    _rule(r"(?:\b(?:usually|mostly|always|often|probably|surely|just|only|simply) (?:come|comes|"
          r"came) down to (?:the )?lab\w*|\b(?:seguro que|seguramente|siempre) (?:es|son|fue) "
          r"(?:cosa|culpa|un error) del laboratorio|\b(?:liegt|liegen|lag) (?:ja |eh |sowieso |"
          r"bestimmt |sicher |meist ){1,2}(?:am|an dem) Labor)[^?]{0,40}?(?:\b(?:so|and|así que|y|"
          r"also|und)\b|,)",
          kinds=QUESTION, unless_hedged=False),
]
NEEDLESS_ZH = [
    # no point in a check or a trip: "为这个专门跑一趟医院没什么必要", "实际上没有必要再查"
    # (not "是否有必要", "有没有必要")
    _rule(r"(?<!是否)(?<!有没有)(?<!是不是)(?:没(?:有)?(?:什么|太大|多大|啥)?必要|不太有必要|"
          r"并不必要)(?!空腹|禁食)" + _NO_STEP_AFTER_ZH,
          kinds=STATEMENT, unless_hedged=False),
    # no special trip, hedged or not: "一般不用专门去看医生", "一般不必专门跑一趟医院复查"
    _rule(r"(?:不用|不必|无需|不需要|用不着)(?:再)?(?:专门|特意|特地|特别)(?:去|跑|找|挂号|"
          r"看)",
          kinds=STATEMENT, unless_hedged=False),
    # asked whether a check is still worth it: "我还有必要再抽一次血吗？", "我还有必要专门再来
    # 复诊吗？" (not "还有必要空腹吗？复查前…", which asks about the fast)
    _rule(r"还(?:有)?必要(?:再|去|专门)?[^。？！，?!]{0,8}?(?:复查|再查|查|抽|看医生|医院|跑|复诊|"
          r"就诊|随访)",
          kinds=QUESTION, unless_hedged=False),
    # the result treated as unseen: "完全可以当作没看见", "可以完全不理会吧"
    _rule(r"(?:当作?|当成|就当)(?:它|这个|这事)?(?:没看见|没看到|不存在|没这回事|没发生|没发现|没查出来?|"
          r"不知道)|"
          r"(?<!请)(?<!不要)(?<!别)(?:可以|能)(?:完全|直接|就)?(?:不理会|不去理会|不用理会|不必理会|"
          r"置之不理|不予理睬|不用理它|不管它|不去管)",
          kinds=ALL, unless_hedged=False),
    # dropping the check called fine: "不去复查也完全没关系", "跳过复查是合理的"
    _rule(r"(?:不(?:去|再)?复查|不复诊|跳过复查|不做复查|取消复查|不去医院|不去看医生)(?:其实)?(?:也)?"
          r"(?:是)?(?:完全)?(?:可以的|没关系|没问题|合理的|可以接受)",
          kinds=STATEMENT, unless_hedged=False),
]
NEEDLESS_ES = [
    # the step called needless: "no hace falta que lo mencione en la consulta", "no tiene
    # sentido darle más vueltas ni repetir la ecografía" (not "sin cita previa")
    _rule(r"(?<!\bsi )\bno (?:hace falta|es necesario|es preciso|hay que|tiene (?:mucho |ningún "
          r")?sentido|merece la pena|vale la pena|necesita)\b (?:que )?(?:(?:lo|la|los|las|le|"
          r"se) )?(?:(?!para\b|antes\b|en\b|estar\b)[\w-]+ ){0,4}?(?:mencion\w*|coment\w*|"
          r"consult\w*|repet\w*|pedir cita|pida cita|volver|acud\w*|vaya al médico|ir al médico|"
          r"control\w*|seguimiento|hacer(?:se)? (?:más|otra|otro|nuev[oa]s?) \w+)\b(?! previa)"
          # ("no hace falta que acuda en ayunas": how to come, not whether)
          r"(?! (?:(?:el|la) )?(?:en ayunas|ayuno|ayunas|preparación)\b)",
          kinds=STATEMENT, unless_hedged=False),
    # not worth more time, changes nothing: "no merecen que les dedique más tiempo", "y no
    # cambia nada"
    _rule(r"\bno merece\w* (?:que|ni)\b|\bno cambia (?:absolutamente )?nada\s*(?:[.;]|$)"
          + _NO_STEP_LATER,
          kinds=STATEMENT, unless_hedged=False),
    # "¿para qué voy a repetirla?", "¿verdad que no hace falta hacer nada más?", "no hace
    # falta repetirlo, ¿verdad?"
    _rule(r"\bpara qué (?:voy a|vamos a|tengo que|hay que|iba a|debería|necesito|me van a)\b"
          r"[^?]{0,30}?(?:repet\w*|hacer\w*|volver|ir|control\w*|consult\w*|preocup\w*)|\bverdad "
          r"que no (?:hace falta|es necesario|hay que|tengo que|necesito|merece|pasa nada|es "
          r"nada)\b|\bno (?:hace falta|es necesario|tengo que|necesito)\b[^?¿]{0,60}?,?\s*¿(?:"
          r"verdad|no|cierto)\?",
          kinds=QUESTION, unless_hedged=False),
    # Round 12: "no requieren que consulte antes de su próxima revisión": the visit called
    # needless with a subjunctive clause ("no requiere que se lo repita" too)
    _rule(r"\bno (?:requiere|requieren|exige|exigen|obliga|obligan|hace falta|es necesario|es "
          r"preciso) (?:a \w+ )?que (?:\w+ ){0,2}?(?:consulte|acuda|vaya|vuelva|pida|repita|se "
          r"(?:controle|revise|haga|repita)|lo (?:consulte|comente|revise|repita)|adelante)\w*\b"
          r"(?! (?:(?:el|la) )?(?:en ayunas|ayuno|ayunas|preparación|ahora|hoy|de urgencia|"
          r"urgentemente)\b)(?![^.;]{0,80}\b(?:pero|aunque|salvo|si (?:su|el|la) médic[oa]|"
          r"coméntelo|consulte)\b)",
          unless_choice=True),
]
NEEDLESS_DE = [
    # the step called needless, hedged or not: "brauchen in der Regel keine eigene Abklärung",
    # "eine eigene Rücksprache ist dafür aber nicht erforderlich" (not "keine Überweisung nötig")
    _rule(r"(?:^|(?<=[.;:!?,]))(?:(?!\b(?:ob|wenn|falls|entscheid\w*|Überweisung)\b)[^.;:!?,])"
          r"{0,120}?(?:\b(?:brauch\w*|benötig\w*|erfordern?)\b (?:(?:in der Regel|normalerweise|"
          r"meist|eigentlich|also|daher|deshalb|Sie|es|sie|man|dafür|damit|hier) ){0,3}(?:keine?n?|"
          r"nicht) (?:(?:eigene\w*|weitere\w*|zusätzliche\w*|gesonderte\w*|extra|besondere\w*) )?"
          + _STEP_DE + r"|\b" + _STEP_DE + r" (?:ist|sind) (?:(?:dafür|hier|aber|also|daher|dabei|"
          r"deshalb) )*(?:nicht|kaum) (?:nötig|erforderlich|notwendig)\b|\b" + _STEP_DE
          + r" (?:brauch|benötig)\w* (?:\w+ ){0,5}?nicht\s*(?:[.;,]|$))" + _NO_STEP_AFTER,
          kinds=STATEMENT, unless_hedged=False),
    # need not occupy you: "muss Sie nicht weiter beschäftigen", "braucht Sie nicht zu kümmern"
    _rule(r"\b(?:muss|müssen|braucht|brauchen|sollte|sollten) Sie (?:\w+ )?nicht (?:weiter |"
          r"länger |mehr |groß )?(?:zu )?(?:beschäftigen|kümmern|interessieren|belasten|stören)\b"
          + _NO_STEP_LATER,
          kinds=STATEMENT, unless_hedged=False),
    # set aside with a calm adverb: "können Sie diesen Messwert getrost vernachlässigen"
    _rule(r"\b(?:getrost|ruhig|bedenkenlos|einfach|gut)\b (?:\w+ ){0,3}?(?:vernachlässigen|"
          r"ignorieren|außer Acht lassen|übergehen|beiseitelassen)\b|\bkönnen Sie\b[^.;,]{0,40}?"
          r"\bvernachlässigen\b" + _NO_STEP_AFTER,
          kinds=STATEMENT, unless_negated=True, unless_hedged=False),
    # leading questions: "brauche ich doch keine Ultraschallkontrolle mehr, oder?", "müssen wir
    # darüber überhaupt noch reden?"
    _rule(r"\b(?:brauche|muss|müssen|brauchen) (?:ich|wir)\b[^?]{0,50}?\bdoch (?:gar |auch )?"
          r"(?:keine?n?|nicht)\b|\b(?:muss|müssen|brauche|brauchen|soll|sollen) (?:ich|wir)\b"
          r"[^?]{0,40}?\büberhaupt (?:noch )?(?:\w+ ){0,3}?(?:reden|sprechen|hin|zum Arzt|"
          r"kontrollieren|wiederholen|abgeben|machen|" + _STEP_DE + r")"
          r"(?![^?]{0,60}\boder \w)",
          kinds=QUESTION, unless_hedged=False),
    # Round 12: the verb last, passive: "was ... nicht weiter verfolgt werden muss", "die nicht
    # kontrolliert zu werden brauchen"
    _rule(r"\bnicht (?:weiter |mehr |näher |extra |eigens |gesondert |unbedingt )?(?:verfolgt|"
          r"kontrolliert|wiederholt|abgeklärt|untersucht|beachtet|behandelt|nachkontrolliert|"
          r"überwacht) (?:zu )?werden (?:muss|müssen|braucht|brauchen|müsste|müssten)\b"
          + _NO_STEP_AFTER,
          unless_choice=True, unless_negated=False),
]
