"""Cards say in plain words who wrote them; priority words and follow-up windows agree; the
window and the handout share one vocabulary."""

import pytest

from checkup_desktop.core.models import (
    FOLLOW_UPS,
    PRIORITIES,
    WINDOWS_BY_PRIORITY,
    ActionCard,
    AlsoInReport,
    Evidence,
)
from checkup_desktop.core.presentation import (
    action_sentence,
    also_line,
    card_origin_words,
    follow_up_words,
    group_by_priority,
    priority_style,
    shown_card,
)


def _card(**over) -> ActionCard:
    base = dict(id="x", title="Thyroid nodule noted", priority="medium",
                department="thyroid_clinic", follow_up="within_3_months",
                explanation="The scan report mentions a thyroid nodule.",
                questions=["What does it mean for me?", "Do I need another scan?"],
                evidence=[Evidence(label="Thyroid nodule", value="", flag="finding", page=1,
                                   text="Impression: Thyroid nodule")])
    base.update(over)
    return ActionCard(**base)


def test_origin_words_are_plain_and_name_the_model_routing():
    assert card_origin_words(_card()) == (
        "The app wrote this card from its built-in medical knowledge base.")
    words = card_origin_words(_card(origin="model", routing_origin="model"))
    assert words.startswith("A language model on this computer reworded this card")
    assert "suggested how soon and which clinic" in words
    for lang in ("zh", "es", "de"):
        translated = card_origin_words(_card(origin="model", routing_origin="model"), lang)
        assert "suggested" not in translated and "language model" not in translated
        assert len(translated) > 20


@pytest.mark.parametrize("lang", ["en", "zh", "es", "de"])
def test_group_headings_and_windows_agree_for_every_combination(lang):
    """The issue's case: a "Soon" group held "within 1 month" while a "Planned" card also
    said "within 1 month". Whatever a card carries, each window is shown under one group
    only, the group heading names it, and no card is shown less pressing than it was."""
    cards = [_card(id=f"{p}-{f}", priority=p, follow_up=f) for p in PRIORITIES
             for f in FOLLOW_UPS]
    seen: dict[str, str] = {}
    for group, members in group_by_priority(cards):
        for c in members:
            assert c.follow_up in WINDOWS_BY_PRIORITY[group]
            assert seen.setdefault(c.follow_up, group) == group  # one group per window
    for c in cards:
        shown = shown_card(c)
        assert PRIORITIES.index(shown.priority) <= PRIORITIES.index(c.priority)
        assert FOLLOW_UPS.index(shown.follow_up) <= FOLLOW_UPS.index(c.follow_up)
    heading = priority_style("high", lang).heading
    assert follow_up_words("within_1_week", lang).replace(" ", "")[:2] in heading.replace(
        " ", "") or lang in ("es", "de")
    assert priority_style("high", "en").heading == "Soon · Book an appointment within 1 week."
    # the sentence on a card says the same window as its group
    card = _card(priority="high", follow_up="within_1_month")
    assert "within 1 week" in action_sentence(card)


def test_also_in_report_line_has_reason_and_page():
    item = AlsoInReport(text="Small gallbladder polyp", reason="The report says no "
                        "follow-up is needed.", page=3)
    assert also_line(item) == ("Small gallbladder polyp: The report says no follow-up is "
                               "needed (page 3)")
    assert "第3页" in also_line(item, "zh")
