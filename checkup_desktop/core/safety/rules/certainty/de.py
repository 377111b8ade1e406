"""The certainty rules for German cards, in the order they apply
(engine.py interleaves the categories)."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.certainty.common import _ADVICE_NEAR, _rule
from checkup_desktop.core.safety.rules.rule import QUESTION

DE = [
    _rule(r"\bdaraus wird\b|\b(?:wird|werden)\b[^.;?]{0,50}\b(?:bekommen|entwickeln|"
          r"verschlechter\w*|brauchen|benötigen|versagen|schädig\w*|zerstör\w*)\b|"
          r"\bmit Sicherheit\b|\bzweifellos\b|\bdefinitiv\b|\bganz sicher\b|"
          # ("eindeutig über dem Bereich" describes the value)
          r"\beindeutig\b(?!\s+(?:über|unter|außerhalb|innerhalb|erhöht|erniedrigt|höher|"
          r"niedriger|zu hoch|zu niedrig))|"
          r"\bgarantiert\b|\bauf jeden Fall\b" + _ADVICE_NEAR + r"|\bunweigerlich\b|"
          r"\boffensichtlich\b|\bklar ist\b|"
          r"\bganz bestimmt\b|\bmit Bestimmtheit\b|\bsicherlich\b|"
          r"\bohne Frage\b",
          unless_uncertain=True),
    _rule(r"\blebenslang\w*|\bfür immer\b|\bnie wieder\b",
          unless_uncertain=True),
    _rule(r"\bfrüher oder später\b|\bgarantier\w*|\bso gut wie sicher\b|\bhöchstwahrscheinlich\b|"
          r"\bziemlich sicher\b|\bversprech\w*",
          unless_uncertain=True),
    _rule(r"\bSie werden\b[^.;]{0,50}\b(?:brauchen|bekommen|haben|entwickeln|müssen|verlieren|"
          r"leiden)\b",
          "predicts the future", unless_uncertain=True),
    _rule(r"\bkann nur\b[^.;]{0,40}\bsein\b|\bnichts anderes\b|\bmuss (?:\w+ )?sein\b",
          "is certain"),
    # "mit absoluter Sicherheit", "steht fest": certainty in other words
    _rule(r"\bmit (?:absoluter|hundertprozentiger|völliger|großer) Sicherheit\b|\bsteht (?:schon )?"
          r"fest\b|\bsicher ist\b(?!,? nur\b)",
          unless_negated=True, unless_uncertain=True),
    # "nie wieder normal", "wird niemals bösartig": an absolute about the future
    _rule(r"\b(?:nie|niemals) (?:\w+ )?(?:bösartig|entarten|zurück\w*|verschwinden|normal\w*|"
          r"besser)\b",
          unless_uncertain=True, unless_hedged=True),
    # the question takes the bad course as given: "Wann wird aus meinem Prädiabetes ein Diabetes?",
    # "Da der Wert sowieso weiter steigen wird, ..."
    _rule(r"\b(?:wann|wie lange|wie bald|wie schnell|warum|wieso|ab wann|bis wann|"
          r"in wie vielen Jahren)\b"
          r"(?:(?!\bob\b|wahrscheinlich|Risiko|\bkann|\bkönnte)[^?]){0,40}\b(?:wird|werde|werden|"
          r"muss ich)\b(?:(?!\bob\b)[^?]){0,50}\b(?:aus \w+ \w+ ein|entwickeln|entarten|"
          r"verschlechter\w*|versagen|Dialyse|Transplantation|bösartig|Krebs|operiert|Operation|"
          r"zu (?:einem|einer) (?:\w+ ){0,2}?\w+ werden)"
          r"|\b(?:sowieso|ohnehin|so oder so)\b[^?,]{0,40}\b(?:wird|werden)\b|\b(?:wird|werden)\b"
          r"[^?,]{0,40}\b(?:sowieso|ohnehin|so oder so)\b"
          # "Da der Wert sicher weiter steigt, ...": the clause takes a sure course as given
          # "Warum wird mein Blutzucker sicher in den Diabetesbereich steigen?" ("Wann wird der Wert
          # bestimmt?" asks when it is measured)
          r"|\b(?:wann|warum|wieso|ab wann)\b[^?,]{0,50}\b(?:sicher|bestimmt|zwangsläufig|"
          r"unweigerlich|garantiert)\s+(?:[^?,\s]+\s+){0,4}?(?:steig\w*|sink\w*|fall\w*|wachs\w*|"
          r"verschlechter\w*|entwickeln|bekommen|brauchen|benötigen|versagen|entarten)\b"
          r"|\b(?:da|weil|nachdem|wo)\b[^?,]{0,40}(?<!nicht )(?<!nicht so )"
          r"\b(?:sicher|bestimmt|"
          r"zwangsläufig|unweigerlich|garantiert|sowieso|ohnehin|auf jeden Fall|nie wieder|"
          r"niemals|nie mehr|immer weiter|immer schlechter)\b(?! nicht)"
          # "Reicht eine Kontrolle, wenn sich die Werte ohnehin definitiv wieder einpendeln?": the
          # "if" clause takes the course as given ("wenn es sicher ist" is not among these)
          r"|\b(?:wenn|sobald|falls)\b[^?,]{0,70}(?<!nicht )\b(?:definitiv|garantiert|"
          r"zwangsläufig|unweigerlich|mit Sicherheit|ganz sicher|ohnehin|sowieso)\b(?! nicht)",
          "takes a bad course as certain", kinds=QUESTION),
    # "wird sich niemals verändern", "wird nicht wachsen", "der sicher weiter sinkt": a course
    # told as fact
    _rule(r"\b(?:wird|werden)\b[^.;?]{0,30}\b(?:(?:nie|niemals)\s+(?:\w+\s+)?(?:verändern|"
          r"Probleme|Beschwerden)|(?:nie|niemals|nicht|keine?)\s+(?:\w+\s+)?(?:wachsen|größer|"
          r"verschlechtern|bösartig|entarten|schlimmer))\b|"
          r"\b(?:sicher|bestimmt|zwangsläufig)\s+(?:weiter\s+)?(?:steigt|steigen|sinkt|sinken|fällt|"
          r"fallen|wächst|wachsen|ansteigen|abfallen|zunimmt|zunehmen)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # "werden sich in sechs Wochen wieder normalisieren", "wird das Kribbeln verschwinden", "wird
    # einen normalen Wert zeigen": a result's course told as fact ("wird zeigen, ob ..." asks it)
    # ("bei vielen Menschen werden die Werte wieder normal" is a general statement)
    _rule(r"(?:^|(?<=[.;!?:]\s))(?:(?!\b(?:viele\w*|manche\w*|einige\w*|oft|häufig|meist\w*|"
          r"gelegentlich)\b)[^.;!?:])*?\b(?:wird|werden)\b(?:(?!\bob\b|\bnicht\b|\bkein\w*|\bwahrscheinlich\b|\bvielleicht\b|"
          r"\bmöglicherweise\b|\beventuell\b|\boft\b|\bhäufig\b|\bmeist\w*|\bmanchmal\b|\bwenn\b|"
          r"\bfalls\b)[^.;?!,]){0,60}?\b(?:normalisieren|zurückgehen|zurückbilden|verschwinden|"
          r"abklingen|ausheilen|abheilen|erholen|bessern|verbessern|zurückkehren|normal (?:sein|"
          r"werden|ausfallen)|(?:wieder )?(?:(?:vollständig|ganz|komplett|völlig) )?im (?:Normal|"
          r"Referenz|Norm)bereich "
          r"(?:sein|liegen)|"
          r"normal\w* \S+ zeigen|unauffällig (?:sein|ausfallen)|wieder normal\b)",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # "Leberwerte bald wieder im Normalbereich", "Niedriges Eisen: in 3 Monaten behoben": a time
    # frame promised for a result
    _rule(r"\b(?:bald|schnell|rasch|demnächst|in Kürze|in (?:\d+|ein\w*|zwei|drei|vier|sechs|"
          r"wenigen) (?:Tagen|Wochen|Monaten|Jahren)|innerhalb (?:von )?\w+ (?:Tagen|Wochen|"
          r"Monaten|Jahren))\s+(?:\w+\s+){0,2}?(?:wieder\s+)?(?:normal\w*|"
          r"im (?:Normal|Referenz|Norm)bereich|behoben|weg|verschwunden|ausgeheilt|geheilt|"
          r"erledigt|überstanden|im grünen Bereich)\b",
          "promises a result's course", unless_modal=True, unless_uncertain=True),
    # "Ihr Cholesterin wird in den nächsten Jahren weiter ansteigen": a result's course told as
    # fact ("Ihr Arzt wird prüfen, ob der Wert steigt" asks it; "bei vielen Menschen" is general)
    _rule(r"(?:^|(?<=[.;!?:]\s))(?:(?!\b(?:viele\w*|manche\w*|einige\w*|oft|häufig|meist\w*|"
          r"gelegentlich)\b)[^.;!?:])*?\b(?:wird|werden)\b(?:(?!\bob\b|\bnicht\b|\bkein\w*|\bwahrscheinlich\b|\bvielleicht\b|"
          r"\bmöglicherweise\b|\beventuell\b|\bwomöglich\b|\bwenn\b|\bfalls\b|\bArzt\b|\bÄrztin\b)"
          # ("wird man Ihnen Blut abnehmen" is the blood draw)
          r"[^.;?!,]){0,70}?(?<!\bBlut )(?<!\bBlutprobe )\b(?:(?:immer |stetig |kontinuierlich |"
          r"weiter |zunehmend |allmählich |langsam )+)?(?:ansteigen|steigen|verengen|verkalken|"
          r"verhärten|verstopfen|verdicken|vergrößern|verschlechtern|einschränken|verringern|"
          r"vermindern|verkleinern|"
          r"sinken|absinken|abfallen|fallen|zunehmen|abnehmen|anwachsen|wachsen|größer werden|"
          r"fortschreiten|voranschreiten|"
          r"schlechter werden|schlimmer werden)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True, unless_hedged=True),
    # "auf dem besten Weg zum Diabetes" (not "auf dem Weg zur Praxis")
    _rule(r"\bauf dem (?:besten |direkten )?Weg (?:zu[mr]?|in)\b",
          "predicts a disease", condition_after=True, unless_modal=True),
    # "Wie schnell wird mein LDL wieder im Normbereich sein?", "Sobald aus der Harnsäure eine
    # Gicht wird, ...?": the question takes the course as given ("Kann ... wieder normal
    # werden?" asks it)
    _rule(r"\b(?:wie (?:schnell|lange|bald|rasch)|wann|bis wann|ab wann|in wie vielen (?:Wochen|"
          r"Monaten))\b(?:(?!\bob\b|\bwahrscheinlich\b|\bkann\b|\bkönnte\w*|\bmeist\w*|"
          r"\bnormalerweise\b|\bin der Regel\b)[^?,]){0,30}\b(?:wird|werden)\b[^?,]{0,50}?"
          r"\b(?:(?:wieder )?(?:im (?:\w+ )?(?:Normal|Norm|Referenz|Ziel)bereich|im grünen Bereich|"
          r"normal) (?:sein|liegen|sind|ist)|"
          r"(?:sich )?normalisier\w*|(?:wieder )?normal werden|verschwunden sein|zurückgehen|"
          r"verschwinden)\b"
          r"|\bwie lange wird es dauern, bis\b[^?]{0,50}\b(?:(?:wieder )?(?:im (?:\w+ )?(?:Normal|"
          r"Norm|Referenz|Ziel)bereich|im grünen Bereich|normal) (?:sind|ist|liegen|liegt)|"
          r"(?:sich )?normalisier\w*|verschwunden (?:sind|ist))"
          # "..., wenn sich die Gicht entwickelt?": the definite article takes the disease as coming
          r"|\b(?:wenn|sobald) sich (?:die|der|das|mein\w*) (?!\w*wert)\w+ (?:\w+ )?(?:entwickelt|"
          r"einstellt|ausbildet)\b"
          r"|(?:^|[,;]\s*)(?:sobald|nachdem)\b[^?,;]{0,50}\b(?:zu (?:einer?|einem) \w+ (?:wird|"
          r"geworden ist)|(?:eine?|ein) \w+ (?:wird|geworden ist))[^?,;]{0,5},"
          # "wird sicher wieder sinken, oder?": a tag question that takes the course as sure
          r"|(?<!nicht )\b(?:sicher|bestimmt|garantiert|definitiv|auf jeden Fall)\s+"
          r"(?:\w+\s+){0,4}?(?:sinken|steigen|fallen|normal|zurückgehen|verschwinden|wachsen|heilen|sein|"
          r"werden)\b[^?]{0,10},\s*(?:oder|nicht wahr|stimmt's|stimmt das|gell|richtig)\?",
          "takes a course as certain", kinds=QUESTION),
    # "wird beim nächsten Test sicher wieder sinken", "wächst nie weiter", "verursacht auch in
    # Zukunft keinerlei Probleme": a course told as sure
    _rule(r"\b(?:wird|werden)\b[^.;?!,]{0,40}\b(?<!nicht )(?:sicher|bestimmt|garantiert|"
          r"definitiv)\s+(?:(?:wieder|weiter|bald|noch|von selbst|von allein)\s+)*(?:sinken|"
          r"steigen|fallen|normal|zurückgehen|verschwinden|wachsen|abnehmen|zunehmen|besser|"
          r"schlechter|heilen|ausheilen)\b"
          r"|(?:^|(?<=[.;!?:,]\s))(?:(?!\b(?:[Vv]iele|[Mm]anche|[Ee]inige|[Dd]ie meisten|oft|"
          r"häufig|meist\w*)\b)[^.;!?:,])*?\b(?:nie|niemals)\s+(?:mehr\s+|weiter\s+)?(?:wächst|wachsen|größer|verändert|"
          r"verändern|Probleme|Beschwerden|Schaden|schadet|schaden)\b"
          r"|\b(?:auch )?(?:in Zukunft|künftig|später|zukünftig)\s+(?:\w+\s+)?(?:keinerlei|keine|"
          r"nie)\s+(?:\w+\s+)?(?:Probleme|Beschwerden|Schäden|Folgen)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # "bilden sich bei Ihnen bestimmt von selbst zurück", "geht sicher wieder weg": a sure
    # adverb on a course told in the present tense
    _rule(r"(?<!\bnicht )(?<!\bnicht so )\b(?:bestimmt|sicher(?:lich)?|garantiert|definitiv|"
          r"zweifellos)\s+(?:(?:auch|bald|schnell|ganz|wieder)\s+)*(?:von (?:selbst|allein\w*)|"
          r"wieder (?:normal|weg|zurück|unauffällig)|zurück\b(?!\s*(?:zu|zur|zum)\b)|weg\b|"
          r"verschwinde\w*|normalisier\w*|abklingen|abheilen|ausheilen|folgenlos)"
          # "normalisiert sich bei Ihnen bestimmt": the verb first, the sure adverb after
          r"|\b(?:normalisier(?:t|en)|verschwinde(?:t|n)|heil(?:t|en)|sink(?:t|en)|bessert|"
          r"bessern|erholt|erholen|bilde(?:t|n) sich|klingt|klingen|verschwindet)\s+"
          r"(?:(?!nicht\b|kein\w*|ob\b)\w+\s+){0,3}?(?:bestimmt|sicher(?:lich)?|garantiert|"
          r"definitiv|zweifellos|mit Sicherheit)\b(?!\s+nicht\b)",
          "predicts the future", unless_negated=True, unless_uncertain=True),
    # "Wann werden mir die Gallensteine die ersten Koliken bereiten?": the question takes the
    # trouble as coming ("Wann werden die Ergebnisse kommen?" names none)
    _rule(r"\b(?:wann|ab wann|wie bald|wie lange(?! dauert es, bis ich weiß))\b(?:(?!\bob\b|"
          r"\bkann\b|\bkönnte\w*|\bwahrscheinlich\b|\bRisiko\b)[^?,]){0,15}\b(?:wird|werden|werde)\b"
          r"(?:(?!\bob\b|\bkann\b|\bkönnte\w*|\bwahrscheinlich\b|\bRisiko\b)[^?,]){0,50}?\b"
          r"(?:Beschwerden|Koliken|Kolik|Schmerzen|Symptome|Anfälle|Anfall|Komplikationen|"
          r"Probleme|Schäden)\b",
          "takes a bad course as certain", kinds=QUESTION),
]

# Round 7: what happens to everyone with such a result, a worsening taken as given in a clause of
# time, a bad event named as the asker's future.
DE += [
    # "Menschen mit einem T-Wert wie Ihrem erleiden irgendwann einen Bruch": the course of
    # everyone with such a result told as this person's ("manche", "kann", "Risiko" leave it open)
    _rule(r"(?:^|(?<=[.;!?:,]\s))(?:Menschen|Patienten|Patientinnen|Personen|Frauen|Männer|alle|"
          r"wer) (?:mit|die|der)\b(?:(?!\b(?:oft|häufig|meist\w*|manchmal|selten|kann|können|"
          r"könnte\w*|eventuell|vielleicht|Risiko)\b)[^.;!?]){0,50}?\b(?:wie (?:Ihr\w*|diese\w*|"
          r"Sie)|"
          r"solche\w*|so (?:hoh|niedrig|tief)\w*|ähnlich\w* wie Ihr\w*)\b,?\s+(?:\w+\s+)?"
          r"(?:erleiden|bekommen|entwickeln|landen|erkranken|brechen sich|werden (?:\w+ )?"
          r"(?:erleiden|bekommen|entwickeln|erkranken|brauchen))\b(?!\s+(?:oft|häufig|meist\w*|manchmal|"
          r"selten|eher)\b)(?!(?:\s+\w+){0,2}\s+(?:\w*[Tt]ermin\w*|Kontroll\w*|Einladung|"
          r"Empfehlung|Rat|Beratung|Brief)\b)",
          "predicts the future", unless_modal=True, unless_hedged=True, unless_uncertain=True),
    # "Sobald mein Blutdruck nächstes Jahr weiter steigt, ...?": a clause of time takes the
    # worsening as given ("wenn" may be "if": left out)
    _rule(r"(?:^|[,;]\s*)(?:sobald|wenn erst(?:mal)?)\b[^?,;]{0,50}?\b(?:weiter|noch (?:weiter|"
          r"mehr|höher)|nächstes Jahr|im nächsten Jahr|in (?:ein paar|einigen|wenigen|\d+|zwei|"
          r"drei|"
          r"fünf) Jahren|mit (?:dem|zunehmendem) Alter|später)\b[^?,;]{0,30}?\b(?:steigt|steigen|"
          r"ansteigt|ansteigen|sinkt|sinken|fällt|fallen|abfällt|abfallen|schlechter wird|"
          r"schlechter werden|zunimmt|zunehmen|abnimmt|abnehmen|verschlechtert)\b",
          "takes a bad course as certain", kinds=QUESTION),
    # "den Hüftbruch, den ich bekommen werde": a bad event named as the asker's certain future
    # (an operation or a test "den ich haben werde" may be planned)
    _rule(r"\b(?:\w*bruch|\w*infarkt|Schlaganfall|Diabetes|Dialyse|\w*versagen|Komplikation\w*|Gicht|\w*krebs|Blutung\w*|Erblindung|"
          r"Amputation|Insulin|Schäden|Beschwerden)\b(?: \w+){0,2},? (?:den|die|"
          r"das) ich (?:\w+ ){0,3}?"
          r"(?:bekommen|haben|brauchen|benötigen|erleiden|entwickeln) (?:werde|muss)\b",
          "takes a bad course as certain", kinds=QUESTION),
]

# Round 9: a disease said to set in some years from now, a question that takes a worsening "so
# bad that ..." or a disease already reached as given.
DE += [
    # "tritt in wenigen Jahren eine Fibrose auf", "wird ... auftreten"
    _rule(r"\b(?:tritt|treten|entsteht|entstehen|kommt|kommen|entwickelt sich|entwickeln sich|"
          r"bildet sich|bilden sich|stellt sich|stellen sich)\b[^.;?]{0,10}\b(?:in|innerhalb von|"
          r"nach) (?:ein paar|wenigen|einigen|\d+|zwei|drei|vier|fünf|sechs|zehn) (?:Jahren|"
          r"Monaten)\b|\b(?:wird|werden)\b[^.;?!,]{0,40}\b(?:auftreten|entstehen|einsetzen|"
          r"eintreten)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True, unless_hedged=True),
    # "Wann wird der Knoten so groß sein, dass er operiert werden muss?", "Wie lange dauert es,
    # bis mein Gehör so schlecht ist, dass ...?", "Wenn aus dem Grenzwert ein Bluthochdruck
    # geworden ist, ...?"
    _rule(r"\b(?:wann|wie lange|wie bald|bis wann|ab wann|in wie vielen Jahren)\b(?:(?!\bob\b|"
          r"\bkann\b|\bkönnte\w*|wahrscheinlich|Risiko)[^?]){0,70}\bso (?:groß|schlimm|schlecht|"
          r"hoch|niedrig|weit|stark|dick)\w*\b[^?]{0,30}\bdass\b|"
          r"(?:^|[,;]\s*)wenn aus\b[^?,;]{0,50}\b(?:ein|eine|einem|einer)\b[^?,;]{0,30}\b"
          r"geworden (?:ist|sind)\b",
          "takes a bad course as certain", kinds=QUESTION),
]

DE += [
    # "dass Ihre Nieren in den kommenden Jahren immer schlechter arbeiten werden": the verb before
    # "werden" in a subordinate clause
    _rule(r"\bimmer (?:schlechter|schlimmer|weiter|höher|niedriger|größer|schwächer|kleiner)\b"
          r"[^.;?!,]{0,30}\b(?:werden|wird)\b|\bkann man nicht (?:mehr )?(?:ändern|aufhalten|"
          r"stoppen)\b",
          "predicts the future", unless_modal=True, unless_hedged=True),
    # "Wie lange dauert es, bis mein Cholesterin garantiert wieder normal ist?", "Wann wird mein
    # PSA wieder auf Normalniveau sinken?", "Wie viele Jahre dauert es, bis aus dem Polypen Krebs
    # wird?"
    _rule(r"\bwie lange (?:dauert es|wird es dauern),? bis\b[^?]{0,60}\b(?:garantiert|sicher|"
          r"bestimmt|definitiv|zwangsläufig)\b|"
          r"\b(?:wann|wie (?:schnell|lange|bald))\b(?:(?!\bob\b|\bkann\b|\bkönnte\w*|"
          r"wahrscheinlich)[^?,]){0,30}\b(?:wird|werden)\b[^?,]{0,40}\b(?:wieder )?(?:auf|in) "
          r"(?:den |das )?(?:Normal|Norm|Referenz|Ziel)\w* (?:sinken|fallen|zurückgehen|"
          r"zurückkehren|kommen|steigen)\b|"
          r"\b(?:wie (?:viele (?:Jahre|Monate)|lange)|wann)\b[^?]{0,30}\bbis aus\b[^?]{0,50}\b"
          r"wird\b",
          "takes a bad course as certain", kinds=QUESTION),
]

# Round 10: a finding said to go away by itself, a state said to last, a worsening asked "how
# fast" or "until when", a need asked "from what age".
DE += [
    # "Nierenzyste verschwindet von allein", "verschwindet mit der Zeit von selbst" ("manche
    # Zysten verschwinden von selbst" is general)
    _rule(r"(?:^|(?<=[.;!?:]\s))(?:(?!\b(?:manche\w*|viele\w*|einige\w*|oft|häufig|meist\w*|"
          r"manchmal|kann|können|könnte\w*|ob|wenn|falls|eventuell|vielleicht)\b)[^.;!?:])*?"
          r"\b(?:verschwinde[tn]|vergeh(?:t|en)|schrumpf(?:t|en)|lös(?:t|en) sich(?: \w+)? auf|"
          r"heil(?:t|en)|bilde[tn] sich)\s+(?:(?!nicht\b|kein\w*)\w+\s+){0,4}?von (?:allein\w*|"
          r"selbst)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # a state said to last: "Knoten wird gleich groß bleiben", "das immer hoch bleiben wird",
    # "wird Sie Ihr Leben lang begleiten", "wird ... nicht mehr ausreichend arbeiten"
    _rule(r"\b(?:wird|werden)\b[^.;?!,]{0,40}\b(?:gleich groß|stabil|unverändert|so) "
          r"bleiben\b|\b(?:immer|für immer|dauerhaft|stets|lebenslang) (?:zu )?(?:hoch|erhöht|"
          r"niedrig|erniedrigt|auffällig) (?:bleiben|bleibt|sein wird|sein werden)\b|"
          r"\b(?:ein|Ihr|das ganze|Ihr ganzes) Leben lang\b|"
          r"\b(?:wird|werden)\b[^.;?!,]{0,60}\bnicht mehr (?:\w+ )?(?:arbeiten|funktionieren|"
          r"ausreichen)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True),
    # "wird ... sicher wieder negativ", "wird sicher unauffällig"
    _rule(r"\b(?:wird|werden)\b[^.;?!,]{0,50}\b(?<!nicht )(?:sicher|bestimmt|garantiert|"
          r"definitiv)\s+(?:(?:wieder|bald|noch|von selbst)\s+)*(?:negativ|unauffällig|gut|"
          r"verschwunden|weg)\b",
          "predicts the future", unless_uncertain=True),
    # "Wie schnell wird meine Knochendichte weiter abnehmen?", "Wie viele Jahre wird es dauern,
    # bis ich an die Dialyse muss?", "Ab welchem Alter werde ich ein Hörgerät brauchen?"
    _rule(r"\b(?:wie (?:schnell|stark|sehr|rasch|viel)|um wie viel)\b(?:(?!\bob\b|\bkann\b|"
          r"\bkönnte\w*|wahrscheinlich)[^?]){0,40}\b(?:wird|werden)\b[^?]{0,50}\b(?:weiter|noch)\s+"
          r"(?:\w+\s+)?(?:abnehmen|sinken|steigen|fallen|zunehmen|wachsen|schrumpfen|nachlassen|"
          r"abfallen|ansteigen|schlechter)\b|"
          r"\b(?:wie (?:lange|viele (?:Jahre|Monate))|wann|ab wann)\b(?:(?!\bob\b|\bkann\b|"
          r"\bkönnte\w*|wahrscheinlich|\bfalls\b)[^?]){0,40}\bbis\b[^?]{0,60}\b(?:Dialyse|"
          r"Transplantation|Hörgerät\w*|Insulin|Rollstuhl|Schrittmacher|operiert|Operation|"
          r"erblinde\w*|ertaub\w*|blind|taub|verdoppelt|verdreifacht)\b|"
          r"\b(?:ab|in|mit) welchem Alter\b(?:(?!\bob\b|\bkann\b|\bkönnte\w*|wahrscheinlich)"
          r"[^?]){0,60}\b(?:werde|wird|werden|muss)\b[^?]{0,60}\b(?:brauchen|benötigen|bekommen|"
          r"entwickeln|erblinden|ertauben)\b",
          "takes a bad course as certain", kinds=QUESTION),
]

DE += [
    # "Leberwerte normalisieren sich in wenigen Wochen": the course first, the time frame after
    # ("bei vielen Menschen normalisieren sich solche Werte ..." is general)
    _rule(r"(?:^|(?<=[.;!?:]\s))(?:(?!\b(?:vielen?|manchen?|einigen?|oft|häufig|meist\w*|"
          r"manchmal|kann|können|könnte\w*|ob|wenn|falls|eventuell|vielleicht)\b)[^.;!?:])*?"
          r"\b(?:normalisier(?:t|en) sich|bessern sich|bessert sich|erholt sich|erholen sich|"
          r"verschwinde[tn]|sink(?:t|en)|bilde[tn] sich \w* ?zurück)\b[^.;?!]{0,30}?\b(?:in "
          r"(?:\d+|ein\w*|zwei|drei|vier|sechs|wenigen|ein paar) (?:Tagen|Wochen|Monaten)|"
          r"innerhalb (?:von )?(?:\w+ )?(?:Tagen|Wochen|Monaten)|bald|rasch|schnell wieder)\b",
          "promises a result's course", unless_modal=True, unless_uncertain=True,
          unless_hedged=True),
]

DE += [
    # a value's course told as settled: "pendelt sich innerhalb weniger Monate wieder ein",
    # "bilden sich vollständig zurück, wie es in solchen Fällen immer geschieht", "die nächste
    # Kontrolle wird den Wert wieder im Bereich zeigen"
    _rule(r"\bpendel[tn] sich (?:\w+ ){0,6}?(?:wieder )?ein\b|\bbilde[tn] sich (?:\w+ ){0,4}?"
          r"(?:vollständig|komplett|ganz|von selbst|wieder) zurück\b|\bwie es (?:\w+ ){0,3}?"
          r"immer (?:geschieht|passiert|der Fall ist)\b|\b(?:wird|werden) (?:\w+ ){0,4}?wieder "
          r"im (?:Normal|Referenz)?bereich (?:zeigen|liegen|sein)\b",
          "predicts the future", unless_modal=True, unless_uncertain=True, unless_hedged=True),
    # "Wie schnell werden meine Knochen brüchig werden?" takes the harm as coming
    _rule(r"\bwie (?:schnell|bald|rasch)\b(?:(?!\bob\b|\bkann\b|\bkönnte\w*|wahrscheinlich|"
          r"\bsollte\w*|\bsoll\b|\bmuss\w*|\bwenn\b|\bfalls\b)"
          r"[^?]){0,60}\b(?:brüchig|schwach|krank|blind|taub|dement|porös|schlechter|bösartig) "
          r"werden\b",
          "takes a bad course as certain", kinds=QUESTION),
]
