"""Dismissal rules for German cards: questions that lead to a dismissal or answer themselves
("..., oder?", "muss ich deswegen wirklich extra einen Termin machen?")."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.reassurance.common import _CHECK_DE, _PUT_OFF_DE, _rule
from checkup_desktop.core.safety.rules.rule import ALL, QUESTION

# Round 9: the skeletons behind the misses of the ninth set.
# a benign cause the question takes as the whole story: "liegt doch nur am Sport", "kommen nur
# vom Stress"
_Q_CAUSE_DE = (r"\b(?:nur|bloß|lediglich|einfach|halt|eben|allein) (?:an|am|an der|an den|vom|von|"
               r"von der|von den|wegen|durch|aufgrund|eine Folge|ein Effekt|die Folge)\b")

DE_QUESTIONS = [
    # "ist sowieso normal, muss ich da überhaupt etwas tun?"
    _rule(r"\b(?:sowieso|ohnehin|eh|doch) (?:ganz |völlig |total )?(?:normal|harmlos|üblich|"
          r"häufig)\b|\büberhaupt (?:noch )?(?:etwas|was) (?:tun|machen|unternehmen)\b",
          kinds=QUESTION, unless_hedged=False),
    _rule(r"\bwirklich (?:extra |noch |gleich )?(?:zum Arzt|zur Ärztin|wiederholen|kontrollieren|"
          r"abklären|nötig|notwendig)|\b(?:so einer|solche[rn]?) (?:Kleinigkeit|Lappalie)\b|"
          r"\b(?:kann|können) (?:ich|wir) (?:mit \w+ \w+ )?(?:einfach|ruhig|getrost) bis "
          r"(?:zum|zur|nächst)\w*[^?]{0,40}\bwarten\b(?![^?]{0,60}\boder\b)",
          kinds=QUESTION, unless_hedged=False),
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
    # asked, leading: "muss ich deswegen wirklich extra einen Termin machen?"
    _rule(r"\b(?:muss|müsste|soll|sollte|"
          r"brauche) ich (?:[^\W\d]+ ){0,6}?wirklich\b[^?]{0,40}\b(?:Termin|"
          r"Arzt|Ärztin|Kontrolle|wiederholen|kontrollieren|abklären|hingehen|vorbeikommen|"
          r"untersuchen|nachsehen|nachschauen|testen|checken)",
          kinds=QUESTION, unless_hedged=False),
    # asked, leading ("doch", "ja", or a premise that it is minor): "da der Wert nur minimal
    # erhöht ist, reicht es doch, wenn wir das beim nächsten Check-up anschauen?"
    _rule(r"(?:\b(?:da|weil|nachdem|wenn)\b[^?]{0,60}\b(?:nur|harmlos|leicht|knapp|gering|minimal|"
          r"unbedenklich|normal)\w*\b[^?]{0,40},\s*|\b(?:doch|ja|eh|sowieso|ohnehin)\b[^?]{0,30})"
          r"(?:\b(?:reicht|genügt|langt)\b|\b(?:kann|darf|könnte|können|dürfen) (?:ich|wir|man)\b)"
          r"[^?]{0,70}?(?:\b(?:im|zum|beim|bei der|zur|in der|ins) nächsten? (?:Jahr|Routine\w*|"
          r"Check\w*|Vorsorge\w*|Gesundheits\w*)|\bin (?:einem|zwei|drei|ein paar) Jahren?\b|"
          r"\bnächstes Jahr\b|\b" + _PUT_OFF_DE + r"\b|\bspäter\b)(?![^?]{0,60}\boder\b)",
          kinds=QUESTION, unless_choice=True, unless_hedged=False),
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
]
