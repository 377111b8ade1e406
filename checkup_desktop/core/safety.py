"""The safety checker (DESIGN §2): no diagnosis, no treatment, no alarm without a next step.

It runs on every card whatever wrote it (knowledge-base template or local model). A card with a
violation is never shown raw: the pipeline replaces it with the knowledge-base template.
The rules are patterns, English and Chinese, kept here in one place so they are easy to audit.
"""

from __future__ import annotations

import re
from typing import Literal

from checkup_desktop.core.models import ActionCard

TextKind = Literal["title", "explanation", "question"]

_I = re.IGNORECASE

# Conditions a card must never presume the person has ("How do I manage my diabetes?").
_CONDITIONS = (
    r"(?:pre-?)?diabetes|an(?:a)?emia|hypo(?:thyroidism)|hyper(?:thyroidism|tension|lipid(?:a)?emia|"
    r"cholesterol(?:a)?emia)|dyslipid(?:a)?emia|(?:fatty )?liver disease|kidney disease|"
    r"cancer|tumou?r|leuk(?:a)?emia|lymphoma|hepatitis|cirrhosis|gout|thalass(?:a)?emia|"
    r"heart disease|infection|hiv|syphilis|tuberculosis"
)

# Telling the person what they have, or sounding certain about it.
_DIAGNOSIS = [
    (r"(?<!\bif )(?<!\bwhen )(?<!\bwhether )(?<!\bunless )\byou(?:'ve| have| has| had)\s+"
     r"(?:got\s+)?(?:a |an )?(?!to\b|been\b|any\b|no\b|questions?\b)"
     r"[a-z]+", "tells the person what they have"),
    (r"\b(?:you are|you're)\s+(?:a\s+)?(?:diabetic|anaemic|anemic|obese|sick|ill|infected|"
     r"pre-?diabetic|hypothyroid|hyperthyroid)\b", "labels the person with a condition"),
    (r"\bdiagnos(?:e|ed|es|is|ing)\b", "diagnoses"),
    (r"\b(?:the )?patient (?:is|has|was|suffers)\b", "speaks of 'the patient' as diagnosed"),
    (r"\bsuffer(?:s|ing)? from\b", "diagnoses"),
    (r"\b(?:a|the) (?:condition|disease|disorder|illness) (?:called|named|known as)\b",
     "diagnoses"),
    (rf"\b(?:my|your|his|her) (?:{_CONDITIONS})\b", "presumes a diagnosis"),
    (r"\b(?:this|it|that|these results?) (?:confirms?|proves?|shows? that you)\b", "is certain"),
    (r"\b(?:definitely|certainly|undoubtedly|surely|without (?:a )?doubt|100 ?%)\b",
     "uses certainty words"),
    (r"\b(?:is|are) (?:caused by|due to) (?!many|several|different|various)", "names a cause"),
    (r"\b(?:you will|you'll) (?:die|need surgery|need an operation)\b", "predicts an outcome"),
]
_DIAGNOSIS_ZH = [
    (r"(?:你|您)(?:患有|得了|有[^。，,？?]{0,6}(?:病|症|癌))", "tells the person what they have"),
    (r"确诊|诊断为|诊断是|被诊断", "diagnoses"),
    (r"患者(?:患有|是|有)", "speaks of 'the patient' as diagnosed"),
    (r"肯定是|一定是|毫无疑问|必然", "uses certainty words"),
]

# Treatment: drugs, doses, supplements, starting/stopping, diets as prescriptions.
_DRUGS = (
    r"statins?|atorvastatin|rosuvastatin|simvastatin|metformin|insulin|levothyroxine|"
    r"aspirin|ibuprofen|paracetamol|acetaminophen|antibiotics?|amoxicillin|"
    r"warfarin|heparin|clopidogrel|lisinopril|amlodipine|losartan|furosemide|prednisone|"
    r"steroids?|allopurinol|iron (?:tablets?|pills?|supplements?)|vitamin [a-z0-9]+ "
    r"(?:tablets?|pills?|supplements?|shots?|injections?)|folic acid tablets?|calcium tablets?"
)
_TREATMENT = [
    (rf"\b(?:{_DRUGS})\b", "names a drug"),
    (r"\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ug|g|iu|units?|ml)\b(?!\s*/)"
     r"(?:\s*(?:a|per|each|every|once|twice|daily|day|bd|od|tds))", "gives a dose"),
    (r"\b(?:once|twice|three times) (?:a|per) day\b", "gives a dose schedule"),
    (r"\b(?:take|taking|use|using)\b[^.?!]{0,40}?(?:\d+\s?(?:mg|mcg|µg|iu|units?|g|ml)\b|"
     r"\bevery day\b|\bdaily\b)", "gives a dose"),
    (r"\b(?:start|stop|begin|keep|continue|increase|reduce|decrease|double|skip)"
     r"(?:s|ing)? (?:taking|using|your|the) (?:\w+ )?(?:medicines?|medications?|drugs?|"
     r"pills?|tablets?|doses?|insulin|treatment)\b", "tells the person to start or stop treatment"),
    (r"\b(?:take|taking|prescribe[sd]?|prescription|recommend(?:s|ed|ing)? (?:a |an )?)"
     r"\s*(?:a |an |some )?(?:medicines?|medications?|drugs?|pills?|tablets?|capsules?|"
     r"supplements?|injections?)\b", "recommends a medicine"),
    (r"\bsupplements?\b", "mentions supplements"),
    (r"\b(?:you should|you must|you need to) (?:eat|avoid eating|stop eating|cut out|go on|"
     r"follow) ", "prescribes a diet"),
    (r"\b(?:diet plan|low-carb diet|keto diet|fasting plan)\b", "prescribes a diet"),
]
_TREATMENT_ZH = [
    (r"服用|吃药|剂量|处方|停药|补充剂|保健品|注射|他汀|二甲双胍|胰岛素|阿司匹林|抗生素|优甲乐|"
     r"左甲状腺素|(?:建议|需要|应该|应当)(?:使用|用|开|吃)?[^。，,]{0,6}药",
     "mentions a medicine or dose"),
    (r"\d+\s*(?:毫克|微克|mg|片|粒)(?:每|/)?(?:天|日|次)", "gives a dose"),
]
# Fine in a question to the clinician ("Do I need any treatment?", "Does this need to be
# confirmed?") but not as the app's own statement. Saying that "some medicines can affect a
# result" is information, not treatment, and is allowed.
_OWN_TEXT_ONLY = [
    (r"\b(?:surgery|operation|chemotherapy|radiotherapy|radiation therapy|dialysis|"
     r"transfusion|biopsy)\b", "names a treatment or procedure"),
    (r"\bconfirm(?:s|ed)\b", "is certain"),
    (r"\b(?:need|needs|should have|must have|requires?) (?:a |an |some )?(?:medicines?|"
     r"medications?|drugs?|pills?|tablets?|treatment)\b", "says treatment is needed"),
    # seen in real SmolLM2 output: "A patient with LDL 190 mg/dL has a rare genetic
    # disorder", "LDL 190 mg/dL is a form of cancer", "... is a type of medication"
    (r"\b(?:a|the|this|that) patients?\b", "speaks of 'a patient' instead of to the person"),
    (r"\b(?:rare|serious|severe|dangerous|incurable|genetic|hereditary)\b[^.?!]{0,30}?"
     r"\b(?:diseases?|disorders?|conditions?|syndromes?|illness(?:es)?)\b",
     "calls it a serious disease"),
    (r"\b(?:is|are)\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:disease|disorder|syndrome|cancer|"
     r"illness|medication|medicine|drug)\b", "says what disease or drug a result is"),
    (r"\b(?:treated|managed|cured) with\b|\btreatment (?:is|with|of)\b", "talks about treatment"),
    # "Your liver is not able to remove bilirubin from the blood, which can cause jaundice."
    (r"\byour (?:liver|kidneys?|heart|thyroid|pancreas|lungs?|bones?|bone marrow|body|"
     r"immune system) (?:is|are|isn't|aren't|has|have) (?:not |no longer )?(?:able|unable|"
     r"failing|damaged|diseased|not working|stopped|lost|enlarged|inflamed|weak)\b",
     "says an organ is failing"),
    (r"\b(?:will|can|could|may|might) (?:cause|lead to|result in) (?:a |an )?(?:jaundice|"
     r"heart attacks?|strokes?|kidney failure|liver failure|diabetes|cancer|blindness|"
     r"death|organ damage|seizures?|coma)\b", "predicts a disease"),
]

# Alarm without a next step; words that frighten more than they inform.
_ALARM = [
    (r"\b(?:fatal|deadly|life[- ]threatening|terminal|dying|death|die)\b", "alarms"),
    (r"\b(?:you|it) (?:is|are|may be|might be|could be) (?:cancer|malignant|a tumou?r)\b",
     "suggests cancer"),
    (r"\b(?:has|have|had) (?:cancer|leuka?emia|a tumou?r)\b", "suggests cancer"),
]
_ALARM_ZH = [(r"致命|危及生命|死亡|绝症|晚期", "alarms")]


# Spanish and German cards (texts from the gettext catalogs, or the model) get their own
# rules on top of the English and Chinese ones (a model may answer in English whatever the
# card language); only English "die" is left out for German, where it is an article.
_DIAGNOSIS_ES = [
    (r"\busted (?:tiene|padece|sufre)\b|\b(?:padece|sufre) (?:de )?(?:una?|el|la)\b",
     "tells the person what they have"),
    (r"\bdiagnostica\w*|\bdiagnosticad[oa]s?\b|\bel diagnóstico es\b", "diagnoses"),
    (r"\b(?:sin (?:ninguna )?duda|definitivamente|con (?:toda )?(?:seguridad|certeza))\b",
     "uses certainty words"),
]
_TREATMENT_ES = [
    (r"\b(?:estatinas?|metformina|insulina|levotiroxina|aspirina|ibuprofeno|paracetamol|"
     r"antibióticos?|amoxicilina|warfarina|heparina|corticoides?|esteroides?|alopurinol)\b",
     "names a drug"),
    (r"\b(?:empiece|empezar|comience|deje|dejar|suspenda|suspender) (?:a |de )?(?:tomar|usar)\b",
     "tells the person to start or stop treatment"),
    (r"\bsuplementos?\b", "mentions supplements"),
]
_ALARM_ES = [(r"\b(?:mortal|letal|muerte|morir(?:á)?|terminal)\b", "alarms")]
_OWN_TEXT_ES = [
    (r"\b(?:esto|lo que) confirma\b|\bconfirma que\b", "is certain"),
    (r"\b(?:cirugía|operación|quimioterapia|radioterapia|diálisis|transfusión|biopsia)\b",
     "names a treatment or procedure"),
]
_DIAGNOSIS_DE = [
    (r"\bSie (?:haben|leiden)\b", "tells the person what they have"),
    (r"\bdiagnostizier\w*|\bdie Diagnose (?:ist|lautet)\b", "diagnoses"),
    (r"\b(?:eindeutig|zweifellos|definitiv|mit Sicherheit|ganz sicher)\b", "uses certainty words"),
]
_TREATMENT_DE = [
    (r"\b(?:Statine?|Metformin|Insulin|Levothyroxin|Aspirin|Ibuprofen|Paracetamol|"
     r"Antibiotik\w*|Amoxicillin|Marcumar|Warfarin|Heparin|Kortison|Cortison|Steroide?|"
     r"Allopurinol)\b", "names a drug"),
    (r"\b(?:nehmen Sie|absetzen|einnehmen)\b", "tells the person to start or stop treatment"),
    (r"\bNahrungsergänzung\w*", "mentions supplements"),
]
_ALARM_DE = [(r"\b(?:tödlich|lebensbedrohlich|Tod|sterben|unheilbar)\b", "alarms")]
_OWN_TEXT_DE = [
    (r"\bbestätigt\b", "is certain"),
    (r"\b(?:Operation|Chemotherapie|Strahlentherapie|Dialyse|Transfusion|Biopsie)\b",
     "names a treatment or procedure"),
]

# The standing notice in each card language; it also tells which language a card is in.
NOTICE_MARKS = {"en": "not medical advice", "zh": "不是医疗建议",
                "es": "no es un consejo médico", "de": "keine medizinische Beratung"}


def _compile(rules):
    return [(re.compile(p, _I), why) for p, why in rules]


_RULES_ALL = _compile(_DIAGNOSIS + _DIAGNOSIS_ZH + _TREATMENT + _TREATMENT_ZH + _ALARM + _ALARM_ZH)
_RULES_OWN_TEXT = _compile(_OWN_TEXT_ONLY)
_ALARM_WITHOUT_DIE = [(r"\b(?:fatal|deadly|life[- ]threatening|terminal|dying|death)\b",
                       "alarms"), *_ALARM[1:]]
_BASE = _DIAGNOSIS + _DIAGNOSIS_ZH + _TREATMENT + _TREATMENT_ZH + _ALARM_ZH
_RULES_BY_LANG = {
    "es": (_compile(_BASE + _ALARM + _DIAGNOSIS_ES + _TREATMENT_ES + _ALARM_ES),
           _compile(_OWN_TEXT_ONLY + _OWN_TEXT_ES)),
    "de": (_compile(_BASE + _ALARM_WITHOUT_DIE + _DIAGNOSIS_DE + _TREATMENT_DE + _ALARM_DE),
           _compile(_OWN_TEXT_ONLY + _OWN_TEXT_DE)),
}


_DRUG_NAMES = [re.compile(p, _I) for p in (rf"\b(?:{_DRUGS})\b", _TREATMENT_ES[0][0],
                                             _TREATMENT_DE[0][0], r"胰岛素|阿司匹林")]


def notice_language(notice: str) -> str | None:
    return next((lang for lang, mark in NOTICE_MARKS.items() if mark in notice), None)


def check_text(text: str, kind: TextKind = "explanation", lang: str = "en") -> list[str]:
    """Return the violations in one piece of card text (empty list: safe).

    `lang` picks the Spanish or German rules; English and Chinese rules apply otherwise."""
    always, own_text = _RULES_BY_LANG.get(lang, (_RULES_ALL, _RULES_OWN_TEXT))
    rules = always if kind == "question" else always + own_text
    out = []
    for rx, why in rules:
        m = rx.search(text)
        if m:
            out.append(f"{why}: {m.group(0)!r}")
    return out


# What replaces the report's own words before a card's text is judged: neutral, no letters a
# rule could match, not a digit (a dose pattern must not read it as a number).
_PLACEHOLDER_WORD = "‹›"


def _is_numeric(s: str) -> bool:
    return not re.search(r"[^\W\d_]", s)


def evidence_strings(card: ActionCard) -> list[str]:
    """The report's words on a card: each evidence item's label, text, range and (when it is
    words, not a number) value. Longest first, so a sentence is masked before its parts."""
    out: set[str] = set()
    for ev in card.evidence:
        for s in (ev.label, ev.text, ev.reference_range, ev.value):
            s = " ".join(s.split())
            if len(s) >= 2 and not _is_numeric(s):
                out.add(s)
    # a drug name inside a test name ("Fasting Insulin" -> "insulin") is the test, not advice
    for s in list(out):
        for rx in _DRUG_NAMES:
            out.update(m.group(0) for m in rx.finditer(s))
    return sorted(out, key=len, reverse=True)


def mask_quotes(text: str, quotes: list[str]) -> str:
    """Replace every occurrence of the report's own strings (case-insensitive, whole words for
    alphanumeric edges) by a neutral placeholder: the checker judges only the app's words."""
    for q in quotes:
        body = r"\s+".join(re.escape(w) for w in q.split())
        left = r"(?<![A-Za-z0-9])" if re.match(r"[A-Za-z0-9]", q) else ""
        right = r"(?![A-Za-z0-9])" if re.search(r"[A-Za-z0-9]$", q) else ""
        text = re.sub(left + body + right, _PLACEHOLDER_WORD, text, flags=re.IGNORECASE)
    # a label or title cut short with "…" quotes the start of a report string
    pos = text.find("…")
    while pos > 0:
        low = text[:pos].casefold()
        cut = max((k for q in quotes for k in range(min(len(q), pos), 3, -1)
                   if low.endswith(q[:k].casefold())), default=0)
        if cut:
            text = text[:pos - cut] + _PLACEHOLDER_WORD + text[pos + 1:]
            pos -= cut
        pos = text.find("…", pos + 1)
    return text


def check_card(card: ActionCard, grounding: str = "") -> list[str]:
    """All violations of a card: its texts, the question form and the standing notice.

    The report's own words (the evidence labels, values and sentences) are masked first: a test
    named "Insulin" or a report sentence "biopsy advised" quoted on the card is evidence, not
    advice. `grounding` (the knowledge-base entry text) is reserved for term grounding."""
    lang = notice_language(card.notice) or "en"
    quotes = evidence_strings(card)
    problems = [f"title {v}" for v in check_text(mask_quotes(card.title, quotes), "title", lang)]
    problems += [f"explanation {v}" for v in
                 check_text(mask_quotes(card.explanation, quotes), "explanation", lang)]
    for q in card.questions:
        problems += [f"question {v}" for v in
                     check_text(mask_quotes(q, quotes), "question", lang)]
        if not q.rstrip().endswith(("?", "？")):
            problems.append(f"question does not end with '?': {q!r}")
    if not 2 <= len(card.questions) <= 4:
        problems.append("needs 2-4 questions")
    if notice_language(card.notice) is None:
        problems.append("standing notice missing")
    return problems
