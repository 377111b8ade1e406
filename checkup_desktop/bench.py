"""`checkup-desktop bench`: the speed figures of the three layers, printed (README "Speed").

Composes the rules-only pipeline bench (core/rules_bench.py), the local model's bench
(core/llm/model_bench.py) and the window's start-up and stall bench (window_bench.py); it lives
at the app layer because the last one needs the window.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from checkup_desktop.core.rules_bench import bench_rules_only
from checkup_desktop.core.sample_report import write_sample_report


def run_bench(args) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        report = args.report or write_sample_report(Path(tmp) / "sample-10-pages.pdf", pages=10)
        result = bench_rules_only(Path(report))
        if not args.rules_only:
            from checkup_desktop.core.llm.model_bench import bench_model

            result.update(bench_model(Path(report), model=args.model, threads=args.threads,
                                      gpu_layers=args.gpu_layers, qualify=True))
        if args.gui:
            from checkup_desktop.window_bench import bench_gui

            writer = None
            if not args.rules_only:
                from checkup_desktop.core.llm.factory import writer_from_args

                writer, _scanner = writer_from_args(model=args.model, threads=args.threads,
                                                    gpu_layers=args.gpu_layers)
            result.update(bench_gui(Path(report), writer))
    if args.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            print(f"{k:>28}: {v}")
    return 0
