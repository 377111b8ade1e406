#!/usr/bin/env bash
# Sets up (scripts/setup.sh) and runs the whole test suite offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
.venv/bin/ruff check checkup_desktop tests scripts packaging
# the layer contracts of pyproject.toml [tool.importlinter] (DESIGN §4)
.venv/bin/lint-imports --no-cache
exec .venv/bin/python -m pytest "$@"
