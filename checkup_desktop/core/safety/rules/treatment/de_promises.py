"""Treatment rules for German cards: what a remedy, food or habit is promised to do to a
result ("Zimt hilft, den Blutzucker zu senken", "wirkt Wunder")."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.rule import QUESTION, STATEMENT
from checkup_desktop.core.safety.rules.treatment.common import _rule

DE_PROMISES = [
    _rule(r"\b(?:senkt|senken|normalisiert|normalisieren|heilt|heilen|beseitigt|"
          r"korrigiert)\s+(?:den|die|das|ihn|sie|es)\b(?! sich)",
          kinds=STATEMENT),
    # "bringt den Wert wieder nach oben", "damit die Speicher sich wieder auffüllen" (and the
    # "Normbereich")
    _rule(r"\bbring\w*\b[^.?!;]{0,50}\b(?:wieder )?(?:nach oben|nach unten|in den (?:Normal|"
          r"Norm|Referenz|Ziel)bereich|ins Lot)\b(?! oder)|"
          r"\b(?:würde\w*|wird|werden)\b[^.?!;]{0,50}\b(?:wieder )?(?:in den (?:Normal|Norm|"
          r"Referenz|Ziel)bereich (?:bringen|zurück)|auffüllen|aufgefüllt)\b|"
          r"\bdamit\b[^.?!;]{0,60}\b(?:wieder )?(?:in den (?:Normal|Norm|Referenz|Ziel)bereich|"
          r"auffüll\w*|aufgefüllt|normal wird|normal werden)\b",
          kinds=STATEMENT, unless_modal=True, unless_negated=True),
    # "ein paar Kilo weniger reichen meist schon, damit der Zucker normal wird": enough to fix it
    # ("genügt, damit der Wert wieder im Normbereich liegt")
    _rule(r"\b(?:reich(?:t|en)|genüg(?:t|en))\b[^.?!;]{0,25}\b(?:damit|um)\b[^.?!;]{0,60}\b(?:(?:Normal|"
          r"Norm|Referenz|Ziel)bereich|normal|sinkt|sinken|steigt|steigen|zu senken|anzuheben|"
          r"aufzufüllen)\b",
          kinds=STATEMENT, unless_negated=True),
    # "Zimt hilft, den Blutzucker zu senken" ("kann helfen" is a general statement)
    _rule(r"\bhilft\b[^.?!;]{0,40}\bzu (?:senken|erhöhen|normalisieren|verbessern|steigern|"
          r"regulieren|korrigieren)\b|\bhilft (?:beim|bei der) (?:Senken|Senkung|Abnehmen)\b|"
          r"\bnatürliche\w* (?:Weg|Mittel|Alternative)\b|\bHausmittel\b",
          kinds=STATEMENT, unless_modal=True, unless_negated=True),
    # "nach vier Wochen ohne Alkohol sinken die Werte wieder": a cause and a promised result
    # ("nach dem Essen steigt der Zucker", "mit dem Alter sinkt ...": a cause, not a remedy)
    _rule(r"\b(?:mit|nach|ohne|wenn Sie|wenn du|falls Sie|falls du|sobald Sie|sobald du)\b"
          r"(?!\s+(?:dem |der |einer |einem |zunehmendem |"
          r"körperlicher )?(?:Alter|Essen|Mahlzeit\w*|Infekt\w*|Anstrengung|Belastung|"
          r"Schwangerschaft|Blutabnahme|Operation)\b)[^.?!;]{1,90}\b(?:sinkt|sinken|steigt|steigen|"
          r"normalisier\w*|bessert|bessern|(?:wird|werden) (?:\w+ ){0,3}?(?:wieder )?(?:normal|"
          # ("sollten sich die Kristalle bald wieder verlieren": a finding promised to go)
          r"besser)|(?:wieder )?(?:verlieren|verschwinden|zurückgehen|zurückbilden|auflösen|"
          r"verliert|verschwindet|zurückgeht|zurückbildet|auflöst))\b",
          kinds=STATEMENT, unless_modal=True),
    # "mit 1000 I.E. täglich lässt sich der Wert anheben", "bekommen Sie ihn in den Griff": a
    # promised result ("ob sich der Wert anheben lässt" is a question for the doctor)
    _rule(r"\b(?:lässt|lassen) sich\b[^.?!;]{0,50}\b(?:anheben|senken|steigern|erhöhen|"
          r"normalisieren|ausgleichen|beheben|korrigieren|verbessern|beseitigen|regulieren|"
          r"in den Griff bekommen|(?:wieder )?(?:auffüllen|hochbringen|herunterbringen|"
          r"runterbringen|in den (?:Normal|Norm|Referenz|Ziel)bereich bringen))\b|"
          r"\b(?:bekommen|kriegen) (?:Sie|du)\b[^.?!;]{0,40}\b(?:in den Griff|"
          r"(?:wieder )?(?:hoch|runter|herunter|nach oben|nach unten))\b",
          kinds=STATEMENT, unless_negated=True),
    # "sehr gut gegen hohen Blutdruck", "wirkt Wunder": a food promised to treat the result
    _rule(r"\b(?:gut|hilft|helfen|wirkt|wirken|ideal|super|prima|bestens)\s+(?:\w+\s+)?(?:gegen|"
          r"bei)\s+(?:(?:den|die|das|einen|eine|zu|Ihren?|deinen?)\s+)?(?:hohe\w*|erhöhte\w*|"
          r"niedrige\w*|schlechte\w*|\w*(?:druck|zucker|cholesterin|harnsäure|fette|werte?|"
          r"spiegel))\b|\b(?:wahre|echte) Wunder\b|\bwirk\w* Wunder\b",
          kinds=STATEMENT, unless_modal=True, unless_negated=True),
    # "Hilft Zimt dabei, meinen Blutzucker zu senken?": asks about a named remedy ("Hilft mehr
    # Bewegung?" asks about a habit)
    _rule(r"^(?:hilft|helfen|wirkt|wirken|bringt|würde|würden|könnte|könnten)\s+(?!(?:mehr|"
          r"weniger|regelmäßige\w*|Bewegung|Sport|Ernährung|eine|ein|das|es|dies|etwas|"
          r"irgendetwas|Medikamente|ich|mir|Abnehmen|Gewicht\w*)\b)[\w-]+\b[^?.!]{0,30}"
          r"\b(?:zu senken|zu erhöhen|zu steigern|zu normalisieren|zu verbessern|anzuheben|"
          r"senken|sinken|steigen|gegen)\b",
          "asks about a named remedy", kinds=QUESTION),
    # "ein Tee aus Brennnesseln hilft, die Harnsäure zu senken": an infusion promised to work
    _rule(r"\b(?:\w+tee|Tee aus \w+|\w*[Aa]ufguss|Sud aus \w+)\b[^.;?]{0,60}\b(?:hilft|helfen|"
          r"senkt|senken|stärkt|stärken|schützt|schützen|reguliert|regulieren|reinigt|entgiftet)\b",
          "promises what a treatment will do", kinds=STATEMENT, unless_negated=True),
    # "eine Entfernung der Gallenblase würde das Problem endgültig lösen", "mit einem kleinen
    # Eingriff ist das Problem erledigt": a treatment promised to end the finding ("ob ein
    # Eingriff das Problem lösen würde" is the clinician's choice)
    _rule(r"\b(?:Entfernung|Entfernen|Operation|OP|Eingriff\w*|Behandlung|Therapie|\w+ektomie|"
          r"Tabletten?|Medikament\w*)\b[^.?!;]{0,50}?\b(?:würde|wird|würden|werden|könnte|kann|"
          r"ist|wäre)\b[^.?!;]{0,40}?\b(?:lösen|beheben|beseitigen|heilen|erledigen|gelöst|"
          r"behoben|beseitigt|geheilt|erledigt|aus der Welt)\b|"
          r"\b(?:endgültig|dauerhaft|ein für alle Mal|für immer)\s+(?:\w+\s+)?(?:gelöst|lösen|"
          r"erledigt|erledigen|beseitigt|beseitigen|behoben|beheben|los)\b",
          kinds=STATEMENT, unless_negated=True, unless_choice=True),
]
