"""The handout PDF (core/export.py) and the plain words it shares with the window
(core/presentation.py): written for real, read back with PyMuPDF."""

from __future__ import annotations

import datetime as dt
import os

import pymupdf
import pytest

from checkup_desktop.core.export import write_handout
from checkup_desktop.core.models import (
    FOLLOW_UPS,
    PRIORITIES,
    STANDING_NOTICE,
    ActionCard,
    Analysis,
    Department,
    Evidence,
)
from checkup_desktop.core.presentation import (
    action_sentence,
    department_name,
    follow_up_words,
    group_by_priority,
    priority_style,
    sort_cards,
)


def _ev(label: str, value: str, unit: str, rng: str, flag: str, page: int = 1) -> Evidence:
    return Evidence(label=label, value=value, unit=unit, reference_range=rng, flag=flag,
                    page=page, bbox=(50, 100, 300, 112), text=f"{label} {value} {unit} {rng}")


def _card(cid: str, title: str, priority: str, department: str = "general_practice",
          follow_up: str = "within_1_month", **kw) -> ActionCard:
    return ActionCard(
        id=cid, title=title, priority=priority, department=department, follow_up=follow_up,
        explanation=kw.pop("explanation", "This result is outside the lab's range. It can be "
                           "a sign worth discussing with a clinician."),
        questions=kw.pop("questions", ["What does this result mean for me?",
                                       "When should it be rechecked?"]),
        evidence=kw.pop("evidence", [_ev(title.split()[0], "12", "mg/dL", "1 - 10", "high")]),
        **kw)


CARDS = [
    _card("ldl", "LDL cholesterol above range", "medium", "cardiology", "within_3_months",
          evidence=[_ev("LDL Cholesterol", "162", "mg/dL", "< 130", "high"),
                    _ev("Total Cholesterol", "245", "mg/dL", "< 200", "high")]),
    _card("hb", "Haemoglobin very low", "urgent", "hematology", "immediately",
          evidence=[_ev("Hemoglobin (Hb)", "6.4", "g/dL", "13.0 - 17.0", "critical_low")],
          origin="model"),
    _card("tsh", "促甲状腺激素偏高", "high", "thyroid_clinic", "within_1_month",
          explanation="促甲状腺激素高于参考范围，可能提示需要进一步检查。",
          questions=["这个结果意味着什么？", "需要复查吗？"],
          evidence=[_ev("促甲状腺激素", "8.2", "mIU/L", "0.27–4.2", "high", page=2)]),
    _card("vitd", "Vitamin D below range", "low", follow_up="next_checkup"),
]


def _pages_text(path) -> list[str]:
    with pymupdf.open(path) as doc:
        return [page.get_text() for page in doc]


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_handout_cover_cards_in_priority_order_and_edits(tmp_path):
    analysis = Analysis(source="r.pdf", pages=2, unread_pages=[2], cards=CARDS)
    out = write_handout(analysis, tmp_path / "handout.pdf", report_name="cbc_report.pdf",
                        edits={"ldl": ["Is my edited LDL question answered?"]},
                        today=dt.date(2026, 3, 14))
    pages = _pages_text(out)
    cover = _flat(pages[0])
    assert "cbc_report.pdf" in cover and "March 14, 2026" in cover
    assert _flat(STANDING_NOTICE) in cover
    assert "Some pages could not be read: 2" in cover
    # Cards after the cover: urgent first, then high, medium, low.
    body = _flat(" ".join(pages[1:]))
    titles = [c.title for c in sort_cards(CARDS)]
    assert titles == ["Haemoglobin very low", "促甲状腺激素偏高",
                      "LDL cholesterol above range", "Vitamin D below range"]
    positions = [body.index(t) for t in titles]
    assert positions == sorted(positions)
    for card in CARDS:  # the priority band carries the window's heading words
        assert _flat(priority_style(card.priority).heading) in body
        assert card.evidence[0].label in body
    # The notice is on every card, and every card leaves a line for the patient's question.
    assert body.count(_flat(STANDING_NOTICE)) == len(CARDS)
    assert body.count("Your own question:") == len(CARDS)
    ldl = body[positions[2]:positions[3]]
    assert "Is my edited LDL question answered?" in ldl
    assert "What does this result mean for me?" not in ldl  # replaced, not appended
    urgent = body[positions[0]:positions[1]]
    assert "Contact a doctor today" in urgent
    # who wrote a card is said in the window's detail view, not on paper
    assert "language model" not in body and "knowledge base" not in body


def test_chinese_text_is_embedded_and_reads_back(tmp_path):
    analysis = Analysis(source="r.pdf", pages=2, cards=CARDS)
    out = write_handout(analysis, tmp_path / "zh.pdf", report_name="体检报告.pdf", lang="zh")
    pages = _pages_text(out)
    assert "体检报告.pdf" in pages[0] and "这不是医疗建议" in pages[0]
    tsh_page = next(i for i, p in enumerate(pages) if i and "促甲状腺激素偏高" in p)
    assert "这个结果意味着什么？" in pages[tsh_page]
    with pymupdf.open(out) as doc:
        fonts = doc.get_page_fonts(tsh_page)
    # An embedded font file (xref > 0 and a font file extension) so any viewer shows Chinese.
    assert any(f[1] in ("ttf", "cff", "otf") for f in fonts), fonts


def test_all_clear_handout(tmp_path):
    out = write_handout(Analysis(source="r.pdf", pages=1), tmp_path / "clear.pdf",
                        report_name="clean.pdf")
    pages = _pages_text(out)
    assert len(pages) == 1
    assert "No result in this report needed a card" in _flat(pages[0])


def test_write_is_atomic(tmp_path):
    target = tmp_path / "h.pdf"
    target.write_bytes(b"old handout")
    write_handout(Analysis(source="r.pdf", pages=1, cards=CARDS[:1]), target,
                  report_name="r.pdf")
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["h.pdf"]  # no temp file left behind
    with pytest.raises(OSError):
        write_handout(Analysis(source="r.pdf", pages=1), tmp_path / "missing" / "h.pdf",
                      report_name="r.pdf")


def test_text_from_the_report_is_not_markup(tmp_path):
    card = _card("x", "Odd <b>label</b> & more", "low")
    out = write_handout(Analysis(source="r.pdf", pages=1, cards=[card]), tmp_path / "x.pdf",
                        report_name="a<b>.pdf")
    assert "Odd <b>label</b> & more" in "".join(_pages_text(out))
    assert os.path.getsize(out) > 1000


def test_action_sentences_are_plain():
    endo = _card("a", "Glucose above range", "high", "endocrinology", "within_1_week")
    assert action_sentence(endo) == (
        "Book an appointment with Endocrinology (hormones and diabetes) within 1 week.")
    urgent = _card("b", "Potassium very high", "urgent", "nephrology", "immediately")
    assert action_sentence(urgent).startswith("Contact a doctor today")
    er = _card("c", "Chest pain on ECG", "urgent", "emergency", "immediately")
    assert "emergency" in action_sentence(er)
    assert action_sentence(_card("d", "Mild", "low", follow_up="next_checkup")).startswith(
        "Recheck at your next check-up")
    assert action_sentence(urgent, "zh").startswith("今天联系医生")


def test_every_vocabulary_value_has_words_in_both_languages():
    departments = Department.__args__
    for lang in ("en", "zh"):
        assert len({department_name(d, lang) for d in departments}) == len(departments)
        assert len({follow_up_words(f, lang) for f in FOLLOW_UPS}) == len(FOLLOW_UPS)
        styles = [priority_style(p, lang) for p in PRIORITIES]
        # colour, icon and word all differ: priority never depends on colour alone
        for attr in ("colour", "icon", "word"):
            assert len({getattr(s, attr) for s in styles}) == len(PRIORITIES)


def test_grouping_keeps_priority_order():
    groups = group_by_priority(CARDS + [_card("z", "Second urgent", "urgent")])
    assert [p for p, _ in groups] == ["urgent", "high", "medium", "low"]
    assert [c.id for c in groups[0][1]] == ["hb", "z"]


def test_urgent_handout_says_so_first_and_is_not_titled_as_notes(tmp_path):
    """Issue 12: page 1 had no urgent banner and was titled "notes for your appointment"."""
    out = write_handout(Analysis(source="r.pdf", pages=2, cards=CARDS), tmp_path / "u.pdf",
                        report_name="k.pdf")
    cover = _flat(_pages_text(out)[0])
    assert cover.index("One result needs attention today. Contact a doctor today.") < \
        cover.index("Your check-up")
    assert "Your check-up: contact a doctor today" in cover
    assert "notes for your appointment" not in cover
    calm = write_handout(Analysis(source="r.pdf", pages=2, cards=CARDS[2:]),
                         tmp_path / "c.pdf", report_name="k.pdf")
    calm_cover = _flat(_pages_text(calm)[0])
    assert "needs attention today" not in calm_cover
    assert "notes for your appointment" in calm_cover
    zh = write_handout(Analysis(source="r.pdf", pages=2, cards=CARDS), tmp_path / "z.pdf",
                       report_name="k.pdf", lang="zh")
    assert "请今天联系医生" in _flat(_pages_text(zh)[0])


def test_also_in_your_report_is_listed_with_reason_and_page(tmp_path):
    from checkup_desktop.core.models import AlsoInReport

    items = [AlsoInReport(text="Small gallbladder polyp", reason="The report says no "
                          "follow-up is needed", page=3),
             AlsoInReport(text="Mild fatty liver", reason="Already covered by your liver "
                          "card", page=4)]
    for cards in (CARDS[:1], []):
        out = write_handout(Analysis(source="r.pdf", pages=4, cards=cards,
                                     also_in_report=items), tmp_path / "a.pdf",
                            report_name="k.pdf")
        cover = _flat(_pages_text(out)[0])
        assert "Also in your report" in cover
        assert "Small gallbladder polyp: The report says no follow-up is needed (page 3)" in cover
        assert "Mild fatty liver: Already covered by your liver card (page 4)" in cover


def test_chinese_headings_are_bold_and_stay_text(tmp_path):
    """The CJK font has no bold face: headings are stroked as well as filled (render mode 2)."""
    out = write_handout(Analysis(source="r.pdf", pages=2, cards=CARDS), tmp_path / "zh.pdf",
                        report_name="体检.pdf", lang="zh")
    with pymupdf.open(out) as doc:
        page = doc[0]
        stream = b"".join(doc.xref_stream(x) or b"" for x in page.get_contents())
        text = page.get_text()
    assert b"2 Tr" in stream
    assert text.count("您的体检") == 1  # drawn once, searchable, not doubled
