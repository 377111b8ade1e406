"""Dismissal rules for English titles: a verdict or a dropped follow-up in a title
("Harmless ...", "Only slightly raised PSA", "Eye pressure: recheck not needed")."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.reassurance.common import (
    _CHECK_DE,
    _CHECK_EN,
    _NO_STEP_AFTER,
    _NO_STEP_AFTER_ZH,
    _OWN_SENTENCE,
    _rule,
)
from checkup_desktop.core.safety.rules.rule import STATEMENT, TITLE

EN_TITLES = [
    # titles that pass a verdict: "Harmless …", "… – nothing serious"
    _rule(r"\b(?:harmless|innocuous|unimportant|insignificant|not (?:a )?concern(?:ing)?|"
          r"no concern|nothing to (?:act on|do|fear)|inofensiv\w*|inocu[oa]s?|"
          r"intrascendente|irrelevante|harmlos\w*|unbedenklich\w*|ungefährlich\w*|belanglos\w*)\b"
          r"|无害|无碍|不要紧|正常现象",
          kinds=TITLE, unless_negated=True),
    _rule(r"(?:^|[–:,，-]\s*)(?:(?:just|simply) )?normal ag(?:e)?ing\b|正常老化",
          kinds=TITLE, unless_negated=True),
    # a title that talks the value down: "Only slightly raised PSA", "Nur leicht erhöht",
    # "Solo ligeramente alto", "只是轻度升高" (a plain "Slightly raised PSA" only reports)
    _rule(r"^\W*(?:only|just|merely|nur|bloß|lediglich|solo|sólo|solamente|apenas|simplemente)"
          r"\b(?: (?:a|an|ein\w*|un|una))?\W{0,3}(?:slightly|mildly|marginally|a (?:little|bit"
          r"|touch)|minimal\w*|"
          r"leicht|gering\w*|knapp|etwas|minimal|ligeramente|levemente|un poco|mínimamente)\b|"
          r"^(?:只是|仅|仅仅|就是|不过是|只)(?:轻度|轻微|稍微|稍|略|有点|一点)",
          kinds=TITLE, unless_hedged=False),
    # a hedged verdict is still a verdict in a title: "肺部小结节，一般无害", "Usually harmless"
    _rule(r"\b(?:harmless|innocuous|harmlos\w*|unbedenklich\w*|ungefährlich\w*|inofensiv\w*|"
          r"inocu[oa]s?)\b(?!\s*(?:\?|or not|oder nicht|o no))|无害|无碍|不要紧",
          kinds=TITLE, unless_negated=True, unless_hedged=False),
    # a title that shrugs the value off: "Presión algo alta, sin más", "– mehr nicht"
    _rule(r"[,–:-]\s*(?:sin más|nada más|y ya(?: está)?|eso es todo|nothing more|that'?s all|"
          r"no more than that|mehr nicht|sonst nichts|weiter nichts|nicht mehr)\s*[.!]?\s*$|"
          r"(?:而已|罢了)\s*[。！]?\s*$",
          kinds=TITLE, unless_hedged=False),
    # a title or clause that drops the follow-up: "Eye pressure: recheck not needed"
    _rule(r"\b(?:re-?checks?|re-?tests?|re-?testing|follow-?ups?|repeat (?:tests?|checks?)|further "
          r"(?:tests?|checks?|testing)|check-?ups?|monitoring|Kontroll\w*|Nachkontroll\w*|"
          r"Wiederholung\w*|Nachuntersuchung\w*) (?:is |are |ist |sind )?(?:not (?:needed|"
          r"necessary|"
          r"required)|unnecessary|unneeded|nicht (?:nötig|notwendig|erforderlich)|unnötig|"
          r"überflüssig)\b", unless_negated=True, unless_hedged=False),
    # Round 10: a title that gives the check time: "Stuhltest positiv, Kontrolle hat Zeit",
    # "Recheck can wait", "Control sin prisa", "复查不急"
    _rule(r"\b(?:" + _CHECK_EN + r"|" + _CHECK_DE + r"|control\w*|revisión|seguimiento|cita|"
          r"consulta|prueba|análisis|analítica|ecografía)\b (?:\w+ )?(?:hat (?:noch )?Zeit|"
          r"eilt nicht|kann warten|can wait|not urgent|nicht dringend|puede esperar|sin prisa|"
          r"no es urgente|no corre prisa)\b(?![^.;]{0,40}\b(?:but|book|aber|Termin|pero|pida|"
          r"cita)\b)|(?:复查|随访|检查|处理)(?:不急|可以缓一缓|可暂缓|可缓)|(?:可|"
          r"可以)?暂(?:时)?不(?:需要)?(?:处理|复查|随访|管)|(?:^|[:–,-]\s*)(?:can wait|"
          r"puede esperar|hat (?:noch )?Zeit|kann warten|eilt nicht|no corre prisa|sin prisa|"
          r"(?:probably |likely |most likely |almost certainly )?nothing(?: serious| much)?|"
          r"(?:wahrscheinlich |vermutlich )?nichts(?: Ernstes| Schlimmes)?|(?:probablemente |"
          r"seguramente )?nada(?: grave| serio)?|(?:应该|多半|大概)?没(?:什么)?事)\s*[.!]?\s*$",
          kinds=TITLE, unless_hedged=False),
    # Round 12: the reader allowed to set the result aside or blame a harmless cause: "Raised CK
    # you can put down to the gym", "Borderline TSH you can set aside", "puede atribuirlo al
    # deporte", "können Sie getrost beiseitelassen", "可以先放一边" (not "ask whether ...")
    _rule(_OWN_SENTENCE + r"\b(?:you|we) (?:can|could|may) (?:safely |just |simply |probably )?"
          r"(?:(?:put|chalk|set) (?:(?:it|this|that|them|these|the|your)(?: [\w-]+){0,3}? )?"
          r"(?:down|up) to|blame (?:it |this |that )?on|(?:set|put|brush|lay|leave) (?:(?:it|this|"
          r"that|them|these|the|your)(?: [\w-]+){0,3}? )?aside)\b(?! (?:some |a little |enough )?"
          r"time\b)" + _NO_STEP_AFTER
          + r"|\bpuede (?:tranquilamente |simplemente )?(?:atribuirl[oa]s?|achacarl[oa]s?|"
          r"dejarl[oa]s? (?:de lado|aparte|a un lado)|apartarl[oa]s?)\b(?![^.;?]{0,40}\bsi\b)"
          + _NO_STEP_AFTER + r"|\bkönnen Sie (?:\w+ ){0,3}?(?:getrost |ruhig |einfach )?"
          r"(?:beiseite ?(?:legen|lassen|schieben)|auf (?:\w+ ){1,3}(?:schieben|zurückführen))\b"
          + _NO_STEP_AFTER
          + r"|可以(?:先)?(?:放(?:一边|在一边|一放)|归(?:因|结)(?:于|为)|不(?:去)?理(?:会)?)"
          + _NO_STEP_AFTER_ZH,
          kinds=STATEMENT, unless_choice=True),
    # Round 12: a title's second half that calls the finding normal for a group or an age:
    # "Raised tumour markers: normal for smokers", "Calcio algo alto: lo esperable a su edad",
    # "Erhöhte Tumormarker: bei Rauchern normal", "血钙略高：这个年龄很正常" ("Normal range for
    # adults" names a range)
    _rule(r"(?:[:–,-]\s*)(?:(?:quite|perfectly|completely|just|bastante|totalmente|ganz|völlig) )?"
          r"(?:lo )?(?:normal(?:es)?|expected|usual|typical|common|esperables?|habitual(?:es)?|"
          r"típic[oa]s?|frecuentes?) (?:for|in|at|among|with|a|en|para|entre|con) [\w' ]{1,30}$|"
          r"(?:[:–,-]\s*)(?:bei|in|für|ab) [\w ]{1,30}? (?:(?:ganz|völlig|durchaus) )?(?:normal|"
          r"üblich|typisch|zu erwarten|erwartbar|nichts Besonderes)\s*[.!]?\s*$|"
          r"[：:，,–-][^：:，,]{0,10}(?:属(?:于)?|是|很|挺|完全|算)正常(?:的|现象)?\s*$",
          kinds=TITLE, unless_negated=True),
]
