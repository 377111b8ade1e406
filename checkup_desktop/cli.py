"""Command line (DESIGN §5). `checkup-desktop` alone, or with report paths, opens the window."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from checkup_desktop import __version__
from checkup_desktop.core.errors import ReportError
from checkup_desktop.core.knowledge import KnowledgeBaseError

COMMANDS = ("analyze", "export", "eval", "bench", "safety-check")
EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    """Usage errors are one plain line and exit code 2, like any command line tool."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see --help)\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="checkup-desktop",
        description="Turns a health check-up PDF into prioritized Action Cards, offline. "
        "Without a command it opens the window.",
    )
    p.add_argument("--version", action="version", version=__version__)
    sub = p.add_subparsers(dest="command")

    def model_args(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--rules-only", action="store_true",
                        help="knowledge-base cards only, no local model")
        sp.add_argument("--model", help="GGUF file or installed model name")
        sp.add_argument("--mmproj", help="vision projector GGUF for scanned pages")
        sp.add_argument("--threads", type=int, help="CPU threads for the model")
        sp.add_argument("--gpu-layers", type=int, help="layers to offload to the GPU")
        sp.add_argument("--lang", default="en", choices=["en", "zh", "es", "de"],
                        help="card language")
        sp.add_argument("--password", help="password of a protected PDF")

    a = sub.add_parser("analyze", help="print the Action Cards of a report")
    a.add_argument("report", type=Path)
    a.add_argument("--json", action="store_true", help="print only the JSON document")
    model_args(a)

    e = sub.add_parser("export", help="write the handout PDF of a report")
    e.add_argument("report", type=Path)
    e.add_argument("-o", "--output", type=Path, required=True)
    model_args(e)

    ev = sub.add_parser("eval", help="score NAME.pdf + NAME.gold.json pairs in a folder")
    ev.add_argument("dir", type=Path)
    ev.add_argument("--json", action="store_true", help="print only the JSON summary")
    model_args(ev)

    b = sub.add_parser("bench", help="measure speed and print the figures")
    b.add_argument("--json", action="store_true", help="print one JSON object")
    b.add_argument("report", type=Path, nargs="?", help="report to measure (default: a sample)")
    b.add_argument("--gui", action="store_true",
                   help="also measure window start-up and the longest GUI stall")
    model_args(b)

    sc = sub.add_parser("safety-check", help="check sentences (one per stdin line) against the "
                        "safety rules; prints one JSON line each")
    sc.add_argument("--lang", default="en", choices=["en", "zh", "es", "de"],
                    help="card language")
    sc.add_argument("--kind", choices=["title", "explanation", "question"],
                    help="kind of card text (default: a line ending in '?' is a question, any "
                    "other an explanation)")
    return p


def _model(args):
    """(card writer, page scanner) of the local model, or (None, None) for rules-only."""
    if args.rules_only:
        return None, None
    from checkup_desktop.core.llm.factory import writer_from_args
    from checkup_desktop.core.llm.qualification import qualify_writer

    writer, scanner = writer_from_args(model=args.model, mmproj=args.mmproj,
                                       threads=args.threads, gpu_layers=args.gpu_layers)
    # a model never tried on this computer gets its jobs now, once (a stored record after)
    qualify_writer(writer, say=lambda text: print(f"checkup-desktop: {text}", file=sys.stderr))
    return writer, scanner


def _analyze(args, path: Path, model=None):
    from checkup_desktop.core.pipeline import run

    writer, scanner = model or _model(args)
    analysis = run(path, password=args.password, lang=args.lang, writer=writer, scanner=scanner)
    _say_if_model_disabled(writer)
    return analysis


_told: set[str] = set()


def _say_if_model_disabled(writer) -> None:
    """A model that cannot run on this computer says so once (one stderr line); the cards
    are the knowledge-base ones and the exit code stays 0."""
    if writer is None:
        return
    from checkup_desktop.core.llm.health import model_disabled_reason

    reason = model_disabled_reason(writer.runtime.config.model_path)
    if reason and reason not in _told:
        _told.add(reason)
        print(f"checkup-desktop: {reason}", file=sys.stderr)


def _print_cards(analysis) -> None:
    from checkup_desktop.core.presentation import action_sentence

    if not analysis.cards:
        print("All clear: no result outside its reference range was found.")
    for card in analysis.cards:
        print(f"[{card.priority.upper()}] {card.title}")
        print(f"  {action_sentence(card, analysis.language)}")
        print(f"  {card.explanation}")
        for q in card.questions:
            print(f"  - {q}")
        for ev in card.evidence:
            rng = f" (range {ev.reference_range})" if ev.reference_range else ""
            print(f"  evidence p.{ev.page}: {ev.label} {ev.value} {ev.unit}{rng}".rstrip())
        print()
    if analysis.unread_pages:
        pages = ", ".join(str(p) for p in analysis.unread_pages)
        print(f"Pages that could not be read (pictures only): {pages}")
    print(analysis.cards[0].notice if analysis.cards else
          "This is not medical advice. Your clinician decides.")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] not in COMMANDS and not argv[0].startswith("-"):
        # the window opens only for `checkup-desktop` alone or for existing files
        missing = next((a for a in argv if not Path(a).is_file()), None)
        if missing is not None:
            looks_like_path = bool(Path(missing).suffix) or os.sep in missing or "/" in missing
            what = (f"no such file: {missing}" if looks_like_path else
                    f"unknown command '{missing}' (commands: {', '.join(COMMANDS)})")
            print(f"checkup-desktop: {what}", file=sys.stderr)
            return EXIT_BAD_INPUT
    if not argv or argv[0] not in COMMANDS and not argv[0].startswith("-"):
        from checkup_desktop.app import run_gui

        return run_gui(argv)
    args = _parser().parse_args(argv)
    report = getattr(args, "report", None) or getattr(args, "dir", None)
    if report is not None and not report.exists():
        print(f"checkup-desktop: no such file: {report}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        if args.command == "analyze":
            analysis = _analyze(args, args.report)
            if args.json:
                json.dump(analysis.to_public_json(), sys.stdout, ensure_ascii=False, indent=2)
                sys.stdout.write("\n")
            else:
                _print_cards(analysis)
        elif args.command == "export":
            from checkup_desktop.core.export import write_handout

            analysis = _analyze(args, args.report)
            write_handout(analysis, args.output, report_name=args.report.name, lang=args.lang)
            print(f"Handout written to {args.output}")
        elif args.command == "eval":
            from checkup_desktop.core.evaluate import evaluate_dir, format_table

            model = _model(args)  # one model for the whole folder
            summary = evaluate_dir(args.dir, lambda p: _analyze(args, p, model))
            data = summary.model_dump(mode="json")
            if args.json:
                print(json.dumps(data, ensure_ascii=False))
            else:
                print(format_table(summary))
                print(json.dumps(data.get("total", data), ensure_ascii=False))
        elif args.command == "safety-check":
            from checkup_desktop.core.safety import safety_check_main

            for stream in (sys.stdin, sys.stdout):  # one sentence per line, any language
                if hasattr(stream, "reconfigure"):
                    stream.reconfigure(encoding="utf-8", errors="replace")
            return safety_check_main(args.lang, args.kind, sys.stdin, sys.stdout)
        elif args.command == "bench":
            from checkup_desktop.bench import run_bench

            return run_bench(args)
        else:
            _parser().print_help()
    except BrokenPipeError:  # `checkup-desktop analyze r.pdf | head`: the reader left
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except ReportError as exc:
        print(f"checkup-desktop: {exc.message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KnowledgeBaseError as exc:
        print(f"checkup-desktop: the app's knowledge files are damaged ({exc}). "
              "Please reinstall Checkup Desktop.", file=sys.stderr)
        return 1
    return 0
