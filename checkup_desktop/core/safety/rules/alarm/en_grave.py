"""Alarm rules applied with the English list (so to every card language): grave harm named in
plain words ("serious damage", "arritmias graves", "schwere Schäden", "das Leben verkürzen"),
a warning signal as a title, organs said to be failing now, and a catastrophe asked as
imminent ("any moment", "in my sleep", "en cualquier momento", "wie schnell ... Schlaganfall")."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.alarm.common import _rule
from checkup_desktop.core.safety.rules.rule import ALL, QUESTION, TITLE

# catastrophes that come suddenly, in the card languages
_SUDDEN = (r"strokes?|heart attacks?|paraly[sz]\w*|bleed\w* (?:internally|to death)|"
           r"internal(?:ly)? "
           r"bleed\w*|brain (?:bleed|ha?emorrhage)|ruptur\w*|burst\w*|seizures?|coma|"
           r"(?<=\bI )die|dying|"
           r"infarto|derrame\w*|ictus|romp\w+|revent\w+|hemorragia\w*|convulsi\w+|paráli\w+|morir|"
           r"Schlaganfall|Herzinfarkt|Krampfanf\w*|Bewusstlos\w*|Koma|\w*blutung|reißen|platzen|"
           r"gelähmt|Lähmung|sterben|\w*krebs")

EN_GRAVE = [
    # grave harm in plain words: "could mean serious damage", "puede desencadenar arritmias
    # graves", "unbemerkt schwere Schäden anrichten", "das Leben erheblich verkürzen"
    _rule(r"\b(?:serious|severe|grave|lasting) (?:damage|harm|injury)\b|\bseriously (?:wrong|"
          r"damag\w+|harm\w*)\b|\b(?:badly|very|terribly) wrong\b|\bshorten (?:your |my )?life\b|"
          r"\blife-?shortening\b|"
          r"\barritmias? graves?\b|\bdaños? graves?\b|\bgraves? daños?\b|\bacortar (?:su |"
          r"la )?vida\b|"
          r"\b(?:schwere|schwerwiegende|ernsthafte|ernste)\w* (?:Schäden|Schaden|"
          r"Herzrhythmusstörung"
          r"\w*)\b|\bLeben (?:\w+ ){0,2}verkürz\w+|\bLebenserwartung (?:\w+ ){0,2}(?:verkürz|"
          r"senk)\w+",
          kinds=ALL),
    # a title that calls the result serious or a warning: "Kidney mass - could be serious",
    # "Warnsignal: PSA deutlich erhöht", "un ernstes Warnsignal"
    _rule(r"\b(?:could|may|might|can) be serious\b|\bwarning (?:sign|signal)\b|\bred flag\b|"
          r"\bWarn(?:signal|zeichen)\b|\bAlarmsignal\b|\bseñal de (?:alarma|alerta)\b|"
          r"\bpodría ser grave\b|\bkönnte ernst sein\b",
          kinds=TITLE),
    # organs damaged or failing now: "my organs are already being damaged", "the liver is
    # starting to fail", "a sus órganos ... pueden empezar a fallar"
    _rule(r"\b(?:organs?|liver|kidneys?|heart|lungs?|brain)\b(?: \w+){0,3}? (?:being damaged|"
          r"(?:starting|beginning) to (?:fail|shut down)|shutting down)\b|"
          r"\bórganos?\b[^.;?]{0,60}\b(?:fallar|dejar de funcionar|dañ\w+)\b",
          kinds=ALL),
    # a catastrophe asked as imminent: "could it burst in my sleep?", "¿me dé un derrame en
    # cualquier momento?", "Wie schnell kann das zu einem Schlaganfall führen?", "schon bald
    # Krebs entwickeln"
    _rule(r"\b(?:how (?:fast|soon|quickly)|(?:at )?any (?:moment|minute|second|day now)|in my "
          r"sleep|while I(?:'m)? (?:sleep\w*|asleep)|en cualquier momento|mientras duermo|de "
          r"repente|qué tan rápido|con qué rapidez|wie (?:schnell|bald)|schon bald|jederzeit|im "
          r"Schlaf)\b"
          # ("How fast should I act if ...?" asks what to do)
          r"(?![^?]{0,30}\b(?:sollte\w*|soll|muss|müssen|should|must|do I|debo|debería\w*|tengo "
          r"que)\b)[^?]{0,80}?\b(?:" + _SUDDEN + r")\b|"
          r"\b(?:" + _SUDDEN + r")\b[^?]{0,60}?\b(?:(?:at )?any (?:moment|minute|second|day now)|"
          r"in my sleep|while I(?:'m)? (?:sleep\w*|asleep)|en cualquier momento|mientras duermo|"
          r"de repente|jederzeit|im Schlaf)\b|"
          # "could I end up paralysed?", "Kann mich ein so niedriger Natriumwert in
          # Krampfanfälle bringen?"
          r"\bend up (?:paraly[sz]\w*|blind|in a wheelchair|disabled|on dialysis|in a coma)\b|"
          r"\bbleed\w* internally\b|\b(?:in|into) (?:Krampfanf\w*|Bewusstlosigkeit|"
          r"Koma)\b[^?]{0,40}"
          r"\bbringen\b|\bse me (?:podría|puede) (?:romper|reventar)\b",
          kinds=QUESTION),
]

# Round 13: a fast decline, people not surviving, the heart worn out, vessels made to burst
EN_GRAVE += [
    # a value or organ in rapid decline: "肝功能可能急剧恶化", "could deteriorate rapidly",
    # "puede empeorar bruscamente", "kann sich rapide verschlechtern"
    _rule(r"急剧(?:恶化|加重|下降|衰退)|迅速恶化|急转直下|\b(?:deteriorat\w+|worsen\w*|decline\w*) "
          r"(?:very )?(?:rapidly|sharply|dramatically|precipitously)\b|\b(?:rapid|sudden|sharp|"
          r"dramatic) (?:deterioration|decline)\b|\b(?:empeor\w+|deterior\w+) (?:muy )?"
          r"(?:bruscamente|rápidamente|drásticamente)\b|\b(?:rapide|dramatisch|drastisch|rasch) "
          r"(?:\w+ )?verschlechter\w*",
          kinds=ALL),
    # people not surviving: "überleben das viele Menschen nicht", "many people do not survive
    # it", "muchas personas no sobreviven", "很多人活不下来"
    # ("something I won't survive", "you may not survive it")
    _rule(r"\b(?:(?:do|does|did|would|will)(?:n'?t| not)|won'?t|(?:I|you|we|he|she|they|people|"
          r"patients|someone) (?:can'?t|cannot|could(?:n'?t| not)|may not|might not)) survive\b|"
          r"\bsurvive[sd]? (?:it )?(?:rarely|seldom)\b|\b(?:few|not many) (?:people )?survive\b|"
          r"\büberleb\w* (?:\w+ ){0,3}?(?:nicht|kaum|selten)\b|\b(?:nicht|kaum|selten) überleb\w*|"
          r"\bno (?:lo |le )?(?:(?:voy|va|vaya|van|vayan) a |(?:podré|podría|puedo|pueda) )?"
          r"(?:sobreviv\w+|supera\w*)\b|\b(?:pocos|pocas) (?:lo )?sobreviven\b|活不下来|无法存活|"
          r"难以存活|(?:很少|极少)(?:有人)?(?:能)?(?:存活|活下来)",
          kinds=ALL, unless_negated=False),
    # the heart worn out by overwork: "un sobreesfuerzo que puede llegar a agotarlo", "can wear
    # the heart out", "das Herz erschöpfen", "心脏被累垮"
    _rule(r"\bsobreesfuerzo\b|\bcorazón\b[^.;?]{0,80}\b(?:agot\w+|desgast\w+)|\bwear\w* (?:\w+ )?"
          r"(?:heart|kidneys?) out\b|\bheart\b[^.;?]{0,60}\b(?:worn out|"
          r"wear(?:s|ing)? (?:it |them )?out|"
          r"exhaust\w*)|\bHerz\w*\b[^.;?]{0,60}\b(?:erschöpf\w*|verschleiß\w*|verschlissen)|"
          r"心脏[\u4e00-\u9fff]{0,6}(?:累垮|拖垮|耗竭|不堪重负)",
          kinds=ALL),
    # a vessel made to burst, named before or after: "can cause them to burst", "puede romperse
    # un vaso sanguíneo del cerebro", "血管被撑破"
    _rule(r"\b(?:cause|causing|make|making|caus\w+) (?:them|it|one|a vessel|vessels) (?:to )?"
          r"(?:burst|rupture|tear|pop|bleed)\b|\b(?:romp\w+|revent\w+|estall\w+) (?:\w+ ){0,2}?"
          r"(?:vasos?|arterias?|aneurisma|aorta|venas?)\b|\b(?:vessels?|arter(?:y|ies)|aorta|"
          r"aneurysm)\b[^.;?]{0,60}\b(?:burst|rupture)\w*",
          kinds=ALL),
]
