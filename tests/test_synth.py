"""The synthetic labelled sets (lab panels; full check-ups of issue 10): shapes, determinism,
and gold files that agree with the PDFs."""

from __future__ import annotations

import hashlib
import json
import time
import unicodedata
from pathlib import Path
from typing import get_args

import pymupdf
import pytest
from synth.checkup import generate_checkups, load_findings, load_reports
from synth.convention import TABLE, classify
from synth.generator import generate_set

from checkup_desktop.core.evaluate import load_gold, load_labels
from checkup_desktop.core.models import FOLLOW_UPS, PRIORITIES, Department
from checkup_desktop.core.textnorm import fold_radicals


@pytest.fixture(scope="module")
def synth_set(tmp_path_factory) -> tuple[Path, list[Path], float]:
    out = tmp_path_factory.mktemp("synth")
    t0 = time.perf_counter()
    pdfs = generate_set(out, n=44, seed=0)
    return out, pdfs, time.perf_counter() - t0


def _gold(pdf: Path) -> dict:
    return json.loads(pdf.with_name(pdf.stem + ".gold.json").read_text(encoding="utf-8"))


def _norm(s: str) -> str:
    return " ".join(s.casefold().split())


def _texts(pdf: Path) -> list[str]:
    with pymupdf.open(pdf) as doc:
        return [page.get_text() for page in doc]


def test_set_size_and_speed(synth_set):
    out, pdfs, seconds = synth_set
    assert len(pdfs) >= 40
    assert seconds < 20
    assert sorted(out.glob("*.gold.json")) == sorted(p.with_name(p.stem + ".gold.json")
                                                     for p in pdfs)


def test_deterministic_for_a_seed(synth_set, tmp_path: Path):
    _, pdfs, _ = synth_set
    again = generate_set(tmp_path / "a", n=10, seed=0)
    other = generate_set(tmp_path / "b", n=10, seed=1)

    def digest(p: Path) -> str:
        return hashlib.sha256(p.read_bytes()).hexdigest()

    for first, second in zip(pdfs[:10], again, strict=True):
        assert first.name == second.name
        assert digest(first) == digest(second)
        assert _gold(first) == _gold(second)
    assert [_gold(p) for p in again] != [_gold(p) for p in other]


def test_pdfs_open_with_1_to_12_pages_and_gold_is_valid(synth_set):
    _, pdfs, _ = synth_set
    counts = []
    for pdf in pdfs:
        with pymupdf.open(pdf) as doc:
            counts.append(doc.page_count)
            assert 1 <= doc.page_count <= 12
            assert _gold(pdf)["pages"] == doc.page_count
        for issue in load_gold(pdf.with_name(pdf.stem + ".gold.json")):  # vocabularies
            assert issue.keys and all(k == k.lower() and k.strip() for k in issue.keys)
    assert min(counts) == 1 and max(counts) == 12


def test_every_gold_key_is_printed_on_a_text_page(synth_set):
    _, pdfs, _ = synth_set
    for pdf in pdfs:
        gold = _gold(pdf)
        texts = _texts(pdf)
        readable = _norm(" ".join(t for i, t in enumerate(texts, 1)
                                  if i not in gold["unread_pages"]))
        for issue in gold["issues"]:
            for key in issue["keys"]:
                assert _norm(key) in readable, (pdf.name, key)


def test_unread_pages_are_pictures_without_text(synth_set):
    _, pdfs, _ = synth_set
    with_images = 0
    for pdf in pdfs:
        unread = _gold(pdf)["unread_pages"]
        with pymupdf.open(pdf) as doc:
            for pno in unread:
                page = doc[pno - 1]
                assert page.get_text().strip() == ""
                assert page.get_images()
            assert all(doc[i].get_text().strip() for i in range(doc.page_count)
                       if i + 1 not in unread)
        with_images += bool(unread)
    assert with_images >= 4


def test_chinese_text_extracts_back(synth_set):
    _, pdfs, _ = synth_set
    chinese = [p for p in pdfs if _gold(p)["language"] == "zh"]
    assert len(chinese) >= 6
    for pdf in chinese:
        text = " ".join(_texts(pdf))
        for word in ("项目", "结果", "单位", "参考范围", "提示", "体检报告"):
            assert word in text, (pdf.name, word)
    all_zh = " ".join(" ".join(_texts(p)) for p in chinese)
    for label in ("血红蛋白", "白细胞计数", "总胆固醇", "空腹血糖", "肌酐", "↑"):
        assert label in all_zh


def test_all_normal_and_critical_reports(synth_set):
    _, pdfs, _ = synth_set
    golds = [_gold(p) for p in pdfs]
    normal = [g for g in golds if g["all_normal"]]
    assert len(normal) >= 6
    assert all(g["issues"] == [] for g in normal)
    urgent = [i for g in golds for i in g["issues"] if i["priority"] == "urgent"]
    assert len(urgent) >= 5
    assert all(i["follow_up"][0] in ("immediately", "within_1_week") for i in urgent)
    urgent_keys = " ".join(k for i in urgent for k in i["keys"])
    for critical in ("potassium", "blood sugar", "haemoglobin", "platelet", "bi-rads 4a"):
        assert critical in urgent_keys  # K 6.5, glucose 480, Hb 6.2, platelets 15, BI-RADS 4A


def test_narrative_findings_in_both_languages(synth_set):
    _, pdfs, _ = synth_set
    keys = {k for p in pdfs for i in _gold(p)["issues"] for k in i["keys"]}
    for finding in ("fatty liver", "脂肪肝", "thyroid nodule", "甲状腺结节", "sinus bradycardia",
                    "窦性心动过缓", "gallstone", "atrial fibrillation"):
        assert finding in keys


def test_the_set_has_the_shapes_of_real_labs(synth_set):
    _, pdfs, _ = synth_set
    text = " ".join(" ".join(_texts(p)) for p in pdfs)
    shapes = [  # each entry: any one of these strings
        ("Up to ",), ("< 200", "<200"), ("> 40",), ("Prediabetic: 5.7-6.4",),
        ("Diabetic: >=6.5",), ("M: 13-17 F: 12-15",),  # one-sided, tiered, sex-specific
        (",00 - ",),  # decimal commas
        ("1,50,000",),  # Indian digit grouping
        ("Non Reactive",), ("Reactive",), ("Negative", "Nil", "Absent"), ("+",),
        ("Impression:",), ("Conclusion:",), ("结论：", "提示："), ("未见明显异常",),
        ("No abnormality detected",), ("Page 1 of",), ("第1页",), ("Method:",),
        ("(Photometry)",), ("End Of Report",),
        ("High",), ("Low",), ("Normal",), ("[H]", "[L]"), ("(H)", "(L)"), ("↑", "↓"),
    ]
    missing = [s for s in shapes if not any(alt in text for alt in s)]
    assert not missing


def test_convention_bands():
    k, ldl, alt, hb = TABLE["k"], TABLE["ldl"], TABLE["alt"], TABLE["hb"]
    assert classify(k, 6.5, 3.5, 5.1) == "critical"
    assert classify(k, 5.7, 3.5, 5.1) == "severe"
    assert classify(k, 5.3, 3.5, 5.1) == "mild"
    assert classify(k, 4.2, 3.5, 5.1) == "normal"
    assert classify(ldl, 195, None, 130) == "severe"
    assert classify(alt, 160, None, 49) == "severe"  # > 3x the printed upper limit
    assert classify(alt, 90, None, 49) == "mild"
    assert classify(hb, 6.2, 12, 15) == "critical"
    assert classify(hb, 8.5, 12, 15) == "severe"
    assert classify(hb, 12.5, 12, 15) == "normal"  # female range
    assert classify(hb, 12.5, 13, 17) == "mild"  # male range


# ---------------------------------------------------------------- full check-ups (issue 10 §6)


@pytest.fixture(scope="module")
def checkups(tmp_path_factory) -> tuple[list[Path], float]:
    out = tmp_path_factory.mktemp("checkups")
    t0 = time.perf_counter()
    pdfs = generate_checkups(out, seed=0)
    return pdfs, time.perf_counter() - t0


def _folded(s: str) -> str:
    return " ".join(fold_radicals(unicodedata.normalize("NFKC", s)).casefold().split())


def test_checkup_corpus_size_languages_pages_and_speed(checkups):
    pdfs, seconds = checkups
    golds = [_gold(p) for p in pdfs]
    assert len(pdfs) >= 30
    assert sum(g["language"] == "zh" for g in golds) >= 15
    assert sum(g["language"] == "en" for g in golds) >= 10
    for pdf, g in zip(pdfs, golds, strict=True):
        with pymupdf.open(pdf) as doc:
            assert doc.page_count >= 8 and g["pages"] == doc.page_count, pdf.name
    assert sum(1 for g in golds if not g["issues"]) >= 3  # normal-only reports
    assert seconds < 15


def test_checkups_are_deterministic_for_a_seed(checkups, tmp_path):
    pdfs, _ = checkups
    again = generate_checkups(tmp_path / "a", seed=0)
    for first, second in zip(pdfs, again, strict=True):
        assert first.read_bytes() == second.read_bytes(), first.name
        assert _gold(first) == _gold(second)
    other = generate_checkups(tmp_path / "b", seed=1)
    assert [p.read_bytes() for p in other] != [p.read_bytes() for p in pdfs]


def test_checkup_gold_is_valid_and_printed(checkups, tmp_path):
    pdfs, _ = checkups
    variant = generate_checkups(tmp_path, seed=1)  # held-out wordings and layouts
    for pdf in [*pdfs, *variant]:
        labels = load_labels(pdf.with_name(pdf.stem + ".gold.json"))
        texts = _texts(pdf)
        assert len(texts) >= 8, pdf.name
        text = _folded(" ".join(texts))
        for issue in [*labels.issues, *labels.optional_issues]:
            assert any(_folded(k) in text for k in issue.keys), (pdf.name, issue.keys)
        for item in labels.summary_items:  # the report's own list prints every item
            assert _folded(item.text) in text, (pdf.name, item.text)
            assert item.expect in ("card", "also", "either")
        gold = _gold(pdf)
        if gold["language"] == "zh" or any(i.text for i in labels.summary_items):
            assert labels.normal_items, pdf.name


def test_checkups_have_the_layouts_of_the_issue(checkups):
    pdfs, _ = checkups
    zh = " ".join(" ".join(_texts(p)) for p in pdfs if _gold(p)["language"] == "zh")
    en = " ".join(" ".join(_texts(p)) for p in pdfs if _gold(p)["language"] == "en")
    zh_shapes = [
        "天\u2ed4冬氨酸氨基转移酶", "未\u2ec5明显异常",  # CJK Radicals Supplement code points
        "—", "–", "～", "0—5.20", "<", "≤", "阴性", "×10^9/L", "上次结果", "缩写", "英文缩写",
        "↑", "↓", "偏高", "偏低", "阳性", "目  录", "历年结果对比", "什么是", "健康建议",
        "阳性结果", "异常情况", "主要阳性发现", "总检结论",
        "小结：", "初步意见：", "结论：", "检查结论：", "提示：",
        "腹部彩超", "甲状腺彩超", "乳腺彩超", "心电图", "胸部DR", "眼科", "耳鼻喉科", "外科",
        "内科", "妇科", "眼压", "体重指数", "收缩压", "舒张压", "TI-RADS", "BI-RADS",
        "乙肝表面抗体",
    ]
    en_shapes = [
        "Above range", "Below range", "Sample not received", "TC / HDL Cholesterol Ratio",
        "Non-HDL Cholesterol", "In Range", "Out Of Range", "Previous Result and Date",
        "TECHNOLOGY", "Bio. Ref. Interval", "In men with PSA above 10",
        "A fasting glucose level of >125", "Borderline High", "Summary of abnormal findings",
        "Results out of range", "Impression", "Conclusion", "BMI", "Blood Pressure",
        "Up to", " High", " Low",
    ]
    missing = [s for s in zh_shapes if s not in zh] + [s for s in en_shapes if s not in en]
    assert missing == ["Up to"]  # no "Up to" ranges in these packages (the lab set has them)


def test_scenario_table_is_complete():
    findings = load_findings()
    used = {f for r in load_reports() for f in r["findings"]}
    assert used <= set(findings)
    assert len(used) >= 0.9 * len(findings)
    for f in findings.values():
        assert f["source"].strip() and f["expect"] in ("card", "also", "either"), f["id"]
        assert f["priority"] in PRIORITIES and f["department"] and f["follow_up"], f["id"]
        assert set(f.get("priority_ok", [])) <= set(PRIORITIES), f["id"]
        assert set(f["follow_up"]) <= set(FOLLOW_UPS), f["id"]
        assert set(f["department"]) <= set(get_args(Department)), f["id"]
        assert f.get("summary_zh") and f.get("summary_en"), f["id"]


def test_checkup_expectations_never_come_from_the_knowledge_base():
    """The corpus generator and its scenario tables read nothing from resources/knowledge
    (DESIGN §6: expectations are written by hand, with sources)."""
    synth = Path(__file__).parent / "synth"
    for path in [synth / "checkup.py", synth / "checkup_catalog.py"]:
        code = [ln for ln in path.read_text(encoding="utf-8").splitlines()
                if ln.startswith(("import ", "from "))]
        assert not [ln for ln in code if "checkup_desktop" in ln or "knowledge" in ln], path.name
