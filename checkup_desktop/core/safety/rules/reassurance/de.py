"""The reassurance rules for German cards, in the order they apply
(engine.py interleaves the categories)."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.reassurance.common import (
             _CHECK_DE,
             _NO_RUSH_AFTER,
             _NO_STEP_AFTER,
             _NO_STEP_LATER,
             _NO_VISIT_AFTER,
             _NOT_ALWAYS,
             _OWN_CLAUSE,
             _OWN_CLAUSE_H,
             _OWN_CLAUSE_LONG,
             _OWN_CLAUSE_T,
             _STEP_CONCESSION,
             _rule,
)
from checkup_desktop.core.safety.rules.rule import ALL, QUESTION, STATEMENT

_HEDGE_DE = (r"(?:oft|meist\w*|häufig|manchmal|in der Regel|wahrscheinlich|vermutlich|eventuell|"
             r"möglicherweise|kann|könnte\w*) ")

DE = [
    _rule(r"kein(?:en)? Grund zur (?:Sorge|Beunruhigung)|keine Sorge|"
          r"machen Sie sich keine Sorgen|(?:müssen|brauchen) Sie (?:deswegen |damit |"
          r"dafür )?nicht zu(?:m Arzt| einer Ärztin)|nicht zum Arzt|(?:immer|völlig|ganz|"
          r"absolut) (?:harmlos|normal|unbedenklich)"
          # ("ganz normal essen": how to get ready, not a verdict)
          r"(?! (?:essen|trinken|frühstücken|arbeiten|Sport))|ignorieren|bedeutungslos|"
          r"geht von (?:selbst|"
          r"allein) weg|erledigt sich von selbst|kein Handlungsbedarf|(?:muss|müssen|braucht|"
          r"brauchen) (?:\w+ ){0,2}nicht (?:\w+ ){0,2}(?:verfolgt|kontrolliert|wiederholt|"
          r"abgeklärt|untersucht|beachtet|behandelt)\w*|nicht (?:nötig|notwendig|wichtig|"
          r"schlimm)|nichts Ernstes" + _STEP_CONCESSION
          + r"|Laborfehler|egal|keinen Kopf|Kleinigkeit|Lappalie|banal|nie (?:\w+ )?nötig"),
    _rule(r"\bkein Problem\b|\bglauben Sie mir\b"),
    _rule(r"\bbelästigen\b|\bZeit verschwenden\b|\bdamit nicht (?:zum|zur|behelligen)",
          unless_hedged=False),
    _rule(r"\b(?:erfordert|braucht|benötigt) kein\w* (?:\w+ )?(?:Nachkontrolle|Kontrolle|"
          r"Behandlung|Abklärung|Untersuchung)\b|\bkleines Problem\b"),
    _rule(r"\b(?:ist|sind) nichts\b(?!,? (?:was|das) (?:\w+ ){0,3}?(?:sofort|dringend|umgehend|"
          r"akut|gleich|heute|Notfall)\w*)|\bkeine Bedeutung\b|\b(?:ist|sind) (?:doch |ganz |"
          r"völlig )?normal\b"),
    _rule(r"\bnormal für (?:Ihr|Ihre|das|dein) Alter\b",
          unless_hedged=False),
    _rule(r"\bspielt (?:nie|keine|überhaupt keine) (?:eine )?Rolle\b|\bnie wichtig\b",
          unless_hedged=False),
    # "in einen Diabetes übergehen" is a progression, not leaving the result aside
    _rule(r"(?:^|(?<=[,;:.!?]\s))(?:(?!(?:in|ins|zu|zur|zum)\s)[^\s,;:.!?]+\s+){0,12}?"
          r"übergeh\w*(?!\s+in\b)|\bignorier\w*|\bnicht beachten\b",
          unless_hedged=False),
    _rule(r"\bzu erwarten\b|\bso bleiben\b|\bkann man (?:so )?lassen\b"),
    # putting the check off: "kann bis zum nächsten Check-up warten", "hat Zeit bis nächstes Jahr"
    _rule(r"\b(?:kann|können|könnt)\b(?:(?!\bob\b|\bwenn\b|\bfalls\b)[^.;?,]){0,60}?"
          r"\bbis (?:zum|zur|zu|nächst\w*|in)\b[^.;?]{0,50}"
          r"\bwarten\b|\bwarten,? bis (?:zum|zur) nächsten\b|\bhat (?:\w+ )?Zeit bis (?:zum|zur|"
          r"nächst)\w*|\breicht (?:es )?(?:beim|im|zum|zur|bei der) nächsten\b",
          unless_choice=True),
    # "ist unbedenklich", "normalisiert sich von selbst": harmless, or fixing itself
    _rule(_OWN_CLAUSE + r"\b(?:ist|sind|wirkt|wirken|scheint|scheinen) "
          r"(?:(?!nicht |kein|" + _HEDGE_DE + r")\w+ ){0,2}?(?:harmlos|unbedenklich|ungefährlich|"
          r"belanglos|unerheblich|unbedeutend)\b|\b(?:normalisiert|regelt|reguliert|erledigt|gibt|"
          r"bessert|legt)\w* sich (?:\w+ )?(?:von selbst|von allein|ganz allein)" + _NOT_ALWAYS,
          unless_negated=True, unless_modal=True),
    # no relevance: "keine klinische Relevanz", "ohne Bedeutung", "spielt keine große Rolle"
    _rule(r"\bkeine (?:klinische |große |besondere |weitere |praktische )?(?:Relevanz|Bedeutung)\b|"
          r"\bohne (?:jede |jegliche |große |klinische )?(?:Relevanz|Bedeutung)\b|\birrelevant\b|"
          r"\bspielt (?:\w+ ){0,2}?keine (?:große |besondere |wichtige )?Rolle\b|\bbrauch\w* "
          r"kein\w* (?:\w+ )?(?:Kontrolle|Nachkontrolle|Wiederholung|Therapie|Termin|Arztbesuch|"
          r"Beachtung|Aufmerksamkeit|Nachsorge|Abklärung)\b"),
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
          r"\bkein\w* (?:\w+ )?(?:Termin|Arztbesuch|Kontrolle|Nachkontrolle|Wiederholung|"
          r"Behandlung|Abklärung) (?:ist |sind )?(?:\w+ )?(?:nötig|notwendig|erforderlich)\b|"
          r"\baußer Acht\b|\bkeine Beachtung\b"),
]

_NOT_DE = r"(?:(?!\bnicht\b(?! einfach| auch| gleich)|\bkein|\bnie\b)[^.;?,])"

DE += [
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
    # "ist sowieso normal, muss ich da überhaupt etwas tun?"
    _rule(r"\b(?:sowieso|ohnehin|eh|doch) (?:ganz |völlig |total )?(?:normal|harmlos|üblich|"
          r"häufig)\b|\büberhaupt (?:noch )?(?:etwas|was) (?:tun|machen|unternehmen)\b",
          kinds=QUESTION, unless_hedged=False),
]

DE += [
    _rule(r"\bkein(?:en)? Grund,? (?:\w+ ){0,3}?(?:Termin|zum Arzt|zur Ärztin|Kontrolle|zu "
          r"(?:gehen|wiederholen|kontrollieren)|\w+zumachen|\w+zulassen)\w*|\bohne dass Sie "
          r"(?:etwas|irgendetwas) tun müssen\b|\b(?:ganz normal|wie gewohnt) weiter\w*"
          + _NO_VISIT_AFTER + r"|\baus dem Kopf\b|\bgehört (?:einfach )?zum Älterwerden\b"),
    _rule(r"\bwirklich (?:extra |noch |gleich )?(?:zum Arzt|zur Ärztin|wiederholen|kontrollieren|"
          r"abklären|nötig|notwendig)|\b(?:so einer|solche[rn]?) (?:Kleinigkeit|Lappalie)\b|"
          r"\b(?:kann|können) (?:ich|wir) (?:mit \w+ \w+ )?(?:einfach|ruhig|getrost) bis "
          r"(?:zum|zur|nächst)\w*[^?]{0,40}\bwarten\b(?![^?]{0,60}\boder\b)",
          kinds=QUESTION, unless_hedged=False),
]

DE += [
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
    # asked, leading ("doch", "getrost", or a premise that it is minor): "da der Wert nur leicht
    # erhöht ist, kann ich die Kontrolle doch verschieben?" (a plain "kann das warten?" asks)
    _rule(r"(?:\b(?:da|weil|nachdem)\b[^?]{0,60}\b(?:nur|harmlos|leicht|knapp|gering|minimal|"
          r"unbedenklich|wahrscheinlich|vermutlich)\w*\b[^?]{0,40},\s*|\b(?:doch|einfach|ruhig|"
          r"getrost|bedenkenlos|problemlos)\b[^?]{0,30})"
          r"(?:\b(?:kann|darf|könnte|können|dürfen) (?:ich|wir|man)\b)?[^?]{0,50}?\bbis (?:zum|zur|"
          r"zu|nächst\w*|in)\b[^?]{0,40}\b(?:warten|verschieben|aufschieben|liegen lassen|"
          r"ruhen lassen|lassen|zurückstellen)\b(?![^?]{0,60}\boder\b)",
          kinds=QUESTION, unless_choice=True, unless_hedged=False),
    # "kann ich mir die Magenspiegelung sparen?": any check, also asked
    _rule(r"\b" + _CHECK_DE + r"[^.;?]{0,30}\b(?:sparen|schenken)\b(?![^?]{0,80}\boder\s+\w)",
          kinds=ALL, unless_negated=True, unless_choice=True, unless_hedged=False),
]

_NEEDLESS_DE = (r"(?:überflüssig|unnötig|entbehrlich|verzichtbar|nicht (?:nötig|notwendig|"
                r"erforderlich))")

DE += [
    # verb last in a subordinate clause: "sodass Sie ... bis zum nächsten Check-up warten können"
    _rule(_OWN_CLAUSE + r"\bbis (?:zum|zur|zu|nächst\w*|ins?)\b" + _NOT_DE + r"{0,50}?\b(?:warten|"
          r"verschieben|aufschieben|liegen lassen|ruhen lassen|zurückstellen|ruhen) (?:können|kann|"
          r"könnt|könnten|dürfen|darf|dürften)\b",
          unless_choice=True),
    # the check called needless in any order: "ist ein eigener Termin dafür eigentlich überflüssig"
    _rule(r"\b" + _CHECK_DE + _NOT_DE + r"{0,40}?\b" + _NEEDLESS_DE + r"\b",
          unless_negated=True, unless_choice=True),
    # "müssen Sie deswegen nicht noch einmal kommen": no return visit
    _rule(r"\b(?:müssen|brauchen|muss|braucht) (?:Sie |man )?(?:deswegen |deshalb |dafür |"
          r"damit |daher |"
          r"also )?nicht (?:noch einmal |nochmal |noch mal |erneut |wieder |extra |eigens |"
          r"zur Kontrolle )*(?:zu )?(?:kommen|wiederkommen|vorbeikommen|vorstellen|melden)\b"),
]

DE += [
    # "kein Grund zur Eile" (not "..., aber vereinbaren Sie einen Termin")
    _rule(r"\bkein(?:en)? Grund zur (?:Eile|Hektik)\b" + _NO_RUSH_AFTER,
          kinds=STATEMENT),
    # asked, leading: "muss ich deswegen wirklich extra einen Termin machen?"
    _rule(r"\b(?:muss|müsste|soll|sollte|"
          r"brauche) ich (?:[^\W\d]+ ){0,6}?wirklich\b[^?]{0,40}\b(?:Termin|"
          r"Arzt|Ärztin|Kontrolle|wiederholen|kontrollieren|abklären|hingehen|vorbeikommen|"
          r"untersuchen|nachsehen|nachschauen|testen|checken)",
          kinds=QUESTION, unless_hedged=False),
]

DE += [
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
]

# the check itself put back, any verb: "die Kontrolle etwas nach hinten schieben"
_PUT_OFF_DE = (r"(?:nach hinten (?:schieben|verschieben|verlegen)|hinausschieben|hinauszögern|"
               r"aufschieben|verschieben|vertagen|zurückstellen|später (?:machen|angehen|"
               r"erledigen))")

# it needs no further attention, verb last: "was keine weitere Beachtung braucht"
_ATTENTION_DE = (r"(?:Beachtung|Aufmerksamkeit|Abklärung|Kontrolle|Nachkontrolle|Behandlung|"
                 r"Maßnahme\w*|Schritte|Nachsorge|Sorge\w*)")

DE += [
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
    # asked, leading ("doch", "ja", or a premise that it is minor): "da der Wert nur minimal
    # erhöht ist, reicht es doch, wenn wir das beim nächsten Check-up anschauen?"
    _rule(r"(?:\b(?:da|weil|nachdem|wenn)\b[^?]{0,60}\b(?:nur|harmlos|leicht|knapp|gering|minimal|"
          r"unbedenklich|normal)\w*\b[^?]{0,40},\s*|\b(?:doch|ja|eh|sowieso|ohnehin)\b[^?]{0,30})"
          r"(?:\b(?:reicht|genügt|langt)\b|\b(?:kann|darf|könnte|können|dürfen) (?:ich|wir|man)\b)"
          r"[^?]{0,70}?(?:\b(?:im|zum|beim|bei der|zur|in der|ins) nächsten? (?:Jahr|Routine\w*|"
          r"Check\w*|Vorsorge\w*|Gesundheits\w*)|\bin (?:einem|zwei|drei|ein paar) Jahren?\b|"
          r"\bnächstes Jahr\b|\b" + _PUT_OFF_DE + r"\b|\bspäter\b)(?![^?]{0,60}\boder\b)",
          kinds=QUESTION, unless_choice=True, unless_hedged=False),
]

DE += [
    # "kein Anlass zur Sorge", "keine Veranlassung zur Beunruhigung" (titles too; not "kein
    # Anlass zur Panik, aber sprechen Sie den Wert beim nächsten Termin an")
    _rule(r"\bkein\w* (?:Anlass|Veranlassung|Grund) (?:zur|zu) (?:Sorge|Beunruhigung|Besorgnis|"
          r"Panik|Aufregung)\b" + _NO_STEP_AFTER,
          kinds=STATEMENT, unless_hedged=False),
]

# Round 7: the skeletons behind the misses of the seventh set.
DE += [
    # a conclusion drawn in the text: "und damit im Grunde harmlos", "ist somit eigentlich
    # unbedenklich" (a hedge or a negation in between keeps it a possibility)
    _rule(_OWN_CLAUSE_LONG + r"\b(?:damit|somit|also|daher|demnach|folglich|insofern|im Grunde"
          r"(?: genommen)?|eigentlich|grundsätzlich|im Prinzip|letztlich|letzten Endes|praktisch|"
          r"unterm Strich|im Endeffekt|im Wesentlichen)\b,?(?: (?!(?:nicht|kein\w*|nie|oft|"
          r"meist\w*|häufig|manchmal|wahrscheinlich|vermutlich|eventuell|möglicherweise|kann|"
          r"könnte\w*)\b)[\w-]+,?){0,3}? (?:harmlos|unbedenklich|ungefährlich|belanglos|"
          r"bedeutungslos|unerheblich)\b",
          unless_negated=True, unless_choice=True),
    # the result put out of the way: "können Sie diesen Befund getrost beiseitelegen", "zu den
    # Akten legen", "abhaken" (not "legen Sie ihn nicht beiseite", not before a talk)
    _rule(r"\b(?:beiseite ?(?:legen|lassen|schieben)|beiseite(?:gelegt|geschoben)|beiseite|"
          r"zu den Akten (?:legen|gelegt)|ad acta (?:legen|gelegt)|abhaken|abgehakt)\b"
          + _NO_STEP_AFTER,
          kinds=ALL, unless_negated=True, unless_hedged=False, unless_choice=True),
    # "hat für Sie eigentlich nichts zu bedeuten", "sagt eigentlich gar nichts aus" (not "für
    # sich allein", not with a next step after)
    _rule(r"(?:\bhat (?:(?!allein\b|einzeln\w*\b)[\w-]+ ){0,5}?(?:nichts|wenig|kaum etwas|nicht "
          r"viel) zu (?:bedeuten|sagen)\b|\bsagt (?:(?!allein\b|einzeln\w*\b|sich\b)[\w-]+ ){0,5}?"
          r"(?:gar )?(?:nichts|nicht viel|kaum etwas) aus\b)" + _NO_STEP_AFTER,
          kinds=ALL, unless_negated=False),
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
    # "beeinträchtigt Ihre Gesundheit nicht", "ohne Folgen für die Gesundheit"
    _rule(r"\b(?:beeinträchtigt|gefährdet|schadet|schädigt|beeinflusst)\b (?:\w+ ){0,3}?(?:Ihre\w*|"
          r"Ihrer|die|der) Gesundheit (?:\w+ )?(?:nicht|keineswegs|in keiner Weise)\b|\b(?:ohne|"
          r"kein\w*) (?:\w+ )?(?:Folgen|Auswirkung\w*|Einfluss|Konsequenz\w*|Schaden) (?:für|auf) "
          r"(?:Ihre|die|Ihr\w*) Gesundheit\b|\bkein\w* (?:\w+ )?(?:Gefahr|Risiko|Bedrohung) "
          r"(?:für|auf) (?:Ihre|die) Gesundheit\b|\b(?:für|auf) Ihre Gesundheit (?:\w+ ){0,2}?"
          r"kein\w* (?:\w+ )?(?:Gefahr|Risiko|Folgen|Auswirkung\w*|Einfluss)\b|"
          r"\bnicht gesundheitsschädlich\b|\bohne gesundheitliche (?:Folgen|Auswirkungen|"
          r"Bedeutung)\b",
          unless_choice=True),
    # verb last: "eine Veränderung, die harmlos ist", "was im Grunde unbedenklich ist" (a hedge,
    # "viele" or a negation in between keeps it general)
    _rule(_OWN_CLAUSE + r"\b(?:was|das|die|der|welche\w*)\b (?:(?!(?:nicht|kein\w*|nie|oft|"
          r"meist\w*|häufig|manchmal|viele\w*|wahrscheinlich|vermutlich|eventuell|"
          r"möglicherweise)\b)[\w-]+ ){0,3}?(?:harmlos|unbedenklich|ungefährlich|belanglos|"
          r"bedeutungslos) (?:ist|sind|bleibt|bleiben)\b",
          unless_negated=True, unless_choice=True),
    # the matter closed: "damit ist die Sache erledigt", "das Thema ist für Sie abgeschlossen"
    _rule(r"(?:\b(?:Sache|Thema|Angelegenheit) (?:ist |wäre )?|\b(?:ist|wäre) (?:die |das )?"
          r"(?:Sache|Thema|Angelegenheit) )(?:(?:damit|somit|also|für Sie|hiermit) )*(?:erledigt|"
          r"abgeschlossen|vom Tisch)\b" + _NO_STEP_AFTER,
          kinds=STATEMENT, unless_negated=True),
    # Verdicts the engine only judges with no Arzt in the text, as rules: "auch wenn Ihre
    # Ärztin das notiert hat" is no next step (_NO_STEP_LATER reads such a concession as none).
    # "ist nur Rauschen", "hier ist also nichts", "als normal betrachten", "muss man nicht
    # weiter beachten", "das können Sie getrost vergessen", "sollte Sie nicht beunruhigen"
    _rule(r"(?:\b(?:ist|sind) (?:nur |bloß |einfach |wohl )?(?:statistisches )?Rauschen\b|"
          r"\bnur Rauschen\b|\bhier ist (?:also |wirklich |eigentlich )?nichts\b|\bals (?:normal|"
          r"unauffällig|in Ordnung) (?:betrachten|ansehen|werten|abhaken|verbuchen)\b|"
          r"\b(?:muss|müssen|musst|braucht|brauchen|brauchst)\b (?:\w+ ){0,3}?nicht (?:weiter |"
          r"groß |näher |besonders |extra )?(?:zu )?(?:beachten|verfolgen|kontrollieren|abklären|"
          r"behandeln|untersuchen|wiederholen)\b|\b(?:kann|können|kannst|könnt|dürfen|darfst)\b "
          r"(?:\w+ ){0,3}?(?:getrost|ruhig|einfach|gleich|bedenkenlos|beruhigt) (?:wieder )?"
          r"vergessen\b|\b(?:sollte|muss|braucht|müsste)\w* Sie (?:\w+ )?nicht (?:zu )?"
          r"(?:beunruhigen|sorgen|stören|kümmern)\b|\bkein\w* (?:besondere\w* |weitere\w* |"
          r"große\w* )?(?:Beachtung|Aufmerksamkeit) (?:zu )?schenken\b)" + _NO_STEP_LATER,
          kinds=STATEMENT, unless_negated=True, unless_choice=True),
]

# Round 9: the skeletons behind the misses of the ninth set.
# a benign cause the question takes as the whole story: "liegt doch nur am Sport", "kommen nur
# vom Stress"
_Q_CAUSE_DE = (r"\b(?:nur|bloß|lediglich|einfach|halt|eben|allein) (?:an|am|an der|an den|vom|von|"
               r"von der|von den|wegen|durch|aufgrund|eine Folge|ein Effekt|die Folge)\b")

DE += [
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
    # the result's hold on the person talked away: "muss Sie nicht weiter beschäftigen", "sollte
    # Ihnen keine schlaflosen Nächte bereiten"
    _rule(r"\b(?:muss|müssen|braucht|brauchen|sollte|sollten|müsste|dürfte)\b (?:Sie|dich|euch)\b "
          r"(?:\w+ ){0,2}?(?:nicht|kaum) (?:weiter |länger |mehr |groß |besonders |sonderlich |"
          r"übermäßig )?(?:zu )?(?:beschäftigen|belasten|bekümmern|umtreiben|plagen|quälen|"
          r"verunsichern|ängstigen|beunruhigen|sorgen|stören)\b|\bkein\w* schlaflose\w* Nächte\b"
          + _NO_STEP_LATER,
          kinds=STATEMENT),
    # hedged, with no step after: "eine Kontrolle ist also nicht unbedingt nötig"
    _rule(r"(?:\b" + _CHECK_DE + r"[^.;?,]{0,30}?\bnicht unbedingt (?:nötig|notwendig|erforderlich|"
          r"sinnvoll)\b|\bnicht unbedingt (?:\w+ ){0,2}?(?:kontrollier|wiederhol|abklär|untersuch|"
          r"behandel|überprüf)\w*)" + _NO_STEP_LATER),
    # asked, leading, with a tag or "doch nur": "das liegt doch nur am Sport, oder?", "die Werte
    # kommen nur vom Stress, nicht wahr?"
    _rule(_Q_CAUSE_DE + r"[^?]{0,60}?(?:,\s*)?\b(?:oder|nicht wahr|gell|stimmt's|stimmt es|richtig|"
          r"oder nicht)\s*\?|\bdoch (?:nur|bloß|einfach|eh) (?:an|am|an der|vom|von|von der|wegen|"
          r"durch)\b",
          kinds=QUESTION, unless_hedged=False),
    # asked, rhetorical: "ist das nicht einfach normal in meinem Alter?", "ist eine etwas
    # vergrößerte Prostata nicht bei jedem Mann in meinem Alter so?"
    _rule(r"^\W*(?:ist|sind|wäre|wären|gehört|gehören)\b[^?]{0,60}?\bnicht\b(?:[^?]{0,30}?\b"
          r"(?:einfach|nur|bloß|halt|ganz)\b[^?]{0,30}?\b(?:normal|natürlich|üblich|harmlos|typisch|Alter|"
          r"altersbedingt|Verschleiß|Laborfehler|Messfehler)\w*|[^?]{0,30}?(?:\bin meinem Alter\b|"
          r"\bbei (?:jedem|jeder|allen)\b[^?]{0,30}\b(?:Alter|älter)\w*|\baltersbedingt\w*|"
          r"\baltersentsprechend\w*|\bzum Älterwerden\b|\bnormale\w* Alterung\b))"
          # (not the feeling: "ist es nicht ganz normal, dass man sich Sorgen macht?")
          r"(?![^?]{0,40}\b(?:Sorgen|Angst|beunruhigt|nervös|unsicher)\b)",
          kinds=QUESTION, unless_hedged=False),
    # "Sie können das also vergessen": the person told to forget it (not "nicht vergessen")
    _rule(r"\b(?:(?:können|kannst|könnt|dürfen|darfst) (?:Sie|du|ihr)|(?:Sie|du|ihr) (?:können|"
          r"kannst|könnt|dürfen|darfst)) (?:(?!nicht\b|nie\b)\w+ ){0,3}?vergessen\b"
          + _NO_STEP_LATER,
          kinds=STATEMENT),
]
