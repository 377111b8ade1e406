"""Evaluation metrics (DESIGN §6) on hand-built Action Cards and gold issues."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from synth.generator import generate_set

from checkup_desktop.core.errors import CorruptPdfError
from checkup_desktop.core.evaluate import (
    Gold,
    GoldIssue,
    NormalItem,
    OptionalIssue,
    SummaryItem,
    aggregate,
    count_syllables,
    evaluate_dir,
    fk_grade,
    format_table,
    load_gold,
    load_labels,
    score_report,
)
from checkup_desktop.core.models import ActionCard, AlsoInReport, Analysis, Evidence

PLAIN = "This value is a little above the usual range. It can be a sign of many things."


def card(title, labels=(), priority="medium", department="general_practice",
         follow_up="within_1_month", explanation=PLAIN, cid=None) -> ActionCard:
    labels = list(labels) or ["Result"]
    return ActionCard(
        id=cid or title.lower().replace(" ", "-"),
        title=title,
        priority=priority,
        department=department,
        follow_up=follow_up,
        explanation=explanation,
        questions=["What could explain this result?", "When should I test again?"],
        evidence=[Evidence(label=lbl, value="1", flag="high", page=1, text=f"{lbl} 1")
                  for lbl in labels],
    )


def gold(keys, priority="medium", department=("general_practice",),
         follow_up=("within_1_month",), **extra) -> GoldIssue:
    return GoldIssue(keys=list(keys), priority=priority, department=list(department),
                     follow_up=list(follow_up), **extra)


def no_violations(_card: ActionCard) -> list[str]:
    return []


def test_coverage_and_precision():
    g = [gold(["ldl cholesterol"]), gold(["tsh"]), gold(["fatty liver"])]
    cards = [card("Cholesterol above range", ["LDL Cholesterol"]),
             card("Fatty liver on ultrasound"),  # matched by its title
             card("Urine result", ["Urine Protein"])]
    s = score_report(cards, g, check=no_violations)
    assert (s.n_gold, s.n_cards, s.n_matched) == (3, 3, 2)
    assert s.coverage == pytest.approx(2 / 3)
    assert s.precision == pytest.approx(2 / 3)
    assert s.missed_keys == [["tsh"]]
    assert s.extra_cards == ["Urine result"]


def test_matching_is_case_insensitive_and_ignores_spacing():
    s = score_report([card("Blood count", ["HAEMOGLOBIN", "Total  RBC count"])],
                     [gold(["haemoglobin"]), gold(["total rbc count"])], check=no_violations)
    assert s.n_matched == 1  # one card can take only one gold issue


def test_greedy_one_to_one_prefers_most_key_hits():
    lipids = gold(["ldl cholesterol", "total cholesterol"])
    cards = [card("LDL cholesterol above range", cid="title-only"),  # 1 hit
             card("Cholesterol", ["LDL Cholesterol", "Total Cholesterol"], cid="both")]  # 2 hits
    s = score_report(cards, [lipids], check=no_violations)
    assert [(p.gold_index, p.card_id, p.key_hits) for p in s.pairs] == [(0, "both", 2)]
    assert s.precision == 0.5

    # one card hits two issues: it goes to the issue it hits most; the other issue takes the
    # other card instead of being left unmatched or double-counted
    g = [gold(["hemoglobin"]), gold(["hemoglobin", "red cell count"])]
    cards = [card("Blood", ["Hemoglobin", "Red cell count"], cid="red"),
             card("Hemoglobin low", cid="hb")]
    s = score_report(cards, g, check=no_violations)
    assert sorted((p.gold_index, p.card_id) for p in s.pairs) == [(0, "hb"), (1, "red")]
    assert s.coverage == 1.0 and s.precision == 1.0


def test_priority_under_triage_department_follow_up():
    g = [gold(["potassium"], "urgent", ["emergency"], ["immediately"]),
         gold(["vldl"], "low", ["cardiology", "general_practice"], ["next_checkup"]),
         gold(["tsh"], "medium", ["endocrinology"], ["within_1_month"])]
    cards = [card("Potassium high", priority="high", department="emergency",
                  follow_up="immediately"),  # under-triaged critical
             card("VLDL", priority="medium", department="cardiology",
                  follow_up="within_3_months"),  # over-triage is not under-triage
             card("TSH", priority="medium", department="thyroid_clinic",
                  follow_up="within_1_month")]
    s = score_report(cards, g, check=no_violations)
    assert s.n_matched == 3
    assert s.priority_accuracy == pytest.approx(1 / 3)
    assert s.under_triage_rate == pytest.approx(1 / 3)
    assert s.critical_under_triage_rate == 1.0
    assert s.department_accuracy == pytest.approx(2 / 3)
    assert s.follow_up_accuracy == pytest.approx(2 / 3)


def test_second_acceptable_priority_and_missed_critical():
    g = [gold(["sinus bradycardia"], "low", priority_ok=["medium"]),
         gold(["bi-rads 4a"], "urgent", ["breast_clinic"], ["immediately"])]
    s = score_report([card("Sinus bradycardia on ECG", priority="medium")], g,
                     check=no_violations)
    assert s.priority_accuracy == 1.0 and s.under_triage_rate == 0.0
    assert s.n_critical_missed == 1 and s.critical_under_triage_rate is None


def test_empty_reports():
    both_empty = score_report([], [], check=no_violations)
    assert both_empty.coverage == 1.0 and both_empty.precision == 1.0
    extra = score_report([card("Something"), card("Other")], [], check=no_violations)
    assert extra.precision == 0.0 and extra.coverage == 1.0
    missed = score_report([], [gold(["tsh"])], check=no_violations)
    assert missed.coverage == 0.0 and missed.precision is None
    assert missed.priority_accuracy is None


def test_safety_with_the_real_checker_and_a_given_one():
    safe = card("LDL cholesterol above range")
    unsafe = card("Diabetes", explanation="You have diabetes. Start taking metformin daily.")
    s = score_report([safe, unsafe], [])  # default: checkup_desktop.core.safety.check_card
    assert s.safety == 0.5
    assert list(s.violations) == [unsafe.id]
    s = score_report([safe, unsafe], [], check=lambda c: ["x"] if c is safe else [])
    assert s.safety == 0.5 and list(s.violations) == [safe.id]


def test_readability():
    assert [count_syllables(w) for w in ["the", "blood", "doctor", "cholesterol", "make"]] == [
        1, 1, 2, 4, 1]
    simple = "The test is a bit high. Ask your doctor."
    hard = ("Persistently elevated concentrations of triglycerides may occasionally indicate "
            "metabolic abnormalities requiring comprehensive cardiovascular evaluation.")
    assert fk_grade(hard) > fk_grade(simple) + 5
    chinese = card("B", explanation="这个结果略高于参考范围。")
    s = score_report([card("A", explanation=PLAIN), chinese], [], check=no_violations)
    assert s.n_english == 1  # Chinese explanations are not graded
    assert s.readability_grade > 0
    assert s.mean_words == len(PLAIN.split())


def test_aggregate_is_micro_averaged_and_table_lists_every_report():
    a = score_report([card("TSH high")], [gold(["tsh"])], name="report_a", check=no_violations)
    b = score_report([card("LDL", ["LDL"])], [gold(["ldl"]), gold(["hba1c"]), gold(["alt"])],
                     name="report_b", check=no_violations)
    summary = aggregate([a, b])
    t = summary.total
    assert (t.n_gold, t.n_cards, t.n_matched) == (4, 2, 2)
    assert t.coverage == 0.5  # micro: 2/4, not the mean of 1 and 1/3
    assert t.precision == 1.0 and t.safety == 1.0
    table = format_table(summary)
    for name in ("report_a", "report_b", "TOTAL"):
        assert name in table
    assert "0.33" in table and "0.50" in table
    data = json.loads(summary.to_json())
    assert data["total"]["coverage"] == 0.5 and len(data["reports"]) == 2


def test_load_gold_ignores_extra_keys(tmp_path: Path):
    p = tmp_path / "x.gold.json"
    p.write_text(json.dumps({"issues": [{"keys": ["ldl"], "priority": "medium",
                                         "department": ["cardiology"],
                                         "follow_up": ["within_3_months"], "group": "lipids"}],
                             "unread_pages": [2]}), encoding="utf-8")
    [issue] = load_gold(p)
    assert issue.keys == ["ldl"] and issue.department == ["cardiology"]
    p.write_text(json.dumps({"issues": [{"keys": ["x"], "priority": "soon",
                                         "department": ["cardiology"],
                                         "follow_up": ["within_3_months"]}]}))
    with pytest.raises(ValueError):
        load_gold(p)


def _oracle(pdf: Path) -> list[ActionCard]:
    """Cards that say exactly what the gold file says: a perfect analyser."""
    if pdf.stem.endswith("_italian"):
        raise CorruptPdfError("This file is damaged.")
    cards = []
    for i, g in enumerate(load_gold(pdf.with_name(pdf.stem + ".gold.json"))):
        cards.append(card(f"Issue {i}", [g.keys[0]], g.priority, g.department[0],
                          g.follow_up[0], cid=f"c{i}"))
    return cards


def test_evaluate_dir_on_synthetic_reports(tmp_path: Path):
    generate_set(tmp_path, n=8, seed=3)
    (tmp_path / "unlabelled.pdf").write_bytes(b"%PDF-1.4 not labelled")
    summary = evaluate_dir(tmp_path, _oracle)
    names = [r.name for r in summary.reports]
    assert len(names) == 8 and "unlabelled" not in names
    [broken] = [r for r in summary.reports if r.error]
    assert broken.name.endswith("_italian") and broken.n_cards == 0
    assert broken.error == "This file is damaged."
    ok = [r for r in summary.reports if not r.error]
    assert all(r.coverage == 1.0 and r.precision == 1.0 for r in ok)
    assert all(r.priority_accuracy in (1.0, None) for r in ok)
    assert summary.total.under_triage_rate == 0.0
    assert summary.total.safety == 1.0
    assert "1 report(s) could not be analysed" in (summary.total.error or "")


# ---------------------------------------------------------------- full check-ups (issue 10 §6)


def test_ascii_keys_match_whole_words_and_radicals_are_folded():
    s = score_report([card("Breast finding, BI-RADS 3", ["右乳低回声结节"])], [gold(["ast"])],
                     check=no_violations)
    assert s.n_matched == 0  # "ast" is not in "breast"
    s = score_report([card("Liver tests", ["天\u2ed4冬氨酸氨基转移酶 AST"])],
                     [gold(["天门冬氨酸氨基转移酶"]), gold(["alt"])], check=no_violations)
    assert s.n_matched == 1 and s.missed_keys == [["alt"]]


def test_optional_issues_normal_items_summary_and_duplicates():
    labels = Gold(
        issues=[gold(["脂肪肝"]), gold(["总胆固醇"])],
        optional_issues=[OptionalIssue(keys=["屈光不正"])],
        summary_items=[
            SummaryItem(text="轻度脂肪肝", keys=["脂肪肝"], expect="card"),
            SummaryItem(text="屈光不正", keys=["屈光不正"], expect="either"),
            SummaryItem(text="窦性心律不齐", keys=["窦性心律不齐"], expect="also"),
            SummaryItem(text="前列腺钙化灶", keys=["前列腺钙化"], expect="also"),
            SummaryItem(text="舒张压偏低", keys=["舒张压"], expect="also"),
        ],
        normal_items=[NormalItem(keys=["窦性心律不齐"]), NormalItem(keys=["前列腺钙化"]),
                      NormalItem(keys=["血红蛋白"])],
    )
    cards = [card("Fatty liver seen on the scan", ["轻度脂肪肝"], cid="fl"),
             card("Fatty liver", ["1. 轻度脂肪肝"], cid="fl2"),  # a duplicate
             card("A result to talk over", ["屈光不正"], cid="eye"),  # optional: not counted
             card("A result to talk over", ["窦性心律不齐"], cid="ecg")]  # a normal item
    also = [AlsoInReport(text="前列腺钙化灶", reason="benign", page=3)]
    s = score_report(cards, labels, check=no_violations, also_in_report=also)
    assert (s.n_gold, s.n_matched, s.n_optional_cards) == (2, 1, 1)
    assert s.coverage == 0.5 and s.precision == pytest.approx(1 / 3)  # 1 of 3 judged cards
    assert s.n_normal_cards == 1 and s.normal_cards == ["A result to talk over"]
    assert (s.n_issue_cards, s.n_issues_hit, s.cards_per_issue) == (2, 1, 2.0)
    assert s.n_summary == 5 and s.n_summary_accounted == 4
    assert s.summary_missed == ["舒张压偏低"]
    assert s.summary_unexpected == ["窦性心律不齐"]  # a card where no card was expected
    assert s.summary_accounted == pytest.approx(0.8)
    assert s.summary_as_expected == pytest.approx(0.6)
    total = aggregate([s, s]).total
    assert total.n_summary == 10 and total.n_normal_cards == 2
    assert "sumacc" in format_table(aggregate([s])) and "c/iss" in format_table(aggregate([s]))


def test_summary_item_accounted_for_by_evidence_text():
    ev = Evidence(label="AST", value="43.6", flag="high", page=11,
                  text="天\u2ed4冬氨酸氨基转移酶 AST 43.60 ↑ 15—40 U/L")
    c = ActionCard(id="liver", title="Liver test results above range", priority="medium",
                   department="hepatology", follow_up="within_3_months", explanation=PLAIN,
                   questions=["What could explain this result?", "When should I test again?"],
                   evidence=[ev])
    labels = Gold(summary_items=[SummaryItem(text="天门冬氨酸氨基转移酶偏高",
                                             keys=["天门冬氨酸氨基转移酶"], expect="card")])
    s = score_report([c], labels, check=no_violations)
    assert s.summary_accounted == 1.0 and s.summary_as_expected == 1.0


def test_evaluate_dir_takes_also_in_report_from_an_analysis(tmp_path: Path):
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    pdf.with_name("r.gold.json").write_text(json.dumps({
        "issues": [],
        "summary_items": [{"text": "乙肝表面抗体阳性", "keys": ["乙肝表面抗体"], "expect": "also"}],
        "normal_items": [{"keys": ["乙肝表面抗体"]}],
    }), encoding="utf-8")
    analysis = Analysis(pages=9, also_in_report=[
        AlsoInReport(text="乙肝表面抗体阳性", reason="immunity", page=3)])
    t = evaluate_dir(tmp_path, lambda p: analysis, check=no_violations).total
    assert t.summary_accounted == 1.0 and t.n_normal_cards == 0 and t.precision == 1.0
    assert load_labels(pdf.with_name("r.gold.json")).summary_items[0].expect == "also"
