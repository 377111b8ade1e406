"""Diagnosis rules for English cards: what tells or hints at a disease: "you have", labels,
cues of fit ("consistent with", "points to") and hedges before a disease name, causes, stages,
disease ranges and "what doctors call"."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.diagnosis.common import _rule
from checkup_desktop.core.safety.rules.rule import STATEMENT, TITLE

# "whether this is", "if the results are", "whether the pattern fits": the fit asked, not told
# (one fixed-width look-behind per wording)
_ASKED = "".join(
    rf"(?<!\b{q} {s} {v} )"
    for q in ("whether", "if")
    for s in ("it", "this", "that", "they", "these", "those", "the result", "the results",
              "the pattern", "the readings", "the values", "the findings", "your results",
              "the value", "the reading", "these results", "this result", "the picture",
              "this pattern", "these readings", "these values", "the numbers", "these numbers")
    for v in ("is", "are", "was", "were", "looks", "look", "seems", "seem", "")).replace("  ", " ")

EN_CUES = [
    # ("after you have recovered", "once you have fasted": a time, not a verdict)
    _rule(r"(?<!\bif )(?<!\bwhen )(?<!\bwhether )(?<!\bunless )(?<!\bafter )(?<!\bonce )"
          r"(?<!\buntil )(?<!\bbefore )"
          # ("any questions you have about them", "whatever concerns you have")
          r"(?<!questions )(?<!question )(?<!concerns )(?<!worries )(?<!doubts )(?<!symptoms )"
          r"(?<!anything )(?<!whatever )\byou(?: already| now| also| clearly| probably)?"
          r"(?:'ve| have| has|"
          r" had)\s+(?:got\s+)?(?:a |an )?(?!to\b|been\b|any\b|no\b|questions?\b|about\b|"
          r"a question\b|not\b|never\b|(?:recovered|finished|fasted|eaten|rested|spoken|talked|"
          r"discussed|seen|read|done)\b)[a-z]+",
          "tells the person what they have", kinds=STATEMENT, unless_negated=True),
    _rule(r"\b(?:you are|you're)\s+(?:a\s+)?(?:diabetic|an(?:a)?emic|obese|sick|ill|infected|"
          r"pre-?diabetic|hypothyroid|hyperthyroid|hypertensive)\b",
          "labels the person with a condition"),
    # "is not a diagnosis", "your clinician can make a diagnosis", "tests used to diagnose it"
    # speak about diagnosing, they do not diagnose
    _rule(r"(?<!\bto )\bdiagnos(?:e|ed|es|is|ing)\b",
          "diagnoses", unless_negated=True, unless_modal=True),
    _rule(r"\b(?:the|a|this|that) patients?\b|\bpatient (?:is|has|was|suffers)\b",
          "speaks of 'a patient' instead of to the person", kinds=STATEMENT),
    _rule(r"\bsuffer(?:s|ing)? from\b",
          "diagnoses"),
    # "this means you are carrying the hepatitis B virus", "Sie sind Trägerin", "usted es
    # portador": an infection said to be the person's, whether or not the vocabulary names it
    # ("the test checks whether you are carrying it" asks it)
    _rule(r"(?<!\bif )(?<!\bwhether )(?<!\bwenn )(?<!\bob )(?<!\bsi )(?<!\bfalls )"
          r"(?<!\bsi usted )"
          r"(?:\byou(?:'re| are| may be| might be| could be)? (?:\w+ )?(?:(?:carrying|carry) "
          r"(?=[^.;,]{0,40}\b(?:virus\w*|bacteri\w*|infection|hepatitis|HIV|parasit\w*|genes?|"
          r"mutations?|trait)\b)|a carrier of|infected with)|"
          r"\b(?:usted )?(?:es|sea|está) (?:\w+ )?(?:portador(?:a)?|infectad[oa] (?:con|por))\b|"
          r"\busted (?:\w+ )?porta (?:el|un|una|la)\b|"
          r"\b(?:Sie (?:sind|wären|seien)|(?:sind|wären) Sie) (?:\w+ )?(?:Träger(?:in)?|infiziert|"
          r"\w*träger(?:in)?)\b|"
          r"\bSie tragen (?:\w+ ){0,2}?\w*(?:virus|viren|erreger|bakteri\w*)\b|"
          r"(?:您|你)(?:体内)?(?:已经|目前)?(?:携带|带有)(?:了|着)?[^。，,；？！]{0,8}(?:病毒|细菌|菌))",
          "tells the person what they have", kinds=STATEMENT, unless_negated=True),
    _rule(r"\b(?:a|the) (?:condition|disease|disorder|illness) (?:called|named|known as)\b",
          "diagnoses"),
    # a negation right after the cue ("which is not the same as having gout") undoes it
    # ("whether it points to gout" asks it)
    # ("whether this is consistent with", "if the result is typical of" ask it)
    _rule(r"(?<!\bwhether it )(?<!\bwhether this )(?<!\bwhether that )(?<!\bwhether they )"
          + _ASKED +
          r"(?:\b(?:points?|pointing) (?:to|towards)|\btypical (?:of|for)\b|\bconsistent with\b|"
          r"\bin keeping with\b|\bcompatible with\b|\bcharacteristic of\b|\bclassic (?:for|of)\b|"
          r"\bhallmark of\b|\bmeets? the (?:\w+ )?criteria\b|\bcriteria for\b|\blooks? like\b|"
          r"\bfits? (?:with )?|\bin line with\b|\bmeans? (?:that )?you(?:'ve| have)\b|"
          r"\bcategory of\b|\bfalls? (?:into|in|within)\b|"
          # ("likely that the nodule will change" weighs a course of a known finding)
          r"(?:\bmost likely\b|\blikely\b)(?!\s+(?:that\s+)?(?:the|your|my|this|it)\b"
          r"[^.;?!,]{0,40}\b(?:will|would|is going to|grows?|changes?)\b)|"
          r"\bprobabl[ey]\b|\bpresumabl[ey]\b|\bsuspect(?:ed)?\b|\bsuspicion of\b|"
          r"\bpossibl[ey]\b|\bseems? to be\b|\bappears? to be\b|"
          # ("this is the usual range for people with diabetes" speaks of others)
          r"(?<!\bwhether )(?<!\bif )\b(?:which|that|this|it) is\b"
          r"(?![^.;?!]{0,30}\b(?:for|in|among|with) (?:people|those|"
          r"patients|someone|anyone|adults)\b)"
          # ("it is hard to predict how the cyst will change" says nothing of what it is)
          r"(?!\s+(?:(?:not|too|very|still|often) )?(?:hard|difficult|impossible|early|unclear|"
          r"possible|important|worth|useful|helpful|common|usual|best|sensible)\b)|"
          r"\bplaces? you\b|\bputs? you\b|\blines? up with\b|\btextbook\b|\bshows? up\b|"
          r"\bwhat happens in\b|\bpicture of\b|\badds? up to\b|\bwhat (?:we|doctors|clinicians) "
          r"(?:\w+ )?see (?:in|with|when)\b|\b(?:is|are) (?:a |an )?(?:clear |"
          r"classic )?signs? of\b)(?!n't\b|\s+(?:not|never)\b)",
          condition_after=True),
    # an early stage named ("beginnende Fettleber", "incipient cataract", "初期脂肪肝")
    _rule(r"\bearly\b|\bfrühe\w*\b|\btemprana?\b|早期|\bbeginnende\w*|\bincipient\b|初期",
          condition_after=True, gap=-1),
    # (a report quoted in single quotes, "reads 'increased echogenicity, suggestive of
    # steatosis', and ...", is the report's word: a closing quote after the cue)
    _rule(r"(?:\bsuggest(?:s|ive of)?\b|\bindicat(?:es?|ive of)\b|\bshows?\b|\bsigns? of\b|"
          r"\bpoints? to\b|\bdue to\b|\bcaused by\b|\bmeans?\b|\b(?:see|seen|found|"
          r"occurs?) (?:in|with)\b)(?![^.;?!'\x22]{0,60}[a-z.]['\x22](?=[\s,.;:)]|$))",
          kinds=STATEMENT, condition_after=True, weak=True),
    _rule(r"\b(?:pre-?)?(?:diabetic|an(?:a)?emic|hypothyroid|hyperthyroid|obese|hypertensive|"
          r"osteoporotic|cirrhotic|leuk(?:a)?emic|nephrotic|gouty)\s+(?:range|zone|category|"
          r"territory|levels?|stage)\b",
          "places the person in a disease range"),
    # ("estadio 3", "grade 2 fatty liver")
    _rule(r"\bstage \d\b|\bstage (?:one|two|three|four)\b|\bestadio (?:[1-5]|I{1,3}V?|IV)\b|"
          r"\bgrade [1-4]\b(?!\s*(?:°|celsius))(?![^.;?!„“\x22]*[“”»\x22])",
          "stages a disease"),
    _rule(r"\b(?:is|are)\s+(?:\w+\s+){0,2}?(?:caused by|due to|the result of|because of|"
          r"down to)\s+(?!many|several|different|various|a number|a range|things|how\b|the way\b|"
          r"(?:the |a )?(?:sample|blood draw|lab\b|laboratory|handling|delay))",
          "names a cause", kinds=STATEMENT, unless_negated=True, unless_modal=True),
    _rule(r"\b(?:you are|you're) (?:\w+ )?(?:deficient|insulin resistant|pre-?diabetic|anaemic|"
          r"anemic)\b",
          "labels the person with a condition"),
    _rule(r"\b(?:is|are) (?:the |a )?(?:main )?(?:reason|cause) (?:for|of)\b",
          "names a cause", kinds=STATEMENT, unless_negated=True, unless_modal=True),
    _rule(r"\b(?:rare|serious|severe|dangerous|incurable|genetic|"
          r"hereditary)\b[^.?!]{0,30}?\b(?:diseases?|disorders?|conditions?|syndromes?|"
          r"illness(?:es)?)\b",
          "calls it a serious disease", kinds=STATEMENT),
    _rule(r"\b(?:is|are)\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:disease|disorder|syndrome|cancer|"
          r"illness|medication|medicine|drug)\b",
          "says what disease or drug a result is", kinds=STATEMENT),
    # "this suggests you may have coeliac disease": a hedged diagnosis is still one ("you may
    # have heard of ..." and "a higher risk of ..." are not)
    # (the vocabulary may read "have coeliac disease" as the name: the match stops before "have")
    _rule(r"(?<!\bif )(?<!\bwhether )\byou (?:may|might|could|possibly|probably|likely|perhaps) "
          r"(?:well )?(?:already )?(?:be suffering from\s+|be developing\s+|(?=have\s+(?!to\b|"
          r"been (?:exposed|told|tested|vaccinated|asked)|(?:\w+\s+){0,3}?(?:risk|chance|odds|"
          r"heard|read|seen|noticed|questions?|family|history|tests?)\b)))",
          "tells the person what they may have", kinds=STATEMENT, condition_after=True, gap=30,
          unless_negated=True),
    # "the most likely explanation would be an enlarged prostate" ("the most common cause of a
    # raised ALT is ..." is a general statement)
    _rule(r"\b(?:most|more) (?:likely|probable|plausible|obvious) (?:explanation|cause|reason|"
          r"diagnosis)\b|\bmost common (?:explanation|cause|reason)\b(?=[^.;?!]{0,40}\b(?:would be|"
          r"in your case|for you|here)\b)",
          kinds=STATEMENT, condition_after=True),
    # "in the range for prediabetes", "the zone of obesity": the person placed in a disease
    _rule(r"\b(?:range|zone|territory|band|bracket|category|threshold) (?:of|for|that "
          r"(?:defines|means|counts as))\b(?!\s+(?:people|those|someone|anyone|patients|adults|"
          r"men|women|children)\b)",
          "places the person in a disease range", condition_after=True, gap=25),
    # a title names the issue, never a disease ("Fatty liver disease on ultrasound"): "disease"
    # is the word of a diagnosis even when a scan is named
    _rule(r"^(?!.*\b(?:risks?|Risiko\w*|riesgos?|screen\w*|Vorsorge|cribado)\b)"
          r".*(?:\b(?:[\w-]+ )(?:diseases?|disorders?|syndromes?)\b|\w(?:krankheit|erkrankung|"
          r"syndrom)\b|\b(?:enfermedad|síndrome|trastorno) (?!de riesgo)\w+)"
          r"(?!\s+(?:tests?|markers?|panel|Test\w*|Marker|pruebas?|marcador\w*)\b)",
          "names a condition in the title", kinds=TITLE),
    # "match a fatty liver quite closely", "tally well with coeliac disease": a verb of fit
    # (weak: "can match", "the scan matches", a "not" or "whether" between undo it)
    _rule(r"\b(?:match(?:es|ed)?|tall(?:y|ies|ied)|chimes?|squares?|agrees?) "
          r"(?:(?:\w+ ){0,3}?with\b|(?=(?:an?|the) ))|\bgo(?:es)? (?:\w+ )?(?:together|"
          r"hand in hand)(?: \w+)? with\b",
          kinds=STATEMENT, condition_after=True, weak=True, gap=40),
    # "..., and that is probably what is going on in your case", "which is very likely the case
    # for you too": a general statement applied to the person ("your clinician can say what is
    # going on in your case" has no likelihood; "whether that is the case" asks it)
    _rule(r"(?<!\bwhether )(?<!\bif )\b(?:that|this|which|it)(?:'s|\s+is|\s+was|\s+would be|\s+may "
          r"well be)?\s+(?:also\s+|very\s+|quite\s+)?(?:probably|(?:most |very |quite |more than )?"
          r"likely|presumably|almost certainly|in all likelihood|most probably)\s+(?:also\s+)?"
          r"(?:what(?:'s| is| was)? (?:going on|happening|behind (?:it|this|yours?)|the matter)|"
          r"the (?:case|explanation|reason|cause|story|problem)|true|what you have|your (?:case|"
          r"situation|problem))(?=[^.;?!]{0,25}\b(?:in your case|for you|with you|in you|here|"
          r"yours)\b)|\bin your case,?\s+(?:that|this|it)(?:'s|\s+is)\s+(?:probably|"
          r"(?:most |very )?likely|almost certainly|presumably)\b",
          "applies a diagnosis to the person", kinds=STATEMENT, unless_negated=True),
    # "..., what doctors call chronic kidney disease", "lo que los médicos llaman", "lo que se
    # conoce como", "was man als ... bezeichnet", "这就是所谓的": the name given to the person's
    # finding
    _rule(r"\b(?:what|which) (?:doctors|clinicians|we|medics) (?:would )?call\b|"
          r"\b(?:is|are) (?:often |usually )?(?:known|referred to) as\b|\bso-called\b|"
          r"\blo que (?:los médicos |los especialistas )?(?:llaman|se llama|se denomina|se conoce "
          r"como)\b|\b(?:se conoce|se denomina|se llama) como\b|"
          r"\bwas (?:man|Ärzte|Ärztinnen|Mediziner) (?:auch )?als\b|"
          r"\b(?:nennt man|bezeichnet man als|spricht man von)\b|"
          r"(?:就是|也就是|即)?(?:所谓的|医学上(?:称为|叫做?)|医生(?:称为|所说的|说的))",
          kinds=STATEMENT, condition_after=True, gap=40, unless_negated=True, unless_modal=True),
    # "places your bone density in the osteoporosis range", "is already in the diabetes range":
    # the person placed in a disease's range ("whether it is in ..." asks it)
    _rule(r"\b(?:places?|puts?|is|are|lies|lie|sits?|falls?|lands?) (?:[\w-]+ ){0,3}?(?:in|within|"
          r"into) the\b",
          "places the person in a disease range", kinds=STATEMENT, condition_after=True, gap=-1,
          unless_negated=True, unless_modal=True),
    # "years in a loud workplace are the likely explanation", "la causa más probable es ...": a
    # cause named as the likely one
    _rule(r"\b(?:is|are|would be|'s) (?:the |a )?(?:most )?(?:likely|probable|obvious) "
          r"(?:explanation|cause|reason|culprit|trigger)\b|"
          r"\b(?:es|son|sería|serían) (?:la|el) (?:causa|explicación|razón|motivo|origen) más "
          r"(?:probable|lógic[oa]|evidente)\b|"
          r"\b(?:ist|sind|wäre|wären) (?:wahrscheinlich |vermutlich )?(?:die|der) "
          r"(?:wahrscheinlichste|naheliegendste)n? (?:Ursache|Erklärung|Grund|Auslöser)\b|"
          r"\b(?:ist|sind) (?:wahrscheinlich|vermutlich|wohl) (?:die|der) (?:Ursache|Grund|"
          r"Auslöser|Erklärung)\b|"
          r"(?:就是|是)(?:最)?(?:有)?可能的(?:原因|解释|病因)|(?:很|最)可能(?:就)?是(?:原因|罪魁祸首|诱因)",
          "names a cause", kinds=STATEMENT, unless_negated=True, unless_modal=True),
]

EN_CUES += [
    # "it seems you are living with high blood pressure", "usted convive con una diabetes", "Sie
    # leben mit einer Fettleber": the disease said to be the person's companion ("if you are
    # living with diabetes" speaks of anyone)
    _rule(r"(?<!\bif )(?<!\bwhether )(?<!\bwhen )\byou(?:'re| are|'ve been| have been| may be|"
          r" might be)? (?:\w+ )?(?:living with|dealing with)\b|"
          r"(?<!\bsi )\busted (?:\w+ )?(?:vive|convive|lleva \w+ viviendo) con\b|"
          r"(?<!\bwenn )(?<!\bob )(?<!\bfalls )\bSie (?:\w+ )?(?:leben|zusammenleben) "
          r"(?:\w+ )?mit\b",
          "tells the person what they have", kinds=STATEMENT, condition_after=True, gap=25,
          unless_negated=True, unless_modal=True),
]

EN_CUES += [
    # "most likely reflects an inherited heart rhythm condition", "points to a familial form of
    # disorder": an inherited condition given as the person's ("ask whether an inherited
    # condition could play a part" weighs it)
    _rule(r"(?<!\bwhether )(?<!\bif )(?<!\bcan )(?<!\bcould )(?<!\bmay )(?<!\bmight )"
          r"\b(?:reflects?|suggests?|means?|points? to|indicates?|"
          r"is|are|looks? like|fits?)\s+(?:(?:probably|likely|most likely|an?|the)\s+){0,2}"
          r"(?:inherited|familial|congenital)\s+(?:[\w-]+\s+){0,3}?(?:conditions?|disorders?|"
          r"diseases?|syndromes?|problems?)\b",
          "hints at a diagnosis", kinds=STATEMENT, unless_negated=True),
]

