"""The command line (DESIGN.md's contract). The GUI is the default; Qt loads only when needed."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from viewer import __version__

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def _gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="declaration-viewer",
        description="Reader for the Soviet-Japanese Joint Declaration of 19 October 1956. "
                    "Other commands: 'data check [--json]', "
                    "'annotations export|import ...', 'edition export|supply|supplied ...'.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("--db", type=Path, help="annotation database (default: user data folder)")
    p.add_argument("--goto", metavar="REF",
                   help="open at REF: art-9 | art-9.2 | place:shikotan | interp:ID | "
                        "note:ID (the id in data/notes, e.g. note:moscow or "
                        "urn:declaration-viewer:note:moscow)")
    p.add_argument("--lang", choices=("en", "ru", "ja"), help="text language to show")
    p.add_argument("--screenshot", type=Path, metavar="OUT.png",
                   help="render the main window offscreen, write a PNG, exit")
    p.add_argument("--size", metavar="WxH",
                   help="window size (default: fit the screen; offscreen 1600x900)")
    p.add_argument("--self-check", action="store_true",
                   help="load every data file, build the window offscreen, exit 0")
    return p


def _parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"--size must be WxH, got '{text}'") from None
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise argparse.ArgumentTypeError(f"--size out of range: '{text}'")
    return w, h


def _data_check(argv: Sequence[str]) -> int:
    from viewer.corpus import CorpusError, load_corpus
    from viewer.paths import data_dir

    p = argparse.ArgumentParser(prog="declaration-viewer data check",
                                description="Validate data/ and print counts.")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--data", type=Path, default=None, help="data folder (default: shipped)")
    args = p.parse_args(argv)
    try:
        corpus = load_corpus(args.data or data_dir())
    except CorpusError as exc:
        print(f"invalid data: {exc}", file=sys.stderr)
        return EXIT_FAIL
    counts = corpus.counts()
    if args.json:
        import json

        print(json.dumps(counts, ensure_ascii=False))
    else:
        passages = counts.pop("passages")
        print("data OK: passages " + ", ".join(f"{k} {v}" for k, v in passages.items()))
        for key, value in counts.items():
            print(f"  {key.replace('_', ' ')}: {value}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:2] == ["data", "check"]:
        return _data_check(argv[2:])
    if argv[:1] == ["data"]:
        print("usage: declaration-viewer data check [--json]", file=sys.stderr)
        return EXIT_USAGE
    if argv[:1] == ["annotations"]:
        from viewer.annotations_cli import run

        return run(argv[1:])
    if argv[:1] == ["edition"]:
        from viewer.edition_cli import run as run_edition

        return run_edition(argv[1:])
    parser = _gui_parser()
    args = parser.parse_args(argv)
    try:
        size = _parse_size(args.size) if args.size else None
    except argparse.ArgumentTypeError as exc:
        parser.error(str(exc))
    from viewer.ui.app import run_gui

    return run_gui(db=args.db, goto=args.goto, lang=args.lang, screenshot=args.screenshot,
                   size=size, self_check=args.self_check)
