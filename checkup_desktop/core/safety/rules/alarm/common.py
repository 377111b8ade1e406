"""What the alarm rules of every language share: the rule constructor and
common pattern parts."""

from __future__ import annotations

import re
from dataclasses import replace

from checkup_desktop.core.safety.rules.rule import STATEMENT, Rule, maker

# a call for help later in the sentence ("llame al 112", "wählen Sie die 112") is the next step
# the engine's list lacks in Spanish and German
_CALL_AFTER = (r"(?![^?]*?(?:\b(?:112|061|911|999|ambulancia|emergencias|servicios? de emergencia|"
               r"Rettungsdienst\w*|Notarzt\w*|Krankenwagen|"
               # ... and so is being seen the same day ("suchen Sie noch am selben Tag eine
               # Augenklinik auf", "acuda ese mismo día")
               r"am (?:selben|gleichen) Tag|(?:ese|el|este) mismo día|the same day|"
               r"Augenklinik|Notfallpraxis|Notfallambulanz|Bereitschaftsdienst\w*|Rettungsstelle|"
               r"urgencias)\b|急救|当天|当日))")

_rule = maker("alarm", "frightens without a next step", STATEMENT, unless_next_step=True,
              unless_negated=True)

def _unless_called(rule: Rule) -> Rule:
    return replace(rule, rx=re.compile(f"(?:{rule.rx.pattern}){_CALL_AFTER}", re.IGNORECASE))

# between an organ and "stop"/"fail": modals and adverbs only ("your kidneys could soon fail"),
# so "kidney tablets be stopped" is not an organ stopping
_MAY_SOON = (r"(?: (?:could|can|may|might|will|would|is|are|going to|about to|just|suddenly|"
             r"soon|completely|eventually|simply|really|actually|already|start to|begin to|"
             r"then|even|one day|at some point|to))*")

# a cancer named as one cause in a list, with the clinician's next step later ("inflammation as
# well as some cancers, so your clinician will want to ...", "auch bei manchen
# Krebserkrankungen; Ihre Ärztin wird ...", "y también algunos cánceres, por lo que su médico
# ..."): the word is not said of the person. Put before the cancer word: the word matches unless
# it follows a list word and a clinician comes later.
_CLINICIAN_LATER = (r"[^?]*?\b(?:clinician|doctor|GP|specialist|care team|médic[oa]|"
                    r"Ärztin|Arzt|Hausärztin|Hausarzt|Ärzteteam)\b")
_ONE_CAUSE = (r"(?:(?<!some )(?<!certain )(?<!rarely )(?<!rarely, )(?<!, )(?<!\bor )"
              r"(?<!\band )(?<!as well as )(?<!including )(?<!such as )(?<!other )"
              r"(?<!algunos )(?<!algunas )(?<!ciertos )(?<!ciertas )(?<! y )(?<! o )"
              r"(?<!como )(?<!incluso )(?<!manchen )(?<!bestimmten )(?<!einigen )"
              r"(?<!seltener )(?<! und )(?<! oder )(?<!wie )(?<!auch )(?<!selten )"
              r"(?<!darunter )(?<!also )(?<!también )(?<!rara vez )"
              r"|(?!" + _CLINICIAN_LATER + r"))")
