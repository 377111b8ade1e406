"""Write the synthetic labelled check-up set (NAME.pdf + NAME.gold.json) into OUT_DIR.

    python scripts/make_synth.py OUT_DIR [--n 44] [--seed 0]
    checkup-desktop eval OUT_DIR

Generated files never belong in the repository, so OUT_DIR may not be inside it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))  # the generator lives with the tests that use it

from synth.generator import generate_set  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--n", type=int, default=44, help="number of reports (default 44)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    out = args.out_dir.resolve()
    if out == REPO or REPO in out.parents:
        print(f"refusing to write generated reports inside the repository: {out}",
              file=sys.stderr)
        return 2
    pdfs = generate_set(out, n=args.n, seed=args.seed)
    print(f"wrote {len(pdfs)} reports with gold files to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
