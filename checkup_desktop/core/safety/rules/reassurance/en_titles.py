"""Dismissal rules for English titles: a verdict or a dropped follow-up in a title
("Harmless ...", "Only slightly raised PSA", "Eye pressure: recheck not needed")."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.reassurance.common import _rule
from checkup_desktop.core.safety.rules.rule import TITLE

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
          r"necessary|required)|unnecessary|unneeded|nicht (?:nötig|notwendig|erforderlich)|"
          r"unnötig|überflüssig)\b", unless_negated=True, unless_hedged=False),
]
