"""Alarm rules for English titles: a title that cries danger or lists grave complications
("Potasio en nivel crítico", "Heart muscle damage found in blood test")."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.alarm.common import _rule
from checkup_desktop.core.safety.rules.rule import TITLE

EN_TITLES = [
    _rule(r"\b(?:warning|danger|critical|alert|at risk)\b|!",
          kinds=TITLE, unless_negated=False),
    # a title that cries danger in any language ("Potasio en nivel crítico", "血钾危险升高")
    _rule(r"\bcrític\w+|\bpeligr\w+|\balerta\b|\bkritisch\w*|\bWarnung\b|\bAchtung\b|\bGefahr\b|"
          r"危险|危急|警告|警报",
          kinds=TITLE, unless_negated=False),
    # a title that lists grave complications: "高尿酸：关节畸形与肾损害", "joint deformity"
    _rule(r"畸形|(?:肾|肝|心|脑|器官|神经|视神经|关节)(?:功能)?(?:损害|损伤|衰竭)|失明|瘫痪|截肢|致残|"
          r"\b(?:joint )?deformit\w*|\b(?:kidney|organ|nerve|joint) damage\b|\bdeformidad\w*|"
          r"\bdaño (?:renal|articular|orgánico|nervioso)\b|\w*[Dd]eformit\w*|\b(?:Nieren|Organ|"
          r"Nerven|Gelenk)schäd\w*",
          kinds=TITLE, unless_negated=True),
    # organ damage named in a title: "Heart muscle damage found in blood test" (a marker's
    # name, "heart muscle marker", names a test)
    _rule(r"(?<!marker of )(?<!markers of )(?<!marker for )(?<!test for )(?<!check for )"
          r"\b(?:heart(?: muscle)?|cardiac|myocardial|liver|brain|lung|eye|retinal|optic nerve)"
          r" (?:cell )?(?:damage|injury|injuries)\b(?! markers?| tests?)",
          kinds=TITLE, unless_negated=True),
]

EN_TITLES += [
    # a title that calls the value worrying: "Marcador tumoral muy alto y preocupante",
    # "Worrying PSA result", "警惕：肝功能可能急剧恶化"
    _rule(r"\b(?:preocupante\w*|inquietante\w*|worrying|concerning|beunruhigend\w*|"
          r"bedenklich\w*|besorgniserregend\w*)\b|警惕|堪忧|\bVorsicht\b",
          kinds=TITLE, unless_negated=True),
]
