"""What the treatment rules of every language share: the rule constructor and
common pattern parts."""

from __future__ import annotations

from checkup_desktop.core.safety.rules.rule import ALL, maker

# ("ein Glas Kirschsaft am Tag", "una cucharada ... antes de las comidas")
_NUM = (r"(?:\d+(?:[.,]\d+)?\s*|(?:two and a half|zweieinhalb|eineinhalb|anderthalb|"
        r"an?|ein|eine|einen|un|una|one|two|three|four|five|six|eight|"
        r"ten|half an?|a couple of|twenty|thirty|forty|forty-five|sixty|dos|tres|cuatro|cinco|diez|"
        r"quince|veinte|treinta|cuarenta|sesenta|zwei|drei|vier|fünf|zehn|fünfzehn|zwanzig|dreißig|vierzig|sechzig)\s+)")

_rule = maker("treatment", "promises what a treatment will do", ALL)

# Medicine in general or a lay class of it ("painkillers", "降压药") named as something that can
# change a test ("部分药物会影响化验结果") is not advice: appended after such words, nothing later
# in the sentence may say so. A drug or supplement's own name ("biotin", "statin") stays unsafe
# in any context (DESIGN §2: no drug names; the corpus holds it so).
_AFFECTS = (r"(?![^.?!;。？！；]*?(?:\b(?:affect\w*|interfer\w*|skew\w*|distort\w*|falsif\w*|"
            r"alter(?:s|ed|ing|ar|an?|en?|ad[oa]s?)?|influ\w*|throw\w* off|thrown off|"
            r"mess\w* (?:up|with)|explain\w*|afect\w*|falsea\w*|false|verfälsch\w*|"
            r"beeinfluss\w*|verzerr\w*|stör(?:en|t|te)|auswirk\w*|Einfluss|"
            # "können Laborwerte verändern", "can change test results", "modifican los valores"
            r"veränder\w*|modific\w*|chang\w* (?:\w+ ){0,2}(?:results?|readings?|values?|"
            r"levels?|numbers?)|cambi\w* (?:\w+ ){0,2}(?:resultados?|valores?|niveles?|cifras?))\b|"
            r"影响|干扰|假性|不准|改变))")

def _not_after(*words: str) -> str:
    """Fixed-width lookbehinds, one per word: the medicine is one the person already takes
    ("my painkillers", "我目前吃的降压药")."""
    return "".join(f"(?<!{w})" for w in words)

_OWN_ES = _not_after(r"\bmi ", r"\bmis ")

# "... the statin I take", "la estatina que tomo", "das Statin, das ich nehme"
_OWN_AFTER = (r"(?!\s*(?:that |which |,\s*)?(?:I(?:'m| am)? (?:already |currently |now |still )?"
              r"(?:take|taking|use|using|on)\b|que (?:ya |actualmente )?(?:tomo|estoy tomando|"
              r"uso|llevo)\b|(?:das|die|den) ich (?:\w+ )?(?:nehme|einnehme)\b))")

# The report's own recommendation ("the report recommends a biopsy", "el informe recomienda una
# biopsia", "der Befund empfiehlt eine Biopsie", "报告建议活检", "the radiologist has recommended
# a biopsy", "die im Befund empfohlene Biopsie") restates the report, it does not advise: right
# before a procedure's name, none of these (fixed-width lookbehinds; a rule puts the name in a
# lookahead first, so they are tried only where a name starts). Nor the procedure as the source
# of a report or a result ("the colonoscopy report", "el informe de la colonoscopia",
# "resultado de la biopsia", "Befund der Darmspiegelung": one already done, quoted)
_REPORT_SAYS = (
    *((subj, verb, art) for subj in ("report", "radiologist", "radiologists", "sonographer")
      for verb in ("recommends", "advises", "suggests", "recommended", "advised", "suggested",
                   "proposes", "proposed", "requests", "requested", "recommend", "suggest",
                   "has recommended", "has advised", "has suggested", "have recommended",
                   "have suggested", "calls for")
      for art in ("", "a ", "an ", "a further ", "further ", "the ", "a fine-needle ", "a core ",
                  "a core-needle ", "a needle ", "an ultrasound-guided ")),
    *((subj, verb, art) for subj in ("informe", "radiólogo", "radióloga", "ecografista")
      for verb in ("recomienda", "aconseja", "sugiere", "recomendó", "aconsejó", "sugirió",
                   "propone", "plantea", "solicita", "ha recomendado", "ha sugerido",
                   "ha propuesto", "indica", "recomienda valorar",
                   "sugiere valorar", "propone valorar", "aconseja valorar",
                   "recomienda realizar", "recomienda hacer")
      for art in ("", "una ", "un ", "la ", "el ", "otra ")),
    *((subj, verb, art) for subj in ("Befund", "Bericht", "Radiologe", "Radiologin", "Radiologen")
      for verb in ("empfiehlt", "empfahl", "rät zu", "hat", "haben", "schlägt", "nennt")
      for art in ("", "eine ", "einer ", "ein ", "einen ", "die ", "eine weitere ")),
)
_REPORT_ADVISES = _not_after(
    *(f"{subj} {verb} {art}" for subj, verb, art in _REPORT_SAYS),
    *(f"{where} {subj} {done}e " for where in ("im", "vom", "laut")
      for subj in ("Befund", "Bericht", "Radiologen") for done in ("empfohlen", "vorgeschlagen")),
    *(f"{what} {of}" for what in ("informe", "hallazgos", "muestra")
      for of in ("de la ", "del ", "de ")),
    *(f"{what} {of}" for what in ("report", "results", "result", "findings")
      for of in ("of the ", "of your ", "from the ", "from your ")),
    *(f"{what} {of}" for what in ("Befund", "Bericht", "Ergebnis", "Ergebnisse")
      for of in ("der ", "des ", "Ihrer ")),
    # one done already: "wurde bei der Magenspiegelung entnommen", "was removed during the
    # colonoscopy"
    *(f"{aux} {at} " for aux in ("wurde", "wurden") for at in ("bei der", "im Rahmen der",
                                                            "während der")),
    *(f"{aux} {done} {at} " for aux in ("was", "were") for done in ("removed", "taken", "found",
                                                                "seen", "done")
      for at in ("during the", "during your", "at the", "at your")),
    *(f"{subj}{verb}{more}" for subj in ("报告", "结论", "报告中", "报告里", "放射科医生",
                                         "超声科医生", "超声医生", "影像科医生", "报告医生")
      for verb in ("建议", "推荐", "提示建议", "提示需")
      for more in ("", "做", "行", "进一步", "进一步做", "进一步行", "进行", "再做", "穿刺",
                   "做穿刺", "细针穿刺", "做细针穿刺", "行细针穿刺")))

# ... and right after the name: the report as the one who recommends it ("biopsy recommended by
# the report", "biopsia recomendada por el informe", "Biopsie laut Befund empfohlen",
# "a biopsy, as the report suggests"), or the procedure's own report or result ("the biopsy
# result", "colonoscopy report", "活检结果", "肠镜报告")
_REPORT_AFTER = (
    r"(?![\w-]*\s+(?:of\s+(?:the\s+)?[\w-]+\s+)?,?\s*(?:(?:is|was|has been|as|being)\s+)?"
    r"(?:recommended|advised|suggested|proposed|requested|recomendad[ao]s?|sugerid[ao]s?|"
    r"propuest[ao]s?|aconsejad[ao]s?|indicad[ao]s?|solicitad[ao]s?)\s+(?:by|in|on|por|en)\s+"
    r"(?:the|your|this|el|su|este|la)\s+(?:[\w-]+\s+)?(?:report|radiologists?|sonographer|"
    r"scan|findings|imaging|informe|radiólog[oa]|ecografía|estudio)\b"
    r"|[\w-]*\s*,?\s*(?:as|which|that|como|que|según)\s+(?:the|your|el|su)\s+(?:[\w-]+\s+)?"
    r"(?:report|radiologist|informe|radiólog[oa])\b"
    r"|[\w-]*\s+(?:(?:laut|im|vom|gemäß)\s+)(?:\w+\s+)?(?:Befund|Bericht|Radiologen)\s+"
    r"(?:empfohlen|vorgeschlagen|angeraten)\b"
    r"|[\w'-]*(?:\s+of\s+(?:the\s+|your\s+)?[\w-]+)?\s+(?:report|results?|findings?|sample|"
    r"specimen|pathology|histology|showed|was done|was performed)\b"
    # ("a biopsy of the cervix done last year", "realizada el año pasado": the history)
    r"|[\w'-]*(?:\s+of\s+(?:the\s+|your\s+)?[\w-]+)?\s+(?:(?:done|performed|carried out|"
    r"taken|realizad[ao]|hech[ao])\s+(?:last|in (?:19|20)\d\d|\w+ (?:years?|months?) ago|"
    r"previously|earlier|el año pasado|en (?:19|20)\d\d|hace \w+|previamente|anteriormente)|"
    r"(?:im letzten Jahr|letztes Jahr|vor \w+ (?:Jahren|Monaten)|bereits|früher)\s+"
    r"(?:durchgeführt|gemacht|erfolgt))\b"
    r"|(?:活检|穿刺|术)?(?:结果|报告|病理|所见|显示|提示))")

# From the start of a clause, words with no "falls Sie", "was Sie", "die Sie" (what the person
# takes already: "falls Sie bereits Medikamente für die Schilddrüse einnehmen") and no negation;
# after "am besten ist es," or "es wäre sinnvoll," the "wenn Sie ..." clause is the advice
_ADVICE_COMMA_DE = ("gut,", "besser,", "sinnvoll,", "ratsam,", "wichtig,", "empfehlenswert,",
                    "hilfreich,", "\\bes,")

_NOT_OWN_CLAUSE_DE = (r"(?:(?:^|(?<=[.;:!?,]))" + "".join(f"(?<!{w})" for w in _ADVICE_COMMA_DE)
                      + r"(?:(?!\b(?:falls|wenn|ob|was|die|das|den|der|welche\w*|"
                      r"sofern|solange|soweit|da|weil|nachdem)\s+(?:Sie|du|ich)\b|\bnicht\b|"
                      r"\bkein\w*)[^.;:!?,])*?|(?:"
                      + "|".join(f"(?<={w})" for w in _ADVICE_COMMA_DE) + r")[^.;:!?,]*?)")

# Medicines or supplements in general named as things to tell or show the clinician ("请把您正在
# 服用的所有药物、保健品和中药都告诉医生", "Informieren Sie Ihren Arzt über pflanzliche
# Präparate", "Bringen Sie die Packungen Ihrer Tabletten mit"): a list for the visit, no advice
_TELL = (r"(?:告诉|告知|交给|列出|列给|带上|带给|出示|核对|提供给|说明|"
         r"\b(?:tell|let \w+ (?:\w+ )?know|mention\w*|inform|list|bring|show|"
         # ("mencióneselo a su médico", "erwähnen Sie das", "sprechen Sie das ... an")
         r"menci[oó]n\w*|erwähn\w*|sprechen Sie|contarle|cuéntele\w*|"
         r"cuént\w*|com[eé]nt\w*|dígale\w*|decirle|informe\w*|lleve|enséñe\w*|muéstre\w*|"
         r"teilen Sie|sagen Sie|nennen Sie|zeigen Sie|informieren Sie|mitteil\w*|mitbring\w*|"
         r"Bescheid|bringen Sie)\b|\bmit\s*(?:[,.;!?]|$))")

_SENT = r"[^.;!?。？！；]"

# the same, told later in the sentence only, for a rule that keeps its match short (a hedge before
# the word is judged on it): "Wenn Sie Blutdruckmittel einnehmen, erwähnen Sie das"
_TELL_AFTER = r"(?!" + _SENT + r"*?" + _TELL + r")"
_NO_TELL = (r"(?:^|(?<=[.;!?。？！；]))(?!" + _SENT + r"*?(?:" + _TELL
            + r"|不|别|勿|无需|不必|没必要))" + _SENT + r"*?")

# The procedure's result as awaited or to be discussed ("el resultado de la biopsia todavía no
# está disponible", "los resultados de la colonoscopia se comentarán"): one done already. Only
# then: a claim about the result ("casi siempre es positivo") stays the certainty rules' to judge
_PENDING_ES = ("(?!(?:" + "|".join(f"(?<={w} {of})" for w in ("resultado", "resultados")
                                   for of in ("de la ", "del ", "de ")) +
               r")[\w-]+\s+(?:\w+\s+){0,2}?(?:todavía|aún|no|está pendiente|están pendientes|"
               r"estará|estarán|llegará|llegarán|se (?:lo |la |los |le )?comentará\w*|"
               r"lo|la|los|le)\b)")
