"""German certainty rules of round 14 (de.py is full): a course said to settle on its own in a
title's relative clause, a worsening or a bad event taken as given in a question, a bad event
said to be coming, everyone's course passed on to this person. Joined after DE."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.certainty.common import _rule
from checkup_desktop.core.safety.rules.rule import QUESTION

DE_COURSE = [
    # "Erhöhter Blutzucker, der sich von selbst zurückbildet", "Leberwerte, die sich von allein
    # normalisieren": the title tells the course ("oft", "meist" make it general)
    _rule(r"\b(?:der|die|das)\s+sich\s+(?:(?:ganz|meist|oft|häufig|wieder)\s+)?(?:von selbst|von "
          r"allein\w?|selbst|spontan)\s+(?:wieder\s+)?(?:zurückbilde[tn]|normalisier(?:t|en)|gib"
          r"t|geben|leg(?:t|en)|einpendel[tn]|erhol(?:t|en)|regulier(?:t|en)|auflös(?:t|en)|"
          r"besser[tn]|reguliert|erledig(?:t|en))\b",
          "predicts the future", unless_modal=True, unless_uncertain=True, unless_hedged=True),
    # "Wie lange wird es dauern, bis sich die Leberwerte von allein wieder eingependelt haben?"
    _rule(r"\bwie lange (?:dauert es|wird es dauern|braucht es),? bis\b(?:(?!\bob\b)[^?]){0,60}"
          r"\b(?:von selbst|von allein\w?|spontan)\b[^?]{0,30}\b(?:eingependelt|normalisiert|"
          r"zurückgebildet|erholt|gebessert|gelegt|zurückgegangen|verschwunden)\b",
          "takes a course as certain", kinds=QUESTION),
    # "Da mein PSA-Wert jedes Jahr weiter steigen wird, wie oft ...?" ("ob er weiter steigt"
    # asks it)
    _rule(r"\b(?:da|weil|nachdem|zumal|wo doch)\b(?:(?!\bob\b|\bfalls\b|\bwenn\b)[^?,;]){0,60}?"
          r"\b(?:(?:immer )?weiter (?:an|ab)?(?:steigen|sinken|fallen|wachsen|zunehmen|abnehmen|"
          r"nachlassen|schrumpfen)|immer (?:schlechter|höher|niedriger|größer|schwächer)(?: "
          r"werden)?)\s+(?:wird|werden)\b",
          "takes a bad course as certain", kinds=QUESTION),
    # "in welchem Alter bekomme ich dann meinen Herzinfarkt?"
    _rule(r"\b(?:in welchem Alter|mit wie viel(?:en)? Jahren|in wie vielen Jahren)\b[^?]{0,40}"
          r"\b(?:bekomme|kriege|erleide|habe|brauche|werde)\s+ich\b[^?]{0,30}\b(?:\w*infarkt|"
          r"Schlaganfall|Diabetes|Gicht\w*|Dialyse|Bruch|Fraktur|Demenz|Krebs|Insulin|"
          r"\w*versagen|\w*insuffizienz|Hörgerät\w*|Erblindung)\b",
          "takes a bad course as certain", kinds=QUESTION),
    # "Harnsäure erhöht – ein Gichtanfall wird kommen", "ein Herzinfarkt wird folgen"
    _rule(r"\b(?:\w*anfall|\w*infarkt|Schlaganfall|Bruch|Fraktur|Komplikation\w*|Gicht|Diabetes|"
          r"Dialyse|\w*versagen)\s+(?:wird|werden)\s+(?:\w+\s+)?(?:kommen|auftreten|eintreten|"
          r"folgen)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # "bei den meisten normalisieren sich die Werte, und bei Ihnen wird das auch so sein"
    _rule(r"\bbei Ihnen (?:wird|werden) (?:es|das|sie|er)? ?(?:auch|ebenso|genauso)(?: so)? "
          r"(?:sein|kommen|passieren|geschehen|laufen)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True, unless_choice=True),
]
