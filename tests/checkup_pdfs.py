"""Multi-section check-up PDFs as check-up centres print them, for the extraction and summary
tests (tests/test_extract_checkup.py, tests/test_summary.py). Written by hand: each page is a
list of lines; a line is a string (left margin) or a tuple of (x, text) cells.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pymupdf

Line = str | tuple[tuple[float, str], ...]


def write_pdf(path: Path, pages: Sequence[Sequence[Line]], *, font: str = "china-s",
              size: float = 9.5, footer: str = "") -> Path:
    doc = pymupdf.open()
    for number, lines in enumerate(pages, start=1):
        page = doc.new_page(width=595, height=842)
        y = 50.0
        for line in lines:
            if line == "":
                y += size * 1.6
                continue
            cells = ((40.0, line),) if isinstance(line, str) else line
            for x, text in cells:
                page.insert_text((x, y), text, fontname=font, fontsize=size)
            y += size * 1.7
        if footer:
            page.insert_text((40, 815), footer.format(page=number), fontname=font, fontsize=8)
    doc.save(path, garbage=3, deflate=True)
    doc.close()
    return path


# columns: name | abbreviation | result | flag | range | unit | previous result
ZH_COLS = (40.0, 175.0, 235.0, 290.0, 320.0, 400.0, 480.0)


def zh_row(*cells: str, cols: Sequence[float] = ZH_COLS) -> tuple[tuple[float, str], ...]:
    return tuple((x, t) for x, t in zip(cols, cells, strict=False) if t)


ZH_HEADER = zh_row("项目名称", "缩写", "结果", "提示", "参考范围", "单位", "上次结果")


def chinese_checkup(path: Path) -> Path:
    """A 12-page Chinese chain check-up: cover, table of contents, the centre's summary of
    positive findings with advice, physical and eye/ENT exams with section conclusions, lab
    tables with an abbreviation and a previous-result column (and a radical code point),
    ultrasound, ECG and chest imaging conclusions, an explanation page and a trend table."""
    pages: list[list[Line]] = [
        [  # 1 cover
            "健康体检报告",
            "姓名：张三    性别：男    年龄：45岁",
            "体检编号：2026030100123    体检日期：2026-03-01",
        ],
        [  # 2 table of contents
            "目  录",
            "一、体检结论及阳性结果 ........................ 3",
            "二、一般检查 .................................. 4",
            "三、眼科及耳鼻喉科 ............................ 5",
            "四、血常规 .................................... 6",
            "五、肝功能、血脂、血糖 ........................ 7",
            "六、腹部超声 .................................. 9",
            "七、心电图 .................................... 10",
            "八、脂肪肝的健康指导 .......................... 11",
        ],
        [  # 3 the centre's summary
            "体检结论",
            "阳性结果及异常情况：",
            "1. 脂肪肝（轻度）伴天⻔冬氨酸氨基转移酶、总胆固醇升高",
            "   建议：低脂饮食，适当运动，3个月后复查肝功能及血脂。",
            "2. 体重指数偏高（BMI 26.8）",
            "3. 舒张压偏低",
            "4. 屈光不正",
            "   建议：眼科门诊验光配镜。",
            "5. 双眼眼压偏低",
            "6. 窦性心律不齐",
            "   建议：如无不适，无需特殊处理。",
            "7. 前列腺钙化灶",
            "8. 乙肝表面抗体阳性",
            "9. 左侧鼻甲肥大",
            "主检医师：李四",
        ],
        [  # 4 general exam
            "一般检查",
            ZH_HEADER,
            zh_row("身高", "", "172.0", "", "", "cm"),
            zh_row("体重", "", "79.3", "", "", "kg"),
            zh_row("体重指数", "BMI", "26.8", "↑", "18.5-23.9", "kg/m2", "25.9"),
            zh_row("收缩压", "SBP", "118", "", "90-139", "mmHg", "121"),
            zh_row("舒张压", "DBP", "58", "↓", "60-89", "mmHg", "70"),
            "小结：体重指数偏高；舒张压偏低",
            "检查医生：王五",
        ],
        [  # 5 eye and ENT
            "眼科检查",
            ZH_HEADER,
            zh_row("眼压(右)", "IOP", "9.0", "↓", "10—21", "mmHg"),
            zh_row("眼压(左)", "IOP", "8.5", "↓", "10—21", "mmHg"),
            "裸眼视力：右 4.6  左 4.7",
            "眼底：未见明显异常",
            "小结：屈光不正；双眼眼压偏低",
            "",
            "耳鼻喉科检查",
            "外耳道：未见异常",
            "鼻腔：左侧鼻甲肥大",
            "小结：左侧鼻甲肥大",
            "",
            "内科检查",
            "心脏听诊：心律齐，未闻及杂音",
            "小结：未见明显异常",
        ],
        [  # 6 blood count
            "血常规",
            ZH_HEADER,
            zh_row("白细胞计数", "WBC", "6.21", "", "3.5～9.5", "10~9/L", "5.80"),
            zh_row("红细胞计数", "RBC", "4.85", "", "4.3-5.8", "10~12/L", "4.90"),
            zh_row("血红蛋白", "HGB", "148", "", "130-175", "g/L", "150"),
            zh_row("血小板计数", "PLT", "95", "↓", "125-350", "×10^9/L", "180"),
            zh_row("中性粒细胞百分比", "NEUT%", "62.1", "", "40-75", "%", "60.2"),
        ],
        [  # 7 liver, lipids, glucose
            "肝功能",
            ZH_HEADER,
            zh_row("丙氨酸氨基转移酶", "ALT", "38.2", "", "9—50", "U/L", "35.0"),
            zh_row("天⻔冬氨酸氨基转移酶", "AST", "43.60", "↑", "15—40", "U/L", "35.1"),
            zh_row("γ-谷氨酰转移酶", "GGT", "45", "", "10-60", "U/L", "40"),
            zh_row("总胆红素", "TBIL", "12.3", "", "0-21", "μmol/L", "11.0"),
            "血脂",
            ZH_HEADER,
            zh_row("总胆固醇", "TC", "5.71", "", "0—5.20", "mmol/L", "5.32"),
            zh_row("甘油三酯", "TG", "1.52", "", "0-1.70", "mmol/L", "1.60"),
            zh_row("低密度脂蛋白胆固醇", "LDL-C", "3.21", "", "<3.37", "mmol/L", "3.10"),
            zh_row("高密度脂蛋白胆固醇", "HDL-C", "1.12", "", "≥1.04", "mmol/L", "1.20"),
            "血糖",
            ZH_HEADER,
            zh_row("空腹血糖", "GLU", "5.1", "", "3.9-6.1", "mmol/L", "5.0"),
            zh_row("尿酸", "UA", "412", "", "208-428", "μmol/L", "400"),
        ],
        [  # 8 serology, tumour markers, urine, breath test
            "乙肝五项及肿瘤标志物",
            ZH_HEADER,
            zh_row("乙肝表面抗原", "HBsAg", "阴性", "", "阴性"),
            zh_row("乙肝表面抗体", "HBsAb", "阳性", "", "阴性"),
            zh_row("甲胎蛋白", "AFP", "3.2", "", "0-7", "ng/mL"),
            zh_row("癌胚抗原", "CEA", "2.1", "", "<5", "ng/mL"),
            zh_row("前列腺特异性抗原", "PSA", "1.2", "", "0-4", "ng/mL"),
            zh_row("C13尿素呼气试验", "UBT", "阴性", "", "阴性"),
            "尿常规",
            ZH_HEADER,
            zh_row("尿潜血", "BLD", "阴性", "", "阴性"),
            zh_row("尿蛋白", "PRO", "阴性", "", "阴性"),
        ],
        [  # 9 abdominal and prostate ultrasound
            "腹部超声检查",
            "检查所见：肝脏形态大小正常，实质回声增强，前场细密，后场衰减。胆囊大小正常，壁光滑。",
            "检查结论：",
            "1. 脂肪肝（轻度）",
            "2. 胆囊未见明显异常",
            "3. 双肾未见明显异常",
            "报告医生：赵六",
            "",
            "前列腺超声",
            "超声提示：前列腺钙化灶",
            "",
            "甲状腺超声",
            "超声提示：甲状腺未见明显异常",
        ],
        [  # 10 ECG and chest
            "心电图检查",
            "心率：68 次/分",
            "结论：窦性心律不齐",
            "",
            "胸部DR",
            "印象：两肺未见明显异常",
        ],
        [  # 11 explanation and advice
            "什么是脂肪肝？",
            "脂肪肝是指由于各种原因引起的肝细胞内脂肪堆积过多的病变，常与肥胖、高血脂有关。",
            "空腹血糖 ≥7.0 mmol/L 可诊断为糖尿病",
            "总胆固醇 6.2 mmol/L 以上为升高",
            "健康建议",
            "1. 控制体重，BMI 保持在 18.5-23.9",
            "2. 高血压患者应定期监测血压",
        ],
        [  # 12 trend table of previous years
            "历年体检结果对比",
            ((40, "项目"), (200, "2024"), (300, "2025"), (400, "2026")),
            ((40, "总胆固醇"), (200, "5.32"), (300, "5.50"), (400, "5.71")),
            ((40, "天门冬氨酸氨基转移酶"), (200, "35.1"), (300, "38.0"), (400, "43.6")),
            ((40, "血压"), (200, "120/80"), (300, "150/95"), (400, "118/58")),
            ((40, "血红蛋白"), (200, "98"), (300, "150"), (400, "148")),
        ],
    ]
    return write_pdf(path, pages, footer="XX健康体检中心  第{page}页")


EN_COLS = (40.0, 230.0, 300.0, 360.0, 470.0)


def en_row(*cells: str, cols: Sequence[float] = EN_COLS) -> tuple[tuple[float, str], ...]:
    return tuple((x, t) for x, t in zip(cols, cells, strict=False) if t)


def english_package(path: Path) -> Path:
    """An Indian/US style full-body package: a summary of abnormal findings, panels without a
    flag column, words as flags ("Above range"), a critical marker, an unknown test outside
    its range, tiered interpretation text, footnotes that quote numbers, a "Sample not
    received" section and an ultrasound impression."""
    pages: list[list[Line]] = [
        [
            "FULL BODY CHECKUP - AAROGYAM PACKAGE",
            "Patient Name : RAVI KUMAR     Age/Sex : 52 Y / M",
            "Summary of abnormal findings",
            "1. LDL Cholesterol - 165 mg/dL (High)",
            "2. Vitamin B12 low",
            "3. Mild fatty liver on ultrasound",
            "4. Small umbilical hernia noted - no further action required",
            "5. Elevated ESR",
            "Doctor: Dr. A. Mehta",
        ],
        [
            en_row("TEST NAME", "RESULT", "UNIT", "REFERENCE RANGE", "STATUS"),
            en_row("LDL Cholesterol", "165", "mg/dL", "< 100", "Above range"),
            en_row("Total Cholesterol", "238", "mg/dL", "< 200"),
            en_row("HDL Cholesterol", "44", "mg/dL", "> 40"),
            en_row("Total Cholesterol / HDL Ratio", "5.4", "Ratio", "3.0 - 5.0"),
            "Optimal: < 100   Near optimal: 100-129   Borderline high: 130-159",
            "In men with PSA above 10 ng/mL, the probability of prostate disease is higher.",
            "A fasting glucose level of >125 mg/dL indicates diabetes on two occasions.",
            en_row("Fasting Blood Sugar", "92", "mg/dL", "70 - 100"),
            en_row("Serum Potassium", "6.9", "mmol/L", "3.5 - 5.1", "CRITICAL"),
            en_row("Lactate", "9.5", "mmol/L", "0.5 - 2.2"),
            en_row("Zinc", "48", "ug/dL", "", "Below range"),
            en_row("Vitamin B12", "150", "pg/mL", "211 - 911"),
            en_row("PSA Total", "1.1", "ng/mL", "0 - 4"),
        ],
        [
            "VITAMIN D (25-OH)",
            "Sample not received",
            en_row("HbA1c", "5.4", "%", "4.0 - 5.6"),
            "Interpretation:",
            "HbA1c 5.7 - 6.4 % indicates prediabetes; 6.5 % or more suggests diabetes.",
            "ULTRASOUND WHOLE ABDOMEN",
            "Liver is normal in size with increased echogenicity.",
            "IMPRESSION: Grade I fatty liver.",
        ],
    ]
    return write_pdf(path, pages, font="helv", size=9.0)
