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

_CHECK_DE = (r"(?:\w*[Kk]ontroll\w*|\w*[Uu]ntersuchung|Termin|Wiederholung|Arztbesuch|"
             r"Ultraschall|Blutabnahme|Test|Nachsorge|Abklärung|\w*[Ss]piegelung|\w*skopie|"
             r"Biopsie|MRT|CT|Röntgen\w*|EKG)\b")

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
