"""Treatment rules for English cards: procedures and operations, and a treatment said to be
needed or recommended."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.rule import STATEMENT
from checkup_desktop.core.safety.rules.treatment.common import _REPORT_ADVISES, _REPORT_AFTER, _rule

_PROCEDURE_EN = (r"\b(?:surgery|operation|chemotherapy|radiotherapy|radiation therapy|dialysis|"
                 r"transfusion|biopsy|ear (?:syringing|irrigation|wax removal)|microsuction|"
                 r"transplant\w*|stent\w*|ablation|[a-z]+ectomy|[a-z]+otomy|"
                 r"[a-z]+plasty|colonoscopy|endoscopy|gastroscopy|fna|fine[- ]needle)\b")

# a past operation in the history: "status post cholecystectomy", "your previous appendectomy"
_HISTORY = r"(?:status|post|s/p|p|previous|prior|earlier|past|history|old|had)"

EN_PROCEDURES = [
    _rule(r"\b(?:therapy|treatment|medication|medicine|tablets?) (?:is |are )?(?:recommended|"
          r"advised|indicated|required)\b",
          "recommends a treatment", kinds=STATEMENT),
    _rule(r"\bangio\w+|\bcatheter\w*|\bstress test\b|\bscope\b|\bbone marrow (?:test|biopsy)\b",
          "names a procedure", kinds=STATEMENT, unless_negated=True, unless_choice=True),
    # (the word before is part of the match, so "earlier gallbladder operation" is history too)
    # ("at the surgery", "your GP surgery": the practice, not an operation; "the report recommends
    # a biopsy" restates the report)
    _rule(r"(?:(?<![\w'’-])(?<!status )(?<!s/)(?<!previous )(?<!prior )(?<!earlier )"
          r"(?<!past )(?<!of )"
          r"(?<!of a )(?<!of an )(?<!had )\b(?!" + _HISTORY + r"\b)(?!whether\b)"
          r"(?!(?:GP['’]?s?|doctor['’]?s|local|family|practice|village)\s+surgery\b)"
          r"(?!(?<=\bat )(?:the|your|my|our)\s+surgery\b)(?!(?<=\bto )(?:the|your|my|our)\s+"
          r"surgery\b)(?!(?<=\bring |\bcall )(?:the|your|my|our)\s+surgery\b)"
          r"(?!(?<=\bphone |\bvisit )(?:the|your|my|our)\s+surgery\b)"
          # ("contact your surgery today", "email the surgery": the practice)
          r"(?!(?<=\bcontact )(?:the|your|my|our)\s+surgery\b)(?!(?<=\bemail )(?:the|your|my|"
          r"our)\s+surgery\b)(?!(?<=\bfrom )(?:the|your|my|our)\s+surgery\b)[\w'-]+\s+|"
          r"(?<![\w'-]\s))"
          + "(?=" + _PROCEDURE_EN + ")" + _REPORT_ADVISES + _PROCEDURE_EN + _REPORT_AFTER,
          "names a treatment or procedure", kinds=STATEMENT, unless_negated=True,
          unless_choice=True),
    _rule(r"\b(?:need|needs|should have|must have|requires?) (?:a |an |some )?(?:medicines?|"
          r"medications?|drugs?|pills?|tablets?|treatment)\b",
          "says treatment is needed", kinds=STATEMENT, unless_negated=True, unless_choice=True),
    _rule(r"\b(?:treated|managed|cured) with\b|\btreatment (?:is|with|of)\b",
          "talks about treatment", kinds=STATEMENT, unless_negated=True, unless_choice=True),
    # "should be removed", "have it taken out": an operation
    _rule(r"\b(?:should|must|needs? to|has to|have to|will (?:need|have) to|ought to|is best)\s+"
          r"be\s+(?:surgically\s+)?(?:removed|cut out|taken out|drained|excised|operated on|"
          r"lasered|frozen off|burned off)\b|\b(?:have|get|having|getting)\s+(?:it|them|this|that|"
          r"the \w+)\s+(?:surgically\s+)?(?:removed|cut out|taken out|drained|lasered|frozen off|"
          r"operated on)\b|\bneeds? (?:removing|cutting out|taking out|draining|an operation)\b",
          "names a treatment or procedure", kinds=STATEMENT, unless_negated=True,
          unless_choice=True),
    # "a medicine to lower the uric acid", "ein Medikament zur Senkung der Harnsäure": a treatment
    # foretold ("whether a medicine to lower it is needed" is the clinician's choice)
    _rule(r"\b(?:a|an|some)\s+(?:\w+\s+)?(?:medicines?|medications?|tablets?|pills?|drugs?|"
          r"injections?)\s+(?:to|that will|which will|that would)\s+(?:lower|raise|reduce|bring|"
          r"control|treat|protect)\b|\b(?:Medikament\w*|Mittel|Tabletten?|Präparat\w*|"
          r"Spritzen?)\s+(?:zur|gegen|für die) (?:Senkung|Erhöhung|Behandlung|Regulierung|"
          r"Anhebung)\b|\b(?:medicamentos?|pastillas?|fármacos?|tratamiento)\s+para (?:bajar|"
          r"subir|reducir|controlar|tratar|normalizar)\b",
          "foretells a medicine", unless_negated=True, unless_choice=True, unless_hedged=True),
]
