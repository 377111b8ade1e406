"""Which language a sentence of card text is in (no network, no model).

Chinese and Japanese by script; Latin-script languages by their commonest function words and
the words card text uses most, plus letters and endings only one language has. Test names and
abbreviations (LDL, TSH, HbA1c, eGFR), numbers and units carry no language, so a short title
such as "TSH 偏高" or "LDL cholesterol above range" is judged on its other words only, and
a sentence with too few words to tell is not judged (None).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from checkup_desktop.core.safety.langid_words import CUES, SCATTER_EXTRA, SETS, ZH_SLIP_WORDS

CARD_LANGS = ("en", "zh", "es", "de")

_HAN = re.compile(r"[\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_OTHER_SCRIPT = re.compile(r"[\u0400-\u04ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f\u0370-\u03ff]")
# a token with a digit or capitals inside (HbA1c, eGFR, LDL-C, TSH, T4) names a test
_CODE = re.compile(r"^(?:\w*\d\w*|[A-Z]{2,}\w*|[a-z][A-Z]\w*|\w+-[A-Z]\w*)$")
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»|‹[^›]*›|「[^」]*」|\([^)]*\)|（[^）]*）")


def _latin_words(text: str) -> list[str]:
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    return [w.casefold().replace("’", "'") for w in words if not _CODE.match(w)]


def scores(text: str) -> dict[str, float]:
    """Evidence for each Latin-script language (function words weighted by how many
    languages share them, plus letters and endings)."""
    words = _latin_words(text)
    out = dict.fromkeys(SETS, 0.0)
    for w in words:
        owners = [lang for lang, s in SETS.items() if w in s or w.split("'")[-1] in s]
        for lang in owners:
            out[lang] += 1.0 / len(owners)
    low = " ".join(words)
    for lang, rx in CUES.items():
        out[lang] += 0.5 * min(3, len(rx.findall(low)))
    return out


def identify(text: str) -> str | None:
    """The language of `text`: en, zh, es, de, or another code (fr, it, pt, nl, ja, ko,
    other); None when there is too little to tell."""
    text = unicodedata.normalize("NFKC", text)
    bare = _QUOTED.sub(" ", text)  # quoted report words are the report's language
    if _KANA.search(bare):
        return "ja"
    if _HANGUL.search(bare):
        return "ko"
    if len(_OTHER_SCRIPT.findall(bare)) >= 3:
        return "other"
    han = len(_HAN.findall(bare))
    words = _latin_words(bare)
    if han >= 2 and han >= len(words):
        return "zh"
    if han >= 2 and len(words) < 6:
        return "zh"
    s = scores(bare)
    best = max(s, key=s.get)
    if s[best] < 1.5 or len(words) < 2:
        return "zh" if han >= 2 else None
    ranked = sorted(s.values(), reverse=True)
    if ranked[0] - ranked[1] < 0.75:
        return None
    return best


# The languages the statistical check may name: the card languages and those a model writing
# them slips into most (neighbours and lookalikes: Portuguese on a Spanish card, Norwegian on a
# German one). Fewer candidates make it surer on short sentences.
_MODEL_LANGS = ("en", "es", "de", "fr", "it", "pt", "nl", "no", "sv", "da", "pl", "ca", "ro",
                "gl", "lb", "af", "fy", "vi", "zh", "ja", "ko", "ru", "tr", "cs", "hu", "id")
# how sure the statistical check must be that a sentence is not in the card language, and how
# many words it needs, to overrule the card language (no safe sentence of the red-team corpus
# or the development sets came near; "H. pylori test positive" is too short to judge)
_MODEL_SURE = 0.9
_MODEL_MIN_WORDS = 4
# a title of two or three words ("Verhoogde bloeddruk" on a German card) only when it is surer
# (no knowledge-base title in en/es/de and no safe corpus sentence reaches it)
_SHORT_SURE = 0.99
_SHORT_MIN_WORDS = 2
# up to this many words, the word scores can keep the card language against the n-gram model
_SHORT_TITLE_WORDS = 5
_SHORT_UNSURE = 0.6
# letters the card language does not write ("Din D-vitaminnivå" on an English card)
_FOREIGN_LETTERS = {"en": re.compile(r"[^\x00-\x7f]"), "es": re.compile(r"[^\x00-\x7fáéíóúüñ]"),
                    "de": re.compile(r"[^\x00-\x7fäöüß]")}


@lru_cache(maxsize=1)
def _identifier():
    """langid.py's naive Bayes identifier (py3langid, trained on 97 languages), restricted to
    _MODEL_LANGS; loaded once (about 0.5 s)."""
    from py3langid.langid import _load_identifier

    return _load_identifier(norm_probs=True, langs=list(_MODEL_LANGS))


def _statistical_other(text: str, lang: str, sure: float | None = None) -> str | None:
    """A Latin-script sentence that a character n-gram model is sure is in another language
    (for languages the word lists below do not know, such as Norwegian or Catalan)."""
    words = _latin_words(_QUOTED.sub(" ", text))
    # single letters ("H. pylori") do not count towards enough words
    n = sum(1 for w in words if len(w) > 1)
    if n < _SHORT_MIN_WORDS:
        return None
    sure = sure or (_MODEL_SURE if n >= _MODEL_MIN_WORDS else _SHORT_SURE)
    ranked = _identifier().rank(" ".join(words))  # [(language, probability)], best first
    # a short title of test and report words ("Carotid ultrasound: plaque described") reads to
    # the n-gram model as some neighbour (Galician, unsure which); when the words that do score
    # point only to the card language, it stands
    if (n <= _SHORT_TITLE_WORDS and ranked[0][1] < _SHORT_UNSURE and lang in _FOREIGN_LETTERS
            and not _FOREIGN_LETTERS[lang].search(" ".join(words))):
        s = scores(" ".join(words))
        if s[lang] >= 0.5 and not any(v for k, v in s.items() if k != lang):
            return None
    card = next((p for code, p in ranked if code == lang), 0.0)
    found = ranked[0][0]
    # sure it is NOT the card language, whichever neighbour it is (Portuguese and Galician
    # share the probability of one sentence)
    return found if found not in (lang, "zh") and 1.0 - card >= sure else None


# Characters only Traditional Chinese writes (the Simplified card uses 这, 们, 医, 检…), and
# words only written Cantonese uses: a Chinese card is in Simplified Mandarin.
_TRADITIONAL_ONLY = set("這們個來說時會對為後發經問題還應點醫與於範圍議討論進壓腎臟膽腫紅結較實際斷"
                        "診療藥驗過參鈣鐵體檢複變異顯內幾將嗎麼無車長開關門見現覺記讓讀寫價錢錯態"
                        "歲頭臉聽條務聯係濃膩飲飯臨測譜謝該誤調貧釋"
                        # the test and report words of a medical card ("維生素", "陽性", "數值")
                        "維陽陰數標準細質總類導劑術傳遺腦腸膚鬆險諮詢續週裡當幫壞癒熱營養歸屬據錄")
_CANTONESE = re.compile("[嘅咗唔啲嗰佢冇喺嘢咁噉]")
# their Simplified forms (none also written in Traditional text): a short title with one
# Traditional character and none of these ("低密度脂蛋白膽固醇偏高") is Traditional too
_SIMPLIFIED_ONLY = set("这们个来说时会对为后发经问题还应点医与于范围议讨论进压肾脏胆肿红结较实际断"
                       "诊疗药验过参钙铁体检复变显将吗无车长开关门见现觉记让读写价钱错态岁头脸听"
                       "条务联浓腻饮饭临测谱谢该误调贫释维阳阴数标细质总类导剂术传遗脑肠肤险询续"
                       "当帮坏热营养归属据录")


def _chinese_variant(text: str) -> str | None:
    """'zh-Hant' or 'yue' for a Chinese sentence written in Traditional characters or in
    Cantonese, on a (Simplified Mandarin) Chinese card."""
    bare = _QUOTED.sub(" ", text)
    if len(_CANTONESE.findall(bare)) >= 2:
        return "yue"
    trad = sum(1 for ch in bare if ch in _TRADITIONAL_ONLY)
    if trad >= 2 or (trad == 1 and not any(ch in _SIMPLIFIED_ONLY for ch in bare)
                     and len(_HAN.findall(bare)) >= 4):
        return "zh-Hant"
    return None


def wrong_language(text: str, lang: str) -> str | None:
    """The language `text` is in when it is clearly not `lang`, else None."""
    if lang not in CARD_LANGS:
        return None
    text = unicodedata.normalize("NFKC", text)
    found = _by_words(text, lang)
    if found is None and lang == "zh":
        found = _chinese_variant(text) or _latin_clause_in_chinese(text)
    if found is None and lang != "zh":
        found = _han_run(text)
    if found is None and lang != "zh":
        found = _statistical_other(text, lang)
    if found is None and lang != "zh":
        found = _switched_run(text, lang)
    if found is None and lang != "zh":
        found = _scattered_words(text, lang)
    if found is None and lang != "zh":
        # a sentence that switches language halfway ("Your kidney function looks a little
        # lower, así que comente…"): each long clause on its own, judged more strictly (a part
        # of a sentence, "Der Test hat humane Papillomviren", can look like a neighbour)
        for clause in _CLAUSE.split(text):
            if len(_latin_words(clause)) >= _CLAUSE_MIN_WORDS:
                found = _statistical_other(clause, lang, sure=_CLAUSE_SURE)
                if found:
                    break
    return found


def _han_run(text: str) -> str | None:
    """A Chinese word left in a Latin-script sentence ("which is 稍微偏高", "what 尿蛋白 means"); a
    bracketed or quoted gloss ("HbA1c (糖化血红蛋白)") is the report's word and stays fine."""
    return "zh" if re.search(r"[\u4e00-\u9fff]{2,}", _QUOTED.sub(" ", text)) else None


_CLAUSE = re.compile(r"[,;:!?()–—]\s*|\s-\s")
_CLAUSE_MIN_WORDS = 6
_CLAUSE_SURE = 0.98


def _by_words(text: str, lang: str) -> str | None:
    found = identify(text)
    if found is None and lang == "zh":
        # three or more words and no Chinese at all: whatever it is, it is not Chinese
        bare = _QUOTED.sub(" ", unicodedata.normalize("NFKC", text))
        if len(_HAN.findall(bare)) < 2 and len(_latin_words(bare)) >= 3:
            s = scores(bare)
            return max(s, key=s.get) if max(s.values()) > 0 else "other"
        return None
    if found is None:
        return _latin_other(text, lang)
    if found == lang:
        return None
    if lang != "zh" and found in ("zh", "ja", "ko", "other"):
        return found  # another script altogether: no word scores to weigh
    if lang == "zh":
        return found  # a Latin sentence or a Japanese one on a Chinese card
    # a Latin-script card: the card language must not be clearly weaker than another
    s = scores(_QUOTED.sub(" ", unicodedata.normalize("NFKC", text)))
    return found if (s[found] >= 2 * s[lang] + 1.0 or s[found] - s[lang] >= 2.5
                     or s[lang] < 1.0) else None


def _latin_other(text: str, lang: str) -> str | None:
    """A Latin-script card whose sentence reads as another language, even when it is unclear
    which other one ("Su glucosa está alta" on a German card: Spanish or Portuguese)."""
    bare = _QUOTED.sub(" ", unicodedata.normalize("NFKC", text))
    if len(_latin_words(bare)) < 2:
        return None
    s = scores(bare)
    best = max((k for k in s if k != lang), key=s.get)
    return best if s[best] >= 1.5 and s[best] >= 2 * s[lang] + 1.0 else None


# units and the Latin names a Chinese card may keep (mmol/L, ms, H. pylori): no language
_UNITS = set("""mg g kg µg ug ng pg dl ml l mmol µmol umol nmol pmol mol iu miu u mu meq mm cm m ms
    s min h bpm mmhg fl pl kpa cells""".split())
_LATIN_RUN = re.compile(r"[^\W\d_][\w'’-]*(?:[\s/.·]+[^\W\d_][\w'’-]*)*")


def _latin_clause_in_chinese(text: str) -> str | None:
    """A Chinese card's sentence that switches to another language for a clause ("您的空腹血糖
    高于参考范围，this means your doctor may want to repeat the test") or writes everyday
    English words for Chinese ones ("Thyroid function 指标偏高", "血脂 result 需要 follow up").
    Test names and abbreviations (LDL, HbA1c, ALT), units and quoted or bracketed report words
    stay fine."""
    bare = _QUOTED.sub(" ", text)
    if len(_HAN.findall(bare)) < 2:
        return None
    loose: list[str] = []
    for run in _LATIN_RUN.findall(bare):
        words = [w for w in _latin_words(run) if w not in _UNITS and len(w) > 1]
        if len(words) >= 4:
            # a clause of its own: whichever language it reads as
            s = scores(" ".join(words))
            best = max(s, key=s.get)
            if s[best] >= 1.5:
                return best
        loose += words
    # a few everyday words scattered among the Chinese: two or more, one of them a common word
    # of a card language (not a Latin name such as "Helicobacter pylori")
    common = [w for w in loose if any(w in SETS[k] or w in SCATTER_EXTRA[k]
                                      for k in ("en", "es", "de"))]
    if len(loose) >= 2 and common:
        s = scores(" ".join(loose))
        best = max(("en", "es", "de"), key=s.get)
        return best
    # one everyday word of a request or verdict ("血糖偏高，please 复查", "结果 normal"): a slip
    # as well (a test or Latin name, "pylori", "ultrasound", is in none of these lists)
    return next((k for w in loose for k in ZH_SLIP_WORDS if w in ZH_SLIP_WORDS[k]), None)



# a sentence that switches language at a conjunction, with no comma ("¿Debería repetir el análisis
# de orina or is this result enough for now?", "Sollte ich den Test wiederholen lassen or is one
# measurement enough?"): each part from a conjunction on, judged as a clause, and only when its
# words also score as that language
_CONJUNCTION = re.compile(r"(?:^|\s)(?=(?:or|and|but|so|which|because|o|y|pero|porque|así que|"
                          r"oder|und|aber|weil|denn|also)\s)", re.IGNORECASE)
_RUN_MIN_WORDS = 4


def _switched_run(text: str, lang: str) -> str | None:
    """Another language from a conjunction on, inside one clause."""
    for clause in _CLAUSE.split(_QUOTED.sub(" ", text)):
        parts = _CONJUNCTION.split(clause)
        if len(parts) < 2:
            continue
        for part in parts:
            words = [w for w in _latin_words(part) if len(w) > 1]
            if len(words) < _RUN_MIN_WORDS:
                continue
            found = _statistical_other(part, lang, sure=_CLAUSE_SURE)
            if found in CARD_LANGS:
                s = scores(part)
                if s[found] >= 1.5 and s[found] >= s[lang] + 1.0:
                    return found
    return None


# words of another language that English, German and Spanish cards share by accident (the
# English "die", "war", "son", "con"; "also", "will"): not evidence of a slip
_HOMOGRAPHS = set("""die war hat den sie man bin also will fast kind hell rat bald gift arm see
    son sin con era fue ese una solo para como alto alta bajo bajo tan van red""".split())
_SCATTER_FROM = ("en", "es", "de", "fr", "it", "pt", "nl")


def _scattered_words(text: str, lang: str) -> str | None:
    """A Latin-script card's sentence with two or more everyday words of one other language
    scattered through it ("Your Blutzucker was leicht erhöht", "Su glucosa está un poco high,
    so please repeat", "Schilddrüse: TSH leicht erhöht, controllo consigliato"). A word counts
    when it is in that language's list and not the card language's, and is long enough or has
    that language's letters; test names, units and quoted report words do not count."""
    words = _latin_words(_QUOTED.sub(" ", text))
    if len(words) < 3:
        return None
    own = SETS[lang]
    for other in _SCATTER_FROM:
        if other == lang:
            continue
        cue = CUES.get(other) if other in ("es", "de", "pt", "it", "fr") else None
        vocab = SETS[other] | SCATTER_EXTRA.get(other, set())
        shortest = 3 if other == "en" else 4
        hits = [w for w in words if w in vocab and w not in own and w not in _HOMOGRAPHS
                and (len(w) >= shortest or (cue is not None and cue.search(w)))]
        if len(set(hits)) >= 2:
            return other
    return None
