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
# biopsia", "der Befund empfiehlt eine Biopsie", "报告建议活检") restates the report, it does not
# advise: right before a procedure's name, none of these (fixed-width lookbehinds; a rule puts
# the name in a lookahead first, so they are tried only where a name starts)
_REPORT_ADVISES = _not_after(*(
    f"{subj} {verb} {art}"
    for subj in ("report", "radiologist", "informe", "radiólogo", "Befund", "Bericht", "Radiologe")
    for verb in ("recommends", "advises", "suggests", "recomienda", "aconseja", "sugiere",
                 "empfiehlt", "rät zu")
    for art in ("", "a ", "an ", "a further ", "further ", "una ", "un ", "la ", "el ",
                "eine ", "einer ", "ein ", "einen ", "die ", "eine weitere ")
    # (only the pairs of one language)
    if (subj in ("report", "radiologist")) == (verb in ("recommends", "advises", "suggests"))
    and (subj in ("informe", "radiólogo")) == (verb in ("recomienda", "aconseja", "sugiere"))
), *(f"{subj}{verb}{more}" for subj in ("报告", "结论", "报告中", "报告里")
     for verb in ("建议", "推荐", "提示建议", "提示需")
     for more in ("", "做", "行", "进一步", "进一步做", "进一步行", "进行", "再做", "穿刺",
                  "做穿刺", "细针穿刺", "做细针穿刺", "行细针穿刺")))

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
