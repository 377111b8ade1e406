"""Write the synthetic labelled check-ups (NAME.pdf + NAME.gold.json) into OUT_DIR.

    python scripts/make_synth.py OUT_DIR [--seed 0] [--labs N]
    checkup-desktop eval OUT_DIR

By default: the full check-up corpus of issue 10 (Chinese chain check-ups and English full-body
packages, 8+ pages each, expectations from the hand-written tests/scenarios/*.toml).
--labs N also writes N single-panel lab reports of the older generator (tests/synth/generator.py).
Generated files never belong in the repository, so OUT_DIR may not be inside it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))  # the generators live with the tests that use them

from synth.checkup import generate_checkups  # noqa: E402
from synth.generator import generate_set  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--labs", type=int, default=0,
                        help="also write N lab-panel reports of the older generator")
    parser.add_argument("--n", type=int, help=argparse.SUPPRESS)  # old name of --labs
    args = parser.parse_args(argv)
    out = args.out_dir.resolve()
    if out == REPO or REPO in out.parents:
        print(f"refusing to write generated reports inside the repository: {out}",
              file=sys.stderr)
        return 2
    pdfs = generate_checkups(out, seed=args.seed)
    labs = args.labs or args.n or 0
    if labs:
        pdfs += generate_set(out, n=labs, seed=args.seed)
    print(f"wrote {len(pdfs)} reports with gold files to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
