"""Disease, drug and procedure terms in card text, and term grounding (DESIGN §2).

The vocabulary is resources/safety/terms.tsv, extracted by scripts/build_safety_vocab.py from
published lists (MeSH diseases and medicines, ICD-10-CM categories, translated names; see
resources/safety/SOURCES.md). Words the list does not know are still recognised as disease
names by their form: English "-itis", "-osis", "-aemia", "... disease"; Chinese "…病", "…炎",
"…癌"; German "…erkrankung", "…unterfunktion"; Spanish "enfermedad …", "…itis".
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from checkup_desktop.paths import resources_dir

TERMS_FILE = "safety/terms.tsv"
MAX_WORDS = 4

# Han characters that are grammar, never part of a disease name ("符合慢性肾病" -> "慢性肾病")
_ZH_STOP = set("的了是有为和或与在您你我他她这那其可能提示符合考虑"
               "说明表明显示得患上已经就都很像属于会将成及被把让使到项个种些")
_ZH_MORPH = re.compile(
    r"[\u4e00-\u9fff]{0,6}?((?:综合征|功能减退|功能低下|功能亢进|功能衰竭|功能不全|衰竭|结石|脂肪肝|贫血|"
    r"痛风|"
    r"[甲乙丙丁戊]肝|胰岛素抵抗|缺(?:铁|钙|碘|锌|维生素\w?)|狼疮|堵了|堵塞|梗阻|甲亢|甲减|心梗|"
    r"脑梗|心衰|肾衰|骨质疏松|房颤|"
    r"中风|卒中|"
    # "肝脏脂肪堆积", "肝内脂肪沉积": fatty liver told in lay words
    r"肝(?:脏|内|细胞)?(?:内|里|中)?(?:的)?脂肪(?:堆积|沉积|浸润|蓄积|变性?)|"
    r"哮喘|高血压|"
    r"高血脂|高尿酸血症|"
    r"血症|糖尿病|肾病|肝病|心脏病|(?<!炎)症(?!状)|"
    # ("病态窦房结综合征": "病态" begins a longer name)
    # ("占位性病变" is a scan's word for a mass, not a disease)
    r"炎(?!症)|癌|瘤|(?<!占位性)(?<!占位)病(?![毒因史情人例程理历假房态])|硬化|梗死|梗塞|栓塞|血栓|"
    # check-up diagnoses the vocabulary lacks, told by their usual endings: "噪声性听力损失",
    # "老年性聋", "白内障", "骨量减少", "心肌缺血", "心脏供血不足", "心律失常", "空腹血糖受损",
    # "甲状腺肿大", "乳腺增生"
    r"听力损失|(?:耳|性)聋|白内障|骨量(?:减少|低下)|骨质减少|(?<!无)缺血(?!性|液)|(?:供血|血供)(?:不足|不良)|"
    r"(?<!窦性)心律(?:失常|不齐)|血糖受损|糖耐量(?:受损|异常|减低)|椎间盘突出|慢阻肺|肿大|"
    r"(?<!细胞)增生(?!性)|"
    # an organ said to be inflamed ("肾小球有炎症", "肝脏发炎")
    # (a verb first: "胰腺炎症等情况" in a list of causes names no one's disease)
    r"(?:肾|肝|胰腺|胆囊|甲状腺|前列腺|膀胱|胃|肠)(?:脏|小球|内|里)?(?:(?:有|出现了?|存在|发生了?)炎症|"
    r"发炎)))"
)
_ZH_TEST_AFTER = re.compile(
    r"\s*(?:的)?[\u4e00-\u9fff]{0,2}(?:标志物|抗原|抗体|筛查|检测|检查|化验|指标|指数|风险|病毒|疫苗)")
# "tests for hepatitis B", "pruebas de la hepatitis B", "Test auf Hepatitis": a test's name
_TEST_BEFORE = re.compile(
    r"\b(?:tests?|testing|screening|pruebas?|análisis|serología|cribado|Tests?|Suchtest|"
    r"Untersuchung(?:en)?)\s+(?:for|of|de(?:\s+la|\s+los)?|del|auf|für|zur?)\s+$", re.I)

_EN_MORPH = re.compile(
    r"\b(?!(?:diagnosis|prognosis|hypnosis|osmosis|symbiosis|empathy|sympathy|telepathy|"
    r"homeopathy|osteopathy|aroma|stoma|diploma|soma|chroma|coma)\b)"
    # ("Tablettendosis", "Insulindosis": a dose, not a disease in "-osis")
    r"(?![a-z]*dosis\b)"
    r"[a-z]{3,}(?:itis|osis|oses|a?emias?|pathy|pathies|omas?|plasias?|megaly)\b"
    r"|\b(?:(?!(?:of|the|a|an|and|or|with|to|for|in|on|your|my|this|that|these|any|some|is|are|"
    r"be|can|may|might|could|no|not|other|certain|kind)\b)[a-z'-]+\s+){0,2}(?:diseases?|"
    r"disorders?|syndromes?|cancers?|carcinomas?|tumou?rs?|"
    r"failure|insufficiency|deficiency)\b"
    r"|\b(?:hashimoto|graves|gilbert|cushing|addison|crohn|wilson|conn|paget|alzheimer|parkinson|"
    r"hodgkin|raynaud|sjögren|sjogren|behçet|behcet|basedow)(?:'s|')?(?=\W|$)"
    r"|\b(?:pre-?)?diabet(?:es|ic)\b|\bgout\b|\bfatty[- ]liver\b|\b(?:hypo|hyper)[a-z]{5,}ism\b"
    r"|\b(?:under|over)[- ]?active (?:thyroid|gland)\b|\b(?:reduced|impaired|poor|decreased|"
    r"failing) (?:kidney|renal|liver|thyroid|heart) function\b|\b[a-z]+ enlargement\b|"
    r"\benlarged (?:prostate|liver|spleen|heart|thyroid)\b|\b(?:blocked|obstructed|clogged|"
    r"narrowed|leaking|leaky) (?:bile )?[a-z]+\b|\binsulin resistance\b|\b(?:renal|kidney|liver|"
    r"hepatic|cognitive|thyroid) impairment\b|\b(?:kidney|liver|renal|"
    r"heart) "
    r"(?:damage|failure|disease)\b"
    # a disease told in lay words: "a thyroid that is not working hard enough", "fat building
    # up in the liver"
    r"|\b(?:thyroid|thyroid gland|kidneys?|liver|heart|pancreas|adrenal glands?) (?:that|which) "
    r"(?:(?:is|are|has been|have been) (?:\w+ )?(?:not working|under-?performing|struggling|"
    r"working (?:too|less|below|harder|overtime|more slowly|slowly))|(?:isn't|aren't|is not|"
    r"are not|doesn't|don't|does not|do not) (?:\w+ )?(?:working|work|filter\w*|mak\w+ enough)|"
    r"works? (?:too|less|below|harder|overtime|more slowly|slowly))"
    r"|\b(?:fat(?:ty)? (?:build-?up|deposits?|accumulation|infiltration|storage)|(?:build-?up|"
    r"accumulation|deposits?|storage) of fat|fat building up|(?<!extra )(?<!more )(?<!some )"
    r"(?<!increased )fat) in (?:the|your) liver\b"
    # "hypertension" (the vocabulary has only longer names with it), "osteopenia"-like names
    r"|\b(?:pre-?)?hypertension\b|\b[a-z]{3,}penias?\b"
    # an ECG's conduction block named as the person's ("first-degree heart block")
    r"|\b(?:(?:first|second|third|1st|2nd|3rd)[- ]degree )?(?:heart|av|atrioventricular) block\b"
    # an organ said to be inflamed, or its blood supply reduced: a disease in lay words
    r"|\binflamed (?:kidneys?|kidney filters|liver|pancreas|gallbladder|prostate|bladder|stomach|"
    r"bowel|gut|colon|thyroid)\b|\binflammation (?:of|in) (?:the |your )?(?:kidneys?|kidney "
    r"filters|liver|pancreas|gallbladder|prostate|bladder|stomach|bowel|gut|colon|thyroid)\b|"
    r"\b(?:kidney|liver|pancreas|bladder|bowel|stomach|thyroid|prostate) inflammation\b|"
    r"\b(?:reduced|poor|restricted|insufficient|not enough) blood (?:supply|flow) to "
    r"(?:the |your )?(?:heart(?: muscle)?|brain)\b"
    # "a thickened heart muscle", "a stiff heart": left ventricular hypertrophy in lay words
    r"|\b(?:thickened|thicker|stiff(?:ened)?|weakened|enlarged) (?:heart muscle|heart wall|"
    r"walls? of the heart|heart)\b"
    # stones told in lay words ("your gallbladder is full of stones", "stones in the kidney")
    r"|\b(?:gallbladder|kidneys?|bladder) (?:is |are )?full of (?:small )?stones\b|\bstones? in "
    r"(?:the |your )?(?:gallbladder|kidneys?|bladder)\b"
)
_ES_MORPH = re.compile(
    r"\b(?!(?:síntomas?|idiomas?|aromas?|diplomas?|genomas?|cromosomas?|ribosomas?)\b)"
    r"[a-záéíóúñ]{3,}(?:itis|osis|emias?|patías?|omas?)\b"
    r"|\b(?:enfermedad|enfermedades|síndrome|trastorno|cáncer|insuficiencia|deficiencia)"
    r"(?:\s+(?:de(?:l| la| los)?\s+)?[a-záéíóúñ]+){0,2}"
    r"|\b(?:pre)?diabetes\b|\b(?:pre)?diabétic[oa]\b|\bhip[oe]r?tensi[oó]n\b|\bhipotensi[oó]n\b|"
    r"\bgota\b|\bhígado graso\b|\b(?:hipo|"
    r"hiper)[a-zíé]{5,}ismo\b"
    r"|\banemia\s+\w+|\bfunción (?:renal|hepática|tiroidea) (?:reducida|disminuida|alterada)\b"
    # an ECG's conduction block named as the person's ("un bloqueo auriculoventricular")
    r"|\bbloqueo (?:auriculoventricular|av|cardíaco)\b"
    r"|\binfecci[oó]n (?:de|del|urinaria|respiratoria|bacteriana|viral)(?: \w+)?"
    r"|\b(?!sist)\w+émic[oa]s?\b|\b\w+ (?:\w+ )?(?:obstruid[oa]|tapad[oa]|estrechad[oa])\b|"
    r"\bresistencia a la \w+"
    r"|\btiroides (?:hipoactiv[oa]|hiperactiv[oa]|perezos[oa])\b"
    # a disease told in lay words: "una tiroides que funciona por debajo de lo normal", "una
    # acumulación de grasa en el hígado"
    r"|\b(?:tiroides|riñ[oó]n|riñones|hígado|corazón|páncreas|glándulas? suprarrenal\w*) que "
    r"(?:no (?:funciona|trabaja|filtra|rinde)\w* (?:bien|como debería|lo suficiente|"
    r"correctamente|del todo bien)|(?:funciona|trabaja|filtra|rinde)\w* (?:por debajo|por encima|"
    r"menos|de menos|de más|más de la cuenta|poco|mal|demasiado|en exceso|lent\w+|más despacio|"
    r"a medio gas))"
    r"|\b(?:(?:acumulaci[oó]n|dep[oó]sitos?|infiltraci[oó]n|exceso) (?:de )?grasa |grasa "
    r"(?:acumulada )?)(?:en el|del) hígado\b|\binfiltraci[oó]n grasa\b|\bhígado con grasa\b"
    # check-up diagnoses the short Spanish list lacks: "hipoacusia", "presbiacusia", "pérdida de
    # audición", "osteopenia"-like names, "arritmia", "hipertrofia ventricular", "litiasis",
    # "cálculos renales", "bocio", "microalbuminuria" (an ECG's "bloqueo de rama" is the
    # report's word, quoted)
    r"|\b[a-záéíóúñ]*acusias?\b|\bpérdida (?:de (?:la )?audición|auditiva)\b|"
    r"\b[a-záéíóúñ]{3,}penias?\b|\barritmias?\b(?! sinusal)|"
    # ("piedra en el riñón" is the knowledge base's own title for a stone seen on a scan)
    r"\b(?:hipertrofia|atrofia)\b|\blitiasis\b|\bcálculos? (?:renal|biliar)\w*|\bbocio\b|"
    r"\bcataratas?\b|"
    r"\b(?:micro)?(?:albumin|protein|hemat|glucos|leucocit|bacteri)urias?\b|"
    # an organ enlarged or inflamed: a disease in lay words ("próstata agrandada", "una pequeña
    # inflamación de sus riñones", "los riñones inflamados")
    r"\b(?:próstata|hígado|bazo|tiroides|corazón) (?:agrandad[oa]|aumentad[oa] de tamaño)\b|"
    r"\bagrandamiento (?:de la|del) (?:próstata|hígado|bazo|tiroides|corazón)\b|"
    r"\binflamaci[oó]n (?:de|del|en) (?:(?:los|las|el|la|sus|su)\s+)?(?:riñ[oó]n\w*|hígado|"
    r"páncreas|tiroides|vesícula|próstata|estómago|intestino|colon|vejiga|filtros? del riñ[oó]n)\b|"
    r"\b(?:riñones|riñ[oó]n|hígado|páncreas|tiroides|vesícula|próstata|estómago|intestino|vejiga) "
    r"inflamad[oa]s?\b|"
    # too little blood reaching the heart ("una falta de riego en el corazón"): ischaemia
    r"\b(?:falta|déficit|disminución|reducción|problemas?) de riego(?: sanguíneo)? (?:en el|al|del|"
    r"de su) (?:corazón|cerebro|músculo cardíaco)\b|\b(?:poco|mal|menos) riego(?: sanguíneo)? "
    r"(?:en el|al) (?:corazón|cerebro)\b"
)
_DE_MORPH = re.compile(
    # sugars and words that end like a disease, alone or at the end of a compound
    # ("Nüchternglukose" is a test, "Verdachtsdiagnose" no disease)
    r"\b(?![a-zäöüß]*(?:glukose|glucose|laktose|fruktose|diagnose|prognose|dose)\b)"
    r"(?!(?:hose|rose|lose|cellulose|symptom|atom|strom|phantom)\b)(?![a-zäöüß]*los(?:e|en|er|es)?\b)"
    r"[a-zäöüß]{3,}(?:itis|osen?|ämien?|pathien?|ome?)\b"
    # (with the genitive: "wegen meines Bluthochdrucks", "des Krebses")
    r"|\b[a-zäöüß]*(?:krankheit|krankheiten|erkrankung|erkrankungen|syndrom|syndroms|krebs|krebses|"
    r"karzinom|karzinoms|insuffizienz|unterfunktion|überfunktion|schwäche|anämie|fettleber|gicht|"
    r"diabetes)\b"
    r"|\bmorbus \w+|\b\w+infekt(?:ion)?\w*|\b\w*hochdruck(?:s|es)?\b|\b(?:prä)?diabet\w*\b"
    r"|\b\w+resistenz\b|\b(?:eisen|vitamin\w*|jod|zink|folsäure|kalzium|calcium|magnesium|"
    r"b12)mangel\w*|\b(?:vermindert|eingeschränkt|reduziert)\w* \w*funktion\b|\b(?:verstopft|"
    r"verengt|"
    r"verschlossen)\w* \w+"
    # a disease told in lay words: "eine Schilddrüse, die zu wenig arbeitet", "Fetteinlagerungen
    # in der Leber", "Leberverfettung"
    r"|\b(?:schilddrüse|niere|nieren|leber|herz|bauchspeicheldrüse|nebennieren?),? die "
    r"(?:(?!nicht\b|kein\w*)\w+ )?"
    r"(?:zu wenig|zu viel|zu langsam|zu schnell|nicht (?:mehr )?(?:richtig|ausreichend|gut|genug)|"
    r"nur (?:noch )?eingeschränkt|unzureichend|schwächer|vermindert)(?: \w+)? (?:arbeite\w*|"
    r"funktionier\w*|filter\w*|produzier\w*)\b"
    # ("vermehrtes Fett in der Leber", "extra fat in the liver": the knowledge base's words for
    # what a scan shows, an amount, not a name)
    r"|\b(?:fett(?:einlagerung|ansammlung|ablagerung|speicherung)\w*|(?<!vermehrtes )"
    r"(?<!etwas )(?<!mehr )(?<!erhöhtes )(?<!extra )fett) in der leber\b|"
    r"\b\w*verfettung\b"
    # check-up diagnoses the short German list lacks: "Altersschwerhörigkeit", "Hörminderung",
    # "Osteopenie", "Prostatavergrößerung", "Fettstoffwechselstörung",
    # "Linksherzhypertrophie", "Gallensteine", "Struma", "Katarakt", "Blutarmut" (an ECG's
    # "Schenkelblock", a urine report's "Mikrohämaturie" are the report's words, quoted)
    r"|\b[a-zäöüß]*schwerhörigkeit\b|\bhör(?:minderung|sturz)\b|\b[a-zäöüß]{3,}penie\b|"
    r"\b[a-zäöüß]+vergrößerung\b|\bvergrößerte[nrs]? (?:prostata|leber|milz|schilddrüse|herz)\b|"
    r"\b[a-zäöüß]+störung(?:en)?\b|"
    r"\b(?:arterielle )?(?:hyper|hypo)tonie\b|\bsportlerherz\w*|\b[a-zäöüß]*trophie\b|\b(?:gallen|"
    r"nieren|harn|blasen|harnleiter)stein\w*|\bstruma\b|"
    r"\bkropf\b|\bkatarakt\b|\b(?:grau|grün)e[rnm]? star(?:s|es)?\b|\bblutarmut\b|"
    # an organ said to be inflamed ("Nierenentzündung", "eine Entzündung der Nieren")
    r"\b[a-zäöüß]+entzündung(?:en)?\b|\bentzündung(?:en)? (?:der|in der|an der|im|des) "
    r"(?:nieren?|leber|bauchspeicheldrüse|gallenblase|prostata|blase|schilddrüse|magen\w*|darm\w*)\b"
)
_TEST_AFTER = re.compile(
    # ("Hepatitis-Serologie": a test's name joined by a hyphen)
    r"[\s-]*(?:[a-z0-9]{1,3}\s+)?(?:blood\s+)?(?:markers?|tests?|screen(?:ing)?|antigens?|"
    r"antibod(?:y|ies)|"
    r"virus|panel|serology|serolog(?:ie|ía)|"
    r"risk|marcador\w*|prueba\w*|antígeno|anticuerpos|riesgo|marker|antikörper|risiko)\b", re.I)

_TEST_COMPOUND = re.compile(r"(?:risiko|test|tests|wert|werte|werten|screening|marker|vorsorge|"
                            r"risk|riesgo)$", re.I)
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d+[\w-]*")


@dataclass(frozen=True)
class Term:
    text: str
    kind: str  # condition | drug | procedure
    start: int
    end: int


def normalize(text: str) -> str:
    """NFKC, lower case; keeps the length of NFKC text, so positions match (no casefold:
    "ß" -> "ss" would shift them)."""
    return unicodedata.normalize("NFKC", text).replace("’", "'").lower()


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, dict[str, str]]:
    """{lang: {term: kind}} ('en' terms are matched in every Latin-script language)."""
    out: dict[str, dict[str, str]] = {"en": {}, "es": {}, "de": {}, "zh": {}}
    path = resources_dir() / TERMS_FILE
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            table = out.setdefault(row["lang"], {})
            table.setdefault(normalize(row["term"]), row["kind"])
    return out


@lru_cache(maxsize=1)
def _zh_vocab_rx() -> re.Pattern:
    words = sorted(vocabulary()["zh"], key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


@lru_cache(maxsize=1)
def test_names() -> frozenset[str]:
    """Names and aliases of the knowledge base's lab tests: a drug word that is a test's name
    ("insulin", "vitamin D", "胰岛素") is not advice on its own."""
    names: set[str] = set()
    try:
        from checkup_desktop.core.knowledge import load_knowledge

        kb = load_knowledge()
        for a in getattr(kb, "analytes", {}).values():
            for n in [*getattr(a, "aliases", []), *dict(getattr(a, "name", {}) or {}).values()]:
                names.add(normalize(str(n)))
    except Exception:  # noqa: BLE001 - the checker works without the knowledge base
        pass
    return frozenset(names)


_NUTRIENT = re.compile(
    r"^(?:vitamin[ae]?|vitamine|folate|folato|folat|folic acid|folsäure|ácido fólico|iron|hierro|"
    r"eisen|"
    r"calcium|calcio|kalzium|potassium|potasio|kalium|sodium|sodio|natrium|magnesium|magnesio|"
    r"zinc|zink|iodine|yodo|jod|ferritin|ferritina|insulin|insulina|cholesterol|colesterol|"
    r"glucose|glucosa|glukose|albumin|albúmina|urea|harnstoff|thyroxine?|tiroxina|oxygen|oxígeno|"
    r"sauerstoff|water|agua|wasser|叶酸|维生素|铁|钙|钾|钠|镁|锌|碘|胰岛素|胆固醇|葡萄糖|白蛋白|"
    r"甲状腺素)\b")


def is_test_substance(term: str) -> bool:
    parts = re.split(r"[-\s]+", normalize(term))
    if len(parts) > 1 and any(_is_test_substance(p) for p in parts if len(p) >= 3):
        return True
    return _is_test_substance(term)


def _is_test_substance(term: str) -> bool:
    t = normalize(term)
    return bool(_NUTRIENT.match(t)) or t in test_names() or any(
        re.search(rf"(?<!\w){re.escape(t)}(?!\w)", n) for n in test_names() if len(t) >= 4
        and t in n)


def _variant_kind(table: dict[str, str], phrase: str, lang: str) -> str | None:
    """The Spanish and German lists hold one form of a name: "catarata" finds "cataratas",
    "Bluthochdrucks" (genitive) finds "Bluthochdruck". Conditions only, words of 6 letters or
    more ("gotas" is not "gota")."""
    last = phrase.rsplit(" ", 1)[-1]
    if len(last) < 6:
        return None
    ends = ("s", "es") if lang == "es" else ("s", "es", "n", "en")
    forms = [phrase + "s"] + [phrase[:-len(e)] for e in ends if phrase.endswith(e)]
    for form in forms:
        if table.get(form) == "condition":
            return "condition"
    return None


def _latin_terms(text: str, lang: str) -> list[Term]:
    vocab = vocabulary()
    tables = [vocab.get(lang, {})] + ([vocab["en"]] if lang != "en" else [])
    low = normalize(text)
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(low)]
    out: list[Term] = []
    i = 0
    while i < len(toks):
        hit = None
        for n in range(min(MAX_WORDS, len(toks) - i), 0, -1):
            start, end = toks[i][0], toks[i + n - 1][1]
            phrase = " ".join(t for _, _, t in toks[i:i + n])
            for table in tables:
                kind = table.get(phrase) or table.get(low[start:end])
                if not kind and lang in ("es", "de") and table is vocab.get(lang):
                    kind = _variant_kind(table, phrase, lang)
                if not kind and n == 1 and table is vocab["en"] and lang in ("es", "de"):
                    # a Spanish or German form of an English medicine name (biotina, Statine,
                    # Prednisolon)
                    for word in phrase.split("-"):
                        for cut in ("as", "os", "a", "o", "e", "en", ""):
                            base = word[:-len(cut)] if cut and word.endswith(cut) else word
                            found = (table.get(base), table.get(base + "e"))
                            if len(base) >= 5 and "drug" in found:
                                kind = "drug"
                                break
                        if kind:
                            break
                # short English words are matched only in English text (Spanish "gota")
                if kind and (table is vocab.get(lang) or len(phrase) >= 6):
                    hit = Term(text[start:end], kind, start, end)
                    break
            if hit:
                break
        if hit:
            out.append(hit)
            i += len(hit.text.split()) or 1
        else:
            i += 1
    morph = {"en": _EN_MORPH, "es": _ES_MORPH, "de": _DE_MORPH}.get(lang, _EN_MORPH)
    for rx in {morph, _EN_MORPH}:
        for m in rx.finditer(low):
            if any(t.start <= m.start() < t.end or m.start() <= t.start < m.end() for t in out):
                continue
            out.append(Term(text[m.start():m.end()], "condition", m.start(), m.end()))
    return sorted(out, key=lambda t: t.start)


def _zh_terms(text: str) -> list[Term]:
    out: list[Term] = []
    norm = unicodedata.normalize("NFKC", text)
    if vocabulary()["zh"]:
        for m in _zh_vocab_rx().finditer(norm):
            out.append(Term(m.group(0), vocabulary()["zh"][m.group(0)], m.start(), m.end()))
    for m in _ZH_MORPH.finditer(norm):
        s, e = m.start(), m.end()
        # grammar is cut from the words before the morpheme, never inside it ("综合征": 合)
        cut = max((i for i in range(s, m.start(1)) if norm[i] in _ZH_STOP), default=s - 1)
        s = max(s, cut + 1)
        # an early stage is said of the disease, not part of its name ("早期脂肪肝": "早期" is
        # the diagnosis rules' cue)
        if norm[s:s + 2] in ("早期", "初期") and s + 2 <= m.start(1):
            s += 2
        overlap = [t for t in out if t.start <= s < t.end or s <= t.start < e]
        if any(t.end - t.start >= e - s for t in overlap):
            continue
        # a longer disease name wins over a word inside it (胰岛素抵抗 over 胰岛素)
        out = [t for t in out if t not in overlap]
        out.append(Term(norm[s:e], "condition", s, e))
    return sorted(out, key=lambda t: t.start)


# disease abbreviations, matched in capitals only (TSH, ALT and other test names are not here)
_ACRONYM = re.compile(
    r"(?<![A-Za-z])(?:ITP|PTI|CKD|ERC|NAFLD|NASH|MASLD|COPD|EPOC|IBD|IBS|PCOS|SOP|GERD|ERGE|UTI|"
    r"ITU|"
    r"HWI|DVT|TVP|CHF|T2DM?|DM2|CLL|LLC|CML|LMC|AML|MGUS|MDS|PMR|SLE|TIA|HFrEF|HFpEF|NIDDM|IDDM)"
    # "CKD-EPI" and "MDRD" name the formula an eGFR is computed with, not a disease
    r"(?![A-Za-z]|-EPI)")


def find_terms(text: str, lang: str = "en") -> list[Term]:
    """Disease, drug and procedure terms in `text` (vocabulary first, then word forms).
    Positions are in the NFKC form of `text`."""
    return list(_find_terms(unicodedata.normalize("NFKC", text), lang))


@lru_cache(maxsize=4096)
def _find_terms(text: str, lang: str) -> tuple[Term, ...]:
    terms = _zh_terms(text) if re.search(r"[\u4e00-\u9fff]", text) else []
    terms += [t for t in _latin_terms(text, "en" if lang == "zh" else lang)
              if not any(z.start <= t.start < z.end for z in terms)]
    out = []
    for m in _ACRONYM.finditer(text):
        if not any(t.start <= m.start() < t.end for t in terms):
            terms.append(Term(m.group(0), "condition", m.start(), m.end()))
    for t in sorted(terms, key=lambda t: t.start):
        after = text[t.end:t.end + 14]
        if t.kind == "condition" and (_TEST_AFTER.match(after) or _ZH_TEST_AFTER.match(after)
                                      or _TEST_COMPOUND.search(t.text)
                                      or _TEST_BEFORE.search(text[max(0, t.start - 30):t.start])):
            continue  # "tumour marker", "hepatitis B antigen", "Diabetesrisiko": a test's name
        out.append(t)
    return tuple(out)


def conditions(text: str, lang: str = "en") -> list[Term]:
    return [t for t in find_terms(text, lang) if t.kind == "condition"]


# Lay names of a class of medicines the lists file as medicines ("Schmerzmittel", "analgésicos",
# "止痛药", as "painkillers"; "anticoagulantes", as "blood thinners"): the treatment rules judge
# them in context (one the person takes, or one named as a cause of a result, is no advice), as
# they judge "painkillers"
LAY_CLASSES = frozenset({"schmerzmittel", "analgésicos", "analgésico", "anticoagulantes",
                         "anticoagulante", "止痛药"})


def drugs(text: str, lang: str = "en") -> list[Term]:
    """Medicine names that are not also the name of a lab test ("metformin", not "insulin"), nor a
    lay name of a class of medicines (LAY_CLASSES)."""
    return [t for t in find_terms(text, lang) if t.kind == "drug"
            and not is_test_substance(t.text) and normalize(t.text) not in LAY_CLASSES]


def _stem(word: str) -> str:
    w = normalize(word)
    for suffix in ("'s", "es", "s", "en", "n", "e"):
        if len(w) > 5 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def ungrounded_terms(text: str, allowed_text: str, lang: str = "en") -> list[str]:
    """Disease, drug and procedure terms of `text` that `allowed_text` (the card's knowledge-base
    entry and evidence) does not contain: model text may use only those."""
    allowed = normalize(allowed_text)
    allowed_terms = {_stem(t.text) for t in find_terms(allowed_text, lang)}
    allowed_words = {_stem(w) for w in _TOKEN.findall(allowed)}
    out = []
    for t in find_terms(text, lang):
        word = normalize(t.text)
        if word in allowed or _stem(word) in allowed_terms or _stem(word) in allowed:
            continue
        words = [_stem(w) for w in _TOKEN.findall(word)]
        if len(words) > 1 and all(w in allowed_words for w in words):
            continue  # "heart disease" where the entry says "heart and blood vessel disease"
        if t.text not in out:
            out.append(t.text)
    return out
