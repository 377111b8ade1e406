"""Certainty rules for English cards: the person's future told as fact ("you will need", "will
cause kidney failure", "you are going to break a bone", "won't affect your vision"), a
procedure they will have to undergo, a course nothing can stop."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.certainty.common import _rule
from checkup_desktop.core.safety.rules.rule import ALL

# grave outcomes a result is said to bring about
_GRAVE_EN = (r"(?:jaundice|heart attacks?|strokes?|kidney failure|liver failure|diabetes|cancer|"
             r"blindness|death|organ damage|seizures?|coma)")

EN_OUTCOMES = [
    # predictions about the person ("you will need...", "usted tendrá...") unless they are the next
    # step of booking or discussing
    # ("does not mean that you will develop ..." denies it)
    _rule(r"(?<!\bnot mean )(?<!n't mean )(?<!\bnot mean that )(?<!n't mean that )"
          r"(?<!\bnot necessarily mean that )(?<!\bno guarantee that )"
          r"\byou(?:'ll| will) (?:\w+ )?(?:need|have|get|develop|be|go|end up|require|suffer|"
          r"lose|feel|become)\b(?! (?:to )?(?:book|see|contact|discuss|repeat|ask|bring|talk|"
          r"call|make|check|an appointment|a repeat|a follow-up|asked|able|offered|given|told|"
          r"seen))",
          "predicts the future"),
    _rule(r"\b(?:will|'ll) (?:cause|lead to|result in) (?:a |an )?" + _GRAVE_EN + r"\b",
          "predicts a disease"),
    # a possibility ("can cause seizures") is a prediction only without a next step
    _rule(r"\b(?:can|could|may|might) (?:cause|lead to|result in) (?:a |an )?" + _GRAVE_EN
          + r"\b",
          "predicts a disease", unless_next_step=True),
    # "you are on a path that ends in diabetes", "heading for kidney failure": a course as fact
    _rule(r"\bon (?:a|the|your) (?:path|road|track|course|way) (?:to|towards?|that (?:ends|leads) "
          r"(?:in|to))\b|\b(?:heading|headed) (?:for|towards?|into)\b|\bon course for\b",
          "predicts a disease", condition_after=True, unless_modal=True),
    # "is not going to cause you any problems", "won't grow": a negative prediction as fact
    # ("most nodules like this won't grow" is a general statement: the clause starts with it)
    _rule(r"(?:^|(?<=[.;!?,:]\s))(?!(?:most|many|some|a lot of|plenty of|often|usually)\b)"
          r"[^.;!?,:]*?\b(?:won't|will not|is not going to|isn't going to|are not going to|"
          r"aren't going to)\s+"
          r"(?:ever\s+)?(?:(?!necessarily|always|probably|likely|possibly|by itself\b)\w+\s+)?"
          r"(?:cause (?:you )?(?:any )?(?:problems?|trouble|harm|damage|symptoms)|give you "
          r"(?:any )?(?:problems?|trouble)|turn into|grow|get worse|get bigger|progress|spread|"
          r"develop into|turn \w+ous)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # "People with a T-score like yours go on to have a fracture": the course of everyone with
    # such a result told as this person's ("some people", "may", "a higher chance" leave it open)
    _rule(r"(?:^|(?<=[.;!?:,]\s))(?:people|patients|those|anyone|everyone|everybody|adults|men|"
          r"women) (?:with|who have|whose)\b[^.;!?]{0,50}?\b(?:like (?:yours|this|these|you)|"
          r"such as "
          r"yours|as (?:high|low|raised) as yours|similar to yours)\b,?\s+(?:\w+\s+)?(?:go(?:es)? "
          r"on to|end(?:s)? up|develop(?:s)?|suffer(?:s)?|progress(?:es)? to|(?:will|'ll|are going "
          r"to) (?:\w+ )?(?:have|get|develop|suffer|break|end up|go on to|lose|need (?:dialysis|"
          r"insulin|surgery|a transplant)))\b",
          "predicts the future", unless_modal=True, unless_hedged=True, unless_uncertain=True),
    # a procedure the person will have to undergo: "will have to be operated on"
    _rule(r"\b(?:will|'ll)\s+(?:\w+\s+)?(?:have|need) to (?:be )?(?:operated on|removed|"
          r"replaced|cut out|amputated|transplanted)\b|\b(?:wird|werden)\b[^.;?!]{0,50}\b"
          r"(?:operiert|amputiert|transplantiert|entfernt|ersetzt|ausgetauscht) werden "
          r"(?:müssen|muss)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # a course nothing can stop: "can't be stopped now", "lässt sich nicht mehr aufhalten", "ya
    # no se puede frenar", "已经无法阻止" (its "can" is no hedge; "many" makes it general)
    _rule(r"(?:(?<=\bcan't )|(?<=\bcannot )|(?<=\bcan not ))be (?:stopped|halted|slowed|held back|"
          r"turned around)\b|\b(?:there(?:'s| is)|is) no stopping\b|\bnothing (?:can|will) "
          r"(?:stop|halt|slow)\b|\bl(?:ä|a)ss(?:t|en) sich (?:\w+ )?nicht (?:mehr )?(?:aufhalten|"
          r"stoppen|bremsen|umkehren)\b|\bno (?:se )?(?:puede|podrá|pueden) (?:frenar|detener|"
          r"parar)\w*|\bno hay (?:forma|manera|modo) de (?:frenar|detener|parar)\w*|"
          r"(?:无法|没法|不能|没有办法)(?:再)?(?:阻止|阻挡|遏制|逆转)|(?:阻止|挡|拦|止|刹)不住|阻止不了",
          kinds=ALL, unless_hedged=True),
    # harm to the person said not to come: "won't affect your vision for ten years", "wird Ihr
    # Sehen nicht beeinträchtigen", "no afectará a su visión", "不会影响您的视力" (about the test
    # or its result it is preparation: "won't affect your results")
    # ("fasting for one night won't affect your health" is about getting ready for a test)
    _rule(r"(?:^|(?<=[.;!?:]\s))(?:(?!\b(?:fast\w*|tests?|samples?|blood draw|needle|scan|"
          r"procedure|water|coffee|breakfast|Fasten|nüchtern|Test|Probe|Blutabnahme|"
          r"Untersuchung|ayun\w*|prueba|muestra|extracción)\b|空腹|抽血|禁食|检查)[^.;!?:])*?(?:"
          r"\b(?:won't|will not|is not going to|isn't going to|are not going to|aren't going "
          r"to)\s+(?:ever\s+)?(?:affect|impair|harm|damage|threaten|limit|shorten|bother)\s+"
          r"(?:your |you )(?:\w+ )?(?:vision|sight|eyesight|hearing|health|life|lifespan|"
          r"kidneys?|heart|liver|bones?|memory|everyday|day-to-day|quality of life|fertility|"
          r"pregnancy|brain)\b|"
          r"\b(?:wird|werden)\b[^.;?!,]{0,20}\b(?:Ihr\w*|Sie) (?:\w+ )?(?:Sehen|Sehkraft|Gehör|"
          r"Gesundheit|Alltag|Leben|Nieren|Herz|Leber|Knochen|Lebensqualität|Gedächtnis)\b"
          r"[^.;?!,]{0,50}\b(?:nicht|nie|niemals|kaum) (?:\w+ )?(?:beeinträchtigen|beeinflussen|"
          r"schaden|gefährden|einschränken|verkürzen|stören)\b|"
          r"\bno (?:va(?:n)? a )?(?:afectar(?:á|án)?|perjudicar(?:á|án)?|dañar(?:á|án)?|"
          r"limitar(?:á|án)?|acortar(?:á|án)?) (?:a )?(?:su|sus|tu|tus) (?:visión|vista|oído|"
          r"audición|salud|vida|riñones|riñón|corazón|hígado|huesos|calidad de vida|memoria|"
          r"día a día)\b|"
          r"(?<!会)(?<!是否)不会(?:影响|损害|伤害|威胁|缩短)(?:到)?(?:您|你)?(?:的)?(?:视力|听力|健康|"
          r"生活|寿命|肾|心|肝|骨|记忆))",
          "predicts the future", unless_modal=True, unless_hedged=True, unless_uncertain=True),
    # the person's own bad event told as fact: "you are going to break a bone", "werden Sie ...
    # einen Knochen brechen", "se va a romper un hueso"
    _rule(r"\byou(?:'re| are) going to (?:\w+ )?(?:need|have|get|develop|break|fracture|lose|"
          r"suffer|end up|go blind|require)\b(?! (?:to )?(?:book|see|contact|discuss|repeat|ask|"
          r"bring|talk|call|make|check|an appointment|a repeat|a (?:\w+ )?test|a follow-up|asked|"
          r"able|offered|given|told|seen|a (?:\w+ )?(?:scan|check|visit|letter|call)))|"
          r"\byou(?:'ll| will) (?:\w+ )?(?:break|fracture|go blind|go deaf)\b(?! your fast)|"
          r"\bwerden Sie\b[^.;?!,]{0,50}\b(?:brechen|erblinden|ertauben|verlieren|erleiden)\b|"
          r"\b(?:se|le|te) (?:va|van) a (?:romper|fracturar|quebrar)\b|\b(?:se|le|te) "
          r"(?:romperá|fracturará|quebrará)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # "wird irgendwann ganz aufhören zu arbeiten", "acabará dejando de funcionar"
    _rule(r"\b(?:wird|werden)\b[^.;?!,]{0,40}\baufhören,? zu (?:arbeiten|funktionieren|"
          r"schlagen)\b|\bacabar(?:á|án) (?:por )?dejando de funcionar\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
]

# Round 14: the course of everyone with such a result passed on to this person ("and yours will
# too"), a harm told as the sure result of the value staying as it is.
EN_OUTCOMES += [
    # "Most people's values settle on their own, and yours will too" ("whether yours will" asks)
    _rule(r"(?<!whether )(?<!if )\byours (?:will|is going to|are going to)(?: \w+)?(?: \w+)? "
          r"(?:too|as well)(?=\s*(?:[.,;!:]|$))|\byours will (?:do|follow) the same\b",
          "predicts the future", unless_modal=True, unless_uncertain=True, unless_choice=True),
    # "if it stays at this level your arteries will gradually narrow over the next ten years"
    _rule(r"\bif (?:it|this|that|they|the \w+|your \w+)(?: \w+)? (?:stays?|remains?|continues?|"
          r"goes? untreated|keeps? (?:rising|going up|climbing))\b[^.;?!]{0,40}?,?\s+(?:your |the |"
          r"you )?(?:\w+ ){0,2}?(?:will|is going to|are going to) (?:gradually |slowly |steadily |"
          r"eventually |inevitably |certainly |definitely |surely )?(?:narrow|harden|stiffen|clog|"
          r"fail|decline|weaken|be damaged|get damaged|suffer|get worse|worsen|deteriorate|"
          r"have (?:a )?(?:heart attack|stroke))\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # "Raised ALT readings like yours always return to the range within a couple of months"
    _rule(r"\balways (?:returns?|go(?:es)? back|comes? back|gets? back|drops? back|falls? "
          r"back|settles? back) (?:in)?to "
          r"(?:the )?(?:normal|range|reference|target|healthy)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
]
