"""Reference ranges in the forms labs print them."""

import pytest

from checkup_desktop.core.ranges import parse_range


@pytest.mark.parametrize(
    "text,low,high",
    [
        ("13.00 - 17.00", 13.0, 17.0),
        ("150000 - 410000", 150000, 410000),
        ("4,800 - 10,800", 4800, 10800),
        ("1,50,000 - 4,10,000", 150000, 410000),
        ("4,00 - 9,50", 4.0, 9.5),
        ("< 200.00", None, 200.0),
        ("<0.3", None, 0.3),
        ("> 40.00", 40.0, None),
        (">59", 59.0, None),
        ("Up to 46 U / L", None, 46.0),
        ("3.5～5.1", 3.5, 5.1),
        ("15—40", 15, 40),
        ("15--40", 15, 40),
        ("0——5.20", 0, 5.2),
        ("≤5.2", None, 5.2),
        ("0-20 mm at 1hr", 0, 20),
        ("Normal: <5.7 ; Prediabetic: 5.7-6.4 Diabetic: >=6.5", None, 5.7),
    ],
)
def test_printed_forms(text, low, high):
    r = parse_range(text)
    assert r is not None
    assert (r.low, r.high) == (low, high)


def test_sex_specific_ranges_follow_the_patient_or_take_the_union():
    text = "M: 13-17 F: 12-15"
    assert (parse_range(text, "male").low, parse_range(text, "male").high) == (13, 17)
    assert (parse_range(text, "female").low, parse_range(text, "female").high) == (12, 15)
    union = parse_range(text)
    assert (union.low, union.high) == (12, 17)


def test_bounds_are_inclusive_and_direction_is_judged():
    r = parse_range("27.00 - 32.00")
    assert r.judge(32.0) == "normal"
    assert r.judge(35.0) == "high"
    assert r.judge(20.0) == "low"


def test_a_printed_bad_tier_is_not_the_normal_range():
    assert parse_range("Deficiency : < 20") is None
    assert parse_range("Desirable: < 200").high == 200


def test_no_range():
    assert parse_range("") is None
    assert parse_range("mg/dL") is None
