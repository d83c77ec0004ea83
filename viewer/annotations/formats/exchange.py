"""The entry points between a store and a file (no Qt): export in a named format, and
import a file's bytes all-or-nothing (parsed, validated and anchored first, then
written in one transaction). May import: ``core``, the format modules, ``..store``.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from .. import supplies
from ..store import AnnotationStore, ImportReport, StoreError
from . import core
from .core import ImportRejected, Status, Texts, _NotJson, _too_big, decode_json
from .csv_format import export_csv
from .markdown import export_markdown
from .w3c import _Incoming, _items, _parse_all, export_w3c

# names of files that are ours to export but not to import (only JSON is read back)
EXPORT_ONLY_SUFFIXES = (".csv", ".md", ".markdown", ".txt")
Progress = Callable[[int, int], None]


def export_store(store: AnnotationStore, fmt: str, out: TextIO,
                 status: Status | None = None) -> int:
    """``fmt`` in w3c | csv | md; returns how many annotations were written. W3C also
    carries the supplied wording, each as an ``editing`` annotation (issue 18).
    ``status`` gives the status mark of the text an annotation quotes ("[unverified:
    editorial translation from the French]"), so the quote never leaves without it."""
    writers = {"w3c": export_w3c, "csv": export_csv, "md": export_markdown}
    if fmt not in writers:
        raise ValueError(f"unknown export format {fmt!r} (w3c, csv or md)")
    if fmt == "w3c":
        return export_w3c(store.iter_all(), out, status,
                          extra=[supplies.to_w3c(s) for s in store.supplies()])
    return writers[fmt](store.iter_all(), out, status)


def _newest_first(items: list[_Incoming]) -> list[_Incoming]:
    """The same records, each repeated id's newest copy (a tie: the later one in the
    file) swapped into its first copy's place. The store keeps the first record of an
    id and counts the rest as skipped: the newest is kept, and no copy goes unreported."""
    first: dict[str, int] = {}
    newest: dict[str, int] = {}
    for n, i in enumerate(items):
        first.setdefault(i.record.id, n)
        k = newest.get(i.record.id)
        if k is None or i.rank() >= items[k].rank():
            newest[i.record.id] = n
    out = list(items)
    for id_, n in newest.items():
        f = first[id_]
        out[f], out[n] = items[n], items[f]
    return out


def import_bytes(store: AnnotationStore, data: bytes | str, texts: Texts,
                 progress: Progress | None = None, origin: str = "") -> ImportReport:
    """Import a whole file's content or nothing (ImportRejected). Every record of the
    file is counted once: added, updated or skipped (so is an older duplicate).
    Supplied wording (``editing`` annotations) is checked against the shipped text and
    written in the same transaction; ``origin`` names the file for a supply without a
    creator."""
    doc, supplied = _split_supplies(decode_json(data), origin)
    # a file of supplied wording only leaves nothing else to parse
    items = [] if doc is None and supplied else _newest_first(_parse_all(doc, texts))
    kept: dict[str, _Incoming] = {}  # the copy of each id that is written: its first
    for i in items:
        kept.setdefault(i.record.id, i)
    undated = frozenset(id_ for id_, i in kept.items() if not i.dated)  # "now": never newer
    try:
        more = {"supplies": supplied} if supplied else {}
        return store.import_records([i.record for i in items], progress, undated, **more)
    except StoreError as e:  # read-only, or damaged
        raise ImportRejected(str(e)) from None
    except ValueError as e:  # a record the store refuses; nothing was written
        raise ImportRejected(f"invalid annotation: {e}") from None
    except sqlite3.Error as e:  # rolled back: the store is as it was
        raise ImportRejected(f"could not write to the annotation store: {e}") from None


def import_file(store: AnnotationStore, path: str | os.PathLike[str], texts: Texts,
                progress: Progress | None = None) -> ImportReport:
    """Import a file (W3C annotation / list / page / collection, or Hypothesis export).
    Messages are prefixed with the file name."""
    p = Path(path)
    try:
        data = _read_capped(p)
    except ImportRejected as e:
        raise ImportRejected(f"{p.name}: {e}") from None
    except FileNotFoundError:
        raise ImportRejected(f"{p}: no such file") from None
    except IsADirectoryError:
        raise ImportRejected(f"{p}: is a folder, not a file") from None
    except OSError as e:
        raise ImportRejected(f"{p}: cannot read ({e.strerror or e})") from None
    try:
        return import_bytes(store, data, texts, progress, origin=f"a reader (from {p.name})")
    except _NotJson as e:
        if p.name.lower().endswith(EXPORT_ONLY_SUFFIXES):
            raise ImportRejected(f"{p.name}: only JSON (W3C Web Annotation or Hypothesis) "
                                 "can be imported, and this file is not JSON") from None
        raise ImportRejected(f"{p.name}: {e}") from None
    except ImportRejected as e:
        raise ImportRejected(f"{p.name}: {e}") from None


def _split_supplies(doc: Any, origin: str) -> tuple[Any, list[supplies.Supply]]:
    """The document without its ``editing`` annotations, and those as checked supplies
    (ImportRejected naming the first bad one). None for the document when nothing else
    is left in it."""
    try:
        found = [(path, obj) for path, obj in _items(doc) if supplies.is_supply(obj)]
    except ImportRejected:
        return doc, []  # not a container we know: the annotation parser says why
    if not found:
        return doc, []
    from viewer.corpus import CorpusError, load_corpus
    from viewer.paths import data_dir

    try:
        corpus = load_corpus(data_dir())
    except CorpusError as e:
        raise ImportRejected(f"cannot check supplied wording: {e}") from None
    out = []
    for path, obj in found:
        try:
            out.append(supplies.from_w3c(obj, corpus, origin))
        except supplies.SupplyError as e:
            raise ImportRejected(f"{path}: supplied wording: {e}") from None
    rest = [obj for _path, obj in _items(doc) if not supplies.is_supply(obj)]
    return (rest or None), out


def _read_capped(p: Path) -> bytes:
    """The file's bytes, reading at most one byte over the limit: the size of a device
    or a pipe is not its length (``/dev/zero`` has size 0 and never ends)."""
    with p.open("rb") as f:
        st = os.fstat(f.fileno())
        if stat.S_ISREG(st.st_mode) and st.st_size > core.MAX_IMPORT_BYTES:
            raise _too_big(st.st_size)  # refused without reading it
        data = f.read(core.MAX_IMPORT_BYTES + 1)
    if len(data) > core.MAX_IMPORT_BYTES:
        raise _too_big(None)
    return data
