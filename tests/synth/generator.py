"""Synthetic check-up reports with gold files (DESIGN §6), in the shapes real labs print.

generate_set(out_dir, n, seed) writes NAME.pdf + NAME.gold.json for n reports, deterministic
for a seed. Gold follows the printed reference ranges (never the printed High/Low words) and
the shared triage convention in tests/synth/convention.py; results on picture-only pages are
left out of gold and listed as "unread_pages".
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from .catalog import LABS, PANELS, QUALS
from .convention import NARRATIVES, TABLE
from .gold import build_gold
from .layouts import NAMES, Ctx, narrative_block, page_frame, panel_blocks
from .render import Block, draw, paginate, rasterise_pages
from .values import abnormal_states

LAYOUTS = ("lal", "drlogy", "labsmart", "colon", "below", "chinese", "italian", "chinese")
# critical values the set must contain (DESIGN §2): analyte key -> canonical value,
# or a narrative key
CRITICALS: tuple[tuple[str, object], ...] = (
    ("k", 6.5), ("fbs", 480.0), ("hb", 6.2), ("plt", 15.0), ("narr", "birads4a"),
    ("na", 118.0), ("troponin", 85.0), ("creat", 4.8), ("narr", "st_elevation"),
)
MAX_PAGES = 12

NARR_SECTIONS = ("us_abdomen", "us_thyroid", "ecg", "chest", "breast", "exam")
FEATURED = ("fatty_liver", "thyroid_tirads3", "sinus_brady", "gallstone", "lvh", "afib",
            "renal_calculus", "lung_nodule", "thyroid_tirads2", "sinus_tachy", "renal_cyst",
            "thyroid_tirads4", "bp_high")


@dataclass
class Plan:
    panels: list[str]
    labs: dict[str, tuple]  # analyte key -> (state, fixed canonical value or None)
    narratives: list[tuple[str, list[str]]]  # (section, abnormal narrative keys)


def plan_report(ctx: Ctx, normal: bool, critical, long: bool) -> Plan:
    rng = ctx.rng
    if ctx.layout == "labsmart":
        panels = ["cbc"] + (["lipid"] if rng.random() < 0.4 else [])
    elif ctx.layout == "italian":
        panels = ["cbc"] + rng.sample(["sugar", "lipid", "kft", "lft"], rng.randint(1, 3))
    elif ctx.layout == "drlogy":
        panels = rng.sample(["cbc", "lipid", "lft", "kft", "thyroid", "sugar"], rng.randint(1, 3))
    else:
        pool = [p for p in PANELS if p != "thyroid_free"]
        if rng.random() < 0.5:
            pool[pool.index("thyroid")] = "thyroid_free"
        k = rng.randint(9, 11) if long else rng.randint(2, 7)
        panels = rng.sample(pool, k)
    if critical and critical[0] != "narr":
        home = next(p for p in PANELS if critical[0] in PANELS[p].rows)
        if home not in panels:
            panels.append(home)
    labs: dict[str, tuple] = {}
    narr: list[tuple[str, list[str]]] = []
    if ctx.layout not in ("labsmart", "italian"):
        secs = [s for s in NARR_SECTIONS if s != "breast" or ctx.sex == "F"]
        k = rng.randint(2, 4) if long else rng.randint(0, 2)
        narr = [(s, []) for s in rng.sample(secs, min(k, len(secs)))]
    if _narrative_eligible(ctx.index):
        featured = _featured(ctx.index)
        sec = NARRATIVES[featured].section
        for s, found in narr:
            if s == sec:
                found.append(featured)
                break
        else:
            narr.append((sec, [featured]))
    if critical and critical[0] == "narr":
        sec = NARRATIVES[critical[1]].section
        if sec == "breast" and ctx.sex != "F":
            ctx.sex = "F"
        for s, found in narr:
            if s == sec:
                found[:] = [critical[1]]
                break
        else:
            narr.append((sec, [critical[1]]))
    elif critical:
        labs[critical[0]] = ("crit", critical[1])
    if normal:
        return Plan(panels, labs, narr)

    present = [k for p in panels for k in PANELS[p].rows if not (k == "psa" and ctx.sex == "F")]
    groups = sorted({TABLE[k].group for k in present if k not in ("u_sg", "u_ph")})
    for g in rng.sample(groups, min(len(groups), rng.randint(1, 4))):
        members = [k for k in present if TABLE[k].group == g and k not in labs
                   and k not in ("u_sg", "u_ph")]
        for k in rng.sample(members, min(len(members), rng.choice([1, 1, 2, 3]))):
            if k in QUALS:
                labs[k] = (rng.choice(["mild", "mild", "sev"]), None)
                continue
            lab = LABS[k]
            lo, hi = lab.sex_ranges.get(ctx.sex, (lab.lo, lab.hi))
            states = abnormal_states(k, lo, hi)
            if not states:
                continue
            mild = [s for s in states if s.startswith("mild")]
            sev = [s for s in states if s.startswith("sev")]
            labs[k] = (rng.choice(sev) if sev and rng.random() < 0.25 else rng.choice(mild),
                       None)
    for s, found in narr:
        options = [n.key for n in NARRATIVES.values() if n.section == s and n.key not in found
                   and n.priority != "urgent" and (n.sex is None or n.sex == ctx.sex)]
        if s == "breast" or not options or any(NARRATIVES[k].priority == "urgent" for k in found):
            continue
        if found and s != "us_abdomen":  # two thyroid nodules or two rhythms would be one card
            continue
        # a second conclusion in the same section prints as a numbered list
        if rng.random() < (0.3 if found else 0.55):
            found.append(rng.choice(options))
    return Plan(panels, labs, narr)


# ---- one report ------------------------------------------------------------------------


def _is_normal(i: int) -> bool:
    return i % 7 == 0


def _has_critical(i: int) -> bool:
    return i % 5 == 4 and not _is_normal(i)


def _narrative_eligible(i: int) -> bool:
    return not _is_normal(i) and LAYOUTS[i % len(LAYOUTS)] not in ("labsmart", "italian")


def _featured(i: int) -> str:
    """Each eligible report features the next finding of FEATURED, counted per language, so
    English and Chinese reports both get the common findings first."""
    zh = LAYOUTS[i % len(LAYOUTS)] == "chinese"
    nth = sum(1 for j in range(i)
              if _narrative_eligible(j) and (LAYOUTS[j % len(LAYOUTS)] == "chinese") == zh)
    return FEATURED[nth % len(FEATURED)]


def build_report(out_dir: Path, i: int, seed: int) -> Path:
    rng = random.Random(f"checkup-synth:{seed}:{i}")
    layout = LAYOUTS[i % len(LAYOUTS)]
    lang = {"chinese": "zh", "italian": "it"}.get(layout, "en")
    normal = _is_normal(i)
    critical = None
    if _has_critical(i):  # walk the critical list so every entry appears once n is large
        nth = sum(1 for j in range(i) if _has_critical(j))
        critical = CRITICALS[nth % len(CRITICALS)]
    image = i % 9 == 3
    long = i % 10 == 8
    system = {"zh": "si", "it": "us"}.get(lang, "indian" if layout == "labsmart" else "us")
    if layout == "colon" and rng.random() < 0.5:
        system = "indian"
    numbers = {"italian": "comma", "labsmart": "indian"}.get(
        layout, "indian" if system == "indian" else "dot")
    turn = i // len(LAYOUTS)  # successive reports of one layout cycle through flag styles
    flags = {
        "lal": ("none", "bracket", "HL", "star", "word", "paren", "arrow")[turn % 7],
        "drlogy": "word3", "labsmart": "HL", "colon": "none",
        "below": ("bracket", "paren", "arrow", "word", "HL")[turn % 5],
        "chinese": rng.choice(["arrow", "arrow", "HL"]), "italian": rng.choice(["star", "none"]),
    }[layout]
    ctx = Ctx(rng, layout, lang, rng.choice("MF"), system, numbers, flags,
              range_sep=rng.choice(["-", "~"]) if lang == "zh" else
              ("-" if layout == "colon" else " - "), index=i)
    plan = plan_report(ctx, normal, critical, long)
    name = rng.choice(NAMES[(lang, ctx.sex)])
    labno = str(rng.randint(100000000, 999999999))

    per_page = long or image or layout == "colon" or rng.random() < 0.3
    blocks: list[Block] = []
    for p in plan.panels:
        blocks.extend(panel_blocks(ctx, p, plan.labs, per_page))
    for sec, found in plan.narratives:
        blocks.append(narrative_block(ctx, sec, found, per_page))
    frame = page_frame(ctx, name, ctx.rng.randint(24, 78), labno)
    pages = paginate(blocks, frame)
    while len(pages) > MAX_PAGES:
        blocks = blocks[:-1]
        pages = paginate(blocks, frame)
    unread: list[int] = []
    if image and len(pages) >= 2:
        unread = [rng.randint(2, len(pages))]

    rows, labels = [], {}
    for pno, page in enumerate(pages, start=1):
        for b in page:
            for lbl, issue in b.labels:
                labels.setdefault(lbl, issue)
            for r in b.ref:
                if pno not in unread:
                    rows.append(r)
    stem = f"synth_{i:02d}_{layout}"
    pdf = out_dir / f"{stem}.pdf"
    draw(pdf, pages, frame)
    rasterise_pages(pdf, unread)
    gold = {
        "issues": build_gold(rows, labels),
        "unread_pages": unread,
        "all_normal": normal,  # planned with every result in range and normal conclusions
        "pages": len(pages),
        "language": lang,
        "layout": layout,
        "sex": ctx.sex,
    }
    (out_dir / f"{stem}.gold.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return pdf


def generate_set(out_dir: str | Path, n: int = 44, seed: int = 0) -> list[Path]:
    """Write n synthetic reports (NAME.pdf + NAME.gold.json) into out_dir; returns the PDFs."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    return [build_report(out, i, seed) for i in range(n)]
