"""Full check-ups as check-up centres print them (issue 10 §1, §2, §4; issue 9 §4): lab tables
with abbreviation and previous-result columns, section conclusions, and the text that is never a
finding (tables of contents, trend tables, explanation pages, footnotes). Expectations are
written by hand from the reports in tests/checkup_pdfs.py."""

from __future__ import annotations

import time

import pymupdf
import pytest
from checkup_pdfs import ZH_HEADER, chinese_checkup, english_package, write_pdf, zh_row

from checkup_desktop.core.extract import extract_findings, extract_lab_findings
from checkup_desktop.core.knowledge import load_knowledge
from checkup_desktop.core.pdf import read_pdf
from checkup_desktop.core.textnorm import fold_radicals


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


@pytest.fixture(scope="module")
def zh(tmp_path_factory, kb):
    path = chinese_checkup(tmp_path_factory.mktemp("zh") / "checkup.pdf")
    return read_pdf(path), extract_findings(read_pdf(path), kb)


@pytest.fixture(scope="module")
def en(tmp_path_factory, kb):
    path = english_package(tmp_path_factory.mktemp("en") / "package.pdf")
    return extract_findings(read_pdf(path), kb)


def _abnormal(findings):
    return {(f.page, f.label, f.flag) for f in findings if f.flag != "normal"}


def test_radicals_supplement_is_folded_for_matching_only():
    assert fold_radicals("天⻔冬氨酸 ⻓ ⻝ ⻩") == "天门冬氨酸 长 食 黄"
    assert fold_radicals("血常规 AST") == "血常规 AST"


def test_every_lab_row_of_the_chinese_checkup_is_read(zh):
    _doc, findings = zh
    labs = [f for f in findings if f.kind == "lab"]
    # 5 general/eye rows with a range + 2 of height/weight without one are not all results:
    # BMI, SBP, DBP, 2 x IOP, 5 blood count, 10 chemistry, 8 serology/marker/urine rows
    assert len(labs) == 28
    # nothing from the table of contents (2), the summary page (3), the explanation (11) or
    # the trend table of previous years (12)
    assert {f.page for f in findings} <= {4, 5, 6, 7, 8, 9, 10}


def test_abbreviation_column_radicals_and_previous_results(zh):
    _doc, findings = zh
    ast = next(f for f in findings if f.key == "ast")
    # the evidence keeps the radical code point the report printed
    assert ast.label == "天⻔冬氨酸氨基转移酶 AST"
    assert (ast.value, ast.unit, ast.reference_range, ast.flag) == ("43.60", "U/L", "15—40", "high")
    tc = next(f for f in findings if f.key == "total_cholesterol")
    # no printed flag: judged from the range; the previous result (5.32) is not the value
    assert (tc.value, tc.reference_range, tc.flag) == ("5.71", "0—5.20", "high")
    wbc = next(f for f in findings if f.key == "wbc")
    assert (wbc.value, wbc.unit, wbc.reference_range, wbc.flag) == ("6.21", "10~9/L", "3.5~9.5",
                                                                     "normal")


def test_abnormal_findings_of_the_chinese_checkup(zh):
    _doc, findings = zh
    assert _abnormal(findings) == {
        (4, "体重指数 BMI", "high"),
        (6, "血小板计数 PLT", "low"),
        (7, "天⻔冬氨酸氨基转移酶 AST", "high"),
        (7, "总胆固醇 TC", "high"),
        (5, "屈光不正", "finding"),
        (5, "左侧鼻甲肥大", "finding"),
        (9, "脂肪肝(轻度)", "finding"),
    }
    # read, but usually harmless (ESC/ESH 2018: no lower blood pressure threshold without
    # symptoms; AAO: IOP 10-21 is statistical; AHA 2009: sinus arrhythmia is normal; prostatic
    # calcification is incidental): no card, an "also in your report" line (core/summary.py)
    harmless = {(f.page, f.label) for f in findings if f.flag == "normal"}
    assert {(4, "舒张压 DBP"), (5, "眼压(右) IOP"), (5, "眼压(左) IOP"), (9, "前列腺钙化灶"),
            (10, "窦性心律不齐")} <= harmless


def test_qualitative_semantics(zh):
    _doc, findings = zh
    by_key = {f.key: f for f in findings if f.kind == "lab"}
    # a positive hepatitis B surface antibody is immunity, not an issue
    assert by_key["hbsab"].value == "阳性" and by_key["hbsab"].flag == "normal"
    assert by_key["hbsag"].flag == "normal"
    # the C13 breath test is the H. pylori test, not urea
    assert by_key["h_pylori"].label == "C13尿素呼气试验 UBT"
    assert "urea" not in by_key


def test_positive_surface_antigen_breath_test_and_stool_blood(tmp_path, kb):
    rows = [
        ZH_HEADER,
        zh_row("乙肝表面抗原", "HBsAg", "阳性", "", "阴性"),
        zh_row("乙肝表面抗体", "HBsAb", "286.5", "↑", "0-10", "mIU/mL"),
        zh_row("C14尿素呼气试验", "", "阳性(+)", "", "阴性"),
        zh_row("碳13尿素呼气试验", "13C-UBT", "阳性", "", "阴性(-)"),
        zh_row("丙肝抗体", "HCV", "Non Reactive", "", "Non Reactive"),
        zh_row("粪便隐血", "OB", "阳性", "", "阴性"),
        zh_row("尿潜血", "BLD", "2+", "", "阴性"),
        zh_row("尿蛋白", "PRO", "±", "", "阴性"),
    ]
    findings = extract_findings(read_pdf(write_pdf(tmp_path / "q.pdf", [rows])), kb)
    assert {(f.key, f.flag) for f in findings} == {
        ("hbsag", "abnormal"), ("hbsab", "normal"), ("h_pylori", "abnormal"),
        ("faecal_occult_blood", "abnormal"), ("urine_blood", "abnormal"), ("anti_hcv", "normal"),
        ("urine_protein", "abnormal"),
    }


@pytest.mark.parametrize("rng,value,flag", [
    ("15-40", "43", "high"), ("15–40", "43", "high"), ("15—40", "14", "low"),
    ("3.5～5.5", "5.6", "high"), ("<5.2", "5.3", "high"), ("≤5.2", "5.2", "normal"),
    ("0.0-5.0", "4.9", "normal"),
])
def test_range_forms_in_a_chinese_table(tmp_path, kb, rng, value, flag):
    rows = [ZH_HEADER, zh_row("某项指标", "XYZ", value, "", rng, "mmol/L")]
    findings = extract_findings(read_pdf(write_pdf(tmp_path / "r.pdf", [rows])), kb)
    printed = rng.replace("～", "~")  # NFKC: the full-width tilde is read as "~"
    assert [(f.label, f.reference_range, f.flag) for f in findings] == [
        ("某项指标 XYZ", printed, flag)]


def test_abbreviation_before_the_name_and_flag_columns(tmp_path, kb):
    cols = (40.0, 90.0, 260.0, 320.0, 360.0, 450.0)
    rows = [
        zh_row("缩写", "项目", "结果", "提示", "参考范围", "单位", cols=cols),
        zh_row("ALT", "丙氨酸氨基转移酶", "88", "偏高", "9-50", "U/L", cols=cols),
        zh_row("GLU", "葡萄糖", "3.1", "L", "3.9-6.1", "mmol/L", cols=cols),
        zh_row("HGB", "血红蛋白", "140", "", "130-175", "g/L", cols=cols),
    ]
    findings = extract_findings(read_pdf(write_pdf(tmp_path / "a.pdf", [rows])), kb)
    assert [(f.key, f.value, f.flag) for f in findings] == [
        ("alt", "88", "high"), ("glucose_fasting", "3.1", "low"), ("hemoglobin", "140", "normal")]


def test_previous_result_column_before_the_current_one(tmp_path, kb):
    cols = (40.0, 200.0, 270.0, 340.0, 430.0)
    rows = [
        zh_row("项目", "上次结果", "本次结果", "参考范围", "单位", cols=cols),
        zh_row("尿酸", "520", "400", "208-428", "μmol/L", cols=cols),
        zh_row("肌酐", "60", "130", "57-111", "μmol/L", cols=cols),
    ]
    findings = extract_findings(read_pdf(write_pdf(tmp_path / "p.pdf", [rows])), kb)
    assert [(f.key, f.value, f.flag) for f in findings] == [
        ("uric_acid", "400", "normal"), ("creatinine", "130", "high")]


def test_cells_printed_too_close_are_still_read(tmp_path, kb):
    cols = (40.0, 52.0, 190.0, 228.0, 300.0)
    rows = [
        zh_row("1", "天门冬氨酸氨基转移酶(AST)", "43.60", "U/L", "15--40", cols=cols),
        zh_row("2", "乙肝表面抗原(HBsAg)", "阳性(+)", "", "阴性(-)", cols=cols),
        zh_row("3", "葡萄糖(GLU)", "6.8", "mmol/L", "(3.9-6.1)", cols=cols),
    ]
    findings = extract_findings(read_pdf(write_pdf(tmp_path / "g.pdf", [rows])), kb)
    assert [(f.key, f.label, f.value, f.reference_range, f.flag) for f in findings] == [
        ("ast", "天门冬氨酸氨基转移酶(AST)", "43.60", "15--40", "high"),
        ("hbsag", "乙肝表面抗原(HBsAg)", "阳性", "", "abnormal"),
        ("glucose_fasting", "葡萄糖(GLU)", "6.8", "3.9-6.1", "high"),
    ]


def test_two_tables_side_by_side_and_arrows_before_the_value(tmp_path, kb):
    cols = (40.0, 120.0, 165.0, 230.0, 310.0, 390.0, 435.0, 500.0)
    page = [
        zh_row("项目", "结果", "参考值", "单位", "项目", "结果", "参考值", "单位", cols=cols),
        zh_row("白细胞", "6.2", "3.5-9.5", "10^9/L", "红细胞", "4.8", "4.3-5.8", "10^12/L",
               cols=cols),
        zh_row("血红蛋白", "118↓", "130-175", "g/L", "血小板", "380↑", "125-350", "10^9/L",
               cols=cols),
        zh_row("尿酸", "↑486", "208-428", "μmol/L", cols=cols),
        "【小结】血小板偏高",
    ]
    findings = extract_findings(read_pdf(write_pdf(tmp_path / "s.pdf", [page])), kb)
    assert [(f.key, f.value, f.unit, f.reference_range, f.flag) for f in findings] == [
        ("wbc", "6.2", "10^9/L", "3.5-9.5", "normal"),
        ("rbc", "4.8", "10^12/L", "4.3-5.8", "normal"),
        ("hemoglobin", "118", "g/L", "130-175", "low"),
        ("platelets", "380", "10^9/L", "125-350", "high"),
        ("uric_acid", "486", "μmol/L", "208-428", "high")]


def test_exam_rows_printed_without_unit_or_range(tmp_path, kb):
    cols = (40.0, 90.0, 140.0, 190.0, 240.0, 290.0, 340.0, 400.0)
    page = [tuple(zip(cols, ("身高", "172.0", "cm", "体重", "79.3", "kg", "BMI", "27.6"),
                      strict=True)),
            ((40.0, "收缩压"), (120.0, "150")), ((40.0, "眼压"), (120.0, "25")),
            ((40.0, "舒张压"), (120.0, "78"))]
    findings = extract_findings(read_pdf(write_pdf(tmp_path / "e.pdf", [page])), kb)
    # WHO BMI 18.5-24.9, ACC/AHA systolic < 130, AAO eye pressure 10-21 mmHg
    assert [(f.key, f.value, f.flag) for f in findings] == [
        ("bmi", "27.6", "high"), ("bp_systolic", "150", "high"), ("iop", "25", "high"),
        ("bp_diastolic", "78", "normal")]


def test_section_conclusions_and_normal_statements(tmp_path, kb):
    lines = [
        "甲状腺超声", "超声提示：甲状腺右叶结节，TI-RADS 3类", "",
        "乳腺超声", "印象：双侧乳腺增生，BI-RADS 2类", "",
        "颈动脉超声", "结论：左侧颈动脉斑块形成", "",
        "胸部CT", "诊断意见：右肺上叶实性结节，大小约6mm", "",
        "外科检查", "小结：未见明显异常", "",
        "妇科检查", "初步意见：宫颈纳氏囊肿", "",
        "口腔科", "检查结论：牙结石", "",
        "心电图", "结论：正常心电图",
    ]
    findings = extract_findings(read_pdf(write_pdf(tmp_path / "n.pdf", [lines])), kb)
    keys = sorted(str(f.key) for f in findings)
    # the hyperplasia BI-RADS 2 grades is on the BI-RADS card (`joins`)
    assert keys == sorted(["tirads_3", "birads_2", "carotid_plaque",
                           "lung_nodule_medium", "cervix_finding", "gum_finding"])


def test_findings_of_one_organ_join_one_card(tmp_path, kb):
    page = ["颈动脉超声", "超声提示：双侧颈动脉内膜毛糙增厚", "",
            "颈部血管", "结论：左侧颈总动脉分叉处硬化斑块", "",
            "甲状腺超声", "印象：甲状腺右叶低回声结节", "",
            "甲状腺彩超", "超声提示：TI-RADS 3类", "",
            "眼科", "小结：双眼晶状体轻度混浊", "",
            "腹部超声", "检查结论：胆囊多发结石；右肾小结石；前列腺体积增大"]
    findings = extract_findings(read_pdf(write_pdf(tmp_path / "j.pdf", [page])), kb)
    assert [(f.label, f.key) for f in findings] == [
        ("双侧颈动脉内膜毛糙增厚", "carotid_plaque"),
        ("左侧颈总动脉分叉处硬化斑块", "carotid_plaque"),
        ("甲状腺右叶低回声结节", "tirads_3"), ("TI-RADS 3类", "tirads_3"),
        ("双眼晶状体轻度混浊", "cataract"), ("胆囊多发结石", "gallstones"),
        ("右肾小结石", "renal_calculus"), ("前列腺体积增大", "prostate_enlargement")]


def test_english_package(en):
    by_label = {f.label: f for f in en}
    assert by_label["LDL Cholesterol"].flag == "high"
    assert by_label["Serum Potassium"].flag == "critical_high"
    # an unknown test outside its printed range, and one with only a printed word flag
    assert (by_label["Lactate"].key, by_label["Lactate"].flag) == (None, "high")
    assert (by_label["Zinc"].key, by_label["Zinc"].flag) == (None, "low")
    assert by_label["Grade I fatty liver"].key == "fatty_liver"
    # footnotes, interpretation text and tier tables are never findings; a range belongs only
    # to its own row
    labels = " ".join(by_label)
    for text in ("PSA above", "fasting glucose level", "Optimal", "prediabetes", "Interpretation"):
        assert text not in labels
    assert by_label["PSA Total"].flag == "normal"
    assert by_label["HbA1c"].reference_range == "4.0 - 5.6"
    # the summary page is a checklist (core/summary.py), not lab rows
    assert all(f.page != 1 for f in en)


def test_us_panels_flag_column_out_of_range_column_and_tiers(tmp_path, kb):
    lc = (40.0, 200.0, 260.0, 300.0, 360.0, 470.0)
    qd = (40.0, 200.0, 290.0, 380.0, 500.0)

    def row(cols, *cells):
        return tuple((x, t) for x, t in zip(cols, cells, strict=False) if t)

    page = [
        row(lc, "TESTS", "RESULT", "FLAG", "UNITS", "REFERENCE INTERVAL", "LAB"),
        row(lc, "Glucose", "105", "High", "mg/dL", "65-99", "01"),
        row(lc, "eGFR", "52", "Low", "mL/min/1.73"),  # a unit the knowledge base does not know
        row(lc, "BUN/Creatinine Ratio", "12", "", "", "9-20", "01"),
        row(lc, "Hemoglobin A1c", "6.1", "High", "%", "4.8-5.6", "01"),
        "Please Note: Prediabetes: 5.7 - 6.4   Diabetes: >6.4",
        row(qd, "Test Name", "In Range", "Out Of Range", "Reference Range", "Lab"),
        row(qd, "TSH", "", "6.82 H", "0.40-4.50 mIU/L", "EZ"),
        row(qd, "T4, FREE", "1.1", "", "0.8-1.8 ng/dL", "EZ"),
        row(qd, "VITAMIN B12", "", "Sample not received", "200-1100 pg/mL", "EZ"),
        row(lc, "Parameter", "Your Value", "", "", "Optimal / Borderline / High"),
        row(lc, "Triglycerides", "210", "", "mg/dL", "<150 / 150-199 / >=200"),
        row(lc, "TG/HDL Ratio", "4.6", "", "", "<3.0"),
    ]
    findings = extract_findings(read_pdf(write_pdf(tmp_path / "us.pdf", [page], font="helv",
                                                   size=8.5)), kb)
    assert [(f.key, f.value, f.flag) for f in findings] == [
        ("glucose_fasting", "105", "high"), ("egfr", "52", "low"),
        ("bun_creatinine_ratio", "12", "normal"), ("hba1c", "6.1", "high"),
        ("tsh", "6.82", "high"), ("ft4", "1.1", "normal"), ("triglycerides", "210", "high"),
        ("tg_hdl_ratio", "4.6", "high")]
    # a calculated ratio joins the card of the results it repeats
    assert kb.analyte("tg_hdl_ratio").group == kb.analyte("triglycerides").group


def test_flag_given_by_the_column_the_value_sits_in(tmp_path, kb):
    cols = (40.0, 200.0, 270.0, 340.0, 420.0)

    def row(*cells):
        return tuple((x, t) for x, t in zip(cols, cells, strict=True) if t)

    page = [row("Test", "Low", "Normal", "High", "Units"),
            row("Selenium", "", "", "180", "ug/L"), row("Copper", "60", "", "", "ug/dL"),
            row("Zinc", "", "90", "", "ug/dL")]
    findings = extract_findings(read_pdf(write_pdf(tmp_path / "p.pdf", [page], font="helv")), kb)
    assert [(f.label, f.value, f.flag) for f in findings] == [
        ("Selenium", "180", "high"), ("Copper", "60", "low")]


def test_critical_markers_and_flags_without_a_range(tmp_path, kb):
    cols = (40.0, 220.0, 290.0, 370.0, 470.0)
    rows = [
        (( 40.0, "Test"), (220.0, "Result"), (290.0, "Unit"), (370.0, "Range"), (470.0, "Flag")),
        tuple(zip(cols, ("Ammonia Level", "180", "umol/L", "11 - 51", "!!"), strict=True)),
        tuple(zip(cols, ("Sodium", "118", "mmol/L", "136 - 145", "Panic"), strict=True)),
        tuple(zip(cols, ("Glucose", "38", "mg/dL", "70 - 99", "危急值"), strict=True)),
        tuple(zip(cols[:3] + cols[4:], ("Copper", "210", "ug/dL", "H"), strict=True)),
        tuple(zip(cols[:3] + cols[4:], ("Selenium", "40", "ug/L", "L"), strict=True)),
    ]
    findings = extract_lab_findings(read_pdf(write_pdf(tmp_path / "c.pdf", [rows],
                                                       font="helv")), kb)
    assert [(f.label, f.flag) for f in findings] == [
        ("Ammonia Level", "critical_high"), ("Sodium", "critical_low"),
        ("Glucose", "critical_low"), ("Copper", "high"), ("Selenium", "low")]
    zh = [((40.0, "危急值提示：血钾"), (200.0, "5.6"), (260.0, "mmol/L"), (340.0, "3.5-5.3"))]
    findings = extract_findings(read_pdf(write_pdf(tmp_path / "zh.pdf", [zh])), kb)
    assert [(f.key, f.flag) for f in findings] == [("potassium", "critical_high")]


def test_unknown_tests_on_single_spaced_lines(tmp_path, kb):
    page = ["Lactate 9.5 mmol/L (0.5 - 2.2)", "Ammonia: 120 umol/L (11-51) H",
            "Procalcitonin 0.02 ng/mL <0.5", "Zinc 48 ug/dL L", "Non Reactive",
            "Page 2 of 5", "Age 45 Years", "Collected: 12/03/2024 10:30"]
    findings = extract_findings(read_pdf(write_pdf(tmp_path / "u.pdf", [page], font="helv")), kb)
    assert [(f.label, f.value, f.reference_range, f.flag) for f in findings] == [
        ("Lactate", "9.5", "0.5 - 2.2", "high"), ("Ammonia", "120", "11-51", "high"),
        ("Procalcitonin", "0.02", "<0.5", "normal"), ("Zinc", "48", "", "low")]


def test_labels_ending_like_sentences_are_still_rows(tmp_path, kb):
    cols = (40.0, 200.0, 260.0, 330.0)
    page = [tuple(zip(cols, ("Blood Glucose Level", "130", "mg/dL", "70 - 100"), strict=True)),
            tuple(zip(cols, ("Serum Vitamin A", "15", "ug/dL", "30 - 80"), strict=True)),
            "A fasting glucose level of >125 mg/dL indicates diabetes.",
            "In men with PSA above 10 ng/mL, biopsy is considered."]
    findings = extract_findings(read_pdf(write_pdf(tmp_path / "l.pdf", [page], font="helv")), kb)
    assert [(f.label, f.flag) for f in findings] == [("Blood Glucose Level", "high"),
                                                     ("Serum Vitamin A", "low")]


def test_a_comment_column_does_not_make_a_row_prose(tmp_path, kb):
    cols = (40.0, 160.0, 220.0, 300.0, 400.0)
    page = [zh_row("项目", "结果", "参考范围", "单位", "备注", cols=cols),
            zh_row("尿酸", "486", "208-428", "μmol/L", "需要复查", cols=cols),
            "空腹血糖 ≥7.0 mmol/L 可诊断为糖尿病"]
    findings = extract_findings(read_pdf(write_pdf(tmp_path / "c.pdf", [page])), kb)
    assert [(f.key, f.value, f.flag) for f in findings] == [("uric_acid", "486", "high")]


def test_a_line_with_two_dates_is_not_a_trend_table(tmp_path, kb):
    page = [((40.0, "采样日期"), (120.0, "2026-03-01"), (260.0, "报告日期"), (340.0, "2026-03-02")),
            ((40.0, "尿酸"), (200.0, "486"), (260.0, "umol/L"), (340.0, "208-428"))]
    findings = extract_findings(read_pdf(write_pdf(tmp_path / "d.pdf", [page])), kb)
    assert [(f.key, f.flag) for f in findings] == [("uric_acid", "high")]


def test_notes_and_interpretation_text_end_at_the_next_row(tmp_path, kb):
    cols = (40.0, 200.0, 260.0, 330.0)

    def row(*cells):
        return tuple(zip(cols, cells, strict=True))

    page = [row("Hemoglobin", "11.2", "g/dL", "13.0 - 17.0"), "Note: Sample was fasting.",
            row("Glucose", "130", "mg/dL", "70 - 100"), "Interpretation:",
            "Normal  <100   Prediabetes  100-125   Diabetes >=126",
            "A fasting glucose level of >125 mg/dL indicates diabetes.",
            row("Creatinine", "1.9", "mg/dL", "0.7 - 1.3")]
    findings = extract_findings(read_pdf(write_pdf(tmp_path / "n.pdf", [page], font="helv")), kb)
    assert [(f.key, f.value, f.flag) for f in findings] == [
        ("hemoglobin", "11.2", "low"), ("glucose_fasting", "130", "high"),
        ("creatinine", "1.9", "high")]


def test_table_of_contents_never_gives_a_finding(tmp_path, kb):
    toc = ["目录", "脂肪肝的健康指导 ........ 12", "血压 ........ 3", "血糖 120 ........ 5",
           "总胆固醇 ........ 7", "Hemoglobin ...... 4"]
    findings = extract_findings(read_pdf(write_pdf(tmp_path / "toc.pdf", [toc])), kb)
    assert findings == []


def test_twenty_page_checkup_rules_phase_is_fast(tmp_path, kb):
    one = chinese_checkup(tmp_path / "one.pdf")
    doc = pymupdf.open()
    src = pymupdf.open(one)
    for _ in range(2):
        doc.insert_pdf(src)
    doc.select(list(range(20)))
    doc.save(tmp_path / "twenty.pdf")
    load_knowledge()
    from checkup_desktop.core.pipeline import run

    run(tmp_path / "twenty.pdf")  # warm: imports and the knowledge base
    elapsed = float("inf")
    for _ in range(3):  # the machine is shared: the best of three runs
        start = time.perf_counter()
        analysis = run(tmp_path / "twenty.pdf")
        elapsed = min(elapsed, time.perf_counter() - start)
    assert analysis.pages == 20 and len(analysis.cards) >= 7
    assert elapsed < 0.5, elapsed
