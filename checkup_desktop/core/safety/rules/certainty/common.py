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


# "不一定会", "并不意味着一定会", "未必": the word of certainty is denied
_NOT_ZH = (r"(?<!不)(?<!未)(?<!并非)(?<!不是)(?<!不意味着)(?<!不代表)(?<!不等于)(?<!不表示)"
           r"(?<!不说明)(?<!不见得)")

# ... and a "会" after a denied "一定", or after "some people" (a general statement), is no
# prediction about this person
_NOT_ZH_WILL = (r"(?<!不一定)(?<!未必)(?<!不见得)(?<!并非一定)(?<!不是一定)(?<!不意味着一定)"
                r"(?<!不代表一定)(?<!不等于一定)(?<!不表示一定)(?<!有些人)(?<!部分人)(?<!一些人)"
                r"(?<!有的人)(?<!少数人)(?<!不少人)(?<!有人)(?<!很多人)(?<!许多人)(?<!有些)(?<!一些)"
                r"(?<!部分)(?<!有的)(?<!少数)(?<!其中)"
                # "多数不会引起症状": what most such findings do, not this person's future
                r"(?<!多数不)(?<!大多不)(?<!一般不)(?<!通常不)(?<!往往不)"
                # "有时会在一段时间后自行回落": what such results sometimes do
                r"(?<!有时)(?<!有时候)(?<!偶尔)")
