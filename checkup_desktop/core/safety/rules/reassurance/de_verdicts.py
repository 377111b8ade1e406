"""Dismissal rules for German cards: verdicts that talk a result down ("unbedenklich",
"kein Grund zur Sorge", "Laborfehler", "damit ist die Sache erledigt")."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.reassurance.common import (
    _NO_STEP_AFTER,
    _NO_STEP_LATER,
    _NOT_ALWAYS,
    _OWN_CLAUSE,
    _OWN_CLAUSE_LONG,
    _STEP_CONCESSION,
    _rule,
)
from checkup_desktop.core.safety.rules.rule import ALL, STATEMENT

_HEDGE_DE = (r"(?:oft|meist\w*|häufig|manchmal|in der Regel|wahrscheinlich|vermutlich|eventuell|"
             r"möglicherweise|kann|könnte\w*) ")

DE_VERDICTS = [
    _rule(r"kein(?:en)? Grund zur (?:Sorge|Beunruhigung)|keine Sorge|"
          r"machen Sie sich keine Sorgen|(?:müssen|brauchen) Sie (?:deswegen |damit |"
          r"dafür )?nicht zu(?:m Arzt| einer Ärztin)|nicht zum Arzt|(?:immer|völlig|ganz|"
          r"absolut) (?:harmlos|normal|unbedenklich)"
          # ("ganz normal essen": how to get ready, not a verdict)
          # ("zum Ignorieren", "ignorieren Sie den Wert nicht" say the opposite)
          r"(?! (?:essen|trinken|frühstücken|arbeiten|Sport))|(?<!\bzum )ignorieren"
          r"(?! Sie\b[^.;,]{0,30}\bnicht\b)|bedeutungslos|"
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
          r"akut|gleich|heute|Notfall)\w*)(?! als (?:\w+ ){0,2}?(?:markiert|gekennzeichnet|"
          r"vermerkt|hervorgehoben|eingestuft))|\bkeine Bedeutung\b|\b(?:ist|sind) (?:doch |ganz |"
          r"völlig )?normal\b"),
    _rule(r"\bnormal für (?:Ihr|Ihre|das|dein) Alter\b",
          unless_hedged=False),
    _rule(r"\bspielt (?:nie|keine|überhaupt keine) (?:eine )?Rolle\b|\bnie wichtig\b",
          unless_hedged=False),
    # "in einen Diabetes übergehen" is a progression, not leaving the result aside
    _rule(r"(?:^|(?<=[,;:.!?]\s))(?:(?!(?:in|ins|zu|zur|zum)\s)[^\s,;:.!?]+\s+){0,12}?"
          r"übergeh\w*(?!\s+in\b)|(?<!\bzum )\bignorier\w*\b(?! Sie\b[^.;,]{0,30}\bnicht\b)|"
          r"\bnicht beachten\b",
          unless_hedged=False),
    _rule(r"\bzu erwarten\b|\bso bleiben\b|\bkann man (?:so )?lassen\b"),
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
    # "kein Anlass zur Sorge", "keine Veranlassung zur Beunruhigung" (titles too; not "kein
    # Anlass zur Panik, aber sprechen Sie den Wert beim nächsten Termin an")
    _rule(r"\bkein\w* (?:Anlass|Veranlassung|Grund) (?:zur|zu) (?:Sorge|Beunruhigung|Besorgnis|"
          r"Panik|Aufregung)\b" + _NO_STEP_AFTER,
          kinds=STATEMENT, unless_hedged=False),
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
    # the result's hold on the person talked away: "muss Sie nicht weiter beschäftigen", "sollte
    # Ihnen keine schlaflosen Nächte bereiten"
    _rule(r"\b(?:muss|müssen|braucht|brauchen|sollte|sollten|müsste|dürfte)\b (?:Sie|dich|euch)\b "
          r"(?:\w+ ){0,2}?(?:nicht|kaum) (?:weiter |länger |mehr |groß |besonders |sonderlich |"
          r"übermäßig )?(?:zu )?(?:beschäftigen|belasten|bekümmern|umtreiben|plagen|quälen|"
          r"verunsichern|ängstigen|beunruhigen|sorgen|stören)\b|\bkein\w* schlaflose\w* Nächte\b"
          + _NO_STEP_LATER,
          kinds=STATEMENT),
    # "Sie können das also vergessen": the person told to forget it (not "nicht vergessen")
    _rule(r"\b(?:(?:können|kannst|könnt|dürfen|darfst) (?:Sie|du|ihr)|(?:Sie|du|ihr) (?:können|"
          r"kannst|könnt|dürfen|darfst)) (?:(?!nicht\b|nie\b)\w+ ){0,3}?vergessen\b"
          + _NO_STEP_LATER,
          kinds=STATEMENT),
]
