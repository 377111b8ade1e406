"""Issue 14 §1: the earlier check-ups a report prints itself (a previous-years table, a
previous-result column with its date) are read for the trends, never as findings or cards.
Reports are built here with PyMuPDF; every expected figure and sentence is written by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from checkup_pdfs import write_pdf

from checkup_desktop.core.knowledge import load_knowledge
from checkup_desktop.core.models import Analysis, Finding
from checkup_desktop.core.pipeline import run
from checkup_desktop.core.report_history import checkup_date, same_checkup
from checkup_desktop.core.trends import (
    Year,
    back_in_range_sentence,
    change_sentence,
    compare,
    new_since_sentence,
    when,
)

ZH = (40.0, 200.0, 290.0, 380.0, 460.0)
TREND = (40.0, 170.0, 290.0, 410.0, 480.0)  # dates printed in CJK digits are wide
EN = (40.0, 200.0, 260.0, 390.0, 460.0)


def row(*cells: str, cols=ZH) -> tuple[tuple[float, str], ...]:
    return tuple((x, t) for x, t in zip(cols, cells, strict=False) if t)


# A Chinese check-up of 2025-05-18 with its centre's table of the two earlier years.
ZH_PAGE = [
    "健康体检报告",
    "姓名：李四    性别：女    体检日期：2025-05-18",
    row("项目", "结果", "参考范围", "单位"),
    row("总胆固醇", "6.20", "0-5.20", "mmol/L"),
    row("空腹血糖", "5.0", "3.9-6.1", "mmol/L"),
    row("尿酸", "300", "155-357", "μmol/L"),
    row("肌酐", "80", "41-73", "μmol/L"),
    "",
    "历年结果对比",
    row("项目", "2023-05-12", "2024-05-20", "本次", "单位", cols=TREND),
    row("总胆固醇", "5.10", "5.80↑", "6.20", "mmol/L", cols=TREND),
    row("空腹血糖", "6.8↑", "6.5↑", "5.0", "mmol/L", cols=TREND),
    row("尿酸", "380↑", "300", "300", "μmol/L", cols=TREND),
    row("肌酐", "60", "65", "80", "μmol/L", cols=TREND),
    "",
    "说明：历年结果仅供参考。",
]


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


@pytest.fixture(scope="module")
def zh(tmp_path_factory):
    return run(write_pdf(tmp_path_factory.mktemp("zh") / "2025.pdf", [ZH_PAGE]), lang="zh")


def _rows(analysis: Analysis) -> list[tuple]:
    return [(r.date, r.key, r.value_num, r.unit, r.flag) for r in analysis.earlier_results]


def test_a_chinese_previous_years_table_is_read_by_date_and_test(zh):
    assert zh.report_date == "2025-05-18"
    # the "本次" column is this report: not an earlier result; each value is judged against
    # the range this report prints for the same test (总胆固醇 0-5.20, 尿酸 155-357, ...)
    assert _rows(zh) == [
        ("2023-05-12", "total_cholesterol", 5.10, "mmol/L", "normal"),
        ("2023-05-12", "glucose_fasting", 6.8, "mmol/L", "high"),
        ("2023-05-12", "uric_acid", 380.0, "μmol/L", "high"),
        ("2023-05-12", "creatinine", 60.0, "μmol/L", "normal"),
        ("2024-05-20", "total_cholesterol", 5.80, "mmol/L", "high"),
        ("2024-05-20", "glucose_fasting", 6.5, "mmol/L", "high"),
        ("2024-05-20", "uric_acid", 300.0, "μmol/L", "normal"),
        ("2024-05-20", "creatinine", 65.0, "μmol/L", "normal"),
    ]
    # the table is never a finding: one row per test, from the results table (page 1 lines)
    labs = [(f.key, f.value) for f in zh.findings if f.kind == "lab"]
    assert labs == [("total_cholesterol", "6.20"), ("glucose_fasting", "5.0"),
                    ("uric_acid", "300"), ("creatinine", "80")]


def test_the_table_gives_trends_new_since_and_back_in_range(zh, kb):
    cmp = compare(zh, dt.date(2025, 5, 18), [], kb)
    tc = cmp.trends["total_cholesterol"]
    assert [(r.date, r.value) for r in tc.readings] == [
        (dt.date(2023, 5, 12), 5.10), (dt.date(2024, 5, 20), 5.80), (dt.date(2025, 5, 18), 6.20)]
    assert change_sentence(tc, "zh") == "总胆固醇 6.2 mmol/L，比2024年5月的5.8升高。"
    assert change_sentence(tc) == "总胆固醇 6.2 mmol/L, up from 5.8 in May 2024."
    # creatinine 65 then, 80 (above 41-73) now: its card is new since May 2024
    creat = next(c for c in zh.cards if any(e.label == "肌酐" for e in c.evidence))
    assert cmp.new_since[creat.id] == dt.date(2024, 5, 20)
    assert new_since_sentence(cmp.new_since[creat.id], "zh") == "自2024年5月的体检以来新出现。"
    tc_card = next(c for c in zh.cards if any(e.label == "总胆固醇" for e in c.evidence))
    assert tc_card.id not in cmp.new_since  # high in May 2024 already
    # glucose 6.5 (high) then, 5.0 now: good news, never a card
    (back,) = cmp.back_in_range
    assert back.key == "glucose_fasting"
    assert back_in_range_sentence(back, "zh") == (
        "空腹血糖已回到参考范围内：5 mmol/L（2024年5月时为6.5）。")
    assert not any(e.label == "空腹血糖" for c in zh.cards for e in c.evidence)
    # the cards are those of this year's results only
    assert sorted(e.label for c in zh.cards for e in c.evidence) == ["总胆固醇", "肌酐"]


def test_a_date_in_both_the_history_and_the_table_is_the_historys(zh, kb):
    history = Analysis(pages=1, report_date="2024-05-20", findings=[Finding(
        label="总胆固醇", value="5.50", unit="mmol/L", flag="normal", page=1,
        text="总胆固醇 5.50 mmol/L 0-5.60", kind="lab", value_num=5.5, low=0.0, high=5.6,
        key="total_cholesterol")])
    cmp = compare(zh, dt.date(2025, 5, 18), [(dt.date(2024, 5, 20), history)], kb)
    assert [r.value for r in cmp.trends["total_cholesterol"].readings] == [5.10, 5.5, 6.20]
    # the history's 2024 analysis has no glucose: the table's 2024 glucose is not used either,
    # so glucose's last reading is 2023's (high), and it is back in range since then
    glucose = cmp.trends["glucose_fasting"]
    assert [(r.date, r.value) for r in glucose.readings] == [
        (dt.date(2023, 5, 12), 6.8), (dt.date(2025, 5, 18), 5.0)]
    # a later report never counts as earlier; the table's dates are placed by themselves
    assert compare(zh, dt.date(2024, 1, 1), [], kb).trends.keys() == {
        "total_cholesterol", "glucose_fasting", "uric_acid", "creatinine"}
    assert [r.value for r in compare(zh, dt.date(2024, 1, 1), [], kb)
            .trends["total_cholesterol"].readings] == [5.10, 6.20]


def test_a_report_whose_only_abnormal_values_are_in_the_table_gives_no_card(tmp_path):
    page = [
        "姓名：王五    性别：男    体检日期：2026-04-02",
        row("项目", "结果", "参考范围", "单位"),
        row("总胆固醇", "4.80", "0-5.20", "mmol/L"),
        row("丙氨酸氨基转移酶", "30", "9-50", "U/L"),
        "",
        "历年体检结果对比",
        row("项目", "2024", "2025", "2026"),
        row("总胆固醇", "6.90↑", "7.20↑", "4.80"),
        row("丙氨酸氨基转移酶", "120↑", "95↑", "30"),
        row("血压", "150/95", "160/100", "120/80"),
    ]
    analysis = run(write_pdf(tmp_path / "2026.pdf", [page]))
    assert analysis.cards == []
    assert {f.flag for f in analysis.findings} == {"normal"}
    # years only: the 2026 column is this report's; blood pressure is read as two tests
    assert _rows(analysis) == [
        ("2024", "total_cholesterol", 6.90, "mmol/L", "high"),
        ("2024", "alt", 120.0, "U/L", "high"),
        ("2024", "bp_systolic", 150.0, "mmHg", "high"),
        ("2024", "bp_diastolic", 95.0, "mmHg", "high"),
        ("2025", "total_cholesterol", 7.20, "mmol/L", "high"),
        ("2025", "alt", 95.0, "U/L", "high"),
        ("2025", "bp_systolic", 160.0, "mmHg", "high"),
        ("2025", "bp_diastolic", 100.0, "mmHg", "high"),
    ]
    cmp = compare(analysis, dt.date(2026, 4, 2), [], load_knowledge())
    assert [b.key for b in cmp.back_in_range] == ["total_cholesterol", "alt"]
    assert back_in_range_sentence(cmp.back_in_range[0]) == (
        "总胆固醇 is back in range: 4.8 mmol/L (it was 7.2 in 2025).")
    assert back_in_range_sentence(cmp.back_in_range[1], "zh") == (
        "丙氨酸氨基转移酶已回到参考范围内：30 U/L（2025年时为95）。")


def test_english_previous_result_columns_and_a_previous_years_table(tmp_path, kb):
    pages = [[
        "Patient: A. Person    Sex: Female    Collected: 18/05/2025",
        row("Test", "Result", "Previous (14/05/2024)", "Unit", "Range", cols=EN),
        row("LDL Cholesterol", "190", "160", "mg/dL", "< 100", cols=EN),
        row("TSH", "6.0", "2.0", "uIU/mL", "0.4 - 4.0", cols=EN),
        row("Glucose Fasting", "90", "118", "mg/dL", "70 - 99", cols=EN),
        row("Creatinine", "80", "", "umol/L", "45 - 90", cols=EN),
        "",
        "Previous years",
        row("Test", "2022-05-11", "2023-05-10", "Unit", cols=EN),
        row("Creatinine", "0.9", "1.0", "mg/dL", cols=EN),
    ], [
        "Patient: A. Person    Sex: Female    Collected: 18/05/2025",
        row("Test", "Result", "Previous result and date", "Unit", "Range", cols=EN),
        row("HbA1c", "5.4", "6.1   02/11/2023", "%", "4.0 - 5.6", cols=EN),
    ], [
        "Patient: A. Person    Sex: Female    Collected: 18/05/2025",
        row("Tests", "Current Result and Flag", "Previous Result and Date", "Units",
            "Ref. Interval", cols=(40.0, 150.0, 270.0, 400.0, 460.0)),
        row("Triglycerides", "210  High", "140   05/14/2024", "mg/dL", "0 - 149",
            cols=(40.0, 150.0, 270.0, 400.0, 460.0)),
    ]]
    analysis = run(write_pdf(tmp_path / "en.pdf", pages, font="helv"))
    assert [(f.key, f.value) for f in analysis.findings] == [
        ("ldl", "190"), ("tsh", "6.0"), ("glucose_fasting", "90"), ("creatinine", "80"),
        ("hba1c", "5.4"), ("triglycerides", "210")]
    assert sorted(_rows(analysis)) == [
        ("2022-05-11", "creatinine", 0.9, "mg/dL", "normal"),
        ("2023-05-10", "creatinine", 1.0, "mg/dL", "normal"),
        ("2023-11-02", "hba1c", 6.1, "%", "high"),
        ("2024-05-14", "glucose_fasting", 118.0, "mg/dL", "high"),
        ("2024-05-14", "ldl", 160.0, "mg/dL", "high"),
        ("2024-05-14", "triglycerides", 140.0, "mg/dL", "normal"),
        ("2024-05-14", "tsh", 2.0, "uIU/mL", "normal"),
    ]
    cmp = compare(analysis, dt.date(2025, 5, 18), [], kb)
    assert change_sentence(cmp.trends["ldl"]) == (
        "LDL Cholesterol 190 mg/dL, up from 160 in May 2024.")
    # mg/dL in the table, µmol/L in this report: 0.9 / 0.011312 and 1.0 / 0.011312
    assert [round(r.value, 2) for r in cmp.trends["creatinine"].readings] == [79.56, 88.4, 80.0]
    tsh = next(c for c in analysis.cards if any(e.label == "TSH" for e in c.evidence))
    assert cmp.new_since[tsh.id] == dt.date(2024, 5, 14)
    assert change_sentence(cmp.trends["triglycerides"]) == (
        "Triglycerides 210 mg/dL, up from 140 in May 2024.")
    assert [b.key for b in cmp.back_in_range] == ["glucose_fasting", "hba1c"]
    assert back_in_range_sentence(cmp.back_in_range[1]) == (
        "HbA1c is back in range: 5.4 % (it was 6.1 in November 2023).")


def test_printed_dates_and_the_same_checkup():
    assert [checkup_date(t) for t in ("2024", "2024-05", "2024年5月", "2024-05-20", "14/05/2024",
                                      "本次", "上次结果")] == [
        "2024", "2024-05", "2024-05", "2024-05-20", "2024-05-14", None, None]
    day = dt.date(2025, 5, 18)
    assert same_checkup("2025", day) and same_checkup("2025-05", day)
    assert same_checkup("2025-05-10", day) and not same_checkup("2025-04-01", day)
    assert not same_checkup("2024", day)
    assert when(Year(2024), "en") == "2024" and when(Year(2024), "zh") == "2024年"
    assert Year(2024) < dt.date(2024, 3, 1)


def test_header_titles_run_together_are_cut_into_their_columns(tmp_path, zh):
    # wide CJK digits: "2023-05-12", "2024-05-20" and "本次" are read as one header cell
    page = [*ZH_PAGE[:9], *(tuple((x, t) for (_x, t), x in zip(line, ZH, strict=True))
                            for line in ZH_PAGE[9:14]), *ZH_PAGE[14:]]
    analysis = run(write_pdf(tmp_path / "glued.pdf", [page]))
    assert _rows(analysis) == _rows(zh)  # the same eight results as with room between them


def test_undated_report_its_own_column_is_left_out_and_the_handout_shows_the_table(tmp_path):
    import pymupdf

    from checkup_desktop.core.export import write_handout

    page = [
        "姓名：王五    性别：男",
        row("项目", "结果", "参考范围", "单位"),
        row("总胆固醇", "4.80", "0-5.20", "mmol/L"),
        "",
        "历年体检结果对比",
        row("项目", "2024", "2025", "2026"),
        row("总胆固醇", "6.90↑", "7.20↑", "4.80"),
    ]
    analysis = run(write_pdf(tmp_path / "undated.pdf", [page]))
    assert analysis.report_date == ""
    # the 2026 column holds this report's own value (4.80): not an earlier check-up
    assert _rows(analysis) == [("2024", "total_cholesterol", 6.90, "mmol/L", "high"),
                               ("2025", "total_cholesterol", 7.20, "mmol/L", "high")]
    out = write_handout(analysis, tmp_path / "handout.pdf", report_name="undated.pdf")
    text = " ".join(" ".join(p.get_text().split()) for p in pymupdf.open(out))
    assert "总胆固醇 is back in range: 4.8 mmol/L (it was 7.2 in 2025)." in text


def test_an_earlier_reports_own_table_counts_too(zh, kb):
    # the 2025 report (with its table of 2023 and 2024) is in the history; a 2026 report
    # without a table is compared with all three check-ups
    now = Analysis(pages=1, report_date="2026-05-20", findings=[Finding(
        label="总胆固醇", value="6.50", unit="mmol/L", flag="high", page=1,
        text="总胆固醇 6.50 mmol/L 0-5.20", kind="lab", value_num=6.5, low=0.0, high=5.2,
        key="total_cholesterol")])
    cmp = compare(now, dt.date(2026, 5, 20), [(dt.date(2025, 5, 18), zh)], kb)
    assert [(r.date, r.value) for r in cmp.trends["total_cholesterol"].readings] == [
        (dt.date(2023, 5, 12), 5.10), (dt.date(2024, 5, 20), 5.80),
        (dt.date(2025, 5, 18), 6.20), (dt.date(2026, 5, 20), 6.50)]
    # opened after it, the 2024 report is not counted twice from the 2025 report's table
    cmp = compare(now.model_copy(update={"report_date": "2024-05-20"}), dt.date(2024, 5, 20),
                  [(dt.date(2025, 5, 18), zh)], kb)
    assert [(r.date, r.value) for r in cmp.trends["total_cholesterol"].readings] == [
        (dt.date(2023, 5, 12), 5.10), (dt.date(2024, 5, 20), 6.50)]


@pytest.mark.parametrize(("heading", "dates", "printed"), [
    ("Previous results", ("12/05/2023", "20/05/2024", "18/05/2025"), ("2023-05-12", "2024-05-20")),
    ("Trend", ("May 2023", "May 2024", "May 2025"), ("2023-05", "2024-05")),
    ("", ("2023-05-12", "2024-05-20", "2025-05-18"), ("2023-05-12", "2024-05-20")),
])
def test_english_tables_of_earlier_years_never_make_cards(tmp_path, heading, dates, printed):
    cols = (40.0, 200.0, 280.0, 360.0, 440.0)
    page = [
        "Patient: A. Person    Sex: Female    Collected: 18/05/2025",
        row("Test", "Result", "Unit", "Range", cols=cols),
        row("LDL Cholesterol", "90", "mg/dL", "< 100", cols=cols),
        "",
        heading,
        row("Test", *dates, "Unit", cols=cols),
        row("LDL Cholesterol", "160", "150", "90", "mg/dL", cols=cols),
        row("Glucose Fasting", "130", "120", "95", "mg/dL", cols=cols),
    ]
    analysis = run(write_pdf(tmp_path / "en.pdf", [page], font="helv"))
    # the only abnormal values are in the table: no card, one finding (this year's LDL)
    assert analysis.cards == []
    assert [(f.key, f.value) for f in analysis.findings] == [("ldl", "90")]
    old, older = printed[0], printed[1]
    assert _rows(analysis) == [
        (old, "ldl", 160.0, "mg/dL", "high"), (old, "glucose_fasting", 130.0, "mg/dL", "high"),
        (older, "ldl", 150.0, "mg/dL", "high"),
        (older, "glucose_fasting", 120.0, "mg/dL", "high")]
