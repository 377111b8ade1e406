"""Text clean-up shared by the PDF reader and the extractor: Unicode folding and numbers.

Lab PDFs carry compatibility characters (full-width digits, ligatures, NBSP, and in some
Chinese reports Kangxi radicals such as "⾎" U+2F8E instead of "血"); NFKC maps them to
the ordinary characters so that matching against the knowledge base works.
"""

from __future__ import annotations

import math
import re
import unicodedata

# Invisible characters that split words for a matcher but not for a reader.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = re.compile(r"[\s\x00-\x1f\x7f]+")


def normalize(s: str) -> str:
    """NFKC, invisible characters removed, every run of whitespace folded to one space."""
    s = unicodedata.normalize("NFKC", s).translate(_INVISIBLE)
    return _SPACES.sub(" ", s).strip()


# Group separators printed between digit groups: NBSP, thin and narrow spaces, apostrophe.
_GROUP_SPACE = re.compile(r"(?<=\d)[ \u00a0\u2009\u202f'](?=\d{3}(?:\D|$))")
_SIGN = {"+": 1.0, "-": -1.0, "\u2212": -1.0}

_PLAIN = re.compile(r"\d+(?:\.\d*)?|\.\d+")
_WESTERN_GROUPS = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+")  # 5,100  1,234,567
_INDIAN_GROUPS = re.compile(r"[1-9]\d?(?:,\d\d)+,\d{3}")  # 1,00,000  12,34,567
_DECIMAL_COMMA = re.compile(r"\d+,\d+")  # 6,73  0,01  0,001
_DOT_GROUPS_COMMA_DECIMAL = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+,\d+")  # 5.100,50


def parse_number(s: str) -> float | None:
    """The number a lab printed, or None when `s` is not exactly one number.

    Comma rules: "d,ddd" groups (western "5,100" or Indian "1,00,000") are thousands
    separators; any other single comma is a decimal comma ("6,73", "0,01", "0,001":
    a leading "0" group is never a thousands group). "<"/">" are not accepted: the caller
    handles comparators.
    """
    t = unicodedata.normalize("NFKC", s).strip()
    if not t or len(t) > 40:
        return None
    sign = 1.0
    if t[0] in _SIGN:
        sign, t = _SIGN[t[0]], t[1:]
    t = _GROUP_SPACE.sub("", t)
    if _PLAIN.fullmatch(t):
        text = t
    elif "." in t and "," in t:
        head, _, frac = t.rpartition(".")
        if frac.isdigit() and (_WESTERN_GROUPS.fullmatch(head) or _INDIAN_GROUPS.fullmatch(head)):
            text = head.replace(",", "") + "." + frac
        elif _DOT_GROUPS_COMMA_DECIMAL.fullmatch(t):
            text = t.replace(".", "").replace(",", ".")
        else:
            return None
    elif _WESTERN_GROUPS.fullmatch(t) or _INDIAN_GROUPS.fullmatch(t):
        text = t.replace(",", "")
    elif _DECIMAL_COMMA.fullmatch(t):
        text = t.replace(",", ".")
    else:
        return None
    value = float(text)
    return sign * value if math.isfinite(value) else None


# CJK Radicals Supplement (U+2E80-U+2EFF): some Chinese report generators print these radical
# code points inside words ("天⻔冬氨酸" for 天门冬氨酸, "⻓" for 长, "⻝" for 食). NFKC does not
# map them (it does map the Kangxi radicals U+2F00-U+2FD5), so matching against the knowledge
# base folds them to the ordinary character, after Unicode's EquivalentUnifiedIdeograph data.
_RADICALS = dict(zip(
    map(ord, (
        "⺁⺂⺃⺄⺅⺆⺇⺈⺉⺊⺋⺌⺍⺎⺏⺐⺒⺓⺔⺕⺖⺗⺘⺙⺛⺜⺝⺞⺟⺠"
        "⺡⺢⺣⺤⺥⺦⺧⺨⺩⺪⺫⺬⺭⺮⺯⺰⺱⺲⺶⺷⺹⺺⺻⺼⺽⺾⺿⻀⻁⻂"
        "⻃⻄⻅⻆⻇⻈⻉⻊⻋⻌⻍⻎⻏⻐⻑⻒⻓⻔⻕⻖⻗⻘⻙⻚⻛⻜⻝⻞⻟⻠"
        "⻡⻢⻣⻤⻥⻦⻧⻨⻩⻪⻫⻬⻭⻮⻯⻰⻱⻲⻳"
    )),
    (
        "厂乛乚乙亻冂几刀刂卜㔾小小兀尣尢巳幺彑彐忄心扌攵旡日月歺母民"
        "氵氺灬爫爫丬牛犭王疋目示礻竹糸纟罓罒羊羊耂聿聿月臼艹艹艹虎衤"
        "覀西见角角讠贝足车辶辶辶阝钅長镸长门阜阝雨青韦页风飞食食飠饣"
        "首马骨鬼鱼鸟卤麦黄黾斉齐歯齿竜龙龜亀龟"
    ),
    strict=True,
))


def fold_radicals(s: str) -> str:
    """`s` with CJK Radicals Supplement code points replaced by their ordinary characters
    (for matching only: evidence keeps what the report printed)."""
    return s.translate(_RADICALS)
