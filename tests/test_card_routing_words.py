"""Issue 9 §5/5b: a card's words and its routing never disagree, and a card names what matters.

Expected routes are written by hand from the sources named beside each case, not read from the
knowledge base they check.
"""

import re

import pytest
from pdfmaker import text_pdf

from checkup_desktop.core.knowledge import load_knowledge
from checkup_desktop.core.models import WINDOWS_BY_PRIORITY, ActionCard, Evidence, Finding, Issue
from checkup_desktop.core.pipeline import run
from checkup_desktop.core.presentation import flag_words
from checkup_desktop.core.routing import agreeing, enforce_floors
from checkup_desktop.core.safety import check_card
from checkup_desktop.core.severity import shown_flag

TODAY = re.compile(r"\btoday\b|今天", re.IGNORECASE)
REASSURING = re.compile(r"\boften\b|\busually\b|harmless|\bcommon\b|\bminor\b", re.IGNORECASE)


def _cards(tmp_path, rows, name="r.pdf"):
    return run(text_pdf(tmp_path / name, [rows])).cards


def _card_with(cards, label):
    hits = [c for c in cards if any(label.lower() in e.label.lower() for e in c.evidence)]
    assert hits, [c.title for c in cards]
    return hits[0]


# (rows, label, priority, follow_up, source)
ROUTES = [
    # Kost GJ, JAMA 1990;263:704 (critical limits): platelets <= 20 x10^9/L call at once
    ([("Platelet Count", "20", "10^9/L", "150 - 450")], "Platelet", "urgent", "immediately"),
    # KDIGO 2012 G5 (< 15) is kidney failure range; creatinine >= 4 mg/dL is a critical value
    ([("eGFR", "14", "mL/min/1.73m2", "> 60")], "eGFR", "urgent", "immediately"),
    # ATA/AACE 2012: TSH > 10 with a low T4 is overt hypothyroidism, seen within days
    ([("TSH", "96.2", "uIU/mL", "0.30 - 4.5"), ("Free T4", "5.1", "pmol/L", "10.3 - 23.2"),
      ("T3", "50", "ng/dL", "80 - 200")], "TSH", "high", "within_1_week"),
    # ATA 2016: T4 above twice the upper limit with a suppressed TSH is overt hyperthyroidism
    ([("TSH", "0.01", "uIU/mL", "0.30 - 4.5"), ("Free T4", "60", "pmol/L", "10.3 - 23.2")],
     "Free T4", "high", "within_1_week"),
    # CLSI GP47 / common critical lists: potassium >= 6.0 mmol/L
    ([("Potassium", "6.9", "mmol/L", "3.5 - 5.1")], "Potassium", "urgent", "immediately"),
]


@pytest.mark.parametrize(("rows", "label", "priority", "follow_up"), ROUTES)
def test_thresholds_route_as_their_sources_say(tmp_path, rows, label, priority, follow_up):
    card = _card_with(_cards(tmp_path, rows), label)
    assert (card.priority, card.follow_up) == (priority, follow_up)


def test_every_route_in_the_knowledge_base_has_a_window_its_priority_allows():
    kb = load_knowledge()
    bad = []
    for a in kb.analytes.values():
        for rule in filter(None, (a.high, a.low, a.abnormal)):
            pairs = [(rule.priority, rule.follow_up)] + [
                (b.priority, b.follow_up or rule.follow_up) for b in rule.bands if b.priority]
            bad += [(a.key, p, w) for p, w in pairs if w not in WINDOWS_BY_PRIORITY[p]]
    for f in kb.findings:
        r = f.routing
        if r.follow_up not in WINDOWS_BY_PRIORITY[r.priority]:
            bad.append((f.key, r.priority, r.follow_up))
    assert bad == []


def test_agreeing_keeps_the_priority_and_moves_the_window():
    assert agreeing("high", "within_1_month") == ("high", "within_1_week")
    assert agreeing("urgent", "within_1_week") == ("urgent", "immediately")
    assert agreeing("low", "within_1_week") == ("low", "within_6_months")
    assert agreeing("medium", "within_3_months") == ("medium", "within_3_months")


def test_a_today_sentence_only_on_urgent_cards_and_ecg_words_for_an_ecg(tmp_path):
    cards = _cards(tmp_path, ["ECG: Atrial fibrillation with controlled ventricular rate.",
                              ("Potassium", "6.9", "mmol/L", "3.5 - 5.1")])
    af = _card_with(cards, "Atrial fibrillation")
    assert (af.priority, af.follow_up) != ("urgent", "immediately")
    assert not TODAY.search(af.explanation)
    assert "far outside the usual range" not in af.explanation
    k = _card_with(cards, "Potassium")
    assert TODAY.search(k.explanation)
    for card in cards:
        if TODAY.search(card.explanation):
            assert (card.priority, card.follow_up) == ("urgent", "immediately"), card.title


def test_a_birads_category_and_the_mass_it_grades_are_one_card_with_scan_words(tmp_path):
    cards = _cards(tmp_path, [
        "BREAST ULTRASOUND",
        "Impression: Left breast mass with irregular margins at 2 o'clock. BI-RADS 4.",
    ])
    assert len(cards) == 1, [c.title for c in cards]
    card = cards[0]
    # ACR BI-RADS 5th ed.: category 4 = tissue diagnosis advised; not an emergency
    assert (card.priority, card.follow_up) == ("high", "within_1_week")
    assert card.department == "breast_clinic"
    assert "far outside the usual range" not in card.explanation
    assert not TODAY.search(card.explanation)
    assert not card.title.endswith("…") or " " not in card.title[-2:]
    assert not REASSURING.search(card.explanation)


def test_titles_are_never_cut_mid_word(tmp_path):
    sentence = ("Impression: Heterogeneous hypoechoic lesion measuring about twelve millimetres "
                "in the posterior segment of the right lobe of the liver.")
    for card in _cards(tmp_path, ["ABDOMEN ULTRASOUND", sentence]):
        assert len(card.title) <= 60
        words = card.title.rstrip("…").split()
        for word in words:
            assert word.strip(":,.").lower() in sentence.lower() + " " + card.title.lower()
        if card.title.endswith("…"):
            stem = card.title.rstrip("…").split()[-1]
            assert re.search(rf"\b{re.escape(stem)}\b", sentence), card.title


def test_a_critical_result_names_its_test_and_is_not_softened(tmp_path):
    card = _card_with(_cards(tmp_path, [("Potassium", "6.9", "mmol/L", "3.5 - 5.1")]),
                      "Potassium")
    assert card.title == "Potassium very high"
    assert "Small changes" not in card.explanation
    assert not REASSURING.search(card.explanation)


def test_the_explanation_names_every_abnormal_result_most_abnormal_first(tmp_path):
    rows = [("T3", "50", "ng/dL", "80 - 200"), ("Free T4", "5.1", "pmol/L", "10.3 - 23.2"),
            ("TSH", "96.2", "uIU/mL", "0.30 - 4.5")]
    card = _card_with(_cards(tmp_path, rows), "TSH")
    assert card.title == "TSH very high"
    positions = [card.explanation.find(name) for name in ("TSH", "Free T4", "T3")]
    assert -1 not in positions, card.explanation
    assert positions == sorted(positions), card.explanation  # 21x, 2x, 1.6x out
    tsh = next(e for e in card.evidence if e.label == "TSH")
    assert shown_flag(tsh) == "critical_high"
    assert flag_words(tsh) == "Very high"


def test_shown_flag_follows_the_distance_from_the_printed_range():
    def ev(value, rng, flag):
        return Evidence(label="X", value=value, reference_range=rng, flag=flag, page=1,
                        text=f"X {value}")
    assert shown_flag(ev("5.0", "0.30 - 4.5", "high")) == "high"
    assert shown_flag(ev("9.0", "0.30 - 4.5", "high")) == "critical_high"
    assert shown_flag(ev("1.0", "3.5 - 5.1", "low")) == "critical_low"
    assert shown_flag(ev("3.0", "3.5 - 5.1", "low")) == "low"
    assert shown_flag(ev("Positive", "Negative", "abnormal")) == "abnormal"


def _issue(known, critical=False, priority="medium", follow_up="within_1_month",
           department="general_practice"):
    f = Finding(label="Zonulin", value="55", unit="ng/mL", reference_range="10 - 40",
                flag="high", page=1, text="Zonulin 55 ng/mL 10 - 40", value_num=55, low=10,
                high=40)
    return Issue(key="unknown:zonulin", findings=[f], priority=priority, department=department,
                 follow_up=follow_up, known=known, critical=critical)


def _model_card(priority, follow_up, department):
    return ActionCard(id="x", title="Zonulin above range", priority=priority,
                      department=department, follow_up=follow_up, explanation="Text.",
                      questions=["A?", "B?"], evidence=[_issue(False).findings[0].evidence()],
                      origin="model", routing_origin="model")


def test_enforce_floors_bounds_priority_window_and_department():
    kb = load_knowledge()
    # known issue: the rules decide all three fields
    card = enforce_floors(_model_card("low", "next_checkup", "dermatology"), _issue(True), kb)
    assert (card.priority, card.follow_up, card.department) == (
        "medium", "within_1_month", "general_practice")
    assert card.routing_origin == "rules"
    # unknown: a writer cannot make it less urgent, in priority or in window
    card = enforce_floors(_model_card("low", "next_checkup", "endocrinology"), _issue(False), kb)
    assert (card.priority, card.follow_up) == ("medium", "within_1_month")
    assert card.department == "endocrinology"  # the writer may pick the clinic
    # unknown: more urgent is allowed, and the window follows the priority
    card = enforce_floors(_model_card("high", "within_3_months", "endocrinology"),
                          _issue(False), kb)
    assert (card.priority, card.follow_up) == ("high", "within_1_week")
    # unknown: a writer cannot send a card to emergency care by itself
    card = enforce_floors(_model_card("urgent", "immediately", "dermatology"), _issue(False), kb)
    assert card.department == "general_practice"
    # critical: the rules decide whatever the writer says
    crit = _issue(False, critical=True, priority="urgent", follow_up="immediately",
                  department="emergency")
    card = enforce_floors(_model_card("low", "next_checkup", "dermatology"), crit, kb)
    assert (card.priority, card.follow_up, card.department) == (
        "urgent", "immediately", "emergency")


def test_unknown_tests_get_a_card_whose_priority_rises_with_the_distance(tmp_path):
    cards = _cards(tmp_path, [("Lactate", "9.5", "mmol/L", "0.5 - 2.2"),
                              ("Zonulin Frobnicate", "45", "ng/mL", "10 - 40")])
    lactate = _card_with(cards, "Lactate")
    assert (lactate.priority, lactate.department, lactate.follow_up) == (
        "high", "general_practice", "within_1_week")
    assert lactate.title == "Lactate very high"
    zon = _card_with(cards, "Zonulin")
    assert (zon.priority, zon.follow_up) == ("medium", "within_1_month")
    for card in cards:
        assert check_card(card) == []


def test_model_text_cannot_drop_the_next_step_of_an_urgent_or_high_card(tmp_path):
    from checkup_desktop.core.cards import keep_next_step, rules_card
    from checkup_desktop.core.routing import group_issues

    kb = load_knowledge()
    analysis = run(text_pdf(tmp_path / "r.pdf", [[
        ("Potassium", "6.9", "mmol/L", "3.5 - 5.1"),
        "BREAST ULTRASOUND", "Impression: Irregular mass in the left breast. BI-RADS 4.",
    ]]))
    for issue in group_issues(analysis.findings, kb):
        rules = rules_card(issue, kb)
        soft = rules.model_copy(update={
            "origin": "model",
            "explanation": "Your result is outside the range. It can wait for a routine visit."})
        kept = keep_next_step(soft, rules, issue, "en")
        assert "Please" in kept.explanation, (issue.priority, kept.explanation)
        if issue.priority == "urgent":
            assert kept.explanation.startswith("Some results are far outside")
            assert TODAY.search(kept.explanation)
        assert "Your result is outside the range." in kept.explanation
        assert len(kept.explanation.split()) <= 90


def test_a_planned_or_watch_card_does_not_say_very(tmp_path):
    # a differential percentage at half its lower limit: far out by distance, but a watch
    # card; "very low" in its title would alarm with no next step to match
    cards = _cards(tmp_path, [("Monocytes", "1", "%", "2 - 10")])
    card = _card_with(cards, "Monocytes")
    assert card.priority in ("medium", "low")
    assert "very" not in card.title.lower()
    assert flag_words(card.evidence[0]) == "Very low"  # the table still says how far
