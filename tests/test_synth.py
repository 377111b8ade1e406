"""The synthetic labelled set: shapes, determinism, and gold files that agree with the PDFs."""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import pymupdf
import pytest
from synth.convention import TABLE, classify
from synth.generator import generate_set

from checkup_desktop.core.evaluate import load_gold


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
