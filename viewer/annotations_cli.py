"""`declaration-viewer annotations export|import` — the exchange formats from the shell. No Qt."""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from viewer.paths import WouldOverwrite, replace_atomically


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="declaration-viewer annotations",
                                description="Export or import your annotations.")
    sub = p.add_subparsers(dest="command", required=True)
    exp = sub.add_parser("export", help="write every annotation in an open format")
    exp.add_argument("--format", choices=("w3c", "csv", "md"), default="w3c",
                     help="W3C Web Annotation JSON-LD, CSV, or Markdown (default: w3c)")
    exp.add_argument("-o", "--output", type=Path,
                     help="file to write ('-' or none: standard output)")
    exp.add_argument("--force", action="store_true",
                     help="replace the output file if it exists")
    exp.add_argument("--db", type=Path, help="annotation database (default: user data folder)")
    imp = sub.add_parser("import", help="import a file: all of it, or nothing")
    imp.add_argument("file", type=Path)
    imp.add_argument("--progress", action="store_true",
                     help="report progress on stderr while writing (shown anyway on a terminal)")
    imp.add_argument("--replace-damaged", action="store_true",
                     help="if the database cannot be opened, move it aside (it is kept) and "
                          "import into a new one")
    imp.add_argument("--db", type=Path, help="annotation database (default: user data folder)")
    return p


def _open(db: Path | None, *, write: bool, scratch: Path,  # noqa: ANN202 - AnnotationStore
          replace_damaged: bool = False):
    """The store. Export only reads: it never creates, migrates or moves a database aside
    (an older database is exported from an upgraded copy in `scratch`)."""
    import sqlite3

    from viewer.annotations.store import (
        AnnotationStore,
        LeftDamaged,
        NeedsMigration,
        StoreError,
        open_store,
    )
    from viewer.paths import default_db_path

    path = db or default_db_path()
    if not write:
        if not path.exists():
            return AnnotationStore(":memory:")  # nothing annotated yet: an empty export
        try:
            try:
                return AnnotationStore(path, read_only=True)
            except NeedsMigration as exc:
                copy = scratch / path.name
                src = exc.open_connection  # type: ignore[attr-defined] - the store's own
                try:
                    with sqlite3.connect(copy) as dst:
                        src.backup(dst)
                    dst.close()
                finally:
                    src.close()
                return AnnotationStore(copy)  # upgraded here; the user's file is untouched
        except (StoreError, sqlite3.Error) as exc:
            print(f"declaration-viewer: cannot read {path}: {exc}", file=sys.stderr)
            return None
    try:
        outcome = open_store(path, move_damaged=replace_damaged)
    except LeftDamaged as exc:  # issue 21.6: not an import into a new, empty store unasked
        print(f"declaration-viewer: the annotation database cannot be opened: {exc}; nothing "
              "was imported. To move it aside (it is kept) and import into a new database, "
              "add --replace-damaged.", file=sys.stderr)
        return None
    except (StoreError, OSError) as exc:
        print(f"declaration-viewer: {exc}", file=sys.stderr)
        return None
    if outcome.message:
        print(f"declaration-viewer: {outcome.message}", file=sys.stderr)
    if outcome.initialised:
        print(f"declaration-viewer: {path} was an empty file; it was set up as a new "
              "annotation database", file=sys.stderr)
    return outcome.store


def _texts() -> dict[tuple[str, str], str] | None:
    from viewer.corpus import CorpusError, load_corpus
    from viewer.paths import data_dir

    try:
        return load_corpus(data_dir()).passage_texts()
    except CorpusError as exc:
        print(f"declaration-viewer: invalid data: {exc}", file=sys.stderr)
        return None


def run(argv: Sequence[str]) -> int:
    args = _parser().parse_args(list(argv))
    try:
        with tempfile.TemporaryDirectory(prefix="dv-export-") as scratch:
            return _run(args, scratch=Path(scratch))
    except OSError as exc:  # standard output or error closed, full (/dev/full) or gone
        _say(f"declaration-viewer: could not write the report: {exc.strerror or exc}")
        return 1


def _say(message: str) -> None:
    """A line on standard error, unless that too cannot be written."""
    try:
        print(message, file=sys.stderr)
    except OSError:
        pass


def _run(args: argparse.Namespace, scratch: Path) -> int:
    import sqlite3

    from viewer.paths import default_db_path

    db = args.db or default_db_path()
    if args.command == "export" and args.output == Path("-"):
        args.output = None  # "-o -": standard output, as shell tools take it
    if args.command == "export" and args.output is not None:
        problem = _output_problem(args.output)
        if problem:
            print(f"declaration-viewer: cannot write {args.output}: {problem}; nothing was "
                  "written", file=sys.stderr)
            return 1
    store = _open(args.db, write=args.command == "import", scratch=scratch,
                  replace_damaged=getattr(args, "replace_damaged", False))
    if store is None:
        return 1
    try:
        if args.command == "export":
            try:
                return _export(store, args)
            except sqlite3.DatabaseError as exc:
                from viewer.annotations.opening import busy, in_use

                why = in_use(db) if busy(exc) else f"{db}: {exc} (the database is damaged)"
                print(f"declaration-viewer: cannot read {why}; nothing was written",
                      file=sys.stderr)
                return 1
        from viewer.annotations.formats import ImportRejected, import_file

        texts = _texts()
        if texts is None:
            return 1
        def progress(done: int, total: int) -> None:
            print(f"writing {done}/{total}", file=sys.stderr, flush=True)

        show = args.progress or sys.stderr.isatty()
        try:
            report = import_file(store, args.file, texts, progress if show else None)
        except ImportRejected as exc:
            print(f"import refused, nothing was changed: {exc}", file=sys.stderr)
            return 1
        except sqlite3.DatabaseError as exc:  # rolled back: all or nothing
            print(f"import refused, nothing was changed: {exc}", file=sys.stderr)
            return 1
        total = report.added + report.updated
        line = (f"imported {total} annotation{'s' if total != 1 else ''} "
                f"({report.added} new, {report.updated} updated, {report.skipped} unchanged, "
                f"{report.orphans} not anchored)"
                + (f"; {report.supplied} supplied text{'s' if report.supplied != 1 else ''}"
                   if report.supplied else ""))
        try:
            print(line, flush=True)
        except OSError as exc:  # the import is saved; only its report is lost
            _say(f"{line}; standard output could not be written ({exc.strerror or exc})")
        return 0
    finally:
        store.close()


def _status(store):  # noqa: ANN001, ANN202 - AnnotationStore -> Callable | None
    """The status mark of each quote's wording, from the shipped text with the reader's
    supplied wording laid over it (None if the data cannot be read: no marks)."""
    from viewer.annotations.supplies import apply_supplies
    from viewer.corpus import CorpusError, load_corpus
    from viewer.edition.status import annotation_status
    from viewer.paths import data_dir

    try:
        return annotation_status(apply_supplies(load_corpus(data_dir()), store.supplies()))
    except CorpusError as exc:
        _say(f"declaration-viewer: the text's statuses are left out: {exc}")
        return None


def _export(store, args: argparse.Namespace) -> int:  # noqa: ANN001 - AnnotationStore
    from viewer.annotations.formats import export_store

    status = _status(store)

    if args.output is None:  # whole or nothing on stdout
        buf = io.StringIO(newline="")
        export_store(store, args.format, buf, status)
        sys.stdout.write(buf.getvalue())
        sys.stdout.flush()  # a full or closed stdout is reported here, not at exit
        return 0
    try:  # written as it is made; the file appears only once complete
        args.output.parent.mkdir(parents=True, exist_ok=True)
        with replace_atomically(args.output, overwrite=args.force) as tmp, \
                open(tmp, "w", encoding="utf-8", newline="") as out:
            count = export_store(store, args.format, out, status)
    except WouldOverwrite:
        print(f"declaration-viewer: {args.output} exists; add --force to replace it "
              "(nothing was written)", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"declaration-viewer: cannot write {args.output}: {_why(exc, args.output)}",
              file=sys.stderr)
        return 1
    print(f"exported {count} annotation{'s' if count != 1 else ''} to {args.output}",
          file=sys.stderr)
    return 0


def _output_problem(output: Path) -> str | None:
    """Why `output` cannot be a file, known before the database is read: a part of its
    path that is a file (OSError would say only "File exists" or "Not a directory")."""
    for parent in output.absolute().parents:
        if parent.exists():
            return None if parent.is_dir() else f"{parent} is a file, not a folder"
    return None


def _why(exc: OSError, output: Path) -> str:
    """The reason in words: the temporary file beside the output is ours, not the user's
    (``-o /proc/version``: "No such file or directory" is about a file they never named)."""
    text = exc.strerror or str(exc)
    name = Path(exc.filename) if isinstance(exc.filename, str) else None
    if name is not None and name.name.startswith(".") and name.name.endswith(".part"):
        return f"its folder {name.parent} does not take new files ({text})"
    return text
