"""`declaration-viewer annotations export|import` — the exchange formats from the shell. No Qt."""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="declaration-viewer annotations",
                                description="Export or import your annotations.")
    sub = p.add_subparsers(dest="command", required=True)
    exp = sub.add_parser("export", help="write every annotation in an open format")
    exp.add_argument("--format", choices=("w3c", "csv", "md"), default="w3c",
                     help="W3C Web Annotation JSON-LD, CSV, or Markdown (default: w3c)")
    exp.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    exp.add_argument("--db", type=Path, help="annotation database (default: user data folder)")
    imp = sub.add_parser("import", help="import a file: all of it, or nothing")
    imp.add_argument("file", type=Path)
    imp.add_argument("--db", type=Path, help="annotation database (default: user data folder)")
    return p


def _open(db: Path | None):  # noqa: ANN202 - AnnotationStore
    from viewer.annotations.store import StoreError, open_store
    from viewer.paths import default_db_path

    path = db or default_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        outcome = open_store(path)
    except StoreError as exc:
        print(f"declaration-viewer: {exc}", file=sys.stderr)
        return None
    if outcome.message:
        print(f"declaration-viewer: {outcome.message}", file=sys.stderr)
    return outcome.store


def _texts() -> dict[tuple[str, str], str] | None:
    from viewer.corpus import CorpusError, load_corpus
    from viewer.paths import data_dir

    try:
        return load_corpus(data_dir()).passage_texts()
    except CorpusError as exc:
        print(f"declaration-viewer: invalid data: {exc}", file=sys.stderr)
        return None


def _write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: never a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def run(argv: Sequence[str]) -> int:
    args = _parser().parse_args(list(argv))
    store = _open(args.db)
    if store is None:
        return 1
    try:
        if args.command == "export":
            from viewer.annotations.formats import export_store

            buf = io.StringIO(newline="")
            count = export_store(store, args.format, buf)
            if args.output is None:
                sys.stdout.write(buf.getvalue())
            else:
                try:
                    _write_atomically(args.output, buf.getvalue())
                except OSError as exc:
                    print(f"declaration-viewer: cannot write {args.output}: "
                          f"{exc.strerror or exc}", file=sys.stderr)
                    return 1
                print(f"exported {count} annotation{'s' if count != 1 else ''} "
                      f"to {args.output}", file=sys.stderr)
            return 0
        from viewer.annotations.formats import ImportRejected, import_file

        texts = _texts()
        if texts is None:
            return 1
        try:
            report = import_file(store, args.file, texts)
        except ImportRejected as exc:
            print(f"import refused, nothing was changed: {exc}", file=sys.stderr)
            return 1
        total = report.added + report.updated
        print(f"imported {total} annotation{'s' if total != 1 else ''} "
              f"({report.added} new, {report.updated} updated, {report.skipped} unchanged, "
              f"{report.orphans} not anchored)")
        return 0
    finally:
        store.close()
