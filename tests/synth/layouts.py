"""Report rows and how each lab layout prints them: lab and qualitative rows, narrative
sections, column headers, and the header/footer frame repeated on every page."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .catalog import LABS, PANELS, QUALS, ZH_QUAL, Lab, Unit
from .convention import NARRATIVES, NORMAL_TEXT, TABLE, classify_qualitative, routing
from .render import Block, Cell, Frame
from .values import fmt_num, pick_value


@dataclass
class GoldRow:
    """One abnormal printed result or finding, and its routing by the convention."""

    issue: str  # lab group, or narrative key: rows with the same issue make one gold issue
    keys: list[str]
    priority: str
    departments: tuple[str, ...]
    follow: tuple[str, ...]
    priority_ok: tuple[str, ...] = ()
    labels: list[str] = field(default_factory=list)  # printed labels, for key hygiene


@dataclass
class Ctx:
    """Everything about one report that the row writers need."""

    rng: random.Random
    layout: str
    lang: str  # en | zh | it
    sex: str
    system: str  # us | si | indian
    numbers: str  # dot | comma | indian | thousands
    flags: str  # flag style
    range_sep: str = " - "
    index: int = 0  # the report's number in the set


# ---- rows ------------------------------------------------------------------------------


@dataclass
class LabRow:
    label: str
    value: str
    unit: str
    range_text: str
    range_more: list[str]  # tiered range lines printed under the row
    direction: str  # "" | "high" | "low" | "abn"
    method: str
    gold: GoldRow | None
    issue: str = ""  # the issue group this row would belong to


FLAG_STYLES = {
    "HL": ("H", "L"), "word": ("High", "Low"), "arrow": ("↑", "↓"), "star": ("*", "*"),
    "bracket": ("[H]", "[L]"), "paren": ("(H)", "(L)"), "none": ("", ""),
}


def flag_text(ctx: Ctx, direction: str) -> str:
    if ctx.flags == "word3":  # Low / High / Normal on every row
        return {"high": "High", "low": "Low", "abn": "Abnormal"}.get(direction, "Normal")
    if not direction:
        return ""
    hi, lo = FLAG_STYLES.get(ctx.flags, ("H", "L"))
    if direction == "abn":
        return "*" if ctx.flags == "star" else ""
    return hi if direction == "high" else lo


def _label(ctx: Ctx, lab_en: tuple[str, ...], zh: str, it: str = "") -> str:
    if ctx.lang == "zh":
        return zh
    if ctx.lang == "it" and it:
        return it
    return ctx.rng.choice(lab_en)


def _unit_for(ctx: Ctx, lab: Lab) -> Unit:
    if ctx.system == "si" and lab.si:
        return lab.si
    if ctx.system == "indian" and lab.indian:
        return lab.indian
    return lab.unit


def _range_text(ctx: Ctx, lab: Lab, unit: Unit, lo_p, hi_p) -> str:
    def n(v):
        return fmt_num(v, unit.dec, ctx.numbers)

    kind = lab.kind
    if ctx.lang == "zh" and kind != "two":
        if kind == "gt":
            return f">{n(lo_p)}"
        return f"<{n(hi_p)}" if kind == "lt" else f"0{ctx.range_sep}{n(hi_p)}"
    if kind == "lt":
        return ctx.rng.choice([f"< {n(hi_p)}", f"<{n(hi_p)}"])
    if kind == "gt":
        return f"> {n(lo_p)}"
    if kind == "upto":
        return f"Up to {n(hi_p)}" if ctx.lang == "en" else f"< {n(hi_p)}"
    return f"{n(lo_p)}{ctx.range_sep}{n(hi_p)}"


def make_lab_row(ctx: Ctx, key: str, state: str, fixed=None) -> LabRow:
    lab = LABS[key]
    unit = _unit_for(ctx, lab)
    lo_c, hi_c = lab.sex_ranges.get(ctx.sex, (lab.lo, lab.hi))
    lo_p = round(lo_c * unit.factor, unit.dec) if lo_c is not None else None
    hi_p = round(hi_c * unit.factor, unit.dec) if hi_c is not None else None
    v_p, level = pick_value(ctx.rng, key, state, unit, lo_p, hi_p, fixed)
    label = _label(ctx, lab.en, lab.zh, lab.it)
    rng_text = _range_text(ctx, lab, unit, lo_p, hi_p)
    more: list[str] = []
    if lab.sex_ranges and ctx.lang == "en" and ctx.rng.random() < 0.5:
        m, f_ = lab.sex_ranges["M"], lab.sex_ranges["F"]
        rng_text = f"M: {m[0]:.0f}-{m[1]:.0f} F: {f_[0]:.0f}-{f_[1]:.0f}"
    if key == "hba1c" and ctx.lang == "en" and ctx.rng.random() < 0.6:
        rng_text = "Normal: <5.7 ; Prediabetic: 5.7-6.4"
        more = ["Diabetic: >=6.5"]
    direction = ""
    gold = None
    if level != "normal":
        direction = "high" if hi_p is not None and v_p > hi_p else "low"
        prio, depts, follow = routing(TABLE[key], level)
        gold = GoldRow(TABLE[key].group, [], prio, depts, follow, labels=[label])
    return LabRow(label, fmt_num(v_p, unit.dec, ctx.numbers), unit.name, rng_text, more,
                  direction, lab.method, gold, TABLE[key].group)


def make_qual_row(ctx: Ctx, key: str, abnormal: bool, severe: bool) -> LabRow:
    q = QUALS[key]
    a = TABLE[key]
    if abnormal:
        strong = [v for v in q.abnormal if v in a.qualitative_severe]
        weak = [v for v in q.abnormal if v not in a.qualitative_severe]
        value = ctx.rng.choice(strong if (severe and strong) or not weak else weak)
    else:
        value = ctx.rng.choice(q.normal)
    ref = ctx.rng.choice(q.reference)
    level = classify_qualitative(a, value, abnormal)
    if ctx.lang == "zh":
        value, ref = ZH_QUAL.get(value, value), "阴性"
    label = _label(ctx, q.en, q.zh)
    gold = None
    if level != "normal":
        prio, depts, follow = routing(a, level)
        gold = GoldRow(a.group, [], prio, depts, follow, labels=[label])
    issue = a.group
    return LabRow(label, value, "", ref, [], "abn" if abnormal else "", "", gold, issue)


# ---- layouts: one lab row -> one block of positioned lines -----------------------------


def lab_block(ctx: Ctx, row: LabRow, indent: bool = False) -> Block:
    L = ctx.layout
    flag = flag_text(ctx, row.direction)
    if L == "drlogy" and ctx.rng.random() < 0.12:
        # the printed word sometimes contradicts the range, as in real reports: gold ignores it
        flag = "Normal" if row.direction else ctx.rng.choice(["High", "Low"])
    bold = bool(row.direction) and ctx.flags == "none"  # bold is the only marker
    refs = [row.gold] if row.gold else []
    x0 = 55.0 if indent else 40.0
    lines: list[list[Cell]]
    if L == "lal":
        lines = [[Cell(x0, row.label), Cell(265, row.value, bold), Cell(318, flag),
                  Cell(350, row.unit), Cell(440, row.range_text)]]
        if row.method and ctx.rng.random() < 0.7:
            lines.append([Cell(x0 + 5, f"({row.method})", size=7)])
    elif L == "drlogy":
        lines = [[Cell(x0, row.label), Cell(250, row.value, bold), Cell(300, flag),
                  Cell(360, row.range_text), Cell(480, row.unit)]]
        if row.method and ctx.rng.random() < 0.5:
            lines.append([Cell(x0 + 5, row.method, size=7)])
    elif L == "labsmart":
        lines = [[Cell(x0, row.label), Cell(205, flag), Cell(222, row.value),
                  Cell(300, row.unit), Cell(390, row.range_text)]]
    elif L == "colon":
        rng_unit = f"{row.range_text} {row.unit}".strip()
        lines = [[Cell(x0, row.label), Cell(235, ":"), Cell(250, row.value, bold),
                  Cell(315, row.unit), Cell(400, rng_unit)]]
        if row.method and ctx.rng.random() < 0.4:
            lines.append([Cell(x0, f"Method: {row.method}", size=7)])
    elif L == "below":
        lines = [[Cell(x0, row.label)],
                 [Cell(200, row.value, bold), Cell(262, flag), Cell(330, row.range_text),
                  Cell(460, row.unit)]]
    elif L == "italian":
        lines = [[Cell(x0, row.label), Cell(290, row.value, bold), Cell(335, flag),
                  Cell(360, row.unit), Cell(450, row.range_text)]]
    else:  # chinese: 项目 结果 单位 参考范围 提示
        lines = [[Cell(x0, row.label), Cell(235, row.value), Cell(300, row.unit),
                  Cell(390, row.range_text), Cell(500, flag)]]
    range_x = {"lal": 440, "drlogy": 360, "colon": 400, "below": 330}.get(L, 390)
    for extra in row.range_more:  # tiered ranges continue right under the row
        lines.insert(1, [Cell(range_x, extra)])
    return Block(lines, refs, labels=[(row.label, row.issue)])


COLUMN_HEADERS = {
    "lal": [(40, "Test Name"), (265, "Results"), (350, "Units"), (440, "Bio. Ref. Interval")],
    "drlogy": [(40, "Investigation"), (250, "Result"), (360, "Reference Value"), (480, "Unit")],
    "labsmart": [(40, "TEST"), (222, "VALUE"), (300, "UNIT"), (390, "REFERENCE")],
    "colon": [(40, "Test"), (250, "Result"), (315, "Unit"), (400, "Biological Ref. Range")],
    "below": [(40, "Investigation"), (200, "Result"), (330, "Reference Value"), (460, "Unit")],
    "italian": [(40, "Analisi"), (290, "Risultati"), (360, "U. M."),
                (450, "Valori di riferimento")],
    "chinese": [(40, "项目"), (235, "结果"), (300, "单位"), (390, "参考范围"), (500, "提示")],
}

NOTES = [
    "Note: Results should be interpreted together with the clinical history.",
    "Note: Values may vary with age, sex, time of collection and recent food intake.",
    "Clinical significance: a single result outside the interval is not always a concern;",
    "the referring clinician should correlate it with other findings.",
    "Test conducted on EDTA whole blood / serum as appropriate.",
]


def _title(ctx: Ctx, panel) -> str:
    return {"zh": panel.zh, "it": panel.it}.get(ctx.lang, panel.en)


def panel_blocks(ctx: Ctx, panel_key: str, plan: dict[str, tuple], new_page: bool) -> list[Block]:
    panel = PANELS[panel_key]
    head = [[Cell(40, _title(ctx, panel), bold=True, size=10)]]
    if ctx.layout == "colon":  # every panel repeats its own column header
        head.append([Cell(x, t, bold=True) for x, t in COLUMN_HEADERS["colon"]])
    blocks = [Block(head, [], page_break_before=new_page)]
    for key in panel.rows:
        if key == "psa" and ctx.sex == "F":
            continue
        state, fixed = plan.get(key, ("normal", None))
        if key in QUALS:
            row = make_qual_row(ctx, key, state != "normal", state.startswith("sev"))
        else:
            row = make_lab_row(ctx, key, "crit" if fixed is not None else state, fixed)
        indent = ctx.layout == "labsmart" and key.endswith("_pct")
        blocks.append(lab_block(ctx, row, indent))
    if ctx.layout in ("colon", "lal") and ctx.rng.random() < 0.5:
        k = ctx.rng.randint(1, 3)
        start = ctx.rng.randint(0, len(NOTES) - k)
        blocks.append(Block([[Cell(40, t, size=7.5)] for t in NOTES[start:start + k]], []))
    if ctx.layout == "colon":
        blocks.append(Block([[Cell(150, "-------------------- End Of Report --------------------",
                                   size=8)]], []))
    return blocks


# ---- narrative sections ----------------------------------------------------------------

SECTION_TITLES = {
    "us_abdomen": ("ULTRASOUND WHOLE ABDOMEN", "腹部彩超"),
    "us_thyroid": ("ULTRASOUND THYROID", "甲状腺彩超"),
    "chest": ("CT CHEST (LOW DOSE)", "胸部CT"),
    "ecg": ("ELECTROCARDIOGRAM (ECG)", "心电图"),
    "breast": ("BREAST ULTRASOUND", "乳腺彩超"),
    "exam": ("GENERAL PHYSICAL EXAMINATION", "一般检查"),
}
HEART_RATE = {"sinus_brady": 52, "sinus_tachy": 108, "afib": 96, "st_elevation": 88}


def narrative_gold(ctx: Ctx, key: str) -> GoldRow:
    n = NARRATIVES[key]
    keys = list(n.keys_zh if ctx.lang == "zh" else n.keys_en)
    return GoldRow(key, keys, n.priority, n.departments, n.follow, n.priority_ok)


def narrative_block(ctx: Ctx, section: str, findings: list[str], new_page: bool) -> Block:
    zh = ctx.lang == "zh"
    title = SECTION_TITLES[section][1 if zh else 0]
    lines = [[Cell(40, title, bold=True, size=10)]]
    refs = [narrative_gold(ctx, k) for k in findings]
    if section == "exam":
        bp = "152/96" if findings else ctx.rng.choice(["118/76", "122/78", "110/70"])
        rows = ([("身高", "168 cm"), ("体重", "66 kg"), ("体重指数", "23.4 kg/m2"),
                 ("血压", f"{bp} mmHg"), ("脉搏", "76 次/分")] if zh else
                [("Height", "168 cm"), ("Weight", "66 kg"), ("BMI", "23.4 kg/m2"),
                 ("Blood Pressure", f"{bp} mmHg"), ("Pulse", "76 /min")])
        for name, value in rows:
            lines.append([Cell(40, name), Cell(200, value)])
        return Block(lines, refs, page_break_before=new_page)
    if section == "ecg":
        hr = HEART_RATE.get(findings[0], 74) if findings else 74
        lines.append([Cell(40, f"心率：{hr}次/分" if zh else f"Heart rate: {hr} bpm")])
    elif section != "breast":
        lines.append([Cell(40, "检查所见：所查部位已按常规扫查。" if zh else
                           "Findings: The organs in the region were scanned in standard planes.")])
    texts = [getattr(NARRATIVES[k], "zh" if zh else "en") for k in findings]
    if not texts:
        texts = [NORMAL_TEXT[section][1 if zh else 0]]
    lead = ctx.rng.choice(["结论：", "提示："] if zh else ["Impression:", "Conclusion:"])
    if len(texts) == 1:
        lines.append([Cell(40, f"{lead} {texts[0]}" if not zh else lead + texts[0])])
    else:
        lines.append([Cell(40, lead)])
        for i, t in enumerate(texts, 1):
            lines.append([Cell(55, f"{i}. {t}")])
    if zh and findings and ctx.rng.random() < 0.5:
        lines.append([Cell(40, "建议：专科随诊。")])
    return Block(lines, refs, page_break_before=new_page)



NAMES = {  # (language, sex) -> patient names
    ("en", "M"): ["Rahul Mehta", "John Carter", "David Chen", "Arjun Rao"],
    ("en", "F"): ["Asha Verma", "Maria Lopez", "Priya Nair", "Sara Khan"],
    ("zh", "M"): ["张伟", "刘洋", "杨磊"],
    ("zh", "F"): ["王芳", "李娜", "陈静"],
    ("it", "M"): ["Mario Rossi", "Luca Romano"],
    ("it", "F"): ["Giulia Bianchi", "Chiara Ferri"],
}

def page_frame(ctx: Ctx, name: str, age: int, labno: str) -> Frame:
    sex_word = {"M": "Male", "F": "Female"}[ctx.sex]
    if ctx.lang == "zh":
        header = [
            [Cell(40, "康健健康体检中心 体检报告", bold=True, size=11)],
            [Cell(40, f"姓名：{name}"), Cell(180, f"性别：{'男' if ctx.sex == 'M' else '女'}"),
             Cell(300, f"年龄：{age}岁"), Cell(400, f"体检编号：{labno}")],
        ]
        footer = [[Cell(250, "第{page}页 共{pages}页", size=8)]]
    elif ctx.lang == "it":
        header = [
            [Cell(40, "LABORATORIO ANALISI CLINICHE SAN MARCO", bold=True, size=11)],
            [Cell(40, f"Cliente: {name}"), Cell(250, f"Sesso: {ctx.sex}"),
             Cell(350, f"Eta: {age}"), Cell(430, f"Referto n. {labno}")],
        ]
        footer = [[Cell(250, "Pagina {page} di {pages}", size=8)]]
    else:
        header = [
            [Cell(40, "CITY DIAGNOSTICS & PATHOLOGY LAB", bold=True, size=11),
             Cell(330, "12 Healthcare Road, Sector 18, Pune 411001", size=7)],
            [Cell(40, f"Name : {name}"), Cell(230, f"Age/Sex : {age} Yrs / {sex_word}"),
             Cell(400, f"Lab No. : {labno}")],
            [Cell(40, "Collected : 14/05/2025 09:10"), Cell(230, "Reported : 15/05/2025 13:36"),
             Cell(400, "Ref By : Self")],
        ]
        footer = [[Cell(40, "This is a computer generated report.", size=7),
                   Cell(300, "Page {page} of {pages}", size=8)]]
        if ctx.layout == "lal":
            footer[0].append(Cell(450, f"*{labno}*", size=8))
    if ctx.layout != "colon":
        header.append([Cell(x, t, bold=True) for x, t in COLUMN_HEADERS[ctx.layout]])
    return Frame(header, footer)
