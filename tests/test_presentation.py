"""Cards say honestly who wrote them, and who chose their routing."""

from checkup_desktop.core.models import ActionCard, Evidence
from checkup_desktop.core.presentation import card_origin_words


def _card(**over) -> ActionCard:
    base = dict(id="x", title="Thyroid nodule noted", priority="medium",
                department="thyroid_clinic", follow_up="within_3_months",
                explanation="The scan report mentions a thyroid nodule.",
                questions=["What does it mean for me?", "Do I need another scan?"],
                evidence=[Evidence(label="Thyroid nodule", value="", flag="finding", page=1,
                                   text="Impression: Thyroid nodule")])
    base.update(over)
    return ActionCard(**base)


def test_origin_words_name_the_writer_and_the_model_routing():
    assert card_origin_words(_card()) == "Written from the knowledge base"
    words = card_origin_words(_card(origin="model", routing_origin="model"))
    assert words.startswith("Written by the local model, checked.")
    assert "suggested how soon and which clinic" in words
    for lang in ("zh", "es", "de"):
        translated = card_origin_words(_card(origin="model", routing_origin="model"), lang)
        assert "suggested" not in translated and len(translated) > 20
