"""Issue 14 §1 (core): results of the same person a year apart become trends, "new since" and
"back in range". Expected figures and words are written by hand from the two reports below."""

import datetime as dt

from pdfmaker import text_pdf

from checkup_desktop.core.knowledge import load_knowledge
from checkup_desktop.core.pdf import read_pdf
from checkup_desktop.core.pipeline import run
from checkup_desktop.core.report_date import collection_date, parse_date
from checkup_desktop.core.trends import (
    back_in_range_sentence,
    change_sentence,
    compare,
    new_since_sentence,
    rising_sentence,
)

MARCH_2025 = [
    "Patient: A. Person    Sex: Female    Collected: 12/03/2025",
    ("LDL Cholesterol", "160", "mg/dL", "< 100"),
    ("TSH", "2.0", "uIU/mL", "0.4 - 4.0"),
    ("Glucose Fasting", "118", "mg/dL", "70 - 99"),
    ("ALT (SGPT)", "30", "U/L", "10 - 40"),
    ("Creatinine", "88", "umol/L", "45 - 90"),
]
MARCH_2026 = [
    "Patient: A. Person    Sex: Female    Collected: 10/03/2026",
    ("LDL Cholesterol", "190", "mg/dL", "< 100"),
    ("TSH", "6.0", "uIU/mL", "0.4 - 4.0"),
    ("Glucose Fasting", "90", "mg/dL", "70 - 99"),
    ("ALT (SGPT)", "38", "U/L", "10 - 40"),
    ("Creatinine", "1.3", "mg/dL", "0.5 - 1.1"),
]


def _two_years(tmp_path):
    old = text_pdf(tmp_path / "2025.pdf", [MARCH_2025])
    new = text_pdf(tmp_path / "2026.pdf", [MARCH_2026])
    return (collection_date(read_pdf(old)), run(old)), (collection_date(read_pdf(new)), run(new))


def test_collection_dates_are_read_from_the_report(tmp_path):
    (d_old, _), (d_new, _) = _two_years(tmp_path)
    assert (d_old, d_new) == (dt.date(2025, 3, 12), dt.date(2026, 3, 10))
    assert parse_date("采样时间：2024年11月3日 08:12") == dt.date(2024, 11, 3)
    assert parse_date("Reported on: 03/25/2025 10:15") == dt.date(2025, 3, 25)
    assert parse_date("Collected 5th Jan 2026") == dt.date(2026, 1, 5)
    assert parse_date("no date here") is None


def test_two_reports_a_year_apart_give_trends_new_since_and_back_in_range(tmp_path):
    (d_old, old), (d_new, new) = _two_years(tmp_path)
    cmp = compare(new, d_new, [(d_old, old)], load_knowledge())

    ldl = cmp.trends["ldl"]
    assert [r.value for r in ldl.readings] == [160, 190] and ldl.change == "up"
    assert change_sentence(ldl) == "LDL Cholesterol 190 mg/dL, up from 160 in March 2025."
    assert change_sentence(ldl, "zh") == "LDL Cholesterol 190 mg/dL，比2025年3月的160升高。"

    # 88 umol/L is 1.0 mg/dL: the earlier value is shown in this year's unit
    creat = cmp.trends["creatinine"]
    assert round(creat.readings[0].value, 2) == 1.0 and creat.change == "up"

    # TSH was in range last year: its card is new since then; LDL was already high
    tsh_card = next(c for c in new.cards if any(e.label == "TSH" for e in c.evidence))
    ldl_card = next(c for c in new.cards if any("LDL" in e.label for e in c.evidence))
    assert cmp.new_since.get(tsh_card.id) == dt.date(2025, 3, 12)
    assert ldl_card.id not in cmp.new_since
    assert new_since_sentence(cmp.new_since[tsh_card.id]) == (
        "New since your check-up in March 2025.")

    # glucose: high then, in range now -> good news, and never a card
    assert [b.key for b in cmp.back_in_range] == ["glucose_fasting"]
    assert back_in_range_sentence(cmp.back_in_range[0]) == (
        "Glucose Fasting is back in range: 90 mg/dL (it was 118 in March 2025).")
    assert not any(any("Glucose" in e.label for e in c.evidence) for c in new.cards)

    # ALT 30 -> 38 inside 10-40: mentioned, not a card
    assert [t.key for t in cmp.rising_in_range] == ["alt"]
    assert "ALT (SGPT) is still in range but has gone up" in rising_sentence(
        cmp.rising_in_range[0])
    assert not any(any("ALT" in e.label for e in c.evidence) for c in new.cards)

    assert [t.key for t in cmp.card_trends(ldl_card, new)] == ["ldl"]


def test_an_older_report_imported_later_is_never_new(tmp_path):
    (d_old, old), (d_new, new) = _two_years(tmp_path)
    cmp = compare(old, d_old, [(d_new, new)], load_knowledge())
    assert cmp.trends == {} and cmp.new_since == {} and cmp.back_in_range == []
