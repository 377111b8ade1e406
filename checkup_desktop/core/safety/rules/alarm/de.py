"""The alarm rules for German cards, in the order they apply
(engine.py interleaves the categories)."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.alarm.common import (
    _ONE_CAUSE,
    _SENTENCE_UNREPORTED,
    _rule,
    _unless_called,
)
from checkup_desktop.core.safety.rules.rule import QUESTION, STATEMENT, TITLE

_SIE_DURFEN = (r"(?![^.;,]{0,60}\b(?:vereinbaren|anrufen|fragen|nachfragen|melden|wenden|"
               r"ansprechen|besprechen|kommen|wiederholen|buchen|machen|kontaktieren|"
               r"vorbeikommen|erreichen|"
               r"absagen|verschieben|durchführen|abnehmen|messen|möglich)\b)")

DE = [
    _rule(r"\b(?:tödlich\w*|lebensbedrohlich\w*|lebensgefährlich\w*|\w+tod(?:es)?|Leukämie|"
          r"Lymphom|Hirnödem|\w*anschwellen|"
          r"streu\w+|Metastas\w+|Tod|sterben|stirbt|Herzstillstand|Herzinfarkt|Schlaganfall|Koma|"
          r"Krampfanf\w+|" + _ONE_CAUSE + r"\w*krebs(?!-?(?:vorsorge|früherkennung|screening))\w*|"
          r"bösartig\w*|gefährlich\w*|innere\w* Blutung\w*|verbluten|"
          r"stehen lassen|stehen bleiben)\b"),
    _rule(r"\b(?:Erblindung|erblinden)\b"),
    _rule(r"\bjederzeit\b" + _SIE_DURFEN,
          unless_negated=False),
    # fainting or collapsing, unless the sentence asks to report it ("falls Sie ohnmächtig
    # wurden, erwähnen Sie es")
    _rule(_SENTENCE_UNREPORTED + r"\b(?:zusammenbrech\w*|ohnmächtig\w*|kollabier\w*)",
          unless_negated=False),
    _rule(r"\b\w*hirnblutung\w*|\bBlutung\w* (?:im|ins|in das) (?:Gehirn|Kopf)\b|\bdroh\w+|"
          r"\bplötzlich\w*|\bBlutungsgefahr\b"),
    _rule(r"\bübergreifen\w*|\bausbreiten\w*|\bvergift\w*"),
    _rule(r"\bernsten? Schwierigkeiten\b|\bgroßen? Problem\w*|\bschlimm\w*"),
    _rule(r"\betwas (?:sehr )?(?:Übl|Schlimm|Ernst|Bösartig|Gefährlich)\w*"),
    _rule(r"\b\w*[Tt]umor(?!marker)\w*",
          unless_modal=True),
    # an organ that may stop or fail, also with "könnte"; too little oxygen
    _rule(r"\b(?:Herz|Nieren?|Leber|Lunge|Gehirn|Organe?)\b(?: \w+){0,3}? (?:versagen|"
          r"stehen ?bleiben|ausfallen|platzen|reißen|aufhören zu (?:schlagen|arbeiten|"
          r"funktionieren))\b|"
          r"\b\w*(?:nieren|herz|leber|lungen|organ)versagen\b|\bnicht (?:mehr )?genug Sauerstoff\b|"
          r"\bSauerstoffmangel\b"),
    # loss that cannot be undone, or "too late"
    _rule(r"\bbleibende\w* (?:Schäden|Schaden)\b|\bdauerhaft\w* (?:geschädigt|Schaden|Schäden|"
          r"erblind\w*|verlier\w*|Verlust)|\birreversib\w+|\bunwiderruflich\w*|\bzu spät\b|"
          r"\b(?:Augenlicht|Sehkraft) verlier\w*|\bAmputation\w*|\bamputier\w+|\bgelähmt\w*|"
          r"\bLähmung\w*|\bRuptur\w*|\b(?:Aorta|Aneurysma|Gefäß\w*|Arterie\w*|Milz)\b[^.;]{0,50}"
          r"\b(?:reißen|platzen)\b"),
    # asking about death, an organ stopping, "how long do I have left"
    _rule(r"\b(?:sterben|sterbe|stirbt|Tod\w*|\w+tod(?:es)?|tödlich\w*|lebensgefährlich\w*|"
          r"lebensbedrohlich\w*|zu spät|versag\w+|"
          r"stehen ?bleiben|Herzstillstand|erblind\w+|blind|Koma|(?:Herz|Nieren?|Leber|Lunge)\b"
          r"(?: \w+){0,3}? (?:aufhören|ausfallen|platzen))\b",
          kinds=QUESTION),
    _rule(r"\b(?:gestreut|streu\w+|Metastas\w+|bösartig\w*)\b",
          kinds=QUESTION, unless_choice=True),
]

DE += [
    # "entarten", "schwerwiegende Folgen", "ein Blutgefäß zum Platzen bringen"
    _rule(r"\bentart\w+|\bEntartung\w*|\b(?:schwere|schwerwiegende|ernste|fatale|verheerende|"
          r"gravierende) Folgen\b(?! zu vermeiden)|\bFolgen (?:\w+ ){0,3}?(?:sehr |äußerst )?"
          r"(?:schwer|schwerwiegend|fatal|verheerend|gravierend)\b|\b\w*[Gg]efäß\w* (?:\w+ ){0,2}?"
          r"(?:platzen|reißen|zum Platzen)\b"),
]

DE += [
    _rule(r"\b(?:Herz|Nieren?|Leber|Lunge|Gehirn|Organe?)\b[^.;]{0,40}\b(?:nicht mehr (?:arbeiten|"
          r"funktionieren|schlagen)|angegriffen)\b"),
]

DE += [
    _rule(r"\b(?:weit |sehr |stark )?fortgeschritten\w* (?:Stadium|Erkrankung|Krankheit|Krebs)\b|"
          r"\b(?:Erkrankung|Krankheit|Krebs)\b[^.;]{0,20}\b(?:weit|sehr|stark) fortgeschritten\b|"
          r"\b(?:schlecht|kaum|nicht mehr) (?:behandelbar|heilbar)\b|\bMöglichkeiten (?:\w+ ){0,2}?"
          r"(?:sind|werden) (?:sehr |dann )?(?:begrenzt|gering)\b|\bbettlägerig\w*|\bnie (?:wieder|"
          r"mehr) (?:ganz )?(?:erholen|laufen|gehen)\b|\btot umfallen\b"),
    # ("wie lange habe ich Zeit, den Termin zu vereinbaren" asks for a deadline)
    _rule(r"\bwie (?:viel Zeit|lange|viele Jahre) (?:habe ich|bleib\w* mir|hab ich)\b(?![^?]{0,40}"
          r"\b(?:Termin|vereinbaren|melden|anrufen|bis|um)\b)|\bwie viel "
          r"(?:Schaden|Schäden)\b|\bwie stark (?:\w+ ){0,3}?(?:geschädigt|zerstört)\b|\btot\b|"
          r"\bjederzeit\b" + _SIE_DURFEN,
          kinds=QUESTION),
]

# Round 7: an alarming degree, a trivial mishap with grave harm, no full recovery, organ damage
# named in a title, a stage or outlook tied to how high a value is.
DE += [
    # "alarmierend niedrig", "besorgniserregend hoch": the degree itself frightens
    _rule(r"\b(?:alarmierend|besorgniserregend)\w*|\b(?:erschreckend|beängstigend|bedenklich|"
          r"bedrohlich|beunruhigend|dramatisch) (?:hoh\w*|hoch|niedrig\w*|tief\w*|erhöht\w*|"
          r"erniedrigt\w*|gering\w*|schlecht\w*|gestiegen|gesunken|abgefallen)\b"),
    # "schon ein einfacher Sturz kann einen Bruch verursachen": a trivial mishap, grave harm
    # ("wenn schon ein kleiner Schnitt lange blutet, ..." asks to report it)
    _rule(r"(?<!\bwenn )(?<!\bfalls )\b(?:schon|bereits|selbst|sogar|nur) (?:ein|eine|"
          r"einen) (?:\w+ )?(?:einfach|klein|"
          r"leicht|harmlos|gering|banal|alltäglich|normal)\w* (?:Sturz|Stoß|Husten|Niesen|Fall|"
          r"Ausrutscher|Stolpern|Verletzung|Schlag|Heben|Anstoßen|Schnitt)\b[^.;]{0,80}?"
          r"(?:\w*[Bb]r(?:u|ü)ch\w*|\bbrech\w*|\bbricht\b|\w*[Ff]raktur\w*|\b(?:schwer|stark|"
          r"innere|gefährlich)\w* Blutung\w*|\w*hirnblutung\w*|\breißen\b|\bplatzen\b)"),
    # "erholen sich nie ganz", "nie vollständig erholen"; "verändert das ganze Leben"
    _rule(r"\b(?:nie|niemals) (?:wieder |mehr )?(?:ganz|vollständig|richtig|komplett)\b[^.;]{0,20}"
          r"\berhol\w*|\berhol\w* (?:sich )?(?:\w+ ){0,4}?(?:nie|niemals) (?:wieder |mehr )?"
          r"(?:ganz|vollständig|richtig|komplett)?\b|\blebensverändernd\w*|\bverändert (?:\w+ )?"
          r"(?:das ganze|Ihr ganzes|das gesamte) Leben\b"),
    # organ damage named in a title: "Herzmuskelschaden im Blut nachgewiesen" (not a marker's name)
    _rule(r"(?<!Marker für )(?<!Marker eines )(?<!Test auf )(?<!Suche nach )"
          r"\b(?:Herz|Herzmuskel|Leber|Nieren|Hirn|Gehirn|Lungen|Augen|Netzhaut|Nerven|Organ)"
          r"sch(?:a|ä)d(?!\w*marker)\w*|\b(?:Schaden|Schäden|Schädigung) (?:am|an der|an den|der|"
          r"des) (?:Herz\w*|Leber|Niere\w*|Gehirns?|Lunge|Augen|Nerven)\b",
          kinds=TITLE),
    # "je höher der Marker, desto weiter fortgeschritten": a stage or outlook tied to a value
    _rule(r"\bje (?:höher|größer|stärker|niedriger)\b[^.;]{0,60}?\b(?:desto|umso) (?:weiter |"
          r"stärker )?(?:fortgeschritten\w*|schlechter (?:ist )?(?:die )?(?:Prognose|Aussicht\w*|"
          r"Heilungschance\w*)|aggressiv\w*|ausgedehnt\w*|später\w* (?:ist )?(?:das )?Stadium)"),
]

DE = [_unless_called(r) for r in DE]

# Round 9: damage that goes unnoticed until something goes badly wrong, a vessel that may burst
# (asked or said, "Hauptschlagader" too).
DE += [_unless_called(r) for r in [
    # "kann das Herz unbemerkt geschädigt werden", "stiller Schaden", "wenn etwas richtig
    # schiefgeht"
    _rule(r"\bunbemerkt\w* (?:\w+ ){0,3}?(?:geschädigt|zerstört|beschädigt|fortschreit\w*|"
          r"voranschreit\w*|schädig\w*|zerstör\w*)|\bstill\w* (?:Schädigung|Schaden|Killer|"
          r"Zerstörung)\b|\b(?:schädig|zerstör|fortschreit|voranschreit|verschlechter)\w*\b[^.;]{0,30}"
          r"\b(?:still und leise|unbemerkt|schleichend|klammheimlich)\b|\b(?:still und leise|"
          r"schleichend|klammheimlich)\b[^.;]{0,30}\b(?:schädig|zerstör|geschädigt|zerstört)\w*|"
          r"\b(?:ernsthaft|richtig|gewaltig|gründlich|böse|schwer|furchtbar|"
          r"schrecklich) schief\w*",
          kinds=STATEMENT | QUESTION),
    # "Kann die erweiterte Hauptschlagader eines Tages plötzlich platzen?"
    _rule(r"\b(?:Aorta|\w*[Ss]chlagader|Aneurysma\w*|\w*[Gg]efäß\w*|Arterie\w*|Ader\w*|Milz|"
          r"Zyste\w*)\b[^.;?]{0,50}\b(?:reiß\w*|platz\w*|zerreiß\w*|Riss|Ruptur\w*|aufplatz\w*|"
          r"aufbrech\w*)",
          kinds=STATEMENT | QUESTION),
]]

DE += [_unless_called(r) for r in [
    # asked: cancer as what the result means ("Bedeutet der Wert, dass ich Krebs haben könnte?",
    # "Könnte das Darmkrebs sein?"; "andere Ursachen als Krebs" is not among them)
    _rule(r"\b(?:bedeutet|heißt|hei(?:ss|ß)t|spricht|deutet)\b[^?]{0,60}\bdass "
          r"(?:ich|es|das|da|dort|sich|schon|bereits|ein|eine|mein\w*)\b"
          r"[^?]{0,40}(?<!\bals )\b\w*(?:[Kk]rebs(?!vorsorge|früherkennung|screening|risiko)|"
          r"[Tt]umor(?!marker)|[Bb]ösartig|[Kk]arzinom)\w*|"
          r"(?<!\bals )(?<!\baußer )\b\w*(?:[Kk]rebs(?!vorsorge|früherkennung|screening|risiko|"
          r"marker)|[Kk]arzinom)\w* (?:\w+ )?(?:sein|haben|stecken|bedeuten)\b",
          kinds=QUESTION),
]]

DE += [_unless_called(r) for r in [
    # "Was, wenn das ein Tumor ist, der schon wächst?", "Und wenn es Krebs ist?"
    _rule(r"\b(?:was|und)(?: ist)?,? wenn\b[^?]{0,60}\b(?:\w*[Tt]umor(?!marker)\w*|\w*[Kk]rebs"
          r"(?!vorsorge|früherkennung|screening|risiko)\w*|bösartig\w*|Metastas\w+|gestreut)",
          kinds=QUESTION),
]]
