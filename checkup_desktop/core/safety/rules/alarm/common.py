"""What the alarm rules of every language share: the rule constructor and
common pattern parts."""

from __future__ import annotations

import re
from dataclasses import replace

from checkup_desktop.core.safety.rules.rule import STATEMENT, Rule, maker

# a call for help later in the sentence ("llame al 112", "wählen Sie die 112") is the next step
# the engine's list lacks in Spanish and German
# (a number only on its own: the "112" of a reading "182/112 mmHg" is no call)
_CALL_AFTER = (r"(?![^?]*?(?:(?<![\d/])(?<!\d[.,])(?:112|061|911|999)(?![\d/]|[.,]\d)|"
               r"\b(?:ambulancia|emergencias|servicios? de emergencia|"
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

# a symptom the clinician wants to hear about ("whether you have noticed palpitations, dizziness
# or fainting, so please mention", "si ha notado desmayos, coméntelo", "falls Sie ohnmächtig
# wurden, erwähnen Sie", "如果您曾经晕倒，请告诉医生"): the sentence asks to report it, so the
# symptom word frightens only in a sentence with no such request. Put before the symptom word:
# the match then starts at the sentence start.
_REPORTED = (r"\b(?:mention\w*|tell|let (?:\w+ ){1,3}know|note|notes|noting|write (?:\w+ )?down|"
             r"keep (?:a|an) (?:\w+ )?(?:note|record|diary|log)|report|whether you|if you (?:have|"
             r"had|'ve|notice|get|experience|ever)|have you (?:had|noticed|ever)|wants? to (?:know|"
             r"hear)|ask\w* (?:\w+ )?(?:whether|if|about)|such as|call (?:999|111|112|911|for help|"
             r"an ambulance)|"
             r"coment\w+|mencion\w+|díga\w*|cuénte\w*|avis\w+|anót\w+|anot\w+|apunt\w+|"
             r"querrá saber|"
             r"quiere saber|si ha (?:tenido|notado|sufrido|presentado)|pregunt\w+|llame|"
             r"erwähn\w+|sagen Sie|mitteil\w+|teilen Sie|notier\w+|bericht\w+|ob Sie|falls Sie|"
             r"möchte \w* ?wissen|wissen möchte|melden Sie)\b|"
             r"告诉|告知|提及|提到|记下|记录|是否(?:出现|有过|曾)|(?:如果|若)您?(?:曾经?)?(?:有过|出现)|"
             r"有没有(?:出现|过)|询问|问您")
_SENTENCE_UNREPORTED = (r"(?:^|(?<=[.;!?。；？！]))(?![^.;!?。；？！]*?(?:" + _REPORTED + r"))"
                        r"[^.;!?。；？！]*?")
