"""`declaration-viewer edition export --format tei|pdf|md` — the edition from the shell, with
every status and gap (viewer.edition). No Qt, except that the PDF path loads it to print
(offscreen: no display is needed)."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from viewer.paths import replace_atomically

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
FORMATS = ("tei", "pdf", "md")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="declaration-viewer edition",
                                description="Export the edition with every status and gap.")
    sub = p.add_subparsers(dest="command", required=True)
    exp = sub.add_parser("export", help="the declaration as TEI P5, PDF or Markdown")
    exp.add_argument("--format", choices=FORMATS, required=True,
                     help="TEI P5 (valid against tei_all), PDF, or Markdown")
    exp.add_argument("-o", "--output", type=Path,
                     help="file to write (default: stdout for tei and md; pdf needs a file)")
    exp.add_argument("--lang", default="en,ru,ja", metavar="en,ru,ja",
                     help="languages, comma-separated, in any order (default: all three)")
    exp.add_argument("--with-annotations", action="store_true",
                     help="add your annotations (TEI: notes; PDF: highlights and endnotes)")
    exp.add_argument("--db", type=Path, help="annotation database (default: user data folder)")
    sub.add_parser("supply", help="supply a paragraph's wording from an edition you hold "
                                  "(see 'edition supply --help')", add_help=False)
    sub.add_parser("supplied", help="list the wording supplied in your database",
                   add_help=False)
    return p


def parse_langs(text: str) -> list[str]:
    """'ru,en' -> ['ru', 'en']; raises ValueError naming what is not a language."""
    from viewer.corpus.model import LANGS

    langs = [x.strip().lower() for x in text.split(",") if x.strip()]
    bad = [x for x in langs if x not in LANGS]
    if bad or not langs:
        raise ValueError(f"--lang: unknown language {', '.join(bad) or '(none given)'}; "
                         f"choose from {','.join(LANGS)}")
    return langs


def _say(message: str) -> None:
    try:
        print(message, file=sys.stderr)
    except OSError:
        pass


def run(argv: Sequence[str]) -> int:
    if argv[:1] in (["supply"], ["supplied"]):  # supplied wording (issue 18)
        from viewer import supply_cli

        return getattr(supply_cli, argv[0])(argv[1:])
    parser = _parser()
    args = parser.parse_args(list(argv))
    try:
        langs = parse_langs(args.lang)
    except ValueError as exc:
        parser.error(str(exc))  # exits 2
    if args.output == Path("-"):
        args.output = None
    if args.format == "pdf" and args.output is None:
        parser.error("--format pdf needs -o FILE (a PDF is not written to the terminal)")
    if args.format == "md" and args.with_annotations:
        parser.error("--with-annotations: the Markdown edition has none; use "
                     "'declaration-viewer annotations export --format md'")
    from viewer.corpus import CorpusError, load_corpus
    from viewer.paths import data_dir

    try:
        corpus = load_corpus(data_dir())
    except CorpusError as exc:
        _say(f"declaration-viewer: invalid data: {exc}")
        return EXIT_FAIL
    try:
        with tempfile.TemporaryDirectory(prefix="dv-edition-") as scratch:
            return _export(corpus, args, langs, Path(scratch))
    except OSError as exc:  # standard output closed or full
        _say(f"declaration-viewer: could not write: {exc.strerror or exc}")
        return EXIT_FAIL


def _annotations(args: argparse.Namespace, scratch: Path) -> list[Any] | None:
    """The reader's annotations, read only (an older database is read from an upgraded
    copy; a missing one is empty). None if the database cannot be read (said on stderr)."""
    import sqlite3

    from viewer.annotations_cli import _open  # the read-only opening the exports share

    store = _open(args.db, write=False, scratch=scratch)
    if store is None:
        return None
    try:
        return list(store.iter_all())
    except sqlite3.DatabaseError as exc:
        _say(f"declaration-viewer: cannot read the annotations: {exc}; nothing was written")
        return None
    finally:
        store.close()


def _with_supplies(corpus: Any, args: argparse.Namespace, scratch: Path) -> Any:
    """The corpus with the reader's supplied wording in place (each with its mark); None
    if the database cannot be read (said on stderr). No database: the shipped text."""
    import sqlite3

    from viewer.annotations.supplies import apply_supplies
    from viewer.annotations_cli import _open

    store = _open(args.db, write=False, scratch=scratch)
    if store is None:
        return None
    try:
        return apply_supplies(corpus, store.supplies())
    except sqlite3.DatabaseError as exc:
        _say(f"declaration-viewer: cannot read the supplied text: {exc}; nothing was written")
        return None
    finally:
        store.close()


def _export(corpus: Any, args: argparse.Namespace, langs: list[str], scratch: Path) -> int:
    from viewer.edition.walk import chosen_langs, gaps

    corpus = _with_supplies(corpus, args, scratch)
    if corpus is None:
        return EXIT_FAIL
    annotations = None
    if args.with_annotations:
        annotations = _annotations(args, scratch)
        if annotations is None:
            return EXIT_FAIL
    if args.format == "pdf":
        return _pdf(corpus, args.output, langs, annotations or [])
    if args.format == "md":
        from viewer.edition.markdown import to_markdown

        text = to_markdown(corpus, langs)
    else:
        from viewer.edition.tei import to_tei

        text = to_tei(corpus, langs, annotations)
    if args.output is None:  # whole or nothing on stdout
        sys.stdout.write(text)
        sys.stdout.flush()
        return EXIT_OK
    try:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        with replace_atomically(args.output) as tmp:
            tmp.write_text(text, encoding="utf-8")
    except OSError as exc:
        _say(f"declaration-viewer: cannot write {args.output}: {exc.strerror or exc}")
        return EXIT_FAIL
    count = len(gaps(corpus, langs))
    _say(f"exported the {', '.join(chosen_langs(corpus, langs))} edition ({count} gap"
         f"{'s' if count != 1 else ''} marked) to {args.output}")
    return EXIT_OK


def _pdf(corpus: Any, output: Path, langs: list[str], annotations: list[Any]) -> int:
    """The same HTML and printer as File > Export PDF, offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from viewer.ui.common.fonts import install_fonts
    from viewer.ui.text.pdf_export import build_html, write_pdf

    app = QGuiApplication.instance() or QGuiApplication(["declaration-viewer"])
    install_fonts()
    html, numbered = build_html(corpus, langs, annotations, notes=bool(annotations))
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        write_pdf(html, output)
    except OSError as exc:
        _say(f"declaration-viewer: cannot write {output}: {exc.strerror or exc}")
        return EXIT_FAIL
    finally:
        del app
    _say(f"exported the edition as PDF ({len(numbered)} annotation"
         f"{'s' if len(numbered) != 1 else ''}) to {output}")
    return EXIT_OK
