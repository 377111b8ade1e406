#!/usr/bin/env bash
# Runs the frozen app (no Python from the venv inside it) on a made-up sample report:
# `analyze --rules-only --json` and `export -o handout.pdf`, then one analysis with the
# bundled default model when the model layer is present. Checks the outputs; exit 1 on any
# failure. The venv's python only writes the sample PDF and reads the results.
#   ./scripts/smoke_frozen.sh [path/to/frozen/checkup-desktop]
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
case "$(uname -s)" in
  MINGW*|MSYS*|CYGWIN*) default_bin=dist/CheckupDesktop/checkup-desktop.exe ;;
  *) default_bin=dist/CheckupDesktop/checkup-desktop ;;
esac
BIN=${1:-$default_bin}
[[ -x "$BIN" ]] || { echo "no frozen binary at $BIN (run scripts/build_frozen.sh)" >&2; exit 1; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# Git Bash on Windows: a C:/... path that both bash and the native programs understand
if command -v cygpath >/dev/null; then out=$(cygpath -m "$out"); fi
# Everything the app writes (settings, history, models) stays in the temp folder; offline.
export CHECKUP_DESKTOP_HOME="$out/home" QT_QPA_PLATFORM=offscreen
export HF_HUB_OFFLINE=1 no_proxy='*' http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9
# The frozen app must not find the repo's sources or the venv's packages.
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV

"$PY" -c "import sys; from checkup_desktop.core.sample_report import write_sample_report as w; w(sys.argv[1])" "$out/sample.pdf"

fail=0
now() { "$PY" -c 'import time; print(time.time())'; }
since() { "$PY" -c "import time; print(round(time.time() - $1, 1))"; }
check() { if "$@"; then echo "ok   $name"; else echo "FAIL $name"; fail=1; fi; }

name="--version"; check bash -c "'$BIN' --version | grep -q ."

t0=$(now)
name="analyze --rules-only --json"
check bash -c "'$BIN' analyze '$out/sample.pdf' --rules-only --json > '$out/rules.json' 2> '$out/rules.err'"
rules_s=$(since "$t0")
name="rules JSON: cards with evidence, 10 pages, priorities sorted"
check "$PY" - "$out/rules.json" <<'PYEOF'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
cards = doc["cards"]
order = ["urgent", "high", "medium", "low"]
assert doc["pages"] == 10, doc["pages"]
assert len(cards) >= 5, len(cards)
assert all(c["evidence"] and c["origin"] == "rules" for c in cards)
assert [order.index(c["priority"]) for c in cards] == sorted(order.index(c["priority"]) for c in cards)
labels = " ".join(e["label"] for c in cards for e in c["evidence"]).lower()
assert "ldl" in labels and "tsh" in labels, labels
print(f"     {len(cards)} cards: " + ", ".join(c["title"] for c in cards[:4]) + ", ...")
PYEOF

name="export -o handout.pdf"
check bash -c "'$BIN' export '$out/sample.pdf' --rules-only -o '$out/handout.pdf' > '$out/export.out' 2>&1"
name="handout PDF: opens, mentions LDL and the notice"
check "$PY" - "$out/handout.pdf" <<'PYEOF'
import sys, pymupdf
doc = pymupdf.open(sys.argv[1])
text = " ".join(p.get_text() for p in doc)
assert doc.page_count >= 1
assert "LDL" in text and "not medical advice" in text.lower(), text[:300]
print(f"     {doc.page_count} page(s), {len(text)} chars")
PYEOF

name="export --lang zh: Chinese handout with a Chinese date (trimmed Babel data)"
check bash -c "'$BIN' export '$out/sample.pdf' --rules-only --lang zh -o '$out/zh.pdf' > /dev/null 2>&1 && '$PY' -c 'import re, sys, pymupdf; t = \"\".join(p.get_text() for p in pymupdf.open(sys.argv[1])); sys.exit(not re.search(r\"\\d{4}年\\d+月\\d+日\", t))' '$out/zh.pdf'"

# The windowed executable ("Open with" a PDF): must still be running after 8 s, offscreen.
gui="$(dirname "$BIN")/CheckupDesktop"
[[ -f "$gui.exe" ]] && gui="$gui.exe"
name="window opens with a PDF argument and stays up"
"$gui" "$out/sample.pdf" > "$out/gui.log" 2>&1 &
gui_pid=$!
sleep 8
if kill -0 "$gui_pid" 2>/dev/null; then
  kill "$gui_pid"; wait "$gui_pid" 2>/dev/null || true; echo "ok   $name"
else
  wait "$gui_pid" 2>/dev/null || true; echo "FAIL $name"; tail -20 "$out/gui.log"; fail=1
fi

name="bad input: exit 2 with a message"
check bash -c "echo 'not a pdf' > '$out/bad.pdf'; '$BIN' analyze '$out/bad.pdf' --rules-only --json > /dev/null 2> '$out/bad.err'; test \$? -eq 2 && test -s '$out/bad.err'"

# The frozen-only risks: llama native libs load, the spawn child starts from the frozen
# executable, the bundled model and knowledge base are found inside _internal/.
t4=$(now)
name="--frozen-selfcheck: bundled model generates in a spawned child"
check bash -c "'$BIN' --frozen-selfcheck > '$out/self.json' 2> '$out/self.err' || { tail -20 '$out/self.err'; false; }"
echo "     $(cat "$out/self.json" 2>/dev/null) ($(since "$t4") s)"

# A full analysis with the bundled default model: only when the model layer (core/llm/factory.py) exists.
if [[ -f checkup_desktop/core/llm/factory.py ]]; then
  t2=$(now)
  name="analyze with the bundled model (spawned child in the frozen app)"
  check bash -c "'$BIN' analyze '$out/sample.pdf' --json --threads 1 > '$out/model.json' 2> '$out/model.err' || { tail -20 '$out/model.err'; false; }"
  model_s=$(since "$t2")
  name="model JSON: same issues as rules, every card checked"
  check "$PY" - "$out/rules.json" "$out/model.json" <<'PYEOF'
import json, sys
rules, model = (json.load(open(p, encoding="utf-8"))["cards"] for p in sys.argv[1:3])
assert len(model) == len(rules), (len(model), len(rules))
assert all(c["evidence"] and c["origin"] in ("rules", "model") for c in model)
origins = [c["origin"] for c in model]
print(f"     {origins.count('model')} of {len(model)} cards kept model text")
PYEOF
  echo "model run: ${model_s} s"
else
  echo "skip model run: checkup_desktop/core/llm/factory.py does not exist yet"
fi
echo "rules-only analyze: ${rules_s} s"
[[ $fail == 0 ]] && echo "SMOKE OK" || echo "SMOKE FAILED"
exit $fail
