"""What the certainty rules of every language share: the rule constructor and
common pattern parts."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.rule import STATEMENT, maker

_rule = maker("certainty", "is certain or predicts the future", STATEMENT)

# words of advice in the same clause: "in any case" then stresses the next step, not a course
_ADVICE_NEAR = (r"(?<!\bsollte )(?<!\bsollten )(?<!\bsollten Sie )(?<!\bsollte man )"
                r"(?<!\blohnt es sich )(?<!\blohnt sich )"
                r"(?![^.;?!]{0,60}\b(?:besprech\w*|besprochen|abklär\w*|abgeklärt|kontrollier\w*|"
                r"ansprech\w*|angesprochen|zeigen|vorstell\w*|discuss\w*|mention\w*|check\w*|"
                # "nehmen Sie in jedem Fall heute Kontakt auf" stresses the call
                r"Kontakt\w*|kontaktier\w*|melden|anrufen|aufsuchen|wenden|contact\w*|call|"
                r"worth|consult\w*|coment\w*|revis\w*|consultar)\b)")
