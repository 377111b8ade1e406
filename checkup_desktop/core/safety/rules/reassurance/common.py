"""What the reassurance rules of every language share: the rule constructor and
common pattern parts."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.rule import STATEMENT, maker

_rule = maker("dismissal", "dismisses the result", STATEMENT, unless_hedged=True)

# From the start of the clause, with no quantifier ("many", "muchos", "viele"), hedge or
# clinician before the verdict: "Many ECG findings are harmless" is a general statement.
_OWN_CLAUSE = (r"(?:^|(?<=[.;:!?,]))(?:(?!\b(?:many|most|some|often|usually|generally|"
               r"clinician|doctor|whether|if|much[oa]s|la mayoría|algun[oa]s|a menudo|suele\w*|"
               r"médic[oa]|si|viele|meist\w*|manche\w*|einige\w*|oft|häufig|Arzt|Ärztin|ob|"
               r"wenn|report|informe|Befund|suggest\w*|recommend\w*)\b)[^.;:!?,]){0,80}?")

# "..., though not always": a general fact with its exception, not a verdict on this result
_NOT_ALWAYS = (r"(?![^.;?]{0,60}\b(?:(?:though|although|but) not (?:always|in (?:all|every))|"
               r"(?:aunque|pero) no (?:siempre|en todos|todos)|(?:aber|wenn auch|jedoch|doch) "
               r"nicht (?:immer|in allen|bei allen|jede)))")

# telling the person there is no hurry: "so there is no rush" (not "no rush, but book ...")
_NO_RUSH_AFTER = (r"(?![^.;]{0,60}\b(?:but|appointment|doctor|clinician|gp|visit|book|discuss|"
                  r"mention|arrange|weeks?|months?|pero|cita|médico|consulta|aber|Termin|Arzt|"
                  r"Ärztin|besprechen)\b)")

_CHECK_DE = (r"(?:\w*[Kk]ontroll\w*|\w*[Uu]ntersuchung|\w*[Mm]essung|Termin|Wiederholung|"
             r"Arztbesuch|Ultraschall|Blutabnahme|Test|Nachsorge|Abklärung|\w*[Ss]piegelung|"
             r"\w*skopie|Biopsie|"
             r"MRT|CT|Röntgen\w*|EKG)\b")

# the person told to put it out of mind or carry on (not "carry on ... and mention it")
_NO_VISIT_AFTER = (r"(?![^.;]{0,60}\b(?:but|appointment|doctor|clinician|gp|visit|book|discuss|"
                   r"mention|pero|cita|médico|consulta|comente|aber|Termin|Arzt|Ärztin|"
                   r"besprechen)\b)")

# Round 4: constructions whose skeleton the narrower patterns above did not reach.
# like _OWN_CLAUSE, but hedges may stand in it: "it is generally harmless and can wait until
# your next check" still puts this person's check off (a clinician, "if" or "whether" do not)
_OWN_CLAUSE_H = (r"(?:^|(?<=[.;:!?,]))(?:(?!\b(?:clinician|doctor|whether|if|unless|médic[oa]|si|"
                 r"Arzt|Ärztin|ob|wenn|falls|report|informe|Befund|suggest\w*|recommend\w*|"
                 r"decid\w*|entscheid\w*)\b)[^.;:!?,]){0,80}?")

# Round 7: parts of the constructions behind the misses of the seventh set.
# like _OWN_CLAUSE with a longer reach: a long subject before the verdict ("Ihre
# Eiweißausscheidung im Urin ist nur geringfügig erhöht und damit im Grunde harmlos")
_OWN_CLAUSE_LONG = _OWN_CLAUSE.replace("{0,80}?", "{0,160}?")

# a concession that still plans a check ("nothing serious, although the report recommends a
# control CT") is a next step; one that only notes the doctor saw it ("aunque su médico lo haya
# anotado", "auch wenn Ihre Ärztin das notiert hat") is not
_CONCEDE = (r"(?:even though|even if|although|though|aunque|si bien|auch wenn|obwohl|wenngleich|"
            r"selbst wenn|wobei)")
_STEP_CONCESSION = (r"(?![^.;]{0,80}\b(?:although|though|even so|still|aunque|si bien|no obstante|"
                    r"obwohl|auch wenn|dennoch|trotzdem|wobei)\b[^.;]{0,60}\b(?:recommend\w*|"
                    r"advis\w*|suggest\w*|should|will want|worth|follow-?up|re-?check\w*|"
                    r"repeat\w*|mention\w*|discuss\w*|ask|book\w*|recomienda\w*|aconseja\w*|"
                    r"sugiere\w*|conviene|debe\w*|pedir\w*|pide|control\w*|seguimiento|revisión|"
                    r"coment\w+|consult\w*|empfiehlt|empfohlen|rät|sollte\w*|lohnt|Kontroll\w*|"
                    r"veranlass\w*|besprech\w*|ansprech\w*|wiederhol\w*)\b)")

# a step word with a negation just before it is no step: "sin más controles", "ohne Kontrolle"
_NOT_STEP_BEFORE = "".join(rf"(?<!\b{w} )" for w in (
    "no", "sin", "sin más", "sin ningún", "sin ninguna", "without", "without any", "without a",
    "no more", "no further", "never", "ohne", "ohne weitere", "kein", "keine", "keinen"))

# the words that make a next step: a visit, a clinician, a repeat, a later look at the trend
_STEP_WORDS = (r"\b(?:but|appointment|doctor|clinician|gp|nurse|specialist|referral|visit|book\w*|"
               r"arrange\w*|ask|discuss\w*|mention\w*|consult\w*|repeat\w*|re-?check\w*|"
               r"re-?test\w*|follow\w*|review\w*|monitor\w*|check-?ups?|trend|pero|cita|médic[oa]|"
               r"especialista|consulta|coment\w+|pregunt\w+|repetir|control\w*|seguimiento|"
               r"revisión|chequeo|aber|Termin|Arzt|Ärztin|Hausarzt|Hausärztin|Praxis|besprech\w*|"
               r"ansprech\w*|nachfrag\w*|abklär\w*|Kontroll\w*|wiederhol\w*|Verlauf|Vorsorge\w*)\b")

# a next step after the words, in the same sentence (a clinician inside a concession is only a
# step if the concession plans one: _STEP_CONCESSION)
_NO_STEP_AFTER = (r"(?!(?:(?!\b" + _CONCEDE + r"\b)[^.!?]){0,100}" + _NOT_STEP_BEFORE + _STEP_WORDS
                  + r")" + _STEP_CONCESSION)

# the same anywhere after the words in the text: for verdicts the engine judges only when the
# text names no clinician or visit ("Es ist nur Rauschen. Sprechen Sie es beim Termin an.")
_NO_STEP_LATER = (r"(?!(?:(?!\b" + _CONCEDE + r"\b)[\s\S]){0,300}" + _NOT_STEP_BEFORE
                  + _STEP_WORDS + r")" + _STEP_CONCESSION)

# the same after Chinese words: a doctor, a recheck, a visit, a discussion ("虽然医生标注了"
# only notes that the doctor saw it)
_CONCEDE_ZH = r"(?:虽然|尽管|即使|哪怕|虽说)"
_NOT_STEP_BEFORE_ZH = "".join(f"(?<!{w})" for w in (
    "不用", "不必", "无需", "不需要", "没必要", "不用再", "不必再", "无需再"))
_STEP_WORDS_ZH = r"(?:医生|大夫|复查|随访|就诊|门诊|讨论|建议|预约|专科|但|不过)"
_ZH_CONCESSION = (r"(?![^。！？]{0,30}" + _CONCEDE_ZH + r"[^。！？]{0,20}(?:建议|应该|应当|需要|"
                  r"复查|随访|讨论|预约|就诊|咨询|问问))")
_NO_STEP_AFTER_ZH = (r"(?!(?:(?!" + _CONCEDE_ZH + r")[^。！？]){0,30}" + _NOT_STEP_BEFORE_ZH
                     + _STEP_WORDS_ZH + r")" + _ZH_CONCESSION)
_NO_STEP_LATER_ZH = (r"(?!(?:(?!" + _CONCEDE_ZH + r")[\s\S]){0,150}" + _NOT_STEP_BEFORE_ZH
                     + _STEP_WORDS_ZH + r")" + _ZH_CONCESSION)

# Round 9: parts of the constructions behind the misses of the ninth set.
# the words by which a concession plans a step ("although your doctor will want to recheck
# it"); without them it only notes that the clinician saw the result ("auch wenn Ihre Ärztin das
# notiert hat"), and the engine does not count its clinician as a referral
_PLAN_WORDS = (r"\b(?:recommend\w*|advis\w*|suggest\w*|should|will want|would like|worth|"
               r"follow-?up|re-?check\w*|re-?test\w*|repeat\w*|mention\w*|discuss\w*|ask|book\w*|"
               r"arrange\w*|appointment|visit|review\w*|monitor\w*|recomienda\w*|aconseja\w*|"
               r"sugiere\w*|conviene|debe\w*|pedir\w*|pide|control\w*|seguimiento|revisión|coment\w+|"
               r"consult\w*|cita|repetir\w*|empfiehlt|empfehlen|empfohlen|rät|raten|sollte\w*|lohnt|"
               r"Kontroll\w*|veranlass\w*|besprech\w*|ansprech\w*|wiederhol\w*|Termin\w*)\b")
_PLAN_WORDS_ZH = r"(?:建议|应该|应当|需要|复查|随访|讨论|预约|就诊|咨询|问问)"

# a clause that begins on its own, with no clinician, hedge or time limit before the verdict
# ("before the test there is nothing to do" prepares for it; "until your visit" plans one)
_OWN_CLAUSE_T = _OWN_CLAUSE.replace(r"suggest\w*|", r"suggest\w*|before|until|till|prior|"
                                    r"except|bis|vor|vorher|außer|antes|hasta|salvo|excepto|")

# The checks that can be dropped, for "can the follow-up be cancelled", "skip the recheck"
_CHECK_EN = (r"(?:follow-?ups?|appointments?|re-?checks?|checks?|repeats?|re-?tests?|tests?|scans?|"
             r"visits?|ultrasounds?|mammograms?|referrals?|check-?ups?|blood tests?|screening|"
             r"\w+scop(?:y|ies)|"
             r"biops(?:y|ies)|MRI|CT|x-rays?|ECGs?|EKGs?|smears?|eye exams?)")

# the check itself put back, any verb: "die Kontrolle etwas nach hinten schieben"
_PUT_OFF_DE = (r"(?:nach hinten (?:schieben|verschieben|verlegen)|hinausschieben|hinauszögern|"
               r"aufschieben|verschieben|vertagen|zurückstellen|später (?:machen|angehen|"
               r"erledigen))")

# Round 10: parts of the constructions behind the misses of the tenth set.
# like _OWN_CLAUSE, but frequency hedges may stand in it ("usually", "in der Regel", "一般"):
# "is generally expected and doesn't usually need anyone to look into it" is still a verdict
# on this result; a quantifier over people ("many", "most", "viele"), a clinician, "if" or the
# report keeps it general or someone else's call
_OWN_CLAUSE_Q = (r"(?:^|(?<=[.;:!?,]))(?:(?!\b(?:many|most|some|clinician|doctor|whether|if|unless|"
                 r"much[oa]s|la mayoría|algun[oa]s|médic[oa]|si|viele\w*|die meisten|den meisten|"
                 r"manche\w*|"
                 r"einige\w*|Arzt|Ärztin|ob|wenn|falls|report|informe|Befund|suggest\w*|"
                 r"recommend\w*|recomienda\w*|"
                 r"empfiehlt|empfohlen)\b)[^.;:!?,]){0,100}?")

# the whole sentence up to the words, with no clinician, "if" or the report in it: "If your
# clinician agrees, you can repeat it at your next check-up" is their plan
_OWN_SENTENCE = (r"(?:^|(?<=[.;:!?]))(?:(?!\b(?:clinician|doctor|gp|whether|if|unless|report|"
                 r"suggest\w*|recommend\w*|decid\w*|agree\w*)\b)[^.;:!?]){0,160}?")
