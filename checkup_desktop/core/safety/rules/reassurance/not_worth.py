"""Dismissal rules, every card language (round 14): the check called pointless after a minimising
premise ("As it's far too small to matter, why would I need another ultrasound?", "既然只是...,
还有必要再去...吗？"), the result contrasted with one that needs checking ("rather than something
that needs checking again"), set aside as best, nothing that should worry you, the visit to a
specialist made needless ("不用再去耳鼻喉科了", "keinen Termin beim Augenarzt"), and questions
that ask for agreement ("您说是吧？", "war doch sicher nur ..., oder?")."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.reassurance.common import (
    _NO_STEP_AFTER,
    _NO_STEP_AFTER_ZH,
    _OWN_SENTENCE,
    _rule,
)
from checkup_desktop.core.safety.rules.reassurance.put_off import _OWN_SENT
from checkup_desktop.core.safety.rules.rule import ALL, QUESTION, TITLE

# a minimising word in a premise: "far too small to matter", "just part of getting older"
_MIN_EN = (r"\b(?:just|only|simply|merely|anyway|too small|tiny|normal|common|harmless|nothing|"
           r"probably|surely|likely|mistake|error|fluke|part of (?:getting|growing) older|"
           r"age|ageing|aging)\b")
_MIN_ES = (r"\b(?:seguramente|solo|sólo|simplemente|tan pequeñ\w+|la edad|normal|habitual|nada|"
           r"error|probablemente|seguro que|total)\b")
_MIN_DE = (r"\b(?:ja|doch|nur|bloß|normal|winzig|harmlos|sowieso|eh|sicher|bestimmt|"
           r"wahrscheinlich|Alter)\b")
_MIN_ZH = r"(?:多半|只是|就是|肯定|应该|估计|大概|不过是|无非)"

# the check, its point or the need of it, asked about rhetorically
_POINTLESS_EN = (r"(?:why (?:would|should|do|did) (?:I|we) (?:even |really |still )?(?:need|"
                 r"bother|have to)|is there (?:really |even )?(?:any|much) (?:point|need|sense)|"
                 r"what(?:'s| is) the point|do (?:I|we) (?:really|even|still) (?:need|have) to|"
                 r"is it (?:fine|okay|ok|alright|all right|enough) (?:for me )?(?:to|if I) "
                 r"(?:just )?(?:keep an eye|watch|monitor|leave|skip|wait|ignore)[^?]{0,40}\b"
                 r"(?:myself|on my own|instead))")
_POINTLESS_ES = (r"(?:(?:de verdad|realmente) )?(?:merece la pena|vale la pena|tiene (?:algún |"
                 r"mucho |realmente )?sentido|para qué (?:voy a|iba a|tengo que|hay que|necesito|"
                 r"\w+ a repetir|repetir|volver|otr[oa])|hace falta|es necesario)")
_POINTLESS_DE = (r"(?:(?:wozu|warum|weshalb|wofür) (?:bräuchte|brauche|müsste|muss|sollte|soll) "
                 r"ich|hat es (?:überhaupt |wirklich |denn |noch )*(?:einen )?Sinn|lohnt (?:es )?"
                 r"sich (?:das |es )?(?:überhaupt|wirklich|denn))")

# the check the need names, so that it is not read as a step after the words ("needs following
# up again")
_DONE_EN = (r"(?: (?:checking|following|follow-?up|looking|re-?checking|repeating|a (?:re-?check|"
            r"repeat|follow-?up|second look)|any (?:follow-?up|further \w+)|further \w+)(?: up| "
            r"again| into)?(?: again)?)?")

# no clinician or time limit after the question (one after "instead of" is the visit dropped)
_NO_DOCTOR_EN = (r"(?!(?:(?!\b(?:instead|rather|without)\b)[^?]){0,60}\b(?:clinician|doctor|gp|"
                 r"before|until)\b)")

# "rather than something that needs ...": the need itself
_NEEDS_EN = (r"(?:needs?|requires?|warrants?|calls? for|merits?|is worth|you need to|to worry)")

NOT_WORTH_EN = [
    # the check called pointless after a premise that makes the result small: "As the nodule
    # is far too small to matter, why would I need another ultrasound?", "Since it's just age,
    # is there any point in repeating the kidney test?"
    _rule(r"^(?:since|as|given(?: that)?|because|seeing as|if)\b[^?]{0,140}?" + _MIN_EN
          + r"[^?]{0,100}?,\s*(?:so )?" + _POINTLESS_EN + _NO_DOCTOR_EN,
          kinds=QUESTION, unless_hedged=False),
    # the same premise as a clause before "so": "The nodule is far too small to matter, so why
    # would I need another ultrasound?"
    _rule(r"^(?:(?!\b(?:clinician|doctor|gp|if|whether)\b)[^?]){0,140}?" + _MIN_EN
          + r"[^?]{0,100}?,\s*so " + _POINTLESS_EN + _NO_DOCTOR_EN,
          kinds=QUESTION, unless_hedged=False),
    # the result set against one that needs a check: "simply a sign of a busy day rather than
    # something that needs checking again", "... rather than anything worth following up"
    _rule(_OWN_SENTENCE + r"\b(?:rather than|and not|not) (?:something|anything|a problem|an issue|"
          r"a finding)(?: that| which)? " + _NEEDS_EN + r"\b" + _DONE_EN + _NO_STEP_AFTER,
          unless_hedged=False),
    # set aside as best: "the result on its own is best set aside"
    _rule(r"\b(?:is|are|it'?s|it is) best (?:simply |just )?(?:set aside|put aside|left aside|"
          r"left alone|disregarded|forgotten|not dwelt on)\b" + _NO_STEP_AFTER,
          unless_hedged=False),
    # "nothing that should worry you", "nothing that need concern you"
    _rule(r"\bnothing (?:that|which) (?:should|need|needs to|ought to|would|has to) (?:worry|"
          r"concern|trouble|alarm|bother) you\b" + _NO_STEP_AFTER, kinds=ALL),
    # a title that closes on the verdict: "High liver values after the weekend - ignore it"
    _rule(r"\s[–—:-]\s*(?:not worth (?:a second look|following up|worrying about)|nothing to "
          r"(?:follow up|check)|(?:safe|fine) to ignore|ignore (?:it|this))\s*$", kinds=TITLE),
]

NOT_WORTH_ES = [
    # "Si la GGT alta seguramente es por las comidas, ¿de verdad merece la pena repetir el
    # análisis?", "Como el nódulo es tan pequeño, ¿para qué voy a necesitar otra ecografía?"
    _rule(r"^(?:si|como|ya que|dado que|puesto que)\b[^¿?]{0,140}?" + _MIN_ES + r"[^¿?]{0,100}?"
          r"¿\s*" + _POINTLESS_ES + r"(?![^?]{0,60}\b(?:médic[oa]|antes|hasta)\b)",
          kinds=QUESTION, unless_hedged=False),
    # "un reflejo de un día ajetreado y no algo que haya que volver a controlar"
    _rule(_OWN_SENT + r"\b(?:y no|no|más que) (?:algo|un problema|un hallazgo) que (?:haya que|"
          r"deba|requiera|necesite|merezca|obligue a)\b(?: volver a)?(?: \w+)?" + _NO_STEP_AFTER,
          unless_hedged=False),
    # set aside: "lo mejor es dejar este resultado de lado", "déjelo a un lado"
    _rule(r"\b(?:dejarl[oa]s?|déjel[oa]s?|dejar (?:este|ese|el|su) (?:resultado|valor|dato|"
          r"hallazgo|marcador)|dejar esto|dejar eso)(?: \w+)? (?:de lado|a un lado)\b"
          + _NO_STEP_AFTER, unless_hedged=False),
    # "nada que deba inquietarle", "nada por lo que preocuparse"
    _rule(r"\bnada (?:que (?:le |lo |la )?(?:deba|debería|tenga que|haya que|merezca)|por lo que|"
          r"de lo que) (?:\w+ )?(?:inquiet|preocup|alarm|asust)\w*" + _NO_STEP_AFTER, kinds=ALL),
    # the check put off to next year's routine check-up: "puede esperar al chequeo del año que
    # viene", "quedarse para la revisión del año que viene"
    _rule(_OWN_SENT + r"\b(?:esperar|espere|quedar\w*|dejar\w*)\b (?:a|al|a la|para|para el|para "
          r"la|hasta|hasta el|hasta la) (?:próxim[oa] )?(?:chequeo|revisión|reconocimiento|control|"
          r"análisis)(?: anual| médic[oa]| general)? del (?:año que viene|próximo año)\b",
          unless_hedged=False),
]

NOT_WORTH_DE = [
    # "Da der Knoten ja winzig ist, wozu bräuchte ich noch einen Ultraschall?"
    _rule(r"^(?:da|weil|nachdem|wenn)\b[^?]{0,140}?" + _MIN_DE + r"[^?]{0,100}?,\s*"
          + _POINTLESS_DE + r"(?![^?]{0,60}\b(?:Arzt|Ärztin|vor|bis)\b)",
          kinds=QUESTION, unless_hedged=False),
    # "nichts, was man noch einmal kontrollieren lassen müsste"
    _rule(r"\bnichts,? (?:was|das|worum) (?:man|Sie) (?:\w+ ){0,3}?(?:kontrollier|abklär|untersuch|"
          r"wiederhol|verfolg|kümmer)\w* (?:\w+ )?(?:müsste|muss|sollte|bräuchte)\b"
          + _NO_STEP_AFTER, unless_hedged=False),
    # "nichts, was Sie beunruhigen müsste"
    _rule(r"\bnichts,? (?:was|das|worüber) Sie (?:\w+ )?(?:beunruhig|sorg|ängstig|Sorgen mach)\w* "
          r"(?:müsste|muss|sollte|bräuchte)\b" + _NO_STEP_AFTER, kinds=ALL),
    # no visit to the specialist: "sodass Sie keinen gesonderten Termin beim Augenarzt brauchen",
    # "erfordert keinen Termin beim Augenarzt"
    _rule(r"\bkeine?n? (?:gesonderte\w* |eigene\w* |extra |weitere\w* |neue\w* )?(?:Termin|Besuch|"
          r"Vorstellung|Überweisung)\w* (?:beim|bei (?:der|dem|Ihre[mr])|zum|zur) (?:\w+ )?"
          r"\w*(?:arzt|ärztin|loge\w*|login\w*)\b(?:[^.;]{0,30}?\b(?:brauch|benötig|erforder|"
          r"nötig|notwendig)\w*)?"
          + _NO_STEP_AFTER, unless_hedged=False),
    # a leading question: "war doch sicher nur die Aufregung in der Praxis, oder?", "muss ich das
    # doch eigentlich nicht weiter verfolgen lassen, oder?"
    _rule(r"\b(?:war|ist|sind|waren)\b[^?]{0,40}?\bdoch (?:sicher |bestimmt |wohl |eh |sowieso )?"
          r"(?:nur|bloß|harmlos|nichts|normal)\b[^?]{0,80},\s*oder\s*\?\s*$|\b(?:brauche|muss|"
          r"müssen|brauchen) (?:ich|wir)\b[^?]{0,50}?\bdoch (?:eigentlich|wohl|sicher|bestimmt) "
          r"(?:gar )?(?:keine?n?|nicht)\b", kinds=QUESTION, unless_hedged=False),
    # a title that closes on the verdict: "Erhöhte Leberwerte nach dem Wochenende – nicht weiter
    # beachten"
    _rule(r"\s[–—:-]\s*(?:nicht (?:weiter |näher |groß )?(?:beachten|verfolgen|kontrollieren)|"
          r"kein Grund zur Sorge|getrost ignorieren)\s*$", kinds=TITLE),
]

NOT_WORTH_ZH = [
    # "反正这次的尿蛋白多半是化验出了错，我还有必要专门再去留一次尿吗？"
    _rule(r"(?:反正|既然)[^。？?]{0,40}?" + _MIN_ZH + r"[^。？?]{0,40}?(?:还(?:有)?必要|何必|"
          r"哪有必要|用得着|犯得着)", kinds=QUESTION, unless_hedged=False),
    # the specialist or the doctor made needless: "就不用再去耳鼻喉科了", "不必拿去问医生"
    _rule(r"(?:不用|不必|无需|没必要|不需要)(?:再|专门|特意|特地|还)*(?:拿(?:去|给)?|带(?:去|给)?)?"
          r"(?:去|到)?(?:问|给|找|看)?(?:医生|大夫|\w{1,4}科)" + _NO_STEP_AFTER_ZH,
          unless_hedged=False),
    # a tag asking for agreement with a verdict: "应该没什么要紧的，您说是吧？"
    _rule(r"(?:没(?:什么|啥)(?:要紧|大不了|关系|问题|事)|不要紧|没事)[^。？?]{0,10}?[，,]?\s*"
          r"(?:您|你)?(?:说)?(?:是吧|对吧|对不对|是不是)\s*[？?]",
          kinds=QUESTION, unless_hedged=False),
]
