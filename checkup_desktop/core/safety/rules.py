"""The checker's rules: meaning-level patterns per language, kept in one place to audit.

Categories: diagnosis (telling or hinting what the person has), treatment (any medicine,
supplement, dose, diet or fluid prescription, procedure), dismissal (false reassurance), alarm
(frightening words without a next step), certainty (sure or prognostic claims). Condition and
drug words come from the vocabulary (terms.py), so a rule says "a hedging cue followed by a
disease name", not a list of sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checkup_desktop.core.safety import terms as T

ALL = frozenset({"title", "explanation", "question"})
STATEMENT = frozenset({"title", "explanation"})
TITLE = frozenset({"title"})
_I = re.IGNORECASE

# A concrete next step makes frightening words acceptable (the urgent cards' wording).
NEXT_STEP = re.compile(
    r"\btoday\b|right away|straight away|\bimmediately\b|\bemergency\b|\burgent\w*|"
    r"\bcall (?:an ambulance|911|999|112)\b|contact (?:a|your) (?:doctor|clinician|GP)|"
    r"seek (?:medical )?(?:care|help|attention)|\bhoy\b|urgencias|inmediat\w+|cuanto antes|"
    r"\bheute\b|\bsofort\b|Notaufnahme|Notruf|umgehend|今天|立即|立刻|马上|急诊|尽快就医|"
    r"尽快联系|120",
    _I)
# Words before a term that make it general, negated or a question of checking
_NEGATED_BEFORE = re.compile(
    r"(?:\bnot?\b|n't\b|\bnever\b|\bother than\b|\brule[ds]? out\b|\bwithout\b|\brather than\b|"
    r"\bno\b|\bni\b|\bningún\b|\bnicht\b|\bkein\w*\b)\W*(?:\w+\W+){0,4}$"
    r"|(?:(?<![是要])不(?!是)|没有|并非|排除|别|勿)[\u4e00-\u9fff]{0,8}$", _I)
_MODAL_BEFORE = re.compile(
    r"(?:\bcan\b|\bcould\b|\bmay\b|\bmight\b|\bsometimes\b|\boften\b|\bpossibly\b|"
    r"\bpueden?\b|\bpodría\w*\b|\ba veces\b|\bkann\b|\bkönnen\b|\bkönnte\w*\b|\bmanchmal\b|"
    r"\bmöglicherweise\b|\blooks? for\b|\bchecks? for\b|\btests? for\b|\bscreens? for\b|"
    r"\bwhether\b|\bif\b|\bbusca\w*|\bprüf\w*|\bob\b|\bsi\b)\W*(?:\w+\W+){0,4}$"
    r"|(?:可能|或许|也许|有时|不一定|少数|常|是否|筛查)[\u4e00-\u9fff]{0,6}$", _I)
# A sentence about the person's own results (deictic words) that names a disease with none of
# these hedges reads as a diagnosis: modal verbs, risk, negation, examples, general statements,
# the scan or report as the speaker, a question of checking.
_DEICTIC = re.compile(
    r"\b(?:your|yours|you|these|this|those|such|here|everything|overall|altogether|estos|estas|"
    r"este|esta|su|sus|usted|todo|diese\w*|Ihr\w*|Sie|alles|Gesamtbild)\b"
    r"|这|您|你|结果|指标|数值|情况", _I)
_HEDGE = re.compile(
    r"\b(?:can|could|may|might|possibl[ey]|perhaps|sometimes|risk\w*|chance|not|no|never|n't|"
    r"without|other than|rule[ds]? out|such as|like|including|for example|e\.g\.|many|most|"
    r"common(?:ly)?|often|usually|some people|whether|if|look\w* for|check\w* for|test\w* for|"
    r"screen\w* for|pued\w+|podría\w*|a veces|riesgo|posible\w*|como|por ejemplo|muchos|muchas|"
    r"frecuentes?|a menudo|suele\w*|si|kann|können|könnte\w*|manchmal|eventuell|Risiko\w*|nicht|"
    r"kein\w*|wie|etwa|zum Beispiel|viele|häufig|oft|meist\w*|ob|scan|ultrasound|report|imag\w+|"
    r"informe|imagen|ecografía|Befund|Bildgebung|Ultraschall)\b"
    r"|可能|或许|也许|有时|风险|不|没有|排除|比如|例如|如|包括|很多|许多|大多|常见|通常|一般|是否|"
    r"超声|影像|报告|检查显示", _I)
# words that name a kind of problem, not a disease: only with "this/your" do they diagnose
_GENERIC_CONDITION = re.compile(
    r"^(?:infections?|inflammation|diseases?|disorders?|conditions?|problems?|illness(?:es)?|"
    r"tumou?rs?|cysts?|stones?|nodules?|infección|infecciones|inflamación|enfermedad\w*|"
    r"Infektion\w*|Entzündung\w*|Erkrankung\w*|Krankheit\w*|感染|炎症|疾病|肿瘤|囊肿|结节|结石|"
    r"(?:\w+ )?pains?|aches?|fever|cough|fatigue|tiredness|dizziness|nausea|headaches?|dolor\w*|"
    r"breathlessness|shortness of breath|fainting|syncope|palpitations?|swelling|bleeding|"
    r"(?:blood )?clots?|clotting|bruising|"
    r"weakness|numbness|itching|rash|vomiting|diarrh(?:o)?ea|constipation|"
    r"fiebre|Schmerz\w*|Fieber|疼痛|发热|头痛)$",
    _I)
_SENTENCE = re.compile(r"[^.;!?。；？！]+[.;!?。；？！]?")
_HEDGE_WORD = re.compile(r"\b(?:often|usually|sometimes|commonly|mostly|may|can|might|could|"
                         r"a menudo|suele\w*|a veces|oft|häufig|meist\w*|manchmal|kann|können)\b",
                         _I)
_BUT_AFTER = re.compile(r"^[^.;!?。；？！]*(?:\bbut\b|\bpero\b|\baber\b|\bdoch\b|但|不过)", _I)
_UNCERTAIN = re.compile(
    r"\b(?:nobody|no one|cannot|can't|impossible|not possible|nadie|no se puede|no es posible|"
    r"imposible|niemand|nicht möglich|lässt sich nicht|kann nicht|no single|no one result|"
    r"can'?t say|cannot say|ningún resultado|kein einzelner)\b|谁也|无法|不能|说不清|单凭", _I)
# general statements ("many need no treatment", "往往并不严重") are not dismissal
_GENERIC_BEFORE = re.compile(
    r"(?:\bmany\b|\bmost\b|\bsome\b|\boften\b|\busually\b|\bcommonly\b|\bmuch[oa]s\b|"
    r"\ba menudo\b|\bsuele\w*|\bviele\b|\boft\b|\bmeist\w*|\bmanche\w*)\W*(?:\w+\W+){0,2}$"
    r"|(?:通常|一般|往往|很多|许多|大多|多数|有些|常常)[\u4e00-\u9fff]{0,6}$", _I)
# inside the words between a cue and the disease name: a negation or a modal undoes the hint
_HEDGE_IN_GAP = re.compile(
    r"\b(?:not|nicht|no|kein\w*|whether|if|ob|si|may|might|could|can|puede\w*|podría\w*|kann|"
    r"können|könnte\w*)\b|不|未|是否|可能", _I)
# a choice the clinician makes ("helps decide whether ... or a needle test") is not advice
_CHOICE_BEFORE = re.compile(
    r"(?:\bwhether\b|\bdecid\w+|\bdecidir\b|\bsi\b|\bob\b|\bentscheid\w*|决定|是否|还是)[^.;。；]*$",
    _I)
_SCAN_BEFORE = re.compile(
    r"(?:\bscans?\b|\bultrasound\b|\breport\b|\btracing\b|\bECG\b|\bx-ray\b|\bCT\b|\bMRI\b|"
    r"\bimag\w+\b|\bmammogra\w+\b|\binforme\b|\becografía\b|\bimagen\b|\bBefund\b|"
    r"\bBildgebung\b|\bUltraschall\b|\bEKG\b)\W*(?:\w+\W+){0,3}$"
    r"|(?:超声|B超|彩超|影像|报告|检查|心电图|X线|胸片|磁共振)[\u4e00-\u9fff]{0,4}$", _I)
_SCAN_AFTER = re.compile(
    r"^\W*(?:\w+\W+){0,2}(?:seen|noted|found|shown|described|reported|vist\w+|descrit\w+|"
    r"gesehen|beschrieben)\b|^\W*(?:\w+\W+){0,5}(?:scan|ultrasound|report|x-ray|imaging|imagen|"
    r"ecografía|informe|Befund|Bildgebung|Ultraschall|ECG|EKG|tracing|electrocardiograma)\b", _I)


@dataclass(frozen=True)
class Rule:
    category: str
    rx: re.Pattern
    why: str
    kinds: frozenset = ALL
    condition_after: bool = False  # a disease name must follow within the clause
    weak: bool = False  # a modal before it ("can be a sign of") makes it a hedge
    unless_next_step: bool = False
    unless_negated: bool = False
    unless_hedged: bool = False  # "often", "usually" before it: a general statement
    unless_choice: bool = False
    unless_modal: bool = False  # "can be due to" is a possibility, "is due to" a cause
    unless_uncertain: bool = False  # "nobody can say how it will change" is the opposite
    specific: bool = False  # only a named disease, not "cyst" or "infection"
    gap: int = 70  # how far after the match the disease name may start (characters)


def _r(category, pattern, why, kinds=ALL, **kw) -> Rule:
    return Rule(category, re.compile(pattern, _I), why, kinds, **kw)


# ---------------------------------------------------------------- diagnosis
# between "my" and a disease name: at most two words, none of them "risk", "test", ...
_PRESUME_GAP = re.compile(r"^\s*(?:(?![^\s]*(?:risk|chance|odds|sign|test|screen|family|history|"
                          r"riesgo|Risiko|风险|可能|是否))[^\s.,;?]+\s+){0,2}\S*$", re.I)
EN = [
    _r("diagnosis", r"(?<!\bif )(?<!\bwhen )(?<!\bwhether )(?<!\bunless )\byou(?:'ve| have| has|"
                    r" had)"
       r"\s+(?:got\s+)?(?:a |an )?(?!to\b|been\b|any\b|no\b|questions?\b|a question\b)[a-z]+",
       "tells the person what they have", STATEMENT, unless_negated=True),
    _r("diagnosis", r"\b(?:you are|you're)\s+(?:a\s+)?(?:diabetic|an(?:a)?emic|obese|sick|ill|"
       r"infected|pre-?diabetic|hypothyroid|hyperthyroid|hypertensive)\b",
       "labels the person with a condition"),
    _r("diagnosis", r"\bdiagnos(?:e|ed|es|is|ing)\b", "diagnoses"),
    _r("diagnosis", r"\b(?:the|a|this|that) patients?\b|\bpatient (?:is|has|was|suffers)\b",
       "speaks of 'a patient' instead of to the person", STATEMENT),
    _r("diagnosis", r"\bsuffer(?:s|ing)? from\b", "diagnoses"),
    _r("diagnosis", r"\b(?:a|the) (?:condition|disease|disorder|illness) (?:called|named|known "
                    r"as)\b",
       "diagnoses"),
    _r("diagnosis", r"\b(?:my|your|his|her|i have|i've|i had|have i (?:had|got)|i've got|since "
                    r"i have)\s+"
       , "presumes a diagnosis", condition_after=True, gap=-1),
    _r("diagnosis", r"\b(?:points?|pointing) (?:to|towards)|\btypical (?:of|for)\b|\bconsistent "
                    r"with\b|"
       r"\bin keeping with\b|\bcompatible with\b|\bcharacteristic of\b|\bclassic (?:for|of)\b|"
       r"\bhallmark of\b|\bmeets? the (?:\w+ )?criteria\b|\bcriteria for\b|\blooks? like\b|"
       r"\bfits? (?:with )?|\bin line with\b|\bmeans? (?:that )?you(?:'ve| have)\b|"
       r"\bcategory of\b|\bfalls? (?:into|in|within)\b|\bmost likely\b|\blikely\b|\bprobabl[ey]\b|"
       r"\bpresumabl[ey]\b|\bsuspect(?:ed)?\b|\bsuspicion of\b|\bpossibl[ey]\b|"
       r"\bseems? to be\b|\bappears? to be\b|"
       r"\b(?:which|that|this|it) is\b|\bplaces? you\b|\bputs? you\b|\blines? up with\b|"
       r"\btextbook\b|\bshows? up\b|\bwhat happens in\b|\bpicture of\b|\b(?:is|are) (?:a |an "
       r")?(?:clear |classic )?signs? "
       r"of\b",
       "hints at a diagnosis", condition_after=True),
    _r("diagnosis", r"\bearly\b|\bfrühe\w*\b|\btemprana?\b|早期", "hints at a diagnosis",
       condition_after=True, gap=-1),
    _r("diagnosis", r"\bsuggest(?:s|ive of)?\b|\bindicat(?:es?|ive of)\b|\bshows?\b|\bsigns? of\b|"
       r"\bpoints? to\b|\bdue to\b|\bcaused by\b|\bmeans?\b|\b(?:see|seen|found|occurs?) (?:in|"
       r"with)\b",
       "hints at a diagnosis", STATEMENT, condition_after=True, weak=True),
    _r("diagnosis", r"\b(?:pre-?)?(?:diabetic|an(?:a)?emic|hypothyroid|hyperthyroid|obese|"
                    r"hypertensive|"
       r"osteoporotic|cirrhotic|leuk(?:a)?emic|nephrotic|gouty)\s+(?:range|zone|category|territory|"
       r"levels?|stage)\b", "places the person in a disease range"),
    _r("diagnosis", r"\bstage \d\b|\bstage (?:one|two|three|four)\b", "stages a disease"),
]
ZH = [
    _r("diagnosis", r"(?:你|您|我)(?:患有|得了|患上了?|有[^。，,？?]{0,6}(?:病|症|癌))",
       "tells the person what they have"),
    _r("diagnosis", r"(?:你|您|我)(?:已经)?(?:有|患有|得了|患上了?|得的|患的)", "tells the "
        "person what they have",
       condition_after=True, gap=-1),
    _r("diagnosis", r"确诊|诊断为|诊断是|被诊断|诊断标准", "diagnoses"),
    _r("diagnosis", r"患者(?:患有|是|有)", "speaks of 'the patient' as diagnosed"),
    _r("diagnosis", r"(?:我|您|你)(?:的|得的|患的|所患的)", "presumes a diagnosis",
       condition_after=True, gap=-1),
    _r("diagnosis", r"符合|考虑(?:为|是)?|疑似|倾向于?|(?:基本)?(?:可以)?(?:判断|确定)(?:为|是)|"
                    r"很像|像是|好像|"
       r"典型的?|属于|达到|就是|可疑|应该是|应是|(?<![常多])见于|肯定是|一定是",
       "hints at a diagnosis", condition_after=True),
    _r("diagnosis", r"提示|说明|表明|意味着|代表|显示|与[^。，]{0,6}有关", "hints at a diagnosis",
       STATEMENT, condition_after=True, weak=True),
]
ES = [
    _r("diagnosis", r"\busted (?:tiene|padece|sufre)\b|\btiene usted\b|\b(?:padece|sufre) (?:de )?"
       r"(?:una?|el|la)\b", "tells the person what they have"),
    _r("diagnosis", r"\bdiagnostica\w*|\bdiagnosticad[oa]s?\b|\bdiagnóstico\b", "diagnoses"),
    _r("diagnosis", r"\b(?:mi|mis|su|sus|tengo|padezco|sufro|llevo con|llevo)\s+" , "presumes a "
        "diagnosis", condition_after=True, gap=-1),
    _r("diagnosis", r"\bcompatibles? con\b|\btípic[oa]s? de\b|\bapunta(?:n)? a\b|\bpropi[oa]s? "
                    r"de\b|"
       r"\bcaracterístic[oa]s? de\b|\bconsistente con\b|\bcuadro (?:típico |clásico )?de\b|"
       r"\bse trata de\b|\bencaja\w* con\b|\bde libro\b|\bse ven? en\b|\bse observa\w* en\b|"
       r"\bque es\b|\bcorresponde(?:n)? a\b|"
       r"\bencaja(?:n)? con\b|\bprobablemente\b|"
       r"\bposible\b|\bsospecha de\b|\bcriterios de\b|\bes (?:un )?(?:claro )?signo de\b|"
       r"\bparece(?:n)? (?:ser )?\b|\btodo sugiere\b", "hints at a diagnosis",
          condition_after=True),
    _r("diagnosis", r"\bsugiere(?:n)?\b|\bindica(?:n)?\b|\bmuestra(?:n)?\b|\bsignos? de\b|"
       r"\bseñal de\b|\bdebid[oa] a\b|\bsignifica(?:n|r)?\b|\bindicar\b", "hints at a diagnosis",
       STATEMENT, condition_after=True, weak=True),
    _r("diagnosis", r"\brango diabétic\w*|\brango de (?:la )?diabetes\b", "places the person in a "
       "disease range"),
]
DE = [
    _r("diagnosis", r"\bSie (?:haben|leiden)\b(?! (?:Fragen|Beschwerden|Symptome))",
       "tells the person what they have", STATEMENT),
    _r("diagnosis", r"\bdiagnostizier\w*|\bdie Diagnose (?:ist|lautet)\b", "diagnoses"),
    _r("diagnosis", r"\b(?:mein|meine|meinen|meinem|meiner|Ihr|Ihre|Ihren|Ihrem|Ihrer|habe ich|"
       r"ich habe|hab ich)\s+" , "presumes a diagnosis", condition_after=True, gap=-1),
    _r("diagnosis", r"\bpass(?:t|en) (?:gut |genau )?zu[mr]?\b|\bsprich\w* für\b|\btypisch für\b|"
       r"\bVerdacht auf\b|\bvermutlich\b|\bwahrscheinlich\b|\bliegt\b|\bliegen\b|"
       r"\bKriterien\b|\bhandelt es sich um\b|\bsieht man\b|\bfindet man\b|\btypischerweise\b|"
       r"\bdas ist\b|\bentspricht\b|\bdeute\w* (?:klar |eindeutig )?auf\b|"
       r"\bweis\w* (?:klar |eindeutig )?auf\b", "hints at a diagnosis",
       condition_after=True),
    _r("diagnosis", r"\bHinweis auf\b|\bZeichen (?:für|einer|eines|von)\b|\bzeig\w*\b|"
                    r"\bbedeute\w*\b",
       "hints at a diagnosis", STATEMENT, condition_after=True, weak=True),
    _r("diagnosis", r"\b(?:prä)?diabetisch\w*\s+Bereich|\banämisch\w*\s+Bereich",
       "places the person in a disease range"),
]

# ---------------------------------------------------------------- treatment
_UNIT = (r"(?:mg|mcg|µg|ug|g|iu|ui|ie|i\.e\.|units?|unidades|einheiten|ml|l|litres?|liters?|"
         r"litros?|"
         r"liter|glass(?:es)?|cups?|bottles?|vasos|gläser|tablets?|capsules?|pills?|pastillas?|"
         r"comprimidos?|"
         r"tabletten?|kapseln?|minutes|minutos|minuten|steps|pasos|schritte|servings?|portions?|"
         r"porciones|portionen|nuts)")
_NUM = (r"(?:\d+(?:[.,]\d+)?\s*|(?:an?|one|two|three|four|five|six|eight|ten|half an?|a couple of|"
        r"dos|tres|cuatro|cinco|zwei|drei|vier|fünf)\s+)")
_FREQ = (r"(?:a|per|each|every|daily|nightly|day|night|morning|week|al día|a diario|diari[oa]s?|"
         r"cada|por día|täglich|am tag|pro tag|jeden|morgens|abends|pro woche|at night|por la "
         r"noche)")
_DRUG_FORM = (r"(?:tablets?|pills?|capsules?|injections?|shots?|supplements?|sachets?|drops|"
              r"infusions?|jabs?|drinks?)")
_NOT_FORM_HEAD = (r"(?:the|any|your|my|some|of|these|those|a|an|and|or|other|usual|current|all|new|"
                  r"no|which|what|their|his|her|our|its|medicines?|prescribed|taking|take|list)")
EN += [
    # a unit with "/" or "per" after it is a lab unit (mg/dL, IU/L), not a dose
    _r("treatment", r"\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ug|iu|units?)\b(?!\s*(?:/|%|per\b))",
       "gives a dose"),
    _r("treatment", rf"\b{_NUM}{_UNIT}\b(?!\s*(?:/|%|per\b))[^.?!()]{{0,25}}\b{_FREQ}\b",
       "gives a dose or a regimen"),
    _r("treatment", r"\b(?:once|twice|three times) (?:a|per) (?:day|week)\b|\bat bedtime\b",
       "gives a dose schedule"),
    _r("treatment", r"(?:^|[.;:!]\s+|,\s*(?:so|and then|then)\s+)(?:please\s+|just\s+|simply\s+)?"
       r"(?:take|drink|eat|avoid|cut out|cut down on|cut back on|stop|start|switch to|increase|"
       r"reduce|halve|double|skip|add|limit|give up|quit|go on|lose|walk|exercise)\b",
       "tells the person what to take, eat or do", STATEMENT),
    _r("treatment", r"\byou (?:should|must|need to|have to|ought to|can)\s+(?:\w+\s+)?(?:take|"
                    r"drink|eat|"
       r"avoid|cut|stop|start|increase|reduce|halve|double|go on|switch|limit|give up)\b",
       "tells the person what to take or stop", STATEMENT),
    _r("treatment", r"\bhow much\b[^?.]{0,40}\btake\b|\b(?:should|must) i "
                    r"take\b[^?.]{0,30}\b(?:each|every|"
       r"a|per) (?:day|night|morning|week)\b|\btake\b[^.?!]{0,25}\b(?:each|every|a|per) (?:day|"
       r"night|"
       r"morning|week)\b|\btake\b[^.?!]{0,25}\bdaily\b|\bcourse of\b|\b(?:oral|intravenous|iv) "
       r"(?:iron|vitamin\w*|b12|fluids?|antibiotics?|steroids?)\b|\b(?:iron|vitamin \w+|b12) "
       r"(?:infusion|injection|shot|drip)s?\b|\b(?:cut\w*|reduc\w+|lower\w*|rais\w+|increas\w+|"
       r"doubl\w+|halv\w+|chang\w+)\s+(?:your|my)\s+[\w-]+\s+(?:back|down|up|to \d)|\bswitch\w* "
       r"from\b|\b\d+\s*(?:micrograms?|milligrams?|microgramos|miligramos|Mikrogramm|Milligramm)\b"
       r"(?!\s*(?:/|per\b))|"
       r"\b(?:foods?|drinks?)\b[^.?!]{0,40}\b(?:should|must) be (?:avoided|cut|limited|reduced|"
       r"stopped)\b|\b[\w-]+-rich foods?\b[^.?!]{0,40}\bavoid", "prescribes a medicine, dose or "
           "diet",
       ALL),
    _r("treatment", r"\b(?:come|go|get|wean\w*) off\b|\b(?:stop|quit) taking \w+|"
       r"\b(?:put|started|start) on\b", "changes a medicine", ALL),
    _r("treatment", r"\b(?:start|stop|begin|come off|go off|double|halve|increase|reduce|decrease|"
       r"skip|change|adjust|switch|lower|raise|cut)(?:s|ping|ped|ing|d)?\s+(?:taking\s+|using\s+)?"
       r"(?!how\b)(?:(?:my|your|the|this|that|a|an|on)\s+)?(?:[\w-]+\s+){0,3}?(?:medicines?|"
       r"medications?|"
       r"meds|drugs?|pills?|tablets?|doses?|dosage|insulin|treatment|injections?|capsules?)\b",
       "changes a medicine or dose", unless_negated=True),
    _r("treatment", rf"\b(?!{_NOT_FORM_HEAD}\b)[\w-]+\s+{_DRUG_FORM}\b", "names a medicine or "
       "supplement"),
    _r("treatment", r"(?<!keep )(?<!continue )\b(?:take|taking|start|starting|try|trying|add|"
                    r"adding|need|recommend\w*|use|"
       r"using)\s+(?:\w+\s+){0,2}?(?:supplements?|medicines?|medications?|drugs?|pills?|tablets?|"
       r"capsules?)\b", "recommends a medicine", STATEMENT),
    _r("treatment", r"\b(?:statins?|beta[- ]?blockers?|ace inhibitors?|diuretics?|antibiotics?|"
       r"steroids?|corticosteroids?|blood thinners?|anticoagulants?|antihypertensives?|"
       r"painkillers?|antidepressants?|hormone replacement|(?:thyroid )?hormone tablets?|"
       r"insulin (?:therapy|treatment)|fish oil|omega[- ]?3|plant sterols?|probiotics?|"
       r"multivitamins?)\b", "names a medicine or class of medicines", unless_hedged=True),
    _r("treatment", r"\b(?:therapy|treatment|medication|medicine|tablets?) (?:is |are )?"
       r"(?:recommended|advised|indicated|required)\b", "recommends a treatment", STATEMENT),
    _r("treatment", r"\bprescrib(?:e|ed|es|ing)\b|\bstart (?:you|him|her) on\b|"
       r"\bput (?:you|him|her) on\b|\bfirst[- ]line\b",
       "recommends a prescription", STATEMENT),
    _r("treatment", r"\b(?:low|high|reduced|no)[- ](?:purine|salt|sodium|carb(?:ohydrate)?|fat|"
       r"protein|sugar|iodine|fodmap|calorie|cholesterol|fibre|fiber|gluten|lactose)\s+diet\b|"
       r"\bdiet (?:plan|sheet)\b|\b(?:keto|ketogenic|vegan|mediterranean|dash|paleo|gluten-free|"
       r"dairy-free|crash)\s+diet\b|\bfasting plan\b", "prescribes a diet"),
    _r("treatment", r"\b(?:avoid|cut out|cut down on|give up|stop|eliminate|no more|without)\s+"
       r"(?:all\s+|any\s+|eating\s+|drinking\s+)?(?:red meat|meat|dairy|gluten|sugar|alcohol|salt|"
       r"carbs|fat|fried food|seafood|bread|coffee|offal|beer|sweets)\b", "prescribes a diet",
       STATEMENT),
    _r("treatment", r"\b(?:will|would|should|usually|always|to)\s+(?:help\s+)?(?:settle (?:this|"
                    r"it)|"
       r"sort (?:this|it) out|resolve (?:this|it)|bring "
                    r"(?:[\w-]+ ){1,3}"
       r"(?:down|up|back)|fix(?:es)?|correct|normali[sz]e|cure|clear (?:it|this|up)|reverse|"
       r"lower (?:it|them|this)|flush (?:out )?(?:your )?\w+)\b|\b(?:fixes|cures|corrects|"
       r"normali[sz]es) (?:this|it)\b", "promises what a treatment will do", STATEMENT),
]
_PROCEDURE_EN = (r"\b(?:surgery|operation|chemotherapy|radiotherapy|radiation therapy|dialysis|"
                 r"transfusion|biopsy|transplant\w*|stent\w*|ablation|[a-z]+ectomy|[a-z]+otomy|"
                 r"[a-z]+plasty|colonoscopy|endoscopy|gastroscopy|fna|fine[- ]needle)\b")
EN_STATEMENT_ONLY = [
    _r("treatment", _PROCEDURE_EN, "names a treatment or procedure", STATEMENT, unless_negated=True,
       unless_choice=True),
    _r("certainty", r"\bconfirm(?:s|ed)\b(?! (?:with|by) a repeat)", "is certain", STATEMENT),
    _r("treatment", r"\b(?:need|needs|should have|must have|requires?) (?:a |an |some "
                    r")?(?:medicines?|"
       r"medications?|drugs?|pills?|tablets?|treatment)\b", "says treatment is needed", STATEMENT,
       unless_choice=True, unless_negated=True),
    _r("diagnosis", r"\b(?:rare|serious|severe|dangerous|incurable|genetic|"
                    r"hereditary)\b[^.?!]{0,30}?"
       r"\b(?:diseases?|disorders?|conditions?|syndromes?|illness(?:es)?)\b",
       "calls it a serious disease", STATEMENT),
    _r("diagnosis", r"\b(?:is|are)\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:disease|disorder|syndrome|"
       r"cancer|illness|medication|medicine|drug)\b", "says what disease or drug a result is",
       STATEMENT),
    _r("treatment", r"\b(?:treated|managed|cured) with\b|\btreatment (?:is|with|of)\b",
       "talks about treatment", STATEMENT, unless_choice=True, unless_negated=True),
    _r("diagnosis", r"\byour (?:liver|kidneys?|heart|thyroid|pancreas|lungs?|bones?|bone marrow|"
       r"body|immune system) (?:is|are|isn't|aren't|has|have) (?:clearly |definitely )?(?:not |no "
       r"longer )?(?:able|unable|failing|damaged|diseased|not working|stopped|lost|enlarged|"
       r"inflamed|weak|filtering|making|producing|coping|clearing|struggling|shutting)\b",
       "says an organ is failing", STATEMENT),
    _r("diagnosis", r"(?:您|你)的?[\u4e00-\u9fff]{0,3}(?:肝|肾|心脏|心|骨髓|甲状腺|胰腺|胰岛|肺|"
                    r"脑)[\u4e00-\u9fff]{0,6}(?:出了问题|出问题|受损|损伤|"
       r"损害|坏了|不行了|不工作|不正常了|功能不全)", "says an organ is failing", STATEMENT,
       unless_hedged=True),
    _r("certainty", r"\b(?:will|can|could|may|might) (?:cause|lead to|result in) (?:a |an )?"
       r"(?:jaundice|heart attacks?|strokes?|kidney failure|liver failure|diabetes|cancer|"
       r"blindness|death|organ damage|seizures?|coma)\b", "predicts a disease", STATEMENT),
]
ZH += [
    _r("treatment", r"服用|口服|吃药|剂量|处方|停药|补充剂|保健品|注射|他汀|二甲双胍|"
                    r"胰岛素(?:注射|针)|"
       r"阿司匹林|抗生素|优甲乐|左甲状腺素|鱼油|钙片|铁剂|补铁|补钙|补碘|补充维生素|"
       r"[降消止]\w?药|(?:建议|需要|应该|应当|可以)(?:使用|用|开|吃|服)[^。，,]{0,6}药(?!物)|"
       r"[\u4e00-\u9fff]{1,4}(?:[药素钙铁]片|胶囊|注射液|口服液|颗粒|滴丸|沙坦|普利|洛尔|地平|"
       r"双胍|列净|格列\w)"
       r"(?![\u4e00-\u9fff]*(?:检查|结果))", "mentions a medicine or dose", unless_negated=True),
    _r("treatment", r"(?:吃|服用?|补|打)多少|(?:换成|改成|换用|改用)[\u4e00-\u9fff]{2,}|(?:减|加|"
                    r"调)(?:到|至)\d|"
       r"口服|疗程|静脉补", "prescribes a medicine or dose", unless_negated=True),
    _r("treatment", r"打[\u4e00-\u9fffA-Za-z0-9]{0,8}针|输液|吊瓶|(?:吃|服)[\u4e00-\u9fff]{0,3}"
       r"(?:药|片)(?!物)", "mentions a medicine or injection", unless_negated=True),
    _r("treatment", r"\d+\s*(?:毫克|微克|克|单位|国际单位|IU|mg|片|粒|升|毫升|杯)(?!\s*(?:/|%|每))|"
                    r"每[天日晚周](?:补充|服用|吃|喝|口服|注射)",
       "gives a dose"),
    _r("treatment", r"(?<![不别勿])(?:戒掉|戒酒|戒烟|少吃|多吃|多喝|喝够|忌口|不要吃|别吃|低嘌呤|"
                    r"低盐|低脂|"
       r"低糖饮食|饮食控制|改为\w*饮食|停掉|停用|加倍|减半)", "prescribes a diet or a change",
       STATEMENT, unless_negated=True),
    _r("treatment", r"(?:可以|能|就能|会)(?:把它|把\w{0,4})?(?:降下来|降下去|治好|治愈|纠正过来)",
       "promises what a treatment will do", STATEMENT),
    _r("treatment", r"剂量加倍|加倍|减半|停掉|(?:可以|能)停", "changes a medicine or dose",
       unless_negated=True),
    _r("treatment", r"穿刺|活检|手术|透析|化疗|放疗|输血|切除|移植|支架|消融", "names a "
                                                         "treatment or "
       "procedure", STATEMENT, unless_negated=True, unless_choice=True),
]
ES += [
    _r("treatment", r"\b(?:estatinas?|metformina|insulina(?! en ayunas)|levotiroxina|aspirina|"
                    r"ibuprofeno|"
       r"paracetamol|antibióticos?|amoxicilina|warfarina|heparina|corticoides?|esteroides?|"
       r"alopurinol|ezetimiba|omega[- ]?3|esteroles vegetales)\b", "names a medicine"),
    _r("treatment", r"(?:^|[.;:!]\s+)(?:por favor,?\s+)?(?:tome|beba|coma|evite|elimine|deje de|"
       r"empiece|comience|suspenda|aumente|reduzca|duplique|añada|cambie a|siga una dieta|camine|"
       r"pierda)\b", "tells the person what to take, eat or do", STATEMENT),
    _r("treatment", r"\b(?:empiece|empezar|comience|comenzar|iniciar|inicie|tomar|tome|añadir|"
                    r"añada|"
       r"suplementar|dejar|deje|suspender|suspenda)\s+(?:de\s+|a\s+|con\s+)?(?:tomar\s+)?"
       r"(?:el |la |las |los |un |una )?(?:hierro|vitamina|ácido fólico|omega|calcio|magnesio|zinc|"
       r"yodo|suplementos?|pastillas?|comprimidos?|cápsulas|medicamentos?|medicación|tratamiento|"
       r"\w+ina\b)", "starts or stops a medicine", unless_negated=True),
    _r("treatment", r"\b(?:cápsulas|pastillas|comprimidos|inyecciones|inyección|suplementos?|gotas|"
       r"ampollas|sobres)\s+de\s+\w+|\b(?:hierro|vitamina \w+|calcio|magnesio)\s+(?:oral|"
       r"intraven\w+)",
       "names a medicine or supplement"),
    _r("treatment", r"\b(?:duplicar|doblar|reducir|bajar|subir|aumentar|dejar|suspender|cambiar|"
       r"ajustar)\w*\s+(?:\w+\s+){0,3}?(?:la dosis|las? pastillas?|los medicamentos|la medicación|"
       r"el tratamiento|los comprimidos|la insulina)\b", "changes a medicine or dose",
       unless_negated=True),
    _r("treatment", r"\bcuánt[oa]s?\b[^?.]{0,40}\btomar\b|\b(?:debo|debería|tengo que|hay que) "
                    r"tomar\b|"
       r"\btomar\b[^.?!]{0,25}\b(?:al|cada|por) día\b|\bciclo (?:corto )?de\b|\b(?:hierro|"
       r"vitamina \w+)"
       r" oral\b|\bdar(?:án|le|á)\w* (?:un |unos |una )?(?:antibióticos?|pastillas|medicamentos?|"
       r"tratamiento)", "prescribes a medicine or dose"),
    _r("treatment", r"\brecet\w+|\bprescrib\w+|\bprimer paso\b", "recommends a prescription"),
    _r("treatment", r"\bdieta (?:baja|pobre|rica|sin|libre) \w+|\bdieta (?:hipo|baja en)\w*|"
       r"\b(?:elimine|evite|deje)\s+(?:por completo\s+)?(?:la |el |los |las |todo )?(?:carne|"
       r"alcohol|azúcar|sal|lácteos|gluten|marisco|grasas?)", "prescribes a diet"),
    _r("treatment", r"\b(?:lo|la|los|las) (?:bajará|bajarán|corregirá|corregirán|normalizará|"
       r"normalizarán|curará|curarán|subirá|subirán)\b", "promises what a treatment will do"),
    _r("treatment", r"\b(?:biopsia|cirugía|operación|quimioterapia|radioterapia|diálisis|"
                    r"transfusión|"
       r"trasplante|punción|colonoscopia|endoscopia|\w+ectomía)\b",
       "names a treatment or procedure",
       STATEMENT, unless_negated=True, unless_choice=True),
]
DE += [
    _r("treatment", r"\b(?:Statine?|Metformin|Levothyroxin|L-Thyroxin|Aspirin|Ibuprofen|"
                    r"Paracetamol|"
       r"Antibiotik\w*|Amoxicillin|Marcumar|Warfarin|Heparin|Kortison|Cortison|Steroide?|"
       r"Allopurinol|Ezetimib|Omega-3)\b", "names a medicine"),
    _r("treatment", r"(?:^|[.;:!]\s+|,\s*)(?:bitte\s+)?(?:nehmen|trinken|essen|meiden|vermeiden|"
       r"verzichten|reduzieren|erhöhen|verdoppeln|halbieren|beginnen|starten|setzen|streichen)"
       r" Sie\b(?![^.;]*\bkein\w*\b)", "tells the person what to take, eat or do", STATEMENT),
    _r("treatment", r"\b\w*(?:tablette|tabletten|kapsel|kapseln|spritze|spritzen|präparat|"
                    r"präparate|"
       r"tropfen|drink|pille|pillen|infusion)\b|\bNahrungsergänzung\w*",
       "names a medicine or supplement"),
    _r("treatment", r"\b(?:Dosis|Tablette\w*|Medikament\w*|Pille\w*|"
                    r"Insulin)\b[^.?!]{0,40}\b(?:verdoppel\w*|"
       r"halbier\w*|absetzen|abgesetzt|weglassen)\b|"
       r"\b(?:verdoppel\w*|halbier\w*|absetzen|weglassen)\b[^.?!]{0,30}\b(?:Dosis|Tablette\w*|"
       r"Medikament\w*)\b|\b(?:erhöhen|reduzieren|steigern) Sie (?:die |Ihre )?(?:Dosis|"
       r"Tablette\w*|"
       r"Medikament\w*)\b|\babsetzen\b|\bweglassen\b|\beinnehmen\b", "changes a medicine or dose",
       unless_negated=True),
    _r("treatment", r"\bwie viel\b[^?.]{0,40}\b(?:nehmen|einnehmen)\b|\b(?:soll|sollte|muss) "
                    r"ich\b[^?.]{0,30}"
       r"\b(?:nehmen|einnehmen)\b|\btäglich (?:\w+ )?(?:nehmen|einnehmen)\b|\b\w+kur\b|"
       r"\bgeben\b[^.?!]{0,30}"
       r"\bAntibiotik\w*|\bAntibiotik\w*[^.?!]{0,30}\bgeben\b", "prescribes a medicine or dose"),
    _r("treatment", r"\bverschreib\w*|\bverordn\w*|\brezept\w*", "recommends a prescription"),
    _r("treatment", r"\b\w+arme\w* (?:Kost|Ernährung|Diät)\b|\bDiät\b|\b(?:purin|salz|fett|"
                    r"zucker)arm\w*|"
       r"\bverzichten Sie\b|\bganz auf\b", "prescribes a diet", STATEMENT),
    _r("treatment", r"\b(?:senkt|senken|normalisiert|normalisieren|heilt|heilen|beseitigt|"
                    r"korrigiert)\s+"
       r"(?:den|die|das|ihn|sie|es)\b(?! sich)", "promises what a treatment will do", STATEMENT),
    _r("treatment", r"\b\w*(?:biopsie|operation|chemotherapie|strahlentherapie|dialyse|transfusion|"
       r"transplantation|punktion|ektomie|spiegelung)\b", "names a treatment or procedure",
       STATEMENT, unless_negated=True, unless_choice=True),
]

# ---------------------------------------------------------------- dismissal
EN += [
    _r("dismissal", r"\bnothing to (?:worry|be (?:worried|concerned)|fear) about\b|\bno (?:need|"
                    r"reason) "
       r"to (?:worry|be concerned|see|consult|visit|contact|check|recheck|repeat|follow|do "
       r"anything|"
       r"bother|act)\b|\bdon'?t (?:worry|bother)\b|\bdo not (?:worry|bother)\b|\bno cause for "
       r"(?:concern|alarm)\b|\bof no (?:\w+ )?(?:significance|importance|concern)\b|\b(?:always|"
       r"completely|totally|entirely|perfectly|absolutely) (?:harmless|normal|fine|benign|safe)\b|"
       r"\b(?:can|may|could) (?:safely |just |simply )?(?:ignore|skip|disregard|forget about)\b|"
       r"\bignore (?:it|this|them|the result)\b|\brest assured\b|\bno (?:action|follow-up|"
       r"treatment|further tests?) (?:is )?"
       r"(?:needed|required|necessary)\b|\bnormal for (?:your|someone your|a person your|people "
       r"your|people of your) age\b|\b(?:this|it|that|these results?|the result|your result|"
       r"this result) (?:is|are|'s) (?:completely |totally |entirely |perfectly |quite |just )?"
       r"(?:harmless|nothing|fine|not a problem|not important|insignificant|not a concern|"
       r"irrelevant)\b|\bnothing to worry\b|\bharmless result\b",
       "dismisses the result"),
    _r("dismissal", r"\b(?:does not|doesn't|won't|will not) matter\b|\bnot (?:important|serious|"
       r"significant|relevant)\b|\bnothing serious\b|\bno point (?:in )?\w+ing\b|\b(?:a |just a )?"
       r"(?:lab|laboratory|measurement) error\b|\b(?:be )?(?:safely )?ignored\b|\b(?:do not|don't|"
       r"doesn't|does not|no) need (?:to )?(?:follow|repeat|recheck|re-?test|check|see|worry|do "
       r"anything|act|treat|be (?:followed|checked|seen|repeated|treated))\w*\b|\bneeds? no "
       r"(?:follow-up|treatment|action|further)\b|\btrivial\b|\bfluke\b|\bnot worth\b|\bno reason "
       r"to\b|\bdon'?t lose (?:any )?sleep\b|\bnever needs?\b|\bno follow-?up\b|\ball fine\b|"
       r"\bnothing to see\b|\bno big deal\b|\bminor issue\b", "dismisses the result", STATEMENT,
       unless_hedged=True),
    _r("dismissal", r"\b(?:sort|clear|fix|settle|resolve)\w* (?:this |it |itself )?(?:out |up )?"
       r"(?:on its own|by itself)\b|\bgo(?:es)? away (?:on its own|by itself)\b",
       "dismisses the result", STATEMENT, unless_hedged=True),
]
ZH += [
    _r("dismissal", r"没(?:什么|啥)(?:好|可|需要)?担心|不(?:用|必|需要)担心|无需担心|别担心|"
                    r"没(?:有)?问题|"
       r"不用管|不必管|(?:不|无)(?:用|需|需要|必)(?:去)?(?:看|找)医生|(?:不|无)(?:需|用|必)就医|"
       r"忽略|"
       r"(?:都|完全|一定)(?:是)?无害|(?<![许很大多有部并])(?:无需|不用|不需要|不必)(?:处理|复查|"
       r"随访|理会)|"
       r"自(?:己|行|然)(?:会)?(?:恢复|好转|消失|好)(?!吗)|不重要|没关系|无所谓|不要紧|没什么大不了|"
       r"不严重|(?:化验|检验|检测)误差|谁都有|人人都有|不值一提|小问题|小事|永远不需要|无关紧要|"
       r"不必在意|不用在意", "dismisses the result", STATEMENT,
       unless_hedged=True),
]
ES += [
    _r("dismissal", r"nada (?:de )?(?:lo )?(?:que|de qu[eé]|qu[eé]) preocupar|no es (?:nada "
                    r")?(?:grave|"
       r"importante|preocupante)\b|no (?:hay|tiene) (?:nada )?(?:de )?qu[eé] preocupar|"
       r"no se preocupe|no hace falta (?:que )?(?:consulte|ver|acudir|ir|vaya|repetir|hacer nada)|"
       r"no es necesario (?:consultar|ver|acudir|ir|repetir|hacer nada)|(?:siempre|completamente|"
       r"totalmente) (?:son |es )?(?:inofensiv|normal|benign)\w*|puede (?:ignorar|olvidar)\w*|"
       r"ignór\w+|sin (?:ninguna )?importancia|no tiene (?:ninguna )?importancia|se (?:le )?pasará "
       r"sol|desaparecerá sol|se (?:corregirá|normalizará|resolverá) sol|"
       r"(?:no hace falta|no es necesario|no necesita|no hay que)\s+(?:\w+\s+){0,3}(?:seguimiento|"
       r"repetir\w*|consultar|control\w*|revis\w+|preocupar\w*)|no importa|nada grave|"
       r"error de(?:l)? laboratorio|tontería|no le dé (?:más )?vueltas|sin importancia|nunca "
       r"necesita\w*|no merece la pena", "dismisses the result",
       STATEMENT, unless_hedged=True),
]
DE += [
    _r("dismissal", r"kein(?:en)? Grund zur (?:Sorge|Beunruhigung)|keine Sorge|machen Sie sich "
                    r"keine "
       r"Sorgen|(?:müssen|brauchen) Sie (?:deswegen |damit |dafür )?nicht zu(?:m Arzt| einer "
       r"Ärztin)|"
       r"nicht zum Arzt|(?:immer|völlig|ganz|absolut) (?:harmlos|normal|unbedenklich)|ignorieren|"
       r"bedeutungslos|geht von (?:selbst|allein) weg|erledigt sich von selbst|"
       r"kein Handlungsbedarf|(?:muss|müssen|braucht|brauchen) (?:\w+ ){0,2}nicht (?:\w+ ){0,2}"
       r"(?:verfolgt|kontrolliert|wiederholt|abgeklärt|untersucht|beachtet|behandelt)\w*|"
       r"nicht (?:nötig|notwendig|wichtig|schlimm)|nichts Ernstes|Laborfehler|egal|keinen Kopf|"
       r"Kleinigkeit|Lappalie|banal|nie (?:\w+ )?nötig",
       "dismisses the result", STATEMENT, unless_hedged=True),
]

# ---------------------------------------------------------------- alarm
_ALARM_EN = (r"\b(?:fatal|deadly|life[- ]threatening|terminal|dying|death|kill\w*|cardiac arrest|"
             r"heart attacks?|coma|seizures?|bleed(?:ing)? to death|bleeding internally|internal "
             r"bleeding|organ failure|stop (?:the|your) heart|heart (?:could|may|might|can|will) "
             r"(?:stop|fail)|give out|dangerous|danger|malignan\w+|cancer\w*|leuka?emia|lymphoma|"
             r"(?:with|have|has|had|be|is|mean|means) (?:a |an )?tumou?r|starv\w+ of oxygen|"
             r"suffocat\w+|shut(?:ting)? down|organ damage|brain damage|irreversibl\w+|"
             r"permanent damage|collaps\w+|strokes?|spread\w*|metasta\w+|(?:brain|heart|kidneys?|"
             r"liver|lungs?) (?:to |could |can |may |will )?(?:swell|fail|stop|burst|bleed)\w*|"
             r"too thick|clots? in (?:the|your) (?:brain|lungs?))\b")
EN += [
    _r("alarm", _ALARM_EN, "frightens without a next step", STATEMENT, unless_next_step=True,
       unless_negated=True),
    _r("alarm", r"\bdie\b", "frightens without a next step", STATEMENT, unless_next_step=True),
    _r("alarm", r"\b(?:warning|danger|critical|alert|at risk)\b|!", "frightens without a next step",
       TITLE, unless_next_step=True),
]
ZH += [
    _r("alarm", r"致命|危及生命|死亡|(?<!不)死|绝症|晚期|心脏(?:骤停|停跳|突然停|衰竭)|猝死|昏迷|"
                r"抽搐|"
       r"癫痫|大出血|流血不止|(?<!良)恶性|癌(?![胚抗标])|危险(?:的|水平)|有生命危险|白血病|"
       r"淋巴瘤|骨髓瘤|肉瘤|"
       r"衰竭|缺氧|扩散|转移(?!酶)|脑水肿|水肿|中风|脑梗|心梗|猝", "frightens without a "
                                                   "next step",
       STATEMENT, unless_next_step=True, unless_negated=True),
]
ES += [
    _r("alarm", r"\b(?:mortal\w*|letal\w*|leucemia|linfoma|hinchar\w* el cerebro|edema cerebral|"
       r"extend\w*|propag\w+|metástasis|ictus|derrame|muerte|morir\w*|muer\w+|parar el "
                r"corazón|paro cardíaco|infarto|"
       r"coma|convulsiones|cáncer|malign[oa]s?|peligros[oa]s?|hemorragia interna|desangr\w+)\b",
       "frightens without a next step", STATEMENT, unless_next_step=True, unless_negated=True),
]
DE += [
    _r("alarm", r"\b(?:tödlich\w*|lebensbedrohlich\w*|Leukämie|Lymphom|Hirnödem|\w*anschwellen|"
       r"streu\w+|Metastas\w+|Tod|sterben|stirbt|"
                r"Herzstillstand|Herzinfarkt|"
       r"Schlaganfall|Koma|Krampfanf\w+|\w*krebs\w*|bösartig\w*|gefährlich\w*|innere\w* Blutung\w*|"
       r"verbluten|stehen lassen|stehen bleiben)\b", "frightens without a next step", STATEMENT,
       unless_next_step=True, unless_negated=True),
]

# ---------------------------------------------------------------- certainty / prognosis
EN += [
    _r("certainty", r"\b(?:definitely|certainly|undoubtedly|surely|for sure|no doubt|without "
                    r"(?:a |any )?"
       r"doubt|100 ?%|certain that|it is certain|guarantee[sd]?|inevitabl\w+|always (?:progress\w*|"
       r"lead\w*|turn\w*|end\w*|becomes?|causes?)|proves?|proven|clearly|(?:certain|sure|bound|"
       r"guaranteed) to|obvious\w*|evident(?:ly)?|zero chance|no chance|no question)\b|"
       r"\b(?:this|it|that|"
       r"these "
       r"results?) (?:confirms?|shows? that you)\b", "is certain", unless_uncertain=True),
    _r("certainty", r"\b(?:will|'ll|(?:is|are|am) going to)\s+(?:\w+\s+){0,2}?(?:turn into|develop|"
       r"progress|become|lead to|cause|get worse|keep getting worse|worsen|deteriorate|fail|need|"
       r"require|end up|damage|kill|go up|rise|spread|be (?:diabetic|sick|ill))\b"
       r"(?! (?:to )?(?:book|see|contact|discuss|repeat|ask|bring|talk|call|make|check)\b|"
       r" (?:an appointment|a repeat|a follow-up)\b)", "predicts the future", STATEMENT),
]
ZH += [
    _r("certainty", r"一定会|肯定会|必然|必定|注定|百分之百|100%|完全是|绝对(?!值)|毫无疑问|肯定是|"
                    r"一定是|"
       r"(?:会|将)(?:越来越|逐渐)(?:差|严重|高|低|糟|坏)|(?:会|将)(?:发展成|变成|演变为|导致|"
       r"引起|得)|"
       r"将来(?:肯定|一定)?会|明显是|很明显|显然|毋庸置疑|必将|癌变", "is certain or predicts "
                                               "the future",
       STATEMENT),
    _r("certainty", r"(?:会|将会|将)(?:得|患上?|发生|出现|发展为|变成)?", "predicts a disease",
       STATEMENT, condition_after=True, gap=-1),
]
ES += [
    _r("certainty", r"\b(?:se convertirá\w*|desarrollará\w*|irá\w* empeorando|empeorará\w*|con "
                    r"(?:toda )?"
       r"(?:seguridad|certeza)|sin (?:ninguna )?duda|seguro que|definitivamente|siempre (?:acaba|"
       r"termina|progresa|evoluciona)|va(?:n)? a (?:necesitar|desarrollar|empeorar|tener|sufrir)|"
       r"necesitará\w*|evolucionará\w*|está claro|es evidente|es obvio|obviamente|claramente)\b",
       "is certain or predicts the future", STATEMENT, unless_uncertain=True),
]
DE += [
    _r("certainty", r"\bdaraus wird\b|\b(?:wird|werden)\b[^.;?]{0,50}\b(?:bekommen|entwickeln|"
       r"verschlechter\w*|brauchen|benötigen|versagen|schädig\w*|zerstör\w*)\b|\bmit Sicherheit\b|"
       r"\bzweifellos\b|\beindeutig\b|\bdefinitiv\b|\bganz sicher\b|\bgarantiert\b|"
       r"\bauf jeden Fall\b|\bunweigerlich\b|\boffensichtlich\b|\bklar ist\b|\bohne Frage\b",
       "is certain or predicts the future", STATEMENT, unless_uncertain=True),
]

# ---------------------------------------------------------------- more forms, per category
EN += [
    _r("treatment", r"(?:^|[.;:!]\s+|\band\s+)(?:please\s+)?(?:swap|replace|substitute|rest|fast|"
       r"include|choose|stick to|load up on|boost|add|use|try)\b", "tells the person what to do",
       STATEMENT),
    _r("treatment", r"\b(?:doses?|dosage)\b", "talks about a dose", STATEMENT),
    _r("treatment", r"\b(?:should|could|can|must|do) (?:i|you) (?:be )?(?:tak|start|us|add)\w*\s+"
       r"(?:\w+\s+)?(?:vitamin\w*|iron|magnesium|zinc|calcium|potassium|folic|folate|b12|omega|"
       r"fish oil|iodine|selenium|biotin|supplements?|probiotics?|melatonin|tablets?|pills?)\b|"
       r"\b(?:drink\w*|fluid intake)\b[^.?!]{0,30}\b(?:plenty|more|lots|extra|at least|litres?|"
       r"liters?|glasses)\b|\bplenty of (?:fluids?|water)\b", "prescribes a medicine or fluids"),
    _r("dismissal", r"\bnon-?issue\b|\bnot an issue\b|\b(?:no|not a) problem\b|\btrust me\b|"
       r"\bleave (?:this|it) alone\b|\bforget about\b|\bnever needs? (?:checking|testing|follow)",
       "dismisses the result", STATEMENT, unless_hedged=True),
    _r("alarm", r"\b(?:blind\w*|scarr\w+|(?:badly|severely|seriously|permanently) (?:damaged|"
                r"scarred|"
       r"harmed|injured|affected))\b", "frightens without a next step", STATEMENT,
       unless_next_step=True, unless_negated=True),
]
ZH += [
    _r("treatment", r"剂量|补(?:点|些|充)?(?:镁|钙|铁|锌|碘|钾|硒|维生素|叶酸|鱼油)|换成|改吃|"
                    r"多吃|少吃",
       "prescribes a medicine, dose or diet", unless_negated=True),
    _r("dismissal", r"不是问题|放心吧|相信我|(?:永远|总是|一定)是?良性|不用再(?:查|检查|复查)|"
                    r"不必再查",
       "dismisses the result", STATEMENT, unless_hedged=True),
    _r("alarm", r"失明|纤维化|瘫痪", "frightens without a next step", STATEMENT,
       unless_next_step=True, unless_negated=True),
    _r("diagnosis", r"(?:可以|能|就能)?(?:判断|确定|断定)(?:为|是)", "hints at a diagnosis",
       condition_after=True),
]
ES += [
    _r("treatment", r"(?:^|[.;:!]\s+|\by\s+)(?:cambie|sustituya|añada|incluya|descanse|utilice|"
                    r"limite|"
       r"pruebe)\b", "tells the person what to do", STATEMENT),
    _r("treatment", r"\bdosis\b", "talks about a dose", STATEMENT),
    _r("dismissal", r"\b(?:ningún|ningun) problema\b|\bno es un problema\b|\bcréame\b",
       "dismisses the result", STATEMENT, unless_hedged=True),
    _r("alarm", r"\b(?:cieg[oa]s?|ceguera)\b", "frightens without a next step", STATEMENT,
       unless_next_step=True, unless_negated=True),
]
DE += [
    _r("treatment", r"\b(?:essen|trinken|nehmen|meiden|vermeiden|ersetzen|tauschen|ergänzen|ruhen|"
       r"fasten|steigern|senken|verwenden|probieren) Sie\b|\w*[Dd]osis\b",
       "tells the person what to take or eat, or a dose", STATEMENT),
    _r("dismissal", r"\bkein Problem\b|\bglauben Sie mir\b", "dismisses the result", STATEMENT,
       unless_hedged=True),
    _r("alarm", r"\b(?:Erblindung|erblinden)\b", "frightens without a next step", STATEMENT,
       unless_next_step=True, unless_negated=True),
]
EN += [
    _r("diagnosis", r"\b(?:kidneys?|liver|heart|thyroid|pancreas|lungs?|bone marrow) (?:is|are) "
       r"(?:already |clearly |badly )?(?:damaged|failing|diseased|scarred|not working)\b",
       "says an organ is failing", STATEMENT, unless_negated=True),
    _r("alarm", r"\b(?:dangerously|alarmingly|critically|frighteningly)\b|\bat any (?:time|moment|"
       r"minute|second)\b|\b(?:faint|collapse|pass out|black out)\w*\b", "frightens without a "
           "next step",
       STATEMENT, unless_next_step=True, unless_negated=True),
    _r("certainty", r"\bwill never\b|\bnever (?:go|get|come) back\b|\blife-?long\b|\bfor (?:the "
                    r"rest "
       r"of )?(?:your )?life\b|\bpermanent(?:ly)?\b", "is certain or predicts the future",
       STATEMENT,
       unless_uncertain=True),
    _r("dismissal", r"\bit(?:'s| is) (?:just )?nothing\b|\bjust tell you\b|\b(?:bother|trouble|"
       r"waste)\w* (?:\w+ )?(?:your |the )?(?:doctor|gp|clinician|time)\b", "dismisses the result",
       STATEMENT, unless_hedged=True),
]
ZH += [
    _r("alarm", r"随时(?!间)|晕倒|昏倒|休克|危险地|极其危险", "frightens without a next step",
       STATEMENT,
       unless_next_step=True, unless_negated=True),
    _r("certainty", r"终身|一辈子|这辈子|永远(?:不会|无法)|再也", "is certain or predicts the "
                                                  "future",
       STATEMENT),
    _r("dismissal", r"麻烦医生|浪费(?:医生的?)?时间|别(?:拿|为)这个", "dismisses the result",
       STATEMENT),
]
ES += [
    _r("diagnosis", r"\b(?:riñones|riñón|hígado|corazón|tiroides|páncreas|pulmones|médula) (?:ya )?"
       r"(?:están|está) (?:ya )?(?:dañad\w+|fallando|enferm\w+|lesionad\w+)", "says an organ is "
       r"failing", STATEMENT, unless_negated=True),
    _r("alarm", r"\bpeligrosamente\b|\ben cualquier momento\b|\bdesmay\w+|\bcolaps\w+",
       "frightens without a next step", STATEMENT, unless_next_step=True, unless_negated=True),
    _r("certainty", r"\bde por vida\b|\bpara siempre\b|\bnunca volverá\w*", "is certain or "
        "predicts "
       r"the future", STATEMENT, unless_uncertain=True),
    _r("dismissal", r"\bno (?:moleste|molestar|haga perder)\b|\bperder el tiempo\b",
       "dismisses the result", STATEMENT),
]
DE += [
    _r("diagnosis", r"\b(?:Nieren?|Leber|Herz|Schilddrüse|Bauchspeicheldrüse|Lunge|Knochenmark) "
       r"(?:ist|sind) (?:bereits |schon )?(?:geschädigt|kaputt|krank|erkrankt|vernarbt)\b|"
       r"\b(?:Nieren?|"
       r"Leber|Herz)\w* (?:\w+ ){0,3}(?:versag\w+)|\b(?:Nieren?|Leber|Herz|Schilddrüse|Lunge|"
       r"Knochenmark) (?:\w+ ){0,2}(?:geschädigt|kaputt|erkrankt|vernarbt) (?:ist|sind)\b",
       "says an organ is failing", STATEMENT,
       unless_negated=True),
    _r("alarm", r"\bjederzeit\b|\bzusammenbrech\w*|\bohnmächtig\w*|\bkollabier\w*",
       "frightens without a next step", STATEMENT, unless_next_step=True),
    _r("certainty", r"\blebenslang\w*|\bfür immer\b|\bnie wieder\b", "is certain or predicts the "
       r"future", STATEMENT, unless_uncertain=True),
    _r("dismissal", r"\bbelästigen\b|\bZeit verschwenden\b|\bdamit nicht (?:zum|zur|behelligen)",
       "dismisses the result", STATEMENT),
]
EN += [
    _r("diagnosis", r"\b(?:your|the) (?:thyroid|thyroid gland|liver|kidneys?|heart|pancreas|bone "
                    r"marrow)"
       r" (?:is|are|seems|looks) (?:\w+ )?(?:underactive|overactive|sluggish|inflamed|enlarged|"
       r"fatty|scarred|weak|failing)\b", "says an organ is diseased", STATEMENT,
       unless_negated=True),
    _r("treatment", r"\b(?:lower|reduce|cut|raise|bring down|drop)\w* (?:your |the )?[\w-]+ "
                    r"(?:\w+ )?"
       r"by (?:\d+|a third|half|a quarter)", "promises what a treatment will do", STATEMENT),
    _r("certainty", r"\b(?:will|'ll)\s+(?:\w+\s+){0,2}?(?:rising|increasing|worsening|climbing|"
                    r"going "
       r"up|getting worse|falling|dropping)\b", "predicts the future", STATEMENT),
]
ES += [
    _r("treatment", r"\b(?:debería|debe|tiene que|hay que|conviene)\s+(?:\w+\s+)?(?:comer|beber|"
                    r"tomar|"
       r"evitar|dejar|reducir|aumentar|eliminar|consumir)\b|\balimentos ricos en\b|\bricos? en "
       r"hierro\b", "tells the person what to take or eat", STATEMENT),
    _r("dismissal", r"\bno requiere (?:ningún |ninguna )?(?:seguimiento|control|tratamiento|"
       r"revisión)\b|\bproblema menor\b", "dismisses the result", STATEMENT, unless_hedged=True),
    _r("diagnosis", r"\busted (?:ya )?(?:es|está) (?:\w+ )?(?:(?:pre)?diabétic[oa]|anémic[oa]|"
                    r"obes[oa]|"
                    r"hipertens[oa]|"
       r"enferm[oa])\b", "labels the person with a condition"),
]
DE += [
    _r("treatment", r"\bSie (?:sollten|müssen|sollen)\b[^.;]{0,60}\b(?:essen|trinken|nehmen|meiden|"
       r"vermeiden|reduzieren|verzichten|einnehmen|absetzen)\b|\b\w+reiche\w* Lebensmittel\b",
       "tells the person what to take or eat", STATEMENT),
    _r("dismissal", r"\b(?:erfordert|braucht|benötigt) kein\w* (?:\w+ )?(?:Nachkontrolle|Kontrolle|"
       r"Behandlung|Abklärung|Untersuchung)\b|\bkleines Problem\b", "dismisses the result",
       STATEMENT, unless_hedged=True),
    _r("diagnosis", r"\bSie (?:\w+ ){0,2}(?:anämisch|diabetisch|zuckerkrank|übergewichtig|krank) "
                    r"sind\b|"
       r"\bSie sind (?:\w+ )?(?:anämisch|diabetisch|zuckerkrank|übergewichtig|krank)\b",
       "labels the person with a condition"),
]
EN += [
    _r("certainty", r"\bsooner or later\b|\bi (?:promise|guarantee|assure you)\b|\balmost "
                    r"certainly\b|"
       r"\bmost certainly\b|\bwithout question\b", "is certain or predicts the future", STATEMENT,
       unless_uncertain=True),
    _r("dismissal", r"\b(?:high|low|raised|elevated|abnormal)\w* (?:\w+ ){0,2}(?:is|are) "
                    r"(?:perfectly |"
       r"quite |totally |completely )?normal\b", "dismisses the result", STATEMENT,
       unless_hedged=True),
    _r("alarm", r"\bbrain bleeds?\b|\bbleed\w* (?:into|in) the brain\b|\bhaemorrhag\w+|"
                r"\bhemorrhag\w+",
       "frightens without a next step", STATEMENT, unless_next_step=True, unless_negated=True),
]
ZH += [
    _r("certainty", r"迟早|八成|多半|十有八九|百分百|板上钉钉|我保证", "is certain or predicts "
                                                   "the future",
       STATEMENT),
    _r("dismissal", r"没(?:啥|什么)?大事|放在心上|很正常(?!吗)|不用当回事|别当回事", "dismisses "
        "the result",
       STATEMENT, unless_hedged=True),
    _r("alarm", r"脑出血|内出血|突发|猝然", "frightens without a next step", STATEMENT,
       unless_next_step=True, unless_negated=True),
    _r("treatment", r"(?:打|注射|用上?)胰岛素|开始(?:吃|用|打|服)", "starts a medicine",
       unless_negated=True),
    _r("diagnosis", r"(?:我|您|你)(?:这个|这种|的这个|那个)", "presumes a diagnosis",
       condition_after=True, gap=-1),
]
ES += [
    _r("certainty", r"\btarde o temprano\b|\b(?:se lo|le|te) aseguro\b|\bcasi (?:seguro|segura)\b|"
       r"\bseguramente\b|\bsin lugar a dudas\b|\btendrá\w* (?:una? )?(?:insuficiencia|diabetes|"
       r"infarto|cáncer|enfermedad)", "is certain or predicts the future", STATEMENT,
       unless_uncertain=True),
    _r("dismissal", r"\bno es nada\b|\bno le dé importancia\b|\bes normal (?:tener|que)\b",
       "dismisses the result", STATEMENT, unless_hedged=True),
    _r("alarm", r"\bhemorragia\w*|\bderrame\w*|\bde repente\b", "frightens without a next step",
       STATEMENT, unless_next_step=True, unless_negated=True),
    _r("treatment", r"\b(?:le |lo |la )?(?:bajará|bajarán|reducirá|reducirán|normalizará|"
                    r"normalizarán|"
       r"corregirá|corregirán|mejorará|mejorarán)\b|\bbeb\w+ (?:mucha|más|abundante) agua\b|"
       r"\bmucho líquido\b|\bponerme insulina\b|\bempezar a (?:tomar|ponerme|usar)\b",
       "prescribes or promises a treatment", unless_negated=True),
]
DE += [
    _r("certainty", r"\bfrüher oder später\b|\bgarantier\w*|\bso gut wie sicher\b|"
       r"\bhöchstwahrscheinlich\b|\bziemlich sicher\b|\bversprech\w*",
       "is certain or predicts the future", STATEMENT, unless_uncertain=True),
    _r("dismissal", r"\b(?:ist|sind) nichts\b|\bkeine Bedeutung\b|\b(?:ist|sind) (?:doch |ganz |"
                    r"völlig )?"
       r"normal\b", "dismisses the result", STATEMENT, unless_hedged=True),
    _r("alarm", r"\bHirnblutung\w*|\bdroh\w+|\bplötzlich\w*|\bBlutungsgefahr\b",
       "frightens without a next step", STATEMENT, unless_next_step=True, unless_negated=True),
    _r("treatment", r"\b(?:viel|mehr|reichlich) (?:Wasser|Flüssigkeit)\b|\bInsulin\w* anfangen\b|"
       r"\bmit \w*(?:Insulin|Tabletten|Spritzen|Medikament)\w* (?:anfangen|beginnen)\b",
       "prescribes a treatment", unless_negated=True),
]
_FOODS_EN = (r"(?:gluten|dairy|lactose|sugar|salt|red meat|meat|alcohol|carbs|carbohydrates|fat|"
             r"coffee|caffeine|eggs|bread|seafood|shellfish|beer|sweets|fruit juice|offal)")
EN += [
    _r("diagnosis", r"\b(?:which|what) (?:kind|type|form|sort|stage) of\b|\bis (?:this|it) (?:a |"
                    r"an )?"
       r"(?=\S)|\b(?:could|might|can) (?:this|it) be (?:a |an )?(?!sign|signs|linked|related|due|"
       r"caused|from|the)", "asks which disease it is", frozenset({"question"}),
       condition_after=True, gap=-1, specific=True),
    _r("treatment", r"\btreat\w* (?:this|it|that) with\b|\binstead of (?:the )?(?:tablets|pills|"
       r"medicines?|medications?|drugs)\b|\b(?:cut out|give up|avoid|stop eating|quit|drop|go "
       rf"without|cut down on)\s+(?:all\s+|any\s+)?{_FOODS_EN}\b(?![^.?!]*\bbefore\b)|"
       rf"\b(?:low-carb|keto|ketogenic|"
       r"gluten-free|dairy-free|vegan|paleo|intermittent fasting)\b",
       "suggests a treatment or diet"),
    _r("certainty", r"\bdefinite\b|\bconfirmed\b|\bcertain (?:sign|case)\b", "is certain",
       TITLE),
    _r("certainty", r"\b(?:since|as|because|now that)\b[^?.]{0,40}\bwill (?:turn into|develop|"
       r"progress|become|lead to)\b", "predicts the future", frozenset({"question"})),
]
ZH += [
    _r("diagnosis", r"哪种|哪一种|什么类型的?|哪一型|几型", "asks which disease it is",
       frozenset({"question"}), condition_after=True),
    _r("treatment", r"代替|替代|戒掉|戒(?:酒|烟|糖)|不吃|麸质|无麸质|生酮|低碳水", "suggests a "
        "treatment or diet",
       frozenset({"question"})),
]
ES += [
    _r("diagnosis", r"\bqué (?:tipo|clase|forma) de\b|\bes (?:esto|una?) (?=\S)", "asks which "
        "disease it is",
       frozenset({"question"}), condition_after=True, gap=-1),
    _r("treatment", r"\btrat\w+ con\b|\ben (?:vez|lugar) de (?:las |los )?(?:pastillas|"
                    r"medicamentos|"
       r"comprimidos)\b|\b(?:dejar|eliminar|evitar|quitar)\w* (?:el |la |los |las )?(?:gluten|"
       r"azúcar|"
       r"sal|lácteos|carne|alcohol|pan|marisco|cerveza)\b|\bsin gluten\b",
       "suggests a treatment or diet"),
    _r("treatment", r"^(?:reducir|evitar|tomar|empezar|dejar|beber|comer|eliminar|aumentar|iniciar|"
       r"suspender)\b", "tells the person what to do", TITLE),
    _r("dismissal", r"\bnormal para (?:su|la|tu) edad\b", "dismisses the result", STATEMENT),
]
DE += [
    _r("diagnosis", r"\bwelche[rs]? (?:Art|Form|Typ|Stadium) (?:von|der|des)?\b", "asks which "
        "disease it is",
       frozenset({"question"}), condition_after=True),
    _r("treatment", r"\bbehandeln\b|\bstatt (?:der )?(?:Tabletten|Medikamente\w*)\b|\bverzicht\w*|"
       r"\bglutenfrei\w*", "suggests a treatment or diet"),
    _r("treatment", r"\b(?:reduzieren|meiden|vermeiden|nehmen|trinken|essen|beginnen|weglassen|"
       r"absetzen|einnehmen|steigern|senken)$", "tells the person what to do", TITLE),
    _r("dismissal", r"\bnormal für (?:Ihr|Ihre|das|dein) Alter\b", "dismisses the result",
       STATEMENT),
]
EN += [
    _r("certainty", r"\b100\s?%|\bal 100\b|\bhundertprozentig\w*|\bcien por cien\b|百分之百|百分百|"
       r"\bonly (?:gets?|getting|going to get) worse\b|\bgets? worse with (?:age|time)\b",
       "is certain or predicts the future", STATEMENT, unless_uncertain=True),
    _r("dismissal", r"\bread (?:anything|too much) into\b|\bwouldn'?t (?:worry|bother)\b|"
       r"\bnothing in it\b", "dismisses the result", STATEMENT, unless_hedged=True),
    _r("alarm", r"\bpoison\w*|\btoxic\b", "frightens without a next step", STATEMENT,
       unless_next_step=True, unless_negated=True),
]
ZH += [
    _r("dismissal", r"忽视|无视|不用理|别理", "dismisses the result", STATEMENT,
       unless_hedged=True),
    _r("alarm", r"蔓延|扩散到|中毒", "frightens without a next step", STATEMENT,
       unless_next_step=True, unless_negated=True),
    _r("treatment", r"空腹(?:吃|服)|饭前(?:吃|服)|饭后(?:吃|服)|睡前(?:吃|服)",
       "tells how to take a medicine", unless_negated=True),
]
ES += [
    _r("diagnosis", r"(?<!\bsi )\b(?:usted )?tiene\s+", "tells the person what they have",
       STATEMENT, condition_after=True, gap=-1, specific=True),
]
DE += [
    _r("diagnosis", r"\b(?:hätten|haben) Sie\s+", "tells the person what they have", STATEMENT,
       condition_after=True, gap=-1, specific=True),
    _r("alarm", r"\bübergreifen\w*|\bausbreiten\w*|\bvergift\w*", "frightens without a next step",
       STATEMENT, unless_next_step=True, unless_negated=True),
]
# predictions about the person ("you will need...", "usted tendrá...") unless they are the next
# step of booking or discussing
EN += [
    _r("certainty", r"\byou(?:'ll| will) (?:\w+ )?(?:need|have|get|develop|be|go|end up|require|"
       r"suffer|lose|feel|become)\b(?! (?:to )?(?:book|see|contact|discuss|repeat|ask|bring|talk|"
       r"call|make|check|an appointment|a repeat|a follow-up|asked|able|offered|given|told|seen))",
       "predicts the future",
       STATEMENT),
    _r("alarm", r"\b(?:alarming|frightening|scary|terrifying|grave|very serious|extremely serious|"
       r"really serious)\b", "frightens without a next step", STATEMENT, unless_next_step=True,
       unless_negated=True),
]
ZH += [
    _r("certainty", r"(?:您|你)(?:将|会|以后会|将来会)(?:需要|得|有|出现|发展|变得|失去)",
       "predicts the future", STATEMENT),
]
ES += [
    _r("certainty", r"\b(?:usted )?(?:necesitará|tendrá|desarrollará|sufrirá|perderá|acabará|"
       r"terminará)\b(?! (?:que )?(?:pedir|consultar|hablar|repetir|acudir))",
       "predicts the future", STATEMENT, unless_uncertain=True),
]
DE += [
    _r("certainty", r"\bSie werden\b[^.;]{0,50}\b(?:brauchen|bekommen|haben|entwickeln|müssen|"
       r"verlieren|leiden)\b", "predicts the future", STATEMENT, unless_uncertain=True),
]
_SUPPLEMENTS = (r"\bbiotin\w*|生物素|\bcollagen\b|\bcolágeno\b|\bKollagen\b|胶原蛋白|"
                r"milk thistle|turmeric|curcumin|ginkgo|ginseng|garlic (?:pills|capsules|tablets)|"
                r"cod liver oil|red yeast rice|coenzyme q10|coq10|echinacea|st\.? john'?s wort|"
                r"berberine|apple cider vinegar|cinnamon (?:pills|capsules)|spirulina|chlorella|"
                r"cardo mariano|cúrcuma|ginseng|levadura de arroz rojo|Mariendistel|Kurkuma|"
                r"Knoblauchkapseln|Rotschimmelreis|Johanniskraut|水飞蓟|姜黄|红曲|辅酶Q10|鱼肝油|"
                r"人参|"
                r"灵芝|保健品")
EN += [
    _r("treatment", _SUPPLEMENTS, "names a supplement or remedy"),
    _r("treatment", r"\btake\b[^.?!]{1,40}\bfor (?:my|your|the) (?:liver|kidneys?|heart|thyroid|"
       r"blood|cholesterol|sugar|bones?|iron|joints|memory|immune system)\b",
       "suggests taking something", ALL),
    _r("diagnosis", r"\b(?:is|are)\s+(?:\w+\s+){0,2}?(?:caused by|due to|the result of|because of|"
       r"down to)\s+(?!many|several|different|various|a number|a range|things)",
       "names a cause", STATEMENT, unless_modal=True, unless_negated=True),
    _r("dismissal", r"\bnever (?:matters|important|significant|relevant|a (?:concern|problem|"
                    r"worry))\b",
       "dismisses the result", STATEMENT),
    _r("alarm", r"\b(?:serious|big|real|deep|grave) trouble\b|\bin a bad way\b|\bbadly damaged\b",
       "frightens without a next step", STATEMENT, unless_next_step=True, unless_negated=True),
]
ZH += [
    _r("treatment", r"护肝|保肝|养肝|护肾|降脂药|降糖药|降压药", "suggests a treatment",
       unless_negated=True),
    _r("diagnosis", r"(?:都是|就是|全是|基本是)[\u4e00-\u9fff]{0,8}(?:造成的|引起的|导致的|喝的|"
                    r"吃的|抽的|累的)",
       "names a cause", STATEMENT),
    _r("dismissal", r"从来不重要|从不重要|根本不重要|无所谓", "dismisses the result", STATEMENT),
    _r("alarm", r"出大问题|大麻烦|严重问题", "frightens without a next step", STATEMENT,
       unless_next_step=True, unless_negated=True),
]
ES += [
    _r("treatment", r"\btomar\b[^.?!]{1,40}\bpara (?:el|la|los|las|mi|su|sus|mis) (?:hígado|"
                    r"riñones?|"
       r"corazón|tiroides|sangre|colesterol|azúcar|huesos|hierro|defensas)\b",
       "suggests taking something", ALL),
    _r("diagnosis", r"\bse debe\w* (?:\w+ )?a (?!muchas|varias|distintas|diferentes)|\bes (?:por|"
                    r"culpa de)\b",
       "names a cause", STATEMENT, unless_modal=True, unless_negated=True),
    _r("dismissal", r"\bnunca (?:importa|es importante|tiene importancia)\b",
       "dismisses the result", STATEMENT),
    _r("alarm", r"\b(?:serios|graves) problemas\b|\bmuy mal estado\b", "frightens without a next "
        "step",
       STATEMENT, unless_next_step=True, unless_negated=True),
]
DE += [
    _r("treatment", r"\bfür (?:die|das|den|meine?n?|Ihre?n?) \w+ (?:ein)?nehmen\b|\bhören "
                    r"Sie\b[^.;]{0,40}"
       r"\bauf\b|\blassen Sie\b[^.;]{0,30}\bweg\b|\bmit dem (?:Alkohol|Rauchen|Trinken) aufhören\b",
       "tells the person what to take or stop", ALL),
    _r("diagnosis", r"\bkommt (?:\w+ ){0,3}(?:vom|von der|von den|durch)\b|\bliegt (?:\w+ "
                    r"){0,2}(?:am|an der|an "
       r"den)\b", "names a cause", STATEMENT, unless_modal=True, unless_negated=True),
    _r("dismissal", r"\bspielt (?:nie|keine|überhaupt keine) (?:eine )?Rolle\b|\bnie wichtig\b",
       "dismisses the result", STATEMENT),
    _r("alarm", r"\bernsten? Schwierigkeiten\b|\bgroßen? Problem\w*|\bschlimm\w*", "frightens "
        "without a "
       r"next step", STATEMENT, unless_next_step=True, unless_negated=True),
]
EN += [
    _r("treatment", rf"\b{_NUM}[\w-]+\s+(?:a|per|each|every) (?:day|week|night|morning)\b",
       "gives a regimen"),
    _r("dismissal", r"\bignor\w*\b", "dismisses the result", STATEMENT, unless_negated=True),
    _r("alarm", r"\bsomething (?:very |really |quite )?(?:nasty|serious|bad|sinister|terrible|"
       r"dangerous|awful)\b", "frightens without a next step", STATEMENT, unless_next_step=True,
       unless_negated=True),
    _r("certainty", r"\b(?:anything|nothing) (?:else )?but\b|\bcan only be\b|\b(?:this|it|that) "
                    r"must "
       r"be (?:a |an )?(?!checked|repeated|discussed|seen|looked|done|taken|booked)",
       "is certain", STATEMENT),
    _r("treatment", r"\bblood thinners?\b|\bwater tablets?\b|\bpainkillers?\b|\b(?:be )?(?:started|"
       r"put) on\b", "names a medicine", ALL, unless_hedged=True),
]
ZH += [
    _r("certainty", r"只可能|没有别的可能|不可能是别的|一定是", "is certain", STATEMENT),
    _r("alarm", r"可怕|很严重的病|坏东西|不好的病", "frightens without a next step", STATEMENT,
       unless_next_step=True, unless_negated=True),
    _r("treatment", r"抗凝药|抗血小板药|利尿剂|止痛药|激素药|降压药|安眠药", "names a medicine",
       unless_negated=True),
]
ES += [
    _r("dismissal", r"\bno (?:haría|hagas|haga|hace falta hacer) caso\b|\bignor\w+", "dismisses "
        "the result",
       STATEMENT),
    _r("alarm", r"\balgo (?:muy )?(?:feo|grave|malo|serio|terrible)\b", "frightens without a "
        "next step",
       STATEMENT, unless_next_step=True, unless_negated=True),
    _r("certainty", r"\bno puede ser otra cosa\b|\bsolo puede ser\b|\btiene que ser\b",
       "is certain", STATEMENT),
    _r("treatment", r"\b(?:anticoagulantes?|antiagregantes?|estatinas?|betabloqueantes?|"
                    r"diuréticos?|"
       r"antihipertensivos?|antidepresivos?|analgésicos?|antiinflamatorios?)\b|\ble (?:pongan|den|"
       r"receten|recetarán|pondrán|darán)\b", "names a medicine"),
]
DE += [
    _r("dismissal", r"\bübergeh\w*|\bignorier\w*|\bnicht beachten\b", "dismisses the result",
       STATEMENT),
    _r("alarm", r"\betwas (?:sehr )?(?:Übl|Schlimm|Ernst|Bösartig|Gefährlich)\w*",
       "frightens without a next step", STATEMENT, unless_next_step=True, unless_negated=True),
    _r("certainty", r"\bkann nur\b[^.;]{0,40}\bsein\b|\bnichts anderes\b|\bmuss (?:\w+ )?sein\b",
       "is certain", STATEMENT),
    _r("treatment", r"\b(?:Blutverdünner|Gerinnungshemmer|Betablocker|Entwässerungstabletten|"
       r"Diuretik\w*|Schmerzmittel|Blutdrucksenker|Cholesterinsenker|Antidepressiv\w*)\b|"
       r"\bbekommen Sie (?:einen|eine|ein)\b", "names a medicine"),
]
# "doctors don't even look at this": the clinician's attention talked down
_DOCTORS_IGNORE = _r(
    "dismissal", r"\b(?:doctors?|gps?|clinicians?|médicos?|Ärzte|"
                 r"Ärztinnen)\b[^.;]{0,30}(?:\bdon'?t|"
    r"\bdo not\b|\bnever\b|\bwon'?t\b|\bni siquiera\b|\bnunca\b|\bnicht einmal\b|\bnie\b|\bkaum\b)"
    r"|医生[\u4e00-\u9fff]{0,6}(?:不会看|不看|不在意|不当回事|懒得)", "dismisses the result",
    STATEMENT)
EN.append(_DOCTORS_IGNORE)
EN += [
    _r("dismissal", r"\bmeaningless\b|\btoo strict\b|\bno significa nada\b|\bdemasiado estricto\b|"
       r"\bbedeutet (?:also |eigentlich )?nichts\b|\bzu streng\b|没有意义|毫无意义|太严",
       "dismisses the result", STATEMENT, unless_negated=True),
    _r("alarm", r"\btime ?bomb\b|\bbomba de relojería\b|\bZeitbombe\b|定时炸弹", "frightens "
        "without "
       r"a next step", STATEMENT, unless_next_step=True),
]
EN += [
    _r("dismissal", r"\bforget (?:it|this|that|them)\b|\bolvíd\w+|\bolvidar\w*|\bvergessen Sie\b|"
       r"\b(?:lab|test) (?:quirk|glitch|fluke)\b|\bquirk\b|\bglitch\b|别管|不用管它|忘了(?:它|吧)",
       "dismisses the result", STATEMENT, unless_negated=True),
    _r("alarm", r"\bclogg\w+|\bas we speak\b|\btaponand\w*|\bse están (?:tapando|obstruyendo)\b|"
       r"\bverstopf\w+|堵死", "frightens without a next step", STATEMENT, unless_next_step=True,
       unless_negated=True),
]
EN += [
    _r("diagnosis", r"\b(?:you are|you're) (?:\w+ )?(?:deficient|insulin resistant|pre-?diabetic|"
       r"anaemic|anemic)\b", "labels the person with a condition"),
    _r("treatment", r"\bangio\w+|\bcatheter\w*|\bstress test\b|\bscope\b|\bbone marrow (?:test|"
                    r"biopsy)\b",
       "names a procedure", STATEMENT, unless_negated=True, unless_choice=True),
    _r("dismissal", r"\bto be expected\b|\bcan be left(?: alone)?\b|\bleave it be\b",
       "dismisses the result", STATEMENT, unless_hedged=True),
    _r("alarm", r"\b(?:brain |bone |blood )?tumou?rs?\b",
       "frightens without a next step", STATEMENT,
       unless_next_step=True, unless_negated=True, unless_modal=True),
]
ZH += [
    _r("treatment", r"造影|导管|胃镜|肠镜|穿刺",
       "names a procedure", STATEMENT, unless_negated=True,
       unless_choice=True, unless_hedged=True),
    _r("alarm", r"脑瘤|肿瘤(?!标志)",
       "frightens without a next step", STATEMENT, unless_next_step=True,
       unless_negated=True, unless_modal=True),
    _r("certainty", r"肯定没有|肯定不是|绝不是|绝对不是|绝对没有", "is certain", STATEMENT),
]
ES += [
    _r("treatment", r"\bangiograf\w+|\bcateterismo\b|\bprueba de esfuerzo\b", "names a procedure",
       STATEMENT, unless_negated=True, unless_choice=True),
    _r("dismissal", r"\bes de esperar\b|\bdejar(?:lo|la)? estar\b",
       "dismisses the result", STATEMENT,
       unless_hedged=True),
    _r("alarm", r"\btumor(?:es)?(?: cerebral(?:es)?)?\b",
       "frightens without a next step", STATEMENT,
       unless_next_step=True, unless_negated=True, unless_modal=True),
]
DE += [
    _r("treatment", r"\b\w*katheter\w*|\b\w*angiograph\w*|\bBelastungs-?EKG\b", "names a procedure",
       STATEMENT, unless_negated=True, unless_choice=True),
    _r("dismissal", r"\bzu erwarten\b|\bso bleiben\b|\bkann man (?:so )?lassen\b", "dismisses "
        "the result",
       STATEMENT, unless_hedged=True),
    _r("alarm", r"\b\w*[Tt]umor\w*",
       "frightens without a next step", STATEMENT, unless_next_step=True,
       unless_negated=True, unless_modal=True),
]
# Reassurance needs a next step just as alarm does: a statement that calls the result fine,
# normal or nothing, with no word of the clinician, a visit or a discussion, dismisses it.
_REASSURE = re.compile(
    r"\b(?:fine|harmless|nothing|noise|fluke|trivial|meaningless|okay|alright|all right|no point|"
    r"not worth|doesn'?t count|does not count|no need|needn'?t|skip|ignore|forget|tick (?:it|this|"
    r"that|this one) off|irrelevant|unimportant|nobody (?:gets|is) treated|bueno|ruido|"
    r"inofensiv\w+|sin importancia|no merece|no hace falta|da igual|in Ordnung|nichts|Rauschen|"
    r"harmlos|abhaken|lohnt sich (?:nicht|kein)|unwichtig|no hay nada)\b|没事|没必要|干扰|无害|"
    r"不重要|"
    r"没人会|这里没什么|没什么(?:事|问题|的)|"
    r"当作正常|"
    r"算正常|不用管|无需", _I)
_REFERRAL = re.compile(
    r"\b(?:clinician|doctor|gp|nurse|specialist|visit|appointment|discuss\w*|mention\w*|"
    r"médic[oa]|consulta|cita|comentar\w*|especialista|Arzt|Ärztin|Termin|besprech\w*|"
    r"ansprech\w*|Fach\w*)\b|医生|就诊|讨论|提一下|专科|复诊", _I)
_ORGAN_DISTRESS = [
    _r("alarm", r"\b(?:heart|kidneys?|liver|brain|lungs?|arteries|blood vessels|"
                r"pancreas)\b[^.;]{0,40}"
       r"\b(?:strain|stress|failing|shutting|stopping|packing up|giving up|damaged|under attack|"
       r"struggling|overwhelmed|breaking down)\w*", "frightens without a next step", STATEMENT,
       unless_next_step=True, unless_negated=True, unless_modal=True),
    _r("alarm", r"\b(?:corazón|riñones|riñón|hígado|cerebro|pulmones|arterias)\b[^.;]{0,40}"
       r"\b(?:esfuerzo|dejando de funcionar|fallando|sufriendo|dañ\w+|colaps\w+)",
       "frightens without "
       r"a next step", STATEMENT, unless_next_step=True, unless_negated=True, unless_modal=True),
    _r("alarm", r"\b(?:Herz|Nieren?|Leber|Gehirn|Lunge|Arterien|Gefäße)\b[^.;]{0,40}\b(?:Belastung|"
       r"einstellen|versag\w+|Schaden|geschädigt|überlastet|kämpf\w+)", "frightens without a next "
       r"step", STATEMENT, unless_next_step=True, unless_negated=True, unless_modal=True),
    _r("alarm", r"(?:心脏|肾脏|肝脏|大脑|肺|血管)[\u4e00-\u9fff]{0,8}(?:压力|衰竭|损伤|停止|崩溃|"
                r"不堪重负)",
       "frightens without a next step", STATEMENT, unless_next_step=True, unless_negated=True,
       unless_modal=True),
]
EN += _ORGAN_DISTRESS
EN += [
    _r("certainty", r"\bno (?:room for )?doubt\b|\bleaves? no doubt\b|\bsure sign\b|\blugar a "
       r"dudas\b|\bseñal segura\b|\bkeinen Zweifel\b|\bsicheres Zeichen\b|毫无悬念|确切|确定无疑|"
       r"必定", "is certain", STATEMENT, unless_uncertain=True),
    _r("alarm", r"\bbleed\w* without stopping\b|\bwon'?t stop bleeding\b|\bsangrar sin parar\b|"
       r"\bblutet nicht mehr auf\b", "frightens without a next step", STATEMENT,
       unless_next_step=True),
]
EN += [
    _r("treatment", r"\b(?:will|'ll|should) (?:\w+ )?(?:go down|come down|drop|fall|improve|"
                    r"normali[sz]e|"
       r"return to normal|go up|rise) if you\b|\b(?:foods?|diet|eat|drink)\b[^.?!]{0,30}\bto "
       r"(?:raise|lower|"
       r"boost|increase|reduce|improve|bring (?:up|down))\b", "promises what a treatment will do"),
]
ZH += [
    _r("treatment", r"请(?:避免|少吃|多吃|戒|控制|减少|增加|坚持)|避免(?:吃|喝)|每天锻炼|"
                    r"坚持锻炼|多运动|"
       r"(?:吃|喝)什么(?:能|可以|来)(?:降|升|提高|降低)", "prescribes a diet or exercise",
       unless_negated=True),
]
EN += [
    _r("dismissal", r"\bsecond thought\b|\bkeine Gedanken\b|\bnot give it a thought\b",
       "dismisses the result", STATEMENT, unless_hedged=True),
    _r("alarm", r"\bcatastroph\w+|\bcatastróf\w+|\bkatastroph\w+|出大事|后果严重|不堪设想|"
                r"\bdisaster\w*|"
       r"\bdesastr\w+", "frightens without a next step", STATEMENT, unless_next_step=True,
       unless_negated=True),
]
DE += [
    _r("treatment", r"\b[\w-]+[Kk]ur\b", "prescribes a course of treatment", STATEMENT),
]
EN += [
    _r("diagnosis", r"\b(?:from|due to|caused by|because of|por|debid[oa] a|von|durch|wegen)\s+",
       "asks which disease it is", frozenset({"question"}), condition_after=True, gap=-1,
       specific=True),
]
EN += [
    _r("treatment", r"\b\d+(?:[.,]\d+)?\s*(?:g|mg|ml|mcg)\s*(?:per|por|pro|/)\s*(?:kilo|kg)\w*|"
                    r"每公斤",
       "gives a dose"),
    _r("treatment", r"\b[\w-]+ (?:inhibitors?|blockers?|agonists?|antagonists?)\b|"
                    r"\binhibidor(?:es)? "
       r"de\b|\b\w+hemmer\b|抑制剂|拮抗剂|阻滞剂|激动剂", "names a class of medicines",
       unless_hedged=True),
    _r("certainty", r"\b(?:will|'ll)\s+(?:\w+\s+)?(?:halve|double|triple|plummet|crash|collapse)\b",
       "predicts the future", STATEMENT),
]
EN += [
    _r("dismissal", r"\b(?:no|not a single|not one) (?:doctor|gp|clinician|specialist)s?\b|"
                    r"\bningún "
       r"médico\b|\bkein(?:e)? (?:Arzt|Ärztin)\b|没有医生|没有哪个医生", "dismisses the result",
       STATEMENT),
    _r("certainty", r"\bin (?:every|each|all) cases?\b|\bwithout exception\b|\ben todos los "
                    r"casos\b|"
       r"\bsin excepción\b|\bin jedem Fall\b|\bin allen Fällen\b|\bausnahmslos\b|每个人都会|"
       r"所有人都会|"
       r"无一例外", "is certain or predicts the future", STATEMENT, unless_uncertain=True),
]
EN += [
    _r("dismissal", r"\b(?:would|will|do|does)(?:n'?t| not) (?:even )?flag\b|\bni siquiera marc\w+|"
       r"\b(?:gar|nicht einmal) (?:nicht )?markier\w+|不会标出|不会标记|不会标红",
       "dismisses the result",
       STATEMENT),
    _r("alarm", r"\bcrumbl\w+|\bdesmoron\w+|\bzerbrösel\w+|骨头会碎",
       "frightens without a next step",
       STATEMENT, unless_next_step=True, unless_negated=True),
]
_HAVE_Q_MORE = re.compile(r"\bich\b(?:\s+\w+){1,3}\s+habe\b|\bi know i have\b|\bsé que tengo\b|"
                          r"\bi (?:already |still )?have\b|\bya tengo\b|\bbekannte[nm]?\b|我已有的|"
                          r"我已经有的|我原有的", _I)
EN += [
    _r("diagnosis", r"\b(?:is|are) (?:the |a )?(?:main )?(?:reason|cause) (?:for|of)\b",
       "names a cause", STATEMENT, unless_modal=True, unless_negated=True),
]
ES += [
    _r("diagnosis", r"\b(?:es|son) (?:la|una) (?:causa|razón) de\b", "names a cause", STATEMENT,
       unless_modal=True, unless_negated=True),
]
DE += [
    _r("diagnosis", r"\b(?:ist|sind) (?:der|die|ein) (?:Grund|Ursache) (?:für|der|des)\b",
       "names a cause", STATEMENT, unless_modal=True, unless_negated=True),
]
ZH += [
    _r("diagnosis", r"是[\u4e00-\u9fff]{0,8}的(?:原因|病因)|导致了您的", "names a cause", STATEMENT,
       unless_negated=True),
]

BY_LANG = {"en": EN + EN_STATEMENT_ONLY, "zh": ZH, "es": ES, "de": DE}


def rules_for(lang: str) -> list[Rule]:
    """The card language's rules, plus the English ones (a model may answer in English) and the
    Chinese ones (they only match Chinese script); German leaves out English "die"."""
    out = list(BY_LANG.get(lang, [])) + (BY_LANG["en"] if lang != "en" else [])
    if lang != "zh":
        out += BY_LANG["zh"]
    if lang == "de":
        out = [r for r in out if r.rx.pattern != r"\bdie\b"]
    return out


# "Which type of hepatitis do I have?": the question takes the disease as given
_HAVE_Q = re.compile(r"\b(?:do|did) i (?:have|get)\b|\bhave i (?:got|had)\b|\bi(?:'ve| have) got\b|"
                     r"\btengo\b|\bpadezco\b|\bhabe ich\b|\bhab ich\b|我得的|我有的|我患的|我得了",
                        _I)
_CLAUSE_START = re.compile(r"[.;!?。；？！]")
_MODAL_WORD = re.compile(r"\b(?:can|could|may|might|pued\w+|podr\w+|kann|können|könnte\w*)\b|可能",
                         _I)
_CLAUSE_END = re.compile(r"[.;!?。；？！]")


def _condition_follows(text: str, end: int, gap: int, conds: list[T.Term]) -> T.Term | None:
    stop = _CLAUSE_END.search(text, end)
    limit = min(end + (gap if gap > 0 else 30), stop.start() if stop else len(text))
    for c in conds:
        if end <= c.start < limit:
            if gap < 0 and not _PRESUME_GAP.match(text[end:c.start] + "x"):
                continue
            return c
    return None


def violations(text: str, kind: str, lang: str, *, trusted: bool = False
               ) -> list[tuple[str, str]]:
    """(category, reason) for every rule `text` breaks. `trusted`: knowledge-base text, whose
    disease names (a finding's name in a title) come from the reviewed knowledge base; only the
    constructions around them are judged."""
    out: list[tuple[str, str]] = []
    conds = T.conditions(text, lang)
    next_step = bool(NEXT_STEP.search(text))
    specific = [c for c in conds if not _GENERIC_CONDITION.match(c.text)]
    for rule in rules_for(lang):
        if kind not in rule.kinds:
            continue
        for m in rule.rx.finditer(text):
            before = text[max(0, m.start() - 40):m.start()]
            if (rule.unless_negated or rule.weak or rule.condition_after) and \
                    _NEGATED_BEFORE.search(before):
                continue
            if rule.unless_modal and (_MODAL_BEFORE.search(before) or _GENERIC_BEFORE.search(before)
                                      or _HEDGE_WORD.search(m.group(0))
                                      or _MODAL_WORD.search(_CLAUSE_START.split(
                                          text[:m.start()])[-1])):
                continue
            if rule.unless_hedged and (_GENERIC_BEFORE.search(before)
                                       or _BUT_AFTER.search(text[m.end():m.end() + 80])):
                continue
            if rule.unless_uncertain and _UNCERTAIN.search(text):
                continue
            if rule.unless_choice and _CHOICE_BEFORE.search(text[:m.start()]):
                continue
            if rule.unless_next_step and next_step:
                continue
            if rule.weak and (_MODAL_BEFORE.search(before) or _SCAN_BEFORE.search(before)
                              or kind == "question"):
                continue
            shown = m.group(0).strip()
            if rule.condition_after:
                c = _condition_follows(text, m.end(), rule.gap, specific if rule.specific
                                       else conds)
                if c is None or (rule.weak and _HEDGE_IN_GAP.search(text[m.end():c.start])):
                    continue
                shown = f"{shown} … {c.text}"
            out.append((rule.category, f"{rule.why}: {shown!r}"))
            break
    presumed = _HAVE_Q.search(text) or _HAVE_Q_MORE.search(text)
    if kind == "question" and specific and presumed and not any(
            cat == "diagnosis" for cat, _ in out):
        out.append(("diagnosis", f"presumes a diagnosis: {specific[0].text!r}"))
    # reassurance with no clinician, visit or discussion in the whole text
    if kind == "explanation" and not trusted and not any(cat == "dismissal" for cat, _ in out):
        m = _REASSURE.search(text)
        if m and not _REFERRAL.search(text):
            before = text[max(0, m.start() - 40):m.start()]
            if not (_NEGATED_BEFORE.search(before) or _GENERIC_BEFORE.search(before)):
                out.append(("dismissal", f"reassures without a next step: {m.group(0)!r}"))
    # a sentence about these results that names a disease without any hedge
    if kind == "explanation" and not trusted and not any(cat == "diagnosis" for cat, _ in out):
        for sent in _SENTENCE.finditer(text):
            inside = [c for c in conds if sent.start() <= c.start < sent.end()]
            body = sent.group(0)
            specific = [c for c in inside if not _GENERIC_CONDITION.match(c.text)]
            if ((specific or (inside and _DEICTIC.search(body))) and not _HEDGE.search(body)
                    and not NEXT_STEP.search(body)):
                out.append(("diagnosis", "links these results to a disease: "
                                         f"{inside[0].text!r}"))
                break
    # a title names the issue (a test, a result), never a disease, unless it says the scan or
    # report describes it
    if kind == "title" and not trusted:
        for c in conds:
            if _SCAN_BEFORE.search(text[:c.start]) or _SCAN_AFTER.search(text[c.end:]):
                continue
            out.append(("diagnosis", f"names a condition in the title: {c.text!r}"))
            break
    for d in T.drugs(text, lang):
        before = text[max(0, d.start - 40):d.start]
        if _NEGATED_BEFORE.search(before):
            continue
        out.append(("treatment", f"names a medicine: {d.text!r}"))
        break
    return out
