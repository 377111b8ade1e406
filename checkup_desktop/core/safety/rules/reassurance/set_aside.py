"""Dismissal rules, every card language (round 13): the result set aside, the talk or check
made needless in a wording the older lists did not reach ("not something you need to bring up
at your appointment", "不必太当真", "no parece necesario hacer más pruebas", "müssen Sie nicht
eigens mit Ihrem Arzt besprechen"), the check waved through as a formality or put off until
symptoms come, and questions that ask for agreement with a minimising premise."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.reassurance.common import (
    _NO_STEP_AFTER,
    _NO_STEP_AFTER_ZH,
    _rule,
)
from checkup_desktop.core.safety.rules.reassurance.put_off import _OWN_SENT
from checkup_desktop.core.safety.rules.rule import ALL, QUESTION

# a check or talk word in any language, near "formality": "the follow-up is a mere formality"
_CHECK_ANY = (r"(?:follow-?up|re-?check|repeat|re-?test|check-?up|control\w*|revisión|"
              r"seguimiento|repetición|\w*[Kk]ontroll\w*|\w*[Uu]ntersuchung|Wiederholung|"
              r"Nachsorge|Abklärung)")
# the check and not the paperwork: "Kontrolle nicht zwingend nötig" (not "kein Termin nötig")
_CHECK_DE_STRICT = (r"(?:\w*[Kk]ontroll\w*|\w*[Uu]ntersuchung|Wiederholung|Abklärung|Nachsorge|"
                    r"\w*[Ss]piegelung|\w*skopie|Biopsie|MRT|Ultraschall\w*|Verlaufskontrolle)")
# the words between a check and "formality", with no negation ("is no mere formality")
_NO_NEG_GAP = r"(?:(?!\b(?:not?|never|keine?|nicht|nie|nunca)\b|n't)[^.;]){0,60}"
# like _OWN_SENT from the last comma on: a long sentence still puts the check off in its last part
_OWN_PART = _OWN_SENT.replace("[.;:!?]", "[.;:!?,]")
# a minimising premise in a question: "Since it's normal at my age, ...", "Ya que no suelen
# significar nada, ..."
_SMALL = (r"(?:normal\w*|nothing|harmless|common|typical|just|only|benign\w*|nada|solo|sólo|"
          r"poco|habitual|común|típic\w+|benign\w+|inofensiv\w+|nichts|harmlos|häufig|nur|"
          r"ja oft|falsch-positiv|false positive)")

SET_ASIDE_EN = [
    # the talk itself called needless, so no later clinician undoes it: "not something you need
    # to bring up at your appointment", "isn't anything you need to raise with your GP"
    _rule(r"(?:\bnot|n't|\bnever) (?:really )?(?:something|anything|a thing) (?:that )?(?:you )?"
          r"(?:need|have|ought) to (?:bring up|mention|raise|flag|discuss|report|ask about)\b"
          # (not "not something you need to bring up urgently; your next appointment is fine")
          r"(?![^.;]{0,30}\b(?:urgently|right away|straight away|today|tonight|immediately|"
          r"before|until)\b)",
          kinds=ALL),
    # "you don't need to give the number much thought"
    _rule(r"\b(?:don'?t|do not|needn'?t|no need to) (?:need to |really )?give (?:\w+ ){0,3}"
          r"(?:much|any|a second|a lot of|too much|further) thought\b" + _NO_STEP_AFTER),
    # a frequency word over this result: "dips like this rarely need anything done", "seldom
    # needs any follow-up"
    _rule(r"\b(?:rarely|seldom|hardly ever|almost never) (?:need|needs|require|requires|"
          r"warrant|warrants|call for|calls for)\b (?:anything|any (?:\w+ )?(?:follow-?up|"
          r"action|checks?|tests?|scans?)|further (?:checks?|tests?|scans?|investigation)|"
          r"follow-?up|a re-?check)" + _NO_STEP_AFTER,
          unless_hedged=False),
    # "can generally be disregarded if you feel well"
    _rule(r"(?:^|(?<=[.;:!?]))(?:(?!\b(?:clinician|doctor|gp|whether|unless|decid\w*)\b)"
          r"[^.;:!?]){0,160}?\bcan (?:\w+ )?be (?:disregarded|ignored|overlooked|set aside)\b"
          + _NO_STEP_AFTER,
          unless_hedged=False, unless_negated=True),
    # the check put off until symptoms come: "the referral can wait until you notice symptoms"
    _rule(_OWN_PART + r"\bcan (?:\w+ )?wait (?:until|till) (?:you )?(?:notice|have|get|develop|"
          r"feel|experience|there are)\b(?: any)? (?:symptoms|problems|trouble|unwell|worse)",
          unless_hedged=False),
    # no hurry to book the step (not "no rush to book it today, but within a month")
    _rule(r"\bno (?:rush|hurry|need to rush) (?:to|in) (?:book|arrang|schedul|mak|get|do)\w*"
          r"(?![^.;]{0,60}\b(?:today|tonight|right away|immediately|same day|but|within|as long "
          r"as|next (?:few|couple)|weeks?)\b)"),
    # "most people simply leave them alone without any further scans"
    _rule(r"\b(?:simply|just) (?:leave|leaving) (?:it|them|this|these) alone\b" + _NO_STEP_AFTER,
          unless_hedged=False, unless_negated=True),
    # the check called a formality: "the follow-up is a mere formality"
    _rule(_CHECK_ANY + _NO_NEG_GAP + r"\b(?:(?:a )?(?:mere |pure |just a |only a )formality|"
          r"box-?ticking)",
          kinds=ALL, unless_negated=True),
]
SET_ASIDE_ZH = [
    # the number not to be taken seriously: "这个数值不必太当真", "是不是可以不算数？"
    _rule(r"(?:(?:不必|不用|无需|不需要|没必要|别|用不着)(?:太|过于|那么|这么)?(?:当真|较真|认真对待)|"
          r"(?:可以|就|能)不算数|不用算数)" + _NO_STEP_AFTER_ZH,
          kinds=ALL, unless_hedged=False),
    # "复查只是走个形式", "走过场"
    _rule(r"(?:复查|随访|检查)(?:(?!不是|并非|不只是|不光是)[^。；]){0,10}(?:走(?:个)?形式|走过场)",
          kinds=ALL),
]
SET_ASIDE_ES = [
    # the softened "no hace falta": "no parece necesario hacer más pruebas", "no haría falta
    # repetir el análisis", "no hay motivo para hacer nada más"
    # (not "no parece necesario acudir a urgencias, pero ...", nor a medicine not to stop)
    _rule(r"(?:\bno (?:parece|parecería|sería|resulta|será) (?:realmente |estrictamente )?"
          r"(?:necesari[oa]|imprescindible|precis[oa])|\bno (?:haría|hará) falta)(?: \w+){0,2}? "
          r"(?:hacer|repetir|volver|consultar|controlar|realizar|pedir (?:cita|otr)|comentar\w*|"
          r"más (?:pruebas|análisis|controles|estudios))\b(?![^.;]{0,30}\b(?:ayun\w*|muestra|agua|"
          r"desayun\w*|comer|beber)\b)" + _NO_STEP_AFTER + r"|"
          # (the step is what is dropped here, so "volver a consultar" is no step after it)
          r"\bno hay (?:motivo|razón|necesidad) (?:alguna |ninguna )?(?:para|de) (?:hacer (?:nada|"
          r"más)|preocupar\w*|inquietar\w*|consultar|volver)(?![^.;]{0,60}\b(?:pero|aunque|sino|"
          r"si)\b)",
          kinds=ALL, unless_hedged=False),
    # "no es algo por lo que deba inquietarse"
    _rule(r"\bno es (?:algo|nada|motivo) (?:por lo que|de lo que|por el que) (?:deba|tenga que|"
          r"haya que|necesite) (?:usted )?(?:preocupar|inquietar|alarmar|angustiar)\w*"
          + _NO_STEP_AFTER),
    # waiting without asking: "puede esperar al chequeo del año que viene sin consultar antes"
    _rule(r"\bpuede (?:esperar|seguir|dejarlo|dejarla)[^.;]{0,60}\bsin (?:consultar|ir al médico|"
          r"pedir cita|comentarlo)"),
    # the check whenever it suits: "¿puedo dejar el control para cuando me venga bien?"
    _rule(r"\bpara cuando (?:me|le|te|nos) (?:venga|vaya) bien|\bcuando (?:tenga|tengas) tiempo "
          r"libre", kinds=ALL, unless_hedged=False),
    # a premise, then whether the step is needed: "Ya que no suelen significar nada, ¿es
    # realmente necesario volver a hacer el hemograma?"
    _rule(r"\b(?:ya que|dado que|puesto que|como|si)\b[^?¿]{0,120}" + _SMALL + r"[^?¿]{0,60}¿\s*"
          r"(?:es (?:realmente |de verdad )?necesario|hace falta|tiene sentido|merece la pena|vale "
          r"la pena|hay que)\b",
          kinds=QUESTION, unless_hedged=False),
    # a tag first: "¿Verdad que ... no hace falta hacer nada hasta la revisión anual?"
    _rule(r"¿\s*(?:verdad|a que|no es cierto|cierto) que[^?]{0,100}\bno (?:hace falta|hay que|es "
          r"necesario|tengo que|necesito|pasa nada)\b",
          kinds=QUESTION, unless_hedged=False),
    # "el control es un mero trámite"
    _rule(_CHECK_ANY + _NO_NEG_GAP + r"\b(?:un (?:mero|simple) trámite|una (?:mera|simple) "
          r"formalidad)", kinds=ALL, unless_negated=True),
]
SET_ASIDE_DE = [
    # the check called a formality: "ist diese Kontrolle eher als Formsache zu verstehen"
    _rule(_CHECK_ANY + _NO_NEG_GAP + r"\b(?:(?:reine|bloße) |eher |nur )?(?:als |eine )?"
          r"(?:Formsache|Formalität)", kinds=ALL, unless_negated=True),
    # the check not strictly needed: "Kontrolle nicht zwingend nötig"
    _rule(_CHECK_DE_STRICT + r"(?: (?:ist|sind|wäre|wären))?(?: \w+){0,2} nicht (?:zwingend|"
          r"unbedingt|wirklich|dringend)? ?(?:nötig|notwendig|erforderlich)" + _NO_STEP_AFTER,
          kinds=ALL, unless_hedged=False),
    # the verb last, in a relative or passive clause: "die man nicht weiter verfolgen muss",
    # "muss in Ihrem Fall nicht weiter verfolgt werden, auch wenn der Bericht ..." (the step
    # itself is dropped, so the report's advice after it is no step)
    _rule(r"\bnicht (?:weiter|näher|eigens|extra) (?:verfolg|abklär|kontrollier|beacht)\w*"
          r"(?: (?:werden|zu werden))? (?:muss|müssen|braucht|brauchen)\b|\b(?:muss|müssen)"
          r"(?: \w+){0,4} nicht (?:weiter|näher|eigens|extra) (?:verfolgt|abgeklärt|"
          r"kontrolliert|beachtet) werden(?![^.;]{0,40}\b(?:aber|sondern)\b)",
          unless_negated=False),
    # "einfach auf sich beruhen lassen" (not "nicht einfach auf sich beruhen lassen")
    _rule(r"\beinfach auf sich beruhen" + _NO_STEP_AFTER,
          unless_hedged=False, unless_negated=True),
    # "getrost überspringen" over a finding (not the report's codes or forms)
    _rule(r"(?:^|(?<=[.;:!?]))(?:(?!\w*(?:[Cc]ode|Kürzel|Abkürzung|Formular|Seite|"
          r"Verwaltung|Abrechnung))[^.;:!?]){0,160}?\bgetrost (?:überspringen|übergehen|"
          r"überlesen|beiseitelassen|vergessen)\b",
          unless_hedged=False),
    # the talk with the doctor called needless: "müssen Sie das nicht eigens mit Ihrem Arzt
    # besprechen"
    _rule(r"\b(?:müssen|brauchen) Sie (?:\w+ ){0,3}nicht (?:eigens |extra |gesondert |unbedingt |"
          r"extra noch )?mit Ihre[mr] (?:\w+ )?(?:Arzt|Ärztin|Hausarzt|Hausärztin) (?:zu )?"
          r"(?:besprechen|bereden|klären)", kinds=ALL),
    # asked to wait with a minimising reason after: "Kann ich mit der Darmspiegelung bis nach
    # dem Sommer warten, weil ein positiver Stuhltest ja oft falsch-positiv ist?"
    _rule(r"\bmit (?:der|dem|den) (?:[\w-]+ ){0,4}?" + _CHECK_DE_STRICT + r"[^?]{0,60}\b(?:warten|"
          r"verschieben|aufschieben)\b[^?]{0,10}?,? (?:weil|da)\b[^?]{0,80}" + _SMALL,
          kinds=QUESTION, unless_hedged=False),
]
