"""Issue 9 §3: report text is data. Whatever words a report prints (test names that are drug
names, 'biopsy advised', 'confirmed', a medicine in a conclusion, any Unicode), the analysis
never raises, every card passes the checks, and every out-of-range row still gets a card."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdfmaker import text_pdf

from checkup_desktop.core.knowledge import load_knowledge
from checkup_desktop.core.pipeline import run
from checkup_desktop.core.safety import check_card

# Words a safety checker looks for, as a report may print them (hand-written, not read from the
# checker): drugs (WHO INN), supplements, procedures, diagnoses and certainty words.
REPORT_WORDS = [
    "Insulin", "Fasting Insulin", "Insulin (Fasting)", "Vitamin D3", "Thyroxine", "Free Thyroxine",
    "Metformin level", "Digoxin", "Lithium", "Valproic Acid", "Vancomycin Trough",
    "Tacrolimus", "Phenytoin", "Carbamazepine", "Theophylline", "Cyclosporine",
    "Methotrexate", "Paracetamol level", "Salicylate", "Warfarin INR", "Heparin anti-Xa",
    "Atorvastatin", "Aspirin", "Ferritin after Iron Tablets", "Folic Acid", "Vitamin B12",
    "Calcium Supplement", "Cancer Antigen 125", "Tumour Marker CEA", "Diagnosed Diabetes Panel",
    "Confirmed HbA1c", "Biopsy Marker", "Chemotherapy Day 8 WBC", "Dialysis Urea",
    "Definitely Haemolysed Potassium", "Death Receptor 5", "Fatal Familial Index",
]
NARRATIVE = [
    "Impression: Suspicious 1.2 cm nodule in the left breast, BI-RADS 4. Biopsy advised.",
    "Conclusion: Confirmed grade II fatty liver. Patient is diagnosed with hepatitis B.",
    "Impression: Known diabetic on metformin 500 mg twice daily and insulin glargine 20 units.",
    "Remarks: Start atorvastatin 20 mg daily. Stop aspirin before surgery. You have cancer.",
    "结论：考虑肝癌可能，建议活检。患者确诊糖尿病，服用二甲双胍0.5g每日两次。",
    "ECG: Atrial fibrillation. Patient will die without treatment; fatal arrhythmia.",
]


WIDE = (30.0, 330.0, 400.0, 470.0)  # room for the longest printed test names


def _rows(labels, value="999", rng="1 - 10"):
    return [(label, value, "", rng) for label in labels]


def _pages(items, per_page=38):
    return [items[i:i + per_page] for i in range(0, len(items), per_page)]


def _assert_every_row_has_a_card(analysis, labels):
    shown = {e.label.casefold() for c in analysis.cards for e in c.evidence}
    missing = [label for label in labels if label.casefold() not in shown]
    assert not missing, missing[:20]
    for card in analysis.cards:
        assert check_card(card) == [], (card.title, check_card(card))


def test_report_words_that_a_checker_fears_never_break_an_analysis(tmp_path):
    pdf = text_pdf(tmp_path / "r.pdf", _pages(_rows(REPORT_WORDS) + NARRATIVE))
    for lang in ("en", "zh", "es", "de"):
        analysis = run(pdf, lang=lang)
        _assert_every_row_has_a_card(analysis, REPORT_WORDS)


def test_every_alias_of_the_knowledge_base_as_a_label_gets_a_card(tmp_path):
    kb = load_knowledge()
    labels = sorted({alias.lstrip("=") for a in kb.analytes.values() if a.kind == "quantitative"
                     for alias in a.aliases if alias.isascii() and len(alias.lstrip("=")) >= 2})
    analysis = run(text_pdf(tmp_path / "r.pdf", _pages(_rows(labels)), columns=WIDE))
    _assert_every_row_has_a_card(analysis, labels)


def test_the_cli_prints_cards_for_a_report_full_of_such_words(tmp_path):
    pdf = text_pdf(tmp_path / "r.pdf", _pages(_rows(REPORT_WORDS[:10]) + NARRATIVE))
    out = subprocess.run([sys.executable, "-m", "checkup_desktop", "analyze", str(pdf),
                          "--rules-only"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    assert "Fasting Insulin" in out.stdout


_WORD = st.one_of(
    st.sampled_from(REPORT_WORDS),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1,
            max_size=12),
    st.sampled_from(["肌酐", "⻔冬氨酸", "β2-微球蛋白", "Na⁺", "µg/L", "‮RTL", "e\u0301", "🙂"]),
)


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(labels=st.lists(st.lists(_WORD, min_size=1, max_size=3).map(" ".join), min_size=1,
                       max_size=12),
       narrative=st.lists(st.sampled_from(NARRATIVE) | st.text(max_size=80), max_size=3),
       lang=st.sampled_from(["en", "zh", "es", "de"]))
def test_random_report_text_never_raises(tmp_path_factory, labels, narrative, lang):
    pdf = text_pdf(tmp_path_factory.mktemp("r") / "r.pdf", [_rows(labels) + narrative])
    analysis = run(pdf, lang=lang)
    for card in analysis.cards:
        assert check_card(card) == [], (card.title, check_card(card))
    known = [label for label in labels if label in REPORT_WORDS]
    _assert_every_row_has_a_card(analysis, known)


@pytest.mark.parametrize("lang", ["en", "zh", "es", "de"])
def test_the_generic_card_passes_every_check(lang):
    from checkup_desktop.core.cards import generic_card
    from checkup_desktop.core.models import Finding, Issue

    f = Finding(label="Insulin", value="40", flag="critical_high", page=1, text="Insulin 40")
    for priority, follow_up in (("urgent", "immediately"), ("medium", "within_1_month")):
        issue = Issue(key="unknown:insulin", findings=[f], priority=priority,
                      department="general_practice", follow_up=follow_up, known=False)
        card = generic_card(issue, load_knowledge(), lang=lang)
        assert check_card(card) == []
        assert (card.priority, card.follow_up) == (priority, follow_up)
