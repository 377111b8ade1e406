"""The shared triage convention as ONE table: analyte -> group, routing and severity bands.

The knowledge-base engineer follows the same convention, so gold files and the knowledge base
agree. Thresholds are in the analyte's canonical (US conventional) unit; each analyte also
says how it is printed in SI units (Chinese reports). A value is "mild" when outside its
printed range but in no band, "severe" in the severity band, "critical" in the critical band.
"""

from __future__ import annotations

from dataclasses import dataclass

# follow-up lists (acceptable values)
M1 = ("within_1_month",)
M3 = ("within_3_months",)
M13 = ("within_1_month", "within_3_months")  # liver: the convention allows either
LOWF = ("next_checkup", "within_6_months")
HIGHF = ("within_1_week", "within_1_month")
NOW = ("immediately",)

# group -> acceptable departments
GROUP_DEPARTMENTS: dict[str, tuple[str, ...]] = {
    "lipids": ("cardiology", "general_practice"),
    "blood_sugar": ("endocrinology", "general_practice"),
    "thyroid": ("endocrinology", "thyroid_clinic"),
    "red_cells": ("hematology", "general_practice"),
    "white_cells": ("hematology", "general_practice"),
    "platelets": ("hematology", "general_practice"),
    "liver": ("hepatology", "gastroenterology", "general_practice"),
    "kidney": ("nephrology", "general_practice"),
    "urine": ("nephrology", "urology", "general_practice"),
    "electrolytes": ("general_practice", "nephrology"),
    "vitamin_d": ("general_practice", "nutrition", "hematology"),
    "vitamin_b12": ("general_practice", "nutrition", "hematology"),
    "iron": ("general_practice", "nutrition", "hematology"),
    "uric_acid": ("general_practice", "rheumatology"),
    "hbsag": ("infectious_disease",),
    "anti_hcv": ("infectious_disease",),
    "hiv": ("infectious_disease",),
    "vdrl": ("infectious_disease",),
    "psa": ("urology",),
    "cea": ("oncology",),
    "afp": ("oncology",),
    "cardiac": ("cardiology",),
    "inflammation": ("general_practice",),
}


@dataclass(frozen=True)
class Analyte:
    key: str
    group: str
    mild: str  # priority when outside the printed range but in no band
    mild_follow: tuple[str, ...]
    sev_lo: float | None = None  # value < sev_lo is severe (canonical unit)
    sev_hi: float | None = None  # value >= sev_hi is severe
    crit_lo: float | None = None  # value <= crit_lo is critical
    crit_hi: float | None = None  # value >= crit_hi is critical
    sev_hi_x_uln: float | None = None  # severe above this multiple of the printed upper limit
    crit_above_range: bool = False  # any value above the printed range is critical (troponin)
    qualitative_severe: tuple[str, ...] = ()  # qualitative results in the severity band


A = Analyte
# key            group           mild      follow  sev_lo sev_hi crit_lo crit_hi
TABLE: dict[str, Analyte] = {a.key: a for a in [
    A("hb", "red_cells", "medium", M1, sev_lo=10, crit_lo=6.99),  # Hb < 7 critical
    A("rbc", "red_cells", "medium", M1),
    A("hct", "red_cells", "medium", M1),
    A("mcv", "red_cells", "medium", M1),
    A("mch", "red_cells", "medium", M1),
    A("mchc", "red_cells", "low", LOWF),
    A("rdw_cv", "red_cells", "medium", M1),
    A("wbc", "white_cells", "medium", M1, sev_lo=3, sev_hi=15, crit_lo=1, crit_hi=30),
    A("neut_pct", "white_cells", "low", LOWF),
    A("lymph_pct", "white_cells", "low", LOWF),
    A("mono_pct", "white_cells", "low", LOWF),
    A("eos_pct", "white_cells", "low", LOWF),
    A("plt", "platelets", "medium", M1, sev_lo=100, sev_hi=600, crit_lo=19.99),
    A("mpv", "platelets", "low", LOWF),
    A("tc", "lipids", "medium", M3),
    A("ldl", "lipids", "medium", M3, sev_hi=190),
    A("hdl", "lipids", "medium", M3),
    A("tg", "lipids", "medium", M3, sev_hi=500),
    A("vldl", "lipids", "low", LOWF),
    A("fbs", "blood_sugar", "medium", M13, sev_hi=126, crit_lo=50, crit_hi=450),
    A("hba1c", "blood_sugar", "medium", M3, sev_hi=6.5),
    A("alt", "liver", "medium", M13, sev_hi_x_uln=3),
    A("ast", "liver", "medium", M13, sev_hi_x_uln=3),
    A("ggt", "liver", "medium", M13),
    A("alp", "liver", "medium", M13),
    A("tbil", "liver", "medium", M1),
    A("globulin", "liver", "low", LOWF),
    A("ag_ratio", "liver", "low", LOWF),
    A("creat", "kidney", "medium", M1, sev_hi=2.01, crit_hi=4),  # > 2 severe, >= 4 critical
    A("urea", "kidney", "medium", M1),
    A("bun", "kidney", "medium", M1),
    A("uric", "uric_acid", "medium", M3),
    A("tsh", "thyroid", "medium", M1, sev_hi=10.01),  # TSH > 10
    A("t3", "thyroid", "medium", M1),
    A("t4", "thyroid", "medium", M1),
    A("ft4", "thyroid", "medium", M1),
    A("na", "electrolytes", "medium", M1, sev_lo=130, sev_hi=150.01, crit_lo=120, crit_hi=160),
    A("k", "electrolytes", "medium", M1, sev_lo=3.0, sev_hi=5.5, crit_lo=2.5, crit_hi=6.0),
    A("cl", "electrolytes", "medium", M1),
    A("ca", "electrolytes", "medium", M1, crit_hi=13),
    A("vit_d", "vitamin_d", "medium", M3, sev_lo=12),
    A("b12", "vitamin_b12", "medium", M3),
    A("iron", "iron", "medium", M3),
    A("tibc", "iron", "medium", M3),
    A("tsat", "iron", "medium", M3),
    A("ferritin", "iron", "medium", M3, sev_lo=15),
    A("crp", "inflammation", "medium", M1, sev_hi=10.01),  # CRP > 10 mg/dL
    A("esr", "inflammation", "low", LOWF),
    A("psa", "psa", "medium", M1, sev_hi=10.01),
    A("cea", "cea", "medium", M1),
    A("afp", "afp", "medium", M1),
    A("troponin", "cardiac", "urgent", NOW, crit_above_range=True),
    # urinalysis: "+" is mild; "++" or more of protein or glucose is in the severity band
    A("u_protein", "urine", "medium", M1, qualitative_severe=("++", "+++")),
    A("u_glucose", "urine", "medium", M1, qualitative_severe=("++", "+++")),
    A("u_blood", "urine", "medium", M1),
    A("u_ketone", "urine", "medium", M1),
    A("u_sg", "urine", "low", LOWF),
    A("u_ph", "urine", "low", LOWF),
    # serology: any positive / reactive result is in the severity band
    A("hbsag", "hbsag", "high", HIGHF, qualitative_severe=("*",)),
    A("anti_hcv", "anti_hcv", "high", HIGHF, qualitative_severe=("*",)),
    A("hiv", "hiv", "high", HIGHF, qualitative_severe=("*",)),
    A("vdrl", "vdrl", "high", HIGHF, qualitative_severe=("*",)),
]}


@dataclass(frozen=True)
class Narrative:
    """A narrative finding (imaging, ECG, exam) and its gold routing."""

    key: str
    section: str  # which narrative section prints it: us_abdomen, us_thyroid, ecg, ...
    en: str  # printed English conclusion
    zh: str  # printed Chinese conclusion
    keys_en: tuple[str, ...]  # gold keys (substrings of the printed text)
    keys_zh: tuple[str, ...]
    priority: str
    departments: tuple[str, ...]
    follow: tuple[str, ...]
    priority_ok: tuple[str, ...] = ()  # the convention allows a second priority ("low/medium")
    sex: str | None = None  # only for this sex


_HEP = ("hepatology", "gastroenterology", "general_practice")
_THY = ("thyroid_clinic", "endocrinology")
_CAR = ("cardiology", "general_practice")
NARRATIVES: dict[str, Narrative] = {n.key: n for n in [
    Narrative("fatty_liver", "us_abdomen", "Mild fatty liver.", "轻度脂肪肝",
              ("fatty liver",), ("脂肪肝",), "medium", _HEP, M3),
    Narrative("gallstone", "us_abdomen", "Single gallstone (8 mm) in the gallbladder.",
              "胆囊结石（8mm）", ("gallstone",), ("胆囊结石",), "medium",
              ("gastroenterology",), M3),
    Narrative("renal_calculus", "us_abdomen", "Right renal calculus, 5 mm.", "右肾结石（5mm）",
              ("renal calculus",), ("肾结石",), "medium", ("urology",), M1),
    Narrative("renal_cyst", "us_abdomen", "Simple cyst in left kidney, 12 mm.",
              "左肾单纯性囊肿（12mm）", ("simple cyst",), ("单纯性囊肿",), "low",
              ("nephrology", "urology", "general_practice"), LOWF),
    Narrative("thyroid_tirads2", "us_thyroid", "Thyroid nodule, TI-RADS 2.",
              "甲状腺结节 TI-RADS 2类", ("thyroid nodule", "ti-rads 2"),
              ("甲状腺结节", "ti-rads 2"), "low", _THY, ("within_6_months", "next_checkup")),
    Narrative("thyroid_tirads3", "us_thyroid", "Thyroid nodule, TI-RADS 3.",
              "甲状腺结节 TI-RADS 3类", ("thyroid nodule", "ti-rads 3"),
              ("甲状腺结节", "ti-rads 3"), "medium", _THY, ("within_3_months", "within_6_months")),
    Narrative("thyroid_tirads4", "us_thyroid", "Thyroid nodule, TI-RADS 4.",
              "甲状腺结节 TI-RADS 4类", ("thyroid nodule", "ti-rads 4"),
              ("甲状腺结节", "ti-rads 4"), "high", _THY, M1),
    Narrative("lung_nodule", "chest", "Lung nodule, 6 mm, right upper lobe.",
              "右肺上叶肺结节（6mm）", ("lung nodule",), ("肺结节",), "medium",
              ("pulmonology",), M3),
    Narrative("sinus_brady", "ecg", "Sinus bradycardia.", "窦性心动过缓",
              ("sinus bradycardia",), ("窦性心动过缓",), "low", _CAR, M3, ("medium",)),
    Narrative("sinus_tachy", "ecg", "Sinus tachycardia.", "窦性心动过速",
              ("sinus tachycardia",), ("窦性心动过速",), "low", _CAR, M3, ("medium",)),
    Narrative("afib", "ecg", "Atrial fibrillation.", "心房颤动",
              ("atrial fibrillation",), ("心房颤动",), "high", ("cardiology",), ("within_1_week",)),
    Narrative("lvh", "ecg", "Left ventricular hypertrophy by voltage criteria.", "左心室肥厚",
              ("left ventricular hypertrophy",), ("左心室肥厚",), "medium", ("cardiology",), M1),
    Narrative("st_elevation", "ecg", "ST elevation in leads V1-V4.", "V1-V4导联ST段抬高",
              ("st elevation",), ("st段抬高",), "urgent", ("emergency",), NOW),
    Narrative("birads4a", "breast", "BI-RADS 4A lesion in left breast.",
              "左乳低回声结节 BI-RADS 4A类", ("bi-rads 4a",), ("bi-rads 4a",), "urgent",
              ("oncology", "breast_clinic"), ("immediately", "within_1_week"), ("high",),
              sex="F"),  # ACR BI-RADS 5th ed: category 4 needs a biopsy soon (high or urgent)
    Narrative("bp_high", "exam", "", "", ("blood pressure",), ("血压",), "medium",
              ("general_practice", "cardiology"), M1),
]}

# normal conclusions per section: these must produce no issue
NORMAL_TEXT = {
    "us_abdomen": ("No abnormality detected.", "未见明显异常"),
    "us_thyroid": ("Thyroid normal in size and echotexture.", "甲状腺未见明显异常"),
    "chest": ("No active lung lesion. Heart size normal.", "心肺未见明显异常"),
    "ecg": ("Normal sinus rhythm.", "窦性心律，正常心电图"),
    "breast": ("No abnormality detected in either breast. BI-RADS 1.", "双乳未见明显异常"),
}

PRIORITY_RANK = {"low": 0, "medium": 1, "high": 2, "urgent": 3}
FOLLOW_RANK = {f: i for i, f in enumerate(
    ("immediately", "within_1_week", "within_1_month", "within_3_months", "within_6_months",
     "next_checkup"))}


def classify(a: Analyte, value: float, lo: float | None, hi: float | None) -> str:
    """'normal' | 'mild' | 'severe' | 'critical' for a canonical value against the printed
    range (lo, hi, already converted to the canonical unit)."""
    if a.crit_above_range and hi is not None and value > hi:
        return "critical"
    if (a.crit_lo is not None and value <= a.crit_lo) or (
        a.crit_hi is not None and value >= a.crit_hi
    ):
        return "critical"
    out_low = lo is not None and value < lo
    out_high = hi is not None and value > hi
    if not (out_low or out_high):
        return "normal"
    if out_low and a.sev_lo is not None and value < a.sev_lo:
        return "severe"
    if out_high and a.sev_hi is not None and value >= a.sev_hi:
        return "severe"
    if out_high and a.sev_hi_x_uln is not None and value > a.sev_hi_x_uln * hi:
        return "severe"
    return "mild"


def classify_qualitative(a: Analyte, value: str, abnormal: bool) -> str:
    """'normal' | 'mild' | 'severe' for a printed qualitative result (urine, serology)."""
    if not abnormal:
        return "normal"
    return "severe" if "*" in a.qualitative_severe or value in a.qualitative_severe else "mild"


def routing(a: Analyte, level: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """(priority, departments, follow-ups) of one abnormal analyte at a level."""
    depts = GROUP_DEPARTMENTS[a.group]
    if level == "critical":
        return "urgent", ("emergency",), NOW
    if level == "severe":
        return "high", depts, HIGHF
    return a.mild, depts, a.mild_follow
