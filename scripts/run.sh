#!/usr/bin/env bash
# Sets up (scripts/setup.sh) and starts Checkup Desktop; arguments go to `checkup-desktop`,
# e.g. `./scripts/run.sh analyze report.pdf`.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
exec .venv/bin/checkup-desktop "$@"
