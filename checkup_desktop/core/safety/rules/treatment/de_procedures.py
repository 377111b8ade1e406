"""Treatment rules for German cards: procedures and operations, named or foretold."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.rule import STATEMENT
from checkup_desktop.core.safety.rules.treatment.common import _REPORT_ADVISES, _REPORT_AFTER, _rule

_PROCEDURE_DE = (r"\b\w*(?:biopsie|operation|chemotherapie|strahlentherapie|dialyse|transfusion|"
                 r"transplantation|punktion|ektomie|spiegelung|ohrspülung|ohrenspülung)\b")

DE_PROCEDURES = [
    # ("der Befund empfiehlt eine Biopsie" restates the report)
    _rule("(?=" + _PROCEDURE_DE + ")" + _REPORT_ADVISES + _PROCEDURE_DE + _REPORT_AFTER,
          "names a treatment or procedure", kinds=STATEMENT, unless_negated=True,
          unless_choice=True),
    _rule(r"\b\w*katheter\w*|\b\w*angiograph\w*|\bBelastungs-?EKG\b",
          "names a procedure", kinds=STATEMENT, unless_negated=True, unless_choice=True),
    _rule(r"\b[\w-]+[Kk]ur\b",
          "prescribes a course of treatment", kinds=STATEMENT),
    # an operation; "die doppelte Dosis": a change to a medicine
    # ("... operiert werden muss": an operation foretold)
    _rule(r"\b(?:operativ |chirurgisch )?entfernt werden\b|\bentfernen lassen\b|"
          r"\b(?:operiert|gelasert) werden (?:muss|müssen|müsste|sollte|sollten|wird)\b|"
          r"\b(?:muss|müssen|sollte|sollten|wird)\b[^.?!;]{0,40}\b(?:operiert|gelasert) werden\b|"
          r"\b(?:heraus|weg)operier\w*|\b(?:heraus|weg)(?:nehmen|schneiden) lassen\b|"
          r"\b(?:heraus|weg)schneid\w*",
          "names a treatment or procedure", kinds=STATEMENT, unless_negated=True,
          unless_choice=True),
    # a procedure foretold: "wird man Ihnen die Entfernung der Gallenblase empfehlen"
    _rule(r"\b(?:Entfernung|Resektion|Operation|OP|\w+ektomie|\w+entfernung)\b[^.;?]{0,40}?"
          r"\b(?:empfehlen|empfohlen|raten|nötig|notwendig|erforderlich|anstehen)\b",
          "names a treatment or procedure", unless_negated=True, unless_choice=True),
]
