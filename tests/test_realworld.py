"""The real lab reports in ../shared/realworld/ (no gold there): every file gives cards whose
evidence is in the PDF, or a clear error. The table lists what each file gives today, so a
regression in extraction or routing shows up as a failing row."""

import pymupdf
import pytest

from checkup_desktop.core.errors import CorruptPdfError, NoReadableTextError
from checkup_desktop.core.pipeline import run
from checkup_desktop.core.safety import check_card

# file -> {card id: priority}, judged against each report's own printed ranges
EXPECTED = {
    "blood-tests-extractor__fake-blood-check.pdf": {"red_cells": "medium", "white_cells": "low"},
    "hsuit-module3__1.pdf": {"thyroid": "high"},  # TSH 96.2 against 0.30 - 4.5
    "hsuit-module3__12.pdf": {"red_cells": "high", "iron": "medium", "lipids": "medium",
                              "vitamin_d": "medium"},
    # platelets 20000 /cumm = 20 x10^9/L: a critical value (Kost, JAMA 1990;263:704)
    "reportlens__cbc_abnormal_drlogy.pdf": {"platelets": "urgent", "white_cells": "high",
                                            "red_cells": "medium"},
    "reportlens__labsmart_cbc.pdf": {"red_cells": "low", "white_cells": "low"},
    # LDL 190 mg/dL: severe, for a planned visit (ACC/AHA 2018 cholesterol guideline)
    "reportlens__lipid_drlogy.pdf": {"lipids": "medium"},
    "reportlens__mylab_lft.pdf": {"liver": "medium"},
    "saicmr-blood-test-analysis__blood_test_report.pdf": {
        "electrolytes": "medium", "liver": "medium", "thyroid": "medium", "white_cells": "low"},
}
ERRORS = {
    "corrupt__truncated_blood_test_report.pdf": CorruptPdfError,
    "lablens__reports-1.pdf": NoReadableTextError,  # scans: unread without a vision model
    "labreport-agent-mohd__test3.pdf": NoReadableTextError,
}


def test_every_real_file_is_listed(realworld):
    assert {p.name for p in realworld.glob("*.pdf")} == set(EXPECTED) | set(ERRORS)


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_unusable_files_give_a_clear_error(realworld, name):
    with pytest.raises(ERRORS[name]) as err:
        run(realworld / name)
    assert len(err.value.message) > 40


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_cards_match_the_listing_and_are_grounded(realworld, name):
    analysis = run(realworld / name)
    assert {c.id: c.priority for c in analysis.cards} == EXPECTED[name]
    doc = pymupdf.open(realworld / name)
    for card in analysis.cards:
        assert check_card(card) == []
        for ev in card.evidence:
            page_text = " ".join(doc[ev.page - 1].get_text().split())
            for printed in (ev.label, ev.value):
                assert " ".join(printed.split()) in page_text, (printed, ev.page)


def test_printed_normal_beside_an_out_of_range_platelet_count(realworld):
    analysis = run(realworld / "reportlens__cbc_abnormal_drlogy.pdf")
    platelets = next(c for c in analysis.cards if c.id == "platelets")
    assert platelets.evidence[0].value == "20000" and platelets.evidence[0].flag == "critical_low"
