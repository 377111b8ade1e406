"""How each analyte is printed: label variants (English, Chinese, Italian), units, ranges,
and the panels (sections) real labs group them in."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Unit:
    name: str
    factor: float  # printed = canonical * factor
    dec: int  # decimals printed; negative rounds counts (-3: to thousands)


@dataclass(frozen=True)
class Lab:
    key: str
    en: tuple[str, ...]  # English label variants
    zh: str
    unit: Unit  # canonical (US conventional) unit
    lo: float | None  # canonical reference range; None = open side
    hi: float | None
    kind: str = "two"  # two | lt ("< 200") | gt ("> 40") | upto ("Up to 46")
    it: str = ""  # Italian label ("" = use English)
    si: Unit | None = None  # how Chinese reports print it (None = same as canonical)
    indian: Unit | None = None  # Indian counts per cumm
    method: str = ""
    sex_ranges: dict[str, tuple[float, float]] = field(default_factory=dict)


@dataclass(frozen=True)
class Qual:
    """A qualitative row: urinalysis or serology."""

    key: str
    en: tuple[str, ...]
    zh: str
    normal: tuple[str, ...]
    abnormal: tuple[str, ...]
    reference: tuple[str, ...]


U = Unit
LABS: dict[str, Lab] = {x.key: x for x in [
    Lab("hb", ("Hemoglobin (Hb)", "HAEMOGLOBIN", "Hemoglobin"), "血红蛋白(HGB)",
        U("g/dL", 1, 1), 13.0, 17.0, it="EMOGLOBINA", si=U("g/L", 10, 0), method="Photometry",
        sex_ranges={"M": (13.0, 17.0), "F": (12.0, 15.0)}),
    Lab("rbc", ("Total RBC count", "R.B.C. Count", "RBC Count"), "红细胞计数(RBC)",
        U("mill/cumm", 1, 2), 4.2, 5.6, it="GLOBULI ROSSI", si=U("10^12/L", 1, 2),
        method="Electrical Impedance"),
    Lab("hct", ("Packed Cell Volume (PCV)", "HEMATOCRIT VALUE, HCT", "PCV"), "红细胞压积(HCT)",
        U("%", 1, 1), 37.0, 50.0, it="EMATOCRITO", method="Calculated"),
    Lab("mcv", ("Mean Corpuscular Volume (MCV)", "MCV"), "平均红细胞体积(MCV)",
        U("fL", 1, 1), 80.0, 100.0, it="VOLUME GLOBULARE MEDIO (MCV)", method="Calculated"),
    Lab("mch", ("Mean Corpuscular Hb (MCH)", "MCH"), "平均血红蛋白含量(MCH)",
        U("pg", 1, 1), 27.0, 32.0, it="CONTENUTO MEDIO DI HB (MCH)", method="Calculated"),
    Lab("mchc", ("MCHC",), "平均血红蛋白浓度(MCHC)", U("g/dL", 1, 1), 32.0, 36.0,
        it="CONCENTRAZIONE MEDIA DI HB (MCHC)", si=U("g/L", 10, 0), method="Calculated"),
    Lab("rdw_cv", ("RDW-CV", "Red Cell Distribution Width (RDW-CV)"), "红细胞分布宽度(RDW-CV)",
        U("%", 1, 1), 11.5, 14.5, method="Calculated"),
    Lab("wbc", ("Total WBC count", "TOTAL LEUKOCYTE COUNT", "W.B.C. Count (TLC)"),
        "白细胞计数(WBC)", U("x10^3/µL", 1, 2), 4.0, 11.0, it="GLOBULI BIANCHI",
        si=U("10^9/L", 1, 2), indian=U("/cumm", 1000, -1), method="Flow Cytometry"),
    Lab("neut_pct", ("Neutrophils", "NEUTROPHILS"), "中性粒细胞百分比(NEUT%)", U("%", 1, 1),
        40.0, 70.0, it="NEUTROFILI"),
    Lab("lymph_pct", ("Lymphocytes", "LYMPHOCYTE"), "淋巴细胞百分比(LYMPH%)", U("%", 1, 1),
        20.0, 40.0, it="LINFOCITI"),
    Lab("mono_pct", ("Monocytes", "MONOCYTES"), "单核细胞百分比(MONO%)", U("%", 1, 1),
        2.0, 10.0, it="MONOCITI"),
    Lab("eos_pct", ("Eosinophils", "EOSINOPHILS"), "嗜酸性粒细胞百分比(EO%)", U("%", 1, 1),
        1.0, 6.0, it="EOSINOFILI"),
    Lab("plt", ("Platelet Count", "PLATELET COUNT"), "血小板计数(PLT)",
        U("x10^3/µL", 1, 0), 150.0, 410.0, it="PIASTRINE", si=U("10^9/L", 1, 0),
        indian=U("/cumm", 1000, -3), method="Electrical Impedance"),
    Lab("mpv", ("MPV", "Mean Platelet Volume (MPV)"), "平均血小板体积(MPV)", U("fL", 1, 1),
        7.5, 11.5),
    Lab("tc", ("Total Cholesterol", "Cholesterol Total"), "总胆固醇(TC)", U("mg/dL", 1, 0),
        None, 200.0, "lt", it="COLESTEROLO TOTALE", si=U("mmol/L", 0.02586, 2),
        method="Spectrophotometry"),
    Lab("ldl", ("LDL Cholesterol", "LDL-C (Direct)"), "低密度脂蛋白胆固醇(LDL-C)",
        U("mg/dL", 1, 0), None, 130.0, "lt", it="COLESTEROLO LDL", si=U("mmol/L", 0.02586, 2),
        method="Calculated"),
    Lab("hdl", ("HDL Cholesterol", "HDL-C (Direct)"), "高密度脂蛋白胆固醇(HDL-C)",
        U("mg/dL", 1, 0), 40.0, None, "gt", it="COLESTEROLO HDL", si=U("mmol/L", 0.02586, 2),
        method="Spectrophotometry"),
    Lab("tg", ("Triglycerides", "Serum Triglycerides"), "甘油三酯(TG)", U("mg/dL", 1, 0),
        None, 150.0, "lt", it="TRIGLICERIDI", si=U("mmol/L", 0.01129, 2),
        method="Spectrophotometry"),
    Lab("vldl", ("VLDL Cholesterol",), "极低密度脂蛋白(VLDL)", U("mg/dL", 1, 0), None, 30.0,
        "lt", method="Calculated"),
    Lab("fbs", ("Fasting Blood Sugar", "Glucose, Fasting (FBS)", "Blood Sugar - Fasting"),
        "空腹血糖(GLU)", U("mg/dL", 1, 0), 70.0, 100.0, it="GLUCOSIO",
        si=U("mmol/L", 0.0555, 2), method="GOD/POD"),
    Lab("hba1c", ("HbA1c", "HbA1C"), "糖化血红蛋白(HbA1c)", U("%", 1, 1), None, 5.7, "lt",
        method="HPLC"),
    Lab("alt", ("SGPT (ALT)", "S.G.P.T.", "ALT (SGPT)"), "谷丙转氨酶(ALT)", U("U/L", 1, 1),
        None, 49.0, "upto", it="ALT (GPT)", method="IFCC without P5P"),
    Lab("ast", ("SGOT (AST)", "S.G.O.T.", "AST (SGOT)"), "谷草转氨酶(AST)", U("U/L", 1, 1),
        None, 46.0, "upto", it="AST (GOT)", method="IFCC without P5P"),
    Lab("ggt", ("GGT", "G.G.T.P", "Gamma GT (GGT)"), "谷氨酰转肽酶(GGT)", U("U/L", 1, 0),
        8.0, 61.0, it="GAMMA GT"),
    Lab("alp", ("Alkaline Phosphatase", "ALP"), "碱性磷酸酶(ALP)", U("U/L", 1, 0), 40.0, 129.0,
        it="FOSFATASI ALCALINA"),
    Lab("tbil", ("Bilirubin Total", "Total Bilirubin"), "总胆红素(TBIL)", U("mg/dL", 1, 2),
        0.3, 1.2, it="BILIRUBINA TOTALE", si=U("µmol/L", 17.1, 1), method="Diazo"),
    Lab("globulin", ("Globulin",), "球蛋白(GLB)", U("g/dL", 1, 2), 2.0, 3.5,
        si=U("g/L", 10, 1), method="Calculated"),
    Lab("ag_ratio", ("A / G Ratio", "A/G Ratio"), "白球比(A/G)", U("", 1, 2), 1.0, 2.3,
        method="Calculated"),
    Lab("creat", ("Creatinine", "Creatinine, Serum"), "肌酐(CREA)", U("mg/dL", 1, 2), 0.7, 1.3,
        it="CREATININA", si=U("µmol/L", 88.4, 0), method="Modified Jaffe, Kinetic"),
    Lab("urea", ("Urea", "Blood Urea"), "尿素(UREA)", U("mg/dL", 1, 1), 13.0, 43.0,
        it="UREA", si=U("mmol/L", 0.1665, 2), method="Urease UV"),
    Lab("bun", ("BUN (Blood Urea Nitrogen)", "Urea Nitrogen Blood"), "尿素氮(BUN)",
        U("mg/dL", 1, 1), 6.0, 20.0, method="Calculated"),
    Lab("uric", ("Uric Acid", "Uric Acid, Serum"), "尿酸(UA)", U("mg/dL", 1, 1), 3.5, 7.2,
        it="ACIDO URICO", si=U("µmol/L", 59.48, 0), method="Uricase"),
    Lab("tsh", ("TSH (ultra)", "TSH", "Thyroid Stimulating Hormone (TSH)"),
        "促甲状腺激素(TSH)", U("µIU/mL", 1, 2), 0.3, 4.5, it="TSH", method="CLIA"),
    Lab("t3", ("T3 - Triiodothyronine", "Total T3"), "总三碘甲状腺原氨酸(TT3)", U("ng/mL", 1, 2),
        0.69, 2.15, method="CLIA"),
    Lab("t4", ("T4 - Thyroxine", "Total T4"), "总甲状腺素(TT4)", U("µg/dL", 1, 2), 5.2, 12.7,
        method="CLIA"),
    Lab("ft4", ("Free T4 (FT4)",), "游离甲状腺素(FT4)", U("ng/dL", 1, 2), 0.8, 1.8,
        method="CLIA"),
    Lab("na", ("Sodium (Na+)", "Sodium"), "钠(Na)", U("mmol/L", 1, 0), 136.0, 145.0,
        method="ISE Indirect"),
    Lab("k", ("Potassium (K+)", "Potassium"), "钾(K)", U("mmol/L", 1, 1), 3.5, 5.1,
        method="ISE Indirect"),
    Lab("cl", ("Chloride (Cl-)", "Chloride"), "氯(Cl)", U("mmol/L", 1, 0), 98.0, 107.0,
        method="ISE Indirect"),
    Lab("ca", ("Calcium, Serum", "Calcium"), "钙(Ca)", U("mg/dL", 1, 2), 8.6, 10.3,
        si=U("mmol/L", 0.2495, 2), method="Arsenazo III"),
    Lab("vit_d", ("Vitamin D Total (25-OH)", "25-OH Vitamin D"), "25-羟基维生素D",
        U("ng/mL", 1, 2), 30.0, 100.0, method="CLIA"),
    Lab("b12", ("Vitamin B12", "VITAMIN B12"), "维生素B12", U("pg/mL", 1, 0), 211.0, 911.0,
        method="CLIA"),
    Lab("iron", ("Iron, Serum", "IRON"), "血清铁(Fe)", U("µg/dL", 1, 0), 60.0, 170.0,
        method="Ferene"),
    Lab("tibc", ("Total Iron Binding Capacity (TIBC)",), "总铁结合力(TIBC)", U("µg/dL", 1, 0),
        250.0, 400.0, method="Calculated"),
    Lab("tsat", ("Transferrin Saturation",), "转铁蛋白饱和度(TSAT)", U("%", 1, 1), 20.0, 50.0,
        method="Calculated"),
    Lab("ferritin", ("Ferritin", "Ferritin, Serum"), "铁蛋白(FER)", U("ng/mL", 1, 1),
        30.0, 400.0, method="CLIA"),
    Lab("crp", ("C-Reactive Protein (CRP)", "CRP, Quantitative"), "C反应蛋白(CRP)",
        U("mg/L", 10, 1), 0.0, 0.5, method="Immunoturbidimetry"),
    Lab("esr", ("E.S.R (Westergren)", "ESR"), "血沉(ESR)", U("mm/hr", 1, 0), 0.0, 20.0,
        method="Westergren"),
    Lab("psa", ("PSA, Total", "Prostate Specific Antigen (PSA)"), "前列腺特异性抗原(PSA)",
        U("ng/mL", 1, 2), 0.0, 4.0, method="CLIA"),
    Lab("cea", ("CEA", "Carcinoembryonic Antigen (CEA)"), "癌胚抗原(CEA)", U("ng/mL", 1, 2),
        0.0, 5.0, method="CLIA"),
    Lab("afp", ("AFP", "Alpha Fetoprotein (AFP)"), "甲胎蛋白(AFP)", U("ng/mL", 1, 2),
        0.0, 10.0, method="CLIA"),
    Lab("troponin", ("Troponin I, High Sensitive", "hs-Troponin I"), "高敏肌钙蛋白I(hs-cTnI)",
        U("ng/L", 1, 1), None, 19.0, "lt", method="CLIA"),
    Lab("u_sg", ("Specific Gravity",), "尿比重(SG)", U("", 1, 3), 1.005, 1.030),
    Lab("u_ph", ("Urine pH", "Reaction (pH)"), "尿酸碱度(pH)", U("", 1, 1), 5.0, 8.0),
]}

QUALS: dict[str, Qual] = {q.key: q for q in [
    Qual("u_protein", ("Urine Protein", "Protein (Urine)"), "尿蛋白(PRO)",
         ("Negative", "Nil", "Absent"), ("+", "++", "+++"), ("Negative", "Nil", "Absent")),
    Qual("u_glucose", ("Urine Sugar", "Glucose (Urine)"), "尿糖(GLU)",
         ("Negative", "Nil", "Absent"), ("+", "++"), ("Negative", "Nil", "Absent")),
    Qual("u_blood", ("Urine Occult Blood", "Blood (Urine)"), "尿潜血(BLD)",
         ("Negative", "Absent"), ("+", "Positive"), ("Negative", "Absent")),
    Qual("u_ketone", ("Urine Ketones", "Ketone Bodies"), "尿酮体(KET)",
         ("Negative", "Absent"), ("+", "Positive"), ("Negative", "Absent")),
    Qual("hbsag", ("HBsAg", "Hepatitis B Surface Antigen (HBsAg)"), "乙肝表面抗原(HBsAg)",
         ("Non Reactive", "Negative"), ("Reactive", "Positive"), ("Non Reactive", "Negative")),
    Qual("anti_hcv", ("Anti-HCV", "Hepatitis C Antibody (Anti-HCV)"), "丙肝抗体(Anti-HCV)",
         ("Non Reactive", "Negative"), ("Reactive", "Positive"), ("Non Reactive", "Negative")),
    Qual("hiv", ("HIV I & II Antibody",), "艾滋病抗体(Anti-HIV)",
         ("Non Reactive", "Negative"), ("Reactive",), ("Non Reactive",)),
    Qual("vdrl", ("VDRL",), "梅毒螺旋体抗体(TP)",
         ("Non Reactive", "Negative"), ("Reactive",), ("Non Reactive",)),
]}

ZH_QUAL = {"Negative": "阴性", "Nil": "阴性", "Absent": "阴性", "Non Reactive": "阴性",
           "Positive": "阳性", "Reactive": "阳性"}


@dataclass(frozen=True)
class Panel:
    key: str
    en: str
    zh: str
    it: str
    rows: tuple[str, ...]


PANELS: dict[str, Panel] = {p.key: p for p in [
    Panel("cbc", "COMPLETE BLOOD COUNT (CBC)", "血常规", "ESAME EMOCROMOCITOMETRICO",
          ("hb", "rbc", "hct", "mcv", "mch", "mchc", "rdw_cv", "wbc", "neut_pct", "lymph_pct",
           "mono_pct", "eos_pct", "plt", "mpv")),
    Panel("lipid", "LIPID PROFILE", "血脂", "PROFILO LIPIDICO",
          ("tc", "tg", "hdl", "ldl", "vldl")),
    Panel("sugar", "BLOOD SUGAR & HbA1c", "血糖", "GLICEMIA", ("fbs", "hba1c")),
    Panel("lft", "LIVER FUNCTION TESTS", "肝功能", "FUNZIONALITA EPATICA",
          ("tbil", "ast", "alt", "alp", "ggt", "globulin", "ag_ratio")),
    Panel("kft", "KIDNEY FUNCTION TESTS", "肾功能", "FUNZIONALITA RENALE",
          ("urea", "bun", "creat", "uric")),
    Panel("thyroid", "THYROID PROFILE", "甲状腺功能", "TIROIDE", ("t3", "t4", "tsh")),
    Panel("thyroid_free", "THYROID PROFILE (FREE)", "甲状腺功能", "TIROIDE", ("ft4", "tsh")),
    Panel("electrolytes", "SERUM ELECTROLYTES", "电解质", "ELETTROLITI", ("na", "k", "cl", "ca")),
    Panel("iron", "IRON STUDIES", "铁代谢", "ASSETTO MARZIALE",
          ("iron", "tibc", "tsat", "ferritin")),
    Panel("vitamins", "VITAMINS", "维生素", "VITAMINE", ("vit_d", "b12")),
    Panel("inflammation", "INFLAMMATION MARKERS", "炎症指标", "INFIAMMAZIONE", ("crp", "esr")),
    Panel("tumour", "TUMOUR MARKERS", "肿瘤标志物", "MARCATORI TUMORALI", ("cea", "afp", "psa")),
    Panel("cardiac", "CARDIAC MARKERS", "心肌标志物", "MARCATORI CARDIACI", ("troponin",)),
    Panel("urine", "URINE ROUTINE EXAMINATION", "尿常规", "ESAME URINE",
          ("u_sg", "u_ph", "u_protein", "u_glucose", "u_blood", "u_ketone")),
    Panel("serology", "SEROLOGY", "感染筛查", "SIEROLOGIA", ("hbsag", "anti_hcv", "hiv", "vdrl")),
]}
