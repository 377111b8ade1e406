"""The checker's engine: which rules a card language gets, in which order, and how a text is
judged against them (the hedges, negations, next steps and clause limits that undo a match), plus
the checks that are not one pattern (reassurance with no referral, a disease linked to these
results, a disease in a title, a medicine name). The words that undo a match live in hedges.py
(negations, modal verbs, general statements, uncertainty) and next_steps.py (next steps,
referrals, the reassurance words).
"""

from __future__ import annotations

import re

from checkup_desktop.core.safety import terms as T
from checkup_desktop.core.safety.rules import (
    alarm,
    certainty,
    diagnosis,
    reassurance,
    treatment,
)
from checkup_desktop.core.safety.rules.hedges import (
    _BUT_AFTER,
    _CHOICE_BEFORE,
    _CLINICIAN_JUDGES,
    _CLINICIAN_SUBJECT,
    _DEICTIC,
    _GENERIC_BEFORE,
    _HEDGE,
    _HEDGE_IN_GAP,
    _HEDGE_WORD,
    _INDIRECT_Q,
    _MODAL_BEFORE,
    _PAPERWORK,
    _PAPERWORK_AND,
    _SOMETIMES,
    _UNCERTAIN,
    _WARNS_OFF,
    _generic,
    _negated,
)
from checkup_desktop.core.safety.rules.next_steps import (
    _REASSURE,
    NEXT_STEP,
    PLANNED_STEP,
    VISIT_STEP,
    _refers,
)
from checkup_desktop.core.safety.rules.rule import Rule

_I = re.IGNORECASE

# words that name a kind of problem, not a disease: only with "this/your" do they diagnose
_GENERIC_CONDITION = re.compile(
    r"^(?:infections?|inflammation|diseases?|disorders?|conditions?|problems?|illness(?:es)?|"
    r"tumou?rs?|cysts?|stones?|nodules?|infección|infecciones|inflamación|enfermedad\w*|"
    r"Infektion\w*|Entzündung\w*|Erkrankung\w*|Krankheit\w*|感染|炎症|疾病|肿瘤|囊肿|结节|结石|"
    r"(?:\w+ )?pains?|aches?|fever|cough|fatigue|tiredness|dizziness|nausea|headaches?|dolor\w*|"
    r"breathlessness|shortness of breath|fainting|syncope|palpitations?|swelling|bleeding|"
    r"(?:blood )?clots?|clotting|bruising|nose ?bleeds?|bleeding gums|"
    r"weakness|numbness|itching|rash|vomiting|diarrh(?:o)?ea|constipation|"
    r"fiebre|Schmerz\w*|Fieber|疼痛|发热|头痛)$",
    _I)
_SENTENCE = re.compile(r"[^.;!?。；？！]+[.;!?。；？！]?")
_SCAN_BEFORE = re.compile(
    r"(?:\bscans?\b|\bultrasound\b|\breport\b|\btracing\b|\bECG\b|\bx-ray\b|\bCT\b|\bMRI\b|"
    r"\bimag\w+\b|\bmammogra\w+\b|\binforme\b|\becografía\b|\bimagen\b|\bBefund\b|"
    r"\bBildgebung\b|\bUltraschall\b|\bEKG\b)\W*(?:\w+\W+){0,3}$"
    r"|(?:超声|B超|彩超|影像|报告|检查|心电图|X线|胸片|磁共振)[\u4e00-\u9fff]{0,4}$", _I)
_SCAN_AFTER = re.compile(
    # "found in your blood count": the app's verdict on lab values, not an image's description
    r"^\W*(?:\w+\W+){0,2}(?:seen|noted|found|shown|described|reported|vist\w+|descrit\w+|"
    r"gesehen|beschrieben)\b(?!\W+(?:in|on|by)\W+(?:\w+\W+)?(?:blood|urine|lab|bloods)\b)"
    r"|^\W*(?:\w+\W+){0,5}(?:scan|ultrasound|report|x-ray|imaging|imagen|"
    r"ecografía|informe|Befund|Bildgebung|Ultraschall|ECG|EKG|tracing|electrocardiograma)\b", _I)

# between "my" and a disease name: at most two words, none of them "risk", "test", ...
_PRESUME_GAP = re.compile(r"^\s*(?:(?![^\s]*(?:risk|chance|odds|sign|test|screen|family|history|"
                          r"riesgo|Risiko|风险|可能|是否))[^\s.,;?]+\s+){0,2}\S*$", re.I)
_HAVE_Q_MORE = re.compile(r"\bich\b(?:\s+\w+){1,3}\s+habe\b|\bi know i have\b|\bsé que tengo\b|"
                          r"(?<!should )(?<!could )(?<!would )(?<!can )(?<!may )(?<!must )"
                          r"(?<!might )"
                          r"\bi (?:already |still )?have\b|\bya tengo\b|\bbekannte[nm]?\b|我已有的|"
                          r"我已经有的|我原有的", _I)


# The order the rules are applied in, per language, as runs of (category module, how many of its
# rules, in its own order): the order a text's reasons are listed in, as it was when the rules
# were one list. A category's rules beyond the runs come after, category by category.
_MODULES = {"diagnosis": diagnosis, "treatment": treatment, "reassurance": reassurance,
            "alarm": alarm, "certainty": certainty}
_ORDER = {
    "en": (("diagnosis", 12), ("treatment", 16), ("reassurance", 3), ("alarm", 3), ("certainty", 2),
           ("treatment", 3), ("reassurance", 1), ("alarm", 1), ("diagnosis", 1), ("alarm", 1),
           ("certainty", 1), ("reassurance", 1), ("diagnosis", 1), ("treatment", 1),
           ("certainty", 2), ("reassurance", 1), ("alarm", 1), ("diagnosis", 1), ("treatment", 1),
           ("certainty", 3), ("reassurance", 1), ("alarm", 1), ("certainty", 1), ("alarm", 1),
           ("treatment", 2), ("diagnosis", 1), ("reassurance", 1), ("alarm", 1), ("treatment", 1),
           ("reassurance", 1), ("alarm", 1), ("certainty", 1), ("treatment", 1), ("reassurance", 2),
           ("alarm", 1), ("reassurance", 1), ("alarm", 1), ("diagnosis", 1), ("treatment", 1),
           ("reassurance", 1), ("alarm", 5), ("certainty", 1), ("alarm", 1), ("treatment", 1),
           ("reassurance", 1), ("alarm", 1), ("diagnosis", 1), ("treatment", 2), ("certainty", 1),
           ("reassurance", 1), ("certainty", 1), ("reassurance", 1), ("alarm", 1), ("diagnosis", 1),
           ("treatment", 1), ("certainty", 1), ("treatment", 1), ("diagnosis", 2), ("treatment", 1),
           ("diagnosis", 2), ("certainty", 1)),
    "zh": (("diagnosis", 7), ("treatment", 8), ("reassurance", 1), ("alarm", 1), ("certainty", 2),
           ("treatment", 1), ("reassurance", 1), ("alarm", 1), ("diagnosis", 1), ("alarm", 1),
           ("certainty", 1), ("reassurance", 1), ("certainty", 1), ("reassurance", 1), ("alarm", 1),
           ("treatment", 1), ("diagnosis", 2), ("treatment", 1), ("reassurance", 1), ("alarm", 1),
           ("treatment", 1), ("certainty", 1), ("treatment", 1), ("diagnosis", 1),
           ("reassurance", 1), ("alarm", 1), ("certainty", 1), ("alarm", 1), ("treatment", 2),
           ("alarm", 1), ("certainty", 1), ("treatment", 1), ("diagnosis", 1)),
    "es": (("diagnosis", 6), ("treatment", 10), ("reassurance", 1), ("alarm", 1), ("certainty", 1),
           ("treatment", 2), ("reassurance", 1), ("alarm", 1), ("diagnosis", 1), ("alarm", 1),
           ("certainty", 1), ("reassurance", 1), ("treatment", 1), ("reassurance", 1),
           ("diagnosis", 1), ("certainty", 1), ("reassurance", 1), ("alarm", 1), ("treatment", 1),
           ("diagnosis", 1), ("treatment", 2), ("reassurance", 1), ("diagnosis", 1),
           ("certainty", 1), ("treatment", 1), ("diagnosis", 1), ("reassurance", 1), ("alarm", 1),
           ("reassurance", 1), ("alarm", 1), ("certainty", 1), ("treatment", 2), ("reassurance", 1),
           ("alarm", 1), ("diagnosis", 1)),
    "de": (("diagnosis", 6), ("treatment", 9), ("reassurance", 1), ("alarm", 1), ("certainty", 1),
           ("treatment", 1), ("reassurance", 1), ("alarm", 1), ("diagnosis", 1), ("alarm", 1),
           ("certainty", 1), ("reassurance", 1), ("treatment", 1), ("reassurance", 1),
           ("diagnosis", 1), ("certainty", 1), ("reassurance", 1), ("alarm", 1), ("treatment", 1),
           ("diagnosis", 1), ("treatment", 2), ("reassurance", 1), ("diagnosis", 1), ("alarm", 1),
           ("certainty", 1), ("treatment", 1), ("diagnosis", 1), ("reassurance", 1), ("alarm", 1),
           ("reassurance", 1), ("alarm", 1), ("certainty", 1), ("treatment", 2), ("reassurance", 1),
           ("alarm", 1), ("treatment", 1), ("diagnosis", 1)),
}


def _in_order(lang: str) -> list[Rule]:
    lists = {name: list(getattr(module, lang.upper())) for name, module in _MODULES.items()}
    out: list[Rule] = []
    for name, count in _ORDER[lang]:
        run, lists[name] = lists[name][:count], lists[name][count:]
        if len(run) != count:
            raise ValueError(f"_ORDER[{lang!r}] wants more {name} rules than there are")
        out += run
    for rest in lists.values():
        out += rest
    return out


BY_LANG = {lang: _in_order(lang) for lang in _ORDER}



def rules_for(lang: str) -> list[Rule]:
    """The card language's rules, plus the English ones (a model may answer in English) and the
    Chinese ones (they only match Chinese script); German leaves out English "die"."""
    out = list(BY_LANG.get(lang, [])) + (BY_LANG["en"] if lang != "en" else [])
    if lang != "zh":
        out += BY_LANG["zh"]
    if lang == "de":
        out = [r for r in out if r.rx.pattern != r"\bdie\b"]
    return out


# "Which type of hepatitis do I have?": the question takes the disease as given
_HAVE_Q = re.compile(r"\b(?:do|did) i (?:have|get)\b|\bhave i (?:got|had)\b|\bi(?:'ve| have) got\b|"
                     r"\btengo\b|\bpadezco\b|\bhabe ich\b|\bhab ich\b|我得的|我有的|我患的|我得了",
                        _I)
# what ends a clause (and starts the next)
_CLAUSE_MARK = re.compile(r"[.;!?。；？！]")
_MODAL_WORD = re.compile(r"\b(?:can|could|may|might|pued\w+|podr\w+|kann|können|könnte\w*)\b|可能",
                         _I)


# "我的尿酸高于参考范围，是否需要……来排除痛风": "my" does not reach across a question of checking
# or ruling out to the disease
_PRESUME_GAP_ZH = re.compile(r"排除|是否|风险")


def _condition_follows(text: str, end: int, gap: int, conds: list[T.Term]) -> T.Term | None:
    stop = _CLAUSE_MARK.search(text, end)
    limit = min(end + (gap if gap > 0 else 30), stop.start() if stop else len(text))
    for c in conds:
        if end <= c.start < limit:
            if gap < 0 and (not _PRESUME_GAP.match(text[end:c.start] + "x")
                            or _PRESUME_GAP_ZH.search(text[end:c.start])):
                continue
            return c
    return None


# a medicine's level in the blood is a test ("lithium level", "nivel de litio", "地高辛血药浓度"):
# the name is the measured result, not advice to take it
_LEVEL_AFTER = re.compile(r"[\s-]*(?:(?:blood|serum|plasma|trough)\s+)?(?:levels?|concentrations?|"
                          r"(?:en|in|im) (?:sangre|suero|blood|serum|Blut|Serum)\b|"
                          r"Spiegel\w*|Konzentration\w*|Blutspiegel\w*)\b|\s*(?:血药浓度|血药水平|"
                          r"血浓度|的?(?:浓度|水平|含量))", re.IGNORECASE)
_LEVEL_BEFORE = re.compile(r"(?:\bnivel(?:es)?|\bconcentración|\bKonzentration|\bSpiegel|"
                           r"\bresultado|\bvalor)\s+"
                           r"(?:\w+\s+){0,2}?(?:de|del|von|an)\s+(?:la\s+|el\s+)?$", re.IGNORECASE)


# the level written as one compound with the name ("Digoxin-Spiegel", "lithium-level")
_LEVEL_IN_NAME = re.compile(r"-(?:Spiegel|Konzentration|Wert|level|nivel)\w*$", re.IGNORECASE)


def _judged_or_paperwork(text: str, m: re.Match) -> bool:
    """Whether a dismissal match only repeats the clinician's judgement (an if-clause), or says
    that paperwork, not the step, is not needed (same clause, no "and" in between)."""
    sent = _CLAUSE_MARK.split(text[:m.start()])[-1]
    # (the match's first word too: "zustimmt, | dass nichts zu tun ist")
    if _CLINICIAN_JUDGES.search(sent + m.group(0)[:5]):
        return True
    before = re.split(r"[,:，：]", sent)[-1]
    after = re.split(r"[.;!?,:。；？！，：]", text[m.end():])[0]
    clause = before + m.group(0) + after
    p = _PAPERWORK.search(clause)
    if not p:
        return False
    start, end = len(before), len(before) + len(m.group(0))
    gap = (clause[p.end():start] if p.end() <= start
           else clause[end:p.start()] if p.start() >= end else "")
    return not _PAPERWORK_AND.search(gap)


def violations(text: str, kind: str, lang: str, *, trusted: bool = False
               ) -> list[tuple[str, str]]:
    """(category, reason) for every rule `text` breaks. `trusted`: knowledge-base text, whose
    disease names (a finding's name in a title) come from the reviewed knowledge base; only the
    constructions around them are judged."""
    out: list[tuple[str, str]] = []
    conds = T.conditions(text, lang)
    next_step = bool(NEXT_STEP.search(text))
    visit_step = bool(VISIT_STEP.search(text))
    specific = [c for c in conds if not _GENERIC_CONDITION.match(c.text)]
    for rule in rules_for(lang):
        if kind not in rule.kinds:
            continue
        for m in rule.rx.finditer(text):
            before = text[max(0, m.start() - 40):m.start()]
            # "不会恶变" (will not turn malignant) still foretells
            if (rule.unless_negated or rule.weak or rule.condition_after) and \
                    _negated(before) and not (rule.category == "certainty"
                                              and before.endswith("不")
                                              and before[-2:-1] != m.group(0)[:1]):
                continue
            if rule.unless_modal and (_MODAL_BEFORE.search(before) or _GENERIC_BEFORE.search(before)
                                      or _HEDGE_WORD.search(m.group(0))
                                      or _MODAL_WORD.search(_CLAUSE_MARK.split(
                                          text[:m.start()])[-1])):
                continue
            if rule.unless_hedged and (_generic(before, m.group(0))
                                       or _BUT_AFTER.search(text[m.end():m.end() + 80])):
                continue
            if rule.unless_uncertain and _UNCERTAIN.search(text):
                continue
            if rule.unless_choice and _CHOICE_BEFORE.search(text[:m.start()]):
                continue
            if rule.unless_next_step and (next_step or (rule.category == "alarm" and (
                    PLANNED_STEP.search(text, m.end()) or visit_step))):
                continue
            # "医生会根据囊肿大小告诉您…", "your doctor will decide": the clinician's own next
            # step, not a forecast; "有时会自行回落", "sometimes settles": a general statement
            if rule.category == "certainty" and (_CLINICIAN_SUBJECT.search(before)
                                                 or _SOMETIMES.search(before)):
                continue
            # "请不要自行把它当作化验误差", "don't assume it is just noise": the opposite of a
            # dismissal
            if rule.category == "dismissal" and _WARNS_OFF.search(
                    text[max(0, m.start() - 80):m.start()]):
                continue
            if rule.category == "dismissal" and _judged_or_paperwork(text, m):
                continue
            # "Su médico le dirá si el valor acabará normalizándose": an indirect question
            if rule.category in ("certainty", "dismissal") and _INDIRECT_Q.search(
                    _CLAUSE_MARK.split(text[:m.start()])[-1]):
                continue
            if rule.weak and (_MODAL_BEFORE.search(before) or _SCAN_BEFORE.search(before)
                              or kind == "question"):
                continue
            shown = m.group(0).strip()
            if rule.condition_after:
                c = _condition_follows(text, m.end(), rule.gap, specific if rule.specific
                                       else conds)
                if c is None or (rule.weak and _HEDGE_IN_GAP.search(text[m.end():c.start])):
                    continue
                shown = f"{shown} … {c.text}"
            out.append((rule.category, f"{rule.why}: {shown!r}"))
            break
    presumed = _HAVE_Q.search(text) or _HAVE_Q_MORE.search(text)
    if kind == "question" and specific and presumed and not any(
            cat == "diagnosis" for cat, _ in out):
        out.append(("diagnosis", f"presumes a diagnosis: {specific[0].text!r}"))
    # reassurance with no clinician, visit or discussion in the whole text
    if kind == "explanation" and not trusted and not any(cat == "dismissal" for cat, _ in out):
        m = _REASSURE.search(text)
        if m and not _refers(text):
            before = text[max(0, m.start() - 40):m.start()]
            if not (_negated(before) or _generic(before, m.group(0))
                    or _judged_or_paperwork(text, m)):
                out.append(("dismissal", f"reassures without a next step: {m.group(0)!r}"))
    # a sentence about these results that names a disease without any hedge
    if kind == "explanation" and not trusted and not any(cat == "diagnosis" for cat, _ in out):
        for sent in _SENTENCE.finditer(text):
            inside = [c for c in conds if sent.start() <= c.start < sent.end()]
            body = sent.group(0)
            specific = [c for c in inside if not _GENERIC_CONDITION.match(c.text)]
            # symptoms to raise at a visit ("mention any bruising or nosebleeds at your
            # appointment") are no disease of these results
            if ((specific or (inside and _DEICTIC.search(body) and not VISIT_STEP.search(body)))
                    and not _HEDGE.search(body) and not NEXT_STEP.search(body)):
                out.append(("diagnosis", "links these results to a disease: "
                                         f"{inside[0].text!r}"))
                break
    # a title names the issue (a test, a result), never a disease, unless it says the scan or
    # report describes it
    if kind == "title" and not trusted:
        for c in conds:
            if _SCAN_BEFORE.search(text[:c.start]) or _SCAN_AFTER.search(text[c.end:]):
                continue
            out.append(("diagnosis", f"names a condition in the title: {c.text!r}"))
            break
    for d in T.drugs(text, lang):
        before = text[max(0, d.start - 40):d.start]
        if _negated(before) or _LEVEL_AFTER.match(text, d.end) or _LEVEL_BEFORE.search(before) \
                or _LEVEL_IN_NAME.search(d.text):
            continue
        out.append(("treatment", f"names a medicine: {d.text!r}"))
        break
    return out
