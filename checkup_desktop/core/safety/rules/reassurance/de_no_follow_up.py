"""Dismissal rules for German cards: the check dropped, put off or called needless ("kann bis
zum nächsten Check-up warten", "die Kontrolle können Sie sich sparen")."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.reassurance.common import (
    _CHECK_DE,
    _NO_RUSH_AFTER,
    _NO_STEP_AFTER,
    _NO_STEP_LATER,
    _NO_VISIT_AFTER,
    _OWN_CLAUSE,
    _OWN_CLAUSE_H,
    _OWN_CLAUSE_Q,
    _OWN_CLAUSE_T,
    _PUT_OFF_DE,
    _rule,
)
from checkup_desktop.core.safety.rules.rule import ALL, QUESTION, STATEMENT

_NOT_DE = r"(?:(?!\bnicht\b(?! einfach| auch| gleich)|\bkein|\bnie\b)[^.;?,])"

_NEEDLESS_DE = (r"(?:überflüssig|unnötig|entbehrlich|verzichtbar|nicht (?:nötig|notwendig|"
                r"erforderlich))")

# it needs no further attention, verb last: "was keine weitere Beachtung braucht"
_ATTENTION_DE = (r"(?:Beachtung|Aufmerksamkeit|Abklärung|Kontrolle|Nachkontrolle|Behandlung|"
                 r"Maßnahme\w*|Schritte|Nachsorge|Sorge\w*)")

DE_NO_FOLLOW_UP = [
    # putting the check off: "kann bis zum nächsten Check-up warten", "hat Zeit bis nächstes Jahr"
    _rule(r"\b(?:kann|können|könnt)\b(?:(?!\bob\b|\bwenn\b|\bfalls\b)[^.;?,]){0,60}?"
          r"\bbis (?:zum|zur|zu|nächst\w*|in)\b[^.;?]{0,50}"
          r"\bwarten\b|\bwarten,? bis (?:zum|zur) nächsten\b|\bhat (?:\w+ )?Zeit bis (?:zum|zur|"
          r"nächst)\w*|\breicht (?:es )?(?:beim|im|zum|zur|bei der) nächsten\b",
          unless_choice=True),
    # "lohnt sich dafür kein Termin": not worth a visit (not "lohnt sich nicht, zu warten")
    _rule(r"\blohnt (?:sich )?(?:\w+ ){0,4}?(?:nicht|kein\w*)\b(?![^.;]{0,20}\b(?:zu warten|"
          r"abzuwarten|aufzuschieben|zu verschieben)\b)"),
    # "die Kontrolle können Sie sich sparen": the check dropped as not worth it
    _rule(r"\b(?:Kontrolle|Nachkontrolle|Untersuchung|Termin|Wiederholung|Arztbesuch|Weg zum "
          r"Arzt|Gang zum Arzt|Ultraschall)\b[^.;?]{0,30}\b(?:sparen|schenken)\b|"
          r"\b(?:sparen|schenken) Sie sich\b(?![^.;?]{0,40}\bnicht\b)",
          unless_negated=True),
    # "kein Arztbesuch nötig", "außer Acht lassen": no visit, no attention
    _rule(r"\bbedarf keiner (?:\w+ )?(?:Abklärung|Kontrolle|Nachkontrolle|Behandlung|Beachtung|"
          r"Untersuchung|Wiederholung)\b|\b(?:Kontrolle|Nachkontrolle|Wiederholung|"
          r"Untersuchung|Termin|Arztbesuch|Abklärung|Behandlung)\b(?: \w+){0,3}? (?:ist|sind|wäre|"
          r"wären) (?:(?!nicht |keineswegs |keinesfalls |nie )\w+ ){0,3}?(?:überflüssig|unnötig|"
          r"entbehrlich|nicht erforderlich)\b|"
          # (a walk-in is no step dropped: "kein Termin nötig, Sie können einfach vorbeikommen")
          r"\bkein\w* (?:\w+ )?(?:Termin(?![^.;]{0,60}\b(?:vorbei)?kommen\b)|Arztbesuch|Kontrolle|"
          r"Nachkontrolle|Wiederholung|"
          r"Behandlung|Abklärung) (?:ist |sind )?(?:\w+ )?(?:nötig|notwendig|erforderlich)\b|"
          r"\baußer Acht\b|\bkeine Beachtung\b"),
    # "darum brauchen Sie sich nicht zu kümmern", "müssen Sie sich keine Gedanken machen"
    _rule(r"\b(?:brauchen|müssen|musst|brauchst|muss man|braucht man) (?:Sie |du )?sich "
          r"(?:\w+ ){0,3}?(?:nicht|keine\w*) (?:(?!allein\w*\b|selbst\b)\w+ ){0,2}?(?:zu )?"
          r"(?:kümmern|sorgen|Sorgen|"
          r"Gedanken|beunruhigen|aufregen)\b"),
    # the check dropped: "kann die Kontrolle doch ausfallen", "auf den Termin verzichten"
    # (with "kann" or "darf"; a "nicht" inside undoes it, but "nicht einfach" leads)
    _rule(r"(?:\b(?:kann|können|könnte\w*|darf|dürfen|dürfte\w*|lässt sich|lassen sich)\b"
          + _NOT_DE + r"{0,50}?\b" + _CHECK_DE + r"|\b" + _CHECK_DE + _NOT_DE + r"{0,30}?"
          r"\b(?:kann|können|könnte\w*|darf|dürfen|dürfte\w*)\b)" + _NOT_DE + r"{0,40}"
          r"\b(?:ausfallen|entfallen|wegfallen|streichen|gestrichen|absagen|abgesagt|weglassen|"
          r"weggelassen|auslassen|ausgelassen|sein lassen|bleiben lassen|verzichten)\b"
          r"(?![^?]{0,80}\boder\s+\w)",
          kinds=ALL, unless_choice=True, unless_hedged=False),
    # "es eilt nicht", "damit hat es keine Eile" (not "es eilt nicht, aber ...")
    _rule(r"\beilt (?:also |ja |überhaupt |gar |wirklich )?nicht\b" + _NO_RUSH_AFTER
          + r"|\bkeine Eile\b" + _NO_RUSH_AFTER),
    _rule(r"\bkein(?:en)? Grund,? (?:\w+ ){0,3}?(?:Termin|zum Arzt|zur Ärztin|Kontrolle|zu "
          r"(?:gehen|wiederholen|kontrollieren)|\w+zumachen|"
          r"\w+zulassen)\w*(?![^.;?]{0,30}\b(?:zu warten|abzuwarten|zu zögern|aufzuschieben|"
          r"zu verschieben)\b)|\bohne dass Sie (?:etwas|irgendetwas) tun müssen\b|\b(?:ganz normal|"
          r"wie gewohnt) weiter\w*"
          + _NO_VISIT_AFTER + r"|\baus dem Kopf\b|\bgehört (?:einfach )?zum Älterwerden\b"),
    # "kannst du bis zur nächsten Routineuntersuchung liegen lassen": put off to the next visit
    # with any verb of leaving; "reicht es, den Test im nächsten Jahr zu wiederholen"
    _rule(r"\b(?:kann|können|kannst|könnt|könnte\w*|darf|dürfen|darfst)\b(?:(?!\bob\b|\bwenn\b|"
          r"\bfalls\b|\bnicht\b)[^.;?,]){0,60}?\bbis (?:zum|zur|zu|nächst\w*|in)\b[^.;?]{0,50}"
          r"\b(?:liegen lassen|ruhen lassen|lassen|ruhen|verschieben|aufschieben|zurückstellen)\b|"
          r"\b(?:reicht|genügt) (?:es )?(?:auch |völlig |vollkommen |durchaus )?(?:,\s*)?"
          r"(?:(?!\bnicht\b|\bob\b)[^.;?]){0,50}?\b(?:(?:im|zum|beim|bei der|zur) nächsten (?:Jahr|"
          r"Routine\w*|Check\w*|Vorsorge\w*|Gesundheits\w*)|in (?:einem|zwei|ein paar) Jahren?|"
          r"nächstes Jahr)\b",
          unless_choice=True),
    # "sodass sich ein Gespräch darüber nicht lohnt": verb last (not "Abwarten lohnt sich nicht")
    _rule(r"\bsich\b(?:(?!\bob\b|warten\b|Abwarten|[Zz]ögern|"
          r"aufzuschieben)[^.;?,]){0,40}?\b(?:nicht|"
          r"kaum|keinesfalls) (?:wirklich |so recht |mehr )?lohn(?:t|en)\b"),
    # verb last in a subordinate clause: "sodass Sie ... bis zum nächsten Check-up warten können"
    _rule(_OWN_CLAUSE + r"\bbis (?:zum|zur|zu|nächst\w*|ins?)\b" + _NOT_DE + r"{0,50}?\b(?:warten|"
          r"verschieben|aufschieben|liegen lassen|ruhen lassen|zurückstellen|ruhen) (?:können|kann|"
          r"könnt|könnten|dürfen|darf|dürften)\b",
          unless_choice=True),
    # the check called needless in any order: "ist ein eigener Termin dafür eigentlich überflüssig"
    # ("für die Wiederholung des Tests ist eine Überweisung nicht erforderlich": what the
    # check needs is needless, not the check)
    _rule(r"(?<!für die )(?<!für eine )(?<!für den )(?<!für das )\b" + _CHECK_DE + _NOT_DE
          + r"{0,40}?\b" + _NEEDLESS_DE + r"\b",
          unless_negated=True, unless_choice=True),
    # "müssen Sie deswegen nicht noch einmal kommen": no return visit
    _rule(r"\b(?:müssen|brauchen|muss|braucht) (?:Sie |man )?(?:deswegen |deshalb |dafür |"
          r"damit |daher |"
          r"also )?nicht (?:noch einmal |nochmal |noch mal |erneut |wieder |extra |eigens |"
          r"zur Kontrolle )*(?:zu )?(?:kommen|wiederkommen|vorbeikommen|vorstellen|melden)\b"),
    # "kein Grund zur Eile" (not "..., aber vereinbaren Sie einen Termin")
    _rule(r"\bkein(?:en)? Grund zur (?:Eile|Hektik)\b" + _NO_RUSH_AFTER,
          kinds=STATEMENT),
    # "sich nicht weiter drum kümmern", "sich keinen Kopf darüber machen": no attention needed
    _rule(r"\bsich\b(?:(?!\bob\b|\bwenn\b|\bselbst\b|\ballein\w*)[^.;?,]){0,20}?\b(?:nicht"
          r"|keine\w*) "
          r"(?:weiter |mehr |groß |länger |extra |näher |großartig )?"
          r"(?:(?!allein\w*\b|selbst\b|sofort\b|gleich\b|jetzt\b|unbedingt\b)\w+ )?(?:darum |drum |"
          r"darüber |drüber |damit |deswegen |deshalb |dafür )?(?:zu )?(?:kümmern|scheren|"
          r"Kopf|Sorgen machen|Gedanken machen)\b(?![^.;]{0,80}\b(?:aber|sondern|jedoch)\b)",
          kinds=ALL, unless_hedged=False),
    # "müssen Sie deswegen nicht extra zum Arzt gehen": no visit (not "..., aber bitte ...")
    _rule(r"\b(?:müssen|muss|musst|brauchen|braucht|brauchst)\b (?:\w+ ){0,3}?(?:nicht|kein\w*) "
          r"(?:(?!sofort\b|gleich\b|unbedingt\b|heute\b|nüchtern\b|allein\w*\b)\w+ ){0,2}?(?:zum"
          r"|zur|in die|ins) (?:\w+ )?"
          r"(?:Arzt|Ärztin|Hausarzt|Hausärztin|Praxis|Arztpraxis|Kontrolle|Untersuchung"
          r"|Krankenhaus|"
          r"Facharzt|Fachärztin)\b(?![^.;]{0,80}\b(?:aber|sondern|jedoch|trotzdem|dennoch)\b)",
          kinds=STATEMENT, unless_hedged=False),
    # "können Sie die Kontrolle getrost auf das nächste Jahr verschieben": put off, any preposition
    _rule(r"\b(?:kann|können|kannst|könnt|darf|dürfen|darfst)\b(?:(?!\bob\b|\bwenn\b|\bfalls\b|"
          r"\bnicht\b)[^.;?,]){0,60}?\b(?:auf|in|ins|bis ins) (?:das |den |die )?(?:nächste\w*|"
          r"kommende\w*|folgende\w*) (?:Jahr|Check\w*|Vorsorge\w*|Routine\w*|Gesundheits\w*)\b"
          r"[^.;?]{0,20}\b(?:verschieben|aufschieben|vertagen|zurückstellen|lassen|warten)\b"
          r"(?![^?]{0,60}\boder\b)",
          kinds=ALL, unless_choice=True, unless_hedged=False),
    # "man kann das einfach lassen", "können Sie ruhig so stehen lassen": the result left alone
    _rule(r"\b(?:kann|können|kannst|könnt|darf|dürfen)\b[^.;?,]{0,30}?\b(?:einfach|ruhig|getrost|"
          r"bedenkenlos|gern|gerne) (?:so )?(?:lassen|stehen lassen|sein lassen|links liegen"
          r" lassen|"
          r"ignorieren|übergehen|beiseitelassen)\b(?![^.;?]{0,40}\bbis\b)",
          kinds=ALL, unless_negated=True, unless_hedged=False),
    # "was keine weitere Beachtung braucht", "erfordert keine Abklärung": no follow-up needed
    _rule(r"\bkein\w* (?:weiter\w* |besonder\w* |groß\w* |ärztlich\w* |zusätzlich\w* |"
          r"gesondert\w* |extra )?" + _ATTENTION_DE + r" (?:\w+ )?(?:braucht|brauchen|benötigt|"
          r"benötigen|erfordert|erfordern|verdient|verdienen|bedarf|bedürfen|nötig macht)\b|"
          r"\b(?:benötigt|benötigen|erfordert|erfordern|verdient|verdienen) (?:\w+ ){0,2}?kein\w* "
          r"(?:\w+ )?" + _ATTENTION_DE + r"\b",
          unless_hedged=False),
    # "können Sie die Kontrolle gerne nach hinten schieben": the check put back, no date needed
    # (either order: "Die Kontrolle lässt sich problemlos verschieben")
    _rule(_OWN_CLAUSE_H + r"(?:\b(?:kann|können|kannst|könnt|darf|dürfen|darfst|lässt sich|"
          r"lassen sich)\b" + _NOT_DE + r"{0,60}?\b" + _CHECK_DE + r"|\b" + _CHECK_DE + _NOT_DE
          + r"{0,20}?\b(?:kann|können|darf|dürfen|lässt sich|lassen sich)\b)" + _NOT_DE
          + r"{0,40}?\b" + _PUT_OFF_DE + r"\b(?![^?]{0,60}\boder\b)",
          unless_hedged=False, unless_choice=True, unless_negated=True),
    # left alone by the text's own verdict: "können einfach so belassen werden", "in Ruhe lassen"
    # (a "nicht" must stand in it: "macht keine Beschwerden und kann so belassen werden")
    _rule(r"\b(?:kann|können|darf|dürfen|lässt sich|lassen sich)\b(?:(?!\bnicht\b|\bkein|\bnie\b)"
          r"[^.;?,]){0,40}?\b(?:so )?"
          r"(?:belassen|in Ruhe (?:lassen|gelassen)|unbehandelt (?:lassen|bleiben)|unbeachtet "
          r"(?:lassen|bleiben))\b" + _NO_STEP_AFTER,
          unless_choice=True),
    # carrying on as before: "einfach so weiterleben wie bisher", "solange Sie sich wohlfühlen,
    # müssen Sie nichts ändern", "als wäre nichts gewesen"
    _rule(r"\bweiter(?:leben|machen)\b[^.;]{0,15}?\bwie (?:bisher|gewohnt|immer|zuvor)\b"
          + _NO_STEP_AFTER + r"|\bwie (?:bisher|gewohnt|immer) weiter(?:leben|machen)\b"
          + _NO_STEP_AFTER + r"|(?<!auch )(?<!selbst )\b(?:solange|sofern|wenn) Sie sich (?:\w+ )?"
          r"(?:wohl|gut|fit|gesund)\w*(?: fühlen)?\b[^.;]{0,50}?\b(?:nichts|kein\w* (?:Sorgen|"
          r"Gedanken|Grund|Handlungsbedarf)|weiterleben|weitermachen|ignorieren|vergessen)\b"
          + _NO_STEP_AFTER + r"|\bals (?:wäre|sei|ob) nichts (?:gewesen|wäre|passiert)\b",
          kinds=STATEMENT, unless_negated=True),
    # "nichts, was ärztliche Aufmerksamkeit erfordert" (not "nichts, was sofort ...")
    _rule(r"\bnichts,? (?:was|das|worum|weswegen) (?:(?!sofort\w*|dringend\w*|umgehend\w*|"
          r"akut\w*|gleich|heute|Notfall\w*)\w+ ){0,3}?(?:erfordert|braucht|benötigt|bedarf|"
          r"verlangt|rechtfertigt|nötig macht|kümmern müssten?|behandelt werden müsste|"
          r"kontrolliert werden müsste|abgeklärt werden müsste)\b",
          kinds=STATEMENT),
    # the verdict that nothing is to be watched: "nichts zu beobachten", "nichts, worauf Sie
    # achten müssten" (not "vor der Blutabnahme nichts zu tun, außer ...")
    _rule(_OWN_CLAUSE_T + r"\bnichts,? (?:weiter\w* |mehr |groß |Besonderes |Weiteres )?(?:zu "
          r"(?:beobachten|kontrollieren|verfolgen|überwachen|überprüfen|abklären|wiederholen|"
          r"befürchten|unternehmen|veranlassen|behandeln|tun)|im Auge zu behalten|(?:was|worauf|"
          r"das|wofür|worum) (?:Sie |man )?(?:sich )?(?:\w+ ){0,3}?(?:achten|beobachten|im Auge "
          r"behalten|kontrollieren|verfolgen|unternehmen|tun|abklären|kümmern) (?:müssten|müssen|"
          r"sollten|bräuchten|brauchen|muss|sollte|bräuchte))\b(?!,? (?:außer|bis|vor|als)\b)"
          + _NO_STEP_AFTER),
    # no reason for a further step: "kein Anlass für weitere Schritte", "kein Grund, etwas zu
    # unternehmen" ("kein Grund zur Sorge" is about feelings; "es sei denn ..." keeps a net)
    _rule(r"(?:\bkein\w* (?:\w+ )?(?:Anlass|Grund|Veranlassung|Notwendigkeit|Bedarf|Indikation)\w* "
          r"(?:für|zu|zum|zur|an) (?:\w+ )?(?:weitere\w* |zusätzliche\w* |andere\w* |erneute\w* )?"
          r"(?:Schritt\w*|Maßnahme\w*|Untersuchung\w*|Kontroll\w*|Abklärung\w*|Handeln|Test\w*|"
          r"Termin\w*|Behandlung\w*|Therapie\w*|Nachsorge|Wiederholung\w*|Arztbesuch\w*|Besuch\w*|"
          r"Diagnostik|Konsequenz\w*|Tun|Eingreifen)\b|\bkein\w* (?:Anlass|Grund|Veranlassung),? "
          r"(?:\w+ ){0,3}?(?:etwas|irgendetwas|was|weiter\w*) zu (?:unternehmen|tun|veranlassen|"
          r"machen)\b|\b(?:für|zu) (?:\w+ )?(?:weitere\w*|zusätzliche\w*|erneute\w*) (?:Schritt\w*|"
          r"Maßnahme\w*|Untersuchung\w*|Kontroll\w*|Abklärung\w*|Tests?|Behandlung\w*|Diagnostik)\b"
          r"[^.;?,]{0,40}\bkein\w* (?:\w+ )?(?:Anlass|Grund|Veranlassung|Notwendigkeit|Bedarf)\b)"
          r"(?![^.;]{0,40}\b(?:außer|es sei denn|wenn|falls|solange)\b)" + _NO_STEP_LATER,
          unless_hedged=False),
    # hedged, with no step after: "eine Kontrolle ist also nicht unbedingt nötig"
    _rule(r"(?:\b" + _CHECK_DE + r"[^.;?,]{0,30}?\bnicht unbedingt (?:nötig|notwendig|erforderlich|"
          r"sinnvoll)\b|\bnicht unbedingt (?:\w+ ){0,2}?(?:kontrollier|wiederhol|abklär|untersuch|"
          r"behandel|überprüf)\w*)" + _NO_STEP_LATER),
    # Round 10: the skeletons behind the misses of the tenth set.
    # the no-need verdict with a frequency hedge in its own clause: "kommt häufig vor und muss in
    # der Regel nicht weiter beachtet werden" (not "viele ..."; not with a step later)
    _rule(_OWN_CLAUSE_Q + r"\b(?:muss|müssen|braucht|"
          r"brauchen)\b (?:(?!nicht\b)\w+ ){0,4}?nicht (?:weiter |näher |extra |gesondert |eigens |"
          r"groß |"
          r"mehr )?(?:beachtet|verfolgt|kontrolliert|wiederholt|abgeklärt|untersucht|behandelt|"
          r"überwacht|"
          r"beobachtet|nachkontrolliert) (?:zu )?werden\b" + _NO_STEP_LATER,
          unless_hedged=False, unless_choice=True),
    # no reason to see anyone: "kein Grund, einen Urologen aufzusuchen", "kein Anlass, das
    # abklären zu lassen" (not "kein Grund, mit der Kontrolle zu warten")
    _rule(r"\bkein(?:en)? (?:Grund|Anlass|Veranlassung),? (?:(?!\b(?:warten|abzuwarten|zögern|"
          r"aufzuschieben|verschieben|aber|sondern|jedoch|doch)\b)[^.;?]){0,40}?\b(?:aufzusuchen|"
          r"vorzustellen|anzusprechen|abzuklären|nachzusehen|vorbeizukommen|wiederzukommen|"
          r"zu (?:gehen|kontrollieren|wiederholen|untersuchen|behandeln|besprechen|erwähnen)|"
          r"(?:machen|kontrollieren|abklären|untersuchen) zu lassen)\b" + _NO_STEP_AFTER,
          kinds=STATEMENT, unless_hedged=False),
    # no need to mention it to the clinician: "brauchen Sie das bei Ihrem Arzt nicht eigens
    # anzusprechen", "müssen Sie nicht extra erwähnen"
    _rule(r"\b(?:brauchen|müssen|braucht|muss)\b (?:Sie |man )?(?:(?!nicht\b)\w+ ){0,5}?nicht "
          r"(?:eigens |extra |gesondert |weiter |noch |erst )?(?:anzusprechen|zu erwähnen|zu "
          r"besprechen|nachzufragen|vorzustellen|abklären zu lassen|kontrollieren zu lassen|"
          r"anzusehen|nachzuschauen|zu melden|ansprechen|erwähnen|besprechen)\b",
          kinds=STATEMENT, unless_hedged=False),
    # busying oneself with it talked away: "sodass Sie sich mit diesem Ergebnis nicht weiter
    # beschäftigen müssen" (not "nicht allein", not with a step after)
    _rule(r"\bsich\b(?:(?!\bob\b|\bwenn\b|\ballein\w*|\bselbst\b)[^.;?,]){0,40}?\b(?:nicht|kaum|"
          r"kein\w*) (?:weiter |mehr |länger |groß |näher |eingehend |extra )?(?:damit |darum |"
          r"weiter )?(?:zu )?(?:beschäftigen|befassen|auseinandersetzen|"
          r"aufhalten)\b" + _NO_STEP_AFTER,
          kinds=STATEMENT, unless_hedged=False),
    # putting the check off to the next routine visit, with a hedge in the premise before it:
    # "da solche Herde meistens harmlos sind, reicht es, wenn Sie das beim nächsten Check-up
    # ansprechen" (the hedge is the premise's, the verdict this person's)
    _rule(_OWN_CLAUSE + r"\b(?:reicht|genügt) (?:es )?(?:auch |völlig |vollkommen |durchaus )?"
          r"(?:,\s*)?(?:(?!\bnicht\b|\bob\b)[^.;?]){0,50}?\b(?:(?:im|zum|beim|bei der|zur) "
          r"nächsten (?:Jahr|Routine\w*|Check\w*|Vorsorge\w*|Gesundheits\w*)|in (?:einem|zwei|"
          r"ein paar|drei) Jahren?|nächstes Jahr)\b",
          unless_hedged=False, unless_choice=True),
    # asked, leading, with the check set far off: "reicht es doch, wenn ich den Leberwert erst
    # in zwei Jahren wieder prüfen lasse?"
    _rule(r"\b(?:(?:reicht|genügt|langt) es|es (?:reicht|genügt|langt)) (?:doch|ja|eh|sicher|"
          r"bestimmt|wohl|sicherlich)\b[^?]{0,80}?\b(?:erst|frühestens|in (?:einem|zwei|drei|"
          r"ein paar) Jahren|nächstes Jahr|im nächsten Jahr|beim nächsten|zum nächsten|"
          r"bei der nächsten)\b(?![^?]{0,60}\boder\s+\w)",
          kinds=QUESTION, unless_hedged=False, unless_choice=True),
]
