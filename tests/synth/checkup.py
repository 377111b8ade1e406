"""Full check-ups (issue 10 §6): Chinese chain check-ups and English full-body packages,
8-30 pages each, rendered with PyMuPDF from the hand-written scenarios in tests/scenarios/.

generate_checkups(out_dir, seed) writes NAME.pdf + NAME.gold.json for every report of
tests/scenarios/reports.toml. The gold (expected cards, summary items, normal items) comes from
tests/scenarios/findings.toml, never from resources/knowledge. Deterministic for a seed.
"""

from __future__ import annotations

import json
import random
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

from .checkup_catalog import EN_PANELS, QUALS, TESTS, ZH_PANELS, QualTest, Test

SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"
PAGE_W, PAGE_H = 595.0, 842.0
TOP, BOTTOM, LINE = 78.0, 790.0, 14.0
PRIORITY_RANK = {"urgent": 3, "high": 2, "medium": 1, "low": 0}
FOLLOW_ORDER = (
    "immediately",
    "within_1_week",
    "within_1_month",
    "within_3_months",
    "within_6_months",
    "next_checkup",
)


def load_findings() -> dict[str, dict]:
    data = tomllib.loads((SCENARIOS / "findings.toml").read_text(encoding="utf-8"))
    return {f["id"]: f for f in data["finding"]}


def load_reports() -> list[dict]:
    data = tomllib.loads((SCENARIOS / "reports.toml").read_text(encoding="utf-8"))
    return data["report"]


# ---------------------------------------------------------------- page building


@dataclass
class Cell:
    x: float
    text: str
    size: float = 8.5
    bold: bool = False


@dataclass
class Page:
    lines: list[tuple[float, list[Cell]]] = field(default_factory=list)
    title: str = ""  # section that starts here (table of contents)


class Builder:
    def __init__(self) -> None:
        self.pages: list[Page] = []
        self.y = TOP

    def new_page(self, title: str = "") -> None:
        self.pages.append(Page(title=title))
        self.y = TOP

    def line(self, *cells: Cell, gap: float = LINE) -> None:
        if not self.pages or self.y + gap > BOTTOM:
            self.new_page()
        self.pages[-1].lines.append((self.y, list(cells)))
        self.y += gap

    def text(self, x: float, text: str, size: float = 8.5, bold: bool = False) -> None:
        self.line(Cell(x, text, size, bold))

    def blank(self) -> None:
        self.y += LINE / 2


_FONTS: dict[str, pymupdf.Font] = {}
_NO_GLYPH: dict[str, bool] = {}


def _font(name: str) -> pymupdf.Font:
    if name not in _FONTS:
        _FONTS[name] = pymupdf.Font(name)
    return _FONTS[name]


def _needs_cmap_font(text: str) -> bool:
    """Characters the embedded CJK font has no glyph for (radical code points): these cells are
    written with PyMuPDF's built-in "china-s" font, which keeps their code points."""
    cjk = _font("cjk")
    for c in text:
        if 0x2E80 <= ord(c) <= 0x2FDF:  # radicals: the embedded font would print the ideograph
            return True
        if ord(c) > 0xFF:
            if c not in _NO_GLYPH:
                _NO_GLYPH[c] = not cjk.has_glyph(ord(c))
            if _NO_GLYPH[c]:
                return True
    return False


def render(path: Path, pages: list[Page], header, footer) -> None:
    doc = pymupdf.open()
    n = len(pages)
    for i, page in enumerate(pages, start=1):
        pg = doc.new_page(width=PAGE_W, height=PAGE_H)
        tw = pymupdf.TextWriter(pg.rect)
        shape = None
        frame = [] if i == 1 else header
        lines = [
            *((30 + 12 * k, [c]) for k, c in enumerate(frame)),
            *page.lines,
            (820.0, [Cell(c.x, c.text.format(page=i, pages=n), c.size) for c in footer]),
        ]
        for y, cells in lines:
            for c in cells:
                if _needs_cmap_font(c.text):
                    shape = shape or pg.new_shape()
                    shape.insert_text((c.x, y), c.text, fontname="china-s", fontsize=c.size)
                    continue
                wide = any(ord(ch) > 0xFF for ch in c.text)
                font = _font("cjk" if wide else "hebo" if c.bold else "helv")
                tw.append((c.x, y), c.text, font=font, fontsize=c.size)
        tw.write_text(pg)
        if shape is not None:
            shape.commit()
    doc.subset_fonts()
    path.write_bytes(doc.tobytes(garbage=1, deflate=True, no_new_id=True))
    doc.close()


# ---------------------------------------------------------------- values


def fmt(v: float, dec: int) -> str:
    return f"{v:.{max(dec, 0)}f}"


def normal_value(rng: random.Random, lo: float | None, hi: float | None) -> float:
    if lo is not None and hi is not None:
        span = hi - lo
        return (
            rng.uniform(lo + 0.3 * span, hi - 0.3 * span)
            if lo > 0
            else rng.uniform(hi * 0.15, hi * 0.5)
        )
    if hi is not None:
        return rng.uniform(hi * 0.55, hi * 0.85)
    return rng.uniform(lo * 1.2, lo * 1.6)


@dataclass
class Row:
    """One printed lab row of a report."""

    test: Test | QualTest
    value: str
    direction: str  # "" | "high" | "low" | "pos"
    finding: str | None  # scenario finding id when the row is one
    label: str = ""


# ---------------------------------------------------------------- the report model


class Report:
    def __init__(self, spec: dict, findings: dict[str, dict], seed: int):
        # seed 0 prints the scenarios as written; other seeds are held-out variants of the same
        # scenarios: another layout, headings, conclusion words, wordings and page order
        spec = dict(spec)
        vr = random.Random(f"checkup-variant:{seed}:{spec['id']}")
        self.variant = seed != 0
        if self.variant:
            zh = spec["style"].startswith("z")
            spec["style"] = vr.choice(ZH_STYLES if zh else EN_STYLES)
            if zh:
                spec["conclusion"] = vr.choice(ZH_CONCLUSIONS)
                spec["summary"] = vr.choice(ZH_SUMMARIES)
                spec["radicals"] = vr.random() < 0.5
            elif spec.get("summary"):
                spec["summary"] = vr.choice(EN_SUMMARIES)
            spec["summary_style"] = vr.choice(
                ("numbered", "paren", "numerals", "advice") if zh else ("numbered", "bullets"))
        self.alt = {k: self.variant and vr.random() < 0.6 for k in spec["findings"]}
        self.imaging_first = self.variant and vr.random() < 0.5
        self.spec = spec
        self.id = spec["id"]
        self.lang = "zh" if spec["style"].startswith("z") else "en"
        self.style = spec["style"]
        self.sex = spec["sex"]
        self.age = spec["age"]
        self.rng = random.Random(f"checkup-desktop:{seed}:{self.id}")
        self.F = findings
        self.found = [findings[k] for k in spec["findings"]]
        self.by_analyte = {f["analyte"]: f for f in self.found if f["kind"] in ("lab", "qual")}
        self.by_section: dict[str, list[dict]] = {}
        for f in self.found:
            if f["kind"] == "narrative":
                self.by_section.setdefault(f["section"], []).append(f)
        self.exam = {f["exam"]: f for f in self.found if f["kind"] == "exam"}
        self.printed_labels: dict[str, list[str]] = {}  # finding id or "" -> printed labels
        self.normal_keys: list[str] = []
        self.b = Builder()
        self.radicals = bool(spec.get("radicals"))
        self.derived = self._derive()

    def _derive(self) -> dict[str, tuple[float, str | None]]:
        """Rows that follow from a finding (SI value, driving finding id): a lipid panel adds
        up, a low haemoglobin lowers the haematocrit, a raised ALT brings AST with it. Such a
        row that ends up out of range belongs to its driver's issue."""
        rng, by = self.rng, self.by_analyte
        out: dict[str, tuple[float, str | None]] = {}

        def given(key: str, lo: float, hi: float) -> tuple[float, str | None]:
            f = by.get(key)
            return (f["si"], f["id"]) if f else (rng.uniform(lo, hi), None)

        lipid = next((f["id"] for f in self.found if f["issue"] == "lipids"), None)
        hdl, tg, ldl = given("hdl", 1.2, 1.5), given("tg", 0.8, 1.3), given("ldl", 2.0, 2.4)
        tc = by.get("tc")
        out.update(hdl=hdl, tg=tg, ldl=ldl)
        if tc:
            out["tc"] = (tc["si"], tc["id"])
            if "ldl" not in by:
                out["ldl"] = (tc["si"] - hdl[0] - tg[0] / 2.2, lipid)
        else:
            out["tc"] = (ldl[0] + hdl[0] + min(tg[0], 4.5) / 2.2, lipid)
        glu = by.get("glu")
        if glu and "hba1c" not in by:
            out["hba1c"] = (min((glu["si"] * 18 + 46.7) / 28.7, 13.5), glu["id"])
        hgb = by.get("hgb")
        if hgb:
            g = hgb["si"] / 10
            out["hct"] = (g * 3.0, hgb["id"])
            out["rbc"] = (g / 3.0 + 0.1, hgb["id"])
        alt = by.get("alt")
        if alt and "ast" not in by:
            out["ast"] = (alt["si"] * 0.62, alt["id"])
        return out

    # ---- common helpers
    def zh(self) -> bool:
        return self.lang == "zh"

    def concl(self) -> str:
        return self.spec.get("conclusion", "小结")

    def section(self, title: str, size: float = 11) -> None:
        self.b.new_page(title)
        self.b.text(40, title, size, True)
        self.b.blank()

    def ct_chest(self) -> bool:
        """Nodules are found by CT: a report with a lung nodule prints a chest CT."""
        return any(f["id"].startswith("lung_nodule") for f in self.by_section.get("chest", []))

    def finding_text(self, f: dict) -> str:
        key = "zh" if self.zh() else "en"
        if self.alt.get(f["id"]) and f.get(f"{key}_alt"):
            return f[f"{key}_alt"]
        return f[key]

    # ---- lab rows
    def lab_row(self, key: str) -> Row:
        if key in QUALS:
            q = QUALS[key]
            f = self.by_analyte.get(key)
            if f:
                return Row(q, f["zh"] if self.zh() else f["en"], "pos", f["id"])
            return Row(q, q.zh_normal if self.zh() else q.en_normal, "", None)
        t = TESTS[key]
        f = self.by_analyte.get(key)
        lo, hi = t.si_range(self.sex) if self.zh() else t.en_range(self.sex)
        dec = t.si_dec if self.zh() else t.en_dec
        if key in self.derived and not f:
            si, driver = self.derived[key]
            v = si if self.zh() else si * t.factor
            d = "high" if hi is not None and v > hi else "low" if lo is not None and v < lo else ""
            assert driver or not d, (self.id, key, v)  # a derived normal row stays in range
            return Row(t, fmt(v, dec), d, driver if d else None)
        if f:
            v = f["si"] if self.zh() else f["si"] * t.factor
            d = "high" if hi is not None and v > hi else "low" if lo is not None and v < lo else ""
            assert d, (self.id, f["id"], v, lo, hi)  # a scenario value must be out of range
            return Row(t, fmt(v, dec), d, f["id"])
        v = normal_value(self.rng, lo, hi)
        return Row(t, fmt(v, dec), "", None)

    def range_text(self, t: Test, sep: str) -> str:
        lo, hi = t.si_range(self.sex) if self.zh() else t.en_range(self.sex)
        dec = t.si_dec if self.zh() else t.en_dec
        d = max(dec, 1) if self.zh() and dec > 0 else dec
        if lo is None:
            if self.zh() and self.style in ("zA", "zB"):
                return f"0{sep}{fmt(hi, d)}"
            return self.rng.choice(["<", "≤"]) + fmt(hi, d) if self.zh() else f"< {fmt(hi, d)}"
        if hi is None:
            return (
                (">" if not self.zh() else self.rng.choice([">", "≥"]))
                + (" " if not self.zh() else "")
                + fmt(lo, d)
            )
        return f"{fmt(lo, d)}{sep}{fmt(hi, d)}"

    def record(self, row: Row, label: str) -> None:
        row.label = label
        self.printed_labels.setdefault(row.finding or "", []).append(label)

    # ================================================================ Chinese
    def zh_name(self, t: Test | QualTest) -> str:
        if isinstance(t, Test):
            if self.radicals and t.radical:
                return t.radical
            return t.zh[0] if self.style in ("zA", "zC") or len(t.zh) == 1 else t.zh[1]
        return t.zh

    def zh_printed(self, text: str) -> str:
        if not self.radicals:
            return text
        for plain, rad in RADICAL_WORDS:
            text = text.replace(plain, rad)
        return text

    def zh_lab_page(self, panel: str) -> None:
        title, keys = ZH_PANELS[panel]
        self.section(title)
        st = self.style
        flag_hi, flag_lo, flag_pos = {
            "zA": ("↑", "↓", "阳性"),
            "zB": ("H", "L", "阳性"),
            "zC": ("偏高", "偏低", "阳性"),
            "zD": ("↑", "↓", "↑"),
        }[st]
        sep = {
            "zA": self.rng.choice(["—", "–"]),
            "zB": "-",
            "zC": "～",
            "zD": self.rng.choice(["–", "~"]),
        }[st]
        heads = {
            "zA": [
                (40, "项目名称"),
                (200, "缩写"),
                (262, "结果"),
                (312, "提示"),
                (350, "参考范围"),
                (440, "单位"),
            ],
            "zB": [
                (40, "代号"),
                (95, "项目名称"),
                (262, "结果"),
                (312, "提示"),
                (340, "单位"),
                (410, "参考区间"),
                (495, "上次结果"),
            ],
            "zC": [
                (40, "项目"),
                (232, "结果"),
                (282, "提示"),
                (330, "单位"),
                (410, "参考值"),
                (500, "英文缩写"),
            ],
            "zD": [(40, "检验项目"), (262, "结果"), (335, "参考范围"), (440, "单位")],
        }[st]
        self.b.line(*[Cell(x, h, bold=True) for x, h in heads])
        for key in keys:
            if key == "psa" and self.sex == "F":
                continue
            row = self.lab_row(key)
            t = row.test
            name = self.zh_name(t)
            if isinstance(t, QualTest):
                unit, rng_text = "", self.rng.choice(["阴性", "阴性(-)"])
                value = row.value
                if key == "hbsab" and st in ("zB", "zD"):  # printed as a titre
                    value = "156.32" if row.direction else fmt(self.rng.uniform(0.5, 6), 2)
                    unit, rng_text = "mIU/mL", f"0{sep}10"
                flag = flag_pos if row.direction else ""
                if st == "zC" and value == "阳性":
                    value = "阳性(+)"
            else:
                unit, rng_text, value = t.si_unit, self.range_text(t, sep), row.value
                if st == "zC":  # as some analysers print 10^9/L
                    unit = unit.replace("×10^", "10~")
                flag = {"high": flag_hi, "low": flag_lo}.get(row.direction, "")
            label = name if st != "zD" else f"{name}({t.abbr})"
            self.record(row, label)
            if st == "zA":
                cells = [
                    Cell(40, name),
                    Cell(200, t.abbr),
                    Cell(262, value),
                    Cell(312, flag),
                    Cell(350, rng_text),
                    Cell(440, unit),
                ]
            elif st == "zB":
                prev = ""
                if isinstance(t, Test) and self.rng.random() < 0.8:
                    lo, hi = t.si_range(self.sex)
                    prev = fmt(normal_value(self.rng, lo, hi), t.si_dec)
                cells = [
                    Cell(40, t.abbr),
                    Cell(95, name),
                    Cell(262, value),
                    Cell(312, flag),
                    Cell(340, unit),
                    Cell(410, rng_text),
                    Cell(495, prev),
                ]
            elif st == "zC":
                cells = [
                    Cell(40, name),
                    Cell(232, value),
                    Cell(282, flag),
                    Cell(330, unit),
                    Cell(410, rng_text),
                    Cell(500, t.abbr),
                ]
            else:
                cells = [
                    Cell(40, label),
                    Cell(262, value + flag),
                    Cell(335, rng_text),
                    Cell(440, unit),
                ]
            self.b.line(*[c for c in cells if c.text])
        self.b.blank()
        self.b.text(
            40, f"检验者：李{self.rng.choice('明华强')}    审核者：赵{self.rng.choice('平静敏')}"
        )

    ZH_NORMAL = {
        "us_abdomen": "肝、胆、胰、脾、双肾未见明显异常",
        "us_thyroid": "甲状腺未见明显异常",
        "us_breast": "双侧乳腺未见明显异常",
        "us_gyn": "子宫及双附件未见明显异常",
        "us_carotid": "双侧颈动脉未见明显异常",
        "ecg": "窦性心律，正常心电图",
        "chest": "心、肺、膈未见明显异常",
        "eye": "双眼未见明显异常",
        "ent": "耳鼻喉未见明显异常",
        "surgery": "外科检查未见明显异常",
        "gyn": "妇科检查未见明显异常",
        "internal": "内科检查未见明显异常",
    }
    ZH_TITLES = {
        "us_abdomen": "腹部彩超",
        "us_thyroid": "甲状腺彩超",
        "us_breast": "乳腺彩超",
        "us_gyn": "子宫附件彩超",
        "us_carotid": "颈动脉彩超",
        "ecg": "心电图",
        "chest": "胸部DR",
        "eye": "眼科",
        "ent": "耳鼻喉科",
        "surgery": "外科",
        "gyn": "妇科",
        "internal": "内科",
    }
    ZH_SEEN = {
        "us_abdomen": [
            "肝脏：形态大小正常，包膜光整，实质回声均匀，血管走向清晰。",
            "胆囊：大小形态正常，壁光滑，腔内透声好。",
            "胰腺、脾脏：大小形态正常，回声均匀。",
            "双肾：大小形态正常，集合系统未见分离。",
        ],
        "us_thyroid": ["甲状腺左右叶大小形态正常，包膜完整，实质回声均匀，CDFI未见异常血流信号。"],
        "us_breast": ["双侧乳腺腺体层结构清晰，导管未见扩张。双侧腋下未见肿大淋巴结。"],
        "us_gyn": ["子宫前位，大小正常，肌层回声均匀，内膜居中。双侧卵巢大小正常。"],
        "us_carotid": ["双侧颈总动脉、颈内动脉内径正常，内中膜不厚，血流通畅。"],
        "chest": ["胸廓对称，气管居中，双肺纹理清晰，肺门不大，心影大小形态正常，双膈光滑。"],
    }

    def zh_narrative_page(self, sec: str) -> None:
        title = self.ZH_TITLES[sec]
        if sec == "chest" and self.ct_chest():
            title = "胸部低剂量CT"
        self.section(title)
        found = self.by_section.get(sec, [])
        if sec in self.ZH_SEEN:
            self.b.text(40, "检查所见：", bold=True)
            for t in self.ZH_SEEN[sec]:
                if sec == "us_abdomen" and self.sex == "F":
                    t = t.replace("双肾", "双肾")
                self.b.text(55, t)
            if sec == "us_abdomen" and self.sex == "M":
                self.b.text(55, "前列腺：大小形态如常，内部回声尚均匀。")
        elif sec == "ecg":
            hr = 54 if any(f["id"] == "sinus_brady" for f in found) else self.rng.randint(62, 86)
            self.b.line(
                Cell(40, f"心率：{hr}次/分"),
                Cell(160, "PR间期：156ms"),
                Cell(280, "QRS时限：92ms"),
                Cell(400, "QT/QTc：380/402ms"),
            )
        elif sec == "eye":
            ref = any(f["id"] == "refractive_error" for f in found)
            va = ("0.5", "0.6") if ref else ("1.0", "1.2")
            iop = self.exam.get("iop")
            p = iop["iop"] if iop else [self.rng.choice([14.0, 15.0, 16.0]), 15.0]
            self.b.line(
                Cell(40, "裸眼视力"), Cell(200, f"右眼 {va[0]}"), Cell(300, f"左眼 {va[1]}")
            )
            self.b.line(
                Cell(40, "眼压(右)"), Cell(200, fmt(p[0], 1)), Cell(260, "mmHg"), Cell(330, "10-21")
            )
            self.b.line(
                Cell(40, "眼压(左)"), Cell(200, fmt(p[1], 1)), Cell(260, "mmHg"), Cell(330, "10-21")
            )
            lens = any(f["id"] == "cataract_early" for f in found)
            self.b.line(Cell(40, "晶状体"), Cell(200, "轻度混浊" if lens else "透明"))
            self.b.line(Cell(40, "眼底"), Cell(200, "视盘边界清，视网膜未见出血渗出"))
            if iop:
                found = [*found, iop]
            else:
                self.normal_keys += ["眼压(右)", "眼压(左)"]
        else:
            items = {
                "internal": [
                    ("心率", f"{self.rng.randint(64, 84)}次/分"),
                    ("心律", "齐"),
                    ("心音", "正常"),
                    ("肺部听诊", "呼吸音清"),
                    ("腹部", "平软，无压痛"),
                    ("肝脾", "肋下未触及"),
                ],
                "surgery": [
                    ("皮肤", "未见异常"),
                    ("浅表淋巴结", "未触及肿大"),
                    ("甲状腺", "未触及肿大"),
                    ("脊柱四肢", "未见异常"),
                    (
                        "肛门指诊",
                        "混合痔" if any(f["id"] == "hemorrhoids" for f in found) else "未见异常",
                    ),
                ],
                "ent": [
                    ("外耳道", "通畅"),
                    ("鼓膜", "完整"),
                    ("鼻腔", "通畅"),
                    (
                        "咽部",
                        "黏膜慢性充血"
                        if any(f["id"] == "pharyngitis" for f in found)
                        else "未见异常",
                    ),
                ],
                "gyn": [
                    ("外阴", "未见异常"),
                    ("阴道", "通畅"),
                    (
                        "宫颈",
                        "糜烂样改变" if any(f["id"] == "cervicitis" for f in found) else "光滑",
                    ),
                    ("子宫", "前位，常大"),
                    ("附件", "未触及异常"),
                ],
            }[sec]
            for name, val in items:
                self.b.line(Cell(40, name), Cell(200, val))
        self.b.blank()
        self._conclusion(found, sec)
        self.b.blank()
        self.b.text(40, f"检查医生：{self.rng.choice(['王', '周', '吴'])}医生")

    def _conclusion(self, found: list[dict], sec: str) -> None:
        word = self.concl()
        if sec.startswith("us_") or sec == "chest":
            word = {"小结": "提示", "初步意见": "检查结论"}.get(word, word)
        texts = [self.finding_text(f) for f in found] or [self.ZH_NORMAL[sec]]
        if self.radicals:  # "未⻅明显异常": U+2EC5 for 见, as some generators print it
            texts = [t.replace("见", "⻅") for t in texts]
        if len(texts) == 1:
            self.b.text(40, f"{word}：{texts[0]}", bold=True)
        else:
            self.b.text(40, f"{word}：", bold=True)
            for i, t in enumerate(texts, 1):
                self.b.text(55, f"{i}. {t}")

    def zh_exam_page(self) -> None:
        self.section("一般检查")
        bmi_f, bp_f = self.exam.get("bmi"), self.exam.get("bp")
        h = self.rng.choice([158.0, 163.0, 168.0, 172.0, 176.0])
        bmi = bmi_f["bmi"] if bmi_f else round(self.rng.uniform(19.5, 23.0), 1)
        w = round(bmi * (h / 100) ** 2, 1)
        sbp, dbp = (bp_f["bp"] if bp_f else self.rng.choice(["118/76", "124/78", "112/72"])).split(
            "/"
        )
        rows = [
            ("身高", fmt(h, 1), "cm", ""),
            ("体重", fmt(w, 1), "kg", ""),
            ("体重指数", fmt(bmi, 1), "kg/m²", "18.5-23.9"),
            ("收缩压", sbp, "mmHg", "90-139"),
            ("舒张压", dbp, "mmHg", "60-89"),
            ("脉搏", str(self.rng.randint(64, 86)), "次/分", "60-100"),
        ]
        self.b.line(
            Cell(40, "项目", bold=True),
            Cell(200, "结果", bold=True),
            Cell(280, "单位", bold=True),
            Cell(360, "参考范围", bold=True),
        )
        for name, v, u, r in rows:
            self.b.line(Cell(40, name), Cell(200, v), Cell(280, u), Cell(360, r))
            fid = None
            if name == "体重指数" and bmi_f:
                fid = bmi_f["id"]
            elif name in ("收缩压", "舒张压") and bp_f:
                fid = bp_f["id"]
            if fid is None and r:
                self.normal_keys.append(name)
        self.b.blank()
        found = [f for f in (bmi_f, bp_f) if f]
        texts = [self.finding_text(f) for f in found] or ["一般检查未见明显异常"]
        self.b.text(40, f"{self.concl()}：" + "；".join(texts), bold=True)

    def zh_summary_page(self, summary: list[dict]) -> None:
        self.section("总检报告", 13)
        form = self.spec.get("summary_style", "numbered")
        head = self.spec["summary"]
        self.b.text(40, f"【{head}】" if form == "paren" else head + "：", 11, True)
        if not summary:
            self.b.text(55, "本次体检未发现明显异常。")
        numerals = "一二三四五六七八九十"
        for i, f in enumerate(summary, 1):
            item = self.zh_printed(f["summary_zh"])
            if form == "paren":
                self.b.text(55, f"（{i}）{item}")
            elif form == "numerals":
                self.b.text(55, f"{numerals[i - 1] if i <= 10 else i}、{item}")
            elif form == "advice":  # the item and its advice on one line, as some centres print
                advice = ZH_ADVICE.get(f["issue"], "建议定期复查，必要时专科就诊。")
                for k, chunk in enumerate(_wrap(f"{i}. {item}：{advice}", 38)):
                    self.b.text(55 if k == 0 else 65, chunk)
            else:
                self.b.text(55, f"{i}. {item}")
        if form == "advice":
            self.b.blank()
            self.b.text(40, "主检医师：陈医生    日期：2025-06-18")
            return
        self.b.blank()
        self.b.text(40, "健康建议：", 11, True)
        advice = [ZH_ADVICE.get(f["issue"], "建议定期复查，必要时专科就诊。") for f in summary]
        if not summary:
            advice = ["保持健康生活方式，合理膳食，适量运动，每年定期体检。"]
        for i, (f, a) in enumerate(zip(summary or [None] * len(advice), advice, strict=True), 1):
            name = re.sub(r"[（(].*", "", f["summary_zh"]) if f else "总体"
            for k, chunk in enumerate(_wrap(f"{i}. {name}：{a}", 38)):
                self.b.text(55 if k == 0 else 65, chunk)
        self.b.blank()
        self.b.text(40, "主检医师：陈医生    日期：2025-06-18")

    def zh_trend_page(self) -> None:
        self.section("历年结果对比")
        self.b.line(
            Cell(40, "项目", bold=True),
            Cell(220, "2023-05", bold=True),
            Cell(300, "2024-05", bold=True),
            Cell(380, "本次", bold=True),
            Cell(460, "单位", bold=True),
        )
        for key in ("alt", "tc", "tg", "glu", "ua", "crea"):
            t = TESTS[key]
            lo, hi = t.si_range(self.sex)
            top = hi if hi is not None else (lo or 1) * 2
            past = [
                fmt(top * self.rng.uniform(1.08, 1.3), t.si_dec) + "↑",
                fmt(top * self.rng.uniform(1.02, 1.2), t.si_dec) + "↑",
            ]
            f = self.by_analyte.get(key)
            now = fmt(f["si"], t.si_dec) if f else "见本次报告"
            self.b.line(
                Cell(40, self.zh_name(t)),
                Cell(220, past[0]),
                Cell(300, past[1]),
                Cell(380, now),
                Cell(460, t.si_unit),
            )
        self.b.blank()
        self.b.text(40, "说明：历年结果仅供参考，请结合本次检查结果综合判断。")

    def zh_explain_page(self, topic: str) -> None:
        title, paras = ZH_EXPLAIN[topic]
        self.section(title)
        for p in paras:
            for chunk in _wrap(p, 40):
                self.b.text(40, chunk)
            self.b.blank()
        if not any(f["issue"] == EXPLAIN_ISSUE[topic] for f in self.found):
            self.normal_keys.append(EXPLAIN_KEY[topic])

    def build_zh(self) -> None:
        b = self.b
        b.new_page()
        b.text(200, "康泰健康体检中心", 16, True)
        b.blank()
        b.text(230, "健康体检报告", 20, True)
        for _ in range(6):
            b.blank()
        name = self.rng.choice(
            {"M": ["张伟", "刘洋", "杨磊", "陈军"], "F": ["王芳", "李娜", "陈静"]}[self.sex]
        )
        self.name = name
        for k, v in (
            ("姓名", name),
            ("性别", "男" if self.sex == "M" else "女"),
            ("年龄", f"{self.age}岁"),
            ("体检日期", "2025-06-12"),
            ("体检编号", str(self.rng.randint(10**9, 10**10 - 1))),
        ):
            b.line(Cell(200, f"{k}："), Cell(270, v, 11), gap=20)
        toc_index = len(b.pages)
        b.new_page()  # table of contents, filled in at the end
        summary = [f for f in self.found if f["id"] not in self.spec.get("omit", [])]
        self.zh_summary_page(summary)
        self.zh_exam_page()
        secs = ["internal", "surgery", "eye", "ent"] + (["gyn"] if self.sex == "F" else [])
        for s in secs:
            self.zh_narrative_page(s)
        panels = ["cbc", "urine", "liver", "kidney", "lipid", "glucose"]
        need = {a for a in self.by_analyte}
        for p in ("thyroid", "electrolytes", "tumour", "hbv", "c13", "stool", "vitamins"):
            if need & set(ZH_PANELS[p][1]) or (p != "vitamins" and self.rng.random() < 0.45):
                panels.append(p)
        imaging = ["us_abdomen", "us_thyroid"]
        if self.sex == "F":
            imaging += ["us_breast", "us_gyn"]
        if "us_carotid" in self.by_section or self.rng.random() < 0.4:
            imaging.append("us_carotid")
        imaging += ["ecg", "chest"]
        pages = [(self.zh_lab_page, p) for p in panels]
        scans = [(self.zh_narrative_page, s) for s in imaging]
        for write, arg in [*scans, *pages] if self.imaging_first else [*pages, *scans]:
            write(arg)
        if self.spec.get("trend"):
            self.zh_trend_page()
        for topic in self.spec.get("explain", []):
            self.zh_explain_page(topic)
        # table of contents
        toc = b.pages[toc_index]
        toc.lines.append((TOP, [Cell(260, "目  录", 14, True)]))
        y = TOP + 2 * LINE
        numerals = "一二三四五六七八九十"
        entries = [(p.title, i) for i, p in enumerate(b.pages, 1) if p.title]
        for k, (title, pno) in enumerate(entries):
            prefix = (numerals[k] if k < 10 else f"{k + 1}") + "、" if k < 10 else f"{k + 1}."
            toc.lines.append(
                (y, [Cell(60, f"{prefix}{title}"), Cell(240, "." * 40), Cell(470, str(pno))])
            )
            y += LINE
            self.normal_keys.append(title)
        self.header = [
            Cell(
                40,
                f"康泰健康体检中心    姓名：{name}    性别：{'男' if self.sex == 'M' else '女'}"
                f"    年龄：{self.age}岁    体检日期：2025-06-12",
                8,
            )
        ]
        self.footer = [Cell(270, "第 {page} 页 / 共 {pages} 页", 8)]

    # ================================================================ English
    def en_label(self, t: Test | QualTest) -> str:
        if isinstance(t, QualTest):
            return t.en
        return (
            t.en[0]
            if self.style in ("thyrocare", "redcliffe", "quest") or len(t.en) == 1
            else t.en[1]
        )

    EN_HEADS = {
        "thyrocare": [
            (40, "TEST NAME"),
            (235, "TECHNOLOGY"),
            (325, "VALUE"),
            (385, "UNITS"),
            (455, "NORMAL RANGE"),
        ],
        "drlal": [(40, "Test Name"), (260, "Results"), (330, "Units"), (420, "Bio. Ref. Interval")],
        "redcliffe": [
            (40, "Test"),
            (250, "Result"),
            (300, "Flag"),
            (350, "Unit"),
            (430, "Bio. Ref. Range"),
        ],
        "labcorp": [
            (40, "Tests"),
            (235, "Current Result and Flag"),
            (345, "Previous Result and Date"),
            (460, "Units"),
            (510, "Ref. Interval"),
        ],
        "quest": [
            (40, "Test Name"),
            (235, "In Range"),
            (305, "Out Of Range"),
            (385, "Reference Range"),
            (520, "Lab"),
        ],
        "dashboard": [
            (40, "Component"),
            (250, "Your Value"),
            (360, "Standard Range"),
            (470, "Flag"),
        ],
    }
    TECH = {
        "hgb": "SLS-Hemoglobin",
        "wbc": "Flow Cytometry",
        "plt": "Impedance",
        "tc": "CHOD-POD",
        "tg": "GPO-POD",
        "hdl": "Direct Measure",
        "ldl": "Direct Measure",
        "glu": "Hexokinase",
        "hba1c": "HPLC",
        "tsh": "C.L.I.A",
        "ft3": "C.L.I.A",
        "ft4": "C.L.I.A",
        "vitd": "C.L.I.A",
        "b12": "C.L.I.A",
        "ferritin": "C.L.I.A",
        "psa": "C.L.I.A",
        "cea": "C.L.I.A",
        "afp": "C.L.I.A",
    }

    def en_range(self, t: Test) -> str:
        return self.range_text(t, " - " if self.style != "dashboard" else "-")

    def en_lab_page(self, panel: str) -> None:
        title, keys = EN_PANELS[panel]
        self.section(title)
        if panel in self.spec.get("not_received", []):
            self.b.text(40, "Sample not received", 10, True)
            self.b.text(
                40,
                "The test(s) above could not be performed. Please contact the lab to reschedule.",
            )
            self.normal_keys.append(title.lower())
            return
        st = self.style
        self.b.line(*[Cell(x, h, bold=True) for x, h in self.EN_HEADS[st]])
        rows: dict[str, Row] = {}
        for key in keys:
            if key == "psa" and self.sex == "F":
                continue
            row = self.lab_row(key)
            rows[key] = row
            tiers = EN_TIERS.get(key) if st in ("thyrocare", "redcliffe") else None
            self.en_row(row, tiers[0] if tiers else None)
            for tier in (tiers or [])[1:]:  # a tiered range continues under its row
                self.b.line(Cell(RANGE_X[st], tier, 7.5))
            if panel == "lipid" and key == "tc" and st in ("drlal", "labcorp", "dashboard"):
                self.b.text(250 if st != "labcorp" else 460, "Desirable: < 200", 7)
                self.b.text(250 if st != "labcorp" else 460, "Borderline High: 200 - 239", 7)
                self.b.text(250 if st != "labcorp" else 460, "High: >= 240", 7)
        if panel == "lipid" and st in ("thyrocare", "drlal", "redcliffe", "labcorp"):
            self.ratios(rows)
        self.b.blank()
        for note in EN_NOTES.get(panel, []):
            for chunk in _wrap(note, 105):
                self.b.text(40, chunk, 7.5)
        self.b.blank()
        self.b.text(40, "Please correlate with clinical conditions.", 7.5)

    def en_row(self, row: Row, calc_range: str | None = None, label: str | None = None) -> None:
        t = row.test
        st = self.style
        label = label or self.en_label(t)
        self.record(row, label)
        if isinstance(t, QualTest):
            unit, rng_text = "", t.en_ref
        else:
            unit = t.en_unit
            rng_text = calc_range or self.en_range(t)
        v, d = row.value, row.direction
        if st == "drlal" and getattr(t, "key", "") in INDIAN_COUNTS:  # 2,45,000 /cumm
            lo, hi = INDIAN_COUNTS[t.key]
            v, unit = _indian(round(float(v) * 1000, -2)), "/cumm"
            rng_text = f"{_indian(lo)} - {_indian(hi)}"
        hl = {"high": "H", "low": "L", "pos": "A"}.get(d, "")
        if st == "thyrocare":
            cells = [
                Cell(40, label),
                Cell(235, self.TECH.get(getattr(t, "key", ""), "Photometry")),
                Cell(325, v),
                Cell(385, unit),
                Cell(455, rng_text),
            ]
        elif st == "drlal":
            cells = [
                Cell(40, label),
                Cell(260, v, bold=bool(d)),
                Cell(330, unit),
                Cell(420, rng_text),
            ]
        elif st == "redcliffe":
            word = {"high": "High", "low": "Low", "pos": "Abnormal"}.get(d, "")
            cells = [
                Cell(40, label),
                Cell(250, v),
                Cell(300, word),
                Cell(350, unit),
                Cell(430, rng_text),
            ]
        elif st == "labcorp":
            word = {"high": "High", "low": "Low", "pos": "Abnormal"}.get(d, "")
            prev = ""
            if isinstance(t, Test) and self.rng.random() < 0.7:
                lo, hi = t.en_range(self.sex)
                prev = f"{fmt(normal_value(self.rng, lo, hi), t.en_dec)}   05/14/2024"
            cells = [
                Cell(40, label),
                Cell(235, f"{v} {word}".strip()),
                Cell(345, prev),
                Cell(460, unit),
                Cell(510, rng_text),
            ]
        elif st == "quest":
            where = 305 if d else 235
            cells = [
                Cell(40, label),
                Cell(where, f"{v} {hl}".strip()),
                Cell(385, f"{rng_text} {unit}".strip()),
                Cell(520, "EZ"),
            ]
        else:
            word = {"high": "Above range", "low": "Below range", "pos": "Abnormal"}.get(d, "")
            cells = [
                Cell(40, label),
                Cell(250, f"{v} {unit}".strip()),
                Cell(360, f"{rng_text} {unit}".strip()),
                Cell(470, word),
            ]
        self.b.line(*[c for c in cells if c.text])

    def ratios(self, rows: dict[str, Row]) -> None:
        tc, hdl, ldl = (float(rows[k].value) for k in ("tc", "hdl", "ldl"))
        lipid_issue = next((f["id"] for f in self.found if f["issue"] == "lipids"), None)
        specs = [
            ("TC / HDL Cholesterol Ratio", tc / hdl, 5.0, 1),
            ("LDL / HDL Ratio", ldl / hdl, 3.5, 1),
            ("Non-HDL Cholesterol", tc - hdl, 130.0, 0),
        ]
        for label, value, hi, dec in specs:
            d = "high" if value > hi else ""
            rng_text = f"< {fmt(hi, dec)}"
            fake = Test(
                "ratio",
                ("",),
                "",
                "",
                (None, hi),
                (None, hi),
                dec,
                (label,),
                "mg/dL" if dec == 0 else "",
                1,
                (None, hi),
                (None, hi),
                dec,
            )
            # a calculated ratio repeats the lipid result: it belongs to the lipid issue
            assert lipid_issue or not d, (self.id, label, value)
            row = Row(fake, fmt(value, dec), d, lipid_issue if d else None)
            self.en_row(row, rng_text, label)

    EN_EXAM_SECTIONS = {
        "us_abdomen": (
            "ULTRASOUND WHOLE ABDOMEN",
            [
                "Liver is normal in size with smooth margins.",
                "Gall bladder is well distended; wall thickness normal.",
                "Pancreas and spleen are normal in size and echotexture.",
                "Both kidneys are normal in size, position and echotexture.",
            ],
            "No significant abnormality detected.",
        ),
        "us_thyroid": (
            "ULTRASOUND THYROID",
            ["Both lobes and isthmus are normal in size."],
            "Thyroid normal in size and echotexture.",
        ),
        "us_breast": (
            "ULTRASOUND BOTH BREASTS",
            ["Fibroglandular tissue of normal distribution."],
            "No abnormality detected in either breast. BI-RADS 1.",
        ),
        "us_gyn": (
            "ULTRASOUND PELVIS",
            ["Uterus is anteverted, normal in size."],
            "Uterus and both ovaries appear normal.",
        ),
        "ecg": (
            "ELECTROCARDIOGRAM (ECG)",
            ["Rate: 72 bpm   PR: 158 ms   QRS: 90 ms   QTc: 410 ms"],
            "Normal sinus rhythm. Normal ECG.",
        ),
        "chest": (
            "X-RAY CHEST PA VIEW",
            ["Trachea is central. Cardiac size is within normal limits."],
            "No active lung lesion. Heart size normal.",
        ),
        "eye": (
            "EYE EXAMINATION",
            ["Visual acuity: RE 6/6, LE 6/6   Colour vision: normal"],
            "Both eyes within normal limits.",
        ),
    }

    def en_narrative_page(self, sec: str) -> None:
        title, seen, normal = self.EN_EXAM_SECTIONS[sec]
        if sec == "chest" and self.ct_chest():
            title, seen = "CT CHEST (LOW DOSE)", ["Lungs: see impression. Mediastinum normal."]
        self.section(title)
        found = self.by_section.get(sec, [])
        self.b.text(40, "Findings:", bold=True)
        for s in seen:
            if sec == "ecg" and any(f["id"] == "afib" for f in found):
                s = "Rate: 96 bpm (irregular)   QRS: 92 ms"
            self.b.text(55, s)
        if sec == "us_abdomen" and self.sex == "M":
            self.b.text(55, "Prostate: see impression.")
        self.b.blank()
        texts = [self.finding_text(f) for f in found] or [normal]
        word = self.rng.choice(["Impression:", "IMPRESSION:", "Conclusion:"])
        if len(texts) == 1:
            self.b.text(40, f"{word} {texts[0]}", bold=True)
        else:
            self.b.text(40, word, bold=True)
            for i, t in enumerate(texts, 1):
                self.b.text(55, f"{i}. {t}")
        self.b.blank()
        self.b.text(40, "Dr. S. Kulkarni, MD (Radiodiagnosis)", 7.5)

    def en_exam_page(self) -> None:
        self.section("GENERAL PHYSICAL EXAMINATION")
        bmi_f, bp_f = self.exam.get("bmi"), self.exam.get("bp")
        h = self.rng.choice([158.0, 165.0, 172.0, 178.0])
        bmi = bmi_f["bmi"] if bmi_f else round(self.rng.uniform(19.5, 24.0), 1)
        w = round(bmi * (h / 100) ** 2, 1)
        bp = bp_f["bp"] if bp_f else self.rng.choice(["118/76 mmHg", "122/80 mmHg"]).split()[0]
        for name, v, r in (
            ("Height", f"{fmt(h, 0)} cm", ""),
            ("Weight", f"{fmt(w, 1)} kg", ""),
            ("BMI", f"{fmt(bmi, 1)} kg/m2", "18.5 - 24.9"),
            ("Blood Pressure", f"{bp} mmHg", "< 130/85"),
            ("Pulse", f"{self.rng.randint(64, 84)} /min", "60 - 100"),
        ):
            self.b.line(Cell(40, name), Cell(220, v), Cell(340, r))
            if r and not ((name == "BMI" and bmi_f) or (name == "Blood Pressure" and bp_f)):
                self.normal_keys.append(name.lower())
        self.b.blank()
        found = [f for f in (bmi_f, bp_f) if f]
        texts = [self.finding_text(f) for f in found] or [
            "General examination within normal limits."
        ]
        self.b.text(40, "Impression: " + "; ".join(texts), bold=True)

    def en_summary_page(self, summary: list[dict]) -> None:
        self.section(self.spec["summary"], 12)
        if not summary:
            self.b.text(40, "All results are within the biological reference range.")
        bullets = self.spec.get("summary_style") == "bullets"
        for i, f in enumerate(summary, 1):
            self.b.text(45, f"• {f['summary_en']}" if bullets else f"{i}. {f['summary_en']}")
        self.b.blank()
        for chunk in _wrap(
            "This summary lists results outside the reference range and findings "
            "noted by the examining doctor. It is not a diagnosis; please discuss it "
            "with your physician.",
            100,
        ):
            self.b.text(40, chunk, 7.5)

    LABS = {
        "thyrocare": "THYROCARE TECHNOLOGIES LTD.",
        "drlal": "Dr Lal PathLabs",
        "redcliffe": "Redcliffe Labs",
        "labcorp": "Labcorp",
        "quest": "Quest Diagnostics",
        "dashboard": "MyHealth Portal - Lab Results",
    }
    PACKAGES = {
        "thyrocare": "AAROGYAM C PRO",
        "drlal": "SWASTHFIT SUPER 4",
        "redcliffe": "FULL BODY CHECKUP - ADVANCED",
        "labcorp": "COMPREHENSIVE HEALTH PANEL",
        "quest": "EXECUTIVE HEALTH PROFILE",
        "dashboard": "ANNUAL WELLNESS LABS",
    }

    def build_en(self) -> None:
        b = self.b
        b.new_page()
        lab = self.LABS[self.style]
        b.text(40, lab, 18, True)
        b.text(40, self.PACKAGES[self.style], 13, True)
        b.blank()
        name = self.rng.choice(
            {
                "M": ["Rahul Mehta", "John Carter", "Arjun Rao", "David Kim"],
                "F": ["Asha Verma", "Maria Lopez", "Priya Nair", "Emily Stone"],
            }[self.sex]
        )
        for k, v in (
            ("Patient Name", name),
            ("Age / Sex", f"{self.age} Y / {'Male' if self.sex == 'M' else 'Female'}"),
            ("Collected", "14/05/2025 08:10"),
            ("Reported", "15/05/2025 17:42"),
            ("Ref. Doctor", "SELF"),
        ):
            b.line(Cell(40, k), Cell(160, f": {v}"))
        b.blank()
        b.text(40, "Tests included in this report", 11, True)
        toc_y = b.y
        b.y += LINE * 20
        summary = [f for f in self.found if f["id"] not in self.spec.get("omit", [])]
        if self.spec.get("summary"):
            self.en_summary_page(summary)
        def executive() -> None:
            self.en_exam_page()
            secs = ["eye", "us_abdomen", "us_thyroid"] + (
                ["us_breast", "us_gyn"] if self.sex == "F" else []
            )
            for s in [*secs, "ecg", "chest"]:
                self.en_narrative_page(s)

        if self.spec.get("executive") and not self.imaging_first:
            executive()
        panels = ["cbc", "lipid", "liver", "kidney", "glucose", "thyroid", "vitamins", "urine"]
        need = set(self.by_analyte)
        for p in ("electrolytes", "iron", "tumour", "hbv", "stool", "c13"):
            if (
                need & set(EN_PANELS[p][1])
                or p in self.spec.get("not_received", [])
                or self.rng.random() < 0.35
            ):
                panels.append(p)
        for p in panels:
            self.en_lab_page(p)
        if self.spec.get("executive") and self.imaging_first:
            executive()
        b.new_page("INTERPRETATION")
        b.text(40, "INTERPRETATION AND NOTES", 11, True)
        for note in EN_FOOTNOTES:
            for chunk in _wrap(note, 105):
                b.text(40, chunk, 7.5)
            b.blank()
        b.text(230, "~~~ End of report ~~~", 9, True)
        cover = b.pages[0]
        y = toc_y
        for i, p in enumerate(b.pages, 1):
            if p.title and i > 1:
                cover.lines.append((y, [Cell(55, p.title.title()), Cell(420, f"Page {i}")]))
                y += LINE
        self.header = [
            Cell(
                40,
                f"{lab}    Patient: {name}    Age/Sex: {self.age}/{self.sex}    "
                f"Lab No: {self.rng.randint(10**7, 10**8)}",
                8,
            )
        ]
        self.footer = [
            Cell(40, "This is an electronically authenticated report.", 7),
            Cell(450, "Page {page} of {pages}", 8),
        ]

    # ================================================================ gold
    def gold(self) -> dict:
        zh = self.zh()
        all_labels = [lbl for labels in self.printed_labels.values() for lbl in labels]

        def keys_of(f: dict) -> list[str]:
            if f["kind"] in ("narrative", "exam"):
                keys = list(f["keys_zh" if zh else "keys_en"])
            else:
                keys = []
                for lbl in self.printed_labels.get(f["id"], []):
                    keys.append(lbl)
                    m = re.match(r"^(.+?)\s*[(（]([^()（）]+)[)）]$", lbl)
                    if m:
                        keys += [m.group(1).strip(" -"), m.group(2)]
                t = TESTS.get(f["analyte"]) or QUALS.get(f["analyte"])
                if zh and t is not None and len(t.abbr) >= 3:
                    keys.append(t.abbr)
            phrase = f["summary_zh" if zh else "summary_en"]
            keys.append(re.sub(r"[（(][^)）]*[)）]$", "", phrase).strip())
            own = set(self.printed_labels.get(f["id"], []))
            others = [lb for lb in all_labels if lb not in own]
            cands = list(dict.fromkeys(x.strip().lower() for x in keys if x.strip()))
            # a key that also names another printed row is left out (unless it is the only one)
            out = [k for k in cands if not any(_contains(o, k) for o in others)]
            return out or cands[:1]

        by_issue: dict[str, list[dict]] = {}
        for f in self.found:
            by_issue.setdefault(f["issue"], []).append(f)
        issues, optional, also = [], [], []
        for issue, members in by_issue.items():
            keys = list(dict.fromkeys(k for m in members for k in keys_of(m)))
            expect = members[0]["expect"]
            if expect == "card":
                lead = max(
                    members,
                    key=lambda m: (
                        PRIORITY_RANK[m["priority"]],
                        -FOLLOW_ORDER.index(m["follow_up"][0]),
                    ),
                )
                item = {
                    "keys": keys,
                    "priority": lead["priority"],
                    "department": list(lead["department"]),
                    "follow_up": list(lead["follow_up"]),
                    "group": issue,
                    "findings": [m["id"] for m in members],
                }
                if lead.get("priority_ok"):
                    item["priority_ok"] = list(lead["priority_ok"])
                issues.append(item)
            elif expect == "either":
                optional.append(
                    {"keys": keys, "group": issue, "findings": [m["id"] for m in members]}
                )
            else:
                also.append({"keys": keys, "what": issue})
        summary_items = []
        if self.spec.get("summary"):
            for f in self.found:
                if f["id"] in self.spec.get("omit", []):
                    continue
                t = TESTS.get(f.get("analyte", ""))
                # a summary line names its test: the test's own names count for it even where
                # they are part of another row's name (HDL in "Non-HDL Cholesterol")
                names = [n.lower() for n in (t.zh if zh else t.en)] if t is not None else []
                summary_items.append(
                    {
                        "text": f["summary_zh" if zh else "summary_en"],
                        "keys": list(dict.fromkeys(keys_of(f) + names)),
                        "expect": f["expect"],
                        "finding": f["id"],
                    }
                )
        gold_keys = {k for i in (*issues, *optional, *also) for k in i["keys"]}
        normal_labels = [lbl.lower() for lbl in self.printed_labels.get("", [])] + [
            k.lower() for k in self.normal_keys
        ]
        normal = [
            {"keys": [k], "what": "normal"}
            for k in dict.fromkeys(normal_labels)
            if not any(_contains(g, k) or _contains(k, g) for g in gold_keys)
        ]
        normal += [{"keys": a["keys"], "what": a["what"]} for a in also]
        return {
            "issues": issues,
            "optional_issues": optional,
            "summary_items": summary_items,
            "normal_items": normal,
            "pages": len(self.b.pages),
            "language": self.lang,
            "style": self.style,
            "sex": self.sex,
            "all_normal": not issues,
        }


# how generators with radical code points print some words (CJK Radicals Supplement
# U+2E80-U+2EFF, which NFKC does not map)
RADICAL_WORDS = (("天门冬", "天⻔冬"), ("见", "⻅"), ("长", "⻓"))


# tiered reference ranges of Indian packages: the first tier is printed in the row's range
# column, the others on the lines under it (they belong to that row only)
EN_TIERS = {
    "hba1c": ["Non-diabetic: < 5.7", "Prediabetes: 5.7 - 6.4", "Diabetes: >= 6.5"],
    "vitd": ["Sufficiency: 30 - 100", "Deficiency: < 20", "Insufficiency: 20 - 29",
             "Toxicity: > 100"],
}
RANGE_X = {"thyrocare": 455, "drlal": 420, "redcliffe": 430, "labcorp": 510, "quest": 385,
           "dashboard": 360}
INDIAN_COUNTS = {"wbc": (4000, 10000), "plt": (150000, 410000)}  # per cumm


def _indian(n: float) -> str:
    """Indian digit grouping: 245000 -> 2,45,000."""
    digits = str(int(round(n)))
    head, tail = digits[:-3], digits[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join([*parts, tail])


ZH_STYLES = ("zA", "zB", "zC", "zD")
EN_STYLES = ("thyrocare", "drlal", "redcliffe", "labcorp", "quest", "dashboard")
ZH_CONCLUSIONS = ("小结", "初步意见", "结论", "检查结论", "提示", "印象")
ZH_SUMMARIES = ("阳性结果", "异常情况", "主要阳性发现", "总检结论", "异常结果汇总")
EN_SUMMARIES = ("Summary of abnormal findings", "Results out of range",
                "Abnormal results at a glance", "Key findings")


def _contains(hay: str, key: str) -> bool:
    """The evaluator's rule: ASCII keys match whole words, others any substring."""
    hay, key = hay.casefold(), key.casefold()
    if key.isascii():
        return re.search(rf"(?<![a-z0-9]){re.escape(key)}(?![a-z0-9])", hay) is not None
    return key in hay


def _wrap(text: str, width: int) -> list[str]:
    if text.isascii():
        out, cur = [], ""
        for w in text.split():
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur)
                cur = w
            else:
                cur = f"{cur} {w}".strip()
        return [*out, cur] if cur else out
    return [text[i : i + width] for i in range(0, len(text), width)]


ZH_ADVICE = {
    "fatty_liver": "建议清淡饮食，控制体重，适量运动，戒酒，6-12个月复查肝功能及腹部彩超。",
    "liver_tests": "建议避免饮酒及熬夜，1-3个月后复查肝功能，必要时消化内科就诊。",
    "lipids": "建议低脂低糖饮食，增加运动，3-6个月复查血脂，必要时心内科就诊。",
    "glycaemia": "建议控制饮食，规律运动，内分泌科就诊，复查空腹血糖及糖化血红蛋白。",
    "weight": "建议合理膳食，增加运动，控制体重。",
    "blood_pressure": "建议低盐饮食，规律监测血压，心内科就诊。",
    "low_diastolic": "无需特殊处理，如有头晕等不适请就诊。",
    "eye_pressure": "无不适可定期复查。",
    "refraction": "建议眼科验光配镜。",
    "sinus_arrhythmia": "多为生理性，无需特殊处理。",
    "prostate_calc": "无需特殊处理，定期复查。",
    "hepatitis_b": "建议感染科或肝病科就诊，检查乙肝病毒DNA及肝功能。",
    "hbs_antibody": "提示对乙肝病毒有免疫力，无需处理。",
    "thyroid_nodule": "建议甲状腺外科或内分泌科就诊，定期复查甲状腺彩超。",
    "breast": "建议乳腺外科就诊，按医嘱复查乳腺彩超。",
    "stemi": "请立即前往急诊就诊！",
    "af": "建议尽快心内科就诊。",
    "potassium": "建议尽快就医复查电解质。",
    "lung_nodule": "建议呼吸科就诊，6-12个月复查胸部CT。",
    "lung_calcification": "多为陈旧性病灶，无需处理。",
}

ZH_EXPLAIN = {
    "fatty_liver": (
        "什么是脂肪肝？",
        [
            "脂肪肝是指由于各种原因引起的肝细胞内脂肪堆积过多的病变。肥胖、饮酒、高脂血症和糖尿病是常见原因。",
            "轻度脂肪肝通过控制饮食、增加运动、减轻体重多可逆转。中重度脂肪肝可伴有转氨酶升高，需要定期复查。",
        ],
    ),
    "h_pylori": (
        "什么是幽门螺杆菌？",
        [
            "幽门螺杆菌是一种寄生在胃黏膜的细菌，与慢性胃炎、消化性溃疡及胃癌的发生有关。",
            "碳13尿素呼气试验是检测幽门螺杆菌感染的常用方法，阳性提示存在感染，应在医生指导下评估是否需要根除治疗。",
        ],
    ),
    "hbv": (
        "什么是乙肝五项？",
        [
            "乙肝五项包括乙肝表面抗原、表面抗体、e抗原、e抗体和核心抗体。",
            "表面抗原阳性提示乙肝病毒感染；表面抗体阳性通常表示已经具有免疫力，多见于接种疫苗后。",
        ],
    ),
    "lung_nodule": (
        "什么是肺结节？",
        [
            "肺结节是指肺内直径不超过3厘米的类圆形病灶，绝大多数为良性。",
            "小于6毫米的实性结节通常每年复查即可，6-8毫米的结节建议6-12个月复查胸部CT。",
        ],
    ),
}
EXPLAIN_ISSUE = {
    "fatty_liver": "fatty_liver",
    "h_pylori": "h_pylori",
    "hbv": "hepatitis_b",
    "lung_nodule": "lung_nodule",
}
EXPLAIN_KEY = {
    "fatty_liver": "脂肪肝",
    "h_pylori": "幽门螺杆菌",
    "hbv": "乙肝五项",
    "lung_nodule": "肺结节",
}

EN_NOTES = {
    "glucose": [
        "Interpretation (ADA 2024): a fasting glucose level of >125 mg/dL on two occasions "
        "indicates diabetes; 100 - 125 mg/dL indicates impaired fasting glucose.",
        "HbA1c: Non diabetic < 5.7 %   At risk (Prediabetes) 5.7 - 6.4 %   "
        "Diagnosing Diabetes >= 6.5 %",
    ],
    "lipid": [
        "LDL cholesterol: Optimal < 100, Near optimal 100 - 129, Borderline high 130 - 159, "
        "High 160 - 189, Very high >= 190 mg/dL (NCEP ATP III).",
        "Triglycerides: Normal < 150, Borderline high 150 - 199, High 200 - 499, "
        "Very high >= 500 mg/dL.",
    ],
    "tumour": [
        "In men with PSA above 10 ng/mL, the probability of prostate cancer is more than "
        "50%; values between 4 and 10 ng/mL are a grey zone.",
        "CEA may be raised in smokers and in benign conditions; it is not a screening test.",
    ],
    "vitamins": [
        "Vitamin D: Deficiency < 20, Insufficiency 20 - 29, Sufficiency 30 - 100, "
        "Toxicity > 100 ng/mL."
    ],
    "thyroid": [
        "TSH levels vary during the day (peak at 2-4 am, lowest at 6-10 pm); "
        "a single mildly abnormal TSH should be repeated."
    ],
    "kidney": [
        "eGFR is calculated using the CKD-EPI 2021 equation; < 60 mL/min/1.73m2 for three "
        "months or more suggests chronic kidney disease."
    ],
}
EN_FOOTNOTES = [
    "Test results released pertain to the specimen submitted. All test results depend on the "
    "quality of the sample received by the laboratory.",
    "Laboratory investigations are only a tool to facilitate arriving at a diagnosis and should be "
    "clinically correlated by the referring physician.",
    "A fasting glucose level of >125 mg/dL indicates diabetes; potassium above 6.0 mmol/L is a "
    "critical value and is telephoned to the doctor.",
]


def build_report(spec: dict, findings: dict[str, dict], out_dir: Path, seed: int) -> Path:
    r = Report(spec, findings, seed)
    if r.lang == "zh":
        r.build_zh()
    else:
        r.build_en()
    pdf = out_dir / f"checkup_{spec['id']}_{r.style}.pdf"
    render(pdf, r.b.pages, r.header, r.footer)
    gold = r.gold()
    pdf.with_name(pdf.stem + ".gold.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return pdf


def generate_checkups(out_dir: str | Path, seed: int = 0) -> list[Path]:
    """Write every scenario report (NAME.pdf + NAME.gold.json) into out_dir; returns the PDFs."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    findings = load_findings()
    return [build_report(spec, findings, out, seed) for spec in load_reports()]
