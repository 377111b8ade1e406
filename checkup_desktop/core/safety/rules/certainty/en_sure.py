"""Certainty rules for English cards: words of sureness and proof ("definitely", "confirms",
"no doubt", "in every case", "always benign"), and certainty promised to the reader."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.certainty.common import _ADVICE_NEAR, _rule
from checkup_desktop.core.safety.rules.rule import ALL, QUESTION, TITLE

EN_SURE = [
    # "not inevitable", "no es inevitable", "not certain that" deny the certainty
    # ... and "Is it certain that ...?" asks whether it is
    # ("no guarantee"; "definitely worth discussing" is sure of the advice, not of a course)
    _rule(r"\b(?<!\bnot )(?<!n't )(?<!\bno es )(?<!\bnicht )(?<!\bis it )(?<!\bno )"
          r"(?:definitely|certainly|undoubtedly|"
          r"surely|for sure|no doubt|without (?:a |any )?doubt|100 ?%|certain that|it is certain|"
          r"guarantee[sd]?|inevitabl\w+|"
          r"always (?:progress\w*|lead\w*|turn\w*|end\w*|becomes?|causes?)|"
          r"proves?|proven|"
          r"clearly|(?:certain|sure|bound|guaranteed) to|obvious\w*|evident(?:ly)?|zero chance|"
          r"no chance|no question)\b(?!\s+(?:worth|a good idea|important|sensible|advisable|"
          r"recommended|something to|above|below|outside|over|under|higher|lower|raised|"
          r"elevated|within|out of))|\b(?:this|it|that|these results?) (?:confirms?|"
          r"shows? that you)\b",
          "is certain", kinds=ALL, unless_uncertain=True),
    _rule(r"\bsooner or later\b|\bi (?:promise|guarantee|assure you)\b|\balmost certainly\b|"
          r"\bmost certainly\b|\bwithout question\b",
          unless_uncertain=True),
    _rule(r"\bdefinite\b|\bconfirmed\b|\bcertain (?:sign|case)\b",
          "is certain", kinds=TITLE),
    _rule(r"\b100\s?%|\bal 100\b|\bhundertprozentig\w*|\bcien por cien\b|百分之百|百分百|"
          r"\bonly (?:gets?|getting|going to get) worse\b|\bgets? worse with (?:age|time)\b",
          unless_uncertain=True, unless_negated=True),
    _rule(r"\b(?:anything|nothing) (?:else )?but\b|\bcan only be\b|\b(?:this|it|"
          r"that) must be (?:a |an )?(?!checked|repeated|discussed|seen|looked|done|taken|booked)",
          "is certain"),
    _rule(r"\bno (?:room for )?doubt\b|\bleaves? no doubt\b|\bsure sign\b|\blugar a dudas\b|"
          r"\bseñal segura\b|\bkeinen Zweifel\b|\bsicheres Zeichen\b|毫无悬念|确切|确定无疑|必定",
          "is certain", unless_uncertain=True),
    # ("sollte in jedem Fall besprochen werden", "in every case worth discussing" stress advice)
    # ("not in all cases", "no en todos los casos" deny the rule)
    _rule(r"(?<!\bnot )(?<!\bno )(?<!\bnicht )(?:\bin (?:every|each|all) cases?\b|"
          r"\bwithout exception\b|\ben todos los casos\b|"
          r"\bsin excepción\b|\bin jedem Fall\b|\bin allen Fällen\b|\bausnahmslos\b)" + _ADVICE_NEAR
          + r"|每个人都会|所有人都会|无一例外",
          unless_uncertain=True),
    # ("so the result can be confirmed", "needs to be confirmed" leave it open)
    _rule(r"(?<!\bbe )(?<!\bbeen )\bconfirm(?:s|ed)\b(?! (?:with|by) a repeat)",
          "is certain"),
    # inevitability and fate: "unavoidable", "only a matter of time", "is a given"
    _rule(r"\b(?:unavoidabl[ey]|unstoppable|irreversibl[ey]|destined to|doomed to|a foregone "
          r"conclusion|(?:only |just )?a matter of time|(?:is|are) (?:practically |virtually |"
          r"all but )?(?:certain|a certainty|a given)|irremediabl\w+|ineludibl\w+|"
          r"irreversibles?|cuestión de tiempo|destinad[oa]s? a|condenad[oa]s? a|"
          r"garantizad[oa]s?|unvermeidbar\w*|unvermeidlich\w*|unaufhaltsam\w*|"
          r"unausweichlich\w*|unumgänglich\w*|irreversibel\w*|vorprogrammiert|Frage der Zeit|"
          r"nicht (?:mehr )?(?:aufzuhalten|zu (?:vermeiden|verhindern|stoppen)))\b",
          kinds=ALL, unless_negated=True, unless_modal=True),
    # "necessarily" is a certainty in a statement; "¿significa necesariamente ...?" asks it
    _rule(r"\b(?:forzosamente|necesariamente|zwangsläufig\w*|notwendigerweise)\b",
          unless_negated=True, unless_modal=True),
    # "repeat it to confirm that the first result was a lab error", "para confirmar que lo
    # anterior fue un error", "um zu bestätigen, dass es ein Messfehler war": the repeat's
    # outcome taken as settled ("to check whether it was an error" asks it)
    _rule(r"\b(?:confirm\w*|prove|show)\s+(?:that\s+)?(?:(?!whether|if)[\w']+\s+){0,4}?"
          r"(?:was|is|were|'s)\s+(?:(?:just|only|simply|all)\s+)?(?:a |an )?(?:\w+\s+)?"
          r"(?:errors?|mistakes?|fluke|false alarm|false positive|wrong|nothing|harmless)\b|"
          r"\b(?:confirmar|demostrar|comprobar|ver)\s+que\s+(?:[\w']+\s+){0,4}?(?:fue|era|es|"
          r"ha sido|son|fueron)\s+(?:sólo |solo |simplemente )?(?:un |una )?(?:\w+\s+)?"
          r"(?:errore?s?|equivocaci\w+|fals[oa]s?|falsa alarma|fallo|nada)\b|"
          r"\b(?:bestätig\w*|beweis\w*|zeig\w*),?\s+dass\s+(?:[\w']+\s+){0,5}?(?:\w*[Ff]ehler|"
          r"Irrtum|falsch\w*|Fehlalarm|harmlos)\b|"
          r"(?:确认|证明|证实)(?:一下)?(?:之前|上次|上一次|原来)?[^。，,？?]{0,10}(?:是|只是)(?:个|一个)?"
          r"(?:误差|错误|误报|假阳性|失误)",
          "takes a repeat's outcome as settled", kinds=ALL),
    # a sure tag question: "it definitely can't come back, right?" (its "can't" is no doubt)
    _rule(r"\b(?:definitely|certainly|surely|for sure|guaranteed|100 ?%)\b[^?]{0,60},\s*(?:right|"
          r"correct|isn't it|won't it|can it|will it|doesn't it|don't they|yes|no)\?",
          "takes a course as certain", kinds=QUESTION),
    # "is always benign", "is always a sign of good fitness", "ist immer gutartig", "siempre es
    # benigno", "总是良性的" ("not always" denies it)
    # ("a single reading is always just a snapshot" is about the test)
    _rule(r"\b(?:is|are) always (?:benign|harmless|normal|fine|nothing|a sign of|due to|"
          r"caused by)\b|\b(?:ist|sind) (?:immer|stets) (?:gutartig|harmlos|normal|unbedenklich|"
          r"ein Zeichen (?:für|von))\w*|\b(?:es|son) siempre (?:benign|inofensiv|normal|"
          r"señal de|signo de|debid)\w*|\bsiempre (?:es|son|será|serán) (?:benign|inofensiv|normal|"
          r"señal de|signo de)\w*|\bsiempre se debe\w*|"
          r"\b(?:se corrige|se normaliza|desaparece|se resuelve|se cura|mejora)\w*\s+siempre\b|"
          r"\bsiempre (?:se corrige|se normaliza|desaparece|se resuelve|se cura)\w*|"
          r"(?:总是|永远是|一定是|都是)良性",
          "is certain", kinds=ALL, unless_negated=True),
    # "you can be totally sure", "de eso puede estar totalmente seguro", "da können Sie sicher
    # sein": certainty promised to the reader
    _rule(r"\byou can be (?:\w+ )?(?:sure|certain|confident)\b|"
          r"\bpuede(?:s)? (?:estar|quedarse|quedar) (?:\w+ )?(?:segur|tranquil)[oa]\b|"
          r"\b(?:können|könnt) Sie (?:\w+ )?sicher sein\b|\bSie können (?:\w+ )?sicher sein\b|"
          r"您(?:完全)?可以(?:百分之百)?(?:肯定|确定)",
          "is certain", kinds=ALL, unless_negated=True),
]
