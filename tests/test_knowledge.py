"""The knowledge base: data validity, label matching, units, routing, narrative rules."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pymupdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checkup_desktop.core.knowledge import (
    DEFAULT_DIR,
    KnowledgeBaseError,
    load_knowledge,
    normalize_unit,
)
from checkup_desktop.core.models import ActionCard, Evidence

SHARED = Path(__file__).resolve().parents[2] / "shared"
REALWORLD = SHARED / "realworld"
LABNORM_CSV = SHARED / "reference" / "labNorm__reference-ranges.csv"


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


# --------------------------------------------------------------------------- loading


def test_loads_versioned_and_large_enough(kb):
    assert kb.version == "2026.12.1"
    assert len(kb) >= 120
    assert len(kb.analytes) >= 100
    assert len(kb.findings) >= 40
    assert load_knowledge() is kb  # cached


def test_every_alias_and_unit_of_an_analyte_leads_back_to_it(kb):
    for analyte in kb.analytes.values():
        value = "Positive" if analyte.kind == "qualitative" else "1.0"
        for alias in [analyte.name.en, analyte.name.zh, *analyte.aliases]:
            found = kb.match_analyte(alias.lstrip("="), analyte.unit, value=value)
            assert found is not None and found.key == analyte.key, (analyte.key, alias)
        for unit in analyte.units:
            assert analyte.to_canonical(1.0, unit) is not None, (analyte.key, unit)


def test_every_entry_points_at_a_known_group(kb):
    for analyte in kb.analytes.values():
        assert analyte.group in kb.groups, analyte.key
        assert analyte.source, analyte.key
    for rule in kb.findings:
        assert rule.group in kb.groups, rule.key
        assert rule.source, rule.key
    assert kb.group("no-such-group").key == "other"


def test_labnorm_ranges_are_cited_with_sex_specific_values(kb):
    low, high, source = kb.analytes["creatinine"].default_range("F")
    assert (low, high) == (0.5, 1.1)
    assert "labNorm (MIT)" in source and "July 2021" in source
    assert kb.analytes["creatinine"].default_range("male")[:2] == (0.7, 1.3)
    assert kb.analytes["hdl"].default_range("female")[:2] == (50, None)
    assert kb.analytes["ferritin"].default_range(None)[:2] == (24, 336)


def _na(text: str) -> float | None:
    return None if text == "NA" else float(text)


def test_labnorm_ranges_match_the_reference_csv(kb):
    assert LABNORM_CSV.is_file(), f"reference table expected at {LABNORM_CSV}"
    with LABNORM_CSV.open(encoding="utf-8") as fh:
        rows = {row["feature_name"]: row for row in csv.DictReader(fh)}
    # US "urea" rows are urea nitrogen; a combined "152/96" reading uses the systolic range
    row_for = {"bun": "Urea", "blood_pressure": "Blood Pressure, Systolic"}
    for name in rows:
        found = kb.match_analyte(name)
        if found is not None:
            row_for.setdefault(found.key, name)
    cited = [a for a in kb.analytes.values() if a.range and "labNorm" in a.range.source]
    assert len(cited) >= 50
    for analyte in cited:
        row = rows[row_for[analyte.key]]
        for sex, suffix in (("M", "male"), ("F", "female")):
            expected = (_na(row[f"low_{suffix}"]), _na(row[f"high_{suffix}"]))
            if analyte.key == "hdl":  # labNorm stores HDL's lower limit in its "high" column
                expected = (expected[1], None)
            got = analyte.default_range(sex)[:2]
            if expected[0] is None and expected[1] is None:
                continue  # labNorm has no value for this sex (e.g. LH in women)
            assert got == expected, (analyte.key, sex)


# --------------------------------------------------------------------------- card texts

FORBIDDEN_EN = re.compile(
    r"you have|diagnos|confirms?\b|supplement|\bdiet\b|dose|tablet|capsule|start taking|"
    r"stop taking|statin|metformin|levothyroxine|aspirin|\bcure\b", re.I,
)
FORBIDDEN_ZH = re.compile(r"您患有|你患有|确诊|诊断为|服用|补充剂|剂量|停药|他汀|二甲双胍")


def _all_groups():
    return sorted(load_knowledge().groups)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("key", _all_groups())
def test_group_texts_are_safe_and_fit_the_card_contract(kb, key, lang):
    group = kb.group(key)
    forbidden = FORBIDDEN_EN if lang == "en" else FORBIDDEN_ZH
    explanation = group.explanation(lang)
    questions = group.questions(lang)
    assert not forbidden.search(explanation), explanation
    if lang == "en":
        assert len(explanation.split()) <= 70
    else:
        assert len(explanation) <= 200
    assert 2 <= len(questions) <= 4
    for q in questions:
        assert not forbidden.search(q), q
        assert q.endswith("?" if lang == "en" else "？"), q
    for direction in ("high", "low", "abnormal"):
        title = group.title(direction, lang)
        assert 0 < len(title) <= 60, title
        assert "{" not in title and not forbidden.search(title), title
        card = ActionCard(
            id=key, title=title, priority=group.priority, department=group.department,
            follow_up=group.follow_up, explanation=explanation, questions=questions,
            evidence=[Evidence(label="x", value="1", flag="high", page=1, text="x 1")],
        )
        assert card.title == title


def test_other_group_titles_use_the_label_and_stay_short(kb):
    other = kb.group("other")
    assert other.title("high", "en", label="Lipase") == "Lipase: result above the printed range"
    long_title = other.title("abnormal", "en", label="A very long laboratory test name " * 3)
    assert len(long_title) <= 60 and long_title.endswith("outside the printed range")
    assert other.title("low", "zh", label="脂肪酶") == "脂肪酶：结果低于参考范围"


def test_long_labels_keep_texts_within_the_card_limits(kb):
    sentence = " ".join(["Heterogeneous echotexture of the left lobe noted"] * 8)
    group = kb.group("imaging_finding")
    assert len(group.title("abnormal", "en", label=sentence)) <= 60
    assert len(group.explanation("en", label=sentence).split()) <= 90
    assert "describes HbA1c" in group.explanation("en", label="HbA1c")
    assert "describes hepatic cyst" in group.explanation("en", label="Hepatic cyst")


def test_finding_cards_use_the_finding_name(kb):
    assert kb.group("st_elevation").title("abnormal", "en") == (
        "ST elevation: contact a doctor today"
    )
    assert kb.group("hepatomegaly").title("abnormal", "zh") == "影像检查发现：肝脏增大"


# --------------------------------------------------------------------------- label matching

# (report file, label as printed, unit as printed, expected analyte key)
REAL_LABELS = [
    ("reportlens__mylab_lft.pdf", "S.G.O.T.", "U / L", "ast"),
    ("reportlens__mylab_lft.pdf", "S.G.P.T.", "IU / L", "alt"),
    ("reportlens__mylab_lft.pdf", "Bilirubin Direct", "mg / dl", "bilirubin_direct"),
    ("reportlens__mylab_lft.pdf", "Bilirubin Total", "mg / dl", "bilirubin_total"),
    ("reportlens__mylab_lft.pdf", "G.G.T.P", "IU/L", "ggt"),
    ("reportlens__mylab_lft.pdf", "A / G Ratio", "", "ag_ratio"),
    ("hsuit-module3__12.pdf", "HAEMOGLOBIN", "gms%", "hemoglobin"),
    ("hsuit-module3__12.pdf", "R.B.C. Count", "millions/cumm", "rbc"),
    ("hsuit-module3__12.pdf", "W.B.C. Count (TLC)", "/cumm", "wbc"),
    ("hsuit-module3__12.pdf", "Absolute Neutrophil Count", "/ cmm", "neutrophils_abs"),
    ("hsuit-module3__12.pdf", "Eosoniphils", "%", "eosinophils_pct"),
    ("hsuit-module3__12.pdf", "E.S.R (by WESTERGREN)", "mm at 1hr", "esr"),
    ("hsuit-module3__12.pdf", "Blood Sugar - Fasting", "mg/dL", "glucose_fasting"),
    ("hsuit-module3__12.pdf", "HbA1C", "%", "hba1c"),
    ("hsuit-module3__12.pdf", "Mean Blood Glucose (MBG)", "mg/dL", "eag"),
    ("hsuit-module3__12.pdf", "Transferin Saturation", "%", "transferrin_saturation"),
    ("hsuit-module3__12.pdf", "BUN (Blood Urea Nitrogen)", "mg/dL", "bun"),
    ("hsuit-module3__12.pdf", "Blood Urea", "mg/dL", "urea"),
    ("hsuit-module3__12.pdf", "VITAMIN D Total (25-OH)", "ng/mL", "vitamin_d"),
    ("hsuit-module3__12.pdf", "TSH (ultra)", "mlU/mL", "tsh"),
    ("hsuit-module3__12.pdf", "Reaction (pH)", "", "urine_ph"),
    ("hsuit-module3__12.pdf", "Pus cells", "/ hpf", "urine_pus_cells"),
    ("hsuit-module3__12.pdf", "Red Blood Cells", "/ hpf", "urine_rbc"),
    ("hsuit-module3__12.pdf", "Protein", "", "urine_protein"),
    ("hsuit-module3__12.pdf", "Sugar", "", "urine_glucose"),
    ("hsuit-module3__1.pdf", "Total Iron binding Capacity (TIBC)", "ug/dL", "tibc"),
    ("hsuit-module3__1.pdf", "T4 - Thyroxine", "mcg/dL", "t4"),
    ("reportlens__lipid_drlogy.pdf", "Cholesterol Total", "mg/dL", "total_cholesterol"),
    ("reportlens__lipid_drlogy.pdf", "Non-HDL Cholesterol", "mg/dL", "non_hdl"),
    ("reportlens__lipid_drlogy.pdf", "HDL Cholesterol", "mg/dL", "hdl"),
    ("reportlens__lipid_drlogy.pdf", "VLDL Cholesterol", "mg/dL", "vldl"),
    ("reportlens__cbc_abnormal_drlogy.pdf", "Hemoglobin (Hb)", "g/dL", "hemoglobin"),
    ("reportlens__cbc_abnormal_drlogy.pdf", "Total WBC count", "cumm", "wbc"),
    ("reportlens__cbc_abnormal_drlogy.pdf", "Packed Cell Volume (PCV)", "%", "hematocrit"),
    ("reportlens__labsmart_cbc.pdf", "TOTAL LEUKOCYTE COUNT", "cumm", "wbc"),
    ("reportlens__labsmart_cbc.pdf", "MEAN CELL HAEMOGLOBIN CON, MCHC", "%", "mchc"),
    ("reportlens__labsmart_cbc.pdf", "MEAN CELL HAEMOGLOBIN, MCH", "Pg", "mch"),
    ("reportlens__labsmart_cbc.pdf", "PLATELET COUNT", "lakhs/cumm", "platelets"),
    ("blood-tests-extractor__fake-blood-check.pdf", "GLOBULI ROSSI", "x10^6/μl", "rbc"),
    ("blood-tests-extractor__fake-blood-check.pdf", "GLOBULI BIANCHI", "x10^3/μl", "wbc"),
    ("blood-tests-extractor__fake-blood-check.pdf", "EMOGLOBINA", "g/dl", "hemoglobin"),
    ("blood-tests-extractor__fake-blood-check.pdf", "CONTENUTO MEDIO DI HB (MCH)", "pg", "mch"),
    ("blood-tests-extractor__fake-blood-check.pdf", "NEUTROFILI", "%", "neutrophils_pct"),
    ("blood-tests-extractor__fake-blood-check.pdf", "NEUTROFILI #", "x10^3/μl",
     "neutrophils_abs"),
    ("saicmr-blood-test-analysis__blood_test_report.pdf", "Total Leukocyte Count  (TLC)",
     "thou/mm3", "wbc"),
    ("saicmr-blood-test-analysis__blood_test_report.pdf", "Segmented Neutrophils", "%",
     "neutrophils_pct"),
    ("saicmr-blood-test-analysis__blood_test_report.pdf", "GFR Estimated", "mL/min/1.73m2",
     "egfr"),
    ("saicmr-blood-test-analysis__blood_test_report.pdf", "Urea Nitrogen  Blood", "mg/dL", "bun"),
    ("saicmr-blood-test-analysis__blood_test_report.pdf", "LDL Cholesterol, Calculated",
     "mg/dL", "ldl"),
    ("saicmr-blood-test-analysis__blood_test_report.pdf", "A : G Ratio", "", "ag_ratio"),
    ("saicmr-blood-test-analysis__blood_test_report.pdf", "T4, Total", "µg/dL", "t4"),
]


@pytest.fixture(scope="module")
def report_texts():
    assert REALWORLD.is_dir(), f"real reports expected at {REALWORLD}"
    texts = {}
    for name in {row[0] for row in REAL_LABELS}:
        with pymupdf.open(REALWORLD / name) as doc:
            texts[name] = "\n".join(page.get_text() for page in doc)
    return texts


@pytest.mark.parametrize(("report", "label", "unit", "key"), REAL_LABELS)
def test_real_printed_labels_match(kb, report_texts, report, label, unit, key):
    assert label in report_texts[report]  # the label really is printed that way
    analyte = kb.match_analyte(label, unit)
    assert analyte is not None and analyte.key == key


def test_method_suffixes_are_ignored(kb):
    assert kb.match_analyte("Hemoglobin (Photometry)", "g/dL").key == "hemoglobin"
    assert kb.match_analyte("Creatinine (Modified Jaffe,Kinetic)", "mg/dL").key == "creatinine"
    assert kb.match_analyte("Calcium, Serum", "mg/dL").key == "calcium"


@pytest.mark.parametrize(("label", "unit", "key"), [
    ("谷丙转氨酶", "U/L", "alt"),
    ("丙氨酸氨基转移酶(ALT)", "U/L", "alt"),
    ("谷草转氨酶", "U/L", "ast"),
    ("血红蛋白", "g/L", "hemoglobin"),
    ("糖化血红蛋白", "%", "hba1c"),
    ("高密度脂蛋白胆固醇", "mmol/L", "hdl"),
    ("非高密度脂蛋白胆固醇", "mmol/L", "non_hdl"),
    ("尿素氮", "mmol/L", "bun"),
    ("尿素", "mmol/L", "urea"),
    ("直接胆红素", "umol/L", "bilirubin_direct"),
    ("中性粒细胞绝对值", "10^9/L", "neutrophils_abs"),
    ("中性粒细胞百分比", "%", "neutrophils_pct"),
    ("空腹血糖", "mmol/L", "glucose_fasting"),
    ("促甲状腺激素", "mIU/L", "tsh"),
    ("游离T4", "pmol/L", "ft4"),
    ("尿蛋白", "", "urine_protein"),
    ("乙肝表面抗原", "", "hbsag"),
])
def test_chinese_labels_match(kb, label, unit, key):
    assert kb.match_analyte(label, unit).key == key


@pytest.mark.parametrize(("label", "unit", "value", "key"), [
    ("Non-HDL Cholesterol", "mg/dL", "", "non_hdl"),
    ("Bilirubin Direct", "mg/dL", "", "bilirubin_direct"),
    ("Absolute Neutrophil Count", "", "", "neutrophils_abs"),
    ("Neutrophils", "%", "", "neutrophils_pct"),
    ("Neutrophils", "thou/mm3", "", "neutrophils_abs"),
    ("Neutrophils %", "", "", "neutrophils_pct"),
    ("NEUT#", "", "", "neutrophils_abs"),
    ("NEUT%", "", "", "neutrophils_pct"),
    ("淋巴细胞#", "10^9/L", "", "lymphocytes_abs"),
    ("淋巴细胞%", "%", "", "lymphocytes_pct"),
    ("嗜酸性粒细胞#", "", "", "eosinophils_abs"),
    ("RBC", "/hpf", "", "urine_rbc"),
    ("RBC", "10^12/L", "", "rbc"),
    ("Glucose", "mg/dL", "", "glucose_fasting"),
    ("Random Blood Sugar", "mg/dL", "", "glucose_random"),
    ("Blood Pressure", "mmHg", "152/96", "blood_pressure"),
    ("Blood Pressure, Systolic", "mmHg", "", "bp_systolic"),
    ("Glucose", "", "Absent", "urine_glucose"),
    ("Albumin", "g/dL", "4.2", "albumin"),
    ("Albumin", "", "Nil", "urine_protein"),
])
def test_ambiguous_labels_resolve_by_length_unit_and_value(kb, label, unit, value, key):
    assert kb.match_analyte(label, unit, value=value).key == key


@pytest.mark.parametrize("label", ["Blood Group", "Vitamin K", "Colour", "", "---"])
def test_unknown_labels_do_not_match(kb, label):
    assert kb.match_analyte(label) is None


@pytest.mark.parametrize("label,key", [
    ("Anti-HBs", "hbsab"), ("乙肝表面抗体 HBsAb", "hbsab"), ("乙肝表面抗原 HBsAg", "hbsag"),
    ("乙肝e抗原", "hbeag"), ("乙肝核心抗体 HBcAb", "hbcab"), ("C13尿素呼气试验", "h_pylori"),
    ("14C呼气试验 UBT", "h_pylori"), ("大便潜血", "faecal_occult_blood"), ("尿潜血", "urine_blood"),
    ("眼压(右) IOP", "iop"), ("天⻔冬氨酸氨基转移酶 AST", "ast"),
    ("总胆固醇 TC", "total_cholesterol"), ("高危型HPV", "hpv"), ("TG/HDL Ratio", "tg_hdl_ratio"),
    ("SGOT/SGPT Ratio", "ast_alt_ratio"), ("NLR", "nlr"), ("Apolipoprotein A1", "apoa1"),
    ("糖类抗原CA19-9", "ca199"), ("CA72-4", "ca724"), ("CYFRA21-1", "cyfra211"), ("HPV16", "hpv"),
    ("前白蛋白", "prealbumin"), ("β2-微球蛋白", "b2_microglobulin"),
    ("糖化白蛋白", "glycated_albumin"),
    ("血清白蛋白 ALB", "albumin"), ("谷丙转氨酶ALT", "alt"),
])
def test_checkup_labels_match(kb, label, key):
    assert kb.match_analyte(label).key == key


@pytest.mark.parametrize("text,keys", [
    ("脂肪肝伴天⻔冬氨酸氨基转移酶、总胆固醇升高", ["ast", "total_cholesterol"]),
    ("AST、ALT升高", ["alt", "ast"]), ("前列腺钙化灶", []), ("C13呼气试验阳性", ["h_pylori"]),
    ("Total cholesterol and LDL high", ["total_cholesterol", "ldl"]),
])
def test_analytes_named_in_a_sentence(kb, text, keys):
    assert [a.key for a in kb.analyte_mentions(text)] == keys


def test_surface_antibody_positive_is_benign_with_a_reason(kb):
    hbsab = kb.analyte("hbsab")
    assert hbsab.is_abnormal_word("阳性") is False
    assert "high" in hbsab.benign and hbsab.benign_reason.en.startswith("A positive hepatitis B")


@pytest.mark.parametrize("text,keys", [
    ("屈光不正", {"refractive_error"}), ("双眼眼压偏低", {"low_eye_pressure"}),
    ("左侧鼻甲肥大", {"nasal_finding"}), ("前列腺钙化灶", {"prostate_calcification"}),
    ("右肺钙化灶", {"lung_scar"}), ("舒张压偏低", {"low_diastolic"}),
    ("低血压", {"low_blood_pressure"}),
    ("宫颈纳氏囊肿", {"cervix_finding"}), ("混合痔", {"hemorrhoids"}),
    ("食管静脉曲张", set()), ("A 12 mm nodule in the right upper lobe", {"lung_nodule_large"}),
    ("右肺上叶实性结节 大小约6mm", {"lung_nodule_medium"}),
    ("左肺小结节 约3mm", {"lung_nodule_small"}),
    ("Right thyroid lobe nodule, 18 x 12 mm, ACR TI-RADS TR3", {"tirads_3"}),
    ("双肺多发小结节", {"lung_nodule_zh"}), ("早复极", {"early_repolarization"}),
    ("T波改变", {"ischaemic_changes"}), ("左心室高电压", {"lvh"}),
    ("两肺纹理增多", {"lung_markings"}),
    ("右肺上叶陈旧性病变", {"lung_scar"}), ("左肾错构瘤可能", {"renal_angiomyolipoma"}),
    ("乙肝小三阳", {"statement_hbv"}), ("贫血", {"statement_anaemia"}),
    ("血脂异常", {"statement_lipids"}), ("空腹血糖受损", {"statement_blood_sugar"}),
    ("Diabetic retinopathy", {"retinopathy"}), ("Family history of diabetes", set()),
    ("Subclinical hypothyroidism", {"statement_thyroid"}), ("Hiatus hernia", set()),
    ("Left ovarian simple cyst 3 cm", {"ovarian_cyst"}), ("腰椎骨质增生", {"spondylosis"}),
    ("TCT: ASC-US", {"cytology_low_grade"}), ("HSIL", {"cytology_high_grade"}),
    ("未见上皮内病变或恶性病变", set()),
    ("心律不齐", {"irregular_heartbeat"}), ("心律齐，未闻及杂音", set()),
    ("甲状腺Ⅰ度肿大", {"goitre"}),
])
def test_checkup_narrative_rules(kb, text, keys):
    assert {r.key for r in kb.match_findings(text)} == keys


# --------------------------------------------------------------------------- units


@pytest.mark.parametrize(("key", "value", "unit", "expected"), [
    ("glucose_fasting", 5.5, "mmol/L", 99.09),
    ("glucose_fasting", 99, "mg%", 99.0),
    ("total_cholesterol", 5.0, "mmol/L", 193.35),
    ("triglycerides", 1.7, "mmol/l", 150.57),
    ("creatinine", 88.4, "µmol/L", 1.0),
    ("uric_acid", 416, "umol/L", 6.99),
    ("calcium", 2.5, "mmol/L", 10.02),
    ("hemoglobin", 120, "g/L", 12.0),
    ("hemoglobin", 9.7, "gms%", 9.7),
    ("platelets", 3.5, "lakhs/cumm", 350.0),
    ("platelets", 204000, "/ul", 204.0),
    ("platelets", 20000, "cumm", 20.0),
    ("wbc", 6.73, "x10^3/μl", 6.73),
    ("wbc", 6.73, "x10³/µL", 6.73),
    ("wbc", 5340, "/cumm", 5.34),
    ("wbc", 8.0, "thou/mm3", 8.0),
    ("wbc", 7.1, "10^9/L", 7.1),
    ("rbc", 4.16, "millions/cumm", 4.16),
    ("tsh", 96.2, "mlU/mL", 96.2),
    ("vitamin_d", 50, "nmol/L", 20.03),
    ("hba1c", 48, "mmol/mol", 6.54),
    ("ag_ratio", 1.67, "", 1.67),
])
def test_unit_conversion(kb, key, value, unit, expected):
    assert kb.analytes[key].to_canonical(value, unit) == pytest.approx(expected, abs=0.01)


def test_unknown_units_give_none(kb):
    assert kb.analytes["glucose_fasting"].to_canonical(5.5, "furlongs") is None
    assert kb.analytes["glucose_fasting"].to_canonical(5.5, "") is None


def test_unit_spellings_normalise_to_one_key():
    assert normalize_unit("x10³/µL") == normalize_unit("10^3/ul") == normalize_unit("thou/mm3")
    assert normalize_unit("IU/L") == normalize_unit("U/L")
    assert normalize_unit("mm at 1hr") == normalize_unit("mm/hr") == "mm/h"
    # Chinese reports: "10~9/L" (a superscript printed as a tilde) and "10⁹/L" read as "109/L"
    assert normalize_unit("10~9/L") == normalize_unit("109/L") == normalize_unit("×10^9/L")
    assert normalize_unit("1012/L") == normalize_unit("10^12/L")
    assert normalize_unit("100/uL") != normalize_unit("10^0/uL")


# --------------------------------------------------------------------------- routing


@pytest.mark.parametrize(("key", "direction", "value", "unit"), [
    ("potassium", "high", 6.2, "mmol/L"),
    ("potassium", "low", 2.4, "mEq/L"),
    ("sodium", "low", 118, "mmol/L"),
    ("sodium", "high", 161, "mmol/L"),
    ("glucose_fasting", "high", 30, "mmol/L"),
    ("glucose_random", "low", 2.7, "mmol/L"),
    ("hemoglobin", "low", 6.5, "g/dL"),
    ("platelets", "low", 15000, "/cumm"),
    ("platelets", "high", 1200, "10^9/L"),
    ("wbc", "high", 35, "10^9/L"),
    ("wbc", "low", 0.8, "10^9/L"),
    ("creatinine", "high", 4.5, "mg/dL"),
    ("calcium", "high", 13.2, "mg/dL"),
    ("calcium", "low", 1.5, "mmol/L"),
    ("troponin_i", "high", 0.05, "ng/mL"),
])
def test_critical_values_route_to_urgent(kb, key, direction, value, unit):
    analyte = kb.analytes[key]
    routing = analyte.route(direction, analyte.to_canonical(value, unit))
    assert routing.critical
    assert (routing.priority, routing.department, routing.follow_up) == (
        "urgent", "emergency", "immediately")


@pytest.mark.parametrize(("key", "direction", "value", "expected"), [
    # ACC/AHA 2018 cholesterol guideline: LDL >= 190 is severe, for a planned visit
    ("ldl", "high", 195, ("medium", "cardiology", "within_1_month")),
    ("ldl", "high", 150, ("medium", "general_practice", "within_3_months")),
    # Endocrine Society 2012: TG >= 500 mg/dL raises the risk of pancreatitis: seen soon
    ("triglycerides", "high", 600, ("high", "cardiology", "within_1_week")),
    # ATA/AACE 2012: TSH > 10 is the overt range
    ("tsh", "high", 12, ("high", "endocrinology", "within_1_week")),
    ("tsh", "high", 6, ("medium", "endocrinology", "within_1_month")),
    # ADA Standards of Care 2024: a diabetes-range result is confirmed at a planned visit
    ("hba1c", "high", 7.0, ("medium", "endocrinology", "within_1_month")),
    ("hba1c", "high", 6.0, ("medium", "general_practice", "within_3_months")),
    ("glucose_fasting", "high", 130, ("medium", "endocrinology", "within_1_month")),
    ("hemoglobin", "low", 9.0, ("high", "hematology", "within_1_week")),
    ("hemoglobin", "low", 11.5, ("medium", "general_practice", "within_1_month")),
    ("potassium", "high", 5.7, ("high", "general_practice", "within_1_week")),
    # Endocrine Society 2011: deficiency (< 12 ng/mL) is treated, not an emergency
    ("vitamin_d", "low", 10, ("medium", "general_practice", "within_1_month")),
    ("vitamin_d", "low", 19, ("medium", "general_practice", "within_3_months")),
    ("neutrophils_pct", "low", 40, ("low", "general_practice", "next_checkup")),
    ("mchc", "high", 35.4, ("low", "general_practice", "next_checkup")),
    # NICE NG12: a raised PSA goes on the suspected-cancer pathway (seen within 2 weeks)
    ("psa", "high", 12, ("high", "urology", "within_1_week")),
])
def test_severity_bands(kb, key, direction, value, expected):
    routing = kb.analytes[key].route(direction, value)
    assert (routing.priority, routing.department, routing.follow_up) == expected
    assert not routing.critical


def test_times_upper_limit_bands_use_the_printed_limit(kb):
    alt = kb.analytes["alt"]
    assert alt.route("high", 100).priority == "medium"  # default upper 40: 2.5x
    assert alt.route("high", 130).department == "hepatology"  # > 3x 40
    assert alt.route("high", 100, upper=30).priority == "high"  # > 3x the printed 30
    assert alt.route("high", 500).follow_up == "within_1_week"  # > 10x


def test_qualitative_words_and_grades(kb):
    hbsag = kb.analytes["hbsag"]
    assert hbsag.is_abnormal_word("Reactive") is True
    assert hbsag.is_abnormal_word("Non Reactive") is False
    assert hbsag.is_abnormal_word("NON-REACTIVE") is False
    assert hbsag.is_abnormal_word("阳性") is True
    assert hbsag.is_abnormal_word("阴性(-)") is False
    routing = hbsag.route("abnormal")
    assert (routing.priority, routing.department) == ("high", "infectious_disease")
    protein = kb.analytes["urine_protein"]
    assert protein.is_abnormal_word("Nil") is False
    assert protein.is_abnormal_word("Trace") is True
    assert protein.is_abnormal_word("++") is True
    assert protein.is_abnormal_word("Pale yellow") is None
    assert protein.route("abnormal", text="++").priority == "high"
    assert protein.route("abnormal", text="+").priority == "medium"
    assert kb.analytes["urine_pus_cells"].is_abnormal_word("Plenty") is True


# --------------------------------------------------------------------------- narrative


def _fired(kb, text):
    return [rule.key for rule in kb.match_findings(text)]


@pytest.mark.parametrize(("text", "keys"), [
    ("Liver: increased echotexture, suggestive of fatty liver grade I.", ["fatty_liver"]),
    ("Grade I hepatic steatosis", ["fatty_liver"]),
    ("脂肪肝（轻度）", ["fatty_liver"]),
    ("No fatty liver.", []),
    ("No gallstones. Fatty liver grade I.", ["fatty_liver"]),
    ("No free fluid and the liver shows fatty infiltration", ["fatty_liver"]),
    ("肝脏未见明显异常，胆囊结石", ["gallstones"]),
    ("Gallbladder: multiple calculi noted", ["gallstones"]),
    ("Gallbladder: no calculus", []),
    ("Calculus seen in the left kidney, 6 mm", ["renal_calculus"]),
    ("Thyroid nodule in the right lobe, TI-RADS 3", ["tirads_3"]),
    ("甲状腺结节 TI-RADS 4a类", ["tirads_4_5"]),
    ("Right breast: BI-RADS 2", ["birads_2"]),
    ("BMI (Body Mass Index) 31.2", []),
    ("No evidence of mass or calculus", []),
    ("窦性心动过速", ["sinus_tachycardia"]),
    ("窦性心律不齐", ["sinus_arrhythmia"]),
    ("Incomplete RBBB", ["incomplete_rbbb"]),
    ("Simple cortical cyst in the right kidney", ["simple_cyst"]),
    ("Hypertension: No", []),
    ("Gallstones - absent", []),
    ("Thyroid nodule, no calcification", ["thyroid_nodule"]),
    ("脂肪肝：无", []),
    ("Family history of hypertension", []),
    ("右肾可见无回声区，考虑囊肿", ["simple_cyst"]),
    ("胆囊无结石", []),
])
def test_narrative_rules(kb, text, keys):
    assert _fired(kb, text) == keys


@pytest.mark.parametrize(("text", "key"), [
    ("Irregular mass in the left breast, BI-RADS 4A", "birads_4_5"),
    ("Hypoechoic lesion suspicious for malignancy", "suspicious_malignancy"),
    ("A 3 cm mass in the right kidney", "mass"),
    ("ST elevation in leads V1-V4", "st_elevation"),
    ("Ventricular tachycardia", "ventricular_tachycardia"),
])
def test_critical_text_escalates(kb, text, key):
    rules = {rule.key: rule for rule in kb.match_findings(text)}
    assert key in rules
    routing = rules[key].routing
    assert routing.critical
    if rules[key].like == "ecg_urgent":  # ESC 2023 ACS / AHA: an acute ECG finding is today
        assert (routing.priority, routing.follow_up) == ("urgent", "immediately")
    else:  # ACR BI-RADS / incidental findings: a tissue diagnosis soon, not emergency care
        assert (routing.priority, routing.follow_up) == ("high", "within_1_week")


def test_atrial_fibrillation_is_high_and_critical(kb):
    (rule,) = kb.match_findings("Atrial fibrillation with controlled ventricular rate")
    assert (rule.priority, rule.department, rule.follow_up, rule.critical) == (
        "high", "cardiology", "within_1_week", True)


@pytest.mark.parametrize(("text", "normal"), [
    ("No abnormality detected", True),
    ("Normal study.", True),
    ("ECG: within normal limits", True),
    ("Thyroid normal in size and echotexture.", True),
    ("No active lung lesion. Heart size normal.", True),
    ("未见明显异常", True),
    ("窦性心律", True),
    ("窦性心律不齐", False),
    ("Normal sinus rhythm. Left ventricular hypertrophy.", False),
    ("Fatty liver", False),
])
def test_normal_statements(kb, text, normal):
    assert kb.is_normal_statement(text) is normal


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60), st.text(max_size=12))
def test_arbitrary_text_never_breaks_matching(text, unit):
    kb = load_knowledge()
    found = kb.match_analyte(text, unit, value=text)
    assert found is None or found.key in kb.analytes
    assert all(rule.key for rule in kb.match_findings(text))
    assert isinstance(kb.is_normal_statement(text), bool)


# --------------------------------------------------------------------------- broken data


@pytest.fixture()
def kb_copy(tmp_path):
    target = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_DIR, target)
    return target


def test_broken_toml_names_the_file(kb_copy):
    path = kb_copy / "lipids.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n[[analyte]\nkey = \n",
                    encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"lipids\.toml: not valid TOML"):
        load_knowledge(kb_copy)


def test_bad_vocabulary_names_the_file_and_entry(kb_copy):
    path = kb_copy / "kidney.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('department = "nephrology"', 'department = "kidneys"', 1),
                    encoding="utf-8")
    expected = r"kidney\.toml: analyte 'creatinine': high\.bands\.1\.department"
    with pytest.raises(KnowledgeBaseError, match=expected):
        load_knowledge(kb_copy / "index.toml")


def test_unknown_group_and_misordered_bands_are_rejected(kb_copy):
    path = kb_copy / "kidney.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('group = "uric_acid"', 'group = "uric"'), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"analyte 'uric_acid': unknown group 'uric'"):
        load_knowledge(kb_copy)
    path.write_text(text, encoding="utf-8")
    lipids = kb_copy / "lipids.toml"
    text = lipids.read_text(encoding="utf-8")
    swapped = text.replace('{ op = ">=", value = 880, priority = "high"',
                           '{ op = ">=", value = 880, priority = "low"')
    lipids.write_text(swapped, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"'triglycerides'.*most severe first"):
        load_knowledge(kb_copy)


def test_missing_index_is_a_clear_error(tmp_path):
    with pytest.raises(KnowledgeBaseError, match="index.toml: file not found"):
        load_knowledge(tmp_path)
