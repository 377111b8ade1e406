"""The rules-only pipeline end to end on generated PDFs: extraction, grouping, routing, cards."""

import pytest
from pdfmaker import chinese_report, image_pdf, lab_report, text_pdf

from checkup_desktop.core.cancel import Cancelled, CancelToken
from checkup_desktop.core.errors import NoReadableTextError
from checkup_desktop.core.events import CardReady, Done, Progress
from checkup_desktop.core.pipeline import analyze, run
from checkup_desktop.core.safety import check_card

PRIORITY_ORDER = ["urgent", "high", "medium", "low"]


def _by_label(analysis, text):
    return [c for c in analysis.cards if any(text.lower() in e.label.lower() for e in c.evidence)]


def test_printed_flag_never_beats_the_range(tmp_path):
    pdf = text_pdf(tmp_path / "r.pdf", [[
        ("Platelet Count", "20000", "Normal", "150000 - 410000 cumm"),
        ("Hemoglobin", "14.0", "Low", "13.0 - 17.0 g/dL"),
    ]])
    a = run(pdf)
    assert _by_label(a, "Platelet"), a.cards
    assert not _by_label(a, "Hemoglobin")  # "Low" printed, but 14.0 is within 13-17


def test_one_card_per_issue_group_and_sorted(tmp_path):
    pdf = lab_report(tmp_path / "r.pdf", rows=[
        ("Cholesterol Total", "250", "mg/dL", "< 200"),
        ("LDL Cholesterol", "190", "mg/dL", "< 100"),
        ("HDL Cholesterol", "50", "mg/dL", "> 40"),
        ("Hemoglobin", "6.2", "g/dL", "13.0 - 17.0"),
        ("Potassium", "4.0", "mmol/L", "3.5 - 5.1"),
    ])
    a = run(pdf)
    lipid = _by_label(a, "Cholesterol")
    assert len(lipid) == 1 and len(lipid[0].evidence) == 2  # total + LDL together, HDL normal
    hb = _by_label(a, "Hemoglobin")[0]
    assert hb.priority == "urgent"  # haemoglobin < 7 g/dL is critical (DESIGN §2)
    assert hb.follow_up == "immediately"
    ranks = [PRIORITY_ORDER.index(c.priority) for c in a.cards]
    assert ranks == sorted(ranks)
    assert not _by_label(a, "Potassium")
    for card in a.cards:
        assert check_card(card) == []
        for ev in card.evidence:
            assert ev.label in ev.text and ev.value in ev.text


def test_unknown_abnormal_test_still_gets_a_card(tmp_path):
    pdf = text_pdf(tmp_path / "r.pdf", [[("Zonulin Frobnicate", "55", "ng/mL", "10 - 40")]])
    a = run(pdf)
    card = _by_label(a, "Zonulin")[0]
    assert (card.priority, card.department) == ("medium", "general_practice")


def test_narrative_findings_make_cards_and_normal_statements_do_not(tmp_path):
    pdf = text_pdf(tmp_path / "r.pdf", [[
        "ULTRASOUND ABDOMEN",
        "Impression: Grade I fatty liver. No other abnormality detected.",
        "ECG: Sinus rhythm, within normal limits.",
    ]])
    a = run(pdf)
    assert len(a.cards) == 1
    assert "fatty liver" in a.cards[0].evidence[0].label.lower()


def test_events_stream_rules_cards_then_done(tmp_path):
    pdf = lab_report(tmp_path / "r.pdf", pages=2)
    events = list(analyze(pdf))
    assert isinstance(events[0], Progress) and isinstance(events[-1], Done)
    cards = [e for e in events if isinstance(e, CardReady)]
    assert cards and cards[0].index == 1 and cards[-1].index == cards[-1].count
    assert {e.page for e in events if isinstance(e, Progress) and e.stage == "reading"} >= {1, 2}


def test_cancel_stops_between_pages(tmp_path):
    pdf = lab_report(tmp_path / "r.pdf", pages=3)
    token = CancelToken()
    gen = analyze(pdf, cancel=token)
    next(gen)
    token.cancel()
    with pytest.raises(Cancelled):
        list(gen)


def test_only_images_is_a_clear_error_and_mixed_pages_are_listed(tmp_path):
    with pytest.raises(NoReadableTextError) as err:
        run(image_pdf(tmp_path / "scan.pdf"))
    assert "picture" in err.value.message
    import pymupdf

    mixed = pymupdf.open(lab_report(tmp_path / "text.pdf"))
    mixed.insert_pdf(pymupdf.open(image_pdf(tmp_path / "img.pdf")))
    mixed.save(tmp_path / "mixed.pdf")
    a = run(tmp_path / "mixed.pdf")
    assert a.unread_pages == [2] and a.cards


def test_chinese_report_gives_chinese_cards(tmp_path):
    chinese_report(tmp_path / "zh.pdf")
    a = run(tmp_path / "zh.pdf", lang="zh")
    ids = {c.id: c for c in a.cards}
    assert set(ids) == {"red_cells", "lipids", "finding-fatty_liver"}
    assert ids["red_cells"].priority == "high"  # Hb 98 g/L = 9.8 g/dL
    for card in a.cards:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in card.title + card.explanation)
        assert all(q.endswith("？") or q.endswith("?") for q in card.questions)
        assert "不是医疗建议" in card.notice
        assert check_card(card) == []


class _Writer:
    """A card writer that keeps the knowledge-base card (None) or returns its own text."""

    def __init__(self, rewrite: bool):
        self.rewrite = rewrite

    def write(self, issue, rules_card, *, lang, cancel):
        yield Progress("writing", tokens=1)
        if not self.rewrite:
            return None
        return rules_card.model_copy(update={"origin": "model",
                                             "title": "Cholesterol above range"})


@pytest.mark.parametrize("rewrite", [False, True])
def test_a_writer_returns_none_to_keep_the_knowledge_base_card(tmp_path, rewrite):
    pdf = lab_report(tmp_path / "r.pdf", rows=[("LDL Cholesterol", "190", "mg/dL", "< 100")])
    events = list(analyze(pdf, writer=_Writer(rewrite)))
    first, *replaced = [e.card for e in events if isinstance(e, CardReady)]
    card = events[-1].analysis.cards[0]
    if rewrite:
        assert [c.title for c in replaced] == ["Cholesterol above range"] == [card.title]
        assert card.origin == "model" and card.priority == first.priority
    else:
        assert replaced == [] and card is first and card.origin == "rules"


class _Rewrites:
    """A stand-in writer that appends one sentence to the knowledge-base explanation (the
    pipeline's wiring under test, not a model)."""

    def __init__(self, sentence):
        self.sentence = sentence

    def write(self, issue, rules_card, *, lang, cancel):
        yield from ()
        return rules_card.model_copy(update={
            "origin": "model",
            "explanation": f"{rules_card.explanation.split('. ')[0]}. {self.sentence}"})


def test_model_text_may_name_only_conditions_the_knowledge_base_or_evidence_names(tmp_path):
    pdf = lab_report(tmp_path / "r.pdf", rows=[("Hemoglobin", "11.0", "g/dL", "13.0 - 17.0")])
    # the knowledge-base card of red cells speaks of anaemia: the model may too
    grounded = run(pdf, writer=_Rewrites("Low values can be a sign of anaemia."))
    assert grounded.cards[0].origin == "model"
    # a condition that neither the knowledge base's card nor the report names is rejected
    ungrounded = run(pdf, writer=_Rewrites("Low values can be a sign of thalassemia."))
    assert ungrounded.cards[0].origin == "rules"
    assert "thalassemia" not in ungrounded.cards[0].explanation
