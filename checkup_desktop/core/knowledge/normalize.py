"""The label, unit and word normalisation that knowledge-base entries match printed text on."""

from __future__ import annotations

import functools
import re
import unicodedata

from checkup_desktop.core.textnorm import fold_radicals

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_SUPERSCRIPTS = str.maketrans({"⁰": "^0", "¹": "^1", "²": "^2", "³": "^3", "⁴": "^4",
                               "⁵": "^5", "⁶": "^6", "⁹": "^9"})


def normalize_label(text: str) -> str:
    """Casefolded, NFKC, punctuation-free, single-spaced text for alias matching.

    Dots vanish rather than becoming spaces so "S.G.P.T." reads as "sgpt".
    """
    s = fold_radicals(unicodedata.normalize("NFKC", text)).casefold()
    s = _SCRIPT_BOUNDARY.sub(" ", s)  # "糖类抗原ca19-9": Latin letters glued to Chinese
    s = s.replace(".", "")
    s = re.sub(r"[^\w\u3400-\u9fff]+", " ", s)
    return " ".join(s.split())


_SCRIPT_BOUNDARY = re.compile(r"(?<=[\u3400-\u9fff])(?=[a-z])|(?<=[a-z])(?=[\u3400-\u9fff])")


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def normalize_unit(unit: str) -> str:
    """Map the many printed spellings of a unit to one key ("x10³/µL" -> "10^3/ul")."""
    u = unicodedata.normalize("NFKC", unit.translate(_SUPERSCRIPTS)).casefold()
    u = re.sub(r"\s+", "", u).replace("μ", "u").replace("×", "x")
    u = u.replace("10*", "10^").replace("10~", "10^").replace("10＾", "10^")
    u = re.sub(r"10e(\d)", r"10^\1", u)
    u = re.sub(r"^x(?=10)", "", u)
    # "10⁹/L" after NFKC reads "109/L" (the reader folds superscripts)
    u = re.sub(r"^10(3|6|9|12)(?=/)", r"10^\1", u)
    u = u.replace("m^2", "m2")
    for vol in ("cu.mm", "cumm", "cmm", "mm^3", "mm3", "mcl", "microl"):
        u = u.replace(vol, "ul")
    u = u.replace("mcg", "ug").replace("gms", "g").replace("gm", "g")
    u = u.replace("mlu/", "miu/")  # a common misprint of mIU ("mlU/mL")
    u = re.sub(r"^(thou|thousands?|k)(?=/)", "10^3", u)
    u = re.sub(r"^(lakhs?|lacs?)(?=/)", "10^5", u)
    u = re.sub(r"^(millions?|mill|mil)(?=/)", "10^6", u)
    u = re.sub(r"^(cells|nos?)(?=/)", "", u)
    if u == "ul":  # "cumm" printed alone means "per cumm"
        u = "/ul"
    if u in ("g%", "g/100ml"):
        u = "g/dl"
    if u in ("mg%", "mg/100ml"):
        u = "mg/dl"
    if u.endswith("iu/l") and not u.startswith(("miu", "uiu", "niu", "piu")):
        u = u[:-4] + "u/l"  # IU/L and U/L are the same enzyme unit
    if (u.startswith("mm") and "h" in u and "/" in u) or u in ("mmat1hr", "mm1sthr"):
        u = "mm/h"  # ESR: "mm/hr", "mm at 1hr", "mm/1st hr"
    return u


@functools.lru_cache(maxsize=2048)
def word_pattern(word: str) -> re.Pattern[str]:
    if has_cjk(word):
        return re.compile(re.escape(word))
    return re.compile(r"(?<![\w+])" + re.escape(word) + r"(?![\w+])")


def normalize_words(text: str) -> str:
    s = fold_radicals(unicodedata.normalize("NFKC", text)).casefold().strip()
    s = re.sub(r"(?<=\w)[-‐–](?=\w)", " ", s)
    return " ".join(s.split())
