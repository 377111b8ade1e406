"""Certainty and prognosis: sure claims and predictions about the person's future.

One list per card language (EN, ZH, ES, DE), in the order the engine applies them; the
English list also holds patterns for the other languages' wordings of the same forms. Every
rule here is `_rule(pattern, why, kinds, **flags)` with the category's usual reason, texts
and flags (below) unless it says otherwise.
"""

from __future__ import annotations

from checkup_desktop.core.safety.rules.rule import ALL, QUESTION, STATEMENT, TITLE, maker

_rule = maker("certainty", "is certain or predicts the future", STATEMENT)

EN = [
    _rule(r"\b(?:definitely|certainly|undoubtedly|surely|for sure|no doubt|without (?:a |"
          r"any )?doubt|100 ?%|certain that|it is certain|guarantee[sd]?|inevitabl\w+|"
          r"always (?:progress\w*|lead\w*|turn\w*|end\w*|becomes?|causes?)|proves?|proven|"
          r"clearly|(?:certain|sure|bound|guaranteed) to|obvious\w*|evident(?:ly)?|zero chance|"
          r"no chance|no question)\b|\b(?:this|it|that|these results?) (?:confirms?|"
          r"shows? that you)\b",
          "is certain", kinds=ALL, unless_uncertain=True),
    _rule(r"\b(?:will|'ll|(?:is|are|am) going to)\s+(?:\w+\s+){0,2}?(?:turn into|develop|"
          r"progress|become|lead to|cause|get worse|keep getting worse|worsen|deteriorate|fail|"
          r"need|require|end up|damage|kill|go up|rise|spread|be (?:diabetic|sick|"
          r"ill))\b(?! (?:to )?(?:book|see|contact|discuss|repeat|ask|bring|talk|call|make|"
          r"check)\b| (?:an appointment|a repeat|a follow-up)\b)",
          "predicts the future"),
    _rule(r"\bwill never\b|\bnever (?:go|get|come) back\b|\blife-?long\b|"
          r"\bfor (?:the rest of )?(?:your )?life\b|\bpermanent(?:ly)?\b",
          unless_uncertain=True),
    _rule(r"\b(?:will|'ll)\s+(?:\w+\s+){0,2}?(?:rising|increasing|worsening|climbing|going up|"
          r"getting worse|falling|dropping)\b",
          "predicts the future"),
    _rule(r"\bsooner or later\b|\bi (?:promise|guarantee|assure you)\b|\balmost certainly\b|"
          r"\bmost certainly\b|\bwithout question\b",
          unless_uncertain=True),
    _rule(r"\bdefinite\b|\bconfirmed\b|\bcertain (?:sign|case)\b",
          "is certain", kinds=TITLE),
    _rule(r"\b(?:since|as|because|now that)\b[^?.]{0,40}\bwill (?:turn into|develop|progress|"
          r"become|lead to)\b",
          "predicts the future", kinds=QUESTION),
    _rule(r"\b100\s?%|\bal 100\b|\bhundertprozentig\w*|\bcien por cien\b|百分之百|百分百|"
          r"\bonly (?:gets?|getting|going to get) worse\b|\bgets? worse with (?:age|time)\b",
          unless_uncertain=True),
    # predictions about the person ("you will need...", "usted tendrá...") unless they are the next
    # step of booking or discussing
    _rule(r"\byou(?:'ll| will) (?:\w+ )?(?:need|have|get|develop|be|go|end up|require|suffer|"
          r"lose|feel|become)\b(?! (?:to )?(?:book|see|contact|discuss|repeat|ask|bring|talk|"
          r"call|make|check|an appointment|a repeat|a follow-up|asked|able|offered|given|told|"
          r"seen))",
          "predicts the future"),
    _rule(r"\b(?:anything|nothing) (?:else )?but\b|\bcan only be\b|\b(?:this|it|"
          r"that) must be (?:a |an )?(?!checked|repeated|discussed|seen|looked|done|taken|booked)",
          "is certain"),
    _rule(r"\bno (?:room for )?doubt\b|\bleaves? no doubt\b|\bsure sign\b|\blugar a dudas\b|"
          r"\bseñal segura\b|\bkeinen Zweifel\b|\bsicheres Zeichen\b|毫无悬念|确切|确定无疑|必定",
          "is certain", unless_uncertain=True),
    _rule(r"\b(?:will|'ll)\s+(?:\w+\s+)?(?:halve|double|triple|plummet|crash|collapse)\b",
          "predicts the future"),
    _rule(r"\bin (?:every|each|all) cases?\b|\bwithout exception\b|\ben todos los casos\b|"
          r"\bsin excepción\b|\bin jedem Fall\b|\bin allen Fällen\b|\bausnahmslos\b|每个人都会|"
          r"所有人都会|无一例外",
          unless_uncertain=True),
    _rule(r"\bconfirm(?:s|ed)\b(?! (?:with|by) a repeat)",
          "is certain"),
    _rule(r"\b(?:will|can|could|may|might) (?:cause|lead to|result in) (?:a |an )?(?:jaundice|"
          r"heart attacks?|strokes?|kidney failure|liver failure|diabetes|cancer|blindness|death|"
          r"organ damage|seizures?|coma)\b",
          "predicts a disease"),
]
ZH = [
    _rule(r"一定会|肯定会|必然|必定|注定|百分之百|100%|完全是|绝对(?!值)|毫无疑问|肯定是|一定是|"
          r"(?:会|将)(?:越来越|逐渐)(?:差|严重|高|低|糟|坏)|(?:会|将)(?:发展成|变成|演变为|导致|"
          r"引起|得)|将来(?:肯定|一定)?会|明显是|很明显|显然|毋庸置疑|必将|癌变"),
    _rule(r"(?:会|将会|将)(?:得|患上?|发生|出现|发展为|变成)?",
          "predicts a disease", condition_after=True, gap=-1),
    _rule(r"终身|一辈子|这辈子|永远(?:不会|无法)|再也"),
    _rule(r"迟早|八成|多半|十有八九|百分百|板上钉钉|我保证"),
    _rule(r"(?:您|你)(?:将|会|以后会|将来会)(?:需要|得|有|出现|发展|变得|失去)",
          "predicts the future"),
    _rule(r"只可能|没有别的可能|不可能是别的|一定是",
          "is certain"),
    _rule(r"肯定没有|肯定不是|绝不是|绝对不是|绝对没有",
          "is certain"),
]
ES = [
    _rule(r"\b(?:se convertirá\w*|desarrollará\w*|irá\w* empeorando|empeorará\w*|"
          r"con (?:toda )?(?:seguridad|certeza)|sin (?:ninguna )?duda|seguro que|definitivamente|"
          r"siempre (?:acaba|termina|progresa|evoluciona)|va(?:n)? a (?:necesitar|desarrollar|"
          r"empeorar|tener|sufrir)|necesitará\w*|evolucionará\w*|está claro|es evidente|es obvio|"
          r"obviamente|claramente)\b",
          unless_uncertain=True),
    _rule(r"\bde por vida\b|\bpara siempre\b|\bnunca volverá\w*",
          unless_uncertain=True),
    _rule(r"\btarde o temprano\b|\b(?:se lo|le|te) aseguro\b|\bcasi (?:seguro|segura)\b|"
          r"\bseguramente\b|\bsin lugar a dudas\b|\btendrá\w* (?:una? )?(?:insuficiencia|"
          r"diabetes|infarto|cáncer|enfermedad)",
          unless_uncertain=True),
    _rule(r"\b(?:usted )?(?:necesitará|tendrá|desarrollará|sufrirá|perderá|acabará|"
          r"terminará)\b(?! (?:que )?(?:pedir|consultar|hablar|repetir|acudir))",
          "predicts the future", unless_uncertain=True),
    _rule(r"\bno puede ser otra cosa\b|\bsolo puede ser\b|\btiene que ser\b",
          "is certain"),
]
DE = [
    _rule(r"\bdaraus wird\b|\b(?:wird|werden)\b[^.;?]{0,50}\b(?:bekommen|entwickeln|"
          r"verschlechter\w*|brauchen|benötigen|versagen|schädig\w*|zerstör\w*)\b|"
          r"\bmit Sicherheit\b|\bzweifellos\b|\beindeutig\b|\bdefinitiv\b|\bganz sicher\b|"
          r"\bgarantiert\b|\bauf jeden Fall\b|\bunweigerlich\b|\boffensichtlich\b|\bklar ist\b|"
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
]
