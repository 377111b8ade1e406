"""Dismissal rules, every card language: the check put off to a far date or to the next routine
check-up ("can wait until next year's check-up", "等明年体检时再看", "dejar el control para
dentro de dos años", "die Kontrolle auf die Vorsorge im kommenden Jahr verschieben").

A statement that puts the check off is the text's own plan unless a clinician, "if" or
"whether" stands in its sentence. A question is a plain question ("这个可以等到下次体检再处理吗？"
is safe) unless a minimising premise leads it ("既然只高一点", "since it's just age", "ya que
solo está un poco alta") or a tag asks for agreement ("..., right?", "吧？")."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.reassurance.common import _PUT_OFF_DE, _rule
from checkup_desktop.core.safety.rules.rule import QUESTION, STATEMENT

# Round 11: the check put off to a far time, the skeleton of many misses of the eleventh set.
# the sentence up to the words, with no clinician, "if", "whether" or their advice in it ("the
# scan the radiologist suggested can wait" still puts it off; "your doctor says it can wait" is
# their plan)
_OWN_SENT = (r"(?:^|(?<=[.;:!?]))(?:(?!\b(?:clinician|doctor|gp|nurse|whether|if|unless|"
             r"decid\w*|agree\w*|ask\w*|says?|advis\w*|suggests|recommends|should|or|before|rather|"
             r"instead|than|"
             r"médic[oa]|si|decid\w*|pregunt\w*|recomienda|aconseja|Arzt|Ärztin|ob|wenn|falls|"
             r"empfiehlt|rät|entscheid\w*|sollte\w*|oder|vor)\b)[^.;:!?]){0,160}?")

# a minimising premise or a leading tag in a question
_PREMISE = (r"(?:\b(?:since|as|given|because|seeing as|ya que|como|dado que|puesto que|siendo|"
            r"si solo|si sólo|da|weil|nachdem|just|only|simply|solo|sólo|nur|eh|sowieso)\b|"
            r"既然|反正|只是|就是|只比|才|大家都有|都有|多半)")
_TAG = (r"(?:,?\s*(?:right|isn'?t it|is it|don'?t I|do I|surely|correct|yes)\s*\?|"
        r"¿(?:verdad|no|cierto)\?|,\s*oder\s*\?|(?:吧|对吧|是吧|对不对|没问题吧)\s*[？?]?)\s*$")

# far times: next year, the next routine check-up, a few years
_FAR_EN = (r"(?:(?:my|your|the|our) )?(?:(?:next|following|coming) (?:year'?s |annual |"
           r"yearly |routine |regular ){0,2}(?:check-?up|physical|health check|screening|"
           r"medical|year)|next year'?s (?:[\w-]+ )?(?:check-?up|physical|health check|screening|"
           r"medical)|(?:check-?up|physical|health check|screening) in (?:a|one|two|three|a few|"
           r"a couple of|several|\d+) years?|(?:a|one|two|three|a few|a couple of|several|\d+) "
           r"(?:more )?years?)\b")
_FAR_ZH = (r"(?:明年|后年|下一?次|下回|[一二两三四五几]{1,2}年(?:以)?后|过[一二两三几]{1,2}年|"
           r"以后|将来)")
_FAR_ES = (r"(?:dentro de (?:un|uno|dos|tres|unos|varios|un par de|\d+) años?|el año que viene|"
           r"el próximo año|(?:el|la|su|mi) (?:próxim[oa] |siguiente )?(?:chequeo|revisión|"
           r"reconocimiento|control|análisis)(?: anual| médic[oa]| general)? del (?:año que viene|"
           r"próximo año)|(?:el|la|su|mi) (?:próxim[oa]|siguiente) (?:chequeo|revisión|"
           r"reconocimiento)(?: anual| general| rutinari[oa])?)\b")
_FAR_DE = (r"(?:um (?:ein paar|einige|zwei|drei|mehrere|ein|\d+) Jahre?|(?:auf|bis zu[rm]?) "
           r"(?:die |den |das |Ihre?n? |meine?n? )?(?:nächst\w* |kommend\w* |übernächst\w* )?"
           r"(?:\w+ )?(?:Vorsorge\w*|Check-?up\w*|Routine\w*|Gesundheits\w*|Jahr)(?: (?:im|in) "
           r"(?:kommenden|nächsten|zwei|ein paar) Jahr\w*)?|(?:auf|ins) (?:das )?nächste Jahr)")

# the verbs that put a check off
_PUT_EN = (r"\b(?:leav(?:e|ing)|put(?:ting)?|postpon\w*|defer\w*|delay\w*|push\w*|hold\w* off|"
           r"wait\w*|park\w*|mov(?:e|ing))\b")
_PUT_ES = (r"\b(?:dej\w*|aplaz\w*|pospon\w*|pospuest\w*|retras\w*|pas\w*|mov\w*|posterg\w*|"
           r"esperar|espere)\b")
_PUT_ZH = r"(?:等到?|推到|拖到|放到|留到|挪到|延到|推迟到|改到)?"
_MOVE_ZH = r"(?:推到|拖到|放到|留到|挪到|延到|推迟到|改到)"
_LATER_ZH = (r"(?:的)?(?:体检|检查)?(?:时|的时候)?(?:再(?:去)?(?:查|看|复查|说|处理|检查|抽|管)|"
             r"也不迟)")

_EN = (r"(?:" + _PUT_EN + r"(?:(?!\b(?:or|before|sooner|earlier)\b)[^.;?,]){0,60}?\b(?:until|till|"
       r"to|for|by|back|off) |\bwait\w* (?:(?:another|at least|about) )?)" + _FAR_EN)
_ES = (_PUT_ES + r"(?:(?!\b(?:o|antes)\b)[^.;?,]){0,50}?\b(?:para|hasta|a) " + _FAR_ES)
_DE = (_FAR_DE + r"(?:(?!\b(?:oder|vor)\b)[^.;?,]){0,30}?" + _PUT_OFF_DE)
_ZH = (r"(?:(?:^|(?<=[。！？；，,：:]))(?:(?!医生|大夫|建议|报告|是否|还是|如果|要求)"
       r"[^。！？；，,]){0,30}?(?:" + _PUT_ZH + _FAR_ZH + _LATER_ZH + r"|" + _MOVE_ZH + _FAR_ZH
       + r"|(?:复查|检查|随访|这事|这个)[^。！？，]{0,4}(?:往后|先)(?:放一放|放放|拖一拖|拖拖|"
       r"推一推|缓一缓)))")

PUT_OFF_EN = [
    # the text puts the check off: "the follow-up scan ... can wait until next year's check-up",
    # "you can push the recheck back a few years"
    _rule(_OWN_SENT + _EN + r"(?![^.;]{0,60}\b(?:or|but|unless|if)\b)",
          kinds=STATEMENT, unless_hedged=False),
    # asked, led by a premise or a tag: "Since it's just age, is it okay to leave the recheck
    # until next year's check-up?", "Can we just leave this until my check-up in two years?"
    _rule(_PREMISE + r"[^?]{0,140}?" + _EN + r"(?![^?]{0,60}\bor\b)|" + _EN + r"[^?]{0,30}?"
          + _TAG,
          kinds=QUESTION, unless_hedged=False),
]
PUT_OFF_ZH = [
    # "等明年体检时再看也不迟", "复查可以推到明年体检的时候" (not "医生建议一年后复查")
    _rule(_ZH + r"(?![^。！？]{0,30}(?:还是|但|不过))", kinds=STATEMENT, unless_hedged=False),
    # asked with a premise or "吧": "既然PSA只高一点，我是不是可以等明年体检时再说？", "我两三年后
    # 再查应该就可以了吧？", "反正…，复查就先往后放一放，可以吗？"
    _rule(r"(?:" + _PREMISE + r"[^？?]{0,60}?" + _ZH + r"|" + _ZH + r"[^？?]{0,20}?" + _TAG
          + r")(?![^？?]{0,30}还是)",
          kinds=QUESTION, unless_hedged=False),
]
PUT_OFF_ES = [
    # "puede dejar la ecografía de control para el chequeo del año que viene"
    _rule(_OWN_SENT + _ES + r"(?![^.;]{0,60}\b(?:o|pero|salvo|si)\b)",
          kinds=STATEMENT, unless_hedged=False),
    # "Ya que ... solo está un poco alta, ¿puedo dejar el control para dentro de dos años?"
    _rule(_PREMISE + r"[^?]{0,140}?" + _ES + r"(?![^?]{0,60}\bo\b)|" + _ES + r"[^?]{0,30}?" + _TAG,
          kinds=QUESTION, unless_hedged=False),
]
PUT_OFF_DE = [
    # "sodass Sie die Kontrolle ruhig auf die Vorsorge im kommenden Jahr verschieben können",
    # "die vorgeschlagene Kontrolle auch gut um ein paar Jahre verschieben"
    _rule(r"(?:^|(?<=[.;:!?,]))(?:(?!\b(?:Arzt|Ärztin|ob|wenn|falls|empfiehlt|rät|entscheid\w*|"
          r"sollte\w*|oder)\b)[^.;:!?,]){0,120}?" + _DE + r"(?![^.;]{0,60}\b(?:oder|aber)\b)",
          kinds=STATEMENT, unless_hedged=False),
    _rule(_PREMISE + r"[^?]{0,140}?" + _DE + r"(?![^?]{0,60}\boder \w)|" + _DE + r"[^?]{0,30}?"
          + _TAG,
          kinds=QUESTION, unless_hedged=False),
]
