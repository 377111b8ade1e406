"""The report's own summary of positive findings as a checklist (issue 10 §3): every item maps
to a card or to an "Also in your report" line with a reason. Expectations written by hand."""

from __future__ import annotations

import json

import pytest
from checkup_pdfs import chinese_checkup, english_package, write_pdf

from checkup_desktop.core.extract import extract_findings
from checkup_desktop.core.knowledge import load_knowledge
from checkup_desktop.core.pdf import read_pdf
from checkup_desktop.core.pipeline import run
from checkup_desktop.core.summary import account_summary, summary_items


@pytest.fixture(scope="module")
def kb():
    return load_knowledge()


def test_chinese_summary_items_with_their_notes(tmp_path, kb):
    doc = read_pdf(chinese_checkup(tmp_path / "zh.pdf"))
    items = summary_items(doc)
    assert [(i.page, i.text, i.no_action) for i in items] == [
        (3, "脂肪肝(轻度)伴天⻔冬氨酸氨基转移酶、总胆固醇升高", False),
        (3, "体重指数偏高(BMI 26.8)", False),
        (3, "舒张压偏低", False),
        (3, "屈光不正", False),
        (3, "双眼眼压偏低", False),
        (3, "窦性心律不齐", True),  # "如无不适，无需特殊处理" under it
        (3, "前列腺钙化灶", False),
        (3, "乙肝表面抗体阳性", False),
        (3, "左侧鼻甲肥大", False),
    ]


def test_every_chinese_summary_item_is_a_card_or_also_in_report(tmp_path):
    analysis = run(chinese_checkup(tmp_path / "zh.pdf"))
    evidence = " ".join(e.label for c in analysis.cards for e in c.evidence)
    for needle in ("脂肪肝", "天⻔冬氨酸", "总胆固醇", "体重指数", "屈光不正", "鼻甲肥大",
                   "血小板"):
        assert needle in evidence, needle
    # usually harmless items and the surface antibody (immunity): listed with a reason, no card
    also = {a.text: a for a in analysis.also_in_report}
    assert list(also) == ["舒张压偏低", "双眼眼压偏低", "窦性心律不齐", "前列腺钙化灶",
                          "乙肝表面抗体阳性"]
    assert {a.page for a in also.values()} == {3}
    assert "protection" in also["乙肝表面抗体阳性"].reason
    assert "normal finding" in also["窦性心律不齐"].reason
    for needle in also:
        assert needle not in evidence
    # the table of contents, the trend table and the explanation page give no card
    assert {e.page for c in analysis.cards for e in c.evidence} <= {4, 5, 6, 7, 9, 10}
    public = json.loads(json.dumps(analysis.to_public_json()))
    first = {"text": "舒张压偏低", "reason": also["舒张压偏低"].reason, "page": 3}
    assert public["also_in_report"][0] == first


def test_chinese_also_in_report_reason_in_chinese(tmp_path):
    analysis = run(chinese_checkup(tmp_path / "zh.pdf"), lang="zh")
    assert all(a.reason.startswith("知识库说明") for a in analysis.also_in_report)


def test_english_summary_missed_items_get_a_card_and_no_action_items_a_line(tmp_path, kb):
    doc = read_pdf(english_package(tmp_path / "en.pdf"))
    findings = extract_findings(doc, kb)
    added, also = account_summary(doc, findings, kb)
    # LDL, B12 and fatty liver are covered by the cards of their rows and impression; the ESR
    # the extractor never saw becomes a finding; the hernia the report says needs nothing is a
    # line with that reason
    assert [(f.key, f.flag, f.page) for f in added] == [("esr", "high", 1)]
    assert [(a.text, a.reason) for a in also] == [
        ("Small umbilical hernia noted - no further action required",
         "The report says no action is needed.")]


def test_unknown_item_still_gets_a_card(tmp_path, kb):
    page = ["主要阳性发现：", "1. 左侧腹股沟皮肤色素痣", "2. 血沉增快", "建议：定期复查。"]
    doc = read_pdf(write_pdf(tmp_path / "s.pdf", [page]))
    added, also = account_summary(doc, extract_findings(doc, kb), kb)
    assert also == []
    # an item the knowledge base does not know: a finding of its own (a general card)
    assert [(f.label, f.kind, f.key) for f in added] == [
        ("左侧腹股沟皮肤色素痣", "narrative", None), ("血沉增快", "lab", "esr")]
    assert added[1].flag == "high"


def test_summary_as_one_paragraph_and_results_in_range(tmp_path, kb):
    cols = ((40.0, "尿酸"), (200.0, "412"), (260.0, "208-428"), (360.0, "μmol/L"))
    pages = [["总检结论：尿酸偏高；甲状腺结节"], [cols]]
    doc = read_pdf(write_pdf(tmp_path / "p.pdf", pages))
    findings = extract_findings(doc, kb)
    added, also = account_summary(doc, findings, kb)
    assert [f.key for f in added] == ["thyroid_nodule"]
    assert [a.text for a in also] == ["尿酸偏高"]
    assert "inside its printed range" in also[0].reason


def test_harmless_section_finding_outside_the_summary_is_listed(tmp_path, kb):
    page = ["心电图检查", "结论：窦性心律不齐", "", "胸部DR", "印象：右肺上叶钙化灶"]
    doc = read_pdf(write_pdf(tmp_path / "h.pdf", [page]))
    findings = extract_findings(doc, kb)
    added, also = account_summary(doc, findings, kb)
    assert added == []
    assert [(a.text, a.page) for a in also] == [("窦性心律不齐", 1), ("右肺上叶钙化灶", 1)]


def test_english_heading_variants(tmp_path, kb):
    page = ["Abnormal results at a glance", "1. Hepatitis B surface antibody positive",
            "2. Vitamin D below range", "This summary is not a diagnosis."]
    doc = read_pdf(write_pdf(tmp_path / "g.pdf", [page], font="helv"))
    assert [i.text for i in summary_items(doc)] == ["Hepatitis B surface antibody positive",
                                                    "Vitamin D below range"]
    added, also = account_summary(doc, extract_findings(doc, kb), kb)
    assert [(f.key, f.flag) for f in added] == [("vitamin_d", "low")]
    assert [a.text for a in also] == ["Hepatitis B surface antibody positive"]


def test_table_of_contents_and_trend_tables_are_not_summaries(tmp_path, kb):
    pages = [
        ["目录", "阳性结果汇总 ........ 3", "一般检查 ........ 4", "血常规 ........ 5",
         "肝功能 ........ 6"],
        ["历年结果对比", ((40, "项目"), (200, "2024"), (300, "2025")),
         ((40, "总胆固醇"), (200, "6.3"), (300, "6.8"))],
    ]
    doc = read_pdf(write_pdf(tmp_path / "t.pdf", pages))
    assert summary_items(doc) == []
    assert extract_findings(doc, kb) == []


def test_bracketed_heading_symbols_chinese_numbering_and_inline_advice(tmp_path, kb):
    page = ["【阳性结果汇总】", "★ 脂肪肝 建议：低脂饮食，3个月后复查", "一、甲状腺结节",
            "（二）窦性心动过缓 建议：如无不适无需处理", "■ 肝囊肿"]
    doc = read_pdf(write_pdf(tmp_path / "b.pdf", [page]))
    items = summary_items(doc)
    assert [(i.text, i.no_action) for i in items] == [
        ("脂肪肝", False), ("甲状腺结节", False), ("窦性心动过缓", True), ("肝囊肿", False)]
    added, also = account_summary(doc, extract_findings(doc, kb), kb)
    assert [f.key for f in added] == ["fatty_liver", "thyroid_nodule", "simple_cyst"]
    assert [(a.text, a.reason) for a in also] == [
        ("窦性心动过缓", "The report says no action is needed.")]


def test_summary_table_with_a_number_column_and_a_disclaimer(tmp_path, kb):
    page = [
        "异常结果汇总",
        ((40, "序号"), (90, "异常项目"), (300, "说明")),
        ((40, "1"), (90, "血红蛋白偏低"), (300, "请复查")),
        ((40, "2"), (90, "胆囊息肉"), (300, "定期复查")),
    ]
    doc = read_pdf(write_pdf(tmp_path / "t.pdf", [page]))
    assert [i.text for i in summary_items(doc)] == ["血红蛋白偏低 请复查", "胆囊息肉 定期复查"]
    paragraph = ["总检结论：本次体检结果如下；以上结果仅供参考；胆囊息肉"]
    doc = read_pdf(write_pdf(tmp_path / "p2.pdf", [paragraph]))
    added, also = account_summary(doc, extract_findings(doc, kb), kb)
    assert [f.key for f in added] == ["gallbladder_polyp"] and also == []


def test_item_worded_differently_from_its_row_is_covered(tmp_path, kb):
    cols = ((40.0, "Urine Protein"), (200.0, "1+"), (300.0, "Nil"))
    pages = [["Abnormal findings", "1. Protein in urine", "2. Sugar in urine"],
             ["URINE ROUTINE", cols]]
    doc = read_pdf(write_pdf(tmp_path / "w.pdf", pages, font="helv"))
    added, also = account_summary(doc, extract_findings(doc, kb), kb)
    # the protein item is on the card of its row; the sugar item has no row: a card of its own
    assert [f.label for f in added] == ["Sugar in urine"] and also == []


def test_advice_inside_the_summary_is_never_an_item(tmp_path, kb):
    page = ["阳性结果：", "1. 总胆固醇偏高", "2. 建议复查肝功能", "3. 胆囊息肉",
            "健康建议：", "1. 低脂饮食", "2. 每年复查腹部超声"]
    doc = read_pdf(write_pdf(tmp_path / "a.pdf", [page]))
    assert [i.text for i in summary_items(doc)] == ["总胆固醇偏高", "胆囊息肉"]


def test_harmless_rows_outside_the_summary_are_listed_once(tmp_path, kb):
    from checkup_pdfs import ZH_HEADER, zh_row

    rows = [ZH_HEADER, zh_row("乙肝表面抗体", "HBsAb", "286.5", "↑", "0-10", "mIU/mL"),
            zh_row("舒张压", "DBP", "58", "↓", "60-89", "mmHg"),
            zh_row("乙肝表面抗原", "HBsAg", "阴性", "", "阴性")]
    doc = read_pdf(write_pdf(tmp_path / "r.pdf", [rows]))
    added, also = account_summary(doc, extract_findings(doc, kb), kb)
    assert added == []
    assert [a.text for a in also] == ["乙肝表面抗体 HBsAb 286.5", "舒张压 DBP 58"]
    assert "protection" in also[0].reason and "diastolic" in also[1].reason


def test_an_item_naming_two_findings_is_accounted_part_by_part(tmp_path, kb):
    pages = [["阳性结果：", "1. 彩超：脂肪肝；胆囊息肉", "2. 心电图：窦性心律不齐，T波改变"],
             ["腹部超声", "超声提示：脂肪肝"]]
    doc = read_pdf(write_pdf(tmp_path / "two.pdf", pages))
    added, also = account_summary(doc, extract_findings(doc, kb), kb)
    # fatty liver has its card from page 2; the polyp and the T-wave change get theirs; sinus
    # arrhythmia alone would be harmless, but its item also names a change to look at
    assert [f.key for f in added] == ["gallbladder_polyp", "ischaemic_changes"]
    assert also == []
