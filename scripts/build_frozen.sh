#!/usr/bin/env bash
# Builds the one-folder frozen app with PyInstaller into dist/CheckupDesktop (work files in
# build/; both are git-ignored). CHECKUP_RELEASE=1 also bundles the recommended vision model
# (downloaded and sha256-checked by packaging/fetch_release_model.py; unpinned hashes fail).
#   ./scripts/build_frozen.sh            # local build with the small default model
#   PYTHON=python ./scripts/build_frozen.sh   # CI: use that interpreter instead of .venv
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
DIST=${CHECKUP_DIST:-dist}
WORK=${CHECKUP_WORK:-build}

if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  echo "PyInstaller is missing: $PY -m pip install -e '.[build]'" >&2
  exit 1
fi
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level "${PYI_LOG_LEVEL:-WARN}" \
  --distpath "$DIST" --workpath "$WORK" packaging/checkup_desktop.spec
secs=$(( $(date +%s) - start ))

app="$DIST/CheckupDesktop"
[[ -d "$DIST/CheckupDesktop.app" ]] && echo "macOS bundle: $DIST/CheckupDesktop.app"
echo "Built $app in ${secs}s, $(du -sh "$app" | cut -f1)"
