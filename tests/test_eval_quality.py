"""Rules-only quality on the synthetic labelled set (issue thresholds, DESIGN §6 metrics)."""

from synth.generator import generate_set

from checkup_desktop.core.evaluate import evaluate_dir, format_table
from checkup_desktop.core.knowledge import load_knowledge
from checkup_desktop.core.pipeline import run


def test_rules_only_meets_the_quality_bar(tmp_path):
    generate_set(tmp_path, n=44, seed=0)
    kb = load_knowledge()
    summary = evaluate_dir(tmp_path, lambda p: run(p, kb=kb).cards)
    t = summary.total
    print(format_table(summary))
    assert len(summary.reports) >= 40
    assert t.coverage >= 0.95
    assert t.precision >= 0.90
    assert t.priority_accuracy >= 0.90
    assert t.n_critical_under == 0 and t.n_critical_missed == 0
    assert t.department_accuracy >= 0.90
    assert t.follow_up_accuracy >= 0.85
    assert t.safety == 1.0
