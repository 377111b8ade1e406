"""Diagnosis rules for English cards: an organ or a finding described as diseased, failing,
benign or malignant ("your kidneys are not filtering", "this benign cyst")."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.diagnosis.common import _rule
from checkup_desktop.core.safety.rules.rule import STATEMENT

EN_ORGANS = [
    _rule(r"\b(?:kidneys?|liver|heart|thyroid|pancreas|lungs?|bone marrow) (?:is|"
          r"are) (?:already |clearly |badly )?(?:damaged|failing|diseased|scarred|not working)\b",
          "says an organ is failing", kinds=STATEMENT, unless_negated=True),
    # ("your kidneys are not inflamed" says the opposite; "if the liver is inflamed" asks it)
    # ("has become a bit lazy", "is getting tired": the organ told as a person)
    _rule(r"\b(?:your|the) (?:thyroid|thyroid gland|liver|kidneys?|heart|pancreas|"
          r"bone marrow) (?:is|are|seems|looks|has become|have become|has gone|is getting|"
          r"are getting|has got(?:ten)?|seems to be|appears to be|looks to be) "
          r"(?:(?!not\b|never\b|no\b)\w+ ){0,2}?(?:underactive|overactive|sluggish|inflamed|"
          r"enlarged|fatty|scarred|weak|failing|lazy|tired|worn out|overworked|worn|slow)\b",
          "says an organ is diseased", kinds=STATEMENT, unless_negated=True, unless_modal=True),
    # (a negation undoes "inflamed" but makes "filtering" a failure; "how much insulin your body
    # is producing" is what a test measures, "producing too little" a failure)
    _rule(r"\byour (?:liver|kidneys?|heart|thyroid|pancreas|lungs?|bones?|bone marrow|body|"
          r"immune system) (?:(?:isn't|aren't|is not|are not|is no longer|are no longer|has not|"
          r"have not|hasn't|haven't) (?:able|filtering|making|producing|coping|clearing|working)|"
          r"(?:is|are|has|have) (?:clearly |definitely )?(?:(?:not |no longer )(?:able|filtering|"
          r"making|producing|coping|clearing|working)|unable|failing|damaged|diseased|stopped|lost|"
          r"enlarged|inflamed|weak|struggling|shutting)|(?:is|are) (?:clearly |definitely )?"
          r"(?:filtering|making|producing|clearing)\s+(?:[\w-]+\s+){0,2}?(?:too\b|less\b|more\b|"
          r"not enough|very little|excess\w*|extra\b|antibod\w+|insufficient))\b",
          "says an organ is failing", kinds=STATEMENT),
    _rule(r"(?:您|你)的?[\u4e00-\u9fff]{0,3}(?:肝|肾|心脏|心|骨髓|甲状腺|胰腺|胰岛|肺|"
          r"脑)[\u4e00-\u9fff“]{0,10}?(?:出了问题|出问题|受损|损伤|损害|坏了|不行了|不工作|不正常了|"
          # "您的肾脏已经失去了一半以上的功能"
          r"功能不全|失去了?[\u4e00-\u9fff]{0,6}功能|"
          # the organ told as a person: "甲状腺有点“偷懒”", "肝脏在“罢工”"
          r"[“\"]?(?:偷懒|罢工|累坏了|累着了|不给力|超负荷|怠工)[”\"]?)",
          "says an organ is failing", kinds=STATEMENT, unless_hedged=True, unless_negated=True),
    # "the nodule is probably benign": a finding named as benign or malignant on a hedge
    _rule(r"(?<!\bless )(?<!\bmore )\b(?:most likely|probably|likely|presumably|almost certainly|"
          r"in all likelihood|(?:seems|appears) to be|looks like)\s+(?:(?!not\b|whether\b)\w+\s+)"
          r"{0,3}?(?:benign|malignant|cancerous|non-?cancerous|(?:a |an )(?:\w+ )?(?:benign |"
          r"harmless |fatty )?(?:growth|lipoma|polyp|calcification|cyst))\b(?![^.;?!]*[”»」』])",
          kinds=STATEMENT, unless_negated=True),
    # "consistent with an athlete's heart", "points to a fatty liver": a cue and an organ named
    # as diseased ("consistent with a healthy heart" names none)
    _rule(r"(?:\bconsistent with|\bin keeping with|\btypical (?:of|for)|\bcharacteristic of|"
          r"\bpoints? (?:to|towards)|\bsuggest(?:s|ive of)|\blooks? like|\bfits? (?:with )?|"
          r"\bcompatible with|\bsigns? of|\bmeans? you have)\s+(?:an?\s+|the\s+)?"
          # ("points to a thyroid that is working well": an article is not a word of disease)
          r"(?:(?!normal|healthy|working|well|usual|an?\s|the\s)[\w'-]+\s+){1,2}?(?:heart|liver|kidneys?|"
          r"thyroid|prostate|pancreas|gland|lungs?|stomach|bowel|gut)\b(?!\s+(?:tests?|function|"
          r"results?|values?|scan|ultrasound))",
          kinds=STATEMENT, unless_negated=True, unless_modal=True),
    # "usually mean the kidney filters are inflamed": an organ (or a part of it) said to be
    # inflamed or damaged ("can mean", "usually", "not", "if", "when" make it a general, negated
    # or conditional statement)
    _rule(r"(?:^|(?<=[.;:!?,]))(?![^.;:!?,]*\b(?:if|when|whether|unless|once)\b)[^.;:!?,]*?"
          r"\b(?:kidneys?|liver|heart|thyroid|pancreas|gallbladder|prostate|bladder|bowel|"
          r"stomach|lungs?)(?:\s+(?:filters?|cells|tissue|lining|gland|vessels|valves?|"
          r"muscle|wall))?\s+(?:is|are|has been|have been)\s+(?:already\s+|clearly\s+|a bit\s+|"
          r"slightly\s+|mildly\s+)?(?:inflamed|swollen|damaged|scarred|diseased)\b",
          "says an organ is diseased", kinds=STATEMENT, unless_negated=True, unless_modal=True),
    # "consistent with a benign colloid nodule", "points to a harmless cyst": a finding named
    # benign or malignant by a cue of fit, without a hedge ("whether it is consistent with",
    # the report's quoted words are not the app's)
    _rule(r"(?:^|(?<=[.;:!?,]))(?![^.;:!?,]*\b(?:whether|if)\b)[^.;:!?,]*?(?:\bconsistent with|"
          r"\bin keeping with|\bcompatible with|\btypical (?:of|for)|\bcharacteristic of|"
          r"\bpoints? (?:to|towards)|\bsuggest(?:s|ive of)|\bfits? (?:with)?|\blooks? like|"
          r"\bin line with|\bcorresponds? to|\bmatch(?:es)?)\s+"
          r"(?:(?!not\b|whether\b)[\w-]+\s+){0,4}?"
          r"(?:benign|malignant|cancerous|non-?cancerous|harmless|simple (?:cysts?|nodules?))\b"
          r"(?![^.;?!]*[”»」』])",
          kinds=STATEMENT, unless_negated=True, unless_modal=True),
    # "this benign cyst", "your harmless polyp": a finding called benign or malignant as if known
    # ("a benign cyst" in general, or the report's quoted words, are not)
    _rule(r"\b(?:this|that|these|those|your|my)\s+(?:[\w-]+\s+)?(?:benign|malignant|cancerous|"
          r"harmless)\s+(?:[\w-]+\s+)?(?:cysts?|nodules?|growths?|polyps?|lumps?|tumou?rs?|"
          r"lesions?|spots?|masses|mass|calcifications?)\b(?![^.;?!]*[”»」』])",
          "calls the finding benign or malignant", unless_negated=True),
    # "your kidneys are showing early damage", "los riñones ya muestran un daño inicial", "Ihre
    # Nieren zeigen bereits eine Schädigung": an organ said to show damage ("whether", "si",
    # "ob", "can" weigh it; "signs of strain on the ECG" names no organ as the subject)
    _rule(r"(?:^|(?<=[.;:!?,]))(?![^.;:!?,]*\b(?:if|when|whether|si|cuando|ob|wenn|falls)\b)"
          r"[^.;:!?,]*?(?:\b(?:kidneys?|liver|heart|thyroid|pancreas|lungs?)\s+(?:is|are|has been|"
          r"have been)\s+(?:already\s+|now\s+)?(?:showing|developing|starting to show|beginning to "
          r"show|suffering)\s+(?:(?:some|early|mild|signs of|a bit of|the first)\s+){0,3}"
          r"(?:damage|scarring|strain|wear|failure|disease)\b|"
          r"\b(?:riñ[oó]n\w*|hígado|corazón|tiroides|páncreas)\s+(?:ya\s+)?(?:muestra\w*|"
          r"presenta\w*|sufre\w*|tiene\w*)\s+(?:(?:un|una|cierto|cierta|algo de|signos de)\s+)?"
          r"(?:daño|lesi[oó]n|deterioro|cicatri\w+)\b|"
          r"\b(?:Nieren?|Leber|Herz|Schilddrüse|Bauchspeicheldrüse)\s+(?:zeig\w*|weis\w*|hab\w*|"
          r"hat)\s+(?:(?:schon|bereits|eine|einen|erste|leichte)\s+){0,3}(?:Schädigung|Schaden|"
          r"Schäden|Vernarbung)\w*|"
          r"\b(?:Nieren?|Leber|Herz|Schilddrüse)\s+(?:(?:schon|bereits|eine|einen|erste|leichte)\s+)"
          r"{1,3}(?:Schädigung|Schaden|Schäden|Vernarbung)\w*\s+(?:aufweis\w*|zeig\w*|hab\w*|hat)\b)",
          "says an organ is diseased", kinds=STATEMENT, unless_negated=True, unless_modal=True),
]
