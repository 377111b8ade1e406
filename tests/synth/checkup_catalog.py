"""How full check-ups print each lab test: Chinese name (and a variant with CJK radical code
points), abbreviation, SI unit and range (Chinese reports), English names, unit and range
(Indian / US packages). Ranges follow WS/T 404 (Chinese adult reference intervals) and
labNorm (shared/reference/labNorm__reference-ranges.csv, ABIM 2021) where it has the test.
"""

from __future__ import annotations

from dataclasses import dataclass

Range = tuple[float | None, float | None]  # (low, high); None = open side


@dataclass(frozen=True)
class Test:
    key: str
    zh: tuple[str, ...]  # Chinese names; the first is the plain one
    abbr: str
    si_unit: str
    si_m: Range
    si_f: Range
    si_dec: int
    en: tuple[str, ...]  # English names
    en_unit: str
    factor: float  # English value = SI value * factor
    en_m: Range
    en_f: Range
    en_dec: int
    # the Chinese name as some generators print it, with CJK Radicals Supplement code points
    # (Kangxi radicals such as U+2F8E cannot be kept: the built-in CJK fonts map them to 血)
    radical: str = ""

    def si_range(self, sex: str) -> Range:
        return self.si_f if sex == "F" else self.si_m

    def en_range(self, sex: str) -> Range:
        return self.en_f if sex == "F" else self.en_m


@dataclass(frozen=True)
class QualTest:
    key: str
    zh: str
    abbr: str
    en: str
    zh_normal: str
    en_normal: str
    zh_ref: str = "阴性"
    en_ref: str = "Negative"


def T(key, zh, abbr, si_unit, si_m, si_f, si_dec, en, en_unit, factor, en_m, en_f, en_dec,
      radical=""):
    return Test(key, zh, abbr, si_unit, si_m, si_f or si_m, si_dec, en, en_unit, factor, en_m,
                en_f or en_m, en_dec, radical)


TESTS: dict[str, Test] = {t.key: t for t in [
    # blood count
    T("wbc", ("白细胞计数", "白细胞"), "WBC", "×10^9/L", (3.5, 9.5), None, 2,
      ("Total Leucocyte Count (WBC)", "White Blood Cell Count"), "x10^3/uL", 1, (4.0, 10.0),
      None, 2),
    T("neut", ("中性粒细胞百分比",), "NEUT%", "%", (40, 75), None, 1,
      ("Neutrophils",), "%", 1, (40, 80), None, 1),
    T("lymph", ("淋巴细胞百分比",), "LYMPH%", "%", (20, 50), None, 1,
      ("Lymphocytes",), "%", 1, (20, 40), None, 1),
    T("rbc", ("红细胞计数",), "RBC", "×10^12/L", (4.3, 5.8), (3.8, 5.1), 2,
      ("RBC Count", "Red Blood Cell Count"), "mill/uL", 1, (4.5, 5.5), (3.8, 4.8), 2),
    T("hgb", ("血红蛋白",), "HGB", "g/L", (130, 175), (115, 150), 0,
      ("Hemoglobin", "Haemoglobin"), "g/dL", 0.1, (13.0, 17.0), (12.0, 15.0), 1),
    T("hct", ("红细胞压积",), "HCT", "%", (40, 50), (35, 45), 1,
      ("Hematocrit (PCV)", "Packed Cell Volume"), "%", 1, (40, 50), (36, 46), 1),
    T("mcv", ("平均红细胞体积",), "MCV", "fL", (82, 100), None, 1,
      ("Mean Corpuscular Volume (MCV)",), "fL", 1, (83, 101), None, 1),
    T("mch", ("平均红细胞血红蛋白含量",), "MCH", "pg", (27, 34), None, 1,
      ("Mean Corpuscular Hb (MCH)",), "pg", 1, (27, 32), None, 1),
    T("plt", ("血小板计数",), "PLT", "×10^9/L", (125, 350), None, 0,
      ("Platelet Count",), "x10^3/uL", 1, (150, 410), None, 0),
    # liver
    T("alt", ("丙氨酸氨基转移酶", "谷丙转氨酶"), "ALT", "U/L", (9, 50), (7, 40), 1,
      ("SGPT (ALT)", "Alanine Aminotransferase (ALT)"), "U/L", 1, (10, 40), None, 1),
    T("ast", ("天门冬氨酸氨基转移酶", "谷草转氨酶"), "AST", "U/L", (15, 40), (13, 35), 2,
      ("SGOT (AST)", "Aspartate Aminotransferase (AST)"), "U/L", 1, (10, 40), None, 1,
      radical="天⻔冬氨酸氨基转移酶"),
    T("ggt", ("γ-谷氨酰转移酶", "谷氨酰转肽酶"), "GGT", "U/L", (10, 60), (7, 45), 0,
      ("Gamma GT (GGT)", "Gamma Glutamyl Transferase"), "U/L", 1, (9, 50), (8, 40), 0),
    T("alp", ("碱性磷酸酶",), "ALP", "U/L", (45, 125), (35, 100), 0,
      ("Alkaline Phosphatase",), "U/L", 1, (30, 120), None, 0),
    T("tbil", ("总胆红素",), "TBIL", "μmol/L", (3.4, 20.5), None, 1,
      ("Bilirubin - Total",), "mg/dL", 1 / 17.1, (0.3, 1.2), None, 2),
    T("alb", ("白蛋白",), "ALB", "g/L", (40, 55), None, 1,
      ("Albumin",), "g/dL", 0.1, (3.5, 5.5), None, 2),
    # kidney
    T("crea", ("肌酐",), "CREA", "μmol/L", (57, 111), (41, 81), 0,
      ("Creatinine",), "mg/dL", 1 / 88.4, (0.7, 1.3), (0.5, 1.1), 2),
    T("urea", ("尿素",), "UREA", "mmol/L", (3.1, 8.0), (2.6, 7.5), 2,
      ("Blood Urea Nitrogen (BUN)",), "mg/dL", 2.8, (7.0, 20.0), None, 1),
    T("ua", ("尿酸",), "UA", "μmol/L", (208, 428), (155, 357), 0,
      ("Uric Acid",), "mg/dL", 1 / 59.48, (3.5, 7.2), (2.6, 6.0), 1),
    # lipids
    T("tc", ("总胆固醇",), "TC", "mmol/L", (None, 5.2), None, 2,
      ("Total Cholesterol", "Cholesterol - Total"), "mg/dL", 38.67, (None, 200), None, 0),
    T("tg", ("甘油三酯",), "TG", "mmol/L", (None, 1.7), None, 2,
      ("Triglycerides",), "mg/dL", 88.57, (None, 150), None, 0),
    T("hdl", ("高密度脂蛋白胆固醇",), "HDL-C", "mmol/L", (1.04, None), None, 2,
      ("HDL Cholesterol - Direct", "HDL Cholesterol"), "mg/dL", 38.67, (40, None), None, 0),
    T("ldl", ("低密度脂蛋白胆固醇",), "LDL-C", "mmol/L", (None, 3.4), None, 2,
      ("LDL Cholesterol - Direct", "LDL Cholesterol"), "mg/dL", 38.67, (None, 100), None, 0),
    # glucose
    T("glu", ("空腹血糖", "葡萄糖"), "GLU", "mmol/L", (3.9, 6.1), None, 2,
      ("Fasting Blood Sugar (Glucose)", "Glucose, Fasting"), "mg/dL", 18.0, (70, 100), None,
      0),
    T("hba1c", ("糖化血红蛋白",), "HbA1c", "%", (4.0, 6.0), None, 1,
      ("HbA1c", "Glycated HbA1c"), "%", 1, (4.0, 5.6), None, 1),
    # thyroid
    T("tsh", ("促甲状腺激素",), "TSH", "mIU/L", (0.27, 4.2), None, 3,
      ("TSH - Ultrasensitive", "Thyroid Stimulating Hormone (TSH)"), "uIU/mL", 1,
      (0.54, 5.30), None, 2),
    T("ft4", ("游离甲状腺素",), "FT4", "pmol/L", (12.0, 22.0), None, 2,
      ("Free Thyroxine (FT4)",), "ng/dL", 1 / 12.87, (0.89, 1.76), None, 2),
    T("ft3", ("游离三碘甲状腺原氨酸",), "FT3", "pmol/L", (3.1, 6.8), None, 2,
      ("Free Triiodothyronine (FT3)",), "pg/mL", 0.651, (2.0, 4.4), None, 2),
    # electrolytes
    T("k", ("钾",), "K", "mmol/L", (3.5, 5.3), None, 2,
      ("Potassium",), "mmol/L", 1, (3.5, 5.1), None, 1),
    T("na", ("钠",), "Na", "mmol/L", (137, 147), None, 1,
      ("Sodium",), "mmol/L", 1, (136, 145), None, 0),
    # tumour markers
    T("afp", ("甲胎蛋白",), "AFP", "ng/mL", (0, 7.0), None, 2,
      ("Alpha Fetoprotein (AFP)",), "ng/mL", 1, (0, 8.1), None, 2),
    T("cea", ("癌胚抗原",), "CEA", "ng/mL", (0, 5.0), None, 2,
      ("Carcinoembryonic Antigen (CEA)",), "ng/mL", 1, (0, 5.0), None, 2),
    T("psa", ("总前列腺特异性抗原",), "TPSA", "ng/mL", (0, 4.0), None, 3,
      ("PSA - Total (Prostate Specific Antigen)",), "ng/mL", 1, (0, 4.0), None, 2),
    T("ca199", ("糖类抗原19-9",), "CA19-9", "U/mL", (0, 37.0), None, 2,
      ("CA 19-9",), "U/mL", 1, (0, 37.0), None, 2),
    # vitamins, iron
    T("vitd", ("25-羟基维生素D",), "25-OH-VD", "ng/mL", (30, 100), None, 1,
      ("25-OH Vitamin D (Total)", "Vitamin D Total"), "ng/mL", 1, (30, 100), None, 2),
    T("b12", ("维生素B12",), "VB12", "pg/mL", (211, 911), None, 0,
      ("Vitamin B12 (Cyanocobalamin)",), "pg/mL", 1, (211, 911), None, 0),
    T("ferritin", ("铁蛋白",), "FER", "ng/mL", (30, 400), (13, 150), 1,
      ("Ferritin",), "ng/mL", 1, (24, 336), (11, 307), 1),
    T("iron", ("血清铁",), "Fe", "μmol/L", (10.6, 36.7), (7.8, 32.2), 1,
      ("Iron",), "ug/dL", 5.585, (50, 150), None, 0),
]}

QUALS: dict[str, QualTest] = {q.key: q for q in [
    QualTest("hbsag", "乙肝表面抗原", "HBsAg", "Hepatitis B Surface Antigen (HBsAg)",
             "阴性", "Non Reactive", en_ref="Non Reactive"),
    QualTest("hbsab", "乙肝表面抗体", "HBsAb", "Hepatitis B Surface Antibody (Anti-HBs)",
             "阴性", "Negative"),
    QualTest("hbeag", "乙肝e抗原", "HBeAg", "HBeAg", "阴性", "Negative"),
    QualTest("hbcab", "乙肝核心抗体", "HBcAb", "Anti-HBc Total", "阴性", "Negative"),
    QualTest("c13", "碳13尿素呼气试验", "13C-UBT", "H. pylori Urea Breath Test (C13)", "阴性",
             "Negative"),
    QualTest("fobt", "大便潜血", "OB", "Stool Occult Blood", "阴性", "Negative"),
    QualTest("u_pro", "尿蛋白", "PRO", "Urine Protein", "阴性", "Nil", en_ref="Nil"),
    QualTest("u_bld", "尿潜血", "BLD", "Blood (Urine)", "阴性", "Negative"),
    QualTest("u_leu", "尿白细胞", "LEU", "Leucocyte Esterase (Urine)", "阴性", "Negative"),
    QualTest("u_glu", "尿糖", "GLU", "Urine Glucose", "阴性", "Nil", en_ref="Nil"),
    QualTest("u_ket", "尿酮体", "KET", "Urine Ketones", "阴性", "Negative"),
]}

# Chinese panels (the lab pages of a chain check-up) and English panels (full-body packages)
ZH_PANELS: dict[str, tuple[str, tuple[str, ...]]] = {
    "cbc": ("血常规", ("wbc", "neut", "lymph", "rbc", "hgb", "hct", "mcv", "mch", "plt")),
    "urine": ("尿常规", ("u_pro", "u_glu", "u_ket", "u_bld", "u_leu")),
    "liver": ("肝功能", ("alt", "ast", "ggt", "alp", "tbil", "alb")),
    "kidney": ("肾功能", ("urea", "crea", "ua")),
    "lipid": ("血脂四项", ("tc", "tg", "hdl", "ldl")),
    "glucose": ("血糖", ("glu", "hba1c")),
    "thyroid": ("甲状腺功能", ("tsh", "ft3", "ft4")),
    "electrolytes": ("电解质", ("k", "na")),
    "tumour": ("肿瘤标志物", ("afp", "cea", "ca199", "psa")),
    "hbv": ("乙肝五项", ("hbsag", "hbsab", "hbeag", "hbcab")),
    "c13": ("碳13呼气试验", ("c13",)),
    "stool": ("大便常规+潜血", ("fobt",)),
    "vitamins": ("维生素及铁代谢", ("vitd", "b12", "ferritin")),
}
EN_PANELS: dict[str, tuple[str, tuple[str, ...]]] = {
    "cbc": ("COMPLETE BLOOD COUNT (CBC)", ("hgb", "rbc", "hct", "mcv", "mch", "wbc", "neut",
                                          "lymph", "plt")),
    "lipid": ("LIPID PROFILE", ("tc", "tg", "hdl", "ldl")),
    "liver": ("LIVER FUNCTION TEST (LFT)", ("tbil", "ast", "alt", "ggt", "alp", "alb")),
    "kidney": ("KIDNEY FUNCTION TEST (KFT)", ("urea", "crea", "ua")),
    "glucose": ("DIABETES PANEL", ("glu", "hba1c")),
    "thyroid": ("THYROID PROFILE", ("ft3", "ft4", "tsh")),
    "electrolytes": ("ELECTROLYTES", ("na", "k")),
    "vitamins": ("VITAMINS", ("vitd", "b12")),
    "iron": ("IRON STUDIES", ("iron", "ferritin")),
    "tumour": ("CANCER MARKERS", ("cea", "afp", "psa")),
    "hbv": ("HEPATITIS PANEL", ("hbsag", "hbsab")),
    "urine": ("URINE ROUTINE EXAMINATION", ("u_pro", "u_glu", "u_ket", "u_bld", "u_leu")),
    "stool": ("STOOL EXAMINATION", ("fobt",)),
    "c13": ("H. PYLORI", ("c13",)),
}
